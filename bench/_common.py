"""Shared pieces of the benches: databases, the loopback fake, printing figures."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/x.py` from a checkout
    sys.path.insert(0, str(ROOT))

from sqlalchemy.engine import make_url  # noqa: E402

from storage.db import create_engine  # noqa: E402
from storage.migrate import upgrade_head  # noqa: E402
from tests.pgadmin import admin  # noqa: E402

POSTGRES_ENV = "KRING_TEST_POSTGRES_URL"


@asynccontextmanager
async def bench_database(kind: str) -> AsyncIterator[str]:
    """A fresh migrated database URL of `kind` ("sqlite" or "postgres"), removed after."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="kring-bench-") as folder:
            url = f"sqlite+aiosqlite:///{Path(folder) / 'kring.db'}"
            engine = create_engine(url)
            await upgrade_head(engine)
            await engine.dispose()
            yield url
        return
    base = os.environ[POSTGRES_ENV]
    name = f"kring_bench_{uuid.uuid4().hex[:10]}"
    await admin(base, f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)
    engine = create_engine(url)
    await upgrade_head(engine)
    await engine.dispose()
    try:
        yield url
    finally:
        await admin(base, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def backends() -> list[str]:
    """SQLite always; PostgreSQL when its URL is set."""
    return ["sqlite", "postgres"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


def report(figures: dict[str, Any]) -> None:
    """Print the figures as the last line, one JSON object."""
    print(json.dumps(figures, sort_keys=True))
