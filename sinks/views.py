"""The views analysts and the incident page read; created when the tables they read exist.

- ``alerts``: one row per alert (fingerprint and start), not per notification
  (:mod:`~signalcraft.sinks.views_ask`).
- ``alerts_firing``: alerts whose latest state is firing.
- ``dlq_summary``: dead letters counted by topic, step and format.
- ``correlation_candidates``: each alert group's current candidate changes (the rows
  of its highest correlation version, withdrawn ones left out), with the group and the
  change spelled out.
- ``incident_suspects``: the suspect change of each alert group, one row per group.
- ``timeline``: alerts per minute per service with the changes of that minute, for
  drawing the changes over the alert chart.
- ``incident_warnings``: the early warnings that came before each alert group, in the
  hour before it opened, with how far ahead.
- ``log_template_current``: every log template id with the id it lives on under now
  (a template whose text changed was replaced; this follows the chain).
- ``log_pattern_counts``: log lines per template per minute.
- ``incident_log_patterns``: per alert group, the log patterns of its project and
  environment that were new or rose in the hour before it opened, ranked.
- ``silences``: one row per Alertmanager silence at its latest version, with the workspace,
  project, environment and service its matchers pin, who created and who expired it, when
  it was first seen and how often it was edited (:mod:`~signalcraft.sinks.views_ask`);
  ``silence_scopes`` is the same view under its earlier name.
- ``deploy_commits``: per deployment that went live with a known revision, the commits it
  shipped since the service's previous live revision, with the compare link.
"""

from __future__ import annotations

from signalcraft.operators.incident_facts import PATTERN_KEPT, PATTERN_RANK, pattern_hits
from signalcraft.sinks.columns import View
from signalcraft.sinks.views_ask import ALERTS, SILENCE_SCOPES, SILENCES

ALERTS_FIRING = View(
    "alerts_firing",
    "Alerts whose latest state (per workspace and fingerprint) is firing.",
    """
SELECT * FROM (
    SELECT * FROM alert_events
    QUALIFY row_number() OVER (
        PARTITION BY workspace_id, fingerprint
        ORDER BY starts_at DESC, status = 'resolved' DESC, ends_at DESC NULLS LAST, id
    ) = 1
)
WHERE status = 'firing'
""",
    ("alert_events",),
)

DLQ_SUMMARY = View(
    "dlq_summary",
    "Dead letters counted by source topic, refusing step and payload format.",
    """
SELECT
    source_topic,
    step,
    format,
    count(*) AS dead_letters,
    min(received_at) AS first_received_at,
    max(received_at) AS last_received_at,
    arg_max(reason, received_at) AS latest_reason
FROM dlq
GROUP BY source_topic, step, format
""",
    ("dlq",),
)

CORRELATION_CANDIDATES = View(
    "correlation_candidates",
    "Each alert group's current candidate changes (its correlations of the highest version that are not "
    "withdrawn; a group whose candidates all left has none), ranked, with the group and the change spelled out.",
    """
SELECT
    c.group_id,
    c.workspace_id,
    g.project,
    g.environment,
    g.service,
    g.group_key,
    g.group_labels,
    g.status AS group_status,
    g.opened_at,
    g.max_severity,
    g.alert_count,
    c.rank,
    c.suspect,
    c.score,
    c.lag_s,
    c.reasons,
    c.requested_at,
    c.live_at,
    c.change_id,
    ch.type AS change_type,
    ch.source AS change_source,
    ch.service AS change_service,
    ch.version AS change_version,
    ch.summary AS change_summary,
    ch.actor AS change_actor,
    ch.timestamp AS changed_at,
    ch.details AS change_details,
    c.version AS correlation_version
FROM correlations AS c
LEFT JOIN alert_groups AS g ON g.id = c.group_id
LEFT JOIN change_events AS ch ON ch.id = c.change_id
QUALIFY c.version = max(c.version) OVER (PARTITION BY c.group_id) AND NOT c.withdrawn
""",
    ("correlations", "alert_groups", "change_events"),
)

