"""The log an operator reads: Kring's own lines and every warning, not each job's run."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, JobEvent

from bot.__main__ import configure_logging
from scheduler.setup import build_scheduler
from storage.models import InboxUpdate
from storage.outbox import Outbox
from storage.updates import UpdateInbox
from tests.conftest import Database

TICKS = 3


@pytest.fixture
def cli_logging(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    """Logging as `kring run` sets it up; the levels it changes are restored afterwards."""
    names = ["", "httpx", "apscheduler.executors"]
    levels = {name: logging.getLogger(name).level for name in names}
    configure_logging("INFO")
    caplog.clear()
    yield caplog
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


async def failing_job() -> None:
    raise RuntimeError("the database went away")


async def late_job() -> None:
    """Due an hour ago, with a second of grace: APScheduler skips it with a warning."""


async def test_a_few_scheduler_ticks_log_krings_lines_and_errors_only(
    sqlite_db: Database, cli_logging: pytest.LogCaptureFixture
) -> None:
    async with sqlite_db.sessions.begin() as session:
        long_ago = datetime.now(UTC) - timedelta(days=3)
        session.add(InboxUpdate(update_id=1, body="{}", received_at=long_ago,
                                available_at=long_ago, handled_at=long_ago))  # fmt: skip
    scheduler = build_scheduler(UpdateInbox(sqlite_db.sessions), Outbox(sqlite_db.sessions))
    scheduler.add_job(failing_job, "interval", minutes=1, id="test:failing")
    jobs = len(scheduler.get_jobs())
    finished: asyncio.Queue[JobEvent] = asyncio.Queue()
    scheduler.add_listener(
        finished.put_nowait, EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED
    )
    scheduler.start()
    try:
        an_hour_ago = datetime.now(UTC) - timedelta(hours=1)
        scheduler.add_job(late_job, "date", run_date=an_hour_ago, misfire_grace_time=1)
        await asyncio.wait_for(finished.get(), timeout=10)
        for _ in range(TICKS):  # every job comes due, as the minute sweeps do
            for job in scheduler.get_jobs():
                job.modify(next_run_time=datetime.now(UTC))
            for _ in range(jobs):
                await asyncio.wait_for(finished.get(), timeout=10)
    finally:
        scheduler.shutdown(wait=False)

    lines = [(r.levelname, r.name, r.getMessage()) for r in cli_logging.records]
    # Kring's own line (the old update id was forgotten on the first tick)...
    assert ("INFO", "scheduler.jobs", "forgot 1 handled updates") in lines
    # ...APScheduler's warning about the missed run...
    [missed] = [r for r in cli_logging.records if r.levelno == logging.WARNING]
    assert "late_job" in missed.getMessage() and "was missed by" in missed.getMessage()
    # ...and the failing job's error on every tick, with its traceback.
    errors = [r for r in cli_logging.records if r.levelno >= logging.ERROR]
    assert len(errors) == TICKS
    assert all("failing_job" in r.getMessage() and r.exc_info for r in errors)
    # Nothing else from APScheduler's executor: no "Running job", no "executed successfully".
    routine = [line for line in lines if line[1].startswith("apscheduler.executors")
               and line[0] in {"DEBUG", "INFO"}]  # fmt: skip
    assert routine == []
    assert not any("executed successfully" in message for _, _, message in lines)
