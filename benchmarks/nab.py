"""NAB: the project's detector, river's anomaly detectors, a windowed-Gaussian baseline and
the null detector, online, in one harness.

Runs each detector strictly online over a NAB-format corpus (for every row: score it from
the past, then learn it; a fresh detector per file), writes NAB's results format

    <out>/<detector>/<category>/<detector>_<file>.csv   timestamp,value,anomaly_score,label

reads those files back and scores them with :mod:`nab_scoring` (the project's own NAB
scorer): the threshold is optimised per profile over all files, scores are normalised
with the null (0) and perfect (100) detectors. Then, as a check on files a threshold was
not chosen on, leave one category out: each category at the threshold best on the
others. Prints the tables and, last, one JSON line.

    python benchmarks/nab.py --data-dir ../shared/nab/data \\
        --windows ../shared/nab/labels/combined_windows.json \\
        --profiles ../shared/nab/config/profiles.json --out /tmp/nab-out

Detectors (``--detectors``, default all):

- ``signalcraft``: the project's detector, :class:`~signalcraft.operators.detector.NoveltyDetector`
  with its defaults (:class:`Novelty`);
- ``riverHST``, ``riverGaussian``, ``riverSAD``: river's streaming anomaly detectors
  (``HalfSpaceTrees`` on min-max scaled values, ``GaussianScorer``,
  ``StandardAbsoluteDeviation``) with river's defaults, as its documentation uses them
  (:class:`RiverDetector`);
- ``windowedGaussian``: :class:`WindowedGaussian`, a plain baseline;
- ``null``: never fires (score 0.0); it normalises to exactly 0.

A detector is a factory called once per file, giving an object whose
``observe(value, timestamp) -> float`` scores a row from the rows before it, in [0, 1], and
then learns it; ``value`` is a float and ``timestamp`` a timezone-aware UTC datetime (NAB
timestamps carry no zone).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
import nab_scoring as ns

from signalcraft.operators.detector import NoveltyDetector

SHORT = {"standard": "standard", "reward_low_FP_rate": "low-FP", "reward_low_FN_rate": "low-FN"}
RIVER_SEED = 42
"""The seed of river's HalfSpaceTrees (the only detector here that draws random numbers)."""


class OnlineDetector(Protocol):
    def observe(self, value: float, timestamp: datetime | None) -> float:
        """The score of ``value`` from the rows before it, in [0, 1]; then learns it."""


Factory = Callable[[], OnlineDetector]


class Novelty:
    """The project's detector, fed as the anomaly watch feeds it: the surprise of a row
    is computed once and serves its score and its learning (``score``, then ``learn``).

    >>> d = Novelty()
    >>> [d.observe(x, None) for x in [1.0, 2.0, 1.0]]  # warm-up: 0.0
    [0.0, 0.0, 0.0]
    """

    def __init__(self) -> None:
        self.model = NoveltyDetector()

    def observe(self, value: float, timestamp: datetime | None) -> float:
        surprise = self.model.surprise(value, timestamp)
        score = self.model.score(value, timestamp, surprise)
        self.model.learn(value, timestamp, surprise)
        return score


class RiverDetector:
    """One of river's anomaly detectors: ``score_one`` for a row, then ``learn_one``.

    river's univariate detectors (``supervised``) take the value as their target,
    ``score_one(None, value)``; the others a feature dict, ``{"value": value}``. A score
    that is not bounded (``StandardAbsoluteDeviation``'s ``|z|``) is mapped to [0, 1) by
    ``s / (1 + s)``: monotone, so NAB's threshold sweep sees the same order of rows.

    >>> from river import anomaly
    >>> d = RiverDetector(anomaly.StandardAbsoluteDeviation(), supervised=True, bounded=False)
    >>> [round(d.observe(x, None), 3) for x in [1.0, 3.0, 2.0, 2.0]]
    [1.0, 1.0, 0.0, 0.0]
    """

    def __init__(self, model, supervised: bool, bounded: bool = True) -> None:
        self.model, self.supervised, self.bounded = model, supervised, bounded

    def observe(self, value: float, timestamp: datetime | None) -> float:
        if self.supervised:
            score = self.model.score_one(None, value)
            self.model.learn_one(None, value)
        else:
            x = {"value": value}
            score = self.model.score_one(x)
            self.model.learn_one(x)
        return float(score) if self.bounded else score / (1.0 + score)


