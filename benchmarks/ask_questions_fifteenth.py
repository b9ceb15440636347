"""The fifteenth ask question set: ids v001..v120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; for a refusal the gold is its kind (``not_about_this_data``,
``asks_to_change_data``, ``ungrounded``: names a service, project, person, environment or
cluster the store does not have), otherwise one DuckDB SELECT whose result is compared as a
multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: a platform
team's tech lead writing the post-incident review of the March 11 payments-api outage the
morning after (full sentences, careful to say UTC, the environment and the exact window:
"between 14:30 and 15:30 UTC", "in production", "counting only incidents that resolved"); a
support engineer in another time zone who writes short, slightly broken English ("how many
alert fired yesterday", "who silence the indexer last night?", "pls") and leans on
"yesterday", "this morning" and "last night"; a QA/release coordinator tracking which
versions reached which environment and when, requested deploys that are not live yet
included ("went out to staging", "requested but not live", "version tag"); and a curious
executive asking short, plain questions that still have one clear answer ("how many critical
alerts did we have yesterday?", "who made the most flag changes?"). About a quarter of the
questions relate two kinds of records in time or by scope ("followed by", "in the 30 minutes
after", "while a silence ... was in effect", "right before", "blamed for", "during them"),
and several list the columns they want.

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this
week", "last week", "since midnight", "the last N minutes/hours" and clock windows mean under
them, things in a window by their own time, alerts from the ``alerts`` view, "still
firing/open" at a time, canonical environments, names by case-insensitive substring or exact
spelling, labels by full value, incidents are ``alert_groups``, changes are their ``phase =
'live'`` reports unless a phase is named, "deploys" are ``type = 'deployment'``, "which
versions went out" as ``coalesce(details['ref'], version)`` once each, "which version is
live" as that of the last live deployment or rollback, people by their exact stored
spelling, counts per actor as stored (bots included), silences from the ``silences`` view
and active at T, snoozes and acks from ``audit_log`` matched by a matcher ``name=value``,
rounding to one decimal and durations in minutes, top-N answering ``value, count`` with ties
broken by the grouped value, a ranking of rows answering every column, joins in time keeping
the first kind named with ``EXISTS`` on service and canonical environment, warnings met on
their ``labels['service']`` and ``labels['environment']``, "for each X ... how many Y" as one
row per X with a correlated count, "any kind of change" as every live report, ``scale``
included, "silences ending in the next 24 hours" as ``ends_at`` in ``[now, now + 24
hours]``, business hours Monday to Friday 09:00-17:00 UTC). This set uses the tenth's ``now``
values and adds one (``TUE_1658``, see below); a question with no time phrase is asked at
``NOW_AFTER``, after every record. It adds, precisely:

- "this morning" is from midnight UTC of the ``now`` day up to ``now`` (asked at
  ``WED_0900``: 2025-03-12 00:00 to 09:00); "last night" is 18:00 UTC of the day before the
  ``now`` day to 06:00 UTC of the ``now`` day (asked at ``WED_0900``: 2025-03-11 18:00 to
  2025-03-12 06:00), half-open.
- "so far today" is from midnight UTC of the ``now`` day up to ``now``.
- A day named with a zone ("yesterday Singapore time") is that zone's calendar day, its
  bounds that zone's wall-clock midnights (Asia/Singapore is UTC+8 all year).
- "requested but not live (yet)" is a ``phase = 'requested'`` deployment report at or before
  ``now`` with no ``phase = 'live'`` report of the same ``details['deployment_id']`` at or
  before ``now``.
- "got paged" / "paged" is any alert of the ``alerts`` view (any severity).
- "while a silence ... was in effect" for an alert: the alert's span ``[starts_at, ends_at or
  now)`` and the silence's ``[starts_at, ends_at or expired_at, whichever first)`` share a
  moment; a silence that pins no environment covers every environment, one that pins no
  service covers no "same service".
- "a deploy made while the service was silenced": a silence of the same service (and
  canonical environment, or none pinned) active at the deploy's ``timestamp``.
- "incidents that had a silence created during them": a silence of the same service whose
  ``created_at`` is in ``[opened_at, resolved_at]`` (``now`` when unresolved).
- "the lead the earliest warning gave" is ``max(lead_min)`` of the group's
  ``incident_warnings`` rows.
- "the same day" for two records is the same UTC calendar date.
- A relation in time between two named services ("cart-service alerts ... after a payments-api
  deploy") holds between those services (and the same canonical environment), not on one service.
- "requested deployments" / "deploy requests" are ``type = 'deployment'`` reports with
  ``phase = 'requested'`` (rollback requests not included).
"""

