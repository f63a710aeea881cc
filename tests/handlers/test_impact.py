"""Impact over the years, asked: a parent joins a group with a trajectory through the real
client, gets the six questions a few days later in her language, answers with taps, and
the answers are stored; a break holds the questions back until it ends; a restart never
sends a moment twice. What the sweep enqueues goes through the real outbox sender into
the fake Bot API, on a clock the test moves, from a fixed Monday morning: joining and
pausing are stamped with that clock too.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from sqlalchemy import select

from bot.i18n import Translator
from bot.render.impact import ImpactMessages, question_text
from bot.render.impact_report import hidden_legend, source_label
from handlers.context import Services
from storage.impact import REMIND_AFTER, ImpactService
from storage.impact_moments import INTAKE_DELAY, Plan
from storage.impact_stats import SOURCES
from storage.models import (
    FollowUpConsent,
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    Member,
    MomentKind,
    Trajectory,
)
from tests.clock import MONDAY_10, Clock
from tests.conftest import Database
from tests.fakes import ApiCall
from tests.handlers.test_journey import COORDINATOR, FACILITATOR, PARENT, World, join, make_world
from tests.harness import bot_harness

AMS = ZoneInfo("Europe/Amsterdam")
BART = 5_000_000_020


@dataclass
class Impact:
    world: World
    clock: Clock

    @property
    def services(self) -> Services:
        return self.world.bot.services

    def tr(self, lang: str) -> Translator:
        return self.services.catalogs.get(lang)

    async def sweep(self) -> tuple[int, int]:
        result = await self.services.impact.ask_due(self.services.impact_composer)
        return result.sent, result.waiting

    async def deliver_to(self, user: int) -> list[ApiCall]:
        calls = await self.world.bot.deliver(until_idle=False)
        return [c for c in calls if c.chat_id == user]

    async def tap(self, user: int, data: str, on: ApiCall) -> ApiCall:
        [*_, edited] = await self.world.bot.send(
            self.world.bot.updates.callback(
                data, user_id=user, chat_id=user, message=on.result, language_code="nl"
            )
        )
        return edited

    async def intake_due(self, user: int) -> datetime:
        """When `user`'s intake falls: three days after joining, at 10:00 local."""
        async with self.world.bot.db.sessions() as session:
            joined = await session.scalar(
                select(ImpactParticipant.joined_at)
                .join(Member, Member.id == ImpactParticipant.member_id)
                .where(Member.telegram_user_id == user)
            )
        assert joined is not None
        day = (joined + INTAKE_DELAY).astimezone(AMS).date()
        return Plan(self.start, self.end).at(day)

    @property
    def start(self) -> date:
        return (self.clock.now - timedelta(days=60)).astimezone(AMS).date()

    @property
    def end(self) -> date:
        return self.start + timedelta(days=730)


@pytest.fixture
async def impact(sqlite_db: Database) -> AsyncIterator[Impact]:
    clock = Clock(MONDAY_10)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_world(bot)
        found = Impact(world, clock)
        await bot.services.impact.set_trajectory(world.group_a, found.start, found.end)
        yield found


async def stored(impact: Impact, user: int) -> dict[str, int]:
    async with impact.world.bot.db.sessions() as session:
        rows = await session.execute(
            select(ImpactAnswer.source, ImpactAnswer.scale)
            .join(ImpactMoment, ImpactMoment.id == ImpactAnswer.moment_id)
            .join(ImpactParticipant, ImpactParticipant.id == ImpactMoment.participant_id)
            .join(Member, Member.id == ImpactParticipant.member_id)
            .where(Member.telegram_user_id == user)
        )
        return {source: scale for source, scale in rows.all()}


