"""Alertmanager webhooks on the alert fast path (:mod:`~signalcraft.sources.fast_alerts`):
``parse_alertmanager`` and ``alert_from_labels`` of :mod:`~signalcraft.sources.adapters.alerts`
for the payloads they take as they are, anything else :class:`Unsure` (or msgspec's error).

What a webhook stream repeats is read once a text and remembered: an alert's label set gives its
labels' dict, its workspace, project, environment and service, its ``alertname`` and its severity
(:class:`Places`, one per identity rule set), and the group's fields the adapter does not read
(``groupLabels``, ``commonLabels``, ``commonAnnotations``) are checked as JSON once a text
(:func:`checked`), not made into dicts a webhook.
"""

from __future__ import annotations

import sys
from hashlib import blake2b
from typing import Any, Literal

import msgspec
from msgspec import UNSET, Raw, Struct, UnsetType

from signalcraft.models import AlertEvent
from signalcraft.params import Identity
from signalcraft.sources.adapters.alerts import label_fingerprint
from signalcraft.sources.adapters.base import normalize_severity
from signalcraft.sources.alert_rows import FIELDS, AlertRow, build, new_row
from signalcraft.sources.fast_alert_values import TIMES, Unsure, shared_map

__all__ = ["ALERTMANAGER", "ALL_PRESENT", "Places", "Webhook", "WebhookAlert", "checked", "webhook_alerts"]

ALERTMANAGER = "alertmanager"
ALL_PRESENT = set(FIELDS)
"""Every field set: the fields set the webhooks' records share (a record never changes its own)."""
_intern = sys.intern


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
    """Alertmanager webhook v4. The keys the adapter does not read are decoded (and so checked) all the
    same: the group's maps as their JSON text, checked by :func:`checked`, the others as values."""

    alerts: list[WebhookAlert]
    version: Any = UNSET
    groupKey: Any = UNSET
    truncatedAlerts: Any = UNSET
    status: Any = UNSET
    receiver: Any = UNSET
    groupLabels: Raw | UnsetType = UNSET
    commonLabels: Raw | UnsetType = UNSET
    commonAnnotations: Raw | UnsetType = UNSET
    externalURL: Any = UNSET


# Not tracked by the garbage collector (gc=False): a body is a tree, read and dropped within the call.
_webhook = msgspec.json.Decoder(Webhook)
_json = msgspec.json.Decoder()
_NULL = Raw(b"null")
_CHECKED: set[bytes] = set()
_CHECKED_MAX, _CHECKED_BYTES_MAX = 4096, 1024


def checked(raw: Raw | UnsetType) -> None:
    """Raise msgspec's error if the JSON text ``raw`` (a group field's, or ``UNSET``) is not what the
    body's decoder would take as a value (bad UTF-8, a number out of range: skipping a value into a
    ``Raw`` checks neither); remembered for up to 4,096 texts of at most 1 KiB, the bytes decide.

    >>> checked(Raw(b'{"alertname": "Down"}')), checked(UNSET)
    (None, None)
    >>> checked(Raw(b'{"a": 1e999}'))
    Traceback (most recent call last):
    msgspec.ValidationError: Number out of range - at `$[...]`
    """
    if raw is UNSET:
        return
    text = bytes(raw)
    if text in _CHECKED:
        return
    _json.decode(text)
    if len(text) <= _CHECKED_BYTES_MAX:
        if len(_CHECKED) >= _CHECKED_MAX:
            _CHECKED.clear()
        _CHECKED.add(text)


def webhook_alerts(value: bytes, headers: dict[str, str], identity: Identity, named: bool,
                   as_rows: bool = False) -> list[AlertEvent] | list[AlertRow]:
    """The records (``as_rows``: rows) of an Alertmanager webhook the fast path is sure of."""
    doc = _webhook.decode(value)
    if doc.version not in (UNSET, None, "4") or not doc.alerts or (not named and doc.groupKey is UNSET):
        raise Unsure
    for group in (doc.groupLabels, doc.commonLabels, doc.commonAnnotations):
        if group is not UNSET and bytes(group) not in _CHECKED:  # mostly known: a lookup without the call
            checked(group)
    ws_header = project_header = env_header = service_header = None
    if headers:
        ws_header, project_header = headers.get("sc-workspace"), headers.get("sc-project")
        env_header, service_header = headers.get("sc-environment"), headers.get("sc-service")
    out = []
    start_known, end_known = TIMES.start_known, TIMES.end_known
    places = _places_of(identity)
    known = places.facts.get
    for alert in doc.alerts:
        text = bytes(alert.labels)
        labels, workspace, project, environment, service, alertname, severity = known(text) or places.facts_of(text)
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
        if headers:  # a header's value before the labels' (the labels' is theirs or the default)
            workspace, project = ws_header or workspace, project_header or project
            environment, service = env_header or environment, service_header or service
        name = alertname or annotations.get("summary") or "unnamed"
        text = "\x1f".join((workspace, ALERTMANAGER, fingerprint, status, started_iso))
        record_id = "alert-" + blake2b(text.encode("utf-8"), digest_size=16).hexdigest()  # make_id's, for strings
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


Facts = tuple[dict[str, str], str, str, str, str, "str | None", str]
"""What an alert's label set alone decides: its labels' dict, workspace, project, environment and
service (before any header), ``alertname`` (``None`` without one) and severity."""


class Places(dict):
    """Where an alert's labels hold its workspace, project, environment and service, by the labels'
    keys in their order (a webhook stream repeats a few hundred key sets): for each, the keys of
    ``identity`` the labels have, in the order :func:`_label` tries them (the service's, then
    ``instance``): ``None`` for none, the key itself for one (the usual), else the keys; the first
    of them with a non-empty value is the value. One per :class:`Identity` (:func:`_places_of`),
    with the :data:`Facts` of each label set's text read (:attr:`facts`, :meth:`facts_of`).

    >>> places = Places(Identity())
    >>> places.new(("alertname", "env", "cluster", "service"))
    (None, None, ('env', 'cluster'), 'service')
    >>> places.facts_of(b'{"alertname": "Down", "cluster": "eu", "env": "", "severity": "page"}')
    ({'alertname': 'Down', 'cluster': 'eu', 'env': '', 'severity': 'page'}, 'default', 'unknown', 'eu', 'unknown', \
'Down', 'critical')
    """

    __slots__ = ("facts", "identity")

    def __init__(self, identity: Identity) -> None:
        super().__init__()
        self.identity = identity
        self.facts: dict[bytes, Facts] = {}
        """:meth:`facts_of` by the label set's text, for up to 4,096 texts of at most 1 KiB (the bytes decide)."""

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

    def facts_of(self, text: bytes) -> Facts:
        """The :data:`Facts` of the label set whose JSON text is ``text`` (its map by
        :func:`shared_map`, which raises for what it refuses), remembered."""
        labels = shared_map(text)
        identity = self.identity
        w, p, e, s = self.get(keys := tuple(labels)) or self.new(keys)
        facts = (labels,
                 (labels[w] if type(w) is str else w and _label(labels, w)) or identity.default_workspace,
                 (labels[p] if type(p) is str else p and _label(labels, p)) or identity.default_project,
                 (labels[e] if type(e) is str else e and _label(labels, e)) or identity.default_environment,
                 (labels[s] if type(s) is str else s and _label(labels, s)) or identity.default_service,
                 labels.get("alertname"), _severity(labels.get("severity")))
        if len(text) <= 1024:
            if len(self.facts) >= 4096:
                self.facts.clear()
            self.facts[text] = facts
        return facts


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
