"""Group meetings ("sessions"): planning with buttons, reminders on a controllable clock,
attendance, changes and reflection prompts.

Handler flows run the real PTB Application against the fake Bot API (SQLite); whatever the
scheduler's sweep enqueues is drained through the real OutboxSender into the same fake, so
the tests read what each person actually got. Storage rules that might differ between the
backends (weekly series, catch-up after downtime, once-only sweeps, encryption) also run on
PostgreSQL through the `db` fixture.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import holidays
import pytest
from sqlalchemy import func, select, update

from bot.i18n import Translator
from bot.prompts import Source, prompt_text, prompts_for, source_name
from bot.render.meetings import MeetingMessages, choose_prompt
from handlers.context import Services
from scheduler.meetings import MeetingJobs
from storage.community import NotAllowed
from storage.crypto import AnswerCipher
from storage.meetings import MeetingView, Skipped
from storage.models import (
    Attendance,
    BlockedDay,
    Group,
    Meeting,
    MeetingReflection,
    MeetingStatus,
    Member,
    OutboxMessage,
    OutboxStatus,
    Role,
)
from storage.outbox import NewMessage
from tests.clock import Clock
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI
from tests.harness import TEST_SECRET, BotHarness, bot_harness, build_services
from tests.world import add_group, build_group

AMSTERDAM, BRUSSELS = "Europe/Amsterdam", "Europe/Brussels"
AMS = ZoneInfo(AMSTERDAM)
COORDINATOR = 7_000_000_001
FACILITATOR = 7_000_000_002
VOLUNTEER = 7_000_000_003
OTHER_FACILITATOR = 7_000_000_004
AMINA, BART, CEREN = 7_000_000_010, 7_000_000_011, 7_000_000_012
DIRK, EVA, FIEN = 7_000_000_013, 7_000_000_014, 7_000_000_015
OUTSIDER = 7_000_000_099
PARENTS = {AMINA: ("Amina", "ar"), BART: ("Bart", "nl"), CEREN: ("Ceren", "tr")}
LANGS = {FACILITATOR: "nl", VOLUNTEER: "nl", **{u: lang for u, (_, lang) in PARENTS.items()}}
# Babel's weekday names, written out: the reminder must really be in the reader's language.
WEDNESDAY = {"nl": "woensdag", "tr": "Çarşamba", "ar": "الأربعاء"}
THURSDAY = {"nl": "donderdag", "tr": "Perşembe", "ar": "الخميس"}
DUTCH_WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

# All in the future of the test machine's real clock (the outbox sender checks due times).
MONDAY_10 = datetime(2027, 3, 1, 10, 0, tzinfo=AMS)
CLOCK_START = MONDAY_10.astimezone(UTC)  # where each test's clock begins
MEETING = datetime(2027, 3, 3, 10, 0, tzinfo=AMS)  # a Wednesday morning
EVE = datetime(2027, 3, 2, 19, 0, tzinfo=AMS)  # the evening before, when reminders go out


async def populate(services: Services, zone: str = AMSTERDAM) -> int:
    """A group with a facilitator, a volunteer and three parents (ar, nl, tr); its id."""
    built = await build_group(
        services,
        coordinator=COORDINATOR,
        facilitators={FACILITATOR: ("Fatma", "nl")},
        volunteers={VOLUNTEER: ("Vera", "nl")},
        parents=PARENTS,
        timezone=zone,
    )
    return built.group_id


async def add_parent(services: Services, group_id: int, user: int, name: str) -> None:
    code = await services.community.create_invite(FACILITATOR, group_id, Role.PARENT)
    await services.community.accept_invite(code, user, name, "nl", 1)


def jobs_of(services: Services) -> MeetingJobs:
    """The scheduler's meeting job, built the way bot/runtime.py builds it."""
    return MeetingJobs(services.meetings, MeetingMessages(services.catalogs), choose_prompt)


@dataclass
class World:
    """A group on a controllable clock, and helpers to act and to look."""

    bot: BotHarness
    clock: Clock
    group_id: int
    jobs: MeetingJobs
    names: dict[int, str] = field(default_factory=dict)

    @property
    def api(self) -> FakeBotAPI:
        return self.bot.api

    @property
    def services(self) -> Services:
        return self.bot.services

    def tr(self, user_id: int) -> Translator:
        return self.services.catalogs.get(LANGS.get(user_id, "nl"))

    async def plan(
        self,
        start: datetime = MEETING,
        theme: Source = Source.BELONGING,
        place: str = "Buurthuis De Linde",
        weeks: int = 1,
    ) -> list[MeetingView]:
        local = start.astimezone(AMS)
        created, _ = await self.services.meetings.plan(
            FACILITATOR,
            self.group_id,
            local.date(),
            local.hour * 60 + local.minute,
            theme.value,
            place,
            weeks,
        )
        return created

    async def sweep(self) -> tuple[int, int, int]:
        return await self.jobs.sweep()

    async def deliver(self) -> list[ApiCall]:
        """Send what is due now through the real sender; return what reached Telegram."""
        return await self.bot.deliver(until_idle=False)  # later rows wait for the test's clock

    async def tap(
        self, user_id: int, data: str, message: dict[str, Any] | None = None
    ) -> list[ApiCall]:
        """`user_id` taps a button with `data` (on `message`, the bot's message it sits on)."""
        return await self.bot.send(
            self.bot.updates.callback(
                data,
                user_id=user_id,
                chat_id=user_id,
                message=message,
                first_name=self.names.get(user_id, "Fatma"),
                language_code=LANGS.get(user_id, "nl"),
            )
        )

    async def say(self, user_id: int, text: str) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.message(text, user_id=user_id, language_code=LANGS.get(user_id))
        )

    async def voice(self, user_id: int, file_id: str) -> list[ApiCall]:
        update = self.bot.updates.message("x", user_id=user_id, language_code=LANGS.get(user_id))
        message = update["message"]
        del message["text"]
        message["voice"] = {"file_id": file_id, "file_unique_id": file_id[-8:], "duration": 7}
        return await self.bot.send(update)

    async def command(self, user_id: int, name: str, args: str = "") -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.command(
                name, args, user_id=user_id, language_code=LANGS.get(user_id, "nl")
            )
        )

    async def meeting(self, meeting_id: int) -> Meeting:
        async with self.bot.db.sessions() as session:
            found = await session.get(Meeting, meeting_id)
            assert found is not None
            return found

    async def answer(self, user_id: int, meeting_id: int) -> str | None:
        async with self.bot.db.sessions() as session:
            return await session.scalar(
                select(Attendance.answer)
                .join(Member, Member.id == Attendance.member_id)
                .where(Member.telegram_user_id == user_id, Attendance.meeting_id == meeting_id)
            )

    async def reminded(self, meeting_id: int) -> set[int]:
        async with self.bot.db.sessions() as session:
            rows = await session.scalars(
                select(Member.telegram_user_id)
                .join(Attendance, Attendance.member_id == Member.id)
                .where(Attendance.meeting_id == meeting_id, Attendance.reminded_at.is_not(None))
            )
            return set(rows.all())

    async def set_group(self, **values: Any) -> None:
        async with self.bot.db.sessions.begin() as session:
            await session.execute(update(Group).where(Group.id == self.group_id).values(**values))


async def make_world(bot: BotHarness, clock: Clock) -> World:
    group_id = await populate(bot.services)
    names = {u: n for u, (n, _) in PARENTS.items()}
    return World(bot, clock, group_id, jobs_of(bot.services), names)


