"""The figures behind the weekly digests: pure logic, no database, no Telegram.

`storage.digests` fills these dataclasses from aggregate queries; the digest texts, the
charts and the dashboard read them. Two audiences:

- facilitators read a group's raw figures (`WeekFigures`, `GroupFigures`);
- coordinators read `for_coordinator(...)`: the same figures where every figure computed
  over fewer than `MIN_BASE` (5) members or answers is replaced by `HIDDEN`. Nothing here
  ever holds a name or a parent's words, so no name can reach a coordinator.

Trends compare halves. Over the last 8 weeks, the trend is the figure pooled over the
later 4 weeks minus the same figure pooled over the earlier 4 (with an odd number of
weeks the middle one is left out). A least-squares slope was the alternative; halves were
chosen because (a) a coordinator can check them by hand ("the last four weeks against the
four before"), (b) one odd week at either end does not swing them as much as it swings a
slope, and (c) pooling counts over four weeks copes with weeks without a round (holidays)
and with the small numbers of a peer group, where per-week rates jump around.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any, overload

MIN_BASE = 5  # a coordinator's figure over fewer parents than this could identify someone
MOOD_SCALE = (1, 2, 3, 4, 5)
REFLECTION_SCALE = (1, 2, 3)


class Hidden(enum.Enum):
    """The marker shown instead of a figure about fewer than five parents ("hidden", with a
    legend line saying why wherever it appears)."""

    HIDDEN = "hidden"

    def __repr__(self) -> str:
        return "HIDDEN"


HIDDEN = Hidden.HIDDEN


class Attention(enum.StrEnum):
    """Why a group needs a coordinator's attention."""

    FALLING_RESPONSE = "falling_response"
    FALLING_MOOD = "falling_mood"
    WAITING_CONTACT = "waiting_contact"  # a contact request open for too long


# -- raw figures (facilitators; the input of everything else) ----------------------------


@dataclass(frozen=True, slots=True)
class WeekFigures:
    """One week of one group (or of an organisation's groups added up).

    A week is `[start, end)`; rounds count by `scheduled_for`, meetings by `starts_at`,
    moderation actions and contact requests by the time they happened.
    """

    start: datetime
    end: datetime
    rounds: int = 0  # rounds held (skipped rounds are not counted)
    invited: int = 0  # parents a round was sent to
    answered: int = 0  # of those, how many answered at least one question
    moods: tuple[int, int, int, int, int] = (0, 0, 0, 0, 0)  # how many chose 1..5
    reflections: tuple[int, int, int] = (0, 0, 0)  # how many chose 1..3
    contacts_opened: int = 0  # "yes, contact me" asked this week (withdrawn ones too)
    contacts_handled: int = 0  # requests a facilitator marked handled this week
    meetings: int = 0  # meetings held (planned, not cancelled, already started)
    attendance_yes: int = 0
    attendance_no: int = 0
    attendance_maybe: int = 0
    moderation_actions: int = 0  # rows of the moderation audit log
    # Distinct parents invited (None: not counted). With two rounds in a week, `invited`
    # counts three parents twice; a coordinator's "fewer than 5" must count people.
    people: int | None = None

    @property
    def mood_answers(self) -> int:
        return sum(self.moods)

    @property
    def reflection_answers(self) -> int:
        return sum(self.reflections)

    @property
    def attendance_answers(self) -> int:
        return self.attendance_yes + self.attendance_no + self.attendance_maybe


@dataclass(frozen=True, slots=True)
class MemberCounts:
    """A group's parents now (Kring keeps no history of pauses and blocks).

    Each parent with an active membership is in exactly one bucket: unreachable (blocked
    the bot) first, then paused (/pause, for a while or until /resume), else active.
    """

    active: int = 0
    paused: int = 0
    unreachable: int = 0

    @property
    def total(self) -> int:
        return self.active + self.paused + self.unreachable


@dataclass(frozen=True, slots=True)
class GroupFigures:
    """A group's last weeks (oldest first) and what is true of it now."""

    group_id: int
    as_of: datetime
    members: MemberCounts
    weeks: tuple[WeekFigures, ...]
    contacts_waiting: int = 0  # contact requests open now, however old
    oldest_waiting_since: datetime | None = None  # when the oldest of those was asked


@dataclass(frozen=True, slots=True)
class OrganisationFigures:
    """Every group of an organisation, and the totals (weeks added up group by group)."""

    organisation_id: int
    as_of: datetime
    groups: tuple[GroupFigures, ...]
    total: GroupFigures  # group_id 0; contacts_waiting summed, the oldest of all


# -- computed figures ------------------------------------------------------------------


def response_rate(invited: int, answered: int) -> float | None:
    """Answered / invited, 0..1; None when nobody was invited."""
    if invited <= 0:
        return None
    return answered / invited


