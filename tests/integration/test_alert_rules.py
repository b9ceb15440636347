"""The example alert rules of docs/operating.md, checked and evaluated by Prometheus' promtool.

promtool comes with Debian's ``prometheus`` package (``make test`` installs it when root).
The rules are read from the document itself, so the page cannot drift from what is tested.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

DOC = Path(__file__).parents[2] / "docs" / "operating.md"


def documented_rules() -> str:
    """The YAML block that starts with ``groups:`` in the operating guide."""
    blocks = re.findall(r"```yaml\n(.*?)```", DOC.read_text(), flags=re.S)
    [rules] = [b for b in blocks if b.startswith("groups:")]
    return rules


def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        pytest.fail("promtool is missing: install Debian's 'prometheus' package (make test does when root)")
    return path


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([promtool(), *args], cwd=cwd, capture_output=True, text=True, timeout=60)


def series(name: str, values: str, **labels: str) -> dict[str, str]:
    inner = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()))
    return {"series": f"{name}{{{inner}}}", "values": values}


# Instance "busy" has messages waiting and makes no progress; "idle" has nothing waiting, so
# its growing ages are no reason to page.
INPUT = [
    series("signalcraft_last_progress_age_seconds", "0+60x20", instance="busy"),
    series("signalcraft_last_progress_age_seconds", "0+60x20", instance="idle"),
    series("signalcraft_consumer_lag_messages", "500x20", instance="busy", topic="signalcraft.alerts", partition="0"),
    series("signalcraft_consumer_lag_messages", "0x20", instance="idle", topic="signalcraft.alerts", partition="0"),
    series("signalcraft_last_epoch_commit_age_seconds", "0+60x20", instance="busy"),
    series("signalcraft_last_epoch_commit_age_seconds", "0+60x20", instance="idle"),
    series("signalcraft_broker_reachable", "1 1 0x18", instance="busy"),
    series("signalcraft_broker_reachable", "1x20", instance="idle"),
    series("signalcraft_dead_letters_total", "0+180x20", instance="busy", step="json"),
    series("signalcraft_dead_letters_total", "0+6x20", instance="idle", step="json"),
    series("signalcraft_store_write_seconds_bucket", "0+60x20", instance="busy", le="1"),
    series("signalcraft_store_write_seconds_bucket", "0+100x20", instance="busy", le="10"),
    series("signalcraft_store_write_seconds_bucket", "0+100x20", instance="busy", le="+Inf"),
    series("signalcraft_store_write_seconds_bucket", "0+100x20", instance="idle", le="1"),
    series("signalcraft_store_write_seconds_bucket", "0+100x20", instance="idle", le="10"),
    series("signalcraft_store_write_seconds_bucket", "0+100x20", instance="idle", le="+Inf"),
]

EXPECTED = [
    # (alert, evaluated at, the labels of the alerts that fire then)
    ("SignalCraftStalled", "3m", []),  # above 120 s, but not yet for 2 minutes
    ("SignalCraftStalled", "6m", [{"instance": "busy"}]),
    ("SignalCraftBrokerUnreachable", "4m", [{"instance": "busy"}]),
    ("SignalCraftNotCommitting", "6m", [{"instance": "busy"}]),
    ("SignalCraftDeadLetters", "15m", [{"instance": "busy", "step": "json"}]),
    ("SignalCraftSlowStore", "15m", [{"instance": "busy"}]),
]


def test_promtool_accepts_the_documented_rules(tmp_path: Path) -> None:
    (tmp_path / "rules.yml").write_text(documented_rules())
    done = run("check", "rules", "rules.yml", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS: 5 rules found" in done.stdout


def test_the_documented_rules_fire_for_a_stalled_busy_flow_and_not_for_an_idle_one(tmp_path: Path) -> None:
    (tmp_path / "rules.yml").write_text(documented_rules())
    checks = [
        {"eval_time": at, "alertname": name, "exp_alerts": [{"exp_labels": labels} for labels in alerts]}
        for name, at, alerts in EXPECTED
    ]
    spec = {
        "rule_files": ["rules.yml"],
        "evaluation_interval": "1m",
        "tests": [{"interval": "1m", "input_series": INPUT, "alert_rule_test": checks}],
    }
    (tmp_path / "test.yml").write_text(json.dumps(spec))  # JSON is YAML
    done = run("test", "rules", "test.yml", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "SUCCESS" in done.stdout


def test_a_wrong_expectation_fails_so_the_check_above_can_fail(tmp_path: Path) -> None:
    (tmp_path / "rules.yml").write_text(documented_rules())
    spec = {
        "rule_files": ["rules.yml"],
        "evaluation_interval": "1m",
        "tests": [{
            "interval": "1m",
            "input_series": INPUT,
            "alert_rule_test": [{"eval_time": "6m", "alertname": "SignalCraftStalled",
                                 "exp_alerts": [{"exp_labels": {"instance": "idle"}}]}],
        }],
    }
    (tmp_path / "test.yml").write_text(json.dumps(spec))
    done = run("test", "rules", "test.yml", cwd=tmp_path)
    assert done.returncode != 0 and "SignalCraftStalled" in done.stdout + done.stderr
