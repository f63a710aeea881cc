"""Engine and session factory. Nothing here connects until it is called."""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.pool import NullPool

from storage import sqlite_driver


def is_sqlite(url: str) -> bool:
    """Whether a database URL names SQLite."""
    return make_url(url).get_backend_name() == "sqlite"


def create_engine(url: str, **kwargs: Any) -> AsyncEngine:
    """Create an async engine with the settings each backend needs.

    SQLite gets foreign keys on, WAL (readers beside the writer), a busy timeout so other
    processes' writers wait instead of failing, and one connection per process (reads
    that most updates make may use `create_read_engine`'s beside it).
    PostgreSQL checks a connection that sat idle before using it, so a restarted server
    does not break the first request.
    """
    if is_sqlite(url):
        _require_file(url)
        kwargs.setdefault("connect_args", {"timeout": 30})
        # SQLite has one writer at a time; several pooled connections writing at once
        # meet SQLITE_BUSY and sleep in SQLite's busy handler (milliseconds each time).
        # One connection per process queues them in asyncio instead, which is far faster
        # for the short transactions Kring makes. Replicas need PostgreSQL anyway.
        kwargs.setdefault("pool_size", 1)
        kwargs.setdefault("max_overflow", 0)
        engine = create_async_engine(url, **kwargs)
        _one_call_driver(engine)

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        return engine
    if kwargs.get("poolclass") is not NullPool:
        # Up to 32 updates are handled at once, beside the intake, the sender and the
        # scheduler: with the default 5 (+10) connections they queue for one. All 30 are
        # kept once opened: a connection beyond the pool's size (overflow) is closed when
        # it is given back, so under load each one was opened again and again (a TCP
        # connection, authentication, and every statement prepared anew on it).
        kwargs.setdefault("pool_size", 30)
        kwargs.setdefault("max_overflow", 0)
    ping_idle = kwargs.get("poolclass") is not NullPool and "pool_pre_ping" not in kwargs
    engine = create_async_engine(url, **kwargs)
    if ping_idle:
        _ping_when_idle(engine)
    return engine


def _require_file(url: str) -> None:
    if ":memory:" in url or make_url(url).database in (None, ""):
        raise ValueError("use a SQLite file, not :memory: (each connection would be empty)")


def _one_call_driver(engine: AsyncEngine) -> None:
    """Connect through `storage.sqlite_driver`: one trip to SQLite's thread per statement."""

    @event.listens_for(engine.sync_engine, "do_connect")
    def _connect(dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return dialect.loaded_dbapi.connect(
            *cargs, async_creator_fn=sqlite_driver.connect, **cparams
        )


READERS = 8


def create_read_engine(url: str) -> AsyncEngine | None:
    """SQLite: read-only connections beside the engine that writes; None for PostgreSQL,
    whose pool serves reads and writes alike.

    The one connection that writes is held by a session for as long as the session lasts,
    and that is several turns of the event loop (each call into SQLite's thread, then the
    close) even when SQLite works for microseconds. Lookups that most updates make queued
    behind each other there; in WAL they read beside the writer on a connection of their own,
    seeing everything committed before they start. `query_only` makes a write here fail
    instead of taking the writer's lock.
    """
    if not is_sqlite(url):
        return None
    _require_file(url)
    engine = create_async_engine(
        url, pool_size=READERS, max_overflow=0, connect_args={"timeout": 30}
    )
    _one_call_driver(engine)

    @event.listens_for(engine.sync_engine, "connect")
    def _read_only(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA query_only=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    return engine


def create_read_sessionmaker(
    engine: AsyncEngine, read_engine: AsyncEngine | None
) -> async_sessionmaker[AsyncSession]:
    """Sessions for the lookups most updates make, each one SELECT that writes nothing.

    SQLite: on `create_read_engine`'s read-only connections. PostgreSQL: on the engine's own
    pool in autocommit, so such a lookup is one round trip instead of three (BEGIN, the
    SELECT, ROLLBACK). One statement sees one snapshot either way, so it reads the same
    rows; several statements in one of these sessions would each see their own.
    """
    if read_engine is not None:
        return create_sessionmaker(read_engine)
    if engine.dialect.name == "postgresql":
        return create_sessionmaker(engine.execution_options(isolation_level="AUTOCOMMIT"))
    return create_sessionmaker(engine)


IDLE_PING_S = 10.0


def _ping_when_idle(engine: AsyncEngine) -> None:
    """Check a pooled connection before use when it sat idle for a while (a restarted
    server or a proxy's timeout drops idle ones), not before every use: SQLAlchemy's
    `pool_pre_ping` costs a round trip on each of the several sessions an update opens."""
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "checkin")
    def _idle_from(_dbapi_conn: Any, record: Any) -> None:
        record.info["kring_idle_since"] = time.monotonic()

    @event.listens_for(sync_engine, "checkout")
    def _ping_if_idle(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("kring_idle_since")
        if since is None or time.monotonic() - since < IDLE_PING_S:
            return
        try:
            sync_engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # the pool drops it and hands out a fresh connection
            raise DisconnectionError("an idle connection was gone") from exc


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
