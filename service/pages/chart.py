"""The toll-over-time chart as inline SVG, built on the server (no JavaScript, no chart library, no CDN).

One line per source through its reports in publication order (x: publication time, y: the figure), a
labelled y axis from 0, the first and last times on x, and a legend. Colours are the Okabe-Ito palette
(distinguishable with colour-blindness; its light blue swapped for a purple that shows on white); every point
also carries a <title> and the whole chart a <desc> that reads the data out, so a screen reader gets the
numbers rather than a picture.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from html import escape

PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8C6D00", "#6A3D9A", "#000000")
WIDTH, PLOT_HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 48, 24, 20, 40
LEGEND_ROW = 24

Series = tuple[str, Sequence[tuple[datetime, int]]]


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment


def nice_ceiling(value: int) -> int:
    """The axis top: the value rounded up to 1, 2 or 5 times a power of ten (at least 1)."""
    if value <= 1:
        return 1
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * power:
            return step * power
    return 10 * power  # pragma: no cover - the loop always returns


def _label(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %H:%M}"


def _attr(text: str) -> str:
    return escape(text, quote=True)


def toll_chart(series: Sequence[Series], title: str, chart_id: str) -> str:
    """SVG markup for the series (each: source name, (published_at, value) points). Empty when no point."""
    lines = [(name, sorted(((_utc(t), v) for t, v in points), key=lambda p: p[0])) for name, points in series]
    lines = [(name, points) for name, points in lines if points]
    if not lines:
        return ""
    times = [t for _, points in lines for t, _ in points]
    first, last = min(times), max(times)
    if last - first < timedelta(hours=1):
        first, last = first - timedelta(minutes=30), last + timedelta(minutes=30)
    span = (last - first).total_seconds()
    top = nice_ceiling(max(v for _, points in lines for _, v in points))
    plot_w = WIDTH - LEFT - RIGHT
    height = TOP + PLOT_HEIGHT + BOTTOM + LEGEND_ROW * len(lines)

    def x(moment: datetime) -> float:
        return round(LEFT + plot_w * (moment - first).total_seconds() / span, 1)

    def y(value: int) -> float:
        return round(TOP + PLOT_HEIGHT * (1 - value / top), 1)

    described = "; ".join(
        f"{name}: " + ", ".join(f"{v} ({_label(t)} UTC)" for t, v in points) for name, points in lines
    )
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {WIDTH} {height}" role="img" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(described)}</desc>',
    ]
    ticks = sorted({0, top // 2, top} if top % 2 == 0 else {0, top})
    for tick in ticks:
        out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(tick)}" y2="{y(tick)}" stroke="#d0d0d0" />')
        out.append(
            f'<text x="{LEFT - 8}" y="{y(tick) + 4}" text-anchor="end" font-size="15" fill="#333">{tick}</text>'
        )
    axis_y = TOP + PLOT_HEIGHT
    out.append(f'<line x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{axis_y}" y2="{axis_y}" stroke="#333" />')
    for moment, anchor in ((first, "start"), (last, "end")):
        out.append(
            f'<text x="{x(moment)}" y="{axis_y + 20}" text-anchor="{anchor}" font-size="15" fill="#333">'
            f"{escape(_label(moment))} UTC</text>"
        )
    for index, (name, points) in enumerate(lines):
        colour = PALETTE[index % len(PALETTE)]
        coords = " ".join(f"{x(t)},{y(v)}" for t, v in points)
        out.append(f'<g class="series" data-source="{_attr(name)}">')
        if len(points) > 1:
            out.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="2.5" />')
        for moment, value in points:
            out.append(
                f'<circle cx="{x(moment)}" cy="{y(value)}" r="4.5" fill="{colour}">'
                f"<title>{escape(name)}: {value} ({escape(_label(moment))} UTC)</title></circle>"
            )
            anchor = "end" if x(moment) > WIDTH - RIGHT - 30 else "start"
            dx = -8 if anchor == "end" else 8
            out.append(
                f'<text x="{x(moment) + dx}" y="{y(value) - 6}" text-anchor="{anchor}" font-size="15" '
                f'font-weight="700" fill="#111" aria-hidden="true">{value}</text>'
            )
        legend_y = axis_y + BOTTOM + LEGEND_ROW * index + 8
        out.append(
            f'<line x1="{LEFT}" x2="{LEFT + 24}" y1="{legend_y}" y2="{legend_y}" stroke="{colour}" stroke-width="3" />'
        )
        out.append(f'<text x="{LEFT + 32}" y="{legend_y + 4}" font-size="16" fill="#111">{escape(name)}</text>')
        out.append("</g>")
    out.append("</svg>")
    return "\n".join(out)
