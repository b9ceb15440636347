"""A native alert's labels and annotations are read from their JSON text once and shared
(``sources/fast_alert_values.py`` ``shared_map``): rows and records of the same text hold one dict, its
values interned; a text is checked as the body's decoder checked it, the first time it is seen;
the bytes decide; the memory is bounded; and no step writes into a shared map. That the records,
rows and dead letters are the full path's is ``test_fast_alerts.py``'s (it runs every case through
both paths, over the fuzz and mutation corpora)."""

from __future__ import annotations

import copy
import json
import sys
from datetime import UTC, datetime, timedelta

import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.models import AlertEvent, RawMessage
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.operators.silence_mining import SilenceMiner
from signalcraft.params import Identity
from signalcraft.sinks.duckdb_sink import arrow_batches
from signalcraft.sources import fast_alert_values, fast_alerts
from signalcraft.sources.fast_alerts import fast_alert_rows, shared_map
from signalcraft.sources.fast_alerts import fast_alerts as fast_records

NATIVE = {"sc-format": "signalcraft-alert"}
START = datetime(2026, 3, 2, tzinfo=UTC)


def body(i: int = 0, labels: str | None = None, annotations: str | None = None, **fields: object) -> bytes:
    """A native alert's JSON, its maps' text as given (else a fixed one)."""
    doc = {"workspace_id": "acme", "project": "checkout", "environment": "production", "service": "api",
           "name": "HighErrorRate", "severity": "warning", "status": "firing", "fingerprint": f"fp-{i}",
           "starts_at": (START + timedelta(seconds=i)).isoformat(), **fields}
    text = json.dumps(doc)[:-1]
    text += ', "labels": ' + (labels if labels is not None else '{"alertname": "HighErrorRate", "service": "api"}')
    text += ', "annotations": ' + (annotations if annotations is not None else '{"summary": "errors on api"}')
    return (text + "}").encode()


def rows_of(*values: bytes) -> list:
    return [fast_alert_rows(value, "alerts", NATIVE, Identity())[1][0] for value in values]


def test_rows_and_records_of_one_text_share_one_dict_of_interned_values():
    first, second = rows_of(body(1), body(2))
    assert first.labels == {"alertname": "HighErrorRate", "service": "api"}
    assert first.labels is second.labels and first.annotations is second.annotations
    record = fast_records(body(3), "alerts", NATIVE, Identity())[1][0]
    assert type(record) is AlertEvent and record.labels is first.labels and record.annotations is first.annotations
    for mapping in (first.labels, first.annotations):
        assert all(sys.intern(value) is value for value in mapping.values())
    spaced, = rows_of(body(4, labels='{"alertname":"HighErrorRate","service":"api"}'))
    assert spaced.labels == first.labels and spaced.labels is not first.labels  # the bytes decide


@pytest.mark.parametrize("labels", [
    '{"alertname": 1}', '{"alertname": null}', '{"a": ["x"]}', "[]", "null", '"x"', '{"a": {"b": "c"}}',
])
def test_a_text_the_decoder_refuses_leaves_the_payload_to_the_full_path(labels):
    rows_of(body(1))  # a good text seen first
    for field in ("labels", "annotations"):
        value = body(2, **{field: labels})
        assert fast_alert_rows(value, "alerts", NATIVE, Identity()) is None
        assert fast_alert_rows(value, "alerts", NATIVE, Identity()) is None  # and again: nothing was kept of it


def test_bytes_that_are_not_utf8_in_a_map_leave_the_payload_to_the_full_path():
    good = body(1)
    rows_of(good)
    bad = good.replace(b'"service": "api"}', b'"service": "ap\xff"}', 1)
    assert bad != good
    assert fast_alert_rows(bad, "alerts", NATIVE, Identity()) is None


def test_the_texts_kept_are_bounded_and_a_long_one_is_read_each_time(monkeypatch):
    monkeypatch.setattr(fast_alert_values, "_MAPS", {})
    monkeypatch.setattr(fast_alert_values, "_MAPS_MAX", 8)
    rows = rows_of(*(body(i, labels=f'{{"n": "{i}"}}') for i in range(20)))
    assert [row.labels for row in rows] == [{"n": str(i)} for i in range(20)]
    assert 0 < len(fast_alert_values._MAPS) <= 8
    long = json.dumps({f"k{i}": "v" * 40 for i in range(30)})
    assert len(long) > fast_alert_values._MAP_BYTES_MAX
    a, b = rows_of(body(1, labels=long), body(2, labels=long))
    assert a.labels == b.labels == json.loads(long) and a.labels is not b.labels
    assert long.encode() not in fast_alert_values._MAPS


