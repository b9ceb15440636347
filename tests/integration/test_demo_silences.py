"""`signalcraft demo` mines the scenario's weeks of silence history: the store holds one current
suggestion of each kind, with the matchers and schedule the habits make, the query side recomputes
the same from the file, and the demo prints them in a short section."""

from __future__ import annotations

import json
import re

import duckdb
import pytest

from signalcraft.copilot.silences import suggest_from_store

KINDS = ["inhibit_rule", "mute_time_interval", "route", "sensitivity"]


@pytest.fixture(scope="module")
def demo(demo_run):
    """The session's demo run: its stdout and its DuckDB file."""
    return demo_run


def _current(db) -> dict[str, dict]:
    """The latest version of every suggestion still suggested, by kind."""
    with duckdb.connect(str(db), read_only=True) as con:
        cur = con.execute(
            """
            select * from (
                select *, row_number() over (partition by id order by version desc) as latest
                from silence_suggestions)
            where latest = 1 and status = 'suggested' order by kind
            """
        )
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    assert [r["kind"] for r in rows] == KINDS  # one of each, nothing else
    return {r["kind"]: r for r in rows}


def test_the_store_holds_one_suggestion_of_each_kind(demo):
    _, db = demo
    s = _current(db)
    mute = s["mute_time_interval"]
    assert mute["matchers"] == ['environment="production"', 'service="indexer"']
    assert json.loads(mute["time_intervals"]) == [
        {"times": [{"start_time": "17:00", "end_time": "18:30"}], "weekdays": ["monday"],
         "location": "America/New_York"}]
    assert "weekly on monday 17:00-18:30 America/New_York, 9 of the last 10 weeks" in mute["text"]
    rule = s["inhibit_rule"]
    assert (rule["source_matchers"], rule["target_matchers"]) == (['alertname="KubeNodeNotReady"'],
                                                                  ['alertname="KubePodNotReady"'])
    assert {"cluster", "node"} <= set(rule["equal"]) and "service" not in rule["equal"]
    route = s["route"]
    assert route["matchers"] == ['alertname="TokenCacheEvictionsHigh"', 'service="token-service"']
    assert route["settings"]["group_wait"] == "10m"
    sensitivity = s["sensitivity"]
    assert sensitivity["settings"]["metric_key"].startswith("metric:acme/search_indexer_bulk_rejections:rate5m{")
    assert sensitivity["settings"]["raise_sigma"] == "4"
    assert 'alertname="MetricAnomaly"' in sensitivity["matchers"] and 'service="indexer"' in sensitivity["matchers"]
    assert all(r["confidence"] >= 0.8 and json.loads(r["backtest"]).get("collateral") == 0 for r in s.values())


def test_the_query_side_recomputes_the_same_suggestions_from_the_file(demo):
    _, db = demo
    stored = _current(db)
    again = {x.kind: x for x in suggest_from_store(db)}
    assert sorted(again) == KINDS
    assert {k: x.id for k, x in again.items()} == {k: r["id"] for k, r in stored.items()}


def test_the_demo_prints_the_suggestions_and_the_incident_as_before(demo):
    stdout, db = demo
    head = "\nsilence suggestions (4, mined from the 10 weeks of silences, acks and warnings before the incident):"
    section = stdout[stdout.index(head) + 1:stdout.index("\nthe incident:")].strip().splitlines()
    assert len(section) <= 10
    assert [line.split()[0] for line in section[1:5]] == ["mute_time_interval", "inhibit_rule", "route",
                                                          "sensitivity"]
    assert section[1].split()[1] == "0.90" and "You usually silence" in section[1]
    assert f"signalcraft suggest-silences --db {db} --alertmanager" in section[-1]
    # the incident's figures do not move: the warnings ahead of it, its suspect, its log patterns. The weeks'
    # past incidents add one warning (payments-api's alert rate, known from its past incidents, rising before the
    # first critical alert) and the templates of their log lines; the first warning and its lead stay.
    assert "early warnings before the first critical alert (11; the first 12.8 min ahead):" in stdout
    assert re.search(r"^  14:3\d payments-api +High Error Velocity Detected", stdout, re.M)
    assert ("deployment of payments-api 63544dc8fa95 live at 14:31:22 (requested 14:28:26) via "
            "github-deployment-status, 11.4 min before the group's first alert") in stdout
    assert "log patterns: 125 templates mined from the logs of 9 services" in stdout
