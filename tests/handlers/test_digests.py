"""Weekly digests end to end: the sweep at each organisation's local time, the outbox and
the real sender against the fake Bot API (texts and a PNG chart, in each reader's
language), once only; /digest and its schedule buttons; /dashboard's sign-in link."""

from __future__ import annotations

import html
import io
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import delete, func, select, update

from bot.render.digest_text import chart_caption
from scheduler.digests import DigestJobs
from storage.dashboard import DashboardAuth
from storage.digest_delivery import DigestSchedule, latest_slot
from storage.models import (
    CheckinResponse,
    CheckinRound,
    DashboardLink,
    DigestRun,
    Member,
    Organisation,
    OutboxMessage,
)
from tests.clock import Clock
from tests.conftest import Database
from tests.dashboard_world import CX, CY, FA, FB, FC, NOW, PARENT_A, VA, World, build_world
from tests.fakes import ApiCall
from tests.harness import DASHBOARD_URL, BotHarness, bot_harness

PNG = b"\x89PNG\r\n\x1a\n"


@dataclass
class Digests:
    bot: BotHarness
    world: World
    clock: Clock

    def jobs(self) -> DigestJobs:
        services = self.bot.services
        return DigestJobs(
            services.digest_delivery, services.digest_builder, services.dashboard, self.clock
        )

    async def deliver(self) -> list[ApiCall]:
        return await self.bot.deliver()

    async def command(self, user_id: int, name: str, **kwargs: object) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.command(name, user_id=user_id, chat_id=user_id, **kwargs)  # type: ignore[arg-type]
        )

    async def tap(self, user_id: int, data: str) -> list[ApiCall]:
        return await self.bot.send(
            self.bot.updates.callback(data, user_id=user_id, chat_id=user_id, message_id=77)
        )

    def tr(self, locale: str):  # type: ignore[no-untyped-def]
        return self.bot.services.catalogs.get(locale)


LOCALES = {CX: "nl", FA: "ar", FB: "tr", CY: "es", FC: "so"}


@pytest.fixture
async def digests(db: Database) -> AsyncIterator[Digests]:
    world = await build_world(db, locales=LOCALES)
    clock = Clock(NOW + timedelta(minutes=1))
    async with bot_harness(db, clock=clock) as bot:
        yield Digests(bot, world, clock)


@pytest.fixture
async def sqlite_digests(sqlite_db: Database) -> AsyncIterator[Digests]:
    world = await build_world(sqlite_db, locales=LOCALES)
    clock = Clock(NOW + timedelta(minutes=1))
    async with bot_harness(sqlite_db, clock=clock) as bot:
        yield Digests(bot, world, clock)


def by_chat(calls: list[ApiCall]) -> dict[int, list[ApiCall]]:
    found: dict[int, list[ApiCall]] = {}
    for call in calls:
        if call.method in ("sendMessage", "sendPhoto"):
            found.setdefault(int(call.chat_id or 0), []).append(call)
    return found


def last_photo(calls: list[ApiCall]) -> ApiCall:
    """The last chart a chat was sent (a digest from another organisation may be delivered
    around it: the outbox keeps each message's order per chat, not across digests)."""
    return [c for c in calls if c.method == "sendPhoto"][-1]


def test_the_slot_keeps_local_time_across_daylight_saving() -> None:
    monday_nine = DigestSchedule(1, "X", True, 0, 9 * 60, "Europe/Amsterdam")
    # Before the change (CET, UTC+1) and after it (CEST, UTC+2), 09:00 local both times.
    assert latest_slot(monday_nine, datetime(2027, 3, 22, 8, 30, tzinfo=UTC)) == datetime(
        2027, 3, 22, 8, 0, tzinfo=UTC
    )
    assert latest_slot(monday_nine, datetime(2027, 3, 29, 7, 30, tzinfo=UTC)) == datetime(
        2027, 3, 29, 7, 0, tzinfo=UTC
    )
    # Just before the slot, the latest one is a week back.
    assert latest_slot(monday_nine, datetime(2027, 3, 29, 6, 59, tzinfo=UTC)) == datetime(
        2027, 3, 22, 8, 0, tzinfo=UTC
    )
    friday = DigestSchedule(1, "X", True, 4, 17 * 60 + 30, "Europe/Brussels")
    assert latest_slot(friday, datetime(2027, 10, 31, 12, 0, tzinfo=UTC)) == datetime(
        2027, 10, 29, 15, 30, tzinfo=UTC
    )