def _river():
    """river's modules, imported when a river row runs (river takes ~0.2 s to import)."""
    try:
        from river import anomaly, compose, preprocessing
    except ImportError as e:
        raise ValueError("river is not installed: pip install -e '.[dev]' (or leave the river rows out "
                         "with --detectors)") from e
    return anomaly, compose, preprocessing


def river_hst() -> RiverDetector:
    """HalfSpaceTrees (10 trees of height 8, window 250) over the value scaled to [0, 1] by a
    running min-max scaler, as river's documentation pipes it."""
    anomaly, compose, preprocessing = _river()
    model = compose.Pipeline(preprocessing.MinMaxScaler(), anomaly.HalfSpaceTrees(seed=RIVER_SEED))
    return RiverDetector(model, supervised=False)


def river_gaussian() -> RiverDetector:
    """GaussianScorer: ``2 |CDF(x) - 0.5|`` of a Gaussian fitted to every value so far; 0 for
    the first 100."""
    return RiverDetector(_river()[0].GaussianScorer(), supervised=True)


def river_sad() -> RiverDetector:
    """StandardAbsoluteDeviation: ``|x - mean| / std`` over every value so far."""
    return RiverDetector(_river()[0].StandardAbsoluteDeviation(), supervised=True, bounded=False)


class NullDetector:
    """Never fires: every row scores 0.0."""

    def observe(self, value: float, timestamp: datetime | None) -> float:
        return 0.0


class WindowedGaussian:
    """A Gaussian fitted to a sliding window of past values; the score is how far out the
    new value lies.

    The window holds up to ``window`` values. While it fills, the mean and (population)
    standard deviation are re-estimated after every value; once full, new values wait in a
    buffer and every ``step`` values the window slides forward by ``step`` and is
    re-estimated. The score of ``x`` is ``1 - P(|Z| >= |z|) = erf(|z| / sqrt(2))`` with
    ``z = (x - mean) / std``: 0 at the mean, towards 1 in either tail (one minus the
    two-sided Gaussian tail probability). Before any value it is 0; with ``std == 0`` it is
    0 for the mean itself and 1 for anything else.

    NAB's own windowedGaussian reports ``1 - Q(|z|) = (1 + this) / 2``, the same order of
    rows; its published result files keep 12 significant digits, which merges the scores
    near 1 into ties and gives it 29.1 / 14.8 / 35.8 on the development split. Scored from
    full-precision files, as here, the same detections can be separated more finely
    (``tests/unit/test_nab_scoring.py`` reproduces the published figures).

    >>> d = WindowedGaussian(window=4, step=2)
    >>> [round(d.observe(x, None), 3) for x in [1.0, 1.0, 3.0, 1.0, 2.0]]
    [0.0, 0.0, 1.0, 0.52, 0.436]
    >>> d.mean, round(d.std, 3)  # window [1, 1, 3, 1] full; 2.0 waits for the next step
    (1.5, 0.866)
    >>> _ = d.observe(5.0, None); d.mean  # the step is complete: [3, 1, 2, 5]
    2.75
    """

    def __init__(self, window: int = 6400, step: int = 100) -> None:
        if not 1 <= step <= window:
            raise ValueError(f"WindowedGaussian: need 1 <= step <= window, got step={step}, window={window}")
        self.window = window
        self.step = step
        self._values: deque[float] = deque()
        self._pending: list[float] = []
        self._sum = 0.0
        self._m2 = 0.0  # Welford's sum of squared deviations while the window fills
        self.mean: float | None = None
        self.std = 0.0

    def score(self, value: float) -> float:
        if self.mean is None:
            return 0.0
        if self.std == 0.0:
            return 0.0 if value == self.mean else 1.0
        return math.erf(abs(value - self.mean) / (self.std * math.sqrt(2.0)))

    def learn(self, value: float) -> None:
        if len(self._values) < self.window:
            old_mean = self.mean if self.mean is not None else 0.0
            self._values.append(value)
            n = len(self._values)
            self.mean = old_mean + (value - old_mean) / n
            self._m2 += (value - old_mean) * (value - self.mean)
            self.std = math.sqrt(max(self._m2, 0.0) / n)
            return
        self._pending.append(value)
        if len(self._pending) == self.step:
            for _ in range(self.step):
                self._values.popleft()
            self._values.extend(self._pending)
            self._pending.clear()
            window = np.fromiter(self._values, dtype=float, count=len(self._values))
            self.mean, self.std = float(window.mean()), float(window.std())

    def observe(self, value: float, timestamp: datetime | None) -> float:
        s = self.score(value)
        self.learn(value)
        return s


