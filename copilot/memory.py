"""Reading the incident memory (LanceDB) beside the store (DuckDB): queries and the two searches.

The query side never writes: it opens the ``incidents`` table the flow keeps, and the
DuckDB file read-only. A group not yet in the memory (the flow has not caught up) is
read from the store and embedded on the spot, the same way the flow would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np

from signalcraft.config import StoreSettings
from signalcraft.copilot.store import open_read_only
from signalcraft.operators.embedding import CopilotUnavailable, Encoder
from signalcraft.operators.incident_document import INCIDENTS_TABLE, document
from signalcraft.operators.incident_facts import IncidentFacts, facts_for

__all__ = ["Memory", "MemoryNotFound", "QueryDoc"]

COLUMNS = ["id", "workspace_id", "project", "environment", "service", "alertname", "alertnames", "severity",
           "status", "opened_at", "resolved_at", "change_type", "change_summary", "patterns", "service_tokens",
           "text", "root_cause", "fix", "links", "resolutions"]
"""What a search brings back of each incident (not its vectors: 384 floats a row cost more to convert
than the search takes)."""


FTS_TERMS = 16
_WORD = re.compile(r"[^\W_]{3,}")


class MemoryNotFound(LookupError):
    """No incident memory, or no such group in it or in the store."""


@dataclass(frozen=True)
class QueryDoc:
    """What a search compares against: a group's document, or free text."""

    group_id: str | None
    workspace_id: str
    text: str
    vector: np.ndarray | None
    alertnames: tuple[str, ...] = ()
    change_type: str | None = None
    patterns: tuple[str, ...] = ()
    service_tokens: tuple[str, ...] = ()
    free_text: bool = False
    opened_at: datetime | None = None
    project: str | None = None
    environment: str | None = None
    service: str | None = None


