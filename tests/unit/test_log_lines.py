"""Log lines decoded column by column (``BatchDecoder(log_lines=True)``: ``LogLines``, then
``columns_to_arrow``) store exactly what the records of the full path and of the record-wise
fast path store.

Every batch is decoded three ways: column by column, record by record (the fast path on) and
record by record with the fast paths off (the adapter and the pydantic model). All three must
give the same Arrow rows for every table, the same dead letters, the same counts by topic and
kind and the same records (``LogLines.records()`` against the others, field for field). The
batches: every bundled example and shared fixture under every ``sc-format`` header, the
benchmark's payloads, mutated and arbitrary payloads (seeded and hypothesis), several messages
a batch so fast, full-path and refused messages interleave, and rows Arrow refuses.
"""

from __future__ import annotations

import json
import random
from contextlib import ExitStack
from datetime import UTC, datetime
from unittest.mock import patch

import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.models import LogRecord, RawMessage
from signalcraft.operators.ingest import BatchDecoder, Decoded
from signalcraft.params import Identity
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sources.fast_logs import LogLines
from tests.support import load_benchmark
from tests.unit.test_fast_alerts import CORPUS, IDENTITIES, PROPERTY, header_sets, mutate, mutate_seeded, shape
from tests.unit.test_fast_logs import HEADERS, OTLP_SEEDS, PLAIN, RECORD_VALUES, log_values, new_keys

TOPICS = {"signalcraft.logs": "logs", "signalcraft.alerts": "alerts", "signalcraft.metrics": "metrics"}


def _messages(payloads: list[tuple[bytes, dict[str, str] | None]], topic: str = "signalcraft.logs") -> list[RawMessage]:
    return [RawMessage(topic, 0, i, value, b"k", headers or {}, timestamp_ms=1_717_510_000_123)
            for i, (value, headers) in enumerate(payloads)]


def _rows(decoded: Decoded, mined: bool) -> dict[str, pa.Table]:
    """The store's Arrow tables of a batch; a dead letter's ``received_at`` (the time it was
    refused by the store) left out."""
    out = arrow_batches(decoded.stored(logs_mined=mined))
    if "dlq" in out:
        out["dlq"] = out["dlq"].drop_columns(["received_at"])
    return out


def _same(a: Decoded, b: Decoded) -> None:
    assert [d.model_dump() for d in a.dead] == [d.model_dump() for d in b.dead]
    assert sorted(a.kinds()) == sorted(b.kinds()) and a.dead_steps() == b.dead_steps()
    assert [shape(r) for r in a.of_kinds((LogRecord,))] == [shape(r) for r in b.of_kinds((LogRecord,))]
    assert [shape(r) for r in a.records if type(r) is not LogRecord] == [
        shape(r) for r in b.records if type(r) is not LogRecord]
    for mined in (False, True):
        got, want = _rows(a, mined), _rows(b, mined)
        assert sorted(got) == sorted(want)
        for name, table in want.items():
            assert got[name].schema == table.schema, name
            assert got[name].equals(table) or repr(got[name].to_pylist()) == repr(table.to_pylist()), name  # NaN


def check(messages: list[RawMessage], identity: Identity = IDENTITIES[0]) -> int:
    """The three decodings of one batch agree; returns how many lines were kept column by column."""
    lines = BatchDecoder(TOPICS, identity, log_lines=True)(messages)
    records = BatchDecoder(TOPICS, identity)(messages)
    with ExitStack() as off:
        for fast in ("fast_logs", "fast_log_lines", "_named_bytes"):  # the last: a complete native record's bytes
            off.enter_context(patch(f"signalcraft.sources.decode.{fast}", return_value=None))
        full = BatchDecoder(TOPICS, identity)(messages)
    assert not any(type(r) is LogRecord for r in lines.records)
    _same(lines, records)
    _same(lines, full)
    return len(lines.lines)


@pytest.mark.parametrize("fmt", HEADERS)
@pytest.mark.parametrize("identity", IDENTITIES, ids=["default-identity", "other-identity"])
def test_every_example_and_fixture_under_every_header(fmt, identity):
    extra = {"sc-workspace": "globex", "sc-service": "api", "sc-project": "", "sc-environment": "qa"}
    payloads = [(json.dumps(doc).encode(), header_sets(fmt, headers))
                for _name, _kind, doc in [*CORPUS, ("plain", "logs", PLAIN)] for headers in ({}, extra)]
    kept = check(_messages(payloads), identity)
    for one in payloads:
        check(_messages([one]), identity)
    if fmt in (None, "", "auto", "otlp-logs"):
        assert kept >= 2 * (len(OTLP_SEEDS) + 1)


