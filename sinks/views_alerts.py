"""The ``alerts`` view: one row per alert — a fingerprint's firing from its start — not per notification.

``alert_events`` holds a row per state an alert was reported in (firing, then resolved), so
``count(*)`` there counts notifications, not alerts. Here each ``(workspace_id, fingerprint,
starts_at)`` is one alert: its attributes as it fired, when it ended, whether it is resolved,
and how many notifications told of it. Its state at any time ``T``: firing when
``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``.
"""

from __future__ import annotations

from signalcraft.sinks.columns import View

ALERTS = View(
    "alerts",
    "One row per alert (workspace, fingerprint and start), not per notification: its project, environment, "
    "service, name, severity, labels and annotations as it fired, ends_at (NULL while firing), status (resolved "
    "once a resolve was seen) and notifications. Firing at time T: starts_at <= T AND (ends_at IS NULL OR "
    "ends_at > T).",
    """
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
FROM alert_events
GROUP BY workspace_id, fingerprint, starts_at
""",
    ("alert_events",),
)
