"""Processed update ids: the unique row that makes Telegram's re-deliveries harmless."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import func, select, update

from storage.models import ProcessedUpdate
from storage.types import utcnow
from storage.updates import UpdateLog
from tests.conftest import Database


async def test_an_update_id_is_claimed_once(db: Database) -> None:
    log = UpdateLog(db.sessions)
    assert await log.claim(2**40) is True
    assert await log.claim(2**40) is False
    assert await log.claim(2**40 + 1) is True


async def test_concurrent_claims_of_one_update_let_exactly_one_through(db: Database) -> None:
    log = UpdateLog(db.sessions)
    results = await asyncio.gather(*(log.claim(99) for _ in range(8)))
    assert sorted(results) == [False] * 7 + [True]


async def test_purge_forgets_only_old_ids(db: Database) -> None:
    log = UpdateLog(db.sessions)
    await log.claim(1)
    await log.claim(2)
    async with db.sessions.begin() as session:
        await session.execute(
            update(ProcessedUpdate)
            .where(ProcessedUpdate.update_id == 1)
            .values(received_at=utcnow() - timedelta(days=3))
        )
    assert await log.purge_older_than(timedelta(days=2)) == 1
    async with db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ProcessedUpdate)) == 1
