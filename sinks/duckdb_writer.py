"""The DuckDB store: one writer per file, idempotent by record id.

:class:`DuckDBWriter` buffers records (or Arrow rows) per table, drops repeated ids,
and writes each table as one Arrow batch, all tables of a flush in one transaction:
input tables skip ids already stored in the batch's time range, the others use
``INSERT ... ON CONFLICT (id)`` (``DO UPDATE`` in upsert mode). A replayed record never
makes a second row. The Bytewax side is :mod:`signalcraft.sinks.duckdb_sink`; the writer
thread (writes behind) is :mod:`signalcraft.sinks.duckdb_behind`, and the insert statement and
the batch it reads :mod:`signalcraft.sinks.duckdb_insert`.

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
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa
import pyarrow.compute as pc

from signalcraft.params import ENVIRONMENT_ALIASES, Identity
from signalcraft.sinks.columns import tables_by_type
from signalcraft.sinks.duckdb_behind import BEHIND_CHECKPOINT_MIB, BEHIND_CHECKPOINT_ROWS, MAX_BEHIND, WriteBehind
from signalcraft.sinks.duckdb_insert import insert_batch, insert_sql
from signalcraft.sinks.schema import MIGRATIONS, SCHEMA_VERSION, TABLES, VIEWS, Table, table_of_type, to_arrow
from signalcraft.sinks.settings_tables import write_settings_tables

log = logging.getLogger(__name__)

META_TABLE = "signalcraft_meta"
_BATCH_VIEW = "arrow_batch"
CHECKPOINT_MIB = 64
"""The WAL size at which DuckDB checkpoints the file by itself (its own default: 16 MiB).

A checkpoint compresses again the row groups rows were added to since the last one, and
merges partly filled ones: at 16 MiB (about 60,000 alert rows) the checkpoints of 300,000
native alerts took 1.1 s on the whole against 0.6 s at 64 MiB, and the file kept the dead
copies (26 MB against 15). The cost: a WAL of up to 64 MiB on disk, its rows held in memory
until the checkpoint, and up to that much replayed when the file is opened after a crash
(``benchmarks/writer.py``; docs/benchmarks.md, "Ingest throughput"). In the flow, writes behind
checkpoint first (:data:`BEHIND_CHECKPOINT_ROWS`: alert rows too); this threshold is for what
commits on the caller's thread (:meth:`DuckDBWriter.flush`) or wide rows."""

class DuckDBStoreError(RuntimeError):
    """A DuckDB store operation failed; the message says which and what to check."""


