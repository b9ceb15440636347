"""The incident chart as SVG text: alerts per minute per service, changes as labelled markers.

Built as a string on the server, no charting library and no script: the same picture
goes inline into the incident page (works with JavaScript off), into a file for a report
or a ticket (``signalcraft chart``), and nothing has to be shipped or fetched to draw it.

What is drawn, from a :class:`ChartData` (the store's facts, gathered by
:mod:`signalcraft.web.incidents`):

- stacked bars, one per minute, one colour per service (the ``timeline`` view's alerts);
- every change of the window as a vertical marker labelled with what changed; the suspect
  in red with a thicker line and its label first, other candidates dashed orange;
- the moment the incident opened, dashed;
- early-warning episodes as shaded spans;
- log-pattern surges as purple triangles under the time axis;
- above it all, the title and the suspect named in words.

Every text is escaped; output depends only on the data (sorted, fixed number formats),
so one incident always gives the same bytes.

>>> from datetime import datetime, timedelta, UTC
>>> t0 = datetime(2025, 3, 11, 14, 0, tzinfo=UTC)
>>> data = ChartData("t", "Suspect: none", t0, t0 + timedelta(minutes=90), t0 + timedelta(minutes=60))
>>> x_at(data, t0), x_at(data, t0 + timedelta(minutes=45)), x_at(data, t0 + timedelta(minutes=90))
(48.0, 498.0, 948.0)
>>> svg(data).startswith('<svg xmlns="http://www.w3.org/2000/svg"')
True
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from html import escape
from typing import Any, Literal

__all__ = ["Bar", "ChangeMark", "ChartData", "Shade", "Surge", "svg", "x_at"]

WIDTH = 960
LEFT, RIGHT = 48, 12
TITLE_Y, HEADLINE_Y = 20, 42
LANES_TOP, LANE_H, LANES = 58, 14, 4
PLOT_TOP = LANES_TOP + LANE_H * LANES + 6
PLOT_H = 190
PLOT_BOTTOM = PLOT_TOP + PLOT_H
AXIS_Y = PLOT_BOTTOM + 16
SURGE_TOP = AXIS_Y + 10
SURGE_LANES = 2
LEGEND_Y = SURGE_TOP + LANE_H * SURGE_LANES + 20
LEGEND_ROW, LEGEND_ROWS, LEGEND_SERVICES = 16, 2, 8
HEIGHT = LEGEND_Y + LEGEND_ROW * (LEGEND_ROWS - 1) + 10
CHAR_W, CHAR_W_BOLD, GAP = 6.2, 7.0, 8
"""Width of one character of the 11 px labels (regular, bold), for placing labels without measuring
them, and the room kept between two labels of a lane."""
MAX_LABEL = 44
HALO = ' stroke="#ffffff" stroke-width="3" paint-order="stroke"'
"""A white outline that keeps a label inside the plot readable over bars and lines."""

SUSPECT, CANDIDATE, CHANGE = "#c62828", "#ef6c00", "#546e7a"
WARNING, SURGE, OPENED, INK, GRID = "#f9a825", "#7b1fa2", "#212121", "#37474f", "#e0e0e0"
PALETTE = ("#1f77b4", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#7f7f7f")
"""Service colours: no red or orange, which the suspect and the candidates use."""


@dataclass(frozen=True)
class Bar:
    """Alerts of one service that started firing in the minute from ``at``."""

    service: str
    at: datetime
    alerts: int
    critical: int = 0


@dataclass(frozen=True)
class ChangeMark:
    at: datetime
    label: str
    kind: Literal["suspect", "candidate", "change"] = "change"
    detail: str = ""
    """The change in full (shown on hover)."""


@dataclass(frozen=True)
class Shade:
    """An early-warning episode."""

    start: datetime
    end: datetime
    label: str
    detail: str = ""


@dataclass(frozen=True)
class Surge:
    """A log pattern that was new or rose, at the minute it peaked."""

    at: datetime
    label: str
    detail: str = ""


@dataclass(frozen=True)
class ChartData:
    title: str
    headline: str
    """The suspect in words, drawn above the chart."""
    start: datetime
    end: datetime
    opened_at: datetime
    bars: tuple[Bar, ...] = ()
    changes: tuple[ChangeMark, ...] = ()
    shades: tuple[Shade, ...] = ()
    surges: tuple[Surge, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return _plain(asdict(self))


def x_at(data: ChartData, at: datetime) -> float:
    """The x coordinate of ``at`` (the plot spans ``data.start`` .. ``data.end``)."""
    span = (data.end - data.start).total_seconds() or 1.0
    return LEFT + (at - data.start).total_seconds() / span * (WIDTH - LEFT - RIGHT)


def svg(data: ChartData) -> str:
    """The chart as a standalone SVG document (also valid inline in HTML)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
        f'height="{HEIGHT}" role="img" aria-labelledby="chart-title chart-headline" '
        f'font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="11" class="incident-chart">',
        f'<rect x="0" y="0" width="{WIDTH}" height="{HEIGHT}" fill="#ffffff"/>',
        f'<text id="chart-title" x="{LEFT}" y="{TITLE_Y}" font-size="14" font-weight="bold" '
        f'fill="{INK}">{esc(data.title)}</text>',
        f'<text id="chart-headline" class="chart-headline" x="{LEFT}" y="{HEADLINE_Y}" '
        f'font-size="{13 if len(data.headline) <= 90 else 11}" '
        f'font-weight="bold" fill="{SUSPECT if data.headline.startswith("Suspect") else INK}">'
        f"{esc(data.headline)}</text>",
    ]
    parts += _shades(data)
    parts += _axes(data)
    parts += _bars(data)
    parts += _opened(data)
    parts += _changes(data)
    parts += _surges(data)
    parts += _legend(data)
    parts.append("</svg>")
    return "\n".join(parts) + "\n"


