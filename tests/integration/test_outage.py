"""A 30 s broker outage mid-stream against a broker whose data survives restarts: the flow
says so in two lines of its own, /readyz turns 503 meanwhile, /metrics counts every message
once, and the store ends with every alert exactly once."""

from __future__ import annotations

import signal
import time
import urllib.error
import urllib.request

import duckdb
from prometheus_client.parser import text_string_to_metric_families

from signalcraft.broker import create_topics, end_process, free_port, produce_all
from signalcraft.config import BrokerSettings, Settings, StoreSettings
from tests.integration.conftest import unique_topics
from tests.integration.test_recovery import run_cli, webhook

N = 4_000


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()
    except OSError as e:
        return 0, str(e)


def scraped(base: str, name: str) -> float:
    """The sum of a metric's samples, 0 while the endpoint does not answer yet."""
    status, text = get(f"{base}/metrics")
    return metric_sum(text, name) if status == 200 else 0.0


def metric_sum(text: str, name: str) -> float:
    return sum(s.value for f in text_string_to_metric_families(text) for s in f.samples if s.name == name)


def produce_range(bootstrap: str, topic: str, start: int, stop: int) -> None:
    produce_all({"bootstrap.servers": bootstrap, "linger.ms": "50"},
                [(topic, str(i).encode(), webhook(i), {}, None) for i in range(start, stop)])


def test_a_30_s_outage_mid_stream_loses_and_doubles_nothing(persistent_broker, tmp_path, monkeypatch):
    bootstrap = persistent_broker.bootstrap_servers
    topics = unique_topics()
    create_topics({"bootstrap.servers": bootstrap}, [*topics.inputs(), *topics.outputs()], partitions=2)
    settings = Settings(broker=BrokerSettings(bootstrap_servers=bootstrap), topics=topics,
                        store=StoreSettings(db_path=tmp_path / "outage.duckdb"))
    port = free_port()
    monkeypatch.setenv("SIGNALCRAFT_KAFKA_FETCH_WAIT_MAX_MS", "500")  # the S3-backed broker's fetches are slow
    monkeypatch.setenv("SIGNALCRAFT_SERVICE_STALL_AFTER", "20")
    base = f"http://127.0.0.1:{port}"
    produce_range(bootstrap, topics.alerts, 0, N // 2)
    flow = run_cli(settings, settings.store.db_path, tmp_path / "recovery", "--metrics-port", str(port))
    try:
        deadline = time.monotonic() + 90
        while scraped(base, "signalcraft_messages_consumed_total") < N // 2:
            assert flow.poll() is None, flow.communicate()[1][-3000:]
            assert time.monotonic() < deadline, "the first half was not read"
            time.sleep(0.5)
        assert get(f"{base}/readyz")[0] == 200 and get(f"{base}/healthz") == (200, "ok\n")

        persistent_broker.stop(kill=True)
        time.sleep(15)
        status, reason = get(f"{base}/readyz")
        assert status == 503 and "unreachable" in reason
        assert get(f"{base}/healthz")[0] == 200, "the process is alive through the outage"
        time.sleep(15)
        persistent_broker.start()
        produce_range(bootstrap, topics.alerts, N // 2, N)

        deadline = time.monotonic() + 120
        # read first, decoded after (the alignment may hold what was read for a moment): wait for both
        while min(scraped(base, "signalcraft_messages_consumed_total"), scraped(base, "signalcraft_records_total")) < N:
            assert flow.poll() is None, flow.communicate()[1][-3000:]
            assert time.monotonic() < deadline, "the second half was not read after the outage"
            time.sleep(0.5)
        text = get(f"{base}/metrics")[1]
        assert metric_sum(text, "signalcraft_messages_consumed_total") == N
        assert metric_sum(text, "signalcraft_records_total") == N
        assert metric_sum(text, "signalcraft_broker_reachable") == 1
        flow.send_signal(signal.SIGTERM)
        _, err = flow.communicate(timeout=40)
    finally:
        end_process(flow, kill=True)
    assert flow.returncode == 0, err[-3000:]
    assert "Kafka unreachable since" in err and "Kafka reachable again after" in err
    assert err.count("Connect to") < 40, "librdkafka's refusals are throttled"
    with duckdb.connect(str(settings.store.db_path), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM alert_events").fetchone() == (N, N)
