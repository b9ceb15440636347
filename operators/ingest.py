"""Decode a batch of raw messages into records and dead letters (no Bytewax here)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter

from signalcraft.models import AlertEvent, ChangeEvent, DeadLetter, LogRecord, RawMessage, Resolution
from signalcraft.models.change_row import ChangeRow
from signalcraft.models.common import Record
from signalcraft.params import Identity, StreamKind
from signalcraft.sources.alert_rows import AlertRow, AlertRows
from signalcraft.sources.decode import decode_all
from signalcraft.sources.fast_logs import LogLines


@dataclass(slots=True)
class Decoded:
    """What one batch of messages became."""

    records: list[Record] = field(default_factory=list)
    dead: list[DeadLetter] = field(default_factory=list)
    counts: dict[tuple[str, type], int] = field(default_factory=dict)
    """(input topic, record type) -> how many of ``records`` came from that topic as that type."""
    types: frozenset[type] | None = None
    """The types of ``records`` when the decoder knows them, so the branches that take kinds of
    records do not look at each record to learn them; ``None``: looked up at each use."""
    lines: LogLines | None = None
    """The log records, column by column, when the decoder keeps them so
    (:class:`BatchDecoder` ``log_lines``): then not in ``records``."""
    alerts: AlertRows | None = None
    """The alert events, as rows, when the decoder keeps them so (:class:`BatchDecoder`
    ``alert_rows``): then not in ``records``."""

    def record_types(self) -> frozenset[type] | set[type]:
        """The types of ``records``.

        >>> Decoded(records=["x", 1, "y"]).record_types() == {str, int}
        True
        """
        return self.types if self.types is not None else set(map(type, self.records))

    def stored(self, logs_mined: bool = False) -> list[Record | DeadLetter]:
        """What the store keeps of the batch as it is: records and dead letters alike, but
        the resolutions still to be attached to their group (:meth:`to_attach`) and, when
        ``logs_mined``, the log records (the log-pattern step stores them, mined).

        >>> from datetime import datetime, timezone
        >>> from signalcraft.models import Resolution
        >>> r = Resolution(id="r", workspace_id="w", fingerprint="fp", fix="f", source="s",
        ...     resolved_at=datetime(2025, 1, 1, tzinfo=timezone.utc))
        >>> Decoded(records=[r]).stored(), [x.id for x in Decoded(records=[r]).to_attach()]
        ([], ['r'])
        """
        held = (Resolution, LogRecord) if logs_mined else (Resolution,)
        batches = [self.lines] if self.lines and not logs_mined else []  # column batches come last
        if self.alerts:
            batches.append(self.alerts)
        if not _any_of(self.record_types(), held):  # the usual batch: looked at column-wise
            return [*self.records, *self.dead, *batches]
        keep = [r for r in self.records if not isinstance(r, held) or _attached(r)]
        return [*keep, *self.dead, *batches]

    def to_attach(self) -> list[Resolution]:
        """The resolutions that name their group by an alert's fingerprint only."""
        if not _any_of(self.record_types(), (Resolution,)):
            return []
        return [r for r in self.records if isinstance(r, Resolution) and r.group_id is None]

    def of_kinds(self, kinds: tuple[type, ...], alert_rows: bool = False, change_rows: bool = False) -> list[Record]:
        """The records of ``kinds`` (or their subclasses), in order: a copy of them all, or none,
        without a look at each record when the batch holds only such records or none of them.
        The log records kept as ``lines`` come after the rest, made then (the flow keeps lines
        only when no step reads log records). The alert events kept as rows (:attr:`alerts`)
        come in their place among the rest, as records, or as their rows with ``alert_rows``
        (what silence mining reads). The change reports kept as rows (:class:`ChangeRow`, among
        the records) are change events too: as they are with ``change_rows`` (what the join
        reads), else as their records.

        >>> from datetime import datetime, timezone
        >>> from signalcraft.models import ChangeEvent
        >>> r = Resolution(id="r", workspace_id="w", fingerprint="fp", fix="f", source="s",
        ...     resolved_at=datetime(2025, 1, 1, tzinfo=timezone.utc))
        >>> mixed = Decoded(records=[r, "not a record", r])
        >>> [len(Decoded(records=[r, r]).of_kinds(k)) for k in ((Resolution,), (ChangeEvent,))]
        [2, 0]
        >>> [x.id for x in mixed.of_kinds((Resolution,))], mixed.of_kinds((str,))
        (['r', 'r'], ['not a record'])
        """
        lines = self.lines.records() if self.lines and issubclass(LogRecord, kinds) else []
        types = self.record_types()
        if ChangeRow in types and issubclass(ChangeEvent, kinds):
            kinds = (*kinds, ChangeRow)
            if not change_rows:
                return [r.record() if type(r) is ChangeRow else r for r in self.of_kinds(kinds, alert_rows, True)]
        wanted = {kind for kind in types if issubclass(kind, kinds)}
        if self.alerts and issubclass(AlertEvent, kinds):
            alerts = self.alerts.rows if alert_rows else self.alerts.records()
            if not wanted:
                return [*alerts, *lines]
            kept = self.alerts.in_order(self.records, alerts)
            if wanted != types:
                kept = [r for r in kept if isinstance(r, (*kinds, AlertRow))]
            return [*kept, *lines]
        if not wanted:
            return lines
        if wanted == types:
            return [*self.records, *lines]
        return [*(r for r in self.records if isinstance(r, kinds)), *lines]

    def kinds(self) -> list[tuple[str, str, int]]:
        """``(topic, kind, n)``: the records by input topic and record type name.

        >>> from signalcraft.models import ChangeEvent
        >>> Decoded(counts={("signalcraft.changes", ChangeEvent): 3}).kinds()
        [('signalcraft.changes', 'ChangeEvent', 3)]
        >>> Decoded(counts={("c", ChangeRow): 2, ("c", ChangeEvent): 1}).kinds()  # a row counts as its record
        [('c', 'ChangeEvent', 3)]
        """
        if not any(kind in _NAMES for _, kind in self.counts):
            return [(topic, kind.__name__, n) for (topic, kind), n in self.counts.items()]
        named: dict[tuple[str, str], int] = {}
        for (topic, kind), n in self.counts.items():
            key = (topic, _NAMES.get(kind) or kind.__name__)
            named[key] = named.get(key, 0) + n
        return [(topic, name, n) for (topic, name), n in named.items()]

    def dead_steps(self) -> list[tuple[str, int]]:
        """``(step, n)``: the dead letters by the step that refused them, in order of first refusal."""
        return list(Counter(d.step for d in self.dead).items()) if self.dead else []


