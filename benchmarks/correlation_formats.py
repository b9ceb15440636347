"""Payloads of the change-correlation scenario, as the tools send them.

Changes as GitHub ``deployment`` and ``deployment_status`` webhooks, Argo CD ``app``
notifications (synced, failed or errored), Kubernetes ``ScalingReplicaSet`` events,
PagerDuty change events, LaunchDarkly flag webhooks or SignalCraft's own change JSON;
alerts as Alertmanager v4 webhooks (one alert each) or SignalCraft's own alert JSON.
Each message carries the headers the webhook-to-Kafka bridge adds (``sc-format``,
``sc-workspace``; a Kubernetes event also ``sc-project`` and ``sc-environment``, which
its body cannot say).

One :class:`Change` is one report. A change reported once (``phase`` unset) is sent as
the ``corr-v1`` scenarios always sent it; a GitHub deployment followed through its
webhooks is several reports sharing ``ref_id``, ``version`` and ``requested``.

Self-contained on purpose: a scenario id must keep generating the same bytes, so
nothing here borrows from the demo generator (``sources/scenario``), which may change.
Everything random comes from the ``random.Random`` passed in.
"""

from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from datetime import UTC, datetime

WORKSPACE = "acme"
ORG = "acme"
ZERO_TIME = "0001-01-01T00:00:00Z"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

Message = tuple[bytes | None, bytes, dict[str, str]]
"""Kafka key, value and headers of one payload."""


@dataclass(frozen=True)
class Change:
    """One change as it happened; ``version`` is what the tool's adapter reads back as the version."""

    type: str
    project: str
    environment: str
    service: str
    at: datetime
    """Event time, whole seconds (GitHub and Argo CD write no fraction)."""
    version: str
    tool: str
    """``github``, ``argocd``, ``kubernetes``, ``pagerduty``, ``launchdarkly`` or ``native``."""
    actor: str
    phase: str | None = None
    """What this report says in the tool's words. GitHub: ``created`` (the ``deployment``
    webhook) or a status state (``queued``, ``pending``, ``in_progress``, ``success``,
    ``failure``, ``error``); Argo CD: the operation phase (``Succeeded``, ``Failed``,
    ``Error``). ``None``: the one success report, built as in ``corr-v1``."""
    requested: datetime | None = None
    """When the change was asked for (GitHub ``deployment.created_at``, Argo CD
    ``operationState.startedAt``); ``None``: drawn a little before ``at``."""
    ref_id: int | None = None
    """The GitHub deployment id every report of one deployment shares."""


@dataclass(frozen=True)
class Alert:
    """One alert instance (one fingerprint) from firing to resolved."""

    project: str
    environment: str
    service: str
    alertname: str
    severity: str
    pod: str
    starts: datetime
    ends: datetime
    tool: str
    """``alertmanager`` or ``native``."""

    @property
    def labels(self) -> dict[str, str]:
        return {
            "alertname": self.alertname, "environment": self.environment, "namespace": self.project,
            "pod": self.pod, "project": self.project, "service": self.service, "severity": self.severity,
        }

    @property
    def fingerprint(self) -> str:
        text = "\xff".join(f"{k}\xff{v}" for k, v in sorted(self.labels.items()))
        return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


# --- time formats ----------------------------------------------------------------------------