async def test_each_reader_gets_one_digest_with_a_chart_in_their_language(
    digests: Digests,
) -> None:
    world = digests.world
    assert await digests.jobs().sweep() == 2  # organisations X and Y, both due at 09:00
    assert await digests.jobs().sweep() == 0  # and never twice
    calls = await digests.deliver()
    chats = by_chat(calls)
    staff = {CX, CY, FA, FB, FC}
    assert set(chats) == staff  # no volunteer, no parent
    for person in staff:
        kinds = [c.method for c in chats[person]]
        assert kinds[-1] == "sendPhoto" and kinds.count("sendPhoto") == 1, kinds
        photo = last_photo(chats[person])
        assert photo.files["photo"].data.startswith(PNG)
        assert photo.files["photo"].size > 10_000

    def text_of(person: int) -> str:
        return "\n".join(c.shown_text or "" for c in chats[person] if c.method == "sendMessage")

    # Coordinators: numbers only. No parent's name, "hidden" for the small group.
    coordinator = text_of(CX)
    assert "Moeders Noord" in coordinator and "Vaders Oost" in coordinator
    assert "Ouders Zuid" not in coordinator
    assert digests.tr("nl").pgettext("a figure kept back", "hidden") in coordinator
    for name in world.names:
        assert name.removeprefix("<b>").split("<")[0] not in coordinator
    assert "Ouders Zuid" in text_of(CY) and "Moeders Noord" not in text_of(CY)

    # Facilitators: their own groups; the parent waiting for contact is named.
    fatma = text_of(FA)
    assert "Moeders Noord" in fatma and "Vaders Oost" not in fatma
    waiting = world.names[1]  # group A's second parent asked for contact ten days ago
    assert waiting.removeprefix("<b>").split("<")[0] in fatma
    assert "\u202e" not in fatma
    assert "Vaders Oost" in text_of(FB) and "Moeders Noord" not in text_of(FB)

    # Each in their language: the caption of the chart is the reader's translation.
    for person, locale in LOCALES.items():
        caption = last_photo(chats[person]).shown_text or ""
        assert caption == html.unescape(chart_caption(digests.tr(locale))), person

    async with digests.bot.db.sessions() as s:
        runs = (await s.execute(select(DigestRun.organisation_id, DigestRun.due_at))).all()
    assert sorted(r[0] for r in runs) == sorted([world.org_x, world.org_y])
    assert {r[1] for r in runs} == {NOW}


async def test_a_slot_missed_for_too_long_is_skipped_and_an_off_switch_holds(
    digests: Digests,
) -> None:
    world = digests.world
    async with digests.bot.db.sessions.begin() as s:
        await s.execute(
            update(Organisation).where(Organisation.id == world.org_y).values(digest_enabled=False)
        )
    digests.clock.now = NOW + timedelta(hours=13)  # Kring was down all morning
    assert await digests.jobs().sweep() == 0
    digests.clock.now = NOW + timedelta(hours=11)
    assert await digests.jobs().sweep() == 1  # X catches up; Y is off
    chats = by_chat(await digests.deliver())
    assert CX in chats and CY not in chats and FC not in chats


async def test_unreachable_staff_get_nothing_and_the_rest_do(digests: Digests) -> None:
    async with digests.bot.db.sessions.begin() as s:
        await s.execute(update(Member).where(Member.telegram_user_id == CX).values(reachable=False))
    assert await digests.jobs().sweep() == 2
    chats = by_chat(await digests.deliver())
    assert CX not in chats and FA in chats and CY in chats


