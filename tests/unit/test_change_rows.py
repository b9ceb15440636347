"""Change reports kept as rows (``models/change_row.py``) give what their records give.

The flow's decoder keeps the change fast path's reports as :class:`ChangeRow` s (since
2026-12-06) and the store and the join read them by attribute as they read records. Every
case of the change fast path's corpora is decoded the flow's way (rows) and by the pydantic
path (the documented contract, the fast path off): each row's record is the full path's (fields
in order with their exact types, fields set, no extra or private state), the rows are the
records' rows, a row freezes in the join's state to the bytes of its record (and thaws as the full path's
record), the store's Arrow rows
and the dead letters are the same. The cases: every bundled example and shared fixture under
every ``sc-format`` header, the correlation benchmark's reports, every value the adapters read
(both value tables), times in many spellings and Kafka timestamps, odd bytes, mutated payloads
(seeded and hypothesis) and arbitrary JSON. Over a seeded correlation scenario, batches decoded
with rows and with records give the same join output, the same join states (pickled, batch after
batch), the same stored rows and the same counts.
"""

from __future__ import annotations

import json
import pickle
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.config import CorrelationSettings
from signalcraft.models import AlertEvent, ChangeEvent, RawMessage
from signalcraft.models.change_row import ChangeRow, row_of
from signalcraft.models.correlation_row import json_of
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.correlation_state import _freeze, _thaw
from signalcraft.operators.group_join import GroupJoin
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sources.decode import decode_all
from signalcraft.sources.fast_changes import (
    ARGOCD,
    GITHUB_DEPLOYMENT,
    GITHUB_PUSH,
    GITHUB_STATUS,
    LAUNCHDARKLY,
    NATIVE_CHANGE,
    PAGERDUTY_CHANGE,
)
from tests.support import load_benchmark
from tests.unit.test_fast_alerts import (
    CORPUS,
    IDENTITIES,
    PROPERTY,
    dumps,
    full_path,
    header_sets,
    mutate,
    mutate_seeded,
    raw,
    shape,
)
from tests.unit.test_fast_change_bodies import EVENT_TIME, HEADER_TIMES, SEED, VALUES, _set
from tests.unit.test_fast_changes import (
    ARGO,
    FAST,
    HEADERS,
    IDENTITY_HEADERS,
    LD,
    NATIVE,
    NATIVE_VALUES,
    PD,
    SCENARIO,
    SEEDS,
    STATUS,
    TOOL_VALUES,
    change_values,
    new_keys,
    patched,
)
from tests.unit.test_fast_changes import VALUES as GITHUB_VALUES


def rows_check(value: bytes, headers: dict[str, str] | None = None, kind: str = "changes",
               identity: Identity = IDENTITIES[0], message: RawMessage | None = None) -> int:
    """The flow's decode (change rows) of one message agrees with the pydantic path; return how many rows it made."""
    message = raw(value, headers, kind) if message is None else message
    got: list[Any] = []
    dead: list[Any] = []
    decode_all([message], kind, identity, got, dead, change_rows=True)
    want, want_dead = full_path(message, kind, identity, "fast_changes")
    assert [shape(r.record() if type(r) is ChangeRow else r) for r in got] == [shape(r) for r in want]
    assert [_letter(d) for d in dead] == ([] if want_dead is None else [_letter(want_dead)])
    rows = [(g, w) for g, w in zip(got, want, strict=True) if type(g) is ChangeRow]
    for row, record in rows:
        assert row == row_of(record) and _freeze(row) == _freeze(row.record())  # (the bytes: the same objects')
        assert shape(_thaw(_freeze(row))) == shape(record)
    if rows:  # (another kind's records may hold a NaN, which no Arrow table equals)
        assert arrow_batches(got) == arrow_batches(want)
    return len(rows)


def _letter(dead: Any) -> dict:
    """A dead letter but for ``received_at`` (the clock's when the message has no Kafka timestamp)."""
    return {k: v for k, v in dead.model_dump().items() if k != "received_at"}


@pytest.mark.parametrize("fmt", HEADERS)
@pytest.mark.parametrize("identity", IDENTITIES, ids=["default-identity", "other-identity"])
def test_every_example_and_fixture_under_every_header(fmt, identity):
    took = 0
    for _name, kind, doc in CORPUS:
        for extra in ({}, IDENTITY_HEADERS):
            took += rows_check(json.dumps(doc).encode(), header_sets(fmt, extra), kind, identity)
    assert took > 0 or fmt not in FAST or fmt == GITHUB_PUSH  # (a push makes commits: records)


