"""Dates a parent types after "Until a date": read the way people write them here."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from handlers.privacy import parse_day

TODAY = datetime(2026, 11, 22, 15, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("typed", "local_end"),
    [
        ("24-12", "2026-12-25 00:00"),
        ("24/12/2026", "2026-12-25 00:00"),
        ("24.12.26", "2026-12-25 00:00"),
        (" 1-1 ", "2027-01-02 00:00"),  # January has passed this year: next year
        ("22-11", "2026-11-23 00:00"),  # today counts
    ],
)
def test_typed_dates_end_after_that_day(typed: str, local_end: str) -> None:
    end = parse_day(typed, "Europe/Amsterdam", TODAY)
    assert end is not None and end.tzinfo is not None
    assert end.astimezone(ZoneInfo("Europe/Amsterdam")).strftime("%Y-%m-%d %H:%M") == local_end


@pytest.mark.parametrize("typed", ["next tuesday", "31-02", "24-13", "1-1-2020", "", "12"])
def test_what_is_not_a_future_date_is_refused(typed: str) -> None:
    assert parse_day(typed, "Europe/Amsterdam", TODAY) is None
