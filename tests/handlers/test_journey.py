"""The parent's journey and group roles, through the real PTB client and the fake Bot API."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.config import SUPPORTED_LOCALES
from bot.i18n import FSI, LANGUAGE_NAMES, PDI
from bot.render.joining import consent_text
from handlers.chat_moderation import WELCOME_DELAY_KEY
from storage.models import Base, Group, Member, Membership, OutboxMessage, Role
from tests.conftest import Database
from tests.handlers.test_chat_moderation import welcomes_sent
from tests.harness import BotHarness, bot_harness
from tests.world import add_group, build_group

COORDINATOR = 5_000_000_001
FACILITATOR = 5_000_000_002
OTHER_FACILITATOR = 5_000_000_003
PARENT = 5_000_000_004
GROUP_CHAT = -1_001_234_567_890
ARABIC = set("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")


@dataclass
class World:
    """An organisation with two groups, each with its own facilitator."""

    bot: BotHarness
    group_a: int
    group_b: int


async def make_world(bot: BotHarness, group_name: str = "Moeders Noord") -> World:
    a = await build_group(
        bot.services,
        coordinator=COORDINATOR,
        name=group_name,
        facilitators={FACILITATOR: ("Fatma", "tr")},
    )
    b = await add_group(
        bot.services,
        COORDINATOR,
        name="Vaders Zuid",
        timezone="Europe/Brussels",
        facilitators={OTHER_FACILITATOR: ("Fatma", "tr")},
    )
    return World(bot, a.group_id, b)


@pytest.fixture
async def world(sqlite_db: Database) -> AsyncIterator[World]:
    async with bot_harness(sqlite_db) as bot:
        yield await make_world(bot)


def texts(calls: list[Any]) -> list[str]:
    return [c.text for c in calls if c.text]


async def join(world: World, lang: str, user_id: int = PARENT, name: str = "Amina") -> list[Any]:
    """Tap the invite link, pick `lang`, agree: return the calls of the last step."""
    bot = world.bot
    code = await bot.services.community.create_invite(FACILITATOR, world.group_a, Role.PARENT, 5)
    [welcome] = await bot.send(
        bot.updates.command("start", code, user_id=user_id, first_name=name, language_code="nl")
    )
    assert f"join:{lang}:{code}" in welcome.callback_data
    message_id = welcome.result["message_id"]
    calls = await bot.send(
        bot.updates.callback(f"join:{lang}:{code}", user_id=user_id, message_id=message_id,
                             chat_id=user_id, language_code="nl", first_name=name)
    )  # fmt: skip
    consent = calls[-1]
    assert consent.method == "editMessageText"
    assert f"consent:y:{lang}:{code}" in consent.callback_data
    return await bot.send(
        bot.updates.callback(f"consent:y:{lang}:{code}", user_id=user_id,
                             message_id=message_id, chat_id=user_id, language_code="nl",
                             first_name=name)
    )  # fmt: skip


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_a_parent_joins_in_their_language(world: World, lang: str) -> None:
    calls = await join(world, lang)
    tr = world.bot.services.catalogs.get(lang)
    done = calls[-1]
    assert done.method == "editMessageText"
    assert done.text.startswith(
        tr.gettext("Welcome to {group}! 🌱").format(group=tr.user_text("Moeders Noord"))
    )
    assert "/pause" in done.text and "/invite" not in done.text
    async with world.bot.db.sessions() as session:
        member = await session.scalar(select(Member).where(Member.telegram_user_id == PARENT))
        assert member is not None
        assert (member.display_name, member.locale, member.consent_version) == ("Amina", lang, 1)
        assert member.consent_given_at is not None
        roles = (await session.scalars(
            select(Membership.role).where(Membership.member_id == member.id))).all()  # fmt: skip
        assert roles == [Role.PARENT]


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_the_consent_text_is_in_the_chosen_language(world: World, lang: str) -> None:
    bot = world.bot
    code = await bot.services.community.create_invite(FACILITATOR, world.group_a, Role.PARENT)
    await bot.send(bot.updates.command("start", code, user_id=PARENT, language_code="nl"))
    [_, consent] = await bot.send(
        bot.updates.callback(f"join:{lang}:{code}", user_id=PARENT, message_id=1, chat_id=PARENT)
    )
    tr = bot.services.catalogs.get(lang)
    assert consent.text == consent_text(tr, "Moeders Noord")
    for command in ("/mydata", "/forget"):
        assert command in consent.text
    # Nothing is stored before the parent agrees.
    assert await bot.services.members.find(PARENT) is None


async def test_arabic_consent_is_right_to_left_with_latin_names_isolated(
    sqlite_db: Database,
) -> None:
    async with bot_harness(sqlite_db) as bot:
        world = await make_world(bot, group_name="Moeders <Noord> & Co")
        code = await bot.services.community.create_invite(FACILITATOR, world.group_a, Role.PARENT)
        await bot.send(bot.updates.command("start", code, user_id=PARENT, language_code="ar"))
        [_, consent] = await bot.send(
            bot.updates.callback(f"join:ar:{code}", user_id=PARENT, message_id=1, chat_id=PARENT)
        )
    assert consent.ok, consent.description
    assert consent.params["parse_mode"] == "HTML"
    letters = [ch for ch in consent.shown_text if ch.isalpha()]
    arabic = sum(1 for ch in letters if ch in ARABIC or "\u0600" <= ch <= "\u06ff")
    assert arabic > len(letters) * 0.6  # the text itself is Arabic: right to left
    # The Latin group name sits in an isolate, escaped in the markup, intact on screen.
    assert f"{FSI}Moeders &lt;Noord&gt; &amp; Co{PDI}" in consent.text
    assert f"{FSI}Moeders <Noord> & Co{PDI}" in consent.shown_text


async def test_declining_keeps_nothing_and_says_how_to_come_back(world: World) -> None:
    bot = world.bot
    code = await bot.services.community.create_invite(FACILITATOR, world.group_a, Role.PARENT)
    await bot.send(bot.updates.command("start", code, user_id=PARENT, language_code="es"))
    await bot.send(bot.updates.callback(f"join:es:{code}", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    [_, answer] = await bot.send(
        bot.updates.callback("consent:n:es:", user_id=PARENT, message_id=1, chat_id=PARENT)
    )
    english = (
        "No problem. We did not keep anything about you. If you change your mind, "
        "just tap the invite link again."
    )
    spanish = bot.services.catalogs.get("es").gettext(english)
    assert spanish != english  # the catalog has it in Spanish...
    assert answer.text == spanish  # ...and that is what the parent reads
    assert await bot.services.members.find(PARENT) is None
    assert (await bot.services.community.peek_invite(code)).status.value == "ok"


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_a_used_or_expired_code_gets_a_kind_explanation(world: World, lang: str) -> None:
    bot = world.bot
    tr = bot.services.catalogs.get(lang)
    code = await bot.services.community.create_invite(FACILITATOR, world.group_a, Role.PARENT)
    await bot.services.community.accept_invite(code, 6_000_000_009, "Someone", "nl", 1)
    [used] = await bot.send(bot.updates.command("start", code, user_id=PARENT, language_code=lang))
    assert used.text == tr.gettext(
        "This invite link has already been used. Please ask your group's facilitator for a new one."
    )
    [unknown] = await bot.send(
        bot.updates.command("start", "nonsense", user_id=PARENT, language_code=lang)
    )
    assert unknown.text == tr.gettext(
        "This invite link does not work. Please ask your group's facilitator for a new one."
    )
    assert await bot.services.members.find(PARENT) is None


async def test_a_parent_typing_a_facilitator_command_is_refused_politely(world: World) -> None:
    await join(world, "so")
    tr = world.bot.services.catalogs.get("so")
    for command in ("invite", "qr", "linkgroup", "groupsettings"):
        [reply] = await world.bot.send(world.bot.updates.command(command, user_id=PARENT))
        assert reply.text == tr.gettext(
            "Sorry, this command is for facilitators. Tap /help to see what you can do."
        )
    [reply] = await world.bot.send(world.bot.updates.command("newgroup", "X", user_id=PARENT))
    assert reply.text == tr.gettext("Sorry, only coordinators can create groups.")


async def test_help_shows_each_role_its_commands(world: World) -> None:
    await join(world, "nl")
    bot = world.bot

    async def help_for(user_id: int) -> str:
        [reply] = await bot.send(bot.updates.command("help", user_id=user_id))
        return str(reply.text)

    parent, facilitator, coordinator = (await help_for(PARENT), await help_for(FACILITATOR),
                                        await help_for(COORDINATOR))  # fmt: skip
    assert "/pause" in parent and "/invite" not in parent and "/newgroup" not in parent
    assert "/invite" in facilitator and "/newgroup" not in facilitator
    assert "/invite" in coordinator and "/newgroup" in coordinator
    # The facilitator chose Turkish when joining: help comes in Turkish.
    assert facilitator.startswith("Yapabilecekleriniz bunlar.")


async def test_a_facilitator_of_group_a_cannot_act_on_group_b(world: World) -> None:
    bot = world.bot
    forged = [
        f"gs:{world.group_b}:cap:5",
        f"inv:{world.group_b}:parent:0",
        f"grp:settings:{world.group_b}",
        f"grp:link:{world.group_b}",
    ]
    for data in forged:
        calls = await bot.send(bot.updates.callback(data, user_id=FACILITATOR, message_id=1,
                                                    chat_id=FACILITATOR))  # fmt: skip
        assert calls, data
        assert all("/link " not in (c.text or "") and "start=" not in (c.text or "")
                   for c in calls), data  # fmt: skip
    async with bot.db.sessions() as session:
        group_b = await session.get(Group, world.group_b)
        assert group_b is not None and group_b.prompt_cap_per_week == 3
    # A link code for B is useless in the hands of A's facilitator.
    code = await bot.services.community.create_link_code(OTHER_FACILITATOR, world.group_b)
    link = bot.updates.group_message(f"/link {code}", user_id=FACILITATOR, chat_id=GROUP_CHAT)
    await bot.send(link)
    assert await bot.services.community.find_by_chat(GROUP_CHAT) is None


async def test_facilitator_invites_with_a_link_and_a_qr_code(world: World) -> None:
    bot = world.bot
    [question] = await bot.send(bot.updates.command("qr", user_id=FACILITATOR))
    assert f"inv:{world.group_a}:parent:1" in question.callback_data
    assert not any(d.endswith(":facilitator:1") for d in question.callback_data)
    calls = await bot.send(bot.updates.callback(f"inv:{world.group_a}:parent:1",
                                                user_id=FACILITATOR, message_id=1,
                                                chat_id=FACILITATOR))  # fmt: skip
    link_call = next(c for c in calls if c.method == "editMessageText")
    assert "https://t.me/kring_test_bot?start=" in link_call.text
    photo = next(c for c in calls if c.method == "sendPhoto")
    assert photo.ok and photo.files["photo"].data.startswith(b"\x89PNG")
    code = link_call.text.rsplit("start=", 1)[1].strip()
    assert (await bot.services.community.peek_invite(code)).role is Role.PARENT


async def test_group_settings_change_with_buttons(world: World) -> None:
    bot = world.bot
    [shown] = await bot.send(bot.updates.command("groupsettings", user_id=FACILITATOR))
    assert f"gs:{world.group_a}:lang:ar" in shown.callback_data
    for data in (f"gs:{world.group_a}:lang:ar", f"gs:{world.group_a}:tz:1",
                 f"gs:{world.group_a}:cap:2"):  # fmt: skip
        calls = await bot.send(bot.updates.callback(data, user_id=FACILITATOR, message_id=1,
                                                    chat_id=FACILITATOR))  # fmt: skip
        assert calls[0].method == "answerCallbackQuery"
    group = await bot.services.community.group(world.group_a)
    assert group is not None
    assert (group.default_locale, group.timezone, group.prompt_cap_per_week) == (
        "ar",
        "Europe/Brussels",
        2,
    )


async def test_linking_the_group_chat_survives_a_supergroup_upgrade(world: World) -> None:
    bot = world.bot
    [code_message] = await bot.send(bot.updates.command("linkgroup", user_id=FACILITATOR))
    code = code_message.text.split("/link ", 1)[1].split("<", 1)[0].strip()
    old_chat = -4_000_000_123
    [linked] = await bot.send(bot.updates.group_message(
        f"/link {code}", user_id=FACILITATOR, chat_id=old_chat, chat_type="group"))  # fmt: skip
    assert "Moeders Noord" in linked.text
    group = await bot.services.community.find_by_chat(old_chat)
    assert group is not None and group.id == world.group_a
    # Telegram upgrades the chat to a supergroup with a new 64-bit id.
    upgrade = bot.updates.group_message("x", chat_id=old_chat, chat_type="group",
                                        user_id=FACILITATOR)  # fmt: skip
    del upgrade["message"]["text"]
    upgrade["message"]["migrate_to_chat_id"] = GROUP_CHAT
    await bot.send(upgrade)
    group = await bot.services.community.find_by_chat(GROUP_CHAT)
    assert group is not None and group.id == world.group_a
    assert await bot.services.community.find_by_chat(old_chat) is None
    # The code was for one use only.
    again = bot.updates.group_message(
        f"/link {code}", user_id=FACILITATOR, chat_id=-4_000_000_999, chat_type="group"
    )
    await bot.send(again)
    assert await bot.services.community.find_by_chat(-4_000_000_999) is None


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_a_newcomer_in_the_group_chat_gets_a_button_to_the_bot(
    world: World, lang: str
) -> None:
    bot = world.bot
    code = await bot.services.community.create_link_code(FACILITATOR, world.group_a)
    await bot.send(bot.updates.group_message(f"/link {code}", user_id=FACILITATOR,
                                             chat_id=GROUP_CHAT))  # fmt: skip
    joined = bot.updates.group_message("x", chat_id=GROUP_CHAT, user_id=PARENT)
    del joined["message"]["text"]
    joined["message"]["new_chat_members"] = [
        {"id": PARENT, "is_bot": False, "first_name": "<i>Hodan</i>", "language_code": lang}
    ]
    bot.application.bot_data[WELCOME_DELAY_KEY] = 0.0
    before = len(bot.api.all_calls)
    await bot.send(joined)
    await welcomes_sent()  # the welcome follows a moment later (joins share one)
    restrict, welcome = bot.api.all_calls[before:]
    # Rules first: the newcomer reads along until they agree (see test_chat_moderation).
    assert restrict.method == "restrictChatMember" and restrict.params["user_id"] == PARENT
    assert welcome.chat_id == GROUP_CHAT and welcome.ok
    assert f"{FSI}<i>Hodan</i>{PDI}" in welcome.shown_text
    agree, button = welcome.buttons
    assert agree["callback_data"].startswith("mod:agree:")
    assert button["url"] == "https://t.me/kring_test_bot?start=hello"
    tr = bot.services.catalogs.get(lang)
    assert button["text"] == tr.gettext("Open a private chat with Kring")


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_pause_and_resume(world: World, lang: str) -> None:
    await join(world, lang)
    bot = world.bot
    [offer] = await bot.send(bot.updates.command("pause", user_id=PARENT))
    assert offer.callback_data == ["pause:week", "pause:date", "pause:open"]
    await bot.send(bot.updates.callback("pause:date", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    [confused] = await bot.send(bot.updates.message("next tuesday", user_id=PARENT))
    assert "24-12" in confused.text
    [ok] = await bot.send(bot.updates.message("24-12", user_id=PARENT))
    assert "/resume" in ok.text
    async with bot.db.sessions() as session:
        member = await session.scalar(select(Member).where(Member.telegram_user_id == PARENT))
        assert member is not None and member.paused_until is not None
        local = member.paused_until.astimezone(ZoneInfo("Europe/Amsterdam"))
        assert (local.month, local.day, local.hour) == (12, 25, 0)
    await bot.send(bot.updates.callback("pause:open", user_id=PARENT, message_id=1,
                                        chat_id=PARENT))  # fmt: skip
    [back] = await bot.send(bot.updates.command("resume", user_id=PARENT))
    assert back.text == bot.services.catalogs.get(lang).gettext(
        "Welcome back! You get messages again."
    )
    async with bot.db.sessions() as session:
        member = await session.scalar(select(Member).where(Member.telegram_user_id == PARENT))
        assert member is not None
        assert member.paused_until is None and member.paused_indefinitely is False


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_mydata_sends_a_readable_message_and_a_json_file(world: World, lang: str) -> None:
    await join(world, lang, name="Ana <b>")
    bot = world.bot
    calls = await bot.send(bot.updates.command("mydata", user_id=PARENT))
    message, document = calls
    assert message.ok and "Ana <b>" in message.shown_text and "Moeders Noord" in message.shown_text
    assert document.method == "sendDocument"
    data = json.loads(document.files["document"].data)
    tr = bot.services.catalogs.get(lang)
    field = lambda name: tr.pgettext("data file", name)  # noqa: E731
    assert data[field("name")] == "Ana <b>" and data[field("language")] == LANGUAGE_NAMES[lang]
    assert message.text.startswith(tr.gettext("This is everything Kring keeps about you:"))
    assert data[field("groups")][0][field("group")] == "Moeders Noord"


@pytest.mark.parametrize("lang", SUPPORTED_LOCALES)
async def test_forget_erases_everything_and_tells_the_facilitators(db: Database, lang: str) -> None:
    async with bot_harness(db) as bot:
        database = db
        world = await make_world(bot)
        await join(world, lang, name="Zeynep Unique")
        [question] = await bot.send(bot.updates.command("forget", user_id=PARENT))
        assert question.callback_data == ["forget:yes", "forget:no"]
        parent_tr = bot.services.catalogs.get(lang)
        assert question.text.startswith(parent_tr.gettext(
            "Do you want Kring to delete everything about you, in all your groups? "
            "This cannot be undone. You will no longer get messages."
        ))  # fmt: skip
        [_, done] = await bot.send(bot.updates.callback("forget:yes", user_id=PARENT,
                                                        message_id=1, chat_id=PARENT))  # fmt: skip
        assert done.text == parent_tr.gettext(
            "Done. Kring has deleted everything about you. Take care! "
            "If you want to come back one day, ask for a new invite link."
        )
        # No row anywhere names the member.
        async with database.sessions() as session:
            for table in Base.metadata.sorted_tables:
                for row in (await session.execute(select(table))).all():
                    flat = json.dumps([str(v) for v in row], ensure_ascii=False)
                    assert str(PARENT) not in flat, table.name
                    assert "Zeynep Unique" not in flat, table.name
            to_facilitator = select(OutboxMessage).where(OutboxMessage.chat_id == FACILITATOR)
            notices = (await session.scalars(to_facilitator)).all()
        [notice] = notices
        tr = bot.services.catalogs.get("tr")  # the facilitator's language
        assert notice.payload["text"].startswith(
            tr.gettext(
                "A member left {group} and asked Kring to delete their data. "
                "Their name and answers are gone; the group's figures stay, without names."
            ).split("{group}")[0]
        )
        assert await bot.services.members.find(PARENT) is None


async def test_quiet_hours_are_chosen_with_a_tap(world: World) -> None:
    await join(world, "nl")
    bot = world.bot
    [offer] = await bot.send(bot.updates.command("quiet", user_id=PARENT))
    assert [b["text"] for b in offer.buttons][:3] == ["21:00–08:00", "22:00–07:00", "20:00–09:00"]
    [_, saved] = await bot.send(bot.updates.callback("quiet:1", user_id=PARENT, message_id=1,
                                                     chat_id=PARENT))  # fmt: skip
    assert "22:00–07:00" in saved.text
    data = await bot.services.privacy.export(PARENT)
    assert data is not None and data["quiet_hours"] == [22 * 60, 7 * 60]


async def test_a_facilitator_renames_their_group(world: World) -> None:
    bot = world.bot
    [done] = await bot.send(
        bot.updates.command("renamegroup", "Moeders <Oost>", user_id=FACILITATOR)
    )
    assert done.ok and "Moeders <Oost>" in done.shown_text
    group = await bot.services.community.group(world.group_a)
    assert group is not None and group.name == "Moeders <Oost>"
    # The coordinator has two groups: Kring asks which one first.
    [question] = await bot.send(bot.updates.command("renamegroup", "Vaders", user_id=COORDINATOR))
    assert f"grp:rename:{world.group_b}" in question.callback_data
    await bot.send(bot.updates.callback(f"grp:rename:{world.group_b}", user_id=COORDINATOR,
                                        message_id=1, chat_id=COORDINATOR))  # fmt: skip
    group_b = await bot.services.community.group(world.group_b)
    assert group_b is not None and group_b.name == "Vaders"


async def test_a_volunteer_helps_but_does_not_change_settings(world: World) -> None:
    bot = world.bot
    code = await bot.services.community.create_invite(FACILITATOR, world.group_a, Role.VOLUNTEER)
    volunteer = 5_000_000_077
    await bot.services.community.accept_invite(code, volunteer, "Hatice", "tr", 1)
    tr = bot.services.catalogs.get("tr")
    [refused] = await bot.send(bot.updates.command("groupsettings", user_id=volunteer))
    assert refused.text == tr.gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )
    calls = await bot.send(bot.updates.callback(f"gs:{world.group_a}:cap:5", user_id=volunteer,
                                                message_id=1, chat_id=volunteer))  # fmt: skip
    assert calls[0].params.get("show_alert") is True
    group = await bot.services.community.group(world.group_a)
    assert group is not None and group.prompt_cap_per_week == 3
    [help_] = await bot.send(bot.updates.command("help", user_id=volunteer))
    assert "/pause" in help_.text and "/invite" not in help_.text
