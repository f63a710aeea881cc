"""Broadcasts: a facilitator's message to their group, in each member's language.

Nothing is sent before the facilitator confirms. Confirming writes one outbox row per
member (and one more for a voice note) in a single transaction, after the delivery rules
(pause, weekly cap, quiet hours); the outbox's dedupe keys make a repeated confirm harmless
and a restart lose nothing. When every row has settled, the facilitator gets a report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.audience import active_parents, prompts_this_week
from storage.community import CommunityService, NotAllowed
from storage.delivery_policy import decide
from storage.models import (
    Broadcast,
    BroadcastStatus,
    Group,
    Member,
    OutboxMessage,
    OutboxStatus,
)
from storage.outbox import NewMessage, enqueue_messages, enqueue_rows, outbox_row
from storage.types import utcnow

Clock = Callable[[], datetime]
MAX_TEXT = 3500  # leaves room for the language marker within Telegram's 4,096


@dataclass(frozen=True, slots=True)
class BroadcastView:
    """A broadcast as handlers show it."""

    id: int
    group_id: int
    group_name: str
    default_locale: str
    created_by: int
    status: BroadcastStatus
    texts: dict[str, str]
    voices: dict[str, str]
    recipients: int
    held_paused: int
    held_cap: int


@dataclass(frozen=True, slots=True)
class Recipient:
    """Who a broadcast goes to, and in which language."""

    member_id: int
    telegram_user_id: int
    locale: str


@dataclass(frozen=True, slots=True)
class Report:
    """How a broadcast went, for the facilitator who sent it."""

    broadcast: BroadcastView
    delivered: int
    quiet_hours: int  # waiting for the morning: sent later
    unreachable: int  # blocked the bot
    failed: int
    author_locale: str | None = None


class BroadcastComposer(Protocol):
    """Turns a broadcast into one recipient's messages (see bot.render.broadcasts)."""

    def messages(
        self, broadcast: BroadcastView, recipient: Recipient
    ) -> list[tuple[str, dict[str, Any]]]:
        """(method, payload) pairs for one member, in their language or with a marker."""


