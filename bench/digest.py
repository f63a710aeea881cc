"""Digests and dashboard pages after three years: 200 groups × 15 parents, one organisation.

Three years of weekly rounds (156 a group, the Christmas weeks skipped: about 452,000
responses), a meeting every other week with everyone's attendance answer, "contact me"
requests, the moderation audit log, and notes (encrypted with a fixed key) on 5% of the
responses: written with bulk inserts (SQLite: executemany of prepared rows; PostgreSQL:
COPY through asyncpg), then measured from the real code, each figure the median of 5 runs
after 1 warm-up:

- `DigestService.organisation_weeks(org)`: the organisation's weekly digest (8 weeks);
- `DashboardData.group_page(group, GroupAccess.FULL)`: one group's dashboard page (26
  weeks of figures, 12 months of sources, rounds, 50 decrypted notes, meetings, the log);
- next to them, in the same run, `naive_s`: the same organisation digest counted in Python
  from rows loaded with the ORM (the window's rounds, responses, meetings, attendance...),
  checked equal to the SQL one;
- extras: the organisation page and the organisation's CSV export (52 weeks), and, run
  once, `group_weeks_naive` (the reference in tests/digest_reference.py, which loads whole
  tables) for one group.

Target: under 0.5 s for each of the first two. `--explain` prints the plans of the
slowest statements (EXPLAIN QUERY PLAN / EXPLAIN ANALYZE).

PostgreSQL: KRING_BENCH_POSTGRES_URL, else KRING_TEST_POSTGRES_URL, else
postgresql+asyncpg://postgres@127.0.0.1:5432/test; a fresh database is created and
dropped; skipped with a note (null figures) when the server does not answer.
Last line: JSON with org_digest_s_sqlite, org_digest_s_postgres, group_page_s_sqlite,
group_page_s_postgres, naive_s (SQLite; naive_s_postgres beside it) and row counts.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import statistics
import time
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from _common import bench_database, report
from sqlalchemy import event, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.crypto import AnswerCipher
from storage.dashboard_data import DashboardData, GroupAccess
from storage.db import create_engine, create_sessionmaker
from storage.digest_stats import GroupFigures, MemberCounts, OrganisationFigures, total_of
from storage.digests import DigestService, week_figures, week_starts
from storage.models import (
    Attendance,
    CheckinResponse,
    CheckinRound,
    ContactRequest,
    ContactStatus,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    ModerationAction,
    Organisation,
    Role,
    RoundStatus,
)
from tests.digest_reference import group_weeks_naive
from tests.pgadmin import admin, throwaway_database

DEFAULT_POSTGRES = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
TARGET_S = 0.5
RUNS = 5
NOW = datetime(2027, 3, 10, 9, 0, tzinfo=UTC)  # a Wednesday morning: the clock of every call
ORG = 1
FIRST_USER = 6_100_000_000
CIPHER_SECRET = "bench-digest-secret-key"
SOURCES = ("identity", "talents", "stress", "skills", "belonging", "reciprocity")
ANSWER_SHARE = 0.72  # parents who answer a round
NOTE_SHARE = 0.07  # answers with a note (5% of all responses; a sixth of them voice)
CONTACT_SHARE = 0.02  # answers with "yes, contact me"
NAMES = ("Sanne", "Fatima", "Ayşe", "Hodan", "Lucía", "Mohamed", "Emre", "Ladan", "Inge", "مريم")
NOTES = (
    "Deze week was zwaar, mijn zoon wilde niet naar school. Het gesprek met de juf hielp.",
    "كان هذا الأسبوع صعبا، ابني لم يرغب في الذهاب إلى المدرسة.",
    "Bu hafta zordu, oğlum okula gitmek istemedi. Öğretmenle konuşmak yardımcı oldu.",
    "Toddobaadkan wuu adkaa, wiilkaygu ma uusan rabin inuu dugsiga aado.",
    "Esta semana fue difícil, mi hijo no quería ir al colegio. Hablar con la maestra ayudó.",
)
MOODS = (0, 1, 2, 3, 3, 4, 4, 4, 5, 5)  # 0: skipped
REFLECTIONS = (0, 1, 2, 2, 3, 3, 3)
ACTIONS = ("delete",) * 10 + ("warn",) * 6 + ("mute",) * 3 + ("ban",)
REASONS = ("flood", "words", "newcomer link", "report", "rules")


@dataclass(frozen=True)
class Shape:
    groups: int = 200
    members: int = 15  # parents per group
    weeks: int = 156  # three years of weekly rounds
    actions_per_group: int = 72  # moderation lines over the three years (two a month)


# -- the data -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    """A big table written column by column (no ORM defaults: every column listed)."""

    name: str
    columns: tuple[str, ...]


ROUNDS = Table("checkin_rounds", ("id", "group_id", "scheduled_for", "closes_at", "remind_at",
               "status", "sequence", "source", "question", "reminded", "opened_at",
               "closed_at"))  # fmt: skip
RESPONSES = Table("checkin_responses", ("id", "round_id", "member_id", "mood", "reflection",
                  "contact", "step", "invited_at", "answered_at"))  # fmt: skip
NOTES_T = Table("checkin_notes", ("id", "response_id", "kind", "content", "created_at"))
CONTACTS = Table("contact_requests", ("id", "group_id", "round_id", "member_id", "status",
                 "created_at", "handled_at", "handled_by"))  # fmt: skip
MEETINGS = Table("meetings", ("id", "group_id", "series", "starts_at", "place", "theme", "status",
                 "day_reminder", "eve_reminded_at", "day_reminded_at", "attendance_sent_at",
                 "reflection_sent_at", "created_at"))  # fmt: skip
ATTENDANCE = Table("attendance", ("id", "meeting_id", "member_id", "answer", "reminded_at",
                   "answered_at"))  # fmt: skip
ACTIONS_T = Table("moderation_actions", ("id", "group_id", "chat_id", "actor_telegram_id",
                  "target_telegram_id", "target_name", "action", "reason", "message_id", "until",
                  "created_at", "undone_at", "undone_by"))  # fmt: skip
BIG_TABLES = (ROUNDS, RESPONSES, NOTES_T, CONTACTS, MEETINGS, ATTENDANCE, ACTIONS_T)


def first_monday(shape: Shape) -> datetime:
    """The Monday 00:00 UTC of the first week, so that the last week is NOW's."""
    monday = (NOW - timedelta(days=NOW.weekday())).replace(hour=0, minute=0)
    return monday - timedelta(weeks=shape.weeks - 1)


