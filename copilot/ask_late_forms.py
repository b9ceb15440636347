"""The common forms read last, after the workday's (:mod:`.ask_common` applies them in this order): the full rows
asked for in passing, spans of days and hours said in other words, what a deploy caused, the early hours, the weekend
of two dates, slips of grammar, asides at the end, severities said as words, the status of a service, column lists.

>>> import re
>>> text = "which deploys caused alerts in the next 10 min"
>>> for pattern, replacement in LATE_RULES:
...     text = re.sub(pattern, replacement, text)
>>> text
'which deploys were followed by alerts within 10 min'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTHS

__all__ = ["DAYS_SAID", "LATE_RULES", "MONTHS_SAID", "said_again"]

MONTHS_SAID = r"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|" \
              r"oct|october|nov|november|dec|december"
"""A month's name or its short form, "sept" too, as a regular expression's alternatives."""
DAYS_SAID = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS, _DAYS = MONTHS_SAID, DAYS_SAID

LATE_RULES = (
    (r"(?i)(?:[,.;:]\s*|\s+)(?:(?:i need|i want|give me|show me|with|and|in|as) )?(?:the |all )?(?:full|whole|entire|"
     r"complete|all the) (?:rows?|records?|list|details|columns)(?: (?:please|pls|too))?(?:,? (?:if you please|please|"
     r"pls|thanks|thx|cheers))?(?=\s*[.!?]*\s*$)", ""),  # "…, full rows.", "The full rows, if you please.": the rows,
    # as any list of them is
    (r"(?i)\b(?:from )?((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?) (?:till|until|til|to|"
     r"through|thru) now\b", r"since \1"),  # "this week, Monday till now"
    (rf"(?i)\b(?:between|from) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)? (?:and|to|till|until|through|-) (?:the )?"
     rf"(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_MONTHS})\b", r"from \3 \1 to \3 \2"),  # "between 1 and 28 February"
    (r"(?i)\b(?:caused|triggered|led to|set off|brought on|produced) (?:any |some )?(alerts?|incidents?|outages?) "
     r"(?:in|within|during) the (?:next|following|first) ", r"were followed by \1 within "),  # "deploys that caused
    # alerts in the next 10 min": a span after each, not the suspects
    (r"(?i)\b(?:in|during|over) the (?:early|small|wee) hours(?: of the morning)?(?: (?:of|on) (?:the morning of )?"
     r"(?!the morning)([^,?.!]+?))?(?=$|[,?.!]| (?:in|on|for|with|by|and|from|that|which|who|where)\b)",
     lambda m: f"between midnight and 6am {'on ' + m[1] if m[1] else 'today'}"),  # "alerts in the early hours of
    # march 11": from midnight to 6am (had been the whole day, and without a day every alert)
    (r"(?i)\b(later|earlier) than (?=\d{1,2}(?::\d\d)?\s*(?:am|pm|h\b|:)|noon\b|midnight\b|\d{1,2}:\d\d)",
     lambda m: "after " if m[1].lower() == "later" else "before "),  # "deploys later than 3pm on march 11"
    (r"(?i)^(?:did|has|have) (?:anything|something|any \w+) (?:open|opened|trigger|triggered|raise|raised) (?:an?|any) "
     r"(incident|outage)s?\b", r"which \1s opened"),  # "did anything open an incident on …": not incidents still open
    (rf"(?i)\b(?:over|during|on|in|at) the weekend of (?:(from )|(?=(?:{_MONTHS})\.? \d{{1,2}}\s*[-–]\s*\d|"
     r"\d{1,2}\s*[-–]\s*\d))", lambda m: m[1] or "on "),  # "over the weekend of March 8-9": those two days (said
    # "from March 8 to March 9" by then)
    (r"(?i)(?<=[a-z]) n (?=(?:how|the|count|number|when|who|what|which|svc|service|ver|version|time|alert|env)\b)",
     " and "),  # "svc, ver n how many alerts": and
    (r"(?i)\b(people|persons|users|engineers) has\b", r"\1 have"),  # "which 3 persons has created the most"
    (r"(?i)^who (?:are|were|is) (?:the )?(\d+|two|three|four|five) (?:persons|people|users|engineers|guys|folks)"
     r"(?: (?:what|who|that))?\b", r"the \1 people who"),  # "who are 2 persons what toggle feature flags most"
    (r"(?i)^(which|what) (service|project|environment|env|team|person|alert|alertname)s? (?:the )?most (\w+s)\b",
     r"\1 \2 had the most \3"),  # "which project most incidents"
    (r"(?i)(?<!\bthe )(?<!\bat )(?<!\ba )(?<!\bsecond )(?<!\b2nd )(?<!\bthird )(?<!\b3rd )(?<!\bfourth )(?<!\b4th )"
     r"(?<!\bfifth )(?<!\b5th )\bmost (?=(?:alerts|incidents|deploys|deployments|changes|silences|"
     r"snoozes|acks|rollbacks|releases|warnings|errors|flags|toggles|outages|pages|problems)\b)", "the most "),
    (r"(?i)^of (?:the |all |those |these )+((?:[\w-]+ ){0,3}?(?:incident|alert|deploy|deployment|change|silence|"
     r"service|warning)s?),? (?:which|what)(?: one)? (?:had|has|got|saw|have) (?:more(?! than\b)|the most) ",
     lambda m: f"which {m[1].rstrip('s')} had the most "),  # "of the database incidents, which one had more early
    # warnings before it?"
    (r"(?i)^(which|what)( one)? of (.+?) (had|has|got|saw|have|made|did) (?:more|fewer|less) (\w+s)\b",
     lambda m: f"{m[1]}{m[2] or ''} of {m[3]} {m[4]} the {'most' if 'more' in m[0].lower() else 'fewest'} {m[5]}"),
    (r"(?i)\bmost (quiet|noisy|calm|busy)\b", lambda m: {"quiet": "quietest", "noisy": "noisiest", "calm":
                                                          "quietest", "busy": "busiest"}[m[1].lower()]),
    (r"(?i)^most ([\w]+)[- ](back|out) (service|project)\b", r"which \3 was \1 \2 the most"),  # "most rolled-back
    # service?"
    (r"(?i)\b(?:began|begun|kicked off|came up|popped up|showed up)\b(?= (?:between|on|at|in|after|before|since|"
     r"during|from|today|yesterday|this|last))", "started"),  # "alerts that began between 14:30 and 15:00"
    (r"(?i)\bfrom (noon|midnight|\d{1,2}(?::\d\d)?\s*(?:am|pm)?) (?:on|onwards|onward)\b", r"since \1"),
    (r"(?i)\b(?:are|is) (?:going|due|set|scheduled) to (end|expire|run out)\b", r"\1"),
    (r"(?i)\b(finish|finishes|finishing)\b(?= (?:in|within|today|tomorrow|before|by|at))", "end"),
    (r"(?i)\b(in|within) next\b", r"\1 the next"),
    (rf"(?i)^(?:(?:dear|hi|hello|hey) [\w ]{{1,20}},\s*)?for (?:the|my|our|this|an?) "
     rf"(?:(?!(?:{_MONTHS})\b)[a-z.-]+ ){{0,5}}(?:evidence|report|review|audit|deck|postmortem|write-?up|ticket|"
     r"notes|summary|pack|retro)(?: file)?,?\s+(?:please |pls |kindly )?(?=[a-z])", ""),  # "Dear team, for the
    # PCI DSS evidence file please provide …": what the rows are for, not what they are
    (r"(?i)^how long (?!(?:was|were|did|is|are|has|had|do|does|will|would|ago)\b)(.{3,60}?) (was|were|is|are|has been|"
     r"have been|had been) (firing|open|active|silenced|muted|down|up|on|alerting)\b", r"how long \2 \1 \3"),  # "How
    # long HikariPoolPendingConnections alert was firing"
    (r"(?i)\b(?:raise|raises|trigger|triggers|fire|fires|produce|produces|get|gets) (?=(?:the )?most\b)",
     "raised the "),  # "which 3 metric key raise most early warning"
    (r"(?i)^who (?:wrote|write|writes|filed|did|authored)(?: up)? (?:the )?(?:resolutions?|resolution notes?|"
     r"write-?ups?|fix notes?) (?:for|of|on) ", "who resolved "),  # "who wrote up the resolutions for the incidents
    # of last week"
    (r"(?i)^(which|what) of (last week|this week|yesterday|today|last month|this month)(?:'s|\u2019s) (\w+)\b",
     r"\1 \3 \2"),  # "which of last week's changes were …"
    (r"(?i)\bhow much (?=(?:[\w-]+ ){0,2}?(?:alerts|incidents|deploys|deployments|changes|silences|snoozes|acks|"
     r"rollbacks|releases|warnings|lines|errors|minutes|hours|seconds|days|pages|times|services|people|events|"
     r"entries|flags|toggles)\b)", "how many "),  # "how much error lines", "how much minutes": a count
    (r"(?i)\bpr\. ?(?=(?:person|service|svc|day|hour|week|month|project|environment|env|team|severity|user|actor|"
     r"alert ?name|type|source|kind|weekday)\b)", "per "),  # "pr. person": per, as Danish writes it
    (r"(?i)\bas of (\d{1,2}:\d\d|\d{1,2}\s*(?:am|pm))\b", r"at \1"),  # "open as of 03:00 UTC"
    (r"(?i)\s@\s*(?=\d{1,2}(?::\d\d\b|\s*(?:am|pm)\b))|\bcirca (?=\d)", " at "),  # "firing @ 13:05"
    (r"(?i)\b(firing|alerting|muted|silenced|open|active|live|running|paging) (?=\d{1,2}:\d\d\b)",
     r"\1 at "),  # "firing 13:05 yesterday"
    (r"(?i)\b(at|around|from|since|until|till|before|after|by|between|and|to) (?:exactly|precisely|approximately|"
     r"approx\.?|roughly|about|around|circa|ca\.|~)\s*(?=\d{1,2}(?:[:h.]\d\d\b|\s*(?:am|pm)\b))", r"\1 "),  # "firing at
    # exactly 14:40", "at about 2pm": that time (had been now)
    (r"(?i)\b(at|around|about|from|since|until|till|before|after|by|between|and|to|exactly|precisely|~) "
     r"([01]?\d|2[0-3])h([0-5]\d)\b", r"\1 \2:\3"),  # "around 14h40": a clock written as in French
    (r"(?i)\b(?:remained|stayed|were still|was still) open\b(?= (?:at|as of|on))", "were open"),
    (r"(?i)(?:[?.!,]|\s[—–-])\s*(?:quick|asap|urgent|fast|go|now|thx|thanks|ty|need to know|need it|i need it)[.!]*$",
     "?"),  # "what's silenced atm? quick", "... by alerts started — now"
    (r"(?i)\?\s*asap$", "?"),
    (r"(?i)(?<=[?.!])\s+(?:we|i) (?:need|have|want|must|will|should|'ll) to\b[^?]*$", ""),  # "...? We need to
    # follow up with whoever owns those rules."
    (r"(?i)\b(alert|silence|snooze|ack|change|deploy|deployment|incident|warning|rollback|release)s? (?:rows|records|"
     r"entries)\b", r"\1s"),  # "snooze rows in the audit log"
    (r"(?i),?\s*\bnot (?:the )?(?:go-live|going live|went live|live) (?:events|ones|reports|steps?|phases?)\b", ""),
    (r"(?i)\bgo-live\b", "going live"),  # "requested phase only, not the go-live events": the requests
    (r"(?i)\b(suppressed|swallowed|held back|muted|inhibited) by alertmanager\b(?! (?:due to|because of))", r"\1"),
    (r"(?i)\bsigma (?:below|under|less than|smaller than) (?:zero|0)\b", "negative sigma"),
    (r"(?i)\bminutes to (resolve|recover|clear|close)\b", r"time to \1"),
    (r"(?i)\b(?:in advance|ahead of time)\b", "ahead"),
    (r"(?i)^how bad (?:did (?:it|things) get|was it|were things|has it been|did it go)\b",
     "the highest severity of alerts"),
    (r"(?i)\b(?:worst|highest|max|maximum|peak|top) severity(?: (?:of|among|for|in|on) (?:the |any |all )?alerts?| "
     r"(?:seen|reached|we saw|there was|it reached)|(?= (?:on|for|in|of|yesterday|today|this|last)\b)|(?=\s*[?.!]*$)|"
     r"(?= (?:the |its |their )?(?:[\w-]+ ){0,3}(?:reached|hit|got to)\b))",
     "highest severity of alerts"),  # "what was the worst severity on checkout today": one value, the highest
    (r"(?i)\b(?:high|highest|top)[- ](?:severity|sev|priority)\b(?! of alerts)", "critical"),  # "high severity alerts"
    (r"(?i)^(?:is |are )?(?:there )?(?:anything|something|stuff|things) (?:broken|down|failing|on fire|burning|red|"
     r"wrong|going wrong)\b", "alerts firing now"),  # "anything broken rn?"
    (r"(?i)\b(?:did|has|have|does) (?:anything|something|stuff) (?:break|broke|broken|fail|failed|go wrong|gone wrong|"
     r"go red|gone red)\b", "alerts fired"),  # "did anything break after the last deploy"
    (r"(?i)^(?:what's|whats|what is|what are|who's|whos) (?:currently |now )?(paging|alerting|firing)\b",
     "alerts firing now"),  # "what's paging"
    (r"(?i)\bcurrently (alerting|paging|firing)\b", "firing now"),
    (r"(?i)\b(?:how many )?alerts per (incident|group|outage) (?:on average|in average|typically|usually)\b",
     r"average alerts per \1"),  # "how many alerts per incident on average"
    (r"(?i)\bmore long(?: time)? than\b", "longer than"),  # "alerts firing more long than 1 hour"
    (r"(?i)\b(?:at|during|in) (?:odd|unusual|strange|weird|unsocial|antisocial) hours\b", "outside business hours"),
    (r"(?i)\b(?:on )?(?:a )?(?:saturdays?|sat) (?:or|and|\+|/) (?:on )?(?:a )?(?:sundays?|sun)\b", "on a weekend"),
    (r"(?i)\b(?:were |was )?created by (?:someone|somebody|a person|another person|an? \w+) other than the (?:person|"
     r"one|user|account|individual) (?:who|that) (?:expired|ended|lifted|removed) (?:them|it)\b",
     "expired by someone other than their creator"),  # "silences created by someone other than the person who
    # expired them": the same pairs, said from the other side (had been every creator)
    (r"(?i)\bby (?:someone|somebody|another person|a person|anyone) other than the (?:person|one|user|account|"
     r"individual) (?:who|that) (?:created|made|set up) (?:them|it)\b",
     "by someone other than their creator"),  # "expired by someone other than the person who created them" (its "who
    # created" had been read as the question: every creator)
    (r"(?i)\b(?:by )?(?:an? |some )?(?:account|user|person|individual|one) other than the (?:one|account|user|person|"
     r"individual) (?:that|who) created (?:them|it)\b", "by someone other than their creator"),
    (r"(?i)^(?:in|at|during) (?:what|which) hour\b(?! of)(?!.*\b(?:yesterday|today|this morning|on (?:the )?\d|on "
     rf"(?:{_DAYS}|{_MONTHS})\b|(?:{_MONTHS}) \d))", "which hour of the day"),  # "in what hour come most alerts":
    # the hour on the clock (of one day: that day's hour)
    (r"(?i)(?<!most )\b(?:recently|lately|of late|in recent days)\b", "in the past 7 days"),  # "what got switched
    # on or off recently" (not "the most recently deployed")
    (r"(?i)\b(?:hid|hidden|hide|hides|hiding)(?= (?:any |some |the |our )?(?:\w+ )?(?:alerts?|notifications?)\b)",
     "muted"),  # "which silences actually hid alerts"
    (r"(?i)\b(alerts?|what) (?:were |was |got )?(?:hidden|hid)\b", r"\1 were muted"),
    (r"(?i)\boverlapp?(ed|ing|s)? in time with\b", r"overlapp\1 with"),
    (r"(?i)\bdistinct values of (\w+) (?:among|in|of|across|for|over) (?:the |all )?(.+?),? (?:with|and) how many "
     r"(?:rows|records|of them|entries)(?: each| of each| for each| per value)?\b", r"\2 per \1"),  # "distinct
    # values of type among the live change_events, with how many rows each"
    (r"(?i)\b(?:the )?distinct values of (?:actor|person|user|author|creator|people)s? (?:among|in|of|across|for|over) "
     r"(?:the |all )?", "who made the "),  # "distinct values of actor in changes": the people
    (r"(?i)\b(?:the )?distinct values of (\w+?)s? (?:among|in|of|across|for|over) (?:the |all )?", r"which \1s had "),
    (r"(?i)\b(?:for|in) (?:each|every) (service|project|environment|env|severity|metric|team|person|actor|user|"
     r"alert ?name|day|hour|week|month|weekday)\b(?=\s*[?.!]*$)", r"per \1"),  # "median time to resolve, for
    # every project" (at the end: "for each service, how many ..." is read as it is)
    (r"(?i)^(?:which|what) (?:is|was|were|are) (?:the )?(?:biggest|largest|highest|greatest|maximum|max) "
     r"(sigma|value|lead|duration|observed)\b", r"max \1"),  # "which is biggest sigma of the warnings"
    (r"(?i)\b(?:as we speak|as of (?:this|the) (?:very )?(?:minute|moment|second)|as of (?:right )?now|"
     r"at this (?:very )?(?:moment|minute|point in time)|at present)\b", "right now"),
    (r"(?i)^(?:(?:what's|whats|what is|how is|how's|hows|show(?: me)?|check)\s+)?(?:the\s+)?(?:current\s+)?"
     r"(?:status|health|state)\s+(?:of|on|for)\s+(?:the\s+)?([\w.-]+(?:\s+(?:service|svc|project|api|environment|env"
     r")s?)?)(?:\s+(?:right\s+)?now|\s+rn|\s+currently)?\s*\??$", r"alerts firing now on \1"),  # "status of checkout",
    # "what's the health of payments-api right now": what fires on it now (not the 'Status page probe' alert)
    (r"(?i)^(?:(?:what's|whats|what is|how is|how's|hows|show(?: me)?|check)\s+)?(?:the\s+)?(?:current\s+)?"
     r"([\w.-]+-[\w.-]+)(?:'s)?\s+(?:status|health|state)(?:\s+(?:right\s+)?now|\s+rn|\s+currently)?\s*\??$",
     r"alerts firing now on \1"),  # "show me payments-api health", "payments-api's status"
    (r"(?i)\b(?:in|over|during) the (?:last|past|previous) (\d{1,2})\s*h(?:rs?|ours?)?\s*(\d{1,2})\s*m?(?:ins?|"
     r"inutes?)?\b",
     lambda m: f"in the last {int(m[1]) * 60 + int(m[2])} minutes"),  # "in the last 1h30": 90 minutes
    (r"(?i)^(?:(?:list|show|show me|give me|name) )?(?:the |all )?(services|projects|environments|envs|svcs) (?:with|"
     r"that had|that have|having) (?:any |some |an? )?(alerts?|incidents?|deploys?|deployments?|silences?|changes?|"
     r"rollbacks?|releases?|warnings?|snoozes?|acks?)\b", r"which \1 had \2"),  # "services with alerts in
    # february": each service once (had been the alerts themselves)
    (r"(?i)^(?:(?:list|show|show me|give me|name) )?(?:the |all )?(services|projects|environments|envs|svcs) (?:that|"
     r"which) (alerted|fired|paged|got paged|were paged|deployed|got deployed|were deployed|rolled back|released|"
     r"shipped)\b", r"which \1 \2"),  # "services that alerted in january": each once
    (r"(?i)^(which|what) (deploy|deployment|change|release|rollback|flag change|config change|config update)s? "
     r"(?:caused|triggered|led to|produced|was behind|is behind|were behind|are behind|broke) the most "
     r"(?:incidents?|alerts?|outages?|pages?|problems?)\b", r"\1 \2 is the suspect of the most incidents"),  # "which
    # deploy caused the most alerts": the change blamed for the most incidents (had been every blamed deploy)
    (r"(?i)^(?:who|which (person|service|project|environment|env|user|engineer))(?: \w+)?? (?:creates?|created|made|"
     r"makes|sets?|has|had|have|gets?|got|sees?|saw|puts?) (?:the )?(longest|shortest) (silence|alert|incident|"
     r"snooze)s? (?:on average|in average|on avg|on the average)\b",
     lambda m: f"which {(m[1] or 'person').lower()} has the {m[2].lower()} average {m[3].lower()} duration"),  # "who
    # creates the longest silences on average" (had been the five longest silences)
    (r"(?i)\b((?:log |error )?(?:patterns?|templates?|messages?)) (?:that |which )?(?:appeared|showed up|popped up|"
     r"came up|emerged|turned up|(?:was|were) seen|occurred|happened) for the (?:very )?first time\b",
     r"\1 first seen"),  # "what log patterns appeared for the first time yesterday" (had been every line of the day)
    (r"(?i)\btook (over|more than|longer than|less than|under|at least) (.{1,20}?) to (?:clear|resolve|recover|close|"
     r"go away|be fixed|fix|end|stop)\b",
     lambda m: f"lasted {'shorter' if m[1].lower() in ('less than', 'under') else 'longer'} than {m[2]}"),  # "alerts
    # that took over an hour to clear"
    (r"(?i)\b(?:(?:were|was|are|is) )?(?:set|scheduled|planned) to (?:run|last|be on|stay on|hold) (longer|shorter|"
     r"more|less) than\b",
     lambda m: f"{'longer' if m[1].lower() in ('longer', 'more') else 'shorter'} than"),  # "silences set to run
    # longer than 3 hours"
    (r"(?i),?\s*\ball up\s*([?.!]*)$", r"\1"),  # "…, all up": in all, as said in Australia
    (r"(?i)^(?:svc|service)s? with (?:the )?", "which service has the "),  # "svc with highest avg alert duration"
    (r"(?i)^(project|environment|env|person)s? with (?:the )?", r"which \1 has the "),
    (r"(?i)\b(\d{1,2}:\d\d)\s*-\s*(\d{1,2}:\d\d)\b(?![^(]*\))", r"between \1 and \2"),  # "00:00-06:00" (not
    # a restatement in brackets)
    (r"(?i),\s*for (?:the |my |our |a )?(?:[a-z-]+ ){0,2}(?:handover|hand-over|handoff|review|report|retro|postmortem|"
     r"post-mortem|notes|standup|stand-up|meeting|records?|timeline|deck|slides?|write-?up|reconciliation|audit|"
     r"analysis|investigation|ticket|rca|forum|customer|client|boss|manager)\b[^?]*", ""),  # "..., for
    # handover", "..., for the ops report"
    (r"(?i)\s+[-\u2013\u2014]+\s+(?:it'?s |this is )?(?:the |a )?[a-z ]{0,30}\b(?:of|for) (?:my|our|the) (?:[a-z]+ )?"
     r"(?:timeline|report|review|postmortem|post-mortem|retro|deck|slides?|notes|write-?up)\s*[.!]*$", ""),
    # "... - the change side of my timeline."
    (r"(?i)^(?:(?:hi|hello|hey)\b[,!.]?\s*)?(?:i am|i'm|im|i just|just|new here|new on)\b[^-–—]{0,60}\s[-–—]+\s+",
     ""),  # "Hi, I am new on shift - which alerts ..."
    (r"(?i)\band how many times? (?:did |do )?(?:each|every)(?: of them| one)?(?: do (?:it|that|so))?\b",
     "and how many times each"),  # "who flipped flags and how many times did each of them do it"
    (r"(?i)^for (the )?(?!each\b|every\b)([^,:]{3,40}),\s*who (\w+) (?:it|them)\b", r"who \3 \1\2"),  # "For
    # the X alert, who snoozed it and how many times each"
    (r"(?i)\b(?:the )?(alert|incident) (acknowledgements?|acks?|snoozes?)\b", r"\2 of \1s"),  # "alert acks"
    (r"(?i)\b(\d+) ?(min|mins|minutes|m|hours?|h) (?:before|prior) (?:or|and|to) (?:\1 ?\2 )?after\b",
     r"within \1 \2 either side of"),  # "5 minutes before or after its deploy"
    (r"(?i)\bfrom (\d+) ?(min|mins|minutes|m|hours?|h) before to (?:\1 ?\2 )?after\b",
     r"within \1 \2 either side of"),
    (r"(?i)\brunning (silences?|snoozes?|mutes?)\b", r"active \1"),  # "kenji's running silences"
    (r"(?i)\b(silences?|snoozes?|mutes?)\b([^?.!,]{0,40}?)\brunning\b(?! (?:out|over|late|long|until|till))",
     r"\1\2active"),  # "what silences does kenji have running": in effect now (had been every one of his)
    (r"(?i)\b(has|had|have|got|saw|logged|raised|fired|threw|wrote) most\b(?! of\b)", r"\1 the most"),  # "which 2
    # services had most error log lines": a ranking (had been every line)
)
"""Each a pattern and what it is rewritten to, in order."""


_MEANT = re.compile(r"(?i)(?:^|(?<=[.?!])\s+)by ((?:the )?[\w-]+(?: [\w-]+)?),? (?:i|we) mean ([\w-]+)\b[^.?!]*"
                    r"[.!?]?\s*$")
"""A sentence that says what a word of the question stands for ("By defects I mean alerts that were firing at that
instant."): the question with that word replaced by the one meant."""
_GOT = {"rollback": "rolled back", "release": "released"}
_PRESENT = {"fired": "fire", "started": "start", "went off": "go off", "opened": "open", "began": "begin",
            "came in": "come in", "kicked off": "kick off", "went live": "go live"}
_SAID_AGAIN = (
    (r"(?i)\b([01]\d|2[0-3])([0-5]\d) ?z\b", r"\1:\2 UTC"),  # "since 1400Z": a 24-hour clock in Zulu
    (r"(?i)\bthe 1st (?!(?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|day\b|week\b)", "the first "),
    # "when did the 1st payments-api alert go off"
    (r"(?i),\s*(?:in )?mins?\s*([?.!]*)$", r" in minutes\1"),  # "…, min"
    (r"(?i)[,.;]?\s*\b(?:people|persons|humans) only,? (?:no|not|without) [^.?!]*?(?:argocd|controller|bots?|"
     r"automation)[^.?!]*[.!]?\s*$", " made by humans"),  # "People only, no argocd or controller."
    (r"(?i),?\s*(?:from )?start to (?:its |their |the )?scheduled end\b", ""),  # "Median length …, start to scheduled
    # end": the length as set
    (r"(?i)[,.;]?\s*(?:i(?:'ll| will)?|we(?:'ll| will)?) (?:attach|add|paste|put|copy|include|forward) (?:it|them|this|"
     r"these|those|the (?:rows|list|results?|answer))\b[^?]*?[.!]?\s*$", ""),  # "…, I attach them to the store
    # ticket.": what the asker does with the rows, not an order
    (r"(?i)^(?:as per|per|according to|in line with|for) (?:our|the|my) (?:[\w-]+ ){0,5}?(?:review|audit|policy|"
     r"process|procedure|requirements?|records?|activities|register|checklist),\s*", ""),  # "As per our change-control
    # review, please show me …", "For our record of processing activities, …"
    (r"(?i)\bwat\b", "what"),  # "n wat comment"
    (rf"(?i)\b(incidents?|alerts?|deploys?|deployments?|changes?|silences?|warnings?|rollbacks?) of ((?:last )?"
     rf"(?:{_DAYS}))\b", r"\1 on \2"),  # "Checkout incidents of Tuesday"
    (rf"(?i)\bbetween ((?:last )?(?:{_DAYS})|yesterday|the \d{{1,2}}(?:st|nd|rd|th)) and (?:today|now|right now)\b",
     r"since \1"),  # "alerts between monday and today" (had been today alone)
    (r"(?i)\bbtw (?=\d{1,2}(?::\d\d)?\s*(?:am|pm|h\b|:)|\d{1,2}:\d\d|noon|midnight)", "between "),  # "alerts btw
    # 2am and 6am"
    (r"(?i)\b(\d{1,2}:\d\d)z\b", r"\1 UTC"),  # "14:35Z": UTC, as a timeline writes it
    (r"(?i)\b(?:did|has|have) (?:the |our )?(?:on-?call |ops |sre )?(?:team|crew|rota|responders) (?:log|logged|make|"
     r"made|do|did|record|recorded|file|filed|put in)\b", "were made"),  # "how many
    # acks did the on-call team log in February": by anyone
    (r"(?i)^what all\b", "which"),  # "What all changes went live …" (Indian English)
    (r"(?i)\bin the one (hour|minute|day)\b", r"in the \1"),
    (r"(?i)\b(on|of|since|before|after|until|till) (\d{1,2})(st|nd|rd|th)\b(?! (?:of )?(?:jan|feb|mar|apr|may|jun|jul|"
     r"aug|sep|oct|nov|dec))", r"\1 the \2\3"),  # "on 11th": the 11th of this month
    (r"(?i)\bduring (?:the )?(?:[\w-]+ ){0,3}?(?:outage|incident|issue|problem|trouble|downtime),? (?:from |i\.e\. "
     r")?(\d{1,2}:\d\d(?: ?utc)?) ?(?:to|-|\u2013|until|till) ?(\d{1,2}:\d\d(?: ?utc)?)\b", r"between \1 and \2"),
    # "during the payments outage, 14:35Z to 15:20Z on the 11th": the window said
    (r"(?i)(?<=[?.!])\s+(?:i )?(?:reckon|guess|bet|think|figure)\b[^?]*[.!]?\s*$", ""),  # "…? Reckon it's most
    # of them.": a guess, not a ranking
    (r"(?i),?\s*as (?:the \w+|they|it|those) (?:were|was) (?:scheduled|set|planned|created)\b", ""),  # "the most
    # silenced hours in total, as the silences were scheduled": as set (not those scheduled ahead)
    (r"(?i)\bby (incident|alert|outage|silence)s? (minutes|hours)\b", r"by total \1 duration"),  # "top 2 services by
    # incident minutes"
    (r"(?i)^(who\b.*?)\bwhile (?:that|the acked|the snoozed|the same|the) alerts? (was|were|is|are)\b",
     r"\1while it \2"),  # "who acked alerts … while the acked alert was still firing"
    (r"(?i)\b(metrics?|metric keys?|series) (?:spiked|jumped|surged|went (?:up|wild|crazy)|misbehaved|acted up|"
     r"(?:were|was) anomalous|looked anomalous|(?:were|was) (?:weird|odd|off))\b", r"\1 had warnings"),  # "which
    # metrics spiked yesterday": those a warning was raised on (had been every metric with a sample)
    (r"(?i)^(?:please|kindly)(?: (?:advise|tell me|let me know|confirm|check|share))?[,:]?\s+(?=(?:which|what|how|who|"
     r"when|whose|is|are|were|was|did|at what)\b)", ""),  # "Please advise which alarms were …": the question
    (r"(?i)\b(active|on|open|going|firing|in effect) at the (?:exact |very |same )?(?:moment|time|instant|point in "
     r"time)(?: when| that)?(?= (?:the|a|an|its|their|[\w-]+'s)\b)", r"\1 when"),  # "which alarms were still active
    # at the moment the payments-api rollback went live"
    (r"(?i)\b(alerts?|alarms?|what) (were|was|are|is) (still )?active when\b", r"\1 \2 \3firing when"),
    (r"(?i)\bthe (?!same\b|whole\b|first\b|last\b)([\w-]+(?: service| svc| api)?) (?:trouble|problems?|issues?|outage|"
     r"breakage|mess) (?:started|began|kicked off|hit)\b", r"the first \1 alert fired"),  # "in the hour before
    # the checkout-web trouble started on 11 March": its first alert
    (r"(?i)(?<=[a-z]) n (?=(?:who|when|what|how)\b)", " and "),  # "… yday n who took it off"
    (r"(?i)^(who\b[^?]*?),?\s+and (?:with )?what (?:comment|reason|note)(?: did (?:she|he|they|it) (?:write|leave|give|"
     r"put|add)| (?:was|did they|did she|did he) (?:given|left|written|give|write|leave)| was it| (?:she|he|they) "
     r"(?:wrote|left|gave))?(?=\s*[?.!]*$)", r"\1, and why"),  # "Who created the silence on cart-service, and what
    # comment did she write?": the comment beside the person (a silence's why)
    (r"(?i)\bwhen'd\b", "when did"),  # "when'd payments-api last get a deploy"
    (r"(?i)\b(get|got|gets) an? (deploy|deployment|release|rollback)\b",
     lambda m: f"{m[1]} {_GOT.get(m[2].lower(), 'deployed')}"),  # "last get a deploy": last get deployed
    (r"(?i)^(?:please,? )?(what time|when) did the ([\w-]+) (?:trouble|problems?|issues?|outage|breakage|mess) "
     r"(?:start|begin|kick off)\b", r"\1 did the first \2 alert fire"),  # "what time did the checkout-web trouble
    # start on 11 March": its first alert
    (r"(?i),?\s*\b(?:for|over|in|across|through) (?:the )?(?:whole|entire|full|complete) (?:history|time|period|data|"
     r"dataset|store)\b|,?\s*\bof all time\b", ""),  # "…, for whole history": no window, as said without one
    (r"(?i)[.,;]?\s*\b(?:only|just) (?:the )?(?:humans|people|persons|real people|by hand|manual ones|humans "
     r"only)(?:,? please)?[.!]*\s*$", " made by humans"),  # "… this year? Only humans, please."
    (r"(?i)^(?:howdy|hiya|yo|hey there|g'day)[.,!]*\s+", ""),
    (r"(?i)\by'all (?:got|have|seeing|see)\s+", ""),  # "y'all got anything still goin' off"
    (r"(?i)\b(go|do|fir|alert|pag|flapp|happen|burn|break)in'", r"\1ing"),
    (r"(?i)\bwho (?:took|takes|has taken|lifted|pulled|removed) (it|them|the silence|that silence) (?:off|down)?\b",
     r"who expired \1"),  # "who put the silence on … n who took it off"
    (r"(?i)\bwho (?:put|placed|slapped|threw) (the|a|that) (silence|mute)\b", r"who created \1 \2"),
    (r"(?i)\bwhile that (alert|incident|silence) (was|is)\b", r"while it \2"),  # "acked an alert while that
    # alert was still firing": the same one
    (r"(?i)^of (?:the |all )?(.+?),? what (?:percentage|share|percent|fraction|proportion)(?: of them)? (?:was|were|"
     r"got|had been|have been) (?:pinned on|blamed on|attributed to|linked to|tied to|traced to) an? suspect"
     r"(?: change)?",
     r"what share of \1 had a suspect change"),  # "Of the checkout incidents opened on 11 March, what percentage was
    # pinned on a suspect change?"
    (r"(?i)^how (?:many|much) (?:percent|per ?cent|%)(?: of)?\b", "what percentage of"),  # "How many percent of the
    # production deploys …"
    (r"(?i)^(what time|when|at what time) (?!(?:did|does|do|was|were|is|has|had)\b)(the (?:first|last|latest|earliest|"
     r"most recent) .{2,60}?) (fired|fire|started|start|went off|opened|began|came in|kicked off|went live)\b",
     lambda m: f"{m[1]} did {m[2]} {_PRESENT.get(m[3].lower(), m[3])}"),  # "what time the first payments-api alert
    # fired yday"
    (r"(?i)\s*[,;]\s*(?:i'll|i will|we'll|we will|i'm going to|i am going to|so (?:i|we) can)\b[^?.!]*(?=[.!]?\s*$)",
     ""),  # "…, full rows please, I'll filter in Excel."
    (r"(?i)\.?\s*\b(?:fields|columns|cols)\s*:\s*", ": "),  # "… since 1 January 2025. Fields: service, week, deploys."
    (r"(?i)[.,]?\s*\b(?:top|just|only)\s+\d+\s*,?\s*not all(?: of them)?\s*[.!]?\s*$", ""),  # "top 2 alert names …
    # TOP 2 not all of them": said again
    (r"(?i)\b(rn|now|currently|atm)\s*\(\s*\d{1,2}(?::\d\d)?\s*(?:am|pm)?\s*(?:pt|pst|pdt|et|est|edt|ct|cst|cdt|mt|"
     r"cet|cest|utc|gmt|bst|ist|jst|aest|sgt)\s*\)", r"\1"),  # "active rn (8:30am PT)": now, said in a zone
    (r"(?i)(?<=\brequest)([^()]*?)\s*\(the requested (?:stage|phase|step|ones?),?\s*not the (?:go-live|going live|"
     r"live (?:stage|phase|events?|ones?))\)", r"\1"),  # "deployment requests … (the requested stage, not the
    # go-live)": the requests, said again
    (r"(?i)\b(on|since|from|until|till|before|after|of|by) (?:the )?(\d{1,2})\.(\d{1,2})\.(\d{4})\b",
     lambda m: f"{m[1]} {int(m[2])} {MONTHS[int(m[3]) - 1]} {m[4]}" if 1 <= int(m[3]) <= 12 else m[0]),  # "on
    # 11.03.2025": 11 March 2025, day first
    (r"(?i)\b(on|since|from|until|till|before|after|of) (?:the )?(\d{1,2})\.(\d{1,2})\.(?!\d)",
     lambda m: f"{m[1]} {int(m[2])} {MONTHS[int(m[3]) - 1]}" if 1 <= int(m[3]) <= 12 else m[0]),  # "on the
    # 11.3.": 11 March, as written in Germany
    (r"(?i)\bin the time from (\d{1,2}(?::\d\d)?) (?:until|till|to) (\d{1,2}(?::\d\d)?)\b", r"between \1 and \2"),
    (rf"(?i)\b(on (?:the )?(?:\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{MONTHS_SAID})|(?:{MONTHS_SAID}) "
     rf"\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)|\d{{4}}-\d\d-\d\d)),? (?:in the (morning|afternoon|evening)|"
     r"(after|before) lunch)\b",
     lambda m: f"{m[1]} {_PART_HOURS[(m[2] or ('afternoon' if m[3].lower() == 'after' else 'morning')).lower()]}"),
    # "deploys on march 11 in the morning", "on the 11th after lunch": that day's hours (had been refused)
    (r"(?i)^.+?(?:\.\.\.|\u2026|[,;-])\s*(?:i mean|sorry|or rather|correction|scratch that)[,:]?\s+"
     r"(?=(?:who|what|which|how|when|where|show|list|give|any|did|were|was|are|is)\b)", ""),  # "who was on
    # call... I mean, who acked alerts yesterday evening?": the question said again, whole
    (r"(?i)^(?:what(?:'s| is| was) )?(?:the )?(?:log )?error (?:rate|ratio|share) (?:of|in|for) (?:the )?([\w-]+ )?"
     r"(?:logs?|log lines)\b", r"what share of \1log lines were errors"),  # "what's the error rate of payments-api
    # logs today" (had been the error lines)
    (r"(?i)^([\w-]+ )?logs? error (?:rate|ratio|share)\b", r"what share of \1log lines were errors"),
    (r"(?i)^how (many minutes|many hours|long) (?:passed|elapsed|went by|was it) between (?:the )?(.+?) being "
     r"(requested|created|queued|asked for) and (?:it|its) (?:going|went|being|getting) live\s*([?.!]?)\s*$",
     r"how \1 did the \2 take from being \3 to going live\4"),  # "between the rollback being requested and it
    # going live": its own phases (had been refused)
    (r"(?i)^what was the (?:version|release|build) of ([\w-]+)((?: in| on) [\w-]+)? (at|as of)\b",
     r"what version of \1 was running\2 \3"),  # "what was the version of payments-api in prod at 15:00": the one
    # live then (had been every change)
    (r"(?i)^as of ([^,]+),\s*the (?:live|running|current|deployed) ([\w-]+) (?:version|release|build)((?: in| on) "
     r"[\w-]+)?\s*([?.!]?)\s*$", r"which \2 version was live\3 at \1\4"),  # "as of 14:45 yesterday, the live
    # payments-api version in production"
    (r"(?i)\b(the (?:acks?|acknowledge?ments?|snoozes?|silences?|deploys?|deployments?|changes?|alerts?|incidents?)),"
     r"\s*the [\w -]{2,30}?,\s*(?=(?:that|which|who)\b)", r"\1 "),  # "the acknowledgements, the ack actions, that
    # happened since 2pm": the acks (the restatement had been read as a count per action)
    (r"(?i)\bwithin (?:the )?(\d+ ?(?:h|hrs?|hours?|m|mins?|minutes?|d|days?))\s+(?:from now|from here|ahead)\b",
     r"within the next \1"),  # "silences that run out within 24h from now"
    (r"(?i)\b(acknowledged|acked)(?: by (?:someone|somebody|anyone|anybody|a person|people))? before (?:they|it) "
     r"(?:stopped firing|stopped|ended|resolved|cleared|went away)\b", r"\1 while still firing"),  # "alerts
    # acknowledged by someone before they stopped firing" (had been the alerts firing now)
    (r"(?i)^((?:last|this|previous|past) (?:week|month)|yesterday|today)(?:'s|\u2019s) ([^:?]+?)(?=\s*:)", r"\2 \1"),
    (r"(?i)^(?!(?:for|which|what|how|who|when|where|list|show|give)\b)((?:[\w'-]+ ){0,5}?(?:deploys|deployments|"
     r"changes|rollbacks|releases|incidents|warnings|silences|flag changes)(?: [\w'-]+){0,3})\s*:\s*(?=[^:?]*\b(?:how "
     r"many|number of|count of)\b)", r"for each of the \1: "),  # "Last week's production deploys: service, …, and
    # the number of alerts in the hour after": a row per deploy, each with its count (had been one count)
)
_PART_HOURS = {"morning": "between 00:00 and 12:00", "afternoon": "between 12:00 and 18:00",
               "evening": "after 18:00"}
"""A part of a dated day as clock hours (the parts the reading takes for "yesterday afternoon")."""


def said_again(question: str) -> str:
    """``question`` without what it says twice or in passing, read before any part of it: a remark on what the
    asker will do with it, a column list marked "Fields:", "TOP 2 not all of them", now restated in a zone, a stage
    restated in brackets, a word it defines in a sentence of its own; a day written "11.3.".

    >>> said_again("Which defects were still open at 09:00? By defects I mean alerts that were firing then.")
    'Which alerts were still open at 09:00?'
    >>> said_again("silences active on the 11.3. in the time from 14:00 until 15:00")
    'silences active on 11 march between 14:00 and 15:00'
    """
    for pattern, replacement in _SAID_AGAIN:
        question = re.sub(pattern, replacement, question)
    if (m := _MEANT.search(question)) is not None:
        head = question[:m.start()].rstrip()
        question = re.sub(rf"(?i)\b{re.escape(m[1])}\b", m[2], head)
    return question
