"""An incident's document for the incident memory: the texts to embed and search, and the fields to boost on.

One document per alert group, rebuilt from its :class:`~signalcraft.operators.incident_facts.IncidentFacts`
whenever they change. It holds two texts:

- ``symptoms``: what is known while the incident is open (alert names, summaries and
  descriptions, the service, the suspect change with what it touched, the surging log
  patterns, the warnings before it). It is embedded into ``vector``, and a new
  incident's own ``symptoms`` are what a search compares against, so an open incident
  and a resolved one are matched on the same footing. The most telling parts come
  first: the encoder reads the first 128 word pieces only.
- ``resolution``: root cause and fix, embedded into ``fix_vector`` when there is one, so
  a free-text question such as "connection pool exhausted" also meets the fix.

``text`` (both, plus commit messages and changed files) is what the full-text index reads.
``content_hash`` changes exactly when an embedded text changes: the embedding cache's key.

>>> from datetime import datetime, timezone
>>> from signalcraft.operators.incident_facts import Alert, IncidentFacts, Resolved
>>> t = datetime(2025, 3, 11, 14, 0, tzinfo=timezone.utc)
>>> facts = IncidentFacts("g1", "acme", "shop", "prod", "payments-api", '{alertname="HighErrorRate"}', {},
...     "resolved", t, t, t, 1, "critical", 3,
...     alerts=(Alert("HighErrorRate", "critical", "firing", t, {"service": "payments-api"},
...                   "5xx above 5%", "checkout fails", "f1"),),
...     resolutions=(Resolved("r1", t, "pool exhausted", "raised pool size", (), None, "manual"),))
>>> doc = document(facts, signature="3:0:1:0")
>>> doc.symptoms
'HighErrorRate. 5xx above. checkout fails.'
>>> doc.resolution
'Root cause: pool exhausted. Fix: raised pool size.'
>>> doc.content_hash == document(facts, signature="other").content_hash
True
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime

from signalcraft.operators.incident_facts import IncidentFacts, LogPattern

__all__ = ["EMBEDDINGS_TABLE", "INCIDENTS_TABLE", "MODEL_ID", "IncidentDocument", "document", "service_tokens",
           "text_hash", "tokens"]

INCIDENTS_TABLE = "incidents"
"""The incident memory's LanceDB table: one row per alert group."""
EMBEDDINGS_TABLE = "embeddings"
"""The embedding cache's LanceDB table: one vector per content hash."""
MODEL_ID = "all-MiniLM-L6-v2/128"
"""The embedding model and the word pieces it reads of a text; part of every content hash, so
another model or length re-embeds everything."""

_DIGITS = re.compile(r"\d+")
_PLACEHOLDER = re.compile(r"<\*>|<[A-Z_]+>")
_TOKEN = re.compile(r"[a-z0-9]+(?:[._/-][a-z0-9]+)*")
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
GENERIC_SERVICE_WORDS = frozenset({"api", "svc", "service", "app", "server", "web", "backend", "frontend", "prod",
                                   "staging", "v1", "v2", "main", "core", "worker"})
"""Words of a service name that say nothing of what kind of service it is."""


@dataclass(frozen=True)
class IncidentDocument:
    """A row of the incident memory, before embedding."""

    id: str
    workspace_id: str
    project: str
    environment: str
    service: str
    alertname: str
    alertnames: tuple[str, ...]
    severity: str
    status: str
    opened_at: datetime
    resolved_at: datetime | None
    change_type: str | None
    change_summary: str | None
    change_files: tuple[str, ...]
    patterns: tuple[str, ...]
    service_tokens: tuple[str, ...]
    symptoms: str
    resolution: str
    text: str
    root_cause: str | None
    fix: str | None
    links: tuple[str, ...]
    resolutions: int
    signature: str
    content_hash: str

    @property
    def symptoms_hash(self) -> str:
        return text_hash(self.symptoms)

    @property
    def resolution_hash(self) -> str | None:
        return text_hash(self.resolution) if self.resolution else None


def document(facts: IncidentFacts, signature: str = "") -> IncidentDocument:
    """The document of ``facts``; ``signature`` is the store's change marker of the group."""
    suspect = facts.suspect
    files = tuple(dict.fromkeys(f for c in (suspect.commits if suspect else ()) for f in c.files))[:12]
    patterns = tuple(_plain(p.template) for p in _telling(facts.patterns))
    symptoms = _symptoms(facts, files, patterns)
    root_causes = [r.root_cause for r in facts.resolutions if r.root_cause]
    fixes = [r.fix for r in facts.resolutions if r.fix]
    resolution = " ".join(
        [*(f"Root cause: {_sentence(c)}" for c in dict.fromkeys(root_causes)),
         *(f"Fix: {_sentence(f)}" for f in dict.fromkeys(fixes))])
    extra = []
    if suspect is not None:
        extra += [c.message for c in suspect.commits[:10]]
        extra += [f"{k} {v}" for k, v in sorted(suspect.details.items()) if k in _DETAIL_KEYS]
    extra += [p.example for p in _telling(facts.patterns)]
    extra += sorted({f"{k}={v}" for a in facts.alerts[:5] for k, v in a.labels.items() if k not in _NOISY_LABELS})
    text = " ".join(t for t in [symptoms, resolution, *extra, facts.project] if t)
    links = tuple(dict.fromkeys(link for r in facts.resolutions for link in r.links))
    alertnames = facts.alertnames or (facts.group_labels.get("alertname", ""),)
    return IncidentDocument(
        id=facts.group_id, workspace_id=facts.workspace_id, project=facts.project, environment=facts.environment,
        service=facts.service, alertname=alertnames[0], alertnames=alertnames, severity=facts.max_severity,
        status=facts.status, opened_at=facts.opened_at, resolved_at=facts.resolved_at,
        change_type=suspect.type if suspect else None, change_summary=suspect.summary if suspect else None,
        change_files=files, patterns=patterns,
        service_tokens=service_tokens(facts.service, *(a.labels.get(k, "") for a in facts.alerts[:1]
                                                        for k in _KIND_LABELS)),
        symptoms=symptoms, resolution=resolution, text=text,
        root_cause=root_causes[-1] if root_causes else None, fix=fixes[-1] if fixes else None, links=links,
        resolutions=len(facts.resolutions), signature=signature,
        content_hash=text_hash(symptoms + "\x00" + resolution + "\x00" + text),
    )


