"""Pages everyone can use: every dashboard page, in Dutch and in Arabic, passes axe-core
(the accessibility engine, run in the headless Chromium through Playwright) without a
serious or critical violation, and each chart's figures are there as text for people who
cannot see it (a screen reader reads the SVG as one image).

Welfare organisations funded by Dutch and Flemish governments are asked for WCAG 2.1 AA;
axe checks what a machine can check of it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from axe_playwright_python.async_playwright import Axe

from bot.i18n import Catalogs
from bot.web.app import create_app
from bot.web.dashboard import DashboardSite
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dashboard_data import DashboardData
from tests.conftest import Database
from tests.dashboard_world import CX, CY, FA, FC, NOW, VA, build_world
from tests.e2e.browser import chromium, require_chromium, serve
from tests.e2e.test_dashboard_browser import Dashboard, Runtime, Tab, group_path
from tests.harness import TEST_SECRET

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

BLOCKING = {"serious", "critical"}
AXE = Axe()


@pytest.fixture
async def dashboard(sqlite_db: Database, artifacts_dir: Path) -> AsyncIterator[Dashboard]:
    """The dashboard test world, with the staff of organisation Y reading Arabic."""
    require_chromium()
    world = await build_world(sqlite_db, locales={CY: "ar", FC: "ar"})
    catalogs = Catalogs.load("nl")

    def clock() -> Any:
        return NOW

    auth = DashboardAuth(sqlite_db.sessions, clock)
    site = DashboardSite(
        catalogs=catalogs,
        auth=auth,
        data=DashboardData(sqlite_db.sessions, AnswerCipher(TEST_SECRET), clock),
        secure_cookie=False,
    )
    async with serve(create_app(Runtime(site))) as base, chromium() as browser:
        yield Dashboard(base, world, auth, catalogs, browser, artifacts_dir)


async def blocking_violations(tab: Tab) -> list[str]:
    """axe-core's serious and critical findings on the page, one readable line each."""
    results = await AXE.run(tab.page)
    return [
        f"{await tab.path()}: {v['id']} ({v['impact']}) {v['help']} at "
        + "; ".join(" ".join(node["target"]) for node in v["nodes"][:5])
        for v in results.response["violations"]
        if v["impact"] in BLOCKING
    ]


async def visit_everything(dashboard: Dashboard, telegram_id: int, lang: str,
                           pages: list[str], forbidden: str) -> list[str]:  # fmt: skip
    """Sign in as this person and check every page they meet on the way, with axe."""
    found: list[str] = []
    token = await dashboard.auth.create_link(telegram_id)
    assert token is not None
    tab = await dashboard.tab()
    await tab.open(f"/dashboard/login?token={token}")
    found += await blocking_violations(tab)  # the sign-in page
    await tab.submit("#sign-in")
    assert await tab.page.evaluate("() => document.documentElement.lang") == lang
    found += await blocking_violations(tab)  # the home page
    for path in pages:
        await tab.open(path)
        found += await blocking_violations(tab)
    await tab.open(forbidden, status=403)
    found += await blocking_violations(tab)
    await tab.submit("form.logout button")
    assert await tab.visible("#signed-out")
    found += await blocking_violations(tab)
    again = await dashboard.tab()
    await again.open(f"/dashboard/login?token={token}")
    await again.submit("#sign-in", status=400)  # the link was used
    assert await again.visible("#link-invalid")
    found += await blocking_violations(again)
    tab.quiet()
    again.quiet()
    return found


async def test_every_dutch_page_passes_axe(dashboard: Dashboard) -> None:
    world = dashboard.world
    found = []
    for person, pages in (
        (FA, [group_path(world.group_a)]),
        (VA, [group_path(world.group_a)]),
        (CX, [f"/dashboard/organisations/{world.org_x}", group_path(world.group_a),
              group_path(world.group_b)]),
    ):  # fmt: skip
        found += await visit_everything(dashboard, person, "nl", pages, group_path(world.group_c))
    assert found == []


