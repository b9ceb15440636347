"""The service state: metrics as exposed (parsed back with prometheus_client's parser), lag
arithmetic, readiness over an injected clock, and the endpoints over real HTTP."""

from __future__ import annotations

import logging
import socket
import urllib.error
import urllib.request

import pytest
from prometheus_client import CollectorRegistry
from prometheus_client.parser import text_string_to_metric_families

from signalcraft.health import HEALTH, ServiceHealth, serve

ALLOWED_LABELS = {"topic", "partition", "kind", "table", "step", "name", "le"}


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def samples(health: ServiceHealth) -> dict[tuple[str, tuple[tuple[str, str], ...]], float]:
    """(sample name, sorted labels) -> value, from the text exposition parsed back."""
    text = health.exposition().decode()
    return {
        (s.name, tuple(sorted(s.labels.items()))): s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
    }


def value(health: ServiceHealth, name: str, **labels: str) -> float | None:
    return samples(health).get((name, tuple(sorted(labels.items()))))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def health(clock: Clock) -> ServiceHealth:
    return ServiceHealth(clock=clock, progress_within_s=60)


def test_each_instance_has_its_own_registry():
    a, b = ServiceHealth(), ServiceHealth(registry=CollectorRegistry())
    a.records_in("t", "AlertEvent", 5)
    assert value(a, "signalcraft_records_total", topic="t", kind="AlertEvent") == 5
    assert value(b, "signalcraft_records_total", topic="t", kind="AlertEvent") is None
    assert HEALTH.registry is not a.registry


def test_the_exposition_parses_and_carries_what_was_fed(health: ServiceHealth, clock: Clock):
    health.consumed("signalcraft.alerts", 0, n=7, position=107)
    health.consumed("signalcraft.alerts", 0, n=3, position=110)
    health.consumed("signalcraft.alerts", 1, n=2, position=2)
    health.records_in("signalcraft.alerts", "AlertEvent", 12)
    health.records_in("signalcraft.changes", "ChangeEvent", 4)
    health.records_out("alert_events", 12)
    health.records_out("alert_events", 1)
    health.dead_letters("json")
    health.dead_letters("route", 3)
    health.emitted("correlations", 2)
    health.emitted("warnings")
    health.broker_reachable(True)
    health.store_write(0.003, rows=100)
    health.store_write(0.2, rows=50)
    health.read_copy_wait(0.04)
    health.state_size("join_keys", 4)
    health.state_size("join_keys", 3)
    health.epoch_committed()
    clock.t += 12.5

    got = samples(health)
    expected = {
        ("signalcraft_messages_consumed_total", (("partition", "0"), ("topic", "signalcraft.alerts"))): 10,
        ("signalcraft_messages_consumed_total", (("partition", "1"), ("topic", "signalcraft.alerts"))): 2,
        ("signalcraft_records_total", (("kind", "AlertEvent"), ("topic", "signalcraft.alerts"))): 12,
        ("signalcraft_records_total", (("kind", "ChangeEvent"), ("topic", "signalcraft.changes"))): 4,
        ("signalcraft_rows_stored_total", (("table", "alert_events"),)): 13,
        ("signalcraft_dead_letters_total", (("step", "json"),)): 1,
        ("signalcraft_dead_letters_total", (("step", "route"),)): 3,
        ("signalcraft_emitted_total", (("kind", "correlations"),)): 2,
        ("signalcraft_emitted_total", (("kind", "warnings"),)): 1,
        ("signalcraft_broker_reachable", ()): 1,
        ("signalcraft_epochs_committed_total", ()): 1,
        ("signalcraft_last_epoch_commit_age_seconds", ()): 12.5,
        ("signalcraft_last_progress_age_seconds", ()): 12.5,
        ("signalcraft_store_write_seconds_count", ()): 2,
        ("signalcraft_store_write_seconds_sum", ()): pytest.approx(0.203),
        ("signalcraft_store_write_seconds_bucket", (("le", "0.005"),)): 1,
        ("signalcraft_store_write_seconds_bucket", (("le", "0.25"),)): 2,
        ("signalcraft_store_write_seconds_bucket", (("le", "+Inf"),)): 2,
        ("signalcraft_store_rows_written_total", ()): 150,
        ("signalcraft_read_copy_wait_seconds_count", ()): 1,
        ("signalcraft_read_copy_wait_seconds_bucket", (("le", "0.05"),)): 1,
        ("signalcraft_state_size", (("name", "join_keys"),)): 3,
        ("signalcraft_ready", ()): 1,
    }
    assert {k: got.get(k) for k in expected} == expected


