"""Every language, read as its readers read it: through the real PTB client and the fake
Bot API, in each of the five languages.

- Every button Kring shows fits a phone: Telegram cuts a long label, so a label is at most
  24 visible characters, and a row of three or more shares about 36 (12 each for three).
  The bot is walked through: every command of every role, then every button reachable
  from there (three taps deep), plus the messages the scheduler sends (a check-in round,
  a meeting reminder, the question after a meeting, a contact request).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.config import SUPPORTED_LOCALES
from bot.delivery import OutboxSender, SenderLimits
from handlers.meetings import MeetingComposer, choose_prompt
from scheduler.meetings import MeetingJobs
from storage.models import Role
from tests.conftest import Database
from tests.fakes import ApiCall, make_bot
from tests.harness import BotHarness, bot_harness

AMS = ZoneInfo("Europe/Amsterdam")
COORDINATOR, FACILITATOR, PARENT = 9_200_000_001, 9_200_000_002, 9_200_000_003
MONDAY_10 = datetime(2027, 3, 1, 10, 0, tzinfo=AMS).astimezone(UTC)
GROUP_CHAT = -1_009_200_000_001
BUTTON_MAX = 24  # visible characters of a label alone on its row
ROW_MAX = 36  # of a row of three or more, shared: 12 each for three
COMMANDS = {
    PARENT: ("start", "help", "language", "pause", "quiet", "mydata", "forget"),
    FACILITATOR: (
        "help", "invite", "qr", "linkgroup", "groupsettings", "session", "sessions",
        "broadcast", "checkin", "digest", "moderation", "modlog", "quiet", "pause",
    ),
    COORDINATOR: ("help", "digest", "groupsettings", "invite", "checkin"),
}  # fmt: skip
NEVER_TAP = re.compile(r"^(forget:yes|lang:.*|.*:ban:.*)$")  # would end the walk or change it
INVISIBLE = {"Cf", "Mn", "Me"}  # bidi marks, joiners, variation selectors, Arabic vowels


@dataclass
class Clock:
    now: datetime = MONDAY_10

    def __call__(self) -> datetime:
        return self.now


def visible(label: str) -> int:
    """Characters a reader sees: marks and format characters (vowel signs, isolates,
    emoji variation selectors) ride on the character before them."""
    return sum(1 for ch in label if unicodedata.category(ch) not in INVISIBLE)


@dataclass
class Walk:
    bot: BotHarness
    lang: str
    clock: Clock
    group_id: int = 0
    seen: set[str] = field(default_factory=set)
    too_long: set[tuple[str, int, str]] = field(default_factory=set)
    labels: int = 0

    def look(self, calls: list[ApiCall]) -> list[ApiCall]:
        """Record every keyboard in `calls`; return the calls that carry one."""
        found = []
        for call in calls:
            markup = call.params.get("reply_markup")
            if not call.ok or not isinstance(markup, dict) or "inline_keyboard" not in markup:
                continue
            found.append(call)
            for row in markup["inline_keyboard"]:
                limit = BUTTON_MAX if len(row) < 3 else min(BUTTON_MAX, ROW_MAX // len(row))
                for button in row:
                    self.labels += 1
                    if visible(button["text"]) > limit:
                        self.too_long.add((button["text"], limit, call.method))
        return found

    async def tap_all(self, user: int, calls: list[ApiCall], depth: int = 3) -> None:
        """Tap every button of `calls` once per kind of button, `depth` taps deep."""
        if depth == 0:
            return
        for call in self.look(calls):
            chat = int(call.params.get("chat_id") or user)
            result = call.result if isinstance(call.result, dict) else None
            for button in call.buttons:
                data = button.get("callback_data")
                if not data or NEVER_TAP.match(data):
                    continue
                kind = re.sub(r"\d+", "#", data)
                if kind in self.seen:
                    continue
                self.seen.add(kind)
                update = self.bot.updates.callback(
                    data,
                    user_id=user,
                    chat_id=chat,
                    message=result if result and "message_id" in result else None,
                    message_id=None if result else 1,
                    language_code=self.lang,
                )
                await self.tap_all(user, await self.bot.send(update), depth - 1)

    async def command(self, user: int, name: str) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.command(name, user_id=user, chat_id=user, language_code=self.lang)
        )

    async def deliver(self) -> list[ApiCall]:
        before = len(self.bot.api.calls)
        limits = SenderLimits(per_second=1000.0, private_chat_interval_s=0.0)
        await OutboxSender(self.bot.services.outbox, make_bot(self.bot.api), limits).drain()
        return self.bot.api.calls[before:]


@pytest.fixture(params=SUPPORTED_LOCALES)
async def walk(request: pytest.FixtureRequest, sqlite_db: Database) -> AsyncIterator[Walk]:
    lang = request.param
    clock = Clock()
    async with bot_harness(sqlite_db, clock=clock) as bot:
        community = bot.services.community
        await community.add_coordinator("Buurtvrouwen", COORDINATOR)
        group = await community.create_group(COORDINATOR, "Moeders Noord", "Europe/Amsterdam", lang)
        code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)
        await community.accept_invite(code, FACILITATOR, "Fatma", lang, 1)
        code = await community.create_invite(FACILITATOR, group.id, Role.PARENT, 5)
        await community.accept_invite(code, PARENT, "Amina", lang, 1)
        await bot.services.members.choose_locale(COORDINATOR, lang)
        yield Walk(bot, lang, clock, group.id)


async def test_every_button_fits_a_phone(walk: Walk) -> None:
    services = walk.bot.services
    # What the scheduler sends: a check-in round (its answers lead to the next question
    # and a contact request), a meeting reminder, and the question after the meeting.
    await services.checkins.configure(
        FACILITATOR, walk.group_id, enabled=True, weekday=0, minute_of_day=10 * 60
    )
    walk.clock.now = MONDAY_10 + timedelta(minutes=1)
    await services.checkins.open_due(services.composer)
    await walk.tap_all(PARENT, await walk.deliver())
    await walk.tap_all(FACILITATOR, await walk.deliver())  # the contact request's alert
    start = (MONDAY_10 + timedelta(days=2)).astimezone(AMS)
    await services.meetings.plan(
        FACILITATOR, walk.group_id, start.date(), start.hour * 60, "belonging", "Buurthuis", 1
    )
    jobs = MeetingJobs(services.meetings, MeetingComposer(services.catalogs), choose_prompt)
    walk.clock.now = datetime(2027, 3, 2, 19, 0, tzinfo=AMS).astimezone(UTC)
    await jobs.sweep()
    await walk.tap_all(PARENT, await walk.deliver())
    walk.clock.now = start.astimezone(UTC) + timedelta(hours=3)
    await jobs.sweep()
    await walk.tap_all(PARENT, await walk.deliver())
    # Every command of every role, and where its buttons lead.
    for user, commands in COMMANDS.items():
        for name in commands:
            await walk.tap_all(user, await walk.command(user, name))

    assert walk.labels > 150  # the walk really went through the bot
    assert sorted(walk.too_long) == [], "\n".join(map(repr, sorted(walk.too_long)))


@pytest.fixture
async def arabic(sqlite_db: Database) -> AsyncIterator[Walk]:
    clock = Clock()
    async with bot_harness(sqlite_db, clock=clock) as bot:
        community = bot.services.community
        await community.add_coordinator("Buurtvrouwen", COORDINATOR)
        group = await community.create_group(COORDINATOR, "Moeders Noord", "Europe/Amsterdam", "ar")
        code = await community.create_invite(COORDINATOR, group.id, Role.FACILITATOR)
        await community.accept_invite(code, FACILITATOR, "Fatma", "ar", 1)
        yield Walk(bot, "ar", clock, group.id)


def texts_of(calls: list[ApiCall]) -> str:
    return "\n".join(c.shown_text or "" for c in calls if c.ok)


async def test_arabic_says_every_day_two_days_and_names_the_time_zone(arabic: Walk) -> None:
    """ "Every Monday" with the word for day (not "every the-Monday"), a dual without the
    number ("two days", not "2 two-days"), and a time zone in words, not a code."""
    tr = arabic.bot.services.catalogs.get("ar")
    await arabic.bot.services.checkins.configure(
        FACILITATOR, arabic.group_id, enabled=True, weekday=0, minute_of_day=10 * 60
    )
    panel = texts_of(await arabic.command(FACILITATOR, "checkin"))
    assert "كل يوم الاثنين" in panel and "كل الاثنين" not in panel
    assert "توقيت هولندا" in panel and "Europe/" not in panel

    blocked = texts_of(
        await arabic.bot.send(
            arabic.bot.updates.command(
                "blockday", "24-12 31-12", user_id=FACILITATOR, language_code="ar"
            )
        )
    )
    assert blocked.startswith("يومان بلا لقاء"), blocked
    assert not re.search(r"[0-9٠-٩]", blocked), blocked  # the dual says "two" by itself
    one = texts_of(
        await arabic.bot.send(
            arabic.bot.updates.command("blockday", "25-12", user_id=FACILITATOR, language_code="ar")
        )
    )
    assert one == tr.ngettext(
        "{count} day blocked: weekly meetings skip it.",
        "{count} days blocked: weekly meetings skip them.",
        1,
    )
    settings = texts_of(await arabic.command(FACILITATOR, "groupsettings"))
    assert "توقيت هولندا" in settings and "Europe/" not in settings