@pytest.fixture
async def world(sqlite_db: Database) -> AsyncIterator[World]:
    clock = Clock(CLOCK_START)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        yield await make_world(bot, clock)


def messages(calls: list[ApiCall], method: str = "sendMessage") -> list[ApiCall]:
    return [c for c in calls if c.ok and c.method == method]


def by_chat(calls: list[ApiCall]) -> dict[int | str | None, ApiCall]:
    found: dict[int | str | None, ApiCall] = {}
    for call in calls:
        assert call.chat_id not in found, f"two messages to {call.chat_id}"
        found[call.chat_id] = call
    return found


def button(call: ApiCall, data: str) -> dict[str, Any]:
    for b in call.buttons:
        if b.get("callback_data") == data:
            return b
    raise AssertionError(f"no button {data!r} in {call.callback_data}")


def noon(day: date, zone: str = AMSTERDAM) -> datetime:
    return datetime.combine(day, time(12), ZoneInfo(zone))


def before(template: str) -> str:
    """The fixed words of a message id before its first placeholder."""
    return template.split("{", 1)[0]


# -- planning with buttons --------------------------------------------------------------------


async def test_a_facilitator_plans_one_meeting_with_buttons(sqlite_db: Database) -> None:
    # The day buttons come from the real date, so this flow runs on the real clock.
    clock = Clock(datetime.now(UTC))
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_world(bot, clock)
        tr = world.tr(FACILITATOR)
        g = f"mt:{world.group_id}:"

        [panel] = messages(await world.command(FACILITATOR, "session"))
        assert panel.callback_data == [f"{g}kind:1", f"{g}kind:w"]
        [days] = messages(await world.tap(FACILITATOR, f"{g}kind:1", panel.result),
                          "editMessageText")  # fmt: skip
        today = datetime.now(AMS).date()
        offered = [today + timedelta(days=d) for d in range(1, 22)]
        assert days.callback_data == [f"{g}day:{d.isoformat()}" for d in offered]
        day = offered[2]
        label = button(days, f"{g}day:{day.isoformat()}")["text"]
        assert label == tr.when(noon(day), AMSTERDAM, "short_day")

        [hours] = messages(await world.tap(FACILITATOR, f"{g}day:{day}", days.result),
                           "editMessageText")  # fmt: skip
        assert button(hours, f"{g}at:{19 * 60 + 30}")["text"] == "19:30"
        assert len(hours.buttons) == 24  # 09:00 .. 20:30
        [themes] = messages(await world.tap(FACILITATOR, f"{g}at:{19 * 60 + 30}", hours.result),
                            "editMessageText")  # fmt: skip
        assert [b["text"] for b in themes.buttons] == [source_name(tr, s) for s in Source]
        [place] = messages(await world.tap(FACILITATOR, f"{g}theme:belonging", themes.result),
                           "editMessageText")  # fmt: skip
        assert place.callback_data == [f"{g}noplace"]

        [done] = messages(await world.say(FACILITATOR, "Buurthuis De Linde, Kerkstraat 5"))
        starts = datetime.combine(day, time(19, 30), AMS)
        text = done.shown_text or ""
        assert (
            tr.ngettext("{count} meeting planned:", "{count} meetings planned:", 1).format(count=1)
            in text
        )
        assert "• " + tr.when(starts, AMSTERDAM, "day_time") in text
        assert DUTCH_WEEKDAYS[day.weekday()] in text and "19:30" in text

        async with sqlite_db.sessions() as session:
            [meeting] = (await session.scalars(select(Meeting))).all()
        assert meeting.starts_at == starts.astimezone(UTC)
        assert (meeting.place, meeting.theme, meeting.status) == (
            "Buurthuis De Linde, Kerkstraat 5",
            "belonging",
            MeetingStatus.PLANNED,
        )
        assert meeting.series is None and not meeting.day_reminder

        # The typed place was taken once: later words from the facilitator plan nothing.
        await world.say(FACILITATOR, "Nog een vraag")
        # "No place needed" also works.
        [panel] = messages(await world.command(FACILITATOR, "session"))
        [days] = messages(await world.tap(FACILITATOR, f"{g}kind:1", panel.result),
                          "editMessageText")  # fmt: skip
        other = offered[6]
        [hours] = messages(await world.tap(FACILITATOR, f"{g}day:{other}", days.result),
                           "editMessageText")  # fmt: skip
        [themes] = messages(await world.tap(FACILITATOR, f"{g}at:600", hours.result),
                            "editMessageText")  # fmt: skip
        [place] = messages(await world.tap(FACILITATOR, f"{g}theme:stress", themes.result),
                           "editMessageText")  # fmt: skip
        [done] = messages(await world.tap(FACILITATOR, f"{g}noplace", place.result))
        starts2 = datetime.combine(other, time(10), AMS)
        assert "• " + tr.when(starts2, AMSTERDAM, "day_time") in (done.shown_text or "")
        async with sqlite_db.sessions() as session:
            meetings = (await session.scalars(select(Meeting).order_by(Meeting.starts_at))).all()
        assert [(m.starts_at, m.place, m.theme) for m in meetings] == [
            (starts.astimezone(UTC), "Buurthuis De Linde, Kerkstraat 5", "belonging"),
            (starts2.astimezone(UTC), "", "stress"),
        ]

        # /sessions shows both, each with its buttons.
        shown = messages(await world.command(FACILITATOR, "sessions"))
        assert len(shown) == 2
        assert tr.when(starts, AMSTERDAM, "day_time") in (shown[0].shown_text or "")
        assert "Buurthuis De Linde" in (shown[0].shown_text or "")
        for call, m in zip(shown, meetings, strict=True):
            for step in ("list", "dayrem", "cancel"):
                assert f"{g}{step}:{m.id}" in call.callback_data


async def test_a_parent_cannot_plan_or_change_meetings(world: World) -> None:
    [meeting] = await world.plan()
    g = f"mt:{world.group_id}:"
    refusal = world.tr(BART).gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )
    for command in ("session", "sessions", "blockday"):
        calls = messages(
            await world.command(BART, command, "24-12" if command == "blockday" else "")
        )
        assert [c.shown_text for c in calls] == [refusal]
        assert not calls[0].buttons

    # Forged planning buttons, from a parent and from a facilitator of another group.
    await add_group(
        world.services,
        COORDINATOR,
        name="Vaders Zuid",
        facilitators={OTHER_FACILITATOR: ("Omar", "nl")},
    )
    not_yours = world.tr(BART).gettext("Sorry, this is not one of your groups.")
    for user in (BART, OTHER_FACILITATOR):
        for step in ("kind:1", "kind:w", "day:2027-03-10", "at:600", "theme:stress", "noplace",
                     f"cancel:{meeting.id}", f"dayrem:{meeting.id}", f"list:{meeting.id}",
                     "x", "cancel:abc"):  # fmt: skip
            calls = await world.tap(user, g + step)
            [answer] = [c for c in calls if c.method == "answerCallbackQuery"]
            assert answer.params.get("show_alert") is True
            assert answer.params.get("text") == not_yours
            assert not messages(calls) and not messages(calls, "editMessageText")
        await world.tap(user, "mt:abc:kind:1")
    with pytest.raises(NotAllowed):
        await world.services.meetings.plan(BART, world.group_id, date(2027, 3, 10), 600, "stress")
    with pytest.raises(NotAllowed):
        await world.services.meetings.change(
            BART, meeting.id, world.services.meeting_composer, cancel=True
        )

    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Meeting)) == 1
        assert await session.scalar(select(func.count()).select_from(OutboxMessage)) == 0
        assert await session.scalar(select(func.count()).select_from(BlockedDay)) == 0
    stored = await world.meeting(meeting.id)
    assert stored.status is MeetingStatus.PLANNED and not stored.day_reminder


