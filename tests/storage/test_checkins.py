"""Check-in storage on SQLite and PostgreSQL: opening once, replicas, skip, encryption."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.i18n import Catalogs
from bot.render.checkins import RoundMessages
from storage.checkins import CheckinService
from storage.community import CommunityService, NotAllowed
from storage.crypto import AnswerCipher, InvalidToken
from storage.models import CheckinResponse, CheckinRound, OutboxMessage, Role, RoundStatus
from tests.clock import Clock
from tests.conftest import Database, open_database

COORDINATOR, FACILITATOR = 7_100_000_001, 7_100_000_002
PARENTS = [7_100_000_100 + i for i in range(6)]
MONDAY_10 = datetime(2027, 3, 1, 10, tzinfo=ZoneInfo("Europe/Amsterdam")).astimezone(UTC)
SECRET = "storage-test-secret-0123456789"


async def setup_group(db: Database, clock: Clock) -> tuple[CheckinService, int]:
    community = CommunityService(db.sessions)
    service = CheckinService(db.sessions, community, AnswerCipher(SECRET), clock)
    await community.add_coordinator("Org", COORDINATOR)
    group = await community.create_group(COORDINATOR, "Groep", "Europe/Amsterdam", "nl")
    code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)
    await community.accept_invite(code, FACILITATOR, "Fatma", "nl", 1)
    code = await community.create_invite(FACILITATOR, group.id, Role.PARENT, 10)
    for i, user in enumerate(PARENTS):
        await community.accept_invite(code, user, f"Ouder {i}", "nl", 1)
    await service.configure(FACILITATOR, group.id, enabled=True, weekday=0, minute_of_day=600)
    return service, group.id


async def counts(db: Database) -> tuple[int, int, int]:
    async with db.sessions() as session:
        return (
            await session.scalar(select(func.count()).select_from(CheckinRound)) or 0,
            await session.scalar(select(func.count()).select_from(CheckinResponse)) or 0,
            await session.scalar(
                select(func.count()).where(OutboxMessage.dedupe_key.like("checkin:%"))
            )
            or 0,
        )


async def test_a_round_opens_once(db: Database) -> None:
    clock = Clock(MONDAY_10)
    service, _ = await setup_group(db, clock)
    composer = RoundMessages(Catalogs.load())
    assert (await service.open_due(composer)).invited == len(PARENTS)
    assert (await service.open_due(composer)).rounds == 0
    clock.now += timedelta(hours=47)
    assert (await service.open_due(composer)).rounds == 0
    assert await counts(db) == (1, len(PARENTS), len(PARENTS))
    clock.now = MONDAY_10 + timedelta(days=7)
    assert (await service.open_due(composer)).rounds == 1
    async with db.sessions() as session:
        sequences = (await session.scalars(select(CheckinRound.sequence))).all()
        sources = (await session.scalars(select(CheckinRound.source))).all()
    assert sorted(sequences) == [0, 1]
    assert sources[0] != sources[1]  # the rotation moves to the next source


async def test_two_schedulers_never_open_a_round_twice(db: Database) -> None:
    """Two replicas (their own engines and connections) open the same due round at once."""
    clock = Clock(MONDAY_10 + timedelta(seconds=1))
    await setup_group(db, clock)
    composer = RoundMessages(Catalogs.load())

    async def replica() -> int:
        async with open_database(db.kind, db.url) as own:
            community = CommunityService(own.sessions)
            service = CheckinService(own.sessions, community, AnswerCipher(SECRET), clock)
            return (await service.open_due(composer)).rounds

    opened = await asyncio.gather(*(replica() for _ in range(4)))
    assert sum(opened) == 1
    assert await counts(db) == (1, len(PARENTS), len(PARENTS))


async def test_skip_next_week(db: Database) -> None:
    clock = Clock(MONDAY_10 - timedelta(days=1))
    service, group_id = await setup_group(db, clock)
    composer = RoundMessages(Catalogs.load())
    assert await service.skip_next(FACILITATOR, group_id)
    clock.now = MONDAY_10 + timedelta(minutes=1)
    assert (await service.open_due(composer)).rounds == 0
    async with db.sessions() as session:
        assert await session.scalar(select(CheckinRound.status)) is RoundStatus.SKIPPED
    assert await service.remind_due(composer) == 0
    assert await service.close_due(composer) == 0
    clock.now = MONDAY_10 + timedelta(days=7)
    assert (await service.open_due(composer)).rounds == 1


async def test_only_managers_configure(db: Database) -> None:
    clock = Clock(MONDAY_10)
    service, group_id = await setup_group(db, clock)
    with pytest.raises(NotAllowed):
        await service.configure(PARENTS[0], group_id, enabled=False)
    with pytest.raises(NotAllowed):
        await service.skip_next(PARENTS[0], group_id)
    with pytest.raises(ValueError):
        await service.configure(FACILITATOR, group_id, window_hours=5)
    with pytest.raises(ValueError):
        await service.configure(FACILITATOR, group_id, questions=[{"texts": {}}])
    assert (await service.schedule(group_id)).enabled  # type: ignore[union-attr]


def test_the_cipher_needs_the_right_key() -> None:
    token = AnswerCipher(SECRET).encrypt("Mijn week was zwaar")
    assert "zwaar" not in token
    assert AnswerCipher(SECRET).decrypt(token) == "Mijn week was zwaar"
    with pytest.raises(InvalidToken):
        AnswerCipher("another-secret-0123456789").decrypt(token)
    with pytest.raises(ValueError):
        AnswerCipher("")
