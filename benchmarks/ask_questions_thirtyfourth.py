"""The thirty-fourth ask question set: ids zo001..zo120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep to find it), the module docstring of
``ask_questions`` and its code (to see how a set is wired and split; this set is not wired in by its author), the
module docstrings of the earlier sets (to choose people who had not spoken before and to keep their conventions), the
first ten rows of ``ask_questions_thirtieth`` (for the file's format) and, in passing, that file's module-level now
constants just above its ``ROWS`` (a grep for the lines defining constants), and the demo store itself, opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person, environment, cluster or
alert name the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, all application developers, none of whom spoke in an earlier set; each asks three
questions in every category (24 each, three of them refusals):

- a data engineer who owns the nightly pipelines (the nightly reindex and the weekly full reindex of the merchant
  feed into the indexer, the catalog import), at 07:40 on Thursday 13 March: lower case, precise, ISO dates and
  explicit UTC windows ("on 2025-03-12", "the 01:00-06:00 utc batch window", "per utc day"), about the indexer, its
  alerts, log lines, queue metrics, deploys, silences and what came before its backlog alert;
- a Go backend developer on the identity team (auth-api, token-service, user-profile), Sade Okafor, who deploys as
  ``sokafor`` and ``sade.okafor@acme.io``, at 15:20 on Wednesday 12 March: Slack-style lower case, service names in
  backticks, "ok so", "rn", "fwiw", "pls", "i'm on it", first person ("what did I deploy yesterday", "lucie or I");
- a developer building the service-catalogue page of the internal developer portal, at 13:00 on Friday 14 March:
  spec-like imperative requests ("Return ...", "all columns", "each person once", "Fields: service, week, deploys",
  "silence_id, muted_alerts") about per-service facts: versions live, deploy cadence, suspects, durations;
- the maintainer of the shared JVM service library (HTTP client, retries, HikariCP pool defaults) that payments-api,
  auth-api and user-profile embed, at 10:40 on Monday 17 March: careful full sentences with dates and years and
  asides in parentheses, across services: database and pool alerts, deploys that were rolled back or followed by
  alerts, suspects, percentiles and shares;
- a Kotlin backend developer of search-api, at 16:45 on Thursday 13 March: friendly and chatty, "hi!", "quick q",
  "thanks :)", "thx!!", "pls!", about search-api's staging alerts, deploys, flags, snoozes and log templates.

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts during
silences, after deploys or flag flips, or between a named silence's start and end; incidents without a suspect or
with a silence in effect, with their suspects, warnings, log patterns and resolutions; warnings before a named alert
or after a named deploy; log lines between a deploy and its rollback or while alerts fired; a metric while an alert
fired; deploys followed, or not, by alerts; changes before critical incidents; silences that muted something, were
created just after an alert or while an incident was open; acks while an alert fired): four in filters (its
production rollbacks after a deployment relate two kinds of change, not counted), five in time, six in aggregates,
five in top_n, five in changes (its identity deploys that got rolled back relate two kinds of change, not counted),
five in silences and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the identity developer at
  Wednesday 2025-03-12 15:20, the pipeline data engineer at Thursday 2025-03-13 07:40, the search-api developer at
  Thursday 2025-03-13 16:45, the portal developer at Friday 2025-03-14 13:00 and the library maintainer at Monday
  2025-03-17 10:40 (all after every record). The identity developer's "yesterday" and "yesterday morning" are
  2025-03-11 (the morning ``[00:00, 12:00)``); the search-api developer's "Tuesday (the 11th)" / "tuesday" and the
  library maintainer's "11 March" are ``[2025-03-11, 2025-03-12)``; "since monday" / "this week so far" runs from
  2025-03-10 00:00 to now; "since the 1st of march", "march so far", "since 2025-03-01" and "since 1 March 2025" from
  2025-03-01 to now; "since february" and "since 2025-02-01" from 2025-02-01 to now; "this year" and "since 1 January
  2025" from 2025-01-01 to now; "February 2025 (1-28 Feb, UTC)" is ``[2025-02-01, 2025-03-01)``; a clock range on a
  date ("01:00-06:00 utc on 2025-03-12", "between 01:00 and 03:00 utc") includes its start and excludes its end, and
  "2025-03-10 through 2025-03-12" is ``[2025-03-10, 2025-03-13)``. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log
  line's ``timestamp``, a snooze's ``timestamp``); "still firing rn / right now" is the state at now; "active at"
  an instant is the ``silences`` view's rule. Per-day buckets are ``time_bucket(INTERVAL 1 DAY, …)``, per-hour
  ``date_trunc('hour', …)``, per-week ``date_trunc('week', …)`` (Monday weeks), "hour of the day" ``hour(…)``.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error lines" ``is_error``), early warnings the
  ``warnings`` rows, snoozes and acks ``audit_log`` rows. Changes are their ``phase = 'live'`` reports: "deploys"
  ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``, "flag flips" / "flag changes" ``type =
  'flag_change'``, "config changes" ``type = 'config_update'``, "releases" ``type = 'release'``, "changes (any type)"
  every live report, scale events included. A version is ``coalesce(details['ref'], version)`` (an argo deploy
  without a tag keeps its revision); the version live in an environment is that of the last live deployment or
  rollback there. People are answered as stored, bots included; "lucie" is ``lnovak`` and ``lucie.novak@acme.io``,
  and the identity developer's "I" / "me" is ``sokafor`` and ``sade.okafor@acme.io`` (both spellings are hers, as
  she says). "Identity stuff / identity services" are the identity project (for silences: those pinning the
  project, and those on any service its alerts or changes name); "the search services" are search-api, indexer and
  query-suggest. "Alerts whose names point at a database or its connection pool" are ``PostgresqlTooManyConnections``,
  ``DBPoolPendingAcquiresHigh`` and ``HikariPoolPendingConnections``; "warning severity or worse" is
  ``severity_rank >= 2``.
- Named events: "the v2.14.0 (production) deploy going live" is payments-api's live production deployment of
  v2.14.0 at 14:31:22 on the 11th and "its rollback going live" the live production rollback at 14:56:37 (both
  literal, both ends included); "the first SearchReindexQueueBacklog alert on 2025-03-11" is that alert's earliest
  start that day; "argo's search-api staging deploy on Tuesday" is its one live staging deployment that day; "lucie's
  token-service crashloop silence yesterday morning" is the ``silences`` row of token-service in staging that she
  created before noon on the 11th — each a scalar subquery or a filter on it. Warnings "on the indexer" before a
  named alert are those whose ``service`` label is indexer in ``[t - 60 min, t]``; early warnings "from any service"
  after the v2.14.0 deploy are every warning starting in ``[t, t + 10 min]``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``): an alert "within N after" a deploy or flag flip starts in ``[t, t + N]``; a deploy "followed by" /
  "with no" alert has one / none there (2 hours when said, 15 minutes, 30 minutes or an hour as said); rollbacks
  "within an hour after a deployment" of the same service and environment undo it; changes "in the hour before a
  critical incident opened" have one opening in ``[t, t + 60 min]``. A silence is in effect from ``starts_at`` to
  its end or its expiry, whichever came first, and meets the other side on its service and, when it pins one, its
  environment: an alert "while a silence was in effect" started inside that span; an incident "open while a
  silence was in effect" shares a moment with it (an open incident until now); a silence "created while an incident
  was open" has its ``created_at`` from the incident's opening to its resolution (now while open); a silence
  "created within 15 minutes after an alert" in ``[starts_at, starts_at + 15 min]``. Log lines and metric samples
  "while alerts were firing" lie inside an alert's span (until now while it fires), the log lines of the alert's
  service and environment; the metric is named by its name. An ack "while the alert was still firing" names its
  alert by its ``alertname`` and ``service`` equality matchers and came inside its span. "Suspect change" means
  ``incident_suspects``; "an early warning in the hour before they opened" is ``incident_warnings``; "log patterns
  before" is ``incident_log_patterns`` (ranks ``<= 3``); "muted something" / "held back" is ``alert_mutes``
  (``silenced_by``); "a resolution written down" is ``resolutions``; "whose written fix was a rollback" a fix saying
  "rolled back", "roll back" or "rollback". "For each / every deploy … how many" is one row per deploy with those
  columns and a count, zeros included (a ``LEFT JOIN``); "on average, how many … after each deploy" is the mean of
  those counts to one decimal.
- Aggregates: durations in minutes to one decimal (hours when asked); mean time to resolve of incidents runs from
  ``opened_at`` to ``resolved_at`` of the resolved ones; an alert's duration from ``starts_at`` to ``ends_at`` of
  resolved alerts; a silence's length as set from ``starts_at`` to ``ends_at``; a suspect's lag is ``lag_s`` in
  minutes; averages of a metric to one decimal and a maximum as stored; percentages are ``round(100.0 * part /
  whole, 1)``, medians and percentiles (``quantile_cont``) to one decimal; a per-service share is each service's own.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no
  tie crosses; "the one person", "just the top one", "the single service" and "noisiest" ask for one row; "the 3
  longest resolved alerts" and "the latest 5 alerts" / "the 3 most recent deploys" are whole rows; log templates are
  ranked from ``log_pattern_counts`` summed per template (``template_id, template, error lines``); "which 2 hours"
  are the busiest hours of that day.
- Refusals: the services "merchant-feed-loader", "session-broker", "mobile-bff" and "search-gateway" and the
  "eu-central-2" cluster are ungrounded; moving the reindex to Spark, rotating a JWT key in Go, a React component
  library, a HikariCP pool size for a load and coroutines versus virtual threads are not about this data; adding a
  nightly silence, acking an alert, deleting deployment records, rewriting an incident's root cause and turning a
  flag back on ask to change the data.
"""

