"""Groups as the bot sees them from a chat: which group a Telegram chat belongs to."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Group


@dataclass(frozen=True, slots=True)
class GroupView:
    """The plain facts a handler needs about a group."""

    id: int
    name: str
    telegram_chat_id: int | None
    timezone: str
    default_locale: str


class GroupService:
    """Read groups by their linked Telegram chat."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def find_by_chat(self, chat_id: int) -> GroupView | None:
        """The group linked to a Telegram group chat, if any."""
        async with self._sessions() as session:
            group = await session.scalar(select(Group).where(Group.telegram_chat_id == chat_id))
            if group is None:
                return None
            return GroupView(
                group.id, group.name, group.telegram_chat_id, group.timezone, group.default_locale
            )
