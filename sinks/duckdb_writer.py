"""The DuckDB store: one writer per file, idempotent by record id.

:class:`DuckDBWriter` buffers records (or Arrow rows) per table, drops repeated ids,
and writes each table as one Arrow batch, all tables of a flush in one transaction:
input tables skip ids already stored in the batch's time range, the others use
``INSERT ... ON CONFLICT (id)`` (``DO UPDATE`` in upsert mode). A replayed record never
makes a second row. The Bytewax side is :mod:`signalcraft.sinks.duckdb_sink`.

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

import contextlib
import logging
import os
import shutil
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from signalcraft.params import ENVIRONMENT_ALIASES, Identity
from signalcraft.sinks.schema import MIGRATIONS, SCHEMA_VERSION, TABLES, VIEWS, Table, table_of_type, to_arrow
from signalcraft.sinks.settings_tables import write_settings_tables

log = logging.getLogger(__name__)

META_TABLE = "signalcraft_meta"
_BATCH_VIEW = "arrow_batch"
_CHUNK_ROWS = 16_384
"""Arrow chunk size handed to DuckDB; several chunks let it insert on several threads (if it has them)."""
CHECKPOINT_MIB = 64
"""The WAL size at which DuckDB checkpoints the file by itself (its own default: 16 MiB).

