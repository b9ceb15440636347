"""The thirtieth ask question set: ids zk001..zk120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (to wire the set in), the module docstrings
of the earlier sets (to choose people who had not spoken before and to keep their conventions), the first ten rows of
``ask_questions_twentyninth`` (for the file's format), and the demo store itself, opened read-only (records from
2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Each row is
``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person, environment, cluster or
alert name the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- the manager of the IT service desk, who thinks in ITIL terms ("emergency changes", "change record", "major
  incident"), at 08:15 on Thursday 13 March: polite questions that open with a greeting ("Good morning, ...",
  "Hello, could you ...") about what was raised, changed, silenced and resolved, and mean time to resolve;
- an SRE who joined from a company that ran Datadog and still speaks its words, at 10:30 on Wednesday 12 March:
  "monitors" that "triggered" are alerts, "downtimes" are silences, "deploy events" / "change events" are the live
  change reports; very terse lower case with shorthand ("yday", "7d", "w/in 15m", "svc", "rn", "crit", "#");
- a principal engineer drafting an RFC on canary releases and automatic rollback, at 16:00 on Monday 17 March: long,
  rambling questions that think aloud, give their reason first and then restate what they want ("In other words,
  ...", "Put differently: ...", "Just the top three services."), about deploys followed by alerts, incidents and
  rollbacks, change failure rate, bake time, cadence and who deploys;
- an engineer on call for the weekend, at 09:30 on Saturday 15 March, catching up on the week before: context first
  ("on call this weekend", "got the pager til monday", "reading up on tuesday"), then the question, lower case with
  typos ("stil", "teh", "wenesday", "servce", "there service", "wich", "chnage", "warnigns");
- an operational-resilience officer preparing the regulator's major-incident report, at 09:00 on Tuesday 18 March:
  formal full sentences with dates and years ("on 11 March 2025", "since 1 January 2025", "the week commencing 10
  March 2025"), "Please list / identify / state ...": durations, critical incidents, suspect changes, fixes,
  silences and who did what.

46 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys and the alerts,
incidents or log lines after or before them; alerts and changes before a named alert or incident; incidents and
their suspects, early warnings, rollbacks and resolutions; silences in effect while alerts started, incidents were
open or deploys went out, silences created during an incident or after an alert, the silences that muted something
and the alerts kenji's silences muted; error lines while an alert was firing): five in each of filters (its deploys
followed by a rollback relate two kinds of change, not counted), time, aggregates, top_n and changes, six in
silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the Datadog SRE at
  2025-03-12 10:30 (Wednesday), the service-desk manager at Thursday 2025-03-13 08:15, the weekend on-call engineer
  at Saturday 2025-03-15 09:30, the RFC author at Monday 2025-03-17 16:00 and the resilience officer at Tuesday
  2025-03-18 09:00 (all after every record). "Yday" (Wednesday's asker) and "Tuesday" / "tuesday" / "on March 11" /
  "on 11 March 2025" are ``[2025-03-11, 2025-03-12)``; the service-desk manager's "yesterday" and the weekend
  engineer's "wenesday" are ``[2025-03-12, 2025-03-13)``; "this week" and "since monday" run from 2025-03-10 00:00 to
  now; "this month" from 2025-03-01 to now; the RFC author's "last week (Monday to Sunday)" and "the week commencing
  10 March 2025" are ``[2025-03-10, 2025-03-17)``; "last 24h" and "7d" are ``(now - N, now]``; "since 1 February",
  "since March 1" and "since 1 January 2025" run from that day to now; "February 2025" and "between 1 February 2025
  and 28 February 2025 inclusive" are ``[2025-02-01, 2025-03-01)``; "between 1 January 2025 and 11 March 2025
  inclusive" is ``[2025-01-01, 2025-03-12)``; "between 14:00 and 15:00 UTC" on Tuesday, "between 14:30 and 15:00
  yday" and "between midnight and 06:00 UTC on March 11" include their start and exclude their end. A thing is in a
  window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``, a log line's ``timestamp``; "the five longest incidents resolved since" by
  ``resolved_at``); "rn" / "at present" / "still open" is the state at now.
- Alerts ("monitors" for the Datadog SRE) are the ``alerts`` view's rows (every column for a list), incidents
  ``alert_groups``' rows, silences ("downtimes") the ``silences`` view's rows, log lines ``log_events``' rows ("error
  logs" / "error lines" / "log entries at error level or above" ``is_error``), early warnings the ``warnings`` rows.
  Changes are their ``phase = 'live'`` reports: "deploys" / "deploy events" ``type = 'deployment'``, "rollbacks" /
  "emergency changes, by which I mean the rollbacks" ``type = 'rollback'``, "flag flips" / "feature flag changes"
  ``type = 'flag_change'``, "configuration changes" / "config change" ``type = 'config_update'``; "changes" / "change
  events" / "what changed" every live report, scale events included. A version is ``coalesce(details['ref'],
  version)``; the version live in an environment is that of the last live deployment or rollback there. "Argo's
  production deploys" are those whose actor is ``argocd (automated)``; people are answered as stored, bots included
  ("who deploys the most" counts the ``actor`` column as it is); "kenji" is ``created_by ILIKE '%kenji%'``.
- Named events: "the v2.14.0 (prod) deploy" is payments-api's live production deployment of v2.14.0 (14:31:22 on
  the 11th) and "the payments-api rollback" on Tuesday its live production rollback (14:56:37); "the first
  payments-api alert on March 11 / tuesday" is the earliest payments-api alert that day, "the first critical
  production incident on 11 March 2025" the earliest critical production ``alert_groups`` row that day and "the
  SearchReindexQueueBacklog monitor this morning" that alert's first start on the 12th, each a scalar subquery; "the
  hikari alert" is the alert named ``HikariPoolPendingConnections``. Changes before a named alert or incident are
  those of production in ``[t - N, t]``; early warnings "from any service" and silences "any service" around one are
  every row in the window; alerts "of any service" firing when the rollback went live are firing at its instant; log
  lines "between the v2.14.0 deploy and its rollback" are checkout-web's production lines from the one to the other,
  both included, and "in the N min after / before" a named change ``[t, t + N]`` / ``[t - N, t]``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``; warnings on their ``service`` and ``environment`` labels): an alert or incident "within N after" a
  deploy, flag flip or config change starts (opens) in ``[t, t + N]``; a deploy "followed by" an alert, incident or
  rollback has one there, "with no monitors in the 30m after" none; changes "in the hour before an incident opened"
  have one in ``[t, t + 60 min]``; a warning "followed by an incident within 15 minutes" has one opening in
  ``[starts_at, starts_at + 15 min]``. An incident is open from ``opened_at`` to ``resolved_at`` (now while
  unresolved): a rollback "landed while it was still open" and a silence "put in place while an incident was open"
  have their time in that span. A silence is in effect from ``starts_at`` to its end or its expiry, whichever came
  first, and meets the other side on its service and, when it pins one, its environment: an alert "triggered while a
  downtime on their svc was active" started inside that span, a deploy "done while their service was silenced" and a
  silence "in effect when a deploy of its service went out" have the deploy inside it, an incident "during which a
  silence was in effect" shares a moment with it; a silence "created within 15m after a monitor triggered" was
  created in ``[starts_at, starts_at + 15 min]`` of an alert of its service. "Error log lines while the hikari alert
  was firing" are payments-api's production error lines inside that alert's span. "Suspect change" means
  ``incident_suspects`` (the persons who made such changes are the ``actor`` of the ``change_events`` rows it names;
  "incidents with no suspect change" have no row there); "no early warning before them" is an anti-join on
  ``incident_warnings``; "actually muted something" named in ``alert_mutes.silenced_by``; the alerts "suppressed
  under kenji's silences" are ``alert_mutes`` rows whose ``silenced_by`` names one of them. "For each X: a, b and how
  many Y" is one row per X with those columns and a count, zeros included (a ``LEFT JOIN``); "avg # of monitors in
  the 15m after each prod deploy" is the mean of those counts over every live production deployment; "change failure
  rate" is the percentage of live production deployments followed by an incident of their service within the hour.
- Aggregates: durations in minutes to one decimal; mean time to resolve of incidents runs from ``opened_at`` to
  ``resolved_at`` of the resolved ones, of alerts from start to end of the resolved ones; "how long payments-api was
  affected" runs from the first of its alerts' start that day to the last one's end; a silence's length as set is
  ``starts_at`` to ``ends_at``; a suspect's lag is ``lag_s`` in minutes, a warning's lead ``lead_min``;
  percentages are ``round(100.0 * part / whole, 1)``, medians and percentiles (``quantile_cont``) to one decimal.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most"
  and "the single person" ask for one row; "the five longest incidents" are whole rows ranked by duration; "the
  busiest hour on the clock" is ``hour(timestamp)`` over all the data.
- Refusals: the services "billing-engine" and "shipping-gateway", the person priya.raman@acme.io, the
  "ap-northeast-1" cluster and the "dr-frankfurt" environment are ungrounded; the ITIL definition of a major incident,
  Datadog's pricing, choosing between Argo Rollouts and Flagger, the on-call rota and a regulator's financial penalty
  are not about this data; raising a change record, muting monitors, deleting rollback records, acking an alert and
  marking an incident as reported ask to change the data.
"""

