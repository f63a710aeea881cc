"""Group-chat moderation with realistic traffic, through the real PTB client and the fake.

A group "Moeders Noord" is linked to a supergroup chat; two facilitators (Dutch and
Turkish), a volunteer and five parents (Arabic, Dutch, Turkish, Somali, Spanish) write in it.
Everything a member or facilitator would see is read from the fake Bot API: the calls the
bot makes at once, and what the outbox delivers after draining (private explanations,
alerts, reports, rules reminders, night-rest notes). Texts are compared with the catalogs,
never with hard-coded translations.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.i18n import FSI, PDI, Translator
from bot.render.moderation import default_rules, rest_payload, rules_reminder_payload
from handlers.chat_moderation import WELCOME_DELAY_KEY
from scheduler.moderation import ModerationJobs
from storage.models import ChatMemberState, ModerationAction, OutboxMessage
from tests.clock import Clock
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI
from tests.harness import BotHarness, bot_harness
from tests.world import build_group

AMS = ZoneInfo("Europe/Amsterdam")
CHAT = -1_001_234_567_890
LINK_PREFIX = "https://t.me/c/1234567890/"
GROUP_NAME = "Moeders Noord"

COORDINATOR = 7_000_000_001
FACILITATOR = 7_000_000_002  # Fatma, reads Dutch
FACILITATOR_TR = 7_000_000_003  # Zeynep, reads Turkish
VOLUNTEER = 7_000_000_004
AMINA, BART, CEREN, HODAN, LUCIA = (7_000_000_010, 7_000_000_011, 7_000_000_012,
                                    7_000_000_013, 7_000_000_014)  # fmt: skip
NEWCOMER = 7_000_000_050  # not (yet) known to Kring
SECOND_NEWCOMER = 7_000_000_051
OLD_TIMER = 7_000_000_052
PEOPLE: dict[int, tuple[str, str]] = {
    COORDINATOR: ("Carla", "nl"),
    FACILITATOR: ("Fatma", "nl"),
    FACILITATOR_TR: ("Zeynep", "tr"),
    VOLUNTEER: ("Vera", "nl"),
    AMINA: ("Amina", "ar"),
    BART: ("Bart", "nl"),
    CEREN: ("Ceren", "tr"),
    HODAN: ("Hodan", "so"),
    LUCIA: ("Lucía", "es"),
    NEWCOMER: ("Nuur", "so"),
    SECOND_NEWCOMER: ("Sara", "es"),
    OLD_TIMER: ("Olga", "nl"),
}
PARENTS = (AMINA, BART, CEREN, HODAN, LUCIA)
STAFF_IN_PRIVATE = (FACILITATOR, FACILITATOR_TR)  # who gets alerts and reports
MODERATION_METHODS = {
    "deleteMessage",
    "restrictChatMember",
    "banChatMember",
    "unbanChatMember",
    "setChatPermissions",
}
# A Monday morning in Amsterdam (the sender compares due times with this clock too).
START = datetime(2027, 3, 1, 10, 0, tzinfo=AMS).astimezone(UTC)


@dataclass
class Said:
    """A message someone wrote in the group chat and every Bot API call it caused."""

    message: dict[str, Any]
    calls: list[ApiCall]

    @property
    def id(self) -> int:
        return int(self.message["message_id"])


@dataclass
class World:
    """The linked group chat with its people, a clock and the scheduler's moderation jobs."""

    bot: BotHarness
    clock: Clock
    group_id: int
    jobs: ModerationJobs

    @property
    def api(self) -> FakeBotAPI:
        return self.bot.api

    def tr(self, lang: str) -> Translator:
        return self.bot.services.catalogs.get(lang)

    def message(
        self,
        user_id: int,
        text: str,
        *,
        name: str | None = None,
        reply_to: dict[str, Any] | None = None,
        edited: bool = False,
        message_id: int | None = None,
    ) -> dict[str, Any]:
        """A group message update from `user_id`, dated by the test's clock."""
        first_name, lang = PEOPLE.get(user_id, ("Someone", "nl"))
        return self.bot.updates.group_message(
            text,
            chat_id=CHAT,
            user_id=user_id,
            first_name=name or first_name,
            language_code=lang,
            date=int(self.clock.now.timestamp()),
            reply_to=reply_to,
            edited=edited,
            message_id=message_id,
        )

    async def say(self, user_id: int, text: str, **kwargs: Any) -> Said:
        update = self.message(user_id, text, **kwargs)
        calls = await self.bot.send(update)
        return Said(update.get("message") or update["edited_message"], calls)

    async def forward(self, user_id: int, text: str) -> Said:
        """A post from a channel, forwarded into the group by `user_id`."""
        update = self.message(user_id, text)
        update["message"]["forward_origin"] = {
            "type": "channel",
            "chat": {"id": -1_009_876_543_210, "type": "channel", "title": "Deals & Korting"},
            "message_id": 1,
            "date": int(self.clock.now.timestamp()) - 3600,
        }
        return Said(update["message"], await self.bot.send(update))

    async def join(self, *user_ids: int) -> list[ApiCall]:
        """People join the group chat (Telegram's new_chat_members service message); returns
        every call it caused, the (combined, slightly later) welcome included."""
        update = self.message(user_ids[0], "x")
        del update["message"]["text"]
        update["message"]["new_chat_members"] = [
            {"id": u, "is_bot": False, "first_name": PEOPLE[u][0], "language_code": PEOPLE[u][1]}
            for u in user_ids
        ]
        before = len(self.api.all_calls)
        await self.bot.send(update)
        await welcomes_sent()
        return self.api.all_calls[before:]

    async def private(self, user_id: int, command: str, args: str = "") -> list[ApiCall]:
        """A command in someone's private chat with Kring."""
        name, lang = PEOPLE[user_id]
        return await self.bot.send(
            self.bot.updates.command(
                command, args, user_id=user_id, first_name=name, language_code=lang
            )
        )

    async def tap(
        self, user_id: int, data: str, *, on: ApiCall | None = None, in_chat: int | None = None
    ) -> list[ApiCall]:
        """`user_id` taps a button carrying `data` on the bot's message `on` (in their private
        chat unless told), or on a bot message in `in_chat`."""
        name, lang = PEOPLE[user_id]
        if on is not None:
            message = dict(on.result)
            update = self.bot.updates.callback(
                data, user_id=user_id, language_code=lang, first_name=name, message=message
            )
        else:
            update = self.bot.updates.callback(
                data,
                user_id=user_id,
                chat_id=in_chat if in_chat is not None else user_id,
                language_code=lang,
                first_name=name,
            )
        return await self.bot.send(update)

    async def deliver(self) -> list[ApiCall]:
        """Drain the outbox through the real sender; return what reached Telegram."""
        return await self.bot.deliver(until_idle=False)

    async def audit(self, action: str | None = None) -> list[ModerationAction]:
        async with self.bot.db.sessions() as session:
            query = select(ModerationAction).order_by(ModerationAction.id)
            if action is not None:
                query = query.where(ModerationAction.action == action)
            return list((await session.scalars(query)).all())

    async def outbox_rows(self) -> int:
        async with self.bot.db.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(OutboxMessage)) or 0)

    async def chat_member(self, user_id: int) -> ChatMemberState | None:
        async with self.bot.db.sessions() as session:
            return await session.scalar(
                select(ChatMemberState).where(ChatMemberState.telegram_user_id == user_id)
            )


