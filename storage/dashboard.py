"""Signing in to the web dashboard: one-time links, browser sessions and who sees what.

A facilitator or coordinator sends /dashboard to the bot in a private chat and gets a link
with a random 256-bit token. The token is good once, for 15 minutes; redeeming it opens
a browser session whose own random token lives in an HttpOnly cookie. Only SHA-256
hashes of both tokens are stored, so a copy of the database signs nobody in.

Why a stored random token rather than a self-contained signed one (an HMAC over member
and expiry): "one-time" needs a record of use anyway, and a stored token can also be
revoked, whereas a leaked signing key would let anyone mint links for anyone.

What a viewer may read is worked out from their roles *now*, on every request
(`Viewer`), so a facilitator who is removed from a group loses the page at once, even
with a session cookie that is still valid.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.dashboard_data import GroupAccess
from storage.models import (
    DashboardLink,
    DashboardSession,
    Group,
    Member,
    Membership,
    Organisation,
    Role,
)
from storage.types import utcnow

LINK_TTL = timedelta(minutes=15)
SESSION_TTL = timedelta(hours=12)
STAFF = (Role.COORDINATOR, Role.FACILITATOR, Role.VOLUNTEER)

Clock = Callable[[], datetime]


def token_hash(token: str) -> str:
    """The stored form of a link or session token."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class Viewer:
    """A signed-in person and the roles they hold right now."""

    member_id: int
    telegram_user_id: int
    display_name: str | None
    locale: str | None
    coordinator_of: frozenset[int]  # organisation ids
    facilitator_of: frozenset[int]  # group ids
    volunteer_of: frozenset[int]  # group ids
    group_organisations: dict[int, int]  # group id -> organisation id, for the groups above

    def can_view_organisation(self, organisation_id: int) -> bool:
        """Only the organisation's coordinators see its overview."""
        return organisation_id in self.coordinator_of

    def group_access(self, group_id: int, organisation_id: int) -> GroupAccess | None:
        """What this viewer may read of a group (None: nothing).

        A facilitator of the group reads everything; a volunteer of the group reads the
        figures and the moderation log but no parent's answers; a coordinator of the
        group's organisation reads figures only, small ones hidden. The highest role wins.
        """
        if group_id in self.facilitator_of:
            return GroupAccess.FULL
        if group_id in self.volunteer_of:
            return GroupAccess.STAFF
        if organisation_id in self.coordinator_of:
            return GroupAccess.FIGURES
        return None

    @property
    def is_staff(self) -> bool:
        return bool(self.coordinator_of or self.facilitator_of or self.volunteer_of)


