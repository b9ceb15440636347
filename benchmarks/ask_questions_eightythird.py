"""The eighty-third ask question set: ids my001..my120, 15 per category.

Written by an outside author who saw neither the parser nor its tests nor the paraphrases. What the author read: the
brief; /work/shared/DESIGN.md whole; docs/store.md (printed whole after the design notes, the terminal cut the middle of
that output, so the file was printed again by line ranges until every line had been seen); the headings of docs/ask.md
listed with grep, and its "Shapes and joins" section alone, printed by line range in two pieces (the terminal cut eight
lines of the second piece, which were printed again by their own range), taken as the rules for the shape of every gold
answer; the module docstring of ``ask_questions`` (its middle, cut by the terminal, printed again by line range) and its
functions ``_question`` and ``validate``; the module docstrings of every earlier set, written with ``ast`` into a
scratch file (the eighty-second left out) and grepped for cities, trades, organisations and languages, with the
forty-ninth's read whole and its "Conventions" followed where a question leaves room (no row of any other set was
opened, nor any file of the set being written at the same time); the first ten rows of ``ask_questions_thirtieth``
imported in Python and the lines defining its module-level now constants (one grep), for the format; and the demo store,
copied to a scratch folder and opened read-only in UTC (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on
11 March, the day of the payments-api v2.14.0 outage). Every gold was passed through
``signalcraft.copilot.sql_guard.safe`` and run on the copy. Nothing else was read, beyond file names in directory
listings. Each row is ``(id, category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views.

Five people ask, none of them, their cities or their organisations heard in an earlier set. They were chosen as
experienced SREs and data analysts who know the store a little and ask dense, exact questions in plain English: several
conditions at once, windows with times and zones, the columns they want, comparisons, "excluding", "only those that",
breakdowns per one thing per another, and relations nested two deep. Each asks three questions in every category (24
each, three of them refusals):

- a senior SRE of a map-tiles and geocoding API company in Tampere, first language Finnish, who writes short lower-case
  English with ISO timestamps ending in "Z", "prod", "incl.", "excl." and the columns after a colon; now is 09:00 EET on
  Thursday 13 March 2025 (``2025-03-13T07:00:00+00:00``);
- a reliability data analyst of a podcast-hosting platform in Madison, Wisconsin, who writes full US-English sentences
  ("broken out by", "inclusive", "as a percentage") and gives clock times in CDT (UTC-5 since 9 March); now is 08:30 CDT
  on Thursday 13 March (``2025-03-13T13:30:00+00:00``);
- the SRE team lead of a genomics sequencing lab's compute platform in Leipzig, first language German, careful and
  formal ("only those whose", "i.e."), who nests one relation inside another and gives business hours in CET; now is
  09:00 CET on Friday 14 March (``2025-03-14T08:00:00+00:00``);
- a data analyst on the operations-analytics team of a meal-kit subscription company in Guadalajara, first language
  Spanish, who writes polite complete sentences for a weekly report and states windows in UTC or in Guadalajara time
  (CST, UTC-6, no summer time); now is 10:00 CST on Wednesday 12 March (``2025-03-12T16:00:00+00:00``);
- an SRE on the platform team of a shipbuilder's design-collaboration service in Busan, first language Korean, who types
  clipped lower-case questions ("w/", "prod", "1 decimal") and counts days and hours in KST (UTC+9); now is 09:30 KST on
  Friday 14 March (``2025-03-14T00:30:00+00:00``).

44 of the 105 questions that are not refusals relate two kinds of record in time, by scope or through a person: five in
filters (my002 alerts after a deployment, my005 incidents with a resolution by one person, my007 incidents by their
suspect's change type, my011 alerts after the v2.14.0 deploy, my014 incidents with an early warning five minutes or more
ahead), four in time (my017 changes before the first error-budget alert, my022 alerts firing when maria's silence was
created, my026 warnings before one incident, my029 changes before one incident), six in aggregates (my032 share of
deploys followed by an alert, my036 mean alerts after each deploy, my037 suspect lag per change type, my039 acks taken
while their alert fired, my042 share of incidents with a suspect per project, my045 incidents with neither a warning nor
a suspect), five in top_n (my047 whose changes were suspects, my050 alerts after a change per service, my053 people
changing production during an incident, my056 services alerting in the hour after v2.14.0, my059 silence authors by
alerts held back), four in changes (my062 deploys with no alert after them, my067 suspect changes whose actor also
silenced something, my069 changes during an open incident, my074 staging deploys followed by an alert), five in silences
(my077 silences created during an incident, my081 alerts held back per silence, my082 production silences by people who
also acked, my086 alerts firing under maria's silence, my089 silences created after an alert started) and all fifteen
joins (my091 to my105). my065 and my071 relate changes to changes (deploys to rollbacks, releases to deploys) and are
not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored. A clock time said in another zone is converted with that zone's offset on the
  day: CDT is UTC-5 (my004's 9am-5pm CDT on 11 March is ``[14:00, 22:00)`` UTC, my020's 9:30am CDT is 14:30 UTC), CET
  UTC+1 (my023's window is ``[2025-03-09 23:00, 2025-03-11 23:00)``; my083's business hours are Monday to Friday,
  09:00-17:00 on the Europe/Berlin clock), Guadalajara CST UTC-6 (my025: ``[14:00, 20:00)`` UTC), KST UTC+9 (my028's 12
  March KST is ``[2025-03-11 15:00, 2025-03-12 15:00)``, bucketed by the hour on the Seoul clock). A day named with
  "UTC" is that UTC day, ``[d, d + 1)``; "between D1 and D2 inclusive" and "both ends incl." are ``[D1, D2 + 1 day)``;
  "in February 2025" and "in March 2025" are those months (March up to now); "since D", "from D until now", "on or after
  D" run from D to the asker's now; "between 14:00 and 15:00" and "from 14:30 up to but not including 14:35" include the
  start and exclude the end. A thing is in a window by its own time: an alert's ``starts_at``, an incident's
  ``opened_at``, a change's ``timestamp``, a silence's ``created_at``, a warning's ``starts_at``, an audit entry's, a
  log line's or a sample's ``timestamp``. "Firing at T", "in effect at T", "open as of now" are the state at that
  instant (alerts: ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``; silences: also not expired by T); "in effect
  at any moment between A and B" shares a moment with the window.
- Alerts are the ``alerts`` view's rows (every column for a list; "production" is ``environment_canonical``; "severity
  warning or above" is ``severity_rank >= 2``; "took more than 45 minutes from start to resolve" are resolved alerts
  whose ``ends_at - starts_at`` exceeds it); incidents are ``alert_groups`` rows, open from ``opened_at`` until
  ``resolved_at`` (until now while NULL), their alert name ``group_labels['alertname']``; early warnings are
  ``warnings`` rows, scoped by their ``project``, ``environment``, ``service`` and ``alertname`` labels; silences are
  the ``silences`` view's rows, "actually in place" from ``starts_at`` to the earlier of ``ends_at`` and ``expired_at``,
  the "scheduled length" ``starts_at`` to ``ends_at``; "pinned to production" / "that pin the indexer service" are the
  view's ``environment_canonical`` / ``service``. Changes are their ``phase = 'live'`` reports unless a phase is asked
  for (my075 counts every phase of the payments-api deployment reports); a version is ``coalesce(details['ref'],
  version)``; "GitHub releases" are ``source = 'github-release'`` release rows; the version "live in prod right now" is
  that of the service's last live production deployment or rollback; scale-downs compare ``details['replicas_to']`` with
  ``details['replicas_from']`` as integers. People are actor strings as stored (``lnovak`` and ``lucie.novak@acme.io``
  are two); "humans only" / "leaving out argocd and the deployment-controller" drop ``argocd (automated)`` and
  ``deployment-controller``. "payments-api v2.14.0 went live in production" is its live production deployment at
  14:31:22 UTC on 11 March; "the PaymentsAPIErrorBudgetBurn incident that opened at 14:42" and "the indexer DiskSpaceLow
  incident that opened at 16:58" are the incidents that opened in that minute; "maria's cart-service silence" is the
  only silence maria.gonzalez@acme.io created on cart-service (its moment is its ``created_at``, 14:47:48.375, so the
  second PaymentsAPIErrorBudgetBurn alert, which started 0.6 ms later, is not firing at it in my022).
- Relations keep the first kind named and meet the other on service and canonical environment: "within N min after a
  deployment" is ``[t, t + N]``; "in the N minutes before" an alert or incident is ``[t - N, t]`` over production
  changes of any service when the question says so; a change "while an incident on the same service was open" has
  ``opened_at <= timestamp <= resolved_at`` (or the incident is still open); a silence meets an incident or an alert on
  its ``service`` and, when it pins one, its environment (a silence that pins none covers every environment), "created
  while ... open" by its ``created_at`` inside the incident's span, "in effect at some point while it was open" by
  overlapping spans; "people who also acked" are actors of ``audit_log`` rows with ``action = 'ack'``; an ack names its
  alert by its ``alertname`` and ``service`` equality matchers and counts as taken "while the acked alert was still
  firing" when such an alert was on at the ack's time (my102 lists one row per ack and alert that was on, so the
  query-suggest ack of 16 February also meets the query-suggest KubePodNotReady alert that has fired since 21 January);
  snoozes name their alert by the ``alertname`` and ``environment`` matchers. "Suspect" is ``incident_suspects``;
  "changes that are the suspect of some production incident" are the ``change_events`` rows whose id it names; "whose
  actor also created a silence" compares the actor string with ``silences.created_by``; "had an early warning before
  them" is a row in ``incident_warnings`` (my014 with ``lead_min >= 5``); "held back according to alert_mutes" counts
  the ``alert_mutes`` rows whose ``silenced_by`` names the silence. "For each X ..., 0 included" is a ``LEFT JOIN``
  count per X; "followed by" keeps the first side's rows that met the other (my093 with the count of those met).
- Aggregates: durations in minutes to one decimal (hours when asked); means and medians of durations over resolved rows;
  percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects (my034 per service, with ``HAVING
  count(*) >= 3``); "average per day, counting only days that had alerts" averages the per-day counts; "how long was
  payments-api down" runs from the first of the day's payments-api alerts' start to the last one's end; a metric's max
  and average (one decimal) over its samples in the window. Breakdowns answer ``value, count`` (or the measures asked),
  most first; per-hour and per-day answers are the UTC (or named zone's) bucket starts.
- Top-N answers are ordered by the measure, ties by the value, and every N asked is one no tie crosses (my046 asks for 4
  because the third and fourth tie at 4; my053's two tie with each other at 3, the next has 2; "just the one" asks for
  one row); "hours of the day" are ``hour(starts_at)`` 0-23 over all dates, "UTC hours on 11 March" the hour buckets of
  that day.
- Refusals: the service "geocoder-api", the "qa" environment, the person "tbauer", the cluster "prod-us-central-1" and
  the service "hull-viewer" are ungrounded (none appears in alerts, changes or the audit log); burn-rate thresholds for
  an SLO, choosing between Prophet and SARIMA, when to prefer an inhibit rule over a silence, drafting a status-page
  post and sizing Kafka partitions are not about this data; expiring and re-creating a silence, deleting a change row,
  marking an incident resolved, creating a silence and changing alerts' severity ask to change the data.
"""