def member_id(shape: Shape, group: int, index: int) -> int:
    return (group - 1) * shape.members + index + 1


@dataclass
class Counters:
    """Running ids, so every chunk of groups continues where the last one stopped."""

    round: int = 0
    response: int = 0
    note: int = 0
    contact: int = 0
    meeting: int = 0
    attendance: int = 0
    action: int = 0
    rows: Counter[str] = field(default_factory=Counter)

    def next(self, name: str) -> int:
        value = getattr(self, name) + 1
        setattr(self, name, value)
        return value


def group_rows(
    shape: Shape, group: int, rng: random.Random, cipher: AnswerCipher, ids: Counters
) -> dict[Table, list[tuple[Any, ...]]]:
    """Everything one group did in three years, as rows of the big tables."""
    rows: dict[Table, list[tuple[Any, ...]]] = {t: [] for t in BIG_TABLES}
    start = first_monday(shape) + timedelta(days=group % 5, hours=10)  # Mon..Fri 10:00
    facilitator = FIRST_USER + 100_000 + group
    members = [member_id(shape, group, i) for i in range(shape.members)]
    for week in range(shape.weeks):
        at = start + timedelta(weeks=week)
        if at >= NOW:
            break
        source = SOURCES[week % len(SOURCES)]
        holiday = (at.month == 12 and at.day >= 24) or (at.month == 1 and at.day <= 2)
        closes = at + timedelta(hours=48)
        status = RoundStatus.SKIPPED if holiday else RoundStatus.CLOSED
        if closes > NOW and not holiday:
            status = RoundStatus.OPEN
        round_id = ids.next("round")
        rows[ROUNDS].append((round_id, group, at, closes, at + timedelta(hours=24), status.value,
                             week, source, json.dumps({"key": f"{source}.{week % 6 + 1}"}),
                             True, at, None if status is RoundStatus.OPEN else closes))  # fmt: skip
        if not holiday:
            for member in members:
                response_rows(rows, round_id, group, member, at, rng, cipher, ids)
        if week % 2 == 0:
            meeting_rows(rows, group, members, at + timedelta(days=2, hours=8), source, rng, ids)
    for _ in range(shape.actions_per_group):
        when = first_monday(shape) + (NOW - first_monday(shape)) * rng.random()
        undone = rng.random() < 0.05
        rows[ACTIONS_T].append((ids.next("action"), group, -1_000_000_000_000 - group,
                                None if rng.random() < 0.7 else facilitator,
                                FIRST_USER + 500_000 + rng.randrange(10_000),
                                rng.choice(NAMES) + " " + rng.choice("ABCDEFGH") + ".",
                                rng.choice(ACTIONS), rng.choice(REASONS), rng.randrange(1, 10**6),
                                None, when, when + timedelta(hours=1) if undone else None,
                                facilitator if undone else None))  # fmt: skip
    return rows


