"""When weekly digests are due, who receives them, and sending each one exactly once.

Each organisation chooses a weekday and a time in its time zone (`/digest`). The
scheduler's sweep asks `due()` for organisations whose latest slot has passed without a
`digest_runs` row; the caller builds the messages (figures, texts, charts) outside any
transaction and hands them to `commit()`, which inserts the run row (unique on
organisation and slot) and the outbox rows in one transaction. A second sweep, a second
replica or a restart therefore never sends the same week twice; a slot missed for longer
than `CATCH_UP` (Kring was down for a day) is skipped rather than sent late.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.community import CommunityService, NotAllowed
from storage.db import insert_ignoring_conflicts
from storage.models import (
    ContactRequest,
    ContactStatus,
    DigestRun,
    Group,
    Member,
    Membership,
    Organisation,
    Role,
)
from storage.outbox import enqueue_rows
from storage.types import utcnow

CATCH_UP = timedelta(hours=12)
DIGEST_HOURS = tuple(range(7, 21))  # the times a coordinator can choose, local

Clock = Callable[[], datetime]


@dataclass(frozen=True, slots=True)
class DigestSchedule:
    """An organisation's digest settings."""

    organisation_id: int
    name: str
    enabled: bool
    weekday: int  # 0 = Monday
    minute: int  # minutes after local midnight
    timezone: str


@dataclass(frozen=True, slots=True)
class Recipient:
    """A staff member who gets a digest."""

    member_id: int
    telegram_user_id: int
    locale: str | None


@dataclass(frozen=True, slots=True)
class Audience:
    """Who gets an organisation's digest: coordinators, and facilitators by group."""

    coordinators: tuple[Recipient, ...]
    facilitators: dict[Recipient, tuple[int, ...]]  # a facilitator -> their group ids here
    group_names: dict[int, str]  # every group of the organisation


def latest_slot(schedule: DigestSchedule, now: datetime) -> datetime:
    """The most recent moment (UTC) at or before `now` that matches the schedule.

    Computed in local time, so 09:00 stays 09:00 across daylight-saving changes.
    """
    zone = ZoneInfo(schedule.timezone)
    local_now = now.astimezone(zone)
    day = local_now.date() - timedelta(days=(local_now.weekday() - schedule.weekday) % 7)
    at = time(*divmod(schedule.minute, 60))
    candidate = datetime.combine(day, at, tzinfo=zone)
    if candidate > now:
        candidate = datetime.combine(day - timedelta(days=7), at, tzinfo=zone)
    return candidate.astimezone(UTC)


def _schedule(org: Organisation) -> DigestSchedule:
    return DigestSchedule(
        org.id, org.name, org.digest_enabled, org.digest_weekday, org.digest_minute, org.timezone
    )


