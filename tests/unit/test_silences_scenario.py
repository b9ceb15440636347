"""The silence-mining benchmark scenario: deterministic, every kind planted with its variety and
decoys beside it, the truth checked against the records themselves; the scoring exact at its
edges; the baseline as naive as it says."""

from __future__ import annotations

import dataclasses
import doctest
import hashlib
import statistics
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from signalcraft.models import AuditEntry, Matcher
from tests.support import load_benchmark

ss = load_benchmark("silences_scenario")
sc = load_benchmark("silences_scoring")
MIN = timedelta(minutes=1)
T0 = datetime(2026, 4, 20, tzinfo=UTC)


@pytest.fixture(scope="module")
def scenario():
    return ss.generate(seed=3)


@pytest.fixture(scope="module")
def records(scenario):
    """What the checks below read back from the records: silences (first made, first start, last
    end, matchers), acks by (workspace, target), firings by (workspace, fingerprint) with their end."""
    silences, acks, firings, ends = {}, defaultdict(list), defaultdict(list), {}
    for e in scenario.audit:
        if e.source == "alertmanager-silence":
            first = silences.get(e.target)
            silences[e.target] = (e.workspace_id, first[1] if first else e.timestamp,
                                  first[2] if first else e.starts_at, e.ends_at, {m.name: m.value for m in e.matchers})
        elif e.action == "ack":
            acks[(e.workspace_id, e.target)].append(e.timestamp)
    for a in scenario.alerts:
        if a.status == "firing":
            firings[(a.workspace_id, a.fingerprint)].append(a)
        else:
            ends[(a.workspace_id, a.fingerprint, a.starts_at)] = a.ends_at
    by_ws = defaultdict(list)
    for ws, made, starts, until, matchers in silences.values():
        by_ws[ws].append((made, starts, until, matchers))
    return {"silences": silences, "by_ws": by_ws, "acks": acks, "firings": firings, "ends": ends}


def _dismissed(records, alert) -> bool:
    """Acked within 5 min of firing, or a silence matching it in force by then (made before or then)."""
    at, soon = alert.starts_at, alert.starts_at + ss.QUICK
    if any(at <= t <= soon for t in records["acks"][(alert.workspace_id, alert.fingerprint)]):
        return True
    return any(made <= soon and starts <= soon and at <= until and m.items() <= alert.labels.items()
               for made, starts, until, m in records["by_ws"][alert.workspace_id])


def _strings(labels, keys=("alertname", "service")):
    return tuple(sorted(f'{k}="{labels[k]}"' for k in keys))


# --- the scenario ------------------------------------------------------------------------------


def test_same_seed_same_records_other_seed_other_records(scenario):
    again = ss.generate(seed=3)
    assert again.scenario_id == scenario.scenario_id == "silences-v1-20ws-12w-s3"
    assert (again.alerts, again.audit, again.warnings) == (scenario.alerts, scenario.audit, scenario.warnings)
    assert (again.truth, again.decoys, again.locations) == (scenario.truth, scenario.decoys, scenario.locations)
    other = ss.generate(seed=4)
    assert other.audit != scenario.audit and other.truth != scenario.truth
    assert scenario.now == scenario.end == ss.START + timedelta(weeks=12) and scenario.end.weekday() == 0


def test_a_workspace_depends_on_its_seed_and_index_and_noise_adds_silences_only(scenario):
    small, noisy = ss.generate(seed=3, workspaces=3), ss.generate(seed=3, workspaces=3, noise=4)
    assert noisy.scenario_id == "silences-v1-3ws-12w-s3-n4"
    assert [dataclasses.replace(p, scenario_id="") for p in small.truth] == [
        dataclasses.replace(p, scenario_id="") for p in scenario.truth if p.workspace in ("ws-01", "ws-02", "ws-03")]
    assert (noisy.alerts, noisy.warnings) == (small.alerts, small.warnings)
    assert [dataclasses.replace(p, scenario_id="") for p in noisy.truth + noisy.decoys] == [
        dataclasses.replace(p, scenario_id="") for p in small.truth + small.decoys]
    extra = set(noisy.audit) - set(small.audit)
    assert set(small.audit) <= set(noisy.audit) and {e.source for e in extra} == {"alertmanager-silence"}
    assert 3 * 3 * 12 * 3.2 <= len({e.target for e in extra}) <= 3 * 3 * 12 * 4.8  # (noise - 1) x 3.2-4.8 a week


