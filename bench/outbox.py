"""Outbox sender throughput against a fake Bot API that answers 429 above 30 messages/s.

1,000 messages to 1,000 private chats, through the real sender (PTB's HTTP client, a real
database) and the loopback fake. Next to it, in the same run, a baseline: the same messages
sent straight through python-telegram-bot's own `AIORateLimiter` (no outbox), the way a bot
without one would. With PostgreSQL, two replicas' senders share one outbox, with the send
lease `kring run` uses and, for comparison, without it. Last line: JSON with msgs_per_s,
fraction_of_limit, retry_after_429s, lost, duplicated, the baseline's figures and
replicas_2_fraction_of_limit, replicas_2_429s (and replicas_2_no_lease_429s).
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter

from _common import backends, bench_database, report
from telegram import Bot
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest

from bot.delivery import OutboxSender, SenderLimits
from scheduler.leader import SENDER_LOCK_KEY, LeaderElection
from storage.db import create_engine, create_sessionmaker
from storage.outbox import NewMessage, Outbox
from tests.fakes import FakeBotAPI, FakeBotAPIServer

LIMIT = 30.0
TOKEN = "123456789:BENCH-token"
FIRST_CHAT = 8_100_000_000


def tally(api: FakeBotAPI, n: int) -> tuple[int, int]:
    """(lost, duplicated) among the n chats, from what the fake delivered."""
    counts = Counter(c.chat_id for c in api.sent_messages())
    lost = sum(1 for i in range(n) if counts.get(FIRST_CHAT + i, 0) == 0)
    duplicated = sum(c - 1 for c in counts.values() if c > 1)
    return lost, duplicated


async def run_sender(kind: str, n: int) -> dict[str, float]:
    with FakeBotAPIServer(FakeBotAPI(token=TOKEN)) as server:
        server.api.rate_limit(LIMIT)
        async with bench_database(kind) as url:
            engine = create_engine(url)
            outbox = Outbox(create_sessionmaker(engine))
            await outbox.enqueue(
                NewMessage(f"bench:{i}", FIRST_CHAT + i, {"text": f"Herinnering {i}"})
                for i in range(n)
            )
            bot = Bot(TOKEN, base_url=server.base_url,
                      request=HTTPXRequest(connection_pool_size=16))  # fmt: skip
            await bot.initialize()
            sender = OutboxSender(outbox, bot, SenderLimits())
            started = time.monotonic()
            await sender.drain()
            first = min(c.at for c in server.api.sent_messages())
            last = max(c.at for c in server.api.sent_messages())
            wall = time.monotonic() - started
            await bot.shutdown()
            await engine.dispose()
        lost, duplicated = tally(server.api, n)
        # Rate over the sending span (first to last delivery), the figure Telegram limits.
        rate = (n - 1) / (last - first) if last > first else 0.0
        return {"wall_s": wall, "msgs_per_s": rate, "retry_after_429s": server.api.count_429,
                "lost": lost, "duplicated": duplicated}  # fmt: skip


async def run_two_replicas(n: int, lease: bool) -> dict[str, float]:
    """Two senders on one PostgreSQL outbox, as two `kring run` replicas have. With the
    send lease (what `kring run` does) only its holder sends; without it (before), both
    send at the whole limit and their rates add up."""
    with FakeBotAPIServer(FakeBotAPI(token=TOKEN)) as server:
        server.api.rate_limit(LIMIT)
        async with bench_database("postgres") as url:
            engines = [create_engine(url), create_engine(url)]
            outboxes = [Outbox(create_sessionmaker(e)) for e in engines]
            await outboxes[0].enqueue(
                NewMessage(f"bench:{i}", FIRST_CHAT + i, {"text": f"Herinnering {i}"})
                for i in range(n)
            )
            bots = [
                Bot(TOKEN, base_url=server.base_url, request=HTTPXRequest(connection_pool_size=16))
                for _ in engines
            ]
            senders = []
            elections = [LeaderElection(e, SENDER_LOCK_KEY, "the outbox sender") for e in engines]
            for bot, outbox, election in zip(bots, outboxes, elections, strict=True):
                await bot.initialize()
                sender = OutboxSender(outbox, bot, SenderLimits())
                sender.set_active(await election.try_acquire() if lease else True)
                senders.append(sender)
            started = time.monotonic()
            for sender in senders:
                sender.start()
            while len({c.chat_id for c in server.api.sent_messages()}) < n:
                if time.monotonic() - started > 600:
                    break
                await asyncio.sleep(0.05)
            wall = time.monotonic() - started
            for sender, bot, election, engine in zip(senders, bots, elections, engines,
                                                     strict=True):  # fmt: skip
                await sender.stop()
                await bot.shutdown()
                await election.release()
                await engine.dispose()
        sent = server.api.sent_messages()
        span = max(c.at for c in sent) - min(c.at for c in sent)
        lost, duplicated = tally(server.api, n)
        return {"wall_s": wall, "msgs_per_s": (len(sent) - 1) / span,
                "retry_after_429s": server.api.count_429, "lost": lost,
                "duplicated": duplicated,
                "senders": sum(1 for s in senders if s.stats.sent)}  # fmt: skip


async def run_baseline(n: int) -> dict[str, float]:
    """PTB's AIORateLimiter, 8 concurrent sends, retrying 429s: no outbox, no database."""
    with FakeBotAPIServer(FakeBotAPI(token=TOKEN)) as server:
        server.api.rate_limit(LIMIT)
        bot = ExtBot(TOKEN, base_url=server.base_url,
                     request=HTTPXRequest(connection_pool_size=16),
                     rate_limiter=AIORateLimiter(max_retries=10))  # fmt: skip
        await bot.initialize()
        queue: asyncio.Queue[int] = asyncio.Queue()
        for i in range(n):
            queue.put_nowait(i)

        async def worker() -> None:
            while not queue.empty():
                i = queue.get_nowait()
                await bot.send_message(FIRST_CHAT + i, f"Herinnering {i}")

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(8)))
        wall = time.monotonic() - started
        await bot.shutdown()
        sent = server.api.sent_messages()
        span = max(c.at for c in sent) - min(c.at for c in sent)
        lost, duplicated = tally(server.api, n)
        return {"wall_s": wall, "msgs_per_s": (len(sent) - 1) / span,
                "retry_after_429s": server.api.count_429, "lost": lost,
                "duplicated": duplicated}  # fmt: skip


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=1000, help="messages (one per chat)")
    args = parser.parse_args()
    results = {kind: await run_sender(kind, args.n) for kind in backends()}
    baseline = await run_baseline(args.n)
    replicas: dict[str, dict[str, float]] = {}
    if "postgres" in results:
        replicas["lease"] = await run_two_replicas(args.n, lease=True)
        replicas["no lease"] = await run_two_replicas(args.n, lease=False)
        for name, r in replicas.items():
            print(
                f"two replicas, {name:8}: {r['msgs_per_s']:.2f} msgs/s "
                f"({r['msgs_per_s'] / LIMIT:.1%} of {LIMIT:.0f}/s), {r['senders']:.0f} sending, "
                f"wall {r['wall_s']:.1f} s, 429s {r['retry_after_429s']}, lost {r['lost']}, "
                f"duplicated {r['duplicated']}"
            )
    for kind, r in results.items():
        print(
            f"outbox sender on {kind:8}: {r['msgs_per_s']:.2f} msgs/s "
            f"({r['msgs_per_s'] / LIMIT:.1%} of {LIMIT:.0f}/s), wall {r['wall_s']:.1f} s, "
            f"429s {r['retry_after_429s']}, lost {r['lost']}, duplicated {r['duplicated']}"
        )
    print(
        f"baseline PTB AIORateLimiter: {baseline['msgs_per_s']:.2f} msgs/s, "
        f"wall {baseline['wall_s']:.1f} s, 429s {baseline['retry_after_429s']}"
    )
    main_result = results["sqlite"]
    figures = {
        "msgs_per_s": round(main_result["msgs_per_s"], 2),
        "fraction_of_limit": round(main_result["msgs_per_s"] / LIMIT, 3),
        "retry_after_429s": main_result["retry_after_429s"],
        "lost": sum(r["lost"] for r in results.values()),
        "duplicated": sum(r["duplicated"] for r in results.values()),
        "baseline_msgs_per_s": round(baseline["msgs_per_s"], 2),
        "baseline_retry_after_429s": baseline["retry_after_429s"],
    }
    if "postgres" in results:
        figures["msgs_per_s_postgres"] = round(results["postgres"]["msgs_per_s"], 2)
    if replicas:
        figures["replicas_2_fraction_of_limit"] = round(replicas["lease"]["msgs_per_s"] / LIMIT, 3)
        figures["replicas_2_429s"] = replicas["lease"]["retry_after_429s"]
        figures["replicas_2_no_lease_429s"] = replicas["no lease"]["retry_after_429s"]
        figures["lost"] += sum(int(r["lost"]) for r in replicas.values())
        figures["duplicated"] += sum(int(r["duplicated"]) for r in replicas.values())
    report(figures)


if __name__ == "__main__":
    asyncio.run(main())
