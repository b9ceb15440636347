"""The Bytewax side of the DuckDB store: records to Arrow, one writer partition.

:func:`arrow_batches` makes the Arrow tables: for a batch that travels to the writer's
worker, in the worker that decoded the records, so only Arrow buffers travel; for the batches
made in the writer's worker, in its partition, many batches at once (:class:`ToStore`).
:class:`DuckDBSink` is a ``FixedPartitionedSink`` with exactly one partition, so exactly one
worker, in whichever process owns it, opens the file: DuckDB allows one writing process per
file, and this keeps to it with any number of workers and processes.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import bytewax.operators as op
import pyarrow as pa
from bytewax.dataflow import Stream, operator
from bytewax.outputs import FixedPartitionedSink, Sink, StatefulSinkPartition

from signalcraft.models import DeadLetter
from signalcraft.sinks.columns import columns_to_arrow, split_column_batches, tables_by_type
from signalcraft.sinks.duckdb_writer import DuckDBStoreError, DuckDBWriter, group_by_table
from signalcraft.sinks.schema import TABLES, Table, to_arrow
from signalcraft.sinks.store_held import REFUSALS as _REFUSALS
from signalcraft.sinks.store_held import Held

log = logging.getLogger(__name__)

PARTITION = "duckdb"
"""The one partition of :class:`DuckDBSink`; every worker lists it, one owns it."""


Rows = dict[str, pa.Table]
"""What the store takes: Arrow tables by table name."""


def store_key(_rows: object) -> str:
    """The key of every item bound for :class:`DuckDBSink`: its one partition."""
    return PARTITION


@operator
def gather(
    step_id: str, up: Stream[Any], every: timedelta = timedelta(milliseconds=200), most: int = 5000
) -> Stream[list[Any]]:
    """Records that come a few at a time (alert groups, correlations, warnings) gathered into
    lists, at most ``most`` long and held at most ``every``, for :func:`store`: an Arrow
    table costs about 110 µs to build for one record and 6 µs a record for a hundred. They
    travel as records to the worker that gathers them; a list waiting at a snapshot is
    part of the snapshot."""
    keyed = op.key_on("key", up, store_key)
    return op.key_rm("lists", op.collect("collect", keyed, every, most))


@operator
def store(step_id: str, up: Stream[list[Any]], sink: Sink[tuple[str, Rows]]) -> None:
    """Write batches of records to the store (``sink``, a :class:`DuckDBSink`), each as a
    :class:`ToStore`: converted to Arrow where it was made if it travels to the writer's worker,
    else by the writer's partition, many batches at once; then sent to the one writer partition."""
    rows = op.filter("non-empty", op.map("to-arrow", up, ToStore), bool)
    op.output("write", op.key_on("key", rows, store_key), sink)


class ToStore(Mapping[str, pa.Table]):
    """A batch of records bound for the store: the Arrow tables :func:`arrow_batches` makes of them,
    made when first read. Pickled (to cross to the writer's worker), it is those tables, made on the
    worker that made the records, so only Arrow buffers travel. Unpickled, it reaches the writer's
    partition as records, which converts the records of many batches in one go
    (:class:`~signalcraft.sinks.store_held.Held`): the source hands an aligned backlog over a few
    dozen messages at a time, and a batch of that size cost about twice as much a record to
    convert as a few hundred together.

    >>> from datetime import datetime, timezone
    >>> from signalcraft.models import Resolution
    >>> r = Resolution(id="r", workspace_id="w", group_id="g", fix="f", source="s",
    ...     resolved_at=datetime(2025, 1, 1, tzinfo=timezone.utc))
    >>> rows = ToStore([r])
    >>> bool(rows), bool(ToStore([])), rows["resolutions"].num_rows, dict(rows) == arrow_batches([r])
    (True, False, 1, True)
    """

    __slots__ = ("_rows", "contents")

    def __init__(self, contents: list[Any]):
        self.contents = contents
        """The records (a list may end with column batches, as :func:`arrow_batches` takes them)."""
        self._rows: Rows | None = None

    def rows(self) -> Rows:
        if self._rows is None:
            self._rows = arrow_batches(self.contents)
        return self._rows

    def __bool__(self) -> bool:
        """Whether there is a row to store (without converting): a record makes one (a row or, refused, a
        dead letter); a column batch makes as many as it holds."""
        records, batches = split_column_batches(self.contents)
        return bool(records) or any(len(b) for b in batches)

    def __getitem__(self, name: str) -> pa.Table:
        return self.rows()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self.rows())

    def __len__(self) -> int:
        return len(self.rows())

    def __reduce__(self) -> tuple:
        return dict, (self.rows(),)


