"""Replicas: each serves and handles updates; exactly one sends the outbox and one runs
the scheduler."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.config import Settings
from bot.runtime import KringRuntime, StartupError, Transport, resolve_secret
from storage.outbox import NewMessage, Outbox
from tests.conftest import Database
from tests.fakes import FakeBotAPI, FakeRequest, UpdateFactory
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


async def test_kring_run_opens_a_round_missed_while_it_was_down(db: Database) -> None:
    """The real wiring: on start the leader's scheduler sweeps, opens the round that was
    due an hour ago (its window is open), and the sender delivers the check-in."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from storage.checkins import CheckinService
    from storage.community import CommunityService
    from storage.crypto import AnswerCipher
    from storage.models import Role
    from storage.privacy import PrivacyService
    from storage.types import utcnow

    community = CommunityService(db.sessions)
    await community.add_coordinator("Org", 8_000_000_001)
    group = await community.create_group(8_000_000_001, "Groep", "Europe/Amsterdam", "nl")
    code = await community.create_invite(8_000_000_001, group.id, Role.PARENT, 2)
    await community.accept_invite(code, 8_000_000_002, "Amina", "ar", 1)
    await PrivacyService(db.sessions).set_quiet_hours(8_000_000_002, 0, 0)  # no quiet hours
    an_hour_ago = (utcnow() - timedelta(hours=1)).astimezone(ZoneInfo("Europe/Amsterdam"))
    service = CheckinService(db.sessions, community, AnswerCipher("x" * 32))
    await service.configure(
        8_000_000_001,
        group.id,
        enabled=True,
        weekday=an_hour_ago.weekday(),
        minute_of_day=an_hour_ago.hour * 60 + an_hour_ago.minute,
    )
    api = FakeBotAPI()
    runtime = replica(db.url, api)
    await runtime.start()
    try:
        for _ in range(250):
            if api.sent_messages(8_000_000_002):
                break
            await asyncio.sleep(0.04)
        [checkin] = api.sent_messages(8_000_000_002)
        assert any(d.startswith("ci:m:") for d in checkin.callback_data)
        assert runtime._scheduler is not None
        job_ids = {job.id for job in runtime._scheduler.get_jobs()}
        assert any(i.startswith("checkin:open:Europe/Amsterdam:") for i in job_ids)
    finally:
        await runtime.stop()


async def wait_until(predicate: Callable[[], bool], within_s: float = 10.0) -> None:
    deadline = asyncio.get_running_loop().time() + within_s
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.02)


def outbox_sends(api: FakeBotAPI) -> list[int]:
    return [c.chat_id for c in api.sent_messages() if isinstance(c.chat_id, int)
            and c.chat_id >= FIRST_CHAT]  # fmt: skip


FIRST_CHAT = 8_400_000_000


async def enqueue(db: Database, start: int, count: int) -> None:
    await Outbox(db.sessions).enqueue(
        NewMessage(f"budget:{i}", FIRST_CHAT + i, {"text": f"Bericht {i}"})
        for i in range(start, start + count)
    )


async def test_one_replica_sends_the_outbox_and_another_takes_over(pg_db: Database) -> None:
    """Telegram's budget is the bot's: with two replicas only the one holding the send
    lease sends, so their rates do not add up; when it stops, the other sends."""
    apis = (FakeBotAPI(), FakeBotAPI())
    first, second = replica(pg_db.url, apis[0]), replica(pg_db.url, apis[1])
    await first.start()
    await second.start()
    try:
        assert first.sender is not None and second.sender is not None
        assert [first.sender.active, second.sender.active] == [True, False]
        await enqueue(pg_db, 0, 30)
        await wait_until(lambda: len(outbox_sends(apis[0])) == 30)
        assert outbox_sends(apis[1]) == []
        await first.stop()  # a rolling deploy: the sender goes away
        await enqueue(pg_db, 30, 10)
        await wait_until(lambda: len(outbox_sends(apis[1])) == 10)
        assert sorted(outbox_sends(apis[1])) == [FIRST_CHAT + i for i in range(30, 40)]
        assert len(outbox_sends(apis[0])) == 30
    finally:
        await first.stop()
        await second.stop()


async def test_a_reply_that_meets_429s_is_retried_and_bulk_sending_waits(
    sqlite_db: Database,
) -> None:
    """Four 429s in a row used to drop the answer (three retries); now it arrives, and the
    outbox sender holds its bulk sends while Telegram asks to wait."""
    api = FakeBotAPI()
    runtime = replica(sqlite_db.url, api)
    await runtime.start()
    try:
        api.fail_next("sendMessage", 429, retry_after=1, count=4)
        update = UpdateFactory().command("help", user_id=PARENT, language_code="ar")
        assert (await runtime.intake.accept_json(update)).value == "queued"
        answers = lambda: [c for c in api.sent_messages() if c.chat_id == PARENT]  # noqa: E731
        await wait_until(lambda: bool(answers()), within_s=15)
        [answer] = answers()  # the help itself, not an apology for a lost answer
        assert answer.text and "/mydata" in answer.text
        assert any("\u0600" <= ch <= "\u06ff" for ch in answer.text)
        assert runtime.sender is not None and runtime.sender.stats.paused_for_replies == 4
        # The reply took its slot of the bot's budget: the sender's next send moved back.
        assert runtime.sender.stats.replies_counted >= 1
    finally:
        await runtime.stop()


PARENT = 8_300_000_001