async def test_a_weekly_series_skips_holidays_and_blocked_days(world: World) -> None:
    tr = world.tr(FACILITATOR)
    g = f"mt:{world.group_id}:"
    [reply] = messages(await world.command(FACILITATOR, "blockday", "19-04-2027"))
    assert reply.shown_text == tr.ngettext(
        "{count} day blocked: weekly meetings skip it.",
        "{count} days blocked: weekly meetings skip them.",
        1,
    ).format(count=1)
    [panel] = messages(await world.command(FACILITATOR, "session"))
    [days] = messages(await world.tap(FACILITATOR, f"{g}kind:w", panel.result), "editMessageText")
    # The offered days follow the real date; the series starts on a fixed Monday before
    # Easter Monday, which the handler takes like any other day button.
    [hours] = messages(await world.tap(FACILITATOR, f"{g}day:2027-03-22", days.result),
                       "editMessageText")  # fmt: skip
    [themes] = messages(await world.tap(FACILITATOR, f"{g}at:{19 * 60 + 30}", hours.result),
                        "editMessageText")  # fmt: skip
    [ask_place] = messages(await world.tap(FACILITATOR, f"{g}theme:skills", themes.result),
                           "editMessageText")  # fmt: skip
    assert ask_place.callback_data == [f"{g}noplace"]
    [done] = messages(await world.say(FACILITATOR, "Bibliotheek"))
    text = done.shown_text or ""

    mondays = [date(2027, 3, 22) + timedelta(weeks=w) for w in range(12)]
    easter_monday, blocked, whit_monday = date(2027, 3, 29), date(2027, 4, 19), date(2027, 5, 17)
    kept = [d for d in mondays if d not in (easter_monday, blocked, whit_monday)]
    starts = [datetime.combine(d, time(19, 30), AMS) for d in kept]
    assert (
        tr.ngettext("{count} meeting planned:", "{count} meetings planned:", 9).format(count=9)
        in text
    )
    for s in starts:
        assert "• " + tr.when(s, AMSTERDAM, "day_time") in text
    assert tr.gettext("Skipped:") in text
    holiday = tr.gettext("public holiday: {name}")
    for day, reason in (
        (easter_monday, holiday.format(name=tr.gettext("Easter Monday"))),
        (blocked, tr.gettext("a day you blocked")),
        (whit_monday, holiday.format(name=tr.gettext("Pentecost Monday"))),
    ):
        assert f"• {tr.when(noon(day), AMSTERDAM, 'day')} ({reason})" in text
    assert "Tweede paasdag" in text and "maandag 29 maart" in text

    async with world.bot.db.sessions() as session:
        meetings = (await session.scalars(select(Meeting).order_by(Meeting.starts_at))).all()
    assert [m.starts_at for m in meetings] == [s.astimezone(UTC) for s in starts]
    # Summer time begins on 28 March 2027: 19:30 local is 18:30 UTC before, 17:30 after.
    assert [m.starts_at.hour for m in meetings[:2]] == [18, 17]
    assert len({m.series for m in meetings}) == 1 and meetings[0].series is not None
    assert {(m.theme, m.place) for m in meetings} == {("skills", "Bibliotheek")}


# -- weekly series, storage level (SQLite and PostgreSQL) ----------------------------------------


@pytest.mark.parametrize(
    ("zone", "first", "skipped"),
    [
        # Easter Monday and Whit Monday, in both countries.
        (AMSTERDAM, date(2027, 3, 22), [date(2027, 3, 29), date(2027, 5, 17)]),
        (BRUSSELS, date(2027, 3, 22), [date(2027, 3, 29), date(2027, 5, 17)]),
        # King's Day (a Tuesday) is Dutch only.
        (AMSTERDAM, date(2027, 4, 20), [date(2027, 4, 27)]),
        (BRUSSELS, date(2027, 4, 20), []),
        # Ascension Day, both countries.
        (AMSTERDAM, date(2027, 4, 29), [date(2027, 5, 6)]),
        # The Belgian National Day (a Wednesday) and Armistice Day are Belgian only.
        (BRUSSELS, date(2027, 7, 7), [date(2027, 7, 21)]),
        (AMSTERDAM, date(2027, 7, 7), []),
        (BRUSSELS, date(2027, 9, 2), [date(2027, 11, 11)]),
    ],
)
async def test_weekly_series_skip_the_public_holidays_of_the_groups_country(
    db: Database, zone: str, first: date, skipped: list[date]
) -> None:
    services = build_services(db, clock=Clock(CLOCK_START))
    group_id = await populate(services, zone)
    created, skips = await services.meetings.plan(
        FACILITATOR, group_id, first, 18 * 60, "belonging", "Buurthuis", 12
    )
    names = holidays.country_holidays("NL" if zone == AMSTERDAM else "BE", years=2027,
                                      language="en_US")  # fmt: skip
    assert skips == [Skipped(d, names[d]) for d in skipped]
    weeks = [first + timedelta(weeks=w) for w in range(12)]
    expected = [datetime.combine(d, time(18), ZoneInfo(zone)) for d in weeks if d not in skipped]
    assert [m.starts_at for m in created] == [e.astimezone(UTC) for e in expected]
    assert {m.timezone for m in created} == {zone}
    async with db.sessions() as session:
        stored = await session.scalars(select(Meeting.starts_at).order_by(Meeting.starts_at))
        assert list(stored) == [e.astimezone(UTC) for e in expected]


async def test_blocked_days_one_off_meetings_and_bad_values(db: Database) -> None:
    clock = Clock(CLOCK_START)
    services = build_services(db, clock=clock)
    group_id = await populate(services)
    meetings = services.meetings
    await meetings.block_day(FACILITATOR, group_id, date(2027, 4, 19))
    await meetings.block_day(FACILITATOR, group_id, date(2027, 4, 19))  # twice: one row
    with pytest.raises(NotAllowed):
        await meetings.block_day(BART, group_id, date(2027, 4, 12))
    created, skipped = await meetings.plan(FACILITATOR, group_id, date(2027, 3, 22), 600,
                                           "talents", "", 12)  # fmt: skip
    assert len(created) == 9
    assert [s.day for s in skipped] == [date(2027, 3, 29), date(2027, 4, 19), date(2027, 5, 17)]
    assert [s.holiday is None for s in skipped] == [False, True, False]
    # A single meeting is planned on the day the facilitator chose, holiday or not.
    created, skipped = await meetings.plan(FACILITATOR, group_id, date(2027, 4, 27), 600, "talents")
    assert len(created) == 1 and skipped == []
    # A day in the past plans nothing.
    created, _ = await meetings.plan(FACILITATOR, group_id, date(2027, 2, 1), 600, "talents")
    assert created == []
    for weeks, minute in ((0, 600), (53, 600), (1, 24 * 60)):
        with pytest.raises(ValueError):
            await meetings.plan(
                FACILITATOR, group_id, date(2027, 4, 1), minute, "talents", "", weeks
            )
    async with db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(BlockedDay)) == 1
        assert await session.scalar(select(func.count()).select_from(Meeting)) == 10


