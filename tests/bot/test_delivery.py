"""The outbox sender against the fake Bot API: limits, 429, 403, 5xx, restarts."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.delivery import OutboxSender, SenderLimits
from storage.members import MemberService
from storage.models import OutboxMessage, OutboxStatus
from storage.outbox import NewMessage, Outbox
from tests.conftest import Database, open_database
from tests.fakes import FakeBotAPI, make_bot

BASE = 7_000_000_000


def messages(n: int, prefix: str = "test", **payload: object) -> list[NewMessage]:
    return [
        NewMessage(
            dedupe_key=f"{prefix}:{i}",
            chat_id=BASE + i,
            payload={"text": f"Hallo {i}", **payload},
        )
        for i in range(n)
    ]


class VirtualClock:
    """Time that moves only when someone waits: waiting out a backoff, a 429 or a chat's
    pace takes no real time. A sleeper first lets the tasks that are ready to run reach
    their own waits, then the one due first wakes and moves the time forward to its
    deadline; the outbox and the fake Bot API read the same time."""

    def __init__(self) -> None:
        self.start = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
        self.elapsed = 0.0
        self._sleepers: list[tuple[float, int]] = []
        self._order = itertools.count()

    def monotonic(self) -> float:
        return self.elapsed

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed)

    async def sleep(self, seconds: float) -> None:
        me = (self.elapsed + max(0.0, seconds), next(self._order))
        heapq.heappush(self._sleepers, me)
        try:
            while True:
                for _ in range(5):
                    await asyncio.sleep(0)
                if self._sleepers[0] == me:  # else someone due earlier wakes first
                    break
        finally:
            self._sleepers.remove(me)
            heapq.heapify(self._sleepers)
        self.elapsed = max(self.elapsed, me[0])


def virtual(db: Database) -> tuple[VirtualClock, Outbox, FakeBotAPI]:
    """A virtual clock, and an outbox and a fake Bot API that tell its time."""
    clock = VirtualClock()
    return clock, Outbox(db.sessions, clock=clock.now), FakeBotAPI(clock=clock.monotonic)


async def sent_at(db: Database) -> list[datetime]:
    """When the outbox says each message went out, in order."""
    async with db.sessions() as session:
        rows = await session.scalars(select(OutboxMessage.sent_at).order_by(OutboxMessage.sent_at))
        return [at for at in rows if at is not None]


def fast_limits(**kw: object) -> SenderLimits:
    return SenderLimits(per_second=kw.pop("per_second", 1000.0), **kw)  # type: ignore[arg-type]


def delivered(api: FakeBotAPI) -> dict[int, int]:
    """How many messages each chat received."""
    counts: dict[int, int] = {}
    for call in api.sent_messages():
        counts[call.chat_id] = counts.get(call.chat_id, 0) + 1
    return counts


async def statuses(db: Database) -> dict[str, int]:
    counts = await Outbox(db.sessions).counts()
    return {status.value: n for status, n in counts.items() if n}


async def test_every_message_is_sent_exactly_once(db: Database) -> None:
    api = FakeBotAPI()
    outbox = Outbox(db.sessions)
    await outbox.enqueue(messages(120))
    sender = OutboxSender(outbox, make_bot(api), fast_limits())
    await sender.drain()
    assert delivered(api) == {BASE + i: 1 for i in range(120)}
    assert await statuses(db) == {"sent": 120}
    async with db.sessions() as session:
        row = await session.scalar(select(OutboxMessage).where(OutboxMessage.chat_id == BASE))
        assert row is not None and row.telegram_message_id is not None and row.sent_at is not None


async def test_inline_keyboards_survive_the_outbox(db: Database) -> None:
    api = FakeBotAPI()
    outbox = Outbox(db.sessions)
    markup = {"inline_keyboard": [[{"text": "😊", "callback_data": "mood:5"}]]}
    await outbox.enqueue(messages(1, reply_markup=markup, parse_mode="HTML"))
    await OutboxSender(outbox, make_bot(api), fast_limits()).drain()
    [call] = api.sent_messages()
    assert call.params["reply_markup"] == markup
    assert call.params["parse_mode"] == "HTML"


async def test_429_is_honoured_and_nothing_is_lost(db: Database) -> None:
    clock, outbox, api = virtual(db)
    api.fail_next("sendMessage", 429, "Too Many Requests: retry after 5", retry_after=5, count=3)
    await outbox.enqueue(messages(20))
    sender = OutboxSender(outbox, make_bot(api), fast_limits(concurrency=1), clock=clock)
    await sender.drain()
    assert delivered(api) == {BASE + i: 1 for i in range(20)}
    assert sender.stats.throttled_429 == 3
    assert await statuses(db) == {"sent": 20}
    # After each 429, Telegram hears nothing for the five seconds it asked for.
    calls = api.all_calls
    assert [c.status for c in calls[:4]] == [429, 429, 429, 200]
    assert all(b.at - a.at >= 5 for a, b in itertools.pairwise(calls[:4]))


async def test_a_member_who_blocked_the_bot_is_marked_and_skipped(db: Database) -> None:
    api = FakeBotAPI()
    members = MemberService(db.sessions)
    for i in range(5):
        await members.choose_locale(BASE + i, "nl")
    api.block_chat(BASE + 2)
    outbox = Outbox(db.sessions)
    await outbox.enqueue(messages(5))
    await outbox.enqueue(
        [NewMessage(dedupe_key="second", chat_id=BASE + 2, payload={"text": "again"},
                    not_before=None)]
    )  # fmt: skip
    sender = OutboxSender(outbox, make_bot(api), fast_limits(concurrency=1))
    await sender.drain()
    assert delivered(api) == {BASE + i: 1 for i in (0, 1, 3, 4)}
    blocked = await members.find(BASE + 2)
    assert blocked is not None and blocked.reachable is False
    assert await statuses(db) == {"sent": 4, "unreachable": 2}
    # Only one request ever went to the blocked chat: no endless retries.
    assert len([c for c in api.all_calls if c.chat_id == BASE + 2]) == 1


async def test_server_errors_are_retried_with_backoff(db: Database) -> None:
    clock, outbox, api = virtual(db)
    api.server_error_next(2)
    await outbox.enqueue(messages(1))
    jitters = iter([0.75, 0.5])
    sender = OutboxSender(outbox, make_bot(api), fast_limits(), clock=clock,
                          jitter=lambda: next(jitters))  # fmt: skip
    await sender.send_batch()
    assert api.sent_messages() == []
    async with db.sessions() as session:
        row = await session.scalar(select(OutboxMessage))
        assert row is not None and row.status == OutboxStatus.PENDING and row.attempts == 1
        assert "NetworkError" in (row.last_error or "")
        # The first retry waits 2 s, times the jitter.
        assert row.not_before == clock.start + timedelta(seconds=1.5)
    await sender.drain()  # waits out the backoff: 1.5 s, then 4 s × 0.5
    assert delivered(api) == {BASE: 1}
    assert await sent_at(db) == [clock.start + timedelta(seconds=3.5)]


async def test_retries_run_out(db: Database) -> None:
    clock, outbox, api = virtual(db)
    api.server_error_next(3)
    await outbox.enqueue(messages(1))
    sender = OutboxSender(outbox, make_bot(api), fast_limits(max_attempts=2), clock=clock)
    await sender.drain()
    assert await statuses(db) == {"failed": 1}
    assert api.sent_messages() == []


async def test_a_message_telegram_refuses_fails_without_retrying(db: Database) -> None:
    api = FakeBotAPI()
    outbox = Outbox(db.sessions)
    await outbox.enqueue(messages(1, prefix="bad", parse_mode="HTML"))
    await outbox.enqueue(
        [
            NewMessage(
                dedupe_key="broken",
                chat_id=BASE + 50,
                payload={"text": "<b>open", "parse_mode": "HTML"},
            )
        ]
    )
    await OutboxSender(outbox, make_bot(api), fast_limits()).drain()
    assert await statuses(db) == {"sent": 1, "failed": 1}
    assert len(api.rejected) == 1


async def test_per_chat_pacing(db: Database) -> None:
    """Three messages to one private chat go out at least a second apart."""
    clock, outbox, api = virtual(db)
    await outbox.enqueue(
        [NewMessage(dedupe_key=f"m{i}", chat_id=BASE, payload={"text": str(i)}) for i in range(3)]
    )
    await OutboxSender(outbox, make_bot(api), fast_limits(), clock=clock).drain()
    assert [c.text for c in api.sent_messages()] == ["0", "1", "2"]
    times = [c.at for c in api.sent_messages()]
    assert all(b - a >= 1 for a, b in itertools.pairwise(times))


async def test_stop_hands_unsent_rows_back(db: Database) -> None:
    """A clean stop mid-batch: the rest stays claimable and is sent after a restart."""
    api = FakeBotAPI()
    outbox = Outbox(db.sessions)
    await outbox.enqueue(messages(30))
    sender = OutboxSender(outbox, make_bot(api), fast_limits(per_second=20.0, batch=30))
    sender.start()
    while len(api.sent_messages()) < 5:  # noqa: ASYNC110 - polling what another thread records
        await asyncio.sleep(0.01)
    await sender.stop()
    sent_before = len(api.sent_messages())
    assert sent_before < 30
    counts = await statuses(db)
    assert counts.get("sending", 0) == 0
    restarted = OutboxSender(outbox, make_bot(api), fast_limits())
    await restarted.drain()
    assert delivered(api) == {BASE + i: 1 for i in range(30)}


async def test_two_senders_share_one_outbox_without_duplicates(db: Database) -> None:
    """Replicas: two senders with their own connections drain one outbox."""
    api = FakeBotAPI()
    await Outbox(db.sessions).enqueue(messages(200))

    async def replica(name: str) -> None:
        async with open_database(db.kind, db.url) as own:
            sender = OutboxSender(
                Outbox(own.sessions), make_bot(api), fast_limits(batch=10), worker_id=name
            )
            await sender.drain()

    await asyncio.gather(replica("a"), replica("b"))
    assert delivered(api) == {BASE + i: 1 for i in range(200)}
    assert await statuses(db) == {"sent": 200}


async def test_a_crashed_senders_rows_are_sent_after_its_lease(db: Database) -> None:
    clock, outbox, api = virtual(db)
    await outbox.enqueue(messages(3))
    await outbox.claim("crashed-replica", 10, timedelta(minutes=2))
    sender = OutboxSender(outbox, make_bot(api), fast_limits(), clock=clock)
    await sender.drain()  # nothing due yet...
    assert api.sent_messages() == []
    await clock.sleep(121)
    await sender.drain()  # ...until the lease has run out
    assert delivered(api) == {BASE + i: 1 for i in range(3)}


async def test_group_chat_pacing(db: Database) -> None:
    """Group chats get their own, slower pace (Telegram allows about 20 a minute)."""
    clock, outbox, api = virtual(db)
    group = -1_001_234_567_890
    await outbox.enqueue(
        [NewMessage(dedupe_key=f"g{i}", chat_id=group, payload={"text": str(i)}) for i in range(3)]
    )
    limits = fast_limits(private_chat_interval_s=0.0)
    await OutboxSender(outbox, make_bot(api), limits, clock=clock).drain()
    assert [c.text for c in api.sent_messages()] == ["0", "1", "2"]
    times = [c.at for c in api.sent_messages()]
    assert all(b - a >= 3 for a, b in itertools.pairwise(times))  # 20 a minute
