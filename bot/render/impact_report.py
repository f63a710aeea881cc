"""The words and figures of the impact report (issue 16): the dashboard page, its CSV, the
print-ready page with its method note, and `/impact` in Telegram.

Plain values in (a `Translator`, the reports of `storage.impact_stats`, names), plain values
out (strings, cells, rows). A figure about fewer than five parents arrives here as
`HIDDEN` and leaves as the hidden word, never as a number.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

from bot.charts import ImpactLine
from bot.i18n import N_, Translator, strip_bidi
from bot.prompts import Source, source_name
from bot.render import Reply
from storage.digest_stats import Hidden
from storage.impact_stats import (
    END,
    FOLLOW_UP,
    INTAKE,
    PAIRS,
    SOURCES,
    Change,
    ImpactReport,
    Participation,
)

MOMENTS = {
    INTAKE: N_("at intake"),
    END: N_("at the end"),
    FOLLOW_UP: N_("a year after the end"),
}
PAIR_TITLES = {
    (INTAKE, END): N_("From intake to the end"),
    (INTAKE, FOLLOW_UP): N_("From intake to a year after the end"),
    (END, FOLLOW_UP): N_("From the end to a year after the end"),
}


@dataclass(frozen=True, slots=True)
class Section:
    """One report on the page: the organisation's (`group_id` None) or one group's."""

    title: str
    group_id: int | None
    report: ImpactReport


@dataclass(frozen=True, slots=True)
class Cell:
    """A figure as written: its text, and whether it is the hidden word."""

    text: str
    hidden: bool = False


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """One source between two moments, as written."""

    source: str
    parents: Cell
    mean_before: Cell
    mean_after: Cell
    improved: Cell
    same: Cell
    fell: Cell


@dataclass(frozen=True, slots=True)
class PairTable:
    """The six sources between two moments."""

    title: str
    before: str  # the column heads of the two averages
    after: str
    rows: tuple[ChangeRow, ...]


@dataclass(frozen=True, slots=True)
class SectionView:
    """A section as the page shows it."""

    title: str
    group_id: int | None
    participation: tuple[tuple[str, Cell, Cell], ...]  # moment, asked, answered
    tables: tuple[PairTable, ...]


@dataclass(frozen=True, slots=True)
class GroupRow:
    """One group on the organisation's page: per source, its change in a few words."""

    group_id: int
    title: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True, slots=True)
class GroupTable:
    """The organisation's groups between two moments, a row each."""

    title: str
    rows: tuple[GroupRow, ...]


@dataclass(frozen=True, slots=True)
class PageWords:
    """Every word of the page and the print-ready page, in the reader's language."""

    title: str
    brand_home: str
    sign_out: str
    organisations: str
    groups: str
    projects: str
    project_total: str
    organisation: str
    organisations_note: str
    nothing: str
    no_trajectory: str
    csv: str
    printable: str
    back: str
    made_on: str
    organisation_total: str
    participation: str
    moment: str
    asked: str
    answered: str
    source: str
    group: str
    groups_note: str
    sources: tuple[str, ...]
    parents: str
    improved: str
    same: str
    fell: str
    scale: str
    method_title: str
    method: tuple[str, ...]
    hidden_legend: str
    footer: str
    signed_out: str
    sign_in_how: str
    forbidden_title: str
    forbidden: str


def hidden_word(tr: Translator) -> str:
    """The word written instead of a figure about fewer than five parents."""
    return tr.pgettext("a figure kept back", "hidden")


def hidden_legend(tr: Translator) -> str:
    """What the hidden word means (plain text)."""
    return tr.gettext(
        "{hidden}: about fewer than 5 parents. Not shown, so that nobody can be recognised."
    ).format(hidden=hidden_word(tr))


def moment_name(tr: Translator, kind: str) -> str:
    """A reported moment: at intake, at the end, a year after the end."""
    return tr.gettext(MOMENTS[kind])


def pair_title(tr: Translator, before: str, after: str) -> str:
    """A change's two moments, as a title."""
    return tr.gettext(PAIR_TITLES[(before, after)])


