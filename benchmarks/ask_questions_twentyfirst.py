"""The twenty-first ask question set: ids zb001..zb120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth and sixteenth to
twentieth sets only their docstrings and the tenth's ``now`` constants), from docs/store.md and
those rules, over the demo store (records mostly on 2025-03-11 UTC, from 2025-01-02 to
2025-03-12). Each row is ``(id, category, question, gold, now)``; for a refusal the gold is its
kind (``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``: names a service,
project, person, environment, cluster or alert name the store does not have), otherwise one
DuckDB SELECT whose result is compared as a multiset of rows.

The questions are in the words of five people who wrote none of the earlier sets, each about a
fifth of the set and of most categories: a database administrator who thinks in connection
pools, Postgres and the labels and attributes they know ("datname", "instance=indexer-0",
"db.system", "hikaricp_connections_pending", "the db alerts", "anything about replication",
"did the db alerts line up with a deploy", "when did pending connections drop back to 0"); a
frontend developer who owns checkout-web, says so, and then asks about "my service", its errors
as customers see them ("a customer getting a 502"), its deploys, versions and the new checkout
flow flag ("did my flag flip break anything"); a capacity planner who asks for volumes and
trends (per hour, per week, per month, per minute, "busiest weekday", "compare Monday with
Tuesday", peaks of a metric, shares of the total, "log volume"); a reliability analyst preparing
a quarterly review (MTTR, medians, time to resolve, "with a suspect change versus without",
incidents per service, the slowest incidents, how long before an incident the suspect change
landed, when a resolution was written down); and an engineering director asking broad business
questions that must be mapped to teams, services and projects ("which team is struggling",
"what broke the most this week", "what's broken at this moment", "are we deploying less since
the payments outage", "the checkout side", "who mutes the most", "which deploys caused
incidents"). More than a third of the non-refusal questions (39 of 105) relate two kinds of
records (changes, rollbacks and the deploys they undid, alerts, incidents, silences, alert
mutes, warnings, log lines, log patterns, resolutions, suspects) in time or by scope, in every
category: "in the 10 minutes leading up to
the PostgresqlTooManyConnections alert", "in the 5 minutes after payments-api v2.14.0 went live
in production", "while the DBPoolPendingAcquiresHigh incident was open", "in the hour after the
new checkout flow flag was turned on", "how many minutes after ... was its resolution written
down", "in the hour before the ... alert fired", "before it started versus since it started",
"while yesterday's payments outage was going on", "within 15 minutes after an alert started on
the same service", "while it was active", "actually hold back", "within an hour after one of
their own deploys", "with a suspect change versus without", "neither an early warning nor a
suspect change", "both an incident and a deploy".

Conventions: the tenth set's conventions, kept unchanged, and the sixteenth's to twentieth's
additions where they apply (times UTC; alerts from the ``alerts`` view; "still firing" / "open"
at a time; canonical environments, "prod" production; incidents are ``alert_groups``; changes
are their ``phase = 'live'`` reports unless a phase is named, "deploys" / "shipped" ``type =
'deployment'``, "rollbacks" ``type = 'rollback'``, "what changed" every live report, ``scale``
included, "scale events" the live ``scale`` reports; versions as ``coalesce(details['ref'],
version)``, "which versions went out" each once; people by their exact stored spelling, "maria"
``ILIKE '%maria%'``; counts per actor as stored, bots included; silences from the ``silences``
view, active at T, a silence's active span ``starts_at`` to the earlier of ``ends_at`` and
``expired_at``, met on its service and, when it pins one, its environment (a silence that pins
no service meets nothing); "for every silence, the alerts on its service that started while it
was active" with ``starts_at`` in ``[starts_at, end of the active span)``; "silences put on while
yesterday's payments outage was going on, on any service" by their ``created_at`` in
``[opened_at, coalesce(resolved_at, now)]`` of one of the payments-api incidents opened on March
11, whatever their scope; "which alerts did Alertmanager hold back because of a silence" the
``alert_mutes`` rows with a non-empty ``silenced_by``; rounding to one decimal, durations in
minutes unless hours are asked; top-N answering ``value, count`` with ties by the value; rankings
of rows answering every column; "mttr" the mean ``ends_at - starts_at`` of the window's resolved
alerts; "the median minutes to resolve per project" over resolved incidents; "percentage" /
"share" ``round(100.0 * part / whole, 1)``; "median" DuckDB's ``median``; "which hour of the
day" on the UTC clock, "per weekday" by ``dayname(ts AT TIME ZONE 'UTC')``, "per hour" for one
day ``time_bucket(INTERVAL 1 HOUR, ...)``, "per day" / "per month" ``date_trunc``, only buckets
that hold a row; "an average per day / per hour" the mean of the counts of the buckets that hold
a row; joins in time keeping the first kind named with ``EXISTS`` on service and canonical
environment, *after* ``[t, t + N]``, *before* / *leading up to* ``[t - N, t]``; a relation
between two named services meets them in the same environment; "for each X: a, b and how many
Y" one row per X with a correlated count, zeros included; a list of columns answering only those
columns; "changes blamed for incidents" ``change_events`` rows whose id is some
``incident_suspects.change_id``; "incidents with no resolution (written down)" ``alert_groups``
whose id is in no ``resolutions.group_id``; "error lines" / "errors" in logs ``log_events`` rows
with ``is_error``, "error lines X logged in the N minutes before Y" in Y's environment; "the
hikari alert / incident" is ``HikariPoolPendingConnections``; "the v2.14.0 production deploy" is
the live production deployment of payments-api ``v2.14.0``, "yesterday's payments-api rollback"
its one live rollback on March 11; "the new checkout flow flag" is the live ``flag_change`` with
``details['flag_key'] = 'new-checkout-flow'``; "the X incident" the ``alert_groups`` row whose
``group_labels['alertname']`` is X (of March 11 when the question says yesterday); "the early
warnings / new log patterns before an incident" every column of its ``incident_warnings`` /
``incident_log_patterns`` rows (``is_new``), every service's; "yesterday's payments outage" the
payments-api incidents opened on March 11; "top error templates" ``log_pattern_counts`` summed
per template by ``sum(errors)`` (``template, errors``); "whose changes were blamed for the most
incidents" ``incident_suspects`` grouped by ``change_actor``; "the X team" the alert label
``team = X`` by its full value; "the checkout project" / "the checkout services" ``project =
'checkout'`` and its services cart-service, checkout-web and payments-api; "which ... had both X
and Y" the ``INTERSECT`` of the values each kind carries; two periods compared ("this week,
compared with last week") counts side by side, the first named first). Every question is asked
at the tenth's ``NOW_AFTER`` (2025-03-12 06:00 UTC, a Wednesday, after every record; no new
``now``), so
"today", "this morning" and "overnight, between midnight and 6 this morning" are ``[2025-03-12
00:00, now]``, "yesterday" ``[2025-03-11 00:00, 2025-03-12 00:00)``, "this week (so far)"
``[2025-03-10 00:00, now]``, "last week" ``[2025-03-03 00:00, 2025-03-10 00:00)``, "this month"
and "since the 1st of the month" from 2025-03-01 to now, "in February" ``[2025-02-01,
2025-03-01)``, "the last 24 hours" ``[2025-03-11 06:00, now]``. It adds, precisely:

- Time words. "In January" is ``[2025-01-01, 2025-02-01)``; "since January 1st" / "since the
  start of the year" is from 2025-01-01 to now and "since February 1st" from 2025-02-01 to now.
  "Per week" buckets by ``date_trunc('week', ...)`` (UTC weeks starting on Monday; the alert of
  2025-01-02 falls in the week of 2024-12-30), only weeks that hold a row. "Minute by minute"
  buckets by ``date_trunc('minute', ...)``, only minutes that hold a row. "Which hour yesterday
  had the most X" is the first ``time_bucket(INTERVAL 1 HOUR, ...)`` bucket of that day by
  count (``hour, count``), while "at what hour of the day" is the hour on the UTC clock over all
  the rows (``hour(ts AT TIME ZONE 'UTC')``). "Yesterday between noon and 6pm" is the closed
  window ``[12:00, 18:00]`` of March 11.
- Comparisons. "Compare Monday with Tuesday ..., across all the data" counts the rows per
  ``dayname`` for the two named weekdays, whatever the date (``weekday, count``, one row per day
  that holds a row); "Deploys on Monday versus Tuesday this week" is one row of two counts, Monday
  2025-03-10 first and Tuesday 2025-03-11 second (a count may be 0); "how many in January, and how
  many in February" one row of two counts, January first; "this week so far, compared with last
  week" one row of two counts, this week first. "The busiest weekday" / "which day of the week do
  people create the most silences on" is ``weekday, count`` of the first ``dayname`` (silences by
  ``created_at``).
- The database administrator's words. "The db alerts" / "database alerts" are the alerts whose
  name contains "postgres" or "pool" (``name ILIKE '%postgres%' OR name ILIKE '%pool%'``: in this
  store PostgresqlTooManyConnections, DBPoolPendingAcquiresHigh and HikariPoolPendingConnections).
  "Alerts that have a datname label" have ``labels['datname'] IS NOT NULL``; "instance=X" is
  ``labels['instance'] = X``, "which instance has the most alerts" counts the alerts carrying the
  label (``instance, count``). "Log lines where db.system is X" are ``attributes['db.system'] =
  X``; "lines that mention replication" ``body ILIKE '%replication%'``; "error lines mentioning
  HikariPool" ``is_error AND body ILIKE '%HikariPool%'``. "Samples of M that went over N" are the
  ``metric_points`` rows of name M with ``value > N`` (every column); "samples that came back as
  infinite or NaN" ``NOT isfinite(value)``. "How many minutes after X did M first reach N" is
  ``round((epoch(first sample time) - epoch(t)) / 60, 1)`` of the first sample at or after ``t``
  with ``value >= N``; "when did M drop back to 0 after X" is the time itself, ``min(timestamp)``
  of the samples at or after ``t`` with ``value = 0``; "the mean of M while the hikari alert was
  firing" is ``round(avg(value), 1)`` of the samples in ``[starts_at, ends_at)``; "the peak of M
  this morning" is ``max(value)`` in today's window (unrounded). "Config updates on X: the key,
  old value and new value" answer ``details['key'], details['old'], details['new']`` of X's live
  ``config_update`` reports; "config changes about a timeout" are live ``config_update`` reports
  with ``summary ILIKE '%timeout%'``. "The silence whose comment mentions identity-db" is "the
  identity-db upgrade silence"; "how many hours did it last" is ``round((epoch(ends_at) -
  epoch(starts_at)) / 3600, 1)``; "who silenced the identity project in prod, and when" answers
  ``created_by, created_at`` of the silences pinning ``project = 'identity'`` and production.
  "Did the db alerts line up with a deploy" reads the question that follows it: the db alerts
  with a live deployment of their service and environment in ``[starts_at - 15 min,
  starts_at]`` (every column of the alerts).
- The frontend developer's words. "My service", "mine", "my checkout-web" are checkout-web,
  which each question names. "Log lines that show a customer getting a 502 back" are checkout-web's
  rows with ``attributes['http.response.status_code'] = '502'`` (the attribute is text). "Did
  anything fire on my checkout-web in the last 24 hours" are its alerts by ``starts_at`` in that
  window. "My flag flip" is the new checkout flow flag's live report; "who flipped it, and when"
  answers ``actor, timestamp``; "did my flag flip break anything? any checkout-web alerts within an
  hour after ..." are checkout-web's alerts in the flag's environment with ``starts_at`` in ``[t,
  t + 60 min]`` (in this store the honest answer is none); "what percentage of its log lines were
  errors in the hour after ..." is over checkout-web's lines in the flag's environment in ``[t, t
  + 60 min]``. "The number of error lines and the number of lines in total" is one row of two
  counts, errors first. "Which of its error lines landed in the 5 minutes after payments-api
  v2.14.0 went live in production" are checkout-web's ``is_error`` production lines in ``[t, t +
  5 min]`` (every column). "For each checkout-web deploy: its environment, its version and how many
  checkout-web error lines came in the 30 minutes after it" is one row per live checkout-web
  deployment, both environments, counting the lines of the deploy's environment in ``[t, t + 30
  min]``. "Who has deployed X the most" is ``actor, count`` of X's live deployments. "Has anyone
  muted alerts on any of the checkout services" are the silences pinning the checkout project or
  one of its services (every column); "who put the silence on cart-service, and who took it off"
  answers ``created_by, expired_by``.
- The capacity planner's words. "Log volume" and "how many log lines" count ``log_events`` rows,
  every environment unless one is named ("top 5 services by log volume yesterday" is ``service,
  count``); "the share of yesterday's log lines that were errors" is the percentage of that day's
  rows with ``is_error``; "average log lines per hour for X yesterday" is the mean of X's hourly
  counts of that day. "In the 30 minutes after X, which 3 services logged the most errors in
  production" count production ``is_error`` lines per service in ``[t, t + 30 min]``. "Which
  services threw an early warning within an hour after one of their own deploys" are the distinct
  ``labels['service']`` of the ``warnings`` whose ``starts_at`` is in ``[t, t + 60 min]`` of a live
  deployment of that service and ``labels['environment']``; "which services got paged within 30
  minutes after one of their own deploys, and how many alerts each" is ``service, count`` of the
  alerts with such a deployment in ``[starts_at - 30 min, starts_at]``; "for each production deploy
  yesterday: the service, when it went live, and how many alerts hit that service in the following
  hour" is ``service, timestamp, count`` per live production deployment of March 11 (each report a
  row, zeros included). "What percentage of silences were scheduled ahead of time" is over all
  silences, ``starts_at > created_at``; "silences created per month" buckets ``created_at``.
- The reliability analyst's words. "Which incidents took longer than an hour to resolve" are the
  resolved ``alert_groups`` with ``resolved_at - opened_at > 60 min``; "the five incidents opened in
  February that took the longest to resolve" rank February's resolved incidents by ``resolved_at -
  opened_at`` (every column). "Average incident duration: incidents with a suspect change versus
  those without one" is one row per side, ``has_suspect, avg minutes`` over resolved incidents,
  ``has_suspect`` being ``id IN (SELECT group_id FROM incident_suspects)``. "On average, how many
  minutes before an incident did its suspect change land" is ``round(avg(lag_s) / 60, 1)`` over
  every ``incident_suspects`` row; "median minutes from suspect change to incident, by change
  type" is ``change_type, round(median(lag_s) / 60, 1)``; "which type of change is most often the
  suspect" is ``change_type, count`` of ``incident_suspects``; "how many distinct flag changes
  have been named as an incident's suspect" is ``count(DISTINCT change_id)`` of its
  ``flag_change`` rows. "How many minutes after the X incident (yesterday) opened was its
  resolution written down" is ``resolutions.resolved_at - opened_at`` in minutes. "Which incidents
  did maria write the resolution for" are the ``alert_groups`` rows whose id is a ``group_id`` of
  her resolutions; "critical incidents that still have no resolution written down" are critical
  ``alert_groups`` whose id is in no ``resolutions.group_id``; "for each critical incident that has
  a resolution: the service, the alert name and the fix" joins them (``service,
  group_labels['alertname'], fix``). "Incidents with their suspect change: the alert name, when the
  incident opened, the change type and who made the change" answers ``group_labels['alertname'],
  opened_at, change_type, change_actor`` of ``incident_suspects``; "how many incidents had neither
  an early warning nor a suspect change" counts ``alert_groups`` whose id is in neither
  ``incident_warnings.group_id`` nor ``incident_suspects.group_id``. "How many error lines did X log
  while the Y incident was open" counts X's ``is_error`` lines of the incident's service and
  environment in ``[opened_at, coalesce(resolved_at, now)]``. "Changes made in February that were
  later blamed for an incident" are the ``change_events`` rows with ``timestamp`` in February
  whose id is some ``incident_suspects.change_id``. "For each rollback, the service and how many
  minutes after the deploy it undid it went live" answers ``service`` and the minutes from the last
  live deployment of the same service and environment before the rollback. "Average silence
  length per author" is ``created_by`` and the mean ``ends_at - starts_at`` in minutes; "how many
  silences were created within 15 minutes after an alert started on the same service" counts the
  silences with ``created_at`` in ``[starts_at, starts_at + 15 min]`` of an alert of their service
  (and environment, when they pin one); "for every indexer silence" is every silence pinning
  ``service = 'indexer'`` (``silence_id, count``).
- The engineering director's words. "Which team is struggling the most" is the alert label
  ``team`` with the most alerts in the window (``team, count``; only alerts carrying the label);
  "what the payments team has been alerted on" are the alerts with ``labels['team'] =
  'payments'``. "What broke" in a window are the alerts that started in it (every column); "what
  broke the most" is the service with the most such alerts (``service, count``); "what's broken in
  production at this moment" are the production alerts firing at now. "The checkout side" is the
  ``checkout`` project: "who on the checkout side shipped anything this week" is the distinct
  ``actor`` of its live deployments this week. "Are we deploying less since the payments outage?
  Deploys yesterday before it started versus since it started" is one row of two counts of live
  deployments: from 2025-03-11 00:00 to the outage's start (the first ``opened_at`` of the
  payments-api incidents opened on March 11) excluded, then from that start to now. "Incidents
  pinned on a change" are those whose id is some ``incident_suspects.group_id`` ("what share of
  this month's incidents" is the percentage of the ``alert_groups`` opened this month); "which
  deploys caused incidents this month" are this month's live deployments whose id is some
  ``incident_suspects.change_id`` (every column); "which projects had both an incident and a deploy
  yesterday" is the ``INTERSECT`` of the projects of the incidents opened and of the live
  deployments that day. "Is anything muted right now" are the silences active at now; "who mutes
  alerts the most" is ``created_by, count`` of the silences; "how many alerts did a silence
  actually hold back" counts the ``alert_mutes`` rows with a non-empty ``silenced_by``.
- The alert name ``PostgresReplicationLagHigh``, the service "ios-app", the "warehouse" project,
  the person ``raj.mehta@acme.io`` and a ``uat`` environment are not in the store
  (``ungrounded``); RDS prices, a JavaScript bundle's size, server purchases, SLA credits and
  headcount budgets are not about this data; updating a root cause, muting, silencing, deleting
  resolutions and resolving incidents ask to change the data.
"""

