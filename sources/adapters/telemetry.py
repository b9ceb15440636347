"""Telemetry payloads: prometheus-kafka-adapter metrics, OTLP/JSON logs, native metrics, logs, resolutions."""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from signalcraft.models import LogRecord, MetricPoint, Resolution, make_id, metric_key
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import (
    AdaptContext,
    AdaptError,
    parse_time,
    parse_unix_nanos,
    register,
    require,
    str_map,
)
from signalcraft.sources.adapters.native import native

# --- prometheus-kafka-adapter -------------------------------------------------------------

_SAMPLE_VALUE = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?|[+-]?Inf|NaN", re.IGNORECASE)


def sample_value(value: Any, what: str) -> float:
    """A sample value as Prometheus writes it: a decimal string, ``+Inf``, ``-Inf`` or ``NaN``.

    >>> sample_value("+Inf", "value"), sample_value("-Inf", "value"), sample_value("1.5e3", "value")
    (inf, -inf, 1500.0)
    >>> sample_value("NaN", "value")
    nan
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, str) or not _SAMPLE_VALUE.fullmatch(value):
        raise AdaptError(f"{what} {value!r} is not a sample value; expected a decimal string, +Inf, -Inf or NaN")
    return float(value)


def _is_prometheus_kafka_adapter(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, dict)
        and {"name", "value", "timestamp", "labels"} <= doc.keys()
        and isinstance(doc.get("labels"), dict)
        and "metric_key" not in doc
    )


@register("prometheus-kafka-adapter", "metrics", _is_prometheus_kafka_adapter)
def parse_prometheus_kafka_adapter(doc: Any, ctx: AdaptContext) -> list[Record]:
    """One Telefonica/prometheus-kafka-adapter JSON message: one sample, value as a string.

    ``labels.__name__`` is dropped from ``labels`` (it is ``name``).
    """
    what = "prometheus-kafka-adapter sample"
    labels = str_map(require(doc, "labels", dict, what), f"{what}: labels")
    name = doc.get("name") or labels.get("__name__")
    if not isinstance(name, str) or not name:
        raise AdaptError(f"{what}: 'name' is {doc.get('name')!r}; expected the metric name (or labels.__name__)")
    labels.pop("__name__", None)
    value = sample_value(doc.get("value"), f"{what}: value")
    at = parse_time(require(doc, "timestamp", str, what), f"{what}: timestamp")
    key = metric_key(name, labels)
    workspace = ctx.resolve(labels, "workspace")
    return [
        MetricPoint(
            id=make_id("metric", workspace, key, at.isoformat()),
            workspace_id=workspace,
            metric_key=key,
            name=name,
            labels=labels,
            value=value,
            timestamp=at,
            source="prometheus-kafka-adapter",
        )
    ]


# --- OTLP/JSON logs ----------------------------------------------------------------------

_SEVERITY_NAMES = {"SEVERITY_NUMBER_UNSPECIFIED": 0} | {
    f"SEVERITY_NUMBER_{band}{step if step > 1 else ''}": 4 * i + step
    for i, band in enumerate(("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"))
    for step in range(1, 5)
}
_MAX_DEPTH = 32


def _severity_number(raw: Any, what: str) -> int:
    """``severityNumber``: an integer 0..24, or its enum name (``SEVERITY_NUMBER_ERROR2``).

    >>> _severity_number(17, "s"), _severity_number("SEVERITY_NUMBER_WARN3", "s"), _severity_number(None, "s")
    (17, 15, 0)
    """
    if raw is None:
        return 0
    number: int | None = None
    if isinstance(raw, int) and not isinstance(raw, bool):
        number = raw
    elif isinstance(raw, str):
        number = int(raw) if raw.isascii() and raw.isdigit() else _SEVERITY_NAMES.get(raw)
    if number is None or not 0 <= number <= 24:
        raise AdaptError(f"{what} {raw!r} is not a severity number; expected an integer 0..24")
    return number


def any_value(value: Any, what: str, depth: int = 0) -> Any:
    """An OTLP ``AnyValue`` object as plain data (``None`` when empty).

    >>> any_value({"arrayValue": {"values": [{"stringValue": "a"}, {"intValue": "2"}]}}, "v")
    ['a', 2]
    """
    if value is None:
        return None
    if not isinstance(value, dict):
        raise AdaptError(f"{what} is {type(value).__name__}, expected an AnyValue object")
    if depth > _MAX_DEPTH:
        raise AdaptError(f"{what} nests deeper than {_MAX_DEPTH} levels")
    if not value:
        return None
    if "stringValue" in value:
        return require(value, "stringValue", str, what)
    if "boolValue" in value:
        return require(value, "boolValue", bool, what)
    if "intValue" in value:
        raw = value["intValue"]
        if isinstance(raw, int) and not isinstance(raw, bool):
            return raw
        if isinstance(raw, str) and re.fullmatch(r"-?\d+", raw):
            return int(raw)
        raise AdaptError(f"{what}.intValue {raw!r} is not an integer")
    if "doubleValue" in value:
        raw = value["doubleValue"]
        if isinstance(raw, (int, float)) and not isinstance(raw, bool):
            return float(raw)
        if raw in ("NaN", "Infinity", "-Infinity"):
            return float(raw)
        raise AdaptError(f"{what}.doubleValue {raw!r} is not a number")
    if "bytesValue" in value:
        return require(value, "bytesValue", str, what)
    if "arrayValue" in value:
        items = _values(value["arrayValue"], f"{what}.arrayValue")
        return [any_value(v, f"{what}.arrayValue.values[{i}]", depth + 1) for i, v in enumerate(items)]
    if "kvlistValue" in value:
        items = _values(value["kvlistValue"], f"{what}.kvlistValue")
        return dict(_key_values(items, f"{what}.kvlistValue.values", depth + 1))
    raise AdaptError(
        f"{what} has none of stringValue, boolValue, intValue, doubleValue, bytesValue, arrayValue, kvlistValue"
    )


def _values(container: Any, what: str) -> list[Any]:
    """The ``values`` list of an ``arrayValue``/``kvlistValue`` (absent or empty: none)."""
    if container is None:
        return []
    if not isinstance(container, dict):
        raise AdaptError(f"{what} is {type(container).__name__}, expected an object with 'values'")
    return _list(container, "values", what)


def _key_values(items: Any, what: str, depth: int) -> list[tuple[str, Any]]:
    if items is None:
        return []
    if not isinstance(items, list):
        raise AdaptError(f"{what} is {type(items).__name__}, expected a list of key/value objects")
    out = []
    for i, kv in enumerate(items):
        key = require(kv, "key", str, f"{what}[{i}]")
        out.append((key, any_value(kv.get("value"), f"{what}[{i}].value", depth)))
    return out


def render(value: Any) -> str:
    """Plain data as text: strings as they are, the rest as compact JSON.

    >>> render("boom"), render(True), render(10), render(637.704), render(["a", 1]), render(None)
    ('boom', 'true', '10', '637.704', '["a",1]', '')
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def attributes(items: Any, what: str) -> dict[str, str]:
    """OTLP ``attributes`` as text; a kvlist is flattened to dotted keys, an array kept as JSON.

    >>> attributes([{"key": "m", "value": {"kvlistValue": {"values": [{"key": "k", "value": {"intValue": 1}}]}}}], "a")
    {'m.k': '1'}
    """
    out: dict[str, str] = {}

    def put(key: str, value: Any) -> None:
        if isinstance(value, dict) and value:
            for k, v in value.items():
                put(f"{key}.{k}", v)
        else:
            out[key] = render(value)

    for key, value in _key_values(items, what, 0):
        put(key, value)
    return out


