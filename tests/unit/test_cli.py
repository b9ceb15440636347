"""The command line: help for every command, `parse` for users debugging their webhooks, settings."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from signalcraft.cli import _settings, build_parser, main

EXAMPLES = Path(__file__).resolve().parents[2] / "sources" / "examples"


def _subcommands():
    parser = build_parser()
    action = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return action, parser


def test_every_command_has_help_text():
    action, _ = _subcommands()
    helps = {c.dest: c.help for c in action._choices_actions}
    assert set(helps) == set(action.choices) and {"run", "demo", "parse"} <= set(helps)
    for name, sub in action.choices.items():
        assert helps[name] and len(helps[name]) > 10, name
        assert sub.description, name
        for arg in sub._actions:
            if arg.dest != "help":
                assert arg.help, f"{name} {arg.dest}"


def test_parse_prints_one_json_line_per_record(capsys):
    assert main(["parse", str(EXAMPLES / "alerts" / "alertmanager-firing.json")]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert lines and {line["format"] for line in lines} == {"alertmanager"}
    assert all(line["record"] == "AlertEvent" and line["data"]["id"].startswith("alert-") for line in lines)


def test_parse_with_explicit_format_and_header(capsys):
    path = EXAMPLES / "changes" / "github-deployment-rollback.json"
    assert main(["parse", str(path), "--format", "github-deployment", "--header", "sc-environment=staging"]) == 0
    data = json.loads(capsys.readouterr().out.splitlines()[0])["data"]
    assert data["type"] == "rollback" and data["environment"] == "staging"


@pytest.mark.parametrize(
    ("payload", "args", "needle"),
    [
        (b"{nope", [], "not valid JSON"),
        (b'{"hello": "world"}', [], "no known format"),
        (b"{}", ["--format", "zabbix"], "'zabbix' is not known"),
        (b'{"alerts": [], "groupKey": "g", "version": "4"}', ["--format", "alertmanager"], "holds no records"),
    ],
)
def test_parse_refuses_bad_input_with_one_clear_line(capsys, tmp_path, payload, args, needle):
    path = tmp_path / "p.json"
    path.write_bytes(payload)
    assert main(["parse", str(path), *args]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("signalcraft parse:") and needle in err[0]


def test_kafka_options_pass_through_untouched(monkeypatch):
    monkeypatch.setenv("SIGNALCRAFT_KAFKA_SASL_PASSWORD", "s3cret")
    monkeypatch.setenv("SIGNALCRAFT_TOPIC_ALERTS", "acme.alerts")
    args = build_parser().parse_args([
        "run", "--bootstrap-servers", "k1:9093,k2:9093", "--db", "x.duckdb",
        "--kafka-option", "security.protocol=SASL_SSL", "--kafka-option", "sasl.mechanism=SCRAM-SHA-512",
    ])
    settings = _settings(args)
    config = settings.broker.client_config()
    assert config == {
        "bootstrap.servers": "k1:9093,k2:9093",
        "security.protocol": "SASL_SSL",
        "sasl.mechanism": "SCRAM-SHA-512",
        "sasl.password": "s3cret",
    }
    assert "s3cret" not in repr(settings)
    assert settings.topics.alerts == "acme.alerts"
    assert settings.topics.kind_of("acme.alerts") == "alerts"


def test_malformed_kafka_option_is_one_clear_line(capsys):
    assert main(["run", "--kafka-option", "no-equals-sign"]) == 1
    assert "'no-equals-sign' is not KEY=VALUE" in capsys.readouterr().err


def test_demo_refuses_to_replace_a_file_it_did_not_make(capsys, tmp_path):
    precious = tmp_path / "prod.duckdb"
    precious.write_bytes(b"not a demo file")
    assert main(["demo", "--db", str(precious)]) == 1
    assert "refusing to replace" in capsys.readouterr().err
    assert precious.read_bytes() == b"not a demo file"


@pytest.mark.parametrize("value", ["1200", "1200.0", "PT20M", "00:20:00"])
def test_duration_settings_take_seconds_iso_8601_or_clock_time(monkeypatch, value):
    from datetime import timedelta

    from signalcraft.config import AnomalySettings, CorrelationSettings

    monkeypatch.setenv("SIGNALCRAFT_CORRELATION_LOOKBACK", value)
    monkeypatch.setenv("SIGNALCRAFT_ANOMALY_BAND_WINDOW", value)
    assert CorrelationSettings().lookback == AnomalySettings().band_window == timedelta(minutes=20)


def test_a_duration_setting_that_is_no_duration_is_refused_with_its_name(monkeypatch):
    from pydantic import ValidationError

    from signalcraft.config import CorrelationSettings

    monkeypatch.setenv("SIGNALCRAFT_CORRELATION_LOOKBACK", "twenty minutes")
    with pytest.raises(ValidationError, match="lookback"):
        CorrelationSettings()
