"""A shift's, a release's and a customer's ways of asking — the handover ("anything still open from overnight?",
"what did the night shift silence"), the trouble and its fix ("what time did the payments-api trouble start", "how
long was checkout broken", "what did we do to fix the payments outage", "incidents fixed by rolling back"), two
environments ("which staging alerts never fired in production", "what's deployed in staging that isn't in prod
yet", "in both staging and production") — rewritten into the words the reading knows. They are applied in
:func:`.ask_common.common_forms`, in this order, among its own.

>>> import re
>>> text = "what did the night shift silence"
>>> for pattern, replacement in SHIFT_RULES:
...     text = re.sub(pattern, replacement, text)
>>> text
'what was silenced last night'
"""

from __future__ import annotations

__all__ = ["SHIFT_RULES"]

_PAST = {"ack": "acked", "deploy": "deployed", "roll back": "rolled back"}
"""Past forms the rules write that are not the word and a "d"."""

SHIFT_RULES = (
    (r"(?i)^how (?:does|did|do|has|have) (?:the )?(.+?) (?:scale|change|vary|evolve|trend|develop|move|fluctuate)d? "
     r"(?:over|across|through(?:out)?) (?:the (?:course of (?:the|a) )?|a )?(week|day|month)\b",
     r"how did \1 trend over the past \2"),  # "how does alert volume scale over the week": per day, the last 7 days
    (r"(?i)\b(top(?: \d+| three| five| ten)?|most common|most frequent) (error|log) messages\b", r"\1 \2 templates"),
    # "top 3 error messages checkout-web logged": their patterns (a message's ids and numbers masked), ranked
    (r"(?i)^(?:when|whn|wen|what time|at what time) did (?!(?:\w+ )?(?:last|latest|most recent|newest) )(?:the )?"
     r"(?:first )?([\w.-]+(?: [\w.-]+)?) (?:alerts?|"
     r"problems?|"
     r"issues?|trouble|troubles|failures?) (?:(?:actually|really|first) )?(?:start|begin|kick off)\b|"
     r"^(?:when|what time|at what time) did (?:the )?"
     r"([\w.-]+(?: [\w.-]+)?) (?:start|begin) (?:failing|firing|alerting|erroring|breaking|having (?:problems|issues|"
     r"trouble))\b|^(?:the )?earliest start(?: time)? of (?:the )?([\w.-]+(?: [\w.-]+)?) alerts\b",
     lambda m: f"the first {m[1] or m[2] or m[3]} alert start time"),  # "what time did the payments-api trouble start
    # on March 11": when the first of its alerts started
    (r"(?i),? (?:counting |measured )?from (?:the )?(?:first|earliest) (?:alert|one|page)(?: (?:started|fired|began))? "
     r"(?:until|till|to|through) (?:the )?(?:last|final) (?:one|alert|page)(?: (?:cleared|ended|resolved|stopped|"
     r"closed))?\b", ""),  # "…, from the first alert until the last one cleared": what "how long" reads anyway
    (r"(?i)^how (long|many minutes|many hours) (was|were|has been|had been) (?:the )?([\w.-]+(?: [\w.-]+)??)"
     r"(?: project| service| app)? (?:failing|broken|down|erroring|unavailable|out|degraded|in trouble|impacted|"
     r"affected|disrupted|impaired)\b", r"how \1 \2 \3 having problems"),
    (r"(?i)\b(average|avg|mean|median|max|maximum|min|minimum|total)( of)?( the)? alert_counts?\b", r"\1 alerts"),
    # "average alert_count per incident": the column's own words
    (r"(?i)\b(?:(?:that|which|where|for which) )?(?:nobody|no one|noone|no-one) (?:ever )?(?:wrote|has written|"
     r"had written|filed|recorded|added|logged|entered|wrote up|documented) (?:a |any )?(?:resolution|fix|root cause)s?"
     r"(?: (?:for|on|about) (?:them|it))?(?: for)?\b", "without a resolution"),  # "incidents that nobody wrote a
    # resolution for"

    # "how long were payments failing on march 11": from its first alert's start to its last one's end
    (r"(?i)^what did (?:we|they|you|someone|somebody|people|the team|on-?call) do to (?:fix|resolve|mitigate|stop|end) "
     r"(?:the )?", "what fixed the "),  # "what did we do to fix the payments outage"
    (r"(?i)^(?:is |was |are )?(?:there )?anything (still )?open\b", r"anything \1firing"),  # "anything still open
    # from overnight?": alerts, as "anything still firing"
    (r"(?i)\b(?:the|tonight's|this) night's\b", "last night's"),
    (r"(?i)^what did (?:the )?night shift (silence|snooze|mute|ack|acknowledge|deploy|roll back|change|toggle)\b",
     lambda m: f"what was {_PAST.get(m[1].lower(), m[1] + 'd')} last night"),  # "what did the night shift silence"
    (r"(?i)\b(?:on |during |in )?the night shift\b", "last night"),
    (r"(?i)^when did (.+?) (?:hit|reach|land in|land on|get to|make it to|arrive in) ", r"when did \1 go live in "),
    (r"(?i)\band when did (?:it|they) (?:hit|reach|land in|land on|get to|make it to|arrive in|go live in|go out to) ",
     "and "),  # "when did v2.14.0 hit staging and when did it hit production"
    (r"(?i)^(?:which|what) ([\w.-]+) (alert names|alerts|services) (?:that |which )?(?:never|did not|didn't|have not|"
     r"haven't) (?:fire|fired|alert|alerted|page|paged)(?: at all)? (?:in|on) ([\w.-]+)",
     lambda m: f"which {'services' if m[2] == 'services' else 'alert names'} fired in {m[1]} but not in {m[3]}"),
    # "which staging alerts never fired in production": their names
    (r"(?i)^what(?:'s| is) (?:been )?deployed (?:in|to|on) ([\w.-]+) (?:that|which) (?:isn't|is not|hasn't been|"
     r"has not been|wasn't|was not)(?: yet)? (?:in|to|on|deployed to|out in|live in) ([\w.-]+)(?: yet)?",
     r"which versions were deployed to \1 but not to \2"),  # "what's deployed in staging that isn't in prod yet"
    (r"(?i)\b(in|to|on) both ([\w.-]+) and (?:in |to |on )?([\w.-]+)\b", r"\1 \2 and \1 \3"),  # "fired in both
    # staging and production"
    (r"(?i)\b(fixed|resolved|mitigated|solved) by (?:rolling(?: it| them)? back|a roll ?back)\b", r"\1 by a rollback"),
    (r"(?i)\b(fixed|resolved|mitigated|solved) by (?:restarting|a restart)\b", r"\1 by a restart"),
    (r"(?i)\b(?:(?:was|were|got|get|gets|been|being|is|are) )?(?:scaled|scaling|scale)[- ](up|down)s?\b"
     r"(?: (?:events?|evnts?|evts?|operations?|ops|changes?))?", lambda m: f"scale{m[1].lower()} changes"),  # "after
    # payments-api scaled down", "a scale-up": a change of replicas, and which way (not the TargetDown alert)
    (r"(?i)\b(scale|scaling) (?:events?|evnts?|evts?|operations?|ops)\b", r"\1 changes"),  # "scale evnts followed
    # by an alert": changes of type scale
    (r"(?i)^(who|what|which) (was|is|were|are|did) (?:actually|really|truly) ", r"\1 \2 "),  # "who was actually on
    # the X incident"
    (r"(?i)\b(roll|rolled|rolling) (?:something|anything|stuff|things|it|them|a (?:deploy|change|release)) back\b",
     r"\1 back"),  # "who had to roll something back in february"
    (r"(?i)^who (?:had|needed|was forced) to (roll back|deploy|release|silence|ack)\b",
     lambda m: f"who {_PAST.get(m[1].lower(), m[1] + 'd')}"),
    (r"(?i)\b(after|before|since|following|preceding|around) (?:the )?(v?\d+\.\d+(?:\.\d+)?(?:-[\w.]+)?) "
     r"(?:went|was|got|had gone|has gone) (?:live|out|deployed|shipped|rolled out)\b", r"\1 the \2 deploy went live"),
    # "incidents opened in the 30 minutes after v2.14.0 went live in prod": after its deploy
)
