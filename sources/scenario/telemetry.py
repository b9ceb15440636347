"""Metrics and logs as the tools send them: prometheus-kafka-adapter samples (one per
message, value as a string, time to the second) and OTLP/JSON log batches."""

from __future__ import annotations

import bisect
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from signalcraft.sources.scenario import logtext
from signalcraft.sources.scenario.changes import Fleet
from signalcraft.sources.scenario.org import (
    BY_NAME,
    CLUSTERS,
    MINUTE,
    SERVICES,
    WORKSPACE,
    Collector,
    Service,
    epoch_ns,
    iso_s,
    sc_headers,
)

RAMP = timedelta(minutes=15)
RATE_SERIES = ("payments-api", "cart-service", "checkout-web", "search-api", "auth-api")
PAYMENTS_BASE_ERRORS, PAYMENTS_PEAK_ERRORS = 0.002, 0.38


@dataclass
class Load:
    """What drives the telemetry: the incident's shape, the nightly batch and what version runs where."""

    ramp_start: datetime
    recovered: datetime
    batches: list[tuple[datetime, datetime]]
    versions: dict[tuple[str, str], list[tuple[datetime, str]]] = field(default_factory=dict)

    def excess(self, t: datetime) -> float:
        """How bad the incident is at ``t``: 0 before the ramp, 1 at its worst."""
        if t < self.ramp_start:
            return 0.0
        if t < self.recovered:
            return min(1.0, (t - self.ramp_start) / RAMP) ** 1.6
        peak = min(1.0, (self.recovered - self.ramp_start) / RAMP) ** 1.6
        return peak * math.exp(-(t - self.recovered).total_seconds() / 120)

    def version(self, service: str, env: str, t: datetime) -> str:
        history = self.versions.get((service, env))
        if not history:
            return BY_NAME[service].version
        i = bisect.bisect_right([at for at, _ in history], t) - 1
        return history[max(i, 0)][1]

    def batch_phase(self, t: datetime) -> float | None:
        """Minutes into tonight's reindex batch, or ``None`` outside it."""
        for start, end in self.batches:
            if start <= t < end:
                return (t - start).total_seconds() / 60
        return None


def diurnal(t: datetime) -> float:
    """Traffic shape over the day: quiet at night, peak mid-afternoon UTC, an evening bump."""
    h = t.hour + t.minute / 60
    d = min(abs(h - 14.5), 24 - abs(h - 14.5))
    return 0.22 + 0.78 * math.exp(-((d / 4.8) ** 2)) + 0.06 * math.exp(-(((h - 20.5) / 1.5) ** 2))


def sample_text(v: float) -> str:
    """A sample value as the adapter writes it.

    >>> sample_text(float("inf")), sample_text(float("nan")), sample_text(85000.0), sample_text(0.0021234)
    ('+Inf', 'NaN', '85000', '0.002123')
    """
    if math.isnan(v):
        return "NaN"
    if math.isinf(v):
        return "+Inf" if v > 0 else "-Inf"
    text = f"{round(v, 6):f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"


@dataclass
class Series:
    name: str
    service: Service
    env: str
    value: Callable[[datetime], float]
    extra: dict[str, str] = field(default_factory=dict)
    offset_s: int = 0
    labels: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        labels = {
            "__name__": self.name, "cluster": CLUSTERS[self.env], "environment": self.env,
            "namespace": self.service.project, "project": self.service.project, "prometheus": "monitoring/k8s",
            "service": self.service.name, "workspace": WORKSPACE, **self.extra,
        }
        self.labels = dict(sorted(labels.items()))


