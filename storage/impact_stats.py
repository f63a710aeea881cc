"""The paired impact report: pure logic, no database, no Telegram (issue 16).

`storage.impact` sums the answers in SQL per group, source of resilience and pair of
moments; this module turns those sums into what a coordinator (or a facilitator, for
their own groups) may read:

- per source, for each pair of moments (intake → end, intake → a year after the end,
  end → a year after), the parents who answered the source at **both** moments (a skip
  is no answer), their mean before and after, and the share who improved, stayed or
  fell. Only the same parents count on both sides: that is what "paired" means;
- per moment, how many parents were asked and how many answered;
- per group and for the organisation (the groups' sums added up).

The small-number rule: a figure over fewer than `MIN_BASE` (5) parents reads `HIDDEN`,
never zero. A share whose count is 1 to 4 parents is hidden too, and when the hidden
shares of a change add up to 1 to 4 parents, all three are (two shown shares would give
the third away). Beside its groups, an organisation's figure is hidden when the groups
hide 1 to 4 parents of it (the difference would give them away).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from storage.digest_stats import HIDDEN, MIN_BASE, Count, Hidden, Share

SOURCES = ("identity", "talents", "stress", "skills", "belonging", "reciprocity")
"""The six sources of resilience, in the order of `bot.prompts.Source`."""

INTAKE, SIX_MONTHLY, END, FOLLOW_UP = "intake", "six_monthly", "end", "follow_up"
REPORTED = (INTAKE, END, FOLLOW_UP)
"""The moments the report reads (six-monthly moments show the way, not the change)."""
PAIRS = ((INTAKE, END), (INTAKE, FOLLOW_UP), (END, FOLLOW_UP))
"""The changes the report shows: (before, after)."""


@dataclass(frozen=True, slots=True)
class PairSums:
    """Sums over the parents who answered one source at both moments of a pair."""

    parents: int = 0
    before: int = 0  # sum of their answers at the earlier moment (1-5 each)
    after: int = 0
    improved: int = 0
    same: int = 0
    fell: int = 0

    def __add__(self, other: PairSums) -> PairSums:
        return PairSums(
            self.parents + other.parents,
            self.before + other.before,
            self.after + other.after,
            self.improved + other.improved,
            self.same + other.same,
            self.fell + other.fell,
        )


@dataclass(frozen=True, slots=True)
class AskedSums:
    """Parents asked at one moment, and how many of them answered."""

    asked: int = 0
    answered: int = 0

    def __add__(self, other: AskedSums) -> AskedSums:
        return AskedSums(self.asked + other.asked, self.answered + other.answered)


PairKey = tuple[int, str, str, str]  # group, source, before, after
AskedKey = tuple[int, str]  # group, kind


@dataclass(frozen=True, slots=True)
class Change:
    """One source between two moments, for the same parents, small numbers hidden."""

    source: str
    before: str
    after: str
    parents: Count
    mean_before: Share
    mean_after: Share
    improved: Share
    same: Share
    fell: Share


@dataclass(frozen=True, slots=True)
class Participation:
    """One moment: parents asked and parents who answered, small numbers hidden."""

    kind: str
    asked: Count
    answered: Count


@dataclass(frozen=True, slots=True)
class ImpactReport:
    """The report of one group (`group_id`) or of an organisation (`group_id` None)."""

    group_id: int | None
    participation: tuple[Participation, ...]
    changes: tuple[Change, ...]  # SOURCES × PAIRS, source by source

    def change(self, source: str, before: str, after: str) -> Change:
        """The change of one source between two moments."""
        return next(
            c for c in self.changes if (c.source, c.before, c.after) == (source, before, after)
        )


@dataclass(frozen=True, slots=True)
class OrganisationImpact:
    """The organisation's report and its groups' reports, safe to show side by side."""

    organisation: ImpactReport
    groups: tuple[ImpactReport, ...]


def _share(count: int, parents: int) -> float:
    return count / parents


def change_of(source: str, before: str, after: str, sums: PairSums) -> Change:
    """A change as it may be read: everything hidden under `MIN_BASE` parents."""
    n = sums.parents
    if n < MIN_BASE:
        return Change(source, before, after, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN)
    counts = (sums.improved, sums.same, sums.fell)
    shares = _hide_small_shares(counts, n, [0 < c < MIN_BASE for c in counts])
    return Change(source, before, after, n, sums.before / n, sums.after / n, *shares)


def _hide_small_shares(counts: Sequence[int], n: int, hide: Sequence[bool]) -> tuple[Share, ...]:
    """The three shares with `hide` ones hidden, and all three when the hidden ones add
    up to 1 to 4 parents (the shown ones would tell how many the hidden ones hold)."""
    hidden = sum(c for c, h in zip(counts, hide, strict=True) if h)
    if 0 < hidden < MIN_BASE:
        hide = [True] * len(counts)
    return tuple(HIDDEN if h else _share(c, n) for c, h in zip(counts, hide, strict=True))


def participation_of(kind: str, sums: AskedSums) -> Participation:
    """Asked and answered, hidden when fewer than `MIN_BASE` parents were asked."""
    if sums.asked < MIN_BASE:
        return Participation(kind, HIDDEN, HIDDEN)
    return Participation(kind, sums.asked, sums.answered)


def group_report(
    group_id: int | None,
    pairs: Mapping[tuple[str, str, str], PairSums],
    asked: Mapping[str, AskedSums],
) -> ImpactReport:
    """One group's report from its sums: (source, before, after) and kind as keys."""
    return ImpactReport(
        group_id,
        tuple(participation_of(kind, asked.get(kind, AskedSums())) for kind in REPORTED),
        tuple(
            change_of(source, before, after, pairs.get((source, before, after), PairSums()))
            for source in SOURCES
            for before, after in PAIRS
        ),
    )


