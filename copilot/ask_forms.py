"""Written forms of a question read as the words they stand for.

``written_forms``: contractions without their apostrophe, short forms ("yday", "tdy", "w/"), a day, a month or
the weekend named without its preposition, "15 or more". The chatter around a question is left out by
:mod:`.ask_chatter`.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTH_NAMES, TWO_DAYS, WEEKDAYS
from signalcraft.copilot.ask_everyday import everyday_forms
from signalcraft.copilot.ask_words import NUMBER_WORDS

__all__ = ["ROWS_ASKED", "WINDOW_WORDS", "written_forms"]


_MONTHS_WORDS = r"jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|" \
                r"oct|october|nov|november|dec|december"
_DAYS_WORDS = r"mon|monday|tue|tues|tuesday|wed|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
def _restated(m: re.Match) -> str:
    """ "on a weekend (Saturday or Sunday)", "business hours (Monday to Friday, 09:00-17:00 UTC)": the words
    already say what the parenthesis does, and it goes; one that says anything else stays to be read."""
    inside = re.sub(r"(?i)\b(?:sat|saturday|sun|sunday|mon|monday|fri|friday|to|or|and|through|utc|weekdays?|"
                    r"0?9(?::00)?(?:am)?|17(?::00)?|5(?::00)?pm)\b|[\s,–—-]", "", m[2])
    return m[1] if inside in ("", "()") else m[0]


WINDOW_WORDS = re.compile(r"(?i)\b(?:" + _MONTHS_WORDS + r"|" + _DAYS_WORDS + r"|yesterday|today|tonight|"
                           r"(?:this|last|past|previous) (?:\d+ )?(?:weeks?|months?|years?|quarters?|days?|hours?)|"
                           r"ago|since|\d{4}-\d\d-\d\d)\b|\d[ap]m\b")
"""Words that say a window of the question ("30 min after" relates two things; it is not one)."""


def _dates_restated(m: re.Match, text: str) -> str:
    """A parenthesis of dates goes when the words outside it already name a time; else its dates are the window."""
    outside = text[:m.start()] + text[m.end():]
    return "" if WINDOW_WORDS.search(outside) else f" {m[1].strip()}"


_TENS = {"five": 5, "ten": 10, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "sixty": 60,
         "ninety": 90}


def _that_minute(m: re.Match) -> str:
    """ "fired at 18:26": between 18:26 and 18:27 (a start to the minute, not what was firing then); a whole hour
    ("fired at 14:00") is left as it is."""
    hour, minute = int(m[2]), int(m[3])
    if minute == 0 or hour > 23:
        return m[0]
    after = (hour * 60 + minute + 1) % 1440
    return f"{m[1]} between {hour:02d}:{minute:02d} and {after // 60:02d}:{after % 60:02d}"


_LEAD_IN = re.compile(r"(?i)^\s*(in the wake of|right after|just after|after|following|right before|just before|before|"
                      r"ahead of|leading up to|prior to|in the run-up to|in the run up to|"
                      r"(?:in the (?:first |last )?|within (?:the (?:first )?)?)?"
                      r"(?:(?:\d+|an?|one|two|five|ten|fifteen|twenty|thirty|sixty) (?:minutes?|mins?|hours?|hrs?)|"
                      r"(?<=the )hour|(?<=the first )hour|(?<=the last )hour) "
                      r"(?:before|after|of)) ([^,?]+),\s*"
                      r"((?:which|what|who|how many|list|show|did|were|was|were there|any|give|count)\b[^?]*)(\??)"
                      r"(\s+(?<=\?\s)[A-Za-z][^?]*)?\s*$")
_LEAD_WORD = {"in the wake of": "after", "following": "after", "in the run-up to": "leading up to",
              "in the run up to": "leading up to"}


_MOST_OF = {"rolled": "rollbacks", "deploy": "deploys", "silenc": "silences", "paged": "alerts"}
"""What a service "most often rolled back", "deployed", "silenced" or "paged" has the most of."""
_NUMBERS = "|".join(NUMBER_WORDS)
ROWS_ASKED = r"(?:top|first|last|latest|bottom) (?:\d+|two|three|four|five|ten)\b"
"""How many rows a remark asks for ("just the top 3", "only the first 2")."""
_SHORT = {"sil": "silence", "sils": "silences", "alrt": "alert", "alrts": "alerts", "err": "error", "errs": "errors",
          "cnt": "count", "depl": "deploy", "depls": "deploys", "proj": "project", "projs": "projects",
          "ver": "version", "chg": "change", "chgs": "changes", "cfg": "config", "incdt": "incident",
          "incdts": "incidents", "tmpl": "template", "tmpls": "templates", "rn": "right now", "arvo": "afternoon",
          "atm": "at the moment", "dpl": "deploy", "dpls": "deploys", "dply": "deploy", "dplys": "deploys",
          "incs": "incidents"}
"""Short forms of the words a question is read by: chat shorthand ("sil created 7d", "err logs ... cnt")."""
_SLIPS = {"stil": "still", "sitll": "still", "firng": "firing", "fireing": "firing", "fiering": "firing",
          "alerst": "alerts", "alrets": "alerts", "aletrs": "alerts", "alret": "alert", "silnces": "silences",
          "silenecs": "silences", "slience": "silence", "sliences": "silences", "incidnets": "incidents",
          "incidnet": "incident", "incdient": "incident", "incidetns": "incidents", "depoly": "deploy", "opn": "open",
          "depolys": "deploys", "deplyed": "deployed", "deployd": "deployed", "delpoy": "deploy", "delpoys": "deploys",
          "rollbak": "rollback", "rolback": "rollback", "rolbacks": "rollbacks", "yesteday": "yesterday",
          "yesterdy": "yesterday", "yday": "yesterday", "todya": "today", "tody": "today", "resovled": "resolved",
          "reslved": "resolved", "acknowleged": "acknowledged", "acknowledgd": "acknowledged", "warnigns": "warnings",
          "wanrings": "warnings", "serivce": "service", "servcie": "service", "sevice": "service", "servce": "service",
          "serivces": "services", "enviroment": "environment", "envrionment": "environment", "prodcution": "production",
          "prodution": "production", "staigng": "staging", "stagign": "staging", "happend": "happened",
          "lenght": "length", "avergae": "average", "avarage": "average", "aveage": "average", "durign": "during",
          "durng": "during", "duing": "during", "sicne": "since", "snice": "since", "whn": "when", "wen": "when",
          "producción": "production", "produccion": "production", "whcih": "which", "wihch": "which",
          "whihc": "which", "hwich": "which", "wich": "which", "waht": "what", "whta": "what", "hwat": "what",
          "teh": "the", "hte": "the", "noisest": "noisiest", "nosiest": "noisiest"}
"""Slips of the keyboard in the words a question is read by ("which warning alerts are stil firing")."""
_DONE = {"ack": "acked", "acknowledge": "acknowledged", "snooze": "snoozed", "silence": "silenced",
         "resolve": "resolved"}
"""The past form of what "did nobody …" asks about."""


def written_forms(text: str) -> str:
    """The question with its written forms replaced by the words the reading knows."""
    if m := _LEAD_IN.match(text):  # "in the wake of the v2.14.0 deploy, which services alerted?": the question first
        text = f"{m[3].rstrip()} {_LEAD_WORD.get(m[1].lower(), m[1])} {m[2].strip()}{m[4]}{m[5] or ''}"  # "…? Service
        # and count.": the list after it kept
    text = re.sub(r"#\s*of\b|\bno\. of\b", "number of", text)  # "# of critical alerts"
    text = re.sub(r"(?i)\b(this|last|per|each|every|a|the|next|previous) wk\b", r"\1 week", text)  # "this wk"
    text = re.sub(r"(?i)(?<=\w )\bwk$", "in the past week", text)  # "top 3 noisy alerts wk": a terse window
    text = re.sub(r"(?i)\bhow many (?:\w+ )?alerts did (?:each|every) (person|one|engineer|user|responder) "
                  r"(ack|acknowledge|snooze)\b", lambda m: f"how many {m[2]}s per person", text)  # the acks
    text = re.sub(r"(?i)\bhow much (?=(?:\w+ )?(?:alerts|silences|deploys|deployments|changes|incidents|warnings|"
                  r"snoozes|acks|rollbacks|releases|errors|logs|lines|times|pages|mutes)\b)", "how many ", text)
    text = re.sub(r"n[’']t\b", " not", text)  # "aren't in checkout", "didn't resolve"
    text = re.sub(r"(?i)\b(are|were|was|is|did|do|does|has|have|had)nt\b", r"\1 not", text)  # "werent"
    text = re.sub(r"(?i)\b(yday|yest|ystd)\b", "yesterday", text)
    text = re.sub(r"(?i)\b(tdy|2day)\b", "today", text)
    text = re.sub(r"(?i)\b(put in place|put up|set up|placed)\b", "created", text)  # "silences put in place"
    text = re.sub(r"(?i)\b(silences?|mutes?)((?: \w+){0,2}?) put on\b", r"\1\2 created", text)  # "silences put on"
    text = re.sub(r"(?i)\bwhat(?:'s| is)(?: currently| now)? (?:running|deployed|live) (on|in|for)\b",
                  r"which version is running \1", text)  # "what's running on auth-api in staging"
    text = re.sub(r"(?i)\bteam[- ]?members?\b|\bteammates?\b|\bengineers? on the team\b", "person", text)
    text = re.sub(r"(?i)\b(roll|rolls|rolling) out\b", "deploy", text)  # "what did dpatel roll out"
    text = re.sub(r"(?i)\b(did|do|does|have|has|had) (we|they|you|i|people|someone|anyone|somebody|oncall|on-call) "
                  r"open\b(?! (?:right )?now\b)", r"\1 \2 opened", text)  # "incidents did we open": the verb
    text = re.sub(r"(?i)\b(top|last|latest|first|bottom)-?(\d+)\b", r"\1 \2", text)  # "top3 suspects by score"
    text = re.sub(r"(?i)\b(\d{1,2}(?::\d\d)?\s*(?:am|pm))\s+(?:utc|gmt|z)\b", r"\1", text)
    text = re.sub(r"(?i)\b(\d{1,2})(?::(\d\d))?\s+(?:utc|gmt)\b", lambda m: f"{m[1]}:{m[2] or '00'}",
                  text)  # "from 10 to 11 utc": a 24-hour clock
    text = re.sub(rf"(?i)\b(since|after|before|until|till) (yesterday|today|{'|'.join(WEEKDAYS)}|(?:{MONTH_NAMES}) "
                  r"\d{1,2}(?:st|nd|rd|th)?) (?:at |@ ?)?(\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b",
                  lambda m: f"{m[1]} {m[3]} {'' if m[2].lower() in ('yesterday', 'today') else 'on '}{m[2]}",
                  text)  # "since monday 2pm", "since march 11 at 14:00": that moment (the day alone had been read,
    # or what fired at it)
    days = "yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    text = re.sub(rf"(?i)\b(?:in the |this )?(morning|afternoon|evening) (?:of |on )?({days})\b", r"\2 \1", text)
    text = re.sub(rf"(?i)\b(after|before) lunch(?: (?:on )?({days}))?\b",
                  lambda m: f"{m[2] or 'this'} {'afternoon' if m[1].lower() == 'after' else 'morning'}", text)
    text = re.sub(r"(?i)\b([a-z]+)\s*/\s*(day|hour|hr|week|wk|month|service|svc|person|user|env|project)\b",
                  r"\1 per \2", text)  # "avg alerts/day"
    text = re.sub(r"(?i)\b(within|w/in|after|before|last|past|over|under|than) (\d+) ?(m|mins?|h|hrs?)\b",
                  lambda m: f"{m[1]} {m[2]} {'minutes' if m[3].lower().startswith('m') else 'hours'}",
                  text)  # "w/in 30m": a span, not the label value '30m'
    text = re.sub(r"(?i)\b(" + "|".join(_SHORT) + r")\b(?![-_#]?\d)", lambda m: _SHORT[m[1].lower()],
                  text)  # "sil", "alrts" (not "CHG-1234", a ticket's id)
    text = re.sub(r"(?i)\b(" + "|".join(_SLIPS) + r")\b", lambda m: _SLIPS[m[1].lower()], text)  # "stil firing"
    text = re.sub(r"(?i),?\s*\b(?:to |in |at )?(?:1|one) ?(?:dp|d\.p\.)(?!\w)", "", text)  # "mins to 1dp": one decimal,
    # as every average is given
    text = re.sub(r"(?i)\b(service|svc|project|env|environment|month|week|day|hour|person|severity)[- ]wise\b",
                  r"per \1", text)  # "count of deploys month wise"
    text = re.sub(r"(?i)\b(grouped|split|broken down|bucketed) on\b", r"\1 by", text)  # "grouped on change type"
    text = re.sub(r"(?i)\b(in|as) (hrs?|h|mins?)\b", lambda m: f"{m[1]} {'minutes' if m[2][0] in 'mM' else 'hours'}",
                  text)  # "avg sil length per author, in hrs", "in mins"
    text = re.sub(r"(?i)(^\s*|\bwhat(?: is| was)?(?: the)? )%\s*of\b", r"\1percentage of", text)  # "% of prod dpls …"
    text = re.sub(r"(?i)\b(get|gets|got|getting|was|were|is|are|been) ack\b(?= (?:while|when|during)\b)", r"\1 acked",
                  text)  # "which alert get ack while it still firing"
    text = re.sub(r"(?i)\bwhile (it|they) still (firing|open|active)\b",
                  lambda m: f"while {m[1]} {'was' if m[1].lower() == 'it' else 'were'} still {m[2]}", text)
    text = re.sub(r"(?i)\bwho ack\b(?![-'’\w])", "who acked", text)  # "… and who ack"
    text = re.sub(r"(?i)\b(?:each )?(?:only )?(?:one time|1 time) each\b|\beach (?:only )?(?:one|1) time\b",
                  "each once", text)  # "versions which went to staging, each one time"
    text = re.sub(r"(?i)(?<!\w)([01]\d|2[0-3])([0-5]\d)\s*(?:z|utc)\b", r"\1:\2 UTC", text)  # "1600Z", "0400 UTC"
    text = re.sub(r"(?i)\b(between|b/w|from) ([01]\d|2[0-3])([0-5]\d) (and|to|-|until|till) (?=\d\d:\d\d UTC\b)",
                  r"\1 \2:\3 UTC \4 ", text)  # "between 1400 and 1500 UTC": both clocks
    text = re.sub(r"(?i)\b(between|b/w|from) ([01]\d|2[0-3])([0-5]\d) (and|to|-|until|till) ([01]\d|2[0-3])([0-5]\d)"
                  r"(?=\s*(?:hrs\b|h\b)?\s*(?:yesterday|today|tonight|on\b|last\b|this\b))",
                  r"\1 \2:\3 \4 \5:\6", text)  # "between 1400 and 1500 yesterday" (its "UTC" read as the zone)
    text = re.sub(r"(?i)\bbefore (\d+|two|three|four|five|six|seven|a|one) (days?|weeks?)\b(?! (?:of|before|"
                  r"after|from|the|that|this|it|its|their)\b)", r"\1 \2 ago", text)  # "created before 2 days": ago
    text = re.sub(r"(?i)\b(what(?:'s|’s|s)|is|are|was|were|still|currently|now) paging(?= at\b| (?:right )?now\b|"
                  r"\s*[?.!]|$)", r"\1 firing", text)  # "what was paging at 3pm": what fired
    text = re.sub(r"(?i)\b(what(?:'s|’s|s)|is|are|still|currently|now) going off\b", r"\1 firing",
                  text)  # "what's still going off": what is firing
    text = re.sub(r"(?i)\b(?:an?|one) hour and a half\b|\bhour and a half\b|\b1\.5 ?(?:hours|hrs|h)\b|\bone and a half "
                  r"hours\b", "90 minutes", text)  # "the last hour and a half": it had been the last hour
    text = re.sub(r"(?i)\b(\d+|two|three|four|five) and a half hours\b|\b(\d+)\.5 ?(?:hours|hrs|h)\b",
                  lambda m: f"{(NUMBER_WORDS.get((m[1] or m[2]).lower()) or int(m[1] or m[2])) * 60 + 30} minutes",
                  text)  # "the past two and a half hours", "2.5h"
    text = re.sub(r"(?i)^(?:for|of) (?:each|every) (deploy(?:ment)?|rollback|release|flag change|config change|"
                  r"change|incident|silence|alert),? (?:(?:list|show)(?: me)? )?(?:the|which|what|any) (alerts?|"
                  r"deploys?|deployments?|rollbacks?|changes?|silences?|incidents?) ((?:\S+ ){1,6}?)(?:it|them)\b",
                  r"\2 \3each \1", text)  # "for every rollback, the alerts in the hour before it": those alerts (the
    # rollbacks had been listed)
    text = re.sub(r"(?i)\b(?:the )?most (?:frequently |often )?(rolled[- ]back|deployed|silenced|paged) "
                  r"(service|project)(s?)\b", lambda m: f"{m[2]}{m[3]} with the most {_MOST_OF[m[1].lower()[:6]]}",
                  text)  # "most frequently rolled back service": the service with the most rollbacks (had been refused)
    text = re.sub(r"(?i)\b(since|after) (?:the|last|this past|this) weekend\b", r"\1 saturday", text)  # "since the
    # weekend": from its Saturday (it had been every row)
    text = re.sub(r"(?i)\btoday (morning|afternoon|evening)\b", r"this \1", text)  # "today arvo": this afternoon
    text = re.sub(r"(?i)\bbetween (\d{1,2}) and (\d{1,2}) in the (morning|evening|afternoon)\b",
                  lambda m: f"between {m[1]}{'am' if m[3].lower() == 'morning' else 'pm'} and "
                            f"{m[2]}{'am' if m[3].lower() == 'morning' else 'pm'}" if int(m[1]) < int(m[2]) <= 12
                  else m[0], text)  # "between 9 and 10 in the morning": 9am to 10am
    if re.search(r"(?i)\b(?:rollbacks?|releases?|(?:flag|config) (?:changes?|toggles?|updates?)|restarts?)\b", text):
        text = re.sub(r"(?i)\bdeployer(s?)\b", lambda m: "people" if m[1] else "person", text)  # "rank the deployers
        # by number of rollbacks": people (a deployer is otherwise read as who deployed: a count of deploys)
    text = re.sub(r"(?i)\bhow late (did|was|were|does|do|is)\b", r"what time \1", text)  # "how late did the first
    # alert start": at what time (a Dutch or German speaker's "how late", wie laat / wie spät)
    text = re.sub(rf"(?i)\b(first|last|earliest|latest) ((?:\w+ ){{1,2}})of ({'|'.join(WEEKDAYS)}|yesterday|today)\b",
                  r"\1 \2on \3", text)  # "the first alert of Tuesday": that day's first
    text = re.sub(r"(?i)\bleast recent(?:ly (?:opened|created|started))?\b", "oldest", text)  # "least recent open
    # incident": the oldest (it had been the newest)
    text = re.sub(r"(?i)\bw/o\b", "without", text)
    text = re.sub(r"(?i)\bw/(?=\s)", "with", text)  # "incident w/ the most alerts"
    text = re.sub(r"(?i)\b(longest|shortest)-(lasting|lived|running)\b", r"\1", text)
    text = re.sub(r"(?i)\b(started|began|opened|fired|happened|went out|created|made|set up|set|added|deployed) "
                  r"first\b", r"\1 earliest", text)  # "which silence was created first"
    text = re.sub(r"(?i)\btop (\d+ )?(alerts?|silences?|incidents?) by (duration|length)\b", r"\1longest \2", text)
    text = re.sub(r"(?i)\b(today|yesterday)s\b", r"\1", text)  # "todays rollback"
    text = re.sub(r"(?i)\b(longer|shorter|more|less|fewer|greater|bigger|smaller|older|newer) then\b", r"\1 than", text)
    text = re.sub(r"(?i)\bnon-(?=[a-z])", "non ", text)  # "non-critical": not critical
    text = re.sub(r"\s*(>=|=>|≥)\s*", " at least ", text)  # "sigma > 100": the words the reading knows
    text = re.sub(r"\s*(<=|=<|≤)\s*", " at most ", text)
    text = re.sub(r"(?i)\b(\d+) or more\b|\b(\d+)\+", lambda m: f"at least {m[1] or m[2]}", text)  # "15 or more"
    text = re.sub(r"(?i)\b(\d+) or (fewer|less)\b", r"at most \1", text)
    text = re.sub(r"(?i)\b([\w-]+) and ([\w-]+),? (?:separately|each on (?:its|their) own|apart)\b", r"\1 vs \2",
                  text)  # "count deploys and rollbacks separately": side by side (it had been one count of both)
    text = re.sub(rf"(?i)\b(?:between|from) {_MONTHS} (\d{{1,2}})(?:st|nd|rd|th)? (?:and|to|until|till|through) "
                  r"(\d{1,2})(?:st|nd|rd|th)?\b(?! ?(?::|am|pm|h\b|hours?|min|\d))",
                  lambda m: f"{m[1]} {m[2]}-{m[3]}" if int(m[3]) > int(m[2]) else m[0], text)  # "between march 10
    # and 12": those days (it had been the 10th alone)
    text = re.sub(TWO_DAYS, lambda m: m[0] if int(m[3] or m[5]) != int(m[2] or m[4]) + 1 else
                  f"{m[1]} {m[2]}-{m[3]}" if m[1] else f"{m[4]}-{m[5]} {m[6]}", text)  # "march 10 and 11", "10 or
    # 11 march": the two days (each had read one of them); two apart are refused (ask_both.check_periods)
    if not re.search(r"(?i)\b(each|every|per|no|without|its|their|it|them|they|before|after)\b", text):  # not "for
        text = re.sub(r"(?i)\b(?:the )?previous day\b(?!'s)", "yesterday", text)  # every incident, the deploys in the
        text = re.sub(r"(?i)\bprevious (?=(?:\d+|an?|one|two|three|four|five|six|seven|ten|twelve|fifteen|twenty|"  #
                      r"thirty|few|couple)\b)", "last ", text)  # previous 30 minutes": before each; "in the previous
        # 24 hours", "the previous 3 deploys": up to now
    text = re.sub(rf"(?i)\b(\d+(?:\.\d+)?|an?|{_NUMBERS}) ?([a-z]+) or (?:(more|longer|greater|higher|over|above)|"
                  r"less|shorter|fewer|lower|under|below)\b(?! than)",
                  lambda m: f"{'at least' if m[3] else 'at most'} {m[1]} {m[2]}", text)  # "ten minutes or less",
    # "5 alerts or more": the bound said first, as the readers of bounds take it
    text = re.sub(r"(?i)\b(?:min(?:imum)?\.?(?: of)?|(?:no|not) (?:fewer|less) than) (?=\d)", "at least ",
                  text)  # "services with min 5 alerts"
    text = re.sub(r"(?i)\b(with|having|has|have|had) (?:max(?:imum)?\.?(?: of)?|no more than|not more than) (?=\d)",
                  r"\1 at most ", text)  # "with max 3 alerts" (not "show max 5 alerts": as many rows)
    text = re.sub(r"\s*>\s*(?=\d)", " more than ", text)
    text = re.sub(r"\s*<\s*(?=\d)", " less than ", text)
    text = re.sub(r"(?i)\b(?:went|turned|go|goes|going|gone|turning) red\b", "fired", text)  # "what went red"
    text = re.sub(r"(?i)\b(before|after|when|as soon as) ([a-z][\w.-]*[a-z0-9]) (?:started|began) (?:erroring|throwing "
                  r"errors|failing|to fail|to error)\b", r"\1 \2 started alerting", text)  # "right before checkout-web
    # started erroring": its alerts
    text = re.sub(r"(?i)\b(five|ten|fifteen|twenty|thirty|forty|forty-five|sixty|ninety)(?= (?:minutes?|mins?|"
                  r"hours?|hrs?)\b)", lambda m: str(_TENS[m[1].lower()]), text)  # "in the thirty minutes following"
    if re.search(r"(?i)\b(logs?|lines?|errors?)\b", text):
        text = re.sub(r"(?i)\b(?:wrote|written|writes|emitted|emits|produced|spat out|spit out|threw)\b", "logged",
                      text)  # "error lines that service wrote in the 15 minutes after"
    text = re.sub(r"(?i)\b(?:lit up|lighting up|light up|lights up)\b(?: on (?:the|our|my) (?:board|wall|wallboard|"
                  r"screens?|big screen))?", "firing", text)  # "what's still lit up on the board": firing alerts
    text = re.sub(r"(?i)^(?:did |has |have )?(?:anything|something) (fire|fired|go off|went off|alert|alerted)\b",
                  "alerts fired", text)  # "anything fire on the indexer while ...": the alerts
    text = re.sub(r"(?i)\b(?:std\.? ?dev|standard deviation|stdev|sd)\b(?= (?:of|in|for)\b)", "stddev",
                  text)  # "std dev of incident duration": not the dev environment
    text = re.sub(r"(?i)\b(max|maximum|peak|highest|min|minimum|lowest)( number of| count of)? ([\w-]+) (?:in|during|"
                  r"within|on) (?:a single|one|any one|any single|a given|any given|a|any) (hour|day|week|month)\b",
                  r"\1\2 \3 per \4", text)  # "the peak number of deploys in one day": of the counts per day
    if re.search(r"(?i)\b(silences?|mutes?)\b", text):
        text = re.sub(r"(?i)\b(?:target|targets|targeting|targeted)(?! ?down\b)\b(?: at)?", "on", text)  # "which
        # silences target the indexer": not the TargetDown alert
    text = re.sub(r"(?i)\bthe (\d{1,2}:\d\d) ((?:[\w-]+ ){0,3}?)(alert|page)\b", r"the \2\3 that fired at \1",
                  text)  # "before the 18:26 disk alert yday": the disk alert that fired then
    text = re.sub(r"(?i)\b(fired|started|went off|triggered|opened|kicked off) at (\d{1,2}):([0-5]\d)\b"
                  r"(?!\s*(?:am|pm))", _that_minute, text)  # "the disk alert that fired at 18:26": its minute
    text = re.sub(r"(?i)\bwhile (?:it|they) (?:was|were) (?:silenced|muted)\b", "while a silence was in effect",
                  text)  # "alerts on the indexer while it was silenced": a silence on it
    if re.search(r"(?i)\balerts?\b", text) and not re.search(r"(?i)\bwarnings?\b", text):
        text = re.sub(r"(?i)\braise\b", "fire", text)  # "how many alerts did each service raise"
    text = re.sub(r"(?i)\b(weekends?|business hours|office hours|working hours|(?:last|this|previous|past|that) week)"
                  r"\s*(\([^)]*\))", _restated, text)  # "last week (Monday to Sunday)": the week said again
    text = re.sub(r"(?i)\b(?:while|when) (?:i|we) (?:was|were) (?:away|out|off|on leave|on holiday|on vacation|gone|"
                  r"ooo|out of (?:the )?office)\s*(?=\()", "", text)  # "while I was away (24 Feb - 11 Mar)": the dates
    text = re.sub(r"(?i)\b(before|after|since) (?:i|we) (?:left|went away|went on leave|got back|came back|returned|"
                  r"was back|were back)(?: on)? (?=(?:the )?\d|" + _MONTHS_WORDS + r")", r"\1 ",
                  text)  # "before I left on the 24th of February": before that day
    text = re.sub(r"(?i)\s*\(((?=[^)]*\b(?:" + _MONTHS_WORDS + r"|utc|gmt)\b)(?:\s|[\d,/–—-]|\b(?:utc|gmt|from|to|"
                  r"through|thru|and|inclusive|incl|" + _MONTHS_WORDS + r")\b)+)\)", lambda m: _dates_restated(m, text),
                  text)  # "February 2025 (1-28 Feb, UTC)"; "while I was away (24 Feb - 11 Mar)": the window
    text = re.sub(r"(?i)\bset off\b", "triggered", text)  # "which services set off alerts"
    text = re.sub(r"(?i)\bppl\b", "people", text)
    text = re.sub(r"(?i)\balert-?names\b", "alert names", text)
    text = re.sub(r"(?i)\bmost (noisy|loud|chatty)\b", "noisiest", text)  # "which alert is most noisy"
    text = re.sub(r"(?i)^((?:last night|yesterday|today|this morning|this week|last week|overnight)(?: utc)?),? "
                  r"((?:which|what|who|how many|list|show)\b.*?)([?.!]*)$", r"\2 \1\3", text)  # "last night, which ..."
    text = re.sub(r"(?i)^what did (alertmanager|am)( actually)? (hold back|swallow|suppress|mute)\b",
                  r"which alerts did \1\2 \3", text)
    text = re.sub(r"(?i)\b(?:whose|with|where the|where its) (?:message|body|text|log line|line) (?:says|said|contains|"
                  r"mentions|reads|includes)\b", "mentioning", text)  # "logs whose message says 'X'"
    text = re.sub(r"(?i)\b(?:took|take|takes|taking) (?:the )?(longest|shortest) to (?:clear|resolve|recover|close)\b",
                  r"lasted \1", text)  # "which alerts took the longest to clear"
    text = re.sub(r"(?i)\bbefore (?:clearing|resolving|it cleared|they cleared|recovering)\b", "", text)
    text = re.sub(r"(?i)\b(?:cleared|clears)\b", "resolved", text)
    text = re.sub(r"(?i)\b(more than|over|under|less than|at least|longer than|shorter than) half an? hour\b",
                  r"\1 30 minutes", text)
    text = re.sub(r"(?i)^who (.+?),? and how many(?: times)?(?: each| apiece| per person)?((?: (?:on|in|during|since|"
                  r"over|last|this|today|yesterday)\b[^?]*)?)\??$", r"who \1 per person\2",
                  text)  # "who toggled flags on March 11, and how many times each"
    text = re.sub(r"(?i)^(.+?),? who (?:do|did|does|made|make) (?:it|them|that),? and how many(?: times?)?(?: each| "
                  r"apiece| per person)?\??$", r"\1 per person", text)  # "snooze on X, who do it and how many time"
    text = re.sub(r"(?i)['\"]([\w .-]{3,})['\"] in the (comment|reason|message|body|summary)\b", r"\2 mentioning '\1'",
                  text)  # "mutes with 'reindex' in the comment"
    text = re.sub(r"(?i)\bflag[- _]keys?\b", "flag", text)  # "toggles per flag key"
    text = re.sub(r"(?i)\b(with|w/|having|whose|where)( the| a| its| their)? (comment|reason) (?!(?:mentioning|"
                  r"mentions|saying|says|said|containing|contains|about|is|was|that|which|empty|blank|and|or|of|by|for|"
                  r"on|in|talks?|talked|talking|speaks?|refers?|reads?|has|had|includes?|including|matches|like)"
                  r"\b)"
                  r"(['\"“]?)([\w-]{3,})\4(?=$|[\s,.?!])", r"\1 the \3 mentioning \5", text)  # "sil w/ comment reindex"
    text = re.sub(r"(?i)\b((?:within|in under|under|in less than|less than) \d+ ?[a-z]+) of "
                  r"(?:it |them |they |its |their )?(?:starting|firing|opening|being opened|going off|started|fired|"
                  r"opened|start)\b", r"\1", text)  # "acked within 5 minutes of starting": of its own start
    text = re.sub(r"(?i)\b(?:whose|where(?: the)?|with(?: the| an?)?|(?:that |which )?(?:have|has|had|having)"
                  r"(?: an?| the)?) (?:alert ?)?name "
                  r"(?:contains|containing|includes|including|has|having|mentions|matches|matching|is like|like|"
                  r"ilike) ['\"“]?%?([\w-]{3,})%?['\"”]?", r"with \1 in the name", text)  # "name like '%Latency%'"
    text = re.sub(r"(?i)\b(?:matching|that match|which match|matches)(?= [\w.-]+\s*=)", "with", text)  # team="x"
    text = everyday_forms(text)  # words of everyday speech for what the reading knows (ask_everyday)
    text = re.sub(r"(?i)\brank (?:the )?(?:people|persons|engineers|folks|actors|users|deployers) who (?:did|made|ran|"
                  r"shipped|pushed|created|performed) (.+?) by how many\b", r"rank people by how many \1", text)
    text = re.sub(r"(?i)(?<!\bfrom )(?<!\bbetween )\b(midnight|noon|\d{1,2}(?::\d\d)? ?(?:am|pm)) (?:to|until|till|-) "
                  r"(midnight|noon|\d{1,2}(?::\d\d)? ?(?:am|pm))\b", r"between \1 and \2", text)  # "midnight to 6am"
    text = re.sub(r"(?i)(?<!\bfrom )(?<!\bbetween )(?<![\d:-])\b(\d{1,2}:\d\d)\s?-\s?(\d{1,2}:\d\d)\b(?![\d:-])",
                  r"between \1 and \2", text)  # "the freeze (12:00-18:00 UTC)"
    text = re.sub(r"(?i)(?<!\bfrom )(?<!\bbetween )(?<![\d:-])\b(\d{1,2}(?::\d\d)?(?:am|pm)?)-(\d{1,2}(?::\d\d)?"
                  r"(?:am|pm))\b", r"between \1 and \2", text)  # "12-6pm on the 11th"
    text = re.sub(r"(?i)\bsince (?:i|we) (?:left|logged off|signed off|went home|went off shift|handed over|"
                  r"clocked out|went to bed)(?: at)? (?=\d|noon|midnight)", "since ", text)  # "since I left at 6pm"
    text = re.sub(r"(?i)\bfeature[- ]flag(s?)\b|\bFF(s?)\b", lambda m: f"flag{m[1] or m[2] or ''}", text)
    text = re.sub(r"(?i)\b(?:(?:hot|hard|close) )?on the heels of\b|\bin the aftermath of\b|\bon the back of\b",
                  "right after", text)  # "rollbacks hot on the heels of a deploy"
    text = re.sub(r"(?i)\bin the lead-? ?up to\b|\bin the run-up to\b", "leading up to", text)
    text = re.sub(r"(?i)(?:,\s*)?\b(?:i\.e\.|ie\.|e\.g\.|eg\.|that is,|in other words,?)\s*", ", ", text)  # restated
    text = re.sub(r"(?i)\b(?:whatever|regardless of|irrespective of|no matter) (?:the |which |what )?"
                  r"(?:environment|env|service|project|severity)s?\b", "", text)  # "whatever the env"
    text = re.sub(r"(?i),?\s*\b(?:it )?(?:doesn't|does not|doesnt|don't|do not|dont) matter (?:which|what|where)"
                  r"(?: one)?\b|,?\s*\b(?:either|any) (?:one|of them|of those) (?:is fine|will do)\b", "", text)
    text = re.sub(r"(?i)\b(?:killed|nuked|pulled|cancell?ed|yanked) early\b", "expired early", text)
    text = re.sub(r"(?i)\b(ended|expired|lifted|removed|killed|stopped) (?:before|ahead of) (?:they|it) (?:were|was) "
                  r"(?:due|set|scheduled|meant|supposed) to (?:run out|end|expire|finish|lapse)\b", "expired early",
                  text)
    text = re.sub(r"(?i),? ?\(?\b(?:scal(?:e|ing) (?:events? |changes? )?(?:too|included|as well|also)|including "
                  r"scal(?:e|ing)(?: events?| changes?)?|incl\.? scal(?:e|ing)(?: events?)?)\b\)?", "", text)
    text = re.sub(r"(?i)\bfrom open(?:ed|ing)? to (?:resolved|resolution|closed?|fixed)\b", "to resolve", text)
    text = re.sub(r"(?i)\bin utc hours\b|\butc hours\b", "hours", text)
    text = re.sub(r"(?i)\b(?:instead of|rather than) (?!(?:by )?(?:the )?(?:bots?|automation|automated|robots|"
                  r"machines)\b)(?:the |an? )?[\w.-]+", "", text)  # "from grafana instead of am" (not "by person
    # rather than by automation": who made them, which the words after say)
    text = re.sub(r"(?i)\b(?:did|does|do) (?:nobody|no one|no-one|noone) (ack|acknowledge|snooze|silence|resolve)\b",
                  lambda m: f"were never {_DONE[m[1].lower()]}", text)  # "which incidents did nobody acknowledge"
    text = re.sub(r"(?i)\b(?:nobody|no one|no-one|noone)\b(?! (?:else|other)\b)", "never", text)  # "nobody acked"
    return _bare_times(text)


_DAYS = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTHS = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|" \
          r"jun|jul|aug|sep|sept|oct|nov|dec)"


_A_DAY_SAID = r"(?i)(?<!\btop )(?<!\blast )(?<!\bfirst )(?<!\blatest )(?<!\bnewest )(?<!\boldest )(?<!\bthe )" \
              r"(?<!\bbiggest )(?<!\blongest )(?<!\bnoisiest )\b\d{1,2}(?:st|nd|rd|th)? $"
"""A day of the month just before a month's name ("11 Mar deploys"), not a number of rows ("top 2 Feb alerts")."""


