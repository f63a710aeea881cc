"""Replicas: each serves and sends, exactly one runs the scheduler."""

from __future__ import annotations

import asyncio

from bot.config import Settings
from bot.runtime import KringRuntime, Transport
from tests.conftest import Database
from tests.fakes import FakeBotAPI, FakeRequest
from tests.harness import TOKEN


def replica(url: str, api: FakeBotAPI) -> KringRuntime:
    settings = Settings(
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_WEBHOOK_URL="https://kring.example.org/telegram/webhook",
        TELEGRAM_WEBHOOK_SECRET="replica_secret",
        DATABASE_URL=url,
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
