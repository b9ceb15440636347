"""Flag flips and config changes: LaunchDarkly webhooks and SignalCraft's own change JSON."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from signalcraft.sources.scenario.org import WORKSPACE, Collector, Person, epoch_ms, hexid, iso_ms, sc_headers

# --- LaunchDarkly ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Flag:
    project: str
    key: str
    name: str
    service: str


def _flag_version(flag: Flag, env: str, on: bool, version: int) -> dict:
    envs = {}
    for e in ("production", "staging"):
        envs[e] = {
            "_environmentName": e.capitalize(),
            "on": on if e == env else e == "staging",
            "archived": False,
            "fallthrough": {"variation": 0},
            "offVariation": 1,
            "rules": [],
            "targets": [],
            "_version": version + (0 if e == env else -3),
        }
    return {
        "_version": version,
        "key": flag.key,
        "name": flag.name,
        "kind": "boolean",
        "temporary": True,
        "tags": [f"service:{flag.service}", f"team:{flag.project}"],
        "variations": [{"value": True, "name": "on"}, {"value": False, "name": "off"}],
        "environments": envs,
    }


def emit_launchdarkly(
    out: Collector, flag: Flag, env: str, on: bool, at: datetime, person: Person, comment: str
) -> None:
    rng = out.rng
    entry = f"{int(at.timestamp()):08x}{hexid(rng, 16)}"
    resource = f"proj/{flag.project}:env/{env}:flag/{flag.key}"
    verb = "turned on the flag" if on else "turned off the flag"
    site = f"/{flag.project}/{env}/features/{flag.key}"
    version = rng.randrange(12, 90)
    member_id = f"{0x5E000000 + person.user_id:08x}{person.user_id * 2654435761 % 2**64:016x}"
    member = {
        "_links": {"self": {"href": f"/api/v2/members/{member_id}", "type": "application/json"}},
        "_id": member_id,
        "email": person.email,
        "firstName": person.first,
        "lastName": person.last,
    }
    body = {
        "_links": {
            "canonical": {"href": f"/api/v2/flags/{flag.project}/{flag.key}", "type": "application/json"},
            "parent": {"href": "/api/v2/auditlog", "type": "application/json"},
            "self": {"href": f"/api/v2/auditlog/{entry}", "type": "application/json"},
            "site": {"href": site, "type": "text/html"},
        },
        "_id": entry,
        "_accountId": "5d8a2f1c0e9b7a0008c41a77",
        "date": epoch_ms(at),
        "accesses": [{"action": "updateOn", "resource": resource}],
        "kind": "flag",
        "name": flag.name,
        "description": "- Turned on the flag" if on else "- Turned off the flag",
        "shortDescription": "",
        "comment": comment,
        "member": member,
        "titleVerb": verb,
        "title": f"[{person.first} {person.last}](mailto:{person.email}) {verb} "
                 f"[{flag.name}](https://app.launchdarkly.com{site}) in `{env.capitalize()}`",
        "target": {
            "_links": {"canonical": {"href": f"/api/v2/flags/{flag.project}/{flag.key}", "type": "application/json"},
                       "site": {"href": site, "type": "text/html"}},
            "name": flag.name,
            "resources": [resource],
        },
        "previousVersion": _flag_version(flag, env, not on, version - 1),
        "currentVersion": _flag_version(flag, env, on, version),
    }
    out.emit(
        "changes", "launchdarkly", body, at, headers=sc_headers("launchdarkly"), key=flag.key,
        late_s=rng.uniform(0, 150), records=[("launchdarkly", entry, env)],
    )


# --- native ------------------------------------------------------------------------------------------


def emit_native_change(
    out: Collector, project: str, env: str, service: str, kind: str, summary: str, details: dict[str, str],
    at: datetime, actor: str, version: str | None = None,
) -> None:
    """SignalCraft's own ChangeEvent JSON (posted by the config service)."""
    body = {
        "workspace_id": WORKSPACE,
        "type": kind,
        "source": "config-service",
        "project": project,
        "environment": env,
        "service": service,
        "version": version,
        "summary": summary,
        "details": details,
        "actor": actor,
        "timestamp": iso_ms(at),
    }
    out.emit(
        "changes", "signalcraft-change", body, at, headers=sc_headers("signalcraft-change"), key=service,
        records=[("signalcraft-change", kind, project, env, service, at)],
    )