def available_detectors() -> dict[str, Factory]:
    """Every detector the harness runs, by name, the project's first."""
    return {"signalcraft": Novelty, "riverHST": river_hst, "riverGaussian": river_gaussian, "riverSAD": river_sad,
            "windowedGaussian": WindowedGaussian, "null": NullDetector}


def run_online(name: str, factory: Factory, series: ns.LabelledSeries) -> np.ndarray:
    """One file through a fresh detector, row by row: each score sees only earlier rows."""
    detector = factory()
    scores = np.empty(len(series.values))
    for i, (text, value) in enumerate(zip(series.timestamps, series.values, strict=True)):
        stamp = ns.parse_timestamp(text).replace(tzinfo=UTC)
        s = float(detector.observe(float(value), stamp))
        if not 0.0 <= s <= 1.0:
            raise ValueError(f"detector {name!r} on {series.name!r} row {i} ({text}): score {s!r}, expected [0, 1]")
        scores[i] = s
    return scores


def result_path(out: Path, detector: str, series_name: str) -> Path:
    """``<out>/<detector>/<category>/<detector>_<file>.csv``; NAB splits the name on ``_``."""
    if "_" in detector or "." in detector:
        raise ValueError(f"detector name {detector!r}: must not contain '_' or '.' (NAB splits result names on '_')")
    category, file = series_name.split("/")
    return out / detector / category / f"{detector}_{file}"


def write_results(path: Path, series: ns.LabelledSeries, scores: np.ndarray) -> None:
    """A NAB results file; ``label`` is 1 inside a window (the scorer ignores it)."""
    label = np.zeros(len(scores), dtype=int)
    for left, right in series.windows:
        label[left:right + 1] = 1
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["timestamp", "value", "anomaly_score", "label"])
        w.writerows(zip(series.timestamps, map(repr, series.values.tolist()),
                        map(repr, scores.tolist()), label.tolist(), strict=True))


def run_detector(name: str, factory: Factory, corpus: list[ns.LabelledSeries], out: Path) -> float:
    """Runs and writes every file for one detector; returns the seconds spent detecting."""
    spent = 0.0
    for k, series in enumerate(corpus, start=1):
        t0 = time.perf_counter()
        scores = run_online(name, factory, series)
        spent += time.perf_counter() - t0
        write_results(result_path(out, name, series.name), series, scores)
        if sys.stderr.isatty():
            print(f"\r{name}: {k}/{len(corpus)} files", end="", file=sys.stderr, flush=True)
    print(f"\r{name}: {len(corpus)} files, {spent:.1f} s", file=sys.stderr)
    return spent


def read_runs(name: str, corpus: list[ns.LabelledSeries], out: Path) -> list[tuple[np.ndarray, tuple]]:
    """The scores written for ``name``, read back, with each file's windows."""
    return [(ns.read_result_scores(result_path(out, name, s.name), len(s.values)), s.windows) for s in corpus]


def held_out(corpus: list[ns.LabelledSeries], runs: list, profiles: dict[str, ns.Profile]) -> dict[str, float]:
    """Leave one category out: each category scored at the threshold that is best on the
    others; the raw scores pooled and normalised over all windows. How the detector does
    on files its threshold was not chosen on."""
    categories = sorted({s.name.split("/")[0] for s in corpus})
    out: dict[str, float] = {}
    if len(categories) < 2 or not any(s.windows for s in corpus):
        return out  # nothing to hold out, or nothing to score
    for key, profile in profiles.items():
        raw, windows = 0.0, 0
        for category in categories:
            inside = [r for s, r in zip(corpus, runs, strict=True) if s.name.startswith(category + "/")]
            others = [r for s, r in zip(corpus, runs, strict=True) if not s.name.startswith(category + "/")]
            threshold = ns.ThresholdSweep(others).best(profile).threshold
            sweep = ns.ThresholdSweep(inside)
            raw += sweep.at(profile, threshold).raw
            windows += sweep.windows
        out[key] = ns.normalised(raw, windows, profile)
    return out


