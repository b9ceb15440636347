"""The sentence that asks and the scene around it: a question in several sentences read as the one that asks ("Which
incidents are still open? They go in my report."), with the time or the day a sentence before it names ("A merchant
says card payments were dodgy on 11 March between 14:30 and 15:30. Which payments-api alerts were going in that
window?"), a restatement after it left out ("…, i.e. …"), and what a customer said taken as the scene."""

from __future__ import annotations

from datetime import datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_columns import trailing_list
from signalcraft.copilot.ask_forms import ROWS_ASKED
from signalcraft.copilot.ask_late_forms import DAYS_SAID, MONTHS_SAID
from signalcraft.copilot.ask_read import single_names
from signalcraft.copilot.ask_time import Window, time_window
from signalcraft.copilot.ask_vocab import Vocabulary, tokens
from signalcraft.copilot.ask_words import SEVERITIES

__all__ = ["asking_sentence", "from_asking", "without_gloss"]


_GLOSS = re.compile(r"(?i)(?:,\s*|\s*\(\s*)\b(?:i\.e\.?|ie|that is,|in other words,?|namely)\s+[^.?!;)]*\)?")


def without_gloss(question: str) -> str:
    """The question without a restatement of it ("..., i.e. set to start later than they were created").

    >>> without_gloss("What share of silences were scheduled ahead, i.e. set to start later? One decimal.")
    'What share of silences were scheduled ahead? One decimal.'
    """
    return _GLOSS.sub("", question)


def asking_sentence(question: str) -> str | None:
    """Of a question in several sentences, the one that asks (the only one ending in "?"); ``None`` otherwise.

    >>> asking_sentence("Which incidents are still open? They go in the open items of my report.")
    'Which incidents are still open?'
    >>> asking_sentence("I'm on call tonight. Which alerts fired since 6pm?")
    'Which alerts fired since 6pm?'
    >>> asking_sentence("reindex runs get silenced a lot. which indexer alerts fired?")
    'which indexer alerts fired?'
    >>> asking_sentence("A customer says payments kept failing — was there a problem with payments today?")
    'was there a problem with payments today?'
    >>> asking_sentence("Which alerts fired? Which were critical?") is None
    True
    """
    sentences = re.split(r"(?<=[?.!])\s+(?=[A-Z\"'(]|(?:like|i mean|you know|as in|e\.g\.|i\.e\.|the)\b)|"
                         r"(?<=\?)\s+(?=[a-z])|(?<=\.\.\.)\s+(?=[a-z])|\s+[\u2014\u2013-]+\s+|"
                         r"(?<=[a-z\d)][.!])\s+(?=(?:which|what|how|who|when|where|did|were|was|any)\b[^.?!]*\?$)",
                         question.strip())  # "…? looking for stale ones", "Thinking about bake time... what changed"
    asking = [s for s in sentences if s.endswith("?")]
    return asking[0] if len(sentences) > 1 and len(asking) == 1 else None


