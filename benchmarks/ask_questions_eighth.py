"""The eighth ask question set: ids k001..k160, 20 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the seventh set only its
docstring), from docs/store.md and those rules, over the demo store (records mostly on
2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id, category, question, gold,
now)``; for a refusal the gold is its kind (``not_about_this_data``, ``asks_to_change_data``,
``ungrounded``: names a service, project, person, environment or cluster the store does not
have), otherwise one DuckDB SELECT whose result is compared as a multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: an SRE lead
writing the postmortem timeline the morning after the payments-api incident (mostly asking on
Wednesday 2025-03-12 09:00, "yesterday" being March 11), a data analyst who knows SQL but not
this schema and asks precise, column-minded questions, a compliance/security reviewer auditing
who muted, acked, deployed, flipped or reconfigured what, and a product engineer who only
knows their own service (checkout-web, payments-api, user-profile, token-service, search-api,
cart-service, auth-api or indexer) and types terse fragments. They write full sentences or
fragments, with the odd typo and abbreviation (yday, deplys, prod, stg, pls), and name the
same relations in different words: paged/fired/went off, shipped/deployed/went out/rollout,
flag flip/toggled, config change/touched the config, muted/silenced/snoozed.

Conventions: the seventh set's, kept unchanged so the sets agree (times UTC, the ``now`` values
and what "today", "yesterday", "this week", "last week", "this morning", "between X and Y"
mean under them, things in a window by their own time, alerts from the ``alerts`` view and
"still firing/open" at a time, canonical environments, names by case-insensitive substring or
exact spelling, labels by full value, incidents are ``alert_groups``, changes are their
``phase = 'live'`` reports unless a phase is named, "which versions went out" as
``coalesce(details['ref'], version)`` once each, people by their exact stored spelling, counts
per actor as stored (bots included), silences from the ``silences`` view and active at T,
snoozes and acks from ``audit_log`` matched by a rendered matcher ``name=value``, rounding to
one decimal and durations in minutes, top-N ties broken by the grouped value, joins in time
keeping the first kind named with ``EXISTS`` on service and canonical environment, words that
only colour a question narrow nothing). This set uses only the seventh's ``now`` values
(no new one) and adds, precisely:

- "last N days" is closed ``[now - N days, now]``, like "last N hours".
- "yesterday between 14:00 and 16:00", "between 2:40 and 2:45pm": the clock window half-open on
  the day named (the day of now when none is named), as the seventh's "between 1 and 5 am".
- "which version is running/live in prod" gives ``coalesce(details['ref'], version)`` of the
  last live deployment or rollback of that service and environment (one row), the same
  expression as "which versions went out".
- "for each X: a, b and how many Y ...": one row per X, every X kept (a count of 0 included),
  columns in the order the question lists them; the count is a correlated subquery.
- Early warnings as a side of a join meet on ``labels['service']`` and
  ``labels['environment']`` (the warnings' own canonical names); a warning is "during" an
  incident when ``opened_at <= starts_at`` and (``resolved_at`` NULL or ``starts_at <=
  resolved_at``).
- "incidents without an early warning" are the ``alert_groups`` rows with no row in
  ``incident_warnings``; "changes blamed for incidents" are the ``change_events`` rows whose
  ``id`` is some ``incident_suspects.change_id``.
- "the N longest (resolved) alerts/silences" rank by ``ends_at - starts_at``; "silences longer
  than N hours" is that length ``> INTERVAL N HOUR``.
- "error log lines" are ``log_events`` rows with ``is_error``; asked "how many", one count.
- "what Alertmanager actually muted/held back" is ``alert_mutes``; "suggested routes" and
  similar are ``silence_suggestions`` of that ``kind``.
- "alerts per environment" groups by ``environment_canonical``; "per week" by
  ``date_trunc('week', starts_at)`` (weeks start on Monday).
- "top N actors by live change reports" counts every live report, ``deployment-controller``'s
  scale events included (that is what the actor column holds).
"""

NOW_AFTER = "2025-03-12T06:00:00Z"  # no time phrase: after every record
TUE_1700 = "2025-03-11T17:00:00Z"  # "today" is March 11
WED_0900 = "2025-03-12T09:00:00Z"  # "yesterday" is March 11, "this week"/"since monday" from March 10
TUE_1500 = "2025-03-11T15:00:00Z"  # during the payments-api incident
FRI_1200 = "2025-03-14T12:00:00Z"  # "last week" is March 3 to 10
MON_0900 = "2025-03-17T09:00:00Z"  # "last week" is March 10 to 17

