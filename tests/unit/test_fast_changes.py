"""The fast path for change reports (``sources/fast_changes.py``: GitHub deployments and their
statuses, releases and pushes, LaunchDarkly webhooks, PagerDuty change events, Argo CD
notifications, Kubernetes events, native changes) makes exactly what the full path (the change
adapters, then the pydantic models) makes.

Every case is decoded twice, with the fast path and with it switched off, and the two must
agree: the same records (fields in order with their exact types and values, times' zones,
fields set, no extra or private state), the same Arrow rows, the same dead letters and the
same ``parse_payload`` answer (``check`` of ``test_fast_alerts``). The cases: every bundled
example and shared fixture under every ``sc-format`` header; the correlation benchmark's
change reports; change payloads mutated (keys deleted, values swapped for other JSON, keys
added, bytes cut); times in many spellings; every value the adapters read; odd bytes;
identity headers and rules; arbitrary JSON. The values of the formats brought on last
(Kubernetes events, GitHub releases and pushes, Argo CD's ``syncResult`` and commit status) are
in ``test_fast_change_bodies``.
"""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sources.fast_changes import (
    ARGOCD,
    GITHUB_DEPLOYMENT,
    GITHUB_PUSH,
    GITHUB_RELEASE,
    GITHUB_STATUS,
    KUBERNETES_EVENT,
    LAUNCHDARKLY,
    NATIVE_CHANGE,
    PAGERDUTY_CHANGE,
    fast_changes,
)
from tests.support import load_benchmark
from tests.unit.test_adapters_property import TRICKY_STRINGS, json_values
from tests.unit.test_fast_alerts import (
    CORPUS,
    IDENTITIES,
    NOT_JSON,
    PROPERTY,
    TIMES,
    dumps,
    header_sets,
    mutate,
    mutate_seeded,
)
from tests.unit.test_fast_alerts import check as alerts_check

FAST = (GITHUB_STATUS, GITHUB_DEPLOYMENT, NATIVE_CHANGE, LAUNCHDARKLY, PAGERDUTY_CHANGE, ARGOCD, KUBERNETES_EVENT,
        GITHUB_RELEASE, GITHUB_PUSH)
HEADERS = [None, "", "auto", *FAST, "signalcraft-alert", "no-such-format"]
IDENTITY_HEADERS = {"sc-workspace": "globex", "sc-service": "api", "sc-project": "", "sc-environment": "qa",
                    "x-github-delivery": "d-1", "sc-event-time": "2026-03-02T12:31:00.5+01:00"}


def check(value: bytes, headers: dict[str, str] | None = None, kind: str = "changes",
          identity: Identity = IDENTITIES[0]) -> bool:
    """Both paths agree on ``value`` (test_fast_alerts' check, for the changes' fast path)."""
    return alerts_check(value, headers, kind, identity, fast=fast_changes, arrival=True)


def _scenario_changes() -> list[tuple[bytes, dict[str, str]]]:
    scenario = load_benchmark("correlation_scenario").generate(seed=3, incidents=40)
    return [(value, headers) for topic, _key, value, headers, _at in scenario.messages if topic == "changes"]


SCENARIO = _scenario_changes()


def _seed_format(doc: Any) -> str | None:
    if isinstance(doc, list) or "items" in doc or "involvedObject" in doc:
        return KUBERNETES_EVENT
    if "accesses" in doc:
        return LAUNCHDARKLY
    if isinstance(doc.get("app"), dict) or "revision" in doc or "context" in doc:
        return ARGOCD
    if "release" in doc:
        return GITHUB_RELEASE
    if "commits" in doc:
        return GITHUB_PUSH
    if "routing_key" in doc and "event_action" not in doc:
        return PAGERDUTY_CHANGE
    if "deployment_status" in doc:
        return GITHUB_STATUS
    if "deployment" in doc and "repository" in doc:
        return GITHUB_DEPLOYMENT
    return NATIVE_CHANGE if {"type", "summary", "timestamp"} <= doc.keys() else None


CORPUS_SEEDS = [(fmt, doc) for _, kind, doc in CORPUS if kind == "changes" and (fmt := _seed_format(doc))]
SEEDS = CORPUS_SEEDS + [(headers["sc-format"], json.loads(value)) for value, headers in SCENARIO[:80]
                        if headers["sc-format"] in FAST]


def test_the_seeds_hold_every_format():
    assert {fmt for fmt, _ in CORPUS_SEEDS} == {fmt for fmt, _ in SEEDS} == set(FAST)


