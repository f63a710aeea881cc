"""The delivery sender: drains the outbox within Telegram's limits.

Telegram allows about 30 messages a second per bot, about one a second per private chat
and 20 a minute per group. The sender paces itself below those, honours `retry_after` on
429, retries 5xx and network errors with backoff, and settles a 403 as unreachable.
A crash between claiming and sending leaves rows whose lease runs out and are claimed
again; only the requests in flight at that moment can be sent twice.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import random
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from telegram import Bot, ChatPermissions, InlineKeyboardMarkup, InputFile, Message
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.render import BUTTONS_KEY, buttons_from_json
from handlers.keyboards import markup
from storage.outbox import PHOTO_PNG_KEY, ClaimedMessage, Outbox
from storage.types import utcnow

log = logging.getLogger(__name__)

_SEND_METHODS = {
    "sendMessage": "send_message",
    "sendPhoto": "send_photo",
    "sendDocument": "send_document",
    "sendVoice": "send_voice",
    "copyMessage": "copy_message",
    "forwardMessage": "forward_message",
    "setChatPermissions": "set_chat_permissions",
}


@dataclass
class SenderLimits:
    """Telegram's limits as the sender applies them (slightly under, to avoid 429s)."""

    per_second: float = 29.0  # KRING_SEND_RATE
    private_chat_interval_s: float = 1.0
    group_chat_interval_s: float = 3.0  # 20 a minute
    concurrency: int = 8
    batch: int = 50
    lease: timedelta = timedelta(minutes=2)
    max_attempts: int = 8
    idle_poll_s: float = 1.0


@dataclass
class SenderStats:
    """What the sender did since it started (for benches, logs and tests)."""

    sent: int = 0
    retried: int = 0
    failed: int = 0
    unreachable: int = 0
    throttled_429: int = 0
    paused_for_replies: int = 0  # a reply met a 429: bulk sending waited
    replies_counted: int = 0  # replies sent beside the sender, counted in its budget
    errors: list[str] = field(default_factory=list)


class SenderClock(Protocol):
    """Where the sender reads the time and waits; tests pass a virtual clock, so waiting out
    a backoff or a 429 takes no real time."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (pacing)."""
        ...

    def now(self) -> datetime:
        """The aware UTC time (when a row is due again)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds`."""
        ...


class SystemClock:
    """The real time."""

    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> datetime:
        return utcnow()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


def backoff_jitter() -> float:
    """A factor for each retry delay, so rows that failed together do not retry together."""
    return random.uniform(0.5, 1.0)


class _Pacer:
    """Spaces sends evenly at `rate` a second; a 429 pushes every later slot back.

    Slots are handed out ahead of time, so after the event loop stalls (a garbage
    collection, a long transaction) several workers would wake at once and send back to
    back. A sliding one-second window of actual send times stops that burst: never more
    than `rate` sends in any second, which is what Telegram counts.
    """

    def __init__(self, rate: float, clock: SenderClock) -> None:
        self._interval = 1.0 / rate
        self._per_window = max(1, int(rate))
        self._clock = clock
        self._next = 0.0
        self._sent: deque[float] = deque()

    async def acquire(self) -> None:
        now = self._clock.monotonic()
        slot = max(now, self._next)
        self._next = slot + self._interval
        if slot > now:
            await self._clock.sleep(slot - now)
        while True:
            now = self._clock.monotonic()
            while self._sent and self._sent[0] <= now - 1.0:
                self._sent.popleft()
            if len(self._sent) < self._per_window:
                self._sent.append(now)
                return
            await self._clock.sleep(self._sent[0] + 1.0 - now)

    def pause(self, seconds: float) -> None:
        self._next = max(self._next, self._clock.monotonic() + seconds)

    def take(self) -> None:
        """A message sent outside the sender (a reply) used a slot: later slots move back."""
        now = self._clock.monotonic()
        self._sent.append(now)
        self._next = max(self._next, now) + self._interval


