"""The outbox table: dedupe, claims, leases and several senders at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from sqlalchemy import select, update

from storage.members import MemberService
from storage.models import OutboxMessage, OutboxStatus
from storage.outbox import NewMessage, Outbox
from storage.types import utcnow
from tests.conftest import Database, open_database


def message(key: str, chat_id: int = 5_000_000_001, **kw: object) -> NewMessage:
    return NewMessage(dedupe_key=key, chat_id=chat_id, payload={"text": f"hello {key}"}, **kw)  # type: ignore[arg-type]


async def test_enqueue_skips_known_dedupe_keys(db: Database) -> None:
    outbox = Outbox(db.sessions)
    assert await outbox.enqueue([message("checkin:1:1"), message("checkin:1:2")]) == 2
    assert await outbox.enqueue([message("checkin:1:1"), message("checkin:1:3")]) == 1
    counts = await outbox.counts()
    assert counts[OutboxStatus.PENDING] == 3


async def test_claim_takes_due_rows_once(db: Database) -> None:
    outbox = Outbox(db.sessions)
    later = utcnow() + timedelta(hours=1)
    await outbox.enqueue([message("a"), message("b"), message("later", not_before=later)])
    claimed = await outbox.claim("w1", 10, timedelta(minutes=1))
    assert sorted(c.payload["text"] for c in claimed) == ["hello a", "hello b"]
    assert await outbox.claim("w2", 10, timedelta(minutes=1)) == []


async def test_an_expired_lease_is_claimed_again(db: Database) -> None:
    """A sender that crashed after claiming does not lose the rows."""
    outbox = Outbox(db.sessions)
    await outbox.enqueue([message("a")])
    [row] = await outbox.claim("crashed", 10, timedelta(minutes=1))
    async with db.sessions.begin() as session:
        await session.execute(
            update(OutboxMessage).values(claimed_until=utcnow() - timedelta(seconds=1))
        )
    [again] = await outbox.claim("w2", 10, timedelta(minutes=1))
    assert again.id == row.id
    # The crashed sender's late outcome no longer counts; the new claimer's does.
    await outbox.mark_sent(row.id, "crashed", 1)
    async with db.sessions() as session:
        stored = await session.scalar(select(OutboxMessage))
        assert stored is not None and stored.status == OutboxStatus.SENDING
    await outbox.mark_sent(again.id, "w2", 42)
    async with db.sessions() as session:
        stored = await session.scalar(select(OutboxMessage))
        assert stored is not None
        assert (stored.status, stored.telegram_message_id) == (OutboxStatus.SENT, 42)


async def test_release_and_retry_make_rows_pending_again(db: Database) -> None:
    outbox = Outbox(db.sessions)
    await outbox.enqueue([message("a"), message("b")])
    a, b = await outbox.claim("w", 10, timedelta(minutes=1))
    await outbox.release([a.id], "w")
    await outbox.retry_later(b.id, "w", utcnow() + timedelta(hours=1), "502", count=True)
    [again] = await outbox.claim("w", 10, timedelta(minutes=1))
    assert again.id == a.id and again.attempts == 0
    async with db.sessions() as session:
        stored = await session.get(OutboxMessage, b.id)
        assert stored is not None and stored.attempts == 1 and stored.last_error == "502"


async def test_blocked_member_gets_nothing_queued_or_sent(db: Database) -> None:
    outbox = Outbox(db.sessions)
    members = MemberService(db.sessions)
    await members.choose_locale(5_000_000_001, "tr")
    await outbox.enqueue([message("before")])
    [row] = await outbox.claim("w", 10, timedelta(minutes=1))
    await outbox.enqueue([message("pending")])
    await outbox.mark_chat_unreachable(row.id, row.chat_id, "Forbidden: bot was blocked")
    await outbox.enqueue([message("after")])
    counts = await outbox.counts()
    assert counts[OutboxStatus.UNREACHABLE] == 3
    assert counts[OutboxStatus.PENDING] == 0
    found = await members.find(5_000_000_001)
    assert found is not None and found.reachable is False


async def test_counts_by_prefix(db: Database) -> None:
    outbox = Outbox(db.sessions)
    await outbox.enqueue([message("broadcast:1:1"), message("broadcast:1:2"), message("x:1")])
    counts = await outbox.counts(prefix="broadcast:1:")
    assert counts[OutboxStatus.PENDING] == 2


async def test_competing_senders_claim_disjoint_rows(db: Database) -> None:
    """Four senders with their own connections claim at once: no row is claimed twice."""
    outbox = Outbox(db.sessions)
    await outbox.enqueue([message(f"m{i}", chat_id=6_000_000_000 + i) for i in range(400)])

    async def sender(name: str) -> list[int]:
        async with open_database(db.kind, db.url) as own:
            mine = Outbox(own.sessions)
            ids: list[int] = []
            while batch := await mine.claim(name, 7, timedelta(minutes=1)):
                ids += [c.id for c in batch]
                await asyncio.sleep(0)
            return ids

    results = await asyncio.gather(*(sender(f"w{i}") for i in range(4)))
    every = [i for ids in results for i in ids]
    assert len(every) == 400
    assert len(set(every)) == 400


async def test_a_claim_never_takes_more_than_its_limit(db: Database) -> None:
    """PostgreSQL may re-run a LIMIT subquery per updated row; a claim must still stop at
    its limit, or one sender would hold every row past its lease (and another resend)."""
    outbox = Outbox(db.sessions)
    await outbox.enqueue(
        NewMessage(f"limit:{i}", 9_100_000_000 + i, {"text": "x"}) for i in range(500)
    )
    first = await outbox.claim("a", 50, timedelta(minutes=2))
    second = await outbox.claim("b", 50, timedelta(minutes=2))
    assert len(first) == 50 and len(second) == 50
    assert not {c.id for c in first} & {c.id for c in second}
