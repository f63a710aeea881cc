"""Every language, read as its readers read it: through the real PTB client and the fake
Bot API, in each of the five languages.

- Every button Kring shows fits a phone: Telegram cuts a long label, so a label is at most
  24 visible characters, and a row of three or more shares about 36 (12 each for three).
  The bot is walked through: every command of every role, then every button reachable
  from there (three taps deep), plus the messages the scheduler sends (a check-in round,
  a meeting reminder, the question after a meeting, a contact request, the impact
  questions).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from babel.messages.pofile import read_po

from bot.config import SUPPORTED_LOCALES
from bot.i18n import LANGUAGE_NAMES, LOCALES_DIR
from bot.render.meetings import MeetingMessages, choose_prompt
from scheduler.meetings import MeetingJobs
from tests.clock import Clock
from tests.conftest import Database
from tests.fakes import ApiCall
from tests.harness import BotHarness, bot_harness
from tests.world import build_group

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
    texts: list[str] = field(default_factory=list)  # every text and label shown

    def look(self, calls: list[ApiCall]) -> list[ApiCall]:
        """Record every text and keyboard in `calls`; return the calls that carry one."""
        found = []
        for call in calls:
            if call.ok and call.shown_text:
                self.texts.append(call.shown_text)
            markup = call.params.get("reply_markup")
            if not call.ok or not isinstance(markup, dict) or "inline_keyboard" not in markup:
                continue
            found.append(call)
            for row in markup["inline_keyboard"]:
                limit = BUTTON_MAX if len(row) < 3 else min(BUTTON_MAX, ROW_MAX // len(row))
                for button in row:
                    self.labels += 1
                    self.texts.append(button["text"])
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
        return await self.bot.deliver()


@pytest.fixture(params=SUPPORTED_LOCALES)
async def walk(request: pytest.FixtureRequest, sqlite_db: Database) -> AsyncIterator[Walk]:
    lang = request.param
    # Everyone joins a week before the walk begins (joining is stamped with this clock).
    clock = Clock(MONDAY_10 - timedelta(days=7))
    async with bot_harness(sqlite_db, clock=clock) as bot:
        built = await build_group(
            bot.services,
            coordinator=COORDINATOR,
            language=lang,
            facilitators={FACILITATOR: ("Fatma", lang)},
            parents={PARENT: ("Amina", lang)},
        )
        await bot.services.members.choose_locale(COORDINATOR, lang)
        clock.now = MONDAY_10
        yield Walk(bot, lang, clock, built.group_id)


async def walk_everything(walk: Walk) -> None:
    """Through the scheduler's messages, every command of every role, and their buttons."""
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
    # The impact questions: the parent joined before the trajectory began, so they are
    # asked on its first day (the taps lead through the questions to the thank-you).
    await services.impact.set_trajectory(
        walk.group_id, MONDAY_10.date(), MONDAY_10.date() + timedelta(days=730)
    )
    await services.impact.ask_due(services.impact_composer)
    await walk.tap_all(PARENT, await walk.deliver())
    start = (MONDAY_10 + timedelta(days=2)).astimezone(AMS)
    await services.meetings.plan(
        FACILITATOR, walk.group_id, start.date(), start.hour * 60, "belonging", "Buurthuis", 1
    )
    jobs = MeetingJobs(services.meetings, MeetingMessages(services.catalogs), choose_prompt)
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


async def test_every_button_fits_a_phone(walk: Walk) -> None:
    await walk_everything(walk)
    assert walk.labels > 150  # the walk really went through the bot
    assert {"ia:#:#:#"} <= walk.seen  # the impact questions too
    assert sorted(walk.too_long) == [], "\n".join(map(repr, sorted(walk.too_long)))


@pytest.fixture
async def arabic(sqlite_db: Database) -> AsyncIterator[Walk]:
    clock = Clock(MONDAY_10)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        built = await build_group(
            bot.services,
            coordinator=COORDINATOR,
            language="ar",
            facilitators={FACILITATOR: ("Fatma", "ar")},
        )
        yield Walk(bot, "ar", clock, built.group_id)


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


# Wednesday 3 March 2027, 10:00 in Amsterdam, as each language says it.
MEETING_SAID = {
    "nl": "woensdag 3 maart om 10:00",
    "ar": "الأربعاء 3 مارس، الساعة 10:00",
    "tr": "3 Mart Çarşamba, saat 10:00",
    "so": "Arbaco, Maarso 3, saacadda 10:00",
    "es": "miércoles 3 de marzo a las 10:00",
}
EASTER_MONDAY = {
    "nl": "Tweede paasdag",
    "ar": "اثنين الفصح",
    "tr": "Paskalya Pazartesisi",
    "so": "Isniinta Bakhtiyaarka",
    "es": "Lunes de Pascua",
}


