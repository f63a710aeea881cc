"""Broadcasts end to end: the facilitator's /broadcast flow through real updates, delivery
through the outbox and the real sender against the fake Bot API, and the report.

Everything is checked where a person would see it (the messages the fake accepted, as the
recipient sees them) or where it is kept (the outbox, the broadcast row, members).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.config import SUPPORTED_LOCALES
from bot.delivery import OutboxSender, SenderLimits
from bot.i18n import LANGUAGE_NAMES, Translator
from bot.render.broadcasts import report_text
from scheduler.broadcasts import BroadcastJobs
from storage.models import (
    Broadcast,
    BroadcastStatus,
    Member,
    Membership,
    OutboxMessage,
    OutboxStatus,
    Role,
)
from storage.outbox import NewMessage
from tests.clock import Clock
from tests.conftest import Database
from tests.fakes import ApiCall, FakeBotAPI, make_bot
from tests.harness import BotHarness, bot_harness
from tests.world import add_group, build_group

AMS = ZoneInfo("Europe/Amsterdam")
COORDINATOR = 6_100_000_001
FACILITATOR = 6_100_000_002
VOLUNTEER = 6_100_000_003
AMINA, BART, CEREN, ELENA = 6_100_000_010, 6_100_000_011, 6_100_000_012, 6_100_000_013
PARENTS = {AMINA: ("Amina", "ar"), BART: ("Bart", "nl"), CEREN: ("Ceren", "tr"),
           ELENA: ("Elena", "es")}  # fmt: skip
# A Monday in the future of the test machine's real clock: the sender gives rows back for
# a retry at real time plus `retry_after`, which is then due at once on this clock.
MONDAY_10 = datetime(2027, 3, 1, 10, 0, tzinfo=AMS).astimezone(UTC)
MARKER = "(This message is in {language}: it was not written in yours.)"


@dataclass
class World:
    """A group with a facilitator, a volunteer and parents in four languages."""

    bot: BotHarness
    clock: Clock
    group_id: int
    parents: dict[int, tuple[str, str]] = field(default_factory=lambda: dict(PARENTS))

    @property
    def api(self) -> FakeBotAPI:
        return self.bot.api

    def tr(self, locale: str) -> Translator:
        return self.bot.services.catalogs.get(locale)

    async def command(self, user_id: int, name: str) -> list[ApiCall]:
        return await self.bot.send(self.bot.updates.command(name, user_id=user_id,
                                                            language_code="nl"))  # fmt: skip

    async def tap(self, user_id: int, data: str) -> list[ApiCall]:
        """Press a button: on the message in `user_id`'s chat that carries it, if there is
        one (as Telegram sends it), else on a made-up one (a forged or foreign tap)."""
        carrier = next(
            (c.result for c in reversed(self.api.calls)
             if c.chat_id == user_id and data in c.callback_data and isinstance(c.result, dict)),
            None,
        )  # fmt: skip
        update = self.bot.updates.callback(
            data, user_id=user_id, chat_id=user_id, language_code="nl", message=carrier
        )
        return await self.bot.send(update)

    async def say(self, user_id: int, text: str) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.message(text, user_id=user_id, language_code="nl")
        )

    async def voice(self, user_id: int, file_id: str) -> list[ApiCall]:
        update = self.bot.updates.message("x", user_id=user_id, language_code="nl")
        message = update["message"]
        del message["text"]
        message["voice"] = {"file_id": file_id, "file_unique_id": file_id[-8:], "duration": 9}
        return await self.bot.send(update)

    async def deliver(self, *, until_idle: bool = True) -> list[ApiCall]:
        """Drain the outbox through the real sender; return what reached Telegram."""
        return await self.bot.deliver(until_idle=until_idle)

    def jobs(self) -> BroadcastJobs:
        """The scheduler's report job, wired as `kring run` wires it."""
        services = self.bot.services
        return BroadcastJobs(
            services.broadcasts,
            services.outbox,
            lambda r: {
                "text": report_text(services.catalogs, r, r.author_locale),
                "parse_mode": "HTML",
            },
        )

    async def draft(self) -> Broadcast:
        async with self.bot.db.sessions() as session:
            row = await session.scalar(select(Broadcast).order_by(Broadcast.id.desc()))
            assert row is not None
            return row

    async def outbox(self, prefix: str = "broadcast:") -> list[OutboxMessage]:
        async with self.bot.db.sessions() as session:
            rows = await session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.dedupe_key.startswith(prefix))
                .order_by(OutboxMessage.id)
            )
            return list(rows.all())

    async def compose(self, text: str, locale: str = "nl") -> tuple[int, ApiCall]:
        """/broadcast, a language, the text; returns the draft id and the preview buttons."""
        calls = await self.command(FACILITATOR, "broadcast")
        assert calls[-1].callback_data, "no language buttons"
        broadcast_id = (await self.draft()).id
        await self.tap(FACILITATOR, f"bc:{broadcast_id}:lang:{locale}")
        calls = await self.say(FACILITATOR, text)
        return broadcast_id, calls[-1]


