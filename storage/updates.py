"""The inbox: every Telegram update, stored before it is acknowledged, handled once.

The webhook (and the polling loop) stores an update and only then answers Telegram; workers
in every replica claim stored updates, handle them and mark them handled. The primary key
on `update_id` makes a re-delivery a no-op; a claim is a lease, so an update whose replica
died mid-way is claimed again when the lease runs out (handled at least once, never lost).

Order within a chat is kept across replicas: an update is not claimed while an earlier
update of its chat is still unhandled, wherever that one is.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from storage.db import insert_ignoring_conflicts
from storage.models import InboxUpdate
from storage.types import utcnow


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


def _held_by(worker: str, update_ids: list[int]) -> Any:
    """Unhandled updates among `update_ids` whose lease is `worker`'s."""
    return and_(
        InboxUpdate.update_id.in_(update_ids),
        InboxUpdate.claimed_by == worker,
        InboxUpdate.handled_at.is_(None),
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

    async def add(self, update_id: int, data: dict[str, Any]) -> bool:
        """Store an update; False if its id was stored before (a re-delivery to skip).

        The body is kept as ASCII-escaped JSON, so any text Telegram may carry (a NUL
        character, lone surrogates escaped by the JSON parser) fits in any database.
        """
        now = self._clock()
        body = json.dumps(data, ensure_ascii=True, separators=(",", ":"))
        async with self._sessions.begin() as session:
            stmt = (
                insert_ignoring_conflicts(session, InboxUpdate, "update_id")
                .values(
                    update_id=update_id,
                    chat_id=chat_of(data),
                    body=body,
                    received_at=now,
                    available_at=now,
                    attempts=0,
                )
                .returning(InboxUpdate.update_id)
            )
            return (await session.execute(stmt)).first() is not None

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
                    InboxUpdate.update_id.in_(ids),
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
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(InboxUpdate)
                .where(_held_by(worker, update_ids))
                .values(handled_at=self._clock())
            )
            return int(cast(CursorResult[Any], result).rowcount or 0)

    async def extend(self, update_ids: list[int], worker: str, lease: timedelta) -> None:
        """Renew this worker's leases of updates still being handled (a reply waiting out a
        429 may take longer than one lease)."""
        if not update_ids:
            return
        async with self._sessions.begin() as session:
            await session.execute(
                update(InboxUpdate)
                .where(_held_by(worker, update_ids))
                .values(available_at=self._clock() + lease)
            )

    async def release(self, update_ids: list[int], worker: str) -> None:
        """Give leased updates back at once (a worker stopping before it handled them)."""
        if not update_ids:
            return
        async with self._sessions.begin() as session:
            await session.execute(
                update(InboxUpdate)
                .where(_held_by(worker, update_ids))
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
