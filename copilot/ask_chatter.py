"""The chatter around a question left out: a chat handle it is addressed to, a greeting, an apology before the
question, a customer's report before it, and sentences after it that say something about the asker ("I was told to
keep an eye on them", "Sorry if that's not how you measure it") are not part of what is asked.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_bots import made_by
from signalcraft.copilot.ask_chat import untangled
from signalcraft.copilot.ask_dialects import in_words
from signalcraft.copilot.ask_forms import ROWS_ASKED, WINDOW_WORDS
from signalcraft.copilot.ask_halfsql import HALF_SQL_RULES
from signalcraft.copilot.ask_said import EVENT_AT, OTHER_ENGLISH, UNIT_AFTER, WENT_LIVE
from signalcraft.copilot.ask_workday import AFFECTED

__all__ = ["addressed", "own_document", "polite_prefix", "reported", "sentences", "trim_chatter"]


_GREETING = re.compile(r"(?i)^\s*(?:hi|hello|hey|hiya|morning|good (?:morning|afternoon|evening))(?: there| all| team)?"
                       r"[!,.]*\s+")
_OTHERS_SAY = re.compile(r"(?i)^(?:the |our |some |many |a few |several |a lot of |lots of )?(?:clients?|customers?|"
                         r"users?|merchants?|shoppers?|guests?|partners?|people|callers|buyers|sellers|riders|drivers|"
                         r"patients|members|subscribers)\b (?:\w+ )?(?:are|were|is|was|keep|kept|have|has|had|say|said|"
                         r"says|report\w*|complain\w*|tell|told|call\w*|see|saw|seeing|got|get|getting|write|wrote|"
                         r"mention\w*|notic\w*|claim\w*)\b")
"""A sentence saying what customers or users report, told before the question."""
_ABOUT_ME = re.compile(r"(?i)^(?:i|i'm|i am|i've|i have|i was|i just|i only|i recently|i'?m still|we're|we are)\b[^?]*"
                       r"\b(?:new|joined|started|come from|came from|moved|transferred|from (?:the )?\w+ (?:department|"
                       r"team|side)|not used to|still learning|getting used|onboarding|learning|second week|first week|"
                       r"first day|first month)\b[^?]*$")
"""A sentence about the asker (new here, from another department), told before the question."""
_APOLOGY = re.compile(r"(?i)^\s*(?:sorry|apologies|quick question|dumb question|silly question)"
                      r"(?: (?:if|to|for) [^,.?!]*)?\s*(?:,\s*but|[,:!.-])\s+")
_ASIDE = re.compile(r"(?i)^(?:i|i'm|im|i'd|i've|i am|i was|i want|i need|i think|my|there|it's|it is|sorry|thanks|"
                    r"someone|somebody|"
                    r"thank you|thx|just|fyi|hope|hoping|no worries|this is|that would|cheers|ok|okay|pulling|checking|"
                    r"(?:that|this) (?:is|was|'s) the|that's the|"
                    r"(?:those (?:are|were) the|basically|in practice)(?![^.?!]*\b(?:only|just|ones|excluding|except|"
                    r"without)\b)|"
                    r"want to|wanted to|looking into|trying to|we need|need to|they|the customer|a customer|"
                    r"need (?:it|this|them|the (?:number|figure|figures|count|list|answer|data|numbers)) (?:for|in)|"
                    r"asking for|for the|keep (?:the|those|them)\b.*\b(?:zero|none|0)|"
                    r"include (?:the|those|them)\b.*\b(?:zero|none|0)|including (?:the )?(?:ones|those) with|"
                    r"wow\b|(?:week|month)[- ]over[- ](?:week|month)|(?:ppl|people|folks|everyone|everybody|"
                    r"(?:my|our|the) (?:[\w-]+ ){0,2}(?:team|boss|manager|lead|cto|ceo|director|vp|folks|people))\b"
                    r"[^.?!]*?\b(?:want|wants|wanted|need|needs|needed|asked|asks|ask|are asking|keep asking) (?:for )?"
                    r"(?:a |an |the |some )?(?:timeline|answer|answers|update|updates|summary|number|numbers|figure|"
                    r"figures|details|context|info|it|this|that|to know|to understand)|(?:the|our|my) "
                    r"(?:[\w-]+ ){0,2}(?:team|boss|manager|lead|folks|people) (?:thinks?|reckons?|believes?|guesses|"
                    r"guess|says?|said)\b)\b")  # "ppl on the forum want a timeline", "The team thinks it's like 10
# min": who wants the answer, and what they think it is
_ROLE = re.compile(r"(?i)^\s*(?:[\w-]+ ){0,3}here\s*[.,:!-]\s+(?=\S)")  # "Team lead here. Which deploys ..."


def polite_prefix(text: str) -> str:
    """ "Hi! Sorry if this is a silly question, but could you list ...": from "could you" on; "Team lead here."
    before it is left out too."""
    for _ in range(2):
        text = _ROLE.sub("", _APOLOGY.sub("", _GREETING.sub("", text)))
    return text


def sentences(text: str) -> list[str]:
    """The question's sentences (a version's or a label's dots are not ends of sentences)."""
    return [p for p in re.split(r"(?<=[.!?])\s+(?=[A-Za-z])", text.strip()) if p]


