"""The DuckDB store: one writer per file, idempotent by record id.

:class:`DuckDBWriter` buffers records per table, drops repeated ids in Python, and
writes each table as one Arrow batch with ``INSERT ... ON CONFLICT (id) DO NOTHING``
(``DO UPDATE`` for a table in upsert mode), all tables of a flush in one transaction.
A replayed record never makes a second row.

:class:`DuckDBSink` is the Bytewax side: a ``FixedPartitionedSink`` with exactly one
partition, so exactly one worker, in whichever process owns that partition, opens
the file. DuckDB allows one writing process per file; this is how the flow keeps to it
with any number of workers and processes. Its items are ``(key, list_of_records)``;
the key is ignored (use :func:`store_key` with ``op.key_on``).

>>> import tempfile, pathlib
>>> from datetime import datetime, timezone
>>> from signalcraft.models import Resolution
>>> fix = Resolution(id="resolution-1", workspace_id="w", group_id="g", fix="rolled back",
...     resolved_at=datetime(2024, 1, 1, tzinfo=timezone.utc), source="manual")
>>> path = pathlib.Path(tempfile.mkdtemp()) / "store.duckdb"
>>> with DuckDBWriter(path) as writer:
...     writer.add([fix, fix])  # the same id twice in one batch
...     writer.flush()
...     writer.add([fix])  # a replay
...     writer.flush()
1
0
>>> duckdb.connect(str(path)).sql("SELECT count(*), any_value(fix) FROM resolutions").fetchone()
(1, 'rolled back')
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
import os
import shutil
import time
from concurrent.futures import Future, ThreadPoolExecutor
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
from bytewax.outputs import FixedPartitionedSink, StatefulSinkPartition

from signalcraft.models import DeadLetter, make_id
from signalcraft.sinks.schema import SCHEMA_VERSION, TABLES, VIEWS, Table, table_of_type, to_arrow

log = logging.getLogger(__name__)

META_TABLE = "signalcraft_meta"
PARTITION = "duckdb"
"""The one partition of :class:`DuckDBSink`; every worker lists it, one owns it."""
_BATCH_VIEW = "arrow_batch"
_CHUNK_ROWS = 16_384
"""Arrow chunk size handed to DuckDB; several chunks let it insert on several threads."""


class DuckDBStoreError(RuntimeError):
    """A DuckDB store operation failed; the message says which and what to check."""


def store_key(_batch: object) -> str:
    """The key for every item bound for :class:`DuckDBSink` (``op.key_on("key", s, store_key)``)."""
    return PARTITION


class DuckDBWriter:
    """The single writer of one DuckDB file: ``add``, ``flush``, ``close``.

    Opening creates the file, the tables and the views when missing, and refuses a
    file of another schema version. ``tables`` defaults to every stored record type;
    pass a variant (``dataclasses.replace(t, on_conflict="update")``) for upsert mode.
    """

    def __init__(self, path: str | Path, tables: Iterable[Table] = TABLES) -> None:
        self.path = Path(path)
        self.tables = tuple(tables)
        self._by_type = {t.record: t for t in self.tables}
        self._pending: dict[Table, list[Any]] = {}
        self._pending_arrow: dict[Table, list[pa.Table]] = {}
        self._by_name = {t.name: t for t in self.tables}
        self._executor: ThreadPoolExecutor | None = None
        self._inflight: list[Future[int]] = []
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._con = duckdb.connect(str(self.path))
        except duckdb.Error as e:
            hint = (
                "DuckDB lets one process open a file for writing and no other process open it meanwhile: "
                "stop the other flow or client"
                if "lock" in str(e).lower()
                else "expected a DuckDB database file (or none, to create one)"
            )
            raise DuckDBStoreError(f"DuckDB store: cannot open {str(self.path)!r}: {e}; {hint}") from e
        try:
            self._create()
        except BaseException:
            self._con.close()
            raise

    def __enter__(self) -> DuckDBWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, records: Iterable[Any]) -> None:
        """Buffer records (any stored type, dead letters included) until :meth:`flush`."""
        records = list(records)
        tables = {kind: table_of_type(kind, self._by_type) for kind in set(map(type, records))}
        if len(tables) == 1:  # the common case: a batch from one stream
            [table] = tables.values()
            self._pending.setdefault(table, []).extend(records)
            return
        last_type: type | None = None
        bucket: list[Any] = []
        for record in records:
            if type(record) is not last_type:
                last_type = type(record)
                bucket = self._pending.setdefault(tables[last_type], [])
            bucket.append(record)

    def add_arrow(self, name: str, batch: pa.Table) -> None:
        """Buffer rows already in Arrow form (see :func:`arrow_batches`) for table ``name``.

        For first-write-wins tables only: rows of one id arriving twice are the same record.
        """
        table = self._by_name.get(name)
        if table is None:
            raise ValueError(f"DuckDB store: no table {name!r}; tables are {', '.join(self._by_name)}")
        if table.on_conflict != "ignore":
            raise ValueError(f"DuckDB store: table {name!r} keeps the latest version; add records, not Arrow rows")
        if not batch.schema.equals(table.arrow_schema):
            raise TypeError(f"DuckDB store: rows for {name!r} have schema {batch.schema}, expected {table.arrow_schema}")
        if batch.num_rows:
            self._pending_arrow.setdefault(table, []).append(batch)

    @property
    def pending(self) -> int:
        """How many rows wait for the next flush."""
        return sum(len(records) for records in self._pending.values()) + sum(
            b.num_rows for parts in self._pending_arrow.values() for b in parts
        )

    def flush(self) -> int:
        """Write what was added, in one transaction, and wait; returns rows inserted or updated.

        Waits first for any write still running behind (:meth:`flush_behind`), so on
        return everything added so far is committed.
        """
        self.wait()
        if not self._pending and not self._pending_arrow:
            return 0
        try:
            batches = self._take_batches()
        finally:
            self._pending.clear()
            self._pending_arrow.clear()
        return self._write(batches)

    def flush_behind(self) -> None:
        """Convert what was added to Arrow now and insert it on the writer thread.

        DuckDB releases the GIL while it inserts, so the flow keeps decoding on one
        core while the primary-key checks run on the other. Writes stay in order (one
        writer thread); an error surfaces at the next call.
        """
        self._raise_failed()
        if not self._pending and not self._pending_arrow:
            return
        try:
            batches = self._take_batches()
        finally:
            self._pending.clear()
            self._pending_arrow.clear()
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="duckdb-writer")
        self._inflight.append(self._executor.submit(self._write, batches))

    def wait(self) -> int:
        """Wait for writes running behind; returns the rows they wrote."""
        written = 0
        try:
            while self._inflight:
                written += self._inflight.pop(0).result()
        finally:
            self._inflight.clear()
        return written

    def publish_read_copy(self, target: Path) -> None:
        """Checkpoint, then copy the file to ``target`` (atomically replaced) for readers.

        DuckDB lets no other process open a file while it is being written; the copy is
        a consistent database that analysts and the copilot can open at any time.
        """
        self.flush()
        target = Path(target)
        tmp = target.with_name(target.name + ".tmp")
        try:
            self._con.execute("CHECKPOINT")
            shutil.copyfile(self.path, tmp)
            os.replace(tmp, target)
        except (duckdb.Error, OSError) as e:
            raise DuckDBStoreError(f"DuckDB store {str(self.path)!r}: publishing the read copy {str(target)!r} failed: {e}") from e
        log.debug("published read copy %s", target)

    def _raise_failed(self) -> None:
        while self._inflight and self._inflight[0].done():
            self._inflight.pop(0).result()

    def _take_batches(self) -> list[tuple[Table, pa.Table]]:
        out = []
        for table in {**self._pending, **self._pending_arrow}:
            parts = list(self._pending_arrow.get(table, ()))
            if table in self._pending:
                parts.append(to_arrow(table, _dedupe(table, self._pending[table])))
            batch = parts[0] if len(parts) == 1 else _first_per_id(pa.concat_tables(parts))
            if batch.num_rows > _CHUNK_ROWS:
                batch = pa.Table.from_batches(batch.to_batches(max_chunksize=_CHUNK_ROWS), schema=batch.schema)
            out.append((table, batch))
        return out

    def _write(self, batches: list[tuple[Table, pa.Table]]) -> int:
        con, written, table = self._con, 0, None
        try:
            con.execute("BEGIN TRANSACTION")
            for table, batch in batches:
                written += self._insert(table, batch)
            con.execute("COMMIT")
        except (duckdb.Error, pa.ArrowException) as e:
            _rollback(con)
            where = f"table {table.name!r}" if table is not None else "the store"
            raise DuckDBStoreError(
                f"DuckDB store {str(self.path)!r}: writing {where} failed: {e}. "
                "If the file was made by another SignalCraft version, check signalcraft_meta.schema_version."
            ) from e
        except BaseException:
            _rollback(con)
            raise
        log.debug("flushed %d new rows to %s", written, self.path)
        return written

    def close(self) -> None:
        """Flush what is left and close the file. Safe to call twice."""
        if self._con is None:
            return
        try:
            self.flush()
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True)
                self._executor = None
            self._con.close()
            self._con = None

    def _insert(self, table: Table, batch: pa.Table) -> int:
        params: list[Any] = []
        if table.time_column is not None:
            bounds = pc.min_max(batch[table.time_column])
            params = [bounds["min"].as_py(), bounds["max"].as_py()]
        self._con.register(_BATCH_VIEW, batch)
        try:
            return self._con.execute(insert_sql(table, _BATCH_VIEW), params).fetchone()[0]
        finally:
            self._con.unregister(_BATCH_VIEW)

    def _create(self) -> None:
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
            row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
            if row is not None and row[0] != str(SCHEMA_VERSION):
                raise DuckDBStoreError(
                    f"DuckDB store {str(self.path)!r} has schema version {row[0]}, this SignalCraft writes "
                    f"version {SCHEMA_VERSION}; write to a new file (SIGNALCRAFT_STORE_DB_PATH) or migrate it"
                )
            existing = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            for table in self.tables:
                if table.name not in existing:
                    con.execute(table.ddl())
                    for statement in table.comments():
                        con.execute(statement)
            names = {t.name for t in self.tables} | existing
            for view in VIEWS:
                if set(view.reads) <= names:
                    con.execute(view.ddl())
                    con.execute(view.comment())
            if row is None:
                con.execute(f"INSERT INTO {META_TABLE} VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
            con.execute("COMMIT")
        except duckdb.Error as e:
            _rollback(con)
            raise DuckDBStoreError(f"DuckDB store {str(self.path)!r}: creating tables failed: {e}") from e
        except BaseException:
            _rollback(con)
            raise


def arrow_batches(records: Iterable[Any], tables: Iterable[Table] = TABLES) -> dict[str, pa.Table]:
    """Records as Arrow tables by table name, ready for :meth:`DuckDBWriter.add_arrow`.

    The flow converts in whichever worker decoded the records, so only compact Arrow
    buffers travel to the single writer, not pickled records.
    """
    by_type = {t.record: t for t in tables}
    grouped: dict[Table, list[Any]] = {}
    for record in records:
        grouped.setdefault(table_of_type(type(record), by_type), []).append(record)
    out: dict[str, pa.Table] = {}
    refused: list[DeadLetter] = []
    for table, rows in grouped.items():
        rows = _dedupe(table, rows)
        try:
            out[table.name] = to_arrow(table, rows)
        except (pa.ArrowException, TypeError, ValueError, OverflowError):
            out[table.name], bad = _convert_each(table, rows)
            refused += bad
    if refused:
        dlq = by_type[DeadLetter]
        out[dlq.name] = pa.concat_tables([t for t in (out.get(dlq.name), to_arrow(dlq, refused)) if t is not None])
    return out


def _convert_each(table: Table, rows: list[Any]) -> tuple[pa.Table, list[DeadLetter]]:
    """Convert row by row; a record DuckDB cannot hold becomes a dead letter (step ``store``)."""
    good, bad = [], []
    for record in rows:
        try:
            to_arrow(table, [record])
            good.append(record)
        except (pa.ArrowException, TypeError, ValueError, OverflowError) as e:
            log.warning("record %s does not fit table %s: %s", record.id, table.name, e)
            bad.append(
                DeadLetter(
                    id=make_id("dlq", "store", record.id),
                    source_topic="",
                    partition=-1,
                    offset=-1,
                    payload=record.model_dump_json().encode(),
                    headers={},
                    format=getattr(record, "source", None),
                    step="store",
                    reason=f"{type(record).__name__} {record.id}: does not fit table {table.name}: {e}",
                    received_at=datetime.now(timezone.utc),
                )
            )
    return to_arrow(table, good), bad


def insert_sql(table: Table, source: str) -> str:
    """The idempotent insert of ``source`` (same columns) into ``table``.

    A time-column table takes the batch's time range as two parameters:

    >>> from signalcraft.sinks.schema import TABLES_BY_NAME
    >>> print(insert_sql(TABLES_BY_NAME["resolutions"], "batch"))  # doctest: +NORMALIZE_WHITESPACE
    INSERT INTO resolutions (id, workspace_id, group_id, resolved_at, root_cause, fix, links, resolved_by, source)
    SELECT id, workspace_id, group_id, resolved_at, root_cause, fix, links, resolved_by, source
    FROM batch AS b WHERE NOT EXISTS (SELECT 1 FROM resolutions AS s WHERE s.resolved_at BETWEEN ? AND ? AND s.id = b.id)
    """
    columns = ", ".join(table.column_names)
    if table.time_column is not None:
        t = table.time_column
        return (
            f"INSERT INTO {table.name} ({columns})\nSELECT {columns}\nFROM {source} AS b "
            f"WHERE NOT EXISTS (SELECT 1 FROM {table.name} AS s WHERE s.{t} BETWEEN ? AND ? AND s.id = b.id)"
        )
    if table.on_conflict == "ignore":
        return f"INSERT INTO {table.name} ({columns})\nSELECT {columns} FROM {source}\nON CONFLICT (id) DO NOTHING"
    sql = f"INSERT INTO {table.name} ({columns})\nSELECT {columns} FROM {source}\nON CONFLICT (id) DO "
    updates = ", ".join(f"{c} = EXCLUDED.{c}" for c in table.column_names if c != "id")
    sql += f"UPDATE SET {updates}"
    if table.version_column is not None:
        v = table.version_column
        sql += f"\nWHERE EXCLUDED.{v} >= {table.name}.{v}"
    return sql


def _dedupe(table: Table, records: list[Any]) -> list[Any]:
    """One record per id, as the table's conflict rule would pick it between batches.

    Not left to DuckDB: a plain insert refuses a key met twice, and DuckDB 1.5's
    ``ON CONFLICT`` keeps an arbitrary one (for ``DO UPDATE`` too), not the latest.
    """
    ids = [r.id for r in records]
    if len(set(ids)) == len(ids):
        return records
    if table.on_conflict == "ignore":
        # dict keeps the last value per key; feed it reversed so the first one wins.
        return list(dict(zip(reversed(ids), reversed(records))).values())
    if table.version_column is None:
        return list(dict(zip(ids, records)).values())
    latest: dict[str, Any] = {}
    for record in records:
        held = latest.get(record.id)
        if held is None or getattr(record, table.version_column) >= getattr(held, table.version_column):
            latest[record.id] = record
    return list(latest.values())


def _first_per_id(batch: pa.Table) -> pa.Table:
    """Keep the first row of each id (rows of one id are one record); cheap when ids are unique."""
    ids = batch["id"]
    if pc.count_distinct(ids).as_py() == batch.num_rows:
        return batch
    first: dict[str, int] = {}
    for i, key in enumerate(ids.to_pylist()):
        first.setdefault(key, i)
    return batch.take(sorted(first.values()))


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # no transaction was open


class _DuckDBPartition(StatefulSinkPartition[list[Any], None]):
    """Buffers batches, writes behind every ``flush_rows`` rows, commits fully at each epoch.

    Bytewax takes a snapshot at the end of every epoch (with or without recovery);
    the snapshot waits until everything of that epoch is committed, so the source
    offsets recovery stores never run ahead of the rows in the file.
    """

    def __init__(
        self, step_id: str, writer: DuckDBWriter, flush_rows: int, read_copy: Path | None, read_copy_every_s: float
    ) -> None:
        self._step_id = step_id
        self._writer = writer
        self._flush_rows = flush_rows
        self._read_copy = read_copy
        self._read_copy_every_s = read_copy_every_s
        self._copied_at = time.monotonic()
        self._dirty = False

    def write_batch(self, values: list[list[Any] | dict[str, pa.Table]]) -> None:
        for batch in values:
            if isinstance(batch, dict):
                for name, rows in batch.items():
                    self._writer.add_arrow(name, rows)
            elif isinstance(batch, (list, tuple)):
                self._writer.add(batch)
            else:
                raise TypeError(
                    f"DuckDB sink {self._step_id!r}: expected each item to be (key, list of records) or "
                    f"(key, {{table: Arrow table}}), got (key, {type(batch).__name__})"
                )
        self._dirty = True
        if self._writer.pending >= self._flush_rows:
            self._writer.flush_behind()

    def snapshot(self) -> None:
        # Everything of this epoch is committed before the epoch closes. Writes are
        # idempotent by id, so the replay after a resume cannot duplicate a row.
        self._writer.flush()
        if self._read_copy is not None and self._dirty and time.monotonic() - self._copied_at >= self._read_copy_every_s:
            self._publish()
        return None

    def _publish(self) -> None:
        self._writer.publish_read_copy(self._read_copy)
        self._copied_at = time.monotonic()
        self._dirty = False

    def close(self) -> None:
        if self._read_copy is not None and self._dirty:
            self._publish()
        self._writer.close()


class DuckDBSink(FixedPartitionedSink[list[Any], None]):
    """Bytewax sink writing batches of records to one DuckDB file, exactly once per id.

    Exactly one partition, so one worker is the single writer whatever the number of
    workers and processes. Items are ``(key, [record, ...])``; key them with
    ``op.key_on("store-key", batches, store_key)``. Resume state is ``None``: after
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
    ) -> None:
        self._path = Path(path)
        self._tables = tuple(tables)
        self._flush_rows = flush_rows
        self._read_copy = None if read_copy is None else Path(read_copy)
        self._read_copy_every_s = read_copy_every_s

    def list_parts(self) -> list[str]:
        return [PARTITION]

    def part_fn(self, item_key: str) -> int:
        return 0

    def build_part(self, step_id: str, for_part: str, resume_state: None) -> _DuckDBPartition:
        log.info("%s: %s is the single writer of %s", step_id, for_part, self._path)
        writer = DuckDBWriter(self._path, self._tables)
        return _DuckDBPartition(step_id, writer, self._flush_rows, self._read_copy, self._read_copy_every_s)
