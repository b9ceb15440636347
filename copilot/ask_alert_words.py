"""What a question says of alerts by their words: the severities it names and the alert names its words make.

"critical vs warning", "alerts except info", "non-critical"; "KubePodCrashLooping" written out,
or named by its distinctive words ("crash looping pods").
"""

from __future__ import annotations

import re

from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_vocab import Vocabulary, stem
from signalcraft.copilot.ask_words import SEVERITIES

__all__ = ["compared_severities", "exact_names", "match_names", "severity", "severity_negated"]


def severity(r: Reading) -> str | None:
    found = _severity_at(r)
    return found[0] if found else None


def compared_severities(r: Reading) -> list[str]:
    """ "critical vs warning", "critical and warning alerts", "errors or criticals": the severities named together."""
    names = "|".join(sorted(SEVERITIES, key=len, reverse=True))
    m = r.phrase(rf"\b({names})s? (?:vs\.?|versus|and|or|compared to|against) ({names})s?\b")
    if m is None or SEVERITIES.get(m[1]) == SEVERITIES.get(m[2]):
        return []
    return [SEVERITIES[m[1]], SEVERITIES[m[2]]]


def severity_negated(r: Reading) -> bool:
    """ "alerts except info", "everything but warnings", "non-critical alerts"."""
    found = _severity_at(r)
    return found is not None and r.words[max(0, found[1] - 2): found[1]] != [] and any(
        w in ("except", "excluding", "not", "non", "but", "besides") for w in r.words[max(0, found[1] - 2): found[1]])


def _severity_at(r: Reading) -> tuple[str, int] | None:
    for i, w in enumerate(r.words):
        if w in ("critical", "crit", "sev1", "p1"):
            return "critical", i
        near = r.words[max(0, i - 1): i + 2]
        after = r.words[i + 1: i + 3]
        if w in SEVERITIES and ("severity" in near or "level" in near or after[:1] in (["alerts"], ["alert"])
                                or (w in ("warning", "warn") and ("alerts" in after or "alert" in after))
                                or (i and r.words[i - 1] in ("except", "excluding", "non", "besides"))):
            return SEVERITIES[w], i
    return None


def exact_names(r: Reading, vocab: Vocabulary) -> list[str]:
    text = r.question.lower()
    return [n for n in vocab.alert_names if re.search(r"(?<![\w-])" + re.escape(n.lower()) + r"(?![\w-])", text)]


def match_names(hint: list[str], split: dict[str, set[str]]) -> list[str]:
    """The names (``split``: each with what it is matched by, :meth:`Vocabulary.terms`) made of the hint's
    distinctive words: all of them when some name has all, else those with the most. Words in a third or
    more of all names ("high", "rate") only break ties."""
    if not hint:
        return []
    names = list(split)
    common = {w for w in {stem(h) for h in hint} if sum(w in s for s in split.values()) * 3 >= max(len(names), 6)}
    strong = [h for h in hint if stem(h) not in common] or hint
    scores = {n: sum(1 for h in strong if stem(h) in s or h in s) for n, s in split.items()}
    best = max(scores.values(), default=0)
    if best == 0:
        return []
    return sorted(n for n, s in scores.items() if s == best)
