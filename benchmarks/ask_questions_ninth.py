"""The ninth ask question set: ids m001..m160, 20 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the eighth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store (records mostly on
2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id, category, question, gold,
now)``; for a refusal the gold is its kind (``not_about_this_data``, ``asks_to_change_data``,
``ungrounded``: names a service, project, person, environment or cluster the store does not
have), otherwise one DuckDB SELECT whose result is compared as a multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: an SRE
handing over the on-call shift and summarising it (at the end of Tuesday's day shift, 17:00,
or at Wednesday's 09:00 handover, "yesterday" being March 11), a finance/platform cost person
who asks about volume and counts (log lines, samples, alerts per thing, how many of what), the
lead of the search team who knows only the search services (search-api, indexer,
query-suggest: the ``search`` project) and asks about nothing else, and an incident commander
in the middle of the payments-api outage (mostly at Tuesday 15:00) who types fast, with typos
and shorthand (rn, tdy, yday, crit, stg, pls, w/, <10min). They write full sentences or
fragments and name the same relations in different words: fired/went off/paged/alerted,
deploy/rollout/shipped/went out, flag flip/toggled, touched the config, silenced/muted/in
effect, and time joins as "right after", "in the wake of", "leading up to", "while ... was
going on", "that coincided with", "chased by", "followed by".

Conventions: the eighth set's, kept unchanged so the sets agree (and through it the
seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this week", "last
week", "between X and Y" mean under them, things in a window by their own time, alerts from
the ``alerts`` view, "still firing/open" at a time, canonical environments, names by
case-insensitive substring or exact spelling, labels by full value, incidents are
``alert_groups``, changes are their ``phase = 'live'`` reports unless a phase is named, "which
versions went out" as ``coalesce(details['ref'], version)`` once each, "which version is
live" as that of the last live deployment or rollback, people by their exact stored spelling,
counts per actor as stored (bots included), silences from the ``silences`` view and active at
T, snoozes and acks from ``audit_log`` matched by a matcher ``name=value``, rounding to one
decimal and durations in minutes, top-N ties broken by the grouped value, joins in time keeping
the first kind named with ``EXISTS`` on service and canonical environment, warnings met on
their ``labels['service']`` and ``labels['environment']``, "for each X: a, b and how many Y"
as one row per X with a correlated count, "the N longest" by ``ends_at - starts_at``, the last
N days/hours closed ``[now - N, now]``, clock windows half-open on the day named). This set
uses only the eighth's ``now`` values (no new one). Matchers of ``audit_log`` are matched with
``len(list_filter(matchers, m -> m.name = ... AND m.value = ...)) > 0`` (the same rows as the
rendered ``name=value``). It adds, precisely:

- "since 6pm yesterday", "since 9am", "since midnight": closed ``[that time, now]`` (the day of
  now when none is named), like "today" (``[midnight, now]``); "the last N minutes" is closed
  ``[now - N minutes, now]``, like the last N hours.
- "right after", "in the wake of", "chased by", "followed by" are *after* (``[t, t + N]``);
  "leading up to" is *before* (``[t - N, t]``); "while X was going on" is *during* X's span
  (an incident from ``opened_at`` until ``resolved_at``, open-ended while NULL); "A that
  coincided with an open incident" is A's own time inside the incident's span; N as the
  eighth's defaults when not said (15 minutes between changes and alerts or incidents, 60
  otherwise).
- "alerts that went off while the service was silenced": the alert's ``starts_at`` is a
  moment at which the silence is active (the silences' "active at T", a silence without an
  environment covering every environment); "deploys that went out while their service was
  silenced": the same with the change's ``timestamp``.
- "silences created while an incident was open": the silence's ``created_at`` inside the
  incident's span, met on service, and on the incident's environment unless the silence pins
  none.
- "silences scheduled ahead (of time)" are those with ``starts_at > created_at``.
- "the search services", "search project": the rows whose ``project`` is ``search``.
- "resolved X that lasted more than N" and "alerts that resolved in under N": only rows with
  an ``ends_at``, by ``ends_at - starts_at`` (strictly more / strictly less).
- "which alerts did Alertmanager swallow because of a silence": ``alert_mutes`` rows with a
  non-empty ``silenced_by``.
- "show the last prod deploy of X", "most recent prod deployment per search service": every
  column of that live deployment report (one row, or one per service).
- A question about money, on-call rotas, head counts or general knowledge is
  ``not_about_this_data``; a request to silence, ack, expire, delete, resolve, roll back or
  re-threshold is ``asks_to_change_data``, whatever service it names.
"""

