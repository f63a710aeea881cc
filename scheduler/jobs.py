"""Job functions the scheduler runs. They talk to storage only, never to Telegram."""

from __future__ import annotations

import logging
from datetime import timedelta

from storage.dialogs import DialogStore
from storage.outbox import Outbox
from storage.updates import UpdateInbox

log = logging.getLogger(__name__)

# Telegram gives up re-delivering an update after about a day; two days is a safe margin.
PROCESSED_UPDATE_RETENTION = timedelta(days=2)
# Delivered (or finally failed) messages are kept a month for delivery reports, then go:
# their texts can hold names and answers, and the table must not grow with the years.
SETTLED_OUTBOX_RETENTION = timedelta(days=30)


async def purge_processed_updates(inbox: UpdateInbox) -> int:
    """Forget handled updates after two days (re-deliveries come within one), so the
    inbox stays small however long a group lives; unhandled ones are kept."""
    removed = await inbox.purge_older_than(PROCESSED_UPDATE_RETENTION)
    if removed:
        log.info("forgot %s handled updates", removed)
    return removed


async def purge_settled_outbox(outbox: Outbox) -> int:
    """Delete outbox rows settled more than a month ago."""
    removed = await outbox.purge_settled(SETTLED_OUTBOX_RETENTION)
    if removed:
        log.info("deleted %s settled outbox rows", removed)
    return removed


async def purge_expired_dialogs(dialogs: DialogStore) -> int:
    """Delete questions nobody answered in time (a half-typed question may hold words)."""
    removed = await dialogs.purge_expired()
    if removed:
        log.info("deleted %s expired dialogs", removed)
    return removed
