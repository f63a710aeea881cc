"""Shared fixtures: real databases (a SQLite file, a PostgreSQL database), the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import AsyncIterator, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.db import create_engine, create_sessionmaker
from storage.migrate import upgrade_head
from tests.pgadmin import throwaway_database

POSTGRES_ENV = "KRING_TEST_POSTGRES_URL"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
_skipped_postgres: list[str] = []


@dataclass
class Database:
    """A migrated, empty database for one test."""

    kind: str
    url: str
    engine: AsyncEngine
    sessions: async_sessionmaker[AsyncSession]


def postgres_base_url() -> str | None:
    """The PostgreSQL URL for tests, or None (then PostgreSQL tests skip, or fail in CI)."""
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if not url:
        reason = f"{POSTGRES_ENV} is unset: PostgreSQL tests skipped"
        if IN_CI:
            pytest.fail(f"{reason}, but CI must run them (.ci/run sets it)")
        pytest.skip(reason)
    return url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated once; each test gets a copy (migrations are tested apart)."""
    path = tmp_path_factory.mktemp("template") / "kring.db"

    async def migrate() -> None:
        engine = create_engine(f"sqlite+aiosqlite:///{path}")
        await upgrade_head(engine)
        await engine.dispose()

    # Requested from inside async fixtures, so the loop runs in a thread of its own.
    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, migrate()).result()
    return path


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A URL to this test's own migrated SQLite file."""
    path = tmp_path / "kring.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite+aiosqlite:///{path}"


@asynccontextmanager
async def fresh_postgres_url() -> AsyncIterator[str]:
    """A URL to a fresh, migrated PostgreSQL database of its own, dropped afterwards."""
    base = postgres_base_url()
    assert base is not None
    try:
        database = throwaway_database(base, "kring_t")
        url = await database.__aenter__()
    except (OSError, ConnectionError) as exc:
        pytest.fail(f"{POSTGRES_ENV}={base} is set but the server is not reachable: {exc}")
    try:
        yield url
    finally:
        await database.__aexit__(None, None, None)


@asynccontextmanager
async def open_database(kind: str, url: str) -> AsyncIterator[Database]:
    """An engine and session factory on `url`, disposed afterwards."""
    engine = create_engine(url)
    try:
        yield Database(kind, url, engine, create_sessionmaker(engine))
    finally:
        await engine.dispose()


@pytest.fixture
async def postgres_url() -> AsyncIterator[str]:
    """A URL to this test's own migrated PostgreSQL database."""
    async with fresh_postgres_url() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
async def db(request: pytest.FixtureRequest, sqlite_url: str) -> AsyncIterator[Database]:
    """Each test using this runs twice: on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        async with open_database("sqlite", sqlite_url) as database:
            yield database
        return
    async with fresh_postgres_url() as url, open_database("postgres", url) as database:
        yield database


@pytest.fixture
async def sqlite_db(sqlite_url: str) -> AsyncIterator[Database]:
    """A SQLite database only (for tests about behaviour that does not vary by backend)."""
    async with open_database("sqlite", sqlite_url) as database:
        yield database


@pytest.fixture
async def pg_db(postgres_url: str) -> AsyncIterator[Database]:
    """A PostgreSQL database only (replicas, locking)."""
    async with open_database("postgres", postgres_url) as database:
        yield database


@pytest.fixture
def artifacts_dir() -> Iterator[Path]:
    """Where tests leave files worth looking at after a run."""
    path = Path(__file__).resolve().parent.parent / "test-artifacts"
    path.mkdir(exist_ok=True)
    yield path


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The tests that take minutes (retraining the readers) run first: in a parallel run
    the other worker meanwhile takes everything else, instead of idling at the end."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    """Count the PostgreSQL tests skipped (reports reach this process from every worker
    when the suite runs in parallel)."""
    if report.skipped and POSTGRES_ENV in str(report.longrepr):
        _skipped_postgres.append(report.nodeid)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Make skipped PostgreSQL tests impossible to miss."""
    if _skipped_postgres:
        terminalreporter.write_sep(
            "!",
            f"{len(_skipped_postgres)} PostgreSQL tests SKIPPED: set {POSTGRES_ENV}, e.g. "
            "postgresql+asyncpg://postgres@127.0.0.1:5432/test",
            yellow=True,
        )
