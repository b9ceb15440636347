"""The twenty-third ask question set: ids zd001..zd120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor any earlier set's rows (nor the
paraphrases); what the author read was docs/store.md, the "Shapes and joins" section of docs/ask.md (taken as the
rules for the shape of every gold answer), the module docstring of ``ask_questions``, the module docstring of
``ask_questions_twentysecond`` (for the file's format, its conventions and how refusals are written), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of
the payments-api v2.14.0 outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over
the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- an engineer taking over the on-call pager at the 07:00 handover on Wednesday 12 March, asking what happened on
  the previous shift ("since I left at 6pm", "the night shift, 22:00 to 06:00", "overnight"), what is still open
  and who did what;
- a release manager enforcing the Tuesday change freeze (11 March, 12:00-18:00 UTC, which every question of theirs
  that needs it states): what changed during the window, by whom, rollbacks, versions, and which deploys were
  followed by alerts;
- a QA engineer comparing staging and production: the same alert or service in both, what fired in staging after
  a staging deploy, the versions each environment runs;
- a customer-success manager relaying a merchant's complaint in business words ("checkout was broken", "payments
  were failing"), who needs times, durations and what was done about it;
- a data scientist asking for distributions and ratios: per-hour and per-day counts, averages, medians,
  percentiles, shares, the busiest hour, two periods side by side.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope (a deploy and the
alerts, log lines or warnings after it; incidents and their suspects, warnings, resolutions and acks; silences
created during incidents or in effect at a change; the alerts a silence muted; people of two kinds of act): five in
each of filters, time, aggregates, top_n and silences, four in changes (its deploys followed by rollbacks relate
two kinds of change, not counted), and all fifteen joins. Phrasing runs from terse lower-case fragments
with slips to full sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC. Each person asks at one ``now``: the on-call engineer at 2025-03-12 07:00, the QA engineer at
  08:00, the release manager at 09:30, the customer-success manager at 11:00 and the data scientist at 13:00 (all
  on Wednesday 2025-03-12, after every record). "Yesterday" and "the 11th" are ``[2025-03-11, 2025-03-12)``; "this
  week" runs from Monday 2025-03-10 to now, "last week" ``[2025-03-03, 2025-03-10)``, "in March" / "since March 1"
  from 2025-03-01 to now. "Since I left at 6pm" is from 2025-03-11 18:00 to now; "the night shift" or "overnight"
  (given with its hours wherever it is answered) is ``[2025-03-11 22:00, 2025-03-12 06:00)``; "my last shift,
  18:00 to 06:00" is ``[2025-03-11 18:00, 2025-03-12 06:00)``; "the freeze" is ``[2025-03-11 12:00,
  2025-03-11 18:00)``; "between noon and 6pm" and "between 14:40 and 14:45" include their start and exclude their
  end. A window with no end stops at now.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows, acks and snoozes the audit log's rows. Changes are their
  ``phase = 'live'`` reports (a change two tools reported live is two rows), "deploys" ``type = 'deployment'``,
  rollbacks ``type = 'rollback'``; "what changed" and "what did engineering change" are every live report, scale
  events included. A version is ``coalesce(details['ref'], version)``; the version "live now" or "latest" in an
  environment is that of the last live deployment or rollback there. People are matched by their stored spelling
  ("sokafor" is not sade.okafor@acme.io); "argocd (automated)" is a deployer like any other.
- Named events: "the v2.14.0 deploy" / "when 2.14.0 went live in prod" is the live production deployment of
  payments-api v2.14.0 (14:31:22); "the rollback" on the 11th is payments-api's live production rollback (14:56:37,
  requested 14:53:53); "the user-profile prod deploy yesterday" is its live deployment at 16:59:45; "the search-api
  staging deploy yesterday" is 09:44:16; "the payments-api 2.14.0 staging deploy" is 13:56:10; "last night's reindex
  silence" is the silence created at 2025-03-12 01:55:38; "the first payments-api alert on the 11th" is its earliest
  alert that day (14:35:54). Between two named events the time is in minutes to one decimal; the rows "between" them
  are those whose own time lies from the first to the second, both included. Changes "in the 30 minutes before" an
  alert are those of its environment in ``[t - 30 min, t]``; "still going when X" is firing at X's instant.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment: an
  alert "within N minutes after" a deploy starts in ``[t, t + N]`` of it; a deploy "followed by" an alert, incident
  or rollback has one of its service and environment in ``[t, t + N]``; log lines "in the N minutes after" a named
  change are the named service's lines in ``[t, t + N]``, of the environment the question names. Warnings meet
  deploys on their ``service`` and ``environment`` labels. An incident is open from ``opened_at`` to
  ``resolved_at`` (now while unresolved); a silence is created during an incident when its ``created_at`` falls in
  that span, on the incident's service and on its environment when the silence pins one; an alert started while a
  silence was on when its start lies in ``[starts_at, min(ends_at, expired_at))`` of that silence on its service.
  An ack names its alert by its ``alertname`` and ``service`` equality matchers and acknowledged it (or an incident)
  when it came while the alert (incident) was on. "For each X: a, b and how many Y" is one row per X with those
  columns and a count, zeros included. "Who" answers distinct people; the people who made changes "that got blamed
  for incidents" are the actors of the change rows some incident holds as its suspect; acks "by people who have
  also put silences on" are the ack rows whose actor is some silence's author, deploys "by people who have never
  acked" the rows whose actor no ack names. "Still firing" is the ``alerts`` view's state at now, so a fingerprint
  that fired twice without a resolve between is two rows.
- Aggregates: durations in minutes to one decimal (hours when asked), percentages ``round(100.0 * part / whole,
  1)``, averages, medians and percentiles (``quantile_cont``) to one decimal over resolved alerts; "how long was
  checkout-web down" runs from the first of its alerts' start to the last one's end in the window; a silence's
  length is ``starts_at`` to ``ends_at`` as the view holds it, "actually in place" ends at its expiry when that came
  first; "what time did it start" is the time itself (``min(starts_at)``), "when did X last fire" the latest row.
  Buckets per hour or day (``time_bucket``, UTC) hold only buckets with rows; "hour of the day" is the UTC clock hour
  over all data.
- Top-N answers ``value, count`` most first, ties by the value, or whole rows ranked; "the most" and "busiest" ask
  for one row. "Top error messages" sum ``log_pattern_counts.errors`` per template text; "status codes sent back"
  count lines per ``http.response.status_code``.
- Refusals: the services "kafka-broker" and "mobile-checkout", the person dana.whitfield@acme.io, the "uat"
  environment and the "ap-southeast-2" cluster are ungrounded; the on-call rota, a freeze policy page, test-suite
  results, lost revenue and marketing campaigns are not about this data; acking and snoozing, deleting change
  records, copying silences, annotating an incident and dropping rows ask to change the data, however they are
  phrased.
"""

