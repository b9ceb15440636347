"""The hot path for OTLP/JSON logs (``sc-format: otlp-logs``, or detected on a logs topic).

msgspec decodes the bytes into structs whose types are what the OTLP adapter
(:func:`~signalcraft.sources.adapters.telemetry.parse_otlp_logs`) takes as it is, and the
lines are made from what it checked, without validating them a second time. It takes only the
plain log record: its time (``timeUnixNano``, else ``observedTimeUnixNano``) digits or a JSON
integer after the epoch, a ``severityNumber`` integer 0..24, trace and span ids of hex digits;
its body and attributes are read by the adapter's own functions (a plain string body without
them). Anything else — an unknown key, a time as a float, a severity by name — gives ``None``,
and the message goes down the full path (:mod:`signalcraft.sources.decode`), which makes the
same records or says why not. The resource's attributes are read by the adapter's own
functions too, once for each spelling of a resource (a stream repeats a few).

A scope's lines are made column by column (:class:`LogLines`): the flow's store takes them so,
without a record a line (``BatchDecoder(log_lines=True)``); :func:`fast_logs` makes the
:class:`~signalcraft.models.LogRecord` of each. ``tests/unit/test_fast_logs.py`` runs the record
path and the full path over the examples, the fuzz corpus and mutated payloads;
``tests/unit/test_log_lines.py`` the columns against both.

Nothing is skipped unread: the keys the adapter ignores are decoded all the same, unknown
keys are refused, so JSON the full path's decoder would refuse is never accepted here.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from hashlib import blake2b
from itertools import chain, repeat
from operator import itemgetter
from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType
from pydantic import BaseModel

from signalcraft.models import LogRecord
from signalcraft.models.common import LATEST
from signalcraft.params import Identity
from signalcraft.sources.adapters import AdaptContext
from signalcraft.sources.adapters.telemetry import any_value, attributes, render, resource_identity
from signalcraft.sources.fast_alerts import FORMAT_HEADER, detected_first

__all__ = ["OTLP_LOGS", "LogLines", "fast_log_lines", "fast_logs"]

OTLP_LOGS = "otlp-logs"
_FIELDS_SET = set(LogRecord.model_fields) - {"template_id"}
"""The fields the adapter gives (``template_id`` keeps its default): one set shared by every
record of this path, as no record changes its own (the model is frozen; ``model_copy`` copies it)."""
_new, _set = object.__new__, object.__setattr__
_set_fields, _set_extra, _set_private = (
    BaseModel.__dict__[slot].__set__ for slot in ("__pydantic_fields_set__", "__pydantic_extra__",
                                                  "__pydantic_private__"))
"""What sets each of the record's slots directly (``object.__setattr__`` looks the name up first)."""
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_SEP, _NONE = "\x1f", "\x00"
"""How :func:`~signalcraft.models.make_id` joins its parts and writes ``None``."""
_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_HEX16 = re.compile(r"[0-9a-fA-F]{16}")
_US = timedelta(microseconds=1)
_MAX_MICROS = (LATEST - _EPOCH) // _US - 1
_LINE_COLUMNS = ("id", "severity_number", "severity_text", "is_error", "body", "attributes", "trace_id", "span_id",
                 "timestamp")
_RUN_COLUMNS = ("workspace_id", "project", "environment", "service", "service_version", "source", "template_id")
_NO_ATTRIBUTES: dict[str, str] = {}
"""The attributes of every line without any (never changed: each record gets a dict of its own)."""
_FIRST = itemgetter(0)


class OtlpLogRecord(Struct, forbid_unknown_fields=True):
    """One log record; the keys the adapter does not read are decoded (and so checked) all the same."""

    timeUnixNano: Any = UNSET
    severityNumber: int | UnsetType | None = UNSET
    severityText: str | UnsetType | None = UNSET
    body: Any = UNSET
    attributes: Any = UNSET
    traceId: str | UnsetType | None = UNSET
    spanId: str | UnsetType | None = UNSET
    observedTimeUnixNano: Any = UNSET
    flags: Any = UNSET
    droppedAttributesCount: Any = UNSET
    eventName: Any = UNSET


class ScopeLogs(Struct, forbid_unknown_fields=True):
    scope: dict[str, Any] | UnsetType | None = UNSET
    logRecords: list[OtlpLogRecord] | UnsetType | None = UNSET
    schemaUrl: Any = UNSET


