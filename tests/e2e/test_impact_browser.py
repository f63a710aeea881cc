"""The impact report (issue 16) in a real browser: headless Chromium against the ASGI app
under uvicorn, in Dutch and in Arabic, on screen, on a phone and printed. What is checked is
what the browser shows; every page is saved as a screenshot in test-artifacts/ (and the
print-ready page as a PDF, the way a coordinator would print it for a funder)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.i18n import Catalogs
from bot.render.impact_report import source_label
from bot.web.app import create_app
from bot.web.dashboard import DashboardSite
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dashboard_data import DashboardData
from tests.conftest import Database
from tests.dashboard_world import CX, CY, NOW, World, build_world
from tests.e2e.browser import chromium, require_chromium, serve
from tests.e2e.test_dashboard_a11y import blocking_violations
from tests.e2e.test_dashboard_browser import DESKTOP, PHONE, Tab
from tests.harness import TEST_SECRET
from tests.impact_dashboard_world import add_impact

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


@dataclass
class Runtime:
    """What create_app needs: the dashboard's parts and the database."""

    dashboard: DashboardSite
    sessions: Any
    webhook_secret: str | None = None

    @property
    def intake(self) -> Any:
        raise AssertionError("no webhook in these tests")

    async def database_ok(self) -> bool:
        return True


@dataclass
class Browser:
    base: str
    world: World
    auth: DashboardAuth
    catalogs: Catalogs
    browser: Any
    artifacts: Path

    async def sign_in(self, telegram_id: int) -> Tab:
        token = await self.auth.create_link(telegram_id)
        assert token is not None
        context = await self.browser.new_context(viewport=DESKTOP, locale="nl-NL")
        page = await context.new_page()
        tab = Tab(page, self.base, self.artifacts)

        def on_console(message: Any) -> None:
            # Chromium logs every 4xx resource (the favicon); those are expected here.
            if message.type == "error" and not message.text.startswith("Failed to load"):
                tab.errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda error: tab.errors.append(str(error)))
        await tab.open(f"/dashboard/login?token={token}")
        await tab.submit("#sign-in")
        assert await tab.path() == "/dashboard"
        return tab


@pytest.fixture
async def browser(sqlite_db: Database, artifacts_dir: Path) -> AsyncIterator[Browser]:
    require_chromium()
    world = await build_world(sqlite_db, locales={CY: "ar"})
    await add_impact(sqlite_db, world)
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
    app = create_app(Runtime(site, sqlite_db.sessions))
    async with serve(app) as base, chromium() as chrome:
        yield Browser(base, world, auth, catalogs, chrome, artifacts_dir)


async def cells(tab: Tab, selector: str) -> list[str]:
    return [(await c.inner_text()).strip() for c in await tab.page.locator(selector).all()]


async def test_a_coordinator_reads_the_report_in_dutch_and_prints_it(browser: Browser) -> None:
    world, nl = browser.world, browser.catalogs.get("nl")
    hidden = nl.pgettext("a figure kept back", "hidden")
    tab = await browser.sign_in(CX)
    await tab.page.locator("#impact-link").click()
    await tab.page.wait_for_url("**/dashboard/impact")
    organisation = f"/dashboard/impact/organisations/{world.org_x}"
    await tab.page.locator(f'a[href="{organisation}"]').click()
    await tab.page.wait_for_url(f"**{organisation}")
    await tab.check_styled()
    assert nl.gettext("Impact over the years") in await tab.text("h1")
    assert "Stichting Noord" in await tab.text("h1")

    # The groups, a row each: from intake to the end group A's fifteen parents went from
    # 2,4 to 3,1 on every source; a year later only three of group B answered: hidden.
    to_the_end = "#impact-groups table.groups-change >> nth=0"
    a_year_later = "#impact-groups table.groups-change >> nth=1"
    row_a = f'{to_the_end} >> tr[data-group="{world.group_a}"] >> td'
    assert await cells(tab, row_a) == ["2,4 → 3,1 (15)"] * 6
    row_b = f'{a_year_later} >> tr[data-group="{world.group_b}"] >> td'
    assert await cells(tab, row_b) == [hidden] * 6
    stripes = tab.page.locator(f'{a_year_later} >> tr[data-group="{world.group_b}"] >> i')
    assert await stripes.count() == 6 and await stripes.first.is_visible()
    assert await tab.visible("#hidden-legend")
    page = await tab.text()
    assert "Ouders Zuid" not in page
    for name in world.names:
        assert name.removeprefix("<b>").split("<")[0] not in page
    assert "Gepaard:" in await tab.text("#method")
    # The organisation's chart: its year-later lines are stripes (they would give group B
    # away beside group A); drawn at a readable size.
    chart = tab.page.locator("#impact-organisation svg.impact-chart")
    box = await chart.bounding_box()
    assert box is not None and box["width"] > 300 and box["height"] > 150, box
    assert await tab.count("#impact-organisation svg rect.hidden") == 6  # one per source
    await tab.no_sideways_scroll()
    await tab.shot("impact-organisation-nl")

    async with tab.page.expect_download() as download:
        await tab.page.locator("#impact-csv").click()
    assert (await download.value).suggested_filename == (
        f"kring-impact-organisation-{world.org_x}.csv"
    )

    # Group A's own page, from its row: every figure, and its chart's dots carry them.
    await tab.page.locator(f'a[href="/dashboard/impact/groups/{world.group_a}"]').first.click()
    await tab.page.wait_for_url(f"**/dashboard/impact/groups/{world.group_a}")
    section = f"#impact-group-{world.group_a}"
    assert await cells(tab, f"{section} table.change >> nth=0 >> tbody tr >> nth=0 >> td") == [
        "15", "2,4", "3,1", "67%", "33%", "0%"
    ]  # fmt: skip
    identity = tab.page.locator(f"{section} table.change").first.locator(
        "tbody tr", has_text=source_label(nl, "identity")
    )
    assert await identity.count() == 1 and await identity.is_visible()
    dot = tab.page.locator(f"{section} svg circle.before").first
    assert await dot.locator("title").text_content() == "2.4"
    await tab.shot("impact-group-nl")
    await tab.open(organisation)

    # The print-ready page: printed, no header bar or links; the method note is there.
    await tab.page.locator("#impact-print").click()
    await tab.page.wait_for_url(f"**{organisation}/print")
    assert not await tab.visible("header.top")
    await tab.page.emulate_media(media="print")
    assert not await tab.visible("#impact-csv")
    assert await tab.visible("#method")
    background = await tab.page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert background == "rgb(255, 255, 255)"
    await tab.page.pdf(path=str(browser.artifacts / "impact-organisation-nl.pdf"), format="A4")
    await tab.page.emulate_media(media="screen")
    await tab.shot("impact-organisation-nl-print")

    # On a phone the wide tables scroll in their own box.
    await tab.page.set_viewport_size(PHONE)
    await tab.open(organisation)
    await tab.no_sideways_scroll()
    await tab.shot("impact-organisation-nl-phone")
    assert tab.errors == []


