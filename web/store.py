"""The web app's hold on the store: one locked-down read-only connection, a cursor per request,
reopened when the file is replaced; and the incident memory when there is one.

The flow publishes its read copy by replacing the file (``os.replace``); an open
connection would go on reading the old one. So each request checks (at most every
``check_every_s``) whether the path now names another file, and if so the connection is
closed once no request uses it, and opened again on the new file.

The incident memory (LanceDB) is optional: when the ``copilot`` extra or the memory folder
is missing, :meth:`ReadStore.memory` says why in words (no path), and the page shows the
chart and the suspect without similar incidents. A missing memory is looked for again at
most every ``RETRY_S``.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any

from signalcraft.copilot.store import open_read_only

__all__ = ["ReadStore"]

log = logging.getLogger(__name__)

RETRY_S = 60.0
NO_EXTRA = ("similar incidents are unavailable: the copilot extra is not installed "
            "(pip install 'signalcraft-intel[copilot]')")
NO_MEMORY = ("similar incidents are unavailable: there is no incident memory beside the store "
             "(`signalcraft index` builds it)")


class ReadStore:
    """The DuckDB store (and its incident memory) for the app's requests."""

    def __init__(self, db: str | Path, lance: str | Path | None = None, memory_limit: str = "1GB",
                 check_every_s: float = 5.0) -> None:
        self.path = Path(db)
        self.lance = Path(lance) if lance is not None else None
        self.memory_limit = memory_limit
        self.check_every_s = check_every_s
        self._cond = threading.Condition()
        self._users = 0
        self._con = open_read_only(self.path, memory_limit=memory_limit)
        self._stamp = _stamp(self.path)
        self._checked = time.monotonic()
        self._table: Any = None
        self._memory_note: str | None = None
        self._memory_tried = -RETRY_S
        self._encoder: Any = None
        self._vocabularies: dict[str | None, Any] = {}

    @contextmanager
    def cursor(self) -> Iterator[Any]:
        """A cursor of the current file for one request."""
        with self._cond:
            self._reopen_if_replaced()
            self._users += 1
            cur = self._con.cursor()
        try:
            yield cur
        finally:
            cur.close()
            with self._cond:
                self._users -= 1
                self._cond.notify_all()

    def _reopen_if_replaced(self) -> None:
        now = time.monotonic()
        if now - self._checked < self.check_every_s:
            return
        self._checked = now
        stamp = _stamp(self.path)
        if stamp == self._stamp or stamp is None:
            return
        while self._users:
            self._cond.wait()
        self._con.close()
        self._con = open_read_only(self.path, memory_limit=self.memory_limit)
        self._stamp = stamp
        self._vocabularies = {}  # the new file may hold new names
        log.info("the store was replaced (a new read copy); reopened it")

    def vocabulary(self, cur: Any, workspace: str | None) -> Any:
        """The names ``ask`` grounds questions in, read once per file and workspace."""
        from signalcraft.copilot.ask_vocab import Vocabulary

        with self._cond:
            found = self._vocabularies.get(workspace)
        if found is None:
            found = Vocabulary.load(cur, workspace)
            with self._cond:
                self._vocabularies[workspace] = found
        return found

    def memory(self, cur: Any) -> tuple[Any, str | None]:
        """The incident memory reading through ``cur``, or ``None`` and why it is unavailable."""
        table, note = self._memory_table()
        if table is None:
            return None, note
        from signalcraft.copilot.memory import Memory

        return Memory(table, cur, self._encoder), None

    def _memory_table(self) -> tuple[Any, str | None]:
        with self._cond:
            if self._table is not None or time.monotonic() - self._memory_tried < RETRY_S:
                return self._table, self._memory_note
            self._memory_tried = time.monotonic()
            self._table, self._memory_note = self._open_memory()
            return self._table, self._memory_note

    def _open_memory(self) -> tuple[Any, str | None]:
        try:
            import lancedb

            from signalcraft.copilot.memory import default_lance_dir
            from signalcraft.operators.embedding import Encoder
            from signalcraft.operators.incident_document import INCIDENTS_TABLE
        except ImportError as e:
            log.warning("similar incidents are off: %s", e)
            return None, NO_EXTRA
        path = self.lance if self.lance is not None else default_lance_dir(self.path)
        try:
            db = lancedb.connect(str(path), read_consistency_interval=timedelta(seconds=5))
            table = db.open_table(INCIDENTS_TABLE)
        except (ValueError, FileNotFoundError, OSError) as e:
            log.warning("no incident memory at %s (%s); similar incidents are off until it appears", path, e)
            return None, NO_MEMORY
        if self._encoder is None:
            self._encoder = Encoder()
        log.info("incident memory: %s", path)
        return table, None

    def close(self) -> None:
        with self._cond:
            while self._users:
                self._cond.wait()
            self._con.close()


def _stamp(path: Path) -> tuple[int, int, int] | None:
    """What tells one file from its replacement: inode, size and modification time."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_ino, st.st_size, st.st_mtime_ns
