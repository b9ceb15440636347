"""What the change fast paths (:mod:`~signalcraft.sources.fast_changes`) share: the record
made of checked values, identity resolved as the adapters resolve it, answers remembered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from signalcraft.models import ChangeEvent
from signalcraft.models.pickling import built
from signalcraft.params import Identity
from signalcraft.sources.adapters.base import EVENT_TIME_HEADER, AdaptContext
from signalcraft.sources.adapters.changes.common import _ROLLBACK, _labels
from signalcraft.sources.fast_alert_values import Times

__all__ = [
    "ALL_SET",
    "LIVE_SET",
    "TIMES",
    "Arrival",
    "Remembered",
    "Unsure",
    "build",
    "header_time",
    "labels_of",
    "resolve",
    "says_rollback",
    "text",
]

ALL_SET = frozenset(ChangeEvent.model_fields)
"""Every field of the record, as the adapters that name each of them (GitHub's, Argo CD's) set them."""
LIVE_SET = ALL_SET - {"phase"}
"""What the adapters of changes reported once, after the fact, name: all but ``phase``, which
keeps its default (``live``)."""
TIMES = Times()
"""The change reports' times, remembered apart from the alerts' (which repeat more)."""


class Unsure(Exception):
    """The fast path cannot vouch for this payload; the full path decides."""


def build(values: dict[str, Any], fields_set: set[str] | frozenset[str], model: type[BaseModel] = ChangeEvent,
          ) -> Any:
    """A :class:`ChangeEvent` (or another record ``model``) of already-checked ``values`` (in
    field order), as validation would make it: the same ``__dict__``, fields set, no extra and
    no private state."""
    return built(model, values, fields_set)


def text(value: Any) -> str | None:
    """``value`` if it is a non-empty string (the adapters' ``_text`` of a value read)."""
    return value if isinstance(value, str) and value else None


Arrival = Callable[[], "datetime | None"] | None
"""When the message reached Kafka, asked only of a body with no time of its own and no header."""


def header_time(headers: dict[str, str], arrived: Arrival = None) -> tuple[datetime, str]:
    """``AdaptContext.event_time`` of a body with no time of its own, and its ISO text: the
    ``sc-event-time`` header (RFC 3339 or epoch milliseconds), else the Kafka timestamp
    (``arrived()``); :class:`Unsure` with neither (the full path says why).

    >>> header_time({"sc-event-time": "1700000000000"})[1]
    '2023-11-14T22:13:20+00:00'
    """
    raw = headers.get(EVENT_TIME_HEADER)
    if raw:
        return _header_times[raw]
    when = arrived() if arrived is not None else None
    if when is None:
        raise Unsure
    return when, when.isoformat()


def _header_time(raw: str) -> tuple[datetime, str]:
    when = AdaptContext({EVENT_TIME_HEADER: raw}, Identity()).event_time("sc-event-time", "unreadable")
    return when, when.isoformat()


_HEADER = {field: f"sc-{field}" for field in ("workspace", "project", "environment", "service")}
_KEYS = {field: f"{field}_keys" for field in _HEADER}
_DEFAULT = {field: f"default_{field}" for field in _HEADER}


def resolve(headers: dict[str, str], identity: Identity, field: str, labels: dict[str, str], *fallbacks: Any) -> str:
    """``AdaptContext.resolve`` (header, labels, fallbacks, default) without a context; ``labels``
    hold strings only."""
    found = headers.get(_HEADER[field])
    if found:
        return found
    if labels:
        for key in getattr(identity, _KEYS[field]):
            value = labels.get(key)
            if value:
                return value
    for value in fallbacks:
        if isinstance(value, str) and value:
            return value
    return getattr(identity, _DEFAULT[field])


class Remembered(dict):
    """A few thousand answers of a pure function of a string, forgotten all at once when full.

    >>> lengths = Remembered(len, size=2)
    >>> lengths["ab"], lengths["abc"], lengths["a"], len(lengths)
    (2, 3, 1, 1)
    """

    def __init__(self, of: Any, size: int = 4096) -> None:
        super().__init__()
        self._of, self._size = of, size

    def __missing__(self, key: str) -> Any:
        if len(self) >= self._size:
            self.clear()
        value = self[key] = self._of(key)
        return value


_header_times = Remembered(_header_time)
"""Header times as the adapters read them (a bridge stamps many messages with the same millisecond)."""
_safe_key = Remembered(lambda key: _labels({key: "x"}).popitem()[0])
"""A label key as ``_labels`` also files it (``app.kubernetes.io/name``: ``app_kubernetes_io_name``)."""
says_rollback = Remembered(lambda said: _ROLLBACK.search(said) is not None)
"""Whether a text speaks of a rollback or revert, as the adapters read it."""


def labels_of(value: Any) -> dict[str, str]:
    """``_labels`` of the change adapters (scalars as strings, each key also in its second
    spelling), the second spellings remembered.

    >>> labels_of({"app.kubernetes.io/name": "api", "n": 3, "b": True, "nested": {}})
    {'app.kubernetes.io/name': 'api', 'app_kubernetes_io_name': 'api', 'n': '3'}
    """
    if not isinstance(value, dict) or not value:
        return {}
    out: dict[str, str] = {}
    for key, item in value.items():
        if isinstance(item, (str, int, float)) and not isinstance(item, bool) and item != "":
            out[key] = said = str(item)
            out.setdefault(_safe_key[key], said)
    return out
