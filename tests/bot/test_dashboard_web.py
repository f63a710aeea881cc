"""The web dashboard through its ASGI app, on SQLite and PostgreSQL: sign-in with a
one-time link, the session cookie, every route with every wrong role, what each role
sees and never sees, CSV, language and direction, and bad input."""

from __future__ import annotations

import csv
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import httpx
import pytest
from markupsafe import escape
from sqlalchemy import update

from bot.i18n import Catalogs
from bot.web.app import create_app
from bot.web.dashboard import COOKIE, DashboardSite, SignInThrottle
from storage.crypto import AnswerCipher
from storage.dashboard import DashboardAuth
from storage.dashboard_data import DashboardData
from storage.models import Group
from tests.clock import Clock
from tests.conftest import Database
from tests.dashboard_world import CX, CY, FA, FB, FC, NOW, VA, World, build_world
from tests.harness import TEST_SECRET

BASE = "https://kring.example.org"
HIDDEN_NL = Catalogs.load("nl").get("nl").pgettext("a figure kept back", "hidden")


@dataclass
class Runtime:
    """What create_app needs; the webhook part is not used here."""

    dashboard: DashboardSite
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
    clock: Clock
    client: httpx.AsyncClient
    db: Database

    async def sign_in(self, telegram_id: int) -> httpx.AsyncClient:
        """A browser of its own, signed in through a fresh one-time link."""
        token = await self.auth.create_link(telegram_id)
        assert token is not None
        browser = httpx.AsyncClient(transport=self.client._transport, base_url=BASE)
        page = await browser.get("/dashboard/login", params={"token": token})
        assert page.status_code == 200 and f'value="{token}"' in page.text
        response = await browser.post("/dashboard/login", data={"token": token})
        assert response.status_code == 303, response.text
        return browser


@pytest.fixture
async def site(db: Database) -> AsyncIterator[Site]:
    world = await build_world(db, locales={CY: "ar"})
    clock = Clock(NOW)
    auth = DashboardAuth(db.sessions, clock)
    dashboard = DashboardSite(
        catalogs=Catalogs.load("nl"),
        auth=auth,
        data=DashboardData(db.sessions, AnswerCipher(TEST_SECRET), clock),
        secure_cookie=True,
    )
    app = create_app(Runtime(dashboard))  # type: ignore[arg-type]
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url=BASE) as client:
        yield Site(world, auth, clock, client, db)


async def test_signing_in_sets_a_safe_cookie_and_the_link_works_once(site: Site) -> None:
    anonymous = await site.client.get("/dashboard")
    assert anonymous.status_code == 200 and 'id="signed-out"' in anonymous.text
    token = await site.auth.create_link(FA)
    assert token is not None
    # Opening the link (as a link preview would) does not use it up.
    for _ in range(2):
        assert (await site.client.get(f"/dashboard/login?token={token}")).status_code == 200
    response = await site.client.post("/dashboard/login", data={"token": token})
    assert response.status_code == 303 and response.headers["location"] == "/dashboard"
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=")
    for flag in ("HttpOnly", "Secure", "SameSite=lax", "Path=/dashboard", "Max-Age=43200"):
        assert flag.lower() in cookie.lower(), cookie
    home = await site.client.get("/dashboard")
    assert home.status_code == 200
    assert f'href="/dashboard/groups/{site.world.group_a}"' in home.text
    assert f"/dashboard/groups/{site.world.group_b}" not in home.text

    again = await httpx.AsyncClient(transport=site.client._transport, base_url=BASE).post(
        "/dashboard/login", data={"token": token}
    )
    assert again.status_code == 400 and 'id="link-invalid"' in again.text
    assert "set-cookie" not in again.headers


async def test_an_expired_link_and_an_expired_session_sign_nobody_in(site: Site) -> None:
    token = await site.auth.create_link(FA)
    site.clock.now += timedelta(minutes=16)
    response = await site.client.post("/dashboard/login", data={"token": token})
    assert response.status_code == 400
    browser = await site.sign_in(FA)
    assert (await browser.get(f"/dashboard/groups/{site.world.group_a}")).status_code == 200
    site.clock.now += timedelta(hours=12, minutes=1)
    expired = await browser.get(f"/dashboard/groups/{site.world.group_a}")
    assert expired.status_code == 401 and 'id="signed-out"' in expired.text


async def test_logout_ends_the_session(site: Site) -> None:
    browser = await site.sign_in(FB)
    assert (await browser.get(f"/dashboard/groups/{site.world.group_b}")).status_code == 200
    cookie = browser.cookies.get(COOKIE)
    response = await browser.post("/dashboard/logout")
    assert response.status_code == 303
    assert (
        f'{COOKIE}=""' in response.headers["set-cookie"]
        or "Max-Age=0" in response.headers["set-cookie"]
    )
    # Even a browser that kept the old cookie is signed out: the session is gone.
    stale = httpx.AsyncClient(transport=site.client._transport, base_url=BASE)
    stale.cookies.set(COOKIE, cookie or "", domain="kring.example.org", path="/dashboard")
    assert (await stale.get(f"/dashboard/groups/{site.world.group_b}")).status_code == 401


