"""What every payload adapter shares: the registry, the context, time parsing.

An adapter turns one decoded JSON document into records, or raises
:class:`AdaptError` saying what was expected and what came.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from signalcraft.models.common import Record, era_error
from signalcraft.params import Identity, StreamKind

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EVENT_TIME_HEADER = "sc-event-time"
"""Header with the time of a body that carries none (RFC 3339 or epoch milliseconds)."""


class AdaptError(ValueError):
    """The payload is not what its format promises."""


@dataclass(frozen=True)
class AdaptContext:
    """What an adapter may know beyond the payload: headers and identity rules."""

    headers: Mapping[str, str]
    identity: Identity
    arrived_at: datetime | None = None
    """When the message reached Kafka; stands in for a missing ``sc-event-time`` header."""

    def header(self, name: str) -> str | None:
        value = self.headers.get(name.lower())
        return value or None

    def event_time(self, what: str, missing: str) -> datetime:
        """The time of a body that carries none: ``sc-event-time``, else when it reached Kafka.

        The header is RFC 3339 or epoch milliseconds; with neither, an AdaptError says
        ``missing``.
        """
        raw = self.header(EVENT_TIME_HEADER)
        if raw is not None:
            if raw.isascii() and raw.strip().isdigit():
                return from_epoch_ms(int(raw), f"{EVENT_TIME_HEADER} header")
            return parse_time(raw, f"{EVENT_TIME_HEADER} header")
        if self.arrived_at is not None:
            return self.arrived_at
        raise AdaptError(f"{what}: {missing}, and there is no {EVENT_TIME_HEADER} header")

    def resolve(self, labels: Mapping[str, Any], field: str, *fallbacks: Any) -> str:
        """Pick workspace/project/environment/service: header, then labels, then fallbacks.

        ``field`` is one of ``workspace``, ``project``, ``environment``, ``service``.
        """
        if self.headers:
            from_header = self.headers.get(f"sc-{field}")
            if from_header:
                return from_header
        for key in getattr(self.identity, f"{field}_keys"):
            value = labels.get(key)
            if isinstance(value, str) and value:
                return value
        for value in fallbacks:
            if isinstance(value, str) and value:
                return value
        return getattr(self.identity, f"default_{field}")


Parser = Callable[[Any, AdaptContext], list[Record]]
Detector = Callable[[Any, AdaptContext], bool]
BytesParser = Callable[[bytes], "list[Record] | None"]


TOOL, GENERIC = 0, 1
"""The two precedences of :attr:`Adapter.precedence`."""


@dataclass(frozen=True)
class Adapter:
    """A named payload format for one kind of stream."""

    name: str
    kind: StreamKind
    detect: Detector
    parse: Parser
    parse_bytes: BytesParser | None = None
    """Optional fast path on the raw bytes; ``None`` from it means "use ``parse``"."""
    precedence: int = TOOL
    """When formats are detected: :data:`TOOL` formats (each looks for keys only its tool
    sends) before :data:`GENERIC` ones (SignalCraft's own JSON, recognised by a few common
    keys), by name within each; never by import order."""


REGISTRY: dict[str, Adapter] = {}


def register(
    name: str, kind: StreamKind, detect: Detector, parse_bytes: BytesParser | None = None, precedence: int = TOOL
) -> Callable[[Parser], Parser]:
    """Decorator: add a parser to the registry under ``name``."""

    def wrap(parse: Parser) -> Parser:
        known = REGISTRY.get(name)
        if known is not None:
            raise ValueError(f"payload format {name!r} is registered twice")
        REGISTRY[name] = Adapter(name, kind, detect, parse, parse_bytes, precedence)
        return parse

    return wrap


_NO_COLON_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")


def parse_time(value: Any, what: str) -> datetime:
    """Parse an RFC 3339 / ISO 8601 time into aware UTC; naive input is an error.

    Accepts ``Z``, any offset (also ``+0000``), and up to 9 fractional digits.

    >>> parse_time("2023-10-12T10:01:30.123456789+08:00", "startsAt").isoformat()
    '2023-10-12T02:01:30.123456+00:00'
    >>> parse_time("2015-07-17T08:42:58.315+0000", "payload.timestamp").isoformat()
    '2015-07-17T08:42:58.315000+00:00'
    """
    return in_era(_read_time(value, what), value, what)


def in_era(when: datetime, value: Any, what: str) -> datetime:
    """``when`` (aware UTC, read from ``value``), or an error when it is a time no record may carry
    (:data:`~signalcraft.models.common.EARLIEST` … :data:`~signalcraft.models.common.LATEST`).

    >>> try:
    ...     in_era(datetime(1, 1, 1, 0, 5, tzinfo=UTC), "0001-01-01T00:05:00Z", "startsAt")
    ... except AdaptError as e:
    ...     print(e)
    startsAt '0001-01-01T00:05:00Z' is not between 1970-01-01 and 9000-01-01 UTC (no tool sends such a time)
    """
    problem = era_error(when)
    if problem is None:
        return when
    raise AdaptError(f"{what} {value!r} {problem}")


def _read_time(value: Any, what: str) -> datetime:
    """:func:`parse_time` of any year."""
    if not isinstance(value, str):
        raise AdaptError(f"{what} {value!r} is not a time string")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        parsed = _parse_time_lenient(value, what)
    if parsed.tzinfo is None:
        raise AdaptError(f"{what} {value!r} has no timezone offset")
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        raise AdaptError(f"{what} {value!r} is out of range in UTC") from None


def _parse_time_lenient(value: str, what: str) -> datetime:
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    text = _NO_COLON_OFFSET.sub(r"\1:\2", text)
    frac = re.search(r"\.(\d+)", text)
    if frac and len(frac.group(1)) > 6:
        text = text[: frac.start(1) + 6] + text[frac.end(1) :]
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise AdaptError(f"{what} {value!r} is not RFC 3339") from None


def parse_optional_end(value: Any, what: str) -> datetime | None:
    """An end time where ``0001-01-01T00:00:00Z`` (Go's zero time), as any time in year 1, means
    "not ended"; otherwise :func:`parse_time`'s.

    >>> parse_optional_end("0001-01-01T00:00:00Z", "endsAt") is None
    True
    """
    if value in (None, ""):
        return None
    return end_in_era(_read_time(value, what), value, what)


def end_in_era(when: datetime, value: Any, what: str) -> datetime | None:
    """The end ``when`` (aware UTC, read from ``value``) stands for: ``None`` ("not ended") in year 1,
    Go's zero time's year, else :func:`in_era`'s. The one home of the rule: :func:`parse_optional_end`
    and the native fast path's end times (``fast_alert_values.Times.plain_end``) both apply it.

    >>> end_in_era(datetime(1, 1, 1, tzinfo=UTC), "0001-01-01T00:00:00Z", "endsAt") is None
    True
    >>> end_in_era(datetime(2024, 6, 4, tzinfo=UTC), "2024-06-04T00:00:00Z", "endsAt").isoformat()
    '2024-06-04T00:00:00+00:00'
    """
    return None if when.year == 1 else in_era(when, value, what)


def parse_unix_nanos(value: Any, what: str) -> datetime:
    """Nanoseconds since the epoch, as a decimal string or a number.

    >>> parse_unix_nanos("1544712660300000000", "timeUnixNano").isoformat()
    '2018-12-13T14:51:00.300000+00:00'
    """
    if isinstance(value, bool):
        raise AdaptError(f"{what} {value!r} is not a nanosecond timestamp")
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit()):
            raise AdaptError(f"{what} {value!r} is not a nanosecond timestamp")
        nanos = int(value)
    elif isinstance(value, int):
        nanos = value
    elif isinstance(value, float) and math.isfinite(value):
        nanos = int(value)
    else:
        raise AdaptError(f"{what} {value!r} is not a nanosecond timestamp")
    if nanos <= 0:
        raise AdaptError(f"{what} {value!r} is not after the epoch")
    try:
        when = datetime.fromtimestamp(nanos // 1_000_000_000, tz=UTC).replace(microsecond=(nanos // 1_000) % 1_000_000)
    except (OverflowError, OSError, ValueError):
        raise AdaptError(f"{what} {value!r} is out of range") from None
    return in_era(when, value, what)


def from_epoch_ms(ms: Any, what: str) -> datetime:
    """Milliseconds since the epoch as aware UTC.

    >>> from_epoch_ms(1472243938774, "date").isoformat()
    '2016-08-26T20:38:58.774000+00:00'
    """
    if isinstance(ms, bool) or not isinstance(ms, int) or ms <= 0:
        raise AdaptError(f"{what} {ms!r} is not epoch milliseconds")
    try:  # UTC has no leap seconds and no gaps: the epoch plus the milliseconds
        when = _EPOCH + timedelta(milliseconds=ms)
    except (OverflowError, OSError, ValueError):
        raise AdaptError(f"{what} {ms!r} is out of range for epoch milliseconds") from None
    return in_era(when, ms, what)


def require(doc: Any, key: str, kind: type | tuple[type, ...], what: str) -> Any:
    """``doc[key]``, checked to be of ``kind``; a clear error otherwise."""
    if not isinstance(doc, dict):
        raise AdaptError(f"{what}: expected a JSON object, got {type(doc).__name__}")
    if key not in doc:
        raise AdaptError(f"{what}: missing {key!r}")
    value = doc[key]
    if not isinstance(value, kind):
        names = kind.__name__ if isinstance(kind, type) else "/".join(k.__name__ for k in kind)
        raise AdaptError(f"{what}: {key!r} is {type(value).__name__}, expected {names}")
    return value


def str_map(value: Any, what: str) -> dict[str, str]:
    """A JSON object of strings (non-string scalars are stringified)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise AdaptError(f"{what} is {type(value).__name__}, expected an object")
    out: dict[str, str] = {}
    for k, v in value.items():
        if isinstance(v, (dict, list)):
            raise AdaptError(f"{what}[{k!r}] is {type(v).__name__}, expected a string")
        out[str(k)] = "" if v is None else str(v)
    return out


_SEVERITY = {
    "critical": "critical", "crit": "critical", "fatal": "critical", "page": "critical",
    "p1": "critical", "sev1": "critical", "high": "critical", "emergency": "critical", "alert": "critical",
    "error": "error", "err": "error", "major": "error", "p2": "error", "sev2": "error",
    "warning": "warning", "warn": "warning", "minor": "warning", "medium": "warning",
    "p3": "warning", "sev3": "warning", "moderate": "warning",
    "info": "info", "informational": "info", "notice": "info", "low": "info",
    "p4": "info", "p5": "info", "sev4": "info", "debug": "info",
    "none": "none", "": "none",
}


def normalize_severity(value: Any, default: str = "warning") -> str:
    """Map the many spellings of severity onto critical/error/warning/info/none.

    >>> normalize_severity("P1"), normalize_severity("warn"), normalize_severity(None)
    ('critical', 'warning', 'warning')
    """
    if not isinstance(value, str):
        return default
    return _SEVERITY.get(value.strip().lower(), default)
