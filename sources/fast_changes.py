"""The hot path for the change reports a busy stream is made of: GitHub ``deployment`` and
``deployment_status`` webhooks and SignalCraft's own change JSON, each named by ``sc-format``.

msgspec decodes the bytes into structs whose types are what the adapters
(:mod:`~signalcraft.sources.adapters.changes.github`,
:mod:`~signalcraft.sources.adapters.changes.native_change`) take as they are, the adapters'
own helpers (details, labels, rollback words, identity resolution, time parsing, ids) make
the values, and the :class:`~signalcraft.models.ChangeEvent` is made from them without
validating it a second time. It takes only what it is sure of: an unknown key, a number
where a string goes, a native time in any spelling but RFC 3339's plainest, a list of native
records, a time the adapter cannot read — any of them gives ``None``, and the message goes
down the full path (:mod:`signalcraft.sources.decode`), which makes the same record or says
why not. So the records and the refusals are the pydantic path's;
``tests/unit/test_fast_changes.py`` runs both over the examples, the fuzz corpus and
mutated payloads.

Nothing is skipped unread: the keys the adapters ignore are decoded all the same (GitHub's
``repository``, ``sender`` and ``creator`` objects as JSON of any shape), unknown keys are
refused, so JSON the full path's decoder would refuse is never accepted here.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType

from signalcraft.models import ChangeEvent, make_id
from signalcraft.models.inputs import ChangePhase, ChangeType
from signalcraft.params import Identity
from signalcraft.sources.adapters.changes.common import _ROLLBACK, _details, _labels, _short, revision_or_version
from signalcraft.sources.adapters.changes.github import _STATUS_PHASE
from signalcraft.sources.fast_alerts import FORMAT_HEADER, TIMES

__all__ = ["GITHUB_DEPLOYMENT", "GITHUB_STATUS", "NATIVE_CHANGE", "fast_changes"]

GITHUB_STATUS, GITHUB_DEPLOYMENT, NATIVE_CHANGE = "github-deployment-status", "github-deployment", "signalcraft-change"
_ALL_SET = frozenset(ChangeEvent.model_fields)
_new, _set = object.__new__, object.__setattr__


class GithubStatus(Struct, forbid_unknown_fields=True):
    """``deployment_status`` of a GitHub webhook; what the adapter reads as text stays any JSON,
    as it takes only a non-empty string of it."""

    state: str
    created_at: str
    id: Any = None
    environment: Any = None
    description: Any = None
    log_url: Any = None
    target_url: Any = None
    environment_url: Any = None
    creator: Any = None
    url: Any = UNSET
    node_id: Any = UNSET
    updated_at: Any = UNSET
    deployment_url: Any = UNSET
    repository_url: Any = UNSET
    performed_via_github_app: Any = UNSET


class GithubDeployment(Struct, forbid_unknown_fields=True):
    """``deployment`` of a GitHub webhook."""

    id: int
    sha: str
    created_at: Any = None
    ref: Any = None
    task: Any = None
    payload: Any = None
    environment: Any = None
    description: Any = None
    creator: Any = None
    url: Any = UNSET
    node_id: Any = UNSET
    original_environment: Any = UNSET
    updated_at: Any = UNSET
    statuses_url: Any = UNSET
    repository_url: Any = UNSET
    transient_environment: Any = UNSET
    production_environment: Any = UNSET
    performed_via_github_app: Any = UNSET


class _GithubWebhook(Struct, forbid_unknown_fields=True):
    deployment: GithubDeployment
    repository: dict[str, Any]
    sender: Any = None
    action: Any = UNSET
    workflow: Any = UNSET
    workflow_run: Any = UNSET
    check_run: Any = UNSET
    organization: Any = UNSET
    installation: Any = UNSET
    enterprise: Any = UNSET


class GithubStatusWebhook(_GithubWebhook, forbid_unknown_fields=True):
    """A ``deployment_status`` webhook; the keys the adapter does not read are decoded all the same."""

    deployment_status: GithubStatus | UnsetType = UNSET


class GithubDeploymentWebhook(_GithubWebhook, forbid_unknown_fields=True):
    """A ``deployment`` webhook (a ``deployment_status`` in it is not read)."""

    deployment_status: Any = UNSET


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


_status = msgspec.json.Decoder(GithubStatusWebhook)
_deployment = msgspec.json.Decoder(GithubDeploymentWebhook)
_native = msgspec.json.Decoder(NativeChange)


def build(values: dict[str, Any], fields_set: set[str] | frozenset[str]) -> ChangeEvent:
    """A :class:`ChangeEvent` of already-checked ``values`` (in field order), as validation
    would make it: the same ``__dict__``, fields set, no extra and no private state."""
    record = _new(ChangeEvent)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", set(fields_set))
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def fast_changes(
    value: bytes, kind: str, headers: dict[str, str], identity: Identity
) -> tuple[str, list[ChangeEvent]] | None:
    """``(format, records)`` of a change report this path is sure of; ``None`` for anything
    else (the full path decides). Never raises.

    >>> body = b'{"type": "deployment", "summary": "deployed api", "timestamp": "2026-03-02T12:30:00Z"}'
    >>> fmt, [change] = fast_changes(body, "changes", {"sc-format": "signalcraft-change"}, Identity())
    >>> fmt, change.type, change.source, change.timestamp.isoformat()
    ('signalcraft-change', 'deployment', 'signalcraft-change', '2026-03-02T12:30:00+00:00')
    >>> fast_changes(b'[' + body + b']', "changes", {"sc-format": "signalcraft-change"}, Identity()) is None
    True
    """
    if kind != "changes" or not headers:
        return None
    named = headers.get(FORMAT_HEADER)
    try:
        if named == GITHUB_STATUS:
            doc = _status.decode(value)
            if doc.deployment_status is UNSET:
                return None
            return named, [_github(doc, doc.deployment_status, headers, identity)]
        if named == GITHUB_DEPLOYMENT:
            return named, [_github(_deployment.decode(value), None, headers, identity)]
        if named == NATIVE_CHANGE:
            return named, [_native_change(_native.decode(value), headers, identity)]
    except Exception:  # noqa: BLE001 - _Unsure, msgspec's refusals, anything: the full path says why
        return None
    return None


class _Unsure(Exception):
    """The fast path cannot vouch for this payload; the full path decides."""


def _text(value: Any) -> str | None:
    """``value`` if it is a non-empty string (the adapters' ``_text`` of a value read)."""
    return value if isinstance(value, str) and value else None


def _login(user: Any) -> str | None:
    return _text(user.get("login")) if isinstance(user, dict) else None


_HEADER = {field: f"sc-{field}" for field in ("workspace", "project", "environment", "service")}
_KEYS = {field: f"{field}_keys" for field in _HEADER}
_DEFAULT = {field: f"default_{field}" for field in _HEADER}


def _resolve(headers: dict[str, str], identity: Identity, field: str, labels: dict[str, str], *fallbacks: Any) -> str:
    """``AdaptContext.resolve`` (header, labels, fallbacks, default) without a context."""
    found = headers.get(_HEADER[field])
    if found:
        return found
    if labels:
        for key in getattr(identity, _KEYS[field]):
            value = labels.get(key)
            if value:  # labels are strings
                return value
    for value in fallbacks:
        if isinstance(value, str) and value:
            return value
    return getattr(identity, _DEFAULT[field])


class _Remembered(dict):
    """A few thousand answers of a pure function of a string, forgotten all at once when full."""

    def __init__(self, of: Any, size: int = 4096) -> None:
        super().__init__()
        self._of, self._size = of, size

    def __missing__(self, key: str) -> Any:
        if len(self) >= self._size:
            self.clear()
        value = self[key] = self._of(key)
        return value


_safe_key = _Remembered(lambda key: _labels({key: "x"}).popitem()[0])
"""A label key as ``_labels`` also files it (``app.kubernetes.io/name``: ``app_kubernetes_io_name``)."""
_says_rollback = _Remembered(lambda text: _ROLLBACK.search(text) is not None)


def _hints(payload: Any) -> dict[str, str]:
    """``_labels`` of a deployment's payload, its keys' second spelling remembered."""
    if not isinstance(payload, dict) or not payload:
        return {}
    out: dict[str, str] = {}
    for key, item in payload.items():
        if isinstance(item, (str, int, float)) and not isinstance(item, bool) and item != "":
            out[key] = text = str(item)
            out.setdefault(_safe_key[key], text)
    return out


def _github(doc: _GithubWebhook, status: GithubStatus | None, headers: dict[str, str], identity: Identity,
            ) -> ChangeEvent:
    """``_github_deployment`` of :mod:`~signalcraft.sources.adapters.changes.github` for the
    payloads it takes as they are."""
    source = GITHUB_DEPLOYMENT if status is None else GITHUB_STATUS
    dep, repo = doc.deployment, doc.repository
    full = repo.get("full_name")
    if not isinstance(full, str):
        raise _Unsure
    name, html = _text(repo.get("name")) or full.rsplit("/", 1)[-1], _text(repo.get("html_url"))
    dep_id, sha, ref, task, payload = dep.id, dep.sha, _text(dep.ref), _text(dep.task), dep.payload
    hints = _hints(payload)
    env = _resolve(headers, identity, "environment", {}, None if status is None else _text(status.environment),
                   _text(dep.environment))
    service = _resolve(headers, identity, "service", hints, name)
    said = [task, _text(dep.description), payload if isinstance(payload, str) else None, *hints.values()]
    rollback = (isinstance(payload, dict) and payload.get("rollback") is True) or any(
        _says_rollback[text] for text in said if text
    )
    what = f"{ref} ({_short(sha)})" if ref and ref != sha else _short(sha)
    noun = "rollback" if rollback else "deployment"
    if status is None:
        if not isinstance(dep.created_at, str):
            raise _Unsure
        state, phase, status_id, description, log_url, environment_url = None, "requested", None, None, None, None
        when = TIMES.start(dep.created_at)[0]
        summary = f"{noun} of {service} {what} to {env} created"
        key: tuple[Any, ...] = (full, dep_id)
        actor = _login(dep.creator)
    else:
        state, status_id = status.state, status.id
        when = TIMES.start(status.created_at)[0]
        key = (full, dep_id, status_id, state)
        actor = _login(status.creator)
        phase = _STATUS_PHASE.get(state, "requested")
        if state == "success":
            summary = f"rolled back {service} to {what} in {env}" if rollback else f"deployed {service} {what} to {env}"
        elif state in ("failure", "error"):
            summary = f"{noun} of {service} {what} to {env} failed ({state})"
        else:
            summary = f"{noun} of {service} {what} to {env} is {state.replace('_', ' ')}"
        description = _text(status.description)
        log_url, environment_url = _text(status.log_url) or _text(status.target_url), _text(status.environment_url)
    workspace = _resolve(headers, identity, "workspace", hints)
    details = {"sha": sha} if sha else {}
    for detail, said_value in (("ref", ref), ("task", task), ("state", state)):
        if said_value:
            details[detail] = said_value
    details["deployment_id"] = str(dep_id)
    if status_id is not None:
        details.update(_details(status_id=status_id))
    for detail, said_value in (
        ("description", description or _text(dep.description)),
        ("commit_url", f"{html}/commit/{sha}" if html else None), ("log_url", log_url),
        ("environment_url", environment_url), ("delivery", headers.get("x-github-delivery")),
    ):
        if said_value:
            details[detail] = said_value
    return build(
        {
            "id": make_id("change", workspace, source, *key),
            "workspace_id": workspace,
            "type": noun,
            "source": source,
            "project": _resolve(headers, identity, "project", hints, full),
            "environment": env,
            "service": service,
            "version": sha,
            "summary": summary,
            "details": details,
            "actor": actor or _login(doc.sender),
            "timestamp": when,
            "phase": phase,
            "identifiers": {"github_deployment": f"{full}#{dep_id}", **revision_or_version(sha)},
        },
        _ALL_SET,
    )


_DETAIL_IDENTIFIERS = (("deployment_id", "deployment"), ("flag_key", "flag"), ("flag_version", "flag_version"))


def _native_change(doc: NativeChange, headers: dict[str, str], identity: Identity) -> ChangeEvent:
    """The native adapter and ``_fill_native`` of
    :mod:`~signalcraft.sources.adapters.changes.native_change`, then validation, for a body
    whose every value is of its field's type."""
    present = {"id", "workspace_id", "type", "source", "project", "environment", "service", "summary", "timestamp",
               "identifiers"}
    timestamp = TIMES.plain(doc.timestamp)
    workspace = doc.workspace_id or _resolve(headers, identity, "workspace", {})
    project = doc.project or _resolve(headers, identity, "project", {})
    environment = doc.environment or _resolve(headers, identity, "environment", {})
    service = doc.service or _resolve(headers, identity, "service", {})
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
    return build(
        {
            "id": record_id, "workspace_id": workspace, "type": doc.type, "source": source, "project": project,
            "environment": environment, "service": service, "version": version, "summary": doc.summary,
            "details": details, "actor": actor, "timestamp": timestamp, "phase": phase, "identifiers": identifiers,
        },
        present,
    )
