"""SQLite through `storage.sqlite_driver` (one call into SQLite's thread per statement) and
the read-only connections beside the one that writes (`storage.db.create_read_engine`)."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError, OperationalError

from storage import sqlite_driver
from storage.community import CommunityService
from storage.db import create_engine, create_read_engine, create_sessionmaker
from storage.members import MemberService
from storage.models import Member
from tests.conftest import Database


def count_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the connections hand to SQLite's thread from now on, by name."""
    seen: list[str] = []
    original = sqlite_driver.OneCallConnection._execute

    async def counting(
        self: sqlite_driver.OneCallConnection, fn: Any, *args: Any, **kwargs: Any
    ) -> Any:
        seen.append(getattr(fn, "__name__", "?"))
        return await original(self, fn, *args, **kwargs)

    monkeypatch.setattr(sqlite_driver.OneCallConnection, "_execute", counting)
    return seen


async def test_statements_behave_as_with_aiosqlite(sqlite_db: Database) -> None:
    engine = sqlite_db.engine
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT UNIQUE)"))
        returned = await conn.execute(text("INSERT INTO t (v) VALUES ('a'), ('b') RETURNING id"))
        assert sorted(returned.scalars().all()) == [1, 2]
        inserted = await conn.execute(text("INSERT INTO t (v) VALUES ('c')"))
        assert inserted.lastrowid == 3 and inserted.rowcount == 1
        many = await conn.execute(text("INSERT INTO t (v) VALUES (:v)"), [{"v": "d"}, {"v": "e"}])
        assert many.rowcount == 2
        updated = await conn.execute(text("UPDATE t SET v = v || '!' WHERE id > 3"))
        assert updated.rowcount == 2
    with pytest.raises(IntegrityError):
        async with engine.begin() as conn:
            await conn.execute(text("INSERT INTO t (v) VALUES ('z')"))
            await conn.execute(text("INSERT INTO t (v) VALUES ('a')"))  # not unique
    async with engine.connect() as conn:
        rows = (await conn.execute(text("SELECT v FROM t ORDER BY id"))).scalars().all()
    assert rows == ["a", "b", "c", "d!", "e!"]  # the failed transaction left nothing


async def test_one_call_per_statement_and_none_to_close_a_read(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with sqlite_db.sessions() as session:  # connected before counting
        await session.scalar(select(Member).where(Member.telegram_user_id == 1))
    seen = count_calls(monkeypatch)
    async with sqlite_db.sessions() as session:
        await session.scalar(select(Member).where(Member.telegram_user_id == 1))
    assert seen == ["statement"]  # aiosqlite's: cursor, execute, fetchall, close, rollback
    seen.clear()
    async with sqlite_db.sessions.begin() as session:
        session.add(Member(telegram_user_id=1))
    assert seen == ["statement", "commit"]


async def test_a_rollback_is_not_skipped_while_a_statement_waits_its_turn(
    tmp_path: Path,
) -> None:
    """A statement whose caller was cancelled still runs in SQLite's thread once its turn
    comes; the rollback that follows must run after it and undo it, not judge "no
    transaction open" before the statement even began."""
    path = str(tmp_path / "t.db")
    setup = sqlite3.connect(path)
    setup.execute("CREATE TABLE t (n INTEGER)")
    setup.close()
    conn = await sqlite_driver.connect(path, check_same_thread=False)
    try:
        slow_read = asyncio.create_task(
            conn.cursor().execute(
                "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c "
                "WHERE n < 3000000) SELECT count(*) FROM c"
            )
        )
        await asyncio.sleep(0.02)  # SQLite's thread is busy with it (it takes far longer)
        write = asyncio.create_task(conn.cursor().execute("INSERT INTO t VALUES (1)"))
        await asyncio.sleep(0)  # handed to the thread, behind the read
        write.cancel()
        await asyncio.gather(write, return_exceptions=True)
        assert not slow_read.done() and not conn._conn.in_transaction
        await conn.rollback()  # must wait for the INSERT, then undo it
        await slow_read
        assert not conn._conn.in_transaction
        cursor = conn.cursor()
        await cursor.execute("SELECT count(*) FROM t")
        assert await cursor.fetchall() == [(0,)]
    finally:
        await conn.close()


async def test_readers_see_what_was_committed_and_never_wait_for_the_writer(
    sqlite_url: str,
) -> None:
    writer = create_engine(sqlite_url)
    readers = create_read_engine(sqlite_url)
    assert readers is not None
    members = MemberService(create_sessionmaker(writer), reads=create_sessionmaker(readers))
    community = CommunityService(create_sessionmaker(writer), reads=create_sessionmaker(readers))
    try:
        await members.choose_locale(42, "so")
        found = await members.find(42)  # committed by the writer, read beside it
        assert found is not None and found.locale == "so"
        # The writer's one connection is held by an open transaction: the lookups most
        # updates make still answer at once (before, they queued behind it).
        async with create_sessionmaker(writer).begin() as session:
            session.add(Member(telegram_user_id=43))
            await session.flush()
            async with asyncio.timeout(5):
                assert await members.find(43) is None  # not committed yet
                assert await community.roles(42) == []
                assert await community.find_by_chat(-100) is None
        assert await members.find(43) is not None
        # A write through a reader fails instead of taking the writer's lock.
        with pytest.raises(OperationalError, match="readonly"):
            async with create_sessionmaker(readers).begin() as session:
                session.add(Member(telegram_user_id=44))
    finally:
        await readers.dispose()
        await writer.dispose()


def test_postgresql_has_no_separate_readers() -> None:
    assert create_read_engine("postgresql+asyncpg://kring@127.0.0.1/kring") is None
    with pytest.raises(ValueError):
        create_read_engine("sqlite+aiosqlite:///:memory:")