async def test_a_series_over_planned_and_cancelled_meetings(db: Database) -> None:
    services = build_services(db, clock=Clock(CLOCK_START))
    group_id = await populate(services)
    meetings = services.meetings
    [single], _ = await meetings.plan(FACILITATOR, group_id, date(2027, 3, 15), 600, "identity")
    created, _ = await meetings.plan(FACILITATOR, group_id, date(2027, 3, 8), 600, "skills", "", 3)
    # The week already planned keeps its meeting; the rest of the series is planned around it.
    assert [m.starts_at.date() for m in created] == [date(2027, 3, 8), date(2027, 3, 22)]
    upcoming = await meetings.upcoming(group_id)
    assert [(m.starts_at.date(), m.theme) for m in upcoming] == [
        (date(2027, 3, 8), "skills"),
        (date(2027, 3, 15), "identity"),
        (date(2027, 3, 22), "skills"),
    ]
    # A cancelled meeting makes way when the same time is planned again.
    await meetings.change(FACILITATOR, single.id, services.meeting_composer, cancel=True)
    [again], _ = await meetings.plan(FACILITATOR, group_id, date(2027, 3, 15), 600, "talents")
    assert again.starts_at == single.starts_at
    upcoming = await meetings.upcoming(group_id)
    assert [(m.starts_at.date(), m.theme) for m in upcoming] == [
        (date(2027, 3, 8), "skills"),
        (date(2027, 3, 15), "talents"),
        (date(2027, 3, 22), "skills"),
    ]


# -- reminders --------------------------------------------------------------------------------


async def test_the_reminder_the_evening_before_in_each_language(world: World) -> None:
    [meeting] = await world.plan()
    world.clock.set(EVE - timedelta(minutes=1))
    assert await world.sweep() == (0, 0, 0)
    world.clock.set(EVE)
    assert await world.sweep() == (3, 0, 0)
    sent = by_chat(await world.deliver())
    assert set(sent) == {AMINA, BART, CEREN}  # parents only, each once
    for user, call in sent.items():
        assert isinstance(user, int)
        lang = LANGS[user]
        tr = world.tr(user)
        text = call.shown_text or ""
        assert tr.when(MEETING, AMSTERDAM, "day_time") in text
        assert WEDNESDAY[lang] in text and "10:00" in text
        assert "Buurthuis De Linde" in text and "Moeders Noord" in text
        assert source_name(tr, Source.BELONGING) in text
        assert before(tr.gettext("Tomorrow we meet: {group}")) in text
        assert call.callback_data == [f"att:{meeting.id}:{a}" for a in ("yes", "no", "maybe")]
        assert [b["text"] for b in call.buttons] == [
            "✅ " + tr.gettext("Coming"),
            "❌ " + tr.gettext("Not coming"),
            "❔ " + tr.gettext("Not sure"),
        ]
    # A second sweep, later that evening, sends nothing more.
    world.clock.advance(minutes=30)
    assert await world.sweep() == (0, 0, 0)
    assert await world.deliver() == []
    assert await world.reminded(meeting.id) == {AMINA, BART, CEREN}


async def test_the_reminder_on_the_day_is_switched_on_in_sessions(world: World) -> None:
    [meeting] = await world.plan()
    tr = world.tr(FACILITATOR)
    g = f"mt:{world.group_id}:"
    [listed] = messages(await world.command(FACILITATOR, "sessions"))
    assert button(listed, f"{g}dayrem:{meeting.id}")["text"] == tr.gettext(
        "Reminder on the day: off"
    )
    [relisted] = messages(await world.tap(FACILITATOR, f"{g}dayrem:{meeting.id}", listed.result))
    assert button(relisted, f"{g}dayrem:{meeting.id}")["text"] == tr.gettext(
        "Reminder on the day: on"
    )
    assert (await world.meeting(meeting.id)).day_reminder

    world.clock.set(EVE)
    assert (await world.sweep())[0] == 3
    for call in await world.deliver():
        tr_user = world.tr(int(call.chat_id or 0))
        assert before(tr_user.gettext("Tomorrow we meet: {group}")) in (call.shown_text or "")
    world.clock.set(MEETING.replace(hour=8, minute=59))
    assert (await world.sweep())[0] == 0
    assert [c.chat_id for c in await world.deliver()] == [FACILITATOR]  # the attendance list
    world.clock.set(MEETING.replace(hour=9))
    assert (await world.sweep())[0] == 3
    day = by_chat(await world.deliver())
    assert set(day) == {AMINA, BART, CEREN}
    for user, call in day.items():
        tr_user = world.tr(int(user or 0))
        assert before(tr_user.gettext("Today we meet: {group}")) in (call.shown_text or "")
        assert tr_user.when(MEETING, AMSTERDAM, "day_time") in (call.shown_text or "")
        assert call.callback_data == [f"att:{meeting.id}:{a}" for a in ("yes", "no", "maybe")]
    world.clock.advance(minutes=5)
    assert (await world.sweep())[0] == 0

    # Switched off again: the next meeting gets the evening reminder only.
    [second] = await world.plan(MEETING + timedelta(weeks=1))
    [listed, listed2] = messages(await world.command(FACILITATOR, "sessions"))
    await world.tap(FACILITATOR, f"{g}dayrem:{second.id}", listed2.result)
    await world.tap(FACILITATOR, f"{g}dayrem:{second.id}", listed2.result)
    assert not (await world.meeting(second.id)).day_reminder
    world.clock.set(EVE + timedelta(weeks=1))
    assert (await world.sweep())[0] == 3
    world.clock.set(MEETING.replace(hour=9) + timedelta(weeks=1))
    assert (await world.sweep())[0] == 0


async def test_pause_quiet_hours_consent_and_reachability(world: World) -> None:
    services = world.services
    for user, name in ((DIRK, "Dirk"), (EVA, "Eva"), (FIEN, "Fien")):
        await add_parent(services, world.group_id, user, name)
    await services.privacy.pause(AMINA, None)  # until /resume: dropped
    await services.privacy.set_quiet_hours(CEREN, 18 * 60, 7 * 60)  # 19:00 is quiet: delayed
    await services.privacy.set_quiet_hours(DIRK, 18 * 60, 11 * 60)  # quiet past the start
    await services.members.set_reachable(EVA, reachable=False)  # blocked the bot
    async with world.bot.db.sessions.begin() as session:  # consent withdrawn
        await session.execute(
            update(Member).where(Member.telegram_user_id == FIEN).values(consent_given_at=None)
        )
    [meeting] = await world.plan()

    world.clock.set(EVE)
    assert (await world.sweep())[0] == 2  # Bart now, Ceren in the morning
    assert [c.chat_id for c in await world.deliver()] == [BART]
    async with world.bot.db.sessions() as session:
        rows = (
            await session.execute(
                select(OutboxMessage.chat_id, OutboxMessage.not_before).where(
                    OutboxMessage.dedupe_key.startswith("meeting-reminder:")
                )
            )
        ).all()
    assert dict(rows) == {
        BART: EVE.astimezone(UTC),
        CEREN: MEETING.replace(hour=7).astimezone(UTC),  # never past the meeting's start
    }
    world.clock.set(MEETING.replace(hour=6, minute=59))
    assert await world.deliver() == []
    world.clock.set(MEETING.replace(hour=7))
    [late] = await world.deliver()
    assert late.chat_id == CEREN
    text = late.shown_text or ""
    tr = world.tr(CEREN)
    assert tr.when(MEETING, AMSTERDAM, "day_time") in text
    # It arrives on the day of the meeting, so it must not say "tomorrow".
    assert before(tr.gettext("Today we meet: {group}")) in text
    assert before(tr.gettext("Tomorrow we meet: {group}")) not in text
    world.clock.set(MEETING.replace(hour=11))
    await world.sweep()
    assert await world.deliver() == []
    assert await world.reminded(meeting.id) == {BART, CEREN}


