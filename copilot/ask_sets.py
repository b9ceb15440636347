"""Services (projects, environments) named by two kinds of record at once: "services that alerted but never
deployed", "which services had both an alert and a deploy yesterday", "projects with incidents and no silences".

Each kind gives the values its rows carry under the question's filters and time; "both", "and", "as well as"
keep the values both give (``INTERSECT``), "but never", "and no", "without" those the first gives and the second
does not (``EXCEPT``). A relation in time between the two ("alerted after a deploy") is not this shape: that is
:mod:`.ask_relate`'s.
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_sql import Select, canonical_environment, filters, lit
from signalcraft.copilot.ask_vocab import Vocabulary
from signalcraft.copilot.ask_words import CHANGE_TYPES

__all__ = ["in_two_environments", "services_of_two"]

_KINDS = (
    ("alerts", r"alert(?:s|ed|ing)?|fired|firing|paged|pages?"),
    ("changes", r"deploy(?:s|ed|ments?)?|releas(?:e|es|ed)|rollbacks?|rolled back|shipped|changes?|changed|flags?"),
    ("incidents", r"incidents?|outages?"),
    ("silences", r"silenc(?:e|es|ed)|muted"),
)
_RELATION = {"alerts": "alerts", "changes": "change_events", "incidents": "alert_groups", "silences": "silence_scopes"}
_HEAD = re.compile(r"^(?:(?:which|what|list|show|name)(?: me)?(?: the| all)? )?"
                   r"(services?|projects?|environments?|envs?)"
                   r" (?:that |which |with |having |had |have |saw |where )?")
_BUT_NOT = r"\b(?:but|and|yet)(?: \w+){0,2} (?:never|not|no|zero)\b|\bwithout\b"  # "but were not deployed"
_AND = r"(?:and(?: also)?|as well as|plus)\b"
_IN_TIME = r"\b(before|after|afterwards|within|during|while|following|preceded|followed|around|same day|then)\b"


def services_of_two(r: Reading, vocab: Vocabulary) -> str | None:
    """The SQL of a question naming values by two kinds of record, or ``None``."""
    text = " ".join(r.words)
    head = _HEAD.match(text)
    if head is None:
        return None
    rest = text[head.end():]
    found = sorted((m.start(), m.end(), kind, m[0]) for kind, pattern in _KINDS
                   for m in re.finditer(rf"\b(?:{pattern})\b", rest))
    if len(found) != 2 or found[0][2] == found[1][2]:
        return None
    between = rest[found[0][1]:found[1][0]]
    if re.search(_IN_TIME, rest[found[0][1]:]):  # "deploys without alerts within 5 min": a relation in time
        return None
    if re.search(_BUT_NOT, between):
        how = "EXCEPT"
    elif re.search(rf"\b{_AND}", between) and len(between.split()) <= 5:  # "and also had an"
        how = "INTERSECT"
    else:
        return None
    column = {"s": "service", "p": "project"}.get(head[1][0], "environment")
    selects = [_side(r, vocab, kind, word.split()[0], column) for _, _, kind, word in found]
    return f"{selects[0]} {how} {selects[1]} ORDER BY {column}"


def _side(r: Reading, vocab: Vocabulary, kind: str, word: str, column: str) -> str:
    """The values of ``column`` the rows of one kind carry under the question's filters and time."""
    rel = _RELATION[kind]
    stored = "environment_canonical" if column == "environment" and kind in ("alerts", "silences") else column
    where = [w for w in filters(r, vocab, rel) if not w.startswith(("type ", "type IN", "phase "))]
    if kind == "changes":
        if word in CHANGE_TYPES and not word.startswith("change"):
            where.append(f"type = {lit(CHANGE_TYPES[word])}")
        where.append("phase = 'live'")
    shown = stored if stored == column else f"{stored} AS {column}"
    return Select(rel, columns=[shown], where=[*where, f"{stored} IS NOT NULL"], distinct=True).sql()


_PLACES = re.compile(r"^(?:(?:which|what|list|show|name)(?: me)?(?: the| all)? )?(services?|projects?|alert ?names?|"
                     r"names?|versions?)(?: \w+){0,3}? (?:in|to|on) (?:both )?(\S+) (and(?: also)?|but not|and not|"
                     r"but never|but none|and never)(?: in| to| on)? (\S+)\b")


def in_two_environments(r: Reading, vocab: Vocabulary) -> str | None:
    """ "which alert names fired in both staging and production", "services that alerted in staging but not in
    production": the values one kind of record carries in one environment and (not) in the other."""
    m = _PLACES.match(" ".join(r.words))
    envs = list(dict.fromkeys(e.value for e in r.entities.get("environment", [])))
    if m is None or len(envs) != 2 or not re.search(r"\b(alerted|fired|alerts|paged|deployed|released|shipped|went|"
                                                    r"rolled|pushed)\b", m[0]):
        return None  # "which versions of checkout are in staging and production": each one's, not a set
    changes = bool(re.search(r"\b(deploy\w*|releas\w*|shipped|versions?|rolled)\b", m[0]))
    column = {"s": "service", "p": "project"}.get(m[1][0], "coalesce(details['ref'], version)" if changes else "name")
    rel = "change_events" if changes else "alerts"
    env = canonical_environment("environment", vocab) if changes else "environment_canonical"
    where = [w for w in filters(r, vocab, rel) if not re.match(r"(NOT coalesce\()?(environment|environment_canonical) ",
                                                                w)]
    if changes:
        where += [w for w in ("type = 'deployment'", "phase = 'live'") if w not in where]
    shown = f"{column} AS version" if column.startswith("coalesce") else column
    sides = [Select(rel, columns=[shown], where=[*where, f"{env} = {lit(e)}", f"{column} IS NOT NULL"],
                    distinct=True).sql() for e in envs]
    how = "INTERSECT" if m[3].startswith("and") and "not" not in m[3] and "never" not in m[3] else "EXCEPT"
    return f"{sides[0]} {how} {sides[1]} ORDER BY 1"
