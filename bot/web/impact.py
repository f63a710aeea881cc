"""The impact report on the dashboard (issue 16): the page, its CSV and a print-ready page.

Routes (each checks the session and the viewer's role on every request):

- `GET /dashboard/impact`                                     what this person may open
- `GET /dashboard/impact/organisations/{id}`                  the organisation's coordinators
- `GET /dashboard/impact/organisations/{id}/print`            the same, ready to print
- `GET /dashboard/impact/organisations/{id}/impact.csv`       the same figures as CSV
- `GET /dashboard/impact/groups/{id}` (`/print`, `/impact.csv`) the group's facilitators and
                                                              its organisation's coordinators
- `GET /dashboard/impact/projects/{id}` (`/print`, `/impact.csv`) the coordinators of the
                                                              project's organisations: all
                                                              their groups together, and a
                                                              row per organisation
- `GET /dashboard/static/impact.css`                          the page's (and print) style

Figures only: a figure about fewer than five parents is the hidden word, and no name or
parent's words is on any of these pages. Words come from `bot.render.impact_report`; the
template only lays them out. Sign-in, the cookie and the language are the dashboard's.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from bot.charts import svg_impact_chart
from bot.config import SUPPORTED_LOCALES
from bot.i18n import Translator, strip_bidi
from bot.render import impact_report as words
from bot.render.impact_report import Section
from bot.web.dashboard import COOKIE, SECURITY_HEADERS, DashboardSite
from storage.dashboard import Viewer
from storage.dashboard_data import GroupAccess
from storage.digest_stats import Hidden
from storage.impact import ImpactService
from storage.impact_stats import ImpactReport, Participation

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC_CSS = Path(__file__).resolve().parent / "static" / "impact.css"
_ENV = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def install_impact(app: FastAPI, runtime: Any) -> None:
    """Add the impact report's routes; `runtime` gives the dashboard's parts and the
    database once started (until then the pages answer 503)."""

    def parts() -> tuple[DashboardSite, ImpactService] | None:
        site = getattr(runtime, "dashboard", None)
        sessions = getattr(runtime, "sessions", None)
        if site is None or sessions is None:
            return None
        return site, ImpactService(sessions)

    async def viewer_of(request: Request, site: DashboardSite) -> tuple[Viewer | None, Translator]:
        viewer = await site.auth.viewer(request.cookies.get(COOKIE))
        tr = site.catalogs.resolve(viewer.locale if viewer else None, _browser_locale(request))
        return viewer, tr

    @app.get("/dashboard/static/impact.css")
    async def stylesheet() -> Response:
        return Response(
            STATIC_CSS.read_bytes(),
            media_type="text/css",
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    async def signed_in(
        request: Request,
    ) -> tuple[DashboardSite, ImpactService, Viewer | None, Translator]:
        """The running parts and who is asking (raises `_Starting` while Kring starts)."""
        found = parts()
        if found is None:
            raise _Starting
        site, service = found
        viewer, tr = await viewer_of(request, site)
        return site, service, viewer, tr

    @app.get("/dashboard/impact")
    async def index(request: Request) -> Response:
        found = parts()
        if found is None:
            return _starting()
        site, service = found
        viewer, tr = await viewer_of(request, site)
        if viewer is None:
            return _refuse(tr, None)
        organisations, groups = await site.auth.index(viewer)
        readable = [
            (g, strip_bidi(name)) for g, name, access in groups if _may_read(viewer, g, access)
        ]
        shown = [(o, strip_bidi(name)) for o, name in organisations]
        projects = [
            (p, strip_bidi(name)) for p, name in await service.projects_of(viewer.coordinator_of)
        ]
        return _page(tr, "impact_index.html", viewer, organisations=shown, groups=readable,
                     projects=projects)  # fmt: skip

    async def organisation_sections(
        request: Request, organisation_id: int
    ) -> tuple[Translator, Viewer | None, list[Section] | None]:
        site, service, viewer, tr = await signed_in(request)
        if viewer is None or not viewer.can_view_organisation(organisation_id):
            return tr, viewer, None
        organisations, groups = await site.auth.index(viewer)
        names = {g: name for g, name, _ in groups}
        title = dict(organisations).get(organisation_id, "")
        report = await service.organisation_report(organisation_id)
        sections = [Section(title, None, report.organisation)] + [
            Section(names.get(g.group_id or 0, "?"), g.group_id, g) for g in report.groups
        ]
        return tr, viewer, sections

    async def group_sections(
        request: Request, group_id: int
    ) -> tuple[Translator, Viewer | None, list[Section] | None]:
        site, service, viewer, tr = await signed_in(request)
        if viewer is None:
            return tr, viewer, None
        organisation_id = viewer.group_organisations.get(group_id)
        if organisation_id is None:
            organisation_id = await site.auth.organisation_of(group_id)
        access = (
            viewer.group_access(group_id, organisation_id) if organisation_id is not None else None
        )
        if access is None or not _may_read(viewer, group_id, access):
            return tr, viewer, None
        _, groups = await site.auth.index(viewer)
        name = next((n for g, n, _ in groups if g == group_id), "?")
        return tr, viewer, [Section(name, group_id, await service.group_report(group_id))]

    async def project_sections(
        request: Request, project_id: int
    ) -> tuple[Translator, Viewer | None, list[Section] | None]:
        _, service, viewer, tr = await signed_in(request)
        if viewer is None:
            return tr, viewer, None
        names = await service.project_organisations(project_id)
        if not set(names) & viewer.coordinator_of:
            return tr, viewer, None  # only the coordinators of its organisations
        title = dict(await service.projects_of(viewer.coordinator_of)).get(project_id, "")
        report = await service.project_report(project_id)
        sections = [Section(title, None, report.project)] + [
            Section(names.get(o.group_id or 0, "?"), o.group_id, o) for o in report.organisations
        ]
        return tr, viewer, sections

    @app.exception_handler(_Starting)
    async def starting(_: Request, __: Exception) -> Response:
        return _starting()

    def html_route(path: str, load: Any, printable: bool) -> None:
        async def route(request: Request, item_id: int) -> Response:
            tr, viewer, sections = await load(request, item_id)
            if sections is None:
                return _refuse(tr, viewer)
            found = parts()
            zone = found[0].timezone if found else "Europe/Amsterdam"
            project = load is project_sections
            return _report_page(tr, viewer, sections, request.url.path, printable, zone, project)

        app.add_api_route(path, route, methods=["GET"])

    def csv_route(path: str, load: Any, filename: str) -> None:
        async def route(request: Request, item_id: int) -> Response:
            tr, viewer, sections = await load(request, item_id)
            if sections is None:
                return _refuse(tr, viewer)
            return _csv(tr, sections, filename.format(id=item_id), load is project_sections)

        app.add_api_route(path, route, methods=["GET"])

    for kind, load in (
        ("organisations", organisation_sections),
        ("groups", group_sections),
        ("projects", project_sections),
    ):
        base = f"/dashboard/impact/{kind}/{{item_id}}"
        html_route(base, load, printable=False)
        html_route(base + "/print", load, printable=True)
        csv_route(base + "/impact.csv", load, f"kring-impact-{kind[:-1]}-{{id}}.csv")


class _Starting(Exception):
    """The bot has not started yet (no database, no catalogs)."""


def _may_read(viewer: Viewer, group_id: int, access: GroupAccess) -> bool:
    """Facilitators read their own groups' report, coordinators their organisation's
    groups'; a volunteer (and nobody else) does not."""
    if group_id in viewer.facilitator_of:
        return True
    organisation_id = viewer.group_organisations.get(group_id)
    if access is GroupAccess.FIGURES:
        return True  # a coordinator of the group's organisation
    return organisation_id is not None and organisation_id in viewer.coordinator_of


