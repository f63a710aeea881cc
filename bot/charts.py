"""Digest charts: a PNG for Telegram and inline SVG for the web dashboard.

The charts carry no words, only digits: Arabic or Somali text would need shaping and fonts
that an image renderer on a server may lack, so each chart travels with a caption in the
reader's language (`bot.render.digest_text.chart_caption`) that names the colours.

Colours are from the Okabe-Ito palette, which stays distinct for the common kinds of colour
blindness: light blue bars with blue edges (the share of parents who answered) and an
orange (vermillion) line with dark-edged dots (the average mood); the line is darker than
the bars, so it stands out in grey too. Each scale's digits take its series' colour. A week
with no figure draws nothing; a week where nobody answered draws a sliver. Right-to-left
readers get the time axis mirrored (newest week on the left, percentages on the right).

matplotlib is imported inside `digest_png` only: importing this module stays cheap at the
bot's start, and the web dashboard (which uses only the SVG) never loads it. `digest_png`
builds its own `Figure` (no pyplot and its global state), so it can run in a worker thread
(`asyncio.to_thread`).
"""

from __future__ import annotations

import html
import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from storage.digest_stats import (
    HIDDEN,
    CoordinatorWeek,
    WeekFigures,
    mood_mean,
    response_rate,
)

BAR = "#A9D8F5"  # a light tint of Okabe-Ito sky blue (#56B4E9), so the line stands out on it
BAR_EDGE = "#0072B2"  # Okabe-Ito blue: bar outlines and the percentages (5:1 on white)
LINE = "#D55E00"  # Okabe-Ito vermillion (an orange red)
LINE_EDGE = "#7A3600"  # dark vermillion: dot outlines and the mood numbers
INK = "#222222"
GRID = "#D0D0D0"
HIDDEN_INK = "#8C8C8C"  # the stripes of a hidden week (3.4:1 on white: a graphic, not text)
PNG_SIZE = (1080, 720)  # pixels: fills a phone's width in Telegram without being cropped
_DPI = 120
_ZERO_BAR = 1.0  # percent: a week where nobody answered still shows a sliver, unlike a gap


@dataclass(frozen=True, slots=True)
class ChartPoint:
    """One week of a chart: the response rate (0..1) and the mean mood (1..5).

    None is a gap: nobody was invited, nobody gave a mood, or (for coordinators) the figure
    is hidden because it is over fewer than five parents.
    """

    start: date
    response: float | None
    mood: float | None
    hidden: bool = False  # a figure of this week is kept from a coordinator: grey stripes


def points_from_weeks(weeks: Sequence[WeekFigures]) -> list[ChartPoint]:
    """A group's raw weeks (facilitators) as chart points, oldest first."""
    return [
        ChartPoint(w.start.date(), response_rate(w.invited, w.answered), mood_mean(w.moods))
        for w in weeks
    ]


def points_from_coordinator(weeks: Sequence[CoordinatorWeek]) -> list[ChartPoint]:
    """A coordinator's weeks as chart points: hidden figures are drawn as grey stripes
    (a week without a round has no figure to hide: it stays a gap)."""
    return [
        ChartPoint(
            w.start.date(),
            None if w.response_rate is HIDDEN else w.response_rate,
            None if w.mood_mean is HIDDEN else w.mood_mean,
            hidden=bool(w.rounds) and HIDDEN in (w.response_rate, w.mood_mean),
        )
        for w in weeks
    ]


def has_hidden(points: Sequence[ChartPoint]) -> bool:
    """Whether the chart shows grey stripes (its caption then says what they mean)."""
    return any(p.hidden for p in points)


def week_label(day: date) -> str:
    """The x label of a week: day/month in digits, e.g. "3/2" (no month names to shape)."""
    return f"{day.day}/{day.month}"


def _labelled(count: int, most: int = 8) -> list[int]:
    """The weeks to label (at most `most`, evenly spaced), always including the newest."""
    step = max(1, math.ceil(count / max(most, 1)))
    return sorted(range(count - 1, -1, -step))


# -- PNG ---------------------------------------------------------------------------------