class ResourceLogs(Struct, forbid_unknown_fields=True):
    resource: msgspec.Raw | UnsetType = UNSET
    """Decoded by :func:`_resource` (``dict[str, Any] | None``), once for each new spelling."""
    scopeLogs: list[ScopeLogs] | UnsetType | None = UNSET
    schemaUrl: Any = UNSET


class LogsData(Struct, forbid_unknown_fields=True):
    resourceLogs: list[ResourceLogs]


_decoder = msgspec.json.Decoder(LogsData)
_resource_decoder = msgspec.json.Decoder(dict[str, Any] | None)
_RESOURCES: dict[tuple[bytes, Identity, tuple[tuple[str, str], ...]], tuple[dict[str, Any], str]] = {}
"""(resource's JSON, identity, headers) -> (its lines' run values, its part of their ids): a
stream repeats a few resources (each service's own), and reading one costs more than its lines."""
_MAX_RESOURCES = 4_096


class _Unsure(Exception):
    """The fast path cannot vouch for this payload; the full path decides."""


class LogLines:
    """Log lines column by column, in order: what the store writes of them without a record per line.

    ``columns``: the ``log_events`` columns that change from line to line, by name, each a list
    (``timestamp`` as microseconds since the epoch, ``attributes`` a dict a line); ``runs``: the
    columns that hold one value over a run of lines (a scope's identity, the source), as
    ``(values by name, lines)``. :meth:`records` makes each line's
    :class:`~signalcraft.models.LogRecord`, field for field what :func:`fast_logs` gives; a line
    added as a record (:meth:`add_records`) gives that record back.
    """

    table_name = "log_events"
    """The table the lines are rows of (what the store reads them by)."""
    __slots__ = ("_given", "_made", "columns", "runs")

    def __init__(self) -> None:
        self.columns: dict[str, list[Any]] = {name: [] for name in _LINE_COLUMNS}
        self.runs: list[tuple[dict[str, Any], int]] = []
        self._given: dict[int, LogRecord] = {}
        self._made: list[LogRecord] | None = None

    def __len__(self) -> int:
        return len(self.columns["id"])

    def add_records(self, records: list[LogRecord]) -> None:
        """Append records made elsewhere (the full path) as lines."""
        self._made = None
        for record in records:
            self._given[len(self)] = record
            for name, values in self.columns.items():
                values.append(getattr(record, name))
            self.columns["timestamp"][-1] = (record.timestamp - _EPOCH) // _US
            self._run({name: getattr(record, name) for name in _RUN_COLUMNS}, 1)

    def records(self) -> list[LogRecord]:
        """Every line as its record, in order (made once)."""
        if self._made is None:
            self._made = self._make()
        return self._made

    def _add(self, columns: dict[str, list[Any]], run: dict[str, Any], n: int) -> None:
        self._made = None
        for name, values in columns.items():
            self.columns[name] += values
        self._run(run, n)

    def _run(self, values: dict[str, Any], n: int) -> None:
        if self.runs and self.runs[-1][0] == values:
            self.runs[-1] = (self.runs[-1][0], self.runs[-1][1] + n)
        else:
            self.runs.append((values, n))

    def _make(self) -> list[LogRecord]:
        out: list[LogRecord] = []
        bases = chain.from_iterable(repeat(values, n) for values, n in self.runs)
        rows = zip(bases, *(self.columns[name] for name in _LINE_COLUMNS), strict=True)
        for line, (base, id_, severity, text, error, body, attrs, trace_id, span_id, micros) in enumerate(rows):
            given = self._given.get(line)
            if given is not None:
                out.append(given)
                continue
            seconds, us = divmod(micros, 1_000_000)
            record = _new(LogRecord)
            _set(record, "__dict__", {
                "id": id_, "workspace_id": base["workspace_id"], "project": base["project"],
                "environment": base["environment"], "service": base["service"],
                "service_version": base["service_version"], "severity_number": severity, "severity_text": text,
                "is_error": error, "body": body, "attributes": {} if attrs is _NO_ATTRIBUTES else attrs,
                "trace_id": trace_id, "span_id": span_id,
                "timestamp": _EPOCH + timedelta(0, seconds, us),  # positional: twice as fast as microseconds=
                "source": base["source"], "template_id": base["template_id"],
            })
            _set_fields(record, _FIELDS_SET)
            _set_extra(record, None)
            _set_private(record, None)
            out.append(record)
        return out