async def welcomes_sent() -> None:
    """Wait for the welcomes Kring sends a moment after a join."""
    tasks = [t for t in asyncio.all_tasks() if t.get_name().startswith("kring-welcome")]
    if tasks:
        await asyncio.wait(tasks, timeout=5)


async def make_world(bot: BotHarness, clock: Clock) -> World:
    bot.application.bot_data[WELCOME_DELAY_KEY] = 0.0
    built = await build_group(
        bot.services,
        coordinator=COORDINATOR,
        name=GROUP_NAME,
        facilitators={u: PEOPLE[u] for u in (FACILITATOR, FACILITATOR_TR)},
        volunteers={VOLUNTEER: PEOPLE[VOLUNTEER]},
        parents={u: PEOPLE[u] for u in PARENTS},
        chat=CHAT,
    )
    catalogs = bot.services.catalogs
    jobs = ModerationJobs(
        bot.services.moderation,
        bot.services.outbox,
        lambda r: rules_reminder_payload(catalogs, r),
        lambda c: rest_payload(catalogs, c),
    )
    return World(bot, clock, built.group_id, jobs)


@pytest.fixture
async def world(sqlite_db: Database) -> AsyncIterator[World]:
    clock = Clock(START)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        yield await make_world(bot, clock)


def methods(calls: list[ApiCall]) -> list[str]:
    return [c.method for c in calls]


def moderation(calls: list[ApiCall]) -> list[ApiCall]:
    return [c for c in calls if c.method in MODERATION_METHODS]


def one(calls: list[ApiCall], method: str) -> ApiCall:
    [found] = [c for c in calls if c.method == method]
    return found


def to_chat(calls: list[ApiCall], chat_id: int) -> list[ApiCall]:
    return [c for c in calls if c.chat_id == chat_id]


def answer_of(calls: list[ApiCall]) -> ApiCall:
    return one(calls, "answerCallbackQuery")


def assert_until(call: ApiCall, expected: datetime) -> None:
    """A restriction ends at `expected` (Telegram takes whole seconds)."""
    assert abs(int(call.params["until_date"]) - expected.timestamp()) <= 1, call.params


def explained_reason(tr: Translator) -> str:
    return tr.gettext("it had words that can hurt others")


# -- 1. ordinary traffic ----------------------------------------------------------------------

ORDINARY: dict[int, list[str]] = {
    AMINA: [
        "صباح الخير للجميع، هل اللقاء يوم الخميس؟",
        "شُكْرًا جَزِيلًا عَلَى اللِّقَاءِ الجَمِيلِ",
        "عندنا كلب صغير والأولاد يحبونه كثيرا",
        "ابني مريض اليوم، لن أستطيع الحضور",
        "salam 3likom, wach kayn lqa2 lyoum? ana ghadi nji m3a l'wlad",
    ],
    BART: [
        "Goedemorgen allemaal! Wie komt er donderdag naar de bijeenkomst?",
        "Mijn moeder heeft kanker, dus het is even zwaar thuis.",
        "Om 10:30 bij het buurthuis, toch? Ik kom met de tram 4.",
        "De kinderen hebben eikels en kastanjes verzameld in het park",
        "Het rooster staat op https://www.school.nl/rooster voor wie het zoekt",
    ],
    CEREN: [
        "Günaydın herkese! Perşembe toplantısına kim geliyor?",
        "İstanbul'dan annem geliyor, bu hafta gelemeyeceğim.",
        "Bu akşam ISPARTA'dan dönüyoruz, IĞDIR'a da uğradık",
        "Kızım sık sık ağlıyor, ne yapmalıyım?",
        "Kutsal bir gün, bayramınız mübarek olsun",
    ],
    HODAN: [
        "Subax wanaagsan dhammaan! Yaa imanaya kulanka Khamiista?",
        "Gabadhaydu xalay si fiican uma seexan, talo ma haysaan?",
        "Dameerka iyo eeyga ayaa ku jira sawirka buugga carruurta",
        "Kulanku waa saacadda 10:30 xarunta xaafadda",
        # (Stop 26: "Waan ku wacayaa berri" went to the learned reader's may-ask list in
        # test_moderation_chain.py; this chat test is about nothing happening in the chat.)
        "Shaah iyo buskud ayaan keenayaa kulanka, yaa wax kale keenaya?",
    ],
    LUCIA: [
        "¡Buenos días a todos! ¿Quién viene a la reunión del jueves?",
        "Mañana traigo empanadas para los niños",
        "Mi hijo usa la computadora para los deberes",
        "La señora Núñez enseña español a los niños pequeños",
        "El tren está retrasado, llego un poco tarde",
    ],
}
EDITS: dict[int, str] = {
    AMINA: "صباح الخير للجميع، هل اللقاء يوم الخميس في الساعة العاشرة؟",
    BART: "Goedemorgen allemaal! Wie komt er vrijdag naar de bijeenkomst?",
    CEREN: "İyi akşamlar! Cuma toplantısına kim geliyor? Işıl da gelecek.",
    HODAN: "Subax wanaagsan! Kulanku waa Jimcaha, ee ma aha Khamiista",
    LUCIA: "¡Buenos días! La reunión es el viernes, ¿vienes, Begoña?",
}


async def test_members_writing_normally_in_five_languages_see_nothing_happen(
    world: World,
) -> None:
    first: dict[int, int] = {}
    for turn in range(5):
        for user in PARENTS:
            said = await world.say(user, ORDINARY[user][turn])
            first.setdefault(user, said.id)
            assert said.calls == [], (user, ORDINARY[user][turn], methods(said.calls))
            world.clock.advance(seconds=20)
    for user, text in EDITS.items():
        said = await world.say(user, text, edited=True, message_id=first[user])
        assert said.calls == [], (user, text)
    assert world.api.calls_to("deleteMessage") == []
    assert world.api.calls_to("restrictChatMember") == []
    assert await world.audit() == []
    assert await world.outbox_rows() == 0


