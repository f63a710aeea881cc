"""What a member controls: pausing, seeing and erasing their data (PrivacyService)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from storage.community import CommunityService, GroupView
from storage.models import Base, Departure, Member, Membership, OutboxMessage, Role
from storage.outbox import NewMessage, Outbox
from storage.privacy import ForgetResult, PrivacyService
from storage.types import utcnow
from tests.conftest import Database

# Telegram ids beyond 32 bits, as real ones are.
COORDINATOR = 7_200_000_001
FACILITATOR = 7_200_000_002
LEAVER = 7_200_000_003  # the member who pauses, exports and forgets
NEIGHBOUR = 7_200_000_004  # another parent, who stays
STRANGER = 7_200_000_099

LEAVER_NAME = "Zuleikha Oyelaran"  # appears nowhere else
NEIGHBOUR_NAME = "Hatice"


@pytest.fixture
async def community(db: Database) -> CommunityService:
    return CommunityService(db.sessions)


@pytest.fixture
async def privacy(db: Database) -> PrivacyService:
    return PrivacyService(db.sessions)


async def join(
    community: CommunityService, inviter: int, group: GroupView, role: Role, who: int, name: str
) -> None:
    code = await community.create_invite(inviter, group.id, role)
    view = await community.accept_invite(code, who, name, "ar", consent_version=2)
    assert view.group == group


async def two_groups(community: CommunityService) -> tuple[GroupView, GroupView]:
    """An organisation with two groups; the leaver is facilitator of the first and parent
    in the second; a neighbour is a parent in the first."""
    await community.add_coordinator("Buurtvrouwen", COORDINATOR)
    noord = await community.create_group(COORDINATOR, "Moeders Noord", "Europe/Amsterdam", "nl")
    zuid = await community.create_group(COORDINATOR, "Moeders Zuid", "Europe/Amsterdam", "nl")
    await join(community, COORDINATOR, noord, Role.FACILITATOR, LEAVER, LEAVER_NAME)
    await join(community, COORDINATOR, zuid, Role.PARENT, LEAVER, LEAVER_NAME)
    await join(community, LEAVER, noord, Role.PARENT, NEIGHBOUR, NEIGHBOUR_NAME)
    return noord, zuid


async def stored_member(db: Database, telegram_user_id: int) -> Member | None:
    async with db.sessions() as session:
        return await session.scalar(
            select(Member).where(Member.telegram_user_id == telegram_user_id)
        )


async def every_row(db: Database) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as plain column values."""
    found: dict[str, list[dict[str, Any]]] = {}
    async with db.sessions() as session:
        for table in Base.metadata.sorted_tables:
            result = await session.execute(select(table))
            found[table.name] = [dict(row._mapping) for row in result]
    return found


def mentions(value: Any, telegram_user_id: int, name: str) -> bool:
    """Whether a column value holds the id or the name, however deeply (JSON payloads)."""
    if isinstance(value, dict):
        return any(mentions(v, telegram_user_id, name) for v in [*value.keys(), *value.values()])
    if isinstance(value, list | tuple):
        return any(mentions(v, telegram_user_id, name) for v in value)
    if isinstance(value, bool) or value is None:
        return False
    if isinstance(value, int):
        return value == telegram_user_id
    text = str(value)
    return str(telegram_user_id) in text or name.lower() in text.lower()


# --- pause --------------------------------------------------------------------------------


