"""Remote write: a WriteRequest built by hand, byte by byte, snappy-compressed, read back; the messages it
becomes read by the pipeline's own prometheus-kafka-adapter format; what is skipped; what is refused;
arbitrary bytes never raise anything else; and the path through the app."""

from __future__ import annotations

import json
import math
import struct
from datetime import UTC, datetime

import cramjam
import pytest
from hypothesis import given
from hypothesis import strategies as st

from signalcraft.gateway.remote_write import (
    STALE_NAN,
    RemoteWriteError,
    SeriesCache,
    decode,
    messages,
    snappy_block,
    write_request,
)
from signalcraft.params import Identity
from signalcraft.sources.decode import DecodeError, parse_payload
from tests.unit.test_gateway_app import ACME, RecordingProducer, make_client

# WriteRequest{timeseries: [TimeSeries{labels: [{__name__: up}, {job: api}], samples: [{1.5, 1717510020123}]}]}
GOLDEN = bytes.fromhex(
    "0a2e"                                  # field 1 (timeseries), 46 bytes
    "0a0e" "0a08" "5f5f6e616d655f5f" "1202" "7570"  # label: name "__name__", value "up"
    "0a0a" "0a03" "6a6f62" "1203" "617069"  # label: name "job", value "api"
    "1210" "09" "000000000000f83f"          # sample: value (double) 1.5
    "10" "9bb8cc9cfe31"                     # timestamp (varint) 1717510020123
)


def test_a_hand_built_write_request_reads_back():
    decoded = decode(snappy_block(GOLDEN), 1 << 20)
    [series] = decoded.series
    assert series.labels == {"__name__": "up", "job": "api"} and series.samples == [(1.5, 1717510020123)]
    assert (decoded.stale, decoded.histograms, decoded.unnamed) == (0, 0, 0)
    assert write_request([({"__name__": "up", "job": "api"}, [(1.5, 1717510020123)])]) == GOLDEN


def test_its_message_is_the_metric_the_pipeline_reads():
    [(key, value)] = messages(decode(snappy_block(GOLDEN), 1 << 20))
    assert json.loads(value) == {"value": "1.5", "timestamp": "2024-06-04T14:07:00.123Z", "name": "up",
                                 "labels": {"__name__": "up", "job": "api"}}
    fmt, [point] = parse_payload(value, "metrics", {"sc-format": "prometheus-kafka-adapter", "sc-workspace": "acme"},
                                 Identity())
    assert (fmt, point.workspace_id, point.metric_key, point.value) == ("prometheus-kafka-adapter", "acme",
                                                                        'up{job="api"}', 1.5)
    assert point.timestamp == datetime(2024, 6, 4, 14, 7, 0, 123000, tzinfo=UTC)
    assert len(key) == 16


def test_special_values_staleness_markers_histograms_and_unnamed_series():
    stale = struct.unpack("<d", STALE_NAN)[0]
    body = write_request([
        ({"__name__": "x", "i": "1"}, [(float("inf"), 1000), (float("-inf"), 2000), (float("nan"), 3000),
                                       (stale, 4000), (0.0, 5000), (-2.0, -1000)]),
        ({"job": "no-name"}, [(1.0, 1000)]),
        ({"__name__": "only-stale"}, [(stale, 1000)]),
    ])
    body += bytes.fromhex("0a0c" "0a08" "0a02" "5f5f" "1202" "6e6e" "2200")  # a series with a native histogram only
    decoded = decode(snappy_block(body), 1 << 20)
    assert (decoded.stale, decoded.histograms, decoded.unnamed) == (2, 1, 1)
    values = [json.loads(v)["value"] for _, v in messages(decoded)]
    assert values == ["+Inf", "-Inf", "NaN", "0.0", "-2.0"]
    assert [math.isnan(p) for p in (float(v) for v in values)] == [False, False, True, False, False]
    times = [json.loads(v)["timestamp"] for _, v in messages(decoded)]
    assert times[-1] == "1969-12-31T23:59:59.000Z"  # a negative int64 is a time before the epoch


