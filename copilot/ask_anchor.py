"""Rows placed in time around one named event: "what changed on checkout in the hour before the first checkout alert
yesterday", "alerts since the backlog silence went on this morning", "payments-api alerts still firing at the moment
yesterday's rollback went live", "flags toggled in the hour before the payments-api v2.14.0 release".

The question is split into what it lists (read like any question) and the event it is placed by (read as its own
question: "the first checkout alert yesterday"). The event must be one that a phrase singles out — the first or the
last of something, a version, a time of day or a day — not a kind ("after a deploy" relates every deploy, which is
:mod:`.ask_relate`'s). Its time becomes a scalar subquery (the earliest row the event's reading returns), and the
window around it a condition on the listed rows' own time.

>>> split_anchor("what changed on checkout in the hour before the first checkout alert yesterday")
('what changed on checkout', 'before', 60, 'the first checkout alert yesterday')
>>> split_anchor("In the hour before the first checkout alert yesterday, what changed on checkout in production?")
('what changed on checkout in production', 'before', 60, 'the first checkout alert yesterday')
>>> split_anchor("alrts since the backlog silence went on this morning")
('alrts', 'since', 0, 'the backlog silence went on this morning')
>>> split_anchor("alerts after a deploy") is None
True
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlglot import exp

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_both import single_table
from signalcraft.copilot.ask_columns import trailing_list
from signalcraft.copilot.ask_common import common_forms
from signalcraft.copilot.ask_dates import MONTH_NAMES
from signalcraft.copilot.ask_reading import Refused, minutes
from signalcraft.copilot.ask_sql import canonical_environment, ts
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import NUMBER_WORDS

__all__ = ["EVENT_TIME", "EVENT_VERBS", "anchored", "event_question", "live_first", "split_anchor"]

_UNITS = {"min": 1, "mins": 1, "minute": 1, "minutes": 1, "m": 1, "hour": 60, "hours": 60, "hr": 60, "hrs": 60, "h": 60,
          "day": 1440, "days": 1440, "week": 10080, "weeks": 10080}
_SAID_N = "|".join(NUMBER_WORDS)
_UNIT = r"minutes?|mins?|hours?|hrs?|hr|days?|weeks?|(?<=\d)[mh]"
_HOW = (rf"(?:in|during|within) (?:the )?(?:(?P<n>\d+|few|last|final|{_SAID_N}) ?)?"
        rf"(?P<unit>{_UNIT})\s+(?P<dir>before|after|leading up to|prior to|following)|"
        rf"(?:(?:in|within) )?(?:the )?(?P<an>\d+) ?(?P<aunit>{_UNIT}) (?:on )?"
        r"(?:either side of|each side of|around|before and after)|"
        r"(?<!more than )(?<!over )(?<!less than )(?<!at least )(?:(?:in|during|within) )?(?:the )?"
        rf"(?P<bn>\d+|an|{_SAID_N}) ?"
        rf"(?P<bunit>{_UNIT})\s+(?P<bdir>before|after|prior to)|"
        r"(?P<near>right|just|shortly|immediately) "
        r"(?P<ndir>before|after)|(?P<since>since)|(?P<at>at the moment|at the time|the moment|when)|"
        r"(?P<during>while|during)|(?P<plain>before|after|prior to|ahead of)")
_TAIL = re.compile(rf"^(?P<main>.+?),?\s+(?:{_HOW})\s+(?P<anchor>.+)$", re.IGNORECASE)
_HEAD = re.compile(rf"^(?:{_HOW})\s+(?P<anchor>[^,]+),\s*(?P<main>.+)$", re.IGNORECASE)
_SINGLED = re.compile(r"\b(first|last|latest|earliest|most recent|v?\d+\.\d+(?:\.\d+)?|this morning|this am|yesterday|"
                      r"today|(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?|"
                      r"\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|"
                      r"\d{4}-\d\d-\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|the \d{1,2}(?:st|nd|rd|th))|"
                      r"yesterday's|today's|last night|\d{1,2}(?::\d\d)?\s*(?:am|pm)|\d{1,2}:\d\d)\b|"
                      r"\b[A-Z][a-z]+[A-Z]\w+\b|"
                      r"(?i:\b(?!(?:the|a|an|any|each|every|some|that|this|its|their|one|new)\b)[\w-]+ flag "
                      r"(?:was |got |went |being )?(?:turned on|switched on|flipped on|enabled|turned off|switched off|"
                      r"disabled|on|off)\b)")
"""What singles one event out: first/last, a version, a day or a time of day, an alert name, a flag named as it was
turned on or off ("after the New checkout flow flag was turned on")."""
_DATE_FIRST = re.compile(rf"(?i)^(?:(?:{MONTH_NAMES})\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
                         rf"(?:{MONTH_NAMES})|\d{{4}}-\d\d-\d\d)\b(?!'s| (?:\w+ )?(?:alerts?|incidents?|outages?|"
                         r"deploy\w*|releases?|rollbacks?|silences?|changes?|warnings?)\b)")
"""A date said first after "since" and not one event's ("since Feb 1", not "since the March 3 deploy" or "since
march 3's rollback")."""
_KIND = re.compile(r"^(?:a|an|any|each|every|some)\b", re.IGNORECASE)
_MANY = re.compile(r"\b(its|their|same|that service|alerts|deploys|deployments|changes|incidents|outages|rollbacks|"
                   r"silences|releases|warnings)\b", re.IGNORECASE)