def build_series(rng: random.Random, load: Load) -> list[Series]:
    def noisy(scale: float) -> float:
        return max(0.0, rng.gauss(1.0, scale))

    def rate(svc: Service) -> Callable[[datetime], float]:
        boost = 0.25 if svc.name == "payments-api" else 0.0
        return lambda t: svc.peak_rps * diurnal(t) * (1 + boost * load.excess(t)) * noisy(0.03)

    def p99(base: float, svc: str) -> Callable[[datetime], float]:
        hit = 29.7 if svc == "payments-api" else 0.0
        return lambda t: base * (1 + 0.35 * diurnal(t)) * rng.lognormvariate(0, 0.08) + hit * load.excess(t)

    def errors(base: float, share: float) -> Callable[[datetime], float]:
        return lambda t: base * noisy(0.25) + share * PAYMENTS_PEAK_ERRORS * load.excess(t)

    def staging_errors(t: datetime) -> float:
        if t.hour < 5 and rng.random() < 0.006:
            return math.nan  # no requests that minute: 0/0
        return 0.01 * noisy(0.5)

    state = {"depth": 240.0}

    def depth(t: datetime) -> float:
        phase = load.batch_phase(t)
        if phase is None:
            state["depth"] = max(40.0, state["depth"] * 0.8 + 60 + rng.gauss(0, 25))
        elif phase < 20:
            state["depth"] = 4200 * phase + rng.gauss(0, 300)
        else:
            state["depth"] = max(150.0, state["depth"] - 1900 + rng.gauss(0, 200))
        return round(state["depth"])

    def drain(t: datetime) -> float:
        phase = load.batch_phase(t)
        if phase is not None and phase < 2:
            return math.inf  # the workers are restarting: depth / 0
        consumed = 1500.0 if phase is not None else 12.0
        return state["depth"] / (consumed * noisy(0.1) or 1.0)

    svc = BY_NAME
    series = [Series("service:http_requests:rate1m", svc[name], "production", rate(svc[name])) for name in RATE_SERIES]
    series += [
        Series("service:http_request_duration_seconds:p99", svc["payments-api"], "production",
               p99(0.28, "payments-api")),
        Series("service:http_request_duration_seconds:p99", svc["search-api"], "production", p99(0.18, "search-api")),
        Series("service:http_errors:ratio_rate1m", svc["payments-api"], "production",
               errors(PAYMENTS_BASE_ERRORS, 1.0)),
        Series("service:http_errors:ratio_rate1m", svc["checkout-web"], "production", errors(0.004, 0.3)),
        Series("service:http_errors:ratio_rate1m", svc["query-suggest"], "staging", staging_errors),
        Series("hikaricp_connections_pending", svc["payments-api"], "production",
               lambda t: round(45 * load.excess(t) + (rng.random() < 0.1)), {"pool": "HikariPool-1"}),
        Series("search_indexer_queue_depth", svc["indexer"], "production", depth, {"queue": "reindex"}),
        Series("indexer:queue_drain_seconds", svc["indexer"], "production", drain, {"queue": "reindex"}),
    ]
    for s in series:
        s.offset_s = rng.randrange(0, 60)
    return series


def emit_metrics(out: Collector, load: Load) -> None:
    series = build_series(out.rng, load)
    minute = out.start.replace(second=0, microsecond=0)
    while minute < out.end:
        for s in series:
            at = minute + timedelta(seconds=s.offset_s)
            stamp = iso_s(at)
            body = {"value": sample_text(s.value(at)), "timestamp": stamp, "name": s.name, "labels": s.labels}
            out.emit(
                "metrics", "prometheus-kafka-adapter", body, at, late_s=out.rng.uniform(0.5, 8),
                records=[(s.name, s.service.name, s.env, stamp)],
            )
        minute += MINUTE


# --- logs ----------------------------------------------------------------------------------------

_ROUTES = {
    "payments-api": (("POST", "/v1/payments", 201), ("GET", "/v1/payments/{id}", 200), ("POST", "/v1/refunds", 201)),
    "cart-service": (
        ("GET", "/cart/{id}", 200), ("POST", "/cart/{id}/items", 201), ("POST", "/cart/{id}/checkout", 200)
    ),
    "checkout-web": (("GET", "/checkout", 200), ("POST", "/checkout/confirm", 302), ("GET", "/checkout/success", 200)),
    "search-api": (("GET", "/v2/search", 200), ("GET", "/v2/search/facets", 200)),
    "indexer": (("POST", "/internal/index/batch", 202),),
    "query-suggest": (("GET", "/v1/suggest", 200),),
    "auth-api": (("POST", "/oauth/token", 200), ("POST", "/login", 302), ("GET", "/.well-known/jwks.json", 200)),
    "user-profile": (("GET", "/v1/users/{id}", 200), ("PATCH", "/v1/users/{id}", 200)),
    "token-service": (("POST", "/v1/tokens/verify", 200), ("POST", "/v1/tokens/refresh", 200)),
}
_SCOPES = {"java": "com.acme.{j}.Application", "go": "github.com/acme-corp/{s}/internal/server",
           "node": "@acme/{s}", "python": "{s}.worker"}