def fast_logs(
    value: bytes, kind: str, headers: dict[str, str], identity: Identity
) -> tuple[str, list[LogRecord]] | None:
    """``(format, records)`` of an OTLP/JSON logs payload this path is sure of; ``None`` for
    anything else (the full path decides). Never raises.

    >>> body = b'{"resourceLogs": [{"resource": {"attributes": [{"key": "service.name",'
    >>> body += b' "value": {"stringValue": "api"}}]}, "scopeLogs": [{"logRecords": [{"timeUnixNano":'
    >>> body += b' "1700000000000000000", "severityNumber": 17, "body": {"stringValue": "boom"}}]}]}]}'
    >>> fmt, [line] = fast_logs(body, "logs", {}, Identity())
    >>> fmt, line.service, line.body, line.is_error, line.timestamp.isoformat()
    ('otlp-logs', 'api', 'boom', True, '2023-11-14T22:13:20+00:00')
    >>> fast_logs(b'{"resourceLogs": []}', "logs", {}, Identity()) is None
    True
    """
    lines = LogLines()
    return (OTLP_LOGS, lines.records()) if fast_log_lines(value, kind, headers, identity, lines) else None


def fast_log_lines(value: bytes, kind: str, headers: dict[str, str], identity: Identity, into: LogLines) -> bool:
    """Add the lines of an OTLP/JSON logs payload this path is sure of to ``into`` and say so;
    ``False`` (``into`` as it was) for anything else: the full path decides. Never raises.

    >>> lines = LogLines()
    >>> body = b'{"resourceLogs": [{"scopeLogs": [{"logRecords": [{"timeUnixNano": "7",'
    >>> body += b' "body": {"stringValue": "a"}}]}]}]}'
    >>> fast_log_lines(body, "logs", {}, Identity(), lines), fast_log_lines(b"{", "logs", {}, Identity(), lines)
    (True, False)
    >>> len(lines), lines.columns["body"], lines.columns["timestamp"], lines.runs[0][1]
    (1, ['a'], [0], 1)
    """
    if kind != "logs":
        return False
    named = headers.get(FORMAT_HEADER) if headers else None
    if named != OTLP_LOGS and ((named and named != "auto") or not detected_first("logs", OTLP_LOGS)):
        return False
    try:
        scopes = _scopes(_decoder.decode(value), AdaptContext(headers or {}, identity))
    except Exception:  # noqa: BLE001 - _Unsure, msgspec's refusals, anything: the full path says why
        return False
    for columns, run, n in scopes:
        into._add(columns, run, n)
    return bool(scopes)


def _scopes(doc: LogsData, ctx: AdaptContext) -> list[tuple[dict[str, list[Any]], dict[str, Any], int]]:
    """Each scope's lines, column by column, with the values of their run; all or nothing."""
    out = []
    for i, resource_logs in enumerate(doc.resourceLogs):
        run, res_key = _resource(resource_logs.resource, i, ctx)
        for scope_logs in resource_logs.scopeLogs or ():
            records = scope_logs.logRecords
            if not records:
                continue
            scope = scope_logs.scope or {}
            parts = (run["workspace_id"], res_key, scope.get("name"), scope.get("version"))
            prefix = _SEP.join(_NONE if p is None else str(p) for p in parts)
            out.append((_columns(records, prefix), run, len(records)))
    return out


def _resource(raw: msgspec.Raw | UnsetType, i: int, ctx: AdaptContext) -> tuple[dict[str, Any], str]:
    """The run values (identity, source) of a resource's lines and the resource's part of their ids,
    as the adapter reads its attributes; the same answer for the same JSON, identity and headers."""
    key = (b"" if raw is UNSET else bytes(raw), ctx.identity, tuple(ctx.headers.items()))
    found = _RESOURCES.get(key)
    if found is None:
        resource = (None if raw is UNSET else _resource_decoder.decode(raw)) or {}
        res = attributes(resource.get("attributes"), f"resourceLogs[{i}].resource.attributes")
        run = {**resource_identity(ctx, res), "source": OTLP_LOGS, "template_id": None}
        if len(_RESOURCES) >= _MAX_RESOURCES:
            _RESOURCES.clear()
        found = _RESOURCES[key] = (run, json.dumps(res, sort_keys=True, ensure_ascii=False))
    return found


