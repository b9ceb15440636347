"""The thirteenth ask question set: ids s001..s120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; for a refusal the gold is its kind (``not_about_this_data``,
``asks_to_change_data``, ``ungrounded``: names a service, project, person, environment or
cluster the store does not have), otherwise one DuckDB SELECT whose result is compared as a
multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: a
customer-support lead who hears about outages from customers and asks in plain words ("was
checkout broken", "did anything change before people complained", "is it still going on");
a data scientist who wants exact breakdowns and statistics (medians, per-hour distributions,
shares and ratios spelled out in words, "one decimal please"); a SOC / security analyst
auditing who muted, acked, expired and deployed what, bots included, terse and precise, and
who names people by their exact stored spelling; and a mobile/frontend release engineer who
thinks in versions, rollouts and feature flags and writes in shorthand (v2.14.0, FF, "flip",
"cut", "rollout", "prod"/"stg", "rn", "pls"). Some questions list the columns they want ("give
me the service, the version and when"); the gold then returns exactly those columns in that
order.

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this
week", "last week", "since midnight", "the last N minutes/hours" and clock windows mean under
them, things in a window by their own time, alerts from the ``alerts`` view, "still
firing/open" at a time, canonical environments, names by case-insensitive substring or exact
spelling, labels by full value, incidents are ``alert_groups``, changes are their ``phase =
'live'`` reports unless a phase is named, "which versions went out" as
``coalesce(details['ref'], version)`` once each, "which version is live" as that of the last
live deployment or rollback, people by their exact stored spelling, counts per actor as stored
(bots included), silences from the ``silences`` view and active at T, snoozes and acks from
``audit_log`` matched by a matcher ``name=value``, rounding to one decimal and durations in
minutes, top-N ties broken by the grouped value, joins in time keeping the first kind named
with ``EXISTS`` on service and canonical environment, warnings met on their
``labels['service']`` and ``labels['environment']``, "for each X: a, b and how many Y" as one
row per X with a correlated count, "the N longest" by ``ends_at - starts_at``; "deploys",
"shipped" are ``type = 'deployment'`` live reports only, "releases" ``type = 'release'``,
"rollbacks" ``type = 'rollback'``, "any kind of change" every live report with ``scale``;
"the peak" of a named metric is ``max(value)``; a top-N over a breakdown answers ``value,
count``, a ranking of rows every column; "how long an incident lasted" is ``resolved_at -
opened_at``; "a silence's length" is ``ends_at - starts_at`` as the view says; "silences
scheduled ahead"; "rollbacks less than an hour after a deploy"; "changes blamed for incidents"
are the ``change_events`` rows whose id is some ``incident_suspects.change_id``; "incidents
with no early warning" are ``alert_groups`` rows in no ``incident_warnings.group_id``;
business hours Monday to Friday 09:00-17:00 UTC). This set uses only the tenth's ``now``
values (no new one); a question with no time phrase is asked at ``NOW_AFTER``, after every
record. It adds, precisely:

- "FF", "flag flip", "flipped", "toggled" are ``type = 'flag_change'`` live reports; a named
  flag is ``details['flag_key']``. "cut" a release is ``type = 'release'``; "rollout" and
  "landed on" are live deployments (``type = 'deployment'``), like "deploys".
- "the version" of a change in a list of columns is ``coalesce(details['ref'], version)``
  (its tag where the version is a commit), also for a suspect
  (``coalesce(change_details['ref'], change_version)``); "when" / "the time" of a change is
  its ``timestamp``.
- "between 2pm and 4pm" (also "between 11:00 and 13:00") on a day is ``[14:00, 16:00)`` UTC by
  the row's own time; "at 2:50pm" is the instant 14:50:00 UTC of the ``now``'s day.
- "the weekend of March 8-9" is ``[2025-03-08, 2025-03-10)``; "in March" / "in February" are
  the calendar month in UTC.
- "per hour on March 11" buckets by ``time_bucket(INTERVAL 1 HOUR, starts_at)``; "by hour of
  the day" is ``hour(starts_at)`` (0-23, UTC) over every alert.
- "the median time to resolve" of alerts is ``median(ends_at - starts_at)`` in minutes over
  the alerts that resolved; "MTTR" of incidents is the mean ``resolved_at - opened_at`` in
  minutes over the groups that resolved; "a percentage"/"what share" is ``100 * part /
  whole`` to one decimal.
- "the N longest alerts" rank only resolved alerts (``ends_at`` not NULL).
- A silence is "in effect" from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at``; "alerts firing while a silence on the same service was in effect": the
  alert's span ``[starts_at, ends_at or never)`` and the silence's share a moment, the silence
  pins that service and, when it pins an environment, the alert's canonical one. A silence
  "created during an incident" has its ``created_at`` in ``[opened_at, resolved_at)`` (open
  groups: to the end of time) of a group of its service, same environment rule.
- "a deploy to a service that was silenced at the time": the deploy's ``timestamp`` inside a
  silence in effect that pins the deploy's service (and, when it pins one, its environment).
- "silences running out in the next N hours": ``ends_at`` closed in ``[now, now + N h]``.
- Changes' environments are stored canonical (``production``, ``staging``), so a join compares
  ``alerts.environment_canonical`` with ``change_events.environment`` directly (the
  ``environment_aliases`` table is not readable through the gate).
"""