"""An event that is many, or named through the listed rows ("its first alert"): not one moment."""
_SPAN_EVENT = re.compile(r"(?i)^(?:the|that|this|yesterday's|today's)\b.*\b(?:alert|incident|outage|silence)s?\b"
                         r"(?! (?:and|or)\b)|^[A-Z]\w*[a-z][A-Z]\w*(?: alerts?)? (?:was|were) (?:firing|on|active)\b")
"""An event with a span the listed samples can fall in: a named alert's firings, an incident, a silence."""
_SPANS = {"alerts": ("event.starts_at", "event.ends_at"), "alert_groups": ("event.opened_at", "event.resolved_at"),
          "silence_scopes": ("event.starts_at", "coalesce(event.expired_at, event.ends_at)")}
EVENT_TIME = {"alerts": "starts_at", "change_events": "timestamp", "silence_scopes": "created_at",
               "silences": "created_at", "alert_groups": "opened_at", "warnings": "starts_at",
               "log_events": "timestamp", "log_pattern_counts": "minute", "audit_log": "timestamp",
               "metric_points": "timestamp"}
EVENT_VERBS = re.compile(r"\s+(?:(?:was|were) (?:firing|open|active|on|going on|in effect)|"
                         r"went (?:live|out|on|off|down)|(?:go|goes|going|gone) (?:live|out)|"
                         r"went(?= to\b)|got (?:deployed|created|set|opened)|"
                         r"was (?:deployed|created|set|opened|fired|published|released)|fired|started|opened|began|"
                         r"kicked in|landed|shipped)\b",
                         re.IGNORECASE)
"""The verb of an event happening ("went live", "was firing", "got created")."""


_A_DATE = re.compile(rf"(?i)(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_NAMES})|"
                     rf"(?:{MONTH_NAMES}) \d{{1,2}}(?:st|nd|rd|th)?|\d{{4}}-\d\d-\d\d)\b(?:,? \d{{4}})?\s*(?:[:,;]|$)")
"""A day said alone after "since" (then a list of columns, or nothing): a window from it, not an event."""

_A_DAY_THEN = re.compile(rf"(?i)(?:(?:last|this|past) )?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|"
                         rf"today|\d{{1,2}}(?:st|nd|rd|th)? (?:of )?(?:{MONTH_NAMES})|(?:{MONTH_NAMES}) \d{{1,2}}"
                         rf"(?:st|nd|rd|th)?|\d{{4}}-\d\d-\d\d)\b(?:,? \d{{4}})?(?: \([^)]*\))?,? "
                         r"(?:that|which|who|whose|where|with|without|and|but)\b")
"""A day said after "since" and then what the rows are ("since monday that were acked"): a window, not an event."""