def response_rows(
    rows: dict[Table, list[tuple[Any, ...]]],
    round_id: int,
    group: int,
    member: int,
    at: datetime,
    rng: random.Random,
    cipher: AnswerCipher,
    ids: Counters,
) -> None:
    response_id = ids.next("response")
    answered = at + timedelta(minutes=rng.randrange(5, 47 * 60))
    if rng.random() >= ANSWER_SHARE or answered >= NOW:
        rows[RESPONSES].append((response_id, round_id, member, None, None, None, 1, at, None))
        return
    contact = 1 if rng.random() < CONTACT_SHARE else rng.choice((0, 2, 2, 2))
    mood = rng.choice(MOODS)
    reflection = rng.choice(REFLECTIONS)
    rows[RESPONSES].append(
        (response_id, round_id, member, mood, reflection, contact, 4, at, answered)
    )
    if rng.random() < NOTE_SHARE:
        voice = rng.random() < 1 / 6
        words = f"AwACAgQAAxkB{rng.randrange(10**12)}" if voice else rng.choice(NOTES)
        rows[NOTES_T].append((ids.next("note"), response_id, "voice" if voice else "text",
                              cipher.encrypt(words), answered))  # fmt: skip
    if contact == 1:
        recent = NOW - answered < timedelta(days=10)
        status = ContactStatus.OPEN if recent and rng.random() < 0.5 else ContactStatus.HANDLED
        handled = None if status is ContactStatus.OPEN else answered + timedelta(hours=5)
        rows[CONTACTS].append((ids.next("contact"), group, round_id, member, status.value,
                               answered, handled, None))  # fmt: skip


def meeting_rows(
    rows: dict[Table, list[tuple[Any, ...]]],
    group: int,
    members: Sequence[int],
    starts: datetime,
    theme: str,
    rng: random.Random,
    ids: Counters,
) -> None:
    meeting_id = ids.next("meeting")
    status = MeetingStatus.CANCELLED if rng.random() < 0.05 else MeetingStatus.PLANNED
    reminded = starts - timedelta(hours=15)
    rows[MEETINGS].append((meeting_id, group, f"series-{group}", starts, "Buurthuis De Kring",
                           theme, status.value, False, reminded, None, None, None,
                           starts - timedelta(days=14)))  # fmt: skip
    if status is MeetingStatus.CANCELLED or reminded >= NOW:
        return
    for member in members:
        answer = rng.choice(("yes", "yes", "yes", "yes", "no", "maybe", None, None))
        answered = reminded + timedelta(minutes=rng.randrange(1, 600)) if answer else None
        rows[ATTENDANCE].append((ids.next("attendance"), meeting_id, member, answer, reminded,
                                 answered))  # fmt: skip


