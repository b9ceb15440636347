"""The sixth ask question set: ids i001..i160, 20 per category.

Written by an author who had not seen the parser (nor its tests, its documentation beyond the
answer shapes of docs/ask.md, or the rows of the earlier sets), after the parser had been tuned
on the fifth set's development half, from the needs in the feature's issue, docs/store.md and
the "Shapes and joins" rules of docs/ask.md, over the demo store (records mostly on
2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id, category, question, gold,
now)``; for a refusal the gold is its kind (``not_about_this_data``, ``asks_to_change_data``,
``ungrounded``: names a service, project, person, cluster that the store does not have),
otherwise one DuckDB SELECT whose result is compared as a multiset of rows. The questions are
written the way people type them: abbreviations (prod, stg, svc, k8s, p99, 5xx, rn, hrs),
a few typos (``critcal``, ``query-sugest``, ``alerst``, ``indexr``, ``rollbak``), and
multi-condition and join-in-time questions in several phrasings.

Conventions (the fifth set's, kept so the sets agree, and what this set adds):

- Times are UTC. ``now`` is the row's own and every time in the gold is a literal computed
  from it. A question with no time phrase gets a ``now`` after every record
  (2025-03-12T06:00:00Z) and no upper bound. The other ``now`` values: Tuesday
  2025-03-11T17:00Z ("today" is March 11), Wednesday 2025-03-12T09:00Z ("yesterday" is March
  11, "this week"/"since monday" start Monday March 10), 2025-03-11T15:00Z and 14:30Z (just
  after the payments-api incident), Friday 2025-03-14T12:00Z ("last week" is March 3 to 10).
- "last N hours/mins", "past 12h": closed ``[now - N, now]``. "today", "this week", "since
  monday", "this month": from the span's start to now, closed at now. "yesterday", "on feb
  16th", "in feb", "last week", "on the 11th": the whole calendar span, half-open
  ``[start, end)``. "from march 2 through march 4": ``[Mar 2, Mar 5)``. "this morning":
  ``[00:00, 12:00)``; "between midnight and 6am", "between 14:30 and 14:45": half-open on
  the day of now. Weeks start on Monday. Day and hour buckets are UTC (``date_trunc``).
- A thing is "in" a window by its own time: an alert's ``starts_at``, a change's
  ``timestamp``, a silence's ``created_at``, an audit row's ``timestamp``, a log line's
  ``timestamp``, a warning's ``starts_at``.
- Alerts are the ``alerts`` view's rows; "still open"/"firing at T": ``starts_at <= T AND
  (ends_at IS NULL OR ends_at > T)``. Environments through ``environment_canonical`` for
  alerts and silences; ``change_events``/``log_events``/``alert_groups`` hold the canonical
  names here and are compared directly. Alert names by words: a case-insensitive substring
  of ``name`` ("OOMKilled", "5xx"), or the exact name when the question spells it. "below
  critical": ``severity_rank < 4``. "mention X": ``name``, ``annotations['summary']`` or
  ``annotations['description']`` contains it.
- Changes are their ``phase = 'live'`` reports unless the question names a phase
  ("requested"). "deploy(s)/shipped/rollout/went out": ``type = 'deployment'``; "argo
  syncs": ``source = 'argocd'``; "what changed": every live change, scale events included.
  A version named as a tag matches ``version`` or ``details['ref']``; "which versions went
  out" lists ``coalesce(details['ref'], version)`` (the tag where the tool keeps the sha in
  ``version``), each once. People are matched by the exact stored spelling the question
  uses; counts per actor count the ``actor`` column as stored, bots included.
- Silences are the ``silences`` view's rows; active at T: ``starts_at <= T AND ends_at > T
  AND (expired_at IS NULL OR expired_at > T)``; "running out in the next N hours": active at
  now and ``ends_at <= now + N``; a silence's length is ``ends_at - starts_at``; "scheduled
  ahead": ``starts_at > created_at``. Snoozes and acks are ``audit_log`` rows, matched to an
  alert name or service by a rendered matcher ``name=value``. "muted alerts" are
  ``alert_mutes`` rows.
- Averages, medians and percentages are rounded to one decimal, durations in minutes.
  Top-N breaks ties by the grouped value; "who/which ... the most" is one row (value, count).
- Joins in time keep the first kind named, one row per thing (``EXISTS``), joined on service
  and canonical environment: "within N min after X" is ``X.time <= t <= X.time + N``;
  "in the N before X" ``X.time - N <= t <= X.time``; "either side" both; "while an incident
  was open" ``opened_at <= t <= resolved_at`` (open incidents have no end); "while a
  silence was in effect" the silence's active window. Incidents are ``alert_groups``;
  "blamed"/"pinned on"/"suspect" means ``incident_suspects``; "which deploys broke
  something" are the ``change_events`` rows that are an incident's suspect.
"""

