"""How a question is typed in a hurry, rewritten into the words the reading knows: "n" for "and" ("which flags got
flipped yday n by who"), "more then" for "more than", "which of our services" for "which services" (and "which of
the search services had the most …" for one of them), "as the silences were really in place" (how long each really
lasted, not those in place now). They are applied once, to the whole question before any shape is tried on it
(:func:`typed`, called by :meth:`.ask.Asker.sql`); every part read later is cut from that text.

>>> import re
>>> text = "which of our services didn't get any deploys n rollbacks last week"
>>> for pattern, replacement in TYPED_RULES:
...     text = re.sub(pattern, replacement, text)
>>> text
"which services didn't get any deploys and rollbacks last week"
"""

from __future__ import annotations

from collections.abc import Collection

from signalcraft.copilot import ask_re as re

__all__ = ["TYPED_RULES", "typed"]

_KINDS = r"(?:weekly|nightly|daily|monthly|active|expired|open|new|old|such|single|other|same|this|that|long|short|" \
    r"scheduled|planned|recurring|maintenance|reindex|upgrade|recent|current|latest|last|first|matching|big|small|" \
    r"\w*\d\w*|\w+(?:ly|ed|ing))"
"""Words that say what kind of silence it is, not what it is on."""
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _next_day(first: str, second: str) -> bool:
    """Whether ``second`` is the day after ``first`` ("Tuesday … Wednesday": one night)."""
    a, b = _WEEK.index(first.lower()[:3]), _WEEK.index(second.lower()[:3])
    return b == (a + 1) % 7
_DONE = {"rolled back": "rollbacks", "deployed": "deploys", "silenced": "silences", "released": "releases"}
_ORDINAL = {"1": "st", "2": "nd", "3": "rd"}
_PAST = {"start": "started", "fire": "fired", "open": "opened", "happen": "happened", "come": "came", "get": "got",
         "resolve": "resolved", "deploy": "deployed", "roll back": "rolled back",
         "go": "went"}
_COUNT = {"a": "1", "an": "1", "one": "1", "two": "2", "three": "3"}
_UNIT = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
_THING = r"(?:alert|incident|deploy|deployment|change|silence|rollback|warning|ack)"
"""A thing the store keeps, said in the singular ("how much incident", "the most incident", "di alert dem")."""
_COUNTED = r"(?:alerts|incidents|deploys|deployments|changes|silences|rollbacks|warnings|errors|lines|acks|snoozes|" \
    r"pages)"
"""Things counted, after "maximum" ("created maximum silences")."""
_NOT_COUNTED = r"(?:of|per|for|by|in|on|duration|length|time|value)"
_OWNED = r"(?:our|my|the|your|all (?:of )?(?:our|my|the)|these|those)"
_RANKED = r"(?=.*\b(?:most|fewest|least|highest|lowest|biggest|largest|smallest|top)\b)"
_VERB = r"(?= (?:had|has|have|saw|sees|got|get|gets|did|didn't|did not|do|don't|does|doesn't|never|raised|fired|" \
    r"logged|threw|were|are|was|is)\b)"
"""A verb right after the services: "which of our services didn't …" (not "which of the services with a deploy …",
read with its condition by :mod:`.ask_scoped`)."""

_SPOKEN = {"da": "the", "dat": "that", "wat": "what", "aftah": "after", "afta": "after", "afore": "before",
           "owt": "anything", "nowt": "nothing", "t'": "the", "wi'": "with", "b4": "before", "bfore": "before",
           "aftr": "after",
           # Scots: "Whit alerts wir firin' oan cart-service while its silence wis oan?"
           "whit": "what", "oan": "on", "jist": "just", "wans": "ones", "hud": "had", "maist": "most", "yin": "one",
           "gie": "give", "wir": "were", "wis": "was", "efter": "after", "ony": "any", "hae": "have",
           "itsel'": "itself", "an'": "and", "o'": "of", "aw": "all",
           # London: "'ow many", "wot time", "oo rolled back"
           "'ow": "how", "wot": "what", "oo": "who", "nought": "zero",
           # Caribbean: "de checkout-web alerts since dey flip on de flag", "wha time"
           "de": "the", "dey": "they", "dem": "them", "wha": "what", "mornin": "morning", "nobbut": "only",
           # Jamaican and Nigerian creoles: "Show mi di early warning dem weh sigma did deh ova 100"
           "di": "the", "inna": "in", "pon": "on", "weh": "that", "wah": "what", "waan": "want", "jus": "just",
           "ova": "over", "ower": "over", "fi": "for", "wid": "with", "yesiday": "yesterday", "dis": "this",
           "wetin": "what", "mi": "me", "'em": "them", "mairch": "march", "gimme": "give me", "lemme": "let me"}
