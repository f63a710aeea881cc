"""The scheduler's broadcast job: tell each facilitator how their broadcast went."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from storage.broadcasts import BroadcastService, Report
from storage.outbox import NewMessage, Outbox

log = logging.getLogger(__name__)

REPORT_JOB_ID = "broadcasts:reports"


class BroadcastJobs:
    """Every 20 seconds: broadcasts whose delivery ended get their report."""

    def __init__(
        self,
        service: BroadcastService,
        outbox: Outbox,
        report_payload: Callable[[Report], dict[str, Any]],
    ) -> None:
        self.service = service
        self.outbox = outbox
        self.report_payload = report_payload

    def install(self, scheduler: BaseScheduler) -> None:
        """Add the job."""
        scheduler.add_job(
            self.report,
            IntervalTrigger(seconds=20, timezone=UTC),
            id=REPORT_JOB_ID,
            replace_existing=True,
        )

    async def report(self) -> int:
        """Enqueue the reports that are due, each in the transaction that marks its broadcast
        done; returns how many."""
        reports = await self.service.finished(self._report_messages)
        if reports:
            log.info("reported %s finished broadcasts", len(reports))
        return len(reports)

    def _report_messages(self, r: Report) -> list[NewMessage]:
        return [
            NewMessage(f"broadcast-report:{r.broadcast.id}", r.broadcast.created_by,
                       self.report_payload(r))
        ]  # fmt: skip