@pytest.mark.parametrize("fmt", HEADERS)
@pytest.mark.parametrize("identity", IDENTITIES, ids=["default-identity", "other-identity"])
def test_every_example_and_fixture_under_every_header(fmt, identity):
    took = {"bare": 0, "headers": 0}
    for _name, kind, doc in CORPUS:
        for name, extra in (("bare", {}), ("headers", IDENTITY_HEADERS)):
            took[name] += check(json.dumps(doc).encode(), header_sets(fmt, extra), kind, identity)
    if fmt in FAST:  # its examples, with headers and without (a body without a time: the Kafka timestamp's)
        assert took["headers"] >= sum(seed == fmt for seed, _ in CORPUS_SEEDS)
        assert took["bare"] >= sum(seed == fmt for seed, _ in CORPUS_SEEDS)


def test_the_fast_path_takes_the_benchmark_payloads():
    took = 0
    for value, headers in SCENARIO:
        took += check(value, headers)
        assert (fast_changes(value, "changes", headers, Identity()) is not None) == (headers["sc-format"] in FAST)
    assert took > len(SCENARIO) / 3


STATUS = json.loads(next(json.dumps(doc) for fmt, doc in SEEDS if fmt == GITHUB_STATUS))
NATIVE = {"workspace_id": "acme", "type": "deployment", "source": "ci", "project": "shop", "environment": "prod",
          "service": "api", "version": "f95f852bd8", "summary": "deployed api", "details": {"deployment_id": "d-7"},
          "actor": "marta", "timestamp": "2026-03-02T12:30:00.250+01:00"}

VALUES = {  # what each field the adapters read may hold, right or wrong
    "deployment": {
        "id": [7, 0, -1, 2**63, 2**70, 1.0, "7", True, None],
        "sha": ["f95f852bd8fca8fcc58a9a2d6c842781e32a215e", "F95F852", "v2.4.1", "", "1234567", 5, None],
        "ref": ["main", "", None, "f95f852bd8fca8fcc58a9a2d6c842781e32a215e", 3, ["x"]],
        "task": ["deploy", "rollback", "deploy:revert", "", None, 1],
        "payload": [{}, {"rollback": True}, {"rollback": "true"}, {"service": "web", "app.kubernetes.io/name": "w"},
                    {"app.kubernetes.io/name": "w", "app.kubernetes.io/part-of": "shop"}, {"a-b": "rolled-back"},
                    {"service": True, "project": False, "app": 0},
                    {"project": "p", "env": "e", "n": 3, "f": 1.5, "b": False, "l": [1], "s": ""}, "roll back",
                    "x", None, [], 5, {"workspace": "globex", "tenant": "t"}],
        "environment": ["production", "", None, 4],
        "description": ["Rolling back api", "Revert of #12", "", None, 7],
        "creator": [{"login": "bot"}, {"login": ""}, {"login": 3}, {}, None, "bot"],
        "created_at": [*TIMES[:12], None, 5],
        "extra": [1],
    },
    "deployment_status": {
        "state": ["success", "failure", "error", "in_progress", "inactive", "queued", "pending", "", "x_y", None, 1],
        "created_at": [*TIMES[:12], None, 5],
        "id": [9, None, "9", True, 1.5, [1], {"a": 1}],
        "environment": ["staging", "", None, 1],
        "description": ["done", "", None, 2],
        "log_url": ["https://l", "", None, 3], "target_url": ["https://t", None, 1], "environment_url": ["e", None, 0],
        "creator": [{"login": "me"}, {}, None, []],
        "extra": [1],
    },
    "repository": {
        "full_name": ["acme/api", "api", "", "a/b/c", None, 3], "name": ["api", "", None, 3],
        "html_url": ["https://github.com/acme/api", "", None, 1],
    },
}
NATIVE_VALUES = {
    "workspace_id": ["acme", "", None, 0, False, 3, ["a"]], "project": ["shop", "", None, 1],
    "environment": ["prod", "", None, {}], "service": ["api", "", None, 2.5],
    "type": ["deployment", "flag_change", "rollback", "other", "deploy", "", None, 1],
    "source": ["ci", "", None, 1], "id": ["change-1", "", None, 1],
    "version": ["v1", "F95F852BD8", "", None, 3], "summary": ["x", "", None, 1],
    "details": [{}, {"flag_key": "k", "flag_version": "3"}, {"deployment_id": ""}, {"a": 1}, None, [], "x"],
    "actor": ["me", "", None, 1], "phase": ["live", "failed", "requested", "done", None, ""],
    "identifiers": [{}, {"revision": "abc"}, {"a": 1}, None], "timestamp": [*TIMES, None, 1717510082],
    "extra": [1],
}


