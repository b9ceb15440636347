"""NAB scoring, written from the rules in plain words (NAB v1.1), with no project imports.

A corpus is a data folder of ``<category>/<file>.csv`` (``timestamp,value``) and a windows
JSON mapping ``"<category>/<file>.csv"`` to ``[start, end]`` timestamp pairs. Scoring one
file at a threshold ``t`` (a row is a *detection* when its anomaly score is ``>= t``):

- the first ``probation_length(rows)`` rows are ignored (no reward, no cost);
- a window (rows ``L..R``, width ``W = R - L + 1``, both ends included) is worth the value
  of its *first* detection, ``tp_weight * sigmoid(-(R - i + 1) / W) / sigmoid(-1)``, or
  ``-fn_weight`` when nothing in it fires; later detections in the window are free;
- every detection outside the windows is a false positive worth
  ``fp_weight * sigmoid((i - R) / (W - 1))`` where ``R``, ``W`` belong to the last window
  ending before row ``i``, or ``-fp_weight`` when no window ended before it.

The raw score of a detector is the sum over all files; the threshold is chosen per profile
as the one, among "never fire" and every distinct score value, with the highest raw score
over all files (ties go to the higher threshold). The reported score is
``100 * (raw - null) / (perfect - null)`` with ``null = -fn_weight * N`` and
``perfect = tp_weight * N`` for the ``N`` windows scored.

Where the rules are silent this module does what NAB's scorer is described to do: a
window endpoint is the *first* row carrying that timestamp (a few files repeat a
timestamp); a window counts towards ``N`` only if at least one of its rows is past
probation; the false-positive position after a one-row window (``W - 1 = 0``) is
taken as infinitely far, so it costs ``-fp_weight``.
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np

Window = tuple[int, int]  # first and last row of a window, both included

NEVER = math.inf  # the threshold at which nothing fires


@dataclass(frozen=True)
class Profile:
    """The weights of one NAB scoring profile."""

    name: str
    tp_weight: float
    fn_weight: float
    fp_weight: float


DEFAULT_PROFILES: dict[str, Profile] = {
    "standard": Profile("standard", 1.0, 1.0, 0.11),
    "reward_low_FP_rate": Profile("reward_low_FP_rate", 1.0, 1.0, 0.22),
    "reward_low_FN_rate": Profile("reward_low_FN_rate", 1.0, 2.0, 0.11),
}


@dataclass(frozen=True)
class LabelledSeries:
    """One data file of a corpus with its anomaly windows as row indices."""

    name: str  # "<category>/<file>.csv", the key in the windows JSON
    timestamps: tuple[str, ...]  # as written in the file
    values: np.ndarray
    windows: tuple[Window, ...]


# --- reading ------------------------------------------------------------------------


def load_profiles(path: str | Path | None = None) -> dict[str, Profile]:
    """The profiles in NAB's ``config/profiles.json`` format, or the three built-in ones."""
    if path is None:
        return dict(DEFAULT_PROFILES)
    raw = json.loads(Path(path).read_text())
    try:
        return {
            name: Profile(name, float(c["tpWeight"]), float(c["fnWeight"]), float(c["fpWeight"]))
            for name, body in raw.items()
            for c in [body["CostMatrix"]]
        }
    except (KeyError, TypeError, ValueError) as e:
        raise ValueError(f"profiles {str(path)!r}: expected {{name: {{'CostMatrix': "
                         f"{{'tpWeight', 'fnWeight', 'fpWeight'}}}}}}, got a problem with {e!r}") from e


def parse_timestamp(text: str) -> datetime:
    """A NAB timestamp, with or without fractional seconds.

    >>> parse_timestamp("2014-03-10 01:29:00.000000") == parse_timestamp("2014-03-10 01:29:00")
    True
    """
    return datetime.fromisoformat(text.strip())


def read_series(path: str | Path) -> tuple[tuple[str, ...], np.ndarray]:
    """The timestamps (as written) and values of one ``timestamp,value`` CSV."""
    with open(path, newline="") as f:
        rows = csv.reader(f)
        header = next(rows, None)
        if header != ["timestamp", "value"]:
            raise ValueError(f"data file {str(path)!r}: header {header!r}, expected ['timestamp', 'value']")
        timestamps, values = [], []
        for line, row in enumerate(rows, start=2):
            try:
                timestamps.append(row[0])
                values.append(float(row[1]))
            except (IndexError, ValueError) as e:
                raise ValueError(f"data file {str(path)!r} line {line}: {row!r} is not 'timestamp,value'") from e
    return tuple(timestamps), np.asarray(values, dtype=float)


