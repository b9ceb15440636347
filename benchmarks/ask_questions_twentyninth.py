"""The twenty-ninth ask question set: ids zj001..zj120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (to wire the set in), the module docstrings
of the earlier sets (to choose people who had not spoken before and to keep their conventions), the first ten rows of
``ask_questions_twentyeighth`` (for the file's format), and the demo store itself, opened read-only (records from
2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Each row is
``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person, environment, cluster or
alert name the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- a network / edge engineer who runs the ingress and load balancers, at 08:45 on Wednesday 12 March: clusters,
  5xx and status codes, lines that came back 502, scale events, what alerted after a deploy; very terse lower case
  with the trade's shorthand ("svc", "yday", "7d", "last 24h", "15m", "w/", "#");
- the engineer who owns the nightly end-to-end test suite, at 08:30 on Wednesday, who puts the context first ("our
  e2e run against staging went red between 00:30 and 01:30", "the login tests run against auth-api in staging")
  and then asks: staging alerts, deploys, flags, versions and silences, and what followed a staging deploy;
- an engineer of the external contractor team that maintains cart-service and user-profile, at 12:15 on
  Wednesday, writing English as a second language ("which alerts was firing while a silence was existing", "how
  many alerts had cart-service", "exists some silence that really muted alerts?"), with one meaning each time;
- counsel from the legal team preparing for a possible merchant dispute over the March 11 outage, at 15:00 on
  Friday 14 March: formal full sentences with dates and years ("on 11 March 2025", "since 1 January 2025", "the
  week commencing 3 March 2025"), who did what, durations, suspect changes, incidents without a resolution;
- the scribe taking notes in the incident review on Monday 17 March at 14:00, typing fragments fast while people
  talk, with slips and shorthand ("tues the 11th", "betwen", "crit", "b4", "sils", "ppl", "w/in", "+").

47 of the 105 questions that are not refusals relate two kinds of record in time or by scope (a deploy and the
alerts, log lines or 5xx lines after it; alerts and changes before a named alert or between a deploy and its
rollback; incidents and their suspects, early warnings and resolutions; silences in effect while alerts fired or
incidents opened, silences created during an incident, the silences that muted something and the alerts kenji's
silences muted; acks while the alert was firing): six in each of filters, aggregates, top_n and silences, five in
time, three in changes (its deploys followed by a rollback relate two kinds of change, not counted; its timeline
question is not counted either), and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the e2e suite owner at
  2025-03-12 08:30, the edge engineer at 08:45, the contractor at 12:15 (all Wednesday, after every record), counsel
  at Friday 2025-03-14 15:00 and the scribe at Monday 2025-03-17 14:00. "Yesterday", "yday", "on 11 March 2025",
  "tues the 11th" and "on the 11th" are ``[2025-03-11, 2025-03-12)``; "this week" and "since Monday" run from
  2025-03-10 00:00 to now; the contractor's "last week" is ``[2025-03-03, 2025-03-10)`` and the scribe's "last wk"
  ``[2025-03-10, 2025-03-17)``, "the wk before" ``[2025-03-03, 2025-03-10)``; "the week commencing 3 March 2025"
  ``[2025-03-03, 2025-03-10)``; "last 12h", "last 24h", "7d", "past 7d" and "last 30d" are ``(now - N, now]``;
  "since 1 February" / "since 1 January 2025" from that day to now; "in February 2025" ``[2025-02-01,
  2025-03-01)``; "between 00:30 and 01:30 UTC" (last night, the 12th), "between 14:00 and 15:00 UTC on 11 March
  2025", "from yesterday between 14:30 and 15:00" and "tues 14:25-15:00" include their start and exclude their end;
  "between 00:00 and 04:00 UTC, on any night" is the hour of the clock (``hour(starts_at) < 4``) over all the data.
  A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, a log line's ``timestamp``); hours and days are ``time_bucket`` in UTC.
- Alerts are the ``alerts`` view's rows (every column for a list; "still firing" / "still open" at now by the view's
  rule), incidents ``alert_groups``' rows, silences the ``silences`` view's rows, log lines ``log_events``' rows
  ("error logs" / "error lines" ``is_error``; a line that "came back 502" / "answered 502" by
  ``attributes['http.response.status_code']``, "5xx lines" ``LIKE '5__'``), acks and snoozes the audit log's rows.
  Changes are their ``phase = 'live'`` reports, "deploys" ``type = 'deployment'``, "rollbacks" / "rolled back"
  ``type = 'rollback'``, "flags toggled" / "flipped" ``type = 'flag_change'``, "scale-downs" ``type = 'scale'`` with
  fewer replicas after (``details['replicas_to'] < details['replicas_from']``), "what changed" every live report,
  scale events included; "requested" deployments ask for that phase. A version is ``coalesce(details['ref'],
  version)``; the version running in an environment is that of the last live deployment or rollback there (at the
  end of 11 March for counsel's question). "5xx alerts" are alerts whose name contains ``5xx``; "the prod-eu-west-1
  cluster" is ``labels['cluster']``; "the checkout svcs" are ``project = 'checkout'``; "maria's" / "kenji's"
  silences are ``created_by ILIKE '%maria%'`` / ``'%kenji%'``; people are answered as stored, bots included ("who
  rolled back", "which two actors" count the ``actor`` column as it is).
- Named events: "the payments-api v2.14.0 prod deploy" / "when payments-api v2.14.0 went live in production" is its
  live production deployment (14:31:22 on the 11th) and "the rollback" payments-api's live production rollback
  after it (14:56:37); "our cart-service v3.7.5 go live in production yesterday" is 10:25:25; "auth-api v4.2.2 went
  out to staging yesterday" is 16:15:55; "the first checkout-web alert on the 11th" is the earliest checkout-web
  alert that day (a scalar subquery); "the first of those alerts" (auth-api's staging LoginSuccessRateLow alerts
  yesterday) is 09:18:40.080894; "the UpstreamDependencyErrors alert yesterday" the cart-service alert of that name
  on the 11th; "the cart-service silence" the one silence pinning cart-service (maria.gonzalez's, expired early).
  Changes before a named alert are those of its environment in ``[t - N, t]``; alerts after a named deploy "on any
  service" are every alert in ``[t, t + N]`` (the environment when the question names one); log lines after or
  around the payments-api events are the named service's lines in production (``[t - 5 min, t]`` for "in the 5 min
  before", ``[t - 5 min, t + 5 min]`` for "5 min either side"); the alerts "between the v2.14.0 prod deploy and the
  rollback" are payments-api's with ``starts_at`` from the one to the other, both included.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``): an alert "within N after" a deploy, a scale event or "one of its own deploys" starts in ``[t, t +
  N]``; a deploy "with an alert within 15m after" / "followed by" an alert or a rollback has one there, "not followed
  by any alert in the next hour" none; "which other checkout svcs alerted in the 15m after a payments-api deploy"
  meets on the project with ``<>`` service, the services once each; "staging alerts with no deploy of their service
  in the hour before them" is an anti-join on ``[starts_at - 60 min, starts_at]``. An incident is open from
  ``opened_at`` to ``resolved_at`` (now while unresolved); a deploy "while an incident of the same service was
  still open" lies in that span, and so does a silence's ``created_at`` for "created while an incident on the same
  service was open" (a silence meets the incident's environment when it pins one). A silence is in effect from
  ``starts_at`` to its end or its expiry, whichever came first; alerts "firing while a silence ... was in effect"
  share a moment with that span (an alert still firing runs until now); an incident "opened while a silence covering
  the same service was in effect" opened inside it; silences "in effect in staging when" a named change went out are
  active at its instant, in staging or pinning no environment; "how long was it on before maria expired it" runs
  from ``starts_at`` to ``expired_at``. An ack names its alert by its ``alertname`` and ``service`` equality matchers
  and counts when it came while that alert was firing. "Suspect change" and "blamed" mean ``incident_suspects``
  ("the changes identified as the suspect change of a critical incident" are the ``change_events`` rows those rows
  name, "which type of change got blamed" counts its rows per ``change_type``); "early warnings before it" are
  ``incident_warnings``' rows; "no early warning b4 them" an anti-join on it; "no resolution has been recorded" no
  row of ``resolutions``; "really muted alerts" named in ``alert_mutes.silenced_by``. "For each X: a, b and how many
  Y" is one row per X with those columns and a count, zeros included (a ``LEFT JOIN``); "avg # of alerts ... after
  each prod deploy" is the mean of those counts over every live production deployment.
- Aggregates: durations in minutes to one decimal (hours when asked); "time for resolve" of alerts runs from start
  to end of the resolved ones, "mean time to resolve" of incidents from ``opened_at`` to ``resolved_at`` of the
  resolved ones; "how many minutes was payments-api affected" runs from the first of its alerts' start that day to
  the last one's end; a silence's length is ``starts_at`` to ``ends_at``; a suspect's lag is ``lag_s`` in minutes, a
  warning's lead ``lead_min``; percentages are ``round(100.0 * part / whole, 1)``; medians to one decimal; "max" of
  a metric named by its name is its samples' maximum, the value alone; "total # of alerts and # of crit alerts" is
  two counts side by side. Counts per value are ``value, count``, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most"
  and "whose ... the most" ask for one row; "the five longest resolved alerts" are whole rows ranked by duration;
  "error messages" are ``log_pattern_counts`` summed per template text; "which cluster" leaves out alerts without a
  ``cluster`` label.
- Refusals: the region ap-south-1, the person thomas.mueller@acme.io, the "preprod" environment and the services
  "shipping-service" and "the inventory svc" are ungrounded; load-balancer algorithms, contractual liability,
  Cypress test flakiness, configuring Spring WebClient retries and who takes the review's action items are not
  about this data; changing a load-balancer timeout, deleting audit log entries, expiring a silence, creating a
  silence and marking an incident resolved ask to change the data.
"""

