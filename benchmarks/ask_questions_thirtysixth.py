"""The thirty-sixth ask question set: ids zq001..zq120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is
not wired in by its author), the module docstrings of the earlier sets (to choose people who had not spoken before and
to keep their conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). Nothing else was read. Each row is ``(id, category, question, gold, now)``. A refusal's
gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service,
project, person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB
SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; they were chosen by how they type. Two earlier
voices come near two of them and are not the same: the seventeenth set's chat-bot user typed terse commands with
units ("alerts payments-api 24h") and its data analyst asked in English with SQL words ("distinct", "grouped by");
the ninth, seventeenth and twenty-ninth sets had writers of English as a second language without a named first
language. Each person asks three questions in every category (24 each, three of them refusals):

- a support engineer who types into the box the way they type into a search engine, at 11:00 on Wednesday 12 March:
  bare keywords with no verb, article or punctuation, the subject first and the date as "11 march" ("payments-api
  error logs 11 march count", "rollbacks prod", "silences kenji", "avg alert duration minutes per service");
- a backend developer who half-writes SQL, at 14:00 on Thursday 13 March: "select ... from ... where ... group by
  ... order by ... limit", tables named loosely ("incidents", "deploys", "log patterns", "incident suspects"),
  values unquoted or quoted at random, placeholders and comments ("<v2.14.0 prod deploy live>", "-- zeros too");
- a platform engineer whose first language is German, at 08:30 on Friday 14 March: polite full sentences with German
  turns ("on the 11.3.", "maximal 30 minutes", "How many percent", "Who has created", "She has expired it early, I
  think", "Every version only one time, please", "between 22 and 6 o'clock");
- an engineer whose first language is Spanish, at 16:00 on Wednesday 12 March: lower case, Spanish word order and
  idiom ("how many deploys there were yesterday", "the alerts that there were", "in this moment", "the 5 services
  with more alerts", "how much time in average take", "how i can configure ... for send ...");
- an engineer from the Bangalore office writing Indian English, at 10:00 on Monday 17 March: "Kindly share", "What
  all", "till date", "day-wise", "person-wise", "only" and "itself" for emphasis, "Please revert", "do the needful".

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts after deploys,
a payments-api deploy followed by cart-service alerts, incidents opened after deploys or changes, changes in the hour
before the first payments-api alert or before payments-api incidents, deploys followed or not by alerts, rollbacks or
incidents, error lines after the v2.14.0 deploy, alerts firing while a silence was active, silences created during an
incident or after an alert, deploys inside a silence, incidents during a silence, the alerts kenji's silences muted,
incidents and their suspects, early warnings, log patterns and resolutions, alerts after early warnings): five in each
of filters, time, aggregates, top_n, changes and silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the keyword searcher at
  2025-03-12 11:00, the Spanish speaker at 2025-03-12 16:00, the SQL writer at 2025-03-13 14:00, the German speaker
  at 2025-03-14 08:30 and the Indian English speaker at 2025-03-17 10:00 (all after every record). "11 march",
  "yesterday" (on the 12th), "the 11.3." and "11th March" are ``[2025-03-11, 2025-03-12)``; "today" on the 12th and
  "today until now" run from 2025-03-12 00:00 (to now for alerts; "silences that expire today" have ``ends_at`` in
  the whole day); "last 24h" is ``(now - 24 h, now]``; "this week until now" runs from Monday 2025-03-10 00:00 to now;
  "last week" (asked on Monday the 17th) is ``[2025-03-10, 2025-03-17)``; "where starts_at >= 2025-03-01" runs to
  now; a written "between A and B" of the SQL writer includes both ends, the German speaker's "night from 10.3. to
  11.3., between 22 and 6 o'clock" and the 9 AM to 12 noon window include their start and exclude their end. A thing
  is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  warning's ``starts_at``, a log line's ``timestamp``); "still firing", "still active in this moment" and "not
  resolved yet" are the state at now; per-hour and per-day counts are ``date_trunc`` buckets in UTC, most first.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error logs" ``is_error``, of every environment unless one
  is named), early warnings the ``warnings`` rows, "alerts from pagerduty" ``source = 'pagerduty-events'``. Changes
  are their ``phase = 'live'`` reports: "deploys" / "deployments" ``type = 'deployment'``, "rollbacks" ``type =
  'rollback'``, "flags changed" ``type = 'flag_change'``, "config changes" ``type = 'config_update'``; "changes"
  every live report, scale events included. Counts of deploys count live reports. A version is
  ``coalesce(details['ref'], version)``; "payments-api version live prod" is that of its last live production
  deployment or rollback. People are answered as stored (bots included for "actor"); "kenji", "jonas" and "maria"
  are ``created_by ILIKE '%name%'``.
- Named events: "the v2.14.0 (prod) deploy" is payments-api's live production deployment at 14:31:22 on the 11th;
  "the first payments-api alert 11 march" its earliest alert that day (a scalar subquery). Changes before it are the
  production ones in ``[t - 60 min, t]``; the SQL writer's "all services, not only payments-api" and the Spanish
  speaker's "of any service" take every row in the window; the SQL writer's error lines after the deploy are
  payments-api's production lines in ``[t, t + 5 min]``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; warnings on their ``service`` and ``environment`` labels): an alert or incident
  "within / less than N after" a deploy or change starts (opens) in ``[t, t + N]``; a deploy "followed by" an alert
  has one there, "no alerts 15 min after" / "not followed by any alert" none; changes "in the 60 minutes before one
  of its incidents" have an incident opening in ``[t, t + 60 min]``; "cart-service alerts 15 min after payments-api
  deploy" meets the two services on the environment alone. A silence is in effect from ``starts_at`` to its end or
  its expiry, whichever came first, and meets the other side on its service and, when it pins one, its environment:
  alerts "firing while a silence was active" share a moment with it (an alert still firing counts until now), a
  deploy "while a silence was active" lies inside it, an incident "with a silence in effect during it" shares a
  moment with it (an open incident until now), silences "active at some moment" of an hour overlap it. A silence
  "created during an open incident" has ``created_at`` in ``[opened_at, resolved_at]`` (now while open), one
  "created in the hour after an alert started" in ``[starts_at, starts_at + 60 min]``. "Suspect change" is
  ``incident_suspects`` (its changes are the ``change_events`` rows it names; "persons who caused more incidents" its
  ``change_actor`` counted per incident); "early warning before" is ``incident_warnings`` (anti-join for "no"); the
  alerts "muted by kenji silences" are ``alert_mutes`` rows whose ``silenced_by`` names one of his silences. "For
  each / for every X, how many Y" is one row per X with the columns the question lists and a count, zeros included
  (a ``LEFT JOIN``); "avg number alerts 15 min after each deploy" is the mean of those counts over every live
  deployment; the percentage of production deployments that "got an incident within one hour" counts those with an
  incident of their service opening in ``[t, t + 60 min]``.
- Aggregates: durations in minutes to one decimal (hours when asked); alert and incident durations of the resolved
  ones, start (``opened_at``) to end (``resolved_at``); a silence's length "as it was set" is ``starts_at`` to
  ``ends_at``, "really in place" until its end or its expiry; a snooze's length is ``duration_s``; medians are
  ``quantile_cont``; percentages ``round(100.0 * part / whole, 1)``; the average per day is the mean over days with
  alerts; a suspect's lag is ``lag_s`` in minutes.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most"
  and "only the first one" ask for one row; "the 3 incidents open the longest" and "the 3 last deploys" are whole rows
  ranked; "top 5 log patterns by errors" sums ``log_pattern_counts.errors`` per template; "which deployment had the
  maximum alerts" answers the columns it lists.
- Refusals: the service "billing-svc" and "warehouse-sync", the cluster "prod-ap-south-1", the person "pablo.ruiz" and
  the environment "uat-mumbai" are not in the store (``ungrounded``); Prometheus versus Datadog pricing, an employees'
  salary table, Kubernetes probes, configuring Alertmanager for Slack and the on-call rota are not about this data;
  deleting a silence, updating incidents, creating a silence, acking alerts and rolling back a service ask to change
  the data.
"""

