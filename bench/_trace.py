"""Where an update's time goes inside `kring run` (bench/webhook.py --trace).

Loaded into the `kring run` process by the bench (never by Kring itself): it wraps a few
functions to time them and writes what it saw as JSON at exit, to the file named by
KRING_BENCH_TRACE. Times are `time.monotonic()` seconds, the clock the bench process uses.

- per update: webhook entry, stored (the 200 is due), handling started and ended;
- every call into the SQLite thread (aiosqlite): queued, started and ended in the thread,
  and when the awaiting task resumed, with the asyncio task that made it;
- pool checkouts (waiting for the connection) and how long each was held;
- event-loop lag (a 5 ms ticker's overshoot) and garbage collector passes;
- WAL checkpoints (with KRING_BENCH_WAL=manual: autocheckpoint off, a checkpoint after a
  commit that leaves the WAL over 1,000 pages, timed; =background: off the event loop's
  connection, in a thread of its own with its own connection, PASSIVE, every 200 ms).
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import json
import os
import sqlite3
import struct
import threading
import time
from typing import Any

now = time.monotonic

updates: dict[int, dict[str, float]] = {}
# task, function, queued, started and ended in SQLite's thread, resumed
calls: list[tuple[str, str, float, float, float, float]] = []
checkouts: list[tuple[str, float, float, str]] = []  # task, asked, got, pool
held: list[tuple[str, float, float, str]] = []  # task, checked out, checked in, pool
lags: list[tuple[float, float]] = []  # when, lag
gcs: list[tuple[float, float, int, int]] = []  # start, end, generation, collected
checkpoints: list[tuple[float, float, int, str]] = []  # start, end, wal frames before, where
connects: list[float] = []  # a new database connection opened


_URL = os.environ.get("DATABASE_URL", "")
DATABASE = _URL.split("///", 1)[1] if _URL.startswith("sqlite") else ""


def _task() -> str:
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return "-"
    return task.get_name() if task is not None else "-"


def install() -> None:
    if DATABASE:
        _patch_aiosqlite()
    else:
        _patch_asyncpg()
    _patch_pool()
    _patch_intake()
    _patch_gc()
    _patch_wal()
    _patch_loop()
    atexit.register(_dump)


def _patch_aiosqlite() -> None:
    import aiosqlite.core

    original = aiosqlite.core.Connection._execute

    async def _execute(self: Any, fn: Any, *args: Any, **kwargs: Any) -> Any:
        box: dict[str, float] = {}

        name = getattr(fn, "__name__", None) or getattr(getattr(fn, "func", None), "__name__", "?")
        task = _task()

        def timed() -> Any:
            box["s"] = now()
            before = _wal_state(DATABASE) if name == "commit" else None
            try:
                return fn(*args, **kwargs)
            finally:
                box["e"] = now()
                if before is not None:
                    after = _wal_state(DATABASE)
                    if after[1] != before[1] and after[1] > 0:  # copied back: a checkpoint
                        checkpoints.append((box["s"], box["e"], before[0], "auto:" + task))

        queued = now()
        try:
            return await original(self, timed)
        finally:
            calls.append((task, name, queued, box.get("s", 0.0), box.get("e", 0.0), now()))

    aiosqlite.core.Connection._execute = _execute  # type: ignore[method-assign]


def _sql_label(operation: str) -> str:
    """A statement's verb and first table ("SELECT members", "INSERT inbox_updates")."""
    words = operation.split()
    verb = words[0].upper() if words else "?"
    table = ""
    for key in ("FROM", "INTO", "UPDATE"):
        if key in words:
            i = words.index(key)
            if i + 1 < len(words):
                table = words[i + 1].strip('"(')
                break
    if "pg_advisory_xact_lock" in operation:
        table = "advisory_lock"
    if "kring_inbox_add" in operation:  # the intake's locks and INSERT, one call
        table = "inbox_add"
    return f"{verb} {table}".strip()


