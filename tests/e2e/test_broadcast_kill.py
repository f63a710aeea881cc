"""A broadcast interrupted by SIGKILL of `kring run` halfway, then finished by a restart.

What a crash may cost: the sender claims up to `SenderLimits.batch` (50) rows at a time
and sends them with `SenderLimits.concurrency` (8) workers, each holding one row between
its request to Telegram and the database write that settles it. A kill leaves the claimed
rows 'sending'; after the lease runs out they are claimed again and sent. Rows that were
never requested are then delivered once; only rows whose request had already reached
Telegram (in flight: at most one per worker, so at most 8) are delivered twice.

The test shows exactly that: the members who get the broadcast twice are exactly the
rows in flight at the kill, and there are at most 8 of them; nobody is missed, nobody
gets it three times, every row ends 'sent'.
"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from bot.delivery import SenderLimits
from bot.i18n import Catalogs
from bot.render.broadcasts import BroadcastMessages
from storage.broadcasts import BroadcastService
from storage.community import CommunityService
from storage.models import Member, Membership, OutboxMessage, OutboxStatus, Role
from storage.types import utcnow
from tests.conftest import Database
from tests.e2e.test_kring_run import KringProcess, start_kring
from tests.fakes import FakeBotAPIServer
from tests.harness import TOKEN

pytestmark = pytest.mark.e2e

COORDINATOR = 7_200_000_001
FACILITATOR = 7_200_000_002
FIRST_PARENT = 7_300_000_000
PARENTS = 300
LOCALES = ("nl", "ar", "tr", "so", "es")
# Each Bot API call takes this long at the fake: 8 workers then manage about 27 sends a
# second (under the sender's own 29/s), so the kill lands mid-stream with every worker
# holding a request, and the whole broadcast takes about 11 s.
LATENCY_S = 0.3
# Kill once this many members have the message: about half, and not on a batch boundary
# (multiples of 50), where the workers are between batches and nothing is in flight.
KILL_AT = PARENTS // 2 + 15


async def seed_broadcast(db: Database) -> int:
    """A coordinator, a group with a facilitator and PARENTS consenting parents, and a
    confirmed broadcast to them: its outbox rows are pending. Returns the broadcast id."""
    community = CommunityService(db.sessions)
    await community.add_coordinator("Buurthuis Oost", COORDINATOR)
    group = await community.create_group(COORDINATOR, "Moeders Oost", "Europe/Amsterdam", "nl")
    code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)
    await community.accept_invite(code, FACILITATOR, "Fatma", "tr", consent_version=1)
    now = utcnow()
    members = [
        {
            "telegram_user_id": FIRST_PARENT + i,
            "locale": LOCALES[i % len(LOCALES)],
            "display_name": f"Ouder {i}",
            "consent_given_at": now,
            "consent_version": 1,
            "reachable": True,
            "paused_indefinitely": False,
            # No quiet hours, so the broadcast goes out now whatever the time of the run.
            "quiet_start_min": 0,
            "quiet_end_min": 0,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(PARENTS)
    ]
    async with db.sessions.begin() as session:
        await session.execute(insert(Member), members)
        ids = (
            await session.scalars(select(Member.id).where(Member.telegram_user_id >= FIRST_PARENT))
        ).all()
        await session.execute(
            insert(Membership),
            [{"member_id": m, "group_id": group.id, "role": Role.PARENT, "active": True,
              "created_at": now} for m in ids],
        )  # fmt: skip
    broadcasts = BroadcastService(db.sessions, community)
    draft = await broadcasts.start(FACILITATOR, group.id)
    await broadcasts.set_part(FACILITATOR, draft.id, "nl", text="Donderdag geen bijeenkomst.")
    await broadcasts.set_part(FACILITATOR, draft.id, "ar", text="لا يوجد لقاء يوم الخميس.")
    sent = await broadcasts.confirm(FACILITATOR, draft.id, BroadcastMessages(Catalogs.load()))
    assert sent.recipients == PARENTS
    return draft.id


async def outbox_by_chat(db: Database, broadcast_id: int) -> dict[int, OutboxStatus]:
    """The status of each member's broadcast row (one row each: text only)."""
    async with db.sessions() as session:
        rows = await session.execute(
            select(OutboxMessage.chat_id, OutboxMessage.status).where(
                OutboxMessage.dedupe_key.startswith(f"broadcast:{broadcast_id}:")
            )
        )
        found = {int(chat): OutboxStatus(status) for chat, status in rows.all()}
    assert len(found) == PARENTS
    return found


