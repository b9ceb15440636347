"""Change-correlation quality benchmark: a seeded scenario with ground truth (its scoring and
the naive baseline are in :mod:`correlation_scoring`).

:func:`generate` plays incidents in six projects x two environments. Each incident is
one service firing 1-3 alertnames (several pods each, joining over two minutes) and is
caused by a deployment or a flag change of that service (0.5-12 min before its first
alert), by a deployment of one of its upstream services (:data:`DEPENDENCIES`), or by
nothing. Around them: decoy changes (the same service in the other environment and
other projects inside the 15-min look-back, the same project/environment 0.5-3 min
after the first alert, a rollback - or the flag flipped back - 5-20 min after, older
changes 20-40 min before), background changes and short unrelated alert groups. A
third of the changes arrive up to 3 min late; arrival order is shuffled within 3 s.

Version 1 (``corr-v1``): 40 % ``deploy``, 20 % ``flag``, 10 % ``upstream_deploy``, 30 %
``no_cause``. In ``[first alert - 16 min, first alert)`` a project/environment holds no
change but the incident's cause (none at all for a ``no_cause`` incident), so the
truth never needs a choice among plausible changes.

Version 2 (``corr-v2``, the default) makes that choice the test: 22 % ``deploy``, 12 %
``flag``, 8 % ``upstream_deploy``, 8 % each of the five families of
:mod:`correlation_families` (where their timing and the truth of ``deploy_and_flag`` are
written down) and 18 % ``no_cause``. A family places deliberate extras beside the cause
in the protected look-back (:attr:`IncidentTruth.extras`); outside them the look-back
stays as clean as in version 1. A change reported several times (a GitHub deployment's
request and statuses) is true for each report from its request to when it went live.

Either way incidents of one project/environment are 50-90 min apart, so their alert
groups never merge.

Scenario ids are permanent: ``corr-v{version}-s{seed}-n{incidents}`` always generates
the same messages and truth. A generator that writes anything differently gets a new
prefix; an old id never gets a new meaning.

Independent of the system under test: nothing here reads ``operators/correlation*``.
"""

from __future__ import annotations

import bisect
import random
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

if str(Path(__file__).parent) not in sys.path:  # the sibling modules, however this one was loaded
    sys.path.insert(0, str(Path(__file__).parent))
import correlation_families as fam
import correlation_formats as fmt

VERSIONS = (1, 2)
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
LOOK_BACK = timedelta(minutes=15)
PROTECTED = timedelta(minutes=16)
"""Before a first alert, only the incident's cause may change its project/environment."""
MATCH_SLACK = timedelta(minutes=2)
SAME_CHANGE = timedelta(seconds=1)
KINDS = ("deploy", "flag", "upstream_deploy", "no_cause")
"""The kinds of incident of version 1."""
FAMILIES = fam.FAMILIES
KINDS_V2 = ("deploy", "flag", "upstream_deploy", *FAMILIES, "no_cause")
SHARES: dict[int, dict[str, float]] = {  # version -> kind -> share; no_cause takes the rest
    1: {"deploy": 0.4, "flag": 0.2, "upstream_deploy": 0.1},
    2: {"deploy": 0.22, "flag": 0.12, "upstream_deploy": 0.08, **dict.fromkeys(FAMILIES, fam.SHARE)},
}
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
    """A change: as the truth knows it, or one report of it as the store keeps it."""

    type: str
    project: str
    environment: str
    service: str
    timestamp: datetime
    """When it went live; for a change that never did, its last report."""
    version: str | None = None
    requested_at: datetime | None = None
    """When it was asked for; ``None``: ``timestamp`` (a tool that reports once)."""
    live_at: datetime | None = None
    """When it went live; ``None``: ``timestamp`` (or never, for a change that failed)."""

    def matches(self, other: ChangeRef | None) -> bool:
        """Whether ``other`` is a report of this change: same type, project, environment and
        service, the same version when both have one, its timestamp from 1 s before the
        request to 1 s after the change went live.

        >>> t = datetime(2026, 3, 2, 9, tzinfo=timezone.utc)
        >>> truth = ChangeRef("deployment", "p", "prod", "api", t, "b", requested_at=t - 3 * MATCH_SLACK, live_at=t)
        >>> [truth.matches(replace(truth, timestamp=t + timedelta(seconds=s))) for s in (-362, -361, 1, 2)]
        [False, True, True, False]
        >>> truth.matches(replace(truth, version="a")), truth.matches(replace(truth, version=None))
        (False, True)
        """
        if other is None or (self.type, self.project, self.environment, self.service) != (
            other.type, other.project, other.environment, other.service
        ):
            return False
        if self.version and other.version and self.version != other.version:
            return False
        first, live = self.requested_at or self.timestamp, self.live_at or self.timestamp
        return first - SAME_CHANGE <= other.timestamp <= live + SAME_CHANGE


