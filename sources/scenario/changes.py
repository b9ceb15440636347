"""Deploys as the tools report them: GitHub deployment/deployment_status/release
webhooks, Argo CD notifications, Kubernetes rollout events and PagerDuty change events.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from signalcraft.sources.scenario.org import (
    ORG,
    Collector,
    Person,
    Service,
    hexid,
    iso_s,
    pd_time,
    sc_headers,
    uuid4,
)

_RS_ALPHABET = "bcdfghjklmnpqrstvwxz2456789"  # Kubernetes' rand.SafeEncodeString


@dataclass(frozen=True)
class Deploy:
    """One rollout of one service version to one environment."""

    service: Service
    environment: str
    version: str
    previous: str
    sha: str
    at: datetime
    """When it was requested (the GitHub deployment, the Argo CD sync start)."""
    live_at: datetime
    """When the new pods took the traffic."""
    actor: Person
    rollback: bool = False
    late_s: float = 0.0
    """How late the success webhook is delivered."""


@dataclass
class Fleet:
    """What runs where: ReplicaSet hashes per version and stable ids for repos and objects."""

    rng: random.Random
    hashes: dict[tuple[str, str, str], str] = field(default_factory=dict)
    uids: dict[tuple[str, ...], str] = field(default_factory=dict)
    ids: dict[str, int] = field(default_factory=dict)

    def rs_hash(self, service: str, env: str, version: str) -> str:
        key = (service, env, version)
        if key not in self.hashes:
            self.hashes[key] = "".join(self.rng.choice(_RS_ALPHABET) for _ in range(10))
        return self.hashes[key]

    def pod_suffix(self, rs_hash: str, index: int) -> str:
        key = ("pod", rs_hash, str(index))
        if key not in self.uids:
            self.uids[key] = "".join(self.rng.choice(_RS_ALPHABET) for _ in range(5))
        return self.uids[key]

    def uid(self, *key: str) -> str:
        if key not in self.uids:
            self.uids[key] = uuid4(self.rng)
        return self.uids[key]

    def next_id(self, counter: str, first: int) -> int:
        self.ids[counter] = self.ids.get(counter, first) + self.rng.randrange(3, 400)
        return self.ids[counter]


# --- GitHub ------------------------------------------------------------------------------------


def _gh_user(person: Person) -> dict:
    return {
        "login": person.login,
        "id": person.user_id,
        "node_id": f"MDQ6VXNlcj{person.user_id}",
        "avatar_url": f"https://avatars.githubusercontent.com/u/{person.user_id}?v=4",
        "url": f"https://api.github.com/users/{person.login}",
        "html_url": f"https://github.com/{person.login}",
        "type": "User",
        "site_admin": False,
    }


def _gh_repo(svc: Service) -> dict:
    repo_id = 600_000_000 + sum(map(ord, svc.name)) * 7919
    full = f"{ORG}/{svc.name}"
    return {
        "id": repo_id,
        "node_id": f"R_kgDOJ{repo_id:x}",
        "name": svc.name,
        "full_name": full,
        "private": True,
        "owner": {"login": ORG, "id": 91234567, "type": "Organization", "url": f"https://api.github.com/users/{ORG}"},
        "html_url": f"https://github.com/{full}",
        "description": f"{svc.name} ({svc.project})",
        "fork": False,
        "url": f"https://api.github.com/repos/{full}",
        "deployments_url": f"https://api.github.com/repos/{full}/deployments",
        "created_at": "2021-04-19T09:12:44Z",
        "pushed_at": "2025-03-10T17:02:11Z",
        "default_branch": "main",
        "visibility": "private",
        "topics": [svc.project, svc.runtime],
    }


def _gh_headers(event: str, rng: random.Random, **identity: str) -> dict[str, str]:
    return {
        "x-github-event": event,
        "x-github-delivery": uuid4(rng),
        "x-github-hook-id": "448812093",
        "x-github-hook-installation-target-type": "organization",
        "user-agent": "GitHub-Hookshot/8f1c2a7",
        "content-type": "application/json",
        **sc_headers(f"github-{event.replace('_', '-')}", **identity),
    }


def emit_github_deploy(out: Collector, fleet: Fleet, d: Deploy) -> None:
    """``deployment`` (created) at ``d.at`` and ``deployment_status`` (success) when live."""
    svc, rng = d.service, out.rng
    repo, actor = _gh_repo(svc), _gh_user(d.actor)
    dep_id = fleet.next_id("deployment", 2_143_000_000)
    api = f"https://api.github.com/repos/{ORG}/{svc.name}/deployments/{dep_id}"
    payload = {"project": svc.project, "service": svc.name, "version": d.version, "image": _image(svc, d.version)}
    if d.rollback:
        payload |= {"rollback": True, "rolled_back_from": d.previous}
    deployment = {
        "url": api,
        "id": dep_id,
        "node_id": f"DE_kwDOJ{dep_id:x}",
        "sha": d.sha,
        "ref": d.version,
        "task": "deploy",
        "payload": payload,
        "original_environment": d.environment,
        "environment": d.environment,
        "description": f"Rollback {svc.name} to {d.version}" if d.rollback else f"Deploy {svc.name} {d.version}",
        "creator": actor,
        "created_at": iso_s(d.at),
        "updated_at": iso_s(d.at),
        "statuses_url": f"{api}/statuses",
        "repository_url": repo["url"],
        "performed_via_github_app": None,
    }
    body = {
        "action": "created", "deployment": deployment, "workflow": None, "workflow_run": None,
        "repository": repo, "sender": actor,
    }
    late = rng.uniform(60, 180) if rng.random() < 0.15 else 0.0
    out.emit(
        "changes", "github-deployment", body, d.at, headers=_gh_headers("deployment", rng), key=svc.name,
        late_s=late, records=[("github-deployment", dep_id)],
    )
    status_id = fleet.next_id("deployment_status", 9_870_000_000)
    status = {
        "url": f"{api}/statuses/{status_id}",
        "id": status_id,
        "node_id": f"DES_kwDOJ{status_id:x}",
        "state": "success",
        "creator": _gh_user(d.actor),
        "description": "Deployment finished successfully.",
        "environment": d.environment,
        "target_url": f"https://github.com/{ORG}/{svc.name}/actions/runs/{fleet.next_id('run', 13_400_000_000)}",
        "created_at": iso_s(d.live_at),
        "updated_at": iso_s(d.live_at),
        "deployment_url": api,
        "repository_url": repo["url"],
        "environment_url": f"https://{svc.name}.{'' if d.environment == 'production' else 'staging.'}acme.io",
        "log_url": (
            f"https://github.com/{ORG}/{svc.name}/actions/runs/{fleet.ids['run']}/job/{fleet.ids['run'] * 3 + 1}"
        ),
        "performed_via_github_app": None,
    }
    deployment = {**deployment, "updated_at": iso_s(d.live_at)}
    body = {
        "action": "created", "deployment_status": status, "deployment": deployment, "repository": repo, "sender": actor
    }
    late = d.late_s or (rng.uniform(60, 180) if rng.random() < 0.15 else 0.0)
    out.emit(
        "changes", "github-deployment-status", body, d.live_at, headers=_gh_headers("deployment_status", rng),
        key=svc.name, late_s=late, records=[("github-deployment-status", dep_id, status_id)],
    )


def emit_github_release(
    out: Collector, fleet: Fleet, svc: Service, tag: str, at: datetime, person: Person, notes: str
) -> None:
    repo, actor = _gh_repo(svc), _gh_user(person)
    rel_id = fleet.next_id("release", 190_000_000)
    base = f"https://api.github.com/repos/{ORG}/{svc.name}/releases/{rel_id}"
    release = {
        "url": base,
        "assets_url": f"{base}/assets",
        "upload_url": f"https://uploads.github.com/repos/{ORG}/{svc.name}/releases/{rel_id}/assets{{?name,label}}",
        "html_url": f"https://github.com/{ORG}/{svc.name}/releases/tag/{tag}",
        "id": rel_id,
        "author": actor,
        "node_id": f"RE_kwDOJ{rel_id:x}",
        "tag_name": tag,
        "target_commitish": "main",
        "name": f"{svc.name} {tag}",
        "draft": False,
        "prerelease": False,
        "created_at": iso_s(at - timedelta(minutes=out.rng.randrange(3, 40))),
        "published_at": iso_s(at),
        "assets": [],
        "tarball_url": f"https://api.github.com/repos/{ORG}/{svc.name}/tarball/{tag}",
        "zipball_url": f"https://api.github.com/repos/{ORG}/{svc.name}/zipball/{tag}",
        "body": notes,
    }
    body = {"action": "published", "release": release, "repository": repo, "sender": actor}
    headers = _gh_headers("release", out.rng, project=svc.project, service=svc.name, environment="production")
    out.emit("changes", "github-release", body, at, headers=headers, key=svc.name, records=[("github-release", rel_id)])


def _image(svc: Service, version: str) -> str:
    return f"ghcr.io/{ORG}/{svc.name}:{version}"


# --- Argo CD, Kubernetes, PagerDuty ----------------------------------------------------------------


def emit_argocd(out: Collector, d: Deploy) -> None:
    """The team's Argo CD ``on-deployed`` template: the app's metadata, spec and status as JSON."""
    svc = d.service
    app = f"{svc.name}-{d.environment}"
    source = {
        "repoURL": f"https://github.com/{ORG}/{svc.project}-deploy.git",
        "path": f"apps/{svc.name}/overlays/{d.environment}",
        "targetRevision": "main",
    }
    resources = [
        {"group": "apps", "version": "v1", "kind": "Deployment", "namespace": svc.project, "name": svc.name,
         "status": "Synced", "message": f"deployment.apps/{svc.name} configured", "hookPhase": "Running",
         "syncPhase": "Sync", "images": [_image(svc, d.version)]},
        {"group": "", "version": "v1", "kind": "ConfigMap", "namespace": svc.project, "name": f"{svc.name}-config",
         "status": "Synced", "message": f"configmap/{svc.name}-config unchanged", "hookPhase": "Running",
         "syncPhase": "Sync"},
    ]
    body = {
        "app": {
            "metadata": {
                "name": app,
                "labels": {"project": svc.project, "environment": d.environment, "service": svc.name,
                           "app.kubernetes.io/part-of": svc.project},
            },
            "spec": {
                "project": svc.project,
                "source": source,
                "destination": {"server": "https://kubernetes.default.svc", "namespace": svc.project},
            },
            "status": {
                "sync": {"status": "Synced", "revision": d.sha},
                "health": {"status": "Healthy"},
                "operationState": {
                    "operation": {"sync": {"revision": d.sha}, "initiatedBy": {"automated": True}},
                    "phase": "Succeeded",
                    "message": "successfully synced (all tasks run)",
                    "startedAt": iso_s(d.at),
                    "finishedAt": iso_s(d.live_at),
                    "syncResult": {"resources": resources, "revision": d.sha, "source": source},
                },
            },
        },
        "argocdUrl": "https://argocd.acme.io",
    }
    out.emit(
        "changes", "argocd", body, d.live_at, headers=sc_headers("argocd"), key=svc.name, late_s=d.late_s,
        records=[("argocd", app, d.sha, d.live_at.replace(microsecond=0))], go=True,
    )


def emit_rollout_events(out: Collector, fleet: Fleet, d: Deploy) -> None:
    """The deployment controller's two ScalingReplicaSet events (maxSurge 100%)."""
    svc = d.service
    new_rs = f"{svc.name}-{fleet.rs_hash(svc.name, d.environment, d.version)}"
    old_rs = f"{svc.name}-{fleet.rs_hash(svc.name, d.environment, d.previous)}"
    up_at = d.at + timedelta(seconds=out.rng.randrange(25, 70))
    down_at = d.live_at + timedelta(seconds=out.rng.randrange(3, 20))
    steps = ((up_at, f"Scaled up replica set {new_rs} from 0 to {svc.replicas}"),
             (down_at, f"Scaled down replica set {old_rs} from {svc.replicas} to 0"))
    deploy_uid = fleet.uid("deployment", svc.name, d.environment)
    headers = sc_headers("kubernetes-event", project=svc.project, environment=d.environment)
    for at, message in steps:
        at = at.replace(microsecond=0)
        name = f"{svc.name}.{hexid(out.rng, 16)}"
        event_uid = uuid4(out.rng)
        version = str(fleet.next_id(f"rv-{d.environment}", 88_000_000))
        body = {
            "apiVersion": "v1",
            "count": 1,
            "eventTime": None,
            "firstTimestamp": iso_s(at),
            "involvedObject": {"apiVersion": "apps/v1", "kind": "Deployment", "name": svc.name,
                               "namespace": svc.project, "resourceVersion": version, "uid": deploy_uid},
            "kind": "Event",
            "lastTimestamp": iso_s(at),
            "message": message,
            "metadata": {"creationTimestamp": iso_s(at), "name": name, "namespace": svc.project,
                         "resourceVersion": str(int(version) + 3), "uid": event_uid},
            "reason": "ScalingReplicaSet",
            "reportingComponent": "deployment-controller",
            "reportingInstance": "",
            "source": {"component": "deployment-controller"},
            "type": "Normal",
        }
        out.emit(
            "changes", "kubernetes-event", body, at, headers=headers,
            key=f"{svc.project}/{svc.name}", records=[("kubernetes-event", event_uid)], go=True,
        )


def emit_pagerduty_change(out: Collector, d: Deploy) -> None:
    """What the team's CI posts to PagerDuty's Change Events API after a deploy."""
    svc = d.service
    run = out.rng.randrange(4000, 9000)
    body = {
        "routing_key": hexid(out.rng, 32),
        "payload": {
            "summary": f"Deployed {svc.name} {d.version} to {d.environment}",
            "timestamp": pd_time(d.live_at),
            "source": "buildkite",
            "custom_details": {
                "project": svc.project, "environment": d.environment, "service": svc.name, "version": d.version,
                "commit": d.sha, "build_number": str(run), "deployed_by": d.actor.email,
            },
        },
        "links": [{"href": f"https://buildkite.com/acme/{svc.name}-deploy/builds/{run}", "text": f"Build #{run}"}],
    }
    out.emit(
        "changes", "pagerduty-change", body, d.live_at, headers=sc_headers("pagerduty-change"), key=svc.name,
        late_s=d.late_s, records=[("pagerduty-change", svc.name, d.environment, d.live_at)],
    )
