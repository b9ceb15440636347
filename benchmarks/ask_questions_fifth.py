"""The fifth ask question set: ids h001..h160, 20 per category.

Written by an author who had not seen the parser, from the needs in the feature's issue,
docs/store.md and the answer-shape conventions, over the demo store (records mostly on
2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is
``(id, category, question, gold, now)``; for a refusal the gold is its kind
(``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``), otherwise one DuckDB
SELECT whose result is compared as a multiset of rows.

Conventions this set adds where the documented ones leave a choice open:

- Times are UTC. ``now`` is the row's own; every time in the gold is a literal computed
  from it. A question with no time phrase gets a ``now`` after every record in the store
  (2025-03-12T06:00:00Z), so "latest" and unbounded lists never hinge on records after now.
- "last N hours/24h/30 min": ``now - N <= t <= now``. "today": midnight to now. "yesterday",
  "on March 3rd", "in february", "last week", "last month": the whole calendar span,
  half-open ``[start, end)``. "this week"/"since Monday": Monday 00:00 (weeks start on
  Monday) to now. "this morning": 00:00 to 12:00. "between 2 and 4 pm", "between 14:30 and
  14:35", "between midnight and 6am": half-open ``[from, to)`` on the day of now.
- A thing "in the window" is a thing whose own time falls in it: an alert's ``starts_at``,
  a change's ``timestamp``, a silence's ``created_at``, an audit row's ``timestamp``, a log
  line's ``timestamp``.
- Alert names by words: a case-insensitive substring of ``name`` ("high-latency" ->
  ``%latency%``, "5xx" -> ``%5xx%``, "crashlooping" -> ``%crashloop%``, "OOMKilled" ->
  ``%oomkilled%``); labels by ``labels['key']`` with the full stored value.
- Environments always through ``environment_canonical`` for alerts and silences;
  ``change_events.environment`` and ``log_events.environment`` hold the canonical names
  in this store and are compared directly.
- "deploy(s)/deployed/shipped": ``type = 'deployment'`` (not releases, rollbacks or scale
  events), ``phase = 'live'``. "what changed": every ``phase = 'live'`` change of any type,
  scale events included. A version named as a tag matches ``version`` or
  ``details['ref']`` (GitHub deployments keep the sha in ``version`` and the tag in ref).
- An actor is matched by the exact stored spelling the question uses (``dpatel`` is not
  widened to ``dev.patel@acme.io``); "who ... the most" counts the ``actor`` column as
  stored, bots (``argocd (automated)``) included.
- "who acked/snoozed/silenced <alert name or service>": a matcher ``name=value`` among the
  row's matchers (``list_contains`` over the rendered matchers).
- "expiring in the next N hours": active at now and ``ends_at <= now + N``. A silence's
  length is ``ends_at - starts_at``.
- Top-N of log patterns: ``log_pattern_counts`` summed (template, lines or errors).
- Joins "within N min after X": ``X.time <= alert.starts_at <= X.time + N``; "in the hour
  before a rollback": ``rollback.time - 1h <= alert.starts_at <= rollback.time``. Log lines
  join changes on service and environment the same way.
- Incidents "today" are alert groups by ``opened_at``; "suspect deploys" keeps the suspects
  of ``change_type = 'deployment'``.
"""

