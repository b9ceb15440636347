"""The fourteenth ask question set: ids u001..u120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; for a refusal the gold is its kind (``not_about_this_data``,
``asks_to_change_data``, ``ungrounded``: names a service, project, person, environment or
cluster the store does not have), otherwise one DuckDB SELECT whose result is compared as a
multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: a staff
engineer preparing a quarterly architecture review, who asks precise, nested questions and
often names the columns wanted ("of the incidents on services that had a deploy that day,
which ..."); a junior SRE in their second week who mixes up terms but whose meaning is clear
from context (incidents are "alert groups" or "the grouped alerts", silences are "mutes",
deploys are "pushes", a rollback "undoing a push"); a FinOps / capacity person who cares about
metrics, log volume and noisy services ("log volume", "samples", "peak", "storage estimate");
and an Alertmanager admin who thinks in routes, receivers, matchers, inhibitions and silence
hygiene ("matchers pinning", "held back", "scheduled ahead", "expired early"). About a third
of the questions, in every category and not only the joins, relate two kinds of records in
time or by scope (alerts, changes, incidents, silences, acks, warnings, log lines and metric
samples), with negations ("no suspect", "no early warning", "not followed by") and counts per
thing.

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this
week", "last week", "since midnight", "the last N minutes/hours" and clock windows mean under
them, things in a window by their own time, alerts from the ``alerts`` view, incidents are
``alert_groups``, changes are their ``phase = 'live'`` reports unless a phase is named,
"deploys" are ``type = 'deployment'``, canonical environments, people by their exact stored
spelling, counts per actor as stored (bots included), silences from the ``silences`` view and
active at T, acks and snoozes from ``audit_log`` matched by a matcher, rounding to one decimal
and durations in minutes, top-N answering ``value, count`` with ties by the value and row
rankings answering every column, joins in time keeping the first kind named with ``EXISTS`` on
service and canonical environment, a silence without an environment covering every
environment, counts per thing as a ``LEFT JOIN`` with zeros, business hours Monday to Friday
09:00-17:00 UTC). This set uses only the tenth's ``now`` values (no new one); a question with
no time phrase is asked at ``NOW_AFTER``. It adds, precisely:

- The junior SRE's words: "pushes" / "pushed" are live ``deployment`` reports; "mutes" (put a
  mute on, mute rules) are silences from ``silences`` (never ``alert_mutes``); "alert groups",
  "the grouped alerts" are incidents (``alert_groups``).
- "what Alertmanager actually held back" is ``alert_mutes``.
- "a silence on the same service" meets an alert through the silence's ``service`` scope (not
  its full matchers), the silence's environment when it pins one; a silence is "in effect"
  from ``starts_at`` until ``ends_at`` or ``expired_at``, whichever is first.
- "a deploy that day" is a live deployment of the same service and canonical environment on
  the incident's UTC date.
- "an ack while the alert was firing": an ``ack`` whose matchers name the alert's
  ``alertname`` and ``service`` and whose ``timestamp`` lies in the alert's span.
- "log volume" / "log lines" count ``log_events`` rows; a metric named by its words ("request
  rate", "p99 latency", "queue depth") is its series by ``name`` (``service:http_requests:rate1m``,
  ``service:http_request_duration_seconds:p99``, ``search_indexer_queue_depth``); a peak or
  highest value "ignoring inf and NaN" keeps the finite samples (spelled
  ``value NOT IN ('NaN'::DOUBLE, 'Infinity'::DOUBLE, '-Infinity'::DOUBLE)``, as the gate
  refuses ``isnan``/``isinf``/``isfinite``).
- The gate does not let a question read ``environment_aliases``; every stored environment of
  this store is already canonical (``production``, ``staging``), so golds meet changes and
  incidents on ``environment`` against ``environment_canonical`` directly.
- A version "tag" is ``coalesce(details['ref'], version)`` as in the tenth set.
- A first name alone ("kenji's mutes", "sade's acks") names the one spelling of that person
  the relation asked about stores (there ``kenji.tanaka@acme.io``, ``sade.okafor@acme.io``).
"""

