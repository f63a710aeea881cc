"""The real PTB Application wired to Kring's services, talking to the in-process fake."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.app import build_application
from bot.i18n import Catalogs
from handlers.context import Services
from storage.community import CommunityService
from storage.members import MemberService
from storage.outbox import Outbox
from storage.privacy import PrivacyService
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI, FakeRequest, UpdateFactory

TOKEN = "123456789:TEST-token"


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


def build_services(db: Database, default_locale: str = "nl") -> Services:
    """Kring's services on a test database."""
    return Services(
        catalogs=Catalogs.load(default_locale),
        members=MemberService(db.sessions),
        community=CommunityService(db.sessions),
        privacy=PrivacyService(db.sessions),
        outbox=Outbox(db.sessions),
    )


@asynccontextmanager
async def bot_harness(
    db: Database, api: FakeBotAPI | None = None, *, rate_limit: bool = False
) -> AsyncIterator[BotHarness]:
    """An initialized Application (getMe answered by the fake) on `db`."""
    api = api or FakeBotAPI()
    services = build_services(db)
    application = build_application(
        TOKEN, services, request=FakeRequest(api), rate_limit=rate_limit
    )
    await application.initialize()
    try:
        yield BotHarness(api, application, services, UpdateFactory(), db)
    finally:
        await application.shutdown()
