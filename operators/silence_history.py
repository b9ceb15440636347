"""What silence mining reads, made compact: silences, acks, alert firings, early warnings.

:class:`History` holds one workspace's recent past as small frozen tuples
(:mod:`~signalcraft.operators.silence_items`; its firings as columns,
:class:`~signalcraft.operators.silence_firings.FiringTable`), built from
records (:meth:`History.add`) in any order: each silence once, at its latest version (an
edit in place is a new version of the same id; an early expiry ends it then); each alert
firing once, from its firing and resolved notifications. It keeps ``horizon`` of event
time and at most ``max_items`` of each kind (the oldest go first), so a workspace's state
is bounded whatever it sends. The streaming miner keeps one as its state; a backfill
builds one from a DuckDB file's rows.

Matchers are handled as Alertmanager does (:mod:`~signalcraft.operators.silence_matchers`):
``=``/``!=`` compare the whole value, ``=~``/``!~`` are anchored regular expressions, a
missing label is the empty string.

>>> from signalcraft.models import Matcher
>>> m = matcher_strings((Matcher(name="service", value="search-.*", is_regex=True),
...                      Matcher(name="alertname", value="DiskFilling")))
>>> m, matches(m, {"alertname": "DiskFilling", "service": "search-indexer"})
(('alertname="DiskFilling"', 'service=~"search-.*"'), True)
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from itertools import islice
from operator import attrgetter, itemgetter

from signalcraft.models import AlertEvent, AlertMute, AuditEntry, EarlyWarning
from signalcraft.models.common import LATEST
from signalcraft.operators.silence_firings import FiringTable
from signalcraft.operators.silence_items import Ack, Firing, Silence, Warned, _firing, firing_at
from signalcraft.operators.silence_matchers import matcher_strings, matches
from signalcraft.sources.alert_rows import AlertRow

__all__ = ["Ack", "Firing", "History", "Silence", "Warned", "event_time", "event_times", "firing_at", "kind_of",
           "matcher_strings", "matches"]
"""The items a history holds (:mod:`~signalcraft.operators.silence_items`) are named here too: a
state pickled before they moved there names them by this module, and loads."""


@dataclass
class History:
    """One workspace's recent silences, acks, firings and warnings (bounded)."""

    horizon: timedelta = timedelta(weeks=13)
    max_items: int = 200_000
    silences: dict[str, Silence] = field(default_factory=dict)
    acks: list[Ack] = field(default_factory=list)
    fired: FiringTable = field(default_factory=FiringTable)
    """The firings as columns; :attr:`firings` reads them as :class:`Firing` objects."""
    warnings: dict[str, Warned] = field(default_factory=dict)
    clock: datetime | None = None

    def __post_init__(self) -> None:
        self._seen: dict[tuple[str, datetime], Firing] | None = None

    @property
    def firings(self) -> dict[tuple[str, datetime], Firing]:
        """Every firing by ``(fingerprint, start)``, in the order first seen: made from
        :attr:`fired` when read, and kept until the history next changes (the mining reads the
        columns; the tests' reference scans read this several times). Read only: to change the
        firings, set this (or fold records in)."""
        if self._seen is None:
            self._seen = dict(zip(self.fired.keys(), map(_firing, *self.fired.columns()), strict=True))
        return self._seen

    @firings.setter
    def firings(self, firings: Mapping[tuple[str, datetime], Firing]) -> None:
        fired = FiringTable()
        for f in firings.values():
            fired.append(f.fingerprint, f.name, f.labels, f.start, f.end, f.severity, f.muted_by)
        self.fired, self._seen = fired, None

    def __getstate__(self) -> dict[str, object]:
        return {k: v for k, v in self.__dict__.items() if k != "_seen"}

    def __setstate__(self, state: dict[str, object]) -> None:
        """Load a pickled history; one pickled before the firings were columns (a dict of
        :class:`Firing` under ``firings``) as its firings in the same order."""
        state = dict(state)
        firings = state.pop("firings", None)
        self.__dict__.update(state)
        self._seen = None
        if firings is not None:
            self.firings = firings

    def add(self, record: object) -> None:
        """Fold one record in (others are ignored)."""
        if isinstance(record, _KINDS):
            self.add_many((record,), (event_time(record),))

    def add_at(self, record: AuditEntry | AlertEvent | AlertMute | EarlyWarning, t: datetime) -> None:
        """Fold in one record of the kinds above whose event time :func:`event_time` says is ``t``."""
        self.add_many((record,), (t,))

    def add_many(self, records: Sequence[AuditEntry | AlertEvent | AlertMute | EarlyWarning],
                 times: Sequence[datetime]) -> None:
        """Fold in records of the kinds above, in order, ``times`` their event times
        (:func:`event_times`): as :meth:`add_at` one by one, the clock moved once. A batch of
        alert events only (the ingest flow's) takes one loop without a call per record."""
        self.fold(records, times, kind_of(records))

    def fold(self, records: Sequence[AuditEntry | AlertEvent | AlertMute | EarlyWarning],
             times: Sequence[datetime], kind: type | None, latest: datetime | None = None) -> None:
        """:meth:`add_many` of records all of ``kind`` (``None``: of several kinds), ``latest``
        the greatest of ``times`` if known (a caller that has them saves a pass over them)."""
        if not records:
            return
        if latest is None:
            latest = max(times)
        if self.clock is None or latest > self.clock:
            self.clock = latest
        self._seen = None
        if kind in _ALERTS:  # a batch of alert events only, as records or rows
            self._alerts(records)
            return
        for record, t in zip(records, times, strict=True):
            if isinstance(record, _ALERTS):
                self._alerts((record,))
            elif isinstance(record, AuditEntry):
                self._audit(record)
            elif isinstance(record, AlertMute):
                self._mute(record)
            elif record.id not in self.warnings:
                self.warnings[record.id] = Warned(record.id, record.metric_key, _labels(record.labels), t)

    def __deepcopy__(self, memo: dict[int, object]) -> History:
        """An independent copy, as Bytewax takes one of the state at every epoch end: new
        containers holding the same items. Every item is a frozen tuple of immutable values
        (strings, datetimes, tuples), never changed in place (a change replaces it), so
        sharing them is as good as copying them and costs a dict copy instead of one
        object per field (2.8 s for 184,000 firings); the firings' columns are lists of
        such values, copied as lists."""
        copied = replace(self, silences=dict(self.silences), acks=list(self.acks), fired=self.fired.copy(),
                         warnings=dict(self.warnings))
        memo[id(self)] = copied
        return copied

    def add_all(self, records: Iterable[object]) -> History:
        """Fold in every record of the kinds above (others are ignored), in order; then trim."""
        kept = [r for r in records if isinstance(r, _KINDS)]
        self.add_many(kept, event_times(kept))
        self.trim()
        return self

    def trim(self) -> None:
        """Forget what is older than ``horizon`` before the clock, and the oldest past ``max_items``."""
        if self.clock is None:
            return
        most = self.max_items
        try:
            cut = self.clock - self.horizon
        except OverflowError:  # a clock in the first days of year 1 (decode refuses one; a history fed by hand may
            # hold it): nothing is older than it
            cut = datetime.min.replace(tzinfo=self.clock.tzinfo)
        self.silences = _newest(_since(self.silences, [s.end for s in self.silences.values()], cut), most)
        fired = self.fired.trimmed(cut, most)
        if fired is not self.fired:
            self.fired, self._seen = fired, None
        self.warnings = _newest(_since(self.warnings, [w.start for w in self.warnings.values()], cut), most)
        self.acks = [a for a in self.acks if a.at >= cut][-self.max_items:]

    # -- folding ------------------------------------------------------------------------------

    def _audit(self, e: AuditEntry) -> None:
        strings = matcher_strings(e.matchers)
        if e.action == "ack":
            self.acks.append(Ack(e.timestamp, e.target, strings))
            return
        if e.action not in ("silence", "snooze", "unsilence") or not strings:
            return
        key = e.target or e.id
        version = e.updated_at or e.timestamp
        old = self.silences.get(key)
        if old is not None and old.version is not None and version < old.version:
            return
        start = e.starts_at or e.timestamp
        if e.action == "unsilence":  # expired early: it ended then
            if old is None:
                return
            self.silences[key] = Silence(key, old.matchers, old.start, min(old.end, e.timestamp), old.made, old.actor,
                                         version)
            return
        end = e.ends_at or (start + timedelta(seconds=min(e.duration_s or 0, (LATEST - start).total_seconds())))
        # (a duration past the last time a record may carry is one that does not end)
        made = old.made if old is not None else e.timestamp
        self.silences[key] = Silence(key, strings, start, end, min(made, e.timestamp), e.actor, version)

    def _alerts(self, alerts: Iterable[AlertEvent | AlertRow]) -> None:
        """Each alert's firing: a new row from its first notification; a resolve ends it once.
        :meth:`FiringTable.row` and :meth:`FiringTable.append` and :func:`_alert_labels` written
        out (no call per alert, but for a label set not seen lately). An alert is a record or its
        row (the same fields by name); a new firing's name is interned (a record's already is, a
        row's not), so the firings of one name share one string whichever the alerts came as."""
        t = self.fired
        first, more, starts, ends = t.first, t.more, t.start, t.end
        held, held_more, remembered, intern = first.get, more.get, _ALERT_LABELS.get, sys.intern
        by_map, kept = _BY_MAP.get, _BY_MAP
        add_fingerprint, add_name, add_labels, add_start, add_end, add_severity, add_muted = (
            t.fingerprint.append, t.name.append, t.labels.append, starts.append, ends.append, t.severity.append,
            t.muted_by.append)
        for a in alerts:
            start = a.starts_at
            row = held(fingerprint := a.fingerprint)
            if row is not None and starts[row] != start:
                row = held_more((fingerprint, start), -1)  # -1: the fingerprint is held, with another start
            end = a.ends_at if a.status == "resolved" else None
            if row is None or row < 0:
                name, labels = a.name, a.labels
                seen = by_map(id(labels))  # decode shares the maps of one text: asked by the object first
                if seen is not None and seen[0] is labels and seen[1] is name:
                    tagged = seen[2]
                else:
                    tagged = remembered((name, *labels, *labels.values()))
                    if tagged is None:
                        tagged = _alert_labels(name, labels)
                    if len(kept) >= _ALERT_LABELS_MAX:
                        kept.clear()
                    kept[id(labels)] = (labels, name, tagged)
                if row is None:
                    first[fingerprint] = len(starts)
                else:
                    more[(fingerprint, start)] = len(starts)
                add_fingerprint(fingerprint)
                add_name(intern(name))
                add_labels(tagged)
                add_start(start)
                add_end(end)
                add_severity(a.severity)
                add_muted(())
            elif end is not None and ends[row] is None:
                ends[row] = end

    def _mute(self, m: AlertMute) -> None:
        t, self._seen = self.fired, None
        row = t.row(m.fingerprint, m.starts_at)
        if row is None:
            t.append(m.fingerprint, m.name, _alert_labels(m.name, m.labels), m.starts_at, None,
                     m.labels.get("severity", "none"), m.silenced_by)
        elif set(m.silenced_by) - set(t.muted_by[row]):
            t.muted_by[row] = tuple(sorted(set(t.muted_by[row]) | set(m.silenced_by)))


