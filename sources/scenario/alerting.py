"""Alerts as the tools send them: Alertmanager and Grafana group notifications,
PagerDuty Events v2, and SignalCraft's own alert JSON.

Alertmanager is simulated closely enough to look real: alerts are grouped by
``group_by``, a new group is flushed after ``group_wait``, changes go out on the
``group_interval`` ticks, a still-firing group is re-sent every ``repeat_interval``,
firing alerts carry Go's zero time as ``endsAt``, and silenced alerts are left out.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from signalcraft.sources.scenario.org import (
    CLUSTERS,
    TEAMS,
    WORKSPACE,
    Collector,
    go_time,
    hexid,
    iso_ms,
    pd_time,
    sc_headers,
)

GROUP_WAIT = timedelta(seconds=30)
GROUP_INTERVAL = timedelta(minutes=5)
REPEAT_INTERVAL = timedelta(hours=4)
ZERO_TIME = "0001-01-01T00:00:00Z"
AM_GROUP_BY = ("alertname", "environment", "project", "service")
GRAFANA_GROUP_BY = ("alertname", "grafana_folder")
_FNV_OFFSET, _FNV_PRIME, _MASK = 14695981039346656037, 1099511628211, (1 << 64) - 1


def fingerprint(labels: dict[str, str]) -> str:
    """Prometheus' label-set fingerprint (FNV-1a 64 over sorted name/value pairs).

    Checked against a real Alertmanager capture (the shared ``webhook_v4_resolved.json``):

    >>> fingerprint({"alertLevel": "exception", "alertname": "Grafana进程存活", "clusterId": "1",
    ...              "instance": "k8s-node1:3000", "job": "grafana", "serviceRoleName": "Grafana"})
    '20453f227ff62f33'
    """
    h = _FNV_OFFSET
    for name in sorted(labels):
        for part in (name, labels[name]):
            for byte in part.encode():
                h = ((h ^ byte) * _FNV_PRIME) & _MASK
            h = ((h ^ 0xFF) * _FNV_PRIME) & _MASK
    return f"{h:016x}"


@dataclass
class Alert:
    """One alert instance from start to end (``ends`` ``None``: still firing)."""

    labels: dict[str, str]
    annotations: dict[str, str]
    starts: datetime
    ends: datetime | None
    expr: str = ""
    value: float = 1.0
    nanos: int = 0
    fp: str = field(init=False)

    def __post_init__(self) -> None:
        self.labels = dict(sorted(self.labels.items()))
        self.fp = fingerprint(self.labels)

    def firing_at(self, at: datetime) -> bool:
        return self.starts <= at and (self.ends is None or self.ends > at)


def prom_alert(
    rng: random.Random,
    project: str,
    environment: str,
    service: str,
    alertname: str,
    severity: str,
    summary: str,
    description: str,
    starts: datetime,
    ends: datetime | None,
    expr: str,
    **extra: str,
) -> Alert:
    """An alert as a Prometheus rule in the team's monitoring stack labels it."""
    labels = {
        "alertname": alertname,
        "severity": severity,
        "project": project,
        "environment": environment,
        "service": service,
        "namespace": project,
        "cluster": CLUSTERS[environment],
        "team": TEAMS[project],
        "prometheus": "monitoring/k8s",
        **extra,
    }
    annotations = {
        "summary": summary,
        "description": description,
        "runbook_url": f"https://runbooks.acme.io/{project}/{alertname.lower()}",
    }
    return Alert(labels, annotations, starts, ends, expr, nanos=rng.randrange(1000))


@dataclass(frozen=True)
class Mute:
    """An active silence, as Alertmanager applies it: every equality matcher must match."""

    matchers: dict[str, str]
    starts: datetime
    ends: datetime

    def mutes(self, alert: Alert, at: datetime) -> bool:
        return self.starts <= at < self.ends and all(alert.labels.get(k) == v for k, v in self.matchers.items())


Notification = tuple[datetime, list[tuple[Alert, str]]]


def simulate_group(alerts: list[Alert], until: datetime, mutes: tuple[Mute, ...] = ()) -> list[Notification]:
    """When one aggregation group notifies, and with which alerts in which state."""
    alerts = sorted(alerts, key=lambda a: a.starts)
    done: set[int] = set()
    out: list[Notification] = []
    while True:
        waiting = [i for i, a in enumerate(alerts) if i not in done]
        if not waiting:
            return out
        tick = alerts[waiting[0]].starts + GROUP_WAIT
        notified: set[str] = set()
        last_sent: datetime | None = None
        while tick < until:
            members = [i for i in waiting if alerts[i].starts <= tick and i not in done]
            firing = [i for i in members if alerts[i].firing_at(tick)]
            resolved = [i for i in members if not alerts[i].firing_at(tick)]
            visible = [i for i in members if not any(m.mutes(alerts[i], tick) for m in mutes)]
            fire_fps = {alerts[i].fp for i in visible if i in firing}
            due = (
                bool(fire_fps - notified)
                or any(alerts[i].fp in notified for i in visible if i in resolved)
                or (bool(fire_fps) and last_sent is not None and tick - last_sent >= REPEAT_INTERVAL)
            )
            if due and visible:
                out.append((tick, [(alerts[i], "firing" if i in firing else "resolved") for i in visible]))
                notified, last_sent = fire_fps, tick
            done.update(resolved)
            if not firing:
                break
            tick += GROUP_INTERVAL
        else:
            return out


