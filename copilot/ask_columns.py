"""The columns a question lists for each thing: "for each deploy, when it went live, the environment
and how many alerts followed", "its id, who made it, and how many ...".

Only what the question names with a possessive or a clause about the thing ("its id", "the
environment", "who made it", "when it went live") counts as a column asked for; a filter in the
same words ("incidents opened on March 11") is not one. The columns come in the question's order.

>>> from types import SimpleNamespace
>>> listed(SimpleNamespace(words="for each silence its id who made it and how many alerts".split()), "silences", "s")
['s.silence_id', 's.created_by']
>>> listed(SimpleNamespace(words="for each incident opened on march 11 how many deploys".split()), "incidents", "g")
[]
"""

from __future__ import annotations

import re

__all__ = ["listed"]

_ASKED = (
    ("id", r"\b(?:its|their|the) (?:ids?|identifiers?)\b|\b(?:incident|group|change|deploy|silence) ids?\b"),
    ("who", r"\bwho (?:made|created|did|ran|deployed|shipped|pushed|released|set up|set|added|wrote|owns) (?:it|them)\b"
            r"|\bby whom\b|\b(?:its|their|the) (?:authors?|creators?|actors?|owners?|deployers?)\b"),
    ("when", r"\bwhen (?:it|they) (?:went live|went out|was deployed|were deployed|shipped|landed|happened|opened|"
             r"started|began|was created|were created|was made|were made|fired)\b"
             r"|\b(?:its|their|the) (?:time|timestamp|times|timestamps|start time|opening time)\b"),
    ("environment", r"\b(?:its|their|the|which) (?:envs?|environments?)\b"),
    ("service", r"\b(?:its|their|the|which) services?\b"),
    ("version", r"\b(?:its|their|the|which) versions?\b"),
    ("severity", r"\b(?:its|their|the) severity\b"),
    ("name", r"\b(?:its|their|the) (?:alert ?)?names?\b"),
)
_COLUMNS = {
    "changes": {"id": "id", "who": "actor", "when": "timestamp", "environment": "environment", "service": "service",
                "version": "version"},
    "incidents": {"id": "id", "when": "opened_at", "environment": "environment", "service": "service",
                  "severity": "max_severity"},
    "silences": {"id": "silence_id", "who": "created_by", "when": "created_at", "environment": "environment_canonical",
                 "service": "service"},
    "alerts": {"when": "starts_at", "environment": "environment_canonical", "service": "service",
               "severity": "severity", "name": "name"},
}
_COUNT = r"\b(?:how many|the number of|number of|a count of|count of|the count of)\b"


def listed(r, kind: str, alias: str) -> list[str]:
    """The columns of ``kind`` the question lists before its count, in its order; ``[]`` when it lists none
    (or names one this kind does not have, which leaves the shape's own columns)."""
    text = " ".join(r.words)
    count = re.search(_COUNT, text)
    if count is None:
        return []
    before = text[:count.start()]
    found = sorted((m.start(), what) for what, pattern in _ASKED for m in re.finditer(pattern, before))
    columns = _COLUMNS.get(kind, {})
    if not found or any(what not in columns for _, what in found):
        return []
    out: list[str] = []
    for _, what in found:
        if (column := f"{alias}.{columns[what]}") not in out:
            out.append(column)
    return out