# the tenth set's "now" values, shared
from benchmarks.ask_questions_tenth import FRI_1200, MON_0900, NOW_AFTER, TUE_1500, TUE_1700, WED_0900

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "s001",
        "filters",
        "Customers keep emailing us about checkout. Can you pull up every critical alert from the checkout project?",
        "SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "s002",
        "filters",
        "acks by sade.okafor@acme.io",
        "SELECT * FROM audit_log WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'",
        NOW_AFTER,
    ),
    (
        "s003",
        "filters",
        "stg deploys of auth-api pls",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging' "
        "AND service = 'auth-api'",
        NOW_AFTER,
    ),
    (
        "s004",
        "filters",
        "I need every alert that reached us through Grafana rather than Alertmanager.",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        NOW_AFTER,
    ),
    (
        "s005",
        "filters",
        "were there any alerts about latency? people said the site felt slow",
        "SELECT * FROM alerts WHERE name ILIKE '%latency%' OR annotations['summary'] ILIKE '%latency%' "
        "OR annotations['description'] ILIKE '%latency%'",
        NOW_AFTER,
    ),
    (
        "s006",
        "filters",
        "all FF flips in prod",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "s007",
        "filters",
        "Show me the early warnings whose sigma was above 100.",
        "SELECT * FROM warnings WHERE sigma > 100",
        NOW_AFTER,
    ),
    (
        "s008",
        "filters",
        "rollbacks executed by mgonzalez",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND actor = 'mgonzalez'",
        NOW_AFTER,
    ),
    (
        "s009",
        "filters",
        "which alerts in the identity project are still going off?",
        "SELECT * FROM alerts WHERE project = 'identity' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "s010",
        "filters",
        "deploy requests for payments-api (prod + stg), just the requested ones",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "s011",
        "filters",
        "Error-level log lines from cart-service in production that mention a statement timeout, please.",
        "SELECT * FROM log_events WHERE service = 'cart-service' AND environment = 'production' AND is_error "
        "AND body ILIKE '%statement timeout%'",
        NOW_AFTER,
    ),
    (
        "s012",
        "filters",
        "snoozes on alertname=HighLatencyP99",
        "SELECT * FROM audit_log WHERE action = 'snooze' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0",
        NOW_AFTER,
    ),
    (
        "s013",
        "filters",
        "changes pushed by 'argocd (automated)' - bot or not, list them",
        "SELECT * FROM change_events WHERE actor = 'argocd (automated)' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "s014",
        "filters",
        "alerts from the staging-eu-west-1 cluster",
        "SELECT * FROM alerts WHERE labels['cluster'] = 'staging-eu-west-1'",
        NOW_AFTER,
    ),
    (
        "s015",
        "filters",
        "Which incidents grouped two or more alerts together?",
        "SELECT * FROM alert_groups WHERE alert_count >= 2",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ time
    (
        "s016",
        "time",
        "Customers say checkout is broken. What checkout alerts were firing at 2:50pm?",
        "SELECT * FROM alerts WHERE project = 'checkout' AND starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')",
        TUE_1500,
    ),
    (
        "s017",
        "time",
        "payments-api alerts yesterday between 2pm and 4pm",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        WED_0900,
    ),
    (
        "s018",
        "time",
        "How many alerts started yesterday (the UTC day)?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        WED_0900,
    ),
    (
        "s019",
        "time",
        "silences created in the last 12h",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 21:00:00+00' "
        "AND created_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "s020",
        "time",
        "did we ship anything last week?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "s021",
        "time",
        "how many stg deploys last week",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "s022",
        "time",
        "Did anything fire in the last 3 hours? Support queue just blew up.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "s023",
        "time",
        "Alert counts per hour on March 11, in UTC hours.",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY hour",
        NOW_AFTER,
    ),
    (
        "s024",
        "time",
        "who snoozed anything since midnight",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "s025",
        "time",
        "deploys, FF flips and config changes on mar 11 between 4 and 5pm utc",
        "SELECT * FROM change_events WHERE type IN ('deployment', 'flag_change', 'config_update') AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 16:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s026",
        "time",
        "which payments-api alerts are still open right now?",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "s027",
        "time",
        "Which alerts started over the weekend of March 8-9?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s028",
        "time",
        "acks this week",
        "SELECT * FROM audit_log WHERE action = 'ack' AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "s029",
        "time",
        "anything rolled back today?",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "s030",
        "time",
        "What was the very first alert on March 12?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00' ORDER BY starts_at LIMIT 1",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "s031",
        "aggregates",
        "Median minutes to resolve an alert, broken down by service (resolved alerts only, one decimal).",
        "SELECT service, round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE ends_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "s032",
        "aggregates",
        "Of the alerts that started on March 11, what percentage were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s033",
        "aggregates",
        "On average, how many alerts end up in one incident?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "s034",
        "aggregates",
        "how many different services have ever alerted in prod?",
        "SELECT count(DISTINCT service) FROM alerts WHERE environment_canonical = 'production'",
        NOW_AFTER,
    ),
    (
        "s035",
        "aggregates",
        "Mean sigma of the early warnings per service, to one decimal.",
        "SELECT labels['service'], round(avg(sigma), 1) FROM warnings GROUP BY labels['service']",
        NOW_AFTER,
    ),
    (
        "s036",
        "aggregates",
        "average alerts per day this week",
        "SELECT round(avg(n), 1) FROM (SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS d, count(*) AS n "
        "FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' GROUP BY d)",
        WED_0900,
    ),
    (
        "s037",
        "aggregates",
        "Compare payments-api error log lines in production vs staging: one count each.",
        "SELECT environment, count(*) FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND environment IN ('production', 'staging') GROUP BY environment",
        NOW_AFTER,
    ),
    (
        "s038",
        "aggregates",
        "What share of cart-service's production log lines are errors, as a percentage?",
        "SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) FROM log_events "
        "WHERE service = 'cart-service' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "s039",
        "aggregates",
        "peak of the p99 request duration metric for payments-api",
        "SELECT max(value) FROM metric_points WHERE name = 'service:http_request_duration_seconds:p99' "
        "AND labels['service'] = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "s040",
        "aggregates",
        "ack count per person",
        "SELECT actor, count(*) FROM audit_log WHERE action = 'ack' GROUP BY actor",
        NOW_AFTER,
    ),
    (
        "s041",
        "aggregates",
        "MTTR in minutes for critical incidents (mean time from open to resolved)",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups "
        "WHERE max_severity = 'critical' AND resolved_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "s042",
        "aggregates",
        "total silenced minutes per silence author",
        "SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "s043",
        "aggregates",
        "How many changes of each type went live in March? Count every kind, scaling events too.",
        "SELECT type, count(*) FROM change_events WHERE phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00' "
        "GROUP BY type",
        NOW_AFTER,
    ),
    (
        "s044",
        "aggregates",
        "Distribution of alerts by hour of the day (0-23 UTC), across everything we have.",
        "SELECT hour(starts_at) AS h, count(*) FROM alerts GROUP BY h",
        NOW_AFTER,
    ),
    (
        "s045",
        "aggregates",
        "Average number of notifications per alert, split by the source it came from.",
        "SELECT source, round(avg(notifications), 1) FROM alerts GROUP BY source",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "s046",
        "top_n",
        "Which 3 services have had the most alerts?",
        "SELECT service, count(*) AS n FROM alerts GROUP BY service ORDER BY n DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "s047",
        "top_n",
        "what alert fires most often? name and how many times",
        "SELECT name, count(*) AS n FROM alerts GROUP BY name ORDER BY n DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s048",
        "top_n",
        "who deploys the most, bots included",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "GROUP BY actor ORDER BY n DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s049",
        "top_n",
        "The 5 longest alerts that actually resolved.",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "s050",
        "top_n",
        "3 strongest early warnings by sigma",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "s051",
        "top_n",
        "What was our biggest incident, by number of alerts in it?",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s052",
        "top_n",
        "noisiest log pattern on checkout-web",
        "SELECT template, sum(lines) AS n FROM log_pattern_counts WHERE service = 'checkout-web' "
        "GROUP BY template ORDER BY n DESC, template LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s053",
        "top_n",
        "Which project has had the fewest alerts?",
        "SELECT project, count(*) AS n FROM alerts GROUP BY project ORDER BY n ASC, project LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s054",
        "top_n",
        "top 2 ppl flipping FFs",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "GROUP BY actor ORDER BY n DESC, actor LIMIT 2",
        NOW_AFTER,
    ),
    (
        "s055",
        "top_n",
        "last 3 prod deploys",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
        "ORDER BY timestamp DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "s056",
        "top_n",
        "Which service has the longest average alert duration? Minutes, one decimal.",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS m FROM alerts "
        "WHERE ends_at IS NOT NULL GROUP BY service ORDER BY m DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s057",
        "top_n",
        "The 2 busiest UTC hours on March 11 by number of alerts started.",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS n FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY hour ORDER BY n DESC, hour LIMIT 2",
        NOW_AFTER,
    ),
    (
        "s058",
        "top_n",
        "who acked the most alerts",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY n DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s059",
        "top_n",
        "Give me the two lowest-scoring suspect changes.",
        "SELECT * FROM incident_suspects ORDER BY score ASC LIMIT 2",
        NOW_AFTER,
    ),
    (
        "s060",
        "top_n",
        "Top 3 services by number of error log lines in production.",
        "SELECT service, count(*) AS n FROM log_events WHERE is_error AND environment = 'production' "
        "GROUP BY service ORDER BY n DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ changes
    (
        "s061",
        "changes",
        "which payments-api version is live in prod rn",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s062",
        "changes",
        "what checkout-web versions went out to stg?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'checkout-web' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "s063",
        "changes",
        "for the last deploy of each service give me the service, the version and when",
        "SELECT service, coalesce(details['ref'], version), timestamp FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' "
        "QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1",
        NOW_AFTER,
    ),
    (
        "s064",
        "changes",
        "who rolled back payments-api",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "s065",
        "changes",
        "changes made by lucie.novak@acme.io in March",
        "SELECT * FROM change_events WHERE actor = 'lucie.novak@acme.io' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s066",
        "changes",
        "What config changes were made to search-api? Searches were timing out for a customer.",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND service = 'search-api'",
        NOW_AFTER,
    ),
    (
        "s067",
        "changes",
        "history of the passkey-login FF",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND details['flag_key'] = 'passkey-login'",
        NOW_AFTER,
    ),
    (
        "s068",
        "changes",
        "how many releases did we cut in march",
        "SELECT count(*) FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s069",
        "changes",
        "List the service, version and time of every rollback.",
        "SELECT service, coalesce(details['ref'], version), timestamp FROM change_events "
        "WHERE type = 'rollback' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "s070",
        "changes",
        "Everything that went live on the identity project between 11:00 and 13:00 UTC on March 11, "
        "scaling events included.",
        "SELECT * FROM change_events WHERE project = 'identity' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 11:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 13:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s071",
        "changes",
        "which services got a fresh rollout to prod on mar 11",
        "SELECT DISTINCT service FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s072",
        "changes",
        "which auth-api versions landed on stg",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "s073",
        "changes",
        "who shipped user-profile v1.13.0?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'user-profile' AND coalesce(details['ref'], version) = 'v1.13.0'",
        NOW_AFTER,
    ),
    (
        "s074",
        "changes",
        "any deploys that failed?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'failed'",
        NOW_AFTER,
    ),
    (
        "s075",
        "changes",
        "How many distinct actors, bots included, made any kind of change in February?",
        "SELECT count(DISTINCT actor) FROM change_events WHERE phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ silences
    (
        "s076",
        "silences",
        "what's muted right now",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "s077",
        "silences",
        "who silenced the indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "s078",
        "silences",
        "silences somebody ended before they were due to run out",
        "SELECT * FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "s079",
        "silences",
        "which silences did maria.gonzalez@acme.io expire",
        "SELECT * FROM silences WHERE expired_by = 'maria.gonzalez@acme.io'",
        NOW_AFTER,
    ),
    (
        "s080",
        "silences",
        "silences that were scheduled ahead of time rather than starting right away",
        "SELECT * FROM silences WHERE starts_at > created_at",
        NOW_AFTER,
    ),
    (
        "s081",
        "silences",
        "count of silences created by kenji.tanaka@acme.io",
        "SELECT count(*) FROM silences WHERE created_by = 'kenji.tanaka@acme.io'",
        NOW_AFTER,
    ),
    (
        "s082",
        "silences",
        "Are any silences running out in the next 2 hours? I don't want alerts surprising customers.",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'",
        WED_0900,
    ),
    (
        "s083",
        "silences",
        "What's the longest silence anyone has set?",
        "SELECT * FROM silences ORDER BY ends_at - starts_at DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "s084",
        "silences",
        "snoozes by jonas.lindqvist@acme.io",
        "SELECT * FROM audit_log WHERE action = 'snooze' AND actor = 'jonas.lindqvist@acme.io'",
        NOW_AFTER,
    ),
    (
        "s085",
        "silences",
        "which alerts did alertmanager actually hold back",
        "SELECT * FROM alert_mutes",
        NOW_AFTER,
    ),
    (
        "s086",
        "silences",
        "silences on the indexer created in March",
        "SELECT * FROM silences WHERE service = 'indexer' AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s087",
        "silences",
        "Any silences where the comment mentions a reindex?",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        NOW_AFTER,
    ),
    (
        "s088",
        "silences",
        "suggested inhibit rules",
        "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'",
        NOW_AFTER,
    ),
    (
        "s089",
        "silences",
        "Average silence length in minutes for each person who created silences, one decimal.",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "s090",
        "silences",
        "silences created outside business hours",
        "SELECT * FROM silences WHERE NOT (dayname(created_at) NOT IN ('Saturday', 'Sunday') "
        "AND hour(created_at) BETWEEN 9 AND 16)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ joins
    (
        "s091",
        "joins",
        "Did anything get deployed in the half hour before the checkout alerts started yesterday?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
        "SELECT 1 FROM alerts a WHERE a.project = 'checkout' AND a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE "
        "AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        WED_0900,
    ),
    (
        "s092",
        "joins",
        "alerts that went off within 15 min after a deploy of the same service",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "s093",
        "joins",
        "for each prod deploy on mar 11: service, version, deploy time and how many alerts fired on that service "
        "in the 30 min after",
        "SELECT c.service, coalesce(c.details['ref'], c.version), c.timestamp, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "s094",
        "joins",
        "For each incident with a suspect change: when it opened, its service, and the suspect's service, "
        "version and who made it.",
        "SELECT opened_at, service, change_service, coalesce(change_details['ref'], change_version), change_actor "
        "FROM incident_suspects",
        NOW_AFTER,
    ),
    (
        "s095",
        "joins",
        "which deploys caused incidents",
        "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "s096",
        "joins",
        "who made the changes that got blamed for critical incidents",
        "SELECT DISTINCT actor FROM change_events "
        "WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')",
        NOW_AFTER,
    ),
    (
        "s097",
        "joins",
        "prod rollouts that weren't followed by any alert on the same service within an hour",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.environment = 'production' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "s098",
        "joins",
        "alerts that were firing at some point while a silence on the same service was in effect",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
        NOW_AFTER,
    ),
    (
        "s099",
        "joins",
        "silences created while an incident on the same service was open",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at < g.resolved_at))",
        NOW_AFTER,
    ),
    (
        "s100",
        "joins",
        "rollbacks that came less than an hour after a deploy of the same service",
        "SELECT * FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND EXISTS ("
        "SELECT 1 FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = r.service "
        "AND d.environment = r.environment AND d.timestamp >= r.timestamp - INTERVAL 60 MINUTE "
        "AND d.timestamp <= r.timestamp)",
        NOW_AFTER,
    ),
    (
        "s101",
        "joins",
        "FF flips followed by an alert on the same service within 30 min",
        "SELECT * FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND EXISTS ("
        "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "s102",
        "joins",
        "deploys to a service that was silenced at the time",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
        "SELECT 1 FROM silences s WHERE s.service = c.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
        "AND c.timestamp >= s.starts_at AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOW_AFTER,
    ),
    (
        "s103",
        "joins",
        "Which services got paged within 10 minutes of a deploy to them?",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "s104",
        "joins",
        "How did we fix the incidents that got resolved? Give me when each opened, the service, the alert name, "
        "the root cause, the fix and who resolved it.",
        "SELECT g.opened_at, g.service, g.group_labels['alertname'], r.root_cause, r.fix, r.resolved_by "
        "FROM alert_groups g JOIN resolutions r ON r.group_id = g.id",
        NOW_AFTER,
    ),
    (
        "s105",
        "joins",
        "How many error log lines did payments-api in production write in the 15 minutes after its v2.14.0 "
        "prod deploy?",
        "SELECT count(*) FROM log_events l WHERE l.service = 'payments-api' AND l.environment = 'production' "
        "AND l.is_error AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = 'payments-api' AND c.environment = 'production' "
        "AND coalesce(c.details['ref'], c.version) = 'v2.14.0' "
        "AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "s106",
        "refusals",
        "What sample size do I need for an A/B test on checkout conversion with a 2% minimum detectable effect?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "s107",
        "refusals",
        "Can you write a short apology email to customers about yesterday's checkout outage?",
        "not_about_this_data",
        WED_0900,
    ),
    (
        "s108",
        "refusals",
        "whats the latest stable React Native version",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "s109",
        "refusals",
        "explain the difference between SAML and OIDC",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "s110",
        "refusals",
        "What's the weather going to be like in Lisbon tomorrow?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "s111",
        "refusals",
        "expire the token-service staging silence now",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "s112",
        "refusals",
        "roll payments-api back to v2.13.2 in prod",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "s113",
        "refusals",
        "flip the new-checkout-flow FF off in prod pls",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "s114",
        "refusals",
        "Please mark the checkout incident as resolved and add a note that we refunded the affected customers.",
        "asks_to_change_data",
        TUE_1700,
    ),
    (
        "s115",
        "refusals",
        "delete the snooze entries jonas.lindqvist@acme.io made last night",
        "asks_to_change_data",
        WED_0900,
    ),
    (
        "s116",
        "refusals",
        "stg deploys of billing-service",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "s117",
        "refusals",
        "Were there alerts for the notifications service in production? A customer never got their receipt.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "s118",
        "refusals",
        "what did priya.raman@acme.io silence",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "s119",
        "refusals",
        "what's deployed in the qa environment rn",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "s120",
        "refusals",
        "Alerts from the us-east-1 cluster, by severity.",
        "ungrounded",
        NOW_AFTER,
    ),
]
