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
runs both over the fuzz and mutation corpora.

Nothing is skipped unread: unknown keys are refused, not skipped, so JSON the full
path's decoder would refuse (bad UTF-8, a number out of range) is never accepted here.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from hashlib import blake2b
from typing import Any, Literal

import msgspec
from msgspec import UNSET, Raw, Struct, UnsetType

from signalcraft.models import AlertEvent, RawMessage, make_id
from signalcraft.params import Identity
from signalcraft.sources.adapters import REGISTRY, formats_for
from signalcraft.sources.adapters.alerts import label_fingerprint
from signalcraft.sources.adapters.base import normalize_severity
from signalcraft.sources.alert_rows import FIELDS, AlertRow, build, new_row
from signalcraft.sources.fast_alert_values import TIMES, Times, Unsure, shared_map

__all__ = ["ALERTMANAGER", "FORMAT_HEADER", "NATIVE", "Times", "detected_first", "fast_alert_rows", "fast_alerts",
           "shared_map", "take_alert_rows"]

NATIVE, ALERTMANAGER = "signalcraft-alert", "alertmanager"
FORMAT_HEADER = "sc-format"
_OPTIONAL = ("ends_at", "labels", "annotations", "generator_url")
_PRESENT = tuple({name for name in FIELDS if name not in {o for i, o in enumerate(_OPTIONAL) if bits >> i & 1}}
                 for bits in range(1 << len(_OPTIONAL)))
"""The fields set of a native record, by which of :data:`_OPTIONAL` it leaves out (bit ``i``: the
``i``-th): one set shared by the records of each shape. A record never changes its own (the model
is frozen; ``model_copy`` copies it), so sharing it is as good as one each, without a copy per record."""
ALL_PRESENT = _PRESENT[0]
"""Every field set, shared as :data:`_PRESENT` (the webhooks' records)."""
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


class WebhookAlert(Struct, forbid_unknown_fields=True, gc=False):
    """One alert of an Alertmanager webhook, the types the adapter keeps as they are; ``labels`` and
    ``annotations`` as their JSON text, read (and checked) by :func:`shared_map` (``null`` annotations: none)."""

    status: Literal["firing", "resolved"]
    labels: Raw
    startsAt: str  # Alertmanager's names
    annotations: Raw | UnsetType = UNSET
    endsAt: Any = UNSET
    generatorURL: Any = UNSET
    fingerprint: Any = UNSET


class Webhook(Struct, forbid_unknown_fields=True, gc=False):
    """Alertmanager webhook v4; the keys the adapter does not read are decoded (and so
    checked) all the same."""

    alerts: list[WebhookAlert]
    version: Any = UNSET
    groupKey: Any = UNSET
    truncatedAlerts: Any = UNSET
    status: Any = UNSET
    receiver: Any = UNSET
    groupLabels: Any = UNSET
    commonLabels: Any = UNSET
    commonAnnotations: Any = UNSET
    externalURL: Any = UNSET


# The structs above are not tracked by the garbage collector (gc=False): a body is a tree of what JSON
# holds, read and dropped within the call, so never in a cycle (~230 instructions less a native alert).
_native = msgspec.json.Decoder(NativeAlert)
_webhook = msgspec.json.Decoder(Webhook)
_NULL = Raw(b"null")


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
            return ALERTMANAGER, _webhook_alerts(value, headers, identity, named == ALERTMANAGER, as_rows)
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
                rows += _webhook_alerts(raw.value, headers, identity, named == ALERTMANAGER, True)
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


