"""The bundled incident scenario: deterministic, in the real formats, and its truth holds."""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from signalcraft.models import AlertEvent, AlertMute, ChangeEvent, LogRecord, MetricPoint, Resolution
from signalcraft.models.common import Record
from signalcraft.operators.log_templates import TemplateMiner
from signalcraft.params import Identity
from signalcraft.sources.decode import DecodeError, parse_payload
from signalcraft.sources.scenario import DEFAULT_START, Scenario, ScenarioMessage, generate, logtext
from signalcraft.sources.scenario.org import BY_NAME


@dataclass
class Parsed:
    """Every message of a scenario run through the real decoder once."""

    good: list[tuple[ScenarioMessage, str, list[Record]]] = field(default_factory=list)
    refused: list[tuple[ScenarioMessage, DecodeError]] = field(default_factory=list)
    accepted_malformed: list[ScenarioMessage] = field(default_factory=list)

    def records(self, kind: type[Record]) -> list[Record]:
        return [r for _, _, records in self.good for r in records if isinstance(r, kind)]


@pytest.fixture(scope="module")
def scenario(incident_scenario) -> Scenario:
    return incident_scenario


@pytest.fixture(scope="module")
def parsed(scenario: Scenario) -> Parsed:
    identity = Identity()
    out = Parsed()
    for msg in scenario.messages:
        try:
            fmt, records = parse_payload(msg.value, msg.kind, msg.headers, identity)
        except DecodeError as e:
            out.refused.append((msg, e))
            continue
        if msg.malformed:
            out.accepted_malformed.append(msg)
        else:
            out.good.append((msg, fmt, records))
    return out


def _wire(s: Scenario) -> list[tuple]:
    return [(m.kind, m.key, m.value, sorted(m.headers.items()), m.timestamp_ms) for m in s.messages]


class _NoClock(datetime):
    """``datetime`` for the scenario modules, with every way of reading the clock refused."""

    @classmethod
    def now(cls, tz=None):
        raise AssertionError("the scenario read the clock (datetime.now)")

    utcnow = today = now


def test_the_same_seed_gives_the_same_bytes_without_reading_the_clock(scenario, monkeypatch):
    import importlib
    import pkgutil
    import time

    import signalcraft.sources.scenario as package

    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if getattr(module, "datetime", None) is datetime:
            monkeypatch.setattr(module, "datetime", _NoClock)
    monkeypatch.setattr(package, "datetime", _NoClock)
    monkeypatch.setattr(time, "time", lambda: pytest.fail("the scenario read the clock (time.time)"))
    began = time.perf_counter()
    again = generate(seed=7)
    assert time.perf_counter() - began < 10  # about 1 s here; CI boxes are slower
    assert _wire(again) == _wire(scenario)
    assert again.truth == scenario.truth


def test_another_seed_gives_another_scenario(scenario):
    other = generate(seed=8)
    assert _wire(other) != _wire(scenario)
    assert other.truth.first_critical != scenario.truth.first_critical
    assert other.truth.bad_deploy.version == scenario.truth.bad_deploy.version == "v2.14.0"


def test_every_good_message_parses_as_the_format_it_was_written_in(scenario, parsed):
    failures = [(m.format, e.step, e.reason[:200]) for m, e in parsed.refused if not m.malformed]
    assert failures == []
    wrong = Counter((m.format, fmt) for m, fmt, _ in parsed.good if fmt != m.format)
    assert wrong == Counter()
    assert len(parsed.good) == sum(scenario.truth.formats.values())


def test_every_malformed_message_is_refused_and_would_go_to_the_dead_letter_queue(scenario, parsed):
    assert parsed.accepted_malformed == []
    reasons = Counter(m.malformed for m, _ in parsed.refused)
    assert set(reasons) == {"truncated JSON", "wrong type", "unknown format", "naive timestamp", "not JSON"}
    steps = Counter(e.step for m, e in parsed.refused)
    assert {"json", "adapt", "format"} <= set(steps)
    naive = [e for m, e in parsed.refused if m.malformed == "naive timestamp"]
    assert all("no timezone" in e.reason for e in naive)


