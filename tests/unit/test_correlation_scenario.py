"""The change-correlation benchmark scenario: deterministic, decodable, its truth unambiguous;
the scoring exact; the baseline as naive as it says. Version 1 (``corr-v1``) first, then the
families of version 2."""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta

import pytest

from signalcraft.models import AlertEvent, ChangeEvent, RawMessage
from signalcraft.params import Identity
from signalcraft.sources.decode import decode
from tests.support import load_benchmark

cs = load_benchmark("correlation_scenario")
sc = load_benchmark("correlation_scoring")
T0 = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


@pytest.fixture(scope="module")
def scenario():
    return cs.generate(seed=7, incidents=40, version=1)


def _decode_all(scenario):
    """Every message through the real decoder: (records per message, dead letters)."""
    identity, out, dead = Identity(), [], []
    for offset, (kind, key, value, headers, ts) in enumerate(scenario.messages):
        raw = RawMessage(topic=f"bench-{kind}", partition=0, offset=offset, value=value, key=key,
                         headers=headers, timestamp_ms=ts)
        records, letter = decode(raw, kind, identity)
        out.append(records)
        if letter is not None:
            dead.append(letter)
    return out, dead


@pytest.fixture(scope="module")
def decoded(scenario):
    return _decode_all(scenario)


@pytest.fixture(scope="module")
def changes(decoded):
    return [r for records in decoded[0] for r in records if isinstance(r, ChangeEvent)]


def test_same_seed_same_bytes_other_seed_other_bytes(scenario):
    again = cs.generate(seed=7, incidents=40, version=1)
    assert again.scenario_id == scenario.scenario_id == "corr-v1-s7-n40"
    assert again.messages == scenario.messages
    assert again.truth == scenario.truth
    assert cs.generate(seed=8, incidents=40, version=1).messages != scenario.messages


def test_v1_bytes_never_change(scenario):
    """``corr-v1-s7-n40`` is the same bytes it was when version 2 was added."""
    digest = hashlib.sha256()
    for kind, key, value, headers, ts in scenario.messages:
        digest.update(json.dumps([kind, (key or b"").decode(), value.decode(), sorted(headers.items()), ts]).encode())
    assert digest.hexdigest() == "81598dbe0fa97a5cc3dc77e485796ea2b2e26d9e7fe354fdadac7578f4d27148"
    assert all(t.extras == () and (t.cause is None or t.cause.requested_at is None) for t in scenario.truth)


def test_kinds_come_in_their_shares():
    counts = Counter(t.kind for t in cs.generate(seed=1, incidents=20, version=1).truth)
    assert counts == {"deploy": 8, "flag": 4, "upstream_deploy": 2, "no_cause": 6}


def test_every_message_decodes_in_every_format(scenario, decoded):
    per_message, dead = decoded
    assert [d.reason for d in dead] == []
    assert all(per_message)
    formats = Counter(headers["sc-format"] for _, _, _, headers, _ in scenario.messages)
    assert set(formats) == {"alertmanager", "signalcraft-alert", "github-deployment-status", "argocd",
                            "pagerduty-change", "launchdarkly", "signalcraft-change"}


