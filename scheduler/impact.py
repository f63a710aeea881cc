"""The scheduler's impact job: ask parents the six questions when a moment is due."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from storage.impact import AskResult, ImpactComposer, ImpactService

log = logging.getLogger(__name__)

IMPACT_JOB_ID = "impact:sweep"


class ImpactJobs:
    """Every five minutes, and at once when the scheduler starts (catching up after a gap:
    `storage.impact_moments` then begins only the latest moment)."""

    def __init__(self, service: ImpactService, composer: ImpactComposer) -> None:
        self.service = service
        self.composer = composer

    def install(self, scheduler: BaseScheduler) -> None:
        """Add the sweep."""
        scheduler.add_job(
            self.sweep,
            IntervalTrigger(minutes=5, timezone=UTC),
            id=IMPACT_JOB_ID,
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )

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
