"""SignalCraft's own JSON for each record: the model's fields, ``id`` optional.

A missing ``id`` is derived from the record's natural key, so the same event
sent twice is one row.
"""

from __future__ import annotations

import contextlib
import types
from collections.abc import Callable
from math import isfinite
from typing import Annotated, Any, Union, get_args, get_origin

import msgspec

from signalcraft.models.common import Record
from signalcraft.params import StreamKind
from signalcraft.sources.adapters.base import GENERIC, AdaptContext, AdaptError, parse_time, register

_encode = msgspec.json.Encoder().encode


_TIME_FIELDS = ("starts_at", "ends_at", "timestamp", "resolved_at")


def _times_normalized(item: dict[str, Any]) -> dict[str, Any]:
    """A copy whose times are spelled one way, so one instant always gives one id.

    >>> _times_normalized({"timestamp": "2024-01-01T01:00:00+01:00"})["timestamp"]
    '2024-01-01T00:00:00+00:00'
    """
    out = dict(item)
    for name in _TIME_FIELDS:
        value = out.get(name)
        if isinstance(value, str):
            with contextlib.suppress(AdaptError):  # validation refuses it with a clearer message
                out[name] = parse_time(value, name).isoformat()
    return out


def _float_fields(model: type[Record]) -> tuple[str, ...]:
    """The fields of ``model`` that may hold a float.

    >>> from signalcraft.models import AlertEvent, AuditEntry, MetricPoint
    >>> _float_fields(MetricPoint), _float_fields(AuditEntry), _float_fields(AlertEvent)
    (('value',), ('duration_s',), ())
    """

    def holds(annotation: Any) -> bool:
        if annotation is float:
            return True
        origin = get_origin(annotation)
        if origin is Annotated:
            return holds(get_args(annotation)[0])
        return origin in (Union, types.UnionType) and any(holds(a) for a in get_args(annotation))

    return tuple(name for name, field in model.model_fields.items() if holds(field.annotation))


def native(
    name: str,
    kind: StreamKind,
    model: type[Record],
    signature: frozenset[str],
    make_id: Callable[[dict[str, Any]], str],
    fill: Callable[[dict[str, Any], AdaptContext], None] | None = None,
) -> None:
    """Register the native format of ``model``; detected by the ``signature`` keys."""

    def detect(doc: Any, ctx: AdaptContext) -> bool:
        return isinstance(doc, dict) and signature <= doc.keys()

    floats = _float_fields(model)

    def parse_bytes(value: bytes) -> list[Record] | None:
        """Fast path for a complete record (id and source present): validate the bytes as they are.

        ``None`` sends the payload down the full path, which explains any refusal; so does a float
        that is not finite. From JSON text pydantic's parser gives one only for a literal JSON does
        not have (``NaN``, ``Infinity``, ``-Infinity``) or a number past a double's range, both
        of which the full path refuses as not valid JSON.
        """
        try:
            record = model.model_validate_json(value)
        except Exception:  # noqa: BLE001 - the full path turns any refusal into a clear error
            return None
        for name in floats:
            number = getattr(record, name)
            if number is not None and not isfinite(number):
                return None
        return [record]

    def parse(doc: Any, ctx: AdaptContext) -> list[Record]:
        items = doc if isinstance(doc, list) else [doc]
        out = []
        for i, item in enumerate(items):
            if not isinstance(item, dict):
                raise AdaptError(f"item {i} is {type(item).__name__}, expected an object")
            item = dict(item)
            item.setdefault("source", name)
            if fill is not None:
                fill(item, ctx)
            if "id" not in item:
                item["id"] = make_id(_times_normalized(item))
            out.append(model.model_validate_json(_encode(item)))
        return out

    # headers fill what a body leaves out only through ``fill``: without it, bytes are the record
    register(name, kind, detect, parse_bytes if fill is None else None, precedence=GENERIC)(parse)