def test_v1_records_never_change():
    """``silences-v1-3ws-12w-s7`` is the same records and truth in every process: a generator that
    writes anything differently takes a new version prefix."""
    small, digest = ss.generate(seed=7, workspaces=3), hashlib.sha256()
    for record in (*small.alerts, *small.audit, *small.warnings):
        digest.update(record.model_dump_json().encode())
    digest.update(repr((small.truth, small.decoys, small.locations)).encode())
    assert digest.hexdigest() == "87852555361476fa683faed285d2e2ce7137d8d28ea5ba0c48f676adad7b6a67"


@pytest.mark.parametrize("kwargs", [{"weeks": 9}, {"noise": 0}, {"workspaces": 0}])
def test_arguments_are_checked(kwargs):
    with pytest.raises(ValueError, match="silences scenario"):
        ss.generate(seed=1, **kwargs)


def test_every_kind_and_variant_is_planted_in_several_workspaces(scenario):
    workspaces = defaultdict(set)
    for p in scenario.truth:
        workspaces[p.kind].add(p.workspace)
        workspaces[p.variant].add(p.workspace)
    assert all(len(workspaces[k]) >= 3 for k in sc.KINDS), {k: len(workspaces[k]) for k in sc.KINDS}
    assert all(len(workspaces[v]) >= 3 for v in ss.MUTE_VARIANTS)
    assert all(len(workspaces[v]) >= 2 for v in ss.INHIBIT_VARIANTS)
    assert len({p.id for p in scenario.truth}) == len(scenario.truth)
    assert all(p.matchers == tuple(sorted(p.matchers)) and p.scenario_id == scenario.scenario_id
               for p in scenario.truth)
    schedules = {(p.schedule.kind, p.schedule.location) for p in scenario.truth if p.schedule}
    assert schedules >= {("weekly", "UTC"), ("daily", "UTC"), ("monthly_day", "UTC"), ("monthly_nth_weekday", "UTC"),
                         ("weekly", "America/Chicago"), ("weekly", "Europe/Berlin")}


def test_decoys_are_there_and_none_is_a_plant(scenario):
    workspaces = defaultdict(set)
    for d in scenario.decoys:
        workspaces[d.variant].add(d.workspace)
    assert all(len(workspaces[v]) >= 3 for v in ss.DECOY_VARIANTS), workspaces
    for d in scenario.decoys:
        assert not any(sc.matches(sc.as_suggestion(d), p) for p in scenario.truth), d


def test_mute_silences_keep_their_local_schedule(scenario, records):
    for p in (p for p in scenario.truth if p.kind == "mute_time_interval"):
        lo_s, hi_s, lo_e, hi_e = ss.MUTE[p.variant].jitter
        windows = p.schedule.windows(scenario.start, scenario.end)
        periods = []
        for sid in p.silences:
            _, _, starts, until, matchers = records["silences"][sid]
            assert ss._strings(matchers) == p.matchers
            period, _, e = next(w for w in windows if w[1] + lo_s * MIN <= starts <= w[1] + hi_s * MIN)
            assert e + (lo_e - 15) * MIN <= until <= e + hi_e * MIN, (p.id, sid)
            periods.append(period)
        assert len(set(periods)) == p.support and p.observed == len({w[0] for w in windows})
        assert periods[-1] == windows[-1][0]  # seen in the last period: not stopped
        assert p.support >= {"missed_periods": 10, "daily_backup": 70}.get(p.variant, 11 if p.observed == 12 else 3)
    missed = [p for p in scenario.truth if p.variant == "missed_periods"]
    assert missed and all((p.support, p.observed) == (10, 12) for p in missed)  # 10 of the last 12 weeks


