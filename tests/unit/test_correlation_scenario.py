"""The change-correlation benchmark scenario: deterministic, decodable, its truth unambiguous;
the scoring exact; the baseline as naive as it says."""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.config.settings import IdentitySettings
from signalcraft.models import AlertEvent, ChangeEvent
from signalcraft.sources.decode import decode
from signalcraft.sources.raw import RawMessage
from tests.support import load_benchmark

cs = load_benchmark("correlation_scenario")
T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


@pytest.fixture(scope="module")
def scenario():
    return cs.generate(seed=7, incidents=40)


@pytest.fixture(scope="module")
def decoded(scenario):
    """Every message through the real decoder: (records per message, dead letters)."""
    identity, out, dead = IdentitySettings(), [], []
    for offset, (kind, key, value, headers, ts) in enumerate(scenario.messages):
        raw = RawMessage(topic=f"bench-{kind}", partition=0, offset=offset, value=value, key=key,
                         headers=headers, timestamp_ms=ts)
        records, letter = decode(raw, kind, identity)
        out.append(records)
        if letter is not None:
            dead.append(letter)
    return out, dead


@pytest.fixture(scope="module")
def changes(decoded):
    return [r for records in decoded[0] for r in records if isinstance(r, ChangeEvent)]


def test_same_seed_same_bytes_other_seed_other_bytes(scenario):
    again = cs.generate(seed=7, incidents=40)
    assert again.scenario_id == scenario.scenario_id == "corr-v1-s7-n40"
    assert again.messages == scenario.messages
    assert again.truth == scenario.truth
    assert cs.generate(seed=8, incidents=40).messages != scenario.messages


def test_kinds_come_in_their_shares():
    counts = Counter(t.kind for t in cs.generate(seed=1, incidents=20).truth)
    assert counts == {"deploy": 8, "flag": 4, "upstream_deploy": 2, "no_cause": 6}


def test_every_message_decodes_in_every_format(scenario, decoded):
    per_message, dead = decoded
    assert [d.reason for d in dead] == []
    assert all(per_message)
    formats = Counter(headers["sc-format"] for _, _, _, headers, _ in scenario.messages)
    assert set(formats) == {"alertmanager", "signalcraft-alert", "github-deployment-status", "argocd",
                            "pagerduty-change", "launchdarkly", "signalcraft-change"}


def test_causes_decode_as_the_truth_says(scenario, changes):
    stored = {cs.change_ref(c.model_dump()) for c in changes}
    for t in scenario.truth:
        if t.cause is not None:
            assert t.cause in stored, t
            lead = t.first_alert_at - t.cause.timestamp
            assert timedelta(seconds=30) <= lead <= timedelta(minutes=12), t
            expected = t.service if t.kind != "upstream_deploy" else t.cause.service
            assert t.cause.service == expected
            if t.kind == "upstream_deploy":
                assert t.cause.service in scenario.dependencies[t.service]
            assert t.cause.type == ("flag_change" if t.kind == "flag" else "deployment")


def test_look_back_holds_only_the_cause(scenario, changes):
    """No in-scope change in the 15 min before a no_cause incident; only the cause before the others."""
    for t in scenario.truth:
        in_scope = [
            cs.change_ref(c.model_dump()) for c in changes
            if (c.workspace_id, c.project, c.environment) == (t.workspace, t.project, t.environment)
            and t.first_alert_at - cs.LOOK_BACK <= c.timestamp < t.first_alert_at
        ]
        assert in_scope == ([] if t.cause is None else [t.cause]), t


def test_decoys_are_there(scenario, changes):
    """Some incident has each kind of decoy (counted from the decoded changes, not the generator)."""
    seen = Counter()
    for t in scenario.truth:
        for c in changes:
            if c.project != t.project:
                seen["other project"] += abs(c.timestamp - t.first_alert_at) < cs.LOOK_BACK
            elif c.environment != t.environment:
                seen["other env"] += t.first_alert_at - cs.LOOK_BACK <= c.timestamp < t.first_alert_at
            elif timedelta(seconds=30) < c.timestamp - t.first_alert_at <= 3 * MIN:
                seen["just after"] += 1
            elif c.type == "rollback" and 5 * MIN <= c.timestamp - t.first_alert_at <= 20 * MIN:
                seen["rollback"] += 1
            elif 20 * MIN < t.first_alert_at - c.timestamp <= 40 * MIN:
                seen["older"] += 1
    assert all(seen[k] > 0 for k in ("other project", "other env", "just after", "rollback", "older")), seen


