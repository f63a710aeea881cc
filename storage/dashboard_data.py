"""What the web dashboard shows: read-only pages of figures, rounds, answers and logs.

Three levels of access to a group (`GroupAccess`), each a superset of the one before:

- FIGURES (a coordinator of the group's organisation): numbers only, and every number
  counted over fewer than `MIN_BASE` (5) people is `HIDDEN` (see `storage.digest_stats`);
- STAFF (a volunteer of the group): every number, attendance counts and the moderation
  log with the names Telegram showed in the chat; never a parent's answer or name;
- FULL (a facilitator of the group): also the parents' written answers (decrypted, with
  their names) and who said yes to a meeting.

Figures are the digest's (`storage.digests`): counted in the database with aggregate
queries that give the same result on SQLite and PostgreSQL. Only the short lists a page
shows are loaded as rows (12 rounds, 50 notes, 10 meetings, 30 log lines). A page runs
in one session: on SQLite the engine has one connection, so no call here nests sessions.

Counts that may be hidden are typed `Count` (`int | Hidden`) and shares `Share`
(`float | None | Hidden`) in every dataclass of a page, whatever the access: a template
tells a hidden figure apart with `value is HIDDEN` (None means "nothing to divide by").
With STAFF or FULL access nothing is ever `HIDDEN`.

Sources of resilience are the `source` values the rounds stored (`bot.prompts.Source`
values; storage does not import bot, so the web layer names and orders them).
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Select, case, func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import AnswerCipher, InvalidToken
from storage.digest_stats import (
    HIDDEN,
    MIN_BASE,
    MOOD_SCALE,
    REFLECTION_SCALE,
    CoordinatorGroup,
    CoordinatorWeek,
    Count,
    GroupFigures,
    Hidden,
    OrganisationFigures,
    Share,
    WeekFigures,
    count_over_base,
    for_coordinator,
    hide_remainders,
    response_rate,
    small_count,
    total_of,
    week_for_coordinator,
)
from storage.digests import ONE, collect_figures, round_answers, week_of, week_starts
from storage.models import (
    Attendance,
    CheckinNote,
    CheckinResponse,
    CheckinRound,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    ModerationAction,
    Organisation,
    Role,
    RoundStatus,
)
from storage.types import utcnow

Clock = Callable[[], datetime]
DIGEST_WEEKS = 8  # the organisation page's table: the weekly digest's weeks
LAST_ROUNDS = 12
LAST_NOTES = 50
LAST_MEETINGS = 10
NEXT_MEETINGS = 5
LAST_ACTIONS = 30
HIDDEN_TEXT = f"<{MIN_BASE}"  # how an export writes a hidden figure


class GroupAccess(enum.IntEnum):
    """What a person may see of a group; each level includes the ones below it."""

    FIGURES = 1  # coordinator of the group's organisation: numbers only, small ones hidden
    STAFF = 2  # volunteer: numbers, attendance counts, moderation log; no parents' answers
    FULL = 3  # facilitator: also parents' written answers with names, who said yes


# -- the pages -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SourceMonth:
    """One calendar month (UTC) of rounds about one source of resilience.

    For FIGURES, `invited`, `answered` and `response_rate` are hidden when fewer than 5
    distinct parents were invited; the reflection figures when fewer than 5 distinct
    parents gave a reflection answer (4 rounds to 3 parents are 12 invitations, but only
    3 people).
    """

    start: datetime
    end: datetime  # the next month's start, or the page's `as_of` for the current month
    rounds: int  # rounds held (skipped rounds are not counted)
    invited: Count
    answered: Count
    response_rate: Share
    reflections: tuple[Count, Count, Count]  # how many chose 1..3 (3 = very much)
    best_share: Share  # reflections[2] / all reflection answers; None without any


@dataclass(frozen=True, slots=True)
class SourceLine:
    """One source of resilience over the months, oldest first."""

    source: str  # a bot.prompts.Source value
    months: tuple[SourceMonth, ...]


@dataclass(frozen=True, slots=True)
class SourceSeries:
    """Every source that had a round in the months (by source value), month by month.

    Rounds with the group's own questions (no source) are in no line.
    """

    months: tuple[datetime, ...]  # the months' starts, oldest first
    lines: tuple[SourceLine, ...]


@dataclass(frozen=True, slots=True)
class RoundRow:
    """One round and its answers; hidden for FIGURES as a week is (see CoordinatorWeek)."""

    round_id: int
    scheduled_for: datetime
    status: RoundStatus
    source: str | None
    invited: Count
    answered: Count
    response_rate: Share
    moods: tuple[Count, ...]  # how many chose 1..5
    mood_mean: Share
    reflections: tuple[Count, ...]  # how many chose 1..3


@dataclass(frozen=True, slots=True)
class AnswerNote:
    """A parent's written or spoken answer to a round's reflection question (FULL only)."""

    round_id: int
    round_date: datetime  # the round's scheduled time
    member_name: str | None  # None: no name kept, or the parent used /forget
    kind: str  # "text" or "voice"
    text: str | None  # the decrypted words of a text note; None for voice or unreadable
    readable: bool  # False: no key configured, or the note does not open with this key
    created_at: datetime


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A meeting and the answers to its attendance question.

    For FIGURES the counts are hidden when fewer than 5 people answered.
    """

    meeting_id: int
    starts_at: datetime
    status: MeetingStatus
    theme: str  # a bot.prompts.Source value
    yes: Count
    no: Count
    maybe: Count
    coming: tuple[str | None, ...]  # names of those who said yes (FULL only, else empty)
    waiting: Count = 0  # upcoming only: the group's parents who have not answered yet


