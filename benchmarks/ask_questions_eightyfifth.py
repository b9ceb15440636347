"""The eighty-fifth ask question set: ids ky001..ky120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the set another author was
writing at the same time (the eighty-fourth, whose file was never opened). What the author read, and nothing else: the
brief (``h_set_common.md``), printed in the same command as the first fifty lines of the README of the workplace's
search tool (about that tool, not the project); listings of ``benchmarks/``, the project root and the folder the brief
sits in (file names only); ``DESIGN.md`` whole; ``docs/store.md`` printed whole in the same command as the grep of the
headings of ``docs/ask.md`` (the terminal cut about seventy lines from the middle of store.md, which were printed
again by line range); the "Shapes and joins" section of ``docs/ask.md`` alone, printed by line range in two pieces,
the terminal cutting eight lines from the second (printed again by their own range), taken as the rules for the shape
of every gold answer; the module docstring of ``ask_questions`` (its middle was cut by the terminal, written to a
scratch file and read again by line range) and the code of its ``_question`` and ``validate``; the module docstrings
of the earlier sets (every ``benchmarks/ask_questions_*.py`` but the eighty-fourth and this one), written with ``ast``
into a scratch file and grepped for languages, cities and organisations, with the forty-ninth's read whole (its
"Conventions" followed where a question leaves room) and the eightieth to eighty-third printed in one range whose
middle the terminal cut (the eightieth's and the eighty-third's were read whole, the eighty-first's and
eighty-second's only in part); the first ten rows of ``ask_questions_thirtieth`` imported in Python and the lines
defining its module-level nows (for the format); the signature of ``signalcraft.copilot.sql_guard.safe`` (to call the
gate, not its code); and the demo store, copied to a scratch folder and opened read-only in UTC (records from
2025-01-02 to 2025-03-12 05:59 UTC, most of them on 11 March, the day of the payments-api v2.14.0 outage). Every gold
was passed through ``sql_guard.safe`` and run on the copy; each returns at least one row. Each row is ``(id,
category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views.

Five people ask, all of them preparing a review after the fact, in plain workplace English written as a second
language, in whole sentences, precise about their windows and naming the columns they want. No earlier docstring
names their first languages (Albanian, Marathi, Yoruba, Serbian, Indonesian), their cities or their organisations.
Each asks three questions in every category (24 each, three of them refusals):

- the facilitator of post-incident reviews at a national postal service's parcel-tracking platform in Tirana, first
  language Albanian, writing the review of the 11 March payments outage ("between the deploy and the first page"):
  "Which are the alerts ...", "Please, ...", "how many minutes have passed from ... until ...", "in the moment when";
  now is 10:00 CET on Thursday 13 March (``2025-03-13T09:00:00+00:00``);
- the operations manager of an agricultural commodity exchange's trading platform in Nagpur, first language Marathi,
  preparing the weekly operations review "for the week of 10 March" (Monday 10 to Sunday 16 March, UTC) in Indian
  English: "Kindly share", "what all", "i.e.", "till", "zero also to be shown"; now is 10:30 IST on Monday 17 March
  (``2025-03-17T05:00:00+00:00``);
- the reliability lead of a microfinance bank's mobile-lending app in Ibadan, first language Yoruba, writing the
  quarterly reliability report in Nigerian English: "Q1 till date", "this quarter", "as at now", "I will like to
  see", "in the one hour before"; now is 09:00 WAT on Friday 14 March (``2025-03-14T08:00:00+00:00``);
- the chair of the change-advisory board of a pension fund administrator's member portal in Novi Sad, first language
  Serbian, who drops articles and says "on production", "how much changes", "in moment when", "same service", and
  once gives a clock in CET; now is 15:00 CET on Wednesday 12 March (``2025-03-12T14:00:00+00:00``);
- an internal auditor of a cinema chain's online ticketing platform in Surabaya, first language Indonesian, auditing
  who muted, snoozed and acked what: "already expired", "until now", "somebody expire it", plurals dropped ("all
  silence"); now is 09:00 WIB on Monday 17 March (``2025-03-17T02:00:00+00:00``).

41 of the 105 questions that are not refusals relate two kinds of record: four in filters (ky002 alerts after the
v2.14.0 deploy, ky005 deploys followed by an alert, ky008 incidents with an early warning, ky012 deploys followed by a
critical alert), four in time (ky016 minutes from the deploy to the first payments-api alert, ky017 alerts firing
when the rollback was requested, ky018 the last alerts before the rollback went live, ky024 changes before the first
error-budget alert), four in aggregates (ky031 alerts between the deploy and the rollback, ky035 share of deploys
followed by an alert, ky038 share of incidents with a suspect, ky042 suspects' mean lag per change type), three in
top_n (ky046 alerts per service after the deploy, ky053 whose deploys were suspects, ky057 alerts after a service's
own deploys), five in changes (ky062 an incident's suspect, ky065 deploys with no alert after them, ky067 deploys
blamed as suspects, ky072 changes during an open incident, ky073 changes while a silence was on), six in silences
(ky080 alerts held back per silence, ky083 silences created during an incident, ky085 silences in effect when the
rollback went live, ky087 alerts held back by one person's silences, ky088 silences that never muted anything, ky089
alerts firing under the cart-service silence) and all fifteen joins (ky091 to ky105). ky061 and ky071 relate changes
to changes and are not counted.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (each says UTC where it matters). "11 March"
  and "on 11 March (UTC day)" are ``[2025-03-11, 2025-03-12)``; "the week of 10 March" ``[2025-03-10, 2025-03-17)``
  and "the week before it (3 to 9 March)" ``[2025-03-03, 2025-03-10)``; "Q1 till date", "this quarter", "the quarter
  so far" and "since the start of the year" run from 2025-01-01 to the asker's now; "since 1 February" and "since 1
  March", "from 1 March until now" from that day to now; "in February" ``[2025-02-01, 2025-03-01)``; "on 10 and 11
  March, the two days together" ``[2025-03-10, 2025-03-12)``; "between Monday 10 March and Wednesday 12 March,
  including both days" ``[2025-03-10, 2025-03-13)``; "the last 30 days" ``(now - 30 days, now]``; clock ranges
  ("between 14:00 and 16:00 UTC", "from 12:00 till 18:00 UTC") include their start and exclude their end; ky011's
  "between 10:00 and 13:00 our time (CET)" is ``[09:00, 12:00)`` UTC. "In the N minutes after" / "within N minutes
  after" an event is ``[t, t + N]``, "in the one hour before" ``[t - 60 min, t]``; "between" two named events runs
  from the first to the second, both ends included (ky031 counts alerts from the deploy going live to the rollback
  going live; ky061 lists production changes from the flag change to the deploy, the two changes themselves
  included). "At 02:30", "at 21:30", "at 17 March 00:00 UTC", "as at now" and "in the moment when ..." are the state
  at that instant; "at any moment of the payments outage, from 14:31 until 15:21" shares a moment with that span. A
  thing is in a window by its own time: an alert's ``starts_at``, an incident's ``opened_at``, a change's
  ``timestamp``, a silence's ``created_at``, an audit entry's ``timestamp``.
- Alerts are the ``alerts`` view's rows (every column for a list; production is ``environment_canonical``);
  incidents are ``alert_groups`` rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL),
  their alert name ``group_labels['alertname']``; silences are the ``silences`` view's rows, "in effect" from
  ``starts_at`` until ``ends_at`` unless expired before (``expired_at``), "really in place" for that span, "planned" /
  "scheduled" length from ``starts_at`` to ``ends_at``; snoozes and acks are ``audit_log`` rows. Changes are their
  ``phase = 'live'`` reports unless the question names a phase (ky070 the requested ones, ky026 from the rollback's
  requested report to its live one); "deployments" are ``type = 'deployment'`` (auth-api v4.2.1 in production,
  reported by two tools, is two rows in ky041, ky061, ky065, ky072, ky091 and in ky099's base); "config changes",
  "flag changes", "rollbacks" their types; a version is ``coalesce(details['ref'], version)``
  (``change_details['ref']`` / ``change_version`` in the incident views); the version "live on production at 14:45"
  is that of the last live deployment or rollback before it. People are actor strings as stored ("maria", "jonas",
  "kenji" by ``ILIKE``); "leaving out argocd and the deployment controller" drops ``argocd (automated)`` and
  ``deployment-controller``. Named events: "the v2.14.0 deploy" is payments-api's live production deployment of
  14:31:22 on 11 March; "the rollback" that day's payments-api production rollback (requested 14:53:53, live
  14:56:37); "the New checkout flow flag" the live production flag change of 10:41:59.974; "the first
  PaymentsAPIErrorBudgetBurn alert on 11 March" starts at 14:42:48.375564 and "the PaymentsAPIErrorBudgetBurn incident
  of 11 March" is the group that opened then; "the cart-service silence" is the only silence pinning cart-service
  (maria's, created 14:47:48.375, expired by her at 15:14:37.164). "Payments-api down on 11 March" is the first start
  and last end of that day's payments-api alerts.
- Relations keep the first kind named and meet the other on service and canonical environment. Alerts "in the 30
  minutes after / in the hour after v2.14.0 went live" come from every service (ky002, ky046); "the latest 5 alerts
  before the rollback went live" and "changes ... before the first PaymentsAPIErrorBudgetBurn alert, from any
  service" (production only, as asked) are every service's too. Changes "while an incident on same service was open"
  have ``opened_at <= timestamp <= resolved_at`` (or the incident is still open); silences "created while an incident
  on the same service was open" likewise by ``created_at``; a silence meets an incident or alert on its ``service``
  and, when it pins one, its environment (a silence pinning no environment, such as the MetricAnomaly silences on the
  indexer, covers every environment; one pinning no service meets nothing). Alerts "firing while an active silence
  was in place" share a moment with the silence's real span (one row per alert and silence in ky105); alerts "started
  while it was in effect" (ky095) start inside it. "Changes ... anywhere while the cart-service silence was in
  effect" are every live change inside its real span. Acks name their alert by their ``alertname`` and ``service``
  equality matchers and count when such an alert was on at the ack's time, one row per ack and alert (kenji's
  query-suggest ack of 16 February meets two KubePodNotReady alerts, told apart by their start). Suspects are
  ``incident_suspects``: "deployments blamed as the suspect" are the ``change_events`` deployments whose id it names;
  "whose deployments were the suspect for the most incidents" counts distinct incidents per ``change_actor`` of
  suspect deployments; ky102 counts critical incidents per suspect change; lag is ``lag_s / 60``. "Had an early
  warning before them" is a row in ``incident_warnings`` (ky092 lists its ``warning_alertname``,
  ``warning_service``, ``summary`` and ``lead_min`` as stored; ky097 counts them per incident with the largest
  ``lead_min``). "Held back by Alertmanager" / "muted" is ``alert_mutes`` through ``silenced_by``. "No resolution
  written up" is no ``resolutions`` row; "have a resolution written up" joins one (ky098, the staging token-service
  group included though its ``resolved_at`` is NULL). "For each ..., zero included / zero also" is a ``LEFT JOIN``
  count per thing.
- Aggregates: durations in minutes to one decimal (hours where asked: planned silence time, snoozed time); averages
  and medians of durations over resolved rows; "mean time to resolve" is incidents from ``opened_at`` to
  ``resolved_at``; percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects; "compare how
  many alerts had payments-api and checkout-web" is one count per service; "the week of 10 March with the week before
  it" two counts side by side; "number of deployments and number of rollbacks per service" both per service; "average
  number of alerts per day ... only the days which had alerts" the mean of the daily counts; per-day and per-hour
  breakdowns are UTC buckets with their counts (empty buckets absent); "hour of the day" is ``hour(starts_at)``.
  "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``; "outside" them any other time.
- Top-N answers are ``value, measure`` rows, most first, ties by the value, and no tie crosses the N asked (ky047 asks
  for four because the third and fourth names tie at three; ky056's two types tie with each other at eight, the next
  has four; "only one", "just the top person" and "which service" are one row). "The 2 longest" are ranked by their
  minutes.
- Lists with named columns return those columns only (ky018, ky048, ky061, ky062, ky072, ky075, ky077, ky079, ky090,
  ky091, ky092, ky093, ky097, ky098, ky100, ky102, ky103, ky105); "full rows" and "all the columns" are whole rows;
  "who" answers the people, each once (ky063, ky074, ky104); "the time only" is the time alone.
- Refusals: the services "parcel-tracker", "settlement-engine" and "loan-disbursement", the person "mpetrovic" and the
  cluster "prod-ap-southeast-3" (the store has prod-eu-west-1 and staging-eu-west-1) are ungrounded; an executive
  summary written in nice words, a soybean closing price, an availability target to commit to, the ITIL definitions
  of standard and normal changes and a cinema ticket price are not about this data; marking an incident resolved,
  deleting staging alerts, creating a silence, setting a deployment's phase to failed and expiring kenji's silences
  ask to change the data.
"""