@pytest.mark.parametrize("part", list(VALUES))
def test_every_value_the_github_adapter_reads(part):
    for key, values in VALUES[part].items():
        for value in values:
            for fmt in (GITHUB_STATUS, GITHUB_DEPLOYMENT):
                doc = copy.deepcopy(STATUS)
                doc[part][key] = value
                check(json.dumps(doc).encode(), header_sets(fmt))
                del doc[part][key]
                check(json.dumps(doc).encode(), header_sets(fmt, IDENTITY_HEADERS))


@pytest.mark.parametrize("key", list(NATIVE_VALUES))
def test_every_value_of_a_native_change(key):
    for value in NATIVE_VALUES[key]:
        for identity in IDENTITIES:
            check(json.dumps({**NATIVE, key: value}).encode(), header_sets(NATIVE_CHANGE), identity=identity)
            bare = {k: v for k, v in NATIVE.items() if k not in ("workspace_id", "project", "source")}
            check(json.dumps({**bare, key: value}).encode(), header_sets(NATIVE_CHANGE, IDENTITY_HEADERS),
                  identity=identity)
        without = {k: v for k, v in NATIVE.items() if k != key}
        check(json.dumps(without).encode(), header_sets(NATIVE_CHANGE))


LD = next(doc for fmt, doc in CORPUS_SEEDS if fmt == LAUNCHDARKLY)
PD = next(doc for fmt, doc in CORPUS_SEEDS if fmt == PAGERDUTY_CHANGE and "links" in doc)
ARGO = next(doc for fmt, doc in SEEDS if fmt == ARGOCD and "argocdUrl" in doc)
ACCESS = "proj/shop:env/production:flag/fast-path"
TOOL_VALUES = {  # format -> where in the body -> key -> what it may hold, right or wrong
    LAUNCHDARKLY: {
        (): {
            "_id": ["65e3", "", None, 7], "date": [1772458212345, 0, -1, 1.5, True, "1772458212345", 2**70, None],
            "kind": ["flag", "segment", "project", "", None, 1],
            "accesses": [[], [{"action": "updateOn", "resource": ACCESS}, {"resource": ACCESS.replace("production",
                         "staging")}], [{"resource": "proj/p:env/e"}], [{"resource": ""}, "x", None, {"action": 1}],
                         [{"resource": ACCESS, "action": None}, {"resource": "flag/k;tag"}], {}, None],
            "name": ["Fast path", "", None, 3], "titleVerb": ["turned on", "", None, []],
            "comment": ["why", "", None, 0], "shortDescription": ["short", None, 5],
            "member": [{"email": "a@b"}, {"firstName": "A", "lastName": "B"}, {"lastName": ""}, {}, None, "m"],
            "token": [{"name": "ci"}, None, "t"], "app": [{"name": "app"}, {"name": 3}, None],
            "_links": [{"site": {"href": "/x"}}, {"site": "x"}, {}, None, []],
            "currentVersion": [{}, None, [], {"key": "k", "_version": 3.5}], "previousVersion": [{}, None, "p"],
            "extra": [1], "subentries": [[]],
        },
        ("currentVersion",): {
            "key": ["k", "", None, 2], "tags": [["service:api", "project:shop", "workspace:globex", "x", 3,
                                                 "env:"], [], None, "service:api"],
            "_version": [3, 0, None, "7", True, 2.5, [1], {"a": 1}],
            "environments": [{}, None, {"production": {"on": "yes", "rules": None, "_environmentName": 5}},
                             {"production": {"fallthrough": {"rollout": {}}, "offVariation": 9}}],
            "variations": [[], None, [{"value": {"a": [1]}}, "x"]],
        },
    },
    PAGERDUTY_CHANGE: {
        (): {"routing_key": ["R0", "", None, 5, ["x"]], "extra": [1], "event_action": ["trigger"],
             "links": [[], None, [{"href": "h"}, {"href": ""}, {"href": "i", "text": "t"}, "x"], {"href": "h"}]},
        ("payload",): {
            "summary": ["Deployed api v1", "Rolled back api", "flag toggled", "", None, 1],
            "timestamp": [*TIMES[:14], None, 1717510082, ""], "source": ["ci", "", None, 3],
            "custom_details": [{}, None, "text", [1], 5, {"commit": {"sha": "ABCDEF1"}}, {"commit": {"id": "v9"}},
                               {"Service": "Api", "SERVICE": "x", "a.b": "1", "a_b": "2", "deployment_id": "d"},
                               {"change_type": "Release", "type": "scale", "n": 1.0, "b": False, "nested": {"a": 1}}],
            "severity": ["critical"],
        },
    },
    ARGOCD: {
        (): {"argocdUrl": ["https://argocd.acme.io/", "", None, 1], "context": [{"argocdUrl": "https://a"}, None, "c"],
             "app": [{}, None, [], {"metadata": None}, {"metadata": {"name": "a"}}], "extra": [1],
             "kind": ["Application"]},
        ("app",): {"spec": [{}, None, "s"], "status": [{}, None, 5], "apiVersion": ["argoproj.io/v1alpha1"],
                   "kind": ["Application"], "operation": [{}], "extra": [1]},
        ("app", "metadata"): {"name": ["api-prod", "", None, 3], "labels": [
            {}, None, {"app.kubernetes.io/name": "web", "env": "qa", "tenant": "t", "n": 2}, {"service": ""}, "x"]},
        ("app", "spec"): {"project": ["payments", "", None], "destination": [{}, {"name": "eu"}, None, "d"],
                          "source": [{}, None, {"repoURL": "https://github.com/acme/a.git", "targetRevision": 3},
                                     {"repoURL": "not a url"}],
                          "sources": [[{"repoURL": "git@github.com:acme/b.git"}], ["x"], None]},
        ("app", "status"): {"sync": [{}, None, {"revision": "v1", "status": "Synced"}, {"revisions": ["a", 2]}],
                            "health": [{"status": "Healthy"}, {}, None]},
        ("app", "status", "operationState"): {
            "phase": ["Succeeded", "Failed", "Error", "Running", "Terminating", "", None, 1],
            "message": ["rollback to abc", "Reverted", "", None, 2], "startedAt": ["2026-03-02T11:20:03Z", "", None],
            "finishedAt": [*TIMES[:14], None, "", 1717510082],
            "syncResult": [{}, None, {"revisions": []}, {"revision": 5, "resources": [{"images": ["a", "a", 1]}]},
                           {"resources": "r"}],
            "operation": [{}, None, {"initiatedBy": {"automated": True}}, {"initiatedBy": {"username": ""}},
                          {"initiatedBy": "u"}],
        },
    },
}


