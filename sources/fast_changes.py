"""The hot path for change reports, each named by ``sc-format``: GitHub ``deployment``,
``deployment_status``, ``release`` and ``push`` webhooks (:mod:`~signalcraft.sources.fast_github`),
LaunchDarkly webhooks and PagerDuty change events (:mod:`~signalcraft.sources.fast_change_tools`),
Argo CD notifications (:mod:`~signalcraft.sources.fast_argocd`), Kubernetes events
(:mod:`~signalcraft.sources.fast_kubernetes`) and SignalCraft's own change JSON (here): every
change format. A body whose format is only detected goes the full path (detection reads the
whole document), as does any body this path is unsure of.

msgspec decodes the bytes into structs whose types are what the adapters of
:mod:`~signalcraft.sources.adapters.changes` take as they are, the adapters' own helpers
(details, labels, rollback words, flag diffs, change types, time parsing, ids) and identity
resolved as they resolve it make the values, and the report's
:class:`~signalcraft.models.change_row.ChangeRow` (a push's :class:`~signalcraft.models.Commit`)
is made from them without validating them a second time: :func:`fast_change_rows` gives the rows
(what the flow's decoder keeps, since 2026-12-06), :func:`fast_changes` their records
(``ChangeRow.record``: the :class:`~signalcraft.models.ChangeEvent` this path made before). It
takes only what it is sure of: an unknown key, a number where a string goes, a native time in any
spelling but RFC 3339's plainest, a list of native records, a time the adapter cannot read, a body
with no time of its own, no ``sc-event-time`` header and no Kafka timestamp — any of them gives
``None``, and the message goes down the full path (:mod:`signalcraft.sources.decode`), which makes
the same records or says why not. So the records and the refusals are the pydantic path's;
``tests/unit/test_fast_changes.py`` and ``tests/unit/test_fast_change_bodies.py`` run both over the
examples and shared fixtures, the fuzz corpus, the correlation benchmark's reports and mutated
payloads (``tests/unit/test_change_rows.py``: the rows against the records).

Nothing is skipped unread: the keys the adapters ignore are decoded all the same (objects
such as GitHub's ``repository`` or LaunchDarkly's flag versions as JSON of any shape),
unknown keys are refused, so JSON the full path's decoder would refuse is never accepted here.
"""

from __future__ import annotations

from collections.abc import Callable

import msgspec
from msgspec import UNSET, Struct, UnsetType

from signalcraft.models import make_id
from signalcraft.models.change_row import ChangeRow
from signalcraft.models.common import Record
from signalcraft.models.inputs import ChangePhase, ChangeType
from signalcraft.params import Identity
from signalcraft.sources.adapters import AdaptContext, detect_format
from signalcraft.sources.adapters.changes.common import revision_or_version
from signalcraft.sources.fast_alerts import FORMAT_HEADER
from signalcraft.sources.fast_argocd import ARGOCD, argocd
from signalcraft.sources.fast_change_tools import LAUNCHDARKLY, PAGERDUTY_CHANGE, launchdarkly, pagerduty_change
from signalcraft.sources.fast_change_values import TIMES, Arrival, resolve
from signalcraft.sources.fast_github import (
    GITHUB_DEPLOYMENT,
    GITHUB_PUSH,
    GITHUB_RELEASE,
    GITHUB_STATUS,
    github_deployment,
    github_push,
    github_release,
    github_status,
)
from signalcraft.sources.fast_kubernetes import KUBERNETES_EVENT, kubernetes_events

__all__ = [
    "ARGOCD", "GITHUB_DEPLOYMENT", "GITHUB_PUSH", "GITHUB_RELEASE", "GITHUB_STATUS", "KUBERNETES_EVENT", "LAUNCHDARKLY",
    "NATIVE_CHANGE", "PAGERDUTY_CHANGE", "fast_change_rows", "fast_changes",
]

NATIVE_CHANGE = "signalcraft-change"


class NativeChange(Struct, forbid_unknown_fields=True):
    """:class:`ChangeEvent` as its own JSON, one record; identity a header may fill, time as text."""

    type: ChangeType
    summary: str
    timestamp: str
    workspace_id: str | UnsetType | None = UNSET
    project: str | UnsetType | None = UNSET
    environment: str | UnsetType | None = UNSET
    service: str | UnsetType | None = UNSET
    id: str | UnsetType = UNSET
    source: str | UnsetType = UNSET
    version: str | UnsetType | None = UNSET
    details: dict[str, str] | UnsetType = UNSET
    actor: str | UnsetType | None = UNSET
    phase: ChangePhase | UnsetType = UNSET
    identifiers: dict[str, str] | UnsetType = UNSET


_native = msgspec.json.Decoder(NativeChange)
_json = msgspec.json.Decoder()
"""The full path's JSON decoder: a body whose format is only detected is detected in what it makes."""


