"""How two related things share a scope: the same service (the default), any service of the same project ("a
deploy in the checkout project, any of its services", "in the same project"), or a different service of the same
project ("an open incident on a DIFFERENT service of the same project", "another service"); and which of the other
kind: every one, or the last or first one or few ("after the last payments-api deploy").

>>> from types import SimpleNamespace
>>> scope(SimpleNamespace(words="deploys during an incident on a different service of the same project".split()))
'other'
>>> scope(SimpleNamespace(words="deploys followed by an alert".split()))
'service'
>>> scope(SimpleNamespace(words="silences on any service during the payments-api incident".split()))
'any'
"""

from __future__ import annotations

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_reading import Reading
from signalcraft.copilot.ask_vocab import tokens
from signalcraft.copilot.ask_words import NUMBER_WORDS

__all__ = ["first_of_listed", "known", "named_beside", "one_of_other", "scope", "scope_on", "suspect_on",
           "window_right_after"]

_OTHER = r"\b(?:an?|any|some) (?:different|other) (?:\S+ )?services?\b|\banother (?:\S+ )?service\b|\bother (?:\S+ )?" \
         r"services\b(?! than)|\bdifferent services\b"
_PROJECT = r"\bany (?:of (?:its|the|their) )?(?:[\w-]+ )?(?:project'?s? )?(?:services?|svcs?)\b|" \
           r"\b(?:same|its|their|that) project\b|\bany service (?:of|in) (?:the|that|its) project\b"


_ANY = r"\b(?:on|of|for|in|to|at|across) (?:any|every|all) services?\b(?! (?:of|in) (?:the |its |their |that |this )?" \
       r"(?:[\w-]+ )?project\b)(?!.*\b(?:same|its|their|that) project\b)"


def scope(r) -> str:
    """``service``, ``project`` (any service of the same project), ``other`` (another service of it) or ``any`` (no
    shared scope: "did anyone silence alarms, on any service, while the payments outage was going on")."""
    text = " ".join(r.words)
    if re.search(_ANY, text) or re.search(r"\bany (?:svcs?|services?)$", text):  # "…, any svc": no shared scope
        return "any"
    if re.search(_OTHER, text):
        return "other"
    if re.search(_PROJECT, text):
        return "project"
    return "service"


_SUSPECT_OTHER = r"\b(?:of|on|to|in|from|for|at) (?:an? |some )?(?:different|another|other) (?:services?|svcs?)\b|" \
    r"\b(?:another|other|a different) (?:services?|svcs?)'s?\b|\bcross[- ]service\b"
_SUSPECT_SAME = r"\b(?:of|on|to|in|from|for|at) (?:the )?(?:same|its own|their own) (?:services?|svcs?)\b"


def suspect_on(r, p: str, where: list[str]) -> list[str]:
    """``where`` (conditions on ``incident_suspects`` rows, prefix ``p``) with a suspect change on another service
    than its incident's ("incidents caused by a deployment of another service"; a service named is then the
    change's: "incidents on other services blamed on payments-api deploys") or on the same one."""
    text = " ".join(r.words)
    if re.search(_SUSPECT_OTHER, text):
        return [*(re.sub(rf"^{re.escape(p)}service (=|IN) ", rf"{p}change_service \1 ", w) for w in where),
                f"{p}change_service <> {p}service"]
    if re.search(_SUSPECT_SAME, text):
        return [*where, f"{p}change_service = {p}service"]
    return where


def known(dim: str, alerts: list[str] = (), changes: list[str] = ()) -> str:
    """The services (projects) the store knows, from alerts and changes, each side narrowed by its conditions: the
    things a count that keeps those with none (at 0) or an "X without Y" runs over."""
    def part(table: str, where) -> str:
        return f"SELECT {dim} FROM {table}" + (f" WHERE {' AND '.join(where)}" if where else "")
    return f"({part('alerts', alerts)} UNION {part('change_events', changes)})"