async def seed_small(engine: AsyncEngine, shape: Shape) -> None:
    """The organisation, groups, parents, staff and memberships (the ORM's defaults apply)."""
    joined = first_monday(shape) - timedelta(days=30)
    people = shape.groups * shape.members
    members = [
        {"id": m + 1, "telegram_user_id": FIRST_USER + m, "display_name": f"{NAMES[m % 10]} {m}",
         "locale": "nl", "consent_given_at": joined, "consent_version": 1,
         "reachable": m % 37 != 0, "paused_indefinitely": m % 41 == 0, "created_at": joined}
        for m in range(people)
    ]  # fmt: skip
    staff = [
        {"id": people + g, "telegram_user_id": FIRST_USER + 100_000 + g,
         "display_name": f"Begeleider {g}", "locale": "nl", "created_at": joined}
        for g in range(1, shape.groups + 2)
    ]  # fmt: skip
    memberships = [
        {"member_id": m + 1, "group_id": m // shape.members + 1, "role": Role.PARENT,
         "created_at": joined}
        for m in range(people)
    ] + [
        {"member_id": people + g, "group_id": g, "role": Role.FACILITATOR, "created_at": joined}
        for g in range(1, shape.groups + 1)
    ]  # fmt: skip
    coordinator = {"member_id": people + shape.groups + 1, "organisation_id": ORG,
                   "role": Role.COORDINATOR, "created_at": joined}  # fmt: skip
    async with engine.begin() as conn:
        await conn.execute(insert(Organisation), [{"id": ORG, "name": "Buurtwerk Oost"}])
        await conn.execute(
            insert(Group),
            [{"id": g, "organisation_id": ORG, "name": f"Oudergroep {g}", "created_at": joined}
             for g in range(1, shape.groups + 1)],
        )  # fmt: skip
        for model, batch in ((Member, members), (Member, staff), (Membership, memberships),
                             (Membership, [coordinator])):  # fmt: skip
            for i in range(0, len(batch), 5000):
                await conn.execute(insert(model), batch[i : i + 5000])


def _sqlite_value(value: Any) -> Any:
    if isinstance(value, datetime):  # SQLAlchemy's SQLite format, naive UTC
        v = value.astimezone(UTC)
        return f"{v:%Y-%m-%d %H:%M:%S}.{v.microsecond:06d}"
    if isinstance(value, bool):
        return int(value)
    return value


async def write(engine: AsyncEngine, table: Table, rows: list[tuple[Any, ...]]) -> None:
    """Bulk-insert prepared rows: COPY on PostgreSQL, executemany on SQLite."""
    if not rows:
        return
    async with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            raw = (await conn.get_raw_connection()).driver_connection
            assert raw is not None
            await raw.copy_records_to_table(table.name, records=rows, columns=table.columns)
            return
        marks = ", ".join("?" * len(table.columns))
        sql = f"INSERT INTO {table.name} ({', '.join(table.columns)}) VALUES ({marks})"
        adapted = [tuple(_sqlite_value(v) for v in row) for row in rows]
        await conn.exec_driver_sql(sql, adapted)
        await conn.commit()


async def generate(engine: AsyncEngine, shape: Shape) -> tuple[Counter[str], float]:
    """Write the three years; the same rows on every backend (a seeded generator)."""
    started = time.perf_counter()
    await seed_small(engine, shape)
    rng = random.Random(2027)
    cipher = AnswerCipher(CIPHER_SECRET)
    ids = Counters()
    chunk = 10  # groups per batch of inserts
    for first in range(1, shape.groups + 1, chunk):
        batch: dict[Table, list[tuple[Any, ...]]] = {t: [] for t in BIG_TABLES}
        for group in range(first, min(first + chunk, shape.groups + 1)):
            for table, rows in group_rows(shape, group, rng, cipher, ids).items():
                batch[table].extend(rows)
        for table in BIG_TABLES:  # parents before children (foreign keys)
            await write(engine, table, batch[table])
            ids.rows[table.name] += len(batch[table])
    await settle(engine)
    return ids.rows, time.perf_counter() - started


async def settle(engine: AsyncEngine) -> None:
    """What a database that has been running a while would have: statistics, sequences."""
    async with engine.connect() as conn:
        auto = await conn.execution_options(isolation_level="AUTOCOMMIT")
        if engine.dialect.name == "postgresql":
            for table in BIG_TABLES:
                await auto.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table.name}))"
                )
            # What autovacuum would have done by now (statistics, the visibility map).
            await auto.exec_driver_sql("VACUUM ANALYZE")


# -- the naive organisation digest -------------------------------------------------------


