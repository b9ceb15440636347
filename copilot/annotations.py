"""Changes, early warnings and suspect links from the store as Grafana annotations.

The shape is the one Grafana's HTTP API takes (``POST /api/annotations``): ``time`` and
``timeEnd`` in epoch milliseconds, ``tags``, ``text``, optionally ``dashboardUID`` and
``panelId``. Every annotation carries a stable tag ``sc-id:<id>`` made from the record's own
id, so a second run finds what the first one posted (``GET /api/annotations?tags=…``) and adds
nothing twice.

- a change: one marker per change that went live (a deployment reported by two tools is one
  marker: the first live report of that service, environment, type and version);
- an early warning: a region from its start to its end (or a point while it is open);
- a suspect link: a marker at the suspect change, naming the incident it is blamed for.

>>> a = Annotation(time=1741702500000, time_end=None, tags=("signalcraft", "change"), text="deploy", key="change-1")
>>> a.as_json()["tags"]
['signalcraft', 'change', 'sc-id:change-1']
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

__all__ = ["ID_TAG", "Annotation", "annotations"]

ID_TAG = "sc-id:"
"""Prefix of the tag that names the record an annotation was made from."""


@dataclass(frozen=True)
class Annotation:
    time: int
    time_end: int | None
    tags: tuple[str, ...]
    text: str
    key: str
    """The record's id: the ``sc-id:`` tag."""

    def as_json(self, dashboard_uid: str | None = None, panel_id: int | None = None) -> dict:
        out: dict = {"time": self.time, "tags": [*self.tags, ID_TAG + self.key], "text": self.text}
        if self.time_end is not None and self.time_end != self.time:
            out["timeEnd"] = self.time_end
        if dashboard_uid:
            out["dashboardUID"] = dashboard_uid
            if panel_id is not None:
                out["panelId"] = panel_id
        return out


def _ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def _tags(*values: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys(v for v in values if v))


def annotations(con, since: datetime, until: datetime, workspace: str | None = None) -> list[Annotation]:
    """The annotations of ``[since, until)`` from a store connection, oldest first."""
    scope = "AND workspace_id = ?" if workspace is not None else ""
    params = [since, until] + ([workspace] if workspace is not None else [])
    out = _changes(con, scope, params) + _warnings(con, scope, params) + _suspects(con, scope, params)
    return sorted(out, key=lambda a: (a.time, a.key))


def _changes(con, scope: str, params: list) -> list[Annotation]:
    rows = con.execute(f"""
        SELECT id, type, source, service, environment, version, actor, summary, timestamp FROM change_events
        WHERE phase = 'live' AND timestamp >= ? AND timestamp < ? {scope}
        QUALIFY row_number() OVER (PARTITION BY workspace_id, type, service, environment,
                                   coalesce(version, id) ORDER BY timestamp, id) = 1""", params).fetchall()
    out = []
    for cid, kind, source, service, env, version, actor, summary, at in rows:
        head = " ".join(x for x in (kind.replace("_", " "), service, version) if x)
        text = f"{head} by {actor}: {summary}" if actor else f"{head}: {summary}"
        out.append(Annotation(_ms(at), None, _tags("signalcraft", "change", kind, service, env, source), text, cid))
    return out


def _warnings(con, scope: str, params: list) -> list[Annotation]:
    rows = con.execute(f"""
        SELECT id, labels['alertname'], labels['service'], labels['environment'], annotations['summary'],
               starts_at, ends_at FROM warnings WHERE starts_at >= ? AND starts_at < ? {scope}""", params).fetchall()
    return [Annotation(_ms(start), _ms(end) if end else None,
                       _tags("signalcraft", "warning", name, service, env), summary or name or "early warning", wid)
            for wid, name, service, env, summary, start, end in rows]


def _suspects(con, scope: str, params: list) -> list[Annotation]:
    rows = con.execute(f"""
        SELECT group_id, change_id, change_type, change_service, change_version, change_actor, changed_at,
               opened_at, group_labels['alertname'], service, environment FROM incident_suspects
        WHERE opened_at >= ? AND opened_at < ? {scope}""", params).fetchall()
    out = []
    for group, change, kind, cservice, version, actor, changed, opened, alert, service, env in rows:
        minutes = (opened - changed).total_seconds() / 60
        what = " ".join(x for x in (kind.replace("_", " "), cservice, version) if x)
        text = (f"Suspect: {what}{f' by {actor}' if actor else ''}, {minutes:.0f} min before "
                f"{alert or 'the incident'} on {service} ({group})")
        out.append(Annotation(_ms(changed), None, _tags("signalcraft", "suspect", kind, service, env), text,
                              f"suspect-{group}-{change}"))
    return out