class OutboxSender:
    """Claims due outbox rows and sends them through a PTB `Bot`.

    `clock` should tell the same time as the outbox's clock; `jitter` gives the factor
    (0.5 to 1 by default) each retry delay is multiplied by.
    """

    def __init__(
        self,
        outbox: Outbox,
        bot: Bot,
        limits: SenderLimits | None = None,
        *,
        worker_id: str | None = None,
        clock: SenderClock | None = None,
        jitter: Callable[[], float] = backoff_jitter,
    ) -> None:
        self.outbox = outbox
        self.bot = bot
        self.limits = limits or SenderLimits()
        self.worker_id = worker_id or f"sender-{uuid.uuid4().hex[:12]}"
        self.stats = SenderStats()
        self._clock = clock or SystemClock()
        self._jitter = jitter
        self._pacer = _Pacer(self.limits.per_second, self._clock)
        self._chat_ready: dict[int, float] = {}
        self._wake = asyncio.Event()
        self._stopping = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        # Whether this replica holds the send lease (only one replica sends at a time, so
        # the bot's budget does not add up across replicas); always with SQLite.
        self.active = True

    def set_active(self, active: bool) -> None:
        """Take up or hand over sending (the runtime's lease decides)."""
        if active and not self.active:
            log.info("this replica now sends the outbox")
            self._wake.set()
        elif not active and self.active:
            log.info("another replica sends the outbox; this one waits")
        self.active = active

    def replied(self) -> None:
        """A reply to a person was just sent from this process: it takes the next slot of
        the bot's budget, so bulk sends yield to it rather than the other way round."""
        self.stats.replies_counted += 1
        self._pacer.take()

    def pause(self, seconds: float) -> None:
        """Hold bulk sending for `seconds`: Telegram answered a reply with 429, and replies
        to people come before broadcasts and reminders."""
        self.stats.paused_for_replies += 1
        self._pacer.pause(seconds)

    def wake(self) -> None:
        """Look at the outbox now (something was just enqueued in this process)."""
        self._wake.set()

    def start(self) -> None:
        """Run the sender loop in the background."""
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name=f"kring:{self.worker_id}")

    async def stop(self) -> None:
        """Stop claiming, let sends in flight finish, hand unsent rows back."""
        self._stopping.set()
        self._wake.set()
        if self._task is not None:
            await self._task
            self._task = None

    async def drain(self, until_idle: bool = True) -> None:
        """Send everything that is due now (and, with `until_idle`, what becomes due while
        draining), then return. For tests, benches and one-shot tools."""
        while await self.send_batch():
            pass
        if until_idle:
            while True:
                due = await self.outbox.next_due_at()
                if due is None:
                    return
                await self._clock.sleep(max(0.0, (due - self._clock.now()).total_seconds()))
                while await self.send_batch():
                    pass

    async def _run(self) -> None:
        while not self._stopping.is_set():
            try:
                busy = await self.send_batch()
            except Exception:  # a database hiccup must not end delivery for good
                log.exception("outbox sender: batch failed; retrying")
                busy = False
                await self._sleep(5.0)
            if not busy:
                await self._idle()

    async def _idle(self) -> None:
        due = await self._safe_next_due()
        wait = self.limits.idle_poll_s
        if due is not None:
            wait = min(wait, max(0.0, (due - self._clock.now()).total_seconds()))
        await self._sleep(wait)

    async def _safe_next_due(self) -> Any:
        try:
            return await self.outbox.next_due_at()
        except Exception:
            log.warning("outbox sender: could not read the next due time", exc_info=True)
            return None

    async def _sleep(self, seconds: float) -> None:
        """Wait `seconds`, or less when woken."""
        self._wake.clear()
        woken = asyncio.ensure_future(self._wake.wait())
        slept = asyncio.ensure_future(self._clock.sleep(seconds))
        try:
            await asyncio.wait((woken, slept), return_when=asyncio.FIRST_COMPLETED)
        finally:
            woken.cancel()
            slept.cancel()

    async def send_batch(self) -> bool:
        """Claim one batch and send it; False when nothing was due (or another replica
        holds the send lease)."""
        if self._stopping.is_set() or not self.active:
            return False
        rows = await self.outbox.claim(self.worker_id, self.limits.batch, self.limits.lease)
        if not rows:
            return False
        queue: asyncio.Queue[ClaimedMessage] = asyncio.Queue()
        for row in rows:
            queue.put_nowait(row)
        workers = min(self.limits.concurrency, len(rows))
        # Chats that answered 403 in this batch: their other claimed rows were already
        # settled as unreachable in the database, so they must not be sent either.
        blocked: set[int] = set()
        await asyncio.gather(*(self._worker(queue, blocked) for _ in range(workers)))
        # Rows left when stopping were never attempted: give them back.
        leftover = []
        while not queue.empty():
            leftover.append(queue.get_nowait().id)
        await self.outbox.release(leftover, self.worker_id)
        return True

    async def _worker(self, queue: asyncio.Queue[ClaimedMessage], blocked: set[int]) -> None:
        while not queue.empty() and not self._stopping.is_set():
            row = queue.get_nowait()
            if row.chat_id in blocked:
                continue
            wait = self._chat_ready.get(row.chat_id, 0.0) - self._clock.monotonic()
            if wait > 2.0:
                # Several messages to one chat: come back later rather than hold a worker.
                await self.outbox.retry_later(
                    row.id,
                    self.worker_id,
                    self._clock.now() + timedelta(seconds=wait),
                    "per-chat pacing",
                    count=False,
                )
                continue
            interval = (
                self.limits.private_chat_interval_s
                if row.chat_id > 0
                else self.limits.group_chat_interval_s
            )
            now = self._clock.monotonic()
            self._chat_ready[row.chat_id] = max(now, wait + now) + interval
            if wait > 0:
                await self._clock.sleep(wait)
            await self._pacer.acquire()
            if row.chat_id in blocked:  # found out while this worker waited for its slot
                continue
            if not await self._send_one(row):
                blocked.add(row.chat_id)
        self._forget_idle_chats()

    async def _send_one(self, row: ClaimedMessage) -> bool:
        """Send one row and settle it; False when the chat turned out to be unreachable."""
        try:
            message = await self._call(row)
        except RetryAfter as exc:
            seconds = retry_after_seconds(exc.retry_after)
            self.stats.throttled_429 += 1
            self._pacer.pause(seconds)
            await self.outbox.retry_later(
                row.id,
                self.worker_id,
                self._clock.now() + timedelta(seconds=seconds),
                f"429 retry after {seconds}s",
                count=False,
            )
        except Forbidden as exc:
            self.stats.unreachable += 1
            log.info("chat %s is unreachable: %s", row.chat_id, exc.message)
            await self.outbox.mark_chat_unreachable(row.id, row.chat_id, str(exc.message))
            return False
        except BadRequest as exc:
            self.stats.failed += 1
            log.error("Telegram refused outbox row %s: %s", row.id, exc.message)
            await self.outbox.mark_failed(row.id, self.worker_id, f"400 {exc.message}")
        except (NetworkError, TelegramError) as exc:
            # NetworkError covers 5xx, timeouts and connection errors: worth another try.
            await self._retry_or_fail(row, f"{type(exc).__name__}: {exc}")
        except Exception as exc:  # e.g. a payload PTB cannot build: do not loop on it
            self.stats.failed += 1
            log.exception("outbox row %s cannot be sent", row.id)
            await self.outbox.mark_failed(row.id, self.worker_id, repr(exc))
        else:
            self.stats.sent += 1
            message_id = message.message_id if isinstance(message, Message) else None
            await self.outbox.mark_sent(row.id, self.worker_id, message_id)
        return True

    async def _retry_or_fail(self, row: ClaimedMessage, error: str) -> None:
        attempts = row.attempts + 1
        if attempts >= self.limits.max_attempts:
            self.stats.failed += 1
            log.error("giving up on outbox row %s after %s attempts: %s", row.id, attempts, error)
            await self.outbox.mark_failed(row.id, self.worker_id, error)
            return
        self.stats.retried += 1
        delay = min(300.0, 2.0**attempts) * self._jitter()
        await self.outbox.retry_later(
            row.id, self.worker_id, self._clock.now() + timedelta(seconds=delay), error, count=True
        )

    async def _call(self, row: ClaimedMessage) -> Any:
        name = _SEND_METHODS.get(row.method)
        if name is None:
            raise ValueError(f"unsupported outbox method {row.method}")
        kwargs = dict(row.payload)
        buttons = kwargs.pop(BUTTONS_KEY, None)
        if buttons is not None:  # buttons as data (bot.render), the one way renderers write
            kwargs["reply_markup"] = markup(buttons_from_json(buttons))
        markup_json = kwargs.get("reply_markup")
        if isinstance(markup_json, dict):  # rows queued by an earlier version
            kwargs["reply_markup"] = InlineKeyboardMarkup.de_json(markup_json, self.bot)
        png = kwargs.pop(PHOTO_PNG_KEY, None)
        if isinstance(png, str):  # an image made by Kring (a digest chart), base64 in JSON
            kwargs["photo"] = InputFile(base64.b64decode(png), filename="kring.png")
        permissions = kwargs.get("permissions")
        if isinstance(permissions, dict):
            kwargs["permissions"] = ChatPermissions.de_json(permissions, self.bot)
        return await getattr(self.bot, name)(chat_id=row.chat_id, **kwargs)

    def _forget_idle_chats(self) -> None:
        if len(self._chat_ready) > 10_000:
            now = self._clock.monotonic()
            self._chat_ready = {c: t for c, t in self._chat_ready.items() if t > now}


def retry_after_seconds(value: object) -> float:
    """`RetryAfter.retry_after` as seconds (PTB gives an int or a timedelta)."""
    total = getattr(value, "total_seconds", None)
    return float(total()) if callable(total) else float(value)  # type: ignore[arg-type]