class DuckDBWriter(WriteBehind):
    """The single writer of one DuckDB file: ``add``, ``flush``, ``close``.

    Opening creates the file, the tables and the views when missing, and refuses a
    file of another schema version. ``tables`` defaults to every stored record type;
    pass a variant (``dataclasses.replace(t, on_conflict="update")``) for upsert mode.
    ``threads``: DuckDB's threads for the database (``None``: its default, one per core).
    ``checkpoint_mib``: the WAL size at which DuckDB checkpoints by itself (``None``: its
    default); see :data:`CHECKPOINT_MIB`. ``behind_checkpoint_rows`` and ``behind_checkpoint_mib``: the
    rows a table may gain, and the WAL size, at which a write behind checkpoints on the writer thread
    (``None``: no row rule; no checkpoint behind at all); see :data:`BEHIND_CHECKPOINT_ROWS`.
    ``max_behind``: see :data:`MAX_BEHIND` (``None``: no bound). ``open_behind``: open the file
    (tables, views, settings tables: about 0.15 s) on the writer thread, so the caller goes on
    meanwhile; an error opening it surfaces at the next call.
    """

    def __init__(self, path: str | Path, tables: Iterable[Table] = TABLES, identity: Identity | None = None,
                 environment_aliases: dict[str, str] | None = None, threads: int | None = None,
                 checkpoint_mib: int | None = CHECKPOINT_MIB,
                 behind_checkpoint_mib: int | None = BEHIND_CHECKPOINT_MIB, open_behind: bool = False,
                 max_behind: int | None = MAX_BEHIND,
                 behind_checkpoint_rows: int | None = BEHIND_CHECKPOINT_ROWS) -> None:
        self.path = Path(path)
        self.tables = tuple(tables)
        self._identity = identity or Identity()
        self._aliases = ENVIRONMENT_ALIASES if environment_aliases is None else environment_aliases
        self._by_type = tables_by_type(self.tables)
        self._pending: dict[Table, list[Any]] = {}
        self._pending_arrow: dict[Table, list[pa.Table]] = {}
        self._pending_rows = 0
        self._by_name = {t.name: t for t in self.tables}
        self._con: duckdb.DuckDBPyConnection | None = None
        self._closed = False
        self.read_copy_took = 0.0
        """The seconds the last :meth:`publish_read_copy` took (checkpoint and copy), wherever it ran."""
        self._init_behind(behind_checkpoint_mib, max_behind, behind_checkpoint_rows)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if open_behind:
            self._open_behind(threads, checkpoint_mib)
        else:
            self._open(threads, checkpoint_mib)

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
        return everything added so far is committed. With a writer thread (writes behind, or
        the file opened behind) the write runs there, as the writes behind do, and this thread
        waits for it: the flow's thread, which bounds a process, spends no CPU on DuckDB's insert
        at an epoch's end (an error is raised here as it was raised there).
        """
        self.wait()
        parts = self._drain()
        if not parts:
            return 0
        if self._executor is None:
            return self._write_parts(parts)
        self._behind(self._write_parts, parts)  # the only task queued: wait() above left none
        return self.wait()

    def reader(self) -> duckdb.DuckDBPyConnection:
        """A cursor on this writer's database for another thread: it sees every committed flush at once."""
        if self._opening is not None:
            self._opening.result()
        return self._con.cursor()

    def publish_read_copy(self, target: Path, last: bool = False, behind: bool = False) -> None:
        """Checkpoint, then copy the file to ``target`` (atomically replaced) for readers.

        DuckDB lets no other process open a file while it is being written; the copy is
        a consistent database that analysts and the copilot can open at any time.
        ``last``: the file is closed next, so this checkpoint merges no row groups either
        (:meth:`_merge_no_row_groups`). ``behind``: commit what was added (as :meth:`flush`), then
        queue the checkpoint and the copy on the writer thread and return: the copy holds what was
        committed before it and nothing added after (those writes queue behind it), and an error
        surfaces at the next call, as a write behind's does (without a writer thread, it publishes
        here). The seconds the last publish took: :attr:`read_copy_took`; a later wait for a copy queued
        behind, on its own: :meth:`wait_read_copy`.
        """
        self.flush()
        target = Path(target)
        if behind and self._executor is not None:
            self._copying = self._behind(self._publish, target, last)
        else:
            self._publish(target, last)

    def _publish(self, target: Path, last: bool) -> int:
        """:meth:`publish_read_copy`'s checkpoint and copy, on the thread that runs it; 0 (rows written)."""
        started = time.monotonic()
        tmp = target.with_name(target.name + ".tmp")
        try:
            if last:
                self._merge_no_row_groups()
            self._checkpoint()
            shutil.copyfile(self.path, tmp)
            os.replace(tmp, target)
        except (duckdb.Error, OSError) as e:
            raise DuckDBStoreError(
                f"DuckDB store {str(self.path)!r}: publishing the read copy {str(target)!r} failed: {e}"
            ) from e
        self.read_copy_took = time.monotonic() - started
        log.debug("published read copy %s in %.3f s", target, self.read_copy_took)
        return 0

    def _merge_no_row_groups(self) -> None:
        """Have this database's checkpoints from now on write what the WAL holds and merge no row groups
        (DuckDB's ``max_vacuum_tasks = 0``; not stored in the file). Only for the run's last checkpoint.

        A checkpoint leaves a row group partly filled, and DuckDB's vacuum merges adjacent partly
        filled row groups when they fit in fewer, compressing their rows again (the checkpoints behind
        avoid it: :data:`BEHIND_CHECKPOINT_ROWS`). When they came every 16 MiB of WAL, the close merged
        three row groups of 80,000 native alerts into two on the flow's thread: 300,000 native alerts,
        a close of 1.1-1.2 s CPU against 0.2 s, and a file of 26 MB (the merged-away blocks stay in it)
        against 16. A merge the close would make is left to the next run's checkpoints.
        """
        with contextlib.suppress(duckdb.Error):  # a setting: the close goes on without it
            self._con.execute("SET max_vacuum_tasks = 0")

    def _checkpoint(self) -> None:
        """A checkpoint, waiting for another thread's transaction (a reader's query, the incident memory's
        write) to end rather than failing on it: from DuckDB 1.4 ``FORCE CHECKPOINT`` waits for the lock."""
        try:
            self._con.execute("CHECKPOINT")
        except duckdb.TransactionException as e:
            log.debug("checkpoint waits for another transaction: %s", e)
            self._con.execute("FORCE CHECKPOINT")
        self._checkpointed()

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

    def _write_parts(self, parts: list[tuple[Table, list[pa.Table]]]) -> int:
        """Each table's parts as one Arrow table with one row per id, written in one transaction."""
        written = self._write([(table, insert_batch(table, tables)) for table, tables in parts])
        self._written(parts)
        return written

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
        """Flush what is left and close the file. Safe to call twice.

        DuckDB checkpoints what the WAL holds as the file closes, merging no row groups
        (:meth:`_merge_no_row_groups`)."""
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
        finally:
            self._stop_behind()
            if self._con is not None:
                self._merge_no_row_groups()
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


def group_by_table(records: Iterable[Any], by_type: dict[type, Table]) -> dict[Table, list[Any]]:
    """Records by the table they go to, order kept; the type lookup runs once per type, and a
    list of one type (the usual batch) is not looked at record by record (and is returned as it is)."""
    if isinstance(records, list):
        kinds = set(map(type, records))
        if len(kinds) == 1:
            return {table_of_type(kinds.pop(), by_type): records}
    tables: dict[type, Table] = {}
    grouped: dict[Table, list[Any]] = {}  # (a table's records and its rows: one list, in order)
    for record in records:
        table = tables.get(type(record))
        if table is None:
            table = tables[type(record)] = table_of_type(type(record), by_type)
        bucket = grouped.get(table)
        if bucket is None:
            bucket = grouped[table] = []
        bucket.append(record)
    return grouped


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # no transaction was open
        con.execute("ROLLBACK")
