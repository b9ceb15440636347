"""`signalcraft run` as a service: started before its broker it waits, then ingests; SIGTERM
and SIGINT mid-stream end it cleanly (exit 0, last epoch committed, read copy current) and a
restart resumes with nothing lost or doubled."""

from __future__ import annotations

import signal
import subprocess
import threading
import time

import duckdb
import pytest

from signalcraft.broker import EmbeddedBroker, create_topics, end_process, free_port
from signalcraft.config import BrokerSettings, Settings, StoreSettings
from tests.integration.conftest import produce, unique_topics
from tests.integration.test_recovery import run_cli, wait_until_running, webhook

N = 6_000


def rows(db) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT count(*), count(DISTINCT id) FROM alert_events").fetchone()


def feed(settings: Settings, n: int, pause_s: float, start: int = 0) -> None:
    for i in range(start, start + n, 500):
        produce(settings.broker.bootstrap_servers, settings.topics.alerts,
                ((str(j).encode(), webhook(j), {}) for j in range(i, min(i + 500, start + n))))
        time.sleep(pause_s)


def test_started_before_its_broker_it_waits_then_ingests(tmp_path):
    """A bounded run (``--stop-at-end``) reads up to the end offsets it finds when the broker answers; the feed may
    still be going then (its retry can land between two batches), so a second bounded run on the same recovery folder
    reads the rest: every message once, none twice."""
    port = free_port()
    topics = unique_topics()
    settings = Settings(broker=BrokerSettings(bootstrap_servers=f"127.0.0.1:{port}"), topics=topics,
                        store=StoreSettings(db_path=tmp_path / "early.duckdb"))
    log = tmp_path / "flow.log"
    with log.open("w") as sink:
        flow = run_cli(settings, settings.store.db_path, tmp_path / "recovery", "--stop-at-end",
                       stdout=subprocess.DEVNULL, stderr=sink)
    again = None
    try:
        deadline = time.monotonic() + 90  # the flow tries, fails and waits while nothing listens on the port (however
        while "next try in" not in log.read_text() and flow.poll() is None and time.monotonic() < deadline:  # long
            time.sleep(0.2)  # its start takes on a busy machine)
        time.sleep(2)  # and keeps waiting
        assert flow.poll() is None, f"the flow gave up instead of waiting: {log.read_text()[-2000:]}"
        with EmbeddedBroker(port=port) as broker:
            create_topics({"bootstrap.servers": broker.bootstrap_servers}, [*topics.inputs(), *topics.outputs()],
                          partitions=2)
            feed(settings, 2_000, 0.0)
            flow.wait(timeout=120)
            err = log.read_text()
            first = rows(settings.store.db_path)
            again = run_cli(settings, settings.store.db_path, tmp_path / "recovery", "--stop-at-end")
            _, err_again = again.communicate(timeout=120)
    finally:
        end_process(flow, kill=True)
        if again is not None:
            end_process(again, kill=True)
    assert flow.returncode == 0, err[-3000:]
    assert again.returncode == 0, err_again[-3000:]
    assert "not reachable (" in err and "next try in" in err
    assert "ready after" in err
    assert 0 < first[0] == first[1] <= 2_000  # it waited, then ingested
    assert rows(settings.store.db_path) == (2_000, 2_000)
    assert err.count("Connect to") < 20, "librdkafka's refusals are throttled, not written by the thousand"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=lambda s: s.name)
def test_a_stop_signal_mid_stream_commits_publishes_exits_0_and_a_restart_resumes(settings, tmp_path, sig):
    db, recovery = tmp_path / "svc.duckdb", tmp_path / "recovery"
    first = run_cli(settings, db, recovery)
    feeder = threading.Thread(target=feed, args=(settings, N, 0.3))
    try:
        wait_until_running(first, recovery)
        feeder.start()
        time.sleep(2.0)
        assert feeder.is_alive(), "the signal must land while input is still arriving"
        sent = time.monotonic()
        first.send_signal(sig)
        _, err = first.communicate(timeout=40)
        took = time.monotonic() - sent
    finally:
        end_process(first, kill=True)
        feeder.join()
    assert first.returncode == 0, err[-3000:]
    assert took < 25, f"stopping took {took:.1f} s, more than the grace time"
    assert f"{sig.name}: finishing the current epoch" in err and "stopped: last epoch committed" in err
    assert "Traceback" not in err and "panicked" not in err
    stored, distinct = rows(db)
    assert 0 < stored == distinct < N, "stopped mid-stream, every stored row once"
    assert rows(db.with_name("svc.read.duckdb")) == (stored, distinct), "the read copy is current"

    second = run_cli(settings, db, recovery, "--stop-at-end")
    _, err = second.communicate(timeout=180)
    assert second.returncode == 0, err[-3000:]
    assert "resuming" in err
    assert rows(db) == (N, N), "nothing lost, nothing doubled"


def test_the_grace_time_bounds_the_stop(settings, tmp_path, monkeypatch):
    """A stop that takes longer than the grace time ends hard, non-zero, and says so."""
    monkeypatch.setenv("SIGNALCRAFT_SERVICE_SHUTDOWN_GRACE", "0.001")
    db, recovery = tmp_path / "hang.duckdb", tmp_path / "recovery"
    flow = run_cli(settings, db, recovery)
    try:
        wait_until_running(flow, recovery)
        flow.send_signal(signal.SIGTERM)
        _, err = flow.communicate(timeout=40)
    finally:
        end_process(flow, kill=True)
    assert flow.returncode == 1, err[-2000:]
    assert "not stopped 0 s after SIGTERM; exiting without the final commit" in err
