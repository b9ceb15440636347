"""The fourth ask question set: 200 questions with gold SQL, ids g001 to g200.

Written by an author who had not seen the parser, from the feature's issue (its needs), the
schema in docs/store.md, the values in the demo store, and the answer-shape conventions of the
feature (the documented shape of each kind of answer). 25 questions in each category: filters,
time, aggregates, top_n, changes, silences, joins, refusals. Each row is
`(id, category, question, gold, now)`; for a refusal the gold is the refusal kind
(`not_about_this_data`, `asks_to_change_data` or `ungrounded`), otherwise one DuckDB SELECT
whose result is compared with the predicted one's as a multiset of rows (column order and count
matter, column names do not).

Answer shapes (the feature's documented conventions, followed throughout): "who ..." gives the
distinct people, "who ... the most" (person, count) top-N; "which services/versions/alert
names ..." the distinct values of that column; "how many ..." one count; a list or a bare noun
phrase `SELECT *` of the relation that holds the thing; a breakdown (value, count); per day or
hour (bucket, count); top-N (value, count) by count descending with LIMIT N; "latest N"
`SELECT *` by time descending with LIMIT N. Alerts come from the `alerts` view (one row per
alert), deployments and rollbacks once each (`phase = 'live'`), silences from `silences` /
`silence_scopes`, snoozes and acks from `audit_log`, incidents from `alert_groups`; joins match
service and environment with windows inclusive at both ends and return `SELECT DISTINCT` of the
thing asked about.

Conventions used where those leave a choice open:

Time. Every time is UTC and every relative phrase is read against the row's `now`; the gold
spells each bound as a TIMESTAMPTZ literal.
- Windows that end at the present ("last 3 hours", "last 24h", "past 7 days", "in the past 30
  min", "today", "this week", "since monday", "since 2pm") run from their start to `now`,
  both ends included. "today" starts at 00:00 of now's day; "this week" and "since monday"
  start on Monday 00:00 of now's (ISO) week.
- Calendar periods ("yesterday", "on March 3rd", "on the 11th", "in february", "last week"
  = the previous Monday-to-Monday week, "between 2 and 4 pm today", "after 6pm yesterday",
  "before 9am today") are half-open: start included, end excluded.
- A thing is in a window by its own time: alerts by `starts_at` (the `alerts` view), changes
  and audit actions and logs by `timestamp`, silences by `created_at`, incidents
  (`alert_groups`) by `opened_at`, early warnings by `starts_at`.
- "firing at T" / "still firing (now)": the `alerts` view's rule, `starts_at <= T AND (ends_at
  IS NULL OR ends_at > T)`. A silence is active at T when `starts_at <= T AND ends_at > T` on
  the `silences` view (its latest version, so an early expiry counts), not by its `state`
  column, which is the tool's state when last seen. "expiring in the next N hours": active now
  and `ends_at <= now + N hours`.
- Per-day / per-hour: `time_bucket(INTERVAL 1 DAY|HOUR, <time>)` (UTC buckets).

Words to values.
- "high-latency" / "latency" alerts: `name ILIKE '%latency%'`; "p99": `name ILIKE '%p99%'`;
  "OOM", "crashloop", "heartbeat": the same on those words; "5xx ratio alert":
  HTTP5xxRatioHigh; "low disk space": DiskSpaceLow; "k8s node not ready": KubeNodeNotReady.
  "payments" / "the payments service": payments-api.
- Environments through `alerts.environment_canonical` / `silence_scopes.environment_canonical`
  (prod, prd, production; stg, stage, staging); `change_events.environment` and
  `log_events.environment` already hold the canonical names in this store.
- Labels: "team X" is `labels['team']`, "cluster X" `labels['cluster']`, "namespace X"
  `labels['namespace']`; a node named by its short host name matches `labels['node']` by prefix.
- "error logs": `log_events.is_error`. "early warnings": the `warnings` table, their service is
  `labels['service']`. "dead letters": `dlq`.

Changes. "changes" are `change_events` rows with `phase = 'live'` (every type, deployments and
rollbacks once each); "deploys" are `type = 'deployment'` only (rollbacks and releases are
asked for by name); a question about a phase ("in progress", "requested") takes that phase.
People are the `actor` strings as stored: handles of one person in two tools (e.g. `dpatel`,
`dev.patel@acme.io`) are not merged, so questions name the handle. A flag is named by
`details['flag_key']`, a config key by `details['key']`.

Silences, snoozes, acks. A question that filters a silence only by its own columns (author,
comment, times, matchers) reads `silences`; one that filters by project, environment or service,
or asks who expired one, reads `silence_scopes`. An alert name is matched through the matchers
(`list_filter(matchers, m -> m.name = 'alertname' AND m.value = ...)`), for silences, snoozes
and acks alike. "latest/last N silences" are ordered by `created_at`.

Incidents. "incidents with their suspect change": the `incident_suspects` rows; "incidents
whose suspect ..." / "incidents blamed on ...": the `alert_groups` rows; "the suspect change /
the deploys that caused incidents / who made them": the `change_events` rows (or their actors).
"(which) warnings before the X incidents": the `warnings` rows named by `incident_warnings`;
"incidents with the warnings": the `incident_warnings` rows; log patterns before incidents: the
`incident_log_patterns` rows, the incident's service being `group_service`.

Joins. Alerts near a change match on service and environment, windows inclusive at both ends;
"in the half hour before a rollback" is `[rollback - 30 min, rollback]`. "how many alerts ...
after a deploy" counts the distinct alerts.

Top-N. "who/which ... the most" without a number is the top 1. N was chosen in each question so
that the Nth and the (N+1)th counts differ (no ties at the cut); likewise "latest N" questions
avoid two rows at the same instant.
"""