async def make_world(
    bot: BotHarness, clock: Clock, parents: dict[int, tuple[str, str]] = PARENTS
) -> World:
    built = await build_group(
        bot.services,
        coordinator=COORDINATOR,
        facilitators={FACILITATOR: ("Fatma", "nl")},
        volunteers={VOLUNTEER: ("Vera", "nl")},
        parents=parents,
    )
    return World(bot, clock, built.group_id, dict(parents))


@pytest.fixture
async def world(db: Database) -> AsyncIterator[World]:
    """On SQLite and on PostgreSQL: for what reaches storage."""
    clock = Clock(MONDAY_10)
    async with bot_harness(db, clock=clock) as bot:
        yield await make_world(bot, clock)


@pytest.fixture
async def sqlite_world(sqlite_db: Database) -> AsyncIterator[World]:
    """On SQLite only: for the conversation itself."""
    clock = Clock(MONDAY_10)
    async with bot_harness(sqlite_db, clock=clock) as bot:
        yield await make_world(bot, clock)


def sends(calls: list[ApiCall]) -> list[ApiCall]:
    return [c for c in calls if c.method in ("sendMessage", "sendVoice")]


def alert_of(calls: list[ApiCall]) -> str | None:
    """The text of the pop-up a tap was answered with (None: a silent answer)."""
    [answer] = [c for c in calls if c.method == "answerCallbackQuery"]
    if answer.params.get("show_alert"):
        return str(answer.params.get("text"))
    return None


def report_lines(tr: Translator, *, delivered: int, quiet: int = 0, paused: int = 0,
                 capped: int = 0, blocked: int = 0, failed: int = 0) -> list[str]:  # fmt: skip
    return [
        tr.gettext("Delivered: {count}").format(count=delivered),
        tr.gettext("Held for quiet hours (sent in the morning): {count}").format(count=quiet),
        tr.gettext("On a break (not sent): {count}").format(count=paused),
        tr.gettext("Weekly message limit reached (not sent): {count}").format(count=capped),
        tr.gettext("Blocked Kring (not reachable): {count}").format(count=blocked),
        tr.gettext("Failed: {count}").format(count=failed),
    ]


async def add_parents(world: World, count: int, first_id: int) -> list[int]:
    """Many consenting parents at once (rows written directly: invites take 30 at most)."""
    ids = [first_id + i for i in range(count)]
    async with world.bot.db.sessions.begin() as session:
        members = [
            Member(telegram_user_id=uid, locale=SUPPORTED_LOCALES[i % len(SUPPORTED_LOCALES)],
                   display_name=f"Ouder {i}", consent_given_at=world.clock(), consent_version=1,
                   reachable=True)
            for i, uid in enumerate(ids)
        ]  # fmt: skip
        session.add_all(members)
        await session.flush()
        session.add_all(
            Membership(member_id=m.id, group_id=world.group_id, role=Role.PARENT) for m in members
        )
    return ids


# -- the facilitator's flow -------------------------------------------------------------------


