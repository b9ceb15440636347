"""Past incidents and how they were fixed, in the weeks before the incident day.

The copilot answers "what fixed this last time" from the resolved incidents of the whole
workspace. :func:`emit_past` plays the fifteen incidents written down in
:mod:`~signalcraft.sources.scenario.postmortems` over those weeks, across the org's three
projects (from a random stream of its own), each as the tools reported it:

- often a change a few minutes before it: a deploy (through the service's own delivery:
  GitHub deployments, Argo CD or PagerDuty change events, with its Kubernetes rollout
  events), a LaunchDarkly flag turned on, or a config change;
- a few error lines of the service in the minutes before its alert (OTLP logs, among its
  ordinary access lines), in the words of its stack's libraries;
- one Alertmanager alert, firing, then resolved;
- the fix, when it was a change (a rollback, the flag turned off);
- a resolution note naming the incident by its alert's fingerprint, with the root cause,
  the fix and links (the postmortem; the diff or the flag).

Five are of the incident day's family (:data:`~signalcraft.sources.scenario.incident.FAMILY`:
a deploy leaves the service short of database connections), each worded as its team and
stack word it: HikariCP's timeout in Java (payments-api itself a month before, auth-api),
``pq: sorry, too many clients already`` in Go, knex's pool in Node, SQLAlchemy's QueuePool
in Python. Four were fixed by a rollback and a bigger pool, worded alike; one by pgbouncer.
The other ten are of five other families, two each (disk full, certificate expired, OOM
kill, bad feature flag, DNS), some on the same services or under the same generic alert
name as a pool incident, so that ranking similar incidents has something to reject.

What it leaves on the incident day: payments-api's past lines came from an older HikariCP,
without the pool counts, so the day's pool error is still a pattern never seen before. The
two checkout incidents are both in payments-api (the pool, an expired certificate), whose
error ramp is steep: cart-service and checkout-web, whose log error rates rise more gently,
have no past errors that would make their rise look ordinary. payments-api's past alerts do
give its alert rate a history, against which the day's burst of alerts before the first
critical one stands out (a High Error Velocity warning).

No alert name is one of the silence history's; no incident is within a day of another of
its project, within three hours of any other or within hours of a history episode, and
none lands on a weekend (a history of four weeks is sometimes too short for all of it; from
five weeks on it holds): no alert group merges with another, and no project has two
incidents close enough to pass for one.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from signalcraft.sources.scenario.alerting import Alert, emit_alertmanager, prom_alert
from signalcraft.sources.scenario.audit import emit_resolution
from signalcraft.sources.scenario.changes import (
    Deploy,
    Fleet,
    emit_argocd,
    emit_github_deploy,
    emit_pagerduty_change,
    emit_rollout_events,
)
from signalcraft.sources.scenario.flags import emit_launchdarkly, emit_native_change
from signalcraft.sources.scenario.incident import FAMILY
from signalcraft.sources.scenario.org import BY_NAME, ONCALL, ORG, Collector, hexid
from signalcraft.sources.scenario.postmortems import CASES, FAMILIES, Case, line
from signalcraft.sources.scenario.routine import AUTHORS
from signalcraft.sources.scenario.telemetry import access_line, emit_log_lines

__all__ = ["CASES", "FAMILIES", "PastIncident", "emit_past"]

_ENV = "production"
_FIRST_IDS = {"deployment": 2_096_400_000, "deployment_status": 9_811_200_000, "run": 13_207_000_000,
              "rv-production": 85_100_000}
"""Where the past's GitHub and Kubernetes counters start: below the incident day's, as they were then."""


@dataclass(frozen=True)
class PastIncident:
    """One past incident as a correct pipeline should remember it."""

    project: str
    service: str
    alertname: str
    family: str
    root_cause: str
    fix: str
    fingerprint: str
    """Of its one alert; its resolution names it."""
    opened_at: datetime
    """The alert's ``startsAt``."""
    resolved_at: datetime
    """The resolution's ``resolved_at``."""
    same_family: bool
    """Of the incident day's family (:data:`~signalcraft.sources.scenario.incident.FAMILY`)."""
    change: str | None
    """What changed shortly before it: ``deployment``, ``flag_change``, ``config_update`` or nothing."""
    links: tuple[str, ...]