# -- 2. evasions of listed words --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "text", "listed_in"),
    [
        pytest.param(BART, "Jij bent een KLOOTZAK", "nl", id="case"),
        pytest.param(CEREN, "ŞEREFSİZ herif", "tr", id="turkish-capital-dotted-I"),
        pytest.param(CEREN, "sen bir şerefsız", "tr", id="turkish-dotless-i"),
        pytest.param(AMINA, "يا شَرْمُوطَة", "ar", id="arabic-diacritics"),
        pytest.param(AMINA, "يا قحـــــبة", "ar", id="arabic-tatweel"),
        pytest.param(AMINA, "يا ابن الكلــب", "ar", id="arabic-phrase-with-tatweel"),
        pytest.param(BART, "wat een id\u200bi\u200dot", "nl", id="zero-width"),
        pytest.param(LUCIA, "eres una pu\u00adta", "es", id="soft-hyphen"),
        pytest.param(BART, "idiooooot", "nl", id="repeated-letters"),
        pytest.param(HODAN, "nacaaas", "so", id="repeated-letters-somali"),
        pytest.param(BART, "1d10ot", "nl", id="digit-swaps"),
        pytest.param(CEREN, "0r0spu", "tr", id="digit-swaps-turkish"),
        pytest.param(LUCIA, "p-u-t-a", "es", id="hyphenated-letters"),
        pytest.param(BART, "h o e r", "nl", id="spaced-letters"),
        pytest.param(HODAN, "n_a_c_a_s", "so", id="underscored-letters"),
        pytest.param(LUCIA, "HIJO DE PUTA", "es", id="phrase"),
    ],
)
async def test_each_evasion_of_a_listed_word_is_deleted_with_a_kind_word(
    world: World, sender: int, text: str, listed_in: str
) -> None:
    said = await world.say(sender, text)
    [delete] = said.calls
    assert delete.method == "deleteMessage" and delete.ok
    assert (delete.chat_id, delete.params["message_id"]) == (CHAT, said.id)
    [deleted] = await world.audit()  # one line: the deletion is also the warning
    assert (deleted.action, deleted.reason, deleted.warned) == ("delete", "insult", True)
    assert deleted.term  # the listed word or stem that matched
    assert (deleted.target_telegram_id, deleted.message_id, deleted.actor_telegram_id) == (
        sender,
        said.id,
        None,
    )
    # After draining: one private, kind explanation, in the member's own language.
    [note] = await world.deliver()
    tr = world.tr(PEOPLE[sender][1])
    assert note.chat_id == sender and note.method == "sendMessage"
    shown = note.shown_text or ""
    assert explained_reason(tr) in shown
    assert f"{FSI}{GROUP_NAME}{PDI}" in shown and PEOPLE[sender][0] in shown
    assert (
        tr.gettext(
            "This is how we keep the group a safe place for everyone. Thank you for understanding."
        )
        in shown
    )
    assert text not in shown  # the words are not repeated back
    assert [
        c for c in world.api.all_calls if c.method in {"restrictChatMember", "banChatMember"}
    ] == []


async def test_an_edit_that_adds_a_listed_word_is_caught(world: World) -> None:
    said = await world.say(CEREN, "Günaydın, bugün kim geliyor?")
    assert said.calls == []
    world.clock.advance(minutes=3)
    edit = await world.say(CEREN, "Günaydın ŞEREFSİZLER", edited=True, message_id=said.id)
    [delete] = edit.calls
    assert delete.method == "deleteMessage" and delete.params["message_id"] == said.id
    [deleted] = await world.audit("delete")
    assert (deleted.reason, deleted.message_id) == ("insult", said.id)
    [note] = await world.deliver()
    assert note.chat_id == CEREN and explained_reason(world.tr("tr")) in (note.shown_text or "")


async def test_warnings_lead_to_a_temporary_mute_at_the_groups_threshold(world: World) -> None:
    insults = ["Jij bent een KLOOTZAK", "idiooooot", "hou je bek!!!"]
    for n, text in enumerate(insults, 1):
        said = await world.say(BART, text)
        if n < 3:
            assert methods(said.calls) == ["deleteMessage"]
        else:
            delete, mute = said.calls
            assert delete.method == "deleteMessage" and delete.params["message_id"] == said.id
            assert mute.method == "restrictChatMember" and mute.ok
            assert (mute.chat_id, mute.params["user_id"]) == (CHAT, BART)
            assert mute.params["permissions"]["can_send_messages"] is False
            assert_until(mute, world.clock.now + timedelta(minutes=60))
        world.clock.advance(minutes=2)
    [muted] = await world.audit("mute")
    assert muted.target_telegram_id == BART and muted.actor_telegram_id is None
    assert muted.until is not None and muted.until - muted.created_at == timedelta(minutes=60)
    deleted = await world.audit("delete")
    assert len(deleted) == 3 and all(d.warned for d in deleted)
    notes = await world.deliver()
    assert [c.chat_id for c in notes] == [BART] * 3
    tr = world.tr("nl")
    mute_line = tr.ngettext(
        "After several warnings you can read but not write for {count} minute.",
        "After several warnings you can read but not write for {count} minutes.",
        60,
    ).format(count=60)
    assert [mute_line in (c.shown_text or "") for c in notes] == [False, False, True]

    # A mute wipes the slate: the next insult is a first warning again.
    world.clock.advance(hours=2)
    said = await world.say(BART, "hoer")
    assert methods(said.calls) == ["deleteMessage"]

    # The facilitators lower the threshold and lengthen the mute: Lucía is muted at two.
    await world.bot.services.moderation.change(
        FACILITATOR, world.group_id, warn_threshold=2, mute_minutes=360
    )
    world.clock.advance(minutes=1)
    assert methods((await world.say(LUCIA, "puta")).calls) == ["deleteMessage"]
    world.clock.advance(minutes=1)
    said = await world.say(LUCIA, "gilipollas")
    mute = one(said.calls, "restrictChatMember")
    assert mute.params["user_id"] == LUCIA
    assert_until(mute, world.clock.now + timedelta(minutes=360))
    # Kring never bans on its own.
    assert [c for c in world.api.all_calls if c.method == "banChatMember"] == []
    assert await world.audit("ban") == []


# -- 3. flood ---------------------------------------------------------------------------------


async def test_a_flood_is_deleted_and_a_calm_member_is_not(world: World) -> None:
    start = world.clock.now
    flood: list[Said] = []
    for second in range(8):
        world.clock.set(start + timedelta(seconds=second))
        flood.append(await world.say(BART, f"Hallo?? {second}"))
        if second % 3 == 0:  # Hodan chats along calmly, every three seconds
            assert (await world.say(HODAN, f"Haa, waan joogaa {second}")).calls == []
    # Six messages within ten seconds are fine; the seventh and eighth are a flood.
    assert [s.calls == [] for s in flood] == [True] * 6 + [False] * 2
    for said in flood[6:]:
        [delete] = said.calls
        assert delete.method == "deleteMessage" and delete.params["message_id"] == said.id
    assert [(a.reason, a.message_id) for a in await world.audit("delete")] == [
        ("flood", flood[6].id),
        ("flood", flood[7].id),
    ]
    notes = await world.deliver()
    assert {c.chat_id for c in notes} == {BART}
    tr = world.tr("nl")
    assert all(tr.gettext("many messages came very quickly") in (c.shown_text or "") for c in notes)
    # After a pause Bart writes again like anyone else.
    world.clock.set(start + timedelta(seconds=40))
    assert (await world.say(BART, "Sorry, mijn telefoon deed raar")).calls == []

    # Hodan over a longer time: seven messages, three seconds apart, never a flood.
    for n in range(7):
        world.clock.set(start + timedelta(seconds=60 + 3 * n))
        assert (await world.say(HODAN, f"Fariin {n}")).calls == []
    # Edits are not new messages: Lucía fixes her typos quickly.
    world.clock.set(start + timedelta(seconds=120))
    said = await world.say(LUCIA, "Hola a tdos")
    for n in range(8):
        edit = await world.say(LUCIA, f"Hola a todos {'!' * n}", edited=True, message_id=said.id)
        assert edit.calls == []
    assert len(await world.audit("delete")) == 2


