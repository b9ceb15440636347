"""Common ways of saying what the reading already knows, rewritten before it reads: "which person" is who, "the
highest number of" is the most, "break down by" a breakdown, "went off" fired, a time phrase that leads the question
("On March 11, which services ...") goes after it.

>>> common_forms("Which person made the highest number of flag changes?")
'who made the most flag changes?'
>>> common_forms("On 11 march, which services had alerts")
'which services had alerts On 11 march'
"""

from __future__ import annotations

import re

__all__ = ["common_forms"]

_MONTHS = r"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|" \
          r"oct|october|nov|november|dec|december"
_DAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WHEN = rf"(?:on|in|during|for|since) (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})|(?:{_MONTHS})\.? " \
        rf"\d{{1,2}}(?:st|nd|rd|th)?|{_DAYS}|\d{{4}}-\d\d-\d\d|(?:{_MONTHS})(?: \d{{4}})?)|today|yesterday|this week|" \
        r"last week|this month|last month"
_RULES = (
    (rf"(?i)^({_WHEN})\s*,\s*([^?.!]+)([?.!]*)$", r"\2 \1\3"),  # "On March 11, which ...": the question first
    (rf"(?i)^((?:{_MONTHS.replace('may|', '')})(?: \d{{4}})?)\b,? (?!\d)(.+?)([?.!]*)$", r"\2 in \1\3"),  # "feb
    # critical alerts" (not "may I see ...")
    (r"(?i)^(?:which|what) (?:person|people|user|users|engineer|engineers|one of us|human|humans)\b", "who"),
    (r"(?i)\b(?:the )?(?:highest|largest|greatest|biggest|maximum) (?:number|count|amount|total) of\b", "the most"),
    (r"(?i)\b(?:the )?(?:lowest|smallest|least|minimum) (?:number|count|amount|total) of\b", "the fewest"),
    (r"(?i)\bwith the (?:highest|largest|biggest) (alert|error|change|deploy|silence|incident) counts?\b",
     r"with the most \1s"),  # "the service with the highest alert count"
    (r"(?i)\b(?:occur|occurs|occurred|appear|appears|appeared|show up|shows up|showed up) (?:the )?most\b",
     "fired the most"),  # "which 2 alert names occur most"
    (r"(?i)\bbreak(?:s|ing)? (?:it |them |this |that |these |those )?down\b|\bbroken down\b", "breakdown"),
    (r"(?i)\b(?:go|goes|gone) off\b", "fire"),  # ("still going off" is read as firing now)
    (r"(?i)\bwent off\b", "fired"),
    (r"(?i)\bcame first\b|\bhappened first\b", "started earliest"),
    (r"(?i)\bthe day's\b", "today's"),
    (r"(?i)\bto date\b", "so far"),
    (r"(?i)\boutside of\b", "outside"),
    (r"(?i)\bwhat %", "what percentage"),
    (r"(?i)\b(?:how many )?alerts (?:does|do|did) (?:an?|each|one|the average|a typical) (incident|group|outage) "
     r"(?:contain|have|hold|include|get)\b", r"alerts per \1"),  # "how many alerts does an incident contain"
    (r"(?i)\balerts (?:in|of) (?:an?|one|each|a single|every) (incident|group|outage)\b", r"alerts per \1"),
    (r"(?i)\balert count per (incident|group)\b", r"alerts per \1"),
    (r"(?i)\b(?:with )?([\w-]{3,}) in (?:the|its|their) (comment|reason)\b", r"with the \2 mentioning \1"),
    (r"(?i)\bfiring at (?:some|any) (?:point|time|moment) (while|during)\b", r"firing \1"),
    (r"(?i)\b(alerts?|what) (?:that |which )?(?:alertmanager|am) (suppressed|swallowed|held back|muted|inhibited)\b",
     r"\1 \2 by alertmanager"),
    (r"(?i)\b(alerts?|what) (?:were |was |got )?(suppressed|swallowed|held back|muted|inhibited) by alertmanager "
     r"(?:due to|because of)\b", r"\1 did alertmanager \2 because of"),
    (r"(?i)\bminutes to (resolve|recover|clear|close)\b", r"time to \1"),
)


def common_forms(text: str) -> str:
    """``text`` with the common forms above rewritten."""
    for pattern, replacement in _RULES:
        text = re.sub(pattern, replacement, text)
    return text
