"""The seeded corpus of the similar-incidents benchmark: past incidents with their fixes, and
new incidents to find them for, as Kafka messages in the formats the flow ingests.

:func:`plan` decides, from the seed alone, which incidents happen: ``incidents`` past ones in
workspace ``bench`` over the eight projects of :data:`similar_families.TEAMS` (each family in
the projects whose infrastructure it needs, spread round-robin so every family recurs; one
project per family, when it has three or more, never sees it in the past; spread evenly), ``others`` in
workspace ``other`` (four of the same projects, the same families and words: what a
tenant must never be shown), and ``queries`` new incidents in ``bench`` after all of them,
each of a family that past incidents of another project already had (half of them in the
project that never saw it). A query is ``held_out`` when its family is one of
:data:`similar_families.HELD_OUT_FAMILIES` or its project one of ``HELD_OUT_PROJECTS``.

:func:`generate` renders them. One incident of family F on service S at time T is:

- its change, 3-14 min before T when F has one: a GitHub push of the commits (the causing
  commit's message and files in the team's words) and the deploy as the team ships (a GitHub
  ``deployment_status``, an Argo CD sync of the GitOps repository, a PagerDuty change event or
  SignalCraft's change JSON), or a LaunchDarkly flag turned on, or a config change; a family
  without a cause change sometimes has an unrelated deploy of the project there instead;
- OTLP logs of S, one batch a minute from 4-10 min before T to 8-15 min after: 40-70 error
  lines of F in the team's stack (three quarters in the five minutes before T), access lines;
- Alertmanager (or Grafana) webhooks: the team's generic alert of F's first symptom at T on
  1-3 pods, sometimes a second symptom and F's own alert, firing and later resolved, with
  labels under the team's keys and annotations in its language;
- for a past incident, a ``signalcraft-resolution`` 5-90 min after its alerts ended, naming
  the first generic alert by fingerprint, with root cause, fix and links in the team's words.

Incidents of one workspace and project are at least 2.5 h apart, so their alert groups and
log windows never meet. Everything comes from ``random.Random`` seeded by the seed (one
stream to plan, one per incident to render); nothing reads the clock. Corpus ids are
permanent: ``sim-v1-s{seed}-n{incidents}-q{queries}-o{others}`` always makes the same bytes.

    python benchmarks/similar_corpus.py --seed 1            # build the store, print statistics
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))
import similar_families as words
from similar_families import Family, Team

from signalcraft.sources.scenario.org import ScenarioMessage as Message

START = datetime(2026, 1, 5, tzinfo=UTC)
PAST_DAYS = 60
SPACING = timedelta(hours=2, minutes=30)
WORKSPACE, OTHER_WORKSPACE = "bench", "other"
MINUTE = timedelta(minutes=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class Planned:
    """An incident before it is rendered."""

    id: str
    workspace: str
    team: Team
    family: Family
    service: str
    at: datetime
    """When its first alert starts."""
    query: bool = False
    split: str | None = None
    cross_only: bool = False


@dataclass(frozen=True)
class IncidentTruth:
    id: str
    """``bench-0001``..., ``other-0001``..., ``query-0001``...: in time order within each kind."""
    workspace: str
    project: str
    environment: str
    service: str
    family: str
    language: str
    stack: str
    opened_at: datetime
    alertnames: tuple[str, ...]
    fingerprints: tuple[str, ...]
    """Every alert of the incident (the benchmark finds its groups through ``alert_groups.fingerprints``)."""
    primary_fingerprint: str
    """The first alert of its first generic alert: the one its resolution names."""
    change: str | None
    """Type of the change that caused it, if any (``deployment``, ``flag_change``, ``config_update``)."""
    query: bool = False
    split: str | None = None
    """Queries: ``tune`` or ``held_out``."""
    cross_only: bool = False
    """Queries: the family never occurred in the query's own project before."""


@dataclass
class Corpus:
    corpus_id: str
    seed: int
    messages: list[Message]
    """In event-time order; ``timestamp_ms`` is when the message reached Kafka."""
    truth: dict[str, IncidentTruth]
    start: datetime
    end: datetime

    @property
    def past(self) -> list[IncidentTruth]:
        return [t for t in self.truth.values() if not t.query]

    @property
    def queries(self) -> list[IncidentTruth]:
        return [t for t in self.truth.values() if t.query]


# --- planning ----------------------------------------------------------------------------------