def _columns(records: list[OtlpLogRecord], prefix: str) -> dict[str, list[Any]]:
    """The adapter's ``_log_record`` for plain records, column by column; ``prefix``: the ids' parts
    before the time."""
    n = len(records)
    nanos, times = _times(records)
    micros = [t // 1_000 for t in nanos]
    if max(micros) > _MAX_MICROS:  # from 9000: a time no tool sends, which the adapter refuses
        raise _Unsure
    severities = [r.severityNumber for r in records]
    if set(map(type, severities)) != {int}:
        severities = [0 if s is UNSET or s is None else s for s in severities]
    if min(severities) < 0 or max(severities) > 24:
        raise _Unsure
    bodies = [_body(r.body) for r in records]
    attrs = [r.attributes for r in records]
    if attrs.count(UNSET) == n:
        attrs = [_NO_ATTRIBUTES] * n
    else:
        attrs = [_NO_ATTRIBUTES if a is UNSET or a is None else attributes(a, "attributes") or _NO_ATTRIBUTES
                 for a in attrs]
    trace_ids, span_ids = _ids(records, "traceId", _HEX32), _ids(records, "spanId", _HEX16)
    if trace_ids.count(None) == n and span_ids.count(None) == n:
        tail = _SEP + _NONE + _SEP + _NONE
        rests = [f"{t}{_SEP}{b}{tail}" for t, b in zip(times, bodies, strict=True)]
    else:
        rests = [f"{t}{_SEP}{b}{_SEP}{tr or _NONE}{_SEP}{sp or _NONE}"
                 for t, b, tr, sp in zip(times, bodies, trace_ids, span_ids, strict=True)]
    return {
        "id": _hashed((prefix + _SEP).encode("utf-8"), rests),
        "severity_number": severities,
        "severity_text": [r.severityText or None for r in records],
        "is_error": [s >= 17 for s in severities],
        "body": bodies,
        "attributes": attrs,
        "trace_id": trace_ids,
        "span_id": span_ids,
        "timestamp": micros,
    }


def _hashed(head: bytes, rests: list[str]) -> list[str]:
    """``make_id``'s ``log-`` ids of ``head`` (the lines' common first parts, joined) and each of
    ``rests``: the head is hashed once and the hash state copied for each line (the same digest as
    hashing the whole key, without hashing the head's blocks again)."""
    seed = blake2b(head, digest_size=16)
    copy = seed.copy
    out = []
    for rest in rests:
        h = copy()
        h.update(rest.encode("utf-8"))
        out.append("log-" + h.hexdigest())
    return out


def _times(records: list[OtlpLogRecord]) -> tuple[list[int], list[str]]:
    """Each record's :func:`_nanos` and its decimal digits; the usual lines (``timeUnixNano``
    digits, no leading zero) in one go."""
    raw = [r.timeUnixNano for r in records]
    try:
        joined = "".join(raw)
    except TypeError:  # not all strings
        joined = ""
    if joined.isascii() and joined.isdigit() and all(raw) and "0" not in set(map(_FIRST, raw)):
        return list(map(int, raw)), raw  # digits with no leading zero: not 0, and what str(int) gives
    nanos = [_nanos(r) for r in records]
    return nanos, list(map(str, nanos))


def _ids(records: list[OtlpLogRecord], key: str, pattern: re.Pattern[str]) -> list[str | None]:
    raw = [getattr(r, key) for r in records]
    return [None] * len(raw) if raw.count(UNSET) == len(raw) else [_hex(x, pattern) for x in raw]


def _nanos(r: OtlpLogRecord) -> int:
    """The adapter's ``_record_time``: ``timeUnixNano``, else ``observedTimeUnixNano`` (absent or
    0: not set), for an integer or a string of digits after the epoch."""
    raw = r.timeUnixNano
    if type(raw) is str and raw.isascii() and raw.isdigit():  # the usual spelling
        nanos = int(raw)
        if nanos > 0:
            return nanos
    for raw in (r.timeUnixNano, r.observedTimeUnixNano):
        if raw is UNSET or raw is None or raw == "" or raw == "0" or (raw == 0 and type(raw) is not bool):
            continue
        if type(raw) is str and raw.isascii() and raw.isdigit():
            raw = int(raw)
        if type(raw) is not int or raw <= 0:
            raise _Unsure
        return raw
    raise _Unsure


def _body(value: Any) -> str:
    """The body as text: a plain string as it is, any other ``AnyValue`` as the adapter renders it."""
    if type(value) is dict and len(value) == 1:
        text = value.get("stringValue")
        if type(text) is str:
            return text
    return render(any_value(None if value is UNSET else value, "body"))


def _hex(raw: str | UnsetType | None, pattern: re.Pattern[str]) -> str | None:
    if raw is UNSET or raw is None or raw == "":
        return None
    if pattern.fullmatch(raw) is None:
        raise _Unsure
    return raw.lower()
