"""Negations and bounds: the states a question asks to be absent, and a refusal for every "not" and every
"more than N" the reader cannot place.

A reading that drops a "not" answers the opposite of the question ("silences no longer active" had listed the
active ones), so every ``not``/``never`` of a question must be read by one of the forms below or by the
readings that exclude a value ("not on payments-api", "not critical", "not resolved", "not followed by any
alert"); otherwise the question is refused with the words, and nothing runs.
"""

from __future__ import annotations

from datetime import datetime

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading, Refused
from signalcraft.copilot.ask_sql import lit

__all__ = [
    "READ",
    "check_bounds",
    "check_clocks",
    "check_negations",
    "check_spans",
    "check_than",
    "check_weekday",
    "negated_alert_actions",
    "negated_change_type",
    "not_firing",
    "not_live",
]

_NOT = r"\b(?:not|never|no longer)"

READ = (
    # a value excluded: "not on payments-api", "not in prod", "not critical", "not made by lnovak"
    rf"{_NOT} (?:\w+ )?(?:in|on|for|from|to|at|part of|belonging to|owned by|of)\b",
    rf"{_NOT} (?:\w+ )?(?:critical|warning|warnings|error|errors|info|severe|high|low)\b",
    rf"{_NOT} (?:made |done |deployed |created |pushed |shipped |released |silenced |by )?by\b",
    # states
    rf"{_NOT} (?:yet |been |ever )*(?:resolved|fixed|closed|started)\b",
    rf"{_NOT} (?:yet |been )?(?:firing|active|in effect|on|open)\b",
    rf"{_NOT} (?:yet |been |ever |actually )*(?:acked|acknowledged|snoozed|silenced|muted|held back|inhibited|mute|"
    r"suppress|suppressed|hide|hid)\b",
    rf"{_NOT} (?:been )?(?:expired?|ended|lifted|removed) early\b",
    rf"{_NOT} (?:go|gone|went|goes|going|make it|made it) live\b",
    rf"{_NOT} (?:yet )?live(?: yet)?\b",
    # "releases that never made it to production": no deployment of the version there (:mod:`.ask_pairs`)
    rf"\b(?:releases?|tags?|versions?)\b.*{_NOT} (?:reached|reach|made it|make it|got|get|went|landed|been deployed|"
    r"deployed|promoted|rolled out|shipped)\b",  # "requested but not live yet": no live report of it (ask_shapes)
    rf"{_NOT} (?:an? )?(?:deploy|deploys|deployment|deployments|release|releases|rollback|rollbacks|flag|flags|"
    r"config|restart|restarts)\b",
    r"\b(?:do|does|did) not have (?:an? |any )?(?:comment|comments|reason|runbook|runbooks|service|suspect)\b",
    rf"{_NOT} (?:got|had|received|gotten) (?:an? |any )?(?:suspects?|suspected|candidates?|candidate changes?)\b",
    # "incidents that never got a candidate change" (ask_joins)
    r"\bnot (?:pin|have|name|target|scope|carry|set|give) (?:an? |any )?(?:service|project|environment|one|any)\b",
    # two kinds in time: "deploys not followed by any alert", "that didn't see an alert after them"
    rf"{_NOT}(?: \w+)?(?: \w+)? (?:followed|preceded|after|before|during|while|within|in|around|near|covered|"
    r"accompanied|come|came|happen|happened|overlap\w*)\b",
    rf"{_NOT} (?:see|get|have|trigger|cause|bring|produce|draw|hit|set off)s?\b",
    # services with none of a kind: "which services did not alert", "projects that never deployed"
    rf"^(?!.*\b(?:but|yet)\b)(?!.*\b(?:never|not|no) (?:\w+ ){{1,3}}(?:have|has|had|got|saw|see)\b)(?:(?:which|what|"
    rf"list|show)(?: me)?(?: the| all)? |(?:how many|number of|count of) )?(?:[\w-]+ )?(?:services?|projects?) "
    rf"(?:(?:in|of|on) [\w-]+ )?(?:that |which )?(?:did |do |have |had )?{_NOT[2:]}",  # (and how many; not "… never
    # deployed but had incidents", "… that never had a rollback had incidents": a second clause)
    # values two kinds name: "services that alerted but never deployed" (:mod:`.ask_sets`)
    rf"^(?:(?:which|what|list|show|name)(?: me)?(?: the| all)? )?(?:services?|projects?|environments?|envs?) "
    rf".*\b(?:but|and|yet)(?: \w+){{0,2}} {_NOT[2:]}",
    r"\b(?:whether or not|if not|or not)\b",
    r"\bnever grouped\b",  # alerts in no alert group (ask_narrow)
    r"\bnot (?:a )?(?:finite|a number)\b",  # a metric's samples that are NaN or infinite (ask_filters.unusual_values)
    r"\b(?:not by (?:their|its|the) (?:own )?(?:creators?|authors?|owners?)|(?:they|he|she) (?:didn'?t|did not|hadn'?t|"
    r"had not|never) (?:create|make|set|put))\b",  # a silence expired by another than its creator (ask_narrow)
    rf"{_NOT} when (?:they|it) (?:went|go|goes|were|was)\b",  # "the requested step, not when they went live"
    # "alerts, not notifications": which of two kinds is meant
    r"\b(?:alerts?|incidents?|changes?|deploys?|silences?|groups?)(?: \w+)? not (?:the )?(?:notifications?|events?|"
    r"rows?|reports?|alerts?|pages?|incidents?|groups?)\b",
)
"""The forms in which a "not" is read; each one is answered by the reading named beside it above."""


