"""The change fast path (:mod:`~signalcraft.sources.fast_changes`) for LaunchDarkly webhooks
and PagerDuty change events: ``parse_launchdarkly`` and ``parse_pagerduty_change`` of
:mod:`~signalcraft.sources.adapters.changes` for the payloads they take as they are (Argo CD's
notifications: :mod:`~signalcraft.sources.fast_argocd`).

msgspec checks the keys the adapters require (an audit entry's ``_id``, ``date``, ``kind``
and ``accesses``; a change event's ``payload`` and its ``summary``) and refuses keys neither
the adapter nor the format knows; the flag versions, the member, custom details and links are
decoded as JSON of any shape and read by the adapters' own helpers. A PagerDuty event without
``payload.timestamp`` takes its time from the ``sc-event-time`` header, else the Kafka
timestamp, as the adapter does.
"""

from __future__ import annotations

from typing import Any

import msgspec
from msgspec import UNSET, Struct

from signalcraft.models import make_id
from signalcraft.models.change_row import ChangeRow
from signalcraft.params import Identity
from signalcraft.sources.adapters.base import from_epoch_ms
from signalcraft.sources.adapters.changes.common import _details, _obj, revision_or_version
from signalcraft.sources.adapters.changes.common import _text as text_of
from signalcraft.sources.adapters.changes.launchdarkly import flag_diff, ld_resource
from signalcraft.sources.adapters.changes.pagerduty import _first, infer_type
from signalcraft.sources.fast_change_values import (
    LIVE_SET,
    TIMES,
    Arrival,
    Unsure,
    header_time,
    labels_of,
    resolve,
    text,
)

__all__ = ["LAUNCHDARKLY", "PAGERDUTY_CHANGE", "launchdarkly", "pagerduty_change"]

LAUNCHDARKLY, PAGERDUTY_CHANGE = "launchdarkly", "pagerduty-change"


class LaunchDarklyEntry(Struct, forbid_unknown_fields=True):
    """An audit-log entry as LaunchDarkly posts it; what the adapter reads as text stays any JSON."""

    entry: str = msgspec.field(name="_id")
    date: int
    kind: str
    accesses: list[Any]
    name: Any = None
    titleVerb: Any = None  # LaunchDarkly's names
    comment: Any = None
    shortDescription: Any = None
    member: Any = None
    token: Any = None
    app: Any = None
    currentVersion: Any = None
    previousVersion: Any = None
    links: Any = msgspec.field(name="_links", default=None)
    account: Any = msgspec.field(name="_accountId", default=UNSET)
    description: Any = UNSET
    title: Any = UNSET
    target: Any = UNSET
    parent: Any = UNSET
    subject: Any = UNSET
    delta: Any = UNSET
    merge: Any = UNSET
    triggerBody: Any = UNSET
    approvalRequest: Any = UNSET
    subentries: Any = UNSET


class PagerDutyPayload(Struct, forbid_unknown_fields=True):
    summary: str
    timestamp: Any = None
    source: Any = None
    custom_details: Any = None


class PagerDutyChange(Struct, forbid_unknown_fields=True):
    """The body of ``POST /v2/change/enqueue``."""

    payload: PagerDutyPayload
    routing_key: Any = None
    links: Any = None


_launchdarkly = msgspec.json.Decoder(LaunchDarklyEntry)
_pagerduty = msgspec.json.Decoder(PagerDutyChange)
_LD_TYPES = {"flag": "flag_change", "segment": "config_update"}


