"""Connections that died while idle (a restarted PostgreSQL, a proxy's timeout) are
replaced before use, without a round trip before every use; lookups in autocommit leave
the pool's connections as they found them."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

import storage.db
from storage.db import create_engine, create_read_sessionmaker, create_sessionmaker
from storage.members import MemberService
from storage.models import Member


async def test_a_connection_killed_while_idle_is_replaced(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage.db, "IDLE_PING_S", 0.0)  # every idle connection is checked
    engine = create_engine(postgres_url)
    admin = create_engine(postgres_url)
    try:
        async with engine.connect() as conn:
            pid = await conn.scalar(text("SELECT pg_backend_pid()"))
        async with admin.connect() as conn:  # the server drops it, as a restart would
            await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        async with engine.connect() as conn:
            assert await conn.scalar(text("SELECT 41 + 1")) == 42
            assert await conn.scalar(text("SELECT pg_backend_pid()")) != pid
    finally:
        await engine.dispose()
        await admin.dispose()


async def test_without_the_check_the_dead_connection_fails(
    postgres_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check is what saves the request above (so that test can fail)."""
    monkeypatch.setattr(storage.db, "IDLE_PING_S", 1e9)
    engine = create_engine(postgres_url)
    admin = create_engine(postgres_url)
    try:
        async with engine.connect() as conn:
            pid = await conn.scalar(text("SELECT pg_backend_pid()"))
        async with admin.connect() as conn:
            await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        with pytest.raises(Exception):  # noqa: B017 - the driver's own error type
            async with engine.connect() as conn:
                await conn.scalar(text("SELECT 1"))
    finally:
        await engine.dispose()
        await admin.dispose()


async def test_lookups_read_committed_rows_and_leave_writers_their_transactions(
    postgres_url: str,
) -> None:
    """The per-update lookups run in autocommit on PostgreSQL (one round trip each): they
    see what was committed, and the connection they used, given back to the pool, runs the
    next writer's statements in a transaction again (a rollback undoes them)."""
    engine = create_engine(postgres_url, pool_size=1)  # every session gets the same one
    try:
        sessions = create_sessionmaker(engine)
        members = MemberService(sessions, reads=create_read_sessionmaker(engine, None))
        assert await members.find(777) is None
        await members.choose_locale(777, "tr")
        found = await members.find(777)
        assert found is not None and found.locale == "tr"
        async with sessions() as session:
            session.add(Member(telegram_user_id=778))
            await session.flush()
            await session.rollback()
        assert await members.find(778) is None
        async with sessions() as session:
            assert await session.scalar(select(func.count()).select_from(Member)) == 1
    finally:
        await engine.dispose()