def fast_changes(
    value: bytes, kind: str, headers: dict[str, str], identity: Identity, arrived: Arrival = None
) -> tuple[str, list[Record]] | None:
    """``(format, records)`` of a change report this path is sure of; ``None`` for anything
    else (the full path decides). Never raises. ``arrived()`` is the Kafka timestamp, asked
    only of a body with no time of its own and no ``sc-event-time`` header.

    >>> body = b'{"type": "deployment", "summary": "deployed api", "timestamp": "2026-03-02T12:30:00Z"}'
    >>> fmt, [change] = fast_changes(body, "changes", {"sc-format": "signalcraft-change"}, Identity())
    >>> fmt, change.type, change.source, change.timestamp.isoformat()
    ('signalcraft-change', 'deployment', 'signalcraft-change', '2026-03-02T12:30:00+00:00')
    >>> fast_changes(b'[' + body + b']', "changes", {"sc-format": "signalcraft-change"}, Identity()) is None
    True
    """
    fast = fast_change_rows(value, kind, headers, identity, arrived)
    if fast is None:
        return None
    named, made = fast
    return named, [r.record() if type(r) is ChangeRow else r for r in made]


def fast_change_rows(
    value: bytes, kind: str, headers: dict[str, str], identity: Identity, arrived: Arrival = None
) -> tuple[str, list[ChangeRow | Record]] | None:
    """:func:`fast_changes` with each change report as its row (a push's commits stay records).

    >>> body = b'{"type": "deployment", "summary": "deployed api", "timestamp": "2026-03-02T12:30:00Z"}'
    >>> fmt, [row] = fast_change_rows(body, "changes", {"sc-format": "signalcraft-change"}, Identity())
    >>> type(row).__name__, row.service, sorted(row.fields_set - row.record().model_fields_set)
    ('ChangeRow', 'unknown', [])
    """
    if kind != "changes":
        return None
    named = headers.get(FORMAT_HEADER) if headers else None
    try:
        if not named or named == "auto":  # detected as the full path detects it, from the same JSON
            named = detect_format(_json.decode(value), kind, AdaptContext(headers, identity))
        parse = _PARSERS.get(named) if named else None
        if parse is None:
            return None
        records = parse(value, headers, identity, arrived) if named in _TIMED else parse(value, headers, identity)
    except Exception:  # noqa: BLE001 - Unsure, msgspec's refusals, anything: the full path says why
        return None
    return (named, records) if records else None


def native_change(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeRow]:
    """The record of SignalCraft's own change JSON; an exception when unsure."""
    return [_native_change(_native.decode(value), headers, identity)]


_DETAIL_IDENTIFIERS = (("deployment_id", "deployment"), ("flag_key", "flag"), ("flag_version", "flag_version"))


def _native_change(doc: NativeChange, headers: dict[str, str], identity: Identity) -> ChangeRow:
    """The native adapter and ``_fill_native`` of
    :mod:`~signalcraft.sources.adapters.changes.native_change`, then validation, for a body
    whose every value is of its field's type."""
    present = {"id", "workspace_id", "type", "source", "project", "environment", "service", "summary", "timestamp",
               "identifiers"}
    timestamp = TIMES.plain(doc.timestamp)
    workspace = doc.workspace_id or resolve(headers, identity, "workspace", {})
    project = doc.project or resolve(headers, identity, "project", {})
    environment = doc.environment or resolve(headers, identity, "environment", {})
    service = doc.service or resolve(headers, identity, "service", {})
    source = NATIVE_CHANGE if doc.source is UNSET else doc.source
    version, details, actor, phase = doc.version, doc.details, doc.actor, doc.phase
    if version is UNSET:
        version = None
    else:
        present.add("version")
    if details is UNSET:
        details = {}
    else:
        present.add("details")
    if actor is UNSET:
        actor = None
    else:
        present.add("actor")
    if phase is UNSET:
        phase = "live"
    else:
        present.add("phase")
    identifiers = doc.identifiers
    if identifiers is UNSET:
        identifiers = {**revision_or_version(version),
                       **{kind: found for name, kind in _DETAIL_IDENTIFIERS if (found := details.get(name))}}
    record_id = doc.id
    if record_id is UNSET:  # as the native adapter makes it, from the time spelled one way
        record_id = make_id("change", workspace, source, doc.type, project, environment, service, version,
                            timestamp.isoformat())
    return ChangeRow(
        id=record_id, workspace_id=workspace, type=doc.type, source=source, project=project, environment=environment,
        service=service, version=version, summary=doc.summary, details=details, actor=actor, timestamp=timestamp,
        phase=phase, identifiers=identifiers, fields_set=frozenset(present),
    )


_PARSERS: dict[str, Callable[[bytes, dict[str, str], Identity], list[ChangeRow | Record] | None]] = {
    GITHUB_STATUS: github_status, GITHUB_DEPLOYMENT: github_deployment, NATIVE_CHANGE: native_change,
    LAUNCHDARKLY: launchdarkly, PAGERDUTY_CHANGE: pagerduty_change, ARGOCD: argocd, KUBERNETES_EVENT: kubernetes_events,
    GITHUB_RELEASE: github_release, GITHUB_PUSH: github_push,
}
"""The formats this path takes, by their ``sc-format`` name; others (and bodies only detected) go the full path."""
_TIMED = frozenset({ARGOCD, PAGERDUTY_CHANGE})
"""The formats whose bodies may have no time of their own: their parsers also take the arrival."""