@pytest.mark.parametrize("counts", [True, False])
async def test_the_weekly_cap_counts_reminders_unless_the_group_says_no(
    world: World, counts: bool
) -> None:
    await world.set_group(prompt_cap_per_week=1, reminders_count_to_cap=counts)
    bart = await world.services.members.find(BART)
    assert bart is not None
    # Bart already had this week's one prompt (a check-in on Monday).
    await world.services.outbox.enqueue(
        [NewMessage("checkin:1:bart", BART, {"text": "x"}, member_id=bart.id, prompt=True)]
    )
    [meeting] = await world.plan()
    await world.services.meetings.change(
        FACILITATOR, meeting.id, world.services.meeting_composer, day_reminder=True
    )
    world.clock.set(EVE)
    await world.sweep()
    eve = {c.chat_id for c in await world.deliver() if "att:" in str(c.callback_data)}
    world.clock.set(MEETING.replace(hour=9))
    await world.sweep()
    day = {c.chat_id for c in await world.deliver() if "att:" in str(c.callback_data)}
    if counts:
        # Bart's cap was full; the evening reminder filled everyone else's.
        assert (eve, day) == ({AMINA, CEREN}, set())
    else:
        assert (eve, day) == ({AMINA, BART, CEREN}, {AMINA, BART, CEREN})
    async with world.bot.db.sessions() as session:
        flags = set(
            await session.scalars(
                select(OutboxMessage.prompt).where(
                    OutboxMessage.dedupe_key.startswith("meeting-reminder:")
                )
            )
        )
    assert flags == {counts}


# -- catch-up after downtime ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("down_until", "today"),
    [
        (EVE + timedelta(hours=1, minutes=30), False),  # 20:30 the evening before
        (MEETING - timedelta(minutes=1), True),  # 09:59 on the day itself
    ],
)
async def test_a_reminder_missed_while_down_is_sent_on_start(
    sqlite_db: Database, down_until: datetime, today: bool
) -> None:
    clock = Clock(CLOCK_START)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_world(bot, clock)
        [meeting] = await world.plan()
    clock.set(down_until)  # the process was down at 19:00
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = World(bot, clock, world.group_id, jobs_of(bot.services), world.names)
        # (At 09:59 the facilitator's attendance list is due as well.)
        assert await world.sweep() == (3, 1 if today else 0, 0)
        sent = by_chat([c for c in await world.deliver() if c.chat_id != FACILITATOR])
        assert set(sent) == {AMINA, BART, CEREN}
        for user, call in sent.items():
            tr = world.tr(int(user or 0))
            text = call.shown_text or ""
            assert tr.when(MEETING, AMSTERDAM, "day_time") in text
            title = "Today we meet: {group}" if today else "Tomorrow we meet: {group}"
            assert before(tr.gettext(title)) in text
            assert call.callback_data == [f"att:{meeting.id}:{a}" for a in ("yes", "no", "maybe")]
        assert await world.sweep() == (0, 0, 0)
        assert await world.reminded(meeting.id) == {AMINA, BART, CEREN}


async def test_a_missed_evening_reminder_and_the_one_on_the_day_make_one(world: World) -> None:
    [meeting] = await world.plan()
    await world.services.meetings.change(
        FACILITATOR, meeting.id, world.services.meeting_composer, day_reminder=True
    )
    world.clock.set(MEETING.replace(hour=9, minute=15))  # down from before 19:00 until now
    assert (await world.sweep())[0] == 3
    got = by_chat([c for c in await world.deliver() if c.callback_data])
    assert set(got) == {AMINA, BART, CEREN}  # one each, not two
    for user, call in got.items():
        tr = world.tr(int(user or 0))
        assert before(tr.gettext("Today we meet: {group}")) in (call.shown_text or "")
    assert (await world.sweep())[0] == 0
    # Down until 08:00 on the day: the reminder on the day comes at 09:00, and only it.
    [other] = await world.plan(MEETING + timedelta(weeks=1))
    await world.services.meetings.change(
        FACILITATOR, other.id, world.services.meeting_composer, day_reminder=True
    )
    world.clock.set(MEETING.replace(hour=8) + timedelta(weeks=1))
    assert (await world.sweep())[0] == 0
    world.clock.set(MEETING.replace(hour=9) + timedelta(weeks=1))
    assert (await world.sweep())[0] == 3
    assert (await world.sweep())[0] == 0


@pytest.mark.parametrize(
    "down_until", [MEETING, MEETING + timedelta(hours=1), EVE + timedelta(days=1)]
)
async def test_a_reminder_missed_until_the_meeting_began_is_never_sent(
    sqlite_db: Database, down_until: datetime
) -> None:
    clock = Clock(CLOCK_START)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_world(bot, clock)
        [meeting] = await world.plan()
    clock.set(down_until)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = World(bot, clock, world.group_id, jobs_of(bot.services), world.names)
        assert (await world.sweep())[0] == 0
        clock.advance(days=1)
        assert (await world.sweep())[0] == 0
        assert await world.deliver() == []
        assert await world.reminded(meeting.id) == set()


async def test_catch_up_and_once_only_on_both_databases(db: Database) -> None:
    clock = Clock(CLOCK_START)
    services = build_services(db, clock=clock)
    group_id = await populate(services)
    jobs = jobs_of(services)
    meetings = services.meetings
    first, _ = await meetings.plan(FACILITATOR, group_id, MEETING.date(), 600, "stress", "", 2)
    # Down from before 19:00 until 20:30: the first reminder goes out; then never again.
    clock.set(EVE + timedelta(hours=1, minutes=30))
    assert await jobs.sweep() == (3, 0, 0)
    assert await jobs.sweep() == (0, 0, 0)
    # Down from Tuesday next week 18:00 until the second meeting has begun: nothing.
    clock.set(MEETING + timedelta(weeks=1, minutes=1))
    assert (await jobs.sweep())[0] == 0
    async with db.sessions() as session:
        keys = set(
            await session.scalars(
                select(OutboxMessage.dedupe_key).where(
                    OutboxMessage.dedupe_key.startswith("meeting-reminder:")
                )
            )
        )
    assert len(keys) == 3 and all(f":{first[0].id}:" in k for k in keys)


# -- attendance ---------------------------------------------------------------------------------


