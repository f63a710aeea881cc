"""Weekly check-in rounds at scale: 1,000 groups × 10 members, every round due at once.

Three figures, from the real code (storage.checkins, the composer, the outbox sender):

1. Opening: one `CheckinService.open_due` call opens 1,000 rounds and enqueues 10,000
   check-in messages (target: under 5 s on SQLite and on PostgreSQL). Measured cold (the
   first call in the process) and warm (the next week's rounds, same process), checked
   (rounds, responses and outbox rows counted) and called again to show it opens nothing
   twice. Beside it, in the same run, the floor: composing the 10,000 messages alone.
2. Delivery: the real `OutboxSender` drains the first few hundred of those messages into a
   fake Bot API that answers 429 above 30 messages/s; the rate as a fraction of that limit.
3. Storage: one simulated year (52 weekly rounds) for the same groups, written with bulk
   inserts: rounds, one response each, encrypted notes for a share of them, contact
   requests, and the outbox rows that survive the 30-day purge of settled rows.

PostgreSQL: KRING_TEST_POSTGRES_URL, else postgresql+asyncpg://postgres@127.0.0.1:5432/test;
skipped with a note (null figures) when the server does not answer.
Last line: JSON with open_s_sqlite, open_s_postgres, fraction_of_limit, db_mb_per_year.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import random
import sqlite3
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from _common import POSTGRES_ENV, bench_database, report
from sqlalchemy import func, insert, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.delivery import OutboxSender, SenderLimits
from bot.i18n import Catalogs
from bot.prompts import PROMPTS_BY_KEY, rotation_key
from bot.render.checkins import RoundMessages
from storage.audience import Person
from storage.checkins import CheckinService, RoundView, Step
from storage.community import CommunityService
from storage.crypto import AnswerCipher
from storage.db import create_engine, create_sessionmaker
from storage.models import (
    CheckinNote,
    CheckinResponse,
    CheckinRound,
    CheckinSchedule,
    ContactRequest,
    ContactStatus,
    Group,
    Member,
    Membership,
    Organisation,
    OutboxMessage,
    OutboxStatus,
    Role,
    RoundStatus,
)
from storage.outbox import Outbox
from storage.round_times import RoundTimes, Slot
from tests.fakes import FakeBotAPI, FakeBotAPIServer
from tests.pgadmin import admin, throwaway_database

DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
TOKEN = "123456789:BENCH-token"
LIMIT = 30.0  # the fake's messages per second
TARGET_OPEN_S = 5.0
ZONE = "Europe/Amsterdam"
WEEKDAY, MINUTE = 0, 10 * 60  # Monday 10:00 local: outside the default quiet hours
WINDOW_HOURS = 48
GROUPS_PER_ORG = 100
FIRST_USER = 7_100_000_000
LOCALES = ("nl", "ar", "tr", "so", "es")
NAMES = ("Sanne", "Fatima", "Ayşe", "Hodan", "Lucía", "Mohamed", "Emre", "Ladan", "Inge", "مريم")
CIPHER_SECRET = "bench-secret-key-123456"

# The simulated year.
WEEKS = 52
OUTBOX_WEEKS_KEPT = 5  # settled rows live 30 days: this week's and the four before
NOTE_SHARE = 0.20  # responses with one free-text note
REMINDER_SHARE = 0.30  # members who had not answered by halfway and got the reminder
CONTACT_SHARE = 0.02  # "yes, contact me"
NOTES = {  # about 120 characters each, in the members' languages
    "nl": "Deze week was zwaar, mijn zoon wilde niet naar school. Het gesprek met de juf "
    "hielp wel een beetje. Ik ben trots op hem.",
    "ar": "كان هذا الأسبوع صعبا، ابني لم يرغب في الذهاب إلى المدرسة. ساعدني الحديث مع "
    "المعلمة قليلا. أنا فخورة به كثيرا.",
    "tr": "Bu hafta zordu, oğlum okula gitmek istemedi. Öğretmenle konuşmak biraz yardımcı "
    "oldu. Onunla gurur duyuyorum, gerçekten.",
    "so": "Toddobaadkan wuu adkaa, wiilkaygu ma uusan rabin inuu dugsiga aado. La hadalka "
    "macallinka ayaa wax yar caawiyay. Waan ku faanaa.",
    "es": "Esta semana fue difícil, mi hijo no quería ir al colegio. Hablar con la maestra "
    "ayudó un poco. Estoy orgullosa de él, de verdad.",
}


def opening_minute() -> datetime:
    """A Monday 10:00 in Amsterdam two to three weeks ago (UTC).

    In the past, so the outbox rows are due for the sender's real clock, and so is the
    next week's opening (the warm measurement).
    """
    today = datetime.now(UTC).astimezone().date()
    monday = today - timedelta(days=today.weekday() + 14)
    return Slot(WEEKDAY, MINUTE, ZONE).on(monday)


def postgres_url() -> str:
    return os.environ.get(POSTGRES_ENV) or DEFAULT_POSTGRES


async def postgres_available(url: str) -> str | None:
    """None when the server answers; otherwise why not."""
    try:
        await asyncio.wait_for(admin(url, "SELECT 1"), timeout=5)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@asynccontextmanager
async def database(kind: str, pg_url: str) -> AsyncIterator[str]:
    """A fresh migrated database of `kind`, removed after."""
    if kind == "sqlite":
        async with bench_database("sqlite") as url:
            yield url
    else:
        async with throwaway_database(pg_url, "kring_bench_rounds") as url:
            yield url


# -- seeding ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    groups: int
    members: int  # per group

    @property
    def people(self) -> int:
        return self.groups * self.members

    def group_of(self, member_index: int) -> int:
        return member_index // self.members + 1


async def insert_chunked(conn: Any, model: Any, rows: Sequence[dict[str, Any]]) -> None:
    for start in range(0, len(rows), 5000):
        await conn.execute(insert(model), rows[start : start + 5000])


async def seed(engine: AsyncEngine, shape: Shape, now: datetime) -> None:
    """Organisations, groups, consenting parents, memberships and enabled schedules."""
    joined = now - timedelta(days=60)
    orgs = [
        {"id": o + 1, "name": f"Buurthuis {o + 1}", "created_at": joined}
        for o in range((shape.groups + GROUPS_PER_ORG - 1) // GROUPS_PER_ORG)
    ]
    groups = [
        {
            "id": g + 1,
            "organisation_id": g // GROUPS_PER_ORG + 1,
            "name": f"Oudergroep {g + 1}",
            "telegram_chat_id": None,
            "timezone": ZONE,
            "default_locale": "nl",
            "prompt_cap_per_week": 3,
            "created_at": joined,
        }
        for g in range(shape.groups)
    ]
    members = [
        {
            "id": m + 1,
            "telegram_user_id": FIRST_USER + m,
            "locale": LOCALES[m % len(LOCALES)],
            "display_name": NAMES[m % len(NAMES)],
            "consent_given_at": joined,
            "consent_version": 1,
            "reachable": True,
            "paused_indefinitely": False,
            "quiet_start_min": 21 * 60,
            "quiet_end_min": 8 * 60,
            "created_at": joined,
            "updated_at": joined,
        }
        for m in range(shape.people)
    ]
    memberships = [
        {
            "id": m + 1,
            "member_id": m + 1,
            "group_id": shape.group_of(m),
            "organisation_id": None,
            "role": Role.PARENT,
            "active": True,
            "created_at": joined,
        }
        for m in range(shape.people)
    ]
    schedules = [
        {
            "group_id": g + 1,
            "enabled": True,
            "weekday": WEEKDAY,
            "minute_of_day": MINUTE,
            "window_hours": WINDOW_HOURS,
            "questions": None,
            "updated_at": joined,
        }
        for g in range(shape.groups)
    ]
    async with engine.begin() as conn:
        for model, rows in (
            (Organisation, orgs),
            (Group, groups),
            (Member, members),
            (Membership, memberships),
            (CheckinSchedule, schedules),
        ):
            await insert_chunked(conn, model, rows)


# -- 1. opening ---------------------------------------------------------------------------


@dataclass
class OpenFigures:
    open_s: float = 0.0
    rounds: int = 0
    invited: int = 0
    held: dict[str, int] = field(default_factory=dict)
    db_rounds: int = 0
    db_responses: int = 0
    db_outbox: int = 0
    again_rounds: int = -1
    again_s: float = 0.0
    warm_s: float = 0.0
    warm_rounds: int = 0
    warm_invited: int = 0
    loop_stall_s: float = 0.0
    db_wait_s: float = 0.0
    delivery: dict[str, Any] = field(default_factory=dict)


async def count_rows(engine: AsyncEngine) -> tuple[int, int, int]:
    async with engine.connect() as conn:
        rounds = await conn.scalar(select(func.count()).select_from(CheckinRound))
        responses = await conn.scalar(select(func.count()).select_from(CheckinResponse))
        outbox = await conn.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(OutboxMessage.dedupe_key.like("checkin:%"))
        )
    return int(rounds or 0), int(responses or 0), int(outbox or 0)


async def run_open(
    kind: str, pg_url: str, shape: Shape, composer: RoundMessages, deliver: int, budget: float
) -> OpenFigures:
    opening = opening_minute()
    fixed_now = opening + timedelta(seconds=5)
    figures = OpenFigures()
    async with database(kind, pg_url) as url:
        engine = create_engine(url)
        sessions = create_sessionmaker(engine)
        await seed(engine, shape, fixed_now)
        community = CommunityService(sessions)
        cipher = AnswerCipher(CIPHER_SECRET)
        service = CheckinService(sessions, community, cipher, clock=lambda: fixed_now)

        started = time.perf_counter()
        result = await service.open_due(composer)
        figures.open_s = time.perf_counter() - started
        figures.rounds, figures.invited = result.rounds, result.invited
        figures.held = dict(result.held)
        figures.db_rounds, figures.db_responses, figures.db_outbox = await count_rows(engine)

        started = time.perf_counter()
        again = await service.open_due(composer)
        figures.again_s = time.perf_counter() - started
        figures.again_rounds = again.rounds

        figures.delivery = await run_delivery(engine, sessions, deliver, budget)

        # Warm: the next week's rounds in the same process (compiled statements cached,
        # catalogs loaded), with last week's rounds and outbox rows in the tables.
        # Probes run beside it: how long the event loop and the database are unavailable
        # to everything else in the process (webhook updates) while the rounds open.
        next_week = fixed_now + timedelta(days=7)
        warm_service = CheckinService(sessions, community, cipher, clock=lambda: next_week)
        stop = asyncio.Event()
        probes = asyncio.create_task(stall_probes(sessions, stop))
        await asyncio.sleep(0.1)
        started = time.perf_counter()
        warm = await warm_service.open_due(composer)
        figures.warm_s = time.perf_counter() - started
        stop.set()
        figures.loop_stall_s, figures.db_wait_s = await probes
        figures.warm_rounds, figures.warm_invited = warm.rounds, warm.invited
        await engine.dispose()
    return figures


async def stall_probes(sessions: Any, stop: asyncio.Event) -> tuple[float, float]:
    """The longest event-loop stall, and the longest wait for a one-row read, until `stop`."""
    longest = {"loop": 0.0, "db": 0.0}

    async def loop() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            await asyncio.sleep(0.01)
            longest["loop"] = max(longest["loop"], time.perf_counter() - started - 0.01)

    async def db() -> None:
        while not stop.is_set():
            started = time.perf_counter()
            async with sessions() as session:
                await session.scalar(select(Member.id).limit(1))
            longest["db"] = max(longest["db"], time.perf_counter() - started)
            await asyncio.sleep(0.05)

    await asyncio.gather(loop(), db())
    return longest["loop"], longest["db"]


def compose_floor(composer: RoundMessages, shape: Shape) -> float:
    """Seconds to compose the invitations alone (no database): the floor of `open_due`."""
    opening = opening_minute()
    times = RoundTimes.of(opening, WINDOW_HOURS)
    key = rotation_key(0)
    source = PROMPTS_BY_KEY[key].source.value
    started = time.perf_counter()
    for g in range(shape.groups):
        view = RoundView(g + 1, g + 1, f"Oudergroep {g + 1}", ZONE, "nl", opening,
                         times.closes_at, 0, source, {"key": key})  # fmt: skip
        for i in range(shape.members):
            m = g * shape.members + i
            person = Person(m + 1, FIRST_USER + m, LOCALES[m % len(LOCALES)], NAMES[m % len(NAMES)])
            composer.invitation(view, person)
    return time.perf_counter() - started


# -- 2. delivery --------------------------------------------------------------------------

CHAT_ID_TWICE = "multiple values for keyword argument 'chat_id'"


async def strip_chat_id(engine: AsyncEngine) -> int:
    """Bench-side workaround: drop `chat_id` from pending payloads (see `run_delivery`)."""
    sql = {
        "sqlite": "UPDATE outbox SET payload = json_remove(payload, '$.chat_id') "
        "WHERE status = 'pending'",
        "postgresql": "UPDATE outbox SET payload = (payload::jsonb - 'chat_id')::json "
        "WHERE status = 'pending'",
    }[engine.dialect.name]
    async with engine.begin() as conn:
        result = await conn.execute(text(sql))
        return int(result.rowcount or 0)


async def run_delivery(engine: AsyncEngine, sessions: Any, deliver: int, budget: float) -> dict:
    """Drain the check-in messages through the real sender for a bounded time.

    The first batch goes out exactly as `open_due` stored it. If every row of it fails
    because the composer's payload carries `chat_id` and the sender passes `chat_id`
    again, the bench says so, strips `chat_id` from the pending payloads and measures the
    rate on those (`payload_workaround`); once fixed, the workaround never runs.
    """
    figures: dict[str, Any] = {"payload_workaround": False, "as_composed_sent": 0,
                               "as_composed_failed": 0, "as_composed_error": None}  # fmt: skip
    with FakeBotAPIServer(FakeBotAPI(token=TOKEN)) as server:
        server.api.rate_limit(LIMIT)
        bot = Bot(TOKEN, base_url=server.base_url,
                  request=HTTPXRequest(connection_pool_size=16))  # fmt: skip
        await bot.initialize()
        outbox = Outbox(sessions)  # the real clock: rows were due at the fixed opening
        claim = outbox.claim
        batches: list[int] = []

        async def counted_claim(worker: str, limit: int, lease: timedelta) -> Any:
            rows = await claim(worker, limit, lease)
            batches.append(len(rows))
            return rows

        outbox.claim = counted_claim  # type: ignore[method-assign]
        sender = OutboxSender(outbox, bot, SenderLimits())
        started = time.monotonic()
        quiet = logging.getLogger("bot.delivery")
        level = quiet.level
        quiet.setLevel(logging.CRITICAL)  # a broken batch would log 50 tracebacks; see below
        try:
            await sender.send_batch()
        finally:
            quiet.setLevel(level)
        figures["as_composed_sent"] = sender.stats.sent
        figures["as_composed_failed"] = sender.stats.failed
        if sender.stats.sent == 0 and sender.stats.failed:
            async with engine.connect() as conn:
                error = await conn.scalar(
                    select(OutboxMessage.last_error)
                    .where(OutboxMessage.status == OutboxStatus.FAILED)
                    .limit(1)
                )
            figures["as_composed_error"] = error
            if error and CHAT_ID_TWICE in error:
                figures["payload_workaround"] = True
                figures["stripped"] = await strip_chat_id(engine)
                server.api.clear()
                sender = OutboxSender(outbox, bot, SenderLimits())
                started = time.monotonic()
        while sender.stats.sent + sender.stats.failed < deliver:
            if time.monotonic() - started > budget or not await sender.send_batch():
                break
        wall = time.monotonic() - started
        await bot.shutdown()
        sent = server.api.sent_messages()
    rate = 0.0
    if len(sent) > 1:
        span = max(c.at for c in sent) - min(c.at for c in sent)
        rate = (len(sent) - 1) / span if span > 0 else 0.0
    figures.update(
        sent=len(sent),
        failed=sender.stats.failed,
        wall_s=wall,
        msgs_per_s=rate,
        throttled_429=server.api.count_429,
        largest_batch=max(batches, default=0),
        sample=sent[0].shown_text if sent else None,
    )
    return figures


# -- 3. a year of rounds ------------------------------------------------------------------


async def relation_sizes(engine: AsyncEngine) -> dict[str, int]:
    """Bytes per table on PostgreSQL (heap, indexes, TOAST), after a VACUUM."""
    async with engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        await auto.exec_driver_sql("VACUUM")
        rows = await auto.execute(
            text(
                "SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE n.nspname = 'public' AND c.relkind = 'r'"
            )
        )
        return {name: int(size) for name, size in rows.all()}


def sqlite_sizes(path: Path) -> tuple[int, dict[str, int]]:
    """The SQLite file's bytes after checkpoint and VACUUM, and bytes per table (dbstat)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        per_object = dict(conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name"))
        owners = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master"))
    finally:
        conn.close()
    wal = path.with_name(path.name + "-wal")
    total = path.stat().st_size + (wal.stat().st_size if wal.exists() else 0)
    tables: dict[str, int] = {}
    for name, size in per_object.items():
        owner = owners.get(name, name)
        tables[owner] = tables.get(owner, 0) + int(size)
    return total, tables


