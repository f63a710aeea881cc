"""Organisations, groups, roles and invites: who may do what, where.

Every method takes the acting person's Telegram id and checks their role itself, so a
handler cannot forget to: a facilitator manages only their own groups, a coordinator only
their own organisation.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.members import MemberCache
from storage.models import Group, Invite, InviteKind, Member, Membership, Organisation, Role
from storage.types import utcnow

STAFF_ROLES = (Role.FACILITATOR, Role.VOLUNTEER)
PARENT_INVITE_TTL = timedelta(days=14)
STAFF_INVITE_TTL = timedelta(days=3)
LINK_CODE_TTL = timedelta(hours=1)
MAX_PARENT_INVITE_USES = 30


class NotAllowed(Exception):
    """The acting person's role does not allow this here."""


@dataclass(frozen=True, slots=True)
class GroupView:
    """The plain facts a handler needs about a group."""

    id: int
    organisation_id: int
    name: str
    telegram_chat_id: int | None
    timezone: str
    default_locale: str
    prompt_cap_per_week: int
    reminders_count_to_cap: bool = True


@dataclass(frozen=True, slots=True)
class RoleView:
    """One role of a person: in a group (group set) or an organisation (organisation set)."""

    role: Role
    group: GroupView | None
    organisation_id: int


@dataclass(frozen=True, slots=True)
class StaffContact:
    """Someone to notify about a group (a facilitator), with their language. A coordinator
    told in a facilitator's place hears who and why, never a member's words."""

    telegram_user_id: int
    locale: str | None
    reads_words: bool = True


class InviteStatus(enum.Enum):
    """What a person holding a code can do with it."""

    OK = "ok"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"


@dataclass(frozen=True, slots=True)
class InviteView:
    """A code's purpose, for the join flow."""

    code: str
    status: InviteStatus
    role: Role | None = None
    group: GroupView | None = None
    organisation_id: int | None = None


def _group_view(group: Group) -> GroupView:
    return GroupView(
        group.id,
        group.organisation_id,
        group.name,
        group.telegram_chat_id,
        group.timezone,
        group.default_locale,
        group.prompt_cap_per_week,
        group.reminders_count_to_cap,
    )


def new_code() -> str:
    """A short, unguessable, URL-safe code (fits `?start=` and callback data)."""
    return secrets.token_urlsafe(9)


