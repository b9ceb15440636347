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

__all__ = ["excepted"]

_ASIDE = (
    (r"(?i)\bexcl\.?(?=\s)", "except"),
    (r"(?i)\b(?:with|w/) the exception of\b", "except"),
    (r"(?i)\b(?:leaving|setting|putting|leave|set|put) aside\b", "except"),
    (r"(?i)\b(?:aside from|save for|exclusive of|not including|omitting|disregarding|without counting)\b", "except"),
    (r"(?i)\b(?:anything|everything|all(?: \w+)?) but (?!not\b)", "except "),
    (r"(?i)\b(?:set|put|leave|keep) ([\w.@-]+(?: [\w.@-]+)?) (?:aside|out(?: of (?:it|this|that|the \w+))?)\b",
     r"except \1"),
    (r"(?i)\b(?:but )?not (?:counting |including )?(?:the |any )?(?!counting\b|including\b)([\w.-]+) ones\b",
     r"except \1"),
    (r"(?i)\b(?:except|excluding|ignoring) (?:the |any )?(?:alerts|incidents|ones|those) (?:that|which) (?:have not|"
     r"haven't|did not|didn't|are not|aren't|were not|weren't) (?:yet )?(?:resolved?|ended|closed|finished)\b",
     "only the resolved ones"),
    (r"(?i)\b(?:ignoring|except|excluding) (?:the |any )?(?:ones |those )?(?:that|which) (?:are|were) still (?:open|"
     r"firing|ongoing)\b", "only the resolved ones"),
    (r"(?i)\bnon-(staging|production|prod|dev|qa)\s+(alerts?|incidents?|deploys?|deployments?|changes?|silences?)\b",
     r"\2 not in \1"),
)
"""Phrases that set something aside, to "except" (a whole word: "except staging")."""


def excepted(text: str) -> str:
    """``text`` with what it sets aside said with "except"; unchanged when it sets nothing aside."""
    for pattern, replacement in _ASIDE:
        text = re.sub(pattern, replacement, text)
    return re.sub(r"(?i)\b(except [\w.@-]+) n (except)\b", r"\1 and \2", text)  # "excl staging n excl indexer"