async def test_a_broadcast_in_two_languages_reaches_each_member_in_theirs(world: World) -> None:
    nl = world.tr("nl")
    calls = await world.command(FACILITATOR, "broadcast")
    draft = await world.draft()
    assert (draft.status, draft.group_id) == (BroadcastStatus.DRAFT, world.group_id)
    ask = sends(calls)[-1]
    assert "Moeders Noord" in (ask.shown_text or "")
    assert ask.callback_data == [f"bc:{draft.id}:lang:{lc}" for lc in SUPPORTED_LOCALES]

    # Dutch, typed.
    calls = await world.tap(FACILITATOR, f"bc:{draft.id}:lang:nl")
    assert alert_of(calls) is None
    [question] = sends(calls)
    assert question.shown_text == nl.gettext(
        "Type the message in {language}, or send a voice note."
    ).format(language="Nederlands")
    text = "Zaterdag is er geen bijeenkomst. Tot volgende week!"
    calls = await world.say(FACILITATOR, text)
    preview, panel = sends(calls)
    assert text in (preview.shown_text or "") and "Moeders Noord" in (preview.shown_text or "")
    assert nl.gettext("Message from {group}").split("{")[0] in (preview.shown_text or "")
    assert "🌐" not in (preview.shown_text or "")  # Dutch members see no marker
    b = f"bc:{draft.id}:"
    assert panel.callback_data == [f"{b}more", f"{b}send", f"{b}cancel"]
    assert panel.buttons[1]["text"] == nl.ngettext(
        "Send to {count} member", "Send to {count} members", 4
    ).format(count=4)
    assert await world.outbox() == []  # nothing before "send"

    # Arabic, spoken: a voice note.
    calls = await world.tap(FACILITATOR, f"{b}more")
    [languages] = sends(calls)
    assert "✓ Nederlands" in [button["text"] for button in languages.buttons]
    await world.tap(FACILITATOR, f"{b}lang:ar")
    calls = await world.voice(FACILITATOR, "VOICE-AR-0000001")
    previews = sends(calls)
    # Each language as its members see it (sorted: Arabic, Dutch), then the buttons.
    assert [c.method for c in previews] == ["sendVoice", "sendMessage", "sendMessage"]
    assert previews[0].params["voice"] == "VOICE-AR-0000001"
    assert text in (previews[1].shown_text or "")
    assert not any("🌐" in (c.shown_text or "") for c in previews)
    assert previews[-1].callback_data == [f"{b}more", f"{b}send", f"{b}cancel"]
    stored = await world.draft()
    assert (stored.texts, stored.voices) == ({"nl": text}, {"ar": "VOICE-AR-0000001"})
    assert await world.outbox() == []  # still nothing

    # Send: one transaction writes each parent's message, in their language.
    calls = await world.tap(FACILITATOR, f"{b}send")
    assert any(c.method == "editMessageReplyMarkup" for c in calls)  # no second tap there
    assert sends(calls)[-1].shown_text == nl.ngettext(
        "Sending to {count} member. I will tell you when it has gone out.",
        "Sending to {count} members. I will tell you when it has gone out.",
        4,
    ).format(count=4)
    rows = await world.outbox()
    by_chat: dict[int, list[str]] = {}
    for row in rows:
        by_chat.setdefault(row.chat_id, []).append(row.method)
    assert by_chat == {
        BART: ["sendMessage"],  # Dutch: the text
        AMINA: ["sendVoice"],  # Arabic: the voice note
        CEREN: ["sendMessage"],  # Turkish, Spanish: missing, so the group's Dutch
        ELENA: ["sendMessage"],
    }
    assert {r.status for r in rows} == {OutboxStatus.PENDING}
    assert (await world.draft()).status is BroadcastStatus.SENDING

    # A double tap: a polite note, nothing sent twice.
    calls = await world.tap(FACILITATOR, f"{b}send")
    assert alert_of(calls) == nl.gettext("This message was already sent or cancelled.")
    assert sends(calls) == []
    assert len(await world.outbox()) == 4

    delivered = await world.deliver()
    got = {c.chat_id: c for c in delivered}
    assert set(got) == {AMINA, BART, CEREN, ELENA}  # not the volunteer, not the facilitator
    assert len(delivered) == 4
    assert text in (got[BART].shown_text or "") and "🌐" not in (got[BART].shown_text or "")
    assert got[AMINA].method == "sendVoice"
    assert got[AMINA].params["voice"] == "VOICE-AR-0000001"
    assert "🌐" not in (got[AMINA].shown_text or "")
    assert world.tr("ar").gettext("Message from {group}").split("{")[0].strip() in (
        got[AMINA].shown_text or ""
    )
    for user, locale in ((CEREN, "tr"), (ELENA, "es")):
        shown = got[user].shown_text or ""
        assert text in shown
        assert world.tr(locale).gettext(MARKER).format(language=LANGUAGE_NAMES["nl"]) in shown

    # The report, once; a crash while it is being written loses it not (the broadcast is
    # marked done in the transaction that enqueues its report).
    jobs = world.jobs()
    broken = BroadcastJobs(world.bot.services.broadcasts, world.bot.services.outbox,
                           lambda r: 1 / 0)  # type: ignore[arg-type,return-value]  # fmt: skip
    with pytest.raises(ZeroDivisionError):
        await broken.report()
    assert (await world.draft()).status is BroadcastStatus.SENDING
    assert await jobs.report() == 1
    assert await jobs.report() == 0
    [report] = await world.deliver()
    assert report.chat_id == FACILITATOR
    lines = (report.shown_text or "").splitlines()
    assert "Moeders Noord" in lines[0]
    assert lines[1:] == report_lines(nl, delivered=4)
    assert (await world.draft()).status is BroadcastStatus.DONE


