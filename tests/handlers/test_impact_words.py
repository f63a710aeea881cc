"""Words or a voice note after the impact questions (issue 16): welcome, never required.

Through the real client: a parent answers the six questions, is told words are welcome,
writes a few and sends a voice note; they are kept encrypted, her facilitator reads them
in /impact (the voice note forwarded), a coordinator never does; /mydata lists them and
/forget deletes them; two hours later a message is no longer taken as words after the
questions; the retention job erases old words and keeps the numbers.
"""

from __future__ import annotations

import json
from datetime import timedelta

from sqlalchemy import func, select

from bot.render.impact import thanks_text, words_welcome
from scheduler.impact import ImpactJobs
from storage.impact_stats import SOURCES
from storage.models import ImpactAnswer, ImpactNote
from tests.fakes import ApiCall
from tests.handlers.test_impact import Impact, impact  # noqa: F401  (the fixture)
from tests.handlers.test_journey import COORDINATOR, FACILITATOR, PARENT, join

WORDS = "Ik slaap weer beter sinds de groep & de kinderen ook"
VOICE = "VOICE-IMPACT-0001"


async def answer_intake(impact: Impact, lang: str) -> ApiCall:  # noqa: F811
    """`PARENT` joins in `lang`, gets the intake and taps all six: the last edit."""
    await join(impact.world, lang, name="Amina")
    await impact.sweep()
    impact.clock.set(await impact.intake_due(PARENT))
    await impact.sweep()
    [message] = await impact.deliver_to(PARENT)
    moment_id = int(message.buttons[0]["callback_data"].split(":")[1])
    edited = message
    for index in range(len(SOURCES)):
        edited = await impact.tap(PARENT, f"ia:{moment_id}:{index}:4", message)
    return edited


async def voice(impact: Impact, file_id: str) -> list[ApiCall]:  # noqa: F811
    bot = impact.world.bot
    update = bot.updates.message("x", user_id=PARENT, language_code="nl")
    del update["message"]["text"]
    update["message"]["voice"] = {"file_id": file_id, "file_unique_id": file_id[-8:],
                                  "duration": 9}  # fmt: skip
    return await bot.send(update)


async def notes(impact: Impact) -> list[ImpactNote]:  # noqa: F811
    async with impact.world.bot.db.sessions() as session:
        return list((await session.scalars(select(ImpactNote).order_by(ImpactNote.id))).all())


async def test_words_after_the_questions_reach_her_facilitator_and_never_a_coordinator(
    impact: Impact,  # noqa: F811
) -> None:
    bot, ar = impact.world.bot, impact.tr("ar")
    last = await answer_intake(impact, "ar")
    # The thank-you says words are welcome, and that they are not needed.
    assert thanks_text(ar) in (last.text or "") and words_welcome(ar) in (last.text or "")
    assert not last.buttons

    [kept] = await bot.send(bot.updates.message(WORDS, user_id=PARENT, language_code="nl"))
    assert kept.text == ar.gettext(
        "Thank you, I kept your words for the facilitators of {group}."
    ).format(group=ar.user_text("Moeders Noord"))
    [kept_voice] = await voice(impact, VOICE)
    assert kept_voice.text == ar.gettext(
        "Thank you, I kept your voice note for the facilitators of {group}."
    ).format(group=ar.user_text("Moeders Noord"))
    stored = await notes(impact)
    assert [n.kind for n in stored] == ["text", "voice"]
    assert all(WORDS not in n.content and VOICE not in n.content for n in stored)  # encrypted

    # Her facilitator (Turkish) reads them in /impact, the voice note forwarded.
    tr = impact.tr("tr")
    calls = await bot.send(bot.updates.command("impact", user_id=FACILITATOR))
    shown = "\n".join(c.shown_text or "" for c in calls if c.method == "sendMessage")
    assert tr.gettext("Words parents sent after the questions about how they are doing:") in shown
    assert WORDS in shown and "Amina" in shown
    [forwarded] = [c for c in calls if c.method == "sendVoice"]
    assert forwarded.params["voice"] == VOICE and "Amina" in (forwarded.shown_text or "")
    # The coordinator reads figures only: no words, no name, no voice.
    calls = await bot.send(bot.updates.command("impact", user_id=COORDINATOR))
    assert calls and all(c.method != "sendVoice" for c in calls)
    everything = "\n".join(c.shown_text or c.text or "" for c in calls)
    assert "slaap" not in everything and "Amina" not in everything

    # /mydata lists them among her answers.
    _, document = await bot.send(bot.updates.command("mydata", user_id=PARENT))
    data = json.loads(document.files["document"].data)
    field = lambda name: ar.pgettext("data file", name)  # noqa: E731
    [moment] = data[field("questions about how you are doing")]
    assert moment[field("your words")] == [
        {field("kind"): ar.pgettext("data file", "words"), field("text"): WORDS},
        {field("kind"): ar.pgettext("data file", "voice note"), field("text"): VOICE},
    ]

    # /forget deletes them; her numbers stay, nameless.
    await bot.send(bot.updates.command("forget", user_id=PARENT))
    await bot.send(bot.updates.callback("forget:yes", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    assert await notes(impact) == []
    async with bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ImpactAnswer)) == 6
    calls = await bot.send(bot.updates.command("impact", user_id=FACILITATOR))
    assert all(WORDS not in (c.shown_text or "") for c in calls)
    assert all(c.method != "sendVoice" for c in calls)


async def test_words_are_never_required_and_not_taken_hours_later(
    impact: Impact,  # noqa: F811
) -> None:
    bot = impact.world.bot
    await answer_intake(impact, "nl")
    # Nothing is asked again and nothing waits for her: she may simply not write.
    assert await impact.deliver_to(PARENT) == []
    impact.clock.advance(hours=2, minutes=1)  # words are welcome for two hours
    calls = await bot.send(bot.updates.message("hallo", user_id=PARENT, language_code="nl"))
    assert await notes(impact) == []
    nl = impact.tr("nl")
    stopped = nl.gettext(
        "I stopped waiting for this answer after a day. Please start again with {command}."
    )
    assert all(stopped.split("{")[0] not in (c.text or "") for c in calls)


async def test_old_words_are_erased_after_the_retention_period_and_numbers_stay(
    impact: Impact,  # noqa: F811
) -> None:
    bot = impact.world.bot
    await answer_intake(impact, "so")
    await bot.send(bot.updates.message(WORDS, user_id=PARENT, language_code="nl"))
    jobs = ImpactJobs(impact.services.impact, impact.services.impact_composer,
                      retention=timedelta(days=90))  # fmt: skip
    impact.clock.advance(days=89)
    assert await jobs.purge() == 0
    assert len(await notes(impact)) == 1
    impact.clock.advance(days=2)
    assert await jobs.purge() == 1
    assert await notes(impact) == []
    async with bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(ImpactAnswer)) == 6