def emit_past(
    out: Collector, start: datetime, weeks: int, busy: tuple[tuple[datetime, datetime], ...] = ()
) -> tuple[PastIncident, ...]:
    """Every message of :data:`CASES` in the ``weeks`` before ``start``, clear of ``busy``, into
    ``out`` (whose random stream decides everything); what happened, oldest first."""
    rng = out.rng
    words = random.Random(rng.getrandbits(64))  # fills in the log texts only, so they move nothing else
    fleet = Fleet(rng, ids=dict(_FIRST_IDS))
    times = _in_version_order(_schedule(rng, start - timedelta(weeks=weeks), start, busy))
    played = [_play(out, fleet, words, case, at) for case, at in zip(CASES, times, strict=True)]
    emit_alertmanager(out, [alert for alert, _ in played])
    return tuple(sorted((incident for _, incident in played), key=lambda p: p.opened_at))


def _schedule(
    rng: random.Random, since: datetime, start: datetime, busy: tuple[tuple[datetime, datetime], ...]
) -> list[datetime]:
    """When each case's alert fires: at 08:30-15:30 UTC on a weekday, a day from any other
    incident of its project and three hours from any other at all, four hours from any ``busy``
    span. Pinned cases go on their day (give or take three), the rest in random order, each in
    its stretch of the weeks, else anywhere in them; after 200 tries the last one is taken."""
    first, last = since + timedelta(days=1), start - timedelta(days=3)
    chosen: dict[int, datetime] = {}

    def clear(i: int, at: datetime) -> bool:
        project = BY_NAME[CASES[i].service].project
        return (first <= at <= last and at.weekday() < 5
                and all(abs(at - t) >= (timedelta(days=1) if BY_NAME[CASES[j].service].project == project
                                        else timedelta(hours=3)) for j, t in chosen.items())
                and all(at + timedelta(hours=6) <= s or e + timedelta(hours=4) <= at for s, e in busy))

    def pick(i: int, day: Callable[[], datetime]) -> None:
        for attempt in range(200):
            at = (day() if attempt < 100 else first + (last - first) * rng.random())
            at = at.replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(hours=rng.uniform(8.5, 15.5))
            if clear(i, at):
                break
        chosen[i] = at

    pinned = [i for i, c in enumerate(CASES) if c.days_before is not None]
    for i in pinned:
        target = max(first, start - timedelta(days=CASES[i].days_before))
        pick(i, lambda target=target: target + timedelta(days=rng.randint(-3, 3)))
    rest = [i for i in range(len(CASES)) if i not in pinned]
    rng.shuffle(rest)
    stretch = (last - first) / len(rest)
    for n, i in enumerate(rest):
        pick(i, lambda n=n: first + stretch * (n + rng.random()))
    return [chosen[i] for i in range(len(CASES))]


def _in_version_order(times: list[datetime]) -> list[datetime]:
    """``times`` swapped within each service so that its cases come in the order of their versions
    (pinned cases stay on their day)."""
    out = list(times)
    for name in {c.service for c in CASES}:
        mine = [i for i, c in enumerate(CASES) if c.service == name and c.days_before is None]
        by_version = sorted(mine, key=lambda i: tuple(int(x) for x in CASES[i].version.lstrip("v").split(".")))
        for i, t in zip(by_version, sorted(times[i] for i in mine), strict=True):
            out[i] = t
    return out


def _m(rng: random.Random, low: float, high: float) -> timedelta:
    return timedelta(minutes=rng.uniform(low, high))


