"""A literal JSON does not have (``NaN``, ``Infinity``, ``-Infinity``) or a number past a double's
range (``1e999``) makes a payload "not valid JSON" on every decode path, wherever it stands.

The full path (msgspec's decoder, then the adapters and the pydantic models) refuses such
bytes, and so do the fast paths' msgspec structs, even in a key they skip. Pydantic's own JSON
parser, which validates a complete native record from its bytes (``parse_bytes``, the named
bytes path), reads them as floats: a native metric whose ``value`` was a bare ``NaN`` had
been stored while the same bytes without ``id`` were a dead letter. Real tools send a sample
that is not a number as a string (``"NaN"``, ``"+Inf"``, as Prometheus writes it, OTLP's
``"Infinity"``), and those stay what they are.

The cases: every bundled example and shared fixture, and a complete native record of each
kind, with each literal in every place (each value replaced, a key added to each object, an
item appended to each list), with and without its ``sc-format`` header; decoded one by one
and as one batch (alert rows, log lines), and compared with the full path. Then complete
native records of each kind mutated (hypothesis) with these literals among other values.
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import signalcraft.sources
from signalcraft.models import RawMessage
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.params import STREAM_KINDS, Identity
from signalcraft.sources.adapters import REGISTRY
from signalcraft.sources.decode import _full_path, decode, parse_payload
from tests.unit.test_adapters_property import TRICKY_STRINGS, json_values
from tests.unit.test_fast_alerts import (
    CORPUS,
    NOT_JSON,
    PROPERTY,
    dumps,
    full_path,
    header_sets,
    mutate,
    mutate_seeded,
    shape,
)

EXAMPLES = Path(signalcraft.sources.__file__).parent / "examples"
LITERALS = ["NaN", "Infinity", "-Infinity", "1e999", "-1e999"]
SPOT = "<literal>"
"""Where a literal goes: a string that is replaced, quotes and all, by the literal's text."""
FAST = {"alerts": "fast_alerts", "changes": "fast_changes", "logs": "fast_logs"}
TOPICS = {f"signalcraft.{kind}": kind for kind in STREAM_KINDS}
IDENTITY = Identity()


def message(value: bytes, kind: str, headers: dict[str, str], offset: int = 0) -> RawMessage:
    return RawMessage(f"signalcraft.{kind}", 0, offset, value, b"k", headers, timestamp_ms=1_717_510_000_123)


def complete_natives() -> list[tuple[str, str, Any]]:
    """Each bundled native example as the complete record a producer sends (``id`` and ``source`` set),
    which takes the named bytes path."""
    out = []
    for path in sorted(EXAMPLES.glob("*/signalcraft-*.json")):
        kind = path.parent.name
        records, dead = _full_path(message(path.read_bytes(), kind, {}), kind, IDENTITY)
        assert dead is None, dead
        out.append((f"{path.stem}-complete", kind, records[0].model_dump(mode="json")))
    return out


NATIVES = complete_natives()
CASES = [*CORPUS, *NATIVES]


def _format(doc: Any, kind: str) -> str | None:
    try:
        return parse_payload(json.dumps(doc).encode(), kind, {}, IDENTITY)[0]
    except ValueError:
        return None


def placements(doc: Any) -> list[Any]:
    """``doc`` with :data:`SPOT` in each place: each value replaced, a key added to each object,
    an item appended to each list (the top included)."""
    out = []

    def walk(node: Any, rebuild: Any) -> None:
        if isinstance(node, dict):
            out.append(rebuild({**node, "zz": SPOT}))
            for key, child in node.items():
                out.append(rebuild({**node, key: SPOT}))
                walk(child, lambda new, key=key, node=node: rebuild({**node, key: new}))
        elif isinstance(node, list):
            out.append(rebuild([*node, SPOT]))
            for i, child in enumerate(node):
                out.append(rebuild([*node[:i], SPOT, *node[i + 1:]]))
                walk(child, lambda new, i=i, node=node: rebuild([*node[:i], new, *node[i + 1:]]))

    walk(doc, lambda new: new)
    return out


def test_the_cases_hold_a_complete_record_of_every_native_format():
    assert sorted(kind for _, kind, _ in NATIVES) == sorted(STREAM_KINDS)
    for _, kind, doc in NATIVES:
        assert {"id", "source"} <= doc.keys(), kind
    assert len(placements({"a": [1, {"b": 2}]})) == 7


@pytest.mark.parametrize(("name", "kind", "doc"), CASES, ids=[name for name, _, _ in CASES])
def test_a_literal_json_does_not_have_is_refused_in_every_place(name, kind, doc):
    fmt = _format(doc, kind)
    texts = [json.dumps(placed) for placed in placements(doc)]
    for headers in ({}, *([{"sc-format": fmt}] if fmt else [])):
        batch = []
        for text in texts:
            for literal in LITERALS:
                raw = message(text.replace(f'"{SPOT}"', literal).encode(), kind, headers, len(batch))
                records, dead = decode(raw, kind, IDENTITY)
                assert not records and dead is not None, (literal, text)
                assert dead.step == "json" and ": not valid JSON (" in dead.reason, dead.reason
                want_records, want_dead = full_path(raw, kind, IDENTITY, FAST.get(kind, "_named_bytes"))
                assert not want_records and want_dead.model_dump() == dead.model_dump()
                batch.append((raw, dead))
        for options in ({}, {"log_lines": True, "alert_rows": True}):
            decoded = BatchDecoder(TOPICS, IDENTITY, **options)([raw for raw, _ in batch])
            assert not decoded.records and not (decoded.lines and decoded.lines.lines)
            assert not (decoded.alerts and decoded.alerts.alerts)
            assert [d.model_dump() for d in decoded.dead] == [d.model_dump() for _, d in batch]


