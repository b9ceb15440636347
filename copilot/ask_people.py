"""People named by two kinds of what they did: "people who silenced something but never acked", "who deployed and
also silenced", "silences created by people who never acked anything".

Each kind of act gives the people its rows name (a change's actor, a silence's author, the actor of an ack or a
snooze, the author of a resolution) under the question's filters and time. "but never", "and no", "without" keep
those the first gives and the second does not (``EXCEPT``), "and also", "as well as" those both give
(``INTERSECT``); asked with "number of" each, those both give with their two counts. Rows "by people who never …" are
the first kind's rows whose person the second does not name.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_sql import Select, filters, lit
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import CHANGE_TYPES

__all__ = ["people_of_two"]

_ACTS = (
    ("acks", r"ack(?:s|ed|ing)?|acknowledg(?:e|es|ed|ing|ements?)"),
    ("snoozes", r"snooz(?:e|es|ed|ing)"),
    ("silences", r"silenc(?:e|es|ed|ing)|mut(?:e|es|ed|ing)"),
    ("changes", r"deploy(?:s|ed|ing|ments?)?|releas(?:e|es|ed|ing)|roll(?:ed)? back|rollbacks?|shipped|"
                r"chang(?:e|es|ed)|toggl(?:e|es|ed)"),
    ("resolutions", r"resolv(?:e|es|ed)|resolutions?"),
)
_WHO = {"acks": ("audit_log", "actor", "action = 'ack'"), "snoozes": ("audit_log", "actor", "action = 'snooze'"),
        "silences": ("silence_scopes", "created_by", None), "changes": ("change_events", "actor", "phase = 'live'"),
        "resolutions": ("resolutions", "resolved_by", None)}
_PEOPLE = r"(?:people|persons|users|engineers|folks|actors|accounts|anyone|someone|somebody|those|ones)"
_HEAD = re.compile(r"^(?:(?:which|what|list|show|name|find)(?: me)?(?: the| all)? |"
                   rf"for (?:each|every) (?:of )?(?:the )?)?(?:{_PEOPLE}|who)"
                   r"(?: (?:that|who|which))? ")
_ROWS = re.compile(rf"\b(?:created|made|set|done|performed|written|by|from)(?: by)? {_PEOPLE} (?:that|who) ")
_BUT_NOT = r"\b(?:but|and|yet)(?: \w+){0,2} (?:never|not|no)\b|\bwithout\b|^(?:\w+ ){0,2}(?:never|not|no)\b"
_AND = r"\b(?:and(?: also)?|as well as|plus)\b"
_IN_TIME = r"\b(before|after|afterwards|within|during|while|following|around|same day|then|on the same)\b"
_SOME = r"\b(?:at least (?:one|1)|one or more|an?|any|some|the|a single)\b"
"""How many of an act a person did, said between the two acts: not a word of how they relate."""
_COUNTED = r"\b(?:number of|count of|how many|counts?)\b"


def people_of_two(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question naming people by two kinds of act, or rows by people named by another; ``None``
    otherwise."""
    text = " ".join(r.words)
    if re.search(_IN_TIME, text):
        return None  # "who acked within 5 minutes after a deploy": a relation in time, not two sets
    if (rows := _ROWS.search(text)) is not None:
        return _rows_by(r, vocab, text[:rows.start()], text[rows.end():])
    head = _HEAD.match(text)
    if head is None:
        return None
    said = text[head.end():]
    counted = re.search(_COUNTED, said)  # "…: person, number of live changes, …": the columns, not acts
    found = _acts(said[:counted.start()] if counted else said)
    if len(found) != 2 or found[0][2] == found[1][2]:
        return None
    between = said[found[0][1]:found[1][0]]
    if re.search(_BUT_NOT, between):
        how = "EXCEPT"
    elif re.search(_AND, between) and len(re.sub(_SOME, " ", between).split()) <= 4:  # "made at least one live
        how = "INTERSECT"  # deployment and also created at least one silence"
    else:
        return None
    (_, _, kind_a, word_a), (_, _, kind_b, word_b) = found
    counts = len(re.findall(_COUNTED, text))
    if how == "INTERSECT" and counts >= 2:  # "…: person, number of live changes, number of silences"
        return _counted(r, vocab, (kind_a, word_a), (kind_b, word_b))
    if counts:
        return None  # "…, with the number of deploys": one count of two acts is not read (refused whole)
    first = _people(r, vocab, kind_a, word_a)  # "who silenced something yesterday but never acked": never, at any
    second = _people(r, vocab, kind_b, word_b, timed=how == "INTERSECT")  # time; "and also" in the same window
    return f"{first} {how} {second} ORDER BY person"