INCIDENT_SUSPECTS = View(
    "incident_suspects",
    "The suspect change of each alert group (at most one row per group): what changed, "
    "how long before the first alert, and why.",
    """
SELECT
    group_id, workspace_id, project, environment, service, group_key, group_labels, group_status,
    opened_at, max_severity, alert_count,
    change_id, change_type, change_source, change_service, change_version, change_summary,
    change_actor, changed_at, change_details, requested_at, live_at, lag_s, score, reasons,
    correlation_version
FROM correlation_candidates
WHERE suspect
""",
    ("correlations", "alert_groups", "change_events"),
)

TIMELINE = View(
    "timeline",
    "Per workspace, project, environment, service and minute: alerts that started firing "
    "(all and critical) and the changes made, on one time axis. Minutes with neither are absent.",
    """
WITH alerts AS (
    SELECT workspace_id, project, environment, service,
        time_bucket(INTERVAL '1 minute', starts_at) AS bucket,
        count(*) AS alerts,
        count(*) FILTER (WHERE severity = 'critical') AS critical_alerts
    FROM alert_events
    WHERE status = 'firing'
    GROUP BY ALL
), changes AS (
    SELECT workspace_id, project, environment, service,
        time_bucket(INTERVAL '1 minute', timestamp) AS bucket,
        list({'id': id, 'type': type, 'phase': phase, 'version': version, 'summary': summary, 'at': timestamp}
            ORDER BY timestamp, id) AS changes
    FROM change_events
    GROUP BY ALL
)
SELECT
    workspace_id, project, environment, service, bucket,
    coalesce(alerts.alerts, 0) AS alerts,
    coalesce(alerts.critical_alerts, 0) AS critical_alerts,
    coalesce(changes.changes, []) AS changes
FROM alerts FULL OUTER JOIN changes USING (workspace_id, project, environment, service, bucket)
""",
    ("alert_events", "change_events"),
)

INCIDENT_WARNINGS = View(
    "incident_warnings",
    "Per alert group, the early warnings of its workspace, project and environment that "
    "started in the hour before the group opened (or as it opened), with the lead in minutes.",
    """
SELECT
    g.id AS group_id,
    g.workspace_id,
    g.project,
    g.environment,
    g.service,
    g.group_labels,
    g.opened_at,
    g.max_severity,
    w.id AS warning_id,
    w.labels['alertname'] AS warning_alertname,
    w.labels['service'] AS warning_service,
    coalesce(w.labels['service'] = g.service, false) AS same_service,
    w.metric_key,
    w.annotations['summary'] AS summary,
    w.starts_at AS warned_at,
    w.ends_at AS warning_ended_at,
    round((epoch(g.opened_at) - epoch(w.starts_at)) / 60, 1) AS lead_min,
    w.observed,
    w.expected,
    w.sigma
FROM alert_groups AS g
JOIN warnings AS w
    ON w.workspace_id = g.workspace_id
    AND w.labels['project'] = g.project
    AND w.labels['environment'] = g.environment
    AND w.starts_at BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
""",
    ("alert_groups", "warnings"),
)

LOG_TEMPLATE_CURRENT = View(
    "log_template_current",
    "Every log template id with the id it lives on under now (current_id = id while its text has not "
    "changed) and that template's text; log_events.template_id joins on id.",
    """
WITH RECURSIVE chain(id, current_id, hops) AS (
    SELECT id, id, 0 FROM log_templates WHERE replaced_by IS NULL
    UNION ALL
    SELECT t.id, c.current_id, c.hops + 1
    FROM log_templates AS t
    JOIN chain AS c ON t.replaced_by = c.id
    WHERE c.hops < 64
)
SELECT c.id, c.current_id, c.hops, t.workspace_id, t.service, t.template, t.is_error
FROM chain AS c
JOIN log_templates AS t ON t.id = c.current_id
""",
    ("log_templates",),
)