A checkpoint compresses again the row groups rows were added to since the last one, and
merges partly filled ones: at 16 MiB (about 60,000 alert rows) the checkpoints of 300,000
native alerts took 1.1 s on the whole against 0.6 s at 64 MiB, and the file kept the dead
copies (26 MB against 15). The cost: a WAL of up to 64 MiB on disk, its rows held in memory
until the checkpoint, and up to that much replayed when the file is opened after a crash
(``benchmarks/writer.py``; docs/benchmarks.md, "Ingest throughput")."""
BEHIND_CHECKPOINT_MIB = 16
"""The WAL size at which a write behind (:meth:`DuckDBWriter.flush_behind`) checkpoints after it
commits, on the writer thread, beside the flow's decoding. Left to DuckDB (at :data:`CHECKPOINT_MIB`)
or to the close, the checkpoint runs in a commit or the close on the flow's thread, which waits:
300,000 log lines left a WAL of 48 MiB and a close of 0.6-0.8 s, against 0.15 s checkpointing
behind at 16 MiB (about 0.1 s more on the writer thread in all)."""


MAX_BEHIND = 4
"""How many writes behind (:meth:`DuckDBWriter.flush_behind`) may wait for the writer thread before
the next one waits for the oldest. Unbounded, a writer slower than the decoding held the Arrow rows
of every write queued: 3-4 s of them at the end of a 1,000,000-line OTLP run on a shared 2-core host."""


class DuckDBStoreError(RuntimeError):
    """A DuckDB store operation failed; the message says which and what to check."""


class DuckDBWriter:
    """The single writer of one DuckDB file: ``add``, ``flush``, ``close``.

    Opening creates the file, the tables and the views when missing, and refuses a
    file of another schema version. ``tables`` defaults to every stored record type;
    pass a variant (``dataclasses.replace(t, on_conflict="update")``) for upsert mode.
    ``threads``: DuckDB's threads for the database (``None``: its default, one per core).
    ``checkpoint_mib``: the WAL size at which DuckDB checkpoints by itself (``None``: its
    default); see :data:`CHECKPOINT_MIB`. ``behind_checkpoint_mib``: the WAL size at which a write
    behind checkpoints on the writer thread (``None``: never); see :data:`BEHIND_CHECKPOINT_MIB`.
    ``max_behind``: see :data:`MAX_BEHIND` (``None``: no bound). ``open_behind``: open the file
    (tables, views, settings tables: about 0.15 s) on the writer thread, so the caller goes on
    meanwhile; an error opening it surfaces at the next call.
    """

    def __init__(self, path: str | Path, tables: Iterable[Table] = TABLES, identity: Identity | None = None,
                 environment_aliases: dict[str, str] | None = None, threads: int | None = None,
                 checkpoint_mib: int | None = CHECKPOINT_MIB,
                 behind_checkpoint_mib: int | None = BEHIND_CHECKPOINT_MIB, open_behind: bool = False,
                 max_behind: int | None = MAX_BEHIND) -> None:
        self.path = Path(path)
        self._wal = self.path.with_name(self.path.name + ".wal")
        self._behind_checkpoint = None if behind_checkpoint_mib is None else behind_checkpoint_mib * 2**20
        self.tables = tuple(tables)
        self._identity = identity or Identity()
        self._aliases = ENVIRONMENT_ALIASES if environment_aliases is None else environment_aliases
        self._by_type = {t.record: t for t in self.tables}
        self._pending: dict[Table, list[Any]] = {}
        self._pending_arrow: dict[Table, list[pa.Table]] = {}
        self._pending_rows = 0
        self._by_name = {t.name: t for t in self.tables}
        self._executor: ThreadPoolExecutor | None = None
        self._inflight: list[Future[int]] = []
        self._done_rows = 0  # rows of writes behind that ended and were collected before the next wait()
        self._max_behind = max_behind
        self._con: duckdb.DuckDBPyConnection | None = None
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._closed = False
        self._opening: Future[int] | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not open_behind:
            self._open(threads, checkpoint_mib)
            return
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="duckdb-writer")
        self._opening = self._executor.submit(self._open, threads, checkpoint_mib)
        self._inflight.append(self._opening)

    def _open(self, threads: int | None, checkpoint_mib: int | None) -> int:
        """Connect, set DuckDB's settings, create or check the tables; 0 (rows written, for :meth:`wait`)."""
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
            if threads is not None:
                self._con.execute(f"SET threads = {int(threads)}")
            if checkpoint_mib is not None:
                self._con.execute(f"SET checkpoint_threshold = '{int(checkpoint_mib)}MiB'")
            self._create()
        except BaseException:
            self._con.close()
            self._con = None
            raise
        return 0

    def __enter__(self) -> DuckDBWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, records: Iterable[Any]) -> None:
        """Buffer records (any stored type, dead letters included) until :meth:`flush`."""
        for table, rows in group_by_table(records, self._by_type).items():
            self._pending.setdefault(table, []).extend(rows)
            self._pending_rows += len(rows)

    def add_arrow(self, name: str, batch: pa.Table) -> None:
        """Buffer rows already in Arrow form (see :func:`arrow_batches`) for table ``name``.

        Rows of one id are reduced as the table's conflict rule says: the first for a
        first-write-wins table, the highest version (the later row on a tie) for a
        versioned one.
        """
        table = self._by_name.get(name)
        if table is None:
            raise ValueError(f"DuckDB store: no table {name!r}; tables are {', '.join(self._by_name)}")
        if not batch.schema.equals(table.arrow_schema):
            raise TypeError(
                f"DuckDB store: rows for {name!r} have schema {batch.schema}, expected {table.arrow_schema}"
            )
        if batch.num_rows:
            self._pending_arrow.setdefault(table, []).append(batch)
            self._pending_rows += batch.num_rows

    @property
    def pending(self) -> int:
        """How many rows wait for the next flush."""
        return self._pending_rows

    def flush(self) -> int:
        """Write what was added, in one transaction, and wait; returns rows inserted or updated.

        Waits first for any write still running behind (:meth:`flush_behind`), so on
        return everything added so far is committed.
        """
        self.wait()
        parts = self._drain()
        return self._write_parts(parts) if parts else 0

    def flush_behind(self) -> None:
        """Convert what was added to Arrow now and insert it on the writer thread.

        DuckDB releases the GIL while it inserts, and pyarrow while it joins the rows of a
        table and keeps one per id, so the flow keeps decoding on one core while that runs
        on the other. Writes stay in order (one writer thread); an error surfaces at the
        next call.
        """
        self._raise_failed()
        parts = self._drain()
        if not parts:
            return
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="duckdb-writer")
        while self._max_behind is not None and len(self._inflight) >= self._max_behind:
            self._done_rows += self._inflight.pop(0).result()  # the writer thread is behind: keep pace with it
        self._inflight.append(self._executor.submit(self._write_behind, parts))

    def wait(self) -> int:
        """Wait for writes running behind; returns the rows they wrote."""
        written, self._done_rows = self._done_rows, 0
        try:
            while self._inflight:
                written += self._inflight.pop(0).result()
        finally:
            self._inflight.clear()
        return written

    def reader(self) -> duckdb.DuckDBPyConnection:
        """A cursor on this writer's database for another thread: it sees every committed flush at once."""
        if self._opening is not None:
            self._opening.result()
        return self._con.cursor()

    def reader_later(self) -> Callable[[], duckdb.DuckDBPyConnection]:
        """What gives one cursor as :meth:`reader` does, made after the file opens on the thread that
        opens it (with ``open_behind``, the writer thread: nobody waits for it here); its call waits
        for the file to be open (and raises if that failed)."""
        if self._executor is None:
            cursor = self.reader()
            return lambda: cursor
        made = self._executor.submit(self._make_reader)
        self._inflight.append(made)  # in order with the writes: the connection is used by one thread at a time

        def cursor() -> duckdb.DuckDBPyConnection:
            made.result()
            return self._reader

        return cursor

    def _make_reader(self) -> int:
        if self._con is None and self._opening is not None:
            self._opening.result()  # raises what opening the file raised
        self._reader = self._con.cursor()
        return 0

    def publish_read_copy(self, target: Path) -> None:
        """Checkpoint, then copy the file to ``target`` (atomically replaced) for readers.

        DuckDB lets no other process open a file while it is being written; the copy is
        a consistent database that analysts and the copilot can open at any time.
        """
        self.flush()
        target = Path(target)
        tmp = target.with_name(target.name + ".tmp")
        try:
            self._checkpoint()
            shutil.copyfile(self.path, tmp)
            os.replace(tmp, target)
        except (duckdb.Error, OSError) as e:
            raise DuckDBStoreError(
                f"DuckDB store {str(self.path)!r}: publishing the read copy {str(target)!r} failed: {e}"
            ) from e
        log.debug("published read copy %s", target)

    def _checkpoint(self) -> None:
        """A checkpoint, waiting for another thread's transaction (a reader's query, the incident memory's
        write) to end rather than failing on it: from DuckDB 1.4 ``FORCE CHECKPOINT`` waits for the lock."""
        try:
            self._con.execute("CHECKPOINT")
        except duckdb.TransactionException as e:
            log.debug("checkpoint waits for another transaction: %s", e)
            self._con.execute("FORCE CHECKPOINT")

    def _raise_failed(self) -> None:
        while self._inflight and self._inflight[0].done():
            self._done_rows += self._inflight.pop(0).result()  # counted at the next wait()

    def _drain(self) -> list[tuple[Table, list[pa.Table]]]:
        """What was added, as Arrow tables per table (records converted here); the buffers empty."""
        try:
            return self._take_parts()
        finally:
            self._pending.clear()
            self._pending_arrow.clear()
            self._pending_rows = 0

    def _take_parts(self) -> list[tuple[Table, list[pa.Table]]]:
        out = []
        for table in {**self._pending, **self._pending_arrow}:
            parts = list(self._pending_arrow.get(table, ()))
            if table in self._pending:
                parts.append(to_arrow(table, self._pending[table]))
            out.append((table, parts))
        return out

    def _write_behind(self, parts: list[tuple[Table, list[pa.Table]]]) -> int:
        """:meth:`_write_parts`, then a checkpoint when the WAL has grown to ``behind_checkpoint_mib``
        (another thread's transaction puts it off to a later write)."""
        written = self._write_parts(parts)
        if self._behind_checkpoint is not None:
            try:
                due = self._wal.stat().st_size >= self._behind_checkpoint
            except OSError:
                due = False  # no WAL: nothing to checkpoint
            if due:
                try:
                    self._con.execute("CHECKPOINT")
                except duckdb.TransactionException as e:
                    log.debug("checkpoint behind put off: %s", e)
        return written

    def _write_parts(self, parts: list[tuple[Table, list[pa.Table]]]) -> int:
        """Each table's parts as one Arrow table with one row per id, written in one transaction."""
        return self._write([(table, _rechunked(_one_per_id(table, _joined(tables)))) for table, tables in parts])

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
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True)
                self._executor = None
            if self._con is not None:
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

    def _migrate(self, found: str) -> None:
        """Take a file of an older schema version to this one, in the open transaction."""
        version = int(found) if found.isdigit() else None
        steps = range(version, SCHEMA_VERSION) if version is not None else range(0)
        if version is None or version > SCHEMA_VERSION or any(v not in MIGRATIONS for v in steps):
            raise DuckDBStoreError(
                f"DuckDB store {str(self.path)!r} has schema version {found}, this SignalCraft writes "
                f"version {SCHEMA_VERSION} and cannot migrate it; write to a new file (SIGNALCRAFT_STORE_DB_PATH)"
            )
        for v in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[v]:
                self._con.execute(statement)
        self._con.execute(f"UPDATE {META_TABLE} SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
        log.info("DuckDB store %s: migrated from schema version %s to %s", self.path, found, SCHEMA_VERSION)

    def _create(self) -> None:
        con = self._con
        try:
            con.execute("BEGIN TRANSACTION")
            con.execute(f"CREATE TABLE IF NOT EXISTS {META_TABLE} (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
            row = con.execute(f"SELECT value FROM {META_TABLE} WHERE key = 'schema_version'").fetchone()
            if row is not None and row[0] != str(SCHEMA_VERSION):
                self._migrate(row[0])
            write_settings_tables(con, self._identity, self._aliases)
            existing = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
            for table in self.tables:
                if table.name not in existing:
                    con.execute(table.ddl())
                if table.name not in existing or row is not None:
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


def insert_sql(table: Table, source: str) -> str:
    """The idempotent insert of ``source`` (same columns) into ``table``.

    A time-column table takes the batch's time range as two parameters:

    >>> from signalcraft.sinks.schema import TABLES_BY_NAME
    >>> print(insert_sql(TABLES_BY_NAME["resolutions"], "batch"))  # doctest: +NORMALIZE_WHITESPACE
    INSERT INTO resolutions (id, workspace_id, group_id, resolved_at, root_cause, fix, links, resolved_by, source,
    fingerprint)
    SELECT id, workspace_id, group_id, resolved_at, root_cause, fix, links, resolved_by, source, fingerprint
    FROM batch AS b WHERE NOT EXISTS
    (SELECT 1 FROM resolutions AS s WHERE s.resolved_at BETWEEN ? AND ? AND s.id = b.id)
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
        sql += f"\nWHERE EXCLUDED.{v} > {table.name}.{v}"
    return sql


def group_by_table(records: Iterable[Any], by_type: dict[type, Table]) -> dict[Table, list[Any]]:
    """Records by the table they go to, order kept; the type lookup runs once per type, and a
    list of one type (the usual batch) is not looked at record by record (and is returned as it is)."""
    if isinstance(records, list):
        kinds = set(map(type, records))
        if len(kinds) == 1:
            return {table_of_type(kinds.pop(), by_type): records}
    grouped: dict[type, list[Any]] = {}
    for record in records:
        bucket = grouped.get(type(record))
        if bucket is None:
            bucket = grouped[type(record)] = []
        bucket.append(record)
    return {table_of_type(kind, by_type): rows for kind, rows in grouped.items()}


def _one_per_id(table: Table, batch: pa.Table) -> pa.Table:
    """One row per id, as the table's conflict rule would pick it between batches: the first
    for a first-write-wins table, the highest version (the later row on a tie) for a
    versioned one, the last for one without a version. Cheap when ids are unique.

    Not left to DuckDB: a plain insert refuses a key met twice, and DuckDB 1.5's
    ``ON CONFLICT`` keeps an arbitrary one (for ``DO UPDATE`` too), not the latest.
    """
    if pc.count_distinct(batch["id"]).as_py() == batch.num_rows:
        return batch
    if table.on_conflict == "ignore":
        return _first_per_id(batch)
    ids = batch["id"].to_pylist()
    versions = batch[table.version_column].to_pylist() if table.version_column else [0] * len(ids)
    best: dict[str, int] = {}
    for i, (key, version) in enumerate(zip(ids, versions, strict=True)):
        held = best.get(key)
        if held is None or version >= versions[held]:
            best[key] = i
    return batch.take(sorted(best.values()))


def _joined(tables: list[pa.Table]) -> pa.Table:
    return tables[0] if len(tables) == 1 else pa.concat_tables(tables)


def _rechunked(batch: pa.Table) -> pa.Table:
    """``batch``, same rows in the same order, in chunks of ``_CHUNK_ROWS`` rows: the flow adds rows
    a few dozen at a time, and DuckDB's Arrow scan pays for every chunk (about twice the CPU).

    >>> t = pa.concat_tables([pa.table({"id": ["a", "b"]}), pa.table({"id": ["c"]})])
    >>> [len(c) for c in _rechunked(t)["id"].chunks], _rechunked(t).equals(t)
    ([3], True)
    """
    batch = batch.combine_chunks() if batch.column(0).num_chunks > 1 else batch
    if batch.num_rows <= _CHUNK_ROWS:
        return batch
    return pa.Table.from_batches(batch.to_batches(max_chunksize=_CHUNK_ROWS), schema=batch.schema)


def _first_per_id(batch: pa.Table) -> pa.Table:
    """Keep the first row of each id (rows of one id are one record)."""
    rows = pa.table({"id": batch["id"], "row": pa.array(range(batch.num_rows), pa.int64())})
    first = rows.group_by("id", use_threads=False).aggregate([("row", "min")])["row_min"]
    return batch.take(pc.take(first, pc.sort_indices(first)))


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # no transaction was open
        con.execute("ROLLBACK")
