"""`signalcraft collect-silences` against a real Alertmanager 0.25 and the bundled broker.

Silences are made, edited in place and expired through Alertmanager's API and amtool; the
collector runs as the command (``--once``, and as a service that is SIGKILLed and one that
is SIGTERMed); the flow then stores the audit topic into DuckDB.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

import duckdb
import pytest
from bytewax.testing import run_main

from signalcraft.broker import end_process, free_port
from signalcraft.runtime import kafka_flow
from tests.integration.alertmanager import Alertmanager
from tests.integration.conftest import consume_all


@pytest.fixture
def alertmanager(tmp_path):
    with Alertmanager(tmp_path / "alertmanager") as am:
        yield am


def _env(settings) -> dict[str, str]:
    return {**os.environ, **{f"SIGNALCRAFT_TOPIC_{k.upper()}": v for k, v in settings.topics.model_dump().items()}}


def _cmd(settings, url: str, *extra: str) -> list[str]:
    return [sys.executable, "-m", "signalcraft", "collect-silences", "--alertmanager-url", url,
            "--bootstrap-servers", settings.broker.bootstrap_servers, "--workspace", "acme", *extra]


def collect_once(settings, am: Alertmanager) -> None:
    done = subprocess.run(_cmd(settings, am.url, "--once"), env=_env(settings), capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr[-3000:]


def audit(settings) -> list[tuple[str, dict]]:
    """``(sc-format, body)`` of every message in the audit topic."""
    out = []
    for m in consume_all(settings.broker.bootstrap_servers, settings.topics.audit):
        headers = {k: v.decode() for k, v in m.headers() or ()}
        assert headers["sc-workspace"] == "acme"
        out.append((headers["sc-format"], json.loads(m.value())))
    return out


def states_of(messages, silence_id: str) -> list[str]:
    return [b["status"]["state"] for f, b in messages if f == "alertmanager-silence" and b["id"] == silence_id]


def wait_for(what, check, timeout_s: float = 20.0, process=None):
    deadline = time.monotonic() + timeout_s
    while True:
        value = check()
        if value:
            return value
        if process is not None and process.poll() is not None:
            pytest.fail(f"the collector exited while waiting for {what}: {process.communicate()[1][-2000:]}")
        assert time.monotonic() < deadline, f"no {what} within {timeout_s} s"
        time.sleep(0.2)


def test_each_silence_version_lands_once_and_a_restart_adds_nothing(settings, alertmanager, tmp_path):
    am = alertmanager
    now = datetime.now(UTC)
    by_api = am.add_silence({"alertname": "DiskFull", "service": "db"}, comment="disk swap")
    by_amtool = am.amtool("silence", "add", "alertname=Noisy", "--author=bob", "--comment=flapping", "--duration=2h")
    scheduled = am.add_silence({"alertname": "Blip"}, starts=now + timedelta(seconds=4),
                               ends=now + timedelta(seconds=6), comment="short window")
    am.post_alerts({"alertname": "DiskFull", "service": "db"}, {"alertname": "Noisy"}, {"alertname": "Loud"})
    collect_once(settings, am)
    first = audit(settings)
    assert states_of(first, scheduled) == ["pending"], "the first poll must come before the window opens"
    assert len(first) == 4 and [f for f, _ in first].count("alertmanager-alerts") == 1

    # an edit in place (same start, new end and comment: same id), an early expiry by amtool
    original = am.silence(by_api)
    starts = datetime.fromisoformat(original["startsAt"])
    assert am.add_silence({"alertname": "DiskFull", "service": "db"}, starts=starts, ends=now + timedelta(hours=3),
                          comment="disk swap, longer", silence_id=by_api) == by_api
    am.amtool("silence", "expire", by_amtool)

    # as a service, until the scheduled silence has opened and ended by itself; then SIGKILL
    service = subprocess.Popen(_cmd(settings, am.url, "--interval", "0.3s"), env=_env(settings),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_for("natural expiry", lambda: "expired" in states_of(audit(settings), scheduled), process=service)
    finally:
        end_process(service, kill=True)
    second = audit(settings)
    assert states_of(second, scheduled) == ["pending", "active", "expired"]
    assert states_of(second, by_api) == ["active", "active"] and states_of(second, by_amtool) == ["active", "expired"]
    assert len(second) == 8  # the muted set only lost Noisy: no new list

    # a restart after the kill produces nothing; a change after it, once
    collect_once(settings, am)
    assert len(audit(settings)) == 8
    late = am.amtool("silence", "add", "alertname=Late", "--author=carol", "--comment=known", "--duration=1h")
    am.post_alerts({"alertname": "Late"})
    collect_once(settings, am)
    collect_once(settings, am)
    messages = audit(settings)
    assert len(messages) == 10 and states_of(messages, late) == ["active"]
    [*_, last_list] = [b for f, b in messages if f == "alertmanager-alerts"]
    assert sorted(a["labels"]["alertname"] for a in last_list) == ["DiskFull", "Late"]

    # the flow stores each version once
    db = tmp_path / "store.duckdb"
    run_main(kafka_flow(settings, stop_at_end=True))
    truth = {s["id"]: s for s in am.silences()}
    edited = truth[by_api]
    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute(
            "select target, action, state, starts_at, updated_at, ends_at, workspace_id from audit_log "
            "where source = 'alertmanager-silence' order by target, updated_at, action"
        ).fetchall()
        mutes = con.execute("select name, silenced_by, workspace_id from alert_mutes order by name").fetchall()
        assert con.execute("select count(*) from dlq").fetchone()[0] == 0
    assert {w for *_, w in rows} == {"acme"}
    versions = [(t, a, s) for t, a, s, *_ in rows]
    assert sorted(versions) == sorted([
        (by_api, "silence", "active"), (by_api, "silence", "active"),
        (by_amtool, "silence", "active"), (by_amtool, "unsilence", "expired"),
        # pending, active and a natural expiry: one row each (the state is part of the record's id)
        (scheduled, "silence", "pending"), (scheduled, "silence", "active"), (scheduled, "silence", "expired"),
        (late, "silence", "active"),
    ])
    api_rows = [r for r in rows if r[0] == by_api]
    assert [r[4] for r in api_rows] == [_t(original["updatedAt"]), _t(edited["updatedAt"])]
    assert {r[3] for r in api_rows} == {_t(edited["startsAt"])} and api_rows[1][5] == _t(edited["endsAt"])
    expired = next(r for r in rows if r[1] == "unsilence")
    assert expired[4] == _t(truth[by_amtool]["updatedAt"]) and expired[5] <= expired[4]
    assert {r[3] for r in rows if r[0] == scheduled} == {_t(truth[scheduled]["startsAt"])}
    assert mutes == [("DiskFull", [by_api], "acme"), ("Late", [late], "acme"), ("Noisy", [by_amtool], "acme")]


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text)


def test_sigterm_finishes_the_poll_and_exits_0(settings, alertmanager):
    alertmanager.add_silence({"alertname": "DiskFull"})
    service = subprocess.Popen(_cmd(settings, alertmanager.url, "--interval", "0.2s"), env=_env(settings),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        wait_for("the silence", lambda: audit(settings), process=service)
        service.send_signal(signal.SIGTERM)
        _, err = service.communicate(timeout=15)
    finally:
        end_process(service, kill=True)
    assert service.returncode == 0, err[-2000:]
    assert "SIGTERM: finishing the current poll and stopping" in err
    assert len(audit(settings)) == 1


def test_alertmanager_down_is_waited_for_one_line_a_poll(settings, tmp_path):
    am = Alertmanager(tmp_path / "alertmanager", port=free_port())
    url = f"http://ops:s3cret@127.0.0.1:{am.port}"
    service = subprocess.Popen(_cmd(settings, url, "--interval", "0.5s"), env=_env(settings),
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        time.sleep(3)
        assert service.poll() is None, "the collector must keep polling while Alertmanager is away"
        with am:
            am.add_silence({"alertname": "DiskFull"})
            wait_for("the silence", lambda: audit(settings), process=service)
            service.send_signal(signal.SIGTERM)
            _, err = service.communicate(timeout=15)
    finally:
        end_process(service, kill=True)
    refused = [line for line in err.splitlines() if "Connection refused" in line]
    assert 2 <= len(refused) <= 8, err  # one line a poll, every 0.5 s for about 3 s
    assert "answers again" in err and "s3cret" not in err
    assert service.returncode == 0