@pytest.mark.parametrize("zone, change", [("America/Chicago", datetime(2026, 3, 8, 8, tzinfo=UTC)),
                                          ("Europe/Berlin", datetime(2026, 3, 29, 1, tzinfo=UTC))])
def test_a_local_time_pattern_keeps_its_local_time_across_the_dst_change(scenario, records, zone, change):
    plants = [p for p in scenario.truth if p.schedule and p.schedule.location == zone]
    assert len(plants) >= 3
    for p in plants:
        assert scenario.locations[p.workspace] == zone
        before, after = [], []
        for sid in p.silences:
            starts = records["silences"][sid][2]
            local = starts.astimezone(ZoneInfo(zone))
            (before if starts < change else after).append((starts.hour * 60 + starts.minute,
                                                           local.hour * 60 + local.minute))
        assert len(before) >= 2 and len(after) >= 2, p.id
        utc_shift = statistics.median(u for u, _ in before) - statistics.median(u for u, _ in after)
        local_shift = statistics.median(t for _, t in before) - statistics.median(t for _, t in after)
        assert abs(utc_shift - 60) <= 6 and abs(local_shift) <= 6, (p.id, utc_shift, local_shift)


def test_decoy_silences_are_what_they_say(scenario, records):
    for d in (d for d in scenario.decoys if d.kind == "mute_time_interval"):
        found = [records["silences"][sid] for sid in d.silences]
        starts = [f[2] for f in found]
        if d.variant == "stopped":  # weekly for the first half, then never again
            half = (scenario.end - scenario.start) / 2
            assert len(found) == half.days // 7 and max(starts) < scenario.start + half
        elif d.variant == "seen_twice":
            assert len(found) == 2 and min(starts) >= scenario.end - timedelta(weeks=6)
        elif d.variant == "one_off":
            assert len(found) == 1
        elif d.variant == "mixed_matchers":
            sets = Counter(ss._strings(f[4]) for f in found)
            assert len(found) == 10 and max(sets.values()) <= 2
            assert len({s.weekday() for s in starts}) == 1


def test_route_plants_are_dismissed_nearly_always_and_nothing_else_half_the_time(scenario, records):
    routes = {(p.workspace, p.matchers) for p in scenario.truth if p.kind == "route"}
    sometimes = {(d.workspace, d.matchers) for d in scenario.decoys if d.variant == "sometimes_acked"}
    seen = Counter()
    for (ws, _), firings in records["firings"].items():
        share = sum(_dismissed(records, a) for a in firings) / len(firings)
        key = (ws, _strings(firings[0].labels))
        if key in routes:
            seen["route"] += 1
            assert share >= 0.9 and len(firings) >= 15, key
        elif key in sometimes:
            seen["sometimes"] += 1
            assert 0.1 <= share < 0.5 and len(firings) >= 15, key
        elif sum(_dismissed(records, a) for a in firings) >= 2:
            assert share < 0.5, (key, firings[0].labels)
    assert seen == {"route": len(routes), "sometimes": len(sometimes)}


def test_inhibit_targets_share_exactly_the_equal_labels_with_their_source(scenario, records):
    for p in (p for p in scenario.truth + scenario.decoys if p.kind == "inhibit_rule"):
        fired = [a for (ws, _), fs in records["firings"].items() if ws == p.workspace for a in fs]
        sources = [a for a in fired if set(p.source_matchers) <= set(_strings(a.labels, a.labels))]
        targets = [a for a in fired if set(p.target_matchers) <= set(_strings(a.labels, a.labels))]
        episodes = set()
        for t in targets:
            for s in sources:
                if s.starts_at <= t.starts_at <= records["ends"][(p.workspace, s.fingerprint, s.starts_at)]:
                    assert tuple(sorted(k for k, v in t.labels.items() if s.labels[k] == v)) == p.equal, p.id
                    if _dismissed(records, t):
                        episodes.add(s.starts_at)
        assert len(episodes) == p.support, p.id
        assert p.support >= 5 if p.variant != "coincidence" else 1 <= p.support <= 2