class DashboardAuth:
    """Links, sessions and viewers; every check happens in the database."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock = utcnow,
        link_ttl: timedelta = LINK_TTL,
        session_ttl: timedelta = SESSION_TTL,
    ) -> None:
        self._sessions = sessions
        self._clock = clock
        self.link_ttl = link_ttl
        self.session_ttl = session_ttl

    async def create_link(self, telegram_user_id: int) -> str | None:
        """A new one-time login token for a staff member (None: parents get no dashboard).

        Asking again does not cancel an earlier link: each works once until it expires.
        """
        now = self._clock()
        async with self._sessions.begin() as session:
            viewer = await _viewer(
                session, select(Member).where(Member.telegram_user_id == telegram_user_id)
            )
            if viewer is None or not viewer.is_staff:
                return None
            token = secrets.token_urlsafe(32)
            session.add(
                DashboardLink(
                    token_hash=token_hash(token),
                    member_id=viewer.member_id,
                    created_at=now,
                    expires_at=now + self.link_ttl,
                )
            )
            await session.execute(
                delete(DashboardLink).where(DashboardLink.expires_at < now - timedelta(days=1))
            )
        return token

    async def redeem(self, token: str) -> str | None:
        """Use a login token once and open a session; its token, or None (unknown, used,
        expired, or the person is no longer staff)."""
        now = self._clock()
        hashed = token_hash(token)
        async with self._sessions.begin() as session:
            # One UPDATE decides: of two browsers racing with the same link, one wins.
            result = await session.execute(
                update(DashboardLink)
                .where(
                    DashboardLink.token_hash == hashed,
                    DashboardLink.used_at.is_(None),
                    DashboardLink.expires_at > now,
                )
                .values(used_at=now)
                .returning(DashboardLink.member_id)
            )
            member_id = result.scalar_one_or_none()
            if member_id is None:
                return None
            viewer = await _viewer(session, select(Member).where(Member.id == member_id))
            if viewer is None or not viewer.is_staff:
                return None
            session_token = secrets.token_urlsafe(32)
            session.add(
                DashboardSession(
                    token_hash=token_hash(session_token),
                    member_id=member_id,
                    created_at=now,
                    expires_at=now + self.session_ttl,
                )
            )
        return session_token

    async def viewer(self, session_token: str | None) -> Viewer | None:
        """The person behind a session cookie, if the session is still valid."""
        if not session_token:
            return None
        now = self._clock()
        async with self._sessions() as session:
            member_id = await session.scalar(
                select(DashboardSession.member_id).where(
                    DashboardSession.token_hash == token_hash(session_token),
                    DashboardSession.expires_at > now,
                )
            )
            if member_id is None:
                return None
            return await _viewer(session, select(Member).where(Member.id == member_id))

    async def index(
        self, viewer: Viewer
    ) -> tuple[list[tuple[int, str]], list[tuple[int, str, GroupAccess]]]:
        """What the viewer may open: organisations (id, name) and groups (id, name, access),
        sorted by name."""
        async with self._sessions() as session:
            organisations = [
                (row.id, row.name)
                for row in (
                    await session.execute(
                        select(Organisation.id, Organisation.name)
                        .where(Organisation.id.in_(viewer.coordinator_of))
                        .order_by(Organisation.name, Organisation.id)
                    )
                ).all()
            ]
            rows = (
                await session.execute(
                    select(Group.id, Group.name, Group.organisation_id)
                    .where(
                        Group.id.in_(viewer.facilitator_of | viewer.volunteer_of)
                        | Group.organisation_id.in_(viewer.coordinator_of)
                    )
                    .order_by(Group.name, Group.id)
                )
            ).all()
        groups = []
        for group_id, name, organisation_id in rows:
            access = viewer.group_access(group_id, organisation_id)
            if access is not None:
                groups.append((group_id, name, access))
        return organisations, groups

    async def organisation_of(self, group_id: int) -> int | None:
        """The organisation a group belongs to (None: no such group)."""
        async with self._sessions() as session:
            return await session.scalar(select(Group.organisation_id).where(Group.id == group_id))

    async def logout(self, session_token: str | None) -> bool:
        """End a session; whether there was one."""
        if not session_token:
            return False
        async with self._sessions.begin() as session:
            result = await session.execute(
                delete(DashboardSession).where(
                    DashboardSession.token_hash == token_hash(session_token)
                )
            )
        return bool(getattr(result, "rowcount", 0))

    async def purge_expired(self) -> int:
        """Delete expired sessions and links (a daily job); how many rows went."""
        now = self._clock()
        async with self._sessions.begin() as session:
            gone = 0
            for table in (DashboardSession, DashboardLink):
                result = await session.execute(delete(table).where(table.expires_at < now))
                gone += int(result.rowcount or 0) if isinstance(result, CursorResult) else 0
        return gone


async def _viewer(session: AsyncSession, member_query: object) -> Viewer | None:
    member = await session.scalar(member_query)  # type: ignore[call-overload]
    if member is None:
        return None
    rows = (
        await session.execute(
            select(
                Membership.role,
                Membership.group_id,
                Membership.organisation_id,
                Group.organisation_id,
            )
            .outerjoin(Group, Group.id == Membership.group_id)
            .where(
                Membership.member_id == member.id,
                Membership.active.is_(True),
                Membership.role.in_(STAFF),
            )
        )
    ).all()
    coordinator: set[int] = set()
    facilitator: set[int] = set()
    volunteer: set[int] = set()
    orgs: dict[int, int] = {}
    for role, group_id, organisation_id, group_org in rows:
        if role is Role.COORDINATOR and organisation_id is not None:
            coordinator.add(organisation_id)
        elif group_id is not None:
            (facilitator if role is Role.FACILITATOR else volunteer).add(group_id)
            orgs[group_id] = group_org
    return Viewer(
        member_id=member.id,
        telegram_user_id=member.telegram_user_id,
        display_name=member.display_name,
        locale=member.locale,
        coordinator_of=frozenset(coordinator),
        facilitator_of=frozenset(facilitator),
        volunteer_of=frozenset(volunteer),
        group_organisations=orgs,
    )
