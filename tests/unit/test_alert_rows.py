"""Alert events decoded as rows (``BatchDecoder(alert_rows=True)``: ``AlertRows``, then
``columns_to_arrow`` and silence mining over the rows) store and mine exactly what the records of
the full path and of the record-wise fast path do.

Every batch is decoded three ways: as rows, record by record (the fast path on) and record by
record with the fast path off (the adapters and the pydantic models). All three must give the
same Arrow rows for every table, the same dead letters, the same counts by topic and kind, the
same records (``AlertRows.records()`` against the others, field for field), the records silence
mining reads in the same order (rows in their place among acks and audit entries), and silence
mining the same history and suggestions. The batches: every bundled example and shared fixture
under every ``sc-format`` header, the benchmark's payloads, mutated and arbitrary payloads (seeded
and hypothesis), several topics a batch, and rows Arrow refuses.
"""

from __future__ import annotations

import json
import random
from contextlib import ExitStack
from unittest.mock import patch

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.models import AlertEvent, AlertMute, AuditEntry, RawMessage
from signalcraft.operators.ingest import BatchDecoder, Decoded
from signalcraft.operators.silence_mining import SilenceMiner
from signalcraft.params import Identity, SilenceParams
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sources.alert_rows import FIELDS, AlertRow, AlertRows, record_of, row_of
from signalcraft.sources.fast_alerts import fast_alert_rows, take_alert_rows
from tests.support import load_benchmark
from tests.unit.test_fast_alerts import (
    ALERT_SEEDS,
    CORPUS,
    HEADERS,
    IDENTITIES,
    PROPERTY,
    complete_native,
    header_sets,
    mutate,
    mutate_seeded,
    shape,
)
from tests.unit.test_silence_suggest import history

TOPICS = {
    "signalcraft.alerts": "alerts",
    "signalcraft.audit": "audit",
    "signalcraft.metrics": "metrics",
    "signalcraft.logs": "logs",
    "signalcraft.changes": "changes",
}
MINED = (AuditEntry, AlertEvent, AlertMute)


def _messages(
    payloads: list[tuple[bytes, dict[str, str] | None]],
    topic: str = "signalcraft.alerts",
) -> list[RawMessage]:
    return [
        RawMessage(topic, 0, i, value, b"k", headers or {}, timestamp_ms=1_717_510_000_123)
        for i, (value, headers) in enumerate(payloads)
    ]


def _tables(decoded: Decoded) -> dict[str, pa.Table]:
    """The store's Arrow tables of a batch; a dead letter's ``received_at`` (when the store refused it) left out."""
    out = arrow_batches(decoded.stored())
    if "dlq" in out:
        out["dlq"] = out["dlq"].drop_columns(["received_at"])
    return out


def _mined(decoded: Decoded, rows: bool) -> list:
    """What silence mining reads of the batch, in order, rows as their records."""
    got = decoded.of_kinds(MINED, alert_rows=rows)
    return [record_of(r) if type(r) is AlertRow else r for r in got]


def _mine(batches: list[Decoded], rows: bool) -> tuple[list[dict], dict]:
    """Silence mining over the batches as the flow runs it: suggestions sent and the final states."""
    miner, states, sent = SilenceMiner(SilenceParams()), {}, []
    for decoded in batches:
        mined = decoded.of_kinds(MINED, alert_rows=rows)
        for workspace, items in miner.by_workspace(mined):
            states[workspace], out = miner.step_many(states.get(workspace), items)
            sent += [s.model_dump() for s in out]
    return sent, {w: (s.history, s.sent, s.digests, s.mined_until) for w, s in states.items()}


def _same(a: Decoded, b: Decoded, rows: bool) -> None:
    assert [d.model_dump() for d in a.dead] == [d.model_dump() for d in b.dead]
    assert sorted(a.kinds()) == sorted(b.kinds()) and a.dead_steps() == b.dead_steps()
    assert [shape(r) for r in a.of_kinds((AlertEvent,))] == [shape(r) for r in b.of_kinds((AlertEvent,))]
    assert [shape(r) for r in _mined(a, rows)] == [shape(r) for r in _mined(b, False)]
    assert [shape(r) for r in a.records if type(r) is not AlertEvent] == [
        shape(r) for r in b.records if type(r) is not AlertEvent
    ]
    got, want = _tables(a), _tables(b)
    assert sorted(got) == sorted(want)
    for name, table in want.items():
        assert got[name].schema == table.schema, name
        assert got[name].equals(table) or repr(got[name].to_pylist()) == repr(table.to_pylist()), name  # NaN


def _leave_each(messages, _identity, _rows):
    """``take_alert_rows`` with the fast path off: it leaves every message to the full path."""
    return next(messages, None)


