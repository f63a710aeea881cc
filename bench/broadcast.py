"""A facilitator's broadcast to 1,000 parents, from confirm to the last delivery.

One organisation, one group, a facilitator and 1,000 consenting parents in mixed languages
(nl, ar, tr, so, es, and some who never chose one), with quiet hours off and a weekly cap
that cannot bite, so the figures do not depend on the hour the bench runs. The facilitator
drafts the message in Dutch and Arabic through the real `BroadcastService` and confirms it
with the real `BroadcastMessages`; the real `OutboxSender` with the default
`SenderLimits()` runs in the background the way `kring run` starts it (idle, polling the
outbox) and delivers to a loopback fake Bot API that answers 429 above 30 messages/s.

Measured per backend: the confirm call (one transaction writing every outbox row), the
time from the start of confirm to the first delivery (split into confirm, the wait for
the sender's next poll, and the first send), the wall time from confirm to the last
delivery, the delivered rate as a fraction of 30/s, the 429s (when, and how many sends the
fake had accepted in the second before), the event loop's stalls during delivery (one
longer than the pacer's interval lets the sends whose slots passed go out back to back),
lost (parents who got nothing), duplicated (messages beyond one per parent), wrong
language or marker, and the report `BroadcastService.finished()` makes. The ideal beside
it: n messages at exactly 30/s.

SQLite always; PostgreSQL when KRING_TEST_POSTGRES_URL is set. Last line: JSON with
wall_s, fraction_of_limit, first_delivery_s, lost, duplicated (SQLite) and `_postgres`
variants.
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from _common import backends, bench_database, report
from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Bot
from telegram.request import HTTPXRequest

from bot.delivery import OutboxSender, SenderLimits
from bot.i18n import Catalogs
from bot.render.broadcasts import BroadcastMessages
from storage.broadcasts import BroadcastService
from storage.community import CommunityService
from storage.db import create_engine, create_sessionmaker
from storage.models import Group, Member, Membership, Organisation, Role
from storage.outbox import ClaimedMessage, Outbox
from tests.fakes import FakeBotAPI, FakeBotAPIServer

LIMIT = 30.0  # the fake's messages per second
TOKEN = "123456789:BENCH-token"
ZONE = "Europe/Amsterdam"
FACILITATOR = 8_200_000_000
FIRST_CHAT = 8_200_000_001
LOCALES: tuple[str | None, ...] = ("nl", "ar", "tr", "so", "es", None)  # None: never chose
NAMES = ("Sanne", "Fatima", "Ayşe", "Hodan", "Lucía", "Mohamed", "Emre", "Ladan", "Inge", "مريم")
TEXTS = {
    "nl": "Beste ouders, volgende week dinsdag is de bijeenkomst in de bibliotheek in plaats "
    "van in het buurthuis. We beginnen om 19:30. Neem gerust iemand mee!",
    "ar": "أعزائي الأهالي، سيكون لقاء يوم الثلاثاء القادم في المكتبة بدلا من المركز المجتمعي. "
    "نبدأ الساعة 19:30. يمكنكم إحضار شخص معكم!",
}
# What each member should see: their language, else the group's (nl) with a marker
# (members who never chose a language get the group's, without one).
EXPECTED = {"nl": "nl", "ar": "ar", "tr": "nl", "so": "nl", "es": "nl", None: "nl"}
MARKER = "🌐"


# -- seeding ------------------------------------------------------------------------------


async def seed(engine: AsyncEngine, n: int) -> None:
    """One organisation and group, its facilitator and n consenting parents (bulk)."""
    joined = datetime.now(UTC) - timedelta(days=30)
    member = {
        "consent_given_at": joined,
        "consent_version": 1,
        "reachable": True,
        "paused_indefinitely": False,
        "quiet_start_min": 0,  # start == end: no quiet hours, whatever the hour
        "quiet_end_min": 0,
        "created_at": joined,
        "updated_at": joined,
    }
    members = [{"id": 1, "telegram_user_id": FACILITATOR, "locale": "nl",
                "display_name": "Marieke", **member}]  # fmt: skip
    members += [
        {
            "id": i + 2,
            "telegram_user_id": FIRST_CHAT + i,
            "locale": LOCALES[i % len(LOCALES)],
            "display_name": NAMES[i % len(NAMES)],
            **member,
        }
        for i in range(n)
    ]
    membership = {"group_id": 1, "organisation_id": None, "active": True, "created_at": joined}
    memberships = [{"id": 1, "member_id": 1, "role": Role.FACILITATOR, **membership}]
    memberships += [
        {"id": i + 2, "member_id": i + 2, "role": Role.PARENT, **membership} for i in range(n)
    ]
    async with engine.begin() as conn:
        await conn.execute(insert(Organisation), [{"id": 1, "name": "Buurthuis De Kring",
                                                   "created_at": joined}])  # fmt: skip
        await conn.execute(
            insert(Group),
            [{"id": 1, "organisation_id": 1, "name": "Ouders Noord & Zuid",
              "telegram_chat_id": None, "timezone": ZONE, "default_locale": "nl",
              "prompt_cap_per_week": 1000, "created_at": joined}],
        )  # fmt: skip
        for model, rows in ((Member, members), (Membership, memberships)):
            for start in range(0, len(rows), 5000):
                await conn.execute(insert(model), rows[start : start + 5000])


# -- one run ------------------------------------------------------------------------------


@dataclass
class Run:
    n: int
    recipients: int = 0
    confirm_s: float = 0.0
    confirm_loop_stall_s: float = 0.0
    delivery_loop_stall_s: float = 0.0
    delivery_stalls: int = 0  # event loop unavailable for longer than the pacer's interval
    poll_wait_s: float = 0.0  # confirm returned → the sender's first claim that found rows
    first_delivery_s: float = 0.0  # confirm start → first message accepted by the fake
    wall_s: float = 0.0  # confirm start → last message accepted
    span_s: float = 0.0  # first → last message
    delivered: int = 0
    msgs_per_s: float = 0.0  # over the sending span, the figure Telegram limits
    end_to_end_per_s: float = 0.0  # delivered / wall
    count_429: int = 0
    at_429: list[float] = field(default_factory=list)  # seconds after confirm started
    burst_429: list[int] = field(default_factory=list)  # sends accepted in the second before
    lost: int = 0
    duplicated: int = 0
    wrong_language: int = 0
    to_facilitator: int = 0
    outbox: dict[str, int] = field(default_factory=dict)
    report: dict[str, int] | None = None
    timed_out: bool = False


async def loop_stall(stop: asyncio.Event, over: float = 1.0) -> tuple[float, int]:
    """Until `stop`: the longest the event loop was unavailable (a webhook update, or a
    send whose slot came, would wait), and how many times it was for longer than `over`."""
    longest, stalls = 0.0, 0
    while not stop.is_set():
        started = time.perf_counter()
        await asyncio.sleep(0.005)
        late = time.perf_counter() - started - 0.005
        longest = max(longest, late)
        stalls += late > over
    return longest, stalls


def as_expected(text: str | None, locale: str | None) -> bool:
    """Whether a member with `locale` saw the right text, with a marker exactly when due."""
    if not text:
        return False
    wanted = EXPECTED[locale]
    marked = wanted != (locale or wanted)
    return TEXTS[wanted][:40] in text and (MARKER in text) == marked


async def run(kind: str, n: int, composer: BroadcastMessages) -> Run:
    figures = Run(n)
    with FakeBotAPIServer(FakeBotAPI(token=TOKEN)) as server:
        server.api.rate_limit(LIMIT)
        async with bench_database(kind) as url:
            engine = create_engine(url)
            sessions = create_sessionmaker(engine)
            await seed(engine, n)
            service = BroadcastService(sessions, CommunityService(sessions))
            draft = await service.start(FACILITATOR, 1)
            for locale, body in TEXTS.items():
                await service.set_part(FACILITATOR, draft.id, locale, text=body)

            outbox = Outbox(sessions)
            claim = outbox.claim
            first_claim: list[float] = []

            async def timed_claim(worker: str, limit: int, lease: timedelta) -> Any:
                started = time.monotonic()
                rows: list[ClaimedMessage] = await claim(worker, limit, lease)
                if rows and not first_claim:
                    first_claim.append(started)
                return rows

            outbox.claim = timed_claim  # type: ignore[method-assign]
            limits = SenderLimits()
            pool = limits.concurrency + 2  # as bot/runtime.py sizes the sender's pool
            bot = Bot(TOKEN, base_url=server.base_url,
                      request=HTTPXRequest(connection_pool_size=pool))  # fmt: skip
            await bot.initialize()
            # As `kring run` does: the sender runs in the background and polls an empty
            # outbox every `idle_poll_s`; nothing wakes it on confirm. Half a poll interval
            # in, the facilitator taps "send" (the average case for the poll wait).
            sender = OutboxSender(outbox, bot, limits)
            sender.start()
            await asyncio.sleep(limits.idle_poll_s * 1.5)

            stop = asyncio.Event()
            probe = asyncio.create_task(loop_stall(stop))
            await asyncio.sleep(0.02)
            started = time.monotonic()
            view = await service.confirm(FACILITATOR, draft.id, composer)
            confirmed = time.monotonic()
            stop.set()
            figures.confirm_loop_stall_s, _ = await probe
            figures.confirm_s = confirmed - started
            figures.recipients = view.recipients

            # A stall longer than the pacer's interval makes the sends whose slots passed
            # go out back to back afterwards: a burst the fake may refuse.
            stop = asyncio.Event()
            probe = asyncio.create_task(loop_stall(stop, over=1.0 / limits.per_second))
            deadline = confirmed + view.recipients / LIMIT * 2 + 30
            while time.monotonic() < deadline:
                s = sender.stats
                if s.sent + s.failed + s.unreachable >= view.recipients:
                    break
                await asyncio.sleep(0.05)
            else:
                figures.timed_out = True
            stop.set()
            figures.delivery_loop_stall_s, figures.delivery_stalls = await probe
            await sender.stop()
            await bot.shutdown()

            counts = await outbox.counts(prefix=f"broadcast:{draft.id}:")
            figures.outbox = {s.value: c for s, c in counts.items() if c}
            reports = await service.finished()
            if reports:
                r = reports[0]
                figures.report = {"delivered": r.delivered, "quiet_hours": r.quiet_hours,
                                  "unreachable": r.unreachable, "failed": r.failed,
                                  "held_paused": r.broadcast.held_paused,
                                  "held_cap": r.broadcast.held_cap}  # fmt: skip
            await engine.dispose()

        sent = server.api.sent_messages()
        figures.count_429 = server.api.count_429
        refused = [c.at for c in server.api.all_calls if c.status == 429]
    figures.at_429 = [at - started for at in refused]
    figures.burst_429 = [sum(1 for c in sent if at - 1.0 < c.at <= at) for at in refused]
    figures.delivered = len(sent)
    if sent:
        first = min(c.at for c in sent)
        last = max(c.at for c in sent)
        figures.first_delivery_s = first - started
        figures.wall_s = last - started
        figures.span_s = last - first
        figures.msgs_per_s = (len(sent) - 1) / figures.span_s if figures.span_s > 0 else 0.0
        figures.end_to_end_per_s = len(sent) / figures.wall_s
    if first_claim:
        figures.poll_wait_s = first_claim[0] - confirmed
    per_chat = Counter(c.chat_id for c in sent)
    figures.lost = sum(1 for i in range(n) if per_chat.get(FIRST_CHAT + i, 0) == 0)
    figures.duplicated = sum(c - 1 for c in per_chat.values() if c > 1)
    figures.to_facilitator = per_chat.get(FACILITATOR, 0)
    for c in sent:
        i = int(c.chat_id or 0) - FIRST_CHAT
        if 0 <= i < n and not as_expected(c.shown_text, LOCALES[i % len(LOCALES)]):
            figures.wrong_language += 1
    return figures


# -- printing -----------------------------------------------------------------------------


def print_table(results: dict[str, Run], n: int) -> None:
    ideal = (n - 1) / LIMIT
    kinds = list(results)
    rows: list[tuple[str, Any]] = [
        ("recipients (confirm)", lambda r: f"{r.recipients:,}"),
        ("confirm (enqueue)", lambda r: f"{r.confirm_s * 1000:.0f} ms"),
        ("  event loop blocked, longest", lambda r: f"{r.confirm_loop_stall_s * 1000:.0f} ms"),
        ("  then waiting for the sender's poll", lambda r: f"{r.poll_wait_s * 1000:.0f} ms"),
        ("  then claim → first delivery",
         lambda r: f"{(r.first_delivery_s - r.confirm_s - r.poll_wait_s) * 1000:.0f} ms"),
        ("confirm → first delivery", lambda r: f"{r.first_delivery_s:.2f} s"),
        ("confirm → last delivery (wall)", lambda r: f"{r.wall_s:.1f} s"),
        ("first → last delivery", lambda r: f"{r.span_s:.1f} s"),
        ("delivered", lambda r: f"{r.delivered:,}"),
        ("msgs/s, first → last", lambda r: f"{r.msgs_per_s:.2f}"),
        ("  fraction of 30/s", lambda r: f"{r.msgs_per_s / LIMIT:.1%}"),
        ("msgs/s, confirm → last", lambda r: f"{r.end_to_end_per_s:.2f}"),
        ("429 answers", lambda r: f"{r.count_429}"),
        ("  at (s after confirm)", lambda r: " ".join(f"{t:.1f}" for t in r.at_429[:4]) or "-"),
        ("  sends in the second before",
         lambda r: " ".join(str(b) for b in r.burst_429[:4]) or "-"),
        ("event loop blocked in delivery, longest",
         lambda r: f"{r.delivery_loop_stall_s * 1000:.0f} ms"),
        ("  times longer than 1/29 s", lambda r: f"{r.delivery_stalls}"),
        ("lost (parents who got nothing)", lambda r: f"{r.lost}"),
        ("duplicated (extra messages)", lambda r: f"{r.duplicated}"),
        ("wrong language or marker", lambda r: f"{r.wrong_language}"),
        ("sent to the facilitator", lambda r: f"{r.to_facilitator}"),
        ("outbox rows by status", lambda r: ", ".join(f"{k} {v}" for k, v in r.outbox.items())),
        ("report: delivered / failed / unreachable",
         lambda r: "none" if r.report is None else
         f"{r.report['delivered']} / {r.report['failed']} / {r.report['unreachable']}"),
    ]  # fmt: skip
    width = max(len(label) for label, _ in rows) + 2
    print(f"{'':{width}}" + "".join(f"{k:>16}" for k in kinds) + f"{'ideal':>16}")
    ideal_cells = {
        "confirm → last delivery (wall)": f"{ideal:.1f} s",
        "first → last delivery": f"{ideal:.1f} s",
        "msgs/s, first → last": f"{LIMIT:.2f}",
        "  fraction of 30/s": "100.0%",
    }
    for label, cell in rows:
        line = f"{label:{width}}" + "".join(f"{cell(results[k]):>16}" for k in kinds)
        print(line + f"{ideal_cells.get(label, ''):>16}")
    for kind, r in results.items():
        if r.timed_out:
            print(f"{kind}: delivery did not finish within the time limit")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="parents in the group")
    args = parser.parse_args()
    composer = BroadcastMessages(Catalogs.load())
    bench_started = time.monotonic()
    results = {kind: await run(kind, args.n, composer) for kind in backends()}
    print(
        f"Broadcast to {args.n:,} parents (nl + ar text; tr, so, es and unset get nl with a "
        f"marker), OutboxSender(SenderLimits()) against a fake answering 429 above "
        f"{LIMIT:.0f}/s\n"
    )
    print_table(results, args.n)
    print(f"\nWhole bench: {time.monotonic() - bench_started:.0f} s")

    def figures_of(r: Run, suffix: str) -> dict[str, Any]:
        return {
            f"wall_s{suffix}": round(r.wall_s, 2),
            f"fraction_of_limit{suffix}": round(r.msgs_per_s / LIMIT, 3),
            f"first_delivery_s{suffix}": round(r.first_delivery_s, 3),
            f"confirm_s{suffix}": round(r.confirm_s, 3),
            f"lost{suffix}": r.lost,
            f"duplicated{suffix}": r.duplicated,
            f"retry_after_429s{suffix}": r.count_429,
            f"wrong_language{suffix}": r.wrong_language,
            f"loop_stalls_in_delivery{suffix}": r.delivery_stalls,
        }

    figures = figures_of(results["sqlite"], "")
    if "postgres" in results:
        figures.update(figures_of(results["postgres"], "_postgres"))
    report(figures)


if __name__ == "__main__":
    asyncio.run(main())