async def test_several_groups_ask_which_one_first(sqlite_world: World) -> None:
    world = sqlite_world
    other = await add_group(
        world.bot.services,
        COORDINATOR,
        name="Vaders Zuid",
        timezone="Europe/Brussels",
        facilitators={FACILITATOR: ("Fatma", "nl")},
    )

    calls = await world.command(FACILITATOR, "broadcast")
    [picker] = sends(calls)
    assert picker.shown_text == world.tr("nl").gettext("Which group?")
    assert sorted(picker.callback_data) == sorted(
        [f"grp:broadcast:{world.group_id}", f"grp:broadcast:{other}"]
    )
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Broadcast)) == 0

    calls = await world.tap(FACILITATOR, f"grp:broadcast:{other}")
    draft = await world.draft()
    assert draft.group_id == other
    [ask] = sends(calls)
    assert "Vaders Zuid" in (ask.shown_text or "")
    assert ask.callback_data == [f"bc:{draft.id}:lang:{lc}" for lc in SUPPORTED_LOCALES]


async def test_cancel_sends_nothing(sqlite_world: World) -> None:
    world = sqlite_world
    nl = world.tr("nl")
    broadcast_id, _ = await world.compose("Dit gaat niet door")
    calls = await world.tap(FACILITATOR, f"bc:{broadcast_id}:cancel")
    assert sends(calls)[-1].shown_text == nl.gettext("Cancelled. Nothing was sent.")
    assert (await world.draft()).status is BroadcastStatus.CANCELLED
    # A late "send" on the old preview changes nothing.
    calls = await world.tap(FACILITATOR, f"bc:{broadcast_id}:send")
    assert alert_of(calls) == nl.gettext("This message was already sent or cancelled.")
    assert (await world.draft()).status is BroadcastStatus.CANCELLED
    assert await world.outbox() == []
    assert await world.deliver() == []
    assert await world.jobs().report() == 0


async def test_parents_and_volunteers_cannot_broadcast(sqlite_world: World) -> None:
    world = sqlite_world
    nl = world.tr("nl")
    refusal = nl.gettext(
        "Sorry, this command is for facilitators. Tap /help to see what you can do."
    )
    for user in (BART, VOLUNTEER):
        calls = await world.command(user, "broadcast")
        assert [c.shown_text for c in sends(calls)] == [refusal]
        calls = await world.tap(user, f"grp:broadcast:{world.group_id}")  # a forged pick
        assert any(
            c.shown_text == nl.gettext("Sorry, this is not one of your groups.") for c in calls
        )
    async with world.bot.db.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Broadcast)) == 0

    # Nor can they use the facilitator's draft buttons.
    text = "Bijeenkomst gaat door"
    broadcast_id, _ = await world.compose(text)
    b = f"bc:{broadcast_id}:"
    for user, action in ((BART, "send"), (VOLUNTEER, "send"), (BART, "cancel"),
                         (VOLUNTEER, "lang:tr"), (BART, "more")):  # fmt: skip
        calls = await world.tap(user, b + action)
        assert alert_of(calls) == nl.gettext("Sorry, this is not one of your groups.")
        assert sends(calls) == []
    await world.say(VOLUNTEER, "Mijn eigen tekst")  # no language was given to them
    draft = await world.draft()
    assert (draft.status, draft.texts, draft.voices) == (BroadcastStatus.DRAFT, {"nl": text}, {})
    assert await world.outbox() == []


