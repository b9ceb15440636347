"""How many rows a question asks for: "top 3", "the 2 busiest hours", "three alerts that lasted the longest" (a
number), and whether it asks for things or a thing ("incidents" or "incident")."""

from __future__ import annotations

from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_words import NUMBER_WORDS, SUBJECTS

__all__ = ["number", "plural"]


def number(r: Reading, default: int | None) -> int | None:
    m = r.phrase(r"\b(?:top|bottom|latest|last|first|newest|recent|most recent|oldest|the|biggest|longest|noisiest|"
                 r"which|what)\s+"
                 r"(\d{1,4}|one|two|three|four|five|ten|twenty)\b(?!\s*(?:h|hr|hrs|hour|hours|m|min|mins|minutes?|"
                 r"d|days?|w|weeks?|months?)\b)")
    if m is None:  # "which 3 hours of the day have the most alerts": three hours of the day's cycle
        m = r.phrase(r"\b(?:which|what|top) (\d{1,2}|two|three|four|five) (?:hours|days|weekdays) of (?:the )?"
                     r"(?:day|week)\b")
    if m is None:  # "busiest 3 hours yesterday": three hours, not the last three hours
        m = r.phrase(r"\b(?:busiest|quietest|worst|noisiest|calmest|peak) (\d{1,4}|two|three|four|five|ten) "
                     r"(?:hours|days|weeks|months)\b")
    if m is None:
        m = r.phrase(r"\b(\d{1,4}|one|two|three|four|five|ten|twenty) (?:most recent|latest|newest|last|biggest|"
                     r"longest|noisiest|most|oldest|earliest|first|shortest|strongest|least|fewest|quietest|busiest|"
                     r"calmest|worst)\b")
    if m is None:  # "most common 3 alerts", "3 people who created the most silences", "three alerts that lasted the
        # longest"
        m = r.phrase(r"\bmost (?:common|frequent) (\d{1,4}|one|two|three|four|five|ten|twenty)\b") or \
            r.phrase(r"^(?:the )?(\d{1,4}|two|three|four|five|ten|twenty) (?:\w+ )?(?:alerts|people|services|projects|"
                     r"deploys|deployments|changes|silences|incidents|warnings|persons|users|teams)\b(?=.*\b(?:most|"
                     r"longest|shortest|biggest|top|least|fewest|noisiest|latest|newest|oldest)\b)")
    if m is None:
        return default
    return int(m[1]) if m[1].isdigit() else NUMBER_WORDS[m[1]]


def plural(r: Reading) -> bool:
    """Whether the question asks for things (``incidents``) rather than a thing (``incident``)."""
    nouns = [w for w in r.words if any(w in keys for keys in SUBJECTS.values())]
    return not nouns or any(w.endswith("s") and w not in ("alias", "status") for w in nouns)
