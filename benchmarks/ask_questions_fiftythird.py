"""The fifty-third ask question set: ids rz001..rz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
the brief, the project's design notes (/work/shared/DESIGN.md, printed whole with ``cat``), docs/store.md (printed whole
in the same command; its middle, cut off by the terminal, printed again by line range), the "Shapes and joins" section
of docs/ask.md printed alone (taken as the rules for the shape of every gold answer; the headings of docs/ask.md were
listed with grep to find its line range, the section printed by that range and its middle, cut off by the terminal,
printed again by a narrower range), the module docstring of ``ask_questions`` and its code (how a set is wired and
split, printed in three pieces, its import lines seen through a grep; this set is not wired in by its author), the
module docstrings of the earlier sets printed with ``ast`` (the forty-ninth's read whole and its "Conventions" list
followed where a question leaves room; the beginnings of the forty-seventh's, forty-eighth's, fiftieth's and
fifty-first's, up to their conventions, read too), all of them also written with ``ast`` into a scratch file (the
fifty-second set, written at the same time by another author, left out) and searched with grep for the bullet lines
naming their people and for city, country, language and "PCI" words, the first ten rows of ``ask_questions_thirtieth``
imported in Python (for the file's format) and, in passing, the lines defining that file's module-level now constants
(one grep), and the demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them
on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in
directory listings of ``benchmarks/``, the project root and the shared folder and in the output of one ``git status``.
Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, environment, region or person the store does
not hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a
multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Malaysian,
Vietnamese, Danish or Romanian voice, nobody in Denver, and no PCI DSS auditor; support engineers, new joiners,
database reliability engineers, engineering managers and auditors have spoken before, but not these ones, in these
places, in these words). Each asks three questions in every category (24 each, three of them refusals):

- a support engineer in Kuala Lumpur relaying a merchant's complaint about the checkout failures of March 11, at 15:00
  MYT on Wednesday 12 March (2025-03-12 07:00 UTC), who copies times from the ticket system in UTC: Malaysian English
  ("can help check", "got any ... or not?", "still firing now ah?", "customer confirm already ok", "what change happen",
  "anything muted right now or not?", "go live" for went live, plurals and tenses dropped, "pls");
- a new joiner on their first on-call shift, in Denver, typing on a phone at 06:30 MDT on Wednesday 12 March
  (2025-03-12 12:30 UTC), whose on-call handbook keeps the rota and every board in UTC: lower case, "rn", "yday", "svc",
  "svcs", "w/in", "r", "lol", "pls", slips ("indexr", "pyaments-api"); what is firing, what changed,
  who flipped or silenced what;
- a database reliability engineer in Hanoi, at 14:00 ICT on Thursday 13 March (2025-03-13 07:00 UTC), whose first
  language is Vietnamese and whose Grafana boards run in UTC: plurals and articles dropped ("database alert", "which 3
  service have most error log line"), "was start", "was resolve", "the one mention", "this kind", "zero also";
  Postgres, connection pools, Hikari, metric samples and log lines;
- an engineering manager in Copenhagen preparing the weekly ops review, at 09:00 CET on Monday 17 March (2025-03-17
  08:00 UTC), whose first language is Danish: the present perfect with a past time ("How many deploys have we had ...
  last week?", "Which 3 services have had the most incidents last week?"), "How many percent", "on production", slide
  words; counts, rates and rankings for last week;
- a PCI DSS compliance auditor in Bucharest, at 10:00 EET on Tuesday 18 March (2025-03-18 08:00 UTC), whose first
  language is Romanian: formal and complete ("Please list", "persons", "in the period 1 January - 17 March", "carried it
  out", "acknowledgements"), humans versus tools, who changed, silenced, acknowledged or expired what, and when.

38 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (rz002
critical alerts after the v2.14.0 deploy, rz006 alerts after a flag flip, rz008 token-service alerts after its deploys,
rz012 deploys followed by an incident, rz015 acks given while their alert fired), two in time (rz021 changes before the
first payments-api alert, rz027 alerts firing when the rollback went live), four in aggregates (rz033 alerts after the
v2.14.0 deploy, rz035 deploys with no alert after them, rz040 share of deploys followed by an alert, rz045 silences
created while an alert on their service fired), three in top_n (rz048 services alerting after v2.14.0, rz050 alerts
after a service's own deploys, rz060 whose changes were suspects), five in changes (rz063 changes before the first
checkout-web alert, rz066 deploys with no alert after them, rz069 the deploy before the Postgres incident, rz072
changes made during an incident, rz075 the suspects of critical incidents), four in silences (rz077 alerts firing while
the cart-service silence was on, rz081 silences created just after an alert, rz084 alerts held back per indexer
silence, rz086 incidents opened under a silence) and all fifteen joins. The minutes between two changes (rz018), the
deploys rolled back within the hour (rz071) and the metric samples during an alert (rz038) are not counted. One gold
returns no rows: rz089 (the only silence expired early was expired by its own author).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the support engineer quotes
  the ticket system's UTC, the new joiner's handbook and the database engineer's boards run in UTC, and the manager's
  and the auditor's windows hold the same records in either zone), so no question is read in another zone. The nows:
  the support engineer 2025-03-12 07:00, the new joiner 2025-03-12 12:30, the database engineer 2025-03-13 07:00, the
  manager Monday 2025-03-17 08:00, the auditor Tuesday 2025-03-18 08:00, all after every record. "Yesterday", "yday",
  "11 March", "the 11th", "last Tuesday" are ``[2025-03-11, 2025-03-12)``; "today" (the new joiner's) ``[2025-03-12,
  2025-03-13)``; "since 6pm utc yday" from 2025-03-11 18:00 to now; "the last 12 hrs" ``(now - 12 h, now]``; "this
  week" (the new joiner's) Monday 2025-03-10 to now; "this month" and "since 1 March" 2025-03-01 to now; "last week"
  (the manager's) Monday to Sunday, ``[2025-03-10, 2025-03-17)``; "in February" ``[2025-02-01, 2025-03-01)``; "the
  period 1 January - 17 March" ``[2025-01-01, 2025-03-18)``; "from 1 January until now" up to now; "between 14:00 and
  16:00 UTC" and "from 14:30 to 14:40 UTC" include their start and exclude their end. "All time", and questions that
  name no time, have no window. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a sample's
  or a log line's ``timestamp``); "firing now", "muted right now", "still open now" are the state at now; "what was
  firing at 14:50" and "at the moment the rollback went live" the state at that instant (``starts_at <= T AND (ends_at
  IS NULL OR ends_at > T)``). "Business hours" are Monday to Friday 09:00-17:00 UTC (the auditor says so), by each
  row's own time.
- Alerts are the ``alerts`` view's rows (every column for a list); "fired" is started; incidents ``alert_groups``'
  rows, open from ``opened_at`` until ``resolved_at`` as stored (until now while it is NULL, even where a resolution was
  written or the alert resolved: rz011 lists twelve); silences the ``silences`` view's rows, in effect from
  ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" and "how long was the silence"
  are that span; "expire today" is an ``ends_at`` that day; "ended early by hand" an ``expired_at``). Changes are their
  ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by
  two tools, is two rows, in rz026, rz040, rz051, rz070 and rz091 too), "rollbacks", "flag flips" / "feature flags",
  "configuration changes", "releases" their types, "scale-down" a scale event whose ``details['replicas_to']`` is below
  ``details['replicas_from']`` (any environment), "changes" of any type every live report. A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the
  version "live in prod now" / "running in staging and in production now" is that of the last live deployment or
  rollback of that service and environment, one row per environment. "Automated tools" and "bots" are ``argocd
  (automated)`` and ``deployment-controller``; "humans", "persons" every other actor; people are as stored (``sokafor``
  and ``sade.okafor@acme.io`` are two actors, as are ``dpatel`` and ``dev.patel@acme.io``). "The checkout project" and
  "checkout service" are ``project = 'checkout'``; "the services of identity project", for silences, any service the
  identity project's alerts or changes name, beside a ``project`` matcher on identity. "Database alerts" are
  PostgresqlTooManyConnections, DBPoolPendingAcquiresHigh and HikariPoolPendingConnections (their names say Postgres,
  a DB pool and Hikari); "the v2.14.0 deploy" is payments-api v2.14.0 going live in production (2025-03-11 14:31:22);
  "the rollback" the payments-api production rollback that went live at 14:56:37; "the cart-service silence" the only
  silence pinning cart-service (maria's); "the silence for the Postgres upgrade" the one whose comment says so; "the
  HikariPoolPendingConnections alert" and the PostgresqlTooManyConnections incident each happened once. "payments-api
  log line on 11 March" (rz039) counts both environments' lines; log "mention Hikari" is ``body ILIKE '%hikari%'``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]``; a change "in the hour before" /
  "the 30 min before" an alert or incident is in ``[t - N, t]`` and of the alert's environment (production), any
  service unless one is named (rz021 any service, rz063 the checkout project, rz069 token-service); windows after
  "the v2.14.0 deploy" are from that one event, on payments-api where the question says so (rz002, rz033) and on every
  service for "any service" (rz048). "Followed by a rollback ... within an hour" meets a live rollback of the same
  service and environment in ``[t, t + 60 min]``. A silence meets the other side on its service and, when it pins one,
  its environment (a silence that pins no service meets nothing "on the same service"): alerts "firing on cart-service
  while that silence was on" overlap its span; alerts that "fired during an active silence" and incidents "opened
  while a silence ... was in effect" started (opened) inside it, start included, end excluded; silences "created w/in
  10 min after an alert ... started" were created in ``[a, a + 10 min]`` (one row per pair); silences "created while an
  alert ... was already firing" at a moment it was firing; silences created, and changes made, "while an incident on
  the same service was open" have their time inside the incident's span, ends included. Acks name their alert by their
  ``alertname`` and ``service`` equality matchers; one is "given while the acknowledged alert was still firing" when
  such an alert was on at its time, and an incident was "acknowledged while open" when such an ack came inside its
  span (one row per incident and ack). "Suspect" is ``incident_suspects``: "whose changes were named the suspect for
  the most incidents" counts distinct incidents per ``change_actor``; "the changes named the suspect of a critical
  incident" are the ``change_events`` rows some incident of ``max_severity = 'critical'`` names. "Had an early warning
  on checkout-web itself before them" is an ``incident_warnings`` row whose ``warning_service`` is checkout-web; "had
  neither an early warning nor a suspect change" no row in either view; "fixed by rolling back" a resolution whose fix
  says "rolled back", "roll back" or "rollback"; "who wrote up the resolutions" their ``resolved_by``. "For each ...
  deploy: service, version and how many alerts ..." is one row per deploy with those columns (a ``LEFT JOIN``, 0
  included; rz096 counts that service's staging alerts); "for each silence on indexer, how many alert Alertmanager held
  back under it" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every indexer silence listed.
- Aggregates: durations in minutes to one decimal (an alert from ``starts_at`` to ``ends_at``, "time to resolve" of
  resolved alerts or incidents, the median of ``median``); "total time, in hours, that the silences were actually in
  place, per author" sums that span per ``created_by``, hours to one decimal, over every silence; an average of a metric
  to one decimal over the samples from the named alert's start to its end, both included; a metric's maximum as stored;
  percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects ("the production deploys last
  week": the eight live production deployment reports). "How many silences did each person create" is a count per
  ``created_by``, most first; "critical vs warning" one count per severity; "how many deploys and how many rollbacks"
  two counts side by side.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("the most",
  "only the first", "which service ... the most" ask for one row; in rz047 HighErrorRate and PaymentsAPIErrorBudgetBurn
  tie at three with each other, the third at one; in rz051 ``argocd (automated)`` and ``sokafor`` tie at five with each
  other, the fourth at three behind dpatel's four). "Which 2 hour of 11 March have most ..." is the hours' UTC starts
  with their counts; "metric key" ranks ``warnings.metric_key``; "deployers ... bots count too" counts every actor of a
  live deployment. "Who ..., and when?" is the person and the time of each act (rz028); "who put the silence on, and
  when they remove it" its ``created_by`` and ``expired_at``; "which releases were published, and by whom" the release
  rows, which name their people; "which versions of auth-api were deployed to staging" each version once; "who flipped
  flags", "who silenced the indexer", "who wrote up the resolutions", "which actors ... made changes" each person once.
- Refusals: the service "merchant-gateway", the region "us-west-2" (no label of any alert, warning, sample or log line
  holds it), the service "orders-db", the environment "preprod" and the person "andrei.popescu" are ungrounded; a
  refund calculation for SLA credits, making PagerDuty ring louder, the best HikariCP pool size for an 8-core machine, a
  meeting agenda and a PCI DSS compliance opinion are not about this data; closing the checkout-web incident, muting the
  indexer alerts, deleting old log lines, rolling payments-api back and adding a comment to a silence ask to change the
  data.
"""

