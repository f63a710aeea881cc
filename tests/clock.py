"""The clock a test moves by hand, given to services wherever they take `clock=`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

# A Monday, 10:00 in Amsterdam, in the future of the test machine's real clock (the
# sender gives rows back for a retry at real time plus `retry_after`).
MONDAY_10 = datetime(2027, 3, 1, 10, 0, tzinfo=ZoneInfo("Europe/Amsterdam")).astimezone(UTC)


@dataclass
class Clock:
    """A clock the test moves by hand: `now` until set or advanced."""

    now: datetime

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        """Jump to `moment` (kept in UTC, as the services' own clock gives it)."""
        self.now = moment.astimezone(UTC)

    def advance(self, **kwargs: float) -> None:
        """Move on by a `timedelta(**kwargs)`."""
        self.now += timedelta(**kwargs)
