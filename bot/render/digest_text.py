"""The weekly digest as Telegram messages (HTML), for facilitators and for coordinators.

Busy people read these on a phone between other things: one short line per figure, each
led by the same emoji in every digest, so the eye finds "✍️ answered" or "🙋 contact"
without reading. Coordinators get the organisation's totals first (whose lines name the
emoji that the compact per-group lines then use alone), then the groups that need
attention, then one line per group.

Facilitators see their own groups' raw figures, and the names of parents still waiting to
be contacted. Coordinators see figures only: they get `CoordinatorGroup`s, in which any
figure about fewer than five parents is `HIDDEN` and shown as "hidden"; no parameter
of `coordinator_digest` can carry a parent's name.

The mood distribution (😞 … 😄) covers all the digest's weeks (normally 8), not the last
week: the facilitator already saw the last round's moods in its closing summary, one week
of a small group is only a handful of answers, and next to the average and its trend the
longer spread says more. Every user-supplied name goes through `Translator.user_text`
(escaped, bidi controls removed, isolated); numbers and dates are written by Babel in the
reader's language.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from babel.dates import format_interval
from babel.lists import format_list
from babel.numbers import format_decimal, format_percent, get_plus_sign_symbol

from bot.i18n import N_, PDI, Translator
from bot.render.checkins import MOOD_EMOJI
from storage.digest_stats import (
    HIDDEN,
    Attention,
    CoordinatorGroup,
    Count,
    GroupFigures,
    Hidden,
    Share,
    WeekFigures,
    add_weeks,
    hide_remainders,
    mood_mean,
    mood_trend,
    needs_attention,
    response_rate,
    response_trend,
)

MAX_MESSAGE = 4096  # Telegram's limit; we measure the HTML in UTF-16 units, an upper bound
NAME_CHARS = 64  # a group's or organisation's name is cut here (Telegram titles reach 128)
CONTACT_NAME_CHARS = 32
CONTACT_NAMES = 10  # names listed per group; the rest are counted ("and 3 more")
LRI = "\u2066"  # LEFT-TO-RIGHT ISOLATE: keeps "-8" from becoming "8-" in Arabic lines

# The emoji that lead each line (the same in both digests). Attendance uses the emoji of
# the meeting buttons in bot/render/meetings.py: coming, not sure, not coming.
GROUP, DIGEST, WEEK = "👥", "📊", "🗓️"
ACTIVE, PAUSED, UNREACHABLE = "👤", "⏸️", "🚫"
ANSWERED, MOOD = "✍️", MOOD_EMOJI[4]
CONTACT, WAITING = "🙋", "⏳"
MEETINGS, COMING, NOT_SURE, NOT_COMING = "📅", "✅", "❔", "❌"
MODERATION, ATTENTION = "🛡️", "⚠️"

ATTENTION_REASONS: dict[Attention, str] = {
    Attention.FALLING_RESPONSE: N_("fewer parents answer the check-in"),
    Attention.FALLING_MOOD: N_("the mood is going down"),
    Attention.WAITING_CONTACT: N_("a contact request has been waiting for a long time"),
}


@dataclass(frozen=True, slots=True)
class _Summary:
    """What one digest block shows, the same for both audiences (coordinators' figures may
    be HIDDEN; "this week" is the digest's last week, "all" pools all its weeks)."""

    weeks: int
    start: datetime | None  # of the last week (None without weeks)
    end: datetime | None
    active: Count
    paused: Count
    unreachable: Count
    check_in: bool  # a round was held this week
    invited: Count
    answered: Count
    rate: Share
    rate_all: Share
    rate_trend: Share
    moods_all: tuple[Count, ...]
    mood: Share  # this week
    mood_all: Share
    mood_trend: Share
    contacts_opened: Count
    contacts_handled: Count
    contacts_waiting: Count
    meetings: int
    attendance: tuple[Count, Count, Count]  # yes, maybe, no
    moderation: Count
    attention: tuple[Attention, ...]


def _from_group(figures: GroupFigures) -> _Summary:
    weeks = figures.weeks
    last = weeks[-1] if weeks else None
    pooled = add_weeks(weeks) if weeks else None
    empty = WeekFigures(figures.as_of, figures.as_of)
    week, everything = last or empty, pooled or empty
    return _Summary(
        weeks=len(weeks),
        start=last.start if last else None,
        end=last.end if last else None,
        active=figures.members.active,
        paused=figures.members.paused,
        unreachable=figures.members.unreachable,
        check_in=week.invited > 0,
        invited=week.invited,
        answered=week.answered,
        rate=response_rate(week.invited, week.answered),
        rate_all=response_rate(everything.invited, everything.answered),
        rate_trend=response_trend(weeks),
        moods_all=everything.moods,
        mood=mood_mean(week.moods),
        mood_all=mood_mean(everything.moods),
        mood_trend=mood_trend(weeks),
        contacts_opened=week.contacts_opened,
        contacts_handled=week.contacts_handled,
        contacts_waiting=figures.contacts_waiting,
        meetings=week.meetings,
        attendance=(week.attendance_yes, week.attendance_maybe, week.attendance_no),
        moderation=week.moderation_actions,
        attention=needs_attention(figures),
    )


def _pooled(weeks: Iterable[tuple[int, Count]]) -> Count:
    """A figure added up over (rounds, figure) weeks; HIDDEN when a week with a round hides
    it (a week without a round adds nothing, though a coordinator sees its 0 as hidden)."""
    total = 0
    for rounds, value in weeks:
        if isinstance(value, Hidden):
            if rounds:
                return HIDDEN
            continue
        total += value
    return total


def _from_coordinator(group: CoordinatorGroup) -> _Summary:
    weeks = group.weeks
    last = weeks[-1] if weeks else None
    # Without a round every figure of the week is hidden (its base is 0): say "no check-in".
    held = bool(last and last.rounds)
    invited = _pooled((w.rounds, w.invited) for w in weeks)
    answered = _pooled((w.rounds, w.answered) for w in weeks)
    rate_all: Share = HIDDEN
    if not isinstance(invited, Hidden) and not isinstance(answered, Hidden):
        rate_all = response_rate(invited, answered)
    moods_all = tuple(
        _pooled((w.rounds, w.moods[index]) for w in weeks) for index in range(len(MOOD_EMOJI))
    )
    counts = [n for n in moods_all if not isinstance(n, Hidden)]
    mood_all = mood_mean(counts) if len(counts) == len(moods_all) else HIDDEN
    return _Summary(
        weeks=len(weeks),
        start=last.start if last else None,
        end=last.end if last else None,
        active=group.members_active,
        paused=group.members_paused,
        unreachable=group.members_unreachable,
        check_in=held,
        invited=last.invited if last and held else 0,
        answered=last.answered if last and held else 0,
        rate=last.response_rate if last and held else None,
        rate_all=rate_all,
        rate_trend=group.response_trend,
        moods_all=moods_all,
        mood=last.mood_mean if last and held else None,
        mood_all=mood_all,
        mood_trend=group.mood_trend,
        contacts_opened=last.contacts_opened if last else 0,
        contacts_handled=last.contacts_handled if last else 0,
        contacts_waiting=group.contacts_waiting,
        meetings=last.meetings if last else 0,
        attendance=(
            (last.attendance_yes, last.attendance_maybe, last.attendance_no) if last else (0, 0, 0)
        ),
        moderation=last.moderation_actions if last else 0,
        attention=group.attention,
    )


# -- writing figures ---------------------------------------------------------------------


def hidden_word(tr: Translator) -> str:
    """The word written instead of a figure about fewer than five parents (plain text)."""
    return tr.pgettext("a figure kept back", "hidden")


def hidden_mark(tr: Translator) -> str:
    """The hidden word in a digest (HTML, italic, so it never reads as a number or a
    score)."""
    return "<i>" + html.escape(hidden_word(tr), quote=False) + "</i>"


def hidden_legend(tr: Translator, *, markup: bool = True) -> str:
    """The one line that says what the hidden mark means (HTML, or plain text)."""
    mark = hidden_word(tr)
    text = tr.gettext(
        "{hidden}: about fewer than 5 parents. Not shown, so that nobody can be recognised."
    )
    if not markup:
        return text.format(hidden=mark)
    return html.escape(text, quote=False).format(hidden=hidden_mark(tr))


def with_legend(tr: Translator, messages: Sequence[str]) -> list[str]:
    """`messages` with the hidden mark's legend under each one that shows the mark."""
    mark, legend = hidden_mark(tr), hidden_legend(tr)
    return [f"{m}\n\n{legend}" if mark in m else m for m in messages]


def _ltr(tr: Translator, text: str) -> str:
    # A leading sign is neutral for the bidi algorithm: in an Arabic line "-8" would show
    # as "8-". An isolate keeps the number in one piece without changing the sentence.
    return f"{LRI}{text}{PDI}" if tr.rtl else text


def _count(tr: Translator, value: Count) -> str:
    if isinstance(value, Hidden):
        return hidden_mark(tr)
    return format_decimal(value, locale=tr.locale)


def _percent(tr: Translator, value: Share) -> str:
    if isinstance(value, Hidden):
        return hidden_mark(tr)
    if value is None:
        return "–"
    return format_percent(value, locale=tr.locale)


def _mean(tr: Translator, value: Share) -> str:
    if isinstance(value, Hidden):
        return hidden_mark(tr)
    if value is None:
        return "–"
    return format_decimal(value, format="0.0", locale=tr.locale)


def _arrow(tr: Translator, sign: int) -> str:
    # Time runs right to left in an Arabic chart (and in ours with rtl), so rising is ↖.
    if sign > 0:
        return "↖" if tr.rtl else "↗"
    if sign < 0:
        return "↙" if tr.rtl else "↘"
    return "←" if tr.rtl else "→"


def _signed(tr: Translator, value: float, fmt: str) -> str:
    text = format_decimal(value, format=fmt, locale=tr.locale)
    return _ltr(tr, (get_plus_sign_symbol(tr.locale) + text) if value > 0 else text)


def _rate_change(tr: Translator, change: Share, *, unit: bool = True) -> str | None:
    """ "↘ -8 percentage points" (or "↘ -8" without the unit); None without a trend."""
    if change is None:
        return None
    if isinstance(change, Hidden):
        return hidden_mark(tr)
    points = round(change * 100)
    number = _signed(tr, points, "0")
    if unit:
        number = tr.ngettext(
            "{points} percentage point", "{points} percentage points", abs(points)
        ).format(points=number)
    return f"{_arrow(tr, points)} {number}"


def _mood_change(tr: Translator, change: Share) -> str | None:
    """ "↗ +0.4" on the 1-5 scale; None without a trend."""
    if change is None:
        return None
    if isinstance(change, Hidden):
        return hidden_mark(tr)
    rounded = round(change, 1)
    return f"{_arrow(tr, (rounded > 0) - (rounded < 0))} {_signed(tr, rounded, '0.0')}"


def _joined(*parts: str | None) -> str:
    return " · ".join(p for p in parts if p)


def _name(tr: Translator, value: str, limit: int = NAME_CHARS) -> str:
    """A user-supplied name, cut to `limit` characters, escaped and isolated."""
    value = value.strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return tr.user_text(value)


def _period(tr: Translator, summary: _Summary) -> str | None:
    if summary.start is None or summary.end is None:
        return None
    return f"{WEEK} " + format_interval(
        summary.start.date(), summary.end.date(), "MMMd", locale=tr.locale
    )


def attention_label(tr: Translator, reason: Attention) -> str:
    """Why a group needs attention, in a few words of the reader's language."""
    return tr.gettext(ATTENTION_REASONS[reason])


def _attention(tr: Translator, reasons: Iterable[Attention]) -> str:
    return format_list([attention_label(tr, r) for r in reasons], locale=tr.locale)


# -- lines shared by both digests --------------------------------------------------------


def _member_line(tr: Translator, s: _Summary) -> str:
    return _joined(
        f"{ACTIVE} " + tr.gettext("Active: {count}").format(count=_count(tr, s.active)),
        f"{PAUSED} " + tr.gettext("Paused: {count}").format(count=_count(tr, s.paused)),
        f"{UNREACHABLE} "
        + tr.gettext("Unreachable: {count}").format(count=_count(tr, s.unreachable)),
    )


def _answer_lines(tr: Translator, s: _Summary) -> list[str]:
    if not s.check_in:
        this_week = tr.gettext("No check-in this week.")
    elif isinstance(s.invited, Hidden) or isinstance(s.answered, Hidden):
        this_week = tr.gettext("Answered this week: {rate}").format(rate=_percent(tr, s.rate))
    else:
        this_week = tr.gettext("Answered this week: {rate} ({answered} of {invited})").format(
            rate=_percent(tr, s.rate),
            answered=_count(tr, s.answered),
            invited=_count(tr, s.invited),
        )
    lines = [f"{ANSWERED} {this_week}"]
    if s.weeks > 1 and s.rate_all is not None:
        over = tr.ngettext(
            "Last {count} week: {figure}", "Last {count} weeks: {figure}", s.weeks
        ).format(count=_count(tr, s.weeks), figure=_percent(tr, s.rate_all))
        lines.append(f"{ANSWERED} " + _joined(over, _rate_change(tr, s.rate_trend)))
    return lines


def _mood_lines(tr: Translator, s: _Summary) -> list[str]:
    """Like the answers: this week's average, the weeks' average with its trend, then the
    spread over the weeks (😞 0 · 🙁 1 …)."""
    lines = []
    if isinstance(s.mood, Hidden):  # "hidden of 5" would read as a score
        lines.append(
            f"{MOOD} " + tr.gettext("Average mood this week: {mean}").format(mean=_mean(tr, s.mood))
        )
    elif s.mood is not None:
        lines.append(
            f"{MOOD} "
            + tr.gettext("Average mood this week: {mean} of 5").format(mean=_mean(tr, s.mood))
        )
    if s.weeks > 1 and s.mood_all is not None:
        figure = (
            _mean(tr, s.mood_all)
            if isinstance(s.mood_all, Hidden)
            else tr.gettext("{mean} of 5").format(mean=_mean(tr, s.mood_all))
        )
        over = tr.ngettext(
            "Last {count} week: {figure}", "Last {count} weeks: {figure}", s.weeks
        ).format(count=_count(tr, s.weeks), figure=figure)
        lines.append(f"{MOOD} " + _joined(over, _mood_change(tr, s.mood_trend)))
    if s.mood_all is None:  # no mood answers at all
        return lines
    if all(isinstance(n, Hidden) for n in s.moods_all):  # one base: all hidden or none
        lines.append(f"{MOOD_EMOJI[1]}…{MOOD_EMOJI[5]} {hidden_mark(tr)}")
    else:
        lines.append(
            " · ".join(
                f"{MOOD_EMOJI[value]} {_count(tr, n)}"
                for value, n in zip(MOOD_EMOJI, s.moods_all, strict=True)
            )
        )
    return lines


def _contact_line(tr: Translator, s: _Summary) -> str:
    return f"{CONTACT} " + _joined(
        tr.gettext("Contact requests this week: {opened} new, {handled} handled").format(
            opened=_count(tr, s.contacts_opened), handled=_count(tr, s.contacts_handled)
        ),
        f"{WAITING} "
        + tr.gettext("waiting now: {count}").format(count=_count(tr, s.contacts_waiting)),
    )


def _meeting_line(tr: Translator, s: _Summary) -> str:
    held = f"{MEETINGS} " + tr.gettext("Meetings this week: {count}").format(
        count=_count(tr, s.meetings)
    )
    if not s.meetings:
        return held
    if all(isinstance(n, Hidden) for n in s.attendance):
        answers = f"{COMING}{NOT_SURE}{NOT_COMING} {hidden_mark(tr)}"
    else:
        answers = " · ".join(
            f"{emoji} {_count(tr, n)}"
            for emoji, n in zip((COMING, NOT_SURE, NOT_COMING), s.attendance, strict=True)
        )
    return _joined(held, answers)


def _moderation_line(tr: Translator, s: _Summary) -> str:
    return f"{MODERATION} " + tr.gettext("Moderation actions this week: {count}").format(
        count=_count(tr, s.moderation)
    )


def _attention_line(tr: Translator, s: _Summary) -> str | None:
    if not s.attention:
        return None
    return f"{ATTENTION} " + tr.gettext("Needs attention: {reasons}").format(
        reasons=_attention(tr, s.attention)
    )


# -- splitting -----------------------------------------------------------------------------


def _length(text: str) -> int:
    """Telegram counts UTF-16 code units (an emoji is two); the HTML tags and entities
    counted here are dropped by Telegram, so this overestimates: safe."""
    return len(text.encode("utf-16-le")) // 2


def _pack(blocks: Iterable[tuple[str, str]], limit: int = MAX_MESSAGE) -> list[str]:
    """Join (separator, block) pairs into as few messages as fit, never splitting a block.

    Unlike the line splitter of the check-in summary, a block here is a whole group: a
    reader must never find half a group's figures in one message and half in the next.
    Blocks are bounded (names are cut, contact names capped) so that each fits alone.
    """
    messages: list[str] = []
    current = ""
    for separator, block in blocks:
        if _length(block) > limit:  # cannot happen with the caps above; never send it cut
            raise ValueError("a digest block is longer than one message")
        joined = f"{current}{separator}{block}" if current else block
        if current and _length(joined) > limit:
            messages.append(current)
            current = block
        else:
            current = joined
    if current:
        messages.append(current)
    return messages


# -- facilitators ----------------------------------------------------------------------------


def _waiting_names(tr: Translator, names: Sequence[str]) -> str | None:
    if not names:
        return None
    shown = [
        _name(tr, n, CONTACT_NAME_CHARS) if n.strip() else tr.gettext("A parent")
        for n in names[:CONTACT_NAMES]
    ]
    text = ", ".join(shown)
    more = len(names) - len(shown)
    if more > 0:
        text += " " + tr.ngettext("and {count} more", "and {count} more", more).format(
            count=_count(tr, more)
        )
    return f"{WAITING} " + tr.gettext("Still waiting to be contacted: {names}").format(names=text)


def facilitator_block(
    tr: Translator, name: str, figures: GroupFigures, waiting: Sequence[str] = ()
) -> str:
    """One group's figures for its facilitators; `waiting` are the names of parents who
    asked for contact and are still waiting (at most `CONTACT_NAMES` are listed)."""
    s = _from_group(figures)
    lines = [
        f"<b>{GROUP} {_name(tr, name)}</b>",
        _member_line(tr, s),
        *_answer_lines(tr, s),
        *_mood_lines(tr, s),
        _contact_line(tr, s),
        _waiting_names(tr, waiting),
        _meeting_line(tr, s),
        _moderation_line(tr, s),
        _attention_line(tr, s),
    ]
    return "\n".join(line for line in lines if line)


def facilitator_digest(
    tr: Translator,
    groups: Sequence[tuple[str, GroupFigures]],
    contacts: Mapping[int, Sequence[str]],
) -> list[str]:
    """A facilitator's weekly digest of their own groups, as HTML messages.

    `groups` are (name, raw figures) pairs in the order to show; `contacts` maps a group id
    to the names of parents still waiting to be contacted. Empty without groups. Each
    message fits Telegram (see `MAX_MESSAGE`); a group is never split over two messages.
    """
    if not groups:
        return []
    title = f"<b>{DIGEST} " + tr.gettext("Weekly digest") + "</b>"
    period = _period(tr, _from_group(groups[0][1]))
    blocks = [("", f"{title}\n{period}" if period else title)]
    blocks.extend(
        ("\n\n", facilitator_block(tr, name, figures, contacts.get(figures.group_id, ())))
        for name, figures in groups
    )
    return _pack(blocks)


# -- coordinators ----------------------------------------------------------------------------


def coordinator_line(tr: Translator, name: str, group: CoordinatorGroup) -> str:
    """One compact line per group: 👤 active · ✍️ answered this week and the trend ·
    🙂 mood this week and the trend · ⏳ contact requests waiting (⚠️ first if flagged)."""
    s = _from_coordinator(group)
    rate = _percent(tr, s.rate) if s.check_in else "–"
    mood = _mean(tr, s.mood)
    if not isinstance(s.rate, Hidden):  # a hidden figure's trend would repeat the marker
        rate = " ".join(filter(None, [rate, _rate_change(tr, s.rate_trend, unit=False)]))
    if not isinstance(s.mood, Hidden):
        mood = " ".join(filter(None, [mood, _mood_change(tr, s.mood_trend)]))
    flag = f"{ATTENTION} " if s.attention else ""
    return f"{flag}{_name(tr, name)} — " + _joined(
        f"{ACTIVE} {_count(tr, s.active)}",
        f"{ANSWERED} {rate}",
        f"{MOOD} {mood}",
        f"{WAITING} {_count(tr, s.contacts_waiting)}",
    )


def coordinator_digest(
    tr: Translator,
    organisation_name: str,
    groups: Sequence[tuple[str, CoordinatorGroup]],
    total: CoordinatorGroup,
) -> list[str]:
    """An organisation's weekly digest for its coordinators, as HTML messages.

    The totals first, then the groups that need attention and why, then one line per
    group. Figures only: a figure about fewer than five parents reads "hidden" (in italics),
    with a legend line under each message that shows it, and no name but the
    organisation's and the groups' can appear. Each message fits Telegram; a group's
    line is never split.
    """
    # Beside the groups' figures, a total could give a hidden one away by subtraction.
    s = _from_coordinator(hide_remainders(total, [group for _, group in groups]))
    title = tr.gettext("Weekly digest of {organisation}").format(
        organisation=_name(tr, organisation_name)
    )
    totals_title = tr.ngettext(
        "Totals of {count} group", "Totals of {count} groups", len(groups)
    ).format(count=_count(tr, len(groups)))
    totals = [
        f"<b>{DIGEST} {title}</b>",
        _period(tr, s),
        "",
        f"<b>{GROUP} {totals_title}</b>",
        _member_line(tr, s),
        *_answer_lines(tr, s),
        *_mood_lines(tr, s),
        _contact_line(tr, s),
        _meeting_line(tr, s),
        _moderation_line(tr, s),
    ]
    blocks = [("", "\n".join(line for line in totals if line is not None))]

    flagged = [(name, group) for name, group in groups if group.attention]
    if flagged:
        title = tr.ngettext(
            "{count} group needs attention", "{count} groups need attention", len(flagged)
        ).format(count=_count(tr, len(flagged)))
        title = f"<b>{ATTENTION} {title}</b>"
        for index, (name, group) in enumerate(flagged):
            line = f"• {_name(tr, name)}: {_attention(tr, group.attention)}"
            blocks.append(("\n\n", f"{title}\n{line}") if index == 0 else ("\n", line))
    else:
        blocks.append(("\n\n", f"{COMING} " + tr.gettext("No group needs attention.")))

    title = f"<b>{GROUP} " + tr.gettext("Groups") + "</b>"
    for index, (name, group) in enumerate(groups):
        line = coordinator_line(tr, name, group)
        blocks.append(("\n\n", f"{title}\n{line}") if index == 0 else ("\n", line))
    room = _length(hidden_legend(tr)) + 2
    return with_legend(tr, _pack(blocks, MAX_MESSAGE - room))


def chart_caption(tr: Translator, *, rtl: bool | None = None, hidden: bool = False) -> str:
    """The words for the digest chart, which has none: what the colours and gaps mean
    (escaped for HTML, like the digest texts; well under Telegram's 1024 for a caption).

    `rtl` says which way the chart runs (the reader's direction by default); `hidden`
    adds what the grey stripes of hidden weeks mean.
    """
    rtl = tr.rtl if rtl is None else rtl
    newest = (
        tr.gettext("The newest week is on the left.")
        if rtl
        else tr.gettext("The newest week is on the right.")
    )
    return html.escape(
        " ".join(
            [
                tr.gettext(
                    "Blue bars: how many of the parents answered the check-in each week "
                    "(0 to 100%). Orange line: the average mood, from 1 {low} to 5 {high}. "
                    "An empty place means there is no figure for that week."
                ).format(low=MOOD_EMOJI[1], high=MOOD_EMOJI[5]),
                newest,
                *(
                    [
                        tr.gettext("Grey stripes: {hidden} (about fewer than 5 parents).").format(
                            hidden=hidden_word(tr)
                        )
                    ]
                    if hidden
                    else []
                ),
            ]
        ),
        quote=False,
    )


__all__ = [
    "attention_label",
    "chart_caption",
    "coordinator_digest",
    "coordinator_line",
    "facilitator_block",
    "facilitator_digest",
    "hidden_legend",
    "hidden_mark",
    "hidden_word",
    "with_legend",
]