_POOL_SIZE = {"v2.14.0": 4}


def _attr(key: str, value: object) -> dict:
    if isinstance(value, int) and not isinstance(value, bool):
        return {"key": key, "value": {"intValue": str(value)}}
    return {"key": key, "value": {"stringValue": str(value)}}


_ATTRS: dict[tuple, list[dict]] = {}
_SEVERITY_TEXT = {9: "INFO", 13: "WARN", 17: "ERROR"}
_SHARE = {"payments-api": 110, "cart-service": 26, "checkout-web": 18}


def _fresh(values: dict[str, object]) -> list[dict]:
    """OTLP attributes of values that vary line by line (not cached)."""
    return [_attr(k, v) for k, v in values.items()]


def _attrs(**values: object) -> list[dict]:
    """OTLP attributes, built once per distinct set (the encoder only reads them)."""
    key = tuple(values.items())
    if key not in _ATTRS:
        _ATTRS[key] = [_attr(k, v) for k, v in values.items()]
    return _ATTRS[key]


def _record(rng: random.Random, nanos: int, severity: int, body: str, attrs: list[dict]) -> dict:
    return {
        "timeUnixNano": str(nanos),
        "observedTimeUnixNano": str(nanos + int(rng.random() * 40_000_000) + 1_000_000),
        "severityNumber": severity,
        "severityText": _SEVERITY_TEXT[severity],
        "body": {"stringValue": body},
        "attributes": attrs,
        "traceId": f"{rng.getrandbits(128):032x}",
        "spanId": f"{rng.getrandbits(64):016x}",
    }


def access_line(rng: random.Random, words: random.Random, service: str) -> tuple[int, str, list[dict]]:
    """One access-log line of ``service`` (severity, body, attributes): ``rng`` picks the route
    and the duration, ``words`` the path's ids."""
    routes = _ROUTES[service]
    method, route, code = routes[int(rng.random() * len(routes))]
    ms = round(rng.lognormvariate(4.1, 0.5))
    attrs = _attrs(**{"http.request.method": method, "http.route": route, "http.response.status_code": code})
    return 9, f"{method} {logtext.access_path(words, service, route)} {code} in {ms}ms", attrs


def _batch(
    rng: random.Random, words: random.Random, load: Load, svc: Service, env: str, t0: datetime, width: timedelta,
    version: str, started: bool,
) -> list[tuple[int, str, list[dict]]]:
    """The (severity, body, attributes) of one batch window, in no particular order.

    ``rng`` decides what is logged and how often; ``words`` only fills in the texts
    (:mod:`~signalcraft.sources.scenario.logtext`), so varying them moves nothing else.
    """
    items: list[tuple[int, str, list[dict]]] = []
    busy = diurnal(t0) if env == "production" else 0.3
    minutes = width / MINUTE
    routes = _ROUTES[svc.name]
    for _ in range(int(rng.random() * 2) + round(2.5 * busy * min(minutes, 2.0))):
        items.append(access_line(rng, words, svc.name))
    if started:
        items.append((9, f"Started {svc.name} {version} on {env}", _attrs(**{"service.version": version})))
        if svc.name == "payments-api":
            size = _POOL_SIZE.get(version, 40)
            items.append((9, f"HikariPool-1 - Start completed. maximumPoolSize={size}, connectionTimeout=30000",
                          _attrs(**{"db.system": "postgresql", "pool.max_size": size})))
    if rng.random() < 0.04:
        body, attrs = logtext.background(words, svc.name, svc.runtime, 17)
        items.append((17, body, _fresh(attrs)))
    if rng.random() < 0.05:
        body, attrs = logtext.background(words, svc.name, svc.runtime, 13)
        items.append((13, body, _fresh(attrs) if attrs else _attrs(**{"http.route": routes[0][1]})))
    excess = load.excess(t0) if env == "production" else 0.0
    if excess and svc.name in _SHARE:
        n = round(excess * _SHARE[svc.name] * minutes * rng.uniform(0.8, 1.2))
        for _ in range(n):
            if svc.name == "payments-api":
                body, attrs = logtext.pool_error(words, excess)
            else:
                body, attrs = logtext.upstream_error(words, svc.name)
            items.append((17, body, _fresh(attrs)))
    phase = load.batch_phase(t0) if svc.name == "indexer" else None
    if phase is not None and rng.random() < 0.3:
        items.append((13, logtext.batch_behind(words, phase), _attrs(queue="reindex")))
    return items


