"""What a question sets aside, said in the words the reading knows for it ("except", "not"): "excl staging",
"with the exception of the X alerts", "leaving aside X", "set staging aside", "leave Kenji out of it", "aside from",
"save for", "exclusive of", "anything but critical", "all envs but prod", "non-staging". Each had read the value it
sets aside as the one asked for (the rows of staging, of X) or dropped it; only the text is rewritten.

>>> excepted("tues alerts, anything but critical, excl staging n excl indexer")
'tues alerts, except critical, except staging and except indexer'
>>> excepted("all alerts in February 2025, with the exception of the TokenCacheEvictionsHigh alerts")
'all alerts in February 2025, except the TokenCacheEvictionsHigh alerts'
>>> excepted("Which two services had the most alerts this month? Production only, so set staging aside.")
'Which two services had the most alerts this month? Production only, so except staging.'
>>> excepted("which alerts are still firing, but not the info ones?")
'which alerts are still firing, except info?'
>>> excepted("median duration of March alerts, exclusive of alerts that have not resolved")
'median duration of March alerts, only the resolved ones'
>>> excepted("when did the last non-staging alert start")
'when did the last alert not in staging start'
>>> excepted("Who created silences during incidents? Leave Kenji out of it.")
'Who created silences during incidents? except Kenji.'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Refused

__all__ = ["check_set_aside", "excepted"]

_STATES = r"(?:resolved|open|opened|firing|active|expired|failed|closed|pending|successful|live|noisy|old|new|other|" \
          r"same|ongoing|acked|silenced|muted|big|small|long|short|\w+ed|\w+ing)"
"""Words of a state or a kind, not a value ("not the resolved ones" is a state asked against: read as before)."""
_ASIDE = (
    (r"(?i)\bexcl\.?(?=\s)", "except"),
    (r"(?i)\b(?:with|w/) the exception of\b", "except"),
    (r"(?i)\b(?:leaving|setting|putting|leave|set|put) aside\b", "except"),
    (r"(?i)\b(?:leaving|setting|putting) ([\w.@-]+) aside\b", r"except \1"),
    (r"(?i)\bwith ([\w.@-]+) (?:left out|set aside|excluded)\b", r"except \1"),
    (r"(?i)\b(?:aside from|save for|exclusive of|not including|omitting|disregarding|without counting)\b(?!\s*,)",
     "except"),
    (r"(?i)\b(anything|everything) but (?!not\b|only\b|just\b)", "except "),
    (r"(?i)\b(anyone|anybody|everyone|everybody) but (?!not\b|only\b|just\b)", r"\1 except "),
    (r"(?i)\ball (envs?|environments|services|svcs|severities|sevs) but (?!only\b|just\b|the ones\b)",
     r"all \1 except "),
    (r"(?i)\b(?:set|put|leave|keep) (?!to run\b)([\w.@-]+(?: [\w.@-]+)?) (?:aside|out(?: of (?:it|this|that|the \w+))?)"
     r"\b",
     r"except \1"),
    (rf"(?i)\b(?:but )?not (?:counting |including )?(?:the |any )?(?!counting\b|including\b|{_STATES}\b)([\w.-]+) "
     r"ones\b", r"except \1"),
    (r"(?i)\b(?:except|excluding|ignoring) (?:the |any )?(?:alerts|incidents|ones|those) (?:that|which) (?:have not|"
     r"haven't|did not|didn't|are not|aren't|were not|weren't) (?:been |yet )*(?:resolved?|ended|closed|finished)\b",
     "only the resolved ones"),
    (r"(?i)\b(?:ignoring|except|excluding) (?:the |any )?(?:ones |those )?(?:that|which) (?:are|were) still (?:open|"
     r"firing|ongoing)\b", "only the resolved ones"),
    (r"(?i)\bnon-(staging|production|prod|dev|qa)\s+(alerts?|incidents?|deploys?|deployments?|changes?|silences?|"
     r"rollbacks?|releases?|warnings?|snoozes?)\b", r"\2 not in \1"),
)
"""Phrases that set something aside, to "except" (a whole word: "except staging")."""
_SAID_ASIDE = re.compile(r"(?i)\bexcl\.?\s|\bwith the exception of\b|\b(?:leaving|setting|putting|leave|set|put) "
                         r"(?:[\w.@-]+ )?aside\b|\baside from\b|\bsave for\b|\bexclusive of\b|\b(?:anything|"
                         r"everything|anyone|everyone) but\b|\bleave [\w.@-]+ out\b")
"""The phrases above that the reading had not read before they were said with "except"."""


def check_set_aside(question: str, sql: str) -> None:
    """Refuse an answer to a question that sets something aside when nothing in its SQL leaves anything out (what it
    set aside was not read: the answer would hold it)."""
    m = _SAID_ASIDE.search(question)
    if m and not re.search(r"(?i)\bNOT\b|<>|!=|\bEXCEPT\b", sql):
        raise Refused("not_about_this_data", f"{m[0].strip()!r}: what this sets aside is not read yet (nothing was "
                                             "run); ask for what is there instead")


def excepted(text: str) -> str:
    """``text`` with what it sets aside said with "except"; unchanged when it sets nothing aside."""
    for pattern, replacement in _ASIDE:
        text = re.sub(pattern, replacement, text)
    return re.sub(r"(?i)\b(except [\w.@-]+) n (except)\b", r"\1 and \2", text)  # "excl staging n excl indexer"
