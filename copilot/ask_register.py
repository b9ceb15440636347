"""The formal register, rewritten into the words the reading knows: what the rows are for ("For the purposes of our
quarterly quality review, …"), a scope put as a condition ("provided that only the production environment is
considered": in production), and qualifiers that only say what the rest already does ("irrespective of whether it has
since been resolved", "there being no need to include any incident still open", "each incident being counted once
only"). Applied once, to the whole question, before anything else reads it (:meth:`.ask.Asker.sql`).

>>> formal("Provided that only the production environment is considered, please list every critical alert.")
'please list every critical alert in production.'
>>> formal("Please list the alerts of 11 March, irrespective of whether they have since been resolved.")
'Please list the alerts of 11 March.'
>>> formal("Please state the standard deviation, in minutes and to one decimal place, of the duration of incidents.")
'Please state the standard deviation of the duration of incidents, in minutes.'
>>> formal("which alerts were resolved")
'which alerts were resolved'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re

__all__ = ["formal"]

_PURPOSE = re.compile(r"(?i)^\s*(?:for|to support|in support of) the purposes? of [^,?]{3,80},\s*(?:and\s+)?")
"""What the rows are for, said first: not what they are."""
_SCOPE = re.compile(r"(?i),?\s*\b(?:and\s+)?(?:provided|on condition|on the understanding|on the assumption|given) "
                    r"that only (?:the )?(production|prod|staging) environment (?:is|be|shall be|should be) "
                    r"(?:considered|included|taken into account|in scope|examined)\b,?\s*")
"""An environment put as a condition: the rows of that environment."""
_SAID_ALREADY = re.compile(
    r"(?i),?\s*\b(?:irrespective|regardless) of whether (?:it|they|each(?: one)?) (?:has|have|had|is|are|was|were) "
    r"(?:since |yet |already )?(?:been )?(?:resolved|closed|ended|expired|fixed)(?: or not)?\b|"
    r",?\s*\bthere being no need to include any (?:\w+ )?(?:still open|still firing|unresolved|open|not yet "
    r"resolved)\b|"
    r",?\s*\b(?:each|every) (?:incident|alert|change|silence|deploy) being counted (?:once|a single time)(?: only)?\b")
"""Qualifiers that say what the rest of the question already does."""
_PLACES = r"to (?:one|two|three|\d) decimal places?"
_UNIT_BETWEEN = re.compile(rf"(?i),\s*(?:(in (?:minutes|hours|seconds))(?: and)?(?: {_PLACES})?|{_PLACES}"
                           r"(?: and (in (?:minutes|hours|seconds)))?),\s*(?=of\b)")
"""A unit said between a measure and what it measures ("the standard deviation, in minutes and to one decimal place,
of the duration of …"): said after it, the measure reads with its thing."""


_SECTION = re.compile(r"(?i)^\s*[\w -]{1,30},\s*(?:section|part|item|step|point|para(?:graph)?)\s*[\w.]{1,4}\s*:\s+"
                      r"(?=\S)")
"""Where the answer goes in a document ("Timeline, section 3: every payments-api alert …"): not what it is."""


_QUOTED_FIRST = re.compile(r"(?i)^\s*(?:the |a |our )?(?:customer|client|user|merchant|ticket|caller)s?(?: (?:says?|"
                           r"said|asks?|asked|wrote|writes|reports?|reported))?\s*:?\s*[\"“][^\"”]{1,300}[\"”]\s*[-–—:.]*\s*"
                           r"(?=(?:what|which|how|who|when|where|did|were|was|is|are|any|show|list|give|can|could)\b)")
"""What someone else said, quoted before the question asked of the store ("Customer: \"is everything ok on your side
today?\" - what's still firing in production right now?"): their words are not the question's (their "today" had
narrowed it)."""


def formal(question: str) -> str:
    """``question`` with the formal register's lead-ins and qualifiers rewritten (see the module's docstring)."""
    question = _QUOTED_FIRST.sub("", _SECTION.sub("", _PURPOSE.sub("", question)))
    if (m := _SCOPE.search(question)) is not None:
        environment = {"prod": "production"}.get(m[1].lower(), m[1].lower())
        rest = re.sub(r"\s+(?=[?.!,]|$)", "", f"{question[:m.start()]} {question[m.end():]}".strip())
        body = rest.rstrip("?.! ")
        question = f"{body} in {environment}{rest[len(body):]}"
    question = _SAID_ALREADY.sub("", question)
    question = re.sub(r"(?i)\bat (?:exactly|precisely) (?=\d{4}-\d\d-\d\d[ T]\d)", "at ", question)  # "firing at
    # exactly 2025-03-11 02:00 UTC": as said without the word, before any date is read (had been the whole day)
    if (u := _UNIT_BETWEEN.search(question)) is not None:
        rest = f"{question[:u.start()]} {question[u.end():]}"
        body = rest.rstrip("?.! ")
        question = f"{body}{', ' + (u[1] or u[2]) if u[1] or u[2] else ''}{rest[len(body):]}"
    return question
