"""The fast path for native alerts and Alertmanager webhooks (``sources/fast_alerts.py``)
makes exactly what the full path (adapters, then the pydantic models) makes.

Every case is decoded twice, with the fast path and with it switched off, and the two
must agree: the same records (type, fields in order with their exact types and values,
times' zones, fields set, no extra or private state), the same Arrow rows for the store,
the same dead letters (step, reason, format, bytes) and the same ``parse_payload``
answer. The cases: every bundled example and shared fixture of every stream kind under
every ``sc-format`` header; the property tests' arbitrary JSON; real alert payloads
mutated (keys deleted, values swapped for other JSON and for tricky times, keys added or
doubled, bytes cut); times in many spellings; identity headers and rules.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

import signalcraft.sources
from signalcraft.models import DeadLetter, RawMessage, make_id
from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sources.adapters import REGISTRY
from signalcraft.sources.decode import DecodeError, decode, parse_payload
from signalcraft.sources.fast_alerts import fast_alerts
from tests.shared_data import SHARED_FIXTURES
from tests.unit.test_adapters_property import FIXTURE_KINDS, TRICKY_STRINGS, json_values

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
IDENTITIES = [
    Identity(),
    Identity(workspace_keys=("tenant",), project_keys=("namespace", "team"), environment_keys=("cluster",),
             service_keys=("job", "service"), default_workspace="acme", default_project="p0",
             default_environment="e0", default_service="s0"),
]
HEADERS = [None, "", "auto", "alertmanager", "signalcraft-alert", "grafana", "no-such-format"]
PROPERTY = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TIMES = [
    "2024-06-04T14:07:30Z", "2024-06-04T14:07:30.112Z", "2024-06-04T14:07:30.1+02:00",
    "2024-06-04T14:07:30.123456-07:30", "2024-06-04T14:07:30.1234567Z", "2024-06-04T14:07:30.123456789+08:00",
    "2024-06-04t14:07:30z", "2024-06-04 14:07:30Z", "2024-06-04_14:07:30Z", "2024-06-04T14:07Z",
    "2024-06-04T14:07:30+0000", "2024-06-04T14:07:30+00",
    "2024-06-04T14:07:30", "2024-06-04", "2024-06-04T14:07:60Z", "2024-06-04T24:00:00Z", "2024-02-30T00:00:00Z",
    "2024-06-04T14:07:30+23:59", "2024-06-04T14:07:30-00:00", "2024-06-04T14:07:30+24:00", "2024-06-04T14:07:30+05:60",
    "0001-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "0001-01-01T00:30:00-01:00", "9999-12-31T23:59:59-01:00",
    "9999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1700000000", "1700000000000", "20240604T140730Z",
    "2024-06-04T14:07:30,5Z", "2024-06-04T14:07:30.Z", " 2024-06-04T14:07:30Z", "2024-06-04T14:07:30 Z",
    "٢٠٢٤-06-04T14:07:30Z", "2024-06-04T14:07:30.000000Z", "2024-06-04T14:07:30.5z", "",
]


NOT_JSON = [float("nan"), float("inf"), float("-inf"), "<1e999>", "<-1e999>"]
"""Values that :func:`dumps` writes as text JSON does not have: the literals ``NaN``, ``Infinity`` and
``-Infinity`` (as ``json.dumps`` does) and numbers past a double's range (from these two strings)."""


def dumps(doc: Any, **options: Any) -> bytes:
    """``json.dumps`` of ``doc``, the strings of :data:`NOT_JSON` written as the numbers they name."""
    return json.dumps(doc, **options).replace('"<1e999>"', "1e999").replace('"<-1e999>"', "-1e999").encode()


def raw(value: bytes, headers: dict[str, str] | None = None, kind: str = "alerts") -> RawMessage:
    return RawMessage(f"signalcraft.{kind}", 1, 42, value, b"k", headers or {}, timestamp_ms=1_717_510_000_123)


def _shape(value: Any) -> Any:
    if isinstance(value, datetime):
        return ("datetime", value.isoformat(), value.tzinfo)
    if isinstance(value, dict):
        return (type(value), [(type(k), k, type(v), v) for k, v in value.items()])
    if isinstance(value, float):
        return (float, repr(value))  # nan as itself
    return (type(value), value)


def shape(record: Any) -> tuple:
    """Everything of a record that a consumer, a pickle or a dump could tell apart."""
    return (
        type(record),
        [(name, _shape(value)) for name, value in record.__dict__.items()],
        sorted(record.__pydantic_fields_set__),
        record.__pydantic_extra__,
        record.__pydantic_private__,
    )


