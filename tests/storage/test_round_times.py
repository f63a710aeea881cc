"""Schedule arithmetic and the scheduler's check-in jobs: DST weeks, explicit ids, sync."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.schedulers.asyncio import AsyncIOScheduler

from scheduler.checkins import OPEN_JOB_PREFIX, SWEEP_JOB_ID, CheckinJobs, slot_job_id, slot_trigger
from storage.round_times import RoundTimes, Slot

ZONES = ["Europe/Amsterdam", "Europe/Brussels"]
# The last Sundays of March and October 2027: clocks go forward, then back.
SPRING = datetime(2027, 3, 28)
AUTUMN = datetime(2027, 10, 31)


def local(moment: datetime, zone: str) -> datetime:
    return moment.astimezone(ZoneInfo(zone))


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("change", [SPRING, AUTUMN])
@pytest.mark.parametrize("hour", [10, 19])
def test_the_local_hour_is_kept_across_a_dst_change(zone: str, change: datetime, hour: int) -> None:
    slot = Slot(weekday=6, minute_of_day=hour * 60, timezone=zone)  # Sundays
    before = slot.next(change.replace(tzinfo=UTC) - timedelta(days=7))
    on_change = slot.next(before)
    after = slot.next(on_change)
    for moment in (before, on_change, after):
        assert (local(moment, zone).hour, local(moment, zone).minute) == (hour, 0)
        assert local(moment, zone).weekday() == 6
    # The UTC instant moves by an hour across the change, so the gap is 7 days +/- 1 hour.
    gap = on_change - before
    expected = timedelta(days=7, hours=-1) if change is SPRING else timedelta(days=7, hours=1)
    assert gap == expected
    assert on_change.date() == change.date()


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("change", [SPRING, AUTUMN])
def test_apscheduler_fires_when_our_arithmetic_says(zone: str, change: datetime) -> None:
    """The CronTrigger (with the group's ZoneInfo) and Slot agree through the DST week."""
    slot = Slot(weekday=0, minute_of_day=9 * 60 + 30, timezone=zone)  # Mondays 09:30
    trigger = slot_trigger(slot)
    now = change.replace(tzinfo=UTC) - timedelta(days=10)
    fire = trigger.get_next_fire_time(None, now)
    expected = slot.next(now)
    for _ in range(4):
        assert fire is not None and fire == expected
        assert (local(fire, zone).hour, local(fire, zone).minute) == (9, 30)
        fire = trigger.get_next_fire_time(fire, fire + timedelta(seconds=1))
        expected = slot.next(expected)


def test_last_and_next() -> None:
    slot = Slot(0, 10 * 60, "Europe/Amsterdam")
    monday_10 = datetime(2027, 3, 1, 10, tzinfo=ZoneInfo("Europe/Amsterdam"))
    assert slot.last(monday_10) == monday_10
    assert slot.next(monday_10) == monday_10 + timedelta(days=7)
    assert slot.last(monday_10 - timedelta(seconds=1)) == monday_10 - timedelta(days=7)
    assert slot.next(monday_10 - timedelta(seconds=1)) == monday_10


def test_round_times() -> None:
    start = datetime(2027, 3, 1, 9, tzinfo=UTC)
    times = RoundTimes.of(start, 48)
    assert times.remind_at == start + timedelta(hours=24)
    assert times.closes_at == start + timedelta(hours=48)
    assert times.is_open(start) and not times.is_open(times.closes_at)


@pytest.mark.parametrize("weekday,minute", [(-1, 0), (7, 0), (0, 24 * 60), (0, -1)])
def test_a_slot_out_of_range_is_refused(weekday: int, minute: int) -> None:
    with pytest.raises(ValueError):
        Slot(weekday, minute, "Europe/Amsterdam")


class FakeService:
    """Just the `slots()` the job sync reads."""

    def __init__(self, slots: set[Slot]) -> None:
        self.slot_set = slots

    async def slots(self) -> set[Slot]:
        return self.slot_set


async def test_jobs_follow_the_schedules_in_the_database() -> None:
    a = Slot(0, 600, "Europe/Amsterdam")
    b = Slot(3, 1140, "Europe/Brussels")
    service = FakeService({a, b})
    jobs = CheckinJobs(service, composer=None)  # type: ignore[arg-type]
    scheduler = AsyncIOScheduler(timezone=UTC)
    jobs.install(scheduler)
    await jobs.sync()
    ids = {j.id for j in scheduler.get_jobs()}
    assert {slot_job_id(a), slot_job_id(b), SWEEP_JOB_ID} <= ids
    job = scheduler.get_job(slot_job_id(a))
    assert str(job.trigger.timezone) == "Europe/Amsterdam"
    # A facilitator moves group b to Friday: the old job goes, a new one comes.
    c = Slot(4, 1140, "Europe/Brussels")
    service.slot_set = {a, c}
    await jobs.sync()
    ids = {j.id for j in scheduler.get_jobs() if j.id.startswith(OPEN_JOB_PREFIX)}
    assert ids == {slot_job_id(a), slot_job_id(c)}
    # A thousand groups on one slot are one job.
    service.slot_set = {a}
    await jobs.sync()
    assert [j.id for j in scheduler.get_jobs() if j.id.startswith(OPEN_JOB_PREFIX)] == [
        slot_job_id(a)
    ]
