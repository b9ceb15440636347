"""A seeded, deterministic incident scenario as Kafka messages in the real formats.

:func:`generate` plays about 30 hours of a SaaS platform team's life (three projects,
nine services, production and staging, workspace ``acme``): routine deploys, flag
flips and config changes, background alert noise, a nightly batch alert silenced
every night, metrics and logs, and one incident (a bad payments-api deploy, its
error ramp, alerts, ack, rollback and resolution) with two decoy changes nearby.
Before it come ten weeks of silence history (:mod:`~signalcraft.sources.scenario.history`):
a weekly maintenance silence, pod alerts silenced while their node is down, an alert
acked within minutes every time, and a noisy metric whose early warnings are silenced.
The same weeks hold fifteen past incidents with their resolutions
(:mod:`~signalcraft.sources.scenario.past`), five of them of the incident's own family (a
deploy that leaves a service short of database connections) in all three projects, one
of those in payments-api a month before, the rest of five other families.
A few malformed messages are mixed in; each must end in the dead-letter queue.

The same seed gives the same bytes; nothing reads the clock.

>>> s = generate(seed=7, hours=30)
>>> s.truth.bad_deploy.service, s.truth.bad_deploy.version
('payments-api', 'v2.14.0')
>>> t = s.truth
>>> t.bad_deploy.timestamp < t.ramp_start < t.first_critical < t.rollback_at < t.resolved_at
True

What a correct pipeline should find and store is in ``truth``; for the copilot, the past
incidents (project, service, alert name, family, root cause, fix, the fingerprint their
resolution names, when) and which of them are of the incident's family:

>>> len(t.past_incidents), t.family
(15, 'db-pool-exhausted')
>>> sorted({p.project for p in t.similar_past})
['checkout', 'identity', 'search']
>>> all(p.resolved_at < s.start for p in t.past_incidents)
True
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from signalcraft.sources.scenario.alerting import emit_alertmanager, emit_grafana, emit_pagerduty
from signalcraft.sources.scenario.audit import emit_native_audit, emit_resolution, emit_silence
from signalcraft.sources.scenario.changes import (
    Deploy,
    Fleet,
    emit_argocd,
    emit_github_deploy,
    emit_github_release,
    emit_pagerduty_change,
    emit_rollout_events,
)
from signalcraft.sources.scenario.flags import emit_launchdarkly
from signalcraft.sources.scenario.history import HISTORY_WEEKS, Habits, emit_history
from signalcraft.sources.scenario.incident import DECOY_FLAG, FAMILY, FIX, ROOT_CAUSE, Incident, plan_incident
from signalcraft.sources.scenario.malformed import emit_malformed
from signalcraft.sources.scenario.org import BY_NAME, ONCALL, PEOPLE, SERVICES, WORKSPACE, Collector, ScenarioMessage
from signalcraft.sources.scenario.past import PastIncident, emit_past
from signalcraft.sources.scenario.routine import background, bump, routine_deploys, working_day_changes
from signalcraft.sources.scenario.telemetry import Load, emit_logs, emit_metrics

__all__ = ["DEFAULT_START", "HISTORY_WEEKS", "BadDeploy", "Decoy", "Habits", "PastIncident", "Scenario",
           "ScenarioMessage", "Truth", "generate"]

DEFAULT_START = datetime(2025, 3, 11, 0, 0, tzinfo=UTC)
"""A Tuesday, midnight UTC."""


@dataclass(frozen=True)
class BadDeploy:
    """The change that caused the incident."""

    project: str
    environment: str
    service: str
    version: str
    sha: str
    timestamp: datetime
    """When the deployment was created (GitHub ``deployment.created_at``)."""
    live_at: datetime
    previous_version: str


@dataclass(frozen=True)
class Decoy:
    """A change near the incident that did not cause it."""

    source: str
    project: str
    environment: str
    service: str
    timestamp: datetime


@dataclass(frozen=True)
class Truth:
    """What a correct pipeline should find and store."""

    workspace: str
    bad_deploy: BadDeploy
    ramp_start: datetime
    """When payments-api's error ratio starts to climb."""
    first_critical: datetime
    """``startsAt`` of the incident's first critical alert."""
    rollback_at: datetime
    rollback_live_at: datetime
    resolved_at: datetime
    resolution_fingerprint: str
    """What the incident's resolution names it by: the fingerprint of its first critical alert."""
    root_cause: str
    fix: str
    decoys: tuple[Decoy, ...]
    messages: dict[str, int]
    """Messages per kind, malformed included."""
    formats: dict[str, int]
    """Good messages per format."""
    malformed: dict[str, int]
    """Malformed messages per kind: each must land in the dead-letter queue."""
    records: dict[str, int]
    """Distinct records per kind that the good messages carry (what an idempotent store keeps
    in the kind's table; the muted alerts of ``alertmanager-alerts`` polls are counted in
    ``history.muted``: they land in ``alert_mutes``)."""
    history: Habits | None = None
    """The silence history before ``start``, if any."""
    family: str = FAMILY
    """The incident's root-cause family, as :class:`PastIncident` names families."""
    past_incidents: tuple[PastIncident, ...] = ()
    """The resolved incidents of the weeks before ``start`` (none without history), oldest first."""

    @property
    def similar_past(self) -> tuple[PastIncident, ...]:
        """The past incidents of the incident's own family: what similar-incident search should find."""
        return tuple(p for p in self.past_incidents if p.same_family)

    @property
    def project(self) -> str:
        return self.bad_deploy.project

    @property
    def environment(self) -> str:
        return self.bad_deploy.environment

    @property
    def service(self) -> str:
        return self.bad_deploy.service

    @property
    def version(self) -> str:
        return self.bad_deploy.version

    @property
    def deploy_time(self) -> datetime:
        return self.bad_deploy.timestamp