def split_anchor(question: str, each: bool = False) -> tuple[str, str, int | None, str] | None:
    """(what is listed, ``before``/``after``/``around``/``since``/``at``/``during``, minutes (``None``: any time
    of the rows' own window on that side), the event), or ``None``; ``each``: also an event that is not singled out
    ("after a deploy", "around the rollback"), whose every occurrence places the rows (only a window before, after or
    around it)."""
    text = question.strip().rstrip("?.! ")
    m = _HEAD.match(text) or _TAIL.match(text)
    if m is None:
        return None
    anchor, main = m["anchor"].strip(), m["main"].strip()
    if (tail := re.search(r"[?!.;]\s+(?=[A-Za-z])", anchor)) is not None:
        # "… while the Hikari alert was firing? Service and count.": the next sentence says what the list shows
        anchor, main = anchor[:tail.start()].strip(), f"{main}? {anchor[tail.end():].strip()}"
    elif (colon := re.search(r":\s+(?=[A-Za-z])", anchor)) is not None and trailing_list(anchor[colon.start():])[0]:
        anchor = anchor[:colon.start()].strip()  # "… either side of yesterday's rollback: time and value": the list
        # is the rows' (put on them by Asker._anchored), not the event's ("first … time" had read a first time)
    if m["during"]:  # "mean pool pending while the hikari alert was firing": the span of a named alert
        return (main, "during", 0, anchor) if _SPAN_EVENT.match(anchor) else None
    if each and (m["since"] or m["at"]):
        return None
    if m["since"] and (re.match(_A_DATE, anchor) or re.match(_A_DAY_THEN, anchor)):
        return None  # "since 1 February: the service, who flipped it and when", "since monday (my oncall) that
        # nobody acked": a window from that day
    if m["at"] and re.match(r"(?i)(?:was|were|is|are|did|does|do|has|have|had)\b", anchor):
        return None  # "… and when was each silence created?": asks a time, no event places the rows
    if m["at"] and not each and not _KIND.match(anchor) and not _MANY.search(anchor):
        return main, "at", 0, anchor  # "at the moment the cart-service silence was created": one moment
    if m["plain"] and re.match(r"(?i)and (?:after|before)\b", anchor):
        return None  # "deploys yesterday before and after the first payments-api alert": both sides
    if m["plain"] and not each and re.match(r"(?i)the\b", anchor) and not _MANY.search(anchor) and \
            _SINGLED.search(main) and not _SINGLED.search(anchor):  # "flag changes on 11 mar before the payments-api
        return main, "after" if m["plain"].lower() == "after" else "before", None, anchor  # prod deploy went live":
        # the one of that day
    if not each and (_KIND.match(anchor) or not _SINGLED.search(anchor) or _MANY.search(anchor)):
        return None  # "after a deploy", "before its first alert", "before the alerts": related elsewhere
    if m["since"]:
        return main, "since", 0, anchor
    if m["at"]:
        return main, "at", 0, anchor
    if m["plain"]:  # "deploys on 11 mar before the first payments-api alert": from the rows' own window up to it
        return None if each else (main, "after" if m["plain"].lower() == "after" else "before", None, anchor)
    if m["near"]:
        return main, "before" if m["ndir"].lower() == "before" else "after", 15, anchor
    if m["an"]:  # "pool pending 15m either side of the rollback going live"
        return main, "around", minutes(int(m["an"]) * _UNITS[m["aunit"].lower()]), anchor
    if m["bn"]:  # "changes 1h before the first payments-api alert": the same window as "in the hour before"
        n = int(m["bn"]) if m["bn"].isdigit() else NUMBER_WORDS.get(m["bn"].lower(), 1)
        span = minutes(n * _UNITS[m["bunit"].lower()])
        return main, "before" if m["bdir"].lower() in ("before", "prior to") else "after", span, anchor
    said = (m["n"] or "").lower()
    n = int(said) if said.isdigit() else NUMBER_WORDS.get(said, 1)  # "in the thirty minutes following": 30
    span = minutes(n * _UNITS.get(m["unit"].lower(), 1))
    how = "before" if m["dir"].lower() in ("before", "leading up to", "prior to") else "after"
    return main, how, span, anchor


