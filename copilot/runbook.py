"""Runbook drafts from how similar past incidents were resolved; no language model.

The past incidents are either those :func:`~signalcraft.copilot.similar.find_similar` finds
for a group (above ``MIN_SCORE``), or every resolved incident of an alert name (and
service) in the workspaces the reader may see. From their facts in the store the draft
takes:

- symptoms: the alert names and summaries they shared;
- first checks: what preceded them, counted (a deploy of the service, a flag change, an
  early warning on a metric, a log pattern), most frequent first;
- fixes: their fixes grouped by wording (texts sharing most of their words are one fix),
  ranked by how many incidents each resolved, with their links;
- evidence: how many incidents in how many projects.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from signalcraft.config import CopilotSettings
from signalcraft.copilot.memory import Memory, quote
from signalcraft.copilot.similar import Match, find_similar
from signalcraft.operators.incident_facts import IncidentFacts, facts_for

__all__ = ["Fix", "Runbook", "draft"]

MIN_SCORE = 0.45
"""Similar incidents below this hybrid score do not feed a runbook."""
MAX_INCIDENTS = 20
MAX_SCANNED = 5_000
"""Incidents of an alert name read to pick the latest ``MAX_INCIDENTS`` from (LanceDB has no ORDER BY)."""
SAME_FIX = 0.5
"""Two fixes sharing this share of their words (Jaccard) are the same fix worded twice."""


@dataclass
class Fix:
    text: str
    incidents: int
    projects: tuple[str, ...]
    links: tuple[str, ...]
    root_causes: tuple[str, ...] = ()
    similarity: float = 0.0
    """The best score of the incidents it fixed: how alike they were to this one."""


@dataclass
class Runbook:
    title: str
    incidents: int
    projects: tuple[str, ...]
    symptoms: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    fixes: list[Fix] = field(default_factory=list)
    sources: list[Match] = field(default_factory=list)

    @property
    def evidence(self) -> str:
        n, p = self.incidents, len(self.projects)
        return f"from {n} incident{'s' * (n != 1)} in {p} project{'s' * (p != 1)} ({', '.join(self.projects)})"

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "evidence": self.evidence, "incidents": self.incidents,
                "projects": list(self.projects), "symptoms": self.symptoms, "checks": self.checks,
                "fixes": [{"fix": f.text, "incidents": f.incidents, "projects": list(f.projects),
                           "links": list(f.links), "root_causes": list(f.root_causes), "similarity": f.similarity}
                          for f in self.fixes],
                "sources": [m.group_id for m in self.sources]}

    def markdown(self) -> str:
        out = [f"# Runbook draft: {self.title}", "", f"_Drafted {self.evidence}._", "", "## Symptoms", ""]
        out += [f"- {s}" for s in self.symptoms] or ["- (none recorded)"]
        out += ["", "## First checks", ""]
        out += [f"{i}. {c}" for i, c in enumerate(self.checks, 1)] or ["1. (nothing preceded them consistently)"]
        out += ["", "## Fixes that worked, most often first", ""]
        for i, f in enumerate(self.fixes, 1):
            where = ", ".join(f.projects)
            alike = f"; as alike as {f.similarity:.2f}" if f.similarity else ""
            out.append(f"{i}. **{f.text}** ({f.incidents} incident{'s' * (f.incidents != 1)}; {where}{alike})")
            out += [f"   - root cause: {c}" for c in f.root_causes[:2]]
            out += [f"   - {link}" for link in f.links[:3]]
        out += ["", "## Past incidents", ""]
        out += [f"- {m.opened_at:%Y-%m-%d %H:%M} {m.project}/{m.service} {m.alertname} (`{m.group_id}`)"
                for m in self.sources]
        return "\n".join(out) + "\n"


def draft(
    memory: Memory,
    *,
    group_id: str | None = None,
    alertname: str | None = None,
    service: str | None = None,
    workspace: str | None = None,
    settings: CopilotSettings | None = None,
    similar: list[Match] | None = None,
) -> Runbook | None:
    """The runbook for group ``group_id``, or for ``alertname`` (and ``service``) in ``workspace``;
    ``None`` when no resolved incident backs it. With a group, ``workspace`` (the reader's, when
    given) must be allowed to see it."""
    settings = settings or CopilotSettings()
    if group_id is not None:
        visible = settings.visible_to(workspace) if workspace else None
        title = _title_of_group(memory, group_id, visible)
        matches = similar if similar is not None else find_similar(
            memory, group_id=group_id, k=MAX_INCIDENTS, settings=settings, workspace=workspace)
        sources = [m for m in matches if m.score >= MIN_SCORE and m.fix]
    elif alertname is not None and workspace is not None:
        sources = _by_alertname(memory, alertname, service, settings.visible_to(workspace))
        title = alertname + (f" on {service}" if service else "")
    else:
        raise ValueError("runbook: give a group id, or an alert name and the workspace")
    if not sources:
        return None
    facts = facts_for(memory.con, [m.group_id for m in sources])
    past = [facts[m.group_id] for m in sources if m.group_id in facts]
    projects = tuple(sorted({m.project for m in sources}))
    return Runbook(title=title, incidents=len(sources), projects=projects, symptoms=_symptoms(past),
                   checks=_checks(past), fixes=_fixes(sources), sources=sources)


def _title_of_group(memory: Memory, group_id: str, visible: tuple[str, ...] | None) -> str:
    f = memory.facts(group_id, visible)
    return f"{', '.join(f.alertnames[:2]) or f.group_key} on {f.service}"


def _by_alertname(memory: Memory, alertname: str, service: str | None, allowed: tuple[str, ...]) -> list[Match]:
    where = (f"workspace_id IN ({', '.join(map(quote, allowed))}) AND resolved "
             f"AND array_has(alertnames, {quote(alertname)})")
    if service:
        where += f" AND service = {quote(service)}"
    rows = sorted(memory.rows_where(where, MAX_SCANNED), key=lambda r: (r["opened_at"], r["id"]), reverse=True)
    return [Match(group_id=r["id"], workspace_id=r["workspace_id"], project=r["project"], service=r["service"],
                  alertname=r["alertname"], opened_at=r["opened_at"], score=0.0, why=(f"alert {alertname}",),
                  root_cause=r["root_cause"], fix=r["fix"], links=tuple(r["links"] or ()),
                  change_type=r["change_type"]) for r in rows[:MAX_INCIDENTS]]


def _symptoms(past: list[IncidentFacts]) -> list[str]:
    names = Counter(n for f in past for n in set(f.alertnames))
    summaries = Counter(a.summary for f in past for a in f.alerts[:3] if a.summary)
    out = [f"alert {n} ({c} of {len(past)})" for n, c in names.most_common(4)]
    out += [f"“{s}”" for s, _ in summaries.most_common(3)]
    return out


def _checks(past: list[IncidentFacts]) -> list[str]:
    n = len(past)
    counted: Counter[str] = Counter()
    for f in past:
        seen = set()
        if f.suspect is not None:
            seen.add(f"look at the latest {f.suspect.type.replace('_', ' ')} of the service and what it changed")
        seen.update(f"early warning on {w.metric_key.split('{')[0]}" for w in f.warnings)
        seen.update(f"log pattern “{p.template[:90]}”" for p in f.patterns if p.errors or p.is_new)
        counted.update(seen)
    least = 1 if n < 3 else max(2, -(-n // 4))  # a check one incident in many had is no pattern
    return [f"{text} (came before {c} of {n})" for text, c in counted.most_common(6) if c >= least]


def _fixes(sources: list[Match]) -> list[Fix]:
    groups: list[dict[str, Any]] = []
    for m in sources:
        if not m.fix:
            continue
        words = _words(m.fix)
        home = next((g for g in groups if _jaccard(words, g["words"]) >= SAME_FIX), None)
        if home is None:
            home = {"words": words, "texts": Counter(), "projects": set(), "links": [], "causes": [], "n": 0,
                    "best": 0.0}
            groups.append(home)
        home["n"] += 1
        home["best"] = max(home["best"], m.score)
        home["texts"][m.fix] += 1
        home["projects"].add(m.project)
        home["links"] += [link for link in m.links if link not in home["links"]]
        if m.root_cause and m.root_cause not in home["causes"]:
            home["causes"].append(m.root_cause)
    groups.sort(key=lambda g: (-g["n"], -g["best"]))
    return [Fix(text=g["texts"].most_common(1)[0][0], incidents=g["n"], projects=tuple(sorted(g["projects"])),
                links=tuple(g["links"]), root_causes=tuple(g["causes"]), similarity=round(g["best"], 2))
            for g in groups]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W_]+", text.lower()) if len(w) > 2 and not w.isdigit()}


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0
