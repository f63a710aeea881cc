"""Digest figures on SQLite and PostgreSQL: SQL aggregates against a naive Python count,
the small-numbers rule for coordinators, the attention flags, and the pure functions."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import update

from storage.digest_stats import (
    HIDDEN,
    MIN_BASE,
    Attention,
    AttentionRules,
    CoordinatorGroup,
    GroupFigures,
    Hidden,
    MemberCounts,
    WeekFigures,
    add_weeks,
    for_coordinator,
    mood_mean,
    mood_trend,
    needs_attention,
    response_rate,
    response_trend,
    trend,
)
from storage.digests import DigestService, week_starts
from storage.models import (
    Attendance,
    CheckinResponse,
    CheckinRound,
    ContactRequest,
    ContactStatus,
    Group,
    Meeting,
    MeetingStatus,
    Member,
    Membership,
    ModerationAction,
    Organisation,
    Role,
    RoundStatus,
)
from tests.conftest import Database
from tests.digest_reference import group_weeks_naive

NOW = datetime(2027, 3, 1, 9, 0, tzinfo=UTC)
DAY = timedelta(days=1)
WEEK = timedelta(days=7)
NAMES: list[str] = []  # every display name the fixture stored


@dataclasses.dataclass
class World:
    org_id: int
    steady: int  # 8 parents: 6 active, 1 paused, 1 unreachable; answers 6 of 8 every week
    falling: int  # 8 parents; all answer for 4 weeks, then 3 of 8 with a low mood
    small: int  # 3 parents; an open contact request 10 days old
    other: int  # a group of another organisation


class Builder:
    def __init__(self, session: Any) -> None:
        self.session = session
        self.next_user = 8_800_000_000

    async def parents(self, group_id: int, count: int, **member: Any) -> list[int]:
        ids = []
        for _ in range(count):
            self.next_user += 1
            name = f"Naam{self.next_user}"
            NAMES.append(name)
            m = Member(
                telegram_user_id=self.next_user,
                display_name=name,
                locale="nl",
                consent_given_at=NOW - 100 * DAY,
                consent_version=1,
                **member,
            )
            self.session.add(m)
            await self.session.flush()
            self.session.add(Membership(member_id=m.id, group_id=group_id, role=Role.PARENT))
            ids.append(m.id)
        return ids

    async def round(
        self,
        group_id: int,
        at: datetime,
        answers: dict[int, tuple[int | None, int | None]],
        status: RoundStatus = RoundStatus.CLOSED,
    ) -> int:
        """A round; `answers` maps member -> (mood, reflection); (None, None): unanswered."""
        rnd = CheckinRound(
            group_id=group_id,
            scheduled_for=at,
            closes_at=at + 2 * DAY,
            remind_at=at + DAY,
            status=status,
            sequence=0,
        )
        self.session.add(rnd)
        await self.session.flush()
        for member_id, (mood, reflection) in answers.items():
            answered = mood is not None or reflection is not None
            self.session.add(
                CheckinResponse(
                    round_id=rnd.id,
                    member_id=member_id,
                    mood=mood,
                    reflection=reflection,
                    contact=2 if answered else None,
                    step=4 if answered else 1,
                    invited_at=at,
                    answered_at=at + timedelta(hours=3) if answered else None,
                )
            )
        return rnd.id

    async def meeting(
        self,
        group_id: int,
        at: datetime,
        answers: dict[int, str | None],
        status: MeetingStatus = MeetingStatus.PLANNED,
    ) -> None:
        meeting = Meeting(
            group_id=group_id, starts_at=at, theme="belonging", status=status, created_at=at - WEEK
        )
        self.session.add(meeting)
        await self.session.flush()
        for member_id, answer in answers.items():
            self.session.add(Attendance(meeting_id=meeting.id, member_id=member_id, answer=answer))

    def action(self, group_id: int, at: datetime, action: str = "warn") -> None:
        self.session.add(
            ModerationAction(
                group_id=group_id,
                chat_id=-100_000 - group_id,
                target_telegram_id=1,
                target_name="Naam-in-log",
                action=action,
                reason="flood",
                created_at=at,
            )
        )

    def contact(
        self,
        group_id: int,
        member_id: int,
        at: datetime,
        status: ContactStatus,
        handled_at: datetime | None = None,
    ) -> None:
        self.session.add(
            ContactRequest(
                group_id=group_id,
                member_id=member_id,
                status=status,
                created_at=at,
                handled_at=handled_at,
            )
        )


STEADY_MOODS = [(4, 1), (4, 2), (3, 3), (5, 3), (0, 0), (4, None)]  # 6 of 8 answer


async def build(db: Database) -> World:
    async with db.sessions() as session, session.begin():
        org, elsewhere = Organisation(name="Org"), Organisation(name="Elders")
        session.add_all([org, elsewhere])
        await session.flush()
        groups = [Group(organisation_id=org.id, name=f"G{i}") for i in range(3)]
        groups.append(Group(organisation_id=elsewhere.id, name="Other"))
        session.add_all(groups)
        await session.flush()
        steady, falling, small, other = (g.id for g in groups)
        b = Builder(session)

        # steady: 6 active, 1 paused for a while, 1 who blocked the bot; a facilitator and a
        # parent who left do not count.
        s_ids = await b.parents(steady, 6)
        s_ids += await b.parents(steady, 1, paused_until=NOW + 3 * DAY)
        s_ids += await b.parents(steady, 1, reachable=False)
        left = await b.parents(steady, 1, paused_indefinitely=True)
        await session.flush()
        await session.execute(
            update(Membership).where(Membership.member_id == left[0]).values(active=False)
        )
        b.next_user += 1
        facilitator = Member(telegram_user_id=b.next_user, display_name="Fac")
        session.add(facilitator)
        await session.flush()
        session.add(Membership(member_id=facilitator.id, group_id=steady, role=Role.FACILITATOR))

        for k in range(1, 10):  # k = 9 lies before the 8 weeks
            at = NOW - k * WEEK + timedelta(hours=1)
            answers: dict[int, tuple[int | None, int | None]] = {
                m: STEADY_MOODS[i] if i < 6 else (None, None) for i, m in enumerate(s_ids)
            }
            await b.round(steady, at, answers)
            meeting_answers = dict(
                zip(s_ids, ["yes", "yes", "yes", "yes", "yes", "no", "maybe", None], strict=True)
            )
            await b.meeting(steady, at + 2 * DAY, meeting_answers)
        # A skipped round (its stray row must not count), a cancelled and a future meeting.
        await b.round(steady, NOW - 2 * WEEK + 3 * DAY, {s_ids[0]: (1, 1)}, RoundStatus.SKIPPED)
        await b.meeting(steady, NOW - WEEK + 4 * DAY, {s_ids[0]: "yes"}, MeetingStatus.CANCELLED)
        await b.meeting(steady, NOW + DAY, {s_ids[0]: "yes"})
        b.contact(steady, s_ids[0], NOW - 3 * WEEK, ContactStatus.HANDLED, NOW - 3 * WEEK + DAY)
        b.contact(steady, s_ids[1], NOW - 2 * WEEK, ContactStatus.WITHDRAWN)
        b.contact(steady, s_ids[2], NOW - 20 * WEEK, ContactStatus.HANDLED, NOW - 19 * WEEK)
        b.action(steady, NOW - 5 * WEEK + DAY)
        b.action(steady, NOW - 5 * WEEK + 2 * DAY, "mute")
        b.action(steady, NOW - WEEK + DAY, "delete")
        b.action(steady, NOW - 9 * WEEK, "delete")  # before the window

        # falling: everyone answers for four weeks, then three of eight with a low mood.
        f_ids = await b.parents(falling, 8)
        for k in range(1, 9):
            at = NOW - k * WEEK + timedelta(hours=2)
            if k > 4:
                answers = {m: (4 + i % 2, 2) for i, m in enumerate(f_ids)}
            else:
                answers = {m: (2, 1) if i < 3 else (None, None) for i, m in enumerate(f_ids)}
            await b.round(falling, at, answers)

        # small: three parents; rounds exactly on the week boundaries (the one at NOW is
        # still open and falls outside); a contact request waiting for 10 days.
        m_ids = await b.parents(small, 3)
        for k in range(0, 9):
            status = RoundStatus.OPEN if k == 0 else RoundStatus.CLOSED
            await b.round(small, NOW - k * WEEK, {m: (3, 2) for m in m_ids}, status)
        b.contact(small, m_ids[0], NOW - 10 * DAY, ContactStatus.OPEN)
        b.action(small, NOW - DAY)

        o_ids = await b.parents(other, 6)
        await b.round(other, NOW - WEEK, {m: (1, 1) for m in o_ids})
        b.contact(other, o_ids[0], NOW - 30 * DAY, ContactStatus.OPEN)
    return World(org.id, steady, falling, small, other)


def service(db: Database) -> DigestService:
    return DigestService(db.sessions, lambda: NOW)


async def test_sql_figures_equal_the_naive_count(db: Database) -> None:
    world = await build(db)
    digests = service(db)
    for group_id in (world.steady, world.falling, world.small, world.other):
        fast = await digests.group_weeks(group_id)
        slow = await group_weeks_naive(db.sessions, group_id, until=NOW)
        assert fast == slow, group_id
    for weeks in (1, 3, 12):
        fast = await digests.group_weeks(world.steady, weeks=weeks)
        assert fast == await group_weeks_naive(db.sessions, world.steady, weeks, NOW)
        assert len(fast.weeks) == weeks


async def test_response_rate_mood_and_the_rest_of_a_week(db: Database) -> None:
    world = await build(db)
    figures = await service(db).group_weeks(world.steady)
    assert figures.members == MemberCounts(active=6, paused=1, unreachable=1)
    assert [w.start for w in figures.weeks] == week_starts(NOW, 8)
    assert figures.weeks[-1].end == NOW
    for week in figures.weeks:
        assert (week.rounds, week.invited, week.answered) == (1, 8, 6)
        assert response_rate(week.invited, week.answered) == 0.75
        assert week.moods == (0, 0, 1, 3, 1)  # the skipped mood (0) is not a mood
        assert mood_mean(week.moods) == 4.0
        assert week.reflections == (1, 1, 2)
        assert week.meetings == 1
        assert (week.attendance_yes, week.attendance_no, week.attendance_maybe) == (5, 1, 1)
    assert [w.moderation_actions for w in figures.weeks] == [0, 0, 0, 2, 0, 0, 0, 1]
    assert [w.contacts_opened for w in figures.weeks] == [0, 0, 0, 0, 0, 1, 1, 0]
    assert [w.contacts_handled for w in figures.weeks] == [0, 0, 0, 0, 0, 1, 0, 0]
    assert (figures.contacts_waiting, figures.oldest_waiting_since) == (0, None)

    small = await service(db).group_weeks(world.small)
    # A round exactly at a week's start belongs to that week; the one at NOW to none.
    assert [w.invited for w in small.weeks] == [3] * 8
    assert small.weeks[-1].moderation_actions == 1
    assert small.contacts_waiting == 1
    assert small.oldest_waiting_since == NOW - 10 * DAY


async def test_organisation_figures_and_totals(db: Database) -> None:
    world = await build(db)
    org = await service(db).organisation_weeks(world.org_id)
    assert [g.group_id for g in org.groups] == sorted([world.steady, world.falling, world.small])
    assert world.other not in {g.group_id for g in org.groups}
    for group in org.groups:
        assert group == await service(db).group_weeks(group.group_id)
    for index, total in enumerate(org.total.weeks):
        assert total == add_weeks(dataclasses.replace(g.weeks[index]) for g in org.groups), index
    assert org.total.members == MemberCounts(active=6 + 8 + 3, paused=1, unreachable=1)
    assert org.total.contacts_waiting == 1  # the other organisation's request is not ours
    assert org.total.weeks[-1].invited == 8 + 8 + 3

    empty = await service(db).organisation_weeks(10_000)
    assert empty.groups == ()
    assert all(w.invited == 0 for w in empty.total.weeks)


async def test_coordinators_see_no_small_figures(db: Database) -> None:
    world = await build(db)
    org = await service(db).organisation_weeks(world.org_id)
    by_id = {g.group_id: g for g in org.groups}

    small = for_coordinator(by_id[world.small])
    assert isinstance(small, CoordinatorGroup)
    assert (small.members_active, small.members_paused, small.members_unreachable) == (
        HIDDEN,
        HIDDEN,
        HIDDEN,
    )
    assert small.contacts_waiting is HIDDEN
    assert small.mood_trend is HIDDEN and small.response_trend is HIDDEN
    for week in small.weeks:
        assert week.invited is HIDDEN and week.answered is HIDDEN
        assert week.response_rate is HIDDEN and week.mood_mean is HIDDEN
        assert set(week.moods) == {HIDDEN} and set(week.reflections) == {HIDDEN}
        assert week.contacts_opened is HIDDEN and week.moderation_actions is HIDDEN
    # The flag says a request waits, never who asked.
    assert small.attention == (Attention.WAITING_CONTACT,)

    steady = for_coordinator(by_id[world.steady])
    # One parent on a break, one unreachable: counts about one parent each, hidden.
    members = (steady.members_active, steady.members_paused, steady.members_unreachable)
    assert members == (6, HIDDEN, HIDDEN)
    week = steady.weeks[-1]
    assert (week.invited, week.answered, week.response_rate) == (8, 6, 0.75)
    assert week.moods == (0, 0, HIDDEN, HIDDEN, HIDDEN) and week.mood_mean == 4.0
    assert set(week.reflections) == {HIDDEN}  # only 4 reflection answers that week
    assert week.attendance_yes == 5 and week.moderation_actions is HIDDEN  # one action

    total = for_coordinator(org.total)
    assert total.members_active == 17 and total.weeks[-1].invited == 19


async def test_no_names_reach_a_coordinator(db: Database) -> None:
    world = await build(db)
    org = await service(db).organisation_weeks(world.org_id)
    allowed = (int, float, datetime, Hidden, Attention, type(None))
    for figures in (*org.groups, org.total):
        view = for_coordinator(figures)
        text = repr(view)
        assert not any(name in text for name in [*NAMES, "Fac", "Naam"]), text
        for leaf in _leaves(dataclasses.asdict(view)):
            assert isinstance(leaf, allowed), leaf


def _leaves(value: Any) -> list[Any]:
    if isinstance(value, dict):
        return [leaf for v in value.values() for leaf in _leaves(v)]
    if isinstance(value, list | tuple):
        return [leaf for v in value for leaf in _leaves(v)]
    return [value]


async def test_needs_attention_flags_falling_and_waiting_groups(db: Database) -> None:
    world = await build(db)
    org = await service(db).organisation_weeks(world.org_id)
    flags = {g.group_id: needs_attention(g) for g in org.groups}
    assert flags[world.steady] == ()
    assert flags[world.falling] == (Attention.FALLING_RESPONSE, Attention.FALLING_MOOD)
    assert flags[world.small] == (Attention.WAITING_CONTACT,)
    # Ten days is not too long for a rule of fourteen.
    assert (
        needs_attention(
            next(g for g in org.groups if g.group_id == world.small),
            AttentionRules(contact_days=14),
        )
        == ()
    )
    falling = next(g for g in org.groups if g.group_id == world.falling)
    assert response_trend(falling.weeks) == pytest.approx(3 / 8 - 1)
    assert mood_trend(falling.weeks) == pytest.approx(2 - 4.5)


# -- the pure functions, with plain values ------------------------------------------------


def week(invited: int = 0, answered: int = 0, moods: tuple[int, ...] = (0,) * 5, **kw: Any) -> Any:
    return WeekFigures(NOW, NOW + WEEK, invited=invited, answered=answered, moods=moods, **kw)


def test_response_rate_and_mood_mean() -> None:
    assert response_rate(0, 0) is None
    assert response_rate(8, 6) == 0.75
    assert mood_mean((0, 0, 0, 0, 0)) is None
    assert mood_mean((1, 0, 0, 0, 1)) == 3.0
    assert mood_mean((0, 0, 1, 3, 1)) == 4.0


def test_trend_compares_halves() -> None:
    assert trend([]) is None
    assert trend([1.0]) is None
    assert trend([1.0, 3.0]) == 2.0
    assert trend([1, 1, 1, 1, 3, 3, 3, 3]) == 2.0
    assert trend([1, 9, 3]) == 2.0  # the middle of an odd count belongs to neither half
    assert trend([None, 2.0, 4.0, None]) == 2.0  # gaps are skipped
    assert trend([None, None, 4.0, 4.0]) is None


def test_pooled_trends_need_a_base_per_half() -> None:
    before = [week(10, 10, (0, 0, 0, 10, 0))] * 4
    after = [week(10, 5, (0, 5, 0, 0, 0))] * 4
    assert response_trend(before + after) == pytest.approx(-0.5)
    assert mood_trend(before + after) == pytest.approx(-2.0)
    thin = [week(1, 1, (0, 0, 0, 1, 0))] * 4 + [week(1, 0)] * 4
    assert response_trend(thin, MIN_BASE) is None  # 4 invitations per half
    assert mood_trend(thin) is None  # no mood in the later half
    assert response_trend([week(5, 5)]) is None  # one week has no halves


def test_needs_attention_with_plain_values() -> None:
    def group(weeks: list[Any], waiting_since: datetime | None = None) -> GroupFigures:
        return GroupFigures(
            1, NOW, MemberCounts(8), tuple(weeks), 1 if waiting_since else 0, waiting_since
        )

    steady = [week(8, 6, (0, 0, 2, 3, 1))] * 8
    assert needs_attention(group(steady)) == ()
    slipping = [week(8, 8, (0, 0, 0, 8, 0))] * 4 + [week(8, 7, (0, 0, 3, 4, 0))] * 4
    assert needs_attention(group(slipping)) == ()  # -12.5 points, -0.43: not yet
    falling = [week(8, 8, (0, 0, 0, 8, 0))] * 4 + [week(8, 5, (0, 5, 0, 0, 0))] * 4
    assert needs_attention(group(falling)) == (
        Attention.FALLING_RESPONSE,
        Attention.FALLING_MOOD,
    )
    tiny = [week(3, 3, (0, 0, 0, 3, 0))] * 4 + [week(3, 1, (1, 0, 0, 0, 0))] * 4
    assert needs_attention(group(tiny), AttentionRules(min_base=13)) == ()
    assert needs_attention(group(steady, NOW - 8 * DAY)) == (Attention.WAITING_CONTACT,)
    assert needs_attention(group(steady, NOW - 7 * DAY)) == ()  # exactly 7 days: not yet


def test_for_coordinator_hides_each_figure_by_its_own_base() -> None:
    w = week(
        6,
        4,
        (0, 1, 1, 1, 1),  # 4 mood answers: hidden
        reflections=(2, 2, 1),  # 5 reflection answers: shown
        attendance_yes=4,
        attendance_no=1,
        meetings=1,
        contacts_opened=1,
        moderation_actions=2,
    )
    view = for_coordinator(w)
    assert (view.invited, view.answered, view.response_rate) == (6, 4, 4 / 6)
    assert view.moods == (HIDDEN,) * 5 and view.mood_mean is HIDDEN
    # Over a base of 5, each count of 1 to 4 parents is still hidden; 0 says nothing.
    assert view.reflections == (HIDDEN,) * 3
    assert (view.attendance_yes, view.attendance_no, view.attendance_maybe) == (
        HIDDEN,
        HIDDEN,
        0,
    )
    assert (view.contacts_opened, view.moderation_actions, view.meetings) == (HIDDEN, HIDDEN, 1)
    many = for_coordinator(dataclasses.replace(w, reflections=(5, 0, 7), contacts_opened=5))
    assert many.reflections == (5, 0, 7) and many.contacts_opened == 5
    few = for_coordinator(week(4, 4, (0, 0, 0, 4, 0), meetings=1, moderation_actions=3))
    assert (few.invited, few.answered, few.response_rate) == (HIDDEN, HIDDEN, HIDDEN)
    assert few.moderation_actions is HIDDEN and few.meetings == 1
    assert for_coordinator(week(4, 4), min_base=3).invited == 4
    assert repr(HIDDEN) == "HIDDEN" and HIDDEN.value == "hidden"


def test_add_weeks() -> None:
    a = week(8, 6, (0, 0, 1, 3, 1), reflections=(1, 1, 2), attendance_yes=2)
    b = dataclasses.replace(a, start=NOW + WEEK, end=NOW + 2 * WEEK)
    total = add_weeks([a, b])
    assert (total.start, total.end) == (NOW, NOW + 2 * WEEK)
    assert (total.invited, total.answered, total.moods) == (16, 12, (0, 0, 2, 6, 2))
    assert total.reflections == (2, 2, 4) and total.attendance_yes == 4
    with pytest.raises(ValueError):
        add_weeks([])
    with pytest.raises(ValueError):
        week_starts(NOW, 0)


def test_coordinator_bases_count_people_not_answers() -> None:
    """Two rounds to the same three parents are six answers but three people: hidden."""
    start = NOW - WEEK
    twice = WeekFigures(
        start=start, end=NOW, rounds=2, invited=6, answered=6, moods=(0, 0, 6, 0, 0), people=3
    )
    shown = for_coordinator(twice)
    assert shown.invited is HIDDEN and shown.mood_mean is HIDDEN and shown.response_rate is HIDDEN
    five = dataclasses.replace(twice, invited=10, answered=10, moods=(0, 0, 10, 0, 0), people=5)
    assert for_coordinator(five).invited == 10 and for_coordinator(five).mood_mean == 3.0
    # Two meetings with four answers each: at most four people, so hidden.
    meetings = WeekFigures(start=start, end=NOW, meetings=2, attendance_yes=4, attendance_no=4)
    assert for_coordinator(meetings).attendance_yes is HIDDEN
    one = dataclasses.replace(meetings, meetings=1, attendance_yes=5, attendance_no=2)
    assert for_coordinator(one).attendance_yes == 5
