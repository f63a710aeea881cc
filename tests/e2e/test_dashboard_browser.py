"""The web dashboard in a real browser: headless Chromium (Playwright) against the real
ASGI app under uvicorn on loopback, over the test world of `tests.dashboard_world`.

Each person signs in the way they would from Telegram: open the one-time link, press the
button, land on the dashboard, then open the pages they may see. What is checked is what
the browser shows (rendered text, visibility, layout, direction), not the HTML. Every page
visited is saved as a full-page screenshot in the artifacts directory (test-artifacts/).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.i18n import Catalogs
from bot.prompts import Source, source_name
from bot.web.app import create_app
from bot.web.dashboard import COOKIE, DashboardSite
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dashboard_data import DashboardData
from storage.models import Attendance, Meeting, MeetingStatus, Member, Membership, Role
from tests.conftest import Database
from tests.dashboard_world import CX, CY, DAY, FA, NOW, VA, World, build_world
from tests.e2e.browser import chromium, require_chromium, serve
from tests.harness import TEST_SECRET

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
BACKGROUND = "rgb(247, 248, 250)"  # --bg in kring.css: the style sheet was applied


@dataclass
class Runtime:
    """What create_app needs; the webhook is not used here."""

    dashboard: DashboardSite
    webhook_secret: str | None = None

    @property
    def intake(self) -> Any:
        raise AssertionError("no webhook in these tests")

    async def database_ok(self) -> bool:
        return True


@dataclass
class Tab:
    """One person's browser (a context of its own, so cookies are theirs) and its page."""

    page: Any
    base: str
    artifacts: Path
    dialogs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    async def open(self, path: str, status: int = 200) -> None:
        response = await self.page.goto(self.base + path)
        assert response is not None, path
        assert response.status == status, (path, response.status, status)
        await self.check_styled()

    async def submit(self, selector: str, status: int = 200) -> None:
        """Press a form's button and wait for the page it leads to."""
        async with self.page.expect_navigation() as navigation:
            await self.page.locator(selector).click()
        response = await navigation.value
        assert response is not None and response.status == status, (selector, response)
        await self.check_styled()

    async def check_styled(self) -> None:
        background = await self.page.evaluate(
            "() => getComputedStyle(document.body).backgroundColor"
        )
        assert background == BACKGROUND, f"kring.css not applied on {self.page.url}"

    async def text(self, selector: str = "body") -> str:
        return str(await self.page.locator(selector).inner_text())

    async def visible(self, selector: str) -> bool:
        return bool(await self.page.locator(selector).first.is_visible())

    async def count(self, selector: str) -> int:
        return int(await self.page.locator(selector).count())

    async def shot(self, name: str) -> None:
        path = self.artifacts / f"dashboard-{name}.png"
        await self.page.screenshot(path=str(path), full_page=True)

    async def path(self) -> str:
        return str(self.page.url).removeprefix(self.base)

    async def no_sideways_scroll(self) -> None:
        """Wide tables scroll in their own box; the page itself never scrolls sideways."""
        wide = await self.page.evaluate(
            "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        assert wide <= 1, f"{self.page.url} is {wide}px wider than the screen"

    async def charts_drawn(self, at_least: int = 2) -> None:
        charts = self.page.locator("svg[role=img]")
        assert await charts.count() >= at_least
        for i in range(await charts.count()):
            chart = charts.nth(i)
            assert await chart.is_visible()
            box = await chart.bounding_box()
            assert box is not None and box["width"] > 100 and box["height"] > 50, box

    async def charts_readable(self) -> None:
        """Chart labels stay legible on this screen, and the newest week is in view."""
        smallest = await self.page.evaluate(
            """() => Math.min(...[...document.querySelectorAll('.chart svg text')]
                .map(t => parseFloat(getComputedStyle(t).fontSize)
                          * t.getScreenCTM().a))"""
        )
        assert smallest >= 10, f"chart labels {smallest:.1f}px on {self.page.url}"
        newest = self.page.locator(".digest-chart text.week").last
        label, box = (
            await newest.bounding_box(),
            await self.page.locator(".chart").first.bounding_box(),
        )
        assert label is not None and box is not None
        assert box["x"] <= label["x"] and label["x"] + label["width"] <= box["x"] + box["width"]

    def quiet(self) -> None:
        """No dialog ever opened and the console reported no error (e.g. a CSP block)."""
        assert self.dialogs == [], self.dialogs
        assert self.errors == [], self.errors


@dataclass
class Dashboard:
    base: str
    world: World
    auth: DashboardAuth
    catalogs: Catalogs
    browser: Any
    artifacts: Path

    async def tab(self, viewport: dict[str, int] = DESKTOP) -> Tab:
        context = await self.browser.new_context(viewport=viewport, locale="nl-NL")
        page = await context.new_page()
        tab = Tab(page, self.base, self.artifacts)

        async def on_dialog(dialog: Any) -> None:
            tab.dialogs.append(f"{dialog.type}: {dialog.message}")
            await dialog.dismiss()

        def on_console(message: Any) -> None:
            # Chromium logs every 4xx page it is shown; those are expected here.
            if message.type == "error" and not message.text.startswith("Failed to load"):
                tab.errors.append(message.text)

        page.on("dialog", on_dialog)
        page.on("console", on_console)
        page.on("pageerror", lambda error: tab.errors.append(str(error)))
        return tab

    async def sign_in(self, telegram_id: int, screenshot: str | None = None) -> tuple[Tab, str]:
        """Open a fresh one-time link, press the button, land on the dashboard."""
        token = await self.auth.create_link(telegram_id)
        assert token is not None
        tab = await self.tab()
        await tab.open(f"/dashboard/login?token={token}")
        assert await tab.visible("#sign-in")
        if screenshot:
            await tab.shot(screenshot)
        await tab.submit("#sign-in")
        assert await tab.path() == "/dashboard"
        assert await tab.count("#signed-out") == 0
        cookies = {c["name"]: c for c in await tab.page.context.cookies()}
        assert cookies[COOKIE]["httpOnly"] and cookies[COOKIE]["path"] == "/dashboard"
        assert COOKIE not in await tab.page.evaluate("() => document.cookie")
        return tab, token


@pytest.fixture
async def dashboard(sqlite_db: Database, artifacts_dir: Path) -> AsyncIterator[Dashboard]:
    require_chromium()  # skip (or fail in CI) before building anything
    world = await build_world(sqlite_db, locales={CY: "ar"})
    catalogs = Catalogs.load("nl")

    def clock() -> Any:
        return NOW

    auth = DashboardAuth(sqlite_db.sessions, clock)
    site = DashboardSite(
        catalogs=catalogs,
        auth=auth,
        data=DashboardData(sqlite_db.sessions, AnswerCipher(TEST_SECRET), clock),
        secure_cookie=False,  # plain http on loopback
    )
    app = create_app(Runtime(site))
    async with serve(app) as base, chromium() as browser:
        yield Dashboard(base, world, auth, catalogs, browser, artifacts_dir)


def group_path(group_id: int) -> str:
    return f"/dashboard/groups/{group_id}"


async def test_a_facilitator_reads_the_parents_words_as_text(dashboard: Dashboard) -> None:
    world = dashboard.world
    tab, token = await dashboard.sign_in(FA, screenshot="login")
    await tab.shot("home-facilitator")
    assert await tab.visible(f'a[href="{group_path(world.group_a)}"]')
    assert await tab.count(f'a[href="{group_path(world.group_b)}"]') == 0

    await tab.page.locator(f'a[href="{group_path(world.group_a)}"]').click()
    await tab.page.wait_for_url(f"**{group_path(world.group_a)}")
    await tab.check_styled()
    assert "Moeders Noord" in await tab.text("#group-name")

    # The parents' words, shown as the letters they typed: nothing runs.
    answers = await tab.text("#answers")
    words = [w for w in world.words if f"ouder {world.group_a}-" in w]
    assert len(words) == 2
    for said in words:
        assert said in answers, (said, answers)
    assert "<script>alert(1)</script>" in answers
    assert await tab.count("script") == 0
    assert await tab.count("#answers b, #meetings b") == 0  # <b> in names stays text
    assert "\u202e" not in await tab.text()  # bidi overrides removed

    assert await tab.count("#rounds tbody tr") == 8
    meetings = await tab.text("#meetings")
    assert await tab.count("#meetings thead th") == 6  # with "who is coming"
    assert f"<b>Ouder{world.group_a}x0</b>" in meetings
    moderation = await tab.text("#moderation")
    assert await tab.count("table#moderation tbody tr") == 1 and "scheldwoord" in moderation
    await tab.charts_drawn()
    await tab.no_sideways_scroll()
    await tab.shot("group-facilitator")

    async with tab.page.expect_download() as download:
        await tab.page.locator("#export").click()
    assert (await download.value).suggested_filename == f"kring-group-{world.group_a}.csv"

    # On a phone, where the link from Telegram is most likely opened.
    await tab.page.set_viewport_size(PHONE)
    await tab.no_sideways_scroll()
    await tab.charts_readable()
    await tab.shot("group-facilitator-phone")
    tab.quiet()

    # The same link a second time (another device, a forwarded message) signs nobody in.
    again = await dashboard.tab()
    await again.open(f"/dashboard/login?token={token}")
    await again.submit("#sign-in", status=400)
    assert await again.visible("#link-invalid")
    assert not [c for c in await again.page.context.cookies() if c["name"] == COOKIE]
    await again.shot("link-invalid")
    await again.open(group_path(world.group_a), status=401)
    assert await again.visible("#signed-out")
    again.quiet()


async def test_a_volunteer_sees_the_group_without_the_parents_words(
    dashboard: Dashboard,
) -> None:
    world = dashboard.world
    tab, _ = await dashboard.sign_in(VA)
    await tab.open(group_path(world.group_a))
    assert "Moeders Noord" in await tab.text("#group-name")
    assert await tab.count("#answers") == 0
    page = await tab.text()
    for said in world.words:
        assert said.split(":")[0] not in page
    assert await tab.count("#rounds tbody tr") == 8
    assert await tab.count("#meetings thead th") == 5  # counts, not who is coming
    assert "scheldwoord" in await tab.text("table#moderation")
    await tab.charts_drawn()
    await tab.shot("group-volunteer")
    tab.quiet()


async def test_a_coordinator_sees_figures_only_and_nothing_of_another_organisation(
    dashboard: Dashboard,
) -> None:
    world = dashboard.world
    fewer_than_5 = dashboard.catalogs.get("nl").pgettext("a figure kept back", "hidden")
    tab, _ = await dashboard.sign_in(CX)
    await tab.shot("home-coordinator")

    organisation = f"/dashboard/organisations/{world.org_x}"
    await tab.page.locator(f'a[href="{organisation}"]').click()
    await tab.page.wait_for_url(f"**{organisation}")
    await tab.check_styled()
    assert "Stichting Noord" in await tab.text("#organisation-name")
    rows = tab.page.locator("#groups tbody tr")
    assert await rows.count() == 2
    small = rows.filter(has_text="Vaders Oost")
    assert await rows.filter(has_text="Moeders Noord").count() == 1
    assert await small.count() == 1
    hidden = small.locator("td.num", has_text=fewer_than_5)
    assert await hidden.count() >= 1 and await hidden.first.is_visible()
    page = await tab.text()
    assert "Ouders Zuid" not in page
    for name in world.names:
        assert name.removeprefix("<b>").split("<")[0] not in page
    await tab.charts_drawn()
    await tab.no_sideways_scroll()
    await tab.shot("organisation-nl")

    # A group of the organisation: numbers only, small ones hidden, no words, no log.
    await small.locator("a").click()
    await tab.page.wait_for_url(f"**{group_path(world.group_b)}")
    assert "Vaders Oost" in await tab.text("#group-name")
    assert fewer_than_5 in await tab.text("main")
    assert await tab.count("#answers") == 0 and await tab.count("table#moderation") == 0
    assert "scheldwoord" not in await tab.text()
    await tab.shot("group-coordinator")

    # Another organisation's group: refused, and nothing of it shown.
    await tab.open(group_path(world.group_c), status=403)
    assert await tab.visible("#forbidden")
    assert "Ouders Zuid" not in await tab.text()
    await tab.shot("forbidden")

    # Signing out ends the session; the group page then asks to sign in.
    await tab.submit("form.logout button")
    assert await tab.path() == "/dashboard"
    assert await tab.visible("#signed-out")
    assert not [c for c in await tab.page.context.cookies() if c["name"] == COOKIE]
    await tab.shot("signed-out")
    await tab.open(group_path(world.group_a), status=401)
    assert await tab.visible("#signed-out")
    assert "Moeders Noord" not in await tab.text()
    tab.quiet()


async def test_arabic_pages_really_render_right_to_left(dashboard: Dashboard) -> None:
    world = dashboard.world
    tab, _ = await dashboard.sign_in(CY)
    await tab.shot("home-ar")
    await tab.open(f"/dashboard/organisations/{world.org_y}")
    assert "Buurtwerk Zuid" in await tab.text("#organisation-name")
    assert await tab.page.evaluate("() => document.documentElement.dir") == "rtl"
    assert await tab.page.evaluate("() => document.documentElement.lang") == "ar"
    direction = "(selector) => getComputedStyle(document.querySelector(selector)).direction"
    for selector in ("main", "#groups td", "#groups th"):
        assert await tab.page.evaluate(direction, selector) == "rtl", selector

    headers = tab.page.locator("#groups thead th")
    first = await headers.first.bounding_box()
    last = await headers.last.bounding_box()
    assert first is not None and last is not None
    assert first["x"] >= last["x"] + last["width"] - 1, (first, last)  # first on the right
    # The brand sits at the start of the header bar: on the right.
    brand = await tab.page.locator(".brand").bounding_box()
    assert brand is not None and brand["x"] > DESKTOP["width"] / 2, brand
    await tab.charts_drawn()
    await tab.no_sideways_scroll()
    await tab.shot("organisation-ar")

    await tab.open(group_path(world.group_c))
    assert await tab.page.evaluate(direction, "#rounds td") == "rtl"
    await tab.shot("group-ar")
    await tab.page.set_viewport_size(PHONE)
    await tab.no_sideways_scroll()
    await tab.charts_readable()
    await tab.shot("group-ar-phone")
    tab.quiet()


async def test_a_coordinator_reads_hidden_figures_as_hidden_with_one_legend(
    dashboard: Dashboard,
) -> None:
    """Issue 13: a hidden figure reads "hidden" in the tables, the chart and the CSV, with
    one legend line; no count about fewer than five parents reaches a coordinator."""
    world = dashboard.world
    nl = dashboard.catalogs.get("nl")
    word = nl.pgettext("a figure kept back", "hidden")
    legend = nl.gettext(
        "{hidden}: about fewer than 5 parents. Not shown, so that nobody can be recognised."
    ).format(hidden=word)
    tab, _ = await dashboard.sign_in(CX)

    await tab.open(f"/dashboard/organisations/{world.org_x}")
    assert await tab.count("#hidden-legend") == 1
    assert legend in await tab.text("#hidden-legend")
    # Group A has six parents and one contact request: not "1", which names one parent.
    row = tab.page.locator("#groups tbody tr", has_text="Moeders Noord")
    waiting = (await row.locator("td").nth(8).inner_text()).strip()
    assert waiting == word, waiting
    hidden_cells = tab.page.locator("#groups td .hidden-figure")
    assert await hidden_cells.count() >= 1 and await hidden_cells.first.is_visible()
    await tab.shot("organisation-hidden")

    # Group A as its coordinator sees it: two of six coming, one warning: hidden.
    await tab.open(group_path(world.group_a))
    attendance = [
        (await cell.inner_text()).strip()
        for cell in await tab.page.locator("#meetings tbody td.num").all()
    ]
    assert attendance and set(attendance) == {word}, attendance
    assert (await tab.text("#moderation")).strip().endswith(word)
    assert await tab.count("#hidden-legend") == 1

    # Group B has three parents: every week of its chart is grey stripes, explained.
    await tab.open(group_path(world.group_b))
    stripes = tab.page.locator(".digest-chart rect.hidden")
    assert await stripes.count() == 8 and await stripes.first.is_visible()
    assert await tab.count(".digest-chart rect.bar") == 0
    caption = nl.gettext("Grey stripes: {hidden} (about fewer than 5 parents).").format(hidden=word)
    assert caption in await tab.text("main")
    assert await tab.count("#hidden-legend") == 1
    await tab.shot("group-coordinator-hidden")

    # The CSV: the same word, and the legend on its last line.
    async with tab.page.expect_download() as download:
        await tab.page.locator("#export").click()
    lines = (await (await download.value).path()).read_text(encoding="utf-8").splitlines()
    cells = [cell for line in lines[1:-1] for cell in line.split(",")]
    assert word in cells and "<5" not in cells
    assert lines[-1].strip('"') == legend
    tab.quiet()

    # A facilitator of the same group sees every figure, and no legend.
    fatma, _ = await dashboard.sign_in(FA)
    await fatma.open(group_path(world.group_a))
    assert await fatma.count(".hidden-figure") == 0 and await fatma.count("#hidden-legend") == 0
    assert await fatma.count(".digest-chart rect.hidden") == 0
    fatma.quiet()


async def test_the_group_page_shows_the_next_meetings_with_who_is_coming(
    dashboard: Dashboard, sqlite_db: Database
) -> None:
    """Issue 13: a planned meeting is on the group page, with who is coming and how many
    of the six parents have not answered yet (nobody has had a reminder)."""
    world = dashboard.world
    async with sqlite_db.sessions.begin() as s:
        meeting = Meeting(
            group_id=world.group_a,
            starts_at=NOW + 2 * DAY,
            theme="talents",
            status=MeetingStatus.PLANNED,
            created_at=NOW - DAY,
        )
        s.add(meeting)
        await s.flush()
        parents = (
            await s.scalars(
                select(Member)
                .join(Membership, Membership.member_id == Member.id)
                .where(Membership.group_id == world.group_a, Membership.role == Role.PARENT)
                .order_by(Member.id)
            )
        ).all()
        s.add(Attendance(meeting_id=meeting.id, member_id=parents[0].id, answer="yes"))
        s.add(Attendance(meeting_id=meeting.id, member_id=parents[1].id, answer="maybe"))
    nl = dashboard.catalogs.get("nl")

    tab, _ = await dashboard.sign_in(FA)
    await tab.open(group_path(world.group_a))
    rows = tab.page.locator("#upcoming tbody tr")
    assert await rows.count() == 1 and await rows.first.is_visible()
    cells = [(await c.inner_text()).strip() for c in await rows.first.locator("td").all()]
    assert cells[1] == source_name(nl, Source.TALENTS)
    assert cells[2:6] == ["1", "0", "1", "4"]  # coming, not coming, not sure, no answer yet
    assert cells[6].strip("\u2068\u2069") == f"<b>Ouder{world.group_a}x0</b>"
    headers = await tab.text("#upcoming thead")
    assert nl.pgettext("dashboard column", "No answer yet") in headers
    # The meeting held last week stays in its own table.
    assert await tab.count("#meetings tbody tr") == 1
    await tab.shot("group-facilitator-upcoming")
    tab.quiet()

    # Its coordinator sees the same meeting, every count about fewer than five hidden.
    coordinator, _ = await dashboard.sign_in(CX)
    await coordinator.open(group_path(world.group_a))
    word = nl.pgettext("a figure kept back", "hidden")
    row = coordinator.page.locator("#upcoming tbody tr").first
    cells = [(await c.inner_text()).strip() for c in await row.locator("td").all()]
    assert cells[2:] == [word] * 4  # two answers, four waiting; no names column
    coordinator.quiet()


async def test_an_arabic_coordinators_csv_has_arabic_column_names(dashboard: Dashboard) -> None:
    world = dashboard.world
    ar = dashboard.catalogs.get("ar")
    tab, _ = await dashboard.sign_in(CY)
    await tab.open(f"/dashboard/organisations/{world.org_y}")
    async with tab.page.expect_download() as download:
        await tab.page.locator("#export").click()
    text = (await (await download.value).path()).read_text(encoding="utf-8")
    header = next(csv.reader(io.StringIO(text)))
    assert header[1] == ar.pgettext("csv column", "group")
    assert ar.pgettext("csv column", "average mood") in header
    assert not [h for h in header if re.search(r"[a-z]_[a-z]", h)], header  # no field codes
    tab.quiet()


async def test_the_start_up_page_speaks_the_browsers_language(artifacts_dir: Path) -> None:
    """Before Kring has started, the dashboard says so in the browser's language."""
    require_chromium()

    @dataclass
    class NotStarted:
        dashboard: None = None
        webhook_secret: str | None = None

    async with serve(create_app(NotStarted())) as base, chromium() as browser:  # type: ignore[arg-type]
        for locale, lang in (("ar-MA", "ar"), ("tr-TR", "tr"), ("es-ES", "es")):
            context = await browser.new_context(locale=locale)
            page = await context.new_page()
            response = await page.goto(base + "/dashboard")
            assert response is not None and response.status == 503
            tr = Catalogs.load().get(lang)
            shown = await page.locator("#starting").inner_text()
            assert shown == tr.gettext("Kring is starting. Try again in a minute.")
            assert await page.evaluate("() => document.documentElement.lang") == lang
            await page.screenshot(path=str(artifacts_dir / f"dashboard-starting-{lang}.png"))
            await context.close()