def mood_mean(moods: Sequence[int]) -> float | None:
    """The mean mood (1..5) from counts per value 1..5; None without mood answers."""
    total = sum(moods)
    if total == 0:
        return None
    return sum(value * count for value, count in zip(MOOD_SCALE, moods, strict=True)) / total


def trend(values: Sequence[float | None]) -> float | None:
    """Mean of the later half minus mean of the earlier half (None values are gaps).

    With an odd number of values the middle one belongs to neither half. None when either
    half has no value at all.
    """
    half = len(values) // 2
    earlier = [v for v in values[:half] if v is not None]
    later = [v for v in values[len(values) - half :] if v is not None]
    if not earlier or not later:
        return None
    return sum(later) / len(later) - sum(earlier) / len(earlier)


def _halves(weeks: Sequence[WeekFigures]) -> tuple[WeekFigures, WeekFigures] | None:
    half = len(weeks) // 2
    if half == 0:
        return None
    return add_weeks(weeks[:half]), add_weeks(weeks[len(weeks) - half :])


def response_trend(weeks: Sequence[WeekFigures], min_base: int = 0) -> float | None:
    """The response rate pooled over the later half minus over the earlier half.

    None when a half has fewer than `min_base` invitations (or none at all).
    """
    halves = _halves(weeks)
    if halves is None:
        return None
    earlier, later = halves
    if min(earlier.invited, later.invited) < max(min_base, 1):
        return None
    before = response_rate(earlier.invited, earlier.answered)
    after = response_rate(later.invited, later.answered)
    assert before is not None and after is not None
    return after - before


def mood_trend(weeks: Sequence[WeekFigures], min_base: int = 0) -> float | None:
    """The mean mood pooled over the later half minus over the earlier half.

    None when a half has fewer than `min_base` mood answers (or none at all).
    """
    halves = _halves(weeks)
    if halves is None:
        return None
    earlier, later = halves
    if min(earlier.mood_answers, later.mood_answers) < max(min_base, 1):
        return None
    before, after = mood_mean(earlier.moods), mood_mean(later.moods)
    assert before is not None and after is not None
    return after - before


def add_weeks(weeks: Iterable[WeekFigures]) -> WeekFigures:
    """Several weeks (or several groups' same week) added up; spans first start to last end."""
    items = list(weeks)
    if not items:
        raise ValueError("nothing to add up")
    return WeekFigures(
        start=min(w.start for w in items),
        end=max(w.end for w in items),
        rounds=sum(w.rounds for w in items),
        invited=sum(w.invited for w in items),
        answered=sum(w.answered for w in items),
        moods=_sum5(w.moods for w in items),
        reflections=_sum3(w.reflections for w in items),
        contacts_opened=sum(w.contacts_opened for w in items),
        contacts_handled=sum(w.contacts_handled for w in items),
        meetings=sum(w.meetings for w in items),
        attendance_yes=sum(w.attendance_yes for w in items),
        attendance_no=sum(w.attendance_no for w in items),
        attendance_maybe=sum(w.attendance_maybe for w in items),
        moderation_actions=sum(w.moderation_actions for w in items),
        people=(
            None if any(w.people is None for w in items) else sum(w.people or 0 for w in items)
        ),
    )


def _sum5(rows: Iterable[tuple[int, int, int, int, int]]) -> tuple[int, int, int, int, int]:
    a = b = c = d = e = 0
    for r in rows:
        a, b, c, d, e = a + r[0], b + r[1], c + r[2], d + r[3], e + r[4]
    return (a, b, c, d, e)


def _sum3(rows: Iterable[tuple[int, int, int]]) -> tuple[int, int, int]:
    a = b = c = 0
    for r in rows:
        a, b, c = a + r[0], b + r[1], c + r[2]
    return (a, b, c)


def total_of(
    groups: Sequence[GroupFigures], as_of: datetime, starts: Sequence[datetime]
) -> GroupFigures:
    """Every group's figures added up (group_id 0); `starts` are the weeks' starts."""
    weeks: list[WeekFigures] = []
    for index, start in enumerate(starts):
        same = [g.weeks[index] for g in groups]
        end = starts[index + 1] if index + 1 < len(starts) else as_of
        weeks.append(add_weeks(same) if same else WeekFigures(start=start, end=end))
    waiting_since = [g.oldest_waiting_since for g in groups if g.oldest_waiting_since]
    return GroupFigures(
        group_id=0,
        as_of=as_of,
        members=MemberCounts(
            active=sum(g.members.active for g in groups),
            paused=sum(g.members.paused for g in groups),
            unreachable=sum(g.members.unreachable for g in groups),
        ),
        weeks=tuple(weeks),
        contacts_waiting=sum(g.contacts_waiting for g in groups),
        oldest_waiting_since=min(waiting_since, default=None),
    )