TIRANA = "2025-03-13T09:00:00+00:00"
NAGPUR = "2025-03-17T05:00:00+00:00"
IBADAN = "2025-03-14T08:00:00+00:00"
NOVI_SAD = "2025-03-12T14:00:00+00:00"
SURABAYA = "2025-03-17T02:00:00+00:00"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "ky001",
        "filters",
        "For the post-incident review of the payments outage I need all the alerts of payments-api in production "
        "which started on 11 March between 14:00 and 16:00 UTC. Please, with all the columns.",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        TIRANA,
    ),
    (
        "ky002",
        "filters",
        "Which are the alerts that started in the 30 minutes after payments-api v2.14.0 went live in production? "
        "From all the services, not only from payments-api.",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        TIRANA,
    ),
    (
        "ky003",
        "filters",
        "Please give me the list of the critical alerts of the checkout project on 11 March (the UTC day), "
        "all columns.",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIRANA,
    ),
    (
        "ky004",
        "filters",
        "Kindly share all the staging alerts for the week of 10 March, i.e. Monday 10 March to Sunday 16 March "
        "(UTC days).",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky005",
        "filters",
        "For the weekly ops review: which production deployments in the week of 10 March were followed by an "
        "alert on the same service within 30 minutes of going live? Full rows please.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NAGPUR,
    ),
    (
        "ky006",
        "filters",
        "What all incidents were still open at the close of the week of 10 March, that is on Monday 17 March at "
        "00:00 UTC?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 00:00:00+00')""",
        NAGPUR,
    ),
    (
        "ky007",
        "filters",
        "Kindly list all the critical incidents we had in production for Q1 till date.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical' AND environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky008",
        "filters",
        "I will like to see the incidents of this quarter that had at least one early warning before them, with "
        "all the columns.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        IBADAN,
    ),
    (
        "ky009",
        "filters",
        "Please show me the resolved alerts of the quarter so far which took more than one hour from start to end.",
        """SELECT * FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND ends_at - starts_at > INTERVAL 1 HOUR""",
        IBADAN,
    ),
    (
        "ky010",
        "filters",
        "Give me list of all rollbacks on production since 1 February.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 14:00:00+00'""",
        NOVI_SAD,
    ),
    (
        "ky011",
        "filters",
        "Which changes were done on production on 11 March between 10:00 and 13:00 our time (CET)? Only the live "
        "reports, every type of change.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        NOVI_SAD,
    ),
    (
        "ky012",
        "filters",
        "Give me deployments on production which were followed by critical alert on same service within one "
        "hour, since 1 January.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 14:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.severity = 'critical'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NOVI_SAD,
    ),
    (
        "ky013",
        "filters",
        "Please show me all silence that was already expired early, it means somebody expire it before the "
        "planned end.",
        "SELECT * FROM silences WHERE expired_early",
        SURABAYA,
    ),
    (
        "ky014",
        "filters",
        "Please list the snoozes in the audit log from 1 March until now.",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 02:00:00+00'""",
        SURABAYA,
    ),
    (
        "ky015",
        "filters",
        "Which silences were made outside of business hours (Monday to Friday, 09:00 to 17:00 UTC)? I want all "
        "the columns.",
        """SELECT * FROM silences
           WHERE NOT (dayofweek(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- time
    (
        "ky016",
        "time",
        "How many minutes have passed from the moment the v2.14.0 deploy went live in production until the first "
        "payments-api alert after it?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        TIRANA,
    ),
    (
        "ky017",
        "time",
        "Which alerts were still firing in the moment when the rollback of payments-api was requested on 11 March?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:53:53+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:53:53+00')""",
        TIRANA,
    ),
    (
        "ky018",
        "time",
        "Please, the latest 5 alerts before the payments-api rollback went live on 11 March: the service, the "
        "alert name and the start time.",
        """SELECT service, name, starts_at FROM alerts
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 14:56:37+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        TIRANA,
    ),
    (
        "ky019",
        "time",
        "Kindly give the count of alerts per day for the week of 10 March, UTC days.",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC""",
        NAGPUR,
    ),
    (
        "ky020",
        "time",
        "Till what time was payments-api down on 11 March? Please give the start of its first alert and the end "
        "of its last alert.",
        """SELECT min(starts_at) AS first_start,
                  CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL ELSE max(ends_at) END AS last_end
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky021",
        "time",
        "Kindly give the alerts per hour on 11 March from 12:00 till 18:00 UTC.",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC""",
        NAGPUR,
    ),
    (
        "ky022",
        "time",
        "As at now, which production alerts are still firing?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 08:00:00+00')""",
        IBADAN,
    ),
    (
        "ky023",
        "time",
        "When did the latest critical alert of this quarter start? The time only.",
        """SELECT max(starts_at) AS latest_start FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky024",
        "time",
        "Kindly list the production changes in the one hour before the first PaymentsAPIErrorBudgetBurn alert on "
        "11 March, from any service.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        IBADAN,
    ),
    (
        "ky025",
        "time",
        "Which version of payments-api was live on production at 14:45 UTC on 11 March?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        NOVI_SAD,
    ),
    (
        "ky026",
        "time",
        "How long did rollback of payments-api on 11 March take from requested until live, in minutes?",
        """SELECT round((epoch(max(timestamp) FILTER (WHERE phase = 'live'))
                         - epoch(min(timestamp) FILTER (WHERE phase = 'requested'))) / 60, 1) AS minutes
           FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOVI_SAD,
    ),
    (
        "ky027",
        "time",
        "Give me last 3 deployments of auth-api, in any environment, newest first.",
        """SELECT * FROM change_events
           WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 3""",
        NOVI_SAD,
    ),
    (
        "ky028",
        "time",
        "Which silences were in effect at 02:30 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        SURABAYA,
    ),
    (
        "ky029",
        "time",
        "When was the last time that somebody acked an alert? Only the time please.",
        "SELECT max(timestamp) AS last_ack FROM audit_log WHERE action = 'ack'",
        SURABAYA,
    ),
    (
        "ky030",
        "time",
        "Which silences were created between Monday 10 March and Wednesday 12 March, including both days?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "ky031",
        "aggregates",
        "How many alerts started in total between the v2.14.0 deploy going live and the rollback going live on "
        "11 March?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        TIRANA,
    ),
    (
        "ky032",
        "aggregates",
        "What was the average duration in minutes of the payments-api alerts on 11 March, from the start until "
        "they resolved?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIRANA,
    ),
    (
        "ky033",
        "aggregates",
        "For the review, please compare how many alerts had payments-api and checkout-web on 11 March (UTC day).",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE service IN ('payments-api', 'checkout-web')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC""",
        TIRANA,
    ),
    (
        "ky034",
        "aggregates",
        "Kindly compare the number of alerts in the week of 10 March with the week before it (3 to 9 March), UTC.",
        """SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_week_of_10_march,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_of_3_march
           FROM alerts""",
        NAGPUR,
    ),
    (
        "ky035",
        "aggregates",
        "What percentage of the production deployments in the week of 10 March were followed by an alert on the "
        "same service within 15 minutes?",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
                  THEN 1 ELSE 0 END) / count(*), 1) AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky036",
        "aggregates",
        "What was the average number of alerts per day in the week of 10 March? Count only the days which had alerts.",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n
               FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY day)""",
        NAGPUR,
    ),
    (
        "ky037",
        "aggregates",
        "What is the mean time to resolve of the incidents opened in Q1 till date, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky038",
        "aggregates",
        "What percentage of this quarter's incidents were pinned on a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1) AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky039",
        "aggregates",
        "For the report I need the median alert duration per service in minutes for this quarter, counting only "
        "the resolved alerts.",
        """SELECT service, round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY service
           ORDER BY median_minutes DESC""",
        IBADAN,
    ),
    (
        "ky040",
        "aggregates",
        "How much changes went live on production in February, per type of change?",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY type
           ORDER BY changes DESC""",
        NOVI_SAD,
    ),
    (
        "ky041",
        "aggregates",
        "I need number of deployments and number of rollbacks per service on production since 1 February.",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deployments,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 14:00:00+00'
           GROUP BY service
           ORDER BY deployments DESC""",
        NOVI_SAD,
    ),
    (
        "ky042",
        "aggregates",
        "What is average time in minutes between suspect change and opening of its incident, per change type?",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_lag_minutes
           FROM incident_suspects
           GROUP BY change_type
           ORDER BY avg_lag_minutes DESC""",
        NOVI_SAD,
    ),
    (
        "ky043",
        "aggregates",
        "How many silences each person made since the start of the year, and how many of those was expired early?",
        """SELECT created_by, count(*) AS silences, count(*) FILTER (WHERE expired_early) AS expired_early
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 02:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC""",
        SURABAYA,
    ),
    (
        "ky044",
        "aggregates",
        "What is the average planned length of the silences in minutes, from the start until the planned end?",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_planned_minutes FROM silences",
        SURABAYA,
    ),
    (
        "ky045",
        "aggregates",
        "What is the total snoozed time in hours per person, from the audit log?",
        """SELECT actor, round(sum(duration_s) / 3600, 1) AS snoozed_hours
           FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor
           ORDER BY snoozed_hours DESC""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "ky046",
        "top_n",
        "In the hour after payments-api v2.14.0 went live in production, which service had the most alerts? Only "
        "one service, with the count.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 1 HOUR
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        TIRANA,
    ),
    (
        "ky047",
        "top_n",
        "Which 4 alert names fired the most times on 11 March (UTC)? The name and the count.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 4""",
        TIRANA,
    ),
    (
        "ky048",
        "top_n",
        "Which were the 2 longest payments-api alerts on 11 March? The name, the start, the end and the minutes.",
        """SELECT name, starts_at, ends_at, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'payments-api' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 2""",
        TIRANA,
    ),
    (
        "ky049",
        "top_n",
        "Kindly provide the top 3 services by number of alerts for the week of 10 March.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        NAGPUR,
    ),
    (
        "ky050",
        "top_n",
        "Which person did the most live changes on production in the week of 10 March, leaving out argocd and "
        "the deployment controller?",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        NAGPUR,
    ),
    (
        "ky051",
        "top_n",
        "Which hour of the day (UTC) had the most alerts in the week of 10 March? Hour and count only.",
        """SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        NAGPUR,
    ),
    (
        "ky052",
        "top_n",
        "Which 2 services had the most incidents in Q1 till date?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        IBADAN,
    ),
    (
        "ky053",
        "top_n",
        "Whose deployments were the suspect change for the most incidents this quarter? Just the top person.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        IBADAN,
    ),
    (
        "ky054",
        "top_n",
        "Which alert name had the longest average duration this quarter, resolved alerts only? The name and the "
        "average in minutes.",
        """SELECT name, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY name
           ORDER BY avg_minutes DESC, name
           LIMIT 1""",
        IBADAN,
    ),
    (
        "ky055",
        "top_n",
        "Which service was rolled back most times, in all history?",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY service
           ORDER BY rollbacks DESC, service
           LIMIT 1""",
        NOVI_SAD,
    ),
    (
        "ky056",
        "top_n",
        "Which two change types had most live changes on production on 11 March?",
        """SELECT type, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY type
           ORDER BY changes DESC, type
           LIMIT 2""",
        NOVI_SAD,
    ),
    (
        "ky057",
        "top_n",
        "Which service had most alerts within 15 minutes after its own deployments, in all history?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        NOVI_SAD,
    ),
    (
        "ky058",
        "top_n",
        "Who made the most silences in total? Only the top person please.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        SURABAYA,
    ),
    (
        "ky059",
        "top_n",
        "Which alert name was held back the most times by Alertmanager, according to its mutes record?",
        """SELECT name, count(*) AS times_held_back FROM alert_mutes
           GROUP BY name
           ORDER BY times_held_back DESC, name
           LIMIT 1""",
        SURABAYA,
    ),
    (
        "ky060",
        "top_n",
        "Which 2 persons acked the most alerts, and how many each?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- changes
    (
        "ky061",
        "changes",
        "Which production changes went live on 11 March between the New checkout flow flag going on and the "
        "v2.14.0 deploy going live? I need the service, the type, who did it and when.",
        """SELECT service, type, actor, timestamp FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        TIRANA,
    ),
    (
        "ky062",
        "changes",
        "What was the suspect change of the PaymentsAPIErrorBudgetBurn incident of 11 March? The change type, the "
        "service, the version and who made it.",
        """SELECT change_type, change_service, coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIRANA,
    ),
    (
        "ky063",
        "changes",
        "Who made a deploy of payments-api to production in the last 30 days?",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-13 09:00:00+00' - INTERVAL 30 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-13 09:00:00+00'""",
        TIRANA,
    ),
    (
        "ky064",
        "changes",
        "Kindly share what all flag changes happened in the week of 10 March. Full rows please.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky065",
        "changes",
        "Please give the production deployments of the week of 10 March which had no alert on the same service "
        "in the 60 minutes after going live.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NAGPUR,
    ),
    (
        "ky066",
        "changes",
        "Which services got a config change in the week of 10 March?",
        """SELECT DISTINCT service FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky067",
        "changes",
        "Kindly list the deployments of Q1 till date that were blamed as the suspect for at least one incident.",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        IBADAN,
    ),
    (
        "ky068",
        "changes",
        "Which versions of auth-api went out to staging this quarter?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky069",
        "changes",
        "How many live changes did we make in production on 10 and 11 March, the two days together?",
        """SELECT count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        IBADAN,
    ),
    (
        "ky070",
        "changes",
        "Give me list of deployments requested for production on 11 March, only the requested phase.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'requested' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOVI_SAD,
    ),
    (
        "ky071",
        "changes",
        "Which production deployments were followed by rollback of same service within one hour? Whole history.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NOVI_SAD,
    ),
    (
        "ky072",
        "changes",
        "Which changes went live on production while an incident on same service was open? Service, type, "
        "version and time.",
        """SELECT c.service, c.type, coalesce(c.details['ref'], c.version) AS version, c.timestamp
           FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND (g.resolved_at IS NULL OR c.timestamp <= g.resolved_at))""",
        NOVI_SAD,
    ),
    (
        "ky073",
        "changes",
        "Which changes went live anywhere while the cart-service silence of maria was in effect on 11 March?",
        """SELECT c.* FROM change_events c, silences s
           WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
             AND s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND c.phase = 'live'
             AND c.timestamp >= s.starts_at
             AND c.timestamp <= least(s.ends_at, coalesce(s.expired_at, s.ends_at))""",
        SURABAYA,
    ),
    (
        "ky074",
        "changes",
        "Who switched flags in production in the last 30 days? Only the persons.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp > TIMESTAMPTZ '2025-03-17 02:00:00+00' - INTERVAL 30 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-17 02:00:00+00'""",
        SURABAYA,
    ),
    (
        "ky075",
        "changes",
        "Please show all config changes ever made: the service, the environment, the summary, who and when.",
        """SELECT service, environment, summary, actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- silences
    (
        "ky076",
        "silences",
        "Which silences were in effect at any moment of the payments outage, from 14:31 until 15:21 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:21:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:31:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:00+00')""",
        TIRANA,
    ),
    (
        "ky077",
        "silences",
        "Who created the silence on cart-service during the outage, and who took it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        TIRANA,
    ),
    (
        "ky078",
        "silences",
        "How many minutes was the cart-service silence really in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service'""",
        TIRANA,
    ),
    (
        "ky079",
        "silences",
        "Kindly list the silences created in the week of 10 March along with the author, the comment and the "
        "scheduled length in minutes.",
        """SELECT created_by, comment, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS scheduled_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky080",
        "silences",
        "For each silence created in the week of 10 March, how many alerts did Alertmanager hold back under it? "
        "Zero also to be shown.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC""",
        NAGPUR,
    ),
    (
        "ky081",
        "silences",
        "Which production silences were in effect on Monday 10 March at 21:30 UTC, when the weekly reindex was "
        "running?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-10 21:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-10 21:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-10 21:30:00+00')""",
        NAGPUR,
    ),
    (
        "ky082",
        "silences",
        "How many silences were created this quarter till date, and what was their total planned time in hours?",
        """SELECT count(*) AS silences,
                  round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS planned_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky083",
        "silences",
        "Kindly list the silences that were created while an incident on the same service was open.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at >= g.opened_at
                 AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        IBADAN,
    ),
    (
        "ky084",
        "silences",
        "What percentage of this quarter's silences were expired early by somebody?",
        """SELECT round(100.0 * count(*) FILTER (WHERE expired_early) / count(*), 1) AS pct_expired_early
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky085",
        "silences",
        "Give me silences on production which were in effect in moment when rollback of payments-api went live "
        "on 11 March.",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        NOVI_SAD,
    ),
    (
        "ky086",
        "silences",
        "Give me silences which were planned for longer than two hours.",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 2 HOUR",
        NOVI_SAD,
    ),
    (
        "ky087",
        "silences",
        "Which alerts did Alertmanager hold back because of silences made by jonas?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%jonas%' AND list_contains(m.silenced_by, s.silence_id))""",
        NOVI_SAD,
    ),
    (
        "ky088",
        "silences",
        "Please show me the silences that until now never muted any alert, according to Alertmanager.",
        """SELECT * FROM silences s
           WHERE NOT EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        SURABAYA,
    ),
    (
        "ky089",
        "silences",
        "Which alerts were firing on cart-service during the time its silence was active?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        SURABAYA,
    ),
    (
        "ky090",
        "silences",
        "For every silence, how long it was really in place in minutes, until the planned end or until somebody "
        "expire it? The silence id, the author and the minutes.",
        """SELECT silence_id, created_by,
                  round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- joins
    (
        "ky091",
        "joins",
        "For each production deployment on 11 March, how many alerts started on the same service in the 15 "
        "minutes after it went live? The service, the version, the time of the deploy and the count, zero "
        "included.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details['ref'], c.version, c.timestamp
           ORDER BY c.timestamp""",
        TIRANA,
    ),
    (
        "ky092",
        "joins",
        "Which early warnings came before the PaymentsAPIErrorBudgetBurn incident of 11 March? The warning name, "
        "its service, the summary and how many minutes before.",
        """SELECT warning_alertname, warning_service, summary, lead_min
           FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIRANA,
    ),
    (
        "ky093",
        "joins",
        "Please list the checkout incidents of 11 March with their suspect change, if any: the service, the "
        "alert name, when it opened, the suspect's service and its version.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  s.change_service, coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIRANA,
    ),
    (
        "ky094",
        "joins",
        "Kindly give the production incidents of the week of 10 March which have no resolution written up.",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        NAGPUR,
    ),
    (
        "ky095",
        "joins",
        "For each silence created in the week of 10 March, how many alerts on the same service started while it "
        "was in effect? Zero also.",
        """SELECT s.silence_id, count(a.fingerprint) AS alerts
           FROM silences s
           LEFT JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
            AND a.starts_at >= s.starts_at
            AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY s.silence_id
           ORDER BY alerts DESC""",
        NAGPUR,
    ),
    (
        "ky096",
        "joins",
        "Which services had an alert within 15 minutes after one of their own deployments in the week of 10 March?",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NAGPUR,
    ),
    (
        "ky097",
        "joins",
        "For each incident of this quarter that had early warnings, how many warnings came before it and how many "
        "minutes ahead was the earliest one? The incident id, the service, the number of warnings and the "
        "minutes.",
        """SELECT group_id, service, count(*) AS warnings, max(lead_min) AS earliest_lead_min
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY group_id, service
           ORDER BY warnings DESC""",
        IBADAN,
    ),
    (
        "ky098",
        "joins",
        "Kindly list this quarter's incidents that have a resolution written up: the service, the alert name, "
        "opened at, who resolved it and the fix.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.resolved_by, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky099",
        "joins",
        "What percentage of the production deployments this quarter were followed by an incident on the same "
        "service within 30 minutes?",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                      SELECT 1 FROM alert_groups g
                      WHERE g.service = c.service AND g.environment = c.environment
                        AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
                  THEN 1 ELSE 0 END) / count(*), 1) AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        IBADAN,
    ),
    (
        "ky100",
        "joins",
        "For every rollback on production give me the incidents which were open on same service in moment of "
        "rollback: rollback time, service, incident alert name and when incident was opened.",
        """SELECT r.timestamp AS rollback_at, r.service, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM change_events r
           JOIN alert_groups g
             ON g.service = r.service AND g.environment = r.environment
            AND g.opened_at <= r.timestamp
            AND (g.resolved_at IS NULL OR g.resolved_at >= r.timestamp)
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'""",
        NOVI_SAD,
    ),
    (
        "ky101",
        "joins",
        "Which deployments on staging since 1 March were not followed by any alert on same service in next 30 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 14:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOVI_SAD,
    ),
    (
        "ky102",
        "joins",
        "Which changes were blamed as suspect for critical incidents? Give change type, service, version, who made "
        "it and for how many critical incidents.",
        """SELECT change_type, change_service, coalesce(change_details['ref'], change_version) AS version,
                  change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE max_severity = 'critical'
           GROUP BY change_id, change_type, change_service, change_details['ref'], change_version, change_actor
           ORDER BY incidents DESC""",
        NOVI_SAD,
    ),
    (
        "ky103",
        "joins",
        "Which acks were made while the acked alert was still firing? I need who acked, the alert name, the "
        "service, when the alert started and the ack time.",
        """SELECT l.actor, a.name, a.service, a.starts_at, l.timestamp
           FROM audit_log l
           JOIN alerts a
             ON a.name = [m.value FOR m IN l.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
            AND a.service = [m.value FOR m IN l.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
            AND a.starts_at <= l.timestamp
            AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)
           WHERE l.action = 'ack'""",
        SURABAYA,
    ),
    (
        "ky104",
        "joins",
        "Who created silences during the incidents that opened on 11 March, on the same service? Only the names "
        "please.",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                 AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND s.created_at >= g.opened_at
                 AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        SURABAYA,
    ),
    (
        "ky105",
        "joins",
        "Which alerts were firing while an active silence on the same service was in place? The alert name, the "
        "service, the start and the silence id.",
        """SELECT a.name, a.service, a.starts_at, s.silence_id
           FROM alerts a
           JOIN silences s
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
            AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
            AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
        SURABAYA,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "ky106",
        "refusals",
        "Please, write for me the executive summary of the post-incident review in nice words, one paragraph.",
        "not_about_this_data",
        TIRANA,
    ),
    (
        "ky107",
        "refusals",
        "Please mark the PaymentsAPIErrorBudgetBurn incident of 11 March as resolved, with the root cause "
        "'connection pool misconfigured'.",
        "asks_to_change_data",
        TIRANA,
    ),
    (
        "ky108",
        "refusals",
        "Which are the alerts that the parcel-tracker service had on 11 March?",
        "ungrounded",
        TIRANA,
    ),
    (
        "ky109",
        "refusals",
        "Kindly tell what was the closing price of soybean on the exchange on Friday.",
        "not_about_this_data",
        NAGPUR,
    ),
    (
        "ky110",
        "refusals",
        "Please delete the staging alerts of the week of 10 March from the store, they are noise only.",
        "asks_to_change_data",
        NAGPUR,
    ),
    (
        "ky111",
        "refusals",
        "Kindly share the alerts of the settlement-engine service for the week of 10 March.",
        "ungrounded",
        NAGPUR,
    ),
    (
        "ky112",
        "refusals",
        "What availability target should we commit to for next quarter, 99.9 or 99.95?",
        "not_about_this_data",
        IBADAN,
    ),
    (
        "ky113",
        "refusals",
        "Kindly create a silence for the indexer for the whole weekend, from Saturday 00:00 till Monday 06:00 UTC.",
        "asks_to_change_data",
        IBADAN,
    ),
    (
        "ky114",
        "refusals",
        "How many incidents did the loan-disbursement service have this quarter?",
        "ungrounded",
        IBADAN,
    ),
    (
        "ky115",
        "refusals",
        "Please set phase of the user-profile deployment from 11 March to failed, it was not successful.",
        "asks_to_change_data",
        NOVI_SAD,
    ),
    (
        "ky116",
        "refusals",
        "Give me all changes done by mpetrovic on production in February.",
        "ungrounded",
        NOVI_SAD,
    ),
    (
        "ky117",
        "refusals",
        "What is ITIL definition of standard change and normal change?",
        "not_about_this_data",
        NOVI_SAD,
    ),
    (
        "ky118",
        "refusals",
        "Please expire all silence of kenji now, the audit is already finish.",
        "asks_to_change_data",
        SURABAYA,
    ),
    (
        "ky119",
        "refusals",
        "Who made silences on the cluster prod-ap-southeast-3 since January?",
        "ungrounded",
        SURABAYA,
    ),
    (
        "ky120",
        "refusals",
        "How much is the cinema ticket price in Surabaya for this weekend?",
        "not_about_this_data",
        SURABAYA,
    ),
]