async def test_the_intake_comes_days_after_joining_in_her_language_and_taps_are_stored(
    impact: Impact,
) -> None:
    await join(impact.world, "ar", name="Amina")
    await join(impact.world, "nl", user_id=BART, name="Bart")
    assert await impact.sweep() == (0, 0)  # not in the minute of consent
    due = await impact.intake_due(PARENT)
    assert due - impact.clock.now > timedelta(days=2)
    impact.clock.set(due - timedelta(minutes=1))
    assert await impact.sweep() == (0, 0)
    impact.clock.set(due)
    assert await impact.sweep() == (2, 0)

    ar, nl = impact.tr("ar"), impact.tr("nl")
    delivered = await impact.world.bot.deliver(until_idle=False)
    [message] = [c for c in delivered if c.chat_id == PARENT]
    assert question_text(ar, "identity") in message.text
    assert message.buttons[-1]["text"] == ar.gettext("Skip")
    assert [b["text"] for b in message.buttons[:5]] == ["😞", "🙁", "😐", "🙂", "😄"]
    [dutch] = [c for c in delivered if c.chat_id == BART]
    assert question_text(nl, "identity") in dutch.text and "Amina" not in dutch.text

    # One question at a time, in the same message; the sixth is skipped.
    taps = [4, 3, 5, 2, 4, 0]
    on = message
    for index, scale in enumerate(taps):
        moment_id = int(on.buttons[0]["callback_data"].split(":")[1])
        edited = await impact.tap(PARENT, f"ia:{moment_id}:{index}:{scale}", message)
        assert edited.method == "editMessageText"
        if index + 1 < len(SOURCES):
            assert question_text(ar, SOURCES[index + 1]) in edited.text
            on = edited
    assert (edited.text or "").startswith(
        ar.gettext(
            "Thank you for your answers! They help us see what the group gives parents like you."
        )
    )
    assert await stored(impact, PARENT) == dict(zip(SOURCES, taps, strict=True))
    assert await stored(impact, BART) == {}

    # Another tap on an old button changes the answer, never adds a seventh.
    await impact.tap(PARENT, f"ia:{moment_id}:0:5", message)
    assert (await stored(impact, PARENT))["identity"] == 5
    # Someone else's moment is not theirs to answer.
    calls = await impact.world.bot.send(
        impact.world.bot.updates.callback(f"ia:{moment_id}:1:1", user_id=BART, chat_id=BART)
    )
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert (await stored(impact, PARENT))["talents"] == 3


async def test_a_restart_never_sends_a_moment_twice(impact: Impact) -> None:
    await join(impact.world, "ar", name="Amina")
    await impact.sweep()
    impact.clock.set(await impact.intake_due(PARENT) + timedelta(minutes=3))
    assert await impact.sweep() == (1, 0)
    # A new process on the same database, a minute later: nothing new to send.
    again = ImpactService(impact.world.bot.db.sessions, impact.clock)
    impact.clock.advance(minutes=1)
    result = await again.ask_due(ImpactMessages(impact.services.catalogs))
    assert (result.sent, result.waiting) == (0, 0)
    assert len(await impact.deliver_to(PARENT)) == 1
    impact.clock.advance(days=1)
    assert await impact.sweep() == (0, 0)
    counts = await impact.services.outbox.counts("impact:")
    assert sum(counts.values()) == 1


