"""The hot path for the two biggest alert formats: SignalCraft's own alert JSON (named by
``sc-format: signalcraft-alert``) and Alertmanager webhooks (named, or detected).

msgspec decodes the bytes into structs whose types are the records' rules, and the
records are made from what it checked, without validating them a second time. It takes
only what it is sure of: a payload whose every key it knows and whose every value has
the type the pydantic path would accept unchanged. Anything else — an unknown key, a
number where a string goes, a time in any spelling but RFC 3339's plainest, a list of
native records — gives ``None``, and the message goes down the full path
(:mod:`signalcraft.sources.decode`), which makes the same record or says why not. So
the records and the refusals are the pydantic path's; ``tests/unit/test_fast_alerts.py``
runs both over the fuzz and mutation corpora. Webhooks are read in
:mod:`~signalcraft.sources.fast_webhooks`.

Nothing is skipped unread: unknown keys are refused, not skipped, and a value kept as its JSON
text (``Raw``: maps) is then decoded or checked as the body's decoder would (:func:`shared_map`,
``fast_webhooks.checked``), so JSON the full path's decoder would refuse (bad UTF-8, a number out
of range) is never accepted here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Literal

import msgspec
from msgspec import UNSET, Raw, Struct, UnsetType

from signalcraft.models import AlertEvent, RawMessage, make_id
from signalcraft.params import Identity
from signalcraft.sources.adapters import REGISTRY, formats_for
from signalcraft.sources.alert_rows import FIELDS, AlertRow, build, new_row
from signalcraft.sources.fast_alert_values import TIMES, Times, shared_map
from signalcraft.sources.fast_webhooks import ALERTMANAGER, ALL_PRESENT, webhook_alerts

__all__ = ["ALERTMANAGER", "FORMAT_HEADER", "NATIVE", "Times", "detected_first", "fast_alert_rows", "fast_alerts",
           "shared_map", "take_alert_rows"]

NATIVE = "signalcraft-alert"
FORMAT_HEADER = "sc-format"
_OPTIONAL = ("ends_at", "labels", "annotations", "generator_url")
_PRESENT = tuple(
    {name for name in FIELDS if name not in {o for i, o in enumerate(_OPTIONAL) if bits >> i & 1}}
    if bits else ALL_PRESENT for bits in range(1 << len(_OPTIONAL)))
"""The fields set of a native record, by which of :data:`_OPTIONAL` it leaves out (bit ``i``: the
``i``-th): one set shared by the records of each shape. A record never changes its own (the model
is frozen; ``model_copy`` copies it), so sharing it is as good as one each, without a copy per record.
Every field set is :data:`~signalcraft.sources.fast_webhooks.ALL_PRESENT`, the webhooks' records' set."""
_intern = sys.intern
"""The names and labels a stream repeats, one string object each, as pydantic's JSON parser
shares them (its string cache): records that pickle and hold no bigger than the full path's. Rows
too: the store converts a batch's rows to Arrow, and silence mining reads them, after thousands of
rows more were decoded; an object a row has left the CPU's caches by then, a shared one has not (in
the ingest flow the conversion took about 2.1 µs a row so, 1.3-1.7 shared)."""


class NativeAlert(Struct, forbid_unknown_fields=True, gc=False):
    """:class:`AlertEvent` as its own JSON, one record; times as text. Without ``id`` and
    ``source`` the native adapter's defaults apply (its format's name, the id of its natural key).
    ``labels`` and ``annotations`` as their JSON text, read (and checked) by :func:`shared_map`."""

    workspace_id: str
    project: str
    environment: str
    service: str
    name: str
    severity: Literal["critical", "error", "warning", "info", "none"]
    status: Literal["firing", "resolved"]
    fingerprint: str
    starts_at: str
    id: str | UnsetType = UNSET
    source: str | UnsetType = UNSET
    labels: Raw | UnsetType = UNSET
    annotations: Raw | UnsetType = UNSET
    ends_at: str | UnsetType | None = UNSET
    generator_url: str | UnsetType | None = UNSET


# The structs above are not tracked by the garbage collector (gc=False): a body is a tree of what JSON
# holds, read and dropped within the call, so never in a cycle (~230 instructions less a native alert).
_native = msgspec.json.Decoder(NativeAlert)


def fast_alerts(
    value: bytes, kind: str, headers: dict[str, str], identity: Identity, as_rows: bool = False
) -> tuple[str, list[AlertEvent]] | None:
    """``(format, records)`` of a native alert or an Alertmanager webhook this path is sure
    of; ``None`` for anything else (the full path decides). Never raises. ``as_rows``: the
    records as their rows (:class:`~signalcraft.sources.alert_rows.AlertRow`), without the records.

    >>> body = b'{"alerts": [{"status": "firing", "labels": {"alertname": "Down", "env": "prod"},'
    >>> body += b' "startsAt": "2024-01-01T00:00:00Z"}], "groupKey": "{}"}'
    >>> fmt, [alert] = fast_alerts(body, "alerts", {}, Identity())
    >>> fmt, alert.name, alert.environment, alert.starts_at.isoformat()
    ('alertmanager', 'Down', 'prod', '2024-01-01T00:00:00+00:00')
    >>> from signalcraft.sources.alert_rows import row_of
    >>> fast_alerts(body, "alerts", {}, Identity(), as_rows=True)[1] == [row_of(alert)]
    True
    >>> fast_alerts(b'{"alerts": [], "groupKey": "{}"}', "alerts", {}, Identity()) is None
    True
    """
    if kind != "alerts":
        return None
    named = headers.get(FORMAT_HEADER) if headers else None
    try:
        if named == NATIVE:
            return NATIVE, [_native_alert(value, as_rows)]
        if named == ALERTMANAGER or ((not named or named == "auto") and detected_first("alerts", ALERTMANAGER)):
            return ALERTMANAGER, webhook_alerts(value, headers, identity, named == ALERTMANAGER, as_rows)
    except Exception:  # noqa: BLE001 - Unsure, msgspec's refusals, anything: the full path says why
        return None
    return None


def fast_alert_rows(
    value: bytes, kind: str, headers: dict[str, str], identity: Identity
) -> tuple[str, list[AlertRow]] | None:
    """:func:`fast_alerts` as rows."""
    return fast_alerts(value, kind, headers, identity, True)


def take_alert_rows(raws: Iterator[RawMessage], identity: Identity, rows: list[AlertRow]) -> RawMessage | None:
    """The rows of the messages of an ``alerts`` stream (:func:`fast_alert_rows` of each), added to ``rows`` in
    order, up to the first message this path leaves, which is returned (``None``: it took them all). The loop
    :func:`fast_alert_rows` would be a message at a time, without its two calls a message; whether detection
    tries Alertmanager first is asked once. Never raises.

    >>> body = b'{"alerts": [{"status": "firing", "labels": {"alertname": "Down"},'
    >>> body += b' "startsAt": "2024-01-01T00:00:00Z"}], "groupKey": "{}"}'
    >>> rows, messages = [], iter([RawMessage("a", 0, i, v) for i, v in enumerate((body, b"{", body))])
    >>> take_alert_rows(messages, Identity(), rows).offset, len(rows)
    (1, 1)
    >>> take_alert_rows(messages, Identity(), rows), rows == 2 * fast_alert_rows(body, "alerts", {}, Identity())[1]
    (None, True)
    """
    detected = detected_first("alerts", ALERTMANAGER)
    for raw in raws:
        headers = raw.headers
        named = headers.get(FORMAT_HEADER) if headers else None
        try:
            if named == NATIVE:
                rows.append(_native_alert(raw.value, True))
                continue
            if named == ALERTMANAGER or ((not named or named == "auto") and detected):
                rows += webhook_alerts(raw.value, headers, identity, named == ALERTMANAGER, True)
                continue
        except Exception:  # noqa: BLE001 - as fast_alerts: the full path says why
            pass
        return raw
    return None


_first: dict[tuple[str, str, int], bool] = {}


def detected_first(kind: str, fmt: str) -> bool:
    """Whether ``fmt`` is the first format detection tries for ``kind``, so that a body it detects is
    that format's whatever else is registered (asked again if the registry grows)."""
    key = (kind, fmt, len(REGISTRY))
    first = _first.get(key)
    if first is None:
        first = _first[key] = formats_for(kind)[:1] == [fmt]
    return first