def anchored(question: str, answer: Callable[[str], tuple[object, str]], now: datetime,
             vocab: Vocabulary | None = None) -> tuple[object, str] | None:
    """The question answered around its one event (``answer`` reads one question into its reading and SQL);
    ``None`` when it names no such event or either part does not read as rows of one relation. Changes around an
    alert or an incident, and log lines in a window of one, are those of its environment unless the question names
    one (``vocab`` reads the changes' environment names as canonical ones)."""
    if (latest := _latest_before(common_forms(question), answer, vocab)) is not None:
        return latest
    parts = split_anchor(common_forms(question))  # "in moment when" is "at the moment"
    if parts is None:
        return _sampled_around(common_forms(question), answer, vocab)
    main, how, span, anchor = parts
    if how == "since" and _DATE_FIRST.match(anchor):
        return None  # "since Feb 1? The Postgres ones": a date, then the next sentence; no event
    anchor = _its_trouble(main, anchor)
    others = how == "during" and bool(_OTHERS.search(main))
    if others:  # "the other alerts that started while the pool alert was firing": not that alert itself
        main = _OTHERS.sub(r"\g<1>", main)
    if how == "at":  # "alerts still firing at the moment X", "silences in effect when X": then, not now
        main = re.sub(r"(?i)\s+(?:(?:which|that) )?(?:(?:were|was|are|is) )?(?:still )?(?:firing|open|active|going "
                      r"off|in effect|in force|in place|on)\b", "", main)
        if re.fullmatch(r"(?i)\s*(?:what|anything|everything|which)\s*", main):
            main = "alerts"  # "what was still firing at the moment …": the alerts
    everywhere = bool(_ANYWHERE.search(main))  # "what alerts started anywhere in the 30 minutes after …": one window
    main = re.sub(r"(?i),?\s*\banywhere\b", "", main)  # (the word itself reads as nothing)
    if everywhere:  # "…? Any env, any svc.": said of the window, nothing to read in the rows
        main = re.sub(r"(?i)(?:[,.?;]?\s*\b(?:(?:from|on|across|in|for|of|by) )?(?:any|all|every|all the|all our) "
                      r"(?:services?|svcs?|envs?|environments?)\b)+", "", main)
    if how == "during" and re.search(r"(?i)\b(?:incidents?|outages?)\b", anchor):  # "… while the payments incident
        anchor = re.sub(_STILL_OPEN, "", anchor)  # was still open": its time open, not open now
    if (both := _both(answer, main, anchor)) is None:
        return None
    if span is None and (both := _in_own_window(answer, main, anchor, both)) is None:
        return None
    reading, listed_tree, event_tree = both
    event = event_tree.sql(dialect="duckdb")
    listed_rel, event_rel = listed_tree.args["from_"].this.name, event_tree.args["from_"].this.name
    if how == "during":
        return _during(reading, listed_tree, listed_rel, event, event_rel, now, others, bool(_STARTED.search(main)))
    if not _one_moment(anchor, how, event_tree):
        return None
    anywhere = bool(everywhere or (_WHICH.search(main) and (_VERSION.search(anchor) or (_SINGLED.search(anchor) and not
                                                                                         _THEIRS.search(anchor)))) or (
        _VERSION.search(anchor) and len(_services(listed_tree)) >= 2))  # "warnings from any service in the 10
    # minutes after v2.14.0 went live", "which service logged the most errors after ...", "alerts on payments-api,
    # cart-service and checkout-web within 30 minutes after payments-api v2.14.0 went live": one window
    clocked = bool(_CLOCKED.search(anchor))  # "the 18:26 disk alert": one moment, whatever service it is on
    sampled = listed_rel == "metric_points"  # a metric's samples around one event: one window, whatever its scope
    if listed_rel not in EVENT_TIME or event_rel not in EVENT_TIME or (
            how in ("before", "after", "around") and listed_rel not in ("change_events", "log_events",
                                                                        "log_pattern_counts", "metric_points")
            and not anywhere) or (listed_rel != "change_events" and how in ("before", "after", "around") and
                                  not anywhere and not clocked and not sampled and
                                  not _one_place(listed_tree, event_tree)):
        return None  # what happened to other rows in a window of an event is related on their scope (ask_relate);
    # what changed around it, on whatever service the question names; the log lines another service wrote around
    # it, or any service around one that names its environment
    event = live_first(event_tree, anchor, vocab).sql(dialect="duckdb")
    at = f"(SELECT min({EVENT_TIME[event_rel]}) FROM ({event}) AS event)"
    condition = _window(how, listed_rel, at, span, now)
    if condition is None:
        return None
    if listed_rel in ("change_events", "log_events", "log_pattern_counts") and event_rel in _EVENT_ENV and vocab and \
            how in ("before", "after") and not _names_environment(listed_tree) and not _ANY_ENV.search(question):
        theirs = canonical_environment("environment", vocab) if event_rel == "change_events" else _EVENT_ENV[event_rel]
        condition += (f" AND {canonical_environment('environment', vocab)} = (SELECT {theirs} FROM ({event}) AS event "
                      f"ORDER BY {EVENT_TIME[event_rel]} LIMIT 1)")  # the event's environment
    return reading, listed_tree.where(condition, dialect="duckdb").sql(dialect="duckdb")