async def naive_org_digest(
    sessions: async_sessionmaker[AsyncSession], org: int, as_of: datetime, weeks: int = 8
) -> OrganisationFigures:
    """`organisation_weeks` counted in Python from ORM rows (the window's, filtered in SQL)."""
    starts = week_starts(as_of, weeks)
    first = starts[0]
    counters: dict[int, list[Counter[str]]] = defaultdict(lambda: [Counter() for _ in starts])

    def bucket(group: int, moment: datetime | None) -> Counter[str] | None:
        if moment is None or moment < first or moment >= as_of:
            return None
        return counters[group][bisect_right(starts, moment) - 1]

    async with sessions() as session:
        group_ids = sorted(
            (await session.scalars(select(Group.id).where(Group.organisation_id == org))).all()
        )
        in_org = Group.organisation_id == org
        rounds = (
            await session.scalars(
                select(CheckinRound)
                .join(Group, Group.id == CheckinRound.group_id)
                .where(in_org, CheckinRound.scheduled_for >= first)
            )
        ).all()
        responses = (
            await session.scalars(
                select(CheckinResponse)
                .join(CheckinRound, CheckinRound.id == CheckinResponse.round_id)
                .join(Group, Group.id == CheckinRound.group_id)
                .where(in_org, CheckinRound.scheduled_for >= first)
            )
        ).all()
        contacts = (await session.scalars(select(ContactRequest).join(Group).where(in_org))).all()
        meetings = (
            await session.scalars(
                select(Meeting).join(Group).where(in_org, Meeting.starts_at >= first)
            )
        ).all()
        attendance = (
            await session.scalars(
                select(Attendance)
                .join(Meeting, Meeting.id == Attendance.meeting_id)
                .join(Group, Group.id == Meeting.group_id)
                .where(in_org, Meeting.starts_at >= first)
            )
        ).all()
        actions = (
            await session.scalars(
                select(ModerationAction)
                .join(Group, Group.id == ModerationAction.group_id)
                .where(in_org, ModerationAction.created_at >= first)
            )
        ).all()
        parents = (
            await session.execute(
                select(Membership.group_id, Member)
                .join(Member, Member.id == Membership.member_id)
                .join(Group, Group.id == Membership.group_id)
                .where(in_org, Membership.role == Role.PARENT, Membership.active.is_(True))
            )
        ).all()

    held = {r.id: r for r in rounds if r.status is not RoundStatus.SKIPPED}
    for r in held.values():
        if (c := bucket(r.group_id, r.scheduled_for)) is not None:
            c["rounds"] += 1
    people: dict[tuple[int, int], set[int]] = defaultdict(set)
    for resp in responses:
        rnd = held.get(resp.round_id)
        if rnd is None or (c := bucket(rnd.group_id, rnd.scheduled_for)) is None:
            continue
        c["invited"] += 1
        if resp.member_id is not None:
            week = bisect_right(starts, rnd.scheduled_for) - 1
            people[(rnd.group_id, week)].add(resp.member_id)
        c["answered"] += resp.answered_at is not None
        if resp.mood in (1, 2, 3, 4, 5):
            c[f"mood{resp.mood}"] += 1
        if resp.reflection in (1, 2, 3):
            c[f"reflection{resp.reflection}"] += 1
    for (group, week), invited in people.items():
        counters[group][week]["people"] = len(invited)
    waiting: dict[int, list[datetime]] = defaultdict(list)
    for req in contacts:
        if req.status is ContactStatus.OPEN and req.created_at < as_of:
            waiting[req.group_id].append(req.created_at)
        if (c := bucket(req.group_id, req.created_at)) is not None:
            c["contacts_opened"] += 1
        if req.status is ContactStatus.HANDLED:
            if (c := bucket(req.group_id, req.handled_at)) is not None:
                c["contacts_handled"] += 1
    met: dict[int, Counter[str]] = {}
    for meeting in meetings:
        c = bucket(meeting.group_id, meeting.starts_at)
        if meeting.status is MeetingStatus.PLANNED and c is not None:
            met[meeting.id] = c
            c["meetings"] += 1
    for att in attendance:
        if att.meeting_id in met and att.answer in ("yes", "no", "maybe"):
            met[att.meeting_id][f"attendance_{att.answer}"] += 1
    for action in actions:
        if (c := bucket(action.group_id, action.created_at)) is not None:
            c["moderation_actions"] += 1
    members: dict[int, Counter[str]] = defaultdict(Counter)
    for group_id, member in parents:
        paused = member.paused_indefinitely or (
            member.paused_until is not None and member.paused_until > as_of
        )
        state = "unreachable" if not member.reachable else "paused" if paused else "active"
        members[group_id or 0][state] += 1

    groups = tuple(
        GroupFigures(
            group_id=g,
            as_of=as_of,
            members=MemberCounts(**members[g]),
            weeks=tuple(week_figures(starts, i, as_of, dict(c)) for i, c in enumerate(counters[g])),
            contacts_waiting=len(waiting[g]),
            oldest_waiting_since=min(waiting[g], default=None),
        )
        for g in group_ids
    )
    return OrganisationFigures(org, as_of, groups, total_of(groups, as_of, starts))


