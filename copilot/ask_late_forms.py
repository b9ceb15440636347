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

from signalcraft.copilot.ask_dates import MONTH_NAMES, WEEKDAYS

__all__ = ["DAYS_SAID", "LATE_RULES", "MONTHS_SAID"]

MONTHS_SAID = f"{MONTH_NAMES}|sept"
"""A month's name or its short form, "sept" too, as a regular expression's alternatives."""
DAYS_SAID = "|".join(WEEKDAYS)
_MONTHS, _DAYS = MONTHS_SAID, DAYS_SAID

LATE_RULES = (
    (r"(?i)(?:[,.;:]\s*|\s+)(?:(?:i need|i want|give me|show me|with|and|in|as) )?(?:the |all )?(?:full|whole|entire|"
     r"complete|all the) (?:rows?|records?|list|details|columns)(?: (?:please|pls|too))?(?:,? (?:if you please|please|"
     r"pls|thanks|thx|cheers))?(?=\s*[.!?]*\s*$)", ""),  # "…, full rows.", "The full rows, if you please.": the rows,
    # as any list of them is
    (r"(?i)\b(?:from )?((?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?) (?:till|until|til|to|"
     r"through|thru) now\b", r"since \1"),  # "this week, Monday till now"
    (rf"(?i)\bfrom ((?:the )?\d{{1,2}}(?:st|nd|rd|th)?(?: of)? (?:{_MONTHS})|(?:{_MONTHS})\.? \d{{1,2}}"
     rf"(?:st|nd|rd|th)?|\d{{4}}-\d\d-\d\d)(,? \d{{4}})? (?:(?:till|until|til|to|through|thru|up to|up till) "
     r"(?:now|today|date|the present(?: day)?|right now|this day)|onwards?|forwards?|so far)\b(?!['’]s)",
     r"since \1\2"),  # "from march 1 till now", "from 1 feb onwards": that day up to now (had been that day alone)
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
    (r"(?i)^(?!.*\b(?:took|take|takes|taking|lasted|lasting|lasts|last|long|longer|shorter|duration|resolve|resolved|"
     r"fix|fixed|expired|open for|firing for|for about)\b)(.*?\b(?:between|from) )([01]?\d|2[0-3])h "
     r"(and|to|until|till|-) ([01]?\d|2[0-3])h\b(?! ?ago\b)", r"\1\2:00 \3 \4:00"),  # "between 10h and 12h": hours
    # on the clock (not "took between 1h and 3h to resolve", how long)
    (r"(?i)^(?!.*\b(?:took|take|takes|taking|lasted|lasting|lasts|last|long|longer|shorter|duration|resolve|resolved|"
     r"fix|fixed|expired|open for|firing for)\b)(.*?\b(?:at|around|since|from) )([01]?\d|2[0-3])h\b(?! ?(?:ago|and|"
     r"to|until|till)\b)", r"\1\2:00"),  # "alerts from 22h", "at 14h" (not "after 3h": how long after)
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
