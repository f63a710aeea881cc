"""When parents are asked the impact questions (storage/impact_moments.py, issue 16).

Most tests walk a clock through years of a trajectory, every six hours, the way a sweep
would: they begin what `due_moments` returns, remember it, and read what was begun when.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from storage.impact_moments import (
    Kind,
    Moment,
    Plan,
    Stay,
    add_months,
    due_moments,
    planned,
)
from storage.models import MomentKind

STEP = timedelta(hours=6)
THREE_YEARS = Plan(date(2027, 1, 4), date(2030, 1, 4), "Europe/Amsterdam")


def ams(day: str, hour: int = 10) -> datetime:
    """`hour`:00 Amsterdam time on an ISO day, in UTC."""
    y, m, d = map(int, day.split("-"))
    return datetime(y, m, d, hour, tzinfo=ZoneInfo("Europe/Amsterdam")).astimezone(UTC)


def walk(
    plan: Plan,
    stay: Stay | Callable[[datetime], Stay],
    start: datetime,
    end: datetime,
    down: tuple[datetime, datetime] | None = None,
) -> list[tuple[Kind, int, datetime, datetime]]:
    """(kind, sequence, due, begun) for every moment begun between `start` and `end`;
    no sweep runs while Kring is `down`."""
    begun: list[tuple[Kind, int, datetime, datetime]] = []
    done: set[tuple[Kind, int]] = set()
    now = start
    while now <= end:
        if down is None or not down[0] <= now < down[1]:
            current = stay(now) if callable(stay) else stay
            for moment in due_moments(plan, current, now, done):
                assert moment.key not in done
                done.add(moment.key)
                begun.append((moment.kind, moment.sequence, moment.due_at, now))
            # A second sweep in the same minute (another replica, a restart) adds nothing.
            assert due_moments(plan, current, now, done) == ()
        now += STEP
    return begun


def dues(begun: list[tuple[Kind, int, datetime, datetime]]) -> list[tuple[str, int, datetime]]:
    return [(str(kind), sequence, due) for kind, sequence, due, _ in begun]


SIX_MONTHLY = [
    ("six_monthly", 1, ams("2027-07-04")),
    ("six_monthly", 2, ams("2028-01-04")),
    ("six_monthly", 3, ams("2028-07-04")),
    ("six_monthly", 4, ams("2029-01-04")),
    ("six_monthly", 5, ams("2029-07-04")),
]


def test_the_kinds_are_the_stored_kinds() -> None:
    assert [k.value for k in Kind] == [k.value for k in MomentKind]


def test_a_parent_from_the_first_week_to_a_year_after_the_end() -> None:
    """Three years, consent given at the end: intake, five six-monthly, end, follow-up,
    each once, at 10:00 in Amsterdam in winter and in summer."""
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)

    def stay(now: datetime) -> Stay:
        agreed = True if now >= ams("2030-01-05") else None  # said yes after the end moment
        return Stay(joined, follow_up=agreed)

    begun = walk(THREE_YEARS, stay, joined, datetime(2031, 6, 1, tzinfo=UTC))
    assert dues(begun) == [
        ("intake", 0, ams("2027-01-14")),
        *SIX_MONTHLY,
        ("end", 0, ams("2030-01-04")),
        ("follow_up", 0, ams("2031-01-04")),
    ]
    assert ams("2027-07-04").hour == 8 and ams("2028-01-04").hour == 9  # summer, winter
    assert all(timedelta(0) <= at - due < STEP for _, _, due, at in begun)


def test_the_intake_is_days_after_consent_never_the_same_minute() -> None:
    for joined in (
        datetime(2027, 3, 3, 9, 59, tzinfo=UTC),
        datetime(2027, 3, 3, 22, 59, tzinfo=UTC),  # 23:59 local: still three days on
        datetime(2027, 3, 31, 23, 30, tzinfo=UTC),  # past midnight local: 1 April
    ):
        intake = planned(THREE_YEARS, Stay(joined), joined + timedelta(days=10))[0]
        assert intake.kind is Kind.INTAKE
        assert timedelta(days=2) < intake.due_at - joined <= timedelta(days=4)
        assert due_moments(THREE_YEARS, Stay(joined), joined) == ()


def test_a_parent_there_before_the_start_is_asked_on_the_first_day() -> None:
    joined = datetime(2026, 11, 20, 15, tzinfo=UTC)
    begun = walk(THREE_YEARS, Stay(joined), joined, datetime(2027, 8, 1, tzinfo=UTC))
    assert dues(begun) == [("intake", 0, ams("2027-01-04")), SIX_MONTHLY[0]]


def test_a_parent_who_joins_late_skips_a_six_monthly_moment_too_close_to_the_intake() -> None:
    joined = datetime(2027, 5, 20, 12, tzinfo=UTC)
    begun = walk(THREE_YEARS, Stay(joined), joined, datetime(2030, 6, 1, tzinfo=UTC))
    assert dues(begun) == [
        ("intake", 0, ams("2027-05-23")),
        *SIX_MONTHLY[1:],
        ("end", 0, ams("2030-01-04")),
    ]


def test_a_parent_who_joins_shortly_before_the_end_is_not_asked() -> None:
    joined = datetime(2029, 11, 1, 12, tzinfo=UTC)
    stay = Stay(joined, follow_up=True)
    assert walk(THREE_YEARS, stay, joined, datetime(2031, 6, 1, tzinfo=UTC)) == []
    after = datetime(2030, 2, 1, tzinfo=UTC)  # joined after the end
    assert (
        walk(THREE_YEARS, Stay(after, follow_up=True), after, datetime(2031, 6, 1, tzinfo=UTC))
        == []
    )


def test_a_parent_who_leaves_early_is_asked_nothing_more() -> None:
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    stay = Stay(joined, left_at=datetime(2028, 3, 1, tzinfo=UTC), follow_up=True)
    begun = walk(THREE_YEARS, stay, joined, datetime(2031, 6, 1, tzinfo=UTC))
    assert dues(begun) == [("intake", 0, ams("2027-01-14")), *SIX_MONTHLY[:2]]


def test_leaving_before_the_first_question_means_no_question() -> None:
    joined = datetime(2027, 2, 1, 12, tzinfo=UTC)
    stay = Stay(joined, left_at=joined + timedelta(days=1))
    assert walk(THREE_YEARS, stay, joined, datetime(2028, 1, 1, tzinfo=UTC)) == []


def test_a_moment_not_begun_before_the_parent_left_is_not_begun_after() -> None:
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    left = ams("2027-07-04", 12)  # left two hours after the six-monthly moment fell due
    stay = Stay(joined, left_at=left)
    assert due_moments(THREE_YEARS, stay, left - timedelta(hours=1), {(Kind.INTAKE, 0)}) == (
        Moment(ams("2027-07-04"), Kind.SIX_MONTHLY, 1),
    )
    assert due_moments(THREE_YEARS, stay, left, {(Kind.INTAKE, 0)}) == ()


@pytest.mark.parametrize("agreed", [False, None])
def test_no_follow_up_without_a_yes(agreed: bool | None) -> None:
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    begun = walk(
        THREE_YEARS, Stay(joined, follow_up=agreed), joined, datetime(2031, 6, 1, tzinfo=UTC)
    )
    assert dues(begun)[-1] == ("end", 0, ams("2030-01-04"))


def test_the_follow_up_survives_the_group_closing_after_the_end() -> None:
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    stay = Stay(joined, left_at=datetime(2030, 2, 1, tzinfo=UTC), follow_up=True)
    begun = walk(
        THREE_YEARS, stay, datetime(2029, 12, 1, tzinfo=UTC), datetime(2031, 6, 1, tzinfo=UTC)
    )
    assert dues(begun) == [("end", 0, ams("2030-01-04")), ("follow_up", 0, ams("2031-01-04"))]


def test_no_follow_up_to_a_parent_who_is_no_longer_reachable() -> None:
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)

    def stay(now: datetime) -> Stay:
        return Stay(joined, follow_up=True, reachable=now < datetime(2030, 6, 1, tzinfo=UTC))

    begun = walk(
        THREE_YEARS, stay, datetime(2029, 12, 1, tzinfo=UTC), datetime(2031, 12, 1, tzinfo=UTC)
    )
    assert dues(begun) == [("end", 0, ams("2030-01-04"))]


def test_an_open_ended_trajectory_asks_every_six_months_and_never_ends() -> None:
    plan = Plan(date(2027, 1, 4), None, "Europe/Amsterdam")
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    begun = walk(plan, Stay(joined, follow_up=True), joined, datetime(2032, 1, 10, tzinfo=UTC))
    assert [kind for kind, *_ in begun] == [Kind.INTAKE] + [Kind.SIX_MONTHLY] * 10
    assert [sequence for _, sequence, *_ in begun] == [0, *range(1, 11)]
    assert begun[-1][2] == ams("2032-01-04")


def test_after_kring_was_down_only_the_latest_moment_goes() -> None:
    """Down from June 2027 to February 2028: the July moment is missed, January's goes."""
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    down = (datetime(2027, 6, 1, tzinfo=UTC), datetime(2028, 2, 1, tzinfo=UTC))
    begun = walk(THREE_YEARS, Stay(joined), joined, datetime(2028, 8, 1, tzinfo=UTC), down)
    assert dues(begun) == [("intake", 0, ams("2027-01-14")), *SIX_MONTHLY[1:3]]
    assert down[1] <= begun[1][3] < down[1] + STEP  # the first sweep after the restart


