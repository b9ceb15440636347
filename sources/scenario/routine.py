"""The ordinary day around the incident: routine deploys, flag flips and config
changes in working hours, background alert noise, the nightly reindex that is
silenced every night, acks and snoozes."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signalcraft.sources.scenario.alerting import (
    Alert,
    PagerDutyIncident,
    emit_native_alert,
    emit_pagerduty,
    prom_alert,
)
from signalcraft.sources.scenario.audit import Silence, emit_native_audit, emit_resolution
from signalcraft.sources.scenario.changes import Deploy
from signalcraft.sources.scenario.flags import Flag, emit_launchdarkly, emit_native_change
from signalcraft.sources.scenario.org import BY_NAME, ONCALL, PEOPLE, SERVICES, Collector, hexid

HOUR = timedelta(hours=1)
AUTHORS = {"checkout": PEOPLE[:2], "search": (PEOPLE[2], PEOPLE[5]), "identity": (PEOPLE[3], PEOPLE[4])}
ROUTINE = (
    ("indexer", "staging", 9.0), ("cart-service", "staging", 9.2), ("search-api", "staging", 9.5),
    ("indexer", "production", 10.1), ("cart-service", "production", 10.4), ("auth-api", "staging", 10.7),
    ("checkout-web", "staging", 11.0), ("checkout-web", "production", 11.8), ("auth-api", "production", 12.2),
    ("user-profile", "staging", 15.6), ("token-service", "staging", 16.1), ("query-suggest", "staging", 16.4),
    ("user-profile", "production", 17.1),
)
FLAGS = (
    (Flag("identity", "passkey-login", "Passkey login", "auth-api"), "staging", 9.7, True),
    (Flag("checkout", "new-checkout-flow", "New checkout flow", "checkout-web"), "production", 10.8, True),
    (Flag("search", "semantic-ranking", "Semantic ranking", "search-api"), "production", 11.5, True),
    (Flag("identity", "passkey-login", "Passkey login", "auth-api"), "production", 13.3, True),
    (Flag("search", "semantic-ranking", "Semantic ranking", "search-api"), "production", 16.8, False),
)
CONFIGS = (  # project, environment, service, hour, summary, key, old, new
    ("checkout", "production", "cart-service", 9.1,
     "HPA maxReplicas raised for the peak", "hpa.maxReplicas", "10", "14"),
    ("identity", "staging", "token-service", 11.3,
     "Access token TTL doubled for passkey tests", "token.ttl", "15m", "30m"),
    ("search", "production", "search-api", 16.7,
     "Elasticsearch request timeout raised", "es.request_timeout", "2s", "3s"),
)


def bump(version: str, rng: random.Random) -> str:
    """The next version: mostly a patch, sometimes a minor.

    >>> bump("v1.2.3", random.Random(1)) in ("v1.2.4", "v1.3.0")
    True
    """
    major, minor, patch = (int(x) for x in version.lstrip("v").split("."))
    return f"v{major}.{minor + 1}.0" if rng.random() < 0.3 else f"v{major}.{minor}.{patch + 1}"


@dataclass
class Day:
    """What the day adds to the alert stream and the silences that mute it."""

    am: list[Alert] = field(default_factory=list)
    grafana: list[Alert] = field(default_factory=list)
    silences: list[Silence] = field(default_factory=list)
    batches: list[tuple[datetime, datetime]] = field(default_factory=list)


def at_hour(day: datetime, hour: float, rng: random.Random, jitter_min: float = 12) -> datetime:
    return day + timedelta(hours=hour, minutes=rng.uniform(-jitter_min, jitter_min), seconds=rng.uniform(0, 59))


def routine_deploys(rng: random.Random, day: datetime, next_version: dict[str, str]) -> list[Deploy]:
    """Working-hours deploys: staging first, then production; plus a few extra staging builds."""
    current = {(s.name, env): s.version for s in SERVICES for env in ("production", "staging")}
    plan = [(BY_NAME[name], env, at_hour(day, hour, rng)) for name, env, hour in ROUTINE]
    for _ in range(rng.randrange(2, 5)):
        svc = rng.choice([s for s in SERVICES if s.name != "payments-api"])
        plan.append((svc, "staging", at_hour(day, rng.uniform(9, 18), rng, 0)))
    deploys = []
    for svc, env, at in sorted(plan, key=lambda p: p[2]):
        version = next_version[svc.name]
        if env == "staging" and current[(svc.name, env)] == version:
            version = bump(version, rng)
        live = at + timedelta(seconds=rng.uniform(90, 300))
        author = rng.choice(AUTHORS[svc.project])
        deploys.append(Deploy(svc, env, version, current[(svc.name, env)], hexid(rng, 40), at, live, author))
        current[(svc.name, env)] = version
    return deploys


def working_day_changes(out: Collector, day: datetime) -> None:
    rng = out.rng
    for flag, env, hour, on in FLAGS:
        person = rng.choice(AUTHORS[flag.project])
        comment = "" if on else "relevance complaints, turning off"
        emit_launchdarkly(out, flag, env, on, at_hour(day, hour, rng), person, comment)
    for project, env, service, hour, summary, key, old, new in CONFIGS:
        emit_native_change(
            out, project, env, service, "config_update", summary, {"key": key, "old": old, "new": new},
            at_hour(day, hour, rng), rng.choice(AUTHORS[project]).email,
        )


def _episodes(
    rng: random.Random, start: datetime, end: datetime, gap_min: float, dur: tuple[float, float]
) -> list[tuple[datetime, datetime]]:
    """Flapping: episodes of ``dur`` minutes, with exponential gaps of mean ``gap_min`` minutes."""
    out, t = [], start + timedelta(minutes=rng.expovariate(1 / gap_min))
    while t < end:
        length = timedelta(minutes=rng.uniform(*dur))
        out.append((t, t + length))
        t += length + timedelta(minutes=rng.expovariate(1 / gap_min) + 10)
    return out


def background(out: Collector, day: datetime, days: list[datetime]) -> Day:
    """Alert noise over the whole window, with the acks, snoozes and silences people answer it with."""
    rng, d = out.rng, Day()
    begin, end = out.start - 2 * HOUR, out.end
    d.am.append(prom_alert(
        rng, "identity", "production", "auth-api", "CertificateExpiringSoon", "info",
        "TLS certificate for auth.acme.io expires in 9 days", "cert-manager renewal is failing for auth-api-tls.",
        out.start - timedelta(days=2, hours=rng.uniform(1, 6)), None,
        'certmanager_certificate_expiration_timestamp_seconds{name="auth-api-tls"} - time() < 14 * 86400',
        certificate="auth-api-tls",
    ))
    for i, (s, e) in enumerate(_episodes(rng, begin, end, 210, (8, 35))):
        disk = prom_alert(
            rng, "search", "production", "indexer", "DiskSpaceLow", "warning",
            "indexer-0 /data is 86% full", "Segment merges fill /data until compaction runs.", s, e,
            'node_filesystem_avail_bytes{mountpoint="/data"} / node_filesystem_size_bytes{mountpoint="/data"} < 0.15',
            instance="indexer-0", mountpoint="/data", device="nvme1n1",
        )
        d.am.append(disk)
        if i == 1:
            emit_native_audit(out, "ack", ONCALL["search"], s + timedelta(minutes=rng.uniform(3, 9)), target=disk.fp,
                              matchers={"alertname": "DiskSpaceLow"}, comment="compaction will catch up")
            emit_resolution(
                out, disk.fp, e + timedelta(minutes=rng.uniform(5, 15)),
                "segment merges on indexer-0 fill /data until compaction runs",
                "ran a manual force-merge; PVC resize of indexer-0 to 300Gi scheduled",
                ["https://runbooks.acme.io/search/diskspacelow"], ONCALL["search"],
            )
    for s, e in _episodes(rng, begin, end, 100, (4, 12)):
        flap = prom_alert(
            rng, "search", "staging", "search-api", "HighLatencyP99", "warning",
            "search-api p99 above 800ms in staging", "Staging runs on a single small Elasticsearch node.", s, e,
            'service:http_request_duration_seconds:p99{service="search-api"} > 0.8',
        )
        d.am.append(flap)
        if rng.random() < 0.6:
            emit_native_audit(
                out, "snooze", rng.choice(AUTHORS["search"]), s + timedelta(seconds=rng.uniform(60, 120)),
                target=flap.fp, matchers={"alertname": "HighLatencyP99", "environment": "staging"},
                duration_s=1800.0, comment="flaps in staging",
            )
    crash_times = sorted(at_hour(day, h, rng, 30) for h in rng.sample((9.5, 11.0, 13.5, 15.0, 16.5), 3))
    for s in crash_times:
        d.am.append(prom_alert(
            rng, "identity", "staging", "token-service", "KubePodCrashLooping", "warning",
            "token-service pod is crash looping", "Container token-service restarted 5 times in 10 minutes.",
            s, s + timedelta(minutes=rng.uniform(10, 25)),
            'max_over_time(kube_pod_container_status_waiting_reason{reason="CrashLoopBackOff",'
            'container="token-service"}[5m]) >= 1',
        ))
    crash = d.am[-1]
    emit_resolution(
        out, crash.fp, crash.ends + timedelta(hours=rng.uniform(1, 2)),
        "TOKEN_SIGNING_KEY_PATH missing from the staging overlay after the config-library migration",
        "added the variable to apps/token-service/overlays/staging (PR #482)",
        ["https://github.com/acme-corp/token-service/pull/482"], ONCALL["identity"],
    )
    d.silences.append(Silence(
        {"alertname": "KubePodCrashLooping", "service": "token-service", "environment": "staging"},
        crash_times[0] + timedelta(minutes=8), crash_times[0] + timedelta(hours=24), ONCALL["identity"],
        "known issue, fix in PR #482",
    ))
    for night in days:
        s = night + timedelta(hours=1, minutes=45 + rng.uniform(2, 8))
        d.batches.append((night + timedelta(hours=1, minutes=45), night + timedelta(hours=1, minutes=110)))
        d.am.append(prom_alert(
            rng, "search", "production", "indexer", "SearchReindexQueueBacklog", "warning",
            "reindex queue above 20k messages",
            "The nightly reindex job fills the queue faster than the indexer drains it.",
            s, s + timedelta(minutes=rng.uniform(50, 80)), 'search_indexer_queue_depth{queue="reindex"} > 20000',
            queue="reindex",
        ))
        created = night + timedelta(hours=1, minutes=55, seconds=rng.uniform(-60, 60))
        d.silences.append(Silence(
            {"alertname": "SearchReindexQueueBacklog", "service": "indexer", "environment": "production"},
            created, night + timedelta(hours=4), ONCALL["search"], "nightly reindex, expected backlog",
        ))
    for hour in sorted(rng.sample((9.0, 11.0, 13.0, 15.5, 17.0, 19.0), 3)):
        s = at_hour(day, hour, rng, 40)
        e = s + timedelta(minutes=rng.uniform(6, 15))
        d.grafana.append(Alert(
            {"alertname": "LoginSuccessRateLow", "grafana_folder": "Identity", "severity": "warning",
             "project": "identity", "environment": "staging", "service": "auth-api"},
            {"summary": "Login success rate below 97% in staging", "__rule_uid__": "e1a4c7f0b2d95c36"},
            s, e, value=round(rng.uniform(0.9, 0.96), 4), nanos=rng.randrange(1000),
        ))
    outage = at_hour(day, 7.7, rng, 20)
    d.am.append(prom_alert(
        rng, "identity", "staging", "user-profile", "TargetDown", "critical", "user-profile staging target down",
        "Prometheus cannot scrape user-profile in staging.", outage, outage + timedelta(minutes=rng.uniform(6, 14)),
        'up{service="user-profile"} == 0',
    ))
    probe = at_hour(day, 8.2, rng, 15)
    emit_pagerduty(out, PagerDutyIncident(
        "search", "production", "search-api", "Status page probe: search p95 above 800ms (eu-west-1)", "warning",
        "checkly-eu-west-1", "synthetic", "Checkly", "https://app.checklyhq.com/",
        {"check": "Search API p95", "location": "eu-west-1"},
        probe, probe + timedelta(minutes=rng.uniform(12, 25)),
    ))
    smtp = at_hour(day, 3.3, rng, 20)
    emit_pagerduty(out, PagerDutyIncident(
        "identity", "production", "user-profile", "SMTP provider delivery failures above 5%", "error",
        "mailgun-webhook", "email", "Mailgun alerts", "https://app.mailgun.com/",
        {"provider": "mailgun", "failure_ratio": "0.072"},
        smtp, smtp + timedelta(minutes=rng.uniform(25, 45)),
    ))
    beat = prom_alert(
        rng, "search", "staging", "query-suggest", "HeartbeatMissing", "warning",
        "query-suggest staging heartbeat missing", "No heartbeat for 5 minutes.", at_hour(day, 5.2, rng, 20), None, "",
    )
    beat.ends = beat.starts + timedelta(minutes=rng.uniform(8, 16))
    emit_native_alert(out, beat, "firing", beat.starts + timedelta(seconds=5))
    emit_native_alert(out, beat, "resolved", beat.ends + timedelta(seconds=5))
    return d

