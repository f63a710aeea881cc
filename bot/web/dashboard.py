"""The web dashboard: server-rendered pages for facilitators and coordinators.

Routes (every one checks the session and the viewer's role on each request):

- `GET  /dashboard`                                  home: what this person may open
- `GET  /dashboard/login?token=…`                    a page with one button to sign in
- `POST /dashboard/login`                            use the one-time token, set the cookie
- `POST /dashboard/logout`                           end the session
- `GET  /dashboard/organisations/{id}`               coordinators of that organisation
- `GET  /dashboard/organisations/{id}/export.csv`    the same figures as CSV
- `GET  /dashboard/groups/{id}`                      facilitators and volunteers of the
                                                     group; its organisation's coordinators
- `GET  /dashboard/groups/{id}/export.csv`           the figures that person may see
- `GET  /dashboard/static/kring.css`                 the style sheet

Signing in takes a POST on purpose: link previews and mail scanners fetch links with GET,
and must not use up the one-time token. Pages are in the viewer's language (their Kring
language, else the browser's), right-to-left for Arabic, and carry no script at all.
"""

from __future__ import annotations

import csv
import io
import logging
import time
from collections import deque
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from babel.dates import format_date
from fastapi import FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from bot.charts import (
    ChartPoint,
    has_hidden,
    points_from_coordinator,
    points_from_weeks,
    svg_chart,
    svg_source_chart,
)
from bot.config import SUPPORTED_LOCALES
from bot.i18n import Catalogs, Translator
from bot.render.dashboard import Page, csv_headers, source_label, starting_page
from bot.render.digest_text import attention_label, chart_caption, hidden_legend, hidden_word
from bot.render.moderation_log import action_label
from storage.dashboard import DashboardAuth, Viewer
from storage.dashboard_data import HIDDEN_TEXT, DashboardData, GroupAccess, SourceSeries
from storage.digest_stats import (
    HIDDEN,
    Attention,
    CoordinatorGroup,
    GroupFigures,
    Hidden,
    WeekFigures,
    mood_mean,
    mood_trend,
    needs_attention,
    response_rate,
    response_trend,
)

log = logging.getLogger(__name__)

COOKIE = "kring_session"
TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC_CSS = Path(__file__).resolve().parent / "static" / "kring.css"
MAX_FORM_BYTES = 4096
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'self'; img-src 'self' data:; "
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",  # the sign-in token must not leak in a Referer
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


@dataclass
class DashboardSite:
    """What the dashboard's routes need from the running bot."""

    catalogs: Catalogs
    auth: DashboardAuth
    data: DashboardData
    secure_cookie: bool = True
    timezone: str = "Europe/Amsterdam"  # times on the pages (KRING_TIMEZONE)
    public_url: str = ""  # where people reach the dashboard (KRING_PUBLIC_URL)


def cross_site(request: Request, public_url: str = "") -> bool:
    """Whether a state-changing request came from another site's page (CSRF).

    Browsers say so in `Sec-Fetch-Site`; older ones send `Origin` with a POST, which must
    name this server (as the browser reached it, or KRING_PUBLIC_URL behind a proxy). A
    request with neither header does not come from a browser's page, so it is no CSRF.
    """
    fetch_site = request.headers.get("sec-fetch-site")
    if fetch_site is not None:
        return fetch_site.lower() not in ("same-origin", "none")
    origin = request.headers.get("origin")
    if origin is None:
        return False
    allowed = {request.headers.get("host", "")}
    if public_url:
        allowed.add(urlsplit(public_url).netloc)
    return origin == "null" or urlsplit(origin).netloc not in allowed


class SignInThrottle:
    """Failed sign-ins per address: after `limit` in `window_s` seconds, that address waits
    until the oldest failure leaves the window. Tokens are long and random, so this stops
    noise and guessing, never a person with a real link (one try is enough)."""

    def __init__(self, limit: int = 10, window_s: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:  # fmt: skip
        self.limit = limit
        self.window_s = window_s
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, address: str) -> deque[float]:
        now = self._clock()
        failures = self._failures.get(address, deque())
        while failures and failures[0] <= now - self.window_s:
            failures.popleft()
        if not failures:
            self._failures.pop(address, None)
        return failures

    def blocked(self, address: str) -> bool:
        """Whether this address has failed too often lately."""
        return len(self._recent(address)) >= self.limit

    def failed(self, address: str) -> None:
        """Count a failed sign-in."""
        if len(self._failures) > 10_000:  # many addresses: forget the quiet ones
            for quiet in [a for a in self._failures if not self._recent(a)]:
                self._failures.pop(quiet, None)
        self._failures.setdefault(address, deque()).append(self._clock())


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env