def from_asking(question: str, vocab: Vocabulary, now: datetime, zone: str) -> str:
    """The sentence that asks, when the words around it only set the scene or restate it ("Some suites fail on
    backend errors, not on the UI. Which staging service logged the most error lines yesterday?", "I'm planning a
    freeze, so: how many production deploys went out last week? Last week as in Monday to Sunday."); the question
    whole when they name a value or a time the asking sentence does not ("I'm dpatel. How many of my deploys …?"),
    or list columns after it ("…? versions only pls")."""
    if (two := _TWO_NUMBERS_AFTER.search(question)) is not None:  # "alerts last week vs the week before. Just the two
        question = question[:two.start()]  # counts.": the comparison's
    asked = asking_sentence(question) or question
    if asked.rstrip().endswith("?") and (lead := _LEAD.search(asked)):  # "…, so: how many …?"
        asked = asked[lead.end():]
    start = question.find(asked)
    context, after = question[:start], question[start + len(asked):]
    if not context.strip() and not after.strip():
        return question
    if context.strip() and (not re.search(r"[.!:]\s*$", context) or
                            re.search(r"(?i)\b(?:i\.e|e\.g|etc|vs)\.\s*$", context)):
        return question  # "critical incidents — who made …?", "…, i.e. the regressions we shipped?": one question
    if after.strip() and (trailing_list(question)[0] or not _RESTATED.match(after.strip()) or _HOW_MANY_ROWS.search(
            after)):  # "…? just the top 3": how many rows
        return question  # "…? incident service, alert name and the version": the columns asked for; "…? in hours",
        # "…? Break it down by change type.": more of the question
    names, own = single_names(vocab), set(tokens(asked))
    said = {v for w in own if w in names for v in names[w]}  # "argocd" and "Argo's": one value
    words = tokens(f"{context} {after}")
    named = [w for i, w in enumerate(words) if w in names and w not in own and not names[w] & said and not (
        w == "live" and i and words[i - 1] in ("went", "go", "goes", "gone", "going", "is", "was", "were"))]  # "the
    # rollback went live": no environment
    named += [w for w in tokens(after) if w in SEVERITIES and w not in own]  # "…? only the critical ones": which
    scene = re.sub(rf"(?<!\bin )(?<!\bof )\b(?!may\b)({MONTHS_SAID})\b", r"in \1",
                   " ".join(words))  # "For the February review: how many incidents?": February's (had been every one)
    timed = time_window(scene, now, zone) is not None and time_window(asked, now, zone) is None
    if not after.strip() and (day := _DAY_SAID.findall(context)) and len(set(day)) == 1 and \
            re.search(r"\b\d{1,2}:\d\d\b", asked) and not _DAY_SAID.search(asked) and not _DATED.search(asked):
        return f"{asked.rstrip(' ?')} {day[0]}?"  # "The client says it started around 14h40 yesterday. What alerts
        # were firing at exactly 14:40 UTC?": that clock on the day said before
    if timed and not after.strip() and (that := _THAT_TIME.search(asked)) and \
            (window := _said_before(context.lower(), that[0], now, zone)) is not None and not named:
        return f"{asked[:that.start()]}{window.phrase}{asked[that.end():]}"  # "A merchant says card payments were
        # dodgy on 11 March between 14:30 and 15:30. Which payments-api alerts were going in that window?": the
        # window said before, its other words only the scene
    if named and not timed and _REPORTED.match(context.strip()) and not after.strip() and not re.search(
            r"(?i)\b(?:that|this|the same) (?:day|time|morning|afternoon|evening|night)\b|\bthen\b", asked):
        return asked  # "Ticket #48230 - customer got 503s on the payment step. Which checkout-web alerts fired ...?":
        # what a customer said sets the scene; the question names what to read
    return question if named or timed else asked


_DAY_SAID = re.compile(rf"(?i)\b(yesterday|today|this morning|last night|on (?:the )?\d{{1,2}}(?:st|nd|rd|th)?"
                       rf"(?: of)? (?:{MONTHS_SAID})|on (?:{MONTHS_SAID}) \d{{1,2}}(?:st|nd|rd|th)?|(?:last |on )?"
                       rf"(?:{DAYS_SAID}))\b")
"""A day named in a sentence: "yesterday", "on 11 March", "last Tuesday"."""
_DATED = re.compile(rf"(?i)\b\d{{4}}-\d\d-\d\d\b|\b\d{{1,2}}/\d{{1,2}}\b|\b\d{{1,2}}\.\d{{1,2}}\.|"
                    rf"\b\d{{1,2}}(?:st|nd|rd|th)\b|\b(?:{MONTHS_SAID})\.? \d{{1,2}}\b|\b\d{{1,2}} (?:{MONTHS_SAID})\b")
"""A date written in the asking sentence itself ("on 2025-03-11", "3/11", "11th", "March 11")."""


