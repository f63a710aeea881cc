"""A project several organisations share (issue 16): its paired impact report adds all
their groups up, equals a naive reference over the same raw answers, and hides a figure
its organisations' shown figures would give away."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select

from storage.digest_stats import HIDDEN
from storage.impact import ImpactService
from storage.impact_stats import END, INTAKE, SOURCES
from storage.models import (
    Group,
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    Organisation,
    ProjectOrganisation,
    Trajectory,
)
from tests.conftest import Database
from tests.impact_world import Shape, naive_project_report, world_rows, write_world

AT = datetime(2027, 1, 14, 9, tzinfo=UTC)


async def test_the_project_report_equals_the_naive_reference_on_a_three_year_world(
    db: Database,
) -> None:
    # Organisation 1 with twelve groups (some small), organisation 2 with one of fifteen.
    await write_world(db.engine, world_rows(Shape(groups=13)))
    service = ImpactService(db.sessions)
    project, first = await service.add_to_project("Krachtige Gezinnen", "Buurtmoeders")
    assert first == 1
    assert await service.add_to_project("Krachtige Gezinnen", "2") == (project, 2)
    assert await service.add_to_project("Krachtige Gezinnen", "2") == (project, 2)  # once
    report = await service.project_report(project)
    assert report == await naive_project_report(db.sessions, {1, 2})
    # Each organisation's row is its own report's figure, as its own page shows it.
    for row in report.organisations:
        assert (
            row.changes
            == (await service.organisation_report(row.group_id or 0)).organisation.changes
        )
    # Where both rows show their parents, the project adds them up.
    pairs = list(zip(report.project.changes, *(o.changes for o in report.organisations),
                     strict=True))  # fmt: skip
    added = [(p, a, b) for p, a, b in pairs
             if isinstance(a.parents, int) and isinstance(b.parents, int)]  # fmt: skip
    assert added and all(
        p.parents == a.parents + b.parents  # type: ignore[operator]
        for p, a, b in added
    )
    assert await service.projects_of({2}) == [(project, "Krachtige Gezinnen")]
    assert await service.project_organisations(project) == {1: "Buurtmoeders", 2: "Elders"}


async def test_an_unknown_organisation_is_not_added(db: Database) -> None:
    service = ImpactService(db.sessions)
    with pytest.raises(LookupError):
        await service.add_to_project("Krachtige Gezinnen", "Nobody")
    async with db.sessions() as session:
        assert (await session.scalars(select(ProjectOrganisation))).all() == []


async def _organisations(db: Database, parents: dict[int, int]) -> None:
    """One organisation per key, one group each, with `parents` answering intake (2) and
    end (3) for every source."""
    rows: dict[type, list[dict[str, object]]] = {
        Organisation: [], Group: [], Trajectory: [], ImpactParticipant: [], ImpactMoment: [],
        ImpactAnswer: [],
    }  # fmt: skip
    ids = {"p": 0, "m": 0}
    for org, count in parents.items():
        rows[Organisation].append({"id": org, "name": f"Stichting {org}"})
        rows[Group].append({"id": org, "organisation_id": org, "name": f"Groep {org}"})
        rows[Trajectory].append({"id": org, "group_id": org, "starts_on": date(2026, 1, 5),
                                 "ends_on": date(2027, 1, 4)})  # fmt: skip
        for _ in range(count):
            ids["p"] += 1
            rows[ImpactParticipant].append({"id": ids["p"], "trajectory_id": org,
                                            "joined_at": AT})  # fmt: skip
            for kind, scale in (("intake", 2), ("end", 3)):
                ids["m"] += 1
                rows[ImpactMoment].append({"id": ids["m"], "participant_id": ids["p"],
                                           "kind": kind, "sequence": 0, "due_at": AT,
                                           "sent_at": AT, "answered_at": AT})  # fmt: skip
                rows[ImpactAnswer] += [{"moment_id": ids["m"], "source": s, "scale": scale}
                                       for s in SOURCES]  # fmt: skip
    async with db.engine.begin() as conn:
        for model, batch in rows.items():
            await conn.execute(insert(model), batch)  # type: ignore[call-overload]


async def test_small_numbers_are_hidden_and_never_given_away(db: Database) -> None:
    # Ten parents in one organisation, three in the second, six in the third.
    await _organisations(db, {1: 10, 2: 3, 3: 6})
    service = ImpactService(db.sessions)
    both, _ = await service.add_to_project("Tien en drie", "1")
    await service.add_to_project("Tien en drie", "2")
    report = await service.project_report(both)
    assert report == await naive_project_report(db.sessions, {1, 2})
    # Thirteen parents, but the three of the second organisation are hidden in its row:
    # "13" beside "10" would give them away, so the project's figure is hidden too.
    assert report.organisations[0].change("identity", INTAKE, END).parents == 10
    assert report.organisations[1].change("identity", INTAKE, END).parents is HIDDEN
    assert report.project.change("identity", INTAKE, END).parents is HIDDEN
    assert all(p.asked is HIDDEN for p in report.project.participation)
    # Three alone: hidden everywhere.
    small, _ = await service.add_to_project("Drie", "2")
    alone = await service.project_report(small)
    assert alone == await naive_project_report(db.sessions, {2})
    assert all(c.parents is HIDDEN for c in alone.project.changes)
    # Ten and six: both shown, and the sixteen together with their averages.
    shown, _ = await service.add_to_project("Tien en zes", "1")
    await service.add_to_project("Tien en zes", "3")
    together = await service.project_report(shown)
    assert together == await naive_project_report(db.sessions, {1, 3})
    change = together.project.change("identity", INTAKE, END)
    assert (change.parents, change.mean_before, change.mean_after) == (16, 2.0, 3.0)
    assert change.improved == 1.0