def retarget(template: str, round_id: int, group_id: int, chat_id: int) -> dict[str, Any]:
    """Group 1's message (JSON, see `week_rows`) for another group, round and member."""
    first_round = round_id - group_id + 1
    payload: dict[str, Any] = json.loads(
        template.replace("Oudergroep 1\u2069", f"Oudergroep {group_id}\u2069").replace(
            f":{first_round}:", f":{round_id}:"
        )
    )
    if "chat_id" in payload:
        payload["chat_id"] = chat_id
    return payload


def week_rows(
    shape: Shape,
    week: int,
    opening: datetime,
    composer: RoundMessages,
    cipher: AnswerCipher,
    rng: random.Random,
    next_response: int,
) -> dict[Any, list[dict[str, Any]]]:
    """One week's rows as they stand at the end of the year (week 0 is the oldest)."""
    scheduled = opening - timedelta(weeks=WEEKS - 1 - week)
    times = RoundTimes.of(scheduled, WINDOW_HOURS)
    keep_outbox = week >= WEEKS - OUTBOX_WEEKS_KEPT
    key = rotation_key(week)
    source = PROMPTS_BY_KEY[key].source.value
    rows: dict[Any, list[dict[str, Any]]] = {
        CheckinRound: [], CheckinResponse: [], CheckinNote: [], ContactRequest: [],
        OutboxMessage: [],
    }  # fmt: skip
    templates: list[tuple[str, str]] = []
    if keep_outbox:
        # The real composer writes group 1's messages; the other groups' differ only in
        # the group's name, the round id and the chat (composing 65,000 messages one by
        # one would take most of the bench's time).
        view = RoundView(week * shape.groups + 1, 1, "Oudergroep 1", ZONE, "nl", scheduled,
                         times.closes_at, week, source, {"key": key})  # fmt: skip
        for i in range(shape.members):
            person = Person(i + 1, FIRST_USER + i, LOCALES[i % len(LOCALES)], NAMES[i % len(NAMES)])
            templates.append(
                (
                    json.dumps(composer.invitation(view, person), ensure_ascii=False),
                    json.dumps(composer.reminder(view, person), ensure_ascii=False),
                )
            )
    for g in range(shape.groups):
        round_id = week * shape.groups + g + 1
        rows[CheckinRound].append(
            {
                "id": round_id,
                "group_id": g + 1,
                "scheduled_for": times.scheduled_for,
                "closes_at": times.closes_at,
                "remind_at": times.remind_at,
                "status": RoundStatus.CLOSED,
                "sequence": week,
                "source": source,
                "question": {"key": key},
                "reminded": True,
                "opened_at": scheduled,
                "closed_at": times.closes_at,
            }
        )
        for i in range(shape.members):
            m = g * shape.members + i
            member_id = m + 1
            locale = LOCALES[m % len(LOCALES)]
            answered = scheduled + timedelta(minutes=rng.randint(1, 47 * 60))
            contact = 1 if rng.random() < CONTACT_SHARE else 2
            response_id = next_response
            next_response += 1
            rows[CheckinResponse].append(
                {
                    "id": response_id,
                    "round_id": round_id,
                    "member_id": member_id,
                    "mood": rng.randint(0, 5),
                    "reflection": rng.randint(0, 3),
                    "contact": contact,
                    "step": Step.DONE,
                    "invited_at": scheduled,
                    "answered_at": answered,
                }
            )
            if rng.random() < NOTE_SHARE:
                rows[CheckinNote].append(
                    {
                        "response_id": response_id,
                        "kind": "text",
                        "content": cipher.encrypt(NOTES[locale]),
                        "created_at": answered,
                    }
                )
            if contact == 1:
                rows[ContactRequest].append(
                    {
                        "group_id": g + 1,
                        "round_id": round_id,
                        "member_id": member_id,
                        "status": ContactStatus.HANDLED,
                        "created_at": answered,
                        "handled_at": answered + timedelta(hours=3),
                        "handled_by": None,
                    }
                )
            if not keep_outbox:
                continue
            sends = [("checkin", templates[i][0], scheduled)]
            if rng.random() < REMINDER_SHARE:
                sends.append(("checkin-reminder", templates[i][1], times.remind_at))
            for prefix, template, at in sends:
                payload = retarget(template, round_id, g + 1, FIRST_USER + m)
                rows[OutboxMessage].append(
                    {
                        "dedupe_key": f"{prefix}:{round_id}:{member_id}",
                        "chat_id": person.telegram_user_id,
                        "member_id": member_id,
                        "method": "sendMessage",
                        "prompt": True,
                        "payload": payload,
                        "status": OutboxStatus.SENT,
                        "attempts": 0,
                        "not_before": at,
                        "claimed_by": None,
                        "claimed_until": None,
                        "sent_at": at + timedelta(seconds=rng.randint(1, 400)),
                        "telegram_message_id": rng.randint(10, 5000),
                        "last_error": None,
                        "created_at": at,
                    }
                )
    return rows


