"""Dialogs live in the database: a question asked by one process is answered in another.

Each story runs the real PTB Application against the fake Bot API. "Another replica" is a
second Application with its own services on the same database; "a restart" is a new
Application on a new engine over the same database file.
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from handlers.callbacks import button_data, parse
from scheduler.jobs import purge_expired_dialogs
from storage.dialogs import DialogStore, DialogView
from storage.models import Broadcast, Dialog, Meeting, Member
from tests.clock import Clock
from tests.conftest import Database, open_database
from tests.fakes import ApiCall
from tests.harness import BotHarness, bot_harness
from tests.world import build_group

AMS = ZoneInfo("Europe/Amsterdam")
COORDINATOR = 6_200_000_001
FACILITATOR = 6_200_000_002
PARENT = 6_200_000_010


async def populate(bot: BotHarness) -> int:
    """A group with a facilitator and one parent; its id."""
    built = await build_group(
        bot.services,
        coordinator=COORDINATOR,
        facilitators={FACILITATOR: ("Fatma", "nl")},
        parents={PARENT: ("Bart", "nl")},
    )
    return built.group_id


async def command(bot: BotHarness, user: int, name: str) -> list[ApiCall]:
    return await bot.send(bot.updates.command(name, user_id=user, language_code="nl"))


async def say(bot: BotHarness, user: int, text: str) -> list[ApiCall]:
    return await bot.send(bot.updates.message(text, user_id=user, language_code="nl"))


async def tap(bot: BotHarness, user: int, data: str, carrier: ApiCall) -> list[ApiCall]:
    """Press a button on the message that carries it (as Telegram sends the tap)."""
    assert data in carrier.callback_data, f"no button {data!r} in {carrier.callback_data}"
    assert isinstance(carrier.result, dict)
    update = bot.updates.callback(
        data, user_id=user, chat_id=user, language_code="nl", message=carrier.result
    )
    return await bot.send(update)


def shown(calls: list[ApiCall]) -> list[ApiCall]:
    """What reached the person: sent or edited messages Telegram accepted."""
    return [c for c in calls if c.ok and c.method in ("sendMessage", "editMessageText")]


async def broadcast_id(db: Database) -> int:
    async with db.sessions() as session:
        found = await session.scalar(select(Broadcast.id).order_by(Broadcast.id.desc()))
        assert found is not None
        return found


async def test_a_broadcast_started_on_one_replica_is_finished_on_another(db: Database) -> None:
    """The language tap reaches one replica, the text the other: the preview follows."""
    async with bot_harness(db) as first, bot_harness(db) as second:
        await populate(first)
        ask = shown(await command(first, FACILITATOR, "broadcast"))[-1]
        draft = await broadcast_id(db)
        await tap(first, FACILITATOR, f"bc:{draft}:lang:nl", ask)

        calls = shown(await say(second, FACILITATOR, "Zaterdag geen bijeenkomst."))

        tr = second.services.catalogs.get("nl")
        preview, panel = calls
        assert "Zaterdag geen bijeenkomst." in (preview.shown_text or "")
        assert panel.callback_data == [f"bc:{draft}:more", f"bc:{draft}:send", f"bc:{draft}:cancel"]
        assert (panel.shown_text or "").startswith(
            tr.gettext("Preview above. Languages: {languages}.").split("{")[0]
        )
        async with db.sessions() as session:
            row = await session.get(Broadcast, draft)
            assert row is not None and row.texts == {"nl": "Zaterdag geen bijeenkomst."}
            assert await session.get(Dialog, FACILITATOR) is None  # answered: closed


async def test_a_meeting_dialog_survives_a_restart(db: Database) -> None:
    """Planned up to the place, Kring restarts; the place typed afterwards finishes it."""
    today = datetime.now(AMS).date()
    day = today + timedelta(days=3)
    async with bot_harness(db) as before:
        group_id = await populate(before)
        g = f"mt:{group_id}:"
        panel = shown(await command(before, FACILITATOR, "session"))[-1]
        days = shown(await tap(before, FACILITATOR, f"{g}kind:1", panel))[-1]
        hours = shown(await tap(before, FACILITATOR, f"{g}day:{day.isoformat()}", days))[-1]
        themes = shown(await tap(before, FACILITATOR, f"{g}at:{19 * 60}", hours))[-1]
        place = shown(await tap(before, FACILITATOR, f"{g}theme:belonging", themes))[-1]
        assert place.callback_data == [f"{g}noplace"]

    async with open_database(db.kind, db.url) as again, bot_harness(again) as after:
        [done] = shown(await say(after, FACILITATOR, "Buurthuis De Linde"))
        tr = after.services.catalogs.get("nl")
        assert (done.shown_text or "").startswith(
            tr.ngettext("{count} meeting planned:", "{count} meetings planned:", 1).format(count=1)
        )
        async with again.sessions() as session:
            [meeting] = (await session.scalars(select(Meeting))).all()
            assert meeting.place == "Buurthuis De Linde"
            assert meeting.theme == "belonging"
            assert meeting.starts_at == datetime.combine(day, time(19, 0), AMS).astimezone(UTC)


async def test_a_pause_date_is_understood_by_another_replica(sqlite_db: Database) -> None:
    async with bot_harness(sqlite_db) as first, bot_harness(sqlite_db) as second:
        await populate(first)
        menu = shown(await command(first, PARENT, "pause"))[-1]
        await tap(first, PARENT, "pause:date", menu)
        day = datetime.now(AMS).date() + timedelta(days=10)

        [answer] = shown(await say(second, PARENT, f"{day.day}-{day.month}-{day.year}"))

        tr = second.services.catalogs.get("nl")
        assert (answer.shown_text or "").startswith(
            tr.gettext(
                "Your break has started. You get messages again after {day}. "
                "Tap /resume to end it sooner."
            ).split("{")[0]
        )
        async with sqlite_db.sessions() as session:
            member = await session.scalar(select(Member).where(Member.telegram_user_id == PARENT))
            assert member is not None and member.paused_until is not None


async def test_an_expired_dialog_says_how_to_start_again(sqlite_db: Database) -> None:
    """A day after the language tap, the text is not taken as the broadcast: Kring says
    it stopped waiting and names the command; the next message gets the usual answer."""
    clock = Clock(datetime.now(UTC))
    async with bot_harness(sqlite_db, clock=clock) as bot:
        await populate(bot)
        ask = shown(await command(bot, FACILITATOR, "broadcast"))[-1]
        draft = await broadcast_id(sqlite_db)
        await tap(bot, FACILITATOR, f"bc:{draft}:lang:nl", ask)
        clock.now += timedelta(hours=25)

        [answer] = shown(await say(bot, FACILITATOR, "Zaterdag geen bijeenkomst."))

        tr = bot.services.catalogs.get("nl")
        assert answer.shown_text == tr.gettext(
            "I stopped waiting for this answer after a day. Please start again with {command}."
        ).format(command="/broadcast")
        async with sqlite_db.sessions() as session:
            row = await session.get(Broadcast, draft)
            assert row is not None and not row.texts
            assert await session.get(Dialog, FACILITATOR) is None
        [usual] = shown(await say(bot, FACILITATOR, "Hallo?"))
        assert usual.shown_text == tr.gettext(
            "Thank you for your message. I cannot answer it here. Tap /help to see what I can do."
        )


async def test_forget_erases_an_open_dialog(sqlite_db: Database) -> None:
    async with bot_harness(sqlite_db) as bot:
        await populate(bot)
        await bot.services.dialogs.open(PARENT, "rename", "group", {"name": "Mijn woorden"})
        await bot.services.privacy.forget(PARENT)
        assert await bot.services.dialogs.get(PARENT) is None


def test_button_data_is_written_and_read_one_way() -> None:
    data = button_data("mt:", 12, "mto", "7_2027-03-01_600")
    tap = parse(data, "mt:")
    assert tap is not None
    assert (tap.number(0), tap.text(1), tap.rest(2)) == (12, "mto", "7_2027-03-01_600")
    assert tap.number(1) is None and tap.text(5, "-") == "-"
    assert parse(data, "bc:") is None
    with pytest.raises(ValueError):
        button_data("bc:", "ا" * 40)  # Arabic letters are two bytes each


def test_a_number_that_ends_the_data_is_read_whole() -> None:
    tap = parse(button_data("rf:", 7, 2), "rf:")
    assert tap is not None and tap.number(1, last=True) == 2
    longer = parse("rf:7:2:x", "rf:")
    assert longer is not None
    assert longer.number(1) == 2 and longer.number(1, last=True) is None
    assert longer.number(3, last=True) is None and longer.number(0) == 7
    huge = parse("rf:7:" + "9" * 19, "rf:")
    assert huge is not None and huge.number(1, last=True) is None


async def test_expired_dialogs_are_purged_and_open_ones_kept(sqlite_db: Database) -> None:
    clock = Clock(datetime.now(UTC))
    store = DialogStore(sqlite_db.sessions, clock)
    await store.open(FACILITATOR, "own_question", "text", {"group": 1, "texts": {"nl": "Hoe?"}})
    clock.now += timedelta(hours=20)
    await store.open(PARENT, "pause", "date")
    clock.now += timedelta(hours=5)
    assert await purge_expired_dialogs(store) == 1
    assert await store.get(FACILITATOR) is None
    assert await store.current(PARENT, "pause") == DialogView("pause", "date", {})
