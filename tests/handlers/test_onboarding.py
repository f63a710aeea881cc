"""/start, /help and /language through the real PTB client, in all five languages."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import text

from bot.config import SUPPORTED_LOCALES
from bot.i18n import FSI, PDI
from tests.conftest import Database
from tests.harness import BotHarness, bot_harness

PARENT = 8_000_000_001  # above 2**32, like real ids

WELCOME = {
    "nl": "Ik ben Kring",
    "ar": "أنا كرينغ",
    "tr": "Ben Kring",
    "so": "Waxaan ahay Kring",
    "es": "Soy Kring",
}
HELP_HEADER = {
    "nl": "Dit kun je doen.",
    "ar": "هذا ما يمكنك فعله.",
    "tr": "Yapabilecekleriniz bunlar.",
    "so": "Waa kuwan waxyaabaha aad samayn karto.",
    "es": "Esto es lo que puedes hacer.",
}
CONFIRMATION = {
    "nl": "Klaar! Vanaf nu schrijf ik je in het Nederlands.",
    "ar": "تم! من الآن سأكتب لك بالعربية.",
    "tr": "Tamam! Bundan sonra size Türkçe yazacağım.",
    "so": "Hagaag! Hadda kadib waxaan kuu qori doonaa af Soomaali.",
    "es": "¡Listo! A partir de ahora te escribo en español.",
}
UNKNOWN = {
    "nl": "Dat commando ken ik niet.",
    "ar": "لا أعرف هذا الأمر.",
    "tr": "Bu komutu bilmiyorum.",
    "so": "Amarkaas ma aqaan.",
    "es": "No conozco ese comando.",
}


@pytest.fixture
async def bot(sqlite_db: Database) -> AsyncIterator[BotHarness]:
    async with bot_harness(sqlite_db) as harness:
        yield harness


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_start_greets_in_the_telegram_language(bot: BotHarness, lang: str) -> None:
    [reply] = await bot.send(
        bot.updates.command("start", user_id=PARENT, first_name="Amina", language_code=lang)
    )
    assert reply.method == "sendMessage" and reply.chat_id == PARENT
    assert WELCOME[lang] in reply.text
    assert f"{FSI}Amina{PDI}" in reply.text
    buttons = [b["text"] for row in reply.params["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["Nederlands", "العربية", "Türkçe", "Soomaali", "Español"]
    # Nothing is stored about someone who only said hello.
    assert await bot.services.members.find(PARENT) is None


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_help_lists_commands_in_each_language(bot: BotHarness, lang: str) -> None:
    [reply] = await bot.send(bot.updates.command("help", user_id=PARENT, language_code=lang))
    assert reply.text.startswith(HELP_HEADER[lang])
    for command in ("/start", "/help", "/language"):
        assert command in reply.text


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_choosing_a_language_is_stored_and_used(bot: BotHarness, lang: str) -> None:
    """A Dutch-speaking phone, a parent who picks another language: the choice wins."""
    [picker] = await bot.send(bot.updates.command("language", user_id=PARENT, language_code="nl"))
    assert picker.text.startswith("In welke taal")
    message_id = bot.api.sent_messages(PARENT)[-1].result["message_id"]
    calls = await bot.send(
        bot.updates.callback(
            f"lang:{lang}", user_id=PARENT, message_id=message_id, chat_id=PARENT,
            language_code="nl",
        )
    )  # fmt: skip
    methods = [c.method for c in calls]
    assert methods == ["answerCallbackQuery", "editMessageText"]
    assert calls[1].text.startswith(CONFIRMATION[lang])
    member = await bot.services.members.find(PARENT)
    assert member is not None and member.locale == lang
    # From now on, even with a Dutch phone, the bot answers in the chosen language.
    [reply] = await bot.send(bot.updates.command("nonsense", user_id=PARENT, language_code="nl"))
    assert reply.text.startswith(UNKNOWN[lang])


async def test_unsupported_telegram_language_falls_back_to_the_default(bot: BotHarness) -> None:
    [reply] = await bot.send(bot.updates.command("help", user_id=PARENT, language_code="en"))
    assert reply.text.startswith(HELP_HEADER["nl"])


async def test_a_forged_language_button_changes_nothing(bot: BotHarness) -> None:
    calls = await bot.send(
        bot.updates.callback("lang:xx", user_id=PARENT, message_id=1, chat_id=PARENT)
    )
    assert [c.method for c in calls] == ["answerCallbackQuery"]
    assert "/language" in calls[0].params["text"]
    assert await bot.services.members.find(PARENT) is None


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_unknown_command_gets_a_hint(bot: BotHarness, lang: str) -> None:
    [reply] = await bot.send(bot.updates.command("mute", user_id=PARENT, language_code=lang))
    assert reply.text.startswith(UNKNOWN[lang]) and "/help" in reply.text


@pytest.mark.parametrize(
    "name",
    ["<b>Fatima</b>", "Tom & Jerry", "\u202eevil\u202c Ali", "🌸🌸🌸", "<script>x</script>&amp;"],
)
async def test_strange_names_are_greeted_safely(bot: BotHarness, name: str) -> None:
    """HTML in a name is shown as text; bidi overrides cannot escape the isolate."""
    [reply] = await bot.send(
        bot.updates.command("start", user_id=PARENT, first_name=name, language_code="ar")
    )
    assert reply.params["parse_mode"] == "HTML"
    assert "<b>Fatima" not in reply.text and "<script>" not in reply.text
    assert "\u202e" not in reply.text
    # What the parent sees once Telegram has parsed the HTML.
    assert reply.ok and reply.shown_text is not None
    shown = reply.shown_text.split(FSI, 1)[1].split(PDI, 1)[0]
    assert shown == name.replace("\u202e", "").replace("\u202c", "")


async def test_text_of_4096_characters_gets_a_short_answer(bot: BotHarness) -> None:
    [reply] = await bot.send(bot.updates.message("ا" * 4096, user_id=PARENT, language_code="ar"))
    assert reply.text.startswith("شكرًا على رسالتك.")


async def test_a_parent_who_blocks_and_unblocks(bot: BotHarness) -> None:
    await bot.services.members.choose_locale(PARENT, "so")
    assert await bot.send(bot.updates.my_chat_member(PARENT, "member", "kicked")) == []
    member = await bot.services.members.find(PARENT)
    assert member is not None and member.reachable is False
    await bot.send(bot.updates.my_chat_member(PARENT, "kicked", "member"))
    member = await bot.services.members.find(PARENT)
    assert member is not None and member.reachable is True


async def test_a_handler_error_is_answered_kindly(bot: BotHarness) -> None:
    """If storage fails mid-update, the parent hears "try again", in their language."""
    async with bot.db.engine.begin() as conn:
        await conn.execute(text("DROP TABLE members"))
    calls = await bot.send(bot.updates.command("help", user_id=PARENT, language_code="tr"))
    assert [c.method for c in calls] == ["sendMessage"]
    assert calls[0].text == "Üzgünüm, bir sorun oldu. Lütfen biraz sonra tekrar deneyin."


async def test_a_reply_that_meets_429_is_retried(sqlite_db: Database) -> None:
    """Telegram says "too many requests": the reply waits retry_after and still arrives."""
    async with bot_harness(sqlite_db, rate_limit=True) as bot:
        bot.api.fail_next("sendMessage", 429, retry_after=1)
        calls = await bot.send(bot.updates.command("help", user_id=PARENT, language_code="es"))
        assert [c.status for c in calls] == [429, 200]
        assert calls[1].text.startswith(HELP_HEADER["es"])


async def test_a_parent_who_blocked_the_bot_before_the_reply(bot: BotHarness) -> None:
    """The reply meets 403: the member is marked unreachable, no apology is attempted."""
    await bot.services.members.choose_locale(PARENT, "nl")
    bot.api.block_chat(PARENT)
    calls = await bot.send(bot.updates.command("help", user_id=PARENT))
    assert [c.status for c in calls] == [403]
    member = await bot.services.members.find(PARENT)
    assert member is not None and member.reachable is False
