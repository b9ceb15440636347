"""Event-time series: buckets, zero fill, gaps, lateness, late records, ordering."""

from __future__ import annotations

import pickle
import random
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AlertEvent, LogRecord, MetricPoint
from signalcraft.operators.series import Late, SeriesFolder, SeriesPoint, series_key

T0 = datetime(2025, 3, 11, 14, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


def alert(i: int, minutes: float, status: str = "firing", service: str = "api") -> AlertEvent:
    return AlertEvent(
        id=f"a{i}", workspace_id="acme", project="shop", environment="prod", service=service, name="HighErrorRate",
        severity="critical", status=status, fingerprint=f"f{i}", starts_at=T0 + minutes * MIN,
        ends_at=T0 + (minutes + 1) * MIN if status == "resolved" else None, source="t",
    )


def log(i: int, minutes: float, error: bool) -> LogRecord:
    return LogRecord(
        id=f"l{i}", workspace_id="acme", project="shop", environment="prod", service="api",
        severity_number=17 if error else 9, is_error=error, body="x", timestamp=T0 + minutes * MIN, source="t",
    )


def metric(i: int, minutes: float, value: float) -> MetricPoint:
    return MetricPoint(
        id=f"m{i}", workspace_id="acme", metric_key='latency{job="api"}', name="latency", value=value,
        timestamp=T0 + minutes * MIN, source="t",
    )


def fold(records, folder=None):
    folder = folder or SeriesFolder(bucket=MIN, allowed_lateness=MIN)
    state, points, late = None, [], []
    for r in records:
        state, out = folder.step(state, r)
        points += [p for p in out if isinstance(p, SeriesPoint)]
        late += [p for p in out if isinstance(p, Late)]
    return state, points, late


def minute(p: SeriesPoint) -> int:
    return int((p.start - T0) / MIN)


def test_alert_volume_counts_per_bucket_and_fills_zeros():
    _, points, late = fold([alert(0, 0.2), alert(1, 0.7), alert(2, 0.9), alert(3, 4.5), alert(4, 7.0)])
    assert [(minute(p), p.value, p.samples) for p in points] == [
        (0, 3.0, 3), (1, 0.0, 0), (2, 0.0, 0), (3, 0.0, 0), (4, 1.0, 1), (5, 0.0, 0),
    ]
    assert late == [] and {p.key for p in points} == {"alerts:acme/shop/prod/api"}


def test_a_services_alert_volume_and_log_error_rate_are_two_series():
    assert series_key(alert(0, 0))[1] != series_key(log(0, 0, True))[1]
    with pytest.raises(ValueError, match="has key"):
        SeriesFolder().step(SeriesFolder().step(None, alert(0, 0))[0], log(0, 0, True))


def test_resolved_alerts_feed_no_series():
    assert series_key(alert(0, 0, status="resolved")) is None
    with pytest.raises(ValueError, match="feeds no series"):
        SeriesFolder().step(None, alert(0, 0, status="resolved"))


def test_log_error_rate_and_empty_buckets_skipped():
    records = [
        log(0, 0.1, True), log(1, 0.2, False), log(2, 0.3, False), log(3, 0.4, False), log(4, 3.5, True),
        log(5, 6, False),
    ]
    _, points, _ = fold(records)
    assert [(minute(p), p.value, p.samples) for p in points] == [(0, 0.25, 4), (3, 1.0, 1)]


def test_metric_mean_per_bucket_gaps_stay_gaps_and_non_finite_samples_are_skipped():
    records = [
        metric(0, 0.0, 1.0), metric(1, 0.5, 3.0), metric(2, 0.7, float("nan")), metric(3, 2.0, 5.0), metric(4, 4.0, 1.0)
    ]
    _, points, _ = fold(records)
    assert [(minute(p), p.value, p.samples) for p in points] == [(0, 2.0, 2), (2, 5.0, 1)]


def test_out_of_order_within_lateness_is_the_same_as_in_order():
    records = [alert(i, m) for i, m in enumerate([0.1, 0.9, 1.5, 2.2, 2.9, 3.1, 4.8, 5.5, 6.1, 9.0])]
    _, expected, _ = fold(records)
    rng = random.Random(7)
    for _ in range(20):
        shuffled = sorted(records, key=lambda r: r.starts_at.timestamp() + rng.uniform(0, 55))  # < 1 min of disorder
        _, got, late = fold(shuffled)
        assert got == expected and late == []


def test_a_record_after_its_bucket_closed_is_returned_late_with_the_reason():
    state, points, late = fold([alert(0, 0.5), alert(1, 3.5), alert(2, 0.9)])
    assert [minute(p) for p in points] == [0, 1]
    assert [(x.record.id, x.key) for x in late] == [("a2", "alerts:acme/shop/prod/api")]
    assert "closed before 2025-03-11T14:02:00+00:00" in late[0].reason and state.late == 1
    assert points[0].value == 1.0  # the late one did not change what was emitted


def test_a_long_silence_fills_at_most_max_fill_zeros():
    folder = SeriesFolder(bucket=MIN, allowed_lateness=MIN, max_fill=10)
    _, points, _ = fold([alert(0, 0), alert(1, 600)], folder)
    assert [minute(p) for p in points] == [0, *range(589, 599)]


def test_other_key_rejected_and_state_pickles():
    folder = SeriesFolder()
    state, _ = folder.step(None, alert(0, 0))
    with pytest.raises(ValueError, match="has key"):
        folder.step(state, alert(1, 0, service="db"))
    restored = pickle.loads(pickle.dumps(state))
    assert restored == state and len(pickle.dumps(restored)) < 400


def test_a_state_saved_with_list_buckets_continues_the_same():
    """Older releases kept a bucket's (sum, count, errors) as a list: such a state folds on as
    one with tuples does, for counts, error rates and metric means."""
    rng = random.Random(3)
    streams = [
        [alert(i, m) for i, m in enumerate(sorted(rng.uniform(0, 12) for _ in range(40)))],
        [log(i, m, rng.random() < 0.3) for i, m in enumerate(sorted(rng.uniform(0, 12) for _ in range(40)))],
        [metric(i, m, rng.gauss(5, 1)) for i, m in enumerate(sorted(rng.uniform(0, 12) for _ in range(40)))],
    ]
    for records in streams:
        folder = SeriesFolder(bucket=MIN, allowed_lateness=MIN)
        state, before, _ = fold(records[:25], folder)
        assert state.open and all(type(cell) is tuple for cell in state.open.values())
        old = pickle.loads(pickle.dumps(state))
        old.open = {index: list(cell) for index, cell in old.open.items()}
        saved = pickle.loads(pickle.dumps(old))
        new_out, old_out = [], []
        for r in records[25:]:
            state, out = folder.step(state, r)
            new_out += out
            saved, out = folder.step(saved, r)
            old_out += out
        assert new_out == old_out and len(new_out) >= 3 and before


def test_bad_settings():
    with pytest.raises(ValueError, match="bucket"):
        SeriesFolder(bucket=timedelta(0))
    with pytest.raises(ValueError, match="allowed_lateness"):
        SeriesFolder(allowed_lateness=-MIN)