async def test_dates_and_holidays_read_the_way_each_language_says_them(walk: Walk) -> None:
    services = walk.bot.services
    meeting = datetime(2027, 3, 3, 10, 0, tzinfo=AMS)
    await services.meetings.plan(
        FACILITATOR, walk.group_id, meeting.date(), 10 * 60, "belonging", "Buurthuis", 1
    )
    walk.clock.now = datetime(2027, 3, 2, 19, 0, tzinfo=AMS).astimezone(UTC)
    jobs = MeetingJobs(services.meetings, MeetingMessages(services.catalogs), choose_prompt)
    await jobs.sweep()
    reminder = texts_of([c for c in await walk.deliver() if c.chat_id == PARENT])
    assert MEETING_SAID[walk.lang] in reminder, reminder

    # A weekly series over Easter: the skipped Monday is named in the reader's language
    # (the `holidays` package knows it in Dutch and English only).
    g = f"mt:{walk.group_id}:"

    async def tap(data: str, on: ApiCall) -> ApiCall:
        calls = await walk.bot.send(
            walk.bot.updates.callback(
                data, user_id=FACILITATOR, chat_id=FACILITATOR, message=on.result,
                language_code=walk.lang,
            )
        )  # fmt: skip
        return [c for c in calls if c.method == "editMessageText"][-1]

    panel = [c for c in await walk.command(FACILITATOR, "session") if c.buttons][-1]
    days = await tap(f"{g}kind:w", panel)
    hours = await tap(f"{g}day:2027-03-22", days)
    themes = await tap(f"{g}at:{19 * 60 + 30}", hours)
    await tap(f"{g}theme:skills", themes)
    done = texts_of(
        await walk.bot.send(
            walk.bot.updates.message("Buurthuis", user_id=FACILITATOR, language_code=walk.lang)
        )
    )
    assert EASTER_MONDAY[walk.lang] in done, done
    if walk.lang != "nl":
        assert "paasdag" not in done.lower() and "Easter" not in done


async def test_mydata_is_in_the_readers_words(walk: Walk) -> None:
    """The language by its name, "no quiet hours" rather than 00:00-00:00, and a file
    whose fields and codes are written in the reader's language."""
    tr = walk.bot.services.catalogs.get(walk.lang)
    await walk.bot.services.privacy.set_quiet_hours(PARENT, 0, 0)
    message, document = [c for c in await walk.command(PARENT, "mydata") if c.ok]
    text = message.shown_text or ""
    assert tr.gettext("Language: {language}").format(language=LANGUAGE_NAMES[walk.lang]) in text
    assert tr.gettext("Quiet hours: {hours}").format(hours=tr.gettext("No quiet hours")) in text
    assert "00:00" not in text

    data = json.loads(document.files["document"].data)
    keys: list[str] = []
    values: list[Any] = []

    def collect(item: Any) -> None:
        if isinstance(item, dict):
            keys.extend(item)
            for value in item.values():
                collect(value)
        elif isinstance(item, list):
            for value in item:
                collect(value)
        else:
            values.append(item)

    collect(data)
    english = {"name", "language", "quiet_hours", "memberships", "role", "group", "since"}
    assert not english & set(keys) and not [k for k in keys if "_" in k], keys
    assert tr.pgettext("data file", "quiet hours") in keys
    assert walk.lang not in values and "parent" not in values and "00:00-00:00" not in values
    assert LANGUAGE_NAMES[walk.lang] in values and tr.pgettext("role", "parent") in values


GLOSSARY = Path(__file__).resolve().parents[2] / "locales" / "GLOSSARY.md"


def other_renderings() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Per language, (concept, pattern) of every rendering GLOSSARY.md rules out."""
    text = GLOSSARY.read_text(encoding="utf-8").split("## Not these", 1)[1]
    rows = [line for line in text.splitlines() if line.startswith("|")]
    header = [cell.strip() for cell in rows[0].strip("|").split("|")]
    found: dict[str, list[tuple[str, re.Pattern[str]]]] = {lang: [] for lang in header[1:]}
    for line in rows[2:]:
        cells = [cell.strip() for cell in line.strip("|").split("|")]
        for lang, cell in zip(header[1:], cells[1:], strict=True):
            for pattern in filter(None, (p.strip() for p in cell.split(" ; "))):
                if pattern != "-":
                    found[lang].append((cells[0], re.compile(pattern, re.IGNORECASE)))
    return found


def test_the_glossary_names_every_language() -> None:
    renderings = other_renderings()
    assert set(renderings) == set(SUPPORTED_LOCALES)
    assert all(len(r) >= 4 for r in renderings.values())


async def test_one_word_per_concept(walk: Walk) -> None:
    """No message or button shows a concept in a word GLOSSARY.md rules out (say "Stille
    uren" where every other message says "rustige uren"), nor does any catalog entry."""
    await walk_everything(walk)
    assert len(walk.texts) > 200
    with (LOCALES_DIR / walk.lang / "LC_MESSAGES" / "messages.po").open("rb") as fh:
        catalog = read_po(fh, locale=walk.lang)
    entries = [
        text
        for entry in catalog
        if entry.id
        for text in (entry.string if isinstance(entry.string, tuple) else (entry.string,))
    ]
    twice = sorted(
        {
            (concept, match.group(0), text[:80])
            for text in [*walk.texts, *entries]
            for concept, pattern in other_renderings()[walk.lang]
            if (match := pattern.search(text))
        }
    )
    assert twice == [], "\n".join(map(repr, twice))
