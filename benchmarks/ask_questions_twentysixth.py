"""The twenty-sixth ask question set: ids zg001..zg120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code below the imports (to wire the set in), the
module docstrings of the earlier sets (to choose people who had not spoken before and to keep their conventions), the
first ten rows of ``ask_questions_twentyfifth`` (for the file's format and how refusals are written), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person,
environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- an engineering manager back at 08:30 on Wednesday 12 March from two weeks of leave (out from Monday 24 February to
  Tuesday 11 March), catching up: what fired, opened, changed and was silenced "while I was away", what is still
  open, who covered, what was never acked; chatty, sometimes restating the dates;
- an engineering-effectiveness analyst computing DORA-style figures at 09:00 on Monday 17 March: deploy frequency per
  week, day and weekday, change failure rate, time to restore, deploys followed (or not) by incidents, alerts and
  rollbacks, people versus bots; precise, in the trade's words ("change failure rate", "time to restore");
- the engineer who tunes the early-warning detector, at 11:00 on Wednesday: warnings, their sigma, metric keys and
  lead times, warnings still firing, incidents with and without a warning before them, warnings under silences,
  changes followed by a warning; terse;
- the owner of the feature-flag programme (LaunchDarkly), at 15:00 on Wednesday: flag flips by person, service,
  month and environment, flags switched off, alerts and incidents after a flip, flips made while something was
  already broken, and the odd silence question; short lower-case questions;
- a head of platform dictating into a phone's voice input at 07:15 on Wednesday, walking in: no punctuation or
  apostrophes, service names as spoken ("payments api", "checkout web", "search api"), numbers as words ("twenty four
  hours", "ten minutes", "version two point fourteen", "the two fourteen production deploy").

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys, rollbacks and
flag flips and the alerts, incidents, warnings or log lines after or around them; incidents and their suspects,
resolutions, warnings, acks and silences; warnings and silences or alerts; silences and the alerts they overlapped or
muted; changes made while an incident or an alert was open or a silence in effect): six in filters, four in time, six
in aggregates, five in top_n, four in changes (its deploys rolled back within the hour relate two kinds of change,
not counted), five in silences, and all fifteen joins. Phrasing runs from dictated fragments and terse lower case to
full sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC. Each person asks at one ``now``: the dictating head of platform at 2025-03-12 07:15, the returning
  manager at 08:30, the detector engineer at 11:00, the flag owner at 15:00 (all Wednesday 2025-03-12, after every
  record) and the DORA analyst at Monday 2025-03-17 09:00. "While I was away / out (24 Feb to 11 Mar)" is
  ``[2025-02-24, 2025-03-12)``; "before I left on the 24th of February" is before 2025-02-24 00:00. For the
  Wednesday people "yesterday" and "the 11th" are ``[2025-03-11, 2025-03-12)``, "today" from 2025-03-12 00:00 to now
  ("end today" the whole day), "since midnight" and "since 6pm yesterday" from that moment to now, "this week" from
  Monday 2025-03-10 to now, "this month" from 2025-03-01 to now, "last night" (of a silence) 2025-03-11 18:00 to
  2025-03-12 06:00; for the analyst "last week" is ``[2025-03-10, 2025-03-17)`` and "this year" from 2025-01-01 to
  now. "In February" is ``[2025-02-01, 2025-03-01)``; "the last twenty four hours" and "the last 30 days" are
  ``(now - N, now]``; "between 10am and 2pm yesterday", "between two and three pm yesterday" and "between 1am and
  3am today" include their start and exclude their end. A thing is in a window by its own time (an alert's, warning's
  or silence's start or creation as the question says, a change's ``timestamp``, an incident's ``opened_at``).
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, warnings the ``warnings`` table's, log lines ``log_events``' rows ("error logs"
  ``is_error``), acks the audit log's rows. Changes are their ``phase = 'live'`` reports (a change two tools reported
  live is two rows), "deploys" ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``, "flag changes" / "flag
  flips" ``type = 'flag_change'``, "config changes" ``type = 'config_update'``; "what changed" and "changes" every
  live report, scale events included. A flag is named by ``details['flag_key']`` ("the passkey login flag" is
  ``passkey-login``); a flag "switched off" / "turned on" by its summary's first words. A version is
  ``coalesce(details['ref'], version)``; the version "live in production" is that of the service's last live
  deployment or rollback there. People are matched by their stored spelling; "lucie" is ``ILIKE '%lucie%'``;
  "argocd or other bots" are ``argocd (automated)`` and ``deployment-controller``, every other actor a person.
- The dictated names are the services ``payments-api``, ``checkout-web`` and ``search-api``; "version two point
  fourteen" / "the two fourteen production deploy" is payments-api's live production deployment of ``v2.14.0``
  (14:31:22 on the 11th). Other named events: "yesterday's rollback" is payments-api's live rollback of the 11th
  (14:56:37); "the first payments-api alert on the 11th" its earliest alert that day (14:35:54); "the critical
  checkout web alert yesterday" the checkout-web critical alert of the 11th (14:44:24); "the hikari alert" the alerts
  named ``HikariPoolPendingConnections``. Changes before an alert are the live reports of its environment in
  ``[t - N, t]``; alerts "still firing when" an event happened were firing at its instant; warnings "from any
  service" after a deploy are every warning in ``[t, t + N]``; error logs after a deploy are the deployed service's
  lines in its environment.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (warnings on their ``service`` and ``environment`` labels): "followed by ... within N", "in the N min after" and
  "within N after" are ``[t, t + N]`` from the first kind's time; "right before an alert fired" is 15 minutes; an
  incident "opened within N after" a deploy or a warning has one in ``[opened_at - N, opened_at]``. An incident is
  open from ``opened_at`` to ``resolved_at`` (now while unresolved), an alert firing from ``starts_at`` to
  ``ends_at`` (now while firing); a change "while an incident / an alert was open" lies inside that span. A silence
  is in effect at T when ``starts_at <= T < ends_at`` and it was not expired by T; it meets the other kind on its
  service and, when it pins one, its environment (a silence that pins no service meets nothing); a silence "put on
  while an incident was open" or "during" it was created inside the incident's span; alerts "firing at some point
  while a silence was in effect" share a moment with the silence's span (to its end or expiry, whichever came
  first). An ack names its incident by its ``alertname`` and ``service`` equality matchers and counts when it came
  while the incident was open. "Blamed", "pinned on", "caused by" and "suspect change" mean ``incident_suspects``
  (the changes themselves for "deployments that were later blamed"); "had an early warning" has a row in
  ``incident_warnings``; "has a resolution written up" a row in ``resolutions``; "actually muted something" a
  silence that ``alert_mutes.silenced_by`` names. "For each X: a, b and how many Y" is one row per X with those
  columns and a correlated count, zeros included; "which services got paged" answers the alerts' services, "who
  deployed" the deployers, each once.
- Aggregates: durations in minutes to one decimal (hours when asked); "time to resolve" and "time to restore" are
  ``resolved_at - opened_at`` of the resolved incidents; "how long was checkout web down" runs from the first of its
  alerts' start that day to the last one's end; "change failure rate" is the percentage of live production
  deployments followed by an incident of their service and environment within the hour; percentages are
  ``round(100.0 * part / whole, 1)``; "average deploys per day, counting only the days we deployed" is the mean of
  the daily counts of the days with a deploy; "total silenced hours per month" sums start to end by the month the
  silence was created; "average lead time of the early warnings" averages ``incident_warnings.lead_min``. Buckets per
  hour, day, week (from Monday), month and weekday are UTC and hold only buckets with rows.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most",
  "noisiest" and "which ... had the most" ask for one row; "top 5 warnings by sigma" are whole rows; "of the
  services that ever had a flag flipped" counts those services' alerts in every environment; "which service's
  incidents got the most early warnings" counts ``incident_warnings`` rows per incident service.
- Refusals: the services "billing-gateway", "ledger-service" and "the fraud scoring service", the person
  tomas.berg@acme.io and the environment "qa2" are ungrounded; the on-call rota, sprint velocity, the choice of an
  anomaly-detection algorithm, LaunchDarkly's prices and the weather are not about this data; closing incidents,
  deleting change records, resetting a detector's baseline, toggling a flag and silencing a service ask to change the
  data.
"""

