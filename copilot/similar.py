"""Similar past incidents: hybrid retrieval over the incident memory, within the workspaces a reader may see.

A query is an alert group (its document from the memory, or built from the store when
the memory has not caught up) or free text. Candidates come from two searches over the
incidents of the allowed workspaces, the query group itself left out:

- vector: cosine similarity of the query's symptoms to each incident's symptoms (for
  free text, also to its root cause and fix; the closer of the two counts);
- full text: BM25 over each incident's whole text (symptoms, root cause, fix, commits).

Each candidate's score is ``VECTOR_WEIGHT * similarity + TEXT_WEIGHT * bm25 / best bm25``
plus boosts for what an engineer would call the same kind of incident: a shared alert
name, the same kind of suspect change, a shared log pattern, a service of the same kind.
``why`` says which of these matched, in words. By default only incidents with a
resolution are returned (they are the ones that say what fixed it).

Workspaces never see each other: the allowed set is the query's workspace plus those
``SIGNALCRAFT_COPILOT_SHARE_WORKSPACES`` groups with it, and both searches filter on it
before ranking.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from signalcraft.config import CopilotSettings
from signalcraft.copilot.memory import Memory, QueryDoc, quote
from signalcraft.operators.incident_document import tokens

__all__ = ["Match", "Mode", "find_similar"]

Mode = Literal["hybrid", "vector", "text"]
VECTOR_WEIGHT = 0.9
TEXT_WEIGHT = 0.1
BOOSTS = {"alertname": 0.01, "change_type": 0.03, "pattern": 0.02, "service_kind": 0.02}
"""Chosen on the benchmark's tune split (docs/benchmarks.md#similar-incidents): generic alert
names recur across causes, so a shared one is a tie-breaker, not evidence."""
SAME_INCIDENT = timedelta(hours=6)
"""Groups this close in time, in one project and environment, may be one incident."""
GAP = timedelta(minutes=15)
"""An earlier group resolved at least this long before the query opened is a past incident of its own."""
CANDIDATES = 20
"""Candidates each search hands to the fusion (20 and a 16-word full-text query: best on the tune
split, and what keeps p99 under 50 ms at 100,000 incidents)."""


@dataclass(frozen=True)
class Match:
    """One similar incident, as ``signalcraft similar --json`` prints it."""

    group_id: str
    workspace_id: str
    project: str
    service: str
    alertname: str
    opened_at: datetime
    score: float
    why: tuple[str, ...]
    root_cause: str | None
    fix: str | None
    links: tuple[str, ...]
    change_type: str | None = None

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["opened_at"] = self.opened_at.isoformat()
        out["why"], out["links"] = list(self.why), list(self.links)
        return out


def find_similar(
    memory: Memory,
    *,
    group_id: str | None = None,
    text: str | None = None,
    workspace: str | None = None,
    k: int = 5,
    mode: Mode = "hybrid",
    settings: CopilotSettings | None = None,
    resolved_only: bool = True,
) -> list[Match]:
    """The ``k`` incidents most like group ``group_id`` or like ``text``.

    ``workspace`` is the reader's: required for text; for a group, when given (as a server
    must, from the credential), the group must be one the reader may see.
    """
    settings = settings or CopilotSettings()
    if (group_id is None) == (text is None):
        raise ValueError("similar: give exactly one of a group id and a text")
    if group_id is not None:
        query = memory.query_of_group(group_id, settings.visible_to(workspace) if workspace else None)
    else:
        if not workspace:
            raise ValueError("similar --text: name the workspace whose incidents to search (--workspace)")
        query = memory.query_of_text(text or "", workspace)
    allowed = settings.visible_to(query.workspace_id)
    where = _filter(allowed, query, resolved_only)
    vec, bm25 = _both(memory, query, where, mode)
    best_bm25 = max((r["_bm25"] for r in bm25.values()), default=0.0) or 1.0
    text_only = memory.similarity([g for g in bm25 if g not in vec], query) if mode != "text" else {}
    scored = []
    for gid in set(vec) | set(bm25):
        row = vec.get(gid) or bm25[gid]
        sim = vec[gid]["_sim"] if gid in vec else text_only.get(gid, 0.0)
        text_part = bm25[gid]["_bm25"] / best_bm25 if gid in bm25 else 0.0
        if mode == "hybrid":
            score = VECTOR_WEIGHT * sim + TEXT_WEIGHT * text_part + _boosts(query, row)[0]
        else:
            score = sim if mode == "vector" else text_part
        scored.append((score, row["opened_at"], gid, sim, row))
    scored.sort(key=lambda s: (-s[0], -s[1].timestamp(), s[2]))
    return [_match(gid, score, _why(query, row, sim, gid in bm25), row)
            for score, _, gid, sim, row in _one_per_incident(scored, query)[:k]]


def _why(query: QueryDoc, row: dict[str, Any], sim: float, by_words: bool) -> list[str]:
    """What matched, in words, for one result."""
    why = []
    if sim >= 0.5:
        why.append(f"described alike ({sim:.2f})")
    shared = _shared_words(query.text, row["text"]) if by_words else []
    if shared:
        why.append("words in common: " + ", ".join(shared))
    return why + _boosts(query, row)[1]


_POOL = ThreadPoolExecutor(2, thread_name_prefix="similar")
"""The two searches run side by side (LanceDB works outside the GIL)."""


def _both(memory: Memory, query: QueryDoc, where: str, mode: Mode) -> tuple[dict[str, Any], dict[str, Any]]:
    if mode == "text":
        return {}, memory.text_search(query.text, where, CANDIDATES)
    if mode == "vector":
        return memory.vector_search(query, where, CANDIDATES), {}
    words = _POOL.submit(memory.text_search, query.text, where, CANDIDATES)
    return memory.vector_search(query, where, CANDIDATES), words.result()


def _one_per_incident(scored: list[tuple[Any, ...]], query: QueryDoc) -> list[tuple[Any, ...]]:
    """Drop groups of the query's own incident (same project and environment, opened within
    ``SAME_INCIDENT`` before it and not resolved ``GAP`` before it opened: an earlier recurrence
    that was fixed is exactly what to show) and, of several groups of one past incident (same
    project, environment and fix, opened within ``SAME_INCIDENT`` of each other), keep the best."""
    kept: list[tuple[Any, ...]] = []
    for item in scored:
        row = item[4]
        if query.opened_at is not None and (row["project"], row["environment"]) == (query.project, query.environment) \
                and query.opened_at - row["opened_at"] < SAME_INCIDENT \
                and (row["resolved_at"] is None or row["resolved_at"] > query.opened_at - GAP):
            continue
        if any((row["project"], row["environment"], row["fix"]) == (k[4]["project"], k[4]["environment"], k[4]["fix"])
               and abs(row["opened_at"] - k[4]["opened_at"]) < SAME_INCIDENT for k in kept):
            continue
        kept.append(item)
    return kept


def _filter(allowed: tuple[str, ...], query: QueryDoc, resolved_only: bool) -> str:
    """Incidents of the allowed workspaces; for a group, those that opened before it."""
    spaces = ", ".join(quote(w) for w in allowed)
    clauses = [f"workspace_id IN ({spaces})"]
    if query.group_id is not None:
        clauses.append(f"id != {quote(query.group_id)}")
    if query.opened_at is not None:
        clauses.append(f"opened_at < timestamp {quote(query.opened_at.astimezone(UTC).isoformat())}")
    if resolved_only:
        clauses.append("resolved")
    return " AND ".join(clauses)



def _boosts(query: QueryDoc, row: dict[str, Any]) -> tuple[float, list[str]]:
    """The structured boosts a candidate earns, and what earned them."""
    boost, why = 0.0, []
    names = set(query.alertnames) & set(row["alertnames"] or ())
    if names:
        boost += BOOSTS["alertname"]
        why.append("same alert: " + ", ".join(sorted(names)))
    if query.change_type and query.change_type == row["change_type"]:
        boost += BOOSTS["change_type"]
        why.append(f"also after a {query.change_type}")
    patterns = set(query.patterns) & set(row["patterns"] or ())
    if patterns:
        boost += BOOSTS["pattern"]
        why.append("same log pattern: " + sorted(patterns)[0][:80])
    kinds = set(query.service_tokens) & set(row["service_tokens"] or ())
    if kinds and row["service"] != query.service:  # the same service is no evidence of the same cause
        boost += BOOSTS["service_kind"]
        why.append("same kind of service: " + ", ".join(sorted(kinds)))
    return boost, why


_STOP = frozenset({
    "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "was", "be", "by", "with", "at",
    "from", "after", "above", "below", "not", "no", "this", "that", "it", "its", "as", "than", "into", "over",
    "under", "service", "alert", "alerts", "logs", "touching", "deployment", "warned", "before", "current",
    "value",
})


def _shared_words(a: str, b: str, limit: int = 5) -> list[str]:
    shared = (tokens(a) & tokens(b)) - _STOP
    return sorted((w for w in shared if len(w) > 2), key=lambda w: (-len(w), w))[:limit]


def _match(gid: str, score: float, why: list[str], row: dict[str, Any]) -> Match:
    return Match(group_id=gid, workspace_id=row["workspace_id"], project=row["project"], service=row["service"],
                 alertname=row["alertname"], opened_at=row["opened_at"], score=round(score, 4), why=tuple(why),
                 root_cause=row["root_cause"], fix=row["fix"], links=tuple(row["links"] or ()),
                 change_type=row["change_type"])