@dataclass(frozen=True)
class Scenario:
    messages: list[ScenarioMessage]
    """In delivery order: by event time, except what tools deliver late."""
    truth: Truth
    seed: int
    start: datetime
    end: datetime
    history_weeks: int = 0
    """Weeks of silence history before ``start``."""


def generate(
    seed: int = 7, start: datetime = DEFAULT_START, hours: float = 30, history_weeks: int = HISTORY_WEEKS
) -> Scenario:
    """The scenario for ``seed`` over ``[start, start + hours)``, after ``history_weeks`` of
    silence history (whose one metric, the indexer's bulk rejections, goes on to the end).

    The incident happens on the afternoon (14:05–14:50 UTC) of the first day whose
    afternoon lies at least an hour after ``start``; the window must reach two hours
    past it, and ``hours`` must be at least 24. The working-hours activity (routine
    deploys, releases, flag flips, config changes) is on that day; alert noise, the
    nightly batch and its silences, metrics and logs cover the whole window.
    """
    if start.tzinfo is None or start.utcoffset() != timedelta(0):
        raise ValueError(f"scenario start {start.isoformat()!r} must be timezone-aware UTC")
    if hours < 24:
        raise ValueError(f"scenario hours {hours!r} is too short; expected at least 24")
    if not isinstance(history_weeks, int) or not (history_weeks == 0 or 4 <= history_weeks <= 12):
        raise ValueError(f"scenario history_weeks {history_weeks!r}: expected 0 (none) or 4 to 12 whole weeks")
    end = start + timedelta(hours=hours)
    root = random.Random(seed)
    streams = ("plan", "out", "fleet", "telemetry", "words", "history", "past")  # a new one goes last: the rest stays
    rng = {name: random.Random(root.getrandbits(64)) for name in streams}
    day = start.replace(hour=0, minute=0, second=0, microsecond=0)
    if day + timedelta(hours=14) < start + timedelta(hours=1):
        day += timedelta(days=1)
    deploy_at = day + timedelta(hours=14, minutes=rng["plan"].uniform(5, 50))
    if deploy_at + timedelta(hours=2) > end:
        raise ValueError(
            f"scenario window {start.isoformat()} + {hours}h ends before the incident "
            f"({deploy_at:%Y-%m-%d %H:%M}) is over; expected it to reach at least two hours past it"
        )

    fleet = Fleet(rng["fleet"])
    out = Collector(rng["out"], start, end)
    next_version = {s.name: bump(s.version, rng["plan"]) for s in SERVICES}
    incident = plan_incident(rng["plan"], fleet, deploy_at, next_version["search-api"])
    deploys = routine_deploys(rng["plan"], day, next_version)
    deploys += [incident.staging, incident.bad, incident.decoy_deploy, incident.rollback]
    nights = [day + timedelta(days=n) for n in range(-1, int(hours // 24) + 2)]

    _emit_changes(out, fleet, deploys, incident, day, next_version)
    noise = background(out, day, [n for n in nights if start - timedelta(hours=3) <= n + timedelta(hours=2) < end])
    silences = [*noise.silences, incident.silence]
    emit_alertmanager(out, [*noise.am, *incident.alerts], tuple(s.mute() for s in silences))
    emit_grafana(out, [*noise.grafana, *incident.grafana])
    emit_pagerduty(out, incident.pagerduty)
    for silence in silences:
        emit_silence(out, silence)
    emit_native_audit(
        out, "ack", ONCALL["checkout"], incident.ack_at, target=incident.burn.fp,
        matchers={"alertname": "PaymentsAPIErrorBudgetBurn", "service": "payments-api"},
        comment="looking, deploy 2.14.0 went out 15 min ago",
    )
    emit_resolution(
        out, incident.burn.fp, incident.resolved_at, ROOT_CAUSE, FIX,
        ["https://github.com/acme-corp/payments-api/releases/tag/v2.14.0",
         "https://status.acme.io/incidents/2025-0311-payments"],
        ONCALL["checkout"],
    )
    load = Load(incident.ramp_start, incident.rollback.live_at, noise.batches, _versions(deploys, start))
    out.rng = rng["telemetry"]
    emit_metrics(out, load)
    emit_logs(out, fleet, load, rng["words"])
    out.rng = rng["out"]
    emit_malformed(out)
    habits, incidents = None, ()
    if history_weeks:
        weeks = Collector(rng["history"], start - timedelta(weeks=history_weeks), end)
        habits = emit_history(weeks, start, history_weeks)
        out.absorb(weeks)
        weeks = Collector(rng["past"], start - timedelta(weeks=history_weeks), end)
        incidents = emit_past(weeks, start, history_weeks, habits.busy)
        out.absorb(weeks)
    messages = out.messages()
    truth = _truth(messages, out.record_counts(), incident, habits, incidents)
    return Scenario(messages, truth, seed, start, end, history_weeks)


def _emit_changes(
    out: Collector, fleet: Fleet, deploys: list[Deploy], incident: Incident, day: datetime, versions: dict[str, str]
) -> None:
    payments, search, auth = BY_NAME["payments-api"], BY_NAME["search-api"], BY_NAME["auth-api"]
    notes = "### Changed\n- Move DB settings to the shared config library\n- Retry card authorisation once on 502"
    emit_github_release(out, fleet, payments, incident.bad.version, incident.release_at, PEOPLE[1], notes)
    at = day + timedelta(hours=13, minutes=out.rng.uniform(0, 20))
    emit_github_release(out, fleet, search, versions["search-api"], at, PEOPLE[2], "### Added\n- Synonym expansion")
    at = day + timedelta(hours=11, minutes=out.rng.uniform(40, 59))
    notes = "### Added\n- Passkey (WebAuthn) login behind the passkey-login flag"
    emit_github_release(out, fleet, auth, versions["auth-api"], at, PEOPLE[3], notes)
    for d in sorted(deploys, key=lambda d: d.at):
        if d.service.delivery == "github":
            emit_github_deploy(out, fleet, d)
        elif d.service.delivery == "argocd":
            emit_argocd(out, d)
        if d.service.delivery == "pagerduty" or (d.service.name == "auth-api" and d.environment == "production"):
            emit_pagerduty_change(out, d)
        emit_rollout_events(out, fleet, d)
    working_day_changes(out, day)
    emit_launchdarkly(out, DECOY_FLAG, "staging", True, incident.decoy_flag_at, PEOPLE[0],
                      "testing retries before Thursday")


def _versions(deploys: list[Deploy], start: datetime) -> dict[tuple[str, str], list[tuple[datetime, str]]]:
    out: dict[tuple[str, str], list[tuple[datetime, str]]] = {}
    for d in sorted(deploys, key=lambda d: d.live_at):
        history = out.setdefault((d.service.name, d.environment), [(start - timedelta(days=7), d.previous)])
        history.append((d.live_at, d.version))
    return out


def _truth(messages: list[ScenarioMessage], records: dict[str, int], incident: Incident,
           history: Habits | None, past: tuple[PastIncident, ...]) -> Truth:
    bad = incident.bad
    return Truth(
        workspace=WORKSPACE,
        bad_deploy=BadDeploy(bad.service.project, bad.environment, bad.service.name, bad.version, bad.sha,
                             bad.at, bad.live_at, bad.previous),
        ramp_start=incident.ramp_start,
        first_critical=incident.first_critical,
        rollback_at=incident.rollback.at,
        rollback_live_at=incident.rollback.live_at,
        resolved_at=incident.resolved_at,
        resolution_fingerprint=incident.burn.fp,
        root_cause=ROOT_CAUSE,
        fix=FIX,
        decoys=(
            Decoy("argocd", "search", "production", "search-api", incident.decoy_deploy.live_at),
            Decoy("launchdarkly", DECOY_FLAG.project, "staging", DECOY_FLAG.service, incident.decoy_flag_at),
        ),
        messages=dict(sorted(Counter(m.kind for m in messages).items())),
        formats=dict(sorted(Counter(m.format for m in messages if m.malformed is None).items())),
        malformed=dict(sorted(Counter(m.kind for m in messages if m.malformed).items())),
        records=records,
        history=history,
        past_incidents=past,
    )
