"""Digest charts: the PNG a phone shows, and the SVG of the web dashboard."""

from __future__ import annotations

import struct
import subprocess
import sys
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from bot.charts import (
    PNG_SIZE,
    ChartPoint,
    digest_png,
    points_from_coordinator,
    points_from_weeks,
    svg_chart,
    svg_source_chart,
)
from storage.digest_stats import WeekFigures, for_coordinator

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"
MONDAY = date(2027, 1, 4)
NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)


def points(responses: list[float | None], moods: list[float | None]) -> list[ChartPoint]:
    return [
        ChartPoint(MONDAY + timedelta(weeks=i), r, m)
        for i, (r, m) in enumerate(zip(responses, moods, strict=True))
    ]


EIGHT = points(
    [0.75, 0.8, None, 0.62, 0.7, 0.0, 0.55, 0.5],
    [3.8, 4.1, None, 3.5, 3.6, None, 3.0, 2.9],
)


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert png[12:16] == b"IHDR"  # the first chunk; width and height follow
    width, height = struct.unpack(">II", png[16:24])
    return width, height


def test_png_is_phone_sized() -> None:
    png = digest_png(EIGHT)
    assert png_size(png) == PNG_SIZE == (1080, 720)


def test_rtl_png_differs_and_has_the_same_size() -> None:
    ltr, rtl = digest_png(EIGHT), digest_png(EIGHT, rtl=True)
    assert png_size(rtl) == PNG_SIZE
    assert ltr != rtl


def test_a_coordinator_chart_with_everything_hidden_still_renders() -> None:
    few = WeekFigures(
        NOW - timedelta(days=7), NOW, rounds=1, invited=3, answered=2, moods=(0, 0, 1, 1, 0)
    )
    hidden = points_from_coordinator([for_coordinator(few)] * 8)
    assert all(p.response is None and p.mood is None for p in hidden)
    assert png_size(digest_png(hidden)) == PNG_SIZE
    assert png_size(digest_png([])) == PNG_SIZE


def test_drawing_from_worker_threads_gives_the_same_picture() -> None:
    with ThreadPoolExecutor(4) as pool:
        pictures = list(pool.map(lambda _: digest_png(EIGHT), range(4)))
    assert len(set(pictures)) == 1


def test_importing_charts_does_not_load_matplotlib() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "import bot.charts, sys; print('matplotlib' in sys.modules)"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_points_from_weeks_and_from_coordinator_weeks() -> None:
    start = NOW - timedelta(days=7)
    open_week = WeekFigures(start, NOW, rounds=1, invited=8, answered=6, moods=(0, 0, 2, 2, 2))
    no_round = WeekFigures(start, NOW)
    assert points_from_weeks([open_week, no_round]) == [
        ChartPoint(start.date(), 0.75, 4.0),
        ChartPoint(start.date(), None, None),
    ]
    assert points_from_coordinator([for_coordinator(open_week)]) == [
        ChartPoint(start.date(), 0.75, 4.0)
    ]


# -- SVG --------------------------------------------------------------------------------


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def bars(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter(f"{SVG}rect") if e.get("class") == "bar"]


def bar_centres(root: ET.Element) -> dict[str, float]:
    """Each bar's centre by its week (the start of its hover title, "4/1: 75%")."""
    centres = {}
    for bar in bars(root):
        title = bar.find(f"{SVG}title")
        assert title is not None and title.text
        centres[title.text.split(":")[0]] = float(bar.get("x", 0)) + float(bar.get("width", 0)) / 2
    return centres


def test_svg_is_an_accessible_image_with_one_bar_per_week_with_answers() -> None:
    root = parse(svg_chart(EIGHT, title_id="history-title"))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "history-title"
    assert len(bars(root)) == 7  # the week without invitations has no bar; 0 % keeps one
    titles = sorted(t.text or "" for b in bars(root) for t in b.iter(f"{SVG}title"))
    assert "8/2: 0%" in titles and "4/1: 75%" in titles
    weeks = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "week"]
    assert weeks == ["4/1", "11/1", "18/1", "25/1", "1/2", "8/2", "15/2", "22/2"]


