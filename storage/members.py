"""Members: who talks to the bot, their language and whether Telegram lets us reach them."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Member, OutboxMessage, OutboxStatus
from storage.types import utcnow


@dataclass(frozen=True, slots=True)
class MemberView:
    """The plain facts a handler needs about a member."""

    id: int
    telegram_user_id: int
    locale: str | None
    reachable: bool


def _view(member: Member) -> MemberView:
    return MemberView(member.id, member.telegram_user_id, member.locale, member.reachable)


class MemberService:
    """Use cases around members; each method owns its transaction."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def find(self, telegram_user_id: int) -> MemberView | None:
        """The member with this Telegram id, or None if we keep nothing about them."""
        async with self._sessions() as session:
            member = await session.scalar(
                select(Member).where(Member.telegram_user_id == telegram_user_id)
            )
            return _view(member) if member else None

    async def choose_locale(self, telegram_user_id: int, locale: str) -> MemberView:
        """Store the language a person chose, creating their member row if needed."""
        async with self._sessions.begin() as session:
            member = await _get_or_create(session, telegram_user_id)
            member.locale = locale
            # They are talking to us, so Telegram lets us reach them.
            member.reachable = True
            member.blocked_at = None
            await session.flush()
            return _view(member)

    async def set_reachable(self, telegram_user_id: int, reachable: bool) -> bool:
        """Record that a member blocked (False) or unblocked (True) the bot.

        Returns whether a member row existed; we do not create one just to note a block.
        When they block the bot, their pending messages are settled as unreachable so the
        sender never retries them.
        """
        async with self._sessions.begin() as session:
            return await mark_reachable(session, telegram_user_id, reachable)


async def mark_reachable(session: AsyncSession, telegram_user_id: int, reachable: bool) -> bool:
    """Set a member's reachable state inside the caller's transaction (see `set_reachable`)."""
    values: dict[str, object] = {"reachable": reachable, "updated_at": utcnow()}
    values["blocked_at"] = None if reachable else utcnow()
    result = await session.execute(
        update(Member).where(Member.telegram_user_id == telegram_user_id).values(**values)
    )
    if not reachable:
        await session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.chat_id == telegram_user_id,
                OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)),
            )
            .values(status=OutboxStatus.UNREACHABLE, claimed_by=None, claimed_until=None)
        )
    return bool(result.rowcount)


async def _get_or_create(session: AsyncSession, telegram_user_id: int) -> Member:
    member = await session.scalar(select(Member).where(Member.telegram_user_id == telegram_user_id))
    if member is None:
        member = Member(telegram_user_id=telegram_user_id, reachable=True)
        session.add(member)
        await session.flush()
    return member
