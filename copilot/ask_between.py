"""The time between two named events: "how many minutes passed between the payments-api v2.14.0 production deploy
going live and the first payments-api alert after it", "how long from the first checkout alert on March 11 until
the payments-api rollback went live".

Each event is read as a question of its own (:func:`.ask_anchor.event_question`) and must read as rows of one
relation that has a time. The first event is the earliest of its rows (the latest for "the last …"); the second is
the first of its rows at or after the first event (the last of them for "the last …"; the last before the first
event when none came after) — "the rollback" after
"the first alert on March 11" is that day's rollback, not the first one ever. "After it" in the second names that
order outright. The answer is one number, the minutes (hours when asked) between the two, to one decimal.

>>> split_between("How many minutes passed between the v2.14.0 deploy going live and the first alert after it?")
('minutes', 'the v2.14.0 deploy going live', 'the first alert')
>>> split_between("how long from the first checkout alert on March 11 until the rollback went live")
('minutes', 'the first checkout alert on March 11', 'the rollback went live')
>>> split_between("From the first checkout alert until the payments-api rollback went live, how many minutes passed?")
('minutes', 'the first checkout alert', 'the payments-api rollback went live')
>>> split_between("how many alerts between 2 and 4 pm") is None
True
"""

from __future__ import annotations

from collections.abc import Callable

from sqlglot import exp

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_anchor import EVENT_TIME, event_question, live_first
from signalcraft.copilot.ask_both import single_table
from signalcraft.copilot.ask_common import common_forms
from signalcraft.copilot.ask_dates import DAY_OF_MONTH
from signalcraft.copilot.ask_reading import Refused
from signalcraft.copilot.ask_vocab import Vocabulary

__all__ = ["between", "split_between", "split_listed", "within_two"]

_HOW_LONG = (r"(?:how (?:many (?P<unit>minutes|mins|hours|hrs)|long|much time)(?:,? in (?P<unit3>minutes|hours),?)?"
             r"(?: (?:passed|elapsed|went by|lay|lie|was there|were there|was it|is it|did it take|it took|"
             r"had passed|have passed|has passed|have elapsed|has elapsed|had elapsed))?|"
             r"(?P<unit4>minutes|hours|time)|(?:what (?:was|is|were) )?(?:the )?(?:time )?(?:gap|delay|lag|time))")
_ASK = re.compile(rf"^(?:in (?P<unit1>minutes|hours),?\s+)?{_HOW_LONG}\s+(?P<how>between|from)\s+(?P<both>.+?)"
                  r"(?:,? in (?P<unit2>minutes|hours))?$", re.IGNORECASE)
_HEAD = re.compile(rf"^(?P<how>between|from)\s+(?P<both>.+?),?\s+{_HOW_LONG}$", re.IGNORECASE)
_MOMENT = re.compile(r"(?i)\b(between|from|until|till|to|and) the (?:exact |very )?(?:moment|time|instant|minute) "
                     r"(?:when |that )?(?=the |its |[\w-]+'s )")
"""An event said as "the moment the … went live": the event."""
_SEPARATOR = {"between": re.compile(r"\s+and\s+"), "from": re.compile(r"\s+(?:until|till|to|up to|and)\s+")}
_AFTER_IT = re.compile(r"\s+(?:(?:that|which) (?:came|fired|followed|happened)(?: after(?: it| that| this)?)?|"
                       r"(?:after|following) (?:it|that|this|them))$", re.I)
_DEFINITE = re.compile(r"^(?:the|its|that|this|[\w-]+'s)\b", re.IGNORECASE)


_TOOK = re.compile(r"^(?P<how>how (?:many (?:minutes|mins|hours|hrs)|long)) did (?:the )?(?P<x>.+?) take (?:to go )?"
                   r"from (?:being |its |it being |it was )?(?:requested|created|queued|asked for) "
                   r"(?:to|until|till|and) (?:going |it went |being |its |it going |it was )?"
                   r"(?:live|deployed|done|out)$", re.IGNORECASE)
"""A change's own phases: "how many minutes did the March 11 payments-api rollback take from being requested to
going live" is the time between its request and its report of going live."""


_LIVE_UNTIL = re.compile(
    r"^how (many minutes|many hours|long) (?:was|were|had) (.+?) (?:been )?live( in \w+)? before (?:the )?(.+?)"
    r"(?: went live| was live| came| happened| started| fired)?$|"
    r"^how (many minutes|many hours|long) after (?:the )?(.+?) (?:went live|was deployed|got deployed|was released|"
    r"shipped)( in \w+)? (?:did|was|were) (?:the )?(.+?)(?: fire| start| come| happen| go off| arrive| show up)?$",
    re.IGNORECASE)