def _first(attrs: dict[str, str], *keys: str) -> str | None:
    for key in keys:
        if attrs.get(key):
            return attrs[key]
    return None


def _identity(ctx: AdaptContext, attrs: dict[str, str], field: str, *otel_keys: str) -> str:
    """Header first, then the OpenTelemetry resource attribute, then the identity rules."""
    return ctx.header(f"sc-{field}") or _first(attrs, *otel_keys) or ctx.resolve(attrs, field)


def resource_identity(ctx: AdaptContext, res: dict[str, str]) -> dict[str, str | None]:
    """The workspace, project, environment, service and version an OTLP resource's attributes name."""
    return {
        "workspace_id": ctx.resolve(res, "workspace"),
        "project": _identity(ctx, res, "project", "service.namespace"),
        "environment": _identity(ctx, res, "environment", "deployment.environment.name", "deployment.environment"),
        "service": _identity(ctx, res, "service", "service.name"),
        "service_version": _first(res, "service.version"),
    }


def _hex_id(raw: Any, digits: int, what: str) -> str | None:
    if raw is None or raw == "":
        return None
    if not isinstance(raw, str) or not re.fullmatch(f"[0-9a-fA-F]{{{digits}}}", raw):
        raise AdaptError(f"{what} {raw!r} is not {digits} hex digits")
    return raw.lower()


def _record_time(record: dict[str, Any], what: str) -> tuple[int, datetime]:
    for key in ("timeUnixNano", "observedTimeUnixNano"):
        raw = record.get(key)
        if raw is None or raw == "" or raw == "0" or (raw == 0 and not isinstance(raw, bool)):
            continue
        at = parse_unix_nanos(raw, f"{what}.{key}")
        return int(raw), at
    raise AdaptError(f"{what}: neither timeUnixNano nor observedTimeUnixNano is set (absent or 0)")