# -- 4. links and forwards from newcomers -----------------------------------------------------


async def test_links_and_forwards_from_brand_new_members_only(world: World) -> None:
    await world.join(OLD_TIMER)
    await world.tap(OLD_TIMER, f"mod:agree:{world.group_id}:{OLD_TIMER}", in_chat=CHAT)
    world.clock.advance(hours=25)
    await world.join(NEWCOMER)
    await world.tap(NEWCOMER, f"mod:agree:{world.group_id}:{NEWCOMER}", in_chat=CHAT)
    world.clock.advance(hours=1)

    advert = "Goedkope kinderwagens!! Kijk op https://deals.example.com/kinderwagen"
    said = await world.say(NEWCOMER, advert)
    assert methods(said.calls) == ["deleteMessage"]
    forwarded = await world.forward(NEWCOMER, "Super aanbieding, alleen vandaag!")
    assert methods(forwarded.calls) == ["deleteMessage"]
    assert forwarded.calls[0].params["message_id"] == forwarded.id
    assert (await world.say(NEWCOMER, "Hallo allemaal, ik ben Nuur")).calls == []
    # The same from a member Kring knows no join of, and from one who joined a day ago.
    for user in (BART, OLD_TIMER):
        assert (await world.say(user, advert)).calls == []
        assert (await world.forward(user, "Super aanbieding, alleen vandaag!")).calls == []
    assert [a.reason for a in await world.audit("delete")] == [
        "link_from_newcomer",
        "forward_from_newcomer",
    ]
    notes = await world.deliver()
    assert [c.chat_id for c in notes] == [NEWCOMER, NEWCOMER]
    tr = world.tr("so")  # Nuur's Telegram language: Kring has no member row for them
    why = tr.ngettext(
        "new members can share links and forwarded messages after {count} hour",
        "new members can share links and forwarded messages after {count} hours",
        24,
    ).format(count=24)
    assert all(why in (c.shown_text or "") for c in notes)
    # A day after joining, the newcomer may share links too.
    world.clock.advance(hours=24)
    assert (await world.say(NEWCOMER, advert)).calls == []


# -- 5. newcomers and the rules ---------------------------------------------------------------


async def test_a_newcomer_reads_the_rules_and_agrees_before_writing(world: World) -> None:
    joined_at = world.clock.now
    restrict, welcome = await world.join(NEWCOMER)
    assert restrict.method == "restrictChatMember" and restrict.ok
    assert (restrict.chat_id, restrict.params["user_id"]) == (CHAT, NEWCOMER)
    assert restrict.params["permissions"]["can_send_messages"] is False
    assert "until_date" not in restrict.params  # until they agree, not for a time
    tr = world.tr("so")
    assert welcome.method == "sendMessage" and welcome.chat_id == CHAT and welcome.ok
    shown = welcome.shown_text or ""
    assert tr.gettext("Our group rules") in shown
    assert default_rules(tr) in shown
    assert f"{FSI}Nuur{PDI}" in shown
    agree, private_chat = welcome.buttons
    agree_data = f"mod:agree:{world.group_id}:0"  # any newcomer who has not agreed yet
    assert agree == {"text": tr.gettext("I agree to the group rules"), "callback_data": agree_data}
    assert private_chat["url"] == "https://t.me/kring_test_bot?start=hello"
    state = await world.chat_member(NEWCOMER)
    assert state is not None and state.joined_at == joined_at and state.agreed_at is None

    # Someone else taps the newcomer's button: an alert for them, nothing changes.
    calls = await world.tap(BART, agree_data, on=welcome)
    assert methods(calls) == ["answerCallbackQuery"]
    assert calls[0].params["show_alert"] is True
    assert calls[0].params["text"] == world.tr("nl").gettext("This button is for someone else.")
    state = await world.chat_member(NEWCOMER)
    assert state is not None and state.agreed_at is None

    # The newcomer taps it: they may write.
    world.clock.advance(minutes=5)
    calls = await world.tap(NEWCOMER, agree_data, on=welcome)
    speak = one(calls, "restrictChatMember")
    assert (speak.chat_id, speak.params["user_id"]) == (CHAT, NEWCOMER)
    assert speak.params["permissions"]["can_send_messages"] is True
    answer = answer_of(calls)
    assert answer.params["text"] == tr.gettext("Thank you! You can write in the group now.")
    state = await world.chat_member(NEWCOMER)
    assert state is not None and state.agreed_at == world.clock.now
    assert await world.jobs.remind() == 0


async def test_a_newcomer_who_does_not_agree_gets_one_reminder(world: World) -> None:
    await world.join(NEWCOMER, SECOND_NEWCOMER)
    world.clock.advance(minutes=2)
    await world.tap(NEWCOMER, f"mod:agree:{world.group_id}:{NEWCOMER}", in_chat=CHAT)
    world.clock.advance(minutes=50)
    assert await world.jobs.remind() == 0  # the group waits an hour by default
    world.clock.advance(minutes=9)
    assert await world.jobs.remind() == 1
    assert await world.jobs.remind() == 0
    [reminder] = await world.deliver()
    tr = world.tr("nl")  # in the group chat: the group's language
    assert reminder.chat_id == CHAT and reminder.method == "sendMessage"
    assert f'<a href="tg://user?id={SECOND_NEWCOMER}">' in (reminder.text or "")
    assert reminder.callback_data == [f"mod:agree:{world.group_id}:{SECOND_NEWCOMER}"]
    assert reminder.buttons[0]["text"] == tr.gettext("I agree to the group rules")
    state = await world.chat_member(SECOND_NEWCOMER)
    assert state is not None and state.agreed_at is None and state.reminded_at is not None
    # Never a second one, however long they wait.
    world.clock.advance(days=3)
    assert await world.jobs.remind() == 0
    assert await world.deliver() == []
    # They agree from the reminder's button.
    calls = await world.tap(SECOND_NEWCOMER, reminder.callback_data[0], on=reminder)
    assert one(calls, "restrictChatMember").params["permissions"]["can_send_messages"] is True