class BroadcastService:
    """Drafts, confirmation and reports; permissions are checked here."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        community: CommunityService,
        clock: Clock = utcnow,
    ) -> None:
        self._sessions = sessions
        self._community = community
        self._clock = clock

    async def start(self, actor_telegram_id: int, group_id: int) -> BroadcastView:
        """A new draft for one of the actor's groups."""
        await self._require_manager(actor_telegram_id, group_id)
        async with self._sessions.begin() as session:
            row = Broadcast(
                group_id=group_id,
                created_by=actor_telegram_id,
                status=BroadcastStatus.DRAFT,
                texts={},
                voices={},
                created_at=self._clock(),
            )
            session.add(row)
            await session.flush()
            broadcast_id = row.id
        found = await self.get(broadcast_id)
        assert found is not None
        return found

    async def get(self, broadcast_id: int) -> BroadcastView | None:
        """A broadcast by id."""
        async with self._sessions() as session:
            row = (
                await session.execute(
                    select(Broadcast, Group)
                    .join(Group, Group.id == Broadcast.group_id)
                    .where(Broadcast.id == broadcast_id)
                )
            ).one_or_none()
        return _view(*row) if row else None

    async def set_part(
        self,
        actor_telegram_id: int,
        broadcast_id: int,
        locale: str,
        *,
        text: str | None = None,
        voice: str | None = None,
    ) -> BroadcastView:
        """Add or replace the text or voice note of one language (drafts only)."""
        view = await self._own_draft(actor_telegram_id, broadcast_id)
        texts, voices = dict(view.texts), dict(view.voices)
        if text is not None:
            texts[locale] = text.strip()[:MAX_TEXT]
        if voice is not None:
            voices[locale] = voice
        async with self._sessions.begin() as session:
            await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id)
                .values(texts=texts, voices=voices)
            )
        found = await self.get(broadcast_id)
        assert found is not None
        return found

    async def cancel(self, actor_telegram_id: int, broadcast_id: int) -> bool:
        """Throw a draft away (a confirmed broadcast cannot be called back)."""
        await self._own_draft(actor_telegram_id, broadcast_id)
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.status == BroadcastStatus.DRAFT)
                .values(status=BroadcastStatus.CANCELLED)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]

    async def audience(self, broadcast_id: int) -> int:
        """How many members the broadcast would reach before the delivery rules."""
        view = await self.get(broadcast_id)
        if view is None:
            return 0
        async with self._sessions() as session:
            people = await active_parents(session, [view.group_id])
        return len(people.get(view.group_id, []))

    async def confirm(
        self, actor_telegram_id: int, broadcast_id: int, composer: BroadcastComposer
    ) -> BroadcastView:
        """Send: one transaction writes every member's messages to the outbox.

        Confirming twice (a double tap, a retried update) sends nothing twice.
        """
        view = await self.get(broadcast_id)
        if view is None or view.created_by != actor_telegram_id:
            raise NotAllowed("only the author can send this broadcast")
        await self._require_manager(actor_telegram_id, view.group_id)
        if view.status is not BroadcastStatus.DRAFT:
            return view
        if not view.texts and not view.voices:
            raise ValueError("an empty broadcast")
        now = self._clock()
        async with self._sessions.begin() as session:
            claimed = await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.status == BroadcastStatus.DRAFT)
                .values(status=BroadcastStatus.SENDING, confirmed_at=now)
            )
            if not claimed.rowcount:  # type: ignore[attr-defined]
                return view  # confirmed at the same moment by another tap
            group = await session.get(Group, view.group_id)
            assert group is not None
            people = (await active_parents(session, [view.group_id])).get(view.group_id, [])
            prompts = await prompts_this_week(session, [p.member_id for p, _ in people], now)
            rows: list[dict[str, Any]] = []
            recipients = paused = capped = 0
            for person, prefs in people:
                decision = decide(
                    prefs,
                    now,
                    group.timezone,
                    prompts_this_week=prompts.get(person.member_id, 0),
                    weekly_cap=group.prompt_cap_per_week,
                )
                if decision.send_at is None:
                    if decision.hold is not None and decision.hold.value == "paused":
                        paused += 1
                    else:
                        capped += 1
                    continue
                recipients += 1
                recipient = Recipient(
                    person.member_id, person.telegram_user_id, person.locale or view.default_locale
                )
                for index, (method, payload) in enumerate(composer.messages(view, recipient)):
                    rows.append(
                        outbox_row(
                            f"broadcast:{broadcast_id}:{person.member_id}:{index}",
                            person.telegram_user_id,
                            person.member_id,
                            payload,
                            decision.send_at,
                            now,
                            prompt=index == 0,  # one broadcast is one prompt
                            method=method,
                        )
                    )
            if rows:
                await enqueue_rows(session, rows)
            await session.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id)
                .values(recipients=recipients, held_paused=paused, held_cap=capped)
            )
        found = await self.get(broadcast_id)
        assert found is not None
        return found

    async def finished(
        self, messages: Callable[[Report], list[NewMessage]] | None = None
    ) -> list[Report]:
        """Broadcasts whose delivery has ended (apart from rows waiting for the morning);
        marks them done, so each report is made once, and enqueues each report's `messages`
        in the same transaction (a crash in between must not lose the report)."""
        now = self._clock()
        reports = []
        async with self._sessions.begin() as session:
            rows = (
                await session.execute(
                    select(Broadcast, Group)
                    .join(Group, Group.id == Broadcast.group_id)
                    .where(Broadcast.status == BroadcastStatus.SENDING)
                )
            ).all()
            for broadcast, group in rows:
                prefix = f"broadcast:{broadcast.id}:"
                first = OutboxMessage.dedupe_key.like(f"{prefix}%:0")
                counts = dict(
                    (
                        await session.execute(
                            select(OutboxMessage.status, func.count())
                            .where(first)
                            .group_by(OutboxMessage.status)
                        )
                    ).all()
                )
                unsettled = and_(
                    first, OutboxMessage.status.in_([OutboxStatus.PENDING, OutboxStatus.SENDING])
                )
                # Due now, or given back by a sender for a retry (429, 5xx, pacing: it has
                # an error) rather than waiting for the end of quiet hours.
                waiting = await session.scalar(
                    select(func.count()).where(
                        unsettled,
                        or_(OutboxMessage.not_before <= now, OutboxMessage.last_error.is_not(None)),
                    )
                )
                if waiting:
                    continue
                later = counts.get(OutboxStatus.PENDING, 0) + counts.get(OutboxStatus.SENDING, 0)
                broadcast.status = BroadcastStatus.DONE
                broadcast.reported_at = now
                author_locale = await session.scalar(
                    select(Member.locale).where(Member.telegram_user_id == broadcast.created_by)
                )
                reports.append(
                    Report(
                        _view(broadcast, group),
                        delivered=counts.get(OutboxStatus.SENT, 0),
                        quiet_hours=later,
                        unreachable=counts.get(OutboxStatus.UNREACHABLE, 0),
                        failed=counts.get(OutboxStatus.FAILED, 0),
                        author_locale=author_locale,
                    )
                )
            if messages is not None:
                await enqueue_messages(session, [m for r in reports for m in messages(r)], now)
        return reports

    async def _own_draft(self, actor_telegram_id: int, broadcast_id: int) -> BroadcastView:
        view = await self.get(broadcast_id)
        if view is None or view.created_by != actor_telegram_id:
            raise NotAllowed("not your broadcast")
        if view.status is not BroadcastStatus.DRAFT:
            raise NotAllowed("this broadcast was already sent or cancelled")
        return view

    async def _require_manager(self, actor_telegram_id: int, group_id: int) -> None:
        if not await self._community.can_manage(actor_telegram_id, group_id):
            raise NotAllowed("only the group's facilitators and coordinators may broadcast")


def _view(row: Broadcast, group: Group) -> BroadcastView:
    return BroadcastView(
        id=row.id,
        group_id=row.group_id,
        group_name=group.name,
        default_locale=group.default_locale,
        created_by=row.created_by,
        status=row.status,
        texts=dict(row.texts or {}),
        voices=dict(row.voices or {}),
        recipients=row.recipients,
        held_paused=row.held_paused,
        held_cap=row.held_cap,
    )
