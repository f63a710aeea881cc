"""Moderation that protects, through the real PTB client and the fake Bot API.

A parent who discloses violence keeps her message and the facilitators hear of it; when
Kring is not sure a facilitator decides with one tap; albums and bursts are one thing;
sentences typed without a space are not links; joins that arrive only as `chat_member`
updates are welcomed once; deletions never wait behind welcomes; `/modlog` reads well in
Arabic. The world (a linked supergroup with two facilitators, a volunteer and five
parents) is the one of `test_chat_moderation`.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.render.moderation import reason_label
from handlers.chat_moderation import WELCOME_DELAY_KEY
from handlers.moderation.learned import default_insult_model
from handlers.moderation.reading import default_lexicons
from tests.clock import Clock
from tests.conftest import Database
from tests.fakes import ApiCall
from tests.handlers.test_chat_moderation import (
    AMINA,
    BART,
    CEREN,
    CHAT,
    FACILITATOR,
    FACILITATOR_TR,
    HODAN,
    LINK_PREFIX,
    LUCIA,
    NEWCOMER,
    PEOPLE,
    SECOND_NEWCOMER,
    START,
    VOLUNTEER,
    World,
    explained_reason,
    make_world,
    methods,
    moderation,
)
from tests.harness import bot_harness

STAFF = (FACILITATOR, FACILITATOR_TR)


@pytest.fixture
async def world(sqlite_db: Database) -> AsyncIterator[World]:
    clock = Clock(START)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        world = await make_world(bot, clock)  # it sets no delay; these tests want one
        bot.application.bot_data[WELCOME_DELAY_KEY] = 0.05
        yield world
        await _settle(bot.application)


async def _settle(application: Any) -> None:
    """Let background welcomes finish (or cancel them) before the harness shuts down."""
    tasks = [t for t in asyncio.all_tasks() if t.get_name().startswith("kring-welcome")]
    if tasks:
        _, pending = await asyncio.wait(tasks, timeout=2)
        for task in pending:
            task.cancel()


def private_to(calls: list[ApiCall], user_id: int) -> list[str]:
    return [c.shown_text or "" for c in calls if c.method == "sendMessage" and c.chat_id == user_id]


async def set_switch(world: World, key: str) -> None:
    """A facilitator flips one switch of /moderation."""
    await world.tap(FACILITATOR, f"ms:{world.group_id}:{key}")


# -- 1. a disclosure reaches a facilitator, never the bin ------------------------------------

DISCLOSURES = {
    AMINA: "راجلي كيقولي يا قحبة وكيضربني قدام الولاد، ما عرفتش شنو ندير",
    BART: "mijn man noemt me een hoer en gisteren sloeg hij me weer, de kinderen zagen het",
    CEREN: "kocam bana orospu diyor ve çocukların önünde bana vuruyor",
    HODAN: "ninkaygu wuxuu igu yiraahdaa dhillo wuuna i garaacaa carruurta hortooda",
    LUCIA: "mi marido me dice puta y anoche me pegó delante de los niños",
}


@pytest.mark.parametrize("parent", list(DISCLOSURES))
async def test_a_mother_who_discloses_violence_is_never_silenced(world: World, parent: int) -> None:
    said = await world.say(parent, DISCLOSURES[parent])
    assert "deleteMessage" not in methods(said.calls)
    assert "restrictChatMember" not in methods(said.calls)
    delivered = await world.deliver()
    [alert] = await world.audit("alert")
    assert alert.target_telegram_id == parent and alert.reason.startswith("safeguarding:")
    assert not await world.audit("delete") and not await world.audit("warn")
    for staff in STAFF:
        [text] = private_to(delivered, staff)
        tr = world.tr(PEOPLE[staff][1])
        assert tr.gettext("I did not remove it.").split()[-1] in text or "⚠️" in text
        assert PEOPLE[parent][0] in text
        opened = next(c for c in delivered if c.chat_id == staff)
        buttons = opened.params["reply_markup"]["inline_keyboard"]
        assert buttons[0][0]["url"] == f"{LINK_PREFIX}{said.id}"
    # She hears nothing about "hurtful words"; without the group's wish, nothing at all.
    assert private_to(delivered, parent) == []
    assert not any(explained_reason(world.tr(lang)) in (c.shown_text or "")
                   for c in delivered for lang in ("nl", "ar", "tr", "so", "es"))  # fmt: skip


async def test_the_group_can_send_her_a_warm_word_in_her_language(world: World) -> None:
    await set_switch(world, "support_note")
    await world.say(AMINA, DISCLOSURES[AMINA])
    delivered = await world.deliver()
    [note] = private_to(delivered, AMINA)
    tr = world.tr("ar")
    assert (
        tr.gettext(
            "Thank you for sharing this in {group}. You are not alone. A facilitator "
            "of your group has seen your message and can talk with you."
        ).split("{group}")[0]
        in note
    )
    assert "0800-2000" in note and "112" in note


async def test_a_burst_of_worrying_messages_is_never_deleted_as_flood(world: World) -> None:
    texts = ["ik kan niet meer", "ik wil er niet meer zijn", "ik wil dood",
             "niemand zou me missen", "ik wil slapen en nooit meer wakker worden",
             "hij slaat me", "ik ben bang voor hem", "help"]  # fmt: skip
    for text in texts:
        said = await world.say(BART, text)
        assert "deleteMessage" not in methods(said.calls) or text == "help"
    assert len(await world.audit("alert")) >= 6


# -- 2. when Kring is not sure, a facilitator decides ----------------------------------------


@pytest.mark.parametrize(
    ("parent", "text"),
    [
        (
            BART,
            "Zondag naar de kinderboerderij, de kinderen willen de varkens en ezels zien",
        ),
        (BART, "De kinderen hebben eikels en kastanjes verzameld in het park"),
        (BART, "Ik voel me zo dom vandaag, ik was de afspraak bij de juf helemaal vergeten"),
        (LUCIA, "Me siento tan estúpida hoy, olvidé la cita del médico"),
        (LUCIA, "Vimos una zorra en el parque con los niños, qué bonita"),
        (CEREN, "Bugün kendimi çok aptal hissettim, randevuyu unuttum"),
        (AMINA, "مشينا للحديقة ديال الحيوانات والولاد شافو الحمار والقرد"),
        (HODAN, "Carruurtu waxay jecel yihiin sheekada Dhegdheer iyo dameerka"),
    ],
)
async def test_literal_words_and_harsh_words_about_oneself_change_nothing(
    world: World, parent: int, text: str
) -> None:
    said = await world.say(parent, text)
    assert moderation(said.calls) == []
    assert await world.audit() == []
    assert await world.deliver() == []


async def test_three_such_messages_never_mute_a_mother(world: World) -> None:
    for text in ("ik ben echt een sukkel, weer vergeten", "wat een domme trut ben ik soms",
                 "ik voel me zo'n idioot vandaag"):  # fmt: skip
        said = await world.say(BART, text)
        assert moderation(said.calls) == []
    assert await world.audit("mute") == [] and await world.audit("delete") == []


async def test_a_quoted_insult_is_asked_about_not_deleted(world: World) -> None:
    said = await world.say(
        LUCIA, "mi hijo le dijo puta a su hermana ayer, qué hago? estoy en shock"
    )
    assert moderation(said.calls) == []
    [flag] = await world.audit("flag")
    assert flag.reason == "insult_quote"
    delivered = await world.deliver()
    for staff in STAFF:
        [question] = [c for c in delivered if c.chat_id == staff]
        data = [b["callback_data"] for row in question.params["reply_markup"]["inline_keyboard"]
                for b in row if "callback_data" in b]  # fmt: skip
        assert data == [f"mf:{flag.id}:del", f"mf:{flag.id}:warn", f"mf:{flag.id}:ok",
                        f"mf:{flag.id}:allow"]  # fmt: skip
        tr = world.tr(PEOPLE[staff][1])
        assert reason_label(tr, "insult_quote") in (question.shown_text or "")
    assert private_to(delivered, LUCIA) == []  # the parent is not told or warned


async def test_words_no_list_holds_but_the_insult_reader_knows_are_asked_about(
    world: World,
) -> None:
    """The learned insult reader only ever asks: the message stays, the facilitators get
    the question without "allow this word" (there is no listed word), in their language."""
    model = default_insult_model()
    assert model is not None
    text = "ga lekker terug naar je eigen land jij"
    # This very message: no list marks it, the trained insult reader does.
    reading = default_lexicons().read(text)
    assert not [h for h in reading.hits if h.label[:2] in ("u:", "a:")]
    assert model.worrying(reading.words)
    said = await world.say(BART, text)
    assert moderation(said.calls) == []
    [flag] = await world.audit("flag")
    assert (flag.reason, flag.message_id) == ("insult_learned", said.id)
    delivered = await world.deliver()
    for staff in STAFF:
        [question] = [c for c in delivered if c.chat_id == staff]
        data = [b["callback_data"] for row in question.params["reply_markup"]["inline_keyboard"]
                for b in row if "callback_data" in b]  # fmt: skip
        assert data == [f"mf:{flag.id}:del", f"mf:{flag.id}:warn", f"mf:{flag.id}:ok"]
        tr = world.tr(PEOPLE[staff][1])
        assert reason_label(tr, "insult_learned") in (question.shown_text or "")
    assert private_to(delivered, BART) == []
    assert await world.audit("delete") == []


async def test_a_facilitator_decides_with_one_tap_and_the_first_tap_counts(world: World) -> None:
    said = await world.say(CEREN, "sen tam bir eşeksin")
    [flag] = await world.audit("flag")
    assert flag.reason == "insult_ambiguous" and flag.message_id == said.id
    await world.deliver()
    removed = await world.tap(FACILITATOR, f"mf:{flag.id}:del")
    [delete] = [c for c in removed if c.method == "deleteMessage"]
    assert delete.params["message_id"] == said.id
    late = await world.tap(FACILITATOR_TR, f"mf:{flag.id}:warn")
    assert world.tr("tr").gettext("Another facilitator already decided.") in (
        next(c for c in late if c.method == "answerCallbackQuery").params.get("text", "")
    )
    assert await world.audit("warn") == []


async def test_volunteers_cannot_decide(world: World) -> None:
    await world.say(CEREN, "sen tam bir eşeksin")
    [flag] = await world.audit("flag")
    calls = await world.tap(VOLUNTEER, f"mf:{flag.id}:del")
    assert "deleteMessage" not in methods(calls)


async def test_allow_this_word_teaches_kring_the_group(world: World) -> None:
    await world.say(CEREN, "sen tam bir eşeksin")
    [flag] = await world.audit("flag")
    calls = await world.tap(FACILITATOR, f"mf:{flag.id}:allow")
    assert any(c.method == "answerCallbackQuery" for c in calls)
    config = await world.bot.services.moderation.config(world.group_id)
    assert flag.term and flag.term in config.allowed_words
    await world.say(CEREN, "sen tam bir eşeksin")
    assert len(await world.audit("flag")) == 1  # the same words again: nothing


# -- 3. insults, however they are written ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "jij bent een klootzakken",  # plural on a stem
        "jij vuile h*er",  # an asterisk for a letter
        "je bent een kl😡otzak",  # an emoji between letters
        "je bent een h**r",
        "eres una p#ta",
        "sen bir şerefsizsin",  # a Turkish suffix
        "orospu çocukları",
        "pendejos todos",
    ],
)
async def test_unambiguous_insults_aimed_at_someone_are_deleted(world: World, text: str) -> None:
    said = await world.say(BART, text)
    assert "deleteMessage" in methods(said.calls)
    [deleted] = await world.audit("delete")
    assert deleted.warned and deleted.reason in ("insult", "group_word")
    assert await world.audit("warn") == []  # one line, not two


# -- 4. albums and bursts ---------------------------------------------------------------------


def photo(world: World, user_id: int, album: str | None, caption: str = "") -> dict[str, Any]:
    update = world.message(user_id, "x")
    message = update["message"]
    del message["text"]
    message["photo"] = [{"file_id": f"AgAD{message['message_id']}",
                         "file_unique_id": f"u{message['message_id']}",
                         "width": 1280, "height": 960}]  # fmt: skip
    if album is not None:
        message["media_group_id"] = album
    if caption:
        message["caption"] = caption
    return update


async def test_an_album_of_photos_is_one_message(world: World) -> None:
    for _ in range(3):
        for i in range(10):  # three albums of ten photos within a few seconds
            calls = await world.bot.send(
                photo(world, AMINA, f"album-{_}", "العيد" if i == 0 else "")
            )
            assert moderation(calls) == []
        world.clock.advance(seconds=1)
    assert await world.audit() == []


async def test_a_burst_gets_one_note_and_one_warning(world: World) -> None:
    for i in range(12):
        await world.say(HODAN, f"hee {i}")
    deleted = await world.audit("delete")
    assert len(deleted) == 12 - 6
    assert [d.warned for d in deleted] == [True] + [False] * (len(deleted) - 1)
    delivered = await world.deliver()
    assert len(private_to(delivered, HODAN)) == 1
    assert await world.audit("mute") == []


# -- 5. links --------------------------------------------------------------------------------


async def test_sentences_without_a_space_are_not_links(world: World) -> None:
    await world.join(NEWCOMER)
    await world.bot.services.moderation.agree(world.group_id, NEWCOMER)
    for text in ("Dank je wel.Net op tijd", "Thanks.Me too", "mahadsanid.Waan imanayaa",
                 "ok.Tot morgen bij school.nl"):  # fmt: skip
        said = await world.say(NEWCOMER, text)
        assert "deleteMessage" not in methods(said.calls), text


async def test_links_are_read_from_telegrams_entities(world: World) -> None:
    await world.join(NEWCOMER)
    update = world.message(NEWCOMER, "kijk hier voor korting")
    update["message"]["entities"] = [
        {"type": "text_link", "offset": 0, "length": 4, "url": "https://spam.example.com"}
    ]
    calls = await world.bot.send(update)
    assert "deleteMessage" in methods(calls)
    update = world.message(NEWCOMER, "join @dealsgroep now")
    update["message"]["entities"] = [{"type": "mention", "offset": 5, "length": 11}]
    calls = await world.bot.send(update)
    assert "deleteMessage" in methods(calls)
    [*_, last] = await world.audit("delete")
    assert last.reason == "link_from_newcomer"


# -- 6. joins that come only as chat_member updates ------------------------------------------


async def test_a_chat_member_join_is_welcomed_once(world: World) -> None:
    name, lang = PEOPLE[SECOND_NEWCOMER]
    join = world.bot.updates.chat_member(
        SECOND_NEWCOMER, chat_id=CHAT, first_name=name, language_code=lang
    )
    calls = await world.bot.send(join)
    assert [c.params["user_id"] for c in calls if c.method == "restrictChatMember"] == [
        SECOND_NEWCOMER
    ]
    await world.join(SECOND_NEWCOMER)  # the service message arrives too: no second welcome
    await asyncio.sleep(0.3)
    sent = [c for c in world.api.calls if c.method == "sendMessage" and c.chat_id == CHAT]
    welcomes = [c for c in sent if name in (c.shown_text or "")]
    assert len(welcomes) == 1
    tr = world.tr("es")
    assert tr.gettext("I agree to the group rules") in str(welcomes[0].params["reply_markup"])
    state = await world.chat_member(SECOND_NEWCOMER)
    assert state is not None and state.welcomed_at is not None and state.agreed_at is None
    agreed = await world.tap(SECOND_NEWCOMER, f"mod:agree:{world.group_id}:0", in_chat=CHAT)
    assert "restrictChatMember" in methods(agreed)
    state = await world.chat_member(SECOND_NEWCOMER)
    assert state is not None and state.agreed_at is not None


async def test_a_member_who_is_not_new_cannot_use_the_shared_agree_button(world: World) -> None:
    calls = await world.tap(BART, f"mod:agree:{world.group_id}:0", in_chat=CHAT)
    assert "restrictChatMember" not in methods(calls)


# -- 7. moderation first ---------------------------------------------------------------------


def join_update(world: World, person: int) -> dict[str, Any]:
    """One person's join service message (without waiting for the welcome)."""
    update = world.message(person, "x")
    del update["message"]["text"]
    update["message"]["new_chat_members"] = [
        {"id": person, "is_bot": False, "first_name": PEOPLE[person][0], "language_code": "nl"}
    ]
    return update