def _bare_times(text: str) -> str:
    """A day, a month or the weekend named without its preposition: "monday's alerts", "alerts from monday",
    "february alerts", "weekend alerts", "from 9am until now"."""
    text = re.sub(rf"(?i)\b{_DAYS}'s\b", r"on \1", text)
    text = re.sub(rf"(?i)\bfrom {_DAYS}\b(?! (?:to|until|till|through|thru)\b)", r"on \1", text)
    text = re.sub(rf"(?i)(?<!\bin )(?<!\bof )(?<!\bduring )(?<!\bsince )(?<!\bfrom )(?<!\bon )(?<!\buntil )(?<!\bto )"
                  rf"(?<!\bthrough )\b{_MONTHS}('s)? (alerts?|deploys?|deployments?|changes?|incidents?|silences?|"
                  r"warnings?|pages?)\b", lambda m: m[0] if re.search(_A_DAY_SAID, text[:m.start()]) else
                  f"in {m[1]} {m[3]}", text)  # (not "11 Mar deploys": that day; "top 2 Feb alerts" are February's)
    text = re.sub(r"(?i)(?<!\bthe )(?<!\bthis )(?<!\blast )(?<!\bon )\bweekend (alerts?|deploys?|changes?|incidents?|"
                  r"pages?)\b", r"\1 over the weekend", text)
    return re.sub(r"(?i)\bfrom (\S+) (?:until|till|to) now\b", r"since \1", text)
