"""Digest figures per group and per organisation, counted in the database.

Every figure comes from an aggregate query (GROUP BY with conditional counts): no answer
row is ever loaded into Python, so building a digest costs the same after three years of
weekly rounds as after three weeks. A call runs seven small queries whatever the number
of groups, each on an index that exists already:

- rounds by `uq_checkin_round_group_time` (group_id, scheduled_for), their responses by
  `uq_checkin_response_round_member` (round_id, ...);
- meetings by `uq_meeting_group_start` (group_id, starts_at), attendance by
  `uq_attendance_meeting_member` (meeting_id, ...);
- moderation actions by `ix_moderation_actions_group_time` (group_id, created_at);
- contact requests by `ix_contact_requests_group_id` (few rows per group);
- parents by `ix_memberships_group_id`; an organisation's groups by
  `ix_groups_organisation_id`.

Weeks are the `weeks` windows of seven days that end at `until` (default: the clock):
the newest week is the last seven days, so a digest sent at any hour covers whole days.
A row's week is found in SQL with a CASE over the window starts (the same SQL on SQLite
and PostgreSQL, no date functions).

The naive reference the tests and bench/digest.py cross-check this against (it loads
rows into Python) lives in `tests/digest_reference.py`, outside the shipped packages.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, and_, case, func, literal_column, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.digest_stats import (
    GroupFigures,
    MemberCounts,
    OrganisationFigures,
    WeekFigures,
    total_of,
)
from storage.models import (
    Attendance,
    CheckinResponse,
    CheckinRound,
    ContactRequest,
    ContactStatus,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    ModerationAction,
    Role,
    RoundStatus,
)
from storage.types import utcnow

Clock = Callable[[], datetime]
WEEK = timedelta(days=7)
ONE: ColumnElement[int] = literal_column("1", Integer)


def week_starts(until: datetime, weeks: int) -> list[datetime]:
    """The starts of the `weeks` seven-day windows ending at `until`, oldest first."""
    if weeks < 1:
        raise ValueError("weeks must be at least 1")
    return [until - (weeks - i) * WEEK for i in range(weeks)]


def week_of(column: Any, starts: Sequence[datetime]) -> ColumnElement[int]:
    """The index (0 = oldest) of the window a time falls in; rows must be filtered to
    `starts[0] <= column < until` by the caller."""
    whens: list[tuple[ColumnElement[bool], ColumnElement[int]]] = [
        (column < start, literal_column(str(i - 1), Integer))
        for i, start in enumerate(starts[1:], 1)
    ]
    if not whens:
        return literal_column("0", Integer)
    return case(*whens, else_=literal_column(str(len(starts) - 1), Integer))


def round_answers(
    ids: Any, starts: Sequence[datetime], as_of: datetime, *where: ColumnElement[bool]
) -> Any:
    """Every invitation of the groups `ids` to rounds held in `[starts[0], as_of)`, one row
    each (a round nobody was invited to gives one row of NULLs), with the round's window
    index as `bucket`: the input of every check-in aggregate (digests, dashboard)."""
    return (
        select(
            CheckinRound.group_id.label("group_id"),
            CheckinRound.source.label("source"),
            week_of(CheckinRound.scheduled_for, starts).label("bucket"),
            CheckinRound.id.label("round_id"),
            CheckinResponse.id.label("response_id"),
            CheckinResponse.member_id.label("member_id"),
            CheckinResponse.mood.label("mood"),
            CheckinResponse.reflection.label("reflection"),
            CheckinResponse.answered_at.label("answered_at"),
        )
        .select_from(CheckinRound)
        .outerjoin(CheckinResponse, CheckinResponse.round_id == CheckinRound.id)
        .where(
            CheckinRound.group_id.in_(ids),
            CheckinRound.status != RoundStatus.SKIPPED,
            CheckinRound.scheduled_for >= starts[0],
            CheckinRound.scheduled_for < as_of,
            *where,
        )
        .subquery()
    )


class DigestService:
    """Figures for the weekly digests and the dashboard; read-only."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession], clock: Clock = utcnow) -> None:
        self._sessions = sessions
        self._clock = clock

    async def group_weeks(
        self, group_id: int, weeks: int = 8, until: datetime | None = None
    ) -> GroupFigures:
        """One group's last `weeks` weeks (oldest first) and its state now.

        An unknown group gives empty figures.
        """
        as_of = until or self._clock()
        starts = week_starts(as_of, weeks)
        ids = select(Group.id).where(Group.id == group_id).scalar_subquery()
        async with self._sessions() as session:
            figures = await collect_figures(session, [group_id], ids, starts, as_of)
        return figures[group_id]

    async def organisation_weeks(
        self, organisation_id: int, weeks: int = 8, until: datetime | None = None
    ) -> OrganisationFigures:
        """Every group of an organisation (by id), and their totals (group_id 0)."""
        as_of = until or self._clock()
        starts = week_starts(as_of, weeks)
        ids_query = select(Group.id).where(Group.organisation_id == organisation_id)
        async with self._sessions() as session:
            group_ids = sorted((await session.scalars(ids_query)).all())
            figures = await collect_figures(
                session, group_ids, ids_query.scalar_subquery(), starts, as_of
            )
        groups = tuple(figures[g] for g in group_ids)
        return OrganisationFigures(
            organisation_id=organisation_id,
            as_of=as_of,
            groups=groups,
            total=total_of(groups, as_of, starts),
        )


