"""Scoring the change-correlation benchmark: store rows read back, suspects matched to the
scenario's incidents, precision@1 / recall / false-suspect rate, and the naive baseline.

Independent of the system under test, like the scenario (:mod:`correlation_scenario`).
"""

from __future__ import annotations

import bisect
import json
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

if str(Path(__file__).parent) not in sys.path:  # the sibling modules, however this one was loaded
    sys.path.insert(0, str(Path(__file__).parent))
import correlation_families as fam
from correlation_scenario import KINDS_V2, LOOK_BACK, MATCH_SLACK, ChangeRef, IncidentTruth

# --- reading rows back -------------------------------------------------------------------------


def utc(value: datetime | str) -> datetime:
    """A time from a store row (aware, naive UTC or ISO text) as aware UTC."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def change_ref(row: Mapping[str, Any]) -> ChangeRef:
    """A change-event row (``type``, ``project``, ``environment``, ``service``, ``timestamp``, ``version``)."""
    return ChangeRef(row["type"], row["project"], row["environment"], row["service"], utc(row["timestamp"]),
                     row.get("version"))


def alertname_of(group: Mapping[str, Any]) -> str | None:
    """``alertname`` of a group row, or its ``group_labels`` (a dict, JSON text or a DuckDB MAP)."""
    if group.get("alertname"):
        return group["alertname"]
    labels = group.get("group_labels") or {}
    if isinstance(labels, str):
        labels = json.loads(labels)
    if isinstance(labels, dict) and set(labels) == {"key", "value"} and isinstance(labels["key"], list):
        labels = dict(zip(labels["key"], labels["value"], strict=True))
    return labels.get("alertname") if isinstance(labels, dict) else None


def belongs(incident: IncidentTruth, group: Mapping[str, Any]) -> bool:
    """Same workspace/project/environment/service, one of its alertnames, opened within 2 min of its first alert."""
    return (
        (group["workspace_id"], group["project"], group["environment"], group["service"])
        == (incident.workspace, incident.project, incident.environment, incident.service)
        and alertname_of(group) in incident.alertnames
        and abs(utc(group["opened_at"]) - incident.first_alert_at) <= MATCH_SLACK
    )


def match_incident(
    truth: Iterable[IncidentTruth], groups: Iterable[Mapping[str, Any]]
) -> dict[str, list[Mapping[str, Any]]]:
    """Incident id -> the alert-group rows that belong to it, earliest ``opened_at`` first.

    Group rows need ``id``, ``workspace_id``, ``project``, ``environment``, ``service``,
    ``opened_at`` and ``alertname`` or ``group_labels``; one row per group (its latest version).
    """
    by_scope: dict[tuple, list[Mapping[str, Any]]] = defaultdict(list)
    for g in groups:
        by_scope[(g["workspace_id"], g["project"], g["environment"], g["service"])].append(g)
    return {
        t.id: sorted((g for g in by_scope[(t.workspace, t.project, t.environment, t.service)] if belongs(t, g)),
                     key=lambda g: (utc(g["opened_at"]), str(g["id"])))
        for t in truth
    }


def incident_suspects(matched: Mapping[str, list[Mapping[str, Any]]],
                      by_group: Mapping[str, ChangeRef | None]) -> dict[str, ChangeRef | None]:
    """Incident id -> the suspect named for its earliest group (the one opened at its first alert).

    The earliest group is the one whose look-back the truth was built around; later
    groups of the same incident (other alertnames, up to 90 s later) are not scored.
    An incident without groups has no suspect.
    """
    return {iid: (by_group.get(groups[0]["id"]) if groups else None) for iid, groups in matched.items()}


# --- scoring ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Metrics:
    incidents: int
    caused: int
    """Incidents with a causal change."""
    no_cause: int
    named: int
    """Suspects named on caused incidents."""
    correct: int
    false_suspects: int
    """``no_cause`` incidents with any suspect."""
    precision_at_1: float | None
    """``correct / named``; ``None`` when nothing was named."""
    recall: float | None
    false_suspect_rate: float | None
    recall_by_kind: dict[str, float | None]
    incidents_by_kind: dict[str, int]
    named_by_kind: dict[str, int]
    """Suspects named per kind (for ``no_cause`` the false suspects)."""
    correct_by_kind: dict[str, int]
    precision_by_kind: dict[str, float | None]
    """``correct / named`` per caused kind."""
    wrong_by_role: dict[str, int]
    """Wrong suspects of caused incidents by what they named (``correlation_families.wrong_role``)."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def evaluate(truth: Iterable[IncidentTruth], suspects: Mapping[str, ChangeRef | None]) -> Metrics:
    """Score ``suspects`` (incident id -> the suspect named, or ``None``; missing ids count as ``None``)."""
    truth = list(truth)
    named: dict[str, int] = defaultdict(int)
    hits: dict[str, int] = defaultdict(int)
    by_kind: dict[str, int] = defaultdict(int)
    wrong: dict[str, int] = defaultdict(int)
    for t in truth:
        by_kind[t.kind] += 1
        suspect = suspects.get(t.id)
        if suspect is None:
            continue
        named[t.kind] += 1
        if t.cause is not None and t.cause.matches(suspect):
            hits[t.kind] += 1
        elif t.cause is not None:
            wrong[fam.wrong_role(t.cause, t.extras, suspect)] += 1
    kinds = [k for k in KINDS_V2 if by_kind.get(k)]
    caused_kinds = [k for k in kinds if k != "no_cause"]
    no_cause, false_suspects = by_kind.get("no_cause", 0), named.get("no_cause", 0)
    caused, named_caused, correct = len(truth) - no_cause, sum(named[k] for k in caused_kinds), sum(hits.values())
    return Metrics(
        incidents=len(truth), caused=caused, no_cause=no_cause, named=named_caused, correct=correct,
        false_suspects=false_suspects, precision_at_1=_ratio(correct, named_caused), recall=_ratio(correct, caused),
        false_suspect_rate=_ratio(false_suspects, no_cause),
        recall_by_kind={k: _ratio(hits[k], by_kind[k]) for k in caused_kinds},
        incidents_by_kind={k: by_kind[k] for k in kinds},
        named_by_kind={k: named[k] for k in kinds},
        correct_by_kind={k: hits[k] for k in caused_kinds},
        precision_by_kind={k: _ratio(hits[k], named[k]) for k in caused_kinds},
        wrong_by_role={r: wrong[r] for r in (*fam.ROLES, "cause_report", "elsewhere") if wrong.get(r)},
    )


