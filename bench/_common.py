"""Shared pieces of the benches: databases, the loopback fake, printing figures."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as `python bench/x.py` from a checkout
    sys.path.insert(0, str(ROOT))


from storage.db import create_engine  # noqa: E402
from storage.migrate import upgrade_head  # noqa: E402
from tests.pgadmin import throwaway_database  # noqa: E402

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
    async with throwaway_database(os.environ[POSTGRES_ENV], "kring_bench") as url:
        yield url


def backends() -> list[str]:
    """SQLite always; PostgreSQL when its URL is set."""
    return ["sqlite", "postgres"] if os.environ.get(POSTGRES_ENV) else ["sqlite"]


def report(figures: dict[str, Any]) -> None:
    """Print the figures as the last line, one JSON object."""
    print(json.dumps(figures, sort_keys=True))
