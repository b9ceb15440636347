"""The eighty-sixth ask question set: ids jy001..jy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor any other set's questions.
What the author read: the brief; the project's design notes (``../shared/DESIGN.md``) and ``docs/store.md``, printed
together in one command, whose middle the terminal cut (``store.md`` lines 106 to 332, from ``audit_log``'s
``ends_at`` to the first lines of ``alert_mutes``), printed again by line range (lines 100 to 246 and 247 to 473);
the headings of ``docs/ask.md`` listed with grep and its "Shapes and joins" section alone, printed by line range in
two pieces (taken as the rules for the shape of every gold answer), where the terminal cut eleven lines of the second
piece and one long row of the first after its first characters: the eleven lines were printed again by range and the
long row's beginning by a grep for one of its phrases; the module docstring of ``ask_questions`` (its middle
paragraphs cut by the terminal, not printed again) and its functions ``_question`` and ``validate``; the module
docstrings of the earlier sets, printed with ``ast`` into a scratch file and grepped for first languages, cities and
NOC roles (the glob ``ask_questions_*.py`` also caught ``ask_questions_data.py``, whose docstring went into that file
and was only grepped), the forty-ninth's read whole and its "Conventions" followed where a question leaves room; the
first ten rows of ``ask_questions_thirtieth`` imported in Python and the lines defining its module-level now
constants (one grep); and the demo store, copied to a scratch folder and opened read-only (records from 2025-01-02 to
2025-03-12 05:59 UTC, most of them on Tuesday 2025-03-11, the day of the payments-api v2.14.0 outage). Nothing else
was read, beyond file names in a listing of ``benchmarks/``. The other set written at the same time (the
eighty-seventh) was not opened. Each row is ``(id, category, question, gold, now)``; a refusal's gold is its kind
(``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``), any other gold one DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

The five people work in the network operations centre of a managed-hosting provider that runs this store for its
customers' services, on rotating 12-hour shifts, and keep the NOC board in UTC. They write ticket shorthand ("svc",
"env", "dpl", "sil", "inc", "approx", "w/", "b/w", "pls", "yday", "last 2d", "0300Z"). No earlier set's docstring
names a Macedonian, Khmer, Kyrgyz or Guarani writer, nor Skopje, Phnom Penh, Bishkek, Swindon or Asunción (NOC
operators in Kampala, Cairo and Colombo have spoken before, not these). Each asks three questions in every category:

- a night-shift NOC operator in Skopje writing the handover at 07:20 CET on Wednesday 12 March (now 2025-03-12 06:20
  UTC), whose first language is Macedonian: articles dropped, "from" for "of" ("alerts from indexer", "version from
  payments-api"), "which" clauses, "give me", "this night" for the night just ended, "my shift" for 18:00Z-06:00Z, and
  "before 2 days" (Macedonian "пред два дена") for two days ago;
- a day-shift NOC engineer in Phnom Penh at 09:00 ICT on Thursday 13 March (now 2025-03-13 02:00 UTC), whose first
  language is Khmer: no plural or tense endings ("alert fire", "who change flag"), "already", "have or not?", the
  topic first ("token-service when last time dpl already?");
- the NOC shift lead in Bishkek at 19:00 KGT on Friday 14 March as the night shift starts (now 2025-03-14 13:00
  UTC), whose first language is Kyrgyz (Russian the second): the verb last ("... show", "... give"), "1400Z-1600Z"
  clocks, "which" for "that", articles dropped;
- the NOC shift manager in Swindon doing the weekly review at 08:30 GMT on Monday 17 March (now 2025-03-17 08:30
  UTC), a native speaker of British English writing ticket-speak: "INC follow-up", "CAB review", "crit", "sils",
  "dpls", "last wk", "w/in", "b/w", "hrs", "mins to 1dp", "approx";
- an L2 NOC engineer in Asunción at 20:30 PYT (UTC-3 the whole year) on Wednesday 12 March, at the start of a night
  shift (now 2025-03-12 23:30 UTC), whose first language is Guarani (Spanish the second): the Guarani question
  particle "piko" at the end of some questions, "the alerts of X", "there was", "was" for "were", the verb before
  its subject ("how was fixed the incidents"), "more alerts" for the most, "since always" for all time.

44 of the 105 answerable questions relate two kinds of record in time or by scope: four in filters (jy003 alerts
after a prod deploy, jy006 alerts that started under a silence, jy012 deploys under a silence, jy015 cart-service
alerts after the v2.14.0 deploy; jy009, deploys followed by a rollback, relates changes to changes and is not
counted), five in time (jy018, jy021, jy024, jy027, jy030), five in aggregates (jy033, jy036, jy039, jy042, jy045),
five in top_n (jy048, jy051, jy054, jy057, jy060), five in changes (jy063, jy066, jy069, jy072, jy075), five in
silences (jy078, jy081, jy084, jy087, jy090) and all fifteen joins (jy091..jy105). No gold returns an empty result;
jy096 returns every rollback with a count of 0.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and every day is a UTC day (the board is in UTC; each now falls on the same calendar day in UTC and
  in the asker's zone). "yday" / "yesterday" is the UTC day before now's (11 March for Skopje and Asunción, 12 March
  for Phnom Penh); "11 Mar", "tue", "12 Mar" are ``[day, day + 1)``; "my shift 1800Z-0600Z" (Skopje) is ``[2025-03-11
  18:00, 2025-03-12 06:00)``; "this night" (Skopje) is that same night; "before 2 days" (Skopje) is the day two days
  before now, ``[2025-03-10, 2025-03-11)``; "last 24h", "last 2d", "last 7d", "the last 2 wks" are ``(now - N,
  now]``; "this week" (Bishkek) ``[2025-03-10, now]``; "last wk" (Swindon) ``[2025-03-10, 2025-03-17)``; "this month"
  and "since 1 Mar" from 2025-03-01 to now; "in february" ``[2025-02-01, 2025-03-01)``; a clock range "1400Z-1600Z",
  "0000Z-0600Z", "b/w 1600Z Tue and 0200Z Wed" includes its start and excludes its end. "all time", "since always",
  "ever" have no window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``,
  an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a
  log line's ``timestamp``); "firing in some moment between" shares a moment with the window; "firing at 0300Z",
  "still firing now", "muted right now", "active at 1500 UTC" are the state at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("really was in place", "actually in place");
  "as set", "planned" is ``starts_at`` to ``ends_at``. Changes are their ``phase = 'live'`` reports: "dpl", "deploys"
  ``type = 'deployment'`` (auth-api v4.2.1 went to production on the 11th under two reports, github and pagerduty,
  and counts twice), "rollbacks", "config changes", "flag flips", "releases", "scale-downs" (``replicas_to`` below
  ``replicas_from``, as integers) by their types, "changes" any type, scale events included. A version is
  ``coalesce(details['ref'], version)``; "live in prod right now" the one of the last live deployment or rollback of
  that service and environment; "each one time" each version once. "Humans only" leaves out ``argocd (automated)``
  and ``deployment-controller``. People are as stored ("maria", "kenji", "lucie" by ``ILIKE``); "who ... and when"
  is the person and the row's time. "Bots incl." keeps every actor string as it is (``sokafor`` and
  ``sade.okafor@acme.io`` stay two).
- Relations meet on service and canonical environment (``alerts.environment_canonical``; change, incident and log
  environments are already ``production`` / ``staging``): "in 15 min after a dpl of the same svc" is ``[t, t + 15
  min]`` ("1h" 60, "30 min" 30, "10 min" 10), "either side" ``[t - 15, t + 15]``; "in 1h before the first
  payments-api alert yday" and "in 4h before the first checkout-web alert yday" are ``[t - N, t]`` over the changes of
  that alert's environment (production), any service unless one is named (jy063 names the checkout project); "30 min
  before the PaymentsAPIErrorBudgetBurn incident opened on 11 Mar" the deployments of production, any service. "The
  deploy v2.14.0 of payments-api" / "v2.14.0 went live in prod" is its live production deployment; "the
  payments-api rollback on 11 Mar" its live rollback that day; "maria's silence on cart-service" and "kenji's sil on
  indexer this night" are that silence's ``created_at``. An alert that "fired when a silence on the same svc was
  already active" started inside the silence's span (start included, end excluded); one "firing while maria's sil
  was in place" overlaps it; a deploy "while it had a sil on" went live inside the span; a silence created "while an
  incident of the same service was open" lies in ``[opened_at, resolved_at or now]``, and an incident "had a sil
  created during it" the same way; a rollback "while an incident on the same svc was still open" likewise. A
  silence pins an environment only when it names one (a silence without one covers both). "Changes during the error
  budget incident" are the live production changes inside that incident's span. An ack names its alert by its
  ``alertname`` and ``service`` equality matchers and is "while still firing" when it came inside the alert's span.
  "Suspect" is ``incident_suspects``: "whose dpl got blame" counts distinct incidents per ``change_actor`` of suspect
  deployments, "who made the changes that was suspect" of every type; "which deploys caused incidents" are the
  ``change_events`` deployments some incident names as suspect. "Had early warning before them" is a row in
  ``incident_warnings``. "For each silence how many alerts alertmanager held back" counts the ``alert_mutes`` rows
  whose ``silenced_by`` names it, every silence listed; "really muted something" is a silence ``alert_mutes``
  names. "For each ... dpl / every rollback / every deploy" keeps the things that met nothing at 0 (a ``LEFT
  JOIN``); "whether an alert followed (t/f)" is a boolean per deploy.
- Aggregates: durations in minutes (hours when asked) to one decimal; "avg time to resolve for prod incidents"
  averages the resolved incidents' ``opened_at`` to ``resolved_at``; "MTTR per svc ..., resolved alerts only" the
  alerts' ``starts_at`` to ``ends_at``; percentages ``round(100.0 * part / whole, 1)`` over the rows the question
  selects; an "average" of counts per deploy includes the deploys with none; "snooze ... how many, and avg snooze
  how many min" is both side by side. "Outside business hrs" is any time but Monday to Friday 09:00-17:00 UTC, by
  ``created_at``.
- Top-N answers ``value, count`` (or the measure) most first, ties by the value, and no N asked is crossed by a tie
  (jy057's two authors tie with each other at 3, the rest have 1; jy052's second and third hours tie at 6, the
  fourth has 5). "Which hour of day (0-23)" is the hour on the clock; "days of february" UTC days; "per hour" and
  "per day" buckets are UTC.
- Refusals: the service "billing-gw", the service "pix-gateway", the cluster "prod-ap-southeast-1" (the store has
  prod-eu-west-1 and staging-eu-west-1), the environment "uat" and the person "r.whitfield" are ungrounded; the
  weather in Skopje, an apology e-mail to a customer, night-shift overtime pay, an April shift rota and the dollar's
  rate in guaraníes are not about this data; silencing DiskSpaceLow, deleting January's alerts, acking
  HighLatencyP99, expiring kenji's silences and marking the payments-api incident resolved ask to change the data.
"""

