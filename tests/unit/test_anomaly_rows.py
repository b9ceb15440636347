"""The anomaly watch reads an alert event's row (``sources/alert_rows.py``) as it reads its record:
over a seeded stream of alerts (a burst on one service, resolved alerts that feed no series, late
ones), with log records and metric points among them, the watch emits the same warnings, baseline
snapshots and late records from rows as from records, in the same order, and the state it keeps
pickles to the same bytes; rows that crossed to another process (pickled) do as well."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from signalcraft.models import AlertEvent, EarlyWarning, LogRecord, MetricPoint
from signalcraft.operators.anomaly import SeriesWatch
from signalcraft.operators.series import Late, SeriesFolder, series_key, series_labels
from signalcraft.sources.alert_rows import AlertRow, row_of

T0 = datetime(2026, 3, 2, tzinfo=UTC)
SERVICES = ("payments-api", "checkout", "search")


def _alert(i: int, minute: float, service: str, status: str, workspace: str) -> AlertEvent:
    return AlertEvent(
        id=f"a{i}", workspace_id=workspace, project="shop", environment="production", service=service,
        name="HighLatency" if i % 2 else "ErrorRate", severity="critical", status=status,
        labels={"alertname": "HighLatency", "team": f"t{i % 3}"}, annotations={"summary": f"alert {i}"},
        fingerprint=f"f{i % 17}", starts_at=T0 + timedelta(minutes=minute),
        ends_at=T0 + timedelta(minutes=minute + 5) if status == "resolved" else None, source="alertmanager",
    )


def stream(seed: int = 7, minutes: int = 240) -> list[AlertEvent | LogRecord | MetricPoint]:
    """Alerts of three services in two workspaces (Poisson 0.4 a minute; ``payments-api`` bursts to
    8 a minute for 25 minutes near the end), a fifth resolved, one in 40 ten minutes late; a log
    record and a metric point every few minutes."""
    rng = np.random.default_rng(seed)
    out: list = []
    i = 0
    for minute in range(minutes):
        for workspace in ("acme", "globex"):
            for service in SERVICES:
                burst = workspace == "acme" and service == SERVICES[0] and minutes - 40 <= minute < minutes - 15
                for _ in range(rng.poisson(8.0 if burst else 0.4)):
                    at = minute + rng.uniform(0, 1) - (10 if i % 40 == 39 else 0)
                    out.append(_alert(i, at, service, "resolved" if rng.uniform() < 0.2 else "firing", workspace))
                    i += 1
        if minute % 3 == 0:
            t = T0 + timedelta(minutes=minute, seconds=30)
            out.append(LogRecord(id=f"l{minute}", workspace_id="acme", project="shop", environment="production",
                                 service="checkout", severity_number=17, is_error=minute % 2 == 0, body="b",
                                 timestamp=t, source="otlp"))
            out.append(MetricPoint(id=f"m{minute}", workspace_id="acme", metric_key='q{job="x"}', name="q",
                                   labels={"job": "x"}, value=float(rng.normal(10, 1)), timestamp=t, source="prom"))
    return out


def as_rows(records: list) -> list:
    return [row_of(r) if isinstance(r, AlertEvent) else r for r in records]


def fold(watch: SeriesWatch, records: list, size: int) -> tuple[list, dict[str, bytes]]:
    """What the watch emits over ``records`` in batches of ``size`` (one call per series per batch, as the
    flow makes them), and every series' state pickled."""
    states: dict = {}
    out: list = []
    for start in range(0, len(records), size):
        for key, items in watch.by_series(records[start:start + size]):
            states[key], got = watch.step_many(states.get(key), items)
            out += got
    return out, {key: pickle.dumps(state, pickle.HIGHEST_PROTOCOL) for key, state in states.items()}


def _dumps(items: list) -> list[tuple]:
    return [(type(x).__name__, x.record.model_dump_json(), x.key, x.reason) if isinstance(x, Late)
            else (type(x).__name__, x.model_dump_json()) for x in items]


@pytest.fixture(scope="module")
def records():
    return stream()


@pytest.mark.parametrize("size", [1, 37, 500])
def test_the_watch_emits_from_rows_what_it_emits_from_records_and_keeps_the_same_state(records, size):
    rows = as_rows(records)
    assert sum(type(r) is AlertRow for r in rows) > 500 and not any(isinstance(r, AlertEvent) for r in rows)
    want, want_states = fold(SeriesWatch(), records, size)
    got, got_states = fold(SeriesWatch(), rows, size)
    kinds = [type(x).__name__ for x in want]
    assert kinds.count("EarlyWarning") >= 1 and kinds.count("AnomalyModel") > 10 and kinds.count("Late") > 5
    assert any(x.labels["alertname"] == "HighErrorVelocity" for x in want if isinstance(x, EarlyWarning))
    assert _dumps(got) == _dumps(want)
    assert len(want_states) == 2 * len(SERVICES) + 2 and got_states == want_states


def test_a_late_row_comes_back_as_its_record(records):
    watch = SeriesWatch()
    late = [x for x in fold(watch, as_rows(records), 37)[0] if isinstance(x, Late)]
    assert late and all(type(x.record) is AlertEvent for x in late if x.key.startswith("alerts:"))


def test_rows_that_crossed_to_another_process_are_watched_as_they_were(records):
    """Rows travel pickled to the process that holds their series (a Bytewax cluster)."""
    rows = as_rows(records)
    crossed = pickle.loads(pickle.dumps(rows, pickle.HIGHEST_PROTOCOL))
    assert crossed == rows and list(map(type, crossed)) == list(map(type, rows))
    want, want_states = fold(SeriesWatch(), records, 37)
    got, got_states = fold(SeriesWatch(), crossed, 37)
    assert _dumps(got) == _dumps(want) and got_states == want_states


def test_a_row_has_its_records_series_key_labels_and_bucket(records):
    alerts = [r for r in records if isinstance(r, AlertEvent)]
    firing = next(a for a in alerts if a.status == "firing")
    resolved = next(a for a in alerts if a.status == "resolved")
    key = f"alerts:{firing.workspace_id}/shop/production/{firing.service}"
    assert series_key(row_of(firing)) == series_key(firing) == ("alerts", key)
    assert series_key(row_of(resolved)) is None and SeriesWatch.by_series([row_of(resolved)]) == []
    assert series_labels(row_of(firing)) == series_labels(firing)
    folder = SeriesFolder()
    state, _ = folder.step(None, row_of(firing))
    twin, _ = folder.step(None, firing)
    assert pickle.dumps(state) == pickle.dumps(twin)
    with pytest.raises(ValueError, match="feeds no series"):
        folder.step(None, row_of(resolved))