def test_labels_stay_within_the_bounded_set(health: ServiceHealth):
    health.consumed("t", 3, 1, 1)
    health.lag("t", 3, 5, 1)
    health.records_in("t", "LogRecord", 1)
    health.records_out("log_records", 1)
    health.dead_letters("adapt")
    health.emitted("alert_groups")
    health.state_size("watched_series", 1)
    health.store_write(0.1, 1)
    text = health.exposition().decode()
    ours = [f for f in text_string_to_metric_families(text) if f.name.startswith("signalcraft_")]
    assert len(ours) >= 14
    assert {label for f in ours for s in f.samples for label in s.labels} <= ALLOWED_LABELS


def test_lag_is_end_offset_minus_position_never_negative(health: ServiceHealth):
    health.lag("a", 0, end_offset=500, position=100)
    health.lag("a", 1, end_offset=10, position=10)
    health.lag("b", 0, end_offset=5, position=9)  # position past a stale end: 0, not -4
    assert value(health, "signalcraft_consumer_lag_messages", topic="a", partition="0") == 400
    assert value(health, "signalcraft_consumer_lag_messages", topic="a", partition="1") == 0
    assert value(health, "signalcraft_consumer_lag_messages", topic="b", partition="0") == 0
    assert health.total_lag() == 400
    # reading moves the gauge from the last end offset reported, before the next lag() call
    health.consumed("a", 0, n=150, position=250)
    assert value(health, "signalcraft_consumer_lag_messages", topic="a", partition="0") == 250
    health.lag("a", 0, end_offset=600, position=250)
    assert value(health, "signalcraft_consumer_lag_messages", topic="a", partition="0") == 350
    assert health.total_lag() == 350
    health.consumed("a", 0, n=350, position=600)
    assert health.total_lag() == 0


def test_readiness_needs_the_broker(health: ServiceHealth, clock: Clock):
    assert health.live() is True
    assert health.ready() == (False, "the broker has not been reached yet")
    health.broker_reachable(True)
    assert health.ready() == (True, "ready")
    health.broker_reachable(False)
    clock.t += 42
    assert health.ready() == (False, "the broker is unreachable (for 42s)")
    assert value(health, "signalcraft_broker_reachable") == 0
    assert value(health, "signalcraft_ready") == 0
    health.broker_reachable(False)  # said again: the outage still counts from its start
    clock.t += 1
    assert health.ready() == (False, "the broker is unreachable (for 43s)")
    health.broker_reachable(True)
    assert health.ready() == (True, "ready")


def test_reading_proves_the_broker_reachable_unless_reported_down(health: ServiceHealth):
    health.consumed("a", 0, n=1, position=1)
    assert health.ready()[0]
    health.broker_reachable(False)
    health.consumed("a", 0, n=1, position=2)  # prefetched messages do not override the report
    assert not health.ready()[0]


