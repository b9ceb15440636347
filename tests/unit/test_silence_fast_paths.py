"""Silence mining's shortcuts for the ingest flow's usual shape (alert-only batches in order of
start, a history younger than its horizon, no silences): the same histories, in the same
order, and the same findings as the general paths, over seeded streams that take both."""

from __future__ import annotations

import copy
import dataclasses
import functools
import pickle
import random
from datetime import timedelta

import pytest

from signalcraft.models import AlertEvent, AlertMute, AuditEntry, EarlyWarning
from signalcraft.operators import silence_history as sh
from signalcraft.operators import silence_items
from signalcraft.operators import silence_rules as rules
from signalcraft.operators.silence_history import History, event_time, kind_of
from signalcraft.operators.silence_mining import MinerState, SilenceMiner
from signalcraft.params import RuleParams, SilenceParams
from tests.silence_reference import muted_per_firing, noisy_as_before
from tests.unit.test_silence_fold import (
    NAMES,
    OneByOneMiner,
    assert_same,
    one_by_one,
    other,
    trimmed_as_before,
)
from tests.unit.test_silence_suggest import T0


def in_order_alerts(seed: int, n: int = 600, repeat: float = 0.2, step_s: int = 90) -> list[AlertEvent]:
    """Alerts as the ingest benchmark sends them: starts in order (ties included), mostly new
    fingerprints, some notifications repeated and resolved later, some ending before they start."""
    rng, out, fired = random.Random(seed), [], []
    for i in range(n):
        start = T0 + timedelta(seconds=step_s * (i // 3))
        if fired and rng.random() < repeat:
            fp, start = rng.choice(fired)
        else:
            fp = f"fp-{seed}-{i}"
            fired.append((fp, start))
        status = "resolved" if rng.random() < 0.3 else "firing"
        end = start + timedelta(minutes=rng.choice([-5, 5, 40])) if status == "resolved" else None
        name = rng.choice(NAMES)
        out.append(AlertEvent(id=f"a-{seed}-{i}", workspace_id="w", project="p", environment="prod",
                              service="api", name=name, severity=rng.choice(["critical", "warning"]), status=status,
                              labels={"alertname": name, "service": rng.choice(["api", "db"])}, fingerprint=fp,
                              starts_at=start, ends_at=end, source="s"))
    return out


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize(("horizon", "max_items"), [(timedelta(weeks=13), 10**9), (timedelta(hours=2), 10**9),
                                                    (timedelta(weeks=13), 50), (timedelta(hours=3), 120)])
def test_an_in_order_history_trims_as_the_sort_did(seed, horizon, max_items):
    h = one_by_one(in_order_alerts(seed))
    h.horizon, h.max_items = horizon, max_items
    want = trimmed_as_before(h)
    h.trim()
    assert_same(h, want)


def test_a_firing_that_ended_before_the_cut_is_cut_though_it_started_after():
    a = in_order_alerts(0, n=30)
    h = one_by_one(a)
    late = min(f.start for f in h.firings.values())
    fp = "ends-before-it-starts"
    h.firings = {**h.firings, (fp, late): sh.Firing(fp, "Down", (), late, late - timedelta(hours=3))}
    h.horizon = h.clock - late  # every start at or after the cut, that end before it
    want = trimmed_as_before(h)
    h.trim()
    assert_same(h, want)
    assert (fp, late) not in h.firings


@pytest.mark.parametrize("seed", range(6))
def test_the_firing_table_trims_by_the_general_rules(seed):
    """``FiringTable.trimmed`` (columns) keeps the rows ``_since`` and ``_newest`` keep of the
    firings as a dict, in their order, and is the table itself when it keeps every row."""
    rng = random.Random(seed)
    h = one_by_one(in_order_alerts(seed, n=300) if seed % 2 else
                   sorted(in_order_alerts(seed, n=300), key=lambda _: rng.random()))
    times = [f.end or f.start for f in h.firings.values()]
    for cut in (min(times) - timedelta(1), *rng.sample(times, 5), max(times) + timedelta(1)):
        for limit in (0, 1, 7, 100, len(h.firings) - 1, len(h.firings), 10**6):
            want = sh._newest(sh._since(h.firings, times, cut), limit)
            got = h.fired.trimmed(cut, limit)
            assert list(zip(got.keys(), map(sh._firing, *got.columns()), strict=True)) == list(want.items())
            assert (got is h.fired) == (want is h.firings)
            assert all(got.row(*key) == i for i, key in enumerate(got.keys()))


def alerts_then_mixed(seed: int) -> tuple[list[AlertEvent], list]:
    """900 alerts in order, then mixed records after them: the alerts and the whole stream."""
    rng = random.Random(seed)
    alerts = in_order_alerts(seed, n=900)
    mixed = sorted((*in_order_alerts(seed + 10, n=200, step_s=30), *(other(rng, i) for i in range(120))),
                   key=event_time)
    shifted = [r.model_copy(update={f: getattr(r, f) + (alerts[-1].starts_at - T0) for f in
                                    ("starts_at", "ends_at", "observed_at", "timestamp", "updated_at")
                                    if getattr(r, f, None) is not None}) for r in mixed]
    return alerts, [*alerts, *shifted]


def mining_params(max_items: int) -> SilenceParams:
    return SilenceParams(every=timedelta(hours=2), max_items=max_items, rules=RuleParams(min_count=2))


@functools.cache
def mined_one_at_a_time(seed: int, max_items: int) -> tuple[list[dict], MinerState]:
    """What :class:`OneByOneMiner` sends (dumped) and its state after :func:`alerts_then_mixed`, fed one
    record per call. It folds and mines per record whatever the batch, so the batch sizes of the test
    below share one run per seed and ``max_items``; the test only reads what it returns."""
    want, state, sent = OneByOneMiner(mining_params(max_items)), None, []
    for record in alerts_then_mixed(seed)[1]:
        state, out = want.step_many(state, [record])
        sent += out
    return [s.model_dump() for s in sent], state


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("batch", [1, 17, 250])
@pytest.mark.parametrize("max_items", [40, 10**6])
def test_alert_only_batches_in_order_mine_as_one_record_at_a_time(seed, batch, max_items):
    """The ingest flow's shape (alert-only batches: one kind, the clock moved once) and then
    mixed batches; every 2 h of event time a mining run (a trim first)."""
    alerts, records = alerts_then_mixed(seed)
    got, got_state, sent_got = SilenceMiner(mining_params(max_items)), None, []
    for i in range(0, len(records), batch):
        got_state, out = got.step_many(got_state, records[i:i + batch])
        sent_got += out
    sent_want, want_state = mined_one_at_a_time(seed, max_items)
    assert [s.model_dump() for s in sent_got] == sent_want
    assert_same(got_state.history, want_state.history)
    assert got_state.mined_until == want_state.mined_until
    assert kind_of(alerts) is AlertEvent and kind_of(records) is None


def mutes_only(seed: int) -> list:
    rng = random.Random(seed)
    alerts = in_order_alerts(seed, n=200)
    mutes = [AlertMute(id=f"m-{i}", workspace_id="w", fingerprint=a.fingerprint, name=a.name, labels=a.labels,
                       starts_at=a.starts_at, observed_at=a.starts_at + timedelta(minutes=1),
                       silenced_by=(f"s-{rng.randrange(4)}",), source="alertmanager-api")
             for i, a in enumerate(alerts) if rng.random() < 0.3]
    return sorted([*alerts, *mutes], key=event_time)


@pytest.mark.parametrize("seed", range(4))
def test_without_silences_the_mutes_are_alertmanagers_alone(seed):
    history = History().add_all(mutes_only(seed))
    assert not history.silences and any(f.muted_by for f in history.firings.values())
    for p in (RuleParams(), RuleParams(min_count=1, min_share=0.1)):
        got = rules.muted_firings(history, p)
        want = muted_per_firing(history, p)
        assert list(got.items()) == [(k, want[k]) for k in got] and got == want


@pytest.mark.parametrize("seed", range(4))
def test_noisy_warnings_as_before_with_and_without_enough_warnings(seed):
    rng = random.Random(seed)
    warned = [EarlyWarning(id=f"w-{i}", workspace_id="w", labels={"alertname": "X", "service": "api"},
                           annotations={"summary": "s", "description": "d"},
                           starts_at=T0 + timedelta(minutes=45 * i), generator_url="", metric_key=f"k{i % 3}",
                           observed=1.0, expected=0.0, band=(0.0, 0.5), sigma=4.0, method="m") for i in range(30)]
    acks = [AuditEntry(id=f"ack-{w.id}", workspace_id="w", action="ack", target=w.id,
                       timestamp=w.starts_at + timedelta(minutes=3), source="s") for w in warned if rng.random() < 0.8]
    records = sorted([*in_order_alerts(seed, n=300, step_s=300), *warned, *acks,
                      *(other(rng, i) for i in range(200))], key=event_time)
    history = History().add_all(records)
    shuffled = dataclasses.replace(history)  # the firings not in order of start (as a restore may hold them)
    shuffled.firings = dict(rng.sample(list(history.firings.items()), len(history.firings)))
    found = 0
    for p in (RuleParams(), RuleParams(min_count=2, warning_share=0.1, max_incident_share=1.0),
              RuleParams(min_count=50)):
        got = rules.find_noisy_warnings(history, p)
        assert got == noisy_as_before(history, p)
        assert rules.find_noisy_warnings(shuffled, p) == noisy_as_before(shuffled, p)
        found += len(got)
    assert found > 0


def test_a_firing_the_fold_makes_is_a_firing_in_every_way():
    alerts = in_order_alerts(4, n=60)
    h = History().add_all(alerts)
    assert silence_items._NewFiring.__slots__ == sh.Firing.__slots__
    for key, f in h.firings.items():
        made = sh.Firing(f.fingerprint, f.name, f.labels, f.start, f.end, f.severity, f.muted_by)
        assert type(f) is sh.Firing and f == made and hash(f) == hash(made) and repr(f) == repr(made)
        assert pickle.loads(pickle.dumps(f)) == f and copy.deepcopy(f) == f and dataclasses.replace(f) == f
        with pytest.raises(dataclasses.FrozenInstanceError):
            f.end = None
        assert key == (f.fingerprint, f.start)
    assert any(f.end for f in h.firings.values()) and any(f.end is None for f in h.firings.values())