Extra = fam.Extra


@dataclass(frozen=True)
class IncidentTruth:
    id: str
    """Permanent within a scenario id: ``inc-0001`` is the first incident in time."""
    kind: str
    """One of :data:`KINDS` (version 1) or :data:`KINDS_V2`."""
    workspace: str
    project: str
    environment: str
    service: str
    """The service whose alerts fire (for ``upstream_deploy`` not the one that changed)."""
    alertnames: tuple[str, ...]
    first_alert_at: datetime
    """``starts_at`` of the incident's first firing alert."""
    cause: ChangeRef | None
    extras: tuple[Extra, ...] = ()
    """The other changes its family placed in the protected look-back (version 2)."""


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


def generate(seed: int = 1, incidents: int = 400, version: int = 2, start: datetime = START) -> Scenario:
    """The scenario ``corr-v{version}-s{seed}-n{incidents}``: the same arguments give the same bytes."""
    if incidents < 1:
        raise ValueError(f"correlation scenario: incidents={incidents!r}, expected at least 1")
    if version not in VERSIONS:
        raise ValueError(f"correlation scenario: version={version!r}, expected one of {VERSIONS}")
    rng = random.Random(seed)
    slots = _schedule(rng, incidents, start, version)
    world = _World(rng, slots, version)
    truth = [world.incident(f"inc-{i + 1:04d}", slot) for i, slot in enumerate(slots)]
    end = slots[-1].at + timedelta(hours=1)
    world.background(start, end, changes=incidents * 3 // 2, noise=incidents)
    if version >= 2:
        truth = world.echoes(truth)
    return Scenario(f"corr-v{version}-s{seed}-n{incidents}", world.messages(), truth, dict(DEPENDENCIES), start, end)


def _schedule(rng: random.Random, n: int, start: datetime, version: int = 1) -> list[_Slot]:
    """When and where incidents begin: 2-6 min apart, 50-90 min apart within a project/environment."""
    shares, counts = SHARES[version], []
    for share in shares.values():
        counts.append(min(round(n * share), n - sum(counts)))
    kinds = [
        kind
        for kind, count in zip([*shares, "no_cause"], [*counts, n - sum(counts)], strict=True)
        for _ in range(count)
    ]
    rng.shuffle(kinds)
    pairs = [(p, e) for p in PROJECTS for e in ENVIRONMENTS]
    at = start + timedelta(minutes=45)  # room for the first incident's older decoys
    free = dict.fromkeys(pairs, at)
    slots = []
    for kind in kinds:
        at += timedelta(milliseconds=rng.randrange(120_000, 360_000))
        fits = [p for p in pairs if fam.services_for(kind, PROJECTS[p[0]])]
        at = max(at, min(free[p] for p in fits))
        project, env = rng.choice([p for p in fits if free[p] <= at])
        free[(project, env)] = at + timedelta(milliseconds=rng.randrange(50 * 60_000, 90 * 60_000))
        slots.append(_Slot(at, project, env, kind))
    return slots


def _seconds(at: datetime, lo: int, hi: int, rng: random.Random) -> datetime:
    """``at`` moved by a whole number of seconds in ``[lo, hi)``, fraction dropped."""
    return at.replace(microsecond=0) + timedelta(seconds=rng.randrange(lo, hi))


class _World:
    """The changes and alerts of one scenario, placed so the ground truth stays unambiguous."""

    def __init__(self, rng: random.Random, slots: list[_Slot], version: int = 1):
        self.rng, self.version = rng, version
        self.owners: dict[int, str] = {}
        """``id()`` of a change the truth names (cause or extra) -> its incident's id."""
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
        made = self.make(type_, project, env, service, at)
        self.changes.append(made)
        return made

    def make(self, type_: str, project: str, env: str, service: str, at: datetime) -> fmt.Change:
        """A change with the tool and version its service's changes of that type have; not placed."""
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
        return fmt.Change(type_, project, env, service, at, version, tool, rng.choice(ACTORS))

    def place(
        self, type_: str, project: str, env: str, service: str, when: Callable[[], datetime], tries: int = 8
    ) -> None:
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
            service = rng.choice(fam.services_for(slot.kind, PROJECTS[project]))
        names = tuple(rng.sample(sorted(SEVERITY), rng.choice((1, 1, 2, 2, 3))))
        self.fire(project, env, service, names, first, (600_000, 2_400_000))
        cause, changed, extras = None, service, ()
        if slot.kind in FAMILIES:
            cause, extras = self.family(iid, slot, service)
        elif slot.kind != "no_cause":
            changed = rng.choice(DEPENDENCIES[service]) if slot.kind == "upstream_deploy" else service
            type_ = "flag_change" if slot.kind == "flag" else "deployment"
            c = self.change(type_, project, env, changed, _seconds(first, -719, -30, rng))
            cause = ChangeRef(c.type, c.project, c.environment, c.service, c.at, c.version)
            if self.version >= 2:
                cause = replace(cause, requested_at=c.at, live_at=c.at)
                self.owners[id(c)] = iid
        self.decoys(slot, service, changed)
        return IncidentTruth(iid, slot.kind, fmt.WORKSPACE, project, env, service, names, first, cause, extras)

    def family(self, iid: str, slot: _Slot, service: str) -> tuple[ChangeRef, tuple[Extra, ...]]:
        """Place the changes of a family's incident; its cause and extras."""
        def make(type_: str, svc: str, at: datetime) -> fmt.Change:
            return self.make(type_, slot.project, slot.environment, svc, at)

        refs = []
        for p in fam.PLACE[slot.kind](self.rng, make, service, slot.at):
            self.changes.extend(p.reports)
            self.owners.update(dict.fromkeys(map(id, p.reports), iid))
            c = p.change
            refs.append((p.role, ChangeRef(c.type, c.project, c.environment, c.service, p.live or c.at, c.version,
                                           p.requested, p.live)))
        return next(r for role, r in refs if role == "cause"), tuple(Extra(*x) for x in refs if x[0] != "cause")

    def echoes(self, truth: list[IncidentTruth]) -> list[IncidentTruth]:
        """Echo a share of the Argo CD syncs by their Kubernetes event; one that would land in a
        protected look-back is kept only when it echoes that incident's own change (an extra)."""
        truth, index = list(truth), {t.id: i for i, t in enumerate(truth)}
        for c in list(self.changes):
            echo = fam.echo_of(self.rng, c)
            inside = echo is not None and not self.allowed(echo.project, echo.environment, echo.at)
            if echo is None or (inside and id(c) not in self.owners):
                continue
            self.changes.append(echo)
            if inside:
                ref = ChangeRef(echo.type, c.project, c.environment, c.service, echo.at, echo.version, echo.at, echo.at)
                i = index[self.owners[id(c)]]
                truth[i] = replace(truth[i], extras=(*truth[i].extras, Extra("echo", ref)))
        return truth

    def decoys(self, slot: _Slot, service: str, changed: str) -> None:
        rng, project, env, first = self.rng, slot.project, slot.environment, slot.at

        def in_window() -> datetime:
            return _seconds(first, -899, -30, rng)

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
        if rng.random() < (0.15 if slot.kind == "no_cause" else 0.6) and slot.kind != "late_rollback":
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

        def anywhere() -> datetime:
            return start + timedelta(seconds=rng.randrange(span_ms // 1000))

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
    types, weights = zip(*BACKGROUND_TYPES, strict=True)
    return rng.choices(types, weights)[0]
