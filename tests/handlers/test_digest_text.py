"""The weekly digest texts: every figure shown, small numbers and names kept from
coordinators, user text escaped and isolated, messages that Telegram accepts.

The new messages have no translations yet, so these tests read numbers, emoji and names,
never the wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from babel.numbers import format_decimal, format_percent

from bot.i18n import FSI, PDI, Catalogs, Translator
from bot.render.checkins import MOOD_EMOJI
from bot.render.digest_text import (
    CONTACT_NAMES,
    LRI,
    MAX_MESSAGE,
    chart_caption,
    coordinator_digest,
    coordinator_line,
    facilitator_digest,
    hidden_legend,
    hidden_mark,
)
from storage.digest_stats import (
    CoordinatorGroup,
    GroupFigures,
    MemberCounts,
    WeekFigures,
    group_for_coordinator,
    total_of,
)

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
WEEK = timedelta(days=7)
STARTS = [NOW - (8 - i) * WEEK for i in range(8)]
EVIL = "<b>Fatma</b>\u202e&"  # HTML and a right-to-left override, as a name may hold
EVIL_SHOWN = f"{FSI}&lt;b&gt;Fatma&lt;/b&gt;&amp;{PDI}"


@pytest.fixture(scope="module")
def catalogs() -> Catalogs:
    return Catalogs.load()


@pytest.fixture(params=["nl", "ar"])
def tr(request: pytest.FixtureRequest, catalogs: Catalogs) -> Translator:
    return catalogs.get(request.param)


def week(
    i: int, invited: int, answered: int, moods: tuple[int, int, int, int, int], **kw: Any
) -> WeekFigures:
    end = STARTS[i + 1] if i < 7 else NOW
    return WeekFigures(
        STARTS[i],
        end,
        rounds=1 if invited else 0,
        invited=invited,
        answered=answered,
        moods=moods,
        **kw,
    )


def group(
    group_id: int,
    members: MemberCounts,
    weeks: Sequence[WeekFigures],
    waiting: int = 0,
    waiting_since: datetime | None = None,
) -> GroupFigures:
    return GroupFigures(group_id, NOW, members, tuple(weeks), waiting, waiting_since)


def steady(group_id: int = 1) -> GroupFigures:
    """8 parents; 6 of 8 answer every week; no flags."""
    return group(
        group_id, MemberCounts(6, 1, 1), [week(i, 8, 6, (0, 0, 2, 3, 1)) for i in range(8)]
    )


def falling(group_id: int = 2) -> GroupFigures:
    """10 parents whose answers and mood fall; two contact requests, one 9 days old."""
    weeks = [week(i, 10, 10, (0, 0, 0, 10, 0)) for i in range(4)]
    weeks += [week(i, 10, 6, (0, 5, 0, 0, 0)) for i in range(4, 7)]
    weeks.append(
        week(
            7,
            10,
            2,
            (1, 1, 0, 0, 0),
            contacts_opened=3,
            contacts_handled=1,
            meetings=1,
            attendance_yes=7,
            attendance_no=2,
            attendance_maybe=1,
            moderation_actions=4,
        )
    )
    return group(group_id, MemberCounts(7, 2, 1), weeks, 2, NOW - 9 * timedelta(days=1))


def small(group_id: int = 3) -> GroupFigures:
    """Three parents: every figure a coordinator could see is over fewer than five."""
    return group(group_id, MemberCounts(3), [week(i, 3, 3, (0, 0, 1, 2, 0)) for i in range(8)])


def plain(line: str) -> str:
    """A line without the isolates around names and signed numbers."""
    return line.replace(LRI, "").replace(FSI, "").replace(PDI, "")


def numbers(line: str) -> list[str]:
    """The numbers of a line, in any order a translation may put them."""
    return sorted(re.findall(r"\d+(?:[.,]\d+)?", plain(line)))


def line_after(text: str, anchor: str, nth: int = 0) -> str:
    lines = [line for line in text.split("\n") if line.startswith(anchor)]
    return lines[nth]


def only_bold_tags(text: str) -> bool:
    """No tag but <b> (and <i> for a hidden figure), and no raw < or > from user text."""
    bare = re.sub(r"</?[bi]>", "", text)
    return "<" not in bare and ">" not in bare


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# -- facilitators ---------------------------------------------------------------------------


def test_facilitator_digest_shows_every_figure(tr: Translator) -> None:
    [text] = facilitator_digest(tr, [("Moeders Noord", falling())], {2: ["Amina", "Fatma"]})

    def decimal(value: float) -> str:
        return format_decimal(value, format="0.0", locale=tr.locale)

    assert f"{FSI}Moeders Noord{PDI}" in text
    assert numbers(line_after(text, "👤")) == ["1", "2", "7"]
    this_week = line_after(text, "✍️", 0)  # 2 of 10
    assert format_percent(0.2, locale=tr.locale) in this_week
    assert numbers(this_week) == ["10", "2", "20"]
    weeks = line_after(text, "✍️", 1)  # 60 of 80 over 8 weeks; halves 100 % and 50 %
    assert format_percent(0.75, locale=tr.locale) in weeks and "-50" in plain(weeks)
    assert numbers(weeks) == ["50", "75", "8"]
    mood = line_after(text, "🙂", 0)  # this week: 1 and 2
    assert decimal(1.5) in mood
    mood_weeks = line_after(text, "🙂", 1)  # 193 / 57; halves 4.0 and 33 / 17
    assert decimal(193 / 57) in mood_weeks and decimal(-2.1) in plain(mood_weeks)
    assert line_after(text, "😞") == "😞 1 · 🙁 16 · 😐 0 · 🙂 40 · 😄 0"
    assert numbers(line_after(text, "🙋")) == ["1", "2", "3"]  # 3 new, 1 handled, 2 waiting
    assert numbers(line_after(text, "📅")) == ["1", "1", "2", "7"]
    assert "✅ 7" in text and "❔ 1" in text and "❌ 2" in text
    assert numbers(line_after(text, "🛡️")) == ["4"]
    flags = line_after(text, "⚠️")
    for reason in (
        "fewer parents answer the check-in",
        "the mood is going down",
        "a contact request has been waiting for a long time",
    ):
        assert tr.gettext(reason) in flags
    assert f"{FSI}Amina{PDI}" in line_after(text, "⏳")
    assert only_bold_tags(text)


def test_arabic_keeps_signs_with_their_numbers(catalogs: Catalogs) -> None:
    tr = catalogs.get("ar")
    [text] = facilitator_digest(tr, [("مجموعة الأمهات", falling())], {})
    assert f"{FSI}مجموعة الأمهات{PDI}" in text
    assert f"{LRI}-50{PDI}" in text  # not "52-" in a right-to-left line
    assert "↙" in text and "↘" not in text  # falling, with time running right to left


def test_facilitator_lists_waiting_names_escaped_and_capped(tr: Translator) -> None:
    names = [EVIL, "", *[f"Parent {i}" for i in range(10)]]
    [text] = facilitator_digest(tr, [(EVIL, falling())], {2: names})
    waiting = line_after(text, "⏳")
    assert EVIL_SHOWN in waiting
    assert "\u202e" not in text and "<b>Fatma" not in text
    assert tr.gettext("A parent") in waiting  # a parent without a name
    assert "Parent 7" in waiting and "Parent 8" not in waiting  # 10 names, then a count
    more = len(names) - CONTACT_NAMES
    assert tr.ngettext("and {count} more", "and {count} more", more).format(count=more) in waiting
    assert f"<b>👥 {EVIL_SHOWN}</b>" in text
    assert only_bold_tags(text)


def test_a_group_without_answers_or_requests(tr: Translator) -> None:
    quiet = group(4, MemberCounts(5), [WeekFigures(s, s + WEEK) for s in STARTS])
    [text] = facilitator_digest(tr, [("Stil", quiet)], {4: []})
    assert tr.gettext("No check-in this week.") in text
    assert "🙂" not in text and "😞" not in text  # no mood answers: no mood lines
    assert not [line for line in text.split("\n") if line.startswith("⏳")]  # no names
    assert "⚠️" not in text
    assert facilitator_digest(tr, [], {}) == []


# -- coordinators ---------------------------------------------------------------------------


def coordinator_inputs(
    named: list[tuple[str, GroupFigures]],
) -> tuple[list[tuple[str, CoordinatorGroup]], CoordinatorGroup]:
    raw = [g for _, g in named]
    total = total_of(raw, NOW, STARTS)
    return [(n, group_for_coordinator(g)) for n, g in named], group_for_coordinator(total)


def test_coordinator_digest_hides_small_figures_and_never_names_a_parent(tr: Translator) -> None:
    named = [("Noord", falling()), (EVIL, small()), ("Zuid", steady())]
    groups, total = coordinator_inputs(named)
    texts = coordinator_digest(tr, "Stichting <Samen> & Co", groups, total)
    # What the facilitators of the same groups see, names included, for comparison.
    contacts = {2: ["Amina Waiting", EVIL]}
    facilitators = "\n".join(facilitator_digest(tr, named, contacts))
    assert "Amina Waiting" in facilitators

    text = "\n".join(texts)
    assert "Amina" not in text
    small_line = coordinator_line(tr, EVIL, groups[1][1])
    assert small_line in text and small_line.count(hidden_mark(tr)) == 4
    assert numbers(small_line.replace(hidden_mark(tr), "")) == []  # not even the 3
    assert EVIL_SHOWN in small_line and "\u202e" not in text and "<b>Fatma" not in text
    assert f"{FSI}Stichting &lt;Samen&gt; &amp; Co{PDI}" in text
    assert only_bold_tags(text)
    # Every message with the hidden mark says once what it means.
    for message in texts:
        assert message.count(hidden_legend(tr)) == (1 if hidden_mark(tr) in message else 0)
    # The answers over 21 parents are shown; the parents active, on a break or
    # unreachable are not: the small group's 3 would follow from the total minus the rest.
    assert numbers(line_after(text, "👤")) == []
    assert numbers(line_after(text, "✍️", 0)) == ["11", "21", "52"]  # 6 + 2 + 3 of 8 + 10 + 3


def test_coordinator_sees_no_check_in_rather_than_hidden_zeros(tr: Translator) -> None:
    weeks = [week(i, 8, 6, (0, 0, 2, 3, 1)) for i in range(7)] + [WeekFigures(STARTS[7], NOW)]
    holiday = group(5, MemberCounts(8), weeks)
    groups, total = coordinator_inputs([("Vakantie", holiday)])
    text = "\n".join(coordinator_digest(tr, "Org", groups, total))
    assert tr.gettext("No check-in this week.") in line_after(text, "✍️")
    assert numbers(line_after(text, "✍️", 1)) == ["0", "75", "8"]  # 42 of 56; no change


def test_attention_lists_exactly_the_flagged_groups(tr: Translator) -> None:
    waiting = group(6, MemberCounts(9), steady().weeks, 1, NOW - 8 * timedelta(days=1))
    named = [
        ("Steady", steady(1)),
        ("Falling", falling(2)),
        ("Small", small(3)),
        ("Waiting", waiting),
    ]
    groups, total = coordinator_inputs(named)
    text = "\n".join(coordinator_digest(tr, "Org", groups, total))
    flagged = [line for line in text.split("\n") if line.startswith("• ")]
    assert [line.split(PDI)[0].removeprefix(f"• {FSI}") for line in flagged] == [
        "Falling",
        "Waiting",
    ]
    assert tr.gettext("a contact request has been waiting for a long time") in flagged[1]
    assert tr.gettext("fewer parents answer the check-in") not in flagged[1]
    marked = [line for line in text.split("\n") if line.startswith("⚠️ " + FSI)]
    assert len(marked) == 2  # the compact lines carry the same flag

    groups, total = coordinator_inputs([("Steady", steady())])
    calm = "\n".join(coordinator_digest(tr, "Org", groups, total))
    assert tr.gettext("No group needs attention.") in calm and "• " not in calm


# -- splitting ------------------------------------------------------------------------------


def long_name(i: int) -> str:
    return f"{i:03d} " + "<&>\u202e" * 40  # escapes to far more than it shows


def test_two_hundred_groups_split_between_groups(tr: Translator) -> None:
    named = [(long_name(i), falling(i)) for i in range(200)]
    contacts = {i: [long_name(j) for j in range(15)] for i in range(200)}
    texts = facilitator_digest(tr, named, contacts)
    assert len(texts) > 10
    assert all(utf16(t) <= MAX_MESSAGE for t in texts)
    titles = [line for t in texts for line in t.split("\n") if line.startswith("<b>👥")]
    assert len(titles) == 200
    for t in texts[1:]:  # every later message starts with a whole group
        assert t.startswith("<b>👥")
    for t in texts:
        assert only_bold_tags(t)
        # a group's block ends with its attention line, so none is cut short
        assert t.split("\n")[-1].startswith("⚠️")

    groups, total = coordinator_inputs(named)
    texts = coordinator_digest(tr, long_name(999), groups, total)
    assert len(texts) > 1
    assert all(utf16(t) <= MAX_MESSAGE for t in texts)
    for name, figures in groups:  # each group's line whole, in exactly one message
        line = coordinator_line(tr, name, figures)
        assert sum(t.count(line + "\n") + t.endswith(line) for t in texts) == 1
    flagged = [line for t in texts for line in t.split("\n") if line.startswith("• ")]
    assert len(flagged) == 200


def test_chart_caption_names_the_colours_and_the_direction(catalogs: Catalogs) -> None:
    nl, ar = catalogs.get("nl"), catalogs.get("ar")
    for tr in (nl, ar):
        caption = chart_caption(tr)
        assert MOOD_EMOJI[1] in caption and MOOD_EMOJI[5] in caption
        assert len(caption) < 1024  # Telegram's limit for a photo caption
    assert chart_caption(ar) == chart_caption(ar, rtl=True) != chart_caption(ar, rtl=False)
    assert ar.gettext("The newest week is on the left.") in chart_caption(ar)
    assert nl.gettext("The newest week is on the right.") in chart_caption(nl)
