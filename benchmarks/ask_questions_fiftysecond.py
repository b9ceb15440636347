"""The fifty-second ask question set: ids sz001..sz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
the brief, the project's design notes (/work/shared/DESIGN.md, printed whole, with the line counts of it, docs/store.md
and docs/ask.md), docs/store.md (printed whole; its middle, from the end of the warnings table to the alert_mutes table,
cut off by the terminal, printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone
(taken as the rules for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find its
line range, the section printed by that range in the same command as the rest of docs/store.md, and its middle, cut off
by the terminal, printed again in two pieces), the module docstring of ``ask_questions`` and its code (how a set is
wired and split: its first 150 lines, then the rest with the lines that open each set's paragraph filtered out and only
the last 150 lines shown; this set is not wired in by its author), the module docstrings of the earlier sets printed
with ``ast`` into a scratch file and searched with grep for the bullet lines naming their people and for city, country
and language words (the forty-ninth's was printed whole and its "Conventions" list followed where a question leaves
room; the fiftieth's and fifty-first's were read whole from the scratch file), the first ten rows of
``ask_questions_thirtieth`` imported in Python (for the file's format), and the demo store itself, copied and opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage; the last log line and sample are just before 06:00 on 12 March, the last scheduled silence end 09:07:49 that
day). Nothing else was read, beyond file names seen in directory listings of the project root and ``benchmarks/`` and in
one read-only ``git status`` (names only); the set written at the same time by another author (the fifty-third) was not
read. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, database, person or cluster the store does not
hold, checked against every column of every table read as text); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Greek, Quebecois,
Danish, Emirati or Argentine voice and no one in Athens, Montreal, Copenhagen, Dubai or Buenos Aires, and no PCI DSS
assessor; an on-call engineer on a phone, a support engineer, an engineering manager, an auditor and a database
reliability engineer have spoken before, but not these ones, in these places, about these things). Each asks three
questions in every category (24 each, three of them refusals):

- an on-call engineer in Athens typing on a phone at 10:00 EET on Wednesday 12 March (2025-03-12 08:00 UTC), the
  morning after the outage, whose first language is Greek and whose team's boards run on UTC: lower case, short, the
  Greek question mark ";" for "?", "ela" (come on), Greek word order ("how many alrts we had the last 12 hrs", "the
  silence of maria", "the alrts of yday"), "rn", "yday", "svc", "w/in", "pls", phone slips ("alrts", "paymnets-api"
  for payments-api, read as meant);
- a support engineer in Montreal relaying a merchant's complaint about March 11, at 10:00 EDT on Wednesday 12 March
  (2025-03-12 14:00 UTC), whose first language is Quebec French and who gives every time in UTC because the tickets
  are stamped so: "the client say", "Is it possible to have", "for the ticket", clocks written "14h30", the client's
  words first and the question after;
- an engineering manager in Copenhagen preparing the weekly ops review, at 09:00 CET on Monday 17 March (2025-03-17
  08:00 UTC), whose first language is Danish and whose team keeps UTC boards: "pr." for per, "Super.", "a bit", "Can
  you give me", last week and the week before last, MTTR, shares, suspects and early warnings;
- a PCI DSS qualified security assessor in Dubai reviewing the payments environment, at 11:00 GST on Thursday 13 March
  (2025-03-13 07:00 UTC): formal ("Dear team", "Please provide / list / state / identify", "as of now", "Q1 2025 to
  date", dates with their year), who changed payments-api and production, who silenced, acknowledged and expired what,
  humans against automation, out-of-hours acts;
- a database reliability engineer in Buenos Aires, at 10:00 ART on Thursday 13 March (2025-03-13 13:00 UTC), whose
  first language is Spanish: "che", "dale", "how much" for "how many", "had more" for "had the most", "the 11 of
  March"; the database alerts (``PostgresqlTooManyConnections``, ``DBPoolPendingAcquiresHigh``,
  ``HikariPoolPendingConnections``), hikaricp_connections_pending, payments-api error lines and log patterns, what
  changed before the database alerts, their suspects and fixes.

40 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters
(payments-api alerts after the v2.14.0 deploy, checkout incidents after a payments-api deploy, deploys followed by a
critical alert, HikariPool error lines after the deploy), three in time (changes before the first checkout-web alert,
alerts firing when the rollback went live, checkout changes before the first error-budget alert), two in aggregates
(alerts after each production deploy averaged, the share of incidents with a suspect), five in top_n (the service
with most alerts after the deploy, the checkout service with most incidents after it, whose changes were suspects,
whose silences held back most alerts, the database incident with most early warnings), seven in changes (deploys with
no alert after them, the incidents the v2.14.0 deploy broke, last week's suspect changes, changes during an open
incident, the last deploy before the Postgres alert, the deploys blamed for the database incidents, changes before the
DBPool alert), four in silences (cart-service alerts under maria's silence, alerts held back per silence, silences
created during an open incident, silences in effect while the Hikari alert fired) and all fifteen joins. The metric
samples during an alert (sz043) and the deploys followed by a rollback (sz067, two types of change) are not counted.
No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the support engineer writes
  "UTC" where a clock matters; the others' teams keep UTC boards), so no question is read in another zone. The nows:
  on-call 2025-03-12 08:00, support 2025-03-12 14:00, manager Monday 2025-03-17 08:00, assessor 2025-03-13 07:00, DBRE
  2025-03-13 13:00, all after every record (lucie's token-service staging silence, scheduled to end at 09:07:49 on the
  12th, is still on at the on-call engineer's now). For the on-call engineer and the support engineer "yday" /
  "yesterday" is ``[2025-03-11, 2025-03-12)``, "today" / "today until now" from 2025-03-12 00:00 to now, "the last 12
  hrs" ``(now - 12 h, now]``; "between 14h30 and 15h30 UTC" and "between 10h00 and 12h00 UTC" include their start and
  exclude their end. For the manager "last week" is ``[2025-03-10, 2025-03-17)``, "the week before last"
  ``[2025-03-03, 2025-03-10)`` and "between Monday and Wednesday last week" ``[2025-03-10, 2025-03-13)``; "pr. day" is
  per UTC day, days without alerts absent. The assessor's "since 1 January 2025" and "Q1 2025 to date" run from
  2025-01-01 to now, "since 1 February 2025" from 2025-02-01, "March 2025" from 2025-03-01 to now, "11 March 2025" that
  day. The DBRE's "this year" runs from 2025-01-01 to now, "the 11 of March" is that day, "between 14:30 and 14:35 UTC"
  includes its start and excludes its end. "All time" and questions without a time have no window. A thing is in a
  window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a log line's ``timestamp``, a pattern
  count's ``minute``); "started in that time" is by ``starts_at``; "what was firing at" an instant and "still firing
  rn" are the state at that instant or now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until the asker's now while it is NULL, so the SearchIndexerLagHigh incident
  left open since 3 March and the KubePodNotReady ones since January and early March count as open, and "still open
  now" is ``resolved_at IS NULL``); silences the ``silences`` view's rows, in effect from ``starts_at`` until the
  earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that span in minutes; the "scheduled length" is
  ``starts_at`` to ``ends_at`` as the latest version says, so maria's expired silence counts 26.8 minutes in sz041 and
  sz087). Changes are their ``phase = 'live'`` reports: "deploys" / "deployments" ``type = 'deployment'`` (auth-api
  v4.2.1 in production on the 11th, reported by two tools, is two rows, in sz032, sz033, sz042, sz063 and sz091),
  "rollbacks", "configuration changes", "flag flips" their types, "changes" / "what changed" / "every change" of any
  type every live report (scale events included). A version is ``coalesce(details['ref'], version)``
  (``change_details['ref']`` and ``change_version`` in the incident views); the version "live in prod rn" / "running
  in production as of now" is that of the last live deployment or rollback of that service in production, the version
  alone. "Human users, excluding argocd and the deployment controller" are every actor but ``argocd (automated)`` and
  ``deployment-controller``; "performed by argocd" is ``argocd (automated)``; people are as stored ("maria's" is
  ``ILIKE '%maria%'``; ``lnovak`` and ``lucie.novak@acme.io`` count apart). "The checkout project" and "checkout
  service" are ``project = 'checkout'``. "The database alerts" / "the database incidents" are the three names above
  (alerts by ``name``, incidents by ``group_labels['alertname']``); "the Hikari alert" / "the Hikari incident" is the
  one ``HikariPoolPendingConnections`` alert (group) of 11 March (14:35:54.431846), "the PostgresqlTooManyConnections
  alert" the one of 2025-02-25 10:20:36.482461, "the DBPoolPendingAcquiresHigh alert" the one of 2025-02-28
  09:45:28.296791. "v2.14.0 went live in prod" / "the v2.14.0 deploy" is 2025-03-11 14:31:22; "the payments-api
  rollback on 11 March" went live at 14:56:37; "the first checkout-web alert yesterday" started 14:43:24.431846 and
  "the first PaymentsAPIErrorBudgetBurn alert on 11 March" 14:42:48.375564. "The New checkout flow flag" turned on is
  its live flag change whose summary says so. "Maria's cart-service silence" is the only silence pinning cart-service;
  "the silence for the postgres upgrade" the one whose comment mentions Postgres; "who silenced the identity project
  in prod" the silences whose matchers pin project identity and environment production. "Error logs" / "error lines"
  are ``is_error``; "mention HikariPool" is ``body ILIKE '%HikariPool%'``; "the fix talks about the pool" is ``fix
  ILIKE '%pool%'``. "Acknowledgements recorded against payments-api alerts" are the ``ack`` entries whose ``service``
  equality matcher is payments-api. "Early warnings raised on checkout-web" are the ``warnings`` rows whose
  ``service`` label is checkout-web. A question without an environment is read over both (sz030, sz044, sz058, sz059,
  sz061).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change, incident and log environments are already ``production`` / ``staging``):
  an alert or incident "within N minutes after" / "the N min after" a change starts (opens) in ``[t, t + N]`` ("within
  an hour" 60, "the hr after" 60); changes "in the 30 minutes / hour / 2 hours before" an alert are ``[t - N, t]``,
  those of the alert's environment (production) and of any service unless the question names a project (sz027 and
  sz096 name the checkout project; sz096 asks for deploys only). "After v2.14.0 went live" is a window from that one
  event on the service the question names (sz003, sz013) or, for "which svc" / "which checkout service", on every
  service (sz048) or every checkout service (sz050); "incidents of the checkout project within 15 minutes after a
  production deploy of payments-api" meet every such deploy on the environment only. "The last deploy before the
  PostgresqlTooManyConnections alert" is the latest live deployment of any service strictly before it; "from the
  v2.14.0 deploy going live until the rollback went live" runs to 14:56:37. Alerts "firing while the silence of maria
  was on" overlap its span; alerts "that started while a silence on their svc was on" start inside a silence's span
  (start included, end excluded), the silence's service being the alert's and its environment, when it pins one, the
  alert's, whatever its other matchers (so the DiskSpaceLow alert of 03:43 on 12 March falls in kenji's
  SearchReindexQueueBacklog silence); silences "in effect while the Hikari alert was firing", any service, share a
  moment with it; silences "created while an incident on the same service was open" have ``created_at`` inside the
  incident's span, ends included, the silence's environment, when it pins one, the incident's (the MetricAnomaly
  indexer silences pin none and meet the open SearchIndexerLagHigh incident). Changes "made while an incident on the
  same service was open" have their time inside the incident's span, ends included. Acks name their alert by their
  ``alertname`` and ``service`` equality matchers and count as taken "while still firing" when that alert was on at
  the ack's time (sz100 pairs maria's ack with the first PaymentsAPIErrorBudgetBurn alert of 11 March). "Suspect" is
  ``incident_suspects``: "whose changes were blamed as the suspect for the most incidents" counts distinct incidents
  per ``change_actor``, any change type; "the persons whose changes were named the suspect of a critical incident" the
  distinct ``change_actor`` of suspects of incidents whose ``max_severity`` is critical; "which of last week's changes
  were the suspect" and "which deploys were blamed for the database incidents" are the ``change_events`` rows some
  (such) incident has as suspect; "what did the v2.14.0 deploy break" the ``alert_groups`` rows whose suspect is that
  deployment; "how many minutes before the incident it landed" is ``round(lag_s / 60, 1)``. "Preceded by an early
  warning" is a row in ``incident_warnings``; "how many minutes before it came" is ``lead_min`` as stored. "How were
  they fixed" is ``alert_groups`` joined to ``resolutions`` (the Hikari incident has no resolution row, so sz104 has
  two rows). "Top 3 log patterns before the Hikari incident" are its ``incident_log_patterns`` rows of ``rank <= 3``,
  every column. "How many alerts did Alertmanager hold back under" each silence counts the ``alert_mutes`` rows whose
  ``silenced_by`` names it, every silence of the window listed (0 included); "the silence author whose silences held
  back the most alerts" counts those rows per ``created_by``. "For each prod deploy yday: svc, version and how many
  alrts" is one row per deploy (a ``LEFT JOIN``, 0 included); "which svcs got alrts w/in 15 min after a flag flip on
  the same svc" the distinct services of such alerts. "Payments-api error lines in the 5 minutes after the Hikari
  alert started" are those of the alert's environment in ``[t, t + 5 min]``.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` over the resolved ones,
  "avg time to resolve" and "average alert duration" so; incidents' "MTTR" and "median time to resolve ... open to
  resolved" over the resolved incidents from ``opened_at`` to ``resolved_at``; silences as set, or as actually in place
  when said); "how many minutes was checkout-web down yesterday" runs from the first of that day's checkout-web
  alerts' start to the last one's end; "the max of hikaricp_connections_pending while the Hikari alert was firing" is
  the maximum of the samples inside its span, ends included; percentages are ``round(100.0 * part / whole, 1)`` over
  the rows the question selects ("yesterday's production alerts", "last week's incidents" of any environment, "the
  production deployments on 11 March 2025"); "on avg how many alrts in the 15 min after each prod deploy yday" is the
  mean of the per-deploy counts, deploys with none counting 0 (0.75 rounds to 0.8); "number of deploys and number of
  rollbacks pr. service" both counts side by side for every service with either; counts per value most first.
  "Business hours" are Monday to Friday 09:00-17:00 UTC (by an audit entry's ``timestamp``, a silence's
  ``created_at``); "outside" them is any other time.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no tie
  crosses ("only 1", "just the one", "only the top one", "the person", "the silence author" ask for one row; "which one
  had more early warnings" is the ``group_id`` with its count). "Top 3 payments-api log patterns by error count" sums
  ``log_pattern_counts.errors`` per ``template`` over the day's minutes.
- Refusals: the service "vivawallet-gateway", the service "interac-gateway", the person "mette.hansen", the cluster
  "prod-me-central-1" (the store has prod-eu-west-1 and staging-eu-west-1) and the database "settlements-db" are
  ungrounded; an on-call allowance in Greece, an apology to the client in French, the size of an on-call rotation,
  what PCI DSS requirement 10.2 asks for and pgbouncer's pooling mode are not about this data; acknowledging the
  DiskSpaceLow alert, reopening the checkout-web incident, deleting staging alerts, removing an audit entry and
  restarting the payments-api pods ask to change the data.
"""

