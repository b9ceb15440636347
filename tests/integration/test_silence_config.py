"""The suggested Alertmanager config, checked by Alertmanager's own amtool (Debian's
prometheus-alertmanager 0.25; ``make test`` installs it when root): merged under a real
config's root route it passes ``amtool check-config``, and ``amtool config routes test``
sends the pattern's alerts through the muting route."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from signalcraft.operators.silence_suggest import alertmanager_fragment, merge_into
from tests.unit.test_silence_suggest import mined

BASE = {
    "route": {"receiver": "default", "group_by": ["alertname"],
              "routes": [{"matchers": ['team="db"'], "receiver": "db-pager"}]},
    "receivers": [{"name": "default", "webhook_configs": [{"url": "http://127.0.0.1:9/hook"}]}, {"name": "db-pager"}],
}


def amtool(*args: str) -> subprocess.CompletedProcess[str]:
    path = shutil.which("amtool")
    if path is None:
        pytest.fail("amtool is missing: install Debian's 'prometheus-alertmanager' (make test does when root)")
    return subprocess.run([path, *args], capture_output=True, text=True, timeout=60)


def write_merged(tmp_path: Path, fragment: dict) -> Path:
    path = tmp_path / "alertmanager.yml"
    path.write_text(yaml.safe_dump(merge_into(BASE, fragment), sort_keys=False))
    return path


def test_every_suggestion_merged_passes_amtool_check_config(tmp_path):
    _, suggestions = mined()
    fragment = alertmanager_fragment(suggestions)
    done = amtool("check-config", str(write_merged(tmp_path, fragment)))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout and " - 1 inhibit rules" in done.stdout


def test_each_suggestion_alone_passes_too(tmp_path):
    _, suggestions = mined()
    for s in suggestions:
        if s.kind == "sensitivity":
            continue
        done = amtool("check-config", str(write_merged(tmp_path, yaml.safe_load(s.yaml))))
        assert done.returncode == 0, (s.kind, done.stdout + done.stderr)


def test_the_patterns_alerts_reach_the_muting_route(tmp_path):
    _, suggestions = mined()
    config = write_merged(tmp_path, alertmanager_fragment(suggestions))
    done = amtool("config", "routes", "test", f"--config.file={config}", "--tree", "service=search-indexer",
                  "alertname=IndexLag")
    assert done.returncode == 0, done.stdout + done.stderr
    assert '{service="search-indexer"}' in done.stdout
    merged = yaml.safe_load(config.read_text())
    [route] = [r for r in merged["route"]["routes"] if r["matchers"] == ['service="search-indexer"']]
    assert route["mute_time_intervals"] == [merged["time_intervals"][0]["name"]]
    other = amtool("config", "routes", "test", f"--config.file={config}", "--tree", "service=payments")
    assert '{service="search-indexer"}' not in other.stdout


def test_a_broken_fragment_fails_so_the_checks_above_can_fail(tmp_path):
    broken = {"routes": [{"matchers": ['service="x"'], "mute_time_intervals": ["no-such-interval"]}]}
    done = amtool("check-config", str(write_merged(tmp_path, broken)))
    assert done.returncode != 0 and "no-such-interval" in done.stdout + done.stderr


def test_the_cli_reads_a_store_and_its_alertmanager_fragment_passes_amtool(tmp_path):
    from signalcraft.sinks.duckdb_writer import DuckDBWriter
    from tests.unit.test_silence_suggest import history

    db = tmp_path / "store.duckdb"
    with DuckDBWriter(db) as writer:
        writer.add(history())
        writer.flush()
    cli = [sys.executable, "-m", "signalcraft", "suggest-silences", "--db", str(db)]
    as_json = subprocess.run([*cli, "--json"], capture_output=True, text=True, timeout=120)
    assert as_json.returncode == 0, as_json.stderr
    kinds = sorted(s["kind"] for s in json.loads(as_json.stdout))
    assert kinds == ["inhibit_rule", "mute_time_interval", "route", "sensitivity"]
    mute = next(s for s in json.loads(as_json.stdout) if s["kind"] == "mute_time_interval")
    assert mute["matchers"] == ['service="search-indexer"'] and mute["time_intervals"][0]["weekdays"] == ["thursday"]
    assert set(mute["backtest"]) >= {"would_mute", "silenced_anyway", "collateral"}
    fragment = subprocess.run([*cli, "--alertmanager"], capture_output=True, text=True, timeout=120)
    assert fragment.returncode == 0, fragment.stderr
    done = amtool("check-config", str(write_merged(tmp_path, yaml.safe_load(fragment.stdout))))
    assert done.returncode == 0, done.stdout + done.stderr