def _browser_locale(request: Request) -> str | None:
    """The first supported language the browser asks for (Accept-Language)."""
    for part in request.headers.get("accept-language", "").split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in SUPPORTED_LOCALES:
            return code
    return None


def _participation(sections: list[Section]) -> tuple[Participation, ...]:
    """The first section's participation (the organisation's, or the one group's)."""
    if not sections:
        return ()
    return sections[0].report.participation


def _page(tr: Translator, name: str, viewer: Viewer | None, status: int = 200,
          **context: Any) -> HTMLResponse:  # fmt: skip
    return HTMLResponse(
        _html(tr, name, viewer, **context), status_code=status, headers=SECURITY_HEADERS
    )


def _html(tr: Translator, name: str, viewer: Viewer | None,
          participation: tuple[Participation, ...] = (), zone: str = "Europe/Amsterdam",
          **context: Any) -> str:  # fmt: skip
    today = datetime.now(UTC).astimezone(ZoneInfo(zone)).date()
    return _ENV.get_template(name).render(
        lang=tr.locale,
        dir="rtl" if tr.rtl else "ltr",
        viewer=viewer,
        words=words.page_words(tr, participation, today),
        **context,
    )


def _report_page(tr: Translator, viewer: Viewer | None, sections: list[Section], path: str,
                 printable: bool, zone: str, project: bool = False) -> HTMLResponse:  # fmt: skip
    html = report_html(tr, viewer, sections, path.removesuffix("/print"), printable, zone,
                       project)  # fmt: skip
    return HTMLResponse(html, headers=SECURITY_HEADERS)