def plan(seed: int = 1, incidents: int = 2000, queries: int = 250, others: int = 300) -> list[Planned]:
    """Which incidents happen where and when; cheap (no payloads)."""
    if incidents < len(words.FAMILIES) or queries < 0 or others < 0:
        raise ValueError(f"similar corpus: incidents={incidents!r} (at least {len(words.FAMILIES)}), "
                         f"queries={queries!r} and others={others!r} (at least 0)")
    rng = random.Random(seed)
    teams = {f.key: [t for t in words.TEAMS if words.applies(f, t)] for f in words.FAMILIES}
    unseen: dict[str, Team] = {}  # spread evenly over the teams
    load: Counter[str] = Counter()
    for k, ts in sorted(teams.items()):
        if len(ts) >= 3:
            fewest = min(load[t.project] for t in ts)
            unseen[k] = rng.choice([t for t in ts if load[t.project] == fewest])
            load[unseen[k].project] += 1
    seen = {k: [t for t in ts if t is not unseen.get(k)] for k, ts in teams.items()}

    def draw(n: int, choose) -> list[tuple[Family, Team]]:
        fams = [words.FAMILIES[i % len(words.FAMILIES)] for i in range(n)]
        rng.shuffle(fams)
        return [(f, choose(f)) for f in fams]

    past = draw(incidents, lambda f: rng.choice(seen[f.key]))
    other = draw(others, lambda f: rng.choice([t for t in words.OTHER_TEAMS if words.applies(f, t)]))
    past_projects = defaultdict(set)
    for f, t in past:
        past_projects[f.key].add(t.project)

    def query_team(f: Family, i: int) -> Team:
        if i % 2 == 0 and f.key in unseen:
            return unseen[f.key]
        return rng.choice([t for t in seen[f.key] if past_projects[f.key] - {t.project}])

    asked = [(f, query_team(f, i)) for i, (f, _) in enumerate(draw(queries, lambda f: None))]
    out = _timed(rng, past, WORKSPACE, "bench", START, PAST_DAYS)
    out += _timed(rng, other, OTHER_WORKSPACE, "other", START, PAST_DAYS)
    begin = max(p.at for p in out) + timedelta(hours=6)
    for p in _timed(rng, asked, WORKSPACE, "query", begin, None):
        held = p.family.key in words.HELD_OUT_FAMILIES or p.team.project in words.HELD_OUT_PROJECTS
        cross = p.team.project not in past_projects[p.family.key]
        out.append(_replace(p, query=True, split="held_out" if held else "tune", cross_only=cross))
    return out


def _replace(p: Planned, **kw) -> Planned:
    return Planned(**{**p.__dict__, **kw})


def _timed(rng: random.Random, pairs: list[tuple[Family, Team]], workspace: str, prefix: str, begin: datetime,
           days: int | None) -> list[Planned]:
    """Times per project: ``SPACING`` plus an exponential gap (filling ``days``, or 1 h on average)."""
    by_project: dict[str, list[tuple[Family, Team]]] = defaultdict(list)
    for f, t in pairs:
        by_project[t.project].append((f, t))
    placed = []
    for project in sorted(by_project):
        items = by_project[project]
        mean = (timedelta(days=days) / len(items) - SPACING) if days else timedelta(hours=1)
        at = begin + timedelta(minutes=rng.randrange(30, 180))
        for f, t in items:
            svc = _service(rng, f, t)
            placed.append((at.replace(microsecond=0), f, t, svc))
            at += SPACING + timedelta(seconds=rng.expovariate(1 / max(mean.total_seconds(), 600)))
    placed.sort(key=lambda x: (x[0], x[2].project))
    return [Planned(f"{prefix}-{i + 1:04d}", workspace, t, f, svc, at) for i, (at, f, t, svc) in enumerate(placed)]


def _service(rng: random.Random, family: Family, team: Team) -> str:
    fit = [s.name for s in team.services if s.role in family.roles]
    return rng.choice(fit or [s.name for s in team.services])


# --- rendering -----------------------------------------------------------------------------------


def generate(seed: int = 1, incidents: int = 2000, queries: int = 250, others: int = 300) -> Corpus:
    """The corpus ``sim-v1-s{seed}-n{incidents}-q{queries}-o{others}``: the same arguments give the same bytes."""
    planned = plan(seed, incidents, queries, others)
    out = _Out()
    for ws, teams in ((WORKSPACE, words.TEAMS), (OTHER_WORKSPACE, words.OTHER_TEAMS)):
        for team in teams:  # every service logs once at the start: its first hour of logs is its repertoire
            for s in team.services:
                r = random.Random(f"{seed}/start/{ws}/{s.name}")
                line = words.STARTED[team.stack].format_map(_Slots(r, service=s.name, version="v1.0.0"))
                _logs(out, ws, team, s.name, "v1.0.0", [(START - timedelta(hours=2), 9, line)], r)
    truth = {}
    for p in planned:
        truth[p.id] = _Incident(p, random.Random(f"{seed}/{p.id}"), out).render()
    end = max(t.opened_at for t in truth.values()) + timedelta(hours=3)
    return Corpus(f"sim-v1-s{seed}-n{incidents}-q{queries}-o{others}", seed, out.sorted(), truth,
                  START - timedelta(hours=2), end)


@dataclass
class _Out:
    items: list[tuple[int, int, Message]] = field(default_factory=list)

    def emit(self, kind: str, fmt: str, body: object, at: datetime, workspace: str, key: str | None = None,
             **headers: str) -> None:
        value = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
        hdrs = {"sc-format": fmt, "sc-workspace": workspace, **{k.replace("_", "-"): v for k, v in headers.items()}}
        msg = Message(kind, key.encode() if key else None, value, hdrs, epoch_ms(at), fmt)
        self.items.append((msg.timestamp_ms, len(self.items), msg))

    def sorted(self) -> list[Message]:
        return [m for _, _, m in sorted(self.items, key=lambda x: (x[0], x[1]))]


