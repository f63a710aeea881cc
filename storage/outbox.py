"""The delivery outbox: every message the bot initiates is a row before it is sent."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.db import insert_ignoring_conflicts
from storage.members import MemberCache, mark_reachable
from storage.models import Member, OutboxMessage, OutboxStatus
from storage.types import utcnow

# A sendPhoto payload may carry a PNG Kring made itself, base64-encoded under this key
# (the sender turns it into the photo's bytes).
PHOTO_PNG_KEY = "photo_png_base64"


@dataclass(frozen=True, slots=True)
class NewMessage:
    """A message to enqueue. `dedupe_key` makes enqueueing it twice harmless."""

    dedupe_key: str
    chat_id: int
    payload: Mapping[str, Any]
    method: str = "sendMessage"
    member_id: int | None = None
    not_before: datetime | None = None
    prompt: bool = False  # counts towards the member's weekly cap


@dataclass(frozen=True, slots=True)
class ClaimedMessage:
    """A row a sender has claimed and must settle (sent, retry, failed or unreachable)."""

    id: int
    chat_id: int
    method: str
    payload: dict[str, Any]
    attempts: int


class Outbox:
    """Enqueue, claim and settle outbox rows; safe with several senders on PostgreSQL."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        member_cache: MemberCache | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._sessions = sessions
        self._member_cache = member_cache
        self._clock = clock

    async def enqueue(self, messages: Iterable[NewMessage]) -> int:
        """Store messages to send; returns how many were new (known dedupe keys are skipped).

        A message to a member who blocked the bot is stored as unreachable, so reports can
        count it and the sender never tries it.
        """
        rows = message_rows(messages, self._clock())
        if not rows:
            return 0
        async with self._sessions.begin() as session:
            return await enqueue_rows(session, rows)

    async def claim(self, worker: str, limit: int, lease: timedelta) -> list[ClaimedMessage]:
        """Claim up to `limit` due rows for `worker` until the lease runs out.

        Due means pending and past `not_before`, or claimed by a sender whose lease expired
        (it crashed). On PostgreSQL `FOR UPDATE SKIP LOCKED` lets replicas claim disjoint
        rows without waiting; the status check in the UPDATE keeps SQLite (one writer at a
        time) just as safe.
        """
        now = self._clock()
        due = or_(
            and_(OutboxMessage.status == OutboxStatus.PENDING, OutboxMessage.not_before <= now),
            and_(
                OutboxMessage.status == OutboxStatus.SENDING,
                OutboxMessage.claimed_until < now,
            ),
        )
        # Ids first, then the UPDATE: PostgreSQL may re-run a LIMIT subquery inside an
        # UPDATE once per row (each run skipping the rows just locked), claiming far more
        # than `limit`. A separate SELECT ... FOR UPDATE SKIP LOCKED cannot.
        candidates = (
            select(OutboxMessage.id)
            .where(due)
            .order_by(OutboxMessage.not_before, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
        async with self._sessions.begin() as session:
            ids = list((await session.scalars(candidates)).all())
            if not ids:
                return []
            stmt = (
                update(OutboxMessage)
                .where(OutboxMessage.id.in_(ids), due)
                .values(
                    status=OutboxStatus.SENDING,
                    claimed_by=worker,
                    claimed_until=now + lease,
                )
                .returning(
                    OutboxMessage.id,
                    OutboxMessage.chat_id,
                    OutboxMessage.method,
                    OutboxMessage.payload,
                    OutboxMessage.attempts,
                )
            )
            result = await session.execute(stmt, execution_options={"synchronize_session": False})
            claimed = [ClaimedMessage(*row) for row in result.all()]
        claimed.sort(key=lambda c: c.id)
        return claimed

    async def mark_sent(self, row_id: int, worker: str, telegram_message_id: int | None) -> None:
        """Settle a row as delivered."""
        await self._settle(
            row_id,
            worker,
            status=OutboxStatus.SENT,
            sent_at=self._clock(),
            telegram_message_id=telegram_message_id,
            last_error=None,
        )

    async def retry_later(
        self, row_id: int, worker: str, not_before: datetime, error: str, *, count: bool
    ) -> None:
        """Give a row back for another try after `not_before`; `count` adds an attempt."""
        values: dict[str, Any] = {
            "status": OutboxStatus.PENDING,
            "not_before": not_before,
            "last_error": error[:1000],
        }
        if count:
            values["attempts"] = OutboxMessage.attempts + 1
        await self._settle(row_id, worker, **values)

    async def mark_failed(self, row_id: int, worker: str, error: str) -> None:
        """Settle a row as failed for good (Telegram refused it, or retries ran out)."""
        await self._settle(
            row_id,
            worker,
            status=OutboxStatus.FAILED,
            attempts=OutboxMessage.attempts + 1,
            last_error=error[:1000],
        )

    async def mark_chat_unreachable(self, row_id: int, chat_id: int, error: str) -> None:
        """Telegram answered 403: settle this row and every pending one for the chat, and
        mark the member unreachable so nothing is sent to them until they come back."""
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(OutboxMessage.id == row_id)
                .values(status=OutboxStatus.UNREACHABLE, last_error=error[:1000])
            )
            await mark_reachable(session, chat_id, reachable=False)
        if self._member_cache is not None:
            self._member_cache.forget(chat_id)

    async def release(self, row_ids: Iterable[int], worker: str) -> None:
        """Hand claimed rows that were not attempted back to the pool (clean shutdown)."""
        ids = list(row_ids)
        if not ids:
            return
        async with self._sessions.begin() as session:
            await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id.in_(ids),
                    OutboxMessage.claimed_by == worker,
                    OutboxMessage.status == OutboxStatus.SENDING,
                )
                .values(status=OutboxStatus.PENDING, claimed_by=None, claimed_until=None)
            )

    async def counts(self, prefix: str | None = None) -> dict[OutboxStatus, int]:
        """How many rows are in each status (optionally only dedupe keys with a prefix)."""
        stmt = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        if prefix is not None:
            stmt = stmt.where(OutboxMessage.dedupe_key.startswith(prefix, autoescape=True))
        async with self._sessions() as session:
            result = await session.execute(stmt)
            found = {OutboxStatus(status): int(n) for status, n in result.all()}
        return {status: found.get(status, 0) for status in OutboxStatus}

    async def purge_settled(self, older_than: timedelta) -> int:
        """Delete sent, failed and unreachable rows created before `older_than` ago."""
        cutoff = self._clock() - older_than
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(OutboxMessage).where(
                    OutboxMessage.status.in_(
                        [OutboxStatus.SENT, OutboxStatus.FAILED, OutboxStatus.UNREACHABLE]
                    ),
                    OutboxMessage.created_at < cutoff,
                )
            )
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def depth(self) -> tuple[int, float]:
        """Rows due now and not yet sent (pending or being sent), and the age in seconds of
        the oldest one's due time (0 when none): what an operator watches."""
        now = self._clock()
        async with self._sessions() as session:
            count, oldest = (
                await session.execute(
                    select(func.count(), func.min(OutboxMessage.not_before)).where(
                        OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING]),
                        OutboxMessage.not_before <= now,
                    )
                )
            ).one()
        return int(count), max(0.0, (now - oldest).total_seconds()) if oldest else 0.0

    async def next_due_at(self) -> datetime | None:
        """When the earliest pending row becomes due (for the sender's sleep)."""
        async with self._sessions() as session:
            return await session.scalar(
                select(func.min(OutboxMessage.not_before)).where(
                    OutboxMessage.status == OutboxStatus.PENDING
                )
            )

    async def _settle(self, row_id: int, worker: str, **values: Any) -> None:
        values.setdefault("claimed_by", None)
        values.setdefault("claimed_until", None)
        async with self._sessions.begin() as session:
            # Only the claimer settles: if our lease ran out and another sender took the
            # row, its outcome wins.
            await session.execute(
                update(OutboxMessage)
                .where(
                    OutboxMessage.id == row_id,
                    OutboxMessage.claimed_by == worker,
                    OutboxMessage.status == OutboxStatus.SENDING,
                )
                .values(**values)
            )