@pytest.mark.parametrize("fmt", list(TOOL_VALUES))
def test_every_value_the_tool_adapters_read(fmt):
    seed = {LAUNCHDARKLY: LD, PAGERDUTY_CHANGE: PD, ARGOCD: ARGO}[fmt]
    for where, keys in TOOL_VALUES[fmt].items():
        for key, values in keys.items():
            for value in values:
                doc = copy.deepcopy(seed)
                part = doc
                for step in where:
                    part = part[step]
                part[key] = value
                check(json.dumps(doc).encode(), header_sets(fmt))
                check(json.dumps(doc).encode(), header_sets(fmt, IDENTITY_HEADERS), identity=IDENTITIES[1])
            doc = copy.deepcopy(seed)
            part = doc
            for step in where:
                part = part[step]
            part.pop(key, None)
            check(json.dumps(doc).encode(), header_sets(fmt))


DELETE = object()


def patched(seed: dict, changes: dict[tuple, Any]) -> dict:
    """A copy of ``seed`` with each ``path: value`` of ``changes`` set (``DELETE``: removed)."""
    doc = copy.deepcopy(seed)
    for path, value in changes.items():
        part = doc
        for step in path[:-1]:
            part = part[step]
        if value is DELETE:
            part.pop(path[-1], None)
        else:
            part[path[-1]] = value
    return doc


def test_argocd_fallbacks_when_the_first_choice_is_missing():
    labels, spec = ("app", "metadata", "labels"), ("app", "spec")
    for changes in (
        {("argocdUrl",): DELETE, ("context",): {"argocdUrl": "https://ctx.example/"}},
        {("argocdUrl",): "", ("context",): {"argocdUrl": 3}},
        {labels: {}, (*spec, "destination"): {"name": "eu-1"}},
        {labels: {}, (*spec, "destination"): {"namespace": "", "name": "eu-1"}},
        {labels: DELETE, (*spec, "destination"): DELETE},
        {(*spec, "source"): {}, (*spec, "sources"): ["x", {"repoURL": "git@github.com:acme/b.git"}]},
        {(*spec, "source"): DELETE, (*spec, "sources"): [{"targetRevision": "v2"}]},
        {(*spec, "source"): {"repoURL": "https://github.com/acme/c"}, labels: {"team": "t"}},
        {("app", "status", "operationState", "syncResult"): DELETE, ("app", "status", "sync"): {"revision": "r"}},
    ):
        for fmt in (ARGOCD, None):
            check(json.dumps(patched(ARGO, changes)).encode(), header_sets(fmt))