def check(messages: list[RawMessage], identity: Identity = IDENTITIES[0]) -> int:
    """The three decodings of one batch agree; returns how many alert events were kept as rows."""
    rows = BatchDecoder(TOPICS, identity, alert_rows=True)(messages)
    records = BatchDecoder(TOPICS, identity)(messages)
    with ExitStack() as off:
        off.enter_context(patch("signalcraft.sources.decode.fast_alerts", return_value=None))
        off.enter_context(patch("signalcraft.sources.decode._named_bytes", return_value=None))  # a native's bytes
        off.enter_context(patch("signalcraft.sources.decode.take_alert_rows", side_effect=_leave_each))
        full = BatchDecoder(TOPICS, identity)(messages)
    assert not any(type(r) is AlertEvent for r in rows.records)
    _same(rows, records, True)
    _same(rows, full, True)
    assert _mine([rows], True) == _mine([records], False)
    return len(rows.alerts)


def test_a_row_is_the_records_fields_in_order_and_its_fields_set():
    assert AlertRow._fields == (*FIELDS, "fields_set")


@pytest.mark.parametrize("fmt", HEADERS)
@pytest.mark.parametrize("identity", IDENTITIES, ids=["default-identity", "other-identity"])
def test_every_example_and_fixture_under_every_header(fmt, identity):
    extra = {"sc-workspace": "globex", "sc-service": "api", "sc-project": "", "sc-environment": "qa"}
    batch = []
    for _name, kind, doc in CORPUS:
        for headers in ({}, extra):
            one = _messages([(json.dumps(doc).encode(), header_sets(fmt, headers))], f"signalcraft.{kind}")
            check(one, identity)
            batch += one
    kept = check(batch, identity)
    if fmt in (None, "", "auto", "signalcraft-alert"):
        assert kept >= 10


def test_the_benchmark_payloads():
    ingest = load_benchmark("ingest")
    for make in (ingest.native_events, ingest.alertmanager_events):
        assert check(_messages(make(2_000, random.Random(7)))) == 2_000


@pytest.mark.parametrize("make", ["native_events", "alertmanager_events"])
def test_a_batchs_rows_share_each_repeated_name_and_label_value(make):
    """The strings a stream repeats (workspace, project, environment, service, name, source, label values) are
    one object each over a batch's rows: the store's Arrow conversion then reads a few objects, still in the
    caches, not one per row (in the flow, long after decoding, about twice the time)."""
    messages = _messages(getattr(load_benchmark("ingest"), make)(500, random.Random(5)))
    rows = BatchDecoder(TOPICS, IDENTITIES[0], alert_rows=True)(messages).alerts.rows
    assert len(rows) == 500
    columns = {name: [getattr(r, name) for r in rows]
               for name in ("workspace_id", "project", "environment", "service", "name", "source")}
    columns["label values"] = [v for r in rows for v in r.labels.values()]
    if make == "alertmanager_events":  # a rule's link (the native payloads have none)
        columns["generator_url"] = [r.generator_url for r in rows]
    for name, values in columns.items():
        assert len({id(v) for v in values}) == len(set(values)) < len(values), name


def test_the_rows_loop_takes_what_the_fast_path_takes_and_stops_where_it_stops():
    """``take_alert_rows`` takes every benchmark payload in one call, the rows ``fast_alert_rows`` makes of each;
    over the corpus it stops at exactly the messages ``fast_alert_rows`` leaves, with the rows before each."""
    ingest = load_benchmark("ingest")
    for make in (ingest.native_events, ingest.alertmanager_events):
        messages, rows = _messages(make(500, random.Random(3))), []
        assert take_alert_rows(iter(messages), IDENTITIES[0], rows) is None
        assert rows == [r for m in messages for r in fast_alert_rows(m.value, "alerts", m.headers, IDENTITIES[0])[1]]
    corpus = _messages([(json.dumps(doc).encode(), header_sets(fmt)) for _name, kind, doc in CORPUS
                        if kind == "alerts" for fmt in HEADERS])
    for identity in IDENTITIES:
        left, want, rows, stops, want_stops = iter(corpus), [], [], [], []
        while (raw := take_alert_rows(left, identity, rows)) is not None:
            stops.append((raw.offset, len(rows)))
        for m in corpus:
            got = fast_alert_rows(m.value, "alerts", m.headers, identity)
            if got is None:
                want_stops.append((m.offset, len(want)))
            else:
                want += got[1]
        assert rows == want and stops == want_stops and 0 < len(stops) < len(corpus)


