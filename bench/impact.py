"""The paired impact report after five years: 200 groups × 15 parents, one organisation.

Each group runs a three-year trajectory starting in the first half year (every seventh
open ended); a quarter of the parents leave early and newcomers take their places; every
moment the scheduler plans (storage/impact_moments.py) is sent, 80 % answered, 8 % of
the answers a skip. Written with the ORM's bulk inserts, then measured:

- `report_s`: what a coordinator waits for: `ImpactService.organisation_report(org)` (the
  organisation's report beside its 200 groups'), then the dashboard page's HTML (tables
  and a chart per group, in Dutch) and the CSV of the same figures (the median of 5 runs
  after 1 warm-up), on SQLite and PostgreSQL; `query_s` is the report's queries alone;
- `naive_s`: the same report from tests/impact_world.py's naive reference (every answer
  row loaded and paired in Python), on SQLite, in the same run; `equal` says whether
  the two reports are equal on every backend.

Target: under 0.5 s for the organisation's report, page and CSV included.

PostgreSQL: KRING_TEST_POSTGRES_URL (a fresh database is created and dropped); without
it the PostgreSQL figure is null. Last line: JSON with report_s_sqlite,
report_s_postgres, query_s_sqlite, query_s_postgres, naive_s, equal, the page's and the
CSV's size and the row counts.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from typing import Any

from _common import backends, bench_database, report

from bot.i18n import Catalogs
from bot.render.impact_report import Section
from bot.web.impact import report_csv, report_html
from storage.db import create_engine, create_sessionmaker
from storage.impact import ImpactService
from storage.impact_stats import OrganisationImpact
from storage.models import ImpactAnswer, ImpactMoment, ImpactParticipant
from tests.impact_world import Shape, naive_report, world_rows, write_world

TARGET_S = 0.5
TR = Catalogs.load("nl").get("nl")
RUNS = 5
SHAPE = Shape(groups=201, parents=15, years=5, trajectory_months=36, small_groups=False)


async def page_and_csv(service: ImpactService) -> tuple[OrganisationImpact, float, str, str]:
    """The organisation's report, its page and its CSV, as the dashboard makes them."""
    started = time.perf_counter()
    report = await service.organisation_report(1)
    queried = time.perf_counter() - started
    sections = [Section("Buurtmoeders", None, report.organisation)] + [
        Section(f"Groep {g.group_id}", g.group_id, g) for g in report.groups
    ]
    html = report_html(TR, None, sections, "/dashboard/impact/organisations/1")
    return report, queried, html, report_csv(TR, sections)


async def measure(kind: str, rows: dict[Any, list[dict[str, Any]]]) -> dict[str, Any]:
    async with bench_database(kind) as url:
        engine = create_engine(url)
        try:
            started = time.perf_counter()
            await write_world(engine, rows)
            written = time.perf_counter() - started
            service = ImpactService(create_sessionmaker(engine))
            await page_and_csv(service)  # warm-up
            times, queries = [], []
            for _ in range(RUNS):
                started = time.perf_counter()
                shipped, queried, html, csv_text = await page_and_csv(service)
                times.append(time.perf_counter() - started)
                queries.append(queried)
            started = time.perf_counter()
            naive = await naive_report(create_sessionmaker(engine), 1)
            naive_s = time.perf_counter() - started
        finally:
            await engine.dispose()
    return {
        "report_s": statistics.median(times),
        "query_s": statistics.median(queries),
        "page_bytes": len(html.encode()),
        "csv_rows": csv_text.count("\n"),
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
    figures: dict[str, Any] = {
        "report_s_postgres": None,
        "query_s_postgres": None,
        "naive_s_postgres": None,
    }
    equal = True
    for kind in backends():
        result = await measure(kind, rows)
        suffix = "sqlite" if kind == "sqlite" else "postgres"
        verdict = "ok" if result["report_s"] < TARGET_S else f"over the {TARGET_S} s target"
        print(f"{kind:9} report, page and CSV {result['report_s'] * 1000:7.1f} ms ({verdict}; "
              f"queries {result['query_s'] * 1000:.1f} ms, page {result['page_bytes']:,} bytes, "
              f"CSV {result['csv_rows']:,} rows), "
              f"naive {result['naive_s'] * 1000:7.1f} ms, written in {result['write_s']:.1f} s, "
              f"equal: {result['equal']}")  # fmt: skip
        figures[f"report_s_{suffix}"] = round(result["report_s"], 4)
        figures[f"query_s_{suffix}"] = round(result["query_s"], 4)
        figures["page_bytes"], figures["csv_rows"] = result["page_bytes"], result["csv_rows"]
        if kind == "sqlite":
            figures["naive_s"] = round(result["naive_s"], 4)
        else:
            figures["naive_s_postgres"] = round(result["naive_s"], 4)
        equal = equal and result["equal"]
    report({**figures, "equal": equal, **counts})


if __name__ == "__main__":
    asyncio.run(main())
