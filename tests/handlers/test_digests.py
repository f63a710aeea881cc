"""Weekly digests end to end: the sweep at each organisation's local time, the outbox and
the real sender against the fake Bot API (texts and a PNG chart, in each reader's
language), once only; /digest and its schedule buttons; /dashboard's sign-in link."""

from __future__ import annotations

import html
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from bot.delivery import OutboxSender, SenderLimits
from handlers.digest_text import chart_caption
from scheduler.digests import DigestJobs
from storage.dashboard import DashboardAuth
from storage.digest_delivery import DigestSchedule, latest_slot
from storage.models import DashboardLink, DigestRun, Member, Organisation, OutboxMessage
from tests.conftest import Database
from tests.dashboard_world import CX, CY, FA, FB, FC, NOW, PARENT_A, VA, World, build_world
from tests.fakes import ApiCall, make_bot
from tests.harness import DASHBOARD_URL, BotHarness, bot_harness

FAST = SenderLimits(per_second=1000.0, private_chat_interval_s=0.0)
PNG = b"\x89PNG\r\n\x1a\n"


@dataclass
class Clock:
    now: datetime = NOW + timedelta(minutes=1)

    def __call__(self) -> datetime:
        return self.now


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
        before = len(self.bot.api.calls)
        sender = OutboxSender(self.bot.services.outbox, make_bot(self.bot.api), FAST)
        await sender.drain(until_idle=True)
        return [c for c in self.bot.api.calls[before:] if c.ok]

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
    clock = Clock()
    async with bot_harness(db, clock=clock) as bot:
        yield Digests(bot, world, clock)


@pytest.fixture
async def sqlite_digests(sqlite_db: Database) -> AsyncIterator[Digests]:
    world = await build_world(sqlite_db, locales=LOCALES)
    clock = Clock()
    async with bot_harness(sqlite_db, clock=clock) as bot:
        yield Digests(bot, world, clock)


def by_chat(calls: list[ApiCall]) -> dict[int, list[ApiCall]]:
    found: dict[int, list[ApiCall]] = {}
    for call in calls:
        if call.method in ("sendMessage", "sendPhoto"):
            found.setdefault(int(call.chat_id or 0), []).append(call)
    return found


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
        photo = chats[person][-1]
        assert photo.files["photo"].data.startswith(PNG)
        assert photo.files["photo"].size > 10_000

    def text_of(person: int) -> str:
        return "\n".join(c.shown_text or "" for c in chats[person] if c.method == "sendMessage")

    # Coordinators: numbers only. No parent's name, "fewer than 5" for the small group.
    coordinator = text_of(CX)
    assert "Moeders Noord" in coordinator and "Vaders Oost" in coordinator
    assert "Ouders Zuid" not in coordinator
    assert digests.tr("nl").gettext("fewer than 5") in coordinator
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
        caption = chats[person][-1].shown_text or ""
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