async def test_staff_joining_the_chat_are_not_restricted(world: World) -> None:
    assert await world.join(FACILITATOR, VOLUNTEER) == []
    for user in (FACILITATOR, VOLUNTEER):
        state = await world.chat_member(user)
        assert state is not None and state.agreed_at is not None
    world.clock.advance(hours=2)
    assert await world.jobs.remind() == 0


# -- 6. safeguarding --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sender", "text", "concern"),
    [
        pytest.param(
            BART, "Mijn man slaat me elke dag, ik weet het niet meer", "violence", id="nl"
        ),
        pytest.param(AMINA, "زوجي يضربني كل ليلة", "violence", id="ar"),
        pytest.param(CEREN, "Kocamdan korkuyorum, eve gitmeye korkuyorum", "violence", id="tr"),
        pytest.param(HODAN, "Waxaan rabaa inaan dhinto", "self_harm", id="so"),
        pytest.param(LUCIA, "A veces quiero morir, estoy muy cansada", "self_harm", id="es"),
        pytest.param(BART, "ik wil dood, rot op hoer", "self_harm", id="with-a-listed-word"),
    ],
)
async def test_a_worrying_message_stays_and_the_facilitators_are_alerted(
    world: World, sender: int, text: str, concern: str
) -> None:
    said = await world.say(sender, text)
    assert said.calls == []  # not deleted, nothing in the chat
    [alert_row] = await world.audit()
    assert (alert_row.action, alert_row.reason) == ("alert", f"safeguarding:{concern}")
    assert (alert_row.target_telegram_id, alert_row.message_id) == (sender, said.id)
    alerts = await world.deliver()
    assert sorted(c.chat_id for c in alerts) == sorted(STAFF_IN_PRIVATE)  # not the volunteer
    concern_texts = {
        "self_harm": "someone may want to hurt themselves",
        "violence": "there may be violence at home",
    }
    for alert in alerts:
        tr = world.tr(PEOPLE[int(alert.chat_id or 0)][1])
        shown = alert.shown_text or ""
        assert (
            tr.gettext("Why: {concern}. I did not remove it.").format(
                concern=tr.gettext(concern_texts[concern])
            )
            in shown
        )
        assert text in shown and PEOPLE[sender][0] in shown
        [button] = alert.buttons
        assert button == {"text": tr.gettext("Open the message"), "url": f"{LINK_PREFIX}{said.id}"}


# -- 7. /report -------------------------------------------------------------------------------


async def report(world: World, reporter: int, reported: Said, reason: str = "") -> Said:
    return await world.say(reporter, f"/report {reason}".strip(), reply_to=reported.message)


async def test_a_report_and_each_of_its_buttons(world: World) -> None:
    rude = [
        await world.say(CEREN, text)
        for text in (
            "Jullie zijn echt irritant met jullie regels",
            "Niemand vroeg om jouw mening, Bart",
            "Ik kom je huis wel even opzoeken",
            "Jouw kinderen zijn altijd vies",
        )
    ]
    reports = []
    for n, message in enumerate(rude):
        world.clock.advance(minutes=1)
        said = await report(world, BART, message, "scheldt" if n == 0 else "")
        [delete] = said.calls  # the /report itself disappears from the chat
        assert delete.method == "deleteMessage"
        assert (delete.chat_id, delete.params["message_id"]) == (CHAT, said.id)
        reports.append(said)
    rows = await world.audit("report")
    assert [(r.actor_telegram_id, r.target_telegram_id, r.message_id) for r in rows] == [
        (BART, CEREN, m.id) for m in rude
    ]
    assert rows[0].reason == "scheldt"
    delivered = await world.deliver()
    thanks = to_chat(delivered, BART)
    assert len(thanks) == 4
    nl = world.tr("nl")
    assert (
        nl.gettext(
            "Thank you for your report. The facilitators of {group} will look at it."
        ).format(group=nl.user_text(GROUP_NAME))
        == thanks[0].text
    )
    assert to_chat(delivered, VOLUNTEER) == []
    # The report notices (the insult reader may also ask about a rude message on its own).
    def notices(staff: int) -> list[ApiCall]:
        return [c for c in to_chat(delivered, staff) if c.callback_data[:1] and
                c.callback_data[0].startswith("rep:")]  # fmt: skip

    to_fatma = notices(FACILITATOR)
    assert len(to_fatma) == 4 and len(notices(FACILITATOR_TR)) == 4
    first = to_fatma[0]
    assert rude[0].message["text"] in (first.shown_text or "")
    assert nl.gettext("Reason given: {reason}").format(reason=f"{FSI}scheldt{PDI}") in (
        first.shown_text or ""
    )
    for row, message in zip(rows, to_fatma, strict=True):
        assert message.callback_data == [
            f"rep:{row.id}:{op}" for op in ("del", "warn", "mute", "dis")
        ]
    zeynep_first = notices(FACILITATOR_TR)[0]
    assert zeynep_first.buttons[0]["text"] == world.tr("tr").gettext("Delete")

    # The volunteer and a parent may not act on a report.
    before = len(world.api.calls)
    for user in (VOLUNTEER, BART):
        for op in ("del", "warn", "mute", "dis"):
            calls = await world.tap(user, f"rep:{rows[0].id}:{op}", on=first)
            assert methods(calls) == ["answerCallbackQuery"]
            assert calls[0].params["show_alert"] is True
            assert calls[0].params["text"] == nl.gettext("Sorry, only facilitators can do this.")
    assert moderation(world.api.calls[before:]) == []
    # Still only the four reports (and the insult reader's own question, if it asked, and
    # the worry reader's alert on "Ik kom je huis wel even opzoeken", a veiled threat).
    assert [
        a.id
        for a in await world.audit()
        if a.reason != "insult_learned" and not a.reason.startswith("safeguarding")
    ] == [
        r.id for r in rows
    ]

    # Delete.
    calls = await world.tap(FACILITATOR, f"rep:{rows[0].id}:del", on=to_fatma[0])
    delete = one(calls, "deleteMessage")
    assert (delete.chat_id, delete.params["message_id"]) == (CHAT, rude[0].id)
    assert answer_of(calls).params["text"] == nl.gettext("The message was deleted.")
    assert one(calls, "editMessageReplyMarkup").chat_id == FACILITATOR  # the buttons go
    [deleted] = await world.audit("delete")
    assert (deleted.actor_telegram_id, deleted.message_id) == (FACILITATOR, rude[0].id)
    # Warn.
    calls = await world.tap(FACILITATOR, f"rep:{rows[1].id}:warn", on=to_fatma[1])
    assert moderation(calls) == []
    [warned] = await world.audit("warn")
    assert (warned.actor_telegram_id, warned.target_telegram_id) == (FACILITATOR, CEREN)
    assert await world.bot.services.moderation.warnings(world.group_id, CEREN) == 1
    # Mute for an hour.
    calls = await world.tap(FACILITATOR, f"rep:{rows[2].id}:mute", on=to_fatma[2])
    mute = one(calls, "restrictChatMember")
    assert (mute.chat_id, mute.params["user_id"]) == (CHAT, CEREN)
    assert mute.params["permissions"]["can_send_messages"] is False
    assert_until(mute, world.clock.now + timedelta(hours=1))
    [muted] = await world.audit("mute")
    assert muted.actor_telegram_id == FACILITATOR
    # Dismiss.
    calls = await world.tap(FACILITATOR, f"rep:{rows[3].id}:dis", on=to_fatma[3])
    assert moderation(calls) == []
    assert answer_of(calls).params["text"] == nl.gettext("The report was dismissed.")
    [dismissed] = await world.audit("dismiss")
    assert (dismissed.actor_telegram_id, dismissed.target_telegram_id) == (FACILITATOR, CEREN)
    assert [c for c in world.api.all_calls if c.method == "banChatMember"] == []


