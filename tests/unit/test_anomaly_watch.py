"""The per-series anomaly watch: a ramp warns once, ahead; noise and drops do not; state."""

from __future__ import annotations

import pickle
import random
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from signalcraft.config import AnomalySettings
from signalcraft.models import AnomalyModel, EarlyWarning, LogRecord, MetricPoint, make_id
from signalcraft.operators.anomaly import SeriesWatch, WatchState
from signalcraft.operators.series import Late, SeriesPoint
from signalcraft.params import AnomalyParams, WarningParams

T0 = datetime(2025, 3, 11, 8, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


def logs_for_minute(minute: int, errors: int, total: int = 20) -> list[LogRecord]:
    return [
        LogRecord(
            id=f"l{minute}-{i}", workspace_id="acme", project="checkout", environment="production",
            service="payments-api", severity_number=17 if i < errors else 9, is_error=i < errors, body="b",
            timestamp=T0 + minute * MIN + i * timedelta(seconds=2), source="t",
        )
        for i in range(total)
    ]


def run(records, params=None):
    watch, state, out = SeriesWatch(params), None, []
    for r in records:
        state, got = watch.step(state, r)
        out += got
    return state, out


def error_stream(minutes: int, ramp_from: int | None, seed: int = 1) -> list[LogRecord]:
    """A log stream of one service: 0-1 errors of 20 a minute, then a ramp."""
    rng = random.Random(seed)
    records = []
    for m in range(minutes):
        errors = rng.choice([0, 0, 0, 1])
        if ramp_from is not None and m >= ramp_from:
            errors = min(20, 2 + 2 * (m - ramp_from))
        records += logs_for_minute(m, errors)
    return records


def test_an_error_ramp_raises_one_warning_near_its_start_and_noise_raises_none():
    _, quiet = run(error_stream(240, None))
    assert [o for o in quiet if isinstance(o, EarlyWarning)] == []
    _, out = run(error_stream(240, 200))
    warnings = [o for o in out if isinstance(o, EarlyWarning)]
    assert [w.status for w in warnings] == ["firing"]  # still at 100 % errors: out of band, open
    w = warnings[0]
    assert T0 + 200 * MIN <= w.starts_at <= T0 + 203 * MIN
    assert w.labels == {
        "series": "logs:acme/checkout/production/payments-api", "project": "checkout", "environment": "production",
        "service": "payments-api", "alertname": "HighLogErrorRate", "severity": "warning",
    }
    assert w.annotations["summary"].startswith("High Log Error Rate Detected (")
    assert w.id == make_id("warning", "acme", "logs:acme/checkout/production/payments-api", w.starts_at.isoformat())
    assert w.method == "novelty+rolling_zscore" and w.observed > w.expected


def test_a_drop_in_errors_is_not_a_warning():
    records = error_stream(200, None)
    records += [r for m in range(200, 240) for r in logs_for_minute(m, 0, total=40)]  # errors stop, volume doubles
    _, out = run(records)
    assert [o for o in out if isinstance(o, EarlyWarning)] == []


def test_metrics_warn_in_both_directions():
    rng = random.Random(3)
    points = [  # a connection pool that drains after 300 quiet minutes
        MetricPoint(id=f"m{i}", workspace_id="acme", metric_key='pool_free{service="api"}', name="pool_free",
                    value=(50 + rng.gauss(0, 1)) if i < 300 else 48.0 - 3 * (i - 300), timestamp=T0 + i * MIN,
                    source="t")
        for i in range(316)
    ]
    _, out = run(points)
    warnings = [o for o in out if isinstance(o, EarlyWarning)]
    assert warnings and warnings[0].labels["alertname"] == "MetricAnomaly"
    summary = warnings[0].annotations["summary"]
    assert summary.startswith("Unusual pool_free Detected (") and "below normal" in summary


def test_a_warning_resolves_when_the_series_is_back_in_its_band():
    records = error_stream(200, None) + [r for m in range(200, 210) for r in logs_for_minute(m, 2 + 2 * (m - 200))]
    records += [r for m in range(210, 240) for r in logs_for_minute(m, 0)]
    _, out = run(records)
    warnings = [o for o in out if isinstance(o, EarlyWarning)]
    assert [w.status for w in warnings] == ["firing", "resolved"]
    assert T0 + 210 * MIN <= warnings[1].ends_at <= T0 + 214 * MIN and warnings[0].id == warnings[1].id


def test_snapshots_every_interval_and_late_records_come_back():
    records = error_stream(60, None)
    late = logs_for_minute(10, 5)[:1]
    _, out = run([*records, *late])
    models = [o for o in out if isinstance(o, AnomalyModel)]
    assert [m.last_updated for m in models] == [T0 + m * MIN for m in (0, 15, 30, 45)]
    assert {m.id for m in models} == {make_id("model", "acme", "logs:acme/checkout/production/payments-api")}
    assert set(models[-1].baseline) == {"bucket_s", "novelty", "band", "season", "seasonal", "threshold", "late"}
    assert [(o.record.id, type(o)) for o in out if isinstance(o, Late)] == [(late[0].id, Late)]


def test_hard_threshold_gives_a_lead_time():
    key = "logs:acme/checkout/production/payments-api"
    params = AnomalyParams(hard_thresholds={key: 0.9})
    _, out = run(error_stream(240, 200), params)
    w = next(o for o in out if isinstance(o, EarlyWarning))
    assert float(w.annotations["lead_time_s"]) > 0 and "crosses 0.9" in w.annotations["forecast"]


def test_state_pickles_mid_stream_continues_identically_and_stays_small():
    records = error_stream(240, 200)
    watch = SeriesWatch()
    state = None
    for r in records[:3000]:
        state, got = watch.step(state, r)
    copy = pickle.loads(pickle.dumps(state))
    assert len(pickle.dumps(state)) < 10_000  # the daily profile's two-day warm-up buffer is the most of it
    out_a, out_b = [], []
    for r in records[3000:]:
        state, got = watch.step(state, r)
        out_a += got
        copy, got = watch.step(copy, r)
        out_b += got
    assert out_a == out_b and any(isinstance(o, EarlyWarning) for o in out_a)


def test_a_four_day_old_state_pickles_small_and_continues_bit_for_bit():
    """The benchmark's kind of series (``benchmarks/anomaly_watch.py``): one point a minute on
    a daily cycle for four days, the season subtracted since the end of the third."""
    import math

    watch, state, rng = SeriesWatch(), WatchState(), random.Random(3)
    t0 = datetime(2026, 3, 2, tzinfo=UTC)

    def point(m: int) -> SeriesPoint:
        x = 100 + 10 * math.sin(2 * math.pi * m / 1440) + rng.gauss(0, 1) + (25 if m % 997 == 0 else 0)
        return SeriesPoint("metric:bench/m", "metric", "bench", t0 + timedelta(minutes=m), x, 1, {"metric": "m"})

    for m in range(4 * 1440):
        watch.observe(state, point(m))
    blob = pickle.dumps(state)
    assert len(pickle.dumps(state.detector)) <= 3_700  # 4,513 B before zero bins and NaN levels were left out
    assert len(blob) <= 8_000  # 8,699 B before; the float64 numbers alone are ~6,300 B (see the README)
    copy = pickle.loads(blob)
    assert pickle.dumps(copy) == blob
    out_a, out_b = [], []
    for m in range(4 * 1440, 4 * 1440 + 600):
        p = point(m)
        out_a += watch.observe(state, p)
        out_b += watch.observe(copy, p)
    assert out_a == out_b and pickle.dumps(copy) == pickle.dumps(state)


def test_labels_come_from_the_records_not_from_parsing_the_key():
    """A project named like a path ("acme/payments-api", as some tools name it) keeps its name."""
    records = [r.model_copy(update={"project": "acme/payments-api"}) for r in error_stream(240, 200)]
    _, out = run(records)
    w = next(o for o in out if isinstance(o, EarlyWarning))
    labels = (w.labels["project"], w.labels["environment"], w.labels["service"])
    assert labels == ("acme/payments-api", "production", "payments-api")


# --- bucket by bucket (``observe``): level shifts, seasons, spikes -----------------------

def metric_points(values, key="metric:acme/queue_depth"):
    return [SeriesPoint(key, "metric", "acme", T0 + i * MIN, float(x), 1, {"metric": "queue_depth"})
            for i, x in enumerate(values)]


def raised(values, params=None):
    """(minute, warning) of every firing warning, and the final state."""
    watch, state, out = SeriesWatch(params), WatchState(), []
    for i, p in enumerate(metric_points(values)):
        out += [(i, o) for o in watch.observe(state, p) if isinstance(o, EarlyWarning) and o.status == "firing"]
    return out, state


def test_a_jump_to_a_flat_new_level_warns():
    rng = np.random.default_rng(5)
    values = 100 + rng.normal(0, 2, 600)
    values[400:] += 12  # six sigma up, and it stays there
    out, _ = raised(values)
    assert [i for i, _ in out] == [402]  # the third bucket at the new level; one warning
    assert out[0][1].sigma > 3 and out[0][1].starts_at == T0 + 400 * MIN


def test_single_spikes_do_not_warn_and_are_learned_afterwards():
    rng = np.random.default_rng(6)
    values = 100 + rng.normal(0, 2, 600)
    values[[200, 300, 420, 500]] += 20
    out, state = raised(values)
    assert out == [] and state.held == []
    assert state.detector.n_learned == 600  # the held-back spikes were learned once calm


def test_held_buckets_stay_bounded():
    values = [100.0 + (i % 2) for i in range(100)] + [100.0 + 50 * (i % 3 == 0) for i in range(300)]
    _, state = raised(values, AnomalyParams(warning=WarningParams(k=5, n=5)))  # 1 in 3 never makes 5 of 5
    assert len(state.held) <= 5


def seasonal_values(days: int, seed: int = 8) -> np.ndarray:
    t = np.arange(days * 1440)
    rng = np.random.default_rng(seed)
    return 100 + 20 * np.sin(2 * np.pi * (t - 360) / 1440) + rng.normal(0, 2, len(t))


def test_a_daily_cycle_never_warns_and_is_learned_as_a_season():
    out, state = raised(seasonal_values(4))
    assert out == []
    assert state.seasonal and state.season.strong  # subtracted from day four on


def test_a_value_usual_at_noon_warns_at_three_in_the_morning():
    values = seasonal_values(4)
    night = 3 * 1440 + 180  # 03:00 on day four: the cycle is near its trough (about 86)
    values[night:night + 20] = 120 + np.random.default_rng(9).normal(0, 2, 20)  # noon's level
    out, _ = raised(values)
    assert [i for i, _ in out] == [night + 2]
    w = out[0][1]
    assert w.method == "novelty+rolling_zscore+holt_winters_season"
    assert w.expected < 95 and w.observed > 110  # expected is the night's level, season included


def test_a_metric_warning_carries_the_metric_labels_for_routing():
    labels = {"service": "payments-api", "project": "checkout", "environment": "production",
              "severity": "page", "series": "not ours"}  # a metric's own severity/series give way
    key = 'p99{environment="production",project="checkout",service="payments-api"}'
    rng = np.random.default_rng(3)
    values = np.r_[0.2 + rng.normal(0, 0.01, 300), 0.2 + 0.05 * np.arange(1, 31)]
    records = [MetricPoint(id=f"m{i}", workspace_id="acme", metric_key=key, name="p99", labels=labels,
                           value=float(v), timestamp=T0 + i * MIN, source="t") for i, v in enumerate(values)]
    _, out = run(records)
    w = next(o for o in out if isinstance(o, EarlyWarning))
    assert w.labels == {"service": "payments-api", "project": "checkout", "environment": "production",
                        "series": f"metric:acme/{key}", "metric": "p99", "alertname": "MetricAnomaly",
                        "severity": "warning"}
    assert w.annotations["summary"].startswith("Unusual p99 Detected (")


def test_a_metric_that_drops_and_stays_down_is_one_warning_until_it_recovers():
    rng = np.random.default_rng(12)
    values = 100 + rng.normal(0, 2, 520)
    values[400:460] -= 12  # six sigma down for an hour
    watch, state, out = SeriesWatch(), WatchState(), []
    for i, p in enumerate(metric_points(values)):
        out += [(i, o) for o in watch.observe(state, p) if isinstance(o, EarlyWarning)]
    assert [(i, w.status, w.version) for i, w in out] == [(402, "firing", 1), (out[1][0], "resolved", 2)]
    assert 460 <= out[1][0] <= 466 and "below normal" in out[0][1].annotations["summary"]


def test_a_level_shift_on_a_seasonal_series_warns_after_the_season_starts_counting():
    for seed in range(4):
        values = seasonal_values(5, seed=seed)
        start = 3 * 1440 + 600 + 97 * seed  # day four, after the season was found strong
        values[start:start + 60] += 12  # six noise-sigmas up for an hour
        out, state = raised(values)
        assert state.seasonal
        assert [i for i, _ in out] == [start + 2], seed


def test_state_saved_by_another_release_starts_afresh_keeping_its_open_buckets():
    watch = SeriesWatch()
    records = error_stream(60, None)
    state, _ = run(records[:600])
    old = pickle.loads(pickle.dumps(state))
    object.__delattr__(old, "layout")  # as a WatchState pickled before the field existed
    old.detector = object()  # and a model of another layout
    resumed, out = watch.step(old, records[600])
    assert resumed is not old and resumed.series is old.series and resumed.detector.n_learned <= 1  # afresh
    assert not any(isinstance(o, EarlyWarning) for o in out)


def test_a_state_pickled_before_the_feedback_and_density_fields_continues_with_their_defaults():
    watch = SeriesWatch()
    records = error_stream(240, 200)
    state, _ = run(records[:3000])
    older = pickle.loads(pickle.dumps(state))
    for name in ("raise_sigma", "buckets_seen", "buckets_nonzero"):  # as pickled before the fields existed
        object.__delattr__(older, name)
    restored = pickle.loads(pickle.dumps(older))
    assert (restored.raise_sigma, restored.buckets_seen, restored.buckets_nonzero) == (None, 0, 0)
    state.buckets_seen = state.buckets_nonzero = 0
    out_a, out_b = [], []
    for r in records[3000:]:
        state, got = watch.step(state, r)
        out_a += got
        restored, got = watch.step(restored, r)
        out_b += got
    assert out_a == out_b and any(isinstance(o, EarlyWarning) for o in out_a)


def test_any_bucket_width_works_and_a_coarse_one_has_no_season():
    rng = np.random.default_rng(2)
    for minutes, season_step in ((7, 432), (13, 800), (50, 3200), (13 * 60, None)):
        watch, state = SeriesWatch(AnomalyParams(bucket=timedelta(minutes=minutes))), WatchState()
        for i in range(50):
            p = SeriesPoint("metric:acme/q", "metric", "acme", T0 + i * minutes * MIN, float(rng.normal(100, 2)), 1,
                            {"metric": "q"})
            watch.observe(state, p)
        assert (state.season.step.total_seconds() if state.season else None) == season_step, minutes


def test_held_back_spikes_are_not_counted_as_late_by_the_season():
    rng = np.random.default_rng(6)
    values = 100 + rng.normal(0, 2, 600)
    values[[200, 300, 420, 500]] += 20
    _, state = raised(values)
    assert state.season.snapshot()["skipped"] == 0


def test_a_metric_scraped_every_15_minutes_gets_a_season_of_15_minute_slots():
    t = np.arange(0, 5 * 1440, 15)  # five days, one point every 15 minutes
    values = 100 + 20 * np.sin(2 * np.pi * (t - 360) / 1440) + np.random.default_rng(4).normal(0, 2, len(t))
    watch, state = SeriesWatch(), WatchState()
    for minute, x in zip(t, values, strict=True):
        watch.observe(state, SeriesPoint("metric:acme/q", "metric", "acme", T0 + int(minute) * MIN, float(x), 1,
                                         {"metric": "q"}))
    assert state.season.step == 15 * MIN and state.season.ready and state.seasonal


# --- the band: a window and a warm-up in time, whatever the bucket ------------------------


def test_the_band_looks_back_an_hour_at_any_bucket_width():
    rng = np.random.default_rng(7)
    for minutes, window, warmup in ((1, 60, 30), (5, 12, 6), (15, 4, 2), (45, 2, 2)):
        watch, state = SeriesWatch(AnomalyParams(bucket=timedelta(minutes=minutes))), WatchState()
        for i in range(100):
            watch.observe(state, SeriesPoint("metric:acme/q", "metric", "acme", T0 + i * minutes * MIN,
                                             float(rng.normal(100, 2)), 1, {"metric": "q"}))
        assert (state.baseline.window, state.baseline.warmup) == (window, warmup), minutes
        assert state.baseline.snapshot()["points_in_window"] == window


def test_the_band_durations_are_settings():
    params = AnomalySettings(bucket=timedelta(minutes=5), band_window=timedelta(hours=2),
                             band_warmup=timedelta(minutes=20)).params()
    assert (params.band_window, params.band_warmup, params.band_buckets) == (2 * 60 * MIN, 20 * MIN, (24, 4))
    state = WatchState()
    SeriesWatch(params).observe(state, metric_points([1.0])[0])
    assert (state.baseline.window, state.baseline.warmup) == (24, 4)


def test_the_band_durations_are_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_ANOMALY_BUCKET", "PT5M")
    monkeypatch.setenv("SIGNALCRAFT_ANOMALY_BAND_WINDOW", "PT3H")
    monkeypatch.setenv("SIGNALCRAFT_ANOMALY_BAND_WARMUP", "00:45:00")
    assert AnomalySettings().params().band_buckets == (36, 9)


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"band_warmup": timedelta(hours=2)},
     "band_window 1:00:00, band_warmup 2:00:00; expected 0 < band_warmup <= band_window"),
    ({"band_warmup": timedelta(0)}, "band_window 1:00:00, band_warmup 0:00:00; expected 0 < band_warmup"),
    ({"bucket": timedelta(0)}, "bucket 0:00:00 is not positive"),
])
def test_band_durations_that_make_no_band_are_refused(kwargs, message):
    with pytest.raises(ValueError, match=f"anomaly params: {message}"):
        AnomalyParams(**kwargs)