async def test_html_and_bidi_controls_arrive_as_typed(sqlite_world: World) -> None:
    world = sqlite_world
    await world.bot.services.community.update_group(
        FACILITATOR, world.group_id, name="Moeders & <Noord>"
    )
    typed = '<b>Let op</b> & "kom" <script>alert(1)</script> 5 < 6 \u202eevil\u202c &amp;'
    shown = typed.replace("\u202e", "").replace("\u202c", "")
    broadcast_id, _ = await world.compose(typed)
    preview = sends(world.api.calls)[-2]
    assert shown in (preview.shown_text or "")
    await world.tap(FACILITATOR, f"bc:{broadcast_id}:send")
    delivered = await world.deliver()
    assert len(delivered) == 4 and world.api.rejected == []
    for call in delivered:
        text = call.shown_text or ""
        assert shown in text and "Moeders & <Noord>" in text
        assert "\u202e" not in text


# -- delivery rules ---------------------------------------------------------------------------


async def test_pause_the_weekly_cap_and_quiet_hours(world: World) -> None:
    services = world.bot.services
    await services.privacy.pause(AMINA, None)
    await services.community.update_group(FACILITATOR, world.group_id, prompt_cap_per_week=1)
    ceren = await services.members.find(CEREN)
    assert ceren is not None
    await services.outbox.enqueue(  # Ceren had this week's one prompt already
        [NewMessage("session-reminder:1", CEREN, {"text": "x"}, member_id=ceren.id, prompt=True)]
    )
    await services.privacy.set_quiet_hours(ELENA, 9 * 60, 12 * 60)  # it is 10:00 now
    nl = world.tr("nl")

    text = "Denk aan de kinderopvang"
    broadcast_id, panel = await world.compose(text)
    assert panel.buttons[1]["text"] == nl.ngettext(
        "Send to {count} member", "Send to {count} members", 4
    ).format(count=4)  # before the rules
    calls = await world.tap(FACILITATOR, f"bc:{broadcast_id}:send")
    assert sends(calls)[-1].shown_text == nl.ngettext(
        "Sending to {count} member. I will tell you when it has gone out.",
        "Sending to {count} members. I will tell you when it has gone out.",
        2,
    ).format(count=2)
    rows = {r.chat_id: r for r in await world.outbox()}
    assert set(rows) == {BART, ELENA}  # nothing for the paused or capped member
    assert rows[BART].not_before == MONDAY_10
    assert rows[ELENA].not_before == datetime(2027, 3, 1, 12, 0, tzinfo=AMS)
    draft = await world.draft()
    assert (draft.recipients, draft.held_paused, draft.held_cap) == (2, 1, 1)

    delivered = [c for c in await world.deliver(until_idle=False) if text in (c.shown_text or "")]
    assert [c.chat_id for c in delivered] == [BART]
    jobs = world.jobs()
    assert await jobs.report() == 1  # Elena's message waits for the morning, not the report
    [report] = await world.deliver(until_idle=False)
    assert report.chat_id == FACILITATOR
    assert (report.shown_text or "").splitlines()[1:] == report_lines(
        nl, delivered=1, quiet=1, paused=1, capped=1
    )

    world.clock.set(datetime(2027, 3, 1, 12, 0, 30, tzinfo=AMS))
    later = await world.deliver()
    assert [c.chat_id for c in later] == [ELENA]
    assert text in (later[0].shown_text or "")
    assert await jobs.report() == 0
    assert not [c for c in world.api.sent_messages() if c.chat_id in (AMINA, CEREN)
                and text in (c.shown_text or "")]  # fmt: skip


# -- reliability ------------------------------------------------------------------------------


