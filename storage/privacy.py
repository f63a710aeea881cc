"""What a member controls: pausing, seeing (/mydata) and erasing (/forget) their data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.members import MemberCache
from storage.models import (
    CheckinNote,
    CheckinResponse,
    ContactRequest,
    Departure,
    Dialog,
    FollowUpConsent,
    Group,
    ImpactMoment,
    ImpactNote,
    ImpactParticipant,
    MeetingReflection,
    Member,
    Membership,
    ModerationAction,
    OutboxMessage,
    Trajectory,
)
from storage.types import utcnow


@dataclass(frozen=True, slots=True)
class ForgetResult:
    """Which groups a forgotten member left (to tell their facilitators), by id and name."""

    groups: list[tuple[int, str]]


class PrivacyService:
    """Pause, export and erase; each method owns its transaction."""

    def __init__(
        self, sessions: async_sessionmaker[AsyncSession], member_cache: MemberCache | None = None
    ) -> None:
        self._sessions = sessions
        self._cache = member_cache

    async def pause(self, telegram_user_id: int, until: datetime | None) -> bool:
        """Hold every non-urgent message until `until`, or until /resume when None."""
        return await self._set_pause(telegram_user_id, until, indefinitely=until is None)

    async def resume(self, telegram_user_id: int) -> bool:
        """End a pause."""
        return await self._set_pause(telegram_user_id, None, indefinitely=False)

    async def _set_pause(
        self, telegram_user_id: int, until: datetime | None, *, indefinitely: bool
    ) -> bool:
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Member)
                .where(Member.telegram_user_id == telegram_user_id)
                .values(paused_until=until, paused_indefinitely=indefinitely, updated_at=utcnow())
            )
        if self._cache is not None:
            self._cache.forget(telegram_user_id)
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def set_quiet_hours(self, telegram_user_id: int, start_min: int, end_min: int) -> bool:
        """Set the member's quiet hours (minutes after midnight; equal values mean none)."""
        if not (0 <= start_min < 1440 and 0 <= end_min < 1440):
            raise ValueError("quiet hours are minutes after midnight")
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Member)
                .where(Member.telegram_user_id == telegram_user_id)
                .values(quiet_start_min=start_min, quiet_end_min=end_min, updated_at=utcnow())
            )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    async def export(self, telegram_user_id: int) -> dict[str, Any] | None:
        """Everything stored about a member, as plain JSON-ready values."""
        async with self._sessions() as session:
            member = await session.scalar(
                select(Member).where(Member.telegram_user_id == telegram_user_id)
            )
            if member is None:
                return None
            rows = await session.execute(
                select(Membership, Group)
                .outerjoin(Group, Group.id == Membership.group_id)
                .where(Membership.member_id == member.id)
                .order_by(Membership.id)
            )
            memberships = [
                {
                    "role": m.role.value,
                    "group": g.name if g else None,
                    "organisation_id": m.organisation_id,
                    "active": m.active,
                    "since": m.created_at.isoformat(),
                }
                for m, g in rows.all()
            ]
            consents = await session.execute(
                select(Group.name, FollowUpConsent.agreed, FollowUpConsent.answered_at)
                .join(Trajectory, Trajectory.id == FollowUpConsent.trajectory_id)
                .join(Group, Group.id == Trajectory.group_id)
                .where(FollowUpConsent.member_id == member.id)
                .order_by(FollowUpConsent.answered_at)
            )
            follow_up = [
                {"group": name, "agreed": agreed, "answered_at": _iso(answered_at)}
                for name, agreed, answered_at in consents.all()
            ]
            pending = await session.scalar(
                select(OutboxMessage.id).where(OutboxMessage.chat_id == telegram_user_id).limit(1)
            )
        return {
            "telegram_user_id": member.telegram_user_id,
            "name": member.display_name,
            "language": member.locale,
            "consent_given_at": _iso(member.consent_given_at),
            "consent_version": member.consent_version,
            "reachable": member.reachable,
            "paused_until": _iso(member.paused_until),
            "paused_until_resume": member.paused_indefinitely,
            "quiet_hours": [member.quiet_start_min, member.quiet_end_min],  # equal: none
            "memberships": memberships,
            "impact_follow_up": follow_up,
            "messages_queued_or_sent_to_you": pending is not None,
            "created_at": _iso(member.created_at),
        }

    async def forget(self, telegram_user_id: int) -> ForgetResult:
        """Erase a member everywhere at once; keep only anonymous departure counts.

        Removes the member row (memberships cascade), every outbox row addressed to them
        (message texts can contain their name) and their link to invites they created.
        Cannot be undone.
        """
        today = utcnow().replace(hour=0, minute=0, second=0, microsecond=0)
        async with self._sessions.begin() as session:
            member = await session.scalar(
                select(Member).where(Member.telegram_user_id == telegram_user_id)
            )
            if member is None:
                return ForgetResult([])
            rows = await session.execute(
                select(Membership.role, Group.id, Group.name)
                .join(Group, Group.id == Membership.group_id)
                .where(Membership.member_id == member.id)
            )
            groups = []
            for role, group_id, name in rows.all():
                session.add(Departure(group_id=group_id, role=role, reason="forget", left_on=today))
                groups.append((group_id, name))
            await session.execute(
                delete(OutboxMessage).where(
                    or_(
                        OutboxMessage.chat_id == telegram_user_id,
                        OutboxMessage.member_id == member.id,
                    )
                )
            )
            # Their words and voice notes go; their one-tap numbers stay, without a name.
            answered = select(CheckinResponse.id).where(CheckinResponse.member_id == member.id)
            await session.execute(delete(CheckinNote).where(CheckinNote.response_id.in_(answered)))
            await session.execute(
                update(MeetingReflection)
                .where(MeetingReflection.member_id == member.id)
                .values(note=None, voice=None)
            )
            # Contact alerts to facilitators name them: unsent or kept ones go too.
            requests = (
                await session.scalars(
                    select(ContactRequest.id).where(ContactRequest.member_id == member.id)
                )
            ).all()
            for request_id in requests:
                await session.execute(
                    delete(OutboxMessage).where(
                        OutboxMessage.dedupe_key.startswith(f"contact:{request_id}:")
                    )
                )
            # What moderation kept about them: the excerpt and the name in the log go (the
            # line stays, for the facilitators' record), and alerts or questions about
            # their messages that still wait in the outbox.
            about_them = (
                await session.scalars(
                    select(ModerationAction.id).where(
                        ModerationAction.target_telegram_id == telegram_user_id
                    )
                )
            ).all()
            await session.execute(
                update(ModerationAction)
                .where(ModerationAction.target_telegram_id == telegram_user_id)
                .values(excerpt=None, target_name=None)
            )
            for action_id in about_them:
                for prefix in ("safeguarding", "modflag", "report"):
                    await session.execute(
                        delete(OutboxMessage).where(
                            OutboxMessage.dedupe_key.startswith(f"{prefix}:{action_id}:")
                        )
                    )
            # "May we ask you once more in a year?": withdrawn. Their impact numbers stay,
            # nameless (the participant row loses its member).
            await session.execute(
                delete(FollowUpConsent).where(FollowUpConsent.member_id == member.id)
            )
            # Words and voice notes after the impact questions go too (the numbers stay).
            moments = (
                select(ImpactMoment.id)
                .join(ImpactParticipant, ImpactParticipant.id == ImpactMoment.participant_id)
                .where(ImpactParticipant.member_id == member.id)
            )
            await session.execute(delete(ImpactNote).where(ImpactNote.moment_id.in_(moments)))
            # A question they were answering may hold words they typed.
            await session.execute(delete(Dialog).where(Dialog.telegram_user_id == telegram_user_id))
            await session.delete(member)
        if self._cache is not None:
            self._cache.forget(telegram_user_id)
        return ForgetResult(groups)


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None
