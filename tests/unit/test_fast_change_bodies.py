"""The change formats brought onto the fast path last — Kubernetes events (one, an array, an
``EventList``), GitHub ``release`` and ``push`` webhooks (a push makes ``Commit`` records), Argo CD's
``syncResult`` and commit-status bodies and a whole ``Application``, and the bodies whose time is the ``sc-event-time``
header (those two, a PagerDuty change without ``payload.timestamp``, an Argo CD operation without
``finishedAt``) — make exactly what the full path makes.

Each case goes through ``check`` of ``test_fast_changes`` (both paths, the same records, Arrow
rows, dead letters and ``parse_payload`` answers). The cases: every value each adapter reads,
right or wrong, set and removed, in the real payloads of ``/work/shared/fixtures`` and the
bundled examples; header times in every spelling and their absence (then the Kafka timestamp,
which only the full path knows); mutated payloads (hypothesis and a seeded share that must
still reach the fast path).
"""

from __future__ import annotations

import copy
import json
import random
from dataclasses import replace
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.models import ChangeEvent, Commit
from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sources.decode import decode
from signalcraft.sources.fast_changes import (
    ARGOCD,
    GITHUB_PUSH,
    GITHUB_RELEASE,
    KUBERNETES_EVENT,
    PAGERDUTY_CHANGE,
    fast_changes,
)
from tests.unit.test_adapters_property import TRICKY_STRINGS, json_values
from tests.unit.test_fast_alerts import (
    IDENTITIES,
    NOT_JSON,
    PROPERTY,
    TIMES,
    dumps,
    header_sets,
    mutate,
    mutate_seeded,
    raw,
    shape,
)
from tests.unit.test_fast_changes import CORPUS_SEEDS, DELETE, IDENTITY_HEADERS, SCENARIO, check, patched

KUBE = next(doc for fmt, doc in CORPUS_SEEDS if fmt == KUBERNETES_EVENT and isinstance(doc, dict)
            and "involvedObject" in doc)
KUBE_LIST = next(doc for fmt, doc in CORPUS_SEEDS if fmt == KUBERNETES_EVENT and isinstance(doc, dict)
                 and "items" in doc)
RELEASE = next(doc for fmt, doc in CORPUS_SEEDS if fmt == GITHUB_RELEASE)
PUSH = next(doc for fmt, doc in CORPUS_SEEDS if fmt == GITHUB_PUSH)
SYNC = next(doc for fmt, doc in CORPUS_SEEDS if fmt == ARGOCD and "revision" in doc)
STATUS = next(doc for fmt, doc in CORPUS_SEEDS if fmt == ARGOCD and "context" in doc)
PD = next(doc for fmt, doc in CORPUS_SEEDS if fmt == PAGERDUTY_CHANGE)
APP = next(doc for fmt, doc in CORPUS_SEEDS if fmt == ARGOCD and "app" in doc)
APPLICATION = {"apiVersion": "argoproj.io/v1alpha1", "kind": "Application", **APP["app"]}
"""A whole ``Application`` (``{{toJson .app}}``), read as the ``app`` of a notification."""
EVENT_TIME = {"sc-event-time": "2026-03-02T12:31:00Z"}
NEW = [(f, d) for f, d in CORPUS_SEEDS if f in (KUBERNETES_EVENT, GITHUB_RELEASE, GITHUB_PUSH)
       or (f == ARGOCD and ("revision" in d or "context" in d))] + [(ARGOCD, APPLICATION)]
"""The real payloads of these formats (bundled examples, shared fixtures); Argo CD's without a time of their own."""

