"""Creating and dropping throwaway PostgreSQL databases (tests and benches)."""

from __future__ import annotations

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