_NAMED = re.compile(r"\b(?:service|name|group_labels|version|details|project|silence_id|fingerprint|metric_key)\b")
"""Columns an event's reading narrows by when the question names one event (not "the outage")."""


def _in_own_window(answer: Callable[[str], tuple[object, str]], main: str, anchor: str, both):
    """For a plain "before" or "after" an event (no span): the rows and the event, the event read within the rows' own
    window when it says no time of its own ("deploys on 11 mar before the first payments-api alert": that day's first);
    ``None`` when the rows have no window ("deploys before the first payments-api alert") or the event is only a kind
    ("deploys yesterday before the outage"): related as before."""
    reading, _, event_tree = both
    if getattr(reading, "window", None) is None:
        return None
    if not _SINGLED.search(anchor) and not _NAMED.search(
            (event_tree.args.get("where") or exp.Literal.string("")).sql(dialect="duckdb")):
        return None
    if _SINGLED.search(re.sub(r"\b(?:first|last)\b", "", anchor.lower())):
        return both  # the event's own day or version
    return _both(answer, main, f"{anchor} {reading.window.phrase}")


def _both(answer: Callable[[str], tuple[object, str]], main: str, anchor: str):
    """(the reading of what is listed, its SQL tree, the event's SQL tree), each one SELECT from one table; ``None``
    when either part is refused or is not so."""
    try:
        (reading, listed), (_, event) = answer(main), answer(event_question(anchor))
    except Refused:
        return None
    listed_tree, event_tree = single_table(listed), single_table(event)
    return None if listed_tree is None or event_tree is None else (reading, listed_tree, event_tree)


_LATEST = re.compile(r"(?i)^(?:(?:show|list|give)(?: me)? )?(?:the )?(?:(\d+|two|three|four|five|ten) (?:latest|last|"
                     r"most recent|newest)|(?:latest|last|most recent|newest) (\d+|two|three|four|five|ten)) (.+?) "
                     r"(?:before|prior to|leading up to|ahead of) (.+)$")
"""The last few rows of a kind before one event: "the 5 latest changes before the payments rollback went live"."""


_KINDS = r"(?:(?:flag |config |feature )?(?:deploy|deployment|change|release|rollback|toggle|flip)|alert|silence)"
_ONE_BEFORE = re.compile(rf"(?i)^(?:which|what) (?:was|is) the ((?:[\w-]+ ){{0,2}}{_KINDS})(?: that (?:went live|was "
                         r"deployed|was made|was shipped|happened|fired|started))?((?: (?:in|on|to|of) [\w-]+)*),? "
                         r"(?:just |right |immediately )?(?:before|prior to|ahead of) (?:the one (?:of|for|on) )?(.+?)"
                         r"(?:[.?!;]\s*(?:of|on|for|from|across) (?:any|all|every) (?:services?|svcs?))?$")
"""The one row of a kind that came last before an event, asked as "which was the deployment that went live in
production just before the one of payments-api v2.14.0? Of any service." """


def _the_one_before(question: str) -> str:
    """``question`` in the words of :data:`_LATEST` when it asks the one row just before an event, else itself.

    >>> _the_one_before("Which was the deployment that went live in production just before the one of payments-api "
    ...                 "v2.14.0? Of any service")
    'the last 1 deployment in production before the payments-api v2.14.0 deployment'
    """
    m = _ONE_BEFORE.match(question)
    if m is None:
        return question
    event = m[3] if re.search(rf"(?i)\b{_KINDS}s?\b", m[3]) else f"the {m[3]} {m[1].split()[-1]}"
    return f"the last 1 {m[1]}{m[2]} before {event}"