_EM = re.compile(r"(?i),?\s*\b(?:all of (?:em|them)|the lot|pls|plz|please)\s*[.!?]*$")


_REPORTED = re.compile(r"(?i)^(?:a |the |one |our )?(?:customer|client|user|merchant|partner|tenant)s? (?:says?|said|"
                       r"reported|reports?|complained|complains?|noticed|notices?|asked|asks?|wants to know|mentioned|"
                       r"told us|thinks|wonders?|wondered)\b"
                       r"[^\u2014\u2013?]*?(?:\s+[\u2014\u2013-]+\s+|[.!]\s+)(?=\S)")  # "... — which ...", "...
# deploy. Help me list ...": the report, then the question
_WHEN = re.compile(r"(?i)\b(?:(?:today|yesterday)(?: morning| afternoon| evening)?|last night|this morning|"
                   r"this week|last week|this month|over the weekend|"
                   r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on \d{4}-\d\d-\d\d|"
                   r"on (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|"
                   r"on \d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
                   r"at \d{1,2}(?::\d\d)?\s*(?:am|pm)(?: utc)?|at \d{1,2}:\d\d(?: utc)?)(?!\w)")


def reported(text: str, names: dict[str, frozenset[str]] | None = None) -> str:
    """ "A customer says things are still broken — which alerts in identity are firing?": the question, with the
    report's time kept ("... yesterday") and what the report names of the store that the question does not
    ("... for checkout"; ``names``: a word's values in the store); the rest of the report left out.

    >>> reported("A customer complained about payments yesterday — what was the worst severity?")
    'what was the worst severity yesterday?'
    >>> reported("A customer complained about checkout — what changed?", {"checkout": frozenset({"checkout"})})
    'what changed for checkout?'
    >>> reported("a customer says checkout was broken yesterday afternoon - what alerts were firing?",
    ...          {"checkout": frozenset({"checkout"})})
    'what alerts were firing for checkout yesterday afternoon?'
    """
    m = _REPORTED.match(text)
    if m is None:
        return text
    names = names or {}
    asked = {v for w in re.findall(r"[\w.-]+", text[m.end():].lower()) for v in names.get(w, ())}
    said = [w for w in dict.fromkeys(re.findall(r"[\w.-]+", m[0].lower())) if set(names.get(w, ())) - asked]
    rest, when = text[m.end():], _WHEN.findall(m[0])
    when = [] if _WHEN.search(rest) else when
    if not said and not when:
        return rest
    end = len(rest.rstrip("?.! "))  # "... about checkout — what changed?": the report says what it is about
    return f"{rest[:end]}{' for ' + ' and '.join(said) if said else ''}{' ' + when[0] if when else ''}{rest[end:]}"


def _on_call(m: re.Match) -> str:
    """An on-call preface goes; a past day it names stays when the question names no time of its own ("On call
    yesterday, when did the first alert start …": yesterday's)."""
    rest = m.string[m.end():]
    day = re.search(r"(?i)\b(?:yesterday|last night|last week(?:end)?|over the weekend)\b", m[1])
    if day is None or re.search(r"(?i)\b(?:yesterday|today|tonight|now|rn|since|ago|between|until|currently|still|"
                                r"at the moment|ever|all[- ]time|overall|so far|january|february|march|april|june|july|"
                                r"august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
                                r"(?:last|this|past) "
                                r"(?:night|week\w*|month|year|hours?|days?|few|couple|morning|afternoon|evening)|on "
                                r"(?:mon|tue|wed|thu|fri|sat|sun)\w*)\b|\d", rest):
        return ""
    return f"{day[0]}, "


