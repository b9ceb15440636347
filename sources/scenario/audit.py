"""Humans acting on alerts: Alertmanager silences (API v2 gettable objects) and the alerts
they mute, SignalCraft acks and snoozes, and resolution notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from signalcraft.sources.scenario.alerting import Alert, Mute, prom_url
from signalcraft.sources.scenario.org import WORKSPACE, Collector, Person, go_time, iso_ms, sc_headers, uuid4


@dataclass(frozen=True)
class Silence:
    """A silence as created; ``expired_at`` when someone expired it before its end, ``made``
    when it was created ahead of its start (pending until then)."""

    matchers: dict[str, str]
    starts: datetime
    ends: datetime
    by: Person
    comment: str
    expired_at: datetime | None = None
    made: datetime | None = None

    def mute(self) -> Mute:
        return Mute(self.matchers, self.starts, self.expired_at or self.ends)


def emit_silence(out: Collector, silence: Silence) -> str:
    """The silence as ``GET /api/v2/silence/{id}`` returns it after each change (a pending
    one turning active keeps its ``updatedAt``); its id."""
    silence_id = uuid4(out.rng)
    matchers = [{"isEqual": True, "isRegex": False, "name": k, "value": v} for k, v in silence.matchers.items()]
    made = silence.made if silence.made is not None and silence.made < silence.starts else silence.starts
    states = [("active", silence.starts, silence.ends, made, silence.starts)]  # state, starts, ends, updated, seen
    if made < silence.starts:
        states.insert(0, ("pending", silence.starts, silence.ends, made, made))
    if silence.expired_at is not None:
        states.append(("expired", silence.starts, silence.expired_at, silence.expired_at, silence.expired_at))
    for state, starts, ends, updated, seen in states:
        body = {
            "id": silence_id,
            "status": {"state": state},
            "updatedAt": iso_ms(updated),
            "comment": silence.comment,
            "createdBy": silence.by.email,
            "endsAt": iso_ms(ends),
            "matchers": matchers,
            "startsAt": iso_ms(starts),
        }
        out.emit(
            "audit", "alertmanager-silence", body, seen, headers=sc_headers("alertmanager-silence"), key=silence_id,
            records=[("alertmanager-silence", silence_id, state)], go=True,
        )
    return silence_id


def emit_muted_alerts(out: Collector, muted: list[tuple[Alert, str]], at: datetime) -> None:
    """What the silence collector produces when a newly muted alert shows up: the answer of
    ``GET /api/v2/alerts?silenced=true&inhibited=true&active=false`` at ``at`` (``muted`` are
    the alerts with the silence muting each), the poll time in ``sc-event-time``."""
    body = [
        {
            "annotations": dict(sorted(alert.annotations.items())),
            "endsAt": iso_ms(at + timedelta(minutes=4)),  # Prometheus re-sends firing alerts with endsAt ahead
            "fingerprint": alert.fp,
            "receivers": [{"name": f"signalcraft-{alert.labels.get('project', '')}"}],
            "startsAt": go_time(alert.starts, alert.nanos),
            "status": {"inhibitedBy": [], "silencedBy": [silence_id], "state": "suppressed"},
            "updatedAt": iso_ms(at - timedelta(seconds=15)),
            "generatorURL": prom_url(alert),
            "labels": alert.labels,
        }
        for alert, silence_id in muted
    ]
    headers = {**sc_headers("alertmanager-alerts"), "sc-event-time": iso_ms(at)}
    out.emit("audit", "alertmanager-alerts", body, at, headers=headers, go=True)


def emit_native_audit(
    out: Collector, action: str, person: Person, at: datetime, *, target: str, matchers: dict[str, str],
    duration_s: float | None = None, comment: str | None = None,
) -> None:
    """An ack or snooze done in SignalCraft's own UI."""
    body = {
        "workspace_id": WORKSPACE,
        "action": action,
        "actor": person.email,
        "matchers": [{"name": k, "value": v, "is_regex": False, "is_equal": True} for k, v in matchers.items()],
        "target": target,
        "duration_s": duration_s,
        "timestamp": iso_ms(at),
        "ends_at": None,
        "comment": comment,
    }
    if duration_s is not None:
        body["ends_at"] = iso_ms(at + timedelta(seconds=duration_s))
    out.emit(
        "audit", "signalcraft-audit", body, at, headers=sc_headers("signalcraft-audit"), key=target,
        records=[("signalcraft-audit", action, target, at)],
    )


def emit_resolution(
    out: Collector, fingerprint: str, at: datetime, root_cause: str, fix: str, links: list[str], person: Person,
) -> None:
    """A resolution note naming its incident by ``fingerprint``: the Alertmanager fingerprint of
    one of the incident's alerts (what the responder's tool knows; the flow attaches it to the
    alert group that held that alert when it was resolved at ``at``)."""
    body = {
        "workspace_id": WORKSPACE,
        "fingerprint": fingerprint,
        "resolved_at": iso_ms(at),
        "root_cause": root_cause,
        "fix": fix,
        "links": links,
        "resolved_by": person.email,
    }
    out.emit(
        "resolutions", "signalcraft-resolution", body, at, headers=sc_headers("signalcraft-resolution"),
        key=fingerprint, records=[("signalcraft-resolution", fingerprint, at)],
    )