_NOISY_LABELS = frozenset({"pod", "instance", "container", "pod_name", "uid", "id", "fingerprint", "endpoint",
                           "prometheus", "job_id", "ip", "node_ip"})
"""Label keys whose values name one replica or scrape, not the incident: kept out of the full text."""
_DETAIL_KEYS = frozenset({"flag_key", "old", "new", "diff_url", "file", "path", "key"})
_KIND_LABELS = ("component", "app.kubernetes.io/component", "tier", "stack", "db", "job")


def _symptoms(facts: IncidentFacts, files: tuple[str, ...], patterns: tuple[str, ...]) -> str:
    """What the incident looks like, with what only says which team or service it is left out:
    error log patterns first (they carry the cause in the stack's own words), then the alerts
    (names, summaries and descriptions without links, numbers or the service's own name), the
    suspect change (what its commits say and the files they touched), the warnings before it."""
    names = _names_of(facts)
    parts = []
    if patterns:
        parts.append("Logs: " + " | ".join(_clean(p, names)[:160] for p in patterns[:4]) + ".")
    parts.append(", ".join(facts.alertnames or (facts.group_labels.get("alertname", "alert"),)) + ".")
    texts = {_clean(t, names): None for a in facts.alerts for t in (a.summary, a.description) if t}
    parts += [_sentence(t) for t in list(texts)[:3] if t]
    suspect = facts.suspect
    if suspect is not None:
        said = [c.message.splitlines()[0] for c in suspect.commits[:2] if c.message] or [suspect.summary]
        change = f"After a {suspect.type.replace('_', ' ')}: " + "; ".join(_clean(t, names) for t in said)
        if files:
            change += f" (touching {', '.join(files[:6])})"
        parts.append(_sentence(change))
    warned = {_clean(w.summary, names): None for w in facts.warnings if w.summary}
    if warned:
        parts.append("Warned before: " + "; ".join(list(warned)[:2]) + ".")
    return " ".join(p for p in parts if p.strip(" ."))


_URL = re.compile(r"https?://\S+")
_NUMBER = re.compile(r"(?<![\w.])[-+]?\d+(?:[.,:]\d+)*(?:\s?(?:ms|s|m|h|%|x|×|σ))?(?!\w)")


def _names_of(facts: IncidentFacts) -> tuple[str, ...]:
    """Names that only say where: the project, the services involved (longest first)."""
    names = {facts.project, facts.service, *(a.labels.get("service", "") for a in facts.alerts)}
    return tuple(sorted((n for n in names if len(n) > 2), key=len, reverse=True))


def _clean(text: str, names: tuple[str, ...]) -> str:
    """``text`` without links, numbers or the names in ``names``.

    >>> _clean("p99 latency of ledger-service above 4972ms. Dashboard: https://g/d/x", ("ledger-service",))
    'p99 latency of the service above. Dashboard:'
    >>> _clean("web webhook failed", ("web",))
    'the service webhook failed'
    """
    text = _URL.sub("", text)
    for name in names:
        text = re.sub(rf"(?<![\w-]){re.escape(name)}(?![\w-])", "the service", text)
    text = _NUMBER.sub("", text)
    text = re.sub(r"\s+([.,;:)])", r"\1", " ".join(text.split()))
    return text.replace("the service the service", "the service")


def _telling(patterns: tuple[LogPattern, ...]) -> list[LogPattern]:
    """The patterns that say something of the incident: those with errors, else new ones of
    three words or more (a busier ``GET <*> in <*>`` says nothing)."""
    errors = [p for p in patterns if p.errors > 0]
    return errors or [p for p in patterns if p.is_new and len(_plain(p.template).split()) >= 3]


def _sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if text.endswith((".", "!", "?")) else text + "."


def _plain(template: str) -> str:
    """A log template with its placeholders dropped: ``conn <*> refused`` -> ``conn refused``."""
    return " ".join(_PLACEHOLDER.sub(" ", template).split())


def text_hash(text: str) -> str:
    """The embedding cache key of ``text`` under this module's model."""
    return hashlib.sha256(f"{MODEL_ID}\x00{text}".encode()).hexdigest()[:32]


def tokens(text: str) -> set[str]:
    """Lower-case words of ``text`` (any script), for explaining what matched.

    >>> sorted(tokens("HikariPool-1 - Connection is not available"))
    ['available', 'connection', 'hikaripool', 'is', 'not']
    """
    return {w for w in _WORD.findall(text.lower()) if not w.isdigit()}


def service_tokens(*names: str) -> tuple[str, ...]:
    """The words of service names and kind labels that say what kind of service it is.

    >>> service_tokens("payments-db-primary", "postgres")
    ('db', 'payments', 'postgres', 'primary')
    >>> service_tokens("checkout-api")
    ('checkout',)
    """
    words = {w for name in names for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) > 1}
    return tuple(sorted(words - GENERIC_SERVICE_WORDS))