def source_label(tr: Translator, source: str) -> str:
    """A source of strength's short name."""
    return source_name(tr, Source(source))


def count_cell(tr: Translator, value: int | Hidden) -> Cell:
    """A number of parents."""
    if isinstance(value, Hidden):
        return Cell(hidden_word(tr), True)
    return Cell(format_decimal(value, locale=tr.locale))


def mean_cell(tr: Translator, value: float | Hidden | None) -> Cell:
    """An average on the 1-5 scale, one decimal."""
    if isinstance(value, Hidden):
        return Cell(hidden_word(tr), True)
    if value is None:
        return Cell("–")
    return Cell(format_decimal(value, "#,##0.0", locale=tr.locale))


def share_cell(tr: Translator, value: float | Hidden | None) -> Cell:
    """A share of the parents behind a change, as a whole percentage."""
    if isinstance(value, Hidden):
        return Cell(hidden_word(tr), True)
    if value is None:
        return Cell("–")
    return Cell(format_percent(value, locale=tr.locale))


def _row(tr: Translator, change: Change) -> ChangeRow:
    return ChangeRow(
        source_label(tr, change.source),
        count_cell(tr, change.parents),
        mean_cell(tr, change.mean_before),
        mean_cell(tr, change.mean_after),
        share_cell(tr, change.improved),
        share_cell(tr, change.same),
        share_cell(tr, change.fell),
    )


def change_cell(tr: Translator, change: Change) -> Cell:
    """A change in a few words: "2,4 → 3,1 (15)", or the hidden word."""
    if isinstance(change.parents, Hidden):
        return Cell(hidden_word(tr), True)
    return Cell(
        tr.pgettext("a change", "{before} → {after} ({parents})").format(
            before=mean_cell(tr, change.mean_before).text,
            after=mean_cell(tr, change.mean_after).text,
            parents=count_cell(tr, change.parents).text,
        )
    )


def group_tables(tr: Translator, sections: Sequence[Section]) -> tuple[GroupTable, ...]:
    """The groups of an organisation's page, compact: a table per change from intake."""
    groups = [s for s in sections if s.group_id is not None]
    return tuple(
        GroupTable(
            pair_title(tr, before, after),
            tuple(
                GroupRow(
                    s.group_id or 0,
                    strip_bidi(s.title),
                    tuple(change_cell(tr, s.report.change(x, before, after)) for x in SOURCES),
                )
                for s in groups
            ),
        )
        for before, after in PAIRS[:2]
    )


def average_at(tr: Translator, kind: str) -> str:
    """The head of an average's column: "Average at intake"."""
    return tr.gettext("Average {moment}").format(moment=moment_name(tr, kind))


def section_view(tr: Translator, section: Section) -> SectionView:
    """A section's figures as the page writes them."""
    report = section.report
    return SectionView(
        strip_bidi(section.title),
        section.group_id,
        tuple(
            (moment_name(tr, p.kind), count_cell(tr, p.asked), count_cell(tr, p.answered))
            for p in report.participation
        ),
        tuple(
            PairTable(
                pair_title(tr, before, after),
                average_at(tr, before),
                average_at(tr, after),
                tuple(_row(tr, report.change(source, before, after)) for source in SOURCES),
            )
            for before, after in PAIRS
        ),
    )


def _answered_line(tr: Translator, p: Participation) -> str:
    name = moment_name(tr, p.kind)
    moment = name[:1].upper() + name[1:]  # at the start of a line
    if isinstance(p.asked, Hidden):
        return tr.gettext("{moment}: fewer than 5 parents were asked.").format(moment=moment)
    asked = format_decimal(p.asked, locale=tr.locale)
    if isinstance(p.answered, Hidden):
        return tr.gettext("{moment}: {asked} parents were asked.").format(
            moment=moment, asked=asked
        )
    return tr.gettext("{moment}: {asked} parents were asked, {answered} answered.").format(
        moment=moment, asked=asked, answered=format_decimal(p.answered, locale=tr.locale)
    )