_H = "2025-03-12T07:00:00Z"    # the on-call engineer at the 07:00 handover
_Q = "2025-03-12T08:00:00Z"    # the QA engineer
_R = "2025-03-12T09:30:00Z"    # the release manager (the freeze was Tue 11 Mar 12:00-18:00)
_C = "2025-03-12T11:00:00Z"    # the customer-success manager
_D = "2025-03-12T13:00:00Z"    # the data scientist

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "zd001", "filters",
        "indexer alerts since I left at 6pm",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        _H,
    ),
    (
        "zd002", "filters",
        "warning-severity prod alerts on the night shift (22:00 to 06:00)",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _H,
    ),
    (
        "zd003", "filters",
        "Show me yesterday's acks by people who have also put silences on.",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND actor IN (SELECT created_by FROM silences WHERE created_by IS NOT NULL)""",
        _H,
    ),
    (
        "zd004", "filters",
        "prod flag flips during the freeze (Tue 11 Mar, 12:00-18:00 UTC)",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND type = 'flag_change' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _R,
    ),
    (
        "zd005", "filters",
        "List every rollback we've done to production.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND type = 'rollback' AND environment = 'production'""",
        _R,
    ),
    (
        "zd006", "filters",
        "prod deploys in the freeze window (11 Mar 12:00-18:00) by people who have never acked an alert",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND type = 'deployment' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND actor NOT IN (SELECT actor FROM audit_log WHERE action = 'ack' AND actor IS NOT NULL)""",
        _R,
    ),
    (
        "zd007", "filters",
        "HighLatencyP99 alerts in staging yesterday",
        """SELECT * FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _Q,
    ),
    (
        "zd008", "filters",
        "which services have alerted in both staging and prod?",
        """SELECT service FROM alerts WHERE environment_canonical = 'staging'
           INTERSECT
           SELECT service FROM alerts WHERE environment_canonical = 'production'""",
        _Q,
    ),
    (
        "zd009", "filters",
        "staging incidents that had a suspect change pinned on them",
        """SELECT * FROM incident_suspects WHERE environment = 'staging'""",
        _Q,
    ),
    (
        "zd010", "filters",
        "A merchant says checkout was broken on the afternoon of March 11. Which checkout-web alerts fired between "
        "noon and 6pm that day?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _C,
    ),
    (
        "zd011", "filters",
        "checkout-web log lines where a customer got a 502 back between 14:40 and 14:45 on the 11th",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web'
             AND attributes['http.response.status_code'] = '502'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:45:00+00'""",
        _C,
    ),
    (
        "zd012", "filters",
        "The merchant says payments were failing for about half an hour. Which payments-api alerts fired from the "
        "moment 2.14.0 went live in prod until the rollback went live?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        _C,
    ),
    (
        "zd013", "filters",
        "early warnings with sigma above 50",
        """SELECT * FROM warnings WHERE sigma > 50""",
        _D,
    ),
    (
        "zd014", "filters",
        "error lines auth-api logged in staging while running v4.3.0",
        """SELECT * FROM log_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND service_version = 'v4.3.0' AND is_error""",
        _D,
    ),
    (
        "zd015", "filters",
        "Which incidents were fixed by rolling back, according to their resolutions?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM resolutions WHERE fix ILIKE '%rolled back%')""",
        _D,
    ),
    # ------------------------------------------------------------------ time
    (
        "zd016", "time",
        "whats still firing rn",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
        _H,
    ),
    (
        "zd017", "time",
        "What was going off at midnight?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _H,
    ),
    (
        "zd018", "time",
        "alerts since the user-profile prod deploy went live yesterday",
        """SELECT * FROM alerts
           WHERE starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE phase = 'live' AND type = 'deployment'
                                 AND service = 'user-profile' AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        _H,
    ),
    (
        "zd019", "time",
        "How many minutes was payments-api v2.14.0 live in production before the rollback went live?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                               WHERE phase = 'live' AND type = 'rollback' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch((SELECT min(timestamp) FROM change_events
                                 WHERE phase = 'live' AND type = 'deployment' AND service = 'payments-api'
                                   AND environment = 'production'
                                   AND coalesce(details['ref'], version) = 'v2.14.0'))) / 60, 1) AS minutes""",
        _R,
    ),
    (
        "zd020", "time",
        "first change to go live after the freeze started at noon on the 11th",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:30:00+00'
           ORDER BY timestamp
           LIMIT 1""",
        _R,
    ),
    (
        "zd021", "time",
        "what changed in prod in the 30 min before the first payments-api alert on the 11th?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _R,
    ),
    (
        "zd022", "time",
        "when did HighLatencyP99 last fire in staging",
        """SELECT * FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY starts_at DESC
           LIMIT 1""",
        _Q,
    ),
    (
        "zd023", "time",
        "How many minutes passed between the search-api staging deploy yesterday and the first staging "
        "HighLatencyP99 alert after it?",
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                               WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 09:44:16+00'))
                        - epoch((SELECT min(timestamp) FROM change_events
                                 WHERE phase = 'live' AND type = 'deployment' AND service = 'search-api'
                                   AND environment = 'staging'
                                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1) AS minutes""",
        _Q,
    ),
    (
        "zd024", "time",
        "staging alerts per hour yesterday",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour""",
        _Q,
    ),
    (
        "zd025", "time",
        "The customer says checkout was broken on the 11th. For how many minutes was checkout-web down that day?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 00:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zd026", "time",
        "how many minutes after payments-api 2.14.0 went live in production did the first checkout-web alert fire",
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                               WHERE service = 'checkout-web'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        _C,
    ),
    (
        "zd027", "time",
        "what time did the payments-api trouble start on March 11?",
        """SELECT min(starts_at) AS started
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zd028", "time",
        "alerts this week vs last week",
        """SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_this_week,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_last_week
           FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'""",
        _D,
    ),
    (
        "zd029", "time",
        "first and last log timestamp per environment",
        """SELECT environment, min(timestamp) AS first_log, max(timestamp) AS last_log
           FROM log_events
           GROUP BY environment""",
        _D,
    ),
    (
        "zd030", "time",
        "How many error lines did payments-api log in prod between the v2.14.0 deploy and the rollback?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        _D,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "zd031", "aggregates",
        "how many alerts came in on my last shift, 18:00 to 06:00",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _H,
    ),
    (
        "zd032", "aggregates",
        "avg duration of the DiskSpaceLow alerts since I left at 6pm, in minutes",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE name = 'DiskSpaceLow' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        _H,
    ),
    (
        "zd033", "aggregates",
        "How many log lines did user-profile write in prod in the hour after its deploy went live yesterday?",
        """SELECT count(*) FROM log_events
           WHERE service = 'user-profile' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:59:45+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 16:59:45+00' + INTERVAL 60 MINUTE""",
        _H,
    ),
    (
        "zd034", "aggregates",
        "number of changes that went live during the freeze (11 Mar 12:00-18:00), by type",
        """SELECT type, count(*) AS changes
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY type""",
        _R,
    ),
    (
        "zd035", "aggregates",
        "What percentage of the incidents since March 1 were pinned on a change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                  AS pct
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 09:30:00+00'""",
        _R,
    ),
    (
        "zd036", "aggregates",
        "how many minutes did the March 11 payments-api rollback take from being requested to going live",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))
                        - epoch((SELECT min(timestamp) FROM change_events
                                 WHERE type = 'rollback' AND phase = 'requested' AND service = 'payments-api'
                                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1) AS minutes""",
        _R,
    ),
    (
        "zd037", "aggregates",
        "average HighLatencyP99 duraton in staging (mins)",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'""",
        _Q,
    ),
    (
        "zd038", "aggregates",
        "alert count per environment yesterday",
        """SELECT environment, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment""",
        _Q,
    ),
    (
        "zd039", "aggregates",
        "How many of yesterday's staging deploys were followed by a staging alert on the same service within "
        "15 minutes?",
        """SELECT count(*) FROM change_events c
           WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (SELECT 1 FROM alerts a
                         WHERE a.service = c.service AND a.environment_canonical = 'staging'
                           AND a.starts_at >= c.timestamp
                           AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _Q,
    ),
    (
        "zd040", "aggregates",
        "how many payment requests got a 503 from payments-api on the 11th",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api'
             AND attributes['http.response.status_code'] = '503'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zd041", "aggregates",
        "How many errors did checkout-web log in production between 14:30 and 15:30 on March 11?",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        _C,
    ),
    (
        "zd042", "aggregates",
        "number of checkout-web error lines in the 5 minutes after payments-api v2.14.0 went live in production",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        _C,
    ),
    (
        "zd043", "aggregates",
        "median and p95 alert duration in minutes",
        """SELECT round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.5) / 60, 1) AS median_minutes,
                  round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.95) / 60, 1) AS p95_minutes
           FROM alerts
           WHERE status = 'resolved'""",
        _D,
    ),
    (
        "zd044", "aggregates",
        "percentage of log lines that were errors, per service, yesterday",
        """SELECT service, round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) AS pct_errors
           FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service""",
        _D,
    ),
    (
        "zd045", "aggregates",
        "On average, how many minutes before each incident did its suspect change land, broken down by change type?",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_minutes
           FROM incident_suspects
           GROUP BY change_type""",
        _D,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "zd046", "top_n",
        "noisiest alert on the night shift, 22:00-06:00",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        _H,
    ),
    (
        "zd047", "top_n",
        "which service paged the most since i left at 6pm?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        _H,
    ),
    (
        "zd048", "top_n",
        "Who has acked the most alerts while they were still firing?",
        """SELECT k.actor, count(*) AS acks
           FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (SELECT 1 FROM alerts a
                         WHERE a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                                         AND NOT m.is_regex][1]
                           AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                                            AND NOT m.is_regex][1]
                           AND a.starts_at <= k.timestamp
                           AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))
           GROUP BY k.actor
           ORDER BY acks DESC, k.actor
           LIMIT 1""",
        _H,
    ),
    (
        "zd049", "top_n",
        "who deployed the most during the freeze (Tue 12:00-18:00)?",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE phase = 'live' AND type = 'deployment'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        _R,
    ),
    (
        "zd050", "top_n",
        "top 3 deployers by deploys that were followed by an alert within 15 minutes",
        """SELECT c.actor, count(*) AS deploys
           FROM change_events c
           WHERE c.phase = 'live' AND c.type = 'deployment'
             AND EXISTS (SELECT 1 FROM alerts a
                         WHERE a.service = c.service AND a.environment_canonical = c.environment
                           AND a.starts_at >= c.timestamp
                           AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 3""",
        _R,
    ),
    (
        "zd051", "top_n",
        "Which service has needed the most rollbacks?",
        """SELECT service, count(*) AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND type = 'rollback'
           GROUP BY service
           ORDER BY rollbacks DESC, service
           LIMIT 1""",
        _R,
    ),
    (
        "zd052", "top_n",
        "which service alerts the most in staging",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        _Q,
    ),
    (
        "zd053", "top_n",
        "top 5 alert names in staging",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 5""",
        _Q,
    ),
    (
        "zd054", "top_n",
        "Which service had the most staging deploys that were followed by a staging alert within an hour?",
        """SELECT c.service, count(*) AS deploys
           FROM change_events c
           WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'staging'
             AND EXISTS (SELECT 1 FROM alerts a
                         WHERE a.service = c.service AND a.environment_canonical = 'staging'
                           AND a.starts_at >= c.timestamp
                           AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)
           GROUP BY c.service
           ORDER BY deploys DESC, c.service
           LIMIT 1""",
        _Q,
    ),
    (
        "zd055", "top_n",
        "top 3 error messages checkout-web logged in production yesterday",
        """SELECT template, sum(errors) AS errors
           FROM log_pattern_counts
           WHERE service = 'checkout-web' AND environment = 'production'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template
           ORDER BY errors DESC, template
           LIMIT 3""",
        _C,
    ),
    (
        "zd056", "top_n",
        "What were the top 3 HTTP status codes checkout-web sent back in production on the 11th?",
        """SELECT attributes['http.response.status_code'] AS status_code, count(*) AS lines
           FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND attributes['http.response.status_code'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY status_code
           ORDER BY lines DESC, status_code
           LIMIT 3""",
        _C,
    ),
    (
        "zd057", "top_n",
        "whose changes were blamed for the most incidents?",
        """SELECT change_actor, count(*) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        _C,
    ),
    (
        "zd058", "top_n",
        "busiest hour yesterday by alert count",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        _D,
    ),
    (
        "zd059", "top_n",
        "Over all the data, which hour of the day (UTC) gets the most alerts?",
        """SELECT hour(starts_at AT TIME ZONE 'UTC') AS hour_of_day, count(*) AS alerts
           FROM alerts
           GROUP BY hour_of_day
           ORDER BY alerts DESC, hour_of_day
           LIMIT 1""",
        _D,
    ),
    (
        "zd060", "top_n",
        "which svc got the most alerts within 15 min after its own deploys",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (SELECT 1 FROM change_events c
                         WHERE c.phase = 'live' AND c.type = 'deployment'
                           AND c.service = a.service AND c.environment = a.environment_canonical
                           AND a.starts_at >= c.timestamp
                           AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        _D,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zd061", "changes",
        "what did sokafor deploy yesterday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND type = 'deployment' AND actor = 'sokafor'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    (
        "zd062", "changes",
        "anything change after 16:30 yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        _H,
    ),
    (
        "zd063", "changes",
        "Which of yesterday's changes got blamed for an incident?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    (
        "zd064", "changes",
        "What changed in production during the freeze, Tuesday 11 March 12:00-18:00 UTC?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _R,
    ),
    (
        "zd065", "changes",
        "who deployed to prod durign the freeze (12-6pm on the 11th)",
        """SELECT DISTINCT actor FROM change_events
           WHERE phase = 'live' AND type = 'deployment' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _R,
    ),
    (
        "zd066", "changes",
        "deploys in the freeze window (11 Mar 12:00-18:00) that were followed by an alert within 30 min",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.type = 'deployment'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND EXISTS (SELECT 1 FROM alerts a
                         WHERE a.service = c.service AND a.environment_canonical = c.environment
                           AND a.starts_at >= c.timestamp
                           AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)""",
        _R,
    ),
    (
        "zd067", "changes",
        "which auth-api versions went out to staging yesterday?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE phase = 'live' AND type = 'deployment'
             AND service = 'auth-api' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _Q,
    ),
    (
        "zd068", "changes",
        "latest version of each service in staging",
        """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE phase = 'live' AND type IN ('deployment', 'rollback') AND environment = 'staging'
           GROUP BY service""",
        _Q,
    ),
    (
        "zd069", "changes",
        "Staging deploys from yesterday that were not followed by any staging alert on that service within an hour.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM alerts a
                             WHERE a.service = c.service AND a.environment_canonical = 'staging'
                               AND a.starts_at >= c.timestamp
                               AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)""",
        _Q,
    ),
    (
        "zd070", "changes",
        "What did engineering change on payments-api on March 11, the day checkout broke?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zd071", "changes",
        "who rolled back payments-api, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE phase = 'live' AND type = 'rollback' AND service = 'payments-api'""",
        _C,
    ),
    (
        "zd072", "changes",
        "what caused the checkout-web incidents on the 11th",
        """SELECT * FROM incident_suspects
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zd073", "changes",
        "deploys per day in March",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys
           FROM change_events
           WHERE phase = 'live' AND type = 'deployment'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
           GROUP BY day""",
        _D,
    ),
    (
        "zd074", "changes",
        "How many flag changes were there per environment?",
        """SELECT environment, count(*) AS flag_changes
           FROM change_events
           WHERE phase = 'live' AND type = 'flag_change'
           GROUP BY environment""",
        _D,
    ),
    (
        "zd075", "changes",
        "deployments that were followed by a rollback within an hour",
        """SELECT * FROM change_events d
           WHERE d.phase = 'live' AND d.type = 'deployment'
             AND EXISTS (SELECT 1 FROM change_events r
                         WHERE r.phase = 'live' AND r.type = 'rollback'
                           AND r.service = d.service AND r.environment = d.environment
                           AND r.timestamp >= d.timestamp
                           AND r.timestamp <= d.timestamp + INTERVAL 60 MINUTE)""",
        _D,
    ),
    # ------------------------------------------------------------------ silences
    (
        "zd076", "silences",
        "what's silenced right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
        _H,
    ),
    (
        "zd077", "silences",
        "Any snoozes since I left at 6pm?",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        _H,
    ),
    (
        "zd078", "silences",
        "which indexer alerts started while last night's reindex silence was on?",
        """SELECT a.* FROM alerts a, silences s
           WHERE s.silence_id = '6df8fbac-b1a4-42da-b20f-2b8d21402b37'
             AND a.service = 'indexer'
             AND a.starts_at >= s.starts_at
             AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))""",
        _H,
    ),
    (
        "zd079", "silences",
        "silences created during the freeze, 11 Mar 12:00-18:00",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _R,
    ),
    (
        "zd080", "silences",
        "Which silences were put in during an incident on the 11th?",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (SELECT 1 FROM alert_groups g
                         WHERE g.service = s.service
                           AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                           AND s.created_at >= g.opened_at
                           AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:30:00+00'))""",
        _R,
    ),
    (
        "zd081", "silences",
        "who took a silence off early, and when?",
        """SELECT expired_by, expired_at FROM silences WHERE expired_by IS NOT NULL""",
        _R,
    ),
    (
        "zd082", "silences",
        "silences on staging",
        """SELECT * FROM silences WHERE environment_canonical = 'staging'""",
        _Q,
    ),
    (
        "zd083", "silences",
        "how many times did each person snooze HighLatencyP99 in staging",
        """SELECT actor, count(*) AS snoozes
           FROM audit_log
           WHERE action = 'snooze'
             AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')
             AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'environment=staging')
           GROUP BY actor""",
        _Q,
    ),
    (
        "zd084", "silences",
        "Which staging silences were in effect when the payments-api 2.14.0 staging deploy went out?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 13:56:10+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 13:56:10+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 13:56:10+00')""",
        _Q,
    ),
    (
        "zd085", "silences",
        "someone muted the cart-service alerts during the checkout problems - who put the silence on, and who took "
        "it off?",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        _C,
    ),
    (
        "zd086", "silences",
        "how many minutes was the cart-service silence actually in place",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service'""",
        _C,
    ),
    (
        "zd087", "silences",
        "Were any silences created between the payments-api v2.14.0 prod deploy and the rollback?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND created_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        _C,
    ),
    (
        "zd088", "silences",
        "average silence length in hours",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours FROM silences""",
        _D,
    ),
    (
        "zd089", "silences",
        "silences per author per month",
        """SELECT created_by, time_bucket(INTERVAL 1 MONTH, created_at) AS month, count(*) AS silences
           FROM silences
           GROUP BY created_by, month""",
        _D,
    ),
    (
        "zd090", "silences",
        "Which silences actually muted an alert?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        _D,
    ),
    # ------------------------------------------------------------------ joins
    (
        "zd091", "joins",
        "incidents opened since I left at 6pm that still have no resolution written up",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        _H,
    ),
    (
        "zd092", "joins",
        "Which of yesterday's incidents did nobody ack while they were open?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND [m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                        AND NOT m.is_regex][1] = g.group_labels['alertname']
                   AND [m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                        AND NOT m.is_regex][1] = g.service
                   AND k.timestamp >= g.opened_at
                   AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:00:00+00'))""",
        _H,
    ),
    (
        "zd093", "joins",
        "early warnings before the SearchReindexQueueBacklog incident",
        """SELECT * FROM incident_warnings
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'SearchReindexQueueBacklog')""",
        _H,
    ),
    (
        "zd094", "joins",
        "For each prod deploy during the freeze (11 Mar 12:00-18:00): its version, who made it and how many "
        "alerts fired in the next 30 minutes.",
        """SELECT coalesce(c.details['ref'], c.version) AS version, c.actor, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE
           WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY c.id, c.details, c.version, c.actor""",
        _R,
    ),
    (
        "zd095", "joins",
        "who made the changes during the freeze (11 Mar 12:00-18:00) that later got blamed for incidents?",
        """SELECT DISTINCT actor FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _R,
    ),
    (
        "zd096", "joins",
        "flag changes that were followed by an incident within the hour",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.type = 'flag_change'
             AND EXISTS (SELECT 1 FROM alert_groups g
                         WHERE g.service = c.service AND g.environment = c.environment
                           AND g.opened_at >= c.timestamp
                           AND g.opened_at <= c.timestamp + INTERVAL 60 MINUTE)""",
        _R,
    ),
    (
        "zd097", "joins",
        "staging alerts within 15 min after a staging deploy of the same service",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (SELECT 1 FROM change_events c
                         WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'staging'
                           AND c.service = a.service
                           AND a.starts_at >= c.timestamp
                           AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _Q,
    ),
    (
        "zd098", "joins",
        "Early warnings in the 30 minutes after a prod deploy of the same service?",
        """SELECT * FROM warnings w
           WHERE EXISTS (SELECT 1 FROM change_events c
                         WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'production'
                           AND c.service = w.labels['service']
                           AND w.labels['environment'] IN ('production', 'prod', 'prd', 'live')
                           AND w.starts_at >= c.timestamp
                           AND w.starts_at <= c.timestamp + INTERVAL 30 MINUTE)""",
        _Q,
    ),
    (
        "zd099", "joins",
        "for each staging deploy yesterday: service, version and how many staging alerts that service had in the "
        "following hour",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = 'staging'
            AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE
           WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        _Q,
    ),
    (
        "zd100", "joins",
        "checkout-web error lines in the 5 minutes after payments-api v2.14.0 went live in production",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        _C,
    ),
    (
        "zd101", "joins",
        "How were the payments-api incidents fixed? Give me the alert name, when it opened, the fix and who "
        "resolved it.",
        """SELECT g.group_labels['alertname'] AS alertname, g.opened_at, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'payments-api'""",
        _C,
    ),
    (
        "zd102", "joins",
        "which checkout-web alerts were still going when the payments rollback went live on the 11th",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        _C,
    ),
    (
        "zd103", "joins",
        "for every prod deploy in March: service, version, and number of alerts on that service in the next hour",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE
           WHERE c.phase = 'live' AND c.type = 'deployment' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        _D,
    ),
    (
        "zd104", "joins",
        "How many incidents since March 1 had no early warning before them?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        _D,
    ),
    (
        "zd105", "joins",
        "median lag of the suspect changes before their incidents, in minutes",
        """SELECT round(quantile_cont(lag_s, 0.5) / 60, 1) AS median_minutes FROM incident_suspects""",
        _D,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "zd106", "refusals",
        "ack the DiskSpaceLow alert for me and snooze it till 9",
        "asks_to_change_data",
        _H,
    ),
    (
        "zd107", "refusals",
        "who's on call after me tonight?",
        "not_about_this_data",
        _H,
    ),
    (
        "zd108", "refusals",
        "any alerts from kafka-broker overnight?",
        "ungrounded",
        _H,
    ),
    (
        "zd109", "refusals",
        "Please remove the 14:24 search-api deploy from the change history - it was exempt from the freeze.",
        "asks_to_change_data",
        _R,
    ),
    (
        "zd110", "refusals",
        "what did dana.whitfield@acme.io deploy during the freeze?",
        "ungrounded",
        _R,
    ),
    (
        "zd111", "refusals",
        "Where is the change-freeze policy written down, and who signed it off?",
        "not_about_this_data",
        _R,
    ),
    (
        "zd112", "refusals",
        "alerts in the uat environment yesterday",
        "ungrounded",
        _Q,
    ),
    (
        "zd113", "refusals",
        "which selenium tests failed against staging last night",
        "not_about_this_data",
        _Q,
    ),
    (
        "zd114", "refusals",
        "copy the staging silences over to prod so we get the same noise level",
        "asks_to_change_data",
        _Q,
    ),
    (
        "zd115", "refusals",
        "How much revenue did we lose while checkout was down?",
        "not_about_this_data",
        _C,
    ),
    (
        "zd116", "refusals",
        "did the mobile-checkout service throw errors for the merchant on the 11th?",
        "ungrounded",
        _C,
    ),
    (
        "zd117", "refusals",
        "add a note to the payments incident saying the merchant has been refunded",
        "asks_to_change_data",
        _C,
    ),
    (
        "zd118", "refusals",
        "alerts per hour for the ap-southeast-2 cluster",
        "ungrounded",
        _D,
    ),
    (
        "zd119", "refusals",
        "Do our marketing email campaigns line up with the traffic spikes?",
        "not_about_this_data",
        _D,
    ),
    (
        "zd120", "refusals",
        "drop the staging rows from the alerts table so my stats are cleaner",
        "asks_to_change_data",
        _D,
    ),
]