def window_rows(name: str, timestamps: Sequence[str], pairs: Iterable[Sequence[str]]) -> tuple[Window, ...]:
    """``[start, end]`` timestamp pairs as ``(first_row, last_row)``, each end the first row
    carrying that timestamp; windows must be in order and must not overlap.

    >>> window_rows("f.csv", ["2020-01-01 00:00:00", "2020-01-01 00:05:00", "2020-01-01 00:10:00"],
    ...             [["2020-01-01 00:05:00.000000", "2020-01-01 00:10:00.000000"]])
    ((1, 2),)
    """
    first: dict[datetime, int] = {}
    for i, text in enumerate(timestamps):
        first.setdefault(parse_timestamp(text), i)
    windows: list[Window] = []
    for pair in pairs:
        try:
            left, right = (first[parse_timestamp(t)] for t in pair)
        except KeyError as e:
            raise ValueError(
                f"window {list(pair)!r} of {name!r}: timestamp {e.args[0]} is not a row of the file"
            ) from e
        if right < left or (windows and left <= windows[-1][1]):
            raise ValueError(f"window {list(pair)!r} of {name!r}: rows {left}..{right} are reversed, "
                             f"out of order or overlap the previous window {windows[-1:]}")
        windows.append((left, right))
    return tuple(windows)


def read_corpus(data_dir: str | Path, windows_path: str | Path) -> list[LabelledSeries]:
    """Every ``<category>/<file>.csv`` under ``data_dir`` with its windows, sorted by name.

    The windows JSON must name exactly the files present."""
    data_dir = Path(data_dir)
    labels = json.loads(Path(windows_path).read_text())
    files = {p.relative_to(data_dir).as_posix(): p for p in sorted(data_dir.glob("*/*.csv"))}
    if not files:
        raise ValueError(f"data dir {str(data_dir)!r}: no <category>/<file>.csv found")
    unlabelled, missing = sorted(set(files) - set(labels)), sorted(set(labels) - set(files))
    if unlabelled or missing:
        raise ValueError(f"windows {str(windows_path)!r} do not match data dir {str(data_dir)!r}: "
                         f"files without windows {unlabelled[:3]}, windows without files {missing[:3]}")
    corpus = []
    for name, path in files.items():
        timestamps, values = read_series(path)
        corpus.append(LabelledSeries(name, timestamps, values, window_rows(name, timestamps, labels[name])))
    return corpus


def read_result_scores(path: str | Path, rows: int) -> np.ndarray:
    """The ``anomaly_score`` column of a NAB results file, checked to have ``rows`` rows."""
    with open(path, newline="") as f:
        scores = np.asarray([float(r["anomaly_score"]) for r in csv.DictReader(f)], dtype=float)
    if len(scores) != rows:
        raise ValueError(f"results file {str(path)!r}: {len(scores)} rows, its data file has {rows}")
    return scores


# --- the pieces of the rule -----------------------------------------------------------


def probation_length(rows: int, fraction: float = 0.15, cap: int = 750) -> int:
    """How many leading rows of a file are ignored: ``min(floor(fraction * rows), cap)``.

    >>> probation_length(4032), probation_length(1243), probation_length(3)
    (604, 186, 0)
    """
    return min(math.floor(fraction * rows), cap)


def sigmoid(y: float) -> float:
    """NAB's scaled sigmoid ``2 / (1 + exp(5y)) - 1``, and exactly -1 for ``y > 3``.

    >>> round(sigmoid(-1.0), 6), sigmoid(0.0), round(sigmoid(3.0), 6), sigmoid(3.01)
    (0.986614, 0.0, -0.999999, -1.0)
    """
    if y > 3.0:
        return -1.0
    return 2.0 / (1.0 + math.exp(5.0 * y)) - 1.0


def sigmoids(y: np.ndarray) -> np.ndarray:
    """:func:`sigmoid` of each element.

    >>> sigmoids(np.array([-1.0, 0.0, 3.01])).round(6).tolist()
    [0.986614, 0.0, -1.0]
    """
    y = np.asarray(y, dtype=float)
    return np.where(y > 3.0, -1.0, 2.0 / (1.0 + np.exp(5.0 * np.minimum(y, 3.0))) - 1.0)


MAX_TP = sigmoid(-1.0)


