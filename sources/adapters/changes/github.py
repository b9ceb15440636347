"""GitHub change payloads: ``deployment``, ``deployment_status`` and ``release`` webhooks."""

from __future__ import annotations

from typing import Any

from signalcraft.models import ChangeEvent
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, parse_time, register, require
from signalcraft.sources.adapters.changes.common import (
    _ROLLBACK,
    _change,
    _details,
    _labels,
    _obj,
    _short,
    _text,
    revision_or_version,
)

_STATUS_PHASE = {
    "success": "live",
    "failure": "failed",
    "error": "failed",
    "in_progress": "in_progress",
    "inactive": "inactive",
}
"""GitHub deployment states as change phases; ``pending``, ``queued`` and anything else: requested."""


def _github_detector(event: str, without: str | None = None):
    def detect(doc: Any, ctx: AdaptContext) -> bool:
        if not (isinstance(doc, dict) and isinstance(doc.get(event), dict) and isinstance(doc.get("repository"), dict)):
            return False
        header = ctx.header("x-github-event")
        if header is not None:
            return header.strip().lower() == event
        return without is None or without not in doc

    return detect


def _github_repo(doc: dict[str, Any], what: str) -> tuple[str, str, str | None]:
    repo = require(doc, "repository", dict, what)
    full = require(repo, "full_name", str, f"{what}: repository")
    return full, _text(repo, "name") or full.rsplit("/", 1)[-1], _text(repo, "html_url")


def _github_deployment(doc: Any, ctx: AdaptContext, status: dict[str, Any] | None) -> ChangeEvent:
    source = "github-deployment-status" if status is not None else "github-deployment"
    dep = require(doc, "deployment", dict, source)
    full, name, html = _github_repo(doc, source)
    dep_id = require(dep, "id", int, f"{source}: deployment")
    sha = require(dep, "sha", str, f"{source}: deployment")
    ref = _text(dep, "ref")
    payload = dep.get("payload")
    hints = _labels(payload)
    env = ctx.resolve({}, "environment", _text(status, "environment"), _text(dep, "environment"))
    service = ctx.resolve(hints, "service", name)
    said = [
        _text(dep, "task"), _text(dep, "description"), payload if isinstance(payload, str) else None, *hints.values()
    ]
    rollback = (isinstance(payload, dict) and payload.get("rollback") is True) or any(
        _ROLLBACK.search(text) for text in said if text
    )
    what = f"{ref} ({_short(sha)})" if ref and ref != sha else _short(sha)
    noun = "rollback" if rollback else "deployment"
    if status is None:
        state, phase = None, "requested"
        when = parse_time(require(dep, "created_at", str, f"{source}: deployment"), "deployment.created_at")
        summary = f"{noun} of {service} {what} to {env} created"
        key: tuple[Any, ...] = (full, dep_id)
        actor = _text(_obj(dep, "creator"), "login")
    else:
        state = require(status, "state", str, f"{source}: deployment_status")
        raw_time = require(status, "created_at", str, f"{source}: deployment_status")
        when = parse_time(raw_time, "deployment_status.created_at")
        key = (full, dep_id, status.get("id"), state)
        actor = _text(_obj(status, "creator"), "login")
        phase = _STATUS_PHASE.get(state, "requested")
        summary = status_summary(state, rollback, service, what, env)
    return _change(
        ctx, source, key, hints,
        type=noun,
        phase=phase,
        identifiers={"github_deployment": f"{full}#{dep_id}", **revision_or_version(sha)},
        project=ctx.resolve(hints, "project", full),
        environment=env,
        service=service,
        version=sha,
        summary=summary,
        details=_details(
            sha=sha, ref=ref, task=_text(dep, "task"), state=state, deployment_id=dep_id,
            status_id=(status or {}).get("id"), description=_text(status, "description") or _text(dep, "description"),
            commit_url=f"{html}/commit/{sha}" if html else None,
            log_url=_text(status, "log_url") or _text(status, "target_url"),
            environment_url=_text(status, "environment_url"), delivery=ctx.header("x-github-delivery"),
        ),
        actor=actor or _text(_obj(doc, "sender"), "login"),
        timestamp=when,
    )