def addressed(text: str) -> str:
    """The question without the chat handle it is addressed to ("@signalcraft rollbacks 30d", "hey @bot, …"), and
    with "between", "number of" and "week" spelled as the parts of a question are split by, and without an
    on-call preface ("on call this weekend. …").

    >>> addressed("@signalcraft top3 noisiest svc 7d")
    'top3 noisiest svc 7d'
    >>> addressed("hey @sc-bot: deploys yday")
    'deploys yday'
    >>> addressed("/ask which 2 days had most alerts")
    'which 2 days had most alerts'
    """
    text = untangled(text)  # a quoted line of the thread, a pasted alert title, epoch seconds, "- no wait, prod"
    if m := UNIT_AFTER.match(text):  # "how long after ... did it fire? minutes please, it's the gap between ..."
        unit = {"mins": "minutes", "hrs": "hours", "secs": "seconds"}.get(m[3].lower(), m[3].lower())
        text = f"how many {unit}{m[2]}" + ("" if not m[4] or _ASIDE.match(m[4]) else f" {m[4]}")
    text = re.sub(r"^\s*(?:(?:hey|hi|yo|ok|okay)\s+)?(?:@[\w.-]+[\s,:]*)+", "", text) or text
    text = re.sub(r"^\s*/[a-z][\w-]*(?: ask)?\s*:?\s+(?=\S)", "", text)  # a slash command: "/ask …"
    text = re.sub(r"(?i)^\s*(?:(?:i'?m|i am|im|i was|was)\s+)?on[- ]?call\b([^.?!:;,]*)[.:;,]\s+(?=\S)", _on_call,
                  text)  # "on call this weekend. how many alerts are still firing rn?": about the asker
    text = re.sub(r"(?i)^\s*(?:(?:hi|hello|hey)(?: there| all)?\s*[,!.-]*\s*)?(?:dear (?:team|all|colleagues|sir or "
                  r"madam|sir|madam|[a-z]+)|quick (?:one|q|question)|one (?:more|last) (?:thing|one|question))\s*"
                  r"[,:!.-]+\s*", "", text)  # "Hi, quick one: who …", "Dear team, kindly provide …"
    text = re.sub(r"(?i)\bteh\b", "the", text)
    text = re.sub(r"(?i)(?<!\S)w/(?=\s)", "with", text)  # "and w/ what comment" (before the parts are split)
    text = re.sub(r"(?i)\b(the )?(deploy|deployment|release|rollback) (v?\d+\.\d+(?:\.\d+)?) of ([a-z][\w]*-[\w-]+)\b",
                  r"\1\4 \3 \2", text)  # "after the deploy v2.14.0 of payments-api": the payments-api v2.14.0 deploy
    text = re.sub(r"(?i)\b(the )(alerts?|deploys?|deployments?|incidents?|silences?|rollbacks?) of ([a-z][\w]*-[\w-]+)"
                  r"\b(?! (?:and|or|,))", r"\1\3 \2", text)  # "the alerts of cart-service that started …"
    text = re.sub(r"(?i)\bdply?(s?)\b(?![-_#]?\d)", r"deploy\1", text)  # "for each prod dpl last wk: …" (before any
    # part of the question is taken apart)
    text = re.sub(r"(?i)^(?:the )?top (\d+|two|three|four|five) (svcs?|services?|projects?|people|persons?|actors?|"
                  r"environments?|envs?) by (?:the )?(?:number of |count of |# of )?(incidents|alerts|outages) "
                  r"(?=(?:(?:which|that) (?:had|have|has|got)|with|having)\b)",
                  lambda m: f"which {m[1]} {_PLURAL.get(m[2].lower(), m[2])} had the most {m[3]} ",
                  text)  # "top 2 svc by incidents which had early warning": ranked
    text = re.sub(r"(?i)^\s*(?:wow|week[- ]over[- ]week|month[- ]over[- ]month)(?: (?:numbers|figures|comparison|"
                  r"view))?(?: for (?:the|my|our) [\w -]{1,30}?)?\s*:\s*(?=.*\b(?:vs\.?|versus|compared (?:to|with)|"
                  r"against)\b)", "", text)  # "Week-over-week for the deck: alerts last week vs the week before"
    text = re.sub(r"(?i)\b(?:please|pls|kindly|can you|could you)\s+share\s+(?:the\s+|a\s+)?(?:(?:full\s+)?list\s+"
                  r"of\s+)?", "list the ", text)  # "Kindly share the deployments ...": not a share (a percentage)
    text = re.sub(r"(?i)\b(had|have|has) after (?:them|it) (an?|any|some)\b", r"were followed by \2", text)
    for pattern, replacement in OTHER_ENGLISH:
        text = re.sub(pattern, replacement, text)
    text = in_words(text)  # "index=alerts earliest=-7d | stats count by severity", "violations FACET entity"
    for pattern, replacement in HALF_SQL_RULES:  # "select service, count(*) from ... group by service": in words
        text = re.sub(pattern, replacement, text)
    text = re.sub(r"(?i),?\s*\(?\b(?:per|according to|as (?:reported|recorded|seen) by|going by|by) alertmanager(?:'s"
                  r"(?: own)? (?:record|report|data|view|word)s?| itself)?\b\)?(?=\s*(?:[,.?!]|$))", "", text)  # the
    # mutes are Alertmanager's own report
    text = re.sub(r"(?i)[.,;]?\s*\b(?:each|every) (?:person|one|name|service|actor|author|value|of them) (?:only )?"
                  r"once\b\.?", "", text)  # "Who made configuration changes? Each person once.": the people, each once
    text = re.sub(r"(?i)\b(held back|muted|suppressed|silenced|caught|swallowed|matched) at least (?:one|1|a single) "
                  r"(alert|alarm|notification|page)s?\b", r"\1 any \2s", text)  # a silence that muted any
    text = re.sub(r"\s*(?<![\w:])[:;]-?[)(DPp]+(?=\s|$)", "", text)  # ":)", ";-)"
    text = re.sub(*AFFECTED, text)  # "the total duration for which payments-api was affected on 11 March"
    text = re.sub(r"#\s*of\b", "number of", text)  # "total # of alerts on the 11th and # of crit alerts"
    text = re.sub(r"(?i)\b(this|last|the|previous) wk\b", r"\1 week", text)  # "last wk vs the wk before"
    text = re.sub(WENT_LIVE, r"\1 the \2 deploy \3", text)  # "after payments-api v2.14.0 went live": after that deploy
    text = re.sub(EVENT_AT, r"\1 ", text)  # "before our sale started at 2pm": before 2pm, a moment told by its clock
    text = re.sub(r"(?i)\s*\(from (?:its|their|the) start to (?:its|their|the) (?:scheduled |planned )?end\)", "", text)
    text = re.sub(r"(?i),?\s*(?:\bas (?:set|planned|scheduled)\b)?,?\s*\((?:from )?(?:the )?start\s*(?:->|→|to|-)\s*"
                  r"(?:the )?(?:scheduled|planned|set) end\)", "", text)  # "avg sil length, as set (start -> scheduled
    # end)": its planned length, as a silence's length is read
    text = re.sub(r"(?i)\b(?:its|their|the) (?:scheduled|planned|intended) (length|duration)", r"its \1", text)
    return re.sub(r"(?i)\b(?:betwen|bewteen|beteen|betweeen)\b", "between", text)  # before any part is split off


