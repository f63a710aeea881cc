"""Webhook throughput and latency: `kring run` next to a bare PTB app, same fake Bot API.

Both servers run as their own processes; this process generates the load and hosts the
loopback fake Bot API, so a reply's arrival time and the request's send time share a clock.
Phase 1 (throughput): 2,000 `/help` updates from distinct parents, 32 in flight at once;
updates per second = updates / (first post → last reply). Phase 2 (latency): 100 updates
a second for 10 s; latency = post sent → reply recorded by the fake; p50 and p99.
Last line: JSON with updates_per_s, bare_ptb_updates_per_s, ratio, p99_ms (SQLite) and the
PostgreSQL figures when KRING_TEST_POSTGRES_URL is set.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
from _common import ROOT, backends, bench_database, report
from _loadgen import LoadClient

from tests.fakes import FakeBotAPI, FakeBotAPIServer, UpdateFactory

TOKEN = "123456789:BENCH-token"
SECRET = "bench_SECRET-token"
FIRST_USER = 6_200_000_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@asynccontextmanager
async def server_process(kind: str, fake: FakeBotAPIServer, db_url: str | None
                         ) -> AsyncIterator[str]:  # fmt: skip
    """Start `kring run` (kind "kring") or the bare PTB app; yield its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "KRING_"))}
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": fake.base_url,
        "TELEGRAM_WEBHOOK_URL": f"{base}/telegram/webhook",
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "KRING_PORT": str(port),
        "KRING_LOG_LEVEL": "WARNING",
        "KRING_SECRET_KEY": "bench-secret-key-0123456789abcdef",
        "PYTHONPATH": str(ROOT),
    }
    if db_url:
        env["DATABASE_URL"] = db_url
    script = ["-m", "bot", "run"] if kind == "kring" else [str(ROOT / "bench" / "bare_ptb.py")]
    with tempfile.TemporaryDirectory() as cwd:
        proc = subprocess.Popen([sys.executable, *script], env=env, cwd=cwd,  # noqa: ASYNC220
                                stdin=subprocess.DEVNULL)  # fmt: skip
        try:
            async with httpx.AsyncClient() as client:
                for _ in range(600):
                    if proc.poll() is not None:
                        raise RuntimeError(f"{kind} exited with {proc.returncode}")
                    try:
                        if (await client.get(f"{base}/healthz")).status_code == 200:
                            break
                    except httpx.HTTPError:
                        pass
                    await asyncio.sleep(0.1)
            yield base
        finally:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                proc.kill()


async def wait_replies(api: FakeBotAPI, users: range, within_s: float = 120.0) -> dict[int, float]:
    """Arrival time of the first reply to each user, waiting until all have one."""
    deadline = time.monotonic() + within_s
    wanted = set(users)
    while True:
        seen = {}
        for call in api.sent_messages():
            if call.chat_id in wanted and call.chat_id not in seen:
                seen[call.chat_id] = call.at
        if len(seen) == len(wanted) or time.monotonic() > deadline:
            return seen
        await asyncio.sleep(0.05)


async def throughput(base: str, api: FakeBotAPI, n: int, first_user: int) -> float:
    factory = UpdateFactory(first_update_id=first_user)
    updates = [factory.command("help", user_id=first_user + i, language_code="nl")
               for i in range(n)]  # fmt: skip
    queue: asyncio.Queue[dict[str, object]] = asyncio.Queue()
    for u in updates:
        queue.put_nowait(u)
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with LoadClient(base, 32, headers) as client:

        async def worker() -> None:
            while not queue.empty():
                status = await client.post_json("/telegram/webhook", queue.get_nowait())
                if status != 200:
                    raise RuntimeError(f"webhook answered {status}")

        started = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(32)))
    replies = await wait_replies(api, range(first_user, first_user + n))
    if len(replies) < n:
        raise RuntimeError(f"only {len(replies)} of {n} updates were answered")
    return n / (max(replies.values()) - started)


async def latency(base: str, api: FakeBotAPI, rate: float, seconds: float, first_user: int
                  ) -> list[float]:  # fmt: skip
    # Fresh update ids: Kring handles each update_id once, as Telegram requires.
    factory = UpdateFactory(first_update_id=first_user)
    n = int(rate * seconds)
    sent_at: dict[int, float] = {}
    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with LoadClient(base, 32, headers) as client:
        start = time.monotonic()
        tasks = []
        for i in range(n):
            due = start + i / rate
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            user = first_user + i
            sent_at[user] = time.monotonic()
            tasks.append(asyncio.create_task(client.post_json(
                "/telegram/webhook",
                factory.command("help", user_id=user, language_code="nl"))))  # fmt: skip
        await asyncio.gather(*tasks)
    replies = await wait_replies(api, range(first_user, first_user + n))
    return sorted((replies[u] - sent_at[u]) * 1000 for u in replies)


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


async def measure(kind: str, db_kind: str | None, n: int, rate: float, seconds: float
                  ) -> dict[str, float]:  # fmt: skip
    with FakeBotAPIServer(FakeBotAPI(token=TOKEN, strict_webhook_url=False)) as fake:
        if db_kind:
            async with bench_database(db_kind) as url, server_process(kind, fake, url) as base:
                return await phases(base, fake.api, n, rate, seconds)
        async with server_process(kind, fake, None) as base:
            return await phases(base, fake.api, n, rate, seconds)


async def phases(base: str, api: FakeBotAPI, n: int, rate: float, seconds: float
                 ) -> dict[str, float]:  # fmt: skip
    """Throughput, then latency at `rate` and at half of it."""
    ups = await throughput(base, api, n, FIRST_USER)
    lat = await latency(base, api, rate, seconds, FIRST_USER + n)
    half = await latency(base, api, rate / 2, seconds, FIRST_USER + n + int(rate * seconds))
    return {"updates_per_s": ups, "p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99),
            "p99_ms_half_rate": pct(half, 99)}  # fmt: skip


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=2000, help="updates in the throughput phase")
    parser.add_argument("--rate", type=float, default=100.0, help="updates/s, latency phase")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of latency phase")
    args = parser.parse_args()
    bare = await measure("bare", None, args.n, args.rate, args.seconds)
    print(
        f"bare PTB         : {bare['updates_per_s']:7.1f} updates/s, "
        f"p50 {bare['p50_ms']:.1f} ms, p99 {bare['p99_ms']:.1f} ms"
    )
    figures: dict[str, float] = {
        "bare_ptb_updates_per_s": round(bare["updates_per_s"], 1),
        "bare_ptb_p99_ms": round(bare["p99_ms"], 1),
    }
    for db_kind in backends():
        r = await measure("kring", db_kind, args.n, args.rate, args.seconds)
        ratio = r["updates_per_s"] / bare["updates_per_s"]
        print(
            f"kring on {db_kind:8}: {r['updates_per_s']:7.1f} updates/s "
            f"({ratio:.2f} of bare PTB), p50 {r['p50_ms']:.1f} ms, p99 {r['p99_ms']:.1f} ms "
            f"at {args.rate:.0f} updates/s"
        )
        suffix = "" if db_kind == "sqlite" else "_postgres"
        figures |= {
            f"updates_per_s{suffix}": round(r["updates_per_s"], 1),
            f"ratio{suffix}": round(ratio, 3),
            f"p50_ms{suffix}": round(r["p50_ms"], 1),
            f"p99_ms{suffix}": round(r["p99_ms"], 1),
            f"p99_ms_half_rate{suffix}": round(r["p99_ms_half_rate"], 1),
        }
    report(figures)


if __name__ == "__main__":
    asyncio.run(main())
