"""The weeks before the incident day: what the teams silenced, acked and were warned about.

Silence mining learns from habits, and habits take weeks. :func:`emit_history` plays the
``weeks`` before the scenario's start (from a random stream of its own, so the day itself
does not move) in the formats the rest of the scenario uses, with one habit of each kind
the miner suggests something for, and two decoys it must not:

- **a schedule.** A US merchant's full catalog lands every Monday at 17:00 New York time
  and the indexer reindexes it; search on-call silences the indexer for it, 17:00-18:30
  (Alertmanager silences, one expired early, one made late after the lag alert had paged;
  none on Presidents' Day, when the feed does not run). The lag alert that fires inside is
  muted: the silence collector's ``GET /api/v2/alerts`` polls say so. New York moved to
  daylight saving time on the second Sunday of March, so in 2025 the last week starts an
  hour earlier in UTC: one schedule in local time, two in UTC;
- **an inhibition.** Nodes of the general node pool go NotReady (``KubeNodeNotReady``)
  and the pods on them follow (``KubePodNotReady``, labelled with their node; checkout runs
  on a pool of its own); on-call silences the pod alerts by node, or acks them, while the
  node alert fires;
- **a route.** token-service's Redis cache evicts at the afternoon peak
  (``TokenCacheEvictionsHigh``); identity on-call acks it in SignalCraft within minutes
  nearly every time;
- **a sensitivity.** The indexer's bulk rejections (a recording rule evaluated every five
  minutes, added four weeks before the incident) burst when a big catalog import lands;
  the anomaly watch warns, and search on-call silences the warning;
- **decoys:** a one-off maintenance (identity's database upgrade) and an ad-hoc silence
  (a crash-looping staging pod being debugged).

No incident (no critical alert) follows any of it, and none of it is in checkout, whose
series the incident's warnings are judged on.

Alerts feed the anomaly watch's alert-volume series (a count per minute and service, zero
filled up to a day before each alert). Each service gets alerts on at most three separate
days here, so the weeks hold few, clustered firings and no alert-volume warning of their
own; the bursts the watch should warn about (the sensitivity habit) are in a metric.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from signalcraft.sources.scenario.alerting import Alert, emit_alertmanager, prom_alert
from signalcraft.sources.scenario.audit import Silence, emit_muted_alerts, emit_native_audit, emit_silence
from signalcraft.sources.scenario.changes import Fleet
from signalcraft.sources.scenario.org import BY_NAME, CLUSTERS, ONCALL, PEOPLE, WORKSPACE, Collector, Person, iso_s
from signalcraft.sources.scenario.telemetry import sample_text

__all__ = ["HISTORY_WEEKS", "Habits", "emit_history"]

HISTORY_WEEKS = 10
FEED_ZONE = ZoneInfo("America/New_York")
FEED_AT, FEED_MINUTES = time(17, 0), 90
REJECTIONS = "search_indexer_bulk_rejections:rate5m"
REJECTIONS_SINCE = timedelta(days=24)
REJECTIONS_EVERY = timedelta(minutes=5)
BURSTS = 5
SEARCH_ONCALL = (ONCALL["search"], PEOPLE[5])
IDENTITY_ONCALL = (ONCALL["identity"], PEOPLE[4])
_PROD = "production"


@dataclass(frozen=True)
class Habits:
    """What the weeks before the incident day hold: each habit and the decoys, as the miner should see them."""

    since: datetime
    weeks: int
    reindex: dict[str, str]
    """The weekly silence's matchers (17:00-18:30 America/New_York on Mondays)."""
    inhibition: tuple[str, str]
    """(source, target) alert names."""
    route: dict[str, str]
    """The alert acked within minutes: alertname and service."""
    sensitivity: dict[str, str]
    """The labels of the series whose warnings are silenced (metric and its service)."""
    decoys: tuple[dict[str, str], ...]
    """The matchers of the one-off maintenance and of the ad-hoc silence."""
    muted: int
    """``alertmanager-alerts`` mutes (they land in ``alert_mutes``, not in ``audit_log``)."""
    busy: tuple[tuple[datetime, datetime], ...] = ()
    """When something of it goes on (each habit's episodes, the decoys), so that what is
    added to the weeks can keep clear of it."""


@dataclass
class _Plan:
    """What the weeks hold, before it is sent."""

    alerts: list[Alert] = field(default_factory=list)
    silences: list[Silence] = field(default_factory=list)
    muted: list[tuple[Alert, int]] = field(default_factory=list)
    """Alerts shown muted by the silence at that index of ``silences``."""
    acks: list[tuple[Alert, datetime, str]] = field(default_factory=list)
    busy: list[tuple[datetime, datetime]] = field(default_factory=list)
    """When something else is going on: the habits are kept apart, as the miner should find each alone."""

    def free(self, start: datetime, end: datetime, margin: timedelta = timedelta(hours=2)) -> bool:
        return all(end + margin <= s or e + margin <= start for s, e in self.busy)