@dataclass
class YearFigures:
    seconds: float = 0.0
    rows: dict[str, int] = field(default_factory=dict)
    bytes_before: dict[str, int] = field(default_factory=dict)
    bytes_after: dict[str, int] = field(default_factory=dict)
    tables: dict[str, dict[str, int]] = field(default_factory=dict)

    def lasting(self, kind: str) -> int:
        """Bytes that keep growing year after year: not the outbox (purged after 30 days)
        and not the notes (deleted after the 365-day retention)."""
        steady = {"outbox", "checkin_notes"}
        return sum(v for t, v in self.tables.get(kind, {}).items() if t not in steady)

    def mb(self, kind: str) -> float | None:
        if kind not in self.bytes_after:
            return None
        return (self.bytes_after[kind] - self.bytes_before[kind]) / 1e6


async def run_year(
    kinds: list[str], pg_url: str, shape: Shape, composer: RoundMessages
) -> YearFigures:
    """52 weeks of rounds, written to each backend from the same generated rows."""
    opening = opening_minute()
    figures = YearFigures()
    cipher = AnswerCipher(CIPHER_SECRET)
    rng = random.Random(5)
    async with database("sqlite", pg_url) as sqlite_url, optional_pg(kinds, pg_url) as pg:
        engines = {"sqlite": create_engine(sqlite_url)}
        if pg is not None:
            engines["postgres"] = create_engine(pg)
        sqlite_path = Path(str(make_url(sqlite_url).database))
        for engine in engines.values():
            await seed(engine, shape, opening)
        await engines["sqlite"].dispose()
        figures.bytes_before["sqlite"], before_tables = sqlite_sizes(sqlite_path)
        if "postgres" in engines:
            pg_before = await relation_sizes(engines["postgres"])
            figures.bytes_before["postgres"] = sum(pg_before.values())
        started = time.perf_counter()
        next_response = 1
        counts: dict[str, int] = {}
        for week in range(WEEKS):
            rows = week_rows(shape, week, opening, composer, cipher, rng, next_response)
            next_response += len(rows[CheckinResponse])
            for model, batch in rows.items():
                counts[model.__tablename__] = counts.get(model.__tablename__, 0) + len(batch)
            for engine in engines.values():
                async with engine.begin() as conn:
                    for model, batch in rows.items():
                        await insert_chunked(conn, model, batch)
                if engine.dialect.name == "postgresql" and week % 8 == 0:
                    # What autovacuum would do by now. Without statistics, the foreign-key
                    # checks keep the plan made when checkin_rounds was nearly empty (a
                    # sequential scan per inserted response) and the bench slows to a crawl.
                    async with engine.connect() as conn:
                        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
                        await auto.exec_driver_sql("ANALYZE")
        figures.seconds = time.perf_counter() - started
        figures.rows = counts
        await engines["sqlite"].dispose()
        figures.bytes_after["sqlite"], after_tables = sqlite_sizes(sqlite_path)
        figures.tables["sqlite"] = {
            t: after_tables.get(t, 0) - before_tables.get(t, 0) for t in counts
        }
        if "postgres" in engines:
            pg_after = await relation_sizes(engines["postgres"])
            figures.bytes_after["postgres"] = sum(pg_after.values())
            figures.tables["postgres"] = {
                t: pg_after.get(t, 0) - pg_before.get(t, 0) for t in counts
            }
            await engines["postgres"].dispose()
    return figures