def arrow_batches(records: Iterable[Any], tables: Iterable[Table] = TABLES,
                  each_on_refusal: bool = True) -> dict[str, pa.Table]:
    """Records as Arrow tables by table name, ready for :meth:`DuckDBWriter.add_arrow`.

    A batch that crosses to the writer's worker is converted in the worker that decoded the
    records (:class:`ToStore`), so only compact Arrow buffers travel to the single writer, not
    pickled records. Repeated ids are left in:
    the writer keeps the first row of each id over everything it gathered. A list may end
    with :class:`~signalcraft.sinks.columns.ColumnBatch` es (what
    :meth:`~signalcraft.operators.ingest.Decoded.stored` gives of the lines and the alert events
    decoded as columns or rows): their rows follow the records of their table. A table Arrow refuses
    is converted record by record, the records it refuses becoming dead letters (step ``store``);
    ``each_on_refusal=False``: the refusal is raised instead.
    """
    by_type = tables_by_type(tables)
    records, batches = split_column_batches(records)
    out: dict[str, pa.Table] = {}
    refused: list[DeadLetter] = []
    for table, rows in group_by_table(records, by_type).items():
        try:
            out[table.name] = to_arrow(table, rows)
        except _REFUSALS:
            if not each_on_refusal:
                raise
            out[table.name], bad = _convert_each(table, rows)
            refused += bad
    for batch in batches:
        if not len(batch):
            continue
        table = next(t for t in by_type.values() if t.name == batch.table_name)
        try:
            rows = columns_to_arrow(table, batch.columns, batch.runs)
        except _REFUSALS:
            if not each_on_refusal:
                raise
            rows, bad = _convert_each(table, batch.records())
            refused += bad
        out[table.name] = _concat(out.get(table.name), rows)
    if refused:
        dlq = by_type[DeadLetter]
        out[dlq.name] = _concat(out.get(dlq.name), to_arrow(dlq, refused))
    return out


def _concat(first: pa.Table | None, then: pa.Table) -> pa.Table:
    return then if first is None else pa.concat_tables([first, then])


def _convert_each(table: Table, rows: list[Any]) -> tuple[pa.Table, list[DeadLetter]]:
    """Convert row by row; a record DuckDB cannot hold becomes a dead letter (step ``store``)."""
    good: list[pa.Table] = []
    bad: list[DeadLetter] = []
    for record in rows:
        if table.row is not None and isinstance(record, table.row):
            record = record.record()  # (a dead letter's payload is the record's JSON)
        try:
            good.append(to_arrow(table, [record]))
        except _REFUSALS as e:
            log.warning("record %s does not fit table %s: %s", record.id, table.name, e)
            reason = f"{type(record).__name__} {record.id}: does not fit table {table.name}: {e}"
            bad.append(DeadLetter.of_record(record, "store", reason))
    return (pa.concat_tables(good) if good else table.arrow_schema.empty_table()), bad


