"""Impact over the years (issue 16): trajectories and the paired impact report.

The report is two aggregate queries (pairs of answers summed per group, source and pair
of moments; parents asked and answered per group and moment) and the pure arithmetic of
`storage.impact_stats`; no answer row is loaded into Python, so an organisation's five
years cost about the same as one group's.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from storage.impact_stats import (
    PAIRS,
    REPORTED,
    AskedKey,
    AskedSums,
    ImpactReport,
    OrganisationImpact,
    PairKey,
    PairSums,
    group_report,
    organisation_report,
)
from storage.models import (
    Group,
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    MomentKind,
    Trajectory,
)


class ImpactService:
    """Trajectories and the impact report; each method owns its transaction."""

    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def set_trajectory(self, group_id: int, starts_on: date, ends_on: date | None) -> int:
        """Set (or change) a group's trajectory; `ends_on` None is open ended. Its id."""
        if ends_on is not None and ends_on <= starts_on:
            raise ValueError("a trajectory ends after it starts")
        async with self._sessions.begin() as session:
            trajectory = await session.scalar(
                select(Trajectory).where(Trajectory.group_id == group_id)
            )
            if trajectory is None:
                trajectory = Trajectory(group_id=group_id)
                session.add(trajectory)
            trajectory.starts_on, trajectory.ends_on = starts_on, ends_on
            await session.flush()
            return trajectory.id

    async def organisation_report(self, organisation_id: int) -> OrganisationImpact:
        """The organisation's paired report beside each of its groups' (small numbers hidden)."""
        async with self._sessions() as session:
            groups = (
                await session.scalars(
                    select(Trajectory.group_id)
                    .join(Group, Group.id == Trajectory.group_id)
                    .where(Group.organisation_id == organisation_id)
                )
            ).all()
            in_scope = Group.organisation_id == organisation_id
            pairs = await _pair_sums(session, in_scope)
            asked = await _asked_sums(session, in_scope)
        return organisation_report(groups, pairs, asked)

    async def group_report(self, group_id: int) -> ImpactReport:
        """One group's paired report (small numbers hidden)."""
        async with self._sessions() as session:
            in_scope = Group.id == group_id
            pairs = await _pair_sums(session, in_scope)
            asked = await _asked_sums(session, in_scope)
        return group_report(
            group_id,
            {(s, b, a): sums for (_, s, b, a), sums in pairs.items()},
            {kind: sums for (_, kind), sums in asked.items()},
        )


async def _pair_sums(
    session: AsyncSession, in_scope: ColumnElement[bool]
) -> dict[PairKey, PairSums]:
    """Per group, source and pair of moments: the parents who answered the source at both
    (1-5; a skip is 0 and no answer), with the sums and the counts of up, same, down."""
    first, then = aliased(ImpactMoment), aliased(ImpactMoment)
    was, now = aliased(ImpactAnswer), aliased(ImpactAnswer)
    pairs = or_(*(and_(first.kind == b, then.kind == a) for b, a in PAIRS))
    rows = await session.execute(
        select(
            Trajectory.group_id,
            was.source,
            first.kind,
            then.kind,
            func.count(),
            func.sum(was.scale),
            func.sum(now.scale),
            func.sum(case((now.scale > was.scale, 1), else_=0)),
            func.sum(case((now.scale == was.scale, 1), else_=0)),
            func.sum(case((now.scale < was.scale, 1), else_=0)),
        )
        .select_from(Trajectory)
        .join(Group, Group.id == Trajectory.group_id)
        .join(ImpactParticipant, ImpactParticipant.trajectory_id == Trajectory.id)
        .join(first, first.participant_id == ImpactParticipant.id)
        .join(then, then.participant_id == ImpactParticipant.id)
        .join(was, was.moment_id == first.id)
        .join(now, and_(now.moment_id == then.id, now.source == was.source))
        .where(
            in_scope,
            first.kind.in_([MomentKind.INTAKE, MomentKind.END]),
            then.kind.in_([MomentKind.END, MomentKind.FOLLOW_UP]),
            pairs,
            was.scale > 0,
            now.scale > 0,
        )
        .group_by(Trajectory.group_id, was.source, first.kind, then.kind)
    )
    return {
        (group, source, str(before), str(after)): PairSums(
            int(n), int(b), int(a), int(up), int(same), int(down)
        )
        for group, source, before, after, n, b, a, up, same, down in rows.all()
    }


async def _asked_sums(
    session: AsyncSession, in_scope: ColumnElement[bool]
) -> dict[AskedKey, AskedSums]:
    """Per group and reported moment: parents asked (sent) and parents who answered."""
    rows = await session.execute(
        select(
            Trajectory.group_id,
            ImpactMoment.kind,
            func.count(ImpactMoment.sent_at),
            func.count(ImpactMoment.answered_at),
        )
        .select_from(Trajectory)
        .join(Group, Group.id == Trajectory.group_id)
        .join(ImpactParticipant, ImpactParticipant.trajectory_id == Trajectory.id)
        .join(ImpactMoment, ImpactMoment.participant_id == ImpactParticipant.id)
        .where(in_scope, ImpactMoment.kind.in_(REPORTED))
        .group_by(Trajectory.group_id, ImpactMoment.kind)
    )
    return {
        (group, str(kind)): AskedSums(int(asked), int(answered))
        for group, kind, asked, answered in rows.all()
    }