LOG_PATTERN_COUNTS = View(
    "log_pattern_counts",
    "Log lines per current template per minute, per workspace, project, environment and service.",
    """
SELECT
    e.workspace_id,
    e.project,
    e.environment,
    e.service,
    m.current_id AS template_id,
    m.template,
    time_bucket(INTERVAL 1 MINUTE, e.timestamp) AS minute,
    count(*) AS lines,
    count(*) FILTER (WHERE e.is_error) AS errors
FROM log_events AS e
JOIN log_template_current AS m ON m.id = e.template_id
GROUP BY ALL
""",
    ("log_events", "log_templates"),
)

INCIDENT_LOG_PATTERNS = View(
    "incident_log_patterns",
    "Per alert group, the log patterns of its workspace, project and environment in the hour before it "
    "opened that were first seen in that hour (is_new) or rose to at least twice their hourly rate of the "
    "24 hours before (rise), with counts, first seen and an example line; rank 1 first: errors, then new, "
    "then the steepest rise.",
    """
WITH {HITS}
SELECT
    j.group_id,
    g.workspace_id,
    g.project,
    g.environment,
    g.service AS group_service,
    j.service,
    j.service = g.service AS same_service,
    g.opened_at,
    j.template_id,
    t.template,
    j.lines,
    j.errors,
    round(j.baseline_per_hour, 2) AS baseline_per_hour,
    j.rise,
    j.is_new,
    t.first_seen,
    t.example,
    {RANK}
FROM judged AS j
JOIN alert_groups AS g ON g.id = j.group_id
JOIN log_templates AS t ON t.id = j.template_id
WHERE {KEPT}
""".replace("{HITS}", pattern_hits("alert_groups")).replace("{RANK}", PATTERN_RANK).replace("{KEPT}", PATTERN_KEPT),
    ("alert_groups", "log_events", "log_templates"),
)

DEPLOY_COMMITS = View(
    "deploy_commits",
    "Per deployment that went live with a revision (change_events.identifiers['revision']), the commits it "
    "shipped: those of the same repository after the service's previous live revision, up to its own, with "
    "their messages and files and the compare link.",
    """
WITH live AS (
    SELECT workspace_id, project, environment, service, identifiers['revision'] AS revision,
           min(timestamp) AS live_at, arg_min(id, timestamp) AS change_id
    FROM change_events
    WHERE phase = 'live' AND identifiers['revision'] IS NOT NULL AND type IN ('deployment', 'rollback')
    GROUP BY ALL
),
ordered AS (
    SELECT *, lag(revision) OVER (PARTITION BY workspace_id, environment, service ORDER BY live_at) AS previous
    FROM live
)
SELECT
    o.change_id,
    o.workspace_id,
    o.project,
    o.environment,
    o.service,
    o.live_at,
    o.revision,
    o.previous AS previous_revision,
    head.repository,
    CASE WHEN o.previous IS NOT NULL
         THEN 'https://github.com/' || head.repository || '/compare/' || o.previous || '...' || o.revision END
        AS compare_url,
    c.sha,
    c.message,
    c.author,
    c.timestamp AS committed_at,
    c.added,
    c.modified,
    c.removed
FROM ordered AS o
JOIN commits AS head ON head.workspace_id = o.workspace_id AND starts_with(head.sha, o.revision)
LEFT JOIN commits AS prev ON prev.workspace_id = o.workspace_id AND prev.repository = head.repository
    AND starts_with(prev.sha, o.previous)
JOIN commits AS c ON c.workspace_id = o.workspace_id AND c.repository = head.repository
    AND c.timestamp <= head.timestamp AND c.timestamp > coalesce(prev.timestamp, head.timestamp - INTERVAL 1 SECOND)
""",
    ("change_events", "commits"),
)

VIEWS: tuple[View, ...] = (
    ALERTS, ALERTS_FIRING, DLQ_SUMMARY, CORRELATION_CANDIDATES, INCIDENT_SUSPECTS, TIMELINE, INCIDENT_WARNINGS,
    LOG_TEMPLATE_CURRENT, LOG_PATTERN_COUNTS, INCIDENT_LOG_PATTERNS, SILENCES, SILENCE_SCOPES, DEPLOY_COMMITS,
)