@asynccontextmanager
async def optional_pg(kinds: list[str], pg_url: str) -> AsyncIterator[str | None]:
    if "postgres" not in kinds:
        yield None
        return
    async with throwaway_database(pg_url, "kring_bench_year") as url:
        yield url


# -- main ---------------------------------------------------------------------------------


def fmt(value: float | None, spec: str = ".2f") -> str:
    return "—" if value is None else format(value, spec)


def row(label: str, values: list[str]) -> None:
    """One line of a table: a label, then one column per backend."""
    print(f"  {label:<46}" + "".join(f"{v:>12}" for v in values))


def print_open(results: dict[str, OpenFigures], kinds: list[str], floor_s: float) -> None:
    def each(get: Any) -> list[str]:
        return [get(results[k]) if k in results else "skipped" for k in kinds]

    print(f"  {'':<46}" + "".join(f"{k:>12}" for k in kinds))
    row("open_due, first call in the process (s)", each(lambda r: f"{r.open_s:.2f}"))
    row(
        f"  under the {TARGET_OPEN_S:.0f} s target",
        each(lambda r: "yes" if r.open_s < TARGET_OPEN_S else "NO"),
    )
    row("  rounds opened / messages enqueued", each(lambda r: f"{r.rounds}/{r.invited}"))
    row("  held (pause, cap, quiet hours)", each(lambda r: str(sum(r.held.values()))))
    row("  in the tables: rounds", each(lambda r: str(r.db_rounds)))
    row("  in the tables: checkin_responses", each(lambda r: str(r.db_responses)))
    row("  in the tables: outbox 'checkin:%'", each(lambda r: str(r.db_outbox)))
    row("open_due again, same minute: rounds opened", each(lambda r: str(r.again_rounds)))
    row("  its time (s)", each(lambda r: f"{r.again_s:.2f}"))
    row("open_due next week, warm process (s)", each(lambda r: f"{r.warm_s:.2f}"))
    row("  rounds opened / messages enqueued", each(lambda r: f"{r.warm_rounds}/{r.warm_invited}"))
    row("  longest event-loop stall meanwhile (s)", each(lambda r: f"{r.loop_stall_s:.2f}"))
    row("  longest wait for a one-row read (s)", each(lambda r: f"{r.db_wait_s:.2f}"))
    floor = [f"{floor_s:.2f}"] + [""] * (len(kinds) - 1)  # the same for every backend
    row("floor: composing the messages alone (s)", floor)