_ENV = _environment()


def _render(
    site: DashboardSite | None,
    tr: Translator,
    name: str,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    template = _ENV.get_template(name)
    legend = bool(context.pop("charts_hidden", False))
    while True:
        page = Page(tr, site.timezone if site is not None else "Europe/Amsterdam")
        html = template.render(
            page=page,
            gettext=page.gettext,
            ngettext=page.ngettext,
            pgettext=page.pgettext,
            legend=legend,
            **context,
        )
        if legend or not page.used_hidden:
            break
        legend = True  # the mark appeared: render again with its legend line on top
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def _browser_locale(request: Request) -> str | None:
    """The first supported language the browser asks for (Accept-Language)."""
    header = request.headers.get("accept-language", "")
    for part in header.split(","):
        code = part.split(";")[0].strip().lower().split("-")[0]
        if code in SUPPORTED_LOCALES:
            return code
    return None


def install_dashboard(app: FastAPI, get_site: Callable[[], DashboardSite | None]) -> None:
    """Add the dashboard's routes to `app`; `get_site` gives the parts once started."""

    async def context_for(request: Request) -> tuple[DashboardSite, Viewer | None, Translator]:
        site = get_site()
        if site is None:
            raise _Unavailable
        viewer = await site.auth.viewer(request.cookies.get(COOKIE))
        tr = site.catalogs.resolve(viewer.locale if viewer else None, _browser_locale(request))
        return site, viewer, tr

    def refuse(site: DashboardSite, tr: Translator, viewer: Viewer | None) -> HTMLResponse:
        if viewer is None:
            return _render(site, tr, "signed_out.html", status=401, viewer=None)
        return _render(site, tr, "forbidden.html", status=403, viewer=viewer)

    starting: list[Catalogs] = []  # loaded at the first request that finds Kring starting

    @app.exception_handler(_Unavailable)
    async def unavailable(request: Request, __: Exception) -> Response:
        """A short page in the browser's language while the bot is still starting."""
        if not starting:
            starting.append(Catalogs.load())
        tr = starting[0].resolve(_browser_locale(request))
        page = starting_page(tr)
        return HTMLResponse(page, status_code=503, headers=SECURITY_HEADERS)

    @app.get("/dashboard/static/kring.css")
    async def stylesheet() -> Response:
        return Response(
            STATIC_CSS.read_bytes(),
            media_type="text/css",
            headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"},
        )

    @app.get("/dashboard")
    async def home(request: Request) -> Response:
        site, viewer, tr = await context_for(request)
        if viewer is None:
            return _render(site, tr, "signed_out.html", status=200, viewer=None)
        organisations, groups = await site.auth.index(viewer)
        return _render(site, tr, "home.html", viewer=viewer, organisations=organisations,
                       groups=groups, access=GroupAccess)  # fmt: skip

    @app.get("/dashboard/login")
    async def login_page(request: Request, token: str = "") -> Response:
        site, _, tr = await context_for(request)
        return _render(site, tr, "login.html", viewer=None, token=token[:200])

    throttle = SignInThrottle()

    @app.post("/dashboard/login")
    async def login(request: Request) -> Response:
        site, _, tr = await context_for(request)
        if cross_site(request, site.public_url):
            log.warning("refused a cross-site sign-in")
            return _render(site, tr, "forbidden.html", status=403, viewer=None)
        address = request.client.host if request.client else "?"
        if throttle.blocked(address):
            return _render(site, tr, "link_invalid.html", status=429, viewer=None)
        form = await _form(request)
        token = form.get("token", "")
        session_token = await site.auth.redeem(token) if token else None
        if session_token is None:
            throttle.failed(address)
            return _render(site, tr, "link_invalid.html", status=400, viewer=None)
        response = RedirectResponse("/dashboard", status_code=303, headers=SECURITY_HEADERS)
        response.set_cookie(
            COOKIE,
            session_token,
            max_age=int(site.auth.session_ttl.total_seconds()),
            path="/dashboard",
            httponly=True,
            samesite="lax",
            secure=site.secure_cookie,
        )
        return response

    @app.post("/dashboard/logout")
    async def logout(request: Request) -> Response:
        site, _, tr = await context_for(request)
        if cross_site(request, site.public_url):
            return _render(site, tr, "forbidden.html", status=403, viewer=None)
        await site.auth.logout(request.cookies.get(COOKIE))
        response = RedirectResponse("/dashboard", status_code=303, headers=SECURITY_HEADERS)
        response.delete_cookie(
            COOKIE, path="/dashboard", httponly=True, samesite="lax", secure=site.secure_cookie
        )
        return response

    @app.get("/dashboard/organisations/{organisation_id}")
    async def organisation(request: Request, organisation_id: int) -> Response:
        site, viewer, tr = await context_for(request)
        if viewer is None or not viewer.can_view_organisation(organisation_id):
            return refuse(site, tr, viewer)
        page = await site.data.organisation_page(organisation_id)
        if page is None:
            return refuse(site, tr, viewer)
        return _render(
            site, tr, "organisation.html", viewer=viewer, data=page, **page_context(page, tr)
        )

    @app.get("/dashboard/organisations/{organisation_id}/export.csv")
    async def organisation_csv(request: Request, organisation_id: int) -> Response:
        site, viewer, tr = await context_for(request)
        if viewer is None or not viewer.can_view_organisation(organisation_id):
            return refuse(site, tr, viewer)
        rows = await site.data.export_rows(organisation_id, (), GroupAccess.FIGURES)
        return _csv(rows, f"kring-organisation-{organisation_id}.csv", tr)

    @app.get("/dashboard/groups/{group_id}")
    async def group(request: Request, group_id: int) -> Response:
        site, viewer, tr = await context_for(request)
        if viewer is None:
            return refuse(site, tr, viewer)
        access = await _group_access(site, viewer, group_id)
        if access is None:
            return refuse(site, tr, viewer)
        page = await site.data.group_page(group_id, access)
        if page is None:
            return refuse(site, tr, viewer)
        return _render(site, tr, "group.html", viewer=viewer, data=page, access=access,
                       levels=GroupAccess, **page_context(page, tr))  # fmt: skip

    @app.get("/dashboard/groups/{group_id}/export.csv")
    async def group_csv(request: Request, group_id: int) -> Response:
        site, viewer, tr = await context_for(request)
        if viewer is None:
            return refuse(site, tr, viewer)
        access = await _group_access(site, viewer, group_id)
        if access is None:
            return refuse(site, tr, viewer)
        rows = await site.data.export_rows(None, (group_id,), access)
        return _csv(rows, f"kring-group-{group_id}.csv", tr)


class _Unavailable(Exception):
    """The bot has not started yet (no database, no catalogs)."""


async def _group_access(site: DashboardSite, viewer: Viewer, group_id: int) -> GroupAccess | None:
    organisation_id = viewer.group_organisations.get(group_id)
    if organisation_id is None:
        organisation_id = await site.auth.organisation_of(group_id)
        if organisation_id is None:
            return None
    return viewer.group_access(group_id, organisation_id)


async def _form(request: Request) -> dict[str, str]:
    """A small urlencoded form (no multipart parser needed for one field)."""
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_FORM_BYTES:
            return {}
    try:
        parsed = parse_qs(body.decode("utf-8"), max_num_fields=10)
    except (UnicodeDecodeError, ValueError):
        return {}
    return {k: v[0] for k, v in parsed.items() if v}


def _csv(rows: Sequence[Mapping[str, Any]], filename: str, tr: Translator) -> Response:
    out = io.StringIO()
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]))
        headers = csv_headers(tr)
        writer.writerow({key: headers.get(key, key) for key in rows[0]})
        mark, hidden = hidden_word(tr), False
        for row in rows:
            cells = {k: _csv_cell(v) for k, v in row.items()}
            for key, value in cells.items():
                if key != "group_name" and value == HIDDEN_TEXT:
                    cells[key], hidden = mark, True
            writer.writerow(cells)
        if hidden:  # one legend line under the figures, in the first column
            csv.writer(out).writerow([hidden_legend(tr, markup=False)])
    return Response(
        out.getvalue(),
        media_type="text/csv; charset=utf-8",
        headers={
            **SECURITY_HEADERS,
            "Content-Disposition": f'attachment; filename="{filename}"',
        },
    )