async def test_an_organisation_without_groups_gets_no_digest_yet(digests: Digests) -> None:
    """A coordinator added from the command line before the weekly slot: her organisation
    has no group yet, so the slot passes without a "0 groups" message; the others' digests
    go out as ever."""
    newcomer = 7_000_000_779
    await digests.bot.services.community.add_coordinator("Stichting Zuid", newcomer)
    await digests.jobs().sweep()
    chats = by_chat(await digests.deliver())
    assert newcomer not in chats
    assert CX in chats and CY in chats


async def test_building_twice_commits_once(digests: Digests) -> None:
    services = digests.bot.services
    [(schedule, slot), *_] = [
        d
        for d in await services.digest_delivery.due(digests.clock.now)
        if d[0].organisation_id == digests.world.org_x
    ]
    first = await services.digest_builder.build(schedule, slot)
    second = await services.digest_builder.build(schedule, slot)
    assert first and len(first) == len(second)
    assert await services.digest_delivery.commit(schedule.organisation_id, slot, first) is True
    assert await services.digest_delivery.commit(schedule.organisation_id, slot, second) is False
    async with digests.bot.db.sessions() as s:
        count = await s.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.dedupe_key.startswith(f"digest:{schedule.organisation_id}:"))
        )
    assert count == len(first)


async def test_digest_command_shows_the_digest_and_coordinators_set_the_schedule(
    sqlite_digests: Digests,
) -> None:
    d = sqlite_digests
    org = d.world.org_x
    calls = await d.command(CX, "digest")
    sent = [c for c in calls if c.method in ("sendMessage", "sendPhoto")]
    buttons = [
        b["callback_data"] for row in sent[0].params["reply_markup"]["inline_keyboard"] for b in row
    ]
    assert f"dg:{org}:days" in buttons and f"dg:{org}:off" in buttons
    assert sent[-1].method == "sendPhoto" and sent[-1].files["photo"].data.startswith(PNG)

    await d.tap(CX, f"dg:{org}:days")
    await d.tap(CX, f"dg:{org}:day:2")
    await d.tap(CX, f"dg:{org}:hour:17")
    schedule = await d.bot.services.digest_delivery.schedule(org)
    assert schedule is not None and (schedule.weekday, schedule.minute) == (2, 17 * 60)

    # A facilitator cannot change the organisation's digest; nor can bad data.
    refused = await d.tap(FA, f"dg:{org}:off")
    assert any(
        c.method == "sendMessage"
        and d.tr("ar").gettext("Only the organisation's coordinators can change this.")
        in (c.shown_text or "")
        for c in refused
    )
    for junk in (f"dg:{org}:hour:3", f"dg:{org}:day:9", "dg:x:off", f"dg:{org}:explode"):
        await d.tap(CX, junk)
    schedule = await d.bot.services.digest_delivery.schedule(org)
    assert schedule is not None and schedule.enabled and schedule.weekday == 2
    assert schedule.minute == 17 * 60

    # A facilitator's /digest is their own groups; a parent gets a kind refusal.
    fatma = [c for c in await d.command(FA, "digest") if c.method in ("sendMessage", "sendPhoto")]
    assert fatma[-1].method == "sendPhoto"
    assert any("Moeders Noord" in (c.shown_text or "") for c in fatma)
    parent = PARENT_A + d.world.group_a * 100
    answer = await d.command(parent, "digest")
    assert [c.shown_text for c in answer if c.method == "sendMessage"] == [
        d.tr("nl").gettext("The weekly digest is for facilitators and coordinators.")
    ]


