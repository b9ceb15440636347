"""Kill the ingest process mid-stream (SIGKILL), restart it: every input lands exactly once."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from contextlib import closing

import duckdb
from bytewax.testing import run_main

from signalcraft.broker import create_topics
from signalcraft.config import Settings, StoreSettings
from signalcraft.runtime import kafka_flow
from tests.integration.conftest import consume_all, produce, unique_topics

N_ALERTS = 24_000
N_BAD = 24


def webhook(i: int) -> bytes:
    labels = {"alertname": "HighErrorRate", "service": f"svc-{i % 17}", "project": "checkout", "env": "production",
              "severity": "warning"}
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
    pipes = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, "text": True}
    return subprocess.Popen(cmd, env=env, **{**pipes, **popen})


def frontier(recovery) -> int:
    """The furthest epoch any worker has reached, from the recovery store; -1 before any."""
    best = -1
    for part in sorted(recovery.glob("part-*.sqlite3")):
        try:
            with closing(sqlite3.connect(f"file:{part}?mode=ro", uri=True, timeout=1)) as con:
                row = con.execute("SELECT max(worker_frontier) FROM fronts").fetchone()
        except sqlite3.OperationalError:  # still being created
            continue
        if row and row[0] is not None:
            best = max(best, row[0])
    return best


def wait_until_running(process, recovery, epochs: int = 3, timeout_s: float = 120) -> None:
    """Until the flow has closed ``epochs`` epochs (its recovery store records them): it
    has started, connected and opened its sinks. How long that takes differs a lot
    between machines, so the kill is timed from here, not from the launch."""
    deadline = time.monotonic() + timeout_s
    while frontier(recovery) < epochs:
        assert process.poll() is None, f"the flow died on its own: {process.communicate()[1][-2000:]}"
        assert time.monotonic() < deadline, f"the flow did not start within {timeout_s} s"
        time.sleep(0.1)


def kill_while_feeding(
    settings, db, recovery, feed: Callable[[Settings], None], after_s: float, ready: Callable[[], bool] | None = None
) -> None:
    """Run the flow with recovery and, once it runs, feed its input on a thread and SIGKILL
    the flow ``after_s`` later (after ``ready()`` first holds, when given: a machine under
    load starts slower), while input is still arriving."""
    first = run_cli(settings, db, recovery)
    feeder = threading.Thread(target=feed, args=(settings,))
    try:
        wait_until_running(first, recovery)
        feeder.start()
        deadline = time.monotonic() + 60
        while ready is not None and not ready() and time.monotonic() < deadline and feeder.is_alive():
            time.sleep(0.2)
        time.sleep(after_s)
        assert feeder.is_alive(), "the kill must land while input is still arriving"
        assert first.poll() is None, f"the flow died on its own: {first.communicate()[1][-2000:]}"
    finally:
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        if feeder.ident is not None:  # started
            feeder.join()


def restart_to_end(settings, db, recovery, timeout_s: float = 180) -> None:
    """Restart the flow from the recovery dir and run it to the end of its input."""
    second = run_cli(settings, db, recovery, "--stop-at-end")
    _, err = second.communicate(timeout=timeout_s)
    assert second.returncode == 0, err[-3000:]
    assert "resuming" in err, "the restart must resume from the recovery snapshot, not from scratch"


def reference_run(settings: Settings, db, feed: Callable[[Settings], None], **updates) -> None:
    """The same input, uninterrupted, on fresh topics into ``db``: what the restarted run must equal."""
    topics = unique_topics()
    create_topics({"bootstrap.servers": settings.broker.bootstrap_servers}, [*topics.inputs(), *topics.outputs()],
                  partitions=2)
    store = StoreSettings(db_path=db, read_copy=False)
    clean = settings.model_copy(update={"topics": topics, "store": store, **updates})
    feed(clean)
    run_main(kafka_flow(clean, stop_at_end=True))


def test_sigkill_mid_stream_then_restart_stores_every_input_exactly_once(settings, tmp_path):
    db, recovery = tmp_path / "ingest.duckdb", tmp_path / "recovery"
    bootstrap, topic = settings.broker.bootstrap_servers, settings.topics.alerts

    # produce the whole stream in slices while the flow runs, and kill it while it is still arriving
    all_msgs = list(messages())

    def feed(_settings: Settings) -> None:
        for i in range(0, len(all_msgs), 1000):
            produce(bootstrap, topic, all_msgs[i:i + 1000])
            time.sleep(0.2)

    kill_while_feeding(settings, db, recovery, feed, 3.0)

    with duckdb.connect(str(db), read_only=True) as con:
        before = con.execute("select count(*) from alert_events").fetchone()[0]
    assert 0 < before < N_ALERTS, "the kill must land mid-stream"

    restart_to_end(settings, db, recovery)

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
