"""The sixteenth ask question set: ids w001..w120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; for a refusal the gold is its kind (``not_about_this_data``,
``asks_to_change_data``, ``ungrounded``: names a service, project, person, environment or
cluster the store does not have), otherwise one DuckDB SELECT whose result is compared as a
multiset of rows.

The questions are in the words of four people who wrote none of the earlier sets: an SRE
manager preparing the monthly reliability review, who asks for counts, rates, shares and
breakdowns ("per service", "by severity", "each day", "what share") and spells out the window
("February 2025, 1-28 Feb, UTC"); a developer on the cart/checkout team who knows only the
checkout services (cart-service, checkout-web, payments-api), deploys as ``dpatel`` and talks
in developer slang ("did my push break anything", "what went red after we shipped", "anyone
mute our stuff?"), often relating deploys to alerts, incidents, silences and log lines; a
compliance officer auditing who did what and when (who silenced, acked, snoozed, expired,
deployed, released, changes outside business hours), formal and precise, naming people by
their exact stored spelling; and an on-call engineer typing on a phone mid-incident
(lowercase, no punctuation, "svc", "env", "prod", "rn", "last 2h", "p99", "5xx", "w/in").
More than a third of the non-refusal questions relate two kinds of records (changes, alerts,
incidents, silences, warnings, log lines and log patterns, resolutions, suspects, mutes) in
time or by scope, in varied words: "within 15 min after", "in the 3 hours after we shipped",
"in the hour leading up to", "between the deploy and the rollback that followed it", "while a
silence ... was in effect", "while payments-api had an incident open", "blamed on", "nobody
ever recorded a resolution for", "had no deployment ... in the hour before", "the last deploy
before it", "for each deploy ... how many", "both a deploy and an alert".

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's: times UTC, the ``now`` values and what "today", "yesterday", "this
week", "last week", "since midnight", "the last N minutes/hours" and clock windows mean under
them, things in a window by their own time, alerts from the ``alerts`` view, "still
firing/open" at a time, canonical environments, names by case-insensitive substring or exact
spelling, labels by full value, incidents are ``alert_groups``, changes are their ``phase =
'live'`` reports unless a phase is named, "deploys"/"shipped" are ``type = 'deployment'``,
versions as ``coalesce(details['ref'], version)``, "which version is live" as that of the last
live deployment or rollback, people by their exact stored spelling, counts per actor as stored
(bots included), silences from the ``silences`` view and active at T, snoozes and acks from
``audit_log`` matched by a matcher ``name=value``, rounding to one decimal and durations in
minutes, top-N answering ``value, count`` with ties by the grouped value, rankings of rows
answering every column, joins in time keeping the first kind named with ``EXISTS`` on service
and canonical environment, warnings met on their ``labels['service']`` and
``labels['environment']``, "for each X: a, b and how many Y" as one row per X with a
correlated count, a list of columns answering only those columns, "changes blamed for
incidents" as ``change_events`` rows whose id is some ``incident_suspects.change_id``,
business hours Monday to Friday 09:00-17:00 UTC). This set uses only the tenth's ``now``
values (no new one); a question with no time phrase is asked at ``NOW_AFTER``, after every
record. It adds, precisely:

- "in February (2025)" is ``[2025-02-01, 2025-03-01)`` UTC; "in March (so far)" is from
  2025-03-01 to now; "each month" / "per month" buckets by ``date_trunc('month', ...)`` and
  "each day" by ``date_trunc('day', ...)`` (UTC), only buckets that hold a row.
- "this afternoon, since noon" is ``[12:00 today, now]``.
- "went red", "fired", "got paged", "anything fire" are alerts by their ``starts_at`` (any
  severity); "error logs", "error lines" are ``log_events`` rows with ``is_error``.
- The developer's "our checkout services" / "our stuff" are cart-service, checkout-web and
  payments-api, and the questions name them or the checkout project; "I'm dpatel", "my
  deploys" is ``actor = 'dpatel'`` exactly (not ``dev.patel@acme.io``).
- A relation between two services ("cart-service error lines after a payments-api deploy",
  "checkout-web alerts after a payments-api alert", "deploys on any checkout service before
  the cart-service alert") meets them in the same (canonical) environment.
- "an average per deploy" is the mean of the per-deploy counts, deploys that met nothing
  counted as 0; "the version of the last deploy before each incident" is NULL for an incident
  with none (every incident keeps its row).
- "how many incidents had an early warning" counts the distinct ``incident_warnings.group_id``;
  "what share of incidents had a suspect" is the percentage of the window's ``alert_groups``
  whose id is some ``incident_suspects.group_id``.
- "the change named as the suspect for the most incidents" groups ``incident_suspects`` by
  ``change_id``; "which person's deploys were followed by the most alerts" and "which service
  got the most alerts after its own deploys" count distinct alerts with such a deploy before
  them.
- "incidents nobody ever recorded a resolution for" are ``alert_groups`` whose id is in no
  ``resolutions.group_id``.
- "silences put on within N minutes after an alert started on the same service" are silences
  with ``created_at`` in ``[a.starts_at, a.starts_at + N]``; "silences created while an
  incident on the same service was open" meet the incident at ``created_at``; both meet on the
  silence's service, and on its environment when it pins one (a silence that pins no service
  meets nothing).
- "alerts firing while a silence on the same service was in effect" share a moment with the
  silence's active span (``starts_at`` to the earlier of ``ends_at`` and ``expired_at``); an
  alert still firing runs until ``NOW_AFTER``. "deploys made while a silence on that service
  was in effect": the deploy's time is inside the silence's active span.
- "which alerts did Alertmanager actually hold back because of a silence" are the
  ``alert_mutes`` rows with a non-empty ``silenced_by``; "held back by silences X created"
  matches a ``silence_id`` of those silences in ``silenced_by``.
- "the hikari alert" is the alert named ``HikariPoolPendingConnections``.
- "which of our services had both a deploy and an alert today" is per service, any
  environment (``INTERSECT``).
"""

