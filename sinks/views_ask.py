"""Views that spare people (and the question parser) the store's traps.

``alerts``: one row per alert — a fingerprint's firing from its start — not per notification.
``alert_events`` holds a row per state an alert was reported in (firing, then resolved), so
``count(*)`` there counts notifications, not alerts. Here each ``(workspace_id, fingerprint,
starts_at)`` is one alert: its attributes as it fired, when it ended, whether it is resolved,
and how many notifications told of it. Its state at any time ``T``: firing when
``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``. ``environment_canonical`` is the
environment as change correlation names it (``prod`` is ``production``).

``silences``: one row per Alertmanager silence with the workspace, project, environment and
service its equality matchers pin, read through the identity labels the flow was set up with
(``audit_log`` itself has no such columns: a silence's scope is in its matchers, under
whatever label names their author used), who created it and who expired it, and when.
``silence_scopes`` is the same view under its earlier name: two views of one thing made
people (and gold answers) pick one at random.
"""

from __future__ import annotations

from signalcraft.sinks.columns import View

ALERTS = View(
    "alerts",
    "One row per alert (workspace, fingerprint and start), not per notification: its project, environment, "
    "service, name, severity, labels and annotations as it fired, ends_at (NULL while firing), status (resolved "
    "once a resolve was seen) and notifications. Firing at time T: starts_at <= T AND (ends_at IS NULL OR "
    "ends_at > T). A resolve that carries no start of its own (its start is its end, as PagerDuty Events "
    "resolves) closes the latest alert of its fingerprint that started before it.",
    """
WITH started AS (
SELECT DISTINCT workspace_id, fingerprint, starts_at FROM alert_events WHERE status = 'firing'
), keyed AS (
SELECT * FROM alert_events WHERE status <> 'resolved' OR ends_at IS NULL OR ends_at <> starts_at
UNION ALL
SELECT e.* REPLACE (coalesce(f.starts_at, e.starts_at) AS starts_at)
FROM (SELECT * FROM alert_events WHERE status = 'resolved' AND ends_at = starts_at) AS e
ASOF LEFT JOIN started AS f
    ON e.workspace_id = f.workspace_id AND e.fingerprint = f.fingerprint AND e.starts_at >= f.starts_at
), one AS (
SELECT
    workspace_id,
    fingerprint,
    starts_at,
    arg_min(project, status = 'resolved') AS project,
    arg_min(environment, status = 'resolved') AS environment,
    arg_min(service, status = 'resolved') AS service,
    arg_min(name, status = 'resolved') AS name,
    max(CASE severity WHEN 'critical' THEN 4 WHEN 'error' THEN 3 WHEN 'warning' THEN 2 WHEN 'info' THEN 1 ELSE 0 END)
        AS severity_rank,
    arg_max(severity, CASE severity WHEN 'critical' THEN 4 WHEN 'error' THEN 3 WHEN 'warning' THEN 2
        WHEN 'info' THEN 1 ELSE 0 END) AS severity,
    arg_min(labels, status = 'resolved') AS labels,
    arg_min(annotations, status = 'resolved') AS annotations,
    max(ends_at) FILTER (WHERE status = 'resolved') AS ends_at,
    CASE WHEN bool_or(status = 'resolved') THEN 'resolved' ELSE 'firing' END AS status,
    count(*) AS notifications,
    arg_min(source, status = 'resolved') AS source
FROM keyed
GROUP BY workspace_id, fingerprint, starts_at
)
SELECT one.*, coalesce(ea.canonical, lower(one.environment)) AS environment_canonical
FROM one LEFT JOIN environment_aliases AS ea ON ea.alias = lower(one.environment)
""",
    ("alert_events", "environment_aliases"),
)

SILENCES = View(
    "silences",
    "One row per Alertmanager silence (audit_log rows of one target) at its latest version: the workspace, "
    "project, environment (and its canonical name) and service its equality matchers pin, read through "
    "identity_labels; its matchers, window and state; who created it and when it was first seen; updated_at "
    "and versions (edits seen); who expired it early and when (NULL when it ran its course), expired_early; "
    "its comment.",
    """
WITH latest AS (
    SELECT
        workspace_id,
        target AS silence_id,
        min(timestamp) AS created_at,
        max(coalesce(updated_at, timestamp)) AS updated_at,
        arg_max(starts_at, coalesce(updated_at, timestamp)) AS starts_at,
        arg_max(ends_at, coalesce(updated_at, timestamp)) AS ends_at,
        arg_max(state, coalesce(updated_at, timestamp)) AS state,
        arg_max(matchers, coalesce(updated_at, timestamp)) AS matchers,
        coalesce(arg_min(actor, timestamp) FILTER (WHERE action <> 'unsilence'),
                 arg_max(actor, coalesce(updated_at, timestamp))) AS created_by,
        arg_max(comment, coalesce(updated_at, timestamp)) AS comment,
        count(DISTINCT coalesce(updated_at, timestamp)) AS versions,
        arg_min(actor, timestamp) FILTER (WHERE action = 'unsilence') AS expired_by,
        min(timestamp) FILTER (WHERE action = 'unsilence') AS expired_at,
        bool_or(action = 'unsilence') AS expired_early
    FROM audit_log
    WHERE source = 'alertmanager-silence' AND target IS NOT NULL
    GROUP BY workspace_id, target
),
pinned AS (
    SELECT s.workspace_id, s.silence_id, k.kind, arg_min(m.value, k.rank) AS value
    FROM (SELECT workspace_id, silence_id, unnest(matchers) AS m FROM latest) AS s
    JOIN identity_labels AS k ON k.key = s.m.name
    WHERE s.m.is_equal AND NOT s.m.is_regex
    GROUP BY ALL
)
SELECT
    s.workspace_id,
    s.silence_id,
    max(p.value) FILTER (WHERE p.kind = 'project') AS project,
    max(p.value) FILTER (WHERE p.kind = 'environment') AS environment,
    coalesce(any_value(ea.canonical), lower(max(p.value) FILTER (WHERE p.kind = 'environment')))
        AS environment_canonical,
    max(p.value) FILTER (WHERE p.kind = 'service') AS service,
    any_value(s.matchers) AS matchers,
    any_value(s.starts_at) AS starts_at,
    any_value(s.ends_at) AS ends_at,
    any_value(s.state) AS state,
    any_value(s.created_by) AS created_by,
    any_value(s.created_at) AS created_at,
    any_value(s.updated_at) AS updated_at,
    any_value(s.versions) AS versions,
    any_value(s.expired_by) AS expired_by,
    any_value(s.expired_at) AS expired_at,
    any_value(s.expired_early) AS expired_early,
    any_value(s.comment) AS comment
FROM latest AS s
LEFT JOIN pinned AS p ON p.workspace_id = s.workspace_id AND p.silence_id = s.silence_id
LEFT JOIN environment_aliases AS ea ON p.kind = 'environment' AND ea.alias = lower(p.value)
GROUP BY s.workspace_id, s.silence_id
""",
    ("audit_log", "identity_labels", "environment_aliases"),
)

SILENCE_SCOPES = View(
    "silence_scopes",
    "The same rows and columns as silences (its earlier name, kept for the queries written against it).",
    "SELECT * FROM silences",
    ("audit_log", "identity_labels", "environment_aliases"),
)