def _csv_cell(value: Any) -> Any:
    """Neutralise spreadsheet formulas (a group name starting with = or @)."""
    if value is HIDDEN:
        return HIDDEN_TEXT
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


@dataclass(frozen=True, slots=True)
class Summary:
    """A group's (or all groups') figures at a glance, as the viewer may see them."""

    active: Any
    paused: Any
    unreachable: Any
    response: Any  # the newest week with a check-in
    response_trend: Any
    mood: Any
    mood_trend: Any
    contacts_waiting: Any
    attention: tuple[str, ...]


def summarise(figures: GroupFigures | CoordinatorGroup, tr: Translator) -> Summary:
    """The same summary from a facilitator's raw figures or a coordinator's hidden ones."""
    reasons = tuple(attention_label(tr, a) for a in _attention(figures))
    if isinstance(figures, CoordinatorGroup):
        shown = [w for w in figures.weeks if w.response_rate is not None]
        moods = [w for w in figures.weeks if w.mood_mean is not None]
        return Summary(
            figures.members_active,
            figures.members_paused,
            figures.members_unreachable,
            shown[-1].response_rate if shown else None,
            figures.response_trend,
            moods[-1].mood_mean if moods else None,
            figures.mood_trend,
            figures.contacts_waiting,
            reasons,
        )
    asked = [w for w in figures.weeks if w.invited]
    felt = [w for w in figures.weeks if w.mood_answers]
    recent = figures.weeks[-8:]
    return Summary(
        figures.members.active,
        figures.members.paused,
        figures.members.unreachable,
        response_rate(asked[-1].invited, asked[-1].answered) if asked else None,
        response_trend(recent),
        mood_mean(felt[-1].moods) if felt else None,
        mood_trend(recent),
        figures.contacts_waiting,
        reasons,
    )