def epoch_ms(at: datetime) -> int:
    return (at - _EPOCH) // timedelta(milliseconds=1)


def iso(at: datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S.") + f"{at.microsecond // 1000:03d}Z"


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


_FRESH = {
    "n": lambda r: str(r.randrange(2, 64)), "big": lambda r: str(r.randrange(1_000, 250_000)),
    "ms": lambda r: str(r.randrange(40, 30_000)), "mb": lambda r: str(r.randrange(200, 4096)),
    "pct": lambda r: str(r.randrange(85, 100)), "val": lambda r: f"{r.uniform(2, 60):.1f}",
    "thr": lambda r: str(r.choice((1, 2, 5))), "lat": lambda r: str(r.choice((300, 500, 800, 1000, 2000))),
    "id": lambda r: _hex(r, r.choice((8, 12, 16))),
    "ip": lambda r: f"10.{r.randrange(256)}.{r.randrange(256)}.{r.randrange(1, 255)}",
    "port": lambda r: str(r.randrange(30000, 61000)), "pid": lambda r: str(r.randrange(7, 32000)),
    "uuid": lambda r: "-".join(_hex(r, d) for d in (8, 4, 4, 4, 12)),
    "res": lambda r: r.choice(("orders", "items", "customers", "quotes", "accounts")),
    "ts": lambda r: iso(START + timedelta(seconds=r.randrange(90 * 86400))),
    "ts2": lambda r: iso(START + timedelta(seconds=r.randrange(90 * 86400))),
}


class _Slots(dict):
    """Template slots: the incident's names, and fresh numbers for any slot it does not fix."""

    def __init__(self, rng: random.Random, **fixed: str) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> str:
        return _FRESH[key](self.rng)


def _pick(options: tuple[str, ...], variant: int, rng: random.Random) -> str:
    """A team keeps to its own phrasing (four times in five)."""
    return options[variant % len(options)] if rng.random() < 0.8 else rng.choice(options)


class _Incident:
    def __init__(self, p: Planned, rng: random.Random, out: _Out) -> None:
        self.p, self.rng, self.out, self.team, self.fam = p, rng, out, p.team, p.family
        self.text = p.family.text[p.team.lang]
        t = p.team
        others = [s.name for s in t.services if s.name != p.service]
        partner, host = rng.choice(t.partners)
        var = rng.choice(words.ENV_VARS)
        major = int(hashlib.blake2b(p.service.encode(), digest_size=2).hexdigest(), 16) % 5 + 1
        self.version = f"v{major}.{(p.at - START).days + 10}.{rng.randrange(10)}"
        self.slots = _Slots(
            rng, service=p.service, upstream=rng.choice(others), partner=partner, host=host, version=self.version,
            flag=rng.choice(words.FLAGS), table=t.tables[0], table2=t.tables[-1], db=t.db, project=t.project,
            topic=rng.choice(t.topics or ("events",)), var=var, var_ref="${" + var + "}", var_lower=var.lower(),
            redis=f"redis-{t.project}", node=f"ip-10-{rng.randrange(256)}-{rng.randrange(256)}-{rng.randrange(256)}"
            ".eu-west-1.compute.internal", date=(p.at - timedelta(hours=rng.randrange(1, 30))).strftime(
                "%a %b %d %H:%M:%S UTC %Y"), volume=f"data-{p.service}-0", org=t.org, pkgorg=t.org.replace("-", ""),
            pkg=p.service.replace("-", ""), user=p.service.replace("-", "_"),
            cls=rng.choice(("OrderHandler", "RequestProcessor", "SyncJob", "Dispatcher")),
            **{k: _FRESH[k](rng) for k in ("n", "big", "ms", "pct", "mb", "val", "thr", "lat")})
        self.slots["file"] = rng.choice(p.family.files.get(t.stack) or ("config/app.yaml",)).format_map(self.slots)
        self.pods = [f"{p.service}-{_hex(rng, 10)}-{_hex(rng, 5)}" for _ in range(3)]
        self.slots["pod"] = self.pods[0]

    def say(self, template: str) -> str:
        return template.format_map(self.slots)

    def render(self) -> IncidentTruth:
        p, rng = self.p, self.rng
        change = self.change()
        self.logs()
        names, fps, primary, last_end = self.alerts()
        if not p.query:
            self.resolution(primary, last_end + timedelta(minutes=rng.uniform(5, 90)))
        return IncidentTruth(p.id, p.workspace, p.team.project, p.team.environment, p.service, p.family.key,
                             p.team.lang, p.team.stack, p.at, names, fps, primary, change, p.query, p.split,
                             p.cross_only)

    # -- the change -----------------------------------------------------------------------------

    def change(self) -> str | None:
        p, rng, fam = self.p, self.rng, self.fam
        at = p.at - timedelta(seconds=rng.randrange(180, 840))
        if fam.change in ("deploy", "upstream_deploy"):
            svc = self.slots["upstream"] if fam.change == "upstream_deploy" else p.service
            self.deploy(svc, self.say(_pick(self.text.commit, p.team.variant, rng)), (self.slots["file"],), at)
            return "deployment"
        if fam.change == "flag":
            self.flag(self.slots["flag"], at, words.FLAG_COMMENT[p.team.lang])
            return "flag_change"
        if fam.change == "config":
            self.config(self.say(_pick(self.text.config, p.team.variant, rng)), at)
            return "config_update"
        if rng.random() < 0.35:  # an unrelated deploy in the look-back: a decoy
            svc = rng.choice([s.name for s in p.team.services])
            benign = rng.choice(words.BENIGN_COMMITS[p.team.lang]).format(service=svc)
            self.deploy(svc, benign, (f"src/{svc.replace('-', '_')}/handlers.txt",), at, decoy=True)
        return None

    def push(self, repo: str, service: str, messages: list[tuple[str, tuple[str, ...]]], at: datetime) -> str:
        rng, t = self.rng, self.team
        commits = []
        for i, (message, files) in enumerate(messages):
            who = rng.choice(t.people)
            sha = _hex(rng, 40)
            stamp = at - timedelta(minutes=5 * (len(messages) - i))
            commits.append({"id": sha, "tree_id": _hex(rng, 40), "distinct": True, "message": message,
                            "timestamp": stamp.strftime("%Y-%m-%dT%H:%M:%SZ"),
                            "url": f"https://github.com/{repo}/commit/{sha}",
                            "author": {"name": who, "email": f"{who}@{t.org}.io", "username": who.replace(".", "")},
                            "added": [], "removed": [], "modified": list(files)})
        body = {"ref": "refs/heads/main", "before": _hex(rng, 40), "after": commits[-1]["id"], "created": False,
                "deleted": False, "forced": False, "compare": f"https://github.com/{repo}/compare/{_hex(rng, 12)}..."
                f"{commits[-1]['id'][:12]}", "commits": commits, "head_commit": commits[-1],
                "repository": {"id": int(hashlib.blake2b(repo.encode(), digest_size=4).hexdigest(), 16),
                               "name": repo.split("/")[1], "full_name": repo, "private": True,
                               "html_url": f"https://github.com/{repo}", "default_branch": "main",
                               "pushed_at": int(at.timestamp())},
                "pusher": {"name": commits[-1]["author"]["username"]}}
        self.out.emit("changes", "github-push", body, at, self.p.workspace, repo, x_github_event="push",
                      sc_project=t.project, sc_service=service)
        return commits[-1]["id"]

    def deploy(self, service: str, message: str, files: tuple[str, ...], at: datetime, decoy: bool = False) -> None:
        rng, t = self.rng, self.team
        pushed = at - timedelta(minutes=rng.randrange(15, 90))
        extra = [] if decoy or rng.random() < 0.5 else [(rng.choice(words.BENIGN_COMMITS[t.lang]).format(
            service=service), (f"src/{service.replace('-', '_')}/util.txt",))]
        sha = self.push(f"{t.org}/{service}", service, [*extra, (message, files)], pushed)
        subject = message.splitlines()[0]
        if t.deploy == "github":
            self.github(service, sha, subject, at)
        elif t.deploy == "argocd":
            ops = self.push(f"{t.org}/{t.project}-deploy", service, [(
                f"{service} {self.version}: {subject}", (f"apps/{service}/values-prod.yaml",))], at - 2 * MINUTE)
            self.argocd(service, ops, at)
        elif t.deploy == "pagerduty":
            self.pagerduty("deployment", service, f"Desplegado {service} {self.version}: {subject}", at)
        else:
            self.native("deployment", service, f"deploy {service} {self.version}: {subject}", at,
                        {"commit": sha[:12], "ticket": f"{t.ticket}-{rng.randrange(100, 9999)}"})

    def github(self, service: str, sha: str, subject: str, at: datetime) -> None:
        rng, t = self.rng, self.team
        repo, who = f"{t.org}/{service}", rng.choice(t.people).replace(".", "")
        dep_id = rng.randrange(2_000_000_000, 3_000_000_000)
        api = f"https://api.github.com/repos/{repo}/deployments/{dep_id}"
        user = {"login": who, "id": rng.randrange(10**6, 10**8), "type": "User"}
        deployment = {"url": api, "id": dep_id, "sha": sha, "ref": self.version, "task": "deploy",
                      "payload": {"project": t.project, "service": service}, "environment": t.environment,
                      "description": f"Deploy {self.version}: {subject}", "creator": user,
                      "created_at": iso(at - 2 * MINUTE)[:19] + "Z", "updated_at": iso(at)[:19] + "Z"}
        status = {"url": f"{api}/statuses/{rng.randrange(9 * 10**9, 10**10)}", "id": rng.randrange(9 * 10**9, 10**10),
                  "state": "success", "creator": user, "description": "Deployment finished successfully.",
                  "environment": t.environment, "created_at": iso(at)[:19] + "Z", "updated_at": iso(at)[:19] + "Z",
                  "target_url": f"https://github.com/{repo}/actions/runs/{rng.randrange(10**10, 10**11)}"}
        body = {"action": "created", "deployment_status": status, "deployment": deployment, "sender": user,
                "repository": {"name": service, "full_name": repo, "private": True,
                               "html_url": f"https://github.com/{repo}"}}
        self.out.emit("changes", "github-deployment-status", body, at, self.p.workspace, service,
                      x_github_event="deployment_status", x_github_delivery=_hex(rng, 32))

    def argocd(self, service: str, revision: str, at: datetime) -> None:
        t = self.team
        app = f"{service}-{t.environment}"
        source = {"repoURL": f"https://github.com/{t.org}/{t.project}-deploy.git", "path": f"apps/{service}",
                  "targetRevision": "main"}
        image = f"ghcr.io/{t.org}/{service}:{self.version}"
        body = {"app": {
            "metadata": {"name": app,
                         "labels": {"project": t.project, "environment": t.environment, "service": service}},
            "spec": {"project": t.project, "source": source,
                     "destination": {"server": "https://kubernetes.default.svc", "namespace": t.project}},
            "status": {"sync": {"status": "Synced", "revision": revision}, "health": {"status": "Healthy"},
                       "operationState": {
                           "operation": {"sync": {"revision": revision}, "initiatedBy": {"automated": True}},
                           "phase": "Succeeded", "message": "successfully synced (all tasks run)",
                           "startedAt": iso(at - MINUTE)[:19] + "Z", "finishedAt": iso(at)[:19] + "Z",
                           "syncResult": {"revision": revision, "source": source, "resources": [
                               {"group": "apps", "version": "v1", "kind": "Deployment", "namespace": t.project,
                                "name": service, "status": "Synced", "images": [image]}]}}}},
            "argocdUrl": f"https://argocd.{t.org}.io"}
        self.out.emit("changes", "argocd", body, at, self.p.workspace, service)

    def pagerduty(self, type_: str, service: str, summary: str, at: datetime) -> None:
        rng, t = self.rng, self.team
        body = {"routing_key": _hex(rng, 32), "payload": {
            "summary": summary, "timestamp": iso(at).replace("Z", "+0000"), "source": "gitlab-ci",
            "custom_details": {"change_type": type_, "project": t.project, "environment": t.environment,
                               "service": service, "version": self.version}},
            "links": [{"href": f"https://gitlab.{t.org}.io/{t.project}/{service}/-/pipelines/"
                               f"{rng.randrange(10**5, 10**6)}", "text": "Pipeline"}]}
        self.out.emit("changes", "pagerduty-change", body, at, self.p.workspace, service)

    def native(self, type_: str, service: str, summary: str, at: datetime, details: dict[str, str]) -> None:
        t = self.team
        body = {"workspace_id": self.p.workspace, "type": type_, "source": "deploy-bot" if type_ == "deployment"
                else "vault", "project": t.project, "environment": t.environment, "service": service,
                "version": self.version, "summary": summary, "details": details,
                "actor": self.rng.choice(t.people), "timestamp": iso(at)}
        self.out.emit("changes", "signalcraft-change", body, at, self.p.workspace, service)

    def config(self, summary: str, at: datetime) -> None:
        p = self.p
        if self.fam.files:
            self.push(f"{self.team.org}/{p.team.project}-config", p.service, [(summary, (self.slots["file"],))],
                      at - 3 * MINUTE)
        if self.team.deploy == "pagerduty":
            self.pagerduty("config_update", p.service, summary, at)
        else:
            self.native("config_update", p.service, summary, at, {"file": self.slots["file"]})

    def flag(self, key: str, at: datetime, comment: str) -> None:
        rng, t, svc = self.rng, self.team, self.p.service
        version = rng.randrange(2, 400)
        resource = f"proj/{t.project}:env/{t.environment}:flag/{key}"

        def state(on: bool, v: int) -> dict:
            return {"_version": v, "key": key, "kind": "boolean", "tags": [f"service:{svc}"],
                    "variations": [{"value": True, "name": "on"}, {"value": False, "name": "off"}],
                    "environments": {t.environment: {"_environmentName": t.environment, "on": on, "rules": [],
                                                     "fallthrough": {"variation": 0}, "offVariation": 1}}}

        who = rng.choice(t.people)
        body = {"_id": _hex(rng, 24), "_accountId": _hex(rng, 24), "date": epoch_ms(at), "kind": "flag", "name": key,
                "accesses": [{"action": "updateOn", "resource": resource}], "comment": comment,
                "description": "- Turned on the flag", "shortDescription": "", "titleVerb": "turned on the flag",
                "title": f"{who} turned on the flag {key} in `{t.environment}`", "target": {"name": key},
                "member": {"_id": _hex(rng, 24), "email": f"{who}@{t.org}.io", "firstName": who, "lastName": ""},
                "_links": {"site": {"href": f"/{t.project}/{t.environment}/features/{key}", "type": "text/html"}},
                "previousVersion": state(False, version - 1), "currentVersion": state(True, version)}
        self.out.emit("changes", "launchdarkly", body, at, self.p.workspace, key)

    # -- logs, alerts, resolution ------------------------------------------------------------------

    def logs(self) -> None:
        p, rng, stack = self.p, self.rng, self.team.stack
        t0 = p.at - timedelta(seconds=rng.randrange(240, 600))
        t1 = p.at + timedelta(seconds=rng.randrange(480, 900))
        templates, fixed = self.fam.logs[stack], self.slots_fixed()
        lines = []
        for _ in range(rng.randrange(40, 71)):
            at = p.at - timedelta(seconds=rng.uniform(0, 300)) if rng.random() < 0.75 else \
                t0 + (t1 - t0) * rng.random()
            i = 0 if rng.random() < 0.65 or len(templates) == 1 else rng.randrange(1, len(templates))
            body = templates[i].format_map(_Slots(rng, **fixed))
            if stack in words.TRACES and _THROWN.search(body.split("\n", 1)[0]) and rng.random() < 0.3:
                trace = words.TRACES[stack].format_map(_Slots(rng, **fixed))
                body = trace + body if stack == "python" else body + trace
            lines.append((at, 17, body))
        for k in range(int((t1 - t0) / timedelta(seconds=30))):
            tpl = rng.choice(words.INFO_LINES[stack])
            lines.append((t0 + timedelta(seconds=30 * k + rng.uniform(0, 30)), 9, tpl.format_map(_Slots(rng))))
        if self.fam.change == "deploy":
            lines.append((p.at - timedelta(seconds=rng.randrange(120, 170)), 9, self.say(words.STARTED[stack])))
        _logs(self.out, p.workspace, self.team, p.service, self.version, lines, rng, self.pods[:2])

    def slots_fixed(self) -> dict[str, str]:
        return {k: v for k, v in self.slots.items() if k not in _FRESH}

    def alerts(self) -> tuple[tuple[str, ...], tuple[str, ...], str, datetime]:
        p, rng, t = self.p, self.rng, self.team
        symptoms = list(self.fam.symptoms[:1])
        if len(self.fam.symptoms) > 1 and rng.random() < 0.4:
            symptoms.append(self.fam.symptoms[1])
        fired = [(words.SYMPTOM_NAMES[t.naming][s], words.SEVERITY[s],
                  _pick(words.SYMPTOM_TEXT[s][t.lang], t.variant, rng)) for s in symptoms]
        own = self.fam.names.get(t.lang)
        if own and rng.random() < 0.6:
            fired.append((_pick(own, t.variant, rng), "warning", _pick(self.text.alert, t.variant, rng)))
        names, fps, ends = [], [], []
        for j, (name, severity, summary) in enumerate(fired):
            begin = p.at if j == 0 else p.at + timedelta(seconds=rng.randrange(30, 240))
            alerts = []
            for k in range(rng.randrange(1, 4)):
                starts = begin if k == 0 else begin + timedelta(seconds=rng.uniform(1, 90))
                ends.append(starts + timedelta(seconds=rng.randrange(12 * 60, 45 * 60)))
                labels = {"alertname": name, "severity": severity, t.labels[0]: t.project,
                          t.labels[1]: t.environment, t.labels[2]: p.service, "pod": self.pods[k],
                          "namespace": t.project, "instance": f"{self.pods[k]}:8080"}
                fp = hashlib.blake2b("\xff".join(f"{a}\xff{b}" for a, b in sorted(labels.items())).encode(),
                                     digest_size=8).hexdigest()
                alerts.append((labels, fp, starts, ends[-1]))
                fps.append(fp)
            names.append(name)
            annotations = {"summary": self.say(summary), "description": self.say(words.VALUE_TEXT[t.lang]),
                           "runbook_url": f"https://runbooks.{t.org}.io/{t.project}/{name.lower()}"}
            self.webhook(alerts[:1], annotations, alerts[0][2], "firing")
            if len(alerts) > 1:
                self.webhook(alerts, annotations, max(a[2] for a in alerts), "firing")
            self.webhook(alerts, annotations, max(a[3] for a in alerts), "resolved")
        return tuple(names), tuple(fps), fps[0], max(ends)

    def webhook(self, alerts: list, annotations: dict[str, str], at: datetime, status: str) -> None:
        t, rng = self.team, self.rng
        name = alerts[0][0]["alertname"]
        docs = [{"status": status, "labels": labels, "annotations": annotations, "startsAt": iso(starts),
                 "endsAt": iso(ends) if status == "resolved" else "0001-01-01T00:00:00Z", "fingerprint": fp,
                 "generatorURL": f"https://prometheus.{t.org}.io/graph?g0.expr={name}"}
                for labels, fp, starts, ends in alerts]
        group = {"alertname": name, t.labels[2]: self.p.service}
        body = {"receiver": f"signalcraft-{t.project}", "status": status, "alerts": docs, "groupLabels": group,
                "commonLabels": {k: v for k, v in alerts[0][0].items() if k not in ("pod", "instance")},
                "commonAnnotations": annotations, "externalURL": f"https://alertmanager.{t.org}.io", "version": "4",
                "groupKey": "{}:{" + ", ".join(f'{k}="{v}"' for k, v in group.items()) + "}", "truncatedAlerts": 0}
        if t.alerts == "grafana":
            for d in docs:
                d["labels"] = {**d["labels"], "grafana_folder": t.project}
                d["dashboardURL"] = f"https://grafana.{t.org}.io/d/{self.p.service}"
                d["values"] = {"A": round(rng.uniform(1, 99), 2), "C": 1}
            body.update(orgId=1, title=f"[{status.upper()}:{len(docs)}] {name} ({self.p.service})",
                        state="alerting" if status == "firing" else "ok", version="1")
        self.out.emit("alerts", t.alerts, body, at + timedelta(seconds=rng.uniform(0.5, 20)), self.p.workspace,
                      body["groupKey"])

    def resolution(self, fingerprint: str, at: datetime) -> None:
        t, rng = self.team, self.rng
        links = [f"https://{t.org}.atlassian.net/browse/{t.ticket}-{rng.randrange(100, 9999)}",
                 f"https://wiki.{t.org}.io/postmortems/{self.p.at:%Y-%m-%d}-{self.p.service}"]
        if self.fam.change in ("deploy", "upstream_deploy"):
            links.append(f"https://github.com/{t.org}/{self.p.service}/pull/{rng.randrange(100, 4000)}")
        body = {"workspace_id": self.p.workspace, "fingerprint": fingerprint, "resolved_at": iso(at),
                "root_cause": self.say(_pick(self.text.cause, t.variant, rng)),
                "fix": self.say(_pick(self.text.fix, t.variant, rng)), "links": links,
                "resolved_by": f"{rng.choice(t.people)}@{t.org}.io"}
        self.out.emit("resolutions", "signalcraft-resolution", body, at, self.p.workspace, fingerprint)


_THROWN = re.compile(r"Exception|Error\b|Error:")
"""An error line that a stack trace may follow (or, in Python, precede)."""
_LANGUAGE = {"java": "java", "go": "go", "node": "nodejs", "python": "python"}


def _logs(out: _Out, workspace: str, team: Team, service: str, version: str, lines: list, rng: random.Random,
          pods: list[str] | None = None) -> None:
    """OTLP/JSON batches, one a minute, each line from one of ``pods``."""
    pods = pods or [f"{service}-{_hex(rng, 10)}-{_hex(rng, 5)}"]
    batches: dict[datetime, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for at, severity, body in sorted(lines, key=lambda x: x[0]):
        nanos = epoch_ms(at) * 1_000_000 + rng.randrange(1_000_000)
        batches[at.replace(second=0, microsecond=0)][rng.choice(pods)].append({
            "timeUnixNano": str(nanos), "observedTimeUnixNano": str(nanos + rng.randrange(1_000_000, 40_000_000)),
            "severityNumber": severity, "severityText": "ERROR" if severity >= 17 else "INFO",
            "body": {"stringValue": body}, "traceId": _hex(rng, 32), "spanId": _hex(rng, 16)})
    for minute, by_pod in sorted(batches.items()):
        resources = [{"resource": {"attributes": [
            {"key": k, "value": {"stringValue": v}} for k, v in (
                ("service.name", service), ("service.namespace", team.project), ("service.version", version),
                ("deployment.environment.name", team.environment), ("k8s.pod.name", pod),
                ("telemetry.sdk.language", _LANGUAGE[team.stack]))]},
            "scopeLogs": [{"scope": {"name": f"{team.org}.{service}"}, "logRecords": records}]}
            for pod, records in sorted(by_pod.items())]
        out.emit("logs", "otlp-logs", {"resourceLogs": resources}, minute + MINUTE + timedelta(
            milliseconds=rng.randrange(50, 3000)), workspace)


# --- the store -----------------------------------------------------------------------------------


def build_store(corpus: Corpus, db_path: Path, *, memory: bool = False, anomaly: bool = False,
                silences: bool = False, drain_s: float = 15.0) -> float:
    """Run the whole flow (bundled broker, Kafka source, correlation and log patterns on) over the
    corpus into the DuckDB file ``db_path``, as the other broker benchmarks do; return the flow's seconds.

    ``memory``: also keep the incident memory (LanceDB beside the file) as the flow runs, waiting
    up to ``drain_s`` at the end for what it has not indexed (the shutdown grace raised with it);
    ``anomaly``, ``silences``: also run those branches (off: the corpus has nothing for them,
    and silence mining over 70 days of alerts doubles the run).
    """
    from common import bench_settings, timed_run, topic_settings

    from signalcraft.broker import EmbeddedBroker, create_topics, produce_all
    from signalcraft.config import CopilotSettings, CorrelationSettings, ServiceSettings, SilenceSettings

    db_path = Path(db_path)
    with EmbeddedBroker() as broker:
        config = {"bootstrap.servers": broker.bootstrap_servers}
        topics = topic_settings("bench-similar")
        create_topics(config, [*topics.inputs(), *topics.outputs()], partitions=2)
        produce_all(config, [(getattr(topics, m.kind), m.key, m.value, m.headers, m.timestamp_ms)
                             for m in corpus.messages])
        settings = bench_settings(broker.bootstrap_servers, topics, db_path, correlation=CorrelationSettings(),
                                  anomaly=anomaly)
        return timed_run(settings.model_copy(update={
            "copilot": CopilotSettings(memory=memory, drain_s=drain_s),
            "service": ServiceSettings(shutdown_grace=timedelta(seconds=drain_s + 60)),  # the drain fits in it
            "silences": SilenceSettings(enabled=silences)}))


def store_stats(corpus: Corpus, db_path: Path) -> dict:
    """What the flow made of the corpus: groups, resolutions attached and dead letters, and
    whether every past incident's resolution and every query found their alert groups."""
    import duckdb

    with duckdb.connect(str(db_path), read_only=True) as con:
        def one(sql: str) -> int:
            return con.execute(sql).fetchone()[0]

        groups = dict(con.execute("SELECT workspace_id, count(DISTINCT id) FROM alert_groups GROUP BY 1").fetchall())
        held = {fp for (fp,) in con.execute("SELECT DISTINCT unnest(fingerprints) FROM alert_groups").fetchall()}
        attached = {fp for (fp,) in con.execute(
            "SELECT r.fingerprint FROM resolutions r JOIN alert_groups g ON g.id = r.group_id "
            "WHERE list_contains(g.fingerprints, r.fingerprint)").fetchall()}
        return {
            "groups": groups,
            "resolutions": one("SELECT count(*) FROM resolutions"),
            "resolutions_attached": one("SELECT count(*) FROM resolutions WHERE group_id IS NOT NULL"),
            "past_resolutions_attached": sum(t.primary_fingerprint in attached for t in corpus.past),
            "queries_with_group": sum(t.primary_fingerprint in held for t in corpus.queries),
            "dlq": dict(con.execute("SELECT step, count(*) FROM dlq GROUP BY 1").fetchall()),
            "log_events": one("SELECT count(*) FROM log_events"),
            "log_templates": one("SELECT count(*) FROM log_templates"),
            "change_events": one("SELECT count(*) FROM change_events"),
            "commits": one("SELECT count(*) FROM commits"),
            "correlations": one("SELECT count(DISTINCT group_id) FROM correlations"),
            "warnings": one("SELECT count(*) FROM warnings"),
        }


def corpus_stats(corpus: Corpus) -> dict:
    past = [t for t in corpus.past if t.workspace == WORKSPACE]
    by_name: dict[str, set[str]] = defaultdict(set)
    for t in past:
        for name in t.alertnames:
            by_name[name].add(t.family)
    q = corpus.queries
    return {
        "corpus": corpus.corpus_id, "messages": len(corpus.messages),
        "by_kind": dict(sorted(Counter(m.kind for m in corpus.messages).items())),
        "by_format": dict(sorted(Counter(m.format for m in corpus.messages).items())),
        "past": len(past), "other_workspace": sum(t.workspace == OTHER_WORKSPACE for t in corpus.past),
        "projects": len({t.project for t in past}), "families": len({t.family for t in past}),
        "queries": len(q), "queries_by_split": dict(Counter(t.split for t in q)),
        "queries_cross_only": sum(t.cross_only for t in q),
        "alertnames_in_3plus_families": sorted(n for n, fs in by_name.items() if len(fs) >= 3),
        "days": round((corpus.end - corpus.start) / timedelta(days=1), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--incidents", type=int, default=2000)
    parser.add_argument("--queries", type=int, default=250)
    parser.add_argument("--others", type=int, default=300)
    parser.add_argument("--db", type=Path, help="keep the DuckDB file here (default: a temporary one)")
    parser.add_argument("--anomaly", action="store_true", help="also run the anomaly watch")
    parser.add_argument("--memory", action="store_true", help="also keep the incident memory as the flow runs")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    corpus = generate(args.seed, args.incidents, args.queries, args.others)
    generated = time.perf_counter() - t0
    stats = corpus_stats(corpus)
    print(json.dumps(stats, indent=1))
    print(f"generated in {generated:.1f}s", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "similar.duckdb"
        t0 = time.perf_counter()
        build_store(corpus, db, memory=args.memory, anomaly=args.anomaly)
        built = time.perf_counter() - t0
        store = store_stats(corpus, db)
    print(json.dumps(store, indent=1))
    print(f"store built in {built:.1f}s ({len(corpus.messages) / built:,.0f} messages/s)", file=sys.stderr)
    ok = store["past_resolutions_attached"] == stats["past"] + stats["other_workspace"] and not store["dlq"] \
        and store["queries_with_group"] == stats["queries"]
    print(json.dumps({"benchmark": "similar-corpus", **stats, "store": store, "generate_s": round(generated, 1),
                      "build_s": round(built, 1), "ok": ok}))
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
