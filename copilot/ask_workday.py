"""Ways of asking met on an ordinary working day — a chat's shorthand ("ttr", "w/ 0 alerts", "yesterdays rollback"),
an integrations admin's words ("which integration sends the most alerts", "alertmanager silences"), a newsletter's
("who caused the most incidents", "what did the v2.14.0 deploy break"), a moment said loosely ("what was going off
at lunchtime yesterday, around 12:30") — rewritten into the words the reading knows. They are applied in
:func:`.ask_common.common_forms`, in this order, among its own.

>>> import re
>>> def workday(text):
...     for pattern, replacement in WORKDAY_RULES:
...         text = re.sub(pattern, replacement, text)
...     return text
>>> workday("who caused the most incidents")
'whose changes were blamed for the most incidents'
>>> workday("what was going off at lunchtime yesterday, around 12:30?")
'what was going off yesterday at 12:30?'
>>> workday("deploys w/ 0 alerts in the 15m after")
'deploys w/ no alerts in the 15m after'
>>> workday("triggered monitors on payments-api and downtimes created yday")
'alerts on payments-api and silences created yday'
"""

from __future__ import annotations

__all__ = ["AFFECTED", "WORKDAY_RULES"]

AFFECTED = (r"(?i)\b(?:(?:please )?(?:state|give|tell me|report|provide),? )?(?:the )?(?:total )?(?:duration|time|"
            r"length of time),?(?: in minutes,?)? (?:for which|during which|that) ([\w-]+) was (?:affected|impacted|"
            r"down|degraded|broken|out)\b(.*?),?(?: from the start of its first alert to the end of its last)?"
            r"(?=[.?!]*$)", r"how long was \1 down\2")
"""How long a service was affected, as a report asks it: read as "how long was X down" before any part of the question
is split off (its "from the start of its first alert to the end of its last" names no two events)."""

WORKDAY_RULES = (
    (r"(?i)\b(yesterday|today)s\b", r"\1's"),  # "yesterdays rollback": the possessive
    (r"(?i)\bttr\b", "time to resolve"),  # "avg ttr prod incidents"
    (r"(?i)^(?:who|which (?:person|people|engineer|one of us))(?:'s (changes|deploys|deployments))? (?:caused|broke|"
     r"triggered|started|was (?:to blame|responsible) for|is (?:to blame|responsible) for|(?:caused|broke|triggered) "
     r"the) (?:the )?most (incidents|outages)\b", lambda m: f"whose {m[1] or 'changes'} were blamed for the most "
                                                          f"{m[2]}"),  # "who caused the most incidents": the suspects'
    (r"(?i)^what (?:did|has) (the .+?) (?:break|broken|cause|caused)\b", r"incidents caused by \1"),  # "what did the
    # v2.14.0 deploy break": the incidents it is the suspect of
    (r"(?i)\b(?:alert(?:ing)? |change )?integration(s?)\b", r"source\1"),  # "which integration sends the most alerts"
    (r"(?i)\b(?:triggered |firing |alerting )?monitors\b", "alerts"),  # a Datadog user's words: "crit monitors yday"
    (r"(?i)\b(?:triggered |firing |alerting )?monitor\b(?! (?:the|it|them|for|our|my)\b)", "alert"),
    (r"(?i)\bdowntime(s?)\b", r"silence\1"),  # "downtimes created yday": silences
    (r"(?i)\balarm(s?)\b(?! (?:clock|bells?)\b)", r"alert\1"),  # "how many alarms were raised": alerts
    (r"(?i)\b(alerts?|pages?) (?:got |were |was |have been |has been |had been )?raised\b(?! by\b)", r"\1 fired"),
    (r"(?i)\b(alerts?|pages?) (?:got |were |was )?triggered\b(?! by\b)", r"\1 fired"),  # "the most monitors triggered
    # w/in 15m after its own deploys": fired, not caused
    (r"(?i)\s+(?:land|lands|landed|go live|goes live)\b(?= (?:while|whilst|during|when)\b)", ""),  # "a rollback of the
    # same service land while they were still open"
    (r"(?i)\b(sources?) (?:sent|send|sends|delivered|pushed|forwarded|raised|raise|raises)(?: us| in)?(?= (?:any |"
     r"the |most |more )?(?:alerts|pages|changes|events)\b)", r"\1 had"),  # "which alert sources sent alerts"
    (r"(?i)\b(?:alertmanager|alert manager)(?:'s)? (silences?|mutes?)\b", r"\1"),  # every silence is Alertmanager's
    (r"(?i)\b(going off|firing|open|active|in effect|on fire)\b(.*?),? (?:at )?(?:around|about|roughly|approx\.?|~) ?"
     r"(\d{1,2}(?::\d\d)\s*(?:am|pm)?|\d{1,2}\s*(?:am|pm))\b", r"\1\2 at \3"),  # "going off yesterday around 12:30"
    (r"(?i)\s*\bat (?:lunch|lunchtime|lunch time)\b,?(?=.*\b\d{1,2}(?::\d\d|\s*(?:am|pm)))", ""),  # "at lunchtime
    # yesterday, around 12:30": the clock says when
    (r"(?i)\b(with|w/|had|have|has|having) (?:0|zero) (?=[a-z])", r"\1 no "),  # "deploys w/ 0 alerts in the 15m after"
    (r"(?i)\s*\((?:with )?(?:the )?weeks? (?:start(?:ing|s)?|beginning|begin|from) (?:on )?(?:a )?mondays?\)", ""),
    # "each week of February (weeks starting on Monday)": weeks start on Monday here
    (r"(?i)\bon average,? how many (\w+?)s? (?:are there|were there|does an?|do|did an?|is there)? ?(?:per|in an?|"
     r"for each|in each|each) (incident|outage)\b", r"average \1 count per \2"),  # "on average, how many alerts per
    # incident"
)
"""(pattern, replacement) pairs, applied in this order."""
