"""What a question says twice or in passing, read before any part of it (:func:`said_again`, applied first by
:meth:`.ask.Asker.sql`): a remark on what the asker will do with the rows, a column list marked "Fields:", a stage
restated in brackets, a word a sentence of its own defines, and the forms a shape reads from the question as written
(a clock said with a word before it, "what time the first X fired", a day written "11.3." or "11.03.2025")."""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTHS
from signalcraft.copilot.ask_late_forms import DAYS_SAID, MONTHS_SAID

__all__ = ["said_again"]

_MONTHS, _DAYS = MONTHS_SAID, DAYS_SAID


_MEANT = re.compile(r"(?i)(?:^|(?<=[.?!])\s+)by ((?:the )?[\w-]+(?: [\w-]+)?),? (?:i|we) mean ([\w-]+)\b[^.?!]*"
                    r"[.!?]?\s*$")
"""A sentence that says what a word of the question stands for ("By defects I mean alerts that were firing at that
instant."): the question with that word replaced by the one meant."""
_GOT = {"rollback": "rolled back", "release": "released"}
_PRESENT = {"fired": "fire", "started": "start", "went off": "go off", "opened": "open", "began": "begin",
            "came in": "come in", "kicked off": "kick off", "went live": "go live"}
def _dotted(m) -> str:
    """A day written "12.03.2025" (day first), after its preposition or on its own (then "on" that day)."""
    if not 1 <= int(m[3]) <= 12 or re.search(r"(?i)\b(?:version|release|build|tag|v)\s*$", m.string[:m.start()]):
        return m[0]
    return f"{m[1] or 'on'} {int(m[2])} {MONTHS[int(m[3]) - 1]} {m[4]}"


def _day_month(said: str) -> str:
    """ "11.03" as "11 march" (day first; a day over 31 as written)."""
    day, month = (int(x) for x in said.split("."))
    return f"{day} {MONTHS[month - 1]}" if 1 <= day <= 31 else said


