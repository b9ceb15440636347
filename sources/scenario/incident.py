"""The incident: checkout/production/payments-api v2.14.0 ships with its connection
pool cut to 4, errors ramp, alerts fire, on-call acks, silences the noise, rolls back
to v2.13.2 and writes the resolution (naming the incident by the fingerprint of its first
critical alert, ``burn``). Two decoys land nearby: a search deploy and a
staging flag toggle.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from signalcraft.sources.scenario.alerting import Alert, PagerDutyIncident, prom_alert
from signalcraft.sources.scenario.audit import Silence
from signalcraft.sources.scenario.changes import Deploy, Fleet
from signalcraft.sources.scenario.flags import Flag
from signalcraft.sources.scenario.org import BY_NAME, ONCALL, PEOPLE, hexid

BAD_VERSION, GOOD_VERSION = "v2.14.0", "v2.13.2"
ROOT_CAUSE = "bad deploy v2.14.0: connection pool misconfigured"
FIX = "rolled back to v2.13.2"
FAMILY = "db-pool-exhausted"
"""The incident's root-cause family: a deploy leaves the service short of database connections."""
DECOY_FLAG = Flag("checkout", "payments-retry-v2", "Payments retry v2", "payments-api")
_PAY = 'service="payments-api"'
RULES: dict[object, tuple[str, str]] = {  # alert -> (summary, PromQL)
    "HikariPoolPendingConnections": (
        "payments-api has threads waiting for a database connection", f"hikaricp_connections_pending{{{_PAY}}} > 5"),
    "HighErrorRate": (
        "payments-api 5xx ratio above 5%",
        f'sum by (pod) (rate(http_requests_total{{{_PAY},code=~"5.."}}[2m]))'
        f" / sum by (pod) (rate(http_requests_total{{{_PAY}}}[2m])) > 0.05"),
    "PaymentsAPILatencyP99High": (
        "payments-api p99 latency above 2s", f"service:http_request_duration_seconds:p99{{{_PAY}}} > 2"),
    ("PaymentsAPIErrorBudgetBurn", "1h"): (
        "payments-api is burning its 99.9% error budget 14.4x too fast",
        f"slo:sli_error:ratio_rate5m{{{_PAY}}} > (14.4 * 0.001)"
        f" and slo:sli_error:ratio_rate1h{{{_PAY}}} > (14.4 * 0.001)"),
    ("PaymentsAPIErrorBudgetBurn", "6h"): (
        "payments-api is burning its 99.9% error budget 6x too fast",
        f"slo:sli_error:ratio_rate30m{{{_PAY}}} > (6 * 0.001) and slo:sli_error:ratio_rate6h{{{_PAY}}} > (6 * 0.001)"),
    "UpstreamDependencyErrors": (
        "cart-service calls to payments-api are failing",
        'rate(upstream_errors_total{service="cart-service",peer="payments-api"}[5m]) > 1'),
    "HTTP5xxRatioHigh": (
        "checkout-web 5xx ratio above 2%", 'service:http_errors:ratio_rate1m{service="checkout-web"} > 0.02'),
}


def _m(minutes: float) -> timedelta:
    return timedelta(minutes=minutes)


@dataclass
class Incident:
    release_at: datetime
    staging: Deploy
    bad: Deploy
    ramp_start: datetime
    first_critical: datetime
    rollback: Deploy
    resolved_at: datetime
    decoy_deploy: Deploy
    decoy_flag_at: datetime
    alerts: list[Alert]
    grafana: list[Alert]
    pagerduty: PagerDutyIncident
    silence: Silence
    ack_at: datetime
    burn: Alert