def _patch_asyncpg() -> None:
    """PostgreSQL: every round trip SQLAlchemy's asyncpg adapter makes (BEGIN, a statement,
    a PREPARE on a statement-cache miss, COMMIT or ROLLBACK), in `calls` with queued =
    started and ended = resumed (no thread in between)."""
    import asyncpg
    from sqlalchemy.dialects.postgresql import asyncpg as sa_asyncpg

    conn_cls = sa_asyncpg.AsyncAdapt_asyncpg_connection
    cursor_cls = sa_asyncpg.AsyncAdapt_asyncpg_cursor

    def timed(name_of: Any, original: Any) -> Any:
        async def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = now()
            try:
                return await original(*args, **kwargs)
            finally:
                end = now()
                calls.append((_task(), name_of(*args, **kwargs), start, start, end, end))

        return wrapper

    begin = timed(lambda *_a, **_k: "BEGIN", conn_cls._start_transaction)
    original_begin = conn_cls._start_transaction

    async def _start_transaction(self: Any) -> None:
        if self.isolation_level == "autocommit":  # no BEGIN is sent
            return await original_begin(self)
        return await begin(self)

    conn_cls._start_transaction = _start_transaction  # type: ignore[method-assign]
    conn_cls._call_and_discard = timed(  # type: ignore[method-assign]
        lambda _self, fn: getattr(fn, "__name__", "?"), conn_cls._call_and_discard
    )
    original_pe = cursor_cls._prepare_and_execute

    async def _prepare_and_execute(self: Any, operation: str, parameters: Any) -> Any:
        # BEGIN and PREPARE happen inside and are recorded on their own: this one is the
        # statement's whole time, the label says which.
        start = now()
        try:
            return await original_pe(self, operation, parameters)
        finally:
            end = now()
            calls.append((_task(), _sql_label(operation), start, start, end, end))

    cursor_cls._prepare_and_execute = _prepare_and_execute  # type: ignore[method-assign]
    asyncpg.Connection.prepare = timed(  # type: ignore[method-assign]
        lambda *_a, **_k: "PREPARE", asyncpg.Connection.prepare
    )


def _patch_pool() -> None:
    from sqlalchemy import event
    from sqlalchemy.pool import Pool, QueuePool

    original = QueuePool._do_get

    def _do_get(self: Any) -> Any:
        asked = now()
        try:
            return original(self)
        finally:
            checkouts.append((_task(), asked, now(), _pool_label(self)))

    QueuePool._do_get = _do_get  # type: ignore[method-assign]

    @event.listens_for(Pool, "connect")
    def _connected(_c: Any, _record: Any) -> None:
        connects.append(now())

    @event.listens_for(Pool, "checkout")
    def _out(_c: Any, record: Any, _p: Any) -> None:
        record.info["trace_out"] = (now(), _task())

    @event.listens_for(Pool, "checkin")
    def _in(_c: Any, record: Any) -> None:
        out = record.info.pop("trace_out", None)
        if out is not None:
            pool = getattr(record, "_ConnectionRecord__pool", None)
            held.append((out[1], out[0], now(), _pool_label(pool)))


def _pool_label(pool: Any) -> str:
    """ "writer" for the one-connection pool, "readers" for SQLite's read pool, else "pool"."""
    size = pool.size() if pool is not None and hasattr(pool, "size") else 0
    return "writer" if size == 1 else "readers" if size == 8 else "pool"


def _patch_intake() -> None:
    from bot.intake import InboxWorker, UpdateIntake

    accept = UpdateIntake.accept_json

    async def accept_json(self: Any, data: Any) -> Any:
        entry = now()
        result = await accept(self, data)
        if isinstance(data, dict) and isinstance(data.get("update_id"), int):
            updates.setdefault(data["update_id"], {}).update(entry=entry, stored=now())
        return result

    UpdateIntake.accept_json = accept_json  # type: ignore[method-assign]

    handle = InboxWorker._handle

    async def _handle(self: Any, row: Any) -> None:
        start = now()
        try:
            await handle(self, row)
        finally:
            updates.setdefault(row.update_id, {}).update(start=start, end=now())

    InboxWorker._handle = _handle  # type: ignore[method-assign]