VALUES = {  # format, seed, where in it -> key -> what it may hold, right or wrong
    (KUBERNETES_EVENT, "event", ()): {
        "reason": ["ScalingReplicaSet", "Killing", "BackOff", "SuccessfulRescale", "DeploymentRollback",
                   "RolloutUpdated", "RolloutCompleted", "RolloutAborted", "Pulled", "", None, 3],
        "message": ["Scaled up replica set api-7ff854f459 from 0 to 3", "Scaled down replica set api-7ff854f459 to 0",
                    "Scaled up replica set api-7ff854f459 (revision 4) to 2", "Scaled up replica set x to 1",
                    "Updated to revision 7 (6b9d85fbd6)", "Rollout completed update to revision 3", "", None, 2, []],
        "note": ["Scaled up replica set web-5d8f7c9b6d from 0 to 1", "", None],
        "involvedObject": [{"kind": "Pod", "name": "api-6b9d85fbd6-klpv2", "namespace": "shop",
                            "fieldPath": "spec.containers{api}"},
                           {"kind": "Pod", "name": "web-0", "fieldPath": "spec.initContainers{init}", "uid": "u"},
                           {"kind": "ReplicaSet", "name": "api-7ff854f459"}, {"kind": "Rollout", "name": "r"},
                           {"name": ""}, {"name": 3}, {"kind": 3, "name": "x"}, {}, None, "api", []],
        "regarding": [{"kind": "Deployment", "name": "api", "namespace": "n"}, None],
        "metadata": [{"uid": "u-1"}, {"name": "ev", "namespace": "ns"}, {"name": "ev"}, {"uid": ""}, {}, None, "m"],
        "lastTimestamp": [*TIMES[:14], None, "", 5],
        "eventTime": ["2026-03-02T13:58:20.417253Z", None, "x"],
        "firstTimestamp": ["2020-11-24T18:37:54Z", None, 1],
        "deprecatedLastTimestamp": ["2020-11-24T18:37:54Z", None],
        "series": [{"count": 4, "lastObservedTime": "2026-03-02T13:58:21.5Z"}, {"count": 0}, {}, None, [1]],
        "count": [1, 7, 0, None, "3", 2.5, True, False, [1], {"a": 1}, 2**70],
        "type": ["Normal", "Warning", "", None, 1],
        "source": [{"component": "deployment-controller", "host": "node-1"}, {"component": ""}, {}, None, "s"],
        "reportingController": ["argo-rollouts", "", None], "reportingComponent": ["kubelet", None, 5],
        "kind": ["Event", "EventList", None], "action": ["Scaling"], "related": [None], "extra": [1],
        "items": [[], None, "x", [{"reason": "x"}]],
    },
    (KUBERNETES_EVENT, "list", ()): {
        "items": [[], None, "x", [1], [{"reason": "Killing"}]], "kind": ["EventList", 3], "metadata": [None, 1],
        "extra": [1],
    },
    (GITHUB_RELEASE, "release", ()): {
        "action": ["published", "released", "prereleased", "created", "edited", "deleted", "unpublished", "", None, 3],
        "sender": [{"login": "s"}, {}, None, "s"], "repository": [{"full_name": "a/b"}, {"full_name": 3}, {}, None],
        "changes": [{"body": {"from": "x"}}], "organization": [{"login": "o"}], "extra": [1], "release": [None, []],
    },
    (GITHUB_RELEASE, "release", ("release",)): {
        "tag_name": ["v1.2.3", "", None, 3], "id": [7, None, "7", 1.5, [1], {"a": 1}, True],
        "draft": [True, False, None, "true", 1], "prerelease": [True, False, None, "yes", 0, [], {}],
        "published_at": [*TIMES[:14], None, "", 0, 5], "created_at": [*TIMES[:6], None, "", False],
        "target_commitish": ["main", "", None, 1], "name": ["n", "", None], "html_url": ["https://h", None, 2],
        "author": [{"login": "a"}, {"login": ""}, {}, None, "a"], "assets": [[], None], "extra": [{}],
    },
    (GITHUB_RELEASE, "release", ("repository",)): {
        "full_name": ["acme/api", "api", "", None, 3], "name": ["api", "", None, 1], "html_url": ["h", None],
    },
    (GITHUB_PUSH, "push", ()): {
        "ref": ["refs/heads/main", "", None, 3], "commits": [[], None, "c", [1], [{}]],
        "compare": ["https://c", "", None, 1], "deleted": [True, None], "created": [True, False],
        "head_commit": [None, {}], "pusher": [{"name": "p"}], "extra": [1], "repository": [None, [], {}],
    },
    (GITHUB_PUSH, "push", ("repository",)): {
        "full_name": ["acme/api", "", None, 3], "name": ["api", "", None, 1],
        "pushed_at": [1741700000, 1741700000.5, 0, -1, 10**20, True, None, "2025-03-11T16:05:00Z", "x", "", [1]],
    },
    (GITHUB_PUSH, "push", ("commits", 0)): {
        "id": ["1b7e0c9", "", None, 3], "message": ["m", "", None, 1],
        "timestamp": [*TIMES[:14], None, "", 1741700000],
        "author": [{"username": "u"}, {"name": "n"}, {"email": "e"}, {"username": "", "name": 1}, {}, None, "a"],
        "added": [[], ["a.py"], ["a", 1], "a", None, {}], "removed": [["r"], None, ""],
        "modified": [["m"], None, 0, [None]], "url": ["u", "", None, 1], "extra": [1],
    },
    (ARGOCD, "sync", ()): {
        "revision": ["f3937462080c6946ff5ec4b5fa393e7c22388e4c", "v1.2", "", None, 3, ["a"]],
        "revisions": [["a", "b"], [], ["a", 2], None, "a"],
        "resources": [[], None, "r", {}, [1, {"kind": "StatefulSet", "name": "db", "namespace": "data",
                                              "images": ["pg:16", "pg:16", 3], "status": {"a": 1}}],
                      [{"kind": ["Deployment"], "name": 3}, {"kind": "Rollout", "name": "r"}], [{}]],
        "source": [{"repoURL": "https://github.com/acme/a.git"}, {"repoURL": 3}, {}, None, "s", []],
        "sources": [[{"repoURL": "x"}], {}, None, "s"], "managedNamespaceMetadata": [{}], "extra": [1],
        "app": [{"metadata": {"name": "a"}}], "context": ["continuous-delivery/a"], "kind": ["Application"],
    },
    (ARGOCD, "application", ()): {
        "kind": ["Application", "application", "AppProject", "", None, 1],
        "apiVersion": ["argoproj.io/v1alpha1", "argoproj.io/", "apps/v1", "", None, 1, ["argoproj.io/"]],
        "metadata": [{"name": "api"}, {"name": 3}, {}, None, "m"], "spec": [{}, None, "s"], "status": [{}, None],
        "operation": [{}], "argocdUrl": ["https://argocd"], "context": [{"argocdUrl": "https://a"}],
        "app": [{"metadata": {"name": "other"}}, {"x": 1}], "revision": ["abc"], "extra": [1],
    },
    (ARGOCD, "status", ()): {
        "state": ["success", "error", "failure", "pending", "other", "", None, 1],
        "context": ["continuous-delivery/guestbook", "argocd", "a/b/c", "", None, 2],
        "target_url": ["https://argocd.example.com/applications/guestbook/", "https://x", "", None, 3],
        "description": ["ArgoCD", None, 1], "extra": [1], "revision": ["abc"],
    },
}
SEED = {"event": KUBE, "list": KUBE_LIST, "release": RELEASE, "push": PUSH, "sync": SYNC, "status": STATUS,
        "application": APPLICATION}


