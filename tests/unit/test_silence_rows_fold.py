"""Silence mining's fold of alert rows (the ingest flow's route): the same histories, in the same order,
sharing the same strings and label tuples (pickles byte for byte), and the same suggestions as the records'
route and as the rules written one record at a time; batches of one kind, so alert-only batches take the
one-kind path (``History.fold``) and the others the mixed loop."""

from __future__ import annotations

import pickle
import random
import sys
from datetime import timedelta

import pytest

from signalcraft.models import AlertEvent
from signalcraft.operators import silence_history as sh
from signalcraft.operators.silence_history import History, event_time, event_times
from signalcraft.operators.silence_mining import SilenceMiner
from signalcraft.sources.alert_rows import AlertRow, row_of
from tests.unit.test_silence_fast_paths import alerts_then_mixed, in_order_alerts, mining_params
from tests.unit.test_silence_fold import assert_same, one_by_one
from tests.unit.test_silence_suggest import T0, history


def awkward_alerts(seed: int, n: int = 400) -> list[AlertEvent]:
    """Alerts the row loop must take as the record loop does: repeats and resolves of held firings,
    the same firing twice in a batch, resolves without an end, a name other than the ``alertname``
    label, labels in different orders, label values met first as other strings, many label sets."""
    rng, out, fired = random.Random(seed), [], []
    for i in range(n):
        if fired and rng.random() < 0.35:
            fp, start = fired[-rng.randrange(1, min(len(fired), 6) + 1)]  # often in the same batch
        else:
            fp, start = f"fp-{seed}-{i}", T0 + timedelta(seconds=60 * (i // 4))
            fired.append((fp, start))
        status = rng.choice(["firing", "resolved", "resolved"])
        end = rng.choice([None, start + timedelta(minutes=rng.choice([-3, 2, 30]))])
        name = rng.choice(["Down", "Slow", "DiskFull"])
        labels = {"alertname": rng.choice([name, name, "Other"]), "service": rng.choice(["api", "db", "web"]),
                  "pod": f"p{rng.randrange(40)}"}
        if rng.random() < 0.3:
            labels = dict(reversed(labels.items()))
        if rng.random() < 0.2:
            labels["zone"] = "".join(rng.choice("ab") for _ in range(2))  # equal values, other string objects
        out.append(AlertEvent(id=f"a-{seed}-{i}", workspace_id="w", project="p", environment="prod", service="api",
                              name="".join(name), severity=rng.choice(["critical", "warning"]), status=status,
                              labels=labels, fingerprint=fp, starts_at=start, ends_at=end, source="s"))
    return out


def folded(records: list, size: int, rows: bool) -> History:
    """``records`` folded as batches of ``size``, as rows (the row loop) or as records (the record loop)."""
    h = History(max_items=10**9)
    items = [row_of(r) for r in records] if rows else records
    for i in range(0, len(items), size):
        batch = items[i : i + size]
        h.fold(batch, event_times(batch), AlertRow if rows else AlertEvent)
    return h


STREAMS = [*(in_order_alerts(seed) for seed in range(3)), *(awkward_alerts(seed) for seed in range(4))]


@pytest.mark.parametrize("records", STREAMS)
@pytest.mark.parametrize("size", [1, 7, 50, 1000])
def test_rows_fold_to_the_history_of_records_and_of_one_record_at_a_time(records, size):
    got = folded(records, size, rows=True)
    assert_same(got, folded(records, size, rows=False))
    assert_same(got, one_by_one(records))


@pytest.mark.parametrize("records", STREAMS)
def test_rows_share_names_and_label_tuples_as_records_do(records):
    """The same objects shared the same way: the pickles are byte for byte the same."""
    got, want = folded(records, 50, rows=True), folded(records, 50, rows=False)
    assert pickle.dumps(got) == pickle.dumps(want)
    assert all(f.name is sys.intern(f.name) for f in got.firings.values())


def test_rows_fold_so_when_the_remembered_label_sets_are_forgotten(monkeypatch):
    monkeypatch.setattr(sh, "_ALERT_LABELS_MAX", 5)
    records = awkward_alerts(9)
    got = folded(records, 30, rows=True)
    assert_same(got, one_by_one(records))
    assert pickle.dumps(got) == pickle.dumps(folded(records, 30, rows=False))


def runs_of_one_kind(records: list, most: int) -> list[list]:
    """``records`` cut into batches of at most ``most``, each of alerts only or of no alert (the
    flow's alert-only batches take the row loop; a mixed batch folds its alerts one by one)."""
    out: list[list] = []
    for r in records:
        if out and len(out[-1]) < most and isinstance(out[-1][0], AlertEvent) == isinstance(r, AlertEvent):
            out[-1].append(r)
        else:
            out.append([r])
    return out


@pytest.mark.parametrize("stream", ["scenario", "alerts then mixed"])
def test_rows_mine_the_suggestions_of_records(stream):
    """The silence scenario's weeks of audit entries and alerts (and a seeded stream of alerts, then
    mutes, warnings and acks), in batches: with the alerts as rows, the same suggestions at the same
    versions and the same final state, byte for byte."""
    records = sorted(history(), key=event_time) if stream == "scenario" else alerts_then_mixed(0)[1]
    out = {}
    for rows in (False, True):
        miner, state, sent = SilenceMiner(mining_params(10**9)), None, []
        for batch in runs_of_one_kind(records, 40):
            state, got = miner.step_many(state, [row_of(r) for r in batch] if rows and isinstance(
                batch[0], AlertEvent) else batch)
            sent += got
        out[rows] = [s.model_dump() for s in sent], pickle.dumps(state)
    assert len(out[True][0]) >= (3 if stream == "scenario" else 0) and out[True] == out[False]


def test_a_history_pickled_midway_folds_on_as_one_never_pickled():
    """A snapshot of a history folded from rows loads and folds on as one never pickled."""
    records = awkward_alerts(3)
    rows = [row_of(r) for r in records]
    h = History(max_items=10**9)
    h.fold(rows[:200], event_times(rows[:200]), AlertRow)
    h = pickle.loads(pickle.dumps(h))
    h.fold(rows[200:], event_times(rows[200:]), AlertRow)
    assert_same(h, one_by_one(records))
