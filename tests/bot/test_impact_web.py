"""The impact report on the dashboard (issue 16) through the ASGI app, on SQLite and
PostgreSQL: who may open which report, what it shows and never shows, the CSV against the
storage report, the print-ready page with its method note, language and direction."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import httpx
import pytest
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.i18n import Catalogs, Translator
from bot.render.impact_report import moment_name, source_label
from bot.web.app import create_app
from bot.web.dashboard import DashboardSite
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dashboard_data import DashboardData
from storage.digest_stats import Hidden
from storage.impact import ImpactService
from storage.impact_stats import END, FOLLOW_UP, INTAKE, ImpactReport
from tests.clock import Clock
from tests.conftest import Database
from tests.dashboard_world import CX, CY, FA, FB, NOW, VA, World, build_world
from tests.harness import TEST_SECRET
from tests.impact_dashboard_world import add_impact

BASE = "https://kring.example.org"


@dataclass
class Runtime:
    """What create_app needs: the dashboard's parts and the database; no webhook."""

    dashboard: DashboardSite
    sessions: async_sessionmaker[AsyncSession]
    webhook_secret: str | None = None

    @property
    def intake(self) -> Any:
        raise AssertionError("no webhook in these tests")

    async def database_ok(self) -> bool:
        return True


@dataclass
class Site:
    world: World
    auth: DashboardAuth
    client: httpx.AsyncClient
    db: Database
    catalogs: Catalogs

    async def sign_in(self, telegram_id: int) -> httpx.AsyncClient:
        token = await self.auth.create_link(telegram_id)
        assert token is not None
        browser = httpx.AsyncClient(transport=self.client._transport, base_url=BASE)
        response = await browser.post("/dashboard/login", data={"token": token})
        assert response.status_code == 303, response.text
        return browser

    @property
    def reports(self) -> ImpactService:
        return ImpactService(self.db.sessions)


@pytest.fixture
async def site(db: Database) -> AsyncIterator[Site]:
    world = await build_world(db, locales={CY: "ar"})
    await add_impact(db, world)
    clock = Clock(NOW)
    auth = DashboardAuth(db.sessions, clock)
    catalogs = Catalogs.load("nl")
    dashboard = DashboardSite(
        catalogs=catalogs,
        auth=auth,
        data=DashboardData(db.sessions, AnswerCipher(TEST_SECRET), clock),
    )
    app = create_app(Runtime(dashboard, db.sessions))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield Site(world, auth, client, db, catalogs)


def org_path(organisation_id: int) -> str:
    return f"/dashboard/impact/organisations/{organisation_id}"


def group_path(group_id: int) -> str:
    return f"/dashboard/impact/groups/{group_id}"


def read_csv(text: str) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """The CSV's blocks: the changes, the participation, and what follows (the legend)."""
    rows = list(csv.reader(io.StringIO(text)))
    blocks: list[list[list[str]]] = [[]]
    for row in rows:
        if row:
            blocks[-1].append(row)
        else:
            blocks.append([])
    while len(blocks) < 3:
        blocks.append([])
    return blocks[0], blocks[1], blocks[2]


def expected_cells(tr: Translator, report: ImpactReport) -> dict[tuple[str, str, str], list[str]]:
    """What the CSV must say for each change of `report`, by (source, from, to) names."""
    hidden = tr.pgettext("a figure kept back", "hidden")

    def value(v: Any, scale: float = 1.0, digits: int = 2) -> str:
        if isinstance(v, Hidden):
            return hidden
        if isinstance(v, int):
            return str(v)
        return f"{v * scale:.{digits}f}"

    return {
        (source_label(tr, c.source), moment_name(tr, c.before), moment_name(tr, c.after)): [
            value(c.parents), value(c.mean_before), value(c.mean_after),
            *(value(s, 100.0, 1) for s in (c.improved, c.same, c.fell)),
        ]
        for c in report.changes
    }  # fmt: skip