def _patch_gc() -> None:
    started: list[float] = [0.0]

    def callback(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            started[0] = now()
        else:
            gcs.append((started[0], now(), info["generation"], info["collected"]))

    gc.callbacks.append(callback)


def _wal_state(database: str) -> tuple[int, int]:
    """(frames in the WAL, frames already copied back) from the WAL index's header."""
    try:
        with open(database + "-shm", "rb") as fh:
            head = fh.read(100)
    except OSError:
        return (-1, -1)
    if len(head) < 100:
        return (-1, -1)
    return (struct.unpack_from("=I", head, 16)[0], struct.unpack_from("=I", head, 96)[0])


def _patch_wal() -> None:
    """KRING_BENCH_WAL: "" (SQLite's autocheckpoint, as Kring runs), "manual" or
    "background" (see the module's docstring)."""
    mode = os.environ.get("KRING_BENCH_WAL", "")
    if not mode:
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    @event.listens_for(Engine, "connect")
    def _no_autocheckpoint(dbapi_conn: Any, _record: Any) -> None:
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA wal_autocheckpoint=0")
        cur.close()

    if mode == "background":

        def checkpointer(database: str) -> None:
            conn = sqlite3.connect(database, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=0")
            while True:
                time.sleep(0.2)
                start = now()
                busy, frames, done = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                checkpoints.append((start, now(), int(frames), f"bg:{busy}:{done}"))

        threading.Thread(target=checkpointer, args=(DATABASE,), daemon=True).start()


def _patch_loop() -> None:
    """A ticker's overshoot: how long the loop was busy when it should have woken."""
    import bot.runtime

    start = bot.runtime.KringRuntime.start

    async def started(self: Any) -> None:
        await start(self)
        asyncio.get_running_loop().create_task(_ticker(), name="trace:ticker")
        if os.environ.get("KRING_BENCH_WAL") == "manual":
            _manual_checkpoints()

    bot.runtime.KringRuntime.start = started  # type: ignore[method-assign]


def _manual_checkpoints() -> None:
    """Checkpoint as SQLite's autocheckpoint would (after a commit, WAL over 1,000
    pages), but through the same connection and timed."""
    import aiosqlite.core

    original = aiosqlite.core.Connection.commit

    async def commit(self: Any) -> None:
        await original(self)
        frames = _wal_state(DATABASE)[0]
        if frames >= 1000:
            start = now()
            cursor = await self.execute("PRAGMA wal_checkpoint(PASSIVE)")
            await cursor.close()
            checkpoints.append((start, now(), frames, _task()))

    aiosqlite.core.Connection.commit = commit  # type: ignore[method-assign]


async def _ticker() -> None:
    step = 0.005
    while True:
        due = now() + step
        await asyncio.sleep(step)
        late = now() - due
        if late > 0.002:
            lags.append((due, late))


def _dump() -> None:
    path = os.environ.get("KRING_BENCH_TRACE")
    if not path:
        return
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(
            {
                "updates": updates,
                "calls": calls,
                "checkouts": checkouts,
                "held": held,
                "lags": lags,
                "gcs": gcs,
                "checkpoints": checkpoints,
                "connects": connects,
            },
            fh,
        )


# -- read back, in the bench process ------------------------------------------------------


def _kind(task: str) -> str:
    """A task name without its update id ("kring:update:123" -> "kring:update")."""
    head, _, tail = task.rpartition(":")
    return head if tail.isdigit() else task


def _print_spans(title: str, spans: list[tuple[str, float, str]]) -> None:
    """One line: per pool and kind of task, how many, the median and the longest."""
    by: dict[str, list[float]] = {}
    for task, seconds, pool in spans:
        by.setdefault(f"{pool}:{_kind(task)}", []).append(seconds)
    print(
        f"  {title}: "
        + "; ".join(
            f"{k} n={len(v)} med={sorted(v)[len(v) // 2] * 1000:.1f} max={max(v) * 1000:.1f}"
            for k, v in sorted(by.items(), key=lambda kv: -sum(kv[1]))[:8]
        )
    )


def explain(trace: dict[str, Any], sent: dict[int, float], replies: dict[int, float]) -> None:
    """Print where the slowest 1 % of the latency phase's updates spent their time, beside
    the median update, and what else happened in the process while they waited."""
    ups = {int(k): v for k, v in trace["updates"].items()}
    by_task: dict[str, list[list[Any]]] = {}
    for call in trace["calls"]:
        by_task.setdefault(call[0], []).append(call)
    waits: dict[str, list[float]] = {}
    for task, asked, got, _ in trace["checkouts"]:
        waits.setdefault(task, []).append(got - asked)
    rows = []
    for uid, at in sent.items():
        u = ups.get(uid)
        if u is None or uid not in replies or "start" not in u or "entry" not in u:
            continue
        own = by_task.get(f"kring:update:{uid}", [])
        rows.append(
            {
                "uid": uid,
                "total": replies[uid] - at,
                "to_webhook": u["entry"] - at,
                "store": u["stored"] - u["entry"],
                "to_handler": u["start"] - u["stored"],
                "handler": replies[uid] - u["start"],
                "pool_wait": sum(waits.get(f"kring:update:{uid}", [])),
                "sessions": len(waits.get(f"kring:update:{uid}", [])),
                "db_calls": len(own),
                "db_queue": sum(c[3] - c[2] for c in own),  # asked -> the SQLite thread began
                "db_sqlite": sum(c[4] - c[3] for c in own),  # in SQLite
                "db_resume": sum(c[5] - c[4] for c in own),  # SQLite done -> the task went on
                "commits": sum(1 for c in own if c[1] == "commit"),
                "window": (at, replies[uid]),
            }
        )
    if not rows:
        print("trace: no updates matched")
        return
    rows.sort(key=lambda r: r["total"])
    n = len(rows)
    slow = rows[-max(1, n // 100) :]
    mid = rows[n // 2 - 5 : n // 2 + 5]
    keys = ["total", "to_webhook", "store", "to_handler", "handler", "pool_wait", "db_queue",
            "db_sqlite", "db_resume"]  # fmt: skip
    print(f"trace: {n} updates; ms per update (median ten | slowest {len(slow)})")
    for key in keys:
        m = sorted(r[key] for r in mid)[len(mid) // 2] * 1000
        print(f"  {key:11} {m:7.1f} | " + " ".join(f"{r[key] * 1000:6.1f}" for r in slow))
    for key in ["sessions", "db_calls", "commits"]:
        m = sorted(r[key] for r in mid)[len(mid) // 2]
        print(f"  {key:11} {m:7d} | " + " ".join(f"{r[key]:6d}" for r in slow))
    for label, events, width in (
        ("loop lag ms", [(t, t + lag, lag) for t, lag in trace["lags"]], 1),
        ("gc ms (gen)", [(s, e, g) for s, e, g, _ in trace["gcs"]], 1),
        ("checkpoint ms", [(s, e, f) for s, e, f, _ in trace["checkpoints"]], 1),
    ):
        cells = []
        for r in slow:
            lo, hi = r["window"]
            inside = [ev for ev in events if ev[1] >= lo and ev[0] <= hi]
            cells.append(f"{sum(e - s for s, e, _ in inside) * 1000:6.1f}")
        del width
        print(f"  {label:13}       | " + " ".join(cells) + "   (overlapping each window)")
    # Process-wide: what the slow windows had that the run as a whole had less of.
    span = max(r["window"][1] for r in rows) - min(r["window"][0] for r in rows)
    lag_total = sum(lag for _, lag in trace["lags"])
    print(
        f"  run: {len(trace['lags'])} loop lags >2 ms, {lag_total * 1000:.0f} ms in all over "
        f"{span:.0f} s; worst {max((lag for _, lag in trace['lags']), default=0) * 1000:.1f} ms"
    )
    gc_ms = [(e - s) * 1000 for s, e, _, _ in trace["gcs"]]
    print(
        f"  run: {len(gc_ms)} gc passes, worst {max(gc_ms, default=0):.1f} ms, "
        f"{sum(1 for g in gc_ms if g > 5)} over 5 ms"
    )
    cps = trace["checkpoints"]
    print(
        f"  run: {len(cps)} checkpoints: "
        + ", ".join(f"{(e - s) * 1000:.1f} ms/{f} frames/{w}" for s, e, f, w in cps[:12])
    )
    print(f"  run: {len(trace.get('connects', []))} database connections opened")
    held = [(task, back - out, pool) for task, out, back, pool in trace["held"]]
    _print_spans("connection held (ms)", held)
    waited = [(task, got - asked, pool) for task, asked, got, pool in trace["checkouts"]]
    _print_spans("pool wait (ms)", waited)
    kinds: dict[str, list[float]] = {}
    for c in trace["calls"]:
        kinds.setdefault(c[1], []).append(c[4] - c[3])
    print(
        "  in SQLite (ms): "
        + "; ".join(
            f"{k} n={len(v)} med={sorted(v)[len(v) // 2] * 1000:.2f} max={max(v) * 1000:.1f}"
            for k, v in sorted(kinds.items(), key=lambda kv: -sum(kv[1]))[:8]
        )
    )
