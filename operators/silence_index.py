"""The lookups the silence finders share over a workspace's firings (no Bytewax).

The finders of :mod:`signalcraft.operators.silence_rules` read :attr:`History.fired` (a
:class:`~signalcraft.operators.silence_firings.FiringTable`) as columns, a firing being its
row number there. This module holds what they find those rows with:

- :func:`_rows_by_name`: each alert name's rows; :func:`_names_selected`: the names a
  silence's matchers can select among them.
- :class:`_StartIndex`: one name's firings sorted by start: those a silence may have muted
  (:meth:`~_StartIndex.around`, :meth:`~_StartIndex.muting`), those on at a moment
  (:meth:`~_StartIndex.on_at`), and whether one of them sharing a label value was on
  (:meth:`~_StartIndex.shares`, a bisection per value in a :class:`_Reach`), each without
  scanning every firing still on (most alerts of a busy workspace never resolve).
- :func:`_duty_cycles`: the share of the history's span each name was firing, read from
  its index in order of start.
- :class:`_Lookups`: each name's rows and its :class:`_StartIndex`, made when first asked
  for and then kept, so the finders of one :func:`~signalcraft.operators.silence_suggest.suggest`
  (the muted firings, then the inhibitions) group the rows and index a name once, not each.

The names keep their underscore: they are the finders' internals, shared by the modules of
this package (and the tests that hold them to a plain scan), not an API.

>>> from datetime import datetime, timedelta
>>> t, h = FiringTable(), [datetime(2026, 1, 1, hour) for hour in range(6)]
>>> t.append("a", "Down", (("service", "db"),), h[0], h[2], "critical", ())  # 00:00-02:00
0
>>> t.append("b", "Down", (("service", "web"),), h[1], None, "critical", ())  # from 01:00, still on
1
>>> t.append("c", "Down", (("service", "db"),), h[3], h[4], "critical", ())  # 03:00-04:00
2
>>> index = _StartIndex([2, 0, 1], t, clock=h[5])
>>> index.on_at(h[2], timedelta(0)), index.on_at(h[3], timedelta(0)), index.on_at(h[5], timedelta(0))
([0, 1], [1, 2], [1])
>>> db = [("service", "db")]
>>> [index.shares(h[i], timedelta(0), db) for i in (3, 4, 5)]  # the second db firing ended at 04:00
[True, True, False]
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime, timedelta

from signalcraft.operators.silence_firings import FiringTable
from signalcraft.operators.silence_history import History

_NOT_EQUAL = frozenset({"alertname", "severity", "__name__"})
"""Labels an inhibition's ``equal`` never names (nor its likely sources share), so a name's
label groups (:meth:`_StartIndex.shares`) leave them out."""


def _rows_by_name(fired: FiringTable) -> dict[str, list[int]]:
    """The rows of each alert name, in order (the names in the order first seen)."""
    by_name: dict[str, list[int]] = defaultdict(list)
    for i, name in enumerate(fired.name):
        by_name[name].append(i)
    return by_name


_SHORT = 64
"""A scan of :meth:`_StartIndex.around` this long or shorter is cheaper than the lookups."""


class _StartIndex:
    """Firings of one name (rows of a :class:`FiringTable`) sorted by start, to find those on at
    a moment without a scan; every method gives rows.

    :meth:`around` is every firing that starts from ``longest`` (the longest firing, an open
    one counted to the clock) before a moment: the scan a silence's window needs.
    :meth:`on_at` and :meth:`shares` are for firings on at ``t``, the clock's or before it
    (a firing's start): the resolved ones are scanned from the longest *resolved* firing
    before ``t``, the open ones (each on until the clock) read from their own list, so an
    alert that never resolved does not make every query scan all since it began."""

    def __init__(self, rows: list[int], fired: FiringTable, clock: datetime | None) -> None:
        self.fired = fired
        self.rows = sorted(rows, key=fired.start.__getitem__)
        self.starts = list(map(fired.start.__getitem__, self.rows))
        self.ends = list(map(fired.end.__getitem__, self.rows))
        lasted = [e - s for s, e in zip(self.starts, self.ends, strict=True) if e is not None]
        first_open = next((s for s, e in zip(self.starts, self.ends, strict=True) if e is None), None)
        longest = [max(lasted)] if lasted else []
        if first_open is not None:  # the earliest open one, counted to the clock (0 without one)
            longest.append(clock - first_open if clock is not None else timedelta(0))
        self.longest = max(longest, default=timedelta(0))
        """The longest firing: of each, its end (or the clock, or its start) less its start."""
        self.resolved_longest = max(lasted, default=timedelta(0))
        self.ends_from_start = (not lasted or min(lasted) >= timedelta(0)) and (
            first_open is None or (clock is not None and clock >= self.starts[-1]))
        """Whether no firing ends (an open one at the clock) before it starts."""
        self.clock = clock
        self._split: tuple[list[int], list[datetime], timedelta, list[int], list[datetime]] | None = None
        self._groups: dict[tuple[str, str], _Reach] | None = None

    def around(self, t: datetime, slack: timedelta) -> list[int]:
        """Firings that start by ``t + slack`` and may still be on at ``t``."""
        lo = bisect.bisect_left(self.starts, t - self.longest)
        hi = bisect.bisect_right(self.starts, t + slack)
        return self.rows[lo:hi]

    def muting(self, start: datetime, end: datetime, t: datetime, slack: timedelta) -> list[int]:
        """Of :meth:`around` ``(t, max(end - t, slack))`` (a silence from ``start`` to ``end``,
        in force from ``t``), in its order, those that start from ``start`` to ``end`` and
        those :meth:`on_at` gives: the firings it may have muted, found without scanning every
        firing on since the longest began (a short :meth:`around` as it is)."""
        lo = bisect.bisect_left(self.starts, t - self.longest)
        hi = bisect.bisect_right(self.starts, t + max(end - t, slack))  # (the bounds of around, not its copy)
        at = self._on_at(t, slack) if hi - lo > _SHORT else None
        if at is None:
            return self.rows[lo:hi]
        lo = bisect.bisect_left(self.starts, max(start, t - self.longest))
        hi = bisect.bisect_right(self.starts, end)
        if lo < hi:
            at = sorted(set(at).union(range(lo, hi)))
        return list(map(self.rows.__getitem__, at))

    def on_at(self, t: datetime, slack: timedelta) -> list[int]:
        """Of :meth:`around`, those not ended before ``t``, in its order."""
        lo = bisect.bisect_left(self.starts, t - self.longest)
        hi = bisect.bisect_right(self.starts, t + slack)
        at = self._on_at(t, slack) if hi - lo > _SHORT else None
        if at is None:  # a short scan, or past the clock (an open firing may start before t - longest)
            ends, rows = self.ends, self.rows
            return [rows[i] for i in range(lo, hi) if ends[i] is None or ends[i] >= t]
        return list(map(self.rows.__getitem__, at))

    def _on_at(self, t: datetime, slack: timedelta) -> list[int] | None:
        """The positions (in :attr:`rows`) of :meth:`on_at`; ``None`` past the clock (or with none)."""
        if self.clock is None or t > self.clock:
            return None
        if self._split is None:
            self._split = self._open_and_resolved()
        resolved, resolved_starts, longest, open_, open_starts = self._split
        lo = bisect.bisect_left(resolved_starts, t - longest)
        hi = bisect.bisect_right(resolved_starts, t + slack)
        ends = self.ends
        at = [i for i in resolved[lo:hi] if ends[i] >= t]
        opened = open_[:bisect.bisect_right(open_starts, t + slack)]
        if opened:  # every open one that started by then is on (t is the clock's or before)
            at = sorted(at + opened) if at else opened
        return at

    def shares(self, t: datetime, slack: timedelta, labels: list[tuple[str, str]]) -> bool:
        """Whether :meth:`on_at` holds a firing with one of ``labels`` (``(key, value)``
        pairs): a lookup per pair, not a scan of what is on."""
        if self.clock is None or t > self.clock:
            wanted, labels_of = set(labels), self.fired.labels
            return any(not wanted.isdisjoint(labels_of[o]) for o in self.on_at(t, slack))
        if self._groups is None:
            self._groups = self._by_label()
        groups = self._groups
        for kv in labels:
            group = groups.get(kv)
            if group is not None and group.on_at(t, t + slack):
                return True
        return False

    def _open_and_resolved(self) -> tuple[list[int], list[datetime], timedelta, list[int], list[datetime]]:
        ends, starts = self.ends, self.starts
        resolved = [i for i, e in enumerate(ends) if e is not None]
        open_ = [i for i, e in enumerate(ends) if e is None]
        return (resolved, [starts[i] for i in resolved], self.resolved_longest, open_, [starts[i] for i in open_])

    def _by_label(self) -> dict[tuple[str, str], _Reach]:
        groups: dict[tuple[str, str], _Reach] = {}
        labels_of = self.fired.labels
        for row, start, end in zip(self.rows, self.starts, self.ends, strict=True):
            for kv in labels_of[row]:
                if kv[0] not in _NOT_EQUAL:
                    group = groups.get(kv)
                    if group is None:
                        group = groups[kv] = _Reach()
                    group.add(start, end)
        return groups


class _Reach:
    """Firings sharing one label value, added in order of start: for each prefix, the latest
    end and whether one is still open, so whether one that started by a moment is on at
    another is a bisection."""

    __slots__ = ("first_open", "reach", "starts")

    def __init__(self) -> None:
        self.starts: list[datetime] = []
        self.reach: list[datetime | None] = []
        self.first_open: int | None = None

    def add(self, start: datetime, end: datetime | None) -> None:
        if end is None and self.first_open is None:
            self.first_open = len(self.starts)
        last = self.reach[-1] if self.reach else None
        self.starts.append(start)
        self.reach.append(end if last is None or (end is not None and end > last) else last)

    def on_at(self, t: datetime, by: datetime) -> bool:
        """Whether one that started by ``by`` is open or ended at ``t`` or after."""
        hi = bisect.bisect_right(self.starts, by)
        if self.first_open is not None and self.first_open < hi:
            return True
        return hi > 0 and self.reach[hi - 1] is not None and self.reach[hi - 1] >= t


class _Lookups:
    """Each alert name's rows of a history's :attr:`History.fired` (:func:`_rows_by_name`) and
    each name's :class:`_StartIndex`, made when first asked for and then kept: the finders one
    :func:`~signalcraft.operators.silence_suggest.suggest` runs share one, so the rows are
    grouped and each name indexed once. Good while the history does not change (a fold can
    end a firing in place): one mining run."""

    __slots__ = ("_by_name", "_index", "clock", "fired")

    def __init__(self, history: History) -> None:
        self.fired = history.fired
        self.clock = history.clock
        self._by_name: dict[str, list[int]] | None = None
        self._index: dict[str, _StartIndex] = {}

    @staticmethod
    def of(history: History, lookups: _Lookups | None) -> _Lookups:
        """``lookups`` if given and made from this history's firings, else a new one."""
        return lookups if lookups is not None and lookups.fired is history.fired else _Lookups(history)

    @property
    def by_name(self) -> dict[str, list[int]]:
        """Each name's rows, in order (the names in the order first seen)."""
        if self._by_name is None:
            self._by_name = _rows_by_name(self.fired)
        return self._by_name

    def index(self, name: str) -> _StartIndex:
        """The :class:`_StartIndex` of one name's rows."""
        found = self._index.get(name)
        if found is None:
            found = self._index[name] = _StartIndex(self.by_name[name], self.fired, self.clock)
        return found

    def indexes(self) -> dict[str, _StartIndex]:
        """Every name's :class:`_StartIndex`, in the order of :attr:`by_name`."""
        return {name: self.index(name) for name in self.by_name}


def _names_selected(matchers: tuple[str, ...], by_name: dict[str, list[int]]) -> list[str]:
    """The alert names a matcher set can select (all, unless it pins alertname)."""
    pinned = [m for m in matchers if m.startswith('alertname="')]
    if pinned:
        name = pinned[0][len('alertname="'):-1]
        return [name] if name in by_name else []
    return list(by_name)


def _duty_cycles(by_name: dict[str, list[int]], history: History,
                 index: dict[str, _StartIndex] | None = None) -> dict[str, float]:
    """The share of the history's span each alert name was firing (any instance); ``by_name``
    holds rows of :attr:`History.fired`, ``index`` (if given) their :class:`_StartIndex` by name."""
    clock = history.clock
    if clock is None:
        return {}
    starts, ends = history.fired.start, history.fired.end
    span_start = min((min(map(starts.__getitem__, rows)) for rows in by_name.values() if rows), default=clock)
    span = max((clock - span_start).total_seconds(), 1.0)
    out = {}
    for name, rows in by_name.items():
        found = index.get(name) if index else None
        intervals: Iterable[tuple[datetime, datetime]]
        if found is not None and found.ends_from_start:
            # by start, ties in any order: the same segments (each from its first start to its
            # latest end) as by start and end, when no firing ends (or the clock) before it starts
            intervals = zip(found.starts, [e or clock for e in found.ends], strict=True)
        else:
            intervals = sorted((starts[i], ends[i] or clock) for i in rows)
        total, cur_s, cur_e = 0.0, None, None
        for s, e in intervals:
            if cur_e is None or s > cur_e:
                if cur_e is not None:
                    total += (cur_e - cur_s).total_seconds()
                cur_s, cur_e = s, e
            elif e > cur_e:  # max(cur_e, e)
                cur_e = e
        if cur_e is not None:
            total += (cur_e - cur_s).total_seconds()
        out[name] = total / span
    return out