def test_svg_gaps_break_the_mood_line() -> None:
    root = parse(svg_chart(EIGHT, title_id="t"))
    lines = [e for e in root.iter(f"{SVG}polyline") if e.get("class") == "mood-line"]
    # 3.8, 4.1 | gap | 3.5, 3.6 | gap | 3.0, 2.9
    assert [len(line.get("points", "").split()) for line in lines] == [2, 2, 2]
    dots = [e for e in root.iter(f"{SVG}circle") if e.get("class") == "mood"]
    assert len(dots) == 6


def test_svg_hidden_coordinator_weeks_draw_nothing() -> None:
    few = WeekFigures(NOW - timedelta(days=7), NOW, rounds=1, invited=4, answered=4)
    root = parse(svg_chart(points_from_coordinator([for_coordinator(few)] * 3), title_id="t"))
    assert bars(root) == []
    assert list(root.iter(f"{SVG}polyline")) == [] and list(root.iter(f"{SVG}circle")) == []


def week_positions(root: ET.Element) -> dict[str, float]:
    return {
        t.text or "": float(t.get("x", 0))
        for t in root.iter(f"{SVG}text")
        if t.get("class") == "week"
    }


def test_svg_rtl_mirrors_the_weeks() -> None:
    ltr_root = parse(svg_chart(EIGHT, title_id="t"))
    rtl_root = parse(svg_chart(EIGHT, title_id="t", rtl=True))
    ltr, rtl = week_positions(ltr_root), week_positions(rtl_root)
    order = list(ltr)  # oldest first
    assert sorted(ltr, key=ltr.__getitem__) == order  # oldest on the left
    assert sorted(rtl, key=rtl.__getitem__) == order[::-1]  # oldest on the right
    for i, week in enumerate(order):  # the same slots, in the mirrored order
        assert rtl[week] == pytest.approx(ltr[order[-1 - i]])
    for root, weeks in ((ltr_root, ltr), (rtl_root, rtl)):  # each bar above its week
        for week, centre in bar_centres(root).items():
            assert centre == pytest.approx(weeks[week], abs=0.1)


def test_svg_escapes_the_title_id() -> None:
    root = parse(svg_chart(EIGHT, title_id='x" onload="alert(1)'))
    assert root.get("aria-labelledby") == 'x" onload="alert(1)'
    assert root.get("onload") is None


SOURCES = ["identity", "talents", "stress", "skills", "belonging", "reciprocity"]


def test_source_chart_has_one_panel_per_source_with_gaps() -> None:
    series = {key: [0.2, None, 0.5, 0.6] for key in SOURCES}
    names = {key: key.title() for key in SOURCES}
    svg = svg_source_chart(series, ["jan", "feb", "mrt", "apr"], names=names, title_id="s")
    root = parse(svg)
    assert root.get("role") == "img" and root.get("aria-labelledby") == "s"
    panels = [g for g in root.iter(f"{SVG}g") if g.get("class") == "source"]
    assert [p.get("data-source") for p in panels] == SOURCES
    for panel in panels:
        lines = [e for e in panel.iter(f"{SVG}polyline")]
        assert [len(line.get("points", "").split()) for line in lines] == [1, 2]
        assert len(list(panel.iter(f"{SVG}circle"))) == 3
        texts = {t.get("class"): t.text for t in panel.iter(f"{SVG}text")}
        assert texts["source-name"] == names[panel.get("data-source", "")]


def test_source_chart_escapes_labels_and_names() -> None:
    evil = "<script>alert(1)</script>"
    svg = svg_source_chart(
        {"identity": [0.1, 0.2]}, [evil, "a & b"], names={"identity": '"><b>x</b>'}
    )
    assert "<script" not in svg
    root = parse(svg)
    assert not [e for e in root.iter() if e.tag in {f"{SVG}script", f"{SVG}b", "script"}]
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert evil in texts and "a & b" in texts and '"><b>x</b>' in texts


def test_source_chart_rtl_puts_the_first_month_on_the_right() -> None:
    def label_x(rtl: bool) -> list[float]:
        root = parse(svg_source_chart({"identity": [0.1, 0.2, 0.3]}, ["a", "b", "c"], rtl=rtl))
        return [float(t.get("x", 0)) for t in root.iter(f"{SVG}text") if t.get("class") == "label"]

    first, last = label_x(rtl=False)
    assert first < last
    first, last = label_x(rtl=True)
    assert first > last


def test_source_chart_refuses_series_that_do_not_match_the_labels() -> None:
    with pytest.raises(ValueError, match="identity"):
        svg_source_chart({"identity": [0.1]}, ["a", "b"])
