"""A generated world of trajectories and impact answers, and a naive report from it.

Shared by tests/storage/test_impact_report.py and bench/impact.py. The naive reference
loads every answer row and pairs them in Python with the plainest code, applying the
small-number rules as written in storage/impact_stats.py's docstring, independently of
that module: the shipped report must equal it.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.digest_stats import HIDDEN, Hidden
from storage.impact_moments import Plan, Stay, add_months, planned
from storage.impact_stats import (
    PAIRS,
    REPORTED,
    SOURCES,
    Change,
    ImpactReport,
    OrganisationImpact,
    Participation,
    ProjectImpact,
)
from storage.models import (
    Group,
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    Organisation,
    Trajectory,
)

MIN = 5  # the small-number rule, restated here on purpose


@dataclass(frozen=True)
class Shape:
    """How big the world is: `years` of `groups` groups of `parents` places each."""

    groups: int = 12
    parents: int = 15
    years: int = 3
    trajectory_months: int = 18
    seed: int = 16
    # Some groups smaller than five, so the small-number rule has work to do.
    small_groups: bool = True


def origin() -> datetime:
    return datetime(2027, 1, 4, 9, tzinfo=UTC)


def now_of(shape: Shape) -> datetime:
    return origin() + timedelta(days=365 * shape.years)


def world_rows(shape: Shape, organisation: int = 1) -> dict[Any, list[dict[str, Any]]]:
    """Rows per model: groups start in the first year; each place holds a parent, and a
    parent who leaves early is followed by a newcomer; moments come from the scheduler's
    own plan; answers drift up (or down) from each parent's own starting point."""
    rng = random.Random(shape.seed)
    rows: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    now = now_of(shape)
    rows[Organisation] += [
        {"id": organisation, "name": "Buurtmoeders"},
        {"id": organisation + 1, "name": "Elders"},
    ]
    ids = {"participant": 0, "moment": 0, "answer": 0}
    for g in range(1, shape.groups + 1):
        org = organisation + 1 if g == shape.groups else organisation  # one group elsewhere
        rows[Group].append({"id": g, "organisation_id": org, "name": f"Groep {g}"})
        starts = origin().date() + timedelta(days=rng.randrange(0, 180))
        ends: date | None = add_months(starts, shape.trajectory_months)
        if g % 7 == 3:
            ends = None  # open ended
        plan = Plan(starts, ends)
        rows[Trajectory].append({"id": g, "group_id": g, "starts_on": starts, "ends_on": ends})
        size = shape.parents
        if shape.small_groups and g % 5 == 2:
            size = rng.choice((3, 4, 5, 6))
        for _place in range(size):
            joined = datetime.combine(starts, datetime.min.time(), UTC) - timedelta(days=10)
            while joined < now:
                left = None
                if rng.random() < 0.25:
                    left = joined + timedelta(days=rng.randrange(60, 700))
                stay = Stay(joined, left, follow_up=rng.random() < 0.7)
                ids["participant"] += 1
                participant = ids["participant"]
                rows[ImpactParticipant].append(
                    {"id": participant, "trajectory_id": g, "member_id": None,
                     "joined_at": joined, "left_at": left}
                )  # fmt: skip
                level = {s: rng.uniform(1.5, 4.0) for s in SOURCES}
                growth = rng.uniform(-0.4, 1.2)
                for moment in planned(plan, stay, now):
                    if rng.random() < 0.07:
                        continue  # missed (Kring down, a parent unreachable that week)
                    ids["moment"] += 1
                    answered = rng.random() < 0.8
                    years = (moment.due_at.date() - starts).days / 365
                    rows[ImpactMoment].append(
                        {"id": ids["moment"], "participant_id": participant,
                         "kind": moment.kind.value, "sequence": moment.sequence,
                         "due_at": moment.due_at, "sent_at": moment.due_at,
                         "answered_at": moment.due_at + timedelta(hours=3) if answered else None}
                    )  # fmt: skip
                    if not answered:
                        continue
                    for source in SOURCES:
                        if rng.random() < 0.08:
                            scale = 0  # skipped
                        else:
                            value = level[source] + growth * years + rng.gauss(0, 0.6)
                            scale = min(5, max(1, round(value)))
                        ids["answer"] += 1
                        rows[ImpactAnswer].append(
                            {"id": ids["answer"], "moment_id": ids["moment"],
                             "source": source, "scale": scale}
                        )  # fmt: skip
                if left is None:
                    break
                joined = left + timedelta(days=rng.randrange(5, 90))  # a newcomer
    return rows