def test_the_benchmark_reports_become_rows():
    assert sum(rows_check(value, headers) for value, headers in SCENARIO) > len(SCENARIO) / 3


def test_every_value_the_adapters_read():
    took = 0
    for part, values in GITHUB_VALUES.items():
        for key, options in values.items():
            for value in options:
                doc = json.loads(json.dumps(STATUS))
                doc[part][key] = value
                value = json.dumps(doc).encode()
                took += sum(rows_check(value, header_sets(fmt)) for fmt in (GITHUB_STATUS, GITHUB_DEPLOYMENT))
    for key, options in NATIVE_VALUES.items():
        for value in options:
            took += rows_check(json.dumps({**NATIVE, key: value}).encode(), header_sets(NATIVE_CHANGE))
    for fmt, places in TOOL_VALUES.items():
        seed = {LAUNCHDARKLY: LD, PAGERDUTY_CHANGE: PD, ARGOCD: ARGO}[fmt]
        for where, keys in places.items():
            for key, options in keys.items():
                for value in options:
                    took += rows_check(json.dumps(patched(seed, {(*where, key): value})).encode(), header_sets(fmt))
    for (fmt, seed, where), keys in VALUES.items():
        for key, options in keys.items():
            for value in options:
                doc = json.dumps(_set(SEED[seed], where, key, value)).encode()
                took += rows_check(doc, header_sets(fmt, EVENT_TIME)) + rows_check(doc, header_sets(fmt))
    assert took > 500


def test_bodies_timed_by_a_header_or_by_kafka():
    body = json.dumps(SEED["sync"]).encode()
    took = 0
    for stamp in HEADER_TIMES:
        for kafka_ms in (1_717_510_000_123, None):
            headers = header_sets(ARGOCD, {} if stamp is None else {"sc-event-time": stamp})
            message = RawMessage("signalcraft.changes", 0, 7, body, b"k", headers, timestamp_ms=kafka_ms)
            made = rows_check(body, headers, message=message)
            assert made or stamp is not None or kafka_ms is None  # a body without a time of its own: Kafka's
            took += made
    assert took > 10


def test_odd_bytes_and_arbitrary_json():
    text = json.dumps(STATUS)
    for value in (text.encode(), b"\xef\xbb\xbf" + text.encode(), text.encode() + b" x", text.encode("utf-16"),
                  json.dumps([STATUS, STATUS]).encode(), b"", b"null", b"{}", b"[]", b"{not json"):
        for fmt in (GITHUB_STATUS, None, "auto"):
            rows_check(value, header_sets(fmt))


def test_mutations_reach_the_rows_and_agree():
    """Seeded: a good share of mutated payloads still become rows, and all agree."""
    rng = random.Random(19)
    simple = [None, True, 0, 17, 1.5, [], {}, {"login": "x"}, "api", "", "2024-06-04T14:07:30Z"]
    took = 0
    for _ in range(600):
        fmt, original = rng.choice(SEEDS)
        doc = mutate_seeded(rng, json.loads(json.dumps(original)), simple)
        took += bool(rows_check(dumps(doc), header_sets(fmt, rng.choice([{}, IDENTITY_HEADERS])),
                                identity=rng.choice(IDENTITIES)))
    assert took > 300


@PROPERTY
@given(data=st.data())
def test_mutated_change_payloads(data):
    fmt, original = data.draw(st.sampled_from(SEEDS), label="payload")
    doc = mutate(data.draw, json.loads(json.dumps(original)), change_values, new_keys)
    value = dumps(doc, ensure_ascii=data.draw(st.booleans()))
    if data.draw(st.integers(0, 9), label="truncate") == 0:
        value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
    kind = data.draw(st.sampled_from(["changes", "changes", "changes", *STREAM_KINDS]), label="kind")
    fmt = data.draw(st.sampled_from([fmt, fmt, *HEADERS]), label="format")
    extra = data.draw(st.sampled_from([{}, IDENTITY_HEADERS]), label="headers")
    rows_check(value, header_sets(fmt, extra), kind, data.draw(st.sampled_from(IDENTITIES), label="identity"))