async def test_who_may_open_which_report(site: Site) -> None:
    world = site.world
    anonymous = await site.client.get(org_path(world.org_x))
    assert anonymous.status_code == 401 and 'id="signed-out"' in anonymous.text
    assert (await site.client.get(group_path(world.group_a) + "/impact.csv")).status_code == 401

    coordinator = await site.sign_in(CX)
    index = await coordinator.get("/dashboard/impact")
    assert index.status_code == 200
    assert f'href="{org_path(world.org_x)}"' in index.text
    assert f'href="{group_path(world.group_a)}"' in index.text
    assert f'href="{group_path(world.group_b)}"' in index.text
    assert f'href="{org_path(world.org_y)}"' not in index.text
    assert f'href="{group_path(world.group_c)}"' not in index.text
    for path in (org_path(world.org_x), group_path(world.group_b)):
        for suffix in ("", "/print", "/impact.csv"):
            assert (await coordinator.get(path + suffix)).status_code == 200, path + suffix
    for path in (org_path(world.org_y), group_path(world.group_c)):
        for suffix in ("", "/print", "/impact.csv"):
            refused = await coordinator.get(path + suffix)
            assert refused.status_code == 403 and "Ouders Zuid" not in refused.text

    facilitator = await site.sign_in(FA)
    index = await facilitator.get("/dashboard/impact")
    assert f'href="{group_path(world.group_a)}"' in index.text
    assert "/dashboard/impact/organisations/" not in index.text
    assert (await facilitator.get(group_path(world.group_a))).status_code == 200
    assert (await facilitator.get(group_path(world.group_b))).status_code == 403
    assert (await facilitator.get(org_path(world.org_x))).status_code == 403

    # A volunteer (an experience expert with fewer rights) reads no impact report.
    volunteer = await site.sign_in(VA)
    index = await volunteer.get("/dashboard/impact")
    assert f'href="{group_path(world.group_a)}"' not in index.text
    assert (await volunteer.get(group_path(world.group_a))).status_code == 403


async def test_the_organisation_page_shows_figures_never_names_and_hides_small_ones(
    site: Site,
) -> None:
    world, nl = site.world, site.catalogs.get("nl")
    coordinator = await site.sign_in(CX)
    page = await coordinator.get(org_path(world.org_x))
    assert page.status_code == 200
    html = page.text
    assert 'lang="nl" dir="ltr"' in html
    assert nl.gettext("Impact over the years") in html
    assert "Moeders Noord" in html and "Vaders Oost" in html and "Ouders Zuid" not in html
    for name in world.names:
        assert name not in html
    for said in world.words:
        assert said not in html
    # Each group a row: from intake to the end, group A's fifteen parents went from 2,4 to
    # 3,1 on every source; a year later only three of group B answered: hidden, and the
    # organisation's change too (beside group A's six it would give them away).
    hidden = nl.pgettext("a figure kept back", "hidden")
    groups = html.split('id="impact-groups"')[1].split("</section>")[0]
    to_the_end, a_year_later = groups.split("</table>")[:2]

    def cells(table: str, group_id: int) -> list[str]:
        row = table.split(f'data-group="{group_id}"')[1].split("</tr>")[0]
        return [c.split("</td>")[0] for c in row.split('<td class="num">')[1:]]

    assert cells(to_the_end, world.group_a) == ["2,4 → 3,1 (15)"] * 6
    assert cells(to_the_end, world.group_b) == ["2,2 → 2,8 (5)"] * 6
    assert cells(a_year_later, world.group_b) == [f'<i class="hidden-figure">{hidden}</i>'] * 6
    assert f'href="{group_path(world.group_a)}"' in groups
    report = await site.reports.organisation_report(world.org_x)
    assert isinstance(report.organisation.change("identity", INTAKE, FOLLOW_UP).parents, Hidden)
    total = html.split('id="impact-organisation"')[1].split("</section>")[0]
    assert hidden in total.split("</table>")[2]  # intake to a year later
    # A group's own page: every figure. Intake to the end, identity: 15 parents, 2,4 -> 3,1,
    # 67 % improved, 33 % the same, none fell.
    page_a = (await coordinator.get(group_path(world.group_a))).text
    section = page_a.split(f'id="impact-group-{world.group_a}"')[1].split("</section>")[0]
    identity = source_label(nl, "identity")
    row = section.split(f'<th scope="row">{identity}</th>')[1].split("</tr>")[0]
    found = [c.split("</td>")[0] for c in row.split('<td class="num">')[1:]]
    assert found == ["15", "2,4", "3,1", "67%", "33%", "0%"]
    assert 'id="hidden-legend"' in html
    # The method note: who was asked when, how many answered, "paired", self-assessment.
    method = html.split('id="method"')[1]
    for words in (
        "Wie werd gevraagd, en wanneer",
        "Gepaard: een verandering telt alleen de ouders die dezelfde vraag op beide momenten",
        "Dit is zelfbeoordeling",
        "geen gevalideerde schaal",
    ):
        assert words in method, words
    assert "20 ouders gevraagd, 20 antwoordden" in method  # at intake: groups A and B


