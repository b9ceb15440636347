"""Silence-mining quality benchmark: a seeded scenario with planted patterns (its scoring and
the naive baseline are in :mod:`silences_scoring`).

:func:`generate` plays ``weeks`` weeks from :data:`START` (a Monday; ``Scenario.end`` is
"now", the end of the last week) in ``workspaces`` workspaces. A workspace has three
projects of :data:`PROJECTS`, a platform (:data:`PLATFORM`, one database per project),
production and often staging, one node per two services (the ``instance`` label), a team
of people and a home time zone. It yields records as the store keeps them: the alert
stream (an :class:`AlertEvent` ``firing`` and its ``resolved``), the audit log
(Alertmanager silences as ``alertmanager-silence`` entries whose ``target`` is the silence
id, a version per edit, an ``unsilence`` when expired early; acks from ``pagerduty-events``
or ``signalcraft-audit``; snoozes) and early warnings (:class:`EarlyWarning`, firing and
resolved versions).

Planted (the truth, :class:`Planted`), every kind in several workspaces:

- ``mute_time_interval`` (:data:`MUTE`): Thursday 22:00-23:30 maintenance, daily backups
  02:00-03:00, the 1st of the month, the 2nd Tuesday (patch Tuesday), weekday mornings in
  America/Chicago and Wednesday (or Monday and Thursday) mornings in Europe/Berlin
  across their DST changes (the UTC time moves by an hour, the local one stays), a
  Saturday (or Sunday) reindex with starts and ends jittered by up to 20 min, a Monday job
  silenced in five of every six weeks (10 of 12). Other silences move by -4 to +3 min at
  the start and -2 to +5 at the end; some are made ahead (``pending``), a tenth are
  expired up to 15 min early; a weekly plant may miss a holiday week, a daily one 6 % of
  its days. Alerts of the muted matchers fire inside many windows.
- ``inhibit_rule`` (:data:`INHIBIT`): 5-8 times a source alert fires and, within 3 min,
  target alerts sharing exactly the ``equal`` labels with it (and differing in every
  other); the targets are silenced or acked 1-4.5 min later, the source late or never.
- ``route``: an alert acked or silenced within :data:`QUICK` of firing in at least 90 % of
  its 15-30 firings.
- ``sensitivity``: a metric series warns 8-14 times; at least three quarters of the
  warnings are silenced or acked within 8 min; its service has no other alert at all.

Decoys (:attr:`Scenario.decoys`, the same record: what a miner fooled by it would
suggest; suggesting it is a false positive): a weekly silence that stopped after half the
weeks, one-off maintenance windows, a weekly silence seen twice, a weekly time silenced
with a different matcher set each week (none more than twice), an inhibit-like
coincidence once or twice, an alert acked quickly in 20-40 % of its firings, a warning
silenced but followed by a critical alert of its service after most of its episodes.
A monthly plant seen in fewer than :data:`MIN_PERIODS` months (a short window) is a decoy
too (``<variant>_too_few``). Everyday noise: alerts of a pool of label sets (warning or
info; some acked, mostly late), reactive silences, snoozes, warnings nobody silences and
ad-hoc silences (3.2-4.8 a week at random times, some edited or expired early; ``noise``
times as many for timing runs: ``noise=1040`` makes 1.16 M audit entries).

What keeps the truth unambiguous: the plants and decoys of a workspace fix distinct app
services in their matchers (it has nine or more, they take eight at most), distinct
alertnames of :data:`ROUTE_ALERTS`, and nothing else touches a sensitivity service. An
alert is *dismissed* at a firing when a silence matching it was in force within
:data:`QUICK` of it (made before, or made then) or it was acked by then; every label set
but a route plant's is dismissed at fewer than half of its firings (:meth:`_World.balance`
fires it undismissed at other times until so). The ad-hoc silences beyond ``noise=1``
are left out of that balance, so quality is scored at ``noise=1``.

Scenario ids are permanent: ``silences-v1-{workspaces}ws-{weeks}w-s{seed}`` (``-n{noise}``
when noise is not 1) always generates the same records and truth. A workspace's records
depend only on the seed, its index and ``weeks``; ``noise`` adds ad-hoc silences and
changes nothing else. Independent of the system under test: nothing here reads
``operators/silence*``.
"""

from __future__ import annotations

import hashlib
import math
import random
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo

from signalcraft.models import AlertEvent, AuditEntry, EarlyWarning, Matcher, make_id, metric_key

VERSION = 1
START = datetime(2026, 1, 26, tzinfo=UTC)
"""A Monday: ten weeks from it cross the US (8 March) and EU (29 March 2026) DST changes."""
MIN_WEEKS = 10
MIN_PERIODS = 3
QUICK = timedelta(minutes=5)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
PROJECTS = {
    "checkout": ("checkout-api", "cart-service", "payments-api", "pricing-api"),
    "search": ("search-api", "search-indexer", "query-suggest"),
    "identity": ("auth-api", "token-service", "user-profile"),
    "billing": ("invoice-batch", "ledger-service", "tax-engine"),
    "catalog": ("catalog-api", "inventory-sync", "media-transcoder"),
    "data": ("etl-runner", "report-builder", "warehouse-loader"),
}
PLATFORM = ("node-exporter", "postgres-primary", "kafka-broker", "backup-agent", "elasticsearch", "ingress-nginx")
NOISE_ALERTS = ("HighLatencyP99", "MemoryPressure", "KubePodNotReady", "ErrorBudgetBurn", "DiskFilling",
                "HighGCPause", "SlowRequests", "CertificateExpiring")
ROUTE_ALERTS = ("CPUThrottlingHigh", "KubeJobFailed", "CronJobSlow", "PodRestarted", "HPAMaxedOut",
                "ConnectionPoolSaturated")
MIXED_ALERTS = ("ConfigReloadFailed", "LogVolumeHigh", "CacheMissRateHigh", "ThreadPoolExhausted")
METRICS = ("queue_depth", "gc_pause_seconds", "http_request_duration_seconds", "db_pool_wait_seconds",
           "cache_evictions_total")