def _set(seed: Any, where: tuple, key: str, value: Any) -> Any:
    return patched(seed, {(*where, key): value})


@pytest.mark.parametrize("case", list(VALUES), ids=lambda case: f"{case[0]}-{case[1]}-{'.'.join(map(str, case[2]))}")
def test_every_value_the_adapters_read(case):
    fmt, seed_name, where = case
    seed, took = SEED[seed_name], 0
    for key, values in VALUES[case].items():
        for value in values:
            doc = _set(seed, where, key, value)
            took += check(json.dumps(doc).encode(), header_sets(fmt, EVENT_TIME))
            check(json.dumps(doc).encode(), header_sets(fmt, IDENTITY_HEADERS), identity=IDENTITIES[1])
            check(json.dumps(doc).encode(), header_sets(fmt))
        check(json.dumps(_set(seed, where, key, DELETE)).encode(), header_sets(fmt, EVENT_TIME))
    assert took >= len(VALUES[case]) // 2, "many values leave a body the fast path takes"


def test_the_real_payloads_take_the_fast_path():
    for fmt, doc in NEW:
        value = json.dumps(doc).encode()
        for identity in IDENTITIES:
            assert check(value, header_sets(fmt, EVENT_TIME), identity=identity), (fmt, doc)
            assert check(value, header_sets(fmt, IDENTITY_HEADERS), identity=identity), (fmt, doc)
        _, records = fast_changes(value, "changes", header_sets(fmt, EVENT_TIME), Identity())
        assert {type(r) for r in records} == {Commit if fmt == GITHUB_PUSH else ChangeEvent}
        assert len(records) == (len(doc["items"]) if "items" in doc else len(doc) if isinstance(doc, list)
                                else len(doc["commits"]) if fmt == GITHUB_PUSH else 1)


