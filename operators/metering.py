"""What the flow's steps tell the service's metrics (no Bytewax, no Prometheus here).

Each piece is called by a flow step with what that step already holds, once per batch
or once per key per batch (never once per record), and turns it into a few calls on a
:class:`Meter`: the methods of :class:`signalcraft.health.ServiceHealth` the flow uses.

State sizes are those of the keys this process has touched since it started: after a
resume from a snapshot a key counts again from its first call.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Hashable
from typing import Any, Protocol, TypeVar

from signalcraft.models import AlertGroup, EarlyWarning
from signalcraft.operators.ingest import Decoded

S = TypeVar("S")
V = TypeVar("V")
W = TypeVar("W")
Step = Callable[[S | None, V], tuple[S, list[W]]]


class Meter(Protocol):
    def records_in(self, topic: str, kind: str, n: int) -> None: ...
    def records_out(self, table: str, n: int) -> None: ...
    def dead_letters(self, step: str, n: int = 1) -> None: ...
    def emitted(self, kind: str, n: int = 1) -> None: ...
    def state_size(self, name: str, value: int) -> None: ...


class KeySizes:
    """Sizes per key summed over the keys, kept one key at a time in O(1); thread-safe
    (Bytewax workers of one process are threads and share the flow's callables).

    >>> sizes = KeySizes("keys", "changes")
    >>> sizes.update("a", 3), sizes.update("b", 1), sizes.update("a", 3), sizes.update("a", 1)
    ([('keys', 1), ('changes', 3)], [('keys', 2), ('changes', 4)], [], [('changes', 2)])
    """

    def __init__(self, keys_name: str, *size_names: str):
        self.names = (keys_name, *size_names)
        self._by_key: dict[Hashable, tuple[int, ...]] = {}
        self._totals = [0] * len(size_names)
        self._lock = threading.Lock()

    def update(self, key: Hashable, *sizes: int) -> list[tuple[str, int]]:
        """Set ``key``'s sizes; return the totals that changed, as ``(name, total)``."""
        if self._by_key.get(key) == sizes:
            return []  # unchanged, seen without the lock: a key is updated by the one worker that holds it
        with self._lock:
            old = self._by_key.get(key)
            if old == sizes:
                return []
            self._by_key[key] = sizes
            changed = [] if old is not None else [(self.names[0], len(self._by_key))]
            for i, size in enumerate(sizes):
                before = 0 if old is None else old[i]
                if size != before:
                    self._totals[i] += size - before
                    changed.append((self.names[i + 1], self._totals[i]))
            return changed


def decoded_meter(meter: Meter) -> Callable[[str, Decoded], None]:
    """An ``op.inspect`` callback for decoded batches: records by topic and kind, dead letters by step."""

    def inspect(_step_id: str, decoded: Decoded) -> None:
        for topic, kind, n in decoded.kinds():
            meter.records_in(topic, kind, n)
        for step, n in decoded.dead_steps():
            meter.dead_letters(step, n)

    return inspect


def stored_meter(meter: Meter, table_of: Callable[[type], str]) -> Callable[[str, list[Any]], None]:
    """An ``op.inspect`` callback for the lists of records bound for the store: rows by
    table, ``table_of(record type)`` naming the table (looked up once per type)."""
    tables: dict[type, str] = {}

    def inspect(_step_id: str, records: list[Any]) -> None:
        for kind, n in Counter(map(type, records)).items():
            table = tables.get(kind)
            if table is None:
                table = tables[kind] = table_of(kind)
            meter.records_out(table, n)

    return inspect


def dead_letter_meter(meter: Meter) -> Callable[[str, Any], None]:
    """An ``op.inspect`` callback for a stream of single dead letters (rare ones: the late records)."""

    def inspect(_step_id: str, dead: Any) -> None:
        meter.dead_letters(dead.step)

    return inspect


def _report(meter: Meter, changed: list[tuple[str, int]]) -> None:
    for name, value in changed:
        meter.state_size(name, value)


def _count_warnings(meter: Meter, out: list) -> None:
    warnings = sum(1 for x in out if isinstance(x, EarlyWarning))
    if warnings:
        meter.emitted("warnings", warnings)


def metered_groups(step: Step, meter: Meter) -> Step:
    """The grouper's ``step_many``, counting the alert groups it emits."""

    def metered(state, events):
        state, out = step(state, events)
        if out:
            meter.emitted("alert_groups", len(out))
        return state, out

    return metered


def metered_join(step: Step, meter: Meter) -> Step:
    """The correlator's ``step_many``, counting the correlations it emits and keeping the
    join's state sizes: keys, buffered changes and open groups (the state knows its key)."""
    sizes = KeySizes("join_keys", "join_buffered_changes", "join_open_groups")

    def metered(state, items):
        state, out = step(state, items)
        if out:
            meter.emitted("correlations", len(out))
        _report(meter, sizes.update(state.key, state.buffer.size, len(state.groups)))
        return state, out

    return metered


def metered_group_join(step: Step, meter: Meter) -> Step:
    """The grouped join's ``step_many`` (:class:`~signalcraft.operators.group_join.GroupJoin`),
    counting the alert groups and the correlations it emits and keeping the join's state sizes
    as :func:`metered_groups` and :func:`metered_join` do for the two steps apart, in one pass
    over what it emits (it is called per key per batch, mostly for one record)."""
    sizes = KeySizes("join_keys", "join_buffered_changes", "join_open_groups")

    def metered(state, records):
        state, out = step(state, records)
        if out:
            groups = sum(1 for r in out if isinstance(r, AlertGroup))
            if groups:
                meter.emitted("alert_groups", groups)
            if groups < len(out):
                meter.emitted("correlations", len(out) - groups)
        join = state.join
        if join is not None:
            _report(meter, sizes.update(join.key, join.buffer.size, len(join.groups)))
        return state, out

    return metered


def keyed_in_value(by_key: Callable[[list], list[tuple[str, list]]]) -> Callable[[list], list[tuple[str, tuple]]]:
    """``by_key`` whose items carry their key in the value too, ``(key, (key, records))``,
    for a stateful step that needs to know its key (:func:`metered_watch`).

    >>> keyed_in_value(lambda rs: [("k", rs)])([1, 2])
    [('k', ('k', [1, 2]))]
    """

    def split(records: list) -> list[tuple[str, tuple]]:
        return [(key, (key, items)) for key, items in by_key(records)]

    return split


def metered_watch(step: Step, meter: Meter) -> Callable[[Any, tuple[str, list]], tuple[Any, list]]:
    """The series watch's ``step_many`` taking ``(series key, records)``: counts the
    warnings it emits and the distinct series watched (its state does not know its key)."""
    series = KeySizes("watched_series")

    def metered(state, keyed: tuple[str, list]):
        key, records = keyed
        state, out = step(state, records)
        _count_warnings(meter, out)
        _report(meter, series.update(key))
        return state, out

    return metered


def metered_patterns(step: Step, meter: Meter) -> Step:
    """The log-pattern step's ``step_many``: counts the warnings it emits and keeps the
    services mined and the templates held (the state knows its service)."""
    sizes = KeySizes("pattern_services", "log_templates")

    def metered(state, records):
        state, out = step(state, records)
        _count_warnings(meter, out)
        if state is not None:
            _report(meter, sizes.update((state.miner.workspace, state.miner.service), len(state.miner)))
        return state, out

    return metered