async def test_a_paused_parent_gets_nothing_until_her_break_ends(impact: Impact) -> None:
    await join(impact.world, "ar", name="Amina")
    bot = impact.world.bot
    await bot.send(bot.updates.command("pause", user_id=PARENT))
    await bot.send(bot.updates.callback("pause:week", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    async with bot.db.sessions() as session:
        member = await session.scalar(select(Member).where(Member.telegram_user_id == PARENT))
        assert member is not None and member.paused_until is not None
        back = member.paused_until
    await impact.sweep()
    impact.clock.set(await impact.intake_due(PARENT))
    assert await impact.sweep() == (0, 1)  # waiting, not lost
    impact.clock.set(back - timedelta(hours=1))
    assert await impact.sweep() == (0, 1)
    assert await impact.deliver_to(PARENT) == []
    # The first morning after the break, at 10:00 (outside her quiet hours).
    morning = datetime.combine(back.astimezone(AMS).date() + timedelta(days=1), time(10), AMS)
    impact.clock.set(morning)
    assert await impact.sweep() == (1, 0)
    [message] = await impact.deliver_to(PARENT)
    assert question_text(impact.tr("ar"), "identity") in message.text


async def test_at_the_end_she_is_asked_whether_we_may_ask_once_more(impact: Impact) -> None:
    await join(impact.world, "tr", name="Ceren")
    await impact.sweep()
    # The end of the trajectory (no intake was answered; the end moment is the latest).
    impact.clock.set(Plan(impact.start, impact.end).at(impact.end) + timedelta(minutes=1))
    assert await impact.sweep() == (1, 0)
    [message] = await impact.deliver_to(PARENT)
    tr = impact.tr("tr")
    moment_id = int(message.buttons[0]["callback_data"].split(":")[1])
    edited = message
    for index in range(len(SOURCES)):
        edited = await impact.tap(PARENT, f"ia:{moment_id}:{index}:3", message)
    asked = tr.gettext("May we ask you these questions once more, in a year?")
    assert edited.shown_text == asked
    assert [b["text"] for b in edited.buttons] == [tr.gettext("Yes, please"),
                                                    tr.gettext("No, thank you")]  # fmt: skip
    done = await impact.tap(PARENT, f"iaf:{moment_id}:1", message)
    assert tr.gettext("We will ask you once more in a year.") in (done.text or "")
    async with impact.world.bot.db.sessions() as session:
        consent = await session.scalar(select(FollowUpConsent.agreed))
        kinds = (await session.scalars(select(ImpactMoment.kind))).all()
    assert consent is True
    assert list(kinds) == [MomentKind.END]


async def say_yes_at_the_end(impact: Impact, lang: str) -> None:
    """`PARENT` joins, answers the end moment's six questions and agrees to once more."""
    await join(impact.world, lang, name="Ceren")
    await impact.sweep()
    impact.clock.set(Plan(impact.start, impact.end).at(impact.end) + timedelta(minutes=1))
    await impact.sweep()
    [message] = await impact.deliver_to(PARENT)
    moment_id = int(message.buttons[0]["callback_data"].split(":")[1])
    for index in range(len(SOURCES)):
        await impact.tap(PARENT, f"ia:{moment_id}:{index}:3", message)
    await impact.tap(PARENT, f"iaf:{moment_id}:1", message)


async def test_mydata_shows_the_yes_to_once_more_in_her_words_and_forget_withdraws_it(
    impact: Impact,
) -> None:
    await say_yes_at_the_end(impact, "tr")
    bot, tr = impact.world.bot, impact.tr("tr")
    message, document = await bot.send(bot.updates.command("mydata", user_id=PARENT))
    group = "Moeders Noord"
    line = tr.gettext("Questions once more in a year ({group}): {answer}")
    assert line.format(group=tr.user_text(group), answer=tr.gettext("yes")) in message.text
    data = json.loads(document.files["document"].data)
    field = lambda name: tr.pgettext("data file", name)  # noqa: E731
    [consent] = data[field("questions once more in a year")]
    assert consent[field("group")] == group
    assert consent[field("you said")] == tr.gettext("yes")
    assert consent[field("answered on")].startswith(impact.clock.now.date().isoformat())
    # Her own answers too: asked once (at the end), six answers, in her words.
    asked = tr.ngettext(
        "Questions about how you are doing: asked {count} time",
        "Questions about how you are doing: asked {count} times",
        1,
    )
    assert asked.format(count=1) in message.text
    [moment] = data[field("questions about how you are doing")]
    assert moment[field("group")] == group
    assert moment[field("when")] == tr.gettext("at the end of the group")
    assert moment[field("your answers")] == [
        {field("about"): source_label(tr, s), field("answer (1 to 5, 0 skipped)"): 3}
        for s in SOURCES
    ]

    await bot.send(bot.updates.command("forget", user_id=PARENT))
    await bot.send(bot.updates.callback("forget:yes", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    async with bot.db.sessions() as session:
        assert (await session.scalars(select(FollowUpConsent))).all() == []
        [participant] = (await session.scalars(select(ImpactParticipant))).all()
        answers = (await session.scalars(select(ImpactAnswer.scale))).all()
    # The consent is gone; her numbers stay, without a name.
    assert participant.member_id is None
    assert list(answers) == [3] * len(SOURCES)
    assert await impact.services.impact.export(PARENT) == []


async def test_a_facilitator_sets_the_trajectory_by_typing_its_dates(impact: Impact) -> None:
    bot, tr = impact.world.bot, impact.tr("tr")  # Fatma, the facilitator, reads Turkish
    day = lambda d: format_date(d, format="long", locale="tr")  # noqa: E731

    async def trajectory_of_group_a() -> tuple[date, date | None]:
        async with bot.db.sessions() as session:
            found = await session.scalar(
                select(Trajectory).where(Trajectory.group_id == impact.world.group_a)
            )
        assert found is not None
        return found.starts_on, found.ends_on

    [asked] = await bot.send(bot.updates.command("trajectory", user_id=FACILITATOR))
    assert "1-9-2027 31-8-2029" in asked.text and "Moeders Noord" in asked.text
    [again] = await bot.send(bot.updates.message("soon", user_id=FACILITATOR))
    assert again.text == tr.gettext(
        "I did not understand these dates. Please type them like 1-9-2027 31-8-2029, "
        "the end after the start."
    )
    [saved] = await bot.send(bot.updates.message("1-9-2027 31-8-2029", user_id=FACILITATOR))
    assert saved.text == tr.gettext("Saved: {group} runs from {start} until {end}.").format(
        group=tr.user_text("Moeders Noord"),
        start=day(date(2027, 9, 1)),
        end=day(date(2029, 8, 31)),
    )
    assert await trajectory_of_group_a() == (date(2027, 9, 1), date(2029, 8, 31))
    # Open ended: only a start.
    await bot.send(bot.updates.command("trajectory", user_id=FACILITATOR))
    [saved] = await bot.send(bot.updates.message("1-9-2027", user_id=FACILITATOR))
    assert day(date(2027, 9, 1)) in saved.text and "2029" not in saved.text
    assert await trajectory_of_group_a() == (date(2027, 9, 1), None)
    # A parent may not.
    await join(impact.world, "nl", name="Amina")
    [refused] = await bot.send(bot.updates.command("trajectory", user_id=PARENT))
    assert refused.text == impact.tr("nl").gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )


async def answered_intake_and_end(impact: Impact, parents: int) -> None:
    """`parents` nameless parents of group A answered intake (2 for each source, 3 for
    "stress") and the end (one point higher), as the report counts them."""
    at = impact.clock.now
    async with impact.world.bot.db.sessions.begin() as session:
        trajectory = await session.scalar(
            select(Trajectory.id).where(Trajectory.group_id == impact.world.group_a)
        )
        assert trajectory is not None
        for _ in range(parents):
            participant = ImpactParticipant(trajectory_id=trajectory, member_id=None, joined_at=at)
            session.add(participant)
            await session.flush()
            for kind, plus in ((MomentKind.INTAKE, 0), (MomentKind.END, 1)):
                moment = ImpactMoment(participant_id=participant.id, kind=kind, due_at=at,
                                      sent_at=at, answered_at=at)  # fmt: skip
                session.add(moment)
                await session.flush()
                session.add_all(
                    ImpactAnswer(moment_id=moment.id, source=s,
                                 scale=(3 if s == "stress" else 2) + plus)
                    for s in SOURCES
                )  # fmt: skip


async def test_impact_shows_a_facilitator_her_group_in_her_language_with_a_chart(
    impact: Impact,
) -> None:
    bot, tr = impact.world.bot, impact.tr("tr")  # Fatma, the facilitator, reads Turkish
    await answered_intake_and_end(impact, 6)
    calls = await bot.send(bot.updates.command("impact", user_id=FACILITATOR))
    assert [c.method for c in calls] == ["sendMessage", "sendPhoto"]
    text, photo = calls
    shown = text.shown_text or ""
    assert tr.gettext("Impact over the years") in shown and "Moeders Noord" in shown
    # Six parents, from intake to the end: 2,0 -> 3,0 (stress 3,0 -> 4,0), all improved.
    line = tr.gettext("{source}: {before} → {after} ({parents} parents, {improved} improved)")
    name = source_label(tr, "identity")
    assert line.format(source=name, before="2,0", after="3,0", parents="6",
                       improved="%100") in shown  # fmt: skip
    stress = line.format(source=source_label(tr, "stress"), before="3,0", after="4,0",
                         parents="6", improved="%100")  # fmt: skip
    assert stress in shown
    # A year later nobody answered yet: hidden, with the legend, never "0".
    hidden = tr.pgettext("a figure kept back", "hidden")
    assert hidden in shown and hidden_legend(tr) in shown
    assert photo.files["photo"].data.startswith(b"\x89PNG")
    caption = photo.shown_text or ""
    assert f"1 {name}" in caption and f"6 {source_label(tr, 'reciprocity')}" in caption
    assert (
        tr.gettext("Grey stripes: {hidden} (about fewer than 5 parents).").format(hidden=hidden)
        in caption
    )


async def test_impact_hides_four_parents_and_is_for_staff_only(impact: Impact) -> None:
    bot = impact.world.bot
    await answered_intake_and_end(impact, 4)
    calls = await bot.send(bot.updates.command("impact", user_id=COORDINATOR))
    # The coordinator reads the organisation: four parents are hidden everywhere, and a
    # chart of stripes only is not sent.
    assert [c.method for c in calls] == ["sendMessage"]
    nl = impact.tr("nl")
    shown = calls[0].shown_text or ""
    assert "Buurtvrouwen" in shown
    assert "2,0" not in shown and " 4 " not in shown
    assert nl.pgettext("a figure kept back", "hidden") in shown
    # A parent is told what it is for, nothing more.
    await join(impact.world, "nl", name="Amina")
    [refused] = await bot.send(bot.updates.command("impact", user_id=PARENT))
    assert refused.text == nl.gettext("The impact report is for facilitators and coordinators.")
    # Listed in /help for staff, not for parents.
    [staff_help] = await bot.send(bot.updates.command("help", user_id=FACILITATOR))
    assert "/impact" in (staff_help.text or "")
    [parent_help] = await bot.send(bot.updates.command("help", user_id=PARENT))
    assert "/impact" not in (parent_help.text or "")


async def test_one_gentle_reminder_at_most_when_nothing_was_tapped(impact: Impact) -> None:
    services = impact.services
    await join(impact.world, "ar", name="Amina")
    await join(impact.world, "nl", user_id=BART, name="Bart")
    await impact.sweep()
    due = await impact.intake_due(PARENT)
    impact.clock.set(due)
    assert await impact.sweep() == (2, 0)
    delivered = await impact.world.bot.deliver(until_idle=False)
    [asked] = [c for c in delivered if c.chat_id == PARENT]
    [bart] = [c for c in delivered if c.chat_id == BART]
    moment_id = int(asked.buttons[0]["callback_data"].split(":")[1])
    # Bart taps one face; Amina taps nothing.
    bart_moment = int(bart.buttons[0]["callback_data"].split(":")[1])
    await impact.tap(BART, f"ia:{bart_moment}:0:4", bart)

    impact.clock.set(due + REMIND_AFTER - timedelta(minutes=5))
    assert (await services.impact.ask_due(services.impact_composer)).reminded == 0
    impact.clock.set(due + REMIND_AFTER)
    assert (await services.impact.ask_due(services.impact_composer)).reminded == 1
    [reminder] = await impact.deliver_to(PARENT)
    assert await impact.deliver_to(BART) == []
    ar = impact.tr("ar")
    gentle = ar.gettext(
        "A small reminder from {group}: we would still like to hear how you are doing as a "
        "parent. Six short questions, one tap each. You may also skip them."
    ).format(group=ar.user_text("Moeders Noord"))
    assert gentle in (reminder.text or "") and question_text(ar, "identity") in reminder.text
    assert reminder.buttons[-1]["text"] == ar.gettext("Skip")
    # Its buttons answer the same moment.
    assert reminder.buttons[0]["callback_data"] == f"ia:{moment_id}:0:1"
    await impact.tap(PARENT, f"ia:{moment_id}:0:5", reminder)
    assert await stored(impact, PARENT) == {"identity": 5}

    # Never a second one: not days later, not after a restart.
    impact.clock.advance(days=3)
    assert (await services.impact.ask_due(services.impact_composer)).reminded == 0
    again = ImpactService(impact.world.bot.db.sessions, impact.clock)
    assert (await again.ask_due(ImpactMessages(services.catalogs))).reminded == 0
    assert await impact.deliver_to(PARENT) == []
    counts = await services.outbox.counts("impact-reminder:")
    assert sum(counts.values()) == 1


async def test_the_reminder_waits_for_a_break_to_end_and_for_the_morning(impact: Impact) -> None:
    services, bot = impact.services, impact.world.bot
    await join(impact.world, "tr", name="Ceren")
    await impact.sweep()
    due = await impact.intake_due(PARENT)
    impact.clock.set(due)
    assert await impact.sweep() == (1, 0)
    assert len(await impact.deliver_to(PARENT)) == 1
    impact.clock.set(due + timedelta(days=1))
    await bot.send(bot.updates.command("pause", user_id=PARENT))
    await bot.send(bot.updates.callback("pause:week", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    async with bot.db.sessions() as session:
        back = await session.scalar(
            select(Member.paused_until).where(Member.telegram_user_id == PARENT)
        )
    assert back is not None
    impact.clock.set(due + REMIND_AFTER)
    result = await services.impact.ask_due(services.impact_composer)
    assert (result.reminded, result.waiting) == (0, 1)
    assert await impact.deliver_to(PARENT) == []
    # The break is over, but it is 23:00: the reminder is kept for the morning.
    night = datetime.combine(back.astimezone(AMS).date() + timedelta(days=1), time(23), AMS)
    impact.clock.set(night)
    assert (await services.impact.ask_due(services.impact_composer)).reminded == 1
    assert await impact.deliver_to(PARENT) == []
    impact.clock.set(night + timedelta(hours=11))  # 10:00
    [reminder] = await impact.deliver_to(PARENT)
    assert question_text(impact.tr("tr"), "identity") in (reminder.text or "")
    impact.clock.advance(days=2)
    assert (await services.impact.ask_due(services.impact_composer)).reminded == 0
