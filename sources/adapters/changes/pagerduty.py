"""PagerDuty Change Events v2 (the body of ``POST /v2/change/enqueue``)."""

from __future__ import annotations

import re
from typing import Any

from signalcraft.models.common import Record
from signalcraft.sources.adapters.base import AdaptContext, parse_time, register, require
from signalcraft.sources.adapters.changes.common import (
    _ROLLBACK,
    CHANGE_TYPES,
    _change,
    _details,
    _labels,
    _list,
    _text,
    revision_or_version,
)

_TYPE_WORDS = (
    ("rollback", _ROLLBACK),
    ("deployment", re.compile(r"\bdeploy", re.I)),
    ("release", re.compile(r"\breleased?\b", re.I)),
    ("flag_change", re.compile(r"\b(?:feature )?flag\b|\btoggle", re.I)),
    ("config_update", re.compile(r"\bconfig", re.I)),
    ("scale", re.compile(r"\bscal(?:e|ed|ing)\b", re.I)),
    ("restart", re.compile(r"\brestart", re.I)),
)


def infer_type(summary: str, hints: dict[str, str]) -> str:
    """A change type from an explicit hint (``change_type``, ``type``) or words in the summary.

    >>> infer_type("Deployed payments-api 2.4.1", {}), infer_type("Rolled back api", {})
    ('deployment', 'rollback')
    >>> infer_type("Build Success: Increase timeout", {}), infer_type("x", {"change_type": "config_update"})
    ('other', 'config_update')
    """
    for key in ("change_type", "type"):
        if hints.get(key, "").lower() in CHANGE_TYPES:
            return hints[key].lower()
    return next((name for name, words in _TYPE_WORDS if words.search(summary)), "other")


def _first(hints: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((hints[k] for k in keys if hints.get(k)), None)


def _is_pagerduty_change(doc: Any, ctx: AdaptContext) -> bool:
    return (
        isinstance(doc, dict)
        and isinstance(doc.get("routing_key"), str)
        and isinstance(doc.get("payload"), dict)
        and "summary" in doc["payload"]
        and not {"event_action", "dedup_key"} & doc.keys()
        and "severity" not in doc["payload"]
    )


@register("pagerduty-change", "changes", _is_pagerduty_change)
def parse_pagerduty_change(doc: Any, ctx: AdaptContext) -> list[Record]:
    """PagerDuty Change Events v2 (the body of ``POST /v2/change/enqueue``).

    Detected by ``routing_key`` + ``payload.summary`` with no ``event_action``,
    ``dedup_key`` or ``payload.severity`` (those make it an alert event). Time is
    ``payload.timestamp`` (``+0000`` offsets accepted), else ``sc-event-time``.
    ``custom_details`` has no schema: its scalars are labels for identity
    (``service``, ``environment``, ...) and all of it goes to details (nested values
    as JSON). Service falls back to ``payload.source``; version is the first of
    ``version``/``sha``/``commit``/``revision``/``tag``/``build_number``; the type
    comes from ``change_type``/``type`` or words in the summary, else ``other``.
    Identifiers: ``sha``/``commit`` (or ``commit.sha``)/``git_sha``/``revision`` and
    ``version``/``tag``/``build_number`` (a git sha as ``revision``, else ``version``),
    ``deployment_id`` as ``deployment``. Change events are sent after the fact: phase
    ``live``.
    The routing key is an integration secret: it only enters the id hash.
    """
    payload = require(doc, "payload", dict, "pagerduty change")
    summary = require(payload, "summary", str, "pagerduty change: payload")
    if payload.get("timestamp") is not None:
        when = parse_time(payload["timestamp"], "payload.timestamp")
    else:
        when = ctx.event_time("pagerduty change", "payload.timestamp is missing")
    custom = payload.get("custom_details")
    custom = custom if isinstance(custom, dict) else ({} if custom is None else {"custom_details": custom})
    hints = {k.lower(): v for k, v in _labels(custom).items()}
    links = [link for link in _list(doc, "links") if isinstance(link, dict) and _text(link, "href")]
    source = _text(payload, "source")
    commit = custom.get("commit")
    sha = _first(hints, ("sha", "commit", "git_sha", "revision")) or _text(commit, "sha") or _text(commit, "id")
    identifiers = {
        **revision_or_version(_first(hints, ("version", "tag", "build_number"))),
        **revision_or_version(sha),
        **({"deployment": hints["deployment_id"]} if hints.get("deployment_id") else {}),
    }
    return [
        _change(
            ctx, "pagerduty-change", (doc.get("routing_key"), source, summary, when.isoformat()), hints,
            type=infer_type(summary, hints),
            identifiers=identifiers,
            project=ctx.resolve(hints, "project"),
            environment=ctx.resolve(hints, "environment"),
            service=ctx.resolve(hints, "service", source),
            version=_first(hints, ("version", "sha", "commit", "git_sha", "revision", "tag", "build_number")),
            summary=summary,
            details=_details(**{
                **{str(k): v for k, v in custom.items()},
                "source": source,
                **{("link" if i == 0 else f"link_{i + 1}"): link["href"] for i, link in enumerate(links)},
                "link_text": _text(links[0], "text") if links else None,
            }),
            actor=_first(hints, ("actor", "user", "author", "triggered_by", "deployed_by")),
            timestamp=when,
        )
    ]