def test_the_benchmark_payloads():
    payloads = load_benchmark("ingest").otlp_log_messages(2_000, random.Random(7))
    assert check(_messages(payloads)) == 2_000


def test_every_value_the_adapter_reads():
    payloads = []
    for key, values in RECORD_VALUES.items():
        for value in values:
            doc = json.loads(json.dumps(PLAIN))
            records = doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"]
            records[0] = {**records[0], key: value}
            payloads += [(json.dumps(doc).encode(), header_sets(fmt)) for fmt in (None, "otlp-logs")]
    check(_messages(payloads))
    for one in payloads:
        check(_messages([one]))


def test_batches_of_several_topics():
    """Alerts, metrics and logs in one batch: the other records stay records, the counts by topic hold."""
    alerts = [(json.dumps(doc).encode(), {}) for _, kind, doc in CORPUS if kind == "alerts"]
    metrics = [(json.dumps(doc).encode(), {}) for _, kind, doc in CORPUS if kind == "metrics"]
    logs = load_benchmark("ingest").otlp_log_messages(200, random.Random(1))
    batch = [*_messages(logs[:5]), *_messages(alerts, "signalcraft.alerts"), *_messages(logs[5:]),
             *_messages(metrics, "signalcraft.metrics"), *_messages([(b"{", None)])]
    assert check(batch) == 200


def test_times_at_the_ends_of_the_range():
    """The last microsecond a datetime holds, one past it, the last before 9000 (where times no tool sends
    begin) and the first after, 1 ns, and times in every spelling."""
    payloads = []
    for nanos in ("253402300799999999999", "253402300800000000000", "221845391999999999999", "221845392000000000000",
                  "1", "999", "1000", "01717510082441000123",
                  253402300799999999999, "17175100824410001230000"):
        doc = json.loads(json.dumps(PLAIN))
        doc["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]["timeUnixNano"] = nanos
        payloads.append((json.dumps(doc).encode(), header_sets("otlp-logs")))
    assert check(_messages(payloads)) > 0


def test_lines_arrow_refuses_go_row_by_row_as_records_do():
    """When the columns do not convert, the lines' records do, row by row, as the record path's do."""
    good = LogRecord(id="log-1", workspace_id="w", project="p", environment="e", service="s", severity_number=9,
                     is_error=False, body="fine", timestamp=datetime(2024, 1, 1, tzinfo=UTC), source="otlp-logs")
    other = good.model_copy(update={"id": "log-2", "attributes": {"k": "v"}})
    lines = LogLines()
    lines.add_records([good, other, good])
    with patch("signalcraft.sinks.duckdb_sink.columns_to_arrow", side_effect=pa.ArrowInvalid("refused")):
        got = arrow_batches([lines])
    want = arrow_batches([good, other, good])
    assert sorted(got) == sorted(want) == ["log_events"] and got["log_events"].equals(want["log_events"])
    assert arrow_batches([lines])["log_events"].equals(want["log_events"])
    assert lines.records() == [good, other, good] and lines.records()[1] is other


def test_mutations_agree():
    """Seeded: mutated payloads in batches of ten, so lines kept, refused and of the full path interleave."""
    rng = random.Random(18)
    simple = [None, True, 0, 17, 25, -1, 1.5, [], {}, {"stringValue": "x"}, "api", "1717510082441000000", "0",
              "5B8EFFF798038103D269B633813FC60C", "\ud800", "é"]
    kept = 0
    for _ in range(60):
        payloads = []
        for _ in range(10):
            doc = mutate_seeded(rng, json.loads(json.dumps(rng.choice([*OTLP_SEEDS, PLAIN]))), simple)
            payloads.append((json.dumps(doc).encode(), header_sets(rng.choice([None, "otlp-logs", "auto"]))))
        kept += check(_messages(payloads), rng.choice(IDENTITIES))
    assert kept > 300


@PROPERTY
@given(data=st.data())
def test_mutated_batches(data):
    payloads = []
    for _ in range(data.draw(st.integers(1, 4), label="messages")):
        original = data.draw(st.sampled_from([*OTLP_SEEDS, PLAIN]), label="payload")
        doc = mutate(data.draw, json.loads(json.dumps(original)), log_values, new_keys)
        value = json.dumps(doc, ensure_ascii=data.draw(st.booleans())).encode()
        if data.draw(st.integers(0, 9), label="truncate") == 0:
            value = value[: data.draw(st.integers(min_value=0, max_value=len(value)), label="cut")]
        payloads.append((value, header_sets(data.draw(st.sampled_from(HEADERS), label="format"))))
    check(_messages(payloads), data.draw(st.sampled_from(IDENTITIES), label="identity"))
