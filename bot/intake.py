"""Where every incoming update enters: validated, recorded once, queued for handling."""

from __future__ import annotations

import enum
import logging
from typing import Any

from telegram import Update
from telegram.ext import Application

from storage.updates import UpdateLog

log = logging.getLogger(__name__)


class Intake(enum.Enum):
    """What became of an incoming update."""

    QUEUED = "queued"
    DUPLICATE = "duplicate"  # Telegram re-delivered an update we already took
    INVALID = "invalid"  # not an Update; Telegram would not send this


class UpdateIntake:
    """Shared by the webhook and the polling loop, so both handle an `update_id` once."""

    def __init__(self, application: Application, log_: UpdateLog) -> None:
        self._application = application
        self._log = log_

    async def accept_json(self, data: Any) -> Intake:
        """Take a decoded JSON body: check it is an Update, record its id, queue it."""
        if not isinstance(data, dict) or not _is_update_id(data.get("update_id")):
            return Intake.INVALID
        try:
            update = Update.de_json(data, self._application.bot)
        except Exception:  # PTB raises many types on malformed objects
            log.warning("refused a malformed update %s", data.get("update_id"), exc_info=True)
            return Intake.INVALID
        return await self.accept(update)

    async def accept(self, update: Update) -> Intake:
        """Record the update id (the unique row comes first), then queue the update."""
        if not await self._log.claim(update.update_id):
            log.info("skipped re-delivered update %s", update.update_id)
            return Intake.DUPLICATE
        await self._application.update_queue.put(update)
        return Intake.QUEUED


def _is_update_id(value: Any) -> bool:
    # bool is an int in Python; an update id is a non-negative 64-bit integer.
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**63