async def expire_leases(db: Database) -> int:
    """Let the killed sender's leases run out now.

    `kring run` claims rows for `SenderLimits.lease` (2 minutes), and there is no setting
    to shorten it; waiting that long would make this test slow, and adding a setting only
    for a test would change production code. Moving `claimed_until` into the past is
    exactly the state the database reaches when the lease runs out, so the restarted
    process sees what it would see 2 minutes later.
    """
    async with db.sessions.begin() as session:
        result = await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.status == OutboxStatus.SENDING)
            .values(claimed_until=utcnow() - timedelta(seconds=1))
        )
        return int(result.rowcount or 0)  # type: ignore[attr-defined]


def deliveries(fake: FakeBotAPIServer) -> Counter[int]:
    """How many broadcast messages each parent got (the facilitator's report is left out)."""
    parents = range(FIRST_PARENT, FIRST_PARENT + PARENTS)
    return Counter(
        c.chat_id
        for c in fake.api.sent_messages()
        if isinstance(c.chat_id, int) and c.chat_id in parents
    )


async def wait_for(predicate: Callable[[], bool], within_s: float, what: str) -> None:
    deadline = time.monotonic() + within_s
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def test_sigkill_halfway_then_restart_delivers_the_rest_once(
    tmp_path: Path, db: Database
) -> None:
    limits = SenderLimits()  # what `kring run` uses
    broadcast_id = await seed_broadcast(db)
    assert set((await outbox_by_chat(db, broadcast_id)).values()) == {OutboxStatus.PENDING}

    with FakeBotAPIServer(token=TOKEN) as fake:
        fake.api.delay_s = LATENCY_S
        started = time.monotonic()
        running: list[KringProcess] = []  # killed on the way out if a check fails

        async def start() -> KringProcess:
            kring, _ = await asyncio.to_thread(start_kring, tmp_path, fake, webhook=False,
                                               db_url=db.url)  # fmt: skip
            running.append(kring)
            return kring

        try:
            # --- first run: killed halfway -----------------------------------------------
            first = await start()
            await wait_for(lambda: len(deliveries(fake)) >= KILL_AT, 40, "half the members")
            first.proc.kill()  # SIGKILL: no shutdown, no release of claimed rows
            await asyncio.to_thread(first.kill)  # reap it, close its log
            running.remove(first)
            (tmp_path / "kring.log").rename(tmp_path / "kring-killed.log")
            # Requests the dead process had sent still reach "Telegram" (the fake's server
            # threads finish them after their latency): let them land before counting.
            await asyncio.sleep(LATENCY_S * 3 + 0.5)
            before = deliveries(fake)
            at_kill = await outbox_by_chat(db, broadcast_id)
            sending = {c for c, s in at_kill.items() if s is OutboxStatus.SENDING}
            sent = {c for c, s in at_kill.items() if s is OutboxStatus.SENT}
            in_flight = sending & set(before)  # reached Telegram, never settled
            assert KILL_AT <= len(before) < PARENTS - limits.batch  # really halfway
            assert max(before.values()) == 1
            assert sent <= set(before)  # nothing is marked sent that was not delivered
            assert set(before) <= sent | sending  # nothing pending was delivered
            assert len(sending) <= limits.batch  # claimed in the interrupted batch
            assert 1 <= len(in_flight) <= limits.concurrency  # at most one per worker
            assert await expire_leases(db) == len(sending)

            # --- second run: finishes the broadcast --------------------------------------
            second = await start()
            await wait_for(lambda: len(deliveries(fake)) == PARENTS, 40, "every member")

            async def settled() -> bool:
                statuses = set((await outbox_by_chat(db, broadcast_id)).values())
                return statuses == {OutboxStatus.SENT}

            deadline = time.monotonic() + 10
            while not await settled():
                assert time.monotonic() < deadline, "outbox rows left unsettled"
                await asyncio.sleep(0.1)
            code = await asyncio.to_thread(second.terminate)  # SIGTERM: a clean stop
            running.remove(second)
            assert code == 0, second.log
        finally:
            for kring in running:
                await asyncio.to_thread(kring.kill)
        elapsed = time.monotonic() - started

    after = deliveries(fake)
    assert set(after) == set(range(FIRST_PARENT, FIRST_PARENT + PARENTS))  # nobody missed
    twice = {chat for chat, n in after.items() if n == 2}
    assert max(after.values()) <= 2  # nobody got it three times
    # Exactly the rows in flight at the kill were sent again; nobody else got it twice.
    assert twice == in_flight
    assert len(twice) <= limits.concurrency
    assert not fake.errors
    print(
        f"\n[{db.kind}] delivered before the kill: {len(before)}/{PARENTS}; claimed "
        f"('sending') at the kill: {len(sending)}; in flight: {len(in_flight)} "
        f"(max {limits.concurrency}); delivered twice: {len(twice)}; {elapsed:.1f} s"
    )