# -- measuring ----------------------------------------------------------------------------


@dataclass
class Statement:
    sql: str
    params: Any
    seconds: float


class StatementLog:
    """The statements an engine ran, by label, with their times (to EXPLAIN the slow ones)."""

    def __init__(self, engine: AsyncEngine) -> None:
        self.label: str | None = None
        self.statements: dict[str, list[Statement]] = defaultdict(list)
        sync = engine.sync_engine

        @event.listens_for(sync, "before_cursor_execute")
        def _before(conn: Any, cursor: Any, sql: str, *_: Any) -> None:
            conn.info["bench_started"] = time.perf_counter()

        @event.listens_for(sync, "after_cursor_execute")
        def _after(conn: Any, cursor: Any, sql: str, params: Any, *_: Any) -> None:
            started = conn.info.pop("bench_started", None)
            if self.label and started is not None:
                seconds = time.perf_counter() - started
                self.statements[self.label].append(Statement(sql, params, seconds))

    def slowest(self, label: str, n: int) -> list[Statement]:
        """The `n` slowest distinct statements under `label` (each at its slowest run)."""
        worst: dict[str, Statement] = {}
        for st in self.statements[label]:
            if st.sql not in worst or st.seconds > worst[st.sql].seconds:
                worst[st.sql] = st
        return sorted(worst.values(), key=lambda s: -s.seconds)[:n]


async def median_of(
    call: Callable[[int], Awaitable[Any]], runs: int = RUNS
) -> tuple[float, list[float]]:
    """The median seconds of `runs` calls after one warm-up (call(i): run i, -1 warm-up)."""
    await call(-1)
    times = []
    for i in range(runs):
        started = time.perf_counter()
        await call(i)
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


@dataclass
class Figures:
    kind: str
    rows: Counter[str] = field(default_factory=Counter)
    seed_s: float = 0.0
    org_digest_s: float = 0.0
    group_page_s: float = 0.0
    naive_s: float = 0.0
    naive_equal: bool = False
    org_page_s: float = 0.0
    export_s: float = 0.0
    export_rows: int = 0
    reference_one_group_s: float = 0.0
    page_notes: int = 0
    page_readable: int = 0
    slowest: dict[str, list[Statement]] = field(default_factory=dict)
    plans: list[tuple[str, Statement, str]] = field(default_factory=list)
    runs: dict[str, list[float]] = field(default_factory=dict)