KL = "2025-03-12T07:00:00Z"
DENVER = "2025-03-12T12:30:00Z"
HANOI = "2025-03-13T07:00:00Z"
CPH = "2025-03-17T08:00:00Z"
BUC = "2025-03-18T08:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "rz001",
        "filters",
        "merchant say checkout got error yesterday afternoon. can help check which checkout-web alerts fired on "
        "11 march between 14:00 and 16:00 UTC?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        KL,
    ),
    (
        "rz002",
        "filters",
        "got any critical alert on payments-api in prod within 30 min after the v2.14.0 deploy go live or not?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production' AND severity = 'critical'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        KL,
    ),
    (
        "rz003",
        "filters",
        "customer ask if anything still broken on our side. which prod alerts still firing now ah?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
        KL,
    ),
    (
        "rz004",
        "filters",
        "first shift lol. what alerts r firing rn in staging",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 12:30:00+00')""",
        DENVER,
    ),
    (
        "rz005",
        "filters",
        "show me indexr alerts since 6pm utc yday",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        DENVER,
    ),
    (
        "rz006",
        "filters",
        "alerts that fired w/in 15 min after a flag flip on the same svc?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DENVER,
    ),
    (
        "rz007",
        "filters",
        "Show me database alert in production, all time. Postgres, connection pool, Hikari, this kind.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                          'HikariPoolPendingConnections')""",
        HANOI,
    ),
    (
        "rz008",
        "filters",
        "Which alert of token-service was start within 15 minute after a deploy of token-service?",
        """SELECT * FROM alerts a
           WHERE a.service = 'token-service'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'token-service'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        HANOI,
    ),
    (
        "rz009",
        "filters",
        "payments-api error log line between 14:35 and 14:40 UTC on 11 March, only the one mention Hikari",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:35:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND body ILIKE '%hikari%'""",
        HANOI,
    ),
    (
        "rz010",
        "filters",
        "Can you give me the critical alerts on production from last week?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz011",
        "filters",
        "Which incidents are still open now? I want to put them on the first slide.",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 08:00:00+00')""",
        CPH,
    ),
    (
        "rz012",
        "filters",
        "Give me the deploys on production that were followed by an incident on the same service within 30 minutes.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CPH,
    ),
    (
        "rz013",
        "filters",
        "Please give me all the configuration changes made in production in the period 1 January - 17 March.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-18 00:00:00+00'""",
        BUC,
    ),
    (
        "rz014",
        "filters",
        "Which changes were made in production on 11 March by automated tools (argocd, the deployment controller) "
        "and not by persons?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BUC,
    ),
    (
        "rz015",
        "filters",
        "Please list the acknowledgements that were given while the acknowledged alert was still firing.",
        """SELECT * FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = (list_filter(l.matchers,
                                   m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1]).value
                   AND a.service = (list_filter(l.matchers,
                                   m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1]).value
                   AND a.starts_at <= l.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))""",
        BUC,
    ),
    # ------------------------------------------------------------------ time
    (
        "rz016",
        "time",
        "what time the first payments-api alert start on 11 march? just the time pls",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KL,
    ),
    (
        "rz017",
        "time",
        "customer say they try to pay at 14:50 UTC yesterday and it fail. which alerts of checkout project was "
        "firing that time?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        KL,
    ),
    (
        "rz018",
        "time",
        "how many minutes from v2.14.0 go live in prod until the rollback go live?",
        """SELECT round((epoch((SELECT min(r.timestamp) FROM change_events r
                                WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = 'payments-api'
                                  AND r.environment = 'production' AND r.timestamp >= d.t))
                         - epoch(d.t)) / 60, 1)
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                   AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0') d""",
        KL,
    ),
    (
        "rz019",
        "time",
        "when did the last alert fire",
        """SELECT max(starts_at) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        DENVER,
    ),
    (
        "rz020",
        "time",
        "alerts in the last 12 hrs?",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 12:30:00+00' - INTERVAL 12 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        DENVER,
    ),
    (
        "rz021",
        "time",
        "what changed in the hour before the first pyaments-api alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:35:54.431846+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'""",
        DENVER,
    ),
    (
        "rz022",
        "time",
        "How long HikariPoolPendingConnections alert was firing, in minute?",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'HikariPoolPendingConnections'""",
        HANOI,
    ),
    (
        "rz023",
        "time",
        "Give me hikaricp_connections_pending sample from 14:30 to 14:40 UTC on 11 March.",
        """SELECT * FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:40:00+00'""",
        HANOI,
    ),
    (
        "rz024",
        "time",
        "The PostgresqlTooManyConnections incident, when it was open and when it was resolve?",
        """SELECT opened_at, resolved_at FROM alert_groups
           WHERE group_labels['alertname'] = 'PostgresqlTooManyConnections'""",
        HANOI,
    ),
    (
        "rz025",
        "time",
        "How many alerts did we have per day last week?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC""",
        CPH,
    ),
    (
        "rz026",
        "time",
        "How many deploys have we had on production since 1 March?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        CPH,
    ),
    (
        "rz027",
        "time",
        "What was firing on production at the moment the payments-api rollback went live last Tuesday?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        CPH,
    ),
    (
        "rz028",
        "time",
        "Who changed feature flags in production in February, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        BUC,
    ),
    (
        "rz029",
        "time",
        "Please list the snoozes taken outside business hours (09:00-17:00 UTC, Monday to Friday), from 1 January "
        "until now.",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 08:00:00+00'
             AND (isodow(timestamp) > 5 OR hour(timestamp) < 9 OR hour(timestamp) >= 17)""",
        BUC,
    ),
    (
        "rz030",
        "time",
        "At what time did the rollback of payments-api on 11 March become live, and who carried it out?",
        """SELECT timestamp, actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BUC,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "rz031",
        "aggregates",
        "how many alert fired on checkout-web on 11 march? need the number for the customer email",
        """SELECT count(*) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KL,
    ),
    (
        "rz032",
        "aggregates",
        "the payments-api incidents yesterday, on average how long until resolve? in minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KL,
    ),
    (
        "rz033",
        "aggregates",
        "how many payments-api alerts fired within 15 min after the v2.14.0 prod deploy go live?",
        """SELECT count(*) FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        KL,
    ),
    (
        "rz034",
        "aggregates",
        "avg snooze length in mins?",
        """SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'""",
        DENVER,
    ),
    (
        "rz035",
        "aggregates",
        "how many deploys had zero alerts after them w/in 15 min",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DENVER,
    ),
    (
        "rz036",
        "aggregates",
        "whats the median time to resolve for indexer alerts, in mins",
        """SELECT round(median((epoch(ends_at) - epoch(starts_at)) / 60), 1) FROM alerts
           WHERE service = 'indexer' AND status = 'resolved'""",
        DENVER,
    ),
    (
        "rz037",
        "aggregates",
        "What is maximum of hikaricp_connections_pending on 11 March?",
        """SELECT max(value) FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HANOI,
    ),
    (
        "rz038",
        "aggregates",
        "Average of hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing, "
        "1 decimal please",
        """SELECT round(avg(m.value), 1) FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 07:00:00+00'))""",
        HANOI,
    ),
    (
        "rz039",
        "aggregates",
        "How many percent of payments-api log line on 11 March was error?",
        """SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HANOI,
    ),
    (
        "rz040",
        "aggregates",
        "How many percent of the production deploys last week were followed by an alert on the same service "
        "within 15 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                    SELECT 1 FROM alerts a
                    WHERE a.service = c.service AND a.environment_canonical = c.environment
                      AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz041",
        "aggregates",
        "What was the average time to resolve for the incidents of last week, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz042",
        "aggregates",
        "How many alerts were critical vs warning last week?",
        """SELECT severity, count(*) AS alerts FROM alerts
           WHERE severity IN ('critical', 'warning')
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY severity ORDER BY alerts DESC""",
        CPH,
    ),
    (
        "rz043",
        "aggregates",
        "How many silences did each person create in the period 1 January - 17 March?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-18 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        BUC,
    ),
    (
        "rz044",
        "aggregates",
        "What is the total time, in hours, that the silences were actually in place, per author?",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           GROUP BY created_by ORDER BY hours DESC""",
        BUC,
    ),
    (
        "rz045",
        "aggregates",
        "How many silences were created while an alert on the same service was already firing?",
        """SELECT count(*) FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
                 AND a.starts_at <= s.created_at
                 AND (a.ends_at IS NULL OR a.ends_at > s.created_at))""",
        BUC,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "rz046",
        "top_n",
        "which checkout service got the most alert on 11 march?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        KL,
    ),
    (
        "rz047",
        "top_n",
        "top 2 alert name for payments-api, all time",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'payments-api'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        KL,
    ),
    (
        "rz048",
        "top_n",
        "in the 30 min after v2.14.0 go live in prod, which service got the most alert? any service",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        KL,
    ),
    (
        "rz049",
        "top_n",
        "noisiest alert this week?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        DENVER,
    ),
    (
        "rz050",
        "top_n",
        "which svc got the most alerts w/in 15 min after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        DENVER,
    ),
    (
        "rz051",
        "top_n",
        "top 3 deployers yday? bots count too",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3""",
        DENVER,
    ),
    (
        "rz052",
        "top_n",
        "Which 3 service have most error log line in production on 11 March?",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        HANOI,
    ),
    (
        "rz053",
        "top_n",
        "Which 2 hour of 11 March have most payments-api error log line? Hour and count.",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS error_lines FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY error_lines DESC, hour LIMIT 2""",
        HANOI,
    ),
    (
        "rz054",
        "top_n",
        "Which 3 metric key raise most early warning?",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 3""",
        HANOI,
    ),
    (
        "rz055",
        "top_n",
        "Which 3 services have had the most incidents last week?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 3""",
        CPH,
    ),
    (
        "rz056",
        "top_n",
        "Who has made the most changes on production last week? Only humans, not argocd or the deployment controller.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 1""",
        CPH,
    ),
    (
        "rz057",
        "top_n",
        "Which 2 alert names were the noisiest on production last week?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        CPH,
    ),
    (
        "rz058",
        "top_n",
        "Which person created the most silences in the period 1 January - 17 March?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-18 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        BUC,
    ),
    (
        "rz059",
        "top_n",
        "Which two persons acknowledged the most alerts?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 2""",
        BUC,
    ),
    (
        "rz060",
        "top_n",
        "Whose changes were named the suspect for the most incidents? Only the first person, please.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        BUC,
    ),
    # ------------------------------------------------------------------ changes
    (
        "rz061",
        "changes",
        "which version of payments-api live in prod now?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        KL,
    ),
    (
        "rz062",
        "changes",
        "yesterday got any deploy on checkout project? list all pls",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KL,
    ),
    (
        "rz063",
        "changes",
        "what change happen on checkout project in the 30 min before the first checkout-web alert on 11 march?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        KL,
    ),
    (
        "rz064",
        "changes",
        "rollbacks this month",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        DENVER,
    ),
    (
        "rz065",
        "changes",
        "who flipped flags yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DENVER,
    ),
    (
        "rz066",
        "changes",
        "deploys yday that had no alerts after them in 15 min?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DENVER,
    ),
    (
        "rz067",
        "changes",
        "Which version of token-service is running in staging and in production now?",
        """SELECT environment, coalesce(details['ref'], version) AS version FROM (
               SELECT *, row_number() OVER (PARTITION BY environment ORDER BY timestamp DESC) AS n
               FROM change_events
               WHERE service = 'token-service' AND phase = 'live' AND type IN ('deployment', 'rollback')
                 AND environment IN ('staging', 'production')
                 AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00')
           WHERE n = 1""",
        HANOI,
    ),
    (
        "rz068",
        "changes",
        "Show me scale-down of payments-api.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        HANOI,
    ),
    (
        "rz069",
        "changes",
        "Which deploy of token-service was in the one hour before the PostgresqlTooManyConnections incident open?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'token-service'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.group_labels['alertname'] = 'PostgresqlTooManyConnections'
                   AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 1 HOUR AND g.opened_at)""",
        HANOI,
    ),
    (
        "rz070",
        "changes",
        "How many deploys and how many rollbacks have we had on production last week?",
        """SELECT count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz071",
        "changes",
        "Which deploys last week were followed by a rollback of the same service within an hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        CPH,
    ),
    (
        "rz072",
        "changes",
        "Which changes on production last week were made while an incident on the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00'))""",
        CPH,
    ),
    (
        "rz073",
        "changes",
        "Which releases were published, and by whom?",
        """SELECT * FROM change_events WHERE type = 'release' AND phase = 'live'""",
        BUC,
    ),
    (
        "rz074",
        "changes",
        "Which versions of auth-api were deployed to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        BUC,
    ),
    (
        "rz075",
        "changes",
        "Which changes were named the suspect of a critical incident?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        BUC,
    ),
    # ------------------------------------------------------------------ silences
    (
        "rz076",
        "silences",
        "who put the silence on cart-service during the incident, and when they remove it?",
        """SELECT created_by, expired_at FROM silences WHERE service = 'cart-service'""",
        KL,
    ),
    (
        "rz077",
        "silences",
        "which alerts was firing on cart-service while that cart-service silence was on?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        KL,
    ),
    (
        "rz078",
        "silences",
        "anything muted right now or not?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
        KL,
    ),
    (
        "rz079",
        "silences",
        "silences that expire today",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DENVER,
    ),
    (
        "rz080",
        "silences",
        "who silenced the indexer this month",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        DENVER,
    ),
    (
        "rz081",
        "silences",
        "any silences created w/in 10 min after an alert on the same svc started? silence id, who, alert name",
        """SELECT s.silence_id, s.created_by, a.name FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        DENVER,
    ),
    (
        "rz082",
        "silences",
        "Show me silence on the services of identity project.",
        """SELECT * FROM silences
           WHERE project = 'identity'
              OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                             UNION SELECT service FROM change_events WHERE project = 'identity')""",
        HANOI,
    ),
    (
        "rz083",
        "silences",
        "How long was the silence for the Postgres upgrade, in minute?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE comment ILIKE '%postgres%upgrade%'""",
        HANOI,
    ),
    (
        "rz084",
        "silences",
        "For each silence on indexer, how many alert Alertmanager held back under it? Zero also.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.service = 'indexer'
           GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id""",
        HANOI,
    ),
    (
        "rz085",
        "silences",
        "Which silences were created last week? Give me id, author and comment.",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz086",
        "silences",
        "Were any incidents opened last week while a silence on the same service was in effect?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND g.opened_at >= s.starts_at
                   AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        CPH,
    ),
    (
        "rz087",
        "silences",
        "Which silences were ended early by hand last week, and by whom?",
        """SELECT * FROM silences
           WHERE expired_at IS NOT NULL
             AND expired_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND expired_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz088",
        "silences",
        "Please list the silences created outside business hours (09:00-17:00 UTC) in the period 1 January - 17 March.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-18 00:00:00+00'
             AND (isodow(created_at) > 5 OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        BUC,
    ),
    (
        "rz089",
        "silences",
        "Which silences were expired by a person other than the one who created them?",
        """SELECT * FROM silences WHERE expired_by IS NOT NULL AND expired_by <> created_by""",
        BUC,
    ),
    (
        "rz090",
        "silences",
        "Which silences had more than two matchers?",
        """SELECT * FROM silences WHERE len(matchers) > 2""",
        BUC,
    ),
    # ------------------------------------------------------------------ joins
    (
        "rz091",
        "joins",
        "for each prod deploy on 11 march: service, version and how many alert on the same service in the next "
        "15 min. zero also",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        KL,
    ),
    (
        "rz092",
        "joins",
        "which incident on 11 march got a suspect change? show the incident service, alert name and the suspect "
        "version",
        """SELECT service, group_labels['alertname'] AS alertname,
                  coalesce(change_details['ref'], change_version) AS version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KL,
    ),
    (
        "rz093",
        "joins",
        "which checkout-web incidents on 11 march had an early warning on checkout-web itself before them?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_warnings
                        WHERE service = 'checkout-web' AND warning_service = 'checkout-web')
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KL,
    ),
    (
        "rz094",
        "joins",
        "alerts that fired during an active silence on the same svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        DENVER,
    ),
    (
        "rz095",
        "joins",
        "which svcs got paged within 15 min after a deploy of that svc",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        DENVER,
    ),
    (
        "rz096",
        "joins",
        "for each staging deploy yday: svc, version, how many staging alerts on that svc in the next 30 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = 'staging'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        DENVER,
    ),
    (
        "rz097",
        "joins",
        "Which incident was fixed by rolling back? Show alert name, service and the fix.",
        """SELECT g.group_labels['alertname'] AS alertname, g.service, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'""",
        HANOI,
    ),
    (
        "rz098",
        "joins",
        "For database alert (postgres, connection pool, hikari), which deploy of the same service was in the 30 "
        "minute before it? Show alert name, service and the deploy version.",
        """SELECT a.name, a.service, coalesce(c.details['ref'], c.version) AS version
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND c.timestamp BETWEEN a.starts_at - INTERVAL 30 MINUTE AND a.starts_at
           WHERE a.name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                            'HikariPoolPendingConnections')""",
        HANOI,
    ),
    (
        "rz099",
        "joins",
        "Top 3 log pattern before the HikariPoolPendingConnections incident.",
        """SELECT * FROM incident_log_patterns
           WHERE rank <= 3
             AND group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')""",
        HANOI,
    ),
    (
        "rz100",
        "joins",
        "Which incidents last week had neither an early warning nor a suspect change?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_warnings)
             AND g.id NOT IN (SELECT group_id FROM incident_suspects)""",
        CPH,
    ),
    (
        "rz101",
        "joins",
        "Who wrote up the resolutions for the incidents of last week?",
        """SELECT DISTINCT r.resolved_by FROM resolutions r
           JOIN alert_groups g ON g.id = r.group_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz102",
        "joins",
        "For each incident in the checkout project last week: service, alert name, when it opened and the version "
        "of its suspect change (empty when it has none).",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CPH,
    ),
    (
        "rz103",
        "joins",
        "Which silences were created while an incident on the same service was open?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 08:00:00+00'))""",
        BUC,
    ),
    (
        "rz104",
        "joins",
        "Which actors, persons or tools, made changes in production while an incident on the same service was "
        "open, in the period 1 January - 17 March?",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-18 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 08:00:00+00'))""",
        BUC,
    ),
    (
        "rz105",
        "joins",
        "Which production incidents were acknowledged by someone while they were open? Give the alert name, the "
        "service, when the incident opened and who acknowledged it.",
        """SELECT g.group_labels['alertname'] AS alertname, g.service, g.opened_at, l.actor
           FROM alert_groups g
           JOIN audit_log l
             ON l.action = 'ack'
            AND (list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1]).value
                = g.group_labels['alertname']
            AND (list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1]).value
                = g.service
            AND l.timestamp >= g.opened_at
            AND l.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 08:00:00+00')
           WHERE g.environment = 'production'""",
        BUC,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "rz106",
        "refusals",
        "merchant ask if we can give them SLA credit for yesterday. how to calculate the refund amount ah?",
        "not_about_this_data",
        KL,
    ),
    (
        "rz107",
        "refusals",
        "customer confirm already ok, pls close the checkout-web incident for me",
        "asks_to_change_data",
        KL,
    ),
    (
        "rz108",
        "refusals",
        "got any alert on merchant-gateway yesterday?",
        "ungrounded",
        KL,
    ),
    (
        "rz109",
        "refusals",
        "how do i get pagerduty to ring louder on my phone",
        "not_about_this_data",
        DENVER,
    ),
    (
        "rz110",
        "refusals",
        "mute the indexer alerts for 2 hrs pls, they keep waking me",
        "asks_to_change_data",
        DENVER,
    ),
    (
        "rz111",
        "refusals",
        "any alerts in us-west-2 rn",
        "ungrounded",
        DENVER,
    ),
    (
        "rz112",
        "refusals",
        "What is best maximumPoolSize for HikariCP on 8 core machine?",
        "not_about_this_data",
        HANOI,
    ),
    (
        "rz113",
        "refusals",
        "Please delete the payments-api log line older than 1 February, they take too much space.",
        "asks_to_change_data",
        HANOI,
    ),
    (
        "rz114",
        "refusals",
        "Show me alert of orders-db in production last month.",
        "ungrounded",
        HANOI,
    ),
    (
        "rz115",
        "refusals",
        "Can you suggest a good agenda for our weekly ops review meeting?",
        "not_about_this_data",
        CPH,
    ),
    (
        "rz116",
        "refusals",
        "Please roll payments-api back to v2.13.2 on production again.",
        "asks_to_change_data",
        CPH,
    ),
    (
        "rz117",
        "refusals",
        "How many alerts have we had in preprod last week?",
        "ungrounded",
        CPH,
    ),
    (
        "rz118",
        "refusals",
        "Which changes did the person andrei.popescu make in production in the period 1 January - 17 March?",
        "ungrounded",
        BUC,
    ),
    (
        "rz119",
        "refusals",
        "Does our process for silences comply with PCI DSS requirement 10?",
        "not_about_this_data",
        BUC,
    ),
    (
        "rz120",
        "refusals",
        "Please add a comment to maria's cart-service silence with the approval ticket CAB-1187.",
        "asks_to_change_data",
        BUC,
    ),
]
