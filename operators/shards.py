"""The watch's series in shards: records grouped per shard of series once per batch, and a
shard's series folded one after another (no Bytewax).

    batch ──► by series (each series' records in order) ──► by shard: [(series, records), …]
    shard state: {series: state} ──► each series' step, as if keyed by series alone

A series belongs to shard ``crc32(series key) % shards`` for good: the hash is stable across
processes, restarts and Python versions (``hash()`` of a str is not). Keyed by shard, a batch
crosses to another process as one item a shard, not one a series; what each series' step is
given, in what order, and what it emits is what keying by series gives it.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from typing import Any

Step = Callable[[Any, tuple[str, list]], tuple[Any, list]]
"""A series' step: ``(state, (series key, records)) -> (state, out)``; a ``None`` state is no state."""


def shard_of(key: str, shards: int) -> int:
    """The shard of series ``key`` among ``shards``.

    >>> shard_of("metric:acme/cpu{host=a}", 64), shard_of("metric:acme/cpu{host=b}", 64)
    (52, 55)
    """
    return zlib.crc32(key.encode()) % shards


def shard_names(shards: int) -> list[str]:
    """The keys of the shards, ``<index>/<shards>`` (a key says how many shards there were).

    >>> shard_names(3)
    ['0/3', '1/3', '2/3']
    """
    return [f"{i}/{shards}" for i in range(shards)]


def by_shard(by_series: Callable[[list], list[tuple[str, list]]], shards: int
             ) -> Callable[[list], list[tuple[str, list[tuple[str, list]]]]]:
    """``by_series`` whose groups are gathered per shard: ``(shard key, [(series key, records), …])``,
    the shards in order of their first series in the batch, each shard's series in their order.

    >>> split = by_shard(lambda rs: [(r, [r]) for r in rs], 3)
    >>> split(["a", "b", "c", "g"])
    [('0/3', [('a', ['a']), ('c', ['c'])]), ('2/3', [('b', ['b'])]), ('1/3', [('g', ['g'])])]
    """
    names = shard_names(shards)

    def split(records: list) -> list[tuple[str, list[tuple[str, list]]]]:
        found: dict[str, list[tuple[str, list]]] = {}
        for key, items in by_series(records):
            found.setdefault(names[shard_of(key, shards)], []).append((key, items))
        return list(found.items())

    return split


def fold_shard(step: Step, states: dict[str, Any], series: list[tuple[str, list]]) -> list:
    """Fold each ``(series key, records)`` of ``series``, in order, through ``step`` with that
    series' state in ``states`` (updated in place; a ``None`` state is removed). Returns
    everything emitted.

    >>> states = {"a": 1}
    >>> fold_shard(lambda s, kr: ((s or 0) + len(kr[1]), kr[1]), states, [("a", [5]), ("b", [6, 7])])
    [5, 6, 7]
    >>> states
    {'a': 2, 'b': 2}
    """
    out: list = []
    for pair in series:
        key = pair[0]
        state, emitted = step(states.get(key), pair)
        if state is None:
            states.pop(key, None)
        else:
            states[key] = state
        if emitted:
            out += emitted
    return out