async def run(kind: str, url: str, shape: Shape, explain: bool, reference: bool) -> Figures:
    figures = Figures(kind)
    engine = create_engine(url)
    sessions = create_sessionmaker(engine)
    figures.rows, figures.seed_s = await generate(engine, shape)
    print(
        f"  {kind}: wrote {sum(figures.rows.values()):,} rows in {figures.seed_s:.1f} s", flush=True
    )
    digests = DigestService(sessions, lambda: NOW)
    data = DashboardData(sessions, AnswerCipher(CIPHER_SECRET), lambda: NOW)

    def shown(name: str, median: float, times: list[float]) -> None:
        figures.runs[name] = times
        print(f"  {kind}: {name:<34} median {median:.3f} s  runs "
              + " ".join(f"{t:.3f}" for t in times), flush=True)  # fmt: skip

    async def org_digest(_: int) -> None:
        await digests.organisation_weeks(ORG)

    async def group_page(i: int) -> None:
        group = 1 + (i + 1) * (shape.groups // (RUNS + 1))  # a different group each run
        page = await data.group_page(group, GroupAccess.FULL)
        assert page is not None
        figures.page_notes = len(page.answers)
        figures.page_readable = sum(a.readable for a in page.answers)

    async def naive(_: int) -> None:
        await naive_org_digest(sessions, ORG, NOW)

    async def org_page(_: int) -> None:
        assert await data.organisation_page(ORG) is not None

    async def export(_: int) -> None:
        figures.export_rows = len(await data.export_rows(ORG, (), GroupAccess.FIGURES))

    log = StatementLog(engine)
    for label, call, name, runs in (
        ("org_digest_s", org_digest, "organisation_weeks (8 weeks)", RUNS),
        ("group_page_s", group_page, "group_page(FULL)", RUNS),
        ("naive_s", naive, "naive org digest (ORM rows)", RUNS),
        ("org_page_s", org_page, "organisation_page (26 wk, 12 mo)", RUNS),
        ("export_s", export, "export_rows (org, 52 weeks)", 3),
    ):
        log.label = label
        median, times = await median_of(call, runs)
        log.label = None
        setattr(figures, label, median)
        shown(name, median, times)
    figures.naive_equal = await naive_org_digest(
        sessions, ORG, NOW
    ) == await digests.organisation_weeks(ORG)
    if reference:
        started = time.perf_counter()
        await group_weeks_naive(sessions, 1, 8, NOW)
        figures.reference_one_group_s = time.perf_counter() - started
        print(f"  {kind}: group_weeks_naive, one group, once: "
              f"{figures.reference_one_group_s:.2f} s", flush=True)  # fmt: skip

    for label in ("org_digest_s", "group_page_s", "org_page_s"):
        figures.slowest[label] = log.slowest(label, 3)
        if explain:
            for st in figures.slowest[label][:2]:
                figures.plans.append((label, st, await plan(engine, st)))
    await engine.dispose()
    return figures


async def plan(engine: AsyncEngine, st: Statement) -> str:
    prefix = (
        "EXPLAIN QUERY PLAN " if engine.dialect.name == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS) "
    )
    async with engine.connect() as conn:
        rows = [tuple(r) for r in await conn.exec_driver_sql(prefix + st.sql, st.params)]
    if engine.dialect.name == "sqlite":  # (id, parent, notused, detail): indent by depth
        depth = {0: -1}
        lines = []
        for node, parent, _, detail in rows:
            depth[node] = depth.get(parent, 0) + 1
            lines.append("  " * depth[node] + str(detail))
        return "\n".join(lines)
    return "\n".join(str(r[0]) for r in rows)


# -- main ---------------------------------------------------------------------------------


def postgres_url() -> str:
    return (
        os.environ.get("KRING_BENCH_POSTGRES_URL")
        or os.environ.get("KRING_TEST_POSTGRES_URL")
        or DEFAULT_POSTGRES
    )


async def postgres_problem(url: str) -> str | None:
    """None when the server answers; otherwise why not."""
    try:
        await asyncio.wait_for(admin(url, "SELECT 1"), timeout=5)
    except Exception as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


@asynccontextmanager
async def database(kind: str, pg_url: str) -> AsyncIterator[str]:
    if kind == "sqlite":
        async with bench_database("sqlite") as url:
            yield url
    else:
        async with throwaway_database(pg_url, "kring_bench_digest") as url:
            yield url


def row(label: str, values: Sequence[str]) -> None:
    print(f"  {label:<44}" + "".join(f"{v:>12}" for v in values))


