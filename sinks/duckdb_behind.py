"""Writes behind: the DuckDB writer's thread, which inserts while the flow goes on decoding.

:class:`WriteBehind` is the part of :class:`~signalcraft.sinks.duckdb_writer.DuckDBWriter` that
runs on its one writer thread: the writes handed over by ``flush_behind`` (at most
:data:`MAX_BEHIND` queued), ``wait`` for them, the file opened behind (``open_behind``), the
cursor made there (``reader_later``) and the checkpoint after a write behind
(:data:`BEHIND_CHECKPOINT_ROWS`, :data:`BEHIND_CHECKPOINT_MIB`). Writes stay in order; an error on
the thread surfaces at the next call.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

    from signalcraft.sinks.schema import Table

log = logging.getLogger(__name__)

BEHIND_CHECKPOINT_ROWS = 92_160
"""The rows a table may gain after a checkpoint before a write behind (:meth:`DuckDBWriter.flush_behind`)
checkpoints after it commits, on the writer thread, beside the flow's decoding: three quarters of
DuckDB's row group (122,880 rows). Each checkpoint leaves the table's last row group partly filled,
and DuckDB's vacuum merges adjacent partly filled row groups when k of them fit in k - 1 (up to 4
into 3), compressing their rows again; row groups of more than 92,160 rows never fit so, and with
writes of ``flush_rows`` (20,000) the checkpoint comes before one has more than 122,880. At a WAL of
16 MiB (about 60,000 Alertmanager or 80,000 native alerts) the checkpoints merged every other or
every fourth time: ``benchmarks/ingest.py --events 900000 --kind signalcraft-alert``, the writer
thread's CPU 12.3-14.4 against 8.7-9.9 µs an event (three pairs, a shared 2-core host); the flow's
writes of 900,000 rows alone, 11.0 s of CPU for Alertmanager and 11.9 s for native alerts against
8.7 and 8.3 s, files of 40.9 and 52.4 MB against 40.4 and 42.7. The close may be left up to about
112,000 rows (not 80,000) to checkpoint. Log lines reach it at about the 16 MiB of WAL they used to."""

BEHIND_CHECKPOINT_MIB = 48
"""The WAL size at which a write behind checkpoints (as at :data:`BEHIND_CHECKPOINT_ROWS`) whatever the
rows, for wide rows; under :data:`~signalcraft.sinks.duckdb_writer.CHECKPOINT_MIB`, where DuckDB
checkpoints in a commit, maybe on the flow's thread. Left to DuckDB or to the close, the checkpoint
runs on the flow's thread, which waits: 300,000 log lines left a WAL of 48 MiB and a close of
0.6-0.8 s, against 0.15 s checkpointing behind at 16 MiB (about 0.1 s more on the writer thread in all)."""


MAX_BEHIND = 4
"""How many writes behind (:meth:`DuckDBWriter.flush_behind`) may wait for the writer thread before
the next one waits for the oldest. Unbounded, a writer slower than the decoding held the Arrow rows
of every write queued: 3-4 s of them at the end of a 1,000,000-line OTLP run on a shared 2-core host."""


class WriteBehind:
    """The writer thread of a :class:`~signalcraft.sinks.duckdb_writer.DuckDBWriter`.

    A mixin: the writer sets ``path`` and ``_con`` and provides ``_open`` (open the file),
    ``_drain`` (what was added, as Arrow parts), ``_write_parts`` (write them in one
    transaction) and ``reader`` (a cursor); this class runs them on the thread.
    """

    path: Path
    _con: duckdb.DuckDBPyConnection | None

    def _init_behind(self, behind_checkpoint_mib: int | None, max_behind: int | None,
                     behind_checkpoint_rows: int | None = BEHIND_CHECKPOINT_ROWS) -> None:
        """No writer thread yet, nothing queued (the thread starts with the first write or open behind)."""
        self._wal = self.path.with_name(self.path.name + ".wal")
        self._behind_checkpoint = None if behind_checkpoint_mib is None else behind_checkpoint_mib * 2**20
        self._behind_checkpoint_rows = behind_checkpoint_rows
        self._since_checkpoint: dict[str, int] = {}  # rows written to each table since the last checkpoint
        self._wal_seen = 0  # the WAL's size after the last write
        self._executor: ThreadPoolExecutor | None = None
        self._inflight: list[Future[int]] = []
        self._done_rows = 0  # rows of writes behind that ended and were collected before the next wait()
        self._max_behind = max_behind
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._opening: Future[int] | None = None
        self._copying: Future[int] | None = None
        """The read copy last queued behind (``publish_read_copy``), until :meth:`wait_read_copy`."""

    def _open_behind(self, threads: int | None, checkpoint_mib: int | None) -> None:
        """Open the file on the writer thread; an error opening it surfaces at the next call."""
        self._opening = self._behind(self._open, threads, checkpoint_mib)

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
        while self._max_behind is not None and len(self._inflight) >= self._max_behind:
            self._done_rows += self._inflight.pop(0).result()  # the writer thread is behind: keep pace with it
        self._behind(self._write_behind, parts)

    def wait(self) -> int:
        """Wait for writes running behind; returns the rows they wrote."""
        written, self._done_rows = self._done_rows, 0
        try:
            while self._inflight:
                written += self._inflight.pop(0).result()
        finally:
            self._inflight.clear()
        return written

    def wait_read_copy(self) -> float | None:
        """Wait until the read copy last queued behind has ended (and what was queued before it); the seconds
        waited, or ``None`` when none was queued since the last call. Its error, and the rows of the writes
        before it, are left to :meth:`wait` (or the next call), as before this wait."""
        copying, self._copying = self._copying, None
        if copying is None:
            return None
        started = time.monotonic()
        wait_for([copying])
        return time.monotonic() - started

    def reader_later(self) -> Callable[[], duckdb.DuckDBPyConnection]:
        """What gives one cursor as :meth:`reader` does, made after the file opens on the thread that
        opens it (with ``open_behind``, the writer thread: nobody waits for it here); its call waits
        for the file to be open (and raises if that failed)."""
        if self._executor is None:
            cursor = self.reader()
            return lambda: cursor
        made = self._behind(self._make_reader)  # in order with the writes: one thread at a time uses the connection

        def cursor() -> duckdb.DuckDBPyConnection:
            made.result()
            return self._reader

        return cursor

    def _behind(self, fn: Callable[..., int], *args: Any) -> Future[int]:
        """Queue ``fn(*args)`` (it returns the rows it wrote) on the writer thread, started at its first use,
        after what is queued there; its future joins the ones :meth:`wait` collects (the rows counted
        there, an error raised at the next call). Every task of the thread is queued here."""
        future = self._thread().submit(fn, *args)
        self._inflight.append(future)
        return future

    def _thread(self) -> ThreadPoolExecutor:
        """The writer thread, started at its first use."""
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix="duckdb-writer")
        return self._executor

    def _make_reader(self) -> int:
        if self._con is None and self._opening is not None:
            self._opening.result()  # raises what opening the file raised
        self._reader = self._con.cursor()
        return 0

    def _raise_failed(self) -> None:
        while self._inflight and self._inflight[0].done():
            self._done_rows += self._inflight.pop(0).result()  # counted at the next wait()

    def _written(self, parts: list[tuple[Table, list[pa.Table]]]) -> None:
        """Count the rows of a committed write (any thread's) since the last checkpoint; a WAL smaller
        than after the last write means DuckDB checkpointed meanwhile (in a commit, at its threshold)."""
        wal = self._wal_size()
        if wal < self._wal_seen:
            self._since_checkpoint.clear()
        self._wal_seen = wal
        for table, tables in parts:
            self._since_checkpoint[table.name] = self._since_checkpoint.get(table.name, 0) + sum(
                t.num_rows for t in tables)

    def _checkpointed(self) -> None:
        self._since_checkpoint.clear()
        self._wal_seen = 0

    def _wal_size(self) -> int:
        try:
            return self._wal.stat().st_size
        except OSError:
            return 0  # no WAL: nothing to checkpoint

    def _write_behind(self, parts: list[tuple[Table, list[pa.Table]]]) -> int:
        """:meth:`_write_parts`, then a checkpoint when a table has gained ``behind_checkpoint_rows``
        since the last one or the WAL has grown to ``behind_checkpoint_mib`` (another thread's
        transaction puts it off to a later write)."""
        written = self._write_parts(parts)
        if self._behind_checkpoint is None:
            return written
        rows = self._behind_checkpoint_rows
        due = self._wal_size() >= self._behind_checkpoint or (
            rows is not None and max(self._since_checkpoint.values(), default=0) >= rows)
        if due:
            try:
                self._con.execute("CHECKPOINT")
            except duckdb.TransactionException as e:
                log.debug("checkpoint behind put off: %s", e)
            else:
                self._checkpointed()
        return written

    def _stop_behind(self) -> None:
        """End the writer thread (after what it was given)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