async def test_dashboard_command_gives_a_one_time_link_in_private_only(
    sqlite_digests: Digests,
) -> None:
    d = sqlite_digests
    calls = await d.command(FB, "dashboard")
    [reply] = [c for c in calls if c.method == "sendMessage"]
    text = reply.shown_text or ""
    prefix = f"{DASHBOARD_URL}/dashboard/login?token="
    assert prefix in text
    assert reply.params["link_preview_options"]["is_disabled"] is True
    token = text.split(prefix)[1].split()[0]
    auth: DashboardAuth = d.bot.services.dashboard
    session_token = await auth.redeem(token)
    viewer = await auth.viewer(session_token)
    assert viewer is not None and viewer.telegram_user_id == FB

    # In a group chat: no link, a pointer to the private chat.
    group_calls = await d.bot.send(
        d.bot.updates.group_message("/dashboard", user_id=FB, chat_id=-100_555)
    )
    texts = [c.shown_text or "" for c in group_calls if c.method == "sendMessage"]
    assert texts == [d.tr("tr").gettext("Send /dashboard to me in a private chat.")]
    # A parent gets no link and nothing is stored for them.
    parent = PARENT_A + d.world.group_a * 100
    answer = await d.command(parent, "dashboard")
    assert "token=" not in " ".join(c.shown_text or "" for c in answer)
    async with d.bot.db.sessions() as s:
        links = await s.scalar(select(func.count()).select_from(DashboardLink))
    assert links == 1
    assert VA  # volunteers may ask too (checked in the storage tests)


# -- issue 13: coordinators are never misled, and never learn about one parent ----------


def hidden_word(tr) -> str:  # type: ignore[no-untyped-def]
    return str(tr.pgettext("a figure kept back", "hidden"))


async def drop_two_answers_of_the_last_week(d: Digests, group_id: int) -> None:
    """Group C's newest round reaches four parents only: its figures are hidden."""
    async with d.bot.db.sessions.begin() as s:
        newest = await s.scalar(
            select(CheckinRound.id)
            .where(CheckinRound.group_id == group_id)
            .order_by(CheckinRound.scheduled_for.desc())
            .limit(1)
        )
        ids = (
            await s.scalars(
                select(CheckinResponse.id)
                .where(CheckinResponse.round_id == newest)
                .order_by(CheckinResponse.id)
                .limit(2)
            )
        ).all()
        await s.execute(delete(CheckinResponse).where(CheckinResponse.id.in_(ids)))


def hidden_pixels(png: bytes) -> int:
    """Pixels of the grey of a hidden week's stripes in a chart."""
    from matplotlib.image import imread

    image = imread(io.BytesIO(png), format="png")
    grey = 0x8C / 255
    rgb = image[:, :, :3]
    close = (abs(rgb - grey) < 0.02).all(axis=2)
    return int(close.sum())


async def test_a_hidden_figure_reads_hidden_with_a_legend_in_text_and_chart(
    sqlite_digests: Digests,
) -> None:
    d = sqlite_digests
    await drop_two_answers_of_the_last_week(d, d.world.group_c)
    await d.jobs().sweep()
    chats = by_chat(await d.deliver())
    es = d.tr("es")
    word = hidden_word(es)
    legend = es.gettext(
        "{hidden}: about fewer than 5 parents. Not shown, so that nobody can be recognised."
    ).format(hidden=word)

    # Carla's coordinator (Spanish): this week's mood is hidden, not "a score of 5".
    texts = [c.shown_text or "" for c in chats[CY] if c.method == "sendMessage"]
    text = "\n".join(texts)
    mood = es.gettext("Average mood this week: {mean}").format(mean=word)
    assert any(line.endswith(mood) for line in text.split("\n")), text
    of_five = es.gettext("{mean} of 5").format(mean=word)
    assert of_five not in text
    for message in texts:  # one legend line in every message that shows the word
        assert message.count(legend) == (1 if word in message.replace(legend, "") else 0)
    assert legend in text

    # The chart: grey stripes on the hidden week, and its caption says what they mean.
    photo = last_photo(chats[CY])
    stripes = es.gettext("Grey stripes: {hidden} (about fewer than 5 parents).").format(hidden=word)
    assert stripes in (photo.shown_text or "")
    assert hidden_pixels(photo.files["photo"].data) > 1000
    # A facilitator's chart of the same group has no stripes and no such caption.
    carla = last_photo(chats[FC])
    assert hidden_pixels(carla.files["photo"].data) < 300
    assert d.tr("so").gettext("Grey stripes: {hidden} (about fewer than 5 parents).").format(
        hidden=hidden_word(d.tr("so"))
    ) not in (carla.shown_text or "")