def test_readiness_needs_progress_while_messages_wait(health: ServiceHealth, clock: Clock):
    health.broker_reachable(True)
    health.lag("a", 0, end_offset=100, position=0)
    clock.t += 60
    assert health.ready() == (True, "ready")  # exactly the limit: still ready
    clock.t += 15
    assert health.ready() == (False, "no messages read for 75s while 100 wait (limit 60s)")
    assert value(health, "signalcraft_last_progress_age_seconds") == 75
    health.consumed("a", 0, n=10, position=10)  # progress
    assert health.ready() == (True, "ready")
    assert value(health, "signalcraft_last_progress_age_seconds") == 0
    clock.t += 61
    assert health.ready()[0] is False
    health.consumed("a", 0, n=0, position=10)  # an empty poll is not progress
    assert health.ready()[0] is False
    health.lag("a", 0, end_offset=10, position=10)  # caught up: nothing waits, idle is fine
    clock.t += 3600
    assert health.ready() == (True, "ready")
    # after a long idle, new messages get the full grace before counting as a stall
    health.lag("a", 0, end_offset=11, position=10)
    assert health.ready() == (True, "ready")
    clock.t += 61
    assert health.ready()[0] is False


def test_commit_age_resets_at_each_epoch(health: ServiceHealth, clock: Clock):
    clock.t += 30
    assert value(health, "signalcraft_last_epoch_commit_age_seconds") == 30  # since start-up
    health.epoch_committed()
    assert value(health, "signalcraft_last_epoch_commit_age_seconds") == 0
    clock.t += 5
    assert value(health, "signalcraft_last_epoch_commit_age_seconds") == 5
    assert value(health, "signalcraft_epochs_committed_total") == 1


# -- over HTTP ------------------------------------------------------------------------------


def get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.headers["Content-Type"], r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers["Content-Type"], e.read().decode()


def test_the_endpoints_over_http(health: ServiceHealth, clock: Clock, caplog):
    health.records_in("signalcraft.alerts", "AlertEvent", 3)
    health.lag("signalcraft.alerts", 2, end_offset=40, position=10)
    caplog.set_level(logging.INFO, logger="signalcraft.health")
    with serve(health, 0, host="127.0.0.1") as server:
        assert server.port > 0 and server.url == f"http://127.0.0.1:{server.port}"
        status, ctype, body = get(server.url + "/metrics")
        assert status == 200 and ctype.startswith("text/plain") and "version=" in ctype
        families = {f.name: f for f in text_string_to_metric_families(body)}
        [records] = families["signalcraft_records"].samples
        assert (records.labels, records.value) == ({"topic": "signalcraft.alerts", "kind": "AlertEvent"}, 3)
        [lag] = families["signalcraft_consumer_lag_messages"].samples
        assert (lag.labels, lag.value) == ({"topic": "signalcraft.alerts", "partition": "2"}, 30)
        assert "process_cpu_seconds" in families

        assert get(server.url + "/healthz")[::2] == (200, "ok\n")
        assert get(server.url + "/readyz")[::2] == (503, "the broker has not been reached yet\n")
        health.broker_reachable(False)
        clock.t += 9
        assert get(server.url + "/readyz")[::2] == (503, "the broker is unreachable (for 9s)\n")
        health.broker_reachable(True)
        assert get(server.url + "/readyz")[::2] == (200, "ready\n")
        clock.t += 61  # 30 messages have waited since the lag was first reported, 70 s ago
        assert get(server.url + "/readyz")[::2] == (503, "no messages read for 70s while 30 wait (limit 60s)\n")
        health.consumed("signalcraft.alerts", 2, n=30, position=40)
        assert get(server.url + "/readyz")[::2] == (200, "ready\n")

        assert get(server.url + "/nope")[0] == 404
        assert get(server.url + "/metrics?name[]=x")[0] == 200
        url, port = server.url, server.port
    # no request line at INFO: only the one "serving" line
    assert [r.getMessage() for r in caplog.records] == [f"serving /metrics, /healthz and /readyz on 127.0.0.1:{port}"]
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url + "/healthz", timeout=2)


def test_a_taken_port_is_a_clear_error(health: ServiceHealth):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        with pytest.raises(OSError, match=f"health endpoints: cannot listen on 127.0.0.1:{port}"):
            serve(health, port, host="127.0.0.1")
