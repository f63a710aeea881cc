"""Creating and dropping throwaway PostgreSQL databases (tests and benches)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from sqlalchemy.engine import make_url


async def admin(url: str, sql: str) -> None:
    """Run one administrative statement (CREATE/DROP DATABASE) outside any transaction."""
    import asyncpg  # only PostgreSQL runs need it

    u = make_url(url)
    conn = await asyncpg.connect(
        host=u.host, port=u.port or 5432, user=u.username, password=u.password,
        database=u.database,
    )  # fmt: skip
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


@asynccontextmanager
async def throwaway_database(base_url: str, prefix: str) -> AsyncIterator[str]:
    """A fresh PostgreSQL database on `base_url`'s server, migrated to head, dropped after.

    Connection errors propagate: callers decide whether a missing server skips or fails.
    """
    from storage.db import create_engine
    from storage.migrate import upgrade_head

    name = f"{prefix}_{uuid.uuid4().hex[:12]}"
    await admin(base_url, f'CREATE DATABASE "{name}"')
    url = make_url(base_url).set(database=name).render_as_string(hide_password=False)
    try:
        engine = create_engine(url)
        await upgrade_head(engine)
        await engine.dispose()
        yield url
    finally:
        await admin(base_url, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