@register("github-deployment-status", "changes", _github_detector("deployment_status"))
def parse_github_deployment_status(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``deployment_status`` webhook (``X-GitHub-Event: deployment_status``).

    Detected by the header, or without it by a ``deployment_status`` object. The time
    is ``deployment_status.created_at``, when the state was entered. Every status is a
    report of its deployment: type ``deployment`` (``rollback`` when the deployment's
    task, description or payload speaks of a rollback or revert, or has
    ``payload.rollback: true``), identified like it (``github_deployment``
    ``owner/repo#id`` and the sha as ``revision``). The state gives the phase:

    - ``success``: ``live``, the moment it went live ("deployed ...");
    - ``failure``/``error``: ``failed``, it never went live ("... failed");
    - ``in_progress``: ``in_progress``; ``pending``, ``queued`` and anything else:
      ``requested``;
    - ``inactive``: ``inactive``, GitHub retiring it after a newer deployment
      succeeded (not a change of its own).
    """
    return [_github_deployment(doc, ctx, require(doc, "deployment_status", dict, "github-deployment-status"))]


@register("github-deployment", "changes", _github_detector("deployment", without="deployment_status"))
def parse_github_deployment(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``deployment`` webhook: a deployment was requested (``deployment.created_at``).

    Detected by ``X-GitHub-Event: deployment``, or without the header by a
    ``deployment`` object and no ``deployment_status``. Project is
    ``repository.full_name``, environment ``deployment.environment``, service the
    ``deployment.payload`` hints (``service``, ``app``, ...) or ``repository.name``,
    version the sha. Type ``deployment``, or ``rollback`` as for statuses; phase
    ``requested``. The id is the repository and ``deployment.id``; its statuses are
    separate records with the same identifiers (``github_deployment``
    ``owner/repo#id``, ``revision`` the sha), so they fold into one change.
    """
    return [_github_deployment(doc, ctx, None)]


@register("github-release", "changes", _github_detector("release"))
def parse_github_release(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``release`` webhook: version ``tag_name``, time ``published_at``.

    Actions ``published``, ``released``, ``prereleased`` and ``created`` of a
    non-draft release are type ``release`` and share one id (GitHub sends several for
    one release). Drafts, ``edited``, ``deleted`` and ``unpublished`` are ``other``.
    ``target_commitish`` is a branch, kept in details, never used as the version.
    """
    rel = require(doc, "release", dict, "github-release")
    full, name, _ = _github_repo(doc, "github-release")
    tag = require(rel, "tag_name", str, "github-release: release")
    action = _text(doc, "action")
    raw_time = rel.get("published_at") or rel.get("created_at")
    if raw_time is None:
        raise AdaptError("github-release: release has neither 'published_at' nor 'created_at'")
    live = action in RELEASED and rel.get("draft") is not True
    service = ctx.resolve({}, "service", name)
    return [
        _change(
            ctx, "github-release", (full, rel.get("id"), "release" if live else action), {},
            type="release" if live else "other",
            identifiers={"version": tag},
            project=ctx.resolve({}, "project", full),
            environment=ctx.resolve({}, "environment"),
            service=service,
            version=tag,
            summary=release_summary(live, service, tag, rel.get("prerelease"), action),
            details=_details(
                tag=tag, target_commitish=_text(rel, "target_commitish"), name=_text(rel, "name"),
                action=action, prerelease=rel.get("prerelease"), draft=rel.get("draft"),
                url=_text(rel, "html_url"), delivery=ctx.header("x-github-delivery"),
            ),
            actor=_text(_obj(rel, "author"), "login") or _text(_obj(doc, "sender"), "login"),
            timestamp=parse_time(raw_time, "release.published_at" if rel.get("published_at") else "release.created_at"),
        )
    ]


RELEASED = (None, "published", "released", "prereleased", "created")
"""The actions of a release webhook that report the release itself (not an edit or a deletion)."""


def release_summary(live: bool, service: str, tag: str, prerelease: Any, action: str | None) -> str:
    """What a ``release`` webhook says, in words: "released payments-api v2.14.0 (prerelease)".

    >>> release_summary(True, "api", "v2", True, "published"), release_summary(False, "api", "v2", False, "deleted")
    ('released api v2 (prerelease)', 'release v2 of api deleted')
    """
    if live:
        return f"released {service} {tag}" + (" (prerelease)" if prerelease is True else "")
    return f"release {tag} of {service} {action or 'drafted'}"


def status_summary(state: str, rollback: bool, service: str, what: str, env: str) -> str:
    """What a ``deployment_status`` says, in words: "deployed payments-api v2.14.0 (63544dc) to production"."""
    noun = "rollback" if rollback else "deployment"
    if state == "success":
        return f"rolled back {service} to {what} in {env}" if rollback else f"deployed {service} {what} to {env}"
    if state in ("failure", "error"):
        return f"{noun} of {service} {what} to {env} failed ({state})"
    return f"{noun} of {service} {what} to {env} is {state.replace('_', ' ')}"