def _latest_before(question: str, answer: Callable[[str], tuple[object, str]], vocab: Vocabulary | None):
    """The ``n`` rows of a kind (any service unless named) that came last before an event: its latest occurrence,
    or its first when the question says "first"; a row of the event's own kind is one before it, not it. ``None``
    when the question does not read so."""
    m = _LATEST.match(_the_one_before(question.strip().rstrip("?.! ")))
    if m is None:
        return None
    if (both := _both(answer, m[3], m[4])) is None:
        return None
    reading, listed_tree, event_tree = both
    if listed_tree.args.get("group") or [c.sql() for c in listed_tree.expressions] != ["*"]:
        return None
    listed_rel, event_rel = listed_tree.args["from_"].this.name, event_tree.args["from_"].this.name
    if listed_rel not in EVENT_TIME or event_rel not in EVENT_TIME:
        return None
    said = m[1] or m[2]
    column, n = EVENT_TIME[listed_rel], int(said) if said.isdigit() else NUMBER_WORDS[said.lower()]
    which = "min" if re.search(r"(?i)\b(first|earliest)\b", m[4]) else "max"
    event = live_first(event_tree, m[4], vocab).sql(dialect="duckdb")
    at = f"(SELECT {which}({EVENT_TIME[event_rel]}) FROM ({event}) AS event)"
    before = f"{column} {'<' if listed_rel == event_rel else '<='} {at}"
    if listed_rel == event_rel == "change_events":  # the same change told twice (two sources) is not one before it
        before += f" AND id NOT IN (SELECT id FROM ({event}) AS e)"
        if _VERSION.search(m[4]):  # nor the version's own staging deploy
            before += (f" AND COALESCE(details['ref'], version, '') NOT IN (SELECT COALESCE(details['ref'], "
                       f"version, '') FROM ({event}) AS e)")
    tree = listed_tree.where(before, dialect="duckdb").order_by(f"{column} DESC", copy=False).limit(n, copy=False)
    return reading, tree.sql(dialect="duckdb")


def _sampled_around(question: str, answer: Callable[[str], tuple[object, str]], vocab: Vocabulary | None):
    """A metric's samples in a window of each occurrence of an event ("pool pending 15m either side of the
    payments-api rollback going live", "avg latency in the 30 minutes after a deploy"): a sample counts once, however
    many windows it falls in; ``None`` for anything but a metric's samples."""
    parts = split_anchor(question, each=True)
    if parts is None:
        return None
    main, how, span, anchor = parts
    if (both := _both(answer, main, anchor)) is None:
        return None
    reading, listed_tree, event_tree = both
    if listed_tree.args["from_"].this.name != "metric_points" or \
            (event_rel := event_tree.args["from_"].this.name) not in EVENT_TIME or event_rel == "metric_points":
        return None
    at = f"event.{EVENT_TIME[event_rel]}"
    lo = at if how == "after" else f"{at} - INTERVAL {span} MINUTE"
    hi = at if how == "before" else f"{at} + INTERVAL {span} MINUTE"
    event = live_first(event_tree, anchor, vocab).sql(dialect="duckdb")
    inside = (f"EXISTS (SELECT 1 FROM ({event}) AS event WHERE metric_points.timestamp >= {lo} AND "
              f"metric_points.timestamp <= {hi})")
    return reading, listed_tree.where(inside, dialect="duckdb").sql(dialect="duckdb")


def live_first(event: exp.Select, said: str, vocab: Vocabulary | None) -> exp.Select:
    """The rows of a version's deploy named without its environment ("after payments-api v2.14.0 went live"), its
    production ones when it went there: a version goes live where its users are, though staging had it first."""
    if event.args["from_"].this.name != "change_events" or vocab is None or _names_environment(event) or \
            not _VERSION.search(said):
        return event
    live = canonical_environment("environment", vocab)
    return event.where(f"({live} = 'production' OR NOT EXISTS (SELECT 1 FROM ({event.sql(dialect='duckdb')}) AS p "
                       f"WHERE {live} = 'production'))", dialect="duckdb")


_VERSION = re.compile(r"(?i)\bv?\d+\.\d+(?:\.\d+)*\b")
"""A version named with the change: its production release is the moment people mean, when it reached production."""
_CLOCKED = re.compile(r"\b\d{1,2}:[0-5]\d\b")
"""An event placed at a clock's minute ("the 18:26 disk alert"): one moment."""
_ANYWHERE = re.compile(r"(?i)(?:\b(?:from|on|across|in|for|of|by) |,\s*)(?:any|all|every|all the|all our) "
                       r"(?:services?|svcs?)\b|\banywhere\b")
