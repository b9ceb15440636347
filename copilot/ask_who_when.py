"""A person asked for with something more of the same rows: "who flipped the new checkout flow flag, and when?",
"who silenced the identity project in prod, and when did they create it", "who put the silence on cart-service,
and who took it off?", "who put the silence on token-service, and why?", "which user-profile versions were deployed to
prod, and when?".

The part that asks "who …" is read like any question (the people, each once); the rows it reads are then answered
with the person (or the version) and the second thing asked: when (the rows' own time; for a silence, when it was
expired if the words say it was taken off), who ended it (a silence's ``expired_by``) or why (a silence's comment), one
row per row read, not each person once.

>>> split_who("Who flipped the new checkout flow flag, and when?")
('Who flipped the new checkout flow flag', 'when', '', False)
>>> split_who("who put the silence on cart-service, and who took it off?")
('who put the silence on cart-service', 'who', 'took it off', False)
>>> split_who("who expired a silence, which silence was it, and when?")
('who expired a silence', 'when', '', True)
>>> split_who("Which user-profile versions were deployed to prod, and when?")
('Which user-profile versions were deployed to prod', 'when', '', False)
>>> split_who("who deployed and also silenced something") is None
True
"""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_both import single_table
from signalcraft.copilot.ask_filters import span_s
from signalcraft.copilot.ask_reading import Refused
from signalcraft.copilot.ask_sql import COLUMNS

__all__ = ["split_who", "who_and"]

_SPLIT = re.compile(r"^(?P<who>(?:who|(?:which|what) (?:[\w-]+ )?versions?)\b.+?)(?:,\s*(?P<which>which (?:silence|"
                    r"deploy|deployment|change|flag|rollback|release)s? (?:was|were) (?:it|they|that)))?,?\s+and\s+"
                    r"(?:for\s+)?(?P<what>when|who|how long|why|(?:with )?(?:which|what) (?:comment|reason)"
                    r"(?=[?.!\s]*$))\b"
                    r"\s*(?P<rest>.*?)"
                    r"[?.!\s]*$", re.IGNORECASE)
_LED = re.compile(r"(?i)^((?:the )?(?:silences?|snoozes?|deploys?|deployments?|changes?|rollbacks?|releases?|"
                  r"flag changes?|sils?)\b[^,:?]{0,50}?)(?:[:,]|\s+[-\u2013\u2014]+)\s*(who \w+) (?:it|them)\b")
"""The rows said first, then who did them ("Silences for the identity project: who created them and why?"): read as
"who created silences for the identity project and why"."""
_ID = {"silence_scopes": "silence_id", "silences": "silence_id", "change_events": "id"}
"""The column that tells one row from another, for "…, which silence was it, and when?"."""
_REST = re.compile(r"(?i)(?:(?:it|that) was|was (?:it|that)|"
                   r"did (?:they|he|she|it|that happen)(?: (?:do|make|create|set|flip|deploy|push|ship|toggle|"
                   r"put|silence|mute) (?:it|them|that|this))?|was (?:it|that|this) (?:done|made|created|set|flipped|"
                   r"deployed|pushed|shipped|toggled)|(?:took|pulled|lifted|removed|expired|ended|killed) (?:it|them)"
                   r"(?: off| down)?|(?:was|were) (?:it|they|the (?:mute|silence|snooze)s?) (?:taken off|pulled|lifted|"
                   r"removed|expired|ended)|the (?:mute|silence|snooze)s? (?:was|were|got) (?:taken off|pulled|lifted|"
                   r"removed|expired|ended)|(?:was|were) (?:each|every|the|that|this) (?:one|silence|snooze|mute|"
                   r"deploy|deployment|change|rollback|release|flag) (?:created|made|set|put on|added|done|deployed|"
                   r"shipped|pushed|released|flipped|toggled))")  # "…, and when was each silence created?"
"""What may follow "and when"/"and who" and be read: a restatement of the act, or of a silence's end."""
_DID = re.compile(r"(?i)(?:deployed|shipped|pushed|released|made|did) (?:it|them|those|these|each)")
"""What may follow "which versions …, and who" and be read: "and who deployed them"."""
_PEOPLE = {"actor", "created_by", "expired_by", "change_actor", "resolved_by"}
_VERSION = "COALESCE(details['ref'], version) AS version"
"""The versions a "which versions …" part reads: "which user-profile versions were deployed to prod, and when?"."""


def split_who(question: str) -> tuple[str, str, str, bool] | None:
    """(the part that asks who, ``when`` or ``who``, what follows it, whether it asks "which one was it"), or
    ``None``."""
    m = _SPLIT.match(_LED.sub(lambda s: f"{s[2]} {s[1][0].lower()}{s[1][1:]}", question.strip()))
    if m is None or (m["rest"] and not _REST.fullmatch(m["rest"]) and not (
            m["what"].lower() == "who" and not m["who"].lower().startswith("who") and _DID.fullmatch(m["rest"]))):
        return None  # "..., and when was it rolled back", "..., and when, in production": read whole (or refused)
    what = "why" if m["what"].lower().endswith(("comment", "reason")) else m["what"].lower()  # "and with which
    return m["who"].strip(), what, (m["rest"] or "").strip(), bool(m["which"])  # comment": what its author wrote


def who_and(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """The person and the second thing asked, per row the "who" part reads; ``None`` when the question does not
    ask so or its "who" part does not read as the people of one relation's rows."""
    parts = split_who(question)
    if parts is None:
        return None
    who, what, rest, which = parts
    try:
        reading, sql = answer(who)
    except Refused:
        return None
    tree = single_table(sql)
    if tree is None or len(tree.expressions) != 1 or tree.args.get("group"):
        return None
    relation = tree.args["from_"].this.name
    version = tree.expressions[0].sql(dialect="duckdb") == _VERSION and relation == "change_events"
    if not version and (not isinstance(tree.expressions[0], exp.Column) or tree.expressions[0].name not in _PEOPLE):
        return None
    if version != (not who.lower().startswith("who")) or (version and what not in ("when", "who")):
        return None
    if what == "how long":  # "who silenced things in february, and for how long": each one's minutes
        lasted = span_s("silence_scopes" if relation == "silences" else relation)
        second = None if lasted is None or rest else exp.alias_(sqlglot.parse_one(f"round(({lasted}) / 60, 1)",
                                                                                   dialect="duckdb"), "minutes")
    else:
        second = "actor" if version and what == "who" else _second(relation, what, rest, tree.expressions[0].name)
    if second is None:
        return None
    tree = tree.copy()
    tree.set("distinct", None)
    shown = [exp.column(_ID[relation])] if which and relation in _ID else []  # "which silence was it"
    if which and not shown:
        return None
    tree.set("expressions", [*shown, tree.expressions[0], exp.column(second) if isinstance(second, str) else second])
    return reading, tree.sql(dialect="duckdb")


def _second(relation: str, what: str, rest: str, person: str) -> str | None:
    """The column of the second thing asked: a time (when the person's own act was, for whoever expired a
    silence its expiry), or who ended a silence."""
    silence = relation in ("silence_scopes", "silences")
    ended = bool(re.search(r"(?i)\b(took|taken|pulled|lifted|removed|expired|ended|killed)\b", rest)) or \
        person == "expired_by"
    if what == "who":
        return "expired_by" if silence and ended else None
    if what == "why":  # "who put the silence on token-service, and why?": what its author wrote
        return "comment" if silence and not ended and not rest else None
    if silence and ended:
        return "expired_at"
    if silence:
        return "created_at"
    return COLUMNS.get(relation, {}).get("time")
