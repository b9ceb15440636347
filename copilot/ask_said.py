"""Ways of saying a moment or a thing that the reading knows in other words: a version that went live ("after
payments-api v2.14.0 went live": its deploy), a moment of the asker's own told by its clock ("before our sale started
at 2pm": before 2pm), slips of a phone's keyboard and turns of other Englishes ("alters in prof", "the 3 last
deploys", "on the 11.3.", "Please revert."). Applied by :func:`.ask_chatter.addressed` before any part is split off.

>>> import re
>>> text = "the 3 last alters in prof on 11.3."
>>> for pattern, replacement in OTHER_ENGLISH:
...     text = re.sub(pattern, replacement, text)
>>> text
'the last 3 alerts in prod on march 11'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTH_NAMES, MONTHS

__all__ = ["EVENT_AT", "OTHER_ENGLISH", "UNIT_AFTER", "WENT_LIVE"]

EVENT_AT = re.compile(
    r"(?i)\b(before|after|until|till|since) (?:our|the|my|their) (?!(?:[\w-]+ ){0,2}(?:deploy|deployment|release|"
    r"rollback|alert|incident|outage|silence|change|flag|config|warning|ack|snooze|page|restart|scale)s?\b)"
    r"(?:[\w-]+ ){1,3}?(?:(?:started|began|kicked off|went live|launched|opened|ended|finished|was|were) )?at "
    r"(?=\d{1,2}(?::\d\d)?\s*(?:am|pm)\b|\d{1,2}:\d\d\b|noon\b|midnight\b)")
"""An event of the asker's own placed by its clock: only the clock is something this store can read."""


WENT_LIVE = re.compile(r"(?i)\b(after|before|since|following|until|till|preceding|from|to) (?:the )?((?:[a-z][\w-]* )?"
                       r"v?\d+\.\d+(?:\.\d+)*) (went live|going live|went out|got deployed|was deployed|shipped|rolled "
                       r"out|was rolled out|hit prod(?:uction)?|landed)\b")
"""A version that went live, placed as a moment: its deploy."""


UNIT_AFTER = re.compile(r"(?i)^(how long)(\b[^?]*\?)\s+(?:in )?(minutes|mins|hours|hrs|seconds|secs)\b(?:,? please|,? "
                        r"pls)?\s*[,.!;]?\s*(.*)$")
"""A unit said after a "how long" question: the question asks for that many."""

_CLOCK_SAID = re.compile(r"(?i)\bat (\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)((?:\s+[A-Z]{2,4}\b)?(?:\s+(?:"
                         r"yesterday|today|last night|this morning|on \w+(?: \d{1,2}(?:st|nd|rd|th)?)?))?)")
"""A clock time said before "since then", with its zone and day: what "then" points back to."""

