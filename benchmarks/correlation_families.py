"""The incident families ``corr-v2`` adds: a look-back with more than one plausible change.

Each family places the changes of one incident around its first alert ``F`` (all times
whole seconds) and says which of them is the cause; everything else the family places
is a deliberate *extra* with a role. Nothing else may change the incident's project and
environment in ``[F - 16 min, F)`` (the scenario's ``PROTECTED`` look-back).

- ``repeat_deploy``: 2-3 deploys of the alerting service, 1-5 min apart, each its own
  version, reported by the service's tool. The newest, live 0.5-4 min before ``F``, is
  the cause; the others are ``older_deploy``.
- ``github_sequence``: a GitHub deployment of the alerting service followed through
  every webhook: ``deployment`` (created, the request), then ``deployment_status``
  ``queued`` -> ``in_progress`` -> ``success`` 1-6 min after the request; ``F`` comes
  0.5-6 min after the success. In half of them an earlier deployment of the service
  (another sha, another deployment id) goes ``queued`` (or ``pending``) ->
  ``in_progress`` -> ``failure`` (or ``error``): 10 s-2 min before the real one was
  requested, or requested just before it and failing 5-90 s before ``F``. That one
  never went live: a ``failed_deploy``.
- ``late_rollback``: the cause is a deploy of the service live 6-12 min before ``F``
  (one success status, or the whole GitHub sequence). A rollback of the service is
  requested 5-60 s before ``F`` (``deployment`` with ``payload.rollback: true``) and goes
  live 2.5-4.5 min after ``F``: a remedy that was asked for before the alerts, never
  their cause (``rollback``).
- ``failed_then_cause``: the cause is a deploy (60 %) or a flag change (40 %) of the
  service 5-12 min before ``F``; a deploy of the service fails 0.5-3 min before ``F``
  (a GitHub ``failure``/``error`` status, alone or after the whole sequence, or an Argo
  CD notification with phase ``Failed``/``Error``): ``failed_deploy``.
- ``deploy_and_flag``: a deploy and a flag change of the alerting service, both live in
  the look-back, one 0.5-4 min before ``F`` and the other 7-14 min before; which kind
  is the closer one is a coin flip. The truth is the one that went live closer before
  ``F``: throughout the scenario a causal change makes its service fire within 12 min,
  and here the farther change had already run 7-14 min with its service quiet while
  the alerts begin 0.5-4 min after the closer one. The farther is ``other_change``.

Besides the families, a share of all Argo CD syncs that went live (any kind, decoys and
background included) is echoed by the deployment controller's ``ScalingReplicaSet``
event 5-40 s after the sync finished; an echo that lands in a protected look-back is
kept only when it echoes one of that incident's own changes, as the extra ``echo``
(a report of the same rollout under another version, the pod-template hash).

Only the family logic lives here; the scenario module turns :class:`Placed` changes into
its truth. Independent of the system under test, like the scenario.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

if str(Path(__file__).parent) not in sys.path:  # the sibling modules, however this one was loaded
    sys.path.insert(0, str(Path(__file__).parent))
import correlation_formats as fmt

Change = fmt.Change
FAMILIES = ("repeat_deploy", "github_sequence", "late_rollback", "failed_then_cause", "deploy_and_flag")
SHARE = 0.08
"""Of the incidents, per family (32 of 400)."""
ECHO_SHARE = 0.4
"""Of the Argo CD syncs that went live, those the Kubernetes event echoes."""
ROLES = ("older_deploy", "failed_deploy", "rollback", "other_change", "echo")
_TOOLS = {"github_sequence": ("github",), "late_rollback": ("github",), "failed_then_cause": ("github", "argocd")}

Make = Callable[[str, str, datetime], Change]
"""``make(type, service, at)``: a change of the incident's project and environment, tool and
version chosen as for any change of that service (not yet placed)."""


@dataclass(frozen=True)
class Placed:
    """One change a family placed: what it is to the incident and every report sent of it."""

    role: str
    """``cause`` or one of :data:`ROLES`."""
    reports: tuple[Change, ...]
    """In time order; the last is the success (or the failure)."""
    requested: datetime
    live: datetime | None
    """When it went live; ``None`` when it never did."""

    @property
    def change(self) -> Change:
        return self.reports[-1]


@dataclass(frozen=True)
class Extra:
    """A change a family placed in an incident's protected look-back on purpose."""

    role: str
    """One of :data:`ROLES`."""
    change: Any
    """The scenario's ``ChangeRef``: its request and live times and version."""


