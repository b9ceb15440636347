"""The change fast path (:mod:`~signalcraft.sources.fast_changes`) for GitHub ``deployment``,
``deployment_status``, ``release`` and ``push`` webhooks: ``_github_deployment``,
``parse_github_release`` and ``parse_github_push`` of
:mod:`~signalcraft.sources.adapters.changes` for the payloads they take as they are (a push
makes :class:`~signalcraft.models.Commit` records).

The keys the adapters do not read are decoded all the same (``repository``, ``sender`` and
``creator`` as JSON of any shape, GitHub sends dozens of keys there; a release and a push's
commits as JSON objects, read by the adapters' own helpers); unknown keys of the deployment,
its status and the webhook are refused. A push without commits is refused by the adapter:
it goes the full path, which says why.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct, UnsetType

from signalcraft.models import Commit, make_id
from signalcraft.models.change_row import ChangeRow
from signalcraft.params import Identity
from signalcraft.sources.adapters.changes.common import _details, _short, revision_or_version
from signalcraft.sources.adapters.changes.github import _STATUS_PHASE, RELEASED, release_summary, status_summary
from signalcraft.sources.adapters.changes.github_push import _paths, _pushed_at
from signalcraft.sources.fast_change_values import (
    ALL_SET,
    LIVE_SET,
    TIMES,
    Unsure,
    build,
    labels_of,
    resolve,
    says_rollback,
    text,
)

__all__ = [
    "GITHUB_DEPLOYMENT", "GITHUB_PUSH", "GITHUB_RELEASE", "GITHUB_STATUS", "github_deployment", "github_push",
    "github_release", "github_status",
]

GITHUB_STATUS, GITHUB_DEPLOYMENT = "github-deployment-status", "github-deployment"
GITHUB_RELEASE, GITHUB_PUSH = "github-release", "github-push"


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


class GithubReleaseWebhook(Struct, forbid_unknown_fields=True):
    """A ``release`` webhook."""

    release: dict[str, Any]
    repository: dict[str, Any]
    action: Any = None
    sender: Any = None
    changes: Any = UNSET
    organization: Any = UNSET
    installation: Any = UNSET
    enterprise: Any = UNSET


class GithubPushWebhook(Struct, forbid_unknown_fields=True):
    """A ``push`` webhook."""

    repository: dict[str, Any]
    ref: Any = None
    commits: Any = None
    compare: Any = None
    before: Any = UNSET
    after: Any = UNSET
    created: Any = UNSET
    deleted: Any = UNSET
    forced: Any = UNSET
    base_ref: Any = UNSET
    head_commit: Any = UNSET
    pusher: Any = UNSET
    sender: Any = UNSET
    organization: Any = UNSET
    installation: Any = UNSET
    enterprise: Any = UNSET


_status = msgspec.json.Decoder(GithubStatusWebhook)
_deployment = msgspec.json.Decoder(GithubDeploymentWebhook)
_release = msgspec.json.Decoder(GithubReleaseWebhook)
_push = msgspec.json.Decoder(GithubPushWebhook)


def github_status(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeRow] | None:
    """The record of a ``deployment_status`` webhook; ``None`` or an exception when unsure."""
    doc = _status.decode(value)
    status = doc.deployment_status
    return None if status is UNSET else [_github(doc, status, headers, identity)]


def github_deployment(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeRow]:
    """The record of a ``deployment`` webhook; an exception when unsure."""
    return [_github(_deployment.decode(value), None, headers, identity)]


def _login(user: Any) -> str | None:
    return text(user.get("login")) if isinstance(user, dict) else None


def _github(doc: _GithubWebhook, status: GithubStatus | None, headers: dict[str, str], identity: Identity,
            ) -> ChangeRow:
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
    return ChangeRow(
        id=make_id("change", workspace, source, *key),
        workspace_id=workspace,
        type=noun,
        source=source,
        project=resolve(headers, identity, "project", hints, full),
        environment=env,
        service=service,
        version=sha,
        summary=summary,
        details=details,
        actor=actor or _login(doc.sender),
        timestamp=when,
        phase=phase,
        identifiers={"github_deployment": f"{full}#{dep_id}", **revision_or_version(sha)},
        fields_set=ALL_SET,
    )


def _repository(repo: dict[str, Any]) -> tuple[str, str]:
    """``repository.full_name`` and the name (``_github_repo`` of the adapters)."""
    full = repo.get("full_name")
    if not isinstance(full, str):
        raise Unsure
    return full, text(repo.get("name")) or full.rsplit("/", 1)[-1]


def github_release(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeRow]:
    """The record of a ``release`` webhook (``parse_github_release``); an exception when unsure."""
    doc = _release.decode(value)
    rel = doc.release
    full, name = _repository(doc.repository)
    tag, action = rel.get("tag_name"), text(doc.action)
    raw_time = rel.get("published_at") or rel.get("created_at")
    if not isinstance(tag, str) or not isinstance(raw_time, str):
        raise Unsure
    live = action in RELEASED and rel.get("draft") is not True
    service = resolve(headers, identity, "service", {}, name)
    workspace = resolve(headers, identity, "workspace", {})
    details = _details(
        tag=tag, target_commitish=text(rel.get("target_commitish")), name=text(rel.get("name")), action=action,
        prerelease=rel.get("prerelease"), draft=rel.get("draft"), url=text(rel.get("html_url")),
        delivery=headers.get("x-github-delivery") or None,
    )
    return [ChangeRow(
        id=make_id("change", workspace, GITHUB_RELEASE, full, rel.get("id"), "release" if live else action),
        workspace_id=workspace, type="release" if live else "other", source=GITHUB_RELEASE,
        project=resolve(headers, identity, "project", {}, full),
        environment=resolve(headers, identity, "environment", {}), service=service, version=tag,
        summary=release_summary(live, service, tag, rel.get("prerelease"), action), details=details,
        actor=_login(rel.get("author")) or _login(doc.sender), timestamp=TIMES.start(raw_time)[0],
        phase="live", identifiers={"version": tag}, fields_set=LIVE_SET)]


_COMMIT_SET = frozenset(Commit.model_fields)


def github_push(value: bytes, headers: dict[str, str], identity: Identity) -> list[Commit]:
    """The commits of a ``push`` webhook (``parse_github_push``); an exception when unsure."""
    doc = _push.decode(value)
    full, name = _repository(doc.repository)
    ref, commits = doc.ref, doc.commits
    if not isinstance(ref, str) or not isinstance(commits, list) or not commits:
        raise Unsure  # a push without commits is refused: the full path says why
    workspace = resolve(headers, identity, "workspace", {})
    project, service = resolve(headers, identity, "project", {}, full), resolve(headers, identity, "service", {}, name)
    pushed, compare = _pushed_at(doc.repository.get("pushed_at")), text(doc.compare)
    out = []
    for item in commits:
        if not isinstance(item, dict):
            raise Unsure
        sha, message, stamp, author = item.get("id"), item.get("message"), item.get("timestamp"), item.get("author")
        if not isinstance(sha, str) or not isinstance(message, str) or not isinstance(stamp, str):
            raise Unsure
        author = author if isinstance(author, dict) else {}
        out.append(build({
            "id": make_id("commit", workspace, full, sha), "workspace_id": workspace, "project": project,
            "service": service, "repository": full, "ref": ref, "sha": sha, "message": message,
            "author": text(author.get("username")) or text(author.get("name")) or text(author.get("email")),
            "timestamp": TIMES.start(stamp)[0], "pushed_at": pushed, "added": _paths(item, "added", GITHUB_PUSH),
            "modified": _paths(item, "modified", GITHUB_PUSH), "removed": _paths(item, "removed", GITHUB_PUSH),
            "url": text(item.get("url")), "compare_url": compare, "source": GITHUB_PUSH,
        }, _COMMIT_SET, Commit))
    return out