N0 = "2025-03-12T06:00:00Z"
NA = "2025-03-11T17:00:00Z"
NB = "2025-03-12T09:00:00Z"
NC = "2025-03-11T15:00:00Z"
ND = "2025-03-11T14:30:00Z"
NF = "2025-03-14T12:00:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
# ---------------------------------------------------------------- filters
    ("i001", "filters", "crit alerts on the indexer in prod",
     "SELECT * FROM alerts WHERE service = 'indexer' AND severity = 'critical' "
     "AND environment_canonical = 'production'", N0),
    ("i002", "filters", "warning-severity alerts for token-service, staging only",
     "SELECT * FROM alerts WHERE service = 'token-service' AND severity = 'warning' "
     "AND environment_canonical = 'staging'", N0),
    ("i003", "filters", "anything labelled team=payments?",
     "SELECT * FROM alerts WHERE labels['team'] = 'payments'", N0),
    ("i004", "filters", "discovery team alerts that are still open",
     "SELECT * FROM alerts WHERE labels['team'] = 'discovery' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')", N0),
    ("i005", "filters", "which alerts came in thru pagerduty",
     "SELECT * FROM alerts WHERE source = 'pagerduty-events'", N0),
    ("i006", "filters", "grafana alerts for the identity project",
     "SELECT * FROM alerts WHERE source = 'grafana' AND project = 'identity'", N0),
    ("i007", "filters", "alerts on node ip-10-42-28-16.eu-west-1.compute.internal",
     "SELECT * FROM alerts WHERE labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal'", N0),
    ("i008", "filters", "show me the OOMKilled alerts in production",
     "SELECT * FROM alerts WHERE name ILIKE '%oomkilled%' AND environment_canonical = 'production'", N0),
    ("i009", "filters", "5xx ratio alerts that aren't in the checkout project",
     "SELECT * FROM alerts WHERE name ILIKE '%5xx%' AND project <> 'checkout'", N0),
    ("i010", "filters", "auth-api prod alerts below critical severity",
     "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'production' "
     "AND severity_rank < 4", N0),
    ("i011", "filters", "alerts from the monitoring namespace",
     "SELECT * FROM alerts WHERE labels['namespace'] = 'monitoring'", N0),
    ("i012", "filters", "alerts that mention redis",
     "SELECT * FROM alerts WHERE name ILIKE '%redis%' OR annotations['summary'] ILIKE '%redis%' "
     "OR annotations['description'] ILIKE '%redis%'", N0),
    ("i013", "filters", "alerts for mountpoint /data",
     "SELECT * FROM alerts WHERE labels['mountpoint'] = '/data'", N0),
    ("i014", "filters", "staging alerts with sev critical or error",
     "SELECT * FROM alerts WHERE severity IN ('critical', 'error') AND environment_canonical = 'staging'", N0),
    ("i015", "filters", "LoginSuccessRateLow on auth-api stg",
     "SELECT * FROM alerts WHERE name = 'LoginSuccessRateLow' AND service = 'auth-api' "
     "AND environment_canonical = 'staging'", N0),
    ("i016", "filters", "critical alerts in cluster prod-eu-west-1 for the search project",
     "SELECT * FROM alerts WHERE labels['cluster'] = 'prod-eu-west-1' AND severity = 'critical' "
     "AND project = 'search'", N0),
    ("i017", "filters", "payments-api staging error logs",
     "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'staging' AND is_error", N0),
    ("i018", "filters", "cart-service log lines that got a 502",
     "SELECT * FROM log_events WHERE service = 'cart-service' "
     "AND attributes['http.response.status_code'] = '502'", N0),
    ("i019", "filters", "early warnings with sigma > 100",
     "SELECT * FROM warnings WHERE sigma > 100", N0),
    ("i020", "filters", "hikaricp_connections_pending samples over 5",
     "SELECT * FROM metric_points WHERE name = 'hikaricp_connections_pending' AND value > 5", N0),
    # ---------------------------------------------------------------- time
    ("i021", "time", "what alerted in the last 3 hrs",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'", NA),
    ("i022", "time", "alerts between midnight and 6am",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'", NA),
    ("i023", "time", "yesterday's prod alerts",
     "SELECT * FROM alerts WHERE environment_canonical = 'production' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("i024", "time", "alerts on feb 16th",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'", N0),
    ("i025", "time", "how many alerts did we get last week",
     "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'", NF),
    ("i026", "time", "critcal alerts in feb",
     "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'", N0),
    ("i027", "time", "prod alerts since monday",
     "SELECT * FROM alerts WHERE environment_canonical = 'production' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("i028", "time", "deploys in the last 90 min",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 13:30:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'", NC),
    ("i029", "time", "checkout-web error logs between 14:30 and 14:45",
     "SELECT * FROM log_events WHERE service = 'checkout-web' AND is_error "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 14:45:00+00'", NA),
    ("i030", "time", "what was firing at 3pm yesterday",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')", NB),
    ("i031", "time", "alerts from march 2 through march 4",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-02 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-05 00:00:00+00'", N0),
    ("i032", "time", "silences created this month",
     "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "AND created_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("i033", "time", "staging alerts in the last 30 mins",
     "SELECT * FROM alerts WHERE environment_canonical = 'staging' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 14:30:00+00'", ND),
    ("i034", "time", "search project alerts this morning",
     "SELECT * FROM alerts WHERE project = 'search' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'", NA),
    ("i035", "time", "what changed on jan 15",
     "SELECT * FROM change_events WHERE phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-01-15 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-01-16 00:00:00+00'", N0),
    ("i036", "time", "first alert of the day",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' ORDER BY starts_at LIMIT 1", NA),
    ("i037", "time", "early warnings that kicked off in the past 12h",
     "SELECT * FROM warnings WHERE starts_at >= TIMESTAMPTZ '2025-03-11 21:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("i038", "time", "hourly alert counts for yesterday",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY hour ORDER BY alerts DESC", NB),
    ("i039", "time", "prod alerts per day this week",
     "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
     "WHERE environment_canonical = 'production' AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00' GROUP BY day ORDER BY alerts DESC", NF),
    ("i040", "time", "snoozes in the last 2 days",
     "SELECT * FROM audit_log WHERE action = 'snooze' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-10 09:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    # ---------------------------------------------------------------- aggregates
    ("i041", "aggregates", "how many alerts has query-sugest had",
     "SELECT count(*) FROM alerts WHERE service = 'query-suggest'", N0),
    ("i042", "aggregates", "how many different alert names have we seen in staging",
     "SELECT count(DISTINCT name) FROM alerts WHERE environment_canonical = 'staging'", N0),
    ("i043", "aggregates", "alert count by severity",
     "SELECT severity, count(*) AS alerts FROM alerts GROUP BY severity ORDER BY alerts DESC", N0),
    ("i044", "aggregates", "prod alerts per project",
     "SELECT project, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' "
     "GROUP BY project ORDER BY alerts DESC", N0),
    ("i045", "aggregates", "MTTR per service for critical alerts, in minutes",
     "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM alerts "
     "WHERE severity = 'critical' AND ends_at IS NOT NULL GROUP BY service ORDER BY minutes DESC", N0),
    ("i046", "aggregates", "median time to resolve indexer alerts",
     "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
     "WHERE service = 'indexer' AND ends_at IS NOT NULL", N0),
    ("i047", "aggregates", "what % of prod alerts are critical",
     "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
     "WHERE environment_canonical = 'production'", N0),
    ("i048", "aggregates", "avg number of alerts per incident",
     "SELECT round(avg(alert_count), 1) FROM alert_groups", N0),
    ("i049", "aggregates", "how many log lines did payments-api prod emit on march 11",
     "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", N0),
    ("i050", "aggregates", "error log count per service yesterday",
     "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY service ORDER BY errors DESC", NB),
    ("i051", "aggregates", "peak p99 latency for payments-api",
     "SELECT max(value) FROM metric_points WHERE name = 'service:http_request_duration_seconds:p99' "
     "AND labels['service'] = 'payments-api'", N0),
    ("i052", "aggregates", "max http error ratio per service, ignore the NaN samples",
     "SELECT labels['service'] AS service, max(value) AS peak FROM metric_points "
     "WHERE name = 'service:http_errors:ratio_rate1m' AND value <> CAST('nan' AS DOUBLE) "
     "GROUP BY service ORDER BY peak DESC", N0),
    ("i053", "aggregates", "on average how many deploys a day in march",
     "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', timestamp) AS day, count(*) AS n FROM change_events "
     "WHERE type = 'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00' GROUP BY day)", N0),
    ("i054", "aggregates", "silences per creator",
     "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC", N0),
    ("i055", "aggregates", "services with more than 5 alerts",
     "SELECT service, count(*) AS alerts FROM alerts GROUP BY service HAVING count(*) > 5 ORDER BY alerts DESC", N0),
    ("i056", "aggregates", "how many incidents are still open",
     "SELECT count(*) FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')", N0),
    ("i057", "aggregates", "alerts by env and severity",
     "SELECT environment_canonical, severity, count(*) AS alerts FROM alerts "
     "GROUP BY environment_canonical, severity ORDER BY alerts DESC", N0),
    ("i058", "aggregates", "how many incidents did each person resolve",
     "SELECT resolved_by, count(*) AS incidents FROM resolutions GROUP BY resolved_by ORDER BY incidents DESC", N0),
    ("i059", "aggregates", "how many times did kenji.tanaka@acme.io snooze something",
     "SELECT count(*) FROM audit_log WHERE action = 'snooze' AND actor = 'kenji.tanaka@acme.io'", N0),
    ("i060", "aggregates", "number of distinct actors behind prod changes in february",
     "SELECT count(DISTINCT actor) FROM change_events WHERE phase = 'live' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'", N0),
    # ---------------------------------------------------------------- top_n
    ("i061", "top_n", "top 3 noisiest svcs",
     "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 3", N0),
    ("i062", "top_n", "which alert goes off the most in staging",
     "SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'staging' "
     "GROUP BY name ORDER BY alerts DESC, name LIMIT 1", N0),
    ("i063", "top_n", "5 latest prod alerst",
     "SELECT * FROM alerts WHERE environment_canonical = 'production' ORDER BY starts_at DESC LIMIT 5", N0),
    ("i064", "top_n", "the 3 longest-running alerts that have resolved",
     "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 3", N0),
    ("i065", "top_n", "who deploys the most",
     "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1", N0),
    ("i066", "top_n", "busiest hour for alerts yesterday",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1", NB),
    ("i067", "top_n", "top 5 payments-api log patterns by error count",
     "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
     "GROUP BY template ORDER BY errors DESC, template LIMIT 5", N0),
    ("i068", "top_n", "3 strongest early warnings by sigma",
     "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3", N0),
    ("i069", "top_n", "top 5 suspects by score",
     "SELECT * FROM incident_suspects ORDER BY score DESC LIMIT 5", N0),
    ("i070", "top_n", "biggest incident so far",
     "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1", N0),
    ("i071", "top_n", "least noisy service in prod",
     "SELECT service, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' "
     "GROUP BY service ORDER BY alerts, service LIMIT 1", N0),
    ("i072", "top_n", "which service gets silenced the most",
     "SELECT service, count(*) AS silences FROM silences GROUP BY service ORDER BY silences DESC, service LIMIT 1", N0),
    ("i073", "top_n", "top 2 projects for critical alerts in february",
     "SELECT project, count(*) AS alerts FROM alerts WHERE severity = 'critical' "
     "AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "GROUP BY project ORDER BY alerts DESC, project LIMIT 2", N0),
    ("i074", "top_n", "latest deploy of each service to prod",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
     "QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1", N0),
    ("i075", "top_n", "which day in march had the most alerts",
     "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-04-01 00:00:00+00' "
     "GROUP BY day ORDER BY alerts DESC, day LIMIT 1", N0),
    ("i076", "top_n", "top 3 services by 5xx log lines",
     "SELECT service, count(*) AS lines FROM log_events WHERE attributes['http.response.status_code'] LIKE '5%' "
     "GROUP BY service ORDER BY lines DESC, service LIMIT 3", N0),
    ("i077", "top_n", "who created the most silences",
     "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
     "ORDER BY silences DESC, created_by LIMIT 1", N0),
    ("i078", "top_n", "3 most recent rollbacks",
     "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' ORDER BY timestamp DESC LIMIT 3", N0),
    ("i079", "top_n", "most common log pattern on checkout-web in prod",
     "SELECT template, sum(lines) AS lines FROM log_pattern_counts WHERE service = 'checkout-web' "
     "AND environment = 'production' GROUP BY template ORDER BY lines DESC, template LIMIT 1", N0),
    ("i080", "top_n", "which incident took longest to resolve",
     "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 1", N0),
    # ---------------------------------------------------------------- changes
    ("i081", "changes", "who shipped payments-api to prod",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND service = 'payments-api' AND environment = 'production'", N0),
    ("i082", "changes", "flag flips in prod",
     "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'", N0),
    ("i083", "changes", "who's been toggling flags on search-api",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "AND service = 'search-api'", N0),
    ("i084", "changes", "any rollbacks this week?",
     "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("i085", "changes", "what changed on auth-api yesterday",
     "SELECT * FROM change_events WHERE phase = 'live' AND service = 'auth-api' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("i086", "changes", "who rolled back payments-api",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
     "AND service = 'payments-api'", N0),
    ("i087", "changes", "when did payments-api last go out to staging",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
     "AND environment = 'staging' ORDER BY timestamp DESC LIMIT 1", N0),
    ("i088", "changes", "config changes by lucie.novak@acme.io",
     "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' "
     "AND actor = 'lucie.novak@acme.io'", N0),
    ("i089", "changes", "who cut the auth-api v4.2.1 release",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'release' AND phase = 'live' AND service = 'auth-api' "
     "AND (version = 'v4.2.1' OR details['ref'] = 'v4.2.1')", N0),
    ("i090", "changes", "argo syncs to prod this month",
     "SELECT * FROM change_events WHERE source = 'argocd' AND phase = 'live' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("i091", "changes", "requested deployments to prod on the 11th",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", N0),
    ("i092", "changes", "what has dpatel shipped",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel'", N0),
    ("i093", "changes", "changes that mention the token TTL",
     "SELECT * FROM change_events WHERE phase = 'live' AND summary ILIKE '%ttl%'", N0),
    ("i094", "changes", "launchdarkly changes by jonas.lindqvist@acme.io",
     "SELECT * FROM change_events WHERE source = 'launchdarkly' AND phase = 'live' "
     "AND actor = 'jonas.lindqvist@acme.io'", N0),
    ("i095", "changes", "k8s scale events on checkout-web",
     "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'checkout-web'", N0),
    ("i096", "changes", "which svcs got deployed to staging yesterday",
     "SELECT DISTINCT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND environment = 'staging' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("i097", "changes", "prod deploy count per actor",
     "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND environment = 'production' GROUP BY actor ORDER BY deploys DESC", N0),
    ("i098", "changes", "changes reported via pagerduty",
     "SELECT * FROM change_events WHERE source = 'pagerduty-change' AND phase = 'live'", N0),
    ("i099", "changes", "who changed config on search-api",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live' "
     "AND service = 'search-api'", N0),
    ("i100", "changes", "which auth-api versions went out to staging",
     "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events "
     "WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'", N0),
    # ---------------------------------------------------------------- silences
    ("i101", "silences", "active silences rn",
     "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
     "AND ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00' "
     "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')", NB),
    ("i102", "silences", "which silences were active at 2am today",
     "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00' "
     "AND ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00' "
     "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')", NB),
    ("i103", "silences", "kenji.tanaka@acme.io's silences on the indexer",
     "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io' AND service = 'indexer'", N0),
    ("i104", "silences", "who's been silencing the indexr",
     "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'", N0),
    ("i105", "silences", "prod silences",
     "SELECT * FROM silences WHERE environment_canonical = 'production'", N0),
    ("i106", "silences", "silences maria.gonzalez@acme.io expired early",
     "SELECT * FROM silences WHERE expired_by = 'maria.gonzalez@acme.io'", N0),
    ("i107", "silences", "silences lasting more than 12h",
     "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 12 HOUR", N0),
    ("i108", "silences", "silences whose comment mentions the catalog import",
     "SELECT * FROM silences WHERE comment ILIKE '%catalog import%'", N0),
    ("i109", "silences", "who snoozed HighLatencyP99",
     "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' "
     "AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')", N0),
    ("i110", "silences", "acks on token-service alerts",
     "SELECT * FROM audit_log WHERE action = 'ack' "
     "AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'service=token-service')", N0),
    ("i111", "silences", "how many silences has jonas.lindqvist@acme.io created",
     "SELECT count(*) FROM silences WHERE created_by = 'jonas.lindqvist@acme.io'", N0),
    ("i112", "silences", "silences created yesterday",
     "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("i113", "silences", "silences running out in the next 6 hours",
     "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:00:00+00') "
     "AND ends_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'", N0),
    ("i114", "silences", "silences for KubePodNotReady",
     "SELECT * FROM silences "
     "WHERE list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=KubePodNotReady')", N0),
    ("i115", "silences", "silences that were scheduled ahead of time",
     "SELECT * FROM silences WHERE starts_at > created_at", N0),
    ("i116", "silences", "staging silences",
     "SELECT * FROM silences WHERE environment_canonical = 'staging'", N0),
    ("i117", "silences", "silences lucie.novak@acme.io created this month",
     "SELECT * FROM silences WHERE created_by = 'lucie.novak@acme.io' "
     "AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "AND created_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("i118", "silences", "average silence length per author, minutes",
     "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences "
     "GROUP BY created_by ORDER BY minutes DESC", N0),
    ("i119", "silences", "alerts a silence actually muted",
     "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0", N0),
    ("i120", "silences", "suggested inhibit rules",
     "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule' AND status = 'suggested'", N0),
    # ---------------------------------------------------------------- joins
    ("i121", "joins", "alerts that fired within 10 min after a rollout of the same svc",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)", N0),
    ("i122", "joins", "deploys that were followed by a critical alert on the same service within the hour",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service "
     "AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 1 HOUR)", N0),
    ("i123", "joins", "prod deploys with no alerts in the 30 min after them",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
     "AND c.environment = 'production' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
     "AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)", N0),
    ("i124", "joins", "incidents pinned on a flag toggle",
     "SELECT * FROM incident_suspects WHERE change_type = 'flag_change'", N0),
    ("i125", "joins", "incidents without any suspect change",
     "SELECT * FROM alert_groups g WHERE NOT EXISTS (SELECT 1 FROM incident_suspects s WHERE s.group_id = g.id)", N0),
    ("i126", "joins", "which deploys broke something (got blamed for an incident)",
     "SELECT * FROM change_events WHERE id IN "
     "(SELECT change_id FROM incident_suspects WHERE change_type = 'deployment')", N0),
    ("i127", "joins", "who made the changes that got blamed for critical incidents",
     "SELECT DISTINCT change_actor FROM incident_suspects WHERE max_severity = 'critical'", N0),
    ("i128", "joins", "prod silences created while an incident on the same service was open",
     "SELECT * FROM silences s WHERE s.environment_canonical = 'production' AND EXISTS ("
     "SELECT 1 FROM alert_groups g WHERE g.service = s.service AND g.environment = s.environment_canonical "
     "AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))", N0),
    ("i129", "joins", "prod alerts that started while a silence on that service was in effect",
     "SELECT * FROM alerts a WHERE a.environment_canonical = 'production' AND EXISTS ("
     "SELECT 1 FROM silences s WHERE s.service = a.service AND s.environment_canonical = a.environment_canonical "
     "AND a.starts_at >= s.starts_at AND a.starts_at < s.ends_at "
     "AND (s.expired_at IS NULL OR a.starts_at < s.expired_at))", N0),
    ("i130", "joins", "payments-api error logs in the 15 min after one of its deploys",
     "SELECT * FROM log_events l WHERE l.service = 'payments-api' AND l.is_error AND EXISTS ("
     "SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = l.service "
     "AND c.environment = l.environment "
     "AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("i131", "joins", "early warnings that came before the payments-api incidents",
     "SELECT * FROM incident_warnings WHERE service = 'payments-api'", N0),
    ("i132", "joins", "for token-service incidents that have a resolution: when they opened, root cause and fix",
     "SELECT g.opened_at, r.root_cause, r.fix FROM alert_groups g JOIN resolutions r ON r.group_id = g.id "
     "WHERE g.service = 'token-service'", N0),
    ("i133", "joins", "alerts within 30 min after a flag change on the same service",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)", N0),
    ("i134", "joins", "alerts in the hour before a rollbak of the same service",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'rollback' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp - INTERVAL 1 HOUR AND a.starts_at <= c.timestamp)", N0),
    ("i135", "joins", "changes in the 30 min before a critical incident on the same service",
     "SELECT * FROM change_events c WHERE c.phase = 'live' AND EXISTS (SELECT 1 FROM alert_groups g "
     "WHERE g.max_severity = 'critical' AND g.service = c.service AND g.environment = c.environment "
     "AND c.timestamp >= g.opened_at - INTERVAL 30 MINUTE AND c.timestamp <= g.opened_at)", N0),
    ("i136", "joins", "payments-api alerts within 20 min after a dpatel deploy",
     "SELECT * FROM alerts a WHERE a.service = 'payments-api' AND EXISTS (SELECT 1 FROM change_events c "
     "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor = 'dpatel' AND c.service = a.service "
     "AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 20 MINUTE)", N0),
    ("i137", "joins", "prod silences made within an hour after an alert fired on that service",
     "SELECT * FROM silences s WHERE s.environment_canonical = 'production' AND EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.service = s.service AND a.environment_canonical = s.environment_canonical "
     "AND s.created_at >= a.starts_at AND s.created_at <= a.starts_at + INTERVAL 1 HOUR)", N0),
    ("i138", "joins", "indexer prod log lines within 5 min either side of its march 11 prod deploy",
     "SELECT * FROM log_events l WHERE l.service = 'indexer' AND l.environment = 'production' AND EXISTS ("
     "SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'indexer' "
     "AND c.environment = 'production' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "AND l.timestamp >= c.timestamp - INTERVAL 5 MINUTE AND l.timestamp <= c.timestamp + INTERVAL 5 MINUTE)", N0),
    ("i139", "joins", "incidents that opened within 15 min after a config change to the same service",
     "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'config_update' "
     "AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment "
     "AND g.opened_at >= c.timestamp AND g.opened_at <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("i140", "joins", "early warnings in the hour after a prod deploy of the same service",
     "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
     "AND c.phase = 'live' AND c.environment = 'production' AND c.service = w.labels['service'] "
     "AND c.environment = w.labels['environment'] "
     "AND w.starts_at >= c.timestamp AND w.starts_at <= c.timestamp + INTERVAL 1 HOUR)", N0),
    # ---------------------------------------------------------------- refusals
    ("i141", "refusals", "whats the weather gonna be like in dublin tmrw", "not_about_this_data", N0),
    ("i142", "refusals", "write me a haiku about being on call", "not_about_this_data", N0),
    ("i143", "refusals", "explain how kafka consumer group rebalancing works", "not_about_this_data", N0),
    ("i144", "refusals", "tell me a joke about kubernetes", "not_about_this_data", N0),
    ("i145", "refusals", "how much is bitcoin worth today", "not_about_this_data", N0),
    ("i146", "refusals", "recommend a good pager app for the team", "not_about_this_data", N0),
    ("i147", "refusals", "what's the capital of australia", "not_about_this_data", N0),
    ("i148", "refusals", "delete all the staging alerts", "asks_to_change_data", N0),
    ("i149", "refusals", "silence the indexer for 2h", "asks_to_change_data", N0),
    ("i150", "refusals", "mark the checkout incident as resolved", "asks_to_change_data", N0),
    ("i151", "refusals", "add a deploy record for auth-api v4.3.0 in prod", "asks_to_change_data", N0),
    ("i152", "refusals", "pls wipe the dlq table", "asks_to_change_data", N0),
    ("i153", "refusals", "set the severity of DiskSpaceLow alerts to info", "asks_to_change_data", N0),
    ("i154", "refusals", "expire every active silence", "asks_to_change_data", N0),
    ("i155", "refusals", "alerts for billing-service in the last 24h", "ungrounded", N0),
    ("i156", "refusals", "deploys of the ledger svc this week", "ungrounded", NB),
    ("i157", "refusals", "silences on the notifications project", "ungrounded", N0),
    ("i158", "refusals", "p99 latency for inventory-api", "ungrounded", N0),
    ("i159", "refusals", "what did jdoe deploy yesterday", "ungrounded", NB),
    ("i160", "refusals", "alerts in the us-east-1 cluster", "ungrounded", N0),
]