def print_delivery(results: dict[str, OpenFigures], kinds: list[str]) -> None:
    def each(get: Any) -> list[str]:
        return [get(results[k].delivery) if k in results else "skipped" for k in kinds]

    print(f"  {'':<46}" + "".join(f"{k:>12}" for k in kinds))
    row("first batch as composed: sent / failed",
        each(lambda d: f"{d['as_composed_sent']}/{d['as_composed_failed']}"))  # fmt: skip
    row(
        "payload workaround (chat_id stripped)",
        each(lambda d: "yes" if d["payload_workaround"] else "no"),
    )
    row("measured: delivered / failed", each(lambda d: f"{d['sent']}/{d['failed']}"))
    row("  rate (msgs/s, first to last delivery)", each(lambda d: f"{d['msgs_per_s']:.2f}"))
    row(f"  fraction of the {LIMIT:.0f}/s limit", each(lambda d: f"{d['msgs_per_s'] / LIMIT:.1%}"))
    row("  429 answers from the fake", each(lambda d: str(d["throttled_429"])))
    row(f"  largest batch claimed (limit {SenderLimits().batch})",
        each(lambda d: str(d["largest_batch"])))  # fmt: skip
    row("  wall time (s)", each(lambda d: f"{d['wall_s']:.1f}"))
    for kind in kinds:
        d = results[kind].delivery if kind in results else None
        if d and d["as_composed_error"]:
            print(f"  {kind}: as composed, every row failed: {d['as_composed_error']!r}")
    sample = next((results[k].delivery["sample"] for k in kinds
                   if k in results and results[k].delivery["sample"]), None)  # fmt: skip
    if sample:
        print("  a delivered check-in, as the fake shows it: " + repr(sample[:90]) + "…")