def _acts(text: str) -> list[tuple[int, int, str, str]]:
    return sorted((m.start(), m.end(), kind, m[0]) for kind, pattern in _ACTS
                  for m in re.finditer(rf"\b(?:{pattern})\b", text))


def _rows_by(r: Reading, vocab: Vocabulary, before: str, clause: str) -> str | None:
    """ "silences created by people who never acked anything": the rows of the first kind whose person the clause's
    kind does not name (or does, without a negation)."""
    rows, acts = _acts(before), _acts(clause)
    if len(rows) != 1 or len(acts) != 1 or rows[0][2] == acts[0][2]:
        return None
    negated = re.search(r"\b(never|not|no|nothing)\b", clause[:acts[0][0]])
    rel, person, _ = _WHO[rows[0][2]]
    scope = {w for k in ("service", "project", "environment") for e in r.entities.get(k, []) for w in e.words}
    where = [w for w in _where(r, vocab, rows[0][2], rows[0][3]) if scope & set(before.split()) or not _SCOPED.match(w)]
    inner = _people(r, vocab, acts[0][2], acts[0][3], timed=False,  # "prod deploys by people who never acked an
                    scoped=bool(scope & set(clause.split())))  # alert": the scope is the deploys', not the acks'
    where.append(f"{person} {'NOT IN' if negated else 'IN'} ({inner.replace(' AS person', '')})")
    return Select(rel, where=where).sql()


def _where(r: Reading, vocab: Vocabulary, kind: str, word: str, timed: bool = True) -> list[str]:
    rel, _, condition = _WHO[kind]
    where = [w for w in filters(r, vocab, rel) if not w.startswith(("type ", "type IN", "phase ", "action "))]
    if not timed:
        where = [w for w in where if not re.search(r"\b(timestamp|created_at|resolved_at|starts_at)\b", w)]
    if condition:
        where.append(condition)
    if kind == "changes" and (word.split()[0] in CHANGE_TYPES and not word.startswith("chang")):
        where.append(f"type = {lit(CHANGE_TYPES[word.split()[0]])}")
    return where


_SCOPED = re.compile(r"(NOT coalesce\()?(service|project|environment|environment_canonical) |target IN \(SELECT "
                     r"fingerprint FROM alerts WHERE|group_id IN \(SELECT id FROM alert_groups WHERE")
"""A condition of service, project or environment, on the relation or through the alerts or incidents it names."""


def _people(r: Reading, vocab: Vocabulary, kind: str, word: str, timed: bool = True, scoped: bool = True) -> str:
    """The people the rows of one kind of act name under the question's filters (and time; and scope unless not
    ``scoped``)."""
    rel, person, _ = _WHO[kind]
    where = [w for w in _where(r, vocab, kind, word, timed) if scoped or not _SCOPED.match(w)]
    where.append(f"{person} IS NOT NULL")
    return Select(rel, columns=[f"{person} AS person"], where=where, distinct=True).sql()


def _counted(r: Reading, vocab: Vocabulary, *acts: tuple[str, str]) -> str:
    """The people both kinds of act name, each with how many rows of each kind name them."""
    parts = []
    for kind, word in acts:
        rel, person, _ = _WHO[kind]
        where = [*_where(r, vocab, kind, word), f"{person} IS NOT NULL"]
        parts.append(Select(rel, columns=[f"{person} AS person", f"count(*) AS {kind}"], where=where,
                            group=[person]).sql())
    (a, _), (b, _) = acts
    return (f"SELECT a.person, a.{a}, b.{b} FROM ({parts[0]}) AS a JOIN ({parts[1]}) AS b ON b.person = a.person "
            "ORDER BY a.person")