async def test_attendance_answers_and_lists(world: World) -> None:
    [meeting] = await world.plan()
    world.clock.set(EVE)
    await world.sweep()
    reminders = by_chat(await world.deliver())
    a = f"att:{meeting.id}:"

    calls = await world.tap(BART, f"{a}yes", reminders[BART].result)
    [ack] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert ack.params.get("text") == world.tr(BART).gettext("See you there!")
    [edit] = messages(calls, "editMessageReplyMarkup")
    assert [b["text"].startswith("✓ ") for b in edit.buttons] == [True, False, False]
    assert await world.answer(BART, meeting.id) == "yes"
    # He changes his mind, then back: the tick follows, only one at a time.
    calls = await world.tap(BART, f"{a}maybe", edit.result)
    [edit] = messages(calls, "editMessageReplyMarkup")
    assert [b["text"].startswith("✓ ") for b in edit.buttons] == [False, False, True]
    assert [b["text"].count("✓") for b in edit.buttons] == [0, 0, 1]
    assert await world.answer(BART, meeting.id) == "maybe"
    await world.tap(BART, f"{a}yes", edit.result)
    await world.tap(CEREN, f"{a}no", reminders[CEREN].result)
    await world.tap(AMINA, f"{a}maybe", reminders[AMINA].result)
    assert [await world.answer(u, meeting.id) for u in (AMINA, BART, CEREN)] == [
        "maybe",
        "yes",
        "no",
    ]
    # Someone who was not reminded, or a made-up answer, changes nothing.
    for user, data in ((VOLUNTEER, f"{a}yes"), (OUTSIDER, f"{a}yes"), (CEREN, f"{a}sure"),
                       (CEREN, "att:x:yes")):  # fmt: skip
        calls = await world.tap(user, data)
        [alert] = [c for c in calls if c.method == "answerCallbackQuery"]
        assert alert.params.get("show_alert") is True
    assert await world.answer(CEREN, meeting.id) == "no"

    # The facilitator asks at any time.
    tr = world.tr(FACILITATOR)
    expected = [
        "✅ " + tr.gettext("Coming: {names}").format(names=tr.user_text("Bart")),
        "❔ " + tr.gettext("Not sure: {names}").format(names=tr.user_text("Amina")),
        "❌ " + tr.gettext("Not coming: {names}").format(names=tr.user_text("Ceren")),
        tr.gettext("No answer yet: {count}").format(count=0),
    ]
    [listed] = messages(await world.command(FACILITATOR, "sessions"))
    g = f"mt:{world.group_id}:"
    [asked] = messages(await world.tap(FACILITATOR, f"{g}list:{meeting.id}", listed.result))
    lines = (asked.shown_text or "").splitlines()
    assert lines[1] == tr.when(MEETING, AMSTERDAM, "day_time")
    assert lines[2:] == expected

    # Two hours before, automatically, to the facilitator only, once.
    world.clock.set(MEETING - timedelta(hours=2, minutes=1))
    assert (await world.sweep())[1] == 0
    world.clock.set(MEETING - timedelta(hours=2))
    assert (await world.sweep())[1] == 1
    [auto] = await world.deliver()
    assert auto.chat_id == FACILITATOR
    assert (auto.shown_text or "").splitlines()[2:] == expected
    world.clock.advance(minutes=30)
    assert (await world.sweep())[1] == 0
    assert await world.deliver() == []

    # After the meeting began, a tap gets a kind alert and changes nothing.
    world.clock.set(MEETING + timedelta(minutes=1))
    calls = await world.tap(CEREN, f"{a}yes", reminders[CEREN].result)
    [alert] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert alert.params.get("show_alert") is True
    assert alert.params.get("text") == world.tr(CEREN).gettext(
        "This meeting has begun or was changed. Thank you!"
    )
    assert not messages(calls, "editMessageReplyMarkup")
    assert await world.answer(CEREN, meeting.id) == "no"


async def test_the_attendance_list_counts_who_has_not_answered(db: Database) -> None:
    clock = Clock(CLOCK_START)
    services = build_services(db, clock=clock)
    group_id = await populate(services)
    [meeting], _ = await services.meetings.plan(FACILITATOR, group_id, MEETING.date(), 600,
                                                "belonging")  # fmt: skip
    clock.set(EVE)
    await jobs_of(services).sweep()
    await services.meetings.answer(CEREN, meeting.id, "yes")
    listing = await services.meetings.attendance_list(FACILITATOR, meeting.id)
    assert (listing.yes, listing.no, listing.maybe, listing.silent) == (("Ceren",), (), (), 2)
    with pytest.raises(NotAllowed):
        await services.meetings.attendance_list(BART, meeting.id)
    clock.set(MEETING - timedelta(hours=1))  # down at 08:00: the list comes late, once
    assert await services.meetings.send_attendance_lists(services.meeting_composer) == 1
    assert await services.meetings.send_attendance_lists(services.meeting_composer) == 0


# -- changes -----------------------------------------------------------------------------------


async def test_cancelling_tells_only_the_members_who_were_reminded(world: World) -> None:
    [meeting] = await world.plan()
    await world.services.privacy.pause(AMINA, None)
    world.clock.set(EVE)
    await world.sweep()
    assert {c.chat_id for c in await world.deliver()} == {BART, CEREN}
    await world.services.privacy.resume(AMINA)

    world.clock.set(EVE + timedelta(hours=1))
    g = f"mt:{world.group_id}:"
    [listed] = messages(await world.command(FACILITATOR, "sessions"))
    [done] = messages(await world.tap(FACILITATOR, f"{g}cancel:{meeting.id}", listed.result))
    tr = world.tr(FACILITATOR)
    assert before(tr.gettext("Cancelled. Members who had a reminder are told.")) in (
        done.shown_text or ""
    )
    assert (await world.meeting(meeting.id)).status is MeetingStatus.CANCELLED

    told = by_chat(await world.deliver())
    assert set(told) == {BART, CEREN}  # Amina was never reminded
    for user, call in told.items():
        tr_user = world.tr(int(user or 0))
        assert (call.shown_text or "") == tr_user.gettext(
            "The meeting of {group} on {time} is cancelled. Sorry!"
        ).format(group=tr_user.user_text("Moeders Noord"),
                 time=tr_user.when(MEETING, AMSTERDAM, "day_time"))  # fmt: skip
        assert not call.buttons

    # Nothing more about it: no list, no reminder, no reflection; /sessions is empty.
    for moment in (MEETING.replace(hour=8), MEETING.replace(hour=9), MEETING + timedelta(hours=3)):
        world.clock.set(moment)
        assert await world.sweep() == (0, 0, 0)
    assert await world.deliver() == []
    [empty] = messages(await world.command(FACILITATOR, "sessions"))
    assert empty.shown_text == tr.gettext("No meetings planned. Plan one with /session.")
    calls = await world.tap(BART, f"att:{meeting.id}:yes")
    [alert] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert alert.params.get("show_alert") is True


async def test_a_reminder_still_waiting_is_withdrawn_when_cancelled(world: World) -> None:
    await world.services.privacy.set_quiet_hours(CEREN, 18 * 60, 7 * 60)
    [meeting] = await world.plan()
    world.clock.set(EVE)
    await world.sweep()
    assert {c.chat_id for c in await world.deliver()} == {AMINA, BART}
    await world.services.meetings.change(
        FACILITATOR, meeting.id, world.services.meeting_composer, cancel=True
    )
    world.clock.set(MEETING.replace(hour=7))
    delivered = await world.deliver()
    # Ceren never gets a reminder for a meeting that was already cancelled; as she never had
    # one, she is not told of the cancellation either.
    assert {c.chat_id for c in delivered} == {AMINA, BART}
    assert not any(c.callback_data for c in delivered)
    async with world.bot.db.sessions() as session:
        pending = await session.scalar(
            select(func.count()).where(OutboxMessage.status == OutboxStatus.PENDING)
        )
    assert pending == 0


