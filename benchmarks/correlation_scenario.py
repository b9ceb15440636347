"""Change-correlation quality benchmark: a seeded scenario with ground truth, its scoring
and a naive baseline.

:func:`generate` plays incidents in six projects x two environments. Each incident is
one service firing 1-3 alertnames (several pods each, joining over two minutes) and is
caused by a deployment or a flag change of that service (0.5-12 min before its first
alert), by a deployment of one of its upstream services (:data:`DEPENDENCIES`), or by
nothing. Around them: decoy changes (the same service in the other environment and
other projects inside the 15-min look-back, the same project/environment 0.5-3 min
after the first alert, a rollback - or the flag flipped back - 5-20 min after, older
changes 20-40 min before), background changes and short unrelated alert groups. A
third of the changes arrive up to 3 min late; arrival order is shuffled within 3 s.

The ground truth is unambiguous by construction: in ``[first alert - 16 min, first
alert)`` a project/environment holds no change but the incident's cause (none at all
for a ``no_cause`` incident); incidents of one project/environment are 50-90 min
apart, so their alert groups never merge.

Scenario ids are permanent: ``corr-v1-s{seed}-n{incidents}`` always generates the same
messages and truth. A generator that writes anything differently gets a new prefix
(``corr-v2``); an old id never gets a new meaning.

Independent of the system under test: nothing here reads ``operators/correlation*``.
"""

from __future__ import annotations

import bisect
import importlib.util
import json
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from types import ModuleType
from typing import Any


def _sibling(name: str) -> ModuleType:
    """A module beside this file, whether this one was run, imported or loaded by path."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, Path(__file__).with_name(f"{name}.py"))
        assert spec is not None and spec.loader is not None
        sys.modules[name] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules[name])
    return sys.modules[name]


fmt = _sibling("correlation_formats")

PREFIX = "corr-v1"
START = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
LOOK_BACK = timedelta(minutes=15)
PROTECTED = timedelta(minutes=16)
"""Before a first alert, only the incident's cause may change its project/environment."""
MATCH_SLACK = timedelta(minutes=2)
SAME_CHANGE = timedelta(seconds=1)
KINDS = ("deploy", "flag", "upstream_deploy", "no_cause")
ENVIRONMENTS = ("production", "staging")
PROJECTS: dict[str, dict[str, str]] = {  # project -> service -> the tool that reports its deploys
    "checkout": {"checkout-web": "github", "cart-service": "github", "payments-api": "github",
                 "pricing-api": "pagerduty"},
    "search": {"search-web": "argocd", "search-api": "argocd", "indexer": "argocd", "query-suggest": "native"},
    "identity": {"auth-api": "github", "token-service": "pagerduty", "user-profile": "github"},
    "billing": {"invoice-api": "pagerduty", "ledger-service": "pagerduty", "tax-engine": "native"},
    "catalog": {"catalog-api": "argocd", "inventory-service": "argocd", "media-service": "github"},
    "notify": {"notify-api": "native", "email-sender": "argocd", "sms-gateway": "pagerduty"},
}
DEPENDENCIES: dict[str, tuple[str, ...]] = {
    "checkout-web": ("cart-service", "payments-api"),
    "cart-service": ("pricing-api",),
    "search-web": ("search-api",),
    "search-api": ("indexer", "query-suggest"),
    "auth-api": ("token-service", "user-profile"),
    "invoice-api": ("ledger-service", "tax-engine"),
    "catalog-api": ("inventory-service", "media-service"),
    "notify-api": ("email-sender", "sms-gateway"),
}
SEVERITY = {"HighErrorRate": "critical", "HighLatencyP99": "warning", "PodCrashLooping": "critical",
            "SLOBurnRateFast": "critical", "UpstreamErrors": "warning", "SaturationHigh": "warning"}
NOISE_ALERTS = ("KubeJobFailed", "CPUThrottlingHigh", "KubeContainerWaiting", "TargetDown")
"""Fired by ``<project>-batch`` services, which never have an incident."""
BACKGROUND_TYPES = (
    ("deployment", 50), ("flag_change", 25), ("config_update", 12), ("scale", 5), ("restart", 5), ("release", 3),
)
ACTORS = ("mgonzalez", "dpatel", "ktanaka", "lnovak", "sokafor", "ci-bot")