_PLURAL = {"svc": "services", "svcs": "services", "service": "services", "env": "environments", "envs": "environments",
           "environment": "environments", "project": "projects", "person": "people", "persons": "people",
           "actor": "people", "actors": "people"}
"""What "top 2 svc by …" ranks, said as the plural the ranking reads."""
_PREPARING = re.compile(r"(?i)^(?:i'm|i am|im|we're|we are|i've been|we've been) (?:putting together|preparing|"
                        r"writing up|writing|working on|compiling|drafting|doing|reviewing) (?:the |a |an |our |my )?"
                        r"(?:[\w-]+ ){0,3}(?:summary|report|review|update|deck|slides|write-?up|post-?mortem)\b"
                        r"[^.?!]*[.!]?\s*$")
"""A sentence about the document the asker is writing ("I'm putting together the quarterly summary.")."""


def own_document(sentence: str) -> bool:
    """Whether ``sentence`` tells of the document the asker is writing: not a question, nor a document asked of ask.

    >>> own_document("I'm putting together the quarterly reliability summary for our leadership team.")
    True
    >>> own_document("help me with drafting the checkout incident summary")
    False
    """
    return bool(_PREPARING.match(sentence.strip()))


_MARKER = re.compile(
    r"(?i)(?:^|(?<=[.!?] ))\s*(?:(?:just|purely|mostly|and|but|so) )?(?:for (?:the )?(?:record|reference|context|"
    r"clarity|completeness|comparison|posterity|avoidance of doubt)|for (?:your |)(?:info|information|reference)|"
    r"for what it'?s worth|by the way|out of (?:curiosity|interest)|in (?:plain|simple) (?:english|terms|words)|"
    r"in (?:short|brief|a word|a nutshell|summary|sum|other words|general|practice|any case|fact|essence)|"
    r"on (?:a|another|a related|a separate|a different|that|this) note|on the (?:whole|face of it)|"
    r"as (?:discussed|requested|promised|agreed|mentioned|usual|always|a rule|a reminder)|"
    r"at (?:a glance|your convenience|first glance)|off the top of (?:your|my) head|"
    r"to (?:be (?:honest|clear|fair|precise|exact|sure)|begin with|start with|sum up|clarify)|"
    r"with (?:all )?due respect|between you and me|(on behalf of|following up on|further to|with reference to|"
    r"in the (?:frame|context|scope|course) of|as part of|within the (?:scope|frame) of|for the purposes? of) "
    r"((?:the|our|my|your|this|that|a|an|today's|yesterday's) (?:[\w.'-]+ ){0,2}?[\w.'-]+))\s*[,:;]+\s+(?=\S)")
