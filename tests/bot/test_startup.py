"""Starting up: a database that is not there yet, or not at all."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.runtime import StartupError, migrate_with_retry
from storage.db import create_engine


async def test_a_database_that_appears_during_the_retries(tmp_path: Path) -> None:
    """The SQLite folder is mounted a moment after start: Kring retries, then migrates."""
    folder = tmp_path / "not-yet"
    url = f"sqlite+aiosqlite:///{folder / 'kring.db'}"
    engine = create_engine(url)

    async def mount_later() -> None:
        await asyncio.sleep(0.15)
        folder.mkdir()

    try:
        await asyncio.gather(migrate_with_retry(engine, url, attempts=5, first_delay_s=0.1),
                             mount_later())  # fmt: skip
    finally:
        await engine.dispose()
    assert (folder / "kring.db").exists()


async def test_an_unreachable_database_gives_a_clear_error() -> None:
    url = "postgresql+asyncpg://kring:hunter2@127.0.0.1:1/kring"
    engine = create_engine(url)
    try:
        with pytest.raises(StartupError) as info:
            await migrate_with_retry(engine, url, attempts=2, first_delay_s=0.01)
    finally:
        await engine.dispose()
    message = str(info.value)
    assert "not reachable after 2 tries" in message and "DATABASE_URL" in message
    assert "hunter2" not in message  # passwords never reach logs
