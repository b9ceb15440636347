"""The silence finders group a history's firings once (by label tuple, by muted fingerprint)
and skip what cannot find anything (no alert muted often enough: no index, no duty cycles,
no quick-mute groups): the same mutes, inhibitions and quick mutes as the finders written
per firing, over the suggestion examples and seeded histories thinned and mined with
several thresholds."""

from __future__ import annotations

import dataclasses
import pickle
import random
from dataclasses import replace
from datetime import timedelta

import pytest

from signalcraft.models import AlertEvent, AuditEntry
from signalcraft.operators import silence_index as index_module
from signalcraft.operators import silence_rules as rules
from signalcraft.operators.silence_history import Firing, History, event_time
from signalcraft.operators.silence_suggest import suggest
from signalcraft.params import RuleParams, SilenceParams
from tests.silence_reference import (
    by_name,
    duty_cycles,
    groups_per_firing,
    inhibitions_per_firing,
    muted_per_firing,
    noisy_as_before,
    quick_mutes_per_firing,
    scanned,
)
from tests.support import load_benchmark
from tests.unit.test_silence_fold import examples, nearly_in_order, stream


def acked(records: list, seed: int) -> list:
    """``records`` and, for about half their alerts, an ack 0-15 minutes after the start."""
    rng = random.Random(seed)
    return [*records, *(AuditEntry(id=f"ack-{i}", workspace_id="w", action="ack", target=r.fingerprint,
                                   timestamp=r.starts_at + timedelta(minutes=rng.randrange(16)), source="s")
                        for i, r in enumerate(records) if isinstance(r, AlertEvent) and rng.random() < 0.5)]


def thinned(seed: int) -> list:
    rng = random.Random(seed)
    return [r for r in examples() if rng.random() < 0.85]


def with_copied_labels(h: History) -> History:
    """Half the firings holding label tuples equal to, not the same as, the others' (as after a restore)."""
    firings = list(h.firings.items())
    copies = pickle.loads(pickle.dumps(dict(firings[::2])))
    copied = dataclasses.replace(h)
    copied.firings = {k: copies.get(k, f) for k, f in firings}
    return copied


HISTORIES = [
    ("examples", examples()),
    *((f"thinned-{seed}", thinned(seed)) for seed in range(4)),
    *((f"stream-{seed}", nearly_in_order(acked(stream(seed, n=900, mixed=0.3), seed), seed)) for seed in range(4)),
    ("acks-only", acked(stream(5, n=600, mixed=0.0), 5)),
]
PARAMS = [RuleParams(), RuleParams(min_count=2, min_share=0.5), RuleParams(min_count=1, min_share=0.3,
                                                                           quick=timedelta(minutes=30)),
          RuleParams(min_count=3, min_share=0.3, quick=timedelta(minutes=30), max_duty=1.0, stop_after=50)]


@pytest.mark.parametrize(("name", "records"), HISTORIES, ids=[n for n, _ in HISTORIES])
def test_the_finders_find_what_they_found_per_firing(name, records):
    history = with_copied_labels(History().add_all(sorted(records, key=event_time)))
    found = {"mutes": 0, "quick": 0, "inhibitions": 0}
    for p in PARAMS:
        muted = rules.muted_firings(history, p)
        assert muted == muted_per_firing(history, p)
        quick = rules.find_quick_mutes(history, p, muted)
        assert quick == quick_mutes_per_firing(history, p, muted)
        inhibitions = rules.find_inhibitions(history, p, muted)
        assert inhibitions == inhibitions_per_firing(history, p, muted)
        found = {"mutes": found["mutes"] + len(muted), "quick": found["quick"] + len(quick),
                 "inhibitions": found["inhibitions"] + len(inhibitions)}
    assert found["mutes"] > 0 and found["quick"] + found["inhibitions"] > 0, found


def scenario_workspaces(seed: int) -> list[tuple[str, History, SilenceParams]]:
    """The silence benchmark's scenario, four workspaces: inhibitions between two services among them."""
    sc = load_benchmark("silences_scenario").generate(seed, 4, 12)
    by_ws: dict[str, list] = {}
    for r in (*sc.alerts, *sc.audit, *sc.warnings):
        by_ws.setdefault(r.workspace_id, []).append(r)
    params = SilenceParams(locations={ws: (zone,) for ws, zone in sc.locations.items()})
    return [(ws, History(max_items=10**7).add_all(sorted(rs, key=event_time)), params)
            for ws, rs in sorted(by_ws.items())]