async def test_a_reminder_still_waiting_is_replaced_when_the_meeting_moves(world: World) -> None:
    await world.services.privacy.set_quiet_hours(CEREN, 18 * 60, 7 * 60)
    [meeting] = await world.plan()
    world.clock.set(EVE)
    await world.sweep()
    await world.deliver()
    moved_to = MEETING + timedelta(days=1)
    await world.services.meetings.change(
        FACILITATOR,
        meeting.id,
        world.services.meeting_composer,
        starts_at=moved_to.astimezone(UTC),
    )
    world.clock.set(MEETING.replace(hour=7))
    assert {c.chat_id for c in await world.deliver()} == {AMINA, BART}  # told of the move
    world.clock.set(EVE + timedelta(days=1))
    await world.sweep()
    assert {c.chat_id for c in await world.deliver()} == {AMINA, BART}
    world.clock.set(moved_to.replace(hour=7))
    [late] = await world.deliver()
    assert late.chat_id == CEREN  # only the reminder of the new time, once
    tr = world.tr(CEREN)
    assert tr.when(moved_to, AMSTERDAM, "day_time") in (late.shown_text or "")
    assert THURSDAY["tr"] in (late.shown_text or "")


async def test_moving_a_meeting_tells_the_reminded_and_reminds_again(world: World) -> None:
    [meeting] = await world.plan()
    world.clock.set(EVE)
    await world.sweep()
    reminders = by_chat(await world.deliver())
    await world.tap(BART, f"att:{meeting.id}:yes", reminders[BART].result)

    world.clock.set(EVE + timedelta(hours=1))
    moved_to = MEETING + timedelta(days=1)  # Thursday 10:00
    view = await world.services.meetings.change(
        FACILITATOR,
        meeting.id,
        world.services.meeting_composer,
        starts_at=moved_to.astimezone(UTC),
    )
    assert view.starts_at == moved_to.astimezone(UTC)
    told = by_chat(await world.deliver())
    assert set(told) == {AMINA, BART, CEREN}
    for user, call in told.items():
        assert isinstance(user, int)
        tr = world.tr(user)
        text = call.shown_text or ""
        assert before(tr.gettext("The meeting of {group} has changed:")) in text
        assert tr.when(moved_to, AMSTERDAM, "day_time") in text
        assert THURSDAY[LANGS[user]] in text
        assert tr.when(MEETING, AMSTERDAM, "day_time") not in text
    # Reminders are armed again for the new day: the evening before it, once.
    world.clock.set(EVE + timedelta(hours=2))
    assert (await world.sweep())[0] == 0
    world.clock.set(EVE + timedelta(days=1))
    assert (await world.sweep())[0] == 3
    again = by_chat(await world.deliver())
    assert set(again) == {AMINA, BART, CEREN}
    for user, call in again.items():
        tr = world.tr(int(user or 0))
        assert tr.when(moved_to, AMSTERDAM, "day_time") in (call.shown_text or "")
        assert call.callback_data == [f"att:{meeting.id}:{a}" for a in ("yes", "no", "maybe")]
    assert (await world.sweep())[0] == 0
    # The attendance list comes two hours before the new time.
    world.clock.set(MEETING - timedelta(hours=2))
    assert (await world.sweep())[1] == 0
    world.clock.set(moved_to - timedelta(hours=2))
    assert (await world.sweep())[1] == 1
    # Moving a meeting nobody was reminded of tells nobody.
    [later] = await world.plan(MEETING + timedelta(weeks=2))
    await world.services.meetings.change(
        FACILITATOR,
        later.id,
        world.services.meeting_composer,
        starts_at=(MEETING + timedelta(weeks=2, hours=2)).astimezone(UTC),
        place="Bibliotheek",
    )
    assert {c.chat_id for c in await world.deliver()} <= {FACILITATOR}  # a list, if any


async def test_a_move_re_arms_reminders_on_both_databases(db: Database) -> None:
    clock = Clock(CLOCK_START)
    services = build_services(db, clock=clock)
    group_id = await populate(services)
    meetings, composer = services.meetings, services.meeting_composer
    [meeting], _ = await meetings.plan(FACILITATOR, group_id, MEETING.date(), 600, "identity")
    clock.set(EVE)
    assert await meetings.send_reminders(composer) == 3
    # Amina's and Bart's reminders went out; Ceren's is still waiting in the outbox.
    async with db.sessions.begin() as session:
        await session.execute(
            update(OutboxMessage)
            .where(OutboxMessage.chat_id.in_([AMINA, BART]))
            .values(status=OutboxStatus.SENT, sent_at=EVE)
        )
    moved_to = (MEETING + timedelta(days=2)).astimezone(UTC)
    await meetings.change(FACILITATOR, meeting.id, composer, starts_at=moved_to)

    async def rows() -> list[OutboxMessage]:
        async with db.sessions() as session:
            found = await session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.dedupe_key.startswith("meeting-"))
                .order_by(OutboxMessage.id)
            )
            return list(found.all())

    # Told: the two who had their reminder. Ceren's old reminder is withdrawn unsent.
    assert [(r.dedupe_key.split(":")[0], r.chat_id) for r in await rows()] == [
        ("meeting-reminder", AMINA),
        ("meeting-reminder", BART),
        ("meeting-change", AMINA),
        ("meeting-change", BART),
    ]
    clock.set(EVE + timedelta(days=1, hours=23))
    assert await meetings.send_reminders(composer) == 0
    clock.set(EVE + timedelta(days=2))
    assert await meetings.send_reminders(composer) == 3
    assert await meetings.send_reminders(composer) == 0
    new = [r for r in await rows() if r.created_at == clock.now]
    assert sorted(r.chat_id for r in new) == [AMINA, BART, CEREN]
    tr = services.catalogs.get("nl")
    [bart] = [r for r in new if r.chat_id == BART]
    assert tr.when(moved_to, AMSTERDAM, "day_time") in bart.payload["text"]
    assert tr.when(MEETING, AMSTERDAM, "day_time") not in bart.payload["text"]


# -- reflection ---------------------------------------------------------------------------------


async def test_the_reflection_prompt_after_the_meeting(world: World) -> None:
    [meeting] = await world.plan(theme=Source.STRESS)
    world.clock.set(EVE)
    await world.sweep()
    reminders = by_chat(await world.deliver())
    await world.tap(BART, f"att:{meeting.id}:yes", reminders[BART].result)
    await world.tap(AMINA, f"att:{meeting.id}:yes", reminders[AMINA].result)
    await world.tap(CEREN, f"att:{meeting.id}:no", reminders[CEREN].result)

    world.clock.set(MEETING + timedelta(hours=1, minutes=59))
    assert (await world.sweep())[2] == 0
    world.clock.set(MEETING + timedelta(hours=2))
    assert (await world.sweep())[2] == 2
    prompts = by_chat(await world.deliver())
    assert set(prompts) == {AMINA, BART}  # Ceren said she would not come
    stress = {p.key for p in prompts_for(Source.STRESS)}
    for user, call in prompts.items():
        tr = world.tr(int(user or 0))
        text = call.shown_text or ""
        asked = [k for k in stress if prompt_text(tr, k) in text]
        assert len(asked) == 1
        assert before(tr.gettext("Thank you for coming to {group}!")) in text
        assert call.callback_data == [f"rf:{meeting.id}:{v}" for v in (3, 2, 1, 0)]
        assert call.buttons[-1]["text"] == tr.gettext("Skip")
    world.clock.advance(hours=1)
    assert (await world.sweep())[2] == 0
    world.clock.advance(days=1)
    assert (await world.sweep())[2] == 0
    assert await world.deliver() == []

    # One tap is enough; words and a voice note are welcome, and kept encrypted.
    calls = await world.tap(BART, f"rf:{meeting.id}:2", prompts[BART].result)
    [ack] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert ack.params.get("text") == world.tr(BART).gettext("Saved. Thank you!")
    words = "Het rustmoment hielp echt"
    [thanks] = messages(await world.say(BART, words))
    tr = world.tr(BART)
    assert thanks.shown_text == tr.gettext(
        "Thank you, I kept your words for the facilitators of {group}."
    ).format(group=tr.user_text("Moeders Noord"))
    await world.tap(AMINA, f"rf:{meeting.id}:0", prompts[AMINA].result)  # skip
    await world.voice(AMINA, "VOICE-FILE-ID-0042")
    # Ceren was not asked: her tap is refused and stores nothing.
    calls = await world.tap(CEREN, f"rf:{meeting.id}:3")
    [refused] = [c for c in calls if c.method == "answerCallbackQuery"]
    assert refused.params.get("text") == world.tr(CEREN).gettext(
        "This button no longer works. Tap /help to start again."
    )

    cipher = AnswerCipher(TEST_SECRET)
    async with world.bot.db.sessions() as session:
        rows = (
            await session.execute(
                select(Member.telegram_user_id, MeetingReflection).join(
                    Member, Member.id == MeetingReflection.member_id
                )
            )
        ).all()
    found = {user: r for user, r in rows}
    assert set(found) == {AMINA, BART}
    assert {r.prompt_key for r in found.values()} <= stress
    assert len({r.prompt_key for r in found.values()}) == 1
    assert found[BART].scale == 2 and found[AMINA].scale == 0
    note, voice = found[BART].note, found[AMINA].voice
    assert note is not None and "rustmoment" not in note
    assert cipher.decrypt(note) == words
    assert voice is not None and "VOICE" not in voice
    assert cipher.decrypt(voice) == "VOICE-FILE-ID-0042"
    # Later words are not taken as a second answer.
    calls = await world.say(BART, "Nog iets")
    assert not any(c.shown_text == thanks.shown_text for c in messages(calls))
    async with world.bot.db.sessions() as session:
        note = await session.scalar(
            select(MeetingReflection.note).where(MeetingReflection.id == found[BART].id)
        )
    assert note is not None and cipher.decrypt(note) == words