def _routes(world: World) -> dict[str, str]:
    return {
        "org_x": f"/dashboard/organisations/{world.org_x}",
        "org_x_csv": f"/dashboard/organisations/{world.org_x}/export.csv",
        "org_y": f"/dashboard/organisations/{world.org_y}",
        "org_y_csv": f"/dashboard/organisations/{world.org_y}/export.csv",
        "group_a": f"/dashboard/groups/{world.group_a}",
        "group_a_csv": f"/dashboard/groups/{world.group_a}/export.csv",
        "group_b": f"/dashboard/groups/{world.group_b}",
        "group_b_csv": f"/dashboard/groups/{world.group_b}/export.csv",
        "group_c": f"/dashboard/groups/{world.group_c}",
        "group_c_csv": f"/dashboard/groups/{world.group_c}/export.csv",
        "no_group": "/dashboard/groups/999999",
        "no_org": "/dashboard/organisations/999999",
    }


# Who may open what; every other route answers 403 (or 401 when signed out).
ALLOWED = {
    CX: {"org_x", "org_x_csv", "group_a", "group_a_csv", "group_b", "group_b_csv"},
    CY: {"org_y", "org_y_csv", "group_c", "group_c_csv"},
    FA: {"group_a", "group_a_csv"},
    VA: {"group_a", "group_a_csv"},
    FB: {"group_b", "group_b_csv"},
    FC: {"group_c", "group_c_csv"},
}


async def test_every_route_refuses_every_wrong_role(site: Site) -> None:
    routes = _routes(site.world)
    for name, path in routes.items():
        response = await site.client.get(path)
        assert response.status_code == 401, (name, response.status_code)
        assert 'id="signed-out"' in response.text
    for person, allowed in ALLOWED.items():
        browser = await site.sign_in(person)
        for name, path in routes.items():
            response = await browser.get(path)
            expected = 200 if name in allowed else 403
            assert response.status_code == expected, (person, name, response.status_code)
            if expected == 403:
                assert 'id="forbidden"' in response.text
                assert "Moeders Noord" not in response.text and "Ouders Zuid" not in response.text


async def test_a_facilitator_reads_answers_a_volunteer_and_a_coordinator_do_not(
    site: Site,
) -> None:
    world = site.world
    path = f"/dashboard/groups/{world.group_a}"
    facilitator = (await (await site.sign_in(FA)).get(path)).text
    volunteer = (await (await site.sign_in(VA)).get(path)).text
    coordinator = (await (await site.sign_in(CX)).get(path)).text

    words_a = [w for w in world.words if f"ouder {world.group_a}-" in w]
    assert len(words_a) == 2
    for words in words_a:
        # Escaped: the page shows the words and never runs them.
        shown = str(escape(words))
        assert shown in facilitator
        assert "<script>" not in facilitator
        assert words.split(":")[0] not in volunteer
        assert words.split(":")[0] not in coordinator
    assert 'id="answers"' in facilitator
    # Meeting times in local time: 08:00 UTC is 09:00 in Amsterdam in March.
    meetings = facilitator.split('id="meetings"')[1].split("</table>")[0]
    assert "09:00" in meetings and "08:00" not in meetings
    assert 'id="answers"' not in volunteer and 'id="answers"' not in coordinator
    names_a = [n for n in world.names if f"Ouder{world.group_a}x" in n]
    assert all(str(escape(n.removesuffix("\u202e"))) in facilitator for n in names_a[:2])
    for name in world.names:
        bare = name.removeprefix("<b>").split("<")[0]
        assert bare not in coordinator, name
    assert "\u202e" not in facilitator  # bidi overrides neutralised
    # The volunteer sees the moderation log (with the name shown in the chat).
    assert 'id="moderation"' in volunteer and "scheldwoord" in volunteer
    assert "scheldwoord" not in coordinator  # coordinators: counts only


async def test_a_coordinator_sees_fewer_than_5_for_a_small_group(site: Site) -> None:
    browser = await site.sign_in(CX)
    overview = await browser.get(f"/dashboard/organisations/{site.world.org_x}")
    assert overview.status_code == 200
    text = overview.text
    assert "Moeders Noord" in text and "Vaders Oost" in text and "Ouders Zuid" not in text
    rows = text.split('id="groups"')[1]
    small_row = rows.split("Vaders Oost")[1].split("</tr>")[0]
    assert HIDDEN_NL in small_row
    for name in site.world.names:
        assert name.removeprefix("<b>").split("<")[0] not in text
    assert "<svg" in text and 'role="img"' in text
    small = await browser.get(f"/dashboard/groups/{site.world.group_b}")
    assert HIDDEN_NL in small.text


