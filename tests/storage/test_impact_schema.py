"""The impact tables (issue 16): what they keep, what they refuse, what /forget leaves."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from storage.community import CommunityService
from storage.models import (
    FollowUpConsent,
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    Member,
    MomentKind,
    Role,
    Trajectory,
)
from storage.privacy import PrivacyService
from tests.conftest import Database

COORDINATOR = 7_300_000_001
PARENT = 7_300_000_002
JOINED = datetime(2027, 1, 11, 19, 30, tzinfo=UTC)


async def one_parent(db: Database) -> tuple[int, int]:
    """A group with a three-year trajectory and one parent in it: (trajectory, member) ids."""
    community = CommunityService(db.sessions)
    await community.add_coordinator("Buurtmoeders", COORDINATOR)
    group = await community.create_group(COORDINATOR, "Moeders Oost", "Europe/Amsterdam", "nl")
    code = await community.create_invite(COORDINATOR, group.id, Role.PARENT)
    await community.accept_invite(code, PARENT, "Hodan", "so", consent_version=2)
    async with db.sessions.begin() as session:
        trajectory = Trajectory(
            group_id=group.id, starts_on=date(2027, 1, 4), ends_on=date(2030, 1, 4)
        )
        session.add(trajectory)
        member = await session.scalar(select(Member).where(Member.telegram_user_id == PARENT))
        assert member is not None
        await session.flush()
        return trajectory.id, member.id


async def test_a_trajectory_its_parent_moments_answers_and_consent_are_kept(
    db: Database,
) -> None:
    trajectory_id, member_id = await one_parent(db)
    due = JOINED + timedelta(days=3)
    async with db.sessions.begin() as session:
        participant = ImpactParticipant(
            trajectory_id=trajectory_id, member_id=member_id, joined_at=JOINED
        )
        session.add(participant)
        await session.flush()
        moment = ImpactMoment(
            participant_id=participant.id,
            kind=MomentKind.INTAKE,
            due_at=due,
            sent_at=due,
            answered_at=due + timedelta(hours=2),
        )
        session.add(moment)
        await session.flush()
        session.add_all(
            [
                ImpactAnswer(moment_id=moment.id, source="identity", scale=4),
                ImpactAnswer(moment_id=moment.id, source="stress", scale=0),  # skipped
            ]
        )
        session.add(
            FollowUpConsent(
                trajectory_id=trajectory_id, member_id=member_id, agreed=True, answered_at=due
            )
        )
    async with db.sessions() as session:
        trajectory = await session.get(Trajectory, trajectory_id)
        assert trajectory is not None
        assert (trajectory.starts_on, trajectory.ends_on) == (date(2027, 1, 4), date(2030, 1, 4))
        stored = (await session.scalars(select(ImpactMoment))).one()
        assert (stored.kind, stored.sequence, stored.due_at) == (MomentKind.INTAKE, 0, due)
        assert stored.due_at.tzinfo is not None
        assert stored.answered_at == due + timedelta(hours=2)
        answers = (await session.execute(select(ImpactAnswer.source, ImpactAnswer.scale))).all()
        assert sorted(answers) == [("identity", 4), ("stress", 0)]
        consent = (await session.scalars(select(FollowUpConsent))).one()
        assert (consent.agreed, consent.answered_at) == (True, due)


async def test_an_open_ended_trajectory_has_no_end(db: Database) -> None:
    trajectory_id, _ = await one_parent(db)
    async with db.sessions.begin() as session:
        trajectory = await session.get(Trajectory, trajectory_id)
        assert trajectory is not None
        trajectory.ends_on = None
    async with db.sessions() as session:
        trajectory = await session.get(Trajectory, trajectory_id)
        assert trajectory is not None and trajectory.ends_on is None


async def test_a_moment_is_kept_once_and_an_answer_once_per_source(db: Database) -> None:
    trajectory_id, member_id = await one_parent(db)
    async with db.sessions.begin() as session:
        participant = ImpactParticipant(
            trajectory_id=trajectory_id, member_id=member_id, joined_at=JOINED
        )
        session.add(participant)
        await session.flush()
        participant_id = participant.id
        moment = ImpactMoment(participant_id=participant_id, kind=MomentKind.END, due_at=JOINED)
        session.add(moment)
        await session.flush()
        moment_id = moment.id
    with pytest.raises(IntegrityError):
        async with db.sessions.begin() as session:
            session.add(
                ImpactMoment(participant_id=participant_id, kind=MomentKind.END, due_at=JOINED)
            )
    with pytest.raises(IntegrityError):
        async with db.sessions.begin() as session:
            session.add(ImpactAnswer(moment_id=moment_id, source="skills", scale=3))
            await session.flush()
            session.add(ImpactAnswer(moment_id=moment_id, source="skills", scale=5))
    with pytest.raises(IntegrityError):  # the scale is 1-5, or 0 for "skip"
        async with db.sessions.begin() as session:
            session.add(ImpactAnswer(moment_id=moment_id, source="talents", scale=6))
    async with db.sessions.begin() as session:  # two six-monthly moments are two rows
        for sequence in (1, 2):
            session.add(
                ImpactMoment(
                    participant_id=participant_id,
                    kind=MomentKind.SIX_MONTHLY,
                    sequence=sequence,
                    due_at=JOINED,
                )
            )
    async with db.sessions() as session:
        kinds = (await session.execute(select(ImpactMoment.kind, ImpactMoment.sequence))).all()
    assert sorted(kinds) == [("end", 0), ("six_monthly", 1), ("six_monthly", 2)]


async def test_forget_withdraws_the_consent_and_keeps_the_numbers_without_a_name(
    db: Database,
) -> None:
    trajectory_id, member_id = await one_parent(db)
    async with db.sessions.begin() as session:
        participant = ImpactParticipant(
            trajectory_id=trajectory_id, member_id=member_id, joined_at=JOINED
        )
        session.add(participant)
        await session.flush()
        for kind in (MomentKind.INTAKE, MomentKind.END):
            moment = ImpactMoment(participant_id=participant.id, kind=kind, due_at=JOINED)
            session.add(moment)
            await session.flush()
            session.add(ImpactAnswer(moment_id=moment.id, source="belonging", scale=3))
        session.add(
            FollowUpConsent(
                trajectory_id=trajectory_id, member_id=member_id, agreed=True, answered_at=JOINED
            )
        )
    await PrivacyService(db.sessions).forget(PARENT)
    async with db.sessions() as session:
        assert (await session.scalars(select(FollowUpConsent))).all() == []
        kept = (await session.scalars(select(ImpactParticipant))).one()
        assert kept.member_id is None
        # Both moments still belong to one (now nameless) participant: they still pair.
        moments = (await session.scalars(select(ImpactMoment))).all()
        assert {m.participant_id for m in moments} == {kept.id}
        assert len((await session.scalars(select(ImpactAnswer))).all()) == 2
