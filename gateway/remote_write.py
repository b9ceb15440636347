"""Prometheus remote write 1.0: a snappy-compressed ``prometheus.WriteRequest`` to one Kafka
message per sample, in the ``prometheus-kafka-adapter`` shape the metrics topic already reads.

The protobuf is read by hand (no generated code, no protobuf package): the wire format is
tags and lengths, and of ``WriteRequest`` only ``timeseries`` (1) matters, of a ``TimeSeries``
its ``labels`` (1: ``name`` 1, ``value`` 2) and ``samples`` (2: ``value`` 1 double, ``timestamp``
2 int64 milliseconds). Exemplars (3) and native histograms (4) are skipped and counted, as is
metadata (3 of the request). Staleness markers (the NaN Prometheus writes when a series
disappears) are not samples and are dropped; any other NaN is kept as ``"NaN"``.

>>> body = write_request([({"__name__": "up", "job": "api"}, [(1.0, 1717510020000)])])
>>> decode(snappy_block(body), 1 << 20).series[0].samples
[(1.0, 1717510020000)]
"""

from __future__ import annotations

import hashlib
import math
import struct
from dataclasses import dataclass, field
from datetime import UTC, datetime

import cramjam
import msgspec

__all__ = [
    "Decoded", "RemoteWriteError", "Sample", "Series", "SeriesCache", "SeriesInfo", "decode", "messages",
    "snappy_block", "write_request",
]

STALE_NAN = struct.pack("<Q", 0x7FF0000000000002)
"""The bytes of Prometheus' staleness marker (``value.StaleNaN``), little-endian as on the wire."""
_DOUBLE = struct.Struct("<d")
_encode = msgspec.json.Encoder().encode


class RemoteWriteError(ValueError):
    """A remote-write body that cannot be read; ``status`` is what to answer (400 or 413)."""

    def __init__(self, status: int, reason: str):
        super().__init__(reason)
        self.status = status
        self.reason = reason


Sample = tuple[float, int]
"""A sample: its value and its time in epoch milliseconds."""


@dataclass(frozen=True, slots=True)
class SeriesInfo:
    """What every sample of one series shares: its labels, the end of its JSON message, its key."""

    labels: dict[str, str]
    tail: bytes
    """The message after the value and timestamp: ``","name":...,"labels":{...}}``."""
    key: bytes

    @classmethod
    def of(cls, labels: dict[str, str]) -> SeriesInfo:
        encoded = _encode(labels)
        tail = b'","name":' + _encode(labels["__name__"]) + b',"labels":' + encoded + b"}"
        key = hashlib.blake2b(_encode(sorted(labels.items())), digest_size=8).hexdigest().encode()
        return cls(labels, tail, key)


@dataclass(slots=True)
class Series:
    info: SeriesInfo
    samples: list[Sample] = field(default_factory=list)

    @property
    def labels(self) -> dict[str, str]:
        return self.info.labels


class SeriesCache:
    """Series already seen, by the bytes of their labels: Prometheus sends each sample as a
    ``TimeSeries`` of its own, its labels repeated every time, so a series' labels are read and
    encoded once, not once per sample. Emptied when it holds ``max_series``."""

    def __init__(self, max_series: int = 50_000):
        self.max_series = max_series
        self._known: dict[bytes, SeriesInfo | None] = {}

    def get(self, raw: bytes) -> SeriesInfo | bool | None:
        """The series of ``raw``; ``None`` for one without a name; ``False`` when not known yet."""
        return self._known.get(raw, False)

    def put(self, raw: bytes, info: SeriesInfo | None) -> None:
        if len(self._known) >= self.max_series:
            self._known.clear()
        self._known[raw] = info

    def __len__(self) -> int:
        return len(self._known)


