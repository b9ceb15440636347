"""The forty-fifth ask question set: ids zz001..zz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (to see how a set is wired and split; this
set is not wired in by its author), the module docstrings of the earlier sets (to choose people who had not spoken
before and to keep their conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and
the demo store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the
day of the payments-api v2.14.0 outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over
the documented tables and views, compared with the answer as a multiset of rows.

Five people who watch the early-warning side (warnings, log lines and metric samples) ask the questions, none of whom
spoke in an earlier set. The roles the brief suggested had all been heard in some form (the engineer who tunes the
early-warning detector in the twenty-sixth set, the log-pipeline and pattern-miner engineer in the twenty-fourth,
database administrators in the tenth and twenty-first, a performance engineer chasing p99 in the twenty-fifth, a QA
engineer in the twenty-third), so others of the same side stand in for them. Each asks three questions in every
category (24 each, three of them refusals):

- a detection-coverage analyst measuring mean time to detect for the reliability programme, at 10:00 on Thursday 13
  March: careful full sentences with capitals, "early warning", "lead time", "detection", dates as "11 March";
  "yesterday" is Wednesday the 12th, so the outage day is always named;
- the engineer who owns the OpenTelemetry instrumentation (SDK settings, log attributes, severity numbers,
  ``service.version``), at 13:45 on Wednesday 12 March: lower case, attribute keys as dotted names
  (``http.route``, ``exception.type``, ``service.version``, ``trace_id``), "fwiw", "yday"/"yesterday" for the 11th,
  "prod", "w/", "pls";
- the engineer writing a deploy-verification bot that diffs metric samples before and after each deploy, at 11:20 on
  Friday 14 March: spec-like shorthand ("metric pts", "pre/post", "tue", "svc", "ts", "->", "0s incl"), about p99,
  request rate and the Hikari pool around the v2.14.0 deploy and the rollback;
- a support engineer of the managed-Postgres vendor invited onto the customer's bridge, at 16:00 on Wednesday 12
  March: polite, formal customer-support English ("Could you kindly ...", "Per our case ...", "on your side", "your
  payments-api"), about the connection pool, JDBC errors, the Hikari alert and what was silenced, "yesterday" being
  11 March;
- a sceptical staff engineer deciding whether the early-warning feed should page people, at 09:00 on Monday 17 March:
  Slack lower case with asides ("lol", "tbh", "aka the false alarms", "honestly expecting like 3"), about whether
  warnings came before alerts and incidents, false alarms, last week (10-16 March) and "tuesday".

50 of the 105 questions that are not refusals relate two kinds of record in time or by scope (warnings and the alerts
or incidents after them; incidents with and without an early warning; log lines, metric samples and warnings around
the v2.14.0 deploy, its rollback and the Hikari alert; silences in effect while warnings fired; deploys followed, or
not, by warnings or by p99 samples above a bound): five in filters, five in time, seven in aggregates, six in top_n,
seven in changes, five in silences and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the OpenTelemetry owner at
  2025-03-12 13:45 and the vendor engineer at 2025-03-12 16:00 (Wednesday; their "yesterday" / "yday" is
  ``[2025-03-11, 2025-03-12)``), the detection analyst at Thursday 2025-03-13 10:00 ("on 11 March" is
  ``[2025-03-11, 2025-03-12)``), the deploy-diff engineer at Friday 2025-03-14 11:20 ("tue" is the 11th) and the
  sceptic at Monday 2025-03-17 09:00 ("last week" is ``[2025-03-10, 2025-03-17)``, "tuesday" the 11th). A clock range
  "between 14:30 and 15:30 UTC" includes its start and excludes its end; "all time" / "ever" is every row. A thing is
  in a window by its own time (an alert's ``starts_at``, a warning's ``starts_at``, a change's ``timestamp``, an
  incident's ``opened_at``, a silence's ``created_at``, a log line's or a sample's ``timestamp``); "rn" / "now" /
  "still firing" is the state at now (``starts_at <= now AND (ends_at IS NULL OR ends_at > now)``).
- Early warnings are the ``warnings`` rows, matched to other records on their ``labels['service']`` and
  ``labels['environment']``; a warning "kind" is ``labels['alertname']`` (``MetricAnomaly``, ``HighLogErrorRate``,
  ...), a "series" its ``metric_key``; a warning's duration runs from ``starts_at`` to ``ends_at`` (resolved ones).
  "Sigma under 5" is the signed ``sigma`` column as stored (negative and zero sigmas included). Alerts are the
  ``alerts`` view's rows (met on ``environment_canonical``), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows ("error lines" ``is_error``; an attribute is
  ``attributes['key']``; "service.version" is the ``service_version`` column), metric samples ``metric_points``' rows
  of the metric named (``name``) and the service (``labels['service']``). "The p99 metric" is
  ``service:http_request_duration_seconds:p99``, "req rate" ``service:http_requests:rate1m``, "the hikari / pool
  pending metric" ``hikaricp_connections_pending``; "database-related alerts" are those whose names say Hikari,
  Postgres, MySQL, DB or pool. Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'``,
  "rollbacks" ``type = 'rollback'``, "flag flips" ``type = 'flag_change'``, "configuration changes"
  ``type = 'config_update'``, "changes" / "what changed" every type; a version is ``coalesce(details['ref'],
  version)``; the version running now is that of the last live deployment or rollback.
- Named events: "the v2.14.0 prod deploy" is payments-api's live production deployment (2025-03-11 14:31:22), "the
  rollback" payments-api's live production rollback (14:56:37), "the HikariPoolPendingConnections / hikari alert" the
  alert of that name (firing 14:35:54.431846 to 14:59:37.164554), "the first PaymentsAPIErrorBudgetBurn alert" its
  first start on the 11th (14:42:48.375564), "the first payments-api HighLogErrorRate warning" 14:30:00, "the first
  Hikari 'Connection is not available' error line" the earliest payments-api line whose body says so, "maria's
  silence" / "the cart-service silence" the one silence maria.gonzalez@acme.io created. "In the N min after / before"
  a named event is ``[t, t + N]`` / ``[t - N, t]``; "between A and B" both ends included; "either side" ``[t - N, t +
  N]``; "while X was firing" inside X's span, both ends included; "since" / "after" an event from it to now,
  a bare "before that" any time before it. Samples,
  lines and alerts around one named event are of the service the question names, else of every service in the window
  when it says "any svc" / "in production".
- Relations between kinds meet on service and environment (warnings through their labels): an alert "followed" a
  warning when it started in ``[w.starts_at, w.starts_at + N]`` (15 minutes unless said); a deploy "followed by" a
  warning or a p99 sample over a bound has one of its service and environment in ``[t, t + N]``; an alert "with a
  warning in the 15 min before" has one starting in ``[starts_at - 15 min, starts_at]``; "incidents with an early
  warning before them" are those ``incident_warnings`` holds (its own rule: same project and environment, the hour
  before the opening), "with no early warning" those it does not; "which services had incidents within 15 minutes
  after an early warning" are the services of ``incident_warnings`` rows with ``lead_min <= 15``. A silence is in
  effect from ``starts_at`` to its ``ends_at`` or ``expired_at``, whichever came first; a warning "raised while a
  silence on its service was active" started inside that span (and in the silence's environment when it pins one);
  silences "in effect while a warning on the same service was firing" share a moment with it; silences "created while
  a payments-api warning was firing on tuesday, any service" were created that day inside such a warning's span,
  whatever they cover.
  "For each X, how many Y" is one row per X (its id, or the columns listed) with a count, zeros included (a ``LEFT
  JOIN``).
- Aggregates: durations in minutes to one decimal; averages and medians of a metric, of sigma and of lead times to
  one decimal; percentages are ``round(100.0 * part / whole, 1)``; "how many minutes between" two named events is
  the difference of their times in minutes to one decimal; "average error lines per hour" is the mean of the hourly
  counts (hours with no line not counted).
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no
  tie crosses; "the most" asks for one row; "top 3 p99 pts" are the sample rows' time and value, highest first (no
  ties there); a peak "first reached" is the earliest sample at the day's maximum, with that maximum; "which svc had
  the most warnings after its own deploys" counts that service's warnings in the windows.
- Refusals: the services "billing-ledger" and "notification-gateway", the "eu-central-1" cluster, the "perf"
  environment and the person hannah.berg@acme.io are ungrounded; an industry MTTD benchmark, configuring the
  OpenTelemetry exporter, choosing a statistical test, HikariCP pool sizing and whether anomaly detection is worth
  paging on in general are not about this data; resolving a warning, deleting log lines, dropping samples, opening a
  silence and switching the staging warnings off ask to change the data.
"""