async def test_report_without_a_reply_and_too_many_reports(world: World) -> None:
    said = await world.say(LUCIA, "/report")
    [hint] = said.calls
    es = world.tr("es")
    assert hint.method == "sendMessage" and hint.chat_id == CHAT
    assert hint.text == es.gettext("Reply to the message you want to report, and write /report.")
    assert await world.audit() == []

    target = await world.say(BART, "Wie wil er ruilen voor zaterdag?")
    for _ in range(5):
        world.clock.advance(minutes=5)
        assert methods((await report(world, LUCIA, target)).calls) == ["deleteMessage"]
    world.clock.advance(minutes=5)
    sixth = await report(world, LUCIA, target)
    [refused] = sixth.calls
    assert refused.method == "sendMessage"
    assert refused.text == es.gettext(
        "Thank you. You have sent many reports this hour; please try again later."
    )
    assert len(await world.audit("report")) == 5
    # An hour after the first, she may report again.
    world.clock.advance(minutes=40)
    assert methods((await report(world, LUCIA, target)).calls) == ["deleteMessage"]
    assert len(await world.audit("report")) == 6


# -- 8. facilitators' commands in the group ---------------------------------------------------


async def test_facilitator_commands_by_reply(world: World) -> None:
    nl = world.tr("nl")
    name = nl.user_text("Bart")
    target = await world.say(BART, "Dit is echt een waardeloze groep")

    said = await world.say(FACILITATOR, "/warn let op je taal", reply_to=target.message)
    [reply] = said.calls
    assert reply.text == nl.gettext("{name} was warned.").format(name=name)
    [warned] = await world.audit("warn")
    assert (warned.actor_telegram_id, warned.target_telegram_id, warned.reason) == (
        FACILITATOR,
        BART,
        "let op je taal",
    )

    said = await world.say(FACILITATOR, "/mute 2h even afkoelen", reply_to=target.message)
    mute, reply = said.calls
    assert mute.method == "restrictChatMember" and mute.params["user_id"] == BART
    assert mute.params["permissions"]["can_send_messages"] is False
    assert_until(mute, world.clock.now + timedelta(hours=2))
    assert reply.text == nl.ngettext(
        "{name} cannot write for {count} minute.", "{name} cannot write for {count} minutes.", 120
    ).format(name=name, count=120)
    [muted] = await world.audit("mute")
    assert muted.reason == "even afkoelen" and muted.until == world.clock.now + timedelta(hours=2)

    world.clock.advance(minutes=30)
    said = await world.say(FACILITATOR, "/unmute", reply_to=target.message)
    unmute, reply = said.calls
    assert unmute.method == "restrictChatMember"
    assert unmute.params["permissions"]["can_send_messages"] is True
    assert "until_date" not in unmute.params
    assert reply.text == nl.gettext("{name} can write again.").format(name=name)

    said = await world.say(FACILITATOR_TR, "/ban spam", reply_to=target.message)
    ban, reply = said.calls
    assert ban.method == "banChatMember" and (ban.chat_id, ban.params["user_id"]) == (CHAT, BART)
    tr = world.tr("tr")
    assert reply.text == tr.gettext("{name} was removed from the group.").format(
        name=tr.user_text("Bart")
    )

    said = await world.say(FACILITATOR, "/unban", reply_to=target.message)
    unban, reply = said.calls
    assert unban.method == "unbanChatMember" and unban.params["user_id"] == BART
    assert unban.params.get("only_if_banned") is True
    assert reply.text == nl.gettext("{name} may join the group again.").format(name=name)

    assert [(a.action, a.actor_telegram_id) for a in await world.audit()] == [
        ("warn", FACILITATOR),
        ("mute", FACILITATOR),
        ("unmute", FACILITATOR),
        ("ban", FACILITATOR_TR),
        ("unban", FACILITATOR),
    ]
    # Without a reply: a hint, nothing done.
    [hint] = (await world.say(FACILITATOR, "/mute 1h")).calls
    assert hint.text == nl.gettext("Reply to a message of the member, then write the command.")


@pytest.mark.parametrize("user", [CEREN, VOLUNTEER])
async def test_parents_and_volunteers_cannot_use_facilitator_commands(
    world: World, user: int
) -> None:
    target = await world.say(BART, "Dit is echt een waardeloze groep")
    tr = world.tr(PEOPLE[user][1])
    before = len(world.api.all_calls)
    for command in ("/warn doe normaal", "/mute 2h", "/unmute", "/ban weg ermee", "/unban"):
        [reply] = (await world.say(user, command, reply_to=target.message)).calls
        assert reply.method == "sendMessage" and reply.chat_id == CHAT
        assert reply.text == tr.gettext("Sorry, only facilitators can do this.")
    assert moderation(world.api.all_calls[before:]) == []
    assert await world.audit() == []


# -- 9. Kring without admin rights ------------------------------------------------------------