def test_truth_counts_match_what_parsing_yields(scenario, parsed):
    truth = scenario.truth
    assert truth.messages == dict(Counter(m.kind for m in scenario.messages))
    assert truth.malformed == dict(Counter(m.kind for m, _ in parsed.refused))
    assert truth.formats == dict(Counter(fmt for _, fmt, _ in parsed.good))
    ids: dict[str, set[str]] = defaultdict(set)
    for msg, _, records in parsed.good:  # muted alerts come on the audit topic but land in alert_mutes
        ids[msg.kind].update(r.id for r in records if not isinstance(r, AlertMute))
    assert {kind: len(v) for kind, v in ids.items()} == truth.records
    assert len({r.id for r in parsed.records(AlertMute)}) == truth.history.muted > 0


def test_volume_and_share_of_malformed_messages(scenario):
    n = len(scenario.messages)
    assert 20_000 <= n <= 60_000
    assert 0.001 <= sum(scenario.truth.malformed.values()) / n <= 0.005


def test_the_incident_happens_in_order(scenario):
    t = scenario.truth
    assert t.bad_deploy.timestamp < t.ramp_start < t.first_critical < t.rollback_at < t.resolved_at
    assert (t.project, t.environment, t.service, t.version) == ("checkout", "production", "payments-api", "v2.14.0")
    assert timedelta(minutes=5) <= t.first_critical - t.ramp_start <= timedelta(minutes=20)
    assert t.bad_deploy.timestamp.hour >= 12  # the afternoon of the first day
    assert (t.root_cause, t.fix) == ("bad deploy v2.14.0: connection pool misconfigured", "rolled back to v2.13.2")