async def test_the_csv_holds_the_same_figures_as_the_storage_report(site: Site) -> None:
    world, nl = site.world, site.catalogs.get("nl")
    coordinator = await site.sign_in(CX)
    response = await coordinator.get(org_path(world.org_x) + "/impact.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert f"kring-impact-organisation-{world.org_x}.csv" in response.headers["content-disposition"]
    changes, participation, legend = read_csv(response.text)
    assert changes[0][:3] == [
        nl.pgettext("csv column", "group number"),
        nl.pgettext("csv column", "group"),
        nl.pgettext("csv column", "source of strength"),
    ]
    report = await site.reports.organisation_report(world.org_x)
    sections = {"": report.organisation} | {str(g.group_id): g for g in report.groups}
    seen: dict[str, dict[tuple[str, str, str], list[str]]] = {}
    for row in changes[1:]:
        seen.setdefault(row[0], {})[(row[2], row[3], row[4])] = row[5:]
    assert seen.keys() == sections.keys()
    for key, figures in sections.items():
        assert seen[key] == expected_cells(nl, figures), key
    assert seen[str(world.group_a)][(source_label(nl, "stress"), moment_name(nl, INTAKE),
                                     moment_name(nl, END))] == [
        "15", "2.40", "3.07", "66.7", "33.3", "0.0"
    ]  # fmt: skip
    # Participation: per group and moment, asked and answered.
    asked = {(row[0], row[2]): row[3:] for row in participation[1:]}
    assert asked[(str(world.group_a), moment_name(nl, FOLLOW_UP))] == ["6", "6"]
    hidden = nl.pgettext("a figure kept back", "hidden")
    assert asked[(str(world.group_b), moment_name(nl, FOLLOW_UP))] == [hidden, hidden]
    assert legend and hidden in legend[0][0]


async def test_a_facilitator_reads_her_group_and_the_print_ready_page(site: Site) -> None:
    world = site.world
    facilitator = await site.sign_in(FB)  # Bram, group B: five parents, three a year later
    page = await facilitator.get(group_path(world.group_b) + "/print")
    assert page.status_code == 200
    assert 'class="impact printable"' in page.text
    assert 'id="method"' in page.text and 'id="impact-print"' not in page.text
    csv_text = (await facilitator.get(group_path(world.group_b) + "/impact.csv")).text
    changes, _, _ = read_csv(csv_text)
    report = await site.reports.group_report(world.group_b)
    nl = site.catalogs.get("nl")
    assert {(r[2], r[3], r[4]): r[5:] for r in changes[1:]} == expected_cells(nl, report)
    assert {r[0] for r in changes[1:]} == {str(world.group_b)}


async def test_in_arabic_the_page_reads_right_to_left(site: Site) -> None:
    world = site.world
    ar = site.catalogs.get("ar")
    coordinator = await site.sign_in(CY)
    page = await coordinator.get(org_path(world.org_y))
    assert page.status_code == 200
    assert 'lang="ar" dir="rtl"' in page.text
    assert ar.gettext("Impact over the years") in page.text
    assert source_label(ar, "belonging") in page.text
    assert "Ouders Zuid" in page.text and "Moeders Noord" not in page.text
    csv_text = (await coordinator.get(org_path(world.org_y) + "/impact.csv")).text
    changes, _, _ = read_csv(csv_text)
    assert changes[0][2] == ar.pgettext("csv column", "source of strength")
