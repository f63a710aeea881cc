"""An organisation's own impact questions (issue 16), through the real client.

A coordinator opens /impactquestions, picks the first question and words it her own way
in Dutch and in Arabic, keeping the library's in the other languages; the next intake
asks Dutch and Arabic parents her wording and a Turkish parent the library's; the other
five questions stay the library's. "Kring's question" puts the library's back for one
language. A facilitator may not change them, not even with a made-up button.
"""

from __future__ import annotations

from sqlalchemy import select

from bot.render.impact import question_text
from storage.impact import REMIND_AFTER
from storage.impact_stats import SOURCES
from storage.models import Group, ImpactQuestion
from tests.fakes import ApiCall
from tests.handlers.test_impact import BART, Impact, impact  # noqa: F401  (the fixture)
from tests.handlers.test_journey import COORDINATOR, FACILITATOR, PARENT, join

DUTCH = "Hoe sterk voel jij je als moeder of vader?"
ARABIC = "هل تشعر بالقوة كأم أو كأب؟"
CEREN = 5_000_000_030


async def organisation_of(impact: Impact) -> int:  # noqa: F811
    async with impact.world.bot.db.sessions() as session:
        found = await session.scalar(
            select(Group.organisation_id).where(Group.id == impact.world.group_a)
        )
    assert found is not None
    return found


async def say(impact: Impact, user: int, text: str) -> list[ApiCall]:  # noqa: F811
    bot = impact.world.bot
    return await bot.send(bot.updates.message(text, user_id=user, language_code="nl"))


async def tap(impact: Impact, user: int, data: str) -> list[ApiCall]:  # noqa: F811
    bot = impact.world.bot
    return await bot.send(bot.updates.callback(data, user_id=user, chat_id=user, message_id=1))


async def stored(impact: Impact) -> dict[tuple[str, str], str]:  # noqa: F811
    async with impact.world.bot.db.sessions() as session:
        rows = await session.execute(
            select(ImpactQuestion.source, ImpactQuestion.locale, ImpactQuestion.text)
        )
        return {(s, lc): t for s, lc, t in rows.all()}


async def test_a_coordinator_words_a_question_in_dutch_and_arabic_and_parents_get_it(
    impact: Impact,  # noqa: F811
) -> None:
    bot, nl = impact.world.bot, impact.tr("nl")
    organisation = await organisation_of(impact)
    [panel] = await bot.send(bot.updates.command("impactquestions", user_id=COORDINATOR))
    shown = panel.shown_text or ""
    assert nl.gettext("The impact questions of {organisation}").split("{")[0] in shown
    assert all(question_text(nl, s) in shown for s in SOURCES)
    assert [b["callback_data"] for b in panel.buttons] == [
        f"iq:{organisation}:{i}" for i in range(6)
    ]

    # Question 1: Dutch typed, Arabic typed, the other three kept.
    [ask] = [c for c in await tap(impact, COORDINATOR, f"iq:{organisation}:0")
             if c.method == "sendMessage"]  # fmt: skip
    assert "Nederlands" in (ask.shown_text or "")
    assert question_text(nl, "identity") in (ask.shown_text or "")
    [ask] = await say(impact, COORDINATOR, DUTCH)
    assert "العربية" in (ask.shown_text or "")
    [ask] = await say(impact, COORDINATOR, ARABIC)
    assert "Türkçe" in (ask.shown_text or "")
    assert [b["text"] for b in ask.buttons] == [nl.gettext("Keep it")]
    for language in ("tr", "so", "es"):
        calls = await tap(impact, COORDINATOR, f"iqs:{organisation}:0:{language}:k")
    [done] = [c for c in calls if c.method == "sendMessage"]
    summary = done.shown_text or ""
    assert f"Nederlands: {nl.user_text(DUTCH)}" in summary
    assert f"العربية: {nl.user_text(ARABIC)}" in summary
    assert f"Türkçe: {question_text(impact.tr('tr'), 'identity')}" in summary
    assert await stored(impact) == {("identity", "nl"): DUTCH, ("identity", "ar"): ARABIC}

    # The next intake: her wording in Dutch and Arabic, the library's in Turkish.
    await join(impact.world, "ar", name="Amina")
    await join(impact.world, "nl", user_id=BART, name="Bart")
    await join(impact.world, "tr", user_id=CEREN, name="Ceren")
    await impact.sweep()
    impact.clock.set(await impact.intake_due(PARENT))
    await impact.sweep()
    delivered = await bot.deliver(until_idle=False)
    first = {c.chat_id: c for c in delivered if c.chat_id in (PARENT, BART, CEREN)}
    assert ARABIC in (first[PARENT].shown_text or "")
    assert question_text(impact.tr("ar"), "identity") not in (first[PARENT].shown_text or "")
    assert DUTCH in (first[BART].shown_text or "")
    assert question_text(impact.tr("tr"), "identity") in (first[CEREN].shown_text or "")
    # The second question is still the library's, also in Arabic.
    moment = int(first[PARENT].buttons[0]["callback_data"].split(":")[1])
    edited = await impact.tap(PARENT, f"ia:{moment}:0:4", first[PARENT])
    assert question_text(impact.tr("ar"), "talents") in (edited.shown_text or "")

    # Bart tapped nothing: his one reminder asks her wording too.
    impact.clock.set(impact.clock.now + REMIND_AFTER)
    assert (await impact.services.impact.ask_due(impact.services.impact_composer)).reminded == 2
    [reminder] = await impact.deliver_to(BART)
    assert DUTCH in (reminder.shown_text or "")

    # "Kring's question" puts the library's back for Dutch; Arabic stays hers.
    await tap(impact, COORDINATOR, f"iq:{organisation}:0")
    calls = await tap(impact, COORDINATOR, f"iqs:{organisation}:0:nl:l")
    for language in ("ar", "tr", "so", "es"):
        calls = await tap(impact, COORDINATOR, f"iqs:{organisation}:0:{language}:k")
    assert await stored(impact) == {("identity", "ar"): ARABIC}
    [done] = [c for c in calls if c.method == "sendMessage"]
    assert f"Nederlands: {question_text(nl, 'identity')}" in (done.shown_text or "")


async def test_a_facilitator_may_not_change_the_questions(impact: Impact) -> None:  # noqa: F811
    bot, tr = impact.world.bot, impact.tr("tr")
    organisation = await organisation_of(impact)
    [refused] = await bot.send(bot.updates.command("impactquestions", user_id=FACILITATOR))
    assert refused.text == tr.gettext(
        "Only coordinators can change the impact questions of their organisation."
    )
    calls = await tap(impact, FACILITATOR, f"iq:{organisation}:0")
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    await say(impact, FACILITATOR, "Mijn eigen vraag")
    assert await stored(impact) == {}
    # A coordinator's stale button does nothing either once the dialog is gone.
    calls = await tap(impact, COORDINATOR, f"iqs:{organisation}:0:tr:l")
    assert [c.method for c in calls] == ["answerCallbackQuery"]