def emit_history(out: Collector, start: datetime, weeks: int = HISTORY_WEEKS) -> Habits:
    """Every message of the ``weeks`` before ``start`` (and the rejections series up to the
    collector's end) into ``out``, whose random stream decides everything."""
    rng, since = out.rng, start - timedelta(weeks=weeks)
    plan = _Plan()
    reindex = _weekly_reindex(rng, plan, since, start)
    decoys = _decoys(rng, plan, since, start)
    bursts = _rejection_bursts(rng, plan, max(since, start - REJECTIONS_SINCE + timedelta(days=3)), start)
    fleet = Fleet(rng)
    _node_failures(rng, plan, fleet, since, start)
    _cache_evictions(rng, plan, since, start)
    ids = [emit_silence(out, s) for s in plan.silences]
    emit_alertmanager(out, plan.alerts, tuple(s.mute() for s in plan.silences))
    for alert, index in plan.muted:
        emit_muted_alerts(out, [(alert, ids[index])], alert.starts + timedelta(seconds=rng.uniform(20, 50)))
    for alert, at, comment in plan.acks:
        emit_native_audit(out, "ack", _person(rng, alert), at, target=alert.fp,
                          matchers={k: alert.labels[k] for k in ("alertname", "service")}, comment=comment)
    _emit_rejections(out, max(since, start - REJECTIONS_SINCE), bursts)
    return Habits(
        since=since, weeks=weeks, reindex=reindex,
        inhibition=("KubeNodeNotReady", "KubePodNotReady"),
        route={"alertname": "TokenCacheEvictionsHigh", "service": "token-service"},
        sensitivity={"metric": REJECTIONS, "service": "indexer"},
        decoys=decoys,
        muted=len(plan.muted),
        busy=tuple(sorted(plan.busy)),
    )


def _person(rng: random.Random, alert: Alert) -> Person:
    return rng.choice(IDENTITY_ONCALL if alert.labels.get("project") == "identity" else SEARCH_ONCALL)


def _days(since: datetime, start: datetime):
    day = since.replace(hour=0, minute=0, second=0, microsecond=0)
    while day < start:
        yield day
        day += timedelta(days=1)


# -- the schedule: the weekly reindex ------------------------------------------------------------------


def _weekly_reindex(rng: random.Random, plan: _Plan, since: datetime, start: datetime) -> dict[str, str]:
    matchers = {"service": "indexer", "environment": _PROD}
    mondays = [d.date() for d in _days(since, start) if d.weekday() == 0]
    late = rng.randrange(1, max(len(mondays) - 1, 2))
    for i, monday in enumerate(mondays):
        if monday.month == 2 and 15 <= monday.day <= 21:  # Presidents' Day: no feed, no reindex
            continue
        begins = datetime.combine(monday, FEED_AT, FEED_ZONE).astimezone(UTC)
        ends = begins + timedelta(minutes=FEED_MINUTES)
        if not (since <= begins and ends <= start):
            continue
        lag = prom_alert(
            rng, "search", _PROD, "indexer", "SearchIndexerLagHigh", "warning",
            "indexer is more than 10 minutes behind the catalog stream",
            "Documents wait over 10 minutes between the catalog topic and the search index.",
            begins + timedelta(minutes=rng.uniform(8, 16)), begins + timedelta(minutes=rng.uniform(45, 70)),
            'max(search_indexer_lag_seconds{service="indexer"}) > 600',
        )
        plan.alerts.append(lag)
        person = SEARCH_ONCALL[i % 2]
        made = begins - timedelta(minutes=rng.uniform(5, 50))
        expired = None
        comment = "weekly full reindex (US merchant feed)"
        if i == late:  # forgot it: the lag alert paged first
            made = lag.starts + timedelta(minutes=rng.uniform(4, 7))
            comment = "weekly full reindex (forgot the silence, the lag alert paged)"
        elif i == late + 2:
            expired = begins + timedelta(minutes=rng.uniform(55, 65))
            comment = "weekly full reindex; done early, expiring"
        plan.silences.append(Silence(matchers, max(made, begins), ends, person, comment, expired, made))
        if made < lag.starts:
            plan.muted.append((lag, len(plan.silences) - 1))
        plan.busy.append((begins, ends))
    return matchers


# -- the inhibition: nodes going NotReady -------------------------------------------------------------