_SAID_AGAIN = (
    (r"(?i)\b([01]\d|2[0-3])([0-5]\d) ?z\b", r"\1:\2 UTC"),  # "since 1400Z": a 24-hour clock in Zulu
    (rf"(?i)\bthe 1st (?!(?:of )?(?:{_MONTHS})\b|day\b|week\b)", "the first "),
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
    (r"(?i)^how (many minutes|many hours|long) (?:did |was |were )?(?:the )?((?:[\w-]+ )?v?\d+\.\d+(?:\.\d+)?)"
     r"(?: deploy| release)? (?:stay|stayed|stays|remain|remained|was|were|is|been) (?:live|up|out|deployed)"
     r"((?: in \w+)?) before (?:(?:they|we|someone|somebody|it was|it got|anyone) )?(?:roll|rolled|rolls) "
     r"(?:it|them)? ?back\b",
     r"how \1 from the \2 deploy going live\3 until the rollback went live"),  # "how many minutes v2.14.0 stay live
    # in prod before they roll it back"
    (r"(?i)\bsince (?:my|our|the|his|her|their) (?:on-?call|shift|rotation|rota|sprint|watch|week)(?: shift)? "
     r"(?:start(?:ed|s)?|began|begins?|kicked off)(?: on| at)? (?=\w)", "since "),  # "since my oncall start monday
    # 10 march": since that day
    (r"(?i)\b(our|my|your) (?:grafana|kibana|datadog) (panels?|dashboards?|boards?|charts?|graphs?|widgets?)\b(?= "
     r"(?:breaks?|broke|shows?|showed|is|was|looks?|fails?|failed|can'?t|doesn'?t|won'?t|goes|went|turns?|turned)\b)",
     r"\1 \2"),  # "our grafana panel breaks on them": where the asker looks, not where the alerts came from
    (r"(?i)\bFY ?'?(\d{2})\b", r"20\1"), (r"(?i)\bFY ?(\d{4})\b", r"\1"),  # "Q1 FY25": the fiscal year read as the
    # calendar year of its number (nothing in the store says where a fiscal year begins)
    (r"(?i)\bin the one (hour|minute|day)\b", r"in the \1"),
    (rf"(?i)\b(on|of|since|before|after|until|till) (\d{{1,2}})(st|nd|rd|th)\b(?! (?:of )?(?:{_MONTHS})\b)",
     r"\1 the \2\3"),  # "on 11th": the 11th of this month
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
     r"when|whose|is|are|were|was|did|at what|list|show|give|get|find|display)\b)", ""),  # "Please advise which
    # alarms were …", "Kindly list the deployments …": the question
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
     r"(?:start|begin|kick off)\b(?! (?:and|n|&) )", r"\1 did the first \2 alert fire"),  # "what time did the
    # checkout-web trouble start on 11 March": its first alert (not "… start and end": ask_start_end)
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
    (r"(?i)(?<![\w.:])(?:(on|since|from|until|till|before|after|of|by|to|and|between) )?(?:the )?(\d{1,2})\.(\d{1,2})\."
     r"(\d{4})(?!\w|\.\d)", _dotted),  # "on 11.03.2025", "12.03.2025 soat 02:00": a day, day first (not "version
    # 2.3.2025")
    (r"(?i)\b(on|since|from|until|till|before|after|of) (?:the )?(\d{1,2})\.(\d{1,2})\.(?!\d)",
     lambda m: f"{m[1]} {int(m[2])} {MONTHS[int(m[3]) - 1]}" if 1 <= int(m[3]) <= 12 else m[0]),  # "on the
    # 11.3.": 11 March, as written in Germany
    (r"(?i)\b(on|since|from|until|till|before) (?:the )?(\d{2}\.(?:0[1-9]|1[0-2])|\d\.0[1-9])\b(?![.,]\d)",
     lambda m: f"{m[1]} {_day_month(m[2])}"),
    # "on 11.03", "since 1.03" (not "rollbacks to 2.11", "after 2.12": versions)
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
_CLOCK = r"\d{1,2}:\d\d(?:\s*(?:am|pm))?(?:\s*(?:utc|gmt|z))?"
_SAID_AGAIN += (
    (r"(?i)\bsince ((?:i|we|my|our) (?:[a-z'-]+ ){0,5}?[a-z'-]+|the (?:handover|hand-off|handoff|shift change|shift "
     r"start|start of (?:my|the) shift))\s*\((?:at |i\.e\.,? |ie |so |=\s*)?(" + _CLOCK + r")\)",
     lambda m: m[0] if re.search(r"(?i)\b(?:alerts?|deploy\w*|rollbacks?|silences?|incidents?|releases?|changes?|"
                                 r"flags?|warnings?)\b|'s\b", m[1]) else f"since {m[2]}"),  # "since I took the pager
    # (22:00 UTC)", "since the handover (at 07:30)": the clock that says when (the words had been left unread, and with
    # them the window: every alert); an event named before the clock stays the event
    (r"^(\d{1,2})\.(\d{1,2})\.(?=\s)",
     lambda m: f"on {int(m[1])} {MONTHS[int(m[2]) - 1]}" if 1 <= int(m[2]) <= 12 else m[0]),  # "11.03. incidents +
    # suspect": a day, day first, leading the question
    (r"(?i)\b(open|opened|firing|active|running|live|in effect|unresolved|ongoing) (?:at|on|by|as of) (?:the )?"
     r"(?:close|end|start|beginning|close of business|end of business|eod|cob) of [^,;?]{3,40}?,? (?:that is|that's|"
     r"i\.e\.,?|ie|namely|which is|meaning)(?: (?:on|at))? ((?=[^,;?]*\b(?:" + _MONTHS + r")\b)(?=[^,;?]*\d{1,2}:\d\d)"
     r"[^,;?]{3,50}?)(?=\s*[?.!]?\s*$)", r"\1 at \2"),  # "still
    # open at the close of the week of 10 March, that is on Monday 17 March at 00:00 UTC": the moment it says again,
    # a day and a clock (the start of that week had been read)
    (r"(?i)(?<=[.?!] )(?:please |kindly |pls )?share(?: with me)?(?=[ :]+(?!(?:of|per|by|for|in|across|each|with|what|"
     r"that|which|among|between)\b|the (?:percent|percentage|share)\b)(?![^.?!]*\b(?:count|number|total|share|percent"
     r"|percentage|proportion)\b)[\w'-]+(?: [\w'-]+)?\s*(?:,|and\b))", "give"),  # "…? Share service, alert name and
    # the suspect's service.": the columns asked for after the question (had been read as a share: a percentage)
    (r"(?i)[,;]\s*(?:please |kindly |pls )(?:share|send)(?: (?:it|them|with me|asap|please|pls))?\s*[.!]*\s*$|[,;]\s*"
     r"(?:share|send) (?:it|them|with me)(?: (?:asap|please|pls))?\s*[.!]*\s*$", ""),  # "Top 2 alert names on indexer
    # this month, kindly share." (not "…: count, share", a share asked for)
    (r"(?i)\b(?:until|till|up to|up till) now,? (?=(?:never|not|no|have|has|had|did|didn't|haven't|hasn't)\b)", ""),
    # "the silences that until now never muted any alert" (had been read as the silences on now)
    (r"(?i)\b(?:because of|due to|through|by|from) (?:the )?silences? (?:made|created|set up|set|put on|put up|placed|"
     r"added) by ([\w.@-]+)", r"by \1's silences"),  # "alerts Alertmanager held back because of silences made by
    # jonas": those jonas's silences muted
    (r"(?i)^(which|what) (alerts?|notifications?|pages?) did (?:alertmanager|am|the alertmanager) (?:hold back|mute|"
     r"suppress|silence|swallow)\b", r"\1 \2 were held back"),  # "Which alerts did Alertmanager hold back …"
    (r"(?i)\b(hours?|minutes?|mins|days?|hrs|long|longer)\s+from (?:its |their |the )?(?:start|beginning) (?:to|"
     r"until|till) (?:its |their |the )?(?:end|finish|resolution|resolve|close)\b", r"\1"),  # "took more
    # than one hour from start to end": their duration
    (r"(?i)\b(?:of|in|for|during|over) the (week|month|quarter|year) (?:so far|to date|till date|until now|up to "
     r"now)\b", r"this \1"),  # "resolved alerts of the quarter so far" (had been every resolved alert)
    (r"(?i)\b(alerts|incidents|deploys|deployments|changes|rollbacks|releases|silences|warnings|acks|snoozes) (?:of|"
     r"over) the (month|quarter|year)\b(?! (?:of|before|after|starting|beginning|from|when|that|ending|in which|to|"
     r"through|till|until|prior|preceding)\b| ?\d)", r"\1 this \2"),  # "resolved alerts of the quarter"
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