from __future__ import annotations

DETECT = "2025-03-13T10:00:00Z"
OTEL = "2025-03-12T13:45:00Z"
DIFF = "2025-03-14T11:20:00Z"
VENDOR = "2025-03-12T16:00:00Z"
SCEPTIC = "2025-03-17T09:00:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "zz001",
        "filters",
        "Which early warnings are still firing as of now?",
        """SELECT * FROM warnings
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 10:00:00+00')""",
        DETECT,
    ),
    (
        "zz002",
        "filters",
        "Please list the production incidents opened on 11 March that had at least one early warning before them.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        DETECT,
    ),
    (
        "zz003",
        "filters",
        "Show me the early warnings raised on 11 March with a sigma of 10 or more.",
        """SELECT * FROM warnings
           WHERE sigma >= 10
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DETECT,
    ),
    (
        "zz004",
        "filters",
        "checkout-web error lines yday w/ http.response.status_code 502, prod",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND attributes['http.response.status_code'] = '502'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OTEL,
    ),
    (
        "zz005",
        "filters",
        "fwiw v2.14.0 went live in prod at 14:31:22 yesterday -- any payments-api prod lines stamped "
        "service.version v2.14.0 before that?",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND service_version = 'v2.14.0'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        OTEL,
    ),
    (
        "zz006",
        "filters",
        "auth-api error lines in staging that carry an exception.type attribute",
        """SELECT * FROM log_events
           WHERE service = 'auth-api' AND environment = 'staging' AND is_error
             AND attributes['exception.type'] IS NOT NULL""",
        OTEL,
    ),
    (
        "zz007",
        "filters",
        "p99 metric pts for payments-api in the 10 min after the v2.14.0 prod deploy went live",
        """SELECT * FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99'
             AND labels['service'] = 'payments-api'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        DIFF,
    ),
    (
        "zz008",
        "filters",
        "hikaricp_connections_pending samples > 0 on tue",
        """SELECT * FROM metric_points
           WHERE name = 'hikaricp_connections_pending' AND value > 0
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DIFF,
    ),
    (
        "zz009",
        "filters",
        "non-finite metric pts (nan/inf), any metric -> need to skip them in the diff",
        """SELECT * FROM metric_points WHERE NOT isfinite(value)""",
        DIFF,
    ),
    (
        "zz010",
        "filters",
        "Could you kindly list the database-related alerts on your side yesterday (the Hikari pool, anything "
        "Postgres or DB)?",
        """SELECT * FROM alerts
           WHERE regexp_matches(name, '(?i)hikari|postgres|mysql|db|pool')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VENDOR,
    ),
    (
        "zz011",
        "filters",
        "Please show me the payments-api log lines that mention 'Could not open JDBC Connection' between 14:30 and "
        "15:30 UTC yesterday.",
        """SELECT * FROM log_events
           WHERE service = 'payments-api'
             AND body LIKE '%Could not open JDBC Connection%'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        VENDOR,
    ),
    (
        "zz012",
        "filters",
        "Per our case, we need the hikaricp_connections_pending samples above 20 while your "
        "HikariPoolPendingConnections alert was firing.",
        """SELECT * FROM metric_points
           WHERE name = 'hikaricp_connections_pending' AND value > 20
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'
                               AND TIMESTAMPTZ '2025-03-11 14:59:37.164554+00'""",
        VENDOR,
    ),
    (
        "zz013",
        "filters",
        "which warnings last week never got followed by an actual alert on the same svc within 15 min? aka the "
        "false alarms",
        """SELECT * FROM warnings w
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = w.labels['service']
                   AND a.environment_canonical = w.labels['environment']
                   AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE)""",
        SCEPTIC,
    ),
    (
        "zz014",
        "filters",
        "warnings w/ sigma under 5. like are those even real",
        """SELECT * FROM warnings WHERE sigma < 5""",
        SCEPTIC,
    ),
    (
        "zz015",
        "filters",
        "show me the NewLogPattern warnings, all of em",
        """SELECT * FROM warnings WHERE labels['alertname'] = 'NewLogPattern'""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- time
    (
        "zz016",
        "time",
        "How many early warnings started in each hour of 11 March?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS warnings
           FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY warnings DESC, hour""",
        DETECT,
    ),
    (
        "zz017",
        "time",
        "At what time did the first payments-api early warning fire on 11 March?",
        """SELECT min(starts_at) AS first_warning FROM warnings
           WHERE labels['service'] = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DETECT,
    ),
    (
        "zz018",
        "time",
        "How many minutes passed between the first payments-api early warning on 11 March and the first "
        "payments-api alert after it?",
        """SELECT round((epoch(a.t) - epoch(w.t)) / 60, 1) AS minutes
           FROM (SELECT min(starts_at) AS t FROM warnings
                 WHERE labels['service'] = 'payments-api'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') w,
                LATERAL (SELECT min(starts_at) AS t FROM alerts
                         WHERE service = 'payments-api' AND starts_at >= w.t) a""",
        DETECT,
    ),
    (
        "zz019",
        "time",
        "error lines per hour for checkout-web yesterday, prod",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS error_lines
           FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY error_lines DESC, hour""",
        OTEL,
    ),
    (
        "zz020",
        "time",
        "how many payments-api log lines in the 5 min after v2.14.0 went live in prod",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        OTEL,
    ),
    (
        "zz021",
        "time",
        "when was the last payments-api prod log line w/ service.version v2.14.0",
        """SELECT max(timestamp) AS last_line FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND service_version = 'v2.14.0'""",
        OTEL,
    ),
    (
        "zz022",
        "time",
        "max payments-api p99 per hour on tue",
        """SELECT date_trunc('hour', timestamp) AS hour, max(value) AS max_p99
           FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99'
             AND labels['service'] = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY hour""",
        DIFF,
    ),
    (
        "zz023",
        "time",
        "# of payments-api p99 pts above 1s in the 30m after the v2.14.0 prod deploy went live",
        """SELECT count(*) FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99'
             AND labels['service'] = 'payments-api' AND value > 1
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        DIFF,
    ),
    (
        "zz024",
        "time",
        "ts when hikaricp_connections_pending first went above 0 on tue",
        """SELECT min(timestamp) AS first_above_zero FROM metric_points
           WHERE name = 'hikaricp_connections_pending' AND value > 0
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DIFF,
    ),
    (
        "zz025",
        "time",
        "Could you give me the number of HikariPool 'Connection is not available' lines from payments-api per hour "
        "yesterday?",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines
           FROM log_events
           WHERE service = 'payments-api'
             AND body LIKE '%Connection is not available%'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY lines DESC, hour""",
        VENDOR,
    ),
    (
        "zz026",
        "time",
        "At what time yesterday did hikaricp_connections_pending first reach its peak, and what was the peak value?",
        """SELECT min(m.timestamp) AS first_at_peak, p.peak
           FROM metric_points m,
                (SELECT max(value) AS peak FROM metric_points
                 WHERE name = 'hikaricp_connections_pending'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') p
           WHERE m.name = 'hikaricp_connections_pending' AND m.value = p.peak
             AND m.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND m.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY p.peak""",
        VENDOR,
    ),
    (
        "zz027",
        "time",
        "How many JDBC-related error lines did payments-api log between the v2.14.0 production deploy and the "
        "rollback yesterday?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND body LIKE '%JDBC%'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        VENDOR,
    ),
    (
        "zz028",
        "time",
        "how many warnings per day last week. want to see if its only tuesday lol",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS warnings
           FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY warnings DESC, day""",
        SCEPTIC,
    ),
    (
        "zz029",
        "time",
        "which warnings have been firing for more than a day now and never cleared",
        """SELECT * FROM warnings
           WHERE starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00' - INTERVAL 1 DAY
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 09:00:00+00')""",
        SCEPTIC,
    ),
    (
        "zz030",
        "time",
        "on tuesday, how many min between the first payments-api warning and the first critical payments-api "
        "alert? thats the headline number ppl keep quoting",
        """SELECT round((epoch(a.t) - epoch(w.t)) / 60, 1) AS minutes
           FROM (SELECT min(starts_at) AS t FROM warnings
                 WHERE labels['service'] = 'payments-api'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') w,
                (SELECT min(starts_at) AS t FROM alerts
                 WHERE service = 'payments-api' AND severity = 'critical'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') a""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "zz031",
        "aggregates",
        "What is the average lead time, in minutes, of the early warnings that came before incidents?",
        """SELECT round(avg(lead_min), 1) AS avg_lead_min FROM incident_warnings""",
        DETECT,
    ),
    (
        "zz032",
        "aggregates",
        "What percentage of the incidents opened on 11 March had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings))
                        / count(*), 1) AS pct
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DETECT,
    ),
    (
        "zz033",
        "aggregates",
        "What is the median duration, in minutes, of the early warnings that have resolved?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM warnings
           WHERE status = 'resolved' AND ends_at IS NOT NULL""",
        DETECT,
    ),
    (
        "zz034",
        "aggregates",
        "% of payments-api prod log lines yesterday that were errors (sev >= 17)",
        """SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) AS pct
           FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OTEL,
    ),
    (
        "zz035",
        "aggregates",
        "avg error lines per hour for cart-service in prod yesterday",
        """SELECT round(avg(n), 1) AS avg_per_hour FROM (
               SELECT date_trunc('hour', timestamp) AS hour, count(*) AS n
               FROM log_events
               WHERE service = 'cart-service' AND environment = 'production' AND is_error
                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY hour)""",
        OTEL,
    ),
    (
        "zz036",
        "aggregates",
        "how many payments-api prod lines in the hour before the first PaymentsAPIErrorBudgetBurn alert yesterday "
        "had a trace_id on them",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND trace_id IS NOT NULL
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        OTEL,
    ),
    (
        "zz037",
        "aggregates",
        "avg payments-api req rate (service:http_requests:rate1m), pre window = 30m before the v2.14.0 prod deploy "
        "went live",
        """SELECT round(avg(value), 1) AS avg_rate FROM metric_points
           WHERE name = 'service:http_requests:rate1m'
             AND labels['service'] = 'payments-api'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        DIFF,
    ),
    (
        "zz038",
        "aggregates",
        "avg payments-api service:http_requests:rate1m, post window = 30m after the v2.14.0 prod deploy went live",
        """SELECT round(avg(value), 1) AS avg_rate FROM metric_points
           WHERE name = 'service:http_requests:rate1m'
             AND labels['service'] = 'payments-api'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        DIFF,
    ),
    (
        "zz039",
        "aggregates",
        "median payments-api service:http_requests:rate1m on tue",
        """SELECT round(median(value), 1) AS median_rate FROM metric_points
           WHERE name = 'service:http_requests:rate1m' AND labels['service'] = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DIFF,
    ),
    (
        "zz040",
        "aggregates",
        "What was the maximum value of hikaricp_connections_pending yesterday?",
        """SELECT max(value) AS max_pending FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VENDOR,
    ),
    (
        "zz041",
        "aggregates",
        "Could you tell me the average hikaricp_connections_pending while the HikariPoolPendingConnections alert "
        "was firing?",
        """SELECT round(avg(value), 1) AS avg_pending FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'
                               AND TIMESTAMPTZ '2025-03-11 14:59:37.164554+00'""",
        VENDOR,
    ),
    (
        "zz042",
        "aggregates",
        "What share of payments-api's error lines yesterday mentioned HikariPool, as a percentage?",
        """SELECT round(100.0 * count(*) FILTER (WHERE body LIKE '%HikariPool%') / count(*), 1) AS pct
           FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VENDOR,
    ),
    (
        "zz043",
        "aggregates",
        "mean sigma of the warnings per alertname",
        """SELECT labels['alertname'] AS alertname, round(avg(sigma), 1) AS mean_sigma
           FROM warnings
           GROUP BY alertname
           ORDER BY mean_sigma DESC""",
        SCEPTIC,
    ),
    (
        "zz044",
        "aggregates",
        "how many warnings total. ever.",
        """SELECT count(*) FROM warnings""",
        SCEPTIC,
    ),
    (
        "zz045",
        "aggregates",
        "what % of last week's warnings were followed by an alert on the same svc within 15 min",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = w.labels['service']
                     AND a.environment_canonical = w.labels['environment']
                     AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE))
                   / count(*), 1) AS pct
           FROM warnings w
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "zz046",
        "top_n",
        "Which five incidents had the most early warnings before them?",
        """SELECT group_id, count(*) AS warnings
           FROM incident_warnings
           GROUP BY group_id
           ORDER BY warnings DESC, group_id
           LIMIT 5""",
        DETECT,
    ),
    (
        "zz047",
        "top_n",
        "Which service had the most incidents that were preceded by an early warning?",
        """SELECT service, count(*) AS incidents
           FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_warnings)
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        DETECT,
    ),
    (
        "zz048",
        "top_n",
        "Which two warning series (metric keys) raised the most early warnings?",
        """SELECT metric_key, count(*) AS warnings
           FROM warnings
           GROUP BY metric_key
           ORDER BY warnings DESC, metric_key
           LIMIT 2""",
        DETECT,
    ),
    (
        "zz049",
        "top_n",
        "top 3 http.route values by number of lines yesterday",
        """SELECT attributes['http.route'] AS route, count(*) AS lines
           FROM log_events
           WHERE attributes['http.route'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY route
           ORDER BY lines DESC, route
           LIMIT 3""",
        OTEL,
    ),
    (
        "zz050",
        "top_n",
        "top 5 payments-api log patterns in prod by error count",
        """SELECT template, sum(errors) AS errors
           FROM log_pattern_counts
           WHERE service = 'payments-api' AND environment = 'production'
           GROUP BY template
           ORDER BY errors DESC, template
           LIMIT 5""",
        OTEL,
    ),
    (
        "zz051",
        "top_n",
        "which service logged the most error lines in the 15 min after payments-api v2.14.0 went live in prod",
        """SELECT service, count(*) AS error_lines
           FROM log_events
           WHERE is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        OTEL,
    ),
    (
        "zz052",
        "top_n",
        "top 3 payments-api p99 pts on tue, ts + value",
        """SELECT timestamp, value FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99'
             AND labels['service'] = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY value DESC
           LIMIT 3""",
        DIFF,
    ),
    (
        "zz053",
        "top_n",
        "which 2 svcs had the highest peak service:http_requests:rate1m on tue",
        """SELECT labels['service'] AS service, max(value) AS peak_rate
           FROM metric_points
           WHERE name = 'service:http_requests:rate1m'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY peak_rate DESC, service
           LIMIT 2""",
        DIFF,
    ),
    (
        "zz054",
        "top_n",
        "which svc had the most warnings in the 30m after one of its own prod deploys on tue",
        """SELECT w.labels['service'] AS service, count(DISTINCT w.id) AS warnings
           FROM warnings w
           JOIN change_events c
             ON c.service = w.labels['service'] AND c.environment = w.labels['environment']
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           GROUP BY w.labels['service']
           ORDER BY warnings DESC, service
           LIMIT 1""",
        DIFF,
    ),
    (
        "zz055",
        "top_n",
        "Which service logged the most error lines mentioning JDBC yesterday?",
        """SELECT service, count(*) AS error_lines
           FROM log_events
           WHERE is_error AND body LIKE '%JDBC%'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        VENDOR,
    ),
    (
        "zz056",
        "top_n",
        "What were the two most frequent exception.type values in payments-api's error lines yesterday?",
        """SELECT attributes['exception.type'] AS exception_type, count(*) AS lines
           FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND attributes['exception.type'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY exception_type
           ORDER BY lines DESC, exception_type
           LIMIT 2""",
        VENDOR,
    ),
    (
        "zz057",
        "top_n",
        "Which service had the most other alerts start while your HikariPoolPendingConnections alert was firing?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE name <> 'HikariPoolPendingConnections'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'
                               AND TIMESTAMPTZ '2025-03-11 14:59:37.164554+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        VENDOR,
    ),
    (
        "zz058",
        "top_n",
        "top 2 services by number of warnings, all time",
        """SELECT labels['service'] AS service, count(*) AS warnings
           FROM warnings
           GROUP BY service
           ORDER BY warnings DESC, service
           LIMIT 2""",
        SCEPTIC,
    ),
    (
        "zz059",
        "top_n",
        "which kind of warning (alertname) fires the most",
        """SELECT labels['alertname'] AS alertname, count(*) AS warnings
           FROM warnings
           GROUP BY alertname
           ORDER BY warnings DESC, alertname
           LIMIT 1""",
        SCEPTIC,
    ),
    (
        "zz060",
        "top_n",
        "which service had the most alerts last week with NO warning on that svc in the hour before them",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = a.service
                   AND w.labels['environment'] = a.environment_canonical
                   AND w.starts_at BETWEEN a.starts_at - INTERVAL 1 HOUR AND a.starts_at)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zz061",
        "changes",
        "Which production deployments on 11 March were followed by an early warning on the same service within 30 "
        "minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = c.service
                   AND w.labels['environment'] = c.environment
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        DETECT,
    ),
    (
        "zz062",
        "changes",
        "How many changes of any type went live in production on 11 March?",
        """SELECT count(*) FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DETECT,
    ),
    (
        "zz063",
        "changes",
        "Please list the suspect changes of the incidents that had an early warning before them.",
        """SELECT * FROM incident_suspects
           WHERE group_id IN (SELECT group_id FROM incident_warnings)""",
        DETECT,
    ),
    (
        "zz064",
        "changes",
        "what versions of payments-api went live anywhere yesterday, each once",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OTEL,
    ),
    (
        "zz065",
        "changes",
        "what changed in prod (any svc) in the 10 min before the first payments-api HighLogErrorRate warning yesterday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' - INTERVAL 10 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:30:00+00'""",
        OTEL,
    ),
    (
        "zz066",
        "changes",
        "who deployed to prod yesterday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OTEL,
    ),
    (
        "zz067",
        "changes",
        "prod deploys on tue -> service, version, ts",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DIFF,
    ),
    (
        "zz068",
        "changes",
        "deploys that had a p99 pt > 1s on their own svc within 15m after going live",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM metric_points m
                 WHERE m.name = 'service:http_request_duration_seconds:p99'
                   AND m.labels['service'] = c.service
                   AND m.labels['environment'] = c.environment
                   AND m.value > 1
                   AND m.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DIFF,
    ),
    (
        "zz069",
        "changes",
        "rollbacks, all time -> svc, version, actor, ts",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'""",
        DIFF,
    ),
    (
        "zz070",
        "changes",
        "Which version of payments-api is running in production at the moment?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        VENDOR,
    ),
    (
        "zz071",
        "changes",
        "Were there any configuration changes in production in the 24 hours before your "
        "HikariPoolPendingConnections alert fired?",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 24 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        VENDOR,
    ),
    (
        "zz072",
        "changes",
        "Who rolled back payments-api yesterday, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VENDOR,
    ),
    (
        "zz073",
        "changes",
        "deploys last week that got a warning on the same svc within 15 min after. want to know if the detector "
        "just reacts to deploys",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = c.service
                   AND w.labels['environment'] = c.environment
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SCEPTIC,
    ),
    (
        "zz074",
        "changes",
        "flag flips on tuesday",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCEPTIC,
    ),
    (
        "zz075",
        "changes",
        "how many deploys last week had no warning at all on their svc in the hour after",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = c.service
                   AND w.labels['environment'] = c.environment
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- silences
    (
        "zz076",
        "silences",
        "Which silences were in effect while an early warning on the same service was firing on 11 March?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM warnings w
               WHERE w.labels['service'] = s.service
                 AND (s.environment IS NULL OR w.labels['environment'] = s.environment_canonical)
                 AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND w.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                 AND coalesce(w.ends_at, TIMESTAMPTZ '2025-03-13 10:00:00+00') > s.starts_at)""",
        DETECT,
    ),
    (
        "zz077",
        "silences",
        "How many silences were created on 11 March?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DETECT,
    ),
    (
        "zz078",
        "silences",
        "Were any early warnings raised while a silence on their service was active? Please list the warnings.",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = w.labels['service']
                 AND (s.environment IS NULL OR s.environment_canonical = w.labels['environment'])
                 AND w.starts_at >= s.starts_at
                 AND w.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        DETECT,
    ),
    (
        "zz079",
        "silences",
        "who made silences yesterday",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OTEL,
    ),
    (
        "zz080",
        "silences",
        "silences w/ a comment mentioning payments-api",
        """SELECT * FROM silences WHERE comment ILIKE '%payments-api%'""",
        OTEL,
    ),
    (
        "zz081",
        "silences",
        "how many cart-service error lines in prod while maria's silence was in effect",
        """SELECT count(*) FROM log_events l, silences s
           WHERE s.created_by = 'maria.gonzalez@acme.io'
             AND l.service = 'cart-service' AND l.environment = 'production' AND l.is_error
             AND l.timestamp >= s.starts_at
             AND l.timestamp <= least(s.ends_at, coalesce(s.expired_at, s.ends_at))""",
        OTEL,
    ),
    (
        "zz082",
        "silences",
        "indexer silences created in feb",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        DIFF,
    ),
    (
        "zz083",
        "silences",
        "avg silence length as set, in min, all time",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences""",
        DIFF,
    ),
    (
        "zz084",
        "silences",
        "silences in effect (any svc) at the moment payments-api v2.14.0 went live in prod",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        DIFF,
    ),
    (
        "zz085",
        "silences",
        "Could you tell me who created silences in production yesterday, and when?",
        """SELECT created_by, created_at FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VENDOR,
    ),
    (
        "zz086",
        "silences",
        "How many minutes was the cart-service silence actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                  AS minutes
           FROM silences WHERE service = 'cart-service'""",
        VENDOR,
    ),
    (
        "zz087",
        "silences",
        "Which silences were expired early, and by whom?",
        """SELECT * FROM silences WHERE expired_early""",
        VENDOR,
    ),
    (
        "zz088",
        "silences",
        "did anyone create a silence while a payments-api warning was firing on tuesday? any svc, list them",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
               SELECT 1 FROM warnings w
               WHERE w.labels['service'] = 'payments-api'
                 AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND s.created_at >= w.starts_at
                 AND s.created_at <= coalesce(w.ends_at, TIMESTAMPTZ '2025-03-17 09:00:00+00'))""",
        SCEPTIC,
    ),
    (
        "zz089",
        "silences",
        "silences per person, all time",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        SCEPTIC,
    ),
    (
        "zz090",
        "silences",
        "silences created last week",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- joins
    (
        "zz091",
        "joins",
        "Which incidents opened on 11 March had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        DETECT,
    ),
    (
        "zz092",
        "joins",
        "For each early warning raised on 11 March, how many alerts started on the same service in the 15 minutes "
        "after it? Include the warnings with none.",
        """SELECT w.id, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service']
            AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id
           ORDER BY alerts DESC, w.id""",
        DETECT,
    ),
    (
        "zz093",
        "joins",
        "Which services had incidents open within 15 minutes after an early warning on 11 March?",
        """SELECT DISTINCT service FROM incident_warnings
           WHERE lead_min <= 15
             AND warned_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND warned_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DETECT,
    ),
    (
        "zz094",
        "joins",
        "payments-api error lines in the 10 min before the HikariPoolPendingConnections alert fired",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 10 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        OTEL,
    ),
    (
        "zz095",
        "joins",
        "top 3 log patterns before each PaymentsAPIErrorBudgetBurn incident",
        """SELECT * FROM incident_log_patterns
           WHERE rank <= 3
             AND group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn')""",
        OTEL,
    ),
    (
        "zz096",
        "joins",
        "how many checkout-web error lines while any payments-api warning was firing yesterday",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'checkout-web' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = 'payments-api'
                   AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND l.timestamp >= w.starts_at
                   AND l.timestamp <= coalesce(w.ends_at, TIMESTAMPTZ '2025-03-12 13:45:00+00'))""",
        OTEL,
    ),
    (
        "zz097",
        "joins",
        "for each prod deploy on tue: service, version, # of warnings on its svc in the 30m after (0s incl)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(w.id) AS warnings
           FROM change_events c
           LEFT JOIN warnings w
             ON w.labels['service'] = c.service
            AND w.labels['environment'] = c.environment
            AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version
           ORDER BY warnings DESC""",
        DIFF,
    ),
    (
        "zz098",
        "joins",
        "prod deploys on tue NOT followed by any warning on their svc within 60m",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = c.service
                   AND w.labels['environment'] = c.environment
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        DIFF,
    ),
    (
        "zz099",
        "joins",
        "hikaricp_connections_pending pts 15m either side of the payments-api rollback going live",
        """SELECT * FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 15 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00' + INTERVAL 15 MINUTE""",
        DIFF,
    ),
    (
        "zz100",
        "joins",
        "Which alerts fired in production within 5 minutes after the first HikariPool 'Connection is not "
        "available' error line yesterday?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM log_events
                                    WHERE service = 'payments-api' AND is_error
                                      AND body LIKE '%Connection is not available%'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
                               AND (SELECT min(timestamp) FROM log_events
                                    WHERE service = 'payments-api' AND is_error
                                      AND body LIKE '%Connection is not available%'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
                                   + INTERVAL 5 MINUTE""",
        VENDOR,
    ),
    (
        "zz101",
        "joins",
        "Could you list the payments-api incidents during which payments-api logged a JDBC error?",
        """SELECT * FROM alert_groups g
           WHERE g.service = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM log_events l
                 WHERE l.service = 'payments-api' AND l.environment = g.environment AND l.is_error
                   AND l.body LIKE '%JDBC%'
                   AND l.timestamp >= g.opened_at
                   AND l.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 16:00:00+00'))""",
        VENDOR,
    ),
    (
        "zz102",
        "joins",
        "Which production alerts yesterday were not preceded by any early warning on their service in the 30 "
        "minutes before them?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = a.service
                   AND w.labels['environment'] = a.environment_canonical
                   AND w.starts_at BETWEEN a.starts_at - INTERVAL 30 MINUTE AND a.starts_at)""",
        VENDOR,
    ),
    (
        "zz103",
        "joins",
        "alerts on tuesday that DID have a warning on the same svc in the 15 min before. honestly expecting like 3",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = a.service
                   AND w.labels['environment'] = a.environment_canonical
                   AND w.starts_at BETWEEN a.starts_at - INTERVAL 15 MINUTE AND a.starts_at)""",
        SCEPTIC,
    ),
    (
        "zz104",
        "joins",
        "incidents last week with no early warning before them",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        SCEPTIC,
    ),
    (
        "zz105",
        "joins",
        "services that alerted last week but never had a single warning. the detector is blind to them right",
        """SELECT service FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           EXCEPT
           SELECT labels['service'] FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SCEPTIC,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "zz106",
        "refusals",
        "What is a good industry benchmark for mean time to detect?",
        "not_about_this_data",
        DETECT,
    ),
    (
        "zz107",
        "refusals",
        "How many early warnings did the billing-ledger service raise on 11 March?",
        "ungrounded",
        DETECT,
    ),
    (
        "zz108",
        "refusals",
        "Please mark the HighErrorVelocity warning on payments-api as resolved.",
        "asks_to_change_data",
        DETECT,
    ),
    (
        "zz109",
        "refusals",
        "how do i set OTEL_EXPORTER_OTLP_ENDPOINT for the java agent",
        "not_about_this_data",
        OTEL,
    ),
    (
        "zz110",
        "refusals",
        "delete the payments-api log lines that have card numbers in the body pls",
        "asks_to_change_data",
        OTEL,
    ),
    (
        "zz111",
        "refusals",
        "error lines from notification-gateway yesterday",
        "ungrounded",
        OTEL,
    ),
    (
        "zz112",
        "refusals",
        "p99 metric pts for payments-api in the eu-central-1 cluster",
        "ungrounded",
        DIFF,
    ),
    (
        "zz113",
        "refusals",
        "whats a sane stat test for a pre/post deploy comparison, mann-whitney or ks?",
        "not_about_this_data",
        DIFF,
    ),
    (
        "zz114",
        "refusals",
        "drop the NaN samples from metric_points pls",
        "asks_to_change_data",
        DIFF,
    ),
    (
        "zz115",
        "refusals",
        "Could you kindly open a silence on the HikariPoolPendingConnections alert for our maintenance window tonight?",
        "asks_to_change_data",
        VENDOR,
    ),
    (
        "zz116",
        "refusals",
        "How many alerts fired in your perf environment yesterday?",
        "ungrounded",
        VENDOR,
    ),
    (
        "zz117",
        "refusals",
        "What is the recommended HikariCP maximumPoolSize for a 4-core Postgres instance?",
        "not_about_this_data",
        VENDOR,
    ),
    (
        "zz118",
        "refusals",
        "did hannah.berg@acme.io silence anything last week",
        "ungrounded",
        SCEPTIC,
    ),
    (
        "zz119",
        "refusals",
        "just turn the early warnings off for staging, theyre noise",
        "asks_to_change_data",
        SCEPTIC,
    ),
    (
        "zz120",
        "refusals",
        "is anomaly detection ever worth paging on, in general?",
        "not_about_this_data",
        SCEPTIC,
    ),
]