async def test_500_members_through_429s_and_blocks(db: Database) -> None:
    clock = Clock(MONDAY_10)
    async with bot_harness(db, clock=clock) as bot:
        world = await make_world(bot, clock, parents={})
        members = await add_parents(world, 500, 7_000_000_000)
        blocked = set(members[::20])
        assert len(blocked) == 25
        reachable = [m for m in members if m not in blocked]

        text = "Grote bijeenkomst in het buurthuis, iedereen welkom!"
        broadcast_id, panel = await world.compose(text)
        assert "500" in panel.buttons[1]["text"]
        await world.tap(FACILITATOR, f"bc:{broadcast_id}:send")
        assert len(await world.outbox()) == 500

        for member in blocked:
            world.api.block_chat(member)
        world.api.rate_limit(150)  # Telegram's flood control: 429 with retry_after
        await world.deliver()

        assert world.api.count_429 > 0
        per_chat = Counter(c.chat_id for c in world.api.calls_to("sendMessage"))
        assert {m: per_chat[m] for m in reachable} == dict.fromkeys(reachable, 1)
        assert not any(per_chat[m] for m in blocked)
        refused = Counter(c.chat_id for c in world.api.all_calls if c.status == 403)
        assert refused == dict.fromkeys(blocked, 1)  # each tried once, never again
        async with db.sessions() as session:
            unreachable = set(
                await session.scalars(
                    select(Member.telegram_user_id).where(Member.reachable.is_(False))
                )
            )
            statuses = dict(
                (
                    await session.execute(
                        select(OutboxMessage.status, func.count())
                        .where(OutboxMessage.dedupe_key.startswith(f"broadcast:{broadcast_id}:"))
                        .group_by(OutboxMessage.status)
                    )
                ).all()
            )
        assert unreachable == blocked
        assert statuses == {OutboxStatus.SENT: 475, OutboxStatus.UNREACHABLE: 25}

        jobs = world.jobs()
        assert await jobs.report() == 1
        assert await jobs.report() == 0
        [report] = [c for c in await world.deliver() if c.method == "sendMessage"]
        assert report.chat_id == FACILITATOR
        assert (report.shown_text or "").splitlines()[1:] == report_lines(
            world.tr("nl"), delivered=475, blocked=25
        )


async def test_the_report_waits_for_rows_still_due_or_being_retried(db: Database) -> None:
    # The clock stands before the machine's real time, as a sender's retry times (real time
    # plus the back-off) stand after the scheduler's "now" in production.
    clock = Clock(datetime(2025, 3, 3, 10, 0, tzinfo=AMS).astimezone(UTC))
    async with bot_harness(db, clock=clock) as bot:
        world = await make_world(bot, clock)
        jobs = world.jobs()
        outbox = bot.services.outbox
        broadcast_id, _ = await world.compose("Tot zaterdag")
        await world.tap(FACILITATOR, f"bc:{broadcast_id}:send")
        assert await jobs.report() == 0  # four rows due

        one = SenderLimits(per_second=1000.0, private_chat_interval_s=0.0, batch=1)
        assert await OutboxSender(outbox, make_bot(world.api), one).send_batch()
        assert await jobs.report() == 0  # three still due

        world.api.fail_next("sendMessage", 429, retry_after=30)
        assert await OutboxSender(outbox, make_bot(world.api), one).send_batch()
        rest = await world.deliver(until_idle=False)
        assert len(rest) == 2
        [waiting] = [r for r in await world.outbox() if r.status is OutboxStatus.PENDING]
        assert waiting.not_before > clock() and "429" in (waiting.last_error or "")
        # Not held for quiet hours: given back for a retry. No report yet.
        assert await jobs.report() == 0
        assert (await world.draft()).status is BroadcastStatus.SENDING

        clock.set(waiting.not_before + timedelta(seconds=1))
        [retried] = await world.deliver(until_idle=False)
        assert retried.chat_id == waiting.chat_id
        assert await jobs.report() == 1
        [report] = await world.deliver(until_idle=False)
        assert (report.shown_text or "").splitlines()[1:] == report_lines(
            world.tr("nl"), delivered=4
        )
        per_chat = Counter(c.chat_id for c in world.api.calls_to("sendMessage"))
        assert all(per_chat[p] == 1 for p in PARENTS)