def test_the_top_of_a_github_webhook():
    for top in ({"deployment_status": None}, {"deployment_status": []}, {"deployment": None}, {"repository": []},
                {"sender": {"login": "s"}}, {"sender": "s"}, {"organization": {"login": "o"}}, {"extra": 1},
                {"workflow_run": {"id": 1}}):
        for fmt in (GITHUB_STATUS, GITHUB_DEPLOYMENT):
            check(json.dumps({**STATUS, **top}).encode(), header_sets(fmt))
    for fmt in (GITHUB_STATUS, GITHUB_DEPLOYMENT):
        check(json.dumps([STATUS]).encode(), header_sets(fmt))
        check(json.dumps({k: v for k, v in STATUS.items() if k != "deployment_status"}).encode(), header_sets(fmt))
    check(json.dumps([NATIVE, NATIVE]).encode(), header_sets(NATIVE_CHANGE))


def test_odd_bytes_and_json_text():
    for text, fmt in ((json.dumps(STATUS), GITHUB_STATUS), (json.dumps(NATIVE), NATIVE_CHANGE)):
        for value in (
            text.encode(), b"\xef\xbb\xbf" + text.encode(), b" \n" + text.encode() + b"\n", text.encode() + b" x",
            text.replace('"summary"', '"summary": "a", "summary"', 1).encode(),  # a key twice: the last wins
            text.replace('"deployment": {', '"deployment": {"id": 1, ', 1).encode(),
            text.replace('"full_name": "', '"full_name": "\\ud800', 1).encode(),
            text.replace('"service": "', '"service": "\\ud83d\\ude00\\u00e9\\u0000', 1).encode(),
            text.replace('"sha": "', '"sha": "\xff', 1).encode("latin-1"),
            text.replace('"summary": "', '"summary": "\xff', 1).encode("latin-1"),
            text.replace('"repository": {', '"repository": {"x": 1e99999, ', 1).encode(),
            text.replace('"sender": {', '"sender": {"x": "\xff", ', 1).encode("latin-1"),
            text.replace('"details": {', '"details": {"a": "1", "a": "2", ', 1).encode(),
            text.encode("utf-16"),
        ):
            check(value, header_sets(fmt))


change_values = st.one_of(
    json_values,
    st.sampled_from([*TIMES, *TRICKY_STRINGS]),
    st.sampled_from([v for part in (*VALUES.values(), NATIVE_VALUES) for vs in part.values() for v in vs]),
    st.sampled_from(NOT_JSON),
)
new_keys = st.sampled_from([*NATIVE_VALUES, *VALUES["deployment"], *VALUES["deployment_status"], "login",
                            "full_name", "deployment", "deployment_status", "repository", "sender", "rollback"])


@PROPERTY
@given(data=st.data())
def test_mutated_change_payloads(data):
    fmt, original = data.draw(st.sampled_from(SEEDS), label="payload")
    doc = mutate(data.draw, json.loads(json.dumps(original)), change_values, new_keys)
    value = dumps(doc, ensure_ascii=data.draw(st.booleans()))
    if data.draw(st.integers(0, 9), label="truncate") == 0:
        value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
    extra = data.draw(st.fixed_dictionaries({}, optional={
        "sc-workspace": st.sampled_from(["acme", ""]), "sc-service": st.sampled_from(["api", ""]),
        "sc-project": st.text(max_size=3), "sc-environment": st.just("prod"),
        "x-github-delivery": st.sampled_from(["d", ""])}), label="headers")
    kind = data.draw(st.sampled_from(["changes", "changes", "changes", *STREAM_KINDS]), label="kind")
    fmt = data.draw(st.sampled_from([fmt, fmt, *HEADERS]), label="format")
    check(value, header_sets(fmt, extra), kind, data.draw(st.sampled_from(IDENTITIES), label="identity"))


@PROPERTY
@given(doc=json_values, fmt=st.sampled_from(HEADERS))
def test_arbitrary_json(doc, fmt):
    check(json.dumps(doc).encode(), header_sets(fmt))


def test_mutations_reach_the_fast_path_and_agree():
    """Seeded: a good share of mutated payloads still takes the fast path, and all agree."""
    rng = random.Random(18)
    simple = [*TRICKY_STRINGS, *TIMES[:6], None, True, 0, 17, 1.5, [], {}, {"login": "x"}, "api", *NOT_JSON]
    took = total = 0
    for _ in range(600):
        fmt, original = rng.choice(SEEDS)
        doc = mutate_seeded(rng, json.loads(json.dumps(original)), simple)
        took += check(dumps(doc), header_sets(fmt, rng.choice([{}, IDENTITY_HEADERS])),
                      identity=rng.choice(IDENTITIES))
        total += 1
    assert took > total * 0.5