NOW_AFTER = "2025-03-12T06:00:00Z"  # no time phrase: after every record
TUE_1700 = "2025-03-11T17:00:00Z"  # end of the day shift: "today" is March 11
WED_0900 = "2025-03-12T09:00:00Z"  # morning handover: "yesterday" is March 11, "this week" from March 10
TUE_1500 = "2025-03-11T15:00:00Z"  # during the payments-api outage
FRI_1200 = "2025-03-14T12:00:00Z"  # "last week" is March 3 to 10, "this week" from March 10
MON_0900 = "2025-03-17T09:00:00Z"  # "last week" is March 10 to 17

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "m001",
        "filters",
        "whats firing on payments-api rn",
        "SELECT * FROM alerts WHERE service = 'payments-api' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "m002",
        "filters",
        "critical alerts on the indexer",
        "SELECT * FROM alerts WHERE service = 'indexer' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "m003",
        "filters",
        "List every alert that came in through PagerDuty.",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        NOW_AFTER,
    ),
    (
        "m004",
        "filters",
        "staging alerts for auth-api",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "m005",
        "filters",
        "query-suggest alerts in prod pls",
        "SELECT * FROM alerts WHERE service = 'query-suggest' AND environment_canonical = 'production'",
        NOW_AFTER,
    ),
    (
        "m006",
        "filters",
        "alerts w/ long_window=6h",
        "SELECT * FROM alerts WHERE labels['long_window'] = '6h'",
        NOW_AFTER,
    ),
    (
        "m007",
        "filters",
        "Before I hand over: which alerts are still open at the moment?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "m008",
        "filters",
        "search-api alerts on the prod-eu-west-1 cluster",
        "SELECT * FROM alerts WHERE service = 'search-api' AND labels['cluster'] = 'prod-eu-west-1'",
        NOW_AFTER,
    ),
    (
        "m009",
        "filters",
        "warning-level alerts that came from grafana",
        "SELECT * FROM alerts WHERE severity = 'warning' AND source = 'grafana'",
        NOW_AFTER,
    ),
    (
        "m010",
        "filters",
        "show me teh checkout-web alerts",
        "SELECT * FROM alerts WHERE service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "m011",
        "filters",
        "Which alerts resolved in under 10 minutes?",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL AND ends_at - starts_at < INTERVAL 10 MINUTE",
        NOW_AFTER,
    ),
    (
        "m012",
        "filters",
        "resolved indexer alerts that lasted more than half an hour",
        "SELECT * FROM alerts WHERE service = 'indexer' AND ends_at IS NOT NULL "
        "AND ends_at - starts_at > INTERVAL 30 MINUTE",
        NOW_AFTER,
    ),
    (
        "m013",
        "filters",
        "crit alerts in the checkout project tdy",
        "SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'critical' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "m014",
        "filters",
        "any alerts mentioning redis?",
        "SELECT * FROM alerts WHERE name ILIKE '%redis%' "
        "OR annotations['summary'] ILIKE '%redis%' "
        "OR annotations['description'] ILIKE '%redis%'",
        NOW_AFTER,
    ),
    (
        "m015",
        "filters",
        "alerts labelled team=discovery in staging",
        "SELECT * FROM alerts WHERE labels['team'] = 'discovery' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "m016",
        "filters",
        "HighLatencyP99 alerts in stg",
        "SELECT * FROM alerts WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "m017",
        "filters",
        "Were there any info-level alerts?",
        "SELECT * FROM alerts WHERE severity = 'info'",
        NOW_AFTER,
    ),
    (
        "m018",
        "filters",
        "alerts from the identity project in staging",
        "SELECT * FROM alerts WHERE project = 'identity' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "m019",
        "filters",
        "error log lines from indexer in staging",
        "SELECT * FROM log_events WHERE service = 'indexer' AND environment = 'staging' AND is_error",
        NOW_AFTER,
    ),
    (
        "m020",
        "filters",
        "alerts on node ip-10-42-28-16.eu-west-1.compute.internal",
        "SELECT * FROM alerts WHERE labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ time
    (
        "m021",
        "time",
        "What fired yesterday? Need it for the handover.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "m022",
        "time",
        "how many alerts since midnight",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "m023",
        "time",
        "How many alerts did we get last week?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "m024",
        "time",
        "search-api alerts in the last 3 hours",
        "SELECT * FROM alerts WHERE service = 'search-api' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "m025",
        "time",
        "alerts last 20 min",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:40:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "m026",
        "time",
        "did anything go off between 2pm and 3pm?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1700,
    ),
    (
        "m027",
        "time",
        "indexer alerts last week",
        "SELECT * FROM alerts WHERE service = 'indexer' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "m028",
        "time",
        "number of alerts so far this week",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "m029",
        "time",
        "alerts between 1 and 5 am",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 05:00:00+00'",
        WED_0900,
    ),
    (
        "m030",
        "time",
        "How many alerts were raised in February?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "m031",
        "time",
        "any query-suggest alerts in the last 2 days?",
        "SELECT * FROM alerts WHERE service = 'query-suggest' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-10 09:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "m032",
        "time",
        "What was the first alert of the day?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' ORDER BY starts_at LIMIT 1",
        TUE_1700,
    ),
    (
        "m033",
        "time",
        "most recent auth-api alert",
        "SELECT * FROM alerts WHERE service = 'auth-api' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' ORDER BY starts_at DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m034",
        "time",
        "alerts per hour yesterday",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY hour",
        WED_0900,
    ),
    (
        "m035",
        "time",
        "search project alerts since 9am",
        "SELECT * FROM alerts WHERE project = 'search' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "m036",
        "time",
        "alerts betwen 2:30 and 2:45pm",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 14:45:00+00'",
        TUE_1500,
    ),
    (
        "m037",
        "time",
        "What has fired since 6pm yesterday?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "m038",
        "time",
        "alerts on feb 16",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "m039",
        "time",
        "search-api deploys this week",
        "SELECT * FROM change_events WHERE service = 'search-api' AND type = 'deployment' "
        "AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'",
        FRI_1200,
    ),
    (
        "m040",
        "time",
        "Which silences were created last week?",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "m041",
        "aggregates",
        "alert volume per service",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service",
        NOW_AFTER,
    ),
    (
        "m042",
        "aggregates",
        "How many log lines has payments-api emitted in total?",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "m043",
        "aggregates",
        "total error log lines today",
        "SELECT count(*) FROM log_events WHERE is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "m044",
        "aggregates",
        "average alert duration per service, in minutes",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes "
        "FROM alerts WHERE ends_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "m045",
        "aggregates",
        "What percentage of our alerts are critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts",
        NOW_AFTER,
    ),
    (
        "m046",
        "aggregates",
        "avg alerts per day for search-api in staging",
        "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS n "
        "FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging' "
        "GROUP BY day)",
        NOW_AFTER,
    ),
    (
        "m047",
        "aggregates",
        "how many distinct services have alerted",
        "SELECT count(DISTINCT service) FROM alerts",
        NOW_AFTER,
    ),
    (
        "m048",
        "aggregates",
        "alert count by severity",
        "SELECT severity, count(*) FROM alerts GROUP BY severity",
        NOW_AFTER,
    ),
    (
        "m049",
        "aggregates",
        "How many metric samples do we store per metric?",
        "SELECT name, count(*) FROM metric_points GROUP BY name",
        NOW_AFTER,
    ),
    (
        "m050",
        "aggregates",
        "max hikaricp_connections_pending today",
        "SELECT max(value) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "m051",
        "aggregates",
        "median HighLatencyP99 alert duration in minutes",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE name = 'HighLatencyP99' AND ends_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "m052",
        "aggregates",
        "number of changes that went live, per change type",
        "SELECT type, count(*) FROM change_events WHERE phase = 'live' GROUP BY type",
        NOW_AFTER,
    ),
    (
        "m053",
        "aggregates",
        "How many incidents are still open as I hand over?",
        "SELECT count(*) FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "m054",
        "aggregates",
        "alert counts per environment",
        "SELECT environment_canonical, count(*) FROM alerts GROUP BY environment_canonical",
        NOW_AFTER,
    ),
    (
        "m055",
        "aggregates",
        "mean sigma of the indexer warnings",
        "SELECT round(avg(sigma), 1) FROM warnings WHERE labels['service'] = 'indexer'",
        NOW_AFTER,
    ),
    (
        "m056",
        "aggregates",
        "silences created per person",
        "SELECT created_by, count(*) FROM silences GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "m057",
        "aggregates",
        "how many snoozes yday",
        "SELECT count(*) FROM audit_log WHERE action = 'snooze' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "m058",
        "aggregates",
        "weekly alert counts",
        "SELECT date_trunc('week', starts_at) AS week, count(*) FROM alerts GROUP BY week",
        NOW_AFTER,
    ),
    (
        "m059",
        "aggregates",
        "On average how many alerts does a search project incident have?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups WHERE project = 'search'",
        NOW_AFTER,
    ),
    (
        "m060",
        "aggregates",
        "today's critical vs warning split",
        "SELECT severity, count(*) FROM alerts WHERE severity IN ('critical', 'warning') "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' GROUP BY severity",
        TUE_1700,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "m061",
        "top_n",
        "top 3 services by number of alerts",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "m062",
        "top_n",
        "noisiest alert in the search project",
        "SELECT name, count(*) AS alerts FROM alerts WHERE project = 'search' GROUP BY name "
        "ORDER BY alerts DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m063",
        "top_n",
        "Which 3 actors shipped the most deploys?",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' "
        "AND phase = 'live' GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3",
        NOW_AFTER,
    ),
    (
        "m064",
        "top_n",
        "which 5 alerts dragged on the longest",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "m065",
        "top_n",
        "Which day had the most alerts?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts GROUP BY day "
        "ORDER BY alerts DESC, day LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m066",
        "top_n",
        "top 2 indexer log patterns by error count",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'indexer' "
        "GROUP BY template ORDER BY errors DESC, template LIMIT 2",
        NOW_AFTER,
    ),
    (
        "m067",
        "top_n",
        "top 3 suspect changes by score",
        "SELECT * FROM incident_suspects ORDER BY score DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "m068",
        "top_n",
        "busiest hour of the day for alerts",
        "SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts GROUP BY hour "
        "ORDER BY alerts DESC, hour LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m069",
        "top_n",
        "Who has done the most acks?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor "
        "ORDER BY acks DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m070",
        "top_n",
        "3 strongest warnings by sigma",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "m071",
        "top_n",
        "quietest service by alert count",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m072",
        "top_n",
        "incident w/ the most alerts in it",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m073",
        "top_n",
        "Top 5 services by log volume.",
        "SELECT service, count(*) AS lines FROM log_events GROUP BY service ORDER BY lines DESC, service LIMIT 5",
        NOW_AFTER,
    ),
    (
        "m074",
        "top_n",
        "which of the search services logs the most errors",
        "SELECT service, count(*) AS errors FROM log_events WHERE project = 'search' AND is_error "
        "GROUP BY service ORDER BY errors DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m075",
        "top_n",
        "top 3 people by silences created",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
        "ORDER BY silences DESC, created_by LIMIT 3",
        NOW_AFTER,
    ),
    (
        "m076",
        "top_n",
        "Top 2 projects by alert volume?",
        "SELECT project, count(*) AS alerts FROM alerts GROUP BY project ORDER BY alerts DESC, project LIMIT 2",
        NOW_AFTER,
    ),
    (
        "m077",
        "top_n",
        "latest 5 alerts",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' ORDER BY starts_at DESC LIMIT 5",
        TUE_1500,
    ),
    (
        "m078",
        "top_n",
        "noisiest log pattern on search-api today",
        "SELECT template, sum(lines) AS lines FROM log_pattern_counts "
        "WHERE service = 'search-api' AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND minute <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "GROUP BY template ORDER BY lines DESC, template LIMIT 1",
        TUE_1700,
    ),
    (
        "m079",
        "top_n",
        "top 3 alert names by how often they fired",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 3",
        NOW_AFTER,
    ),
    (
        "m080",
        "top_n",
        "Which service has the longest average alert duration?",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes "
        "FROM alerts WHERE ends_at IS NOT NULL GROUP BY service "
        "ORDER BY avg_minutes DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ changes
    (
        "m081",
        "changes",
        "anything change on payments-api tdy? deploys, flags, whatever",
        "SELECT * FROM change_events WHERE service = 'payments-api' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "m082",
        "changes",
        "who did the payments-api rollbacks",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' "
        "AND type = 'rollback' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "m083",
        "changes",
        "Which version of payments-api is live in prod now?",
        "SELECT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'payments-api' AND environment = 'production' "
        "AND type IN ('deployment', 'rollback') AND phase = 'live' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m084",
        "changes",
        "what versions of auth-api went out to staging",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'auth-api' AND environment = 'staging' AND type = 'deployment' "
        "AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "m085",
        "changes",
        "flag flips today",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "m086",
        "changes",
        "How many deploys went live in February?",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "m087",
        "changes",
        "who touched the search-api config",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'search-api' "
        "AND type = 'config_update' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "m088",
        "changes",
        "did any deployment fail?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'failed'",
        NOW_AFTER,
    ),
    (
        "m089",
        "changes",
        "rollbacks per service",
        "SELECT service, count(*) FROM change_events WHERE type = 'rollback' AND phase = 'live' GROUP BY service",
        NOW_AFTER,
    ),
    (
        "m090",
        "changes",
        "show the last prod deploy of indexer",
        "SELECT * FROM change_events WHERE service = 'indexer' AND environment = 'production' "
        "AND type = 'deployment' AND phase = 'live' ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m091",
        "changes",
        "what did sokafor ship yday",
        "SELECT * FROM change_events WHERE actor = 'sokafor' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "m092",
        "changes",
        "Which checkout-web version is running in staging?",
        "SELECT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'checkout-web' AND environment = 'staging' "
        "AND type IN ('deployment', 'rollback') AND phase = 'live' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "m093",
        "changes",
        "who shipped payments-api v2.14.0 to prod",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND type = 'deployment' AND phase = 'live' "
        "AND coalesce(details['ref'], version) = 'v2.14.0'",
        TUE_1500,
    ),
    (
        "m094",
        "changes",
        "did anyone flip a flag on checkout-web today",
        "SELECT * FROM change_events WHERE service = 'checkout-web' AND type = 'flag_change' "
        "AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "m095",
        "changes",
        "Which releases were cut this week?",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "m096",
        "changes",
        "who's flipped flags on search-api",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'search-api' "
        "AND type = 'flag_change' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "m097",
        "changes",
        "deploys per day this week",
        "SELECT date_trunc('day', timestamp) AS day, count(*) FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00' GROUP BY day",
        WED_0900,
    ),
    (
        "m098",
        "changes",
        "show the rollback requests on payments-api",
        "SELECT * FROM change_events WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'requested'",
        TUE_1500,
    ),
    (
        "m099",
        "changes",
        "most recent prod deployment per search service",
        "SELECT * FROM change_events WHERE project = 'search' AND environment = 'production' "
        "AND type = 'deployment' AND phase = 'live' "
        "QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1",
        NOW_AFTER,
    ),
    (
        "m100",
        "changes",
        "How many prod deploys did lnovak do?",
        "SELECT count(*) FROM change_events WHERE actor = 'lnovak' AND type = 'deployment' "
        "AND environment = 'production' AND phase = 'live'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ silences
    (
        "m101",
        "silences",
        "What's silenced at the moment?",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 17:00:00+00')",
        TUE_1700,
    ),
    (
        "m102",
        "silences",
        "any silences in effect rn",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "m103",
        "silences",
        "who's been putting silences on indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "m104",
        "silences",
        "Which silences did maria.gonzalez@acme.io expire early?",
        "SELECT * FROM silences WHERE expired_by = 'maria.gonzalez@acme.io'",
        NOW_AFTER,
    ),
    (
        "m105",
        "silences",
        "how many silences are there in total",
        "SELECT count(*) FROM silences",
        NOW_AFTER,
    ),
    (
        "m106",
        "silences",
        "list the silences for indexer",
        "SELECT * FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "m107",
        "silences",
        "silences whose comment says something about the catalog import",
        "SELECT * FROM silences WHERE comment ILIKE '%catalog import%'",
        NOW_AFTER,
    ),
    (
        "m108",
        "silences",
        "Which silences ran for over 2 hours?",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 2 HOUR",
        NOW_AFTER,
    ),
    (
        "m109",
        "silences",
        "silences created yesterday",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "m110",
        "silences",
        "snoozes today",
        "SELECT * FROM audit_log WHERE action = 'snooze' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "m111",
        "silences",
        "who acked PaymentsAPIErrorBudgetBurn",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' "
        "AND m.value = 'PaymentsAPIErrorBudgetBurn')) > 0",
        TUE_1500,
    ),
    (
        "m112",
        "silences",
        "who snoozed HighLatencyP99?",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' "
        "AND m.value = 'HighLatencyP99')) > 0",
        NOW_AFTER,
    ),
    (
        "m113",
        "silences",
        "acks per person",
        "SELECT actor, count(*) FROM audit_log WHERE action = 'ack' GROUP BY actor",
        NOW_AFTER,
    ),
    (
        "m114",
        "silences",
        "Any silences running out within the next hour?",
        "SELECT * FROM silences WHERE ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')",
        WED_0900,
    ),
    (
        "m115",
        "silences",
        "what inhibition rules does it recommend",
        "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'",
        NOW_AFTER,
    ),
    (
        "m116",
        "silences",
        "which alerts did alertmanager swallow because of a silence",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0",
        NOW_AFTER,
    ),
    (
        "m117",
        "silences",
        "silences created by jonas.lindqvist@acme.io",
        "SELECT * FROM silences WHERE created_by = 'jonas.lindqvist@acme.io'",
        NOW_AFTER,
    ),
    (
        "m118",
        "silences",
        "How many silences were scheduled ahead of time?",
        "SELECT count(*) FROM silences WHERE starts_at > created_at",
        NOW_AFTER,
    ),
    (
        "m119",
        "silences",
        "was anything silenced on the indexer at 3pm on march 4",
        "SELECT * FROM silences WHERE service = 'indexer' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-04 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-04 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-04 15:00:00+00')",
        FRI_1200,
    ),
    (
        "m120",
        "silences",
        "average silence length in minutes",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ joins
    (
        "m121",
        "joins",
        "alerts that went off <10min after a payments-api deploy",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m122",
        "joins",
        "Which deployments were chased by an alert on the same service inside 15 min?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m123",
        "joins",
        "indexer alerts that went off while the indexer was silenced",
        "SELECT * FROM alerts a WHERE a.service = 'indexer' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.starts_at <= a.starts_at AND s.ends_at > a.starts_at "
        "AND (s.expired_at IS NULL OR s.expired_at > a.starts_at))",
        NOW_AFTER,
    ),
    (
        "m124",
        "joins",
        "rollbacks that coincided with an open incident on the same service",
        "SELECT * FROM change_events c WHERE c.type = 'rollback' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service "
        "AND g.environment = c.environment AND g.opened_at <= c.timestamp "
        "AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))",
        NOW_AFTER,
    ),
    (
        "m125",
        "joins",
        "any alerts right after auth-api v4.2.1 went out to staging?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.service = 'auth-api' AND c.environment = 'staging' AND c.type = 'deployment' "
        "AND c.phase = 'live' AND coalesce(c.details['ref'], c.version) = 'v4.2.1' "
        "AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m126",
        "joins",
        "search-api flag changes followed by a critical alert within the hour",
        "SELECT * FROM change_events c WHERE c.service = 'search-api' AND c.type = 'flag_change' "
        "AND c.phase = 'live' AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.severity = 'critical' "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m127",
        "joins",
        "how many payments-api error logs in the 5 min leading up to todays rollback",
        "SELECT count(*) FROM log_events l WHERE l.service = 'payments-api' AND l.is_error "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.service = l.service "
        "AND c.environment = l.environment AND c.type = 'rollback' AND c.phase = 'live' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND l.timestamp >= c.timestamp - INTERVAL 5 MINUTE AND l.timestamp <= c.timestamp)",
        TUE_1500,
    ),
    (
        "m128",
        "joins",
        "Were any silences created while an incident was open on the same service?",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical) "
        "AND s.created_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "m129",
        "joins",
        "early warnings in the hour leading up to the SearchReindexQueueBacklog incident",
        "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.group_labels['alertname'] = 'SearchReindexQueueBacklog' "
        "AND w.labels['service'] = g.service AND w.labels['environment'] = g.environment "
        "AND w.starts_at >= g.opened_at - INTERVAL 60 MINUTE AND w.starts_at <= g.opened_at)",
        NOW_AFTER,
    ),
    (
        "m130",
        "joins",
        "Did any deploys go out while their service was silenced?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM silences s WHERE s.service = c.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
        "AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp "
        "AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))",
        NOW_AFTER,
    ),
    (
        "m131",
        "joins",
        "for each deploy yesterday: service, time and how many alerts fired within 15 min after it",
        "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "m132",
        "joins",
        "which search-api deploys had no alerts after them",
        "SELECT * FROM change_events c WHERE c.service = 'search-api' AND c.type = 'deployment' "
        "AND c.phase = 'live' AND NOT EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m133",
        "joins",
        "whats behind the checkout-web incidents? suspects pls",
        "SELECT * FROM incident_suspects WHERE service = 'checkout-web'",
        TUE_1500,
    ),
    (
        "m134",
        "joins",
        "Whose deploys were followed by an alert within 10 minutes?",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        WED_0900,
    ),
    (
        "m135",
        "joins",
        "how many deploys had zero alerts in the 15 min after",
        "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m136",
        "joins",
        "how many query-suggest error log lines came in the 10 minutes right after a query-suggest deploy",
        "SELECT count(*) FROM log_events l WHERE l.service = 'query-suggest' AND l.is_error "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.service = l.service "
        "AND c.environment = l.environment AND c.type = 'deployment' AND c.phase = 'live' "
        "AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m137",
        "joins",
        "alerts in the wake of dpatel's payments-api deploy today",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.actor = 'dpatel' AND c.service = 'payments-api' AND c.type = 'deployment' "
        "AND c.phase = 'live' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        TUE_1500,
    ),
    (
        "m138",
        "joins",
        "Any alerts in the hour after someone toggled a flag?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m139",
        "joins",
        "deploys that got rolled back within the hour",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' "
        "AND r.phase = 'live' AND r.service = d.service AND r.environment = d.environment "
        "AND r.timestamp >= d.timestamp AND r.timestamp <= d.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "m140",
        "joins",
        "warnings that popped while the payments-api HighErrorRate incident was going on",
        "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = 'payments-api' AND g.group_labels['alertname'] = 'HighErrorRate' "
        "AND w.labels['service'] = g.service AND w.labels['environment'] = g.environment "
        "AND g.opened_at <= w.starts_at "
        "AND (g.resolved_at IS NULL OR w.starts_at <= g.resolved_at))",
        TUE_1500,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "m141",
        "refusals",
        "How much are we paying Datadog per month?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "m142",
        "refusals",
        "silence payments-api for 2h",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "m143",
        "refusals",
        "alerts on search-ranker",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "m144",
        "refusals",
        "remind me to renew my laptop cert on friday",
        "not_about_this_data",
        TUE_1700,
    ),
    (
        "m145",
        "refusals",
        "ack all the checkout alerts",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "m146",
        "refusals",
        "What does the indexer cost us per month in EC2?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "m147",
        "refusals",
        "deploys to the recommendations service this week",
        "ungrounded",
        WED_0900,
    ),
    (
        "m148",
        "refusals",
        "Delete the HighLatencyP99 alerts from staging, they're just noise.",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "m149",
        "refusals",
        "roll back payments-api to v2.13.2 now",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "m150",
        "refusals",
        "how many alerts in the qa environment",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "m151",
        "refusals",
        "who's on call for search next week",
        "not_about_this_data",
        FRI_1200,
    ),
    (
        "m152",
        "refusals",
        "Please expire the token-service staging silence before I leave.",
        "asks_to_change_data",
        TUE_1700,
    ),
    (
        "m153",
        "refusals",
        "any alerts on prod-us-east-1",
        "ungrounded",
        TUE_1500,
    ),
    (
        "m154",
        "refusals",
        "What did priya.sharma@acme.io deploy this week?",
        "ungrounded",
        FRI_1200,
    ),
    (
        "m155",
        "refusals",
        "explain how elasticsearch shard allocation works",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "m156",
        "refusals",
        "mark the payments-api incident resolved by maria",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "m157",
        "refusals",
        "how many engineers are on the platform team",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "m158",
        "refusals",
        "incidents in the marketplace project",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "m159",
        "refusals",
        "bump the HighLatencyP99 threshold to 1s",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "m160",
        "refusals",
        "Got a good postmortem template I can copy?",
        "not_about_this_data",
        WED_0900,
    ),
]
