"""Organisations, groups, roles and invites: who may do what, where (CommunityService)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from storage.community import (
    MAX_PARENT_INVITE_USES,
    CommunityService,
    GroupView,
    InviteStatus,
    InviteView,
    NotAllowed,
)
from storage.models import Group, Invite, Member, Membership, Organisation, Role
from storage.types import utcnow
from tests.conftest import Database, open_database

# Telegram ids beyond 32 bits, as real ones are.
COORDINATOR = 7_100_000_001
OTHER_COORDINATOR = 7_100_000_002
FACILITATOR = 7_100_000_003
OTHER_FACILITATOR = 7_100_000_004
VOLUNTEER = 7_100_000_005
PARENT = 7_100_000_006
NEWCOMER = 7_100_000_007
STRANGER = 7_100_000_099

SUPERGROUP_ID = -1_001_234_567_890_123  # a 64-bit supergroup chat id
BASIC_GROUP_ID = -4_123_456_789  # a basic group chat id, before the upgrade


HANG = 5.0  # seconds; far more than any of these calls needs


async def accept(
    community: CommunityService,
    code: str,
    who: int,
    name: str = "Amina",
    locale: str = "nl",
    consent_version: int = 1,
) -> InviteView:
    """Someone opens an invite link and consents. A hang fails fast instead of waiting for
    the pool's 30 s timeout (SQLite engines have one connection per process)."""
    try:
        return await asyncio.wait_for(
            community.accept_invite(code, who, name, locale, consent_version), HANG
        )
    except TimeoutError:
        pytest.fail(f"accept_invite hung for {HANG}s (waiting for a second pool connection?)")


async def join(
    community: CommunityService,
    code: str,
    who: int,
    name: str = "Amina",
    locale: str = "nl",
) -> InviteStatus:
    """What the bot would tell someone who accepts a code."""
    return (await accept(community, code, who, name, locale)).status


async def invite_and_join(
    community: CommunityService, inviter: int, group_id: int, role: Role, who: int
) -> None:
    code = await community.create_invite(inviter, group_id, role)
    assert await join(community, code, who) is InviteStatus.OK


@pytest.fixture
async def community(db: Database) -> CommunityService:
    return CommunityService(db.sessions)


async def a_group_with_staff(community: CommunityService) -> GroupView:
    """An organisation with a coordinator and one group with a facilitator, volunteer and
    parent (each joined by invite)."""
    await community.add_coordinator("Buurtvrouwen", COORDINATOR)
    group = await community.create_group(COORDINATOR, "Moeders Noord", "Europe/Amsterdam", "nl")
    await invite_and_join(community, COORDINATOR, group.id, Role.FACILITATOR, FACILITATOR)
    await invite_and_join(community, FACILITATOR, group.id, Role.VOLUNTEER, VOLUNTEER)
    await invite_and_join(community, FACILITATOR, group.id, Role.PARENT, PARENT)
    return group


async def count(db: Database, model: type) -> int:
    async with db.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


# --- bootstrapping ------------------------------------------------------------------------


async def test_add_coordinator_creates_the_organisation_once(
    db: Database, community: CommunityService
) -> None:
    first = await community.add_coordinator("Buurtvrouwen", COORDINATOR)
    again = await community.add_coordinator("Buurtvrouwen", COORDINATOR)
    colleague = await community.add_coordinator("Buurtvrouwen", OTHER_COORDINATOR)
    assert first == again == colleague
    async with db.sessions() as session:
        orgs = (await session.scalars(select(Organisation))).all()
        roles = (await session.scalars(select(Membership))).all()
    assert [o.name for o in orgs] == ["Buurtvrouwen"]
    assert len(roles) == 2  # one coordinator role each, not two for the repeated call
    assert {(r.role, r.organisation_id, r.group_id) for r in roles} == {
        (Role.COORDINATOR, first, None)
    }
    [role] = await community.roles(COORDINATOR)
    assert (role.role, role.organisation_id, role.group) == (Role.COORDINATOR, first, None)


