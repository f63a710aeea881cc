"""When a bot-initiated message may reach a member: pause, weekly cap, quiet hours (pure)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage.delivery_policy import (
    Decision,
    Hold,
    MemberPrefs,
    decide,
    end_of_quiet_hours,
    is_paused,
)

AMSTERDAM = "Europe/Amsterdam"
BRUSSELS = "Europe/Brussels"
DEFAULT = MemberPrefs()  # quiet 21:00-08:00, not paused
NOW = datetime(2026, 6, 10, 12, 0, tzinfo=UTC)  # a Wednesday, 14:00 in Amsterdam


def at(zone: str, *args: int) -> datetime:
    """A local wall-clock time in `zone`, as the aware UTC moment the app works with."""
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


def send(
    prefs: MemberPrefs = DEFAULT,
    now: datetime = NOW,
    zone: str = AMSTERDAM,
    *,
    prompts_this_week: int = 0,
    weekly_cap: int = 3,
    counts_towards_cap: bool = True,
    urgent: bool = False,
) -> Decision:
    return decide(
        prefs,
        now,
        zone,
        prompts_this_week=prompts_this_week,
        weekly_cap=weekly_cap,
        counts_towards_cap=counts_towards_cap,
        urgent=urgent,
    )


# --- nothing in the way -------------------------------------------------------------------


def test_a_message_in_the_afternoon_goes_now() -> None:
    assert send() == Decision(NOW, None)


# --- urgent -------------------------------------------------------------------------------


def test_urgent_ignores_pause_cap_and_quiet_hours() -> None:
    paused = MemberPrefs(paused_indefinitely=True)
    night = at(AMSTERDAM, 2026, 6, 10, 23, 30)
    decision = send(paused, night, prompts_this_week=9, weekly_cap=3, urgent=True)
    assert decision == Decision(night, None)


# --- pause --------------------------------------------------------------------------------


def test_a_pause_until_a_future_moment_drops_the_message() -> None:
    prefs = MemberPrefs(paused_until=NOW + timedelta(days=3))
    assert is_paused(prefs, NOW)
    assert send(prefs) == Decision(None, Hold.PAUSED)


def test_a_pause_that_has_ended_no_longer_holds() -> None:
    prefs = MemberPrefs(paused_until=NOW - timedelta(minutes=1))
    assert not is_paused(prefs, NOW)
    assert send(prefs) == Decision(NOW, None)
    # The moment the pause ends, messages flow again.
    assert send(MemberPrefs(paused_until=NOW)) == Decision(NOW, None)


def test_an_indefinite_pause_drops_the_message() -> None:
    assert send(MemberPrefs(paused_indefinitely=True)) == Decision(None, Hold.PAUSED)


def test_a_paused_member_is_not_woken_in_the_morning() -> None:
    """During quiet hours a pause still drops the message; it is not delayed to 08:00."""
    prefs = MemberPrefs(paused_indefinitely=True)
    night = at(AMSTERDAM, 2026, 6, 10, 23, 0)
    assert send(prefs, night) == Decision(None, Hold.PAUSED)


# --- weekly cap ---------------------------------------------------------------------------


@pytest.mark.parametrize("sent", [3, 4])
def test_over_the_weekly_cap_the_message_is_dropped(sent: int) -> None:
    assert send(prompts_this_week=sent, weekly_cap=3) == Decision(None, Hold.OVER_CAP)


def test_under_the_weekly_cap_the_message_goes() -> None:
    assert send(prompts_this_week=2, weekly_cap=3) == Decision(NOW, None)


def test_a_message_that_does_not_count_ignores_the_cap() -> None:
    decision = send(prompts_this_week=10, weekly_cap=3, counts_towards_cap=False)
    assert decision == Decision(NOW, None)


def test_over_the_cap_at_night_is_dropped_not_delayed() -> None:
    night = at(AMSTERDAM, 2026, 6, 10, 22, 0)
    assert send(now=night, prompts_this_week=3) == Decision(None, Hold.OVER_CAP)


def test_a_pause_wins_over_the_cap() -> None:
    prefs = MemberPrefs(paused_indefinitely=True)
    assert send(prefs, prompts_this_week=3) == Decision(None, Hold.PAUSED)


# --- quiet hours 21:00-08:00 --------------------------------------------------------------


@pytest.mark.parametrize("zone", [AMSTERDAM, BRUSSELS])
@pytest.mark.parametrize(
    "month",
    [6, 1],
    ids=["summer", "winter"],
)
def test_late_evening_waits_until_eight_next_morning(zone: str, month: int) -> None:
    now = at(zone, 2026, month, 10, 22, 30)
    decision = send(now=now, zone=zone)
    assert decision == Decision(at(zone, 2026, month, 11, 8, 0), Hold.QUIET_HOURS)
    assert decision.send_at is not None
    local = decision.send_at.astimezone(ZoneInfo(zone))
    assert (local.day, local.hour, local.minute) == (11, 8, 0)


@pytest.mark.parametrize("zone", [AMSTERDAM, BRUSSELS])
def test_just_before_eight_waits_until_eight_the_same_morning(zone: str) -> None:
    now = at(zone, 2026, 6, 10, 7, 59)
    assert send(now=now, zone=zone) == Decision(at(zone, 2026, 6, 10, 8, 0), Hold.QUIET_HOURS)


@pytest.mark.parametrize("zone", [AMSTERDAM, BRUSSELS])
@pytest.mark.parametrize("hour,minute", [(8, 0), (20, 59), (12, 0)])
def test_outside_quiet_hours_the_message_goes_now(zone: str, hour: int, minute: int) -> None:
    now = at(zone, 2026, 6, 10, hour, minute)
    assert send(now=now, zone=zone) == Decision(now, None)


@pytest.mark.parametrize("zone", [AMSTERDAM, BRUSSELS])
def test_quiet_hours_start_at_nine(zone: str) -> None:
    now = at(zone, 2026, 6, 10, 21, 0)
    assert send(now=now, zone=zone) == Decision(at(zone, 2026, 6, 11, 8, 0), Hold.QUIET_HOURS)


def test_just_after_midnight_waits_until_eight_that_morning() -> None:
    now = at(AMSTERDAM, 2026, 6, 11, 0, 15)
    assert send(now=now) == Decision(at(AMSTERDAM, 2026, 6, 11, 8, 0), Hold.QUIET_HOURS)


def test_quiet_hours_are_kept_in_the_groups_zone_not_utc() -> None:
    """21:30 UTC is 23:30 in Amsterdam in summer: quiet there, whatever UTC says."""
    now = datetime(2026, 6, 10, 21, 30, tzinfo=UTC)
    assert send(now=now) == Decision(datetime(2026, 6, 11, 6, 0, tzinfo=UTC), Hold.QUIET_HOURS)
    # 19:30 UTC is 21:30 in Amsterdam but 20:30 in London: only the first is quiet.
    evening = datetime(2026, 6, 10, 19, 30, tzinfo=UTC)
    assert send(now=evening).hold is Hold.QUIET_HOURS
    assert send(now=evening, zone="Europe/London") == Decision(evening, None)


def test_the_wake_up_time_is_in_the_callers_time_zone() -> None:
    now = at(AMSTERDAM, 2026, 6, 10, 23, 0)
    wake = end_of_quiet_hours(DEFAULT, now, AMSTERDAM)
    assert wake is not None and wake.utcoffset() == timedelta(0)
    local_now = now.astimezone(ZoneInfo(AMSTERDAM))
    assert end_of_quiet_hours(DEFAULT, local_now, AMSTERDAM) == wake


# --- other quiet windows ------------------------------------------------------------------


DAYTIME = MemberPrefs(quiet_start_min=13 * 60, quiet_end_min=15 * 60)


@pytest.mark.parametrize("hour,minute", [(13, 0), (14, 0), (14, 59)])
def test_a_daytime_quiet_window_delays_until_its_end(hour: int, minute: int) -> None:
    now = at(AMSTERDAM, 2026, 6, 10, hour, minute)
    assert send(DAYTIME, now) == Decision(at(AMSTERDAM, 2026, 6, 10, 15, 0), Hold.QUIET_HOURS)


@pytest.mark.parametrize("hour,minute", [(12, 59), (15, 0), (23, 0), (3, 0)])
def test_outside_a_daytime_quiet_window_the_message_goes(hour: int, minute: int) -> None:
    now = at(AMSTERDAM, 2026, 6, 10, hour, minute)
    assert send(DAYTIME, now) == Decision(now, None)


@pytest.mark.parametrize("minutes", [0, 8 * 60, 21 * 60])
@pytest.mark.parametrize("hour", [0, 3, 8, 13, 21, 23])
def test_equal_start_and_end_mean_no_quiet_hours(minutes: int, hour: int) -> None:
    prefs = MemberPrefs(quiet_start_min=minutes, quiet_end_min=minutes)
    now = at(AMSTERDAM, 2026, 6, 10, hour, 0)
    assert end_of_quiet_hours(prefs, now, AMSTERDAM) is None
    assert send(prefs, now) == Decision(now, None)


# --- the nights the clocks change (Europe/Amsterdam) --------------------------------------


def test_the_night_summer_time_starts() -> None:
    """Saturday 28 March 2026, 23:00 CET; the clocks jump 02:00 -> 03:00 that night.

    08:00 on Sunday is summer time (UTC+2): 06:00 UTC, seven hours later, not nine.
    """
    now = at(AMSTERDAM, 2026, 3, 28, 23, 0)
    assert now == datetime(2026, 3, 28, 22, 0, tzinfo=UTC)
    decision = send(now=now)
    assert decision == Decision(datetime(2026, 3, 29, 6, 0, tzinfo=UTC), Hold.QUIET_HOURS)
    assert decision.send_at is not None
    local = decision.send_at.astimezone(ZoneInfo(AMSTERDAM))
    assert (local.date().isoformat(), local.hour, local.minute) == ("2026-03-29", 8, 0)
    assert local.utcoffset() == timedelta(hours=2)
    assert decision.send_at - now == timedelta(hours=8)


def test_the_night_summer_time_ends() -> None:
    """Saturday 24 October 2026, 23:00 CEST; the clocks fall back 03:00 -> 02:00 that night.

    08:00 on Sunday is winter time (UTC+1): 07:00 UTC, ten hours later, not nine.
    """
    now = at(AMSTERDAM, 2026, 10, 24, 23, 0)
    assert now == datetime(2026, 10, 24, 21, 0, tzinfo=UTC)
    decision = send(now=now)
    assert decision == Decision(datetime(2026, 10, 25, 7, 0, tzinfo=UTC), Hold.QUIET_HOURS)
    assert decision.send_at is not None
    local = decision.send_at.astimezone(ZoneInfo(AMSTERDAM))
    assert (local.date().isoformat(), local.hour, local.minute) == ("2026-10-25", 8, 0)
    assert local.utcoffset() == timedelta(hours=1)
    assert decision.send_at - now == timedelta(hours=10)


@pytest.mark.parametrize(
    "utc_now",
    [
        datetime(2026, 3, 29, 0, 30, tzinfo=UTC),  # 01:30 CET, before the jump
        datetime(2026, 3, 29, 1, 30, tzinfo=UTC),  # 03:30 CEST, after it
        datetime(2026, 10, 25, 0, 30, tzinfo=UTC),  # 02:30 CEST, the first 02:30
        datetime(2026, 10, 25, 1, 30, tzinfo=UTC),  # 02:30 CET, the second 02:30
    ],
)
def test_in_the_middle_of_a_changing_night_it_still_waits_for_eight(utc_now: datetime) -> None:
    decision = send(now=utc_now)
    assert decision.hold is Hold.QUIET_HOURS and decision.send_at is not None
    local = decision.send_at.astimezone(ZoneInfo(AMSTERDAM))
    assert (local.date(), local.hour, local.minute) == (utc_now.date(), 8, 0)