SKOPJE = "2025-03-12T06:20:00+00:00"
PHNOM_PENH = "2025-03-13T02:00:00+00:00"
BISHKEK = "2025-03-14T13:00:00+00:00"
SWINDON = "2025-03-17T08:30:00+00:00"
ASUNCION = "2025-03-12T23:30:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "jy001",
        "filters",
        "handover note: give me alerts from prod which are still firing now pls",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:20:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:20:00+00')""",
        SKOPJE,
    ),
    (
        "jy002",
        "filters",
        "alerts from indexer in my shift 1800Z-0600Z, all of them",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SKOPJE,
    ),
    (
        "jy003",
        "filters",
        "yday prod alerts which started in 15 min after dpl of same svc to prod - list",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SKOPJE,
    ),
    (
        "jy004",
        "filters",
        "pls show critical alert on 11 Mar, all column",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "jy005",
        "filters",
        "staging alert start in last 2d which still not resolve yet?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at > TIMESTAMPTZ '2025-03-13 02:00:00+00' - INTERVAL 48 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-13 02:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 02:00:00+00')""",
        PHNOM_PENH,
    ),
    (
        "jy006",
        "filters",
        "prod alert which fire when silence on same svc already active, have or not? show",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        PHNOM_PENH,
    ),
    (
        "jy007",
        "filters",
        "payments-api alerts tue 1400Z-1600Z show",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        BISHKEK,
    ),
    (
        "jy008",
        "filters",
        "config changes on production this week, full rows give",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        BISHKEK,
    ),
    (
        "jy009",
        "filters",
        "prod dpl which got rollback of same svc inside 1h after it - all time, list give",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        BISHKEK,
    ),
    (
        "jy010",
        "filters",
        "INC follow-up - pls list all crit alerts last wk for the checkout proj, prod only",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND project = 'checkout' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SWINDON,
    ),
    (
        "jy011",
        "filters",
        "anything w/ 'latency' in the alert name, last 7d? full rows",
        """SELECT * FROM alerts
           WHERE name ILIKE '%latency%'
             AND starts_at > TIMESTAMPTZ '2025-03-17 08:30:00+00' - INTERVAL 7 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-17 08:30:00+00'""",
        SWINDON,
    ),
    (
        "jy012",
        "filters",
        "did any dpl go out to a svc while it had a sil on? need the dpl rows",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        SWINDON,
    ),
    (
        "jy013",
        "filters",
        "which alerts had checkout-web yesterday piko? all the columns",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ASUNCION,
    ),
    (
        "jy014",
        "filters",
        "the early warnings of yesterday with sigma more than 10",
        """SELECT * FROM warnings
           WHERE sigma > 10
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ASUNCION,
    ),
    (
        "jy015",
        "filters",
        "the alerts of cart-service that started in the 15 min after the deploy v2.14.0 of payments-api in prod",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND coalesce(c.details['ref'], c.version) = 'v2.14.0'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- time
    (
        "jy016",
        "time",
        "what was firing at 0300Z this night? prod and stg both",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        SKOPJE,
    ),
    (
        "jy017",
        "time",
        "count of alerts per hour in my shift (1800Z-0600Z)",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        SKOPJE,
    ),
    (
        "jy018",
        "time",
        "which changes was in 1h before first payments-api alert yday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                 AND
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SKOPJE,
    ),
    (
        "jy019",
        "time",
        "yday alert fire per hour how many",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        PHNOM_PENH,
    ),
    (
        "jy020",
        "time",
        "token-service when last time dpl already? any env",
        """SELECT * FROM change_events
           WHERE service = 'token-service' AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        PHNOM_PENH,
    ),
    (
        "jy021",
        "time",
        "v2.14.0 go live in prod, after that how many minute until first payments-api alert?",
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                WHERE service = 'payments-api'
                                  AND starts_at >= (SELECT min(timestamp) FROM change_events
                                                    WHERE service = 'payments-api' AND environment = 'production'
                                                      AND type = 'deployment' AND phase = 'live'
                                                      AND coalesce(details['ref'], version) = 'v2.14.0')))
                       - epoch((SELECT min(timestamp) FROM change_events
                                WHERE service = 'payments-api' AND environment = 'production'
                                  AND type = 'deployment' AND phase = 'live'
                                  AND coalesce(details['ref'], version) = 'v2.14.0'))) / 60, 1) AS minutes""",
        PHNOM_PENH,
    ),
    (
        "jy022",
        "time",
        "alerts which started 11 Mar 0000Z-0600Z, list give",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'""",
        BISHKEK,
    ),
    (
        "jy023",
        "time",
        "12 Mar first alert - when it start? only time",
        """SELECT min(starts_at) AS first_start
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        BISHKEK,
    ),
    (
        "jy024",
        "time",
        "moment when payments-api rollback went live on 11 Mar - what was still firing that moment",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        BISHKEK,
    ),
    (
        "jy025",
        "time",
        "list alerts that started b/w 1600Z Tue and 0200Z Wed last wk pls",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 02:00:00+00'""",
        SWINDON,
    ),
    (
        "jy026",
        "time",
        "latest 5 alerts we've got in the store, newest first",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-17 08:30:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        SWINDON,
    ),
    (
        "jy027",
        "time",
        "INC review: dpls in the 30 min before the PaymentsAPIErrorBudgetBurn incident opened on 11 Mar, any svc",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(opened_at) FROM alert_groups
                  WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                    AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND
                 (SELECT min(opened_at) FROM alert_groups
                  WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                    AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SWINDON,
    ),
    (
        "jy028",
        "time",
        "alerts that was firing in some moment between 1400 and 1500 UTC yesterday piko",
        """SELECT * FROM alerts
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        ASUNCION,
    ),
    (
        "jy029",
        "time",
        "when started and when stopped the payments-api alerts yesterday?",
        """SELECT min(starts_at) AS first_start,
                  CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL ELSE max(ends_at) END AS last_end
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ASUNCION,
    ),
    (
        "jy030",
        "time",
        "since maria put her silence on cart-service yesterday, which alerts started? until now",
        """SELECT * FROM alerts
           WHERE starts_at >= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%'
                                 AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "jy031",
        "aggregates",
        "how many alerts in last 24h, all env",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 06:20:00+00' - INTERVAL 24 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:20:00+00'""",
        SKOPJE,
    ),
    (
        "jy032",
        "aggregates",
        "avg time to resolve for prod incidents from yday, in min",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKOPJE,
    ),
    (
        "jy033",
        "aggregates",
        "for each prod dpl from yday: svc, version and how many alerts on same svc in next 15 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details['ref'], c.version
           ORDER BY alerts DESC""",
        SKOPJE,
    ),
    (
        "jy034",
        "aggregates",
        "snooze in last 2d how many, and avg snooze how many min",
        """SELECT count(*) AS snoozes, round(avg(duration_s) / 60, 1) AS avg_minutes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp > TIMESTAMPTZ '2025-03-13 02:00:00+00' - INTERVAL 48 HOUR
             AND timestamp <= TIMESTAMPTZ '2025-03-13 02:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "jy035",
        "aggregates",
        "alert on 11 Mar, how many percent is critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "jy036",
        "aggregates",
        "11 Mar, every deploy: count alert same svc in 1h after it, then average pls. all env",
        """SELECT round(avg(n), 1) AS avg_alerts
           FROM (SELECT c.id, count(a.fingerprint) AS n
                 FROM change_events c
                 LEFT JOIN alerts a
                   ON a.service = c.service AND a.environment_canonical = c.environment
                  AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 GROUP BY c.id)""",
        PHNOM_PENH,
    ),
    (
        "jy037",
        "aggregates",
        "this week alerts per day count give",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        BISHKEK,
    ),
    (
        "jy038",
        "aggregates",
        "median silence length in min, how long really was in place, all silences",
        """SELECT round(median(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                  AS median_minutes
           FROM silences""",
        BISHKEK,
    ),
    (
        "jy039",
        "aggregates",
        "prod incidents which had early warning before them - percent of all prod incidents",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
                  AS pct_with_warning
           FROM alert_groups
           WHERE environment = 'production'""",
        BISHKEK,
    ),
    (
        "jy040",
        "aggregates",
        "MTTR per svc last wk, resolved alerts only, mins to 1dp",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC""",
        SWINDON,
    ),
    (
        "jy041",
        "aggregates",
        "total silenced hrs per author since 1 Mar, as the sils were actually in place",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                  AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:30:00+00'
           GROUP BY created_by
           ORDER BY hours DESC""",
        SWINDON,
    ),
    (
        "jy042",
        "aggregates",
        "% of prod dpls last wk that were followed by an alert on the same svc w/in 15m",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
                  AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SWINDON,
    ),
    (
        "jy043",
        "aggregates",
        "how many deploys there was to staging yesterday",
        """SELECT count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ASUNCION,
    ),
    (
        "jy044",
        "aggregates",
        "the average sigma of the early warnings per service",
        """SELECT labels['service'] AS service, round(avg(sigma), 1) AS avg_sigma
           FROM warnings
           GROUP BY service
           ORDER BY avg_sigma DESC""",
        ASUNCION,
    ),
    (
        "jy045",
        "aggregates",
        "how many silences was created while a incident of the same service was open",
        """SELECT count(DISTINCT s.silence_id) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 23:30:00+00'))""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "jy046",
        "top_n",
        "top 3 most noisy svc last 7d by alerts",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 06:20:00+00' - INTERVAL 7 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-12 06:20:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        SKOPJE,
    ),
    (
        "jy047",
        "top_n",
        "top 2 alert names in my shift 1800Z-0600Z, name + count",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        SKOPJE,
    ),
    (
        "jy048",
        "top_n",
        "which svc got most alerts in 15 min after its own dpl? only top one",
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
        SKOPJE,
    ),
    (
        "jy049",
        "top_n",
        "who ack most alert? top 2 person and how many ack",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        PHNOM_PENH,
    ),
    (
        "jy050",
        "top_n",
        "3 service have most error log line yday",
        """SELECT service, count(*) AS error_lines
           FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        PHNOM_PENH,
    ),
    (
        "jy051",
        "top_n",
        "whose dpl got blame as suspect for most incident? top 1 only",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        PHNOM_PENH,
    ),
    (
        "jy052",
        "top_n",
        "which hour of day (0-23) has most alerts, all time - top 3 give",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts
           FROM alerts
           GROUP BY hour_of_day
           ORDER BY alerts DESC, hour_of_day
           LIMIT 3""",
        BISHKEK,
    ),
    (
        "jy053",
        "top_n",
        "projects by alert count this week ranked",
        """SELECT project, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY project
           ORDER BY alerts DESC, project""",
        BISHKEK,
    ),
    (
        "jy054",
        "top_n",
        "top 2 svc by incidents which had early warning before them",
        """SELECT g.service, count(*) AS incidents
           FROM alert_groups g
           WHERE g.id IN (SELECT group_id FROM incident_warnings)
           GROUP BY g.service
           ORDER BY incidents DESC, g.service
           LIMIT 2""",
        BISHKEK,
    ),
    (
        "jy055",
        "top_n",
        "top 3 deployers last wk by live dpls (bots incl.)",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 3""",
        SWINDON,
    ),
    (
        "jy056",
        "top_n",
        "which 2 svcs had the longest avg alert duration last wk? mins",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 2""",
        SWINDON,
    ),
    (
        "jy057",
        "top_n",
        "top 2 sil authors by sils created while an incident on the same svc was open",
        """SELECT s.created_by, count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:30:00+00'))
           GROUP BY s.created_by
           ORDER BY silences DESC, s.created_by
           LIMIT 2""",
        SWINDON,
    ),
    (
        "jy058",
        "top_n",
        "which are the 3 alert names that fire the most since always?",
        """SELECT name, count(*) AS alerts
           FROM alerts
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        ASUNCION,
    ),
    (
        "jy059",
        "top_n",
        "the 2 days of february with more alerts",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 2""",
        ASUNCION,
    ),
    (
        "jy060",
        "top_n",
        "who made the changes that was suspect of the most incidents? top 2, the bots also count",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- changes
    (
        "jy061",
        "changes",
        "dpl to prod yday, give all of them",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKOPJE,
    ),
    (
        "jy062",
        "changes",
        "which version from payments-api is live in prod right now",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        SKOPJE,
    ),
    (
        "jy063",
        "changes",
        "what changed in checkout proj in 4h before first checkout-web alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'checkout-web'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 4 HOUR
                 AND
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'checkout-web'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SKOPJE,
    ),
    (
        "jy064",
        "changes",
        "who change flag in last 2d, and when",
        """SELECT actor, timestamp
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-13 02:00:00+00' - INTERVAL 48 HOUR
             AND timestamp <= TIMESTAMPTZ '2025-03-13 02:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "jy065",
        "changes",
        "auth-api ever have rollback or not? show",
        """SELECT * FROM change_events
           WHERE service = 'auth-api' AND type = 'rollback' AND phase = 'live'""",
        PHNOM_PENH,
    ),
    (
        "jy066",
        "changes",
        "prod deploy on 11 Mar which no alert come after within 15 min on same svc",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PHNOM_PENH,
    ),
    (
        "jy067",
        "changes",
        "auth-api versions which went to staging, each one time",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        BISHKEK,
    ),
    (
        "jy068",
        "changes",
        "payments-api scale-downs all time show",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND type = 'scale' AND phase = 'live'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        BISHKEK,
    ),
    (
        "jy069",
        "changes",
        "11 Mar deploys which after them critical alert on same svc came within 1h",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        BISHKEK,
    ),
    (
        "jy070",
        "changes",
        "CAB review: config changes + flag flips in prod last wk - who, what, when",
        """SELECT actor, summary, timestamp
           FROM change_events
           WHERE type IN ('config_update', 'flag_change') AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SWINDON,
    ),
    (
        "jy071",
        "changes",
        "prod changes last wk made by humans only (not argocd, not the deployment-controller)",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SWINDON,
    ),
    (
        "jy072",
        "changes",
        "rollbacks that went live while an incident on the same svc was still open",
        """SELECT * FROM change_events c
           WHERE c.type = 'rollback' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:30:00+00'))""",
        SWINDON,
    ),
    (
        "jy073",
        "changes",
        "what version of checkout-web is in staging and what in production now",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'checkout-web' AND environment IN ('staging', 'production')
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           GROUP BY environment""",
        ASUNCION,
    ),
    (
        "jy074",
        "changes",
        "the releases of yesterday, all",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ASUNCION,
    ),
    (
        "jy075",
        "changes",
        "what changes went out during the payments-api error budget incident yesterday (the critical one), any service",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(opened_at) FROM alert_groups
                               WHERE service = 'payments-api' AND max_severity = 'critical'
                                 AND group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                 AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND timestamp <= (SELECT min(resolved_at) FROM alert_groups
                               WHERE service = 'payments-api' AND max_severity = 'critical'
                                 AND group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                 AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- silences
    (
        "jy076",
        "silences",
        "what is muted right now? give sils",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:20:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 06:20:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:20:00+00')""",
        SKOPJE,
    ),
    (
        "jy077",
        "silences",
        "sil which was created before 2 days - who made it and with which comment",
        """SELECT created_by, comment
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        SKOPJE,
    ),
    (
        "jy078",
        "silences",
        "when kenji put sil on indexer this night, which alerts were still firing in that moment?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'indexer' AND created_by ILIKE '%kenji%'
                                 AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE service = 'indexer' AND created_by ILIKE '%kenji%'
                                  AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                  AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'))""",
        SKOPJE,
    ),
    (
        "jy079",
        "silences",
        "silence which somebody expire already before the end time, show",
        """SELECT * FROM silences WHERE expired_early""",
        PHNOM_PENH,
    ),
    (
        "jy080",
        "silences",
        "lucie create how many silence, all time",
        """SELECT count(*) AS silences FROM silences WHERE created_by ILIKE '%lucie%'""",
        PHNOM_PENH,
    ),
    (
        "jy081",
        "silences",
        "silence create within 10 min after alert start on same svc - silence id, who create, alert name, alert start",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        PHNOM_PENH,
    ),
    (
        "jy082",
        "silences",
        "silences on indexer this month, list",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        BISHKEK,
    ),
    (
        "jy083",
        "silences",
        "how many silences with comment about reindex, all time",
        """SELECT count(*) AS silences FROM silences WHERE comment ILIKE '%reindex%'""",
        BISHKEK,
    ),
    (
        "jy084",
        "silences",
        "for each silence how many alerts alertmanager held back under it, zero also include",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        BISHKEK,
    ),
    (
        "jy085",
        "silences",
        "sils created outside business hrs in the last 2 wks",
        """SELECT * FROM silences
           WHERE created_at > TIMESTAMPTZ '2025-03-17 08:30:00+00' - INTERVAL 14 DAY
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:30:00+00'
             AND (dayofweek(created_at) IN (0, 6)
                  OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        SWINDON,
    ),
    (
        "jy086",
        "silences",
        "avg sil length per author, as set (start -> scheduled end), in hrs",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours
           FROM silences
           GROUP BY created_by
           ORDER BY avg_hours DESC""",
        SWINDON,
    ),
    (
        "jy087",
        "silences",
        "which alerts were firing on cart-service while maria's sil was in place?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        SWINDON,
    ),
    (
        "jy088",
        "silences",
        "which silences was active yesterday at 1500 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        ASUNCION,
    ),
    (
        "jy089",
        "silences",
        "the silences of staging, who put them and for how many hours they was planned",
        """SELECT created_by, round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE environment_canonical = 'staging'""",
        ASUNCION,
    ),
    (
        "jy090",
        "silences",
        "which silence really muted something, according alertmanager piko?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- joins
    (
        "jy091",
        "joins",
        "yday incidents with their suspect change: svc, alert name, opened time, suspect version (empty if none)",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKOPJE,
    ),
    (
        "jy092",
        "joins",
        "early warnings which came before each incident yday, all columns",
        """SELECT * FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKOPJE,
    ),
    (
        "jy093",
        "joins",
        "yday alerts in 15 min either side of dpl on same svc",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp - INTERVAL 15 MINUTE AND c.timestamp + INTERVAL 15 MINUTE)""",
        SKOPJE,
    ),
    (
        "jy094",
        "joins",
        "deploy in last 2d which zero alert after it in 1h on same svc, all env",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp > TIMESTAMPTZ '2025-03-13 02:00:00+00' - INTERVAL 48 HOUR
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 02:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        PHNOM_PENH,
    ),
    (
        "jy095",
        "joins",
        "prod incident on 11 Mar which no early warning come before",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_warnings)""",
        PHNOM_PENH,
    ),
    (
        "jy096",
        "joins",
        "every rollback: svc, time, and how many alert same svc in 30 min after",
        """SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'rollback' AND c.phase = 'live'
           GROUP BY c.id, c.service, c.timestamp
           ORDER BY c.timestamp""",
        PHNOM_PENH,
    ),
    (
        "jy097",
        "joins",
        "this week which svc got paged within 15m after own deploy",
        """SELECT DISTINCT a.service
           FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        BISHKEK,
    ),
    (
        "jy098",
        "joins",
        "payments-api alerts which was acked while still firing - alert name, start, who acked",
        """SELECT a.name, a.starts_at, l.actor
           FROM alerts a
           JOIN audit_log l
             ON l.action = 'ack'
            AND list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value = a.name
            AND list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value = a.service
            AND l.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR l.timestamp < a.ends_at)
           WHERE a.service = 'payments-api'""",
        BISHKEK,
    ),
    (
        "jy099",
        "joins",
        "incidents opened within 30 min after flag change on same svc: svc, alert name, opened, flag summary",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, c.summary
           FROM alert_groups g
           JOIN change_events c
             ON c.type = 'flag_change' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE""",
        BISHKEK,
    ),
    (
        "jy100",
        "joins",
        "for each prod dpl last wk: svc, version, who, and whether an alert on that svc followed w/in 1h (t/f)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.actor,
                  EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE) AS alert_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        SWINDON,
    ),
    (
        "jy101",
        "joins",
        "incidents from last wk that had a sil created during them (same svc) - incident rows pls",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:30:00+00'))""",
        SWINDON,
    ),
    (
        "jy102",
        "joins",
        "approx how many payments-api error log lines in the 10 min after v2.14.0 went live in prod? need the number",
        """SELECT count(*) AS error_lines
           FROM log_events l
           WHERE l.service = 'payments-api' AND l.environment = 'production' AND l.is_error
             AND l.timestamp BETWEEN
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production'
                    AND type = 'deployment' AND phase = 'live'
                    AND coalesce(details['ref'], version) = 'v2.14.0')
                 AND
                 (SELECT min(timestamp) FROM change_events
                  WHERE service = 'payments-api' AND environment = 'production'
                    AND type = 'deployment' AND phase = 'live'
                    AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 10 MINUTE""",
        SWINDON,
    ),
    (
        "jy103",
        "joins",
        "which deploys caused incidents? i want the deploys",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        ASUNCION,
    ),
    (
        "jy104",
        "joins",
        "how was fixed the incidents of payments-api? when opened, the alert name and the fix",
        """SELECT g.opened_at, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.service = 'payments-api'""",
        ASUNCION,
    ),
    (
        "jy105",
        "joins",
        "checkout-web incidents of yesterday: alert name, the warning summary and how many minutes before it came",
        """SELECT group_labels['alertname'] AS alertname, summary, lead_min
           FROM incident_warnings
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ASUNCION,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "jy106",
        "refusals",
        "pls silence indexer DiskSpaceLow for next 6h, is flapping whole night",
        "asks_to_change_data",
        SKOPJE,
    ),
    ("jy107", "refusals", "alerts from svc billing-gw in last 24h?", "ungrounded", SKOPJE),
    (
        "jy108",
        "refusals",
        "what is weather in Skopje tomorrow morning, I go home by bike after shift",
        "not_about_this_data",
        SKOPJE,
    ),
    (
        "jy109",
        "refusals",
        "pls help write email to customer, say sorry for checkout down on 11 Mar",
        "not_about_this_data",
        PHNOM_PENH,
    ),
    (
        "jy110",
        "refusals",
        "delete old alert from January pls, board too full already",
        "asks_to_change_data",
        PHNOM_PENH,
    ),
    ("jy111", "refusals", "alert on cluster prod-ap-southeast-1 in last 2d have or not?", "ungrounded", PHNOM_PENH),
    (
        "jy112",
        "refusals",
        "HighLatencyP99 on search-api staging ack from my name, do it",
        "asks_to_change_data",
        BISHKEK,
    ),
    ("jy113", "refusals", "deploys to env uat this week give", "ungrounded", BISHKEK),
    ("jy114", "refusals", "night shift overtime payment how is calculated, 12h shift", "not_about_this_data", BISHKEK),
    ("jy115", "refusals", "pls expire all of kenji's indexer sils, reindex is done", "asks_to_change_data", SWINDON),
    ("jy116", "refusals", "any dpls by r.whitfield last wk?", "ungrounded", SWINDON),
    ("jy117", "refusals", "draft the NOC rota for April pls, 4 on 4 off, 12h shifts", "not_about_this_data", SWINDON),
    (
        "jy118",
        "refusals",
        "mark the payments-api incident of yesterday as resolved, fix = rollback",
        "asks_to_change_data",
        ASUNCION,
    ),
    ("jy119", "refusals", "the alerts of the service pix-gateway yesterday piko", "ungrounded", ASUNCION),
    ("jy120", "refusals", "how much is the dollar in guaranies today", "not_about_this_data", ASUNCION),
]
