"""Rows of one kind on the services (or projects) that had rows of another: "alerts on services that had a flag
change", "of the services that ever had a flag flipped, which one had the most alerts?", "deploys to services with
no incidents this week".

The question is split into what it asks (read like any question: "alerts", "which service had the most alerts") and
the kind the services are chosen by, read as a question of its own ("a flag change", "no incidents this week"):
its rows' services bound the asked rows (``service IN (…)``, or ``NOT IN`` when the services are said to have had
none). No relation in time is read here: "alerts after a deploy on that service" is :mod:`.ask_relate`'s.

>>> split_scoped("alerts on services that had a flag change")
('alerts', 'service', False, 'a flag change')
>>> split_scoped("of the services that ever had a flag flipped, which one had the most alerts?")
('which service had the most alerts', 'service', False, 'a flag flipped')
>>> split_scoped("which of the projects with no incidents had the most deploys")
('which project had the most deploys', 'project', True, 'incidents')
>>> split_scoped("which services had a deploy") is None
True
"""

from __future__ import annotations

from collections.abc import Callable

import sqlglot
from sqlglot import exp

from signalcraft.copilot import ask_re as re
from signalcraft.copilot.ask_both import single_table
from signalcraft.copilot.ask_reading import Refused

__all__ = ["muted_by", "scoped", "split_scoped"]

_UNIT = r"(?P<unit>services?|svcs?|projects?)"
_THAT = r"(?:that|which|with|having|where|who)"
_HAD = r"(?:(?:have |has |had )?ever |have had |has had )?(?:had|have|has|saw|got|were given|did)?\s*"
_NONE = r"(?:never (?:had|have|has|saw|got)|did not have|do not have|does not have|have not had|has not had|" \
        r"had no|have no|has no|no|not a single|zero)\b"
_RANKED = r"\b(?:had|have|has|saw|got|with) (?:the )?(?:most|fewest|least|more|highest|lowest|biggest)\b"
_OF = re.compile(rf"(?i)^(?:of|among|out of|from) (?:the |all the |all )?{_UNIT} {_THAT} (?P<cond>[^,?]+),\s*"
                 r"(?P<main>(?:which|what|who)\b[^?]*)\??$")
_WHICH_OF = re.compile(rf"(?i)^(?P<lead>which|what) (?:one )?of (?:the |all the |our )?{_UNIT} {_THAT} "
                       rf"(?P<cond>.+?) (?P<rank>{_RANKED[2:]}.*?)\??$")
_TAIL = re.compile(rf"(?i)^(?P<main>.+?) (?:on|for|of|to|in|from|across|among) (?:the |all (?:the )?|any |every )?"
                   rf"{_UNIT} {_THAT} (?P<cond>[^,?]+?)\??$")
_KINDS = r"\b(?:deploy|deploys|deployments?|releases?|rollbacks?|flags?|changes?|incidents?|outages?|silences?|" \
         r"alerts?|pages?|warnings?|errors?)\b"
_RELATED = r"\b(?:before|after|within|during|while|following|preceding|around|when|since|until)\b"
_COLUMNS = {"warnings": "labels['{unit}']", "metric_points": "labels['{unit}']"}
_KEYED = {"alerts", "change_events", "alert_groups", "silence_scopes", "silences", "log_events", "warnings",
          "incident_suspects", "metric_points"}


def split_scoped(question: str) -> tuple[str, str, bool, str] | None:
    """(what is asked, ``service``/``project``, whether the services had none, the kind they are chosen by)."""
    text = question.strip().rstrip("?.! ")
    if m := _OF.match(text):
        unit, main = _unit(m["unit"]), m["main"].strip()
        main = re.sub(r"(?i)^(which|what) (?:one|of them|ones)\b", lambda w: f"{w[1].lower()} {unit}", main)
    elif m := _WHICH_OF.match(text):
        unit = _unit(m["unit"])
        main = f"{m['lead'].lower()} {unit} {m['rank']}"
    elif m := _TAIL.match(text):
        unit, main = _unit(m["unit"]), m["main"].strip()
    else:
        return None
    cond = m["cond"].strip()
    negated = bool(re.match(rf"(?i){_NONE}", cond))
    cond = re.sub(rf"(?i)^(?:{_NONE}|{_HAD})\s*", "", cond).strip()
    if not re.search(_KINDS, cond, re.IGNORECASE) or re.search(_RELATED, cond, re.IGNORECASE) or not main:
        return None  # "services that alerted after a deploy": a relation in time, read elsewhere
    return main, unit, negated, cond


def _unit(word: str) -> str:
    return "project" if word.lower().startswith("project") else "service"


def scoped(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """The question answered on the services its other kind names; ``None`` when it is not so asked or either part
    does not read as rows of one relation."""
    parts = split_scoped(question)
    if parts is None:
        return None
    main, unit, negated, cond = parts
    try:
        (reading, asked), (_, chosen) = answer(main), answer(cond)
    except Refused:
        return None
    asked_tree, chosen_tree = single_table(asked), single_table(chosen)
    if asked_tree is None or chosen_tree is None or [c.sql() for c in chosen_tree.expressions] != ["*"] or \
            chosen_tree.args.get("group"):
        return None
    asked_rel, chosen_rel = asked_tree.args["from_"].this.name, chosen_tree.args["from_"].this.name
    if asked_rel not in _KEYED or chosen_rel not in _KEYED:  # the audit log carries no service
        return None
    mine = _COLUMNS.get(asked_rel, "{unit}").format(unit=unit)
    theirs = _COLUMNS.get(chosen_rel, "{unit}").format(unit=unit)
    inner = chosen_tree.copy()
    inner.set("limit", None)
    inner = inner.select(f"{theirs} AS {unit}", append=False, dialect="duckdb").distinct()
    inner = inner.where(f"{theirs} IS NOT NULL", dialect="duckdb")
    condition = exp.In(this=sqlglot.parse_one(mine, read="duckdb"), query=inner.subquery())
    if negated:
        condition = exp.not_(condition)
    return reading, asked_tree.where(condition).sql(dialect="duckdb")


_MUTED_BY = re.compile(r"(?i)^(?P<main>(?:(?:which|what|list|show(?: me)?|how many) )?(?:the )?(?:alerts?|pages?|"
                       r"notifications?)(?: (?:were|was|got|did|have been|has been))?) (?:actually )?(?:muted|silenced|"
                       r"held back|suppressed|hidden|swallowed|caught|covered) by "
                       r"(?P<silence>(?:.*?\b)?silences?\b.*?)\??$")


def muted_by(question: str, answer: Callable[[str], tuple[object, str]]) -> tuple[object, str] | None:
    """ "which alerts were muted by the reindex silence": the alerts Alertmanager held back that the named
    silences (read as a question of their own) are among the muters of; ``None`` when not so asked."""
    m = _MUTED_BY.match(question.strip())
    if m is None:
        return None
    try:
        reading, chosen = answer(m["silence"])
    except Refused:
        return None
    tree = single_table(chosen)
    if tree is None or tree.args["from_"].this.name not in ("silences", "silence_scopes") or \
            [c.sql() for c in tree.expressions] != ["*"]:
        return None
    tree = tree.copy()
    tree.set("limit", None)
    columns = "count(*) AS alerts" if re.match(r"(?i)how many\b", m["main"]) else "*"
    return reading, (f"SELECT {columns} FROM alert_mutes WHERE EXISTS (SELECT 1 FROM ({tree.sql(dialect='duckdb')}) "
                     "AS s WHERE list_contains(alert_mutes.silenced_by, s.silence_id))")