N0 = "2025-03-12T06:00:00Z"
N1 = "2025-03-11T16:00:00Z"
N2 = "2025-03-12T06:00:00Z"
N3 = "2025-03-12T09:00:00Z"
N4 = "2025-03-11T15:00:00Z"
N5 = "2025-03-11T09:30:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    (
        "h001",
        "filters",
        "Show me all high-latency alerts from the last 24h related to the payments service",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND name ILIKE '%latency%'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 16:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h002",
        "filters",
        "critical alerts for payments-api",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'",
        N0,
    ),
    (
        "h003",
        "filters",
        "list 5xx alerts in prd",
        "SELECT * FROM alerts WHERE name ILIKE '%5xx%' AND environment_canonical = 'production'",
        N0,
    ),
    (
        "h004",
        "filters",
        "alerts labelled team=iam in staging",
        "SELECT * FROM alerts WHERE labels['team'] = 'iam' AND environment_canonical = 'staging'",
        N0,
    ),
    (
        "h005",
        "filters",
        "what fired on node ip-10-42-28-16?",
        "SELECT * FROM alerts WHERE labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal'",
        N0,
    ),
    (
        "h006",
        "filters",
        "warning level alerts, search project, stg",
        "SELECT * FROM alerts WHERE project = 'search' AND severity = 'warning' AND environment_canonical = 'staging'",
        N0,
    ),
    (
        "h007",
        "filters",
        "alerts on the indexer's /data mountpoint",
        "SELECT * FROM alerts WHERE service = 'indexer' AND labels['mountpoint'] = '/data'",
        N0,
    ),
    (
        "h008",
        "filters",
        "anything error or critical in cluster staging-eu-west-1?",
        "SELECT * FROM alerts WHERE labels['cluster'] = 'staging-eu-west-1' AND severity IN ('error', 'critical')",
        N0,
    ),
    (
        "h009",
        "filters",
        "HighErrorRate alerts for paymnets api",
        "SELECT * FROM alerts WHERE name = 'HighErrorRate' AND service = 'payments-api'",
        N0,
    ),
    (
        "h010",
        "filters",
        "show me the info-severity alerts",
        "SELECT * FROM alerts WHERE severity = 'info'",
        N0,
    ),
    (
        "h011",
        "filters",
        "alerts that came in from grafana",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        N0,
    ),
    (
        "h012",
        "filters",
        "synthetic check alerts (class=synthetic)",
        "SELECT * FROM alerts WHERE labels['class'] = 'synthetic'",
        N0,
    ),
    (
        "h013",
        "filters",
        "which services have had crashlooping pods",
        "SELECT DISTINCT service FROM alerts WHERE name ILIKE '%crashloop%'",
        N0,
    ),
    (
        "h014",
        "filters",
        "which alert names has kube-state-metrics raised?",
        "SELECT DISTINCT name FROM alerts WHERE service = 'kube-state-metrics'",
        N0,
    ),
    (
        "h015",
        "filters",
        "OOMKilled alerts in production",
        "SELECT * FROM alerts WHERE name ILIKE '%oomkilled%' AND environment_canonical = 'production'",
        N0,
    ),
    (
        "h016",
        "filters",
        "identity project alerts in live",
        "SELECT * FROM alerts WHERE project = 'identity' AND environment_canonical = 'production'",
        N0,
    ),
    (
        "h017",
        "filters",
        "reindex backlog alerts on indexer prod",
        "SELECT * FROM alerts WHERE service = 'indexer' AND name ILIKE '%reindex%'"
        " AND environment_canonical = 'production'",
        N0,
    ),
    (
        "h018",
        "filters",
        "cert expiry alerts for auth-api",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND name ILIKE '%certificate%'",
        N0,
    ),
    (
        "h019",
        "filters",
        "postgres alerts on token service",
        "SELECT * FROM alerts WHERE service = 'token-service' AND name ILIKE '%postgres%'",
        N0,
    ),
    (
        "h020",
        "filters",
        "login alerts for auth-api in stage",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND name ILIKE '%login%'"
        " AND environment_canonical = 'staging'",
        N0,
    ),
    # ------------------------------------------------------------------- time
    (
        "h021",
        "time",
        "alerts in the last 3 hours",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 13:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h022",
        "time",
        "what fired yesterday on search-api",
        "SELECT * FROM alerts WHERE service = 'search-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        N3,
    ),
    (
        "h023",
        "time",
        "stg alerts since monday",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h024",
        "time",
        "indexer alerts this week",
        "SELECT * FROM alerts WHERE service = 'indexer'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        N2,
    ),
    (
        "h025",
        "time",
        "what alerts started between 2 and 4 pm?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h026",
        "time",
        "alerts on March 3rd",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-04 00:00:00+00'",
        N1,
    ),
    (
        "h027",
        "time",
        "this morning's search-api alerts in stg",
        "SELECT * FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'",
        N1,
    ),
    (
        "h028",
        "time",
        "whats still firing rn",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 16:00:00+00')",
        N1,
    ),
    (
        "h029",
        "time",
        "What was firing in production at 14:45 today?",
        "SELECT * FROM alerts WHERE environment_canonical = 'production'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')",
        N1,
    ),
    (
        "h030",
        "time",
        "alerts in the past 30 min",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        N4,
    ),
    (
        "h031",
        "time",
        "payments-api alerts firing at 3pm",
        "SELECT * FROM alerts WHERE service = 'payments-api'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        N1,
    ),
    (
        "h032",
        "time",
        "alerts from feb 16",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'",
        N1,
    ),
    (
        "h033",
        "time",
        "what alerted last week",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        N1,
    ),
    (
        "h034",
        "time",
        "token-servce alerts in february",
        "SELECT * FROM alerts WHERE service = 'token-service'"
        " AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        N1,
    ),
    (
        "h035",
        "time",
        "deploys in the last 2 hours",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h036",
        "time",
        "payments-api error logs between 14:30 and 14:35",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'"
        " AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:00+00'",
        N1,
    ),
    (
        "h037",
        "time",
        "what's firing at the moment?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        N2,
    ),
    (
        "h038",
        "time",
        "critical prod alerts in the last 24 hours",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        N2,
    ),
    (
        "h039",
        "time",
        "silences created today",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h040",
        "time",
        "alerts between midnight and 6am",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'",
        N1,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "h041",
        "aggregates",
        "how many alerts did we get yesterday",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        N3,
    ),
    (
        "h042",
        "aggregates",
        "# of critical alerts in prod",
        "SELECT count(*) FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'",
        N0,
    ),
    (
        "h043",
        "aggregates",
        "alert count per svc",
        "SELECT service, count(*) FROM alerts GROUP BY service",
        N0,
    ),
    (
        "h044",
        "aggregates",
        "alerts per day this week",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' GROUP BY day",
        N2,
    ),
    (
        "h045",
        "aggregates",
        "hourly breakdown of search-api staging alerts today",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) FROM alerts"
        " WHERE service = 'search-api' AND environment_canonical = 'staging'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY hour",
        N1,
    ),
    (
        "h046",
        "aggregates",
        "number of deployments per environment",
        "SELECT environment, count(*) FROM change_events"
        " WHERE type = 'deployment' AND phase = 'live' GROUP BY environment",
        N0,
    ),
    (
        "h047",
        "aggregates",
        "how many snoozes so far today?",
        "SELECT count(*) FROM audit_log WHERE action = 'snooze'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h048",
        "aggregates",
        "how many silences has kenji.tanaka created",
        "SELECT count(*) FROM silences WHERE created_by = 'kenji.tanaka@acme.io'",
        N0,
    ),
    (
        "h049",
        "aggregates",
        "staging alerts broken down by severity",
        "SELECT severity, count(*) FROM alerts WHERE environment_canonical = 'staging' GROUP BY severity",
        N0,
    ),
    (
        "h050",
        "aggregates",
        "error log lines per service in the last hour",
        "SELECT service, count(*) FROM log_events WHERE is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00' GROUP BY service",
        N4,
    ),
    (
        "h051",
        "aggregates",
        "Could you give me the number of incidents per service?",
        "SELECT service, count(*) FROM alert_groups GROUP BY service",
        N0,
    ),
    (
        "h052",
        "aggregates",
        "how many alerts are firing right now",
        "SELECT count(*) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 16:00:00+00')",
        N1,
    ),
    (
        "h053",
        "aggregates",
        "how many times were feature flags flipped in production?",
        "SELECT count(*) FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND environment = 'production'",
        N0,
    ),
    (
        "h054",
        "aggregates",
        "count distinct alert names in staging",
        "SELECT count(DISTINCT name) FROM alerts WHERE environment_canonical = 'staging'",
        N0,
    ),
    (
        "h055",
        "aggregates",
        "alerts per day in feb",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY day",
        N1,
    ),
    (
        "h056",
        "aggregates",
        "how many rollbacks have there been",
        "SELECT count(*) FROM change_events WHERE type = 'rollback' AND phase = 'live'",
        N0,
    ),
    (
        "h057",
        "aggregates",
        "log lines per hour for checkout-web between 2 and 4pm",
        "SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) FROM log_events"
        " WHERE service = 'checkout-web'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'"
        " AND timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY hour",
        N1,
    ),
    (
        "h058",
        "aggregates",
        "how many acks did sade do",
        "SELECT count(*) FROM audit_log WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'",
        N0,
    ),
    (
        "h059",
        "aggregates",
        "how many different services alerted in the last 24h?",
        "SELECT count(DISTINCT service) FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 16:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h060",
        "aggregates",
        "alert totals by project",
        "SELECT project, count(*) FROM alerts GROUP BY project",
        N0,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "h061",
        "top_n",
        "top 3 noisiest services",
        "SELECT service, count(*) AS n FROM alerts GROUP BY service ORDER BY n DESC LIMIT 3",
        N0,
    ),
    (
        "h062",
        "top_n",
        "top 2 alert names this week",
        "SELECT name, count(*) AS n FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " GROUP BY name ORDER BY n DESC LIMIT 2",
        N1,
    ),
    (
        "h063",
        "top_n",
        "who deployed the most?",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'deployment'"
        " AND phase = 'live' GROUP BY actor ORDER BY n DESC LIMIT 1",
        N0,
    ),
    (
        "h064",
        "top_n",
        "latest 5 deploys",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' ORDER BY timestamp DESC LIMIT 5",
        N0,
    ),
    (
        "h065",
        "top_n",
        "3 most recent alerts for payments-api",
        "SELECT * FROM alerts WHERE service = 'payments-api' ORDER BY starts_at DESC LIMIT 3",
        N0,
    ),
    (
        "h066",
        "top_n",
        "top 2 services by error logs today",
        "SELECT service, count(*) AS n FROM log_events WHERE is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " GROUP BY service ORDER BY n DESC LIMIT 2",
        N1,
    ),
    (
        "h067",
        "top_n",
        "last 10 error logs from cart-service",
        "SELECT * FROM log_events WHERE service = 'cart-service' AND is_error ORDER BY timestamp DESC LIMIT 10",
        N0,
    ),
    (
        "h068",
        "top_n",
        "which 3 services had the most incidents",
        "SELECT service, count(*) AS n FROM alert_groups GROUP BY service ORDER BY n DESC LIMIT 3",
        N0,
    ),
    (
        "h069",
        "top_n",
        "most silenced service?",
        "SELECT service, count(*) AS n FROM silences WHERE service IS NOT NULL"
        " GROUP BY service ORDER BY n DESC LIMIT 1",
        N0,
    ),
    (
        "h070",
        "top_n",
        "who snoozes the most",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'snooze' GROUP BY actor ORDER BY n DESC LIMIT 1",
        N0,
    ),
    (
        "h071",
        "top_n",
        "last 3 silences",
        "SELECT * FROM silences ORDER BY created_at DESC LIMIT 3",
        N0,
    ),
    (
        "h072",
        "top_n",
        "top 3 error log patterns for payments-api",
        "SELECT template, sum(errors) AS n FROM log_pattern_counts"
        " WHERE service = 'payments-api' GROUP BY template ORDER BY n DESC LIMIT 3",
        N0,
    ),
    (
        "h073",
        "top_n",
        "top 3 alert names in staging",
        "SELECT name, count(*) AS n FROM alerts WHERE environment_canonical = 'staging'"
        " GROUP BY name ORDER BY n DESC LIMIT 3",
        N0,
    ),
    (
        "h074",
        "top_n",
        "latest 2 rollbacks",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' ORDER BY timestamp DESC LIMIT 2",
        N0,
    ),
    (
        "h075",
        "top_n",
        "which environment had the most alerts",
        "SELECT environment_canonical, count(*) AS n FROM alerts"
        " GROUP BY environment_canonical ORDER BY n DESC LIMIT 1",
        N0,
    ),
    (
        "h076",
        "top_n",
        "busiest hour for alerts today",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS n FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " GROUP BY hour ORDER BY n DESC LIMIT 1",
        N1,
    ),
    (
        "h077",
        "top_n",
        "most recent incident",
        "SELECT * FROM alert_groups ORDER BY opened_at DESC LIMIT 1",
        N0,
    ),
    (
        "h078",
        "top_n",
        "who acked the most alerts",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY n DESC LIMIT 1",
        N0,
    ),
    (
        "h079",
        "top_n",
        "last 3 config changes",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' ORDER BY timestamp DESC LIMIT 3",
        N0,
    ),
    (
        "h080",
        "top_n",
        "top 5 newest alerts in prd",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' ORDER BY starts_at DESC LIMIT 5",
        N2,
    ),
    # ---------------------------------------------------------------- changes
    (
        "h081",
        "changes",
        "who deployed payments-api today",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND service = 'payments-api'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h082",
        "changes",
        "who toggled flags in prod this week?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h083",
        "changes",
        "who rolled back payments-api",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        " AND service = 'payments-api'",
        N0,
    ),
    (
        "h084",
        "changes",
        "who changed the config of token-service?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update'"
        " AND phase = 'live' AND service = 'token-service'",
        N0,
    ),
    (
        "h085",
        "changes",
        "staging deploys today",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND environment = 'staging'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h086",
        "changes",
        "which versions of payments-api were deployed",
        "SELECT DISTINCT version FROM change_events WHERE type = 'deployment'"
        " AND phase = 'live' AND service = 'payments-api'",
        N0,
    ),
    (
        "h087",
        "changes",
        "changes to the new-checkout-flow flag",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND details['flag_key'] = 'new-checkout-flow'",
        N0,
    ),
    (
        "h088",
        "changes",
        "who turned semantic-ranking off",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change'"
        " AND phase = 'live' AND details['flag_key'] = 'semantic-ranking'"
        " AND summary ILIKE '%turned off%'",
        N0,
    ),
    (
        "h089",
        "changes",
        "rollbacks in february",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        N1,
    ),
    (
        "h090",
        "changes",
        "argocd syncs of indexer",
        "SELECT * FROM change_events WHERE source = 'argocd' AND phase = 'live' AND service = 'indexer'",
        N0,
    ),
    (
        "h091",
        "changes",
        "any releases this week?",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h092",
        "changes",
        "deploys done by dpatel",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel'",
        N0,
    ),
    (
        "h093",
        "changes",
        "who has shipped checkout-web",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND service = 'checkout-web'",
        N0,
    ),
    (
        "h094",
        "changes",
        "what changed on search-api yesterday",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'search-api'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        N2,
    ),
    (
        "h095",
        "changes",
        "which services got a config change",
        "SELECT DISTINCT service FROM change_events WHERE type = 'config_update' AND phase = 'live'",
        N0,
    ),
    (
        "h096",
        "changes",
        "who put out the search-api v1.30.3 release",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'release' AND phase = 'live'"
        " AND service = 'search-api' AND version = 'v1.30.3'",
        N0,
    ),
    (
        "h097",
        "changes",
        "deployments of v2.14.0",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND (version = 'v2.14.0' OR details['ref'] = 'v2.14.0')",
        N0,
    ),
    (
        "h098",
        "changes",
        "how many deploys did argocd do this week",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND actor = 'argocd (automated)'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h099",
        "changes",
        "feature flag changes in staging",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'",
        N0,
    ),
    (
        "h100",
        "changes",
        "who deployed to production between 2 and 4 pm",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'"
        " AND timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    # --------------------------------------------------------------- silences
    (
        "h101",
        "silences",
        "who silenced the indexr",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        N0,
    ),
    (
        "h102",
        "silences",
        "active silences right now",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND ends_at > TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 16:00:00+00')",
        N1,
    ),
    (
        "h103",
        "silences",
        "silences expiring in the next 24h",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND ends_at > TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 16:00:00+00')"
        " AND ends_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'",
        N1,
    ),
    (
        "h104",
        "silences",
        "who expired a silence early?",
        "SELECT DISTINCT expired_by FROM silences WHERE expired_early",
        N0,
    ),
    (
        "h105",
        "silences",
        "silences on stg",
        "SELECT * FROM silences WHERE environment_canonical = 'staging'",
        N0,
    ),
    (
        "h106",
        "silences",
        "snoozes today",
        "SELECT * FROM audit_log WHERE action = 'snooze'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h107",
        "silences",
        "who acked PaymentsAPIErrorBudgetBurn",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' AND list_contains("
        "[m.name || '=' || m.value FOR m IN matchers], 'alertname=PaymentsAPIErrorBudgetBurn')",
        N1,
    ),
    (
        "h108",
        "silences",
        "silences kenji made in march",
        "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io'"
        " AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'",
        N2,
    ),
    (
        "h109",
        "silences",
        "who has silenced anything in the last 24 hours",
        "SELECT DISTINCT created_by FROM silences"
        " WHERE created_at >= TIMESTAMPTZ '2025-03-10 16:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h110",
        "silences",
        "any silences that say reindex in the comment?",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        N0,
    ),
    (
        "h111",
        "silences",
        "acks on token-service alerts",
        "SELECT * FROM audit_log WHERE action = 'ack' AND list_contains("
        "[m.name || '=' || m.value FOR m IN matchers], 'service=token-service')",
        N0,
    ),
    (
        "h112",
        "silences",
        "cart-service silences, if any",
        "SELECT * FROM silences WHERE service = 'cart-service'",
        N0,
    ),
    (
        "h113",
        "silences",
        "silences scoped to the identity project",
        "SELECT * FROM silences WHERE project = 'identity'",
        N0,
    ),
    (
        "h114",
        "silences",
        "who snoozed HighLatencyP99",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' AND list_contains("
        "[m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')",
        N0,
    ),
    (
        "h115",
        "silences",
        "what was silenced at 10pm last night",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-10 22:00:00+00'"
        " AND ends_at > TIMESTAMPTZ '2025-03-10 22:00:00+00'"
        " AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-10 22:00:00+00')",
        N5,
    ),
    (
        "h116",
        "silences",
        "how many silences got expired before their end time",
        "SELECT count(*) FROM silences WHERE expired_early",
        N0,
    ),
    (
        "h117",
        "silences",
        "silences longer than 4 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 4 HOUR",
        N0,
    ),
    (
        "h118",
        "silences",
        "acks from last month",
        "SELECT * FROM audit_log WHERE action = 'ack'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        N1,
    ),
    (
        "h119",
        "silences",
        "who muted KubePodNotReady",
        "SELECT DISTINCT created_by FROM silences WHERE list_contains("
        "[m.name || '=' || m.value FOR m IN matchers], 'alertname=KubePodNotReady')",
        N0,
    ),
    (
        "h120",
        "silences",
        "silences by jonas",
        "SELECT * FROM silences WHERE created_by = 'jonas.lindqvist@acme.io'",
        N0,
    ),
    # ------------------------------------------------------------------ joins
    (
        "h121",
        "joins",
        "alerts within 15 minutes after a deploy of the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE",
        N0,
    ),
    (
        "h122",
        "joins",
        "prod alerts that started within 10 min after a payments-api deploy",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'"
        " AND a.environment_canonical = 'production'"
        " AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE",
        N0,
    ),
    (
        "h123",
        "joins",
        "incidents with their suspect change",
        "SELECT * FROM incident_suspects",
        N0,
    ),
    (
        "h124",
        "joins",
        "the changes that caused incidents",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)",
        N0,
    ),
    (
        "h125",
        "joins",
        "today's incidents and their suspect deploys",
        "SELECT * FROM incident_suspects WHERE change_type = 'deployment'"
        " AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND opened_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        N1,
    ),
    (
        "h126",
        "joins",
        "which deploys were followed by an alert on the same service within 30 min",
        "SELECT DISTINCT c.* FROM change_events c JOIN alerts a ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE",
        N0,
    ),
    (
        "h127",
        "joins",
        "early warnings before the payments-api incidents",
        "SELECT * FROM incident_warnings WHERE service = 'payments-api'",
        N0,
    ),
    (
        "h128",
        "joins",
        "log patterns that showed up before the checkout-web incidents",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'checkout-web'",
        N0,
    ),
    (
        "h129",
        "joins",
        "who made the changes blamed for incidents?",
        "SELECT DISTINCT change_actor FROM incident_suspects",
        N0,
    ),
    (
        "h130",
        "joins",
        "alerts within 20 min after a flag change on the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'flag_change' AND c.phase = 'live'"
        " AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 20 MINUTE",
        N0,
    ),
    (
        "h131",
        "joins",
        "alerts in the hour before a rollback of the same service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'rollback' AND c.phase = 'live'"
        " AND a.starts_at >= c.timestamp - INTERVAL 1 HOUR AND a.starts_at <= c.timestamp",
        N0,
    ),
    (
        "h132",
        "joins",
        "incidents where the suspect was a feature flag flip",
        "SELECT * FROM incident_suspects WHERE change_type = 'flag_change'",
        N0,
    ),
    (
        "h133",
        "joins",
        "which services had incidents blamed on a config change",
        "SELECT DISTINCT service FROM incident_suspects WHERE change_type = 'config_update'",
        N0,
    ),
    (
        "h134",
        "joins",
        "critical incidents whose suspect is an argocd deploy",
        "SELECT * FROM incident_suspects WHERE max_severity = 'critical'"
        " AND change_type = 'deployment' AND change_actor = 'argocd (automated)'",
        N0,
    ),
    (
        "h135",
        "joins",
        "new log patterns before indexer incidents",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'indexer' AND is_new",
        N0,
    ),
    (
        "h136",
        "joins",
        "staging alerts within 5 minutes after a deployment of that service",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND a.environment_canonical = 'staging'"
        " AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 5 MINUTE",
        N0,
    ),
    (
        "h137",
        "joins",
        "list the early warnings that came before critical incidents",
        "SELECT * FROM incident_warnings WHERE max_severity = 'critical'",
        N0,
    ),
    (
        "h138",
        "joins",
        "how were the incidents with a suspect deploy resolved",
        "SELECT * FROM resolutions WHERE group_id IN"
        " (SELECT group_id FROM incident_suspects WHERE change_type = 'deployment')",
        N0,
    ),
    (
        "h139",
        "joins",
        "payments-api alerts in the hour after v2.14.0 went to prod",
        "SELECT DISTINCT a.* FROM alerts a JOIN change_events c ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'"
        " AND c.environment = 'production'"
        " AND (c.version = 'v2.14.0' OR c.details['ref'] = 'v2.14.0')"
        " AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 1 HOUR",
        N0,
    ),
    (
        "h140",
        "joins",
        "error logs from a service in the 10 min after it was deployed today",
        "SELECT DISTINCT l.* FROM log_events l JOIN change_events c ON l.service = c.service"
        " AND l.environment = c.environment"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND l.is_error"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        " AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 10 MINUTE",
        N1,
    ),
    # --------------------------------------------------------------- refusals
    ("h141", "refusals", "what's the weather in dublin tomorrow", "not_about_this_data", N0),
    ("h142", "refusals", "silence DiskSpaceLow on the indexer for 2h", "asks_to_change_data", N0),
    ("h143", "refusals", "alerts for billing-service in the last day", "ungrounded", N0),
    ("h144", "refusals", "delete all the staging alerts pls, they're noise", "asks_to_change_data", N0),
    ("h145", "refusals", "write me a haiku about being on call", "not_about_this_data", N0),
    ("h146", "refusals", "deploys by john.smith this week", "ungrounded", N0),
    ("h147", "refusals", "ack the payments-api error budget alert", "asks_to_change_data", N0),
    ("h148", "refusals", "how much did we spend on AWS last month?", "not_about_this_data", N0),
    ("h149", "refusals", "any alerts in the qa environment?", "ungrounded", N0),
    ("h150", "refusals", "expire the token-service silence now", "asks_to_change_data", N0),
    ("h151", "refusals", "what's kenji's phone number", "not_about_this_data", N0),
    ("h152", "refusals", "silences on the recommendations service", "ungrounded", N0),
    ("h153", "refusals", "roll back payments-api to v2.13.2", "asks_to_change_data", N0),
    ("h154", "refusals", "what is the capital of australia", "not_about_this_data", N0),
    ("h155", "refusals", "what did alice.wong roll back yesterday", "ungrounded", N0),
    ("h156", "refusals", "mark the checkout incident as resolved", "asks_to_change_data", N0),
    ("h157", "refusals", "how many customers churned in Q1", "not_about_this_data", N0),
    ("h158", "refusals", "who flipped the dark-mode-v3 flag", "ungrounded", N0),
    ("h159", "refusals", "turn the semantic-ranking flag back on in prod", "asks_to_change_data", N0),
    ("h160", "refusals", "crit alerts on the ledger-api", "ungrounded", N0),
]
