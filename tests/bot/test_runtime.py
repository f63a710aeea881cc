"""Replicas: each serves and sends, exactly one runs the scheduler."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.config import Settings
from bot.runtime import KringRuntime, StartupError, Transport, resolve_secret
from tests.conftest import Database
from tests.fakes import FakeBotAPI, FakeRequest
from tests.harness import TOKEN


def replica(url: str, api: FakeBotAPI) -> KringRuntime:
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_WEBHOOK_URL="https://kring.example.org/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET="replica_secret",
        DATABASE_URL=url,
        KRING_SECRET_KEY="replica-shared-secret-0123456789",
    )
    return KringRuntime(settings, Transport(FakeRequest(api), FakeRequest(api)),
                        leader_retry_s=0.05)  # fmt: skip


async def settle(*runtimes: KringRuntime) -> None:
    for _ in range(100):
        await asyncio.sleep(0.02)
        if sum(r.runs_scheduler for r in runtimes) == 1:
            return


async def test_one_of_two_replicas_runs_the_scheduler_and_the_other_takes_over(
    pg_db: Database,
) -> None:
    api = FakeBotAPI()
    first, second = replica(pg_db.url, api), replica(pg_db.url, api)
    await first.start()
    await second.start()
    try:
        await settle(first, second)
        assert [first.runs_scheduler, second.runs_scheduler].count(True) == 1
        leader, standby = (first, second) if first.runs_scheduler else (second, first)
        await leader.stop()  # a replica goes away (rolling deploy)
        for _ in range(100):
            if standby.runs_scheduler:
                break
            await asyncio.sleep(0.02)
        assert standby.runs_scheduler
    finally:
        await first.stop()
        await second.stop()


async def test_a_single_sqlite_process_runs_the_scheduler(sqlite_db: Database) -> None:
    runtime = replica(sqlite_db.url, FakeBotAPI())
    await runtime.start()
    try:
        await settle(runtime)
        assert runtime.runs_scheduler
    finally:
        await runtime.stop()


def test_sqlite_gets_a_secret_file_on_first_start(tmp_path: Path) -> None:
    """A newcomer's `kring run` needs no KRING_SECRET_KEY: one is made and kept."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'kring.db'}"
    settings = Settings(TELEGRAM_BOT_TOKEN=TOKEN, DATABASE_URL=url, KRING_SECRET_KEY="")
    first = resolve_secret(settings)
    path = tmp_path / "kring.db.secret"
    assert path.read_text().strip() == first and len(first) >= 32
    assert path.stat().st_mode & 0o777 == 0o600
    assert resolve_secret(settings) == first  # the same key after a restart


def test_postgres_requires_a_secret() -> None:
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TOKEN,
        DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:5432/test",
        KRING_SECRET_KEY="",
    )
    with pytest.raises(StartupError, match="KRING_SECRET_KEY"):
        resolve_secret(settings)
    weak = settings.model_copy(update={"kring_secret_key": "changeme"})
    with pytest.raises(StartupError):
        resolve_secret(weak)