def detection_values(rows: int, windows: Sequence[Window]) -> tuple[np.ndarray, np.ndarray]:
    """What a detection at each row would be worth before weighting.

    Returns ``(window_id, value)``: ``window_id`` is the window's index, or -1 outside all
    windows; ``value`` is ``sigmoid(y) / sigmoid(-1)`` in (0, 1] inside a window and the
    false-positive ``sigmoid(position)`` in [-1, 0] outside.

    >>> ids, v = detection_values(8, [(2, 4)])
    >>> ids.tolist()
    [-1, -1, 0, 0, 0, -1, -1, -1]
    >>> [round(x, 3) for x in v.tolist()]
    [-1.0, -1.0, 1.0, 0.944, 0.692, -0.848, -0.987, -0.999]
    """
    ids = np.full(rows, -1, dtype=np.int64)
    value = np.full(rows, -1.0)  # before the first window, and the default elsewhere
    for k, (left, right) in enumerate(windows):
        width = right - left + 1
        inside = np.arange(left, right + 1)
        ids[left:right + 1] = k
        value[left:right + 1] = sigmoids(-(right - inside + 1) / width) / MAX_TP
        end = windows[k + 1][0] if k + 1 < len(windows) else rows
        after = np.arange(right + 1, end)
        if width > 1:  # a one-row window leaves every later false positive at -1
            value[right + 1:end] = sigmoids((after - right) / (width - 1))
    return ids, value


def scored_windows(rows: int, windows: Sequence[Window], probation: int | None = None) -> int:
    """How many windows have at least one row past probation (the file's share of ``N``)."""
    probation = probation_length(rows) if probation is None else probation
    return sum(1 for _, right in windows if right >= probation)


# --- one file at one threshold --------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """A raw score with its counts: windows caught (tp) and missed (fn), false positives."""

    raw: float
    tp: int
    fn: int
    fp: int

    def __add__(self, other: Outcome) -> Outcome:
        return Outcome(self.raw + other.raw, self.tp + other.tp, self.fn + other.fn, self.fp + other.fp)


def score_file(scores: Sequence[float], windows: Sequence[Window], profile: Profile,
               threshold: float, probation: int | None = None) -> Outcome:
    """One file's raw score at ``threshold``, row by row, straight from the rules.

    >>> std = DEFAULT_PROFILES["standard"]
    >>> score_file([0, 0, 1, 1, 0, 0], [(2, 4)], std, 0.5, probation=0)  # caught at its first row
    Outcome(raw=1.0, tp=1, fn=0, fp=0)
    >>> score_file([1, 0, 0, 0, 0, 0], [(2, 4)], std, 0.5, probation=0)  # missed, and an early FP
    Outcome(raw=-1.11, tp=0, fn=1, fp=1)
    """
    rows = len(scores)
    probation = probation_length(rows) if probation is None else probation
    ids, value = detection_values(rows, windows)
    best: dict[int, float] = {}
    fp_sum, fp = 0.0, 0
    for i in range(probation, rows):
        if not scores[i] >= threshold:
            continue
        if ids[i] >= 0:
            best.setdefault(int(ids[i]), float(value[i]))  # the first detection in the window
        else:
            fp_sum += float(value[i])
            fp += 1
    counted = [k for k, (_, right) in enumerate(windows) if right >= probation]
    tp = sum(1 for k in counted if k in best)
    raw = (profile.tp_weight * sum(best.get(k, 0.0) for k in counted)
           - profile.fn_weight * (len(counted) - tp) + profile.fp_weight * fp_sum)
    return Outcome(raw, tp, len(counted) - tp, fp)


def raw_score(runs: Iterable[tuple[Sequence[float], Sequence[Window]]], profile: Profile,
              threshold: float) -> Outcome:
    """The raw score over many files ``(scores, windows)`` at one threshold."""
    return sum((score_file(s, w, profile, threshold) for s, w in runs), Outcome(0.0, 0, 0, 0))


def normalised(raw: float, windows: int, profile: Profile) -> float:
    """``100 * (raw - null) / (perfect - null)``: the null detector 0, a perfect one 100.

    >>> p = DEFAULT_PROFILES["standard"]
    >>> normalised(-69.0, 69, p), normalised(69.0, 69, p), round(normalised(-112.2798, 69, p), 2)
    (0.0, 100.0, -31.36)
    """
    if windows <= 0:
        raise ValueError(f"normalising a raw score of {raw}: the scored files have no window")
    null, perfect = -profile.fn_weight * windows, profile.tp_weight * windows
    return 100.0 * (raw - null) / (perfect - null)


# --- every threshold at once ----------------------------------------------------------


@dataclass(frozen=True)
class Best:
    """The threshold with the highest raw score for one profile, and that score."""

    profile: str
    threshold: float  # NEVER (inf) when not firing at all is best
    outcome: Outcome
    score: float  # normalised