def esc(text: str) -> str:
    """Text for an SVG text node or attribute."""
    return escape(text, quote=True)


def _n(value: float) -> str:
    return f"{value:.1f}"


def _inside(data: ChartData, at: datetime) -> bool:
    return data.start <= at <= data.end


def _y_max(data: ChartData) -> int:
    totals: dict[datetime, int] = {}
    for b in data.bars:
        if _inside(data, b.at):
            totals[b.at] = totals.get(b.at, 0) + b.alerts
    return max([1, *totals.values()])


def _y_ticks(top: int) -> list[int]:
    step = 1 if top <= 5 else math.ceil(top / 4)
    return list(range(0, top + 1, step)) if top % step == 0 else [*range(0, top + 1, step), top]


def _y_at(count: float, top: int) -> float:
    return PLOT_BOTTOM - count / top * PLOT_H


def _axes(data: ChartData) -> list[str]:
    top = _y_max(data)
    right = WIDTH - RIGHT
    out = [f'<g class="axes" fill="{INK}" stroke="none">']
    for tick in _y_ticks(top):
        y = _n(_y_at(tick, top))
        out.append(f'<line x1="{LEFT}" y1="{y}" x2="{right}" y2="{y}" stroke="{GRID}" stroke-width="1"/>')
        out.append(f'<text x="{LEFT - 6}" y="{y}" text-anchor="end" dominant-baseline="middle">{tick}</text>')
    out.append(f'<text x="12" y="{_n(PLOT_TOP + PLOT_H / 2)}" transform="rotate(-90 12 {_n(PLOT_TOP + PLOT_H / 2)})" '
               f'text-anchor="middle">alerts / min</text>')
    for at in _time_ticks(data):
        x = _n(x_at(data, at))
        out.append(f'<line x1="{x}" y1="{PLOT_BOTTOM}" x2="{x}" y2="{PLOT_BOTTOM + 4}" stroke="{INK}"/>')
        out.append(f'<text x="{x}" y="{AXIS_Y}" text-anchor="middle">{at:%H:%M}</text>')
    out.append(f'<text x="{right}" y="{AXIS_Y}" text-anchor="end">UTC</text>')
    out.append(f'<line x1="{LEFT}" y1="{PLOT_BOTTOM}" x2="{right}" y2="{PLOT_BOTTOM}" stroke="{INK}"/>')
    out.append("</g>")
    return out


def _time_ticks(data: ChartData) -> list[datetime]:
    minutes = (data.end - data.start).total_seconds() / 60
    step = next((s for s in (5, 10, 15, 30, 60, 120, 360, 720, 1440) if minutes / s <= 10), 2880)
    first = data.start.replace(second=0, microsecond=0)
    first += timedelta(minutes=(-first.minute) % step if step <= 60 else 0)
    if first < data.start:
        first += timedelta(minutes=step)
    ticks = []
    at = first
    while at <= data.end - timedelta(minutes=step / 3):  # leave the corner to the "UTC" label
        ticks.append(at)
        at += timedelta(minutes=step)
    return ticks


def services_of(data: ChartData) -> list[str]:
    """The services with bars, each with its colour by this order."""
    return sorted({b.service for b in data.bars})


