"""The scheduler's meeting job: reminders, attendance lists and reflection prompts."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from storage.meetings import MeetingComposer, MeetingService

log = logging.getLogger(__name__)

MEETINGS_JOB_ID = "meetings:sweep"


class MeetingJobs:
    """Every minute, and at once when the scheduler starts (catching up after a gap)."""

    def __init__(
        self,
        service: MeetingService,
        composer: MeetingComposer,
        choose_prompt: Callable[[str, int], str],
    ) -> None:
        self.service = service
        self.composer = composer
        self.choose_prompt = choose_prompt

    def install(self, scheduler: BaseScheduler) -> None:
        """Add the sweep."""
        scheduler.add_job(
            self.sweep,
            IntervalTrigger(minutes=1, timezone=UTC),
            id=MEETINGS_JOB_ID,
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )

    async def sweep(self) -> tuple[int, int, int]:
        """Reminders, attendance lists, reflection prompts that are due."""
        reminders = await self.service.send_reminders(self.composer)
        lists = await self.service.send_attendance_lists(self.composer)
        reflections = await self.service.send_reflections(self.composer, self.choose_prompt)
        if reminders or lists or reflections:
            log.info(
                "meetings: %s reminders, %s attendance lists, %s reflection prompts",
                reminders,
                lists,
                reflections,
            )
        return reminders, lists, reflections