_NAMES = {ChangeRow: ChangeEvent.__name__}
"""The record a row type counts as (a batch may hold a change's row and another's record)."""


def _any_of(types: Iterable[type], kinds: tuple[type, ...]) -> bool:
    """Whether one of the record ``types`` is one of ``kinds`` (or a subclass).

    >>> from signalcraft.models import ChangeEvent
    >>> _any_of(set(), (Resolution,)), _any_of({str, int}, (str,)), _any_of({str}, (ChangeEvent, Resolution))
    (False, True, False)
    """
    return any(issubclass(kind, kinds) for kind in types)


def _counts(records: list[Record], runs: list[tuple[str, int]]) -> dict[tuple[str, type], int]:
    """``(topic, record type) -> n`` of ``records``, whose runs of one input topic begin at the
    ``runs``' indices, keyed in the order of first occurrence; counted per run, not per record.

    >>> _counts(["a", 1, "b", 2.0, 3], [("x", 0), ("y", 2), ("x", 4)])
    {('x', <class 'str'>): 1, ('x', <class 'int'>): 2, ('y', <class 'str'>): 1, ('y', <class 'float'>): 1}
    """
    counts: dict[tuple[str, type], int] = {}
    bounds = [*(start for _, start in runs), len(records)]
    for i, (topic, _) in enumerate(runs):
        run = records[bounds[i] : bounds[i + 1]]
        kinds = set(map(type, run))
        found = {kinds.pop(): len(run)} if len(kinds) == 1 else Counter(map(type, run))  # the usual run: one kind
        for kind, n in found.items():
            counts[(topic, kind)] = counts.get((topic, kind), 0) + n
    return counts