def _bars(data: ChartData) -> list[str]:
    top = _y_max(data)
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(services_of(data))}
    width = max(1.0, x_at(data, data.start + timedelta(minutes=1)) - x_at(data, data.start) - 1)
    stacked: dict[datetime, int] = {}
    out = ['<g class="bars">']
    for b in sorted(data.bars, key=lambda b: (b.at, b.service)):
        if not _inside(data, b.at) or b.alerts <= 0:
            continue
        below = stacked.get(b.at, 0)
        stacked[b.at] = below + b.alerts
        y, h = _y_at(below + b.alerts, top), b.alerts / top * PLOT_H
        tip = f"{b.at:%H:%M} {b.service}: {b.alerts} alert{'s' * (b.alerts != 1)}, {b.critical} critical"
        out.append(f'<rect class="bar" x="{_n(x_at(data, b.at))}" y="{_n(y)}" width="{_n(width)}" height="{_n(h)}" '
                   f'fill="{colour[b.service]}"><title>{esc(tip)}</title></rect>')
    out.append("</g>")
    return out


def _shades(data: ChartData) -> list[str]:
    out = ['<g class="warnings">']
    for s in sorted(data.shades, key=lambda s: (s.start, s.end, s.label)):
        start, end = max(s.start, data.start), min(s.end, data.end)
        if end < start:
            continue
        x0, x1 = x_at(data, start), x_at(data, end)
        out.append(f'<rect class="warning" x="{_n(x0)}" y="{PLOT_TOP}" width="{_n(max(x1 - x0, 2.0))}" '
                   f'height="{PLOT_H}" fill="{WARNING}" fill-opacity="0.22">'
                   f"<title>{esc(s.detail or s.label)}</title></rect>")
        out.append(f'<text class="warning-label" x="{_n(x0 + 3)}" y="{PLOT_TOP + 11}" font-size="10" '
                   f'fill="#8d6e00"{HALO}>{esc(_cut(s.label, 30))}</text>')
    out.append("</g>")
    return out


def _opened(data: ChartData) -> list[str]:
    if not _inside(data, data.opened_at):
        return []
    x = _n(x_at(data, data.opened_at))
    return [f'<g class="opened"><line x1="{x}" y1="{PLOT_TOP}" x2="{x}" y2="{PLOT_BOTTOM}" stroke="{OPENED}" '
            f'stroke-width="1.5" stroke-dasharray="2 3"/>'
            f'<text x="{_n(x_at(data, data.opened_at) + 3)}" y="{PLOT_TOP + 24}" fill="{OPENED}"{HALO}>'
            f"opened {data.opened_at:%H:%M}</text></g>"]


_STYLE = {"suspect": (SUSPECT, "2.5", ""), "candidate": (CANDIDATE, "1.5", ' stroke-dasharray="5 3"'),
          "change": (CHANGE, "1", "")}


def _changes(data: ChartData) -> list[str]:
    """Labels are placed suspect first, then candidates, then the rest by time; markers are drawn
    the other way round, so the suspect's line lies on top of any change made the same minute."""
    marks = [c for c in data.changes if _inside(data, c.at)]
    order = {"suspect": 0, "candidate": 1, "change": 2}
    marks.sort(key=lambda c: (order[c.kind], c.at, c.label))
    spans = [_span(x_at(data, c.at), _cut(c.label, MAX_LABEL), c.kind == "suspect") for c in marks]
    lanes = place(spans, LANES)
    out = ['<g class="changes">']
    for c, lane, (tx, _) in reversed(list(zip(marks, lanes, spans, strict=True))):
        colour, width, dash = _STYLE[c.kind]
        x = x_at(data, c.at)
        top = LANES_TOP + LANE_H * lane + 3 if lane is not None else PLOT_TOP
        out.append(f'<g class="change {c.kind}"><title>{esc(c.detail or c.label)}</title>'
                   f'<line x1="{_n(x)}" y1="{top}" x2="{_n(x)}" y2="{PLOT_BOTTOM}" stroke="{colour}" '
                   f'stroke-width="{width}"{dash}/>')
        if lane is not None:
            text = _cut(c.label, MAX_LABEL)
            bold = ' font-weight="bold"' if c.kind == "suspect" else ""
            out.append(f'<text x="{_n(tx)}" y="{LANES_TOP + LANE_H * lane}" '
                       f'fill="{colour}"{bold}>{esc(text)}</text>')
        out.append("</g>")
    out.append("</g>")
    return out


