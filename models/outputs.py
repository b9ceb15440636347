"""Output records: alert groups, warnings, correlations, baselines."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field

from signalcraft.models.common import Record, UtcDatetime
from signalcraft.models.inputs import Severity


class EarlyWarning(Record):
    """An early warning, shaped so an Alertmanager-style router takes it unchanged."""

    id: str
    workspace_id: str
    labels: dict[str, str]
    """Includes ``alertname`` and ``severity="warning"``."""
    annotations: dict[str, str]
    """Includes ``summary`` and ``description``."""
    starts_at: UtcDatetime
    ends_at: UtcDatetime | None = None
    generator_url: str
    metric_key: str
    observed: float
    expected: float
    band: tuple[float, float]
    sigma: float
    method: str
    status: Literal["firing", "resolved"] = "firing"
    version: int = Field(default=1, ge=1)
    """Raised at every emission of the episode (its resolution included); a sink keeps the highest."""


class Correlation(Record):
    """An alert group paired with a change that may have caused it.

    One row per (group, change) id at its latest ``version``. Each emission of a group's set
    gives its rows, and the withdrawals of the changes that left it, one new version: the
    group's current candidates are its rows of the highest version that are not ``withdrawn``.
    """

    id: str
    workspace_id: str
    group_id: str
    change_id: str
    rank: int = Field(ge=1)
    score: float
    lag_s: float
    """Seconds from the change taking effect (``live_at``, else ``requested_at``) to the
    group's first alert (negative: the change came after)."""
    reasons: tuple[str, ...]
    suspect: bool
    version: int = 1
    requested_at: UtcDatetime
    """The change's earliest report: when it was asked for, as far as the reports tell."""
    live_at: UtcDatetime | None = None
    """When the change took effect; ``None`` while no report says so, or when it failed."""
    withdrawn: bool = False
    """The change left the group's candidate set (later candidates pushed it out of the top,
    a late report folded it into a change that took effect outside the window, or another
    of its reports represents it now): its last row sent once more with the group's new
    ``version`` and ``suspect`` false. It is no candidate; consumers drop it."""


class AlertGroup(Record):
    """Alerts that belong together (Alertmanager ``group_by``), as of one event-time moment.

    One group is one row: every emission of it keeps the same ``id`` and raises
    ``version``, so a sink keeps the latest.
    """

    id: str
    workspace_id: str
    group_key: str
    """The ``group_by`` label values, Alertmanager style: ``{alertname="X",service="s"}``."""
    group_labels: dict[str, str]
    project: str
    environment: str
    service: str
    status: Literal["created", "updated", "resolved"]
    opened_at: UtcDatetime
    """Event time of the first member's ``starts_at``."""
    updated_at: UtcDatetime
    """Event time (the latest seen for the group key) at which this version was emitted."""
    resolved_at: UtcDatetime | None = None
    """The latest member ``ends_at``; set only when ``status`` is ``"resolved"``."""
    fingerprints: tuple[str, ...]
    """Member alert fingerprints, sorted."""
    alert_count: int = Field(ge=1)
    max_severity: Severity
    version: int = Field(ge=1)


class AnomalyModel(Record):
    """A snapshot of one series' baseline, for analysts."""

    id: str
    workspace_id: str
    metric_key: str
    method: str
    baseline: dict[str, object]
    last_updated: UtcDatetime


class LogTemplate(Record):
    """A log pattern of one service: its template text and what was seen of it so far.

    One row per template id at its latest ``version`` (the service's count of lines mined
    so far, so a replay writes the same rows). A template whose text changed (it
    generalised, or merged with others) lives on under a new id; its old row says so in
    ``replaced_by``.
    """

    id: str
    workspace_id: str
    service: str
    template: str
    """The body with its variable parts as ``<*>``."""
    first_seen: UtcDatetime
    last_seen: UtcDatetime
    count: int = Field(ge=0)
    """Lines of this template seen by the flow (with those of templates merged into it)."""
    error_count: int = Field(ge=0)
    """Of those, lines at ERROR or above."""
    example: str
    """One line of it, as logged (the first, cut to the length the miner considers)."""
    is_error: bool
    """At least one of its lines was an error."""
    replaced_by: str | None = None
    """The id this template lives on under, once its text changed."""
    version: int = Field(ge=1)


SuggestionKind = Literal["mute_time_interval", "inhibit_rule", "route", "sensitivity"]


class SilenceSuggestion(Record):
    """A rule suggested from how people silence alerts, with its evidence and a backtest.

    One row per suggestion id (workspace, kind and what it is about) at its latest
    ``version``; a suggestion whose pattern stopped is ``withdrawn``, not deleted.
    """

    id: str
    workspace_id: str
    kind: SuggestionKind
    status: Literal["suggested", "withdrawn"] = "suggested"
    text: str
    """The suggestion in one sentence, for people."""
    matchers: tuple[str, ...] = ()
    """Alertmanager matcher strings of the alerts it is about, e.g. ``service="search-indexer"``."""
    time_intervals: tuple[dict[str, Any], ...] = ()
    """``mute_time_interval``: Alertmanager time interval specs (times, weekdays, days_of_month, location)."""
    source_matchers: tuple[str, ...] = ()
    """``inhibit_rule``: the alerts that mute ..."""
    target_matchers: tuple[str, ...] = ()
    """... these, ..."""
    equal: tuple[str, ...] = ()
    """... when these labels are equal."""
    settings: dict[str, str] = Field(default_factory=dict)
    """``route`` and ``sensitivity``: what to set, e.g. ``{"group_wait": "10m"}`` or ``{"raise_sigma": "4"}``."""
    evidence: dict[str, Any] = Field(default_factory=dict)
    """What it was mined from: silence ids, periods seen of periods observed, first and last."""
    backtest: dict[str, Any] = Field(default_factory=dict)
    """Over the stored history: alerts it would have muted, of those silenced anyway, and the
    collateral (muted but neither silenced nor quiet: part of an incident)."""
    support: int = Field(ge=0)
    """Periods (weeks, days, months) or occurrences the pattern was seen in."""
    confidence: float = Field(ge=0.0, le=1.0)
    yaml: str
    """The Alertmanager configuration fragment it stands for."""
    first_seen: UtcDatetime
    last_seen: UtcDatetime
    updated_at: UtcDatetime
    """Event time of this version."""
    version: int = Field(ge=1)
