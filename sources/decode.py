"""Bytes to records: pick the payload format, adapt, validate; or a dead letter.

Nothing raised by a payload escapes :func:`decode`: every message ends as records
or as one :class:`~signalcraft.models.DeadLetter` that says why.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import datetime

import msgspec
from pydantic import ValidationError

from signalcraft.models import AlertEvent, DeadLetter, LogRecord, RawMessage
from signalcraft.models.common import Record
from signalcraft.params import STREAM_KINDS, Identity, StreamKind
from signalcraft.sources.adapters import REGISTRY, AdaptContext, AdaptError, detect_format, formats_for
from signalcraft.sources.alert_rows import AlertRows
from signalcraft.sources.fast_alerts import fast_alerts, take_alert_rows
from signalcraft.sources.fast_change_values import Arrival
from signalcraft.sources.fast_changes import fast_change_rows, fast_changes
from signalcraft.sources.fast_logs import LogLines, fast_log_lines, fast_logs

log = logging.getLogger(__name__)

FORMAT_HEADER = "sc-format"
_json = msgspec.json.Decoder()


class DecodeError(ValueError):
    """Why a message could not become records; ``step`` names where it failed."""

    def __init__(self, step: str, reason: str, fmt: str | None = None):
        super().__init__(reason)
        self.step = step
        self.reason = reason
        self.format = fmt


def parse_payload(
    value: bytes,
    kind: StreamKind,
    headers: dict[str, str],
    identity: Identity,
    where: str = "payload",
    arrived_at: datetime | None = None,
) -> tuple[str, list[Record]]:
    """Decode one payload of a ``kind`` stream; return ``(format, records)`` or raise DecodeError.

    ``arrived_at`` (the Kafka timestamp) stands in for a missing ``sc-event-time`` header.
    """
    fast = _fast_path(value, kind, headers, identity, None if arrived_at is None else lambda: arrived_at)
    if fast is not None:
        return fast
    return _parse(value, kind, headers, identity, where, arrived_at)


def _fast_path(
    value: bytes, kind: StreamKind, headers: dict[str, str], identity: Identity, arrived: Arrival = None
) -> tuple[str, list[Record]] | None:
    """``(format, records)`` without the full path, or ``None``: native alerts and
    Alertmanager webhooks through :mod:`~signalcraft.sources.fast_alerts`, OTLP logs through
    :mod:`~signalcraft.sources.fast_logs`, change reports named by ``sc-format`` through
    :mod:`~signalcraft.sources.fast_changes` (``arrived()``, the Kafka timestamp, times a body
    with none of its own and no ``sc-event-time`` header), then a complete record in a format
    named by ``sc-format`` that validates from its bytes."""
    if kind == "alerts":
        fast = fast_alerts(value, kind, headers, identity)
    elif kind == "logs":
        fast = fast_logs(value, kind, headers, identity)
    elif kind == "changes":
        fast = fast_changes(value, kind, headers, identity, arrived)
    else:
        fast = None  # no other kind has a fast path of its own (each one's first check is its kind)
    return fast if fast is not None else _named_bytes(value, kind, headers)


def _named_bytes(value: bytes, kind: StreamKind, headers: dict[str, str]) -> tuple[str, list[Record]] | None:
    """A complete record in a format named by ``sc-format`` that validates from its bytes, or ``None``."""
    name = headers.get(FORMAT_HEADER)
    adapter = REGISTRY.get(name) if name else None
    if adapter is None or adapter.parse_bytes is None or adapter.kind != kind:
        return None
    records = adapter.parse_bytes(value)
    return (name, records) if records else None


def _parse(
    value: bytes,
    kind: StreamKind,
    headers: dict[str, str],
    identity: Identity,
    where: str,
    arrived_at: datetime | None,
) -> tuple[str, list[Record]]:
    ctx = AdaptContext(headers, identity, arrived_at)
    chosen = headers.get(FORMAT_HEADER) or None
    if chosen is not None and chosen != "auto":
        adapter = REGISTRY.get(chosen)
        if adapter is None:
            reason = f"{where}: {FORMAT_HEADER} {chosen!r} is not a known format; known: {sorted(REGISTRY)}"
            raise DecodeError("format", reason, chosen)
        if adapter.kind != kind:
            raise DecodeError("format", f"{where}: format {chosen!r} carries {adapter.kind}, not {kind}", chosen)
    try:
        doc = _json.decode(value)
    except (msgspec.DecodeError, UnicodeDecodeError) as e:  # msgspec lets bad UTF-8 in a string through as the latter
        raise DecodeError("json", f"{where}: not valid JSON ({e})", chosen) from None
    if chosen is None or chosen == "auto":
        chosen = _detect(doc, kind, ctx, where)
    adapter = REGISTRY[chosen]
    try:
        records = adapter.parse(doc, ctx)
    except AdaptError as e:
        raise DecodeError("adapt", f"{chosen} {where}: {e}", chosen) from None
    except ValidationError as e:
        raise DecodeError("validate", f"{chosen} {where}: {_first_errors(e)}", chosen) from None
    except Exception as e:  # noqa: BLE001 - a malformed payload must never stop the flow
        raise DecodeError("adapt", f"{chosen} {where}: {type(e).__name__}: {e}", chosen) from None
    if not records:
        raise DecodeError("adapt", f"{chosen} {where}: the payload holds no records", chosen)
    return chosen, records


def _detect(doc: object, kind: StreamKind, ctx: AdaptContext, where: str) -> str:
    name = detect_format(doc, kind, ctx)
    if name is not None:
        return name
    shape = (
        "object with keys " + ", ".join(sorted(map(str, doc))[:8]) if isinstance(doc, dict) else type(doc).__name__
    )
    raise DecodeError(
        "format", f"{where}: no {kind} format matches a JSON {shape}; expected one of {formats_for(kind)}"
    )


def _first_errors(e: ValidationError, limit: int = 3) -> str:
    parts = []
    for err in e.errors()[:limit]:
        loc = ".".join(str(x) for x in err["loc"]) or "(record)"
        parts.append(f"{loc}: {err['msg']}")
    more = e.error_count() - limit
    return "; ".join(parts) + (f" (+{more} more)" if more > 0 else "")


def decode(raw: RawMessage, kind: StreamKind, identity: Identity) -> tuple[list[Record], DeadLetter | None]:
    """One message to its records, or to a dead letter carrying the original bytes.

    Bodies with no time of their own (PagerDuty acknowledge/resolve, some Argo CD
    templates) take the ``sc-event-time`` header, else the Kafka timestamp, which the
    bridge that posted the webhook set when it arrived.
    """
    records: list[Record] = []
    dead: list[DeadLetter] = []
    decode_all((raw,), kind, identity, records, dead)
    return records, dead[0] if dead else None


def decode_all(raws: Iterable[RawMessage], kind: StreamKind, identity: Identity, records: list[Record],
               dead: list[DeadLetter], lines: LogLines | None = None, alerts: AlertRows | None = None,
               change_rows: bool = False) -> None:
    """:func:`decode` of each of ``raws``, messages of one ``kind`` stream, in order: their records
    added to ``records``, their dead letters to ``dead``. The kind's fast path is picked once, not
    through two calls a message (:func:`decode` is this for one message). With ``lines``, the log
    records of a ``logs`` stream are added there instead, column by column, in order
    (:func:`~signalcraft.sources.fast_logs.fast_log_lines`; those of the full path as they are).
    With ``alerts``, the alert events of an ``alerts`` stream are added there instead, as rows
    (:func:`~signalcraft.sources.fast_alerts.take_alert_rows`; those of the full path as records), in order.
    With ``change_rows``, the change reports of a ``changes`` stream's fast path are added as their rows
    (:func:`~signalcraft.sources.fast_changes.fast_change_rows`; those of the full path as records).

    >>> from signalcraft.models import RawMessage
    >>> records, dead = [], []
    >>> body = b'{"groupKey": "{}", "alerts": [{"status": "firing", "labels": {"alertname": "Down"},'
    >>> body += b' "startsAt": "2024-01-01T00:00:00Z"}]}'
    >>> decode_all([RawMessage("a", 0, 0, body), RawMessage("a", 0, 1, b"{")], "alerts", Identity(), records, dead)
    >>> [r.name for r in records], [(d.offset, d.step) for d in dead]
    (['Down'], [(1, 'json')])
    """
    if lines is not None and kind == "logs":
        _decode_lines(raws, identity, records, dead, lines)
        return
    if alerts is not None and kind == "alerts":
        _decode_alert_rows(raws, identity, records, dead, alerts)
        return
    fast = fast_alerts if kind == "alerts" else fast_logs if kind == "logs" else None  # as _fast_path picks
    rows = change_rows and kind == "changes"
    for raw in raws:
        if fast is not None:
            got = fast(raw.value, kind, raw.headers, identity)
            if got is None:
                got = _named_bytes(raw.value, kind, raw.headers)
        elif rows:
            got = fast_change_rows(raw.value, kind, raw.headers, identity, raw.kafka_time)
            if got is None:
                got = _named_bytes(raw.value, kind, raw.headers)
        else:
            got = _fast_path(raw.value, kind, raw.headers, identity, raw.kafka_time)
        if got is not None:
            records += got[1]
            continue
        decoded, refused = _full_path(raw, kind, identity)
        if refused is None:
            records += decoded
        else:
            dead.append(refused)


def _decode_lines(raws: Iterable[RawMessage], identity: Identity, records: list[Record], dead: list[DeadLetter],
                  lines: LogLines) -> None:
    """:func:`decode_all` of a ``logs`` stream, its log records added to ``lines``."""
    for raw in raws:
        if fast_log_lines(raw.value, "logs", raw.headers, identity, lines):
            continue
        made = _left_by_fast_path(raw, "logs", identity, dead)
        if made is None:
            continue
        if all(type(r) is LogRecord for r in made):
            lines.add_records(made)
        else:
            records += [r for r in made if type(r) is not LogRecord]  # no logs format makes these
            lines.add_records([r for r in made if type(r) is LogRecord])


def _decode_alert_rows(raws: Iterable[RawMessage], identity: Identity, records: list[Record],
                       dead: list[DeadLetter], alerts: AlertRows) -> None:
    """:func:`decode_all` of an ``alerts`` stream, its alert events added to ``alerts`` (the other
    records a message makes, acks, to ``records``, each placed after the rows before it)."""
    rows, messages = alerts.rows, iter(raws)
    while (raw := take_alert_rows(messages, identity, rows)) is not None:  # the fast path's rows, up to one it leaves
        made = _left_by_fast_path(raw, "alerts", identity, dead)
        if made is None:
            continue
        for record in made:
            if type(record) is AlertEvent:
                alerts.add_records([record])
            else:
                alerts.place(len(records))
                records.append(record)
    alerts.place(len(records))


def _left_by_fast_path(raw: RawMessage, kind: StreamKind, identity: Identity,
                       dead: list[DeadLetter]) -> list[Record] | None:
    """The records of a message a fast path left: those of its named format's bytes, or of the full
    path; ``None`` when the full path refuses it (its dead letter added to ``dead``)."""
    named = _named_bytes(raw.value, kind, raw.headers)
    if named is not None:
        return named[1]
    made, refused = _full_path(raw, kind, identity)
    if refused is not None:
        dead.append(refused)
        return None
    return made


def _full_path(raw: RawMessage, kind: StreamKind, identity: Identity) -> tuple[list[Record], DeadLetter | None]:
    """:func:`decode` of a message the fast paths left to the adapters and the models."""
    where = raw.where
    try:
        _, records = _parse(raw.value, kind, raw.headers, identity, where, raw.kafka_time())
        return records, None
    except DecodeError as e:
        return [], DeadLetter.of_message(raw, e.step, e.reason, e.format)
    except Exception as e:  # last line of defence: never raise out of the flow
        log.exception("unexpected error decoding %s", where)
        reason = f"{where}: {type(e).__name__}: {e}"
        return [], DeadLetter.of_message(raw, "decode", reason, raw.headers.get(FORMAT_HEADER))


def parse_any(
    value: bytes, fmt: str | None, headers: dict[str, str], identity: Identity
) -> tuple[str, list[Record]]:
    """Parse a payload of any stream kind: by ``fmt``, else the first kind whose format detects it."""
    if fmt and fmt != "auto":
        adapter = REGISTRY.get(fmt)
        if adapter is None:
            raise DecodeError("format", f"format {fmt!r} is not known; known: {sorted(REGISTRY)}", fmt)
        return parse_payload(value, adapter.kind, {**headers, FORMAT_HEADER: fmt}, identity)
    last: DecodeError | None = None
    for kind in STREAM_KINDS:
        try:
            return parse_payload(value, kind, {k: v for k, v in headers.items() if k != FORMAT_HEADER}, identity)
        except DecodeError as e:
            if e.step != "format":
                raise
            last = e
    raise DecodeError("format", f"no known format matches this payload; known: {sorted(REGISTRY)}") from last