def test_sensitivity_warnings_are_silenced_and_their_services_quiet(scenario, records):
    for p in (p for p in scenario.truth + scenario.decoys if p.kind == "sensitivity"):
        service = next(m for m in p.matchers if m.startswith("service=")).split('"')[1]
        warnings = [w for w in scenario.warnings
                    if (w.workspace_id, w.metric_key, w.status) == (p.workspace, p.metric_key, "firing")]
        alerts = [a for (ws, _), fs in records["firings"].items() if ws == p.workspace for a in fs
                  if a.service == service]
        acted = 0
        for w in warnings:
            soon = w.starts_at + 8 * MIN
            acted += any(w.starts_at <= made <= soon and m.items() <= w.labels.items()
                         for made, _, _, m in records["by_ws"][p.workspace]) or any(
                w.starts_at <= t <= soon for t in records["acks"][(p.workspace, w.id)])
        after = sum(any(w.starts_at < a.starts_at <= w.starts_at + 61 * MIN and a.severity == "critical"
                        for a in alerts) for w in warnings)
        assert len(warnings) == p.observed and acted == p.support >= 0.75 * len(warnings), p.id
        if p.variant == "warned_then_incident":
            assert after >= len(warnings) / 2, p.id
        else:
            assert alerts == [], p.id


def test_records_are_in_event_time_order_inside_the_window(scenario):
    stamps = [e.timestamp for e in scenario.audit]
    assert stamps == sorted(stamps) and scenario.start <= stamps[0] and stamps[-1] < scenario.end
    times = [a.starts_at if a.status == "firing" else a.ends_at for a in scenario.alerts]
    assert times == sorted(times) and times[-1] < scenario.end
    assert Counter(a.status for a in scenario.alerts)["firing"] == len(scenario.alerts) / 2
    assert {e.source for e in scenario.audit} == {"alertmanager-silence", "pagerduty-events", "signalcraft-audit"}
    assert {e.action for e in scenario.audit} == {"silence", "unsilence", "ack", "snooze"}
    assert all(set(a.labels) == {"alertname", "env", "instance", "project", "service", "severity"}
               for a in scenario.alerts)


def test_a_monthly_plant_seen_twice_is_a_decoy():
    short = ss.generate(seed=3, workspaces=1, weeks=10)
    assert [p.variant for p in short.truth if p.kind == "mute_time_interval"] == ["thursday_maintenance"]
    assert [(d.variant, d.support) for d in short.decoys][:1] == [("patch_tuesday_too_few", 2)]


# --- scoring -----------------------------------------------------------------------------------


def test_perfect_suggestions_score_one(scenario):
    report = sc.score([sc.as_suggestion(p) for p in scenario.truth], scenario.truth, scenario.decoys)
    assert (report.precision, report.recall, report.false_positives, report.missed) == (1.0, 1.0, 0, ())
    assert all((k.precision, k.recall) == (1.0, 1.0) for k in report.by_kind.values())


def test_dropping_one_lowers_recall_and_a_decoy_lowers_precision(scenario):
    perfect, n = [sc.as_suggestion(p) for p in scenario.truth], len(scenario.truth)
    dropped = sc.score(perfect[1:], scenario.truth)
    assert (dropped.precision, dropped.recall, dropped.missed) == (1.0, (n - 1) / n, (scenario.truth[0].id,))
    stopped = next(d for d in scenario.decoys if d.variant == "stopped")
    fooled = sc.score([*perfect, sc.as_suggestion(stopped)], scenario.truth, scenario.decoys)
    assert (fooled.precision, fooled.recall, fooled.decoys_hit) == (n / (n + 1), 1.0, {"stopped": 1})
    assert fooled.by_kind["mute_time_interval"].precision < 1 and fooled.by_kind["route"].precision == 1