def _attached(record: object) -> bool:
    """Whether a held-back kind of record is stored as it is: a resolution that names its group."""
    return isinstance(record, Resolution) and record.group_id is not None


class BatchDecoder:
    """Callable: ``list[RawMessage] -> Decoded``, choosing the stream kind by topic."""

    def many(self, batches: list[list[RawMessage]]) -> list[Decoded]:
        """The batches Bytewax hands the step at once as one :class:`Decoded`, their messages
        in order (none: nothing). Each step after it pays its calls once for them all: the
        source's batches of an aligned backlog are a few dozen messages, and every keyed step
        costs a call per key per item.

        >>> decoder = BatchDecoder({}, Identity())
        >>> decoder.many([]), [len(d.dead) for d in decoder.many([[], []])]
        ([], [0])
        """
        if not batches:
            return []
        return [self(batches[0] if len(batches) == 1 else [m for batch in batches for m in batch])]

    def __init__(self, topic_kinds: dict[str, StreamKind], identity: Identity, log_lines: bool = False,
                 alert_rows: bool = False, change_rows: bool = False):
        self._kinds = dict(topic_kinds)
        self._identity = identity
        self._log_lines = log_lines
        """Keep log records column by column (:attr:`Decoded.lines`), for a flow where no step reads them."""
        self._alert_rows = alert_rows
        """Keep alert events as rows (:attr:`Decoded.alerts`), for a flow whose steps read rows."""
        self._change_rows = change_rows
        """Keep the fast path's change reports as their rows (:class:`ChangeRow`, among the records),
        for a flow whose steps read rows (the store, the join)."""

    def __call__(self, batch: list[RawMessage]) -> Decoded:
        """The batch's messages in order, each run of one topic decoded as one (a poll's batch is one
        partition's: a single run)."""
        out = Decoded(lines=LogLines() if self._log_lines else None, alerts=AlertRows() if self._alert_rows else None)
        records, dead, lines, alerts = out.records, out.dead, out.lines, out.alerts
        runs: list[tuple[str, int]] = []  # (input topic, where its run of records begins)
        logs: dict[str, int] = {}  # input topic -> lines
        rows: dict[str, int] = {}  # input topic -> alert rows
        for topic, messages in groupby(batch, _topic):
            kind = self._kinds.get(topic)
            if kind is None:
                reason = f"topic {topic!r} is not an input topic"
                dead += [DeadLetter.of_message(raw, "route", reason) for raw in messages]
                continue
            start, first_line = len(records), len(lines) if lines is not None else 0
            first_row = len(alerts) if alerts is not None else 0
            decode_all(messages, kind, self._identity, records, dead, lines, alerts, self._change_rows)
            if len(records) > start and (not runs or runs[-1][0] != topic):
                runs.append((topic, start))
            if lines is not None and len(lines) > first_line:
                logs[topic] = logs.get(topic, 0) + len(lines) - first_line
            if alerts is not None and len(alerts) > first_row:
                rows[topic] = rows.get(topic, 0) + len(alerts) - first_row
        out.counts = _counts(records, runs)
        out.types = frozenset(kind for _, kind in out.counts)
        for kept, kind in ((logs, LogRecord), (rows, AlertEvent)):
            for topic, n in kept.items():
                out.counts[(topic, kind)] = out.counts.get((topic, kind), 0) + n
        return out


_topic = attrgetter("topic")