# -- the join, the store and the counts over a scenario --------------------------------------------------------


@pytest.fixture(scope="module")
def scenario():
    cs, corr = load_benchmark("correlation_scenario"), load_benchmark("correlation")
    return corr.tenants(cs.generate(seed=3, incidents=60), 2)


def _raw_batches(scenario, size: int) -> list[list[RawMessage]]:
    raws = [RawMessage(kind, i % 2, i, value, key, headers, ts)
            for i, (kind, key, value, headers, ts) in enumerate(scenario.messages)]
    named = {"sc-format": NATIVE_CHANGE}
    raws.insert(7, RawMessage("changes", 0, 10**6, b'{"type": "deployment"}', None, named, 1))  # a dead letter
    late = {**NATIVE, "timestamp": "2026-03-02t12:30:00z"}  # a time the fast path leaves to the full path
    raws.insert(9, RawMessage("changes", 0, 10**6 + 1, json.dumps(late).encode(), None, named, 2))
    return [raws[i:i + size] for i in range(0, len(raws), size)]


def _replay(scenario, size: int, change_rows: bool) -> tuple[list, list, list, list, set]:
    """Decode as the flow does (alert rows; change reports as rows or records), the grouped join, the store."""
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    decoder = BatchDecoder({"alerts": "alerts", "changes": "changes"}, Identity(), alert_rows=True,
                           change_rows=change_rows)
    group_join = GroupJoin(AlertGrouper.of(settings.grouping()), Correlator(settings.params(), rows=True))
    states: dict = {}
    out, pickles, stored, counts, seen = [], [], [], [], set()
    for batch in _raw_batches(scenario, size):
        decoded = decoder(batch)
        joinable = decoded.of_kinds((AlertEvent, ChangeEvent), alert_rows=True, change_rows=True)
        seen.update(map(type, joinable))
        for key, records in group_join.by_key(joinable):
            states[key], emitted = group_join.step_many(states.get(key), records)
            out += [r.model_dump_json() if hasattr(r, "model_dump_json") else json_of(r).decode() for r in emitted]
        pickles.append({key: pickle.dumps(state) for key, state in states.items()})
        stored.append({name: table.to_pylist() for name, table in arrow_batches(decoded.stored()).items()})
        records = decoded.of_kinds((ChangeEvent,))
        assert all(type(r) is ChangeEvent for r in records)
        counts.append((sorted(decoded.kinds()), [d.model_dump() for d in decoded.dead], [shape(r) for r in records]))
    return out, pickles, stored, counts, seen


@pytest.mark.parametrize("size", [1, 37])
def test_the_join_store_and_counts_from_rows_are_those_from_records(scenario, size):
    got, want = _replay(scenario, size, True), _replay(scenario, size, False)
    assert ChangeRow in got[4] and ChangeEvent in got[4] and ChangeRow not in want[4]  # the full path's stay records
    assert len(got[0]) > 100 and any("change_events" in s for s in got[2]) and any(c[1] for c in got[3])
    assert got[0] == want[0]
    assert got[1] == want[1]
    assert got[2] == want[2]
    assert got[3] == want[3]


def test_the_two_step_branch_from_rows_is_that_from_records(scenario):
    branch = load_benchmark("correlation_branch")
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    per_message = load_benchmark("correlation").decoded(scenario)
    rows = branch.batches(per_message, 37, rows=True)
    assert sum(type(r) is ChangeRow for b in rows for r in b) > 100
    want = branch.replay(branch.batches(per_message, 37, rows=True, change_rows=False), settings)
    got = branch.replay(rows, settings)
    assert len(want[1]) > 50
    assert [r.model_dump_json() for r in got[0] + got[1]] == [r.model_dump_json() for r in want[0] + want[1]]


def test_a_row_is_its_record_to_whoever_reads_it():
    record = next(r for _, kind, doc in CORPUS if kind == "changes"
                  for r in full_path(raw(json.dumps(doc).encode(), {}, "changes"), "changes", Identity(),
                                     "fast_changes")[0] if type(r) is ChangeEvent)
    row = row_of(record)
    assert shape(row.record()) == shape(record) and row.record() == record
    assert pickle.loads(pickle.dumps(row)) == row  # rows cross processes
    assert all(getattr(row, name) is getattr(record, name) for name in ChangeEvent.model_fields)