def _hidden_part(total: int, shown: Iterable[Count | Share], weights: Iterable[int]) -> int:
    """What of `total` the groups hide: the total less what their shown figures hold."""
    held = 0
    for value, weight in zip(shown, weights, strict=True):
        if not isinstance(value, Hidden):
            held += round(value * weight) if isinstance(value, float) else int(value or 0)
    return total - held


def _organisation_change(
    source: str, before: str, after: str, sums: PairSums, groups: Sequence[ImpactReport]
) -> Change:
    change = change_of(source, before, after, sums)
    if isinstance(change.parents, Hidden):
        return change
    theirs = [g.change(source, before, after) for g in groups]
    parents = [c.parents if isinstance(c.parents, int) else 0 for c in theirs]
    if 0 < _hidden_part(sums.parents, (c.parents for c in theirs), [1] * len(theirs)) < MIN_BASE:
        return change_of(source, before, after, PairSums())  # all hidden
    counts = (sums.improved, sums.same, sums.fell)
    hide = [isinstance(s, Hidden) for s in (change.improved, change.same, change.fell)]
    for index, name in enumerate(("improved", "same", "fell")):
        part = _hidden_part(counts[index], (getattr(c, name) for c in theirs), parents)
        hide[index] = hide[index] or 0 < part < MIN_BASE
    shares = _hide_small_shares(counts, sums.parents, hide)
    return Change(
        source, before, after, change.parents, change.mean_before, change.mean_after, *shares
    )


def _organisation_participation(
    kind: str, sums: AskedSums, groups: Sequence[ImpactReport]
) -> Participation:
    figure = participation_of(kind, sums)
    if isinstance(figure.asked, Hidden):
        return figure
    theirs = [next(p for p in g.participation if p.kind == kind) for g in groups]
    ones = [1] * len(theirs)
    if 0 < _hidden_part(sums.asked, (p.asked for p in theirs), ones) < MIN_BASE:
        return Participation(kind, HIDDEN, HIDDEN)
    if 0 < _hidden_part(sums.answered, (p.answered for p in theirs), ones) < MIN_BASE:
        return Participation(kind, figure.asked, HIDDEN)
    return figure


def organisation_report(
    group_ids: Sequence[int],
    pairs: Mapping[PairKey, PairSums],
    asked: Mapping[AskedKey, AskedSums],
) -> OrganisationImpact:
    """The organisation's report and each group's, from per-group sums.

    `group_ids` are the groups with a trajectory (a group without answers still gets a
    report, all hidden); sums of other groups are ignored.
    """
    by_group_pairs: dict[int, dict[tuple[str, str, str], PairSums]] = {g: {} for g in group_ids}
    by_group_asked: dict[int, dict[str, AskedSums]] = {g: {} for g in group_ids}
    total_pairs: dict[tuple[str, str, str], PairSums] = {}
    total_asked: dict[str, AskedSums] = {}
    for (group, source, before, after), sums in pairs.items():
        if group in by_group_pairs:
            by_group_pairs[group][(source, before, after)] = sums
            key = (source, before, after)
            total_pairs[key] = total_pairs.get(key, PairSums()) + sums
    for (group, kind), counted in asked.items():
        if group in by_group_asked:
            by_group_asked[group][kind] = counted
            total_asked[kind] = total_asked.get(kind, AskedSums()) + counted
    groups = tuple(group_report(g, by_group_pairs[g], by_group_asked[g]) for g in sorted(group_ids))
    organisation = ImpactReport(
        None,
        tuple(
            _organisation_participation(kind, total_asked.get(kind, AskedSums()), groups)
            for kind in REPORTED
        ),
        tuple(
            _organisation_change(
                source,
                before,
                after,
                total_pairs.get((source, before, after), PairSums()),
                groups,
            )
            for source in SOURCES
            for before, after in PAIRS
        ),
    )
    return OrganisationImpact(organisation, groups)


@dataclass(frozen=True, slots=True)
class ProjectImpact:
    """A project's report beside each of its organisations' (as their own pages show
    them), safe to show side by side."""

    project: ImpactReport
    organisations: tuple[ImpactReport, ...]  # group_id holds the organisation's id


def project_report(
    organisations: Mapping[int, ImpactReport],
    pairs: Mapping[PairKey, PairSums],
    asked: Mapping[AskedKey, AskedSums],
) -> ProjectImpact:
    """The project's report from per-organisation sums (keyed by organisation id), beside
    each organisation's report as its own page shows it (`organisations`, already hidden
    against its groups). The project's figure is hidden where the organisations hide 1 to
    4 parents of it, as an organisation's is beside its groups."""
    rows = tuple(
        ImpactReport(o, organisations[o].participation, organisations[o].changes)
        for o in sorted(organisations)
    )
    total_pairs: dict[tuple[str, str, str], PairSums] = {}
    total_asked: dict[str, AskedSums] = {}
    for (organisation, source, before, after), sums in pairs.items():
        if organisation in organisations:
            key = (source, before, after)
            total_pairs[key] = total_pairs.get(key, PairSums()) + sums
    for (organisation, kind), counted in asked.items():
        if organisation in organisations:
            total_asked[kind] = total_asked.get(kind, AskedSums()) + counted
    project = ImpactReport(
        None,
        tuple(
            _organisation_participation(kind, total_asked.get(kind, AskedSums()), rows)
            for kind in REPORTED
        ),
        tuple(
            _organisation_change(
                source, before, after, total_pairs.get((source, before, after), PairSums()), rows
            )
            for source in SOURCES
            for before, after in PAIRS
        ),
    )
    return ProjectImpact(project, rows)