class ThresholdSweep:
    """The raw score of a set of files at every candidate threshold, for any profile.

    Built once from ``(scores, windows)`` per file. Each scored row becomes an *event* that
    happens when the threshold drops to its score: a false positive adds its value, and the
    first row of a window to fire, or a later one worth more (the first detection, once
    lower-scored rows join, is the best-valued one), raises that window's worth. Sorting
    the events by score and summing cumulatively gives the raw score at every distinct
    score value in O(n log n), for each profile by three weighted cumulative sums.

    >>> sweep = ThresholdSweep([([0.1, 0.9, 0.2, 0.8, 0.3], [(3, 4)])], probation=0)
    >>> sweep.thresholds.tolist()
    [inf, 0.9, 0.8, 0.3, 0.2, 0.1]
    >>> best = sweep.best(DEFAULT_PROFILES["standard"])
    >>> best.threshold, round(best.outcome.raw, 2), best.outcome
    (0.8, 0.89, Outcome(raw=0.89, tp=1, fn=0, fp=1))
    """

    def __init__(self, runs: Iterable[tuple[Sequence[float], Sequence[Window]]],
                 probation: int | None = None) -> None:
        parts, self.windows = [], 0
        for scores, windows in runs:
            parts.append(self._events(np.asarray(scores, dtype=float), windows, probation))
            self.windows += scored_windows(len(scores), windows, probation)
        empty = [np.empty(0), np.empty(0), np.empty(0, dtype=np.int64), np.empty(0), np.empty(0, dtype=np.int64)]
        score, tp_gain, caught, fp_value, fp = (np.concatenate(c) for c in zip(*parts, strict=True)) if parts else empty
        order = np.argsort(-score, kind="stable")
        score = score[order]
        last = np.flatnonzero(np.r_[score[1:] != score[:-1], True]) if len(score) else np.empty(0, dtype=int)
        self.thresholds = np.r_[NEVER, score[last]]

        def at_thresholds(x: np.ndarray) -> np.ndarray:  # integer counts stay integers
            return np.r_[0, np.cumsum(x[order])[last]]

        self._tp_gain, self._caught = at_thresholds(tp_gain), at_thresholds(caught)
        self._fp_value, self._fp = at_thresholds(fp_value), at_thresholds(fp)

    @staticmethod
    def _events(scores: np.ndarray, windows: Sequence[Window], probation: int | None):
        if np.isnan(scores).any():
            raise ValueError("anomaly scores contain NaN")
        rows = len(scores)
        start = probation_length(rows) if probation is None else probation
        ids, value = detection_values(rows, windows)
        ids, value, scores = ids[start:], value[start:], scores[start:]
        outside = ids < 0
        tp_gain, caught = np.zeros(rows - start), np.zeros(rows - start, dtype=np.int64)
        for k in np.unique(ids[~outside]):
            rows_k = np.flatnonzero(ids == k)
            rows_k = rows_k[np.argsort(-scores[rows_k], kind="stable")]
            running = np.maximum.accumulate(value[rows_k])
            tp_gain[rows_k] = np.diff(running, prepend=0.0)  # first: its value; then improvements
            caught[rows_k[0]] = 1
        return scores, tp_gain, caught, np.where(outside, value, 0.0), outside.astype(np.int64)

    def raws(self, profile: Profile) -> np.ndarray:
        """The raw score at each of ``self.thresholds``."""
        return (-profile.fn_weight * self.windows + profile.tp_weight * self._tp_gain
                + profile.fn_weight * self._caught + profile.fp_weight * self._fp_value)

    def outcome(self, profile: Profile, index: int) -> Outcome:
        tp = int(self._caught[index])
        return Outcome(float(self.raws(profile)[index]), tp, self.windows - tp, int(self._fp[index]))

    def at(self, profile: Profile, threshold: float) -> Outcome:
        """The outcome at any threshold (rows scoring ``>= threshold`` fire)."""
        index = int(np.searchsorted(-self.thresholds, -threshold, side="right")) - 1
        return self.outcome(profile, index)

    def best(self, profile: Profile) -> Best:
        """The threshold with the highest raw score; ties go to the higher threshold."""
        index = int(np.argmax(self.raws(profile)))
        outcome = self.outcome(profile, index)
        return Best(profile.name, float(self.thresholds[index]), outcome,
                    normalised(outcome.raw, self.windows, profile))


def optimise(runs: Iterable[tuple[Sequence[float], Sequence[Window]]],
             profiles: Mapping[str, Profile]) -> dict[str, Best]:
    """The best threshold and its normalised score for each profile."""
    sweep = ThresholdSweep(runs)
    return {name: sweep.best(profile) for name, profile in profiles.items()}