"""A span named by how long a change was live before another event, or how long after it went live one came."""


_PHRASED = (
    (r"(?i)\b(v?\d+\.\d+(?:\.\d+)?) of ([a-z][\w-]+)", r"\2 \1"),  # "v2.14.0 of payments-api"
    (r"(?i)\b(rollback|deploy|deployment|release|alert|incident|silence|outage)s? of (?:the )?([a-z][\w-]+)"
     r"(?: (?:project|service))?\b", r"\2 \1"),  # "the rollback of payments-api", "first alert of checkout project"
    (r"(?i)\b(?:us|we|someone|somebody|they|you) (?:turning|turned|switching|switched|flipping|flipped) (on|off) "
     r"(the .+? flag)\b", r"\2 being turned \1"),  # "between us turning on the New checkout flow flag …"
    (r"(?i)^how (many minutes|many hours|long) after (the .+?) (?:was|were) (the .+?) (created|made|set|put on|"
     r"opened|expired)$", r"how \1 between \2 and \3"),  # "how many minutes after the first alert was the silence
    # created"
    (rf"(?i)^for (?:the )?({DAY_OF_MONTH}|yesterday|today|\d{{4}}-\d\d-\d\d)(?: (?:timeline|review|report|postmortem|"
     r"incident))?\s*[:,-]+\s*(.+)$", r"\2 on \1"),  # "For 11 March: how many minutes passed from …": that day's
    (r"(?i)^(?:the )?(.+?) (?:go|goes|went) (live|out)\b(.*?),? (?:and )?after (?:that|this|it),? how (many minutes?|"
     r"many hours?|many mins?|long) (?:until|till|to|before) (?:the )?(.+)$",
     lambda m: f"how {m[4].rstrip('s')}s between the {m[1]} going {m[2]}{m[3]} and the {m[5]}"),  # "v2.14.0 go live in
    # prod, after that how many minute until first payments-api alert?"
)
"""Events said in other orders, rewritten so each is named by its own words first."""
_GOING = re.compile(r"(?i)^(?:going|went|gone|being|getting|got) ")
"""A second event that says only what happened, of the first's subject ("between payments-api v2.14.0 going live on
staging and going live on prod")."""


def split_between(question: str) -> tuple[str, str, str] | None:
    """(``minutes`` or ``hours``, the first event, the second event), or ``None``.

    >>> split_between("How many minutes did the payments-api rollback take from being requested to going live?")
    ('minutes', 'the requested payments-api rollback', 'the payments-api rollback going live')
    """
    text = _MOMENT.sub(r"\1 ", question.strip().rstrip("?.! "))  # "from the moment the deploy went live until …"
    for pattern, replacement in _PHRASED:
        text = re.sub(pattern, replacement, text)
    if m := _TOOK.match(text):
        text = f"{m['how']} between the requested {m['x']} and the {m['x']} going live"
    elif m := _LIVE_UNTIL.match(text):  # "how many minutes was payments-api v2.14.0 live in production before the
        named = m[2] or m[6]
        noun = "" if re.search(r"\b(deploy|deployment|release|rollback|rollout|change)$", named, re.I) else " deploy"
        text = f"how {m[1] or m[5]} between the {named}{noun}{m[3] or m[7] or ''} and the {m[4] or m[8]}"
        # rollback went live", "how many minutes after X went live did the first checkout-web alert fire"
    m = _ASK.match(text) or _HEAD.match(text)
    if m is None:
        return None
    both = m["both"]
    if re.search(r"(?i)\b(?:each|every|all)\b", both):
        return None  # "from each deploy to its first alert": one span per deploy, not two events
    for cut in _SEPARATOR[m["how"].lower()].finditer(both):  # "from the rollout to production ... to the alert"
        a, b = _named(both[:cut.start()]), _AFTER_IT.sub("", both[cut.end():].strip())
        if _GOING.match(b) and (verb := re.search(r"(?i)\s(?:going|went|gone|being|getting|got) ", a)):
            b = f"{a[:verb.start()]} {b}"  # "… going live on staging and going live on prod": the same subject's
        b = _named(b)
        if _DEFINITE.match(a) and _DEFINITE.match(b):
            break
    else:
        return None  # "between 2 and 4 pm", "between a deploy and an alert": not two named events
    groups = m.groupdict()
    unit = next((groups[k] for k in ("unit", "unit1", "unit2", "unit3", "unit4") if groups.get(k)), "minutes").lower()
    return ("hours" if unit.startswith("h") else "minutes"), a, b


