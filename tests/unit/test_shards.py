"""The watch's series in shards (``operators/shards.py``): a series' shard is stable, a batch's
shard items hold exactly its series' groups in their order, and folding a shard is folding each
of its series alone."""

from __future__ import annotations

import pickle
import zlib

from hypothesis import given
from hypothesis import strategies as st

from signalcraft.operators.anomaly import SeriesWatch
from signalcraft.operators.shards import by_shard, fold_shard, shard_names, shard_of
from tests.unit.test_anomaly_rows import stream


def test_a_series_shard_is_its_key_crc32_the_same_in_every_process():
    """Not ``hash()``, which differs between processes (PYTHONHASHSEED)."""
    key = 'metric:acme/http_requests_rate{instance="svc-01-7:8080",job="svc-01"}'
    assert shard_of(key, 64) == zlib.crc32(key.encode()) % 64 == 57
    assert shard_names(64)[shard_of(key, 64)] == "57/64"


@given(st.lists(st.tuples(st.sampled_from("abcdefgh"), st.integers()), max_size=60), st.integers(1, 9))
def test_a_batch_by_shard_holds_its_series_groups_in_order(records, shards):
    def by_series(rs):
        groups: dict[str, list] = {}
        for key, value in rs:
            groups.setdefault(key, []).append(value)
        return list(groups.items())

    items = by_shard(by_series, shards)(records)
    assert len({name for name, _ in items}) == len(items)
    assert all(shard_names(shards)[shard_of(key, shards)] == name for name, series in items for key, _ in series)
    assert sorted(pair for _, series in items for pair in series) == sorted(by_series(records))
    for _, series in items:  # a shard's series in the order of their first record
        firsts = [next(i for i, (k, _) in enumerate(records) if k == key) for key, _ in series]
        assert firsts == sorted(firsts)


def test_folding_a_shard_is_folding_each_series_alone():
    watch = SeriesWatch()
    records = stream(minutes=180)
    alone_states: dict = {}
    alone_out: dict[str, list] = {}
    states: dict = {}
    sharded_out: list = []
    split = by_shard(watch.by_series, 4)
    for i in range(0, len(records), 50):
        batch = records[i:i + 50]
        for key, items in watch.by_series(batch):
            alone_states[key], out = watch.step_many(alone_states.get(key), items)
            alone_out.setdefault(key, []).extend(out)
        for _, series in split(batch):
            sharded_out += fold_shard(lambda state, pair: watch.step_many(state, pair[1]), states, series)
    assert sorted(states) == sorted(alone_states) and len(states) > 5
    assert {k: pickle.dumps(s) for k, s in states.items()} == {k: pickle.dumps(s) for k, s in alone_states.items()}
    assert sorted(map(repr, sharded_out)) == sorted(repr(x) for out in alone_out.values() for x in out)
    assert any(out for out in alone_out.values())
