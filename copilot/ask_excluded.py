"""Whether a value a question names is excluded by the words around it: "except X", "other than X",
"not on team iam", "leaving out X and Y" — the rows without it — and never by an anti-join's "without" or a
verb's "not", whose value names what the rows lack."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_words import SEVERITIES

__all__ = ["NEGATIONS", "excluded", "maybe_not", "negative"]

_EXCLUDED = ("except", "excluding", "besides", "other than", "apart from", "but not", "leaving out", "leave out",
             "not counting", "minus", "ignoring")
_LISTED = ("and", "or", "nor", "bots", "robots", "automation")
"""Words between an exclusion and the values it lists: "leave out the bots, deployment-controller and argocd"."""
_AFTER_NOT = ("from", "on", "in", "of", "for", "by", "at", "to", "labelled", "tagged", "named")


def excluded(r: Reading, words: tuple[str, ...]) -> bool:
    """Whether the value written as ``words`` is excluded by the words just before it: "except X", "other than
    X", "not X", "not from X", "not on team X" — not a "not" of a verb ("services that did not deploy X", "services
    without X alerts": the anti-join reads those, and the value names what they lack)."""
    i = next((k for k in range(len(r.words)) if tuple(r.words[k:k + len(words)]) == words), None)
    if i is None:
        return False
    named = {w for es in r.entities.values() for x in es for w in x.words}
    while i > 0 and (r.words[i - 1] in _LISTED or r.words[i - 1] in named):
        i -= 1  # "except HighErrorRate and DiskSpaceLow": each value of the list
    before = r.words[max(0, i - 3):i]
    if any(re.search(rf"\b{e}$", " ".join(before)) or re.search(rf"\b{e} \w+$", " ".join(before)) for e in _EXCLUDED):
        return True
    return bool(before) and (before[-1] == "not" or (len(before) >= 2 and before[-2] == "not" and
                                                     before[-1] in _AFTER_NOT) or
                             (len(before) >= 3 and before[-3] == "not" and before[-2] in _AFTER_NOT))


def maybe_not(cond: str, negated: bool) -> str:
    """``cond``, or the rows it does not hold for (a missing value counts as not equal)."""
    return f"NOT coalesce({cond}, false)" if negated else cond


NEGATIONS = ("not", "except", "excluding", "besides", "outside", "other than", "apart from", "but not", "without",
             "leaving out", "leave out", "not counting", "minus", "ignoring")


def negative(r: Reading, e) -> bool:
    """Whether the value is excluded ("alerts not on payments-api", "everything except staging")."""
    i = next((k for k in range(len(r.words)) if tuple(r.words[k:k + len(e.words)]) == e.words), None)
    if i is None:
        return False
    named = {w for es in r.entities.values() for x in es for w in x.words}
    while i > 0 and (r.words[i - 1] in _LISTED or r.words[i - 1] in named):
        i -= 1  # "leaving out deployment-controller and argocd": each value of the list
    words = r.words[max(0, i - 3): i]
    before = " ".join(words)
    hits = [m for n in NEGATIONS for m in re.finditer(rf"\b{n}\b", before)]
    if not hits:
        return False
    nearest = max(hits, key=lambda m: m.end())  # (the nearest: "except critical, except staging")
    between = before[nearest.end():].split()
    if not any(w in SEVERITIES for w in between):
        return True
    severity = "|".join(SEVERITIES)  # "alerts that are not critical in prod": the severity is what is not; but
    return nearest[0] != "not" and re.search(rf"(?i)\b(?:{severity})\s*(?:,|\band\b|\bor\b|&)\s*(?:the\s+)?"
                                            rf"{re.escape(r.words[i])}\b", r.question) is not None  # "except
    # critical, staging and indexer": a list of what is not, from its first item (not "not critical and payments-api")