_LISTED = re.compile(r"\s+(?:(?:in|during) (?:the )?(?:time|period|window|span|stretch) )?(between|from)\s+",
                     re.IGNORECASE)


def split_listed(question: str) -> tuple[str, str, str] | None:
    """(what is listed, the first event, the second) of "how many alerts fired between the payments-api deploy and
    the rollback", or ``None``.

    >>> split_listed("how many alerts fired between the payments-api deploy and the rollback on March 11?")
    ('how many alerts fired', 'the payments-api deploy', 'the rollback on March 11')
    >>> split_listed("which alerts fired from the first checkout alert until the rollback went live")
    ('which alerts fired', 'the first checkout alert', 'the rollback went live')
    >>> split_listed("alerts between 2 and 4 pm") is None
    True
    """
    text = question.strip().rstrip("?.! ")
    if _ASK.match(text) or _HEAD.match(text):
        return None
    for m in _LISTED.finditer(text):  # "log errors from payments-api between the deploy and the rollback"
        both = text[m.end():]
        for cut in _SEPARATOR[m[1].lower()].finditer(both):
            a, b = _named(both[:cut.start()]), _named(both[cut.end():])
            if _DEFINITE.match(a) and _DEFINITE.match(b):
                return text[:m.start()], a, b
    return None


def within_two(question: str, answer: Callable[[str], tuple[object, str]],
               vocab: Vocabulary | None = None) -> tuple[object, str] | None:
    """The rows (or their count) of the question's listed part whose own time lies from the first named event to the
    first row of the second at or after it; ``None`` when the question does not read so."""
    parts = split_listed(question)
    if parts is None:
        return None
    listed, first, second = parts
    if day := _DAY_SAID.search(listed):  # "changes that went live on 11 March between the flag going on and the
        listed = (listed[:day.start()] + listed[day.end():]).strip()  # deploy going live": the events of that day
        first, second = f"{first} {day[0].strip()}", f"{second} {day[0].strip()}"  # (the day had stopped the reading)
    try:
        (reading, sql), (ra, a_sql), (rb, b_sql) = answer(listed), answer(event_question(first)), \
            answer(event_question(second))
        if (shared := _shared(first, second, (ra, a_sql), (rb, b_sql))) is not None:
            (ra, a_sql), (rb, b_sql) = answer(event_question(shared[0])), answer(event_question(shared[1]))
        if (lent := _listed_scope(reading, ra, rb)) is not None:  # "what happened on payments-api between the
            # deploy and the rollback": that service's deploy and rollback (had been any service's)
            (ra, a_sql), (rb, b_sql) = answer(event_question(f"{shared[0] if shared else first} of {lent}")), \
                answer(event_question(f"{shared[1] if shared else second} of {lent}"))
    except Refused:
        return None
    tree, a_rows, b_rows = single_table(sql), _rows(a_sql, first, vocab), _rows(b_sql, second, vocab)
    if tree is None or a_rows is None or b_rows is None or reading.window is not None:
        return None  # the listed part's own window would be a second, contradicting one
    column = EVENT_TIME.get(tree.args["from_"].this.name)
    if column is None:
        return None
    start = f"(SELECT min(x.t) FROM ({a_rows}) AS x)"
    end = f"(SELECT min(y.t) FROM ({b_rows}) AS y WHERE y.t >= {start})"
    reading.ignored.extend(w for r in (ra, rb) for w in r.ignored if w not in reading.ignored)
    return reading, tree.where(f"{column} >= {start} AND {column} <= {end}", dialect="duckdb").sql(dialect="duckdb")


_DAY_SAID = re.compile(rf"(?i)\s+(?:on (?:the )?(?:{DAY_OF_MONTH}|\d{{4}}-\d\d-\d\d)|yesterday|today)\b(?=\s*$)")
"""A day said at the end of a list's own part, before the two events that bound it."""


def _named(event: str) -> str:
    """An event written without its article ("first checkout alert on March 11") as the one it names."""
    event = event.strip()
    return event if _DEFINITE.match(event) or not re.match(r"(?i)(first|last|latest|earliest)\b|[\w-]+ (v?\d|"
                                                             r"rollback|deploy|release)|v?\d+\.\d+", event) \
        else f"the {event}"  # "between v2.14.0 going live and the rollback": that version's deploy


