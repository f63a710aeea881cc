"""Where every incoming update enters: checked, stored in the inbox, then handled.

The webhook and the polling loop call `UpdateIntake.accept_json`: the update is checked
(`bot.update_check`), stored in the database (`storage.updates.UpdateInbox`) and only then
acknowledged. `InboxWorker` claims stored updates and hands them to python-telegram-bot's
handlers, in order per chat, and marks them handled; an update whose replica died is
claimed again once its lease runs out.
"""

from __future__ import annotations

import asyncio
import enum
import inspect
import logging
import uuid
from collections.abc import Coroutine
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.update_check import check_update
from storage.updates import ClaimedUpdate, Stored, UpdateInbox

log = logging.getLogger(__name__)


class Intake(enum.Enum):
    """What became of an incoming update."""

    QUEUED = "queued"  # stored: it will be handled, even if this process dies now
    DUPLICATE = "duplicate"  # Telegram re-delivered an update we already took
    INVALID = "invalid"  # not an Update; Telegram would not send this


class UpdateIntake:
    """Shared by the webhook and the polling loop, so both store an `update_id` once.

    Updates that arrive while a write is under way are stored together in the next one
    (one transaction for many: a busy minute costs the database a few commits, not one per
    update, and a quiet one adds no wait at all).
    """

    MAX_BATCH = 200

    def __init__(self, inbox: UpdateInbox, worker: InboxWorker | None = None) -> None:
        self._inbox = inbox
        self._worker = worker
        self._pending: list[tuple[int, dict[str, Any], asyncio.Future[Stored]]] = []
        self._writer: asyncio.Task[None] | None = None
        self.refused = 0

    async def accept_json(self, data: Any) -> Intake:
        """Take a decoded JSON body: check it is an Update, store it, hand it to a worker."""
        problem = check_update(data)
        if problem is not None:
            self.refused += 1
            update_id = data.get("update_id") if isinstance(data, dict) else None
            log.warning("refused update %r: %s", update_id, problem)
            return Intake.INVALID
        future: asyncio.Future[Stored] = asyncio.get_running_loop().create_future()
        self._pending.append((int(data["update_id"]), data, future))
        if self._writer is None:
            self._writer = asyncio.create_task(self._write(), name="kring:intake")
        stored = await asyncio.shield(future)  # stored even if the request goes away
        if stored is Stored.DUPLICATE:
            log.info("skipped re-delivered update %s", data["update_id"])
            return Intake.DUPLICATE
        return Intake.QUEUED

    async def accept(self, update: Update) -> Intake:
        """Take an update PTB already parsed (long polling)."""
        return await self.accept_json(update.to_dict())

    async def _write(self) -> None:
        """Store what is pending, batch after batch, then stop until the next arrival."""
        try:
            while self._pending:
                batch = self._pending[: self.MAX_BATCH]
                del self._pending[: self.MAX_BATCH]
                try:
                    await self._store(batch)
                except BaseException as exc:  # no request may wait for ever
                    for *_, future in batch:
                        if not future.done():
                            future.set_exception(
                                exc if isinstance(exc, Exception) else RuntimeError("stopped")
                            )
                    if not isinstance(exc, Exception):
                        raise
                    log.exception("storing %s updates failed", len(batch))
        finally:
            self._writer = None

    async def _store(self, batch: list[tuple[int, dict[str, Any], asyncio.Future[Stored]]]) -> None:
        worker = self._worker if self._worker is not None and self._worker.running else None
        items = [(update_id, data) for update_id, data, _ in batch]
        # This process's worker takes at most as many as it has room for; the rest are
        # stored for a claim (here, when room frees up, or by another replica).
        room = worker.room if worker is not None else 0
        try:
            results = []
            if room:
                assert worker is not None
                results += await self._inbox.add_many(items[:room], worker.worker_id, worker.lease)
            if items[room:]:
                results += await self._inbox.add_many(items[room:])
        except Exception as exc:  # the database is away: each request answers 500 and
            for *_, future in batch:  # Telegram sends the update again
                if not future.done():
                    future.set_exception(exc)
            return
        queued = False
        for (update_id, data, future), stored in zip(batch, results, strict=True):
            if worker is not None and stored is Stored.TAKEN:
                worker.take(ClaimedUpdate(update_id, data, attempts=1))
            queued = queued or stored is Stored.QUEUED
            if not future.done():
                future.set_result(stored)
        if worker is not None and queued:
            worker.wake()