def test_causes_decode_as_the_truth_says(scenario, changes):
    stored = {sc.change_ref(c.model_dump()) for c in changes}
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
            sc.change_ref(c.model_dump()) for c in changes
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
    for records, (kind, *_, ts) in zip(decoded[0], scenario.messages, strict=True):
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
        "a": cs.ChangeRef("deployment", "shop", "production", "api", T0 - 3 * MIN + timedelta(seconds=0.9)),
        "b": _ref(5, env="staging"),  # wrong environment
        "c": _ref(2, type_="flag_change"),
        # "d" missing: no suspect
        "e": _ref(1),
        "f": None,
    }
    m = sc.evaluate(truth, suspects)
    assert (m.incidents, m.caused, m.no_cause, m.named, m.correct, m.false_suspects) == (6, 4, 2, 3, 2, 1)
    assert m.precision_at_1 == pytest.approx(2 / 3)
    assert m.recall == 0.5
    assert m.false_suspect_rate == 0.5
    assert m.recall_by_kind == {"deploy": 0.5, "flag": 1.0, "upstream_deploy": 0.0}
    assert m.incidents_by_kind == {"deploy": 2, "flag": 1, "upstream_deploy": 1, "no_cause": 2}
    assert '"precision_at_1": 0.6666' in m.to_json()
    late = {"a": cs.ChangeRef("deployment", "shop", "production", "api", T0 - 3 * MIN + timedelta(seconds=1.5))}
    assert sc.evaluate(truth[:1], late).correct == 0
    other_version = {"a": dataclasses.replace(_ref(3), version="v2")}  # another deploy at the same second
    assert sc.evaluate(truth[:1], other_version).correct == 0


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
    matched = sc.match_incident([t], groups)
    assert [g["id"] for g in matched["a"]] == ["g1", "g2"]
    suspects = sc.incident_suspects(matched, {"g1": _ref(3), "g2": None})
    assert suspects == {"a": _ref(3)}
    assert sc.incident_suspects({"a": []}, {}) == {"a": None}


def test_naive_baseline_takes_an_other_environment_decoy():
    cause, decoy = _ref(6), _ref(2, env="staging", service="web")
    old, other_project = _ref(16), _ref(1, project="billing")
    rows = [_change_row(c) for c in (old, decoy, cause, other_project)]
    groups = [_group("g", T0), _group("early", T0 - 20 * MIN)]
    assert sc.naive_baseline(groups, rows) == {"g": decoy, "early": None}
    truth = [_truth("a", "deploy", cause)]
    m = sc.evaluate(truth, sc.incident_suspects(sc.match_incident(truth, groups), sc.naive_baseline(groups, rows)))
    assert (m.named, m.correct) == (1, 0)


def test_naive_baseline_skips_status_reports_that_change_nothing():
    cause = _ref(6)
    queued = dataclasses.replace(_ref(1), type="other")
    rows = [_change_row(c) for c in (cause, queued)]
    assert sc.naive_baseline([_group("g", T0)], rows) == {"g": cause}


# --- version 2: the families -------------------------------------------------------------------

S = timedelta(seconds=1)


@pytest.fixture(scope="module")
def v2():
    return cs.generate(seed=5, incidents=150)


@pytest.fixture(scope="module")
def v2_decoded(v2):
    return _decode_all(v2)


@pytest.fixture(scope="module")
def v2_changes(v2_decoded):
    return [r for records in v2_decoded[0] for r in records if isinstance(r, ChangeEvent)]


@pytest.fixture(scope="module")
def github(v2):
    """The GitHub webhooks of the scenario as sent: one dict per message."""
    out = []
    for _, _, value, headers, _ in v2.messages:
        if headers["sc-format"] in ("github-deployment", "github-deployment-status"):
            doc = json.loads(value)
            dep, status = doc["deployment"], doc.get("deployment_status")
            out.append({
                "event": headers["x-github-event"], "service": doc["repository"]["name"],
                "environment": dep["environment"], "project": dep["payload"]["project"], "sha": dep["sha"],
                "id": dep["id"], "rollback": dep["payload"].get("rollback", False),
                "requested": datetime.fromisoformat(dep["created_at"]),
                "state": status["state"] if status else "created",
                "at": datetime.fromisoformat((status or dep)["created_at"]),
            })
    return out


def _reports(github, ref):
    """The GitHub webhooks of one change (its service and sha), in time order."""
    return sorted((g for g in github if (g["project"], g["environment"], g["service"], g["sha"])
                   == (ref.project, ref.environment, ref.service, ref.version)), key=lambda g: g["at"])


def _family(v2, kind):
    found = [t for t in v2.truth if t.kind == kind]
    assert len(found) >= 10, kind
    return found