class _DuckDBPartition(StatefulSinkPartition[Rows, None]):
    """Buffers batches, writes behind every ``flush_rows`` rows, commits fully at each epoch.

    Bytewax takes a snapshot at the end of every epoch (with or without recovery);
    the snapshot waits until everything of that epoch is committed, so the source
    offsets recovery stores never run ahead of the rows in the file.

    The read copy is published at an epoch end when it is behind and either
    ``read_copy_every_s`` has passed or the epoch brought nothing new (the flow is idle,
    so a reader should see everything now); at start-up when it is missing or older than
    the file; and on close. At an epoch end the checkpoint and the copy run on the writer
    thread, queued behind the epoch's commit and ahead of the next epoch's writes, so the
    flow goes on meanwhile (the next commit waits for a copy not yet done, and raises what
    it raised); the close publishes the last copy and waits for it. Copying is kept to at
    most a tenth of the time: after a copy that took *d* seconds the next one starts at
    least ``10 * d`` after it started (a large file under a trickle of records, idle
    between every epoch, is not copied at every other epoch).
    """

    COPY_SHARE = 0.1
    """The largest share of wall time spent copying the read copy."""

    def __init__(
        self,
        step_id: str,
        writer: DuckDBWriter,
        flush_rows: int,
        read_copy: Path | None,
        read_copy_every_s: float,
        health: Any = None,
        memory: Any = None,
    ) -> None:
        self._step_id = step_id
        self._memory = memory
        """A :class:`~signalcraft.sinks.incident_memory.MemoryIndexer` told of the groups each epoch touched."""
        self._touched: set[str] = set()
        self._writer = writer
        self._flush_rows = flush_rows
        self._read_copy = read_copy
        self._read_copy_every_s = read_copy_every_s
        self._health = health
        self._copied_at = time.monotonic()
        """When the last copy was started (queued)."""
        self._dirty = read_copy is not None and _behind(read_copy, writer.path)
        """The read copy is behind the file."""
        self._failed = False
        """A commit or a read copy failed and was raised: the close only closes the writer."""
        self._fresh = False
        """Rows arrived in this epoch."""
        self._held = Held(lambda records, **kw: arrow_batches(records, **kw))  # looked up at each call
        """Batches of records not yet converted to Arrow."""

    def write_batch(self, values: list[Rows]) -> None:
        for batch in values:
            if isinstance(batch, ToStore) and batch._rows is None:
                self._held.add(batch)  # converted with the next ones (in this order, before any later rows)
                continue
            if not isinstance(batch, Mapping):
                raise TypeError(
                    f"DuckDB sink {self._step_id!r}: expected each item to be (key, {{table: Arrow table}}), "
                    f"got (key, {type(batch).__name__}); write records through store()"
                )
            self._convert_held()
            self._add(batch)
        self._dirty = self._fresh = True
        held = self._held.rows
        if held >= Held.CONVERT_ROWS or (held and self._writer.pending + held >= self._flush_rows):
            self._convert_held()
        if self._writer.pending >= self._flush_rows:
            self._writer.flush_behind()

    def _add(self, batch: Rows) -> None:
        for name, rows in batch.items():
            self._writer.add_arrow(name, rows)
            if self._memory is not None and name in _GROUP_ID_COLUMN:
                self._touched.update(rows[_GROUP_ID_COLUMN[name]].drop_null().to_pylist())

    def _convert_held(self) -> None:
        if self._held.batches:
            for rows in self._held.take():
                self._add(rows)

    def snapshot(self) -> None:
        try:
            self._commit()
        except BaseException:
            self._failed = True  # raised once: the flow stops on it, and the close does not raise it again
            raise

    def _commit(self) -> None:
        # Everything of this epoch is committed before the epoch closes. Writes are
        # idempotent by id, so the replay after a resume cannot duplicate a row.
        self._convert_held()
        copy_wait = self._writer.wait_read_copy()  # the last epoch end's copy, if queued: its own figure
        started = time.monotonic()
        rows = self._writer.wait() + self._writer.flush()  # the epoch's writes behind, then its last write
        if self._health is not None:
            if copy_wait is not None:
                self._health.read_copy_wait(copy_wait)
            self._health.store_write(time.monotonic() - started, rows)
            self._health.epoch_committed()
        if self._memory is not None and self._touched:
            self._memory.touched(self._touched)
            self._touched = set()
        idle, self._fresh = not self._fresh, False
        if self._read_copy is not None and self._dirty:
            since = time.monotonic() - self._copied_at
            due = since >= self._read_copy_every_s or idle
            # the flush waited for the last copy, so the time it took is known
            if due and since >= self._writer.read_copy_took / self.COPY_SHARE:
                self._publish()

    def _publish(self, last: bool = False) -> None:
        """Publish the read copy: at an epoch end on the writer thread (:meth:`DuckDBWriter.publish_read_copy`
        ``behind``), at the close here, waiting for it."""
        self._writer.publish_read_copy(self._read_copy, last, behind=not last)
        self._copied_at = time.monotonic()
        self._dirty = False

    def close(self) -> None:
        if self._failed:  # a commit or copy failed and was raised (the flow stops on it): the last good copy stays;
            try:  # raising again here, while Bytewax drops the partition, would abort the process
                self._writer.close()
            except DuckDBStoreError as e:
                log.warning("closing the DuckDB store after a failed epoch: %s", e)
            return
        self._convert_held()
        if self._read_copy is not None and self._dirty:
            self._publish(last=True)
        if self._memory is not None:
            self._writer.flush()
            self._memory.touched(self._touched)
            self._memory.close()
        self._writer.close()


