"""Moderation storage on SQLite and PostgreSQL: settings, newcomers, the audit log."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from storage.community import CommunityService, NotAllowed
from storage.models import OutboxMessage, Role
from storage.moderation import ModerationService, Reminder, RestChange
from storage.outbox import NewMessage
from tests.clock import Clock
from tests.conftest import Database

COORDINATOR, FACILITATOR, VOLUNTEER = 7_200_000_001, 7_200_000_002, 7_200_000_003
PARENT = 7_200_000_004
CHAT = -1_007_200_000_000
EVENING = datetime(2027, 3, 1, 21, 0, tzinfo=ZoneInfo("Europe/Amsterdam")).astimezone(UTC)


async def setup(db: Database, clock: Clock) -> tuple[ModerationService, int]:
    community = CommunityService(db.sessions)
    await community.add_coordinator("Org", COORDINATOR)
    group = await community.create_group(COORDINATOR, "Groep", "Europe/Amsterdam", "nl")
    for user, role in ((FACILITATOR, Role.FACILITATOR), (VOLUNTEER, Role.VOLUNTEER)):
        code = await community.create_invite(COORDINATOR, group.id, role)
        await community.accept_invite(code, user, "Staff", "nl", 1)
    code = await community.create_link_code(FACILITATOR, group.id)
    await community.link_chat(code, FACILITATOR, CHAT)
    return ModerationService(db.sessions, community, clock, cache_ttl_s=0.0), group.id


async def test_roles_and_settings(db: Database) -> None:
    service, group_id = await setup(db, Clock(EVENING))
    assert await service.role_in(FACILITATOR, group_id) is Role.FACILITATOR
    assert await service.role_in(COORDINATOR, group_id) is Role.FACILITATOR
    assert await service.role_in(VOLUNTEER, group_id) is Role.VOLUNTEER
    assert await service.role_in(PARENT, group_id) is None
    await service.change(FACILITATOR, group_id, words_enabled=False, warn_threshold=5)
    config = await service.config(group_id)
    assert (config.words_enabled, config.warn_threshold) == (False, 5)
    with pytest.raises(NotAllowed):
        await service.change(VOLUNTEER, group_id, words_enabled=True)
    with pytest.raises(ValueError):
        await service.change(FACILITATOR, group_id, warn_threshold=4)
    await service.set_text(FACILITATOR, group_id, "rules", "ar", "كونوا لطفاء")
    assert (await service.config(group_id)).rules == {"ar": "كونوا لطفاء"}
    assert await service.add_word(FACILITATOR, group_id, "nl", "sukkel")
    assert not await service.add_word(FACILITATOR, group_id, "nl", "sukkel")
    assert (await service.config(group_id)).extra_words == {"nl": ["sukkel"]}


async def test_warnings_count_since_the_last_mute_and_undo(db: Database) -> None:
    clock = Clock(EVENING)
    service, group_id = await setup(db, clock)
    for _ in range(2):
        clock.now += timedelta(seconds=1)
        await service.record(group_id, CHAT, "warn", target=PARENT)
    assert await service.warnings(group_id, PARENT) == 2
    clock.now += timedelta(seconds=1)
    mute = await service.record(group_id, CHAT, "mute", target=PARENT)
    assert await service.warnings(group_id, PARENT) == 0
    clock.now += timedelta(seconds=1)
    warn = await service.record(group_id, CHAT, "warn", target=PARENT)
    assert await service.warnings(group_id, PARENT) == 1
    for outsider in (VOLUNTEER, PARENT):
        with pytest.raises(NotAllowed):
            await service.undo(outsider, mute.id)
    undone = await service.undo(FACILITATOR, warn.id)
    assert undone is not None and undone.undone_at is not None
    assert await service.undo(FACILITATOR, warn.id) is None
    assert [a.action for a in await service.recent(group_id)][:2] == ["warn", "mute"]


async def test_one_rules_reminder_and_the_night_rest(db: Database) -> None:
    clock = Clock(EVENING)
    service, group_id = await setup(db, clock)
    await service.joined(group_id, PARENT)
    clock.now += timedelta(minutes=59)
    assert await service.due_rule_reminders() == []
    clock.now += timedelta(minutes=2)
    [reminder] = await service.due_rule_reminders()
    assert (reminder.chat_id, reminder.telegram_user_id) == (CHAT, PARENT)
    assert await service.due_rule_reminders() == []
    assert await service.agree(group_id, PARENT)
    assert not await service.agree(group_id, PARENT)

    await service.set_rest(FACILITATOR, group_id, (22 * 60, 7 * 60))  # now 22:01 local
    [night] = await service.rest_changes()
    assert night.resting and night.chat_id == CHAT
    assert night.until == datetime(2027, 3, 2, 7, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert await service.rest_changes() == []
    clock.now = datetime(2027, 3, 2, 7, 5, tzinfo=ZoneInfo("Europe/Amsterdam"))
    [morning] = await service.rest_changes()
    assert not morning.resting
    assert await service.rest_changes() == []
    with pytest.raises(ValueError):
        await service.set_rest(FACILITATOR, group_id, (20 * 60, 6 * 60))


async def outbox_keys(db: Database) -> list[str]:
    async with db.sessions() as session:
        return sorted((await session.scalars(select(OutboxMessage.dedupe_key))).all())


async def test_a_reminder_and_its_mark_commit_together(db: Database) -> None:
    """A crash while the reminder is being written (here: its words fail) must not leave
    the newcomer marked as reminded with no reminder queued: the next run sends it."""
    clock = Clock(EVENING)
    service, group_id = await setup(db, clock)
    await service.joined(group_id, PARENT)
    clock.now += timedelta(minutes=61)

    def broken(_: Reminder) -> list[NewMessage]:
        raise RuntimeError("the process died here")

    with pytest.raises(RuntimeError):
        await service.due_rule_reminders(broken)
    assert await outbox_keys(db) == []
    [reminder] = await service.due_rule_reminders(
        lambda r: [NewMessage(f"rules-reminder:{r.group_id}:{r.telegram_user_id}", r.chat_id,
                              {"text": "De regels"})]
    )
    assert reminder.telegram_user_id == PARENT
    assert await outbox_keys(db) == [f"rules-reminder:{group_id}:{PARENT}"]
    assert await service.due_rule_reminders() == []  # once


async def test_the_night_rest_and_its_messages_commit_together(db: Database) -> None:
    clock = Clock(EVENING + timedelta(minutes=61))  # 22:01 local
    service, group_id = await setup(db, clock)
    await service.set_rest(FACILITATOR, group_id, (22 * 60, 7 * 60))

    def broken(_: RestChange) -> list[NewMessage]:
        raise RuntimeError("the process died here")

    with pytest.raises(RuntimeError):
        await service.rest_changes(broken)
    assert await outbox_keys(db) == []
    [night] = await service.rest_changes(
        lambda c: [NewMessage(f"rest:{c.group_id}:on:note", c.chat_id, {"text": "Nachtrust"})]
    )
    assert night.resting
    assert await outbox_keys(db) == [f"rest:{group_id}:on:note"]
