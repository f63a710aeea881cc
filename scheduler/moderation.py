"""The scheduler's moderation jobs: one reminder for newcomers who have not agreed yet, the
group chat's night rest, and erasing old excerpts of removed or flagged messages."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, timedelta
from typing import Any

from apscheduler.schedulers.base import BaseScheduler
from apscheduler.triggers.interval import IntervalTrigger

from storage.moderation import ModerationService, Reminder, RestChange
from storage.outbox import NewMessage, Outbox

log = logging.getLogger(__name__)

RULES_JOB_ID = "moderation:rules-reminders"
EXCERPTS_JOB_ID = "moderation:excerpt-retention"
REST_JOB_ID = "moderation:night-rest"
READ_ONLY = {"can_send_messages": False, "can_send_audios": False, "can_send_documents": False,
             "can_send_photos": False, "can_send_videos": False, "can_send_video_notes": False,
             "can_send_voice_notes": False, "can_send_polls": False,
             "can_send_other_messages": False, "can_add_web_page_previews": False}  # fmt: skip
OPEN = {key: True for key in READ_ONLY}


class ModerationJobs:
    """Reminds, once, newcomers who can read but not yet write (they have not agreed)."""

    def __init__(
        self,
        service: ModerationService,
        outbox: Outbox,
        reminder_payload: Callable[[Reminder], dict[str, Any]],
        rest_payload: Callable[[RestChange], dict[str, Any]],
        retention: timedelta = timedelta(days=365),
    ) -> None:
        self.service = service
        self.retention = retention
        self.outbox = outbox
        self.reminder_payload = reminder_payload
        self.rest_payload = rest_payload

    def install(self, scheduler: BaseScheduler) -> None:
        """Check every minute."""
        scheduler.add_job(
            self.rest,
            IntervalTrigger(minutes=1, timezone=UTC),
            id=REST_JOB_ID,
            replace_existing=True,
        )
        scheduler.add_job(
            self.remind,
            IntervalTrigger(minutes=1, timezone=UTC),
            id=RULES_JOB_ID,
            replace_existing=True,
        )
        scheduler.add_job(
            self.purge,
            IntervalTrigger(days=1, timezone=UTC),
            id=EXCERPTS_JOB_ID,
            replace_existing=True,
        )

    async def purge(self) -> int:
        """Erase excerpts past the retention period (the same as check-in words)."""
        removed = await self.service.purge_excerpts(self.retention)
        if removed:
            log.info("retention: erased %s moderation excerpts", removed)
        return removed

    async def remind(self) -> int:
        """Enqueue the reminders that are due (with their marks, in one transaction)."""
        due = await self.service.due_rule_reminders(self._reminder_messages)
        if due:
            log.info("reminded %s newcomers of the group rules", len(due))
        return len(due)

    def _reminder_messages(self, r: Reminder) -> list[NewMessage]:
        key = f"rules-reminder:{r.group_id}:{r.telegram_user_id}"
        return [NewMessage(key, r.chat_id, self.reminder_payload(r))]

    async def rest(self) -> int:
        """Close the chat for the night, or open it in the morning, with a short note (the
        change and its messages in one transaction)."""
        return len(await self.service.rest_changes(self._rest_messages))

    def _rest_messages(self, change: RestChange) -> list[NewMessage]:
        day = (change.until or self.service_now()).strftime("%Y%m%d%H%M")
        state = "on" if change.resting else "off"
        key = f"rest:{change.group_id}:{day}:{state}"
        return [
            NewMessage(
                f"{key}:permissions",
                change.chat_id,
                {
                    "permissions": READ_ONLY if change.resting else OPEN,
                    "use_independent_chat_permissions": True,
                },
                method="setChatPermissions",
            ),
            NewMessage(f"{key}:note", change.chat_id, self.rest_payload(change)),
        ]

    def service_now(self) -> Any:
        """The service's clock (for dedupe keys)."""
        return self.service.now()
