"""Writes behind: the DuckDB writer's thread, which inserts while the flow goes on decoding.

:class:`WriteBehind` is the part of :class:`~signalcraft.sinks.duckdb_writer.DuckDBWriter` that
runs on its one writer thread: the writes handed over by ``flush_behind`` (at most
:data:`MAX_BEHIND` queued), ``wait`` for them, the file opened behind (``open_behind``), the
cursor made there (``reader_later``) and the WAL checkpoint after a write behind
(:data:`BEHIND_CHECKPOINT_MIB`). Writes stay in order; an error on the thread surfaces at the
next call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pyarrow as pa

    from signalcraft.sinks.schema import Table

log = logging.getLogger(__name__)

BEHIND_CHECKPOINT_MIB = 16
"""The WAL size at which a write behind (:meth:`DuckDBWriter.flush_behind`) checkpoints after it
commits, on the writer thread, beside the flow's decoding. Left to DuckDB (at
:data:`~signalcraft.sinks.duckdb_writer.CHECKPOINT_MIB`) or to the close, the checkpoint runs in a
commit or the close on the flow's thread, which waits: 300,000 log lines left a WAL of 48 MiB and a
close of 0.6-0.8 s, against 0.15 s checkpointing behind at 16 MiB (about 0.1 s more on the writer
thread in all)."""


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

    def _init_behind(self, behind_checkpoint_mib: int | None, max_behind: int | None) -> None:
        """No writer thread yet, nothing queued (the thread starts with the first write or open behind)."""
        self._wal = self.path.with_name(self.path.name + ".wal")
        self._behind_checkpoint = None if behind_checkpoint_mib is None else behind_checkpoint_mib * 2**20
        self._executor: ThreadPoolExecutor | None = None
        self._inflight: list[Future[int]] = []
        self._done_rows = 0  # rows of writes behind that ended and were collected before the next wait()
        self._max_behind = max_behind
        self._reader: duckdb.DuckDBPyConnection | None = None
        self._opening: Future[int] | None = None

    def _open_behind(self, threads: int | None, checkpoint_mib: int | None) -> None:
        """Open the file on the writer thread; an error opening it surfaces at the next call."""
        self._opening = self._thread().submit(self._open, threads, checkpoint_mib)
        self._inflight.append(self._opening)

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
        executor = self._thread()
        while self._max_behind is not None and len(self._inflight) >= self._max_behind:
            self._done_rows += self._inflight.pop(0).result()  # the writer thread is behind: keep pace with it
        self._inflight.append(executor.submit(self._write_behind, parts))

    def wait(self) -> int:
        """Wait for writes running behind; returns the rows they wrote."""
        written, self._done_rows = self._done_rows, 0
        try:
            while self._inflight:
                written += self._inflight.pop(0).result()
        finally:
            self._inflight.clear()
        return written

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

    def _stop_behind(self) -> None:
        """End the writer thread (after what it was given)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