"""A discourse marker before the question ("For the record, …", "Out of curiosity: …", "On behalf of the CTO, …"):
how it is said, not what is asked. One that names someone or something ("On behalf of the …", "Following up on our
…") is left out only when its words name nothing in the store (a bare name after it stays, to be grounded or
refused: "following up on zorblax")."""
_TOLD_OF = r"(?i)\b(?:yesterday|today|tonight|week|month|weekend|morning|afternoon|evening|night|monday|tuesday|" \
           r"wednesday|thursday|friday|saturday|sunday|incidents?|outages?|deploys?|deployments?|releases?|" \
           r"rollbacks?|alerts?|changes?|silences?|warnings?|pages?)\b(?!-)"
"""Words that make a marker's phrase part of the question: a time or a record it points at."""
_ASSUMED = re.compile(r"(?i)\b(?:on|under) the (?:assumption|understanding|premise|basis|condition) that\b")


_PURPOSE_AFTER = re.compile(r"(?i)[,.;]?\s*\(?\b(?:for|to put in|to go in|to add to) (?:the|my|our|a|an) "
                           r"(?:(?:weekly|monthly|quarterly|annual|ops|on-?call|team|exec|leadership|status|board|"
                           r"q[1-4]|sprint|roadmap|planning|incident) ){0,2}(?:planning|slide|deck|notes|report|review|"
                           r"doc|meeting|standup|retro|postmortem|roadmap|minutes|thread|ticket|email|e-mail|update|"
                           r"summary)\)?\s*[.!]?\s*$")
"""What the answer is for, said after the question ("…, for the quarterly planning.", "For the roadmap slide.")."""


def markers_out(text: str, names: dict[str, frozenset[str]] | None = None) -> str:
    """``text`` without the discourse markers before its sentences, and "on the understanding that" said as "assuming"
    (the clause is a condition of the question, read as one).

    >>> markers_out("For the record, how many silences this month? Out of curiosity: who made most?")
    'how many silences this month? who made most?'
    >>> markers_out("Kindly list the rollbacks of March. Please revert soon. Best regards, Ana")
    'Kindly list the rollbacks of March'
    >>> markers_out("On behalf of the CTO: incidents this month", {})
    'incidents this month'
    >>> markers_out("On behalf of checkout: incidents", {"checkout": frozenset({"checkout"})})
    'On behalf of checkout: incidents'
    """
    def out(m: re.Match) -> str:
        if m[2] and (names is None or any(w in names for w in re.findall(r"[\w.-]+", m[2].lower())) or
                     re.search(_TOLD_OF, m[2])):
            return m[0]  # "following up on the checkout incident, …", "following up on yesterday's incident, what
        return ""  # changed?": what it names is the question's (its time, its record)
    text = _SIGN_OFF.sub("", _HEADED.sub("", text))
    return _PURPOSE_AFTER.sub("", _ASSUMED.sub("assuming that", _MARKER.sub(out, text)))


