"""Self-tests of the fake Bot API: a real PTB client must see it behave like Telegram."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import re
import threading
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
import pytest_asyncio
from telegram import (
    Bot,
    ChatMemberBanned,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    Message,
    Update,
)
from telegram.error import (
    BadRequest,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
)
from telegram.ext import Application, CommandHandler, ContextTypes

from tests.fakes import (
    DEFAULT_TOKEN,
    BotApiSpec,
    FakeBotAPI,
    FakeBotAPIServer,
    FakeRequest,
    UpdateFactory,
    make_bot,
    parse_html,
    parse_text,
)
from tests.fakes.formatting import EntityParseError, parse_markdown_v2
from tests.fakes.server import parse_multipart

KEYBOARD = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("Yes", callback_data="yes"),
            InlineKeyboardButton("No", callback_data="no"),
        ]
    ]
)


def ci(text: str) -> str:
    """A ``match=`` pattern for a Telegram description as PTB reports it.

    PTB strips "Bad Request: " and then ``str.capitalize()``s the rest, which lower-cases it.
    """
    return "(?i)" + re.escape(text)


def _seconds(value: int | dtm.timedelta) -> float:
    """RetryAfter.retry_after is an int or a timedelta depending on PTB settings."""
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


@pytest.fixture
def api() -> FakeBotAPI:
    return FakeBotAPI()


@pytest_asyncio.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with make_bot(api) as the_bot:
        api.clear()  # forget initialize()'s getMe
        yield the_bot


@pytest.fixture
def server(api: FakeBotAPI) -> Iterator[FakeBotAPIServer]:
    with FakeBotAPIServer(api) as running:
        yield running
    assert running.errors == []


@pytest_asyncio.fixture
async def http_bot(server: FakeBotAPIServer) -> AsyncIterator[Bot]:
    async with Bot(
        DEFAULT_TOKEN, base_url=server.base_url, base_file_url=server.base_file_url
    ) as b:
        yield b


# ---------------------------------------------------------------------------------------------
# Spec
# ---------------------------------------------------------------------------------------------


def test_spec_is_the_vendored_copy_and_env_overrides_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    spec = BotApiSpec()
    assert spec.path.name == "api.min.json"
    assert spec.canonical_method("SENDMESSAGE") == "sendMessage"
    assert spec.fields("sendMessage")["chat_id"].required
    assert spec.canonical_method("noSuchMethod") is None

    tiny = tmp_path / "tiny.json"
    tiny.write_text(json.dumps({"methods": {"getMe": {"name": "getMe"}}, "types": {}}))
    monkeypatch.setenv("KRING_BOTAPI_SPEC", str(tiny))
    assert list(BotApiSpec().methods) == ["getMe"]


# ---------------------------------------------------------------------------------------------
# In-process transport
# ---------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_send_message_with_keyboard_returns_a_real_message(api: FakeBotAPI, bot: Bot) -> None:
    assert bot.username == "kring_test_bot"
    assert bot.id == 123456789

    first = await bot.send_message(42, "<b>Hello</b> &amp; welcome", "HTML", reply_markup=KEYBOARD)
    second = await bot.send_message(42, "again")

    assert isinstance(first, Message)
    assert first.text == "Hello & welcome"
    assert first.entities[0].type == "bold" and first.entities[0].length == 5
    assert first.chat.type == "private" and first.from_user is not None
    assert first.from_user.is_bot
    assert first.reply_markup == KEYBOARD
    assert second.message_id == first.message_id + 1

    call = api.calls_to("sendMessage", chat_id=42)[0]
    assert call.params["chat_id"] == 42
    assert call.text == "<b>Hello</b> &amp; welcome"
    assert call.shown_text == "Hello & welcome"
    assert call.callback_data == ["yes", "no"]
    assert [c.method for c in api.sent_messages(42)] == ["sendMessage", "sendMessage"]
    assert api.sent_texts() == ["Hello & welcome", "again"]


@pytest.mark.asyncio
async def test_group_chat_and_edit_flow(api: FakeBotAPI, bot: Bot) -> None:
    sent = await bot.send_message(-1001234, "pick one", reply_markup=KEYBOARD)
    assert sent.chat.type == "supergroup"

    edited = await bot.edit_message_text("picked", chat_id=-1001234, message_id=sent.message_id)
    assert isinstance(edited, Message) and edited.text == "picked"
    assert edited.reply_markup is None  # an edit without reply_markup drops the keyboard
    assert api.message(-1001234, sent.message_id)["text"] == "picked"  # type: ignore[index]

    with pytest.raises(BadRequest, match=ci("message is not modified")):
        await bot.edit_message_text("picked", chat_id=-1001234, message_id=sent.message_id)

    await bot.edit_message_reply_markup(-1001234, sent.message_id, reply_markup=KEYBOARD)
    await bot.answer_callback_query("123", text="Saved")
    await bot.send_chat_action(-1001234, "typing")
    assert await bot.delete_message(-1001234, sent.message_id)


@pytest.mark.asyncio
async def test_strict_ids_refuses_unknown_messages(bot: Bot, api: FakeBotAPI) -> None:
    await bot.edit_message_text("made up", chat_id=5, message_id=77)  # lenient default
    api.strict_ids = True
    with pytest.raises(BadRequest, match=ci("message to edit not found")):
        await bot.edit_message_text("made up", chat_id=5, message_id=78)


@pytest.mark.asyncio
async def test_unknown_method_is_404(bot: Bot) -> None:
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("sendTelepathy", api_kwargs={"chat_id": 1})


@pytest.mark.asyncio
async def test_method_names_are_case_insensitive(bot: Bot, api: FakeBotAPI) -> None:
    await bot.do_api_request("SENDMESSAGE", api_kwargs={"chat_id": 1, "text": "x"})
    assert api.calls[-1].method == "sendMessage"


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"chat_id": 1, "text": "x", "bogus": 1}, 'unknown parameter "bogus"'),
        ({"text": "x"}, "chat_id is required"),
        ({"chat_id": 1}, "message text is empty"),
        ({"chat_id": 1, "text": ""}, "message text is empty"),
        ({"chat_id": 1, "text": "  \n "}, "message text is empty"),
        ({"chat_id": 1, "text": "<b> </b>", "parse_mode": "HTML"}, "message text is empty"),
        ({"chat_id": 1, "text": "a" * 4097}, "message is too long"),
        ({"chat_id": 1, "text": "x", "parse_mode": "XML"}, "unsupported parse_mode"),
        ({"chat_id": 0, "text": "x"}, "chat not found"),
        ({"chat_id": 1, "text": "x", "reply_markup": "{not json"}, "can't parse reply keyboard"),
    ],
)
@pytest.mark.asyncio
async def test_send_message_validation(
    bot: Bot, api: FakeBotAPI, kwargs: dict[str, Any], expected: str
) -> None:
    with pytest.raises(BadRequest, match=ci(expected)):
        await bot.do_api_request("sendMessage", api_kwargs=kwargs)
    assert api.calls == []
    assert api.rejected[-1].description is not None
    assert expected in api.rejected[-1].description


@pytest.mark.asyncio
async def test_length_counts_text_after_entity_parsing(bot: Bot) -> None:
    await bot.send_message(1, "a" * 4096)
    await bot.send_message(1, "<b>" + "a" * 4096 + "</b>", parse_mode="HTML")
    await bot.send_message(1, "&lt;" * 4096, parse_mode="HTML")
    with pytest.raises(BadRequest, match=ci("message is too long")):
        await bot.send_message(1, "&lt;" * 4097, parse_mode="HTML")
    with pytest.raises(BadRequest, match=ci("message is too long")):
        await bot.edit_message_text("b" * 4097, chat_id=1, message_id=1)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<b>open", 'Can\'t find end tag corresponding to start tag "b"'),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ("<div>x</div>", 'Unsupported start tag "div" at byte offset 0'),
        ("<b>x</i>", 'expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("<span>x</span>", 'must have class "tg-spoiler"'),
        ("<b>x", "Can't find end tag"),
        ("Tom & Jerry", 'Bare "&"'),
        ("&nbsp;", 'Bare "&"'),
        ('<a href="https://x.org/?a=1&b=2">x</a>', 'Bare "&"'),
        ("<i>é</i><u", "Unclosed start tag at byte offset 9"),  # é is 2 bytes
        ('<tg-emoji emoji-id="abc">👍</tg-emoji>', "Invalid custom emoji identifier"),
    ],
)
@pytest.mark.asyncio
async def test_malformed_html_is_refused(bot: Bot, html: str, expected: str) -> None:
    with pytest.raises(BadRequest, match=ci("can't parse entities")) as caught:
        await bot.send_message(1, html, parse_mode="HTML")
    assert expected.lower() in caught.value.message.lower()


@pytest.mark.asyncio
async def test_all_telegram_html_tags_are_accepted(bot: Bot) -> None:
    html = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>"
        '<strike>k</strike><del>d</del><span class="tg-spoiler">p</span>'
        "<tg-spoiler>t</tg-spoiler><a href='https://kring.example/?a=1&amp;b=2'>l</a>"
        '<code>c</code><pre><code class="language-python">x = 1</code></pre>'
        "<blockquote>q</blockquote><blockquote expandable>x</blockquote>"
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji> &quot;&#39;&#x1F600;'
        "<B>upper-case tags</B>"
    )
    message = await bot.send_message(1, html, parse_mode="HTML")
    kinds = {entity.type for entity in message.entities}
    assert {"bold", "italic", "underline", "strikethrough", "spoiler", "text_link"} <= kinds
    assert {"code", "pre", "blockquote", "expandable_blockquote", "custom_emoji"} <= kinds
    pre = next(e for e in message.entities if e.type == "pre")
    assert pre.language == "python"
    assert message.text is not None and message.text.endswith("\"'😀upper-case tags")


def test_html_entity_offsets_are_utf16() -> None:
    parsed = parse_html("😀 <b>bold</b>")
    assert parsed.text == "😀 bold"
    assert parsed.entities == [{"type": "bold", "offset": 3, "length": 4}]
    lenient = parse_html("Tom & Jerry", strict_ampersand=False)
    assert lenient.text == "Tom & Jerry"
    trimmed = parse_text("  <i> x </i>  ", "HTML")
    assert trimmed.text == "x"
    assert trimmed.entities == [{"type": "italic", "offset": 0, "length": 1}]


def test_markdown_v2_rules() -> None:
    parsed = parse_markdown_v2("*bold* _it_ __u__ ~s~ ||sp|| `c` [l](https://k.example) 1\\.5")
    assert parsed.text == "bold it u s sp c l 1.5"
    assert [e["type"] for e in parsed.entities] == [
        "bold",
        "italic",
        "underline",
        "strikethrough",
        "spoiler",
        "code",
        "text_link",
    ]
    with pytest.raises(EntityParseError, match=r"Character '\.' is reserved"):
        parse_markdown_v2("Version 1.5")
    with pytest.raises(EntityParseError, match="Can't find end of Bold entity"):
        parse_markdown_v2("*bold")
    quoted = parse_markdown_v2(">quote\n>more\nafter")
    assert quoted.entities == [{"type": "blockquote", "offset": 0, "length": 10}]


@pytest.mark.asyncio
async def test_caption_limit(bot: Bot, api: FakeBotAPI) -> None:
    photo = InputFile(b"\x89PNG fake", filename="p.png")
    await bot.send_photo(1, photo, caption="c" * 1024)
    with pytest.raises(BadRequest, match=ci("message caption is too long")):
        await bot.send_photo(1, photo, caption="c" * 1025)
    with pytest.raises(BadRequest, match=ci("can't parse entities")):
        await bot.send_document(1, b"x", caption="<b>x", parse_mode="HTML")
    call = api.calls_to("sendPhoto")[0]
    assert call.params["photo"] == {"filename": "p.png", "size": 9}
    assert call.files["photo"].data == b"\x89PNG fake"


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        (InlineKeyboardButton("x", callback_data="d" * 65), "BUTTON_DATA_INVALID"),
        (InlineKeyboardButton("x", callback_data="é" * 33), "BUTTON_DATA_INVALID"),
        (InlineKeyboardButton("", callback_data="ok"), "button text must be non-empty"),
        (InlineKeyboardButton("x", callback_data=""), "Text buttons are not allowed"),
        (InlineKeyboardButton("x", url="not a url"), "BUTTON_URL_INVALID"),
    ],
)
@pytest.mark.asyncio
async def test_inline_keyboard_validation(
    bot: Bot, button: InlineKeyboardButton, expected: str
) -> None:
    with pytest.raises(BadRequest, match=ci(expected)):
        await bot.send_message(1, "x", reply_markup=InlineKeyboardMarkup([[button]]))


@pytest.mark.asyncio
async def test_callback_data_limit_is_64_utf8_bytes(bot: Bot) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="é" * 32)]])
    await bot.send_message(1, "x", reply_markup=markup)


@pytest.mark.asyncio
async def test_answer_callback_query_text_limit(bot: Bot) -> None:
    await bot.answer_callback_query("1", text="t" * 200)
    with pytest.raises(BadRequest, match=ci("MESSAGE_TOO_LONG")):
        await bot.answer_callback_query("1", text="t" * 201)


@pytest.mark.asyncio
async def test_set_my_commands_validation_and_state(bot: Bot, api: FakeBotAPI) -> None:
    await bot.set_my_commands([("start", "Begin")], language_code="nl")
    assert api.commands(language_code="nl") == [{"command": "start", "description": "Begin"}]
    assert [c.command for c in await bot.get_my_commands(language_code="nl")] == ["start"]
    with pytest.raises(BadRequest, match=ci("BOT_COMMAND_INVALID")):
        await bot.set_my_commands([("Start!", "Begin")])
    await bot.delete_my_commands(language_code="nl")
    assert api.commands(language_code="nl") == []


# ---------------------------------------------------------------------------------------------
# Faults
# ---------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_blocked_chat_is_forbidden(bot: Bot, api: FakeBotAPI) -> None:
    api.block_chat(7)
    with pytest.raises(Forbidden, match=ci("bot was blocked by the user")):
        await bot.send_message(7, "hi")
    await bot.send_message(8, "others still work")
    api.unblock_chat(7)
    await bot.send_message(7, "hi again")
    assert [c.status for c in api.all_calls] == [403, 200, 200]


@pytest.mark.asyncio
async def test_scripted_429_raises_retry_after(bot: Bot, api: FakeBotAPI) -> None:
    api.fail_next("sendMessage", 429, retry_after=7)
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(1, "x")
    assert _seconds(caught.value.retry_after) == 7
    assert api.count_429 == 1
    await bot.send_message(1, "x")  # the failure was used up


@pytest.mark.asyncio
async def test_scripted_failures_count_and_any_method(bot: Bot, api: FakeBotAPI) -> None:
    api.fail_next(None, 400, "Bad Request: chat not found", count=2)
    for _ in range(2):
        with pytest.raises(BadRequest, match=ci("chat not found")):
            await bot.send_chat_action(1, "typing")
    await bot.send_chat_action(1, "typing")


@pytest.mark.asyncio
async def test_server_error_is_a_network_error(bot: Bot, api: FakeBotAPI) -> None:
    api.server_error_next(2)
    for _ in range(2):
        with pytest.raises(NetworkError) as caught:
            await bot.send_message(1, "x")
        assert type(caught.value) is NetworkError  # not the BadRequest subclass
        assert "Bad Gateway" in caught.value.message
    await bot.send_message(1, "x")


@pytest.mark.asyncio
async def test_rate_limit_answers_429_above_the_rate(bot: Bot, api: FakeBotAPI) -> None:
    api.rate_limit(5)
    outcomes: list[str] = []
    for i in range(8):
        try:
            await bot.send_message(i + 1, "x")
            outcomes.append("ok")
        except RetryAfter as exc:
            assert _seconds(exc.retry_after) >= 1
            outcomes.append("429")
    assert outcomes == ["ok"] * 5 + ["429"] * 3
    assert api.count_429 == 3
    await bot.send_chat_action(1, "typing")  # not a message: not limited
    await asyncio.sleep(1.05)
    await bot.send_message(1, "the window slid on")
    api.rate_limit(None)


@pytest.mark.asyncio
async def test_delay_is_applied(bot: Bot, api: FakeBotAPI) -> None:
    api.delay_s = 0.05
    started = time.monotonic()
    await bot.send_message(1, "slow")
    assert time.monotonic() - started >= 0.05


# ---------------------------------------------------------------------------------------------
# Updates
# ---------------------------------------------------------------------------------------------


def test_update_factory_produces_updates_ptb_understands() -> None:
    factory = UpdateFactory()
    bot = Bot(DEFAULT_TOKEN)

    start = Update.de_json(factory.command("start", "ref42", language_code="nl"), bot)
    assert start.message is not None and start.message.text == "/start ref42"
    assert start.message.entities[0].type == "bot_command"
    assert start.message.entities[0].length == len("/start")
    assert start.effective_user is not None and start.effective_user.language_code == "nl"

    mention = factory.command("help@kring_test_bot")
    assert mention["message"]["entities"][0]["length"] == len("/help@kring_test_bot")

    pressed = Update.de_json(factory.callback("vote:1", user_id=5, message_id=9), bot)
    assert pressed.callback_query is not None and pressed.callback_query.data == "vote:1"
    assert pressed.callback_query.message is not None
    assert pressed.callback_query.message.message_id == 9

    blocked = Update.de_json(factory.blocked(5), bot)
    assert blocked.my_chat_member is not None
    assert isinstance(blocked.my_chat_member.new_chat_member, ChatMemberBanned)
    unblocked = Update.de_json(factory.unblocked(5), bot)
    assert unblocked.my_chat_member is not None
    assert unblocked.my_chat_member.new_chat_member.status == "member"

    group = Update.de_json(factory.group_message("hello all"), bot)
    assert group.effective_chat is not None and group.effective_chat.type == "supergroup"
    ids = [start.update_id, pressed.update_id, blocked.update_id, group.update_id]
    assert ids == sorted(ids) and len(set(ids)) == 4


@pytest.mark.asyncio
async def test_get_updates_honours_offset_and_allowed_updates(bot: Bot, api: FakeBotAPI) -> None:
    factory = UpdateFactory()
    first = api.push_update(factory.command("start"))
    second = api.push_update(factory.message("hi"))
    api.push_update(factory.message("hello in a group", chat_type="supergroup", chat_id=-100))

    updates = await bot.get_updates()
    assert [u.update_id for u in updates] == [first, second, second + 1]

    updates = await bot.get_updates(offset=second)
    assert [u.update_id for u in updates] == [second, second + 1]
    assert len(api.pending_updates) == 2  # the offset confirmed the first one

    chat_member = {"chat_member": factory.my_chat_member()["my_chat_member"]}
    api.push_update(chat_member)
    updates = await bot.get_updates(offset=second + 2)
    assert updates == ()  # chat_member must be asked for
    api.push_update(chat_member)
    updates = await bot.get_updates(offset=second + 2, allowed_updates=["chat_member"])
    assert [u.chat_member is not None for u in updates] == [True]


@pytest.mark.asyncio
async def test_long_poll_waits_for_an_update_without_blocking_the_loop(
    bot: Bot, api: FakeBotAPI
) -> None:
    async def push_later() -> None:
        await asyncio.sleep(0.2)
        await bot.send_message(1, "the loop is free while polling")
        api.push_update(UpdateFactory().message("late"))

    pusher = asyncio.create_task(push_later())
    started = time.monotonic()
    updates = await bot.get_updates(timeout=5)
    await pusher
    assert 0.15 < time.monotonic() - started < 1.0
    assert updates[0].message is not None and updates[0].message.text == "late"


@pytest.mark.asyncio
async def test_long_poll_is_capped_and_webhook_conflicts(bot: Bot, api: FakeBotAPI) -> None:
    api.long_poll_cap_s = 0.1
    api.strict_webhook_url = True
    started = time.monotonic()
    assert await bot.get_updates(timeout=30) == ()
    assert time.monotonic() - started < 1.0

    with pytest.raises(BadRequest, match=ci("HTTPS URL must be provided")):
        await bot.set_webhook("http://127.0.0.1:8080/telegram")
    await bot.set_webhook("https://kring.example/telegram", secret_token="s3cret")
    assert api.webhook_url == "https://kring.example/telegram"
    assert (await bot.get_webhook_info()).url == "https://kring.example/telegram"
    with pytest.raises(Conflict):
        await bot.get_updates()
    await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates() == ()


@pytest.mark.asyncio
async def test_a_ptb_application_polls_and_answers(api: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.message is not None
        await update.message.reply_text("Welkom!", reply_markup=KEYBOARD)

    application = (
        Application.builder()
        .token(DEFAULT_TOKEN)
        .request(FakeRequest(api))
        .get_updates_request(FakeRequest(api))
        .build()
    )
    application.add_handler(CommandHandler("start", start))
    api.push_update(UpdateFactory().command("start", user_id=31))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        replies = await api.wait_for_calls_async("sendMessage", chat_id=31)
        await application.updater.stop()
        await application.stop()
    assert replies[0].shown_text == "Welkom!"
    assert replies[0].callback_data == ["yes", "no"]


@pytest.mark.asyncio
async def test_files_round_trip_through_get_file(bot: Bot, api: FakeBotAPI) -> None:
    file_id = api.add_file(b"hello file", filename="note.txt")
    telegram_file = await bot.get_file(file_id)
    assert telegram_file.file_size == len(b"hello file")
    assert bytes(await telegram_file.download_as_bytearray()) == b"hello file"


# ---------------------------------------------------------------------------------------------
# HTTP server with PTB's real HTTPX transport
# ---------------------------------------------------------------------------------------------


@pytest.mark.asyncio
async def test_http_server_serves_a_real_bot(
    http_bot: Bot, api: FakeBotAPI, server: FakeBotAPIServer
) -> None:
    assert http_bot.username == "kring_test_bot"

    sent = await http_bot.send_message(
        555, "Kies <i>één</i>:", parse_mode="HTML", reply_markup=KEYBOARD
    )
    assert sent.text == "Kies één:" and sent.reply_markup == KEYBOARD
    call = api.calls_to("sendMessage")[-1]
    # Form fields arrive as strings; the fake decodes them per the spec.
    assert call.params["chat_id"] == 555
    assert call.params["reply_markup"] == KEYBOARD.to_dict()

    # A text that looks like JSON stays text: only non-String fields are decoded.
    looks_like_json = await http_bot.send_message(555, '{"a": 1}')
    assert looks_like_json.text == '{"a": 1}'

    payload = b"id,name\n1,Ann\n"
    document = await http_bot.send_document(
        555, InputFile(payload, filename='ex"port.csv'), caption="Export"
    )
    assert document.document is not None
    assert document.document.file_name == 'ex"port.csv'
    assert document.document.file_size == len(payload)
    call = api.calls_to("sendDocument")[-1]
    assert call.params["document"] == {"filename": 'ex"port.csv', "size": len(payload)}
    assert call.files["document"].data == payload
    downloaded = await (await http_bot.get_file(document.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == payload

    voice = await http_bot.send_voice(555, b"OggS fake", duration=3)
    assert voice.voice is not None and voice.voice.duration in (3, dtm.timedelta(seconds=3))

    factory = UpdateFactory()
    pushed = [api.push_update(factory.command("start", user_id=555)) for _ in range(3)]
    updates = await http_bot.get_updates(offset=pushed[1], timeout=1)
    assert [u.update_id for u in updates] == pushed[1:]

    with pytest.raises(InvalidToken):
        async with Bot("999:wrong", base_url=server.base_url):
            pass


@pytest.mark.asyncio
async def test_http_long_poll_does_not_block_other_requests(http_bot: Bot, api: FakeBotAPI) -> None:
    def push_later() -> None:
        time.sleep(0.3)
        api.push_update(UpdateFactory().message("pushed from a thread"))

    threading.Thread(target=push_later, daemon=True).start()
    poll = asyncio.create_task(http_bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    started = time.monotonic()
    await http_bot.send_message(1, "while polling")
    assert time.monotonic() - started < 0.25
    updates = await poll
    assert updates[0].message is not None
    assert updates[0].message.text == "pushed from a thread"


@pytest.mark.asyncio
async def test_http_errors_map_to_ptb_exceptions(http_bot: Bot, api: FakeBotAPI) -> None:
    api.block_chat(-100777)
    with pytest.raises(Forbidden, match=ci("kicked")):
        await http_bot.send_message(-100777, "x")
    api.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter) as caught:
        await http_bot.send_message(1, "x")
    assert _seconds(caught.value.retry_after) == 3
    api.server_error_next()
    with pytest.raises(NetworkError, match=ci("Bad Gateway")):
        await http_bot.get_me()
    with pytest.raises(BadRequest, match=ci("can't parse entities")):
        await http_bot.send_message(1, "<b>", parse_mode="HTML")


@pytest.mark.asyncio
async def test_http_rate_limit_under_concurrency(http_bot: Bot, api: FakeBotAPI) -> None:
    api.rate_limit(30)
    results = await asyncio.gather(
        *(http_bot.send_message(i + 1, f"n{i}") for i in range(60)), return_exceptions=True
    )
    refused = [r for r in results if isinstance(r, RetryAfter)]
    assert len(refused) == 30
    assert api.count_429 == 30
    assert all(isinstance(r, Message) or isinstance(r, RetryAfter) for r in results)


def test_http_server_handles_raw_json_urlencoded_and_keep_alive(
    server: FakeBotAPIServer, api: FakeBotAPI
) -> None:
    with httpx.Client() as client:
        url = server.method_url("sendMessage")
        as_json = client.post(
            url, json={"chat_id": 3, "text": "json", "disable_notification": True}
        )
        assert as_json.status_code == 200 and as_json.json()["result"]["text"] == "json"
        as_form = client.post(url, data={"chat_id": "3", "text": "form"})
        assert as_form.json()["result"]["message_id"] == 2
        as_query = client.get(url, params={"chat_id": "3", "text": "query"})
        assert as_query.json()["ok"] is True
        missing = client.post(server.method_url("nope"), data={})
        assert missing.status_code == 404
        assert missing.json() == {"ok": False, "error_code": 404, "description": "Not Found"}
        bad_token = client.post(f"{server.base_url}1:x/getMe")
        assert bad_token.status_code == 401
    assert api.calls_to("sendMessage")[0].params["disable_notification"] is True


def test_http_server_sustains_hundreds_of_requests_per_second(
    server: FakeBotAPIServer, api: FakeBotAPI
) -> None:
    # Eight keep-alive clients in threads. (An asyncio httpx client with dozens of pooled
    # connections is itself the bottleneck at a few hundred requests a second, whatever the
    # server, so it would measure the client.)
    def client(offset: int) -> None:
        with httpx.Client() as http:
            for i in range(100):
                reply = http.post(
                    server.method_url("sendMessage"), data={"chat_id": offset + i, "text": "x"}
                )
                assert reply.status_code == 200

    threads = [threading.Thread(target=client, args=(n * 1000 + 1,)) for n in range(8)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    rate = 800 / (time.monotonic() - started)
    assert len(api.calls) == 800
    assert rate > 150, f"only {rate:.0f} requests/s"


def test_multipart_parser_decodes_fields_and_files() -> None:
    body = (
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="chat_id"\r\n\r\n'
        b"12\r\n"
        b"--XyZ\r\n"
        b'Content-Disposition: form-data; name="document"; filename="a%22b\\\\c.txt"\r\n'
        b"Content-Type: text/plain\r\n\r\n"
        b"line1\r\nline2\r\n"
        b"--XyZ--\r\n"
    )
    fields, files = parse_multipart(body, "XyZ")
    assert fields == {"chat_id": "12"}
    assert files["document"].filename == 'a"b\\c.txt'
    assert files["document"].data == b"line1\r\nline2"
    assert files["document"].content_type == "text/plain"
