"""When a bot-initiated message may reach a member: pause, quiet hours, the weekly cap.

Pure logic on plain values (no Telegram, no SQLAlchemy), shared by every feature that
enqueues prompts, reminders or broadcasts.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo


class Hold(enum.Enum):
    """Why a message is not sent now."""

    PAUSED = "paused"  # dropped for this member: they asked for silence
    OVER_CAP = "over_cap"  # dropped: the week's prompts are used up
    QUIET_HOURS = "quiet_hours"  # delayed until the morning


@dataclass(frozen=True, slots=True)
class MemberPrefs:
    """A member's delivery preferences as stored."""

    paused_until: datetime | None = None
    paused_indefinitely: bool = False
    quiet_start_min: int = 21 * 60
    quiet_end_min: int = 8 * 60


@dataclass(frozen=True, slots=True)
class Decision:
    """Send at `send_at` (now or after quiet hours), or not at all (`send_at` None)."""

    send_at: datetime | None
    hold: Hold | None = None


def is_paused(prefs: MemberPrefs, now: datetime) -> bool:
    """Whether the member's pause holds at `now`."""
    return prefs.paused_indefinitely or (
        prefs.paused_until is not None and prefs.paused_until > now
    )


def end_of_quiet_hours(prefs: MemberPrefs, now: datetime, zone: str) -> datetime | None:
    """If `now` falls in the member's quiet hours (in the group's zone), when they end."""
    local = now.astimezone(ZoneInfo(zone))
    minute = local.hour * 60 + local.minute
    start, end = prefs.quiet_start_min, prefs.quiet_end_min
    if start == end:
        return None
    overnight = start > end
    quiet = (minute >= start or minute < end) if overnight else (start <= minute < end)
    if not quiet:
        return None
    day = local.date()
    if overnight and minute >= start:
        day += timedelta(days=1)
    wake = datetime.combine(day, time(end // 60, end % 60), tzinfo=ZoneInfo(zone))
    return wake.astimezone(now.tzinfo)


def decide(
    prefs: MemberPrefs,
    now: datetime,
    zone: str,
    *,
    prompts_this_week: int,
    weekly_cap: int,
    counts_towards_cap: bool = True,
    urgent: bool = False,
) -> Decision:
    """Whether and when to send one bot-initiated message to a member.

    Urgent messages (a facilitator's answer to a contact request, safety) ignore all three
    rules. Otherwise a pause drops the message, a full weekly cap drops it, and quiet
    hours delay it to the morning.
    """
    if urgent:
        return Decision(now)
    if is_paused(prefs, now):
        return Decision(None, Hold.PAUSED)
    if counts_towards_cap and prompts_this_week >= weekly_cap:
        return Decision(None, Hold.OVER_CAP)
    wake = end_of_quiet_hours(prefs, now, zone)
    if wake is not None:
        return Decision(wake, Hold.QUIET_HOURS)
    return Decision(now)
