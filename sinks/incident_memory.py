"""The incident memory: one LanceDB row per alert group, kept in step with the DuckDB store.

    DuckDB (committed epoch) ──► touched group ids ──► indexer thread ──► facts ──► documents
                                                                             │
               embeddings (cache by content hash; misses embedded in batches) ◄┘
                                                                             └──► LanceDB ``incidents``

The flow never waits for it. After each epoch commits, the DuckDB sink hands the ids of
the groups that epoch created, updated, correlated or resolved to :class:`MemoryIndexer`,
whose thread reads their facts through its own cursor, rebuilds their documents and
writes the ones whose content changed (``merge_insert`` by group id: a replay rewrites
a row, never adds one). Texts are embedded once: the ``embeddings`` table keeps every
vector by content hash, so a document whose symptoms were seen before (a recurring
incident, a replay, a restart) costs no model time.

A crash loses nothing: at start-up the indexer compares each group's change marker in
DuckDB (:func:`~signalcraft.operators.incident_facts.signatures`) with the one its row
holds and catches up on the difference, so groups committed just before a crash are
indexed after the restart. The full-text index, and the vector index once the memory
is large enough to need one, are brought up to date after writes (LanceDB also searches
rows not yet indexed, so nothing is missing meanwhile).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa

from signalcraft.operators.embedding import DIM, CopilotUnavailable, Encoder
from signalcraft.operators.incident_document import (
    EMBEDDINGS_TABLE,
    INCIDENTS_TABLE,
    IncidentDocument,
    document,
)
from signalcraft.operators.incident_facts import facts_for, signatures

__all__ = ["INCIDENT_SCHEMA", "IncidentMemory", "IndexReport", "MemoryIndexer", "index_store"]

log = logging.getLogger(__name__)

_VECTOR = pa.list_(pa.float32(), DIM)
_TEXTS = pa.list_(pa.string())
_TIME = pa.timestamp("us", tz="UTC")
INCIDENT_SCHEMA = pa.schema([
    ("id", pa.string()), ("workspace_id", pa.string()), ("project", pa.string()), ("environment", pa.string()),
    ("service", pa.string()), ("alertname", pa.string()), ("alertnames", _TEXTS), ("severity", pa.string()),
    ("status", pa.string()), ("opened_at", _TIME), ("resolved_at", _TIME), ("change_type", pa.string()),
    ("change_summary", pa.string()), ("change_files", _TEXTS), ("patterns", _TEXTS), ("service_tokens", _TEXTS),
    ("symptoms", pa.string()), ("resolution", pa.string()), ("text", pa.string()), ("root_cause", pa.string()),
    ("fix", pa.string()), ("links", _TEXTS), ("resolutions", pa.int32()), ("resolved", pa.bool_()),
    ("signature", pa.string()), ("content_hash", pa.string()), ("vector", _VECTOR), ("fix_vector", _VECTOR),
])
"""The ``incidents`` table: the document's fields and its two vectors (``fix_vector`` is the symptoms' vector
until there is a resolution, so both can carry an approximate index)."""
EMBEDDING_SCHEMA = pa.schema([("hash", pa.string()), ("vector", _VECTOR)])
_CACHE_IN_MEMORY = 20_000
@dataclass
class IndexReport:
    """What one indexing pass did."""

    groups: int = 0
    written: int = 0
    unchanged: int = 0
    texts: int = 0
    embedded: int = 0
    cache_hits: int = 0
    seconds: float = 0.0
    embed_seconds: float = 0.0

    def add(self, other: IndexReport) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def hit_ratio(self) -> float:
        return self.cache_hits / self.texts if self.texts else 0.0


CHUNK = 500
"""Groups indexed per step: their facts are read in one set of queries and their rows written in one
``merge_insert``. Each query scans its tables whatever the number of groups, so on a backlog 500 groups
a step cost well under half the CPU of 100 (9,104 groups of the ``-x8`` correlation scenario: ~5 s
against ~14 s, not counting the model)."""


class _Stopped(Exception):
    """Asked to stop in the middle of a chunk: its groups stay stale; ``report`` says what was done."""

    def __init__(self, report: IndexReport) -> None:
        super().__init__("stopped")
        self.report = report


class IncidentMemory:
    """The LanceDB folder of the incident memory: indexing documents into it (one writer)."""

    def __init__(self, path: str | Path, encoder: Encoder | None = None, ann_min_rows: int = 10_000) -> None:
        try:
            import lancedb
        except ImportError as e:
            raise CopilotUnavailable(f"the incident memory needs LanceDB: pip install 'signalcraft-intel[copilot]' "
                                     f"({e})") from e
        self.path = Path(path)
        self.encoder = encoder or Encoder()
        self.ann_min_rows = ann_min_rows
        self._db = lancedb.connect(str(self.path))
        self._incidents = self._open(INCIDENTS_TABLE, INCIDENT_SCHEMA)
        self._embeddings = self._open(EMBEDDINGS_TABLE, EMBEDDING_SCHEMA)
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._known = self._load_known()
        self._written_since_optimize = 0

    def _open(self, name: str, schema: pa.Schema) -> Any:
        return self._db.create_table(name, schema=schema, exist_ok=True)  # the existing one if there is one

    def _load_known(self) -> dict[str, tuple[str, str]]:
        """Group id -> (signature, content hash) of every row: what decides whether a group needs rewriting."""
        rows = self._incidents.search().select(["id", "signature", "content_hash"]).limit(None).to_arrow()
        return dict(zip(rows["id"].to_pylist(),
                        zip(rows["signature"].to_pylist(), rows["content_hash"].to_pylist(), strict=True),
                        strict=True))

    def __len__(self) -> int:
        return len(self._known)

    def stale(self, con: Any) -> list[str]:
        """Groups of the store whose row is missing or older than their facts."""
        return self._stale(signatures(con))

    def _stale(self, sigs: dict[str, str]) -> list[str]:
        return [gid for gid, sig in sigs.items() if self._known.get(gid, ("",))[0] != sig]

    def index(self, con: Any, group_ids: Iterable[str] | None = None, chunk: int = CHUNK,
              stop: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None) -> IndexReport:
        """Bring the rows of ``group_ids`` (default: every stale group) up to date from the store ``con``;
        ``stop()`` is asked between chunks of ``chunk`` groups and between the model's batches within one
        (what is left stays stale, for the next pass)."""
        started = time.perf_counter()
        sigs = signatures(con) if group_ids is None else None  # the catch-up reads every marker once
        ids = self._stale(sigs) if sigs is not None else list(dict.fromkeys(group_ids))
        report = IndexReport()
        for i in range(0, len(ids), chunk):
            if stop is not None and stop():
                break
            try:
                report.add(self._index_chunk(con, ids[i:i + chunk], sigs, stop))
            except _Stopped as e:
                report.add(e.report)
                break
            if progress is not None:
                progress(min(i + chunk, len(ids)), len(ids))
        if report.written and not (stop is not None and stop()):
            self.maintain()
        report.seconds = time.perf_counter() - started
        return report

    def _index_chunk(self, con: Any, ids: list[str], sigs: dict[str, str] | None,
                     stop: Callable[[], bool] | None = None) -> IndexReport:
        sigs = signatures(con, ids=ids) if sigs is None else sigs
        docs = [document(f, sigs.get(gid, "")) for gid, f in facts_for(con, ids).items()]
        report = IndexReport(groups=len(docs))
        changed = []
        for d in docs:
            if self._known.get(d.id) == (d.signature, d.content_hash):
                report.unchanged += 1
            else:
                changed.append(d)
        if not changed:
            return report
        texts = [d.symptoms for d in changed] + [d.resolution for d in changed if d.resolution]
        vectors = self.vectors(texts, report, stop)
        self._incidents.merge_insert("id").when_matched_update_all().when_not_matched_insert_all().execute(
            _rows(changed, vectors))
        for d in changed:
            self._known[d.id] = (d.signature, d.content_hash)
        report.written = len(changed)
        self._written_since_optimize += len(changed)
        return report

    def vectors(self, texts: list[str], report: IndexReport | None = None,
                stop: Callable[[], bool] | None = None) -> dict[str, np.ndarray]:
        """The vector of each text, by text: from the cache, else embedded and cached, a batch of the
        model at a time; ``stop()`` is asked between batches (what was embedded stays in the cache)."""
        from signalcraft.operators.incident_document import text_hash

        report = report if report is not None else IndexReport()
        unique = list(dict.fromkeys(texts))
        hashes = {t: text_hash(t) for t in unique}
        found = {t: self._cache[h] for t, h in hashes.items() if h in self._cache}
        missing = [t for t in unique if t not in found]
        if missing:
            found.update(self._stored(missing, hashes))
        todo = [t for t in unique if t not in found]
        report.texts += len(texts)
        report.cache_hits += len(texts) - len(todo)
        step = max(1, self.encoder.batch_size)
        done: list[str] = []
        try:
            for i in range(0, len(todo), step):
                if i and stop is not None and stop():
                    raise _Stopped(report)
                batch = todo[i:i + step]
                before = self.encoder.seconds  # the model's own time: loading it is not embedding
                found.update(zip(batch, self.encoder.encode(batch), strict=True))
                report.embed_seconds += self.encoder.seconds - before
                report.embedded += len(batch)
                done += batch
        finally:
            if done:  # one write for the step, stopped or not
                new = np.stack([found[t] for t in done])
                self._embeddings.merge_insert("hash").when_not_matched_insert_all().execute(pa.table({
                    "hash": [hashes[t] for t in done],
                    "vector": pa.FixedSizeListArray.from_arrays(pa.array(new.ravel(), pa.float32()), DIM)},
                    schema=EMBEDDING_SCHEMA))
        for t in unique:
            self._remember(hashes[t], found[t])
        return found

    def _stored(self, texts: list[str], hashes: dict[str, str]) -> dict[str, np.ndarray]:
        if self._embeddings.count_rows() == 0:
            return {}
        by_hash = {hashes[t]: t for t in texts}
        quoted = ", ".join(f"'{h}'" for h in by_hash)  # hex digests: nothing to escape
        rows = self._embeddings.search().where(f"hash IN ({quoted})").limit(len(by_hash)).to_arrow()
        vectors = rows["vector"].combine_chunks().flatten().to_numpy().reshape(-1, DIM)
        return {by_hash[h]: v for h, v in zip(rows["hash"].to_pylist(), vectors, strict=True)}

    def _remember(self, key: str, vector: np.ndarray) -> None:
        self._cache[key] = vector
        self._cache.move_to_end(key)
        while len(self._cache) > _CACHE_IN_MEMORY:
            self._cache.popitem(last=False)

    def maintain(self, force: bool = False) -> None:
        """Bring the indexes up to date: full text always; vectors once there are ``ann_min_rows`` rows."""
        from lancedb.index import FTS, Bitmap, BTree, IvfHnswSq

        names = {i.name: i for i in self._incidents.list_indices()}
        if "text_idx" not in names:
            self._incidents.create_index("text", config=FTS())
            self._embeddings.create_index("hash", config=BTree())
        for column, config in (("id", BTree()), ("workspace_id", BTree()), ("opened_at", BTree()),
                               ("resolved", Bitmap())):  # what every search filters on
            if f"{column}_idx" not in names:
                self._incidents.create_index(column, config=config)
        rows = self._incidents.count_rows()
        if "vector_idx" not in names and rows >= self.ann_min_rows:
            log.info("incident memory: %d incidents, building the vector indexes", rows)
            self._incidents.create_index("vector", config=IvfHnswSq(distance_type="cosine"))
            self._incidents.create_index("fix_vector", config=IvfHnswSq(distance_type="cosine"))
        elif force or self._written_since_optimize >= max(1_000, rows // 20):
            self._incidents.optimize(cleanup_older_than=timedelta(minutes=10))
            self._embeddings.optimize(cleanup_older_than=timedelta(minutes=10))
            self._written_since_optimize = 0


def _rows(docs: list[IncidentDocument], vectors: dict[str, np.ndarray]) -> pa.Table:
    main = np.stack([vectors[d.symptoms] for d in docs])
    fix = np.stack([vectors[d.resolution] if d.resolution else vectors[d.symptoms] for d in docs])
    columns: dict[str, Any] = {name: [getattr(d, name) for d in docs] for name in INCIDENT_SCHEMA.names
                               if name not in ("vector", "fix_vector", "resolved")}
    columns["resolved"] = [d.resolutions > 0 for d in docs]
    columns["vector"] = pa.FixedSizeListArray.from_arrays(pa.array(main.ravel(), pa.float32()), DIM)
    columns["fix_vector"] = pa.FixedSizeListArray.from_arrays(pa.array(fix.ravel(), pa.float32()), DIM)
    return pa.table({n: columns[n] for n in INCIDENT_SCHEMA.names}, schema=INCIDENT_SCHEMA)


class MemoryIndexer:
    """The flow's side of the memory: a thread that indexes what each committed epoch touched.

    ``connect`` gives a DuckDB cursor on the store (the writer's own database, so it sees
    each commit at once). Failures are logged and retried at the next epoch; the flow
    never waits for the thread and never fails because of it.
    """

    def __init__(self, memory: Callable[[], IncidentMemory], connect: Callable[[], Any], drain_s: float = 15.0,
                 health: Any = None, join_s: float = 8.0) -> None:
        self.join_s = join_s
        self._make_memory = memory
        self._off = False
        """The memory cannot run here (its packages or model are missing): said once, then nothing is kept."""
        self._health = health
        """A :class:`signalcraft.health.ServiceHealth` told of every pass, or ``None``."""
        self.drain_s = drain_s
        self._busy = False
        self._connect = connect
        self._pending: set[str] = set()
        self._catch_up = True
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stop = threading.Event()
        self.report = IndexReport()
        self.failures = 0
        self._thread = threading.Thread(target=self._run, name="incident-memory", daemon=True)
        self._thread.start()

    def touched(self, group_ids: Iterable[str]) -> None:
        """Groups an epoch just committed; indexed soon, in the background (ignored once the memory is off)."""
        with self._lock:
            if self._off:
                return
            self._pending.update(group_ids)
        if self._pending:
            self._wake.set()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def close(self) -> None:
        """Finish what is pending for up to ``drain_s`` seconds, then stop after the current pass
        (anything left is caught up at the next start)."""
        self._wake.set()
        if not self.idle(self.drain_s):
            log.warning("incident memory: %d groups still pending after %.0fs; indexed at the next start",
                        len(self._pending), self.drain_s)
        self._stop.set()
        self._wake.set()
        self._thread.join(self.join_s)  # a batch of the model at most: the pass stops between batches

    def idle(self, timeout: float = 60.0) -> bool:
        """Wait until nothing is pending (for tests and the demo); True when idle."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._off or not self._thread.is_alive() or (
                    not self._pending and not self._catch_up and not self._busy):
                return True
            time.sleep(0.05)
        return False

    def _run(self) -> None:
        memory = con = None
        in_a_row = 0
        while not self._stop.is_set():
            try:
                if memory is None:
                    memory, con = self._make_memory(), self._connect()
                self._busy = True
                if self._catch_up:
                    self._note(memory.index(con, stop=self._stop.is_set))
                    self._catch_up = self._stop.is_set()
                with self._lock:
                    ids, self._pending = self._pending, set()
                if ids:
                    self._note(memory.index(con, ids, stop=self._stop.is_set))
                in_a_row = 0
            except CopilotUnavailable as e:
                log.error("incident memory off: %s", e)
                with self._lock:
                    self._off, self._catch_up, self._pending = True, False, set()
                if self._health is not None:
                    self._health.memory_indexed(0, 0, 0, 0)
                return
            except Exception as e:  # noqa: BLE001 - logged; the next epoch retries, the flow goes on
                self.failures += 1
                in_a_row += 1
                if self._health is not None:
                    self._health.memory_failed()
                log.warning("incident memory: indexing failed (%s: %s); retrying after the next epoch",
                            type(e).__name__, e)
                self._catch_up = True
                self._stop.wait(min(60.0, 2.0 ** min(in_a_row, 6)))
            finally:
                self._busy = False
            self._wake.wait(1.0)
            self._wake.clear()

    def _note(self, report: IndexReport) -> None:
        self.report.add(report)
        if self._health is not None:
            self._health.memory_indexed(report.written, report.embedded, report.cache_hits, len(self._pending),
                                        report.embed_seconds)
        if report.written:
            log.info("incident memory: %d incidents written (%d texts embedded, %d from the cache) in %.2fs",
                     report.written, report.embedded, report.cache_hits, report.seconds)


def index_store(db: str | Path, lance_dir: str | Path, encoder: Encoder | None = None,
                ann_min_rows: int = 10_000, progress: Callable[[int, int], None] | None = None) -> IndexReport:
    """Index every stale group of the DuckDB file ``db`` into ``lance_dir`` (a backfill; the flow does
    the same as it runs)."""
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    con.execute("SET TimeZone = 'UTC'")
    try:
        memory = IncidentMemory(lance_dir, encoder, ann_min_rows=ann_min_rows)
        report = memory.index(con, chunk=500, progress=progress)
        memory.maintain(force=True)
        return report
    finally:
        con.close()