def report_html(tr: Translator, viewer: Viewer | None, sections: list[Section], base: str,
                printable: bool = False, zone: str = "Europe/Amsterdam",
                project: bool = False) -> str:  # fmt: skip
    """The report page's HTML (also what bench/impact.py times). In a project's report
    the rows after the first section are its organisations, linked for their own
    coordinators only."""
    # The first section in full (the organisation's, or the one group's); an organisation's
    # groups follow compactly, a row each, linked to their own page.
    view = words.section_view(tr, sections[0])
    groups = words.group_tables(tr, sections[1:])
    has_report = len(sections) > 1 or _has_figures(sections[0].report)
    hidden = any(
        cell.hidden
        for cells in [
            *(c for _, *c in view.participation),
            *([r.parents, r.mean_before, r.mean_after, r.improved, r.same, r.fell]
              for t in view.tables for r in t.rows),
            *(r.cells for t in groups for r in t.rows),
        ]
        for cell in cells
    )  # fmt: skip
    return _html(tr, "impact.html", viewer, participation=_participation(sections), zone=zone,
                 section=view, several=len(sections) > 1, group_tables=groups,
                 printable=printable, base=base, hidden=hidden, has_report=has_report,
                 chart=_chart(tr, sections[0], view), project=project,
                 linked=viewer.coordinator_of if viewer else frozenset())  # fmt: skip


def _chart(tr: Translator, section: Section, view: words.SectionView) -> tuple[Markup, list[str]]:
    """A section's chart (inline SVG, its figures are in the tables below) and legend."""
    lines = words.chart_lines(section.report)
    svg = svg_impact_chart(
        lines, words.source_labels(tr), rtl=tr.rtl, title_id=f"title-{_section_id(view)}",
        hidden_title=words.hidden_legend(tr),
    )  # fmt: skip
    return Markup(svg), words.chart_legend(tr, lines)


def _section_id(view: words.SectionView) -> str:
    return "organisation" if view.group_id is None else f"group-{view.group_id}"


def _has_figures(report: ImpactReport) -> bool:
    """Whether any parent was asked in this report (else it says there is nothing yet)."""
    return any(not isinstance(p.asked, Hidden) for p in report.participation) or any(
        isinstance(c.parents, int) for c in report.changes
    )


def _refuse(tr: Translator, viewer: Viewer | None) -> HTMLResponse:
    if viewer is None:
        return _page(tr, "impact_refused.html", None, status=401, signed_in=False)
    return _page(tr, "impact_refused.html", viewer, status=403, signed_in=True)


def _starting() -> HTMLResponse:
    return HTMLResponse(
        '<!doctype html><html><head><meta charset="utf-8"><title>Kring</title></head>'
        '<body><p id="starting">Kring …</p></body></html>',
        status_code=503,
        headers=SECURITY_HEADERS,
    )


def report_csv(tr: Translator, sections: list[Section], project: bool = False) -> str:
    """The report's CSV text (also what bench/impact.py times)."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in words.csv_blocks(tr, sections, project):
        writer.writerow([words.safe_cell(cell) for cell in row])
    return out.getvalue()


def _csv(tr: Translator, sections: list[Section], filename: str, project: bool) -> Response:
    return Response(
        report_csv(tr, sections, project),
        media_type="text/csv; charset=utf-8",
        headers={**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'},
    )
