"""Batches in the keyed steps: a record as a batch of one, a batch grouped by key, a batch folded through a step."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

S = TypeVar("S")
V = TypeVar("V")
W = TypeVar("W")


def as_batch(item: V) -> list[V]:
    """``item`` as a batch of one, for steps that take batches.

    >>> as_batch("x")
    ['x']
    """
    return [item]


def fold_many(
    step: Callable[[S | None, V], tuple[S, list[W]]], state: S | None, items: Iterable[V]
) -> tuple[S | None, list[W]]:
    """Fold ``items`` in order through ``step``; return the last state and everything emitted.

    The flows give a stateful Bytewax step one call per key per input batch, not one per
    record; this is that call.

    >>> fold_many(lambda s, x: ((s or 0) + x, [x] if x % 2 else []), None, [1, 2, 3])
    (6, [1, 3])
    """
    out: list[W] = []
    for item in items:
        state, emitted = step(state, item)
        out.extend(emitted)
    return state, out


def group_by_key(records: Iterable[V], key: Callable[[V], str | None]) -> list[tuple[str, list[V]]]:
    """``records`` by ``key(record)``, each key's in order; records whose key is ``None`` are left out.

    >>> group_by_key([1, 2, 3, 4, 6], lambda x: None if x == 6 else "odd" if x % 2 else "even")
    [('odd', [1, 3]), ('even', [2, 4])]
    """
    keyed: dict[str, list[V]] = {}
    for record in records:
        k = key(record)
        if k is not None:
            keyed.setdefault(k, []).append(record)
    return list(keyed.items())
