"""A small world of two organisations for the digest and dashboard tests.

Organisation X ("Stichting Noord") has group A ("Moeders Noord", 6 parents, facilitator
FA, volunteer VA) and group B ("Vaders Oost", 3 parents, facilitator FB); organisation Y
("Buurtwerk Zuid") has group C (6 parents, facilitator FC). CX and CY coordinate X and
Y. Parents' names carry HTML and bidi controls; every name stored is in `NAMES`, every
written answer in `WORDS`, so tests can check that none reaches a page it must not.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from storage.crypto import AnswerCipher
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
from tests.harness import TEST_SECRET

NOW = datetime(2027, 3, 8, 8, 0, tzinfo=UTC)  # a Monday, 09:00 in Amsterdam
DAY = timedelta(days=1)
WEEK = timedelta(days=7)

CX, CY, FA, VA, FB, FC, PARENT_A = (
    7_000_000_001,
    7_000_000_002,
    7_000_000_011,
    7_000_000_012,
    7_000_000_021,
    7_000_000_031,
    7_000_000_101,
)


@dataclass
class World:
    org_x: int = 0
    org_y: int = 0
    group_a: int = 0
    group_b: int = 0
    group_c: int = 0
    names: list[str] = field(default_factory=list)  # every parent's display name
    words: list[str] = field(default_factory=list)  # every written answer
    staff: dict[int, int] = field(default_factory=dict)  # telegram id -> member id


async def build_world(db: Database, locales: dict[int, str] | None = None) -> World:
    """Fill `db`; `locales` sets staff languages by Telegram id (default nl)."""
    locales = locales or {}
    cipher = AnswerCipher(TEST_SECRET)
    world = World()
    async with db.sessions.begin() as s:
        x = Organisation(name="Stichting Noord")
        y = Organisation(name="Buurtwerk Zuid")
        s.add_all([x, y])
        await s.flush()
        world.org_x, world.org_y = x.id, y.id
        a = Group(organisation_id=x.id, name="Moeders Noord", timezone="Europe/Amsterdam")
        b = Group(organisation_id=x.id, name="Vaders Oost", timezone="Europe/Amsterdam")
        c = Group(organisation_id=y.id, name="Ouders Zuid", timezone="Europe/Brussels")
        s.add_all([a, b, c])
        await s.flush()
        world.group_a, world.group_b, world.group_c = a.id, b.id, c.id

        async def person(telegram_id: int, name: str) -> Member:
            member = Member(
                telegram_user_id=telegram_id,
                display_name=name,
                locale=locales.get(telegram_id, "nl"),
                consent_given_at=NOW - 200 * DAY,
                consent_version=1,
            )
            s.add(member)
            await s.flush()
            world.staff[telegram_id] = member.id
            return member

        for telegram_id, name, org in ((CX, "Coördinator Noord", x), (CY, "Coördinator Zuid", y)):
            m = await person(telegram_id, name)
            s.add(Membership(member_id=m.id, organisation_id=org.id, role=Role.COORDINATOR))
        for telegram_id, name, group, role in (
            (FA, "Fatma (begeleider)", a, Role.FACILITATOR),
            (VA, "Vera (vrijwilliger)", a, Role.VOLUNTEER),
            (FB, "Bram (begeleider)", b, Role.FACILITATOR),
            (FC, "Carla (begeleider)", c, Role.FACILITATOR),
        ):
            m = await person(telegram_id, name)
            s.add(Membership(member_id=m.id, group_id=group.id, role=role))

        parents: dict[int, list[Member]] = {}
        for group, count in ((a, 6), (b, 3), (c, 6)):
            parents[group.id] = []
            for i in range(count):
                name = f"<b>Ouder{group.id}x{i}</b>\u202e"
                telegram_id = PARENT_A + group.id * 100 + i
                m = Member(
                    telegram_user_id=telegram_id,
                    display_name=name,
                    locale="ar" if i % 2 else "nl",
                    consent_given_at=NOW - 100 * DAY,
                    consent_version=1,
                )
                s.add(m)
                await s.flush()
                s.add(Membership(member_id=m.id, group_id=group.id, role=Role.PARENT))
                parents[group.id].append(m)
                world.names.append(name)

        # Eight weekly rounds per group; every parent answers; group A's mood falls.
        for group in (a, b, c):
            for week in range(8):
                at = NOW - (8 - week) * WEEK + 2 * DAY
                rnd = CheckinRound(
                    group_id=group.id,
                    scheduled_for=at,
                    closes_at=at + 2 * DAY,
                    remind_at=at + DAY,
                    status=RoundStatus.CLOSED,
                    sequence=week,
                    source=["identity", "talents", "stress", "skills", "belonging"][week % 5],
                )
                s.add(rnd)
                await s.flush()
                for i, parent in enumerate(parents[group.id]):
                    mood = (2 if week >= 4 else 4) if group is a else 3 + i % 2
                    response = CheckinResponse(
                        round_id=rnd.id,
                        member_id=parent.id,
                        mood=mood,
                        reflection=1 + (i + week) % 3,
                        contact=2,
                        step=4,
                        invited_at=at,
                        answered_at=at + timedelta(hours=2),
                    )
                    s.add(response)
                    await s.flush()
                    if week == 7 and i < 2:
                        words = f"Woorden van ouder {group.id}-{i}: <script>alert(1)</script>"
                        world.words.append(words)
                        s.add(
                            CheckinNote(
                                response_id=response.id,
                                kind="text",
                                content=cipher.encrypt(words),
                                created_at=at + timedelta(hours=3),
                            )
                        )
            meeting = Meeting(
                group_id=group.id,
                starts_at=NOW - 3 * DAY,
                theme="belonging",
                status=MeetingStatus.PLANNED,
                created_at=NOW - 20 * DAY,
            )
            s.add(meeting)
            await s.flush()
            for i, parent in enumerate(parents[group.id]):
                s.add(
                    Attendance(
                        meeting_id=meeting.id,
                        member_id=parent.id,
                        answer=("yes", "no", "maybe")[i % 3],
                    )
                )
            s.add(
                ModerationAction(
                    group_id=group.id,
                    chat_id=-100_000_000_000 - group.id,
                    action="warn",
                    reason="scheldwoord",
                    target_telegram_id=parents[group.id][0].telegram_user_id,
                    target_name=parents[group.id][0].display_name,
                    created_at=NOW - 2 * DAY,
                )
            )
        # A contact request in group A, waiting for ten days.
        s.add(
            ContactRequest(
                group_id=a.id,
                member_id=parents[a.id][1].id,
                status=ContactStatus.OPEN,
                created_at=NOW - 10 * DAY,
            )
        )
    return world