def naive_baseline(
    groups: Iterable[Mapping[str, Any]], changes: Iterable[Mapping[str, Any]]
) -> dict[str, ChangeRef | None]:
    """Group id -> the most recent change report of the same workspace and project (any
    environment, any service) in the 15 min up to the group's ``opened_at``, or ``None``.

    Every stored report counts at its own ``timestamp`` (a GitHub deployment's request and
    each of its statuses), except rows of type ``other``: a status saying a change is
    queued or in progress reports no change yet.

    Change rows need ``workspace_id``, ``type``, ``project``, ``environment``, ``service``,
    ``timestamp`` and ``version``; group rows ``id``, ``workspace_id``, ``project``, ``opened_at``.
    """
    scoped: dict[tuple[str, str], list[ChangeRef]] = defaultdict(list)
    for row in changes:
        if row["type"] == "other":
            continue
        scoped[(row["workspace_id"], row["project"])].append(change_ref(row))
    stamps = {}
    for scope, refs in scoped.items():
        refs.sort(key=lambda c: (c.timestamp, c.environment, c.service, c.type, c.version or ""))
        stamps[scope] = [c.timestamp for c in refs]
    out: dict[str, ChangeRef | None] = {}
    for g in groups:
        scope, opened = (g["workspace_id"], g["project"]), utc(g["opened_at"])
        i = bisect.bisect_right(stamps.get(scope, []), opened) - 1
        out[g["id"]] = scoped[scope][i] if i >= 0 and scoped[scope][i].timestamp >= opened - LOOK_BACK else None
    return out