def _said_before(context: str, that: str, now: datetime, zone: str) -> Window | None:
    """The time the sentence before says, for the asking sentence's ``that`` ("at that exact moment": a clock time
    said bare, "a failed payment stamped 14:50 UTC yesterday", is that moment, not the whole day)."""
    window = time_window(context, now, zone)
    if window is not None and window.kind != "instant" and re.match(r"(?i)at that", that):
        moment = time_window(re.sub(r"(?<!\bat )(?<!\bfrom )(?<!\bto )(?<!\band )(?<!\bbetween )(?<!\buntil )"
                                    r"(?<![\d:])(?=\d{1,2}:\d\d\b)", "at ", context, count=1), now, zone)
        window = moment if moment is not None and moment.kind == "instant" else window
    return window


_THAT_TIME = re.compile(r"(?i)\b(?:in|during|within|over|inside|for) (?:that|this|the "
                        r"same|the said) (?:window|time ?frame|time|period|hour|span|range|slot|interval)\b|\b(?:of|in|"
                        r"during) (?:the|that|this) (?:shift|night shift|day shift|watch)\b|\bat that "
                        r"(?:exact |very |precise |same )?(?:time|moment|point|instant|minute)\b|\b(?:on )?(?:that|the "
                        r"same) (?:day|date)\b")
"""A time the asking sentence takes from the sentence before it ("… in that window?", "… that day?", "… at that exact
moment?")."""
_REPORTED = re.compile(r"(?i)^(?:(?:re:\s*)?(?:ticket|case|jira|issue|zendesk)\s*#?\s*[\w-]*\d+\s*[:\u2014\u2013-]\s*)?"
                       r"(?:an? |the |one |our |some |several )?(?:customers?|merchants?|users?|clients?|shoppers?|"
                       r"partners?) (?:says?|said|got|gets|are getting|is getting|reports?|reported|complain\w*|"
                       r"mentioned|told us|tells us|is seeing|are seeing|saw|sees|writes|wrote|emailed|e-mailed|called|"
                       r"phoned|claims?|claimed|noticed|notices|complains?|is complaining|are complaining)\b")
"""Context that tells what a customer said ("Ticket #48230 - customer got 503s on the payment step."): the scene."""
_RESTATED = re.compile(r"(?i)(?:i mean|basically|in other words|that is|i\.e\.|just|only|simply|wow|"
                       r"(?:week|month)[- ]over[- ](?:week|month))\b|[^.?!]*\b(?:as in|that's all|that is all|"
                       r"nothing else)\b")
"""A sentence after the question that says it again ("Just the staging ones, last week.", "I mean any change, not
just deploys.", "Last week as in Monday to Sunday.", "WoW for the release slide.")."""
_TWO_NUMBERS_AFTER = re.compile(r"(?i)(?:(?<=[.?!])\s+|\s*,\s*|\s+[-\u2013\u2014]+\s+)(?:(?:just|only|give me|"
                                r"i need) )?(?:both|(?:the )?(?:two|2)) (?:numbers|counts|figures)(?: side by side)?"
                                r"(?: please| pls| plz)?[.!]*\s*$")
"""A remark after a comparison that it wants both numbers ("Just the two counts."): not a list of columns; left out
before the question is read."""
_HOW_MANY_ROWS = re.compile(rf"(?i)\b{ROWS_ASKED}")
"""How many rows a remark after the question asks for ("…? only the top 2")."""
_LEAD = re.compile(r"(?i)(?:^|[,;]\s*so|\bso)\s*:\s+(?=(?:what|which|how|who|when|where|did|do|does|were|was|is|are|"
                   r"any|show|list|give|count)\b)|[:;]\s+(?=(?:what|which|how|who|when|where|did|were|was|are|show|list)"
                   r"\b)")
"""Where a question begins after a lead-in that ends in a colon ("…, so: how many …")."""