async def test_only_a_coordinator_creates_groups(db: Database, community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    for someone in (STRANGER, PARENT, VOLUNTEER, FACILITATOR):
        with pytest.raises(NotAllowed):
            await community.create_group(someone, "Vaders Zuid", "Europe/Amsterdam", "nl")
    assert await count(db, Group) == 1
    stored = await community.group(group.id)
    assert stored == group
    assert (stored.name, stored.timezone, stored.default_locale) == (
        "Moeders Noord",
        "Europe/Amsterdam",
        "nl",
    )
    assert stored.telegram_chat_id is None and stored.prompt_cap_per_week == 3


async def test_a_coordinator_creates_groups_in_their_own_organisation(
    community: CommunityService,
) -> None:
    ours = await community.add_coordinator("Buurtvrouwen", COORDINATOR)
    theirs = await community.add_coordinator("Stichting Elders", OTHER_COORDINATOR)
    mine = await community.create_group(COORDINATOR, "Moeders Noord", "Europe/Amsterdam", "nl")
    other = await community.create_group(OTHER_COORDINATOR, "Papa's", "Europe/Brussels", "nl")
    assert mine.organisation_id == ours
    assert other.organisation_id == theirs
    assert [g.name for g in await community.managed_groups(COORDINATOR)] == ["Moeders Noord"]


# --- group settings -----------------------------------------------------------------------


async def test_the_facilitator_and_the_coordinator_change_the_group(
    community: CommunityService,
) -> None:
    group = await a_group_with_staff(community)
    renamed = await community.update_group(FACILITATOR, group.id, name="Moeders Noord-Oost")
    assert renamed.name == "Moeders Noord-Oost"
    changed = await community.update_group(
        COORDINATOR, group.id, timezone="Europe/Brussels", default_locale="ar",
        prompt_cap_per_week=2,
    )  # fmt: skip
    assert changed == await community.group(group.id)
    assert (changed.name, changed.timezone, changed.default_locale) == (
        "Moeders Noord-Oost",
        "Europe/Brussels",
        "ar",
    )
    assert changed.prompt_cap_per_week == 2


async def test_others_may_not_change_the_group(community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    # A facilitator of another group in the same organisation.
    other_group = await community.create_group(COORDINATOR, "Vaders Zuid", "Europe/Amsterdam", "nl")
    await invite_and_join(
        community, COORDINATOR, other_group.id, Role.FACILITATOR, OTHER_FACILITATOR
    )
    # A coordinator of another organisation.
    await community.add_coordinator("Stichting Elders", OTHER_COORDINATOR)
    for someone in (OTHER_FACILITATOR, OTHER_COORDINATOR, VOLUNTEER, PARENT, STRANGER):
        with pytest.raises(NotAllowed):
            await community.update_group(someone, group.id, name="Taken over")
        with pytest.raises(NotAllowed):
            await community.update_group(someone, group.id, prompt_cap_per_week=50)
    assert await community.group(group.id) == group


# --- invites ------------------------------------------------------------------------------


async def test_who_may_invite_whom(community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    await community.add_coordinator("Stichting Elders", OTHER_COORDINATOR)
    allowed = {
        (COORDINATOR, Role.FACILITATOR),
        (COORDINATOR, Role.VOLUNTEER),
        (COORDINATOR, Role.PARENT),
        (FACILITATOR, Role.VOLUNTEER),
        (FACILITATOR, Role.PARENT),
    }
    for actor in (COORDINATOR, FACILITATOR, VOLUNTEER, PARENT, OTHER_COORDINATOR, STRANGER):
        for role in Role:
            if (actor, role) in allowed:
                code = await community.create_invite(actor, group.id, role)
                seen = await community.peek_invite(code)
                assert (seen.status, seen.role, seen.group) == (InviteStatus.OK, role, group)
            else:
                with pytest.raises(NotAllowed):
                    await community.create_invite(actor, group.id, role)


async def test_invite_lifetimes_and_uses(db: Database, community: CommunityService) -> None:
    """Staff codes are single-use and short-lived; parent codes may serve a whole meeting."""
    group = await a_group_with_staff(community)
    staff = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR, max_uses=5)
    parents = await community.create_invite(FACILITATOR, group.id, Role.PARENT, max_uses=1000)
    async with db.sessions() as session:
        s = await session.scalar(select(Invite).where(Invite.code == staff))
        p = await session.scalar(select(Invite).where(Invite.code == parents))
        coordinator = await session.scalar(
            select(Member).where(Member.telegram_user_id == COORDINATOR)
        )
    assert s is not None and p is not None and coordinator is not None
    assert (s.max_uses, p.max_uses) == (1, MAX_PARENT_INVITE_USES)
    assert s.created_by == coordinator.id
    assert s.expires_at - utcnow() <= timedelta(days=3)
    assert p.expires_at - utcnow() > timedelta(days=13)


async def test_accepting_an_invite_stores_the_person_and_their_role(
    db: Database, community: CommunityService
) -> None:
    group = await a_group_with_staff(community)
    code = await community.create_invite(FACILITATOR, group.id, Role.PARENT)
    before = utcnow()
    view = await accept(community, code, NEWCOMER, "Fatima", "ar", consent_version=2)
    assert (view.status, view.role, view.group, view.organisation_id) == (
        InviteStatus.OK,
        Role.PARENT,
        group,
        group.organisation_id,
    )
    async with db.sessions() as session:
        member = await session.scalar(select(Member).where(Member.telegram_user_id == NEWCOMER))
        assert member is not None
        roles = (
            await session.scalars(select(Membership).where(Membership.member_id == member.id))
        ).all()
    assert (member.display_name, member.locale, member.consent_version) == ("Fatima", "ar", 2)
    assert member.consent_given_at is not None and member.consent_given_at >= before
    assert member.reachable is True
    assert [(r.group_id, r.role, r.active) for r in roles] == [(group.id, Role.PARENT, True)]
    [role] = await community.roles(NEWCOMER)
    assert (role.role, role.group, role.organisation_id) == (
        Role.PARENT,
        group,
        group.organisation_id,
    )
    assert (await community.peek_invite(code)).status is InviteStatus.USED


async def test_a_one_time_code_works_once(db: Database, community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    code = await community.create_invite(FACILITATOR, group.id, Role.PARENT)
    members, roles = await count(db, Member), await count(db, Membership)
    assert await join(community, code, NEWCOMER) is InviteStatus.OK
    second = await accept(community, code, STRANGER, "Someone", "tr")
    assert second.status is InviteStatus.USED
    assert await count(db, Member) == members + 1
    assert await count(db, Membership) == roles + 1
    assert await community.roles(STRANGER) == []


async def test_an_expired_code_changes_nothing(db: Database, community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    code = await community.create_invite(FACILITATOR, group.id, Role.PARENT)
    async with db.sessions.begin() as session:
        await session.execute(
            update(Invite)
            .where(Invite.code == code)
            .values(expires_at=utcnow() - timedelta(minutes=1))
        )
    members = await count(db, Member)
    assert (await community.peek_invite(code)).status is InviteStatus.EXPIRED
    assert await join(community, code, NEWCOMER) is InviteStatus.EXPIRED
    assert await count(db, Member) == members
    async with db.sessions() as session:
        invite = await session.scalar(select(Invite).where(Invite.code == code))
    assert invite is not None and invite.uses == 0 and invite.used_at is None


async def test_an_unknown_code_changes_nothing(db: Database, community: CommunityService) -> None:
    await a_group_with_staff(community)
    members = await count(db, Member)
    view = await accept(community, "no-such-code", NEWCOMER, "Fatima", "ar")
    assert (view.status, view.role, view.group) == (InviteStatus.UNKNOWN, None, None)
    assert await count(db, Member) == members


async def test_a_parent_code_serves_as_many_people_as_it_says(
    db: Database, community: CommunityService
) -> None:
    group = await a_group_with_staff(community)
    code = await community.create_invite(FACILITATOR, group.id, Role.PARENT, max_uses=3)
    parents = [8_200_000_001, 8_200_000_002, 8_200_000_003]
    for who in parents:
        assert await join(community, code, who) is InviteStatus.OK
    assert await join(community, code, 8_200_000_004) is InviteStatus.USED
    for who in parents:
        assert [r.role for r in await community.roles(who)] == [Role.PARENT]
    assert await community.roles(8_200_000_004) == []
    async with db.sessions() as session:
        invite = await session.scalar(select(Invite).where(Invite.code == code))
    assert invite is not None and invite.uses == 3


async def test_two_people_racing_for_a_one_time_code(
    db: Database, community: CommunityService
) -> None:
    """Two processes accept the same code at the same moment: exactly one gets in."""
    group = await a_group_with_staff(community)
    code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)

    async def racer(who: int) -> InviteStatus:
        async with open_database(db.kind, db.url) as own:
            return (await accept(CommunityService(own.sessions), code, who)).status

    results = await asyncio.gather(racer(NEWCOMER), racer(STRANGER))
    assert sorted(r.value for r in results) == ["ok", "used"]
    async with db.sessions() as session:
        facilitators = (
            await session.scalars(
                select(Member.telegram_user_id)
                .join(Membership, Membership.member_id == Member.id)
                .where(Membership.group_id == group.id, Membership.role == Role.FACILITATOR)
            )
        ).all()
    assert len(facilitators) == 2  # FACILITATOR and the one winner
    assert FACILITATOR in facilitators


# --- linking the Telegram group chat ------------------------------------------------------


async def test_only_someone_who_manages_the_group_links_its_chat(
    community: CommunityService,
) -> None:
    group = await a_group_with_staff(community)
    other_group = await community.create_group(COORDINATOR, "Vaders Zuid", "Europe/Amsterdam", "nl")
    await invite_and_join(
        community, COORDINATOR, other_group.id, Role.FACILITATOR, OTHER_FACILITATOR
    )
    for someone in (PARENT, VOLUNTEER, STRANGER, OTHER_FACILITATOR):
        with pytest.raises(NotAllowed):
            await community.create_link_code(someone, group.id)
    code = await community.create_link_code(FACILITATOR, group.id)
    # A code seen over someone's shoulder is useless, and using it so does not spend it.
    for someone in (PARENT, VOLUNTEER, STRANGER, OTHER_FACILITATOR):
        assert await community.link_chat(code, someone, SUPERGROUP_ID) is None
    assert await community.find_by_chat(SUPERGROUP_ID) is None
    linked = await community.link_chat(code, FACILITATOR, SUPERGROUP_ID)
    assert linked is not None and linked.id == group.id
    assert linked.telegram_chat_id == SUPERGROUP_ID
    assert await community.find_by_chat(SUPERGROUP_ID) == linked


async def test_a_link_code_works_once(community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    code = await community.create_link_code(COORDINATOR, group.id)
    assert await community.link_chat(code, COORDINATOR, SUPERGROUP_ID) is not None
    assert await community.link_chat(code, COORDINATOR, -1_009_999_999_999) is None
    assert await community.find_by_chat(-1_009_999_999_999) is None
    found = await community.group(group.id)
    assert found is not None and found.telegram_chat_id == SUPERGROUP_ID
    # A join code is no link code, and a link code is no join code.
    invite = await community.create_invite(FACILITATOR, group.id, Role.PARENT)
    assert await community.link_chat(invite, FACILITATOR, -1_009_999_999_999) is None
    fresh = await community.create_link_code(FACILITATOR, group.id)
    assert await join(community, fresh, NEWCOMER) is InviteStatus.UNKNOWN


async def test_linking_moves_a_chat_from_another_group(community: CommunityService) -> None:
    first = await a_group_with_staff(community)
    second = await community.create_group(COORDINATOR, "Vaders Zuid", "Europe/Amsterdam", "nl")
    code = await community.create_link_code(FACILITATOR, first.id)
    assert await community.link_chat(code, FACILITATOR, SUPERGROUP_ID) is not None
    code = await community.create_link_code(COORDINATOR, second.id)
    moved = await community.link_chat(code, COORDINATOR, SUPERGROUP_ID)
    assert moved is not None and moved.id == second.id
    assert await community.find_by_chat(SUPERGROUP_ID) == moved
    old = await community.group(first.id)
    assert old is not None and old.telegram_chat_id is None


async def test_a_chat_upgraded_to_a_supergroup_is_followed(community: CommunityService) -> None:
    group = await a_group_with_staff(community)
    code = await community.create_link_code(FACILITATOR, group.id)
    assert await community.link_chat(code, FACILITATOR, BASIC_GROUP_ID) is not None
    assert await community.migrate_chat(BASIC_GROUP_ID, SUPERGROUP_ID) is True
    found = await community.find_by_chat(SUPERGROUP_ID)
    assert found is not None and found.id == group.id
    assert found.telegram_chat_id == SUPERGROUP_ID
    assert await community.find_by_chat(BASIC_GROUP_ID) is None
    # A chat no group knows: nothing to follow.
    assert await community.migrate_chat(-4_000_000_001, -1_004_000_000_001) is False


# --- who is who ---------------------------------------------------------------------------


async def test_facilitators_are_listed_with_their_languages(
    community: CommunityService,
) -> None:
    group = await a_group_with_staff(community)  # FACILITATOR joined with "nl"
    code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)
    assert await join(community, code, OTHER_FACILITATOR, "Hatice", "tr") is InviteStatus.OK
    contacts = await community.facilitators(group.id)
    assert [(c.telegram_user_id, c.locale) for c in contacts] == [
        (FACILITATOR, "nl"),
        (OTHER_FACILITATOR, "tr"),
    ]
    other = await community.create_group(COORDINATOR, "Vaders Zuid", "Europe/Amsterdam", "nl")
    assert await community.facilitators(other.id) == []


async def test_managed_groups_for_each_role(community: CommunityService) -> None:
    noord = await a_group_with_staff(community)
    zuid = await community.create_group(COORDINATOR, "Amsterdam Zuid", "Europe/Amsterdam", "nl")
    await community.add_coordinator("Stichting Elders", OTHER_COORDINATOR)
    elders = await community.create_group(OTHER_COORDINATOR, "Gent", "Europe/Brussels", "nl")
    assert await community.managed_groups(FACILITATOR) == [noord]
    assert await community.managed_groups(COORDINATOR) == [zuid, noord]  # by name
    assert await community.managed_groups(OTHER_COORDINATOR) == [elders]
    for someone in (VOLUNTEER, PARENT, STRANGER):
        assert await community.managed_groups(someone) == []
    assert await community.can_manage(FACILITATOR, noord.id) is True
    assert await community.can_manage(FACILITATOR, zuid.id) is False
    assert await community.can_manage(OTHER_COORDINATOR, noord.id) is False