def _native_alert(value: bytes, as_row: bool = False) -> AlertEvent | AlertRow:
    doc = _native.decode(value)
    plain = TIMES.plain_known
    starts_at = plain(doc.starts_at) or TIMES.plain(doc.starts_at)
    ends_at, labels, annotations, generator_url = doc.ends_at, doc.labels, doc.annotations, doc.generator_url
    left_out = 0  # bit i: _OPTIONAL[i] not in the body
    if ends_at is UNSET:
        ends_at, left_out = None, 1
    elif ends_at is not None:
        ended = TIMES.plain_end_known(ends_at, UNSET)
        ends_at = TIMES.plain_end(ends_at) if ended is UNSET else ended
    if labels is UNSET:
        labels, left_out = {}, left_out | 2
    else:
        labels = shared_map(labels)
    if annotations is UNSET:
        annotations, left_out = {}, left_out | 4
    else:
        annotations = shared_map(annotations)
    if generator_url is UNSET:
        generator_url, left_out = None, left_out | 8
    source = NATIVE if doc.source is UNSET else _intern(doc.source)
    record_id = doc.id
    if record_id is UNSET:  # as the native adapter makes it, from the start time spelled one way
        record_id = make_id("alert", doc.workspace_id, source, doc.fingerprint, doc.status, starts_at.isoformat())
    workspace, project, environment = _intern(doc.workspace_id), _intern(doc.project), _intern(doc.environment)
    service, name = _intern(doc.service), _intern(doc.name)
    if as_row:
        return new_row(AlertRow, (
            record_id, workspace, project, environment, service, name, doc.severity,
            doc.status, labels, annotations, doc.fingerprint, starts_at, ends_at, source, generator_url,
            _PRESENT[left_out]))
    return build(
        {
            "id": record_id,
            "workspace_id": workspace,
            "project": project,
            "environment": environment,
            "service": service,
            "name": name,
            "severity": doc.severity,
            "status": doc.status,
            "labels": labels,
            "annotations": annotations,
            "fingerprint": doc.fingerprint,
            "starts_at": starts_at,
            "ends_at": ends_at,
            "source": source,
            "generator_url": generator_url,
        },
        _PRESENT[left_out],
    )