def emit_logs(out: Collector, fleet: Fleet, load: Load, words: random.Random) -> None:
    """One OTLP/JSON message per service, environment and batch window (1, 2 or 10 minutes);
    ``words`` fills in the variable parts of the log texts."""
    rng = out.rng
    resources: dict[str, list[dict]] = {}
    for env in ("production", "staging"):
        for svc in SERVICES:
            width = timedelta(minutes=10 if env == "staging" else 1 if svc.project == "checkout" else 2)
            span_ns = int(width.total_seconds() * 1e9)
            scope = _SCOPES[svc.runtime].format(s=svc.name, j=svc.name.replace("-", ""))
            t0 = out.start.replace(second=0, microsecond=0)
            before = load.version(svc.name, env, t0 - width)
            while t0 < out.end:
                version = load.version(svc.name, env, t0 + width)
                items = _batch(rng, words, load, svc, env, t0, width, version, version != before)
                before = version
                if items:
                    base = int(epoch_ns(t0))
                    stamps = sorted(base + int(rng.random() * span_ns) // 1000 * 1000 for _ in items)
                    rs = fleet.rs_hash(svc.name, env, version)
                    pod = f"{svc.name}-{rs}-{fleet.pod_suffix(rs, int(rng.random() * svc.replicas))}"
                    resource = resources.get(pod)
                    if resource is None:
                        resource = resources[pod] = _resource(svc, env, version, pod)
                    records = [_record(rng, ns, *item) for ns, item in zip(stamps, items, strict=True)]
                    _send(out, svc, env, resource, scope, records, t0 + width)
                t0 += width


def _resource(svc: Service, env: str, version: str, pod: str) -> list[dict]:
    return [
        _attr("service.name", svc.name), _attr("service.namespace", svc.project),
        _attr("service.version", version), _attr("deployment.environment.name", env),
        _attr("k8s.cluster.name", CLUSTERS[env]), _attr("k8s.namespace.name", svc.project),
        _attr("k8s.pod.name", pod), _attr("telemetry.sdk.language", svc.runtime),
        _attr("telemetry.sdk.name", "opentelemetry"),
    ]


def _send(out: Collector, svc: Service, env: str, resource: list[dict], scope: str, records: list[dict],
          closed: datetime) -> None:
    """One OTLP/JSON export of ``records``, sent a moment after its batch window ``closed``."""
    body = {"resourceLogs": [{
        "resource": {"attributes": resource},
        "scopeLogs": [{"scope": {"name": scope}, "logRecords": records}],
    }]}
    sent = closed + timedelta(milliseconds=50 + int(out.rng.random() * 2950))
    keys = [(svc.name, env, r["timeUnixNano"], r["traceId"]) for r in records]
    out.emit("logs", "otlp-logs", body, sent, headers=sc_headers(None), records=keys)


def emit_log_lines(
    out: Collector, svc: Service, env: str, version: str, pod: str,
    lines: list[tuple[datetime, int, str, dict[str, object] | list[dict]]], width: timedelta = MINUTE,
) -> None:
    """A few lines of one pod as its exporter sends them (``(time, severity, body, attributes)``
    each, the attributes as a mapping or already in OTLP form): one OTLP/JSON message per
    ``width`` window that has lines, shaped as :func:`emit_logs` writes them."""
    rng, step = out.rng, width.total_seconds()
    scope = _SCOPES[svc.runtime].format(s=svc.name, j=svc.name.replace("-", ""))
    resource = _resource(svc, env, version, pod)
    windows: dict[int, list[tuple]] = {}
    for line in sorted(lines, key=lambda x: x[0]):
        windows.setdefault(int(line[0].timestamp() // step), []).append(line)
    for index, chunk in sorted(windows.items()):
        records = [_record(rng, int(epoch_ns(at)), severity, body,
                           attrs if isinstance(attrs, list) else _fresh(attrs))
                   for at, severity, body, attrs in chunk]
        _send(out, svc, env, resource, scope, records, datetime.fromtimestamp((index + 1) * step, UTC))
