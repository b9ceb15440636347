"""The change fast path (:mod:`~signalcraft.sources.fast_changes`) for GitHub ``deployment``
and ``deployment_status`` webhooks: ``_github_deployment`` of
:mod:`~signalcraft.sources.adapters.changes.github` for the payloads it takes as they are.

The keys the adapter does not read are decoded all the same (``repository``, ``sender`` and
``creator`` as JSON of any shape, GitHub sends dozens of keys there); unknown keys of the
deployment, its status and the webhook are refused.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType

from signalcraft.models import ChangeEvent, make_id
from signalcraft.params import Identity
from signalcraft.sources.adapters.changes.common import _details, _short, revision_or_version
from signalcraft.sources.adapters.changes.github import _STATUS_PHASE, status_summary
from signalcraft.sources.fast_change_values import (
    ALL_SET,
    TIMES,
    Unsure,
    build,
    labels_of,
    resolve,
    says_rollback,
    text,
)

__all__ = ["GITHUB_DEPLOYMENT", "GITHUB_STATUS", "github_deployment", "github_status"]

GITHUB_STATUS, GITHUB_DEPLOYMENT = "github-deployment-status", "github-deployment"


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


_status = msgspec.json.Decoder(GithubStatusWebhook)
_deployment = msgspec.json.Decoder(GithubDeploymentWebhook)


def github_status(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeEvent] | None:
    """The record of a ``deployment_status`` webhook; ``None`` or an exception when unsure."""
    doc = _status.decode(value)
    status = doc.deployment_status
    return None if status is UNSET else [_github(doc, status, headers, identity)]


def github_deployment(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeEvent]:
    """The record of a ``deployment`` webhook; an exception when unsure."""
    return [_github(_deployment.decode(value), None, headers, identity)]


def _login(user: Any) -> str | None:
    return text(user.get("login")) if isinstance(user, dict) else None


def _github(doc: _GithubWebhook, status: GithubStatus | None, headers: dict[str, str], identity: Identity,
            ) -> ChangeEvent:
    """``_github_deployment`` of :mod:`~signalcraft.sources.adapters.changes.github` for the
    payloads it takes as they are."""
    source = GITHUB_DEPLOYMENT if status is None else GITHUB_STATUS
    dep, repo = doc.deployment, doc.repository
    full = repo.get("full_name")
    if not isinstance(full, str):
        raise Unsure
    name, html = text(repo.get("name")) or full.rsplit("/", 1)[-1], text(repo.get("html_url"))
    dep_id, sha, ref, task, payload = dep.id, dep.sha, text(dep.ref), text(dep.task), dep.payload
    hints = labels_of(payload)
    env = resolve(headers, identity, "environment", {}, None if status is None else text(status.environment),
                   text(dep.environment))
    service = resolve(headers, identity, "service", hints, name)
    said = [task, text(dep.description), payload if isinstance(payload, str) else None, *hints.values()]
    rollback = (isinstance(payload, dict) and payload.get("rollback") is True) or any(
        says_rollback[words] for words in said if words
    )
    what = f"{ref} ({_short(sha)})" if ref and ref != sha else _short(sha)
    noun = "rollback" if rollback else "deployment"
    if status is None:
        if not isinstance(dep.created_at, str):
            raise Unsure
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
        summary = status_summary(state, rollback, service, what, env)
        description = text(status.description)
        log_url, environment_url = text(status.log_url) or text(status.target_url), text(status.environment_url)
    workspace = resolve(headers, identity, "workspace", hints)
    details = {"sha": sha} if sha else {}
    for detail, said_value in (("ref", ref), ("task", task), ("state", state)):
        if said_value:
            details[detail] = said_value
    details["deployment_id"] = str(dep_id)
    if status_id is not None:
        details.update(_details(status_id=status_id))
    for detail, said_value in (
        ("description", description or text(dep.description)),
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
            "project": resolve(headers, identity, "project", hints, full),
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
        ALL_SET,
    )
