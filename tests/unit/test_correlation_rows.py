"""Grouping and the join read an alert event's row (``sources/alert_rows.py``) as they read its
record: over a seeded correlation scenario, both paths of the branch (grouping and the join as one
fold per join key, and as two steps) emit the same groups and correlations, in the same order, from
rows as from records, and the state they keep pickles to the same bytes."""

from __future__ import annotations

import pickle

import pytest

from signalcraft.config import CorrelationSettings
from signalcraft.models import AlertEvent
from signalcraft.operators.correlation import Correlator
from signalcraft.operators.group_join import GroupJoin
from signalcraft.operators.grouping import AlertGrouper
from signalcraft.sources.alert_rows import AlertRow
from tests.support import load_benchmark


@pytest.fixture(scope="module")
def scenario():
    cs, corr = load_benchmark("correlation_scenario"), load_benchmark("correlation")
    return corr.tenants(cs.generate(seed=3, incidents=60), 2)


@pytest.fixture(scope="module")
def per_message(scenario):
    return load_benchmark("correlation").decoded(scenario)


def _dumps(records: list) -> list[str]:
    return [r.model_dump_json() for r in records]


@pytest.mark.parametrize("size", [1, 37])
def test_the_grouped_join_emits_from_rows_what_it_emits_from_records(scenario, per_message, size):
    branch = load_benchmark("correlation_branch")
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    records, rows = branch.batches(per_message, size), branch.batches(per_message, size, rows=True)
    assert sum(isinstance(r, AlertRow) for b in rows for r in b) > 100
    assert not any(isinstance(r, AlertEvent) for b in rows for r in b)
    want, got = branch.replay_grouped(records, settings), branch.replay_grouped(rows, settings)
    assert len(want[0]) > 50 and len(want[1]) > 50
    assert _dumps(got[0]) == _dumps(want[0]) and _dumps(got[1]) == _dumps(want[1])


def test_grouping_and_the_join_as_two_steps_emit_from_rows_what_they_emit_from_records(scenario, per_message):
    branch = load_benchmark("correlation_branch")
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    want = branch.replay(branch.batches(per_message, 37), settings)
    got = branch.replay(branch.batches(per_message, 37, rows=True), settings)
    assert len(want[0]) > 50 and len(want[1]) > 50
    assert _dumps(got[0]) == _dumps(want[0]) and _dumps(got[1]) == _dumps(want[1])


def test_the_state_of_a_join_fed_rows_pickles_as_the_state_fed_records(scenario, per_message):
    branch = load_benchmark("correlation_branch")
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    states = []
    for rows in (False, True):
        group_join = GroupJoin(AlertGrouper.of(settings.grouping()), Correlator(settings.params()))
        kept: dict = {}
        for batch in branch.batches(per_message, 37, rows):
            for key, records in group_join.by_key(batch):
                kept[key], _ = group_join.step_many(kept.get(key), records)
        states.append({key: pickle.dumps(state) for key, state in kept.items()})
    assert len(states[0]) > 1 and states[1] == states[0]


def test_a_firing_row_counts_for_the_alert_rate_and_a_resolved_one_does_not(per_message):
    correlator = Correlator()
    alerts = [r for rs in per_message for r in rs if isinstance(r, AlertEvent)]
    firing = next(a for a in alerts if a.status == "firing")
    resolved = next(a for a in alerts if a.status != "firing")
    row = load_benchmark("correlation_branch").row_of
    assert correlator.by_key([row(firing), row(resolved)]) == [(correlator.key_text(firing), [row(firing)])]
    state, out = correlator.step(None, row(firing))
    assert out == [] and state.alerts.edits.get(firing.service) == 1


def test_rows_that_crossed_to_another_process_join_as_they_were(scenario, per_message):
    """Rows travel pickled to the process that holds their join key (a Bytewax cluster)."""
    branch = load_benchmark("correlation_branch")
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    rows = branch.batches(per_message, 37, rows=True)
    crossed = pickle.loads(pickle.dumps(rows, pickle.HIGHEST_PROTOCOL))
    assert crossed == rows
    assert [list(map(type, batch)) for batch in crossed] == [list(map(type, batch)) for batch in rows]
    want, got = branch.replay_grouped(rows, settings), branch.replay_grouped(crossed, settings)
    assert _dumps(got[0]) == _dumps(want[0]) and _dumps(got[1]) == _dumps(want[1])


def test_from_the_messages_rows_and_records_make_the_same_groups_and_correlations(scenario):
    """Decoded as the flow decodes them, alert rows (the watch off) and alert records (the watch on) give the same
    output, whatever the formats the scenario's tools send."""
    branch = load_benchmark("correlation_branch")
    settings = CorrelationSettings(dependencies=scenario.dependencies)
    raw = branch.raw_batches(scenario, 37)
    want, got = branch.replay_ingest(raw, settings, rows=False), branch.replay_ingest(raw, settings, rows=True)
    assert len(want[0]) > 50 and len(want[1]) > 50
    assert _dumps(got[0]) == _dumps(want[0]) and _dumps(got[1]) == _dumps(want[1])