async def test_twelve_joins_and_an_insult_the_insult_goes_within_a_second(
    sqlite_db: Database,
) -> None:
    clock = Clock(START)
    async with bot_harness(sqlite_db, clock=clock, rate_limit=True) as bot:
        world = await make_world(bot, clock)
        bot.application.bot_data[WELCOME_DELAY_KEY] = 0.2  # joins close together: one welcome
        for _ in range(20):  # the group's 20 messages a minute are used up
            await world.say(BART, "/rules")
        joiners = list(range(7_100_000_000, 7_100_000_012))
        for person in joiners:
            PEOPLE[person] = (f"Ouder {person % 100}", "nl")
        try:
            for person in joiners[:6]:
                await world.bot.send(join_update(world, person))
            started = time.monotonic()
            said = await world.say(LUCIA, "eres una puta de mierda")
            for person in joiners[6:]:
                await world.bot.send(join_update(world, person))
            [delete] = [c for c in world.api.calls if c.method == "deleteMessage"]
            assert delete.params["message_id"] == said.id
            assert delete.at - started < 1.0
            restricted = {c.params["user_id"] for c in world.api.calls
                          if c.method == "restrictChatMember"}  # fmt: skip
            assert set(joiners) <= restricted
        finally:
            for person in joiners:
                PEOPLE.pop(person, None)
            await _settle(bot.application)
        welcomes = [c for c in world.api.calls
                    if c.method == "sendMessage" and c.chat_id == CHAT
                    and "Ouder" in (c.shown_text or "")]  # fmt: skip
        assert len(welcomes) <= 2  # combined, never one per joiner