def between(question: str, answer: Callable[[str], tuple[object, str]],
            vocab: Vocabulary | None = None) -> tuple[object, str] | None:
    """The minutes between the question's two events (``answer`` reads one question into its reading and SQL; a
    version's deploy named without its environment is its production one, :func:`live_first`); ``None`` when it
    does not ask that or an event does not read as timed rows of one relation."""
    parts = split_between(question) or split_between(common_forms(question))  # "on tuesday, how many minutes
    if parts is None:  # between …": the day that leads it goes after it
        return None
    unit, first, second = parts
    try:
        (reading, a_sql), (other, b_sql) = answer(event_question(first)), answer(event_question(second))
        if (shared := _shared(first, second, (reading, a_sql), (other, b_sql))) is not None:
            first, second = shared  # "between the payments-api deploy and the rollback on march 11": both that
            (reading, a_sql), (other, b_sql) = answer(event_question(first)), answer(event_question(second))  # day's
    except Refused:
        return None
    reading.ignored.extend(w for w in other.ignored if w not in reading.ignored)  # both events' unread words
    a_rows, b_rows = _rows(a_sql, first, vocab), _rows(b_sql, second, vocab)
    if a_rows is None or b_rows is None:
        return None
    agg = "max" if re.search(r"(?i)\b(last|latest|most recent)\b", first) else "min"
    later = "max" if re.search(r"(?i)\b(last|latest|most recent)\b", second) else "min"
    after = f"(SELECT {later}(b.t) FROM b WHERE b.t >= a.t)"
    b_at = after if _AFTER_IT.search(question.strip().rstrip("?.! ")) else \
        f"coalesce({after}, (SELECT max(b.t) FROM b WHERE b.t < a.t))"  # "… after it": none before it counts
    return reading, (f"WITH a AS (SELECT {agg}(t) AS t FROM ({a_rows}) AS x), b AS ({b_rows}) "
                     f"SELECT round(abs(epoch({b_at}) - epoch(a.t)) / {3600 if unit == 'hours' else 60}, 1) "
                     f"AS {unit} FROM a")


def _shared(first: str, second: str, a: tuple, b: tuple) -> tuple[str, str] | None:
    """The two events with what one of them says and the other does not: a day or time said of one only is both
    events' ("between the payments-api deploy and the rollback on march 11"), and a service or project named with one
    change is the other change's ("the rollback" of that deploy); ``None`` when neither lends anything."""
    (ra, sql_a), (rb, sql_b) = a, b
    out = [first, second]
    if (ra.window is None) != (rb.window is None):
        lent = (ra.window or rb.window).phrase
        out = [f"{out[0]} {lent}", out[1]] if ra.window is None else [out[0], f"{out[1]} {lent}"]
    tables = [(tree := single_table(sql)) is not None and tree.args["from_"].this.name for sql in (sql_a, sql_b)]
    if tables[0] == tables[1] == "change_events":
        for kind in ("service", "project"):
            named = [" ".join(e.words) for e in ra.entities.get(kind, [])], \
                [" ".join(e.words) for e in rb.entities.get(kind, [])]
            if bool(named[0]) != bool(named[1]):
                lent = " and ".join(named[0] or named[1])
                out = [f"{out[0]} of {lent}", out[1]] if not named[0] else [out[0], f"{out[1]} of {lent}"]
                break
    return None if out == [first, second] else (out[0], out[1])


def _listed_scope(listed, ra, rb) -> str | None:
    """The one service the listed part names, when neither event names anything of its own (a service, a project, a
    version — "the v2.14.0 deploy" is that version's, whatever service the listed rows are on —, an alert, a
    person)."""
    services = listed.entities.get("service", [])
    if len(services) != 1 or any(any(r.entities.values()) for r in (ra, rb)) or any(
            re.search(r"\bv?\d+\.\d+", r.question) for r in (ra, rb)):
        return None
    return " ".join(services[0].words)


def _rows(sql: str, said: str = "", vocab: Vocabulary | None = None) -> str | None:
    """The times of an event's rows (``t``), whatever order or limit its reading gave them (a version's production
    deploy when ``said`` names no environment, :func:`live_first`); ``None`` when it is not rows of one timed
    relation."""
    tree = single_table(sql)
    if tree is None or [c.sql() for c in tree.expressions] != ["*"] or tree.args.get("group"):
        return None
    column = EVENT_TIME.get(tree.args["from_"].this.name)
    if column is None:
        return None
    tree = tree.copy()
    for arg in ("order", "limit", "offset"):
        tree.set(arg, None)
    tree = live_first(tree, said, vocab)
    tree.set("expressions", [exp.alias_(exp.column(column), "t")])
    return tree.sql(dialect="duckdb")

