"""Silence suggestions from a small history: one of each kind, their evidence, backtest and
YAML, and the decoys that make none."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import yaml

from signalcraft.models import AlertEvent, AuditEntry, EarlyWarning, Matcher, make_id
from signalcraft.operators.silence_history import History, matcher_strings
from signalcraft.operators.silence_suggest import alertmanager_fragment, suggest

T0 = datetime(2026, 1, 5, tzinfo=UTC)  # a Monday
NOW = T0 + timedelta(weeks=12)


def silence(key: str, matchers: dict[str, str], start: datetime, minutes: float, made: datetime | None = None,
            actor: str = "ana") -> AuditEntry:
    made = made or start
    return AuditEntry(
        id=make_id("audit", key), workspace_id="w", action="silence", actor=actor,
        matchers=tuple(Matcher(name=k, value=v) for k, v in matchers.items()), target=key,
        duration_s=minutes * 60, timestamp=made, starts_at=start, ends_at=start + timedelta(minutes=minutes),
        updated_at=made, state="active", source="alertmanager-silence",
    )


def firing(name: str, fp: str, start: datetime, minutes: float, severity: str = "warning",
           **labels: str) -> list[AlertEvent]:
    common = {"workspace_id": "w", "project": "shop", "environment": "prod", "service": labels.get("service", "x"),
              "name": name, "severity": severity, "fingerprint": fp, "labels": {"alertname": name, **labels},
              "starts_at": start, "source": "alertmanager"}
    return [AlertEvent(id=make_id("alert", fp, start, "f"), status="firing", **common),
            AlertEvent(id=make_id("alert", fp, start, "r"), status="resolved",
                       ends_at=start + timedelta(minutes=minutes), **common)]


def history() -> list:
    out: list = []
    for w in range(12):
        week = T0 + timedelta(weeks=w)
        # maintenance: search-indexer silenced Thursdays 22:00-23:30, alerts fire in it
        if w not in (4, 9):
            thu = week + timedelta(days=3, hours=22, minutes=(w % 3) * 5)
            out.append(silence(f"mnt-{w}", {"service": "search-indexer"}, thu, 90))
            out += firing("IndexLag", f"lag-{w}", thu + timedelta(minutes=10), 30, service="search-indexer")
        # a node down makes its disk alert noise, which people silence: NodeDown inhibits DiskStale
        for k in range(2):
            rng = random.Random(10 * w + k)  # at no regular time: not a schedule
            t = week + timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 23), minutes=rng.randint(0, 59))
            node = f"node-{rng.randint(0, 5)}"
            out += firing("NodeDown", f"nd-{w}-{k}", t, 45, severity="critical", instance=node, service="infra")
            out += firing("DiskStale", f"ds-{w}-{k}", t + timedelta(minutes=2), 40, instance=node, service="infra")
            out.append(silence(f"ds-sil-{w}-{k}", {"alertname": "DiskStale", "instance": node},
                               t + timedelta(minutes=6), 60))
        # a flappy alert acked within minutes every time
        for k in range(3):
            t = week + timedelta(days=k, hours=14 + k)
            out += firing("QueueDepthHigh", f"q-{w}-{k}", t, 20, service="mailer")
            out.append(AuditEntry(id=make_id("audit", "ack", w, k), workspace_id="w", action="ack", actor="bo",
                                  target=f"q-{w}-{k}", timestamp=t + timedelta(minutes=3), source="pagerduty-events"))
        # an early-warning series whose warnings are silenced, never followed by an incident
        t = week + timedelta(days=w % 5, hours=3 + (7 * w) % 13)
        labels = {"alertname": "HighLogErrorRate", "service": "batch", "project": "shop", "environment": "prod",
                  "series": "logs:w/shop/prod/batch", "severity": "warning"}
        out.append(EarlyWarning(id=make_id("warning", w), workspace_id="w", labels=labels,
                                annotations={"summary": "s", "description": "d"}, starts_at=t, generator_url="",
                                metric_key="logs:w/shop/prod/batch", observed=0.2, expected=0.05, band=(0.0, 0.1),
                                sigma=3.5, method="m"))
        out.append(silence(f"warn-sil-{w}", {"alertname": "HighLogErrorRate", "service": "batch"},
                           t + timedelta(minutes=5), 60))
        # decoys: a one-off maintenance, an ad-hoc silence
        if w == 6:
            out.append(silence("one-off", {"service": "payments"}, week + timedelta(days=2, hours=1), 240))
    return out


def mined():
    h = History().add_all(sorted(history(), key=lambda r: getattr(r, "timestamp", None) or r.starts_at))
    return {s.kind: s for s in suggest("w", h, NOW)}, suggest("w", h, NOW)


def test_one_suggestion_of_each_kind_and_no_decoy():
    by_kind, all_ = mined()
    assert sorted(by_kind) == ["inhibit_rule", "mute_time_interval", "route", "sensitivity"]
    assert len(all_) == 4  # the one-off and the quick acks of DiskStale (inhibited) make none


def test_the_mute_suggestion_has_its_schedule_evidence_and_backtest():
    s, _ = mined()
    mute = s["mute_time_interval"]
    assert mute.matchers == ('service="search-indexer"',)
    assert mute.time_intervals == ({"times": [{"start_time": "22:00", "end_time": "23:40"}],
                                    "weekdays": ["thursday"], "location": "UTC"},)
    assert (mute.support, mute.evidence["of"]) == (10, 12)
    assert mute.backtest["would_mute"] == 10 and mute.backtest["silenced_anyway"] == 10
    assert mute.backtest["collateral"] == 0 and mute.confidence == round(10 / 12, 3)
    assert "thursday 22:00-23:40 UTC, 10 of the last 12 weeks" in mute.text


def test_the_inhibit_rule_names_source_target_and_equal_labels():
    s, _ = mined()
    rule = s["inhibit_rule"]
    assert (rule.source_matchers, rule.target_matchers, rule.equal) == (
        ('alertname="NodeDown"',), ('alertname="DiskStale"',), ("instance", "service"))
    assert yaml.safe_load(rule.yaml) == {"inhibit_rules": [{"source_matchers": ['alertname="NodeDown"'],
                                                             "target_matchers": ['alertname="DiskStale"'],
                                                             "equal": ["instance", "service"]}]}


def test_route_and_sensitivity():
    s, _ = mined()
    assert s["route"].matchers == ('alertname="QueueDepthHigh"', 'service="mailer"')
    assert s["route"].settings["group_wait"] == "10m" and s["route"].evidence["of"] == 36
    assert s["sensitivity"].settings == {"metric_key": "logs:w/shop/prod/batch", "raise_sigma": "4"}


def test_the_fragment_merges_every_alertmanager_suggestion():
    _, all_ = mined()
    fragment = alertmanager_fragment(all_)
    assert sorted(fragment) == ["inhibit_rules", "routes", "time_intervals"]
    assert len(fragment["routes"]) == 2 and len(fragment["inhibit_rules"]) == 1


def test_matcher_strings_escape_quotes():
    assert matcher_strings([Matcher(name="msg", value='say "hi"')]) == ('msg="say \\"hi\\""',)


def test_the_streaming_miner_versions_changes_and_withdraws_what_stopped():
    from signalcraft.operators.silence_mining import SilenceMiner

    records = sorted(history(), key=lambda r: getattr(r, "timestamp", None) or r.starts_at)
    miner, state, sent = SilenceMiner(), None, []
    for i in range(0, len(records), 25):
        state, out = miner.step_many(state, records[i:i + 25])
        sent += out
    latest = {}
    for s in sent:
        assert s.version == latest[s.id].version + 1 if s.id in latest else s.version == 1
        latest[s.id] = s
    assert {s.kind for s in latest.values() if s.status == "suggested"} == {
        "inhibit_rule", "mute_time_interval", "route", "sensitivity"}
    # the same records again, as a replay after a crash: the same versions
    again, state2 = [], None
    for i in range(0, len(records), 40):
        state2, out = miner.step_many(state2, records[i:i + 40])
        again += out
    assert {s.id: s.version for s in again} == {s.id: s.version for s in sent}
    # four weeks later: the maintenance silences stopped (its schedule missed its last periods): withdrawn,
    # one version up; the rules wait for their next chance (no firing since, nothing contradicts them)
    quiet = AuditEntry(id="a-late", workspace_id="w", action="ack", timestamp=NOW + timedelta(weeks=4),
                       source="signalcraft")
    state, out = miner.step_many(state, [quiet])
    assert [(s.kind, s.status) for s in out if s.status == "withdrawn"] == [("mute_time_interval", "withdrawn")]
    assert all(s.version == latest[s.id].version + 1 for s in out)
    # then the flappy alert fires three times and nobody acks it: people stopped, the route is withdrawn
    later = NOW + timedelta(weeks=4, days=1)
    ignored = [e for k in range(3) for e in firing("QueueDepthHigh", f"q-late-{k}", later + timedelta(hours=k), 20,
                                                   service="mailer")]
    tick = AuditEntry(id="a-later", workspace_id="w", action="ack", timestamp=later + timedelta(days=1),
                      source="signalcraft")
    state, out = miner.step_many(state, [*ignored, tick])
    assert [s.status for s in out if s.kind == "route"][-1] == "withdrawn"


def test_many_alerts_that_never_end_and_no_mute_are_not_paired_all_with_all():
    """A flood of alerts that stay on (no silence, no ack) offers no inhibition to find; the
    miner must see that from the muted firings alone instead of pairing every alert with every
    other one (4,000 alerts sharing a label: 16 million pairs, minutes and gigabytes)."""
    import time

    from signalcraft.operators.silence_rules import find_inhibitions

    records = [AlertEvent(id=make_id("alert", i), workspace_id="w", project="shop", environment="prod",
                          service=f"s{i % 40}", name=f"Alert{i % 25}", severity="warning", status="firing",
                          fingerprint=f"fp{i}", labels={"alertname": f"Alert{i % 25}", "cluster": "c1"},
                          starts_at=T0 + timedelta(seconds=i), source="alertmanager") for i in range(4000)]
    flooded = History().add_all([*sorted(history(), key=lambda r: getattr(r, "timestamp", None) or r.starts_at),
                                 *records])
    t0 = time.perf_counter()
    found = find_inhibitions(flooded)
    assert time.perf_counter() - t0 < 5.0
    assert [(r.source, r.target) for r in found] == [("NodeDown", "DiskStale")]