def test_v2_same_seed_same_bytes(v2):
    again = cs.generate(seed=5, incidents=150, version=2)
    assert again.scenario_id == v2.scenario_id == "corr-v2-s5-n150"
    assert (again.messages, again.truth) == (v2.messages, v2.truth)
    assert cs.generate(seed=6, incidents=150).messages != v2.messages
    assert cs.generate(seed=5, incidents=150, version=1).messages != v2.messages
    with pytest.raises(ValueError, match="version=3"):
        cs.generate(seed=5, incidents=10, version=3)


def test_v2_kinds_come_in_their_shares(v2):
    assert Counter(t.kind for t in v2.truth) == {
        "deploy": 33, "flag": 18, "upstream_deploy": 12, "no_cause": 27, **dict.fromkeys(cs.FAMILIES, 12)}
    counts = Counter(t.kind for t in cs.generate(seed=1, incidents=400).truth)
    assert all(counts[f] >= 25 for f in cs.FAMILIES) and counts["deploy"] == 88 and counts["no_cause"] == 72
    assert sum(counts.values()) == 400
    small = Counter(t.kind for t in cs.generate(seed=1, incidents=7).truth)
    assert sum(small.values()) == 7


def test_v2_every_message_decodes(v2, v2_decoded):
    per_message, dead = v2_decoded
    assert [d.reason for d in dead] == []
    assert all(per_message)
    formats = Counter(headers["sc-format"] for _, _, _, headers, _ in v2.messages)
    assert set(formats) == {"alertmanager", "signalcraft-alert", "github-deployment-status", "github-deployment",
                            "argocd", "kubernetes-event", "pagerduty-change", "launchdarkly", "signalcraft-change"}


def test_v2_look_back_holds_the_truth_and_its_extras_only(v2, v2_changes):
    """Every change in an incident's protected look-back is a report of its cause or of one of the
    extras its family placed; each of those has a report there or before; only families (and echoes)
    place extras."""
    scoped = defaultdict(list)
    for c in v2_changes:
        scoped[(c.workspace_id, c.project, c.environment)].append(c)
    for t in v2.truth:
        known = ([t.cause] if t.cause else []) + [e.change for e in t.extras]
        for c in scoped[(t.workspace, t.project, t.environment)]:
            if t.first_alert_at - cs.PROTECTED <= c.timestamp < t.first_alert_at:
                assert any(_reported_by(ref, c) for ref in known), (t.id, t.kind, c.summary)
        for ref in known:
            assert any(_reported_by(ref, c) for c in scoped[(t.workspace, t.project, t.environment)]), (t.id, ref)
        roles = {e.role for e in t.extras} - {"echo"}
        assert roles == {"repeat_deploy": {"older_deploy"}, "late_rollback": {"rollback"},
                         "deploy_and_flag": {"other_change"}, "failed_then_cause": {"failed_deploy"}}.get(
            t.kind, roles if t.kind == "github_sequence" else set()), t
        assert all(e.change.service == t.service for e in t.extras)
    assert {e.role for t in v2.truth for e in t.extras} == set(cs.fam.ROLES)


def _reported_by(ref, c):
    """``c`` (a decoded ChangeEvent) is a report of ``ref``: same service and version, inside its span."""
    end = ref.live_at or ref.timestamp
    return ((c.project, c.environment, c.service, c.version) == (ref.project, ref.environment, ref.service, ref.version)
            and (ref.requested_at or ref.timestamp) - S <= c.timestamp <= end + S)


def test_repeat_deploy_newest_of_several_versions_is_the_cause(v2):
    for t in _family(v2, "repeat_deploy"):
        older = (e.change for e in t.extras if e.role == "older_deploy")
        deploys = sorted([t.cause, *older], key=lambda c: c.timestamp)
        assert 2 <= len(deploys) <= 3 and deploys[-1] == t.cause, t
        assert len({d.version for d in deploys}) == len(deploys)
        assert all(d.type == "deployment" and d.service == t.service for d in deploys)
        assert all(60 * S <= b.timestamp - a.timestamp <= 300 * S for a, b in itertools.pairwise(deploys))
        assert 30 * S <= t.first_alert_at - t.cause.timestamp <= 241 * S
        assert not any(t.cause.matches(d) for d in deploys[:-1])


