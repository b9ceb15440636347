"""The thirty-third ask question set: ids zn001..zn120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is
not wired in by its author), the module docstrings of the earlier sets (to choose people who had not spoken before and
to keep their conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format; the author also
saw that file's module-level ``now`` constants while locating where its rows begin, nothing of its other rows), and the
demo store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of
the payments-api v2.14.0 outage). Another author was writing a set at the same time in the words of application
developers; this author saw none of it. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people of leadership, governance and business ask the questions, none of whom spoke in an earlier set (the
suggested finance controller, internal auditor, customer-success executive, risk manager and VP of engineering were
too near the finance/cost person, compliance auditor, customer-success manager, operational-resilience officer and
engineering director heard before, so others stand in for them); each asks three questions in every category (24 each,
three of them refusals):

- the CTO preparing the quarterly board update, at 09:00 on Monday 17 March: crisp, slide-minded ("for the board
  deck", "for the trend slide", "one number", "full rows"), about last week and the quarter: MTTR, change failure
  rate, deploy cadence, the share of incidents pinned on a change, who is muting things;
- the COO, at 07:10 on Wednesday 12 March, typing on a phone before a flight: very short lower-case questions with
  dropped apostrophes ("yesterdays", "whats", "rn", "mins"), about yesterday's outage in business terms: what fired,
  how long checkout-web and payments-api were down, who rolled back, what is muted now;
- the chair of the change advisory board, at 15:00 on Friday 14 March: formal change-management words ("implemented",
  "implementer", "backout", "automation", "CAB minutes"), "Please list ...": configuration, flag and automated changes,
  releases, rollbacks, changes while incidents were open, silences expired early;
- a non-executive director on the board's audit and risk committee, at 10:00 on Wednesday 19 March: courteous British
  full sentences ("Could you ...", "if you would be so kind", "please"), lay words ("alarms", "warnings switched off",
  "restore service", "blamed on a change") and dates with their year ("11 March 2025", "the week commencing 3 March
  2025");
- an enterprise account executive (sales) preparing a renewal call with a large merchant who runs on checkout-web, at
  16:45 on Thursday 13 March: casual chat ("my client", "can u", "thru", "pls", "rn", "service + version + time"),
  context about the client first, about checkout-web, payments-api and the checkout project.

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope (incidents after
deploys; alerts and error lines after the v2.14.0 deploy, between it and the rollback and still firing at the
rollback; incidents blamed on changes and the changes that caused them; changes before the first critical incident,
the first checkout-web alert and the first payments-api alert; change failure rate; alerts after each checkout deploy;
services paged after their own deploys; deploys not followed by an alert; silences in effect during incidents, at the
deploy, created after an alert, that held alerts back, and the alerts each muted; incidents with their suspects,
warnings, log patterns and fixes; deploys during open incidents; alerts before each rollback; alerts that began under
a silence; checkout-web alerts after a payments-api alert): six in filters (its deploys followed by a backout relate
two kinds of change, not counted), three in time, four in each of aggregates (the backout percentage not counted),
top_n and changes (the releases that reached production not counted), five in silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the COO at 2025-03-12 07:10
  (Wednesday), the account executive at Thursday 2025-03-13 16:45, the CAB chair at Friday 2025-03-14 15:00, the CTO
  at Monday 2025-03-17 09:00 and the non-executive director at Wednesday 2025-03-19 10:00 (all after every record).
  The COO's "yesterday" and the account executive's "tuesday" are ``[2025-03-11, 2025-03-12)``, as are "Tuesday 11
  March" and "11 March 2025"; "this week" runs from Monday 2025-03-10 00:00 to now; the account executive's "last
  week" is ``[2025-03-03, 2025-03-10)`` and the CTO's ``[2025-03-10, 2025-03-17)``; "this month" runs from 2025-03-01
  to now; "this quarter", "Q1 so far", "this year", "since 1 January 2025" and "in 2025" run from 2025-01-01 to now;
  "February 2025" is ``[2025-02-01, 2025-03-01)``; "between 1 January 2025 and 11 March 2025 inclusive" is
  ``[2025-01-01, 2025-03-12)``; "the week commencing 3 March 2025" is ``[2025-03-03, 2025-03-10)``; "tuesday
  afternoon" is 12:00 to 18:00; "between 14:00 and 15:00 UTC" includes its start and excludes its end. A thing is in a
  window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, a log line's ``timestamp``, a resolution's ``resolved_at``, an ``alert_mutes`` row's ``starts_at``);
  "still firing rn", "still open as of right now", "muted right now" are the state at now; per-day and per-week
  buckets are UTC (``time_bucket`` days, ``date_trunc`` weeks from Monday), only buckets with rows.
- Alerts ("alarms") are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows,
  silences ("warnings switched off") the ``silences`` view's rows, log lines ``log_events``' rows ("error logs" /
  "error log lines" ``is_error``). Changes are their ``phase = 'live'`` reports: "deploys" / "deployments"
  ``type = 'deployment'``, "rollbacks" / "backouts" ``rollback``, "configuration changes" ``config_update``, "feature
  flag changes" ``flag_change``, "releases" ``release``; "changes" / "what changed" / "what went live" every live
  report, scale events included (so "the two types implemented most often" counts scale reports). A version is
  ``coalesce(details['ref'], version)``; the version "running in production right now" / "in staging and production
  rn" is that of the last live deployment or rollback there up to now. People are answered as stored, bots included
  ("automation included"); "automation" is ``argocd (automated)`` (named) and, for "by people rather than automation",
  ``argocd (automated)`` and ``deployment-controller``; "the checkout project" is ``project = 'checkout'``;
  "kenji.tanaka@acme.io" is matched exactly. "Who" answers each person once. The duplicate live reports of one deploy
  (auth-api v4.2.1 to production, from GitHub and from PagerDuty) count as two reports wherever reports are counted.
- Named events: "v2.14.0 went live in prod" / "the payments-api v2.14.0 deployment went live in production" is
  payments-api's live production deployment of v2.14.0 (2025-03-11 14:31:22) and "the rollback" / "tuesday's
  rollback" its live production rollback (14:56:37), both written as literals; "from the moment the deployment went
  live until the rollback went live" includes both ends; "the first critical production incident on 11 March" is the
  earliest ``alert_groups`` row of that day with ``max_severity = 'critical'`` in production, "the first checkout-web
  alert yesterday" and "the first payments-api alarm on 11 March 2025" the earliest such alert that day, each a
  scalar subquery. Changes before a named alert or incident are production changes (the event's environment) of any
  service unless a service is named (payments-api's alone for "changes made to payments-api"); "the first payments-api
  alarm after" the deploy is the earliest payments-api alert starting at or after it; alerts "in the 30 min after the
  v2.14.0 deploy, any service" are every alert in the window; checkout-web error logs after it are checkout-web's
  production lines.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; stored change, incident and log environments are already ``production`` /
  ``staging``): "within / in the N min after" is ``[t, t + N]``, "in the N minutes before" ``[t - N, t]``; an incident
  "opened within 15 minutes after a production deploy" opens in ``[t, t + 15 min]`` of a live production deployment
  of its service; a deploy "followed by" an alert or incident has one there; "change failure rate" is the percentage
  of last week's live production deployments followed by an incident of their service within the hour; "a backout of
  the same service within one hour" is a live rollback of its service and environment in ``[t, t + 60 min]``; a
  release "reached production within an hour" has a live production deployment of the same service and version in
  ``[t, t + 60 min]``; a deployment "while an incident on the same service was open" lies in ``[opened_at,
  coalesce(resolved_at, now)]``; "people who implemented a production deployment in the 15 minutes before an incident
  opened" are the distinct actors of such deployments. A silence is in effect from ``starts_at`` until the earlier of
  ``ends_at`` and ``expired_at``, covers the service it pins and, when it pins one, its environment (one that pins no
  service covers none): silences "in effect while a production incident was open last week" share a moment with an
  incident opened last week (open until now when unresolved); silences "in effect at the moment" of the deploy are
  every silence active at that instant; a silence "created within an hour after an alarm started on the same service"
  was created in ``[starts_at, starts_at + 60 min]``; alarms "that began while a silence covering the same service was
  in effect" started inside its span. "Actually held back" is named in ``alert_mutes.silenced_by``; "how many alerts
  did each silence mute" counts ``alert_mutes`` rows naming each silence, zeros included. "Blamed on a change" /
  "pinned on a suspect change" / "caused incidents" / "suspect change" are ``incident_suspects`` (the changes are the
  ``change_events`` rows it names, "this year" by the incident's opening); "early warnings before" are
  ``incident_warnings`` (every column), "not preceded by any early warning" an anti-join on it; "log patterns before
  each incident, top 3" are ``incident_log_patterns`` rows of ``rank <= 3`` whose ``group_service`` is payments-api;
  "how were incidents fixed" joins ``resolutions`` on ``group_id``. "For each X: a, b and how many Y" is one row per X
  (per change report) with those columns and a count, zeros included (a ``LEFT JOIN``); "on avg how many alerts in the
  15 min after each prod deploy of the checkout project" is the mean of those counts; "checkout-web alerts that came
  within 5 min after a payments-api alert" start in ``[p, p + 5 min]`` of one in the same environment.
- Aggregates: durations in minutes to one decimal; MTTR / time to restore of incidents runs from ``opened_at`` to
  ``resolved_at`` of the resolved ones; an alert's duration (median, longest) from start to end of the resolved ones;
  "how many minutes was X down" runs from the first of that day's X alerts' start to the last one's end (an alert
  still firing counting until now); a silence's length is as set (``starts_at`` to ``ends_at``); a suspect's lag is
  ``lag_s``; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects; medians
  ``quantile_cont``; "alerts per incident" is the mean of ``alert_count``; "this week vs last week" is two counts side
  by side (``deploys_this_week``, ``deploys_last_week``).
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "which ...
  the most" and "busiest hour" are one row (the hour bucket of that day); "the team" is the ``team`` label of the
  alerts that carry one; "the three longest incidents ... resolved" and "latest 5 alerts" are whole rows ranked by
  duration / newest first; "people whose changes were blamed" counts ``incident_suspects`` per ``change_actor``;
  "people who resolved the most incidents" counts ``resolutions`` per ``resolved_by``; "services with the most
  incidents preceded by an early warning" counts distinct ``incident_warnings.group_id`` per service.
- Refusals: the service "loyalty-service" (absent everywhere, log text included), the project "marketplace", the person
  r.whitfield@acme.io, the cluster "eu-central-2" and the service "merchant-portal" are ungrounded; an MTTR benchmark
  for peers, revenue lost, the composition of a change advisory board, insurance cover and an SLA credit policy are
  not about this data; closing incidents, silencing checkout, approving a change request, deleting silence records and
  marking an incident resolved ask to change the data.
"""

