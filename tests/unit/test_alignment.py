"""Alignment of input partitions: the emit limit each partition gets from the others' frontiers.

Pure logic, no broker. The property test plays the source's loop: partitions emit the
prefix of their messages the limit allows, report their next head, and must (a) all
finish without stalling and (b) never emit a message more than ``max_skew_ms`` ahead of
what any other partition has still to emit.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from signalcraft.sources.alignment import UNKNOWN, Alignment

REAL_TS = 1_700_000_000_000  # a real Kafka timestamp (ms): 2023-11-14


def test_limit_is_the_smallest_other_frontier_plus_the_skew():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    a.set("alerts@1", 4_000)
    a.set("changes@0", 7_000)
    assert a.limit("alerts@0") == 4_000 + 1_000
    assert a.limit("alerts@1") == 7_000 + 1_000  # its own frontier does not count
    assert a.limit("changes@0") == 4_000 + 1_000


def test_a_lone_partition_has_no_limit():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    assert a.limit("alerts@0") is None
    assert Alignment(max_skew_ms=0).limit("never-registered") is None


def test_zero_skew_allows_exactly_the_others_frontier():
    a = Alignment(max_skew_ms=0)
    a.set("a@0", 5_000)
    a.set("b@0", 5_000)
    assert a.limit("a@0") == 5_000 and a.limit("b@0") == 5_000


def test_a_registered_partition_that_never_fetched_holds_every_other_back():
    a = Alignment(max_skew_ms=60_000)
    a.set("alerts@0", REAL_TS)
    a.set("changes@0", REAL_TS)
    a.register("metrics@0")
    assert a.limit("alerts@0") == UNKNOWN
    assert a.limit("changes@0") == UNKNOWN
    assert UNKNOWN + 60_000 < 0 < REAL_TS  # no real timestamp passes it, even with the skew
    # the unknown one itself is limited by the others only
    assert a.limit("metrics@0") == REAL_TS + 60_000


def test_register_keeps_a_frontier_already_set():
    a = Alignment(max_skew_ms=10)
    a.set("a@0", 100)
    a.register("a@0")
    a.set("b@0", 500)
    assert a.limit("b@0") == 110


def test_a_caught_up_partition_holds_nobody_back():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    a.set("alerts@1", 20_000)
    a.set("changes@0", 500)
    assert a.limit("alerts@0") == 1_500
    a.set("changes@0", None)
    assert a.limit("alerts@0") == 21_000
    assert a.limit("alerts@1") == 11_000
    assert a.limit("changes@0") == 11_000  # caught up, yet limited if it gets new data
    a.set("alerts@1", None)
    assert a.limit("alerts@0") is None


def test_an_unknown_partition_that_catches_up_releases_the_others():
    a = Alignment(max_skew_ms=1_000)
    a.register("a@0")
    a.register("b@0")
    a.set("a@0", REAL_TS)
    assert a.limit("a@0") == UNKNOWN
    a.set("b@0", None)
    assert a.limit("a@0") is None


def test_remove_drops_the_partition_and_its_frontier():
    a = Alignment(max_skew_ms=1_000)
    a.set("alerts@0", 10_000)
    a.set("changes@0", 500)
    a.register("metrics@0")
    a.remove("metrics@0")
    assert a.limit("alerts@0") == 1_500
    a.remove("changes@0")
    assert a.limit("alerts@0") is None
    a.remove("changes@0")  # removing twice (or an unknown part) is harmless
    a.remove("never-registered")
    assert a.limit("alerts@0") is None


def test_negative_skew_is_rejected_with_the_value():
    with pytest.raises(ValueError, match=r"max_skew_ms -1 is negative"):
        Alignment(max_skew_ms=-1)


# --- property: the source's loop over N partitions --------------------------------------

_partition_ts = st.lists(st.integers(min_value=0, max_value=100_000), max_size=30).map(sorted)


@st.composite
def _scenarios(draw):
    parts = draw(st.lists(_partition_ts, min_size=1, max_size=6))
    skew = draw(st.integers(min_value=0, max_value=20_000))
    return parts, skew, draw(st.randoms(use_true_random=False))


@settings(max_examples=300, deadline=None)
@given(_scenarios())
def test_partitions_all_finish_and_never_run_more_than_the_skew_ahead(scenario):
    parts, skew, rng = scenario
    names = [f"p@{i}" for i in range(len(parts))]
    a = Alignment(max_skew_ms=skew)
    for name in names:
        a.register(name)
    heads = [0] * len(parts)  # index of each partition's next unemitted message
    emitted: list[tuple[int, int]] = []

    def head_ts(i: int) -> int | None:
        return parts[i][heads[i]] if heads[i] < len(parts[i]) else None

    total = sum(map(len, parts))
    for rnd in range(total + 2):  # round 0 only reports frontiers; then >= 1 message per round
        progressed = False
        order = list(range(len(parts)))
        rng.shuffle(order)
        for i in order:
            limit = a.limit(names[i])
            while (t := head_ts(i)) is not None and (limit is None or t <= limit):
                for j in range(len(parts)):  # (b) against the truth, not the reported frontiers
                    other = head_ts(j)
                    assert j == i or other is None or other >= t - skew, (
                        f"p@{i} emits {t} while p@{j} has {other} unemitted (skew {skew})"
                    )
                emitted.append((i, heads[i]))
                heads[i] += 1
                progressed = True
            a.set(names[i], head_ts(i))
        if len(emitted) == total:
            break
        assert progressed or rnd == 0, f"stalled in round {rnd} with heads {heads} of {list(map(len, parts))}"
    # (a) everything, each exactly once
    assert sorted(emitted) == [(i, k) for i in range(len(parts)) for k in range(len(parts[i]))]