def check_negations(r: Reading) -> None:
    """Refuse when a "not"/"never"/"no longer" of the question is in none of the forms :data:`READ`."""
    text = " ".join(r.words)
    read = [m.span() for pattern in READ for m in re.finditer(pattern, text)]
    entity_words = {w for es in r.entities.values() for e in es for w in e.words}
    for m in re.finditer(r"\b(not|never|no longer)\b", text):
        if any(a <= m.start() < b for a, b in read):
            continue
        after = text[m.end():].split()[:3]
        if set(after) & entity_words:  # "not payments-api", "never lnovak": the value excluded
            continue
        if after[:1] and after[0] in r.name_hint:  # "k8s pod not ready alerts": words of an alert's name
            continue
        words = " ".join([m[0], *after[:2]])
        raise Refused("not_about_this_data", f"{words!r}: this negation is not read yet (nothing was run); ask "
                                             "for what is there instead", tuple(words.split()))


def not_firing(r: Reading) -> bool:
    """ "alerts that are not firing", "no longer firing": ended by now."""
    return r.phrase(rf"{_NOT} (?:yet )?(?:firing|active|open)\b") is not None


def negated_alert_actions(r: Reading) -> list[str]:
    """ "alerts not acked", "never snoozed", "alerts that were not silenced": those no such action or mute names."""
    out = []
    m = r.phrase(rf"{_NOT} (?:yet |been |ever )*(acked|acknowledged|snoozed)\b")
    if m:
        action = "snooze" if m[1] == "snoozed" else "ack"
        out.append(f"fingerprint NOT IN (SELECT target FROM audit_log WHERE action = {lit(action)} "
                   "AND target IS NOT NULL)")
    if r.phrase(rf"{_NOT} (?:yet |been |ever )*(silenced|muted|held back|inhibited)\b"):
        out.append("fingerprint NOT IN (SELECT fingerprint FROM alert_mutes)")
    return out


def negated_change_type(r: Reading, types: list[str]) -> str | None:
    """ "changes that weren't deployments": every type but the one named."""
    m = r.phrase(rf"(?:{_NOT}|\bexcept|\bexcluding|\bother than|\bbesides|\bapart from|\bbut not|\bleaving out|"
                 r"\bleave out|\bignoring|\bminus) (?:the |any |all )?(?:(?:an? )(?:deploy|release|rollback|flag|"
                 r"config|restart)|deploys|deployments?|releases|rollbacks?|flags|config changes?|flag changes?|"
                 r"restarts|scale events?|scale changes?|scaling)\b")  # nouns, not "did not deploy"; "changes excluding
    # flag changes"
    if m is None or not types:
        return None
    return f"type <> {lit(types[0])}" if len(types) == 1 else \
        f"type NOT IN ({', '.join(lit(t) for t in types)})"  # "changes except deploys and rollbacks"


def not_live(r: Reading) -> bool:
    """ "deploys that did not go live", "never went live": every phase but live."""
    return r.phrase(rf"{_NOT} (?:(?:go|gone|went|goes|going|make it|made it) |yet )?live\b") is not None