class InboxWorker:
    """Claims stored updates and runs PTB's handlers on them, then marks them handled.

    Runs in every replica; they share the inbox as they share the outbox. Within this
    process the application's update processor keeps one update at a time per chat, and
    the inbox does not lease a chat's update while an earlier one is unhandled anywhere.
    """

    DEFAULT_CONCURRENCY = 32

    def __init__(
        self,
        inbox: UpdateInbox,
        application: Application,
        *,
        lease: timedelta = timedelta(seconds=90),
        concurrency: int = DEFAULT_CONCURRENCY,
        idle_poll_s: float = 1.0,
        max_attempts: int = 5,
    ) -> None:
        self._inbox = inbox
        self._application = application
        self.worker_id = f"inbox-{uuid.uuid4().hex[:12]}"
        self._lease = lease
        self._concurrency = concurrency
        self._idle_poll_s = idle_poll_s
        self._max_attempts = max_attempts
        self._wakeup = asyncio.Event()
        self._claim_wanted = True  # at start: whatever a crash or a restart left
        self._flushing = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None
        self._running: set[asyncio.Task[None]] = set()
        self._handling: dict[int, float] = {}  # update id -> when its lease was last renewed
        self._done: list[int] = []
        self.handled = 0
        self.given_up = 0
        self.errors = 0

    def start(self) -> None:
        """Start claiming in the background."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="kring:inbox")

    @property
    def running(self) -> bool:
        """Whether the worker is claiming (started and not stopped)."""
        return self._task is not None

    @property
    def room(self) -> int:
        """How many more updates this worker may handle at once."""
        return max(0, self._concurrency - len(self._running))

    @property
    def lease(self) -> timedelta:
        """How long a claim lasts before another worker may take the update."""
        return self._lease

    def wake(self) -> None:
        """Claim now: an update was stored that this worker did not take at once."""
        self._claim_wanted = True
        self._wakeup.set()

    def take(self, row: ClaimedUpdate) -> None:
        """Handle an update the intake stored already leased to this worker."""
        self._spawn(row, asyncio.get_running_loop().time())

    async def stop(self, timeout_s: float = 10.0) -> None:
        """Stop claiming, let running updates finish (within `timeout_s`), settle them."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
            self._task = None
        if self._running:
            await asyncio.wait(set(self._running), timeout=timeout_s)
        for task in list(self._running):
            task.cancel()  # their rows stay leased and are handled again after the lease
        await self._flush()

    async def drain(self) -> None:
        """Handle everything stored now (tests and a quiet shutdown): claim until none."""
        while True:
            claimed = await self._claim(self._concurrency)
            if not claimed and not self._running:
                await self._flush()
                return
            if self._running:
                await asyncio.wait(set(self._running))
            await self._flush()

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        last_claim = -self._idle_poll_s
        while True:
            claimed: list[ClaimedUpdate] = []
            try:
                await self._flush()
                free = self._concurrency - len(self._running)
                # Claim when an update waits here (stored behind another of its chat, or
                # left from before a restart), and every `idle_poll_s` for what other
                # replicas stored or leases that ran out; a finished update alone only
                # needs its mark.
                if free > 0 and (
                    self._claim_wanted or loop.time() - last_claim >= self._idle_poll_s
                ):
                    last_claim = loop.time()
                    claimed = await self._claim(free)
                    if not claimed and not self._running:
                        self._claim_wanted = False
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("could not claim updates from the inbox", exc_info=True)
            if not claimed:
                try:
                    await asyncio.wait_for(self._wakeup.wait(), timeout=self._idle_poll_s)
                except TimeoutError:
                    pass
                self._wakeup.clear()

    async def _claim(self, limit: int) -> list[ClaimedUpdate]:
        if limit <= 0:
            return []
        claimed = await self._inbox.claim(self.worker_id, limit, self._lease)
        now = asyncio.get_running_loop().time()
        for row in claimed:  # in update_id order, so each chat's lock is taken in order
            self._spawn(row, now)
        return claimed

    def _spawn(self, row: ClaimedUpdate, now: float) -> None:
        self._handling[row.update_id] = now
        task = asyncio.create_task(self._handle(row), name=f"kring:update:{row.update_id}")
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    async def _handle(self, row: ClaimedUpdate) -> None:
        try:
            await self._handle_once(row)
        finally:
            self._handling.pop(row.update_id, None)  # settled, or left for its lease to end

    async def _handle_once(self, row: ClaimedUpdate) -> None:
        if row.attempts > self._max_attempts:
            # Handling it killed or stalled a replica each time: stop trying, say so.
            self.given_up += 1
            log.error("giving up on update %s after %s attempts", row.update_id, row.attempts)
            self._settled(row.update_id)
            return
        application = self._application
        try:
            update = Update.de_json(row.data, application.bot)
        except Exception:
            self.errors += 1
            log.exception("stored update %s cannot be read; skipped", row.update_id)
            self._settled(row.update_id)
            return
        coroutine: Coroutine[Any, Any, None] = application.process_update(update)
        try:
            await application.update_processor.process_update(update, coroutine)
        except asyncio.CancelledError:
            _close_unstarted(coroutine, row.update_id)
            raise
        except Exception:
            # PTB's process_update sends handler errors to the error handler; an error here
            # is Kring's own (the processor): the row is handled again after its lease.
            self.errors += 1
            _close_unstarted(coroutine, row.update_id)
            log.exception("update %s failed outside its handlers", row.update_id)
            return
        self.handled += 1
        self._settled(row.update_id)

    def _settled(self, update_id: int) -> None:
        self._done.append(update_id)
        self._wakeup.set()  # the chat's next update may be claimed now

    async def _renew(self) -> None:
        """Renew the leases of updates handled for a third of a lease already."""
        now = asyncio.get_running_loop().time()
        third = self._lease.total_seconds() / 3
        due = [uid for uid, renewed in self._handling.items() if now - renewed >= third]
        if not due:
            return
        try:
            await self._inbox.extend(due, self.worker_id, self._lease)
        except Exception:
            log.warning("could not renew %s update leases", len(due), exc_info=True)
            return
        for uid in due:
            if uid in self._handling:
                self._handling[uid] = now

    async def _flush(self) -> None:
        """Mark what finished as handled, in one statement; renew long leases. One flush
        at a time, so a caller returns only once what finished before it is marked."""
        async with self._flushing:
            await self._renew()
            if not self._done:
                return
            done, self._done = self._done, []
            try:
                await self._inbox.mark_handled(done, self.worker_id)
            except Exception:
                log.warning("could not mark %s updates handled; retrying", len(done),
                            exc_info=True)  # fmt: skip
                self._done.extend(done)


def _close_unstarted(coroutine: Coroutine[Any, Any, None], update_id: int) -> None:
    """An update's coroutine that never ran is closed (no "never awaited" warning) and the
    loss logged: its row stays leased and is handled again."""
    if inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED:
        coroutine.close()
        log.warning("update %s was not started; it will be handled again", update_id)