@dataclass(frozen=True)
class ChangeRef:
    """A change as the store keeps it; two are the same change when all but the version agree."""

    type: str
    project: str
    environment: str
    service: str
    timestamp: datetime
    version: str | None = None

    def matches(self, other: ChangeRef | None) -> bool:
        """Same type, project, environment and service, timestamps within 1 s."""
        return other is not None and (self.type, self.project, self.environment, self.service) == (
            other.type, other.project, other.environment, other.service
        ) and abs(self.timestamp - other.timestamp) <= SAME_CHANGE


@dataclass(frozen=True)
class IncidentTruth:
    id: str
    """Permanent within a scenario id: ``inc-0001`` is the first incident in time."""
    kind: str
    """One of :data:`KINDS`."""
    workspace: str
    project: str
    environment: str
    service: str
    """The service whose alerts fire (for ``upstream_deploy`` not the one that changed)."""
    alertnames: tuple[str, ...]
    first_alert_at: datetime
    """``starts_at`` of the incident's first firing alert."""
    cause: ChangeRef | None


Message = tuple[str, bytes | None, bytes, dict[str, str], int]
"""``(topic_kind, key, value, headers, timestamp_ms)``; topic_kind is ``alerts`` or ``changes``."""


@dataclass(frozen=True)
class Scenario:
    scenario_id: str
    messages: list[Message]
    """In arrival order; ``timestamp_ms`` is when the message reached Kafka (event time + delay)."""
    truth: list[IncidentTruth]
    dependencies: dict[str, tuple[str, ...]]
    start: datetime
    end: datetime


# --- generation ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Slot:
    at: datetime
    project: str
    environment: str
    kind: str