_BOUND = re.compile(r"\b(?:more than|over|above|at least|fewer than|less than|under|below|at most|exactly|longer than|"
                    r"shorter than|greater than|bigger than|larger than|smaller than) (\d+(?:\.\d+)?|one|two|three|"
                    r"four|five|six|seven|eight|nine|ten|twenty|thirty)\b(?! (?:am|pm)\b)(?! \w+ ago\b)")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
          "twenty": 20, "thirty": 30}


_FIRST_N = re.compile(r"\b(?:top|latest|last|first|newest|oldest|bottom|most recent) (\d+|three|five|ten)\b"
                      r"(?! ?(?:h|hr|hrs|hours?|m|min|mins|minutes?|d|days?|w|weeks?|months?|years?)\b)")


_RANGE = re.compile(r"(?<![\w.:-])(?:between (\d+(?:\.\d+)?) and|(\d+(?:\.\d+)?) ?(?:to|-)) (\d+(?:\.\d+)?)(?![\w.:-])"
                    r"(?! ?(?:am|pm|a\.m|p\.m|h\b|hrs?\b|o'clock|utc\b|z\b|gmt\b))")


def _in_sql(number: str, sql: str) -> bool:
    """Whether a number of the question is in the SQL as written, zero-padded as a clock's hour, or in minutes,
    seconds, hours or days, or one off (a bound made strict)."""
    n = float(number)
    forms = {number}
    if n.is_integer():
        forms |= {str(int(n * k)) for k in (1, 60, 3600, 86400)} | {str(int(n) - 1), str(int(n) + 1), f"{int(n):02d}"}
    return _any_in(forms, sql)


def _any_in(forms: set[str], sql: str) -> bool:
    """Whether any of ``forms`` stands in ``sql`` as a number of its own (not a part of a longer one)."""
    return any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", sql) for f in forms)


_SPAN_NUMBER = r"(\d+|an?|one|two|three|four|five|six|ten|fifteen|twenty|thirty|forty-five|sixty)"
_SPAN = re.compile(rf"\bwithin (?:the (?:first |next )?)?{_SPAN_NUMBER} ?(min|mins|minutes?|m|hours?|hrs?|h)\b(?! ago)|"
                   rf"(?<!\blast )(?<!\bpast )(?<!\bnext )\b{_SPAN_NUMBER} (minutes?|mins?|hours?|hrs?) "
                   r"(?:after|before|later|earlier|prior)\b|"
                   rf"\b(?:lasted|lasting|lasts|took|taking) (?:exactly |about |around |roughly |just )?{_SPAN_NUMBER} "
                   r"(minutes?|mins?|hours?|hrs?)\b")
_SPAN_WORDS = {**_WORDS, "a": 1, "an": 1, "fifteen": 15, "forty-five": 45, "sixty": 60}
_STAMP = re.compile(r"'(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?)\+00'")


_NONE_OF = re.compile(r"\b(?:had|have|has|got|get|saw|see|with) no (?:\w+ )?(?:deploys?|deployments?|alerts?|"
                      r"incidents?|silences?|changes?|warnings?|rollbacks?|releases?|acks?|snoozes?)\b")


def check_none_of(words: str, sql: str) -> None:
    """Refuse when the question asks for things that had none of a kind ("which other services had no deploys") and
    the SQL tests for no absence at all: the "no" was not read (the things that had them had come back)."""
    if (m := _NONE_OF.search(words)) and not re.search(r"(?i)\bNOT\b|\bEXCEPT\b|\bLEFT JOIN\b|= 0\b|IS NULL\b|"
                                                       r"count\(", sql):
        raise Refused("not_about_this_data", f"{m[0]!r}: this absence is not read with this question yet (nothing "
                                             "was run)", tuple(m[0].split()))


def check_spans(words: str, sql: str) -> None:
    """Refuse when a span that relates two things ("within an hour", "15 minutes after a config change") or that a
    thing lasted ("lasted 90 minutes") is in neither the SQL's numbers (as said, in minutes or seconds) nor the
    distance between two of its moments: the relation was not read ("deploys followed by a blip within an hour" had
    been every deploy). ``words``: the question's words, joined by spaces."""
    for m in _SPAN.finditer(re.sub(r"\b(?:a )?half an? hour\b", "30 minutes", words)):
        said, unit = next((m[i], m[i + 1]) for i in (1, 3, 5) if m[i])
        n = float(said) if said[0].isdigit() else float(_SPAN_WORDS[said])
        minutes = n * 60 if unit[0] == "h" else n
        if _any_in({f"{n:g}", f"{minutes:g}", f"{minutes * 60:g}"}, sql):
            continue
        stamps = sorted({datetime.fromisoformat(t) for t in _STAMP.findall(sql)})
        if any((b - a).total_seconds() == minutes * 60 for i, a in enumerate(stamps) for b in stamps[i + 1:]):
            continue
        raise Refused("not_about_this_data", f"{m[0]!r}: this span is not read yet (nothing was run)",
                      tuple(m[0].split()))