class DuckDBSink(FixedPartitionedSink[Rows, None]):
    """Bytewax sink writing batches of records to one DuckDB file, exactly once per id.

    Exactly one partition, so one worker is the single writer whatever the number of
    workers and processes. Items are ``(key, {table: Arrow table})``, as :func:`store`
    makes them from batches of records. Resume state is ``None``: after
    recovery the replayed records meet their own ids and are skipped, so at-least-once
    delivery gives exactly-once rows.

    ``read_copy``: a second file, refreshed at an epoch end at most every
    ``read_copy_every_s`` seconds (and on close), that readers may open while the flow
    runs, since DuckDB keeps every other process out of the file being written.
    """

    def __init__(
        self,
        path: str | Path,
        tables: Iterable[Table] = TABLES,
        flush_rows: int = 20_000,
        read_copy: str | Path | None = None,
        read_copy_every_s: float = 60.0,
        health: Any = None,
        memory: Callable[[DuckDBWriter], Any] | None = None,
        identity: Any = None,
        environment_aliases: dict[str, str] | None = None,
        threads: int | None = None,
    ) -> None:
        self._path = Path(path)
        self._threads = threads
        """DuckDB's threads for the file (``None``: its default)."""
        self._identity, self._aliases = identity, environment_aliases
        """The identity labels and environment aliases the flow runs with, written to the file's settings tables."""
        self._memory = memory
        """Makes the incident memory's indexer for the writer (the partition's owner calls it), or ``None``."""
        self._tables = tuple(tables)
        self._flush_rows = flush_rows
        self._read_copy = None if read_copy is None else Path(read_copy)
        self._read_copy_every_s = read_copy_every_s
        self._health = health
        """A :class:`signalcraft.health.ServiceHealth` told of every commit, or ``None``."""

    def list_parts(self) -> list[str]:
        return [PARTITION]

    def part_fn(self, item_key: str) -> int:
        return 0

    def build_part(self, step_id: str, for_part: str, resume_state: None) -> _DuckDBPartition:
        log.info("%s: %s is the single writer of %s", step_id, for_part, self._path)
        # opened on the writer thread while the flow goes on; an error opening it surfaces at the next write
        writer = DuckDBWriter(self._path, self._tables, self._identity, self._aliases, self._threads,
                              open_behind=True)
        memory = self._memory(writer) if self._memory is not None else None
        return _DuckDBPartition(
            step_id, writer, self._flush_rows, self._read_copy, self._read_copy_every_s, self._health, memory
        )


_GROUP_ID_COLUMN = {"alert_groups": "id", "correlations": "group_id", "resolutions": "group_id"}
"""Tables whose rows change an incident's document, and the column naming its group."""


def _behind(copy: Path, path: Path) -> bool:
    """Whether the read copy is missing or older than the file it copies."""
    try:
        return not copy.exists() or (path.exists() and copy.stat().st_mtime < path.stat().st_mtime)
    except OSError:
        return True
