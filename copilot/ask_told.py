"""A question placed by an event told before it, read as one question: "The v2.14.0 deploy went live at 14:31.
What changed in the hour before that?" and "when maria put her silence on, which alerts were still firing at that
moment?" become the questions :func:`.ask_anchor.anchored` reads around that event.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_anchor import EVENT_VERBS

__all__ = ["told_first"]


_TOLD = re.compile(r"(?i)(?:^|(?<=[.!?])\s+)(?P<event>(?:[^?.!]|\.(?=\d))+?)[.!]\s+"
                   r"(?P<asked>(?:what|which|how|did|were|was|any|show|list|give|were there)\b[^?]*?\b"
                   r"(?:before|after|since|prior to|following|either side of|around))\s+"
                   r"(?:that|then|this|it)\s*(?P<end>[?.!]*)\s*$")


def told_first(question: str) -> str:
    """A question placed by an event told in the sentence before it, as one question: "The Semantic ranking flag got
    switched off on the 11th. What alerts started in the 30 minutes after that?" → "What alerts started in the 30
    minutes after the Semantic ranking flag got switched off on the 11th?"; a sentence that tells no event (no verb
    of one happening) is left as said.

    >>> told_first("The v2.14.0 deploy went live at 14:31. What changed in the hour before that?")
    'What changed in the hour before the v2.14.0 deploy went live at 14:31?'
    >>> told_first("when maria put her silence on, which alerts were still firing at that moment?")
    'which alerts were still firing at the moment maria put her silence on?'
    >>> told_first("I am on call. What changed in the hour before that?")
    'I am on call. What changed in the hour before that?'
    """
    if (w := _WHEN_THEN.match(question)) is not None:  # "when maria put her silence on, which alerts were still
        return f"{w['asked']} at the moment {w['event']}{w['end'] or ''}"  # firing at that moment?"
    m = _TOLD.search(question)
    if m is None or not (EVENT_VERBS.search(m["event"]) or _SWITCHED.search(m["event"])):
        return question
    event = m["event"][0].lower() + m["event"][1:] if re.match(r"(?:The|That|This|Our) ", m["event"]) else m["event"]
    return f"{question[:m.start('event')]}{m['asked']} {event}{m['end'] or ''}"


_WHEN_THEN = re.compile(r"(?i)^\s*when (?!(?:did|does|do|was|were|is|are|has|had|will|would)\b)(?P<event>[^,?]+),\s*"
                        r"(?P<asked>(?:which|what|who|how many|any|were|was)\b[^?]*?)"
                        r"\s+(?:(?:at|in) that (?:moment|time|point|instant)|at the time|then)\s*(?P<end>[?.!]*)\s*$")
_SWITCHED = re.compile(r"(?i)\b(?:got|was|were) (?:switched|turned|flipped|toggled|rolled back|silenced|muted)\b")