def wrong_role(cause: Any, extras: tuple[Extra, ...], suspect: Any) -> str:
    """What a wrong suspect named: an extra's role, ``cause_report`` (a report of the cause, by
    service and version, under another type or outside its request-to-live span) or ``elsewhere``."""
    for extra in extras:
        if extra.change.matches(suspect):
            return extra.role
    same = ("project", "environment", "service", "version")
    if cause.version and all(getattr(cause, k) == getattr(suspect, k) for k in same):
        return "cause_report"
    return "elsewhere"


def services_for(kind: str, tools: Mapping[str, str]) -> list[str]:
    """The services of a project (service -> tool) an incident of ``kind`` can fire on.

    >>> services_for("late_rollback", {"web": "github", "api": "argocd"}), services_for("deploy", {"api": "argocd"})
    (['web'], ['api'])
    """
    need = _TOOLS.get(kind)
    return [s for s, tool in tools.items() if need is None or tool in need]


def _at(first: datetime, lo: int, hi: int, rng: random.Random) -> datetime:
    """A whole second ``lo``-``hi`` s from ``first`` (before it for negative offsets, after it else)."""
    whole = first.replace(microsecond=0)
    if lo > 0 and whole < first:
        whole += timedelta(seconds=1)
    return whole + timedelta(seconds=rng.randrange(lo, hi))


def _s(seconds: int) -> timedelta:
    return timedelta(seconds=seconds)


def _once(change: Change) -> Placed:
    """A change its tool reports once, at the moment it went live."""
    return Placed("cause", (change,), change.at, change.at)


def _other(make: Make, type_: str, service: str, at: datetime, taken: Change) -> Change:
    """A change like ``make`` gives, with a version other than ``taken``'s."""
    while (made := make(type_, service, at)).version == taken.version:
        pass
    return made


def github_deployment(rng: random.Random, change: Change, requested: datetime, end: str,
                      first_state: str = "queued") -> tuple[Change, ...]:
    """Every webhook of one GitHub deployment ending in state ``end`` at ``change.at``: the
    ``deployment`` at ``requested``, ``first_state`` 1-15 s later, ``in_progress``, ``end``.

    >>> t = datetime(2026, 3, 2, 9)
    >>> c = Change("deployment", "shop", "production", "api", t, "ab12", "github", "ci-bot")
    >>> reports = github_deployment(random.Random(1), c, t - _s(120), "failure")
    >>> [(r.phase, int((t - r.at).total_seconds())) for r in reports][::3]
    [('created', 120), ('failure', 0)]
    >>> [r.at for r in reports] == sorted({r.at for r in reports}) and len({r.ref_id for r in reports}) == 1
    True
    """
    total = int((change.at - requested).total_seconds())
    if total < 40:
        raise ValueError(f"github deployment of {change!r}: {total} s from request to {end}, expected at least 40")
    queued = rng.randrange(1, 16)
    running = rng.randrange(queued + 1, min(queued + 90, total - 1) + 1)
    ref_id = rng.randrange(2_000_000_000, 3_000_000_000)
    steps = (("created", 0), (first_state, queued), ("in_progress", running), (end, total))
    return tuple(replace(change, at=requested + _s(offset), phase=phase, requested=requested, ref_id=ref_id)
                 for phase, offset in steps)


def repeat_deploy(rng: random.Random, make: Make, service: str, first: datetime) -> list[Placed]:
    lives = [_at(first, -240, -30, rng)]
    for _ in range(rng.choice((1, 2))):
        lives.insert(0, lives[0] - _s(rng.randrange(60, 301)))
    made: list[Change] = []
    for at in lives:
        while (c := make("deployment", service, at)).version in {m.version for m in made}:
            pass
        made.append(c)
    return [*(replace(_once(c), role="older_deploy") for c in made[:-1]), _once(made[-1])]


