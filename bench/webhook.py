"""Webhook throughput and latency: `kring run` next to a bare PTB app, same fake Bot API.

Both servers run as their own processes; this process generates the load and hosts the
loopback fake Bot API, so a reply's arrival time and the request's send time share a clock.
Phase 1 (throughput): 2,000 `/help` updates from distinct parents, 32 in flight at once;
updates per second = updates / (first post → last reply). Phase 2 (latency): 100 updates
a second for 10 s; latency = post sent → reply recorded by the fake; p50 and p99.
Last line: JSON with updates_per_s, bare_ptb_updates_per_s, ratio, p99_ms (SQLite) and the
PostgreSQL figures when KRING_TEST_POSTGRES_URL is set.

`--backend sqlite` (or `postgres`) measures only that database (beside bare PTB);
`--trace` times the inside of `kring run` (bench/_trace.py) and prints where the slowest
1 % of the 100/s phase's updates spent their time.
"""

from __future__ import annotations

import argparse
import asyncio
import json
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
async def server_process(kind: str, fake: FakeBotAPIServer, db_url: str | None,
                         trace: str | None = None) -> AsyncIterator[str]:  # fmt: skip
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
    if trace is not None and kind == "kring":
        env["KRING_BENCH_TRACE"] = trace
        if os.environ.get("KRING_BENCH_WAL"):
            env["KRING_BENCH_WAL"] = os.environ["KRING_BENCH_WAL"]
        script = ["-c", f"import sys; sys.path.insert(0, {str(ROOT / 'bench')!r}); import _trace; "
                  "_trace.install(); from bot.__main__ import main; main(['run'])"]  # fmt: skip
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
                  ) -> tuple[dict[int, float], dict[int, float]]:  # fmt: skip
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
    return sent_at, replies


def millis(timed: tuple[dict[int, float], dict[int, float]]) -> list[float]:
    sent_at, replies = timed
    return sorted((replies[u] - sent_at[u]) * 1000 for u in replies)


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


async def measure(kind: str, db_kind: str | None, n: int, rate: float, seconds: float,
                  trace: bool = False) -> dict[str, float]:  # fmt: skip
    with (
        FakeBotAPIServer(FakeBotAPI(token=TOKEN, strict_webhook_url=False)) as fake,
        tempfile.TemporaryDirectory() as folder,
    ):
        trace_path = os.path.join(folder, "trace.json") if trace else None
        timed: list[tuple[dict[int, float], dict[int, float]]] = []
        if db_kind:
            async with (
                bench_database(db_kind) as url,
                server_process(kind, fake, url, trace_path) as base,
            ):
                figures = await phases(base, fake.api, n, rate, seconds, timed)
        else:
            async with server_process(kind, fake, None) as base:
                figures = await phases(base, fake.api, n, rate, seconds, timed)
        if trace_path is not None:
            explain_trace(trace_path, db_kind or kind, timed[0])
        return figures


def explain_trace(path: str, label: str, timed: tuple[dict[int, float], dict[int, float]]
                  ) -> None:  # fmt: skip
    """Print where the slowest updates of the 100/s phase went; keep the trace for reading."""
    if not os.path.exists(path):
        print("trace: kring run wrote none")
        return
    import _trace

    with open(path, encoding="utf-8") as fh:
        found = json.load(fh)
    found["sent"], found["replies"] = timed
    kept = os.path.join(tempfile.gettempdir(), f"kring-webhook-trace-{label}.json")
    with open(kept, "w", encoding="utf-8") as fh:
        json.dump(found, fh)
    _trace.explain(found, *timed)
    print(f"trace kept in {kept}")


async def phases(base: str, api: FakeBotAPI, n: int, rate: float, seconds: float,
                 timed: list[tuple[dict[int, float], dict[int, float]]]
                 ) -> dict[str, float]:  # fmt: skip
    """Throughput, then latency at `rate` and at half of it."""
    ups = await throughput(base, api, n, FIRST_USER)
    full = await latency(base, api, rate, seconds, FIRST_USER + n)
    timed.append(full)
    lat = millis(full)
    half = millis(await latency(base, api, rate / 2, seconds, FIRST_USER + n + int(rate * seconds)))
    return {"updates_per_s": ups, "p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99),
            "p99_ms_half_rate": pct(half, 99)}  # fmt: skip


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=2000, help="updates in the throughput phase")
    parser.add_argument("--rate", type=float, default=100.0, help="updates/s, latency phase")
    parser.add_argument("--seconds", type=float, default=10.0, help="length of latency phase")
    parser.add_argument("--backend", choices=["sqlite", "postgres"], action="append",
                        help="measure only this database (again for both)")  # fmt: skip
    parser.add_argument(
        "--trace",
        action="store_true",
        help="time the inside of kring run; show where the slowest went",
    )
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
    for db_kind in args.backend or backends():
        r = await measure("kring", db_kind, args.n, args.rate, args.seconds, args.trace)
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
