"""Engine and session factory. Nothing here connects until it is called."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool


def is_sqlite(url: str) -> bool:
    """Whether a database URL names SQLite."""
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create an async engine with the settings each backend needs.

    SQLite gets foreign keys on, WAL (readers beside the writer), a busy timeout so other
    processes' writers wait instead of failing, and one connection per process.
    PostgreSQL gets pre-ping so a restarted server does not break the first request.
    """
    if is_sqlite(url):
        if ":memory:" in url or make_url(url).database in (None, ""):
            raise ValueError("use a SQLite file, not :memory: (each connection would be empty)")
        kwargs.setdefault("connect_args", {"timeout": 30})
        # SQLite has one writer at a time; several pooled connections writing at once
        # meet SQLITE_BUSY and sleep in SQLite's busy handler (milliseconds each time).
        # One connection per process queues them in asyncio instead, which is far faster
        # for the short transactions Kring makes. Replicas need PostgreSQL anyway.
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
        engine = create_async_engine(url, **kwargs)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if kwargs.get("poolclass") is NullPool:
        kwargs.pop("pool_pre_ping")
    else:
        # Up to 32 updates are handled at once, beside the intake, the sender and the
        # scheduler: with the default 5 (+10) connections they queue for one.
        kwargs.setdefault("pool_size", 20)
        kwargs.setdefault("max_overflow", 10)
    return create_async_engine(url, **kwargs)


def create_sessionmaker(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """A session factory; objects stay usable after commit (no lazy reloads in async code)."""
    return async_sessionmaker(engine, expire_on_commit=False)


def insert_ignoring_conflicts(session: AsyncSession, table: Any, *conflict: str) -> Any:
    """`INSERT … ON CONFLICT DO NOTHING` for the session's backend (SQLite or PostgreSQL).

    `conflict` names the unique columns to watch; none means any unique constraint.
    """
    dialect = session.bind.dialect.name if session.bind is not None else ""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    return insert(table).on_conflict_do_nothing(index_elements=list(conflict) or None)