# Rendered audit-log matchers, for snoozes and acks matched to a service or alert name.
_RENDERED = "[m.name || '=' || m.value FOR m IN matchers]"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "k001",
        "filters",
        "any alerts on checkout-web?",
        "SELECT * FROM alerts WHERE service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "k002",
        "filters",
        "List every alert with severity = critical in the production environment.",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'",
        NOW_AFTER,
    ),
    (
        "k003",
        "filters",
        "payments team alerts, severity warning only",
        "SELECT * FROM alerts WHERE labels['team'] = 'payments' AND severity = 'warning'",
        NOW_AFTER,
    ),
    (
        "k004",
        "filters",
        "user-profile alerts in stg",
        "SELECT * FROM alerts WHERE service = 'user-profile' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "k005",
        "filters",
        "Which alerts with namespace=identity are still firing?",
        "SELECT * FROM alerts WHERE labels['namespace'] = 'identity' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "k006",
        "filters",
        "show me the alerts that came in through pagerduty",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        NOW_AFTER,
    ),
    (
        "k007",
        "filters",
        "Alerts that mention Redis anywhere (name, summary or description).",
        "SELECT * FROM alerts WHERE name ILIKE '%redis%' "
        "OR annotations['summary'] ILIKE '%redis%' "
        "OR annotations['description'] ILIKE '%redis%'",
        NOW_AFTER,
    ),
    (
        "k008",
        "filters",
        "payments-api alerts that werent critical",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity_rank < 4",
        NOW_AFTER,
    ),
    (
        "k009",
        "filters",
        "Every change made by lucie.novak@acme.io.",
        "SELECT * FROM change_events WHERE phase = 'live' AND actor = 'lucie.novak@acme.io'",
        NOW_AFTER,
    ),
    (
        "k010",
        "filters",
        "prod config changes",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'config_update' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "k011",
        "filters",
        "flag_change events for search-api",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'flag_change' AND service = 'search-api'",
        NOW_AFTER,
    ),
    (
        "k012",
        "filters",
        "silences where the comment talks about the catalog import",
        "SELECT * FROM silences WHERE comment ILIKE '%catalog import%'",
        NOW_AFTER,
    ),
    (
        "k013",
        "filters",
        "cart-service silences?",
        "SELECT * FROM silences WHERE service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "k014",
        "filters",
        "critical alerts on cluster prod-eu-west-1 for team discovery",
        "SELECT * FROM alerts WHERE labels['cluster'] = 'prod-eu-west-1' "
        "AND labels['team'] = 'discovery' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "k015",
        "filters",
        "Alerts whose name is exactly HighErrorRate.",
        "SELECT * FROM alerts WHERE name = 'HighErrorRate'",
        NOW_AFTER,
    ),
    (
        "k016",
        "filters",
        "anything with 'latency' in the alert name",
        "SELECT * FROM alerts WHERE name ILIKE '%latency%'",
        NOW_AFTER,
    ),
    (
        "k017",
        "filters",
        "token-service alerts that are still open",
        "SELECT * FROM alerts WHERE service = 'token-service' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "k018",
        "filters",
        "rollbacks done by mgonzalez",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'rollback' AND actor = 'mgonzalez'",
        NOW_AFTER,
    ),
    (
        "k019",
        "filters",
        "Early warnings with a negative sigma, i.e. the series dropped below its band.",
        "SELECT * FROM warnings WHERE sigma < 0",
        NOW_AFTER,
    ),
    (
        "k020",
        "filters",
        "acks on token-service alerts",
        f"SELECT * FROM audit_log WHERE action = 'ack' AND list_contains({_RENDERED}, 'service=token-service')",
        NOW_AFTER,
    ),
    # --------------------------------------------------------------------- time
    (
        "k021",
        "time",
        "what fired yesterday between 14:00 and 16:00",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        WED_0900,
    ),
    (
        "k022",
        "time",
        "checkout-web alerts today",
        "SELECT * FROM alerts WHERE service = 'checkout-web' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "k023",
        "time",
        "Alerts whose start time falls in February 2025.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "k024",
        "time",
        "silences created last week",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "k025",
        "time",
        "all of yday's deplys",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k026",
        "time",
        "Alerts from January 20 through January 31.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-01-20 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "k027",
        "time",
        "what paged in the last 30 min",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "k028",
        "time",
        "did anything change on user-profile since monday",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'user-profile' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "k029",
        "time",
        "snoozes from last week",
        "SELECT * FROM audit_log WHERE action = 'snooze' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "k030",
        "time",
        "alerts between midnight and 6am",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        WED_0900,
    ),
    (
        "k031",
        "time",
        "Staging alerts this morning.",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'",
        TUE_1700,
    ),
    (
        "k032",
        "time",
        "incidents opened yesterday",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k033",
        "time",
        "Early warnings that started on 2025-03-11.",
        "SELECT * FROM warnings WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "k034",
        "time",
        "how many error log lines did payments-api write in the last 15 minutes",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:45:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "k035",
        "time",
        "flag changes in the last 30 days",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'flag_change' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-12 12:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'",
        FRI_1200,
    ),
    (
        "k036",
        "time",
        "alerts in the past 24h",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "k037",
        "time",
        "Releases published last week.",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'release' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "k038",
        "time",
        "alerts between 2:40 and 2:45pm",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:40:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 14:45:00+00'",
        TUE_1700,
    ),
    (
        "k039",
        "time",
        "search-api alerts on march 7th",
        "SELECT * FROM alerts WHERE service = 'search-api' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-07 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-08 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "k040",
        "time",
        "who acked anything in the last 48 hours",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 09:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "k041",
        "aggregates",
        "Count of alerts per environment.",
        "SELECT environment_canonical, count(*) FROM alerts GROUP BY environment_canonical ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k042",
        "aggregates",
        "how many alerts fired yesterday",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k043",
        "aggregates",
        "MTTR by service (minutes)",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE status = 'resolved' GROUP BY service",
        NOW_AFTER,
    ),
    (
        "k044",
        "aggregates",
        "how many times has payments-api been deployed to prod",
        "SELECT count(*) FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "AND service = 'payments-api' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "k045",
        "aggregates",
        "number of silences each person has created",
        "SELECT created_by, count(*) FROM silences GROUP BY created_by ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k046",
        "aggregates",
        "Alert count by hour of the day (0-23), across all dates.",
        "SELECT hour(starts_at), count(*) FROM alerts GROUP BY hour(starts_at) ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k047",
        "aggregates",
        "yesterday's alerts broken down by severity",
        "SELECT severity, count(*) FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY severity ORDER BY count(*) DESC",
        WED_0900,
    ),
    (
        "k048",
        "aggregates",
        "What is the mean number of member alerts per incident?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "k049",
        "aggregates",
        "what % of checkout-web alerts were critical",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) "
        "FROM alerts WHERE service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "k050",
        "aggregates",
        "snoozes per person",
        "SELECT actor, count(*) FROM audit_log WHERE action = 'snooze' GROUP BY actor ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k051",
        "aggregates",
        "How many distinct alert names does the search project have?",
        "SELECT count(DISTINCT name) FROM alerts WHERE project = 'search'",
        NOW_AFTER,
    ),
    (
        "k052",
        "aggregates",
        "median indexer alert duration in minutes",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE service = 'indexer' AND status = 'resolved'",
        NOW_AFTER,
    ),
    (
        "k053",
        "aggregates",
        "Number of live change_events per type.",
        "SELECT type, count(*) FROM change_events WHERE phase = 'live' GROUP BY type ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k054",
        "aggregates",
        "Which projects have 15 or more alerts in total?",
        "SELECT project, count(*) FROM alerts GROUP BY project HAVING count(*) >= 15 ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k055",
        "aggregates",
        "deploy count per actor",
        "SELECT actor, count(*) FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "GROUP BY actor ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k056",
        "aggregates",
        "avg alerts per day so far this week",
        "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', starts_at) AS d, count(*) AS n "
        "FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' GROUP BY d)",
        WED_0900,
    ),
    (
        "k057",
        "aggregates",
        "Alerts per week in February.",
        "SELECT date_trunc('week', starts_at), count(*) FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "GROUP BY date_trunc('week', starts_at) ORDER BY count(*) DESC",
        NOW_AFTER,
    ),
    (
        "k058",
        "aggregates",
        "how many acks have token-service alerts gotten",
        f"SELECT count(*) FROM audit_log WHERE action = 'ack' AND list_contains({_RENDERED}, 'service=token-service')",
        NOW_AFTER,
    ),
    (
        "k059",
        "aggregates",
        "Highest sigma per service among the early warnings.",
        "SELECT labels['service'], max(sigma) FROM warnings GROUP BY labels['service']",
        NOW_AFTER,
    ),
    (
        "k060",
        "aggregates",
        "peak hikaricp_connections_pending value on 3/11",
        "SELECT max(value) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------- top_n
    (
        "k061",
        "top_n",
        "Top 3 services by alert count.",
        "SELECT service, count(*) FROM alerts GROUP BY service ORDER BY count(*) DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "k062",
        "top_n",
        "noisiest alert yesterday",
        "SELECT name, count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY name ORDER BY count(*) DESC, name LIMIT 1",
        WED_0900,
    ),
    (
        "k063",
        "top_n",
        "who has created the most silences",
        "SELECT created_by, count(*) FROM silences GROUP BY created_by ORDER BY count(*) DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k064",
        "top_n",
        "The 5 longest resolved alerts.",
        "SELECT * FROM alerts WHERE status = 'resolved' ORDER BY ends_at - starts_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "k065",
        "top_n",
        "last time payments-api alerted?",
        "SELECT * FROM alerts WHERE service = 'payments-api' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' ORDER BY starts_at DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k066",
        "top_n",
        "last 5 changes in prod",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' ORDER BY timestamp DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "k067",
        "top_n",
        "Which 3 services have the fewest alerts?",
        "SELECT service, count(*) FROM alerts GROUP BY service ORDER BY count(*), service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "k068",
        "top_n",
        "top 2 people by flag flips",
        "SELECT actor, count(*) FROM change_events WHERE phase = 'live' AND type = 'flag_change' "
        "GROUP BY actor ORDER BY count(*) DESC, actor LIMIT 2",
        NOW_AFTER,
    ),
    (
        "k069",
        "top_n",
        "top 3 early warnings, highest sigma first",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "k070",
        "top_n",
        "Which calendar day had the most alerts?",
        "SELECT date_trunc('day', starts_at), count(*) FROM alerts "
        "GROUP BY date_trunc('day', starts_at) ORDER BY count(*) DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k071",
        "top_n",
        "first ever indexer alert",
        "SELECT * FROM alerts WHERE service = 'indexer' ORDER BY starts_at LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k072",
        "top_n",
        "which incident pulled in the most alerts",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k073",
        "top_n",
        "Top 4 actors by number of live change reports.",
        "SELECT actor, count(*) FROM change_events WHERE phase = 'live' GROUP BY actor "
        "ORDER BY count(*) DESC, actor LIMIT 4",
        NOW_AFTER,
    ),
    (
        "k074",
        "top_n",
        "the 3 longest silences",
        "SELECT * FROM silences ORDER BY ends_at - starts_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "k075",
        "top_n",
        "when in the day do we get paged most? just the hour",
        "SELECT hour(starts_at), count(*) FROM alerts GROUP BY hour(starts_at) ORDER BY count(*) DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k076",
        "top_n",
        "search-api's noisiest alert",
        "SELECT name, count(*) FROM alerts WHERE service = 'search-api' GROUP BY name "
        "ORDER BY count(*) DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k077",
        "top_n",
        "last 2 auth-api deploys",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "AND service = 'auth-api' AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 2",
        NOW_AFTER,
    ),
    (
        "k078",
        "top_n",
        "which service got rolled back the most",
        "SELECT service, count(*) FROM change_events WHERE phase = 'live' AND type = 'rollback' "
        "GROUP BY service ORDER BY count(*) DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k079",
        "top_n",
        "quietest project?",
        "SELECT project, count(*) FROM alerts GROUP BY project ORDER BY count(*), project LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k080",
        "top_n",
        "top 3 services by alerts yesterday",
        "SELECT service, count(*) FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY service ORDER BY count(*) DESC, service LIMIT 3",
        WED_0900,
    ),
    # ----------------------------------------------------------------- changes
    (
        "k081",
        "changes",
        "which payments-api versions went out yesterday",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events "
        "WHERE phase = 'live' AND type = 'deployment' AND service = 'payments-api' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k082",
        "changes",
        "user-profile in prod - which version is on it now?",
        "SELECT coalesce(details['ref'], version) FROM change_events "
        "WHERE phase = 'live' AND type IN ('deployment', 'rollback') "
        "AND service = 'user-profile' AND environment = 'production' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k083",
        "changes",
        "Who flipped feature flags in production?",
        "SELECT DISTINCT actor FROM change_events WHERE phase = 'live' AND type = 'flag_change' "
        "AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "k084",
        "changes",
        "payments-api's most recent deploy?",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "AND service = 'payments-api' AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "k085",
        "changes",
        "For each service, the timestamp of its most recent deployment.",
        "SELECT service, max(timestamp) FROM change_events WHERE phase = 'live' "
        "AND type = 'deployment' GROUP BY service",
        NOW_AFTER,
    ),
    (
        "k086",
        "changes",
        "who touched token-service config",
        "SELECT DISTINCT actor FROM change_events WHERE phase = 'live' "
        "AND type = 'config_update' AND service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "k087",
        "changes",
        "prod rollbacks",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'rollback' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "k088",
        "changes",
        "what versions of checkout-web have we shipped",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events "
        "WHERE phase = 'live' AND type = 'deployment' AND service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "k089",
        "changes",
        "Argo CD syncs to staging.",
        "SELECT * FROM change_events WHERE phase = 'live' AND source = 'argocd' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "k090",
        "changes",
        "deployment requests opened by sokafor",
        "SELECT * FROM change_events WHERE phase = 'requested' AND type = 'deployment' AND actor = 'sokafor'",
        NOW_AFTER,
    ),
    (
        "k091",
        "changes",
        "who cut the auth-api v4.2.1 release",
        "SELECT DISTINCT actor FROM change_events WHERE phase = 'live' AND type = 'release' "
        "AND service = 'auth-api' AND coalesce(details['ref'], version) = 'v4.2.1'",
        NOW_AFTER,
    ),
    (
        "k092",
        "changes",
        "cart-service change history",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "k093",
        "changes",
        "Changes that came in through PagerDuty change events.",
        "SELECT * FROM change_events WHERE phase = 'live' AND source = 'pagerduty-change'",
        NOW_AFTER,
    ),
    (
        "k094",
        "changes",
        "what did dpatel deploy yesterday",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "AND actor = 'dpatel' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k095",
        "changes",
        "Flag changes where the flag key is semantic-ranking.",
        "SELECT * FROM change_events WHERE phase = 'live' AND type = 'flag_change' "
        "AND details['flag_key'] = 'semantic-ranking'",
        NOW_AFTER,
    ),
    (
        "k096",
        "changes",
        "which services had a config change",
        "SELECT DISTINCT service FROM change_events WHERE phase = 'live' AND type = 'config_update'",
        NOW_AFTER,
    ),
    (
        "k097",
        "changes",
        "any change mentioning TTL?",
        "SELECT * FROM change_events WHERE phase = 'live' AND summary ILIKE '%ttl%'",
        NOW_AFTER,
    ),
    (
        "k098",
        "changes",
        "any failed deploys?",
        "SELECT * FROM change_events WHERE phase = 'failed' AND type = 'deployment'",
        NOW_AFTER,
    ),
    (
        "k099",
        "changes",
        "list the auth-api builds we put on staging, versions only pls",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events "
        "WHERE phase = 'live' AND type = 'deployment' AND service = 'auth-api' "
        "AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "k100",
        "changes",
        "who's shipped user-profile to prod",
        "SELECT DISTINCT actor FROM change_events WHERE phase = 'live' AND type = 'deployment' "
        "AND service = 'user-profile' AND environment = 'production'",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "k101",
        "silences",
        "Which people have put silences on the indexer?",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "k102",
        "silences",
        "which silences are in effect at the moment",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "k103",
        "silences",
        "Silences somebody ended early.",
        "SELECT * FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "k104",
        "silences",
        "silences created yesterday",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k105",
        "silences",
        "Silences that were scheduled ahead of time.",
        "SELECT * FROM silences WHERE starts_at > created_at",
        NOW_AFTER,
    ),
    (
        "k106",
        "silences",
        "is token-service silenced right now?",
        "SELECT * FROM silences WHERE service = 'token-service' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "k107",
        "silences",
        "silences longer than 5 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 5 HOUR",
        NOW_AFTER,
    ),
    (
        "k108",
        "silences",
        "Silences created by lucie.novak@acme.io.",
        "SELECT * FROM silences WHERE created_by = 'lucie.novak@acme.io'",
        NOW_AFTER,
    ),
    (
        "k109",
        "silences",
        "silences about to lapse within 2h",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00') "
        "AND ends_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1500,
    ),
    (
        "k110",
        "silences",
        "Which alerts did Alertmanager actually hold back?",
        "SELECT * FROM alert_mutes",
        NOW_AFTER,
    ),
    (
        "k111",
        "silences",
        "Average silence length in minutes.",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences",
        NOW_AFTER,
    ),
    (
        "k112",
        "silences",
        "staging silences",
        "SELECT * FROM silences WHERE environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "k113",
        "silences",
        "kenji.tanaka@acme.io's snoozes last week",
        "SELECT * FROM audit_log WHERE action = 'snooze' AND actor = 'kenji.tanaka@acme.io' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "k114",
        "silences",
        "who snoozed HighLatencyP99 yday",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' "
        f"AND list_contains({_RENDERED}, 'alertname=HighLatencyP99') "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "k115",
        "silences",
        "has signalcraft proposed any routing changes for noisy alerts?",
        "SELECT * FROM silence_suggestions WHERE kind = 'route'",
        NOW_AFTER,
    ),
    (
        "k116",
        "silences",
        "Silences expired by maria.gonzalez@acme.io.",
        "SELECT * FROM silences WHERE expired_by = 'maria.gonzalez@acme.io'",
        NOW_AFTER,
    ),
    (
        "k117",
        "silences",
        "Are any silences using regex matchers?",
        # the author's list_bool_or([m.is_regex FOR m IN matchers]) in functions the gate allows, same rows
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.is_regex)) > 0",
        NOW_AFTER,
    ),
    (
        "k118",
        "silences",
        "indexer silences created in march",
        "SELECT * FROM silences WHERE service = 'indexer' "
        "AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "k119",
        "silences",
        "How many silences were active at 2025-02-24 17:00 UTC?",
        "SELECT count(*) FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-02-24 17:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-02-24 17:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-02-24 17:00:00+00')",
        NOW_AFTER,
    ),
    (
        "k120",
        "silences",
        "acks by sade.okafor@acme.io",
        "SELECT * FROM audit_log WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------- joins
    (
        "k121",
        "joins",
        "pages in the 15 min after yesterday's deploys",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.phase = 'live' AND c.type = 'deployment' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        WED_0900,
    ),
    (
        "k122",
        "joins",
        "Which rollouts had a critical page land within 60 minutes afterwards?",
        "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical' "
        "AND a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "k123",
        "joins",
        "For each rollback: service, time, and how many alerts fired on that service in the 30 minutes after it.",
        "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) "
        "FROM change_events c WHERE c.phase = 'live' AND c.type = 'rollback'",
        NOW_AFTER,
    ),
    (
        "k124",
        "joins",
        "indexer alerts that started while an indexer silence was active",
        "SELECT a.* FROM alerts a WHERE a.service = 'indexer' AND EXISTS "
        "(SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND s.environment_canonical = a.environment_canonical "
        "AND s.starts_at <= a.starts_at AND s.ends_at > a.starts_at "
        "AND (s.expired_at IS NULL OR s.expired_at > a.starts_at))",
        NOW_AFTER,
    ),
    (
        "k125",
        "joins",
        "incidents opened yesterday where someone created a silence on that service while the incident was going on",
        "SELECT g.* FROM alert_groups g "
        "WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service "
        "AND s.environment_canonical = g.environment AND s.created_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        WED_0900,
    ),
    (
        "k126",
        "joins",
        "Silences someone made no more than 30 minutes after an alert started on that service.",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = s.service AND a.environment_canonical = s.environment_canonical "
        "AND s.created_at >= a.starts_at AND s.created_at <= a.starts_at + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "k127",
        "joins",
        "which services got paged within a quarter hour after a flag flip",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.phase = 'live' AND c.type = 'flag_change' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "k128",
        "joins",
        "payments-api alerts in the 15 minutes after any of dpatel's deploys",
        "SELECT a.* FROM alerts a WHERE a.service = 'payments-api' "
        "AND a.starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' "
        "AND c.type = 'deployment' AND c.actor = 'dpatel' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        TUE_1500,
    ),
    (
        "k129",
        "joins",
        "of yesterday's deploys, which went out clean: no alert on that service in the hour after",
        "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        WED_0900,
    ),
    (
        "k130",
        "joins",
        "Incidents nobody got an early warning for.",
        "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings)",
        NOW_AFTER,
    ),
    (
        "k131",
        "joins",
        "list the changes that ended up as an incident's suspect",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "k132",
        "joins",
        "critical incidents + the change we suspect for each",
        "SELECT * FROM incident_suspects WHERE max_severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "k133",
        "joins",
        "For each incident opened on March 11, give its id and the number of deployments "
        "to the same service in the hour before it opened.",
        "SELECT g.id, (SELECT count(*) FROM change_events c WHERE c.phase = 'live' "
        "AND c.type = 'deployment' AND c.service = g.service AND c.environment = g.environment "
        "AND c.timestamp >= g.opened_at - INTERVAL 60 MINUTE AND c.timestamp <= g.opened_at) "
        "FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "k134",
        "joins",
        "early warnings in the hour before today's payments-api alerts",
        "SELECT w.* FROM warnings w WHERE EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = 'payments-api' "
        "AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND a.starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND w.labels['service'] = a.service "
        "AND w.labels['environment'] = a.environment_canonical "
        "AND w.starts_at >= a.starts_at - INTERVAL 60 MINUTE AND w.starts_at <= a.starts_at)",
        TUE_1500,
    ),
    (
        "k135",
        "joins",
        "Silences that were put in place while an incident was open on the same service.",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = s.service AND g.environment = s.environment_canonical "
        "AND s.created_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "k136",
        "joins",
        "anything page within 15 min before or after a rollback?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.phase = 'live' AND c.type = 'rollback' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp - INTERVAL 15 MINUTE "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "k137",
        "joins",
        "user-profile deploys that got rolled back within the hour",
        "SELECT d.* FROM change_events d WHERE d.phase = 'live' AND d.type = 'deployment' "
        "AND d.service = 'user-profile' AND EXISTS (SELECT 1 FROM change_events r "
        "WHERE r.phase = 'live' AND r.type = 'rollback' AND r.service = d.service "
        "AND r.environment = d.environment AND r.timestamp >= d.timestamp "
        "AND r.timestamp <= d.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "k138",
        "joins",
        "Early warnings that began while an incident was open on the same service.",
        "SELECT w.* FROM warnings w WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = w.labels['service'] AND g.environment = w.labels['environment'] "
        "AND w.starts_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR w.starts_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "k139",
        "joins",
        "how many error log lines did payments-api write in the 10 min after its march 11 rollback",
        "SELECT count(*) FROM log_events l WHERE l.service = 'payments-api' AND l.is_error "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' "
        "AND c.type = 'rollback' AND c.service = l.service AND c.environment = l.environment "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "k140",
        "joins",
        "Show deploys that landed while the service was under an active silence.",
        "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' "
        "AND EXISTS (SELECT 1 FROM silences s WHERE s.service = c.service "
        "AND s.environment_canonical = c.environment AND s.starts_at <= c.timestamp "
        "AND s.ends_at > c.timestamp AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "k141",
        "refusals",
        "whats the weather in dublin tmrw",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "k142",
        "refusals",
        "delete the HighLatencyP99 alerts from staging, they're just noise",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "k143",
        "refusals",
        "notification-service: any alerts this week?",
        "ungrounded",
        WED_0900,
    ),
    (
        "k144",
        "refusals",
        "write a haiku about being on call",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "k145",
        "refusals",
        "silence the indexer for 2 hours",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "k146",
        "refusals",
        "Deployments to the qa environment.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "k147",
        "refusals",
        "how do i set up pgbouncer transaction pooling",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "k148",
        "refusals",
        "What did priya.sharma@acme.io silence?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "k149",
        "refusals",
        "roll payments-api back to v2.13.2",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "k150",
        "refusals",
        "critical alerts on the prod-us-east-1 cluster",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "k151",
        "refusals",
        "explain error budgets to me like I'm five",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "k152",
        "refusals",
        "mark the checkout incident as resolved",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "k153",
        "refusals",
        "Incidents in the marketing project.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "k154",
        "refusals",
        "whats our aws bill for feb",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "k155",
        "refusals",
        "bump CertificateExpiringSoon to critical severity",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "k156",
        "refusals",
        "who deployed recommendations-api last week",
        "ungrounded",
        FRI_1200,
    ),
    (
        "k157",
        "refusals",
        "translate 'postmortem' into german",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "k158",
        "refusals",
        "expire kenji's nightly reindex silence",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "k159",
        "refusals",
        "anything firing for the data-platform project?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "k160",
        "refusals",
        "recommend a good book on SRE",
        "not_about_this_data",
        NOW_AFTER,
    ),
]
