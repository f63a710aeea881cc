"""The inbox: an update is stored once, leased, handled in order per chat, never lost."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from storage.models import InboxUpdate
from storage.updates import Stored, UpdateInbox, chat_of
from tests.clock import MONDAY_10, Clock
from tests.conftest import Database

LEASE = timedelta(seconds=90)


def message(update_id: int, chat_id: int, text: str = "hallo") -> dict[str, Any]:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1_700_000_000,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": abs(chat_id), "is_bot": False, "first_name": "Amina"},
            "text": text,
        },
    }


def ids(claimed: list[Any]) -> list[int]:
    return [c.update_id for c in claimed]


async def test_an_update_is_stored_once(db: Database) -> None:
    inbox = UpdateInbox(db.sessions)
    assert await inbox.add(2**40, message(2**40, 7)) is Stored.QUEUED
    assert await inbox.add(2**40, message(2**40, 7, "again")) is Stored.DUPLICATE
    claimed = await inbox.claim("w", 10, LEASE)
    assert [(c.update_id, c.data["message"]["text"]) for c in claimed] == [(2**40, "hallo")]


async def test_concurrent_deliveries_of_one_update_store_exactly_one(db: Database) -> None:
    inbox = UpdateInbox(db.sessions)
    results = await asyncio.gather(*(inbox.add(99, message(99, 7)) for _ in range(8)))
    assert sorted(r.value for r in results) == ["duplicate"] * 7 + ["queued"]


async def test_odd_text_and_64_bit_ids_are_kept_exactly(db: Database) -> None:
    """A NUL, an Arabic name with a bidi mark and a 64-bit chat id survive the database."""
    inbox = UpdateInbox(db.sessions)
    data = message(5, -(2**62), "مرحبا\u200f <b>&amp;</b> \x00 end")
    await inbox.add(5, data)
    [claimed] = await inbox.claim("w", 1, LEASE)
    assert claimed.data == data


async def test_a_chat_keeps_its_order_while_others_go_ahead(db: Database) -> None:
    inbox = UpdateInbox(db.sessions)
    for update_id, chat in [(1, 10), (2, 10), (3, 20), (4, 10), (5, 20)]:
        await inbox.add(update_id, message(update_id, chat))
    first = await inbox.claim("a", 10, LEASE)
    assert ids(first) == [1, 3]  # each chat's oldest only
    assert await inbox.claim("b", 10, LEASE) == []  # another replica waits its turn too
    assert await inbox.mark_handled([1], "a") == 1
    assert ids(await inbox.claim("b", 10, LEASE)) == [2]
    await inbox.mark_handled([3], "a")
    assert ids(await inbox.claim("a", 10, LEASE)) == [5]


async def test_a_dead_workers_update_is_handled_again_after_its_lease(db: Database) -> None:
    clock = Clock(MONDAY_10)
    inbox = UpdateInbox(db.sessions, clock)
    await inbox.add(1, message(1, 10))
    await inbox.add(2, message(2, 10))
    assert ids(await inbox.claim("dead", 10, LEASE)) == [1]
    clock.advance(seconds=60)
    assert await inbox.claim("alive", 10, LEASE) == []  # still leased
    clock.advance(seconds=31)
    [again] = await inbox.claim("alive", 10, LEASE)
    assert (again.update_id, again.attempts) == (1, 2)
    assert await inbox.mark_handled([1], "dead") == 0  # the lease is no longer theirs
    assert await inbox.mark_handled([1], "alive") == 1
    assert ids(await inbox.claim("alive", 10, LEASE)) == [2]


async def test_a_released_update_is_claimable_at_once(db: Database) -> None:
    inbox = UpdateInbox(db.sessions)
    await inbox.add(1, message(1, 10))
    await inbox.claim("a", 10, LEASE)
    await inbox.release([1], "a")
    [again] = await inbox.claim("b", 10, LEASE)
    assert (again.update_id, again.attempts) == (1, 1)


async def test_depth_and_purge_keep_what_is_not_handled(db: Database) -> None:
    clock = Clock(MONDAY_10)
    inbox = UpdateInbox(db.sessions, clock)
    await inbox.add(1, message(1, 10))
    await inbox.add(2, message(2, 20))
    await inbox.claim("a", 10, LEASE)
    await inbox.mark_handled([1], "a")
    clock.advance(seconds=30)
    depth = await inbox.depth()
    assert (depth.waiting, depth.oldest_age_s) == (1, 30.0)
    clock.advance(days=3)
    assert await inbox.purge_older_than(timedelta(days=2)) == 1
    async with db.sessions() as session:
        left = (await session.scalars(select(InboxUpdate.update_id))).all()
        assert list(left) == [2]
        assert await session.scalar(select(func.count()).select_from(InboxUpdate)) == 1


def test_the_chat_of_an_update() -> None:
    assert chat_of(message(1, -100123)) == -100123
    tap = {"update_id": 2, "callback_query": {"id": "q", "from": {"id": 77},
                                              "message": {"chat": {"id": 55}}}}  # fmt: skip
    assert chat_of(tap) == 55
    member = {"update_id": 3, "my_chat_member": {"chat": {"id": -5}, "from": {"id": 9}}}
    assert chat_of(member) == -5
    assert chat_of({"update_id": 4, "poll": {"id": "p"}}) is None


async def test_a_long_handler_keeps_its_lease(db: Database) -> None:
    clock = Clock(MONDAY_10)
    inbox = UpdateInbox(db.sessions, clock)
    await inbox.add(1, message(1, 10))
    await inbox.claim("slow", 10, LEASE)
    clock.advance(seconds=60)
    await inbox.extend([1], "slow", LEASE)
    await inbox.extend([1], "other", timedelta(0))  # not theirs: no effect
    clock.advance(seconds=60)  # 120 s after the claim, 60 s after the renewal
    assert await inbox.claim("other", 10, LEASE) == []
    clock.advance(seconds=31)
    assert ids(await inbox.claim("other", 10, LEASE)) == [1]


async def test_an_update_is_stored_leased_to_the_worker_that_took_it(db: Database) -> None:
    """The webhook's replica handles a new update at once (no claim), unless an earlier
    update of the same chat is still unhandled: then it waits its turn."""
    clock = Clock(MONDAY_10)
    inbox = UpdateInbox(db.sessions, clock)
    assert await inbox.add(1, message(1, 10), "here", LEASE) is Stored.TAKEN
    assert await inbox.add(2, message(2, 10), "here", LEASE) is Stored.QUEUED  # 1 first
    assert await inbox.add(3, message(3, 20), "here", LEASE) is Stored.TAKEN
    assert await inbox.add(3, message(3, 20), "here", LEASE) is Stored.DUPLICATE
    assert await inbox.claim("there", 10, LEASE) == []  # 1 and 3 are leased, 2 waits for 1
    assert await inbox.mark_handled([1, 3], "here") == 2
    [second] = await inbox.claim("there", 10, LEASE)
    assert second.update_id == 2
    clock.advance(seconds=91)  # a taken update whose replica died is claimed again too
    assert await inbox.add(4, message(4, 30), "dead", LEASE) is Stored.TAKEN
    clock.advance(seconds=91)
    assert 4 in ids(await inbox.claim("there", 10, LEASE))


async def test_concurrent_updates_of_one_chat_are_taken_one_at_a_time(db: Database) -> None:
    """While a chat's update is being handled in one replica, the chat's next updates,
    stored at the same moment by two replicas, all wait their turn; once it is handled,
    exactly one of them (the earliest) is claimed."""
    inbox = UpdateInbox(db.sessions)
    assert await inbox.add(1, message(1, 10), "replica-0", LEASE) is Stored.TAKEN
    results = await asyncio.gather(
        *(inbox.add(i, message(i, 10), f"replica-{i % 2}", LEASE) for i in range(2, 10))
    )
    assert set(results) == {Stored.QUEUED}
    await inbox.mark_handled([1], "replica-0")
    assert ids(await inbox.claim("replica-1", 10, LEASE)) == [2]


async def test_a_batch_takes_each_chats_earliest_update_in_whatever_order_it_came(
    db: Database,
) -> None:
    """Requests arrive in any order: within one batch the earliest update of a chat is
    taken and the later ones wait, a re-delivered id is a duplicate, and a chat whose
    earlier update is still unhandled gets nothing taken."""
    inbox = UpdateInbox(db.sessions)
    assert await inbox.add(1, message(1, 30), "here", LEASE) is Stored.TAKEN
    batch = [(5, message(5, 10)), (3, message(3, 10)), (7, message(7, 20)),
             (7, message(7, 20)), (1, message(1, 30)), (8, message(8, 30))]  # fmt: skip
    assert await inbox.add_many(batch, "here", LEASE) == [
        Stored.QUEUED,
        Stored.TAKEN,
        Stored.TAKEN,
        Stored.DUPLICATE,
        Stored.DUPLICATE,
        Stored.QUEUED,
    ]
    async with db.sessions() as session:
        rows = (
            await session.execute(
                select(InboxUpdate.update_id, InboxUpdate.claimed_by, InboxUpdate.attempts)
                .order_by(InboxUpdate.update_id)
            )
        ).all()  # fmt: skip
    assert [tuple(r) for r in rows] == [
        (1, "here", 1), (3, "here", 1), (5, None, 0), (7, "here", 1), (8, None, 0)
    ]  # fmt: skip
    await inbox.mark_handled([3], "here")
    assert ids(await inbox.claim("there", 10, LEASE)) == [5]  # 8 still waits for 1