# the tenth set's "now" values, shared
from benchmarks.ask_questions_tenth import FRI_1200, MON_0900, NOW_AFTER, TUE_1500, TUE_1700, WED_0900

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    (
        "u001",
        "filters",
        "every alert labelled team=iam on the prod-eu-west-1 cluster",
        "SELECT * FROM alerts WHERE labels['team'] = 'iam' AND labels['cluster'] = 'prod-eu-west-1'",
        NOW_AFTER,
    ),
    (
        "u002",
        "filters",
        "sorry if this is obvious, which critical alerts have there been on payments-api?",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "u003",
        "filters",
        "cart-service error logs in production whose message says 'Service Unavailable'",
        "SELECT * FROM log_events WHERE service = 'cart-service' AND environment = 'production' AND is_error "
        "AND body ILIKE '%Service Unavailable%'",
        NOW_AFTER,
    ),
    (
        "u004",
        "filters",
        "For the review deck: name, service and start time of the alerts that reached us through "
        "PagerDuty events rather than Alertmanager.",
        "SELECT name, service, starts_at FROM alerts WHERE source = 'pagerduty-events'",
        NOW_AFTER,
    ),
    (
        "u005",
        "filters",
        "staging alerts with no runbook_url annotation on them - need to chase the rule owners",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND annotations['runbook_url'] IS NULL",
        NOW_AFTER,
    ),
    (
        "u006",
        "filters",
        "hikaricp_connections_pending samples still above 20 after the March 11 payments-api rollback went live",
        "SELECT * FROM metric_points WHERE name = 'hikaricp_connections_pending' AND value > 20 "
        "AND timestamp >= (SELECT max(timestamp) FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        NOW_AFTER,
    ),
    (
        "u007",
        "filters",
        "can I see the push requests for checkout-web? the requested step, not when they went live",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "u008",
        "filters",
        "Incidents in the identity project whose highest severity was critical and that took longer than "
        "45 minutes to resolve.",
        "SELECT * FROM alert_groups WHERE project = 'identity' AND max_severity = 'critical' "
        "AND resolved_at IS NOT NULL AND resolved_at - opened_at > INTERVAL 45 MINUTE",
        NOW_AFTER,
    ),
    (
        "u009",
        "filters",
        "early warnings that were more than 100 sigma out of band",
        "SELECT * FROM warnings WHERE sigma > 100",
        NOW_AFTER,
    ),
    (
        "u010",
        "filters",
        "payments-api log lines whose db.system attribute is postgresql",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND attributes['db.system'] = 'postgresql'",
        NOW_AFTER,
    ),
    (
        "u011",
        "filters",
        "which TokenCacheEvictionsHigh alerts got acked by someone while they were still firing?",
        "SELECT * FROM alerts a WHERE a.name = 'TokenCacheEvictionsHigh' AND EXISTS (SELECT 1 FROM audit_log l "
        "WHERE l.action = 'ack' "
        "AND list_contains([m.name || '=' || m.value FOR m IN l.matchers], 'alertname=' || a.name) "
        "AND list_contains([m.name || '=' || m.value FOR m IN l.matchers], 'service=' || a.service) "
        "AND l.timestamp >= a.starts_at AND (a.ends_at IS NULL OR l.timestamp <= a.ends_at))",
        NOW_AFTER,
    ),
    (
        "u012",
        "filters",
        "Production changes on 11 March made by a human, so leaving out deployment-controller and argocd (automated).",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND actor NOT IN ('deployment-controller', 'argocd (automated)') "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "u013",
        "filters",
        "what did silence e841c2a1-5d15-4199-b0d5-88f55ecd8a44 actually hold back in alertmanager?",
        "SELECT * FROM alert_mutes WHERE list_contains(silenced_by, 'e841c2a1-5d15-4199-b0d5-88f55ecd8a44')",
        NOW_AFTER,
    ),
    (
        "u014",
        "filters",
        "which metric series have at least one NaN sample? just the series keys",
        "SELECT DISTINCT metric_key FROM metric_points WHERE value = 'NaN'::DOUBLE",
        NOW_AFTER,
    ),
    (
        "u015",
        "filters",
        "staging alerts that came in from grafana - just the alert name, when it started and the summary pls",
        "SELECT name, starts_at, annotations['summary'] FROM alerts "
        "WHERE environment_canonical = 'staging' AND source = 'grafana'",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- time
    (
        "u016",
        "time",
        "what fired on search-api in staging today?",
        "SELECT * FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "u017",
        "time",
        "Of yesterday's production incidents, which ones had a deploy of the same service land in the "
        "30 minutes before they opened?",
        "SELECT * FROM alert_groups g WHERE g.environment = 'production' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = g.service "
        "AND c.environment = g.environment "
        "AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at)",
        WED_0900,
    ),
    (
        "u018",
        "time",
        "payments-api log volume per hour today",
        "SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines FROM log_events "
        "WHERE service = 'payments-api' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "GROUP BY 1 ORDER BY lines DESC",
        TUE_1700,
    ),
    (
        "u019",
        "time",
        "any silences created since midnight?",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND created_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "u020",
        "time",
        "what's firing right now?? everything is red",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "u021",
        "time",
        "How many alerts did we get last week, split by severity?",
        "SELECT severity, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "GROUP BY severity ORDER BY alerts DESC",
        FRI_1200,
    ),
    (
        "u022",
        "time",
        "peak reindex queue depth while the nightly-reindex silence of 12 March was in effect",
        "SELECT max(m.value) FROM metric_points m, silences s "
        "WHERE m.name = 'search_indexer_queue_depth' AND s.comment ILIKE '%nightly reindex%' "
        "AND s.starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND s.starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00' "
        "AND m.timestamp >= s.starts_at AND m.timestamp <= least(s.ends_at, coalesce(s.expired_at, s.ends_at))",
        NOW_AFTER,
    ),
    (
        "u023",
        "time",
        "how many of yesterday's pushes were followed by an alert on the same service within 15 min?",
        "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        WED_0900,
    ),
    (
        "u024",
        "time",
        "last week's snoozes: who, when, and for how many minutes",
        "SELECT actor, timestamp, duration_s / 60 AS minutes FROM audit_log WHERE action = 'snooze' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "u025",
        "time",
        "alerts in the checkout project that started between 14:30 and 15:00 today",
        "SELECT * FROM alerts WHERE project = 'checkout' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1700,
    ),
    (
        "u026",
        "time",
        "error log lines per service over the last 6 hours",
        "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-12 03:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "GROUP BY service ORDER BY errors DESC",
        WED_0900,
    ),
    (
        "u027",
        "time",
        "of the alert groups that opened in the last half hour, which ones did NOT have a push to their own "
        "service in the hour before? trying to see how far this spread",
        "SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND g.opened_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = g.service AND c.environment = g.environment "
        "AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)",
        TUE_1500,
    ),
    (
        "u028",
        "time",
        "silences ending in the next 24 hours",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'",
        WED_0900,
    ),
    (
        "u029",
        "time",
        "On March 11, which hour of the day (UTC) saw the most alerts start? Just the top hour and its count.",
        "SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY 1 ORDER BY alerts DESC, hour LIMIT 1",
        NOW_AFTER,
    ),
    (
        "u030",
        "time",
        "average checkout-web request rate in the 30 minutes after the new-checkout-flow flag was switched on",
        "SELECT round(avg(m.value), 1) FROM metric_points m, change_events c "
        "WHERE m.name = 'service:http_requests:rate1m' AND m.labels['service'] = 'checkout-web' "
        "AND c.type = 'flag_change' AND c.phase = 'live' AND c.details['flag_key'] = 'new-checkout-flow' "
        "AND m.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE",
        TUE_1700,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "u031",
        "aggregates",
        "Median time to resolve per service, resolved incidents only, in minutes.",
        "SELECT service, round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes "
        "FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "u032",
        "aggregates",
        "total log lines and error lines per environment",
        "SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS errors "
        "FROM log_events GROUP BY environment",
        NOW_AFTER,
    ),
    (
        "u033",
        "aggregates",
        "how many mutes has kenji put in alertmanager overall?",
        "SELECT count(*) FROM silences WHERE created_by = 'kenji.tanaka@acme.io'",
        NOW_AFTER,
    ),
    (
        "u034",
        "aggregates",
        "what share of alerts arrives through each source (alertmanager, grafana, pagerduty, ...), as a percentage",
        "SELECT source, round(100.0 * count(*) / sum(count(*)) OVER (), 1) AS pct FROM alerts GROUP BY source",
        NOW_AFTER,
    ),
    (
        "u035",
        "aggregates",
        "Average number of alerts per incident, per project.",
        "SELECT project, round(avg(alert_count), 1) AS avg_alerts FROM alert_groups GROUP BY project",
        NOW_AFTER,
    ),
    (
        "u036",
        "aggregates",
        "payments-api p99 latency today: average and max, both rounded to 2 decimals",
        "SELECT round(avg(value), 2), round(max(value), 2) FROM metric_points "
        "WHERE name = 'service:http_request_duration_seconds:p99' AND labels['service'] = 'payments-api' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "u037",
        "aggregates",
        "per service, how many alerts lasted more than half an hour before clearing?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE ends_at IS NOT NULL "
        "AND ends_at - starts_at > INTERVAL 30 MINUTE GROUP BY service ORDER BY alerts DESC",
        NOW_AFTER,
    ),
    (
        "u038",
        "aggregates",
        "average silence length in hours, by who created the silence",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours "
        "FROM silences GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "u039",
        "aggregates",
        "On average, how many minutes before the incident opened did its suspect change take effect? "
        "Break it down by change type.",
        "SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects GROUP BY change_type",
        NOW_AFTER,
    ),
    (
        "u040",
        "aggregates",
        "storage estimate: number of samples we keep per metric name",
        "SELECT name, count(*) AS samples FROM metric_points GROUP BY name ORDER BY samples DESC",
        NOW_AFTER,
    ),
    (
        "u041",
        "aggregates",
        "how many alert groups are still open (not resolved)?",
        "SELECT count(*) FROM alert_groups WHERE resolved_at IS NULL",
        NOW_AFTER,
    ),
    (
        "u042",
        "aggregates",
        "average number of matchers per silence",
        "SELECT round(avg(len(matchers)), 1) FROM silences",
        NOW_AFTER,
    ),
    (
        "u043",
        "aggregates",
        "What percentage of incidents ended up with a suspect change?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1) "
        "FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "u044",
        "aggregates",
        "how many error log lines did payments-api in production emit while the March 11 "
        "PaymentsAPIErrorBudgetBurn incident was open?",
        "SELECT count(*) FROM log_events l, alert_groups g "
        "WHERE g.service = 'payments-api' AND g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND l.service = 'payments-api' AND l.environment = 'production' AND l.is_error "
        "AND l.timestamp BETWEEN g.opened_at AND g.resolved_at",
        NOW_AFTER,
    ),
    (
        "u045",
        "aggregates",
        "how many different actors have pushed to production? bots count too",
        "SELECT count(DISTINCT actor) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production'",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "u046",
        "top_n",
        "top 3 noisiest services by number of alerts",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "u047",
        "top_n",
        "which 5 services produce the most log lines?",
        "SELECT service, count(*) AS lines FROM log_events GROUP BY service ORDER BY lines DESC, service LIMIT 5",
        NOW_AFTER,
    ),
    (
        "u048",
        "top_n",
        "Which three services had the most alerts starting within 15 minutes after a deploy of the same service?",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "u049",
        "top_n",
        "The 3 longest incidents, with all their details.",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "u050",
        "top_n",
        "which alert fires the most? just the top one",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "u051",
        "top_n",
        "top 5 payments-api log patterns by error count",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
        "GROUP BY template ORDER BY errors DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "u052",
        "top_n",
        "top 3 alertnames by number of notifications sent (firing and resolved both count)",
        "SELECT name, count(*) AS notifications FROM alert_events GROUP BY name "
        "ORDER BY notifications DESC, name LIMIT 3",
        NOW_AFTER,
    ),
    (
        "u053",
        "top_n",
        "The five highest-scoring suspect changes, every column.",
        "SELECT * FROM incident_suspects ORDER BY score DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "u054",
        "top_n",
        "who pushes the most? top 3 (bots count too)",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3",
        NOW_AFTER,
    ),
    (
        "u055",
        "top_n",
        "which metric hit the single highest value, ignoring inf and NaN? the name and that value",
        "SELECT name, max(value) AS peak FROM metric_points "
        "WHERE value NOT IN ('NaN'::DOUBLE, 'Infinity'::DOUBLE, '-Infinity'::DOUBLE) GROUP BY name "
        "ORDER BY peak DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "u056",
        "top_n",
        "the 2 longest silences we've had",
        "SELECT * FROM silences ORDER BY ends_at - starts_at DESC LIMIT 2",
        NOW_AFTER,
    ),
    (
        "u057",
        "top_n",
        "which project gets the most alerts in staging?",
        "SELECT project, count(*) AS alerts FROM alerts WHERE environment_canonical = 'staging' "
        "GROUP BY project ORDER BY alerts DESC, project LIMIT 1",
        NOW_AFTER,
    ),
    (
        "u058",
        "top_n",
        "Noisiest log patterns on March 11: top 5 by line count, with the service, the pattern and the lines.",
        "SELECT service, template, sum(lines) AS lines FROM log_pattern_counts "
        "WHERE minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY service, template_id, template ORDER BY lines DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "u059",
        "top_n",
        "which alerts took the longest to clear? top 3",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "u060",
        "top_n",
        "bottom 3 services by alert count",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts, service LIMIT 3",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "u061",
        "changes",
        "what version of payments-api is running in prod right now?",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "u062",
        "changes",
        "Who made the changes that were blamed for incidents?",
        "SELECT DISTINCT actor FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "u063",
        "changes",
        "config updates: the service, which key changed, and the old and new value",
        "SELECT service, details['key'], details['old'], details['new'] FROM change_events "
        "WHERE type = 'config_update' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "u064",
        "changes",
        "flag changes in production for the search project",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production' "
        "AND project = 'search'",
        NOW_AFTER,
    ),
    (
        "u065",
        "changes",
        "which pushes got undone by a rollback of the same service within the hour?",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND r.service = d.service AND r.environment = d.environment "
        "AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "u066",
        "changes",
        "Which auth-api versions went out to staging? Each version once.",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "u067",
        "changes",
        "how many scaling events did kubernetes report per service?",
        "SELECT service, count(*) AS scale_events FROM change_events WHERE type = 'scale' AND phase = 'live' "
        "GROUP BY service ORDER BY scale_events DESC",
        NOW_AFTER,
    ),
    (
        "u068",
        "changes",
        "who toggled feature flags on March 11, and how many times each",
        "SELECT actor, count(*) AS toggles FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY actor ORDER BY toggles DESC",
        NOW_AFTER,
    ),
    (
        "u069",
        "changes",
        "when was the last push to user-profile in prod? just the time",
        "SELECT max(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'user-profile' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "u070",
        "changes",
        "Deployments on 11 March that were followed by a critical alert on the same service within 3 hours.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.severity = 'critical' "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 3 HOUR)",
        NOW_AFTER,
    ),
    (
        "u071",
        "changes",
        "releases we've published: service, version and who published it",
        "SELECT service, version, actor FROM change_events WHERE type = 'release' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "u072",
        "changes",
        "changes by lucie.novak@acme.io that ended up as the suspect of an incident",
        "SELECT * FROM change_events WHERE actor = 'lucie.novak@acme.io' "
        "AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "u073",
        "changes",
        "Which services got their first ever deploy on March 11, i.e. deployed that day and never before?",
        "SELECT DISTINCT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND service NOT IN (SELECT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp < TIMESTAMPTZ '2025-03-11 00:00:00+00')",
        NOW_AFTER,
    ),
    (
        "u074",
        "changes",
        "For each service, its last production deploy: service, version tag (the version when there is no tag) "
        "and when it went live.",
        "SELECT service, arg_max(coalesce(details['ref'], version), timestamp), max(timestamp) FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' GROUP BY service",
        NOW_AFTER,
    ),
    (
        "u075",
        "changes",
        "how many changes of each type happened in staging",
        "SELECT type, count(*) AS changes FROM change_events WHERE phase = 'live' AND environment = 'staging' "
        "GROUP BY type ORDER BY changes DESC",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "u076",
        "silences",
        "which silences are in effect right now?",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "u077",
        "silences",
        "silences that were expired early: the silence id, its comment and who expired it",
        "SELECT silence_id, comment, expired_by FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "u078",
        "silences",
        "who has put mutes on the indexer?",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "u079",
        "silences",
        "silences with an alertname matcher in them",
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'alertname')) > 0",
        NOW_AFTER,
    ),
    (
        "u080",
        "silences",
        "Silences whose matchers don't pin any environment.",
        "SELECT * FROM silences WHERE environment IS NULL",
        NOW_AFTER,
    ),
    (
        "u081",
        "silences",
        "silences that were scheduled ahead, i.e. created before they took effect",
        "SELECT * FROM silences WHERE starts_at > created_at",
        NOW_AFTER,
    ),
    (
        "u082",
        "silences",
        "mutes with 'reindex' in the comment",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        NOW_AFTER,
    ),
    (
        "u083",
        "silences",
        "which silences were edited or changed state after creation (more than one version)?",
        "SELECT * FROM silences WHERE versions > 1",
        NOW_AFTER,
    ),
    (
        "u084",
        "silences",
        "Which indexer alerts started while a silence on the same service was in effect?",
        "SELECT * FROM alerts a WHERE a.service = 'indexer' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.starts_at <= a.starts_at AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOW_AFTER,
    ),
    (
        "u085",
        "silences",
        "number of silences per service (leave out the ones not scoped to a service)",
        "SELECT service, count(*) AS silences FROM silences WHERE service IS NOT NULL GROUP BY service "
        "ORDER BY silences DESC",
        NOW_AFTER,
    ),
    (
        "u086",
        "silences",
        "silences created outside business hours",
        "SELECT * FROM silences WHERE NOT (dayname(created_at) NOT IN ('Saturday', 'Sunday') "
        "AND hour(created_at) BETWEEN 9 AND 16)",
        NOW_AFTER,
    ),
    (
        "u087",
        "silences",
        "how many of sade's acks came more than 3 minutes after the alert she acked started firing?",
        "SELECT count(*) FROM audit_log l WHERE l.action = 'ack' AND l.actor = 'sade.okafor@acme.io' "
        "AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE list_contains([m.name || '=' || m.value FOR m IN l.matchers], 'alertname=' || a.name) "
        "AND list_contains([m.name || '=' || m.value FOR m IN l.matchers], 'service=' || a.service) "
        "AND l.timestamp >= a.starts_at AND (a.ends_at IS NULL OR l.timestamp <= a.ends_at) "
        "AND l.timestamp > a.starts_at + INTERVAL 3 MINUTE)",
        NOW_AFTER,
    ),
    (
        "u088",
        "silences",
        "Silences created while an incident on the same service was open.",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "u089",
        "silences",
        "what did alertmanager actually hold back? alert name, when it started and the silence ids",
        "SELECT name, starts_at, silenced_by FROM alert_mutes",
        NOW_AFTER,
    ),
    (
        "u090",
        "silences",
        "any suggested inhibit rules?",
        "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "u091",
        "joins",
        "Each incident with its suspect change: opened_at, service, the change's service, change type, "
        "who made it and how many minutes before the incident it landed (one decimal).",
        "SELECT opened_at, service, change_service, change_type, change_actor, round(lag_s / 60, 1) "
        "FROM incident_suspects",
        NOW_AFTER,
    ),
    (
        "u092",
        "joins",
        "alerts that went off within 15 min after a push to the same service",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "u093",
        "joins",
        "For every production deploy on 11 March: the service, the deploy time and how many alerts started "
        "on that service within 30 minutes after it (zero included).",
        "SELECT c.service, c.timestamp, count(a.starts_at) FROM change_events c LEFT JOIN alerts a "
        "ON a.service = c.service AND a.environment_canonical = 'production' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY c.id, c.service, c.timestamp",
        NOW_AFTER,
    ),
    (
        "u094",
        "joins",
        "alerts that were firing at some point while a silence on their service was in effect",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.starts_at <= coalesce(a.ends_at, TIMESTAMPTZ '9999-12-31 00:00:00+00') "
        "AND a.starts_at <= least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOW_AFTER,
    ),
    (
        "u095",
        "joins",
        "incidents on March 11 that had no early warning",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND id NOT IN (SELECT group_id FROM incident_warnings)",
        NOW_AFTER,
    ),
    (
        "u096",
        "joins",
        "how many pushes had no alerts at all on that service in the 15 min afterwards?",
        "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "u097",
        "joins",
        "Of the incidents on services that had a deploy to the same environment that day, which ones have "
        "no suspect change?",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = g.service "
        "AND c.environment = g.environment "
        "AND CAST(c.timestamp AT TIME ZONE 'UTC' AS DATE) = CAST(g.opened_at AT TIME ZONE 'UTC' AS DATE)) "
        "AND g.id NOT IN (SELECT group_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "u098",
        "joins",
        "silences created within an hour after an alert fired on the same service",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "u099",
        "joins",
        "payments-api prod log lines in the 10 minutes after the v2.14.0 deploy went live, counted per severity",
        "SELECT l.severity_text, count(*) AS lines FROM log_events l, change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api' "
        "AND c.environment = 'production' AND c.details['ref'] = 'v2.14.0' "
        "AND l.service = 'payments-api' AND l.environment = 'production' "
        "AND l.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE "
        "GROUP BY l.severity_text ORDER BY lines DESC",
        NOW_AFTER,
    ),
    (
        "u100",
        "joins",
        "Who deployed in the 15 minutes before an incident opened on the same service? Each person once.",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service "
        "AND g.environment = c.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "u101",
        "joins",
        "for each alert group in the checkout project yesterday, how many pushes hit that service in the "
        "2 hours before it opened? group id, service and the count",
        "SELECT g.id, g.service, count(c.id) FROM alert_groups g LEFT JOIN change_events c "
        "ON c.type = 'deployment' AND c.phase = 'live' AND c.service = g.service "
        "AND c.environment = g.environment "
        "AND c.timestamp BETWEEN g.opened_at - INTERVAL 2 HOUR AND g.opened_at "
        "WHERE g.project = 'checkout' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY g.id, g.service",
        WED_0900,
    ),
    (
        "u102",
        "joins",
        "early warnings before each payments-api incident",
        "SELECT * FROM incident_warnings WHERE service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "u103",
        "joins",
        "for each flag change: its summary, when it happened, and how many alerts fired on that service "
        "in the hour after (0 if none)",
        "SELECT c.summary, c.timestamp, count(a.starts_at) FROM change_events c LEFT JOIN alerts a "
        "ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE "
        "WHERE c.type = 'flag_change' AND c.phase = 'live' GROUP BY c.id, c.summary, c.timestamp",
        NOW_AFTER,
    ),
    (
        "u104",
        "joins",
        "Resolved incidents with how they were fixed: service, opened_at, root cause, fix and who resolved them.",
        "SELECT g.service, g.opened_at, r.root_cause, r.fix, r.resolved_by FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id",
        NOW_AFTER,
    ),
    (
        "u105",
        "joins",
        "which services got paged within 10 min after a push?",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "u106",
        "refusals",
        "what did the prod-eu-west-1 cluster cost us on AWS last month?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "u107",
        "refusals",
        "how do I add a Slack receiver to alertmanager.yml with a route for team=iam?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "u108",
        "refusals",
        "Explain the difference between group_wait and group_interval, in general terms.",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "u109",
        "refusals",
        "write a short haiku about being on call",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "u110",
        "refusals",
        "what's the EUR to USD exchange rate today? need it for the cost report",
        "not_about_this_data",
        TUE_1700,
    ),
    (
        "u111",
        "refusals",
        "expire the token-service staging silence, the fix is merged",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "u112",
        "refusals",
        "please create a mute for DiskSpaceLow on indexer for the next 2 hours",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "u113",
        "refusals",
        "delete all the dead letters older than a week, they're just noise",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "u114",
        "refusals",
        "Mark the checkout-web 503 incident as resolved and set its root cause to the payments-api deploy.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "u115",
        "refusals",
        "rename the service label kube-state-metrics to platform-monitoring on all stored alerts",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "u116",
        "refusals",
        "alerts for billing-service this week",
        "ungrounded",
        WED_0900,
    ),
    (
        "u117",
        "refusals",
        "how many pushes did priya do to payments-api?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "u118",
        "refusals",
        "Log volume for the marketplace project per day.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "u119",
        "refusals",
        "silences on the prod-us-east-1 cluster",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "u120",
        "refusals",
        "critical alerts in the perf-test environment",
        "ungrounded",
        NOW_AFTER,
    ),
]