def _unlabelled(data: ChartData) -> int:
    marks = sorted((c for c in data.changes if _inside(data, c.at)),
                   key=lambda c: ({"suspect": 0, "candidate": 1, "change": 2}[c.kind], c.at, c.label))
    spans = [_span(x_at(data, c.at), _cut(c.label, MAX_LABEL), c.kind == "suspect") for c in marks]
    return sum(lane is None for lane in place(spans, LANES))


def _surges(data: ChartData) -> list[str]:
    marks = sorted((s for s in data.surges if _inside(data, s.at)), key=lambda s: (s.at, s.label))
    spans = [_span(x_at(data, s.at) + 4, _cut(s.label, 30)) for s in marks]
    lanes = place(spans, SURGE_LANES)
    out = ['<g class="surges">']
    for s, lane, (tx, _) in zip(marks, lanes, spans, strict=True):
        x = x_at(data, s.at)
        y = SURGE_TOP + LANE_H * (lane or 0)
        out.append(f'<g class="surge"><title>{esc(s.detail or s.label)}</title>'
                   f'<path d="M{_n(x)} {y - 9} L{_n(x - 5)} {y} L{_n(x + 5)} {y} Z" fill="{SURGE}"/>')
        if lane is not None:
            out.append(f'<text x="{_n(tx)}" y="{y}" fill="{SURGE}">{esc(_cut(s.label, 30))}</text>')
        out.append("</g>")
    out.append("</g>")
    return out


def _legend(data: ChartData) -> list[str]:
    services = services_of(data)
    items = [(PALETTE[i % len(PALETTE)], "rect", s) for i, s in enumerate(services[:LEGEND_SERVICES])]
    if len(services) > LEGEND_SERVICES:
        items.append(("", "", f"+{len(services) - LEGEND_SERVICES} services"))
    items += [(SUSPECT, "line", "suspect change"), (CANDIDATE, "line", "other candidate"), (CHANGE, "line", "change"),
              (WARNING, "rect", "early warning"), (SURGE, "tri", "log pattern surge")]
    hidden = _unlabelled(data)
    if hidden:
        items.append(("", "", f"+{hidden} unlabelled change{'s' * (hidden != 1)} (hover the markers)"))
    out, x, y = ['<g class="legend">'], float(LEFT), LEGEND_Y
    for colour, shape, label in items:
        text = _cut(label, 28) if shape else label
        swatch = 14 if shape else 0
        if x + swatch + len(text) * CHAR_W > WIDTH - RIGHT:
            if y >= LEGEND_Y + LEGEND_ROW * (LEGEND_ROWS - 1):
                break
            x, y = float(LEFT), y + LEGEND_ROW
        if shape == "rect":
            out.append(f'<rect x="{_n(x)}" y="{y - 9}" width="10" height="10" fill="{colour}"/>')
        elif shape == "line":
            out.append(f'<line x1="{_n(x + 5)}" y1="{y - 10}" x2="{_n(x + 5)}" y2="{y + 1}" stroke="{colour}" '
                       'stroke-width="2.5"/>')
        elif shape == "tri":
            out.append(f'<path d="M{_n(x + 5)} {y - 9} L{_n(x)} {y} L{_n(x + 10)} {y} Z" fill="{colour}"/>')
        out.append(f'<text x="{_n(x + swatch)}" y="{y}" fill="{INK}">{esc(text)}</text>')
        x += swatch + len(text) * CHAR_W + 14
    out.append("</g>")
    return out


def place(spans: list[tuple[float, float]], lanes: int) -> list[int | None]:
    """A lane for each label span (x, width), in the order given, so that no two labels of a lane
    overlap; ``None`` for a label no lane has room for.

    >>> place([(100, 60), (110, 30), (400, 20)], 2)
    [0, 1, 0]
    >>> place([(100, 10), (101, 10), (102, 10)], 2)
    [0, 1, None]
    """
    taken: list[list[tuple[float, float]]] = [[] for _ in range(lanes)]
    out: list[int | None] = []
    for x, width in spans:
        lane = next((i for i, used in enumerate(taken) if all(x + width + GAP <= a or b + GAP <= x for a, b in used)),
                    None)
        if lane is not None:
            taken[lane].append((x, x + width))
        out.append(lane)
    return out


def _span(x: float, text: str, bold: bool = False) -> tuple[float, float]:
    """Where a label of a marker at ``x`` goes, and how wide it is."""
    width = len(text) * (CHAR_W_BOLD if bold else CHAR_W)
    return max(float(LEFT), min(x + 3, WIDTH - RIGHT - width)), width


def _cut(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