# -- 8. /modlog a facilitator can use --------------------------------------------------------


async def test_modlog_in_arabic_reads_as_words_one_line_per_event_with_pages(
    world: World,
) -> None:
    await world.bot.services.members.choose_locale(FACILITATOR, "ar")
    await world.say(BART, "jij bent een klootzak")  # deleted + warning: one line
    await world.say(CEREN, "sen tam bir eşeksin")  # flagged
    await world.say(AMINA, DISCLOSURES[AMINA])  # alert
    for i in range(9):
        await world.say(LUCIA, f"eres una puta {i}")
        world.clock.advance(minutes=1)
    calls = await world.private(FACILITATOR, "modlog")
    [log_message] = [c for c in calls if c.method == "sendMessage"]
    text = log_message.shown_text or ""
    tr = world.tr("ar")
    assert "word_list" not in text and "safeguarding:" not in text and "insult" not in text
    assert reason_label(tr, "insult") in text
    lines = text.splitlines()
    assert len([line for line in lines if "·" in line]) == 8  # one page
    assert "puta" in text  # a facilitator reads the excerpt
    keyboard = log_message.params["reply_markup"]["inline_keyboard"]
    older = [b for row in keyboard for b in row if b.get("callback_data", "").startswith("ml:")]
    assert older
    page2 = await world.tap(FACILITATOR, older[0]["callback_data"], on=log_message)
    [edited] = [c for c in page2 if c.method == "editMessageText"]
    assert reason_label(tr, "insult_ambiguous") in (edited.shown_text or "")
    assert reason_label(tr, "safeguarding:violence").split()[0] in (edited.shown_text or "")