def event_time(record: AuditEntry | AlertEvent | AlertMute | EarlyWarning) -> datetime:
    """When what a record tells happened: an action's time, an alert's or warning's start,
    a mute's observation."""
    if isinstance(record, AuditEntry):
        return record.timestamp
    if isinstance(record, AlertMute):
        return record.observed_at
    return record.starts_at


_KINDS = (AuditEntry, AlertEvent, AlertMute, EarlyWarning, AlertRow)
_ALERTS = (AlertEvent, AlertRow)
_TIME_OF = {AuditEntry: attrgetter("timestamp"), AlertMute: attrgetter("observed_at"),
            AlertEvent: attrgetter("starts_at"), EarlyWarning: attrgetter("starts_at"),
            AlertRow: itemgetter(AlertRow._fields.index("starts_at"))}  # by position: cheaper than by name


def event_times(records: Sequence[AuditEntry | AlertEvent | AlertMute | EarlyWarning],
                kind: type | None = None) -> list[datetime]:
    """:func:`event_time` of each record; of a batch of one kind, column-wise (no call per record).
    ``kind``: the one type of every record if the caller knows it (:func:`kind_of`)."""
    getter = _TIME_OF.get(kind if kind is not None else kind_of(records))
    return list(map(getter or event_time, records))


def kind_of(records: Sequence[object]) -> type | None:
    """The type of every record if they are all of one (exactly), else ``None``.

    >>> kind_of([1, 2]), kind_of([1, "a"]), kind_of([])
    (<class 'int'>, None, None)
    """
    kinds = list(map(type, records))  # counted, not hashed into a set: the same object compares at once
    return kinds[0] if kinds and kinds.count(kinds[0]) == len(kinds) else None