def iso_s(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%SZ")


def iso_ms(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def epoch_ms(at: datetime) -> int:
    return round((at - _EPOCH).total_seconds() * 1000)


def _encode(doc: object) -> bytes:
    return json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode()


def _headers(fmt: str, **extra: str) -> dict[str, str]:
    return {"sc-format": fmt, "sc-workspace": WORKSPACE, **extra}


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def sha(rng: random.Random) -> str:
    return _hex(rng, 40)


# --- changes -----------------------------------------------------------------------------------


def change_message(c: Change, rng: random.Random) -> Message:
    """The payload the change's tool would send."""
    body, headers = _CHANGE_BUILDERS[c.tool](c, rng)
    return c.service.encode(), _encode(body), headers


def _github(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    if c.type not in ("deployment", "rollback"):
        raise ValueError(f"github change: type {c.type!r} is not a deployment or rollback")
    if c.phase is not None:
        return _github_report(c, rng)
    dep_id, status_id = rng.randrange(2_000_000_000, 3_000_000_000), rng.randrange(9_000_000_000, 10_000_000_000)
    full = f"{ORG}/{c.service}"
    api = f"https://api.github.com/repos/{full}/deployments/{dep_id}"
    user = {"login": c.actor, "id": sum(map(ord, c.actor)) * 7919, "type": "User"}
    payload = {"project": c.project, "service": c.service}
    if c.type == "rollback":
        payload["rollback"] = True
    started = datetime.fromtimestamp(c.at.timestamp() - rng.randrange(40, 300), tz=UTC)
    deployment = {
        "url": api, "id": dep_id, "sha": c.version, "ref": "main", "task": "deploy", "payload": payload,
        "environment": c.environment, "description": f"{'Roll back' if c.type == 'rollback' else 'Deploy'} {c.service}",
        "creator": user, "created_at": iso_s(started), "updated_at": iso_s(c.at),
    }
    status = {
        "url": f"{api}/statuses/{status_id}", "id": status_id, "state": "success", "creator": user,
        "description": "Deployment finished successfully.", "environment": c.environment,
        "target_url": f"https://github.com/{full}/actions/runs/{rng.randrange(10**10, 10**11)}",
        "created_at": iso_s(c.at), "updated_at": iso_s(c.at), "deployment_url": api,
    }
    repo = {"id": 600_000_000 + sum(map(ord, c.service)), "name": c.service, "full_name": full,
            "private": True, "html_url": f"https://github.com/{full}", "default_branch": "main"}
    body = {"action": "created", "deployment_status": status, "deployment": deployment, "repository": repo,
            "sender": user}
    return body, _headers("github-deployment-status", **{
        "x-github-event": "deployment_status", "x-github-delivery": _hex(rng, 32),
        "user-agent": "GitHub-Hookshot/8f1c2a7",
    })


_ARGO_FAILED = {  # phase -> (operationState.message, health, the workload's sync status and message)
    "Failed": ("one or more synchronization tasks completed unsuccessfully", "Degraded", "SyncFailed",
               "Deployment.apps \"{service}\" is invalid: spec.template.spec.containers[0].resources.limits: "
               "Invalid value: \"8Gi\": must be less than or equal to memory quota"),
    "Error": ("rpc error: code = DeadlineExceeded desc = context deadline exceeded", "Progressing", None, None),
}


def _argocd(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    if c.type not in ("deployment", "rollback"):
        raise ValueError(f"argocd change: type {c.type!r} is not a deployment or rollback")
    phase = c.phase or "Succeeded"
    if phase != "Succeeded" and phase not in _ARGO_FAILED:
        raise ValueError(f"argocd change: phase {phase!r} is not Succeeded, Failed or Error")
    app = f"{c.service}-{c.environment}"
    source = {"repoURL": f"https://github.com/{ORG}/{c.project}-deploy.git",
              "path": f"apps/{c.service}/overlays/{c.environment}", "targetRevision": "main"}
    message = "successfully synced (all tasks run)"
    if c.type == "rollback":
        message = f"rollback to {c.version[:7]}: {message}"
    if c.requested is None:
        started = datetime.fromtimestamp(c.at.timestamp() - rng.randrange(20, 200), tz=UTC)
    else:
        started = c.requested
    workload = {"group": "apps", "version": "v1", "kind": "Deployment", "namespace": c.project,
                "name": c.service, "status": "Synced", "images": [f"ghcr.io/{ORG}/{c.service}:{c.version[:12]}"]}
    sync, health = "Synced", "Healthy"
    if phase != "Succeeded":
        message, health, resource_status, resource_message = _ARGO_FAILED[phase]
        sync = "OutOfSync"
        if resource_status is not None:
            workload = {**workload, "status": resource_status, "message": resource_message.format(service=c.service),
                        "hookPhase": "Failed", "syncPhase": "Sync"}
    operation = {
        "operation": {"sync": {"revision": c.version}, "initiatedBy": {"username": c.actor}},
        "phase": phase, "message": message,
        "startedAt": iso_s(started), "finishedAt": iso_s(c.at),
        "syncResult": {"revision": c.version, "source": source, "resources": [workload]},
    }
    if phase == "Error":  # the operation broke off before any resource was synced
        del operation["syncResult"]
    body = {
        "app": {
            "metadata": {"name": app,
                         "labels": {"project": c.project, "environment": c.environment, "service": c.service}},
            "spec": {"project": c.project, "source": source,
                     "destination": {"server": "https://kubernetes.default.svc", "namespace": c.project}},
            "status": {
                "sync": {"status": sync, "revision": c.version},
                "health": {"status": health},
                "operationState": operation,
            },
        },
        "argocdUrl": "https://argocd.acme.io",
    }
    return body, _headers("argocd")


_GITHUB_STATUS_TEXT = {
    "queued": "Deployment queued.", "pending": "Waiting for the deployment to start.",
    "in_progress": "Deployment in progress.", "success": "Deployment finished successfully.",
    "failure": "Deployment failed.", "error": "Deployment could not be completed.",
}
_STATUS_EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


def _github_report(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    """One report of a deployment followed through its webhooks: the ``deployment``
    webhook (``phase`` ``created``, at ``requested``) or one ``deployment_status``."""
    if c.ref_id is None or c.requested is None:
        raise ValueError(f"github {c.phase} report of {c.service}: needs the deployment id and its request time")
    if c.phase != "created" and c.phase not in _GITHUB_STATUS_TEXT:
        raise ValueError(f"github report: phase {c.phase!r} is neither 'created' nor a deployment status state")
    full = f"{ORG}/{c.service}"
    api = f"https://api.github.com/repos/{full}/deployments/{c.ref_id}"
    user = {"login": c.actor, "id": sum(map(ord, c.actor)) * 7919, "type": "User"}
    payload: dict = {"project": c.project, "service": c.service}
    if c.type == "rollback":
        payload["rollback"] = True
    deployment = {
        "url": api, "id": c.ref_id, "sha": c.version, "ref": "main", "task": "deploy", "payload": payload,
        "original_environment": c.environment, "environment": c.environment,
        "description": f"Roll back {c.service} to {c.version[:7]}" if c.type == "rollback" else f"Deploy {c.service}",
        "creator": user, "created_at": iso_s(c.requested), "updated_at": iso_s(c.at),
        "statuses_url": f"{api}/statuses", "repository_url": f"https://api.github.com/repos/{full}",
    }
    repo = {"id": 600_000_000 + sum(map(ord, c.service)), "name": c.service, "full_name": full,
            "private": True, "html_url": f"https://github.com/{full}", "default_branch": "main"}
    delivery = {"x-github-delivery": _hex(rng, 32), "user-agent": "GitHub-Hookshot/8f1c2a7"}
    if c.phase == "created":
        body = {"action": "created", "deployment": deployment, "workflow": None, "workflow_run": None,
                "repository": repo, "sender": user}
        return body, _headers("github-deployment", **{"x-github-event": "deployment", **delivery})
    # status ids grow with time, as GitHub's do
    status_id = 9_000_000_000 + int((c.at - _STATUS_EPOCH).total_seconds()) * 16 + rng.randrange(16)
    run = f"https://github.com/{full}/actions/runs/{rng.randrange(10**10, 10**11)}"
    status = {
        "url": f"{api}/statuses/{status_id}", "id": status_id, "state": c.phase, "creator": user,
        "description": _GITHUB_STATUS_TEXT[c.phase], "environment": c.environment, "target_url": run,
        "log_url": run, "created_at": iso_s(c.at), "updated_at": iso_s(c.at), "deployment_url": api,
        "repository_url": f"https://api.github.com/repos/{full}",
    }
    body = {"action": "created", "deployment_status": status, "deployment": deployment, "repository": repo,
            "sender": user}
    return body, _headers("github-deployment-status", **{"x-github-event": "deployment_status", **delivery})


K8S_HASH_LETTERS = "bcdfghjklmnpqrstvwxz2456789"
"""The alphabet of a pod-template hash (Kubernetes' ``SafeEncodeString``)."""


def pod_template_hash(rng: random.Random) -> str:
    return "".join(rng.choice(K8S_HASH_LETTERS) for _ in range(10))


def _uid(*parts: str) -> str:
    h = hashlib.blake2b("/".join(parts).encode(), digest_size=16).hexdigest()
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _kubernetes(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    """The deployment controller's event for a rollout: the new ReplicaSet scaled up from 0
    (``version`` is its pod-template hash). The namespace is the project, as in the Argo CD
    destination; the bridge adds the project and environment headers."""
    if c.type != "deployment":
        raise ValueError(f"kubernetes change: type {c.type!r} is not a deployment (a rollout's scale-up)")
    stamp = iso_s(c.at)
    deployment_uid = _uid(c.project, c.environment, c.service)
    body = {
        "apiVersion": "v1", "count": 1, "eventTime": None, "firstTimestamp": stamp,
        "involvedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": c.service,
                           "namespace": c.project, "resourceVersion": str(rng.randrange(10**6, 10**8)),
                           "uid": deployment_uid},
        "kind": "Event", "lastTimestamp": stamp,
        "message": f"Scaled up replica set {c.service}-{c.version} from 0 to 3",
        "metadata": {"creationTimestamp": stamp, "name": f"{c.service}.{_hex(rng, 16)}", "namespace": c.project,
                     "resourceVersion": str(rng.randrange(10**6, 10**8)), "uid": _uid(deployment_uid, c.version)},
        "reason": "ScalingReplicaSet", "reportingComponent": "deployment-controller", "reportingInstance": "",
        "source": {"component": "deployment-controller"}, "type": "Normal",
    }
    return body, _headers("kubernetes-event", **{"sc-project": c.project, "sc-environment": c.environment})


_PD_WORDS = {"deployment": "Deployed", "rollback": "Rolled back", "config_update": "Config change on",
             "flag_change": "Flag toggled on", "release": "Released", "scale": "Scaled", "restart": "Restarted"}


def _pagerduty(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    run = rng.randrange(1000, 99999)
    body = {
        "routing_key": _hex(rng, 32),
        "payload": {
            "summary": f"{_PD_WORDS.get(c.type, 'Changed')} {c.service} {c.version} in {c.environment}",
            "timestamp": c.at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{c.at.microsecond // 1000:03d}+0000",
            "source": "buildkite",
            "custom_details": {"change_type": c.type, "project": c.project, "environment": c.environment,
                               "service": c.service, "version": c.version, "deployed_by": c.actor},
        },
        "links": [{"href": f"https://buildkite.com/{ORG}/{c.service}/builds/{run}", "text": f"Build #{run}"}],
    }
    return body, _headers("pagerduty-change")


def _flag_version(key: str, service: str, env: str, on: bool, version: int) -> dict:
    envs = {e: {"_environmentName": e.capitalize(), "on": on if e == env else True, "archived": False,
                "fallthrough": {"variation": 0}, "offVariation": 1, "rules": [], "targets": [], "_version": version}
            for e in ("production", "staging")}
    return {"_version": version, "key": key, "name": key.replace("-", " ").capitalize(), "kind": "boolean",
            "tags": [f"service:{service}"],
            "variations": [{"value": True, "name": "on"}, {"value": False, "name": "off"}],
            "environments": envs}


def _launchdarkly(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    if c.type != "flag_change":
        raise ValueError(f"launchdarkly change: type {c.type!r} is not a flag_change")
    key, version = f"{c.service}-{['fast-path', 'new-cache', 'v2-api', 'batching'][rng.randrange(4)]}", int(c.version)
    on = rng.random() < 0.7
    resource = f"proj/{c.project}:env/{c.environment}:flag/{key}"
    site = f"/{c.project}/{c.environment}/features/{key}"
    verb = "turned on the flag" if on else "turned off the flag"
    body = {
        "_links": {"site": {"href": site, "type": "text/html"}},
        "_id": _hex(rng, 24), "_accountId": "5d8a2f1c0e9b7a0008c41a77", "date": epoch_ms(c.at),
        "accesses": [{"action": "updateOn", "resource": resource}], "kind": "flag", "name": key,
        "description": f"- {verb.capitalize()}", "shortDescription": "", "comment": "",
        "member": {"_id": _hex(rng, 24), "email": f"{c.actor}@acme.io", "firstName": c.actor, "lastName": ""},
        "titleVerb": verb, "title": f"{c.actor} {verb} {key} in `{c.environment.capitalize()}`",
        "target": {"name": key, "resources": [resource]},
        "previousVersion": _flag_version(key, c.service, c.environment, not on, version - 1),
        "currentVersion": _flag_version(key, c.service, c.environment, on, version),
    }
    return body, _headers("launchdarkly")


def _native_change(c: Change, rng: random.Random) -> tuple[dict, dict[str, str]]:
    body = {
        "workspace_id": WORKSPACE, "type": c.type, "source": "config-service", "project": c.project,
        "environment": c.environment, "service": c.service, "version": c.version,
        "summary": f"{c.type.replace('_', ' ')} of {c.service} ({c.version})",
        "details": {"ticket": f"CHG-{rng.randrange(1000, 9999)}"},
        "actor": c.actor, "timestamp": iso_ms(c.at),
    }
    return body, _headers("signalcraft-change")


_CHANGE_BUILDERS = {
    "github": _github, "argocd": _argocd, "kubernetes": _kubernetes, "pagerduty": _pagerduty,
    "launchdarkly": _launchdarkly, "native": _native_change,
}
CHANGE_TOOLS = tuple(_CHANGE_BUILDERS)


# --- alerts -------------------------------------------------------------------------------------


def alert_message(a: Alert, status: str) -> Message:
    """A firing or resolved notification of one alert."""
    annotations = {"summary": f"{a.alertname} on {a.service} ({a.environment})",
                   "runbook_url": f"https://runbooks.acme.io/{a.project}/{a.alertname.lower()}"}
    if a.tool == "native":
        body = {
            "workspace_id": WORKSPACE, "project": a.project, "environment": a.environment, "service": a.service,
            "name": a.alertname, "severity": a.severity, "status": status, "labels": a.labels,
            "annotations": annotations, "fingerprint": a.fingerprint, "starts_at": iso_ms(a.starts),
            "ends_at": iso_ms(a.ends) if status == "resolved" else None, "source": "synthetic-checks",
        }
        return a.fingerprint.encode(), _encode(body), _headers("signalcraft-alert")
    group = {k: a.labels[k] for k in ("alertname", "environment", "project", "service")}
    group_key = f'{{}}/{{project="{a.project}"}}:{{' + ", ".join(f'{k}="{v}"' for k, v in group.items()) + "}"
    alert = {
        "status": status, "labels": a.labels, "annotations": annotations, "startsAt": iso_ms(a.starts),
        "endsAt": iso_ms(a.ends) if status == "resolved" else ZERO_TIME,
        "generatorURL": f"https://prometheus-{a.environment}.acme.io/graph?g0.tab=1", "fingerprint": a.fingerprint,
    }
    body = {
        "receiver": f"signalcraft-{a.project}", "status": status, "alerts": [alert], "groupLabels": group,
        "commonLabels": a.labels, "commonAnnotations": annotations, "externalURL": "https://alertmanager.acme.io",
        "version": "4", "groupKey": group_key, "truncatedAlerts": 0,
    }
    return group_key.encode(), _encode(body), _headers("alertmanager")