def no_fast_path(fast: str) -> Any:
    """The fast path named ``fast`` and the named formats' bytes path (a complete native record validated
    by pydantic's own JSON parser) turned off: what is left is the full path, the documented contract."""
    return patch.multiple("signalcraft.sources.decode", **{fast: lambda *a: None, "_named_bytes": lambda *a: None})


def full_path(message: RawMessage, kind: str, identity: Identity, fast: str = "fast_alerts",
              ) -> tuple[list, DeadLetter | None]:
    """What ``decode`` gives with the fast path named ``fast`` and the named bytes path turned off."""
    with no_fast_path(fast):
        return decode(message, kind, identity)


def check(value: bytes, headers: dict[str, str] | None = None, kind: str = "alerts",
          identity: Identity = IDENTITIES[0], fast: Callable = fast_alerts, record: type | None = None,
          arrival: bool = False) -> bool:
    """Both paths agree on ``value`` (the fast path ``fast``, its records of type ``record`` when
    given, the message's Kafka timestamp given to it with ``arrival``); return whether the fast
    path took it."""
    message = raw(value, headers, kind)
    took = fast(value, kind, message.headers, identity, *([message.kafka_time] if arrival else [])) is not None
    records, dead = decode(message, kind, identity)
    want_records, want_dead = full_path(message, kind, identity, fast.__name__)
    assert [shape(r) for r in records] == [shape(r) for r in want_records]
    assert (dead is None) == (want_dead is None)
    if dead is not None:
        assert dead.model_dump() == want_dead.model_dump()
    if took:
        assert dead is None and records and (record is None or all(type(r) is record for r in records))
        assert arrow_batches(records) == arrow_batches(want_records)
        assert_same_parse(value, kind, message.headers, identity, fast.__name__)
    return took


def assert_same_parse(value: bytes, kind: str, headers: dict[str, str], identity: Identity,
                      fast: str = "fast_alerts") -> None:
    def run() -> Any:
        try:
            fmt, records = parse_payload(value, kind, headers, identity)
            return fmt, [shape(r) for r in records]
        except DecodeError as e:
            return e.step, e.reason, e.format

    got = run()
    with no_fast_path(fast):
        assert got == run()