_V = "2025-03-12T07:15:00Z"
_M = "2025-03-12T08:30:00Z"
_W = "2025-03-12T11:00:00Z"
_F = "2025-03-12T15:00:00Z"
_D = "2025-03-17T09:00:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "zg001",
        "filters",
        "I was out from Feb 24 to Mar 11 - which critical alerts fired in prod while I was away?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg002",
        "filters",
        "deploys to production in February made by people, not by argocd or other bots",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "zg003",
        "filters",
        "warnings with a sigma over 100",
        """SELECT * FROM warnings WHERE sigma > 100""",
        _W,
    ),
    (
        "zg004",
        "filters",
        "flag changes in production this month",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        _F,
    ),
    (
        "zg005",
        "filters",
        "show me critical alerts for payments api yesterday",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _V,
    ),
    (
        "zg006",
        "filters",
        "Which incidents that were opened before I left on the 24th of February are still open?",
        """SELECT * FROM alert_groups
           WHERE opened_at < TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        _M,
    ),
    (
        "zg007",
        "filters",
        "production deployments that were later blamed for an incident",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        _D,
    ),
    (
        "zg008",
        "filters",
        "which warnings are still firing rn?",
        """SELECT * FROM warnings
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 11:00:00+00')""",
        _W,
    ),
    (
        "zg009",
        "filters",
        "flag changes that switched a flag off",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE 'turned off%'""",
        _F,
    ),
    (
        "zg010",
        "filters",
        "alerts in staging for search api in the last twenty four hours",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at > TIMESTAMPTZ '2025-03-11 07:15:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:15:00+00'""",
        _V,
    ),
    (
        "zg011",
        "filters",
        "incidents from while i was out (feb 24 - mar 11) that have a resolution written up",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT group_id FROM resolutions)""",
        _M,
    ),
    (
        "zg012",
        "filters",
        "prod rollbacks that happened while an incident on the same service was still open",
        """SELECT * FROM change_events c
           WHERE c.type = 'rollback' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        _D,
    ),
    (
        "zg013",
        "filters",
        "early warnings on payments-api that started while the hikari alert was firing",
        """SELECT * FROM warnings w
           WHERE w.labels['service'] = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND w.starts_at >= a.starts_at
                   AND (a.ends_at IS NULL OR w.starts_at < a.ends_at))""",
        _W,
    ),
    (
        "zg014",
        "filters",
        "Which prod flag flips happened while that service already had an alert firing?",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at <= c.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > c.timestamp))""",
        _F,
    ),
    (
        "zg015",
        "filters",
        "payments api alerts that were still firing when yesterdays rollback went live",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        _V,
    ),
    # ------------------------------------------------------------------ time
    (
        "zg016",
        "time",
        "alerts per day while I was away (24 Feb to 11 Mar)",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC, day""",
        _M,
    ),
    (
        "zg017",
        "time",
        "deployments per week this year",
        """SELECT date_trunc('week', timestamp AT TIME ZONE 'UTC') AS week, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY week ORDER BY deploys DESC, week""",
        _D,
    ),
    (
        "zg018",
        "time",
        "warnings per hour yesterday",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS warnings
           FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY warnings DESC, hour""",
        _W,
    ),
    (
        "zg019",
        "time",
        "flag changes between 10am and 2pm yesterday",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:00:00+00'""",
        _F,
    ),
    (
        "zg020",
        "time",
        "what alerts went off since midnight",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:15:00+00'""",
        _V,
    ),
    (
        "zg021",
        "time",
        "what fired since 6pm yesterday?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        _M,
    ),
    (
        "zg022",
        "time",
        "live deploys by day of the week, all time",
        """SELECT dayname(timestamp AT TIME ZONE 'UTC') AS weekday, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY weekday ORDER BY deploys DESC, weekday""",
        _D,
    ),
    (
        "zg023",
        "time",
        "warnings that started between 1am and 3am today",
        """SELECT * FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 03:00:00+00'""",
        _W,
    ),
    (
        "zg024",
        "time",
        "flag flips in the last 30 days",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-02-10 15:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        _F,
    ),
    (
        "zg025",
        "time",
        "how many alerts between two and three pm yesterday",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        _V,
    ),
    (
        "zg026",
        "time",
        "What changed in prod in the hour before the first payments-api alert on the 11th?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _M,
    ),
    (
        "zg027",
        "time",
        "incidents last week that opened within 60 min after a prod deploy of the same service",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        _D,
    ),
    (
        "zg028",
        "time",
        "warnings from any service in the 10 minutes after payments-api v2.14.0 went live in prod",
        """SELECT * FROM warnings
           WHERE starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0')
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 10 MINUTE""",
        _W,
    ),
    (
        "zg029",
        "time",
        "flag flips per month",
        """SELECT date_trunc('month', timestamp AT TIME ZONE 'UTC') AS month, count(*) AS flag_changes
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY month ORDER BY flag_changes DESC, month""",
        _F,
    ),
    (
        "zg030",
        "time",
        "error logs from payments api in the five minutes after version two point fourteen went live in production",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0')
             AND timestamp <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 5 MINUTE""",
        _V,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "zg031",
        "aggregates",
        "how many incidents were opened while I was away, feb 24 to mar 11?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg032",
        "aggregates",
        "On average, how many deploys did we do per day this year, counting only the days we deployed?",
        """SELECT round(avg(deploys), 1) FROM (
               SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys
               FROM change_events
               WHERE type = 'deployment' AND phase = 'live'
                 AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                 AND timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
               GROUP BY day)""",
        _D,
    ),
    (
        "zg033",
        "aggregates",
        "avg sigma of warnings per service",
        """SELECT labels['service'] AS service, round(avg(sigma), 1) AS avg_sigma
           FROM warnings GROUP BY service ORDER BY avg_sigma DESC, service""",
        _W,
    ),
    (
        "zg034",
        "aggregates",
        "how many flag changes did lucie make?",
        """SELECT count(*) FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND actor ILIKE '%lucie%'""",
        _F,
    ),
    (
        "zg035",
        "aggregates",
        "how many alerts did we get yesterday",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _V,
    ),
    (
        "zg036",
        "aggregates",
        "average time to resolve the incidents opened while I was out (24 Feb - 11 Mar), in minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg037",
        "aggregates",
        "median time to restore for critical incidents, open to resolved, in minutes",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE max_severity = 'critical' AND resolved_at IS NOT NULL""",
        _D,
    ),
    (
        "zg038",
        "aggregates",
        "what percent of incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups""",
        _W,
    ),
    (
        "zg039",
        "aggregates",
        "how many incidents were pinned on a flag change?",
        """SELECT count(*) FROM incident_suspects WHERE change_type = 'flag_change'""",
        _F,
    ),
    (
        "zg040",
        "aggregates",
        "how long was checkout web down yesterday",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 07:15:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _V,
    ),
    (
        "zg041",
        "aggregates",
        "how many of the incidents opened while I was away (24 Feb to 11 Mar) had a suspect change?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_suspects)""",
        _M,
    ),
    (
        "zg042",
        "aggregates",
        (
            "Change failure rate: what share of production deploys were followed by an incident on the same service"
            " within an hour?"
        ),
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                       SELECT 1 FROM alert_groups g
                       WHERE g.service = c.service AND g.environment = c.environment
                         AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
                   THEN 1 ELSE 0 END) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        _D,
    ),
    (
        "zg043",
        "aggregates",
        "average lead time in minutes of the early warnings before critical incidents",
        """SELECT round(avg(lead_min), 1) FROM incident_warnings WHERE max_severity = 'critical'""",
        _W,
    ),
    (
        "zg044",
        "aggregates",
        "how many alerts fired within an hour after a flag change on their service?",
        """SELECT count(*) FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND c.timestamp BETWEEN a.starts_at - INTERVAL 60 MINUTE AND a.starts_at)""",
        _F,
    ),
    (
        "zg045",
        "aggregates",
        "what percentage of yesterdays alerts were critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _V,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "zg046",
        "top_n",
        "which service had the most alerts while I was away (24 Feb - 11 Mar)?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        _M,
    ),
    (
        "zg047",
        "top_n",
        "who deployed the most in February?",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        _D,
    ),
    (
        "zg048",
        "top_n",
        "top 5 warnings by sigma",
        """SELECT * FROM warnings ORDER BY sigma DESC LIMIT 5""",
        _W,
    ),
    (
        "zg049",
        "top_n",
        "who flips flags the most?",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor ORDER BY flag_changes DESC, actor LIMIT 1""",
        _F,
    ),
    (
        "zg050",
        "top_n",
        "top four alert names this week",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:15:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 4""",
        _V,
    ),
    (
        "zg051",
        "top_n",
        "Who put on the most silences while I was out, 24 Feb to 11 Mar?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        _M,
    ),
    (
        "zg052",
        "top_n",
        "which service got the most production deploys?",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           GROUP BY service ORDER BY deploys DESC, service LIMIT 1""",
        _D,
    ),
    (
        "zg053",
        "top_n",
        "which metric had the most warnings",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 1""",
        _W,
    ),
    (
        "zg054",
        "top_n",
        "which service has the most flag changes?",
        """SELECT service, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY service ORDER BY flag_changes DESC, service LIMIT 1""",
        _F,
    ),
    (
        "zg055",
        "top_n",
        "noisiest service in staging",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        _V,
    ),
    (
        "zg056",
        "top_n",
        "which service racked up the most alerts within 30 minutes after one of its own deploys?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND c.timestamp BETWEEN a.starts_at - INTERVAL 30 MINUTE AND a.starts_at)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        _M,
    ),
    (
        "zg057",
        "top_n",
        "whose prod deploys were followed by the most incidents on the same service within an hour?",
        """SELECT c.actor, count(DISTINCT g.id) AS incidents
           FROM change_events c
           JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.actor ORDER BY incidents DESC, c.actor LIMIT 1""",
        _D,
    ),
    (
        "zg058",
        "top_n",
        "which service's incidents got the most early warnings in total?",
        """SELECT service, count(*) AS warnings FROM incident_warnings
           GROUP BY service ORDER BY warnings DESC, service LIMIT 1""",
        _W,
    ),
    (
        "zg059",
        "top_n",
        "of the services that ever had a flag flipped, which one had the most alerts?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE service IN (SELECT service FROM change_events WHERE type = 'flag_change' AND phase = 'live')
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        _F,
    ),
    (
        "zg060",
        "top_n",
        "which alert name has the most incidents with no suspect change",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1""",
        _V,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zg061",
        "changes",
        "what got deployed to prod while I was out (Feb 24 - Mar 11)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg062",
        "changes",
        "List the service, the version it went back to and the time of every rollback.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'""",
        _D,
    ),
    (
        "zg063",
        "changes",
        "config changes yesterday",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _W,
    ),
    (
        "zg064",
        "changes",
        "who turned on the passkey login flag?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND details['flag_key'] = 'passkey-login' AND summary ILIKE 'turned on%'""",
        _F,
    ),
    (
        "zg065",
        "changes",
        "when was payments api last deployed",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
           ORDER BY timestamp DESC LIMIT 1""",
        _V,
    ),
    (
        "zg066",
        "changes",
        "who rolled stuff back while i was away? (feb 24 to mar 11)",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg067",
        "changes",
        "which versions of auth-api were deployed to production?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api'
             AND environment = 'production'""",
        _D,
    ),
    (
        "zg068",
        "changes",
        "everything that changed on search-api yesterday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'search-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _W,
    ),
    (
        "zg069",
        "changes",
        "flag changes in staging",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'""",
        _F,
    ),
    (
        "zg070",
        "changes",
        "which version of checkout web is live in production",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'checkout-web' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        _V,
    ),
    (
        "zg071",
        "changes",
        "deploys while I was away (24 Feb - 11 Mar) that got rolled back within the hour",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        _M,
    ),
    (
        "zg072",
        "changes",
        "deploys that weren't followed by any alert on the same service within an hour",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        _D,
    ),
    (
        "zg073",
        "changes",
        "changes that were followed by an early warning on the same service within 30 minutes",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = c.service AND w.labels['environment'] = c.environment
                   AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        _W,
    ),
    (
        "zg074",
        "changes",
        "flag changes made while an incident on that service was open",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        _F,
    ),
    (
        "zg075",
        "changes",
        "what changed in the half hour before the critical checkout web alert yesterday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'checkout-web' AND severity = 'critical'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'checkout-web' AND severity = 'critical'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _V,
    ),
    # ------------------------------------------------------------------ silences
    (
        "zg076",
        "silences",
        "silences created while I was away, 24 Feb to 11 Mar",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg077",
        "silences",
        "how many silences were created in February?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "zg078",
        "silences",
        "silences on the MetricAnomaly alerts",
        """SELECT * FROM silences
           WHERE len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'MetricAnomaly')) > 0""",
        _W,
    ),
    (
        "zg079",
        "silences",
        "who silenced stuff yesterday?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _F,
    ),
    (
        "zg080",
        "silences",
        "who silenced the indexer last night",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _V,
    ),
    (
        "zg081",
        "silences",
        "any silences active right now?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        _M,
    ),
    (
        "zg082",
        "silences",
        "total silenced hours per month",
        """SELECT date_trunc('month', created_at AT TIME ZONE 'UTC') AS month,
                  round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS silenced_hours
           FROM silences GROUP BY month ORDER BY silenced_hours DESC, month""",
        _D,
    ),
    (
        "zg083",
        "silences",
        "how long do the MetricAnomaly silences last on average, in hours?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences
           WHERE len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'MetricAnomaly')) > 0""",
        _W,
    ),
    (
        "zg084",
        "silences",
        "silences whose comment mentions an incident",
        """SELECT * FROM silences WHERE comment ILIKE '%incident%'""",
        _F,
    ),
    (
        "zg085",
        "silences",
        "silences that end today",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        _V,
    ),
    (
        "zg086",
        "silences",
        "silences put on while I was out (24 Feb - 11 Mar) while an incident on that service was still open",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND g.opened_at <= s.created_at
                   AND (g.resolved_at IS NULL OR g.resolved_at >= s.created_at))""",
        _M,
    ),
    (
        "zg087",
        "silences",
        "deploys that went out while their service was silenced",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp
                   AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))""",
        _D,
    ),
    (
        "zg088",
        "silences",
        "early warnings that started while a silence on their service was in effect",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = w.labels['service']
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = w.labels['environment'])
                 AND s.starts_at <= w.starts_at AND s.ends_at > w.starts_at
                 AND (s.expired_at IS NULL OR s.expired_at > w.starts_at))""",
        _W,
    ),
    (
        "zg089",
        "silences",
        "yesterday's alerts that were firing at some point while a silence on their service was in effect",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 15:00:00+00')
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        _F,
    ),
    (
        "zg090",
        "silences",
        "which silences actually muted something",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        _V,
    ),
    # ------------------------------------------------------------------ joins
    (
        "zg091",
        "joins",
        "Which incidents from while I was away (24 Feb - 11 Mar) did nobody ack while they were open?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers],
                                     'alertname=' || g.group_labels['alertname'])
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || g.service)
                   AND k.timestamp >= g.opened_at
                   AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 08:30:00+00'))""",
        _M,
    ),
    (
        "zg092",
        "joins",
        "deploys followed by a critical alert on the same service within an hour",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        _D,
    ),
    (
        "zg093",
        "joins",
        "critical incidents that had no early warning",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical' AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        _W,
    ),
    (
        "zg094",
        "joins",
        "alerts within 30 min after a flag change on the same service",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND c.timestamp BETWEEN a.starts_at - INTERVAL 30 MINUTE AND a.starts_at)""",
        _F,
    ),
    (
        "zg095",
        "joins",
        "payments api alerts within ten minutes after the two fourteen production deploy",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0')
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 10 MINUTE""",
        _V,
    ),
    (
        "zg096",
        "joins",
        (
            "for each prod deploy while I was away (24 Feb - 11 Mar): the service, the version and how many alerts on"
            " that service in the 30 min after"
        ),
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE) AS alerts
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg097",
        "joins",
        "how many deploys had no alerts on their service in the hour after them?",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        _D,
    ),
    (
        "zg098",
        "joins",
        (
            "for each warning yesterday: its alertname, service, start time and how many alerts fired on that service"
            " in the 15 min after it"
        ),
        """SELECT w.labels['alertname'] AS alertname, w.labels['service'] AS service, w.starts_at,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
                     AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE) AS alerts
           FROM warnings w
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _W,
    ),
    (
        "zg099",
        "joins",
        "flag changes with no alert on that service in the hour after",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        _F,
    ),
    (
        "zg100",
        "joins",
        "who deployed right before an alert fired",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _V,
    ),
    (
        "zg101",
        "joins",
        "incidents from while i was out (24 feb - 11 mar) with their suspect change",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _M,
    ),
    (
        "zg102",
        "joins",
        "which services got paged within 15 min after one of their own deploys?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND c.timestamp BETWEEN a.starts_at - INTERVAL 15 MINUTE AND a.starts_at)""",
        _D,
    ),
    (
        "zg103",
        "joins",
        "which services had an incident open within 15 minutes after an early warning on the same service?",
        """SELECT DISTINCT g.service FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM warnings w
               WHERE w.labels['service'] = g.service AND w.labels['environment'] = g.environment
                 AND w.starts_at BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at)""",
        _W,
    ),
    (
        "zg104",
        "joins",
        "incidents caused by flag changes",
        """SELECT * FROM incident_suspects WHERE change_type = 'flag_change'""",
        _F,
    ),
    (
        "zg105",
        "joins",
        "incidents that had a silence put on during them on the same service",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:15:00+00'))""",
        _V,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "zg106",
        "refusals",
        "Who was on call while I was away?",
        "not_about_this_data",
        _M,
    ),
    (
        "zg107",
        "refusals",
        "what's our sprint velocity this quarter",
        "not_about_this_data",
        _D,
    ),
    (
        "zg108",
        "refusals",
        "what's the best anomaly detection algorithm for data with a weekly season?",
        "not_about_this_data",
        _W,
    ),
    (
        "zg109",
        "refusals",
        "how much does launchdarkly charge per seat",
        "not_about_this_data",
        _F,
    ),
    (
        "zg110",
        "refusals",
        "whats the weather in dublin tomorrow",
        "not_about_this_data",
        _V,
    ),
    (
        "zg111",
        "refusals",
        "Please close all the incidents from January that are still open.",
        "asks_to_change_data",
        _M,
    ),
    (
        "zg112",
        "refusals",
        "delete the requested deploy records that never went live",
        "asks_to_change_data",
        _D,
    ),
    (
        "zg113",
        "refusals",
        "reset the baseline for the indexer queue depth metric so it stops warning",
        "asks_to_change_data",
        _W,
    ),
    (
        "zg114",
        "refusals",
        "turn the new checkout flow flag off",
        "asks_to_change_data",
        _F,
    ),
    (
        "zg115",
        "refusals",
        "silence payments api for two hours",
        "asks_to_change_data",
        _V,
    ),
    (
        "zg116",
        "refusals",
        "any alerts on billing-gateway while I was out?",
        "ungrounded",
        _M,
    ),
    (
        "zg117",
        "refusals",
        "deploys by tomas.berg@acme.io last week",
        "ungrounded",
        _D,
    ),
    (
        "zg118",
        "refusals",
        "warnings for ledger-service",
        "ungrounded",
        _W,
    ),
    (
        "zg119",
        "refusals",
        "flag changes in the qa2 environment",
        "ungrounded",
        _F,
    ),
    (
        "zg120",
        "refusals",
        "alerts for the fraud scoring service today",
        "ungrounded",
        _V,
    ),
]