ROWS: list[tuple[str, str, str, str, str]] = [
    (
        "g001",
        "filters",
        "Show me all high-latency alerts from the last 24h related to the payments service",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND name ILIKE '%latency%' AND starts_at >= "
        "TIMESTAMPTZ '2025-03-10 16:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g002",
        "filters",
        "critical alerts for payments-api",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g003",
        "filters",
        "which services had the 5xx ratio alert go off in prod?",
        "SELECT DISTINCT service FROM alerts WHERE name = 'HTTP5xxRatioHigh' AND environment_canonical = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g004",
        "filters",
        "stg alerts for auth-api",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g005",
        "filters",
        "list warning-severity alerts owned by team iam",
        "SELECT * FROM alerts WHERE labels['team'] = 'iam' AND severity = 'warning'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g006",
        "filters",
        "search-api alerts on cluster staging-eu-west-1",
        "SELECT * FROM alerts WHERE service = 'search-api' AND labels['cluster'] = 'staging-eu-west-1'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g007",
        "filters",
        "what alert names has token-service fired?",
        "SELECT DISTINCT name FROM alerts WHERE service = 'token-service'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g008",
        "filters",
        "critical stuff that came in through pagerduty",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events' AND severity = 'critical'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g009",
        "filters",
        "grafana alerts in staging",
        "SELECT * FROM alerts WHERE source = 'grafana' AND environment_canonical = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g010",
        "filters",
        "alerts from the monitoring namespace",
        "SELECT * FROM alerts WHERE labels['namespace'] = 'monitoring'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g011",
        "filters",
        "k8s node not ready alerts in prod",
        "SELECT * FROM alerts WHERE name = 'KubeNodeNotReady' AND environment_canonical = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g012",
        "filters",
        "OOM killed alerts in the search project",
        "SELECT * FROM alerts WHERE project = 'search' AND name ILIKE '%oom%'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g013",
        "filters",
        "crashlooping pods in stage - which services?",
        "SELECT DISTINCT service FROM alerts WHERE name ILIKE '%crashloop%' AND environment_canonical = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g014",
        "filters",
        "which services in the identity project had critical alerts",
        "SELECT DISTINCT service FROM alerts WHERE project = 'identity' AND severity = 'critical'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g015",
        "filters",
        "error budget burn alerts for payments in production",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND name = 'PaymentsAPIErrorBudgetBurn' AND "
        "environment_canonical = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g016",
        "filters",
        "config updates made in prod",
        "SELECT * FROM change_events WHERE type = 'config_update' AND environment = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g017",
        "filters",
        "flag changes in the checkout project",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND project = 'checkout'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g018",
        "filters",
        "error logs from payments-api in staging",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'staging' AND is_error",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g019",
        "filters",
        "early warnings raised for checkout-web",
        "SELECT * FROM warnings WHERE labels['service'] = 'checkout-web'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g020",
        "filters",
        "resolved alerts for query-sugest",
        "SELECT * FROM alerts WHERE service = 'query-suggest' AND status = 'resolved'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g021",
        "filters",
        "team=discovery critcal alerts in prd",
        "SELECT * FROM alerts WHERE labels['team'] = 'discovery' AND severity = 'critical' AND "
        "environment_canonical = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g022",
        "filters",
        "alerts on node ip-10-42-28-16",
        "SELECT * FROM alerts WHERE labels['node'] LIKE 'ip-10-42-28-16%'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g023",
        "filters",
        "heartbeat missing alerts for query-suggest",
        "SELECT * FROM alerts WHERE service = 'query-suggest' AND name ILIKE '%heartbeat%'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g024",
        "filters",
        "low disk space alerts on the indexer in production",
        "SELECT * FROM alerts WHERE service = 'indexer' AND name = 'DiskSpaceLow' AND environment_canonical = "
        "'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g025",
        "filters",
        "payments-api alerts that were warning or worse, excluding the critical ones",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity IN ('warning', 'error')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g026",
        "time",
        "alerts in the last 3 hours",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 13:00:00+00' AND starts_at <= "
        "TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g027",
        "time",
        "what fired yesterday in staging?",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND starts_at >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g028",
        "time",
        "critical alerts since monday",
        "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ "
        "'2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g029",
        "time",
        "alerts on March 3rd",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-04 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g030",
        "time",
        "alerts between 2 and 4 pm today",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T18:00:00+00:00",
    ),
    (
        "g031",
        "time",
        "depoys in the last 24h",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND timestamp >= "
        "TIMESTAMPTZ '2025-03-10 16:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g032",
        "time",
        "what started firing in the past 30 min",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at <= "
        "TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        "2025-03-11T15:00:00+00:00",
    ),
    (
        "g033",
        "time",
        "early warnings from the last 2 hours",
        "SELECT * FROM warnings WHERE starts_at >= TIMESTAMPTZ '2025-03-11 13:00:00+00' AND starts_at <= "
        "TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        "2025-03-11T15:00:00+00:00",
    ),
    (
        "g034",
        "time",
        "alerts last week",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g035",
        "time",
        "all alerts in february for identity",
        "SELECT * FROM alerts WHERE project = 'identity' AND starts_at >= TIMESTAMPTZ "
        "'2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g036",
        "time",
        "search-api alerst over the past 7 days",
        "SELECT * FROM alerts WHERE service = 'search-api' AND starts_at >= TIMESTAMPTZ "
        "'2025-03-05 08:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g037",
        "time",
        "checkout-web error logs in the last hour",
        "SELECT * FROM log_events WHERE service = 'checkout-web' AND is_error AND timestamp >= TIMESTAMPTZ "
        "'2025-03-11 14:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        "2025-03-11T15:00:00+00:00",
    ),
    (
        "g038",
        "time",
        "alerts that started before 9am today",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-11 09:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g039",
        "time",
        "anything fire after 6pm yesterday?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g040",
        "time",
        "prod alerts since 2pm",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' AND starts_at >= TIMESTAMPTZ "
        "'2025-03-11 14:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g041",
        "time",
        "deployments on feb 5",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND timestamp >= "
        "TIMESTAMPTZ '2025-02-05 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-02-06 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g042",
        "time",
        "rollbacks in the past 48 hours",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND timestamp >= TIMESTAMPTZ "
        "'2025-03-10 08:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g043",
        "time",
        "alerts today",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at <= "
        "TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        "2025-03-12T06:00:00+00:00",
    ),
    (
        "g044",
        "time",
        "flag flips this week",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND timestamp >= TIMESTAMPTZ "
        "'2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g045",
        "time",
        "what alerted between midnight and 6am on the 12th",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g046",
        "time",
        "p99 alerts in stg, last 12h",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND name ILIKE '%p99%' AND starts_at >= "
        "TIMESTAMPTZ '2025-03-11 06:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 18:00:00+00'",
        "2025-03-11T18:00:00+00:00",
    ),
    (
        "g047",
        "time",
        "config changes yesterday",
        "SELECT * FROM change_events WHERE type = 'config_update' AND timestamp >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g048",
        "time",
        "which alerts were firing at 3pm yesterday",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' AND (ends_at IS NULL OR "
        "ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g049",
        "time",
        "whats still firing right now",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00' AND (ends_at IS NULL OR "
        "ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')",
        "2025-03-11T14:50:00+00:00",
    ),
    (
        "g050",
        "time",
        "incidents opened in the last 90 minutes",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 13:30:00+00' AND opened_at <= "
        "TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        "2025-03-11T15:00:00+00:00",
    ),
    (
        "g051",
        "aggregates",
        "how many alerts yesteday?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < "
        "TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g052",
        "aggregates",
        "number of critical alerts in prod",
        "SELECT count(*) FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g053",
        "aggregates",
        "alerts per svc",
        "SELECT service, count(*) FROM alerts GROUP BY service",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g054",
        "aggregates",
        "breakdown of alerts by severity over the last 24h",
        "SELECT severity, count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 08:00:00+00' AND "
        "starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00' GROUP BY severity",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g055",
        "aggregates",
        "alerts per day this week",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) FROM alerts WHERE starts_at >= "
        "TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00' GROUP BY "
        "day",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g056",
        "aggregates",
        "hourly count of search-api alerts yesterday",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) FROM alerts WHERE service = "
        "'search-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ "
        "'2025-03-12 00:00:00+00' GROUP BY hour",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g057",
        "aggregates",
        "how many deploys went to prodution yesterday",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = "
        "'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ "
        "'2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g058",
        "aggregates",
        "count of error log lines per service yesterday",
        "SELECT service, count(*) FROM log_events WHERE is_error AND timestamp >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY service",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g059",
        "aggregates",
        "how many different services alerted in staging",
        "SELECT count(DISTINCT service) FROM alerts WHERE environment_canonical = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g060",
        "aggregates",
        "how many incidents were opened yesterday",
        "SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
        "opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g061",
        "aggregates",
        "changes by type in the last 24 hours",
        "SELECT type, count(*) FROM change_events WHERE phase = 'live' AND timestamp >= TIMESTAMPTZ "
        "'2025-03-10 16:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY type",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g062",
        "aggregates",
        "flag changes per project",
        "SELECT project, count(*) FROM change_events WHERE type = 'flag_change' GROUP BY project",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g063",
        "aggregates",
        "alert count per environment",
        "SELECT environment_canonical, count(*) FROM alerts GROUP BY environment_canonical",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g064",
        "aggregates",
        "how many alerts are still firing?",
        "SELECT count(*) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00' AND (ends_at IS "
        "NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g065",
        "aggregates",
        "how many payments-api alerts resolved on the 11th",
        "SELECT count(*) FROM alerts WHERE service = 'payments-api' AND status = 'resolved' AND starts_at >= "
        "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g066",
        "aggregates",
        "indexer alerts per day in march",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) FROM alerts WHERE service = 'indexer' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at < TIMESTAMPTZ "
        "'2025-04-01 00:00:00+00' GROUP BY day",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g067",
        "aggregates",
        "early warnings per service",
        "SELECT labels['service'] AS service, count(*) FROM warnings GROUP BY service",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g068",
        "aggregates",
        "payments-api error logs per hour between 2 and 4pm",
        "SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) FROM log_events WHERE service = "
        "'payments-api' AND is_error AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND timestamp < "
        "TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY hour",
        "2025-03-11T18:00:00+00:00",
    ),
    (
        "g069",
        "aggregates",
        "how many times did dpatel deploy",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g070",
        "aggregates",
        "alerts by team",
        "SELECT labels['team'] AS team, count(*) FROM alerts GROUP BY team",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g071",
        "aggregates",
        "staging search-api alerts, count per alert name",
        "SELECT name, count(*) FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging' "
        "GROUP BY name",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g072",
        "aggregates",
        "deploys per day this week",
        "SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) FROM change_events WHERE type = "
        "'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp "
        "<= TIMESTAMPTZ '2025-03-12 08:00:00+00' GROUP BY day",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g073",
        "aggregates",
        "how many HighLatencyP99 alerts have there been? alerts, not notifications",
        "SELECT count(*) FROM alerts WHERE name = 'HighLatencyP99'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g074",
        "aggregates",
        "how many dead letters are there per topic",
        "SELECT source_topic, count(*) FROM dlq GROUP BY source_topic",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g075",
        "aggregates",
        "number of incidents per project",
        "SELECT project, count(*) FROM alert_groups GROUP BY project",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g076",
        "top_n",
        "top 4 noisiest alert names",
        "SELECT name, count(*) AS n FROM alerts GROUP BY name ORDER BY n DESC LIMIT 4",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g077",
        "top_n",
        "top 3 services by alert count yesterday",
        "SELECT service, count(*) AS n FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY service ORDER BY n DESC LIMIT 3",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g078",
        "top_n",
        "latest 5 deploys",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' ORDER BY timestamp DESC LIMIT 5",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g079",
        "top_n",
        "3 most recent alerts for search-api",
        "SELECT * FROM alerts WHERE service = 'search-api' ORDER BY starts_at DESC LIMIT 3",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g080",
        "top_n",
        "who deployed the most?",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'deployment' AND phase = 'live' GROUP BY "
        "actor ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g081",
        "top_n",
        "which service had the most critical alerts",
        "SELECT service, count(*) AS n FROM alerts WHERE severity = 'critical' GROUP BY service ORDER BY n "
        "DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g082",
        "top_n",
        "top 2 services by error logs yesterday",
        "SELECT service, count(*) AS n FROM log_events WHERE is_error AND timestamp >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY service ORDER "
        "BY n DESC LIMIT 2",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g083",
        "top_n",
        "last 3 silences",
        "SELECT * FROM silences ORDER BY created_at DESC LIMIT 3",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g084",
        "top_n",
        "5 most recent snoozes",
        "SELECT * FROM audit_log WHERE action = 'snooze' ORDER BY timestamp DESC LIMIT 5",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g085",
        "top_n",
        "top 2 projects by number of alerts this week",
        "SELECT project, count(*) AS n FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00' GROUP BY project ORDER BY n DESC LIMIT 2",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g086",
        "top_n",
        "busiest hour for alerts yesterday",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS n FROM alerts WHERE starts_at >= "
        "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY "
        "hour ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g087",
        "top_n",
        "who acked the most alerts",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g088",
        "top_n",
        "the most recent rollback",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' ORDER BY timestamp DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g089",
        "top_n",
        "latest incident",
        "SELECT * FROM alert_groups ORDER BY opened_at DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g090",
        "top_n",
        "top 2 alert names in stg",
        "SELECT name, count(*) AS n FROM alerts WHERE environment_canonical = 'staging' GROUP BY name ORDER "
        "BY n DESC LIMIT 2",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g091",
        "top_n",
        "which environment had the most alerts yesterday",
        "SELECT environment_canonical, count(*) AS n FROM alerts WHERE starts_at >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY "
        "environment_canonical ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g092",
        "top_n",
        "last 3 config changes",
        "SELECT * FROM change_events WHERE type = 'config_update' ORDER BY timestamp DESC LIMIT 3",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g093",
        "top_n",
        "which service raised the most early warnings",
        "SELECT labels['service'] AS service, count(*) AS n FROM warnings GROUP BY service ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g094",
        "top_n",
        "newest 4 alerts in production",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' ORDER BY starts_at DESC LIMIT 4",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g095",
        "top_n",
        "when was the last deploy of payments-api to prod",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = "
        "'payments-api' AND environment = 'production' ORDER BY timestamp DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g096",
        "top_n",
        "who silenced the most things",
        "SELECT created_by, count(*) AS n FROM silences GROUP BY created_by ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g097",
        "top_n",
        "most frequent alert on token-service",
        "SELECT name, count(*) AS n FROM alerts WHERE service = 'token-service' GROUP BY name ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g098",
        "top_n",
        "the 2 most recent flag changes",
        "SELECT * FROM change_events WHERE type = 'flag_change' ORDER BY timestamp DESC LIMIT 2",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g099",
        "top_n",
        "top 3 services with the most incidents",
        "SELECT service, count(*) AS n FROM alert_groups GROUP BY service ORDER BY n DESC LIMIT 3",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g100",
        "top_n",
        "which pipeline step dead-lettered the most messages",
        "SELECT step, count(*) AS n FROM dlq GROUP BY step ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g101",
        "changes",
        "who deployed payments-api yesterday",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = "
        "'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ "
        "'2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g102",
        "changes",
        "who toggled feature flags in prod?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND environment = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g103",
        "changes",
        "who rolled back payments-api",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' AND service = "
        "'payments-api'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g104",
        "changes",
        "who changed the config on token-service",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND service = 'token-service'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g105",
        "changes",
        "what flags got flipped yesterday",
        "SELECT DISTINCT details['flag_key'] FROM change_events WHERE type = 'flag_change' AND timestamp >= "
        "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g106",
        "changes",
        "deploys of search-api",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'search-api'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g107",
        "changes",
        "when was semantic-ranking turned off",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND details['flag_key'] = 'semantic-ranking' "
        "AND summary ILIKE 'turned off%'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g108",
        "changes",
        "passkey-login flag changes",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND details['flag_key'] = 'passkey-login'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g109",
        "changes",
        "argocd deploys to staging",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd' AND "
        "environment = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g110",
        "changes",
        "releases of payments-api",
        "SELECT * FROM change_events WHERE type = 'release' AND service = 'payments-api'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g111",
        "changes",
        "auth-api deployments that were in progress in staging",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'in_progress' AND service = "
        "'auth-api' AND environment = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g112",
        "changes",
        "deploys requested by sokafor",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND actor = 'sokafor'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g113",
        "changes",
        "everything lucie.novak@acme.io changed",
        "SELECT * FROM change_events WHERE phase = 'live' AND actor = 'lucie.novak@acme.io'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g114",
        "changes",
        "who deployed anything in the last 3 hours",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' AND timestamp "
        ">= TIMESTAMPTZ '2025-03-11 13:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g115",
        "changes",
        "scale events for cart-service",
        "SELECT * FROM change_events WHERE type = 'scale' AND service = 'cart-service'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g116",
        "changes",
        "what changed in the checkout project yesterday",
        "SELECT * FROM change_events WHERE phase = 'live' AND project = 'checkout' AND timestamp >= "
        "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g117",
        "changes",
        "which services got deployed yesterday",
        "SELECT DISTINCT service FROM change_events WHERE type = 'deployment' AND phase = 'live' AND "
        "timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ "
        "'2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g118",
        "changes",
        "flag changes by jonas",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND actor = 'jonas.lindqvist@acme.io'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g119",
        "changes",
        "who cut the search-api v1.30.3 release",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'release' AND service = 'search-api' AND "
        "version = 'v1.30.3'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g120",
        "changes",
        "which config keys were changed in staging",
        "SELECT DISTINCT details['key'] FROM change_events WHERE type = 'config_update' AND environment = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g121",
        "changes",
        "show the payments-api rollback to v2.13.2",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api' "
        "AND summary LIKE '%v2.13.2%'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g122",
        "changes",
        "who deployed checkout-web to production",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = "
        "'checkout-web' AND environment = 'production'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g123",
        "changes",
        "deploys reported by pagerduty change events",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND source = 'pagerduty-change'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g124",
        "changes",
        "which versions of auth-api went live in stg",
        "SELECT DISTINCT version FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service "
        "= 'auth-api' AND environment = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g125",
        "changes",
        "what got deployed to staging today",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ "
        "'2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g126",
        "silences",
        "who silenced the indexer",
        "SELECT DISTINCT created_by FROM silence_scopes WHERE service = 'indexer'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g127",
        "silences",
        "active silences right now",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' AND ends_at > "
        "TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g128",
        "silences",
        "silences expiring in the next 2 hours",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00' AND ends_at > "
        "TIMESTAMPTZ '2025-03-12 03:00:00+00' AND ends_at <= TIMESTAMPTZ '2025-03-12 05:00:00+00'",
        "2025-03-12T03:00:00+00:00",
    ),
    (
        "g129",
        "silences",
        "who expired a silence early",
        "SELECT DISTINCT expired_by FROM silence_scopes WHERE expired_by IS NOT NULL",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g130",
        "silences",
        "snoozes of HighLatencyP99",
        "SELECT * FROM audit_log WHERE action = 'snooze' AND len(list_filter(matchers, m -> m.name = "
        "'alertname' AND m.value = 'HighLatencyP99')) > 0",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g131",
        "silences",
        "who snoozed alerts yesterday",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' AND timestamp >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g132",
        "silences",
        "acks by sade.okafor",
        "SELECT * FROM audit_log WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g133",
        "silences",
        "who acked the payments error budget burn alert",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' AND len(list_filter(matchers, m -> m.name "
        "= 'alertname' AND m.value = 'PaymentsAPIErrorBudgetBurn')) > 0",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g134",
        "silences",
        "silences in staging",
        "SELECT * FROM silence_scopes WHERE environment_canonical = 'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g135",
        "silences",
        "how many silences did kenji create",
        "SELECT count(*) FROM silences WHERE created_by = 'kenji.tanaka@acme.io'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g136",
        "silences",
        "who snoozed the most",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'snooze' GROUP BY actor ORDER BY n DESC LIMIT 1",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g137",
        "silences",
        "silences whose comment mentions reindex",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g138",
        "silences",
        "the silence on cart-service",
        "SELECT * FROM silence_scopes WHERE service = 'cart-service'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g139",
        "silences",
        "silences kenji made last week",
        "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io' AND created_at >= TIMESTAMPTZ "
        "'2025-03-03 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g140",
        "silences",
        "which silences were active at 3pm on march 11",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' AND ends_at > "
        "TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g141",
        "silences",
        "who silenced KubePodNotReady",
        "SELECT DISTINCT created_by FROM silences WHERE len(list_filter(matchers, m -> m.name = 'alertname' "
        "AND m.value = 'KubePodNotReady')) > 0",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g142",
        "silences",
        "unsilence actions",
        "SELECT * FROM audit_log WHERE action = 'unsilence'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g143",
        "silences",
        "silences that got expired early",
        "SELECT * FROM silences WHERE expired_early",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g144",
        "silences",
        "what has maria silenced",
        "SELECT * FROM silences WHERE created_by = 'maria.gonzalez@acme.io'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g145",
        "silences",
        "snoozes per person",
        "SELECT actor, count(*) FROM audit_log WHERE action = 'snooze' GROUP BY actor",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g146",
        "silences",
        "which alerts did silences actually mute",
        "SELECT DISTINCT name FROM alert_mutes",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g147",
        "silences",
        "acks in the last 24h",
        "SELECT * FROM audit_log WHERE action = 'ack' AND timestamp >= TIMESTAMPTZ '2025-03-10 16:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g148",
        "silences",
        "silences scheduled ahead of time (start later than they were created)",
        "SELECT * FROM silences WHERE starts_at > created_at",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g149",
        "silences",
        "who silenced stuff in prod yesterday",
        "SELECT DISTINCT created_by FROM silence_scopes WHERE environment_canonical = 'production' AND "
        "created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND created_at < TIMESTAMPTZ "
        "'2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g150",
        "silences",
        "silences longer than 4 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 4 HOUR",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g151",
        "joins",
        "can you pull up every alert that started within 15 minutes after a deploy of the same service? "
        "trying to figure out if deploys are breaking things",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'deployment' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g152",
        "joins",
        "payments-api alerts within 10 min of a deployment to payments-api",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'deployment' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE AND a.service = 'payments-api'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g153",
        "joins",
        "staging alerts in the 30 mins after a staging deploy of the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'deployment' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE AND a.environment_canonical = "
        "'staging'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g154",
        "joins",
        "alerts within 15 minutes after a flag change on the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'flag_change' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g155",
        "joins",
        "how many alerts started within 20 min after a deploy of their service",
        "SELECT count(*) FROM (SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = "
        "c.service AND a.environment_canonical = c.environment WHERE c.type = 'deployment' AND c.phase = "
        "'live' AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 20 MINUTE)",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g156",
        "joins",
        "incidents with their suspect change",
        "SELECT * FROM incident_suspects",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g157",
        "joins",
        "which deploys caused incidents",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects) AND type = 'deployment'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g158",
        "joins",
        "who made the changes that caused incidents",
        "SELECT DISTINCT actor FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g159",
        "joins",
        "incidents yesterday and the suspected change for each",
        "SELECT * FROM incident_suspects WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
        "opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g160",
        "joins",
        "what was the suspect change for the HighErrorRate incident",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects WHERE "
        "group_labels['alertname'] = 'HighErrorRate')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g161",
        "joins",
        "critical incidents with the suspect deploy",
        "SELECT * FROM incident_suspects WHERE max_severity = 'critical'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g162",
        "joins",
        "incidents whose suspect was a flag change",
        "SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM incident_suspects WHERE change_type = "
        "'flag_change')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g163",
        "joins",
        "incidents blamed on a change by dpatel",
        "SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM incident_suspects WHERE change_actor = 'dpatel')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g164",
        "joins",
        "early warnings before the payments-api incidents",
        "SELECT * FROM warnings WHERE id IN (SELECT warning_id FROM incident_warnings WHERE service = 'payments-api')",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g165",
        "joins",
        "incidents that had an early warning beforehand, with the warnings",
        "SELECT * FROM incident_warnings",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g166",
        "joins",
        "new log patterns that showed up before the payments-api incidents",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'payments-api' AND is_new",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g167",
        "joins",
        "log patterns before the indexer incidents yesterday",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'indexer' AND opened_at >= TIMESTAMPTZ "
        "'2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g168",
        "joins",
        "alerts that started in the half hour before a rollback of the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'rollback' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp - INTERVAL 30 MINUTE AND c.timestamp",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g169",
        "joins",
        "deploys followed by a critical alert on the same service within 15 minutes",
        "SELECT DISTINCT c.* FROM change_events c JOIN alerts a ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'deployment' AND c.phase = 'live' AND "
        "a.severity = 'critical' AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g170",
        "joins",
        "incidents that have a resolution with a root cause written down",
        "SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM resolutions WHERE root_cause IS NOT NULL)",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g171",
        "joins",
        "which services had incidents suspected to be caused by a config update",
        "SELECT DISTINCT service FROM incident_suspects WHERE change_type = 'config_update'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g172",
        "joins",
        "alerts within 30 min after a config change to the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'config_update' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g173",
        "joins",
        "alerts muted by silences that kenji created",
        "SELECT DISTINCT m.* FROM alert_mutes m JOIN silences s ON list_contains(m.silenced_by, s.silence_id) "
        "WHERE s.created_by = 'kenji.tanaka@acme.io'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g174",
        "joins",
        "which alert names fired within an hour after a deploy of the same service",
        "SELECT DISTINCT a.name FROM alerts a JOIN change_events c ON a.service = c.service AND "
        "a.environment_canonical = c.environment WHERE c.type = 'deployment' AND c.phase = 'live' AND "
        "a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g175",
        "joins",
        "the suspect deploys for yesterday's incidents, who shipped them",
        "SELECT DISTINCT change_actor FROM incident_suspects WHERE change_type = 'deployment' AND opened_at "
        ">= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        "2025-03-12T08:00:00+00:00",
    ),
    (
        "g176",
        "refusals",
        "what's the weather in dublin tomorrow",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g177",
        "refusals",
        "delete all the staging alerts",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g178",
        "refusals",
        "alerts for billing-service in prod",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g179",
        "refusals",
        "silence HighLatencyP99 for 2 hours",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g180",
        "refusals",
        "write me a haiku about kafka",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g181",
        "refusals",
        "who deployed inventory-api last night",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g182",
        "refusals",
        "ack the payments-api error budget alert",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g183",
        "refusals",
        "how much revenue did checkout make yesterday?",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g184",
        "refusals",
        "critical alerts in the qa environment",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g185",
        "refusals",
        "roll back payments-api to v2.13.2",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g186",
        "refusals",
        "what's the capital of australia",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g187",
        "refusals",
        "silences created by bob.smith",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g188",
        "refusals",
        "drop table dlq",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g189",
        "refusals",
        "what is our aws bill this month",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g190",
        "refusals",
        "flag changes to the dark-mode flag",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g191",
        "refusals",
        "change the severity of DiskSpaceLow to info",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g192",
        "refusals",
        "explain how kubernetes schedules pods",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g193",
        "refusals",
        "alerts from the recommendations service in the last 24h",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g194",
        "refusals",
        "expire the token-service crashloop silence now",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g195",
        "refusals",
        "translate 'incident resolved' into german",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g196",
        "refusals",
        "deploys to the ledger-api service this week",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g197",
        "refusals",
        "snooze the disk alerts on indexer until tomorrow morning",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g198",
        "refusals",
        "whats the stock price of acme corp",
        "not_about_this_data",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g199",
        "refusals",
        "alerts for the marketing project",
        "ungrounded",
        "2025-03-11T16:00:00+00:00",
    ),
    (
        "g200",
        "refusals",
        "mark yesterday's payments incident as resolved with root cause bad deploy",
        "asks_to_change_data",
        "2025-03-11T16:00:00+00:00",
    ),
]
