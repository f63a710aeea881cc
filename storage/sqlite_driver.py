"""aiosqlite with one trip to its thread per statement, not four.

aiosqlite runs SQLite in a thread of its own and hands it one call at a time: SQLAlchemy's
adapter makes four for each statement (open a cursor, execute, fetch, close) and one for
each commit or rollback, even when no transaction is open. Each trip waits for that thread
to be scheduled and then for the event loop to come back to the caller, while SQLite
itself takes some microseconds: traced with `bench/webhook.py --trace`, sessions held
Kring's one writing connection 10 to 60 times as long as SQLite worked, and when the
processor was shared the connection was busy all the time and updates queued for it.

Here a statement runs, fetches its rows and closes its cursor in one trip, and a commit
or rollback with no transaction open (a session that only read) makes none. Everything
else is aiosqlite's, including the order of calls: a commit or rollback is only skipped
when no call is queued or running on the connection.
"""

from __future__ import annotations

import sqlite3
from collections import deque
from collections.abc import Callable, Iterable
from typing import Any

import aiosqlite


class OneCallCursor:
    """The part of `aiosqlite.Cursor` SQLAlchemy uses; rows are fetched with the execute."""

    def __init__(self, connection: OneCallConnection) -> None:
        self._connection = connection
        self._rows: deque[Any] = deque()
        self.description: Any = None
        self.rowcount = -1
        self.lastrowid: int | None = None
        self.arraysize = 1

    async def __aenter__(self) -> OneCallCursor:
        return self

    async def __aexit__(self, *_exc: object) -> None:
        await self.close()

    async def execute(self, sql: str, parameters: Any = None) -> OneCallCursor:
        def statement(db: sqlite3.Connection) -> tuple[Any, list[Any], int, int | None]:
            cursor = db.cursor()
            try:
                cursor.execute(sql, () if parameters is None else parameters)
                rows = cursor.fetchall() if cursor.description else []
                return cursor.description, rows, cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        self._rows.clear()
        found = await self._connection.call(statement)
        self.description, rows, self.rowcount, self.lastrowid = found
        self._rows.extend(rows)
        return self

    async def executemany(self, sql: str, parameters: Iterable[Any]) -> OneCallCursor:
        def statements(db: sqlite3.Connection) -> tuple[Any, int, int | None]:
            cursor = db.cursor()
            try:
                cursor.executemany(sql, parameters)
                return cursor.description, cursor.rowcount, cursor.lastrowid
            finally:
                cursor.close()

        self._rows.clear()
        self.description, self.rowcount, self.lastrowid = await self._connection.call(statements)
        return self

    async def fetchone(self) -> Any:
        return self._rows.popleft() if self._rows else None

    async def fetchmany(self, size: int | None = None) -> list[Any]:
        count = self.arraysize if size is None else size
        return [self._rows.popleft() for _ in range(min(count, len(self._rows)))]

    async def fetchall(self) -> list[Any]:
        rows = list(self._rows)
        self._rows.clear()
        return rows

    async def close(self) -> None:
        self._rows.clear()


class OneCallConnection(aiosqlite.Connection):
    """An aiosqlite connection whose cursors make one call per statement."""

    def __init__(self, connector: Callable[[], sqlite3.Connection], iter_chunk_size: int) -> None:
        super().__init__(connector, iter_chunk_size)
        # Calls handed to the thread, and calls it finished: each counter has one writer.
        self._sent = 0
        self._finished = 0

    async def _execute(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        def counted() -> Any:
            try:
                return fn(*args, **kwargs)
            finally:
                self._finished += 1

        counted.__name__ = getattr(fn, "__name__", "call")  # for a trace: what was called
        if not self._running or self._connection is None:
            return await super()._execute(fn, *args, **kwargs)  # raises: closed
        self._sent += 1
        return await super()._execute(counted)

    async def call(self, fn: Callable[[sqlite3.Connection], Any]) -> Any:
        """Run `fn(sqlite3_connection)` in the connection's thread."""
        return await self._execute(fn, self._conn)

    def cursor(self) -> OneCallCursor:  # type: ignore[override]
        return OneCallCursor(self)

    def _idle_outside_transaction(self) -> bool:
        """Nothing to commit or roll back: no transaction, and no call that may open one
        queued or running (so reading the flag from this thread is exact)."""
        return (
            self._connection is not None
            and self._sent == self._finished
            and not self._connection.in_transaction
        )

    async def commit(self) -> None:
        if not self._idle_outside_transaction():
            await super().commit()

    async def rollback(self) -> None:
        if not self._idle_outside_transaction():
            await super().rollback()


def connect(database: str, *, iter_chunk_size: int = 64, **kwargs: Any) -> OneCallConnection:
    """Like `aiosqlite.connect`, for SQLAlchemy's `async_creator_fn`."""
    connection = OneCallConnection(lambda: sqlite3.connect(database, **kwargs), iter_chunk_size)
    connection._thread.daemon = True  # as SQLAlchemy does for aiosqlite's own
    return connection
