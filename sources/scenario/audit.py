"""Humans acting on alerts: Alertmanager silences (API v2 gettable objects),
SignalCraft acks and snoozes, and resolution notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from signalcraft.sources.scenario.alerting import Mute
from signalcraft.sources.scenario.org import WORKSPACE, Collector, Person, iso_ms, sc_headers, uuid4


@dataclass(frozen=True)
class Silence:
    """A silence as created; ``expired_at`` when someone expired it before its end."""

    matchers: dict[str, str]
    starts: datetime
    ends: datetime
    by: Person
    comment: str
    expired_at: datetime | None = None

    def mute(self) -> Mute:
        return Mute(self.matchers, self.starts, self.expired_at or self.ends)


def emit_silence(out: Collector, silence: Silence) -> None:
    """The silence as ``GET /api/v2/silence/{id}`` returns it after each change."""
    silence_id = uuid4(out.rng)
    matchers = [{"isEqual": True, "isRegex": False, "name": k, "value": v} for k, v in silence.matchers.items()]
    states = [("active", silence.starts, silence.ends, silence.starts)]
    if silence.expired_at is not None:
        states.append(("expired", silence.starts, silence.expired_at, silence.expired_at))
    for state, starts, ends, updated in states:
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
            "audit", "alertmanager-silence", body, updated, headers=sc_headers("alertmanager-silence"), key=silence_id,
            records=[("alertmanager-silence", silence_id, state)], go=True,
        )


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
    out: Collector, group_id: str, at: datetime, root_cause: str, fix: str, links: list[str], person: Person,
) -> None:
    body = {
        "workspace_id": WORKSPACE,
        "group_id": group_id,
        "resolved_at": iso_ms(at),
        "root_cause": root_cause,
        "fix": fix,
        "links": links,
        "resolved_by": person.email,
    }
    out.emit(
        "resolutions", "signalcraft-resolution", body, at, headers=sc_headers("signalcraft-resolution"),
        key=group_id, records=[("signalcraft-resolution", group_id, at)],
    )