def plan_incident(rng: random.Random, fleet: Fleet, deploy_at: datetime, search_version: str) -> Incident:
    """Every time of the incident, from the bad deploy at ``deploy_at`` on."""
    payments, oncall = BY_NAME["payments-api"], ONCALL["checkout"]
    good_sha, bad_sha = hexid(rng, 40), hexid(rng, 40)
    author = PEOPLE[1]
    staging_at = deploy_at - _m(rng.uniform(35, 45))
    staging = Deploy(payments, "staging", BAD_VERSION, GOOD_VERSION, bad_sha, staging_at, staging_at + _m(3), author)
    live = deploy_at + timedelta(seconds=rng.uniform(150, 210))
    bad = Deploy(payments, "production", BAD_VERSION, GOOD_VERSION, bad_sha, deploy_at, live, author, late_s=150.0)
    ramp = live + timedelta(seconds=rng.uniform(30, 90))
    first_critical = ramp + _m(10.5 + rng.uniform(0, 1.5))
    back_at = first_critical + _m(rng.uniform(9, 13))
    back_live = back_at + timedelta(seconds=rng.uniform(140, 170))
    rollback = Deploy(
        payments, "production", GOOD_VERSION, BAD_VERSION, good_sha, back_at, back_live, oncall, rollback=True
    )

    def alert(service: str, name: str, severity: str, starts: datetime, ends: datetime, **extra: str) -> Alert:
        summary, expr = RULES[name] if name in RULES else RULES[(name, extra.get("long_window"))]
        return prom_alert(
            rng, "checkout", "production", service, name, severity, summary,
            f"{summary}. Started {starts:%H:%M} UTC.", starts, ends, expr, **extra,
        )

    rs = fleet.rs_hash("payments-api", "production", BAD_VERSION)
    pods = [f"payments-api-{rs}-{fleet.pod_suffix(rs, i)}" for i in range(3)]
    burn = "PaymentsAPIErrorBudgetBurn"
    burn_1h = alert(
        "payments-api", burn, "critical", first_critical, back_live + _m(14), long_window="1h", short_window="5m"
    )
    alerts = [
        alert("payments-api", "HikariPoolPendingConnections", "warning", ramp + _m(4), back_live + _m(3)),
        *[
            alert("payments-api", "HighErrorRate", "warning", ramp + _m(m), back_live + _m(rng.uniform(4, 6)), pod=pod)
            for m, pod in zip((5.5, 6.5, 8.0), pods, strict=True)
        ],
        alert("payments-api", "PaymentsAPILatencyP99High", "warning", ramp + _m(7), back_live + _m(5)),
        burn_1h,
        alert(
            "payments-api", burn, "critical", first_critical + _m(5), back_live + _m(22),
            long_window="6h", short_window="30m",
        ),
        alert("cart-service", "UpstreamDependencyErrors", "warning", ramp + _m(9), back_live + _m(25)),
        alert("checkout-web", "HTTP5xxRatioHigh", "warning", ramp + _m(11.5), back_live + _m(6)),
    ]
    conversion = Alert(
        {"alertname": "CheckoutConversionRateDrop", "grafana_folder": "Checkout", "severity": "warning",
         "project": "checkout", "environment": "production", "service": "checkout-web"},
        {"summary": "Checkout conversion rate dropped below 60% of last week's", "__rule_uid__": "b7f2c1d9e4a6f803"},
        ramp + _m(13), back_live + _m(9), value=0.41, nanos=rng.randrange(1000),
    )
    pagerduty = PagerDutyIncident(
        "checkout", "production", "checkout-web", "Checkout flow (eu-west-1) failing: payment step returned 503",
        "critical", "checkly-eu-west-1", "synthetic", "Checkly", "https://app.checklyhq.com/",
        {"check": "Checkout flow (eu-west-1)", "location": "eu-west-1", "failed_step": "POST /checkout/confirm"},
        ramp + _m(12.5), back_live + _m(7),
    )
    silence = Silence(
        {"alertname": "UpstreamDependencyErrors", "service": "cart-service", "environment": "production"},
        first_critical + _m(5), first_critical + _m(125), oncall,
        "Known: payments-api incident, cart errors are fallout", expired_at=back_live + _m(18),
    )
    search = BY_NAME["search-api"]
    decoy_at = deploy_at - _m(rng.uniform(4, 8))
    decoy = Deploy(search, "production", search_version, search.version, hexid(rng, 40), decoy_at,
                   decoy_at + _m(2), PEOPLE[2])
    return Incident(
        release_at=deploy_at - _m(rng.uniform(50, 70)),
        staging=staging, bad=bad, ramp_start=ramp, first_critical=first_critical, rollback=rollback,
        resolved_at=back_live + _m(rng.uniform(35, 45)), decoy_deploy=decoy,
        decoy_flag_at=deploy_at + _m(rng.uniform(3, 6)), alerts=alerts, grafana=[conversion],
        pagerduty=pagerduty, silence=silence, ack_at=first_critical + _m(2.5), burn=burn_1h,
    )