@pytest.mark.parametrize("seed", [1, 2])
def test_the_scenario_mines_as_per_firing(seed, monkeypatch):
    """Every finder and every suggestion (ids, text, YAML, backtests) of the benchmark's scenario as
    the finders written per firing give them, with each set of thresholds."""
    got, named = [], 0
    for ws, history, params in scenario_workspaces(seed):
        for p in PARAMS:
            muted = rules.muted_firings(history, p)
            inhibitions = rules.find_inhibitions(history, p, muted)
            named += sum(bool(i.source_labels) for i in inhibitions)
            got.append((muted, rules.find_quick_mutes(history, p, muted), inhibitions,
                        [i.targets for i in inhibitions], rules.find_noisy_warnings(history, p),
                        [s.model_dump() for s in suggest(ws, history, history.clock, replace(params, rules=p))]))
    scanned(monkeypatch)
    want = []
    for ws, history, params in scenario_workspaces(seed):
        for p in PARAMS:
            muted = muted_per_firing(history, p)
            inhibitions = inhibitions_per_firing(history, p, muted)
            want.append((muted, quick_mutes_per_firing(history, p, muted), inhibitions,
                         [i.targets for i in inhibitions], noisy_as_before(history, p),
                         [s.model_dump() for s in suggest(ws, history, history.clock, replace(params, rules=p))]))
    assert got == want
    assert named > 0 and sum(len(g[5]) for g in got) > 20  # rules naming two services among them


def test_the_groups_of_name_and_service_keep_each_firings_order():
    history = with_copied_labels(History().add_all(sorted(examples(), key=event_time)))
    want = groups_per_firing(history)
    got = rules._by_name_and_service(history)  # rows of the firings' columns
    keys = history.fired.keys()
    assert list(got) == list(want)
    assert all([keys[i] for i in got[k]] == [(f.fingerprint, f.start) for f in want[k]] for k in want)
    ids = {id(f.labels) for f in history.firings.values()}
    assert len(ids) > len({f.labels for f in history.firings.values()})  # equal tuples, not all the same ones


def test_a_history_without_enough_mutes_finds_nothing_and_builds_no_index(monkeypatch):
    history = History().add_all(stream(3, n=900, mixed=0.0))
    p = RuleParams()
    fired = by_name(history)
    four_each = {(f.fingerprint, f.start): (f.start, "s", f.start) for fs in fired.values() for f in fs[:4]}
    assert len(four_each) >= p.min_count and len(fired) > 1
    built = []
    monkeypatch.setattr(rules, "_duty_cycles", lambda *a: built.append("duty") or {})
    monkeypatch.setattr(index_module._StartIndex, "__init__", lambda self, *a: built.append("index"))
    assert rules.find_inhibitions(history, p, {}) == [] and rules.find_quick_mutes(history, p, {}) == []
    assert rules.find_inhibitions(history, p, four_each) == []
    assert rules.muted_firings(history, p) == {}
    assert built == []


@pytest.mark.parametrize("seed", range(4))
def test_duty_cycles_as_per_firing_with_ties_and_ends_before_starts(seed):
    """Firings of a name starting together (in either order of end), some ending before they
    start, some past the clock: the duty cycles, to the last bit, as the firings sorted by start
    and end give them; read in order of start alone where nothing ends before it starts."""
    from tests.unit.test_silence_fast_paths import in_order_alerts

    alerts = in_order_alerts(seed, n=400)
    whole = History().add_all(alerts)
    forward = History().add_all([a for a in alerts if a.ends_at is None or a.ends_at >= a.starts_at])
    early = History().add_all(alerts)
    early.clock -= timedelta(minutes=30)  # open firings starting past the clock
    t = whole.clock + timedelta(hours=seed + 1)
    tied = History(clock=t + timedelta(hours=1))  # the longer first: by start alone, the other is inside it
    tied.firings = {(fp, t): Firing(fp, "Tied", (), t, t + minutes) for fp, minutes in
                    [("a", timedelta(minutes=10)), ("b", timedelta(minutes=-5))]}
    shortcut = 0
    for history in (whole, forward, early, tied):
        rows = index_module._rows_by_name(history.fired)
        index = {name: index_module._StartIndex(r, history.fired, history.clock) for name, r in rows.items()}
        want = duty_cycles(by_name(history), history)
        assert rules._duty_cycles(rows, history, index) == want and rules._duty_cycles(rows, history) == want
        shortcut += sum(i.ends_from_start for i in index.values())
    assert shortcut >= len(by_name(forward))  # every name of the forward history took it
    assert duty_cycles(by_name(tied), tied)["Tied"] == 5 * 60 / 3600  # by start and end: -5 min, then 10