async def test_pause_until_a_date_then_resume(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    await two_groups(community)
    until = datetime(2026, 12, 24, 9, 0, tzinfo=UTC)
    assert await privacy.pause(LEAVER, until) is True
    member = await stored_member(db, LEAVER)
    assert member is not None
    assert (member.paused_until, member.paused_indefinitely) == (until, False)
    assert await privacy.resume(LEAVER) is True
    member = await stored_member(db, LEAVER)
    assert member is not None
    assert (member.paused_until, member.paused_indefinitely) == (None, False)


async def test_pause_indefinitely_until_resumed(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    await two_groups(community)
    await privacy.pause(LEAVER, datetime(2026, 12, 24, tzinfo=UTC))
    assert await privacy.pause(LEAVER, None) is True  # replaces the dated pause
    member = await stored_member(db, LEAVER)
    assert member is not None
    assert (member.paused_until, member.paused_indefinitely) == (None, True)
    await privacy.resume(LEAVER)
    member = await stored_member(db, LEAVER)
    assert member is not None
    assert (member.paused_until, member.paused_indefinitely) == (None, False)
    neighbour = await stored_member(db, NEIGHBOUR)
    assert neighbour is not None and neighbour.paused_indefinitely is False


async def test_pausing_someone_unknown_stores_nothing(
    db: Database, privacy: PrivacyService
) -> None:
    assert await privacy.pause(STRANGER, None) is False
    assert await privacy.resume(STRANGER) is False
    assert await stored_member(db, STRANGER) is None


# --- export -------------------------------------------------------------------------------


async def test_export_shows_everything_kept(
    community: CommunityService, privacy: PrivacyService
) -> None:
    await two_groups(community)
    until = datetime(2026, 12, 24, 9, 0, tzinfo=UTC)
    await privacy.pause(LEAVER, until)
    data = await privacy.export(LEAVER)
    assert data is not None
    assert data["telegram_user_id"] == LEAVER
    assert data["name"] == LEAVER_NAME
    assert data["language"] == "ar"
    assert data["consent_version"] == 2
    consent = datetime.fromisoformat(data["consent_given_at"])
    assert timedelta(0) <= utcnow() - consent < timedelta(minutes=5)
    assert data["reachable"] is True
    assert datetime.fromisoformat(data["paused_until"]) == until
    assert data["paused_until_resume"] is False
    assert data["quiet_hours"] == [21 * 60, 8 * 60]
    assert [(m["role"], m["group"], m["active"]) for m in data["memberships"]] == [
        ("facilitator", "Moeders Noord", True),
        ("parent", "Moeders Zuid", True),
    ]
    assert all(datetime.fromisoformat(m["since"]) for m in data["memberships"])
    assert data["messages_queued_or_sent_to_you"] is False
    assert data["created_at"] is not None


async def test_export_of_a_coordinator_and_of_queued_messages(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    org = await community.add_coordinator("Buurtvrouwen", COORDINATOR)
    await Outbox(db.sessions).enqueue([NewMessage("hello", COORDINATOR, {"text": "Hallo"})])
    data = await privacy.export(COORDINATOR)
    assert data is not None
    assert [(m["role"], m["group"], m["organisation_id"]) for m in data["memberships"]] == [
        ("coordinator", None, org)
    ]
    assert data["messages_queued_or_sent_to_you"] is True
    assert data["name"] is None and data["consent_given_at"] is None


async def test_export_of_someone_unknown_is_none(privacy: PrivacyService) -> None:
    assert await privacy.export(STRANGER) is None


# --- forget -------------------------------------------------------------------------------


async def test_forget_leaves_no_trace_of_the_member(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    noord, _zuid = await two_groups(community)
    async with db.sessions() as session:
        leaver_id = await session.scalar(select(Member.id).where(Member.telegram_user_id == LEAVER))
    await community.create_invite(LEAVER, noord.id, Role.PARENT, max_uses=10)  # their invite
    code = await community.create_link_code(LEAVER, noord.id)
    await community.link_chat(code, LEAVER, -1_001_234_567_890_123)
    await Outbox(db.sessions).enqueue(
        [
            NewMessage(
                f"checkin:1:{LEAVER}", LEAVER, {"text": f"Hoi {LEAVER_NAME}, hoe gaat het?"}
            ),
            NewMessage(
                "reminder:1:leaver",
                LEAVER,
                {"text": f"{LEAVER_NAME}, de bijeenkomst is morgen.", "parse_mode": "HTML"},
                member_id=leaver_id,
            ),
            NewMessage(f"checkin:1:{NEIGHBOUR}", NEIGHBOUR, {"text": f"Hoi {NEIGHBOUR_NAME}"}),
        ]
    )
    before = await every_row(db)
    assert any(
        mentions(v, LEAVER, LEAVER_NAME)
        for rows in before.values()
        for r in rows
        for v in r.values()
    )  # the scan does see them before

    await privacy.forget(LEAVER)

    after = await every_row(db)
    traces = [
        (table, column, value)
        for table, rows in after.items()
        for row in rows
        for column, value in row.items()
        if mentions(value, LEAVER, LEAVER_NAME)
    ]
    assert traces == []
    assert leaver_id not in {r["member_id"] for r in after["memberships"]}
    assert leaver_id not in {r["member_id"] for r in after["outbox"]}
    assert leaver_id not in {r["created_by"] for r in after["invites"]}
    assert await privacy.export(LEAVER) is None
    assert await community.roles(LEAVER) == []


async def test_forget_keeps_anonymous_departures_per_group(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    noord, zuid = await two_groups(community)
    result = await privacy.forget(LEAVER)
    assert sorted(result.groups) == sorted([(noord.id, "Moeders Noord"), (zuid.id, "Moeders Zuid")])
    async with db.sessions() as session:
        departures = (await session.scalars(select(Departure).order_by(Departure.id))).all()
    assert sorted((d.group_id, d.role, d.reason) for d in departures) == sorted(
        [(noord.id, Role.FACILITATOR, "forget"), (zuid.id, Role.PARENT, "forget")]
    )
    for departure in departures:  # day precision only
        assert departure.left_on.time() == datetime.min.time()
        assert departure.left_on.date() == utcnow().date()
    # A departure names nobody: it has no column that could point at a member.
    assert {c.name for c in Departure.__table__.columns} == {
        "id",
        "group_id",
        "role",
        "reason",
        "left_on",
    }


async def test_forget_leaves_other_members_alone(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    noord, _zuid = await two_groups(community)
    await Outbox(db.sessions).enqueue(
        [
            NewMessage("for-leaver", LEAVER, {"text": "Hoi"}),
            NewMessage("for-neighbour", NEIGHBOUR, {"text": f"Hoi {NEIGHBOUR_NAME}"}),
        ]
    )
    before = await privacy.export(NEIGHBOUR)
    coordinator_before = await privacy.export(COORDINATOR)
    await privacy.forget(LEAVER)
    assert await privacy.export(NEIGHBOUR) == before
    assert await privacy.export(COORDINATOR) == coordinator_before
    assert [r.role for r in await community.roles(NEIGHBOUR)] == [Role.PARENT]
    async with db.sessions() as session:
        keys = (await session.scalars(select(OutboxMessage.dedupe_key))).all()
    assert keys == ["for-neighbour"]
    assert await community.facilitators(noord.id) == []  # the group lost its facilitator
    assert await community.group(noord.id) == noord  # but the group itself stays


async def test_forgetting_someone_unknown_is_harmless(
    db: Database, community: CommunityService, privacy: PrivacyService
) -> None:
    await two_groups(community)
    before = await every_row(db)
    assert await privacy.forget(STRANGER) == ForgetResult([])
    assert await every_row(db) == before
    await privacy.forget(LEAVER)
    assert await privacy.forget(LEAVER) == ForgetResult([])  # twice is harmless too
    async with db.sessions() as session:
        assert len((await session.scalars(select(Departure))).all()) == 2
        assert len((await session.scalars(select(Membership))).all()) == 2