def _label_set(labels: dict[str, str]) -> str:
    return "{" + ", ".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"


def _common(maps: list[dict[str, str]]) -> dict[str, str]:
    """What all maps share, keys sorted as Go's encoding/json writes a map."""
    first = maps[0]
    return {k: v for k, v in sorted(first.items()) if not k.startswith("__") and all(m.get(k) == v for m in maps[1:])}


def _alert_json(alert: Alert, status: str, url: str) -> dict:
    ends = go_time(alert.ends, alert.nanos) if status == "resolved" and alert.ends else ZERO_TIME
    return {
        "status": status,
        "labels": alert.labels,
        "annotations": dict(sorted(alert.annotations.items())),
        "startsAt": go_time(alert.starts, alert.nanos),
        "endsAt": ends,
        "generatorURL": url,
        "fingerprint": alert.fp,
    }


def prom_url(alert: Alert) -> str:
    env = "prod" if alert.labels.get("environment") == "production" else "staging"
    return f"https://prometheus-{env}.acme.io/graph?g0.expr={quote_plus(alert.expr)}&g0.tab=1"


def am_group_key(labels: dict[str, str]) -> str:
    """The Alertmanager group key of an alert with ``labels`` (route ``{}/{project=...}``)."""
    group_labels = {k: labels[k] for k in AM_GROUP_BY if labels.get(k)}
    return f'{{}}/{{project="{labels.get("project", "")}"}}:{_label_set(group_labels)}'


def emit_alertmanager(out: Collector, alerts: list[Alert], mutes: tuple[Mute, ...] = ()) -> None:
    """Group ``alerts`` like Alertmanager and emit every webhook v4 notification it would send."""
    groups: dict[str, list[Alert]] = {}
    for alert in alerts:
        groups.setdefault(am_group_key(alert.labels), []).append(alert)
    for group_key, members in sorted(groups.items()):
        group_labels = {k: members[0].labels[k] for k in AM_GROUP_BY if members[0].labels.get(k)}
        project = group_labels.get("project", "")
        for at, sent in simulate_group(members, out.end, mutes):
            body = {
                "receiver": f"signalcraft-{project}",
                "status": "firing" if any(s == "firing" for _, s in sent) else "resolved",
                "alerts": [_alert_json(a, s, prom_url(a)) for a, s in sent],
                "groupLabels": group_labels,
                "commonLabels": _common([a.labels for a, _ in sent]),
                "commonAnnotations": _common([a.annotations for a, _ in sent]),
                "externalURL": "https://alertmanager.acme.io",
                "version": "4",
                "groupKey": group_key,
                "truncatedAlerts": 0,
            }
            at = at + timedelta(milliseconds=out.rng.randrange(5, 400))
            records = [("alertmanager", a.fp, s, a.starts) for a, s in sent]
            out.emit(
                "alerts", "alertmanager", body, at, headers=sc_headers("alertmanager"), key=group_key,
                records=records, go=True,
            )


def emit_grafana(out: Collector, alerts: list[Alert]) -> None:
    """Grafana unified alerting's webhook: Alertmanager's shape plus orgId, state, links, values."""
    groups: dict[tuple[str, ...], list[Alert]] = {}
    for alert in alerts:
        groups.setdefault(tuple(alert.labels.get(k, "") for k in GRAFANA_GROUP_BY), []).append(alert)
    for group_values, members in sorted(groups.items()):
        group_labels = dict(zip(GRAFANA_GROUP_BY, group_values, strict=True))
        group_key = (
            '{}/{__grafana_autogenerated__="true"}/{__grafana_receiver__="signalcraft"}:' + _label_set(group_labels)
        )
        for at, sent in simulate_group(members, out.end):
            n_firing = sum(s == "firing" for _, s in sent)
            status = "firing" if n_firing else "resolved"
            common = _common([a.labels for a, _ in sent])
            title_labels = " ".join(v for k, v in sorted(common.items()) if k not in group_labels)
            title = f"[{status.upper()}:{n_firing or len(sent)}] {' '.join(group_values)} ({title_labels})"
            body = {
                "receiver": "signalcraft",
                "status": status,
                "orgId": 1,
                "alerts": [_grafana_alert(a, s) for a, s in sent],
                "groupLabels": group_labels,
                "commonLabels": common,
                "commonAnnotations": _common([a.annotations for a, _ in sent]),
                "externalURL": "https://grafana.acme.io/",
                "version": "1",
                "groupKey": group_key,
                "truncatedAlerts": 0,
                "title": title,
                "state": "alerting" if n_firing else "ok",
                "message": _grafana_message(sent),
            }
            at = at + timedelta(milliseconds=out.rng.randrange(5, 400))
            records = [("grafana", a.fp, s, a.starts) for a, s in sent]
            out.emit("alerts", "grafana", body, at, headers=sc_headers("grafana"), key=group_key, records=records,
                     go=True)