async def collect_figures(
    session: AsyncSession,
    group_ids: Sequence[int],
    ids: Any,
    starts: Sequence[datetime],
    as_of: datetime,
) -> dict[int, GroupFigures]:
    """Run the aggregate queries for the groups `ids` (a subquery) and assemble them."""
    first = starts[0]
    weeks: dict[tuple[int, int], dict[str, Any]] = defaultdict(dict)

    def put(rows: Sequence[Any]) -> None:
        for row in rows:
            values = row._asdict()
            weeks[(values.pop("group_id"), values.pop("week"))].update(values)

    # Check-in rounds and answers, by the round's scheduled time.
    answers = round_answers(ids, starts, as_of)
    a = answers.c
    put(
        (
            await session.execute(
                select(
                    a.group_id,
                    a.bucket.label("week"),
                    func.count(a.round_id.distinct()).label("rounds"),
                    func.count(a.response_id).label("invited"),
                    func.count(a.member_id.distinct()).label("people"),
                    func.count(a.answered_at).label("answered"),
                    *(func.count(case((a.mood == v, ONE))).label(f"mood{v}") for v in range(1, 6)),
                    *(
                        func.count(case((a.reflection == v, ONE))).label(f"reflection{v}")
                        for v in range(1, 4)
                    ),
                ).group_by(a.group_id, a.bucket)
            )
        ).all()
    )

    # Contact requests: opened by when they were asked, handled by when they were handled.
    put(
        await _counts(
            session,
            ContactRequest,
            ContactRequest.created_at,
            ids,
            starts,
            as_of,
            "contacts_opened",
        )
    )
    put(
        await _counts(
            session,
            ContactRequest,
            ContactRequest.handled_at,
            ids,
            starts,
            as_of,
            "contacts_handled",
            ContactRequest.status == ContactStatus.HANDLED,
        )
    )

    # Meetings held and the answers to their attendance question, by the meeting's start.
    meeting_rows = (
        select(
            Meeting.group_id.label("group_id"),
            week_of(Meeting.starts_at, starts).label("week"),
            Meeting.id.label("meeting_id"),
            Attendance.answer.label("answer"),
        )
        .select_from(Meeting)
        .outerjoin(Attendance, Attendance.meeting_id == Meeting.id)
        .where(
            Meeting.group_id.in_(ids),
            Meeting.status == MeetingStatus.PLANNED,
            Meeting.starts_at >= first,
            Meeting.starts_at < as_of,
        )
        .subquery()
    )
    m = meeting_rows.c
    put(
        (
            await session.execute(
                select(
                    m.group_id,
                    m.week,
                    func.count(m.meeting_id.distinct()).label("meetings"),
                    func.count(case((m.answer == "yes", ONE))).label("attendance_yes"),
                    func.count(case((m.answer == "no", ONE))).label("attendance_no"),
                    func.count(case((m.answer == "maybe", ONE))).label("attendance_maybe"),
                ).group_by(m.group_id, m.week)
            )
        ).all()
    )

    # Moderation: every row of the audit log, by when it happened.
    put(
        await _counts(
            session,
            ModerationAction,
            ModerationAction.created_at,
            ids,
            starts,
            as_of,
            "moderation_actions",
        )
    )

    # Now: the parents' state, and the contact requests still waiting.
    # NULL-safe on purpose: `NOT (paused_until > now)` is NULL, not true, when it is NULL.
    paused = or_(
        Member.paused_indefinitely.is_(True),
        and_(Member.paused_until.is_not(None), Member.paused_until > as_of),
    )
    unreachable = Member.reachable.is_(False)
    members = {
        row.group_id: MemberCounts(row.active, row.paused, row.unreachable)
        for row in (
            await session.execute(
                select(
                    Membership.group_id,
                    func.count(case((unreachable, ONE))).label("unreachable"),
                    func.count(case((and_(~unreachable, paused), ONE))).label("paused"),
                    func.count(case((and_(~unreachable, ~paused), ONE))).label("active"),
                )
                .join(Member, Member.id == Membership.member_id)
                .where(
                    Membership.group_id.in_(ids),
                    Membership.role == Role.PARENT,
                    Membership.active.is_(True),
                )
                .group_by(Membership.group_id)
            )
        ).all()
    }
    waiting = {
        row.group_id: (row.n, row.oldest)
        for row in (
            await session.execute(
                select(
                    ContactRequest.group_id,
                    func.count().label("n"),
                    func.min(ContactRequest.created_at).label("oldest"),
                )
                .where(
                    ContactRequest.group_id.in_(ids),
                    ContactRequest.status == ContactStatus.OPEN,
                    ContactRequest.created_at < as_of,
                )
                .group_by(ContactRequest.group_id)
            )
        ).all()
    }

    result: dict[int, GroupFigures] = {}
    for group_id in group_ids:
        n, oldest = waiting.get(group_id, (0, None))
        result[group_id] = GroupFigures(
            group_id=group_id,
            as_of=as_of,
            members=members.get(group_id, MemberCounts()),
            weeks=tuple(
                week_figures(starts, i, as_of, weeks.get((group_id, i), {}))
                for i in range(len(starts))
            ),
            contacts_waiting=n,
            oldest_waiting_since=oldest,
        )
    return result