def outbox_row(
    dedupe_key: str,
    chat_id: int,
    member_id: int | None,
    payload: Mapping[str, Any],
    send_at: datetime,
    now: datetime,
    *,
    prompt: bool = False,
    method: str = "sendMessage",
) -> dict[str, Any]:
    """One pending row for `enqueue_rows` (services that enqueue in their own transaction)."""
    return {
        "dedupe_key": dedupe_key,
        "chat_id": chat_id,
        "member_id": member_id,
        "method": method,
        "payload": dict(payload),
        "status": OutboxStatus.PENDING,
        "attempts": 0,
        "not_before": send_at,
        "created_at": now,
        "prompt": prompt,
    }


def message_rows(messages: Iterable[NewMessage], now: datetime) -> list[dict[str, Any]]:
    """Outbox rows for messages enqueued at `now` (for `enqueue_rows`)."""
    return [
        {
            "dedupe_key": m.dedupe_key,
            "chat_id": m.chat_id,
            "member_id": m.member_id,
            "method": m.method,
            "payload": dict(m.payload),
            "status": OutboxStatus.PENDING,
            "attempts": 0,
            "not_before": m.not_before or now,
            "created_at": now,
            "prompt": m.prompt,
        }
        for m in messages
    ]


async def enqueue_messages(
    session: AsyncSession, messages: Iterable[NewMessage], now: datetime
) -> int:
    """Enqueue messages in the caller's transaction: a state change and the message it
    causes commit together or not at all (the outbox rule)."""
    rows = message_rows(messages, now)
    return await enqueue_rows(session, rows) if rows else 0


async def enqueue_rows(session: AsyncSession, rows: list[dict[str, Any]]) -> int:
    """Insert outbox rows in the caller's transaction, skipping known dedupe keys."""
    unreachable: set[int] = set()
    chats = sorted({r["chat_id"] for r in rows})
    for start in range(0, len(chats), 5000):  # PostgreSQL takes at most 32,767 parameters
        unreachable.update(
            await session.scalars(
                select(Member.telegram_user_id).where(
                    Member.telegram_user_id.in_(chats[start : start + 5000]),
                    Member.reachable.is_(False),
                )
            )
        )
    for row in rows:
        if row["chat_id"] in unreachable:
            row["status"] = OutboxStatus.UNREACHABLE
    stmt = insert_ignoring_conflicts(session, OutboxMessage, "dedupe_key")
    inserted = 0
    # Chunks keep PostgreSQL under its 32,767 bind parameters per statement.
    for start in range(0, len(rows), 500):
        result = await session.execute(stmt.returning(OutboxMessage.id), rows[start : start + 500])
        inserted += len(result.all())
    return inserted
