"""The real PTB Application wired to Kring's services, talking to the in-process fake."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.delivery import OutboxSender, SenderLimits
from bot.i18n import Catalogs
from bot.services import build_services as wire_services
from handlers.context import Services
from storage.checkins import Clock
from storage.types import utcnow
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI, FakeRequest, UpdateFactory, make_bot

TOKEN = "123456789:TEST-token"
DASHBOARD_URL = "https://kring.example.org"
# The outbox sender without its pacing: a test waits for no rate limit.
UNPACED = SenderLimits(per_second=1000.0, private_chat_interval_s=0.0)


@dataclass
class BotHarness:
    """Feed Telegram updates to the bot and read what it said back."""

    api: FakeBotAPI
    application: Application  # type: ignore[type-arg]
    services: Services
    updates: UpdateFactory
    db: Database

    async def send(self, data: dict[str, Any]) -> list[ApiCall]:
        """Handle one update to completion; return every Bot API call it caused (failed too)."""
        before = len(self.api.all_calls)
        update = Update.de_json(data, self.application.bot)
        await self.application.process_update(update)
        return self.api.all_calls[before:]

    async def deliver(self, *, until_idle: bool = True) -> list[ApiCall]:
        """Send the outbox through the real sender; return the calls Telegram accepted.

        With `until_idle=False` only what is due now goes: later rows wait for the clock.
        """
        before = len(self.api.calls)
        sender = OutboxSender(self.services.outbox, make_bot(self.api), UNPACED)
        await sender.drain(until_idle=until_idle)
        return [c for c in self.api.calls[before:] if c.ok]


TEST_SECRET = "test-secret-key-for-kring-answers"


def build_services(db: Database, default_locale: str = "nl", clock: Clock = utcnow) -> Services:
    """Kring's services on a test database, on a clock the test may control.

    The same wiring as `kring run` (`bot.services`), with no moderation cache: a test that
    changes a group's settings sees them on the next message.
    """
    return wire_services(
        db.sessions,
        Catalogs.load(default_locale),
        TEST_SECRET,
        clock=clock,
        moderation_cache_ttl_s=0.0,
        dashboard_url=DASHBOARD_URL,
    )


@asynccontextmanager
async def bot_harness(
    db: Database,
    api: FakeBotAPI | None = None,
    *,
    rate_limit: bool = False,
    clock: Clock = utcnow,
) -> AsyncIterator[BotHarness]:
    """An initialized Application (getMe answered by the fake) on `db`."""
    api = api or FakeBotAPI()
    services = build_services(db, clock=clock)
    application = build_application(
        TOKEN, services, request=FakeRequest(api), rate_limit=rate_limit
    )
    await application.initialize()
    try:
        yield BotHarness(api, application, services, UpdateFactory(), db)
    finally:
        await application.shutdown()