from __future__ import annotations

CTO = "2025-03-17T09:00:00Z"
COO = "2025-03-12T07:10:00Z"
CAB = "2025-03-14T15:00:00Z"
NED = "2025-03-19T10:00:00Z"
SALES = "2025-03-13T16:45:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "zn001",
        "filters",
        "For the board deck I need the raw list: every critical alert in production last week.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CTO,
    ),
    (
        "zn002",
        "filters",
        "Board will ask whether releases are hurting us. Which incidents last week opened within 15 minutes "
        "after a production deploy of the same service? Full rows.",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CTO,
    ),
    (
        "zn003",
        "filters",
        "Are there production incidents still open as of right now? I don't want to tell the board "
        "everything is closed if it isn't.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 09:00:00+00')""",
        CTO,
    ),
    (
        "zn004",
        "filters",
        "alerts on the checkout project yesterday?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn005",
        "filters",
        "boarding soon. payments-api alerts in the 15 min after v2.14.0 went live in prod",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        COO,
    ),
    (
        "zn006",
        "filters",
        "anything still firing rn",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:10:00+00')""",
        COO,
    ),
    (
        "zn007",
        "filters",
        "For the CAB minutes, please list all production configuration changes implemented since 1 March 2025.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        CAB,
    ),
    (
        "zn008",
        "filters",
        "Please list the deployments implemented this week that were followed by a backout (a rollback) of the "
        "same service within one hour.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        CAB,
    ),
    (
        "zn009",
        "filters",
        "Please list the production changes implemented by people rather than automation on Tuesday 11 March.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CAB,
    ),
    (
        "zn010",
        "filters",
        "Good morning. Could you show me the alarms that went off during the outage on 11 March, that is from "
        "the moment the payments-api v2.14.0 deployment went live in production until the rollback went live?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        NED,
    ),
    (
        "zn011",
        "filters",
        "I would like to see every incident from February 2025 that was later blamed on a change, please.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_suspects)""",
        NED,
    ),
    (
        "zn012",
        "filters",
        "Which alarms on the identity project were raised in the week commencing 3 March 2025, if you would be "
        "so kind?",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        NED,
    ),
    (
        "zn013",
        "filters",
        "my biggest client runs their storefront thru checkout-web - any critical alerts on it this week?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'""",
        SALES,
    ),
    (
        "zn014",
        "filters",
        "can u pull the checkout-web error logs from the 5 min after payments-api v2.14.0 went live in prod? "
        "client says their shoppers saw errors right then",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        SALES,
    ),
    (
        "zn015",
        "filters",
        "which payments-api alerts were still firing at the moment tuesday's rollback went live?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        SALES,
    ),
    # ------------------------------------------------------------------- time
    (
        "zn016",
        "time",
        "alerts per day last week, UTC days, for the trend slide",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC""",
        CTO,
    ),
    (
        "zn017",
        "time",
        "How many incidents did we open per month this year?",
        """SELECT date_trunc('month', opened_at) AS month, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY month ORDER BY incidents DESC""",
        CTO,
    ),
    (
        "zn018",
        "time",
        "Deploy cadence for the board: production deploys per week, Q1 so far.",
        """SELECT date_trunc('week', timestamp) AS week, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY week ORDER BY deploys DESC""",
        CTO,
    ),
    (
        "zn019",
        "time",
        "how many alerts each hour yesterday",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC""",
        COO,
    ),
    (
        "zn020",
        "time",
        "what time did the payments-api trouble start yesterday",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn021",
        "time",
        "how many minutes was checkout-web down yesterday. need the number for the customer email",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 07:10:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn022",
        "time",
        "How many changes were implemented on each day of this week so far?",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS changes
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY day ORDER BY changes DESC""",
        CAB,
    ),
    (
        "zn023",
        "time",
        "Please show the changes implemented on Tuesday 11 March between 14:00 and 15:00 UTC.",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        CAB,
    ),
    (
        "zn024",
        "time",
        "Which changes were implemented in production in the hour before the first critical production "
        "incident on 11 March opened?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(opened_at) FROM alert_groups
                                    WHERE max_severity = 'critical' AND environment = 'production'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(opened_at) FROM alert_groups
                                    WHERE max_severity = 'critical' AND environment = 'production'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        CAB,
    ),
    (
        "zn025",
        "time",
        "Could you tell me, week by week, how many alarms were raised during February 2025?",
        """SELECT date_trunc('week', starts_at) AS week, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY week ORDER BY alerts DESC""",
        NED,
    ),
    (
        "zn026",
        "time",
        "How many alarms have been raised at weekends (Saturday or Sunday) since 1 January 2025?",
        """SELECT count(*) FROM alerts
           WHERE dayofweek(starts_at) IN (0, 6)
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-19 10:00:00+00'""",
        NED,
    ),
    (
        "zn027",
        "time",
        "How many minutes passed between the payments-api v2.14.0 deployment going live in production and the "
        "first payments-api alarm after it?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        NED,
    ),
    (
        "zn028",
        "time",
        "hour by hour, how many alerts did we have tuesday afternoon? all services",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour ORDER BY alerts DESC""",
        SALES,
    ),
    (
        "zn029",
        "time",
        "when was checkout-web last deployed to prod?",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND type = 'deployment' AND phase = 'live'
             AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 16:45:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        SALES,
    ),
    (
        "zn030",
        "time",
        "how many alerts fired in the 30 min after the payments-api v2.14.0 prod deploy, any service",
        """SELECT count(*) FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        SALES,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "zn031",
        "aggregates",
        "MTTR for production incidents this quarter, in minutes. One number.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        CTO,
    ),
    (
        "zn032",
        "aggregates",
        "What % of this year's incidents were pinned on a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        CTO,
    ),
    (
        "zn033",
        "aggregates",
        "Change failure rate for last week: what percent of production deploys were followed by an incident on "
        "the same service within the hour?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                     SELECT 1 FROM alert_groups g
                     WHERE g.service = d.service AND g.environment = d.environment
                       AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CTO,
    ),
    (
        "zn034",
        "aggregates",
        "on average how many alerts per incident",
        """SELECT round(avg(alert_count), 1) FROM alert_groups""",
        COO,
    ),
    (
        "zn035",
        "aggregates",
        "median alert duration yesterday, mins",
        """SELECT round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.5), 1) FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn036",
        "aggregates",
        "what share of yesterdays alerts were critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn037",
        "aggregates",
        "What is the average time, in minutes, between a suspect change and the incident it is blamed for?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        CAB,
    ),
    (
        "zn038",
        "aggregates",
        "How many production deployments have been implemented this week?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        CAB,
    ),
    (
        "zn039",
        "aggregates",
        "Of the production deployments implemented this month, what percentage were backed out by a rollback "
        "of the same service within one hour?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                     SELECT 1 FROM change_events r
                     WHERE r.type = 'rollback' AND r.phase = 'live'
                       AND r.service = d.service AND r.environment = d.environment
                       AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        CAB,
    ),
    (
        "zn040",
        "aggregates",
        "On average, how long did it take to restore service after the incidents of February 2025, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NED,
    ),
    (
        "zn041",
        "aggregates",
        "How many incidents were there in total between 1 January 2025 and 11 March 2025 inclusive?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NED,
    ),
    (
        "zn042",
        "aggregates",
        "What was the longest any single alarm lasted on 11 March 2025, in minutes?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NED,
    ),
    (
        "zn043",
        "aggregates",
        "on avg how many alerts fired in the 15 min after each prod deploy of the checkout project? trying to "
        "tell my client how often a release bites",
        """SELECT round(avg(n), 1) FROM (
               SELECT d.id, count(a.fingerprint) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.project = 'checkout'
               GROUP BY d.id)""",
        SALES,
    ),
    (
        "zn044",
        "aggregates",
        "how many minutes was payments-api down on tuesday",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 16:45:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SALES,
    ),
    (
        "zn045",
        "aggregates",
        "what % of this week's alerts came from checkout-web?",
        """SELECT round(100.0 * count(*) FILTER (WHERE service = 'checkout-web') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'""",
        SALES,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "zn046",
        "top_n",
        "Top 3 services by alerts last week.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        CTO,
    ),
    (
        "zn047",
        "top_n",
        "Which team had the most alerts this quarter? Going by the team label.",
        """SELECT labels['team'] AS team, count(*) AS alerts FROM alerts
           WHERE labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY team ORDER BY alerts DESC, team LIMIT 1""",
        CTO,
    ),
    (
        "zn048",
        "top_n",
        "Top 2 people whose changes were blamed for the most incidents.",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2""",
        CTO,
    ),
    (
        "zn049",
        "top_n",
        "5 noisiest alert names yesterday",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 5""",
        COO,
    ),
    (
        "zn050",
        "top_n",
        "which service had the most incidents yesterday",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        COO,
    ),
    (
        "zn051",
        "top_n",
        "busiest hour yesterday by alerts?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        COO,
    ),
    (
        "zn052",
        "top_n",
        "Who are the top three implementers of production changes this month? Automation included.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 3""",
        CAB,
    ),
    (
        "zn053",
        "top_n",
        "Which three services had the most deployments followed by an alert on the same service within 15 minutes?",
        """SELECT d.service, count(*) AS deployments FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY d.service ORDER BY deployments DESC, d.service LIMIT 3""",
        CAB,
    ),
    (
        "zn054",
        "top_n",
        "Which two types of change were implemented most often this week?",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY type ORDER BY changes DESC, type LIMIT 2""",
        CAB,
    ),
    (
        "zn055",
        "top_n",
        "Please identify the three longest incidents of February 2025 that have been resolved.",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           ORDER BY resolved_at - opened_at DESC LIMIT 3""",
        NED,
    ),
    (
        "zn056",
        "top_n",
        "Which two people have resolved the most incidents since 1 January 2025?",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
           WHERE resolved_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND resolved_at <= TIMESTAMPTZ '2025-03-19 10:00:00+00'
           GROUP BY resolved_by ORDER BY incidents DESC, resolved_by LIMIT 2""",
        NED,
    ),
    (
        "zn057",
        "top_n",
        "Which two services had the most incidents that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        NED,
    ),
    (
        "zn058",
        "top_n",
        "top 3 services by error log lines in prod on tuesday",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        SALES,
    ),
    (
        "zn059",
        "top_n",
        "latest 5 alerts on the checkout project pls",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'
           ORDER BY starts_at DESC LIMIT 5""",
        SALES,
    ),
    (
        "zn060",
        "top_n",
        "which svc got the most alerts within 15 min after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = a.service AND d.environment = a.environment_canonical
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        SALES,
    ),
    # ---------------------------------------------------------------- changes
    (
        "zn061",
        "changes",
        "Production deploys per month this year, please.",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY month ORDER BY deploys DESC""",
        CTO,
    ),
    (
        "zn062",
        "changes",
        "Which changes actually caused incidents this year? I want the change rows themselves.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00')""",
        CTO,
    ),
    (
        "zn063",
        "changes",
        "What version of payments-api is running in production right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        CTO,
    ),
    (
        "zn064",
        "changes",
        "who rolled back payments-api yesterday",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn065",
        "changes",
        "what changed on checkout-web yesterday",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn066",
        "changes",
        "what went live in prod in the 30 min before the first checkout-web alert yesterday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        COO,
    ),
    (
        "zn067",
        "changes",
        "Please list the feature flag changes implemented in production since 1 February 2025: the summary, who "
        "implemented it and when.",
        """SELECT summary, actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        CAB,
    ),
    (
        "zn068",
        "changes",
        "Which production deployments this week were implemented by automation, i.e. by argocd (automated)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor = 'argocd (automated)'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        CAB,
    ),
    (
        "zn069",
        "changes",
        "Which releases published this month reached production within an hour of being published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND r.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND r.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        CAB,
    ),
    (
        "zn070",
        "changes",
        "Could you list every rollback carried out in production since 1 January 2025, with the service, the "
        "version it went back to, and who carried it out?",
        """SELECT service, coalesce(details['ref'], version) AS version, actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-19 10:00:00+00'""",
        NED,
    ),
    (
        "zn071",
        "changes",
        "What changes were made to payments-api in the two hours before the first payments-api alarm on 11 March 2025?",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 2 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NED,
    ),
    (
        "zn072",
        "changes",
        "Who has made configuration changes to production systems in 2025?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-19 10:00:00+00'""",
        NED,
    ),
    (
        "zn073",
        "changes",
        "how many deploys this week vs last week? want to show the client we're not shipping recklessly",
        """SELECT count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00') AS deploys_this_week,
                  count(*) FILTER (WHERE timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS deploys_last_week
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 16:45:00+00'""",
        SALES,
    ),
    (
        "zn074",
        "changes",
        "which versions of checkout-web are in staging and production rn",
        """SELECT environment, version FROM (
               SELECT environment, coalesce(details['ref'], version) AS version,
                      row_number() OVER (PARTITION BY environment ORDER BY timestamp DESC) AS rn
               FROM change_events
               WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
                 AND environment IN ('staging', 'production')
                 AND timestamp <= TIMESTAMPTZ '2025-03-13 16:45:00+00')
           WHERE rn = 1""",
        SALES,
    ),
    (
        "zn075",
        "changes",
        "any payments-api deploys that were NOT followed by an alert within 15 min?",
        """SELECT * FROM change_events d
           WHERE d.service = 'payments-api' AND d.type = 'deployment' AND d.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        SALES,
    ),
    # --------------------------------------------------------------- silences
    (
        "zn076",
        "silences",
        "How many silences were created this quarter?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'""",
        CTO,
    ),
    (
        "zn077",
        "silences",
        "Top 2 people by silences created. Want to know who's muting things.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2""",
        CTO,
    ),
    (
        "zn078",
        "silences",
        "Which silences were in effect while a production incident on the same service was open last week?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.environment = 'production'
                   AND g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
                   AND g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 09:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        CTO,
    ),
    (
        "zn079",
        "silences",
        "whats muted right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 07:10:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:10:00+00')""",
        COO,
    ),
    (
        "zn080",
        "silences",
        "who put the silence on cart-service during the outage, and when was it taken off?",
        """SELECT created_by, expired_at FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn081",
        "silences",
        "which alerts did alertmanager actually hold back this month",
        """SELECT * FROM alert_mutes
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:10:00+00'""",
        COO,
    ),
    (
        "zn082",
        "silences",
        "Please list the silences created outside business hours this month.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
             AND NOT (dayofweek(created_at) BETWEEN 1 AND 5 AND hour(created_at) BETWEEN 9 AND 16)""",
        CAB,
    ),
    (
        "zn083",
        "silences",
        "Which silences were expired early, and by whom?",
        """SELECT * FROM silences WHERE expired_at IS NOT NULL""",
        CAB,
    ),
    (
        "zn084",
        "silences",
        "Please list the silences that were in effect at the moment the payments-api v2.14.0 deployment went "
        "live in production.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')""",
        CAB,
    ),
    (
        "zn085",
        "silences",
        "On average, for how many minutes were warnings switched off by the silences set since 1 February 2025?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-19 10:00:00+00'""",
        NED,
    ),
    (
        "zn086",
        "silences",
        "Were any silences created within an hour after an alarm started on the same service? If so, please list them.",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        NED,
    ),
    (
        "zn087",
        "silences",
        "Which of the silences put in place by kenji.tanaka@acme.io actually held back any alarms?",
        """SELECT * FROM silences
           WHERE created_by = 'kenji.tanaka@acme.io'
             AND silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NED,
    ),
    (
        "zn088",
        "silences",
        "who silenced stuff on tuesday?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SALES,
    ),
    (
        "zn089",
        "silences",
        "how many alerts did each silence mute",
        """SELECT s.silence_id, count(m.fingerprint) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted DESC""",
        SALES,
    ),
    (
        "zn090",
        "silences",
        "silences on checkout services this week?",
        """SELECT * FROM silences
           WHERE (project = 'checkout'
                  OR service IN (SELECT service FROM alerts WHERE project = 'checkout'
                                 UNION SELECT service FROM change_events WHERE project = 'checkout'))
             AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 16:45:00+00'""",
        SALES,
    ),
    # ------------------------------------------------------------------ joins
    (
        "zn091",
        "joins",
        "For each prod deploy last week: service, version and how many alerts hit that service in the next 15 min.",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY d.id, d.service, coalesce(d.details['ref'], d.version)""",
        CTO,
    ),
    (
        "zn092",
        "joins",
        "Incidents last week with their suspect change.",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CTO,
    ),
    (
        "zn093",
        "joins",
        "Which services got paged within 15 min of one of their own production deploys this year?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = a.service
                   AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        CTO,
    ),
    (
        "zn094",
        "joins",
        "which incidents yesterday had no suspect change",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        COO,
    ),
    (
        "zn095",
        "joins",
        "early warnings before yesterdays incidents?",
        """SELECT * FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn096",
        "joins",
        "how were yesterdays incidents fixed? service, alert name and the fix",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COO,
    ),
    (
        "zn097",
        "joins",
        "Please list the deployments implemented while an incident on the same service was open.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = d.service AND g.environment = d.environment
                   AND d.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 15:00:00+00'))""",
        CAB,
    ),
    (
        "zn098",
        "joins",
        "For each rollback this year, how many alerts fired on the same service in the 30 minutes before it? "
        "The service, the time of the rollback and the count, please.",
        """SELECT r.service, r.timestamp, count(a.fingerprint) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 30 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live'
             AND r.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND r.timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY r.id, r.service, r.timestamp""",
        CAB,
    ),
    (
        "zn099",
        "joins",
        "Which people implemented a production deployment in the 15 minutes before an incident on the same "
        "service opened?",
        """SELECT DISTINCT d.actor FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = d.service AND g.environment = d.environment
                   AND d.timestamp BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at)""",
        CAB,
    ),
    (
        "zn100",
        "joins",
        "Could you list the incidents of 11 March 2025 that were not preceded by any early warning?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        NED,
    ),
    (
        "zn101",
        "joins",
        "What proportion of the incidents opened since 1 January 2025 had an early warning before them, as a "
        "percentage?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-19 10:00:00+00'""",
        NED,
    ),
    (
        "zn102",
        "joins",
        "Please list the alarms that began while a silence covering the same service was in effect.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NED,
    ),
    (
        "zn103",
        "joins",
        "checkout-web alerts on tuesday that came within 5 min after a payments-api alert",
        """SELECT * FROM alerts c
           WHERE c.service = 'checkout-web'
             AND c.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = c.environment_canonical
                   AND c.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 5 MINUTE)""",
        SALES,
    ),
    (
        "zn104",
        "joins",
        "which deploys on the checkout project were followed by a critical alert within an hour? service + "
        "version + time pls",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        SALES,
    ),
    (
        "zn105",
        "joins",
        "top 3 log patterns before each of tuesday's payments-api incidents",
        """SELECT * FROM incident_log_patterns
           WHERE group_service = 'payments-api' AND rank <= 3
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SALES,
    ),
    # --------------------------------------------------------------- refusals
    (
        "zn106",
        "refusals",
        "What's a good MTTR benchmark for a company our size? Board will compare us to peers.",
        "not_about_this_data",
        CTO,
    ),
    (
        "zn107",
        "refusals",
        "Close out all the incidents from January that are still open before the board meeting.",
        "asks_to_change_data",
        CTO,
    ),
    (
        "zn108",
        "refusals",
        "How many alerts did loyalty-service have last week? Need it for the rewards slide.",
        "ungrounded",
        CTO,
    ),
    (
        "zn109",
        "refusals",
        "how much revenue did we lose in yesterdays outage",
        "not_about_this_data",
        COO,
    ),
    (
        "zn110",
        "refusals",
        "silence everything on checkout for the next 2 hrs, customers are fine",
        "asks_to_change_data",
        COO,
    ),
    (
        "zn111",
        "refusals",
        "alerts for the marketplace project yesterday",
        "ungrounded",
        COO,
    ),
    (
        "zn112",
        "refusals",
        "Please approve the pending change request for the auth-api v4.3.0 production deployment.",
        "asks_to_change_data",
        CAB,
    ),
    (
        "zn113",
        "refusals",
        "What is the recommended composition of a change advisory board?",
        "not_about_this_data",
        CAB,
    ),
    (
        "zn114",
        "refusals",
        "Please list the changes implemented by r.whitfield@acme.io this month.",
        "ungrounded",
        CAB,
    ),
    (
        "zn115",
        "refusals",
        "Which of our insurance policies would cover losses from an outage like the one on 11 March 2025?",
        "not_about_this_data",
        NED,
    ),
    (
        "zn116",
        "refusals",
        "Please delete the records of the silences that were removed early, so that the audit file is tidy.",
        "asks_to_change_data",
        NED,
    ),
    (
        "zn117",
        "refusals",
        "How many alarms were raised in the eu-central-2 cluster in February 2025?",
        "ungrounded",
        NED,
    ),
    (
        "zn118",
        "refusals",
        "can u mark the checkout incident as resolved so my client sees green on the status page",
        "asks_to_change_data",
        SALES,
    ),
    (
        "zn119",
        "refusals",
        "any alerts on the merchant-portal service this week? client keeps asking",
        "ungrounded",
        SALES,
    ),
    (
        "zn120",
        "refusals",
        "whats our SLA credit policy for enterprise clients, roughly?",
        "not_about_this_data",
        SALES,
    ),
]