CRITICAL = {"NodeDown", "PostgresDown", "KafkaBrokerDown", "ServiceUnavailable", "InstanceDown", "HighErrorRate",
            "LoadBalancer5xx"}
INFO = {"CertificateExpiring", "BackupJobRunning"}
HOME_ZONES = ("UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "America/Los_Angeles")
PEOPLE = ("mgonzalez", "dpatel", "ktanaka", "lnovak", "sokafor", "abrown", "jkim", "rsilva", "ewright", "tnguyen")
COMMENTS = ("investigating", "known issue, fix in progress", "flapping", "deploy in progress", "noisy after migration",
            "vendor outage", "load test", "OPS-{n}", "ack'd in incident channel", "")


@dataclass(frozen=True)
class Schedule:
    """When a pattern mutes, in local time at ``location``; ``end`` is after ``start`` the same day."""

    kind: str
    """``weekly``, ``daily``, ``monthly_day`` or ``monthly_nth_weekday``."""
    start: str
    end: str
    location: str = "UTC"
    weekdays: tuple[str, ...] = ()
    days_of_month: tuple[int, ...] = ()
    nth: int | None = None
    """``monthly_nth_weekday``: 2 for the second of ``weekdays`` in the month."""

    def on(self, day: date) -> bool:
        """Whether the schedule mutes on local date ``day``.

        >>> Schedule("monthly_nth_weekday", "19:00", "23:00", weekdays=("tuesday",), nth=2).on(date(2026, 3, 10))
        True
        """
        weekday = WEEKDAYS[day.weekday()]
        if self.kind == "daily":
            return True
        if self.kind == "weekly":
            return weekday in self.weekdays
        if self.kind == "monthly_day":
            return day.day in self.days_of_month
        return weekday in self.weekdays and (day.day - 1) // 7 + 1 == self.nth

    def period(self, day: date) -> tuple[int, ...]:
        """The period ``day`` counts in: the day, the ISO week or the month."""
        if self.kind == "daily":
            return (day.year, day.month, day.day)
        if self.kind == "weekly":
            return tuple(day.isocalendar()[:2])
        return (day.year, day.month)

    def windows(self, start: datetime, end: datetime) -> list[tuple[tuple[int, ...], datetime, datetime]]:
        """Every ``(period, start, end)`` the schedule mutes inside ``[start, end)``, in UTC."""
        zone, out = ZoneInfo(self.location), []
        day, last = start.astimezone(zone).date(), end.astimezone(zone).date()
        while day <= last:
            if self.on(day):
                s = datetime.combine(day, _hhmm(self.start), zone).astimezone(UTC)
                e = datetime.combine(day, _hhmm(self.end), zone).astimezone(UTC)
                if start <= s and e <= end:
                    out.append((self.period(day), s, e))
            day += timedelta(days=1)
        return out

    def time_interval(self) -> dict[str, Any]:
        """The Alertmanager (0.25) time interval it stands for.

        >>> Schedule("monthly_nth_weekday", "19:00", "23:00", weekdays=("tuesday",), nth=2).time_interval()
        {'times': [{'start_time': '19:00', 'end_time': '23:00'}], 'weekdays': ['tuesday'], 'days_of_month': ['8:14'], \
'location': 'UTC'}
        >>> Schedule("weekly", "08:30", "09:00", "America/Chicago", WEEKDAYS[:5]).time_interval()["weekdays"]
        ['monday:friday']
        """
        spec: dict[str, Any] = {"times": [{"start_time": self.start, "end_time": self.end}]}
        if self.weekdays:
            spec["weekdays"] = _weekday_ranges(self.weekdays)
        if self.kind == "monthly_day":
            spec["days_of_month"] = [str(d) for d in self.days_of_month]
        if self.kind == "monthly_nth_weekday":
            spec["days_of_month"] = [f"{7 * self.nth - 6}:{7 * self.nth}"]
        spec["location"] = self.location
        return spec


@dataclass(frozen=True)
class Planted:
    """A pattern planted (or a decoy: what a fooled miner would suggest)."""

    id: str
    """``<workspace>/p<n>`` for the truth, ``<workspace>/d<n>`` for a decoy: permanent within a scenario id."""
    scenario_id: str
    workspace: str
    kind: str
    """``mute_time_interval``, ``inhibit_rule``, ``route`` or ``sensitivity``."""
    variant: str
    """Which plant (``thursday_maintenance``, ``node``, ...) or decoy (``stopped``, ...)."""
    matchers: tuple[str, ...]
    """Sorted Alertmanager matchers: what is muted or routed; an inhibit rule's target; the silenced warnings."""
    schedule: Schedule | None = None
    source_matchers: tuple[str, ...] = ()
    target_matchers: tuple[str, ...] = ()
    equal: tuple[str, ...] = ()
    """Every label the source and target alerts shared at every co-occurrence (sorted)."""
    metric_key: str | None = None
    support: int = 0
    """Periods with a silence (mute), co-occurrences (inhibit), quick dismissals (route), warnings silenced or acked."""
    observed: int = 0
    """Periods in the window, episodes, firings, warnings."""
    silences: tuple[str, ...] = ()
    """Ids of the silences it made (``AuditEntry.target``)."""


@dataclass(frozen=True)
class Scenario:
    scenario_id: str
    start: datetime
    end: datetime
    """"Now": the end of the last week."""
    locations: dict[str, str]
    """Workspace -> the time zone its teams work in (the zone of its local-time plants), as a
    workspace setting would name it; a miner may use it or not."""
    alerts: list[AlertEvent]
    """Firing and resolved events in event-time order (a firing at ``starts_at``, a resolution at ``ends_at``)."""
    audit: list[AuditEntry]
    """In ``timestamp`` order."""
    warnings: list[EarlyWarning]
    """Every version (firing, resolved), in event-time order."""
    truth: list[Planted]
    decoys: list[Planted]

    @property
    def now(self) -> datetime:
        return self.end


@dataclass(frozen=True)
class _Mute:
    schedules: tuple[Schedule, ...]
    templates: tuple[dict[str, str | None], ...]
    """Matcher sets; ``None``: a free app service. One that names a missing service or env is skipped."""
    alertnames: tuple[str, ...]
    """What fires in a window (when the template names no alertname)."""
    comment: str
    jitter: tuple[int, int, int, int] = (-4, 3, -2, 5)
    """Minutes the start, then the end, of a silence move (low, high)."""
    alert_p: float = 0.5
    misses: float = 0.0
    """Share of the periods left out (never among the first two or the last three)."""
    skip: float = 0.0
    """Chance a day is left out (never in the last period)."""


_WEEKLY = "weekly"
MUTE: dict[str, _Mute] = {
    "thursday_maintenance": _Mute(
        (Schedule(_WEEKLY, "22:00", "23:30", weekdays=("thursday",)),),
        ({"service": "postgres-primary"}, {"service": "elasticsearch"}), ("ReplicationLag", "HighConnectionCount"),
        "weekly DB maintenance", alert_p=0.6),
    "daily_backup": _Mute(
        (Schedule("daily", "02:00", "03:00"),),
        ({"service": "backup-agent"}, {"alertname": "DiskIOSaturation", "service": "postgres-primary"}),
        ("BackupJobRunning", "DiskIOSaturation"), "nightly backup", alert_p=0.3, skip=0.06),
    "monthly_first": _Mute(
        (Schedule("monthly_day", "01:00", "04:00", days_of_month=(1,)),),
        ({"service": "invoice-batch"}, {"service": "warehouse-loader"}, {"alertname": "BatchJobRunningLong",
                                                                          "env": "production"}),
        ("BatchJobRunningLong", "HighCPU"), "month-start billing run", alert_p=0.9),
    "patch_tuesday": _Mute(
        (Schedule("monthly_nth_weekday", "19:00", "23:00", weekdays=("tuesday",), nth=2),),
        ({"alertname": "InstanceDown", "env": "production"}, {"alertname": "InstanceDown", "env": "staging"}),
        ("InstanceDown",), "patch Tuesday reboots", alert_p=0.9),
    "dst_chicago": _Mute(
        (Schedule(_WEEKLY, "08:30", "09:00", "America/Chicago", WEEKDAYS[:5]),
         Schedule(_WEEKLY, "08:30", "09:15", "America/Chicago", ("tuesday", "thursday"))),
        ({"env": "production", "service": None},), ("KubePodRestarting", "ReadinessProbeFailing"), "deploy train",
        skip=0.08),
    "dst_berlin": _Mute(
        (Schedule(_WEEKLY, "06:00", "07:00", "Europe/Berlin", ("wednesday",)),
         Schedule(_WEEKLY, "05:30", "06:30", "Europe/Berlin", ("monday", "thursday"))),
        ({"alertname": "QueueBacklog", "service": None},), ("QueueBacklog",), "ETL reload"),
    "jitter": _Mute(
        (Schedule(_WEEKLY, "01:00", "03:00", weekdays=("saturday",)),
         Schedule(_WEEKLY, "04:00", "06:00", weekdays=("sunday",))),
        ({"service": "search-indexer"}, {"service": None}), ("IndexingLag", "HighCPU"), "reindex",
        jitter=(-20, 20, -20, 20)),
    "missed_periods": _Mute(
        (Schedule(_WEEKLY, "18:00", "19:00", weekdays=("monday",)),),
        ({"alertname": "ReportJobSlow", "service": None},), ("ReportJobSlow",), "report regeneration",
        misses=1 / 6),
}
MUTE_VARIANTS = tuple(MUTE)
INHIBIT = {  # variant -> source alertname, target alertname, equal
    "node": ("NodeDown", "TargetDown", ("env", "instance")),
    "database": ("PostgresDown", "DBConnectionErrors", ("env", "project")),
    "kafka": ("KafkaBrokerDown", "ConsumerLagHigh", ("env",)),
    "upstream": ("ServiceUnavailable", "UpstreamErrors", ("env",)),
}
INHIBIT_VARIANTS = tuple(INHIBIT)
DECOY_VARIANTS = ("stopped", "one_off", "seen_twice", "mixed_matchers", "coincidence", "sometimes_acked",
                  "warned_then_incident")


def generate(seed: int = 1, workspaces: int = 20, weeks: int = 12, noise: int = 1) -> Scenario:
    """The scenario ``silences-v1-{workspaces}ws-{weeks}w-s{seed}[-n{noise}]``."""
    if weeks < MIN_WEEKS:
        raise ValueError(f"silences scenario: weeks={weeks!r}, expected at least {MIN_WEEKS} (both DST changes)")
    if workspaces < 1 or noise < 1:
        raise ValueError(f"silences scenario: workspaces={workspaces!r}, noise={noise!r}; expected both >= 1")
    sid = f"silences-v{VERSION}-{workspaces}ws-{weeks}w-s{seed}" + (f"-n{noise}" if noise != 1 else "")
    end = START + timedelta(weeks=weeks)
    alerts, audit, warnings, truth, decoys, locations = [], [], [], [], [], {}
    for i in range(workspaces):
        world = _World(_workspace(seed, i), START, end)
        t, d = world.plant(random.Random(f"silences-v1/{seed}/{i}/plan"), sid)
        world.noise(random.Random(f"silences-v1/{seed}/{i}/noise"))
        world.adhoc(random.Random(f"silences-v1/{seed}/{i}/adhoc"), 1)
        world.balance(random.Random(f"silences-v1/{seed}/{i}/balance"), {p.matchers for p in t if p.kind == "route"})
        world.adhoc(random.Random(f"silences-v1/{seed}/{i}/adhoc-{noise}"), noise - 1, track=False)
        alerts += world.alerts
        audit += world.audit
        warnings += world.warnings
        truth += t
        decoys += d
        locations[world.ws.id] = world.ws.home
    alerts.sort(key=lambda a: (a.starts_at if a.status == "firing" else a.ends_at, a.id))
    audit.sort(key=lambda a: (a.timestamp, a.id))
    warnings.sort(key=lambda w: (w.starts_at if w.status == "firing" else w.ends_at, w.id))
    return Scenario(sid, START, end, locations, alerts, audit, warnings, truth, decoys)


# --- one workspace ---------------------------------------------------------------------------


@dataclass
class _Workspace:
    id: str
    index: int
    home: str
    envs: tuple[str, ...]
    projects: tuple[str, ...]
    project_of: dict[str, str]
    node: dict[tuple[str, str], str]
    apps: tuple[str, ...]
    people: tuple[str, ...]
    busy: set[str] = field(default_factory=set)
    """Services a plant or decoy fixed in its matchers: no other picks them."""
    quiet: set[str] = field(default_factory=set)
    """Sensitivity services: nothing else fires on them."""


def _workspace(seed: int, index: int) -> _Workspace:
    rng = random.Random(f"silences-v1/{seed}/{index}/workspace")
    projects = tuple(sorted(rng.sample(sorted(PROJECTS), 3)))
    envs = ("production", "staging") if rng.random() < 0.6 else ("production",)
    apps = [s for p in projects for s in PROJECTS[p]]
    project_of = {s: p for p in projects for s in PROJECTS[p]} | dict.fromkeys(PLATFORM, "platform")
    project_of |= {f"{p}-db": p for p in projects}
    platform = [*PLATFORM, *(f"{p}-db" for p in projects)]
    order = rng.sample(apps, len(apps))
    node = {}
    for env in envs:
        prefix = "prod" if env == "production" else "stg"
        node |= {(s, env): f"{prefix}-node-{1 + k % 3:02d}" for k, s in enumerate(platform)}
        node |= {(s, env): f"{prefix}-node-{4 + k // 2:02d}" for k, s in enumerate(order)}
    variants = {MUTE_VARIANTS[index % 8], MUTE_VARIANTS[(index + 3) % 8]}
    home = ("America/Chicago" if "dst_chicago" in variants else "Europe/Berlin" if "dst_berlin" in variants
            else rng.choice(HOME_ZONES))
    people = tuple(f"{p}@example.com" for p in rng.sample(PEOPLE, 5))
    return _Workspace(f"ws-{index + 1:02d}", index, home, envs, projects, project_of, node, tuple(sorted(apps)), people)


class _World:
    """The records of one workspace, and what keeps its truth clean."""

    def __init__(self, ws: _Workspace, start: datetime, end: datetime):
        self.ws, self.start, self.end = ws, start, end
        self.alerts: list[AlertEvent] = []
        self.audit: list[AuditEntry] = []
        self.warnings: list[EarlyWarning] = []
        self.mutes: list[tuple[dict[str, str], datetime, datetime, datetime]] = []
        """Silences that count for dismissal: matchers, made at, starts, ends (as last in force)."""
        self.firings: dict[str, list[tuple[datetime, datetime]]] = defaultdict(list)
        self.labels_of: dict[str, dict[str, str]] = {}
        self.acks: dict[str, list[datetime]] = defaultdict(list)

    # --- records ---

    def labels(self, service: str, alertname: str, env: str) -> dict[str, str]:
        severity = "critical" if alertname in CRITICAL else "info" if alertname in INFO else "warning"
        return {"alertname": alertname, "env": env, "instance": self.ws.node[(service, env)],
                "project": self.ws.project_of[service], "service": service, "severity": severity}

    def fire(self, labels: dict[str, str], at: datetime, minutes: float) -> str | None:
        """The alert fires at ``at`` and resolves ``minutes`` later; ``None`` (nothing) when it is
        firing then already or would resolve after the end."""
        fp = _fingerprint(labels)
        at = at.replace(microsecond=0)
        ends = at + timedelta(seconds=round(minutes * 60))
        if ends >= self.end or any(s <= ends and at <= e for s, e in self.firings[fp]):
            return None
        self.firings[fp].append((at, ends))
        self.labels_of[fp] = labels
        ws = self.ws.id
        summary = {"summary": f"{labels['alertname']} on {labels['service']} ({labels['instance']})"}
        for status in ("firing", "resolved"):
            self.alerts.append(AlertEvent(
                id=make_id("alert", ws, "alertmanager", fp, status, at.isoformat()), workspace_id=ws,
                project=labels["project"], environment=labels["env"], service=labels["service"],
                name=labels["alertname"], severity=labels["severity"], status=status, labels=labels,
                annotations=summary, fingerprint=fp, starts_at=at, ends_at=ends if status == "resolved" else None,
                source="alertmanager"))
        return fp

    def silence(self, rng: random.Random, matchers: dict[str, str], starts: datetime, ends: datetime, actor: str,
                comment: str | None, made: datetime | None = None, expire: datetime | None = None,
                extend: datetime | None = None, track: bool = True) -> str:
        """An Alertmanager silence: one entry per version (made, extended to ``extend``, expired at ``expire``)."""
        sid = "-".join(f"{rng.getrandbits(b):0{b // 4}x}" for b in (32, 16, 16, 16, 48))
        starts, ends = starts.replace(microsecond=0), ends.replace(microsecond=0)
        made = (made or starts).replace(microsecond=0)
        versions = [("silence", made, ends, "pending" if made < starts else "active")]
        if extend is not None and extend < self.end:
            versions.append(("silence", max(ends - timedelta(minutes=10), made), extend.replace(microsecond=0),
                             "active"))
        if expire is not None and expire < self.end:
            versions.append(("unsilence", expire.replace(microsecond=0), expire.replace(microsecond=0), "expired"))
        ms = _matchers(matchers)
        text = "\x1e".join(f'{m.name}="{m.value}"' for m in ms)
        for action, updated, until, state in versions:
            self.audit.append(AuditEntry(
                id=make_id("audit", self.ws.id, "alertmanager-silence", action, sid, updated.isoformat(),
                           starts.isoformat(), until.isoformat(), actor, text),
                workspace_id=self.ws.id, action=action, actor=actor, matchers=ms, target=sid,
                duration_s=(until - starts).total_seconds(), timestamp=updated, ends_at=until, comment=comment,
                source="alertmanager-silence", starts_at=starts, updated_at=updated, state=state))
        if track:
            self.mutes.append((matchers, made, starts, versions[-1][2]))
        return sid

    def ack(self, fp: str, at: datetime, rng: random.Random, action: str = "ack") -> None:
        at = at.replace(microsecond=0)
        labels = self.labels_of[fp]
        if action == "ack" and rng.random() < 0.6:
            self.audit.append(AuditEntry(
                id=make_id("audit", self.ws.id, "pagerduty-events", "ack", fp, at.isoformat()),
                workspace_id=self.ws.id, action="ack", target=fp, timestamp=at, source="pagerduty-events"))
        else:
            actor = rng.choice(self.ws.people)
            ms = _matchers({"alertname": labels["alertname"], "service": labels["service"]})
            duration = 3600.0 if action == "snooze" else None
            self.audit.append(AuditEntry(
                id=make_id("audit", "signalcraft-audit", self.ws.id, action, fp, actor, at.isoformat()),
                workspace_id=self.ws.id, action=action, actor=actor, matchers=ms, target=fp, duration_s=duration,
                timestamp=at, ends_at=at + timedelta(seconds=duration) if duration else None,
                source="signalcraft-audit"))
        if action == "ack":
            self.acks[fp].append(at)

    def respond(self, fp: str | None, fired: datetime, rng: random.Random, quick: bool) -> None:
        """Someone deals with a firing: within 40 s - 4.5 min (ack or silence), or late (10-60 min) or never."""
        if fp is None:
            return
        if quick:
            at = fired + timedelta(seconds=rng.randrange(40, 270))
            if rng.random() < 0.7:
                self.ack(fp, at, rng)
            else:
                labels = self.labels_of[fp]
                self.silence(rng, {"alertname": labels["alertname"], "service": labels["service"]}, at,
                             at + timedelta(minutes=rng.randrange(60, 240)), rng.choice(self.ws.people),
                             rng.choice(("noisy", "known, ignoring", "again...", None)))
        elif rng.random() < 0.5:
            self.ack(fp, fired + timedelta(seconds=rng.randrange(600, 3600)), rng)

    def warning(self, key: str, metric: str, service: str, env: str, at: datetime, minutes: float) -> EarlyWarning:
        at = at.replace(microsecond=0)
        labels = {"alertname": "MetricAnomaly", "env": env, "metric": metric, "project": self.ws.project_of[service],
                  "series": key, "service": service, "severity": "warning"}
        expected = 10.0
        firing = EarlyWarning(
            id=make_id("warning", self.ws.id, key, at.isoformat()), workspace_id=self.ws.id, labels=labels,
            annotations={"summary": f"Unusual {metric} Detected (4.2σ above normal)",
                         "description": f"{key} is 18.4, expected {expected:g} (normal band 6 to 14)."},
            starts_at=at, generator_url="", metric_key=key, observed=18.4, expected=expected, band=(6.0, 14.0),
            sigma=4.2, method="novelty+rolling_zscore")
        ends = at + timedelta(seconds=round(minutes * 60))
        self.warnings += [firing, firing.model_copy(update={"status": "resolved", "ends_at": ends, "version": 2})]
        return firing

    # --- helpers ---

    def when(self, rng: random.Random, margin: timedelta = timedelta(hours=8)) -> datetime:
        """A random second in the window, ``margin`` before its end."""
        return self.start + timedelta(seconds=rng.randrange(int((self.end - margin - self.start).total_seconds())))

    def free_app(self, rng: random.Random, quiet: bool = False) -> str:
        """An app service no plant or decoy fixed yet (any loud one when none is left); taken now."""
        loud = [s for s in self.ws.apps if s not in self.ws.quiet]
        service = rng.choice([s for s in loud if s not in self.ws.busy] or loud)
        (self.ws.quiet if quiet else self.ws.busy).add(service)
        return service

    def any_service(self, rng: random.Random, env: str) -> str:
        return rng.choice([s for s, e in self.ws.node if e == env and s not in self.ws.quiet])

    def dismissed(self, fp: str, at: datetime) -> bool:
        """Acked within :data:`QUICK` of ``at``, or a silence matching it in force by then."""
        labels, soon = self.labels_of[fp], at + QUICK
        if any(at <= a <= soon for a in self.acks[fp]):
            return True
        return any(made <= soon and starts <= soon and at <= ends and m.items() <= labels.items()
                   for m, made, starts, ends in self.mutes)

    def complete(self, rng: random.Random, matchers: dict[str, str], alertnames: tuple[str, ...]) -> dict[str, str]:
        """The labels of an alert the matchers match: what they leave open is drawn."""
        env = matchers.get("env") or self.ws.envs[0]
        service = matchers.get("service") or self.any_service(rng, env)
        return self.labels(service, matchers.get("alertname") or rng.choice(alertnames), env)

    # --- what happens ---

    def plant(self, rng: random.Random, sid: str) -> tuple[list[Planted], list[Planted]]:
        """The workspace's plants (by its index: two mute, often an inhibit, a route, a sensitivity), then its
        three decoys."""
        i, truth, decoys = self.ws.index, [], []
        kinds = [("mute", MUTE_VARIANTS[i % 8]), ("mute", MUTE_VARIANTS[(i + 3) % 8])]
        if i % 2 == 0:
            kinds.append(("inhibit", INHIBIT_VARIANTS[(i // 2) % 4]))
        if i % 3 != 2:
            kinds.append(("route", "quick_ack"))
        if i % 5 in (0, 2, 3):
            kinds.append(("sensitivity", "silenced_warnings"))
        fakes = [DECOY_VARIANTS[(i + k) % 7] for k in (0, 2, 4)]
        quiet = {v: self.free_app(rng, quiet=True) for v in [*(v for _, v in kinds), *fakes]
                 if v in ("silenced_warnings", "warned_then_incident")}
        for kind, variant in kinds:
            if kind == "sensitivity":
                p = self.sensitivity(rng, variant, quiet[variant])
            else:
                p = getattr(self, kind)(rng, variant)
            if kind == "mute" and p.schedule.kind.startswith("monthly") and p.support < MIN_PERIODS:
                decoys.append(replace(p, variant=f"{variant}_too_few"))
            else:
                truth.append(p)
        for variant in fakes:
            decoys.append(_decoy(self, rng, variant, quiet.get(variant)))
        ws = self.ws.id
        return ([replace(p, id=f"{ws}/p{n + 1}", scenario_id=sid, workspace=ws) for n, p in enumerate(truth)],
                [replace(p, id=f"{ws}/d{n + 1}", scenario_id=sid, workspace=ws) for n, p in enumerate(decoys)])

    def mute(self, rng: random.Random, variant: str) -> Planted:
        spec = MUTE[variant]
        schedule = rng.choice(spec.schedules)
        template = rng.choice([t for t in spec.templates if _fits(self.ws, t)])
        matchers = {k: v if v is not None else self.free_app(rng) for k, v in template.items()}
        self.ws.busy.update(v for k, v in matchers.items() if k == "service")
        windows = schedule.windows(self.start, self.end)
        periods = sorted({p for p, _, _ in windows})
        drop = set(rng.sample(periods[2:-3], round(len(periods) * spec.misses)))
        if not spec.misses and schedule.kind == _WEEKLY and rng.random() < 0.3:
            drop.add(rng.choice(periods[1:-3]))  # a holiday
        people = tuple(rng.sample(self.ws.people, rng.randrange(1, 4)))
        people = ("backup-cron",) if variant == "daily_backup" else people
        ahead, (lo_s, hi_s, lo_e, hi_e) = rng.random() < 0.4, spec.jitter
        seen, silences = set(), []
        for period, s, e in windows:
            if period in drop or (period != periods[-1] and rng.random() < spec.skip):
                continue
            starts = s + timedelta(seconds=rng.randrange(lo_s * 60, hi_s * 60 + 1))
            ends = e + timedelta(seconds=rng.randrange(lo_e * 60, hi_e * 60 + 1))
            made = max(starts - timedelta(minutes=rng.randrange(30, 2880)), self.start) if ahead else starts
            expire = ends - timedelta(seconds=rng.randrange(60, 900)) if rng.random() < 0.1 else None
            comment = spec.comment + (f" (CHG-{rng.randrange(1000, 9999)})" if rng.random() < 0.3 else "")
            silences.append(self.silence(rng, matchers, starts, ends, rng.choice(people), comment, made, expire))
            seen.add(period)
            for _ in range(rng.randrange(1, 3) if rng.random() < spec.alert_p else 0):
                at = s + timedelta(seconds=rng.randrange(120, 720))
                self.fire(self.complete(rng, matchers, spec.alertnames), at,
                          (e - at).total_seconds() / 60 - rng.uniform(2, 10))
        return Planted("", "", "", "mute_time_interval", variant, _strings(matchers), schedule, support=len(seen),
                       observed=len(periods), silences=tuple(silences))

    def inhibit(self, rng: random.Random, variant: str) -> Planted:
        source_name, target_name, equal = INHIBIT[variant]
        env = rng.choice(self.ws.envs)
        loud = [s for s in self.ws.apps if s not in self.ws.quiet]
        source_m, target_m = {"alertname": source_name}, {"alertname": target_name}
        if variant == "node":
            hosts = defaultdict(list)
            for s in loud:
                hosts[self.ws.node[(s, env)]].append(s)
            node = rng.choice(sorted(n for n, ss in hosts.items() if len(ss) >= 2))
            source, targets = self.labels("node-exporter", source_name, env) | {"instance": node}, hosts[node]
            hit = {"alertname": target_name, "instance": node}
        elif variant == "database":
            project = rng.choice(self.ws.projects)
            source = self.labels(f"{project}-db", source_name, env)
            targets = [s for s in PROJECTS[project] if s in loud]
            hit = {"alertname": target_name, "env": env, "project": project}
        elif variant == "kafka":
            source, targets = self.labels("kafka-broker", source_name, env), rng.sample(loud, 3)
            hit = {"alertname": target_name, "env": env}
        else:
            upstream = self.free_app(rng)
            caller = rng.choice([s for s in loud if self.ws.project_of[s] != self.ws.project_of[upstream]
                                 and self.ws.node[(s, env)] != self.ws.node[(upstream, env)]])
            self.ws.busy.add(caller)
            source, targets = self.labels(upstream, source_name, env), [caller]
            source_m, target_m = source_m | {"service": upstream}, target_m | {"service": caller}
            hit = target_m
        support = 0
        for _ in range(rng.randrange(5, 9)):
            at, lasting = self.when(rng), rng.uniform(25, 70)
            if self.fire(source, at, lasting) is None:
                continue
            fps = []
            for service in rng.sample(targets, rng.randrange(1, min(3, len(targets)) + 1)):
                fired = at + timedelta(seconds=rng.randrange(30, 180))
                fp = self.fire(self.labels(service, target_name, env), fired,
                               lasting - (fired - at).total_seconds() / 60 + rng.uniform(0, 3))
                fps += [(fp, fired)] if fp else []
            if not fps:
                continue
            support += 1
            if rng.random() < 0.6:
                made = min(f for _, f in fps) + timedelta(seconds=rng.randrange(60, 270))
                self.silence(rng, hit, made, made + timedelta(minutes=rng.randrange(60, 180)),
                             rng.choice(self.ws.people), rng.choice((f"{source_name} upstream", None)))
            else:
                for fp, fired in fps:
                    self.ack(fp, fired + timedelta(seconds=rng.randrange(60, 270)), rng)
            if rng.random() < 0.5:
                self.ack(_fingerprint(source), at + timedelta(minutes=rng.uniform(10, 30)), rng)
        return Planted("", "", "", "inhibit_rule", variant, _strings(target_m), source_matchers=_strings(source_m),
                       target_matchers=_strings(target_m), equal=equal, support=support, observed=support)

    def route(self, rng: random.Random, variant: str, share: tuple[float, float] = (0.9, 1.0),
              firings: tuple[int, int] = (15, 31)) -> Planted:
        """An alert of one service, dismissed within :data:`QUICK` at ``share`` of its firings."""
        service = self.free_app(rng)
        taken = {labels["alertname"] for labels in self.labels_of.values()}
        alertname = rng.choice([a for a in ROUTE_ALERTS if a not in taken])
        labels = self.labels(service, alertname, self.ws.envs[0])
        for _ in range(rng.randrange(*firings)):
            self.fire(labels, self.when(rng), rng.uniform(5, 40))
        fp = _fingerprint(labels)
        times = sorted(at for at, _ in self.firings[fp])
        quick = set(rng.sample(range(len(times)), math.ceil(len(times) * rng.uniform(*share))))
        for n, at in enumerate(times):
            self.respond(fp, at, rng, n in quick)
        return Planted("", "", "", "route", variant, _strings({"alertname": alertname, "service": service}),
                       support=len(quick), observed=len(times))

    def sensitivity(self, rng: random.Random, variant: str, service: str, incidents: float = 0.0) -> Planted:
        """A series warning 8-14 times, silenced or acked within 8 min at three quarters or more of them; a
        critical alert of its service 10-60 min after ``incidents`` of them."""
        env, metric = self.ws.envs[0], rng.choice(METRICS)
        key = metric_key(metric, {"env": env, "service": service})
        matchers = {"alertname": "MetricAnomaly", "metric": metric, "service": service}
        count = rng.randrange(8, 15)
        acted = set(rng.sample(range(count), count - rng.randrange(0, count // 4 + 1)))
        followed = set(rng.sample(range(count), math.ceil(count * incidents)))
        span = (self.end - self.start - timedelta(hours=6)) / count
        for n in range(count):
            at = self.start + span * n + timedelta(seconds=rng.randrange(int(span.total_seconds()) - 10_800))
            warning = self.warning(key, metric, service, env, at, rng.uniform(10, 60))
            when = warning.starts_at + timedelta(seconds=rng.randrange(60, 480))
            if n in acted and rng.random() < 0.75:
                self.silence(rng, matchers, when, when + timedelta(hours=rng.randrange(2, 7)),
                             rng.choice(self.ws.people), rng.choice(("noisy warning", "false alarm again", None)))
            elif n in acted:
                actor = rng.choice(self.ws.people)
                self.audit.append(AuditEntry(
                    id=make_id("audit", "signalcraft-audit", self.ws.id, "ack", warning.id, actor, when.isoformat()),
                    workspace_id=self.ws.id, action="ack", actor=actor, matchers=_matchers(matchers),
                    target=warning.id, timestamp=when, source="signalcraft-audit"))
            if n in followed:
                fired = warning.starts_at + timedelta(minutes=rng.uniform(10, 60))
                self.respond(self.fire(self.labels(service, "HighErrorRate", env), fired, rng.uniform(20, 90)),
                             fired, rng, quick=False)
        return Planted("", "", "", "sensitivity", variant, _strings(matchers), metric_key=key, support=len(acted),
                       observed=count)

    def noise(self, rng: random.Random) -> None:
        """Everyday alerts (some acked, mostly late; some silenced or snoozed) and warnings nobody silences."""
        pool = []
        for _ in range(rng.randrange(8, 13)):
            env = rng.choice(self.ws.envs)
            pool.append(self.labels(self.any_service(rng, env), rng.choice(NOISE_ALERTS), env))
        for _ in range((self.end - self.start).days // 7 * rng.randrange(10, 16)):
            labels, fired = rng.choice(pool), self.when(rng).replace(microsecond=0)
            fp, roll = self.fire(labels, fired, rng.expovariate(1 / 30) + 3), rng.random()
            if fp is None:
                continue
            if roll < 0.36:
                self.respond(fp, fired, rng, quick=roll < 0.06)
            elif roll < 0.44:
                at = fired + timedelta(seconds=rng.randrange(360, 2400))
                self.silence(rng, {"alertname": labels["alertname"], "service": labels["service"]}, at,
                             at + timedelta(hours=rng.randrange(1, 7)), rng.choice(self.ws.people), _comment(rng))
            elif roll < 0.48:
                self.ack(fp, fired + timedelta(seconds=rng.randrange(360, 1800)), rng, action="snooze")
        env = self.ws.envs[0]
        for _ in range(rng.randrange(2, 5)):
            service, metric = self.any_service(rng, env), rng.choice(METRICS)
            key = metric_key(metric, {"env": env, "service": service})
            for _ in range(rng.randrange(1, 5)):
                self.warning(key, metric, service, env, self.when(rng), rng.uniform(10, 60))

    def balance(self, rng: random.Random, routed: set[tuple[str, ...]]) -> None:
        """Fire every label set dismissed at half its firings or more (but a route plant's) at other
        times, undismissed (acked late or never), until it is dismissed at fewer than half."""
        for fp in sorted(self.firings):
            labels = self.labels_of[fp]
            if _strings({"alertname": labels["alertname"], "service": labels["service"]}) in routed:
                continue
            for _ in range(5):  # a late ack may land on a firing added after it: count again
                dismissed = sum(self.dismissed(fp, at) for at, _ in self.firings[fp])
                missing = 2 * dismissed - len(self.firings[fp]) + 1 if dismissed >= 2 else 0
                if missing <= 0:
                    break
                for _ in range(50 * missing):
                    at = self.when(rng).replace(microsecond=0)
                    if self.dismissed(fp, at) or self.fire(labels, at, rng.uniform(5, 45)) is None:
                        continue
                    if rng.random() < 0.4:
                        self.ack(fp, at + timedelta(seconds=rng.randrange(900, 3600)), rng)
                    missing -= 1
                    if missing <= 0:
                        break

    def adhoc(self, rng: random.Random, noise: int, track: bool = True) -> None:
        """``noise`` x 3.2-4.8 silences a week at random times, matcher sets seen in the workspace, made by anyone;
        ``track=False``: not counted by :meth:`balance` (the extra volume of ``noise`` > 1)."""
        shapes = []
        for (service, env), node in sorted(self.ws.node.items()):
            if service not in self.ws.quiet:
                name = NOISE_ALERTS[len(shapes) % len(NOISE_ALERTS)]
                shapes += [{"service": service}, {"alertname": name, "service": service}, {"instance": node},
                           {"env": env, "service": service}]
        weeks, span = (self.end - self.start).days // 7, int((self.end - self.start).total_seconds())
        for _ in range(round(noise * weeks * rng.uniform(3.2, 4.8))):
            starts = self.start + timedelta(seconds=rng.randrange(span))
            ends = starts + timedelta(minutes=min(rng.lognormvariate(4.5, 0.9), 2880) + 5)
            roll = rng.random()
            self.silence(rng, rng.choice(shapes), starts, ends, rng.choice(self.ws.people), _comment(rng),
                         expire=starts + (ends - starts) * rng.random() if roll < 0.1 else None,
                         extend=ends + timedelta(hours=rng.randrange(1, 4)) if 0.1 <= roll < 0.18 else None,
                         track=track)


def _decoy(world: _World, rng: random.Random, variant: str, quiet: str | None) -> Planted:
    """A decoy, as the suggestion a miner fooled by it would make."""
    if variant == "coincidence":
        return _coincidence(world, rng)
    if variant == "sometimes_acked":
        return world.route(rng, variant, (0.2, 0.4), (16, 25))
    if variant == "warned_then_incident":
        return world.sensitivity(rng, variant, quiet, incidents=0.7)
    weekday, hour = rng.randrange(7), rng.randrange(8, 18)
    schedule = Schedule(_WEEKLY, f"{hour:02d}:00", f"{hour + 1:02d}:00", weekdays=(WEEKDAYS[weekday],))
    weeks = schedule.windows(world.start, world.end)
    if variant == "mixed_matchers":  # the same time every week, never the same matchers more than twice
        names = [(a, s) for a in MIXED_ALERTS for s in world.ws.apps if s not in world.ws.quiet]
        sets = [{"alertname": a, "service": s} for a, s in rng.sample(names, 6) for _ in (0, 1)]
        rng.shuffle(sets)
        picked = rng.sample(weeks, 10)
    elif variant == "one_off":
        s = datetime.combine(world.when(rng, timedelta(days=2)).date(), time(rng.randrange(0, 18)), UTC)
        schedule = Schedule(_WEEKLY, f"{s.hour:02d}:00", f"{s.hour + 4:02d}:00", weekdays=(WEEKDAYS[s.weekday()],))
        picked, sets = [((), s, s + timedelta(hours=4))], [{"service": world.free_app(rng)}]
    elif variant == "stopped":
        picked, sets = weeks[: len(weeks) // 2], [{"env": world.ws.envs[-1], "service": world.free_app(rng)}]
    else:  # seen_twice
        picked, sets = rng.sample(weeks[-6:], 2), [{"service": world.free_app(rng)}]
    silences = []
    for n, (_, s, e) in enumerate(sorted(picked, key=lambda w: w[1])):
        m = sets[n % len(sets)]
        comment = f"DB migration CHG-{rng.randrange(1000, 9999)}" if variant == "one_off" else "maintenance"
        silences.append(world.silence(rng, m, s + timedelta(seconds=rng.randrange(-240, 180)),
                                      e + timedelta(seconds=rng.randrange(-120, 300)), rng.choice(world.ws.people),
                                      comment))
        if variant == "one_off" or rng.random() < 0.5:
            world.fire(world.complete(rng, m, ("MaintenanceAlert",)), s + timedelta(minutes=3), 40)
    return Planted("", "", "", "mute_time_interval", variant, _strings(sets[0]), schedule, support=len(picked),
                   observed=len(weeks), silences=tuple(silences))


def _coincidence(world: _World, rng: random.Random) -> Planted:
    """Once or twice: a target alert silenced soon after it fired while a source alert of its environment fired."""
    env = world.ws.envs[0]
    source = world.labels("ingress-nginx", "LoadBalancer5xx", env)
    service = world.free_app(rng)
    count = 0
    for _ in range(rng.randrange(1, 3)):
        at = world.when(rng)
        if world.fire(source, at, 45) and world.fire(world.labels(service, "SlowQueries", env), at + QUICK / 2, 40):
            count += 1
            made = at + timedelta(minutes=rng.uniform(3, 6))
            world.silence(rng, {"alertname": "SlowQueries", "service": service}, made, made + timedelta(hours=2),
                          rng.choice(world.ws.people), "probably the LB")
    return Planted("", "", "", "inhibit_rule", "coincidence", ('alertname="SlowQueries"',),
                   source_matchers=('alertname="LoadBalancer5xx"',), target_matchers=('alertname="SlowQueries"',),
                   equal=("env",), support=count, observed=count)


# --- small things ----------------------------------------------------------------------------


def _fits(ws: _Workspace, template: dict[str, str | None]) -> bool:
    service, env = template.get("service"), template.get("env")
    fixed = service is None or (service in ws.project_of and service not in ws.busy | ws.quiet)
    return fixed and env in (None, *ws.envs)


def _strings(matchers: dict[str, str]) -> tuple[str, ...]:
    """Sorted Alertmanager matcher strings.

    >>> _strings({"service": "search-indexer", "alertname": "DiskFilling"})
    ('alertname="DiskFilling"', 'service="search-indexer"')
    """
    return tuple(sorted(f'{k}="{v}"' for k, v in matchers.items()))


@cache
def _matcher(name: str, value: str) -> Matcher:
    return Matcher(name=name, value=value)


def _matchers(matchers: dict[str, str]) -> tuple[Matcher, ...]:
    return tuple(_matcher(k, v) for k, v in sorted(matchers.items()))


def _fingerprint(labels: dict[str, str]) -> str:
    text = "\xff".join(f"{k}\xff{v}" for k, v in sorted(labels.items()))
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def _comment(rng: random.Random) -> str | None:
    return rng.choice(COMMENTS).format(n=rng.randrange(100, 9999)) or None


def _hhmm(text: str) -> time:
    return time(int(text[:2]), int(text[3:]))


def _weekday_ranges(days: tuple[str, ...]) -> list[str]:
    """Weekdays as Alertmanager writes them, runs of three or more as ``first:last``.

    >>> _weekday_ranges(("friday", "monday", "tuesday", "wednesday"))
    ['monday:wednesday', 'friday']
    """
    out: list[list[int]] = []
    for i in sorted(WEEKDAYS.index(d) for d in days):
        if out and i == out[-1][-1] + 1:
            out[-1].append(i)
        else:
            out.append([i])
    names: list[str] = []
    for r in out:
        names += [f"{WEEKDAYS[r[0]]}:{WEEKDAYS[r[-1]]}"] if len(r) >= 3 else [WEEKDAYS[d] for d in r]
    return names
