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
from handlers.broadcasts import BroadcastComposer
from handlers.checkins import CheckinComposer
from handlers.context import Services
from handlers.digests import DigestBuilder
from handlers.meetings import MeetingComposer
from storage.broadcasts import BroadcastService
from storage.checkins import CheckinService, Clock
from storage.community import CommunityService
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dialogs import DialogStore
from storage.digest_delivery import DigestDelivery
from storage.digests import DigestService
from storage.meetings import MeetingService
from storage.members import MemberService
from storage.moderation import ModerationService
from storage.outbox import Outbox
from storage.privacy import PrivacyService
from storage.types import utcnow
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI, FakeRequest, UpdateFactory

TOKEN = "123456789:TEST-token"
DASHBOARD_URL = "https://kring.example.org"


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


TEST_SECRET = "test-secret-key-for-kring-answers"


def build_services(db: Database, default_locale: str = "nl", clock: Clock = utcnow) -> Services:
    """Kring's services on a test database, on a clock the test may control."""
    catalogs = Catalogs.load(default_locale)
    community = CommunityService(db.sessions)
    delivery = DigestDelivery(db.sessions, community, clock)
    return Services(
        catalogs=catalogs,
        members=MemberService(db.sessions),
        community=community,
        privacy=PrivacyService(db.sessions),
        outbox=Outbox(db.sessions, clock=clock),
        checkins=CheckinService(db.sessions, community, AnswerCipher(TEST_SECRET), clock),
        composer=CheckinComposer(catalogs),
        moderation=ModerationService(
            db.sessions, community, clock, cache_ttl_s=0.0, cipher=AnswerCipher(TEST_SECRET)
        ),
        broadcasts=BroadcastService(db.sessions, community, clock),
        broadcast_composer=BroadcastComposer(catalogs),
        meetings=MeetingService(db.sessions, community, AnswerCipher(TEST_SECRET), clock),
        meeting_composer=MeetingComposer(catalogs),
        digest_delivery=delivery,
        digest_builder=DigestBuilder(
            catalogs, DigestService(db.sessions, clock), delivery, community
        ),
        dashboard=DashboardAuth(db.sessions, clock),
        dialogs=DialogStore(db.sessions, clock),
        dashboard_url=DASHBOARD_URL,
        clock=clock,
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