def print_year(year: YearFigures, shape: Shape) -> None:
    kinds = list(year.bytes_after)
    print(f"  {'':<46}" + "".join(f"{k:>12}" for k in kinds))
    for table, n in year.rows.items():
        row(
            f"{table} ({n:,} rows), MB",
            [fmt(year.tables[k].get(table, 0) / 1e6, ".1f") for k in kinds],
        )
    row("database growth after VACUUM, MB", [fmt(year.mb(k), ".1f") for k in kinds])
    row("  of which keeps growing (rounds, answers), MB",
        [fmt(year.lasting(k) / 1e6, ".1f") for k in kinds])  # fmt: skip
    row(
        "  per group per year, kB",
        [fmt((year.mb(k) or 0) * 1000 / shape.groups, ".1f") for k in kinds],
    )
    print(
        f"  Written in {year.seconds:.1f} s. Assumes: every member answers every week (numbers "
        f"only), {NOTE_SHARE:.0%} leave one ~120-character\n"
        f"  text note (kept: the default retention is 365 days), {REMINDER_SHARE:.0%} get the "
        f"reminder, {CONTACT_SHARE:.0%} ask for contact.\n"
        f"  Outbox: settled rows are purged after 30 days, so only the last "
        f"{OUTBOX_WEEKS_KEPT} weeks' invitations and reminders remain\n"
        f"  (a steady state: the outbox does not grow with the years; nor do the notes after "
        f"their first year). Not included:\n"
        f"  the facilitators' summaries and contact alerts (this seed has no staff; about "
        f"one outbox row per round per facilitator)."
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--groups", type=int, default=1000)
    parser.add_argument("--members", type=int, default=10, help="parents per group")
    parser.add_argument("--deliver", type=int, default=600, help="messages to deliver at most")
    parser.add_argument("--deliver-seconds", type=float, default=22.0, help="delivery budget")
    parser.add_argument("--no-year", action="store_true", help="skip the year's storage")
    args = parser.parse_args()
    shape = Shape(args.groups, args.members)
    bench_started = time.monotonic()

    pg_url = postgres_url()
    kinds = ["sqlite", "postgres"]
    pg_problem = await postgres_available(pg_url)
    available = ["sqlite"] if pg_problem else kinds
    composer = RoundMessages(Catalogs.load())

    opening = opening_minute()
    local = opening.astimezone(ZoneInfo(ZONE)).strftime("%a %Y-%m-%d %H:%M %Z")
    print(
        f"Check-in rounds: {shape.groups:,} groups × {shape.members} parents, every round due "
        f"{local} ({ZONE}), window {WINDOW_HOURS} h; the service's clock is fixed 5 s later"
    )
    if pg_problem:
        print(f"PostgreSQL skipped ({make_url(pg_url).render_as_string()}): {pg_problem}")

    results = {
        kind: await run_open(kind, pg_url, shape, composer, args.deliver, args.deliver_seconds)
        for kind in available
    }
    floor_s = compose_floor(composer, shape)
    print(f"\n1. Opening {shape.groups:,} rounds and enqueueing {shape.people:,} messages")
    print_open(results, kinds, floor_s)
    print(f"\n2. Delivery through OutboxSender(SenderLimits()) against a fake answering 429 "
          f"above {LIMIT:.0f}/s (first {args.deliver} messages, at most "
          f"{args.deliver_seconds:.0f} s)")  # fmt: skip
    print_delivery(results, kinds)

    year = None
    if not args.no_year:
        year = await run_year(available, pg_url, shape, composer)
        print(f"\n3. Storage for one year of weekly rounds ({WEEKS} weeks, {shape.groups:,} "
              f"groups × {shape.members} parents)")  # fmt: skip
        print_year(year, shape)
    print(f"\nWhole bench: {time.monotonic() - bench_started:.0f} s")

    main_delivery = results["sqlite"].delivery
    main_rate = main_delivery["msgs_per_s"]
    workaround = bool(main_delivery["payload_workaround"])

    def rounded(value: float | None, digits: int) -> float | None:
        return None if value is None else round(value, digits)

    report(
        {
            "open_s_sqlite": round(results["sqlite"].open_s, 3),
            "open_s_postgres": rounded(
                results["postgres"].open_s if "postgres" in results else None, 3
            ),
            "open_warm_s_sqlite": round(results["sqlite"].warm_s, 3),
            "open_warm_s_postgres": rounded(
                results["postgres"].warm_s if "postgres" in results else None, 3
            ),
            "compose_floor_s": round(floor_s, 3),
            "opened_again": max(r.again_rounds for r in results.values()),
            "counts_ok": all(
                (r.db_rounds, r.db_responses, r.db_outbox)
                == (shape.groups, shape.people, shape.people)
                for r in results.values()
            ),
            # As the code stands: nothing delivered when the payloads cannot be sent.
            "fraction_of_limit": 0.0 if workaround else round(main_rate / LIMIT, 3),
            "fraction_of_limit_payload_fixed": round(main_rate / LIMIT, 3) if workaround else None,
            "msgs_per_s": round(main_rate, 2),
            "fraction_of_limit_postgres": rounded(
                results["postgres"].delivery["msgs_per_s"] / LIMIT
                if "postgres" in results
                else None,
                3,
            ),
            "delivery_payload_workaround": any(
                r.delivery["payload_workaround"] for r in results.values()
            ),
            "delivery_failed_as_composed": sum(
                r.delivery["as_composed_failed"] for r in results.values()
            ),
            "db_mb_per_year": rounded(year.mb("sqlite") if year else None, 1),
            "db_mb_per_year_postgres": rounded(year.mb("postgres") if year else None, 1),
            "db_mb_lasting_per_year": round(year.lasting("sqlite") / 1e6, 1) if year else None,
            "open_loop_stall_s": round(max(r.loop_stall_s for r in results.values()), 2),
            "open_db_wait_s_sqlite": round(results["sqlite"].db_wait_s, 2),
        }
    )


if __name__ == "__main__":
    asyncio.run(main())