_HEADED = re.compile(r"(?i)^\s*(?:(?:re:|note for|ticket|for)\s+)?[A-Z][A-Z0-9]{1,9}-\d{1,6}(?:\s*\([^)]{1,40}\))?\s*"
                     r"[:\-\u2013\u2014]\s+(?=\S)|^\s*(?:a |the )?(?:question|request|ask) (?:of|from|by) "
                     r"[\w .'-]{1,40}?:\s+(?=\S)|^\s*[\w .'-]{1,40}?\b(?:in (?:the )?(?:thread|channel|chat|slack)|"
                     r"wrote|said|says|asked|asks|writes)\s*:?\s*[\"\u201c][^\"\u201d]{1,200}[\"\u201d]\s*[.,]?\s+(?=\S)")
"""What a question is headed with: a ticket's key ("PROJ-480 (mute rules epic): …"), whose question it is ("Question of
Mateo in the meeting: …"), someone's words quoted before it ("Lukas in thread: "…" Which …")."""
_SIGN_OFF = re.compile(r"(?i)(?:[.!?]\s+|,\s*|\s+)(?:please revert[^.?!]*[.!]?\s*)?(?:(?:best|kind|warm|many thanks "
                       r"and|thanks and) )?regards(?! to\b)\b[\w ,.!'-]{0,40}$|(?<=[.!?])\s+please revert\b[^.?!]*"
                       r"[.!]?\s*$")
"""A letter's close after the question ("… Please revert at your earliest convenience. Best regards")."""


def _names_nothing(sentence: str, names: dict[str, frozenset[str]] | None, dated: bool = False) -> bool:
    """Whether ``sentence`` names nothing of the question: no word of it is one of the store's ``names`` (known only
    when they are given), nor (unless ``dated`` sentences may be) a time or a number."""
    if not dated and (WINDOW_WORDS.search(sentence) or re.search(r"\d", sentence)):
        return False
    return names is not None and not any(w in names for w in re.findall(r"[\w-]+", sentence.lower()))


def trim_chatter(text: str, names: dict[str, frozenset[str]] | None = None) -> str:
    """The first sentence, and every later one that is not about the asker: "Could you show me the deploys
    from the last 3 hours please? I want to understand what changed" asks for the deploys."""
    text = markers_out(text, names)
    dash = re.search(r"\s+(?:[-–—]+|->)\s+(\S.*)$", text)  # "... annotation on them - need to chase the rule owners"
    if dash and (_ASIDE.match(dash[1]) or re.match(r"(?i)(?:need|needed|trying|want|so (?:i|we)|because|for (?:my|our|"
                                                   r"the))\b", dash[1])):
        text = text[:dash.start()]
    text = reported(_EM.sub("", text), names)  # "payments alerts this month, all of em"
    parts = sentences(text)
    if len(parts) < 2:
        return text
    if own_document(parts[0]) and _names_nothing(parts[0], names):
        parts = parts[1:]  # "I'm putting together the quarterly reliability summary for our leadership team. Please
        # show me every rollback …": what the asker is writing, before the question, when its words name nothing
        # here (not "I'm writing up the checkout postmortem.": the checkout's)
    if _ABOUT_ME.match(parts[0]) and _names_nothing(parts[0], names) and not re.search(
            r"(?i)\b(?:want|need|show|list|give|looking for|please|pls|can you|could you|tell me)\b", parts[0]):
        parts = parts[1:]  # "I come from the finance department and I am not used to your naming yet. From the table
        # of alarms, …": about the asker, before the question (naming nothing here)
    if _OTHERS_SAY.match(parts[0]) and "-" not in parts[0] and _names_nothing(parts[0], names, dated=True) and \
            re.match(r"(?i)(?:please |pls |kindly |so |now )?(?:give|show|list|which|what|how|who|when|can|could|tell|"
                     r"get|pull)\b", parts[1]):  # (naming nothing here: not "Customers got errors on payments-api.")
        parts = parts[1:]  # "the clients are complaining that the paiement was not working on tuesday. Give me all
        # the alerts of payments-api that started tuesday 11 march": what others say, before the question
    return " ".join([parts[0], *(p for p in parts[1:] if not _ASIDE.match(p) or re.match(
        rf"(?i)just (?:the )?{ROWS_ASKED}|(?:i|we) (?:need|want) (?:the )?[\w' ]+, [\w' ]+,|"
        r"just (?:the )?(?:[\w-]+ ){1,2}(?:ones|alerts|changes|deploys|deployments|silences|incidents|warnings)\b", p)
        or made_by(p)[1] is not None)])  # "just the top 3": how many rows; "I need deploy service, version, alert
    # name": the columns; "Just the human ones, not argocd": who made them; "just the production ones": which;
    # none is an aside