from benchmarks.ask_questions_tenth import NOW_AFTER  # the tenth set's "now" value

_NOW = "TIMESTAMPTZ '2025-03-12 06:00:00+00'"
_TODAY = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_YDAY = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_WEEK = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
_LAST_WEEK = "TIMESTAMPTZ '2025-03-03 00:00:00+00'"
_MONTH = "TIMESTAMPTZ '2025-03-01 00:00:00+00'"
_FEB = "TIMESTAMPTZ '2025-02-01 00:00:00+00'"
_JAN = "TIMESTAMPTZ '2025-01-01 00:00:00+00'"
_H24 = "TIMESTAMPTZ '2025-03-11 06:00:00+00'"
_DEPLOY = "type = 'deployment' AND phase = 'live'"
_CHECKOUT = "('cart-service', 'checkout-web', 'payments-api')"
# the database alerts: PostgresqlTooManyConnections, DBPoolPendingAcquiresHigh, HikariPoolPendingConnections
_DB_ALERT = "(name ILIKE '%postgres%' OR name ILIKE '%pool%')"


def _y(hm: str) -> str:
    """A clock time on 2025-03-11 (yesterday), UTC."""
    return f"TIMESTAMPTZ '2025-03-11 {hm}:00+00'"


def _yday(col: str) -> str:
    return f"{col} >= {_YDAY} AND {col} < {_TODAY}"