from __future__ import annotations

DESK = "2025-03-13T08:15:00Z"
EXDOG = "2025-03-12T10:30:00Z"
RFC = "2025-03-17T16:00:00Z"
WEEKEND = "2025-03-15T09:30:00Z"
RESILIENCE = "2025-03-18T09:00:00Z"

ROWS = [
    # filters
    (
        "zk001",
        "filters",
        "Good morning. Could you list the critical alerts raised in production on Tuesday 11 March, please?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DESK,
    ),
    (
        "zk002",
        "filters",
        "Hello, please show me the emergency changes, by which I mean the rollbacks carried out in production "
        "since 1 February.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:15:00+00'""",
        DESK,
    ),
    (
        "zk003",
        "filters",
        "Good morning, which production incidents were opened within 15 minutes after a production deployment of "
        "the same service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DESK,
    ),
    (
        "zk004",
        "filters",
        "monitors still triggered rn in prod",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 10:30:00+00')""",
        EXDOG,
    ),
    (
        "zk005",
        "filters",
        "triggered monitors on payments-api w/in 15m after the v2.14.0 prod deploy",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        EXDOG,
    ),
    (
        "zk006",
        "filters",
        "crit monitors yday",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EXDOG,
    ),
    (
        "zk007",
        "filters",
        "So I'm writing up a proposal for canary releases and I want to ground it in what actually happened. Which "
        "alerts started within 30 minutes after a production deployment of the same service? In other words, the "
        "alerts a canary might have caught.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        RFC,
    ),
    (
        "zk008",
        "filters",
        "I keep hearing that staging is noisy, and before I argue for staging gates I'd like to look at the raw "
        "material: what staging alerts did we have last week? Just the staging ones, last week.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RFC,
    ),
    (
        "zk009",
        "filters",
        "For the RFC's section on automatic rollback: which deploys were followed by a rollback of the same service "
        "within an hour? Basically, the deploys that got rolled back.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        RFC,
    ),
    (
        "zk010",
        "filters",
        "im on call this weekend and want to know whats still open. which incidents are stil open rn?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-15 09:30:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-15 09:30:00+00')""",
        WEEKEND,
    ),
    (
        "zk011",
        "filters",
        "on call til monday and reading up on tuesday. show me the error logs from payments-api in prod in teh 5 "
        "minutes before the v2.14.0 deploy went live",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 5 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        WEEKEND,
    ),
    (
        "zk012",
        "filters",
        "got the pager this weekend, token-service is mine too. whats the token-service alerts this week?",
        """SELECT * FROM alerts
           WHERE service = 'token-service'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 09:30:00+00'""",
        WEEKEND,
    ),
    (
        "zk013",
        "filters",
        "Please list all incidents of critical severity opened between 1 January 2025 and 11 March 2025 inclusive.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk014",
        "filters",
        "Please identify the log entries at error level or above recorded by checkout-web in production between "
        "the deployment of payments-api v2.14.0 to production and its subsequent rollback on 11 March 2025.",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        RESILIENCE,
    ),
    (
        "zk015",
        "filters",
        "Please list every configuration change recorded in production since 1 January 2025.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 09:00:00+00'""",
        RESILIENCE,
    ),
    # time
    (
        "zk016",
        "time",
        "Good morning, how many alerts were raised yesterday?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DESK,
    ),
    (
        "zk017",
        "time",
        "Hello, could you show me the changes made on Tuesday between 14:00 and 15:00 UTC?",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        DESK,
    ),
    (
        "zk018",
        "time",
        "Good morning. Which payments-api alerts started in the hour before the payments-api rollback went live "
        "on Tuesday?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 60 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        DESK,
    ),
    (
        "zk019",
        "time",
        "monitors triggered last 24h",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-11 10:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        EXDOG,
    ),
    (
        "zk020",
        "time",
        "change events between 14:30 and 15:00 yday",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        EXDOG,
    ),
    (
        "zk021",
        "time",
        "downtimes created since the SearchReindexQueueBacklog monitor triggered this morning",
        """SELECT * FROM silences
           WHERE created_at >= (
                   SELECT min(starts_at) FROM alerts
                   WHERE name = 'SearchReindexQueueBacklog'
                     AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND created_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        EXDOG,
    ),
    (
        "zk022",
        "time",
        "I'm trying to get a feel for our deploy cadence before proposing a freeze window, so: how many production "
        "deploys went out last week? Last week as in Monday to Sunday.",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RFC,
    ),
    (
        "zk023",
        "time",
        "Thinking about bake time here... what changed in production in the 30 minutes before the first "
        "payments-api alert on March 11? I mean any change, not just deploys.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        RFC,
    ),
    (
        "zk024",
        "time",
        "Trying to understand how quiet the nights are, for scheduling deploys: how many alerts fired between "
        "midnight and 06:00 UTC on March 11? Just that one night.",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'""",
        RFC,
    ),
    (
        "zk025",
        "time",
        "on call this wkend, catching up on the week. what fired on wenesday?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        WEEKEND,
    ),
    (
        "zk026",
        "time",
        "im covering the pager and just want context. any early warnigns from any service in the hour before the "
        "first payments-api alert on tuesday?",
        """SELECT * FROM warnings
           WHERE starts_at BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        WEEKEND,
    ),
    (
        "zk027",
        "time",
        "quick check b4 i hand over on monday: how many deploys since monday?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 09:30:00+00'""",
        WEEKEND,
    ),
    (
        "zk028",
        "time",
        "Please state the number of incidents opened during the week commencing 10 March 2025.",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk029",
        "time",
        "Please list the alerts, of any service, that were firing at the moment the payments-api rollback went live "
        "in production on 11 March 2025.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        RESILIENCE,
    ),
    (
        "zk030",
        "time",
        "Please provide all changes recorded in February 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        RESILIENCE,
    ),
    # aggregates
    (
        "zk031",
        "aggregates",
        "Good morning, what was the mean time to resolve for production incidents this month?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'""",
        DESK,
    ),
    (
        "zk032",
        "aggregates",
        "Hello, on average how many minutes before each incident did its suspect change go live?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        DESK,
    ),
    (
        "zk033",
        "aggregates",
        "Good morning. What percentage of this month's alerts were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'""",
        DESK,
    ),
    (
        "zk034",
        "aggregates",
        "avg monitor duration yday, resolved only, mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EXDOG,
    ),
    (
        "zk035",
        "aggregates",
        "avg # of monitors triggered in the 15m after each prod deploy, same svc",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        EXDOG,
    ),
    (
        "zk036",
        "aggregates",
        "p95 downtime length in mins (silences)",
        """SELECT round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.95) / 60, 1) FROM silences""",
        EXDOG,
    ),
    (
        "zk037",
        "aggregates",
        "I want a rough change failure rate for the RFC. What percentage of production deployments were followed "
        "by an incident on the same service within an hour? As a percentage of all prod deploys, that is.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alert_groups g
                   WHERE g.service = c.service AND g.environment = c.environment
                     AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        RFC,
    ),
    (
        "zk038",
        "aggregates",
        "How long do our incidents typically last? I'd like the median, open to resolved, in minutes: the median "
        "duration of the resolved incidents.",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        RFC,
    ),
    (
        "zk039",
        "aggregates",
        "Something I've wondered while drafting this: on average, how many alerts are there per incident? The mean "
        "alert count across all incidents.",
        """SELECT round(avg(alert_count), 1) FROM alert_groups""",
        RFC,
    ),
    (
        "zk040",
        "aggregates",
        "on call this weekend. how many alerts are stil firing rn?",
        """SELECT count(*) FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-15 09:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-15 09:30:00+00')""",
        WEEKEND,
    ),
    (
        "zk041",
        "aggregates",
        "reading the tuesday postmortem to prep. how many error log lines did payments-api write while the hikari "
        "alert was firing?",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'payments-api' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND l.timestamp >= a.starts_at AND (a.ends_at IS NULL OR l.timestamp < a.ends_at))""",
        WEEKEND,
    ),
    (
        "zk042",
        "aggregates",
        "avg time to resolve alerts this week? in minutes pls",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 09:30:00+00'""",
        WEEKEND,
    ),
    (
        "zk043",
        "aggregates",
        "Please state the total duration, in minutes, for which payments-api was affected on 11 March 2025, from "
        "the start of its first alert to the end of its last.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-18 09:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk044",
        "aggregates",
        "Please state the average lead time, in minutes, of the early warnings that preceded incidents opened on "
        "11 March 2025.",
        """SELECT round(avg(lead_min), 1) FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk045",
        "aggregates",
        "Please state the mean time to resolve, in minutes, of the critical incidents opened since 1 January 2025 "
        "that have been resolved.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE max_severity = 'critical' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-18 09:00:00+00'""",
        RESILIENCE,
    ),
    # top_n
    (
        "zk046",
        "top_n",
        "Good morning, which service raised the most alerts this month?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        DESK,
    ),
    (
        "zk047",
        "top_n",
        "Hello, whose changes were identified as the suspect change for the most incidents?",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        DESK,
    ),
    (
        "zk048",
        "top_n",
        "Good morning, could you give me the top 3 alert names by number of alerts in production?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 3""",
        DESK,
    ),
    (
        "zk049",
        "top_n",
        "top 2 noisiest monitors 7d",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        EXDOG,
    ),
    (
        "zk050",
        "top_n",
        "which svc got the most monitors triggered w/in 15m after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        EXDOG,
    ),
    (
        "zk051",
        "top_n",
        "top 2 downtime creators",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2""",
        EXDOG,
    ),
    (
        "zk052",
        "top_n",
        "For the rollout section I need the repeat offenders: top 3 services by number of deploys that were "
        "followed by an alert on the same service within 30 minutes. Just the top three services.",
        """SELECT c.service, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY c.service ORDER BY deploys DESC, c.service LIMIT 3""",
        RFC,
    ),
    (
        "zk053",
        "top_n",
        "Who deploys the most? I'm asking because the RFC will propose per-team deploy budgets, so: the single "
        "person (or bot) with the most deploys.",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        RFC,
    ),
    (
        "zk054",
        "top_n",
        "Which hour of the day do most production deploys happen in? I want to see whether people deploy late in "
        "the afternoon, so the busiest hour on the clock, over everything we have.",
        """SELECT hour(timestamp) AS hour, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           GROUP BY hour ORDER BY deploys DESC, hour LIMIT 1""",
        RFC,
    ),
    (
        "zk055",
        "top_n",
        "on call til monday, which alert fires the most this week?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 09:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        WEEKEND,
    ),
    (
        "zk056",
        "top_n",
        "want to know what to expect this weekend: which servce had the most incidents with a suspect change?",
        """SELECT service, count(*) AS incidents FROM incident_suspects
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        WEEKEND,
    ),
    (
        "zk057",
        "top_n",
        "top 3 services by error log lines this week",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 09:30:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        WEEKEND,
    ),
    (
        "zk058",
        "top_n",
        "Please identify the five longest incidents resolved since 1 January 2025, by duration.",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND resolved_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND resolved_at <= TIMESTAMPTZ '2025-03-18 09:00:00+00'
           ORDER BY resolved_at - opened_at DESC LIMIT 5""",
        RESILIENCE,
    ),
    (
        "zk059",
        "top_n",
        "Please identify the type of change most frequently identified as the suspect change of an incident.",
        """SELECT change_type, count(*) AS incidents FROM incident_suspects
           GROUP BY change_type ORDER BY incidents DESC, change_type LIMIT 1""",
        RESILIENCE,
    ),
    (
        "zk060",
        "top_n",
        "Please identify the three projects with the most alerts since 1 January 2025.",
        """SELECT project, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 09:00:00+00'
           GROUP BY project ORDER BY alerts DESC, project LIMIT 3""",
        RESILIENCE,
    ),
    # changes
    (
        "zk061",
        "changes",
        "Good morning, who carried out the rollbacks in production this month?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:15:00+00'""",
        DESK,
    ),
    (
        "zk062",
        "changes",
        "Hello, could you list the changes, of any type, that were made in the hour before an incident opened on "
        "the same service?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        DESK,
    ),
    (
        "zk063",
        "changes",
        "Good morning, which version of payments-api is live in production at present?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        DESK,
    ),
    (
        "zk064",
        "changes",
        "deploy events payments-api prod",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'""",
        EXDOG,
    ),
    (
        "zk065",
        "changes",
        "deploys w/ no monitors triggered in the 30m after, same svc",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        EXDOG,
    ),
    (
        "zk066",
        "changes",
        "flag flips last 7d and by whom",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-05 10:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        EXDOG,
    ),
    (
        "zk067",
        "changes",
        "I'm looking at how often a bad deploy slips through. Which production deployments were followed by an "
        "incident on the same service within 30 minutes? The deploys themselves, not the incidents.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        RFC,
    ),
    (
        "zk068",
        "changes",
        "Which versions of auth-api have gone out to staging? I'm curious how many iterations a service goes "
        "through before prod, so the distinct staging versions of auth-api.",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'""",
        RFC,
    ),
    (
        "zk069",
        "changes",
        "For context on manual versus automated deploys: which production deployments did argocd make? Argo's "
        "production deploys, that's all.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor = 'argocd (automated)'""",
        RFC,
    ),
    (
        "zk070",
        "changes",
        "on call this weekend and ppl keep asking me: what version of checkout-web is in prod rn?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        WEEKEND,
    ),
    (
        "zk071",
        "changes",
        "pager is mine til monday. were any deploys done while there service was silenced?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at AND c.timestamp < s.ends_at
                   AND (s.expired_at IS NULL OR c.timestamp < s.expired_at))""",
        WEEKEND,
    ),
    (
        "zk072",
        "changes",
        "whats been deployed this week?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 09:30:00+00'""",
        WEEKEND,
    ),
    (
        "zk073",
        "changes",
        "Please identify the persons who performed rollbacks since 1 January 2025.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 09:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk074",
        "changes",
        "Please list the changes made to production in the sixty minutes preceding the opening of the first "
        "critical production incident on 11 March 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(opened_at) FROM alert_groups
                     WHERE max_severity = 'critical' AND environment = 'production'
                       AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                 AND (
                     SELECT min(opened_at) FROM alert_groups
                     WHERE max_severity = 'critical' AND environment = 'production'
                       AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        RESILIENCE,
    ),
    (
        "zk075",
        "changes",
        "Please list all feature flag changes made in production during February 2025.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        RESILIENCE,
    ),
    # silences
    (
        "zk076",
        "silences",
        "Good morning, which silences were created this week?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'""",
        DESK,
    ),
    (
        "zk077",
        "silences",
        "Hello, were any silences put in place while an incident was open on the same service? Please list them.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:15:00+00'))""",
        DESK,
    ),
    (
        "zk078",
        "silences",
        "Good morning, who created silences in production this month?",
        """SELECT DISTINCT created_by FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'""",
        DESK,
    ),
    (
        "zk079",
        "silences",
        "downtimes created yday",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EXDOG,
    ),
    (
        "zk080",
        "silences",
        "monitors that triggered while a downtime on their svc was active",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at AND a.starts_at < s.ends_at
                 AND (s.expired_at IS NULL OR a.starts_at < s.expired_at))""",
        EXDOG,
    ),
    (
        "zk081",
        "silences",
        "downtimes that actually muted something",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        EXDOG,
    ),
    (
        "zk082",
        "silences",
        "I'd like to know whether people silence things around deploys. Which silences were in effect when a "
        "deploy of their own service went out? The silences themselves, I mean.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                 AND c.timestamp >= s.starts_at AND c.timestamp < s.ends_at
                 AND (s.expired_at IS NULL OR c.timestamp < s.expired_at))""",
        RFC,
    ),
    (
        "zk083",
        "silences",
        "How long do silences usually run as they're set? The average length in minutes, from start to scheduled "
        "end, across all of them.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences""",
        RFC,
    ),
    (
        "zk084",
        "silences",
        "Were any silences ended early by hand? I mean expired before their scheduled end; list them.",
        """SELECT * FROM silences WHERE expired_early""",
        RFC,
    ),
    (
        "zk085",
        "silences",
        "on call this wkend n the indexer is noisy. whats the latest silence kenji made?",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%'
           ORDER BY created_at DESC LIMIT 1""",
        WEEKEND,
    ),
    (
        "zk086",
        "silences",
        "did anyone silence stuff during the payments mess on tuesday? silences created in the 30 min after the "
        "first payments-api alert, any service",
        """SELECT * FROM silences
           WHERE created_at BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') + INTERVAL 30 MINUTE""",
        WEEKEND,
    ),
    (
        "zk087",
        "silences",
        "who silenced cart-service, and when?",
        """SELECT created_by, created_at FROM silences WHERE service = 'cart-service'""",
        WEEKEND,
    ),
    (
        "zk088",
        "silences",
        "Please list all silences created between 1 February 2025 and 28 February 2025 inclusive.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk089",
        "silences",
        "Please identify the alerts that Alertmanager suppressed under silences created by kenji.tanaka@acme.io.",
        """SELECT * FROM alert_mutes
           WHERE len(list_intersect(silenced_by, (
               SELECT list(silence_id) FROM silences WHERE created_by = 'kenji.tanaka@acme.io'))) > 0""",
        RESILIENCE,
    ),
    (
        "zk090",
        "silences",
        "Please state, for each silence created on 11 March 2025, its author and its scheduled length in minutes "
        "(from its start to its scheduled end).",
        """SELECT created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        RESILIENCE,
    ),
    # joins
    (
        "zk091",
        "joins",
        "Good morning, which production deployments were followed by a critical alert on the same service within "
        "an hour?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        DESK,
    ),
    (
        "zk092",
        "joins",
        "Hello, for each production incident opened on Tuesday 11 March, could you tell me its service, when it "
        "opened, and how many changes were made to that service in the hour before it opened?",
        """SELECT g.service, g.opened_at, count(c.id)
           FROM alert_groups g
           LEFT JOIN change_events c
             ON c.phase = 'live' AND c.service = g.service AND c.environment = g.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY g.id, g.service, g.opened_at""",
        DESK,
    ),
    (
        "zk093",
        "joins",
        "Good morning, which incidents opened this month had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        DESK,
    ),
    (
        "zk094",
        "joins",
        "monitors triggered w/in 15m after a flag flip on the same svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        EXDOG,
    ),
    (
        "zk095",
        "joins",
        "svcs that got monitors in the 30m after a config change",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'config_update' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        EXDOG,
    ),
    (
        "zk096",
        "joins",
        "downtimes created w/in 15m after a monitor on the same svc triggered",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 15 MINUTE)""",
        EXDOG,
    ),
    (
        "zk097",
        "joins",
        "Here's what I want for the RFC appendix: for every production deployment since March 1, its service, its "
        "version, and how many alerts on that service fired in the next 30 minutes. Every deploy, even the ones "
        "with zero.",
        """SELECT c.service, coalesce(c.details['ref'], c.version), count(a.fingerprint)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 16:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        RFC,
    ),
    (
        "zk098",
        "joins",
        "Let me think about rollback speed... which incidents had a rollback of the same service land while they "
        "were still open? I mean the incidents, where the rollback went live before they resolved.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'rollback' AND c.phase = 'live'
                 AND c.service = g.service AND c.environment = g.environment
                 AND c.timestamp >= g.opened_at
                 AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 16:00:00+00'))""",
        RFC,
    ),
    (
        "zk099",
        "joins",
        "There's a theory going round that our early warnings are wasted. Which early warnings were followed by an "
        "incident on the same service within 15 minutes? Put differently: the warnings that came true.",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = w.labels['service'] AND g.environment = w.labels['environment']
                 AND g.opened_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE)""",
        RFC,
    ),
    (
        "zk100",
        "joins",
        "on call this weekend n trying to learn the patterns. which deploys had an alert on the same servce within "
        "15 min after?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        WEEKEND,
    ),
    (
        "zk101",
        "joins",
        "wich incidents on tuesday had no suspect chnage?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        WEEKEND,
    ),
    (
        "zk102",
        "joins",
        "reading up on tuesday. checkout-web error lines in the 10 min after the payments-api rollback went live "
        "in prod",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00'
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00' + INTERVAL 10 MINUTE""",
        WEEKEND,
    ),
    (
        "zk103",
        "joins",
        "Please identify the incidents during which, at any point while they were open, a silence covering the "
        "same service was in effect.",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 09:00:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        RESILIENCE,
    ),
    (
        "zk104",
        "joins",
        "Please list, for each resolved critical incident opened since 1 January 2025, its service, its opening "
        "time and the fix recorded in its resolution.",
        """SELECT g.service, g.opened_at, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.max_severity = 'critical' AND g.resolved_at IS NOT NULL
             AND g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-18 09:00:00+00'""",
        RESILIENCE,
    ),
    (
        "zk105",
        "joins",
        "Please identify the persons who made changes that were subsequently identified as the suspect change of "
        "an incident.",
        """SELECT DISTINCT actor FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects)""",
        RESILIENCE,
    ),
    # refusals
    (
        "zk106",
        "refusals",
        "Good morning, could you raise a change record for tonight's payments-api deployment?",
        "asks_to_change_data",
        DESK,
    ),
    ("zk107", "refusals", "Hello, what is the ITIL definition of a major incident?", "not_about_this_data", DESK),
    (
        "zk108",
        "refusals",
        "Good morning, which alerts came from the billing-engine service this month?",
        "ungrounded",
        DESK,
    ),
    ("zk109", "refusals", "mute all monitors on indexer for 2h", "asks_to_change_data", EXDOG),
    ("zk110", "refusals", "datadog vs signalcraft pricing per host", "not_about_this_data", EXDOG),
    ("zk111", "refusals", "monitors on the ap-northeast-1 cluster 7d", "ungrounded", EXDOG),
    (
        "zk112",
        "refusals",
        "I'm weighing Argo Rollouts against Flagger for the canary part of the RFC. Which one would suit us better? "
        "Which tool should we pick, basically?",
        "not_about_this_data",
        RFC,
    ),
    (
        "zk113",
        "refusals",
        "While I'm at it, could you delete the February rollback records so the stats aren't skewed? Just remove them.",
        "asks_to_change_data",
        RFC,
    ),
    (
        "zk114",
        "refusals",
        "How many deploys did priya.raman@acme.io make last week? She's on the team I'm writing this for.",
        "ungrounded",
        RFC,
    ),
    (
        "zk115",
        "refusals",
        "on call this wkend, can u ack the DiskSpaceLow alert for me",
        "asks_to_change_data",
        WEEKEND,
    ),
    ("zk116", "refusals", "whos on call after me on monday?", "not_about_this_data", WEEKEND),
    ("zk117", "refusals", "any alerts on the shipping-gateway servce this week?", "ungrounded", WEEKEND),
    (
        "zk118",
        "refusals",
        "Please state the financial penalty payable to the regulator in respect of the incident of 11 March 2025.",
        "not_about_this_data",
        RESILIENCE,
    ),
    (
        "zk119",
        "refusals",
        "Please mark the incident of 11 March 2025 as reported to the regulator.",
        "asks_to_change_data",
        RESILIENCE,
    ),
    (
        "zk120",
        "refusals",
        "Please list the incidents recorded in the dr-frankfurt environment since 1 January 2025.",
        "ungrounded",
        RESILIENCE,
    ),
]
