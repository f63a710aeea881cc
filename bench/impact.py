"""The paired impact report after five years: 200 groups × 15 parents, one organisation.

Each group runs a three-year trajectory starting in the first half year (every seventh
open ended); a quarter of the parents leave early and newcomers take their places; every
moment the scheduler plans (storage/impact_moments.py) is sent, 80 % answered, 8 % of
the answers a skip. Written with the ORM's bulk inserts, then measured:

- `ImpactService.organisation_report(org)`: the organisation's report beside its 200
  groups' (the median of 5 runs after 1 warm-up), on SQLite and PostgreSQL;
- `naive_s`: the same report from tests/impact_world.py's naive reference (every answer
  row loaded and paired in Python), on SQLite, in the same run; `equal` says whether
  the two reports are equal on every backend.

Target: under 0.5 s for the organisation's report. The dashboard page and the CSV do not
exist yet (issue 16's foundation only): when they do, measure them here too.

PostgreSQL: KRING_TEST_POSTGRES_URL (a fresh database is created and dropped); without
it the PostgreSQL figure is null. Last line: JSON with report_s_sqlite,
report_s_postgres, naive_s, equal and the row counts.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from _common import backends, bench_database, report

from storage.db import create_engine, create_sessionmaker
from storage.impact import ImpactService
from storage.models import ImpactAnswer, ImpactMoment, ImpactParticipant
from tests.impact_world import Shape, naive_report, world_rows, write_world

TARGET_S = 0.5
RUNS = 5
SHAPE = Shape(groups=201, parents=15, years=5, trajectory_months=36, small_groups=False)


async def measure(kind: str, rows: dict[Any, list[dict[str, Any]]]) -> dict[str, Any]:
    async with bench_database(kind) as url:
        engine = create_engine(url)
        try:
            started = time.perf_counter()
            await write_world(engine, rows)
            written = time.perf_counter() - started
            service = ImpactService(create_sessionmaker(engine))
            await service.organisation_report(1)  # warm-up
            times = []
            for _ in range(RUNS):
                started = time.perf_counter()
                shipped = await service.organisation_report(1)
                times.append(time.perf_counter() - started)
            started = time.perf_counter()
            naive = await naive_report(create_sessionmaker(engine), 1)
            naive_s = time.perf_counter() - started
        finally:
            await engine.dispose()
    return {
        "report_s": statistics.median(times),
        "naive_s": naive_s,
        "write_s": written,
        "equal": shipped == naive,
    }


async def main() -> None:
    rows = world_rows(SHAPE)
    counts = {
        "participants": len(rows[ImpactParticipant]),
        "moments": len(rows[ImpactMoment]),
        "answers": len(rows[ImpactAnswer]),
    }
    print(f"world: {SHAPE.groups - 1} groups × {SHAPE.parents} places, {SHAPE.years} years:",
          ", ".join(f"{v:,} {k}" for k, v in counts.items()))  # fmt: skip
    figures: dict[str, Any] = {"report_s_postgres": None, "naive_s_postgres": None}
    equal = True
    for kind in backends():
        result = await measure(kind, rows)
        suffix = "sqlite" if kind == "sqlite" else "postgres"
        verdict = "ok" if result["report_s"] < TARGET_S else f"over the {TARGET_S} s target"
        print(f"{kind:9} report {result['report_s'] * 1000:7.1f} ms ({verdict}), "
              f"naive {result['naive_s'] * 1000:7.1f} ms, written in {result['write_s']:.1f} s, "
              f"equal: {result['equal']}")  # fmt: skip
        figures[f"report_s_{suffix}"] = round(result["report_s"], 4)
        if kind == "sqlite":
            figures["naive_s"] = round(result["naive_s"], 4)
        else:
            figures["naive_s_postgres"] = round(result["naive_s"], 4)
        equal = equal and result["equal"]
    report({**figures, "equal": equal, **counts})


if __name__ == "__main__":
    asyncio.run(main())