@dataclass(frozen=True, slots=True)
class ModerationRow:
    """One line of the moderation audit log (STAFF and FULL only)."""

    action_id: int
    created_at: datetime
    action: str
    reason: str
    target_name: str | None  # the name Telegram showed in the chat
    undone: bool


@dataclass(frozen=True, slots=True)
class ActionCount:
    """How often an action was taken over the page's weeks.

    For FIGURES hidden in a group of fewer than 5 parents.
    """

    action: str
    count: Count


@dataclass(frozen=True, slots=True)
class CoordinatorOrganisation:
    """`OrganisationFigures` as a coordinator may read them (small figures hidden)."""

    organisation_id: int
    as_of: datetime
    groups: tuple[CoordinatorGroup, ...]  # by group id; trends and attention flags included
    total: CoordinatorGroup  # group_id 0


@dataclass(frozen=True, slots=True)
class OrganisationPage:
    """An organisation at a glance, for its coordinators: numbers only, small ones hidden."""

    organisation_id: int
    name: str
    as_of: datetime
    figures: CoordinatorOrganisation  # the weekly digest's 8 weeks, group by group
    history: CoordinatorGroup  # every group added up, week by week over `weeks` weeks
    sources: SourceSeries  # every group's rounds, per source per month
    group_names: Mapping[int, str]


@dataclass(frozen=True, slots=True)
class GroupPage:
    """One group, as much as `access` allows (see the module's docstring)."""

    group_id: int
    name: str
    organisation_id: int
    access: GroupAccess
    as_of: datetime
    # GroupFigures for STAFF and FULL; for FIGURES `for_coordinator(...)` of the same.
    figures: GroupFigures | CoordinatorGroup
    sources: SourceSeries
    rounds: tuple[RoundRow, ...]  # the last 12 rounds scheduled by `as_of`, newest first
    answers: tuple[AnswerNote, ...]  # FULL: the last 50 notes, newest first; else empty
    meetings: tuple[MeetingRow, ...]  # the last 10 that started before `as_of`, newest first
    next_meeting: MeetingRow | None  # the first planned one from `as_of` on
    moderation: tuple[ModerationRow, ...]  # STAFF and FULL: the last 30 lines; else empty
    moderation_counts: tuple[ActionCount, ...]  # per action over the weeks, by action
    upcoming: tuple[MeetingRow, ...] = ()  # the next 5 planned ones from `as_of` on


# -- the service -----------------------------------------------------------------------


