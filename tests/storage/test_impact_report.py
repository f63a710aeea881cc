"""The paired impact report (storage/impact_stats.py, storage/impact.py; issue 16)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import func, insert, select

from bot.prompts import Source
from storage.digest_stats import HIDDEN
from storage.impact import ImpactService
from storage.impact_stats import (
    END,
    FOLLOW_UP,
    INTAKE,
    SOURCES,
    AskedSums,
    PairSums,
    Participation,
    change_of,
    organisation_report,
)
from storage.models import (
    Group,
    ImpactAnswer,
    ImpactMoment,
    ImpactParticipant,
    Organisation,
    Trajectory,
)
from tests.conftest import Database
from tests.impact_world import Shape, naive_report, world_rows, write_world

AT = datetime(2027, 1, 14, 9, tzinfo=UTC)


def test_the_report_reads_the_six_sources_of_the_prompt_library() -> None:
    assert tuple(s.value for s in Source) == SOURCES


# -- the small-number rule, on plain sums ------------------------------------------------


def test_a_change_over_fewer_than_five_parents_is_hidden_not_zero() -> None:
    change = change_of("identity", INTAKE, END, PairSums(4, 8, 12, 4, 0, 0))
    assert (change.parents, change.mean_before, change.mean_after) == (HIDDEN, HIDDEN, HIDDEN)
    assert (change.improved, change.same, change.fell) == (HIDDEN, HIDDEN, HIDDEN)
    nobody = change_of("identity", INTAKE, END, PairSums())
    assert nobody.parents is HIDDEN and nobody.mean_before is HIDDEN


def test_means_and_shares_over_five_or_more_parents() -> None:
    change = change_of("stress", INTAKE, END, PairSums(10, 25, 31, 5, 5, 0))
    assert (change.parents, change.mean_before, change.mean_after) == (10, 2.5, 3.1)
    assert (change.improved, change.same, change.fell) == (0.5, 0.5, 0.0)


def test_a_share_of_one_to_four_parents_is_hidden_and_so_are_the_others_if_they_tell() -> None:
    # One parent fell: shown "improved 60 %, same 30 %" would say so; all three hidden.
    alone = change_of("skills", INTAKE, END, PairSums(10, 30, 35, 6, 3, 1))
    assert (alone.improved, alone.same, alone.fell) == (HIDDEN, HIDDEN, HIDDEN)
    assert alone.mean_after == 3.5  # the means over ten parents stay
    # Two and three parents hidden: five together, improved (10 of 15) can be shown.
    five = change_of("skills", INTAKE, END, PairSums(15, 40, 50, 10, 2, 3))
    assert (five.improved, five.same, five.fell) == (10 / 15, HIDDEN, HIDDEN)


def test_beside_its_groups_the_organisation_hides_what_they_would_give_away() -> None:
    key = ("identity", INTAKE, END)
    big = PairSums(10, 20, 30, 10, 0, 0)
    small = PairSums(3, 9, 6, 0, 0, 3)  # three parents who fell, hidden in their group
    report = organisation_report([1, 2], {(1, *key): big, (2, *key): small}, {})
    assert report.groups[0].change(*key).parents == 10
    assert report.groups[1].change(*key).parents is HIDDEN
    # 13 next to 10 would tell that group 2 has three parents, and their mean.
    assert report.organisation.change(*key).parents is HIDDEN
    # With seven parents in group 2 the organisation's figures are safe, but not its
    # "same": 7 beside group 1's shown 5 would tell that two of group 2 stayed the same.
    half = PairSums(10, 20, 25, 5, 5, 0)
    seven = PairSums(7, 21, 16, 0, 2, 5)
    report = organisation_report([1, 2], {(1, *key): half, (2, *key): seven}, {})
    assert report.groups[1].change(*key).same is HIDDEN
    org = report.organisation.change(*key)
    assert (org.parents, org.mean_before, org.mean_after) == (17, 41 / 17, 41 / 17)
    assert (org.improved, org.same, org.fell) == (5 / 17, HIDDEN, 5 / 17)


def test_participation_is_hidden_under_five_asked() -> None:
    report = organisation_report(
        [1, 2], {}, {(1, INTAKE): AskedSums(12, 9), (2, INTAKE): AskedSums(3, 3)}
    )
    assert report.groups[0].participation[0] == Participation(INTAKE, 12, 9)
    assert report.groups[1].participation[0] == Participation(INTAKE, HIDDEN, HIDDEN)
    assert report.organisation.participation[0] == Participation(INTAKE, HIDDEN, HIDDEN)


# -- from the database -------------------------------------------------------------------


async def _scenario(db: Database) -> None:
    """Organisation 1, group 1: ten parents with intake and end; three also a year later.
    One parent skipped identity at the end, one has no end moment; group 2 is elsewhere."""
    intake = [1, 2, 2, 3, 3, 3, 4, 4, 2, 1]
    end = [2, 3, 3, 4, 4, 3, 4, 4, 2, 1]  # five up by one, five the same
    rows: dict[object, list[dict[str, object]]] = {
        Organisation: [{"id": 1, "name": "Buurtmoeders"}, {"id": 2, "name": "Elders"}],
        Group: [
            {"id": 1, "organisation_id": 1, "name": "Oost"},
            {"id": 2, "organisation_id": 2, "name": "West"},
        ],
        Trajectory: [
            {"id": 1, "group_id": 1, "starts_on": date(2027, 1, 4), "ends_on": date(2029, 1, 4)},
            {"id": 2, "group_id": 2, "starts_on": date(2027, 1, 4), "ends_on": date(2029, 1, 4)},
        ],
        ImpactParticipant: [],
        ImpactMoment: [],
        ImpactAnswer: [],
    }
    moment = 0

    def ask(participant: int, kind: str, scale: int | None) -> None:
        nonlocal moment
        moment += 1
        rows[ImpactMoment].append(
            {"id": moment, "participant_id": participant, "kind": kind, "due_at": AT,
             "sent_at": AT, "answered_at": None if scale is None else AT}
        )  # fmt: skip
        if scale is not None:
            rows[ImpactAnswer].append({"moment_id": moment, "source": "identity", "scale": scale})

    for p in range(12):
        group = 2 if p >= 10 else 1
        rows[ImpactParticipant].append({"id": p + 1, "trajectory_id": group, "joined_at": AT})
        if group == 2:
            ask(p + 1, INTAKE, 1)
            ask(p + 1, END, 5)
            continue
        ask(p + 1, INTAKE, intake[p])
        ask(p + 1, END, end[p])
        if p < 3:
            ask(p + 1, FOLLOW_UP, 5)
    rows[ImpactParticipant].append({"id": 13, "trajectory_id": 1, "joined_at": AT})
    ask(13, INTAKE, 5)  # no end moment: never paired
    rows[ImpactParticipant].append({"id": 14, "trajectory_id": 1, "joined_at": AT})
    ask(14, INTAKE, 1)
    ask(14, END, 0)  # skipped at the end: not paired either
    async with db.engine.begin() as conn:
        for model, batch in rows.items():
            if batch:
                await conn.execute(insert(model), batch)  # type: ignore[call-overload]


async def test_the_report_pairs_the_same_parents(db: Database) -> None:
    await _scenario(db)
    report = await ImpactService(db.sessions).organisation_report(1)
    assert [g.group_id for g in report.groups] == [1]
    change = report.organisation.change("identity", INTAKE, END)
    assert (change.parents, change.mean_before, change.mean_after) == (10, 2.5, 3.0)
    assert (change.improved, change.same, change.fell) == (0.5, 0.5, 0.0)
    assert report.organisation.change("identity", INTAKE, FOLLOW_UP).parents is HIDDEN
    assert report.organisation.change("talents", INTAKE, END).parents is HIDDEN  # no answers
    assert report.organisation.participation == (
        Participation(INTAKE, 12, 12),
        Participation(END, 11, 11),
        Participation(FOLLOW_UP, HIDDEN, HIDDEN),
    )
    assert report.groups[0] == await ImpactService(db.sessions).group_report(1)
    assert report == await naive_report(db.sessions, 1)


async def test_the_report_equals_the_naive_reference_on_a_three_year_world(
    db: Database,
) -> None:
    await write_world(db.engine, world_rows(Shape()))
    async with db.sessions() as session:
        answers = await session.scalar(select(func.count()).select_from(ImpactAnswer))
    assert answers is not None and answers > 2_000
    report = await ImpactService(db.sessions).organisation_report(1)
    assert report == await naive_report(db.sessions, 1)
    # The world is one where every rule has work: figures shown and hidden, in groups
    # and for the organisation, a year after the end too.
    org = report.organisation
    assert isinstance(org.change("belonging", INTAKE, FOLLOW_UP).parents, int)
    assert isinstance(org.change("belonging", INTAKE, END).mean_after, float)
    shown = [c for g in report.groups for c in g.changes if isinstance(c.parents, int)]
    hidden = [c for g in report.groups for c in g.changes if c.parents is HIDDEN]
    assert shown and hidden
    assert any(c.fell is HIDDEN for c in shown) and any(isinstance(c.fell, float) for c in shown)
    assert len(report.groups) == Shape().groups - 1  # the last group is elsewhere


async def test_a_trajectory_is_set_and_changed(db: Database) -> None:
    async with db.engine.begin() as conn:
        await conn.execute(insert(Organisation), [{"id": 1, "name": "Buurtmoeders"}])
        await conn.execute(
            insert(Group),
            [{"id": g, "organisation_id": 1, "name": f"Groep {g}"} for g in (1, 2)],
        )
    service = ImpactService(db.sessions)
    first = await service.set_trajectory(1, date(2027, 1, 4), date(2030, 1, 4))
    assert await service.set_trajectory(1, date(2027, 2, 1), None) == first  # changed
    other = await service.set_trajectory(2, date(2027, 3, 1), date(2029, 3, 1))
    assert other != first
    async with db.sessions() as session:
        rows = (await session.execute(select(Trajectory.group_id, Trajectory.starts_on,
                                             Trajectory.ends_on))).all()  # fmt: skip
    assert sorted(rows) == [(1, date(2027, 2, 1), None), (2, date(2027, 3, 1), date(2029, 3, 1))]
