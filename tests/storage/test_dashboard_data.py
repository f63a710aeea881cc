"""The dashboard's data on SQLite and PostgreSQL: figures equal the naive count, sources
per month, and what each level of access may see (no answers or names below FULL, small
figures hidden from coordinators)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from storage.crypto import AnswerCipher
from storage.dashboard_data import (
    EXPORT_COLUMNS,
    DashboardData,
    GroupAccess,
    GroupPage,
    SourceMonth,
    month_starts,
)
from storage.digest_stats import (
    HIDDEN,
    CoordinatorGroup,
    GroupFigures,
    for_coordinator,
    hide_remainders,
)
from storage.digests import DigestService
from storage.models import (
    Attendance,
    CheckinNote,
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

NOW = datetime(2027, 3, 10, 9, 0, tzinfo=UTC)  # a Wednesday; March is the month so far
DAY = timedelta(days=1)
SECRET = "dashboard-test-secret"
JAN, FEB, MAR = (datetime(2027, m, 1, tzinfo=UTC) for m in (1, 2, 3))
LOG_NAMES = ("Spammer-X", "Ander-Y", "Spammer-Z")  # names Telegram showed in the chat

Answers = list[tuple[int, int] | None]  # per parent: (mood, reflection), None: no answer


@dataclasses.dataclass
class World:
    org_id: int
    big: int  # 8 parents, rounds about two sources, notes, meetings, a moderation log
    small: int  # 3 parents, a round every Monday about identity
    other: int  # a group of another organisation
    parents: dict[int, list[int]]  # group -> member ids
    names: dict[int, str]  # member id -> display name (parents and staff)
    notes: dict[str, int]  # which note -> its round id
    twins: int  # an organisation of two small groups that share two parents


def at(day: str, hour: int = 9) -> datetime:
    return datetime.fromisoformat(day).replace(hour=hour, tzinfo=UTC)


class Builder:
    def __init__(self, session: Any, cipher: AnswerCipher) -> None:
        self.session = session
        self.cipher = cipher
        self.next_user = 9_900_000_000
        self.names: dict[int, str] = {}

    async def person(self, name: str, **scope: Any) -> int:
        self.next_user += 1
        member = Member(telegram_user_id=self.next_user, display_name=name, locale="nl")
        self.session.add(member)
        await self.session.flush()
        self.session.add(Membership(member_id=member.id, **scope))
        self.names[member.id] = name
        return member.id

    async def parents(self, group_id: int, prefix: str, count: int) -> list[int]:
        return [
            await self.person(f"{prefix}{chr(65 + i)}ouder", group_id=group_id, role=Role.PARENT)
            for i in range(count)
        ]

    async def round(
        self,
        group_id: int,
        when: datetime,
        source: str | None,
        members: list[int],
        answers: Answers,
        status: RoundStatus = RoundStatus.CLOSED,
    ) -> tuple[int, list[int]]:
        """A round and its responses; returns its id and the response ids (per member)."""
        rnd = CheckinRound(
            group_id=group_id,
            scheduled_for=when,
            closes_at=when + 2 * DAY,
            remind_at=when + DAY,
            status=status,
            source=source,
        )
        self.session.add(rnd)
        await self.session.flush()
        responses = []
        for member_id, answer in zip(members, answers, strict=True):
            mood, reflection = answer if answer else (None, None)
            response = CheckinResponse(
                round_id=rnd.id,
                member_id=member_id,
                mood=mood,
                reflection=reflection,
                step=4 if answer else 1,
                invited_at=when,
                answered_at=when + timedelta(hours=2) if answer else None,
            )
            self.session.add(response)
            await self.session.flush()
            responses.append(response.id)
        return rnd.id, responses

    def note(self, response_id: int, kind: str, token: str, when: datetime) -> None:
        self.session.add(
            CheckinNote(response_id=response_id, kind=kind, content=token, created_at=when)
        )

    async def meeting(
        self,
        group_id: int,
        when: datetime,
        theme: str,
        answers: dict[int, str | None],
        status: MeetingStatus = MeetingStatus.PLANNED,
    ) -> int:
        meeting = Meeting(
            group_id=group_id, starts_at=when, theme=theme, status=status, created_at=when - 9 * DAY
        )
        self.session.add(meeting)
        await self.session.flush()
        for member_id, answer in answers.items():
            self.session.add(Attendance(meeting_id=meeting.id, member_id=member_id, answer=answer))
        return meeting.id

    def action(self, group_id: int, when: datetime, action: str, target: str) -> None:
        self.session.add(
            ModerationAction(
                group_id=group_id,
                chat_id=-100 - group_id,
                target_telegram_id=42,
                target_name=target,
                action=action,
                reason="flood",
                created_at=when,
            )
        )


NONE3: Answers = [None] * 3


async def build(db: Database) -> World:
    cipher = AnswerCipher(SECRET)
    async with db.sessions() as session, session.begin():
        org, elsewhere = Organisation(name="Org"), Organisation(name="Elsewhere")
        session.add_all([org, elsewhere])
        await session.flush()
        groups = [
            Group(organisation_id=org.id, name="Big"),
            Group(organisation_id=org.id, name="Small"),
            Group(organisation_id=elsewhere.id, name="Other"),
        ]
        session.add_all(groups)
        await session.flush()
        big, small, other = (g.id for g in groups)
        b = Builder(session, cipher)
        await b.person("Facilitatorina", group_id=big, role=Role.FACILITATOR)
        await b.person("Vrijwilligster", group_id=big, role=Role.VOLUNTEER)
        await b.person("Coordinatrix", organisation_id=org.id, role=Role.COORDINATOR)
        p = await b.parents(big, "Groot", 8)
        s = await b.parents(small, "Klein", 3)
        o = await b.parents(other, "Ander", 6)

        # Big: two sources over three months, a skipped round, an own question, an open one.
        ok: Answers = [(4, 3)] * 8
        await b.round(big, at("2026-12-29"), "identity", p, ok)  # before the 3 months
        jan5 = [(4, 3), (4, 3), (3, 2), (5, 1), (2, 3), (0, 0), None, None]
        r1, jan5_ids = await b.round(big, at("2027-01-05"), "identity", p, jan5)
        await b.round(big, at("2027-01-12"), "belonging", p, [(3, 2)] * 5 + NONE3)
        feb2 = [(4, 3)] * 4 + [(4, 1)] * 2 + [None] * 2
        r3, feb2_ids = await b.round(big, at("2027-02-02"), "identity", p, feb2)
        skipped: Answers = [(1, 1)] + [None] * 7
        await b.round(big, at("2027-02-09"), "identity", p, skipped, RoundStatus.SKIPPED)
        await b.round(big, at("2027-02-16"), None, p, [(3, 2)] * 8)  # own question
        mar2 = [(5, 3)] * 3 + [(2, 1)] + [None] * 4
        r6, mar2_ids = await b.round(big, at("2027-03-02"), "belonging", p, mar2)
        mar9 = [(4, 2)] * 2 + [None] * 6
        await b.round(big, at("2027-03-09"), "belonging", p, mar9, RoundStatus.OPEN)

        b.note(
            jan5_ids[0], "text", cipher.encrypt("Mijn dochter lachte weer"), at("2027-01-05", 11)
        )
        b.note(jan5_ids[1], "voice", cipher.encrypt("voice-file-id-123"), at("2027-01-05", 12))
        other_key = AnswerCipher("another-deployment-secret")
        b.note(feb2_ids[2], "text", other_key.encrypt("Niet te lezen"), at("2027-02-02", 11))
        b.note(mar2_ids[0], "text", cipher.encrypt("Het ging beter"), at("2027-03-02", 11))

        yes5 = dict(zip(p, ["yes"] * 5 + ["no", "maybe", None], strict=True))
        await b.meeting(big, at("2027-02-20", 10), "belonging", yes5)
        await b.meeting(big, at("2027-03-06", 10), "skills", {p[0]: "yes", p[1]: "yes", p[2]: "no"})
        cancelled = MeetingStatus.CANCELLED
        await b.meeting(big, at("2027-03-07", 10), "stress", {p[0]: "yes"}, cancelled)
        await b.meeting(big, at("2027-03-13", 10), "talents", {p[0]: "yes", p[1]: "maybe"})

        b.action(big, at("2026-08-01"), "delete", "Ander-Y")  # before the 26 weeks
        b.action(big, at("2027-02-01"), "warn", "Spammer-X")
        b.action(big, at("2027-02-03"), "mute", "Spammer-X")
        b.action(big, at("2027-03-05"), "delete", "Ander-Y")

        # Small: everyone answers every Monday from 4 January to 8 March.
        for week in range(10):
            await b.round(small, at("2027-01-04") + week * 7 * DAY, "identity", s, [(3, 2)] * 3)
        await b.meeting(small, at("2027-02-27", 10), "identity", dict.fromkeys(s, "yes"))
        b.action(small, at("2027-03-01"), "warn", "Spammer-Z")
        session.add(
            ContactRequest(
                group_id=small, member_id=s[0], status=ContactStatus.OPEN, created_at=NOW - 10 * DAY
            )
        )
        s_round, s_ids = await b.round(small, at("2027-03-08", 12), None, s, [(2, 1)] * 3)
        b.note(s_ids[0], "text", cipher.encrypt("Klein maar fijn"), at("2027-03-08", 13))

        await b.round(other, at("2027-01-05"), "identity", o, [(1, 1)] * 6)

        # Twins: two groups of three and two; two parents are in both.
        twins = Organisation(name="Twins")
        session.add(twins)
        await session.flush()
        pair = [Group(organisation_id=twins.id, name=f"Twin {i}") for i in (1, 2)]
        session.add_all(pair)
        await session.flush()
        t1 = await b.parents(pair[0].id, "Tweeling", 3)
        for member in t1[:2]:
            session.add(Membership(member_id=member, group_id=pair[1].id, role=Role.PARENT))
        t2 = t1[:2] + await b.parents(pair[1].id, "Derde", 2)
        for k, second in ((2, t2[:2]), (1, t2[2:])):  # the same two, then two others
            when = NOW - k * 7 * DAY + timedelta(hours=1)
            await b.round(pair[0].id, when, "stress", t1, [(4, 2)] * 3)
            await b.round(pair[1].id, when + timedelta(hours=1), "stress", second, [(4, 2)] * 2)
        names = dict(b.names)
    return World(
        org_id=org.id,
        big=big,
        small=small,
        other=other,
        parents={big: p, small: s, other: o},
        names=names,
        notes={"jan5": r1, "feb2": r3, "mar2": r6, "small": s_round},
        twins=twins.id,
    )


def dashboard(db: Database, cipher: AnswerCipher | None = None) -> DashboardData:
    return DashboardData(db.sessions, cipher or AnswerCipher(SECRET), lambda: NOW)


async def page_of(db: Database, group_id: int, access: GroupAccess, **kw: Any) -> GroupPage:
    page = await dashboard(db).group_page(group_id, access, **kw)
    assert page is not None
    return page


# -- figures ------------------------------------------------------------------------------


async def test_group_figures_equal_the_naive_count(db: Database) -> None:
    world = await build(db)
    for group_id in (world.big, world.small):
        for weeks in (26, 8):
            naive = await group_weeks_naive(db.sessions, group_id, weeks, NOW)
            for access in GroupAccess:
                page = await page_of(db, group_id, access, weeks=weeks)
                if access is GroupAccess.FIGURES and group_id == world.small:
                    # Its last week had two rounds: see the group-of-three test.
                    shown = for_coordinator(naive)
                    assert isinstance(page.figures, CoordinatorGroup)
                    assert page.figures.weeks[:-1] == shown.weeks[:-1]
                    assert dataclasses.replace(page.figures, weeks=()) == dataclasses.replace(
                        shown, weeks=()
                    )
                elif access is GroupAccess.FIGURES:
                    assert page.figures == for_coordinator(naive), (group_id, weeks)
                else:
                    assert page.figures == naive, (group_id, weeks, access)
    page = await page_of(db, world.big, GroupAccess.STAFF)
    assert isinstance(page.figures, GroupFigures)
    assert (page.name, page.organisation_id, page.as_of) == ("Big", world.org_id, NOW)
    assert page.figures.members.total == 8


async def test_sources_per_month_match_the_data(db: Database) -> None:
    world = await build(db)
    page = await page_of(db, world.big, GroupAccess.STAFF, months=3)
    assert page.sources.months == (JAN, FEB, MAR)
    lines = {line.source: line.months for line in page.sources.lines}
    assert list(lines) == ["belonging", "identity"]  # the own question is no source

    def figures(m: SourceMonth) -> tuple[Any, ...]:
        return (m.rounds, m.invited, m.answered, m.reflections, m.best_share)

    identity, belonging = lines["identity"], lines["belonging"]
    assert figures(identity[0]) == (1, 8, 6, (1, 1, 3), 3 / 5)
    assert figures(identity[1]) == (1, 8, 6, (2, 0, 4), 4 / 6)  # the skipped round is not
    assert figures(identity[2]) == (0, 0, 0, (0, 0, 0), None)
    assert figures(belonging[0]) == (1, 8, 5, (0, 5, 0), 0.0)
    assert figures(belonging[1]) == (0, 0, 0, (0, 0, 0), None)
    assert figures(belonging[2]) == (2, 16, 6, (1, 2, 3), 0.5)  # the open round counts
    assert identity[0].response_rate == 6 / 8 and belonging[1].response_rate is None
    assert [(m.start, m.end) for m in identity] == [(JAN, FEB), (FEB, MAR), (MAR, NOW)]

    small = await page_of(db, world.small, GroupAccess.STAFF, months=3)
    (line,) = small.sources.lines
    assert [(m.rounds, m.invited, m.reflections) for m in line.months] == [
        (4, 12, (0, 12, 0)),
        (4, 12, (0, 12, 0)),
        (2, 6, (0, 6, 0)),  # 1 and 8 March at 9; the own question at 12 is in no line
    ]
    assert month_starts(NOW, 14)[:2] == [
        datetime(2026, 2, 1, tzinfo=UTC),
        datetime(2026, 3, 1, tzinfo=UTC),
    ]


async def test_organisation_page(db: Database) -> None:
    world = await build(db)
    data = dashboard(db)
    page = await data.organisation_page(world.org_id, months=3)
    assert page is not None
    digests = DigestService(db.sessions, lambda: NOW)
    digest = await digests.organisation_weeks(world.org_id, weeks=8)
    big, small = page.figures.groups
    assert big == for_coordinator(digest.groups[0])
    # Small's last week (two rounds to three parents) is hidden too; the rest is the same.
    shown = for_coordinator(digest.groups[1])
    assert small.weeks[:-1] == shown.weeks[:-1] and small.weeks[-1].invited is HIDDEN
    assert dataclasses.replace(small, weeks=()) == dataclasses.replace(shown, weeks=())
    # The totals hide what would give a small figure of a group away by subtraction.
    assert page.figures.total == hide_remainders(for_coordinator(digest.total), (big, small))
    history = await digests.organisation_weeks(world.org_id, weeks=26)
    assert page.history == for_coordinator(history.total)
    assert len(page.history.weeks) == 26
    for group in digest.groups:
        assert group == await group_weeks_naive(db.sessions, group.group_id, 8, NOW)
    assert page.group_names == {world.big: "Big", world.small: "Small"}
    assert (page.name, page.as_of) == ("Org", NOW)

    lines = {line.source: line.months for line in page.sources.lines}
    jan = lines["identity"][0]  # Big's round and Small's four, not the other organisation's
    assert (jan.rounds, jan.invited, jan.answered) == (5, 20, 18)
    assert jan.reflections == (HIDDEN, 13, HIDDEN)  # 1 and 3 answers: about too few parents
    # Belonging in March: 6 reflection answers, but from 4 parents only.
    mar = lines["belonging"][2]
    assert (mar.invited, mar.answered, mar.reflections, mar.best_share) == (
        16,
        6,
        (HIDDEN, HIDDEN, HIDDEN),
        HIDDEN,
    )

    # Twins: five invitations a week. The first week they went to three people (two are
    # in both groups): hidden, though counting invitations alone would show them.
    twins = await data.organisation_page(world.twins)
    assert twins is not None
    digest = await digests.organisation_weeks(world.twins, weeks=8)
    assert [w.invited for w in for_coordinator(digest.total).weeks[-2:]] == [5, 5]
    assert [w.invited for w in twins.figures.total.weeks[-2:]] == [HIDDEN, 5]
    assert [w.invited for w in twins.history.weeks[-2:]] == [HIDDEN, 5]
    assert all(w.invited is HIDDEN for g in twins.figures.groups for w in g.weeks[-2:])

    assert await data.organisation_page(99_999) is None
    assert await data.group_page(99_999, GroupAccess.FULL) is None
    assert await data.export_rows(99_999, [], GroupAccess.FIGURES) == []


# -- who sees what ------------------------------------------------------------------------


async def test_staff_and_figures_pages_show_no_answers_and_no_names(db: Database) -> None:
    world = await build(db)
    assert len(world.names) == 3 + 8 + 3 + 6 + 5
    for access in (GroupAccess.FIGURES, GroupAccess.STAFF):
        for group_id in (world.big, world.small):
            page = await page_of(db, group_id, access)
            text = repr(page)
            assert page.answers == ()
            assert all(m.coming == () for m in page.meetings)
            assert not any(name in text for name in world.names.values()), (access, text)
            assert not any(words in text for words in ("dochter", "beter", "voice-file", "fijn"))
            for note_token_start in ("gAAAAA",):  # no encrypted token either
                assert note_token_start not in text
        org = await dashboard(db).organisation_page(world.org_id)
        assert not any(name in repr(org) for name in (*world.names.values(), *LOG_NAMES))

    staff = await page_of(db, world.big, GroupAccess.STAFF)
    # The moderation log with the names from the chat: for volunteers, by design.
    assert [(r.action, r.target_name) for r in staff.moderation] == [
        ("delete", "Ander-Y"),
        ("mute", "Spammer-X"),
        ("warn", "Spammer-X"),
        ("delete", "Ander-Y"),
    ]
    assert [(c.action, c.count) for c in staff.moderation_counts] == [
        ("delete", 1),
        ("mute", 1),
        ("warn", 1),
    ]
    assert [(m.yes, m.no, m.maybe) for m in staff.meetings] == [(1, 0, 0), (2, 1, 0), (5, 1, 1)]
    assert staff.meetings[0].status is MeetingStatus.CANCELLED

    coordinator = await page_of(db, world.big, GroupAccess.FIGURES)
    assert coordinator.moderation == ()
    assert not any(name in repr(coordinator) for name in LOG_NAMES)
    # One action of each kind: a count about fewer than five parents, hidden.
    assert [(c.action, c.count) for c in coordinator.moderation_counts] == [
        ("delete", HIDDEN),
        ("mute", HIDDEN),
        ("warn", HIDDEN),
    ]
    # Two of three who answered said yes: hidden; of seven, five said yes (shown) and one
    # each said no and maybe (hidden: each is about one parent).
    counts = [(m.yes, m.no, m.maybe) for m in coordinator.meetings]
    assert counts == [(HIDDEN,) * 3, (HIDDEN,) * 3, (5, HIDDEN, HIDDEN)]
    assert coordinator.next_meeting is not None and coordinator.next_meeting.yes is HIDDEN


async def test_coordinators_see_no_figure_of_a_group_of_three(db: Database) -> None:
    world = await build(db)
    page = await page_of(db, world.small, GroupAccess.FIGURES)
    figures = page.figures
    assert isinstance(figures, CoordinatorGroup)
    assert {figures.members_active, figures.members_paused, figures.members_unreachable} == {HIDDEN}
    assert figures.contacts_waiting is HIDDEN and figures.response_trend is HIDDEN
    held = [w for w in figures.weeks if w.rounds]
    assert len(held) == 10
    # The last week had two rounds for the same three parents: 6 invitations, 6 moods.
    # Counting answers alone would show them; the digest and the page count the people
    # behind them (3), in SQL and in the naive reference alike.
    naive = await group_weeks_naive(db.sessions, world.small, 26, NOW)
    assert (naive.weeks[-1].invited, naive.weeks[-1].people) == (6, 3)
    assert for_coordinator(naive).weeks[-1].invited is HIDDEN
    digest = await DigestService(db.sessions).group_weeks(world.small, 26, NOW)
    assert digest.weeks[-1].people == 3 and for_coordinator(digest).weeks[-1].mood_mean is HIDDEN
    assert held[-1].rounds == 2
    for week in held:
        people = (week.invited, week.answered, week.response_rate, week.mood_mean)
        assert set(people) == {HIDDEN}
        assert set(week.moods) == {HIDDEN} and set(week.reflections) == {HIDDEN}
    for line in page.sources.lines:
        for month in line.months:  # with rounds or without
            assert {month.invited, month.answered, month.response_rate} == {HIDDEN}
            assert {*month.reflections, month.best_share} == {HIDDEN}
    for rnd in page.rounds:
        assert {rnd.invited, rnd.answered, rnd.response_rate, rnd.mood_mean} == {HIDDEN}
        assert {*rnd.moods, *rnd.reflections} == {HIDDEN}
    assert [(c.action, c.count) for c in page.moderation_counts] == [("warn", HIDDEN)]
    assert [(m.yes, m.no, m.maybe) for m in page.meetings] == [(HIDDEN,) * 3]
    # The same rounds for a volunteer: every figure.
    staff = await page_of(db, world.small, GroupAccess.STAFF)
    assert [r.invited for r in staff.rounds] == [3] * 11
    assert staff.rounds[0].moods == (0, 3, 0, 0, 0) and staff.rounds[0].source is None


async def test_full_page_decrypts_answers_with_names(db: Database) -> None:
    world = await build(db)
    p = world.parents[world.big]
    name = world.names
    page = await page_of(db, world.big, GroupAccess.FULL)
    shown = [(a.member_name, a.kind, a.text, a.readable) for a in page.answers]
    assert shown == [
        (name[p[0]], "text", "Het ging beter", True),
        (name[p[2]], "text", None, False),  # encrypted with another deployment's key
        (name[p[1]], "voice", None, True),
        (name[p[0]], "text", "Mijn dochter lachte weer", True),
    ]
    assert [a.round_id for a in page.answers] == [
        world.notes[k] for k in ("mar2", "feb2", "jan5", "jan5")
    ]
    assert page.answers[0].round_date == at("2027-03-02")
    assert page.meetings[2].coming == tuple(sorted(name[m] for m in p[:5]))
    assert page.meetings[0].coming == (name[p[0]],)  # the cancelled one, as it was
    assert page.next_meeting is not None
    assert (page.next_meeting.theme, page.next_meeting.coming) == ("talents", (name[p[0]],))
    assert [r.scheduled_for for r in page.rounds][:2] == [at("2027-03-09"), at("2027-03-02")]
    assert len(page.rounds) == 8 and page.rounds[3].status is RoundStatus.SKIPPED

    small = await page_of(db, world.small, GroupAccess.FULL)
    assert [a.text for a in small.answers] == ["Klein maar fijn"]

    # Without a key nothing is readable, and nothing breaks.
    keyless = DashboardData(db.sessions, None, lambda: NOW)
    blind = await keyless.group_page(world.big, GroupAccess.FULL)
    assert blind is not None
    assert [(a.text, a.readable) for a in blind.answers] == [(None, False)] * 4


# -- the export ---------------------------------------------------------------------------


async def test_export_rows_for_a_coordinator(db: Database) -> None:
    world = await build(db)
    data = dashboard(db)
    rows = await data.export_rows(world.org_id, [], GroupAccess.FIGURES)
    assert len(rows) == 2 * 52
    assert all(tuple(row) == EXPORT_COLUMNS for row in rows)
    assert [row["group_name"] for row in rows[::52]] == ["Big", "Small"]
    small = [row for row in rows if row["group_id"] == str(world.small)]
    held = [row for row in small if row["rounds"] != "0"]
    assert len(held) == 10
    assert all(row["invited"] == "<5" and row["mood_mean"] == "<5" for row in held)
    big_last = [row for row in rows if row["group_id"] == str(world.big)][-1]
    assert (big_last["invited"], big_last["answered"], big_last["response_rate"]) == (
        "8",
        "2",
        "0.250",
    )
    text = repr(rows)
    assert not any(name in text for name in (*world.names.values(), *LOG_NAMES))

    # Another organisation's group is not exported through this one.
    assert await data.export_rows(world.org_id, [world.other], GroupAccess.FIGURES) == []
    staff = await data.export_rows(None, [world.small], GroupAccess.STAFF, weeks=4)
    assert len(staff) == 4
    assert [row["invited"] for row in staff] == ["3", "3", "3", "6"]
    assert "<5" not in repr(staff)


def test_month_starts() -> None:
    assert month_starts(datetime(2027, 1, 31, 23, 59, tzinfo=UTC), 2) == [
        datetime(2026, 12, 1, tzinfo=UTC),
        JAN,
    ]
    with pytest.raises(ValueError):
        month_starts(NOW, 0)
