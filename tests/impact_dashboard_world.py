"""Impact answers on top of the dashboard's test world (`tests.dashboard_world`).

Group A ("Moeders Noord", organisation X) has fifteen parents asked at intake and at the
end, six of them a year later too; group B ("Vaders Oost", X) five parents, three of them a
year later (so those figures are hidden, and the organisation's too: they would give group
B away); group C ("Ouders Zuid", organisation Y) eight parents, all three times. Answers
are fixed, so a test can say which figures it expects; the parents are nameless here
(`member_id` None), as after /forget.
"""

from __future__ import annotations

from datetime import date, timedelta

from storage.impact_stats import SOURCES
from storage.models import (
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    MomentKind,
    Trajectory,
)
from tests.conftest import Database
from tests.dashboard_world import NOW, World

START = date(2024, 3, 4)
END = date(2026, 3, 2)


def intake_scale(place: int) -> int:
    """A parent's answer at intake (the same for each source): 1 to 4."""
    return 1 + place % 4


def end_scale(place: int) -> int:
    """Two of three parents one point up at the end, every third the same."""
    return intake_scale(place) + (1 if place % 3 else 0)


async def add_impact(db: Database, world: World) -> None:
    """Trajectories and answers for groups A, B and C."""
    sizes = {world.group_a: (15, 6), world.group_b: (5, 3), world.group_c: (8, 8)}
    async with db.sessions.begin() as s:
        for group_id, (size, once_more) in sizes.items():
            trajectory = Trajectory(group_id=group_id, starts_on=START, ends_on=END)
            s.add(trajectory)
            await s.flush()
            for place in range(size):
                participant = ImpactParticipant(
                    trajectory_id=trajectory.id, member_id=None, joined_at=NOW - timedelta(days=900)
                )
                s.add(participant)
                await s.flush()
                answers = [
                    (MomentKind.INTAKE, intake_scale(place)),
                    (MomentKind.END, end_scale(place)),
                ]
                if place < once_more:
                    answers.append((MomentKind.FOLLOW_UP, end_scale(place)))
                for kind, scale in answers:
                    at = NOW - timedelta(days=400)
                    moment = ImpactMoment(
                        participant_id=participant.id, kind=kind, sequence=0, due_at=at,
                        sent_at=at, answered_at=at,
                    )  # fmt: skip
                    s.add(moment)
                    await s.flush()
                    s.add_all(
                        ImpactAnswer(moment_id=moment.id, source=source, scale=scale)
                        for source in SOURCES
                    )