async def test_a_coordinator_never_reads_a_count_about_fewer_than_five_parents(
    sqlite_digests: Digests,
) -> None:
    d = sqlite_digests
    # Group A (six parents): one parent asked for help, one is on a break, one warning
    # was given, and two of six said yes to the meeting. None of these is shown.
    async with d.bot.db.sessions.begin() as s:
        parent = await s.scalar(
            select(Member).where(Member.telegram_user_id == PARENT_A + d.world.group_a * 100 + 3)
        )
        assert parent is not None
        parent.paused_until = NOW + timedelta(days=7)
    await d.jobs().sweep()
    chats = by_chat(await d.deliver())
    text = "\n".join(c.shown_text or "" for c in chats[CX] if c.method == "sendMessage")
    nl = d.tr("nl")
    word = hidden_word(nl)
    lines = text.split("\n")
    group_a = next(line for line in lines if "Moeders Noord" in line and "—" in line)
    assert group_a.endswith(f"⏳ {word}"), group_a  # not "⏳ 1"
    contact = next(line for line in lines if line.startswith("🙋"))
    waiting = nl.gettext("waiting now: {count}").format(count=word)
    assert contact.endswith(waiting), contact  # the total (1) would name group A's one
    paused = nl.gettext("Paused: {count}").format(count=word)
    assert paused in next(line for line in lines if line.startswith("👤"))
    moderation = nl.gettext("Moderation actions this week: {count}").format(count=word)
    assert moderation in text
    assert not re.search(r"[✅❔❌] [1-4]\b", text), text  # attendance 2 · 2 · 2 hidden

    # What the facilitator of the group reads keeps every figure.
    fatma = "\n".join(c.shown_text or "" for c in chats[FA] if c.method == "sendMessage")
    ar = d.tr("ar")
    assert hidden_word(ar) not in fatma
    assert re.search(r"⏳ [^\n]*1", fatma)


async def test_a_coordinator_added_from_the_command_line_gets_their_telegram_name(
    sqlite_digests: Digests,
) -> None:
    d = sqlite_digests
    newcomer = 7_000_000_777
    await d.bot.services.community.add_coordinator("Stichting Noord", newcomer)
    async with d.bot.db.sessions() as s:
        stored = await s.scalar(
            select(Member.display_name).where(Member.telegram_user_id == newcomer)
        )
    assert stored is None  # the command line knows only the id

    # Her first message to the bot; then she opens the dashboard from Telegram.
    await d.bot.send(
        d.bot.updates.command(
            "dashboard",
            user_id=newcomer,
            chat_id=newcomer,
            first_name="Karin",
            last_name="de Vries",
            language_code="nl",
        )
    )
    calls = await d.command(newcomer, "dashboard")
    link = next(c.shown_text or "" for c in calls if c.method == "sendMessage")
    token = link.split("token=")[1].split()[0]
    viewer = await d.bot.services.dashboard.viewer(await d.bot.services.dashboard.redeem(token))
    assert viewer is not None and viewer.display_name == "Karin de Vries"

    # A parent who only chose a language keeps no name.
    stranger = 7_000_000_778
    await d.bot.services.members.choose_locale(stranger, "nl")
    await d.command(stranger, "help")
    async with d.bot.db.sessions() as s:
        name = await s.scalar(
            select(Member.display_name).where(Member.telegram_user_id == stranger)
        )
    assert name is None