def test_each_plant_is_matched_once_and_withdrawn_suggestions_do_not_count(scenario):
    p = scenario.truth[0]
    again = sc.as_suggestion(p)
    report = sc.score([again, again, again | {"status": "withdrawn"}], [p])
    assert (report.suggested, report.matched, report.false_positives, report.decoys_hit) == (2, 1, 1, {"other": 1})
    assert sc.score([again | {"status": "withdrawn"}], [p]).recall == 0.0
    assert sc.score([], []).precision is None


THURSDAY = ss.Schedule("weekly", "22:00", "23:30", weekdays=("thursday",))


def _mute(schedule, matchers=('service="postgres-primary"',)):
    return ss.Planted("ws-01/p1", "x", "ws-01", "mute_time_interval", "t", matchers, schedule)


def _spec(start="22:00", end="23:30", **more):
    return {"times": [{"start_time": start, "end_time": end}], **more}


@pytest.mark.parametrize("spec, hit", [
    (_spec(weekdays=["thursday"]), True),
    (_spec("21:30", "24:00", weekdays=["thursday"], location="UTC"), True),
    (_spec("22:30", "23:00", weekdays=["Thursday"], location="Etc/UTC"), True),
    (_spec("21:29", weekdays=["thursday"]), False),
    (_spec("22:31", weekdays=["thursday"]), False),
    (_spec(end="22:59", weekdays=["thursday"]), False),
    (_spec(end="24:01", weekdays=["thursday"]), False),
    (_spec(weekdays=["thursday", "friday"]), False),
    (_spec(weekdays=["thursday"], location="Europe/London"), False),
    (_spec(weekdays=["thursday"], months=["january:december"]), True),
    (_spec(weekdays=["thursday"], months=["march"]), False),
    (_spec(weekdays=["thursday"], days_of_month=["1:7"]), False),
    (_spec(), False),
    ({"weekdays": ["thursday"]}, False),
])
def test_mute_window_tolerance_edges(spec, hit):
    assert sc.matches(sc.suggestion("ws-01", "mute_time_interval", T0, matchers=('service="postgres-primary"',),
                                    time_intervals=(spec,)), _mute(THURSDAY)) is hit


def test_mute_matching_expands_ranges_and_keeps_local_zones():
    chicago = ss.Schedule("weekly", "08:30", "09:00", "America/Chicago", ss.WEEKDAYS[:5])
    split = [_spec("08:30", "09:00", weekdays=["monday:wednesday"], location="America/Chicago"),
             _spec("08:35", "09:05", weekdays=["thursday", "friday"], location="America/Chicago")]
    cases = [
        (chicago, split, True),
        (chicago, split[:1], False),
        (chicago, [_spec("13:30", "14:00", weekdays=["monday:friday"])], False),  # its UTC rendering after the change
        (ss.Schedule("daily", "02:00", "03:00"), [_spec("02:00", "03:00", weekdays=["monday:sunday"])], True),
        (ss.Schedule("daily", "02:00", "03:00"), [_spec("02:00", "03:00", weekdays=["monday:saturday"])], False),
        (ss.Schedule("monthly_nth_weekday", "19:00", "23:00", weekdays=("tuesday",), nth=2),
         [_spec("19:00", "23:00", weekdays=["tuesday"], days_of_month=[str(d) for d in range(8, 15)])], True),
        (ss.Schedule("monthly_nth_weekday", "19:00", "23:00", weekdays=("tuesday",), nth=2),
         [_spec("19:00", "23:00", weekdays=["tuesday"], days_of_month=["1:7"])], False),
        (ss.Schedule("monthly_day", "01:00", "04:00", days_of_month=(1,)), [_spec("01:00", "04:00",
                                                                                  days_of_month=["1"])], True),
    ]
    for schedule, specs, hit in cases:
        s = sc.suggestion("ws-01", "mute_time_interval", T0, matchers=('service="postgres-primary"',),
                          time_intervals=tuple(specs))
        assert sc.matches(s, _mute(schedule)) is hit, (schedule, specs)
    wrong = sc.suggestion("ws-01", "mute_time_interval", T0, matchers=('service="elasticsearch"',),
                          time_intervals=(THURSDAY.time_interval(),))
    spaced = sc.suggestion("ws-01", "mute_time_interval", T0, matchers=("service = postgres-primary",),
                           time_intervals=(THURSDAY.time_interval(),))
    other_ws = sc.as_suggestion(dataclasses.replace(_mute(THURSDAY), workspace="ws-02"))
    assert [sc.matches(s, _mute(THURSDAY)) for s in (wrong, spaced, other_ws)] == [False, True, False]