def launchdarkly(value: bytes, headers: dict[str, str], identity: Identity) -> list[ChangeRow]:
    """The records of a LaunchDarkly webhook, one per environment; an exception when unsure."""
    doc = _launchdarkly.decode(value)
    entry, kind = doc.entry, doc.kind
    when = from_epoch_ms(doc.date, "launchdarkly webhook: 'date'")
    resources: list[dict[str, str]] = []
    actions: dict[str | None, list[str]] = {}  # environment key -> actions on it
    for access in doc.accesses:
        if isinstance(access, dict) and (spec := text(access.get("resource"))):
            resources.append(ld_resource(spec))
            actions.setdefault(resources[-1].get("env"), []).append(text(access.get("action")) or "")
    cur = doc.currentVersion if isinstance(doc.currentVersion, dict) else {}
    prev = doc.previousVersion if isinstance(doc.previousVersion, dict) else {}
    flag_key = next((r["flag"] for r in resources if r.get("flag")), None) or text(cur.get("key"))
    name = text(doc.name) or flag_key or kind
    tags = cur.get("tags")
    labels = dict(t.split(":", 1) for t in (tags if isinstance(tags, list) else ()) if isinstance(t, str) and ":" in t)
    header_env = headers.get("sc-environment")
    envs = [header_env] if header_env else [e for e in actions if e] or [None]
    member = doc.member if isinstance(doc.member, dict) else {}
    full_name = " ".join(filter(None, (text(member.get("firstName")), text(member.get("lastName")))))
    actor = text(member.get("email")) or full_name or text_of(doc.token, "name") or text_of(doc.app, "name")
    verb = text(doc.titleVerb) or f"changed the {kind}"
    project_key = next((r["proj"] for r in resources if r.get("proj")), None)
    version = cur.get("_version")
    workspace = resolve(headers, identity, "workspace", labels)
    project, service = resolve(headers, identity, "project", labels, project_key), resolve(
        headers, identity, "service", labels)
    flag = kind == "flag"
    identifiers = _details(flag=flag_key if flag else None, flag_version=version if flag else None,
                           launchdarkly_entry=entry)
    link = text_of(_obj(doc.links, "site"), "href")
    out = []
    for env_key in envs:
        env = resolve(headers, identity, "environment", {}, env_key)
        env_name = text_of(_obj(_obj(cur, "environments"), env_key or ""), "_environmentName") or env
        details = _details(**{
            "kind": kind, "flag_key": flag_key, "environment": env_key,
            "actions": ", ".join(actions.get(env_key) or actions.get(None) or ()),
            "comment": text(doc.comment), "description": text(doc.shortDescription),
            **(flag_diff(prev, cur, env_key) if env_key else {}),
            "entry_id": entry, "link": link,
        })
        out.append(ChangeRow(
            id=make_id("change", workspace, LAUNCHDARKLY, entry, env_key), workspace_id=workspace,
            type=_LD_TYPES.get(kind, "other"), source=LAUNCHDARKLY, project=project, environment=env,
            service=service, version=None if version is None else str(version),
            summary=f"{verb} {name} in {env_name}", details=details, actor=actor, timestamp=when,
            phase="live", identifiers=dict(identifiers), fields_set=LIVE_SET))
    return out


def pagerduty_change(value: bytes, headers: dict[str, str], identity: Identity, arrived: Arrival = None,
                     ) -> list[ChangeRow]:
    """The record of a PagerDuty change event with its own time; an exception when unsure."""
    doc = _pagerduty.decode(value)
    payload = doc.payload
    summary, stamp = payload.summary, payload.timestamp
    if stamp is None:
        when, when_iso = header_time(headers, arrived)
    elif isinstance(stamp, str):
        when, when_iso = TIMES.start(stamp)
    else:
        raise Unsure  # not a time: the full path says so
    custom = payload.custom_details
    custom = custom if isinstance(custom, dict) else ({} if custom is None else {"custom_details": custom})
    hints = {k.lower(): v for k, v in labels_of(custom).items()}
    links = [link for link in (doc.links if isinstance(doc.links, list) else ())
             if isinstance(link, dict) and text(link.get("href"))]
    source = text(payload.source)
    commit = custom.get("commit")
    sha = _first(hints, ("sha", "commit", "git_sha", "revision")) or text_of(commit, "sha") or text_of(commit, "id")
    identifiers = {
        **revision_or_version(_first(hints, ("version", "tag", "build_number"))),
        **revision_or_version(sha),
        **({"deployment": hints["deployment_id"]} if hints.get("deployment_id") else {}),
    }
    workspace = resolve(headers, identity, "workspace", hints)
    details = _details(**{
        **{str(k): v for k, v in custom.items()},
        "source": source,
        **{("link" if i == 0 else f"link_{i + 1}"): link["href"] for i, link in enumerate(links)},
        "link_text": text(links[0].get("text")) if links else None,
    })
    return [ChangeRow(
        id=make_id("change", workspace, PAGERDUTY_CHANGE, doc.routing_key, source, summary, when_iso),
        workspace_id=workspace, type=infer_type(summary, hints), source=PAGERDUTY_CHANGE,
        project=resolve(headers, identity, "project", hints),
        environment=resolve(headers, identity, "environment", hints),
        service=resolve(headers, identity, "service", hints, source),
        version=_first(hints, ("version", "sha", "commit", "git_sha", "revision", "tag", "build_number")),
        summary=summary, details=details,
        actor=_first(hints, ("actor", "user", "author", "triggered_by", "deployed_by")),
        timestamp=when, phase="live", identifiers=identifiers, fields_set=LIVE_SET)]
