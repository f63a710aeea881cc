"""A project's impact report (issue 16) in headless Chromium, in Dutch and in Arabic: the
coordinators of both organisations read the project's figures and a row per organisation,
on screen and ready to print, and the pages pass axe-core as the rest of the dashboard."""

from __future__ import annotations

import pytest

from storage.impact import ImpactService
from tests.conftest import Database
from tests.dashboard_world import CX, CY
from tests.e2e.test_dashboard_a11y import blocking_violations
from tests.e2e.test_impact_browser import Browser, browser  # noqa: F401  (the fixture)

pytestmark = [pytest.mark.e2e, pytest.mark.browser]


async def test_both_coordinators_read_the_project_in_dutch_and_arabic(
    browser: Browser,  # noqa: F811
    sqlite_db: Database,
) -> None:
    world, found = browser.world, []
    service = ImpactService(sqlite_db.sessions)  # the browser's site's database
    project, _ = await service.add_to_project("Krachtige Gezinnen", str(world.org_x))
    await service.add_to_project("Krachtige Gezinnen", str(world.org_y))
    path = f"/dashboard/impact/projects/{project}"
    for person, lang, direction in ((CX, "nl", "ltr"), (CY, "ar", "rtl")):
        tr = browser.catalogs.get(lang)
        tab = await browser.sign_in(person)
        await tab.open("/dashboard/impact")
        await tab.page.click("#impact-projects a")
        assert await tab.path() == path
        page = tab.page
        assert await page.get_attribute("html", "dir") == direction
        heading = await page.locator("#title-organisation").inner_text()
        assert heading.strip() == tr.gettext("All organisations of the project together")
        rows = page.locator("#impact-organisations tr[data-organisation]")
        names = {(await r.locator("th").inner_text()).strip() for r in await rows.all()}
        assert names == {"Stichting Noord", "Buurtwerk Zuid"}
        await tab.shot(f"impact-project-{lang}")
        found += await blocking_violations(tab)
        await tab.open(path + "/print")
        found += await blocking_violations(tab)
        await tab.shot(f"impact-project-{lang}-print")
        assert tab.errors == []
    assert found == []