@dataclass(slots=True)
class Decoded:
    """The samples of one request, each with its series, and what was skipped in it."""

    points: list[tuple[SeriesInfo, float, int]] = field(default_factory=list)
    """``(series, value, timestamp_ms)`` in the order they came."""
    stale: int = 0
    histograms: int = 0
    unnamed: int = 0
    """Samples of series without a ``__name__`` label (dropped: a metric needs a name)."""

    @property
    def samples(self) -> int:
        return len(self.points)

    @property
    def series(self) -> list[Series]:
        """The samples grouped by series, in the order each series first came."""
        grouped: dict[int, Series] = {}
        for info, value, ms in self.points:
            grouped.setdefault(id(info), Series(info)).samples.append((value, ms))
        return list(grouped.values())


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        if pos >= len(buf):
            raise RemoteWriteError(400, "remote write: the protobuf ends inside a varint")
        byte = buf[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise RemoteWriteError(400, "remote write: a varint of the protobuf is longer than 10 bytes")


def _skip(buf: bytes, pos: int, wire: int, end: int) -> int:
    """The position after a field of wire type ``wire`` starting at ``pos``."""
    if wire == 0:
        return _varint(buf, pos)[1]
    if wire == 1:
        pos += 8
    elif wire == 2:
        size, pos = _varint(buf, pos)
        pos += size
    elif wire == 5:
        pos += 4
    else:
        raise RemoteWriteError(400, f"remote write: protobuf wire type {wire} is not one proto3 writes")
    if pos > end:
        raise RemoteWriteError(400, "remote write: a protobuf field runs past the end of its message")
    return pos


def _fields(buf: bytes, pos: int, end: int):
    """``(field number, wire type, start, stop)`` of each field in ``buf[pos:end]``; for wire type 2,
    ``start:stop`` is the payload, otherwise the field's value starts at ``start``."""
    while pos < end:
        key, pos = _varint(buf, pos)
        number, wire = key >> 3, key & 7
        if wire == 2:
            size, start = _varint(buf, pos)
            pos = start + size
            if pos > end:
                raise RemoteWriteError(400, f"remote write: field {number} is {size} bytes long, past the end "
                                            "of its message")
            yield number, wire, start, pos
        else:
            start, pos = pos, _skip(buf, pos, wire, end)
            yield number, wire, start, pos


def _text(buf: bytes, start: int, stop: int, what: str) -> str:
    try:
        return buf[start:stop].decode()
    except UnicodeDecodeError:
        raise RemoteWriteError(400, f"remote write: a {what} is not UTF-8") from None


def _label(buf: bytes, start: int, stop: int) -> tuple[str, str]:
    name = value = ""
    for number, wire, a, b in _fields(buf, start, stop):
        if wire == 2 and number == 1:
            name = _text(buf, a, b, "label name")
        elif wire == 2 and number == 2:
            value = _text(buf, a, b, "label value")
    return name, value


def _sample(buf: bytes, start: int, stop: int, out: Decoded) -> Sample | None:
    """A ``Sample``; ``None`` for a staleness marker (counted)."""
    value, stamp = 0.0, 0
    for number, wire, a, _b in _fields(buf, start, stop):
        if number == 1 and wire == 1:
            if buf[a:a + 8] == STALE_NAN:
                out.stale += 1
                return None
            value = _DOUBLE.unpack_from(buf, a)[0]
        elif number == 2 and wire == 0:
            raw = _varint(buf, a)[0]
            stamp = raw - (1 << 64) if raw >= 1 << 63 else raw
    return value, stamp


def _labels_end(buf: bytes, pos: int, end: int) -> int:
    """Where the run of ``labels`` fields that opens a ``TimeSeries`` ends (Prometheus writes them first)."""
    while pos < end and buf[pos] == 0x0A:
        size = buf[pos + 1] if pos + 1 < end else 0x80
        if size < 0x80:
            pos += 2 + size
        else:
            size, start = _varint(buf, pos + 1)
            pos = start + size
    if pos > end:
        raise RemoteWriteError(400, "remote write: a label runs past the end of its series")
    return pos


def _info(buf: bytes, pos: int, end: int) -> SeriesInfo | None:
    labels: dict[str, str] = {}
    for number, wire, a, b in _fields(buf, pos, end):
        if number == 1 and wire == 2:
            name, value = _label(buf, a, b)
            labels[name] = value
    return SeriesInfo.of(labels) if labels.get("__name__") else None


def _prometheus_sample(buf: bytes, pos: int, end: int, out: Decoded, cache: SeriesCache) -> bool:
    """A ``TimeSeries`` as Prometheus writes it (its labels, then one sample whose timestamp takes six
    varint bytes: 18 bytes at the end) read without walking its labels when they are known; ``False``
    when it is not laid out so, and the long way must read it."""
    tail = end - 18
    if not (tail > pos and buf[tail] == 0x12 and buf[tail + 1] == 16 and buf[tail + 2] == 0x09
            and buf[tail + 11] == 0x10 and buf[end - 1] < 0x80
            and buf[tail + 12] & buf[tail + 13] & buf[tail + 14] & buf[tail + 15] & buf[tail + 16] & 0x80):
        return False
    raw = buf[pos:tail]
    info = cache.get(raw)
    if info is False:
        if _labels_end(buf, pos, tail) != tail:  # the 18 bytes were not the sample after all
            return False
        info = _info(buf, pos, tail)
        cache.put(raw, info)
    if buf[tail + 3:tail + 11] == STALE_NAN:
        out.stale += 1
    elif info is None:
        out.unnamed += 1
    else:
        ms = ((buf[tail + 12] & 0x7F) | (buf[tail + 13] & 0x7F) << 7 | (buf[tail + 14] & 0x7F) << 14
              | (buf[tail + 15] & 0x7F) << 21 | (buf[tail + 16] & 0x7F) << 28 | buf[end - 1] << 35)
        out.points.append((info, _DOUBLE.unpack_from(buf, tail + 3)[0], ms))
    return True


def _series(buf: bytes, pos: int, end: int, out: Decoded) -> None:
    """A ``TimeSeries`` in any layout proto3 allows (several samples, labels after samples, ...)."""
    labels: dict[str, str] = {}
    samples: list[Sample] = []
    for number, wire, a, b in _fields(buf, pos, end):
        if number == 1 and wire == 2:
            name, value = _label(buf, a, b)
            labels[name] = value
        elif number == 2 and wire == 2:
            sample = _sample(buf, a, b, out)
            if sample is not None:
                samples.append(sample)
        elif number == 4:
            out.histograms += 1
    _keep(out, SeriesInfo.of(labels) if labels.get("__name__") else None, samples)


def _keep(out: Decoded, info: SeriesInfo | None, samples: list[Sample]) -> None:
    if info is None:
        out.unnamed += len(samples)
    else:
        out.points.extend((info, value, ms) for value, ms in samples)


def decode(body: bytes, max_bytes: int, cache: SeriesCache | None = None) -> Decoded:
    """A snappy-compressed ``WriteRequest`` as series of samples; :class:`RemoteWriteError` otherwise.

    ``max_bytes`` bounds the decompressed size, checked on the length snappy declares before
    anything is decompressed.
    """
    try:
        declared, _ = _varint(body, 0)
    except RemoteWriteError:
        raise RemoteWriteError(400, "remote write: the body is not snappy-compressed (no block length)") from None
    if declared > max_bytes:
        raise RemoteWriteError(413, f"remote write: the body decompresses to {declared} bytes; at most {max_bytes}")
    try:
        buf = bytes(cramjam.snappy.decompress_raw(body))
    except Exception as e:  # noqa: BLE001 - cramjam raises its own error type for any bad block
        raise RemoteWriteError(400, f"remote write: the body is not a snappy block ({type(e).__name__})") from None
    out = Decoded()
    cache = cache if cache is not None else SeriesCache()
    pos, end = 0, len(buf)
    while pos < end:
        if buf[pos] != 0x0A:  # not a time series (metadata, or a field of a newer version): skipped
            key, start = _varint(buf, pos)
            pos = _skip(buf, start, key & 7, end)
            continue
        if pos + 2 < end and buf[pos + 1] >= 0x80 and buf[pos + 2] < 0x80:  # 128 bytes to 16 KiB: most series
            size, start = (buf[pos + 1] & 0x7F) | buf[pos + 2] << 7, pos + 3
        else:
            size, start = _varint(buf, pos + 1)  # under 128 bytes, or over 16 KiB
        pos = start + size
        if pos > end:
            raise RemoteWriteError(400, f"remote write: a time series is {size} bytes long, past the end of the body")
        if not _prometheus_sample(buf, start, pos, out, cache):
            _series(buf, start, pos, out)
    return out


def _value(v: float) -> bytes:
    """A sample value as Prometheus writes it in text: ``+Inf``, ``-Inf``, ``NaN`` or the number.

    >>> _value(17.25), _value(float("inf")), _value(float("nan")), _value(1e21)
    (b'17.25', b'+Inf', b'NaN', b'1e+21')
    """
    if math.isfinite(v):
        return repr(v).encode()
    if math.isnan(v):
        return b"NaN"
    return b"+Inf" if v > 0 else b"-Inf"


def _rfc3339(ms: int) -> bytes:
    """Epoch milliseconds as RFC 3339 UTC with milliseconds.

    >>> _rfc3339(1717510020123)
    b'2024-06-04T14:07:00.123Z'

    A time no datetime holds is passed on as its number, which decode refuses (a dead letter that names it); one
    before 1970 or from 9000 on is written as it is, and refused there too (no tool sends such a time):

    >>> _rfc3339(-50_000_000_000_000), _rfc3339(2**62)
    (b'0385-07-25T07:06:40.000Z', b'4611686018427387904')
    """
    try:
        t = datetime.fromtimestamp(ms // 1000, UTC)
    except (OverflowError, OSError, ValueError):
        return str(ms).encode()
    return f"{t.year:04d}-{t:%m-%dT%H:%M:%S}.{ms % 1000:03d}Z".encode()


def messages(decoded: Decoded) -> list[tuple[bytes, bytes]]:
    """``(key, value)`` per sample: the value a ``prometheus-kafka-adapter`` JSON message (labels as
    they came, ``__name__`` included), the key the series, so a series keeps to one partition."""
    out: list[tuple[bytes, bytes]] = []
    times: dict[int, bytes] = {}
    for info, value, ms in decoded.points:
        stamp = times.get(ms)
        if stamp is None:
            stamp = times[ms] = _rfc3339(ms)
        out.append((info.key, b'{"value":"' + _value(value) + b'","timestamp":"' + stamp + info.tail))
    return out


# --- writing (tests and the benchmark build requests with these) ------------------------------------------


def _key(number: int, wire: int) -> bytes:
    return _uvarint(number << 3 | wire)


def _uvarint(n: int) -> bytes:
    n &= (1 << 64) - 1
    out = bytearray()
    while n >= 0x80:
        out.append(n & 0x7F | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


def _len(number: int, payload: bytes) -> bytes:
    return _key(number, 2) + _uvarint(len(payload)) + payload


def write_request(series: list[tuple[dict[str, str], list[tuple[float, int]]]]) -> bytes:
    """A ``WriteRequest`` protobuf (uncompressed) of ``(labels, [(value, timestamp_ms), ...])``."""
    body = bytearray()
    for labels, samples in series:
        ts = b"".join(_len(1, _len(1, k.encode()) + _len(2, v.encode())) for k, v in labels.items())
        ts += b"".join(_len(2, _key(1, 1) + _DOUBLE.pack(v) + _key(2, 0) + _uvarint(t)) for v, t in samples)
        body += _len(1, ts)
    return bytes(body)


def snappy_block(data: bytes) -> bytes:
    """``data`` compressed the way remote write sends it (snappy's block format, not its framing)."""
    return bytes(cramjam.snappy.compress_raw(data))
