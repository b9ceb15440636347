"""The tenth ask question set: ids n001..n160, 20 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the ninth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; for a refusal the gold is its kind (``not_about_this_data``,
``asks_to_change_data``, ``ungrounded``: names a service, project, person, environment or
cluster the store does not have), otherwise one DuckDB SELECT whose result is compared as a
multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: a database
reliability engineer who cares about the Postgres and connection-pool alerts (Hikari, db pool,
``datname``, ``db.system``, ``hikaricp_connections_pending``, the identity-db upgrade silence)
and writes terse fragments ("pool alerts", "p99 peak", "last 15m"); a product manager who asks
in plain English about customer impact ("set off an alert", "muted", "put out", "blamed") and
knows services only by name; a new grad on their first on-call who writes long, polite,
slightly confused questions ("Sorry if this is a silly question, but ..."); and a security
engineer auditing who changed and who muted what and when (actors, silences, acks, snoozes,
expiries, bots included). They mix full sentences and fragments, some typos and abbreviations
(prod, stg, pls, mins, 15m), the negations people use ("never had a rollback", "weren't
followed by", "with no early warning", "other than") and several ways of naming one relation
in time: "within N minutes after", "in the N minutes leading up to", "chased by", "while it was
silenced", "while an incident was already open", "came less than an hour after".

Conventions: the ninth set's, kept unchanged so the sets agree (and through it the eighth's
and the seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this week",
"last week", "since midnight", "the last N minutes/hours" and clock windows mean under them,
things in a window by their own time, alerts from the ``alerts`` view, "still firing/open" at a
time, canonical environments, names by case-insensitive substring or exact spelling, labels by
full value, incidents are ``alert_groups``, changes are their ``phase = 'live'`` reports
unless a phase is named, "which versions went out" as ``coalesce(details['ref'], version)``
once each, "which version is live" as that of the last live deployment or rollback, people by
their exact stored spelling, counts per actor as stored (bots included), silences from the
``silences`` view and active at T, snoozes and acks from ``audit_log`` matched by a matcher
``name=value`` (``len(list_filter(matchers, m -> ...)) > 0``), rounding to one decimal and
durations in minutes, top-N ties broken by the grouped value, joins in time keeping the first
kind named with ``EXISTS`` on service and canonical environment, warnings met on their
``labels['service']`` and ``labels['environment']``, "for each X: a, b and how many Y" as one
row per X with a correlated count, "the N longest" by ``ends_at - starts_at``, "alerts that
went off while the service was silenced", "silences created while an incident was open",
"silences scheduled ahead", "leading up to" as *before* and "chased by" as *after*). This set
uses only the ninth's ``now`` values (no new one); a question with no time phrase is asked at
``NOW_AFTER``, after every record. It adds, precisely:

- "deploys", "deployed", "shipped", "got a new deploy" are ``type = 'deployment'`` live
  reports only (not rollbacks or releases); "releases" / "every release we've put out" are
  ``type = 'release'``; "rollbacks", "rolled back" are ``type = 'rollback'``; "any kind of
  change" and "made a change" are every live report, the ``scale`` reports included.
- "which version is running in X" is "which version is live in X"; "not yet resolved at T" is
  "still open at T".
- "X with 'word' in the (alert) name", "whose name mentions word": ``name ILIKE '%word%'``;
  "log lines mentioning 'x'": ``body ILIKE '%x%'``; "whose fix says 'x'": ``fix ILIKE '%x%'``.
- "the peak" / "the max" of a named metric is ``max(value)`` of its samples (one value); a
  metric of one service is its series with ``labels['service']`` equal to it.
- A top-N or "which X has the most/least" over a breakdown answers the grouped value and its
  count (``value, count``), most (least) first, ties by the value; a ranking of rows ("the 3
  longest", "the biggest incident", "the most recent 5") answers every column of those rows.
- "how long an incident lasted" is ``resolved_at - opened_at`` of the ``alert_groups`` row
  (only rows with a ``resolved_at``); "the biggest incident" is the highest ``alert_count``.
- "how long a silence was in place before someone ended it": ``expired_at - starts_at`` in
  minutes; "a silence's length": ``ends_at - starts_at`` as the view says.
- "silences ending in the next 24 hours": ``ends_at`` closed in ``[now, now + 24 hours]``.
- "silences with more than one version" (edited or changed state): ``versions > 1``.
- "what shipped in the N minutes leading up to Y": the deployments with a Y of the same
  service and canonical environment in ``[t, t + N]`` (the change before the other kind).
- "rollbacks that came less than an hour after a deploy": rollbacks with a live deployment of
  the same service and environment in ``[t - 60 min, t]``.
- "services that never had X": the services of ``alerts`` and ``change_events`` (``UNION``)
  that no X row carries.
- "changes blamed for incidents" are the ``change_events`` rows whose id is some
  ``incident_suspects.change_id``; "incidents with no early warning" are ``alert_groups``
  rows whose id is in no ``incident_warnings.group_id``.
- Business hours are Monday to Friday, 09:00-17:00 UTC (``dayname`` not Saturday or Sunday,
  ``hour`` 9 to 16).
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
        "n001",
        "filters",
        "every alert with postgres in the name",
        "SELECT * FROM alerts WHERE name ILIKE '%postgres%'",
        NOW_AFTER,
    ),
    (
        "n002",
        "filters",
        "conn pool alerts - anything with Pool in the alertname, full rows pls",
        "SELECT * FROM alerts WHERE name ILIKE '%pool%'",
        NOW_AFTER,
    ),
    (
        "n003",
        "filters",
        "which alerts carried the label datname=tokens?",
        "SELECT * FROM alerts WHERE labels['datname'] = 'tokens'",
        NOW_AFTER,
    ),
    (
        "n004",
        "filters",
        "Can you show me the critical alerts for checkout-web? Just the serious ones.",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "n005",
        "filters",
        "Hi! Sorry if this is a silly question, but could you please list the alerts that are "
        "still firing on auth-api in production? I was told to keep an eye on them.",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'production' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "n006",
        "filters",
        "silences created by kenji.tanaka@acme.io",
        "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io'",
        NOW_AFTER,
    ),
    (
        "n007",
        "filters",
        "show me the silences somebody expired before they ran out",
        "SELECT * FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "n008",
        "filters",
        "every ack on token-service alerts",
        "SELECT * FROM audit_log WHERE action = 'ack' "
        "AND len(list_filter(matchers, m -> m.name = 'service' AND m.value = 'token-service')) > 0",
        NOW_AFTER,
    ),
    (
        "n009",
        "filters",
        "Which services in the checkout project have set off an alert at some point?",
        "SELECT DISTINCT service FROM alerts WHERE project = 'checkout'",
        NOW_AFTER,
    ),
    (
        "n010",
        "filters",
        "um, could you show me the alerts from the iam team? I think it's the label team=iam, sorry if that's wrong",
        "SELECT * FROM alerts WHERE labels['team'] = 'iam'",
        NOW_AFTER,
    ),
    (
        "n011",
        "filters",
        "log lines where db.system is postgresql",
        "SELECT * FROM log_events WHERE attributes['db.system'] = 'postgresql'",
        NOW_AFTER,
    ),
    (
        "n012",
        "filters",
        "list the prod config changes",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "n013",
        "filters",
        "flag flips made by lucie.novak@acme.io",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND actor = 'lucie.novak@acme.io'",
        NOW_AFTER,
    ),
    (
        "n014",
        "filters",
        "Show me the early warnings we got for payments-api.",
        "SELECT * FROM warnings WHERE labels['service'] = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "n015",
        "filters",
        "Could you please list the staging alerts on search-api that were only warning severity? "
        "There seem to be a lot of them and I'm not sure if that's normal.",
        "SELECT * FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging' "
        "AND severity = 'warning'",
        NOW_AFTER,
    ),
    (
        "n016",
        "filters",
        "hikaricp_connections_pending samples above 20",
        "SELECT * FROM metric_points WHERE name = 'hikaricp_connections_pending' AND value > 20",
        NOW_AFTER,
    ),
    (
        "n017",
        "filters",
        "silences that don't pin any service - the broad ones, I want to see them",
        "SELECT * FROM silences WHERE service IS NULL",
        NOW_AFTER,
    ),
    (
        "n018",
        "filters",
        "Which resolutions say 'rolled back' in the fix?",
        "SELECT * FROM resolutions WHERE fix ILIKE '%rolled back%'",
        NOW_AFTER,
    ),
    (
        "n019",
        "filters",
        "are there any alerts that came in from grafana? if so could you show them to me please",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        NOW_AFTER,
    ),
    (
        "n020",
        "filters",
        "everything sade.okafor@acme.io did in the audit log",
        "SELECT * FROM audit_log WHERE actor = 'sade.okafor@acme.io'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ time
    (
        "n021",
        "time",
        "alerts today w/ pool in the name",
        "SELECT * FROM alerts WHERE name ILIKE '%pool%' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n022",
        "time",
        "How many alerts went off yesterday in the checkout project?",
        "SELECT count(*) FROM alerts WHERE project = 'checkout' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n023",
        "time",
        "Hello, I just started my shift. Could you tell me which alerts fired since midnight? "
        "Sorry, I'm still learning the tools.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "n024",
        "time",
        "silences created in the last 8 hours",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00' "
        "AND created_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n025",
        "time",
        "what was firing on payments-api at 14:45",
        "SELECT * FROM alerts WHERE service = 'payments-api' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')",
        TUE_1500,
    ),
    (
        "n026",
        "time",
        "silences created last week",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "n027",
        "time",
        "Which services set off alerts between 2pm and 4pm today?",
        "SELECT DISTINCT service FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        TUE_1700,
    ),
    (
        "n028",
        "time",
        "Could you show me the deploys from the last 3 hours please? I want to understand what "
        "changed before I take over.",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n029",
        "time",
        "everyone (bots too) who made a change yesterday",
        "SELECT DISTINCT actor FROM change_events WHERE phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n030",
        "time",
        "most recent PostgresqlTooManyConnections alert",
        "SELECT * FROM alerts WHERE name = 'PostgresqlTooManyConnections' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' ORDER BY starts_at DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n031",
        "time",
        "Did anything alert in the last 30 minutes?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n032",
        "time",
        "Sorry, how many incidents have there been this week so far? My lead asked and I don't know where to look.",
        "SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND opened_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00'",
        FRI_1200,
    ),
    (
        "n033",
        "time",
        "acks since 2pm",
        "SELECT * FROM audit_log WHERE action = 'ack' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n034",
        "time",
        "stg deploys yesterday between noon and 6pm",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'staging' AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'",
        WED_0900,
    ),
    (
        "n035",
        "time",
        "How many errors did checkout-web log yesterday?",
        "SELECT count(*) FROM log_events WHERE service = 'checkout-web' AND is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n036",
        "time",
        "I'm a bit confused - which incidents were not yet resolved at noon today? Could you list them for me please?",
        "SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-11 12:00:00+00' "
        "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 12:00:00+00')",
        TUE_1700,
    ),
    (
        "n037",
        "time",
        "which silences were active at 3am on March 11",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 03:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 03:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 03:00:00+00')",
        NOW_AFTER,
    ),
    (
        "n038",
        "time",
        "payments-api error logs last 15m",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 16:45:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n039",
        "time",
        "What alerts did we have on February 25th?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-25 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-02-26 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "n040",
        "time",
        "Hi again, could you show me yesterday's earliest alert? I want to see how the day started.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' ORDER BY starts_at LIMIT 1",
        WED_0900,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "n041",
        "aggregates",
        "avg time to resolve, in minutes, for PostgresqlTooManyConnections, "
        "DBPoolPendingAcquiresHigh and HikariPoolPendingConnections together",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', "
        "'HikariPoolPendingConnections') AND ends_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "n042",
        "aggregates",
        "How many times has payments-api alerted in total?",
        "SELECT count(*) FROM alerts WHERE service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "n043",
        "aggregates",
        "count of silences per creator",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC",
        NOW_AFTER,
    ),
    (
        "n044",
        "aggregates",
        "Could you please tell me how many alerts there were today for each severity? I'd like to understand the mix.",
        "SELECT severity, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "GROUP BY severity ORDER BY alerts DESC",
        TUE_1700,
    ),
    (
        "n045",
        "aggregates",
        "peak hikaricp_connections_pending yesterday",
        "SELECT max(value) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n046",
        "aggregates",
        "What share of yesterday's alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) "
        "FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n047",
        "aggregates",
        "how many changes did each actor make yesterday, bots included",
        "SELECT actor, count(*) AS changes FROM change_events WHERE phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY actor ORDER BY changes DESC",
        WED_0900,
    ),
    (
        "n048",
        "aggregates",
        "What's the average number of alerts per incident? Sorry if that's not how you measure it.",
        "SELECT round(avg(alert_count), 1) FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "n049",
        "aggregates",
        "median time to reslove token-service alerts, mins",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE service = 'token-service' AND ends_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "n050",
        "aggregates",
        "On average, how long did checkout-web alerts last yesterday, in minutes?",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE service = 'checkout-web' AND ends_at IS NOT NULL "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n051",
        "aggregates",
        "number of distinct people who have created silences",
        "SELECT count(DISTINCT created_by) FROM silences",
        NOW_AFTER,
    ),
    (
        "n052",
        "aggregates",
        "log lines mentioning 'duplicate key', per service",
        "SELECT service, count(*) AS lines FROM log_events WHERE body ILIKE '%duplicate key%' "
        "GROUP BY service ORDER BY lines DESC",
        NOW_AFTER,
    ),
    (
        "n053",
        "aggregates",
        "How many deploys went live per environment today? I'm trying to get a feel for how "
        "busy staging is compared to prod.",
        "SELECT environment, count(*) AS deploys FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "GROUP BY environment ORDER BY deploys DESC",
        TUE_1700,
    ),
    (
        "n054",
        "aggregates",
        "How many incidents has each person resolved?",
        "SELECT resolved_by, count(*) AS incidents FROM resolutions GROUP BY resolved_by ORDER BY incidents DESC",
        NOW_AFTER,
    ),
    (
        "n055",
        "aggregates",
        "avg length of kenji.tanaka@acme.io's silences in minutes",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences "
        "WHERE created_by = 'kenji.tanaka@acme.io'",
        NOW_AFTER,
    ),
    (
        "n056",
        "aggregates",
        "p99 latency peak for payments-api today",
        "SELECT max(value) FROM metric_points "
        "WHERE name = 'service:http_request_duration_seconds:p99' "
        "AND labels['service'] = 'payments-api' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n057",
        "aggregates",
        "How many alerts did each project get yesterday?",
        "SELECT project, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY project ORDER BY alerts DESC",
        WED_0900,
    ),
    (
        "n058",
        "aggregates",
        "What is the average number of alerts per day this week? I just want to know what "
        "normal looks like, thank you!",
        "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS n "
        "FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00' GROUP BY day)",
        FRI_1200,
    ),
    (
        "n059",
        "aggregates",
        "snoozes per person",
        "SELECT actor, count(*) AS snoozes FROM audit_log WHERE action = 'snooze' GROUP BY actor ORDER BY snoozes DESC",
        NOW_AFTER,
    ),
    (
        "n060",
        "aggregates",
        "how many error lines did payments-api log on v2.14.0",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND service_version = 'v2.14.0' AND is_error",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "n061",
        "top_n",
        "which service has racked up the most critical alerts",
        "SELECT service, count(*) AS alerts FROM alerts WHERE severity = 'critical' "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n062",
        "top_n",
        "Which service had the most alerts yesterday?",
        "SELECT service, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        WED_0900,
    ),
    (
        "n063",
        "top_n",
        "who has created the most silences",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
        "ORDER BY silences DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n064",
        "top_n",
        "Could you show me the 4 noisiest alert names overall? I'd like to learn the ones I'll see the most.",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 4",
        NOW_AFTER,
    ),
    (
        "n065",
        "top_n",
        "3 longest token-service alerts",
        "SELECT * FROM alerts WHERE service = 'token-service' AND ends_at IS NOT NULL "
        "ORDER BY ends_at - starts_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "n066",
        "top_n",
        "Which incident lasted the longest?",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n067",
        "top_n",
        "top 2 ppl by number of flag flips",
        "SELECT actor, count(*) AS flips FROM change_events "
        "WHERE type = 'flag_change' AND phase = 'live' "
        "GROUP BY actor ORDER BY flips DESC, actor LIMIT 2",
        NOW_AFTER,
    ),
    (
        "n068",
        "top_n",
        "top 5 payments-api log patterns by error count",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts "
        "WHERE service = 'payments-api' GROUP BY template ORDER BY errors DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "n069",
        "top_n",
        "Which 2 services were deployed the most today? I'm trying to see where the action is.",
        "SELECT service, count(*) AS deploys FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "GROUP BY service ORDER BY deploys DESC, service LIMIT 2",
        TUE_1700,
    ),
    (
        "n070",
        "top_n",
        "Which project was the least noisy last week?",
        "SELECT project, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00' "
        "GROUP BY project ORDER BY alerts, project LIMIT 1",
        MON_0900,
    ),
    (
        "n071",
        "top_n",
        "most recent 5 audit log actions",
        "SELECT * FROM audit_log WHERE timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 5",
        TUE_1700,
    ),
    (
        "n072",
        "top_n",
        "3 strongest payments-api warnings by sigma",
        "SELECT * FROM warnings WHERE labels['service'] = 'payments-api' ORDER BY sigma DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "n073",
        "top_n",
        "Which hour of the day do we get the most alerts?",
        "SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts "
        "GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n074",
        "top_n",
        "Who acked the most alerts? I'd like to ask them for tips :)",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' "
        "GROUP BY actor ORDER BY acks DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n075",
        "top_n",
        "top 3 services by error log lines",
        "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
        "GROUP BY service ORDER BY errors DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "n076",
        "top_n",
        "Which incident had the most alerts in it?",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n077",
        "top_n",
        "latest 3 silences that were created",
        "SELECT * FROM silences ORDER BY created_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "n078",
        "top_n",
        "project with the longest average alert duration",
        "SELECT project, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes "
        "FROM alerts WHERE ends_at IS NOT NULL GROUP BY project "
        "ORDER BY minutes DESC, project LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n079",
        "top_n",
        "What were the last 3 changes that went out today? Any kind of change, I mean, sorry.",
        "SELECT * FROM change_events WHERE phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 3",
        TUE_1700,
    ),
    (
        "n080",
        "top_n",
        "bottom 3 services by number of alerts",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts, service LIMIT 3",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ changes
    (
        "n081",
        "changes",
        "who rolled anything back yesterday",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "n082",
        "changes",
        "which version of payments-api is live in prod rn",
        "SELECT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live' "
        "AND type IN ('deployment', 'rollback') "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n083",
        "changes",
        "What versions of checkout-web have gone out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'checkout-web' AND environment = 'staging' "
        "AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "n084",
        "changes",
        "Sorry to bother you - could you list all the flag changes on search-api? I heard "
        "someone toggled something there.",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND service = 'search-api'",
        NOW_AFTER,
    ),
    (
        "n085",
        "changes",
        "who shipped auth-api v4.2.1",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'auth-api' "
        "AND type = 'deployment' AND phase = 'live' "
        "AND coalesce(details['ref'], version) = 'v4.2.1'",
        NOW_AFTER,
    ),
    (
        "n086",
        "changes",
        "todays config chnages",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n087",
        "changes",
        "Show me the last production deploy of checkout-web.",
        "SELECT * FROM change_events WHERE service = 'checkout-web' "
        "AND environment = 'production' AND type = 'deployment' AND phase = 'live' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n088",
        "changes",
        "requested rollbacks",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'requested'",
        NOW_AFTER,
    ),
    (
        "n089",
        "changes",
        "list sokafor's deploys",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'sokafor'",
        NOW_AFTER,
    ),
    (
        "n090",
        "changes",
        "Show me the rollbacks that came less than an hour after a deploy of the same service.",
        "SELECT * FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM change_events d WHERE d.type = 'deployment' "
        "AND d.phase = 'live' AND d.service = r.service AND d.environment = r.environment "
        "AND d.timestamp >= r.timestamp - INTERVAL 60 MINUTE AND d.timestamp <= r.timestamp)",
        NOW_AFTER,
    ),
    (
        "n091",
        "changes",
        "Which services have never had a rollback? Sorry if that's a weird thing to ask.",
        "SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events) "
        "WHERE service NOT IN (SELECT service FROM change_events "
        "WHERE type = 'rollback' AND phase = 'live')",
        NOW_AFTER,
    ),
    (
        "n092",
        "changes",
        "prod flag flips today",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n093",
        "changes",
        "what version of token-service went out to stg",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'token-service' AND environment = 'staging' "
        "AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "n094",
        "changes",
        "Show me every release we've put out.",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "n095",
        "changes",
        "Hi, was auth-api deployed to staging more than once today? How many times exactly?",
        "SELECT count(*) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n096",
        "changes",
        "who changed config on cart-service",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' "
        "AND phase = 'live' AND service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "n097",
        "changes",
        "which version of token-service is running in prod",
        "SELECT coalesce(details['ref'], version) FROM change_events "
        "WHERE service = 'token-service' AND environment = 'production' AND phase = 'live' "
        "AND type IN ('deployment', 'rollback') "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "n098",
        "changes",
        "What changed on payments-api today?",
        "SELECT * FROM change_events WHERE service = 'payments-api' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "n099",
        "changes",
        "prod deploys done by argocd (automated)",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production' AND actor = 'argocd (automated)'",
        NOW_AFTER,
    ),
    (
        "n100",
        "changes",
        "Could you tell me which services got a new deploy in staging yesterday? Just the names is fine, thank you!",
        "SELECT DISTINCT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'staging' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    # ------------------------------------------------------------------ silences
    (
        "n101",
        "silences",
        "what's muted right now",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 17:00:00+00')",
        TUE_1700,
    ),
    (
        "n102",
        "silences",
        "who has silenced the indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "n103",
        "silences",
        "silences with a comment mentioning postgres",
        "SELECT * FROM silences WHERE comment ILIKE '%postgres%'",
        NOW_AFTER,
    ),
    (
        "n104",
        "silences",
        "silences ending in the next 24 hours",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'",
        WED_0900,
    ),
    (
        "n105",
        "silences",
        "Has anyone ever muted cart-service? Show me those silences.",
        "SELECT * FROM silences WHERE service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "n106",
        "silences",
        "Sorry, what does it mean when a silence is scheduled ahead? Could you show me the ones that were?",
        "SELECT * FROM silences WHERE starts_at > created_at",
        NOW_AFTER,
    ),
    (
        "n107",
        "silences",
        "silences that have more than one version",
        "SELECT * FROM silences WHERE versions > 1",
        NOW_AFTER,
    ),
    (
        "n108",
        "silences",
        "silences longer then 3 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 3 HOUR",
        NOW_AFTER,
    ),
    (
        "n109",
        "silences",
        "which silences did maria.gonzalez@acme.io expire",
        "SELECT * FROM silences WHERE expired_by = 'maria.gonzalez@acme.io'",
        NOW_AFTER,
    ),
    (
        "n110",
        "silences",
        "Could you list the silences that are active right now, please? I think someone "
        "silenced something a few minutes ago.",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "n111",
        "silences",
        "who snoozed HighLatencyP99",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' "
        "AND m.value = 'HighLatencyP99')) > 0",
        NOW_AFTER,
    ),
    (
        "n112",
        "silences",
        "what alerts were actually held back by a silence? show them",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0",
        NOW_AFTER,
    ),
    (
        "n113",
        "silences",
        "How many times have we muted the indexer?",
        "SELECT count(*) FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "n114",
        "silences",
        "silences created yesterday outside business hours",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND NOT (dayname(created_at) NOT IN ('Saturday', 'Sunday') "
        "AND hour(created_at) >= 9 AND hour(created_at) < 17)",
        WED_0900,
    ),
    (
        "n115",
        "silences",
        "silences scoped to the identity project",
        "SELECT * FROM silences WHERE project = 'identity'",
        NOW_AFTER,
    ),
    (
        "n116",
        "silences",
        "what got silenced in stg?",
        "SELECT * FROM silences WHERE environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "n117",
        "silences",
        "Um, how long was the cart-service silence actually in place before someone ended it? In minutes please.",
        "SELECT round((epoch(expired_at) - epoch(starts_at)) / 60, 1) FROM silences "
        "WHERE service = 'cart-service' AND expired_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "n118",
        "silences",
        "every silence made by someone other than kenji.tanaka@acme.io or jonas.lindqvist@acme.io",
        "SELECT * FROM silences WHERE created_by NOT IN ('kenji.tanaka@acme.io', 'jonas.lindqvist@acme.io')",
        NOW_AFTER,
    ),
    (
        "n119",
        "silences",
        "What does the system suggest we mute on a regular schedule?",
        "SELECT * FROM silence_suggestions WHERE kind = 'mute_time_interval'",
        NOW_AFTER,
    ),
    (
        "n120",
        "silences",
        "acks by lucie.novak@acme.io",
        "SELECT * FROM audit_log WHERE action = 'ack' AND actor = 'lucie.novak@acme.io'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ joins
    (
        "n121",
        "joins",
        "pool alerts that fired w/in 15 min after a deploy of the same service",
        "SELECT * FROM alerts a WHERE a.name ILIKE '%pool%' AND EXISTS (SELECT 1 "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n122",
        "joins",
        "Did any of our releases get followed by an alert on the same service within 2 hours? Show me those releases.",
        "SELECT * FROM change_events c WHERE c.type = 'release' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 120 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n123",
        "joins",
        "For each payments-api deploy, could you give me when it went live, the environment, "
        "and how many alerts fired in the 15 minutes after it? Including the ones with zero, "
        "please.",
        "SELECT c.timestamp, c.environment, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) "
        "FROM change_events c WHERE c.service = 'payments-api' AND c.type = 'deployment' "
        "AND c.phase = 'live'",
        NOW_AFTER,
    ),
    (
        "n124",
        "joins",
        "who deployed in the 15 minutes before an incident opened on the same service",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = c.service AND g.environment = c.environment "
        "AND g.opened_at >= c.timestamp AND g.opened_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n125",
        "joins",
        "token-service incidents with their suspect change",
        "SELECT * FROM incident_suspects WHERE service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "n126",
        "joins",
        "Which changes were blamed for incidents in the checkout project?",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects WHERE project = 'checkout')",
        NOW_AFTER,
    ),
    (
        "n127",
        "joins",
        "Were there any alerts on indexer that went off while it was silenced? I'm still "
        "confused about how silences work, sorry.",
        "SELECT * FROM alerts a WHERE a.service = 'indexer' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.starts_at <= a.starts_at AND s.ends_at > a.starts_at "
        "AND (s.expired_at IS NULL OR s.expired_at > a.starts_at))",
        NOW_AFTER,
    ),
    (
        "n128",
        "joins",
        "staging silences that were created while an incident was already open",
        "SELECT * FROM silences s WHERE s.environment_canonical = 'staging' AND EXISTS "
        "(SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "n129",
        "joins",
        "deploys that went out while their service was silenced",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM silences s WHERE s.service = c.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
        "AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp "
        "AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))",
        NOW_AFTER,
    ),
    (
        "n130",
        "joins",
        "Which checkout incidents came with no early warning at all?",
        "SELECT * FROM alert_groups WHERE project = 'checkout' AND id NOT IN (SELECT group_id FROM incident_warnings)",
        NOW_AFTER,
    ),
    (
        "n131",
        "joins",
        "who created silences while an incident was open on the same servcie",
        "SELECT DISTINCT s.created_by FROM silences s WHERE EXISTS "
        "(SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "n132",
        "joins",
        "how many payments-api error log lines in the 10 min after the v2.14.0 prod deploy",
        "SELECT count(*) FROM log_events l WHERE l.service = 'payments-api' AND l.is_error "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.service = 'payments-api' AND c.environment = 'production' "
        "AND coalesce(c.details['ref'], c.version) = 'v2.14.0' "
        "AND l.environment = c.environment AND l.timestamp >= c.timestamp "
        "AND l.timestamp <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n133",
        "joins",
        "Hi! Could you list the deploys that weren't followed by any alert on the same service "
        "within 15 minutes? I'm trying to learn which deploys went smoothly.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n134",
        "joins",
        "flag flips chased by an incident on the same service within the hour",
        "SELECT * FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service "
        "AND g.environment = c.environment AND g.opened_at >= c.timestamp "
        "AND g.opened_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n135",
        "joins",
        "early warnings that started within an hour after a prod deploy of the same service",
        "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.service = w.labels['service'] AND c.environment = w.labels['environment'] "
        "AND w.starts_at >= c.timestamp AND w.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n136",
        "joins",
        "What got deployed to payments-api in the 30 minutes leading up to its critical alerts?",
        "SELECT * FROM change_events c WHERE c.service = 'payments-api' "
        "AND c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.severity = 'critical' AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n137",
        "joins",
        "for each indexer silence: its id, who made it, and how many alerts went off while it was active",
        "SELECT s.silence_id, s.created_by, (SELECT count(*) FROM alerts a "
        "WHERE a.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at >= s.starts_at AND a.starts_at < s.ends_at "
        "AND (s.expired_at IS NULL OR a.starts_at < s.expired_at)) "
        "FROM silences s WHERE s.service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "n138",
        "joins",
        "which services got paged within 10 minutes after a config change on them",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'config_update' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "n139",
        "joins",
        "Could you show me the incidents that had a silence created during them? I want to "
        "understand whether people silence things mid-incident.",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = g.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at "
        "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "n140",
        "joins",
        "who made the deploys that got blamed for incidents?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' "
        "AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "n141",
        "refusals",
        "How much revenue did we lose during yesterday's payments outage?",
        "not_about_this_data",
        WED_0900,
    ),
    (
        "n142",
        "refusals",
        "silence PostgresqlTooManyConnections for 2h, the upgrade is running",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "n143",
        "refusals",
        "Hi, who is on call for the identity team next week? I need to swap a shift, sorry!",
        "not_about_this_data",
        FRI_1200,
    ),
    (
        "n144",
        "refusals",
        "show silences created by priya.sharma@acme.io",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "n145",
        "refusals",
        "How many alerts did billing-api have last week?",
        "ungrounded",
        MON_0900,
    ),
    (
        "n146",
        "refusals",
        "what's the difference between a hot standby and a read replica in postgres",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "n147",
        "refusals",
        "expire the token-service staging silence, it's been up way too long",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "n148",
        "refusals",
        "Could you please ack the DiskSpaceLow alert on indexer for me? I don't have the permissions yet.",
        "asks_to_change_data",
        TUE_1700,
    ),
    (
        "n149",
        "refusals",
        "Any alerts on the prod-us-east-1 cluster?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "n150",
        "refusals",
        "deploys to orders-db this week",
        "ungrounded",
        FRI_1200,
    ),
    (
        "n151",
        "refusals",
        "delete the audit log entries from maria.gonzalez@acme.io",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "n152",
        "refusals",
        "How many engineers are on the payments team?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "n153",
        "refusals",
        "Sorry, could you roll back payments-api to v2.13.2 in prod? My lead said it's fine.",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "n154",
        "refusals",
        "incidents in the perf environment",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "n155",
        "refusals",
        "what did the marketing project change yesterday",
        "ungrounded",
        WED_0900,
    ),
    (
        "n156",
        "refusals",
        "What's our AWS bill for the search cluster this month?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "n157",
        "refusals",
        "raise the HikariPoolPendingConnections threshold to 10 pending",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "n158",
        "refusals",
        "What's a good book to learn Kubernetes? Sorry, a bit off topic!",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "n159",
        "refusals",
        "mark the checkout-web incident as resolved",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "n160",
        "refusals",
        "Is notifications-service healthy right now?",
        "ungrounded",
        NOW_AFTER,
    ),
]
