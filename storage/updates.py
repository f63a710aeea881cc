"""The inbox: every Telegram update, stored before it is acknowledged, handled once.

The webhook (and the polling loop) stores an update and only then answers Telegram; workers
in every replica claim stored updates, handle them and mark them handled. The primary key
on `update_id` makes a re-delivery a no-op; a claim is a lease, so an update whose replica
died mid-way is claimed again when the lease runs out (handled at least once, never lost).

Order within a chat is kept across replicas: an update is not claimed while an earlier
update of its chat is still unhandled, wherever that one is.
"""

from __future__ import annotations

import enum
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    Integer,
    Text,
    and_,
    any_,
    bindparam,
    delete,
    func,
    literal,
    select,
    text,
    update,
)
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from storage.db import insert_ignoring_conflicts
from storage.models import InboxUpdate
from storage.types import UTCDateTime, utcnow

# "KR": the first key of the per-chat insert lock (written into kring_inbox_add, migration 0015)
INBOX_LOCK_CLASS = 0x4B52


class Stored(enum.Enum):
    """What `UpdateInbox.add` did with an update."""

    QUEUED = "queued"  # stored; a worker will claim it
    TAKEN = "taken"  # stored already leased to the worker that asked: handle it now
    DUPLICATE = "duplicate"  # its id was stored before


def _lock_key(chat_id: int) -> int:
    """A chat id folded into PostgreSQL's 32-bit lock key (two chats may share one: they
    then only wait for each other's insert)."""
    return (chat_id ^ (chat_id >> 31)) & 0x7FFFFFFF


@dataclass(frozen=True, slots=True)
class ClaimedUpdate:
    """An update a worker holds: its id, its decoded JSON and how often it was tried."""

    update_id: int
    data: dict[str, Any]
    attempts: int


@dataclass(frozen=True, slots=True)
class InboxDepth:
    """Updates waiting to be handled, and how long the oldest has waited."""

    waiting: int
    oldest_age_s: float


def chat_of(data: dict[str, Any]) -> int | None:
    """The chat whose order an update belongs to (else its sender), from its JSON."""
    for key, value in data.items():
        if key == "update_id" or not isinstance(value, dict):
            continue
        for holder in (value, value.get("message")):
            if not isinstance(holder, dict):
                continue
            chat = holder.get("chat")
            if isinstance(chat, dict) and _is_id(chat.get("id")):
                return int(chat["id"])
        sender = value.get("from") or value.get("user")
        if isinstance(sender, dict) and _is_id(sender.get("id")):
            return int(sender["id"])
    return None


def _among(update_ids: list[int], postgres: bool) -> Any:
    """`update_id` is one of `update_ids`. PostgreSQL gets one array parameter, so the
    statement's text is the same for any number of ids and its prepared form is reused
    (an IN list of n parameters is a new statement to prepare, a round trip, for each n)."""
    if postgres:
        return InboxUpdate.update_id == any_(literal(update_ids, ARRAY(BigInteger)))
    return InboxUpdate.update_id.in_(update_ids)


def _held_by(worker: str, update_ids: list[int], postgres: bool = False) -> Any:
    """Unhandled updates among `update_ids` whose lease is `worker`'s."""
    return and_(
        _among(update_ids, postgres),
        InboxUpdate.claimed_by == worker,
        InboxUpdate.handled_at.is_(None),
    )


# PostgreSQL: a batch is one call of the function `kring_inbox_add` (migration 0015), in
# autocommit: one round trip. It takes the per-chat locks, then inserts the batch with one
# statement whose text never changes (arrays, not rows of parameters) and decides in it
# whether each update is taken at once: `want` (no earlier update of its chat in the batch,
# and a worker asked) and no earlier unhandled update of its chat in the table. The locks make
# that check exact across replicas: the INSERT's snapshot starts after they are held (a
# function's statements each take their own), and they are held until the call commits. A
# statement does not see its own rows, which is why the batch's own order comes in `want`.
_PG_ADD = text(
    "SELECT update_id, taken FROM kring_inbox_add("
    ":keys, :ids, :chats, :bodies, :wants, :now, :until, CAST(:worker AS VARCHAR))"
).bindparams(
    bindparam("keys", type_=ARRAY(Integer)),
    bindparam("ids", type_=ARRAY(BigInteger)),
    bindparam("chats", type_=ARRAY(BigInteger)),
    bindparam("bodies", type_=ARRAY(Text)),
    bindparam("wants", type_=ARRAY(Boolean)),
    bindparam("now", type_=UTCDateTime()),
    bindparam("until", type_=UTCDateTime()),
)


def _is_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63