@pytest.mark.parametrize("fmt", [None, "", "auto"])
def test_bodies_whose_format_is_detected(fmt):
    """Without a format named, the fast path detects it as the full path does (the same detectors
    over the same JSON), then reads the body as that format: every real payload and the benchmark's
    reports, with identity headers and without."""
    took = 0
    for _fmt, doc in CORPUS_SEEDS:
        for extra in ({}, IDENTITY_HEADERS, {"x-github-event": "push"}):
            took += check(json.dumps(doc).encode(), header_sets(fmt, extra))
    assert took >= 2 * len(CORPUS_SEEDS)
    for value, headers in SCENARIO[::7]:
        named = headers["sc-format"]
        bare = {k: v for k, v in headers.items() if k != "sc-format"}
        assert check(value, header_sets(fmt, bare))
        assert fast_changes(value, "changes", header_sets(fmt, bare), Identity())[0] == named


def test_kubernetes_events_as_an_array_and_a_list():
    events = KUBE_LIST["items"]
    for doc in (events, events[:1], [], [KUBE, KUBE], [KUBE, 1], [KUBE, {**KUBE, "reason": None}],
                {"items": events}, {"items": events, "reason": 3}, {**KUBE, "items": events}, [KUBE_LIST],
                {"items": [], "kind": "EventList"}, [{**KUBE, "items": []}]):
        check(json.dumps(doc).encode(), header_sets(KUBERNETES_EVENT))
        check(json.dumps(doc).encode(), header_sets(KUBERNETES_EVENT, IDENTITY_HEADERS))


def test_kubernetes_events_with_their_fallbacks_combined():
    """Where a value of one key decides whether another is read: the times in their order,
    ``count`` then ``series.count``, the involved object then ``regarding``, a uid then a name."""
    stamp = "2026-03-02T13:58:21.5Z"
    for times in ({"lastTimestamp": None, "series": {"lastObservedTime": stamp, "count": 4}},
                  {"lastTimestamp": "", "eventTime": stamp, "firstTimestamp": "2020-11-24T18:37:54Z"},
                  {"lastTimestamp": DELETE, "firstTimestamp": DELETE, "deprecatedLastTimestamp": stamp},
                  {"lastTimestamp": None, "firstTimestamp": None, "eventTime": None, "series": {"count": 2}}):
        for count in (None, 0, "", 3, DELETE):
            for series in ({"count": 5}, {"count": 0}, {"count": "7"}, None):
                doc = patched(KUBE, {**{(k,): v for k, v in times.items()}, ("count",): count})
                if series is not None:
                    doc.setdefault("series", {}).update(series)
                check(json.dumps(doc).encode(), header_sets(KUBERNETES_EVENT))
    for changes in ({("involvedObject",): DELETE, ("regarding",): {"kind": "Pod", "name": "web-0"}},
                    {("involvedObject",): None, ("regarding",): {"name": "x"}},
                    {("metadata",): {"name": "ev", "namespace": "ns"}, ("involvedObject", "namespace"): DELETE},
                    {("metadata",): {"name": "ev"}, ("involvedObject", "namespace"): ""},
                    {("message",): "", ("note",): "Scaled up replica set web-5d8f7c9b6d from 0 to 1"},
                    {("source",): {}, ("reportingController",): "", ("reportingComponent",): "kubelet"}):
        for extra in ({}, IDENTITY_HEADERS):
            check(json.dumps(patched(KUBE, changes)).encode(), header_sets(KUBERNETES_EVENT, extra))


HEADER_TIMES = [*TIMES[:14], "1772454660000", " 1772454660000 ", "0", "-5", "99999999999999999", "1.5", "٣", "", None]


def _letter(dead: Any) -> Any:
    """A dead letter but for ``received_at`` (the clock's when there is no Kafka timestamp)."""
    return dead and {k: v for k, v in dead.model_dump().items() if k != "received_at"}


