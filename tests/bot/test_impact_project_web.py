"""A project's impact report on the dashboard (issue 16), on SQLite and PostgreSQL: the
coordinators of its organisations open it beside their organisation's, with its CSV and
print-ready page; everyone else is refused; its figures are the storage report's, small
numbers hidden."""

from __future__ import annotations

from bot.render.impact_report import moment_name, source_label
from storage.community import CommunityService
from storage.impact_stats import END, FOLLOW_UP, INTAKE
from tests.bot.test_impact_web import Site, expected_cells, read_csv, site  # noqa: F401
from tests.dashboard_world import CX, CY, FA

CZ = 7_000_000_099  # a coordinator of an organisation outside the project


async def test_the_coordinators_of_its_organisations_read_the_project_and_its_csv(
    site: Site,  # noqa: F811
) -> None:
    world, nl = site.world, site.catalogs.get("nl")
    project, _ = await site.reports.add_to_project("Krachtige Gezinnen", str(world.org_x))
    await site.reports.add_to_project("Krachtige Gezinnen", str(world.org_y))
    await CommunityService(site.db.sessions).add_coordinator("Buurtwerk Oost", CZ)
    path = f"/dashboard/impact/projects/{project}"

    coordinator = await site.sign_in(CX)
    index = await coordinator.get("/dashboard/impact")
    assert f'href="{path}"' in index.text and "Krachtige Gezinnen" in index.text
    page = await coordinator.get(path)
    assert page.status_code == 200
    assert nl.gettext("All organisations of the project together") in page.text
    assert "Buurtwerk Zuid" in page.text  # the other organisation's row, figures only
    # Her own organisation's row opens its page; the other's is not a link for her.
    assert f'href="/dashboard/impact/organisations/{world.org_x}"' in page.text
    assert f'href="/dashboard/impact/organisations/{world.org_y}"' not in page.text
    assert "Moeders Noord" not in page.text  # no group of either organisation
    assert (await coordinator.get(path + "/print")).status_code == 200

    response = await coordinator.get(path + "/impact.csv")
    assert response.status_code == 200
    assert f"kring-impact-project-{project}.csv" in response.headers["content-disposition"]
    changes, participation, legend = read_csv(response.text)
    assert changes[0][:2] == [nl.pgettext("csv column", "organisation number"),
                              nl.pgettext("csv column", "organisation")]  # fmt: skip
    report = await site.reports.project_report(project)
    sections = {"": report.project} | {str(o.group_id): o for o in report.organisations}
    seen: dict[str, dict[tuple[str, str, str], list[str]]] = {}
    for row in changes[1:]:
        seen.setdefault(row[0], {})[(row[2], row[3], row[4])] = row[5:]
    assert seen.keys() == {"", str(world.org_x), str(world.org_y)}
    for key, figures in sections.items():
        assert seen[key] == expected_cells(nl, figures), key
    # 15 + 5 parents in X and 8 in Y, intake to the end; a year after, group B's three
    # hide X's figure, while the project's seventeen (6 + 3 + 8) give nobody away.
    stress = (source_label(nl, "stress"), moment_name(nl, INTAKE), moment_name(nl, END))
    assert seen[""][stress][0] == "28"
    later = (source_label(nl, "stress"), moment_name(nl, INTAKE), moment_name(nl, FOLLOW_UP))
    hidden = nl.pgettext("a figure kept back", "hidden")
    assert seen[str(world.org_x)][later][0] == hidden
    assert seen[""][later][0] == "17" and seen[str(world.org_y)][later][0] == "8"
    assert participation and legend and hidden in legend[0][0]

    # The other organisation's coordinator reads it too, in Arabic.
    arabic = await site.sign_in(CY)
    assert (await arabic.get(path)).status_code == 200

    # Someone outside the project, or a facilitator, is refused everywhere.
    for person in (CZ, FA):
        browser = await site.sign_in(person)
        assert f'href="{path}"' not in (await browser.get("/dashboard/impact")).text
        for suffix in ("", "/print", "/impact.csv"):
            refused = await browser.get(path + suffix)
            assert refused.status_code == 403 and "Krachtige" not in refused.text
            assert "Buurtwerk Zuid" not in refused.text
