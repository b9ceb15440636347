"""What a question says of alerts by their words: the severities it names and the alert names its words make.

"critical vs warning", "alerts except info", "non-critical"; "KubePodCrashLooping" written out,
or named by its distinctive words ("crash looping pods").
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_literals import in_list, lit
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_vocab import Vocabulary, stem
from signalcraft.copilot.ask_words import SEVERITIES, SEVERITY_DOWN, SEVERITY_UP

__all__ = ["FAMILY_WORDS", "compared_severities", "exact_names", "hinted_names", "known_hint", "match_names",
           "severity", "severity_condition", "severity_negated", "severity_span"]


def severity(r: Reading) -> str | None:
    found = _severity_at(r)
    return found[0] if found else None


def compared_severities(r: Reading) -> list[str]:
    """ "critical vs warning", "critical and warning alerts", "errors or criticals": the severities named together."""
    names = "|".join(sorted(SEVERITIES, key=len, reverse=True))
    m = r.phrase(rf"\b({names})s? (?:vs\.?|versus|and|or|compared to|against) ({names})s?\b")
    if m is None or SEVERITIES.get(m[1]) == SEVERITIES.get(m[2]):
        return []
    return [SEVERITIES[m[1]], SEVERITIES[m[2]]]


_RANKED = ("info", "warning", "error", "critical")
"""The severities from the least to the most severe (the store's ``severity_rank`` 1 to 4)."""
_UP = rf"(?:or|and) (?:{'|'.join(sorted(SEVERITY_UP, key=len, reverse=True))})"
_DOWN = rf"(?:or|and) (?:{'|'.join(sorted(SEVERITY_DOWN, key=len, reverse=True))})"


def severity_span(r: Reading) -> list[str] | None:
    """ "warning or worse", "error and above", "at least error", "warning or lower": the severities from the named
    one up (or down), most severe first; ``None`` when no such span is said."""
    names = "|".join(sorted(SEVERITIES, key=len, reverse=True))
    m = r.phrase(rf"\b({names})s?(?: alerts?| level| severity)? ({_UP}|{_DOWN})\b(?=$| (?:alerts?|severity|level|only|"
                 r"in|on|for|from|this|last|today|yesterday|since|during|over|per|by|and|or|firing|that|which|"
                 r"incidents?|right|now|still|but|excluding|except|not|are|were|was|is|please|pls)\b)") or \
        r.phrase(rf"\b(?:at least|minimum|min|no less than) (?:severity |level )?({names})\b()")
    if m is None:
        return None
    at = _RANKED.index(SEVERITIES[m[1]])
    down = bool(m[2]) and re.match(_DOWN, m[2]) is not None
    left_out = {SEVERITIES[x[1]] for x in re.finditer(rf"\b(?:excluding|except|but not|other than|without|not) (?:the "
                                                     rf"|any )?({names})s?\b", " ".join(r.words))}
    return [s for s in reversed(_RANKED[:at + 1] if down else _RANKED[at:]) if s not in left_out] or None


def severity_condition(r: Reading, column: str) -> str | None:
    """The condition the severities a question names put on ``column``: two compared ("critical vs warning"), a span
    ("warning or worse"), one (or all but one: "non-critical"); ``None`` when it names none."""
    if len(left_out := severities_left_out(r)) >= 2:  # "except critical and info", "excl crit, excl info": the
        return f"{column} NOT IN ({', '.join(lit(v) for v in left_out)})"  # others (had been those two, or one)
    if pair := compared_severities(r):
        return in_list(column, pair)
    if span := severity_span(r):
        return in_list(column, span)
    if sev := severity(r):
        return f"{column} {'<>' if severity_negated(r) else '='} {lit(sev)}"
    return None


def severities_left_out(r: Reading) -> list[str]:
    """The severities a run of exclusions names ("except critical and info", "except critical except info")."""
    names = "|".join(sorted(SEVERITIES, key=len, reverse=True))
    one = rf"(?:the |any )?(?:{names})s?(?: ones| alerts?)?"
    out: list[str] = []
    for m in re.finditer(rf"\b(?:except|excluding|besides|but not|not|non) {one}(?: (?:(?:and|or|nor|except|excluding|"
                         rf"not) )?{one})*", " ".join(r.words)):  # ("except critical, warning and info")
        out += [SEVERITIES[x] for x in re.findall(rf"\b({names})s?\b", m[0]) if SEVERITIES[x] not in out]
    return out


def severity_negated(r: Reading) -> bool:
    """ "alerts except info", "everything but warnings", "non-critical alerts"."""
    found = _severity_at(r)
    return found is not None and r.words[max(0, found[1] - 2): found[1]] != [] and any(
        w in ("except", "excluding", "not", "non", "but", "besides") for w in r.words[max(0, found[1] - 2): found[1]])


def _severity_at(r: Reading) -> tuple[str, int] | None:
    for i, w in enumerate(r.words):
        if w in ("critical", "crit", "sev1", "p1", "disaster"):  # Zabbix's highest severity
            return "critical", i
        near = r.words[max(0, i - 1): i + 2]
        after = r.words[i + 1: i + 3]
        if w in SEVERITIES and ("severity" in near or "level" in near or after[:1] in (["alerts"], ["alert"])
                                or (after[:1] in (["or"], ["and"]) and severity_span(r))
                                or (w in ("warning", "warn") and ("alerts" in after or "alert" in after))
                                or (i and r.words[i - 1] in ("except", "excluding", "non", "besides"))):
            return SEVERITIES[w], i
    return None


def exact_names(r: Reading, vocab: Vocabulary) -> list[str]:
    text = r.question.lower()
    return [n for n in vocab.alert_names if re.search(r"(?<![\w-])" + re.escape(n.lower()) + r"(?![\w-])", text)]


def match_names(hint: list[str], split: dict[str, set[str]]) -> list[str]:
    """The names (``split``: each with what it is matched by, :meth:`Vocabulary.terms`) made of the hint's
    distinctive words: all of them when some name has all, else those with the most. Words in a third or
    more of all names ("high", "rate") only break ties."""
    if not hint:
        return []
    names = list(split)
    common = {w for w in {stem(h) for h in hint} if sum(w in s for s in split.values()) * 3 >= max(len(names), 6)}
    strong = [h for h in hint if stem(h) not in common] or hint
    scores = {n: sum(1 for h in strong if stem(h) in s or h in s) for n, s in split.items()}
    best = max(scores.values(), default=0)
    if best == 0:
        return []
    return sorted(n for n, s in scores.items() if s == best)


def whole_name(hint: list[str], split: dict[str, set[str]]) -> list[str]:
    """The one name (of ``split``, as for :func:`match_names`) that holds every word of the hint, or none: "warnings
    on queue depth" names search_indexer_queue_depth; "log error rate warnings" names no metric ("log" is in none).

    >>> whole_name(["queue", "depth"], {"search_indexer_queue_depth": {"search", "indexer", "queue", "depth"},
    ...                                 "search_indexer_bulk_rejections": {"search", "indexer", "bulk", "rejections"}})
    ['search_indexer_queue_depth']
    >>> whole_name(["log", "error", "rate"], {"http_errors:ratio_rate1m": {"http", "error", "ratio", "rate"}})
    []
    """
    named = [n for n, s in split.items() if hint and all(stem(h) in s or h in s for h in hint)]
    return named if len(named) == 1 else []


_DATABASE = frozenset({"db", "database", "postgresql", "postgres", "mysql", "mariadb", "sql", "hikari", "hikaricp",
                       "pool", "mongo", "mongodb", "replication", "pgbouncer"})
_FAMILIES = {"db": _DATABASE, "database": _DATABASE}
"""Words for a family of alerts whose names say it in their own words ("db alerts": Postgres, connection pools)."""
FAMILY_WORDS = tuple(_FAMILIES)
"""The words that name a family of alerts."""


def _family(r: Reading, vocab: Vocabulary) -> list[str]:
    """The alert names of a family the question names alone ("db alerts", "database alerts in february")."""
    named = [w for w in r.words if w in _FAMILIES]
    if not named or len(set(r.name_hint) - set(named)) > 0:
        return []  # "db pool alerts": the words of one name, matched as usual
    family = _FAMILIES[named[0]]
    return sorted(n for n, terms in vocab.terms("alert").items() if terms & family)


def known_hint(r: Reading, vocab: Vocabulary) -> list[str]:
    """The words of the question that alert names are made of."""
    terms = vocab.once("alert_terms", lambda: set().union(*vocab.terms("alert").values()))
    return [h for h in r.name_hint if h in terms or stem(h) in terms]


def _listed(r: Reading, vocab: Vocabulary) -> list[str]:
    """The names of each part of a list of alert words ("the Postgres, Hikari and pool alerts": every name each
    part points at, not the one name that has the most of all the words); ``[]`` when the words are not listed or a
    part points at nothing."""
    known = known_hint(r, vocab)
    if len(known) < 2:
        return []

    def hint(token: str) -> str | None:
        return next((h for h in known if h == token or (min(len(h), len(token)) >= 4 and (
            h.startswith(token) or token.startswith(h)))), None)  # "postgres" read as "postgresql"

    parts: list[list[str]] = [[]]
    best: list[list[str]] = []
    for token in re.findall(r"[\w'-]+|[,&/]", r.question.lower()):
        if token in (",", "&", "/", "and", "or"):
            parts.append([]) if parts[-1] else None
        elif (h := hint(token)) is not None:
            parts[-1].append(h)
        elif token not in ("the", "ones", "one"):
            best = max(best, [p for p in parts if p], key=len)
            parts = [[]]
    best = max(best, [p for p in parts if p], key=len)
    if len(best) < 2 or sum(len(p) for p in best) != len([h for h in known if h not in _FAMILIES or any(
            h in p for p in best)]):
        return []  # (words of one name, or words outside the list but a family's: "the db alerts - Postgres, …")
    names = [match_names(p, vocab.terms("alert")) for p in best]
    return sorted(set().union(*names)) if all(names) else []


def hinted_names(r: Reading, vocab: Vocabulary) -> list[str]:
    """The alert names the question's words point at without naming one: a family ("db alerts"), the names made of
    its words ("the hikari alert"), the names a word is glued into ("crashloop" in KubePodCrashLooping)."""
    terms = vocab.once("alert_terms", lambda: set().union(*vocab.terms("alert").values()))
    names = _family(r, vocab) or _listed(r, vocab) or match_names(known_hint(r, vocab), vocab.terms("alert"))
    glued = [n for n in vocab.alert_names if any(h not in terms and stem(h) not in terms and h in n.lower()
                                                 for h in r.name_hint)]
    if glued:
        names = sorted(set(names) & set(glued)) or glued if names else glued
    return names