def check_clocks(words: str, sql: str, shift: int = 0) -> None:
    """Refuse when a clock time with its minutes ("at precisely 13:05", "since 09:45") is in none of the SQL's
    moments: the time was not read (a time said in words not read had been now). A whole hour is not checked: hours
    of the day are read as numbers too ("between 9:00 and 17:00 every day"). ``shift``: the minutes of the
    question's zone's offset from UTC ("14:40 IST" is 09:10 UTC: 30)."""
    for m in re.finditer(r"(?<![\d:.-])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])", words):
        hours = f"{int(m[1]) + int(m[2]) / 60:g}"  # "between 9:30 and 17:30 each day": 9.5, an hour of the day
        if m[2] != "00" and f":{(int(m[2]) - shift) % 60:02d}" not in sql and not re.search(rf"(?<![\d.]){hours}\b",
                                                                                             sql):
            raise Refused("not_about_this_data", f"{m[0]!r}: this time is not read with this question yet (nothing "
                                                 "was run)", (m[0],))


def check_ago(words: str, sql: str) -> None:
    """Refuse when the question places its rows some time ago ("from 2 hours ago", "between 4 and 2 hours ago") and
    the SQL reads no moment at all: the time was not read (every row had come back); and when an hour written "22h"
    after a word that places it ("from 22h", "after 3h", "between 2h and 4h") is in no form in the SQL (the hour of
    the clock, or that many hours, minutes or seconds)."""
    if (m := re.search(r"(?i)\b(?:\d+|an?|one|two|three|few) ?(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|"
                       r"days?|w|wks?|weeks?|months?) ago\b", words)) and not re.search(r"\bTIMESTAMPTZ\b", sql):
        raise Refused("not_about_this_data", f"{m[0]!r}: this time is not read with this question yet (nothing was "
                                             "run)", tuple(m[0].split()))
    for m in re.finditer(r"(?i)\b(?:from|at|after|before|since|between|and|to|until|till|around|by) (\d{1,3})h\b"
                         r"(?! ?ago\b)", words):
        n = int(m[1])
        if not re.search(rf"(?<![\d.]){n:02d}:00|(?<![\d.])(?:{n}:00|{n * 3600}|{n * 60})(?![\d.])|'{n}' HOUR\b", sql):
            raise Refused("not_about_this_data", f"{m[0]!r}: this time is not read with this question yet (nothing "
                                                 "was run)", tuple(m[0].split()))


_THAN = re.compile(r"(?i)\b(?:more|fewer|less|greater|longer|shorter|higher|lower|bigger|smaller)\b(?: [\w-]+){0,3} "
                   r"than (?![\d.])(?!(?:an?|one|once|twice|two|three|four|five|ten|twenty|thirty|sixty|half|usual|"
                   r"normal|any|all|every|everyone|anyone|anything|others?|the rest|average|"
                   r"expected|before|ever|last|critical|warning|info|error|high|low|medium|p\d|sev\d|the (?:average|"
                   r"usual|norm|day|week|month|previous|last|median|mean|typical))\b)(?P<other>[\w-]+)")


def check_than(question: str, sql: str) -> None:
    """Refuse "which services had more alerts than search-api" when the SQL compares nothing: the thing after "than" is
    another row to measure against, which no shape reads yet (its name had narrowed the rows to itself: search-api's
    own). A number after "than" is a bound ("more than 5 alerts", read with ``HAVING``).

    >>> check_than("services with more than 5 alerts", "SELECT service FROM alerts")
    """
    m = _THAN.search(question)
    if m is None or re.search(r"(?i)\bHAVING\b|\bFILTER\s*\(|\bCOUNT\(\*\)\s*[<>]|\bWITH\b", sql):
        return
    raise Refused("not_about_this_data", f"{m[0]!r}: a comparison with another thing is not read yet (nothing was run)",
                  tuple(m[0].split()))


