"""Schedule arithmetic for weekly check-in rounds: pure, on plain values.

A schedule is a weekday (0 = Monday), a minute of the day and a time zone. Local time is
kept across daylight-saving changes: a round at 10:00 in Amsterdam opens at 10:00 local
in March and in October, so its UTC instant moves by an hour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo


@dataclass(frozen=True, slots=True)
class Slot:
    """When a group's round opens each week, in local time."""

    weekday: int  # 0 = Monday .. 6 = Sunday (ISO order, like APScheduler's CronTrigger)
    minute_of_day: int
    timezone: str

    def __post_init__(self) -> None:
        if not 0 <= self.weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday)")
        if not 0 <= self.minute_of_day < 24 * 60:
            raise ValueError("minute_of_day must be within one day")

    @property
    def hour(self) -> int:
        """The local hour."""
        return self.minute_of_day // 60

    @property
    def minute(self) -> int:
        """The minute within the local hour."""
        return self.minute_of_day % 60

    def on(self, day: date) -> datetime:
        """The opening instant (UTC) on a local calendar day."""
        local = datetime.combine(day, time(self.hour, self.minute), tzinfo=ZoneInfo(self.timezone))
        return local.astimezone(UTC)

    def last(self, now: datetime) -> datetime:
        """The most recent opening at or before `now` (UTC)."""
        today = now.astimezone(ZoneInfo(self.timezone)).date()
        day = today - timedelta(days=(today.weekday() - self.weekday) % 7)
        moment = self.on(day)
        if moment > now:
            moment = self.on(day - timedelta(days=7))
        return moment

    def next(self, now: datetime) -> datetime:
        """The first opening strictly after `now` (UTC)."""
        today = now.astimezone(ZoneInfo(self.timezone)).date()
        day = today + timedelta(days=(self.weekday - today.weekday()) % 7)
        moment = self.on(day)
        if moment <= now:
            moment = self.on(day + timedelta(days=7))
        return moment


@dataclass(frozen=True, slots=True)
class RoundTimes:
    """The moments of one round: open, one reminder halfway, close."""

    scheduled_for: datetime
    remind_at: datetime
    closes_at: datetime

    @classmethod
    def of(cls, scheduled_for: datetime, window_hours: int) -> RoundTimes:
        """The reminder falls halfway through the window."""
        window = timedelta(hours=window_hours)
        return cls(scheduled_for, scheduled_for + window / 2, scheduled_for + window)

    def is_open(self, now: datetime) -> bool:
        """Whether answers are accepted at `now`."""
        return self.scheduled_for <= now < self.closes_at
