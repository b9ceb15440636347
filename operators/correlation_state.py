"""The buffers of the change join: change events by time, alert counts by minute (no Bytewax).

:class:`~signalcraft.operators.correlation.CorrelatorState` holds one of each per join key.
Each counts its edits, so a scoring that read them can tell whether they changed since.
"""

from __future__ import annotations

import pickle
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import repeat
from operator import attrgetter

from signalcraft.models import ChangeEvent
from signalcraft.models.change_row import ChangeRow

__all__ = ["AlertCounts", "ChangeBuffer"]


@dataclass(slots=True)
class ChangeBuffer:
    """Change events of one key, sorted by timestamp; small and picklable.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, tzinfo=timezone.utc)
    >>> def change(i, minutes):
    ...     return ChangeEvent(id=f"c{i}", workspace_id="w", type="deployment", source="s",
    ...         project="p", environment="prod", service="api", summary="x",
    ...         timestamp=t + timedelta(minutes=minutes))
    >>> buf = ChangeBuffer(retention=timedelta(minutes=18))
    >>> [buf.add(change(i, m)) for i, m in enumerate([5, 0, 30])] + [buf.add(change(0, 5))]
    [True, True, True, False]
    >>> [c.id for c in buf.changes]
    ['c1', 'c0', 'c2']
    >>> buf.evict(t + timedelta(minutes=30)); buf.size
    1
    """

    retention: timedelta
    """How far behind the watermark :meth:`evict` keeps a change."""
    changes: list[ChangeEvent | ChangeRow] = field(default_factory=list)
    """Records or rows (:data:`~signalcraft.models.change_row.CHANGES`), read by attribute alike."""
    ids: set[str] = field(default_factory=set)
    """The ids of ``changes``."""
    edits: int = 0
    """Raised at every change added or dropped: while it stays, so do ``changes``."""
    pickled: dict[str, bytes] = field(default_factory=dict, compare=False, repr=False)
    """Change id -> the change pickled, made at the first snapshot that holds it: the
    changes never change, and a snapshot is taken at every epoch's end."""
    times: list[datetime] = field(default_factory=list, compare=False, repr=False)
    """The timestamps of ``changes``, in their order (searched without a key function);
    not pickled: made again from the changes."""

    def __post_init__(self) -> None:
        self.times = [c.timestamp for c in self.changes]

    def __getstate__(self) -> tuple:
        pickled, blobs = self.pickled, []
        for change in self.changes:
            blob = pickled.get(change.id)
            if blob is None:
                blob = pickled[change.id] = _freeze(change)
            blobs.append(blob)
        return self.retention, blobs, self.edits

    def __setstate__(self, state: tuple) -> None:
        self.retention, blobs, self.edits = state
        self.changes = [_thaw(blob) for blob in blobs]
        self.times = [c.timestamp for c in self.changes]
        self.ids = {c.id for c in self.changes}
        self.pickled = {c.id: blob for c, blob in zip(self.changes, blobs, strict=True)}

    @property
    def size(self) -> int:
        """How many changes are held."""
        return len(self.changes)

    def add(self, change: ChangeEvent | ChangeRow) -> bool:
        """Insert ``change`` in timestamp order; return False if its id is already held."""
        if change.id in self.ids:
            return False  # a replay; with another timestamp, the first one seen wins
        at = bisect_right(self.times, change.timestamp)
        self.changes.insert(at, change)
        self.times.insert(at, change.timestamp)
        self.ids.add(change.id)
        self.edits += 1
        return True

    def window(self, start: datetime, end: datetime) -> list[ChangeEvent | ChangeRow]:
        """The changes with ``start <= timestamp <= end``."""
        times = self.times
        return self.changes[bisect_left(times, start):bisect_right(times, end)]

    def evict(self, watermark: datetime) -> None:
        """Drop the changes older than ``watermark - retention``."""
        self.evict_before(watermark - self.retention)

    def trim(self, max_size: int) -> None:
        """Drop the oldest changes beyond ``max_size``."""
        if len(self.changes) > max_size:
            self._drop(len(self.changes) - max_size)

    def evict_before(self, cut_time: datetime) -> None:
        """Drop the changes older than ``cut_time``."""
        if not self.times or self.times[0] >= cut_time:
            return  # the common case, checked without a search
        cut = bisect_left(self.times, cut_time)
        if cut:
            self._drop(cut)

    def _drop(self, n: int) -> None:
        """Drop the ``n`` oldest changes."""
        for change in self.changes[:n]:
            self.ids.discard(change.id)
            self.pickled.pop(change.id, None)
        del self.changes[:n]
        del self.times[:n]
        self.edits += 1


