"""Updates Telegram was told we received survive a SIGKILL of `kring run` (issue 15).

The webhook stores each update before it answers 200. Here 500 parents write at once to a
`kring run` whose Telegram answers slowly; the process is killed (SIGKILL: no shutdown)
while it is still answering them; a restarted process answers the rest. Every parent whose
update was acknowledged gets an answer. Exactly once is not possible for a message sent to
Telegram by a process that can die before it records having sent it: the updates being
handled at the kill (at most the worker's concurrency), and those whose handled mark was
not yet written, are handled again, so their parents may get the answer twice.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, update

from bot.intake import InboxWorker
from storage.models import InboxUpdate
from storage.types import utcnow
from tests.conftest import Database
from tests.e2e.test_kring_run import SECRET, KringProcess, start_kring
from tests.fakes import FakeBotAPIServer, UpdateFactory
from tests.harness import TOKEN

pytestmark = pytest.mark.e2e

FIRST_PARENT = 7_600_000_000
PARENTS = 500
LATENCY_S = 0.25  # each Bot API call: the answers take a few seconds in all
KILL_AT = 25  # answers delivered before the kill


def answered(fake: FakeBotAPIServer) -> Counter[int]:
    parents = range(FIRST_PARENT, FIRST_PARENT + PARENTS)
    return Counter(
        c.chat_id
        for c in fake.api.sent_messages()
        if isinstance(c.chat_id, int) and c.chat_id in parents
    )


async def wait_for(predicate: object, within_s: float, what: str) -> None:
    deadline = time.monotonic() + within_s
    while not predicate():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def expire_leases(db: Database) -> int:
    """What the database looks like once the dead process's leases (90 s) ran out."""
    async with db.sessions.begin() as session:
        result = await session.execute(
            update(InboxUpdate)
            .where(InboxUpdate.handled_at.is_(None))
            .values(available_at=utcnow() - timedelta(seconds=1))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


async def unhandled(db: Database) -> int:
    async with db.sessions() as session:
        count = await session.scalar(
            select(func.count()).select_from(InboxUpdate).where(InboxUpdate.handled_at.is_(None))
        )
    return int(count or 0)


def help_bodies() -> list[dict[str, object]]:
    updates = UpdateFactory()
    languages = ("nl", "ar", "tr", "so", "es")
    return [
        updates.command("help", user_id=FIRST_PARENT + i, language_code=languages[i % 5])
        for i in range(PARENTS)
    ]


async def post_all(base: str, bodies: list[dict[str, object]]) -> list[int]:
    """Post every body at once, as Telegram would; like Telegram, post again when the
    connection breaks before an answer (a busy server closing a kept-alive connection)."""
    limits = httpx.Limits(max_connections=64)
    async with httpx.AsyncClient(base_url=base, timeout=60, limits=limits) as client:

        async def post(body: dict[str, object]) -> int:
            for attempt in range(5):
                try:
                    response = await client.post(
                        "/telegram/webhook",
                        json=body,
                        headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                    )
                    return response.status_code
                except httpx.TransportError:
                    if attempt == 4:
                        raise
                    await asyncio.sleep(0.5)
            raise AssertionError("unreachable")

        return list(await asyncio.gather(*(post(body) for body in bodies)))


async def test_sigkill_loses_no_acknowledged_update(tmp_path: Path, db: Database) -> None:
    bodies = help_bodies()
    with FakeBotAPIServer(token=TOKEN) as fake:
        fake.api.delay_s = LATENCY_S
        running: list[KringProcess] = []
        try:
            first, base = await asyncio.to_thread(start_kring, tmp_path, fake, webhook=True,
                                                  db_url=db.url)  # fmt: skip
            running.append(first)
            # Telegram asks to wait while the burst arrives (429, retry after a second): no
            # answer lands before every update is acknowledged, so the kill always leaves
            # work however busy the machine is (a 429 sends nothing, so nothing doubles).
            fake.api.fail_next("sendMessage", 429, retry_after=1, count=1_000_000)
            try:
                assert await post_all(base, bodies) == [200] * PARENTS
            finally:
                fake.api.reset_faults()
            await wait_for(lambda: len(answered(fake)) >= KILL_AT, 60, "the first answers")
            killed_at = time.monotonic()  # the fake stamps calls with this clock
            first.proc.kill()  # SIGKILL
            await asyncio.to_thread(first.kill)
            running.remove(first)
            (tmp_path / "kring.log").rename(tmp_path / "kring-killed.log")
            await asyncio.sleep(LATENCY_S * 3 + 0.5)  # requests already sent still land
            before = answered(fake)
            assert KILL_AT <= len(before) < PARENTS  # killed halfway: work was left
            waiting = await unhandled(db)
            assert waiting >= PARENTS - len(before)  # acknowledged, unanswered, still stored
            await expire_leases(db)

            second, _ = await asyncio.to_thread(start_kring, tmp_path, fake, webhook=True,
                                                db_url=db.url)  # fmt: skip
            running.append(second)
            await wait_for(lambda: len(answered(fake)) == PARENTS, 60, "every parent")
            for _ in range(100):  # the last answers' rows are marked handled just after
                if not await unhandled(db):
                    break
                await asyncio.sleep(0.1)
            assert await unhandled(db) == 0
            after = answered(fake)
            twice = {chat for chat, n in after.items() if n > 1}
            assert max(after.values()) <= 2
            print(f"\nanswered twice: {len(twice)} of {len(before)} answered before the kill")
            # Only updates being handled at the kill, or handled in its last moments (their
            # reply sent, the row not yet marked), can be answered twice: never one that
            # was answered well before it.
            assert twice <= set(before)
            first_answer = {c.chat_id: c.at for c in reversed(fake.api.sent_messages())}
            assert all(first_answer[chat] >= killed_at - 1.0 for chat in twice), sorted(
                killed_at - first_answer[chat] for chat in twice
            )
            assert len(twice) <= 2 * InboxWorker.DEFAULT_CONCURRENCY
            assert second.terminate() == 0
            running.remove(second)
        finally:
            for kring in running:
                kring.kill()
    # Each parent got the help text in the language of their Telegram app.
    arabic = [c for c in fake.api.sent_messages() if c.chat_id == FIRST_PARENT + 1]
    assert arabic and any("\u0600" <= ch <= "\u06ff" for ch in arabic[0].text or "")


async def test_429_to_the_first_150_replies_still_answers_all_500(
    tmp_path: Path, db: Database
) -> None:
    """Telegram asks to wait for the first 150 replies: each is waited out and sent again."""
    with FakeBotAPIServer(token=TOKEN) as fake:
        kring, base = await asyncio.to_thread(start_kring, tmp_path, fake, webhook=True,
                                              db_url=db.url)  # fmt: skip
        try:
            fake.api.fail_next("sendMessage", 429, retry_after=1, count=150)
            assert await post_all(base, help_bodies()) == [200] * PARENTS
            await wait_for(lambda: len(answered(fake)) == PARENTS, 90, "every parent")
            assert fake.api.count_429 >= 150
            assert max(answered(fake).values()) == 1  # each once: a 429 sent nothing
        finally:
            kring.kill()