def threshold_text(t: float) -> str:
    """A threshold for the table; one just under 1 shows how far under.

    >>> threshold_text(float("inf")), threshold_text(0.75), threshold_text(1 - 9e-14), threshold_text(1.0)
    ('never', '0.75', '1-9e-14', '1')
    """
    if math.isinf(t):
        return "never"
    if t < 1.0 and f"{t:.6g}" == "1":
        return f"1-{1.0 - t:.2g}"
    return f"{t:.6g}"


def report(results: dict[str, dict[str, ns.Best]], seconds: dict[str, float], profiles: list[str]) -> str:
    heads = [SHORT.get(p, p) for p in profiles]
    thresholds_head = "thresholds (" + " / ".join(heads) + ")"
    lines = [f"{'detector':<18}" + "".join(f"{h:>10}" for h in heads) + f"  {thresholds_head:<44}{'seconds':>8}"]
    for name, best in results.items():
        thresholds = " / ".join(threshold_text(best[p].threshold) for p in profiles)
        lines.append(f"{name:<18}" + "".join(f"{best[p].score:>10.1f}" for p in profiles)
                     + f"  {thresholds:<44}{seconds[name]:>8.1f}")
    return "\n".join(lines)


def summary(data_dir: Path, corpus, results, seconds) -> dict:
    return {
        "benchmark": "nab",
        "data_dir": str(data_dir),
        "corpus": {"files": len(corpus), "rows": sum(len(s.values) for s in corpus),
                   "windows": sum(len(s.windows) for s in corpus)},
        "results": {name: {"seconds": round(seconds[name], 2), **{
            p: {"score": round(b.score, 2), "raw": round(b.outcome.raw, 4),
                "threshold": None if math.isinf(b.threshold) else b.threshold,
                "tp": b.outcome.tp, "fn": b.outcome.fn, "fp": b.outcome.fp}
            for p, b in best.items()}} for name, best in results.items()},
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data-dir", type=Path, required=True, help="folder of <category>/<file>.csv")
    p.add_argument("--windows", type=Path, required=True, help="NAB combined_windows.json")
    p.add_argument("--profiles", type=Path, help="NAB config/profiles.json (default: the three built-in profiles)")
    p.add_argument("--out", type=Path, required=True, help="where results files are written")
    p.add_argument("--detectors", nargs="+", metavar="NAME", help="detectors to run (default: all available)")
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    detectors = available_detectors()
    try:
        chosen = args.detectors or list(detectors)
        unknown = [d for d in chosen if d not in detectors]
        if unknown:
            raise ValueError(f"--detectors: {unknown} not available; available: {list(detectors)}")
        corpus = ns.read_corpus(args.data_dir, args.windows)
        profiles = ns.load_profiles(args.profiles)
        seconds = {name: run_detector(name, detectors[name], corpus, args.out) for name in chosen}
        runs = {name: read_runs(name, corpus, args.out) for name in chosen}
        results = {name: ns.optimise(runs[name], profiles) for name in chosen}
        loco = {name: held_out(corpus, runs[name], profiles) for name in chosen}
    except (OSError, ValueError) as e:
        print(f"nab: error: {e}", file=sys.stderr)
        return 1
    print(report(results, seconds, list(profiles)))
    print("\nleave one category out (each category at the threshold best on the others):")
    for name, scores in loco.items():
        print(f"{name:<18}" + "".join(f"{scores[p]:>10.1f}" if p in scores else f"{'n/a':>10}" for p in profiles))
    loco_rounded = {n: {p: round(v, 2) for p, v in sc.items()} for n, sc in loco.items()}
    print(json.dumps({**summary(args.data_dir, corpus, results, seconds), "leave_one_category_out": loco_rounded}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
