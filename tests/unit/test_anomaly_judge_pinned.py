"""The watch's judgment of closed buckets, pinned bit for bit.

:meth:`SeriesWatch.observe` runs over a seeded mix of series (a seasonal metric with
spikes and a level shift, sparse alert counts with bursts, a log error rate with a ramp,
a log pattern's surges, a constant metric that steps, a metric scraped every 15 minutes,
one with a hard threshold, one whose sensitivity changes, one whose range keeps growing)
for five days of minute buckets, so that the season is subtracted, warnings raise,
resolve and re-open, buckets are held and learned late. Every output (its repr: every
float to the last bit) and the pickled state of every series, every 500 buckets, go into
one digest, pinned: a faster judge must give the same figures, the same warnings and
the same pickles. A state pickled mid-stream, and a deep copy of it, continue exactly as
the uninterrupted one.
"""

from __future__ import annotations

import copy
import hashlib
import math
import pickle
import random
import struct
from array import array
from datetime import UTC, datetime, timedelta
from types import MappingProxyType

from signalcraft.models import AnomalyModel, EarlyWarning
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.baselines_holtwinters import _least_most
from signalcraft.operators.series import SeriesPoint
from signalcraft.params import AnomalyParams

T0 = datetime(2025, 3, 13, 21, 0, tzinfo=UTC)  # a Thursday evening: the weekend contexts are visited
MIN = timedelta(minutes=1)
MINUTES = 5 * 1440
PINNED = "704edd44f65819d381877e93aa102da2980b016767887f21434490463a3a1857"
"""The digest of :func:`_judge_all` by the judge as it was before it was made faster (2026-12-06)."""


def _labels(**labels: str) -> MappingProxyType:
    return MappingProxyType({"project": "shop", "environment": "prod", "service": "api", **labels})