def _webhook_alerts(value: bytes, headers: dict[str, str], identity: Identity, named: bool,
                    as_rows: bool = False) -> list[AlertEvent] | list[AlertRow]:
    """``parse_alertmanager`` and ``alert_from_labels`` of :mod:`~signalcraft.sources.adapters.alerts`,
    for the payloads they take as they are."""
    doc = _webhook.decode(value)
    if doc.version not in (UNSET, None, "4") or not doc.alerts or (not named and doc.groupKey is UNSET):
        raise Unsure
    ws_header = project_header = env_header = service_header = None
    if headers:
        ws_header, project_header = headers.get("sc-workspace"), headers.get("sc-project")
        env_header, service_header = headers.get("sc-environment"), headers.get("sc-service")
    out = []
    start_known, end_known = TIMES.start_known, TIMES.end_known
    places = _places_of(identity)
    default_workspace, default_project = identity.default_workspace, identity.default_project
    default_environment, default_service = identity.default_environment, identity.default_service
    for alert in doc.alerts:
        labels = shared_map(alert.labels)
        place = places.get(keys := tuple(labels)) or places.new(keys)
        annotations = alert.annotations
        annotations = {} if annotations is UNSET or annotations == _NULL else shared_map(annotations)
        started, started_iso = start_known(alert.startsAt) or TIMES.start(alert.startsAt)
        status = alert.status
        ended = alert.endsAt
        ended = end_known(ended, UNSET) if type(ended) is str else UNSET
        if ended is UNSET:  # not read before (or not a text)
            ended = TIMES.end(alert.endsAt)
        if status == "resolved" and ended is None:
            raise Unsure
        fingerprint = alert.fingerprint
        if fingerprint is UNSET or not fingerprint:
            fingerprint = label_fingerprint(labels)
        elif not isinstance(fingerprint, str):
            raise Unsure
        url = alert.generatorURL
        url = None if url is UNSET or not url else url
        if url is not None and not isinstance(url, str):
            raise Unsure
        if as_rows and url is not None:  # one a rule, as its labels
            url = _intern(url)
        # each value as _label would find it: at the one key (the usual), at none, or at the first of several
        w, p, e, s = place
        workspace = ws_header or (labels[w] if type(w) is str else w and _label(labels, w)) or default_workspace
        project = project_header or (labels[p] if type(p) is str else p and _label(labels, p)) or default_project
        environment = env_header or (labels[e] if type(e) is str else e and _label(labels, e)) or default_environment
        service = service_header or (labels[s] if type(s) is str else s and _label(labels, s)) or default_service
        name = labels.get("alertname") or annotations.get("summary") or "unnamed"
        record_id, severity = _alert_id(workspace, fingerprint, status, started_iso), _severity(labels.get("severity"))
        if as_rows:
            out.append(new_row(AlertRow, (record_id, workspace, project, environment, service, name, severity, status,
                                          labels, annotations, fingerprint, started, ended, ALERTMANAGER, url,
                                          ALL_PRESENT)))
            continue
        values = {
            "id": record_id,
            "workspace_id": workspace,
            "project": project,
            "environment": environment,
            "service": service,
            "name": name,
            "severity": severity,
            "status": status,
            "labels": labels,
            "annotations": annotations,
            "fingerprint": fingerprint,
            "starts_at": started,
            "ends_at": ended,
            "source": ALERTMANAGER,
            "generator_url": url,
        }
        out.append(build(values, ALL_PRESENT))
    return out


_SEVERITIES: dict[str | None, str] = {}


def _severity(value: str | None) -> str:
    """``normalize_severity`` of a label's value (a string, or ``None`` without one), remembered
    for the few a stream spells."""
    found = _SEVERITIES.get(value)
    if found is None:
        if len(_SEVERITIES) >= 1024:
            _SEVERITIES.clear()
        found = _SEVERITIES[value] = normalize_severity(value)
    return found


class Places(dict):
    """Where an alert's labels hold its workspace, project, environment and service, by the labels'
    keys in their order (a webhook stream repeats a few hundred key sets): for each, the keys of
    ``identity`` the labels have, in the order :func:`_label` tries them (the service's, then
    ``instance``): ``None`` for none, the key itself for one (the usual), else the keys; the first
    of them with a non-empty value is the value. One per :class:`Identity` (:func:`_places_of`).

    >>> places = Places(Identity())
    >>> places.new(("alertname", "env", "cluster", "service"))
    (None, None, ('env', 'cluster'), 'service')
    """

    __slots__ = ("identity",)

    def __init__(self, identity: Identity) -> None:
        super().__init__()
        self.identity = identity

    def new(self, keys: tuple[str, ...]) -> tuple[str | tuple[str, ...] | None, ...]:
        """The places of labels with ``keys``, remembered."""
        held, identity = set(keys), self.identity
        place = tuple(_one(tuple(k for k in tried if k in held)) for tried in (
            identity.workspace_keys, identity.project_keys, identity.environment_keys,
            (*identity.service_keys, "instance")))
        if len(self) >= 4096:
            self.clear()
        self[keys] = place
        return place


def _one(keys: tuple[str, ...]) -> str | tuple[str, ...] | None:
    """A place: no key (``None``), the one key, or the keys in the order they are tried."""
    return None if not keys else keys[0] if len(keys) == 1 else keys


_PLACES: dict[Identity, Places] = {}


def _places_of(identity: Identity) -> Places:
    """The :class:`Places` of ``identity`` (the last one asked for is kept at hand)."""
    global _LAST_PLACES
    last = _LAST_PLACES  # read once: another worker thread may swap it
    if last.identity is identity:
        return last
    found = _PLACES.get(identity)
    if found is None:
        if len(_PLACES) >= 64:
            _PLACES.clear()
        found = _PLACES[identity] = Places(identity)
    _LAST_PLACES = found
    return found


_LAST_PLACES = Places(Identity())


def _label(labels: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` with a non-empty value (every value here is a string), as
    ``AdaptContext.resolve`` picks it after the header."""
    for key in keys:
        found = labels.get(key)
        if found:
            return found
    return None


def _alert_id(workspace: str, fingerprint: str, status: str, started: str) -> str:
    """``make_id("alert", workspace, "alertmanager", fingerprint, status, started)`` for string parts."""
    text = "\x1f".join((workspace, ALERTMANAGER, fingerprint, status, started))
    return "alert-" + blake2b(text.encode("utf-8"), digest_size=16).hexdigest()
