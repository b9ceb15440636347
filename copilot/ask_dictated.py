"""A question as speech-to-text or a second language writes it, in the words the reading knows: numbers said as words
("the last forty eight hours", "two point fourteen", "on the eleventh"), letters spelled one by one ("S M T P"), a
word said and then taken back ("on the card service no wait I mean checkout-web", "the ten no the five most recent"),
ops words a transcriber splits ("role back", "the ploy"), and the courtesies of other languages around a question
("Bonjour, …", "… svp", "ji show me …", "…? jërëjëf"). Applied first by :meth:`.ask.Asker.sql`.

>>> dictated("okay so how many alerts came in the last forty eight hours")
'how many alerts came in the last 48 hours'
>>> dictated("minutes from the two point fourteen the ploy going live until the role back went live")
'minutes from the 2.14 deploy going live until the rollback went live'
>>> dictated("which hour on the eleventh had the most alerts")
'which hour on the 11th had the most alerts'
>>> dictated("what's that S M T P thing on user profile show us it la")
"what's that SMTP thing on user profile show us it"
>>> dictated("critical alerts from yesterday on the card service no wait I mean checkout-web")
'critical alerts from yesterday on checkout-web'
>>> dictated("for each incident resolved in February give me the service the alert name who resolved it and the fix")
'for each incident resolved in February: the service, the alert name, who resolved it and the fix'
>>> dictated("the ten no the five most recent alerts")
'the five most recent alerts'
>>> dictated("alerts per severity since first of February no March since first of March")
'alerts per severity since 1st of March'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_dates import MONTH_NAMES
from signalcraft.copilot.ask_items import ITEMS
from signalcraft.copilot.ask_languages import in_english

__all__ = ["dictated"]

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
          "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_NUMBER = (rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}|{'|'.join(_UNITS)}|zero|"
           r"\d+)")
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
             "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
             "thirtieth": 30}
_ORDINAL = (rf"(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
            rf"{'|'.join(_ORDINALS)})")
_MONTHS = rf"(?:{MONTH_NAMES})(?![a-z])"
_NOUN = (r"(?:\w+ )?(?:one|time|alert|deploy|deployment|incident|change|silence|warning|rollback|release|day|week|"
         r"month|hour|minute|attempt|try|shift|event|scale|page|ack|snooze|sprint|round|call|run)s?\b")
"""What an ordinal counts when it is not a day ("the fifth deploy", "the second scale event")."""
_TIME_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|percent|per ?cent)\b"
_PREPOSITION = r"(?:on|in|for|from|since|at|of|by|to|about|with)"
_PAST = {"acknowledge": "acknowledged", "ack": "acked", "deploy": "deployed", "silence": "silenced",
         "snooze": "snoozed", "create": "created", "expire": "expired", "resolve": "resolved", "release": "released",
         "mute": "muted", "page": "paged", "push": "pushed", "ship": "shipped", "flip": "flipped", "toggle": "toggled"}
"""The past of the verbs said after "did" ("who did acknowledge alerts the most")."""
_FOR = (r"(?:rfp|rfi|rfq|tender|proposal|qbr|slide deck|deck|slides|newsletter|status page update|customer email|"
        r"client email|renewal|account review|business review|sla report|sla review)")
"""What an answer is for, said before the question ("For the RFP: …"); names no data."""
_FOR_AFTER = rf"(?:{_FOR[3:-1]}|rca|pir|post-?mortem|retro|report|ticket|meeting|review|audit)"
"""What an answer is for, said after the question and a comma ("…, needed for the RCA")."""

_SAID = (
    (r"(?i)^\s*(?:(?:okay|ok|ah+|so|right|alright|hey|hi)\b[,.]?\s+)+", ""),  # "okay so how many …"
    (r"(?i)\b(?:um+|uh+|erm+)\b,?\s*", ""),
    (r"(?i)^\s*(?:bonjour|bonsoir|salut|hola|buenos d[ií]as|buenas|hallo|guten (?:morgen|tag)|servus|gr[üu]e?zi|moien|"
     r"ciao|buongiorno|ol[áa]|oi|bom dia|namaste|namaskar|salaam|salam|as-?salaam[u ]?alaikum|merhaba|sawubona|jambo|"
     r"habari|hej|hei|moi|ahoj|dzie[ńn] dobry|privet|kon'?nichiwa|annyeong|xin ch[àa]o|sawasdee|selamat pagi|kia ora|"
     r"bon dia|bondia|goeiemorgen|goedemorgen|bon bini)\b[,!.]*\s*", ""),  # "Bonjour, the clients …"
    (r"(?i)^\s*(?:ji|haan ji|arre|arey|acha|achha|bhai|yaar|oye|mas|mbak|kak|bang|abang|anna|akka|ustad)\b,?\s+(?=\w)",
     ""),  # "ji show me all the …": a courtesy or a form of address before the question
    (r"(?i)\b(it|them|this|that|please|pls|me|us|already|now|ok|okay|yet|done),?\s+(?:la|lah|leh|lor|meh|yaar|ji|bhai|"
     r"na|ne|bro|mate)\s*([?.!]*)\s*$", r"\1\2"),  # "… show us it la" (not "alerts for environment na")
    (r"(?i)\b(?:svp|s'il (?:vous|te) pla[iî]t|por favor|per favore|bitte(?: sch[öo]n)?|l[üu]tfen|prosz[eę]|"
     r"tafadhali|alsjeblieft|alstublieft|kudasai|onegai(?: ?shimasu)?|faz favor|se faz favor|min fadlak|lutfan|"
     r"kripya|dayavittu|azafady|tolong|lutfen)\b", "please"),  # "all columns svp"
    (r"(?i)(?<=[?.!])\s*(?:thanks?(?: a lot| so much)?|thank you|thx|ty|ta|cheers|merci(?: beaucoup)?|gracias|"
     r"danke(?: sch[öo]n)?|obrigad[oa]|grazie|asante(?: sana)?|shukran|shukriya|dhanyavaad?|terima kasih|salamat|"
     r"kiitos|tack|takk|dank ?je(?: wel)?|dzi[eę]kuj[eę]|spasibo|arigato|gomawo|kamsahamnida|jërëjëf|jerejef|"
     r"masha danki|mesi|ngiyabonga|[^\x00-\x7f\s]+)[.!]*\s*$", ""),  # "…? jërëjëf": thanks in the asker's language
    (r"(?i)\brole[- ]?backs?\b", lambda m: "rollbacks" if m[0].lower().endswith("s") else "rollback"),
    (r"(?i)\b((?:every|each|the|a|any|this|that|all|which|what|many)(?: first| last| latest)?) roll[- ]back(s?)\b",
     r"\1 rollback\2"),  # "for every roll back": the noun (not "when did novak first roll back")
    (r"(?i)\b(?:a|the) (\d+(?:\.\d+)+) the ploy\b", r"the \1 deploy"),  # "the two point fourteen the ploy"
    (r"(?i)\bthe ploy(s|ed)?\b", lambda m: "the deploy" + (m[1] or "")),
    (r"(?i)\bre[- ]deploy(s|ed|ment)?\b", lambda m: "redeploy" + (m[1] or "")),
    (r"(?i)(?<!['\"=_])\b(config|flag)_(update|change)(s?)\b(?!['\"])", r"\1 \2\3"),  # "changes of type
    # config_update": the type's words (not a quoted value of typed SQL)
    (r"(?i)\b(?:provide|give|send|share)(?: me| us)? (?:the|a|an|with the) (?:complete |full )?(?:listing|list|"
     r"register|inventory|extract|export) of\b", "list"),  # "Please, provide the listing of silences created …"
    (r"(?i)\b(?:in|for|during|over|within) the (?:period|time span|timeframe|time frame|interval|range)(?: of)?\s+"
     r"(?=from\b|between\b|\d)", ""),  # "created in the period from 2025-02-01 to 2025-02-28"
    (r"\b((?i:silences?|mutes?|snoozes?))\b((?:(?!\b(?i:mention|comment))[^?.!])*?)\s*\(?\b([A-Z][A-Z0-9]{1,9}-\d{1,6})"
     r"\b\)?", r"\1 mentioning \3\2"),  # "the silence for the identity database upgrade (CHG-2291)": the ticket its
    # comment names
    (r"\b([A-Z][A-Z0-9]{1,9}-\d{1,6}) ((?i:silences?|mutes?|snoozes?))\b", r"\2 mentioning \1"),  # "the CHG-2291
    # silence"
    (r"(?i)\s+[-\u2013\u2014]+\s+(?:please |pls )?(?:show|give|list|display)(?: me| us)?(?: the)?\s+(?=[^,]+,)", ": "),
    # "silence which was created while … - show silence id, who made it, …": the list after the dash
    (r"(?i)^(?:who|whose|which|what)\b[^?]{0,80}\b(?:the )?most\?\s+(?=(?:the )?top \d+ [\w-]+ by )", ""),  # "whose
    # deploys set off alerts the most? top 3 deployers by deploys that …": the question said again, exactly
    (r"(?i)^(the [\w:-]+ alerts?(?: on [\w-]+)?),? (?:when|what time) (?:did )?(?:it|they) (start|fire|began|begin)"
     r"(?:ed|s)? (?:the |for the )?(first|last) time\b", r"when did \1 \2 the \3 time"),  # "this alert, when it started
    # the first time?" (the question word after its subject)
    (r"(?i)^(the [\w:-]+ alerts?(?: on [\w-]+)?) (?:started|fired|began) when,? (?:the )?(first|last) time(?: ever)?\b",
     r"when did \1 start the \2 time"),  # "this 👆 started when, first time ever?"
    (r"(?i),\s*(?:all of them|every one of them|each of them|that only|only that|only those|nothing else)\s*([.!?]*)"
     r"\s*$", r"\1"),  # "…: service, alert name, fix and who resolved, all of them"
    (r"(?i)^(who|which \w+) (?:all )?did (acknowledge|ack|deploy|silence|snooze|create|expire|resolve|release|mute|"
     r"page|push|ship|flip|toggle)\b", lambda m: f"{m[1]} {_PAST.get(m[2].lower(), m[2] + 'd')}"),  # "Who did
    # acknowledge alerts the most?"
    (r"(?i)^who all\b", "who"),  # "who all created silences" (Indian English)
    (r"(?i)\b(?:the )?(?:(\d+|two|three|four|five|ten) )?most (?:fired|frequently fired|triggered) (?:(\d+|two|three|"
     r"four|five|ten) )?(alert names?|alertnames?)\b",
     lambda m: f"top {m[1] or m[2]} {m[3]}" if m[1] or m[2] else m[0]),
    # "the 3 most fired alert names", "all time most fired 3 alert names" (had been one count of every alert)
    (r"(?i)\b(at|of|from|to|until|till|between|and|since|around|by) (\d{1,2})h([0-5]\d)\b", r"\1 \2:\3"),  # "the
    # DiskSpaceLow of 18h26": the clock as French writes it
    (r"(?i)(\bhours? of (?:the )?day\b.*?\bwhich hour)\b(?! of)", r"\1 of the day"),  # "Is there an hour of the day
    # when things tend to break the most? Which hour has seen the most alerts start": the hour of the day again
    (r"(?i)\btill date\b", "so far"),  # "this year till date" (Indian English): up to now
    (r"(?i)\b(?:the )?begin of\b", "the beginning of"),  # "since the begin of February"
    (r"(?i)\b(were|was|been|that|which|who|they|actors?|persons?|people|changes|deploys|deployments|rollbacks) "
     r"reali[sz]ed\b", r"\1 made"),  # "the changes realised in production" (Spanish "realizar"): carried out
    (r"(?i)\b(?:designated|named|marked|flagged|identified|pointed out) as (?:the |a )?(?:probable |likely )?"
     r"(?:suspects?|culprits?|cause)\b", "blamed"),  # "the changes that were designated as suspect"
    (r"(?i)\b(\w+s) \((?:persons?|people|humans?) (?:or|and|and/or) (?:automatic|automated|service|technical|bot) "
     r"accounts?\)", r"\1"),  # "which two actors (persons or automatic accounts)": all of them, said again
    (r"(?i)\bfor the (?:highest|largest|biggest|greatest) (?:number|count|amount) of\b", "for the most"),
    (r"(?i)\b(?:on|in) the (?:very |exact |same )?moment(?: that| when)?\b", "at the moment"),  # "what was firing on
    # the moment that the flag went on"
    (r"(?i)^(what|which alerts?) (was|were|is|are) all (?=firing|open|active|on|going|running|silenced|muted)",
     r"\1 \2 "),  # "What was all firing …": everything that was
    (r"(?i)^(what time|when) the ([\w-]+) (trouble|problems?|issues?|outage|incident|mess|breakage) (start|begin|end|"
     r"stop|finish)(?:ed|s)?\b", r"\1 did the \2 \3 \4"),  # "what time the checkout trouble start on 3/11"
    (r"(?i)(?<=[?.!])\s*(?:in )?(?:utc|gmt|zulu)(?: time)? (?:is|would be) (?:ok|okay|fine|good)[.!]*\s*$", ""),
    (r"(?i)^(who) (silenced|muted|snoozed) (?:the )?(?:alerts?|alarms?|pages?) (?:of|from) ", r"\1 \2 "),  # "who
    # silenced alerts of the indexer": the indexer
    (r"(?i)\b(average|avg|mean|median|typical) (snooze|silence|mute|incident|outage|alert)s? in "
     r"(minutes|hours|mins|hrs)\b", r"\1 \2 length in \3"),  # "the average snooze in minutes"
    (r"(?i)\bsince the (?:beginning|start) of (?:the |this )?(year|month|week|quarter)\b", r"this \1"),  # so far
    (rf"(?i)\bsince the (?:beginning|start) of ({_MONTHS})\b", r"since \1 1"),  # "since the beginning of February":
    # from its first day up to now (had been February alone)
    (r"(?i)\bhow many (hours|minutes|days) (were|was) (they|it) (?:really |actually )?in (place|effect)\b",
     r"how many \1 \3 \2 really in \4"),  # "how many hours were they in place in total": how long each really was
    (rf"(?i)^\s*(?:also,? )?for (?:the|our|my|a|an|this) {_FOR}\b[^:,?\d-]{{0,60}}[:,]\s*", ""),  # "For the RFP part
    # about maintenance windows: how many …": what the answer is for (not "For the report on checkout-web, …")
    (rf"(?i)[,;]\s*(?:(?:it'?s |this is |that'?s )?(?:needed|required|wanted|asked) )?for (?:the|our|my|a|an|this) "
     rf"{_FOR_AFTER}\b[^,?.:\d-]{{0,40}}?([?.!]?)\s*$", r"\1"),  # "…, needed for the RCA"
    (rf"(?i)(?<=[?.!])\s+(?:these|this|that|those|it|they)\b[^?.!]*\bfor (?:the|our|my|a|an|this) {_FOR_AFTER}\b"
     r"[^?.!]*[.!]?\s*$", ""),  # "… within 30 minutes. These are the clean ones for the PIR."
)
"""Words said around or for others; each is the pattern and what it is read as."""


def _number(said: str) -> str:
    said = said.lower()
    if said.isdigit():
        return said
    if said == "zero":
        return "0"
    parts = re.split(r"[- ]", said)
    return str(sum(_TENS.get(p, 0) + _TEENS.get(p, 0) + _UNITS.get(p, 0) for p in parts))


def _ordinal(said: str) -> str:
    parts = re.split(r"[- ]", said.lower())
    n = sum(_TENS.get(p, 0) + _ORDINALS.get(p, 0) for p in parts)
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _numbers(text: str) -> str:
    """Numbers said as words where a number is meant: before a unit, in a decimal ("two point fourteen"), and days
    said as ordinals ("on the eleventh", "the fourth of march", "march fourth")."""
    text = re.sub(rf"(?i)\b({_NUMBER}) point ({_NUMBER})(?: point ({_NUMBER}))?\b",
                  lambda m: ".".join(_number(x) for x in m.groups() if x), text)
    text = re.sub(rf"(?i)\b({_NUMBER}) (?={_TIME_UNIT})", lambda m: f"{_number(m[1])} " if not m[1].isdigit() and
                  m[1].lower() not in ("one",) else m[0], text)  # "one hour": as said (read as a unit alone)
    later = rf"(?!(?:first|second|third)\b){_ORDINAL}"  # "after the second scale event": no day
    text = re.sub(rf"(?i)\b(on|since|until|till|before|after|from) the ({later})\b(?! {_NOUN})",
                  lambda m: f"{m[1]} the {_ordinal(m[2])}", text)
    text = re.sub(rf"(?i)\b(?:the )?({_ORDINAL}) of ({_MONTHS})", lambda m: f"{_ordinal(m[1])} of {m[2]}", text)
    return re.sub(rf"(?i)\b({_MONTHS}) ({_ORDINAL})\b(?! {_NOUN})", lambda m: f"{m[1]} {_ordinal(m[2])}", text)


def _taken_back(text: str) -> str:
    """A word said and then taken back: "on the card service no wait I mean checkout-web" (the object after the last
    preposition before the correction), "the ten no the five" (a phrase begun again with its first word)."""
    text = re.sub(rf"(?i)\b({_PREPOSITION}) (?:(?!{_PREPOSITION}\b)[\w'-]+ ){{0,3}}?(?!{_PREPOSITION}\b)[\w'-]+,? "
                  r"(?:no,? wait,?|no,?|sorry,?|wait,?|or rather,?) i mean,? ", r"\1 ", text)
    return re.sub(rf"(?i)\b(the|since|on|in|for|from|at|last|top|between) (?:[\w'-]+ ){{0,3}}?[\w'-]+,? "
                  rf"(?<!\bwith )(?<!\bhad )(?<!\bhas )(?<!\bhave )(?<!\bgot )(?<!\bwas )(?<!\bwere )(?<!\bis )"
                  rf"(?<!\bare )no,? (?:wait,? )?(?:(?:i mean|sorry),? )?(?:(?:{_MONTHS}|\d+|{_NUMBER}) )?(?=\1\b)",
                  "", text)


_ITEMS = [(re.compile(rf"(?i)(?:{pattern})"), ".+" in pattern) for _, pattern in ITEMS]
"""The list items a spoken list is cut into, and whether an item may take the rest of the sentence (only the last)."""


def _unpunctuated_list(text: str) -> str:
    """A list said without commas after "give me" ("… give me the service the alert name who resolved it and the
    fix") as the list after a colon it is ("…: the service, the alert name, who resolved it and the fix"), when its
    every word is in one of two or more items."""
    m = re.search(r"(?i)(?<=\w)\s+(?:(?:and )?(?:give|show|tell) (?:me|us)|i (?:need|want))\s+(?P<tail>[^,;:?.!]+?)\s*"
                  r"(?P<end>[?.!]*)\s*$", text)
    if m is None:
        return text
    words, items, i = m["tail"].split(), [], 0
    while i < len(words):
        if words[i].lower() == "and" and items:
            i += 1
            continue
        j = next((j for j in range(min(len(words), i + 6), i, -1)
                  if any(p.fullmatch(" ".join(words[i:j])) and (j == len(words) or not rest) for p, rest in _ITEMS)),
                 None)
        if j is None:
            return text
        items.append(" ".join(words[i:j]))
        i = j
    if len(items) < 2 or f" and {items[-1]}" not in m["tail"]:  # "give me the service name": one item
        return text
    return f"{text[:m.start()]}: {', '.join(items[:-1])} and {items[-1]}{m['end']}"


def dictated(text: str) -> str:
    """``text`` with what speech-to-text and other languages put around and inside a question read as plain
    words."""
    text = _numbers(in_english(text))
    for pattern, said in _SAID:
        text = re.sub(pattern, said, text)
    text = re.sub(r"\b(?:[A-Z] ){1,}[A-Z]\b", lambda m: m[0].replace(" ", ""), text)  # "S M T P": spelled out
    return _unpunctuated_list(re.sub(r"[ \t]{2,}", " ", _taken_back(text)).strip())  # (a letter's blank lines kept)