def _attention(figures: GroupFigures | CoordinatorGroup) -> tuple[Attention, ...]:
    if isinstance(figures, CoordinatorGroup):
        return figures.attention
    recent = GroupFigures(
        figures.group_id,
        figures.as_of,
        figures.members,
        figures.weeks[-8:],
        figures.contacts_waiting,
        figures.oldest_waiting_since,
    )
    return needs_attention(recent)


def _points(weeks: Any) -> list[ChartPoint]:
    weeks = tuple(weeks)
    if weeks and isinstance(weeks[0], WeekFigures):
        return points_from_weeks(weeks)
    return points_from_coordinator(weeks)


def _source_chart(series: SourceSeries, tr: Translator, title_id: str) -> tuple[Markup, bool]:
    """The sources chart, and whether it shows hidden months."""
    labels = [format_date(m, "MMM yy", locale=tr.locale) for m in series.months]
    lines = {
        line.source: [
            None if isinstance(m.best_share, Hidden) else m.best_share for m in line.months
        ]
        for line in series.lines
    }
    hidden = {
        line.source: [
            i for i, m in enumerate(line.months) if m.rounds and isinstance(m.best_share, Hidden)
        ]
        for line in series.lines
    }
    names = {line.source: source_label(tr, line.source) for line in series.lines}
    svg = svg_source_chart(
        lines, labels, names=names, rtl=tr.rtl, title_id=title_id, hidden=hidden,
        hidden_title=hidden_legend(tr, markup=False),
    )  # fmt: skip
    return Markup(svg), any(hidden.values())


def _history_figures(points: Sequence[ChartPoint], tr: Translator) -> list[tuple[str, Any, Any]]:
    """The check-in chart's weeks as rows (week, answered, mood) for its table. A chart
    point has no figure where it is hidden: the table says so."""

    def shown(value: float | None, hidden: bool) -> Any:
        return HIDDEN if value is None and hidden else value

    return [
        (format_date(p.start, "medium", locale=tr.locale), shown(p.response, p.hidden),
         shown(p.mood, p.hidden))
        for p in points
    ]  # fmt: skip


def _source_figures(series: SourceSeries, tr: Translator) -> dict[str, Any]:
    """The sources chart as a table: a row per source, a column per month."""
    return {
        "months": [format_date(m, "MMM yy", locale=tr.locale) for m in series.months],
        "sources": [
            (source_label(tr, line.source),
             [m.best_share if m.rounds else None for m in line.months])
            for line in series.lines
        ],
    }  # fmt: skip


def page_context(page: Any, tr: Translator) -> dict[str, Any]:
    """Charts, summaries and name helpers for the organisation and group templates."""
    figures = page.figures
    history = getattr(page, "history", None) or figures
    points = _points(history.weeks)
    hidden = has_hidden(points)
    sources, sources_hidden = _source_chart(page.sources, tr, "sources-title")
    history_chart = svg_chart(
        points, rtl=tr.rtl, title_id="history-title", hidden_title=hidden_legend(tr, markup=False)
    )
    context: dict[str, Any] = {
        "summary": summarise(figures.total if hasattr(figures, "total") else figures, tr),
        "charts": {"history": Markup(history_chart), "sources": sources},
        "charts_hidden": hidden or sources_hidden,
        # The charts' figures as text: a screen reader reads an SVG as one image.
        "figures": {"history": _history_figures(points, tr), **_source_figures(page.sources, tr)},
        "caption": Markup(chart_caption(tr, hidden=hidden)),
        "source_name": lambda value: source_label(tr, value),
        "action_name": lambda value: action_label(tr, value),
    }
    if hasattr(figures, "groups"):
        context["rows"] = [
            {"group_id": g.group_id, "name": page.group_names.get(g.group_id, "?"),
             "s": summarise(g, tr)}
            for g in figures.groups
        ]  # fmt: skip
    return context