class Memory:
    """The incident memory of one store, opened for reading."""

    def __init__(self, table: Any, con: Any, encoder: Encoder | None = None) -> None:
        self.table = table
        self.con = con
        self.encoder = encoder or Encoder()

    @classmethod
    def open(cls, db: str | Path, lance_dir: str | Path | None = None, encoder: Encoder | None = None) -> Memory:
        try:
            import lancedb
        except ImportError as e:
            raise CopilotUnavailable(
                f"the copilot needs LanceDB: pip install 'signalcraft-intel[copilot]' ({e})") from e
        con = open_read_only(db)
        path = Path(lance_dir) if lance_dir is not None else default_lance_dir(db)
        try:
            table = lancedb.connect(str(path)).open_table(INCIDENTS_TABLE)
        except (ValueError, FileNotFoundError, OSError) as e:
            con.close()
            raise MemoryNotFound(
                f"no incident memory at {str(path)!r}: `signalcraft run` keeps it beside the store "
                f"(SIGNALCRAFT_COPILOT_MEMORY), `signalcraft index --db {db}` builds it from the store") from e
        return cls(table, con, encoder)

    def close(self) -> None:
        self.con.close()

    def facts(self, group_id: str, visible: tuple[str, ...] | None = None) -> IncidentFacts:
        """The group's facts; with ``visible``, only if it belongs to one of those workspaces (a group of
        another workspace is as unknown as a missing one, so nobody learns which ids exist)."""
        found = facts_for(self.con, [group_id])
        if group_id not in found or (visible is not None and found[group_id].workspace_id not in visible):
            raise MemoryNotFound(f"no alert group {group_id!r} in the store")
        return found[group_id]

    def query_of_group(self, group_id: str, visible: tuple[str, ...] | None = None) -> QueryDoc:
        """The group's stored document, or (not indexed yet) one built from the store and embedded now;
        with ``visible``, only a group of those workspaces."""
        where = f"id = {quote(group_id)}"
        if visible is not None:
            where += f" AND workspace_id IN ({', '.join(map(quote, visible))})"
        rows = self.table.search().where(where).select(
            ["id", "workspace_id", "symptoms", "alertnames", "change_type", "patterns", "service_tokens",
             "vector", "opened_at", "project", "environment", "service"]).limit(1).to_list()
        if rows:
            r = rows[0]
            return QueryDoc(group_id, r["workspace_id"], r["symptoms"], np.asarray(r["vector"], dtype=np.float32),
                            tuple(r["alertnames"] or ()), r["change_type"], tuple(r["patterns"] or ()),
                            tuple(r["service_tokens"] or ()), opened_at=r["opened_at"], project=r["project"],
                            environment=r["environment"], service=r["service"])
        doc = document(self.facts(group_id, visible))
        return QueryDoc(group_id, doc.workspace_id, doc.symptoms, self.encoder.encode([doc.symptoms])[0],
                        doc.alertnames, doc.change_type, doc.patterns, doc.service_tokens, opened_at=doc.opened_at,
                        project=doc.project, environment=doc.environment, service=doc.service)

    def query_of_text(self, text: str, workspace: str) -> QueryDoc:
        if not text.strip():
            raise ValueError("similar --text: the text is empty")
        return QueryDoc(None, workspace, text, self.encoder.encode([text])[0], free_text=True)

    def vector_search(self, query: QueryDoc, where: str, n: int) -> dict[str, dict[str, Any]]:
        """Nearest incidents by cosine similarity, with their rows (``_sim`` added)."""
        if query.vector is None:
            return {}
        columns = ["vector", "fix_vector"] if query.free_text else ["vector"]
        out: dict[str, dict[str, Any]] = {}
        for column in columns:
            rows = (self.table.search(query.vector, vector_column_name=column).distance_type("cosine")
                    .refine_factor(5)  # with the approximate index: re-rank 5x the candidates exactly
                    .where(where, prefilter=True).select([*COLUMNS, "_distance"]).limit(n).to_arrow().to_pylist())
            for r in rows:
                r["_sim"] = 1.0 - float(r.pop("_distance"))
                if r["id"] not in out or r["_sim"] > out[r["id"]]["_sim"]:
                    out[r["id"]] = r
        return out

    def text_search(self, text: str, where: str, n: int) -> dict[str, dict[str, Any]]:
        """Incidents by BM25 over their whole text, with their rows (``_bm25`` added).

        The query is the first ``FTS_TERMS`` distinct words of ``text`` (a document's most
        telling parts come first): every further term costs a posting list and adds little.
        """
        from lancedb.query import MatchQuery

        words = list(dict.fromkeys(w for w in _WORD.findall(text.lower()) if not w.isdigit()))[:FTS_TERMS]
        if not words:
            return {}
        rows = (self.table.search(MatchQuery(" ".join(words), "text"), query_type="fts").where(where, prefilter=True)
                .select([*COLUMNS, "_score"]).limit(n).to_arrow().to_pylist())
        for r in rows:
            r["_bm25"] = float(r.pop("_score"))
        return {r["id"]: r for r in rows}

    def similarity(self, ids: list[str], query: QueryDoc) -> dict[str, float]:
        """Cosine similarity of the query to each incident of ``ids`` (one read of their vectors)."""
        if not ids or query.vector is None:
            return {}
        quoted = ", ".join(quote(i) for i in ids)
        rows = self.table.search().where(f"id IN ({quoted})").select(["id", "vector"]).limit(len(ids)).to_arrow()
        vectors = rows["vector"].combine_chunks().flatten().to_numpy().reshape(-1, query.vector.shape[0])
        return dict(zip(rows["id"].to_pylist(), (vectors @ query.vector).tolist(), strict=True))

    def rows_where(self, where: str, limit: int = 200) -> list[dict[str, Any]]:
        return self.table.search().where(where).select(COLUMNS).limit(limit).to_list()


def default_lance_dir(db: str | Path) -> Path:
    """``SIGNALCRAFT_STORE_LANCE_DIR`` when set, else ``<db>.lance`` beside the store (or its read copy):
    where the flow's :class:`~signalcraft.config.StoreSettings` put it."""
    return StoreSettings(db_path=Path(db)).lance_path()


def quote(value: str) -> str:
    """A string literal for LanceDB's filters (DataFusion SQL): single quotes doubled, nothing else special.

    >>> quote("it's")
    "'it''s'"
    """
    return "'" + value.replace("'", "''") + "'"