_DEFINITION = re.compile(r"(?i)^\W*(?:so |ok,? |and )?(?:what(?:'s|’s| is| are)|whats|what does|explain|define)\s+"
                         r"(?:an? |the )?(?P<term>[\w.-]+(?: [\w.-]+){0,2}?)(?:\s+(?:mean|stand for))?\s*(?:[?,;]|$|"
                         r"\band\b)")


def check_definition(question: str, ignored: tuple[str, ...]) -> None:
    """Refuse "what is IFRS 17 and does it affect our release calendar?": the question asks what a term means and
    the reading used none of its words (it had answered the rest: every release)."""
    m = _DEFINITION.match(question.strip())
    words = re.findall(r"[a-z]+", m["term"].lower()) if m else []
    named = bool(m) and bool(re.search(r"\b[A-Z]{2,}\b|\d", m["term"]) or re.search(r"(?i)\b(?:mean|stand for)\b",
                                                                                   m[0]))  # a term: an acronym, a
    # code, or a word asked to be explained ("what's the story, which …" is no term)
    if named and words and all(w in ignored for w in words):
        raise Refused("not_about_this_data", f"{m['term']!r}: what a term means is not kept in this store (nothing "
                                             "was run)", tuple(words))


def check_weekday(r: Reading, sql: str) -> None:
    """Refuse when a day of the week that recurs ("deploys on fridays") is not in the SQL: a shape that does not
    read it (a relation of two kinds) would answer for every day."""
    if r.weekday is not None and not re.search(rf"(?i)\bdayofweek\([^)]*\) = {r.weekday}\b", sql):
        raise Refused("not_about_this_data", "a day of the week on any date is not read with this question yet; ask "
                                             "for one date, or for the rows of that day of the week alone")


def check_bounds(r: Reading, sql: str) -> None:
    """Refuse when a bound the question sets ("more than 3 times", "over 30 minutes") is not in the SQL (as
    written, or in minutes, seconds, hours or days), "top 5"/"latest 3" is not its row limit, or a range ("between 5
    and 30 minutes", "5 to 15 alerts") has an end the SQL does not hold."""
    for m in _RANGE.finditer(r.question.lower()):  # as written: "20:00 to 11 march" holds no range "00 to 11"
        if (m[1] or m[2]) == "0" and m[3] in ("23", "24"):
            continue  # "which hour of day (0 to 23)": the hours named, not a range of rows
        if r.window is not None and m[0] in r.window.phrase and (m[1] or m[2]) in r.window.phrase:
            continue  # "between 9 and 5 yesterday": the working day the window holds (09:00 to 17:00)
        if not (_in_sql(m[1] or m[2], sql) and _in_sql(m[3], sql)):
            raise Refused("not_about_this_data", f"{m[0]!r}: this range is not read yet (nothing was run)",
                          tuple(m[0].split()))
    for m in _FIRST_N.finditer(" ".join(r.words)):
        n = str(_WORDS.get(m[1], m[1]))
        if not re.search(rf"\bLIMIT {n}\b|\brank <= {n}\b", sql):  # a row limit, or the first ranks of each
            raise Refused("not_about_this_data", f"{m[0]!r}: this many is not read yet (nothing was run)",
                          tuple(m[0].split()))
    for m in _BOUND.finditer(" ".join(r.words)):
        n = float(m[1]) if m[1][0].isdigit() else float(_WORDS[m[1]])
        if n == 1 and m[0].startswith("at least") and re.search(r"\bIN \(SELECT\b|\bEXISTS\b|(?<!LEFT )\bJOIN\b|"
                                                               r"\bINTERSECT\b", sql):
            continue  # "the suspect change of at least one incident": one that has any, as the reading's join asks
            # ("people who made at least one deploy and also at least one silence": both sets)
        forms = {m[1] if m[1][0].isdigit() else str(int(n))}
        if n.is_integer():
            forms |= {str(int(n * k)) for k in (1, 60, 3600, 86400)} | {str(int(n) - 1), str(int(n) + 1)}
        if not any(re.search(rf"(?<![\d.]){re.escape(f)}(?![\d])", sql) for f in forms):
            raise Refused("not_about_this_data", f"{m[0]!r}: this bound is not read yet (nothing was run)",
                          tuple(m[0].split()))