async def test_without_admin_rights_the_facilitators_are_told_once_an_hour(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    api = world.api
    api.fail_next("deleteMessage", 400, "Bad Request: not enough rights to delete a message")
    with caplog.at_level(logging.INFO):
        said = await world.say(BART, "Jij bent een KLOOTZAK")
    [refused] = said.calls
    assert refused.method == "deleteMessage" and refused.status == 400
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    [flagged] = await world.audit()
    assert (flagged.action, flagged.reason, flagged.message_id) == ("flag", "insult", said.id)
    assert flagged.warned  # still a warning: the insult was written
    assert await world.audit("delete") == []

    delivered = await world.deliver()
    assert sorted(c.chat_id for c in delivered) == sorted(STAFF_IN_PRIVATE)
    for notice in delivered:
        tr = world.tr(PEOPLE[int(notice.chat_id or 0)][1])
        assert notice.text == tr.gettext(
            "I could not {action} in {group}. Please make me an admin of the group chat "
            "with the rights to delete messages and restrict members."
        ).format(action=tr.gettext("delete a message"), group=tr.user_text(GROUP_NAME))

    # Ten minutes later: refused again (and now the mute too), no second notice this hour.
    world.clock.advance(minutes=10)
    api.fail_next("deleteMessage", 400, "Bad Request: not enough rights to delete a message")
    assert [c.status for c in (await world.say(BART, "idiooooot")).calls] == [400]
    world.clock.advance(minutes=10)
    api.fail_next("deleteMessage", 400, "Bad Request: not enough rights to delete a message")
    api.fail_next(
        "restrictChatMember",
        400,
        "Bad Request: not enough rights to restrict/unrestrict chat member",
    )
    third = (await world.say(BART, "hou je bek")).calls
    assert [(c.method, c.status) for c in third] == [
        ("deleteMessage", 400),
        ("restrictChatMember", 400),
    ]
    assert await world.audit("mute") == []  # nothing was done, so nothing is logged as done
    assert len(await world.audit("flag")) == 3
    assert await world.deliver() == []
    # Two hours later it happens again: the facilitators hear of it again.
    world.clock.advance(hours=2)
    api.fail_next("deleteMessage", 400, "Bad Request: not enough rights to delete a message")
    await world.say(HODAN, "nacaaas")
    delivered = await world.deliver()
    assert sorted(c.chat_id for c in delivered) == sorted(STAFF_IN_PRIVATE)
    # A newcomer who cannot be restricted is still welcomed, without "read along".
    api.fail_next("restrictChatMember", 400, "Bad Request: not enough rights to restrict")
    refused, welcome = await world.join(NEWCOMER)
    assert refused.status == 400 and welcome.ok
    so = world.tr("so")
    assert so.gettext("I agree to the group rules") == welcome.buttons[0]["text"]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert [c for c in api.all_calls if c.method == "banChatMember"] == []


async def test_no_private_explanation_claims_a_deletion_that_did_not_happen(
    world: World,
) -> None:
    world.api.fail_next("deleteMessage", 400, "Bad Request: not enough rights to delete a message")
    await world.say(LUCIA, "puta")
    delivered = await world.deliver()
    assert to_chat(delivered, LUCIA) == []  # "I removed your message" would not be true
    assert sorted(c.chat_id for c in delivered) == sorted(STAFF_IN_PRIVATE)


async def test_refusals_that_are_not_about_rights_do_not_ask_for_admin_rights(
    world: World,
) -> None:
    # Bart deleted his message himself before Kring could; the group's owner (an admin
    # Kring does not know as staff) cannot be restricted by anyone.
    world.api.fail_next("deleteMessage", 400, "Bad Request: message to delete not found")
    assert [c.status for c in (await world.say(BART, "hoer")).calls] == [400]
    world.api.fail_next(
        "restrictChatMember", 400, "Bad Request: user is an administrator of the chat"
    )
    await world.bot.services.moderation.change(FACILITATOR, world.group_id, warn_threshold=2)
    world.clock.advance(minutes=1)
    owner = 7_000_000_099
    for text in ("hoer", "idioot"):
        await world.say(owner, text, name="Owner")
        world.clock.advance(minutes=1)
    assert [c.status for c in world.api.all_calls if c.method == "restrictChatMember"] == [400]
    assert to_chat(await world.deliver(), FACILITATOR) == []


# -- 10. the audit log ------------------------------------------------------------------------


async def test_the_log_with_undo_for_facilitators_and_read_only_for_volunteers(
    world: World,
) -> None:
    bart = await world.say(BART, "Dit is echt een waardeloze groep")
    ceren = await world.say(CEREN, "Niemand luistert hier")
    await world.say(FACILITATOR, "/warn let op je taal", reply_to=bart.message)
    world.clock.advance(minutes=1)
    await world.say(FACILITATOR, "/mute 2h even afkoelen", reply_to=ceren.message)
    [warned] = await world.audit("warn")
    [muted] = await world.audit("mute")

    [log] = await world.private(FACILITATOR, "modlog")
    nl = world.tr("nl")
    shown = log.shown_text or ""
    assert nl.gettext("Moderation in {group}").format(group=f"{FSI}{GROUP_NAME}{PDI}") in shown
    assert "even afkoelen" in shown and "let op je taal" in shown
    assert sorted(log.callback_data) == sorted([f"undo:{warned.id}", f"undo:{muted.id}"])

    calls = await world.tap(FACILITATOR, f"undo:{muted.id}", on=log)
    speak = one(calls, "restrictChatMember")
    assert (speak.chat_id, speak.params["user_id"]) == (CHAT, CEREN)
    assert speak.params["permissions"]["can_send_messages"] is True
    assert answer_of(calls).params["text"] == nl.gettext("Undone.")
    [undone] = await world.audit("mute")
    assert undone.undone_at == world.clock.now and undone.undone_by == FACILITATOR
    # A second tap changes nothing.
    calls = await world.tap(FACILITATOR, f"undo:{muted.id}", on=log)
    assert methods(calls) == ["answerCallbackQuery"]
    assert calls[0].params["text"] == nl.gettext("That was already undone.")
    # Undoing the warning takes it off Bart's count.
    await world.tap(FACILITATOR, f"undo:{warned.id}", on=log)
    assert await world.bot.services.moderation.warnings(world.group_id, BART) == 0
    [again] = await world.private(FACILITATOR, "modlog")
    assert again.callback_data == [] and nl.gettext("undone") in (again.shown_text or "")

    # The volunteer sees the log without undo buttons, and cannot undo by a forged tap.
    await world.say(FACILITATOR, "/warn tweede keer", reply_to=bart.message)
    [second_warning] = [a for a in await world.audit("warn") if a.undone_at is None]
    [volunteer_log] = await world.private(VOLUNTEER, "modlog")
    assert volunteer_log.ok and "tweede keer" in (volunteer_log.shown_text or "")
    assert volunteer_log.buttons == []
    calls = await world.tap(VOLUNTEER, f"undo:{second_warning.id}")
    assert methods(calls) == ["answerCallbackQuery"]
    assert calls[0].params["text"] == nl.gettext("Sorry, only facilitators can do this.")
    assert await world.bot.services.moderation.warnings(world.group_id, BART) == 1
    # A parent is refused.
    [refused] = await world.private(CEREN, "modlog")
    tr = world.tr("tr")
    assert refused.text == tr.gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )


# -- 11. settings -----------------------------------------------------------------------------


