"""Job functions the scheduler runs. They talk to storage only, never to Telegram."""

from __future__ import annotations

import logging
from datetime import timedelta

from storage.updates import UpdateLog

log = logging.getLogger(__name__)

# Telegram gives up re-delivering an update after about a day; two days is a safe margin.
PROCESSED_UPDATE_RETENTION = timedelta(days=2)


async def purge_processed_updates(update_log: UpdateLog) -> int:
    """Forget old update ids so the table stays small however long a group lives."""
    removed = await update_log.purge_older_than(PROCESSED_UPDATE_RETENTION)
    if removed:
        log.info("forgot %s processed update ids", removed)
    return removed
