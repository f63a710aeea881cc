"""The scheduler's impact job: ask parents the six questions when a moment is due."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from storage.impact import AskResult, ImpactComposer, ImpactService

log = logging.getLogger(__name__)

IMPACT_JOB_ID = "impact:sweep"
RETENTION_JOB_ID = "impact:retention"


class ImpactJobs:
    """Every five minutes, and at once when the scheduler starts (catching up after a gap:
    `storage.impact_moments` then begins only the latest moment)."""

    def __init__(
        self,
        service: ImpactService,
        composer: ImpactComposer,
        retention: timedelta | None = None,
    ) -> None:
        self.service = service
        self.composer = composer
        self.retention = retention  # words after the questions; None: kept (tests)

    def install(self, scheduler: BaseScheduler) -> None:
        """Add the sweep, and the daily retention job."""
        scheduler.add_job(
            self.sweep,
            IntervalTrigger(minutes=5, timezone=UTC),
            id=IMPACT_JOB_ID,
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )
        if self.retention is not None:
            scheduler.add_job(
                self.purge,
                IntervalTrigger(hours=24, timezone=UTC),
                id=RETENTION_JOB_ID,
                replace_existing=True,
            )

    async def purge(self) -> int:
        """Delete parents' words after the questions past the retention period."""
        if self.retention is None:
            return 0
        removed = await self.service.purge_notes(self.retention)
        if removed:
            log.info("retention: deleted %s words after the impact questions", removed)
        return removed

    async def sweep(self) -> AskResult:
        """Enrol new parents, send the moments that are due and the reminders."""
        result = await self.service.ask_due(self.composer)
        if result.enrolled or result.sent or result.waiting or result.reminded:
            log.info(
                "impact: %s parents enrolled, %s moments sent, %s reminded, %s waiting",
                result.enrolled,
                result.sent,
                result.reminded,
                result.waiting,
            )
        return result
