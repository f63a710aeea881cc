"""The naive digest reference: `DigestService.group_weeks` computed in Python.

For tests and bench/digest.py only, which cross-check the SQL against it: it loads every
row of a group's history and must never be used by the bot, so it does not ship.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.digest_stats import GroupFigures, MemberCounts
from storage.digests import week_figures, week_starts
from storage.models import (
    Attendance,
    CheckinResponse,
    CheckinRound,
    ContactRequest,
    ContactStatus,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    ModerationAction,
    Role,
    RoundStatus,
)
from storage.types import utcnow


async def group_weeks_naive(
    sessions: async_sessionmaker[AsyncSession],
    group_id: int,
    weeks: int = 8,
    until: datetime | None = None,
) -> GroupFigures:
    """`DigestService.group_weeks` computed by loading every row into Python.

    NOT for the bot: it reads all of a group's history. It shares no query code with the
    real one on purpose, so the tests cross-check the SQL.
    """
    as_of = until or utcnow()
    starts = week_starts(as_of, weeks)
    counters: list[dict[str, int]] = [defaultdict(int) for _ in starts]

    def bucket(moment: datetime | None) -> dict[str, int] | None:
        if moment is None or moment < starts[0] or moment >= as_of:
            return None
        return counters[bisect_right(starts, moment) - 1]

    async with sessions() as session:
        rounds = (
            await session.scalars(select(CheckinRound).where(CheckinRound.group_id == group_id))
        ).all()
        round_ids = {r.id: r for r in rounds if r.status is not RoundStatus.SKIPPED}
        responses = (await session.scalars(select(CheckinResponse))).all()
        contacts = (
            await session.scalars(select(ContactRequest).where(ContactRequest.group_id == group_id))
        ).all()
        meetings = (
            await session.scalars(select(Meeting).where(Meeting.group_id == group_id))
        ).all()
        attendance = (await session.scalars(select(Attendance))).all()
        actions = (
            await session.scalars(
                select(ModerationAction).where(ModerationAction.group_id == group_id)
            )
        ).all()
        memberships = (
            await session.execute(
                select(Membership, Member)
                .join(Member, Member.id == Membership.member_id)
                .where(Membership.group_id == group_id)
            )
        ).all()

    for r in round_ids.values():
        if (c := bucket(r.scheduled_for)) is not None:
            c["rounds"] += 1
    people: list[set[int]] = [set() for _ in starts]
    for resp in responses:
        rnd = round_ids.get(resp.round_id)
        if rnd is None or (c := bucket(rnd.scheduled_for)) is None:
            continue
        c["invited"] += 1
        if resp.member_id is not None:
            people[bisect_right(starts, rnd.scheduled_for) - 1].add(resp.member_id)
        c["answered"] += resp.answered_at is not None
        if resp.mood in (1, 2, 3, 4, 5):
            c[f"mood{resp.mood}"] += 1
        if resp.reflection in (1, 2, 3):
            c[f"reflection{resp.reflection}"] += 1
    for counter, invited in zip(counters, people, strict=True):
        counter["people"] = len(invited)
    waiting = [
        req.created_at
        for req in contacts
        if req.status is ContactStatus.OPEN and req.created_at < as_of
    ]
    for req in contacts:
        if (c := bucket(req.created_at)) is not None:
            c["contacts_opened"] += 1
        if req.status is ContactStatus.HANDLED and (c := bucket(req.handled_at)) is not None:
            c["contacts_handled"] += 1
    held: dict[int, dict[str, int]] = {}
    for meeting in meetings:
        c = bucket(meeting.starts_at)
        if meeting.status is MeetingStatus.PLANNED and c is not None:
            held[meeting.id] = c
            c["meetings"] += 1
    for att in attendance:
        if att.meeting_id in held and att.answer in ("yes", "no", "maybe"):
            held[att.meeting_id][f"attendance_{att.answer}"] += 1
    for action in actions:
        if (c := bucket(action.created_at)) is not None:
            c["moderation_actions"] += 1

    active = paused = unreachable = 0
    for membership, member in memberships:
        if membership.role is not Role.PARENT or not membership.active:
            continue
        if not member.reachable:
            unreachable += 1
        elif member.paused_indefinitely or (
            member.paused_until is not None and member.paused_until > as_of
        ):
            paused += 1
        else:
            active += 1

    return GroupFigures(
        group_id=group_id,
        as_of=as_of,
        members=MemberCounts(active, paused, unreachable),
        weeks=tuple(week_figures(starts, i, as_of, dict(c)) for i, c in enumerate(counters)),
        contacts_waiting=len(waiting),
        oldest_waiting_since=min(waiting, default=None),
    )