from benchmarks.ask_questions_tenth import (  # the tenth set's "now" values
    FRI_1200,
    MON_0900,
    NOW_AFTER,
    TUE_1500,
    TUE_1700,
    WED_0900,
)

_CHECKOUT = "('cart-service', 'checkout-web', 'payments-api')"
_FEB = "starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    (
        "w001",
        "filters",
        "crit alerts prod payments-api",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
        "AND severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "w002",
        "filters",
        "For the review deck: which staging alerts in the identity project only reached warning severity?",
        "SELECT * FROM alerts WHERE project = 'identity' AND environment_canonical = 'staging' "
        "AND severity = 'warning'",
        NOW_AFTER,
    ),
    (
        "w003",
        "filters",
        "show me the cart-service error logs in prod that mention payments-api",
        "SELECT * FROM log_events WHERE service = 'cart-service' AND environment = 'production' AND is_error "
        "AND body ILIKE '%payments-api%'",
        NOW_AFTER,
    ),
    (
        "w004",
        "filters",
        "alerts w 5xx in the name",
        "SELECT * FROM alerts WHERE name ILIKE '%5xx%'",
        NOW_AFTER,
    ),
    (
        "w005",
        "filters",
        "For every incident that maria.gonzalez@acme.io resolved, state the service, when the incident "
        "opened, the root cause and the fix.",
        "SELECT g.service, g.opened_at, r.root_cause, r.fix FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id WHERE r.resolved_by = 'maria.gonzalez@acme.io'",
        NOW_AFTER,
    ),
    (
        "w006",
        "filters",
        "Which critical incidents are still open?",
        "SELECT * FROM alert_groups WHERE max_severity = 'critical' AND resolved_at IS NULL",
        NOW_AFTER,
    ),
    (
        "w007",
        "filters",
        "any early warnings on checkout-web?",
        "SELECT * FROM warnings WHERE labels['service'] = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "w008",
        "filters",
        "Provide the resolution records that cite more than one link.",
        "SELECT * FROM resolutions WHERE len(links) > 1",
        NOW_AFTER,
    ),
    (
        "w009",
        "filters",
        "payments-api prod log lines w HikariPool in them",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
        "AND body ILIKE '%HikariPool%'",
        NOW_AFTER,
    ),
    (
        "w010",
        "filters",
        "Which alerts reached us through Grafana rather than Alertmanager?",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        NOW_AFTER,
    ),
    (
        "w011",
        "filters",
        "alerts w/in 15m after a flag flip on the same svc + env",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "w012",
        "filters",
        "alerts on node ip-10-42-28-16.eu-west-1.compute.internal",
        "SELECT * FROM alerts WHERE labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal'",
        NOW_AFTER,
    ),
    (
        "w013",
        "filters",
        "Which staging alerts cleared up in under 10 minutes? I want to see how flappy staging is.",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND status = 'resolved' "
        "AND ends_at - starts_at < INTERVAL 10 MINUTE",
        NOW_AFTER,
    ),
    (
        "w014",
        "filters",
        "which incidents ended up with more than one alert in them?",
        "SELECT * FROM alert_groups WHERE alert_count > 1",
        NOW_AFTER,
    ),
    (
        "w015",
        "filters",
        "Identify the critical incidents for which nobody ever recorded a resolution.",
        "SELECT * FROM alert_groups WHERE max_severity = 'critical' AND id NOT IN (SELECT group_id FROM resolutions)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- time
    (
        "w016",
        "time",
        "whats firing in prod rn",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "w017",
        "time",
        "checkout proj alerts last 2h",
        "SELECT * FROM alerts WHERE project = 'checkout' AND starts_at >= TIMESTAMPTZ '2025-03-11 13:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "w018",
        "time",
        "List the incidents opened last week.",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        FRI_1200,
    ),
    (
        "w019",
        "time",
        "did anything fire on cart-service today?",
        "SELECT * FROM alerts WHERE service = 'cart-service' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w020",
        "time",
        "List the log lines payments-api wrote in production between its v2.14.0 production deploy and the "
        "rollback that followed it.",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
        "AND timestamp >= (SELECT min(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'payments-api' AND environment = 'production' "
        "AND coalesce(details['ref'], version) = 'v2.14.0') "
        "AND timestamp <= (SELECT min(r.timestamp) FROM change_events r WHERE r.type = 'rollback' "
        "AND r.phase = 'live' AND r.service = 'payments-api' AND r.environment = 'production' "
        "AND r.timestamp > (SELECT min(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'payments-api' AND environment = 'production' "
        "AND coalesce(details['ref'], version) = 'v2.14.0'))",
        NOW_AFTER,
    ),
    (
        "w021",
        "time",
        "indexer alerts since midnight",
        "SELECT * FROM alerts WHERE service = 'indexer' AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        WED_0900,
    ),
    (
        "w022",
        "time",
        "Which alerts started on a weekend (Saturday or Sunday)?",
        "SELECT * FROM alerts WHERE dayname(starts_at) IN ('Saturday', 'Sunday')",
        NOW_AFTER,
    ),
    (
        "w023",
        "time",
        "what went red on payments-api this afternoon, since noon?",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w024",
        "time",
        "incidents opened in the last hour",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
        "AND opened_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "w025",
        "time",
        "Which early warnings were still going at 15:00 UTC on March 11?",
        "SELECT * FROM warnings WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        NOW_AFTER,
    ),
    (
        "w026",
        "time",
        "Provide every audit-log action recorded yesterday between 00:00 and 06:00 UTC.",
        "SELECT * FROM audit_log WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-11 06:00:00+00'",
        WED_0900,
    ),
    (
        "w027",
        "time",
        "Which payments-api alerts started in the hour leading up to the payments-api rollback on March 11?",
        "SELECT * FROM alerts a WHERE a.service = 'payments-api' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'rollback' AND c.phase = 'live' AND c.service = 'payments-api' "
        "AND c.environment = a.environment_canonical AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND a.starts_at >= c.timestamp - INTERVAL 60 MINUTE AND a.starts_at <= c.timestamp)",
        NOW_AFTER,
    ),
    (
        "w028",
        "time",
        "List last week's critical alerts.",
        "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        MON_0900,
    ),
    (
        "w029",
        "time",
        "what went red on checkout-web in the 3 hours after we shipped checkout-web v5.1.10 to prod?",
        "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND a.environment_canonical = 'production' "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = 'checkout-web' AND c.environment = 'production' "
        "AND coalesce(c.details['ref'], c.version) = 'v5.1.10' "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 3 HOUR)",
        NOW_AFTER,
    ),
    (
        "w030",
        "time",
        "Which incidents were open at 03:00 UTC on 12 March 2025?",
        "SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00' "
        "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "w031",
        "aggregates",
        "How many alerts did each service raise in February 2025 (1-28 Feb, UTC)?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE " + _FEB + " GROUP BY service ORDER BY alerts DESC",
        NOW_AFTER,
    ),
    (
        "w032",
        "aggregates",
        "What share of February's alerts were critical? A percentage to one decimal is fine.",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts WHERE " + _FEB,
        NOW_AFTER,
    ),
    (
        "w033",
        "aggregates",
        "For incidents opened in February 2025, how long did they last on average, per service, in minutes?",
        "SELECT service, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes "
        "FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' AND resolved_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "w034",
        "aggregates",
        "How many alerts came in each day last week?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00' "
        "GROUP BY day ORDER BY alerts DESC",
        FRI_1200,
    ),
    (
        "w035",
        "aggregates",
        "count of alerts still firing by sev",
        "SELECT severity, count(*) AS alerts FROM alerts WHERE ends_at IS NULL GROUP BY severity ORDER BY alerts DESC",
        NOW_AFTER,
    ),
    (
        "w036",
        "aggregates",
        "how many error lines per hour did cart-service log today? both envs",
        "SELECT date_trunc('hour', timestamp) AS hour, count(*) AS errors FROM log_events "
        "WHERE service = 'cart-service' AND is_error AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' GROUP BY hour ORDER BY errors DESC",
        TUE_1700,
    ),
    (
        "w037",
        "aggregates",
        "How many silences has each person created?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC",
        NOW_AFTER,
    ),
    (
        "w038",
        "aggregates",
        "What percentage of the incidents opened in February 2025 had a suspect change?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1) "
        "FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "w039",
        "aggregates",
        "On average, how many alerts does an incident hold, broken down by its highest severity?",
        "SELECT max_severity, round(avg(alert_count), 1) FROM alert_groups GROUP BY max_severity",
        NOW_AFTER,
    ),
    (
        "w040",
        "aggregates",
        "p99 peak payments-api today",
        "SELECT max(value) FROM metric_points WHERE name = 'service:http_request_duration_seconds:p99' "
        "AND labels['service'] = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w041",
        "aggregates",
        "How many acknowledgements did each person record?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY acks DESC",
        NOW_AFTER,
    ),
    (
        "w042",
        "aggregates",
        "how many error logs per version of payments-api in prod",
        "SELECT service_version, count(*) AS errors FROM log_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND is_error GROUP BY service_version ORDER BY errors DESC",
        NOW_AFTER,
    ),
    (
        "w043",
        "aggregates",
        "how many svcs got paged w/in 15m after one of their own deploys",
        "SELECT count(DISTINCT a.service) FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "w044",
        "aggregates",
        "I'm dpatel. On average, how many alerts hit the same service in the 15 min after each of my prod deploys?",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) AS n FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor = 'dpatel' AND c.environment = 'production')",
        NOW_AFTER,
    ),
    (
        "w045",
        "aggregates",
        "How many incidents had at least one early warning before them?",
        "SELECT count(DISTINCT group_id) FROM incident_warnings",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "w046",
        "top_n",
        "Top 3 noisiest services by alert count in February 2025.",
        "SELECT service, count(*) AS alerts FROM alerts WHERE " + _FEB + " GROUP BY service "
        "ORDER BY alerts DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "w047",
        "top_n",
        "most common alert name overall",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w048",
        "top_n",
        "top 5 payments-api log patterns by errors",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
        "GROUP BY template ORDER BY errors DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "w049",
        "top_n",
        "Which account made the most live deployments in March 2025?",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w050",
        "top_n",
        "which of our checkout services (cart-service, checkout-web, payments-api) had the most alerts?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE service IN " + _CHECKOUT + " GROUP BY service "
        "ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w051",
        "top_n",
        "The 3 longest incidents, please.",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "w052",
        "top_n",
        "5 most recent prod alerts",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' ORDER BY starts_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "w053",
        "top_n",
        "Whose deploys were followed by the most alerts on the same service within 15 minutes? The person "
        "and the number of alerts.",
        "SELECT actor, count(*) AS alerts FROM (SELECT DISTINCT c.actor, a.fingerprint, a.starts_at "
        "FROM change_events c JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live') GROUP BY actor ORDER BY alerts DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w054",
        "top_n",
        "Which person created the most silences?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
        "ORDER BY silences DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w055",
        "top_n",
        "which of my deploys (dpatel) had the most alerts on its service in the 30 min after it? service, "
        "version, time and the count",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp, "
        "(SELECT count(*) FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) AS alerts "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.actor = 'dpatel' "
        "ORDER BY alerts DESC, c.timestamp LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w056",
        "top_n",
        "top 3 warnings by sigma",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "w057",
        "top_n",
        "Which day in March 2025 had the most alerts?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY day ORDER BY alerts DESC, day LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w058",
        "top_n",
        "Which change was named as the suspect for the most incidents? Give its service, its version, who "
        "made it, and how many incidents.",
        "SELECT change_service, coalesce(change_details['ref'], change_version) AS version, change_actor, "
        "count(*) AS incidents FROM incident_suspects "
        "GROUP BY change_id, change_service, coalesce(change_details['ref'], change_version), change_actor "
        "ORDER BY incidents DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w059",
        "top_n",
        "Top 3 services by average incident duration, in minutes.",
        "SELECT service, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes "
        "FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY service ORDER BY avg_minutes DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "w060",
        "top_n",
        "which svc got the most alerts w/in 15m after its own deploys",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) GROUP BY a.service ORDER BY alerts DESC, a.service "
        "LIMIT 1",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "w061",
        "changes",
        "what did we ship to prod today across checkout (cart-service, checkout-web, payments-api)?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service IN " + _CHECKOUT + " "
        "AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w062",
        "changes",
        "which payments-api version is live in prod rn",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00' ORDER BY timestamp DESC LIMIT 1",
        TUE_1500,
    ),
    (
        "w063",
        "changes",
        "List every rollback: the service, the version it went back to, and who performed it.",
        "SELECT service, coalesce(details['ref'], version), actor FROM change_events "
        "WHERE type = 'rollback' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "w064",
        "changes",
        "How many deploys did each service get in March so far?",
        "SELECT service, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY service ORDER BY deploys DESC",
        NOW_AFTER,
    ),
    (
        "w065",
        "changes",
        "which checkout-web versions went out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'checkout-web' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "w066",
        "changes",
        "Which feature-flag changes did jonas.lindqvist@acme.io make? For each: the service, the summary and the time.",
        "SELECT service, summary, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND actor = 'jonas.lindqvist@acme.io'",
        NOW_AFTER,
    ),
    (
        "w067",
        "changes",
        "when did cart-service last go out to prod, and what version was it?",
        "SELECT timestamp, coalesce(details['ref'], version) FROM change_events WHERE service = 'cart-service' "
        "AND environment = 'production' AND type = 'deployment' AND phase = 'live' "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "w068",
        "changes",
        "Which deploys were followed by a rollback of the same service and environment within the hour? "
        "Service, version and who deployed.",
        "SELECT d.service, coalesce(d.details['ref'], d.version), d.actor FROM change_events d "
        "WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS (SELECT 1 FROM change_events r "
        "WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service "
        "AND r.environment = d.environment AND r.timestamp >= d.timestamp "
        "AND r.timestamp <= d.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "w069",
        "changes",
        "List the configuration updates: service, environment, summary and who made them.",
        "SELECT service, environment, summary, actor FROM change_events WHERE type = 'config_update' "
        "AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "w070",
        "changes",
        "which of our checkout services had both a deploy and an alert today?",
        "SELECT service FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service IN "
        + _CHECKOUT
        + " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
        "INTERSECT SELECT service FROM alerts WHERE service IN " + _CHECKOUT + " "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w071",
        "changes",
        "what shipped to payments-api prod last 2h",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
        "AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 13:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TUE_1500,
    ),
    (
        "w072",
        "changes",
        "For the monthly review: which changes were blamed for incidents?",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "w073",
        "changes",
        "Who released auth-api v4.2.1?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'release' AND phase = 'live' AND service = 'auth-api' "
        "AND coalesce(details['ref'], version) = 'v4.2.1'",
        NOW_AFTER,
    ),
    (
        "w074",
        "changes",
        "which checkout-project deploys did NOT get any alert on the same service in the 15 min after?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'checkout' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "w075",
        "changes",
        "Were any production deployments made outside business hours (Monday to Friday, 09:00-17:00 UTC)? List them.",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
        "AND (dayname(timestamp) IN ('Saturday', 'Sunday') OR hour(timestamp) < 9 OR hour(timestamp) >= 17)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "w076",
        "silences",
        "Who expired a silence before its scheduled end, which silence was it, and when?",
        "SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "w077",
        "silences",
        "anyone mute our stuff? silences on cart-service, checkout-web or payments-api",
        "SELECT * FROM silences WHERE service IN " + _CHECKOUT,
        NOW_AFTER,
    ),
    (
        "w078",
        "silences",
        "whats muted rn",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
        TUE_1500,
    ),
    (
        "w079",
        "silences",
        "List the silences created outside business hours (Monday to Friday, 09:00-17:00 UTC): the silence "
        "id, its author and its creation time.",
        "SELECT silence_id, created_by, created_at FROM silences WHERE dayname(created_at) IN ('Saturday', 'Sunday') "
        "OR hour(created_at) < 9 OR hour(created_at) >= 17",
        NOW_AFTER,
    ),
    (
        "w080",
        "silences",
        "Which alerts were still firing at some point while a silence on the same service was in effect?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:00:00+00') "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOW_AFTER,
    ),
    (
        "w081",
        "silences",
        "Which silences were edited or changed state after they were first created?",
        "SELECT * FROM silences WHERE versions > 1",
        NOW_AFTER,
    ),
    (
        "w082",
        "silences",
        "How long are silences on average, per author, in minutes?",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences "
        "GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "w083",
        "silences",
        "silences ending in the next 24h",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'",
        WED_0900,
    ),
    (
        "w084",
        "silences",
        "Who snoozed the HighLatencyP99 alert, and how many times each?",
        "SELECT actor, count(*) AS snoozes FROM audit_log WHERE action = 'snooze' "
        "AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0 "
        "GROUP BY actor ORDER BY snoozes DESC",
        NOW_AFTER,
    ),
    (
        "w085",
        "silences",
        "did anyone silence cart-service while payments-api had an incident open? show me the silence",
        "SELECT * FROM silences s WHERE s.service = 'cart-service' AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = 'payments-api' AND (s.environment IS NULL OR s.environment_canonical = g.environment) "
        "AND g.opened_at <= s.created_at AND (g.resolved_at IS NULL OR g.resolved_at > s.created_at))",
        NOW_AFTER,
    ),
    (
        "w086",
        "silences",
        "What share of silences were scheduled ahead, i.e. set to start later than they were created? "
        "Percentage, one decimal.",
        "SELECT round(100.0 * count(*) FILTER (WHERE starts_at > created_at) / count(*), 1) FROM silences",
        NOW_AFTER,
    ),
    (
        "w087",
        "silences",
        "List the silences kenji.tanaka@acme.io created in March 2025: silence id, creation time and the comment.",
        "SELECT silence_id, created_at, comment FROM silences WHERE created_by = 'kenji.tanaka@acme.io' "
        "AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "w088",
        "silences",
        "who acked payments-api alerts today",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' "
        "AND len(list_filter(matchers, m -> m.name = 'service' AND m.value = 'payments-api')) > 0 "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w089",
        "silences",
        "which alerts did alertmanager actually hold back because of a silence?",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0",
        NOW_AFTER,
    ),
    (
        "w090",
        "silences",
        "Which alerts were held back by silences that jonas.lindqvist@acme.io created?",
        "SELECT * FROM alert_mutes m WHERE EXISTS (SELECT 1 FROM silences s "
        "WHERE s.created_by = 'jonas.lindqvist@acme.io' AND list_contains(m.silenced_by, s.silence_id))",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "w091",
        "joins",
        "did my push break anything? I'm dpatel. alerts on the same service within 15 min after any of my prod deploys",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.actor = 'dpatel' AND c.environment = 'production' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "w092",
        "joins",
        "For each production deploy in March: the service, the version, and how many alerts on that service "
        "started in the following 30 minutes.",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, "
        "(SELECT count(*) FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) AS alerts "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "w093",
        "joins",
        "Which silences were created while an incident on the same service was open? Silence id, author, "
        "service and creation time.",
        "SELECT s.silence_id, s.created_by, s.service, s.created_at FROM silences s WHERE EXISTS "
        "(SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment IS NULL OR s.environment_canonical = g.environment) "
        "AND g.opened_at <= s.created_at AND (g.resolved_at IS NULL OR g.resolved_at > s.created_at))",
        NOW_AFTER,
    ),
    (
        "w094",
        "joins",
        "payments-api error logs in the 5 min before the hikari alert fired",
        "SELECT * FROM log_events l WHERE l.service = 'payments-api' AND l.environment = 'production' "
        "AND l.is_error AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = 'payments-api' "
        "AND a.name = 'HikariPoolPendingConnections' AND a.environment_canonical = 'production' "
        "AND l.timestamp >= a.starts_at - INTERVAL 5 MINUTE AND l.timestamp <= a.starts_at)",
        TUE_1500,
    ),
    (
        "w095",
        "joins",
        "Which incidents opened in March had no deployment of the same service and environment in the hour "
        "before they opened?",
        "SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = g.service AND c.environment = g.environment "
        "AND c.timestamp >= g.opened_at - INTERVAL 60 MINUTE AND c.timestamp <= g.opened_at)",
        NOW_AFTER,
    ),
    (
        "w096",
        "joins",
        "for each payments-api incident: when it opened, and the version of the last payments-api deploy to "
        "the same env before it",
        "SELECT g.opened_at, (SELECT arg_max(coalesce(c.details['ref'], c.version), c.timestamp) "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api' "
        "AND c.environment = g.environment AND c.timestamp <= g.opened_at) AS version "
        "FROM alert_groups g WHERE g.service = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "w097",
        "joins",
        "for each payments-api prod deploy: when, which version, and how many cart-service error lines in "
        "prod in the 20 min following it",
        "SELECT c.timestamp, coalesce(c.details['ref'], c.version) AS version, "
        "(SELECT count(*) FROM log_events l WHERE l.service = 'cart-service' AND l.environment = c.environment "
        "AND l.is_error AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 20 MINUTE) "
        "AS cart_errors FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = 'payments-api' AND c.environment = 'production'",
        NOW_AFTER,
    ),
    (
        "w098",
        "joins",
        "Of the incidents resolved by kenji.tanaka@acme.io, which had a suspect change? Give the incident's "
        "service, when it opened, the change's summary and who made the change.",
        "SELECT s.service, s.opened_at, s.change_summary, s.change_actor FROM incident_suspects s "
        "JOIN resolutions r ON r.group_id = s.group_id WHERE r.resolved_by = 'kenji.tanaka@acme.io'",
        NOW_AFTER,
    ),
    (
        "w099",
        "joins",
        "Which deployments went out to a service while a silence on that service was in effect? Service, "
        "environment, version and who deployed.",
        "SELECT c.service, c.environment, coalesce(c.details['ref'], c.version), c.actor FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = c.service AND (s.environment IS NULL OR s.environment_canonical = c.environment) "
        "AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp "
        "AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))",
        NOW_AFTER,
    ),
    (
        "w100",
        "joins",
        "For each incident opened today: its service, when it opened, and how many error log lines that "
        "service wrote in the same environment in the 15 minutes before it opened.",
        "SELECT g.service, g.opened_at, (SELECT count(*) FROM log_events l WHERE l.service = g.service "
        "AND l.environment = g.environment AND l.is_error AND l.timestamp >= g.opened_at - INTERVAL 15 MINUTE "
        "AND l.timestamp <= g.opened_at) AS errors FROM alert_groups g "
        "WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'",
        TUE_1700,
    ),
    (
        "w101",
        "joins",
        "checkout-web alerts w/in 5m after a payments-api alert",
        "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM alerts p "
        "WHERE p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical "
        "AND a.starts_at >= p.starts_at AND a.starts_at <= p.starts_at + INTERVAL 5 MINUTE)",
        NOW_AFTER,
    ),
    (
        "w102",
        "joins",
        "Incidents blamed on a flag change: the service, the alert name, the flag change's summary, and who "
        "flipped it.",
        "SELECT service, group_labels['alertname'], change_summary, change_actor FROM incident_suspects "
        "WHERE change_type = 'flag_change'",
        NOW_AFTER,
    ),
    (
        "w103",
        "joins",
        "which new log patterns showed up in the hour before the cart-service incident?",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'cart-service' AND is_new",
        NOW_AFTER,
    ),
    (
        "w104",
        "joins",
        "anything deployed on any checkout svc in the 30 min before the cart-service alert",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'checkout' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = 'cart-service' "
        "AND a.environment_canonical = c.environment AND c.timestamp >= a.starts_at - INTERVAL 30 MINUTE "
        "AND c.timestamp <= a.starts_at)",
        TUE_1500,
    ),
    (
        "w105",
        "joins",
        "Which early warnings started in the 10 minutes after a production deploy of the same service?",
        "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
        "AND c.phase = 'live' AND c.environment = 'production' AND c.service = w.labels['service'] "
        "AND c.environment = w.labels['environment'] AND w.starts_at >= c.timestamp "
        "AND w.starts_at <= c.timestamp + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "w106",
        "refusals",
        "can u write me a regex that matches semver tags like v2.14.0",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "w107",
        "refusals",
        "What availability SLO do other e-commerce companies usually set for their checkout?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "w108",
        "refusals",
        "weather in dublin rn",
        "not_about_this_data",
        TUE_1500,
    ),
    (
        "w109",
        "refusals",
        "Summarize the GDPR requirements for how long we must retain audit logs.",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "w110",
        "refusals",
        "how do i raise the hikari maximumPoolSize in a spring boot config",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "w111",
        "refusals",
        "silence cart-service prod for 2h",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "w112",
        "refusals",
        "roll payments-api back to v2.13.2 pls",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "w113",
        "refusals",
        "Delete the audit-log entries for the HighLatencyP99 snoozes of 11 March.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "w114",
        "refusals",
        "Mark the open checkout-web incident as resolved; we fixed it this morning.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "w115",
        "refusals",
        "ack all the payments-api alerts",
        "asks_to_change_data",
        TUE_1500,
    ),
    (
        "w116",
        "refusals",
        "did anything go red after my deploy of loyalty-service?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "w117",
        "refusals",
        "List every change made by tom.baker@acme.io.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "w118",
        "refusals",
        "alerts in the dev env last 2h",
        "ungrounded",
        TUE_1500,
    ),
    (
        "w119",
        "refusals",
        "How many incidents did the billing project have in February 2025?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "w120",
        "refusals",
        "firing alerts on the us-east-1 cluster",
        "ungrounded",
        NOW_AFTER,
    ),
]