"""Rows of every service around one event: one window of time, not a relation on the event's scope."""
_ANY_ENV = re.compile(r"(?i)\b(?:in |of |from |across )?(?:any|all|every|all the) (?:envs?|environments?)\b")
"""Changes of every environment around one event ("…, any env"), not only the event's own."""
_THEIRS = re.compile(r"(?i)\b(?:them|it|they|somebody|someone|anyone|anybody)\b")
"""An event told of the listed rows themselves ("after somebody deployed them"): each one's own, not one moment."""
_WHICH = re.compile(r"(?i)^(?:\W*\w+){0,6}?\W*\b(?:which|what|top \d+|(?:how many|number of|no\.? of|count of)"
                    r"(?: distinct| different| separate)?) (?:services?|svcs?)\b")
"""The services asked around one version's deploy: "which service logged the most errors in the 15 minutes after
payments-api v2.14.0 went live" ranks every service in that window."""
_EVENT_ENV = {"alerts": "environment_canonical", "alert_groups": "environment", "change_events": "environment"}


def _services(tree: exp.Select) -> set[str]:
    """The services a single-table reading is narrowed to."""
    where = tree.args.get("where")
    return set() if where is None else {
        lit.name for eq in where.find_all(exp.EQ, exp.In) if isinstance(eq.this, exp.Column) and eq.this.name ==
        "service" for lit in eq.find_all(exp.Literal)}


def _one_place(listed: exp.Select, event: exp.Select) -> bool:
    """Whether log lines around an event are one window of time: the lines name another service than the event, or
    the event names its environment ("after the v2.14.0 production deploy"); else each of its occurrences is its
    own window on the lines' own service and environment (ask_relate)."""
    mine, theirs = _services(listed), _services(event)
    return bool(mine and theirs and not mine & theirs) or _names_environment(event)


def _names_environment(tree: exp.Select) -> bool:
    """Whether the listed rows are already narrowed to an environment."""
    where = tree.args.get("where")
    return where is not None and any(c.name == "environment" for c in where.find_all(exp.Column))


_TROUBLE = re.compile(r"(?i)^(?:(?P<it>it|they|that service|the service|that|this)|(?P<named>[a-z][\w.-]*[a-z0-9])) "
                      r"(?:went down|broke|failed|started failing|started erroring|started throwing errors|"
                      r"started alerting|started paging|blew up|fell over|fell down|crashed|had (?:problems|issues|"
                      r"trouble)|started having (?:problems|issues|trouble)|went (?:red|bad|sideways))\b(?P<rest>.*)$")
_OF = re.compile(r"(?i)\b(?:on|for|to|of|in|with|about) (?:the )?([\w.-]+)\s*$")


def _its_trouble(main: str, anchor: str) -> str:
    """ "what changed on payments right before it went down yesterday": "it" is what the listed rows are on, and
    its going down is its first alert ("the first payments alert yesterday"); "before checkout-web started
    erroring yesterday" names it."""
    m, named = _TROUBLE.match(anchor), _OF.search(main)
    if m is not None and m["named"]:  # "right before checkout-web started erroring": its first alert
        return f"the first {m['named']} alert{m['rest']}"
    if m is None or named is None:
        return anchor
    return f"the first {named[1]} alert{m['rest']}"


def event_question(anchor: str) -> str:
    """The event as a question of its own: "the backlog silence went on this morning" → "the backlog silence this
    morning"; a version named alone is its deploy ("when auth-api v4.2.2 went out to staging")."""
    question = re.sub(r"(?i)^([a-z][\w.-]*) (?:put|set|created|made|added|opened) (?:up )?(?:her|his|their|the|a|an) "
                      r"(.+?)(?: on| up| in place)?$", r"the \2 \1 created", anchor)  # "maria put her cart-service
    question = EVENT_VERBS.sub("", question)  # silence on": the cart-service silence maria created
    if re.search(r"(?i)\bv?\d+\.\d+", anchor) and not re.search(
            r"(?i)\b(deploy\w*|releas\w*|rollback\w*|roll\w* back|change\w*)\b", question):
        question = f"the deploy of {question}"  # "auth-api v4.2.2 got deployed to staging" too
    return question