async def _counts(
    session: AsyncSession,
    table: Any,
    column: Any,
    ids: Any,
    starts: Sequence[datetime],
    as_of: datetime,
    label: str,
    *where: ColumnElement[bool],
) -> Sequence[Any]:
    """How many rows of `table` fall in each week (by `column`), per group."""
    rows = (
        select(table.group_id.label("group_id"), week_of(column, starts).label("week"))
        .where(table.group_id.in_(ids), column >= starts[0], column < as_of, *where)
        .subquery()
    )
    query: Select[Any] = select(rows.c.group_id, rows.c.week, func.count().label(label)).group_by(
        rows.c.group_id, rows.c.week
    )
    return (await session.execute(query)).all()


def week_figures(
    starts: Sequence[datetime], index: int, as_of: datetime, values: dict[str, Any]
) -> WeekFigures:
    """Week `index` of the windows at `starts`, from counts by name (missing ones are 0)."""
    end = starts[index + 1] if index + 1 < len(starts) else as_of
    get = values.get
    return WeekFigures(
        start=starts[index],
        end=end,
        rounds=get("rounds", 0),
        invited=get("invited", 0),
        answered=get("answered", 0),
        moods=(get("mood1", 0), get("mood2", 0), get("mood3", 0), get("mood4", 0), get("mood5", 0)),
        reflections=(get("reflection1", 0), get("reflection2", 0), get("reflection3", 0)),
        contacts_opened=get("contacts_opened", 0),
        contacts_handled=get("contacts_handled", 0),
        meetings=get("meetings", 0),
        attendance_yes=get("attendance_yes", 0),
        attendance_no=get("attendance_no", 0),
        attendance_maybe=get("attendance_maybe", 0),
        moderation_actions=get("moderation_actions", 0),
        people=get("people", 0),
    )