async def write_world(engine: AsyncEngine, rows: dict[Any, list[dict[str, Any]]]) -> None:
    """Insert the rows (parents before children), then move PostgreSQL's sequences on."""
    async with engine.begin() as conn:
        for model in (Organisation, Group, Trajectory, ImpactParticipant, ImpactMoment,
                      ImpactAnswer):  # fmt: skip
            batch = rows.get(model, [])
            for i in range(0, len(batch), 10_000):
                await conn.execute(insert(model), batch[i : i + 10_000])
        if engine.dialect.name == "postgresql":
            for model in (Organisation, Group, Trajectory, ImpactParticipant, ImpactMoment,
                          ImpactAnswer):  # fmt: skip
                table = model.__tablename__
                await conn.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"(SELECT coalesce(max(id), 1) FROM {table}))"
                )
            await conn.exec_driver_sql("ANALYZE")


# -- the naive reference -----------------------------------------------------------------


def _mean(values: list[int]) -> float:
    return sum(values) / len(values)


def _naive_change(
    source: str, before: str, after: str, pairs: list[tuple[int, int]]
) -> tuple[Change, list[int]]:
    """A change and its raw counts (improved, same, fell), small numbers hidden."""
    up = len([1 for b, a in pairs if a > b])
    same = len([1 for b, a in pairs if a == b])
    down = len([1 for b, a in pairs if a < b])
    if len(pairs) < MIN:
        hidden = Change(source, before, after, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)
        return hidden, [up, same, down]
    n = len(pairs)
    shares: list[float | Hidden] = [up / n, same / n, down / n]
    for i, count in enumerate((up, same, down)):
        if 1 <= count <= MIN - 1:
            shares[i] = HIDDEN
    hidden_parents = sum(c for c, s in zip((up, same, down), shares, strict=True) if s is HIDDEN)
    if 1 <= hidden_parents <= MIN - 1:
        shares = [HIDDEN, HIDDEN, HIDDEN]
    change = Change(
        source, before, after, n, _mean([b for b, _ in pairs]), _mean([a for _, a in pairs]),
        *shares,
    )  # fmt: skip
    return change, [up, same, down]


class _Raw:
    """Every answer of some groups, loaded one by one, with the plainest pairing."""

    def __init__(self, participants: dict[int, int], moments: dict[int, Any],
                 said: dict[int, dict[str, dict[str, int]]]) -> None:  # fmt: skip
        self.participants = participants  # participant -> group
        self.moments = moments
        self.said = said  # participant -> kind -> source -> scale (1-5 only)

    def pairs_of(self, wanted: set[int], source: str, before: str,
                 after: str) -> list[tuple[int, int]]:  # fmt: skip
        found = []
        for participant, kinds in self.said.items():
            if self.participants[participant] not in wanted:
                continue
            if source in kinds.get(before, {}) and source in kinds.get(after, {}):
                found.append((kinds[before][source], kinds[after][source]))
        return found

    def asked_of(self, wanted: set[int], kind: str) -> tuple[int, int]:
        mine = [
            m
            for m in self.moments.values()
            if str(m.kind) == kind and self.participants[m.participant_id] in wanted
        ]
        return (len([m for m in mine if m.sent_at is not None]),
                len([m for m in mine if m.answered_at is not None]))  # fmt: skip


async def _load(sessions: async_sessionmaker[AsyncSession], organisations: set[int]) -> tuple[
    list[int], _Raw
]:  # fmt: skip
    """The tracked groups of `organisations` (sorted) and their raw answers."""
    async with sessions() as session:
        groups = sorted(
            (
                await session.scalars(
                    select(Trajectory.group_id)
                    .join(Group, Group.id == Trajectory.group_id)
                    .where(Group.organisation_id.in_(organisations))
                )
            ).all()
        )
        trajectories = {
            t.id: t.group_id
            for t in (await session.scalars(select(Trajectory))).all()
            if t.group_id in groups
        }
        participants = {
            p.id: trajectories[p.trajectory_id]
            for p in (await session.scalars(select(ImpactParticipant))).all()
            if p.trajectory_id in trajectories
        }
        moments = {
            m.id: m
            for m in (await session.scalars(select(ImpactMoment))).all()
            if m.participant_id in participants
        }
        answers = [
            a for a in (await session.scalars(select(ImpactAnswer))).all() if a.moment_id in moments
        ]
    said: dict[int, dict[str, dict[str, int]]] = defaultdict(lambda: defaultdict(dict))
    for answer in answers:
        moment = moments[answer.moment_id]
        if answer.scale >= 1:
            said[moment.participant_id][str(moment.kind)][answer.source] = answer.scale
    return groups, _Raw(participants, moments, said)