def test_shared_map_reads_what_the_decoder_reads():
    assert shared_map(fast_alerts.Raw(b'{"a": "1", "a": "2", "b": ""}')) == {"a": "2", "b": ""}
    assert shared_map(fast_alerts.Raw(b"{}")) == {}
    with pytest.raises(Exception):  # noqa: B017 - msgspec's refusal, whatever its class
        shared_map(fast_alerts.Raw(b'{"a": 2}'))


def test_no_step_writes_into_a_shared_map():
    """What reads alert rows in the ingest flow (the store's Arrow, silence mining) leaves the maps as they were."""
    values = [body(i, labels='{"alertname": "Down", "service": "api"}') for i in range(50)]
    decoded = BatchDecoder({"alerts": "alerts"}, Identity(), alert_rows=True)(
        [RawMessage("alerts", 0, i, value, None, NATIVE, None) for i, value in enumerate(values)])
    rows = decoded.alerts.rows
    before = copy.deepcopy((rows[0].labels, rows[0].annotations))
    arrow_batches(decoded.stored())
    SilenceMiner().step_many(None, decoded.of_kinds((AlertEvent,), alert_rows=True))
    decoded.alerts.records()
    assert (rows[0].labels, rows[0].annotations) == before
    assert len({id(row.labels) for row in rows}) == 1


def webhook(i: int, labels: str) -> bytes:
    alert = ('{"status": "firing", "labels": ' + labels + ', "annotations": {"summary": "s"}, '
             f'"startsAt": "2026-03-02T00:00:{i:02d}Z", "fingerprint": "fp-{i}"}}')
    return ('{"version": "4", "groupKey": "{}", "status": "firing", "alerts": [' + alert + "]}").encode()


def test_webhook_alerts_of_one_label_text_share_one_dict():
    text = '{"alertname": "Down", "service": "api", "env": "prod", "namespace": "team-a"}'
    identity = Identity(project_keys=("namespace",))
    (_, [a]), (_, [b]) = (fast_alert_rows(webhook(i, text), "alerts", {}, identity) for i in (1, 2))
    assert a.labels is b.labels and a.labels == json.loads(text)
    assert (a.service, a.environment, a.project, a.name) == ("api", "prod", "team-a", "Down")
    assert all(sys.intern(value) is value for value in a.labels.values())
    (_, [record]) = fast_records(webhook(3, text), "alerts", {}, identity)
    assert record.labels is a.labels
    for bad in ('{"alertname": 1}', "null", "[]"):
        assert fast_alert_rows(webhook(4, bad), "alerts", {}, identity) is None


def fired_labels(rows: list) -> list:
    from signalcraft.operators.silence_history import History

    history = History(horizon=timedelta(weeks=5), max_items=10_000)
    for row in rows:  # one batch each, as the flow's batches come
        history.add_many([row], [row.starts_at])
    return list(history.fired.labels)


def test_silence_mining_asks_a_shared_map_by_object_and_name():
    """A shared labels dict is remembered by the object and the name it came with: another name, another
    dict at the same address (after the first is gone), the same texts again all give their own labels."""
    from signalcraft.operators import silence_history as sh

    base, = rows_of(body(0))
    addresses = set()
    for i in range(60):
        labels = {"alertname": "Down", "pod": f"p{i}"}  # a dict each, gone after its batch: its address reused
        addresses.add(id(labels))
        name = ("Down", "Slow")[i % 2]
        assert fired_labels([base._replace(fingerprint=f"fp-{i}", labels=labels, name=name)]) == [
            tuple(sorted({**labels, "alertname": name}.items()))]
        del labels
    shared = base.labels
    for i, name in enumerate(("Down", "Slow", "Down")):
        assert fired_labels([base._replace(fingerprint=f"fq-{i}", name=name)]) == [
            tuple(sorted({**shared, "alertname": name}.items()))]
    assert len(sh._BY_MAP) <= sh._ALERT_LABELS_MAX


