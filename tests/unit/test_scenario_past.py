"""The past incidents of the bundled scenario: deterministic, the incident's own family recurring across
projects beside other families, each resolution naming one of its alerts by fingerprint (so the flow's
groups take every one), all resolved before the incident day."""

from __future__ import annotations

import random
from datetime import timedelta
from itertools import combinations

import pytest

from signalcraft.models import AlertEvent, AlertGroup, DeadLetter, LogRecord, Resolution
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.operators.resolutions import ResolutionAttacher, attach_keys
from signalcraft.params import Identity
from signalcraft.sources.decode import DecodeError, parse_payload
from signalcraft.sources.scenario import DEFAULT_START, Scenario, generate
from signalcraft.sources.scenario.alerting import fingerprint
from signalcraft.sources.scenario.org import Collector
from signalcraft.sources.scenario.past import CASES, FAMILIES, emit_past

MS = timedelta(milliseconds=1)


@pytest.fixture(scope="module")
def scenario(incident_scenario) -> Scenario:
    return incident_scenario


@pytest.fixture(scope="module")
def records(scenario) -> list:
    """Every record of the scenario's good messages, in delivery order."""
    identity, out = Identity(), []
    for msg in scenario.messages:
        if msg.malformed:
            continue
        try:
            out += parse_payload(msg.value, msg.kind, msg.headers, identity)[1]
        except DecodeError:
            pytest.fail(f"a good {msg.format} message was refused")
    return out


def _past(seed: int):
    out = Collector(random.Random(seed), DEFAULT_START - timedelta(weeks=10), DEFAULT_START)
    incidents = emit_past(out, DEFAULT_START, 10)
    return incidents, [(m.kind, m.key, m.value, m.timestamp_ms) for m in out.messages()]


def test_the_same_stream_gives_the_same_past_and_another_moves_it():
    (a, wire), (b, again), (c, other) = _past(1), _past(1), _past(2)
    assert (a, wire) == (b, again)
    assert wire != other and [p.opened_at for p in a] != [p.opened_at for p in c]
    assert sorted((p.service, p.alertname, p.fix) for p in a) == sorted((p.service, p.alertname, p.fix) for p in c)


def test_no_history_no_past():
    assert generate(history_weeks=0).truth.past_incidents == ()


def test_the_incident_family_recurs_across_projects_beside_other_families(scenario):
    t = scenario.truth
    past, same = t.past_incidents, t.similar_past
    assert len(past) == len(CASES) and 12 <= len(past) <= 20
    assert len(same) >= 4 and len({p.project for p in same}) >= 3 and {p.family for p in same} == {t.family}
    assert {p.family for p in past} == set(FAMILIES) and sum(not p.same_family for p in past) >= len(same)
    (own,) = [p for p in same if (p.project, p.service) == (t.project, t.service)]  # payments-api, a month before
    assert timedelta(days=25) <= scenario.start - own.opened_at <= timedelta(days=40)
    assert all(p.change == "deployment" for p in same)
    rollbacks = [p for p in same if p.fix.startswith("rolled back to the previous version and raised")]
    assert len(rollbacks) >= 2 and len({p.project for p in rollbacks}) >= 2  # one fix, worded alike, ranks first
    assert len({p.alertname for p in past}) >= 10 and "HighErrorRate" not in {p.alertname for p in past}
    habits = {"SearchIndexerLagHigh", "KubeNodeNotReady", "KubePodNotReady", "TokenCacheEvictionsHigh",
              "KubePodCrashLooping", "MetricAnomaly"}
    assert not habits & {p.alertname for p in past}  # no group can merge with a history habit's


def test_each_resolution_names_one_of_its_alerts_by_fingerprint(scenario, records):
    alerts = [r for r in records if isinstance(r, AlertEvent)]
    resolutions = [r for r in records if isinstance(r, Resolution)]
    for p in scenario.truth.past_incidents:
        (note,) = [r for r in resolutions if r.fingerprint == p.fingerprint and abs(r.resolved_at - p.resolved_at) < MS]
        assert note.group_id is None and (note.root_cause, note.fix) == (p.root_cause, p.fix)
        assert note.links == p.links and note.links[0].startswith("https://wiki.acme.io/postmortems/")
        mine = [a for a in alerts if a.fingerprint == p.fingerprint and abs(a.starts_at - p.opened_at) < MS]
        assert {(a.project, a.service, a.name, a.status, a.source) for a in mine} == {
            (p.project, p.service, p.alertname, status, "alertmanager") for status in ("firing", "resolved")}
        assert {fingerprint(a.labels) for a in mine} == {p.fingerprint}  # Prometheus' own fingerprint of its labels
        assert p.opened_at < p.resolved_at