def method_note(tr: Translator, participation: Sequence[Participation]) -> tuple[str, ...]:
    """The method in plain words: who was asked when, how many answered, what "paired"
    means, and that it is self-assessment."""
    return (
        tr.gettext(
            "Who was asked, and when: every parent in a group with a trajectory got six short "
            "questions, one for each source of strength. They came a few days after the "
            "parent joined (intake), every six months, at the end of the trajectory, and "
            "once more a year after the end, only to parents who said yes to that at the end."
        ),
        tr.gettext("How many answered:"),
        *(_answered_line(tr, p) for p in participation),
        tr.gettext(
            "Paired: a change counts only the parents who answered the same question at both "
            "moments. Parents who answered only once are left out of that change, so each "
            "change compares the same people. A skipped question is no answer."
        ),
        tr.gettext(
            "Each answer is a face on a scale from 1 (not at all) to 5 (very much). "
            "Improved: a higher answer at the later moment; fell: a lower one."
        ),
        tr.gettext(
            "This is self-assessment: how parents see themselves. The questions are not a "
            "validated scale or a test. Read the figures as a signal, next to what parents "
            "and facilitators tell you."
        ),
        tr.gettext(
            "A figure about fewer than 5 parents is never shown, so that nobody can be "
            "recognised. Names and parents' words are never part of this report."
        ),
    )


def page_words(
    tr: Translator, participation: Sequence[Participation], made_on: date | None = None
) -> PageWords:
    """The words of the page; `participation` feeds the method note's counts."""
    day = format_date(made_on, "long", locale=tr.locale) if made_on else ""
    return PageWords(
        title=tr.gettext("Impact over the years"),
        brand_home=tr.gettext("Dashboard"),
        sign_out=tr.gettext("Sign out"),
        organisations=tr.gettext("Organisations"),
        groups=tr.gettext("Groups"),
        projects=tr.gettext("Projects with other organisations"),
        project_total=tr.gettext("All organisations of the project together"),
        organisation=tr.gettext("Organisation"),
        organisations_note=tr.gettext(
            "Per organisation: the average before → after, and in brackets how many "
            "parents, as the organisation's own report shows them."
        ),
        nothing=tr.gettext("There is nothing to show yet."),
        no_trajectory=tr.gettext(
            "No group here has a trajectory yet. A facilitator sets one with /trajectory "
            "in Telegram."
        ),
        csv=tr.gettext("Download the figures (CSV)"),
        printable=tr.gettext("Print-ready report"),
        back=tr.gettext("Back to the dashboard"),
        made_on=tr.gettext("Report of {date}").format(date=day),
        organisation_total=tr.gettext("All groups together"),
        participation=tr.gettext("Parents asked and answered"),
        moment=tr.gettext("Moment"),
        asked=tr.gettext("Parents asked"),
        answered=tr.gettext("Parents who answered"),
        source=tr.gettext("Source of strength"),
        group=tr.gettext("Group"),
        groups_note=tr.gettext(
            "Per group: the average before → after, and in brackets how many parents. "
            "Open a group for all its figures."
        ),
        sources=tuple(source_labels(tr)),
        parents=tr.gettext("Parents (same at both moments)"),
        improved=tr.gettext("Improved"),
        same=tr.gettext("Stayed the same"),
        fell=tr.gettext("Fell"),
        scale=tr.gettext("Averages on a scale from 1 (not at all) to 5 (very much)."),
        method_title=tr.gettext("How these figures were made"),
        method=method_note(tr, participation),
        hidden_legend=hidden_legend(tr),
        footer=tr.gettext(
            "Figures only for the people who may see them. Parents' words stay with their "
            "facilitators."
        ),
        signed_out=tr.gettext("You are not signed in."),
        sign_in_how=tr.gettext(
            "Send /dashboard to Kring in a private chat in Telegram. You will get a sign-in "
            "link that works once, for 15 minutes."
        ),
        forbidden_title=tr.gettext("Not for you"),
        forbidden=tr.gettext(
            "This page belongs to another group or organisation. Go back to your dashboard."
        ),
    )