TAMPERE = "2025-03-13T07:00:00+00:00"
MADISON = "2025-03-13T13:30:00+00:00"
LEIPZIG = "2025-03-14T08:00:00+00:00"
GUADALAJARA = "2025-03-12T16:00:00+00:00"
BUSAN = "2025-03-14T00:30:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "my001",
        "filters",
        "prod alerts on payments-api or checkout-web that started from 14:30:00Z up to (not incl.) 15:00:00Z on "
        "2025-03-11, severity warning or above, excluding anything that came in via pagerduty-events. full rows",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND service IN ('payments-api', 'checkout-web')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND severity_rank >= 2
             AND source <> 'pagerduty-events'""",
        TAMPERE,
    ),
    (
        "my002",
        "filters",
        "resolved prod alerts that started within 10 min after a live prod deployment of the same service, "
        "excluding the checkout project",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production' AND a.status = 'resolved' AND a.project <> 'checkout'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        TAMPERE,
    ),
    (
        "my003",
        "filters",
        "which prod alerts with severity exactly warning and cluster=prod-eu-west-1 are still firing as of now? "
        "name, service, starts_at only",
        """SELECT name, service, starts_at FROM alerts
           WHERE environment_canonical = 'production' AND severity = 'warning'
             AND labels['cluster'] = 'prod-eu-west-1'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 07:00:00+00')""",
        TAMPERE,
    ),
    (
        "my004",
        "filters",
        "Staging alerts that started on March 11 between 9am and 5pm CDT, excluding HighLatencyP99. Full rows please.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND name <> 'HighLatencyP99'""",
        MADISON,
    ),
    (
        "my005",
        "filters",
        "Production incidents opened between Feb 1 and Feb 28 2025 (UTC, both days inclusive) that have a "
        "resolution recorded by lucie.novak@acme.io - all columns of the incident.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND id IN (SELECT group_id FROM resolutions WHERE resolved_by = 'lucie.novak@acme.io')""",
        MADISON,
    ),
    (
        "my006",
        "filters",
        "Critical alerts with source alertmanager only, started between Jan 1 and Feb 28 2025 UTC inclusive, "
        "that took more than 45 minutes from start to resolve.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND source = 'alertmanager' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND ends_at - starts_at > INTERVAL 45 MINUTE""",
        MADISON,
    ),
    (
        "my007",
        "filters",
        "Production incidents whose suspect change was a flag change or a config update. I need the incident's "
        "service, alertname and opened_at plus the change actor and change summary.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_actor, change_summary
           FROM incident_suspects
           WHERE environment = 'production' AND change_type IN ('flag_change', 'config_update')""",
        LEIPZIG,
    ),
    (
        "my008",
        "filters",
        "Early warnings for services of the checkout project in production that started from 14:30 up to but not "
        "including 14:35 UTC on 11 March, only those with sigma above 10, and leave out the NewLogPattern ones.",
        """SELECT * FROM warnings
           WHERE labels['project'] = 'checkout' AND labels['environment'] = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 14:35:00+00'
             AND sigma > 10
             AND labels['alertname'] <> 'NewLogPattern'""",
        LEIPZIG,
    ),
    (
        "my009",
        "filters",
        "Which production incidents are open as of now, excluding those whose max severity is info? Columns: "
        "service, alertname, opened_at, alert_count.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, alert_count FROM alert_groups
           WHERE environment = 'production' AND max_severity <> 'info'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 08:00:00+00')""",
        LEIPZIG,
    ),
    (
        "my010",
        "filters",
        "For my report I need the error log lines from cart-service in production between 14:40:00 and 14:41:00 UTC "
        "on March 11 2025, end excluded, all columns.",
        """SELECT * FROM log_events
           WHERE service = 'cart-service' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:41:00+00'""",
        GUADALAJARA,
    ),
    (
        "my011",
        "filters",
        "Which alerts on checkout-web or cart-service in production started in the 15 minutes after payments-api "
        "v2.14.0 went live in production?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND service IN ('checkout-web', 'cart-service')
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        GUADALAJARA,
    ),
    (
        "my012",
        "filters",
        "Resolved production alerts with severity critical or warning that started from March 1 2025 00:00 UTC until "
        "now, excluding the indexer service and anything in the checkout project.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND severity IN ('critical', 'warning')
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
             AND service <> 'indexer' AND project <> 'checkout'""",
        GUADALAJARA,
    ),
    (
        "my013",
        "filters",
        "alerts in the search project, production, that were firing at exactly 2025-03-11 02:00 UTC",
        """SELECT * FROM alerts
           WHERE project = 'search' AND environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 02:00:00+00')""",
        BUSAN,
    ),
    (
        "my014",
        "filters",
        "prod incidents opened 10-12 March 2025 UTC (both ends incl.) that had at least one early warning with a "
        "lead of 5 min or more before them",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_warnings WHERE lead_min >= 5)""",
        BUSAN,
    ),
    (
        "my015",
        "filters",
        "MetricAnomaly warnings on indexer in production that started on or after 1 March 2025 UTC, excluding the "
        "search_indexer_bulk_rejections series",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'indexer' AND labels['environment'] = 'production'
             AND labels['alertname'] = 'MetricAnomaly'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 00:30:00+00'
             AND metric_key NOT LIKE '%search_indexer_bulk_rejections%'""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- time
    (
        "my016",
        "time",
        "per UTC hour, how many prod alerts started on 2025-03-11 between 12:00Z and 18:00Z? hour + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour
           ORDER BY hour""",
        TAMPERE,
    ),
    (
        "my017",
        "time",
        "what went live in prod (any service, live reports only) in the 30 min before the first "
        "PaymentsAPIErrorBudgetBurn alert on 2025-03-11?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        TAMPERE,
    ),
    (
        "my018",
        "time",
        "how many minutes between payments-api v2.14.0 going live in prod and the payments-api rollback to v2.13.2 "
        "going live in prod? 1 decimal",
        """SELECT round((epoch(r.timestamp) - epoch(d.timestamp)) / 60, 1) AS minutes
           FROM change_events d, change_events r
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.service = 'payments-api' AND d.details['ref'] = 'v2.14.0'
             AND r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
             AND r.service = 'payments-api' AND r.details['ref'] = 'v2.13.2'""",
        TAMPERE,
    ),
    (
        "my019",
        "time",
        "Alerts per UTC day from March 10 to March 12 2025 inclusive, broken out by environment: day, environment, "
        "count.",
        """SELECT date_trunc('day', starts_at) AS day, environment_canonical AS environment, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY ALL
           ORDER BY day, alerts DESC""",
        MADISON,
    ),
    (
        "my020",
        "time",
        "Which staging alerts were firing at 9:30am CDT on March 11?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        MADISON,
    ),
    (
        "my021",
        "time",
        "How many minutes was payments-api down on March 11 2025 (UTC day), measured from the first payments-api "
        "alert's start to the last one's end? One decimal.",
        """SELECT round((epoch(max(ends_at)) - epoch(min(starts_at))) / 60, 1) AS minutes_down FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MADISON,
    ),
    (
        "my022",
        "time",
        "Which alerts were firing in production at the moment maria.gonzalez@acme.io created her cart-service silence?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= (SELECT min(created_at) FROM silences
                               WHERE created_by = 'maria.gonzalez@acme.io' AND service = 'cart-service')
             AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences
                                                WHERE created_by = 'maria.gonzalez@acme.io'
                                                  AND service = 'cart-service'))""",
        LEIPZIG,
    ),
    (
        "my023",
        "time",
        "Production incidents opened between Monday 10 March 00:00 CET and Wednesday 12 March 00:00 CET that stayed "
        "open longer than 20 minutes or are still open. Service, alertname, opened_at, resolved_at.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, resolved_at FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-09 23:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'
             AND (resolved_at IS NULL OR resolved_at - opened_at > INTERVAL 20 MINUTE)""",
        LEIPZIG,
    ),
    (
        "my024",
        "time",
        "payments-api production log lines per UTC hour between 14:00 and 17:00 UTC on 11 March: hour, total lines "
        "and error lines side by side.",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines,
                  count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 17:00:00+00'
           GROUP BY hour
           ORDER BY hour""",
        LEIPZIG,
    ),
    (
        "my025",
        "time",
        "On March 11 2025 between 08:00 and 14:00 Guadalajara time (CST, UTC-6), how many alerts started per "
        "service? All environments.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 20:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service""",
        GUADALAJARA,
    ),
    (
        "my026",
        "time",
        "For the PaymentsAPIErrorBudgetBurn incident on payments-api that opened at 14:42 UTC on March 11, list the "
        "early warnings that came before it: warning alertname, warning service, metric_key, warned_at and "
        "lead_min, longest lead first.",
        """SELECT warning_alertname, warning_service, metric_key, warned_at, lead_min FROM incident_warnings
           WHERE service = 'payments-api' AND group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 14:42:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 14:43:00+00'
           ORDER BY lead_min DESC""",
        GUADALAJARA,
    ),
    (
        "my027",
        "time",
        "What were the earliest and the latest start times of staging search-api alerts on March 11 2025 UTC?",
        """SELECT min(starts_at) AS earliest, max(starts_at) AS latest FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        GUADALAJARA,
    ),
    (
        "my028",
        "time",
        "alerts per hour on 12 March 2025 in KST (00:00-24:00 KST), all envs together: hour on the KST clock and count",
        """SELECT date_trunc('hour', timezone('Asia/Seoul', starts_at)) AS hour_kst, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 15:00:00+00'
           GROUP BY hour_kst
           ORDER BY hour_kst""",
        BUSAN,
    ),
    (
        "my029",
        "time",
        "which live changes went out in prod, any service, in the 60 min before the indexer DiskSpaceLow incident "
        "that opened at 16:58 UTC on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT opened_at FROM alert_groups
                                    WHERE service = 'indexer' AND group_labels['alertname'] = 'DiskSpaceLow'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-11 16:59:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT opened_at FROM alert_groups
                                    WHERE service = 'indexer' AND group_labels['alertname'] = 'DiskSpaceLow'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-11 16:59:00+00')""",
        BUSAN,
    ),
    (
        "my030",
        "time",
        "each prod DiskSpaceLow alert on indexer that started between 11 March 00:00 and 12 March 06:00 UTC: its "
        "start and how many minutes it lasted",
        """SELECT starts_at, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM alerts
           WHERE service = 'indexer' AND name = 'DiskSpaceLow' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           ORDER BY starts_at""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "my031",
        "aggregates",
        "mean and median duration (min) of resolved prod alerts on payments-api, all time but excluding 2025-03-11 "
        "(UTC day)",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS mean_minutes,
                  round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production' AND status = 'resolved'
             AND NOT (starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        TAMPERE,
    ),
    (
        "my032",
        "aggregates",
        "what % of live prod deployments since 2025-01-01 were followed by at least one alert on the same service "
        "within 15 min? 1 decimal",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = d.service AND a.environment_canonical = d.environment
                        AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
                  THEN 1 ELSE 0 END) / count(*), 1) AS pct_followed
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        TAMPERE,
    ),
    (
        "my033",
        "aggregates",
        "avg number of alerts per incident, prod incidents opened on 2025-03-11 UTC, 1 decimal",
        """SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TAMPERE,
    ),
    (
        "my034",
        "aggregates",
        "For each service, what percentage of its production alerts were critical? Alerts that started Jan 1 "
        "through Mar 12 2025 UTC inclusive, and only services with at least 3 alerts in that window.",
        """SELECT service, round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY service
           HAVING count(*) >= 3
           ORDER BY pct_critical DESC, service""",
        MADISON,
    ),
    (
        "my035",
        "aggregates",
        "Median, p90 and max time to resolve in minutes for production incidents opened in February 2025 that have "
        "resolved.",
        """SELECT round(quantile_cont(m, 0.5), 1) AS median_minutes, round(quantile_cont(m, 0.9), 1) AS p90_minutes,
                  round(max(m), 1) AS max_minutes
           FROM (SELECT (epoch(resolved_at) - epoch(opened_at)) / 60 AS m FROM alert_groups
                 WHERE environment = 'production' AND resolved_at IS NOT NULL
                   AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                   AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')""",
        MADISON,
    ),
    (
        "my036",
        "aggregates",
        "On average, how many production alerts on the same service started within 30 minutes after each live "
        "production deployment since March 1 2025 UTC? Deploys with none count as 0, one decimal.",
        """SELECT round(avg(n), 1) AS avg_alerts_per_deploy
           FROM (SELECT d.id, count(a.starts_at) AS n
                 FROM change_events d
                 LEFT JOIN alerts a
                   ON a.service = d.service AND a.environment_canonical = d.environment
                  AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                   AND d.timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
                 GROUP BY d.id)""",
        MADISON,
    ),
    (
        "my037",
        "aggregates",
        "Mean lag in minutes between the suspect change and the incident opening, per change type, production "
        "incidents only.",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_lag_minutes FROM incident_suspects
           WHERE environment = 'production'
           GROUP BY change_type
           ORDER BY avg_lag_minutes DESC""",
        LEIPZIG,
    ),
    (
        "my038",
        "aggregates",
        "Total silenced hours per silence author for silences created between 1 February and 11 March 2025 UTC "
        "inclusive, each silence counted as it was actually in place (start until the earlier of its end and its "
        "expiry). One decimal, most first.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS silenced_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY created_by
           ORDER BY silenced_hours DESC""",
        LEIPZIG,
    ),
    (
        "my039",
        "aggregates",
        "Per person, how many acks were taken while the acked alert was still firing?",
        """SELECT k.actor, count(*) AS acks FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname'][1]
                   AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service'][1]
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))
           GROUP BY k.actor
           ORDER BY acks DESC, k.actor""",
        LEIPZIG,
    ),
    (
        "my040",
        "aggregates",
        "Total log lines and error lines per environment for the checkout project services on March 11 2025 UTC.",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines FROM log_events
           WHERE project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment
           ORDER BY lines DESC""",
        GUADALAJARA,
    ),
    (
        "my041",
        "aggregates",
        "What was the average number of production alerts per UTC day in February 2025, counting only the days that "
        "had alerts? One decimal.",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day
           FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts
                 WHERE environment_canonical = 'production'
                   AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 GROUP BY day)""",
        GUADALAJARA,
    ),
    (
        "my042",
        "aggregates",
        "Per project, what percentage of the production incidents opened in 2025 have a suspect change? One decimal.",
        """SELECT project,
                  round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                      AS pct_with_suspect
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
           GROUP BY project
           ORDER BY pct_with_suspect DESC, project""",
        GUADALAJARA,
    ),
    (
        "my043",
        "aggregates",
        "max and avg hikaricp_connections_pending for payments-api in prod between 14:30 and 15:30 UTC on 11 March "
        "(avg to 1 decimal)",
        """SELECT max(value) AS max_pending, round(avg(value), 1) AS avg_pending FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND labels['service'] = 'payments-api' AND labels['environment'] = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        BUSAN,
    ),
    (
        "my044",
        "aggregates",
        "median scheduled length in minutes (starts_at to ends_at) of silences that pin the indexer service, per "
        "author",
        """SELECT created_by, round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM silences
           WHERE service = 'indexer'
           GROUP BY created_by
           ORDER BY median_minutes DESC""",
        BUSAN,
    ),
    (
        "my045",
        "aggregates",
        "how many prod incidents had neither an early warning before them nor a suspect change?",
        """SELECT count(*) AS incidents FROM alert_groups
           WHERE environment = 'production'
             AND id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "my046",
        "top_n",
        "top 4 services by number of prod alerts that started between 2025-01-01 and 2025-03-10 UTC inclusive, ties "
        "by name",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 4""",
        TAMPERE,
    ),
    (
        "my047",
        "top_n",
        "whose changes were named the suspect for the most prod incidents? just the one actor + incident count",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE environment = 'production'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        TAMPERE,
    ),
    (
        "my048",
        "top_n",
        "the 3 longest resolved prod alerts that started between 2025-02-01 and 2025-03-11 UTC inclusive: name, "
        "service, starts_at, duration in min",
        """SELECT name, service, starts_at, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY ends_at - starts_at DESC
           LIMIT 3""",
        TAMPERE,
    ),
    (
        "my049",
        "top_n",
        "Top 3 alert names by number of alerts, all time, excluding staging, with how many distinct services each "
        "one fired on.",
        """SELECT name, count(*) AS alerts, count(DISTINCT service) AS services FROM alerts
           WHERE environment_canonical <> 'staging'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        MADISON,
    ),
    (
        "my050",
        "top_n",
        "Which 2 services had the most alerts that started within 15 minutes after a live change (any type) on the "
        "same service and environment? All time.",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 2""",
        MADISON,
    ),
    (
        "my051",
        "top_n",
        "Which 3 hours of the day (UTC, 0-23) have the most alerts across all time and all environments? Hour and "
        "count.",
        """SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 3""",
        MADISON,
    ),
    (
        "my052",
        "top_n",
        "Top 2 silence authors by number of silences created between 1 January and 11 March 2025 UTC inclusive, "
        "with each one's count and total scheduled hours (one decimal).",
        """SELECT created_by, count(*) AS silences,
                  round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS scheduled_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 2""",
        LEIPZIG,
    ),
    (
        "my053",
        "top_n",
        "Leaving out argocd and the deployment-controller, which 2 actors made the most live production changes "
        "while a production incident on the same service was open?",
        """SELECT c.actor, count(*) AS changes FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = 'production'
                   AND g.opened_at <= c.timestamp AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))
           GROUP BY c.actor
           ORDER BY changes DESC, c.actor
           LIMIT 2""",
        LEIPZIG,
    ),
    (
        "my054",
        "top_n",
        "Which 2 warning kinds (alertname) raised the most early warnings on 11 March 2025 UTC?",
        """SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY kind
           ORDER BY warnings DESC, kind
           LIMIT 2""",
        LEIPZIG,
    ),
    (
        "my055",
        "top_n",
        "Top 3 log templates by error lines in the checkout project on March 11 2025 UTC, from the per-minute "
        "pattern counts: template and error lines.",
        """SELECT template, sum(errors) AS error_lines FROM log_pattern_counts
           WHERE project = 'checkout'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template
           ORDER BY error_lines DESC, template
           LIMIT 3""",
        GUADALAJARA,
    ),
    (
        "my056",
        "top_n",
        "Which 2 services had the most alerts start in the hour after payments-api v2.14.0 went live in production? "
        "Any service.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        GUADALAJARA,
    ),
    (
        "my057",
        "top_n",
        "Top 3 UTC days of 2025 by number of production alerts, with the counts.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 3""",
        GUADALAJARA,
    ),
    (
        "my058",
        "top_n",
        "top 3 prod services by total minutes under alert in March 2025 UTC (sum of durations of resolved alerts "
        "that started in March), 1 decimal",
        """SELECT service, round(sum(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 00:30:00+00'
           GROUP BY service
           ORDER BY minutes DESC, service
           LIMIT 3""",
        BUSAN,
    ),
    (
        "my059",
        "top_n",
        "whose silences held back the most alerts according to alert_mutes? top 2 authors w/ counts",
        """SELECT s.created_by, count(*) AS muted_alerts FROM alert_mutes m
           JOIN silences s ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.created_by
           ORDER BY muted_alerts DESC, s.created_by
           LIMIT 2""",
        BUSAN,
    ),
    (
        "my060",
        "top_n",
        "which 3 UTC hours on 11 March 2025 had the most error log lines across all services? hour + count",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY error_lines DESC, hour
           LIMIT 3""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- changes
    (
        "my061",
        "changes",
        "live prod deployments and rollbacks on 2025-03-11 UTC, excluding argocd: service, version, actor, time",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp FROM change_events
           WHERE environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND actor <> 'argocd (automated)'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TAMPERE,
    ),
    (
        "my062",
        "changes",
        "prod deployments since 2025-02-01 that had no alert on the same service in the 15 min after going live",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        TAMPERE,
    ),
    (
        "my063",
        "changes",
        "which version of each service is live in prod right now (last live deployment or rollback)? service, "
        "version, live since",
        """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version,
                  max(timestamp) AS live_since
           FROM change_events
           WHERE environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback')
           GROUP BY service
           ORDER BY service""",
        TAMPERE,
    ),
    (
        "my064",
        "changes",
        "Number of live changes per type and environment between March 10 00:00 and March 12 00:00 UTC, excluding "
        "scale events.",
        """SELECT type, environment, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND type <> 'scale'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY type, environment
           ORDER BY changes DESC, type, environment""",
        MADISON,
    ),
    (
        "my065",
        "changes",
        "Deployments that went live between Feb 1 and Mar 12 2025 UTC and were followed by a rollback of the same "
        "service and environment within 60 minutes: service, environment, deployed version, deploy time, rollback "
        "time.",
        """SELECT d.service, d.environment, coalesce(d.details['ref'], d.version) AS deployed_version,
                  d.timestamp AS deployed_at, r.timestamp AS rolled_back_at
           FROM change_events d
           JOIN change_events r
             ON r.type = 'rollback' AND r.phase = 'live'
            AND r.service = d.service AND r.environment = d.environment
            AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        MADISON,
    ),
    (
        "my066",
        "changes",
        "Per actor, how many live flag changes and how many live config updates, all time, humans only (no argocd, "
        "no deployment-controller)?",
        """SELECT actor, count(*) FILTER (WHERE type = 'flag_change') AS flag_changes,
                  count(*) FILTER (WHERE type = 'config_update') AS config_updates
           FROM change_events
           WHERE phase = 'live' AND type IN ('flag_change', 'config_update')
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY actor
           ORDER BY flag_changes + config_updates DESC, actor""",
        MADISON,
    ),
    (
        "my067",
        "changes",
        "Changes that are the suspect of some production incident, but only those whose actor (exactly as stored) "
        "also created at least one silence.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE environment = 'production')
             AND actor IN (SELECT created_by FROM silences)""",
        LEIPZIG,
    ),
    (
        "my068",
        "changes",
        "Live config updates in production since 1 January 2025 UTC: service, summary, actor, timestamp.",
        """SELECT service, summary, actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        LEIPZIG,
    ),
    (
        "my069",
        "changes",
        "Live production changes made while a production incident on the same service was open, i.e. the incident "
        "opened at or before the change and had not resolved before it.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = 'production'
                   AND g.opened_at <= c.timestamp AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        LEIPZIG,
    ),
    (
        "my070",
        "changes",
        "GitHub releases published since March 1 2025 UTC: service, version, who published it and when.",
        """SELECT service, version, actor, timestamp FROM change_events
           WHERE type = 'release' AND source = 'github-release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'""",
        GUADALAJARA,
    ),
    (
        "my071",
        "changes",
        "Which releases published on March 11 2025 UTC reached production (a live deployment of the same service "
        "and version) within 2 hours of being published? Service, version, published time and the first "
        "production deploy time.",
        """SELECT r.service, coalesce(r.details['ref'], r.version) AS version, r.timestamp AS published_at,
                  min(d.timestamp) AS first_production_deploy_at
           FROM change_events r
           JOIN change_events d
             ON d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
            AND d.service = r.service
            AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
            AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 2 HOUR
           WHERE r.type = 'release' AND r.phase = 'live'
             AND r.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND r.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY ALL""",
        GUADALAJARA,
    ),
    (
        "my072",
        "changes",
        "Scale-downs of payments-api in production on March 11 2025 UTC: time, summary, replicas from and replicas to.",
        """SELECT timestamp, summary, details['replicas_from'] AS replicas_from, details['replicas_to'] AS replicas_to
           FROM change_events
           WHERE type = 'scale' AND service = 'payments-api' AND environment = 'production'
             AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        GUADALAJARA,
    ),
    (
        "my073",
        "changes",
        "versions of auth-api that went live in staging on 11 March 2025 UTC, each version once with the first time "
        "it went live",
        """SELECT coalesce(details['ref'], version) AS version, min(timestamp) AS first_live_at FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY 1
           ORDER BY first_live_at""",
        BUSAN,
    ),
    (
        "my074",
        "changes",
        "staging deployments that went live on 11 March 2025 UTC and were followed by a staging alert on the same "
        "service within 30 min",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = 'staging'
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        BUSAN,
    ),
    (
        "my075",
        "changes",
        "payments-api deployment reports in prod on 11 March 2025 UTC: how many per phase (requested, in_progress, "
        "live)?",
        """SELECT phase, count(*) AS reports FROM change_events
           WHERE type = 'deployment' AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY phase
           ORDER BY reports DESC, phase""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- silences
    (
        "my076",
        "silences",
        "silences in effect at 2025-03-11T02:00Z: silence id, created_by, service, starts_at, ends_at",
        """SELECT silence_id, created_by, service, starts_at, ends_at FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:00:00+00')""",
        TAMPERE,
    ),
    (
        "my077",
        "silences",
        "silences created while a prod incident on the same service was open: silence id, service, created_by, "
        "created_at, the incident's alertname and opened_at",
        """SELECT s.silence_id, s.service, s.created_by, s.created_at,
                  g.group_labels['alertname'] AS incident_alertname, g.opened_at AS incident_opened_at
           FROM silences s
           JOIN alert_groups g
             ON g.service = s.service AND g.environment = 'production'
            AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
            AND s.created_at >= g.opened_at
            AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at)""",
        TAMPERE,
    ),
    (
        "my078",
        "silences",
        "silences that someone expired by hand: silence id, created_by, expired_by, expired_at and how many minutes "
        "each was actually in place",
        """SELECT silence_id, created_by, expired_by, expired_at,
                  round((epoch(least(ends_at, expired_at)) - epoch(starts_at)) / 60, 1) AS minutes_in_place
           FROM silences
           WHERE expired_at IS NOT NULL""",
        TAMPERE,
    ),
    (
        "my079",
        "silences",
        "Silences created per author per UTC month in 2025: author, month, count.",
        """SELECT created_by, date_trunc('month', created_at) AS month, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           GROUP BY created_by, month
           ORDER BY month, silences DESC, created_by""",
        MADISON,
    ),
    (
        "my080",
        "silences",
        "Average scheduled length in minutes of silences per pinned service, only silences that pin a service and "
        "were created before March 11 2025 00:00 UTC.",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences
           WHERE service IS NOT NULL
             AND created_at < TIMESTAMPTZ '2025-03-11 00:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC""",
        MADISON,
    ),
    (
        "my081",
        "silences",
        "For each silence created in March 2025 UTC, how many alerts did Alertmanager hold back under it, zero "
        "included? Silence id, created_by, muted alerts.",
        """SELECT s.silence_id, s.created_by, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           GROUP BY s.silence_id, s.created_by
           ORDER BY muted_alerts DESC, s.silence_id""",
        MADISON,
    ),
    (
        "my082",
        "silences",
        "Silences pinned to production that were created by people who also acked at least one alert. All columns.",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND created_by IN (SELECT actor FROM audit_log WHERE action = 'ack')""",
        LEIPZIG,
    ),
    (
        "my083",
        "silences",
        "Silences created outside our business hours (Monday to Friday 09:00-17:00 CET): silence id, created_by, "
        "created_at.",
        """SELECT silence_id, created_by, created_at FROM silences
           WHERE NOT (isodow(timezone('Europe/Berlin', created_at)) BETWEEN 1 AND 5
                      AND hour(timezone('Europe/Berlin', created_at)) BETWEEN 9 AND 16)""",
        LEIPZIG,
    ),
    (
        "my084",
        "silences",
        "Silences that have both an alertname matcher and a service matcher, whose comment mentions reindex, and that "
        "were not expired early. All columns.",
        """SELECT * FROM silences
           WHERE len([m FOR m IN matchers IF m.name = 'alertname']) > 0
             AND len([m FOR m IN matchers IF m.name = 'service']) > 0
             AND comment ILIKE '%reindex%'
             AND expired_at IS NULL""",
        LEIPZIG,
    ),
    (
        "my085",
        "silences",
        "Snoozes of HighLatencyP99 in staging on March 11 2025 UTC, per person: number of snoozes and total snoozed "
        "minutes.",
        """SELECT actor, count(*) AS snoozes, round(sum(duration_s) / 60, 1) AS snoozed_minutes FROM audit_log
           WHERE action = 'snooze'
             AND [m.value FOR m IN matchers IF m.name = 'alertname'][1] = 'HighLatencyP99'
             AND [m.value FOR m IN matchers IF m.name = 'environment'][1] = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC, actor""",
        GUADALAJARA,
    ),
    (
        "my086",
        "silences",
        "Which cart-service alerts in production were firing at some moment while maria.gonzalez@acme.io's "
        "cart-service silence was in effect?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.created_by = 'maria.gonzalez@acme.io' AND s.service = 'cart-service'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        GUADALAJARA,
    ),
    (
        "my087",
        "silences",
        "Silences in effect at any moment between 2025-03-10 20:00 and 2025-03-11 06:00 UTC, all columns.",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-10 20:00:00+00'""",
        GUADALAJARA,
    ),
    (
        "my088",
        "silences",
        "silences with a scheduled length over 12 h: silence id, created_by, service, environment and the length in "
        "hours (1 decimal)",
        """SELECT silence_id, created_by, service, environment,
                  round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE ends_at - starts_at > INTERVAL 12 HOUR""",
        BUSAN,
    ),
    (
        "my089",
        "silences",
        "silences created within 10 min after an alert on the same service started: silence id, author, alert name, "
        "alert start",
        """SELECT s.silence_id, s.created_by, a.name AS alert_name, a.starts_at AS alert_started_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        BUSAN,
    ),
    (
        "my090",
        "silences",
        "silences created in March 2025 UTC that have more than 2 matchers, one of them on alertname: silence id, "
        "author, comment",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 00:30:00+00'
             AND len(matchers) > 2
             AND len([m FOR m IN matchers IF m.name = 'alertname']) > 0""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- joins
    (
        "my091",
        "joins",
        "for each prod incident opened on 2025-03-11 UTC, its suspect change if it has one: incident service, "
        "alertname, opened_at, change type, change service, version (empty when none)",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, s.change_type, s.change_service,
                  coalesce(s.change_details['ref'], s.change_version) AS change_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TAMPERE,
    ),
    (
        "my092",
        "joins",
        "prod alerts that started within 15 min after a flag change on the same service: alert name, service, alert "
        "start, the flag change's summary and actor",
        """SELECT a.name, a.service, a.starts_at, c.summary AS flag_summary, c.actor AS flag_actor
           FROM alerts a
           JOIN change_events c
             ON c.type = 'flag_change' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE a.environment_canonical = 'production'""",
        TAMPERE,
    ),
    (
        "my093",
        "joins",
        "deployments followed by a critical alert on the same service within 1h: deploy id, service, version, actor "
        "and how many such critical alerts",
        """SELECT d.id, d.service, coalesce(d.details['ref'], d.version) AS version, d.actor,
                  count(*) AS critical_alerts
           FROM change_events d
           JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment AND a.severity = 'critical'
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live'
           GROUP BY ALL
           ORDER BY critical_alerts DESC, d.id""",
        TAMPERE,
    ),
    (
        "my094",
        "joins",
        "For each live production deployment in March 2025 UTC: deploy id, service, version, time, and the number of "
        "alerts on the same service in the 15 minutes after it, 0 included.",
        """SELECT d.id, d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp,
                  count(a.starts_at) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           GROUP BY ALL
           ORDER BY alerts DESC, d.timestamp""",
        MADISON,
    ),
    (
        "my095",
        "joins",
        "Per project: the number of production incidents opened in 2025 that had an early warning before them, and "
        "the number that did not.",
        """SELECT project,
                  count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) AS with_warning,
                  count(*) FILTER (WHERE id NOT IN (SELECT group_id FROM incident_warnings)) AS without_warning
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 13:30:00+00'
           GROUP BY project
           ORDER BY project""",
        MADISON,
    ),
    (
        "my096",
        "joins",
        "Resolved production incidents opened in February 2025 together with their resolution: service, alertname, "
        "opened_at, minutes from opening to the resolution's resolved_at, resolved_by and fix.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  round((epoch(r.resolved_at) - epoch(g.opened_at)) / 60, 1) AS minutes_to_resolution,
                  r.resolved_by, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        MADISON,
    ),
    (
        "my097",
        "joins",
        "Incidents whose suspect change was made by someone who also created a silence, only those whose resolution "
        "was written by a different person than the change's actor: group id, service, alertname, opened_at, change "
        "actor, resolved_by.",
        """SELECT s.group_id, s.service, s.group_labels['alertname'] AS alertname, s.opened_at, s.change_actor,
                  r.resolved_by
           FROM incident_suspects s
           JOIN resolutions r ON r.group_id = s.group_id
           WHERE s.change_actor IN (SELECT created_by FROM silences)
             AND r.resolved_by <> s.change_actor""",
        LEIPZIG,
    ),
    (
        "my098",
        "joins",
        "Which people (actor string as stored) made at least one live deployment and also created at least one "
        "silence?",
        """SELECT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'
           INTERSECT
           SELECT created_by FROM silences""",
        LEIPZIG,
    ),
    (
        "my099",
        "joins",
        "Live production changes, any service, in the 30 minutes before each critical production incident opened in "
        "March 2025 UTC: incident service, alertname, opened_at, change service, change type, change time.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  c.service AS change_service, c.type AS change_type, c.timestamp AS changed_at
           FROM alert_groups g
           JOIN change_events c
             ON c.phase = 'live' AND c.environment = g.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at
           WHERE g.environment = 'production' AND g.max_severity = 'critical'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        LEIPZIG,
    ),
    (
        "my100",
        "joins",
        "For each early warning on payments-api in production that started on March 11 2025 UTC: warning id, "
        "alertname, metric_key, starts_at, and how many payments-api production alerts started in the 15 minutes "
        "after it, 0 included.",
        """SELECT w.id, w.labels['alertname'] AS alertname, w.metric_key, w.starts_at, count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = 'production'
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api' AND w.labels['environment'] = 'production'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY ALL
           ORDER BY w.starts_at""",
        GUADALAJARA,
    ),
    (
        "my101",
        "joins",
        "The top 3 ranked log patterns before each payments-api incident opened on March 11 2025 UTC: incident "
        "alertname, opened_at, rank, template, lines, is_new.",
        """SELECT g.group_labels['alertname'] AS alertname, p.opened_at, p.rank, p.template, p.lines, p.is_new
           FROM incident_log_patterns p
           JOIN alert_groups g ON g.id = p.group_id
           WHERE p.group_service = 'payments-api' AND p.rank <= 3
             AND p.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND p.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY p.opened_at, p.rank""",
        GUADALAJARA,
    ),
    (
        "my102",
        "joins",
        "Acks taken while the acknowledged alert was still firing: alert name, service, alert start, who acked, ack "
        "time, and minutes from alert start to the ack (one decimal).",
        """SELECT a.name, a.service, a.starts_at, k.actor AS acked_by, k.timestamp AS acked_at,
                  round((epoch(k.timestamp) - epoch(a.starts_at)) / 60, 1) AS minutes_to_ack
           FROM audit_log k
           JOIN alerts a
             ON a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname'][1]
            AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service'][1]
            AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp)
           WHERE k.action = 'ack'""",
        GUADALAJARA,
    ),
    (
        "my103",
        "joins",
        "for each prod indexer incident opened in March 2025 UTC, the silences on indexer that were in effect at "
        "some point while it was open: incident alertname, opened_at, resolved_at, silence id, silence author",
        """SELECT g.group_labels['alertname'] AS alertname, g.opened_at, g.resolved_at, s.silence_id, s.created_by
           FROM alert_groups g
           JOIN silences s
             ON s.service = g.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
            AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 00:30:00+00')
            AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at
           WHERE g.service = 'indexer' AND g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        BUSAN,
    ),
    (
        "my104",
        "joins",
        "people who both made live changes and created silences (actor string as stored): person, number of live "
        "changes, number of silences",
        """SELECT c.person, c.changes, s.silences
           FROM (SELECT actor AS person, count(*) AS changes FROM change_events
                 WHERE phase = 'live' GROUP BY actor) c
           JOIN (SELECT created_by AS person, count(*) AS silences FROM silences GROUP BY created_by) s
             ON s.person = c.person
           ORDER BY c.person""",
        BUSAN,
    ),
    (
        "my105",
        "joins",
        "prod incidents that had at least one error log pattern from a different service before them "
        "(incident_log_patterns, same_service false, errors > 0): group id, service, alertname, number of such "
        "patterns",
        """SELECT p.group_id, p.group_service AS service, g.group_labels['alertname'] AS alertname,
                  count(*) AS patterns
           FROM incident_log_patterns p
           JOIN alert_groups g ON g.id = p.group_id
           WHERE NOT p.same_service AND p.errors > 0 AND g.environment = 'production'
           GROUP BY ALL
           ORDER BY patterns DESC, p.group_id""",
        BUSAN,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "my106",
        "refusals",
        "prod alerts on geocoder-api between 2025-03-11T14:00Z and 16:00Z, critical only",
        "ungrounded",
        TAMPERE,
    ),
    (
        "my107",
        "refusals",
        "what burn-rate thresholds should a 99.95% monthly SLO use for the fast and the slow window? numbers pls",
        "not_about_this_data",
        TAMPERE,
    ),
    (
        "my108",
        "refusals",
        "expire the token-service staging silence and put a new 2h one on token-service staging with the same matchers",
        "asks_to_change_data",
        TAMPERE,
    ),
    (
        "my109",
        "refusals",
        "Alert counts per UTC day in the qa environment from March 1 to March 10 2025, broken out by severity.",
        "ungrounded",
        MADISON,
    ),
    (
        "my110",
        "refusals",
        "Should I fit Prophet or SARIMA to our daily alert counts? Pros and cons for a weekly-seasonal series.",
        "not_about_this_data",
        MADISON,
    ),
    (
        "my111",
        "refusals",
        "Remove the duplicate auth-api v4.2.1 pagerduty-change row from change_events so the deploy counts line up.",
        "asks_to_change_data",
        MADISON,
    ),
    (
        "my112",
        "refusals",
        "Live changes made by tbauer in production between 1 and 11 March 2025 UTC, excluding flag changes.",
        "ungrounded",
        LEIPZIG,
    ),
    (
        "my113",
        "refusals",
        "In general, when should one use an Alertmanager inhibit rule rather than a silence? A short explanation is "
        "enough.",
        "not_about_this_data",
        LEIPZIG,
    ),
    (
        "my114",
        "refusals",
        "Mark the checkout-web 'Checkout flow failing' incident as resolved at 15:03 UTC on 11 March with fix "
        "'rolled back payments-api'.",
        "asks_to_change_data",
        LEIPZIG,
    ),
    (
        "my115",
        "refusals",
        "Alerts on cluster prod-us-central-1 on March 11 2025 between 08:00 and 14:00 CST, per service.",
        "ungrounded",
        GUADALAJARA,
    ),
    (
        "my116",
        "refusals",
        "Please draft the customer-facing status page post about the March 11 checkout outage, three short paragraphs.",
        "not_about_this_data",
        GUADALAJARA,
    ),
    (
        "my117",
        "refusals",
        "Create a silence on checkout-web in production for the next 4 hours with the comment 'load test, ignore'.",
        "asks_to_change_data",
        GUADALAJARA,
    ),
    (
        "my118",
        "refusals",
        "alerts on the hull-viewer service in prod since 1 March 2025 UTC, with their durations",
        "ungrounded",
        BUSAN,
    ),
    (
        "my119",
        "refusals",
        "how many kafka partitions should a topic get for 50k msg/s on 3 brokers? rough sizing is fine",
        "not_about_this_data",
        BUSAN,
    ),
    (
        "my120",
        "refusals",
        "set severity of every DiskSpaceLow alert on indexer to info and close the ones still open",
        "asks_to_change_data",
        BUSAN,
    ),
]
