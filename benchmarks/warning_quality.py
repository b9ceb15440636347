"""Warning quality: which episodes the anomaly watch warns about, how soon, and how often it
warns about nothing — beside a plain rolling z-score watch, in the same run.

A seeded, labelled set of one-minute series (``--days`` days each, ``--per-kind`` series
of every kind below) is folded bucket by bucket through
:meth:`~signalcraft.operators.anomaly.SeriesWatch.observe` (the flow's per-bucket step;
bucketing has its own tests). Kinds without an anomaly should never warn; the others
have one labelled episode in the last day:

============== ======================================================================
steady         a level with Gaussian noise
seasonal       a daily cycle eight noise-sigmas high, plus noise
heavy_tail     log-normal noise (occasional large values that are normal here)
spikes         steady, with single one-minute outliers of 10 sigma (not persistent,
               so not a warning)
alerts_sparse  alert counts per minute, Poisson 0.1
logs_steady    error share of 200 logs a minute, 2 % errors
night_surge    seasonal; late in the last evening, near the night trough, the value
               climbs to the day's peak for 20 minutes: usual for noon, not for 10 p.m.
level_shift    steady; the level steps up by 6 sigma and stays there
seasonal_shift the daily cycle, stepping up by 6 sigma for an hour (the season is
               known by then: this is judged on deseasonalised values)
drop           steady; the value falls by 6 sigma for an hour (a metric is watched
               both ways), then comes back
ramp           steady; the value climbs 0.5 sigma a minute for an hour, crossing a
               hard threshold (level + 20 sigma) after 40 minutes
alerts_burst   Poisson 0.1 a minute, then the rate climbs to 5 a minute over 30 min
logs_ramp      error share 2 %, then climbing to 20 % over 30 minutes
============== ======================================================================

A warning counts once, when it is first raised (re-opening a flapping one is not a new
warning). An episode is *caught* when a warning is raised between its start and 10 minutes after
its end; the delay is minutes from its start to the bucket that raised the warning; a
warning raised anywhere else is *false*. For ``ramp`` series a hard threshold is
configured, and the lead time is how long before the crossing the warning came.

The naive watch: a rolling z-score over the last 60 minutes, warning when 3 of 5
buckets are 3 sigma above it (the same state machine), learning every bucket.

    python benchmarks/warning_quality.py --days 4 --per-kind 8 --seed 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

import numpy as np

from signalcraft.models import EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.baselines import RollingZScore
from signalcraft.operators.early_warning import SeriesDescription, WarningMachine
from signalcraft.operators.series import SeriesPoint
from signalcraft.params import AnomalyParams, WarningParams

START = datetime(2026, 3, 2, tzinfo=UTC)
DAY = 1440
SLACK = 10
QUIET = ("steady", "seasonal", "heavy_tail", "spikes", "alerts_sparse", "logs_steady")
EPISODES = ("night_surge", "level_shift", "seasonal_shift", "drop", "ramp", "alerts_burst", "logs_ramp")


@dataclass
class Labelled:
    """One series: its values per minute, its kind and its labelled episode, if any."""

    key: str
    kind: str
    values: np.ndarray
    episode: tuple[int, int] | None = None
    """(first, last) minute of the anomaly."""
    threshold: float | None = None
    crossing: int | None = None
    """Minute the value first reaches ``threshold``."""


def generate(kind: str, index: int, days: int, seed: int) -> Labelled:
    """The ``index``-th series of ``kind``; the same arguments give the same series."""
    rng = np.random.default_rng([seed, KINDS.index(kind), index])
    n = days * DAY
    t = np.arange(n)
    level = rng.uniform(50, 500)
    sigma = level * rng.uniform(0.01, 0.05)
    noise = rng.normal(0, sigma, n)
    daily = 8 * sigma * np.sin(2 * np.pi * (t - 6 * 60) / DAY)  # trough at 00:00, peak at 12:00
    start = (days - 1) * DAY + int(rng.integers(60, DAY - 240))
    key = f'{kind}{{series="{index}"}}'
    if kind == "steady":
        return Labelled(key, kind, level + noise)
    if kind == "seasonal":
        return Labelled(key, kind, level + daily + noise)
    if kind == "heavy_tail":
        return Labelled(key, kind, level * rng.lognormal(0, 0.5, n))
    if kind == "spikes":
        values = level + noise
        where = rng.choice(n - DAY // 2, size=days * 3, replace=False) + DAY // 2
        values[where] += 10 * sigma
        return Labelled(key, kind, values)
    if kind in ("alerts_sparse", "alerts_burst"):
        rate = np.full(n, 0.1)
        if kind == "alerts_burst":
            rate[start:] = 0.1 + np.minimum((t[start:] - start) / 30, 1.0) * 4.9
        return Labelled(key, kind, rng.poisson(rate).astype(float),
                        (start, start + 29) if kind == "alerts_burst" else None)
    if kind in ("logs_steady", "logs_ramp"):
        share = np.full(n, 0.02)
        if kind == "logs_ramp":
            share[start:] = 0.02 + np.minimum((t[start:] - start) / 30, 1.0) * 0.18
        return Labelled(key, kind, rng.binomial(200, share) / 200.0,
                        (start, start + 29) if kind == "logs_ramp" else None)
    if kind == "night_surge":
        start = days * DAY - 150 + int(rng.integers(0, 60))  # 21:30 to 22:30 on the last day
        values = level + daily + noise
        values[start:start + 20] = level + 8 * sigma + noise[start:start + 20]
        return Labelled(key, kind, values, (start, start + 19))
    if kind == "level_shift":
        values = level + noise
        values[start:] += 6 * sigma
        return Labelled(key, kind, values, (start, start + 59))
    if kind in ("seasonal_shift", "drop"):
        values = level + noise + (daily if kind == "seasonal_shift" else 0.0)
        values[start:start + 60] += 6 * sigma if kind == "seasonal_shift" else -6 * sigma
        return Labelled(key, kind, values, (start, start + 59))
    if kind == "ramp":
        values = level + noise
        values[start:start + 60] += 0.5 * sigma * np.arange(1, 61)
        values[start + 60:] += 30 * sigma
        threshold = level + 20 * sigma
        crossing = start + int(np.argmax(values[start:] >= threshold))
        return Labelled(key, kind, values, (start, start + 59), threshold, crossing)
    raise ValueError(f"warnings benchmark: unknown kind {kind!r}")


KINDS = QUIET + EPISODES


def series_kind(kind: str) -> str:
    return "alerts" if kind.startswith("alerts") else "logs" if kind.startswith("logs") else "metric"


def point(s: Labelled, minute: int) -> SeriesPoint:
    kind = series_kind(s.kind)
    labels = {"metric": s.kind} if kind == "metric" else {"service": s.key}
    return SeriesPoint(s.key, kind, "bench", START + timedelta(minutes=minute), float(s.values[minute]), 1, labels)


def run_watch(s: Labelled) -> list[int]:
    """Minutes at which the default watch raised a warning on ``s``."""
    thresholds = {s.key: s.threshold} if s.threshold is not None else {}
    watch = SeriesWatch(AnomalyParams(hard_thresholds=thresholds))
    state, raised, ids = WatchState(), [], set()
    for minute in range(len(s.values)):
        for item in watch.observe(state, point(s, minute)):
            if isinstance(item, EarlyWarning) and item.id not in ids:  # a re-opened warning is not a new one
                ids.add(item.id)
                raised.append(minute)
    return raised


def run_naive(s: Labelled) -> list[int]:
    """Minutes at which a rolling z-score (60 min) with 3-of-5 buckets at 3 sigma warned."""
    machine, baseline = WarningMachine(WarningParams()), RollingZScore(window=60, warmup=30)
    series = SeriesDescription("bench", s.key, "Naive", "Naive")
    state, raised, ids = None, [], set()
    for minute, x in enumerate(s.values):
        at = START + timedelta(minutes=minute)
        state, warnings = machine.step(state, series, at, float(x), baseline.score(float(x)))
        for w in warnings:
            if w.id not in ids:
                ids.add(w.id)
                raised.append(minute)
        baseline.learn(float(x))
    return raised


@dataclass
class Tally:
    series: int = 0
    episodes: int = 0
    caught: int = 0
    false: int = 0
    delays: list[int] = field(default_factory=list)
    leads: list[int] = field(default_factory=list)

    def add(self, s: Labelled, raised: list[int]) -> None:
        self.series += 1
        hit = None
        if s.episode is not None:
            self.episodes += 1
            first, last = s.episode
            inside = [m for m in raised if first <= m <= last + SLACK]
            hit = inside[0] if inside else None
            if hit is not None:
                self.caught += 1
                self.delays.append(hit - first)
                if s.crossing is not None:
                    self.leads.append(s.crossing - hit)
        self.false += sum(1 for m in raised if s.episode is None or not s.episode[0] <= m <= s.episode[1] + SLACK)

    def row(self) -> dict:
        def median(xs: list) -> float | None:
            return statistics.median(xs) if xs else None

        return {"series": self.series, "episodes": self.episodes, "caught": self.caught, "false": self.false,
                "median_delay_min": median(self.delays), "median_lead_min": median(self.leads)}


def evaluate(days: int, per_kind: int, seed: int) -> dict[str, dict[str, dict]]:
    results: dict[str, dict[str, Tally]] = {"signalcraft": {}, "naive": {}}
    for kind in KINDS:
        for name, run in (("signalcraft", run_watch), ("naive", run_naive)):
            tally = results[name].setdefault(kind, Tally())
            for i in range(per_kind):
                s = generate(kind, i, days, seed)
                tally.add(s, run(s))
    return {name: {kind: t.row() for kind, t in kinds.items()} for name, kinds in results.items()}


def totals(rows: dict[str, dict], days: int) -> dict:
    episodes = sum(r["episodes"] for r in rows.values())
    caught = sum(r["caught"] for r in rows.values())
    false = sum(r["false"] for r in rows.values())
    series = sum(r["series"] for r in rows.values())
    return {"recall": caught / episodes if episodes else None,
            "precision": caught / (caught + false) if caught + false else None,
            "false_per_series_day": false / (series * days)}


def report(result: dict[str, dict[str, dict]], days: int) -> str:
    def fmt(v: float | None) -> str:
        return "-" if v is None else f"{v:g}"

    head = f"{'caught':>8} {'false':>6} {'delay':>6} {'lead':>6} {'':>4}"
    lines = [f"{'kind':14} " + "  ".join(f"{name:>34}" for name in result)]
    lines.append(f"{'':14} " + "  ".join(head for _ in result))
    for kind in KINDS:
        cells = []
        for rows in result.values():
            r = rows[kind]
            caught = f"{r['caught']}/{r['episodes']}" if r["episodes"] else "-"
            delay, lead = fmt(r["median_delay_min"]), fmt(r["median_lead_min"])
            cells.append(f"{caught:>8} {r['false']:>6} {delay:>6} {lead:>6} {'':>4}")
        lines.append(f"{kind:14} " + "  ".join(cells))
    for name, rows in result.items():
        t = totals(rows, days)
        lines.append(f"{name}: recall {t['recall']:.3f}, precision {t['precision']:.3f}, "
                     f"false warnings per series-day {t['false_per_series_day']:.4f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=4)
    parser.add_argument("--per-kind", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.days < 3:
        parser.error("--days must be at least 3 (two days of seasonal warm-up, then the episode day)")
    scenario = f"warnings-v2-{args.days}d-{args.per_kind}pk-s{args.seed}"
    t0 = time.perf_counter()
    result = evaluate(args.days, args.per_kind, args.seed)
    seconds = time.perf_counter() - t0
    print(f"[{scenario}] {len(KINDS) * args.per_kind} series x {args.days * DAY} minutes, {seconds:.1f} s")
    print(report(result, args.days))
    print(json.dumps({"benchmark": "warnings", "scenario": scenario, "seconds": round(seconds, 1),
                      "totals": {name: totals(rows, args.days) for name, rows in result.items()},
                      "kinds": result}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