class DigestDelivery:
    """Digest schedules, audiences and once-only commits."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        community: CommunityService,
        clock: Clock = utcnow,
    ) -> None:
        self._sessions = sessions
        self._community = community
        self._clock = clock

    async def schedule(self, organisation_id: int) -> DigestSchedule | None:
        async with self._sessions() as session:
            org = await session.get(Organisation, organisation_id)
            return _schedule(org) if org else None

    async def coordinated(self, telegram_user_id: int) -> list[DigestSchedule]:
        """The organisations a person coordinates (their digest settings)."""
        ids = [
            r.organisation_id
            for r in await self._community.roles(telegram_user_id)
            if r.role is Role.COORDINATOR
        ]
        if not ids:
            return []
        async with self._sessions() as session:
            orgs = await session.scalars(
                select(Organisation).where(Organisation.id.in_(ids)).order_by(Organisation.id)
            )
            return [_schedule(o) for o in orgs]

    async def change(
        self, actor_telegram_id: int, organisation_id: int, **changes: Any
    ) -> DigestSchedule:
        """Change enabled / weekday / minute; only the organisation's coordinators may."""
        if not any(
            s.organisation_id == organisation_id for s in await self.coordinated(actor_telegram_id)
        ):
            raise NotAllowed("only the organisation's coordinators change its digest")
        allowed = {
            "enabled": "digest_enabled",
            "weekday": "digest_weekday",
            "minute": "digest_minute",
        }
        values = {allowed[k]: v for k, v in changes.items() if k in allowed}
        if "digest_weekday" in values and not 0 <= values["digest_weekday"] <= 6:
            raise ValueError("weekday must be 0..6")
        if "digest_minute" in values and not 0 <= values["digest_minute"] < 24 * 60:
            raise ValueError("minute must be within the day")
        async with self._sessions.begin() as session:
            if values:
                await session.execute(
                    update(Organisation).where(Organisation.id == organisation_id).values(**values)
                )
            org = await session.get(Organisation, organisation_id)
            assert org is not None
            return _schedule(org)

    async def due(self, now: datetime | None = None) -> list[tuple[DigestSchedule, datetime]]:
        """Organisations whose digest slot has passed (within `CATCH_UP`) and not been sent."""
        now = now or self._clock()
        async with self._sessions() as session:
            orgs = (
                await session.scalars(select(Organisation).where(Organisation.digest_enabled))
            ).all()
            wanted = [(s, latest_slot(s, now)) for s in map(_schedule, orgs)]
            wanted = [(s, slot) for s, slot in wanted if now - slot <= CATCH_UP]
            if not wanted:
                return []
            sent = set(
                (
                    await session.execute(
                        select(DigestRun.organisation_id, DigestRun.due_at).where(
                            DigestRun.organisation_id.in_([s.organisation_id for s, _ in wanted]),
                            DigestRun.due_at >= now - CATCH_UP,
                        )
                    )
                ).all()
            )
        return [(s, slot) for s, slot in wanted if (s.organisation_id, slot) not in sent]

    async def audience(self, organisation_id: int) -> Audience:
        """Reachable coordinators of the organisation and facilitators of its groups."""
        async with self._sessions() as session:
            groups = dict(
                (
                    await session.execute(
                        select(Group.id, Group.name)
                        .where(Group.organisation_id == organisation_id)
                        .order_by(Group.name, Group.id)
                    )
                ).all()
            )
            staff = (
                await session.execute(
                    select(
                        Member.id,
                        Member.telegram_user_id,
                        Member.locale,
                        Membership.role,
                        Membership.group_id,
                    )
                    .join(Membership, Membership.member_id == Member.id)
                    .where(
                        Member.reachable.is_(True),
                        Membership.active.is_(True),
                        (
                            (Membership.role == Role.COORDINATOR)
                            & (Membership.organisation_id == organisation_id)
                        )
                        | (
                            (Membership.role == Role.FACILITATOR)
                            & Membership.group_id.in_(list(groups) or [-1])
                        ),
                    )
                    .order_by(Member.id, Membership.group_id)
                )
            ).all()
        coordinators: dict[int, Recipient] = {}
        facilitators: dict[Recipient, list[int]] = defaultdict(list)
        for member_id, telegram_id, locale, role, group_id in staff:
            person = Recipient(member_id, telegram_id, locale)
            if role is Role.COORDINATOR:
                coordinators[member_id] = person
            elif group_id is not None:
                facilitators[person].append(group_id)
        return Audience(
            tuple(coordinators.values()),
            {p: tuple(ids) for p, ids in facilitators.items()},
            groups,
        )

    async def waiting_contacts(self, group_ids: Sequence[int]) -> dict[int, list[str]]:
        """Names of parents whose contact requests wait, per group (facilitators only)."""
        if not group_ids:
            return {}
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    select(ContactRequest.group_id, Member.display_name)
                    .join(Member, Member.id == ContactRequest.member_id)
                    .where(
                        ContactRequest.group_id.in_(group_ids),
                        ContactRequest.status == ContactStatus.OPEN,
                    )
                    .order_by(ContactRequest.created_at)
                )
            ).all()
        found: dict[int, list[str]] = defaultdict(list)
        for group_id, name in rows:
            found[group_id].append(name or "?")
        return dict(found)

    async def commit(
        self, organisation_id: int, due_at: datetime, rows: list[dict[str, Any]]
    ) -> bool:
        """Record the week's digest and enqueue its messages, once; False if already sent."""
        now = self._clock()
        recipients = len({r["chat_id"] for r in rows})
        async with self._sessions.begin() as session:
            result = await session.execute(
                insert_ignoring_conflicts(session, DigestRun, "organisation_id", "due_at")
                .values(
                    organisation_id=organisation_id,
                    due_at=due_at,
                    sent_at=now,
                    recipients=recipients,
                )
                .returning(DigestRun.id)
            )
            if result.scalar_one_or_none() is None:
                return False
            if rows:
                await enqueue_rows(session, rows)
        return True