def _deploy(alias: str) -> str:
    """A live deployment report of the change_events row ``alias``."""
    return f"{alias}.type = 'deployment' AND {alias}.phase = 'live'"


def _firing_at(t: str) -> str:
    return f"starts_at <= {t} AND (ends_at IS NULL OR ends_at > {t})"


def _silence_end(s: str) -> str:
    """The end of a silence's active span: the earlier of its end and its early expiry."""
    return f"least({s}.ends_at, coalesce({s}.expired_at, {s}.ends_at))"


def _active_at(s: str, t: str) -> str:
    return f"{s}.starts_at <= {t} AND {s}.ends_at > {t} AND ({s}.expired_at IS NULL OR {s}.expired_at > {t})"


def _minutes(a: str, b: str) -> str:
    """Minutes from ``a`` to ``b``, to one decimal."""
    return f"round((epoch({b}) - epoch({a})) / 60, 1)"


# the one HikariPoolPendingConnections alert (payments-api, production, 2025-03-11 14:35:54 UTC)
_HIKARI = "(SELECT starts_at FROM alerts WHERE name = 'HikariPoolPendingConnections')"
_HIKARI_END = "(SELECT ends_at FROM alerts WHERE name = 'HikariPoolPendingConnections')"
# the one PostgresqlTooManyConnections alert (token-service, production, 2025-02-25 10:20:36 UTC)
_PG = "(SELECT starts_at FROM alerts WHERE name = 'PostgresqlTooManyConnections')"
_PG_ENV = "(SELECT environment_canonical FROM alerts WHERE name = 'PostgresqlTooManyConnections')"
# the payments-api v2.14.0 production deploy (2025-03-11 14:31:22 UTC)
_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production' "
    f"AND {_DEPLOY} AND coalesce(details['ref'], version) = 'v2.14.0')"
)
# the payments-api production rollback yesterday (2025-03-11 14:56:37 UTC)
_ROLLBACK = (
    "(SELECT timestamp FROM change_events WHERE service = 'payments-api' AND type = 'rollback' "
    f"AND phase = 'live' AND {_yday('timestamp')})"
)
# the new-checkout-flow flag turned on for checkout-web in production (2025-03-11 10:41:59 UTC)
_FLAG = (
    "(SELECT timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
    "AND details['flag_key'] = 'new-checkout-flow')"
)
_FLAG_ENV = (
    "(SELECT environment FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
    "AND details['flag_key'] = 'new-checkout-flow')"
)
# yesterday's payments outage started: the first payments-api incident opened on 2025-03-11 (14:35:54 UTC)
_OUT_START = f"(SELECT min(opened_at) FROM alert_groups WHERE service = 'payments-api' AND {_yday('opened_at')})"
_HAS_SUSPECT = "id IN (SELECT group_id FROM incident_suspects)"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    (
        "zb001",
        "filters",
        "Pull up every alert that has a datname label on it.",
        "SELECT * FROM alerts WHERE labels['datname'] IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "zb002",
        "filters",
        "alerts with instance=indexer-0",
        "SELECT * FROM alerts WHERE labels['instance'] = 'indexer-0'",
        NOW_AFTER,
    ),
    (
        "zb003",
        "filters",
        "Anything about replication in the logs? Show me the lines that mention replication.",
        "SELECT * FROM log_events WHERE body ILIKE '%replication%'",
        NOW_AFTER,
    ),
    (
        "zb004",
        "filters",
        "payments-api log lines where db.system is postgresql",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND attributes['db.system'] = 'postgresql'",
        NOW_AFTER,
    ),
    (
        "zb005",
        "filters",
        "Show token-service's error log lines from the 10 minutes leading up to the PostgresqlTooManyConnections "
        "alert.",
        f"SELECT * FROM log_events WHERE service = 'token-service' AND is_error AND environment = {_PG_ENV} "
        f"AND timestamp >= {_PG} - INTERVAL 10 MINUTE AND timestamp <= {_PG}",
        NOW_AFTER,
    ),
    (
        "zb006",
        "filters",
        "I own checkout-web. What critical alerts has my service had in prod?",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical' "
        "AND environment_canonical = 'production'",
        NOW_AFTER,
    ),
    (
        "zb007",
        "filters",
        "Which checkout-web log lines show a customer getting a 502 back?",
        "SELECT * FROM log_events WHERE service = 'checkout-web' AND attributes['http.response.status_code'] = '502'",
        NOW_AFTER,
    ),
    (
        "zb008",
        "filters",
        "checkout-web is mine. Which of its error lines landed in the 5 minutes after payments-api v2.14.0 went "
        "live in production?",
        f"SELECT * FROM log_events WHERE service = 'checkout-web' AND is_error AND environment = 'production' "
        f"AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 5 MINUTE",
        NOW_AFTER,
    ),
    (
        "zb009",
        "filters",
        "Give me the hikaricp_connections_pending samples that went over 40.",
        "SELECT * FROM metric_points WHERE name = 'hikaricp_connections_pending' AND value > 40",
        NOW_AFTER,
    ),
    (
        "zb010",
        "filters",
        "Which indexer:queue_drain_seconds samples came back as infinite or NaN?",
        "SELECT * FROM metric_points WHERE name = 'indexer:queue_drain_seconds' AND NOT isfinite(value)",
        NOW_AFTER,
    ),
    (
        "zb011",
        "filters",
        "List the staging incidents that are still open.",
        f"SELECT * FROM alert_groups WHERE environment = 'staging' AND opened_at <= {_NOW} "
        f"AND (resolved_at IS NULL OR resolved_at > {_NOW})",
        NOW_AFTER,
    ),
    (
        "zb012",
        "filters",
        "Which critical incidents still have no resolution written down?",
        "SELECT * FROM alert_groups WHERE max_severity = 'critical' AND id NOT IN (SELECT group_id FROM resolutions)",
        NOW_AFTER,
    ),
    (
        "zb013",
        "filters",
        "Which incidents did maria write the resolution for?",
        "SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM resolutions WHERE resolved_by ILIKE '%maria%')",
        NOW_AFTER,
    ),
    (
        "zb014",
        "filters",
        "What's broken in production at this moment?",
        f"SELECT * FROM alerts WHERE environment_canonical = 'production' AND {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "zb015",
        "filters",
        "Show me what the payments team has been alerted on since the 1st of the month.",
        f"SELECT * FROM alerts WHERE labels['team'] = 'payments' AND starts_at >= {_MONTH} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- time
    (
        "zb016",
        "time",
        "How many alerts per hour did we get yesterday?",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts "
        f"WHERE {_yday('starts_at')} GROUP BY hour",
        NOW_AFTER,
    ),
    (
        "zb017",
        "time",
        "Compare Monday with Tuesday: how many alerts started on each of those weekdays, across all the data?",
        "SELECT dayname(starts_at AT TIME ZONE 'UTC') AS weekday, count(*) AS alerts FROM alerts "
        "WHERE dayname(starts_at AT TIME ZONE 'UTC') IN ('Monday', 'Tuesday') GROUP BY weekday",
        NOW_AFTER,
    ),
    (
        "zb018",
        "time",
        "Alert volume per week since January 1st.",
        f"SELECT date_trunc('week', starts_at) AS week, count(*) AS alerts FROM alerts WHERE starts_at >= {_JAN} "
        "GROUP BY week",
        NOW_AFTER,
    ),
    (
        "zb019",
        "time",
        "At what hour of the day (UTC clock) do we write the most log lines?",
        "SELECT hour(timestamp AT TIME ZONE 'UTC') AS hour, count(*) AS lines FROM log_events GROUP BY hour "
        "ORDER BY lines DESC, hour LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb020",
        "time",
        "Minute by minute, how many log lines did payments-api write in production in the 10 minutes after "
        "the v2.14.0 production deploy went live?",
        "SELECT date_trunc('minute', timestamp) AS minute, count(*) AS lines FROM log_events "
        f"WHERE service = 'payments-api' AND environment = 'production' AND timestamp >= {_V214} "
        f"AND timestamp <= {_V214} + INTERVAL 10 MINUTE GROUP BY minute",
        NOW_AFTER,
    ),
    (
        "zb021",
        "time",
        "db alerts in february, list them",
        f"SELECT * FROM alerts WHERE {_DB_ALERT} AND starts_at >= {_FEB} AND starts_at < {_MONTH}",
        NOW_AFTER,
    ),
    (
        "zb022",
        "time",
        "after yesterday's payments-api rollback, when did hikaricp_connections_pending drop back to 0?",
        "SELECT min(timestamp) FROM metric_points WHERE name = 'hikaricp_connections_pending' AND value = 0 "
        f"AND timestamp >= {_ROLLBACK}",
        NOW_AFTER,
    ),
    (
        "zb023",
        "time",
        "How many minutes after the payments-api v2.14.0 production deploy did hikaricp_connections_pending "
        "first reach 10?",
        f"SELECT {_minutes(_V214, 'min(timestamp)')} FROM metric_points "
        f"WHERE name = 'hikaricp_connections_pending' AND value >= 10 AND timestamp >= {_V214}",
        NOW_AFTER,
    ),
    (
        "zb024",
        "time",
        "Did anything fire on my checkout-web in the last 24 hours?",
        f"SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at >= {_H24} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "zb025",
        "time",
        "checkout-web error lines per hour yesterday between noon and 6pm",
        "SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS error_lines FROM log_events "
        f"WHERE service = 'checkout-web' AND is_error AND timestamp >= {_y('12:00')} AND timestamp <= {_y('18:00')} "
        "GROUP BY hour",
        NOW_AFTER,
    ),
    (
        "zb026",
        "time",
        "How many minutes after yesterday's PaymentsAPIErrorBudgetBurn incident opened was its resolution written "
        "down?",
        f"SELECT {_minutes('g.opened_at', 'r.resolved_at')} FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id "
        f"WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' AND {_yday('g.opened_at')}",
        NOW_AFTER,
    ),
    (
        "zb027",
        "time",
        "How many incidents were opened in January, and how many in February?",
        f"SELECT count(*) FILTER (WHERE opened_at >= {_JAN} AND opened_at < {_FEB}) AS incidents_january, "
        f"count(*) FILTER (WHERE opened_at >= {_FEB} AND opened_at < {_MONTH}) AS incidents_february "
        "FROM alert_groups",
        NOW_AFTER,
    ),
    (
        "zb028",
        "time",
        "Which incidents took longer than an hour to resolve?",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL AND resolved_at - opened_at > INTERVAL 60 MINUTE",
        NOW_AFTER,
    ),
    (
        "zb029",
        "time",
        "What broke overnight, between midnight and 6 this morning?",
        f"SELECT * FROM alerts WHERE starts_at >= {_TODAY} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "zb030",
        "time",
        "How many incidents have we had this week so far, compared with last week?",
        f"SELECT count(*) FILTER (WHERE opened_at >= {_WEEK} AND opened_at <= {_NOW}) AS incidents_this_week, "
        f"count(*) FILTER (WHERE opened_at >= {_LAST_WEEK} AND opened_at < {_WEEK}) AS incidents_last_week "
        "FROM alert_groups",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "zb031",
        "aggregates",
        "MTTR per service for the alerts that started in February.",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS mttr_min FROM alerts "
        f"WHERE ends_at IS NOT NULL AND starts_at >= {_FEB} AND starts_at < {_MONTH} GROUP BY service",
        NOW_AFTER,
    ),
    (
        "zb032",
        "aggregates",
        "Median time to resolve an incident, per project, in minutes.",
        "SELECT project, round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_min "
        "FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY project",
        NOW_AFTER,
    ),
    (
        "zb033",
        "aggregates",
        "Average incident duration in minutes: incidents with a suspect change versus those without one.",
        f"SELECT {_HAS_SUSPECT} AS has_suspect, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) "
        "AS avg_min FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY has_suspect",
        NOW_AFTER,
    ),
    (
        "zb034",
        "aggregates",
        "On average, how many minutes before an incident did its suspect change land?",
        "SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects",
        NOW_AFTER,
    ),
    (
        "zb035",
        "aggregates",
        "Average log lines per hour for payments-api yesterday?",
        "SELECT round(avg(lines), 1) FROM (SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS lines "
        f"FROM log_events WHERE service = 'payments-api' AND {_yday('timestamp')} GROUP BY hour)",
        NOW_AFTER,
    ),
    (
        "zb036",
        "aggregates",
        "What share of yesterday's log lines were errors?",
        "SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) FROM log_events "
        f"WHERE {_yday('timestamp')}",
        NOW_AFTER,
    ),
    (
        "zb037",
        "aggregates",
        "What percentage of all our alerts came from the search project?",
        "SELECT round(100.0 * count(*) FILTER (WHERE project = 'search') / count(*), 1) FROM alerts",
        NOW_AFTER,
    ),
    (
        "zb038",
        "aggregates",
        "Peak of search_indexer_queue_depth this morning?",
        "SELECT max(value) FROM metric_points WHERE name = 'search_indexer_queue_depth' "
        f"AND timestamp >= {_TODAY} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "zb039",
        "aggregates",
        "mean hikaricp_connections_pending while the hikari alert was firing",
        "SELECT round(avg(value), 1) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        f"AND timestamp >= {_HIKARI} AND timestamp < {_HIKARI_END}",
        NOW_AFTER,
    ),
    (
        "zb040",
        "aggregates",
        "How many error lines did user-profile log while the DBPoolPendingAcquiresHigh incident was open?",
        "SELECT count(*) FROM log_events l, alert_groups g "
        "WHERE g.group_labels['alertname'] = 'DBPoolPendingAcquiresHigh' AND l.service = g.service "
        "AND l.environment = g.environment AND l.is_error AND l.timestamp >= g.opened_at "
        f"AND l.timestamp <= coalesce(g.resolved_at, {_NOW})",
        NOW_AFTER,
    ),
    (
        "zb041",
        "aggregates",
        "average minutes to resolve for the db alerts",
        f"SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts WHERE {_DB_ALERT} "
        "AND ends_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "zb042",
        "aggregates",
        "For my checkout-web yesterday: the number of error lines and the number of lines in total.",
        "SELECT count(*) FILTER (WHERE is_error) AS error_lines, count(*) AS lines FROM log_events "
        f"WHERE service = 'checkout-web' AND {_yday('timestamp')}",
        NOW_AFTER,
    ),
    (
        "zb043",
        "aggregates",
        "Did my flag flip hurt checkout-web? What percentage of its log lines were errors in the hour after the "
        "new checkout flow flag was turned on?",
        "SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) FROM log_events "
        f"WHERE service = 'checkout-web' AND environment = {_FLAG_ENV} AND timestamp >= {_FLAG} "
        f"AND timestamp <= {_FLAG} + INTERVAL 60 MINUTE",
        NOW_AFTER,
    ),
    (
        "zb044",
        "aggregates",
        "On average, how many alerts a day are we seeing this week?",
        "SELECT round(avg(alerts), 1) FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts "
        f"FROM alerts WHERE starts_at >= {_WEEK} AND starts_at <= {_NOW} GROUP BY day)",
        NOW_AFTER,
    ),
    (
        "zb045",
        "aggregates",
        "What share of this month's incidents were pinned on a change?",
        f"SELECT round(100.0 * count(*) FILTER (WHERE {_HAS_SUSPECT}) / count(*), 1) FROM alert_groups "
        f"WHERE opened_at >= {_MONTH} AND opened_at <= {_NOW}",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "zb046",
        "top_n",
        "Which team is struggling the most this month?",
        "SELECT labels['team'] AS team, count(*) AS alerts FROM alerts WHERE labels['team'] IS NOT NULL "
        f"AND starts_at >= {_MONTH} AND starts_at <= {_NOW} GROUP BY team ORDER BY alerts DESC, team LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb047",
        "top_n",
        "What broke the most this week?",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= {_WEEK} AND starts_at <= {_NOW} "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb048",
        "top_n",
        "Top 3 projects by number of incidents since February 1st.",
        f"SELECT project, count(*) AS incidents FROM alert_groups WHERE opened_at >= {_FEB} AND opened_at <= {_NOW} "
        "GROUP BY project ORDER BY incidents DESC, project LIMIT 3",
        NOW_AFTER,
    ),
    (
        "zb049",
        "top_n",
        "Whose changes have been blamed for the most incidents?",
        "SELECT change_actor, count(*) AS incidents FROM incident_suspects GROUP BY change_actor "
        "ORDER BY incidents DESC, change_actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb050",
        "top_n",
        "Busiest weekday for alerts?",
        "SELECT dayname(starts_at AT TIME ZONE 'UTC') AS weekday, count(*) AS alerts FROM alerts GROUP BY weekday "
        "ORDER BY alerts DESC, weekday LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb051",
        "top_n",
        "Top 5 services by log volume yesterday.",
        f"SELECT service, count(*) AS lines FROM log_events WHERE {_yday('timestamp')} GROUP BY service "
        "ORDER BY lines DESC, service LIMIT 5",
        NOW_AFTER,
    ),
    (
        "zb052",
        "top_n",
        "Which hour yesterday had the most error log lines?",
        "SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS error_lines FROM log_events "
        f"WHERE is_error AND {_yday('timestamp')} GROUP BY hour ORDER BY error_lines DESC, hour LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb053",
        "top_n",
        "In the 30 minutes after the v2.14.0 production deploy, which 3 services logged the most errors in production?",
        "SELECT service, count(*) AS error_lines FROM log_events WHERE is_error AND environment = 'production' "
        f"AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 30 MINUTE GROUP BY service "
        "ORDER BY error_lines DESC, service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "zb054",
        "top_n",
        "Which service had the most incidents in February?",
        f"SELECT service, count(*) AS incidents FROM alert_groups WHERE opened_at >= {_FEB} AND opened_at < {_MONTH} "
        "GROUP BY service ORDER BY incidents DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb055",
        "top_n",
        "The five incidents opened in February that took the longest to resolve.",
        f"SELECT * FROM alert_groups WHERE opened_at >= {_FEB} AND opened_at < {_MONTH} AND resolved_at IS NOT NULL "
        "ORDER BY resolved_at - opened_at DESC LIMIT 5",
        NOW_AFTER,
    ),
    (
        "zb056",
        "top_n",
        "Which type of change is most often the suspect behind an incident?",
        "SELECT change_type, count(*) AS incidents FROM incident_suspects GROUP BY change_type "
        "ORDER BY incidents DESC, change_type LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb057",
        "top_n",
        "which instance has the most alerts",
        "SELECT labels['instance'] AS instance, count(*) AS alerts FROM alerts WHERE labels['instance'] IS NOT NULL "
        "GROUP BY instance ORDER BY alerts DESC, instance LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb058",
        "top_n",
        "top 3 payments-api log patterns by error count yesterday",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
        f"AND {_yday('minute')} GROUP BY template ORDER BY errors DESC, template LIMIT 3",
        NOW_AFTER,
    ),
    (
        "zb059",
        "top_n",
        "Who has deployed checkout-web the most?",
        f"SELECT actor, count(*) AS deploys FROM change_events WHERE {_DEPLOY} AND service = 'checkout-web' "
        "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb060",
        "top_n",
        "Top 3 error templates in checkout-web's logs over the last 24 hours.",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'checkout-web' "
        f"AND minute >= {_H24} AND minute <= {_NOW} GROUP BY template ORDER BY errors DESC, template LIMIT 3",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zb061",
        "changes",
        "Every deploy of my checkout-web to production, please.",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND service = 'checkout-web' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "zb062",
        "changes",
        "Who flipped the new checkout flow flag, and when?",
        "SELECT actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND details['flag_key'] = 'new-checkout-flow'",
        NOW_AFTER,
    ),
    (
        "zb063",
        "changes",
        "Which checkout-web versions have gone out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events "
        f"WHERE {_DEPLOY} AND service = 'checkout-web' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "zb064",
        "changes",
        "Did my flag flip break anything? Any checkout-web alerts within an hour after the new checkout flow flag "
        "was turned on?",
        f"SELECT * FROM alerts WHERE service = 'checkout-web' AND environment_canonical = {_FLAG_ENV} "
        f"AND starts_at >= {_FLAG} AND starts_at <= {_FLAG} + INTERVAL 60 MINUTE",
        NOW_AFTER,
    ),
    (
        "zb065",
        "changes",
        "config updates on token-service: the key, old value and new value",
        "SELECT details['key'] AS key, details['old'] AS old, details['new'] AS new FROM change_events "
        "WHERE type = 'config_update' AND phase = 'live' AND service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "zb066",
        "changes",
        "What changed on token-service in the hour before the PostgresqlTooManyConnections alert fired?",
        f"SELECT * FROM change_events WHERE phase = 'live' AND service = 'token-service' AND environment = {_PG_ENV} "
        f"AND timestamp >= {_PG} - INTERVAL 60 MINUTE AND timestamp <= {_PG}",
        NOW_AFTER,
    ),
    (
        "zb067",
        "changes",
        "any config changes about a timeout?",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND summary ILIKE '%timeout%'",
        NOW_AFTER,
    ),
    (
        "zb068",
        "changes",
        "Deploys per week since the start of the year.",
        f"SELECT date_trunc('week', timestamp) AS week, count(*) AS deploys FROM change_events WHERE {_DEPLOY} "
        f"AND timestamp >= {_JAN} GROUP BY week",
        NOW_AFTER,
    ),
    (
        "zb069",
        "changes",
        "Scale events per service yesterday.",
        "SELECT service, count(*) AS scale_events FROM change_events WHERE type = 'scale' AND phase = 'live' "
        f"AND {_yday('timestamp')} GROUP BY service",
        NOW_AFTER,
    ),
    (
        "zb070",
        "changes",
        "Deploys on Monday versus Tuesday this week.",
        f"SELECT count(*) FILTER (WHERE timestamp >= {_WEEK} AND timestamp < {_YDAY}) AS deploys_monday, "
        f"count(*) FILTER (WHERE {_yday('timestamp')}) AS deploys_tuesday FROM change_events WHERE {_DEPLOY}",
        NOW_AFTER,
    ),
    (
        "zb071",
        "changes",
        "For each rollback, the service and how many minutes after the deploy it undid it went live.",
        "SELECT r.service, "
        + _minutes(
            "(SELECT max(d.timestamp) FROM change_events d WHERE "
            + _deploy("d")
            + " AND d.service = r.service AND d.environment = r.environment AND d.timestamp < r.timestamp)",
            "r.timestamp",
        )
        + " AS minutes_after FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'",
        NOW_AFTER,
    ),
    (
        "zb072",
        "changes",
        "Changes made in February that were later blamed for an incident.",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects) "
        f"AND timestamp >= {_FEB} AND timestamp < {_MONTH}",
        NOW_AFTER,
    ),
    (
        "zb073",
        "changes",
        "How many distinct flag changes have been named as an incident's suspect?",
        "SELECT count(DISTINCT change_id) FROM incident_suspects WHERE change_type = 'flag_change'",
        NOW_AFTER,
    ),
    (
        "zb074",
        "changes",
        "Are we deploying less since the payments outage? Deploys yesterday before it started versus since it started.",
        f"SELECT count(*) FILTER (WHERE timestamp >= {_YDAY} AND timestamp < {_OUT_START}) AS deploys_before, "
        f"count(*) FILTER (WHERE timestamp >= {_OUT_START} AND timestamp <= {_NOW}) AS deploys_since "
        f"FROM change_events WHERE {_DEPLOY}",
        NOW_AFTER,
    ),
    (
        "zb075",
        "changes",
        "Who on the checkout side shipped anything this week?",
        f"SELECT DISTINCT actor FROM change_events WHERE {_DEPLOY} AND project = 'checkout' "
        f"AND timestamp >= {_WEEK} AND timestamp <= {_NOW}",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "zb076",
        "silences",
        "silences whose comment mentions identity-db",
        "SELECT * FROM silences WHERE comment ILIKE '%identity-db%'",
        NOW_AFTER,
    ),
    (
        "zb077",
        "silences",
        "who silenced the identity project in prod, and when did they create it",
        "SELECT created_by, created_at FROM silences WHERE project = 'identity' "
        "AND environment_canonical = 'production'",
        NOW_AFTER,
    ),
    (
        "zb078",
        "silences",
        "how many hours did the identity-db upgrade silence last",
        "SELECT round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences WHERE comment ILIKE '%identity-db%'",
        NOW_AFTER,
    ),
    (
        "zb079",
        "silences",
        "Has anyone muted alerts on any of the checkout services? Show me the silences.",
        f"SELECT * FROM silences WHERE project = 'checkout' OR service IN {_CHECKOUT}",
        NOW_AFTER,
    ),
    (
        "zb080",
        "silences",
        "Who put the silence on cart-service, and who took it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "zb081",
        "silences",
        "Which silences were created while yesterday's payments outage was going on, on any service?",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = 'payments-api' "
        f"AND {_yday('g.opened_at')} AND s.created_at >= g.opened_at "
        f"AND s.created_at <= coalesce(g.resolved_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "zb082",
        "silences",
        "Silences created per month.",
        "SELECT date_trunc('month', created_at) AS month, count(*) AS silences FROM silences GROUP BY month",
        NOW_AFTER,
    ),
    (
        "zb083",
        "silences",
        "Which day of the week do people create the most silences on?",
        "SELECT dayname(created_at AT TIME ZONE 'UTC') AS weekday, count(*) AS silences FROM silences "
        "GROUP BY weekday ORDER BY silences DESC, weekday LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb084",
        "silences",
        "What percentage of silences were scheduled ahead of time?",
        "SELECT round(100.0 * count(*) FILTER (WHERE starts_at > created_at) / count(*), 1) FROM silences",
        NOW_AFTER,
    ),
    (
        "zb085",
        "silences",
        "Average silence length per author, in minutes.",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_min FROM silences "
        "GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "zb086",
        "silences",
        "How many silences were created within 15 minutes after an alert started on the same service?",
        "SELECT count(*) FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = s.service "
        "AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical) "
        "AND s.created_at >= a.starts_at AND s.created_at <= a.starts_at + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "zb087",
        "silences",
        "For every indexer silence, how many indexer alerts started while it was active? Include the ones with zero.",
        "SELECT s.silence_id, (SELECT count(*) FROM alerts a WHERE a.service = 'indexer' "
        "AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical) "
        f"AND a.starts_at >= s.starts_at AND a.starts_at < {_silence_end('s')}) AS alerts "
        "FROM silences s WHERE s.service = 'indexer'",
        NOW_AFTER,
    ),
    (
        "zb088",
        "silences",
        "Is anything muted right now?",
        f"SELECT * FROM silences s WHERE {_active_at('s', _NOW)}",
        NOW_AFTER,
    ),
    (
        "zb089",
        "silences",
        "Who mutes alerts the most?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
        "ORDER BY silences DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "zb090",
        "silences",
        "How many alerts did a silence actually hold back?",
        "SELECT count(*) FROM alert_mutes WHERE len(silenced_by) > 0",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "zb091",
        "joins",
        "did the db alerts line up with a deploy? db alerts that started within 15 minutes after a deploy of the "
        "same service",
        f"SELECT * FROM alerts a WHERE {_DB_ALERT} AND EXISTS (SELECT 1 FROM change_events c WHERE {_deploy('c')} "
        "AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND c.timestamp >= a.starts_at - INTERVAL 15 MINUTE AND c.timestamp <= a.starts_at)",
        NOW_AFTER,
    ),
    (
        "zb092",
        "joins",
        "count payments-api error lines mentioning HikariPool in the 10 minutes after the v2.14.0 production deploy",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND is_error "
        f"AND body ILIKE '%HikariPool%' AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 10 MINUTE",
        NOW_AFTER,
    ),
    (
        "zb093",
        "joins",
        "early warnings before the hikari incident",
        "SELECT * FROM incident_warnings WHERE group_id IN (SELECT id FROM alert_groups "
        "WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')",
        NOW_AFTER,
    ),
    (
        "zb094",
        "joins",
        "Which new log patterns showed up before the checkout-web incidents yesterday?",
        "SELECT * FROM incident_log_patterns WHERE is_new AND group_id IN (SELECT id FROM alert_groups "
        f"WHERE service = 'checkout-web' AND {_yday('opened_at')})",
        NOW_AFTER,
    ),
    (
        "zb095",
        "joins",
        "checkout-web alerts that fired within 15 minutes after a payments-api deploy",
        "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM change_events c "
        f"WHERE {_deploy('c')} AND c.service = 'payments-api' AND c.environment = a.environment_canonical "
        "AND c.timestamp >= a.starts_at - INTERVAL 15 MINUTE AND c.timestamp <= a.starts_at)",
        NOW_AFTER,
    ),
    (
        "zb096",
        "joins",
        "For each checkout-web deploy: its environment, its version and how many checkout-web error lines came in "
        "the 30 minutes after it.",
        "SELECT d.environment, coalesce(d.details['ref'], d.version) AS version, (SELECT count(*) FROM log_events l "
        "WHERE l.service = 'checkout-web' AND l.environment = d.environment AND l.is_error "
        "AND l.timestamp >= d.timestamp AND l.timestamp <= d.timestamp + INTERVAL 30 MINUTE) AS error_lines "
        f"FROM change_events d WHERE {_deploy('d')} AND d.service = 'checkout-web'",
        NOW_AFTER,
    ),
    (
        "zb097",
        "joins",
        "Which services threw an early warning within an hour after one of their own deploys?",
        "SELECT DISTINCT w.labels['service'] AS service FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c "
        f"WHERE {_deploy('c')} AND c.service = w.labels['service'] AND c.environment = w.labels['environment'] "
        "AND w.starts_at >= c.timestamp AND w.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "zb098",
        "joins",
        "Which services got paged within 30 minutes after one of their own deploys, and how many alerts each?",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        f"WHERE {_deploy('c')} AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND c.timestamp >= a.starts_at - INTERVAL 30 MINUTE AND c.timestamp <= a.starts_at) GROUP BY a.service",
        NOW_AFTER,
    ),
    (
        "zb099",
        "joins",
        "For each production deploy yesterday: the service, when it went live, and how many alerts hit that service "
        "in the following hour.",
        "SELECT d.service, d.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = d.service "
        "AND a.environment_canonical = d.environment AND a.starts_at >= d.timestamp "
        "AND a.starts_at <= d.timestamp + INTERVAL 60 MINUTE) AS alerts FROM change_events d "
        f"WHERE {_deploy('d')} AND d.environment = 'production' AND {_yday('d.timestamp')}",
        NOW_AFTER,
    ),
    (
        "zb100",
        "joins",
        "Incidents with their suspect change: the alert name, when the incident opened, the change type and who "
        "made the change.",
        "SELECT group_labels['alertname'] AS alertname, opened_at, change_type, change_actor FROM incident_suspects",
        NOW_AFTER,
    ),
    (
        "zb101",
        "joins",
        "How many incidents had neither an early warning nor a suspect change?",
        "SELECT count(*) FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings) "
        "AND id NOT IN (SELECT group_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "zb102",
        "joins",
        "Median minutes from suspect change to incident, by change type.",
        "SELECT change_type, round(median(lag_s) / 60, 1) AS median_min FROM incident_suspects GROUP BY change_type",
        NOW_AFTER,
    ),
    (
        "zb103",
        "joins",
        "For each critical incident that has a resolution: the service, the alert name and the fix.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id WHERE g.max_severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "zb104",
        "joins",
        "Which deploys caused incidents this month?",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND timestamp >= {_MONTH} AND timestamp <= {_NOW} "
        "AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "zb105",
        "joins",
        "Which projects had both an incident and a deploy yesterday?",
        f"SELECT project FROM alert_groups WHERE {_yday('opened_at')} INTERSECT "
        f"SELECT project FROM change_events WHERE {_DEPLOY} AND {_yday('timestamp')}",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "zb106",
        "refusals",
        "What does a db.r6g.2xlarge RDS instance cost per month in eu-west-1?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "zb107",
        "refusals",
        "Update the root cause of the hikari incident to 'pool misconfigured in v2.14.0'.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "zb108",
        "refusals",
        "Show me the PostgresReplicationLagHigh alerts from last week.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "zb109",
        "refusals",
        "How big is the checkout-web JavaScript bundle after the last build?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "zb110",
        "refusals",
        "Mute all the checkout-web alerts until tomorrow morning.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "zb111",
        "refusals",
        "Any alerts on ios-app since yesterday?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "zb112",
        "refusals",
        "How many extra servers should we order ahead of Black Friday?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "zb113",
        "refusals",
        "silence indexer for 2h",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "zb114",
        "refusals",
        "Log volume per day for the warehouse project.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "zb115",
        "refusals",
        "What SLA credits do we owe our enterprise customers for Q1?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "zb116",
        "refusals",
        "Delete the January resolutions, they're all wrong.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "zb117",
        "refusals",
        "Incidents resolved by raj.mehta@acme.io, please.",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "zb118",
        "refusals",
        "What's next year's headcount budget for the platform team?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "zb119",
        "refusals",
        "Resolve all open incidents.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "zb120",
        "refusals",
        "How many deploys went to the uat environment this month?",
        "ungrounded",
        NOW_AFTER,
    ),
]