def test_a_series_keeps_its_key_and_its_labels_are_read_once():
    """Laid out as Prometheus sends them (one sample of a millisecond time per series entry), series
    already seen are recognised by their labels' bytes."""
    cache = SeriesCache()
    ms = 1_717_510_020_000
    one = snappy_block(write_request([({"__name__": "up", "job": "a"}, [(1.0, ms)]),
                                      ({"__name__": "up", "job": "b"}, [(1.0, ms)])]))
    two = snappy_block(write_request([({"__name__": "up", "job": "b"}, [(2.0, ms + 15_000)])]))
    first, second = messages(decode(one, 1 << 20, cache)), messages(decode(two, 1 << 20, cache))
    assert first[1][0] == second[0][0] != first[0][0] and len(cache) == 2
    assert [json.loads(v)["value"] for _, v in second] == ["2.0"]
    assert json.loads(second[0][1])["timestamp"] == "2024-06-04T14:07:15.000Z"
    small = SeriesCache(max_series=1)
    decode(one, 1 << 20, small)
    assert len(small) == 1


def test_fields_it_does_not_know_are_skipped():
    # metadata (field 3 of the request), an unknown fixed32 and fixed64 in a series, labels after the samples
    metadata = bytes.fromhex("1a06" "0801" "1202" "7570")
    series = bytes.fromhex("0a0e" "0a08" "5f5f6e616d655f5f" "1202" "7570" "120c" "09" "000000000000f03f" "10"
                           "e807" "3d01000000" "390100000000000000" "0a0a" "0a03" "6a6f62" "1203" "617069")
    body = metadata + bytes([0x0A, len(series)]) + series
    [only] = decode(snappy_block(body), 1 << 20).series
    assert only.labels == {"__name__": "up", "job": "api"} and only.samples == [(1.0, 1000)]


@pytest.mark.parametrize("body, status, reason", [
    (b"", 400, "not snappy-compressed"),
    (b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff", 400, "not snappy-compressed"),
    (b"\x10garbage-that-is-not-snappy", 400, "not a snappy block"),
    (snappy_block(GOLDEN[:-3]), 400, "past the end"),
    (snappy_block(b"\x0f"), 400, "wire type 7"),
    (snappy_block(b"\x0a\x06\x0a\x04\x0a\x02\xff\xfe"), 400, "not UTF-8"),
    (snappy_block(b"x" * 2000), 413, "decompresses to 2000 bytes"),
], ids=["empty", "endless-varint", "not-snappy", "truncated", "bad-wire-type", "not-utf8", "too-large"])
def test_a_body_that_cannot_be_read_says_why(body, status, reason):
    with pytest.raises(RemoteWriteError) as info:
        decode(body, 1000)
    assert info.value.status == status and reason in info.value.reason


LABEL = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)
SERIES = st.lists(st.tuples(st.dictionaries(LABEL, st.text(max_size=20), max_size=5),
                            st.lists(st.tuples(st.floats(allow_nan=False),
                                               st.integers(-(1 << 50), 1 << 50)), min_size=1, max_size=3)),
                  min_size=1, max_size=8)


@given(SERIES)
def test_whatever_is_written_reads_back_the_same_through_either_path(series):
    """Millisecond times of six varint bytes take the fast path, the others (and several samples in
    one entry) the long way; both give back what was written, twice (the second time from the cache)."""
    written = [({**labels, "__name__": "m"}, samples) for labels, samples in series]
    body = snappy_block(write_request(written))
    cache = SeriesCache()
    for _ in range(2):
        decoded = decode(body, 1 << 22, cache)
        got = [(info.labels, value, ms) for info, value, ms in decoded.points]
        assert got == [(labels, v, t) for labels, samples in written for v, t in samples]


@given(st.binary(max_size=300))
def test_arbitrary_bytes_never_raise_anything_else(data):
    for body in (data, bytes(cramjam.snappy.compress_raw(data))):
        try:
            decode(body, 1 << 16)
        except RemoteWriteError as e:
            assert e.status in (400, 413)


