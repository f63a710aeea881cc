"""The scheduler's digest jobs: weekly digests when each organisation's slot comes, and
the daily clean-up of dashboard sign-ins.

One sweep every minute asks which organisations are due (their local weekday and time
has passed within the catch-up window and no digest was recorded for that slot); each is
built outside any transaction and committed once with its outbox rows. A thousand
organisations are a thousand small digests, never a job per organisation to keep in step.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Protocol

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from storage.dashboard import DashboardAuth
from storage.digest_delivery import DigestDelivery, DigestSchedule
from storage.types import utcnow

log = logging.getLogger(__name__)

SWEEP_JOB_ID = "digests:sweep"
PURGE_JOB_ID = "dashboard:purge-sessions"


class Builder(Protocol):
    """Turns an organisation's figures into outbox rows (see bot.digests)."""

    def build(self, schedule: DigestSchedule, until: datetime) -> Awaitable[list[dict[str, Any]]]:
        """Every outbox row of the digest for the week ending at `until`."""
        ...


class DigestJobs:
    """Send each organisation's weekly digest once, at its own local time."""

    def __init__(
        self,
        delivery: DigestDelivery,
        builder: Builder,
        dashboard: DashboardAuth | None = None,
        clock: Callable[[], datetime] = utcnow,
        wake: Callable[[], None] | None = None,
    ) -> None:
        self.delivery = delivery
        self.builder = builder
        self.dashboard = dashboard
        self.clock = clock
        self.wake = wake

    def install(self, scheduler: BaseScheduler) -> None:
        """Add the sweep (first run at once, to catch up) and the daily purge."""
        scheduler.add_job(
            self.sweep,
            IntervalTrigger(minutes=1, timezone=UTC),
            id=SWEEP_JOB_ID,
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )
        if self.dashboard is not None:
            scheduler.add_job(
                self.dashboard.purge_expired,
                IntervalTrigger(hours=24, timezone=UTC),
                id=PURGE_JOB_ID,
                replace_existing=True,
            )

    async def sweep(self) -> int:
        """Send every due digest; returns how many organisations got one."""
        sent = 0
        for schedule, slot in await self.delivery.due(self.clock()):
            try:
                rows = await self.builder.build(schedule, slot)
                if await self.delivery.commit(schedule.organisation_id, slot, rows):
                    sent += 1
                    log.info(
                        "weekly digest of organisation %s: %s messages",
                        schedule.organisation_id,
                        len(rows),
                    )
            except Exception:
                # One organisation's failure must not hold up the others; the next sweep
                # tries again while the slot is within the catch-up window.
                log.exception("weekly digest of organisation %s failed", schedule.organisation_id)
        if sent and self.wake is not None:
            self.wake()
        return sent