class CommunityService:
    """Use cases for organisations, groups, roles and invites."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        member_cache: MemberCache | None = None,
        clock: Callable[[], datetime] = utcnow,
        reads: async_sessionmaker[AsyncSession] | None = None,
    ) -> None:
        self._sessions = sessions
        self._cache = member_cache
        self._clock = clock
        # Lookups made for many updates only read: with SQLite they take a reader's
        # connection, not the one that writes; with PostgreSQL they run in autocommit, one
        # round trip each (storage.db.create_read_sessionmaker).
        self._reads = reads or sessions

    # --- reading -----------------------------------------------------------------------

    async def find_by_chat(self, chat_id: int) -> GroupView | None:
        """The group linked to a Telegram group chat, if any."""
        async with self._reads() as session:
            group = await session.scalar(select(Group).where(Group.telegram_chat_id == chat_id))
            return _group_view(group) if group else None

    async def group(self, group_id: int) -> GroupView | None:
        """A group by id."""
        async with self._sessions() as session:
            group = await session.get(Group, group_id)
            return _group_view(group) if group else None

    async def roles(self, telegram_user_id: int) -> list[RoleView]:
        """Every active role of a person."""
        async with self._reads() as session:
            rows = await session.execute(
                select(Membership, Group)
                .join(Member, Member.id == Membership.member_id)
                .outerjoin(Group, Group.id == Membership.group_id)
                .where(Member.telegram_user_id == telegram_user_id, Membership.active.is_(True))
                .order_by(Membership.id)
            )
            found = []
            for membership, group in rows.all():
                org_id = membership.organisation_id or (group.organisation_id if group else 0)
                found.append(
                    RoleView(membership.role, _group_view(group) if group else None, org_id)
                )
            return found

    async def managed_groups(self, telegram_user_id: int) -> list[GroupView]:
        """Groups a person may manage: as facilitator, or as coordinator of the organisation."""
        roles = await self.roles(telegram_user_id)
        org_ids = [r.organisation_id for r in roles if r.role is Role.COORDINATOR]
        group_ids = [r.group.id for r in roles if r.role is Role.FACILITATOR and r.group]
        if not org_ids and not group_ids:
            return []
        async with self._sessions() as session:
            groups = await session.scalars(
                select(Group)
                .where(or_(Group.organisation_id.in_(org_ids), Group.id.in_(group_ids)))
                .order_by(Group.name, Group.id)
            )
            return [_group_view(g) for g in groups]

    async def can_manage(self, telegram_user_id: int, group_id: int) -> bool:
        """Whether a person may change this group's settings and invite to it."""
        return any(g.id == group_id for g in await self.managed_groups(telegram_user_id))

    async def facilitators(self, group_id: int) -> list[StaffContact]:
        """The group's facilitators (to alert or inform them), with their languages."""
        async with self._sessions() as session:
            rows = await session.execute(
                select(Member.telegram_user_id, Member.locale)
                .join(Membership, Membership.member_id == Member.id)
                .where(
                    Membership.group_id == group_id,
                    Membership.role == Role.FACILITATOR,
                    Membership.active.is_(True),
                )
                .order_by(Member.id)
            )
            return [StaffContact(tid, locale) for tid, locale in rows.all()]

    async def responsible(self, group_id: int) -> list[StaffContact]:
        """Who must hear of a worrying message or a question about the group chat: its
        facilitators, or the organisation's coordinators while it has none (an alert must
        never go nowhere)."""
        found = await self.facilitators(group_id)
        if found:
            return found
        async with self._sessions() as session:
            group = await session.get(Group, group_id)
            if group is None:
                return []
            rows = await session.execute(
                select(Member.telegram_user_id, Member.locale)
                .join(Membership, Membership.member_id == Member.id)
                .where(
                    Membership.organisation_id == group.organisation_id,
                    Membership.role == Role.COORDINATOR,
                    Membership.active.is_(True),
                )
                .order_by(Member.id)
            )
            return [StaffContact(tid, locale, reads_words=False) for tid, locale in rows.all()]

    # --- setting up --------------------------------------------------------------------

    async def add_coordinator(self, organisation_name: str, telegram_user_id: int) -> int:
        """Bootstrap (CLI): make someone coordinator of an organisation, creating it if new.

        Returns the organisation id.
        """
        async with self._sessions.begin() as session:
            org = await session.scalar(
                select(Organisation).where(Organisation.name == organisation_name)
            )
            if org is None:
                org = Organisation(name=organisation_name)
                session.add(org)
                await session.flush()
            member = await _member(session, telegram_user_id, create=True)
            assert member is not None
            exists = await session.scalar(
                select(Membership.id).where(
                    Membership.member_id == member.id,
                    Membership.organisation_id == org.id,
                    Membership.role == Role.COORDINATOR,
                )
            )
            if exists is None:
                session.add(
                    Membership(
                        member_id=member.id,
                        organisation_id=org.id,
                        role=Role.COORDINATOR,
                        created_at=self._clock(),
                    )
                )
            return org.id

    async def create_group(
        self, actor: int, name: str, timezone: str, default_locale: str
    ) -> GroupView:
        """A coordinator creates a group in their organisation (the first one they have)."""
        roles = await self.roles(actor)
        orgs = [r.organisation_id for r in roles if r.role is Role.COORDINATOR]
        if not orgs:
            raise NotAllowed("only a coordinator creates groups")
        async with self._sessions.begin() as session:
            group = Group(
                organisation_id=orgs[0],
                name=name,
                timezone=timezone,
                default_locale=default_locale,
            )
            session.add(group)
            await session.flush()
            return _group_view(group)

    async def update_group(
        self,
        actor: int,
        group_id: int,
        *,
        name: str | None = None,
        timezone: str | None = None,
        default_locale: str | None = None,
        prompt_cap_per_week: int | None = None,
        reminders_count_to_cap: bool | None = None,
    ) -> GroupView:
        """Change a group's settings (its facilitators or its organisation's coordinator)."""
        if not await self.can_manage(actor, group_id):
            raise NotAllowed("not your group")
        async with self._sessions.begin() as session:
            group = await session.get(Group, group_id)
            if group is None:
                raise NotAllowed("no such group")
            if name is not None:
                group.name = name
            if timezone is not None:
                group.timezone = timezone
            if default_locale is not None:
                group.default_locale = default_locale
            if prompt_cap_per_week is not None:
                group.prompt_cap_per_week = prompt_cap_per_week
            if reminders_count_to_cap is not None:
                group.reminders_count_to_cap = reminders_count_to_cap
            await session.flush()
            return _group_view(group)

    async def create_invite(self, actor: int, group_id: int, role: Role, max_uses: int = 1) -> str:
        """A one-time code for joining a group with a role.

        Coordinators invite facilitators and volunteers; facilitators invite parents and
        volunteers. A parent code may serve up to `MAX_PARENT_INVITE_USES` people.
        """
        group = await self.group(group_id)
        if group is None:
            raise NotAllowed("no such group")
        roles = await self.roles(actor)
        is_coordinator = any(
            r.role is Role.COORDINATOR and r.organisation_id == group.organisation_id for r in roles
        )
        is_facilitator = any(
            r.role is Role.FACILITATOR and r.group and r.group.id == group_id for r in roles
        )
        allowed = {
            Role.FACILITATOR: is_coordinator,
            Role.VOLUNTEER: is_coordinator or is_facilitator,
            Role.PARENT: is_coordinator or is_facilitator,
        }.get(role, False)
        if not allowed:
            raise NotAllowed("role may not invite this role here")
        uses = max(1, min(max_uses, MAX_PARENT_INVITE_USES)) if role is Role.PARENT else 1
        ttl = PARENT_INVITE_TTL if role is Role.PARENT else STAFF_INVITE_TTL
        return await self._new_invite(
            actor, InviteKind.JOIN, group_id=group_id, role=role, ttl=ttl, max_uses=uses
        )

    async def create_link_code(self, actor: int, group_id: int) -> str:
        """A code a facilitator types in the group chat (`/link CODE`) to link it."""
        if not await self.can_manage(actor, group_id):
            raise NotAllowed("not your group")
        return await self._new_invite(
            actor, InviteKind.LINK_CHAT, group_id=group_id, role=None, ttl=LINK_CODE_TTL
        )

    async def _new_invite(
        self,
        actor: int,
        kind: InviteKind,
        *,
        group_id: int,
        role: Role | None,
        ttl: timedelta,
        max_uses: int = 1,
    ) -> str:
        code = new_code()
        async with self._sessions.begin() as session:
            creator = await _member(session, actor, create=False)
            session.add(
                Invite(
                    code=code,
                    kind=kind,
                    role=role,
                    group_id=group_id,
                    created_by=creator.id if creator else None,
                    expires_at=self._clock() + ttl,
                    max_uses=max_uses,
                )
            )
        return code

    async def peek_invite(self, code: str, kind: InviteKind = InviteKind.JOIN) -> InviteView:
        """What a code is for, and whether it still works."""
        async with self._sessions() as session:
            invite = await session.scalar(
                select(Invite).where(Invite.code == code, Invite.kind == kind)
            )
            if invite is None:
                return InviteView(code, InviteStatus.UNKNOWN)
            group = await session.get(Group, invite.group_id) if invite.group_id else None
            status = InviteStatus.OK
            if invite.uses >= invite.max_uses:
                status = InviteStatus.USED
            elif invite.expires_at <= self._clock():
                status = InviteStatus.EXPIRED
            return InviteView(
                code,
                status,
                invite.role,
                _group_view(group) if group else None,
                group.organisation_id if group else invite.organisation_id,
            )

    async def accept_invite(
        self, code: str, telegram_user_id: int, display_name: str, locale: str, consent_version: int
    ) -> InviteView:
        """Join with a code after giving consent: one transaction for the code's use, the
        member (name, language, consent) and the role. A used-up or expired code changes
        nothing and says why."""
        now = self._clock()
        async with self._sessions.begin() as session:
            claimed = await session.execute(
                update(Invite)
                .where(
                    Invite.code == code,
                    Invite.kind == InviteKind.JOIN,
                    Invite.uses < Invite.max_uses,
                    Invite.expires_at > now,
                )
                .values(uses=Invite.uses + 1, used_at=now)
                .returning(Invite.group_id, Invite.role)
            )
            row = claimed.first()
            if row is not None:
                view = await self._join(session, row, code, telegram_user_id, display_name,
                                        locale, consent_version, now)  # fmt: skip
        if row is None:
            # Outside the transaction: SQLite has one connection per process, and peeking
            # inside would wait for the connection this transaction holds.
            return await self.peek_invite(code)
        if self._cache is not None:
            self._cache.forget(telegram_user_id)
        return view

    async def _join(
        self,
        session: AsyncSession,
        row: Any,
        code: str,
        telegram_user_id: int,
        display_name: str,
        locale: str,
        consent_version: int,
        now: datetime,
    ) -> InviteView:
        """The member, their consent and their role, in the caller's transaction."""
        group_id, role = row
        member = await _member(session, telegram_user_id, create=True)
        assert member is not None
        member.display_name = display_name[:128]
        member.locale = locale
        member.consent_given_at = now
        member.consent_version = consent_version
        member.reachable = True
        member.blocked_at = None
        existing = await session.scalar(
            select(Membership).where(
                Membership.member_id == member.id,
                Membership.group_id == group_id,
                Membership.role == role,
            )
        )
        if existing is None:
            session.add(
                Membership(member_id=member.id, group_id=group_id, role=role, created_at=now)
            )
        else:
            existing.active = True
        group = await session.get(Group, group_id)
        return InviteView(
            code, InviteStatus.OK, role, _group_view(group) if group else None,
            group.organisation_id if group else None,
        )  # fmt: skip

    async def link_chat(self, code: str, actor: int, chat_id: int) -> GroupView | None:
        """Link a Telegram group chat to a group with a code from its facilitator.

        The person typing the code in the chat must be allowed to manage the group, so a
        code seen over someone's shoulder is useless.
        """
        now = self._clock()
        async with self._sessions.begin() as session:
            invite = await session.scalar(
                select(Invite).where(
                    Invite.code == code,
                    Invite.kind == InviteKind.LINK_CHAT,
                    Invite.uses < Invite.max_uses,
                    Invite.expires_at > now,
                )
            )
            if invite is None or invite.group_id is None:
                return None
        if not await self.can_manage(actor, invite.group_id):
            return None
        async with self._sessions.begin() as session:
            claimed = await session.execute(
                update(Invite)
                .where(Invite.id == invite.id, Invite.uses < Invite.max_uses)
                .values(uses=Invite.uses + 1, used_at=now)
            )
            if not claimed.rowcount:  # type: ignore[attr-defined]
                return None
            # A chat can belong to one group only: unlink it elsewhere first.
            await session.execute(
                update(Group).where(Group.telegram_chat_id == chat_id).values(telegram_chat_id=None)
            )
            group = await session.get(Group, invite.group_id)
            assert group is not None
            group.telegram_chat_id = chat_id
            await session.flush()
            return _group_view(group)

    async def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> bool:
        """A group chat became a supergroup: follow it to its new id."""
        async with self._sessions.begin() as session:
            result = await session.execute(
                update(Group)
                .where(Group.telegram_chat_id == old_chat_id)
                .values(telegram_chat_id=new_chat_id)
            )
            return bool(result.rowcount)  # type: ignore[attr-defined]


async def _member(session: AsyncSession, telegram_user_id: int, *, create: bool) -> Member | None:
    member = await session.scalar(select(Member).where(Member.telegram_user_id == telegram_user_id))
    if member is None and create:
        member = Member(telegram_user_id=telegram_user_id, reachable=True)
        session.add(member)
        await session.flush()
    return member