@dataclass(frozen=True, slots=True)
class AttentionRules:
    """When a group is flagged (defaults chosen for weekly rounds in groups of 5-20)."""

    response_drop: float = 0.15  # response rate fell by 15 percentage points or more
    mood_drop: float = 0.5  # mean mood fell by half a point or more (on 1..5)
    contact_days: int = 7  # a contact request open longer than this
    min_base: int = MIN_BASE  # no trend flag from fewer invitations/answers per half


def needs_attention(
    group: GroupFigures, rules: AttentionRules | None = None
) -> tuple[Attention, ...]:
    """Why the group needs attention (empty: it does not).

    Falling response or mood compare the halves of `group.weeks` (see `trend`), and only
    when each half has at least `rules.min_base` invitations or mood answers: a single
    parent's bad week must not flag a group. A contact request is waiting too long when
    the oldest open one was asked more than `rules.contact_days` before `group.as_of`.
    """
    rules = rules or AttentionRules()
    reasons: list[Attention] = []
    rate = response_trend(group.weeks, rules.min_base)
    if rate is not None and rate <= -rules.response_drop:
        reasons.append(Attention.FALLING_RESPONSE)
    mood = mood_trend(group.weeks, rules.min_base)
    if mood is not None and mood <= -rules.mood_drop:
        reasons.append(Attention.FALLING_MOOD)
    since = group.oldest_waiting_since
    if since is not None and group.as_of - since > timedelta(days=rules.contact_days):
        reasons.append(Attention.WAITING_CONTACT)
    return tuple(reasons)


# -- coordinators: small numbers hidden ------------------------------------------------

Count = int | Hidden
Share = float | None | Hidden


def count_over_base(value: int, base: int, min_base: int) -> Count:
    """A count shown when the parents behind it are at least `min_base` (the count itself
    may then be small, as "invited" or "answered" out of everyone asked)."""
    return value if base >= min_base else HIDDEN


def small_count(value: int, base: int, min_base: int = MIN_BASE) -> Count:
    """A count of parents (or of what happened to them) as a coordinator may read it.

    Hidden when its base is under `min_base`, and also when the count itself is 1 to
    `min_base - 1`: "1 contact request" in a group of twelve still tells a coordinator
    that exactly one parent asked for help. Nought says nothing about anyone and stays.
    """
    if base < min_base or 0 < value < min_base:
        return HIDDEN
    return value


@dataclass(frozen=True, slots=True)
class CoordinatorWeek:
    """A week as a coordinator may see it: every figure over fewer than 5 is `HIDDEN`.

    Bases: `invited` for invited, answered and the response rate, and for the contact
    requests and moderation actions of the week (the parents they could be about); the
    mood answers for the mood figures; the reflection answers for the reflection figures;
    the attendance answers for attendance. Meetings held say nothing about a parent and
    are never hidden. Counts about what parents did or felt (each mood and reflection
    value, contact requests, attendance, moderation actions) are also hidden when they
    count 1 to 4 (`small_count`); invited and answered are the participation of a base
    of 5 or more and stay, like the rates and means over such a base.
    """

    start: datetime
    end: datetime
    rounds: int
    meetings: int
    invited: Count
    answered: Count
    response_rate: Share
    moods: tuple[Count, ...]
    mood_mean: Share
    reflections: tuple[Count, ...]
    contacts_opened: Count
    contacts_handled: Count
    attendance_yes: Count
    attendance_no: Count
    attendance_maybe: Count
    moderation_actions: Count


@dataclass(frozen=True, slots=True)
class CoordinatorGroup:
    """A group as a coordinator may see it (members' counts hidden in groups under 5)."""

    group_id: int
    members_active: Count
    members_paused: Count
    members_unreachable: Count
    contacts_waiting: Count
    weeks: tuple[CoordinatorWeek, ...]
    response_trend: Share
    mood_trend: Share
    attention: tuple[Attention, ...] = field(default=())