# --- through the app ----------------------------------------------------------------------------------------

HEADERS = {**ACME, "content-type": "application/x-protobuf", "content-encoding": "snappy",
           "x-prometheus-remote-write-version": "0.1.0"}


def test_remote_write_produces_one_message_per_sample_and_answers_204():
    producer = RecordingProducer()
    body = snappy_block(write_request([({"__name__": "up", "job": f"j{i}", "workspace": "globex"},
                                        [(float(i), 1000 * k) for k in range(1, 4)]) for i in range(5)]))
    with make_client(producer) as c:
        r = c.post("/api/v1/write", content=body, headers=HEADERS)
    assert r.status_code == 204 and r.content == b""
    [(topic, sent, headers)] = producer.sent
    assert topic == "signalcraft.metrics" and len(sent) == 15
    assert headers["sc-format"] == "prometheus-kafka-adapter" and headers["sc-workspace"] == "acme"
    points = [parse_payload(v, "metrics", headers, Identity())[1][0] for _, v in sent]
    assert {p.workspace_id for p in points} == {"acme"}  # the credential's, not the label's
    assert sorted(p.value for p in points) == sorted(float(i) for i in range(5) for _ in range(3))


@pytest.mark.parametrize("headers, status, step", [
    ({"content-encoding": "gzip"}, 415, "format"),
    ({"content-encoding": ""}, 415, "format"),
    ({"content-type": "application/x-protobuf;proto=io.prometheus.write.v2.Request"}, 415, "format"),
    ({"content-type": "application/json"}, 415, "format"),
], ids=["gzip", "no-encoding", "remote-write-2", "json"])
def test_remote_write_refuses_what_prometheus_does_not_send(headers, status, step):
    producer = RecordingProducer()
    with make_client(producer) as c:
        r = c.post("/api/v1/write", content=snappy_block(GOLDEN), headers={**HEADERS, **headers})
    assert r.status_code == status, r.text
    [(topic, _, dead)] = producer.sent
    assert topic == "signalcraft.dlq" and dead["sc-dlq-step"] == step


def test_remote_write_garbage_is_400_and_dead_lettered_and_a_bomb_is_413():
    producer = RecordingProducer()
    with make_client(producer, max_samples_bytes=10_000) as c:
        bad = c.post("/api/v1/write", content=b"\x10not snappy at all", headers=HEADERS)
        bomb = c.post("/api/v1/write", content=snappy_block(b"\x00" * 20_000), headers=HEADERS)
    assert bad.status_code == 400 and bomb.status_code == 413 and "20000 bytes" in bomb.json()["error"]
    assert [(t, h["sc-dlq-step"]) for t, _, h in producer.sent] == [("signalcraft.dlq", "remote-write")]


@pytest.mark.parametrize("ms", [2**62, 253_402_300_800_000, -62_135_596_800_001, -50_000_000_000_000, -1000])
def test_a_sample_time_no_tool_sends_is_a_message_decode_refuses(ms):
    """A timestamp outside what a datetime holds had raised out of the request (a 500 for every sample of it); one
    before 1970 (or from 9000 on) went out with a year of fewer than four digits. Each is now a message that decode
    sends to the dead letters, saying what came; the request's other samples go on as usual."""
    wire = ms if ms >= 0 else ms + (1 << 64)  # an int64 as the varint Prometheus writes
    body = snappy_block(write_request([({"__name__": "up", "job": "api"}, [(1.0, wire), (2.0, 1717510020123)])]))
    odd, fine = messages(decode(body, 1 << 20))
    headers = {"sc-format": "prometheus-kafka-adapter", "sc-workspace": "acme"}
    with pytest.raises(DecodeError, match="timestamp") as refused:
        parse_payload(odd[1], "metrics", headers, Identity())
    assert str(ms) in str(refused.value) or "no tool sends such a time" in str(refused.value)
    assert parse_payload(fine[1], "metrics", headers, Identity())[1][0].value == 2.0
