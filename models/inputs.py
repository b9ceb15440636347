"""Input records, normalized from the formats tools send."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field, model_validator

from signalcraft.models.common import Matcher, Record, UtcDatetime, UtcEnd

AlertStatus = Literal["firing", "resolved"]
Severity = Literal["critical", "error", "warning", "info", "none"]
ChangeType = Literal[
    "deployment",
    "release",
    "rollback",
    "flag_change",
    "config_update",
    "scale",
    "restart",
    "other",
]
ChangePhase = Literal["requested", "in_progress", "live", "failed", "inactive"]
AuditAction = Literal["snooze", "silence", "unsilence", "ack", "resolve"]


def metric_key(name: str, labels: dict[str, str]) -> str:
    """The identity of a metric series: its name and its sorted labels.

    >>> metric_key("http_requests_total", {"job": "api", "code": "500", "__name__": "x"})
    'http_requests_total{code="500",job="api"}'
    """
    inner = ",".join(f'{k}="{v}"' for k, v in sorted(labels.items()) if k != "__name__")
    return f"{name}{{{inner}}}"


class AlertEvent(Record):
    """One alert at one moment: it fired, or it resolved."""

    id: str
    workspace_id: str
    project: str
    environment: str
    service: str
    name: str
    severity: Severity
    status: AlertStatus
    labels: dict[str, str] = Field(default_factory=dict)
    annotations: dict[str, str] = Field(default_factory=dict)
    fingerprint: str
    starts_at: UtcDatetime
    ends_at: UtcEnd | None = None
    source: str
    generator_url: str | None = None


class ChangeEvent(Record):
    """Something changed: a deployment, release, rollback, flag toggle, config update.

    One record is one *report*: tools often send several for one change (a GitHub
    deployment, then its queued, in-progress and success statuses; the Argo CD sync and
    the Kubernetes rollout of the same revision). ``phase`` says where the change stood
    when the report was made and ``identifiers`` what identifies the change, so the
    reports of one change can be told from those of another.
    """

    id: str
    workspace_id: str
    type: ChangeType
    source: str
    project: str
    environment: str
    service: str
    version: str | None = None
    summary: str
    details: dict[str, str] = Field(default_factory=dict)
    actor: str | None = None
    timestamp: UtcDatetime
    phase: ChangePhase = "live"
    """``requested`` (asked for, not started), ``in_progress``, ``live`` (took effect),
    ``failed`` (ended without taking effect) or ``inactive`` (an older deployment retired
    by a newer one). A tool that reports a change once, after the fact, reports ``live``."""
    identifiers: dict[str, str] = Field(default_factory=dict)
    """What identifies the change, by kind: ``revision`` (a git sha), ``version`` (a tag or
    release), ``github_deployment``, ``argocd_operation``, ``deployment``,
    ``rollout_revision``, ``pod_template``, ``flag`` and ``flag_version``, or any other
    name a sender chooses. Two reports that
    disagree on a kind both carry are two changes."""


class AuditEntry(Record):
    """A human acting on alerts: snooze, silence, unsilence, ack, resolve."""

    id: str
    workspace_id: str
    action: AuditAction
    actor: str | None = None
    matchers: tuple[Matcher, ...] = ()
    target: str | None = None
    """The alert fingerprint, group or silence id the action applies to, when known."""
    duration_s: Annotated[float, Field(ge=0, allow_inf_nan=False)] | None = None
    """How long the snooze or silence lasts, in seconds: a finite number, not below 0."""
    timestamp: UtcDatetime
    """When the action was taken: a silence's ``updatedAt`` (when it was made or last
    edited), else the moment the tool reports."""
    ends_at: UtcEnd | None = None
    comment: str | None = None
    source: str
    starts_at: UtcDatetime | None = None
    """When what was done takes effect: a silence's ``startsAt`` (later than ``timestamp``
    for a silence scheduled ahead)."""
    updated_at: UtcDatetime | None = None
    """The tool's own time of this version of the thing acted on (Alertmanager's ``updatedAt``):
    a silence edited in place is one entry per version, ordered by this."""
    state: str | None = None
    """The tool's state of the thing acted on, as reported: ``active``, ``pending``, ``expired``."""


class Commit(Record):
    """One commit as a push delivered it: what went into a repository, and where.

    With the deployments of the same service it says what a deploy shipped: the commits
    between the previous live version and this one.
    """

    id: str
    workspace_id: str
    project: str
    service: str
    repository: str
    """``owner/name``."""
    ref: str
    """The ref pushed, e.g. ``refs/heads/main``."""
    sha: str
    message: str
    author: str | None = None
    timestamp: UtcDatetime
    """The commit's own time (the author's clock)."""
    pushed_at: UtcDatetime | None = None
    """When the push that brought it arrived."""
    added: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    url: str | None = None
    compare_url: str | None = None
    """The push's compare link (before...after)."""
    source: str


class AlertMute(Record):
    """An alert Alertmanager held back: silenced or inhibited, as its API showed it.

    Alertmanager leaves muted alerts out of its webhooks, so this is the only record of
    what a silence or inhibition actually muted. One record per alert and set of muters:
    polled again unchanged, it is the same record.
    """

    id: str
    workspace_id: str
    fingerprint: str
    name: str
    labels: dict[str, str] = Field(default_factory=dict)
    starts_at: UtcDatetime
    """When the alert started firing."""
    observed_at: UtcDatetime
    """When the collector saw it muted (first)."""
    silenced_by: tuple[str, ...] = ()
    """Ids of the silences that muted it."""
    inhibited_by: tuple[str, ...] = ()
    """Fingerprints of the alerts whose inhibition rules muted it."""
    source: str


class MetricPoint(Record):
    """One sample of one series. ``value`` may be ``inf`` or ``nan`` as sent."""

    id: str
    workspace_id: str
    metric_key: str
    name: str
    labels: dict[str, str] = Field(default_factory=dict)
    value: float
    timestamp: UtcDatetime
    source: str


class LogRecord(Record):
    """One log record; ``is_error`` is true for severity number 17 and above."""

    id: str
    workspace_id: str
    project: str
    environment: str
    service: str
    service_version: str | None = None
    severity_number: int = Field(ge=0, le=24)
    """OpenTelemetry severity number: 0 unspecified, 1-4 TRACE ... 17-20 ERROR, 21-24 FATAL."""
    severity_text: str | None = None
    is_error: bool
    body: str
    attributes: dict[str, str] = Field(default_factory=dict)
    trace_id: str | None = None
    span_id: str | None = None
    timestamp: UtcDatetime
    source: str
    template_id: str | None = None
    """The log pattern the body belongs to (``log_templates.id``), set by the flow's pattern
    step; ``None`` when pattern mining is off. Whatever an input says here is replaced."""


class Resolution(Record):
    """How an alert group ended: root cause, what fixed it, links.

    It names its group by ``group_id``, or by ``fingerprint``: an Alertmanager fingerprint
    of one of its alerts, which the flow attaches to the group that held that alert when
    it was resolved (the stored record then has both).
    """

    id: str
    workspace_id: str
    group_id: str | None = None
    fingerprint: str | None = None
    resolved_at: UtcDatetime
    root_cause: str | None = None
    fix: str
    links: tuple[str, ...] = ()
    resolved_by: str | None = None
    source: str

    @model_validator(mode="after")
    def _names_its_group(self) -> Resolution:
        if self.group_id is None and self.fingerprint is None:
            raise ValueError("a resolution names its alert group: 'group_id', or an alert's 'fingerprint'")
        return self