def _labels(labels: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted(labels.items()))


_ALERT_LABELS: dict[tuple, tuple[tuple[str, str], ...]] = {}
_ALERT_LABELS_MAX = 8192
_BY_MAP: dict[int, tuple[Mapping[str, str], str, tuple[tuple[str, str], ...]]] = {}
""":func:`_alert_labels` of a labels object and a name, by the object's id: the same object (the
fast paths share one dict for the rows of one labels text), held here so its id is not another's,
with the same name (the same string object) are the same labels. Nothing writes into an alert's labels."""


def _alert_labels(name: str, labels: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    """An alert's labels with its name as ``alertname``, sorted; remembered for the label sets
    a stream repeats, so the firings of one alert share one tuple (smaller to hold and to pickle).

    >>> _alert_labels("Down", {"service": "api", "alertname": "Other"})
    (('alertname', 'Down'), ('service', 'api'))
    """
    key = (name, *labels, *labels.values())  # flat: its length tells where the keys end
    found = _ALERT_LABELS.get(key)
    if found is None:
        if len(_ALERT_LABELS) >= _ALERT_LABELS_MAX:
            _ALERT_LABELS.clear()
            _BY_MAP.clear()  # what it remembers by object is what this remembered: the same tuples
        found = _ALERT_LABELS[key] = tuple((k, sys.intern(v)) for k, v in _labels({**labels, "alertname": name}))
    return found


def _since(items: dict, times: list[datetime], cut: datetime) -> dict:
    """The items whose time (``times``, in order) is not before ``cut``; ``items`` itself when
    none is (a history younger than its horizon is not copied at every trim).

    >>> _since({"a": 1, "b": 2}, [5, 3], 4), _since({"a": 1}, [5], 4)
    ({'a': 1}, {'a': 1})
    """
    if not times or min(times) >= cut:
        return items
    return {k: v for (k, v), t in zip(items.items(), times, strict=True) if t >= cut}


def _newest(items: dict, limit: int) -> dict:
    """The ``limit`` items of the latest ``start``, by start (equal starts in their order);
    ``items`` itself when there are no more. The sort's keys are the starts, looked up by
    index (no call per item).

    >>> class At:
    ...     def __init__(self, start): self.start = start
    >>> list(_newest({k: At(s) for k, s in zip("abcd", [3, 1, 3, 2])}, 3))
    ['d', 'a', 'c']
    """
    if len(items) <= limit:
        return items
    starts = [item.start for item in items.values()]
    if starts == sorted(starts):  # in order of start already (a stream's usual case; sorting finds it at once)
        return dict(islice(items.items(), len(starts) - limit, None))
    keep = sorted(range(len(starts)), key=starts.__getitem__)[-limit:]
    return dict(zip(map(list(items).__getitem__, keep), map(list(items.values()).__getitem__, keep), strict=True))