async def test_every_arabic_page_passes_axe(dashboard: Dashboard) -> None:
    world = dashboard.world
    found = []
    for person, pages in (
        (FC, [group_path(world.group_c)]),
        (CY, [f"/dashboard/organisations/{world.org_y}", group_path(world.group_c)]),
    ):
        found += await visit_everything(dashboard, person, "ar", pages, group_path(world.group_a))
    assert found == []


def digits(text: str) -> str:
    """The digits of a figure, whatever its script, separators and signs."""
    return "".join(str(int(ch)) for ch in text if ch.isdigit())


async def chart_figures(tab: Tab, heading: str) -> tuple[Any, list[list[str]]]:
    """The table a screen reader finds for the chart under `heading`, found by its role
    and accessible name (as assistive technology finds it), and its rows of cells."""
    table = tab.page.get_by_role("table", name=heading, exact=True)
    assert await table.count() == 1, f"no table of figures for {heading!r}"
    rows = []
    for row in await table.locator("tbody tr").all():
        rows.append([(await cell.text_content() or "").strip()
                     for cell in await row.locator("th, td").all()])  # fmt: skip
    return table, rows


async def test_each_chart_has_its_figures_as_text(dashboard: Dashboard) -> None:
    """The check-in chart's bars and dots, and the sources chart's bars, are in tables."""
    world = dashboard.world
    nl = dashboard.catalogs.get("nl")
    tab, _ = await dashboard.sign_in(FA)
    await tab.open(group_path(world.group_a))

    history = nl.gettext("Check-ins over time")
    _, rows = await chart_figures(tab, history)
    assert len(rows) == 26 and all(len(row) == 3 for row in rows)  # week, answered, mood
    bars = [await t.text_content() or "" for t in await tab.page.locator(
        ".digest-chart rect.bar title").all()]  # fmt: skip
    dots = [await t.text_content() or "" for t in await tab.page.locator(
        ".digest-chart circle.mood title").all()]  # fmt: skip
    assert bars and dots
    # The same figures as the chart's own labels ("3/2: 80%", "3/2: 3.9"), week by week.
    assert [digits(r[1]) for r in rows if digits(r[1])] == [digits(b.split(":")[1]) for b in bars]
    assert [digits(r[2]) for r in rows if digits(r[2])] == [digits(d.split(":")[1]) for d in dots]
    assert all(row[0] for row in rows)  # each week is named

    sources = nl.gettext("Sources of strength over time")
    _, rows = await chart_figures(tab, sources)
    drawn = [await t.text_content() or "" for t in await tab.page.locator(
        ".source-chart circle.share title").all()]  # fmt: skip
    assert rows and drawn
    shown = sorted(digits(cell) for row in rows for cell in row[1:] if digits(cell))
    figures = [digits(title.rsplit(":", 1)[1]) for title in drawn]
    assert shown == sorted(figure for figure in figures if figure)
    tab.quiet()


async def test_hidden_weeks_read_as_hidden_in_the_figures_too(dashboard: Dashboard) -> None:
    """A coordinator's hidden week is hidden in the chart's table as in the chart, in
    Dutch, and an Arabic coordinator's table speaks Arabic."""
    world = dashboard.world
    nl = dashboard.catalogs.get("nl")
    word = nl.pgettext("a figure kept back", "hidden")
    tab, _ = await dashboard.sign_in(CX)
    await tab.open(group_path(world.group_b))  # three parents: every week is hidden
    _, rows = await chart_figures(tab, nl.gettext("Check-ins over time"))
    stripes = await tab.count(".digest-chart rect.hidden")
    assert len(rows) == 26 and stripes == 8
    assert [row[1] for row in rows if row[1] != "–"] == [word] * stripes
    assert [row[2] for row in rows if row[2] != "–"] == [word] * stripes
    assert await tab.count("#hidden-legend") == 1
    tab.quiet()

    ar = dashboard.catalogs.get("ar")
    tab, _ = await dashboard.sign_in(CY)
    await tab.open(f"/dashboard/organisations/{world.org_y}")
    table, rows = await chart_figures(tab, ar.gettext("Check-ins over time"))
    assert len(rows) == 26
    header = await table.locator("thead").inner_text()
    assert ar.gettext("Mood") in header and ar.gettext("Answered") in header
    assert any(digits(row[1]) for row in rows)
    tab.quiet()
