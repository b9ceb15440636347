"""What the flow's steps report: decoded batches by topic and kind, the join's state sizes
summed over its keys, the groups, correlations and warnings emitted (no Bytewax here)."""

from __future__ import annotations

import json
import threading
from collections import Counter

from signalcraft.models import AlertEvent, AlertGroup, AnomalyModel, ChangeEvent, EarlyWarning, RawMessage
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.ingest import BatchDecoder
from signalcraft.operators.metering import (
    KeySizes,
    decoded_meter,
    keyed_in_value,
    metered_group_join,
    metered_groups,
    metered_join,
    metered_watch,
    stored_meter,
)
from signalcraft.params import Identity
from tests.support import alert, at, change


class Recorder:
    """A meter that keeps what it is told."""

    def __init__(self) -> None:
        self.records: Counter = Counter()
        self.rows: Counter = Counter()
        self.dead: Counter = Counter()
        self.out: Counter = Counter()
        self.sizes: dict[str, int] = {}
        self.calls = 0

    def records_in(self, topic, kind, n):
        self.calls += 1
        self.records[(topic, kind)] += n

    def records_out(self, table, n):
        self.calls += 1
        self.rows[table] += n

    def dead_letters(self, step, n=1):
        self.calls += 1
        self.dead[step] += n

    def emitted(self, kind, n=1):
        self.calls += 1
        self.out[kind] += n

    def state_size(self, name, value):
        self.calls += 1
        self.sizes[name] = value


def test_a_decoded_batch_counts_records_by_topic_and_kind_and_refusals_by_step():
    alert_doc = {"workspace_id": "acme", "project": "shop", "environment": "prod", "service": "api",
                 "name": "Down", "severity": "critical", "status": "firing", "labels": {}, "fingerprint": "f1",
                 "starts_at": "2024-03-05T10:00:00Z"}
    batch = [
        RawMessage("in.alerts", 0, 0, json.dumps(alert_doc).encode(), headers={"sc-format": "signalcraft-alert"}),
        RawMessage("in.alerts", 0, 1, json.dumps({**alert_doc, "fingerprint": "f2"}).encode()),
        RawMessage("in.alerts", 0, 2, b"{oops", headers={"sc-format": "signalcraft-alert"}),
        RawMessage("in.alerts", 1, 0, b"\xff"),
        RawMessage("elsewhere", 0, 0, b"{}"),
    ]
    decoded = BatchDecoder({"in.alerts": "alerts"}, Identity())(batch)
    assert decoded.kinds() == [("in.alerts", "AlertEvent", 2)]
    assert sorted(decoded.dead_steps()) == [("json", 2), ("route", 1)]
    meter = Recorder()
    decoded_meter(meter)("step", decoded)
    assert meter.records == {("in.alerts", "AlertEvent"): 2}
    assert meter.dead == {"json": 2, "route": 1}


def test_stored_rows_are_counted_by_table_once_per_list():
    meter = Recorder()
    inspect = stored_meter(meter, lambda kind: {AlertEvent: "alert_events", ChangeEvent: "change_events"}[kind])
    deploy = change("c", "deployment", "gh", 1, summary="deploy")
    inspect("step", [alert("A", "api", "firing", 0), deploy, alert("B", "api", "firing", 0)])
    inspect("step", [change("d", "deployment", "gh", 2, summary="deploy")])
    assert meter.rows == {"alert_events": 2, "change_events": 2}
    assert meter.calls == 3


def test_the_join_reports_its_state_summed_over_keys():
    correlator = Correlator()
    meter = Recorder()
    step = metered_join(correlator.step_many, meter)
    states = {}
    items = [
        change("d1", "deployment", "gh", -5, summary="deploy"),
        change("d2", "deployment", "gh", -3, summary="deploy", service="cart"),
        change("d3", "deployment", "gh", -4, summary="deploy").model_copy(update={"environment": "staging"}),
    ]
    for item in items:
        key = correlator.key_of(item)
        states[key], _ = step(states.get(key), [item])
    assert meter.sizes == {"join_keys": 2, "join_buffered_changes": 3}  # no group opened: the gauge untouched
    assert meter.out == {}


def test_the_join_counts_correlations_and_open_groups():
    correlator = Correlator()
    meter = Recorder()
    step = metered_join(correlator.step_many, meter)
    group = AlertGroup(id="g1", workspace_id="acme", group_key="{}", group_labels={}, project="shop",
                       environment="prod", service="checkout", status="created", opened_at=at(0), updated_at=at(0),
                       fingerprints=("f",), alert_count=1, max_severity="critical", version=1)
    state, _ = step(None, [change("d1", "deployment", "gh", -5, summary="deploy")])
    state, out = step(state, group)
    assert out and meter.out == {"correlations": len(out)}
    assert meter.sizes == {"join_keys": 1, "join_buffered_changes": 1, "join_open_groups": 1}
    assert meter.sizes["join_open_groups"] == len(state.groups)


def test_the_grouped_join_reports_as_the_two_steps_apart():
    from signalcraft.operators.group_join import GroupJoin
    from signalcraft.operators.grouping import AlertGrouper

    records = [change("d1", "deployment", "gh", -5, summary="deploy"), alert("HighLatency", "checkout", "firing", 0),
               alert("HighLatency", "checkout", "firing", 60, fingerprint="f2"),
               change("d2", "deployment", "gh", 30, summary="deploy", service="cart"),
               alert("HighLatency", "checkout", "resolved", 0, 900),
               alert("HighLatency", "checkout", "resolved", 60, 900, fingerprint="f2")]
    together, groups_meter, join_meter = Recorder(), Recorder(), Recorder()
    group_join = GroupJoin(AlertGrouper(), Correlator())
    step = metered_group_join(group_join.step_many, together)
    groups = metered_groups(lambda s, out: (s, out), groups_meter)
    join = metered_join(lambda s, out: (s, out), join_meter)
    state = None
    for record in records:
        state, out = step(state, [record])
        groups(None, [r for r in out if isinstance(r, AlertGroup)])
        join(state.join, [r for r in out if not isinstance(r, AlertGroup)])
    assert together.out == groups_meter.out + join_meter.out
    assert together.out["alert_groups"] >= 2 and together.out["correlations"] >= 1
    assert together.sizes == join_meter.sizes


def test_groups_and_warnings_emitted_are_counted_per_call():
    meter = Recorder()
    groups = metered_groups(lambda s, events: (s, list(events)), meter)
    groups(None, ["g1", "g2"])
    groups(None, [])
    warning = EarlyWarning.model_construct()
    model = AnomalyModel.model_construct()
    watch = metered_watch(lambda s, records: (s, records), meter)
    by_series = keyed_in_value(lambda records: [("s1", records[:2]), ("s2", records[2:])])
    for _key, value in by_series([warning, model, warning]):
        watch(None, value)
    watch(None, ("s1", []))
    assert meter.out == {"alert_groups": 2, "warnings": 2}
    assert meter.sizes == {"watched_series": 2}


def test_key_sizes_are_consistent_under_threads():
    sizes = KeySizes("keys", "n")
    last: dict[str, int] = {}

    def work(worker: int) -> None:
        for i in range(2000):
            for name, total in sizes.update((worker, i % 50), i % 7):
                last[name] = total

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sizes.update(("check", 0), 0) == [("keys", 201)]
    assert sizes.update(("check", 0), 1)[0][1] == 4 * sum(i % 7 for i in range(1950, 2000)) + 1
