"""Members and memberships as stored."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.members import MemberCache, MemberService
from storage.models import Group, Member, Membership, Organisation, Role
from storage.outbox import NewMessage, Outbox
from tests.conftest import Database

BIG_ID = 7_123_456_789  # beyond 32 bits, as real Telegram ids are


async def test_choosing_a_language_creates_the_member_once(db: Database) -> None:
    members = MemberService(db.sessions)
    assert await members.find(BIG_ID) is None
    first = await members.choose_locale(BIG_ID, "ar")
    second = await members.choose_locale(BIG_ID, "so")
    assert first.id == second.id
    found = await members.find(BIG_ID)
    assert found is not None and found.locale == "so" and found.telegram_user_id == BIG_ID
    async with db.sessions() as session:
        rows = (await session.scalars(select(Member))).all()
    assert len(rows) == 1


async def test_blocking_and_unblocking(db: Database) -> None:
    members = MemberService(db.sessions)
    assert await members.set_reachable(BIG_ID, reachable=False) is False  # no row: nothing kept
    await members.choose_locale(BIG_ID, "nl")
    assert await members.set_reachable(BIG_ID, reachable=False) is True
    found = await members.find(BIG_ID)
    assert found is not None and found.reachable is False
    async with db.sessions() as session:
        member = await session.scalar(select(Member))
        assert member is not None and member.blocked_at is not None
        assert member.blocked_at.tzinfo is not None
    await members.set_reachable(BIG_ID, reachable=True)
    found = await members.find(BIG_ID)
    assert found is not None and found.reachable is True


async def test_roles_are_scoped_and_unique(db: Database) -> None:
    async with db.sessions.begin() as session:
        org = Organisation(name="Buurtvrouwen")
        group = Group(organisation=org, name="Moeders Noord", telegram_chat_id=-1001234567890)
        member = Member(telegram_user_id=BIG_ID)
        session.add_all([org, group, member])
        await session.flush()
        session.add(Membership(member_id=member.id, group_id=group.id, role=Role.FACILITATOR))
        session.add(Membership(member_id=member.id, organisation_id=org.id, role=Role.COORDINATOR))
        ids = (member.id, group.id, org.id)
    member_id, group_id, org_id = ids
    # The same role twice in one group is refused.
    with pytest.raises(IntegrityError):
        async with db.sessions.begin() as session:
            session.add(Membership(member_id=member_id, group_id=group_id, role=Role.FACILITATOR))
    # A coordinator belongs to an organisation, never to a group.
    with pytest.raises(IntegrityError):
        async with db.sessions.begin() as session:
            session.add(Membership(member_id=member_id, group_id=group_id, role=Role.COORDINATOR))
    # A parent belongs to a group.
    with pytest.raises(IntegrityError):
        async with db.sessions.begin() as session:
            session.add(Membership(member_id=member_id, organisation_id=org_id, role=Role.PARENT))
    async with db.sessions() as session:
        roles = sorted(r.value for r in await session.scalars(select(Membership.role)))
    assert roles == ["coordinator", "facilitator"]


async def test_deleting_a_member_removes_their_memberships(db: Database) -> None:
    async with db.sessions.begin() as session:
        org = Organisation(name="Org")
        group = Group(organisation=org, name="G")
        member = Member(telegram_user_id=BIG_ID)
        session.add_all([org, group, member])
        await session.flush()
        session.add(Membership(member_id=member.id, group_id=group.id, role=Role.PARENT))
    async with db.sessions.begin() as session:
        member = await session.scalar(select(Member))
        await session.delete(member)
    async with db.sessions() as session:
        assert (await session.scalars(select(Membership))).all() == []


async def test_the_member_cache_follows_this_processes_writes(db: Database) -> None:
    """With a cache, a lookup after a write sees the write (block via the outbox too)."""
    cache = MemberCache()
    members = MemberService(db.sessions, cache)
    outbox = Outbox(db.sessions, member_cache=cache)
    assert await members.find(BIG_ID) is None  # remembered as "not a member"
    await members.choose_locale(BIG_ID, "ar")
    found = await members.find(BIG_ID)
    assert found is not None and found.locale == "ar"
    await outbox.enqueue([NewMessage("k", BIG_ID, {"text": "hi"})])
    [row] = await outbox.claim("w", 1, timedelta(minutes=1))
    await outbox.mark_chat_unreachable(row.id, BIG_ID, "Forbidden: bot was blocked by the user")
    found = await members.find(BIG_ID)
    assert found is not None and found.reachable is False
    await members.set_reachable(BIG_ID, reachable=True)
    found = await members.find(BIG_ID)
    assert found is not None and found.reachable is True