# the tenth set's "now" values, shared
from benchmarks.ask_questions_tenth import FRI_1200, MON_0900, NOW_AFTER, TUE_1500, WED_0900

# added by this set: between the user-profile v1.13.0 production deploy request (16:56:07)
# and its live report (16:59:45), so one request is not live yet
TUE_1658 = "2025-03-11T16:58:00Z"

_D11 = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_D12 = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "v001",
        "filters",
        "For the review: list every critical alert in the checkout project's production environment on "
        "March 11 (UTC), with the service, the alert name and when it started.",
        "SELECT service, name, starts_at FROM alerts WHERE project = 'checkout' "
        "AND environment_canonical = 'production' AND severity = 'critical' "
        f"AND starts_at >= {_D11} AND starts_at < {_D12}",
        NOW_AFTER,
    ),
    (
        "v002",
        "filters",
        "pls show alerts for token-service in staging",
        "SELECT * FROM alerts WHERE service = 'token-service' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "v003",
        "filters",
        "Which alerts are still firing right now?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "v004",
        "filters",
        "Show me the alerts that carry the team=payments label.",
        "SELECT * FROM alerts WHERE labels['team'] = 'payments'",
        NOW_AFTER,
    ),
    (
        "v005",
        "filters",
        "alerts from cluster staging-eu-west-1 with warning severity, give name, service and start time only",
        "SELECT name, service, starts_at FROM alerts WHERE labels['cluster'] = 'staging-eu-west-1' "
        "AND severity = 'warning'",
        NOW_AFTER,
    ),
    (
        "v006",
        "filters",
        "Show the alerts that came in through PagerDuty rather than Alertmanager.",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        NOW_AFTER,
    ),
    (
        "v007",
        "filters",
        "Did anything in the identity project alert as critical in February? List them.",
        "SELECT * FROM alerts WHERE project = 'identity' AND severity = 'critical' "
        "AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v008",
        "filters",
        "error logs of payments-api prod last night, time and message pls",
        "SELECT timestamp, body FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
        "AND is_error AND timestamp >= TIMESTAMPTZ '2025-03-11 18:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        WED_0900,
    ),
    (
        "v009",
        "filters",
        "Which alerts mention the reindex queue?",
        "SELECT * FROM alerts WHERE name ILIKE '%reindex queue%' "
        "OR annotations['summary'] ILIKE '%reindex queue%' OR annotations['description'] ILIKE '%reindex queue%'",
        NOW_AFTER,
    ),
    (
        "v010",
        "filters",
        "Which alerts fired on a service that also had a rollback in the same environment on the same day (UTC)?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'rollback' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND CAST(timezone('UTC', c.timestamp) AS DATE) = CAST(timezone('UTC', a.starts_at) AS DATE))",
        NOW_AFTER,
    ),
    (
        "v011",
        "filters",
        "Show me the cart-service alerts in production that started within 15 minutes after a payments-api "
        "deploy to production.",
        "SELECT a.* FROM alerts a WHERE a.service = 'cart-service' AND a.environment_canonical = 'production' "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = 'payments-api' AND c.environment = 'production' AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "v012",
        "filters",
        "Show me the auth-api startup lines in staging (the 'Started auth-api' log lines), with the time and "
        "the service version each one reports.",
        "SELECT timestamp, service_version, body FROM log_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND body ILIKE '%started auth-api%'",
        NOW_AFTER,
    ),
    (
        "v013",
        "filters",
        "Which early warnings were raised for payments-api in production? I need the warning's alert name, "
        "the metric key, the sigma and when it started.",
        "SELECT labels['alertname'], metric_key, sigma, starts_at FROM warnings "
        "WHERE labels['service'] = 'payments-api' AND labels['environment'] = 'production'",
        NOW_AFTER,
    ),
    (
        "v014",
        "filters",
        "List the production incidents that are still open.",
        "SELECT * FROM alert_groups WHERE environment = 'production' "
        "AND opened_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "v015",
        "filters",
        "alerts on node ip-10-42-28-16.eu-west-1.compute.internal?",
        "SELECT * FROM alerts WHERE labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ time
    (
        "v016",
        "time",
        "how many alert fired yesterday",
        f"SELECT count(*) FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12}",
        WED_0900,
    ),
    (
        "v017",
        "time",
        "what alerts fired this morning?",
        f"SELECT * FROM alerts WHERE starts_at >= {_D12} AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "v018",
        "time",
        "Between 14:30 and 15:30 UTC on March 11, which production alerts started? Give the name, service, "
        "severity and start time.",
        "SELECT name, service, severity, starts_at FROM alerts WHERE environment_canonical = 'production' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 15:30:00+00'",
        NOW_AFTER,
    ),
    (
        "v019",
        "time",
        "last night UTC which services got alerts?",
        "SELECT DISTINCT service FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        WED_0900,
    ),
    (
        "v020",
        "time",
        "How many critical alerts did we have last week?",
        "SELECT count(*) FROM alerts WHERE severity = 'critical' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "v021",
        "time",
        "What got deployed on March 11 between 9am and noon UTC?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v022",
        "time",
        "In the last 2 hours, how many alerts have started in production?",
        "SELECT count(*) FROM alerts WHERE environment_canonical = 'production' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 13:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "v023",
        "time",
        "so far today how many snooze on HighLatencyP99?",
        "SELECT count(*) FROM audit_log WHERE action = 'snooze' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0 "
        f"AND timestamp >= {_D11} AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "v024",
        "time",
        "How many feature flag changes did we make this week?",
        "SELECT count(*) FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'",
        FRI_1200,
    ),
    (
        "v025",
        "time",
        "Alerts per hour on March 11 for search-api in staging, UTC hours.",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) FROM alerts "
        "WHERE service = 'search-api' AND environment_canonical = 'staging' "
        f"AND starts_at >= {_D11} AND starts_at < {_D12} GROUP BY hour",
        NOW_AFTER,
    ),
    (
        "v026",
        "time",
        "Which silences were created on March 11, and by whom? Silence id, author and comment, please.",
        f"SELECT silence_id, created_by, comment FROM silences WHERE created_at >= {_D11} AND created_at < {_D12}",
        NOW_AFTER,
    ),
    (
        "v027",
        "time",
        "first alert yesterday, give me name, service and the start time",
        f"SELECT name, service, starts_at FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12} "
        "ORDER BY starts_at LIMIT 1",
        WED_0900,
    ),
    (
        "v028",
        "time",
        "How many alerts fired yesterday, Singapore time?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 16:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        WED_0900,
    ),
    (
        "v029",
        "time",
        "Which releases did we publish in the first half of March?",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-16 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v030",
        "time",
        "How many payments-api alerts started in the 30 minutes after its v2.14.0 production deploy went live?",
        "SELECT count(*) FROM alerts a WHERE a.service = 'payments-api' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api' "
        "AND c.environment = 'production' AND coalesce(c.details['ref'], c.version) = 'v2.14.0' "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "v031",
        "aggregates",
        "How many critical alerts did we have yesterday?",
        f"SELECT count(*) FROM alerts WHERE severity = 'critical' AND starts_at >= {_D11} AND starts_at < {_D12}",
        WED_0900,
    ),
    (
        "v032",
        "aggregates",
        "Per service, what was the average time to resolve in minutes for the production alerts that started "
        "on March 11 and resolved?",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE environment_canonical = 'production' AND ends_at IS NOT NULL "
        f"AND starts_at >= {_D11} AND starts_at < {_D12} GROUP BY service",
        NOW_AFTER,
    ),
    (
        "v033",
        "aggregates",
        "alerts count per severity yesterday",
        f"SELECT severity, count(*) FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12} GROUP BY severity",
        WED_0900,
    ),
    (
        "v034",
        "aggregates",
        "How many different checkout-web versions were deployed to staging?",
        "SELECT count(DISTINCT coalesce(details['ref'], version)) FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND service = 'checkout-web' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "v035",
        "aggregates",
        "What share of yesterday's alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
        f"WHERE starts_at >= {_D11} AND starts_at < {_D12}",
        WED_0900,
    ),
    (
        "v036",
        "aggregates",
        "What was the average incident duration in minutes for the checkout project on March 11, counting "
        "only the incidents that resolved?",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups "
        "WHERE project = 'checkout' AND resolved_at IS NOT NULL "
        f"AND opened_at >= {_D11} AND opened_at < {_D12}",
        NOW_AFTER,
    ),
    (
        "v037",
        "aggregates",
        "how many error log for cart-service prod yesterday",
        "SELECT count(*) FROM log_events WHERE service = 'cart-service' AND environment = 'production' "
        f"AND is_error AND timestamp >= {_D11} AND timestamp < {_D12}",
        WED_0900,
    ),
    (
        "v038",
        "aggregates",
        "How many deployments were requested per environment in March?",
        "SELECT environment, count(*) FROM change_events WHERE type = 'deployment' AND phase = 'requested' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00' "
        "GROUP BY environment",
        NOW_AFTER,
    ),
    (
        "v039",
        "aggregates",
        "How many of February's incidents had a suspect change behind them?",
        "SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' AND id IN (SELECT group_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "v040",
        "aggregates",
        "What was the peak of hikaricp_connections_pending for payments-api on March 11?",
        "SELECT max(value) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        f"AND labels['service'] = 'payments-api' AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_AFTER,
    ),
    (
        "v041",
        "aggregates",
        "avg snooze length in minute?",
        "SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'",
        NOW_AFTER,
    ),
    (
        "v042",
        "aggregates",
        "How many alerts did each environment get on March 11?",
        "SELECT environment_canonical, count(*) FROM alerts "
        f"WHERE starts_at >= {_D11} AND starts_at < {_D12} GROUP BY environment_canonical",
        NOW_AFTER,
    ),
    (
        "v043",
        "aggregates",
        "On average, how many alerts a day did we get last week?",
        "SELECT round(avg(n), 1) FROM (SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS d, count(*) AS n "
        "FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00' GROUP BY d)",
        MON_0900,
    ),
    (
        "v044",
        "aggregates",
        "What is the median length, in minutes, of the silences on the indexer?",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "v045",
        "aggregates",
        "how many ack sade okafor did?",
        "SELECT count(*) FROM audit_log WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "v046",
        "top_n",
        "Which service had the most alerts yesterday?",
        "SELECT service, count(*) AS n FROM alerts "
        f"WHERE starts_at >= {_D11} AND starts_at < {_D12} GROUP BY service ORDER BY n DESC, service LIMIT 1",
        WED_0900,
    ),
    (
        "v047",
        "top_n",
        "Top 2 alert names by number of alerts in production during March, with the counts.",
        "SELECT name, count(*) AS n FROM alerts WHERE environment_canonical = 'production' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-04-01 00:00:00+00' "
        "GROUP BY name ORDER BY n DESC, name LIMIT 2",
        NOW_AFTER,
    ),
    (
        "v048",
        "top_n",
        "who ack most alerts?",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY n DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v049",
        "top_n",
        "Which service has been rolled back the most times?",
        "SELECT service, count(*) AS n FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "GROUP BY service ORDER BY n DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v050",
        "top_n",
        "Show the three longest production incidents, measured from opening until they resolved.",
        "SELECT * FROM alert_groups WHERE environment = 'production' AND resolved_at IS NOT NULL "
        "ORDER BY resolved_at - opened_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "v051",
        "top_n",
        "Who are the top 2 people by number of incidents resolved?",
        "SELECT resolved_by, count(*) AS n FROM resolutions GROUP BY resolved_by ORDER BY n DESC, resolved_by LIMIT 2",
        NOW_AFTER,
    ),
    (
        "v052",
        "top_n",
        "which alert is most noisy for indexer",
        "SELECT name, count(*) AS n FROM alerts WHERE service = 'indexer' GROUP BY name ORDER BY n DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v053",
        "top_n",
        "The 3 strongest early warnings by sigma: alert name, service, sigma and start time.",
        "SELECT labels['alertname'], labels['service'], sigma, starts_at FROM warnings ORDER BY sigma DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "v054",
        "top_n",
        "Top 5 payments-api log patterns by error lines, with the template and its error count.",
        "SELECT template, sum(errors) AS e FROM log_pattern_counts WHERE service = 'payments-api' "
        "GROUP BY template_id, template ORDER BY e DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "v055",
        "top_n",
        "Whose deploys were blamed for the most incidents?",
        "SELECT change_actor, count(*) AS n FROM incident_suspects WHERE change_type = 'deployment' "
        "GROUP BY change_actor ORDER BY n DESC, change_actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v056",
        "top_n",
        "most recent 5 alerts for indexer pls",
        "SELECT * FROM alerts WHERE service = 'indexer' ORDER BY starts_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "v057",
        "top_n",
        "Which hour of the day (UTC) had the most alerts on March 11?",
        "SELECT hour(timezone('UTC', starts_at)) AS h, count(*) AS n FROM alerts "
        f"WHERE starts_at >= {_D11} AND starts_at < {_D12} GROUP BY h ORDER BY n DESC, h LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v058",
        "top_n",
        "Rank the services by average alert duration in production, longest first, and give me the top 3 in "
        "minutes (resolved alerts only).",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS m FROM alerts "
        "WHERE environment_canonical = 'production' AND ends_at IS NOT NULL "
        "GROUP BY service ORDER BY avg(epoch(ends_at) - epoch(starts_at)) DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "v059",
        "top_n",
        "Who made the most feature flag changes?",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "GROUP BY actor ORDER BY n DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v060",
        "top_n",
        "biggest incident yesterday?",
        f"SELECT * FROM alert_groups WHERE opened_at >= {_D11} AND opened_at < {_D12} "
        "ORDER BY alert_count DESC LIMIT 1",
        WED_0900,
    ),
    # ------------------------------------------------------------------ changes
    (
        "v061",
        "changes",
        "Which version of payments-api is live in production right now?",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v062",
        "changes",
        "Is there any deploy that was requested but isn't live yet? Service, environment, version tag and who "
        "asked for it.",
        "SELECT r.service, r.environment, coalesce(r.details['ref'], r.version), r.actor FROM change_events r "
        "WHERE r.type = 'deployment' AND r.phase = 'requested' AND r.timestamp <= TIMESTAMPTZ '2025-03-11 16:58:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM change_events l WHERE l.phase = 'live' "
        "AND l.details['deployment_id'] = r.details['deployment_id'] "
        "AND l.timestamp <= TIMESTAMPTZ '2025-03-11 16:58:00+00')",
        TUE_1658,
    ),
    (
        "v063",
        "changes",
        "What versions of auth-api went out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "v064",
        "changes",
        "When was checkout-web last deployed to production, and which version was it?",
        "SELECT timestamp, coalesce(details['ref'], version) FROM change_events WHERE service = 'checkout-web' "
        "AND environment = 'production' AND type = 'deployment' AND phase = 'live' ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v065",
        "changes",
        "Who rolled back payments-api yesterday?",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'rollback' "
        f"AND phase = 'live' AND timestamp >= {_D11} AND timestamp < {_D12}",
        WED_0900,
    ),
    (
        "v066",
        "changes",
        "what changed on search-api yesterday?",
        "SELECT * FROM change_events WHERE service = 'search-api' AND phase = 'live' "
        f"AND timestamp >= {_D11} AND timestamp < {_D12}",
        WED_0900,
    ),
    (
        "v067",
        "changes",
        "List the deploy requests for staging on March 11: service, version tag, who requested it and when.",
        "SELECT service, coalesce(details['ref'], version), actor, timestamp FROM change_events "
        "WHERE type = 'deployment' AND phase = 'requested' AND environment = 'staging' "
        f"AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_AFTER,
    ),
    (
        "v068",
        "changes",
        "Which config updates were made in production? Service, summary, who made it and when.",
        "SELECT service, summary, actor, timestamp FROM change_events WHERE type = 'config_update' "
        "AND phase = 'live' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "v069",
        "changes",
        "How many times did we roll back in February?",
        "SELECT count(*) FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v070",
        "changes",
        "flags in prod turned on or off yesterday, who did it?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        f"AND environment = 'production' AND timestamp >= {_D11} AND timestamp < {_D12}",
        WED_0900,
    ),
    (
        "v071",
        "changes",
        "Which rollbacks came less than an hour after a deployment of the same service in the same environment?",
        "SELECT r.* FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND EXISTS (SELECT 1 "
        "FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = r.service "
        "AND d.environment = r.environment AND d.timestamp >= r.timestamp - INTERVAL 60 MINUTE "
        "AND d.timestamp <= r.timestamp)",
        NOW_AFTER,
    ),
    (
        "v072",
        "changes",
        "Show the deploys that were followed by a critical alert on the same service within 15 minutes.",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 "
        "FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "v073",
        "changes",
        "Which services were deployed to staging on March 11 but not to production that day?",
        "SELECT DISTINCT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND environment = 'staging' AND timestamp >= {_D11} AND timestamp < {_D12} "
        "AND service NOT IN (SELECT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND environment = 'production' AND timestamp >= {_D11} AND timestamp < {_D12})",
        NOW_AFTER,
    ),
    (
        "v074",
        "changes",
        "payments-api v2.14.0 went to prod what time? and to staging? env and time",
        "SELECT environment, timestamp FROM change_events WHERE service = 'payments-api' AND type = 'deployment' "
        "AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0'",
        NOW_AFTER,
    ),
    (
        "v075",
        "changes",
        "How many changes of any kind were made to production on March 11?",
        "SELECT count(*) FROM change_events WHERE phase = 'live' AND environment = 'production' "
        f"AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ silences
    (
        "v076",
        "silences",
        "Which silences were active at 15:00 UTC on March 11? Silence id, the service and environment it "
        "covers, its author and comment.",
        "SELECT silence_id, service, environment, created_by, comment FROM silences "
        "WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        NOW_AFTER,
    ),
    (
        "v077",
        "silences",
        "who silence the indexer last night?",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer' "
        "AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        WED_0900,
    ),
    (
        "v078",
        "silences",
        "How many silences did we create in January?",
        "SELECT count(*) FROM silences WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v079",
        "silences",
        "Which silences were expired early, by whom and when?",
        "SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "v080",
        "silences",
        "List the silences that were scheduled ahead of time (created before they took effect): silence id, "
        "author, and how many minutes ahead they were created.",
        "SELECT silence_id, created_by, round((epoch(starts_at) - epoch(created_at)) / 60, 1) FROM silences "
        "WHERE created_at < starts_at",
        NOW_AFTER,
    ),
    (
        "v081",
        "silences",
        "any silence still active now? show them",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "v082",
        "silences",
        "What's the longest silence we've ever set? Who set it, what did they write, and how many minutes did it last?",
        "SELECT created_by, comment, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences "
        "ORDER BY ends_at - starts_at DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "v083",
        "silences",
        "Which silences covered the KubePodCrashLooping alert, and in which environment?",
        "SELECT silence_id, environment FROM silences "
        "WHERE len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'KubePodCrashLooping')) > 0",
        NOW_AFTER,
    ),
    (
        "v084",
        "silences",
        "Were any deploys made to a service while it was silenced? Service, environment, version and time.",
        "SELECT c.service, c.environment, coalesce(c.details['ref'], c.version), c.timestamp FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = c.service AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
        "AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp "
        "AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))",
        NOW_AFTER,
    ),
    (
        "v085",
        "silences",
        "snooze on HighLatencyP99, who do it and how many time each",
        "SELECT actor, count(*) FROM audit_log WHERE action = 'snooze' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0 GROUP BY actor",
        NOW_AFTER,
    ),
    (
        "v086",
        "silences",
        "What silence suggestions do we have? Show the kind, the suggestion text and how confident it is.",
        "SELECT kind, text, confidence FROM silence_suggestions",
        NOW_AFTER,
    ),
    (
        "v087",
        "silences",
        "Which alerts did Alertmanager actually hold back because of a silence in March?",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0 "
        "AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v088",
        "silences",
        "Which alerts were firing while a silence on the same service was in effect?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:00:00+00') > s.starts_at)",
        NOW_AFTER,
    ),
    (
        "v089",
        "silences",
        "which silences end in next 24 hours?",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'",
        WED_0900,
    ),
    (
        "v090",
        "silences",
        "Which silences were created within an hour after an alert on the same service? Silence id, service, "
        "author and comment.",
        "SELECT s.silence_id, s.service, s.created_by, s.comment FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = "
        "a.environment_canonical) AND a.starts_at >= s.created_at - INTERVAL 60 MINUTE "
        "AND a.starts_at <= s.created_at)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ joins
    (
        "v091",
        "joins",
        "For each production deployment in the checkout project on March 11, how many alerts on the same "
        "service started in the 30 minutes after it? Give the service, the version tag, the deploy time and "
        "the count.",
        "SELECT c.service, coalesce(c.details['ref'], c.version), c.timestamp, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.project = 'checkout' AND c.environment = 'production' "
        f"AND c.timestamp >= {_D11} AND c.timestamp < {_D12}",
        NOW_AFTER,
    ),
    (
        "v092",
        "joins",
        "incident yesterday with no suspect change? just service, alert name and open time",
        "SELECT service, group_labels['alertname'], opened_at FROM alert_groups "
        f"WHERE opened_at >= {_D11} AND opened_at < {_D12} "
        "AND id NOT IN (SELECT group_id FROM incident_suspects)",
        WED_0900,
    ),
    (
        "v093",
        "joins",
        "Which deploys caused incidents in February?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects) "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "v094",
        "joins",
        "List the early warnings that started in the hour after the payments-api v2.14.0 production deploy.",
        "SELECT w.* FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.service = 'payments-api' AND c.environment = 'production' "
        "AND coalesce(c.details['ref'], c.version) = 'v2.14.0' AND w.labels['service'] = c.service "
        "AND w.labels['environment'] = c.environment AND w.starts_at >= c.timestamp "
        "AND w.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "v095",
        "joins",
        "Which incidents on March 11 had an early warning beforehand? Service, alert name, and the lead in "
        "minutes that the earliest warning gave.",
        "SELECT service, group_labels['alertname'], max(lead_min) FROM incident_warnings "
        f"WHERE opened_at >= {_D11} AND opened_at < {_D12} GROUP BY group_id, service, group_labels['alertname']",
        NOW_AFTER,
    ),
    (
        "v096",
        "joins",
        "which alert fired in 15 min after a flag change on same service?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "v097",
        "joins",
        "Which changes were blamed for critical incidents?",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects "
        "WHERE max_severity = 'critical')",
        NOW_AFTER,
    ),
    (
        "v098",
        "joins",
        "For the checkout project's incidents, how many minutes before each one did its suspect change take "
        "effect? Service, alert name and minutes.",
        "SELECT service, group_labels['alertname'], round(lag_s / 60, 1) FROM incident_suspects "
        "WHERE project = 'checkout'",
        NOW_AFTER,
    ),
    (
        "v099",
        "joins",
        "Which incidents had a silence created on the same service during them? Service, alert name and "
        "when the incident opened.",
        "SELECT g.service, g.group_labels['alertname'], g.opened_at FROM alert_groups g WHERE EXISTS (SELECT 1 "
        "FROM silences s WHERE s.service = g.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at "
        "AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 06:00:00+00'))",
        NOW_AFTER,
    ),
    (
        "v100",
        "joins",
        "who deploy right before an alert fire on the same service (15 min)?",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "v101",
        "joins",
        "For every rollback, how many alerts on that service had started in the 30 minutes leading up to it? "
        "Service, rollback time and the count.",
        "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp - INTERVAL 30 MINUTE "
        "AND a.starts_at <= c.timestamp) FROM change_events c "
        "WHERE c.type = 'rollback' AND c.phase = 'live'",
        NOW_AFTER,
    ),
    (
        "v102",
        "joins",
        "Which staging deploys were not followed by any alert on the same service within 30 minutes? "
        "Service, version and deploy time.",
        "SELECT c.service, coalesce(c.details['ref'], c.version), c.timestamp FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "v103",
        "joins",
        "How were the incidents that opened on March 11 fixed? Service, alert name, root cause and fix.",
        "SELECT g.service, g.group_labels['alertname'], r.root_cause, r.fix FROM alert_groups g "
        f"JOIN resolutions r ON r.group_id = g.id WHERE g.opened_at >= {_D11} AND g.opened_at < {_D12}",
        NOW_AFTER,
    ),
    (
        "v104",
        "joins",
        "log patterns before the HikariPoolPendingConnections incident, top 3 — template, lines, errors",
        "SELECT template, lines, errors FROM incident_log_patterns WHERE group_id IN (SELECT id FROM alert_groups "
        "WHERE group_labels['alertname'] = 'HikariPoolPendingConnections') AND rank <= 3",
        NOW_AFTER,
    ),
    (
        "v105",
        "joins",
        "Which services got paged within 15 minutes of a deploy?",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ refusals
    ("v106", "refusals", "What's our AWS bill looking like for March?", "not_about_this_data", NOW_AFTER),
    (
        "v107",
        "refusals",
        "Please silence the indexer DiskSpaceLow alert for the next 2 hours.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    ("v108", "refusals", "how many alert billing-service had yesterday?", "ungrounded", WED_0900),
    (
        "v109",
        "refusals",
        "Which version of payments-api is live in the qa environment?",
        "ungrounded",
        NOW_AFTER,
    ),
    ("v110", "refusals", "Roll back payments-api to v2.13.2 in prod.", "asks_to_change_data", NOW_AFTER),
    ("v111", "refusals", "Can you write me a short poem about being on call?", "not_about_this_data", NOW_AFTER),
    (
        "v112",
        "refusals",
        "Show me the alerts from the prod-us-east-1 cluster during the outage.",
        "ungrounded",
        NOW_AFTER,
    ),
    ("v113", "refusals", "delete the old january silences pls", "asks_to_change_data", NOW_AFTER),
    ("v114", "refusals", "What did priya.sharma deploy to staging last week?", "ungrounded", MON_0900),
    ("v115", "refusals", "what is weather in Dublin today?", "not_about_this_data", WED_0900),
    (
        "v116",
        "refusals",
        "Mark the checkout-web 'Checkout flow failing' incident as resolved, root cause 'bad payments deploy'.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "v117",
        "refusals",
        "How many incidents did the marketing project have in March?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "v118",
        "refusals",
        "Summarise the main arguments for and against a four-day work week.",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "v119",
        "refusals",
        "expire the token-service staging silence now, the fix is merged",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "v120",
        "refusals",
        "were there alerts on notifications-worker last night?",
        "ungrounded",
        WED_0900,
    ),
]