def week_for_coordinator(week: WeekFigures, min_base: int = MIN_BASE) -> CoordinatorWeek:
    """`week` with every figure whose base is under `min_base` replaced by `HIDDEN`.

    Bases count people, not answers: with several rounds (or meetings) in one week the
    same parent answers more than once, so the base is the distinct parents invited when
    known, and never more than the answers divided by the meetings held.
    """
    people = week.invited if week.people is None else min(week.people, week.invited)
    mood_base = min(week.mood_answers, people)
    reflection_base = min(week.reflection_answers, people)
    attendance_base = week.attendance_answers // max(week.meetings, 1)
    return CoordinatorWeek(
        start=week.start,
        end=week.end,
        rounds=week.rounds,
        meetings=week.meetings,
        invited=count_over_base(week.invited, people, min_base),
        answered=count_over_base(week.answered, people, min_base),
        response_rate=(
            response_rate(week.invited, week.answered) if people >= min_base else HIDDEN
        ),
        moods=tuple(small_count(n, mood_base, min_base) for n in week.moods),
        mood_mean=mood_mean(week.moods) if mood_base >= min_base else HIDDEN,
        reflections=tuple(small_count(n, reflection_base, min_base) for n in week.reflections),
        contacts_opened=small_count(week.contacts_opened, people, min_base),
        contacts_handled=small_count(week.contacts_handled, people, min_base),
        attendance_yes=small_count(week.attendance_yes, attendance_base, min_base),
        attendance_no=small_count(week.attendance_no, attendance_base, min_base),
        attendance_maybe=small_count(week.attendance_maybe, attendance_base, min_base),
        moderation_actions=small_count(week.moderation_actions, people, min_base),
    )


def group_for_coordinator(
    group: GroupFigures, rules: AttentionRules | None = None
) -> CoordinatorGroup:
    """`group` for a coordinator: small figures hidden, trends only over 5+ per half.

    The attention flags are kept: they are computed from figures with enough base (trends)
    or say only "a request waits", never who asked or when.
    """
    rules = rules or AttentionRules()
    size = group.members.total
    members_base = rules.min_base
    rate = response_trend(group.weeks, rules.min_base)
    mood = mood_trend(group.weeks, rules.min_base)
    return CoordinatorGroup(
        group_id=group.group_id,
        members_active=small_count(group.members.active, size, members_base),
        members_paused=small_count(group.members.paused, size, members_base),
        members_unreachable=small_count(group.members.unreachable, size, members_base),
        contacts_waiting=small_count(group.contacts_waiting, size, members_base),
        weeks=tuple(week_for_coordinator(w, rules.min_base) for w in group.weeks),
        response_trend=rate if size >= members_base else HIDDEN,
        mood_trend=mood if size >= members_base else HIDDEN,
        attention=needs_attention(group, rules),
    )


@overload
def for_coordinator(figures: WeekFigures, min_base: int = ...) -> CoordinatorWeek: ...
@overload
def for_coordinator(figures: GroupFigures, min_base: int = ...) -> CoordinatorGroup: ...
def for_coordinator(
    figures: WeekFigures | GroupFigures, min_base: int = MIN_BASE
) -> CoordinatorWeek | CoordinatorGroup:
    """A copy a coordinator may read: every figure over fewer than `min_base` hidden."""
    if isinstance(figures, WeekFigures):
        return week_for_coordinator(figures, min_base)
    return group_for_coordinator(figures, AttentionRules(min_base=min_base))


# Counts about parents whose totals could give a hidden group figure away by subtraction.
_GROUP_COUNTS = ("members_active", "members_paused", "members_unreachable", "contacts_waiting")
_WEEK_COUNTS = (
    "contacts_opened",
    "contacts_handled",
    "attendance_yes",
    "attendance_no",
    "attendance_maybe",
    "moderation_actions",
)
_WEEK_TUPLES = ("moods", "reflections")


def _remainder(total: Count, parts: Iterable[Count], min_base: int) -> Count:
    """`total`, hidden when the parts hide 1 to `min_base - 1` of it between them."""
    if isinstance(total, Hidden):
        return total
    shown = sum(p for p in parts if not isinstance(p, Hidden))
    return HIDDEN if 0 < total - shown < min_base else total


def hide_remainders(
    total: CoordinatorGroup, groups: Sequence[CoordinatorGroup], min_base: int = MIN_BASE
) -> CoordinatorGroup:
    """An organisation's totals for a coordinator, safe to show beside its groups.

    A total next to the groups' shown figures gives a hidden one away by subtraction:
    beside group A's "paused 6", a total of 7 says that group B has exactly one parent on
    a break. So each count about parents in `total` is hidden when what the groups hide of
    it adds up to 1 to 4. Weeks are matched by position (the groups share their weeks).
    """
    values: dict[str, Any] = {
        name: _remainder(getattr(total, name), (getattr(g, name) for g in groups), min_base)
        for name in _GROUP_COUNTS
    }
    weeks = []
    for index, week in enumerate(total.weeks):
        same = [g.weeks[index] for g in groups if index < len(g.weeks)]
        changes: dict[str, Any] = {
            name: _remainder(getattr(week, name), (getattr(w, name) for w in same), min_base)
            for name in _WEEK_COUNTS
        }
        for name in _WEEK_TUPLES:
            changes[name] = tuple(
                _remainder(value, (getattr(w, name)[i] for w in same), min_base)
                for i, value in enumerate(getattr(week, name))
            )
        weeks.append(replace(week, **changes))
    return replace(total, weeks=tuple(weeks), **values)