async def test_settings_buttons_change_the_checks_and_the_night_rest(world: World) -> None:
    service = world.bot.services.moderation
    [panel] = await world.private(FACILITATOR, "moderation")
    g = f"ms:{world.group_id}:"
    assert f"{g}words_enabled" in panel.callback_data and f"{g}rest" in panel.callback_data
    nl = world.tr("nl")

    # A parent (and the volunteer) cannot change anything.
    for user in (BART, VOLUNTEER):
        calls = await world.tap(user, f"{g}words_enabled", on=panel)
        assert methods(calls) == ["answerCallbackQuery"]
        assert calls[0].params["show_alert"] is True
        assert calls[0].params["text"] == nl.gettext("Sorry, this is not one of your groups.")
    assert (await service.config(world.group_id)).words_enabled is True
    [refused] = await world.private(BART, "moderation")
    assert refused.text == nl.gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )

    # Words off: a listed word stays.
    assert methods((await world.say(BART, "hoer")).calls) == ["deleteMessage"]
    world.clock.advance(minutes=1)
    calls = await world.tap(FACILITATOR, f"{g}words_enabled", on=panel)
    assert answer_of(calls).params["text"] == nl.gettext("Saved.")
    edited = one(calls, "editMessageText")
    assert any(b["text"] == f"⬜ {nl.gettext('Hurtful words')}" for b in edited.buttons)
    assert (await service.config(world.group_id)).words_enabled is False
    world.clock.advance(minutes=1)
    assert (await world.say(BART, "hoer")).calls == []
    # And on again.
    world.clock.advance(minutes=1)
    await world.tap(FACILITATOR, f"{g}words_enabled", on=panel)
    world.clock.advance(minutes=1)
    assert methods((await world.say(BART, "hoer")).calls) == ["deleteMessage"]
    assert [c.chat_id for c in await world.deliver()] == [BART, BART]  # two explanations

    # The warning threshold cycles through its choices.
    seen = []
    for _ in range(3):
        world.clock.advance(seconds=10)
        calls = await world.tap(FACILITATOR, f"{g}warn_threshold", on=panel)
        value = (await service.config(world.group_id)).warn_threshold
        seen.append(value)
        label = nl.gettext("Warnings before a mute: {value}").format(value=value)
        assert label in [b["text"] for b in one(calls, "editMessageText").buttons]
    assert seen == [5, 2, 3]

    # Night rest: off → 22:00–07:00.
    calls = await world.tap(FACILITATOR, f"{g}rest", on=panel)
    label = nl.gettext("Night rest for the chat: {start} to {end}").format(
        start="22:00", end="07:00"
    )
    assert label in [b["text"] for b in one(calls, "editMessageText").buttons]
    config = await service.config(world.group_id)
    assert (config.rest_start_min, config.rest_end_min) == (22 * 60, 7 * 60)

    world.clock.set(datetime(2027, 3, 1, 21, 59, tzinfo=AMS))
    assert await world.jobs.rest() == 0
    world.clock.set(datetime(2027, 3, 1, 22, 30, tzinfo=AMS))
    assert await world.jobs.rest() == 1
    assert await world.jobs.rest() == 0
    closing = await world.deliver()
    assert [(c.method, c.chat_id) for c in closing] == [
        ("setChatPermissions", CHAT),
        ("sendMessage", CHAT),
    ]
    assert not any(closing[0].params["permissions"].values())
    assert closing[1].text == "🌙 " + nl.gettext(
        "Good night! The group rests now. You can write again at {time}."
    ).format(time="07:00")
    world.clock.set(datetime(2027, 3, 2, 3, 0, tzinfo=AMS))
    assert await world.jobs.rest() == 0
    world.clock.set(datetime(2027, 3, 2, 7, 5, tzinfo=AMS))
    assert await world.jobs.rest() == 1
    assert await world.jobs.rest() == 0
    opening = await world.deliver()
    assert [c.method for c in opening] == ["setChatPermissions", "sendMessage"]
    assert opening[0].params["permissions"]["can_send_messages"] is True
    assert all(opening[0].params["permissions"].values())
    assert opening[1].text == "☀️ " + nl.gettext("Good morning! The group is open again.")
    assert await world.deliver() == []


# -- 12. the group's own words ----------------------------------------------------------------


async def test_a_facilitator_adds_a_word_and_it_is_deleted_afterwards(world: World) -> None:
    assert (await world.say(BART, "Wat een sukkel ben jij")).calls == []
    [refused] = await world.private(CEREN, "addword", "nl sukkel")
    assert refused.text == world.tr("tr").gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )
    nl = world.tr("nl")
    [hint] = await world.private(FACILITATOR, "addword", "sukkel")
    assert hint.text == nl.gettext(
        "Write the language and the word, for example: /addword nl word "
        "(languages: nl, ar, tr, so, es)"
    )
    world.clock.advance(minutes=1)
    [added] = await world.private(FACILITATOR, "addword", "nl sukkel")
    assert added.text == nl.gettext("Added to your groups' word list.")
    assert (await world.bot.services.moderation.config(world.group_id)).extra_words == {
        "nl": ["sukkel"]
    }
    world.clock.advance(minutes=1)
    for text in ("Wat een sukkel ben jij", "SUKKEEEL"):
        said = await world.say(BART, text)
        assert methods(said.calls) == ["deleteMessage"], text
        world.clock.advance(minutes=1)
    assert [a.reason for a in await world.audit("delete")] == ["group_word"] * 2
    # The default list still applies next to the group's own words.
    assert methods((await world.say(CEREN, "0r0spu")).calls) == ["deleteMessage"]


# -- 13. names full of markup -----------------------------------------------------------------

HOSTILE = "<b>Ali</b> & <script>\u202e"
SHOWN_HOSTILE = f"{FSI}<b>Ali</b> & <script>{PDI}"  # as typed, tags and all, but isolated


async def test_hostile_names_are_escaped_and_isolated_for_the_facilitators(world: World) -> None:
    worrying = await world.say(HODAN, "Wuu i garaacaa habeen walba", name=HOSTILE)
    assert worrying.calls == []
    rude = await world.say(AMINA, "Jullie zijn allemaal irritant", name=HOSTILE)
    world.clock.advance(minutes=1)
    await report(world, BART, rude, "<i>scheldt</i> & dreigt")
    world.clock.advance(minutes=1)
    assert methods((await world.say(CEREN, "0r0spu", name=HOSTILE)).calls) == ["deleteMessage"]
    delivered = await world.deliver()
    assert delivered and all(c.ok for c in delivered)
    assert world.api.rejected == []  # a raw "<script>" or "&" would have been refused
    to_staff = [c for c in delivered if c.chat_id in STAFF_IN_PRIVATE]
    assert len(to_staff) == 4  # an alert and a report, for each facilitator
    for message in to_staff:
        assert SHOWN_HOSTILE in (message.shown_text or ""), message.shown_text
        assert "&lt;b&gt;Ali&lt;/b&gt; &amp; &lt;script&gt;" in (message.text or "")
        assert "\u202e" not in (message.text or "")
    reports = [c for c in to_staff if c.callback_data]
    assert len(reports) == 2
    assert all(f"{FSI}<i>scheldt</i> & dreigt{PDI}" in (c.shown_text or "") for c in reports)
    # The member's own explanation names them safely too.
    [note] = to_chat(delivered, CEREN)
    assert SHOWN_HOSTILE in (note.shown_text or "")
    # And so does the log.
    [log] = await world.private(FACILITATOR, "modlog")
    assert log.ok and SHOWN_HOSTILE in (log.shown_text or "")
