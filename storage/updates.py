"""Processed update ids: every Telegram update is handled once, even when re-delivered."""

from __future__ import annotations

from datetime import timedelta
from typing import Any, cast

from sqlalchemy import delete
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.db import insert_ignoring_conflicts
from storage.models import ProcessedUpdate
from storage.types import utcnow


class UpdateLog:
    """Records accepted `update_id`s under a primary key."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def claim(self, update_id: int) -> bool:
        """Record an update id; False if it was seen before (a re-delivery to skip)."""
        # Runs for every update: one Core INSERT … ON CONFLICT DO NOTHING, no ORM unit of work.
        async with self._sessions.begin() as session:
            stmt = (
                insert_ignoring_conflicts(session, ProcessedUpdate, "update_id")
                .values(update_id=update_id, received_at=utcnow())
                .returning(ProcessedUpdate.update_id)
            )
            return (await session.execute(stmt)).first() is not None

    async def purge_older_than(self, age: timedelta) -> int:
        """Forget update ids older than `age` (Telegram re-delivers for at most a day)."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(ProcessedUpdate).where(ProcessedUpdate.received_at < utcnow() - age)
            )
            return int(cast(CursorResult[Any], result).rowcount or 0)
