"""The server-made SVG chart of a toll over time (pure: no app, no Redis)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from service.pages.chart import PALETTE, nice_ceiling, toll_chart

SVG = "{http://www.w3.org/2000/svg}"
T0 = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def test_one_line_per_source_through_its_reports_in_time_order() -> None:
    svg = toll_chart(
        [("North Star", [(T0 + timedelta(hours=8), 5), (T0, 3)]), ("Valley Courier", [(T0 + timedelta(hours=2), 4)])],
        "Killed over time",
        "c1",
    )
    root = _parse(svg)
    groups = root.findall(f"{SVG}g")
    assert [g.get("data-source") for g in groups] == ["North Star", "Valley Courier"]
    north = groups[0]
    points = [tuple(map(float, p.split(","))) for p in north.find(f"{SVG}polyline").get("points").split()]  # type: ignore[union-attr]
    assert points[0][0] < points[1][0], "earlier report left of the later one"
    assert points[0][1] > points[1][1], "3 drawn lower than 5 (SVG y grows downwards)"
    assert groups[1].find(f"{SVG}polyline") is None, "a single report is a point, not a line"
    circles = root.findall(f".//{SVG}circle")
    assert len(circles) == 3
    assert {c.get("fill") for c in circles} == set(PALETTE[:2])
    assert [c.find(f"{SVG}title").text for c in circles][:2] == ["North Star: 3 (3 Mar 09:00 UTC)",  # type: ignore[union-attr]
                                                                 "North Star: 5 (3 Mar 17:00 UTC)"]


def test_axis_starts_at_zero_and_tops_at_a_round_number() -> None:
    root = _parse(toll_chart([("A", [(T0, 13), (T0 + timedelta(days=1), 17)])], "t", "c"))
    labels = [t.text for t in root.findall(f"{SVG}text")]
    assert labels[:3] == ["0", "10", "20"]
    assert [nice_ceiling(v) for v in (0, 1, 3, 7, 12, 20, 21, 99, 250)] == [1, 1, 5, 10, 20, 20, 50, 100, 500]


def test_accessible_name_and_description_read_out_the_data() -> None:
    root = _parse(toll_chart([("A", [(T0, 2)])], "Wounded over time", "chart-wounded"))
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "chart-wounded-title chart-wounded-desc"
    assert root.find(f"{SVG}title").text == "Wounded over time"  # type: ignore[union-attr]
    assert root.find(f"{SVG}desc").text == "A: 2 (3 Mar 09:00 UTC)"  # type: ignore[union-attr]


def test_names_are_escaped_and_times_in_other_zones_are_placed_in_utc() -> None:
    plus_two = timezone(timedelta(hours=2))
    svg = toll_chart([('<b>"Evil" & Co</b>', [(datetime(2025, 3, 3, 11, 0, tzinfo=plus_two), 1)]),
                      ("Naive Times", [(datetime(2025, 3, 3, 12, 0), 2)])], "x <y>", "c")  # fmt: skip
    assert "<b>" not in svg and "&lt;b&gt;" in svg
    root = _parse(svg)  # still well-formed XML
    assert root.findall(f"{SVG}g")[0].get("data-source") == '<b>"Evil" & Co</b>'
    xs = [float(c.get("cx")) for c in root.findall(f".//{SVG}circle")]  # type: ignore[arg-type]
    assert xs[0] < xs[1], "11:00+02:00 is 09:00 UTC, before 12:00"


def test_no_points_no_chart_and_same_time_reports_still_drawn() -> None:
    assert toll_chart([], "t", "c") == ""
    assert toll_chart([("A", [])], "t", "c") == ""
    root = _parse(toll_chart([("A", [(T0, 1)]), ("B", [(T0, 2)])], "t", "c"))
    xs = {c.get("cx") for c in root.findall(f".//{SVG}circle")}
    assert len(xs) == 1 and re.fullmatch(r"[0-9.]+", xs.pop() or "")


def _fv(source: str, value: int, hour: int | None, role: str = "total") -> Any:
    from core.reconcile import FigureValue

    when = T0 + timedelta(hours=hour) if hour is not None else None
    return FigureValue(source, f"art_{source}_{hour}", f"c_{source}_{hour}_{value}", value, value, value, "exact",
                       None, when, None, str(value), role)  # fmt: skip


def test_toll_series_keeps_tolls_only_one_point_per_report_time() -> None:
    from core.reconcile import Estimate, Figure, Spread
    from usecases.pages import toll_series

    figure = Figure(
        "killed",
        values=[_fv("Wire", 5, 10), _fv("Ledger", 3, 0), _fv("Herald", 4, None)],
        other_values=[_fv("Wire", 2, 10, "increment"), _fv("Wire", 5, 10, "cumulative"), _fv("Wire", 3, 2),
                      _fv("Ledger", 1, 0, "subset")],
        spread=Spread(3, 5, 2, [3, 4, 5]), estimate=Estimate(3, 5, 5, "median_latest_per_origin"), notes=[],
        reasons=[], disputed=True,
    )  # fmt: skip
    series, undated = toll_series(figure)
    assert [(s.source, [(p[0].hour, p[1]) for p in s.points]) for s in series] == [
        ("Ledger", [(9, 3)]),
        ("Wire", [(11, 3), (19, 5)]),
    ]
    assert undated == 1
