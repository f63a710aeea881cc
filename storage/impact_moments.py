"""When a parent is asked the six impact questions: pure, on plain values (issue 16).

A trajectory has a start date and a planned end date (or none: open ended), read in the
group's time zone; a moment falls on a day at `SEND_MINUTE` local time (quiet hours, a
break and the weekly limit are the outbox's business, later). Per parent:

- **intake** three days after joining (never in the minute of consent), or on the start
  day for a parent who joined before the trajectory began;
- **six-monthly** on the same day every six months from the start, for every parent in
  the group by then (the whole group in one week), except one that falls less than
  `MIN_GAP` after the parent's intake or before the end;
- **end** on the planned end day;
- **follow-up** a year after the end, only to a parent who said yes to being asked again,
  was still in the group at the end and is still reachable.

A parent who joins less than `MIN_GAP` before the planned end is asked nothing: with one
moment there is no change to measure, and the message would cost a place in their week.
A parent who leaves before the end is asked nothing more from then on.

Kring never sends two questionnaires at once: a moment not yet begun when the parent's
next one is already due (Kring was down, the trajectory was entered late) is missed, and
so is one more than `STALE_AFTER` late. Each moment is identified by its kind and
sequence, so the caller creates it once (`due_moments` leaves out what `done` holds).
"""

from __future__ import annotations

import calendar
import enum
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

INTAKE_DELAY = timedelta(days=3)
MIN_GAP = timedelta(days=90)  # a change over less than about three months says little
STALE_AFTER = timedelta(days=60)
SEND_MINUTE = 10 * 60  # 10:00 in the group's time zone
FOLLOW_UP_MONTHS = 12
EVERY_MONTHS = 6


class Kind(enum.StrEnum):
    """The kinds of moment (the same values as `storage.models.MomentKind`)."""

    INTAKE = "intake"
    SIX_MONTHLY = "six_monthly"
    END = "end"
    FOLLOW_UP = "follow_up"


@dataclass(frozen=True, slots=True)
class Plan:
    """A group's trajectory: its dates and the group's time zone."""

    starts_on: date
    ends_on: date | None  # None: open ended
    timezone: str = "Europe/Amsterdam"

    def __post_init__(self) -> None:
        if self.ends_on is not None and self.ends_on <= self.starts_on:
            raise ValueError("a trajectory ends after it starts")

    def at(self, day: date) -> datetime:
        """The moment (UTC) on a local calendar day."""
        local = time(SEND_MINUTE // 60, SEND_MINUTE % 60)
        return datetime.combine(day, local, tzinfo=ZoneInfo(self.timezone)).astimezone(UTC)

    @property
    def end(self) -> datetime | None:
        """When the end moment falls, if the trajectory has an end."""
        return None if self.ends_on is None else self.at(self.ends_on)


@dataclass(frozen=True, slots=True)
class Stay:
    """One parent in the group: when they joined and left, and what they said."""

    joined_at: datetime
    left_at: datetime | None = None
    # "May we ask you once more in a year?": None until they answered.
    follow_up: bool | None = None
    reachable: bool = True


@dataclass(frozen=True, slots=True, order=True)
class Moment:
    """One moment of one parent: when it is due, what it is."""

    due_at: datetime
    kind: Kind
    sequence: int = 0  # which six-monthly moment (1 = six months after the start)

    @property
    def key(self) -> tuple[Kind, int]:
        """What makes the moment one: the storage's unique (kind, sequence)."""
        return (self.kind, self.sequence)


def add_months(day: date, months: int) -> date:
    """`day` moved by whole months; the 31st becomes the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def planned(plan: Plan, stay: Stay, until: datetime) -> tuple[Moment, ...]:
    """Every moment the parent is meant to have, due at or before `until`, in time order.

    Whether the parent may still be asked (left, unreachable) is `due_moments`' question;
    this is the plan, which leaving does not change except that it ends it.
    """
    end = plan.end
    start = plan.at(plan.starts_on)
    intake_day = (stay.joined_at + INTAKE_DELAY).astimezone(ZoneInfo(plan.timezone)).date()
    intake = max(plan.at(intake_day), start)
    if end is not None and intake > end - MIN_GAP:
        return ()  # joined too late to measure a change (or after the end)
    left = stay.left_at
    if left is not None and left <= intake:
        return ()  # left before the first question
    moments = [Moment(intake, Kind.INTAKE)]
    sequence = 1
    while True:
        due = plan.at(add_months(plan.starts_on, EVERY_MONTHS * sequence))
        if due > until or (end is not None and due > end - MIN_GAP):
            break
        if due >= intake + MIN_GAP and (left is None or due < left):
            moments.append(Moment(due, Kind.SIX_MONTHLY, sequence))
        sequence += 1
    # A parent still in the group at the end; leaving after it (the group closed) does
    # not take the follow-up away.
    if end is not None and (left is None or end <= left):
        moments.append(Moment(end, Kind.END))
        if stay.follow_up:
            follow_up_day = add_months(plan.ends_on or plan.starts_on, FOLLOW_UP_MONTHS)
            moments.append(Moment(plan.at(follow_up_day), Kind.FOLLOW_UP))
    return tuple(m for m in moments if m.due_at <= until)


def due_moments(
    plan: Plan, stay: Stay, now: datetime, done: Collection[tuple[Kind, int]] = ()
) -> tuple[Moment, ...]:
    """The moments to begin at `now`: due, not in `done`, not missed, the parent askable.

    At most one is returned: the latest moment that is due, unless `done` has it already
    (the earlier ones are then missed for good, so each moment begins once).
    """
    if not stay.reachable:
        return ()
    moments = planned(plan, stay, now)
    if not moments:
        return ()
    latest = moments[-1]
    if latest.key in done or now - latest.due_at > STALE_AFTER:
        return ()
    if stay.left_at is not None and stay.left_at <= now and latest.kind is not Kind.FOLLOW_UP:
        return ()  # gone before the moment began: nothing more, bar a consented follow-up
    return (latest,)