def header_sets(fmt: str | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    out = dict(extra or {})
    if fmt is not None:
        out["sc-format"] = fmt
    return out


def complete_native(doc: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """A native alert with ``id`` and ``source``, as producers that send whole records do."""
    out = {**doc, "source": "signalcraft", **changes}
    out.setdefault("id", make_id("alert", out.get("fingerprint"), out.get("status"), out.get("starts_at")))
    return out


def corpus() -> list[tuple[str, str, Any]]:
    docs = []
    shared = sorted(SHARED_FIXTURES.glob("*/*.json")) if SHARED_FIXTURES is not None else []
    for path in shared:
        kind = "changes" if path.name.startswith("change_events") else FIXTURE_KINDS[path.parent.name]
        docs.append((path.name, kind, json.loads(path.read_bytes())))
    for path in sorted(EXAMPLES.glob("*/*.json")):
        docs.append((path.name, path.parent.name, json.loads(path.read_bytes())))
    native = json.loads((EXAMPLES / "alerts" / "signalcraft-alert-firing.json").read_bytes())
    docs.append(("native-complete", "alerts", complete_native(native)))
    docs.append(("native-resolved", "alerts", complete_native(
        native, status="resolved", ends_at="2024-06-04T14:19:00.25+02:00", generator_url="http://p/g")))
    docs.append(("native-bare", "alerts", {k: v for k, v in complete_native(native).items()
                                           if k not in ("labels", "annotations")}))
    docs.append(("native-no-id", "alerts", {k: v for k, v in complete_native(native).items() if k != "id"}))
    docs.append(("native-no-source", "alerts", {k: v for k, v in complete_native(native).items() if k != "source"}))
    return docs


CORPUS = corpus()
ALERT_SEEDS = [doc for _, kind, doc in CORPUS if kind == "alerts" and isinstance(doc, dict)
               and ("groupKey" in doc or "starts_at" in doc)]


@pytest.mark.parametrize("fmt", HEADERS)
@pytest.mark.parametrize("identity", IDENTITIES, ids=["default-identity", "other-identity"])
def test_every_example_and_fixture_under_every_header(fmt, identity):
    took = 0
    for _name, kind, doc in CORPUS:
        for extra in ({}, {"sc-workspace": "globex", "sc-service": "api", "sc-project": "", "sc-environment": "qa"}):
            took += check(json.dumps(doc).encode(), header_sets(fmt, extra), kind, identity)
    if fmt in (None, "", "auto", "alertmanager"):
        assert took >= 8  # the Alertmanager examples and fixtures took the fast path
    if fmt == "signalcraft-alert":
        assert took >= 10


def test_the_fast_path_takes_the_benchmark_payloads():
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from ingest import alertmanager_events, native_events

    for make in (native_events, alertmanager_events):
        for value, headers in make(300, random.Random(7)):
            assert check(value, headers)


def test_records_of_one_shape_share_their_fields_set_and_a_copy_does_not():
    """The fast path hands the records of one shape one fields-set object (the model is frozen,
    so no record changes its own); ``model_copy`` gives the copy a set of its own."""
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    from ingest import alertmanager_events, native_events

    for make in (native_events, alertmanager_events):
        (first, h1), (second, h2) = make(2, random.Random(3))
        a, b = (decode(raw(value, headers), "alerts", IDENTITIES[0])[0][0] for value, headers in ((first, h1),
                                                                                              (second, h2)))
        assert a.__pydantic_fields_set__ is b.__pydantic_fields_set__
        with pytest.raises(ValidationError, match="frozen"):
            a.name = "changed"
        copied = a.model_copy(update={"name": "changed", "ends_at": None})
        assert copied.__pydantic_fields_set__ is not a.__pydantic_fields_set__
        assert b.model_fields_set == a.model_fields_set and "ends_at" in copied.model_fields_set


def test_odd_bytes_and_json_text():
    native = json.dumps(complete_native(ALERT_SEEDS[-1]))
    webhook = json.dumps(next(d for d in ALERT_SEEDS if "groupKey" in d))
    for text, fmt in ((native, "signalcraft-alert"), (webhook, None)):
        for value in (
            text.encode(), b"\xef\xbb\xbf" + text.encode(), b" \n" + text.encode() + b"\n", text.encode() + b" x",
            text.replace('"status"', '"status": "firing", "status"', 1).encode(),  # a key twice: the last wins
            text.replace('"labels": {', '"labels": {"service": "a", ', 1).encode(),
            text.replace('"fingerprint": "', '"fingerprint": "\\ud800', 1).encode(),
            text.replace('"fingerprint": "', '"fingerprint": "\\ud83d\\ude00\\u00e9\\u0000', 1).encode(),
            text.replace('"fingerprint": "', '"fingerprint": "\xff', 1).encode("latin-1"),
            text.replace("{", '{"extra": 1e99999, ', 1).encode(),
            text.replace("{", '{"version": 4, ', 1).encode(),
            text.replace('"labels": {', '"labels": {"n": 1, ', 1).encode(),
            text.replace('"labels": {', '"labels": {"alertname": "", "summary": "x", ', 1).encode(),
            text.encode("utf-16"),
        ):
            check(value, header_sets(fmt))


@pytest.mark.parametrize("time", TIMES)
def test_times_in_every_spelling(time):
    native = complete_native(ALERT_SEEDS[-1])
    webhook = next(d for d in ALERT_SEEDS if "groupKey" in d)
    for key in ("starts_at", "ends_at"):
        check(json.dumps({**native, key: time}).encode(), {"sc-format": "signalcraft-alert"})
    alert = webhook["alerts"][0]
    for key in ("startsAt", "endsAt"):
        for status in ("firing", "resolved"):
            doc = {**webhook, "alerts": [{**alert, key: time, "status": status}]}
            check(json.dumps(doc).encode())


digits = st.text(alphabet="0123456789", min_size=1, max_size=3)


@PROPERTY
@given(
    date=st.tuples(st.integers(0, 10000), st.integers(0, 13), st.integers(0, 32)),
    clock=st.tuples(st.integers(0, 25), st.integers(0, 61), st.integers(0, 61)),
    fraction=st.one_of(st.just(""), st.text(alphabet="0123456789", min_size=0, max_size=10).map(lambda d: "." + d)),
    zone=st.one_of(st.sampled_from(["Z", "z", "", "+00:00", "-00:00", "+0530"]),
                   st.tuples(st.sampled_from("+-"), st.integers(0, 25), st.integers(0, 61)).map(
                       lambda z: f"{z[0]}{z[1]:02d}:{z[2]:02d}")),
    sep=st.sampled_from(["T", "T", "t", " "]),
)
def test_generated_times(date, clock, fraction, zone, sep):
    text = f"{date[0]:04d}-{date[1]:02d}-{date[2]:02d}{sep}{clock[0]:02d}:{clock[1]:02d}:{clock[2]:02d}{fraction}{zone}"
    native = complete_native(ALERT_SEEDS[-1])
    check(json.dumps({**native, "starts_at": text}).encode(), {"sc-format": "signalcraft-alert"})
    webhook = next(d for d in ALERT_SEEDS if "groupKey" in d)
    check(json.dumps({**webhook, "alerts": [{**webhook["alerts"][0], "startsAt": text}]}).encode())


alert_values = st.one_of(
    json_values,
    st.sampled_from(TIMES),
    st.sampled_from(["firing", "resolved", "critical", "warning", "P1", "none", "4", "", None, {}, [], 0, True]),
    st.sampled_from(NOT_JSON),
    st.dictionaries(st.sampled_from(["alertname", "service", "env", "tenant", "team", "instance", "severity", "x"]),
                    st.one_of(st.text(max_size=4), st.sampled_from(["", "api", "prod"]), json_values), max_size=5),
)
new_keys = st.sampled_from(["id", "source", "labels", "ends_at", "generator_url", "orgId", "state", "groupKey",
                            "version", "endsAt", "fingerprint", "generatorURL", "annotations", "extra", "startsAt",
                            "status", "name", "alerts", "workspace_id", "values"])


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    out = []
    for key, child in items:
        out.append((*prefix, key))
        out.extend(_paths(child, (*prefix, key)))
    return out


def mutate_seeded(rng: Any, doc: Any, simple: list) -> Any:
    """``doc`` with, half of the time, one value anywhere deleted (three times in ten) or replaced by one of
    ``simple``, drawn from ``rng``: the seeded runs that count how often the fast paths take a mutated body."""
    if rng.random() < 0.5:
        path = rng.choice(_paths(doc))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        if rng.random() < 0.3:
            del parent[path[-1]]
        else:
            parent[path[-1]] = rng.choice(simple)
    return doc


def mutate(draw: Any, doc: Any, values: Any = None, keys: Any = None) -> Any:
    """Up to three deletions, replacements or additions anywhere in ``doc``, drawing new values from ``values``
    and new keys from ``keys`` (an alert's by default); the fast paths of changes and logs mutate their own."""
    values = alert_values if values is None else values  # a strategy is always true: compare with None
    keys = new_keys if keys is None else keys
    for _ in range(draw(st.integers(min_value=0, max_value=3))):
        paths = _paths(doc)
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["delete", "replace", "replace", "add"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = copy.deepcopy(draw(values))  # a later mutation may go inside it
        elif isinstance(parent, dict):
            parent[draw(keys)] = copy.deepcopy(draw(values))
    return doc


@PROPERTY
@given(data=st.data())
def test_mutated_alert_payloads(data):
    original = data.draw(st.sampled_from(ALERT_SEEDS), label="payload")
    if "starts_at" in original:
        original = complete_native(original)
    doc = mutate(data.draw, json.loads(json.dumps(original)))
    value = dumps(doc, ensure_ascii=data.draw(st.booleans()))
    if data.draw(st.integers(0, 9), label="truncate") == 0:
        value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
    fmt = data.draw(st.sampled_from(HEADERS), label="format")
    extra = data.draw(st.fixed_dictionaries({}, optional={
        "sc-workspace": st.sampled_from(["acme", ""]), "sc-service": st.sampled_from(["api", ""]),
        "sc-project": st.text(max_size=3), "sc-environment": st.just("prod")}), label="headers")
    kind = data.draw(st.sampled_from(["alerts", "alerts", "alerts", *STREAM_KINDS]), label="kind")
    check(value, header_sets(fmt, extra), kind, data.draw(st.sampled_from(IDENTITIES), label="identity"))


@PROPERTY
@given(doc=json_values, fmt=st.sampled_from(HEADERS), kind=st.sampled_from(STREAM_KINDS))
def test_arbitrary_json(doc, fmt, kind):
    check(json.dumps(doc).encode(), header_sets(fmt), kind)


SIMPLE_VALUES = [*TIMES, *TRICKY_STRINGS, None, True, 0, 1.5, [], {}, {"a": "b"}, {"a": 1}, ["x"], "api", "prod",
                 *NOT_JSON]


def random_mutation(rng: random.Random, doc: Any) -> Any:
    """``mutate`` with a seeded random stream instead of hypothesis' draws."""
    for _ in range(rng.randint(1, 2)):
        paths = _paths(doc)
        if not paths:
            break
        path = rng.choice(paths)
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = rng.choice(["delete", "replace", "replace", "add"])
        if action == "delete":
            del parent[path[-1]]
        elif action == "replace":
            parent[path[-1]] = rng.choice(SIMPLE_VALUES)
        elif isinstance(parent, dict):
            parent[rng.choice(["id", "labels", "ends_at", "orgId", "endsAt", "fingerprint", "x"])] = rng.choice(
                SIMPLE_VALUES)
    return doc


def test_mutations_reach_the_fast_path_and_agree():
    """Seeded, so the share is stable: a good part of the payloads (half of them mutated) is
    taken by the fast path, else the property tests above would prove little; all agree."""
    rng = random.Random(18)
    took = total = 0
    for _ in range(800):
        original = rng.choice(ALERT_SEEDS)
        native = "starts_at" in original
        doc = json.loads(json.dumps(complete_native(original) if native else original))
        if rng.random() < 0.5:
            doc = random_mutation(rng, doc)
        fmt = "signalcraft-alert" if native else rng.choice([None, "alertmanager", "auto"])
        took += check(dumps(doc), header_sets(fmt), identity=rng.choice(IDENTITIES))
        total += 1
    assert took > total * 0.5


def test_tricky_strings_in_every_string_field():
    native = complete_native(ALERT_SEEDS[-1])
    webhook = next(d for d in ALERT_SEEDS if "groupKey" in d)
    alert = webhook["alerts"][0]
    for text in [*TRICKY_STRINGS, "Z", "prod", " ", "\u00e9\u4e2d"]:
        for key in ("id", "workspace_id", "project", "service", "name", "severity", "status", "fingerprint", "source"):
            check(json.dumps({**native, key: text}).encode(), {"sc-format": "signalcraft-alert"})
        for key in ("fingerprint", "generatorURL", "status"):
            check(json.dumps({**webhook, "alerts": [{**alert, key: text}]}).encode())
        labels = {**alert["labels"], "severity": text, "service": text, "instance": text}
        check(json.dumps({**webhook, "alerts": [{**alert, "labels": labels}]}).encode())
        check(json.dumps({**webhook, "version": text}).encode())


IDENTITY_GRID = [
    *IDENTITIES,
    Identity(service_keys=("instance", "job"), environment_keys=("env", "environment"), default_service="s1"),
    Identity(workspace_keys=(), project_keys=("team",), default_workspace="w1", default_project="p1"),
]


def identity_label_sets() -> list[dict[str, str]]:
    """Label sets that put an identity's values in every place: none of a role's keys, one, several
    (the first empty, or both set), ``instance`` with and without a service key, in two key orders."""
    roles = [("workspace", "workspace_id", "tenant"), ("project", "team", "namespace"),
             ("environment", "env", "cluster"), ("service", "job", "instance")]
    values = [{}, {0: "a"}, {1: "b"}, {0: "", 1: "b"}, {0: "a", 2: "c"}, {2: ""}, {1: "", 2: "c"}]
    out = []
    for i, pick in enumerate(values):
        labels = {"alertname": "Down"}
        for r, keys in enumerate(roles):
            chosen = values[(i + r * 3) % len(values)] if r else pick
            labels.update({keys[k]: f"{v}{r}" if v else "" for k, v in chosen.items()})
        out += [labels, dict(reversed(labels.items()))]
    return out


@pytest.mark.parametrize("identity", IDENTITY_GRID, ids=["default", "other", "instance-first", "no-workspace-keys"])
def test_identity_labels_in_every_place(identity):
    """Where the labels hold an alert's workspace, project, environment and service (remembered by the
    labels' keys) is read as the full path reads it, for every identity, with and without the headers."""
    webhook = next(d for d in ALERT_SEEDS if "groupKey" in d)
    alert = webhook["alerts"][0]
    sets = identity_label_sets()
    for labels in [*sets, *sets]:  # the second time from what is remembered
        body = json.dumps({**webhook, "alerts": [{**alert, "labels": labels}, {**alert, "labels": sets[0]}]})
        assert check(body.encode(), None, identity=identity)
        assert check(body.encode(), {"sc-format": "alertmanager", "sc-project": "hp", "sc-service": ""},
                     identity=identity)


def test_registered_formats_are_what_detection_sees():
    assert REGISTRY["alertmanager"].kind == REGISTRY["signalcraft-alert"].kind == "alerts"
