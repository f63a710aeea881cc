"""The one place Kring's services are built: `kring run` and the tests both call it."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.digests import DigestBuilder
from bot.i18n import Catalogs
from bot.render.broadcasts import BroadcastMessages
from bot.render.checkins import RoundMessages
from bot.render.impact import ImpactMessages
from bot.render.meetings import MeetingMessages
from handlers.context import Services
from storage.broadcasts import BroadcastService
from storage.checkins import CheckinService
from storage.community import CommunityService
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dialogs import DialogStore
from storage.digest_delivery import DigestDelivery
from storage.digests import DigestService
from storage.impact import ImpactService
from storage.meetings import MeetingService
from storage.members import MemberCache, MemberService
from storage.moderation import ModerationService
from storage.outbox import Outbox
from storage.privacy import PrivacyService
from storage.types import utcnow


def build_services(
    sessions: async_sessionmaker[AsyncSession],
    catalogs: Catalogs,
    secret: str,
    *,
    clock: Callable[[], datetime] = utcnow,
    member_cache: MemberCache | None = None,
    moderation_cache_ttl_s: float = 30.0,
    dashboard_url: str = "http://127.0.0.1:8080",
    default_timezone: str = "Europe/Amsterdam",
    wake_sender: Callable[[], None] | None = None,
    schedules_changed: Callable[[], Awaitable[None]] | None = None,
    reads: async_sessionmaker[AsyncSession] | None = None,
) -> Services:
    """Every service handlers and jobs use, on one database and one clock.

    `secret` encrypts free-text answers at rest; `member_cache` is for a single writer
    (SQLite) only; a test passes its own clock and no moderation cache (ttl 0). `reads`
    serves the lookups most updates make, which only read (SQLite: read-only connections
    beside the one that writes); without it they use `sessions`.
    """
    cipher = AnswerCipher(secret)
    community = CommunityService(sessions, member_cache, clock, reads=reads)
    digest_delivery = DigestDelivery(sessions, community, clock)
    return Services(
        catalogs=catalogs,
        members=MemberService(sessions, member_cache, reads=reads),
        community=community,
        privacy=PrivacyService(sessions, member_cache),
        outbox=Outbox(sessions, member_cache=member_cache, clock=clock),
        checkins=CheckinService(sessions, community, cipher, clock),
        composer=RoundMessages(catalogs),
        moderation=ModerationService(
            sessions, community, clock, cache_ttl_s=moderation_cache_ttl_s, cipher=cipher
        ),
        broadcasts=BroadcastService(sessions, community, clock),
        broadcast_composer=BroadcastMessages(catalogs),
        meetings=MeetingService(sessions, community, cipher, clock),
        meeting_composer=MeetingMessages(catalogs),
        digest_delivery=digest_delivery,
        digest_builder=DigestBuilder(
            catalogs, DigestService(sessions, clock), digest_delivery, community
        ),
        dashboard=DashboardAuth(sessions, clock),
        dialogs=DialogStore(sessions, clock),
        impact=ImpactService(sessions, clock, cipher),
        impact_composer=ImpactMessages(catalogs),
        dashboard_url=dashboard_url,
        default_timezone=default_timezone,
        clock=clock,
        wake_sender=wake_sender,
        schedules_changed=schedules_changed,
    )