"""Words written as they are said (Hawaiian Pidgin "da", "aftah"; Yorkshire "afore", "owt", "t'"; Scots "whit", "oan",
"maist"; London "'ow", "wot"; Caribbean "de", "dey"; texting "b4")."""
_SPOKEN_WORD = re.compile(r"(?i)(?<![\w'-])(" + "|".join(sorted(map(re.escape, _SPOKEN), key=len, reverse=True)) +
                          r")(?![\w'-])")

_DAY_CLOCK = r"(?:\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?|[a-z]{3,9}\.? \d{1,2}(?:st|nd|rd|th)?),? (?:\d{4},? )?" \
    r"\d{1,2}:\d\d"
"""A day and a clock time: "11 March 00:00", "March 12, 2025 06:00"."""


def _range_of(said: str) -> str:
    """ "the lowest and the highest" of what a range is asked of: "early-warning sigmas" is the warnings' sigma.

    >>> _range_of("early-warning sigmas")
    'the lowest and the highest sigma of the early warnings'
    """
    *kind, measure = said.replace("-", " ").split()
    if not kind:
        return f"the lowest and the highest {measure}"
    return f"the lowest and the highest {measure.removesuffix('s')} of the {' '.join(kind)}s"


TYPED_RULES = (
    (r"(?i)([?.!])\s*(?:both|the two|each of the two|all) (?:figures|numbers|counts|values|totals),?(?: please| pls)?"
     r"[.!]?\s*$", r"\1"),  # "… compared with January 2025? Both figures, please.": said of the answer
    (r"(?i)^(\W*how (?:long|much time)),? in (minutes|hours|mins|hrs),? (.+?)\s*([?.!]*)$", r"\1 \3, in \2\4"),  # "How
    # long, in minutes, was the … incident open?": the unit said at the end, where it is read
    (r"(?i)\b(?:the )?change (?:volume|count|counts|totals?)\b", "the number of changes"),  # "change volume last week
    # by type" (had been refused as an order to change something)
    (r"(?i)(?:^|(?<=[:;,(] ))(?:no|nr|num)\.? ?of\b|\b(?:no|nr|num)\. ?of\b|#\s?of\b", "number of"),  # "No. of
    # distinct services that alerted" (had been read as the rows: "no" read as nothing)
    (rf"(?i)\b({_THING}|one|service)s? dem\b", r"\1s"),  # "di
    # deploy dem": the deploys (a creole's plural)
    (r"(?i)\ball a dem\b", "all of them"),
    (r"(?i)\b(with|wid|of|for|fi) dem\b(?= [\w-]+)", lambda m: f"{_SPOKEN.get(m[1].lower(), m[1])} their"),  # "wid dem
    # suspect change"
    (r"(?i)\bfrom ([\w .-]{3,20}?) come\b", r"since \1"),  # "from 10 March come": since then
    (r"(?i)\b(go|goes|went|gone|going) live for (production|prod|staging)\b", r"\1 live in \2"),
    (r"(?i)\bmi waan\b", "I want to"),  # "Mi waan see every alert"
    (r"(?<!\bdid )(?<!\bdoes )(?<!\bdo )(?<!\bwill )(?<!\bcan )(?<!\bwould )(?<!\bdidn't )\bdon "
     r"(fire|start|open|resolve|deploy|roll back)\b",
     lambda m: _PAST[m[1].lower()]),  # "don fire"
    (r"(?i)\b(?:still )?dey fire\b", lambda m: m[0].lower().replace("dey fire", "firing")),  # "still dey fire"
    (r"(?i),?\s*\bas (?:i|we) dey (?:talk|speak)\b", ""),
    (r"(?i)\bnow now\b", "right now"),
    (r"(?i)^fit\b(?= (?:alerts?|wis|was|were|wir|changes?|silences?|incidents?|deploys?|time)\b)", "what"),  # Doric
    (_SPOKEN_WORD, lambda m: _spoken(set())(m)),  # typed() keeps the store's own names
    (rf"(?i)\bhow much ((?:[\w-]+ )?)({_THING})\b"
     r"(?! (?:time|duration|length|hours?|minutes?|downtime)\b)",
     r"how many \1\2s"),
    (r"(?i)\b(that|which|who) (start|fire|open|happen|come|get|go)\b(?! (?:to|off|live|out|up)\b)"
     r"(?![^?]*\b(?:future|tomorrow|next|later|upcoming|will|soon|ahead)\b)",
     lambda m: f"{m[1]} {_PAST[m[2].lower()]}"),  # "the alerts that start in the hour before …": a creole's or a
    # second language's present for the past
    (r"(?i)\b(?:gave|give|gives|giving) rise to\b|\bresulted in\b", "had"),
    (r"(?i)\bthe (?:greatest|highest|largest|biggest) (?:number|count) of\b", "the most"),
    (r"(?i)\bmetric (?:series|streams?)\b(?=[^?]*\bwarnings\b)", "metric keys"),  # "the three metric series which
    # gave rise to the greatest number of early warnings": warnings per metric key
    (r"(?i)\bget blame\b", "got blamed"),
    (rf"(?i)\b(the (?:most|fewest)) ({_THING})\b(?!['s-])",
     r"\1 \2s"),  # "blamed for the most incident"
    # "How much incident did get a suspect change"
    (r"(?i)\b([a-z]{2,})in'(?![\w'])", r"\1ing"),  # "firin'", "goin'"
    (r"(?i)(?:,\s*|\s+)\b(?:b'y|ah|lah|leh|takk|abeg|bredda|bai|oga)\s*(?=[?.!]*\s*$)|,\s*\b(?:ta|mind|na|boss)"
     r"\s*(?=[?.!]*\s*$)", ""),  # "Who and when, b'y?", "… at that moment ah?":
    # a word said to the listener at the end, not what is asked
    (r"(?i)^(?:wen|whn)\b", "when"),  # "wen did the last indexer alert start"
    (r"(?i)^(which|what) (?:silence |snooze |deploy |change )?(author|person|creator|deployer|user|engineer) has "
     r"(?:had |made |set )?the (?:longest|most|largest|biggest|highest) total ((?:scheduled |real )?(?:silence|"
     r"silenced|snooze|snoozed)\b(?: time)?)(?:,? in (hours|minutes))?(?=\s*[?.!]?\s*$)",
     lambda m: f"total {m[3].replace(' time', '')} {m[4] or 'minutes'} per {m[2]}, top 1"),  # "which silence author
    # has the longest total scheduled silence time, in hours" (had been the longest silence alone)
    (r"(?i),? (?:on|over|for|across) the whole (?:period|time|history|range)\b", ""),  # "…, on the whole period"
    (rf"(?i)^how many (?:alerts|alarms|pages) did (?:alertmanager|am|it) (hold back|mute|suppress|silence) under each "
     rf"(?!{_KINDS}\b)([\w-]+) silence\b", r"for each silence on \2, how many alerts did Alertmanager \1 under it"),
    (rf"(?i)^for (each|every) (?!{_KINDS}\b)([\w-]+) silence,", r"for \1 silence on \2,"),  # "for each indexer silence,
    # how many alerts did Alertmanager hold back": the silences on the indexer, each with its count
    (r"(?i)^how long is an? (silence|snooze) (?:set|scheduled|put on|created) for,? (?:on )?(?:avg|average)\b",
     r"average scheduled \1 length"),  # "how long is a silence set for on avg, in minutes"
    (r"(?i)^(?:(?:grand|great|ok(?:ay)?|right|alright|cool|perfect|lovely|brilliant|nice)[,!.]+\s*)(?:so,?\s+)?",
     ""),  # "Grand, so for the clinic managers' review: …": a reply's first word, not the question's
    (r"(?i)(?<=[a-z0-9,)]) n (?=[a-z])(?<!\btop n )", " and "),  # "start n stop", "yday n by who" (not "top n")
    (r"(?i)\b(critical|warning|info|error)\s+sevs?\b", r"\1 severity"),  # "warning sev only"
    (r"(?i)\bsevs?(?:\s*[:=])?\s+(critical|warning|info|error)\b", r"severity \1"),  # "sev=critical", "sev warning"
    (r"(?i)\b(more|less|longer|shorter|fewer|greater|bigger|smaller|other) then\b", r"\1 than"),
    (r"(?i)^((?:which|what|who)\b(?:(?!\bthan\b|\bor\b)[^?])*?\b(?:with|had|has|have|got|get|gets|did|do|does|made|"
     r"saw|sees)) (most|more)\b(?![^?]*\b(?:than|or|compared|comparing|vs\.?|versus|against|relative)\b)(?! of\b)",
     r"\1 the most"),  # "which 2 days had most alerts" (had been read as one day, or per alert name), "which are the 3
    # services with more alerts", "who did more changes last week?" (the most; not "more … than …", nor "A or B")
    (r"(?i)^\s*(?:obs|observation|note|item|point|finding|question|q|no|nr|#)\.?\s*\d{1,3}[a-z]?\s*[—–:-]+\s*"
     r"(?!\d{4}\b)",
     ""),  # "Obs. 11 — …": a numbered heading (its number is no count of the question's)
    (r"(?i)\bwhat range (?:do|does) (?:the )?([\w -]+?) (?:span|cover|take|fall in)\b[:,]?(?: (?:the )?"
     r"(?:lowest|smallest|minimum|min) and (?:the )?(?:highest|largest|maximum|max)(?: values?)?)?",
     lambda m: _range_of(m[1]) if re.search(r"(?i)\bsigmas?$", m[1]) else m[0]),  # "What range do the early-warning
    # sigmas span: the lowest and the highest value?" (of a warning's sigma alone: other measures are not read so)
    (r"(?i)\b(in|over|during|within|for|from) the last (week|month)\b(?=.*\b(?:(?:compared|comparing) (?:to|with)|"
     r"vs\.?|versus|against) (?:the )?(?:week|month|previous|prior|last|this|one)\b|.*\bthe (?:week|month) before\b)",
     r"\1 last \2"),  # "in the last week compared to the week before": two calendar
    # weeks side by side (alone, "in the last week" is its 7 days)
    (r"(?i)\b(?:roughly|approximately|approx\.?|about|around|more or less|ballpark),? (how (?:long|many|much))\b",
     r"\1"),
    # "Roughly how long does it take us to sort out an incident": how long (the answer is the same)
    (r"(?i)^(how long[^?]*?)(?: on average)?\?\s*(?:i mean|that is|i\.e\.?|meaning),? (?:the )?(?:average|mean)\b"
     r"(?: (?:time )?from (?:when )?[^,.?]+ (?:to|until|till) [^,.?]+)?(?:,? in (?:minutes|mins|hours|seconds))?"
     r"[.?!]?\s*$", r"\1 on average?"),  # "how long does it take to sort out an incident? I mean the average from
    # when it opens to when it's closed, in minutes.": the question's measure, said after it
    (r"(?i)\b(?:software )?(?:installations|installs)\b(?= (?:that|which) went live| went live| per| by| in| to| of)",
     "deploys"),  # "the number of software installations that went live, per environment"
    (r"(?i)\b(?:the )?(?:log|record|history|trail) of (?:people|persons|users|everyone|whoever|who) "
     r"(?:acting|acted|who acted|taking action|who took action|doing things) on (?:the )?(?:alarms|alerts)\b",
     "the audit log"),  # "From the log of people acting on alarms, the acknowledgement records made by …"
    (r"(?i)\bcalendar (days?|weeks?|months?)\b", r"\1"),  # "which 2 calendar days had the most alarm records"
    (r"(?i)\s*\((?:monday|mon)(?: (?:to|-|through|–) (?:sunday|sun))?(?:,? (?:utc|in utc))?\)", ""),  # "the week of 3
    # March 2025 (Monday to Sunday, UTC)", "since the start of this week (Monday, UTC)": the week restated
    (r"(?i),?\s*\b(?:since always|since forever|since the beginning(?: of time)?(?! of)|ever since records "
     r"began)\b", ""),  # all time (not "since the beginning of last week")
    (rf"(?i)\b(?:the )?max(?:imum)? (?:number of )?(?=(?:(?!{_NOT_COUNTED}\b)[\w-]+ ){{0,2}}{_COUNTED}\b"
     r"(?! (?:in|on|during) (?:a|one|any|a single|an?) (?:single )?(?:hour|day|minute|week)\b| per\b))",
     "the most "),  # "which 2 people created maximum silences", "the svc with max error log lines": the most (not a
    # largest value: "the maximum duration of incidents")
    (r"(?i),?\s*\b(?:not counting|excluding|except|without|leaving out|minus|but not) (?:the )?(?:robots?|bots?|"
     r"automation|machines?|automated (?:ones|actors|accounts|tools))\s*\([^()]*\)", ", humans only"),  # "not counting
    # the robots (argocd, deployment-controller)" (its names had been read as the changes' actor and source)
    (r"(?i)\b(?:on )?the day (\d{1,2})\b"
     r"(?!\s*(?:of|st|nd|rd|th|days?|hours?|weeks?|months?|years?|minutes?|ago|:|[.,]\d))",
     lambda m: f"on the {m[1]}{_ORDINAL.get(m[1][-1:] if m[1][:1] != '1' or len(m[1]) == 1 else '', 'th')}"),  # "the
    # day 11": the 11th (a Romance language's "el día 11")
    (r"(?i)\b(followed|trailed|succeeded),\s*((?:within|inside|in) [^,]+?),\s*by ((?:an? |any |some |the )?"
     r"(?:[\w.-]+ ){0,3}?(?:rollbacks?|alerts?|deploys?|deployments?|incidents?|changes?|silences?|warnings?|"
     r"releases?))\b",
     r"\1 by \3 \2"),  # "deployments which were followed, within one hour and on the same service, by a rollback"
    # (the span between had turned the relation round: the rollbacks' deploys)
    (r"(?i)\b(?:the )?(silences?|mutes?|snoozes?) (?:was|were) (?:really|actually|truly) in (?:place|effect)\b",
     r"the \1 really lasted"),  # "tot up the hours the silences was actually in place, per author" (had been those
    # in place now)
    (r"(?i)\b(?:tot|add|sum|count) up\b", "total"),  # "tot up the hours"
    (r"(?i)\b(active|firing|open|in place|in effect|going off)((?: (?:on|in) [\w .-]{1,30}?)?) by "
     r"(\d{1,2}:\d\d|\d{1,2}\s*(?:am|pm))\b", r"\1\2 at \3"),  # "which silences were active on Tuesday 11 March
    # by 15:00 UTC": at that time (had been the whole day); a state said so, not "resolved by 15:00"
    (r"(?i)\b(?:were|was) open (?:the )?longest\b", "lasted longest"),  # "which three incidents were open longest"
    # (how long each lasted; "have been open the longest" is of those still open)
    (r"(?i)\b(at|@) (\d{4}-\d\d-\d\d)[ T](\d{1,2}:\d\d)(?::00(?:\.0+)?)?\s*(?:utc|gmt|z)?(?![\w:.])",
     r"\1 \3 on \2"),  # "which silences were in effect at 2025-03-11 15:00 UTC" (the clock had been dropped: the whole
    # day), "at 2025-03-11T15:00Z"
    (r"(?i)\bnot (?:over|via|through|by way of) ([\w-]+)(?: but (?:over|via|through|by|from) (?:another|some other|"
     r"other|a different) (?:way|route|channel|path|source|tool))?", r"not from \1"),  # "which alerts came this week
    # not over Alertmanager but over another way" (the "not" had been lost: Alertmanager's)
    (r"(?i)[.,;]?\s*\b(?:each|every) (?:person|one|name|author|actor) (?:only )?(?:one time|once)(?: only)?"
     r"\s*(?=[.?!]*\s*$)", ""),  # "who made the rollbacks. Each person only one time.": the people, as such a list
    # is (had been a count)
    (r"(?i)\b(?:overnight|over ?night|during the night|in the night),? (?=(?:from|between) [^?]*?\d{1,2}:\d\d\b[^?]*?"
     r"\b(?:to|and|until|till)\b[^?]*?\d{1,2}:\d\d\b)", ""),  # "overnight from 11 March 18:00 to 12 March 06:00": that
    # span (the night's hours had been put on it too)
    (rf"(?i)\b(?:in |during |over )?the night from ({_DAY}) (?:to|till|until|into) ({_DAY}),? (?:between|from) "
     r"(\d{1,2})(?::00)?(?: ?h)? (?:and|to|till|until) (\d{1,2})(?::00)?(?: ?h| o'?clock| hours)?\b",
     lambda m: f"between {m[1]} {int(m[3]):02d}:00 and {m[2]} {int(m[4]):02d}:00" if _next_day(m[1], m[2]) else m[0]),
    # "in the night from Tuesday to Wednesday between 22 and 6 o'clock" (had been both days' night hours)
    (r"(?i)\bmost many\b", "the most"),  # "which person created most many" (a literal "zui duo")
    (r"(?i)^(?!(?:how|what|which|who|when|where|did|do|does|is|are|was|were|any|list|show|give)\b)([^?]{3,120}?)\s*"
     r"(?:[-–—,:]\s*)+how many(?: each| of each| in each| for each| apiece)?\s*([?.!]*)\s*$",
     r"how many \1\2"),  # "Incidents in February vs January - how many each?": the count asked, of both
    (r"(?i)^is who\b", "who"),  # "is who flip on de Passkey login flag": who
    (r"(?i)\bwho (take|takes) (it|them) off\b", r"who took \2 off"),  # "who put it on and who take it off"
    (r"(?i)\bsince (\d+|an?|one|two|three) ?(m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?) ago\b"
     r"(?! (?:to|until|till)\b)", lambda m: f"in the last {_COUNT.get(m[1].lower(), m[1])} {_UNIT[m[2].lower()[0]]}"),
    # "alerts since 2h ago", "since an hour ago" (had been every alert; "from 3 days ago" is that day, read as such)
    (r"(?i),?\s*(?:with )?(?:the )?(?:argo ?cd|argo|bots?|automation|controllers?|deployment[- ]controller|jenkins|"
     r"github[- ]actions)(?: \(automated\))? (?:counting|counted|included|counts) as (?:an? )?(?:deployer|person|"
     r"actor|author|human|people)s?(?: too| also| as well)?\b", ""),  # "the top three, Argo CD counting as a deployer
    # too": every actor, as a ranking of people is anyway (had been Argo CD's changes alone)
    (r"(?i)\b(?:in |during |over )?the week (?:of|from) (\d{1,2})(?:st|nd|rd|th)? (?:to|till|until|-|–|through) "
     r"(\d{1,2})(?:st|nd|rd|th)?(?= (?:of )?[a-z]{3,9}\b)",
     lambda m: f"from {m[1]} to {m[2]}" if int(m[1]) < int(m[2]) else m[0]),  # "in the week of 3 to 9 March 2025"
    # (had been the 9th alone); a week across two months ("24 to 2 March") is left as said (refused)
    (r"(?i)^(which|what) ((?:\d+|two|three|four|five|ten) )?humans\b([^?]*)", r"\1 \2people\3, humans only"),
    # "which two humans made the most changes": people, the bots left out
    (r"(?i)\boutside (?:of )?(?:the )?(office|business|working|work) hours\b(?:\s*\(\s*mon(?:day)? (?:to|-|–) "
     r"fri(?:day)?,?\s*(?:from )?0?9(?::00|h)? ?(?:to|-|–) ?17(?::00|h)?\s*\))?", r"outside \1 hours"),  # "outside
    # of the office hours (Monday to Friday, 9h to 17h)": the business hours the reading knows (other hours said are
    # kept, refused)
    (r"(?i),?\s*\bfrom (?:its |their |the )?start to (?:its |their |the )?(?:planned|scheduled|set|intended) end\b,?",
     ""),  # "the average scheduled length of the silences, from start to planned end, in minutes"
    (r"(?i)\s*\(\s*(?:not|excluding|except|without|no) ([^()]*?\b(?:argo|controllers?|bots?|automation|automated|"
     r"renovate|dependabot|jenkins|github[- ]actions)\b[^()]*?)\s*\)",
     lambda m: " excluding " + re.sub(r"(?i),? (?:and )?(?:not|no) ", " or ", m[1])),  # "changes made by humans (not
    # argocd, not the deployment controller) in production": the bots named left out (the "not" had reached
    # "production": every other environment)
    (r"(?i)^(?:who's|whos|who is|who was|who were) the (?:one|ones|person|people|guy|engineer)s?(?: that| who)? ",
     "who "),  # "whos the one that rolled back payments-api"
    (r"(?i)^(which|what) (service|project|environment)(s?) (?:was|were|got|has been|have been) (rolled back|deployed|"
     r"silenced|released)((?: (?:in|on|to|at|for) [\w-]+(?: [\w-]+)?)?(?:,? all time)?)? (?:the )?most(?: times| often|"
     r"(?=\s*(?:,|[?.!]|$)))",
     lambda m: f"{m[1]} {m[2]}{m[3]} had the most {_DONE[m[4].lower()]}{m[5] or ''}"),  # "which service was rolled
    # back in production most times": the one with the most rollbacks (had been every rollback)
    (r"(?i)\b((?:last|this|previous|past) week),? \(?mon(?:day)? (?:to|-|–|through|till) sun(?:day)?\)?", r"\1"),
    # "last week, Monday to Sunday": the week the reading knows (it begins on Monday)
    (rf"(?i)\b(?:between|from) (\d{{1,2}}(?::\d\d)?\s*(?:am|pm)) (?:on )?({_DAY}) (?:and|to|until|till) "
     rf"(\d{{1,2}}(?::\d\d)?\s*(?:am|pm)) (?:on )?({_DAY})\b(?! (?:of )?(?:last|previous|this|next|that) week)",
     lambda m: f"between {m[2]} {m[1]} and {m[4]} {m[3]}" if _next_day(m[2], m[4]) else m[0]),  # "between 8pm on
    # Tuesday and 6am on Wednesday" (one night): as "between tuesday 8pm and wednesday 6am"
    (r"(?i)\b(avg|average|mean|median|total|max|min) (?:mins|min)\b(?= (?:to|of|for|per|open|firing|silenced)\b)",
     r"\1 minutes"),  # "avg mins to resolve payments api alerts tues"
    (rf"(?i)^(which|what) of {_OWNED} ((?:[\w-]+ )?)(service|project|"
     rf"environment|env)s\b{_VERB}{_RANKED}", r"\1 \2\3"),  # "which of the search services had the most incidents": one
    (rf"(?i)^(which|what) of {_OWNED} ((?:[\w-]+ )?)(services|projects|"
     rf"environments|envs)\b{_VERB}", r"\1 \2\3"),  # "which of our services didn't get any deploys"
    (r"(?i),? *\bas (?:the |they |it )?(?:silences? |mutes? )?(?:(?:was|were) )?(?:really|actually|truly) in (?:place|"
     r"effect)\b", " really"),  # "total silenced hours per author, as the silences were really in place": how long
    # each lasted until it ended or was expired (not the silences in place now)
    (r"(?i)\b(?:they|it) (?:was|were) (?:really|actually|truly) in (?:place|effect)\b", "they really lasted"),  # "how
    # many minutes they were really in place"
    (r"(?i)\btook (longer|more|less|shorter) than (\d+ (?:minutes?|mins?|hours?|hrs?)) to (?:clear|resolve|be resolved|"
     r"get resolved|close|recover|be fixed|get fixed)\b", r"lasted \1 than \2"),  # "alerts that took longer than 20
    # minutes to clear"
    (rf"(?i)\bbetween ({_DAY_CLOCK}) and ({_DAY_CLOCK})\b", r"from \1 to \2"),  # "between 11 March 00:00 and 12
    # March 06:00": one window across the days
    (r"(?i),?\s*\b(?:from|in|using|per) the per[- ]minute (?:log )?(?:pattern |template )?counts\b", ""),  # "top 3 log
    # templates by error lines …, from the per-minute pattern counts": where they are counted (not per minute)
    (r"(?i)\b(per (?:phase|status|state))\s*\((?:[\w-]+,\s*)+(?:and |or )?[\w-]+\)", r"\1"),  # "how many per phase
    # (requested, in_progress, live)": every value, named as examples (the last had been a filter); not "per service
    # (checkout, billing-api)", which names the ones asked
    (r"(?i)^\s*((?:please )?(?:exclude|ignore|omit|leave out|excluding|without|not counting) (?:the )?(?:bots?|"
     r"automation|robots|machines))\s*[.!:;]\s+(\S.*?)\s*$", r"\2 \1"),  # "Please exclude automation. Who made the
    # most changes this month?": said after the question, where it is read (had been left out with its sentence)
    (r"\s+\+\s+(?=(?:who|when|where|which|what)\b)", " and "),  # "flag changes this wk + who made them": the changes
    # and who (had been who alone)
)
"""Patterns and their replacements, applied in order."""