@pytest.mark.parametrize("stamp", HEADER_TIMES)
@pytest.mark.parametrize("kafka_ms", [1_717_510_000_123, None, -1], ids=["kafka-time", "no-kafka-time", "absurd"])
def test_bodies_timed_by_the_header_or_by_kafka(stamp, kafka_ms):
    """The fast path reads ``sc-event-time`` as the adapters do, else the Kafka timestamp, and
    takes every such body the full path makes records of; with neither, both refuse it."""
    untimed_app = patched(APP, {("app", "status", "operationState", "finishedAt"): DELETE})
    untimed_pd = patched(PD, {("payload", "timestamp"): DELETE})
    null_pd = patched(PD, {("payload", "timestamp"): None})
    headers = {} if stamp is None else {"sc-event-time": stamp}
    for fmt, doc in ((ARGOCD, SYNC), (ARGOCD, STATUS), (ARGOCD, untimed_app), (PAGERDUTY_CHANGE, untimed_pd),
                     (PAGERDUTY_CHANGE, null_pd)):
        value, with_format = json.dumps(doc).encode(), header_sets(fmt, headers)
        message = replace(raw(value, with_format, "changes"), timestamp_ms=kafka_ms)
        fast = fast_changes(value, "changes", message.headers, Identity(), message.kafka_time)
        records, dead = decode(message, "changes", Identity())
        with patch("signalcraft.sources.decode.fast_changes", return_value=None):
            want_records, want_dead = decode(message, "changes", Identity())
        assert [shape(r) for r in records] == [shape(r) for r in want_records]
        assert _letter(dead) == _letter(want_dead)
        assert (fast is not None) == bool(want_records), (fmt, stamp, kafka_ms)
        if stamp is None and kafka_ms != 1_717_510_000_123:
            assert fast is None and dead is not None


new_values = st.one_of(
    json_values,
    st.sampled_from([*TIMES, *TRICKY_STRINGS]),
    st.sampled_from([v for keys in VALUES.values() for vs in keys.values() for v in vs]),
    st.sampled_from(NOT_JSON),
)
new_keys = st.sampled_from(sorted({key for keys in VALUES.values() for key in keys}))


@PROPERTY
@given(data=st.data())
def test_mutated_bodies(data):
    fmt, original = data.draw(st.sampled_from(NEW), label="payload")
    doc = mutate(data.draw, copy.deepcopy(original), new_values, new_keys)
    value = dumps(doc, ensure_ascii=data.draw(st.booleans()))
    if data.draw(st.integers(0, 9), label="truncate") == 0:
        value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
    extra = data.draw(st.fixed_dictionaries({}, optional={
        "sc-workspace": st.sampled_from(["acme", ""]), "sc-service": st.sampled_from(["api", ""]),
        "sc-environment": st.just("prod"), "x-github-delivery": st.sampled_from(["d", ""]),
        "sc-event-time": st.sampled_from([*TIMES[:8], "1772454660000", ""])}), label="headers")
    kind = data.draw(st.sampled_from(["changes", "changes", *STREAM_KINDS]), label="kind")
    check(value, header_sets(data.draw(st.sampled_from([fmt, fmt, None, "auto", GITHUB_RELEASE])), extra), kind,
          data.draw(st.sampled_from(IDENTITIES), label="identity"))


def test_mutations_reach_the_fast_path_and_agree():
    """Seeded: a good share of the mutated bodies still takes the fast path, and all agree."""
    rng = random.Random(18)
    simple = [*TRICKY_STRINGS, *TIMES[:6], None, True, 0, 17, 1.5, [], {}, {"name": "x"}, "api", ["a"], *NOT_JSON]
    took = {fmt: 0 for fmt, _ in NEW}
    for i in range(900):
        fmt, doc = NEW[i % len(NEW)]
        doc = mutate_seeded(rng, copy.deepcopy(doc), simple)
        took[fmt] += check(dumps(doc), header_sets(fmt, rng.choice([EVENT_TIME, IDENTITY_HEADERS])),
                           identity=rng.choice(IDENTITIES))
    for fmt, count in took.items():
        assert count > 900 / len(NEW) * sum(f == fmt for f, _ in NEW) * 0.5, (fmt, took)