async def test_the_report_reads_right_to_left_in_arabic(browser: Browser) -> None:
    world, ar = browser.world, browser.catalogs.get("ar")
    tab = await browser.sign_in(CY)
    await tab.open(f"/dashboard/impact/organisations/{world.org_y}")
    assert await tab.page.evaluate("() => document.documentElement.dir") == "rtl"
    assert await tab.page.evaluate("() => document.documentElement.lang") == "ar"
    assert ar.gettext("Impact over the years") in await tab.text("h1")
    direction = "(selector) => getComputedStyle(document.querySelector(selector)).direction"
    for selector in ("main", "table.change td", "#method p"):
        assert await tab.page.evaluate(direction, selector) == "rtl", selector
    heads = tab.page.locator("#impact-organisation table.change >> nth=0 >> thead th")
    first, last = await heads.first.bounding_box(), await heads.last.bounding_box()
    assert first is not None and last is not None
    assert first["x"] >= last["x"] + last["width"] - 1, (first, last)  # the source on the right
    assert source_label(ar, "belonging") in await tab.text("#impact-organisation")
    assert "Ouders Zuid" in await tab.text("#impact-groups")
    # The chart reads right to left too: the names on the right, 1 on the right, 5 left.
    chart = "#impact-organisation svg.impact-chart"
    name = await tab.page.locator(f"{chart} text.source-name").first.bounding_box()
    one = await tab.page.locator(f"{chart} text.scale").first.bounding_box()
    five = await tab.page.locator(f"{chart} text.scale").last.bounding_box()
    assert name is not None and one is not None and five is not None
    assert name["x"] > one["x"] > five["x"], (name, one, five)
    assert "Moeders Noord" not in await tab.text()
    await tab.no_sideways_scroll()
    await tab.shot("impact-organisation-ar")
    await tab.open(f"/dashboard/impact/organisations/{world.org_y}/print")
    await tab.page.emulate_media(media="print")
    assert await tab.visible("#method")
    await tab.page.pdf(path=str(browser.artifacts / "impact-organisation-ar.pdf"), format="A4")
    await tab.page.emulate_media(media="screen")
    await tab.shot("impact-organisation-ar-print")
    assert tab.errors == []


async def test_every_impact_page_passes_axe_in_dutch_and_arabic(browser: Browser) -> None:
    """axe-core (as for the rest of the dashboard): no serious or critical violation."""
    world, found = browser.world, []
    for person, organisation, group, other in (
        (CX, world.org_x, world.group_b, world.group_c),
        (CY, world.org_y, world.group_c, world.group_a),
    ):
        tab = await browser.sign_in(person)
        base = "/dashboard/impact"
        for path in (
            base,
            f"{base}/organisations/{organisation}",
            f"{base}/organisations/{organisation}/print",
            f"{base}/groups/{group}",
        ):
            await tab.open(path)
            found += await blocking_violations(tab)
        await tab.open(f"{base}/groups/{other}", status=403)
        found += await blocking_violations(tab)
        assert tab.errors == []
    assert found == []