def table(results: dict[str, Figures], kinds: list[str]) -> None:
    def each(get: Callable[[Figures], str]) -> list[str]:
        return [get(results[k]) if k in results else "skipped" for k in kinds]

    def ok(seconds: float) -> str:
        return "yes" if seconds < TARGET_S else "NO"

    print(f"  {'':<44}" + "".join(f"{k:>12}" for k in kinds))
    row("rows written", each(lambda f: f"{sum(f.rows.values()):,}"))
    row("  of which check-in responses", each(lambda f: f"{f.rows['checkin_responses']:,}"))
    row("  time to write them (s)", each(lambda f: f"{f.seed_s:.1f}"))
    row("organisation digest, SQL (s)", each(lambda f: f"{f.org_digest_s:.3f}"))
    row(f"  under {TARGET_S} s", each(lambda f: ok(f.org_digest_s)))
    row("  naive: ORM rows counted in Python (s)", each(lambda f: f"{f.naive_s:.3f}"))
    row("  SQL faster by", each(lambda f: f"{f.naive_s / f.org_digest_s:.1f}×"))
    row("  naive figures equal the SQL ones", each(lambda f: "yes" if f.naive_equal else "NO"))
    row("group page, FULL (s)", each(lambda f: f"{f.group_page_s:.3f}"))
    row(f"  under {TARGET_S} s", each(lambda f: ok(f.group_page_s)))
    row("  notes shown / readable", each(lambda f: f"{f.page_notes}/{f.page_readable}"))
    row("organisation page (s)", each(lambda f: f"{f.org_page_s:.3f}"))
    row("CSV export, organisation, 52 weeks (s)", each(lambda f: f"{f.export_s:.3f}"))
    row("  rows", each(lambda f: f"{f.export_rows:,}"))
    if any(f.reference_one_group_s for f in results.values()):
        row("group_weeks_naive, ONE group (s)", each(lambda f: f"{f.reference_one_group_s:.2f}"))


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--groups", type=int, default=200)
    parser.add_argument("--members", type=int, default=15, help="parents per group")
    parser.add_argument("--weeks", type=int, default=156)
    parser.add_argument("--explain", action="store_true", help="print the slowest plans")
    parser.add_argument("--no-reference", action="store_true",
                        help="skip group_weeks_naive (it loads whole tables)")  # fmt: skip
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    shape = Shape(args.groups, args.members, args.weeks)
    started = time.monotonic()
    pg_url = postgres_url()
    kinds = ["sqlite", "postgres"]
    problem = "--sqlite-only" if args.sqlite_only else await postgres_problem(pg_url)
    available = ["sqlite"] if problem else kinds
    print(f"Digests after {shape.weeks} weeks: {shape.groups} groups × {shape.members} parents "
          f"in one organisation; clock {NOW:%Y-%m-%d %H:%M} UTC")  # fmt: skip
    if problem:
        print(f"PostgreSQL skipped ({make_url(pg_url).render_as_string()}): {problem}")
    results: dict[str, Figures] = {}
    for kind in available:
        async with database(kind, pg_url) as url:
            results[kind] = await run(kind, url, shape, args.explain, not args.no_reference)
    print(f"\nMedian of {RUNS} runs after 1 warm-up (target {TARGET_S} s):")
    table(results, kinds)
    for kind, figures in results.items():
        for label, statements in figures.slowest.items():
            print(f"\n{kind}: slowest statements of {label[:-2]} (one run)")
            for st in statements:
                print(f"  {st.seconds * 1000:7.1f} ms  {' '.join(st.sql.split())[:104]}…")
        for label, st, shown in figures.plans:
            print(f"\n  {kind} plan, {label[:-2]}, {st.seconds * 1000:.1f} ms statement:")
            brief = re.sub(r"CASE WHEN .*? END", "CASE …week… END", shown)
            print("    " + brief.replace("\n", "\n    "))
    print(f"\nWhole bench: {time.monotonic() - started:.0f} s")

    def pick(kind: str, get: Callable[[Figures], float], digits: int = 4) -> float | None:
        return round(get(results[kind]), digits) if kind in results else None

    sqlite = results["sqlite"]
    report(
        {
            "org_digest_s_sqlite": pick("sqlite", lambda f: f.org_digest_s),
            "org_digest_s_postgres": pick("postgres", lambda f: f.org_digest_s),
            "group_page_s_sqlite": pick("sqlite", lambda f: f.group_page_s),
            "group_page_s_postgres": pick("postgres", lambda f: f.group_page_s),
            "naive_s": round(sqlite.naive_s, 4),
            "naive_s_postgres": pick("postgres", lambda f: f.naive_s),
            "naive_equal": all(f.naive_equal for f in results.values()),
            "org_page_s_sqlite": pick("sqlite", lambda f: f.org_page_s),
            "org_page_s_postgres": pick("postgres", lambda f: f.org_page_s),
            "export_s_sqlite": pick("sqlite", lambda f: f.export_s),
            "export_s_postgres": pick("postgres", lambda f: f.export_s),
            "reference_one_group_s_sqlite": pick("sqlite", lambda f: f.reference_one_group_s, 2),
            "responses": sqlite.rows["checkin_responses"],
            "rows": sum(sqlite.rows.values()),
            "seed_s_sqlite": pick("sqlite", lambda f: f.seed_s, 1),
            "seed_s_postgres": pick("postgres", lambda f: f.seed_s, 1),
        }
    )


if __name__ == "__main__":
    asyncio.run(main())