def test_batches_of_several_topics_keep_the_order_mining_reads():
    """Audit entries, acks (made by an alerts format) and alert events interleaved in one batch,
    with messages of other topics and refusals between: mining reads them in the order they came."""
    scenario = _scenario_messages()[:400]
    acks = [(json.dumps(doc).encode(), {}) for name, kind, doc in CORPUS if kind == "alerts" and "acknowledge" in name]
    metrics = [(json.dumps(doc).encode(), {}) for _, kind, doc in CORPUS if kind == "metrics"]
    batch = [
        *scenario[:7],
        *_messages(acks),
        *scenario[7:30],
        *_messages(metrics, "signalcraft.metrics"),
        *_messages([(b"{", None)]),
        *scenario[30:],
    ]
    decoded = BatchDecoder(TOPICS, IDENTITIES[0], alert_rows=True)(batch)
    assert len(decoded.alerts.order) > 10 and {type(r) for r in decoded.records} >= {AuditEntry}
    assert check(batch) > 150


def test_rows_arrow_refuses_go_row_by_row_as_records_do():
    """When the rows do not convert, their records do, row by row, as the record path's do."""
    payloads = load_benchmark("ingest").native_events(5, random.Random(2))
    decoded = BatchDecoder(TOPICS, IDENTITIES[0], alert_rows=True)(_messages(payloads))
    records = BatchDecoder(TOPICS, IDENTITIES[0])(_messages(payloads)).records
    with patch("signalcraft.sinks.duckdb_sink.columns_to_arrow", side_effect=pa.ArrowInvalid("refused")):
        got = arrow_batches(decoded.stored())
    want = arrow_batches(records)
    assert sorted(got) == sorted(want) == ["alert_events"] and got["alert_events"].equals(want["alert_events"])
    given_ = AlertRows()
    given_.add_records(records)
    assert given_.records() == records and given_.records()[1] is records[1]
    assert [row_of(r) for r in records] == decoded.alerts.rows


def test_silence_mining_reads_rows_as_it_reads_records():
    """Weeks of audit entries and alerts, batches of 50: the same suggestions at the same versions,
    the same histories."""
    messages = _scenario_messages()
    batches = [messages[i : i + 50] for i in range(0, len(messages), 50)]
    rows = [BatchDecoder(TOPICS, IDENTITIES[0], alert_rows=True)(b) for b in batches]
    records = [BatchDecoder(TOPICS, IDENTITIES[0])(b) for b in batches]
    sent, states = _mine(rows, True)
    assert len(sent) > 5 and (sent, states) == _mine(records, False)


def test_mutations_agree():
    """Seeded: mutated payloads in batches of ten, so rows, full-path records and refusals interleave."""
    rng = random.Random(18)
    simple = [
        None,
        True,
        0,
        1.5,
        [],
        {},
        "api",
        "",
        "firing",
        "resolved",
        "2024-06-04T14:07:30Z",
        "2024-06-04T14:07:30.1234567Z",
        "\ud800",
        "é",
    ]
    kept = 0
    for _ in range(60):
        payloads = []
        for _ in range(10):
            original = rng.choice(ALERT_SEEDS)
            native = "starts_at" in original
            doc = mutate_seeded(rng, json.loads(json.dumps(complete_native(original) if native else original)), simple)
            fmt = "signalcraft-alert" if native else rng.choice([None, "alertmanager", "auto"])
            payloads.append((json.dumps(doc).encode(), header_sets(fmt)))
        kept += check(_messages(payloads), rng.choice(IDENTITIES))
    assert kept > 300


@PROPERTY
@given(data=st.data())
def test_mutated_batches(data):
    payloads = []
    for _ in range(data.draw(st.integers(1, 4), label="messages")):
        original = data.draw(st.sampled_from(ALERT_SEEDS), label="payload")
        if "starts_at" in original:
            original = complete_native(original)
        doc = mutate(data.draw, json.loads(json.dumps(original)))
        value = json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode()
        if data.draw(st.integers(0, 9), label="truncate") == 0:
            value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
        payloads.append((value, header_sets(data.draw(st.sampled_from(HEADERS), label="format"))))
    check(_messages(payloads), data.draw(st.sampled_from(IDENTITIES), label="identity"))


def _scenario_messages() -> list[RawMessage]:
    """The silence-suggestion scenario's audit entries and alerts as native messages, in time order."""
    records = [r for r in history() if isinstance(r, (AuditEntry, AlertEvent))]
    records.sort(key=lambda r: r.timestamp if isinstance(r, AuditEntry) else r.starts_at)
    out = []
    for i, r in enumerate(records):
        audit = isinstance(r, AuditEntry)
        topic, fmt = (
            ("signalcraft.audit", "signalcraft-audit") if audit else ("signalcraft.alerts", "signalcraft-alert")
        )
        out.append(RawMessage(topic, 0, i, r.model_dump_json().encode(), b"k", {"sc-format": fmt}, timestamp_ms=i))
    return out
