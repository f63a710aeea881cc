"""Dashboard sign-in on SQLite and PostgreSQL: one-time links, sessions, expiry, roles."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from storage.dashboard import DashboardAuth, token_hash
from storage.dashboard_data import GroupAccess
from storage.db import create_engine, create_sessionmaker
from storage.models import DashboardLink, DashboardSession, Membership
from tests.clock import Clock
from tests.conftest import Database
from tests.dashboard_world import CX, CY, FA, FB, NOW, PARENT_A, VA, build_world


async def test_a_link_signs_in_once_and_only_staff_get_one(db: Database) -> None:
    world = await build_world(db)
    clock = Clock(NOW)
    auth = DashboardAuth(db.sessions, clock)
    assert await auth.create_link(PARENT_A + world.group_a * 100) is None  # a parent
    assert await auth.create_link(123) is None  # a stranger

    token = await auth.create_link(FA)
    assert token is not None and len(token) >= 40
    async with db.sessions() as s:
        stored = (await s.scalars(select(DashboardLink.token_hash))).all()
    assert stored == [token_hash(token)]  # only the hash is kept

    session_token = await auth.redeem(token)
    assert session_token is not None
    assert await auth.redeem(token) is None  # used up
    viewer = await auth.viewer(session_token)
    assert viewer is not None and viewer.telegram_user_id == FA
    assert viewer.group_access(world.group_a, world.org_x) is GroupAccess.FULL
    assert viewer.group_access(world.group_b, world.org_x) is None
    assert not viewer.can_view_organisation(world.org_x)
    async with db.sessions() as s:
        kept = (await s.scalars(select(DashboardSession.token_hash))).all()
    assert kept == [token_hash(session_token)]


async def test_roles_decide_what_a_viewer_may_open(db: Database) -> None:
    world = await build_world(db)
    auth = DashboardAuth(db.sessions, Clock(NOW))

    async def viewer(telegram_id: int):  # type: ignore[no-untyped-def]
        token = await auth.create_link(telegram_id)
        assert token is not None
        return await auth.viewer(await auth.redeem(token))

    cx, cy, va, fb = [await viewer(t) for t in (CX, CY, VA, FB)]
    assert cx.can_view_organisation(world.org_x) and not cx.can_view_organisation(world.org_y)
    assert cx.group_access(world.group_a, world.org_x) is GroupAccess.FIGURES
    assert cx.group_access(world.group_c, world.org_y) is None
    assert cy.group_access(world.group_a, world.org_x) is None
    assert va.group_access(world.group_a, world.org_x) is GroupAccess.STAFF
    assert fb.group_access(world.group_b, world.org_x) is GroupAccess.FULL
    organisations, groups = await auth.index(cx)
    assert organisations == [(world.org_x, "Stichting Noord")]
    assert {(g, a) for g, _, a in groups} == {
        (world.group_a, GroupAccess.FIGURES),
        (world.group_b, GroupAccess.FIGURES),
    }
    assert await auth.organisation_of(world.group_c) == world.org_y
    assert await auth.organisation_of(999_999) is None


async def test_links_and_sessions_expire_and_logout_ends_a_session(db: Database) -> None:
    await build_world(db)
    clock = Clock(NOW)
    auth = DashboardAuth(db.sessions, clock)
    late = await auth.create_link(FA)
    on_time = await auth.create_link(FA)
    assert late and on_time
    clock.now += timedelta(minutes=14, seconds=59)
    session_token = await auth.redeem(on_time)
    assert session_token is not None
    clock.now += timedelta(seconds=2)  # 15 minutes and a second after the link was made
    assert await auth.redeem(late) is None

    assert await auth.viewer(session_token) is not None
    clock.now += timedelta(hours=12)
    assert await auth.viewer(session_token) is None  # the session expired
    assert await auth.purge_expired() >= 3  # two links and the session

    fresh = await auth.redeem(await auth.create_link(FA) or "")
    assert fresh is not None and await auth.viewer(fresh) is not None
    assert await auth.logout(fresh) is True
    assert await auth.viewer(fresh) is None
    assert await auth.logout(fresh) is False
    assert await auth.viewer(None) is None
    assert await auth.viewer("not-a-token") is None


async def test_losing_the_role_closes_the_pages_at_once(db: Database) -> None:
    world = await build_world(db)
    auth = DashboardAuth(db.sessions, Clock(NOW))
    session_token = await auth.redeem(await auth.create_link(FA) or "")
    assert session_token is not None
    async with db.sessions.begin() as s:
        await s.execute(
            update(Membership).where(Membership.member_id == world.staff[FA]).values(active=False)
        )
    viewer = await auth.viewer(session_token)
    assert viewer is not None and viewer.group_access(world.group_a, world.org_x) is None
    # A link asked for before the role went does not sign in any more either.
    token = await auth.create_link(VA)
    async with db.sessions.begin() as s:
        await s.execute(
            update(Membership).where(Membership.member_id == world.staff[VA]).values(active=False)
        )
    assert token is not None and await auth.redeem(token) is None


@pytest.mark.postgres
async def test_two_browsers_racing_with_one_link_get_one_session(pg_db: Database) -> None:
    await build_world(pg_db)
    token = await DashboardAuth(pg_db.sessions, Clock(NOW)).create_link(FB)
    assert token is not None
    engines = [create_engine(pg_db.url) for _ in range(4)]
    try:
        auths = [DashboardAuth(create_sessionmaker(e), Clock(NOW)) for e in engines]
        results = await asyncio.gather(*(a.redeem(token) for a in auths))
    finally:
        for engine in engines:
            await engine.dispose()
    assert sum(r is not None for r in results) == 1