def _series(rng: random.Random) -> list[tuple[str, str, MappingProxyType, list[float | None]]]:
    """(key, kind, labels, a value per minute, ``None`` where no bucket closes)."""
    day = 2 * math.pi / 1440
    seasonal = [100 + 40 * math.sin(day * m) + rng.gauss(0, 2) + (60 if m > 4 * 1440 + 300 else 0)
                + (300 if m % 997 == 500 else 0) for m in range(MINUTES)]
    alerts = [float(rng.random() < 0.05) + (rng.randrange(5, 30) if 2000 <= m % 2880 < 2010 else 0)
              for m in range(MINUTES)]
    errors = [min(1.0, rng.random() * 0.05 + (0.02 * (m - 5000) if 5000 <= m < 5060 else 0.0))
              for m in range(MINUTES)]
    pattern = [float(rng.random() < 0.02) + (rng.randrange(20, 60) if m % 1800 in range(1200, 1206) else 0)
               for m in range(MINUTES)]
    constant = [7.0 if m < 3000 else 7.0 + (m >= 3000) * 5.0 + (m >= 3100) * rng.random() for m in range(MINUTES)]
    scraped = [50 + 10 * math.cos(day * m) + rng.gauss(0, 1) if m % 15 == 0 else None for m in range(MINUTES)]
    ramp = [20 + rng.gauss(0, 1) + (max(0, m - 6000) * 0.5 if m < 6200 else 0.0) for m in range(MINUTES)]
    flapping = [10 + rng.gauss(0, 0.5) + (15 if (m // 40) % 7 == 3 and m > 1000 else 0) for m in range(MINUTES)]
    growing = [rng.uniform(-1, 1) * 10 ** (m // 1200) for m in range(MINUTES)]
    return [
        ("metric:acme/cpu", "metric", _labels(metric="cpu"), seasonal),
        ('alerts:acme/{service="api"}', "alerts", _labels(), alerts),
        ('logs:acme/{service="api"}', "logs", _labels(), errors),
        ("pattern:acme/t1", "pattern", _labels(template="GET <*>"), pattern),
        ("metric:acme/constant", "metric", _labels(metric="constant"), constant),
        ("metric:acme/scraped", "metric", _labels(metric="scraped"), scraped),
        ("metric:acme/queue", "metric", _labels(metric="queue"), ramp),
        ("metric:acme/flapping", "metric", _labels(metric="flapping"), flapping),
        ("metric:acme/growing", "metric", _labels(metric="growing"), growing),
    ]


def _watch() -> SeriesWatch:
    return SeriesWatch(AnomalyParams(hard_thresholds={"metric:acme/queue": 60.0}))


def _judge_all(pickle_at: int | None = None) -> tuple[str, list]:
    """Runs every series; returns the digest and the outputs. With ``pickle_at``, each
    series' state is pickled and unpickled at that minute (and deep-copied one later)."""
    rng = random.Random(18)
    watch, digest, outputs = _watch(), hashlib.sha256(), []
    for key, kind, labels, values in _series(rng):
        state = WatchState()
        for m, x in enumerate(values):
            if x is None:
                continue
            if pickle_at is not None and m == pickle_at:
                state = pickle.loads(pickle.dumps(state))
            if pickle_at is not None and m == pickle_at + 1:
                state = copy.deepcopy(state)
            if key == "metric:acme/flapping" and m in (2000, 5000):
                state.raise_sigma = 2.5 if m == 2000 else None  # feedback, then withdrawn
            point = SeriesPoint(key, kind, "acme", T0 + m * MIN, float(x), 1, labels)
            for out in watch.observe(state, point):
                outputs.append(out)
                digest.update(repr(out).encode())
            if m % 500 == 499:
                digest.update(pickle.dumps(state))
        digest.update(pickle.dumps(state))
    return digest.hexdigest(), outputs


def test_the_stream_exercises_the_judge():
    _, outputs = _judge_all()
    warnings = [o for o in outputs if isinstance(o, EarlyWarning)]
    statuses = {w.status for w in warnings}
    assert statuses == {"firing", "resolved"}
    assert any(w.version > 2 for w in warnings)  # re-opened
    assert {w.metric_key for w in warnings} >= {"metric:acme/cpu", 'alerts:acme/{service="api"}',
                                                "pattern:acme/t1", "metric:acme/queue"}
    assert any("lead_time_s" in w.annotations for w in warnings)  # the hard threshold's forecast
    models = [o for o in outputs if isinstance(o, AnomalyModel)]
    assert any(m.baseline["seasonal"] for m in models)  # the season subtracted
    assert any(m.method.endswith("holt_winters_season") for m in models)


def test_every_output_and_pickled_state_is_as_pinned():
    digest, _ = _judge_all()
    assert digest == PINNED


def test_a_state_pickled_or_copied_mid_stream_continues_exactly():
    assert _judge_all(pickle_at=4 * 1440 + 17)[0] == PINNED


def _bits(x: float) -> bytes:
    return struct.pack("=d", x)


def test_a_seasons_extremes_are_pythons_min_and_max_bit_for_bit():
    rng = random.Random(7)
    cases = [[0.0, -0.0], [-0.0, 0.0], [1.0, -0.0, 0.0], [0.0, 2.0, -0.0, -3.0], [math.nan, 1.0, 0.5],
             [1.0, math.nan, 0.5], [0.5, 1.0, math.nan], [-0.0], [5.0], [2.0, 2.0, -1.0, -1.0]]
    for _ in range(300):
        pool = [0.0, -0.0, math.nan, math.inf, -math.inf, 1e-300, -1e-300, 3.5, -3.5]
        size = rng.randrange(1, 300)
        cases.append([rng.choice(pool) if rng.random() < 0.2 else rng.gauss(0, 10) for _ in range(size)])
    for values in cases:
        got = _least_most(array("d", values))
        assert [_bits(x) for x in got] == [_bits(min(values)), _bits(max(values))], values