def test_the_records_tell_the_incident(scenario, parsed):
    t = scenario.truth
    criticals = [
        a for a in parsed.records(AlertEvent)
        if (a.project, a.environment, a.severity, a.status) == ("checkout", "production", "critical", "firing")
        and a.starts_at >= t.deploy_time
    ]
    assert min(a.starts_at for a in criticals) == t.first_critical
    names = {a.name for a in parsed.records(AlertEvent) if t.deploy_time <= a.starts_at <= t.rollback_at}
    assert {"HighErrorRate", "PaymentsAPIErrorBudgetBurn"} <= names

    changes = [c for c in parsed.records(ChangeEvent)  # of the incident day (payments-api also rolled back weeks ago)
               if (c.project, c.service) == ("checkout", "payments-api") and c.timestamp >= scenario.start]
    bad = [c for c in changes if c.environment == "production" and c.version == t.bad_deploy.sha]
    created = {c.timestamp for c in bad if c.source == "github-deployment"}
    assert created == {t.bad_deploy.timestamp.replace(microsecond=0)}
    assert any(c.type == "release" and c.version == "v2.14.0" for c in changes)
    rollbacks = [c for c in changes if c.type == "rollback" and c.environment == "production"]
    assert {c.timestamp for c in rollbacks if c.source == "github-deployment"} == {t.rollback_at.replace(microsecond=0)}

    near = {(c.source, c.project, c.environment, c.service) for c in parsed.records(ChangeEvent)
            if abs(c.timestamp - t.deploy_time) < timedelta(minutes=10)}
    assert ("argocd", "search", "production", "search-api") in near
    assert ("launchdarkly", "checkout", "staging", "payments-api") in near

    (resolution,) = [r for r in parsed.records(Resolution) if r.root_cause == t.root_cause]
    # named by the fingerprint of the first critical alert, as Alertmanager sent it; the flow attaches it
    first = {a.fingerprint for a in criticals if a.starts_at == t.first_critical and a.source == "alertmanager"}
    assert (resolution.fix, resolution.fingerprint, resolution.group_id) == (t.fix, t.resolution_fingerprint, None)
    assert first == {t.resolution_fingerprint}
    assert resolution.resolved_at == t.resolved_at.replace(microsecond=t.resolved_at.microsecond // 1000 * 1000)


def test_error_logs_and_the_error_ratio_ramp_after_the_deploy(scenario, parsed):
    t = scenario.truth

    def errors(since: datetime, minutes: int) -> int:
        return sum(
            1 for r in parsed.records(LogRecord)
            if r.service == "payments-api" and r.environment == "production" and r.is_error
            and since <= r.timestamp < since + timedelta(minutes=minutes)
        )

    before, ramp = errors(t.deploy_time - timedelta(minutes=30), 30), errors(t.ramp_start, 15)
    assert ramp > 20 * max(before, 1)
    assert errors(t.ramp_start + timedelta(minutes=5), 5) > errors(t.ramp_start, 5)  # it ramps, not steps
    versions = {r.service_version for r in parsed.records(LogRecord)
                if r.service == "payments-api" and r.environment == "production" and r.is_error
                and t.ramp_start <= r.timestamp < t.rollback_at}
    assert versions == {"v2.14.0"}

    ratio = sorted(
        (p.timestamp, p.value) for p in parsed.records(MetricPoint)
        if p.name == "service:http_errors:ratio_rate1m" and p.labels.get("service") == "payments-api"
    )
    calm = [v for at, v in ratio if at < t.deploy_time]
    worst = max(v for at, v in ratio if t.ramp_start <= at <= t.rollback_live_at)
    assert worst > 20 * (sum(calm) / len(calm))


def test_a_realistic_platform(scenario, parsed):
    alerts = parsed.records(AlertEvent)
    assert {a.project for a in alerts} >= {"checkout", "search", "identity"}
    assert {a.environment for a in alerts} == {"production", "staging"}
    changes = parsed.records(ChangeEvent)
    per_project = defaultdict(set)
    for c in changes:
        per_project[c.project].add(c.service)
    assert all(2 <= len(per_project[p]) <= 4 for p in ("checkout", "search", "identity"))
    assert {c.type for c in changes} >= {"deployment", "release", "rollback", "flag_change", "config_update"}
    assert {r.workspace_id for _, _, records in parsed.good for r in records} == {"acme"}
    nightly = [a for a in alerts if a.name == "SearchReindexQueueBacklog"]
    assert len({a.starts_at.date() for a in nightly}) == 2
    assert all(1 <= a.starts_at.hour <= 2 for a in nightly)


def test_the_window_spans_more_than_a_day(scenario):
    first, last = min(m.timestamp_ms for m in scenario.messages), max(m.timestamp_ms for m in scenario.messages)
    assert last - first >= 24 * 3600 * 1000
    assert scenario.start == DEFAULT_START and scenario.end - scenario.start == timedelta(hours=30)


def test_some_webhooks_arrive_late(scenario):
    latest, late = 0, Counter()
    for m in scenario.messages:
        if m.timestamp_ms < latest - 60_000:
            late[m.kind] += 1
        latest = max(latest, m.timestamp_ms)
    assert late["changes"] >= 1


POOL_TEMPLATE = (
    "HikariPool-<*> - Connection is not available, request timed out after <*> "
    "(total=<*>, active=<*>, idle=<*>, waiting=<*>)"
)


def _mined(bodies: list[str], service: str = "svc") -> TemplateMiner:
    miner = TemplateMiner(workspace="acme", service=service)
    for body in bodies:
        miner.add(body)
    return miner


def _logs(parsed: Parsed, service: str, since: datetime, until: datetime, severity: int = 17) -> list[LogRecord]:
    return sorted(
        (r for r in parsed.records(LogRecord)
         if r.service == service and r.environment == "production" and r.severity_number == severity
         and since <= r.timestamp < until),
        key=lambda r: r.timestamp,
    )


def test_the_pool_errors_of_the_incident_vary_but_mine_to_two_templates(scenario, parsed):
    t = scenario.truth
    errors = _logs(parsed, "payments-api", t.ramp_start, t.rollback_live_at)
    kinds = Counter(r.attributes.get("exception.type") for r in errors)
    pool = [r for r in errors if r.attributes.get("http.response.status_code") == "503"]
    assert len(pool) >= 0.98 * len(errors) and len(pool) > 1000
    assert kinds[logtext.POOL_EXCEPTION] >= 0.75 * len(pool)
    bodies = [r.body for r in pool]
    assert len(set(bodies)) >= 0.7 * len(bodies)  # request ids, waits and queue lengths differ line by line
    waiting = [int(m.group(1)) for b in bodies if (m := re.search(r"waiting=(\d+)\)", b))]
    assert min(waiting) <= 5 and max(waiting) >= 40  # the queue for a connection grows with the ramp
    assert len({re.search(r"after (\d+)ms", b).group(1) for b in bodies if b.startswith("HikariPool")}) >= 10

    miner = _mined(bodies, "payments-api")
    templates = sorted(miner.templates(), key=lambda tpl: -tpl.count)
    assert len(templates) == 2
    assert templates[0].text == POOL_TEMPLATE and templates[0].count == kinds[logtext.POOL_EXCEPTION]
    assert templates[1].text.startswith("Failed to authorize payment <*> for order <*> [request_id=<*>]")
    # before the deploy payments-api never said anything of the kind: the pattern is new
    calm = _logs(parsed, "payments-api", scenario.start, t.deploy_time)
    assert calm and not any("Connection is not available" in r.body or "JDBC" in r.body for r in calm)


@pytest.mark.parametrize("service", ["cart-service", "checkout-web"])
def test_the_callers_log_varied_503s_of_one_pattern(scenario, parsed, service):
    t = scenario.truth
    upstream = [r for r in _logs(parsed, service, t.ramp_start, t.rollback_live_at + timedelta(minutes=10))
                if r.attributes.get("peer.service") == "payments-api"]
    assert len(upstream) > 200
    assert len({r.body for r in upstream}) == len(upstream)  # ids and latencies differ every time
    assert all("503 Service Unavailable" in r.body for r in upstream)
    (template,) = _mined([r.body for r in upstream], service).templates()
    assert "payments-api" in template.text and "<*>" in template.text


@pytest.mark.parametrize("runtime", ["java", "go", "node", "python"])
def test_every_runtime_logs_several_everyday_errors_and_warnings(scenario, parsed, runtime):
    services = [name for name, svc in BY_NAME.items() if svc.runtime == runtime]
    every = [r for s in services for r in _logs(parsed, s, scenario.start, scenario.truth.deploy_time, 9)]
    for severity, least in ((17, 4), (13, 2)):
        texts: set[str] = set()
        lines = 0
        for service in services:
            before = _logs(parsed, service, scenario.start, scenario.truth.deploy_time, severity)
            lines += len(before)
            texts |= {tpl.text for tpl in _mined([r.body for r in before], service).templates()}
            assert len({r.body for r in before}) >= 0.5 * len(before)  # values vary within a message
        assert len(texts) >= least, (severity, sorted(texts))  # several messages, each a pattern of its own
        assert 5 * len(services) <= lines <= 0.05 * len(every)  # there, but rare


def test_the_log_texts_move_nothing_else(scenario, monkeypatch):
    """The texts come from a stream of their own: constant texts give the same messages otherwise."""
    monkeypatch.setattr(logtext, "access_path", lambda rng, service, route: route)
    monkeypatch.setattr(logtext, "background", lambda rng, service, runtime, severity: ("x", {}))
    monkeypatch.setattr(logtext, "pool_error", lambda rng, excess: ("pool", {"http.response.status_code": 503}))
    monkeypatch.setattr(logtext, "upstream_error", lambda rng, service: ("503", {}))
    monkeypatch.setattr(logtext, "batch_behind", lambda rng, phase: "behind")
    plain = generate()

    def shape(s: Scenario) -> list[tuple]:
        out = []
        for m in s.messages:
            if m.kind == "logs" and not m.malformed:
                (records,) = [sl["logRecords"] for sl in json.loads(m.value)["resourceLogs"][0]["scopeLogs"]]
                out.append((m.timestamp_ms, [(r["timeUnixNano"], r["severityNumber"], r["traceId"]) for r in records]))
            else:
                out.append((m.kind, m.malformed, m.timestamp_ms, m.value if not m.malformed else len(m.value) > 0))
        return out

    assert {b for m in plain.messages if m.kind == "logs" and not m.malformed
            for b in re.findall(rb'"stringValue":"(x|pool)"', m.value)} == {b"x", b"pool"}
    assert shape(plain) == shape(scenario)
    assert plain.truth.records == scenario.truth.records and plain.truth.malformed == scenario.truth.malformed


def _bodies(scenario: Scenario, fmt: str) -> list[dict]:
    return [json.loads(m.value) for m in scenario.messages if m.format == fmt and not m.malformed]


def test_payloads_keep_the_quirks_of_the_real_formats(scenario):
    webhooks = _bodies(scenario, "alertmanager")
    firing = [a for w in webhooks for a in w["alerts"] if a["status"] == "firing"]
    assert {a["endsAt"] for a in firing} == {"0001-01-01T00:00:00Z"}
    assert all(w["version"] == "4" and w["groupKey"] and w["receiver"] for w in webhooks)
    assert any(len(a["startsAt"]) > len("2025-03-11T14:00:00.123456Z") for a in firing)  # Go's nanoseconds

    samples = _bodies(scenario, "prometheus-kafka-adapter")
    assert all(isinstance(s["value"], str) for s in samples)
    assert all(len(s["timestamp"]) == len("2025-03-11T14:00:00Z") for s in samples)  # whole seconds
    values = [float(s["value"]) for s in samples]
    assert any(math.isinf(v) for v in values) and any(math.isnan(v) for v in values)
    assert all(not m.headers for m in scenario.messages if m.format == "prometheus-kafka-adapter")

    logs = _bodies(scenario, "otlp-logs")
    records = [r for b in logs for r in b["resourceLogs"][0]["scopeLogs"][0]["logRecords"]]
    assert all(isinstance(r["timeUnixNano"], str) for r in records)
    assert {r["severityNumber"] for r in records} >= {9, 17}
    assert sum(len(b["resourceLogs"][0]["scopeLogs"][0]["logRecords"]) for b in logs) > 2 * len(logs)

    github = [m for m in scenario.messages if (m.format or "").startswith("github-") and not m.malformed]
    assert {m.headers["x-github-event"] for m in github} == {"deployment", "deployment_status", "release"}
    assert all("x-github-event" not in json.loads(m.value) for m in github)

    pagerduty = _bodies(scenario, "pagerduty-events")
    assert all(p["payload"]["timestamp"].endswith("+0000") for p in pagerduty if p["event_action"] == "trigger")
    silences = _bodies(scenario, "alertmanager-silence")
    assert {s["status"]["state"] for s in silences} == {"pending", "active", "expired"}
    polls = [m for m in scenario.messages if m.format == "alertmanager-alerts"]
    assert polls and all("sc-event-time" in m.headers for m in polls)  # a list of alerts carries no time
    muted = [a for m in polls for a in json.loads(m.value)]
    assert {a["status"]["state"] for a in muted} == {"suppressed"} and all(a["status"]["silencedBy"] for a in muted)


@pytest.mark.parametrize(
    ("start", "hours", "weeks"),
    [(datetime(2025, 3, 11), 30, 10), (DEFAULT_START, 12, 10), (datetime(2025, 3, 11, 14, 30, tzinfo=UTC), 24, 10),
     (DEFAULT_START, 30, 13), (DEFAULT_START, 30, 2)],
)
def test_an_impossible_window_is_refused(start, hours, weeks):
    with pytest.raises(ValueError):
        generate(start=start, hours=hours, history_weeks=weeks)


def test_another_start_moves_everything():
    later = generate(start=DEFAULT_START + timedelta(days=30, hours=6), hours=36, history_weeks=4)
    t = later.truth
    assert t.deploy_time.date() == (DEFAULT_START + timedelta(days=30)).date()
    start = DEFAULT_START + timedelta(days=30, hours=6)
    assert t.history.since == start - timedelta(weeks=4)
    assert min(m.timestamp_ms for m in later.messages) >= t.history.since.timestamp() * 1000
    plain = generate(start=start, hours=36, history_weeks=0)
    assert plain.truth.history is None
    assert min(m.timestamp_ms for m in plain.messages) >= start.timestamp() * 1000


# --- the silence history before the incident day --------------------------------------------------


def test_the_silence_history_moves_nothing_else(scenario):
    """The weeks before come from a random stream of their own: without them, the same messages."""
    def wire(s: Scenario) -> list[tuple]:
        return [(kind, key, value, tuple(headers), ts) for kind, key, value, headers, ts in _wire(s)]

    short = generate(history_weeks=0)
    full, day = wire(scenario), wire(short)
    assert Counter(day) - Counter(full) == Counter()  # nothing of the day moved
    start_ms = scenario.start.timestamp() * 1000
    later = [m for m in (Counter(full) - Counter(day)).elements() if m[4] >= start_ms]
    assert later and all(m[0] == "metrics" and b"bulk_rejections" in m[2] for m in later)  # the series goes on
    kept = set(day)
    assert [m for m in full if m in kept] == day  # and in the same order
    assert short.truth.first_critical == scenario.truth.first_critical and short.truth.history is None


@pytest.fixture(scope="module")
def mined(scenario, parsed):
    """What the flow would mine from the scenario: its audit entries, alerts, muted alerts, and the
    early warnings the anomaly watch raises on the alert-volume series and the bulk rejections."""
    from signalcraft.models import AuditEntry, EarlyWarning
    from signalcraft.operators.anomaly import SeriesWatch, _series_of
    from signalcraft.operators.silence_history import History
    from signalcraft.operators.silence_suggest import suggest

    habits = scenario.truth.history
    watch, states, warnings = SeriesWatch(), {}, {}
    for record in [r for _, _, records in parsed.good for r in records]:
        watched = isinstance(record, AlertEvent) or (
            isinstance(record, MetricPoint) and record.name == habits.sensitivity["metric"])
        key = _series_of(record) if watched else None
        if key is not None:
            states[key], out = watch.step(states.get(key), record)
            warnings.update({w.id: w for w in out if isinstance(w, EarlyWarning) and w.id not in warnings})
    records = [*parsed.records(AuditEntry), *parsed.records(AlertEvent), *parsed.records(AlertMute)]
    history = History().add_all([*records, *warnings.values()])
    now = scenario.start + timedelta(days=1)  # the flow's last mining run: midnight after the incident
    return {s.kind: s for s in suggest("acme", history, now)}, list(warnings.values()), history


def test_the_history_holds_one_silence_habit_of_each_kind(mined):
    suggestions, _, _ = mined
    assert sorted(suggestions) == ["inhibit_rule", "mute_time_interval", "route", "sensitivity"]
    mute = suggestions["mute_time_interval"]
    assert mute.matchers == ('environment="production"', 'service="indexer"')
    assert mute.time_intervals == ({"times": [{"start_time": "17:00", "end_time": "18:30"}], "weekdays": ["monday"],
                                    "location": "America/New_York"},)
    assert (mute.support, mute.evidence["of"]) == (9, 10)  # no feed on Presidents' Day
    assert mute.backtest["would_mute"] == mute.backtest["silenced_anyway"] > 5 and mute.backtest["collateral"] == 0
    rule = suggestions["inhibit_rule"]
    assert (rule.source_matchers, rule.target_matchers) == (('alertname="KubeNodeNotReady"',),
                                                             ('alertname="KubePodNotReady"',))
    assert {"cluster", "node"} <= set(rule.equal) and "service" not in rule.equal
    route = suggestions["route"]
    assert route.matchers == ('alertname="TokenCacheEvictionsHigh"', 'service="token-service"')
    assert route.evidence["muted_quickly"] >= 5 and route.evidence["muted_quickly"] < route.evidence["of"]
    sensitivity = suggestions["sensitivity"]
    assert sensitivity.settings["metric_key"].startswith("metric:acme/search_indexer_bulk_rejections:rate5m{")
    assert sensitivity.evidence == {"silenced": 5, "of": 5, "incidents": 0}


def test_the_weekly_silence_keeps_new_york_time_across_the_dst_change(scenario, mined):
    _, _, history = mined
    weekly = [s for s in history.silences.values()
              if s.matchers == ('environment="production"', 'service="indexer"')]
    new_york = ZoneInfo("America/New_York")
    assert {s.start.astimezone(new_york).strftime("%a %H") for s in weekly} == {"Mon 17"}
    assert {s.start.astimezone(UTC).hour for s in weekly} == {21, 22}  # an hour earlier after 9 March 2025
    assert sum(s.made < s.start for s in weekly) >= 6  # most made ahead (pending until 17:00)


def test_the_watch_warns_only_on_the_bursts_and_every_warning_is_silenced(scenario, mined):
    _, warnings, history = mined
    before = [w for w in warnings if w.starts_at < scenario.start]
    assert len(before) == 5 and {w.labels["alertname"] for w in before} == {"MetricAnomaly"}
    assert {w.labels["service"] for w in before} == {"indexer"}  # what the demo test allows away from the incident
    # the history's alerts warn about nothing; the one alert-volume warning is the incident's own: payments-api's
    # alerts piling up before its first critical one (the watch knows its alert rate from its past incidents)
    t = scenario.truth
    volume = [w for w in warnings if w.metric_key.startswith("alerts:")]
    assert [w.metric_key for w in volume] == ["alerts:acme/checkout/production/payments-api"]
    assert all(t.bad_deploy.live_at < w.starts_at < t.first_critical for w in volume)
    for w in before:
        (silence,) = [s for s in history.silences.values()
                      if ('alertname="MetricAnomaly"' in s.matchers and w.starts_at <= s.made
                          <= w.starts_at + timedelta(minutes=40))]
        assert 'service="indexer"' in silence.matchers


def test_the_decoys_suggest_nothing(scenario, mined):
    suggestions, _, history = mined
    decoys = {tuple(sorted(f'{k}="{v}"' for k, v in d.items())) for d in scenario.truth.history.decoys}
    assert len(decoys) == 2 and decoys <= {s.matchers for s in history.silences.values()}
    mentioned = {m for s in suggestions.values() for m in (*s.matchers, *s.source_matchers, *s.target_matchers)}
    assert not any(set(d) <= mentioned for d in decoys)
    assert len(suggestions) == 4  # not a second of any kind
