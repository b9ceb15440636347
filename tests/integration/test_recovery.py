"""Kill the ingest process mid-stream (SIGKILL), restart it: every input lands exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import duckdb

from tests.integration.conftest import consume_all, produce

N_ALERTS = 24_000
N_BAD = 24


def webhook(i: int) -> bytes:
    labels = {"alertname": "HighErrorRate", "service": f"svc-{i % 17}", "project": "checkout", "env": "production", "severity": "warning"}
    return json.dumps({
        "version": "4", "groupKey": "g", "status": "firing", "receiver": "r",
        "alerts": [{
            "status": "firing", "labels": labels, "annotations": {},
            "startsAt": f"2026-03-01T{(i // 3600) % 24:02d}:{(i // 60) % 60:02d}:{i % 60:02d}Z",
            "endsAt": "0001-01-01T00:00:00Z", "fingerprint": f"{i:016x}",
        }],
    }).encode()


def messages():
    for i in range(N_ALERTS):
        yield (str(i).encode(), webhook(i), {})
        if i % 1000 == 999:
            yield (b"bad", b'{"alerts": [ truncated', {})


def run_cli(settings, db, recovery, *extra, **popen):
    env = {
        **os.environ,
        **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in settings.topics.model_dump().items()},
        "SIGNALCRAFT_INGEST_EPOCH_INTERVAL_S": "0.2",
    }
    cmd = [sys.executable, "-m", "signalcraft", "run", "--bootstrap-servers", settings.broker.bootstrap_servers,
           "--db", str(db), "--recovery-dir", str(recovery), *extra]
    return subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen)


def test_sigkill_mid_stream_then_restart_stores_every_input_exactly_once(settings, tmp_path):
    db, recovery = tmp_path / "ingest.duckdb", tmp_path / "recovery"
    bootstrap, topic = settings.broker.bootstrap_servers, settings.topics.alerts

    first = run_cli(settings, db, recovery)
    # produce the whole stream in slices while the flow runs, and kill it while it is still arriving
    all_msgs = list(messages())

    def feed() -> None:
        for i in range(0, len(all_msgs), 1000):
            produce(bootstrap, topic, all_msgs[i:i + 1000])
            time.sleep(0.2)

    feeder = threading.Thread(target=feed)
    feeder.start()
    try:
        time.sleep(3.0)
        assert feeder.is_alive(), "the kill must land while input is still arriving"
        assert first.poll() is None, f"the flow died on its own: {first.communicate()[1][-2000:]}"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        feeder.join()

    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("select count(*) from alert_events").fetchone()[0]
    assert 0 < before < N_ALERTS, "the kill must land mid-stream"

    second = run_cli(settings, db, recovery, "--stop-at-end")
    _, err = second.communicate(timeout=120)
    assert second.returncode == 0, err[-3000:]
    assert "resuming" in err, "the restart must resume from the recovery snapshot, not from scratch"

    with duckdb.connect(str(db), read_only=True) as con:
        total, distinct = con.execute("select count(*), count(distinct fingerprint) from alert_events").fetchone()
        dead = con.execute("select count(*), count(distinct (source_partition, source_offset)) from dlq").fetchone()
    assert (total, distinct) == (N_ALERTS, N_ALERTS)
    assert dead == (N_BAD, N_BAD)
    # dead letters also reach the DLQ topic (at least once: a replayed epoch may resend one)
    dlq = consume_all(bootstrap, settings.topics.dlq)
    offsets = {(m.partition(), dict(m.headers())["sc-dlq-offset"]) for m in dlq}
    assert len(offsets) == N_BAD
    assert all(m.value() == b'{"alerts": [ truncated' for m in dlq)