POOL = ("search-api", "query-suggest", "auth-api", "user-profile")
"""Services with pods on the general node pool (checkout runs on a node pool of its own)."""


def _node_failures(rng: random.Random, plan: _Plan, fleet: Fleet, since: datetime, start: datetime) -> None:
    """Three node failures, two pods on each (no service on more than two)."""
    nodes = [f"ip-10-42-{rng.randrange(16, 31)}-{rng.randrange(2, 250)}.eu-west-1.compute.internal" for _ in range(4)]
    failures = _spread(rng, plan, since + (start - since) * 2 // 10, start - timedelta(days=3), 3, (0, 24), (14, 35))
    for n, (down, back) in enumerate(failures):
        node = rng.choice(nodes)
        plan.alerts.append(Alert(
            {"alertname": "KubeNodeNotReady", "severity": "warning", "node": node, "cluster": CLUSTERS[_PROD],
             "environment": _PROD, "project": "platform", "team": "platform", "namespace": "monitoring",
             "job": "kube-state-metrics", "service": "kube-state-metrics", "prometheus": "monitoring/k8s"},
            {"summary": "Node is not ready.", "description": f"{node} has been unready for more than 15 minutes.",
             "runbook_url": "https://runbooks.prometheus-operator.dev/runbooks/kubernetes/kubenodenotready"},
            down, back, 'kube_node_status_condition{job="kube-state-metrics",condition="Ready",status="true"} == 0',
            nanos=rng.randrange(1000),
        ))
        alerts = []
        for service in (POOL[n % len(POOL)], POOL[(n + 1) % len(POOL)]):
            svc = BY_NAME[service]
            rs = fleet.rs_hash(service, _PROD, "history")
            pod = f"{service}-{rs}-{fleet.pod_suffix(rs, n)}"
            alerts.append(prom_alert(
                rng, svc.project, _PROD, service, "KubePodNotReady", "warning",
                f"Pod {svc.project}/{pod} has been in a non-ready state for more than 2 minutes.",
                f"{pod} on {node} is not ready.", down + timedelta(minutes=rng.uniform(1, 3)),
                back + timedelta(minutes=rng.uniform(1, 3)),  # terminating on the node until it is back
                'kube_pod_status_ready{condition="false"} * on (namespace, pod) group_left (node) kube_pod_info > 0',
                pod=pod, node=node,
            ))
        plan.alerts += alerts
        at = down + timedelta(minutes=rng.uniform(4, 7))
        if n == 1:  # acked one by one instead
            plan.acks += [(a, at + timedelta(seconds=20 * i), f"{node} is down, its pods come back with it")
                          for i, a in enumerate(alerts)]
        else:
            plan.silences.append(Silence(
                {"alertname": "KubePodNotReady", "node": node}, at, at + timedelta(hours=2), rng.choice(SEARCH_ONCALL),
                f"{node} NotReady, ASG is replacing it; pods follow the node",
            ))


# -- the route: an alert acked within minutes ---------------------------------------------------------


def _cache_evictions(rng: random.Random, plan: _Plan, since: datetime, start: datetime) -> None:
    """Seven afternoon peaks with evictions on three days (each a few hours long); all but one acked quickly."""
    days = _spread(rng, plan, since + (start - since) * 3 // 10, start - timedelta(days=2), 3, (12.5, 13.5), (200, 260),
                   weekdays=True)
    firings = []
    for i, (s, e) in enumerate(days):
        for k in range(3 if i == 0 else 2):
            at = s + (e - s) * (k / 2) + timedelta(minutes=rng.uniform(0, 10))
            firings.append((at, at + timedelta(minutes=rng.uniform(8, 20))))
    missed = rng.randrange(len(firings))  # nobody got to that one: it resolved on its own
    for i, (s, e) in enumerate(firings):
        alert = prom_alert(
            rng, "identity", _PROD, "token-service", "TokenCacheEvictionsHigh", "warning",
            "token-service Redis cache is evicting keys", "Redis reached maxmemory; evicted tokens are fetched again.",
            s, e, 'rate(redis_evicted_keys_total{service="token-service"}[5m]) > 50',
        )
        plan.alerts.append(alert)
        if i != missed:
            plan.acks.append((alert, s + timedelta(minutes=rng.uniform(1.5, 6)), "peak evictions again, no impact"))


# -- the sensitivity: bursts of bulk rejections, warned about and silenced ---------------------------------


def _rejection_bursts(rng: random.Random, plan: _Plan, since: datetime, start: datetime) -> list[tuple]:
    """``BURSTS`` catalog imports (start, end, peak); each warning's silence is planned with it."""
    out = []
    for s, e in _spread(rng, plan, since, start - timedelta(days=1), BURSTS, (8, 18), (30, 45), weekdays=True):
        out.append((s, e, rng.uniform(3, 9)))
        made = s + timedelta(minutes=rng.uniform(18, 30))
        plan.silences.append(Silence(
            {"alertname": "MetricAnomaly", "service": "indexer", "metric": REJECTIONS}, made,
            made + timedelta(hours=2), rng.choice(SEARCH_ONCALL),
            rng.choice(("catalog import, indexer retries, no impact", "bulk import from a merchant, it catches up",
                        "rejections from the catalog import again")),
        ))
    return out


def _emit_rejections(out: Collector, since: datetime, bursts: list[tuple]) -> None:
    """The series, every 5 minutes from ``since`` to the collector's end: a low noisy rate,
    and each burst ramping to its peak and back."""
    rng = out.rng
    labels = dict(sorted({
        "__name__": REJECTIONS, "cluster": CLUSTERS[_PROD], "environment": _PROD, "namespace": "search",
        "project": "search", "prometheus": "monitoring/k8s", "service": "indexer", "workspace": WORKSPACE,
    }.items()))
    t = since.replace(minute=since.minute // 5 * 5, second=0, microsecond=0) + timedelta(seconds=rng.randrange(60))
    while t < out.end:
        value = 0.04 * rng.lognormvariate(0, 0.5)
        for s, e, peak in bursts:
            if s <= t < e:
                value += peak * math.sin(math.pi * (t - s) / (e - s)) ** 0.5 * rng.uniform(0.85, 1.15)
        stamp = iso_s(t)
        body = {"value": sample_text(value), "timestamp": stamp, "name": REJECTIONS, "labels": labels}
        out.emit("metrics", "prometheus-kafka-adapter", body, t, late_s=rng.uniform(0.5, 8),
                 records=[(REJECTIONS, "indexer", _PROD, stamp)])
        t += REJECTIONS_EVERY


# -- decoys ----------------------------------------------------------------------------------------------


def _decoys(rng: random.Random, plan: _Plan, since: datetime, start: datetime) -> tuple[dict[str, str], ...]:
    """A one-off maintenance silence and an ad-hoc one on an alert that fired once; their matchers."""
    span = start - since
    saturday = next(d for d in _days(since + span * 4 // 10, start) if d.weekday() == 5)
    upgrade = saturday + timedelta(hours=6)
    plan.silences.append(Silence({"project": "identity", "environment": _PROD}, upgrade, upgrade + timedelta(hours=3),
                                 ONCALL["identity"], "CHG-2291: identity-db Postgres 16 upgrade"))
    plan.busy.append((upgrade, upgrade + timedelta(hours=3)))
    ((crash, _),) = _spread(rng, plan, since + span * 6 // 10, since + span * 7 // 10, 1, (9, 16), (30, 30),
                            weekdays=True)
    plan.alerts.append(prom_alert(
        rng, "identity", "staging", "user-profile", "KubePodCrashLooping", "warning",
        "user-profile pod is crash looping", "Container user-profile restarted 5 times in 10 minutes.",
        crash, crash + timedelta(minutes=rng.uniform(40, 80)),
        'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff",'
        'container="user-profile"}[5m]) >= 1',
    ))
    made = crash + timedelta(minutes=rng.uniform(5, 9))
    plan.silences.append(Silence(
        {"alertname": "KubePodCrashLooping", "service": "user-profile", "environment": "staging"}, made,
        made + timedelta(hours=4), PEOPLE[4], "debugging the avatar resizer OOM, leave it to me",
    ))
    return plan.silences[-2].matchers, plan.silences[-1].matchers


def _spread(
    rng: random.Random, plan: _Plan, since: datetime, until: datetime, count: int, hours: tuple[float, float],
    minutes: tuple[float, float], weekdays: bool = False,
) -> list[tuple[datetime, datetime]]:
    """``count`` episodes of ``minutes`` at hours (UTC) within ``hours``, one in each of
    ``count`` stretches of the period, each clear of what is already going on (then kept as
    busy; after 200 tries the last one is taken)."""
    out = []
    stretch = (until - since) / count
    for i in range(count):
        for _ in range(200):
            day = since + stretch * (i + rng.random())
            day = day.replace(hour=0, minute=0, second=0, microsecond=0)
            if weekdays and day.weekday() >= 5:
                continue
            s = day + timedelta(hours=rng.uniform(*hours), seconds=rng.uniform(0, 59))
            e = s + timedelta(minutes=rng.uniform(*minutes))
            if since <= s and e < until and plan.free(s, e):
                break
        out.append((s, e))
        plan.busy.append((s, e))
    return sorted(out)