Counts = dict[tuple[int, str, str, str], list[int]]  # unit's (improved, same, fell) per change


def _unit_report(raw: _Raw, unit: int, groups: set[int], counts: Counts) -> ImpactReport:
    """One unit's report (a group's), small numbers hidden, nothing beside it; its raw
    counts of improved, same and fell go into `counts`."""
    participation = []
    for kind in REPORTED:
        asked, answered = raw.asked_of(groups, kind)
        if asked < MIN:
            participation.append(Participation(kind, HIDDEN, HIDDEN))
        else:
            participation.append(Participation(kind, asked, answered))
    changes = []
    for source in SOURCES:
        for before, after in PAIRS:
            found = raw.pairs_of(groups, source, before, after)
            change, counts[(unit, source, before, after)] = _naive_change(
                source, before, after, found
            )
            changes.append(change)
    return ImpactReport(unit, tuple(participation), tuple(changes))


def _total(
    raw: _Raw, units: dict[int, set[int]], reports: list[ImpactReport], unit_counts: Counts
) -> ImpactReport:
    """The figure over all `units` (id -> its groups) beside their shown `reports`: hidden
    where the units hide 1 to 4 parents of it."""
    everyone = set().union(*units.values()) if units else set()
    participation = []
    for kind in REPORTED:
        asked, answered = raw.asked_of(everyone, kind)
        mine = [next(p for p in r.participation if p.kind == kind) for r in reports]
        shown_asked = sum(p.asked for p in mine if not isinstance(p.asked, Hidden))
        shown_answered = sum(p.answered for p in mine if not isinstance(p.answered, Hidden))
        if asked < MIN or 1 <= asked - shown_asked <= MIN - 1:
            participation.append(Participation(kind, HIDDEN, HIDDEN))
        elif 1 <= answered - shown_answered <= MIN - 1:
            participation.append(Participation(kind, asked, HIDDEN))
        else:
            participation.append(Participation(kind, asked, answered))
    changes = []
    for source in SOURCES:
        for before, after in PAIRS:
            found = raw.pairs_of(everyone, source, before, after)
            change, counts = _naive_change(source, before, after, found)
            theirs = [r.change(source, before, after) for r in reports]
            shown_n = sum(c.parents for c in theirs if not isinstance(c.parents, Hidden))
            if len(found) >= MIN and 1 <= len(found) - shown_n <= MIN - 1:
                change, _ = _naive_change(source, before, after, [])
            elif len(found) >= MIN:
                shares = [change.improved, change.same, change.fell]
                for i, name in enumerate(("improved", "same", "fell")):
                    shown = sum(
                        unit_counts[(r.group_id or 0, source, before, after)][i]
                        for r, c in zip(reports, theirs, strict=True)
                        if not isinstance(getattr(c, name), Hidden)
                    )
                    if 1 <= counts[i] - shown <= MIN - 1:
                        shares[i] = HIDDEN
                hidden = sum(c for c, s in zip(counts, shares, strict=True) if s is HIDDEN)
                if 1 <= hidden <= MIN - 1:
                    shares = [HIDDEN, HIDDEN, HIDDEN]
                change = Change(source, before, after, change.parents, change.mean_before,
                                change.mean_after, *shares)  # fmt: skip
            changes.append(change)
    return ImpactReport(None, tuple(participation), tuple(changes))


async def naive_report(
    sessions: async_sessionmaker[AsyncSession], organisation: int
) -> OrganisationImpact:
    """The organisation's report computed from every raw answer, loaded one by one."""
    groups, raw = await _load(sessions, {organisation})
    counts: Counts = {}
    reports = [_unit_report(raw, group, {group}, counts) for group in groups]
    total = _total(raw, {group: {group} for group in groups}, reports, counts)
    return OrganisationImpact(total, tuple(reports))


async def naive_project_report(
    sessions: async_sessionmaker[AsyncSession], organisations: set[int]
) -> ProjectImpact:
    """A project's report from every raw answer: each organisation as its own report shows
    it, and all their groups together beside them."""
    rows = []
    units: dict[int, set[int]] = {}
    for organisation in sorted(organisations):
        own = (await naive_report(sessions, organisation)).organisation
        rows.append(ImpactReport(organisation, own.participation, own.changes))
        units[organisation] = set((await _load(sessions, {organisation}))[0])
    _, raw = await _load(sessions, organisations)
    counts: Counts = {}
    for organisation, groups in units.items():
        _unit_report(raw, organisation, groups, counts)  # only its raw counts are used
    return ProjectImpact(_total(raw, units, rows, counts), tuple(rows))