class DashboardData:
    """Read-only queries behind the dashboard's pages and its CSV export."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        cipher: AnswerCipher | None,
        clock: Clock = utcnow,
    ) -> None:
        self._sessions = sessions
        self._cipher = cipher
        self._clock = clock

    async def organisation_page(
        self, organisation_id: int, weeks: int = 26, months: int = 12
    ) -> OrganisationPage | None:
        """The coordinator's page of an organisation; None if there is no such organisation.

        The weekly table equals `DigestService.organisation_weeks(weeks=8)` passed through
        `for_coordinator`; both it and `history` come from one count over `max(weeks, 8)`
        weeks (the last 8 of those windows are the digest's 8).
        """
        as_of = self._clock()
        span = max(weeks, DIGEST_WEEKS)
        starts = week_starts(as_of, span)
        async with self._sessions() as session:
            name = await session.scalar(
                select(Organisation.name).where(Organisation.id == organisation_id)
            )
            if name is None:
                return None
            ids = select(Group.id).where(Group.organisation_id == organisation_id)
            names = {g: n for g, n in await session.execute(ids.add_columns(Group.name))}
            group_ids = sorted(names)
            collected = await collect_figures(
                session, group_ids, ids.scalar_subquery(), starts, as_of
            )
            groups = tuple(collected[g] for g in group_ids)
            people = await _bases(session, groups, starts, as_of, total=True)
            sources = await _sources(session, ids.scalar_subquery(), months, as_of, MIN_BASE)
        digest = _last_weeks(organisation_id, groups, DIGEST_WEEKS, as_of)
        history = _last_weeks(organisation_id, groups, weeks, as_of).total
        recent = span - DIGEST_WEEKS
        views = tuple(_for_coordinator(g, people, recent) for g in digest.groups)
        return OrganisationPage(
            organisation_id=organisation_id,
            name=name,
            as_of=as_of,
            figures=CoordinatorOrganisation(
                organisation_id=organisation_id,
                as_of=as_of,
                groups=views,
                total=hide_remainders(_for_coordinator(digest.total, people, recent), views),
            ),
            history=_for_coordinator(history, people, span - weeks),
            sources=sources,
            group_names=names,
        )

    async def group_page(
        self, group_id: int, access: GroupAccess, weeks: int = 26, months: int = 12
    ) -> GroupPage | None:
        """A group's page as `access` allows; None if there is no such group."""
        as_of = self._clock()
        starts = week_starts(as_of, weeks)
        min_base = MIN_BASE if access is GroupAccess.FIGURES else 0
        async with self._sessions() as session:
            group = (
                await session.execute(
                    select(Group.name, Group.organisation_id).where(Group.id == group_id)
                )
            ).first()
            if group is None:
                return None
            ids = select(Group.id).where(Group.id == group_id).scalar_subquery()
            figures = (await collect_figures(session, [group_id], ids, starts, as_of))[group_id]
            people = await _bases(session, [figures], starts, as_of) if min_base else {}
            sources = await _sources(session, ids, months, as_of, min_base)
            rounds = await _rounds(session, group_id, as_of, min_base)
            answers = await self._answers(session, group_id) if access >= GroupAccess.FULL else ()
            meetings, upcoming = await _meetings(session, group_id, as_of, access, min_base)
            log = await _log(session, group_id) if access >= GroupAccess.STAFF else ()
            counts = await _action_counts(
                session, group_id, starts[0], as_of, figures.members.total, min_base
            )
        return GroupPage(
            group_id=group_id,
            name=group.name,
            organisation_id=group.organisation_id,
            access=access,
            as_of=as_of,
            figures=_for_coordinator(figures, people) if min_base else figures,
            sources=sources,
            rounds=rounds,
            answers=answers,
            meetings=meetings,
            next_meeting=upcoming[0] if upcoming else None,
            upcoming=upcoming,
            moderation=log,
            moderation_counts=counts,
        )

    async def export_rows(
        self,
        organisation_id: int | None,
        group_ids: Sequence[int],
        access: GroupAccess,
        weeks: int = 52,
    ) -> list[dict[str, str]]:
        """Rows for a CSV file: one per group per week (oldest first), columns `EXPORT_COLUMNS`.

        The groups are `group_ids`; with an `organisation_id`, only those of them in that
        organisation, and every group of it when `group_ids` is empty. Unknown ids give no
        rows. Figures only, never a name; for FIGURES a hidden figure reads "<5" (the web
        page writes it in words).
        """
        as_of = self._clock()
        starts = week_starts(as_of, weeks)
        ids = select(Group.id)
        if organisation_id is not None:
            ids = ids.where(Group.organisation_id == organisation_id)
        if group_ids or organisation_id is None:
            ids = ids.where(Group.id.in_(list(group_ids)))
        hide = access is GroupAccess.FIGURES
        people: Bases = {}
        async with self._sessions() as session:
            named = ids.add_columns(Group.name).order_by(Group.name, Group.id)
            names = {g: n for g, n in await session.execute(named)}
            collected = await collect_figures(
                session, list(names), ids.scalar_subquery(), starts, as_of
            )
            if hide:
                people = await _bases(session, list(collected.values()), starts, as_of)
        return [
            _export_row(group_id, name, week)
            for group_id, name in names.items()
            for week in (
                _for_coordinator(collected[group_id], people).weeks
                if hide
                else tuple(week_for_coordinator(w, 0) for w in collected[group_id].weeks)
            )
        ]

    async def _answers(self, session: AsyncSession, group_id: int) -> tuple[AnswerNote, ...]:
        rows = (
            await session.execute(
                select(
                    CheckinRound.id,
                    CheckinRound.scheduled_for,
                    Member.display_name,
                    CheckinNote.kind,
                    CheckinNote.content,
                    CheckinNote.created_at,
                )
                .select_from(CheckinNote)
                .join(CheckinResponse, CheckinResponse.id == CheckinNote.response_id)
                .join(CheckinRound, CheckinRound.id == CheckinResponse.round_id)
                .outerjoin(Member, Member.id == CheckinResponse.member_id)
                .where(CheckinRound.group_id == group_id)
                .order_by(CheckinNote.created_at.desc(), CheckinNote.id.desc())
                .limit(LAST_NOTES)
            )
        ).all()
        notes = []
        for round_id, round_date, name, kind, content, created_at in rows:
            plain = self._open(content)
            notes.append(
                AnswerNote(
                    round_id=round_id,
                    round_date=round_date,
                    member_name=name,
                    kind=kind,
                    text=plain if kind == "text" else None,
                    readable=plain is not None,
                    created_at=created_at,
                )
            )
        return tuple(notes)

    def _open(self, token: str) -> str | None:
        """The words behind a stored token; None without a key or with the wrong one."""
        if self._cipher is None:
            return None
        try:
            return self._cipher.decrypt(token)
        except (InvalidToken, ValueError):  # another key, altered, or not a token at all
            return None


EXPORT_COLUMNS = (
    "group_id",
    "group_name",
    "week_start",
    "week_end",
    "rounds",
    "invited",
    "answered",
    "response_rate",
    *(f"mood_{v}" for v in range(1, 6)),
    "mood_mean",
    *(f"reflection_{v}" for v in range(1, 4)),
    "contacts_opened",
    "contacts_handled",
    "meetings",
    "attendance_yes",
    "attendance_no",
    "attendance_maybe",
    "moderation_actions",
)


# -- helpers: figures ------------------------------------------------------------------


def month_starts(until: datetime, months: int) -> list[datetime]:
    """The first instants (UTC) of the last `months` calendar months, oldest first.

    The last is the start of `until`'s own month (so that month is counted up to `until`).
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    moment = until.astimezone(UTC)
    index = moment.year * 12 + moment.month - 1
    return [
        datetime((i // 12), i % 12 + 1, 1, tzinfo=UTC) for i in range(index - months + 1, index + 1)
    ]


def _last_weeks(
    organisation_id: int, groups: Sequence[GroupFigures], weeks: int, as_of: datetime
) -> OrganisationFigures:
    """The organisation's figures over the last `weeks` of longer ones (same windows)."""
    cut = tuple(replace(g, weeks=g.weeks[-weeks:]) for g in groups)
    return OrganisationFigures(
        organisation_id=organisation_id,
        as_of=as_of,
        groups=cut,
        total=total_of(cut, as_of, week_starts(as_of, weeks)),
    )


@dataclass(frozen=True, slots=True)
class _People:
    """How many different people a week's figures are about (the small-numbers bases)."""

    invited: int = 0  # parents invited to a round
    moods: int = 0  # parents who gave a mood
    reflections: int = 0  # parents who gave a reflection answer
    attendance: int = 0  # people who answered an attendance question


Bases = Mapping[tuple[int, int], _People]  # (group id, 0 for all groups; week) -> people


async def _bases(
    session: AsyncSession,
    groups: Sequence[GroupFigures],
    starts: Sequence[datetime],
    as_of: datetime,
    total: bool = False,
) -> Bases:
    """How many different people each week's figures are about, per group (and for all of
    `groups` together as group 0 when `total`).

    `for_coordinator` hides a figure when its count of invitations or answers is under 5,
    but two rounds (or meetings) in one week to 3 parents are 6 invitations: the people
    behind them are what must reach 5. A round has one response per parent, a meeting one
    answer per person, so in a week of at most one round and one meeting the counts are
    the people; only the other weeks are counted again, distinctly, in the database.
    """
    bases: dict[tuple[int, int], _People] = {
        (g.group_id, i): _People(w.invited, w.mood_answers, w.reflection_answers,
                                 w.attendance_answers)
        for g in groups
        for i, w in enumerate(g.weeks)
    }  # fmt: skip
    crowded = [g.group_id for g in groups if any(w.rounds > 1 or w.meetings > 1 for w in g.weeks)]
    if crowded:
        bases.update(await _people(session, crowded, starts, as_of, per_group=True))
    if total:
        totals = [_total(bases, [g.group_id for g in groups], i) for i in range(len(starts))]
        exact: Bases = {}
        if any(t is None for t in totals):
            exact = await _people(session, [g.group_id for g in groups], starts, as_of, False)
        bases.update(
            ((0, i), t if t is not None else exact.get((0, i), _People()))
            for i, t in enumerate(totals)
        )
    return bases


def _total(bases: Bases, group_ids: Sequence[int], week: int) -> _People | None:
    """All the groups' people in a week, when the groups' own people settle it; else None.

    Nobody is counted twice by the largest group's number (a lower bound), nor missed by
    the sum (an upper bound; a parent may be in two groups). Only when the bound that
    decides differs across the line of 5 is a count in the database needed.
    """
    each = [bases.get((g, week), _People()) for g in group_ids]
    fields = ("invited", "moods", "reflections", "attendance")
    values = {}
    for name in fields:
        numbers = [getattr(p, name) for p in each]
        lower, upper = max(numbers, default=0), sum(numbers)
        if lower < MIN_BASE <= upper:
            return None
        values[name] = upper
    return _People(**values)


async def _people(
    session: AsyncSession,
    group_ids: Sequence[int],
    starts: Sequence[datetime],
    as_of: datetime,
    per_group: bool,
) -> Bases:
    """Distinct people per group and week, or for all the groups together (group 0)."""
    first = starts[0]
    answers = (
        select(
            CheckinRound.group_id.label("group_id"),
            week_of(CheckinRound.scheduled_for, starts).label("week"),
            CheckinResponse.member_id.label("member_id"),
            CheckinResponse.mood.label("mood"),
            CheckinResponse.reflection.label("reflection"),
        )
        .join(CheckinResponse, CheckinResponse.round_id == CheckinRound.id)
        .where(
            CheckinRound.group_id.in_(group_ids),
            CheckinRound.status != RoundStatus.SKIPPED,
            CheckinRound.scheduled_for >= first,
            CheckinRound.scheduled_for < as_of,
        )
        .subquery()
    )
    attendance = (
        select(
            Meeting.group_id.label("group_id"),
            week_of(Meeting.starts_at, starts).label("week"),
            Attendance.member_id.label("member_id"),
        )
        .join(Attendance, Attendance.meeting_id == Meeting.id)
        .where(
            Meeting.group_id.in_(group_ids),
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at >= first,
            Meeting.starts_at < as_of,
            Attendance.answer.in_(("yes", "no", "maybe")),
        )
        .subquery()
    )
    a, m = answers.c, attendance.c
    found: dict[tuple[int, int], dict[str, int]] = defaultdict(dict)
    keys = (a.group_id, a.week) if per_group else (a.week,)
    query: Select[Any] = select(
        *keys,
        func.count(a.member_id.distinct()),
        func.count(case((a.mood.in_(MOOD_SCALE), a.member_id)).distinct()),
        func.count(case((a.reflection.in_(REFLECTION_SCALE), a.member_id)).distinct()),
    ).group_by(*keys)
    for row in await session.execute(query):
        invited, moods, reflections = row[-3:]
        found[_key(row, per_group)].update(invited=invited, moods=moods, reflections=reflections)
    keys = (m.group_id, m.week) if per_group else (m.week,)
    query = select(*keys, func.count(m.member_id.distinct())).group_by(*keys)
    for row in await session.execute(query):
        found[_key(row, per_group)]["attendance"] = row[-1]
    return {key: _People(**values) for key, values in found.items()}


def _key(row: Any, per_group: bool) -> tuple[int, int]:
    """(group id, week) of a row grouped per group, or (0, week) for all the groups."""
    return (row[0], row[1]) if per_group else (0, row[0])


def _for_coordinator(figures: GroupFigures, people: Bases, offset: int = 0) -> CoordinatorGroup:
    """`for_coordinator(figures)`, and each week hidden further by its people (`_bases`).

    `offset`: the index in `people` of the first of `figures.weeks`.
    """
    view = for_coordinator(figures)
    return replace(
        view,
        weeks=tuple(
            _by_people(week, people.get((figures.group_id, offset + i), _People()))
            for i, week in enumerate(view.weeks)
        ),
    )


def _by_people(week: CoordinatorWeek, people: _People) -> CoordinatorWeek:
    def shown(value: Any, base: int) -> Any:
        return value if base >= MIN_BASE else HIDDEN

    invited, moods, reflections = people.invited, people.moods, people.reflections
    return replace(
        week,
        invited=shown(week.invited, invited),
        answered=shown(week.answered, invited),
        response_rate=shown(week.response_rate, invited),
        moods=tuple(shown(n, moods) for n in week.moods),
        mood_mean=shown(week.mood_mean, moods),
        reflections=tuple(shown(n, reflections) for n in week.reflections),
        contacts_opened=shown(week.contacts_opened, invited),
        contacts_handled=shown(week.contacts_handled, invited),
        attendance_yes=shown(week.attendance_yes, people.attendance),
        attendance_no=shown(week.attendance_no, people.attendance),
        attendance_maybe=shown(week.attendance_maybe, people.attendance),
        moderation_actions=shown(week.moderation_actions, invited),
    )


async def _sources(
    session: AsyncSession, ids: Any, months: int, as_of: datetime, min_base: int
) -> SourceSeries:
    """Rounds of the groups `ids` (a subquery) per source and calendar month."""
    starts = month_starts(as_of, months)
    rows = round_answers(ids, starts, as_of, CheckinRound.source.is_not(None))
    r = rows.c
    reflected = r.reflection.in_(REFLECTION_SCALE)
    query: Select[Any] = select(
        r.source,
        r.bucket.label("month"),
        func.count(r.round_id.distinct()).label("rounds"),
        func.count(r.response_id).label("invited"),
        func.count(r.answered_at).label("answered"),
        *(func.count(case((r.reflection == v, ONE))).label(f"reflection{v}") for v in (1, 2, 3)),
        # The bases of the small-numbers rule: people, not invitations.
        func.count(r.member_id.distinct()).label("people"),
        func.count(case((reflected, r.member_id)).distinct()).label("reflecting"),
    ).group_by(r.source, r.bucket)
    cells: dict[str, dict[int, Any]] = defaultdict(dict)
    for row in (await session.execute(query)).all():
        cells[row.source][row.month] = row
    ends = [*starts[1:], as_of]
    return SourceSeries(
        months=tuple(starts),
        lines=tuple(
            SourceLine(
                source,
                tuple(
                    _source_month(start, end, cells[source].get(i), min_base)
                    for i, (start, end) in enumerate(zip(starts, ends, strict=True))
                ),
            )
            for source in sorted(cells)
        ),
    )


_NO_ROUNDS = SimpleNamespace(
    rounds=0, invited=0, answered=0, reflection1=0, reflection2=0, reflection3=0, people=0,
    reflecting=0,
)  # fmt: skip


def _source_month(start: datetime, end: datetime, row: Any, min_base: int) -> SourceMonth:
    if row is None:  # no round about the source that month: hidden as an empty week is
        row = _NO_ROUNDS
    reflections = (row.reflection1, row.reflection2, row.reflection3)
    given = sum(reflections)
    shown = row.people >= min_base
    return SourceMonth(
        start=start,
        end=end,
        rounds=row.rounds,
        invited=count_over_base(row.invited, row.people, min_base),
        answered=count_over_base(row.answered, row.people, min_base),
        response_rate=response_rate(row.invited, row.answered) if shown else HIDDEN,
        reflections=(
            small_count(reflections[0], row.reflecting, min_base),
            small_count(reflections[1], row.reflecting, min_base),
            small_count(reflections[2], row.reflecting, min_base),
        ),
        best_share=(
            (reflections[2] / given if given else None) if row.reflecting >= min_base else HIDDEN
        ),
    )


async def _rounds(
    session: AsyncSession, group_id: int, as_of: datetime, min_base: int
) -> tuple[RoundRow, ...]:
    """The group's last rounds (by `as_of`) with their answers counted, newest first."""
    rounds = (
        await session.execute(
            select(
                CheckinRound.id,
                CheckinRound.scheduled_for,
                CheckinRound.closes_at,
                CheckinRound.status,
                CheckinRound.source,
            )
            .where(CheckinRound.group_id == group_id, CheckinRound.scheduled_for <= as_of)
            .order_by(CheckinRound.scheduled_for.desc())
            .limit(LAST_ROUNDS)
        )
    ).all()
    a = CheckinResponse
    counts = {
        row.round_id: row
        for row in (
            await session.execute(
                select(
                    a.round_id,
                    func.count().label("invited"),
                    func.count(a.answered_at).label("answered"),
                    *(func.count(case((a.mood == v, ONE))).label(f"mood{v}") for v in range(1, 6)),
                    *(
                        func.count(case((a.reflection == v, ONE))).label(f"reflection{v}")
                        for v in (1, 2, 3)
                    ),
                )
                .where(a.round_id.in_([r.id for r in rounds]))
                .group_by(a.round_id)
            )
        ).all()
    }
    return tuple(_round_row(r, counts.get(r.id), min_base) for r in rounds)


def _round_row(rnd: Any, counts: Any, min_base: int) -> RoundRow:
    week = WeekFigures(start=rnd.scheduled_for, end=rnd.closes_at)
    if counts is not None:
        week = replace(
            week,
            invited=counts.invited,
            answered=counts.answered,
            moods=(counts.mood1, counts.mood2, counts.mood3, counts.mood4, counts.mood5),
            reflections=(counts.reflection1, counts.reflection2, counts.reflection3),
        )
    shown: CoordinatorWeek = week_for_coordinator(week, min_base)
    return RoundRow(
        round_id=rnd.id,
        scheduled_for=rnd.scheduled_for,
        status=rnd.status,
        source=rnd.source,
        invited=shown.invited,
        answered=shown.answered,
        response_rate=shown.response_rate,
        moods=shown.moods,
        mood_mean=shown.mood_mean,
        reflections=shown.reflections,
    )


# -- helpers: meetings and the moderation log -------------------------------------------


async def _meetings(
    session: AsyncSession, group_id: int, as_of: datetime, access: GroupAccess, min_base: int
) -> tuple[tuple[MeetingRow, ...], tuple[MeetingRow, ...]]:
    """The last meetings that started before `as_of` (newest first), and the next planned
    ones (soonest first), each upcoming one with how many parents have not answered yet."""
    columns = (Meeting.id, Meeting.starts_at, Meeting.status, Meeting.theme)
    past = (
        await session.execute(
            select(*columns)
            .where(Meeting.group_id == group_id, Meeting.starts_at < as_of)
            .order_by(Meeting.starts_at.desc())
            .limit(LAST_MEETINGS)
        )
    ).all()
    upcoming = (
        await session.execute(
            select(*columns)
            .where(
                Meeting.group_id == group_id,
                Meeting.starts_at >= as_of,
                Meeting.status == MeetingStatus.PLANNED,
            )
            .order_by(Meeting.starts_at)
            .limit(NEXT_MEETINGS)
        )
    ).all()
    meeting_ids = [m.id for m in (*past, *upcoming)]
    answers: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for meeting_id, answer, n in await session.execute(
        select(Attendance.meeting_id, Attendance.answer, func.count())
        .where(Attendance.meeting_id.in_(meeting_ids), Attendance.answer.is_not(None))
        .group_by(Attendance.meeting_id, Attendance.answer)
    ):
        answers[meeting_id][answer or ""] = n
    coming: dict[int, list[str | None]] = defaultdict(list)
    if access >= GroupAccess.FULL and meeting_ids:
        for meeting_id, name in await session.execute(
            select(Attendance.meeting_id, Member.display_name)
            .join(Member, Member.id == Attendance.member_id)
            .where(Attendance.meeting_id.in_(meeting_ids), Attendance.answer == "yes")
            .order_by(Attendance.meeting_id, Member.display_name, Member.id)
        ):
            coming[meeting_id].append(name)

    # Every parent expected, not only those a reminder has reached yet.
    parents = (
        select(Membership.member_id)
        .join(Member, Member.id == Membership.member_id)
        .where(
            Membership.group_id == group_id,
            Membership.role == Role.PARENT,
            Membership.active.is_(True),
            Member.consent_given_at.is_not(None),
        )
    )
    size = await session.scalar(select(func.count()).select_from(parents.subquery())) or 0
    waiting: dict[int, int] = {}
    for m in upcoming:
        answered = select(Attendance.member_id).where(
            Attendance.meeting_id == m.id, Attendance.answer.is_not(None)
        )
        waiting[m.id] = (
            await session.scalar(
                select(func.count()).select_from(
                    parents.where(Membership.member_id.not_in(answered)).subquery()
                )
            )
            or 0
        )

    def row(m: Any) -> MeetingRow:
        counts = answers.get(m.id, {})
        yes, no, maybe = counts.get("yes", 0), counts.get("no", 0), counts.get("maybe", 0)
        base = yes + no + maybe
        return MeetingRow(
            meeting_id=m.id,
            starts_at=m.starts_at,
            status=m.status,
            theme=m.theme,
            yes=small_count(yes, base, min_base),
            no=small_count(no, base, min_base),
            maybe=small_count(maybe, base, min_base),
            coming=tuple(coming.get(m.id, ())),
            waiting=small_count(waiting.get(m.id, 0), size, min_base),
        )

    return tuple(row(m) for m in past), tuple(row(m) for m in upcoming)


async def _log(session: AsyncSession, group_id: int) -> tuple[ModerationRow, ...]:
    """The last lines of the group's moderation audit log, newest first."""
    m = ModerationAction
    rows = (
        await session.execute(
            select(m.id, m.created_at, m.action, m.reason, m.target_name, m.undone_at)
            .where(m.group_id == group_id)
            .order_by(m.created_at.desc(), m.id.desc())
            .limit(LAST_ACTIONS)
        )
    ).all()
    return tuple(
        ModerationRow(
            r.id, r.created_at, r.action, r.reason, r.target_name, r.undone_at is not None
        )
        for r in rows
    )


async def _action_counts(
    session: AsyncSession,
    group_id: int,
    since: datetime,
    as_of: datetime,
    parents: int,
    min_base: int,
) -> tuple[ActionCount, ...]:
    """Moderation actions per action in `[since, as_of)`; hidden in a group under 5 parents."""
    m = ModerationAction
    rows = (
        await session.execute(
            select(m.action, func.count())
            .where(m.group_id == group_id, m.created_at >= since, m.created_at < as_of)
            .group_by(m.action)
            .order_by(m.action)
        )
    ).all()
    return tuple(ActionCount(action, small_count(n, parents, min_base)) for action, n in rows)


# -- helpers: the export ---------------------------------------------------------------


def _cell(value: int | float | Hidden | None) -> str:
    if value is HIDDEN:
        return HIDDEN_TEXT
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _export_row(group_id: int, name: str, week: CoordinatorWeek) -> dict[str, str]:
    values: list[int | float | Hidden | None] = [
        week.rounds,
        week.invited,
        week.answered,
        week.response_rate,
        *week.moods,
        week.mood_mean,
        *week.reflections,
        week.contacts_opened,
        week.contacts_handled,
        week.meetings,
        week.attendance_yes,
        week.attendance_no,
        week.attendance_maybe,
        week.moderation_actions,
    ]
    row = {
        "group_id": str(group_id),
        "group_name": name,
        "week_start": week.start.isoformat(timespec="minutes"),
        "week_end": week.end.isoformat(timespec="minutes"),
    }
    row.update(zip(EXPORT_COLUMNS[4:], (_cell(v) for v in values), strict=True))
    return row
