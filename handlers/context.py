"""The per-update context handlers receive: services, the member and their language."""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

from telegram.ext import Application, CallbackContext, ExtBot

from bot.i18n import Catalogs, Translator
from storage.community import CommunityService, GroupView
from storage.dialogs import DialogStore
from storage.members import MemberService, MemberView
from storage.privacy import PrivacyService
from storage.types import utcnow

if TYPE_CHECKING:
    from storage.broadcasts import BroadcastComposer, BroadcastService
    from storage.checkins import CheckinService, RoundComposer
    from storage.dashboard import DashboardAuth
    from storage.digest_delivery import DigestDelivery, DigestSchedule
    from storage.impact import ImpactComposer, ImpactService
    from storage.meetings import MeetingComposer, MeetingService
    from storage.moderation import ModerationService
    from storage.outbox import Outbox


class DigestPayloads(Protocol):
    """Digests as outbox payloads (bot.digests.DigestBuilder makes them)."""

    async def build(self, schedule: DigestSchedule, until: datetime) -> list[dict[str, Any]]:
        """Every outbox row of an organisation's weekly digest for the week ending at `until`."""
        ...

    async def for_person(self, telegram_user_id: int, locale: str | None) -> list[dict[str, Any]]:
        """The digest someone would get now: texts and a chart."""
        ...


@dataclass(slots=True)
class Services:
    """What handlers may use; built once by the application factory."""

    catalogs: Catalogs
    members: MemberService
    community: CommunityService
    privacy: PrivacyService
    outbox: Outbox
    checkins: CheckinService
    composer: RoundComposer
    moderation: ModerationService
    broadcasts: BroadcastService
    broadcast_composer: BroadcastComposer
    meetings: MeetingService
    meeting_composer: MeetingComposer
    digest_delivery: DigestDelivery
    digest_builder: DigestPayloads
    dashboard: DashboardAuth
    dialogs: DialogStore
    impact: ImpactService
    impact_composer: ImpactComposer
    # Where the web dashboard is reached (KRING_PUBLIC_URL), for /dashboard's links.
    dashboard_url: str = "http://127.0.0.1:8080"
    default_timezone: str = "Europe/Amsterdam"
    clock: Callable[[], datetime] = utcnow
    # Tells this process's outbox sender to look now (rows were just enqueued here).
    wake_sender: Callable[[], None] | None = None
    # Called after a facilitator changes a check-in schedule (the leader re-plans its jobs).
    schedules_changed: Callable[[], Awaitable[None]] | None = None


SERVICES_KEY = "kring.services"


class KringContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """CallbackContext with Kring's services and the resolved member and locale.

    PTB builds one context per update and shares it between handler groups, so the tracking
    handler in group -1 fills `member` and `tr` for every later handler.
    """

    __slots__ = ("_member", "_tr")

    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)
        self._member: MemberView | None = None
        self._tr: Translator | None = None

    @property
    def services(self) -> Services:
        """Kring's services."""
        services: Services = self.application.bot_data[SERVICES_KEY]
        return services

    @property
    def member(self) -> MemberView | None:
        """The member behind this update, if we keep a row for them."""
        return self._member

    @member.setter
    def member(self, value: MemberView | None) -> None:
        self._member = value

    @property
    def tr(self) -> Translator:
        """The translator resolved for this update (default language until resolved)."""
        if self._tr is None:
            return self.services.catalogs.get(None)
        return self._tr

    @tr.setter
    def tr(self, value: Translator) -> None:
        self._tr = value


LINKS_KEY = "kring.moderation.links"
LINK_TTL_S = 30.0


async def linked_group(context: KringContext, chat_id: int) -> GroupView | None:
    """The group linked to a chat, remembered for half a minute (asked on every message)."""
    links: dict[int, tuple[float, GroupView | None]] = context.application.bot_data.setdefault(
        LINKS_KEY, {}
    )
    now = time.monotonic()
    hit = links.get(chat_id)
    if hit is not None and hit[0] > now:
        return hit[1]
    group = await context.services.community.find_by_chat(chat_id)
    if len(links) > 10_000:
        links.clear()
    # An unlinked chat is asked again sooner: /link in that chat should work at once.
    links[chat_id] = (now + (LINK_TTL_S if group else 2.0), group)
    return group
