"""The scheduler's check-in jobs: open rounds on time, remind once, close, keep data lean.

APScheduler holds in-memory jobs only; the database is the source of truth. Every group
with the same weekly slot (weekday, local time, time zone) shares one `CronTrigger` job
with an explicit id, so a thousand groups that check in on Monday at 10:00 cost one job
and one batched transaction. A sweep every minute catches what a cron job cannot: rounds
missed while the process was down (opened if their window is still open), reminders,
closing, and schedules changed on another replica.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from storage.checkins import CheckinService, RoundComposer
from storage.round_times import Slot

log = logging.getLogger(__name__)

OPEN_JOB_PREFIX = "checkin:open:"
SWEEP_JOB_ID = "checkin:sweep"
RETENTION_JOB_ID = "checkin:retention"
CRON_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def slot_job_id(slot: Slot) -> str:
    """The explicit, stable id of a slot's job."""
    return f"{OPEN_JOB_PREFIX}{slot.timezone}:{slot.weekday}:{slot.hour:02d}{slot.minute:02d}"


def slot_trigger(slot: Slot) -> CronTrigger:
    """Fires at the slot's local time every week, keeping the local hour across DST."""
    return CronTrigger(
        day_of_week=CRON_DAYS[slot.weekday],
        hour=slot.hour,
        minute=slot.minute,
        timezone=ZoneInfo(slot.timezone),
    )


class CheckinJobs:
    """The job functions and the code that keeps the scheduler's jobs in step with the
    database."""

    def __init__(
        self,
        service: CheckinService,
        composer: RoundComposer,
        retention: timedelta = timedelta(days=365),
    ) -> None:
        self.service = service
        self.composer = composer
        self.retention = retention
        self._scheduler: BaseScheduler | None = None

    def install(self, scheduler: BaseScheduler) -> None:
        """Add the sweep and retention jobs; slot jobs follow from `sync` (the sweep runs
        it first thing after the scheduler starts)."""
        self._scheduler = scheduler
        scheduler.add_job(
            self.sweep,
            IntervalTrigger(minutes=1, timezone=UTC),
            id=SWEEP_JOB_ID,
            replace_existing=True,
            # First run as soon as the scheduler starts: catch up on what was missed.
            next_run_time=datetime.now(UTC),
        )
        scheduler.add_job(
            self.purge,
            IntervalTrigger(hours=24, timezone=UTC),
            id=RETENTION_JOB_ID,
            replace_existing=True,
        )

    async def sync(self) -> None:
        """Make the slot jobs match the enabled schedules in the database."""
        scheduler = self._scheduler
        if scheduler is None:
            return
        wanted = {slot_job_id(s): s for s in await self.service.slots()}
        for job in scheduler.get_jobs():
            if job.id.startswith(OPEN_JOB_PREFIX) and job.id not in wanted:
                job.remove()
        for job_id, slot in wanted.items():
            if scheduler.get_job(job_id) is None:
                scheduler.add_job(
                    self.open_rounds, slot_trigger(slot), id=job_id, replace_existing=True
                )

    async def open_rounds(self) -> None:
        """A slot's time has come: open every due round (one batch for all groups)."""
        result = await self.service.open_due(self.composer)
        if result.rounds:
            log.info(
                "opened %s check-in rounds, %s members invited, held: %s",
                result.rounds,
                result.invited,
                dict(result.held),
            )

    async def sweep(self) -> None:
        """Catch-up, reminders, closing, and schedule changes made elsewhere."""
        await self.sync()
        await self.open_rounds()
        reminded = await self.service.remind_due(self.composer)
        closed = await self.service.close_due(self.composer)
        if reminded or closed:
            log.info("check-in reminders: %s, rounds closed: %s", reminded, closed)

    async def purge(self) -> None:
        """Delete free text and voice references past the retention period."""
        removed = await self.service.purge_notes(self.retention)
        if removed:
            log.info("retention: deleted %s check-in notes", removed)
