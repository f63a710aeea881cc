"""Scheduler leadership among replicas (PostgreSQL advisory lock)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from scheduler.leader import LeaderElection
from tests.conftest import Database, open_database


async def test_sqlite_means_one_process_which_always_leads(sqlite_db: Database) -> None:
    election = LeaderElection(sqlite_db.engine)
    assert await election.try_acquire() is True
    assert await election.still_leader() is True


async def test_exactly_one_replica_leads_and_another_takes_over(pg_db: Database) -> None:
    async with open_database("postgres", pg_db.url) as a, open_database("postgres", pg_db.url) as b:
        first, second = LeaderElection(a.engine), LeaderElection(b.engine)
        assert await first.try_acquire() is True
        assert await second.try_acquire() is False
        assert await first.try_acquire() is True  # trying again keeps it
        assert await second.try_acquire() is False
        await first.release()
        assert await second.try_acquire() is True
        assert await first.try_acquire() is False
        await second.release()


async def test_a_dead_leader_loses_the_lock(pg_db: Database) -> None:
    """The leader's database session dies (process killed): another replica takes over."""
    async with open_database("postgres", pg_db.url) as a, open_database("postgres", pg_db.url) as b:
        leader, standby = LeaderElection(a.engine, key=4242), LeaderElection(b.engine, key=4242)
        assert await leader.try_acquire() is True
        async with pg_db.engine.connect() as admin:
            await admin.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_locks "
                    "WHERE locktype = 'advisory' AND objid = 4242 AND database = "
                    "(SELECT oid FROM pg_database WHERE datname = current_database())"
                )
            )
        # The server ends the session (and frees its locks) a moment after the call
        # returns; a standby retries every few seconds in `kring run`, so here too.
        acquired = False
        for _ in range(50):
            acquired = await standby.try_acquire()
            if acquired:
                break
            await asyncio.sleep(0.05)
        assert acquired is True
        assert await leader.still_leader() is False
        assert leader.is_leader is False
        await standby.release()