def _play(
    out: Collector, fleet: Fleet, words: random.Random, case: Case, fired: datetime
) -> tuple[Alert, PastIncident]:
    """The case's change, logs and fix into ``out``; its alert (sent with the others) and its record."""
    rng, svc = out.rng, BY_NAME[case.service]
    actor, oncall = rng.choice(AUTHORS[svc.project]), ONCALL[svc.project]
    day = f"{fired:%Y-%m-%d}"
    links = [f"https://wiki.acme.io/postmortems/{day}-{case.slug}"]
    change, errors_from = None, fired - _m(rng, 5, 9)
    bad = None
    if case.previous is not None:
        at = fired - _m(rng, 7, 13)
        bad = Deploy(svc, _ENV, case.version, case.previous, hexid(rng, 40), at, at + _m(rng, 2, 4), actor)
        _deploy(out, fleet, bad)
        change, errors_from = "deployment", bad.live_at + _m(rng, 0.5, 1.5)
        links.append(f"https://github.com/{ORG}/{svc.name}/compare/{case.previous}...{case.version}")
    elif case.flag is not None:
        at = fired - _m(rng, 5, 12)
        emit_launchdarkly(out, case.flag, _ENV, True, at, actor, f"rolling out {case.flag.name.lower()}")
        change, errors_from = "flag_change", at + _m(rng, 0.5, 1.5)
        links.append(f"https://app.launchdarkly.com/{case.flag.project}/production/features/{case.flag.key}")
    elif case.config is not None:
        at = fired - _m(rng, 5, 12)
        summary, key, old, new = case.config
        emit_native_change(out, svc.project, _ENV, svc.name, "config_update", summary,
                           {"key": key, "old": old, "new": new}, at, actor.email)
        change, errors_from = "config_update", at + _m(rng, 0.5, 1.5)
    _logs(out, fleet, words, case, errors_from, fired + timedelta(minutes=2))
    fixed = fired + _m(rng, 10, 25)
    if case.rollback and bad is not None:
        back = Deploy(svc, _ENV, case.previous, case.version, hexid(rng, 40), fixed, fixed + _m(rng, 2, 3), oncall,
                      rollback=True)
        _deploy(out, fleet, back)
        fixed = back.live_at
    elif case.rollback and case.flag is not None:
        emit_launchdarkly(out, case.flag, _ENV, False, fixed, oncall, "turning it off: see the incident channel")
    else:
        fixed = fired + _m(rng, 25, 80)
    ends = fixed + _m(rng, 3, 8)
    alert = prom_alert(rng, svc.project, _ENV, svc.name, case.alertname, case.severity, case.summary,
                       f"{case.summary}. Started {fired:%H:%M} UTC.", fired, ends, case.expr, **case.labels)
    resolved = ends + _m(rng, 15, 90)
    emit_resolution(out, alert.fp, resolved, case.root_cause, case.fix, links, oncall)
    return alert, PastIncident(
        project=svc.project, service=svc.name, alertname=case.alertname, family=case.family,
        root_cause=case.root_cause, fix=case.fix, fingerprint=alert.fp, opened_at=fired, resolved_at=resolved,
        same_family=case.family == FAMILY, change=change, links=tuple(links),
    )


def _deploy(out: Collector, fleet: Fleet, d: Deploy) -> None:
    if d.service.delivery == "github":
        emit_github_deploy(out, fleet, d)
    elif d.service.delivery == "argocd":
        emit_argocd(out, d)
    else:
        emit_pagerduty_change(out, d)
    emit_rollout_events(out, fleet, d)


def _logs(out: Collector, fleet: Fleet, words: random.Random, case: Case, since: datetime, until: datetime) -> None:
    """A few error lines of ``case`` between ``since`` and ``until``, among the pod's access lines
    (``words`` fills in their variable parts)."""
    rng, svc = out.rng, BY_NAME[case.service]
    rs = fleet.rs_hash(svc.name, _ENV, case.version)
    pod = f"{svc.name}-{rs}-{fleet.pod_suffix(rs, rng.randrange(svc.replicas))}"
    span = (until - since).total_seconds()
    lines: list[tuple] = []
    for _ in range(rng.randint(5, 8)):
        text, exception = rng.choice(case.errors)
        body = line(text, words)
        attrs = {"exception.type": exception, "exception.message": body} if exception else {}
        lines.append((since + timedelta(seconds=rng.uniform(0, span)), 17, body, attrs))
    quiet = since - timedelta(minutes=3)
    for _ in range(round((until - quiet).total_seconds() / 60 * rng.uniform(2, 3))):
        at = quiet + timedelta(seconds=rng.uniform(0, (until - quiet).total_seconds()))
        lines.append((at, *access_line(rng, words, svc.name)))
    emit_log_lines(out, svc, _ENV, case.version, pod, lines)