async def test_csv_exports_only_what_the_person_may_see(site: Site) -> None:
    coordinator = await site.sign_in(CX)
    response = await coordinator.get(f"/dashboard/organisations/{site.world.org_x}/export.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    *rows, legend = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 2 * 52
    group = Catalogs.load("nl").get("nl").pgettext("csv column", "group")  # headers in Dutch
    assert {r[group] for r in rows} == {"Moeders Noord", "Vaders Oost"}
    assert any(HIDDEN_NL in r.values() for r in rows if r[group] == "Vaders Oost")
    assert HIDDEN_NL in next(iter(legend.values()))
    for name in site.world.names:
        assert name not in response.text
    facilitator = await site.sign_in(FB)
    own = await facilitator.get(f"/dashboard/groups/{site.world.group_b}/export.csv")
    own_rows = list(csv.DictReader(io.StringIO(own.text)))
    assert len(own_rows) == 52 and not any(HIDDEN_NL in r.values() for r in own_rows)


async def test_a_group_name_that_looks_like_a_formula_is_defused_in_csv(site: Site) -> None:
    async with site.db.sessions.begin() as s:
        await s.execute(
            update(Group).where(Group.id == site.world.group_b).values(name="=HYPERLINK(1)")
        )
    response = await (await site.sign_in(FB)).get(
        f"/dashboard/groups/{site.world.group_b}/export.csv"
    )
    assert "'=HYPERLINK(1)" in response.text
    assert "\n=HYPERLINK" not in response.text and ",=HYPERLINK" not in response.text


async def test_pages_follow_the_viewers_language_and_direction(site: Site) -> None:
    arabic = await (await site.sign_in(CY)).get(f"/dashboard/organisations/{site.world.org_y}")
    assert '<html lang="ar" dir="rtl">' in arabic.text
    dutch = await (await site.sign_in(FA)).get(f"/dashboard/groups/{site.world.group_a}")
    assert '<html lang="nl" dir="ltr">' in dutch.text
    # Signed out, the browser's language is used.
    spanish = await site.client.get("/dashboard", headers={"Accept-Language": "es-ES,es;q=0.9"})
    assert '<html lang="es" dir="ltr">' in spanish.text


async def test_pages_carry_security_headers(site: Site) -> None:
    page = await (await site.sign_in(FA)).get(f"/dashboard/groups/{site.world.group_a}")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"
    assert page.headers["cache-control"] == "no-store"
    assert page.headers["x-frame-options"] == "DENY"
    css = await site.client.get("/dashboard/static/kring.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"token=",
        b"token=%ff%fe",
        b"nonsense",
        b"token=" + b"A" * 10_000,
        "token=\u202egeen".encode(),
    ],
)
async def test_bad_sign_in_requests_get_a_clear_answer(site: Site, body: bytes) -> None:
    response = await site.client.post(
        "/dashboard/login",
        content=body,
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 400 and 'id="link-invalid"' in response.text
    odd = await site.client.get("/dashboard/login", params={"token": "<script>x</script>"})
    assert odd.status_code == 200 and "<script>x" not in odd.text


async def test_the_dashboard_answers_503_until_the_bot_has_started() -> None:
    @dataclass
    class NotStarted:
        dashboard: None = None
        webhook_secret: str | None = None

    app = create_app(NotStarted())  # type: ignore[arg-type]
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url=BASE) as c:
        assert (await c.get("/dashboard")).status_code == 503


@pytest.mark.parametrize(
    "headers",
    [
        {"Sec-Fetch-Site": "cross-site"},
        {"Sec-Fetch-Site": "same-site"},  # another app on a sibling domain
        {"Origin": "https://evil.example"},
        {"Origin": "null"},  # a sandboxed frame or a file
    ],
)
async def test_a_sign_in_posted_from_another_site_is_refused(
    site: Site, headers: dict[str, str]
) -> None:
    """Login CSRF: another site's page must not sign a visitor in to the attacker's
    session. The same form from Kring's own page works."""
    token = await site.auth.create_link(FA)
    assert token is not None
    response = await site.client.post("/dashboard/login", data={"token": token}, headers=headers)
    assert response.status_code == 403 and "set-cookie" not in response.headers
    own = {"Sec-Fetch-Site": "same-origin", "Origin": BASE}
    response = await site.client.post("/dashboard/login", data={"token": token}, headers=own)
    assert response.status_code == 303  # the refused try did not use the link up


async def test_failed_sign_ins_are_throttled_per_address(site: Site) -> None:
    for _ in range(10):
        response = await site.client.post("/dashboard/login", data={"token": "guess"})
        assert response.status_code == 400
    token = await site.auth.create_link(FA)
    response = await site.client.post("/dashboard/login", data={"token": token})
    assert response.status_code == 429 and "set-cookie" not in response.headers
    assert 'id="link-invalid"' in response.text  # a page in the reader's language


def test_the_throttle_forgets_after_its_window() -> None:
    now = [0.0]
    throttle = SignInThrottle(limit=3, window_s=60, clock=lambda: now[0])
    for _ in range(3):
        throttle.failed("10.0.0.1")
    assert throttle.blocked("10.0.0.1") and not throttle.blocked("10.0.0.2")
    now[0] = 61.0
    assert not throttle.blocked("10.0.0.1")