# -- the CSV ---------------------------------------------------------------------------


def _unit_columns(tr: Translator, project: bool) -> list[str]:
    """What a row is about: a group, or (in a project's report) an organisation."""
    if project:
        return [
            tr.pgettext("csv column", "organisation number"),
            tr.pgettext("csv column", "organisation"),
        ]
    return [tr.pgettext("csv column", "group number"), tr.pgettext("csv column", "group")]


def csv_changes_header(tr: Translator, project: bool = False) -> list[str]:
    """The column names of the changes, in the reader's language."""
    return [
        *_unit_columns(tr, project),
        tr.pgettext("csv column", "source of strength"),
        tr.pgettext("csv column", "from"),
        tr.pgettext("csv column", "to"),
        tr.pgettext("csv column", "parents at both moments"),
        tr.pgettext("csv column", "average before"),
        tr.pgettext("csv column", "average after"),
        tr.pgettext("csv column", "improved (%)"),
        tr.pgettext("csv column", "stayed the same (%)"),
        tr.pgettext("csv column", "fell (%)"),
    ]


def csv_participation_header(tr: Translator, project: bool = False) -> list[str]:
    """The column names of the participation block."""
    return [
        *_unit_columns(tr, project),
        tr.pgettext("csv column", "moment"),
        tr.pgettext("csv column", "parents asked"),
        tr.pgettext("csv column", "parents who answered"),
    ]


def _csv_value(tr: Translator, value: float | int | Hidden | None, scale: float = 1.0,
               digits: int = 2) -> str:  # fmt: skip
    """A figure for a spreadsheet: a plain number with a point, or the hidden word."""
    if isinstance(value, Hidden):
        return hidden_word(tr)
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    return f"{value * scale:.{digits}f}"


def csv_blocks(
    tr: Translator, sections: Sequence[Section], project: bool = False
) -> list[list[str]]:
    """The CSV's rows: the changes, an empty row, the participation, and (when a figure is
    hidden) the legend. Means with two decimals, shares in percent with one. In a
    project's report the rows after the first are its organisations."""
    out: list[list[str]] = [csv_changes_header(tr, project)]
    hidden = False
    for section in sections:
        number = "" if section.group_id is None else str(section.group_id)
        for c in section.report.changes:
            values = [
                _csv_value(tr, c.parents),
                _csv_value(tr, c.mean_before),
                _csv_value(tr, c.mean_after),
                *(_csv_value(tr, s, 100.0, 1) for s in (c.improved, c.same, c.fell)),
            ]
            hidden = hidden or hidden_word(tr) in values
            out.append([number, section.title, source_label(tr, c.source),
                        moment_name(tr, c.before), moment_name(tr, c.after), *values])  # fmt: skip
    out.append([])
    out.append(csv_participation_header(tr, project))
    for section in sections:
        number = "" if section.group_id is None else str(section.group_id)
        for p in section.report.participation:
            values = [_csv_value(tr, p.asked), _csv_value(tr, p.answered)]
            hidden = hidden or hidden_word(tr) in values
            out.append([number, section.title, moment_name(tr, p.kind), *values])
    if hidden:
        out += [[], [hidden_legend(tr)]]
    return out


def safe_cell(value: str) -> str:
    """A cell a spreadsheet will not run as a formula (a group named "=..." or "@...")."""
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        try:
            float(value)
        except ValueError:
            return "'" + value
    return value


# -- /impact in Telegram ---------------------------------------------------------------