OTHER_ENGLISH = (
    (r"(?i)\b(in|to|on|from) prof\b", r"\1 prod"),  # a phone's autocorrect: "rollbacks in prof"
    (r"(?i)\bincidence\b", "incidents"),  # "Which incidence are still open"
    (r"(?i)\b(v\d+(?:\.\d+)+) (?:went|hit|reached) (?:to )?(prod|production|staging)\b", r"\1 went live in \2"),  #
    # "after v2.14.0 went to prod": its going live there (not "got deployed to prod": the deploys)
    (r"(?i)^when started (?:the )?first (alert|incident|warning|page)\b(?= (?:on|of|for|in|after)\b)",
     r"when did the first \1 start"),  # "when started first alert on any service after …"
    (r"(?i)\b(metric|data) pts\b", r"\1 points"), (r"(?i)\bnan/inf\b", "nan or inf"),  # "non-finite metric pts
    (r"(?i)\b(exception|peer)\.(type|message|service)\b(?! attributes?\b| keys?\b)", r"\1 \2"),  # OpenTelemetry's keys
    (r"(?i)\bhttp\.route\b(?! attributes?\b| keys?\b)", "route"),  # written as stored, read as their words (not
    (r"(?i)\bhttp\.(?:response\.)?status_code\b(?! attributes?\b| keys?\b)", "status code"),  # where the key is
    (r"(?i)\bhttp\.(?:request\.)?method\b(?! attributes?\b| keys?\b)", "method"),  # named as one: "carry an
    (r"(?i)\bservice\.version\b(?! attributes?\b| keys?\b)", "version"),  # exception.type attribute")
    (r"(?i)^(?:could you tell me |can you tell me |tell me )?who (created|made|set up|put up|expired|ended|deployed|"
     r"shipped|pushed|resolved|flipped) ((?:[^,?]+ )?(?:silences|deploys|deployments|changes|rollbacks|incidents|flags|"
     r"flag changes)\b[^,?]*?),? and when\s*\?*$", r"\2, who \1 them and when"),  # "who created
    # silences in production yesterday, and when?": those silences, who and when
    (r"(?i)\b(total|sum of|silence|silenced|snooze|snoozed|alert|downtime|incident|outage) (mins|hrs)\b",
     lambda m: f"{'silence' if m[1].lower() == 'silenced' else m[1]} "
               f"{'minutes' if m[2].lower() == 'mins' else 'hours'}"),
    # "total silenced mins per author", "total silenced hrs per author" (hours had been read as a count)
    (r"(?i)^\s*(?:please |could you |can you |kindly )?(?:state|tell me|say|let me know|find out|check)\s+(how (?:many "
     r"minutes|many hours|long))\s+(.+?)\s+took\b", r"\1 did \2 take"),  # "Please state how many minutes the rollback
    # took from being requested to going live": asked the usual way round
    (r"(?i)\bfrom (?:the |its )?request(?:ed)? (?:to|until|till) (?:going |it went |being )?live\b",
     "from being requested to going live"),
    (r"(?i)^\s*(?:is|are) ([\w.-]+(?: [\w.-]+)?) (?:ok|okay|healthy|fine|up|down|alright|all right|broken|on fire)"
     r"(?: (?:right )?now)?\s*\??\s*$", r"what is firing on \1 right now"),  # "is payments-api ok": its state now
    (r"(?i)\bin mins?\b(?! \d)", "in minutes"),  # "avg silence length as set, in min": minutes, not a minimum
    (r"(?i)\b(except|excluding|but not|besides|other than|apart from)((?: the| any| all)?) (warning|info|critical)s\b",
     lambda m: f"{m[1]}{m[2]} {m[3]} alerts" if re.search(r"(?i)\balerts?\b", m.string[:m.start()]) else m[0]),
    # "payments-api alerts, everything except the warnings": a severity of the alerts, not anomaly warnings
    (rf"(?i)\b(each|every|per) ((?:kw|w)\d{{1,2}}|{MONTH_NAMES}|sept) (silence|deploy|deployment|incident|alert|change|"
     r"rollback|warning)\b", r"\1 \3 in \2"),  # "for each W11 silence": the silences of W11
    (r"(?i)^\s*(?:mins?|minutes)\s+(from|after|before|since)\b", r"how many minutes \1"),  # "mins from the
    # first payments-api alert to the rollback going live": how many
    (r"(?i)\b(many|the|any|first|last|an|api) alter(s?)\b", r"\1 alert\2"),  # "the first payments api alter fire"
    (r"(?i)\balter(s?)\b(?= (?:fire|fired|firing|fires|after|on|for|from)\b)", r"alert\1"),
    (r"(?i)\bthe (\d{1,2}|two|three|five|ten) (last|latest|newest|first|oldest|earliest) ", r"the \2 \1 "),  # "the 3
    # last deploys": the last three
    (r"(?i)\b(had|has|have|with|saw|got) (?:the )?maxim(?:um|al) (alerts|incidents|deploys|changes|silences|errors)\b",
     r"\1 the most \2"),  # "which day had maximum alerts"
    (r"(?<![\d.])\b([0-3]?\d)\.([01]?\d)\.(?!\d)", lambda m: f"{MONTHS[int(m[2]) - 1]} {int(m[1])}"
     if 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31 else m[0]),  # "on the 11.3.": day and month, as written in Europe
    (r"(?i)[.,;]?\s*\b(?:please|kindly|pls) revert\b\.?", ""),  # "Please revert.": answer, in Indian English
    (r"(?i)\b(raised|had|opened|logged) (?:a |any )?problems?\b", r"had alerts"),  # a Nagios admin's "problems"
    (r"(?i)\bnever (?:got|had|received) (?:a |any )?(resolution|fix|root cause)\b", r"have no \1"),
    (r"(?i)\b(that|which) (?:were|was|stayed|remained|stay) open the longest\b", r"\1 lasted the longest"),
    (r"(?i)\bthe (?:[\w.-]+ ){0,2}(?:deploy|deployment|rollback|release|change|sync)(?: that| which)? (?:went "
     r"live|went out|happened|was made|landed|shipped|was deployed|rolled out|finished) at "
     r"(?=\d{4}-\d{2}-\d{2}[ tT]\d{1,2}:\d\d)", ""),  # "within 15 min after the deploy that went live at
    # 2025-03-11T14:31:22Z": that moment, whatever the deploy
    (_CLOCK_SAID.pattern + r"(.*?)\b(since|after) (?:then|that)\b(?! \w+ (?:went|was|were|fired|started|opened|"
     r"happened)\b)", r"\3\4 \1\2"),  # "logged off at 5pm PT yesterday. how many alerts came in since then?": since
    # that time (said where "then" stands, not as a moment of its own)
    (r"(?i)^\s*(?:for the )?(?:problem|incident|postmortem|weekly|monthly|quarterly) (?:review|backlog|report)"
     r"\s*:\s*", ""),  # "Problem review: incidents since ...": what the answer is for
    (r"(?i)^\s*for (?:the|our|my|a|an) (?:[\w-]+ )?(?:knowledge base|kb|wiki|report|post-?mortem|retro(?:spective)?|"
     r"audit|review|dashboard|docs?|documentation|spreadsheet|slides?|deck|handover|hand-?off|write-?up|meeting|"
     r"stand-?up)\s*,?\s*(?:i|we) (?:need|want|would like|'d like)\b\s*,?\s*", ""),  # "For the knowledge base I
    # need, for each incident ...": what the answer is for
    (r"(?i)(?<![\d.:])(\d{1,2})\.([0-5]\d)\s?([ap]m)\b", r"\1:\2\3"),  # "2.31am"
    (r"(?i)(?<![\w.:])(\d{1,2})(:[0-5]\d)?([ap])\s?(-|–|to|until|till|and)\s?(\d{1,2})(:[0-5]\d)?([ap])\b",
     lambda m: f"{m[1]}{m[2] or ''}{m[3]}m {'and' if m[4].lower() == 'and' else 'to'} {m[5]}{m[6] or ''}{m[7]}m"),  #
    # "7p-7a", "between 7p and 7a": a night shift's clocks
    (r"(?<![\w.:])(\d{1,2})(:[0-5]\d)?([ap]) (?=Central|Eastern|Pacific|Mountain|[CEPM][SD]?T\b)", r"\1\2\3m "),  # "7p
    # Central"
    (r"(?i)^when did ([\w.-]+(?: (?:in|on) [\w.-]+)?) (?:start|begin) ([a-z]{4,}ing)\b(?=\s*[?.!]|\s*$)",
     r"when did the \2 alert start on \1"),  # "when did token-service in staging start crashlooping?": that alert's
    # first start
    (r"(?i)\b(?:held|kept) back (any |some )?(alerts?|notifications?|pages?)\b", r"muted \1\2"),  # "silences that
    # actually held back alerts": that muted any
    (r"(?i)\bin (?:the )?moment of\b", "at the moment of"),  # "open on the same service in moment of rollback"
    (r"(?i),?\s*\bin (?:[\w-]+ ){1,2}(?:speak|parlance|lingo|jargon)\b", ""),  # "(critical, in Opsgenie speak)": how
    # another tool says it
)
"""Slips of the keyboard and of other Englishes: read as meant."""