def test_first_alerts_and_late_changes(scenario, decoded):
    firing = {(a.project, a.environment, a.service, a.name, a.starts_at)
              for records in decoded[0] for a in records if isinstance(a, AlertEvent) and a.status == "firing"}
    for t in scenario.truth:
        assert (t.project, t.environment, t.service, t.alertnames[0], t.first_alert_at) in firing
    delays = []
    for records, (kind, *_, ts) in zip(decoded[0], scenario.messages):
        if kind == "changes":
            delays.append(ts / 1000 - records[0].timestamp.timestamp())
    assert min(delays) > 0 and max(delays) <= 180
    assert 0.2 < sum(d >= 30 for d in delays) / len(delays) < 0.5
    stamps = [m[4] for m in scenario.messages]
    assert stamps != sorted(stamps)
    assert all(b - a > -3000 for a, b in itertools.pairwise(stamps))


def _ref(minutes_before: float, service="api", env="production", type_="deployment", project="shop"):
    return cs.ChangeRef(type_, project, env, service, T0 - timedelta(minutes=minutes_before), "v1")


def _truth(iid, kind, cause):
    return cs.IncidentTruth(iid, kind, "acme", "shop", "production", "api", ("HighErrorRate",), T0, cause)


def test_evaluate_exact_numbers():
    truth = [
        _truth("a", "deploy", _ref(3)),
        _truth("b", "deploy", _ref(5)),
        _truth("c", "flag", _ref(2, type_="flag_change")),
        _truth("d", "upstream_deploy", _ref(4, service="db")),
        _truth("e", "no_cause", None),
        _truth("f", "no_cause", None),
    ]
    suspects = {
        "a": cs.ChangeRef("deployment", "shop", "production", "api", T0 - 3 * MIN + timedelta(seconds=0.9), "other"),
        "b": _ref(5, env="staging"),  # wrong environment
        "c": _ref(2, type_="flag_change"),
        # "d" missing: no suspect
        "e": _ref(1),
        "f": None,
    }
    m = cs.evaluate(truth, suspects)
    assert (m.incidents, m.caused, m.no_cause, m.named, m.correct, m.false_suspects) == (6, 4, 2, 3, 2, 1)
    assert m.precision_at_1 == pytest.approx(2 / 3)
    assert m.recall == 0.5
    assert m.false_suspect_rate == 0.5
    assert m.recall_by_kind == {"deploy": 0.5, "flag": 1.0, "upstream_deploy": 0.0}
    assert m.incidents_by_kind == {"deploy": 2, "flag": 1, "upstream_deploy": 1, "no_cause": 2}
    assert '"precision_at_1": 0.6666' in m.to_json()
    late = {"a": cs.ChangeRef("deployment", "shop", "production", "api", T0 - 3 * MIN + timedelta(seconds=1.5))}
    assert cs.evaluate(truth[:1], late).correct == 0


def _group(gid, opened, alertname="HighErrorRate", service="api", env="production"):
    return {"id": gid, "workspace_id": "acme", "project": "shop", "environment": env, "service": service,
            "group_labels": {"alertname": alertname}, "opened_at": opened}


def _change_row(ref):
    return {"workspace_id": "acme", "type": ref.type, "project": ref.project, "environment": ref.environment,
            "service": ref.service, "timestamp": ref.timestamp.isoformat(), "version": ref.version}


def test_match_incident_takes_the_earliest_group():
    t = _truth("a", "deploy", _ref(3))
    groups = [
        _group("g2", T0 + 80 * timedelta(seconds=1)),
        _group("g1", T0.isoformat()),
        _group("late", T0 + 3 * MIN),
        _group("other-name", T0, alertname="DiskFull"),
        _group("other-env", T0, env="staging"),
    ]
    matched = cs.match_incident([t], groups)
    assert [g["id"] for g in matched["a"]] == ["g1", "g2"]
    suspects = cs.incident_suspects(matched, {"g1": _ref(3), "g2": None})
    assert suspects == {"a": _ref(3)}
    assert cs.incident_suspects({"a": []}, {}) == {"a": None}


def test_naive_baseline_takes_an_other_environment_decoy():
    cause, decoy = _ref(6), _ref(2, env="staging", service="web")
    old, other_project = _ref(16), _ref(1, project="billing")
    rows = [_change_row(c) for c in (old, decoy, cause, other_project)]
    groups = [_group("g", T0), _group("early", T0 - 20 * MIN)]
    assert cs.naive_baseline(groups, rows) == {"g": decoy, "early": None}
    truth = [_truth("a", "deploy", cause)]
    m = cs.evaluate(truth, cs.incident_suspects(cs.match_incident(truth, groups), cs.naive_baseline(groups, rows)))
    assert (m.named, m.correct) == (1, 0)
