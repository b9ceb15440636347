"""A workspace's alert firings as columns: one list per field, a row per firing.

:class:`FiringTable` is what :class:`~signalcraft.operators.silence_history.History` keeps of
its firings: the fields of a :class:`~signalcraft.operators.silence_items.Firing` as seven
lists (fingerprint, name, labels, start, end, severity, muted_by), rows in the order the
firings were first seen, and an index from ``(fingerprint, start)`` to a row. A firing is
appended (seven list appends) or changed in place (its ``end`` or ``muted_by`` cell); no
object is made per firing. Every cell is a string, a datetime, ``None`` or a tuple of
strings, none of which Python's cyclic garbage collector tracks (a tuple of strings is
untracked the first time a collection sees it), so the collector has a few lists and dicts
to walk, not an object per firing (184,000 of them at the ingest benchmark's scale, each
walked by every collection that reached its generation).

The index is by fingerprint (a string, untracked): a fingerprint's first firing is found
from it, a later firing of the same fingerprint (another start) from a second dict keyed by
``(fingerprint, start)``. Row numbers change only when :meth:`FiringTable.trimmed` drops rows.

>>> from datetime import datetime
>>> t = FiringTable()
>>> t0, t1 = datetime(2026, 1, 1), datetime(2026, 1, 2)
>>> t.append("fp", "Down", (), t0, None, "none", ()), t.append("fp", "Down", (), t1, t1, "none", ())
(0, 1)
>>> t.row("fp", t0), t.row("fp", t1), t.row("fp", datetime(2026, 1, 3)), t.row("other", t0), len(t)
(0, 1, None, None, 2)
"""

from __future__ import annotations

from datetime import datetime

__all__ = ["COLUMNS", "FiringTable"]

COLUMNS = ("fingerprint", "name", "labels", "start", "end", "severity", "muted_by")
"""The columns, in the order of a :class:`~signalcraft.operators.silence_items.Firing`'s fields."""


class FiringTable:
    """Firings as columns (see the module); rows in the order first seen."""

    __slots__ = (*COLUMNS, "first", "more")

    def __init__(self) -> None:
        self.fingerprint: list[str] = []
        self.name: list[str] = []
        self.labels: list[tuple[tuple[str, str], ...]] = []
        self.start: list[datetime] = []
        self.end: list[datetime | None] = []
        self.severity: list[str] = []
        self.muted_by: list[tuple[str, ...]] = []
        self.first: dict[str, int] = {}
        """A fingerprint -> the row of its first firing held."""
        self.more: dict[tuple[str, datetime], int] = {}
        """``(fingerprint, start)`` -> the row, for a fingerprint's other firings."""

    def __len__(self) -> int:
        return len(self.start)

    def row(self, fingerprint: str, start: datetime) -> int | None:
        """The row of the firing ``(fingerprint, start)``, ``None`` if none is held."""
        row = self.first.get(fingerprint)
        if row is not None and self.start[row] != start:
            row = self.more.get((fingerprint, start))
        return row

    def append(self, fingerprint: str, name: str, labels: tuple[tuple[str, str], ...], start: datetime,
               end: datetime | None, severity: str, muted_by: tuple[str, ...]) -> int:
        """Add a firing not held yet; its row."""
        row = len(self.start)
        if fingerprint in self.first:
            self.more[(fingerprint, start)] = row
        else:
            self.first[fingerprint] = row
        self.fingerprint.append(fingerprint)
        self.name.append(name)
        self.labels.append(labels)
        self.start.append(start)
        self.end.append(end)
        self.severity.append(severity)
        self.muted_by.append(muted_by)
        return row

    def columns(self) -> tuple[list, ...]:
        """The seven columns, in the order of :data:`COLUMNS`."""
        return (self.fingerprint, self.name, self.labels, self.start, self.end, self.severity, self.muted_by)

    def keys(self) -> list[tuple[str, datetime]]:
        """Each row's ``(fingerprint, start)``, in order."""
        return list(zip(self.fingerprint, self.start, strict=True))

    def copy(self) -> FiringTable:
        """An independent table holding the same cells (all immutable)."""
        return self._of(*(list(c) for c in self.columns()), dict(self.first), dict(self.more))

    def take(self, rows: list[int]) -> FiringTable:
        """A table of ``rows``, in that order (each row at most once)."""
        return self._of(*(list(map(c.__getitem__, rows)) for c in self.columns()))

    def trimmed(self, cut: datetime, most: int) -> FiringTable:
        """The firings that ended (or, while on, started) at or after ``cut``, and of those the
        ``most`` of the latest start (by start, equal starts in their order; in their order when
        already by start); ``self`` when that is every row."""
        starts, ends = self.start, self.end
        if not starts:
            return self
        rows: list[int] | range = range(len(starts))
        if min(starts) < cut or min(filter(None, ends), default=cut) < cut:
            rows = [i for i, (s, e) in enumerate(zip(starts, ends, strict=True)) if (e or s) >= cut]
        if len(rows) > most:
            kept = [starts[i] for i in rows]
            if kept == sorted(kept):  # a stream's usual case: sorting finds it at once
                rows = rows[len(rows) - most:]
            else:
                rows = [rows[i] for i in sorted(range(len(kept)), key=kept.__getitem__)[-most:]]
        elif isinstance(rows, range):
            return self
        return self.take(list(rows))

    # -- equality and pickling ------------------------------------------------------------------

    def __eq__(self, other: object) -> bool:
        """Equal when they hold the same firings, by ``(fingerprint, start)`` (as two dicts of
        firings compare: in any order)."""
        if not isinstance(other, FiringTable):
            return NotImplemented
        return len(self) == len(other) and self._by_key() == other._by_key()

    __hash__ = None  # type: ignore[assignment]  # mutable

    def __repr__(self) -> str:
        return f"FiringTable({len(self)} firings)"

    def __getstate__(self) -> tuple[list, ...]:
        return self.columns()  # the index is made again on load

    def __setstate__(self, state: tuple[list, ...]) -> None:
        for name, column in zip(COLUMNS, state, strict=True):
            setattr(self, name, column)
        self.first, self.more = _index(self.fingerprint, self.start)

    def _by_key(self) -> dict[tuple[str, datetime], tuple]:
        return dict(zip(self.keys(), zip(*self.columns(), strict=True), strict=True))

    @classmethod
    def _of(cls, fingerprint: list, name: list, labels: list, start: list, end: list, severity: list,
            muted_by: list, first: dict | None = None, more: dict | None = None) -> FiringTable:
        t = cls.__new__(cls)
        t.fingerprint, t.name, t.labels, t.start, t.end, t.severity, t.muted_by = (
            fingerprint, name, labels, start, end, severity, muted_by)
        t.first, t.more = (first, more) if first is not None else _index(fingerprint, start)
        return t


def _index(fingerprints: list[str], starts: list[datetime]) -> tuple[dict[str, int], dict[tuple[str, datetime], int]]:
    """:attr:`FiringTable.first` and :attr:`FiringTable.more` of rows ``(fingerprint, start)``."""
    first: dict[str, int] = {}
    more: dict[tuple[str, datetime], int] = {}
    for row, fingerprint in enumerate(fingerprints):
        if fingerprint in first:
            more[(fingerprint, starts[row])] = row
        else:
            first[fingerprint] = row
    return first, more