def scope_on(how: str, x: tuple[str, str], y: tuple[str, str]) -> list[str]:
    """The join's scope clauses for sides given as (service expression, project expression)."""
    if how == "service":
        return [f"{x[0]} = {y[0]}"]
    if how in ("named", "any"):  # each side its own named service, or any: no common scope but the environment
        return []
    out = [f"{x[1]} = {y[1]}"]
    if how == "other":
        out.append(f"{x[0]} <> {y[0]}")
    return out


def named_beside(r, index: int, kind: str = "service") -> set[str]:
    """Services (or projects) named just before the other kind's word ("a checkout-web alert", "a checkout
    incident"): theirs, not the listed side's."""
    out = set()
    grounded = {w for es in r.entities.values() for e in es for w in e.words}
    for e in r.entities.get(kind, []):
        at = r.position(e.words)
        if at is None or at <= index < at + len(e.words):
            continue
        if at > index:  # "log errors from checkout-web": named right after its kind's words
            if re.fullmatch(r"(?:(?:error|errors|lines?|logs?|entries|messages|alerts?|pages?|that|which|fired|"
                            r"firing|went|going|off|started|triggered|raised) ){0,3}(?:from|of|on|for|in) (?:the )?",
                            " ".join(r.words[index + 1:at]) + " "):  # "alerts that fired on checkout-web"
                out.add(e.value)
            continue
        between = r.words[at + len(e.words):index]  # "a payments-api v2.14.0 prod deploy": its version, its env
        if 0 <= len(between) <= 1 or (len(between) <= 5 and all(w in grounded or w in r.name_hint or w in ("or", "and")
                                                                for w in between)):
            # "the payments-api p99 latency alert": words of its name between; "cart-service or checkout-web alerts"
            out.add(e.value)
    return out


_ORDINAL = re.compile(r"\b(last|latest|newest|most recent|first|earliest)(?: (\d{1,2}|two|three|five|ten))?$")


def one_of_other(r: Reading, other: str, at: int) -> tuple[str, int] | None:
    """ "after the last payments-api deploy", "before yesterday's first incident", "the latest 3 rollbacks": the
    other side is the latest (or first) one or few of its kind, not every one; ``(order, how many)`` or ``None``.
    Only the grounded names of the thing may stand between the word and the kind ("the last hour after deploys"
    is a time, not a deploy)."""
    if other not in ("changes", "incidents", "silences", "alerts"):
        return None
    grounded = {w for es in r.entities.values() for e in es for w in e.words}
    i = at
    while i > 0 and r.words[i - 1] in grounded:
        i -= 1
    m = _ORDINAL.search(" ".join(r.words[max(0, i - 3):i]))
    if m is None:
        return None
    n = int(m[2]) if m[2] and m[2].isdigit() else NUMBER_WORDS.get(m[2] or "", 1)
    if n == 1 and r.words[at].endswith("s"):  # "the last deploys": how many is not said
        return None
    return ("ASC" if m[1] in ("first", "earliest") else "DESC"), n


_CAME = {"fired", "came", "opened", "started", "happened", "showed", "went", "landed", "appeared", "began", "was",
         "got"}


def first_of_listed(r: Reading, ret: str, at: int) -> tuple[str, int] | None:
    """ "the first alert after a payments-api deploy", "which alert fired first during the payments incident": the
    listed side's first (or last) one or few, ``(order, how many)``, or ``None``."""
    if (one := one_of_other(r, ret, at)) is not None:
        return one
    after = r.words[at + 1:at + 4]
    if after[:1] and after[0] in _CAME and (m := re.match(r"(?:\w+ )?(first|earliest|last|latest)\b(?! (?:night|"
                                                          r"week|month|day|hour|year|weekend|shift|time)\b)",
                                                          " ".join(after[1:]))):  # not "while last night's …"
        return ("ASC" if m[1] in ("first", "earliest") else "DESC"), 1
    return None


def window_right_after(r: Reading, at: int) -> bool:
    """Whether the question's time phrase follows the word at ``at`` ("the first deploy today")."""
    if r.window is None or r.window.kind == "instant":
        return False
    phrase = tokens(r.window.phrase)
    return r.words[at + 1:at + 1 + len(phrase)] == phrase