from __future__ import annotations

EDGE = "2025-03-12T08:45:00Z"
E2E = "2025-03-12T08:30:00Z"
CONTRACTOR = "2025-03-12T12:15:00Z"
COUNSEL = "2025-03-14T15:00:00Z"
SCRIBE = "2025-03-17T14:00:00Z"

ROWS = [
    # --- filters -------------------------------------------------------------------------------------------------
    (
        "zj001",
        "filters",
        "whats still firing in the prod-eu-west-1 cluster",
        """SELECT * FROM alerts
           WHERE labels['cluster'] = 'prod-eu-west-1'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:45:00+00')""",
        EDGE,
    ),
    (
        "zj002",
        "filters",
        "5xx alerts prod 7d",
        """SELECT * FROM alerts
           WHERE name ILIKE '%5xx%' AND environment_canonical = 'production'
             AND starts_at > TIMESTAMPTZ '2025-03-05 08:45:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:45:00+00'""",
        EDGE,
    ),
    (
        "zj003",
        "filters",
        "cart-service lines that came back 502 in the 10 min after payments-api v2.14.0 went live in prod",
        """SELECT * FROM log_events
           WHERE service = 'cart-service' AND environment = 'production'
             AND attributes['http.response.status_code'] = '502'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        EDGE,
    ),
    (
        "zj004",
        "filters",
        "Please provide every critical alert raised for payments-api on 11 March 2025.",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj005",
        "filters",
        "Please list the incidents opened on 11 March 2025 for which no suspect change has been identified.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        COUNSEL,
    ),
    (
        "zj006",
        "filters",
        "Please identify all actions recorded in the audit log by maria.gonzalez@acme.io.",
        "SELECT * FROM audit_log WHERE actor = 'maria.gonzalez@acme.io'",
        COUNSEL,
    ),
    (
        "zj007",
        "filters",
        "Last night our e2e run against staging went red somewhere between 00:30 and 01:30 UTC. "
        "Were there any staging alerts in that window?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 01:30:00+00'""",
        E2E,
    ),
    (
        "zj008",
        "filters",
        "The e2e login tests run against auth-api in staging. Which of its staging alerts started within 30 minutes "
        "after a staging deploy of auth-api?",
        """SELECT * FROM alerts a
           WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        E2E,
    ),
    (
        "zj009",
        "filters",
        "Our production smoke test kept getting 502s from checkout-web yesterday. Show me the checkout-web "
        "production log lines that answered 502 yesterday.",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND attributes['http.response.status_code'] = '502'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        E2E,
    ),
    (
        "zj010",
        "filters",
        "Please, which alerts of user-profile in production are still open in this moment?",
        """SELECT * FROM alerts
           WHERE service = 'user-profile' AND environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 12:15:00+00')""",
        CONTRACTOR,
    ),
    (
        "zj011",
        "filters",
        "We are the team of cart-service. Which cart-service alerts was firing while a silence on cart-service "
        "was existing?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 12:15:00+00') > s.starts_at)""",
        CONTRACTOR,
    ),
    (
        "zj012",
        "filters",
        "show me the error logs of cart-service in production from yesterday between 14:30 and 15:00",
        """SELECT * FROM log_events
           WHERE service = 'cart-service' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        CONTRACTOR,
    ),
    (
        "zj013",
        "filters",
        "crit alerts on tues the 11th, all svcs",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCRIBE,
    ),
    (
        "zj014",
        "filters",
        "incidents w/ a suspect deploy, last wk",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_suspects WHERE change_type = 'deployment')""",
        SCRIBE,
    ),
    (
        "zj015",
        "filters",
        "which payments-api alerts fired betwen the v2.14.0 prod deploy and the rollback",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        SCRIBE,
    ),
    # --- time ----------------------------------------------------------------------------------------------------
    (
        "zj016",
        "time",
        "prod alerts last 12h",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at > TIMESTAMPTZ '2025-03-11 20:45:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:45:00+00'""",
        EDGE,
    ),
    (
        "zj017",
        "time",
        "alerts per hour yday in prod-eu-west-1",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE labels['cluster'] = 'prod-eu-west-1'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        EDGE,
    ),
    (
        "zj018",
        "time",
        "payments-api prod log lines in the 5 min before the rollback went live yday",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 5 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        EDGE,
    ),
    (
        "zj019",
        "time",
        "Please list all changes that went live in production between 14:00 and 15:00 UTC on 11 March 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj020",
        "time",
        "For the record, please list every alert, on any service, that began in the thirty minutes following the "
        "moment payments-api v2.14.0 went live in production on 11 March 2025.",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        COUNSEL,
    ),
    (
        "zj021",
        "time",
        "How many alerts were raised in the week commencing 3 March 2025?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj022",
        "time",
        "The nightly e2e run goes from midnight to 04:00 UTC, every night. Over all the data, how many staging "
        "alerts started between 00:00 and 04:00 UTC, on any night?",
        """SELECT count(*) FROM alerts
           WHERE environment_canonical = 'staging' AND hour(starts_at) < 4""",
        E2E,
    ),
    (
        "zj023",
        "time",
        "The e2e login tests failed yesterday morning when auth-api in staging started reporting "
        "LoginSuccessRateLow. What changed in staging in the hour before the first of those alerts?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'staging'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 09:18:40.080894+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 09:18:40.080894+00'""",
        E2E,
    ),
    (
        "zj024",
        "time",
        "I compare every run with the alert history. How many alerts per day have there been since Monday?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        E2E,
    ),
    (
        "zj025",
        "time",
        "How many alerts had cart-service and user-profile yesterday, each one separate?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE service IN ('cart-service', 'user-profile')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service""",
        CONTRACTOR,
    ),
    (
        "zj026",
        "time",
        "After our cart-service v3.7.5 go live in production yesterday, some alert started in production in the "
        "next 2 hours, on any service?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 10:25:25+00'
                               AND TIMESTAMPTZ '2025-03-11 10:25:25+00' + INTERVAL 2 HOUR""",
        CONTRACTOR,
    ),
    (
        "zj027",
        "time",
        "Which silences were created last week? I was in holidays.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        CONTRACTOR,
    ),
    (
        "zj028",
        "time",
        "timeline pls: alerts + changes per minute, checkout prod, tues 14:25-15:00",
        """SELECT * FROM timeline
           WHERE project = 'checkout' AND environment = 'production'
             AND bucket >= TIMESTAMPTZ '2025-03-11 14:25:00+00'
             AND bucket < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        SCRIBE,
    ),
    (
        "zj029",
        "time",
        "what changed in the 15 min before the first checkout-web alert on the 11th",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 15 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SCRIBE,
    ),
    (
        "zj030",
        "time",
        "how many alerts last wk vs the wk before",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        SCRIBE,
    ),
    # --- aggregates ----------------------------------------------------------------------------------------------
    (
        "zj031",
        "aggregates",
        "max service:http_errors:ratio_rate1m for checkout-web yday",
        """SELECT max(value) FROM metric_points
           WHERE name = 'service:http_errors:ratio_rate1m' AND labels['service'] = 'checkout-web'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EDGE,
    ),
    (
        "zj032",
        "aggregates",
        "5xx lines per svc, last 24h",
        """SELECT service, count(*) AS lines
           FROM log_events
           WHERE attributes['http.response.status_code'] LIKE '5__'
             AND timestamp > TIMESTAMPTZ '2025-03-11 08:45:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:45:00+00'
           GROUP BY service
           ORDER BY lines DESC, service""",
        EDGE,
    ),
    (
        "zj033",
        "aggregates",
        "avg # of alerts on the same svc in the 15m after each prod deploy",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        EDGE,
    ),
    (
        "zj034",
        "aggregates",
        "For how many minutes was payments-api affected on 11 March 2025, measured from the start of its first "
        "alert until the end of its last?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 15:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj035",
        "aggregates",
        "What was the mean time to resolve, in minutes, of the incidents opened on 11 March 2025 for which a "
        "suspect change was identified?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND resolved_at IS NOT NULL
             AND id IN (SELECT group_id FROM incident_suspects)""",
        COUNSEL,
    ),
    (
        "zj036",
        "aggregates",
        "What percentage of the alerts raised in February 2025 were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1)
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj037",
        "aggregates",
        "The e2e suite retries a test whenever the staging HighLatencyP99 alert is on, so I need to know how long it "
        "usually stays on. What's the median duration of the staging HighLatencyP99 alerts, in minutes?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1)
           FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'""",
        E2E,
    ),
    (
        "zj038",
        "aggregates",
        "Our test dashboard marks every staging deploy. For each staging deploy yesterday, how many staging alerts "
        "on the same service started in the hour after it? Just the service, the version and the count.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, 2""",
        E2E,
    ),
    (
        "zj039",
        "aggregates",
        "Before I blame the tests: how many error log lines did staging produce yesterday, all services together?",
        """SELECT count(*) FROM log_events
           WHERE environment = 'staging' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        E2E,
    ),
    (
        "zj040",
        "aggregates",
        "What is the average time for resolve the alerts of user-profile, in minutes?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1)
           FROM alerts
           WHERE service = 'user-profile' AND status = 'resolved'""",
        CONTRACTOR,
    ),
    (
        "zj041",
        "aggregates",
        "How many error lines cart-service wrote in production while the UpstreamDependencyErrors alert was firing "
        "yesterday?",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'cart-service' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'UpstreamDependencyErrors'
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 12:15:00+00'))""",
        CONTRACTOR,
    ),
    (
        "zj042",
        "aggregates",
        "Which is the percentage of cart-service log lines that are errors, in production, yesterday?",
        """SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1)
           FROM log_events
           WHERE service = 'cart-service' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CONTRACTOR,
    ),
    (
        "zj043",
        "aggregates",
        "avg lag suspect change -> incident, in mins, for the incidents on tues",
        """SELECT round(avg(lag_s) / 60, 1)
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCRIBE,
    ),
    (
        "zj044",
        "aggregates",
        "avg lead time of the early warnings b4 the critical incidents on the 11th",
        """SELECT round(avg(lead_min), 1)
           FROM incident_warnings
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCRIBE,
    ),
    (
        "zj045",
        "aggregates",
        "total # of alerts on the 11th and # of crit alerts",
        """SELECT count(*) AS alerts, count(*) FILTER (WHERE severity = 'critical') AS critical_alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCRIBE,
    ),
    # --- top_n ---------------------------------------------------------------------------------------------------
    (
        "zj046",
        "top_n",
        "top 3 status codes in prod yday by # of lines",
        """SELECT attributes['http.response.status_code'] AS status_code, count(*) AS lines
           FROM log_events
           WHERE environment = 'production' AND attributes['http.response.status_code'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY status_code
           ORDER BY lines DESC, status_code
           LIMIT 3""",
        EDGE,
    ),
    (
        "zj047",
        "top_n",
        "which cluster had the most alerts",
        """SELECT labels['cluster'] AS cluster, count(*) AS alerts
           FROM alerts
           WHERE labels['cluster'] IS NOT NULL
           GROUP BY cluster
           ORDER BY alerts DESC, cluster
           LIMIT 1""",
        EDGE,
    ),
    (
        "zj048",
        "top_n",
        "which svc got the most alerts within 15m after its own deploys",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        EDGE,
    ),
    (
        "zj049",
        "top_n",
        "Which two actors made the largest number of changes that went live in production since 1 February 2025?",
        """SELECT actor, count(*) AS changes
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 2""",
        COUNSEL,
    ),
    (
        "zj050",
        "top_n",
        "Whose changes were identified as the suspect change for the largest number of incidents?",
        """SELECT change_actor, count(*) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        COUNSEL,
    ),
    (
        "zj051",
        "top_n",
        "Please list the five longest resolved alerts that started on 11 March 2025.",
        """SELECT * FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY ends_at - starts_at DESC
           LIMIT 5""",
        COUNSEL,
    ),
    (
        "zj052",
        "top_n",
        "I need to decide which test suites to quarantine first. Which staging service had the most alerts this week?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        E2E,
    ),
    (
        "zj053",
        "top_n",
        "When a staging deploy lands, the e2e tests often go red right after. Top 2 staging services by alerts that "
        "started within 30 minutes after one of their own staging deploys?",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 2""",
        E2E,
    ),
    (
        "zj054",
        "top_n",
        "Some suites fail on backend errors, not on the UI. Which staging service logged the most error lines "
        "yesterday?",
        """SELECT service, count(*) AS errors
           FROM log_events
           WHERE environment = 'staging' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY errors DESC, service
           LIMIT 1""",
        E2E,
    ),
    (
        "zj055",
        "top_n",
        "Top 3 error messages of cart-service in production yesterday, please?",
        """SELECT template, sum(errors) AS errors
           FROM log_pattern_counts
           WHERE service = 'cart-service' AND environment = 'production'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template
           ORDER BY errors DESC, template
           LIMIT 3""",
        CONTRACTOR,
    ),
    (
        "zj056",
        "top_n",
        "Which alert names have the most incidents without suspect change? Give me the top 3.",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents
           FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 3""",
        CONTRACTOR,
    ),
    (
        "zj057",
        "top_n",
        "Who is the person that made the most acks?",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        CONTRACTOR,
    ),
    (
        "zj058",
        "top_n",
        "which type of change got blamed for the most incidents",
        """SELECT change_type, count(*) AS incidents
           FROM incident_suspects
           GROUP BY change_type
           ORDER BY incidents DESC, change_type
           LIMIT 1""",
        SCRIBE,
    ),
    (
        "zj059",
        "top_n",
        "top 2 ppl by silences created during an open incident on the same svc",
        """SELECT s.created_by, count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))
           GROUP BY s.created_by
           ORDER BY silences DESC, s.created_by
           LIMIT 2""",
        SCRIBE,
    ),
    (
        "zj060",
        "top_n",
        "noisiest alert name last wk",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        SCRIBE,
    ),
    # --- changes -------------------------------------------------------------------------------------------------
    (
        "zj061",
        "changes",
        "prod deploys yday",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EDGE,
    ),
    (
        "zj062",
        "changes",
        "scale-downs in prod yday",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EDGE,
    ),
    (
        "zj063",
        "changes",
        "prod deploys w/ an alert on the same svc within 15m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        EDGE,
    ),
    (
        "zj064",
        "changes",
        "Please identify the individuals who rolled back a production service since 1 January 2025.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj065",
        "changes",
        "Which version of payments-api was running in production at the end of 11 March 2025?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        COUNSEL,
    ),
    (
        "zj066",
        "changes",
        "Please list the changes that were identified as the suspect change of a critical incident.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        COUNSEL,
    ),
    (
        "zj067",
        "changes",
        "Before I re-baseline the e2e suite I need to know exactly what staging runs. Which version of each service "
        "is live in staging right now?",
        """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE environment = 'staging' AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           GROUP BY service""",
        E2E,
    ),
    (
        "zj068",
        "changes",
        "Our flaky-test tracker shows failures right after flag changes. Which flags were toggled in staging "
        "yesterday, and by whom?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        E2E,
    ),
    (
        "zj069",
        "changes",
        "We start the suite as soon as a deploy is asked for, not when it is done. Which staging deployments were "
        "requested yesterday?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'requested' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        E2E,
    ),
    (
        "zj070",
        "changes",
        "Who did the deploys of cart-service, in all environments?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'cart-service'""",
        CONTRACTOR,
    ),
    (
        "zj071",
        "changes",
        "What changes was made on user-profile since 1 February?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'user-profile'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:15:00+00'""",
        CONTRACTOR,
    ),
    (
        "zj072",
        "changes",
        "Which deploys of the checkout project was not followed by any alert of the same service in the next hour?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'checkout'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        CONTRACTOR,
    ),
    (
        "zj073",
        "changes",
        "rollbacks last 30d",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-02-15 14:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
        SCRIBE,
    ),
    (
        "zj074",
        "changes",
        "deploys followed by a rollback w/in the hour, same svc",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 1 HOUR)""",
        SCRIBE,
    ),
    (
        "zj075",
        "changes",
        "who flipped flags on the 11th",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCRIBE,
    ),
    # --- silences ------------------------------------------------------------------------------------------------
    (
        "zj076",
        "silences",
        "silences that dont pin an environment",
        "SELECT * FROM silences WHERE environment IS NULL",
        EDGE,
    ),
    (
        "zj077",
        "silences",
        "silences with a node matcher",
        "SELECT * FROM silences WHERE list_contains([m.name FOR m IN matchers], 'node')",
        EDGE,
    ),
    (
        "zj078",
        "silences",
        "indexer alerts that fired while a silence on the indexer was in effect, past 7d",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND a.starts_at > TIMESTAMPTZ '2025-03-05 08:45:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 08:45:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:45:00+00') > s.starts_at)""",
        EDGE,
    ),
    (
        "zj079",
        "silences",
        "Please list every silence that was ended before its scheduled end time.",
        "SELECT * FROM silences WHERE expired_early",
        COUNSEL,
    ),
    (
        "zj080",
        "silences",
        "Please state the total duration, in hours, of the silences created by kenji.tanaka@acme.io in February 2025.",
        """SELECT round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1)
           FROM silences
           WHERE created_by = 'kenji.tanaka@acme.io'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj081",
        "silences",
        "Please list the silences that were created while an incident on the same service was open.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 15:00:00+00'))""",
        COUNSEL,
    ),
    (
        "zj082",
        "silences",
        "Some of our staging alerts get muted during test runs and then I can't see them. Which silences are "
        "active in staging right now?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        E2E,
    ),
    (
        "zj083",
        "silences",
        "I think a check in the auth suite was skipped because of a silence. Which silences were in effect in "
        "staging when auth-api v4.2.2 went out to staging yesterday?",
        """SELECT * FROM silences
           WHERE (environment_canonical = 'staging' OR environment_canonical IS NULL)
             AND starts_at <= TIMESTAMPTZ '2025-03-11 16:15:55+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 16:15:55+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 16:15:55+00')""",
        E2E,
    ),
    (
        "zj084",
        "silences",
        "The staging latency alert disappears from my runs every so often. Who snoozes HighLatencyP99? Just the "
        "people.",
        """SELECT DISTINCT actor FROM audit_log
           WHERE action = 'snooze'
             AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')""",
        E2E,
    ),
    (
        "zj085",
        "silences",
        "Which silences has maria created?",
        "SELECT * FROM silences WHERE created_by ILIKE '%maria%'",
        CONTRACTOR,
    ),
    (
        "zj086",
        "silences",
        "Exists some silence that really muted alerts? Which ones?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        CONTRACTOR,
    ),
    (
        "zj087",
        "silences",
        "How long the cart-service silence was on before maria expired it, in minutes?",
        """SELECT round((epoch(expired_at) - epoch(starts_at)) / 60, 1)
           FROM silences
           WHERE service = 'cart-service' AND expired_at IS NOT NULL""",
        CONTRACTOR,
    ),
    (
        "zj088",
        "silences",
        "sils created tues the 11th + who made them",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCRIBE,
    ),
    (
        "zj089",
        "silences",
        "sils put on on the 11th while an incident on the same svc was open",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))""",
        SCRIBE,
    ),
    (
        "zj090",
        "silences",
        "alerts muted by kenjis silences",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%kenji%' AND list_contains(m.silenced_by, s.silence_id))""",
        SCRIBE,
    ),
    # --- joins ---------------------------------------------------------------------------------------------------
    (
        "zj091",
        "joins",
        "alerts within 10m after a scale event on the same svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'scale' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        EDGE,
    ),
    (
        "zj092",
        "joins",
        "for each prod deploy yday: svc, version, # of 5xx lines from that svc in the 15m after",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(l.id) AS lines
           FROM change_events c
           LEFT JOIN log_events l
             ON l.service = c.service AND l.environment = c.environment
            AND l.attributes['http.response.status_code'] LIKE '5__'
            AND l.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, 2""",
        EDGE,
    ),
    (
        "zj093",
        "joins",
        "which other checkout svcs alerted in the 15m after a payments-api deploy",
        """SELECT DISTINCT a.service
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
            AND a.project = c.project AND a.service <> c.service
            AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        EDGE,
    ),
    (
        "zj094",
        "joins",
        "Please list the incidents that were opened while a silence covering the same service was in effect.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        COUNSEL,
    ),
    (
        "zj095",
        "joins",
        "For each incident opened on 11 March 2025 to which a suspect change was attributed, please provide the "
        "service, the time it opened, the summary of the suspect change and the person who made it.",
        """SELECT service, opened_at, change_summary, change_actor
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COUNSEL,
    ),
    (
        "zj096",
        "joins",
        "Please list the critical incidents for which no resolution has been recorded.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        COUNSEL,
    ),
    (
        "zj097",
        "joins",
        "Whenever auth-api goes out to staging I see login test failures. Which staging auth-api deploys were "
        "followed by a LoginSuccessRateLow alert within 15 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'auth-api' AND c.environment = 'staging'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'LoginSuccessRateLow'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        E2E,
    ),
    (
        "zj098",
        "joins",
        "I want to know whether the staging noise is deploy-related at all. How many staging alerts had no deploy "
        "of their service in the hour before them?",
        """SELECT count(*) FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND c.timestamp BETWEEN a.starts_at - INTERVAL 1 HOUR AND a.starts_at)""",
        E2E,
    ),
    (
        "zj099",
        "joins",
        "For every staging deploy yesterday, give me the service, when it went live, and how many error log lines "
        "that service wrote in staging in the 15 minutes after.",
        """SELECT c.service, c.timestamp, count(l.id) AS error_lines
           FROM change_events c
           LEFT JOIN log_events l
             ON l.service = c.service AND l.environment = c.environment AND l.is_error
            AND l.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.timestamp""",
        E2E,
    ),
    (
        "zj100",
        "joins",
        "Which alerts of cart-service or user-profile started in the 30 minutes after a deploy of the same service?",
        """SELECT * FROM alerts a
           WHERE a.service IN ('cart-service', 'user-profile')
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CONTRACTOR,
    ),
    (
        "zj101",
        "joins",
        "For the incident of cart-service yesterday, which early warnings came before it?",
        """SELECT * FROM incident_warnings
           WHERE service = 'cart-service'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CONTRACTOR,
    ),
    (
        "zj102",
        "joins",
        "Which deploys were made while an incident of the same service was still open?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:15:00+00'))""",
        CONTRACTOR,
    ),
    (
        "zj103",
        "joins",
        "payments-api error lines 5 min either side of the rollback on the 11th",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 5 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00' + INTERVAL 5 MINUTE""",
        SCRIBE,
    ),
    (
        "zj104",
        "joins",
        "incidents on the 11th w/ no early warning b4 them",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        SCRIBE,
    ),
    (
        "zj105",
        "joins",
        "who acked alerts while they were still firing",
        """SELECT DISTINCT k.actor
           FROM audit_log k
           JOIN alerts a
             ON list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'alertname=' || a.name)
            AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || a.service)
            AND k.timestamp >= a.starts_at
            AND k.timestamp < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-17 14:00:00+00')
           WHERE k.action = 'ack'""",
        SCRIBE,
    ),
    # --- refusals ------------------------------------------------------------------------------------------------
    ("zj106", "refusals", "ap-south-1 alerts last 24h", "ungrounded", EDGE),
    ("zj107", "refusals", "bump the lb idle timeout on checkout-web to 120s", "asks_to_change_data", EDGE),
    (
        "zj108",
        "refusals",
        "least conn or round robin for bursty traffic, which lb algo is better",
        "not_about_this_data",
        EDGE,
    ),
    (
        "zj109",
        "refusals",
        "Please delete all audit log entries concerning the cart-service silence.",
        "asks_to_change_data",
        COUNSEL,
    ),
    (
        "zj110",
        "refusals",
        "Please list all changes made by thomas.mueller@acme.io in March 2025.",
        "ungrounded",
        COUNSEL,
    ),
    (
        "zj111",
        "refusals",
        "What is our contractual liability towards merchants for the outage of 11 March 2025?",
        "not_about_this_data",
        COUNSEL,
    ),
    (
        "zj112",
        "refusals",
        "The e2e suite also runs against the preprod environment. Which alerts fired in preprod yesterday?",
        "ungrounded",
        E2E,
    ),
    (
        "zj113",
        "refusals",
        "Our nightly run failed on three tests again. Which of the Cypress specs were flaky this week?",
        "not_about_this_data",
        E2E,
    ),
    (
        "zj114",
        "refusals",
        "The staging token-service silence keeps hiding alerts we need during test runs. Please expire it now.",
        "asks_to_change_data",
        E2E,
    ),
    ("zj115", "refusals", "Which alerts had the shipping-service yesterday?", "ungrounded", CONTRACTOR),
    (
        "zj116",
        "refusals",
        "Please, can you make a silence for cart-service for two hours, we do a deploy now",
        "asks_to_change_data",
        CONTRACTOR,
    ),
    (
        "zj117",
        "refusals",
        "How I configure the retry in Spring WebClient for to call payments-api?",
        "not_about_this_data",
        CONTRACTOR,
    ),
    ("zj118", "refusals", "who's taking the action items from this review", "not_about_this_data", SCRIBE),
    (
        "zj119",
        "refusals",
        "mark the payments incident resolved w/ root cause = bad pool config",
        "asks_to_change_data",
        SCRIBE,
    ),
    ("zj120", "refusals", "alerts for the inventory svc on tues", "ungrounded", SCRIBE),
]