async def test_volunteers_see_the_log_without_excerpts(world: World) -> None:
    await world.say(BART, "jij bent een klootzak")
    calls = await world.private(VOLUNTEER, "modlog")
    [log_message] = [c for c in calls if c.method == "sendMessage"]
    assert "klootzak" not in (log_message.shown_text or "")
    assert reason_label(world.tr("nl"), "insult") in (log_message.shown_text or "")


async def test_excerpts_are_erased_with_check_in_words(world: World) -> None:
    await world.say(BART, "jij bent een klootzak")
    [row] = await world.audit("delete")
    assert row.excerpt and "klootzak" not in row.excerpt  # stored encrypted
    world.clock.advance(days=400)
    assert await world.bot.services.moderation.purge_excerpts(world.jobs.retention) == 1
    [row] = await world.audit("delete")
    assert row.excerpt is None and row.reason == "insult"


async def test_forget_erases_what_moderation_kept_about_a_parent(world: World) -> None:
    await world.say(BART, "jij bent een klootzak")
    await world.say(BART, DISCLOSURES[BART])
    rows = await world.audit()
    assert all(r.excerpt for r in rows) and {r.target_name for r in rows} == {"Bart"}
    [question] = await world.private(BART, "forget")
    yes = question.callback_data[0]
    assert yes.endswith("yes")  # /forget asks once more before erasing
    await world.tap(BART, yes)
    rows = await world.audit()
    assert rows and all(r.excerpt is None and r.target_name is None for r in rows)


async def test_modlog_buttons_fit_a_phone_and_dates_read_as_somali_says_them(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    from tests.handlers import test_chat_moderation

    monkeypatch.setitem(test_chat_moderation.PEOPLE, BART, ("Bartholomeus van der Zandvoort", "nl"))
    await world.say(BART, "jij bent een klootzak")  # deleted + a warning that can be undone
    for locale in ("nl", "so"):
        await world.bot.services.members.choose_locale(FACILITATOR, locale)
        calls = await world.private(FACILITATOR, "modlog")
        [log_message] = [c for c in calls if c.method == "sendMessage"]
        keyboard = log_message.params["reply_markup"]["inline_keyboard"]
        labels = [b["text"] for row in keyboard for b in row]
        undo = [label for label in labels if "Bar" in label]
        assert undo and all(label.endswith("…") for label in undo), labels
        assert all(len(label) <= 24 for label in labels), labels
    # Somali puts the month before the day ("Dis 6 10:05"), not the Dutch "6 dec 10:05".
    assert re.search(r"\b[A-Z][a-z]{2} \d{1,2} \d{2}:\d{2}", log_message.shown_text or "")
