"""Real senders through ``signalcraft gateway`` into the store: Debian's Alertmanager with the gateway as
its webhook receiver (bearer authorization), through a 30 s outage of a broker whose data survives it,
and Debian's Prometheus scraping a local target with ``remote_write`` to the gateway. Both binaries
are required: a missing one is a failure (``make test`` installs them as root), never a skip."""

from __future__ import annotations

import shutil
import subprocess
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from bytewax.testing import run_main
from prometheus_client import CollectorRegistry, Gauge, start_http_server

import tests.integration.alertmanager as alertmanager
from signalcraft.broker import create_topics, end_process, free_port
from signalcraft.config import AnomalySettings, BrokerSettings, CopilotSettings, Settings, StoreSettings
from signalcraft.params import Identity
from signalcraft.runtime import kafka_flow
from signalcraft.sources.decode import parse_payload
from tests.integration.alertmanager import Alertmanager, rfc3339
from tests.integration.conftest import consume_all, unique_topics
from tests.integration.test_gateway import GatewayProcess, headers_of

OUTAGE_S = 30


def binary(name: str, package: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is missing: install Debian's {package!r} package (make test does as root)")
    return found


def flow_settings(bootstrap: str, topics, db: Path, **updates) -> Settings:
    return Settings(broker=BrokerSettings(bootstrap_servers=bootstrap, fetch_wait_max_ms=500), topics=topics,
                    store=StoreSettings(db_path=db, read_copy=False), copilot=CopilotSettings(memory=False),
                    **updates)


def receiver_config(gateway_url: str) -> str:
    return f"""\
route:
  receiver: signalcraft
  group_by: [alertname]
  group_wait: 1s
  group_interval: 1s
  repeat_interval: 1h
receivers:
  - name: signalcraft
    webhook_configs:
      - url: {gateway_url}/hooks/alertmanager
        send_resolved: true
        http_config:
          authorization:
            type: Bearer
            credentials: tok-acme
"""


def alert(name: str, starts: datetime, ends: datetime | None = None) -> dict:
    body = {"labels": {"alertname": name, "service": "payments-api", "project": "checkout", "env": "production",
                       "severity": "critical", "workspace": "globex"},  # the token's workspace wins over this label
            "annotations": {"summary": f"{name} on payments-api"}, "startsAt": rfc3339(starts)}
    if ends is not None:
        body["endsAt"] = rfc3339(ends)
    return body


def delivered(bootstrap: str, topic: str) -> Counter:
    """(alertname, status) of every alert in every notification now in ``topic``."""
    seen: Counter = Counter()
    for m in consume_all(bootstrap, topic):
        for record in parse_payload(m.value(), "alerts", headers_of(m), Identity())[1]:
            seen[(record.name, record.status)] += 1
    return seen


def wait_for(what: str, check, timeout_s: float, alive=lambda: None) -> None:
    """Until ``check()``; ``alive()`` asserts, between tries, that what should be running is."""
    deadline = time.monotonic() + timeout_s
    while not check():
        alive()
        assert time.monotonic() < deadline, f"{what}: not within {timeout_s:g} s"
        time.sleep(0.5)


def test_alertmanager_through_the_gateway_and_a_30_s_outage_loses_and_doubles_nothing(
        persistent_broker, tmp_path, monkeypatch):
    binary("prometheus-alertmanager", "prometheus-alertmanager")
    bootstrap = persistent_broker.bootstrap_servers
    topics = unique_topics()
    create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
    env = {"SIGNALCRAFT_GATEWAY_ACK_TIMEOUT_S": "5", "SIGNALCRAFT_GATEWAY_PROBE_EVERY_S": "0.5"}
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=5)
    first = [f"PaymentsErrors{i}" for i in range(10)]
    second = [f"PaymentsLatency{i}" for i in range(10)]
    with GatewayProcess(bootstrap, topics, tmp_path / "gateway.log", env=env) as gw:
        monkeypatch.setattr(alertmanager, "CONFIG", receiver_config(gw.url))
        with Alertmanager(tmp_path / "alertmanager") as am:
            am.request("POST", "/api/v2/alerts", [alert(n, t0) for n in first])
            wait_for("the first alerts in Kafka", lambda: gw.metric("signalcraft_gateway_messages_total") >= 10, 60)

            persistent_broker.stop(kill=True)
            now = datetime.now(UTC)
            am.request("POST", "/api/v2/alerts", [alert(n, t0 + timedelta(minutes=1)) for n in second]
                       + [alert(n, t0, ends=now) for n in first[:5]])
            time.sleep(OUTAGE_S)
            refused = gw.metric("signalcraft_gateway_requests_total", code="503")
            persistent_broker.start()
            expected = {(n, "firing") for n in first + second} | {(n, "resolved") for n in first[:5]}
            try:
                wait_for("every alert after the outage",
                         lambda: set(delivered(bootstrap, topics.alerts)) >= expected, 90)
            except AssertionError as e:  # say what was missing and what the gateway had acknowledged
                missing = sorted(expected - set(delivered(bootstrap, topics.alerts)))
                raise AssertionError(f"{e}; missing {missing}; the gateway acknowledged "
                                     f"{gw.metric('signalcraft_gateway_messages_total'):g} messages, answered "
                                     f"{gw.metric('signalcraft_gateway_requests_total', code='200'):g} requests 200 "
                                     f"and {gw.metric('signalcraft_gateway_requests_total', code='503'):g} 503") from e
        acked = gw.metric("signalcraft_gateway_messages_total")
        log = gw.log()
    assert refused >= 15, "Alertmanager tried during the outage and got 503, for every group at least once"
    assert acked >= 25 and "Kafka unreachable since" in log and "Kafka reachable again after" in log

    db = tmp_path / "store.duckdb"
    run_main(kafka_flow(flow_settings(bootstrap, topics, db), stop_at_end=True))
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT name, status, workspace_id, source FROM alert_events").fetchall()
        dead = con.execute("SELECT count(*) FROM dlq").fetchone()[0]
    assert sorted((n, s) for n, s, _, _ in rows) == sorted(expected)  # each alert and status once: nothing twice
    assert {(w, src) for _, _, w, src in rows} == {("acme", "alertmanager")} and dead == 0