def _one_moment(anchor: str, how: str, event_tree: exp.Select) -> bool:
    """Whether the event's reading gives its rows (whose earliest time places the question) and names one moment:
    not "the last …" (the latest would be wanted, not the earliest), not an alert that fires again and again ("the
    HighErrorRate alert": each firing is related, by ask_relate) unless its first, one at a clock's minute or, for
    "since", that day's."""
    if [c.sql() for c in event_tree.expressions] != ["*"] or event_tree.args.get("group"):
        return False
    if re.search(r"(?i)\b(last|latest|most recent)\b", anchor):
        return False
    return event_tree.args["from_"].this.name != "alerts" or how == "since" or bool(
        re.search(r"(?i)\b(first|earliest)\b", anchor) or _CLOCKED.search(anchor))  # "the 18:26 disk alert"


_OTHERS = re.compile(r"(?i)\b(?:the )?(?:other|another)\s+(alerts?|incidents?)\b")
"""Alerts (incidents) other than the one whose firing (time open) places them."""
_STILL_OPEN = r"(?i)\s+(?:was|were|is|are)(?: still)? (?:open|ongoing|going on|active)\b"
"""What an incident placing rows by its time open says of itself ("while the payments incident was still open")."""
_STARTED = re.compile(r"(?i)\b(?:start|starts|started|starting|began|begin|fired|opened|went off|triggered)\b")
"""Alerts asked by their start ("the alerts that started while the pool alert was firing"): a start inside its
firing; without it, alerts "while" another fired may mean firing at once, which is not read."""


def _during(reading, listed_tree: exp.Select, listed_rel: str, event: str, event_rel: str, now: datetime,
            others: bool = False, started: bool = False):
    """A metric's samples taken while the named alert fired (any of its firings), an incident was open or a silence
    was in effect, and the alerts that ``started`` while the named alert fired, on any service (``others``: not that
    alert); ``None`` for other rows (alerts or logs during an incident relate on scope: ask_relate)."""
    if listed_rel == "alerts" and event_rel == "alerts" and started:
        inside = (f"EXISTS (SELECT 1 FROM ({event}) AS event WHERE alerts.starts_at >= event.starts_at AND "
                  f"alerts.starts_at <= coalesce(event.ends_at, {ts(now)}))")
        if others:
            inside += f" AND alerts.name NOT IN (SELECT name FROM ({event}) AS event)"
        return reading, listed_tree.where(inside, dialect="duckdb").sql(dialect="duckdb")
    if listed_rel == "alert_groups" and event_rel == "alert_groups" and started:  # "other incidents opened while
        inside = (f"EXISTS (SELECT 1 FROM ({event}) AS event WHERE alert_groups.opened_at >= event.opened_at AND "
                  f"alert_groups.opened_at <= coalesce(event.resolved_at, {ts(now)}))")  # the payments incident was
        if others:  # still open"
            inside += f" AND alert_groups.id NOT IN (SELECT id FROM ({event}) AS event)"
        return reading, listed_tree.where(inside, dialect="duckdb").sql(dialect="duckdb")
    if listed_rel != "metric_points" or event_rel not in _SPANS or others:
        return None
    start, end = _SPANS[event_rel]
    inside = (f"EXISTS (SELECT 1 FROM ({event}) AS event WHERE metric_points.timestamp >= {start} AND "
              f"metric_points.timestamp < coalesce({end}, {ts(now)}))")
    return reading, listed_tree.where(inside, dialect="duckdb").sql(dialect="duckdb")


def _window(how: str, listed_rel: str, at: str, span: int | None, now: datetime) -> str | None:
    """The condition placing the listed rows around the event's time ``at``."""
    column = EVENT_TIME[listed_rel]
    if how == "at" and listed_rel == "alerts":
        return f"starts_at <= {at} AND (ends_at IS NULL OR ends_at > {at})"
    if how == "at" and listed_rel in ("silence_scopes", "silences"):
        return f"starts_at <= {at} AND coalesce(expired_at, ends_at) > {at}"
    if how == "since":
        return f"{column} >= {at} AND {column} <= {ts(now)}"
    if how in ("before", "after") and span is None:  # within the rows' own window, on that side of it
        return f"{column} {'<' if how == 'before' else '>'} {at}"
    if how == "before":
        return f"{column} >= {at} - INTERVAL {span} MINUTE AND {column} <= {at}"
    if how == "after":
        return f"{column} >= {at} AND {column} <= {at} + INTERVAL {span} MINUTE"
    if how == "around":
        return f"{column} >= {at} - INTERVAL {span} MINUTE AND {column} <= {at} + INTERVAL {span} MINUTE"
    return None