def typed(question: str, names: Collection[str] = ()) -> str:
    """``question`` with :data:`TYPED_RULES` applied: before any shape is tried on it, so that each reads the same.
    Quoted text is left as written ("log lines that contain 'login'"), and so are the store's own one-word ``names``
    and words in capitals that a spoken form would take ("alerts in DE", "the HUD service").

    >>> typed("how many log lines contain 'login' wi' errors")
    "how many log lines contain 'login' with errors"
    >>> typed("which alerts fired in DE")
    'which alerts fired in DE'
    """
    quoted: list[str] = []

    def hold(m: re.Match) -> str:
        quoted.append(m[0])
        return f"\ue000{len(quoted) - 1}\ue001"

    question = _QUOTED.sub(hold, question)
    kept = {w for w in _SPOKEN if w in names}
    for pattern, replacement in TYPED_RULES:
        if pattern is _SPOKEN_WORD:
            replacement = _spoken(kept)
        question = re.sub(pattern, replacement, question)
    if (m := _TWO_FIRST.match(question)) and m[1].lower() in names and m[2].lower() in names:
        question = f"{m[3]}, {m[1]} or {m[2]}{question[m.end():]}"  # "staging or production, which one had more
        # alerts?": which had more, of the two (only two of the store's names: not "today or yesterday, …")
    return re.sub("\ue000(\\d+)\ue001", lambda m: quoted[int(m[1])], question)


_TWO_FIRST = re.compile(r"(?i)^([\w.-]+) or ([\w.-]+)\s*(?:,|:|;|-|\?)\s*(which(?: one)? (?:had|has|got|saw|did|was|"
                        r"is) (?:more|most)\b[^?]*)")
"""Two things named before "which one had more …"."""
_QUOTED = re.compile(r"(?<![\w'])'(?=\S)[^'\n]{1,200}(?<=\S)'(?![\w'])|\"[^\"\n]{1,200}\"|`[^`\n]{1,200}`")
"""Quoted text: a value as written, not words to read ("contain 'login'")."""


def _spoken(kept: set[str]):
    def said(m: re.Match) -> str:
        word = m[1]
        if word.lower() in kept or (len(word) > 1 and word.isupper()):
            return word  # a name of the store's ("don", "de"), or a code in capitals ("DE", "HUD")
        return _SPOKEN[word.lower()]
    return said