from __future__ import annotations

NIGHTLY = "2025-03-13T07:40:00Z"
IDENTITY = "2025-03-12T15:20:00Z"
PORTAL = "2025-03-14T13:00:00Z"
LIBRARY = "2025-03-17T10:40:00Z"
SEARCHDEV = "2025-03-13T16:45:00Z"

ROWS = [
    # filters
    (
        "zo001",
        "filters",
        "indexer alerts that started inside the 01:00-06:00 utc batch window on 2025-03-12",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NIGHTLY,
    ),
    (
        "zo002",
        "filters",
        "reindex runs get silenced a lot. which indexer alerts started while a silence on the indexer was in effect?",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NIGHTLY,
    ),
    (
        "zo003",
        "filters",
        "error lines from indexer in production between 01:00 and 03:00 utc on 2025-03-12",
        """SELECT * FROM log_events
           WHERE service = 'indexer' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 03:00:00+00'""",
        NIGHTLY,
    ),
    (
        "zo004",
        "filters",
        "ok so what fired on `auth-api` in staging yesterday",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        IDENTITY,
    ),
    (
        "zo005",
        "filters",
        "which `auth-api` staging alerts started within 15m after one of lucie's deploys? she deploys as lnovak "
        "and lucie.novak@acme.io fwiw",
        """SELECT * FROM alerts a
           WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.actor IN ('lnovak', 'lucie.novak@acme.io')
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        IDENTITY,
    ),
    (
        "zo006",
        "filters",
        "`token-service` alerts still firing rn?",
        """SELECT * FROM alerts
           WHERE service = 'token-service'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:20:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 15:20:00+00')""",
        IDENTITY,
    ),
    (
        "zo007",
        "filters",
        "For the identity catalogue card: return every critical alert of the identity project, all fields.",
        """SELECT * FROM alerts WHERE project = 'identity' AND severity = 'critical'""",
        PORTAL,
    ),
    (
        "zo008",
        "filters",
        "Return the incidents that have no suspect change (all columns of the incident).",
        """SELECT * FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)""",
        PORTAL,
    ),
    (
        "zo009",
        "filters",
        "Return the release records (releases that went live) for all services, every column.",
        """SELECT * FROM change_events WHERE type = 'release' AND phase = 'live'""",
        PORTAL,
    ),
    (
        "zo010",
        "filters",
        "Could you list the alerts whose names point at a database or its connection pool (Postgres, Hikari, DB "
        "pool), across every service?",
        """SELECT * FROM alerts
           WHERE name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                          'HikariPoolPendingConnections')""",
        LIBRARY,
    ),
    (
        "zo011",
        "filters",
        "Production rollbacks that went live within an hour after a deployment of the same service (that is, "
        "deploys that were undone); the rollback rows, please.",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        LIBRARY,
    ),
    (
        "zo012",
        "filters",
        "The alerts of warning severity or worse on the three services that embed the library (payments-api, "
        "auth-api, user-profile) in production since 1 March 2025.",
        """SELECT * FROM alerts
           WHERE service IN ('payments-api', 'auth-api', 'user-profile')
             AND environment_canonical = 'production' AND severity_rank >= 2
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 10:40:00+00'""",
        LIBRARY,
    ),
    (
        "zo013",
        "filters",
        "hi! could you show me the search-api alerts in staging from Tuesday (the 11th)? thanks :)",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEARCHDEV,
    ),
    (
        "zo014",
        "filters",
        "quick q - which search-api production alerts came in the 30 minutes after a search-api flag flip? :)",
        """SELECT * FROM alerts a
           WHERE a.service = 'search-api' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SEARCHDEV,
    ),
    (
        "zo015",
        "filters",
        "Is anything on search-api still firing right now?? alerts I mean!",
        """SELECT * FROM alerts
           WHERE service = 'search-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 16:45:00+00')""",
        SEARCHDEV,
    ),
    # time
    (
        "zo016",
        "time",
        "indexer alerts per utc day, 2025-03-10 through 2025-03-12",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC, day""",
        NIGHTLY,
    ),
    (
        "zo017",
        "time",
        "which early warnings on the indexer started in the hour before the first SearchReindexQueueBacklog alert "
        "on 2025-03-11?",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'indexer'
             AND starts_at BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'SearchReindexQueueBacklog'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'SearchReindexQueueBacklog'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NIGHTLY,
    ),
    (
        "zo018",
        "time",
        "log lines per hour for indexer in prod on 2025-03-12, 00:00 to 06:00 utc",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines
           FROM log_events
           WHERE service = 'indexer' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY hour ORDER BY lines DESC, hour""",
        NIGHTLY,
    ),
    (
        "zo019",
        "time",
        "how many identity alerts per day since the 1st of march? trying to see if this week is worse than usual",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE project = 'identity'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:20:00+00'
           GROUP BY day ORDER BY alerts DESC, day""",
        IDENTITY,
    ),
    (
        "zo020",
        "time",
        "lucie silenced the `token-service` crashloop in staging yesterday morning. which other identity staging "
        "alerts started while that silence was on?",
        """SELECT * FROM alerts a
           WHERE a.project = 'identity' AND a.environment_canonical = 'staging'
             AND a.service <> 'token-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'token-service' AND s.environment = 'staging'
                   AND s.created_by = 'lucie.novak@acme.io'
                   AND s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND s.created_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        IDENTITY,
    ),
    (
        "zo021",
        "time",
        "what time did the first `auth-api` staging alert fire yesterday",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        IDENTITY,
    ),
    (
        "zo022",
        "time",
        "Deploys per service per week since 1 January 2025. Fields: service, week, deploys.",
        """SELECT service, date_trunc('week', timestamp) AS week, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service, week ORDER BY deploys DESC, service, week""",
        PORTAL,
    ),
    (
        "zo023",
        "time",
        "For the service timeline widget: return the changes (any type) made to payments-api in production from "
        "the v2.14.0 deploy going live to its rollback going live, both included.",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        PORTAL,
    ),
    (
        "zo024",
        "time",
        "Return the hour of the day (0-23, UTC) with the most alerts over all the data, with its count.",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts
           FROM alerts GROUP BY hour_of_day ORDER BY alerts DESC, hour_of_day LIMIT 1""",
        PORTAL,
    ),
    (
        "zo025",
        "time",
        "How many alerts did payments-api, auth-api and user-profile each have in February 2025 (1-28 Feb, UTC)?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE service IN ('payments-api', 'auth-api', 'user-profile')
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service""",
        LIBRARY,
    ),
    (
        "zo026",
        "time",
        "Between the payments-api v2.14.0 production deploy going live and the rollback going live, how many "
        "error log lines did payments-api write in production?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        LIBRARY,
    ),
    (
        "zo027",
        "time",
        "What was firing across the checkout project at 14:50 UTC on 11 March (the alerts)?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        LIBRARY,
    ),
    (
        "zo028",
        "time",
        "hey!! how many search-api staging alerts per hour on Tuesday? :)",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour""",
        SEARCHDEV,
    ),
    (
        "zo029",
        "time",
        "When did the first search-api staging alert fire after argo's search-api staging deploy on Tuesday?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live'
                                 AND service = 'search-api' AND environment = 'staging'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SEARCHDEV,
    ),
    (
        "zo030",
        "time",
        "how many search-api alerts so far this week (since monday)? any environment!",
        """SELECT count(*) FROM alerts
           WHERE service = 'search-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'""",
        SEARCHDEV,
    ),
    # aggregates
    (
        "zo031",
        "aggregates",
        "avg duration in minutes of the resolved indexer DiskSpaceLow alerts",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'indexer' AND name = 'DiskSpaceLow' AND status = 'resolved'""",
        NIGHTLY,
    ),
    (
        "zo032",
        "aggregates",
        "max of search_indexer_queue_depth on 2025-03-12 between 01:00 and 04:00 utc",
        """SELECT max(value) FROM metric_points
           WHERE name = 'search_indexer_queue_depth'
             AND timestamp >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 04:00:00+00'""",
        NIGHTLY,
    ),
    (
        "zo033",
        "aggregates",
        "mean search_indexer_queue_depth while the SearchReindexQueueBacklog alerts were firing, one decimal",
        """SELECT round(avg(m.value), 1) FROM metric_points m
           WHERE m.name = 'search_indexer_queue_depth'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'SearchReindexQueueBacklog'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 07:40:00+00'))""",
        NIGHTLY,
    ),
    (
        "zo034",
        "aggregates",
        "avg time to resolve for identity incidents in prod? mins pls",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE project = 'identity' AND environment = 'production' AND resolved_at IS NOT NULL""",
        IDENTITY,
    ),
    (
        "zo035",
        "aggregates",
        "how many log lines did `auth-api` staging write while the LoginSuccessRateLow alerts were firing yesterday",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'auth-api' AND l.environment = 'staging'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'LoginSuccessRateLow' AND a.service = 'auth-api'
                   AND a.environment_canonical = 'staging'
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 15:20:00+00'))""",
        IDENTITY,
    ),
    (
        "zo036",
        "aggregates",
        "what % of identity alerts were critical, all time",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1)
           FROM alerts WHERE project = 'identity'""",
        IDENTITY,
    ),
    (
        "zo037",
        "aggregates",
        "Return the median alert duration in minutes per service (resolved alerts only), one decimal.",
        """SELECT service, round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts WHERE status = 'resolved'
           GROUP BY service ORDER BY median_minutes DESC, service""",
        PORTAL,
    ),
    (
        "zo038",
        "aggregates",
        "Per service: the percentage of its incidents that had a suspect change, one decimal.",
        """SELECT service,
                  round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                      AS pct_with_suspect
           FROM alert_groups GROUP BY service ORDER BY pct_with_suspect DESC, service""",
        PORTAL,
    ),
    (
        "zo039",
        "aggregates",
        "Return the average number of alerts per incident, one decimal.",
        """SELECT round(avg(alert_count), 1) FROM alert_groups""",
        PORTAL,
    ),
    (
        "zo040",
        "aggregates",
        "On average, how many minutes before each incident did its suspect change go live, for the incidents "
        "whose suspect is a deployment?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects WHERE change_type = 'deployment'""",
        LIBRARY,
    ),
    (
        "zo041",
        "aggregates",
        "The 95th percentile of incident duration in minutes (resolved incidents only), the checkout and identity "
        "projects together.",
        """SELECT round(quantile_cont(epoch(resolved_at) - epoch(opened_at), 0.95) / 60, 1)
           FROM alert_groups
           WHERE project IN ('checkout', 'identity') AND resolved_at IS NOT NULL""",
        LIBRARY,
    ),
    (
        "zo042",
        "aggregates",
        "What share of the production deployments since 1 January 2025 were followed by a critical alert on the "
        "same service within an hour? A percentage to one decimal, please.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.severity = 'critical' AND a.service = c.service
                        AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 10:40:00+00'""",
        LIBRARY,
    ),
    (
        "zo043",
        "aggregates",
        "what's the average p99 latency of search-api (service:http_request_duration_seconds:p99)? :)",
        """SELECT round(avg(value), 1) FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99' AND labels['service'] = 'search-api'""",
        SEARCHDEV,
    ),
    (
        "zo044",
        "aggregates",
        "on average, how many search-api alerts fired in the 15 min after each search-api deploy? same env, "
        "prod and staging both",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
               GROUP BY c.id)""",
        SEARCHDEV,
    ),
    (
        "zo045",
        "aggregates",
        "How long (mins) was the longest search-api staging alert on Tuesday?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEARCHDEV,
    ),
    # top_n
    (
        "zo046",
        "top_n",
        "top 3 indexer log templates in prod by error lines",
        """SELECT template_id, template, sum(errors) AS error_lines
           FROM log_pattern_counts
           WHERE service = 'indexer' AND environment = 'production'
           GROUP BY template_id, template ORDER BY error_lines DESC, template LIMIT 3""",
        NIGHTLY,
    ),
    (
        "zo047",
        "top_n",
        "which 2 hours of 2025-03-12 (utc) had the most indexer log lines",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines
           FROM log_events
           WHERE service = 'indexer'
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY hour ORDER BY lines DESC, hour LIMIT 2""",
        NIGHTLY,
    ),
    (
        "zo048",
        "top_n",
        "whose indexer silences muted the most alerts (going by what alertmanager actually held back)? just the "
        "one person",
        """SELECT s.created_by, count(*) AS muted
           FROM silences s
           JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.service = 'indexer'
           GROUP BY s.created_by ORDER BY muted DESC, s.created_by LIMIT 1""",
        NIGHTLY,
    ),
    (
        "zo049",
        "top_n",
        "who's deployed the most to identity services? top 3, deploys that went live",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND project = 'identity'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3""",
        IDENTITY,
    ),
    (
        "zo050",
        "top_n",
        "noisiest alert name on identity, all time",
        """SELECT name, count(*) AS alerts
           FROM alerts WHERE project = 'identity'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        IDENTITY,
    ),
    (
        "zo051",
        "top_n",
        "which identity service has the most incidents with no suspect change? just the top one",
        """SELECT service, count(*) AS incidents
           FROM alert_groups
           WHERE project = 'identity' AND id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        IDENTITY,
    ),
    (
        "zo052",
        "top_n",
        "Return the 4 services with the most live changes of any type, with the count.",
        """SELECT service, count(*) AS changes
           FROM change_events WHERE phase = 'live'
           GROUP BY service ORDER BY changes DESC, service LIMIT 4""",
        PORTAL,
    ),
    (
        "zo053",
        "top_n",
        "Return the latest 5 alerts (all columns), newest first.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           ORDER BY starts_at DESC LIMIT 5""",
        PORTAL,
    ),
    (
        "zo054",
        "top_n",
        "Return the single service with the most alerts that started within 30 minutes after a live deployment "
        "of the same service and environment, with that count.",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        PORTAL,
    ),
    (
        "zo055",
        "top_n",
        "Which three services had the longest total time in incidents, in minutes (resolved incidents), since 1 "
        "January 2025?",
        """SELECT service, round(sum(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS incident_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           GROUP BY service ORDER BY incident_minutes DESC, service LIMIT 3""",
        LIBRARY,
    ),
    (
        "zo056",
        "top_n",
        "The 3 longest resolved alerts on payments-api, auth-api or user-profile; whole rows, longest first.",
        """SELECT * FROM alerts
           WHERE service IN ('payments-api', 'auth-api', 'user-profile') AND status = 'resolved'
           ORDER BY ends_at - starts_at DESC LIMIT 3""",
        LIBRARY,
    ),
    (
        "zo057",
        "top_n",
        "Whose deployments were the suspect change of the most incidents? The top two people (bots count as "
        "people here).",
        """SELECT change_actor, count(*) AS incidents
           FROM incident_suspects WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2""",
        LIBRARY,
    ),
    (
        "zo058",
        "top_n",
        "which search-api log templates had the most error lines? top 3 pls!",
        """SELECT template_id, template, sum(errors) AS error_lines
           FROM log_pattern_counts WHERE service = 'search-api'
           GROUP BY template_id, template ORDER BY error_lines DESC, template LIMIT 3""",
        SEARCHDEV,
    ),
    (
        "zo059",
        "top_n",
        "the 3 most recent search-api deploys (any env), newest first :)",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'search-api'
           ORDER BY timestamp DESC LIMIT 3""",
        SEARCHDEV,
    ),
    (
        "zo060",
        "top_n",
        "which search service got the most alerts in the 60 min after one of its own deploys? (same env) just "
        "the top one!",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE a.project = 'search'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        SEARCHDEV,
    ),
    # changes
    (
        "zo061",
        "changes",
        "indexer deploys since 2025-02-01, any env",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'indexer'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:40:00+00'""",
        NIGHTLY,
    ),
    (
        "zo062",
        "changes",
        "indexer prod deploys with no indexer alert in the 2 hours after them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'indexer' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 2 HOUR)""",
        NIGHTLY,
    ),
    (
        "zo063",
        "changes",
        "config changes on the search project in march so far",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND project = 'search'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:40:00+00'""",
        NIGHTLY,
    ),
    (
        "zo064",
        "changes",
        "I'm sade, I deploy as sokafor or sade.okafor@acme.io depending on the tool. what did I deploy yesterday?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor IN ('sokafor', 'sade.okafor@acme.io')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        IDENTITY,
    ),
    (
        "zo065",
        "changes",
        "which `auth-api` version is live in prod rn",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'auth-api' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        IDENTITY,
    ),
    (
        "zo066",
        "changes",
        "identity deploys that got rolled back (rollback of the same svc + env within the hour)",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        IDENTITY,
    ),
    (
        "zo067",
        "changes",
        "Return the latest version of each service in production: service, version.",
        """SELECT service, coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND environment = 'production'
           QUALIFY row_number() OVER (PARTITION BY service ORDER BY timestamp DESC) = 1""",
        PORTAL,
    ),
    (
        "zo068",
        "changes",
        "Return the live deployments that were the suspect change of at least one incident (every column of the "
        "change).",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        PORTAL,
    ),
    (
        "zo069",
        "changes",
        "Return who made flag changes, each person once.",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live'""",
        PORTAL,
    ),
    (
        "zo070",
        "changes",
        "Which production deployments since 1 February 2025 were followed within 30 minutes by an alert on the "
        "same service? The deployments, please.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 10:40:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        LIBRARY,
    ),
    (
        "zo071",
        "changes",
        "What versions of payments-api went out to production this year? Each version once.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'""",
        LIBRARY,
    ),
    (
        "zo072",
        "changes",
        "Changes of any type to payments-api, auth-api or user-profile in production that went live in the hour "
        "before a critical incident of the same service opened.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.service IN ('payments-api', 'auth-api', 'user-profile')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical'
                   AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        LIBRARY,
    ),
    (
        "zo073",
        "changes",
        "who flipped flags on search-api, and when? :)",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND service = 'search-api'""",
        SEARCHDEV,
    ),
    (
        "zo074",
        "changes",
        "any search-api prod deploys that weren't followed by a search-api alert within 15 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'search-api' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SEARCHDEV,
    ),
    (
        "zo075",
        "changes",
        "what versions of search-api went out to staging? thx!",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'search-api' AND environment = 'staging'""",
        SEARCHDEV,
    ),
    # silences
    (
        "zo076",
        "silences",
        "silences on the indexer created since 2025-03-01, all fields",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 07:40:00+00'""",
        NIGHTLY,
    ),
    (
        "zo077",
        "silences",
        "which indexer silences actually muted something, per alertmanager?",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NIGHTLY,
    ),
    (
        "zo078",
        "silences",
        "avg length in minutes of the 'weekly full reindex' silences, as set (start to scheduled end)",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE comment ILIKE '%weekly full reindex%'""",
        NIGHTLY,
    ),
    (
        "zo079",
        "silences",
        "any silences on identity stuff? the project itself or any of its services",
        """SELECT * FROM silences
           WHERE project = 'identity'
              OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                             UNION SELECT service FROM change_events WHERE project = 'identity')""",
        IDENTITY,
    ),
    (
        "zo080",
        "silences",
        "was any identity incident open while a silence on its service was in effect? which incidents",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 15:20:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        IDENTITY,
    ),
    (
        "zo081",
        "silences",
        "which staging silences did lucie or I (sade.okafor@acme.io) create? who + when",
        """SELECT created_by, created_at FROM silences
           WHERE environment = 'staging'
             AND created_by IN ('lucie.novak@acme.io', 'sade.okafor@acme.io')""",
        IDENTITY,
    ),
    (
        "zo082",
        "silences",
        "Return the silences active at 2025-03-11 15:00 UTC, all columns.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        PORTAL,
    ),
    (
        "zo083",
        "silences",
        "Return each silence author with the number of silences they created, most first.",
        """SELECT created_by, count(*) AS silences
           FROM silences GROUP BY created_by ORDER BY silences DESC, created_by""",
        PORTAL,
    ),
    (
        "zo084",
        "silences",
        "Return every silence with the number of alerts Alertmanager held back under it (0 where none): "
        "silence_id, muted_alerts.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted_alerts DESC, s.silence_id""",
        PORTAL,
    ),
    (
        "zo085",
        "silences",
        "Which silences were created within 15 minutes after an alert on the same service started?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 15 MINUTE)""",
        LIBRARY,
    ),
    (
        "zo086",
        "silences",
        "What is the longest silence, as set (start to scheduled end), in hours?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences""",
        LIBRARY,
    ),
    (
        "zo087",
        "silences",
        "Silences with more than two matchers, created since 1 February 2025.",
        """SELECT * FROM silences
           WHERE len(matchers) > 2
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 10:40:00+00'""",
        LIBRARY,
    ),
    (
        "zo088",
        "silences",
        "did anyone snooze the HighLatencyP99 alert on tuesday? who? :)",
        """SELECT DISTINCT actor FROM audit_log
           WHERE action = 'snooze'
             AND list_contains([m.value FOR m IN matchers IF m.name = 'alertname'], 'HighLatencyP99')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SEARCHDEV,
    ),
    (
        "zo089",
        "silences",
        "any silences on search services that were created while a search incident was open on the same service?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.project = 'search' AND g.service = s.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 16:45:00+00'))""",
        SEARCHDEV,
    ),
    (
        "zo090",
        "silences",
        "how many silences have there been on the search services (search-api, indexer, query-suggest) since "
        "february? just a number :)",
        """SELECT count(*) FROM silences
           WHERE service IN ('search-api', 'indexer', 'query-suggest')
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'""",
        SEARCHDEV,
    ),
    # joins
    (
        "zo091",
        "joins",
        "for each indexer prod deploy: time, revision and how many indexer alerts in the following 2 hours (0 if none)",
        """SELECT c.timestamp, c.version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 2 HOUR
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'indexer' AND c.environment = 'production'
           GROUP BY c.id, c.timestamp, c.version ORDER BY c.timestamp""",
        NIGHTLY,
    ),
    (
        "zo092",
        "joins",
        "indexer incidents that had an early warning in the hour before they opened",
        """SELECT * FROM alert_groups
           WHERE service = 'indexer'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        NIGHTLY,
    ),
    (
        "zo093",
        "joins",
        "log patterns before the SearchReindexQueueBacklog incidents, top 3 ranks of each",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'SearchReindexQueueBacklog')
             AND rank <= 3""",
        NIGHTLY,
    ),
    (
        "zo094",
        "joins",
        "identity incidents + their suspect change. just alert name, when it opened, change type and who made it",
        """SELECT group_labels['alertname'] AS alertname, opened_at, change_type, change_actor
           FROM incident_suspects WHERE project = 'identity'""",
        IDENTITY,
    ),
    (
        "zo095",
        "joins",
        "which identity deploys (prod + staging) had zero alerts on the same svc in the 30 min after?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'identity'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        IDENTITY,
    ),
    (
        "zo096",
        "joins",
        "who acked `token-service` alerts while they were still firing? each person once",
        """SELECT DISTINCT k.actor FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = 'token-service'
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'alertname'], a.name)
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'service'], a.service)
                   AND k.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        IDENTITY,
    ),
    (
        "zo097",
        "joins",
        "Return the services that had an alert within 15 minutes after one of their own live deployments (same "
        "environment), each service once.",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PORTAL,
    ),
    (
        "zo098",
        "joins",
        "Return the incidents whose written fix was a rollback, with who resolved them: incident id, service, "
        "resolved_by.",
        """SELECT g.id, g.service, r.resolved_by
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'""",
        PORTAL,
    ),
    (
        "zo099",
        "joins",
        "Return the early warnings from any service that started in the 10 minutes after payments-api v2.14.0 went "
        "live in production.",
        """SELECT * FROM warnings
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        PORTAL,
    ),
    (
        "zo100",
        "joins",
        "How many incidents had neither an early warning nor a suspect change?",
        """SELECT count(*) FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        LIBRARY,
    ),
    (
        "zo101",
        "joins",
        "Which cart-service or checkout-web alerts started within 15 minutes after a payments-api production "
        "deployment (the downstream alerts)?",
        """SELECT * FROM alerts a
           WHERE a.service IN ('cart-service', 'checkout-web')
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LIBRARY,
    ),
    (
        "zo102",
        "joins",
        "For each incident whose suspect change was a deployment: the incident's service, its alert name, the "
        "deployment's version and how many minutes before the incident opened it went live (one decimal).",
        """SELECT service, group_labels['alertname'] AS alertname,
                  coalesce(change_details['ref'], change_version) AS version, round(lag_s / 60, 1) AS minutes_before
           FROM incident_suspects WHERE change_type = 'deployment'""",
        LIBRARY,
    ),
    (
        "zo103",
        "joins",
        "hi! which search-api staging alerts started within 15 min after a search-api staging deploy? :)",
        """SELECT * FROM alerts a
           WHERE a.service = 'search-api' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SEARCHDEV,
    ),
    (
        "zo104",
        "joins",
        "for every search-api deploy (prod + staging), how many search-api alerts in the same env in the 60 min "
        "after? zeros too pls",
        """SELECT c.id, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
           GROUP BY c.id ORDER BY alerts DESC, c.id""",
        SEARCHDEV,
    ),
    (
        "zo105",
        "joins",
        "which search project incidents never got a resolution written down? thanks in advance!!",
        """SELECT * FROM alert_groups
           WHERE project = 'search'
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        SEARCHDEV,
    ),
    # refusals
    (
        "zo106",
        "refusals",
        "how long did the merchant-feed-loader service run on 2025-03-12, and did it alert?",
        "ungrounded",
        NIGHTLY,
    ),
    (
        "zo107",
        "refusals",
        "should we move the nightly reindex to spark or keep it inside the indexer? pros and cons",
        "not_about_this_data",
        NIGHTLY,
    ),
    (
        "zo108",
        "refusals",
        "silence SearchReindexQueueBacklog from 01:00 to 06:00 utc every night going forward",
        "asks_to_change_data",
        NIGHTLY,
    ),
    (
        "zo109",
        "refusals",
        "alerts on `session-broker` in prod last week?",
        "ungrounded",
        IDENTITY,
    ),
    (
        "zo110",
        "refusals",
        "how do i rotate a jwt signing key in go without downtime lol",
        "not_about_this_data",
        IDENTITY,
    ),
    (
        "zo111",
        "refusals",
        "pls ack the `token-service` crashloop alert for me, i'm on it",
        "asks_to_change_data",
        IDENTITY,
    ),
    (
        "zo112",
        "refusals",
        "Return the alerts of the mobile-bff service, all columns.",
        "ungrounded",
        PORTAL,
    ),
    (
        "zo113",
        "refusals",
        "Which React component library should the developer portal's catalogue page use?",
        "not_about_this_data",
        PORTAL,
    ),
    (
        "zo114",
        "refusals",
        "Delete the duplicate auth-api production deployment records from 11 March.",
        "asks_to_change_data",
        PORTAL,
    ),
    (
        "zo115",
        "refusals",
        "Alerts in the eu-central-2 cluster since 1 March 2025, please.",
        "ungrounded",
        LIBRARY,
    ),
    (
        "zo116",
        "refusals",
        "What HikariCP maximumPoolSize would you recommend for a service doing 400 requests per second?",
        "not_about_this_data",
        LIBRARY,
    ),
    (
        "zo117",
        "refusals",
        "Please update the root cause of the 11 March payments-api incident to name the pool default in our shared "
        "library.",
        "asks_to_change_data",
        LIBRARY,
    ),
    (
        "zo118",
        "refusals",
        "hii, any alerts for the search-gateway service this week? :)",
        "ungrounded",
        SEARCHDEV,
    ),
    (
        "zo119",
        "refusals",
        "what's the difference between kotlin coroutines and java virtual threads? just curious haha",
        "not_about_this_data",
        SEARCHDEV,
    ),
    (
        "zo120",
        "refusals",
        "could you turn the Semantic ranking flag back on in prod? thx!!",
        "asks_to_change_data",
        SEARCHDEV,
    ),
]
