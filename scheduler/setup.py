"""APScheduler setup: in-memory jobs with explicit ids, rebuilt from the database at start."""

from __future__ import annotations

from datetime import UTC

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from scheduler.broadcasts import BroadcastJobs
from scheduler.checkins import CheckinJobs
from scheduler.digests import DigestJobs
from scheduler.impact import ImpactJobs
from scheduler.jobs import purge_expired_dialogs, purge_processed_updates, purge_settled_outbox
from scheduler.meetings import MeetingJobs
from scheduler.moderation import ModerationJobs
from storage.dialogs import DialogStore
from storage.outbox import Outbox
from storage.updates import UpdateInbox

# A job missed while the process was down still runs if it is at most this late.
MISFIRE_GRACE_S = 6 * 3600


def build_scheduler(
    inbox: UpdateInbox,
    outbox: Outbox | None = None,
    checkins: CheckinJobs | None = None,
    moderation: ModerationJobs | None = None,
    broadcasts: BroadcastJobs | None = None,
    meetings: MeetingJobs | None = None,
    digests: DigestJobs | None = None,
    dialogs: DialogStore | None = None,
    impact: ImpactJobs | None = None,
) -> AsyncIOScheduler:
    """A scheduler with Kring's maintenance jobs (feature jobs are added by their modules)."""
    scheduler = AsyncIOScheduler(
        timezone=UTC,
        job_defaults={
            "coalesce": True,
            "misfire_grace_time": MISFIRE_GRACE_S,
            "max_instances": 1,
        },
    )
    scheduler.add_job(
        purge_processed_updates,
        IntervalTrigger(hours=6, timezone=UTC),
        args=[inbox],
        id="maintenance:purge-processed-updates",
        replace_existing=True,
    )
    if outbox is not None:
        scheduler.add_job(
            purge_settled_outbox,
            IntervalTrigger(hours=6, timezone=UTC),
            args=[outbox],
            id="maintenance:purge-settled-outbox",
            replace_existing=True,
        )
    if dialogs is not None:
        scheduler.add_job(
            purge_expired_dialogs,
            IntervalTrigger(hours=1, timezone=UTC),
            args=[dialogs],
            id="maintenance:purge-expired-dialogs",
            replace_existing=True,
        )
    if checkins is not None:
        checkins.install(scheduler)
    if moderation is not None:
        moderation.install(scheduler)
    if broadcasts is not None:
        broadcasts.install(scheduler)
    if meetings is not None:
        meetings.install(scheduler)
    if digests is not None:
        digests.install(scheduler)
    if impact is not None:
        impact.install(scheduler)
    return scheduler