@pytest.mark.parametrize(("name", "kind", "doc"), NATIVES, ids=[name for name, _, _ in NATIVES])
@pytest.mark.parametrize("literal", LITERALS)
def test_a_complete_native_record_with_a_literal_is_a_dead_letter_that_says_so(name, kind, doc, literal):
    fmt = doc["source"]  # the full path names a native record's source by its format
    assert REGISTRY[fmt].kind == kind
    for key in doc:
        value = json.dumps({**doc, key: SPOT}).replace(f'"{SPOT}"', literal).encode()
        records, dead = decode(message(value, kind, {"sc-format": fmt}), kind, IDENTITY)
        assert not records and dead.step == "json" and dead.format == fmt
        assert dead.reason.startswith(f"signalcraft.{kind}[0]@0: not valid JSON ("), dead.reason


def test_a_metric_value_sent_as_prometheus_and_otlp_spell_it_is_kept():
    """What real tools send for a sample that is not a number: a string, read on both paths."""
    sample = json.loads((EXAMPLES / "metrics" / "prometheus-kafka-adapter-nan.json").read_text())
    for text, want in (("NaN", "nan"), ("+Inf", "inf"), ("-Inf", "-inf")):
        for headers in ({}, {"sc-format": "prometheus-kafka-adapter"}):
            raw = message(json.dumps({**sample, "value": text}).encode(), "metrics", headers)
            (record,), dead = decode(raw, "metrics", IDENTITY)
            assert dead is None and repr(record.value) == want
            assert [shape(r) for r in full_path(raw, "metrics", IDENTITY, "_named_bytes")[0]] == [shape(record)]
    logs = json.loads((EXAMPLES / "logs" / "otlp-logs-checkout-errors.json").read_text())
    attribute = {"key": "ratio", "value": {"doubleValue": "Infinity"}}
    logs["resourceLogs"][0]["scopeLogs"][0]["logRecords"][0]["attributes"].append(attribute)
    raw = message(json.dumps(logs).encode(), "logs", {})
    records, dead = decode(raw, "logs", IDENTITY)
    assert dead is None and records[0].attributes["ratio"] == "Infinity"
    assert [shape(r) for r in records] == [shape(r) for r in full_path(raw, "logs", IDENTITY, "fast_logs")[0]]


def test_a_finite_number_still_takes_the_named_bytes_path():
    """The check costs nothing it should not: finite values (the smallest and largest doubles, zero
    below the smallest) are records on both paths, as before."""
    [metric] = [doc for _, kind, doc in NATIVES if kind == "metrics"]
    for text in ("1.7976931348623157e308", "-1.7976931348623157e308", "5e-324", "1e-400", "-0.0", "0"):
        raw = message(json.dumps({**metric, "value": SPOT}).replace(f'"{SPOT}"', text).encode(), "metrics",
                      {"sc-format": "signalcraft-metric"})
        (record,), dead = decode(raw, "metrics", IDENTITY)
        assert dead is None and math.isfinite(record.value) and record.value == float(text)
        assert [shape(r) for r in full_path(raw, "metrics", IDENTITY, "_named_bytes")[0]] == [shape(record)]


not_json = st.sampled_from(NOT_JSON)
native_values = st.one_of(not_json, not_json, json_values, st.sampled_from([*TRICKY_STRINGS, 0, 1.5, -2, None]))
native_keys = st.sampled_from(["id", "source", "value", "labels", "duration_s", "zz", "timestamp", "metric_key"])


@PROPERTY
@given(data=st.data())
def test_mutated_complete_records_of_every_kind(data):
    _, kind, original = data.draw(st.sampled_from(NATIVES), label="record")
    doc = mutate(data.draw, json.loads(json.dumps(original)), native_values, native_keys)
    value = dumps(doc, ensure_ascii=data.draw(st.booleans()))
    fmt = data.draw(st.sampled_from([None, original["source"], "auto"]), label="format")
    raw = message(value, kind, header_sets(fmt))
    records, dead = decode(raw, kind, IDENTITY)
    want_records, want_dead = full_path(raw, kind, IDENTITY, FAST.get(kind, "_named_bytes"))
    assert [shape(r) for r in records] == [shape(r) for r in want_records]
    assert (dead and dead.model_dump()) == (want_dead and want_dead.model_dump())


def test_seeded_mutations_of_complete_records_agree_and_reach_the_named_bytes_path():
    """Seeded: complete records of every kind, one or two values deleted or replaced (mostly by a literal
    JSON does not have); both paths agree, and a good share of them still takes the named bytes path."""
    rng = random.Random(18)
    simple = [*NOT_JSON, *NOT_JSON, None, 0, 1.5, "x", {}, [], "2024-06-04T14:07:30Z"]
    took = 0
    for i in range(1200):
        _, kind, original = NATIVES[i % len(NATIVES)]
        doc = json.loads(json.dumps(original))
        for _ in range(rng.randint(1, 2)):
            doc = mutate_seeded(rng, doc, simple)
        raw = message(dumps(doc), kind, {"sc-format": original["source"]})
        records, dead = decode(raw, kind, IDENTITY)
        want_records, want_dead = full_path(raw, kind, IDENTITY, FAST.get(kind, "_named_bytes"))
        assert [shape(r) for r in records] == [shape(r) for r in want_records]
        assert (dead and dead.model_dump()) == (want_dead and want_dead.model_dump())
        took += bool(records)
    assert took > 1200 * 0.3
