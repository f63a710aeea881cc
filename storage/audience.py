"""Who a message goes to: the people of a group as senders of reminders, rounds,
broadcasts, meetings and impact questions see them, and how many prompts each had.

Shared by every storage module that enqueues messages to parents (they used to reach
into `storage.checkins` for its private helpers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.delivery_policy import MemberPrefs
from storage.models import Member, Membership, OutboxMessage, OutboxStatus, Role

Payload = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Person:
    """Someone a round message goes to (a parent, or a member of staff)."""

    member_id: int
    telegram_user_id: int
    locale: str | None
    name: str | None
    role: Role = Role.PARENT


def prefs_of(member: Member) -> MemberPrefs:
    """A member's delivery preferences (pause, quiet hours) as the policy reads them."""
    return MemberPrefs(
        paused_until=member.paused_until,
        paused_indefinitely=member.paused_indefinitely,
        quiet_start_min=member.quiet_start_min,
        quiet_end_min=member.quiet_end_min,
    )


def person_of(member: Member, role: Role) -> Person:
    """A member as someone a message goes to."""
    return Person(member.id, member.telegram_user_id, member.locale, member.display_name, role)


async def active_parents(
    session: AsyncSession, group_ids: list[int]
) -> dict[int, list[tuple[Person, MemberPrefs]]]:
    """Active, consenting, reachable parents of each group."""
    found: dict[int, list[tuple[Person, MemberPrefs]]] = {}
    for start in range(0, len(group_ids), 500):
        rows = await session.execute(
            select(Membership.group_id, Member)
            .join(Member, Member.id == Membership.member_id)
            .where(
                Membership.group_id.in_(group_ids[start : start + 500]),
                Membership.role == Role.PARENT,
                Membership.active.is_(True),
                Member.consent_given_at.is_not(None),
                Member.reachable.is_(True),
            )
            .order_by(Member.id)
        )
        for group_id, member in rows.all():
            entry = (person_of(member, Role.PARENT), prefs_of(member))
            found.setdefault(group_id or 0, []).append(entry)
    return found


async def prompts_this_week(
    session: AsyncSession, member_ids: list[int], now: datetime
) -> dict[int, int]:
    """How many prompts each member was sent (or will be) in the last seven days.

    The week ends half an hour early, so last week's prompt from the same weekly slot never
    counts against this week's because of a few seconds of scheduler jitter.
    """
    counts: dict[int, int] = {}
    since = now - timedelta(days=7) + timedelta(minutes=30)
    for start in range(0, len(member_ids), 500):
        rows = await session.execute(
            select(OutboxMessage.member_id, func.count())
            .where(
                OutboxMessage.member_id.in_(member_ids[start : start + 500]),
                OutboxMessage.prompt.is_(True),
                OutboxMessage.created_at > since,
                OutboxMessage.status.in_(
                    [OutboxStatus.PENDING, OutboxStatus.SENDING, OutboxStatus.SENT]
                ),
            )
            .group_by(OutboxMessage.member_id)
        )
        counts.update({m: int(n) for m, n in rows.all() if m is not None})
    return counts
