"""Exactly one scheduler among replicas: a PostgreSQL advisory lock held by the leader.

The lock lives on one dedicated connection. If the leader's process dies, PostgreSQL
drops its session and the lock with it, and another replica takes over at its next try.
SQLite means one process, so that process always leads.
"""

from __future__ import annotations

import logging

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

# Any 64-bit number unique to Kring's scheduler ("KRING" in ASCII).
SCHEDULER_LOCK_KEY = 0x4B52494E47
# The outbox sender's lease: one replica sends, so Telegram's budget is the bot's, not each
# replica's ("KRINGS" in ASCII).
SENDER_LOCK_KEY = 0x4B52494E4753


class LeaderElection:
    """Try for, check and give up scheduler leadership."""

    def __init__(
        self, engine: AsyncEngine, key: int = SCHEDULER_LOCK_KEY, role: str = "the scheduler"
    ) -> None:
        self._engine = engine
        self._key = key
        self._role = role
        self._conn: AsyncConnection | None = None
        self._single_process = engine.dialect.name == "sqlite"

    @property
    def is_leader(self) -> bool:
        """Whether this process held the lock at the last try or check."""
        return self._single_process or self._conn is not None

    async def try_acquire(self) -> bool:
        """Take the lock if nobody holds it; True when this process leads."""
        if self.is_leader:
            return await self.still_leader()
        conn = await self._engine.connect()
        try:
            got = bool(
                await conn.scalar(text("SELECT pg_try_advisory_lock(:key)"), {"key": self._key})
            )
            # The lock belongs to the session, not the transaction: end the transaction so
            # the connection does not sit "idle in transaction".
            await conn.commit()
        except Exception:
            await conn.close()
            raise
        if not got:
            await conn.close()
            return False
        self._conn = conn
        log.info("this replica now runs %s", self._role)
        return True

    async def still_leader(self) -> bool:
        """Check the lock's connection is alive; False (and no longer leader) if it is not."""
        if self._single_process:
            return True
        if self._conn is None:
            return False
        try:
            await self._conn.scalar(text("SELECT 1"))
            await self._conn.commit()
            return True
        except Exception:
            log.warning("lost the lock of %s; stepping down", self._role, exc_info=True)
            await self._drop()
            return False

    async def release(self) -> None:
        """Give up leadership (clean shutdown), so another replica takes over at once."""
        if self._conn is None:
            return
        try:
            await self._conn.scalar(text("SELECT pg_advisory_unlock(:key)"), {"key": self._key})
            await self._conn.commit()
        except Exception:
            log.debug("unlock failed; closing the connection drops the lock anyway", exc_info=True)
        await self._drop()

    async def _drop(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            try:
                await conn.close()
            except Exception:
                log.debug("closing a dead connection failed", exc_info=True)