def github_sequence(rng: random.Random, make: Make, service: str, first: datetime) -> list[Placed]:
    live = _at(first, -360, -30, rng)
    requested = live - _s(rng.randrange(60, 361))
    cause = make("deployment", service, live)
    placed = [Placed("cause", github_deployment(rng, cause, requested, "success"), requested, live)]
    if rng.random() < 0.5:
        end = "failure" if rng.random() < 0.7 else "error"
        if rng.random() < 0.6:  # gave up just before the real one was asked for
            failed_at = requested - _s(rng.randrange(10, 121))
            asked = failed_at - _s(rng.randrange(40, 181))
        else:  # asked for just before the real one, gave up just before the alerts
            failed_at = _at(first, -90, -5, rng)
            asked = min(requested - _s(rng.randrange(5, 61)), failed_at - _s(40))
        failed = _other(make, "deployment", service, failed_at, cause)
        reports = github_deployment(rng, failed, asked, end, "pending" if rng.random() < 0.3 else "queued")
        placed.append(Placed("failed_deploy", reports, asked, None))
    return placed


def late_rollback(rng: random.Random, make: Make, service: str, first: datetime) -> list[Placed]:
    live = _at(first, -720, -360, rng)
    cause = make("deployment", service, live)
    if rng.random() < 0.5:
        requested = live - _s(rng.randrange(60, 241))
        placed = [Placed("cause", github_deployment(rng, cause, requested, "success"), requested, live)]
    else:
        placed = [_once(cause)]
    asked, back = _at(first, -60, -5, rng), _at(first, 150, 271, rng)
    rollback = _other(make, "rollback", service, back, cause)
    return [*placed, Placed("rollback", github_deployment(rng, rollback, asked, "success"), asked, back)]


def failed_then_cause(rng: random.Random, make: Make, service: str, first: datetime) -> list[Placed]:
    cause = make("deployment" if rng.random() < 0.6 else "flag_change", service, _at(first, -720, -300, rng))
    failed_at = _at(first, -180, -30, rng)
    failed = _other(make, "deployment", service, failed_at, cause)
    if failed.tool == "argocd":
        asked = failed_at - _s(rng.randrange(20, 201))
        reports: tuple[Change, ...] = (replace(failed, phase="Failed" if rng.random() < 0.7 else "Error",
                                               requested=asked),)
    else:
        end = "failure" if rng.random() < 0.7 else "error"
        asked = failed_at - _s(rng.randrange(60, 241))
        if rng.random() < 0.5:
            reports = github_deployment(rng, failed, asked, end)
        else:  # only the final status came through
            reports = (replace(failed, phase=end, requested=asked, ref_id=rng.randrange(2_000_000_000, 3_000_000_000)),)
    return [_once(cause), Placed("failed_deploy", reports, asked, None)]


def deploy_and_flag(rng: random.Random, make: Make, service: str, first: datetime) -> list[Placed]:
    near, far = _at(first, -240, -30, rng), _at(first, -840, -420, rng)
    deploy_is_cause = rng.random() < 0.5
    deploy = make("deployment", service, near if deploy_is_cause else far)
    flag = make("flag_change", service, far if deploy_is_cause else near)
    cause, other = (deploy, flag) if deploy_is_cause else (flag, deploy)
    return [_once(cause), replace(_once(other), role="other_change")]


PLACE: dict[str, Callable[[random.Random, Make, str, datetime], list[Placed]]] = {
    "repeat_deploy": repeat_deploy, "github_sequence": github_sequence, "late_rollback": late_rollback,
    "failed_then_cause": failed_then_cause, "deploy_and_flag": deploy_and_flag,
}


def echo_of(rng: random.Random, change: Change) -> Change | None:
    """The ``ScalingReplicaSet`` echo of an Argo CD sync that went live (for :data:`ECHO_SHARE`
    of them), 5-40 s after it finished; ``None`` for anything else."""
    if change.tool != "argocd" or change.type != "deployment" or change.phase not in (None, "Succeeded"):
        return None
    if rng.random() >= ECHO_SHARE:
        return None
    return replace(change, at=change.at + _s(rng.randrange(5, 41)), version=fmt.pod_template_hash(rng),
                   tool="kubernetes", actor="deployment-controller", phase=None, requested=None, ref_id=None)