def generate(seed: int = 1, incidents: int = 400, start: datetime = START) -> Scenario:
    """The scenario ``corr-v1-s{seed}-n{incidents}``: the same arguments give the same bytes."""
    if incidents < 1:
        raise ValueError(f"correlation scenario: incidents={incidents!r}, expected at least 1")
    rng = random.Random(seed)
    slots = _schedule(rng, incidents, start)
    world = _World(rng, slots)
    truth = [world.incident(f"inc-{i + 1:04d}", slot) for i, slot in enumerate(slots)]
    end = slots[-1].at + timedelta(hours=1)
    world.background(start, end, changes=incidents * 3 // 2, noise=incidents)
    return Scenario(f"{PREFIX}-s{seed}-n{incidents}", world.messages(), truth, dict(DEPENDENCIES), start, end)


def _schedule(rng: random.Random, n: int, start: datetime) -> list[_Slot]:
    """When and where incidents begin: 2-6 min apart, 50-90 min apart within a project/environment."""
    shares = [round(n * 0.4), round(n * 0.2), round(n * 0.1)]
    kinds = [kind for kind, count in zip(KINDS, [*shares, n - sum(shares)]) for _ in range(count)]
    rng.shuffle(kinds)
    pairs = [(p, e) for p in PROJECTS for e in ENVIRONMENTS]
    at = start + timedelta(minutes=45)  # room for the first incident's older decoys
    free = dict.fromkeys(pairs, at)
    slots = []
    for kind in kinds:
        at += timedelta(milliseconds=rng.randrange(120_000, 360_000))
        at = max(at, min(free.values()))
        project, env = rng.choice([p for p in pairs if free[p] <= at])
        free[(project, env)] = at + timedelta(milliseconds=rng.randrange(50 * 60_000, 90 * 60_000))
        slots.append(_Slot(at, project, env, kind))
    return slots


def _seconds(at: datetime, lo: int, hi: int, rng: random.Random) -> datetime:
    """``at`` moved by a whole number of seconds in ``[lo, hi)``, fraction dropped."""
    return at.replace(microsecond=0) + timedelta(seconds=rng.randrange(lo, hi))


class _World:
    """The changes and alerts of one scenario, placed so the ground truth stays unambiguous."""

    def __init__(self, rng: random.Random, slots: list[_Slot]):
        self.rng = rng
        self.firsts: dict[tuple[str, str], list[datetime]] = defaultdict(list)
        for slot in slots:
            self.firsts[(slot.project, slot.environment)].append(slot.at)
        self.changes: list[fmt.Change] = []
        self.alerts: list[fmt.Alert] = []

    def allowed(self, project: str, env: str, at: datetime) -> bool:
        firsts = self.firsts[(project, env)]
        i = bisect.bisect_right(firsts, at)
        return i == len(firsts) or at < firsts[i] - PROTECTED

    def change(self, type_: str, project: str, env: str, service: str, at: datetime) -> fmt.Change:
        rng = self.rng
        if type_ == "flag_change":
            tool = "launchdarkly" if rng.random() < 0.85 else "native"
        elif type_ in ("deployment", "rollback"):
            tool = PROJECTS[project][service]
        else:
            tool = "pagerduty" if rng.random() < 0.3 else "native"
        if tool in ("github", "argocd"):
            version = fmt.sha(rng)
        elif tool == "launchdarkly":
            version = str(rng.randrange(2, 400))
        elif type_ in ("config_update", "flag_change"):
            version = f"cfg-{rng.randrange(100, 9999)}"
        else:
            version = f"v{rng.randrange(1, 6)}.{rng.randrange(0, 40)}.{rng.randrange(0, 20)}"
        made = fmt.Change(type_, project, env, service, at, version, tool, rng.choice(ACTORS))
        self.changes.append(made)
        return made

    def place(self, type_: str, project: str, env: str, service: str, when: Callable[[], datetime], tries: int = 8) -> None:
        """A decoy or background change at ``when()``, if one of ``tries`` times keeps the truth clean."""
        for _ in range(tries):
            at = when()
            if self.allowed(project, env, at):
                self.change(type_, project, env, service, at)
                return

    def incident(self, iid: str, slot: _Slot) -> IncidentTruth:
        rng, project, env, first = self.rng, slot.project, slot.environment, slot.at
        services = list(PROJECTS[project])
        if slot.kind == "upstream_deploy":
            service = rng.choice([s for s in services if s in DEPENDENCIES])
        else:
            service = rng.choice(services)
        names = tuple(rng.sample(sorted(SEVERITY), rng.choice((1, 1, 2, 2, 3))))
        self.fire(project, env, service, names, first, (600_000, 2_400_000))
        cause, changed = None, service
        if slot.kind != "no_cause":
            changed = rng.choice(DEPENDENCIES[service]) if slot.kind == "upstream_deploy" else service
            type_ = "flag_change" if slot.kind == "flag" else "deployment"
            c = self.change(type_, project, env, changed, _seconds(first, -719, -30, rng))
            cause = ChangeRef(c.type, c.project, c.environment, c.service, c.at, c.version)
        self.decoys(slot, service, changed)
        return IncidentTruth(iid, slot.kind, fmt.WORKSPACE, project, env, service, names, first, cause)

    def decoys(self, slot: _Slot, service: str, changed: str) -> None:
        rng, project, env, first = self.rng, slot.project, slot.environment, slot.at
        in_window = lambda: _seconds(first, -899, -30, rng)
        if rng.random() < 0.5:
            other_env = ENVIRONMENTS[1 - ENVIRONMENTS.index(env)]
            self.place(rng.choice(("deployment", "deployment", "flag_change")), project, other_env, service, in_window)
        if rng.random() < 0.5:
            other = rng.choice([p for p in PROJECTS if p != project])
            self.place(rng.choice(("deployment", "flag_change")), other, rng.choice(ENVIRONMENTS),
                       rng.choice(list(PROJECTS[other])), in_window)
        if rng.random() < 0.4:
            self.place(_background_type(rng), project, env, rng.choice(list(PROJECTS[project])),
                       lambda: _seconds(first, 31, 180, rng))
        if rng.random() < (0.15 if slot.kind == "no_cause" else 0.6):
            self.place("flag_change" if slot.kind == "flag" else "rollback", project, env, changed,
                       lambda: _seconds(first, 300, 1200, rng))
        if rng.random() < 0.5:
            self.place(_background_type(rng), project, env, rng.choice(list(PROJECTS[project])),
                       lambda: _seconds(first, -2400, -1230, rng))

    def fire(self, project: str, env: str, service: str, names: Iterable[str], first: datetime,
             lasting_ms: tuple[int, int], pods: tuple[int, int] = (1, 5)) -> None:
        """One alert group per name: its first pod at ``first`` (the first name) or up to 90 s later."""
        rng = self.rng
        for j, name in enumerate(names):
            begin = first if j == 0 else first + timedelta(milliseconds=rng.randrange(1000, 90_000))
            tool = "native" if rng.random() < 0.25 else "alertmanager"
            for k in range(rng.randrange(*pods)):
                starts = begin if k == 0 else begin + timedelta(milliseconds=rng.randrange(1000, 120_000))
                ends = starts + timedelta(milliseconds=rng.randrange(*lasting_ms))
                pod = f"{service}-{rng.getrandbits(40):010x}-{rng.getrandbits(20):05x}"
                self.alerts.append(fmt.Alert(project, env, service, name, SEVERITY.get(name, "warning"), pod,
                                             starts, ends, tool))

    def background(self, start: datetime, end: datetime, changes: int, noise: int) -> None:
        rng, span_ms = self.rng, int((end - start).total_seconds() * 1000)
        anywhere = lambda: start + timedelta(seconds=rng.randrange(span_ms // 1000))
        for _ in range(changes):
            project = rng.choice(list(PROJECTS))
            self.place(_background_type(rng), project, rng.choice(ENVIRONMENTS),
                       rng.choice(list(PROJECTS[project])), anywhere, tries=20)
        for _ in range(noise):
            project = rng.choice(list(PROJECTS))
            at = start + timedelta(milliseconds=rng.randrange(span_ms))
            self.fire(project, rng.choice(ENVIRONMENTS), f"{project}-batch", [rng.choice(NOISE_ALERTS)], at,
                      (120_000, 480_000), pods=(1, 3))

    def messages(self) -> list[Message]:
        """Every payload with its delivery time, in arrival order (shuffled within 3 s)."""
        rng, out = self.rng, []
        for c in self.changes:
            key, value, headers = fmt.change_message(c, rng)
            delay = rng.randrange(30_000, 180_000) if rng.random() < 0.35 else rng.randrange(500, 8000)
            out.append(("changes", key, value, headers, fmt.epoch_ms(c.at) + delay))
        for a in self.alerts:
            for status, at in (("firing", a.starts), ("resolved", a.ends)):
                key, value, headers = fmt.alert_message(a, status)
                delay = rng.randrange(1000, 35_000) if a.tool == "alertmanager" else rng.randrange(200, 3000)
                out.append(("alerts", key, value, headers, fmt.epoch_ms(at) + delay))
        arrival = [m[4] + rng.randrange(3000) for m in out]
        return [out[i] for i in sorted(range(len(out)), key=lambda i: (arrival[i], i))]


def _background_type(rng: random.Random) -> str:
    types, weights = zip(*BACKGROUND_TYPES)
    return rng.choices(types, weights)[0]


# --- reading rows back -------------------------------------------------------------------------


def utc(value: datetime | str) -> datetime:
    """A time from a store row (aware, naive UTC or ISO text) as aware UTC."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


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
        labels = dict(zip(labels["key"], labels["value"]))
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

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def evaluate(truth: Iterable[IncidentTruth], suspects: Mapping[str, ChangeRef | None]) -> Metrics:
    """Score ``suspects`` (incident id -> the suspect named, or ``None``; missing ids count as ``None``)."""
    truth = list(truth)
    named = correct = false_suspects = 0
    hits: dict[str, int] = defaultdict(int)
    by_kind: dict[str, int] = defaultdict(int)
    for t in truth:
        by_kind[t.kind] += 1
        suspect = suspects.get(t.id)
        if t.cause is None:
            false_suspects += suspect is not None
            continue
        named += suspect is not None
        hit = t.cause.matches(suspect)
        correct += hit
        hits[t.kind] += hit
    no_cause = by_kind.get("no_cause", 0)
    caused = len(truth) - no_cause
    return Metrics(
        incidents=len(truth), caused=caused, no_cause=no_cause, named=named, correct=correct,
        false_suspects=false_suspects, precision_at_1=_ratio(correct, named), recall=_ratio(correct, caused),
        false_suspect_rate=_ratio(false_suspects, no_cause),
        recall_by_kind={k: _ratio(hits[k], by_kind[k]) for k in KINDS if k != "no_cause" and by_kind.get(k)},
        incidents_by_kind={k: by_kind[k] for k in KINDS if by_kind.get(k)},
    )


def naive_baseline(
    groups: Iterable[Mapping[str, Any]], changes: Iterable[Mapping[str, Any]]
) -> dict[str, ChangeRef | None]:
    """Group id -> the most recent change of the same workspace and project (any environment, any
    service) in the 15 min up to the group's ``opened_at``, or ``None``.

    Change rows need ``workspace_id``, ``type``, ``project``, ``environment``, ``service``,
    ``timestamp`` and ``version``; group rows ``id``, ``workspace_id``, ``project``, ``opened_at``.
    """
    scoped: dict[tuple[str, str], list[ChangeRef]] = defaultdict(list)
    for row in changes:
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