def test_a_warning_needs_the_band_warmed_up():
    """A jump at minute 34 warns two buckets later with the default band warm-up (30 min);
    with 45 minutes it comes while the band still warms up, and is learned instead."""
    values = np.r_[100 + np.random.default_rng(1).normal(0, 2, 34), np.full(30, 130.0)]
    early, _ = raised(values)
    late, _ = raised(values, AnomalyParams(band_warmup=timedelta(minutes=45)))
    assert [i for i, _ in early] == [36] and [i for i, _ in late] == []


def test_a_series_recovered_with_another_band_starts_the_new_band_afresh():
    values = 100 + np.random.default_rng(3).normal(0, 2, 100)
    points = metric_points(values)
    state = WatchState()
    watch = SeriesWatch()
    for p in points[:90]:
        watch.observe(state, p)
    recovered = pickle.loads(pickle.dumps(state))
    SeriesWatch(AnomalyParams(band_window=timedelta(hours=2))).observe(recovered, points[90])
    assert (recovered.baseline.window, recovered.baseline.n_learned) == (120, 1)
    assert recovered.detector.n_learned == 91  # the rest is kept
    watch.observe(state, points[90])
    assert (state.baseline.window, state.baseline.n_learned) == (60, 91)


def test_a_sparse_alert_count_never_gets_a_season_nor_warns_on_quiet_minutes():
    """One alert every four days and seven hours: Holt-Winters makes a 'daily shape' of the
    spikes, but a count that is zero in 99.9 % of its minutes has no season to subtract."""
    from datetime import UTC, datetime, timedelta

    from signalcraft.models import AlertEvent, EarlyWarning
    from signalcraft.operators.anomaly import SeriesWatch

    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    watch, state, out = SeriesWatch(), None, []
    for i in range(10):
        alert = AlertEvent(id=f"a{i}", workspace_id="w", project="p", environment="e", service="s", name="X",
                           severity="warning", status="firing", fingerprint=f"f{i}",
                           starts_at=t0 + i * timedelta(days=4, hours=7), source="t")
        state, emitted = watch.step(state, alert)
        out += emitted
    assert [w for w in out if isinstance(w, EarlyWarning)] == []
    assert state.seasonal is False and state.buckets_nonzero == 9


def test_the_metric_fast_paths_key_a_point_as_series_key_does():
    """The watch and the series folder key a metric point without calling series_key; both keys must
    stay series_key's (a point keyed otherwise would start a fresh series)."""
    from signalcraft.operators.anomaly import _series_of
    from signalcraft.operators.series import SeriesFolder, series_key

    point = MetricPoint(id="m", workspace_id="acme", metric_key='cpu{job="api"}', name="cpu", value=0.5,
                        timestamp=datetime(2024, 1, 1, tzinfo=UTC), source="t")
    assert _series_of(point) == series_key(point)[1]
    folder = SeriesFolder(timedelta(minutes=1), timedelta(minutes=2), 60)
    state, _ = folder.step(None, point)
    assert state.key == series_key(point)[1] and state.kind == series_key(point)[0]
