"""GitHub ``push`` webhooks: the commits that went into a repository, one record each.

With the deployments of the same service, the store can say what a deploy shipped: the
commits between the previous live version and this one, their messages and files.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from signalcraft.models import Commit, make_id
from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, AdaptError, in_era, parse_time, register, require
from signalcraft.sources.adapters.changes.common import _obj, _text


def _is_push(doc: Any, ctx: AdaptContext) -> bool:
    if not (isinstance(doc, dict) and isinstance(doc.get("repository"), dict) and "commits" in doc):
        return False
    header = ctx.header("x-github-event")
    if header is not None:
        return header.strip().lower() == "push"
    return isinstance(doc.get("ref"), str) and "before" in doc and "after" in doc


@register("github-push", "changes", _is_push)
def parse_github_push(doc: Any, ctx: AdaptContext) -> list[Record]:
    """GitHub ``push`` webhook (``X-GitHub-Event: push``): one :class:`Commit` per commit.

    Project is ``repository.full_name`` and service ``repository.name`` (or the ``sc-*``
    headers); the time is each commit's own ``timestamp``, ``pushed_at`` the
    repository's. The id is the repository and the sha, so a commit pushed to two
    branches, or redelivered, is one row. A push without commits (a branch or tag created
    or deleted) has nothing to keep: it is refused with that reason.
    """
    repo = require(doc, "repository", dict, "github-push")
    full = require(repo, "full_name", str, "github-push: repository")
    name = _text(repo, "name") or full.rsplit("/", 1)[-1]
    ref = require(doc, "ref", str, "github-push")
    commits = require(doc, "commits", list, "github-push")
    if not commits:
        what = "deleted" if doc.get("deleted") is True else "created" if doc.get("created") is True else "pushed"
        raise AdaptError(f"github-push: {ref} was {what} without commits; nothing to keep")
    workspace = ctx.resolve({}, "workspace")
    project, service = ctx.resolve({}, "project", full), ctx.resolve({}, "service", name)
    pushed = _pushed_at(repo.get("pushed_at"))
    compare = _text(doc, "compare")
    out: list[Record] = []
    for i, item in enumerate(commits):
        where = f"github-push: commits[{i}]"
        if not isinstance(item, dict):
            raise AdaptError(f"{where} is {type(item).__name__}, expected a commit object")
        sha = require(item, "id", str, where)
        author = _obj(item, "author")
        out.append(Commit(
            id=make_id("commit", workspace, full, sha),
            workspace_id=workspace, project=project, service=service, repository=full, ref=ref, sha=sha,
            message=require(item, "message", str, where),
            author=_text(author, "username") or _text(author, "name") or _text(author, "email"),
            timestamp=parse_time(require(item, "timestamp", str, where), f"{where}.timestamp"),
            pushed_at=pushed,
            added=_paths(item, "added", where), modified=_paths(item, "modified", where),
            removed=_paths(item, "removed", where),
            url=_text(item, "url"), compare_url=compare, source="github-push",
        ))
    return out


def _paths(item: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = item.get(key) or []
    if not isinstance(value, list) or not all(isinstance(p, str) for p in value):
        raise AdaptError(f"{where}: {key!r} is not a list of paths")
    return tuple(value)


def _pushed_at(value: Any) -> datetime | None:
    """``repository.pushed_at``: epoch seconds in push payloads (a string elsewhere)."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        what = "github-push: repository.pushed_at"
        try:
            when = datetime.fromtimestamp(value, UTC)
        except (OverflowError, OSError, ValueError):
            raise AdaptError(f"{what} {value!r} is out of range for epoch seconds") from None
        return in_era(when, value, what)
    if isinstance(value, str):
        return parse_time(value, "github-push: repository.pushed_at")
    return None