PROMETHEUS_CONFIG = """\
global:
  scrape_interval: 1s
  evaluation_interval: 1s
scrape_configs:
  - job_name: checkout
    static_configs:
      - targets: ["127.0.0.1:{target}"]
remote_write:
  - url: {gateway}/api/v1/write
    authorization:
      type: Bearer
      credentials: tok-globex
    queue_config:
      batch_send_deadline: 1s
      min_backoff: 100ms
      max_backoff: 1s
    metadata_config:
      send: false
"""


def test_prometheus_remote_write_lands_as_metric_points_and_feeds_the_anomaly_watch(settings, tmp_path):
    prometheus = binary("prometheus", "prometheus")
    bootstrap, topics = settings.broker.bootstrap_servers, settings.topics
    registry = CollectorRegistry()
    depth = Gauge("checkout_queue_depth", "Orders waiting", ["service"], registry=registry)
    depth.labels("payments-api").set(7)
    depth.labels("cart-service").set(3)
    target_port = free_port()
    server, thread = start_http_server(target_port, addr="127.0.0.1", registry=registry)
    try:
        with GatewayProcess(bootstrap, topics, tmp_path / "gateway.log") as gw:
            config = tmp_path / "prometheus.yml"
            config.write_text(PROMETHEUS_CONFIG.format(target=target_port, gateway=gw.url))
            with open(tmp_path / "prometheus.log", "wb") as out:
                proc = subprocess.Popen([prometheus, f"--config.file={config}",
                                         f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                                         f"--web.listen-address=127.0.0.1:{free_port()}", "--log.level=warn"],
                                        stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
                def alive():
                    assert proc.poll() is None, (tmp_path / "prometheus.log").read_text()[-3000:]

                try:
                    wait_for("eight scrapes of the target in Kafka", lambda: _samples(bootstrap, topics.metrics) >= 16,
                             60, alive)
                finally:
                    end_process(proc)
            status = gw.metric("signalcraft_gateway_requests_total", path="/api/v1/write", code="204")
    finally:
        server.shutdown()
        thread.join(5)
    assert status >= 2, "Prometheus sent more than one request"

    db = tmp_path / "store.duckdb"
    anomaly = AnomalySettings(bucket=1, allowed_lateness=1, band_window=60, band_warmup=10)
    run_main(kafka_flow(flow_settings(bootstrap, topics, db, anomaly=anomaly), stop_at_end=True))
    with duckdb.connect(str(db), read_only=True) as con:
        points = con.execute("SELECT workspace_id, labels['service'], value, source FROM metric_points "
                             "WHERE name = 'checkout_queue_depth'").fetchall()
        watched = con.execute("SELECT metric_key FROM anomaly_models WHERE metric_key LIKE '%checkout_queue_depth%'"
                              ).fetchall()
    by_service = Counter((ws, service, value, source) for ws, service, value, source in points)
    assert set(by_service) == {("globex", "payments-api", 7.0, "prometheus-kafka-adapter"),
                               ("globex", "cart-service", 3.0, "prometheus-kafka-adapter")}
    assert min(by_service.values()) >= 8
    keys = sorted(k for (k,) in watched)
    assert len(keys) == 2 and all(k.startswith("metric:globex/checkout_queue_depth{") for k in keys), keys


def _samples(bootstrap: str, topic: str) -> int:
    """Samples of the target's two series in ``topic`` (one message each; Prometheus also sends ``up``,
    ``scrape_duration_seconds`` and the like, which are counted apart)."""
    return sum(b'"name":"checkout_queue_depth"' in m.value() for m in consume_all(bootstrap, topic))
