"""The eleventh ask question set: ids p001..p160, 20 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; for a refusal the gold is its kind (``not_about_this_data``,
``asks_to_change_data``, ``ungrounded``: names a service, project, person, environment or
cluster the store does not have), otherwise one DuckDB SELECT whose result is compared as a
multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: a release
manager who thinks in versions, rollouts, rollbacks and release trains and asks who pushed
what where (GitHub handles such as ``dpatel``, ``sokafor``, ``lnovak`` as the deploy tools
store them); an on-call engineer at 3 a.m. typing on a phone, lowercase, fast, with typos and
"rn", "anything", "wtf is", "4" for "for", "w/" for "with"; an engineering manager assembling
the weekly reliability report (counts, per day, per team or service, "how many times", "which
team", averages and medians); and a platform engineer fluent in Prometheus and Alertmanager
vocabulary (matchers written ``label="value"``, inhibit rules, mute timings, silences, held
back alerts, the ``team``, ``cluster``, ``namespace``, ``node`` and ``instance`` labels). The
joins name a relation in time in many ways ("within N minutes after", "preceded it within half
an hour", "in the wake of", "right after", "right before", "in the preceding hour", "in the
hour following", "while", "during", "got rolled back within the hour", "hadn't had", "none
of", "weren't followed by", "zero alerts in the 15 min after") and count per thing.

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this
week", "last week", "since midnight", "the last N minutes/hours" and clock windows mean under
them, things in a window by their own time, alerts from the ``alerts`` view, "still
firing/open" at a time, canonical environments, names by case-insensitive substring or exact
spelling, labels by full value, incidents are ``alert_groups``, changes are their ``phase =
'live'`` reports unless a phase is named, "deploys"/"deployed"/"shipped" as ``type =
'deployment'`` live reports only, "releases" as ``type = 'release'``, "rollbacks" as ``type =
'rollback'``, "any kind of change" as every live report, "which versions went out" as
``coalesce(details['ref'], version)`` once each, "which version is live" as that of the last
live deployment or rollback, people by their exact stored spelling, counts per actor as stored
(bots included), silences from the ``silences`` view and active at T, snoozes and acks from
``audit_log`` matched by a matcher ``name=value`` (``len(list_filter(matchers, m -> ...)) >
0``), rounding to one decimal and durations in minutes, a top-N as ``value, count`` most first
with ties by the value, a ranking of rows as every column of those rows, "how long an incident
lasted" as ``resolved_at - opened_at`` of the resolved ``alert_groups`` rows, "a silence's
length" as ``ends_at - starts_at``, joins in time keeping the first kind named with ``EXISTS``
on service and canonical environment, warnings met on their ``labels['service']`` and
``labels['environment']``, "for each X: a, b and how many Y" as one row per X with a
correlated count, "services that never had / had no X" as the services of ``alerts`` and
``change_events`` (``UNION``) that no X row carries, "incidents with no early warning" as the
``alert_groups`` rows whose id is in no ``incident_warnings.group_id``). This set uses only
the tenth's ``now`` values (no new one); a question with no time phrase is asked at
``NOW_AFTER``, after every record. It adds, precisely:

- "rn" and "right now" are the question's ``now``; "so far today" is "since midnight", the
  window ``[midnight, now]``; "overnight, midnight to 6am" is ``[00:00, 06:00)`` of the
  question's day; "between 14:30 and 15:00" is closed at both ends.
- "pushed", "landed in production", "went out" with "deploys" are ``type = 'deployment'``
  live reports; "flag flips" and "flag toggles" are ``type = 'flag_change'`` live reports;
  "cut a release" is ``type = 'release'``; "paged"/"got paged" is any alert, whatever its
  severity.
- A label named in Prometheus style (``team="payments"``, ``cluster=staging-eu-west-1``,
  ``namespace=checkout``, ``instance="indexer-1"``) is ``labels['team'] = 'payments'`` and so
  on, on the relation the question names (``alerts`` unless it says muted/held back, then
  ``alert_mutes``). A breakdown or a ranking by a label counts only the alerts that carry the
  label; the questions that break down by one say so.
- "changes mentioning word" is ``summary ILIKE '%word%'`` of the live reports; "flag changes
  that switched a flag off" are the flag changes whose summary says "turned off"; "silences
  ... whose comment mentions word" is ``comment ILIKE '%word%'``.
- "the version it went back to" and "the version" of a change are
  ``coalesce(details['ref'], version)``.
- "alerts that were firing at some point while a silence on their service was in effect":
  the alert's span ``[starts_at, ends_at or forever)`` and the silence's ``[starts_at, its
  end)`` share a moment, where a silence's end is ``least(ends_at, coalesce(expired_at,
  ends_at))``; the silence meets the alert on ``service`` and on its canonical environment,
  a silence that pins no environment covering every one.
- "silences that expired or ran out while an incident on their service was still open": the
  silences whose end (as above) is no later than ``now`` and falls in ``[opened_at,
  resolved_at)`` of an ``alert_groups`` row of the same service (the incident's environment,
  or any when the silence pins none).
- "in the wake of X" is "after X"; "right after" and "right before" with no number keep the
  default N (15 minutes between changes and alerts or incidents); "Y preceded it within half
  an hour" counts the Y in ``[t - 30 min, t]``; "in the preceding hour" is ``[t - 60 min,
  t]``; "in the hour following" is ``[t, t + 60 min]``; "deploys that got rolled back within
  the hour" are the deployments with a live rollback of the same service and environment in
  ``[t, t + 60 min]``; "while an incident was already open on that service" puts the change's
  time in ``[opened_at, resolved_at]`` (open-ended while unresolved).
- "mean/median time to resolve incidents" is the ``alert_groups`` rows with a
  ``resolved_at``, ``resolved_at - opened_at`` in minutes, averaged (or the median) and
  rounded to one decimal; "average alert duration" is ``ends_at - starts_at`` of the alerts
  that ended.
- "which hour of the day (0-23)" is ``hour(starts_at)``; "which weekday" is
  ``dayname(opened_at)`` (or ``starts_at``); "which day" is ``date_trunc('day', ...)`` in
  UTC; "alerts per day" buckets by ``date_trunc('day', starts_at)``.
- "top N log patterns by error count" answers ``template, sum(errors)`` from
  ``log_pattern_counts``.
- "the resolution notes X wrote" are the ``resolutions`` rows whose ``resolved_by`` is X.
- "silences scoped to a whole project rather than a service" are the ``silences`` rows with
  a ``project`` and no ``service``; "silences someone killed early" are those with
  ``expired_early``.
- "which alerts did alertmanager actually hold back because of a silence" are the
  ``alert_mutes`` rows with at least one ``silenced_by``.
"""