def headline(tr: Translator, title: str, report: ImpactReport) -> str:
    """The report's headline figures for a message: per source, the average at intake and
    at the end for the same parents, and how many of them improved (HTML)."""
    mark = "<i>" + html.escape(hidden_word(tr), quote=False) + "</i>"

    def text(cell: Cell) -> str:
        return mark if cell.hidden else cell.text

    lines = [
        "<b>" + html.escape(tr.gettext("Impact over the years"), quote=False) + ": "
        + tr.user_text(title) + "</b>",
    ]  # fmt: skip
    for p in report.participation:
        lines.append(html.escape(_answered_line(tr, p), quote=False))
    for before, after in PAIRS[:2]:
        lines += ["", "<b>" + html.escape(pair_title(tr, before, after), quote=False) + "</b>"]
        rows = [_row(tr, report.change(source, before, after)) for source in SOURCES]
        if all(row.parents.hidden for row in rows):
            lines.append(mark)  # one word for six hidden lines
            continue
        for row in rows:
            source = html.escape(row.source, quote=False)
            if row.parents.hidden:
                lines.append(f"{source}: {mark}")
            elif row.improved.hidden:
                lines.append(
                    tr.gettext("{source}: {before} → {after} ({parents} parents)").format(
                        source=source, before=text(row.mean_before),
                        after=text(row.mean_after), parents=text(row.parents),
                    )
                )  # fmt: skip
            else:
                lines.append(
                    tr.gettext(
                        "{source}: {before} → {after} ({parents} parents, {improved} improved)"
                    ).format(
                        source=source, before=text(row.mean_before),
                        after=text(row.mean_after), parents=text(row.parents),
                        improved=text(row.improved),
                    )
                )  # fmt: skip
    if mark in "\n".join(lines):
        lines += ["", html.escape(hidden_legend(tr), quote=False)]
    return "\n".join(lines)


def headline_reply(tr: Translator, title: str, report: ImpactReport, tracked: bool) -> Reply:
    """`headline` as a message, or why there is nothing yet (no trajectory)."""
    if not tracked:
        return Reply(
            "<b>" + tr.user_text(title) + "</b>\n"
            + html.escape(
                tr.gettext(
                    "No group here has a trajectory yet. A facilitator sets one with "
                    "/trajectory in Telegram."
                ),
                quote=False,
            )
        )  # fmt: skip
    return Reply(headline(tr, title, report))


def not_for_you(tr: Translator) -> Reply:
    """/impact from someone who neither facilitates nor coordinates."""
    return Reply(tr.gettext("The impact report is for facilitators and coordinators."), html=False)


def chart_lines(report: ImpactReport) -> list[tuple[ImpactLine, ImpactLine]]:
    """Per source, intake to the end and intake to a year after, for the chart."""

    def line(change: Change) -> ImpactLine:
        if isinstance(change.mean_before, Hidden) or isinstance(change.mean_after, Hidden):
            return ImpactLine(None, None, hidden=True)
        return ImpactLine(change.mean_before, change.mean_after)

    return [
        (line(report.change(s, INTAKE, END)), line(report.change(s, INTAKE, FOLLOW_UP)))
        for s in SOURCES
    ]


def chart_legend(tr: Translator, lines: Sequence[tuple[ImpactLine, ImpactLine]]) -> list[str]:
    """What the chart's colours (and grey stripes, when it has them) mean (plain text)."""
    legend = [
        tr.gettext(
            "Upper line: from intake (blue) to the end (orange). Lower line: from intake "
            "(blue) to a year after the end (green). Each line: the same parents, on the "
            "scale from 1 to 5."
        )
    ]
    if any(line.hidden for pair in lines for line in pair):
        legend.append(
            tr.gettext("Grey stripes: {hidden} (about fewer than 5 parents).").format(
                hidden=hidden_word(tr)
            )
        )
    return legend


def chart_caption(tr: Translator, lines: Sequence[tuple[ImpactLine, ImpactLine]]) -> str:
    """The words the chart lacks: the numbered sources and the colours (HTML, a photo's
    caption: at most 1,024 characters)."""
    names = " · ".join(f"{i + 1} {source_label(tr, s)}" for i, s in enumerate(SOURCES))
    return "\n".join(html.escape(part, quote=False) for part in [names, *chart_legend(tr, lines)])


def source_labels(tr: Translator) -> list[str]:
    """The six sources' short names, in the chart's order."""
    return [source_label(tr, s) for s in SOURCES]