@dataclass(slots=True)
class AlertCounts:
    """Firing alerts per service per minute of ``starts_at``: the alert-rate evidence.

    >>> from datetime import timezone
    >>> t = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
    >>> counts = AlertCounts()
    >>> for s in (0, 30, 61, 600):
    ...     counts.add("api", t + timedelta(seconds=s))
    >>> counts.count("api", t, t + timedelta(minutes=2)), counts.count("db", t, t + timedelta(hours=1))
    (3, 0)
    >>> counts.evict_before(t + timedelta(minutes=5)); counts.size
    1
    >>> counts.add("api", t); counts.evict_before(t + timedelta(minutes=30)); counts.size  # < 1 h on
    2
    """

    minutes: dict[str, dict[int, int]] = field(default_factory=dict)
    """Service -> minute (epoch seconds // 60) -> firing alerts that started in it."""
    cut: int | None = None
    """The minute before which counts were last evicted."""
    edits: dict[str, int] = field(default_factory=dict)
    """Service -> alerts counted since its counts were last evicted: while it and ``cuts``
    stay, so do its counts."""
    cuts: int = 0
    """How many times counts were evicted."""

    @property
    def size(self) -> int:
        """How many (service, minute) counters are held."""
        return sum(len(m) for m in self.minutes.values())

    def add(self, service: str, t: datetime) -> None:
        per = self.minutes.setdefault(service, {})
        minute = int(t.timestamp()) // 60
        per[minute] = per.get(minute, 0) + 1
        self.edits[service] = self.edits.get(service, 0) + 1

    def __call__(self, service: str, start: datetime, end: datetime) -> int:
        """:meth:`count`: the counts are an ``AlertRate``."""
        return self.count(service, start, end)

    def count(self, service: str, start: datetime, end: datetime) -> int:
        """Alerts of ``service`` in the minutes from ``start``'s up to, not including, ``end``'s."""
        per = self.minutes.get(service)
        if not per:
            return 0
        lo, hi = int(start.timestamp()) // 60, int(end.timestamp()) // 60
        return sum(map(per.get, range(lo, hi), repeat(0)))

    def count_around(self, service: str, lo: int, mid: int, hi: int) -> tuple[int, int] | None:
        """:meth:`count` from minute ``lo`` to ``mid`` and from ``mid`` to ``hi`` (minutes as
        epoch seconds // 60), or ``None`` when ``service`` has no counts.

        >>> from datetime import timezone
        >>> counts = AlertCounts()
        >>> for m in (0, 1, 1, 5):
        ...     counts.add("api", datetime(2024, 1, 1, 0, m, tzinfo=timezone.utc))
        >>> m0 = int(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp()) // 60
        >>> counts.count_around("api", m0, m0 + 2, m0 + 6), counts.count_around("db", m0, m0 + 1, m0 + 2)
        ((3, 1), None)
        """
        per = self.minutes.get(service)
        if not per:
            return None
        get = per.get
        return sum(map(get, range(lo, mid), repeat(0))), sum(map(get, range(mid, hi), repeat(0)))

    def evict_before(self, cut_time: datetime) -> None:
        """Drop the counts of minutes before ``cut_time``'s, once that is an hour on from the last cut."""
        cut = int(cut_time.timestamp()) // 60
        if self.cut is not None and cut < self.cut + 60:
            return
        self.cut = cut
        self.cuts += 1
        self.edits = {}
        for service, per in list(self.minutes.items()):
            if per and min(per) >= cut:
                continue  # nothing to drop (the common case while the horizon is longer than the stream)
            kept = {m: n for m, n in per.items() if m >= cut}
            if kept:
                self.minutes[service] = kept
            else:
                del self.minutes[service]


_CHANGE_FIELDS = tuple(ChangeEvent.model_fields)
_ROW_VALUES = attrgetter(*_CHANGE_FIELDS)


def _freeze(change: ChangeEvent | ChangeRow) -> bytes:
    """``change`` pickled as its field values and which were set (by position), not as a
    model: a third of the bytes. A change with anything else in it is pickled whole. A row
    pickles to the bytes of its record (and thaws as the record).

    >>> from datetime import timezone
    >>> c = ChangeEvent(id="c", workspace_id="w", type="deployment", source="s", project="p",
    ...     environment="prod", service="api", summary="x", timestamp=datetime(2024, 1, 1, tzinfo=timezone.utc))
    >>> back = _thaw(_freeze(c))
    >>> back == c, back.model_fields_set == c.model_fields_set
    (True, True)
    >>> from signalcraft.models.change_row import row_of
    >>> _freeze(row_of(c)) == _freeze(c)
    True
    """
    if type(change) is ChangeRow:
        given = change.fields_set
        mask = sum(1 << i for i, name in enumerate(_CHANGE_FIELDS) if name in given)
        return pickle.dumps((_ROW_VALUES(change), mask), pickle.HIGHEST_PROTOCOL)
    state = change.__getstate__()
    values = state["__dict__"]
    if state["__pydantic_extra__"] or state["__pydantic_private__"] or values.keys() != set(_CHANGE_FIELDS):
        return pickle.dumps(change, pickle.HIGHEST_PROTOCOL)
    given = state["__pydantic_fields_set__"]
    mask = sum(1 << i for i, name in enumerate(_CHANGE_FIELDS) if name in given)
    return pickle.dumps((tuple(values[name] for name in _CHANGE_FIELDS), mask), pickle.HIGHEST_PROTOCOL)


def _thaw(blob: bytes) -> ChangeEvent:
    """The change :func:`_freeze` made ``blob`` of."""
    frozen = pickle.loads(blob)
    if isinstance(frozen, ChangeEvent):
        return frozen
    values, mask = frozen
    change = ChangeEvent.__new__(ChangeEvent)
    change.__setstate__({
        "__dict__": dict(zip(_CHANGE_FIELDS, values, strict=True)),
        "__pydantic_fields_set__": {name for i, name in enumerate(_CHANGE_FIELDS) if mask >> i & 1},
        "__pydantic_extra__": None,
        "__pydantic_private__": None,
    })
    return change
