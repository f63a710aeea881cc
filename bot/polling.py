"""Long polling for a newcomer without a public URL: getUpdates into the same intake.

An update is confirmed to Telegram (the next offset) only once the inbox has stored it."""

from __future__ import annotations

import asyncio
import logging

from telegram import Bot
from telegram.error import Conflict, InvalidToken, NetworkError, RetryAfter, TelegramError

from bot.delivery import retry_after_seconds
from bot.intake import UpdateIntake

log = logging.getLogger(__name__)


async def poll_updates(
    bot: Bot,
    intake: UpdateIntake,
    allowed_updates: list[str],
    stop: asyncio.Event,
    *,
    long_poll_s: int = 25,
) -> None:
    """Fetch updates until `stop` is set; network trouble backs off instead of ending."""
    offset: int | None = None
    backoff = 1.0
    while not stop.is_set():
        try:
            updates = await bot.get_updates(
                offset=offset,
                timeout=long_poll_s,
                allowed_updates=allowed_updates,
                read_timeout=long_poll_s + 10,
            )
            backoff = 1.0
        except InvalidToken:
            raise
        except RetryAfter as exc:
            await _sleep_or_stop(stop, retry_after_seconds(exc.retry_after))
            continue
        except Conflict:
            log.error("another process is polling with this token; retrying in 10 s")
            await _sleep_or_stop(stop, 10.0)
            continue
        except (NetworkError, TelegramError) as exc:
            log.warning("getUpdates failed (%s); retrying in %.0f s", exc, backoff)
            await _sleep_or_stop(stop, backoff)
            backoff = min(backoff * 2, 60.0)
            continue
        for update in updates:
            try:
                await intake.accept(update)
            except Exception as exc:  # the database is away: store it later, lose nothing
                log.warning("could not store update %s (%s); fetching it again in %.0f s",
                            update.update_id, exc, backoff)  # fmt: skip
                await _sleep_or_stop(stop, backoff)
                backoff = min(backoff * 2, 60.0)
                break  # the offset stays before it, so Telegram hands it over again
            offset = update.update_id + 1


async def _sleep_or_stop(stop: asyncio.Event, seconds: float) -> None:
    try:
        await asyncio.wait_for(stop.wait(), timeout=seconds)
    except TimeoutError:
        pass