def _grafana_alert(alert: Alert, status: str) -> dict:
    rule = alert.annotations.get("__rule_uid__", "")
    annotations = {k: v for k, v in alert.annotations.items() if not k.startswith("__")}
    matchers = ",".join(f"{k}%3D{quote_plus(v)}" for k, v in alert.labels.items())
    doc = _alert_json(Alert(alert.labels, annotations, alert.starts, alert.ends, nanos=alert.nanos), status, "")
    doc["generatorURL"] = f"https://grafana.acme.io/alerting/grafana/{rule}/view?orgId=1"
    doc["silenceURL"] = f"https://grafana.acme.io/alerting/silence/new?alertmanager=grafana&matchers={matchers}"
    doc["dashboardURL"] = f"https://grafana.acme.io/d/{rule[:9]}?orgId=1"
    doc["panelURL"] = f"https://grafana.acme.io/d/{rule[:9]}?orgId=1&viewPanel=4"
    doc["values"] = {"A": alert.value, "C": 1}
    shown = ", ".join(f"{k}={v}" for k, v in alert.labels.items() if k in ("service", "environment"))
    doc["valueString"] = f"[ var='A' labels={{{shown}}} value={alert.value} ], [ var='C' labels={{{shown}}} value=1 ]"
    return doc


def _grafana_message(sent: list[tuple[Alert, str]]) -> str:
    parts = []
    for state in ("firing", "resolved"):
        chunk = [a for a, s in sent if s == state]
        if chunk:
            parts.append(f"**{state.capitalize()}**\n")
            for a in chunk:
                labels = "\n".join(f" - {k} = {v}" for k, v in a.labels.items())
                summary = a.annotations["summary"]
                parts.append(f"Value: A={a.value}, C=1\nLabels:\n{labels}\nAnnotations:\n - summary = {summary}\n")
    return "\n".join(parts)


@dataclass(frozen=True)
class PagerDutyIncident:
    """A trigger and (maybe) a resolve sent straight to PagerDuty's Events API v2 by a checker."""

    project: str
    environment: str
    service: str
    summary: str
    severity: str
    source: str
    klass: str
    client: str
    client_url: str
    details: dict[str, str]
    triggered: datetime
    resolved: datetime | None


def emit_pagerduty(out: Collector, incident: PagerDutyIncident) -> None:
    rng = out.rng
    routing_key = hexid(rng, 32)
    dedup_key = f"{incident.client.split()[0].lower()}-{hexid(rng, 12)}"
    identity = {"project": incident.project, "environment": incident.environment, "service": incident.service}
    trigger = {
        "payload": {
            "summary": incident.summary,
            "timestamp": pd_time(incident.triggered),
            "source": incident.source,
            "severity": incident.severity,
            "component": incident.service,
            "group": incident.project,
            "class": incident.klass,
            "custom_details": incident.details,
        },
        "routing_key": routing_key,
        "dedup_key": dedup_key,
        "links": [{"href": f"{incident.client_url}checks/{hexid(rng, 8)}", "text": "Check results"}],
        "event_action": "trigger",
        "client": incident.client,
        "client_url": incident.client_url,
    }
    headers = sc_headers("pagerduty-events", **identity)
    out.emit(
        "alerts", "pagerduty-events", trigger, incident.triggered, headers=headers, key=dedup_key,
        records=[("pagerduty-events", dedup_key, "firing", incident.triggered)],
    )
    if incident.resolved is not None:
        resolve = {"routing_key": routing_key, "dedup_key": dedup_key, "event_action": "resolve"}
        headers = {**headers, "sc-event-time": iso_ms(incident.resolved)}
        out.emit(
            "alerts", "pagerduty-events", resolve, incident.resolved, headers=headers, key=dedup_key,
            records=[("pagerduty-events", dedup_key, "resolved", incident.resolved)],
        )


def emit_native_alert(out: Collector, alert: Alert, status: str, at: datetime) -> None:
    """SignalCraft's own AlertEvent JSON (from its heartbeat monitor)."""
    body = {
        "workspace_id": WORKSPACE,
        "project": alert.labels["project"],
        "environment": alert.labels["environment"],
        "service": alert.labels["service"],
        "name": alert.labels["alertname"],
        "severity": alert.labels["severity"],
        "status": status,
        "labels": alert.labels,
        "annotations": alert.annotations,
        "fingerprint": alert.fp,
        "starts_at": iso_ms(alert.starts),
        "ends_at": iso_ms(alert.ends) if status == "resolved" and alert.ends else None,
        "source": "signalcraft-heartbeat",
    }
    out.emit(
        "alerts", "signalcraft-alert", body, at, headers=sc_headers("signalcraft-alert"), key=alert.fp,
        records=[("signalcraft-alert", alert.fp, status, alert.starts)],
    )