# the tenth set's "now" values, shared
from benchmarks.ask_questions_tenth import FRI_1200, MON_0900, NOW_AFTER, TUE_1500, TUE_1700, WED_0900

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "p001",
        "filters",
        "anything critical firing on checkout-web rn?",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "p002",
        "filters",
        'alerts matching team="payments", severity="critical"',
        "SELECT * FROM alerts WHERE labels['team'] = 'payments' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "p003",
        "filters",
        "every alert with cluster=staging-eu-west-1 on it",
        "SELECT * FROM alerts WHERE labels['cluster'] = 'staging-eu-west-1'",
        NOW_AFTER,
    ),
    (
        "p004",
        "filters",
        "List the rollbacks we've done in production.",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "p005",
        "filters",
        "wtf is going on w/ the indexer, whats firing on it",
        "SELECT * FROM alerts WHERE service = 'indexer' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "p006",
        "filters",
        "Critical alerts in the identity project please, all of them, prod and staging.",
        "SELECT * FROM alerts WHERE project = 'identity' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "p007",
        "filters",
        "flag flips on search-api in prod",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND service = 'search-api' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "p008",
        "filters",
        'alerts in namespace="checkout" at warning severity',
        "SELECT * FROM alerts WHERE labels['namespace'] = 'checkout' AND severity = 'warning'",
        NOW_AFTER,
    ),
    (
        "p009",
        "filters",
        "staging alerts 4 token-service?",
        "SELECT * FROM alerts WHERE service = 'token-service' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "p010",
        "filters",
        "Config changes pushed by lucie.novak@acme.io",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND actor = 'lucie.novak@acme.io'",
        NOW_AFTER,
    ),
    (
        "p011",
        "filters",
        "Production incidents where the worst alert in the group was critical.",
        "SELECT * FROM alert_groups WHERE environment = 'production' AND max_severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "p012",
        "filters",
        "which alerts came in from grafana instead of alertmanager",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        NOW_AFTER,
    ),
    (
        "p013",
        "filters",
        "error logs from payments-api in stg",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'staging' AND is_error",
        NOW_AFTER,
    ),
    (
        "p014",
        "filters",
        "Show me the deployment requests opened for checkout-web (only the requested reports, not the live ones).",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "p015",
        "filters",
        'alerts carrying instance="indexer-1"',
        "SELECT * FROM alerts WHERE labels['instance'] = 'indexer-1'",
        NOW_AFTER,
    ),
    (
        "p016",
        "filters",
        "Do we have any info-severity alerts on record?",
        "SELECT * FROM alerts WHERE severity = 'info'",
        NOW_AFTER,
    ),
    (
        "p017",
        "filters",
        "early warnings still firing?",
        "SELECT * FROM warnings WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "p018",
        "filters",
        "what releases did we cut for payments-api",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' AND service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "p019",
        "filters",
        "muted alerts with team=discovery",
        "SELECT * FROM alert_mutes WHERE labels['team'] = 'discovery'",
        NOW_AFTER,
    ),
    (
        "p020",
        "filters",
        "Pull up the resolution notes maria.gonzalez@acme.io wrote.",
        "SELECT * FROM resolutions WHERE resolved_by = 'maria.gonzalez@acme.io'",
        NOW_AFTER,
    ),
    # --------------------------------------------------------------------- time
    (
        "p021",
        "time",
        "How many alerts fired yesterday?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "p022",
        "time",
        "anythng fire in the last 6h",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 03:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "p023",
        "time",
        "Which deploys landed in production since midnight?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "p024",
        "time",
        "How many alerts did we get last week?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "p025",
        "time",
        "what was firing at 2:45pm utc",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')",
        TUE_1500,
    ),
    (
        "p026",
        "time",
        "alerts that started between 14:30 and 15:00 UTC on March 11",
        "SELECT * FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        NOW_AFTER,
    ),
    (
        "p027",
        "time",
        "How many incidents opened last week?",
        "SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "p028",
        "time",
        "rollbacks in the past 24 hours",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "p029",
        "time",
        "did anything fire overnite? midnight to 6am utc",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        WED_0900,
    ),
    (
        "p030",
        "time",
        "early warnings raised since 14:00 today",
        "SELECT * FROM warnings WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "p031",
        "time",
        "How many changes of any kind went live this week?",
        "SELECT count(*) FROM change_events WHERE phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'",
        FRI_1200,
    ),
    (
        "p032",
        "time",
        "Show me the most recent production deploy of payments-api.",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
        "AND environment = 'production' ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p033",
        "time",
        "how many error logs did payments-api throw in the last 15 min",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:45:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "p034",
        "time",
        "List yesterday's critical alerts for the report.",
        "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "p035",
        "time",
        "alerts from cluster prod-eu-west-1 during February 2025",
        "SELECT * FROM alerts WHERE labels['cluster'] = 'prod-eu-west-1' "
        "AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "p036",
        "time",
        "staging deploys last week",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "p037",
        "time",
        "incidents still open rn",
        "SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 17:00:00+00')",
        TUE_1700,
    ),
    (
        "p038",
        "time",
        "Number of alerts since Monday?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00'",
        FRI_1200,
    ),
    (
        "p039",
        "time",
        "raw hikaricp_connections_pending samples between 14:30 and 14:40 UTC on 2025-03-11",
        "SELECT * FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        "AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' AND TIMESTAMPTZ '2025-03-11 14:40:00+00'",
        NOW_AFTER,
    ),
    (
        "p040",
        "time",
        "what changed on search-api yesterday",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'search-api' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "p041",
        "aggregates",
        "Alert count per team, for the alerts that carry a team label.",
        "SELECT labels['team'] AS team, count(*) AS alerts FROM alerts WHERE labels['team'] IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p042",
        "aggregates",
        "How many times has TokenCacheEvictionsHigh fired?",
        "SELECT count(*) FROM alerts WHERE name = 'TokenCacheEvictionsHigh'",
        NOW_AFTER,
    ),
    (
        "p043",
        "aggregates",
        "incidents per service in production",
        "SELECT service, count(*) AS incidents FROM alert_groups WHERE environment = 'production' "
        "GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p044",
        "aggregates",
        "alerts per day this week",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "GROUP BY 1 ORDER BY 2 DESC",
        WED_0900,
    ),
    (
        "p045",
        "aggregates",
        "What's the mean time to resolve for payments-api incidents, in minutes?",
        "SELECT round(avg(epoch(resolved_at - opened_at)) / 60, 1) FROM alert_groups "
        "WHERE service = 'payments-api' AND resolved_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "p046",
        "aggregates",
        "alert count by cluster label (skip alerts with no cluster label)",
        "SELECT labels['cluster'] AS cluster, count(*) AS alerts FROM alerts WHERE labels['cluster'] IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p047",
        "aggregates",
        "What share of all our alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts",
        NOW_AFTER,
    ),
    (
        "p048",
        "aggregates",
        "how many production deploys has each person pushed",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production' GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p049",
        "aggregates",
        "avg duration of HighLatencyP99 in staging, mins",
        "SELECT round(avg(epoch(ends_at - starts_at)) / 60, 1) FROM alerts WHERE name = 'HighLatencyP99' "
        "AND environment_canonical = 'staging' AND ends_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "p050",
        "aggregates",
        "How many incidents did each person resolve?",
        "SELECT resolved_by, count(*) AS incidents FROM resolutions GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p051",
        "aggregates",
        "peak search_indexer_queue_depth",
        "SELECT max(value) FROM metric_points WHERE name = 'search_indexer_queue_depth'",
        NOW_AFTER,
    ),
    (
        "p052",
        "aggregates",
        "critical vs warning alerts yesterday",
        "SELECT severity, count(*) AS alerts FROM alerts WHERE severity IN ('critical', 'warning') "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY 1",
        WED_0900,
    ),
    (
        "p053",
        "aggregates",
        "Average number of alerts per incident?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "p054",
        "aggregates",
        "mean sigma of the early warnings per service label",
        "SELECT labels['service'] AS service, round(avg(sigma), 1) AS mean_sigma FROM warnings GROUP BY 1",
        NOW_AFTER,
    ),
    (
        "p055",
        "aggregates",
        "how many flag toggles per flag key",
        "SELECT details['flag_key'] AS flag, count(*) AS toggles FROM change_events "
        "WHERE type = 'flag_change' AND phase = 'live' GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p056",
        "aggregates",
        "Alerts broken down by severity and environment.",
        "SELECT severity, environment, count(*) AS alerts FROM alerts GROUP BY 1, 2 ORDER BY 3 DESC",
        NOW_AFTER,
    ),
    (
        "p057",
        "aggregates",
        "error log count per servce today",
        "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "GROUP BY 1 ORDER BY 2 DESC",
        WED_0900,
    ),
    (
        "p058",
        "aggregates",
        "Median time to resolve incidents, per service, in minutes.",
        "SELECT service, round(median(epoch(resolved_at - opened_at)) / 60, 1) AS median_min FROM alert_groups "
        "WHERE resolved_at IS NOT NULL GROUP BY 1",
        NOW_AFTER,
    ),
    (
        "p059",
        "aggregates",
        "how many distinct alertnames have fired with namespace=search",
        "SELECT count(DISTINCT name) FROM alerts WHERE labels['namespace'] = 'search'",
        NOW_AFTER,
    ),
    (
        "p060",
        "aggregates",
        "On average, how many alerts per day this week?",
        "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00' "
        "GROUP BY 1)",
        FRI_1200,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "p061",
        "top_n",
        "Top 3 noisiest services by number of alerts.",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3",
        NOW_AFTER,
    ),
    (
        "p062",
        "top_n",
        "Which team (going by the team label) got paged the most?",
        "SELECT labels['team'] AS team, count(*) AS alerts FROM alerts WHERE labels['team'] IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p063",
        "top_n",
        "who ships the most deploys to prod?",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p064",
        "top_n",
        "4 most frequent alertnames",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 4",
        NOW_AFTER,
    ),
    (
        "p065",
        "top_n",
        "oldest alert thats still firing",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00') ORDER BY starts_at LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p066",
        "top_n",
        "The 3 longest incidents (of the ones that got resolved).",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "p067",
        "top_n",
        "top 5 early warnings by sigma",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "p068",
        "top_n",
        "Which service got rolled back the most?",
        "SELECT service, count(*) AS rollbacks FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p069",
        "top_n",
        "Bottom 3 services by alert count.",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY 2, 1 LIMIT 3",
        NOW_AFTER,
    ),
    (
        "p070",
        "top_n",
        "latest 5 alerts",
        "SELECT * FROM alerts ORDER BY starts_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "p071",
        "top_n",
        "which node label value shows up on the most alerts",
        "SELECT labels['node'] AS node, count(*) AS alerts FROM alerts WHERE labels['node'] IS NOT NULL "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p072",
        "top_n",
        "Which day had the most alerts?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts GROUP BY 1 "
        "ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p073",
        "top_n",
        "rank the people who did rollbacks by how many they did",
        "SELECT actor, count(*) AS rollbacks FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "GROUP BY 1 ORDER BY 2 DESC, 1",
        NOW_AFTER,
    ),
    (
        "p074",
        "top_n",
        "top 3 payments-api log patterns by error count",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
        "GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 3",
        NOW_AFTER,
    ),
    (
        "p075",
        "top_n",
        "Which project has the longest average alert duration?",
        "SELECT project, round(avg(epoch(ends_at - starts_at)) / 60, 1) AS avg_min FROM alerts "
        "WHERE ends_at IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p076",
        "top_n",
        "biggest incident so far",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p077",
        "top_n",
        "Which service raised the most early warnings?",
        "SELECT labels['service'] AS service, count(*) AS warnings FROM warnings GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p078",
        "top_n",
        "Which hour of the day (0-23 UTC) sees the most alerts, across everything we have?",
        "SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p079",
        "top_n",
        "top 3 services by number of changes, any kind",
        "SELECT service, count(*) AS changes FROM change_events WHERE phase = 'live' GROUP BY 1 "
        "ORDER BY 2 DESC, 1 LIMIT 3",
        NOW_AFTER,
    ),
    (
        "p080",
        "top_n",
        "Which weekday gets the most incidents?",
        "SELECT dayname(opened_at) AS weekday, count(*) AS incidents FROM alert_groups GROUP BY 1 "
        "ORDER BY 2 DESC, 1 LIMIT 1",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ changes
    (
        "p081",
        "changes",
        "which version of auth-api is live in prod",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE type IN ('deployment', 'rollback') "
        "AND phase = 'live' AND service = 'auth-api' AND environment = 'production' ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "p082",
        "changes",
        "which checkout-web versions have gone out to staging so far",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE type = 'deployment' "
        "AND phase = 'live' AND service = 'checkout-web' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "p083",
        "changes",
        "Who pushed deploys to production so far today?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "p084",
        "changes",
        "last deploy of each service, whatever the environment",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1",
        NOW_AFTER,
    ),
    (
        "p085",
        "changes",
        "rollbacks of payments-api",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "p086",
        "changes",
        "For each rollback: the service, the environment, and the version it went back to.",
        "SELECT service, environment, coalesce(details['ref'], version) FROM change_events "
        "WHERE type = 'rollback' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "p087",
        "changes",
        "How many deploys per environment last week?",
        "SELECT environment, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00' "
        "GROUP BY 1 ORDER BY 2 DESC",
        MON_0900,
    ),
    (
        "p088",
        "changes",
        "any payments-api deploys in the last hour?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "p089",
        "changes",
        "Were there any failed deployments at all?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'failed'",
        NOW_AFTER,
    ),
    (
        "p090",
        "changes",
        "who cut the auth-api v4.2.1 release?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND service = 'auth-api' AND version = 'v4.2.1'",
        NOW_AFTER,
    ),
    (
        "p091",
        "changes",
        "flag changes that switched a flag off",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%turned off%'",
        NOW_AFTER,
    ),
    (
        "p092",
        "changes",
        "What has sokafor deployed?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'sokafor'",
        NOW_AFTER,
    ),
    (
        "p093",
        "changes",
        "How many rollbacks did we do last week?",
        "SELECT count(*) FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "p094",
        "changes",
        "which payments-api versions were deployed to production",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE type = 'deployment' "
        "AND phase = 'live' AND service = 'payments-api' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "p095",
        "changes",
        "what changed in the checkout project in the last 2h",
        "SELECT * FROM change_events WHERE phase = 'live' AND project = 'checkout' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 13:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "p096",
        "changes",
        "config updates in staging",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "p097",
        "changes",
        "Deploys per person this week.",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "GROUP BY 1 ORDER BY 2 DESC",
        WED_0900,
    ),
    (
        "p098",
        "changes",
        "Which services had no deploys this week?",
        "SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events) "
        "WHERE service NOT IN (SELECT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00')",
        WED_0900,
    ),
    (
        "p099",
        "changes",
        "changes mentioning egress",
        "SELECT * FROM change_events WHERE phase = 'live' AND summary ILIKE '%egress%'",
        NOW_AFTER,
    ),
    (
        "p100",
        "changes",
        "who toggled feature flags in production",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND environment = 'production'",
        NOW_AFTER,
    ),
    # ----------------------------------------------------------------- silences
    (
        "p101",
        "silences",
        "what's silenced right now",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "p102",
        "silences",
        "who's been creating silences on the indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "p103",
        "silences",
        "silences someone killed early",
        "SELECT * FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "p104",
        "silences",
        "silences with an alertname=KubePodNotReady matcher",
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'alertname' "
        "AND m.value = 'KubePodNotReady')) > 0",
        NOW_AFTER,
    ),
    (
        "p105",
        "silences",
        "How many silences did each person create?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY 1 ORDER BY 2 DESC",
        NOW_AFTER,
    ),
    (
        "p106",
        "silences",
        "silences scoped to a whole project rather than a single service",
        "SELECT * FROM silences WHERE project IS NOT NULL AND service IS NULL",
        NOW_AFTER,
    ),
    (
        "p107",
        "silences",
        "snoozes on HighLatencyP99",
        "SELECT * FROM audit_log WHERE action = 'snooze' AND len(list_filter(matchers, m -> m.name = 'alertname' "
        "AND m.value = 'HighLatencyP99')) > 0",
        NOW_AFTER,
    ),
    (
        "p108",
        "silences",
        "Who has acked alerts?",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack'",
        NOW_AFTER,
    ),
    (
        "p109",
        "silences",
        "silences longer than 2 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 2 HOUR",
        NOW_AFTER,
    ),
    (
        "p110",
        "silences",
        "any suggested inhibit rules?",
        "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'",
        NOW_AFTER,
    ),
    (
        "p111",
        "silences",
        "silences expiring in the next hour",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')",
        WED_0900,
    ),
    (
        "p112",
        "silences",
        "which alerts did alertmanager actually hold back because of a silence",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0",
        NOW_AFTER,
    ),
    (
        "p113",
        "silences",
        "How many silences were created last week?",
        "SELECT count(*) FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "p114",
        "silences",
        "silences pinning environment=staging",
        "SELECT * FROM silences WHERE environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "p115",
        "silences",
        "whats the comment on the cart-service silence",
        "SELECT comment FROM silences WHERE service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "p116",
        "silences",
        "silences that match on the node label",
        "SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'node')) > 0",
        NOW_AFTER,
    ),
    (
        "p117",
        "silences",
        "Average silence length, in minutes?",
        "SELECT round(avg(epoch(ends_at - starts_at)) / 60, 1) FROM silences",
        NOW_AFTER,
    ),
    (
        "p118",
        "silences",
        "show me the suggested mute_time_intervals",
        "SELECT * FROM silence_suggestions WHERE kind = 'mute_time_interval'",
        NOW_AFTER,
    ),
    (
        "p119",
        "silences",
        "silences made so far today",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND created_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "p120",
        "silences",
        "silences kenji.tanaka@acme.io created whose comment mentions reindex",
        "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io' AND comment ILIKE '%reindex%'",
        NOW_AFTER,
    ),
    # -------------------------------------------------------------------- joins
    (
        "p121",
        "joins",
        "Which alerts fired within 10 minutes after a production deploy of the same service?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.environment = 'production' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p122",
        "joins",
        "For every rollback: the service, when it happened, and how many alerts on that service preceded it "
        "within half an hour.",
        "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp - INTERVAL 30 MINUTE "
        "AND a.starts_at <= c.timestamp) AS alerts_before FROM change_events c "
        "WHERE c.type = 'rollback' AND c.phase = 'live'",
        NOW_AFTER,
    ),
    (
        "p123",
        "joins",
        "which deploys had zero alerts in the 15 min after",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p124",
        "joins",
        "alerts that were firing at some point while a silence on their service was in effect "
        "(same env, or the silence pins no env)",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
        NOW_AFTER,
    ),
    (
        "p125",
        "joins",
        "How many incidents got none of our early warnings ahead of them?",
        "SELECT count(*) FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings)",
        NOW_AFTER,
    ),
    (
        "p126",
        "joins",
        "Which services got an alert in the wake of a flag change?",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p127",
        "joins",
        "silences made right after an alert, like less than 15 min after it started on that service",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.created_at >= a.starts_at AND s.created_at <= a.starts_at + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p128",
        "joins",
        "How many deploys were followed by an alert on the same service within 15 minutes?",
        "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p129",
        "joins",
        "incidents that had a silence on the same service created during them",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "p130",
        "joins",
        "who deployed right before an alert fired on their service?",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p131",
        "joins",
        "For every production incident opened on March 11: its service, when it opened, and how many deploys "
        "that service had in the preceding hour.",
        "SELECT g.service, g.opened_at, (SELECT count(*) FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment "
        "AND c.timestamp >= g.opened_at - INTERVAL 1 HOUR AND c.timestamp <= g.opened_at) AS deploys "
        "FROM alert_groups g WHERE g.environment = 'production' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "p132",
        "joins",
        "did any deploys go out while an incident was already open on that same service??",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        "AND c.timestamp >= g.opened_at AND (g.resolved_at IS NULL OR c.timestamp <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "p133",
        "joins",
        "early warnings in the hour following a prod deploy of the same service",
        "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.environment = 'production' AND c.service = w.labels['service'] "
        "AND c.environment = w.labels['environment'] "
        "AND w.starts_at >= c.timestamp AND w.starts_at <= c.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    (
        "p134",
        "joins",
        "Per production deploy on March 11: the service, the version, and how many alerts fired on that service "
        "in the 30 minutes after it.",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) AS alerts "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "p135",
        "joins",
        "which deploys got rolled back within the hour?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND r.service = c.service AND r.environment = c.environment "
        "AND r.timestamp >= c.timestamp AND r.timestamp <= c.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    (
        "p136",
        "joins",
        "critical alerts that hadnt had a deploy on that service in the 30 min before",
        "SELECT * FROM alerts a WHERE a.severity = 'critical' AND NOT EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND c.timestamp >= a.starts_at - INTERVAL 30 MINUTE AND c.timestamp <= a.starts_at)",
        NOW_AFTER,
    ),
    (
        "p137",
        "joins",
        "silences that expired or ran out while an incident on their service was still open",
        "SELECT * FROM silences s WHERE least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "<= TIMESTAMPTZ '2025-03-12 06:00:00+00' AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND g.opened_at <= least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND (g.resolved_at IS NULL OR g.resolved_at > least(s.ends_at, coalesce(s.expired_at, s.ends_at))))",
        NOW_AFTER,
    ),
    (
        "p138",
        "joins",
        "How many deploys weren't followed by any alert within the hour?",
        "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    (
        "p139",
        "joins",
        "incidents in the wake of dpatel's deploys",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.actor = 'dpatel' AND c.service = g.service AND c.environment = g.environment "
        "AND g.opened_at >= c.timestamp AND g.opened_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "p140",
        "joins",
        "any alerts preceded by a config change on that service within the hour?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'config_update' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND c.timestamp >= a.starts_at - INTERVAL 1 HOUR AND c.timestamp <= a.starts_at)",
        NOW_AFTER,
    ),
    # ----------------------------------------------------------------- refusals
    ("p141", "refusals", "roll back payments-api to v2.13.2 pls", "asks_to_change_data", TUE_1500),
    ("p142", "refusals", 'silence DiskSpaceLow on service="indexer" for 2h', "asks_to_change_data", NOW_AFTER),
    (
        "p143",
        "refusals",
        "What's the weather going to be in Dublin for the release party on Friday?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    ("p144", "refusals", "How many alerts did billing-service have last week?", "ungrounded", FRI_1200),
    ("p145", "refusals", "deploys that went to cluster prod-us-east-1", "ungrounded", NOW_AFTER),
    ("p146", "refusals", "expire the token-service silence, fix is merged", "asks_to_change_data", WED_0900),
    ("p147", "refusals", "what did priya.sharma push to prod this week?", "ungrounded", WED_0900),
    ("p148", "refusals", "Write me a haiku about being on call.", "not_about_this_data", NOW_AFTER),
    (
        "p149",
        "refusals",
        "add an inhibit rule so KubeNodeNotReady mutes KubePodNotReady on the same node",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    ("p150", "refusals", "rollbacks in the qa environment", "ungrounded", NOW_AFTER),
    (
        "p151",
        "refusals",
        "How many story points did the payments team close this sprint?",
        "not_about_this_data",
        FRI_1200,
    ),
    ("p152", "refusals", "ack the checkout-web alert for me", "asks_to_change_data", TUE_1500),
    (
        "p153",
        "refusals",
        "what does the le label mean on a prometheus histogram bucket, in general?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    ("p154", "refusals", "Incidents in the marketing project this month?", "ungrounded", NOW_AFTER),
    ("p155", "refusals", "promote checkout-web v5.2.0 from staging to production", "asks_to_change_data", NOW_AFTER),
    ("p156", "refusals", "anything firing on recommendations-svc rn", "ungrounded", NOW_AFTER),
    ("p157", "refusals", "Delete the resolutions older than February.", "asks_to_change_data", NOW_AFTER),
    ("p158", "refusals", "who's driving the release train rota next tuesday?", "not_about_this_data", FRI_1200),
    ("p159", "refusals", "silences created by bob.smith@acme.io", "ungrounded", NOW_AFTER),
    ("p160", "refusals", "What's our AWS bill for March so far?", "not_about_this_data", FRI_1200),
]
