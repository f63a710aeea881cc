"""Members: who talks to the bot, their language and whether Telegram lets us reach them."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Member, Membership, OutboxMessage, OutboxStatus, Role
from storage.types import utcnow

STAFF_ROLES = (Role.COORDINATOR, Role.FACILITATOR, Role.VOLUNTEER)


@dataclass(frozen=True, slots=True)
class MemberView:
    """The plain facts a handler needs about a member."""

    id: int
    telegram_user_id: int
    locale: str | None
    reachable: bool
    named: bool = True  # False: no display name kept yet (added from the command line)


def _view(member: Member) -> MemberView:
    return MemberView(
        member.id,
        member.telegram_user_id,
        member.locale,
        member.reachable,
        member.display_name is not None,
    )


class MemberCache:
    """Recently seen members (and non-members) of this process, for the per-update lookup.

    Only exact when this process is the only writer, which is true for SQLite (one
    `kring run`); with PostgreSQL replicas another process may change a member, so the
    runtime leaves the cache off there.
    """

    def __init__(self, ttl_s: float = 300.0, max_entries: int = 10_000) -> None:
        self._ttl_s = ttl_s
        self._max = max_entries
        self._entries: OrderedDict[int, tuple[float, MemberView | None]] = OrderedDict()

    def get(self, telegram_user_id: int) -> tuple[bool, MemberView | None]:
        """(found, member): found is False when the cache cannot answer."""
        entry = self._entries.get(telegram_user_id)
        if entry is None or entry[0] < time.monotonic():
            return False, None
        self._entries.move_to_end(telegram_user_id)
        return True, entry[1]

    def put(self, telegram_user_id: int, member: MemberView | None) -> None:
        """Remember what the database said (None: no member row)."""
        self._entries[telegram_user_id] = (time.monotonic() + self._ttl_s, member)
        self._entries.move_to_end(telegram_user_id)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def forget(self, telegram_user_id: int) -> None:
        """Drop an entry after a write."""
        self._entries.pop(telegram_user_id, None)


class MemberService:
    """Use cases around members; each method owns its transaction."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        cache: MemberCache | None = None,
        reads: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self._sessions = sessions
        self._cache = cache
        # The per-update lookup only reads: with SQLite it takes a reader's connection, so
        # it never waits behind the one connection that writes; with PostgreSQL it runs in
        # autocommit, one round trip (storage.db.create_read_sessionmaker).
        self._reads = reads or sessions

    async def find(self, telegram_user_id: int) -> MemberView | None:
        """The member with this Telegram id, or None if we keep nothing about them."""
        if self._cache is not None:
            found, member = self._cache.get(telegram_user_id)
            if found:
                return member
        view = await self._load(telegram_user_id)
        if self._cache is not None:
            self._cache.put(telegram_user_id, view)
        return view

    async def _load(self, telegram_user_id: int) -> MemberView | None:
        # Runs for most updates: plain columns, no ORM identity map.
        async with self._reads() as session:
            row = (
                await session.execute(
                    select(
                        Member.id,
                        Member.telegram_user_id,
                        Member.locale,
                        Member.reachable,
                        Member.display_name.is_not(None),
                    ).where(Member.telegram_user_id == telegram_user_id)
                )
            ).first()
            return MemberView(*row) if row else None

    async def choose_locale(self, telegram_user_id: int, locale: str) -> MemberView:
        """Store the language a person chose, creating their member row if needed."""
        async with self._sessions.begin() as session:
            member = await _get_or_create(session, telegram_user_id)
            member.locale = locale
            # They are talking to us, so Telegram lets us reach them.
            member.reachable = True
            member.blocked_at = None
            await session.flush()
            view = _view(member)
        if self._cache is not None:
            self._cache.put(telegram_user_id, view)
        return view

    async def name_if_unnamed(self, telegram_user_id: int, name: str) -> None:
        """Keep the name Telegram shows for a coordinator, facilitator or volunteer who has
        none yet (a coordinator added from the command line knows only their id), so the
        dashboard can say who is signed in. Nobody else gets a name kept this way."""
        name = name.strip()[:128]
        if not name:
            return
        staff = select(Membership.id).where(
            Membership.member_id == Member.id, Membership.role.in_(STAFF_ROLES)
        )
        async with self._sessions.begin() as session:
            await session.execute(
                update(Member)
                .where(
                    Member.telegram_user_id == telegram_user_id,
                    Member.display_name.is_(None),
                    staff.exists(),
                )
                .values(display_name=name, updated_at=utcnow())
            )
        if self._cache is not None:
            self._cache.forget(telegram_user_id)

    async def set_reachable(self, telegram_user_id: int, reachable: bool) -> bool:
        """Record that a member blocked (False) or unblocked (True) the bot.

        Returns whether a member row existed; we do not create one just to note a block.
        When they block the bot, their pending messages are settled as unreachable so the
        sender never retries them.
        """
        async with self._sessions.begin() as session:
            existed = await mark_reachable(session, telegram_user_id, reachable)
        if self._cache is not None:
            self._cache.forget(telegram_user_id)
        return existed


async def mark_reachable(session: AsyncSession, telegram_user_id: int, reachable: bool) -> bool:
    """Set a member's reachable state inside the caller's transaction (see `set_reachable`)."""
    values: dict[str, object] = {"reachable": reachable, "updated_at": utcnow()}
    values["blocked_at"] = None if reachable else utcnow()
    result = await session.execute(
        update(Member).where(Member.telegram_user_id == telegram_user_id).values(**values)
    )
    if not reachable:
        await session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.chat_id == telegram_user_id,
                OutboxMessage.status.in_((OutboxStatus.PENDING, OutboxStatus.SENDING)),
            )
            .values(status=OutboxStatus.UNREACHABLE, claimed_by=None, claimed_until=None)
        )
    return bool(cast(CursorResult[Any], result).rowcount)


async def _get_or_create(session: AsyncSession, telegram_user_id: int) -> Member:
    member = await session.scalar(select(Member).where(Member.telegram_user_id == telegram_user_id))
    if member is None:
        member = Member(telegram_user_id=telegram_user_id, reachable=True)
        session.add(member)
        await session.flush()
    return member