def test_inhibit_route_and_sensitivity_matching():
    inhibit = ss.Planted("w/p1", "x", "w", "inhibit_rule", "node", ('alertname="TargetDown"',),
                         source_matchers=('alertname="NodeDown"',), target_matchers=('alertname="TargetDown"',),
                         equal=("env", "instance"))
    exact = sc.as_suggestion(inhibit)
    assert sc.matches(exact, inhibit) and sc.matches(exact | {"equal": ["instance", "env"], "matchers": []}, inhibit)
    assert not sc.matches(exact | {"equal": ["instance"]}, inhibit)
    assert not sc.matches(exact | {"source_matchers": exact["target_matchers"],
                                   "target_matchers": exact["source_matchers"]}, inhibit)
    route = ss.Planted("w/p2", "x", "w", "route", "quick_ack", ('alertname="KubeJobFailed"', 'service="etl-runner"'))
    assert sc.matches(sc.as_suggestion(route), route)
    assert not sc.matches(sc.as_suggestion(route) | {"matchers": [*route.matchers, 'env="production"']}, route)
    key = 'queue_depth{env="production",service="etl-runner"}'
    sens = ss.Planted("w/p3", "x", "w", "sensitivity", "silenced_warnings", (), metric_key=key)
    assert sc.matches(sc.suggestion("w", "sensitivity", T0, settings={"metric_key": key}), sens)
    assert not sc.matches(sc.suggestion("w", "sensitivity", T0, settings={"metric_key": key + " "}), sens)
    assert not sc.matches(sc.suggestion("w", "route", T0, settings={"metric_key": key}), sens)


# --- the naive baseline ------------------------------------------------------------------------


def _silence(sid, starts, minutes, service="search-indexer"):
    return AuditEntry(id=f"a-{sid}", workspace_id="w", action="silence", matchers=(Matcher(name="service",
                      value=service),), target=sid, timestamp=starts, starts_at=starts,
                      ends_at=starts + minutes * MIN, source="alertmanager-silence")


def test_naive_baseline_takes_the_usual_weekday_and_median_times():
    thursday = datetime(2026, 2, 5, 22, 4, tzinfo=UTC)
    audit = [_silence(f"s{w}", thursday + timedelta(weeks=w), 88) for w in range(3)]
    audit += [_silence("odd", thursday + timedelta(days=1, hours=3), 30), _silence("x", thursday, 30, "other")]
    scenario = ss.Scenario("t", ss.START, T0, {}, [], audit, [], [], [])
    [only] = sc.naive_baseline(scenario)
    assert only["matchers"] == ['service="search-indexer"'] and only["support"] == 4
    assert only["time_intervals"] == [{"times": [{"start_time": "22:00", "end_time": "23:30"}],
                                       "weekdays": ["thursday"], "location": "UTC"}]
    planted = dataclasses.replace(_mute(THURSDAY, ('service="search-indexer"',)), workspace="w")
    assert sc.score([only], [planted]).recall == 1.0


def test_naive_baseline_scores_low_on_the_scenario(scenario):
    report = sc.score(sc.naive_baseline(scenario), scenario.truth, scenario.decoys)
    assert report.suggested > len(scenario.truth) and report.precision < 0.2 and report.recall < 0.3
    assert set(report.by_kind) == set(sc.KINDS) and report.by_kind["route"].suggested == 0


def test_doctests():
    assert doctest.testmod(ss).failed == 0 and doctest.testmod(sc).failed == 0