def test_github_sequence_goes_request_queued_running_success(v2, github):
    failed = 0
    for t in _family(v2, "github_sequence"):
        reports = _reports(github, t.cause)
        assert [r["state"] for r in reports] == ["created", "queued", "in_progress", "success"], t
        assert len({r["id"] for r in reports}) == 1 and reports[0]["event"] == "deployment"
        assert all(r["event"] == "deployment_status" for r in reports[1:])
        assert [r["at"] for r in reports] == sorted({r["at"] for r in reports})
        assert (reports[0]["at"], reports[-1]["at"]) == (t.cause.requested_at, t.cause.live_at)
        assert 60 * S <= t.cause.live_at - t.cause.requested_at <= 360 * S
        assert 30 * S <= t.first_alert_at - t.cause.live_at <= 361 * S
        for extra in t.extras:
            if extra.role != "failed_deploy":
                continue
            failed += 1
            tried = _reports(github, extra.change)
            assert [r["state"] for r in tried][1:3] in (["queued", "in_progress"], ["pending", "in_progress"])
            assert tried[-1]["state"] in ("failure", "error") and "success" not in [r["state"] for r in tried]
            assert tried[0]["id"] != reports[0]["id"] and extra.change.version != t.cause.version
            assert extra.change.live_at is None and tried[0]["at"] < reports[0]["at"]
            assert tried[-1]["at"] < t.first_alert_at
    assert failed >= 2


def test_late_rollback_is_asked_for_before_and_live_after_the_first_alert(v2, github):
    for t in _family(v2, "late_rollback"):
        assert 360 * S <= t.first_alert_at - t.cause.timestamp <= 721 * S and t.cause.type == "deployment"
        [rollback] = [e.change for e in t.extras if e.role == "rollback"]
        reports = _reports(github, rollback)
        assert reports[0]["event"] == "deployment" and all(r["rollback"] for r in reports)
        assert reports[-1]["state"] == "success" and rollback.type == "rollback"
        assert 5 * S <= t.first_alert_at - reports[0]["at"] <= 61 * S
        assert 150 * S <= reports[-1]["at"] - t.first_alert_at <= 271 * S
        assert rollback.version != t.cause.version


def test_failed_then_cause_fails_close_before_the_alerts(v2, github):
    tools = Counter()
    for t in _family(v2, "failed_then_cause"):
        assert 300 * S <= t.first_alert_at - t.cause.timestamp <= 721 * S
        [failed] = [e.change for e in t.extras if e.role == "failed_deploy"]
        assert 30 * S <= t.first_alert_at - failed.timestamp <= 181 * S and failed.live_at is None
        tool = cs.PROJECTS[t.project][t.service]
        tools[tool] += 1
        if tool == "github":
            states = [r["state"] for r in _reports(github, failed)]
            assert states[-1] in ("failure", "error") and "success" not in states
    assert set(tools) == {"github", "argocd"}


def test_failed_argo_syncs_say_so(v2, v2_changes):
    failed = {(e.change.service, e.change.version) for t in v2.truth for e in t.extras if e.role == "failed_deploy"}
    argo = [c for c in v2_changes if c.source == "argocd" and (c.service, c.version) in failed]
    assert argo and all(c.details["phase"] in ("Failed", "Error") for c in argo)


def test_deploy_and_flag_the_closer_change_is_the_cause(v2):
    causes = Counter()
    for t in _family(v2, "deploy_and_flag"):
        [other] = [e.change for e in t.extras if e.role == "other_change"]
        assert {t.cause.type, other.type} == {"deployment", "flag_change"}
        assert 30 * S <= t.first_alert_at - t.cause.timestamp <= 241 * S
        assert 420 * S <= t.first_alert_at - other.timestamp <= 841 * S
        causes[t.cause.type] += 1
    assert set(causes) == {"deployment", "flag_change"}