def test_every_resolution_attaches_to_a_group_the_flow_makes(scenario, records):
    grouper, states, groups = AlertGrouper(), {}, []
    for r in records:
        if isinstance(r, AlertEvent):
            key = grouper.key_of(r)
            states[key], out = grouper.step(states.get(key), r)
            groups += [g for g in out if g.status == "created"]
    resolutions = [r for r in records if isinstance(r, Resolution)]
    timeline = sorted([*groups, *resolutions],
                      key=lambda x: (x.opened_at, 0) if isinstance(x, AlertGroup) else (x.resolved_at, 1))
    attacher, kept, done = ResolutionAttacher(), {}, []
    for item in timeline:
        for key, value in attach_keys(item):
            kept[key], out = attacher.step(kept.get(key), value)
            done += out
    assert not [d for d in done if isinstance(d, DeadLetter)]
    assert len(done) == len(resolutions) == scenario.truth.records["resolutions"]
    opened = {g.id: g for g in groups}
    by_note = {(r.fingerprint, r.resolved_at): opened[r.group_id] for r in done}

    def group_of(fp, resolved_at):  # the stored resolved_at is to the millisecond
        return by_note[fp, resolved_at.replace(microsecond=resolved_at.microsecond // 1000 * 1000)]

    for p in scenario.truth.past_incidents:
        g = group_of(p.fingerprint, p.resolved_at)
        assert (g.project, g.service, g.group_labels["alertname"]) == (p.project, p.service, p.alertname)
        assert abs(g.opened_at - p.opened_at) < MS
    t = scenario.truth  # the incident's own resolution goes to its first critical group, not to the month-old one
    (own,) = [p for p in t.similar_past if p.fingerprint == t.resolution_fingerprint]  # the same alert rule
    assert abs(group_of(t.resolution_fingerprint, t.resolved_at).opened_at - t.first_critical) < MS
    assert abs(group_of(own.fingerprint, own.resolved_at).opened_at - own.opened_at) < MS


def test_the_past_comes_before_the_incident_day_on_working_days_apart(scenario):
    t = scenario.truth
    past = t.past_incidents
    assert all(t.history.since < p.opened_at < p.resolved_at < scenario.start - timedelta(days=2) for p in past)
    assert all(p.opened_at.weekday() < 5 and 8 <= p.opened_at.hour < 16 for p in past)
    assert all(abs(a.opened_at - b.opened_at) >= timedelta(days=1 if a.project == b.project else 0, hours=3)
               for a, b in combinations(past, 2))  # never two at once, nor two of a project within a day
    assert all(p.opened_at + timedelta(hours=6) <= s or e + timedelta(hours=4) <= p.opened_at
               for p in past for s, e in t.history.busy)


def test_the_past_logs_are_few_and_leave_the_incident_pool_error_new(scenario, records):
    before = [r for r in records if isinstance(r, LogRecord) and r.timestamp < scenario.start]
    errors = [r for r in before if r.is_error]
    assert {r.service for r in errors} == {p.service for p in scenario.truth.past_incidents}
    for p in scenario.truth.past_incidents:
        mine = [r for r in errors if r.service == p.service and p.opened_at - timedelta(minutes=25) <= r.timestamp
                <= p.opened_at + timedelta(minutes=2)]
        assert 5 <= len(mine) <= 8  # a few, far from the 20 in 5 minutes that make a "new error pattern" warning
    payments = [r.body for r in errors if r.service == "payments-api"]
    assert any(b.startswith("HikariPool-1 - Connection is not available") for b in payments)
    assert not any("waiting=" in b for b in payments)  # the incident day's pool error is a pattern never seen