def _is_otlp_logs(doc: Any, ctx: AdaptContext) -> bool:
    return isinstance(doc, dict) and isinstance(doc.get("resourceLogs"), list)


@register("otlp-logs", "logs", _is_otlp_logs)
def parse_otlp_logs(doc: Any, ctx: AdaptContext) -> list[Record]:
    """OTLP/JSON ``resourceLogs[].scopeLogs[].logRecords[]``: one LogRecord each.

    Service, version, environment and project come from the resource attributes
    ``service.name``, ``service.version``, ``deployment.environment.name`` (or the older
    ``deployment.environment``) and ``service.namespace``; ``sc-*`` headers win.
    Only the log record's own attributes are kept in ``attributes``.
    """
    out: list[Record] = []
    for i, resource_logs in enumerate(require(doc, "resourceLogs", list, "otlp logs")):
        where = f"resourceLogs[{i}]"
        _object(resource_logs, where)
        resource = _optional(resource_logs, "resource", dict, where, {})
        res = attributes(resource.get("attributes"), f"{where}.resource.attributes")
        base = resource_identity(ctx, res)
        res_key = json.dumps(res, sort_keys=True, ensure_ascii=False)
        for j, scope_logs in enumerate(_list(resource_logs, "scopeLogs", where)):
            swhere = f"{where}.scopeLogs[{j}]"
            _object(scope_logs, swhere)
            scope = _optional(scope_logs, "scope", dict, swhere, {})
            scope_key = (scope.get("name"), scope.get("version"))
            for k, record in enumerate(_list(scope_logs, "logRecords", swhere)):
                out.append(_log_record(record, f"{swhere}.logRecords[{k}]", base, res_key, scope_key))
    return out


def _object(doc: Any, what: str) -> None:
    if not isinstance(doc, dict):
        raise AdaptError(f"{what} is {type(doc).__name__}, expected an object")


def _optional(doc: dict[str, Any], key: str, kind: type, what: str, empty: Any) -> Any:
    """``doc[key]`` checked to be ``kind``; absent or null gives ``empty``."""
    if doc.get(key) is None:
        return empty
    return require(doc, key, kind, what)


def _list(doc: dict[str, Any], key: str, what: str) -> list[Any]:
    return _optional(doc, key, list, what, [])


def _log_record(record: Any, where: str, base: dict[str, Any], res_key: str, scope_key: tuple[Any, Any]) -> LogRecord:
    if not isinstance(record, dict):
        raise AdaptError(f"{where} is {type(record).__name__}, expected a log record object")
    nanos, at = _record_time(record, where)
    severity = _severity_number(record.get("severityNumber"), f"{where}.severityNumber")
    severity_text = record.get("severityText")
    if severity_text is not None and not isinstance(severity_text, str):
        raise AdaptError(f"{where}: 'severityText' is {type(severity_text).__name__}, expected str")
    body = render(any_value(record.get("body"), f"{where}.body"))
    trace_id = _hex_id(record.get("traceId"), 32, f"{where}.traceId")
    span_id = _hex_id(record.get("spanId"), 16, f"{where}.spanId")
    return LogRecord(
        id=make_id("log", base["workspace_id"], res_key, *scope_key, nanos, body, trace_id, span_id),
        **base,
        severity_number=severity,
        severity_text=severity_text or None,
        is_error=severity >= 17,
        body=body,
        attributes=attributes(record.get("attributes"), f"{where}.attributes"),
        trace_id=trace_id,
        span_id=span_id,
        timestamp=at,
        source="otlp-logs",
    )


# --- native ------------------------------------------------------------------------------

native(
    "signalcraft-metric",
    "metrics",
    MetricPoint,
    frozenset({"metric_key", "value", "timestamp"}),
    lambda d: make_id("metric", d.get("workspace_id"), d.get("metric_key"), d.get("timestamp")),
)
native(
    "signalcraft-log",
    "logs",
    LogRecord,
    frozenset({"severity_number", "body", "timestamp"}),
    lambda d: make_id(
        "log", d.get("workspace_id"), d.get("service"), d.get("timestamp"), d.get("body"), d.get("trace_id"),
        d.get("span_id"),
    ),
)
native(
    "signalcraft-resolution",
    "resolutions",
    Resolution,
    frozenset({"resolved_at", "fix"}),
    lambda d: make_id("resolution", d.get("workspace_id"), d.get("group_id"), d.get("resolved_at"),
                      *((d["fingerprint"],) if d.get("fingerprint") else ())),
)
