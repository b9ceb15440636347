"""The hot path for OTLP/JSON logs (``sc-format: otlp-logs``, or detected on a logs topic).

msgspec decodes the bytes into structs whose types are what the OTLP adapter
(:func:`~signalcraft.sources.adapters.telemetry.parse_otlp_logs`) takes as it is, and the
:class:`~signalcraft.models.LogRecord` is made from what it checked, without validating it
a second time. It takes only the plain log record: its time (``timeUnixNano``, else
``observedTimeUnixNano``) digits or a JSON integer after the epoch, a ``severityNumber``
integer 0..24, trace and span ids of hex digits; its body and attributes are read by the
adapter's own functions (a plain string body without them). Anything else — an unknown key,
a time as a float, a severity by name — gives ``None``, and the message goes down the full
path (:mod:`signalcraft.sources.decode`), which makes the same records or says why not. The
resource's attributes are read by the adapter's own functions too, once per resource.
``tests/unit/test_fast_logs.py`` runs both paths over the examples, the fuzz corpus and
mutated payloads.

Nothing is skipped unread: the keys the adapter ignores are decoded all the same, unknown
keys are refused, so JSON the full path's decoder would refuse is never accepted here.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from hashlib import blake2b
from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType
from pydantic import BaseModel

from signalcraft.models import LogRecord
from signalcraft.params import Identity
from signalcraft.sources.adapters import AdaptContext
from signalcraft.sources.adapters.telemetry import any_value, attributes, render, resource_identity
from signalcraft.sources.fast_alerts import FORMAT_HEADER, detected_first

__all__ = ["OTLP_LOGS", "fast_logs"]

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
    resource: dict[str, Any] | UnsetType | None = UNSET
    scopeLogs: list[ScopeLogs] | UnsetType | None = UNSET
    schemaUrl: Any = UNSET


class LogsData(Struct, forbid_unknown_fields=True):
    resourceLogs: list[ResourceLogs]


_decoder = msgspec.json.Decoder(LogsData)


class _Unsure(Exception):
    """The fast path cannot vouch for this payload; the full path decides."""


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
    if kind != "logs":
        return None
    named = headers.get(FORMAT_HEADER) if headers else None
    if named != OTLP_LOGS and ((named and named != "auto") or not detected_first("logs", OTLP_LOGS)):
        return None
    try:
        records = _records(_decoder.decode(value), AdaptContext(headers or {}, identity))
    except Exception:  # noqa: BLE001 - _Unsure, msgspec's refusals, anything: the full path says why
        return None
    return (OTLP_LOGS, records) if records else None




def _records(doc: LogsData, ctx: AdaptContext) -> list[LogRecord]:
    out: list[LogRecord] = []
    for i, resource_logs in enumerate(doc.resourceLogs):
        resource = resource_logs.resource or {}
        res = attributes(resource.get("attributes"), f"resourceLogs[{i}].resource.attributes")
        base = resource_identity(ctx, res)
        res_key = json.dumps(res, sort_keys=True, ensure_ascii=False)
        for scope_logs in resource_logs.scopeLogs or ():
            scope = scope_logs.scope or {}
            parts = (base["workspace_id"], res_key, scope.get("name"), scope.get("version"))
            prefix = _SEP.join(_NONE if p is None else str(p) for p in parts)
            out += [_log_record(r, base, prefix) for r in scope_logs.logRecords or ()]
    return out


def _log_record(r: OtlpLogRecord, base: dict[str, Any], prefix: str) -> LogRecord:
    """The adapter's ``_log_record`` for a plain record; ``prefix``: the id's parts before the time."""
    nanos = _nanos(r)
    seconds, micros = divmod(nanos // 1_000, 1_000_000)
    at = _EPOCH + timedelta(0, seconds, micros)  # positional: twice as fast as microseconds=
    severity = r.severityNumber
    if severity is UNSET or severity is None:
        severity = 0
    elif not 0 <= severity <= 24:
        raise _Unsure
    text = r.severityText
    body, attrs = _body(r.body), r.attributes
    attrs = {} if attrs is UNSET or attrs is None else attributes(attrs, "attributes")
    trace_id, span_id = _hex(r.traceId, _HEX32), _hex(r.spanId, _HEX16)
    key = _SEP.join((prefix, str(nanos), body, trace_id or _NONE, span_id or _NONE))
    record = _new(LogRecord)
    _set(record, "__dict__", {
        "id": "log-" + blake2b(key.encode("utf-8"), digest_size=16).hexdigest(),
        **base,
        "severity_number": severity,
        "severity_text": text or None,
        "is_error": severity >= 17,
        "body": body,
        "attributes": attrs,
        "trace_id": trace_id,
        "span_id": span_id,
        "timestamp": at,
        "source": OTLP_LOGS,
        "template_id": None,
    })
    _set_fields(record, _FIELDS_SET)
    _set_extra(record, None)
    _set_private(record, None)
    return record


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