def test_argo_syncs_are_echoed_by_kubernetes(v2, v2_changes):
    echoes = [c for c in v2_changes if c.source == "kubernetes-event"]
    assert echoes and all(c.type == "deployment" and len(c.version) == 10 for c in echoes)
    synced = {(c.project, c.environment, c.service): [] for c in v2_changes if c.source == "argocd"}
    for c in v2_changes:
        if c.source == "argocd":
            synced[(c.project, c.environment, c.service)].append(c.timestamp)
    for e in echoes:
        assert any(5 * S <= e.timestamp - at <= 40 * S for at in synced[(e.project, e.environment, e.service)]), e
        assert e.details["replicaset"] == f"{e.service}-{e.version}" and e.details["namespace"] == e.project
    assert any(e.role == "echo" for t in v2.truth for e in t.extras)


def test_matches_takes_every_report_of_the_truth_and_no_other_version(v2, github):
    for t in _family(v2, "github_sequence"):
        for r in _reports(github, t.cause):
            report = cs.ChangeRef("deployment", t.project, t.environment, t.service, r["at"], r["sha"])
            assert t.cause.matches(report), (t.id, r["state"])
            assert not t.cause.matches(dataclasses.replace(report, version="0" * 40))
        assert not t.cause.matches(dataclasses.replace(t.cause, timestamp=t.cause.requested_at - 2 * S))
        assert not t.cause.matches(dataclasses.replace(t.cause, timestamp=t.cause.live_at + 2 * S))
        for e in t.extras:
            assert not t.cause.matches(dataclasses.replace(e.change, timestamp=t.cause.live_at))


def test_evaluate_per_kind_and_what_was_wrongly_named():
    older = _ref(4)
    newest = dataclasses.replace(_ref(2), version="v2", requested_at=T0 - 2 * MIN, live_at=T0 - 2 * MIN)
    failed = dataclasses.replace(_ref(1), version="v3", requested_at=T0 - 3 * MIN, live_at=None)
    seq = dataclasses.replace(_ref(2), version="v4", requested_at=T0 - 6 * MIN, live_at=T0 - 2 * MIN)
    truth = [
        dataclasses.replace(_truth("r1", "repeat_deploy", newest), extras=(cs.Extra("older_deploy", older),)),
        dataclasses.replace(_truth("r2", "repeat_deploy", newest), extras=(cs.Extra("older_deploy", older),)),
        dataclasses.replace(_truth("g1", "github_sequence", seq), extras=(cs.Extra("failed_deploy", failed),)),
        dataclasses.replace(_truth("g2", "github_sequence", seq), extras=(cs.Extra("failed_deploy", failed),)),
        _truth("n", "no_cause", None),
    ]
    suspects = {
        "r1": newest, "r2": older,
        "g1": dataclasses.replace(seq, timestamp=T0 - 5 * MIN),  # its request: still the change
        "g2": dataclasses.replace(failed, timestamp=T0 - 2 * MIN),
        "n": _ref(1),
    }
    m = sc.evaluate(truth, suspects)
    assert (m.named, m.correct, m.false_suspects) == (4, 2, 1)
    assert m.precision_by_kind == {"repeat_deploy": 0.5, "github_sequence": 0.5}
    assert m.recall_by_kind == {"repeat_deploy": 0.5, "github_sequence": 0.5}
    assert m.named_by_kind == {"repeat_deploy": 2, "github_sequence": 2, "no_cause": 1}
    assert m.wrong_by_role == {"older_deploy": 1, "failed_deploy": 1}
    shifted = {"g1": dataclasses.replace(seq, type="other")}
    assert sc.evaluate(truth[2:3], shifted).wrong_by_role == {"cause_report": 1}