def test_a_moment_more_than_two_months_late_is_missed() -> None:
    joined = datetime(2026, 12, 1, tzinfo=UTC)
    plan = Plan(date(2027, 1, 4), date(2030, 1, 4))
    # The trajectory entered in April for a January start: the intake is too late.
    assert due_moments(plan, Stay(joined), datetime(2027, 4, 10, tzinfo=UTC)) == ()
    # Entered a week late: the intake goes now.
    assert due_moments(plan, Stay(joined), datetime(2027, 1, 11, tzinfo=UTC)) == (
        Moment(ams("2027-01-04"), Kind.INTAKE),
    )


def test_a_trajectory_that_ends_between_two_six_monthly_moments() -> None:
    """26 months: the moment at 24 months falls two months before the end and is left out."""
    plan = Plan(date(2027, 1, 4), date(2029, 3, 4))
    joined = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)
    begun = walk(plan, Stay(joined), joined, datetime(2029, 6, 1, tzinfo=UTC))
    assert dues(begun) == [
        ("intake", 0, ams("2027-01-14")),
        *SIX_MONTHLY[:3],
        ("end", 0, ams("2029-03-04")),
    ]


def test_parents_of_one_group_share_their_six_monthly_days_in_another_time_zone() -> None:
    plan = Plan(date(2027, 8, 31), date(2029, 8, 31), "Europe/Brussels")
    moments = [
        planned(plan, Stay(datetime(2027, 8, 20, tzinfo=UTC)), datetime(2029, 12, 1, tzinfo=UTC)),
        planned(plan, Stay(datetime(2027, 9, 15, tzinfo=UTC)), datetime(2029, 12, 1, tzinfo=UTC)),
    ]
    for parent in moments:
        six = [m.due_at.date() for m in parent if m.kind is Kind.SIX_MONTHLY]
        assert six == [date(2028, 2, 29), date(2028, 8, 31), date(2029, 2, 28)]


def test_months_are_calendar_months() -> None:
    assert add_months(date(2027, 8, 31), 6) == date(2028, 2, 29)
    assert add_months(date(2027, 1, 4), 12) == date(2028, 1, 4)
    assert add_months(date(2027, 10, 15), 3) == date(2028, 1, 15)


def test_a_trajectory_ends_after_it_starts() -> None:
    with pytest.raises(ValueError):
        Plan(date(2027, 1, 4), date(2027, 1, 4))