def digest_png(points: Sequence[ChartPoint], *, rtl: bool = False) -> bytes:
    """The weekly chart as a PNG of `PNG_SIZE`: bars for answers, a line for the mood.

    Left scale 0-100 % for the bars, right scale 1-5 for the mood (mirrored when `rtl`);
    the two scales share their grid lines (0 % is mood 1, 100 % is mood 5).
    """
    # Lazy: see the module docstring.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = PNG_SIZE
    figure = Figure(figsize=(width / _DPI, height / _DPI), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(figure)
    # The percentages need more room than the mood digits; they sit on the reading start.
    wide, narrow = 0.135, 0.09
    figure.subplots_adjust(
        left=narrow if rtl else wide, right=1 - (wide if rtl else narrow), top=0.95, bottom=0.13
    )
    bars = figure.add_subplot()
    moods = bars.twinx()

    xs = list(range(len(points)))
    # A hidden week: grey stripes over the whole height, behind everything else.
    bars.bar(
        [x for x, p in zip(xs, points, strict=True) if p.hidden],
        [100 for p in points if p.hidden],
        width=0.62,
        color="white",
        edgecolor=HIDDEN_INK,
        hatch="//",
        linewidth=0,
        zorder=1,
    )
    shown = [(x, p.response) for x, p in zip(xs, points, strict=True) if p.response is not None]
    bars.bar(
        [x for x, _ in shown],
        [max(r * 100, _ZERO_BAR) for _, r in shown],
        width=0.62,
        color=BAR,
        edgecolor=BAR_EDGE,
        linewidth=2,
        zorder=2,
    )
    # NaN breaks the line at a gap; the dots keep a lone week visible between two gaps.
    moods.plot(
        xs,
        [p.mood if p.mood is not None else math.nan for p in points],
        color=LINE,
        linewidth=6,
        marker="o",
        markersize=17 if len(points) <= 12 else 11,
        markerfacecolor=LINE,
        markeredgecolor=LINE_EDGE,
        markeredgewidth=3,
        solid_capstyle="round",
        zorder=3,
    )

    bars.set_ylim(0, 100)
    bars.set_yticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    moods.set_ylim(1, 5)
    moods.set_yticks([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"])
    ticks = _labelled(len(points))
    bars.set_xticks(ticks, [week_label(points[i].start) for i in ticks])
    bars.set_xlim(-0.6, max(len(points), 1) - 0.4)
    bars.grid(axis="y", color=GRID, linewidth=1.5, zorder=0)
    bars.set_axisbelow(True)
    bars.tick_params(axis="x", labelsize=22, labelcolor=INK, length=0, pad=10)
    bars.tick_params(axis="y", labelsize=22, labelcolor=BAR_EDGE, length=0, pad=8)
    moods.tick_params(axis="y", labelsize=24, labelcolor=LINE_EDGE, length=0, pad=10)
    for axes in (bars, moods):
        for side in ("top", "left", "right"):
            axes.spines[side].set_visible(False)
        axes.spines["bottom"].set_color(INK)
        axes.spines["bottom"].set_linewidth(2)
    if rtl:
        bars.invert_xaxis()  # shared with the mood axes
        bars.yaxis.tick_right()
        moods.yaxis.tick_left()

    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI, facecolor="white")
    return buffer.getvalue()


# -- SVG ---------------------------------------------------------------------------------


def _n(value: float) -> str:
    """A coordinate with at most one decimal, as SVG likes it."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _esc(value: str) -> str:
    return html.escape(value, quote=True)


def _segments(values: Sequence[tuple[float, float] | None]) -> list[list[tuple[float, float]]]:
    """Runs of consecutive points between gaps."""
    runs: list[list[tuple[float, float]]] = [[]]
    for value in values:
        if value is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(value)
    return [run for run in runs if run]


def _polyline(run: Sequence[tuple[float, float]], css: str, colour: str, width: float) -> str:
    coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in run)
    return (
        f'<polyline class="{css}" points="{coords}" fill="none" stroke="{colour}" '
        f'stroke-width="{_n(width)}" stroke-linejoin="round" stroke-linecap="round"/>'
    )


def svg_chart(
    points: Sequence[ChartPoint],
    *,
    rtl: bool = False,
    title_id: str,
    width: int = 640,
    height: int = 240,
    hidden_title: str = "",
) -> str:
    """The weekly chart as inline SVG markup, for the server-rendered dashboard.

    `title_id` is the id of the page element that names the chart (a heading or caption in
    the reader's language): the SVG has `role="img"` and `aria-labelledby` pointing at it.
    Each bar (`class="bar"`) and each mood dot (`class="mood"`) has a `<title>` with its
    week and value, which browsers show on hover. Gaps draw nothing; a hidden week draws
    grey stripes (`class="hidden"`) over the plot's height, titled `hidden_title`.
    """
    left, right, top, bottom = 48.0, 32.0, 12.0, 30.0
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / max(len(points), 1)

    def x_of(index: int) -> float:
        offset = slot * (index + 0.5)
        return left + plot_w - offset if rtl else left + offset

    def y_of_share(share: float) -> float:
        return top + plot_h * (1 - min(max(share, 0.0), 1.0))

    def y_of_mood(mood: float) -> float:
        return y_of_share((mood - 1) / 4)

    share_x, mood_x = (width - right + 6, left - 6) if rtl else (left - 6, width - right + 6)
    share_anchor, mood_anchor = ("start", "end") if rtl else ("end", "start")
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="digest-chart" role="img" '
        f'aria-labelledby="{_esc(title_id)}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" font-family="sans-serif" font-size="13">',
        '<defs><pattern id="hidden-stripes" width="8" height="8" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="3" height="8" fill="{HIDDEN_INK}"/></pattern></defs>',
    ]
    for step in range(5):  # grid lines shared by both scales: 0/25/50/75/100 % = mood 1..5
        y = _n(y_of_share(step / 4))
        parts.append(
            f'<line class="grid" x1="{_n(left)}" x2="{_n(width - right)}" y1="{y}" y2="{y}" '
            f'stroke="{GRID}" stroke-width="1"/>'
        )
        parts.append(
            f'<text class="share-tick" x="{_n(share_x)}" y="{y}" dy="4" '
            f'text-anchor="{share_anchor}" fill="{BAR_EDGE}">{step * 25}%</text>'
        )
        parts.append(
            f'<text class="mood-tick" x="{_n(mood_x)}" y="{y}" dy="4" '
            f'text-anchor="{mood_anchor}" fill="{LINE_EDGE}">{step + 1}</text>'
        )
    bar_w = slot * 0.62
    baseline = y_of_share(0)
    ticks = set(_labelled(len(points), most=int(plot_w // 48)))
    for index, point in enumerate(points):
        x = x_of(index)
        label = _esc(week_label(point.start))
        if point.hidden:
            parts.append(
                f'<rect class="hidden" x="{_n(x - bar_w / 2)}" y="{_n(top)}" '
                f'width="{_n(bar_w)}" height="{_n(plot_h)}" fill="url(#hidden-stripes)" '
                f'stroke="{HIDDEN_INK}" stroke-width="1">'
                f"<title>{label}: {_esc(hidden_title)}</title></rect>"
            )
        if index in ticks:
            parts.append(
                f'<text class="week" x="{_n(x)}" y="{_n(height - 10)}" text-anchor="middle" '
                f'fill="{INK}">{label}</text>'
            )
        if point.response is None:
            continue
        top_y = min(y_of_share(point.response), baseline - 1)  # 0 %: a sliver, not a gap
        parts.append(
            f'<rect class="bar" x="{_n(x - bar_w / 2)}" y="{_n(top_y)}" '
            f'width="{_n(bar_w)}" height="{_n(baseline - top_y)}" fill="{BAR}" '
            f'stroke="{BAR_EDGE}" stroke-width="1">'
            f"<title>{label}: {round(point.response * 100)}%</title></rect>"
        )
    mood_points = [
        (x_of(i), y_of_mood(p.mood)) if p.mood is not None else None for i, p in enumerate(points)
    ]
    for run in _segments(mood_points):
        parts.append(_polyline(run, "mood-line", LINE, 3))
    for index, point in enumerate(points):
        if point.mood is None:
            continue
        parts.append(
            f'<circle class="mood" cx="{_n(x_of(index))}" cy="{_n(y_of_mood(point.mood))}" '
            f'r="5" fill="{LINE}" stroke="{LINE_EDGE}" stroke-width="2">'
            f"<title>{_esc(week_label(point.start))}: {point.mood:.1f}</title></circle>"
        )
    parts.append(
        f'<line class="axis" x1="{_n(left)}" x2="{_n(width - right)}" y1="{_n(baseline)}" '
        f'y2="{_n(baseline)}" stroke="{INK}" stroke-width="1.5"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


SOURCE_COLUMNS = 3


def svg_source_chart(
    series: Mapping[str, Sequence[float | None]],
    labels: Sequence[str],
    *,
    rtl: bool = False,
    names: Mapping[str, str] | None = None,
    title_id: str | None = None,
    width: int = 640,
    hidden: Mapping[str, Sequence[int]] | None = None,
    hidden_title: str = "",
) -> str:
    """Small multiples: one panel per source of resilience, its share (0..1) over time.

    `series` maps a source (a `bot.prompts.Source` value) to one share per label, None for
    a gap; panels follow the mapping's order, three to a row (mirrored when `rtl`).
    `labels` are localised x labels (e.g. month names); only the first and the last are
    written under each panel. `names` are the panels' localised titles (the key is used
    without one). Every text is escaped. One shared scale, 0-100 %, so panels compare.
    `hidden` lists per source the months whose share is kept from a coordinator: each
    gets a small grey striped square on the baseline (`class="hidden"`).
    """
    for key, values in series.items():
        if len(values) != len(labels):
            raise ValueError(f"{key}: {len(values)} values for {len(labels)} labels")
    names = names or {}
    keys = list(series)
    rows = max(1, math.ceil(len(keys) / SOURCE_COLUMNS))
    panel_w = width / SOURCE_COLUMNS
    panel_h = 150.0
    height = rows * panel_h
    pad_x, title_h, label_h, pad_top = 14.0, 26.0, 22.0, 4.0
    labelled = f' aria-labelledby="{_esc(title_id)}"' if title_id else ""
    direction = ' direction="rtl"' if rtl else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="source-chart" role="img"{labelled} '
        f'viewBox="0 0 {_n(width)} {_n(height)}" width="{_n(width)}" height="{_n(height)}" '
        f'font-family="sans-serif" font-size="12"{direction}>',
        '<defs><pattern id="hidden-stripes-sources" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        f'<rect width="2.5" height="6" fill="{HIDDEN_INK}"/></pattern></defs>',
    ]
    hidden = hidden or {}
    count = len(labels)
    for position, key in enumerate(keys):
        row, column = divmod(position, SOURCE_COLUMNS)
        if rtl:
            column = SOURCE_COLUMNS - 1 - column
        x0, y0 = column * panel_w + pad_x, row * panel_h + pad_top
        inner_w = panel_w - 2 * pad_x
        plot_top, plot_bottom = y0 + title_h, y0 + panel_h - label_h - pad_top
        plot_h = plot_bottom - plot_top

        def x_of(index: int, x0: float = x0, inner_w: float = inner_w) -> float:
            share = 0.5 if count == 1 else index / (count - 1)
            return x0 + inner_w * (1 - share if rtl else share)

        def y_of(share: float, top: float = plot_top, h: float = plot_h) -> float:
            return top + h * (1 - min(max(share, 0.0), 1.0))

        title_x = x0 + inner_w if rtl else x0
        parts.append(f'<g class="source" data-source="{_esc(key)}">')
        parts.append(
            f'<text class="source-name" x="{_n(title_x)}" y="{_n(y0 + 16)}" '
            f'text-anchor="start" font-weight="bold" fill="{INK}">'
            f"{_esc(names.get(key, key))}</text>"
        )
        for share in (0.0, 0.5, 1.0):
            y = _n(y_of(share))
            parts.append(
                f'<line class="grid" x1="{_n(x0)}" x2="{_n(x0 + inner_w)}" y1="{y}" y2="{y}" '
                f'stroke="{INK if share == 0 else GRID}" stroke-width="1"/>'
            )
        values = series[key]
        line_points = [(x_of(i), y_of(v)) if v is not None else None for i, v in enumerate(values)]
        for run in _segments(line_points):
            parts.append(_polyline(run, "share-line", BAR_EDGE, 2.5))
        for index in hidden.get(key, ()):
            parts.append(
                f'<rect class="hidden" x="{_n(x_of(index) - 5)}" y="{_n(plot_bottom - 10)}" '
                f'width="10" height="10" fill="url(#hidden-stripes-sources)" '
                f'stroke="{HIDDEN_INK}" stroke-width="1"><title>{_esc(labels[index])}: '
                f"{_esc(hidden_title)}</title></rect>"
            )
        for index, value in enumerate(values):
            if value is None:
                continue
            parts.append(
                f'<circle class="share" cx="{_n(x_of(index))}" cy="{_n(y_of(value))}" r="3.5" '
                f'fill="{BAR_EDGE}"><title>{_esc(labels[index])}: '
                f"{round(value * 100)}%</title></circle>"
            )
        if count:
            for index in sorted({0, count - 1}):
                # With direction="rtl" the anchors are logical: the first label starts at
                # the right edge and the last one ends at the left edge.
                anchor = "middle" if count == 1 else "start" if index == 0 else "end"
                parts.append(
                    f'<text class="label" x="{_n(x_of(index))}" y="{_n(plot_bottom + 16)}" '
                    f'text-anchor="{anchor}" fill="{INK}">{_esc(labels[index])}</text>'
                )
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)


# -- impact over the years (issue 16) ---------------------------------------------------

FOLLOW_UP_DOT = "#009E73"  # Okabe-Ito bluish green: the answers a year after the end
START_DOT = BAR_EDGE  # blue: the answers at intake


@dataclass(frozen=True, slots=True)
class ImpactLine:
    """One source between two moments for the same parents: the two averages (1-5), or
    `hidden` when they are about fewer than five parents (None and not hidden: no one)."""

    before: float | None
    after: float | None
    hidden: bool = False


def impact_png(rows: Sequence[tuple[ImpactLine, ImpactLine]], *, rtl: bool = False) -> bytes:
    """The impact chart as a PNG of `PNG_SIZE`: a row per source of strength (numbered from
    the top), each with two lines on the 1-5 scale: intake (blue) to the end (vermillion),
    and intake (blue) to a year after the end (green). A hidden line is grey stripes.
    Digits only (the caption names the sources and colours); mirrored when `rtl`."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    width, height = PNG_SIZE
    figure = Figure(figsize=(width / _DPI, height / _DPI), dpi=_DPI, facecolor="white")
    FigureCanvasAgg(figure)
    figure.subplots_adjust(left=0.04 if rtl else 0.08, right=0.92 if rtl else 0.96,
                           top=0.97, bottom=0.1)  # fmt: skip
    axes = figure.add_subplot()
    ends = (LINE, FOLLOW_UP_DOT)
    for index, pair in enumerate(rows):
        for offset, (line, end_colour) in enumerate(zip(pair, ends, strict=True)):
            y = index * 3 + offset
            if line.hidden:
                axes.barh(y, 4, left=1, height=0.7, color="white", edgecolor=HIDDEN_INK,
                          hatch="//", linewidth=0, zorder=1)  # fmt: skip
                continue
            if line.before is None or line.after is None:
                continue
            axes.plot([line.before, line.after], [y, y], color=GRID, linewidth=5, zorder=2,
                      solid_capstyle="round")  # fmt: skip
            axes.plot([line.before], [y], "o", markersize=17, color=START_DOT,
                      markeredgecolor=INK, markeredgewidth=1.5, zorder=3)  # fmt: skip
            axes.plot([line.after], [y], "o", markersize=17, color=end_colour,
                      markeredgecolor=INK, markeredgewidth=1.5, zorder=4)  # fmt: skip
    count = max(len(rows), 1)
    axes.set_ylim(count * 3 - 1.5, -1)  # the first source on top
    axes.set_yticks([i * 3 + 0.5 for i in range(len(rows))],
                    [str(i + 1) for i in range(len(rows))])  # fmt: skip
    axes.set_xlim(0.8, 5.2)
    axes.set_xticks([1, 2, 3, 4, 5], ["1", "2", "3", "4", "5"])
    axes.grid(axis="x", color=GRID, linewidth=1.5, zorder=0)
    axes.set_axisbelow(True)
    axes.tick_params(axis="both", labelsize=24, labelcolor=INK, length=0, pad=10)
    for side in ("top", "left", "right"):
        axes.spines[side].set_visible(False)
    axes.spines["bottom"].set_color(INK)
    axes.spines["bottom"].set_linewidth(2)
    if rtl:
        axes.invert_xaxis()
        axes.yaxis.tick_right()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=_DPI, facecolor="white")
    return buffer.getvalue()


def svg_impact_chart(
    rows: Sequence[tuple[ImpactLine, ImpactLine]],
    names: Sequence[str],
    *,
    rtl: bool = False,
    title_id: str = "",
    hidden_title: str = "",
) -> str:
    """The impact chart for the dashboard: the PNG's rows, named (the browser shapes any
    script), each dot with its value as a tooltip; a hidden line is grey stripes."""
    width, label_w, pad, row_h, top, axis_h = 640, 170, 12, 56, 8, 28
    height = top + row_h * len(rows) + axis_h
    left = pad + (0 if rtl else label_w)
    right = width - pad - (label_w if rtl else 0)

    def x_of(value: float) -> float:
        share = (min(max(value, 1.0), 5.0) - 1) / 4
        return right - share * (right - left) if rtl else left + share * (right - left)

    stripes = f"impact-stripes-{_esc(title_id)}"
    labelled = f' aria-labelledby="{_esc(title_id)}"' if title_id else ""
    parts = [
        f'<svg class="impact-chart" role="img"{labelled} viewBox="0 0 {width} {height}" '
        f'xmlns="http://www.w3.org/2000/svg" font-size="14">',
        f'<defs><pattern id="{stripes}" width="6" height="6" patternUnits="userSpaceOnUse" '
        f'patternTransform="rotate(45)"><rect width="2" height="6" fill="{HIDDEN_INK}"/>'
        "</pattern></defs>",
    ]
    bottom = top + row_h * len(rows)
    for step in range(1, 6):
        at = _n(x_of(step))
        parts.append(
            f'<line class="grid" x1="{at}" x2="{at}" y1="{top}" y2="{_n(bottom)}" '
            f'stroke="{GRID}" stroke-width="1"/>'
            f'<text class="scale" x="{at}" y="{_n(bottom + 20)}" text-anchor="middle" '
            f'fill="{INK}">{step}</text>'
        )
    ends = (LINE, FOLLOW_UP_DOT)
    for index, (pair, name) in enumerate(zip(rows, names, strict=True)):
        y0 = top + index * row_h
        label_x = width - pad if rtl else pad
        parts.append(
            f'<text class="source-name" x="{label_x}" y="{_n(y0 + row_h / 2 + 5)}" '
            f'text-anchor="start" direction="{"rtl" if rtl else "ltr"}" fill="{INK}">'
            f"{_esc(name)}</text>"
        )
        for offset, (line, colour) in enumerate(zip(pair, ends, strict=True)):
            y = y0 + 17 + offset * 22
            if line.hidden:
                parts.append(
                    f'<rect class="hidden" x="{_n(min(left, right))}" y="{_n(y - 6)}" '
                    f'width="{_n(abs(right - left))}" height="12" fill="url(#{stripes})">'
                    f"<title>{_esc(hidden_title)}</title></rect>"
                )
                continue
            if line.before is None or line.after is None:
                continue
            x1, x2 = x_of(line.before), x_of(line.after)
            parts.append(
                f'<line class="change" x1="{_n(x1)}" x2="{_n(x2)}" y1="{_n(y)}" y2="{_n(y)}" '
                f'stroke="{GRID}" stroke-width="4" stroke-linecap="round"/>'
            )
            for css, cx, mean, fill in (("before", x1, line.before, START_DOT),
                                        ("after", x2, line.after, colour)):  # fmt: skip
                parts.append(
                    f'<circle class="{css}" cx="{_n(cx)}" cy="{_n(y)}" r="7" fill="{fill}" '
                    f'stroke="{INK}" stroke-width="1"><title>{mean:.1f}</title></circle>'
                )
    parts.append("</svg>")
    return "".join(parts)


__all__ = [
    "PNG_SIZE",
    "ChartPoint",
    "ImpactLine",
    "digest_png",
    "has_hidden",
    "impact_png",
    "points_from_coordinator",
    "points_from_weeks",
    "svg_chart",
    "svg_impact_chart",
    "svg_source_chart",
    "week_label",
]
