"""Common ways of saying what the reading already knows, rewritten before it reads: "which person" is who, "the
highest number of" is the most, "break down by" a breakdown, "went off" fired, a time phrase that leads the question
("On March 11, which services ...") goes after it.

>>> common_forms("Which person made the highest number of flag changes?")
'who made the most flag changes?'
>>> common_forms("On 11 march, which services had alerts")
'which services had alerts On 11 march'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_analyst import ANALYST_RULES
from signalcraft.copilot.ask_dates import NIGHT_OF, TWO_WEEKDAYS, dated_weekday, night_of, two_weekdays
from signalcraft.copilot.ask_formal import FORMAL_RULES
from signalcraft.copilot.ask_late_forms import DAYS_SAID, LATE_RULES, MONTHS_SAID
from signalcraft.copilot.ask_named_spans import NAMED_SPANS, RECORDS_OF_A_PERIOD, REMARKS_AFTER
from signalcraft.copilot.ask_shift import SHIFT_RULES
from signalcraft.copilot.ask_workday import WORKDAY_RULES

__all__ = ["common_forms"]

_MONTHS, _DAYS = MONTHS_SAID, DAYS_SAID
_WHEN = rf"in the (?:next|last|past) \d+ (?:minutes|hours|days)|(?:on|in|during|for|since) (?:the )?" \
        rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})|(?:{_MONTHS})\.? " \
        rf"\d{{1,2}}(?:st|nd|rd|th)?|{_DAYS}|\d{{4}}-\d\d-\d\d|(?:{_MONTHS})(?: \d{{4}})?)|today|yesterday|this week|" \
        r"last week|this month|last month|(?:today|yesterday) (?:between|from) \d{1,2}(?::\d\d)?\s*(?:am|pm)? " \
        r"(?:and|to|until) \d{1,2}(?::\d\d)?\s*(?:am|pm)?"
_WEEKDAYS = {"mon": "monday", "tue": "tuesday", "tues": "tuesday", "wed": "wednesday", "weds": "wednesday",
             "thu": "thursday",
             "thur": "thursday", "thurs": "thursday", "fri": "friday", "sat": "saturday", "sun": "sunday"}
_BEFORE_A_DAY = {"since", "on", "last", "this", "from", "until", "till", "before", "after", "next", "every", "each",
                 "a", "of", "per", "by", "and", "or", "to", "thru", "through", "between", "that", "the", "previous",
                 "past", "is", "was", "are", "were", "vs", "versus"}
"""Words after which a weekday is not a bare day of its own ("every tuesday", "tuesday vs wednesday")."""
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
            "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}
_RULES = (
    (r"(?i)\bw/in\b", "within"), (r"(?i)\bw/o\b", "without"), (r"(?i)\bw/(?=\s)", "with"),  # "deploys w/ an alert w/in
    # 10 min after"
    (r"(?i)\b(?:from |since |for )?(?:the )?(?:start of |beginning of )?(?:last|previous) (?:month[ -]to[ -]date|"
     r"mtd)\b",
     "since the start of last month"),  # "alerts last month to date": from its first day up to now
    (r"(?i)\b(?:the )?(?:month[ -]to[ -]date|mtd)\b", "this month"),  # "deploys per day, month to date"
    *FORMAL_RULES,
    (r"(?i)(?<![\w'\"“])['\"“]([^'\"”]{3,})['\"”] ((?:error |log |warning )*(?:lines?|messages?|entries|logs|"
     r"errors))\b", r"\2 containing '\1'"),  # "'Connection is not available' lines": the lines with that text
    (r"(?i),?\s*\b(?:post|pre|look)[- ]?(?:window|period)\s*(?:=|:|of|is)?\s*(?=\d+ ?(?:m|min|mins|minutes|h|hr|hrs|"
     r"hours?)\b)", " in the "),  # "avg rate, post window = 30m after the deploy went live"
    (r"(?i)\b(in|within|last|next|past|first|the|over|for) (\d+) ?(m|h)\b|\b(\d+) ?(m|h)\b(?= (?:after|before|"
     r"either|around|prior|following|preceding|leading|window|ago|later|earlier)\b)",
     lambda m: f"{m[1] + ' ' if m[1] else ''}{m[2] or m[4]} "
               f"{'minutes' if (m[3] or m[5]).lower() == 'm' else 'hours'}"),  # "in the 30m after":
    # a span, never a label's value ("30m" is an SLO alert's window)
    *NAMED_SPANS,
    *REMARKS_AFTER,
    (rf"(?i)\b(?:on |during )?(?:the )?(?:[\w-]+ ){{0,2}}(?:day|night|morning|afternoon|evening)\s*\(\s*(?:i\.e\.,?\s*|"
     rf"that is,?\s*|=\s*)?(?:on )?((?:{_MONTHS})\.? \d{{1,2}}(?:st|nd|rd|th)?|"
     rf"\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{_MONTHS})|\d{{4}}-\d\d-\d\d|(?:{_DAYS}))(?:,? \d{{4}})?\s*\)",
     r"on \1"),  # "on outage day (march 11)": that day
    (r"(?i)\b(except|excluding|other than|but not|apart from|besides)(?: for)? (?:the ones|those|ones|the ones that "
     r"(?:are|were)|those that (?:are|were)|any)(?: (?:on|in|for|from|of|at))? ", r"\1 "),  # "warnings except the ones
    # on checkout": every warning but checkout's (the negation had been dropped: only checkout's)
    (r"(?i)^((?:when|what time) (?:did|was|does) the (?:first|earliest|very first) (?:.+?) (?:fire|start|go off|begin|"
     r"trigger|open|come in|arrive)s?) (?:right |just )?after\b", r"\1 since"),  # "when did the first search-api alert
    # fire after argo's search-api deploy on tuesday": its start, whenever it came after it (not within 15 minutes)
    (r"(?i)^(?:which|what) (?:persons|people|users|engineers|humans)\b(?!-)", "who"),  # "which persons caused …"
    (r"(?i)^((?:which|who)\b[^?,]*?\b(?:caused|made|had|has|have|saw|sees|gets|did|triggered|fired|deployed|created|"
     r"raised|got|received|logged)) more\b"
     r"(?![^?]*\bthan\b)", r"\1 the most"),  # "which persons caused more incidents …? only the top 2": a ranking
    (r"(?i)\bhow many (?:(mins?)|(hrs?)|(secs?))\b",
     lambda m: "how many " + ("minutes" if m[1] else "hours" if m[2] else "seconds")),  # "how many min between the
    # first warning and the first critical alert": minutes, not the minimum
    (r"(?i)\b(which|that) (?:had|have|has|saw|got) (after|before) (?:them|it)\b",
     lambda m: f"{m[1]} were {'followed' if m[2].lower() == 'after' else 'preceded'} by"),  # "deploys which had after
    # them critical alert on same service in one hour": followed by one
    (r"(?i)^(?:the )?(.+?) (after|before),? (?:inside|within|in) (\d+) (minutes?|mins?|hours?),? ((?:which|what|how "
     r"many|any|did)\b.+)$", r"\5 within \3 \4 \2 the \1"),  # "payments-api v2.14.0 production deploy after, inside
    # 30 minute, which payments-api alert started?": the clause after the time comes first
    (r"(?i)\b(?:your|our) (?=(?:[\w.-]+ ){1,3}?(?:alert|incident|outage|deploy|deployment|rollback|silence|"
     r"warning|release)s?\b)", "the "),  # "while your HikariPoolPendingConnections alert was firing": that alert
    (r"(?i)^(?:(?:could|can|would) you (?:please )?(?:tell|show|give|let) me(?: know)?|do (?:you|we) know|does anyone "
     r"know|i'?d like to "
     r"know|i want to know|i need to know|tell me|please tell me) (?=(?:who|which|what|how|when|whether|if)\b)", ""),
    (r"(?i)^(?:the |a |an |our |one |my )?(?:customer|client|user|boss|manager|vp|cto|ceo|cfo|support|exec|"
     r"executive|team|lead)s? (?:wants|want|wanted|asks|asked|would like|needs|need) to know\s*[:,\u2014-]?\s*"
     r"(?=(?:who|which|what|how|when|whether|if|was|were|did|is|are|do|does)\b)", ""),  # "The customer wants to
    # know: how long was payments down"
    (r"(?i)\b(?:the )?(?:number of|count of|how many) (minutes|mins|hours) (.+?) (was|were) (?=(?:down|broken|out|"
     r"offline|degraded|impaired)\b)", r"how many \1 \3 \2 "),  # "the number of minutes payments was down"
    (r"(?i)\bhow (long|many minutes|many hours) (was|were|has been|had been) (.+?) (?:down|broken|out|offline|"
     r"degraded|impaired)\b", r"how \1 \2 \3 having problems"),  # "how long was payments down": its alerts' span
    (rf"(?i)^for (?:the |my |our )?({MONTHS_SAID}) (?:review|report|retro|retrospective|ops review|summary|deck|slides|"
     r"numbers)\s*[,:\u2014-]\s*(.+?)\s*([?.!]*)$",
     lambda m: m[2] + m[3] if _TIMED.search(m[2]) else f"{m[2]} in {m[1]}{m[3]}"),  # "for the march report, alerts
    # per service": March's (a time the question says itself is its own: "…, alerts per service last week")
    (rf"(?i)^(?:for (?:the |my |our |a |an )?(?:(?!(?:{MONTHS_SAID}|{DAYS_SAID}|q[1-4]|yesterday|today)\b)[a-z-]+ )"
     r"{0,2}(?:review|report|retro|retrospective|postmortem|"
     r"post-mortem|standup|stand-up|handover|hand-over|timeline|appendix|audit|section|sign-off|planning|write-up|"
     r"notes|doc|deck|slides|slide|customer|client|user|boss|manager|exec|executive|vp|cto|ceo|card|widget|page|"
     r"panel|tile|dashboard|portal|wiki|ticket|spreadsheet|sheet|tab|cab minutes|meeting minutes|board minutes)"
     r"(?: appendix| "
     r"section)?\s*[,:\u2014-]\s*)", ""),  # "For the weekly review, could you
    # ...", "For the postmortem appendix, give me", "For capacity planning: how many"
    (r"(?i)\b(?:exceeds|exceeded|exceeding|surpasses|surpassed|tops|topped)(?= \d)", "is greater than"),
    (r"(?i)\b(?:every|all|each) columns? (?:of|from|for|in) ", ""),  # "every column of the early warnings"
    (rf"(?i)\bfrom ((?:{_MONTHS})(?: \d{{4}})?)\b(?!\.? \d{{1,2}}\b|\s*(?:to|until|till|through|thru|and|-|\u2013)\s)",
     r"in \1"),  # "every incident from February 2025 that ...": in that month (not "from March 1 to ...")
    (r"(?i)[,;(\u2014-]\s*(?:with )?(?:all|every|each) (?:the )?(?:columns?|fields?)(?: please| pls)?\)?"
     r"(?=\s*[.?!]?\s*$)", ""),  # "..., all columns.": a list is whole rows
    (r"(?i)\b(?:ordered|sorted|ranked|listed)? ?from (?:the )?most to (?:the )?(?:fewest|least)\b|\bmost first\b", ""),
    (r"(?i)^who (did|made|performed|created|ran) ([\w -]+?),? and how many (?:each|apiece|per person|each one)\b",
     r"how many \2 per person"),  # "Who did rollbacks, and how many each"
    (r"(?i)\b(?:the )?(\w+ )?((?:suspect )?(?:suspects|changes|alerts|warnings)) with the (lowest|highest) "
     r"(scores?)\b", r"the \1\3-scoring \2"),  # "the two suspect changes with the lowest scores"
    (r"(?i)\bbottom (\d+|two|three|four|five|ten) ([\w ]+?) by score\b", r"the \1 lowest-scoring \2"),
    (r"(?i)\b(highest|lowest)-scoring (\d+|two|three|four|five|ten) ", r"the \2 \1-scoring "),
    (r"(?i)\bslowest (alerts|incidents)( \w+)? to (clear|resolve|recover|close|fix)\b",
     r"\1 that took the longest to \3"),
    (r"(?i)\btop ((?:flag |feature flag |config )?)(toggl|deploy|silenc|ack|snooz)ers?\b",
     lambda m: f"who {m[2]}{'k' if m[2] == 'ac' else ''}ed the most {m[1] or 'things '}".rstrip()),
    (r"(?i)\bon average,? how many minutes of (?:lead time|notice|warning)\b|\bhow much (?:notice|lead time|"
     r"warning|heads[- ]up),? on average(?:,? in minutes)?\b", "the average lead time in minutes"),
    (r"(?i)\boutside (?:of )?(?:normal |regular |usual |standard )?(?:business|working|office|work) hours\b|"
     r"\boutside mon(?:day)?[- ]fri(?:day)?,? \d\d?(?::00)?\s*-\s*\d\d?(?::00)?(?: utc)?\b", "outside business hours"),
    (r"(?i)\b(?:so far )?this (january|february|march|april|june|july|august|september|october|november|december)\b"
     r"(?: so far)?", r"in \1"),  # "So far this March": the month up to now
    (r"(?i)\b(more|longer|less|shorter|fewer|greater|over|under) than (two|three|four|five|six|seven|eight|nine|"
     r"ten|twelve|fifteen|twenty|thirty)\b(?= (?:min|minutes|hours?|days?|weeks?)\b)",
     lambda m: f"{m[1]} than {_NUMBERS[m[2].lower()]}"),
    (r"(?i)\b(?:set|scheduled|planned) for (longer|more|shorter|less) than\b", r"\1 than"),
    (r"(?i)^(?:when|what time) (?:was|is) the (?:very )?first time (?:that )?(?:the )?((?-i:[A-Z]\w*[a-z][A-Z]\w*)"
     r"(?: alerts?)?|[\w:-]+ alerts?)((?: on [\w-]+)?) (?:fired|started|went off|began|triggered|came in)\b",
     lambda m: f"when did the first {re.sub(r'(?i) alerts?$', '', m[1])} alert{m[2]} fire"),  # (had
    # been every alert of it)
    (r"(?i)^(?:when|what time) did (?:the )?((?-i:[A-Z]\w*[a-z][A-Z]\w*)(?: alerts?)?|[\w:-]+ alerts?)((?: on "
     r"[\w-]+)?) (?:start|begin|fire|go off|trigger)(?:ed)? (?:the |for the )?(?:very )?first time(?: ever)?\b",
     lambda m: f"when did the first {re.sub(r'(?i) alerts?$', '', m[1])} alert{m[2]} fire"),
    (r"(?i)^(?:when|what time) did (the )?([\w:-]+(?: alerts?)?) (?:start|begin|fire|go off|trigger)(?:ed)? (?:the |"
     r"for the )?(?:last|latest|most recent) time\b", r"when was the last time \1\2 fired"),  # "when did the
    # SearchReindexQueueBacklog alert start the last time": its latest start
    (r"(?i)^(?:when|what time) did (the )?((?-i:[\w:-]*[a-z][A-Z][\w:-]*)(?: alerts?)?|[\w:-]+ alerts?) (?:last|most "
     r"recently) (?:start|begin|trigger)(?:ed)?\b", r"when was the last time \1\2 fired"),  # "when did
    # SearchReindexQueueBacklog last start" (had been refused)
    (r"(?i)^when did (.+?) (?:start|begin|first start|first begin) (?:alerting|firing|paging|to alert|to fire|"
     r"to page)\b",
     r"when was the first \1 alert"),  # "when did checkout-web start alerting on march 11"
    (r"(?i)\b(?:on average,? how many alerts|how many alerts,? on average,?|average number of alerts) (?:were|are|"
     r"was|is|did we (?:get|have)) (?:there )?in (?:each|every|an?|one|the average) ([\w-]+ )?(?:incident|group|"
     r"outage)s?\b", lambda m: "average alerts per incident" + (f" for {m[1].strip()}" if m[1] else "")),
    # "on average how many alerts were in each payments-api incident"
    (r"(?i)\b(alerts?\b(?: [\w'-]+){0,5}? )(?:(?:never|not|didn'?t|did not|weren'?t|were not|haven'?t|have not|hasn'?t"
     r"|has not) (?:yet )?(?:(?:ended up|"
     r"end up|made it|make it|got|get|gotten|been|went|go|put) )?(?:grouped )?(?:in|into|part of|as|to) (?:any |an? "
     r"|the |one )?(?:alert[- ])?(?:groups?|incidents?)\b|\b(?:never|didn'?t|did not|haven'?t|have not|hasn'?t|has "
     r"not) (?:become|became|turned into|turn into|led to|lead to|opened|open) (?:any |an? |one )?(?:alert[- ])?"
     r"(?:groups?|incidents?)\b)", r"\1never grouped"),
    (r"(?i)\bungrouped alerts\b", "alerts never grouped"),  # "how many alerts never ended up in any alert group"
    (r"(?i)^who (acked|acknowledged|ack'd) (?:the |any |our )?alerts? (?=during|while(?! (?:they|it|"
     r"still)\b)|in the middle of|throughout)", r"who \1 "),  # "who acked alerts during the payments outage": the
    # acks' people ("who acked alerts while they were still firing" keeps its alerts: what "they" are)
    (r"(?i)\bin the (?:last|final|past) ((?:\d+ |few |couple of )?(?:minutes?|mins?|hours?|hrs?)) (?=before|leading up "
     r"to|prior to)", r"in the \1 "),  # "in the last hour before the rollback": the hour before it, not the last hour
    (rf"(?i)^((?:{_MONTHS})\.?(?: \d{{1,2}}(?:st|nd|rd|th)?)?)\s*[:\u2014\u2013]\s+(.+)$",
     lambda m: f"{m[2]} {'on' if any(c.isdigit() for c in m[1]) else 'in'} {m[1]}"),  # "March 11: 2 busiest hours"
    (r"(?i)\bof (?:every|each) (types?|kinds?)\b", "per type"),  # "how many changes of every type"
    (r"(?i)\b(?:auto|self)[- ]?(?:resolve|resolves|resolved|resolving|clear|clears|cleared|clearing)\b",
     "resolved by themselves"),  # "alerts that auto-resolve within 5 minutes"
    (r"(?i)\b(alerts?|incidents?|ones) (that |which )?(?:usually |always |often )?(?:resolve|resolves|clear|clears|"
     r"close|closes|recover|recovers)( on their own| by themselves| by itself| on its own)? (?=(?:within|in|under) )",
     r"\1 \2resolved\3 "),  # the present tense: "alerts that resolve within 5 minutes" had read no span at all
    (r"(?i)\b((?:did )?(?:any |the )?silences? (?:that |which )?(?:actually |really |ever )?)(suppress|suppressed|"
     r"hide|hid|mute|hold back|held back|block|blocked|stop|stopped|swallowed|caught)(?= (?:\w+ )?alerts)", r"\1muted"),
    (r"(?i)\b(?:the )?bots? (?:not counted|not counting|excluded|left out|ignored|aside)\b|"
     r"\b(?:not counting|excluding|ignoring|"
     r"without) (?:the )?bots\b|\bno bots\b", "leave the bots out"),
    (r"(?i)\b(?:leave|leaving) out (?:the |all )?bots\b(?:,?\s+(?=(?:\S+ )?\S+ (?:and|or) ))?",
     "leave the bots out, leaving out "),  # "Leave out the bots, deployment-controller and argocd (automated)"
    *SHIFT_RULES,
    (r"(?i)\bworst (day|hour|week|month|night)\b|"
     r"\b(day|hour|week|month|night) (?:was|is) the (?:most bad|worst)\b",
     lambda m: f"busiest {m[1] or m[2]}"),  # "the worst day for checkout", "which day was the most bad"
    (r"(?i)^(?:the )?(\d+|two|three|four|five|ten) (services|projects|environments|people|persons|teams|namespaces|"
     r"clusters|actors|engineers|users|authors|deployers) with (?:the )?most\b",
     r"top \1 \2 by number of"),  # "three services with most critical alerts", "4 actors with most reports of ..."
    (r"(?i),?\s*\blimit(?: it| them| to)? (\d{1,3})\s*$", r", top \1"),  # "..., order by count desc, limit 3"
    (r"(?i)\b(?:sees|has|had|have|gets|got|with) the (?:highest|biggest|largest|greatest|heaviest) (alert|log|deploy|"
     r"change|silence) (?:volume|count|numbers?|traffic|load)\b", r"has the most \1s"),  # "which hour sees the
    # highest alert volume"
    *ANALYST_RULES,
    (r"(?i)\b(deploys?|deployments?|releases?) (?:that )?(?:got|saw|had|were followed by) an? (rollback)s? "
     r"(?:of|on|for) (?:that|the) same service within (an?|one|\d+) (hours?|minutes?|mins?)(?: after(?:wards)?)?",
     r"\1 followed by a rollback of the same service within \3 \4"),
    (r"(?i)\b(?:still )?lack(?:s|ing)? an? (?:written[- ]down |documented |recorded )?(resolution|fix)\b",
     r"have no \1 written down"),  # "the worst day for checkout": most alerts
    (r"(?i),? ?\bacross the (?:whole |entire )?(?:platform|board|company|org|organisation|organization|fleet|stack)\b",
     ""),  # "which ones across the platform": everywhere
    (r"(?i)\b(?:with )?(?:zero|no) (?:remediation|fix|resolution)s? (?:documented|written down|recorded|written up|"
     r"noted)\b", "have no fix written down"),
    (r"(?i)\b(?:over|throughout|across|during) ((?:january|february|march|april|june|july|august|september|october|"
     r"november|december)(?: \d{4})?)\b(?! \d)", r"in \1"),  # "over February 2025"
    (r"(?i)\b(earliest|first|min|minimum|oldest) and (?:its|their|the) (latest|last|max|maximum|newest)\b",
     r"\1 and \2"),
    (r"(?i)\b(was|were|is|are|silences?|mutes?) ((?:actually |really )?)in place\b", r"\1 \2in effect"),
    (r"(?i)^who(?:'s| is| was| were| are)? (?:on(?! call)|working on|handling|dealing with|looking (?:at|into)|"
     r"responding to|worked on|handled|responded to|dealt with|picked up|on point for|jumped on)(?= (?:the |that |"
     r"this |yesterday's |today's |[\w-]+ ){0,4}(?:incidents?|outages?|pages?)\b)", "who acked"),  # who acked it
    (r"(?i)\b(?:whose |with |where (?:the |their )?)?matchers? (?:that |which )?(?:include|includes|including|contain|"
     r"contains|containing|have|has|having|use|uses|using|name|names|naming|on) (?:a|an|the) ([a-z_][\w.]*) label\b",
     r"matching on the \1 label"),  # "silences whose matchers include a metric label"
    (r"(?i)\b(alerts|deploys|deployments|incidents|changes|silences|pages|warnings|rollbacks|acks|snoozes|errors|"
     r"releases) (?:a|each|every|per) (day|hour|week)\b(?! ago\b)", r"\1 per \2"),  # "how many alerts a day"
    (r"(?i)^what (?:broke|went wrong|failed) the most\b", "which service had the most alerts"),
    (r"(?i)^what (?:broke|went wrong|failed|blew up|fell over)\b(?! (?:with|in|on|about|for)\b)(?! [a-z-]+s?\b(?: "
     r"(?:were|was|are|is|did|have|had)\b))", "which alerts fired"),  # "what broke overnight", not "what failed
    # deploys were there", "what went wrong with the deploy"
    (r"(?i)\b(?:where|whose|with) (?:the )?(?:attribute |attr )?([a-z]+(?:\.[a-z_]+)+) (?:attribute |attr )?(?:is|=|"
     r"equals|set to) ", r"whose \1 attribute is "),  # "log lines where db.system is postgresql"
    (r"(?i)\b(?:is|are|was|were|has been|have been) (?:struggling|suffering|hurting|in (?:the most )?trouble|"
     r"having the (?:worst|hardest) time)(?: the most)?\b", "had the most alerts"),  # "which team is struggling"
    (r"(?i)\b(comments?|summary|summaries|message|body|text|reason) (?:mention|mentions|contain|say|says) (?=\S)",
     r"\1 mentioning "),  # "silences with comment mention reindex": whose comment mentions it
    (r"(?i)\(\s*utc (?:hours?|days?|weeks?|dates?|time)\s*\)", "(utc)"),  # "deploys yesterday (utc day)": a note of
    # the clock, not a breakdown by day
    (r"(?i)\butc (hours?|days?|weeks?)\b", r"\1"),  # "top 2 UTC hours by alerts": hours are UTC's unless a zone
    (r"(?i)\btop (\d+|two|three|four|five|ten) (hours|days|weeks|months|weekdays)\b(?! ago\b)", r"the \1 busiest \2"),
    (r"(?i)\bwhich (\d+|two|three|four|five|ten) (hours|days|weeks|months|weekdays)\b(?: of ([^,?]+?))?( had| saw| got)"
     r" the most\b", lambda m: f"the {m[1]} busiest {m[2]}{' on ' + m[3] if m[3] else ''} by"),  # "which 2 hours of
    # 2025-03-12 had the most log lines": the busiest two
    (r"(?i)\bwhich (\d+|two|three|four|five|ten) (hours|days|weeks|months|weekdays)\b(?: (?:of|on|in) ([^,?]+?))? "
     r"(?:were|was) (?:the )?(?:worst|busiest|noisiest|loudest)(?: (?:by|for|in) (?=\w))?",
     lambda m: f"the {m[1]} busiest {m[2]}{' on ' + m[3] if m[3] else ''} by "),  # "which 2 hours on tuesday were the
    # WORST by alerts"
    # "top 2 hours on March 11 by alerts": the busiest, not the last two hours
    (r"(?i)\b(each|every|per) (?:individual|engineer|user|human|responder|team member|member|teammate)\b(?=\s*(?:"
     r"[?.!,;:]|$|(?:in|on|for|this|last|today|yesterday|since|during|over)\b))",
     r"\1 person"),  # "incidents resolved by each individual"
    (r"(?i)\bnot counting (?:the )?(?:ones|those|silences|alerts|changes|rows) (?:without|with no|lacking) "
     r"(?:an? |any )?\w+\b", "skipping the empty ones"),  # "per service, not counting ones without service"
    (r"(?i)^(?:quick one|quick q(?:uestion)?|real quick|one more|another one|q|question|btw)\s*[:,\u2014-]\s*", ""),
    (r"(?i)^(?:the )?names of (?:the )?(services|projects|environments|people)\b", r"which \1"),  # "names of services
    # which got a deploy"
    (r"(?i)\b(order|sort|rank)(?:ed)? by\b", lambda m: {"order": "ordered", "sort": "sorted", "rank": "ranked"}[
        m[1].lower()] + " by"),  # "order by duration desc"
    (r"(?i)\b(?:racked up|accumulated|clocked up|notched up|piled up|amassed|accrued|run up)\b", "had"),
    (r"(?i)^what (?:is the )?number of\b", "how many"),  # "What number of this month's incidents were preceded"
    (r"(?i)\b(?:in the middle of|midway through|partway through|part way through) rolling out\b", "in progress"),
    (r"(?i)\bfrom (?:the )?(?:moment|time|point)(?: when| that)?\b", "since"),  # "alerts from moment the silence"
    (r"(?i)\bin (?:the )?moment (?:when|that)\b", "at the moment"),
    (r"(?i)\b(?:carry|carries|carrying|bear|bears|bearing)\b(?= (?:the )?[\w.]+ ?=)", "with"),  # "carry team=x"
    (r"(?i)\b([a-z][\w]*(?:-[a-z]\w*)*)-(namespace|cluster|team|node) (alerts?|pages?)\b", r"\3 with \2=\1"),
    # "search-namespace alerts": alerts with namespace=search
    (r"(?i)\b(?:their|its) own service\b", "the same service"),
    (r"(?i)^(.+?) (?:was|were|got) (snoozed|silenced|acked|acknowledged|deployed|muted|resolved|toggled|rolled back|"
     r"released|created|expired) by (?:who|whom)\s*\??$", r"who \2 \1"),  # "HighLatencyP99 was snoozed by who?"
    (r"(?i)\bcut short\b", "ended early"), (r"(?i),? side by side\b", ""),
    (r"(?i)\bfrom (\d{1,2}(?::\d\d)?\s*(?:am|pm))\b(?! ?(?:(?:yesterday|last night|today|tonight) )?(?:to|until|"
     r"till|and|-))", r"since \1"),  # "acks from 2pm"
    (r"(?i),? (?:filter(?:ed)?|restrict(?:ed)?|limit(?:ed)?) (?:on|to|for) (?=(?:today|yesterday|this|last|the last|"
     r"the past)\b)", " "),  # "grouped by service, filter on today"
    (r"(?i)\b(?:(?:with )?severity )?(?:lower than|less than|below|under|beneath) (?:severity )?critical\b",
     "not critical"),  # "alerts with severity lower than critical"
    (r"(?i)\bnotified (?:us|me|someone|anyone|people) more than once\b", "sent more than one notification"),
    (r"(?i)\bhow (?:much|many) (?:different|distinct)\b", "how many distinct"),
    (r"(?i)\b(was|were|is|are) going off\b", r"\1 firing"),
    (r"(?i)\b(?:whose matchers include (?:one|a matcher) on|(?:are |is )?matching against|(?:that )?match against) "
     r"(?:the )?(?:label )?([\w.-]+)(?: label)?\b", r"that match on the \1 label"),  # "matchers include one on label
    # node"
    (r"(?i)\bwhat number of\b", "how many"),
    (r"(?i),? for the (?:slide|slides|deck|report|postmortem|review)\s*([.!?]*)$", r"\1"),  # "..., for the slide."
    *WORKDAY_RULES,
    (r"(?i)\byday\b", "yesterday"), (r"(?i)\bthis am\b", "this morning"), (r"(?i)\bmnth\b", "month"),
    (r"(?i)\bbiz hours\b", "business hours"), (r"(?i)\bexpird\b", "expired"), (r"(?i)\berrs\b", "errors"),
    (r"(?i)\b0s included\b", "zeros included"), (r"(?i)\b(the|an|per|1) hr\b", r"\1 hour"),
    (r"(?i)(^|\s)#\s?(?=[a-z])", r"\1number of "),  # "# prod changes mar 11"
    (r"(?i)\b1st (?=(?:alert|deploy|deployment|incident|change|silence|warning|page|rollback|release)s?\b)", "first "),
    (r"(?i)^(?:list (?:the |all )?|show (?:me )?(?:the |all )?)?(?:distinct|unique) (?:actors|people|users|persons|"
     r"creators|authors|engineers)(?: (?:that|who|which))?\b", "who"),  # "distinct actors on rollback records"
    (r"(?i)^(?:list (?:the |all )?|show (?:me )?(?:the |all )?)?(?:distinct|unique) (?:flag keys|flags)\b",
     "which flags"),
    (r"(?i)^(?:list (?:the |all )?|show (?:me )?(?:the |all )?)?(?:distinct|unique) ((?:[\w-]+ )?)(services|projects|"
     r"environments|versions|alert names)\b", r"which \1\2"),  # "distinct checkout-web versions deployed to stg"
    (r"(?i)\bin (?:the )?(?:following|next|subsequent) hour\b", "in the hour after"),
    (r"(?i)\b(?:close to|near|near to|in the vicinity of)(?= (?:the|a|an|any)\b)", "around"),  # "changes close to
    # the checkout incident"
    (r"(?i)\b(since|on|last|this|from|until|till|before|after) (" + "|".join(_WEEKDAYS) + r")\b",
     lambda m: f"{m[1]} {_WEEKDAYS[m[2].lower()]}"),  # "crit alerts since mon"
    *RECORDS_OF_A_PERIOD,
    (r"(?i)(?:\b([a-z]+) )?\b(tues|tue|weds|thurs|thur|thu|monday|tuesday|wednesday|thursday|friday|saturday|"
     r"sunday)\b(?![-.@']| (?:and|or|to|through|thru|night|morning|afternoon|evening|vs|versus|compared|the|a)\b)",
     lambda m: m[0] if (m[1] or "").lower() in _BEFORE_A_DAY else
     f"{m[1] + ' ' if m[1] else ''}on {_WEEKDAYS.get(m[2].lower(), m[2].lower())}"),
    # "scale evnts on payments-api tues", "alerts tuesday": that day
    (r"(?i)\bper (hr|hrs)\b", "per hour"),
    (rf"(?i)(?<=[a-z] )(?<!of )(?<!in )(?<!on )(?<!th )(?<!st )(?<!nd )(?<!rd )(?<!before )(?<!b4 )(?<!than )"
     rf"(?<!since )(?<!from )(?<!after )(?<!until )(?<!till )"
     rf"((?:{_MONTHS.replace('may|', '')})(?: \d{{4}})?)$", r"in \1"),  # "alerts jan" (not "the 7th of march")
    (rf"(?i)\bfrom ((?:{_MONTHS}))\b(?! \d)", r"in \1"),  # "the alerts from January"
    (r"(?i)\bmore (\w+) than any other\b", r"the most \1"),  # "which service had more alerts than any other"
    (r"(?i)\b(?:the )?(?:highest|largest|biggest|greatest) (alert|error|change|deploy|silence|incident|warning) "
     r"counts?\b", r"the most \1s"),  # "which 3 services had the highest alert counts"
    (r"(?i)\b(?:do|does|did) not have (?:a |an |any )?(suspects?|suspected changes?|suspect changes?)\b",
     r"without any \1"),  # "which incidents do not have any suspect change"
    (r"(?i)\b(?:with|had|have|has) (?:0|zero) (?:early )?(alerts|incidents|warnings|deploys|changes)\b", r"with no \1"),
    (r"(?i)\b(?:lack|lacks|lacking|lacked) (?:any |an? )?(?:associated |related |linked )?", "without "),  # "which
    # critical incidents lack any associated suspect change"
    (r"(?i)\b(?:also|and|plus|including|with) (?:the )?scal(?:ing|e) (?:ones|events|changes)(?: too| as well)?\b",
     "scaling events included"),
    (r"(?i)\bhow (?:much|many) (\w+) (?:did |has |have )?(?:every|each) (person|user|actor|author|engineer|individual|"
     r"service|project)(?: did| made| had| got| created| do)?\s*(?=[?.!]*$)", r"how many \1 per \2"),  # "how much
    # acks every person did"
    (r"(?i)\bper each\b", "per"),
    (r"(?i)^(?:please )?(?:enumerate|retrieve|identify|provide|fetch|display|output|return|pull up|bring up)\b",
     "list"),
    (r"(?i)\bmean time (?:for|of|until) (resolve|resolution|resolving|fix|fixing|recovery|recover)\b", "mttr"),
    (r"(?i)\bin average\b", "on average"),
    (r"(?i)\bhow many alerts (?:go|goes|are|come|comes) (?:in|into) (?:one|an?|each|every) (incident|group|outage)\b",
     r"average alerts per \1"),
    (r"(?i)^for (?:each|every) metric,\s*(.+?)\s*\??$", r"\1 per metric"),  # "For each metric, what is the maximum
    # sigma among the warnings?"
    (r"(?i)\b(?:identified|flagged|marked|named|picked|chosen|singled out) as (?:the |a |an )?(suspects?)\b",
     r"the \1"),  # "changes that were identified as the suspect for an incident"
    (r"(?i)\btogether with\b", "with"),
    (r"(?i)\bwho (?:has|have|had) (\w+ed)\b", r"who \1"),  # "who has expired a silence early"
    (r"(?i)\b(alerts?) (?:actually |really )?(held back|suppressed|swallowed|muted|inhibited) by alertmanager "
     r"(?:due to|because of) (?:an? |the )?silences?\b", r"\1 \2 by a silence"),
    (r"(?i)\bwhere ([\w.-]{3,}) (?:appears|shows up|occurs) in (?:the |its |their )?(?:name|summary|description|text|"
     r"body|message)(?:,? (?:or |and )?(?:the )?(?:name|summary|description))*\b", r"mentioning \1"),  # "alert entries
    # where redis appears in the name, summary or description"
    (r"(?i)^(in|on|for) (?!average\b|total\b|each\b|every\b|the\b)([\w-]+),\s*(which|what|who|how many)\b"
     r"([^,?]*)(\??)$", r"\3\4 \1 \2\5"),  # "In staging,
    # which alert is going off the most?"
    (r"(?i)^for (the )?(?!each\b|every\b)([^,:]{3,40}),\s*(which|what|how many|how much)\b(?! ones\b| of them\b)"
     r"([^,?]*)(\??)$",
     r"\3\4 in \1\2\5"),  # "For the search project, which alert is the noisiest?"
    (rf"(?i)^({_WHEN})\s*,\s*([^?.!]+)([?.!]*)$", r"\2 \1\3"),  # "On March 11, which ...": the question first
    (rf"(?i)^((?:{_MONTHS.replace('may|', '')})(?: \d{{4}})?)\b,? (?!\d)(.+?)([?.!]*)$", r"\2 in \1\3"),  # "feb
    # critical alerts" (not "may I see ...")
    (r"(?i)^(?:which|what) (?:person|people|user|users|engineer|engineers|one of us|human|humans|accounts?|"
     r"account names?|identities|operators?|individuals?|persons)\b(?!-)", "who"),  # (not "which user-profile")
    (r"(?i)\b(?:performed|carried out|executed|issued|placed) (?:any |the )?(snooze|ack|silence|deploy|"
     r"rollback)(?:e?s)?\b", lambda m: {"snooze": "snoozed", "ack": "acked", "silence": "silenced",
                                        "deploy": "deployed", "rollback": "rolled back"}[m[1].lower()]),
    (r"(?i)\bwhose (?:duration|length) (?:exceeds|exceeded|is over|was over|is above|was above|is more than|was more "
     r"than|is longer than|was longer than)\b", "longer than"),  # "silence rows whose duration exceeds 3 hours"
    (r"(?i)\bwhose time to (?:resolution|resolve) (?:exceeds|exceeded|was over|is over|was more than|is more than|"
     r"was above|is above) ((?:an?|one|\d+) ?(?:hours?|minutes?|mins?|h|m))\b", r"that took more than \1 to resolve"),
    (r"(?i)\b(?:the )?(?:highest|largest|greatest|biggest|maximum) (?:number|count|amount|total) of\b"
     r"(?! [\w-]+ per (?:hour|day|week|month)\b)", "the most"),  # (not "the maximum number of alerts per hour": the
    # largest of the hourly counts)
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
    (r"(?i)\balerts (?:are )?(?:in|of|inside|within) (?:an?|one|each|a single|every) (incident|group|outage)\b",
     r"alerts per \1"),  # "how many alerts are inside one incident"
    (r"(?i)\balert count per (incident|group)\b", r"alerts per \1"),
    (r"(?i)\b(?:with )?([\w-]{3,}) in (?:the|its|their) (comment|reason)\b", r"with the \2 mentioning \1"),
    (r"(?i)\b(alerts?|they|it|which|that) (were|was) (?:going|going off|active|open|on) (?=at (?:some|any) "
     r"(?:point|time|moment)\b)", r"\1 \2 firing "),  # "which alerts were going at some point in that window"
    (r"(?i)\bfiring at (?:some|any) (?:point|time|moment) (while|during)\b", r"firing \1"),
    (r"(?i)\b(alerts|incidents|outages|pages)\b(.*?)\b(while|when) (?:those|these|the|said|such) \1 (were|was)\b",
     r"\1\2\3 they \4"),  # "acked the most alerts while those alerts were still firing": the same alerts
    (r"(?i)\b(alerts?|what) (?:that |which )?(?:alertmanager|am) (?:actually |really |ever )?(suppressed|swallowed|"
     r"held back|muted|inhibited)\b", r"\1 \2 by alertmanager"),
    (r"(?i)\b(alerts?|what) (?:that |which )?(?:alertmanager|am) (?:actually |really |ever )?(?:hold|holds) back\b",
     r"\1 held back by alertmanager"),  # "which alerts alertmanager really hold back"
    (r"(?i)\b(alerts?|what) (?:were |was |got )?(?:actually |really |ever )?(suppressed|swallowed|held back|muted|"
     r"inhibited) by alertmanager (?:due to|because of)\b", r"\1 did alertmanager \2 because of"),
    (r"(?i)\b(alerts?) (?:were |was |got )?(?:actually |really |ever )(suppressed|swallowed|held back|muted|"
     r"inhibited)\b", r"\1 were \2"),  # "alerts were actually suppressed by alertmanager"
    (r"(?i)\batm\b", "right now"),
    (r"(?i)\bkena\b", "got"),  # "which deploy kena alerts after": got them
    (r"(?i)\boutwith\b", "outside"),
    (r"(?i)\bstill (firing|open|active) after (\d+|an?|one|two|three|four|five|six|twelve) (hours?|hrs?|minutes?|mins?|"
     r"days?)\b", r"\1 for more than \2 \3"),  # "alerts still firing after 2 hours" (the span had been dropped)
    (r"(?i)\blong[- ]running (alerts?|incidents?) \(?(?:over|more than|longer than|above) (\d+|an?|one|two) (hours?|"
     r"days?)\)?", r"\1 lasting more than \2 \3"),  # "long-running alerts (over 1 day)"
    (r"(?i)\b(while|when) ([a-z][\w]*-[\w-]+) (?:was|were|is) (?:on fire|burning|down|broken|melting down|having "
     r"(?:problems|issues|trouble)|in trouble|alerting|paging)\b", r"\1 \2 alerts were firing"),  # "deploys made while
    # payments-api was on fire" (the while had been dropped: every payments-api deploy)
    (r"(?i)\b(?:with )?(?:an? )?(?:severity |level )?other than (?=(?:warnings?|critical|crit|info|informational)\b)",
     "except "),  # "alerts other than warnings" (had been the warnings), "with severity other than warning"
    (r"(?i)\b(alerts?|incidents?) (?:that|which) (?:are not|aren'?t|were not|weren'?t) (warnings?|critical(?: "
     r"ones)?)\b", r"\1 except \2"),
    (r"(?i)\b(everything|anything|all(?: alerts| the alerts)?) but (?!not\b|only\b|just\b)", r"\1 except "),
    # "everything but staging yesterday" (had been staging)
    (r"(?i)\b(?:critical|crit) (?:or|and|/|&) high\b|\bhigh (?:or|and|/|&) (?:critical|crit)\b", "critical"),  # the
    # highest severity this store has ("high" had been read as a word of alert names)
    (r"(?i)\bafore\b", "before"), (r"(?i)\bfrae\b", "from"), (r"(?i)\btae\b", "to"),  # Scots
    (r"(?i)\b((?:business|office|working|work) hours)\s*\((?:mon(?:day)?)\s*(?:to|-|–|through|thru)\s*fri(?:day)?,?\s*"
     r"(?:from )?0?9(?::00)?\s*(?:am)?\s*(?:to|-|–|until|till)\s*(?:5(?::00)?\s*(?:pm)?|17(?::00)?)(?:\s*utc)?\)",
     r"\1"),  # "outside business hours (Monday to Friday, 9 to 5 UTC)": the hours the reading knows, said again
    *LATE_RULES,
)


_TIMED = re.compile(rf"(?i)\b(?:yesterday|today|tonight|last|this|past|previous|since|between|ago|before|after|until|"
                    rf"during|in (?:{MONTHS_SAID})|on (?:the )?\d|week|month|\d{{4}}-\d\d)\b")
"""Words of a time the question says itself."""
_COMPILED = tuple((re.compile(pattern), replacement) for pattern, replacement in _RULES)
"""The rules compiled once (more patterns than :mod:`re` keeps compiled run on every question)."""


def common_forms(text: str) -> str:
    """``text`` with the common forms above rewritten, two days of the week said together first ("monday and
    tuesday", "mon-wed": the days between; the first alone had been read, or none at all)."""
    text = dated_weekday(text)  # "Monday 10 March": the date says the day
    if not re.search(r"(?i)\b(?:compar\w*|vs\.?|versus)\b", text):
        text = re.sub(TWO_WEEKDAYS, two_weekdays, text)
    text = re.sub(NIGHT_OF, night_of, text)  # "the night of march 10 to 11": 18:00 to 06:00
    for pattern, replacement in _COMPILED:
        text = pattern.sub(replacement, text)
    return text