class UpdateInbox:
    """Stores, leases and settles incoming updates."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        bind = sessions.kw.get("bind")
        self._postgres = bind is not None and bind.dialect.name == "postgresql"
        # A write that is one statement needs no BEGIN and COMMIT around it on PostgreSQL
        # (each statement is its own transaction there): one round trip instead of three.
        self._single = sessions
        if self._postgres:
            assert bind is not None
            self._single = async_sessionmaker(bind.execution_options(isolation_level="AUTOCOMMIT"))

    async def add(
        self,
        update_id: int,
        data: dict[str, Any],
        worker: str | None = None,
        lease: timedelta = timedelta(seconds=90),
    ) -> Stored:
        """Store one update (see `add_many`)."""
        [stored] = await self.add_many([(update_id, data)], worker, lease)
        return stored

    async def add_many(
        self,
        updates: Sequence[tuple[int, dict[str, Any]]],
        worker: str | None = None,
        lease: timedelta = timedelta(seconds=90),
    ) -> list[Stored]:
        """Store updates in one transaction; DUPLICATE for an id stored before (a
        re-delivery to skip), in the order given.

        With `worker`, an update is stored already leased to it (TAKEN: the worker may
        handle it at once, without a claim) unless an earlier update of its chat is still
        unhandled, in which case it waits its turn like any other (QUEUED). On PostgreSQL a
        lock per chat for the transaction makes that check exact across replicas.

        The body is kept as ASCII-escaped JSON, so any text Telegram may carry (a NUL
        character, lone surrogates escaped by the JSON parser) fits in any database.
        """
        now = self._clock()
        rows = [(uid, chat_of(data), json.dumps(data, ensure_ascii=True, separators=(",", ":")))
                for uid, data in updates]  # fmt: skip
        # Each update once (a later copy in the batch is a DUPLICATE); an update may be taken
        # at once only if no earlier update of its chat is in the batch, in any order.
        unique: list[tuple[int, int | None, str]] = []
        seen: set[int] = set()
        batch_first: dict[int, int] = {}
        for update_id, chat_id, body in rows:
            if update_id in seen:
                continue
            seen.add(update_id)
            unique.append((update_id, chat_id, body))
            if chat_id is not None:
                batch_first[chat_id] = min(batch_first.get(chat_id, update_id), update_id)
        wants = [
            worker is not None and (chat_id is None or batch_first[chat_id] == update_id)
            for update_id, chat_id, _ in unique
        ]
        chats = sorted(batch_first)
        if self._postgres:
            stored = await self._add_postgres(unique, wants, chats, now, worker, lease)
        else:
            stored = await self._add_sqlite(unique, wants, chats, now, worker, lease)
        results = []
        given: set[int] = set()
        for update_id, _, _ in rows:
            found = stored.get(update_id) if update_id not in given else None
            given.add(update_id)
            results.append(Stored.DUPLICATE if found is None else found)
        return results

    async def _add_postgres(
        self,
        rows: list[tuple[int, int | None, str]],
        wants: list[bool],
        chats: list[int],
        now: datetime,
        worker: str | None,
        lease: timedelta,
    ) -> dict[int, Stored]:
        """The batch in one round trip (`_PG_ADD`); the per-chat locks are taken when a
        worker may take updates. TAKEN or QUEUED per update stored; ids stored before are
        missing."""
        # The two-key form: a key space apart from the leader locks' one-key form.
        keys = sorted({_lock_key(c) for c in chats}) if worker is not None else []
        async with self._single() as session:
            found = await session.execute(
                _PG_ADD,
                {
                    "keys": keys,
                    "ids": [r[0] for r in rows],
                    "chats": [r[1] for r in rows],
                    "bodies": [r[2] for r in rows],
                    "wants": wants,
                    "now": now,
                    "until": now + lease,
                    "worker": worker,
                },
            )
            return {
                int(update_id): Stored.TAKEN if taken else Stored.QUEUED
                for update_id, taken in found.all()
            }

    async def _add_sqlite(
        self,
        rows: list[tuple[int, int | None, str]],
        wants: list[bool],
        chats: list[int],
        now: datetime,
        worker: str | None,
        lease: timedelta,
    ) -> dict[int, Stored]:
        """The batch in one transaction (SQLite has one writer at a time, so the check for
        earlier unhandled updates cannot race another insert)."""
        async with self._sessions.begin() as session:
            # The earliest unhandled update of each chat, before this batch.
            first: dict[int, int] = {}
            if worker is not None and chats:
                for start in range(0, len(chats), 500):
                    found = await session.execute(
                        select(InboxUpdate.chat_id, func.min(InboxUpdate.update_id))
                        .where(
                            InboxUpdate.chat_id.in_(chats[start : start + 500]),
                            InboxUpdate.handled_at.is_(None),
                        )
                        .group_by(InboxUpdate.chat_id)
                    )
                    first.update({int(c): int(u) for c, u in found.all() if c is not None})
            values = []
            planned: dict[int, Stored] = {}
            for (update_id, chat_id, body), want in zip(rows, wants, strict=True):
                take = want and not (
                    chat_id is not None and first.get(chat_id, update_id) < update_id
                )
                values.append(
                    {
                        "update_id": update_id,
                        "chat_id": chat_id,
                        "body": body,
                        "received_at": now,
                        "available_at": now + lease if take else now,
                        "claimed_by": worker if take else None,
                        "attempts": 1 if take else 0,
                    }
                )
                planned[update_id] = Stored.TAKEN if take else Stored.QUEUED
            inserted: set[int] = set()
            for start in range(0, len(values), 500):  # one statement for many rows
                stmt = (
                    insert_ignoring_conflicts(session, InboxUpdate, "update_id")
                    .values(values[start : start + 500])
                    .returning(InboxUpdate.update_id)
                )
                inserted.update((await session.scalars(stmt)).all())
        return {uid: planned[uid] for uid in inserted}

    async def claim(self, worker: str, limit: int, lease: timedelta) -> list[ClaimedUpdate]:
        """Lease up to `limit` updates to `worker`, oldest first.

        An update is due when it is unhandled and its lease (if any) ran out, and no earlier
        update of the same chat is still unhandled. On PostgreSQL `FOR UPDATE SKIP LOCKED`
        lets replicas claim disjoint rows; the conditions repeated in the UPDATE keep SQLite
        (one writer at a time) just as safe.
        """
        now = self._clock()
        earlier = aliased(InboxUpdate)
        blocked = (
            select(earlier.update_id)
            .where(
                earlier.chat_id == InboxUpdate.chat_id,
                earlier.update_id < InboxUpdate.update_id,
                earlier.handled_at.is_(None),
            )
            .exists()
        )
        due = and_(InboxUpdate.handled_at.is_(None), InboxUpdate.available_at <= now, ~blocked)
        candidates = (
            select(InboxUpdate.update_id)
            .where(due)
            .order_by(InboxUpdate.update_id)
            .limit(limit)
            .with_for_update(skip_locked=True, of=InboxUpdate)
        )
        async with self._sessions.begin() as session:
            ids = list((await session.scalars(candidates)).all())
            if not ids:
                return []
            stmt = (
                update(InboxUpdate)
                .where(
                    _among(ids, self._postgres),
                    InboxUpdate.handled_at.is_(None),
                    InboxUpdate.available_at <= now,
                )
                .values(
                    claimed_by=worker,
                    available_at=now + lease,
                    attempts=InboxUpdate.attempts + 1,
                )
                .returning(InboxUpdate.update_id, InboxUpdate.body, InboxUpdate.attempts)
            )
            result = await session.execute(stmt, execution_options={"synchronize_session": False})
            rows = result.all()
        claimed = [ClaimedUpdate(uid, json.loads(body), attempts) for uid, body, attempts in rows]
        claimed.sort(key=lambda c: c.update_id)
        return claimed

    async def mark_handled(self, update_ids: list[int], worker: str) -> int:
        """Settle updates this worker handled (a lease taken over by another is left alone)."""
        if not update_ids:
            return 0
        async with self._single.begin() as session:
            result = await session.execute(
                update(InboxUpdate)
                .where(_held_by(worker, update_ids, self._postgres))
                .values(handled_at=self._clock())
            )
            return int(cast(CursorResult[Any], result).rowcount or 0)

    async def extend(self, update_ids: list[int], worker: str, lease: timedelta) -> None:
        """Renew this worker's leases of updates still being handled (a reply waiting out a
        429 may take longer than one lease)."""
        if not update_ids:
            return
        async with self._single.begin() as session:
            await session.execute(
                update(InboxUpdate)
                .where(_held_by(worker, update_ids, self._postgres))
                .values(available_at=self._clock() + lease)
            )

    async def release(self, update_ids: list[int], worker: str) -> None:
        """Give leased updates back at once (a worker stopping before it handled them)."""
        if not update_ids:
            return
        async with self._single.begin() as session:
            await session.execute(
                update(InboxUpdate)
                .where(_held_by(worker, update_ids, self._postgres))
                .values(available_at=self._clock(), attempts=InboxUpdate.attempts - 1)
            )

    async def depth(self) -> InboxDepth:
        """How many updates wait, and the age of the oldest (0 when none)."""
        async with self._sessions() as session:
            count, oldest = (
                await session.execute(
                    select(func.count(), func.min(InboxUpdate.received_at)).where(
                        InboxUpdate.handled_at.is_(None)
                    )
                )
            ).one()
        age = (self._clock() - oldest).total_seconds() if oldest is not None else 0.0
        return InboxDepth(int(count), max(0.0, age))

    async def purge_older_than(self, age: timedelta) -> int:
        """Forget updates handled longer than `age` ago (Telegram re-delivers for at most a
        day); unhandled ones are never purged."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(InboxUpdate).where(
                    InboxUpdate.handled_at.is_not(None),
                    InboxUpdate.handled_at < self._clock() - age,
                )
            )
            return int(cast(CursorResult[Any], result).rowcount or 0)