async def test_the_reflection_prompt_respects_pause_and_quiet_hours(world: World) -> None:
    evening = MEETING.replace(hour=19, minute=30)  # ends 21:30, inside quiet hours
    [meeting] = await world.plan(evening, theme=Source.RECIPROCITY)
    world.clock.set(EVE)
    await world.sweep()
    for user, message in by_chat(await world.deliver()).items():
        await world.tap(int(user or 0), f"att:{meeting.id}:yes", message.result)
    await world.services.privacy.pause(AMINA, None)
    world.clock.set(evening + timedelta(hours=2))
    assert (await world.sweep())[2] == 2
    assert await world.deliver() == []  # 21:30: quiet hours
    # Words written before the prompt arrived are not taken as an answer to it.
    calls = await world.say(BART, "Hallo?")
    assert not any("Moeders Noord" in (c.shown_text or "") for c in messages(calls))
    world.clock.set(datetime(2027, 3, 4, 8, 0, tzinfo=AMS))
    got = by_chat(await world.deliver())
    assert set(got) == {BART, CEREN}  # Amina paused
    assert all(c.callback_data[0] == f"rf:{meeting.id}:3" for c in got.values())
    [thanks] = messages(await world.say(BART, "Mooi gesprek"))
    assert "Moeders Noord" in (thanks.shown_text or "")
    async with world.bot.db.sessions() as session:
        notes = (await session.scalars(select(MeetingReflection.note))).all()
    assert [AnswerCipher(TEST_SECRET).decrypt(n) for n in notes if n] == ["Mooi gesprek"]


async def test_reflections_once_and_encrypted_on_both_databases(db: Database) -> None:
    clock = Clock(CLOCK_START)
    services = build_services(db, clock=clock)
    group_id = await populate(services)
    meetings = services.meetings
    [meeting], _ = await meetings.plan(FACILITATOR, group_id, MEETING.date(), 600, "talents")
    clock.set(EVE)
    await jobs_of(services).sweep()
    for user, answer in ((AMINA, "yes"), (BART, "no"), (CEREN, "yes")):
        assert await meetings.answer(user, meeting.id, answer) is not None
    clock.set(MEETING + timedelta(hours=2, minutes=5))
    assert (await jobs_of(services).sweep())[2] == 2
    assert (await jobs_of(services).sweep())[2] == 0
    assert await meetings.reflect(BART, meeting.id, scale=3) is None  # not asked
    assert await meetings.reflect(CEREN, meeting.id, scale=4) is None  # not on the scale
    assert await meetings.reflect(CEREN, meeting.id, scale=1) is not None
    assert await meetings.reflect(CEREN, text="Fijne groep") is not None
    async with db.sessions() as session:
        rows = (await session.scalars(select(MeetingReflection))).all()
    assert len(rows) == 2
    assert all(r.prompt_key.startswith("talents.") for r in rows)
    [ceren] = [r for r in rows if r.scale == 1]
    assert ceren.note and "Fijne" not in ceren.note
    assert AnswerCipher(TEST_SECRET).decrypt(ceren.note) == "Fijne groep"
    # Three days on, the prompt no longer takes answers.
    clock.advance(days=3)
    assert await meetings.reflect(CEREN, meeting.id, scale=2) is None


async def test_forget_and_mydata_cover_meeting_answers(world: World) -> None:
    """/mydata lists a parent's attendance and reflection words; /forget erases the words."""
    from storage.models import MeetingReflection

    [meeting] = await world.plan()
    world.clock.set(EVE)
    await world.sweep()
    assert await world.services.meetings.answer(BART, meeting.id, "yes") is not None
    world.clock.set(MEETING + timedelta(hours=2, minutes=1))
    await world.sweep()
    assert await world.services.meetings.reflect(BART, meeting.id, scale=3) is not None
    assert await world.services.meetings.reflect(BART, text="Fijne avond gehad") is not None
    exported = await world.services.meetings.export(BART)
    assert [(e["attendance"], e["reflection"], e["words"]) for e in exported] == [
        ("yes", 3, "Fijne avond gehad")
    ]
    assert exported[0]["meeting"] == MEETING.astimezone(UTC).isoformat()
    await world.services.privacy.forget(BART)
    async with world.bot.db.sessions() as session:
        rows = (await session.scalars(select(MeetingReflection))).all()
    assert rows and all(r.note is None and r.voice is None for r in rows)


async def test_who_is_coming_counts_every_parent_before_any_reminder(world: World) -> None:
    """Issue 13: a week before the meeting nobody has been reminded yet; the three parents
    of the group are all still to answer, and the list says so."""
    [meeting] = await world.plan()
    tr = world.tr(FACILITATOR)
    [listed] = messages(await world.command(FACILITATOR, "sessions"))
    g = f"mt:{world.group_id}:"
    [asked] = messages(await world.tap(FACILITATOR, f"{g}list:{meeting.id}", listed.result))
    lines = (asked.shown_text or "").splitlines()
    assert lines[-1] == tr.gettext("No answer yet: {count}").format(count=3)
    # One parent answers from the evening reminder; a fourth joins the group later.
    world.clock.set(EVE)
    await world.sweep()
    reminders = by_chat(await world.deliver())
    await world.tap(BART, f"att:{meeting.id}:yes", reminders[BART].result)
    await add_parent(world.services, world.group_id, DIRK, "Dirk")
    [asked] = messages(await world.tap(FACILITATOR, f"{g}list:{meeting.id}", listed.result))
    lines = (asked.shown_text or "").splitlines()
    assert lines[-1] == tr.gettext("No answer yet: {count}").format(count=3)
    assert tr.user_text("Bart") in lines[2]
