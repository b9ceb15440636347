"""One :func:`suggest` groups the firings by name once and indexes each name once
(:class:`~signalcraft.operators.silence_index._Lookups`), the muted firings and the
inhibitions sharing them, and finds what the finders each with their own found."""

from __future__ import annotations

from collections import Counter

import pytest

from signalcraft.operators import silence_index, silence_rules
from signalcraft.operators.silence_history import History
from signalcraft.operators.silence_index import _Lookups
from signalcraft.operators.silence_suggest import suggest
from signalcraft.params import SilenceParams
from tests.unit.test_silence_finders_scale import PARAMS, busy, dumped


def counted_builds(monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], Counter, list[str]]:
    """From here on: the groupings by name made, each name's :class:`_StartIndex` made, and
    which finder made each index first (``muted`` or ``inhibitions``)."""
    grouped, indexed, by = [0], Counter(), []
    group, init = silence_index._rows_by_name, silence_index._StartIndex.__init__
    finder = ["muted"]

    def rows_by_name(fired):
        grouped[0] += 1
        return group(fired)

    def index_init(self, rows, fired, clock):
        indexed[fired.name[rows[0]]] += 1
        by.append(finder[0])
        init(self, rows, fired, clock)

    inhibitions = silence_rules.find_inhibitions

    def find_inhibitions(*args, **kwargs):
        finder[0] = "inhibitions"
        return inhibitions(*args, **kwargs)

    monkeypatch.setattr(silence_index, "_rows_by_name", rows_by_name)
    monkeypatch.setattr(silence_index._StartIndex, "__init__", index_init)
    monkeypatch.setattr("signalcraft.operators.silence_suggest.find_inhibitions", find_inhibitions)
    return grouped, indexed, by


@pytest.mark.parametrize("seed", range(3))
def test_one_suggest_groups_the_rows_once_and_indexes_each_name_once(seed, monkeypatch):
    history = History().add_all(busy(seed, 700))
    names = set(history.fired.name)
    grouped, indexed, by = counted_builds(monkeypatch)
    found = suggest("w", history, history.clock, SilenceParams(rules=PARAMS[1]))
    assert any(s.kind == "inhibit_rule" for s in found)  # the inhibitions indexed every name
    assert by[0] == "muted"  # the names the silences select, indexed for the mutes, then reused
    assert grouped == [1]
    assert indexed == Counter(dict.fromkeys(names, 1))


@pytest.mark.parametrize("seed", range(3))
@pytest.mark.parametrize("p", range(len(PARAMS)))
def test_shared_lookups_find_what_a_finder_with_its_own_finds(seed, p, monkeypatch):
    history = History().add_all(busy(seed, 500))
    params = SilenceParams(rules=PARAMS[p])
    shared = dumped(suggest("w", history, history.clock, params))
    monkeypatch.setattr(_Lookups, "of", staticmethod(lambda h, lookups: _Lookups(h)))  # each its own
    assert dumped(suggest("w", history, history.clock, params)) == shared


def test_lookups_of_another_history_are_not_used():
    one, two = History().add_all(busy(1, 200)), History().add_all(busy(2, 200))
    lookups = _Lookups(one)
    assert _Lookups.of(one, lookups) is lookups and _Lookups.of(one, None) is not lookups
    other = _Lookups.of(two, lookups)
    assert other is not lookups and other.fired is two.fired
    assert other.by_name == silence_index._rows_by_name(two.fired)
    p = PARAMS[1]
    assert silence_rules.muted_firings(two, p, lookups) == silence_rules.muted_firings(two, p)