NOW_ATH = "2025-03-12T08:00:00Z"
NOW_MTL = "2025-03-12T14:00:00Z"
NOW_CPH = "2025-03-17T08:00:00Z"
NOW_DXB = "2025-03-13T07:00:00Z"
NOW_BUE = "2025-03-13T13:00:00Z"


ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "sz001",
        "filters",
        "critical alrts yday in prod;",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz002",
        "filters",
        "what is still firing rn in prod;",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        NOW_ATH,
    ),
    (
        "sz003",
        "filters",
        "paymnets-api alrts w/in 10 min after v2.14.0 went live in prod, pls",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        NOW_ATH,
    ),
    (
        "sz004",
        "filters",
        "The client say the checkout page was giving him errors yesterday between 14h30 and 15h30 UTC. "
        "Which checkout-web alerts started in that time?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_MTL,
    ),
    (
        "sz005",
        "filters",
        "Is it possible to have the early warnings that were raised on checkout-web yesterday?",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz006",
        "filters",
        "For the ticket: which incidents of the checkout project opened within 15 minutes after a production "
        "deploy of payments-api?",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_MTL,
    ),
    (
        "sz007",
        "filters",
        "Can you give me all the critical incidents from last week? The whole rows, please.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz008",
        "filters",
        "Super. And which rollbacks did we do last week?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz009",
        "filters",
        "Show me the prod deploys from last week that had a critical alert on the same service within an hour after.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NOW_CPH,
    ),
    (
        "sz010",
        "filters",
        "Dear team, for the PCI DSS evidence file please provide every change made to payments-api in production "
        "since 1 February 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz011",
        "filters",
        "Please provide the acknowledgements recorded against payments-api alerts.",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND list_contains([m.value FOR m IN matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex],
                               'payments-api')""",
        NOW_DXB,
    ),
    (
        "sz012",
        "filters",
        "Please list the production changes made by human users on 11 March 2025, excluding argocd and the "
        "deployment controller.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz013",
        "filters",
        "che, the payments-api error logs that mention HikariPool, in the 10 minutes after v2.14.0 went live in prod",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND body ILIKE '%HikariPool%'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        NOW_BUE,
    ),
    (
        "sz014",
        "filters",
        "show me the database alerts we had this year - the postgres one, the pool ones, hikari",
        """SELECT * FROM alerts
           WHERE name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 13:00:00+00'""",
        NOW_BUE,
    ),
    (
        "sz015",
        "filters",
        "the resolutions where the fix talks about the pool, dale",
        """SELECT * FROM resolutions WHERE fix ILIKE '%pool%'""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- time
    (
        "sz016",
        "time",
        "what time the first paymnets-api alrt fired yday;",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz017",
        "time",
        "how many alrts we had the last 12 hrs;",
        """SELECT count(*) FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 08:00:00+00' - INTERVAL 12 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz018",
        "time",
        "ela, what was firing at 2am utc today",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        NOW_ATH,
    ),
    (
        "sz019",
        "time",
        "The client say the payment problem started around 14h40 UTC yesterday. What alerts were firing at exactly "
        "14:40 UTC?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:40:00+00')""",
        NOW_MTL,
    ),
    (
        "sz020",
        "time",
        "What changed in the 30 minutes before the first checkout-web alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        NOW_MTL,
    ),
    (
        "sz021",
        "time",
        "From the moment the payments-api v2.14.0 deploy went live in production until the rollback went live, "
        "how many minutes passed?",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00') - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        / 60, 1)""",
        NOW_MTL,
    ),
    (
        "sz022",
        "time",
        "How many alerts did we get pr. day last week?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC""",
        NOW_CPH,
    ),
    (
        "sz023",
        "time",
        "How many alerts did we have the week before last?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz024",
        "time",
        "Which incidents were opened between Monday and Wednesday last week and are still open now?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND resolved_at IS NULL""",
        NOW_CPH,
    ),
    (
        "sz025",
        "time",
        "Please list the alerts that were firing at the moment the payments-api rollback went live on 11 March 2025.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        NOW_DXB,
    ),
    (
        "sz026",
        "time",
        "Please list the audit log entries recorded outside business hours in Q1 2025 to date.",
        """SELECT * FROM audit_log
           WHERE timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND NOT (dayofweek(timestamp) BETWEEN 1 AND 5 AND hour(timestamp) >= 9 AND hour(timestamp) < 17)""",
        NOW_DXB,
    ),
    (
        "sz027",
        "time",
        "Please identify the live changes to the checkout project in production in the hour before the first "
        "PaymentsAPIErrorBudgetBurn alert on 11 March 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 60 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        NOW_DXB,
    ),
    (
        "sz028",
        "time",
        "how much minutes was the Hikari alert firing on the 11 of March?",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'HikariPoolPendingConnections'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_BUE,
    ),
    (
        "sz029",
        "time",
        "when was the last time the PostgresqlTooManyConnections alert fired?",
        """SELECT max(starts_at) FROM alerts WHERE name = 'PostgresqlTooManyConnections'""",
        NOW_BUE,
    ),
    (
        "sz030",
        "time",
        "payments-api error lines between 14:30 and 14:35 UTC on the 11th of March",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:00+00'""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "sz031",
        "aggregates",
        "avg time to resolve the alrts of yday, in mins pls",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE status = 'resolved' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz032",
        "aggregates",
        "how many prod deploys yday;",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz033",
        "aggregates",
        "on avg how many alrts in the 15 min after each prod deploy yday, same svc;",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY c.id)""",
        NOW_ATH,
    ),
    (
        "sz034",
        "aggregates",
        "How many checkout-web alerts were there yesterday? I need the number for the client email.",
        """SELECT count(*) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz035",
        "aggregates",
        "What share of yesterday's production alerts were on the checkout project?",
        """SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1) FROM alerts
           WHERE environment_canonical = 'production' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz036",
        "aggregates",
        "For the ticket, how many minutes was checkout-web down yesterday in total?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 14:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz037",
        "aggregates",
        "What was our MTTR last week, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz038",
        "aggregates",
        "What percent of last week's incidents had a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz039",
        "aggregates",
        "Number of deploys and number of rollbacks pr. service, last week.",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND type IN ('deployment', 'rollback')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service""",
        NOW_CPH,
    ),
    (
        "sz040",
        "aggregates",
        "Please state the number of silences created by lucie.novak@acme.io since 1 January 2025.",
        """SELECT count(*) FROM silences
           WHERE created_by = 'lucie.novak@acme.io'
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz041",
        "aggregates",
        "Please state the average scheduled length, in minutes, of the silences created in March 2025.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz042",
        "aggregates",
        "What percentage of the production deployments on 11 March 2025 were performed by argocd?",
        """SELECT round(100.0 * count(*) FILTER (WHERE actor = 'argocd (automated)') / count(*), 1)
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz043",
        "aggregates",
        "the max of hikaricp_connections_pending while the Hikari alert was firing",
        """SELECT max(m.value) FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 13:00:00+00'))""",
        NOW_BUE,
    ),
    (
        "sz044",
        "aggregates",
        "how much error log lines had payments-api on the 11 of March, in total?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_BUE,
    ),
    (
        "sz045",
        "aggregates",
        "median time to resolve of the database incidents, open to resolved, in minutes",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE group_labels['alertname'] IN (
                     'PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')
             AND resolved_at IS NOT NULL""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "sz046",
        "top_n",
        "top 2 alrt names yday, the noisiest",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        NOW_ATH,
    ),
    (
        "sz047",
        "top_n",
        "which svc had the most alrts today until now;",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_ATH,
    ),
    (
        "sz048",
        "top_n",
        "which svc got the most alrts the hr after v2.14.0 went live; only 1",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_ATH,
    ),
    (
        "sz049",
        "top_n",
        "Which 3 services had the most alerts yesterday?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NOW_MTL,
    ),
    (
        "sz050",
        "top_n",
        "Which checkout service had the most incidents opened within 30 minutes after the v2.14.0 deploy went live? "
        "Just the one.",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        NOW_MTL,
    ),
    (
        "sz051",
        "top_n",
        "What are the 3 alert names that fired the most in production yesterday?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 3""",
        NOW_MTL,
    ),
    (
        "sz052",
        "top_n",
        "Top 3 services by alerts last week.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NOW_CPH,
    ),
    (
        "sz053",
        "top_n",
        "Whose changes were blamed as the suspect for the most incidents? The top 2 people.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2""",
        NOW_CPH,
    ),
    (
        "sz054",
        "top_n",
        "Which service had the longest average alert duration last week? Only the top one, in minutes.",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY avg_minutes DESC, service LIMIT 1""",
        NOW_CPH,
    ),
    (
        "sz055",
        "top_n",
        "Please identify the two persons who created the most silences since 1 January 2025.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2""",
        NOW_DXB,
    ),
    (
        "sz056",
        "top_n",
        "Please identify the person with the most acknowledgements recorded in Q1 2025 to date.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        NOW_DXB,
    ),
    (
        "sz057",
        "top_n",
        "Please identify the silence author whose silences held back the most alerts, according to Alertmanager.",
        """SELECT s.created_by, count(*) AS muted FROM alert_mutes m
           JOIN silences s ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.created_by ORDER BY muted DESC, s.created_by LIMIT 1""",
        NOW_DXB,
    ),
    (
        "sz058",
        "top_n",
        "which 3 services had more error log lines on the 11 of March?",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY errors DESC, service LIMIT 3""",
        NOW_BUE,
    ),
    (
        "sz059",
        "top_n",
        "the top 3 payments-api log patterns by error count on the 11 of March",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template ORDER BY errors DESC, template LIMIT 3""",
        NOW_BUE,
    ),
    (
        "sz060",
        "top_n",
        "of the database incidents, which one had more early warnings before it? just the one, with how much",
        """SELECT group_id, count(*) AS warnings FROM incident_warnings
           WHERE group_labels['alertname'] IN (
               'PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')
           GROUP BY group_id ORDER BY warnings DESC, group_id LIMIT 1""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- changes
    (
        "sz061",
        "changes",
        "what changed on paymnets-api yday;",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz062",
        "changes",
        "which version of checkout-web is live in prod rn;",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_ATH,
    ),
    (
        "sz063",
        "changes",
        "prod deploys yday with no alrts on the same svc the 15 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_ATH,
    ),
    (
        "sz064",
        "changes",
        "What did the payments-api v2.14.0 deploy break? I want the incidents.",
        """SELECT * FROM alert_groups
           WHERE id IN (
               SELECT group_id FROM incident_suspects
               WHERE change_service = 'payments-api' AND change_type = 'deployment'
                 AND coalesce(change_details['ref'], change_version) = 'v2.14.0')""",
        NOW_MTL,
    ),
    (
        "sz065",
        "changes",
        "Which changes were made on the checkout project yesterday between 10h00 and 12h00 UTC?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz066",
        "changes",
        "Who turned on the New checkout flow flag, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND summary ILIKE '%New checkout flow%'
             AND summary ILIKE '%turned on%'""",
        NOW_MTL,
    ),
    (
        "sz067",
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
        NOW_CPH,
    ),
    (
        "sz068",
        "changes",
        "Which of last week's changes were the suspect of an incident?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects)
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz069",
        "changes",
        "Which services were deployed to staging last week but not to production?",
        """SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz070",
        "changes",
        "Please list the configuration changes made in production since 1 January 2025: the service, the summary, "
        "who made it and when.",
        """SELECT service, summary, actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz071",
        "changes",
        "Please list the production changes to payments-api or checkout-web that were made while an incident on the "
        "same service was open.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.service IN ('payments-api', 'checkout-web')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:00:00+00'))""",
        NOW_DXB,
    ),
    (
        "sz072",
        "changes",
        "Please state which version of payments-api is running in production as of now.",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_DXB,
    ),
    (
        "sz073",
        "changes",
        "the last deploy before the PostgresqlTooManyConnections alert, all the columns",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp < (SELECT min(starts_at) FROM alerts WHERE name = 'PostgresqlTooManyConnections')
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_BUE,
    ),
    (
        "sz074",
        "changes",
        "which deploys were blamed for the database incidents?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        WHERE group_labels['alertname'] IN (
                            'PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                            'HikariPoolPendingConnections'))""",
        NOW_BUE,
    ),
    (
        "sz075",
        "changes",
        "what changed in the hour before the DBPoolPendingAcquiresHigh alert?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-02-28 09:45:28.296791+00' - INTERVAL 60 MINUTE
                               AND TIMESTAMPTZ '2025-02-28 09:45:28.296791+00'""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- silences
    (
        "sz076",
        "silences",
        "what's muted rn;",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        NOW_ATH,
    ),
    (
        "sz077",
        "silences",
        "who silenced things yday;",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ATH,
    ),
    (
        "sz078",
        "silences",
        "cart-service alrts firing while the silence of maria was on;",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        NOW_ATH,
    ),
    (
        "sz079",
        "silences",
        "Which silences on cart-service were created yesterday? The client want to know if the errors were hidden.",
        """SELECT * FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz080",
        "silences",
        "How long was maria's cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        NOW_MTL,
    ),
    (
        "sz081",
        "silences",
        "Which silences were in effect at 14h50 UTC yesterday?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        NOW_MTL,
    ),
    (
        "sz082",
        "silences",
        "How many silences were created last week pr. person?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC""",
        NOW_CPH,
    ),
    (
        "sz083",
        "silences",
        "Which silences from last week were expired early by someone?",
        """SELECT * FROM silences
           WHERE expired_at IS NOT NULL
             AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz084",
        "silences",
        "For each silence created last week, how many alerts did Alertmanager hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY s.silence_id""",
        NOW_CPH,
    ),
    (
        "sz085",
        "silences",
        "Please list the silences created outside business hours since 1 January 2025.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND NOT (dayofweek(created_at) BETWEEN 1 AND 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        NOW_DXB,
    ),
    (
        "sz086",
        "silences",
        "Please list the silences that were created while an incident on the same service was open.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:00:00+00'))""",
        NOW_DXB,
    ),
    (
        "sz087",
        "silences",
        "Please list each silence created in March 2025 with its silence id, its author and its scheduled length in "
        "minutes.",
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        NOW_DXB,
    ),
    (
        "sz088",
        "silences",
        "which silences were in effect while the Hikari alert was firing?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.name = 'HikariPoolPendingConnections'
                 AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 13:00:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        NOW_BUE,
    ),
    (
        "sz089",
        "silences",
        "who silenced the identity project in prod, and when did they create it?",
        """SELECT created_by, created_at FROM silences
           WHERE project = 'identity' AND environment_canonical = 'production'""",
        NOW_BUE,
    ),
    (
        "sz090",
        "silences",
        "the silence for the postgres upgrade, for how much minutes was it scheduled?",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences WHERE comment ILIKE '%postgres%'""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- joins
    (
        "sz091",
        "joins",
        "for each prod deploy yday: svc, version and how many alrts on that svc the 15 min after",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        NOW_ATH,
    ),
    (
        "sz092",
        "joins",
        "which svcs got alrts w/in 15 min after a flag flip on the same svc;",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.type = 'flag_change' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        NOW_ATH,
    ),
    (
        "sz093",
        "joins",
        "alrts that started while a silence on their svc was on",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NOW_ATH,
    ),
    (
        "sz094",
        "joins",
        "For each checkout-web incident yesterday that has a suspect change: when it opened, the alert name, the "
        "suspect's service and its version.",
        """SELECT opened_at, group_labels['alertname'], change_service,
                  coalesce(change_details['ref'], change_version)
           FROM incident_suspects
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz095",
        "joins",
        "The early warnings before the checkout-web incidents yesterday: for each one, the incident's alert name, "
        "the warning's alert name, the warning's service and how many minutes before it came.",
        """SELECT group_labels['alertname'], warning_alertname, warning_service, lead_min
           FROM incident_warnings
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MTL,
    ),
    (
        "sz096",
        "joins",
        "Were there deploys on the checkout project in the 2 hours before the first checkout-web alert yesterday? "
        "Which ones?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 2 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        NOW_MTL,
    ),
    (
        "sz097",
        "joins",
        "How many incidents last week had no suspect change?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        NOW_CPH,
    ),
    (
        "sz098",
        "joins",
        "For every incident last week that had a suspect: the service, the alert name, the suspect's change type and "
        "how many minutes before the incident it landed.",
        """SELECT service, group_labels['alertname'], change_type, round(lag_s / 60, 1)
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz099",
        "joins",
        "Which services had an incident last week that was preceded by an early warning?",
        """SELECT DISTINCT service FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_CPH,
    ),
    (
        "sz100",
        "joins",
        "Please list the payments-api alerts that were acknowledged while they were still firing: the alert name, "
        "when it started, who acknowledged it and when.",
        """SELECT a.name, a.starts_at, l.actor, l.timestamp
           FROM audit_log l
           JOIN alerts a
             ON a.name = [m.value FOR m IN l.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
            AND a.service = [m.value FOR m IN l.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
            AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)
           WHERE l.action = 'ack' AND a.service = 'payments-api'""",
        NOW_DXB,
    ),
    (
        "sz101",
        "joins",
        "Please list each production deployment since 1 January 2025 that was followed by an incident on the same "
        "service within 30 minutes: the service, the version, the deployer and the time it went live.",
        """SELECT c.service, coalesce(c.details['ref'], c.version), c.actor, c.timestamp
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_DXB,
    ),
    (
        "sz102",
        "joins",
        "Please identify the persons whose changes were named the suspect of a critical incident.",
        """SELECT DISTINCT change_actor FROM incident_suspects WHERE max_severity = 'critical'""",
        NOW_DXB,
    ),
    (
        "sz103",
        "joins",
        "the top 3 log patterns before the Hikari incident",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')
             AND rank <= 3""",
        NOW_BUE,
    ),
    (
        "sz104",
        "joins",
        "of the database incidents, how were they fixed? alert name, root cause and fix",
        """SELECT g.group_labels['alertname'], r.root_cause, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.group_labels['alertname'] IN (
               'PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')""",
        NOW_BUE,
    ),
    (
        "sz105",
        "joins",
        "how much payments-api error lines in the 5 minutes after the Hikari alert started?",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'payments-api' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND a.environment_canonical = l.environment
                   AND l.timestamp BETWEEN a.starts_at AND a.starts_at + INTERVAL 5 MINUTE)""",
        NOW_BUE,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "sz106",
        "refusals",
        "alrts on vivawallet-gateway rn;",
        "ungrounded",
        NOW_ATH,
    ),
    (
        "sz107",
        "refusals",
        "ack the DiskSpaceLow alrt for me pls, i'm on the metro",
        "asks_to_change_data",
        NOW_ATH,
    ),
    (
        "sz108",
        "refusals",
        "what's a normal on-call allowance in greece;",
        "not_about_this_data",
        NOW_ATH,
    ),
    (
        "sz109",
        "refusals",
        "The client is on the interac-gateway service. Which alerts fired on it yesterday?",
        "ungrounded",
        NOW_MTL,
    ),
    (
        "sz110",
        "refusals",
        "Can you write a reply in French to the client to say sorry for the checkout problem?",
        "not_about_this_data",
        NOW_MTL,
    ),
    (
        "sz111",
        "refusals",
        "Please reopen the checkout-web incident so the client can follow it.",
        "asks_to_change_data",
        NOW_MTL,
    ),
    (
        "sz112",
        "refusals",
        "How many deploys did mette.hansen do last week?",
        "ungrounded",
        NOW_CPH,
    ),
    (
        "sz113",
        "refusals",
        "Is four engineers enough for a weekly on-call rotation, do you think?",
        "not_about_this_data",
        NOW_CPH,
    ),
    (
        "sz114",
        "refusals",
        "Delete last week's staging alerts so the review numbers look a bit cleaner.",
        "asks_to_change_data",
        NOW_CPH,
    ),
    (
        "sz115",
        "refusals",
        "Please list the alerts raised in the prod-me-central-1 cluster since 1 January 2025.",
        "ungrounded",
        NOW_DXB,
    ),
    (
        "sz116",
        "refusals",
        "What does PCI DSS requirement 10.2 require us to log?",
        "not_about_this_data",
        NOW_DXB,
    ),
    (
        "sz117",
        "refusals",
        "Please remove the unsilence entry of 11 March 2025 from the audit log.",
        "asks_to_change_data",
        NOW_DXB,
    ),
    (
        "sz118",
        "refusals",
        "the alerts of the settlements-db database on the 11 of March",
        "ungrounded",
        NOW_BUE,
    ),
    (
        "sz119",
        "refusals",
        "for payments-api, pgbouncer in transaction mode or session mode, which is better?",
        "not_about_this_data",
        NOW_BUE,
    ),
    (
        "sz120",
        "refusals",
        "restart the payments-api pods in prod, dale",
        "asks_to_change_data",
        NOW_BUE,
    ),
]
