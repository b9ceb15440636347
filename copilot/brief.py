"""The incident brief: one screen for the responder, from the store and the incident memory.

What is firing and since when; the suspect change (who, what version, the commit or the
compare link and what the deploy shipped, old → new for flags and config) and the other
candidates; the early warnings before it with their lead; the log patterns that surged,
each with an example line; similar past incidents with their fixes; and the runbook
draft when the issue has recurred. Deterministic: the same store gives the same brief.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from signalcraft.config import CopilotSettings
from signalcraft.copilot.memory import Memory
from signalcraft.copilot.runbook import Runbook, draft
from signalcraft.copilot.similar import Match, find_similar
from signalcraft.operators.incident_facts import Candidate, IncidentFacts

__all__ = ["Brief", "brief"]

SIMILAR = 3


@dataclass
class Brief:
    facts: IncidentFacts
    similar: list[Match]
    runbook: Runbook | None

    def as_json(self) -> dict[str, Any]:
        f = self.facts
        out = _plain(asdict(f))
        out["suspect"] = _plain(asdict(f.suspect)) if f.suspect else None
        out["similar"] = [m.as_json() for m in self.similar]
        out["runbook"] = self.runbook.as_json() if self.runbook else None
        return out

    def markdown(self) -> str:
        return "\n".join(self._lines(md=True)) + "\n"

    def text(self) -> str:
        return "\n".join(self._lines(md=False)) + "\n"

    def _lines(self, md: bool) -> list[str]:
        f = self.facts
        h = (lambda t: f"## {t}") if md else (lambda t: f"{t.upper()}")
        state = f"opened {_t(f.opened_at)}, resolved {_t(f.resolved_at)}" if f.resolved_at else (
            f"firing since {_t(f.opened_at)}")
        out = [("# " if md else "") + f"{', '.join(f.alertnames[:3]) or f.group_key} — {f.service} "
               f"({f.project}/{f.environment})",
               f"{f.max_severity}, {state}; {f.alert_count} alert{'s' * (f.alert_count != 1)}; group {f.group_id}",
               ""]
        out += [h("What is firing")]
        out += [f"- {a.name} [{a.severity}, {a.status}] since {_t(a.starts_at)}: {a.summary or a.description}"
                for a in f.alerts[:8]]
        out += ["", h("Suspect change")]
        out += _change_lines(f.suspect) if f.suspect else ["- none named (no change scored high enough)"]
        others = [c for c in f.candidates if not c.suspect]
        if others:
            out += ["", "Other candidates:"]
            out += [f"- #{c.rank} {c.type} {c.summary} ({_lag(c.lag_s)}, score {c.score:.2f})" for c in others]
        out += ["", h("Warnings before it")]
        out += [f"- {w.lead_min:g} min before: {w.summary or w.alertname} [{w.metric_key.split('{')[0]}]"
                for w in f.warnings] or ["- none in the hour before"]
        out += ["", h("Log patterns that surged")]
        for p in f.patterns:
            what = "new" if p.is_new else f"×{p.rise:g}"
            out.append(f"- [{what}, {p.lines} lines, {p.errors} errors, {p.service}] {p.template}")
            out.append(f"  e.g. {p.example}")
        if not f.patterns:
            out.append("- none")
        out += ["", h("Similar past incidents")]
        for m in self.similar:
            out.append(f"- {m.project}/{m.service} {m.alertname} on {_t(m.opened_at)} (score {m.score:.2f}; "
                       f"{'; '.join(m.why[:3])})")
            if m.root_cause:
                out.append(f"  root cause: {m.root_cause}")
            if m.fix:
                out.append(f"  fix: {m.fix}")
            out += [f"  {link}" for link in m.links[:2]]
        if not self.similar:
            out.append("- none with a resolution yet")
        if f.resolutions:
            out += ["", h("How this one was resolved")]
            out += [f"- {r.fix}" + (f" (root cause: {r.root_cause})" if r.root_cause else "") for r in f.resolutions]
        if self.runbook is not None:
            out += ["", h("Runbook draft"), ""]
            out += self.runbook.markdown().splitlines()[2:]
        return out


def brief(memory: Memory, group_id: str, settings: CopilotSettings | None = None,
          workspace: str | None = None) -> Brief:
    """The brief of alert group ``group_id``; with ``workspace`` (the reader's), only of a group it may see."""
    settings = settings or CopilotSettings()
    facts = memory.facts(group_id, settings.visible_to(workspace) if workspace else None)
    similar = find_similar(memory, group_id=group_id, k=20, settings=settings, workspace=workspace)
    runbook = draft(memory, group_id=group_id, settings=settings, similar=similar, workspace=workspace)
    return Brief(facts, similar[:SIMILAR], runbook if runbook and runbook.incidents >= 2 else None)


def _change_lines(c: Candidate) -> list[str]:
    out = [f"- {c.type} {c.summary}" + (f" by {c.actor}" if c.actor else "") + (f", version {c.version}"
                                                                                 if c.version else ""),
           f"  {_lag(c.lag_s)}, at {_t(c.changed_at)}; score {c.score:.2f}: {'; '.join(c.reasons)}"]
    link = c.compare_url or c.details.get("commit_url") or c.details.get("diff_url") or c.details.get("link")
    if link:
        out.append(f"  {link}")
    changed = [f"{k}: {v}" for k, v in sorted(c.details.items()) if "→" in v]
    changed += [f"{c.details.get('key', 'value')}: {c.details['old']} → {c.details['new']}"] if {
        "old", "new"} <= c.details.keys() else []
    out += [f"  {line}" for line in changed]
    if c.commits:
        since = f" since {c.previous_revision[:7]}" if c.previous_revision else ""
        out.append(f"  shipped {len(c.commits)} commit{'s' * (len(c.commits) != 1)}{since}:")
        for commit in c.commits[:8]:
            files = ", ".join(commit.files[:4]) + (" …" if len(commit.files) > 4 else "")
            out.append(f"  - {commit.sha[:7]} {commit.message.splitlines()[0] if commit.message else ''}"
                       + (f" ({files})" if files else ""))
    return out


def _lag(seconds: float) -> str:
    minutes = abs(seconds) / 60
    return f"{minutes:.0f} min {'before' if seconds >= 0 else 'after'} the first alert"


def _t(at: datetime | None) -> str:
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if at else "-"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value