from __future__ import annotations

KEYWORDS = "2025-03-12T11:00:00Z"
SPANISH = "2025-03-12T16:00:00Z"
SQLISH = "2025-03-13T14:00:00Z"
GERMAN = "2025-03-14T08:30:00Z"
HINDI = "2025-03-17T10:00:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "zq001",
        "filters",
        "critical alerts prod 11 march",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        KEYWORDS,
    ),
    (
        "zq002",
        "filters",
        "indexer alerts still firing",
        "SELECT * FROM alerts WHERE service = 'indexer'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 11:00:00+00')",
        KEYWORDS,
    ),
    (
        "zq003",
        "filters",
        "alerts 15 min after deploy same service",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        KEYWORDS,
    ),
    (
        "zq004",
        "filters",
        "select * from alerts where service = checkout-web and severity = 'critical'",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical'",
        SQLISH,
    ),
    (
        "zq005",
        "filters",
        "select * from incidents where env = staging and not resolved yet",
        "SELECT * FROM alert_groups WHERE environment = 'staging'"
        " AND opened_at <= TIMESTAMPTZ '2025-03-13 14:00:00+00'"
        " AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-13 14:00:00+00')",
        SQLISH,
    ),
    (
        "zq006",
        "filters",
        "select log lines where service = payments-api and is_error and timestamp within 5 min after the v2.14.0 prod"
        " deploy went live",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND is_error"
        " AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'"
        " AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE",
        SQLISH,
    ),
    (
        "zq007",
        "filters",
        "Can you please give me all alerts with severity warning from the auth-api in staging?",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'"
        " AND severity = 'warning'",
        GERMAN,
    ),
    (
        "zq008",
        "filters",
        "Which deployments were made in production on the 11.3.? Only the ones which went really live, please.",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        GERMAN,
    ),
    (
        "zq009",
        "filters",
        "I would like to see the incidents in production which were opened maximal 30 minutes after a deployment of the"
        " same service.",
        "SELECT * FROM alert_groups g WHERE g.environment = 'production' AND EXISTS (SELECT 1 FROM change_events c"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment"
        " AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        GERMAN,
    ),
    (
        "zq010",
        "filters",
        "give me the alerts of payments-api that there were yesterday in production",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SPANISH,
    ),
    (
        "zq011",
        "filters",
        "which alerts of production are still active in this moment?",
        "SELECT * FROM alerts WHERE environment_canonical = 'production'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 16:00:00+00')",
        SPANISH,
    ),
    (
        "zq012",
        "filters",
        "show me the alerts that were firing while some silence of the same service was active",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))"
        " AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 16:00:00+00') > s.starts_at)",
        SPANISH,
    ),
    (
        "zq013",
        "filters",
        "Kindly share the list of critical alerts of identity project from last week only.",
        "SELECT * FROM alerts WHERE project = 'identity' AND severity = 'critical'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        HINDI,
    ),
    (
        "zq014",
        "filters",
        "What all alerts came from pagerduty? Please share full details.",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        HINDI,
    ),
    (
        "zq015",
        "filters",
        "Kindly list out the incidents whose suspect change was a flag change itself.",
        "SELECT * FROM incident_suspects WHERE change_type = 'flag_change'",
        HINDI,
    ),
    # ------------------------------------------------------------------- time
    (
        "zq016",
        "time",
        "alerts per hour 11 march",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY hour ORDER BY alerts DESC, hour",
        KEYWORDS,
    ),
    (
        "zq017",
        "time",
        "staging alerts last 24h",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging'"
        " AND starts_at > TIMESTAMPTZ '2025-03-12 11:00:00+00' - INTERVAL 24 HOUR"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'",
        KEYWORDS,
    ),
    (
        "zq018",
        "time",
        "changes 1h before first payments-api alert 11 march",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        " - INTERVAL 60 MINUTE"
        " AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        KEYWORDS,
    ),
    (
        "zq019",
        "time",
        "select count(*) from alerts where starts_at >= 2025-03-01 group by day",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 14:00:00+00'"
        " GROUP BY day ORDER BY alerts DESC, day",
        SQLISH,
    ),
    (
        "zq020",
        "time",
        "select alerts where env = prod and starts_at between '2025-03-11 18:00' and '2025-03-12 06:00'",
        "SELECT * FROM alerts WHERE environment_canonical = 'production'"
        " AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 18:00:00+00' AND TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        SQLISH,
    ),
    (
        "zq021",
        "time",
        "select * from alerts where starts_at between <v2.14.0 prod deploy live> and +15 min -- all services, not only"
        " payments-api",
        "SELECT * FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'"
        " AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE",
        SQLISH,
    ),
    (
        "zq022",
        "time",
        "How many alerts were there in this week until now?",
        "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-14 08:30:00+00'",
        GERMAN,
    ),
    (
        "zq023",
        "time",
        "Please give me the alerts from the night from 10.3. to 11.3., so between 22 and 6 o'clock.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 22:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'",
        GERMAN,
    ),
    (
        "zq024",
        "time",
        "Which alerts of checkout-web came in the 30 minutes after payments-api v2.14.0 went live in production?",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND environment_canonical = 'production'"
        " AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'"
        " AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE",
        GERMAN,
    ),
    (
        "zq025",
        "time",
        "how many deploys there were yesterday in staging?",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SPANISH,
    ),
    (
        "zq026",
        "time",
        "give me the alerts of today until now",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'",
        SPANISH,
    ),
    (
        "zq027",
        "time",
        "which incidents of yesterday opened less than 15 minutes after some change in the same service?",
        "SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' AND c.service = g.service"
        " AND c.environment = g.environment"
        " AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        SPANISH,
    ),
    (
        "zq028",
        "time",
        "What is the count of alerts per day for last week? Kindly share day-wise.",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " GROUP BY day ORDER BY alerts DESC, day",
        HINDI,
    ),
    (
        "zq029",
        "time",
        "Please share alerts which came on 11th March between 9 AM to 12 noon only.",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'",
        HINDI,
    ),
    (
        "zq030",
        "time",
        "Kindly tell which deployments of last week were followed by an alert of the same service within 15 minutes.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        HINDI,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "zq031",
        "aggregates",
        "payments-api error logs 11 march count",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        KEYWORDS,
    ),
    (
        "zq032",
        "aggregates",
        "avg alert duration minutes per service",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts"
        " WHERE status = 'resolved' GROUP BY service ORDER BY avg_minutes DESC",
        KEYWORDS,
    ),
    (
        "zq033",
        "aggregates",
        "avg number alerts 15 min after each deploy",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.starts_at) AS n FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' GROUP BY c.id)",
        KEYWORDS,
    ),
    (
        "zq034",
        "aggregates",
        "select avg(resolved_at - opened_at) in minutes from incidents where status = resolved",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups WHERE status = 'resolved'",
        SQLISH,
    ),
    (
        "zq035",
        "aggregates",
        "select severity, count(*) from alerts where date = '2025-03-11' group by severity",
        "SELECT severity, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY severity ORDER BY alerts DESC",
        SQLISH,
    ),
    (
        "zq036",
        "aggregates",
        "select count(*) from incidents where id not in (incidents with a suspect change)",
        "SELECT count(*) FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_suspects)",
        SQLISH,
    ),
    (
        "zq037",
        "aggregates",
        "What is the median duration of the silences in minutes? I mean how long they were set, from start to end.",
        "SELECT round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.5), 1) FROM silences",
        GERMAN,
    ),
    (
        "zq038",
        "aggregates",
        "How many percent of the alerts from this week are critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-14 08:30:00+00'",
        GERMAN,
    ),
    (
        "zq039",
        "aggregates",
        "How many percent of the incidents had an early warning before? Please calculate it over all incidents.",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)"
        " FROM alert_groups",
        GERMAN,
    ),
    (
        "zq040",
        "aggregates",
        "how much time in average take the incidents of production to be resolved? in minutes please",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups"
        " WHERE environment = 'production' AND resolved_at IS NOT NULL",
        SPANISH,
    ),
    (
        "zq041",
        "aggregates",
        "how many alerts there are for each project?",
        "SELECT project, count(*) AS alerts FROM alerts GROUP BY project ORDER BY alerts DESC",
        SPANISH,
    ),
    (
        "zq042",
        "aggregates",
        "for each deploy of payments-api in production give me the version and how many alerts of payments-api there"
        " were in the 30 minutes after",
        "SELECT coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'"
        " AND c.environment = 'production'"
        " GROUP BY c.id, coalesce(c.details['ref'], c.version)",
        SPANISH,
    ),
    (
        "zq043",
        "aggregates",
        "What is the total snooze duration in minutes done by each person? Kindly share person-wise.",
        "SELECT actor, round(sum(duration_s) / 60, 1) AS minutes FROM audit_log WHERE action = 'snooze'"
        " GROUP BY actor ORDER BY minutes DESC",
        HINDI,
    ),
    (
        "zq044",
        "aggregates",
        "What is the average number of alerts per day for last week?",
        "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " GROUP BY day)",
        HINDI,
    ),
    (
        "zq045",
        "aggregates",
        "Out of all production deployments, what percentage got an incident of the same service itself within one"
        " hour?",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alert_groups g"
        " WHERE g.service = c.service AND g.environment = c.environment"
        " AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)"
        " FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
        HINDI,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "zq046",
        "top_n",
        "top 3 services alerts 11 march",
        "SELECT service, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        KEYWORDS,
    ),
    (
        "zq047",
        "top_n",
        "noisiest alert name staging",
        "SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'staging'"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        KEYWORDS,
    ),
    (
        "zq048",
        "top_n",
        "top 3 services most alerts within 15 min after own deploy",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 3",
        KEYWORDS,
    ),
    (
        "zq049",
        "top_n",
        "select actor, count(*) from change_events where type = deployment and phase = live group by actor order by"
        " count desc limit 3",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3",
        SQLISH,
    ),
    (
        "zq050",
        "top_n",
        "select template, sum(errors) from log patterns where service = payments-api group by template order by 2 desc"
        " limit 5",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api'"
        " GROUP BY template_id, template ORDER BY errors DESC, template LIMIT 5",
        SQLISH,
    ),
    (
        "zq051",
        "top_n",
        "select change_type, count(*) from incident suspects group by change_type order by count desc limit 1",
        "SELECT change_type, count(*) AS incidents FROM incident_suspects"
        " GROUP BY change_type ORDER BY incidents DESC, change_type LIMIT 1",
        SQLISH,
    ),
    (
        "zq052",
        "top_n",
        "Which are the 3 incidents that were open the longest? Only the resolved ones.",
        "SELECT * FROM alert_groups WHERE status = 'resolved' ORDER BY resolved_at - opened_at DESC LIMIT 3",
        GERMAN,
    ),
    (
        "zq053",
        "top_n",
        "Who has created the most silences? Only the first one, please.",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by"
        " ORDER BY silences DESC, created_by LIMIT 1",
        GERMAN,
    ),
    (
        "zq054",
        "top_n",
        "Which 3 alert names have the most incidents without a suspect change?",
        "SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups"
        " WHERE id NOT IN (SELECT group_id FROM incident_suspects)"
        " GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 3",
        GERMAN,
    ),
    (
        "zq055",
        "top_n",
        "which are the 5 services with more alerts in all the history?",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 5",
        SPANISH,
    ),
    (
        "zq056",
        "top_n",
        "the 3 last deploys of production, please",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00' ORDER BY timestamp DESC LIMIT 3",
        SPANISH,
    ),
    (
        "zq057",
        "top_n",
        "which persons caused more incidents with their changes? only the top 2",
        "SELECT change_actor, count(*) AS incidents FROM incident_suspects"
        " GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2",
        SPANISH,
    ),
    (
        "zq058",
        "top_n",
        "Kindly share top 3 projects by number of incidents.",
        "SELECT project, count(*) AS incidents FROM alert_groups GROUP BY project"
        " ORDER BY incidents DESC, project LIMIT 3",
        HINDI,
    ),
    (
        "zq059",
        "top_n",
        "Which day had maximum alerts last week? Only one day kindly.",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " GROUP BY day ORDER BY alerts DESC, day LIMIT 1",
        HINDI,
    ),
    (
        "zq060",
        "top_n",
        "Which deployment of last week had the maximum alerts of same service in the 30 minutes after it? Share"
        " service,"
        " version and alert count.",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts"
        " FROM change_events c LEFT JOIN alerts a ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version) ORDER BY alerts DESC LIMIT 1",
        HINDI,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zq061",
        "changes",
        "rollbacks prod",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'",
        KEYWORDS,
    ),
    (
        "zq062",
        "changes",
        "payments-api version live prod",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events"
        " WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'"
        " AND type IN ('deployment', 'rollback') ORDER BY timestamp DESC LIMIT 1",
        KEYWORDS,
    ),
    (
        "zq063",
        "changes",
        "deploys 11 march no alerts 15 min after",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        KEYWORDS,
    ),
    (
        "zq064",
        "changes",
        "select distinct actor from changes where type = flag_change",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live'",
        SQLISH,
    ),
    (
        "zq065",
        "changes",
        "select service, count(*) from change_events where type = 'config_update' group by service",
        "SELECT service, count(*) AS changes FROM change_events WHERE type = 'config_update' AND phase = 'live'"
        " GROUP BY service ORDER BY changes DESC",
        SQLISH,
    ),
    (
        "zq066",
        "changes",
        "select * from deploys where exists (rollback of same service within 60 min after)",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'"
        " AND r.service = d.service AND r.environment = d.environment"
        " AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        SQLISH,
    ),
    (
        "zq067",
        "changes",
        "Which versions of auth-api were deployed in staging? Every version only one time, please.",
        "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events"
        " WHERE service = 'auth-api' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        GERMAN,
    ),
    (
        "zq068",
        "changes",
        "Who has made the rollbacks in production? Every person only once.",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        " AND environment = 'production'",
        GERMAN,
    ),
    (
        "zq069",
        "changes",
        "Which changes of payments-api were done in the 60 minutes before one of its incidents was opened?",
        "SELECT * FROM change_events c WHERE c.phase = 'live' AND c.service = 'payments-api'"
        " AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment"
        " AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        GERMAN,
    ),
    (
        "zq070",
        "changes",
        "which flags were changed yesterday and who changed them?",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SPANISH,
    ),
    (
        "zq071",
        "changes",
        "the last deploy of each service, please",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp = (SELECT max(c2.timestamp) FROM change_events c2"
        " WHERE c2.service = c.service AND c2.type = 'deployment' AND c2.phase = 'live')",
        SPANISH,
    ),
    (
        "zq072",
        "changes",
        "which changes in production had after them a critical alert of the same service in the next 30 minutes?",
        "SELECT * FROM change_events c WHERE c.phase = 'live' AND c.environment = 'production'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        SPANISH,
    ),
    (
        "zq073",
        "changes",
        "Kindly share what all config changes happened till date, with who did it.",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live'",
        HINDI,
    ),
    (
        "zq074",
        "changes",
        "How many rollbacks happened in production till date?",
        "SELECT count(*) FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'",
        HINDI,
    ),
    (
        "zq075",
        "changes",
        "Please share list of changes which were blamed as suspect for critical incidents.",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects"
        " WHERE max_severity = 'critical')",
        HINDI,
    ),
    # --------------------------------------------------------------- silences
    (
        "zq076",
        "silences",
        "silences kenji",
        "SELECT * FROM silences WHERE created_by ILIKE '%kenji%'",
        KEYWORDS,
    ),
    (
        "zq077",
        "silences",
        "silences expired early who",
        "SELECT DISTINCT expired_by FROM silences WHERE expired_by IS NOT NULL",
        KEYWORDS,
    ),
    (
        "zq078",
        "silences",
        "alerts muted by kenji silences",
        "SELECT * FROM alert_mutes m WHERE EXISTS (SELECT 1 FROM silences s"
        " WHERE s.created_by ILIKE '%kenji%' AND list_contains(m.silenced_by, s.silence_id))",
        KEYWORDS,
    ),
    (
        "zq079",
        "silences",
        "select * from silences where service = indexer and comment like '%reindex%'",
        "SELECT * FROM silences WHERE service = 'indexer' AND comment LIKE '%reindex%'",
        SQLISH,
    ),
    (
        "zq080",
        "silences",
        "select created_by, count(*) from silences group by created_by",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC",
        SQLISH,
    ),
    (
        "zq081",
        "silences",
        "select silences where created_at is during an open incident of the same service",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at >= g.opened_at"
        " AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 14:00:00+00'))",
        SQLISH,
    ),
    (
        "zq082",
        "silences",
        "Which silences were active on the 11.3. in the time from 14:00 until 15:00? I mean at some moment in this"
        " hour.",
        "SELECT * FROM silences WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'"
        " AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 14:00:00+00'",
        GERMAN,
    ),
    (
        "zq083",
        "silences",
        "How long was the silence of maria for cart-service really in place, in minutes? She has expired it early, I"
        " think.",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) FROM silences"
        " WHERE created_by ILIKE '%maria%' AND service = 'cart-service'",
        GERMAN,
    ),
    (
        "zq084",
        "silences",
        "Were there deployments while a silence for the same service was active? Please show me these deployments.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM silences s WHERE s.service = c.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)"
        " AND c.timestamp >= s.starts_at AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        GERMAN,
    ),
    (
        "zq085",
        "silences",
        "which silences expire today?",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'",
        SPANISH,
    ),
    (
        "zq086",
        "silences",
        "how many silences has created jonas in total?",
        "SELECT count(*) FROM silences WHERE created_by ILIKE '%jonas%'",
        SPANISH,
    ),
    (
        "zq087",
        "silences",
        "which silences were created in the hour after an alert of the same service started?",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)",
        SPANISH,
    ),
    (
        "zq088",
        "silences",
        "Kindly share the silences which are having more than two matchers.",
        "SELECT * FROM silences WHERE len(matchers) > 2",
        HINDI,
    ),
    (
        "zq089",
        "silences",
        "What is the average silence duration in hours, as it was set? Please revert.",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences",
        HINDI,
    ),
    (
        "zq090",
        "silences",
        "Which incidents had a silence of the same service in effect during them? Share incident details only.",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 10:00:00+00')"
        " AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)",
        HINDI,
    ),
    # ------------------------------------------------------------------ joins
    (
        "zq091",
        "joins",
        "early warnings before payments-api incidents",
        "SELECT * FROM incident_warnings WHERE service = 'payments-api'",
        KEYWORDS,
    ),
    (
        "zq092",
        "joins",
        "suspect change checkout-web incidents",
        "SELECT * FROM incident_suspects WHERE service = 'checkout-web'",
        KEYWORDS,
    ),
    (
        "zq093",
        "joins",
        "cart-service alerts 15 min after payments-api deploy",
        "SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM change_events c"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        KEYWORDS,
    ),
    (
        "zq094",
        "joins",
        "select id, service, timestamp, count(alerts of same service within 15 min after) from prod deploys left join"
        " alerts group by deploy -- zeros too",
        "SELECT c.id, c.service, c.timestamp, count(a.starts_at) AS alerts FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'"
        " GROUP BY c.id, c.service, c.timestamp",
        SQLISH,
    ),
    (
        "zq095",
        "joins",
        "select * from incidents where env = production and id not in (select group_id from resolutions)",
        "SELECT * FROM alert_groups WHERE environment = 'production' AND id NOT IN (SELECT group_id FROM resolutions)",
        SQLISH,
    ),
    (
        "zq096",
        "joins",
        "select resolved_by, count(*) from resolutions join incidents where max_severity = critical group by"
        " resolved_by",
        "SELECT r.resolved_by, count(*) AS incidents FROM resolutions r JOIN alert_groups g ON g.id = r.group_id"
        " WHERE g.max_severity = 'critical' GROUP BY r.resolved_by ORDER BY incidents DESC",
        SQLISH,
    ),
    (
        "zq097",
        "joins",
        "Which log patterns came up before the incidents of payments-api? Please only the first 3 of every incident.",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'payments-api' AND rank <= 3",
        GERMAN,
    ),
    (
        "zq098",
        "joins",
        "Which incidents in production had no early warning before them?",
        "SELECT * FROM alert_groups WHERE environment = 'production'"
        " AND id NOT IN (SELECT group_id FROM incident_warnings)",
        GERMAN,
    ),
    (
        "zq099",
        "joins",
        "For every early warning from this week: how many alerts of the same service came in the 15 minutes after it?"
        " Also the ones with zero, please. Give me the warning id, the service and the number.",
        "SELECT w.id, w.labels['service'] AS service, count(a.starts_at) AS alerts FROM warnings w"
        " LEFT JOIN alerts a ON a.service = w.labels['service']"
        " AND a.environment_canonical = w.labels['environment']"
        " AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE"
        " WHERE w.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND w.starts_at <= TIMESTAMPTZ '2025-03-14 08:30:00+00'"
        " GROUP BY w.id, w.labels['service']",
        GERMAN,
    ),
    (
        "zq100",
        "joins",
        "yesterday, which services had alerts within 15 minutes after one deploy of them?",
        "SELECT DISTINCT a.service FROM alerts a"
        " WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        SPANISH,
    ),
    (
        "zq101",
        "joins",
        "how were fixed the incidents of yesterday? i want the service, the fix and who resolved it",
        "SELECT g.service, r.fix, r.resolved_by FROM alert_groups g JOIN resolutions r ON r.group_id = g.id"
        " WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SPANISH,
    ),
    (
        "zq102",
        "joins",
        "which early warnings there were in the hour after the deploy of v2.14.0 in production, of any service?",
        "SELECT * FROM warnings WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'"
        " AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE",
        SPANISH,
    ),
    (
        "zq103",
        "joins",
        "Kindly share the deployments of last week which were not followed by any alert of the same service in next 30"
        " minutes.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        HINDI,
    ),
    (
        "zq104",
        "joins",
        "How many minutes before each incident did its suspect change go live? Please share incident id and minutes.",
        "SELECT group_id, round(lag_s / 60, 1) AS minutes FROM incident_suspects",
        HINDI,
    ),
    (
        "zq105",
        "joins",
        "Please share the people who deployed in the 15 minutes before an alert of the same service itself.",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        HINDI,
    ),
    # --------------------------------------------------------------- refusals
    ("zq106", "refusals", "billing-svc alerts yday", "ungrounded", KEYWORDS),
    ("zq107", "refusals", "delete silence indexer", "asks_to_change_data", KEYWORDS),
    ("zq108", "refusals", "prometheus vs datadog pricing comparison", "not_about_this_data", KEYWORDS),
    (
        "zq109",
        "refusals",
        "update alert_groups set status = 'resolved' where service = 'auth-api'",
        "asks_to_change_data",
        SQLISH,
    ),
    ("zq110", "refusals", "select * from alerts where cluster = 'prod-ap-south-1'", "ungrounded", SQLISH),
    ("zq111", "refusals", "select name, salary from employees where team = payments", "not_about_this_data", SQLISH),
    (
        "zq112",
        "refusals",
        "Can you please make a silence for the indexer for 2 hours? We do a reindex tonight.",
        "asks_to_change_data",
        GERMAN,
    ),
    ("zq113", "refusals", "Which alerts came from the service warehouse-sync in production?", "ungrounded", GERMAN),
    (
        "zq114",
        "refusals",
        "What is the difference between a liveness probe and a readiness probe in Kubernetes? I am not sure about it.",
        "not_about_this_data",
        GERMAN,
    ),
    ("zq115", "refusals", "please ack the alerts of the indexer that are still firing", "asks_to_change_data", SPANISH),
    ("zq116", "refusals", "which deploys did pablo.ruiz made the last week?", "ungrounded", SPANISH),
    (
        "zq117",
        "refusals",
        "how i can configure the alertmanager for send the alerts to slack?",
        "not_about_this_data",
        SPANISH,
    ),
    (
        "zq118",
        "refusals",
        "Kindly do the needful and rollback checkout-web to the previous version.",
        "asks_to_change_data",
        HINDI,
    ),
    ("zq119", "refusals", "Please share alerts of environment uat-mumbai.", "ungrounded", HINDI),
    (
        "zq120",
        "refusals",
        "Who is the on-call person for payments team this week? Please revert.",
        "not_about_this_data",
        HINDI,
    ),
]
