"""Whole check-in rounds on a controllable clock, through the real PTB client and the fake.

The clock drives the scheduler's job functions (open, remind, close) exactly as
APScheduler would call them; the outbox sender delivers what they enqueue; parents and
facilitators answer with real updates.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select, update

from bot.render.checkin_settings import SETTINGS
from bot.render.checkins import ANSWER, HANDLED
from handlers.impact import WORDS as IMPACT_WORDS
from storage.checkins import Question
from storage.models import (
    CheckinNote,
    CheckinResponse,
    CheckinRound,
    ContactRequest,
    ContactStatus,
    Member,
    OutboxMessage,
    RoundStatus,
)
from tests.clock import Clock
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI
from tests.harness import TEST_SECRET, BotHarness, bot_harness
from tests.world import add_group, build_group

AMS = ZoneInfo("Europe/Amsterdam")
COORDINATOR = 6_000_000_001
FACILITATOR = 6_000_000_002
VOLUNTEER = 6_000_000_003
AMINA, BART, CEREN = 6_000_000_010, 6_000_000_011, 6_000_000_012
# A Monday in the future of the test machine's real clock (the sender checks due times).
MONDAY_10 = datetime(2027, 3, 1, 10, 0, tzinfo=AMS).astimezone(UTC)


@dataclass
class Round:
    """A group with a facilitator, a volunteer and three parents, and helpers to act."""

    bot: BotHarness
    clock: Clock
    group_id: int
    sent_upto: int = 0
    parents: dict[int, str] = field(default_factory=dict)

    @property
    def api(self) -> FakeBotAPI:
        return self.bot.api

    @property
    def service(self) -> Any:
        return self.bot.services.checkins

    async def open(self) -> Any:
        return await self.service.open_due(self.bot.services.composer)

    async def remind(self) -> int:
        return int(await self.service.remind_due(self.bot.services.composer))

    async def close(self) -> int:
        return int(await self.service.close_due(self.bot.services.composer))

    async def deliver(self) -> list[ApiCall]:
        """Drain the outbox through the real sender; return what reached Telegram."""
        return await self.bot.deliver()

    async def tap(self, user_id: int, data: str, message_id: int = 1) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.callback(data, user_id=user_id, chat_id=user_id,
                                      message_id=message_id, first_name=self.parents.get(user_id,
                                      "Fatma"), language_code="nl")
        )  # fmt: skip

    async def say(self, user_id: int, text: str) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.message(text, user_id=user_id, language_code="nl")
        )

    async def voice(self, user_id: int, file_id: str) -> list[ApiCall]:
        update = self.bot.updates.message("x", user_id=user_id, language_code="nl")
        message = update["message"]
        del message["text"]
        message["voice"] = {"file_id": file_id, "file_unique_id": file_id[-8:], "duration": 7}
        return await self.bot.send(update)

    async def round_row(self) -> CheckinRound:
        async with self.bot.db.sessions() as session:
            rnd = await session.scalar(select(CheckinRound).order_by(CheckinRound.id.desc()))
            assert rnd is not None
            return rnd

    async def response(self, user_id: int) -> CheckinResponse | None:
        async with self.bot.db.sessions() as session:
            return await session.scalar(
                select(CheckinResponse)
                .join(Member, Member.id == CheckinResponse.member_id)
                .where(Member.telegram_user_id == user_id)
                .order_by(CheckinResponse.id.desc())
            )


async def make_round(bot: BotHarness, clock: Clock) -> Round:
    parents = {AMINA: ("Amina", "ar"), BART: ("Bart", "nl"), CEREN: ("Ceren", "tr")}
    built = await build_group(
        bot.services,
        coordinator=COORDINATOR,
        facilitators={FACILITATOR: ("Fatma", "nl")},
        volunteers={VOLUNTEER: ("Vera", "nl")},
        parents=parents,
    )
    await bot.services.checkins.configure(
        FACILITATOR, built.group_id, enabled=True, weekday=0, minute_of_day=10 * 60, window_hours=48
    )
    return Round(bot, clock, built.group_id, parents={u: n for u, (n, _) in parents.items()})


@pytest.fixture
async def world(sqlite_db: Database) -> AsyncIterator[Round]:
    clock = Clock(MONDAY_10)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        yield await make_round(bot, clock)


def data_of(call: ApiCall, label_part: str) -> str:
    for button in call.buttons:
        if label_part in button["text"]:
            return str(button["callback_data"])
    raise AssertionError(f"no button {label_part!r} in {[b['text'] for b in call.buttons]}")


async def test_a_whole_round(world: Round) -> None:
    clock = world.clock
    clock.set(MONDAY_10 - timedelta(minutes=1))
    assert (await world.open()).rounds == 0  # not yet
    clock.set(MONDAY_10 + timedelta(seconds=5))
    opened = await world.open()
    assert (opened.rounds, opened.invited) == (1, 3)
    assert (await world.open()).rounds == 0  # a second call opens nothing

    sent = await world.deliver()
    assert sorted(c.chat_id for c in sent) == [AMINA, BART, CEREN]  # no staff
    by_chat = {c.chat_id: c for c in sent}
    assert "Bart" in (by_chat[BART].shown_text or "")
    assert "hoe was je week" in (by_chat[BART].shown_text or "").lower()
    assert any(ch in (by_chat[AMINA].shown_text or "") for ch in "ابتثجحخدرسشصعفقكلمنهوي")
    rnd = await world.round_row()
    mood = f"{ANSWER}{Question.MOOD}:{rnd.id}:"
    assert [d for d in by_chat[BART].callback_data if d.startswith(mood)] == [
        f"{mood}{v}" for v in (1, 2, 3, 4, 5, 0)
    ]

    # Bart: mood 4 -> the reflection question; a tap -> the contact question; yes.
    calls = await world.tap(BART, f"{mood}4", by_chat[BART].result["message_id"])
    edit = next(c for c in calls if c.method == "editMessageReplyMarkup")
    assert any(b["text"].startswith("✓") and b["callback_data"] == f"{mood}4" for b in edit.buttons)
    reflection = next(c for c in calls if c.method == "sendMessage")
    assert f"{ANSWER}{Question.REFLECTION}:{rnd.id}:3" in reflection.callback_data
    calls = await world.tap(BART, f"{ANSWER}{Question.REFLECTION}:{rnd.id}:3")
    contact = next(c for c in calls if c.method == "sendMessage")
    assert f"{ANSWER}{Question.CONTACT}:{rnd.id}:1" in contact.callback_data
    calls = await world.tap(BART, f"{ANSWER}{Question.CONTACT}:{rnd.id}:1")
    thanks = next(c for c in calls if c.method == "sendMessage")
    assert "contact" in (thanks.shown_text or "").lower()

    # The facilitator is alerted at once, with Bart's name; the volunteer is not.
    alerts = await world.deliver()
    assert [c.chat_id for c in alerts] == [FACILITATOR]
    assert "Bart" in (alerts[0].shown_text or "")
    handled = data_of(alerts[0], "")
    assert handled.startswith(HANDLED)

    # Amina answers in words and a voice note; Bart changes his mood.
    await world.tap(AMINA, f"{mood}3")
    calls = await world.say(AMINA, "Het was zwaar, maar <b>we</b> redden het")
    assert any("Moeders Noord" in (c.shown_text or "") for c in calls)
    await world.voice(AMINA, "VOICE-FILE-ID-0001")
    await world.tap(BART, f"{mood}2")
    assert (await world.response(BART)).mood == 2  # type: ignore[union-attr]

    # Words are encrypted at rest.
    async with world.bot.db.sessions() as session:
        stored = (await session.scalars(select(CheckinNote.content))).all()
    assert len(stored) == 2 and not any("zwaar" in s or "VOICE" in s for s in stored)

    # Halfway: one reminder, only to Ceren (she has not answered); never a second one.
    clock.advance(hours=24)
    assert await world.remind() == 1
    assert await world.remind() == 0
    reminders = await world.deliver()
    assert [c.chat_id for c in reminders] == [CEREN]
    assert f"{mood}5" in reminders[0].callback_data

    # The facilitator marks the contact request handled.
    calls = await world.tap(FACILITATOR, handled)
    assert any(c.method == "editMessageText" and "Bart" in (c.shown_text or "") for c in calls)
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(ContactRequest.status)) is ContactStatus.HANDLED

    # Closing: the facilitator gets figures, words and the voice note; the volunteer figures.
    clock.advance(hours=24)
    assert await world.close() == 1
    assert (await world.round_row()).status is RoundStatus.CLOSED
    summaries = await world.deliver()
    to_facilitator = [c for c in summaries if c.chat_id == FACILITATOR]
    to_volunteer = [c for c in summaries if c.chat_id == VOLUNTEER]
    text = "\n".join(c.shown_text or "" for c in to_facilitator if c.method == "sendMessage")
    assert "2 van de 3" in text
    assert "Het was zwaar, maar <b>we</b> redden het" in text  # shown as typed, escaped
    assert "Amina" in text
    voices = [c for c in to_facilitator if c.method == "sendVoice"]
    assert [v.params["voice"] for v in voices] == ["VOICE-FILE-ID-0001"]
    volunteer_text = "\n".join(c.shown_text or "" for c in to_volunteer)
    assert "2 van de 3" in volunteer_text
    assert "zwaar" not in volunteer_text and "Amina" not in volunteer_text
    assert not [c for c in to_volunteer if c.method == "sendVoice"]

    # Late: the round is closed, kindly.
    calls = await world.tap(CEREN, f"{mood}5")
    answer = next(c for c in calls if c.method == "answerCallbackQuery")
    assert answer.params.get("show_alert") is True
    assert (await world.response(CEREN)).mood is None  # type: ignore[union-attr]
    calls = await world.say(CEREN, "Sorry, te laat!")
    assert (await world.response(CEREN)).mood is None  # type: ignore[union-attr]
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(CheckinNote)) == 2


async def test_text_before_any_round_gets_the_usual_answer(world: Round) -> None:
    calls = await world.say(BART, "Hallo?")
    assert calls and "/help" in (calls[-1].shown_text or "")
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(CheckinNote)) == 0


async def test_a_forged_or_foreign_tap_changes_nothing(world: Round) -> None:
    await world.open()
    rnd = await world.round_row()
    outsider = 6_000_000_099
    calls = await world.tap(outsider, f"{ANSWER}{Question.MOOD}:{rnd.id}:5")
    assert any(c.method == "answerCallbackQuery" for c in calls)
    for bad in (f"{ANSWER}{Question.MOOD}:{rnd.id}:9", f"{ANSWER}x:{rnd.id}:1", f"{ANSWER}m:a:b"):
        await world.tap(BART, bad)
    assert (await world.response(BART)).mood is None  # type: ignore[union-attr]


async def test_a_restart_in_the_middle_loses_nothing(sqlite_db: Database) -> None:
    clock = Clock(MONDAY_10)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_round(bot, clock)
        clock.set(MONDAY_10 + timedelta(hours=1))
        await world.open()
        await world.deliver()
        rnd = await world.round_row()
        await world.tap(BART, f"{ANSWER}{Question.MOOD}:{rnd.id}:5")
    # A new process: new services, the same database; the round goes on.
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = Round(bot, clock, world.group_id, parents=world.parents)
        assert (await world.open()).rounds == 0
        await world.tap(BART, f"{ANSWER}{Question.REFLECTION}:{rnd.id}:2")
        clock.advance(hours=24)
        assert await world.remind() == 2
        assert {c.chat_id for c in await world.deliver()} == {AMINA, CEREN}
        clock.advance(hours=24)
        assert await world.close() == 1
        summary = await world.service.summary(rnd.id)
        assert (summary.invited, summary.answered, summary.moods[5]) == (3, 1, 1)
        assert summary.reflections[2] == 1


async def test_a_round_missed_while_down_opens_if_its_window_is_open(world: Round) -> None:
    world.clock.set(MONDAY_10 + timedelta(hours=30))  # down since Monday morning
    opened = await world.open()
    assert opened.rounds == 1
    assert (await world.round_row()).scheduled_for == MONDAY_10
    # The reminder time has passed too: it goes out now, once.
    assert await world.remind() == 3


async def test_a_round_missed_beyond_its_window_is_not_opened(world: Round) -> None:
    world.clock.set(MONDAY_10 + timedelta(hours=49))
    assert (await world.open()).rounds == 0
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(CheckinRound)) == 0


async def test_pause_block_quiet_hours_and_the_cap(world: Round) -> None:
    services = world.bot.services
    await services.privacy.pause(AMINA, None)  # until /resume
    await services.members.set_reachable(CEREN, reachable=False)
    await world.open()
    assert {c.chat_id for c in await world.deliver()} == {BART}
    # Next week at 21:30: quiet hours delay Bart's check-in to 08:00; Amina still paused.
    await services.checkins.configure(FACILITATOR, world.group_id, minute_of_day=21 * 60 + 30)
    world.clock.set(datetime(2027, 3, 8, 21, 30, 5, tzinfo=AMS))
    assert (await world.open()).held["quiet_hours"] == 1
    async with world.bot.db.sessions() as session:
        due = await session.scalar(
            select(OutboxMessage.not_before).where(OutboxMessage.dedupe_key.like("checkin:2:%"))
        )
    assert due == datetime(2027, 3, 9, 8, 0, tzinfo=AMS)


async def test_the_weekly_cap_holds_a_round_back(world: Round) -> None:
    async with world.bot.db.sessions.begin() as session:
        from storage.models import Group

        await session.execute(update(Group).values(prompt_cap_per_week=1))
    bart = await world.bot.services.members.find(BART)
    assert bart is not None
    from storage.outbox import NewMessage

    await world.bot.services.outbox.enqueue(
        [NewMessage("session-reminder:1", BART, {"text": "x"}, member_id=bart.id, prompt=True)]
    )
    result = await world.open()
    assert result.held["over_cap"] == 1 and result.invited == 2


async def test_a_member_who_blocked_the_bot_mid_round(world: Round) -> None:
    await world.open()
    world.api.block_chat(CEREN)
    delivered = await world.deliver()
    assert {c.chat_id for c in delivered} == {AMINA, BART}
    world.clock.advance(hours=24)
    assert await world.remind() == 2  # Ceren is unreachable now
    assert {c.chat_id for c in await world.deliver()} == {AMINA, BART}


async def test_forget_in_the_middle_of_a_round(world: Round) -> None:
    await world.open()
    rnd = await world.round_row()
    await world.tap(AMINA, f"{ANSWER}{Question.MOOD}:{rnd.id}:4")
    await world.say(AMINA, "Mijn geheim")
    await world.tap(AMINA, f"{ANSWER}{Question.CONTACT}:{rnd.id}:1")
    await world.bot.services.privacy.forget(AMINA)
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(CheckinNote)) == 0
        assert await session.scalar(select(func.count()).select_from(ContactRequest)) == 1
        alerts = await session.scalar(
            select(func.count()).where(OutboxMessage.dedupe_key.like("contact:%"))
        )
        assert alerts == 0  # the alert naming her is gone before it was sent
    world.clock.advance(hours=48)
    assert await world.close() == 1
    summary = await world.service.summary(rnd.id)
    assert (summary.invited, summary.answered, summary.moods[4]) == (3, 1, 1)
    assert summary.notes == () and summary.open_contacts == (None,) * 0
    text = "\n".join(c.shown_text or "" for c in await world.deliver())
    assert "Amina" not in text and "geheim" not in text


async def test_changing_contact_to_no_withdraws_the_request(world: Round) -> None:
    await world.open()
    rnd = await world.round_row()
    await world.tap(BART, f"{ANSWER}{Question.CONTACT}:{rnd.id}:1")
    await world.tap(BART, f"{ANSWER}{Question.CONTACT}:{rnd.id}:1")  # twice: one alert
    await world.tap(BART, f"{ANSWER}{Question.CONTACT}:{rnd.id}:2")
    alerts = [c for c in await world.deliver() if c.chat_id == FACILITATOR]
    assert len(alerts) == 1
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(ContactRequest.status)) is ContactStatus.WITHDRAWN


async def test_a_volunteer_cannot_mark_contact_handled(world: Round) -> None:
    await world.open()
    rnd = await world.round_row()
    await world.tap(BART, f"{ANSWER}{Question.CONTACT}:{rnd.id}:1")
    [alert] = [c for c in await world.deliver() if c.chat_id == FACILITATOR]
    calls = await world.tap(VOLUNTEER, data_of(alert, ""))
    assert any(c.method == "answerCallbackQuery" for c in calls)
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(ContactRequest.status)) is ContactStatus.OPEN


async def test_retention_deletes_words_and_keeps_numbers(world: Round) -> None:
    await world.open()
    rnd = await world.round_row()
    await world.tap(BART, f"{ANSWER}{Question.MOOD}:{rnd.id}:4")
    await world.say(BART, "Een goede week")
    world.clock.advance(days=364)
    assert await world.service.purge_notes(timedelta(days=365)) == 0
    world.clock.advance(days=2)
    assert await world.service.purge_notes(timedelta(days=365)) == 1
    assert (await world.response(BART)).mood == 4  # type: ignore[union-attr]


async def test_a_huge_text_answer_is_kept_whole(world: Round) -> None:
    await world.open()
    text = ("\u202eWoord " * 700)[:4096]  # Telegram's longest message, bidi overrides in it
    await world.say(BART, text)
    await world.say(AMINA, ("كلمة " * 900)[:4096])
    world.clock.advance(hours=48)
    await world.close()
    summaries = [c for c in await world.deliver() if c.chat_id == FACILITATOR]
    assert all(c.ok for c in summaries)
    shown = "".join(c.shown_text or "" for c in summaries)
    assert len(summaries) >= 2  # too long for one message: split, nothing cut off
    assert "\u202e" not in shown
    # 585 words; at most the two cut where the text is split are not counted whole.
    assert shown.count("Woord") >= 583
    assert shown.count("كلمة") >= 817


async def test_the_mydata_file_lists_check_in_answers(world: Round) -> None:
    await world.open()
    rnd = await world.round_row()
    await world.tap(BART, f"{ANSWER}{Question.MOOD}:{rnd.id}:4")
    await world.say(BART, "Mijn woorden")
    exported = await world.service.export(BART)
    assert exported[0]["mood"] == 4
    assert exported[0]["notes"] == [{"kind": "text", "content": "Mijn woorden"}]
    assert TEST_SECRET not in str(exported)


async def test_facilitator_sets_up_the_check_in_with_buttons(world: Round) -> None:
    calls = await world.bot.send(
        world.bot.updates.command("checkin", user_id=FACILITATOR, language_code="nl")
    )
    panel = calls[-1]
    assert "Moeders Noord" in (panel.shown_text or "")
    g = f"{SETTINGS}{world.group_id}:"
    await world.tap(FACILITATOR, f"{g}day:2")
    await world.tap(FACILITATOR, f"{g}hour:19")
    calls = await world.tap(FACILITATOR, f"{g}window:72")
    edit = calls[-1]
    assert "woensdag" in (edit.shown_text or "") and "19:00" in (edit.shown_text or "")
    view = await world.service.schedule(world.group_id)
    assert (view.weekday, view.minute_of_day, view.window_hours) == (2, 19 * 60, 72)
    # Skip next week: no round opens at that time.
    await world.tap(FACILITATOR, f"{g}skip")
    view = await world.service.schedule(world.group_id)
    assert view.next_round_skipped
    world.clock.set(view.next_round + timedelta(minutes=1))
    assert (await world.open()).rounds == 0
    # Choose library questions: the round asks the chosen one.
    await world.tap(FACILITATOR, f"{g}qkey:stress.2")
    view = await world.service.schedule(world.group_id)
    assert view.questions == ({"key": "stress.2"},)
    world.clock.set(view.next_round + timedelta(minutes=1))
    assert (await world.open()).rounds == 1
    assert (await world.round_row()).question == {"key": "stress.2"}


async def test_a_parent_cannot_change_the_settings(world: Round) -> None:
    calls = await world.bot.send(
        world.bot.updates.command("checkin", user_id=BART, language_code="nl")
    )
    assert "begeleiders" in (calls[-1].shown_text or "").lower()
    await world.tap(BART, f"{SETTINGS}{world.group_id}:off")
    assert (await world.service.schedule(world.group_id)).enabled


async def test_an_own_question_with_a_fallback_language(world: Round) -> None:
    g = f"{SETTINGS}{world.group_id}:"
    await world.tap(FACILITATOR, f"{g}own")
    await world.say(FACILITATOR, "Wat gaf je energie deze week?")  # Dutch
    calls = await world.tap(FACILITATOR, f"{g}owndone")
    assert any("opgeslagen" in (c.shown_text or "").lower() for c in calls)
    view = await world.service.schedule(world.group_id)
    assert view.questions == ({"texts": {"nl": "Wat gaf je energie deze week?"}, "fallback": "nl"},)
    await world.open()
    await world.deliver()
    rnd = await world.round_row()
    calls = await world.tap(CEREN, f"{ANSWER}{Question.MOOD}:{rnd.id}:4")  # Turkish reader
    question = next(c for c in calls if c.method == "sendMessage")
    assert "Wat gaf je energie deze week?" in (question.shown_text or "")
    assert "Nederlands" in (question.shown_text or "")  # the marker names the language


async def test_turning_the_check_in_on_schedules_nothing_until_start(world: Round) -> None:
    """Issue 13: a day, an hour, a summary: no round can open before "Start"; an hour in
    the parents' default quiet hours (21:00-08:00) is marked on its button."""
    group_id = await add_group(
        world.bot.services, COORDINATOR, name="Vaders Oost", parents={6_000_000_020: ("Dirk", "nl")}
    )
    g = f"{SETTINGS}{group_id}:"
    tr = world.bot.services.catalogs.get("nl")

    async def nothing_opens() -> None:
        view = await world.service.schedule(group_id)
        assert not view.enabled and view.next_round is None
        for day in range(8):  # a whole week of slots passes: no round in this group
            world.clock.set(MONDAY_10 + timedelta(days=day, minutes=1))
            await world.open()
        async with world.bot.db.sessions() as session:
            rounds = await session.scalar(
                select(func.count())
                .select_from(CheckinRound)
                .where(CheckinRound.group_id == group_id)
            )
        assert rounds == 0
        world.clock.set(MONDAY_10)

    # Choosing a question before the check-in is on starts nothing.
    await world.tap(COORDINATOR, f"{g}qkey:stress.2")
    await nothing_opens()

    [panel] = [c for c in await world.tap(COORDINATOR, f"{g}show") if c.buttons]
    assert tr.gettext("The weekly check-in is off.") in (panel.shown_text or "")
    days = (await world.tap(COORDINATOR, data_of(panel, tr.gettext("Turn on"))))[-1]
    assert (days.shown_text or "") == tr.gettext("Which day?")
    await nothing_opens()

    hours = (await world.tap(COORDINATOR, data_of(days, "woensdag")))[-1]
    labels = [b["text"] for b in hours.buttons]
    assert "21:00 🌙" in labels and "07:00 🌙" in labels
    assert "08:00" in labels and "19:00" in labels and "20:00" in labels
    assert "🌙" in (hours.shown_text or "") and "21:00-08:00" in (hours.shown_text or "")
    await nothing_opens()

    summary = (await world.tap(COORDINATOR, data_of(hours, "19:00")))[-1]
    text = summary.shown_text or ""
    assert "woensdag" in text and "19:00" in text
    assert tr.gettext("Nothing is sent before you tap Start.") in text
    await nothing_opens()

    done = (await world.tap(COORDINATOR, data_of(summary, tr.gettext("Start"))))[-1]
    view = await world.service.schedule(group_id)
    assert view.enabled and (view.weekday, view.minute_of_day) == (2, 19 * 60)
    assert "woensdag" in (done.shown_text or "")
    world.clock.set(view.next_round + timedelta(minutes=1))
    assert (await world.open()).rounds == 1


async def test_a_check_in_tap_ends_the_wait_for_impact_words(world: Round) -> None:
    """After the impact questions her next words are welcome for two hours; a check-in
    answer she taps meanwhile makes her words from then on the round's, not the impact's."""
    dialogs = world.bot.services.dialogs
    world.clock.set(MONDAY_10 + timedelta(seconds=5))
    await world.open()
    sent = {c.chat_id: c for c in await world.deliver()}
    await dialogs.open(AMINA, IMPACT_WORDS, "words", {"moment_id": 1}, ttl=timedelta(hours=2))
    rnd = await world.round_row()
    await world.tap(AMINA, f"{ANSWER}{Question.MOOD}:{rnd.id}:3",
                    sent[AMINA].result["message_id"])  # fmt: skip
    assert await dialogs.current(AMINA, IMPACT_WORDS) is None