def test_what_silence_mining_remembers_by_object_is_bounded(monkeypatch):
    from signalcraft.operators import silence_history as sh

    monkeypatch.setattr(sh, "_ALERT_LABELS_MAX", 5)
    monkeypatch.setattr(sh, "_BY_MAP", {})
    base, = rows_of(body(0))
    rows = [base._replace(fingerprint=f"fq-{i}", labels={"n": str(i)}) for i in range(40)]
    rows += [base._replace(fingerprint=f"fp-{i}", labels={"n": "1"}) for i in range(40)]  # one text, 40 dicts
    want = [tuple(sorted({"n": "1", "alertname": base.name}.items()))] * 40
    distinct = [tuple(sorted({"n": str(i), "alertname": base.name}.items())) for i in range(40)]
    assert fired_labels(rows) == distinct + want
    assert len(sh._BY_MAP) <= 5


def test_firings_of_one_label_set_share_one_tuple_after_the_label_sets_are_forgotten(monkeypatch):
    """What is remembered by object is forgotten with the label sets: a shared map met again after
    them gives the tuple the others of its labels get, as the records' route does."""
    from signalcraft.operators import silence_history as sh

    monkeypatch.setattr(sh, "_ALERT_LABELS_MAX", 5)
    base, = rows_of(body(0))
    rows = [base._replace(fingerprint="fp-0")]
    other = {"n": "1"}
    rows += [base._replace(fingerprint=f"fq-{i}", labels=other, name=f"N{i}") for i in range(8)]  # forgets the first
    rows += [base._replace(fingerprint="fp-1", labels=dict(base.labels)), base._replace(fingerprint="fp-2")]
    fired = fired_labels(rows)
    assert fired[0] == fired[-2] == fired[-1] and fired[-1] is fired[-2]


MAPS = st.dictionaries(st.sampled_from(["a", "b", "alertname", "é", ""]), st.sampled_from(["1", "", "x" * 30, "中"]),
                       max_size=4)


@settings(max_examples=300, deadline=None)
@given(pool=st.lists(MAPS, min_size=1, max_size=6), picks=st.lists(st.integers(0, 40), max_size=80),
       odd=st.sampled_from([None, "none", {"a": 1}, {"a": None}]))
def test_a_map_column_of_shared_dicts_is_the_array_arrow_makes(pool, picks, odd):
    """The store's map column (``STRING_MAP.array``) of rows that share their dicts, or not, or hold
    something a map column cannot: the array, or the refusal, ``pyarrow.array`` makes of them."""
    from signalcraft.sinks.columns import _STRING_MAP, STRING_MAP

    objects = [*pool, *(dict(m) for m in pool)]
    for with_odd in (False, True):
        values = [objects[p % len(objects)] for p in picks] + ([odd] if with_odd and odd != "none" else [])
        try:
            want = pa.array(values, _STRING_MAP)
        except (pa.ArrowException, TypeError, ValueError):
            with pytest.raises((pa.ArrowException, TypeError, ValueError)):
                STRING_MAP.array(values)
            continue
        got = STRING_MAP.array(values)
        assert got.type == want.type and got.equals(want) and got.to_pylist() == want.to_pylist()


def test_webhook_annotations_are_shared_and_null_is_none():
    def alert_with(annotations: str) -> bytes:
        return webhook(1, '{"alertname": "Down"}').replace(b'"annotations": {"summary": "s"}',
                                                            b'"annotations": ' + annotations.encode())

    (_, [a]), (_, [b]) = (fast_alert_rows(alert_with('{"summary": "down"}'), "alerts", {}, Identity()) for _ in (1, 2))
    assert a.annotations is b.annotations and a.annotations == {"summary": "down"}
    for text, name in (("null", "Down"), ("{}", "Down"), (' null', "Down")):
        (_, [row]) = fast_alert_rows(alert_with(text), "alerts", {}, Identity())
        assert row.annotations == {} and row.name == name
    (_, [row]) = fast_alert_rows(webhook(1, '{"service": "api"}').replace(b'"summary": "s"', b'"summary": "Gone"'),
                                 "alerts", {}, Identity())
    assert row.name == "Gone"  # no alertname: the summary annotation names it
    for bad in ('{"summary": 1}', "[]", '"x"', "1"):
        assert fast_alert_rows(alert_with(bad), "alerts", {}, Identity()) is None
