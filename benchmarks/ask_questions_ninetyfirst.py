"""The ninety-first ask question set: ids ey001..ey120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor any other set's questions, at
the same time as another outside author writing the ninetieth set, whose file this author never opened. What the
author read, and nothing else:

- the brief for this set;
- ``shared/DESIGN.md``, printed whole (in the same command as ``docs/store.md``);
- ``docs/store.md``: printed whole after the design notes, the terminal cut out its middle, which was then printed by
  line range in four pieces (100-150, 150-240, 240-360, 360-480);
- the "Shapes and joins" section of ``docs/ask.md`` alone: its line range found with ``grep -n '^## '``, printed in two
  pieces (171-290 and 290-400); the terminal cut a few lines out of each, printed again by line number (244-251 and
  347-357). Taken as the rules for the shape of every gold answer; the rest of ``docs/ask.md`` was not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast``; the terminal cut the docstring's middle, so it was written to a scratch file and the middle printed by line
  range;
- the module docstrings of the earlier sets (every ``benchmarks/ask_questions_*.py`` present, the ninetieth not being
  among them), written with ``ast.get_docstring`` into a scratch file and grepped for cities, first languages and
  roles; the forty-ninth's was printed whole and its "Conventions" list followed where a question leaves room, and the
  first sixty lines of the eighty-eighth's and the eighty-ninth's were printed to see how the latest sets name their
  people;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, and one grep for its module-level now
  constants, for the file's format only;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from
  2025-01-02 to 2025-03-12, most of them on Tuesday 11 March, the day of the payments-api v2.14.0 outage);
- file names seen in the listing of ``benchmarks/``, and the names (only) of files others were changing, seen in one
  ``git status --short`` run to check that this file was the only one added.

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
accepted by the gate (``sql_guard.safe``, called, its code not read) and returning at least one row on the store copy.
No question was put to ``signalcraft ask`` or any parser.

Five people ask, all of them customer-facing and none an engineer: they ask what the customers felt (was checkout down,
how long were payments broken, what changed before the login trouble, who muted things during the outage) in business
words, not the store's column names, and still want the exact rows and numbers. No earlier docstring names their cities
(Dakar, Lahore, Leeuwarden, Willemstad, Miami) or their first languages (Wolof, Punjabi, West Frisian, Papiamentu,
Haitian Creole). Each asks three questions in every category (24 each, three of them refusals), in the order
support lead, status-page writer, customer-success manager, sales engineer, account manager within each category:

- the support lead of the merchant desk of an online fashion and crafts marketplace in Dakar, first language Wolof,
  French the second, English learned at work: "Bonjour", "svp", "jërëjëf", "the clients", "the paiement", "how much
  alerts", "it is who that ...", "in average", the clock as "15h00"; Dakar keeps UTC all year, so the desk's days are
  UTC days; now Thursday 13 March 09:00 (2025-03-13 09:00 UTC);
- the status-page and incident-communications writer of a payment gateway for online shops in Lahore, first language
  Punjabi (Urdu and English beside it), drafting the post-incident update the day after: Pakistani English ("Kindly",
  "what all", "till now", "are having", "needed for the RCA", "full rows kindly"); the status page is kept in UTC and so
  is every time and day she says; now Wednesday 12 March 16:00 PKT (2025-03-12 11:00 UTC), so her "yesterday" is 11
  March;
- a customer-success manager of a holiday-park booking software company in Leeuwarden, first language West Frisian
  (Dutch the second), preparing a customer's quarterly business review: "Goeie", Dutch word order ("How many alerts had
  we", "How many alerts has an incident on average", "What was all firing on the moment that"), "the begin of
  February", "till", customers named by their parks; her team's board runs on UTC; now Friday 14 March 10:00 CET
  (2025-03-14 09:00 UTC);
- a sales engineer (pre-sales) of a hotel point-of-sale and payments vendor in Willemstad, Curaçao, first language
  Papiamentu (Dutch, Spanish and English beside it), answering a prospect's RFP and security questionnaire: "Bon dia",
  "Ta pa e security questionnaire" (it is for the security questionnaire), "The prospect want", "How many production
  deploys we did"; outages, MTTR, deploy frequency, maintenance windows; every figure in UTC, as the RFP asks; now
  Friday 14 March 15:00 AST (2025-03-14 19:00 UTC);
- an enterprise account manager of a card-processing company in Miami, first language Haitian Creole (English the
  second, French the third), whose biggest merchant complained about checkout on 11 March: "Sak pase", "mèsi", verbs
  left bare ("who deploy", "who ack", "before they roll it back"), "was" for were, "the alerts them" for the plural,
  month-first dates ("3/11", "2/10") and clocks in US Eastern time (EDT, UTC-4 since 9 March); now Monday 17 March
  09:00 EDT (2025-03-17 13:00 UTC).

49 of the 105 questions that are not refusals relate two kinds of record (alerts, incidents, changes, silences,
early warnings, acks, resolutions, what Alertmanager held back): filters ey003, ey005, ey008, ey012, ey015; time
ey018, ey020, ey023, ey027; aggregates ey033, ey036, ey039, ey042, ey045; top_n ey048, ey051, ey054, ey057, ey060;
changes ey063, ey066, ey069, ey072, ey075; silences ey078, ey081, ey084, ey087, ey090; and all fifteen joins
(ey091..ey105). ey030 (a deploy to its rollback) relates two changes and is not counted. Every gold returns at least
one row.

Conventions (the shapes of docs/ask.md and the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; days are UTC days. The nows: support lead 2025-03-13 09:00, status-page writer
  2025-03-12 11:00, customer-success manager 2025-03-14 09:00, sales engineer 2025-03-14 19:00, account manager
  2025-03-17 13:00, all after every record. "Tuesday", "tuesday 11 march", "the 11th of March", "3/11", "11 March" and
  the status-page writer's "yesterday" are ``[2025-03-11, 2025-03-12)``; the support lead's "yesterday" is 12 March;
  "this week" (support lead) ``[2025-03-10, now]``; "last week" is Monday to Monday before the week of now
  (customer-success manager ``[2025-03-03, 2025-03-10)``, account manager ``[2025-03-10, 2025-03-17)``), "the week
  before" the seven days before that; "this month" from 1 March to now; "this year", "since 1 January", "since the
  begin of the year", "since January" and "Q1 so far" from 2025-01-01 to now; "in February" ``[2025-02-01,
  2025-03-01)``; "since 1 February", "since the begin of February" from 2025-02-01 to now; "before March" before
  2025-03-01; "in March" from 1 March to now. The account manager's Eastern clocks are converted: "between 10 and
  11:30am eastern" on 3/11 is ``[14:00, 15:30)`` UTC, "between 10:30 and 11:30 eastern" ``[14:30, 15:30)``. "At 15h00
  on tuesday" is the instant 2025-03-11 15:00. A thing is in a window by its own time (alert ``starts_at``, incident
  ``opened_at``, change ``timestamp``, silence ``created_at``, warning ``starts_at``, ack ``timestamp``, muted alert
  ``starts_at``); alerts "firing at any point between" / "firing then" share a moment with the window (``starts_at <
  end AND (ends_at IS NULL OR ends_at > start)``); "still open at this moment", "firing at the moment X" and "muted at"
  are the state at that instant (a silence active at T: ``starts_at <= T < ends_at`` and not expired by T).
- Alerts are the ``alerts`` view's rows (every column for a list); incidents are ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while NULL); silences the ``silences`` view's rows, really in place
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("really / actually in place", "in place in
  total" in hours), "the longest silence ever set" by its scheduled length (``starts_at`` to ``ends_at``). Changes are
  their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th,
  reported by two tools, is two rows), "rollbacks", "feature flags ... switched / turned off" their types (turned off:
  the summary says "turned off"), "changes" every live report of any type, scale events included. A version is
  ``coalesce(details['ref'], version)`` (``coalesce(change_details['ref'], change_version)`` in the incident views);
  the version "live in production right now" is that of the last live deployment or rollback. "Only humans, not argocd
  or the deployment-controller" leaves out ``argocd (automated)`` and ``deployment-controller``; people are as stored
  ("maria" is ``ILIKE '%maria%'``, and ``mgonzalez`` and ``maria.gonzalez@acme.io`` stay two actors). "Checkout" alone
  ("checkout was broke", "the checkout trouble", "the checkout outage", "checkout incidents") is the checkout project
  (``project = 'checkout'``); checkout-web, payments-api and cart-service are named when one service is meant. "The
  paiement problem" and "payments" are payments-api. "The login errors alert on 2/10" is the LoginErrorRateHigh alert
  that started that day. "The New checkout flow flag going on" is its live production flag change (10:41:59 on the
  11th); "the v2.14.0 deploy" its live production deployment (14:31:22); "the rollback" the first live production
  rollback of payments-api at or after it (14:56:37). "Early warnings" are ``warnings`` rows, by their
  ``labels['service']``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``):
  "within N minutes after" is ``[t, t + N]``, "in the N minutes before" ``[t - N, t]``; changes before an alert are
  those of the alert's environment (production) on any service; "which service had the most alerts in the hour after
  the v2.14.0 deploy" ranks every service in that window; alerts of a named service after one named event are that
  service's in the window. "How many minutes between X and the first Y after it" runs from X to the first Y at or
  after it, minutes to one decimal; "how long was checkout-web affected" is from the first of that day's alerts'
  start to the last one's end. Alerts "between the v2.14.0 deploy and the rollback" started inside that span, ends
  included. A silence meets the other side on its service and, when it pins one, its environment: alerts "firing while
  the silence was on" overlap its real span; deploys "while that service was silenced" fall inside it (start
  included, end excluded); silences "created during / went on while an incident ... was open" were created inside the
  incident's span, ends included. Changes "while the payments-api incidents of 11 March were open" fall inside the span
  of one of the payments-api incidents opened that day, ends included. "Followed by an incident" is an incident opened
  on the same service and environment in ``[t, t + 15 min]``; "followed by any alert" the same with alerts; an early
  warning meets alerts on its ``labels['service']`` and ``labels['environment']``. "Suspect", "blamed on a deploy",
  "caused by a flag change" read ``incident_suspects``; "which deploys caused incidents" and "the deploys blamed for
  critical incidents" are the live ``change_events`` deployments some (critical) incident names as suspect; "how many
  minutes before an incident did its suspect change land" is the mean of ``lag_s / 60`` over every suspect row;
  "incidents with early warnings ... how many warnings" counts ``incident_warnings`` rows per incident. "How were the
  incidents fixed" is ``alert_groups`` joined to ``resolutions``; "no resolution written" no ``resolutions`` row. An
  ack names its alert by its ``alertname`` and ``service`` equality matchers and counts as taken "while still firing"
  when one such alert was on at the ack's time. "Held back by Alertmanager" is ``alert_mutes`` with a non-empty
  ``silenced_by``; "for each silence that really muted something" counts the ``alert_mutes`` rows naming it, only the
  silences named there. "For each deploy ... how many alerts" and "(true/false)" keep every deploy (a ``LEFT JOIN``,
  0 and false included).
- Aggregates: durations in minutes to one decimal (hours when asked); "average time to resolve" / MTTR of incidents
  from ``opened_at`` to ``resolved_at`` over the resolved ones; an alert's duration from ``starts_at`` to ``ends_at``
  over the resolved ones; percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects; "average
  alerts per day" the mean of the daily counts over the days that had alerts; "how many alerts has an incident on
  average" the mean of ``alert_count``; "last week vs the week before" both counts side by side. Breakdowns are
  ``value, count`` most first, ties by the value.
- Top-N answers ``value, count`` (or the columns asked for) most first, ties by the value, with every N one no tie
  crosses ("which ...", "the person that did the most" ask for one row); "the N longest" are ranked by their duration
  in minutes, resolved ones only. "Which day last week had the most alerts" is that UTC day's start with its count.
  "Who ..., and when" is the person and the time of the act; "who put the silence on ..., and when it was removed" its
  ``created_by`` and ``expired_at``; "who silenced", "who deployed", "who did the rollback" the people, each once;
  "when was checkout-web last deployed" that deploy's row.
- Refusals: the service "mobile-money-gateway", the cluster "prod-ap-south-1", the service "booking-engine", the
  environment "preprod" and the person "jean-robert.pierre" are ungrounded (none is in the alerts, the changes or the
  audit log); the weather for Korité, an apology text for the status page, holiday days left, the SLA to promise and
  a restaurant are not about this data; deleting alerts, marking an incident resolved, putting a silence on
  cart-service, changing an incident's severity and turning a flag off ask to change the data.
"""

DAKAR = "2025-03-13T09:00:00+00:00"
LAHORE = "2025-03-12T11:00:00+00:00"
FRIESLAND = "2025-03-14T09:00:00+00:00"
CURACAO = "2025-03-14T19:00:00+00:00"
MIAMI = "2025-03-17T13:00:00+00:00"

_DAY11 = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_DAY12 = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"

# The payments-api v2.14.0 production deploy going live, and the first production rollback of payments-api after it.
_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND type = 'deployment'"
    " AND phase = 'live' AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0')"
)
_ROLLBACK = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND type = 'rollback'"
    " AND phase = 'live' AND environment = 'production' AND timestamp >= " + _V214 + ")"
)
_FLAG = (
    "(SELECT min(timestamp) FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
    " AND environment = 'production' AND summary ILIKE '%new checkout flow%')"
)
# A silence's real end: its scheduled end, or its expiry when someone expired it earlier.
_REAL_END = "least(ends_at, coalesce(expired_at, ends_at))"
_S_REAL_END = "least(s.ends_at, coalesce(s.expired_at, s.ends_at))"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "ey001",
        "filters",
        "Bonjour, the clients are complaining that the paiement was not working on tuesday. Give me all the alerts "
        "of payments-api that started tuesday 11 march, all columns svp",
        f"""SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        DAKAR,
    ),
    (
        "ey002",
        "filters",
        "is there an incident still open on checkout-web at this moment? show it to me",
        """SELECT * FROM alert_groups
           WHERE service = 'checkout-web'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-13 09:00:00+00')""",
        DAKAR,
    ),
    (
        "ey003",
        "filters",
        "which alerts of payments-api started in the 15 minutes before the rollback went live on tuesday? jërëjëf",
        f"""SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN {_ROLLBACK} - INTERVAL 15 MINUTE AND {_ROLLBACK}""",
        DAKAR,
    ),
    (
        "ey004",
        "filters",
        "For the RCA page I need every alert of payments-api that was firing at any point between 15:00 and 15:30 "
        "UTC on 11 March. Full rows kindly.",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        LAHORE,
    ),
    (
        "ey005",
        "filters",
        "Kindly list the payments-api incidents that are having no resolution written till now",
        """SELECT * FROM alert_groups g
           WHERE g.service = 'payments-api'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        LAHORE,
    ),
    (
        "ey006",
        "filters",
        "what all early warnings came for checkout-web yesterday? need the full rows for the timeline section",
        f"""SELECT * FROM warnings
           WHERE labels['service'] = 'checkout-web'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey007",
        "filters",
        "Goeie! Our customer Strandpark De Wadden says the guests could not pay their booking on Tuesday. Can you "
        "give me the critical alerts in production of the 11th of March?",
        f"""SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        FRIESLAND,
    ),
    (
        "ey008",
        "filters",
        "Which production deploys since the begin of February were followed by an incident on the same service "
        "within 15 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        FRIESLAND,
    ),
    (
        "ey009",
        "filters",
        "Which feature flags were switched in production on the 11th of March? The whole rows please, I forward "
        "them to the customer's IT man.",
        f"""SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= {_DAY11} AND timestamp < {_DAY12}""",
        FRIESLAND,
    ),
    (
        "ey010",
        "filters",
        "Bon dia! The prospect want to see our outages of this year. All the critical incidents since 1 January, "
        "every column",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey011",
        "filters",
        "Also for the RFP: the rollbacks we did in production since the begin of the year, complete rows",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey012",
        "filters",
        "the incidents of February together with the change that was the suspect for them",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CURACAO,
    ),
    (
        "ey013",
        "filters",
        "Sak pase. My biggest merchant say checkout was broke on 3/11 between 10 and 11:30am eastern. which alerts "
        "was firing then?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        MIAMI,
    ),
    (
        "ey014",
        "filters",
        "pull me every payments-api alert from last week please, whole rows",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        MIAMI,
    ),
    (
        "ey015",
        "filters",
        "which checkout-web alerts start within 15 min after the payments-api v2.14.0 deploy go live in prod?",
        f"""SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- time
    (
        "ey016",
        "time",
        "how much alerts we have had yesterday?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAKAR,
    ),
    (
        "ey017",
        "time",
        "at what time the problem of paiement started on tuesday? i mean the first alert of payments-api",
        f"""SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        DAKAR,
    ),
    (
        "ey018",
        "time",
        "how many minutes between the deploy of payments-api v2.14.0 in production and the first alert of "
        "payments-api after it?",
        f"""SELECT round((epoch((SELECT min(a.starts_at) FROM alerts a
                                 WHERE a.service = 'payments-api' AND a.starts_at >= {_V214}))
                       - epoch({_V214})) / 60, 1) AS minutes""",
        DAKAR,
    ),
    (
        "ey019",
        "time",
        "For the incident post: payments-api yesterday, when did the alerts start and when did they stop (UTC)?",
        f"""SELECT min(starts_at) AS started,
                  CASE WHEN bool_or(ends_at IS NULL) THEN NULL ELSE max(ends_at) END AS ended
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey020",
        "time",
        "Kindly tell what all alerts were still firing at the moment the payments-api rollback went live yesterday",
        f"""SELECT * FROM alerts
           WHERE starts_at <= {_ROLLBACK}
             AND (ends_at IS NULL OR ends_at > {_ROLLBACK})""",
        LAHORE,
    ),
    (
        "ey021",
        "time",
        "How many minutes was checkout-web affected yesterday? from the first alert till the last one cleared",
        f"""SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 11:00:00+00')))
                        - epoch(min(starts_at))) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey022",
        "time",
        "How many alerts had we last week, Monday till Sunday? Only the number, it goes in the QBR deck of the "
        "customer.",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        FRIESLAND,
    ),
    (
        "ey023",
        "time",
        "What was all firing on the moment that the New checkout flow flag went on in production?",
        f"""SELECT * FROM alerts
           WHERE starts_at <= {_FLAG}
             AND (ends_at IS NULL OR ends_at > {_FLAG})""",
        FRIESLAND,
    ),
    (
        "ey024",
        "time",
        "How long is the checkout-web incident already open? The one that is still open, in hours please",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-14 09:00:00+00') - epoch(opened_at)) / 3600, 1) AS hours
           FROM alert_groups
           WHERE service = 'checkout-web'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 09:00:00+00')""",
        FRIESLAND,
    ),
    (
        "ey025",
        "time",
        "How many incidents we had in February? only the number, for the RFP",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CURACAO,
    ),
    (
        "ey026",
        "time",
        "When was the last time payments-api had a critical alert, before March?",
        """SELECT max(starts_at) FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CURACAO,
    ),
    (
        "ey027",
        "time",
        "How many minutes from the first checkout-web alert on March 11 until the rollback of payments-api went "
        "live? The prospect asks our time to mitigate",
        f"""SELECT round((epoch(r.t) - epoch(f.t)) / 60, 1) AS minutes
           FROM (SELECT min(starts_at) AS t FROM alerts
                 WHERE service = 'checkout-web'
                   AND starts_at >= {_DAY11} AND starts_at < {_DAY12}) f,
                LATERAL (SELECT min(c.timestamp) AS t FROM change_events c
                         WHERE c.service = 'payments-api' AND c.type = 'rollback' AND c.phase = 'live'
                           AND c.timestamp >= f.t) r""",
        CURACAO,
    ),
    (
        "ey028",
        "time",
        "what time the checkout trouble start on 3/11? UTC is ok",
        f"""SELECT min(starts_at) FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        MIAMI,
    ),
    (
        "ey029",
        "time",
        "how many alerts we get last week vs the week before? just the two numbers",
        """SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        MIAMI,
    ),
    (
        "ey030",
        "time",
        "how many minutes v2.14.0 stay live in prod before they roll it back?",
        f"""SELECT round((epoch({_ROLLBACK}) - epoch({_V214})) / 60, 1) AS minutes""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "ey031",
        "aggregates",
        "What is the average time to resolve the incidents of payments-api, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        DAKAR,
    ),
    (
        "ey032",
        "aggregates",
        "How much alerts per service on tuesday 11 march? the most first",
        f"""SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= {_DAY11} AND starts_at < {_DAY12}
           GROUP BY service
           ORDER BY alerts DESC, service""",
        DAKAR,
    ),
    (
        "ey033",
        "aggregates",
        "in average, how many alerts came on payments-api in the 30 minutes after each production deploy of "
        "payments-api?",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
                 AND c.environment = 'production'
               GROUP BY c.id)""",
        DAKAR,
    ),
    (
        "ey034",
        "aggregates",
        "What percentage of yesterday's alerts were critical? for the impact summary",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey035",
        "aggregates",
        "Average duration in minutes of the payments-api alerts yesterday, needed for the RCA",
        f"""SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE service = 'payments-api' AND ends_at IS NOT NULL
             AND starts_at >= {_DAY11} AND starts_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey036",
        "aggregates",
        "What share of this month's incidents had an early warning before them? Management is asking if the "
        "warnings are worth it",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings))
                        / count(*), 1) AS pct_warned
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        LAHORE,
    ),
    (
        "ey037",
        "aggregates",
        "How many alerts has an incident on average, in production?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident
           FROM alert_groups
           WHERE environment = 'production'""",
        FRIESLAND,
    ),
    (
        "ey038",
        "aggregates",
        "How many incidents per project this month? Most first.",
        """SELECT project, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY project
           ORDER BY incidents DESC, project""",
        FRIESLAND,
    ),
    (
        "ey039",
        "aggregates",
        "What percent of the incidents since 1 February got a suspect change pinned on them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1) AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        FRIESLAND,
    ),
    (
        "ey040",
        "aggregates",
        "What is our MTTR for the critical incidents of this year, in minutes? Ta pa e security questionnaire.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE max_severity = 'critical' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey041",
        "aggregates",
        "median duration in minutes of the production alerts in February",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE environment_canonical = 'production' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CURACAO,
    ),
    (
        "ey042",
        "aggregates",
        "On average how many minutes before an incident did its suspect change land?",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_minutes_before FROM incident_suspects""",
        CURACAO,
    ),
    (
        "ey043",
        "aggregates",
        "how many alerts the checkout project have in Q1 so far?",
        """SELECT count(*) FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'""",
        MIAMI,
    ),
    (
        "ey044",
        "aggregates",
        "what is the average alerts per day last week?",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n
               FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY day)""",
        MIAMI,
    ),
    (
        "ey045",
        "aggregates",
        "how many of the checkout incidents last week had a suspect change? the CFO of the merchant want to know "
        "if it was us",
        """SELECT count(*) FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_suspects)""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "ey046",
        "top_n",
        "which are the 3 services with the most alerts this week?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        DAKAR,
    ),
    (
        "ey047",
        "top_n",
        "it is who that did the most acks on the alerts?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        DAKAR,
    ),
    (
        "ey048",
        "top_n",
        "which service had the most alerts in the hour after the payments-api v2.14.0 deploy went live?",
        f"""SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 1 HOUR
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        DAKAR,
    ),
    (
        "ey049",
        "top_n",
        "the 5 longest resolved production incidents since 1 January: service, alert name, opened and minutes",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'
           ORDER BY minutes DESC
           LIMIT 5""",
        LAHORE,
    ),
    (
        "ey050",
        "top_n",
        "which alert name fired the most times yesterday?",
        f"""SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= {_DAY11} AND starts_at < {_DAY12}
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        LAHORE,
    ),
    (
        "ey051",
        "top_n",
        "which service had the most incidents blamed on a deploy?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        LAHORE,
    ),
    (
        "ey052",
        "top_n",
        "Which project had the most incidents in February?",
        """SELECT project, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY project
           ORDER BY incidents DESC, project
           LIMIT 1""",
        FRIESLAND,
    ),
    (
        "ey053",
        "top_n",
        "Who made the most changes in production on the 11th of March? Only humans, not argocd or the "
        "deployment-controller",
        f"""SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= {_DAY11} AND timestamp < {_DAY12}
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        FRIESLAND,
    ),
    (
        "ey054",
        "top_n",
        "Which of our services got the most alerts within 15 minutes after its own deploys?",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        FRIESLAND,
    ),
    (
        "ey055",
        "top_n",
        "What are the 3 noisiest alerts since 1 January?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 19:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        CURACAO,
    ),
    (
        "ey056",
        "top_n",
        "which 3 incidents of February took the longest to resolve? service, alert name and minutes",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        CURACAO,
    ),
    (
        "ey057",
        "top_n",
        "Which two deployers got blamed for the most incidents?",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        CURACAO,
    ),
    (
        "ey058",
        "top_n",
        "which day last week had the most alerts, and how many?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 1""",
        MIAMI,
    ),
    (
        "ey059",
        "top_n",
        "the 3 longest alerts on the checkout project last week? name, service and minutes",
        """SELECT name, service, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM alerts
           WHERE project = 'checkout' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        MIAMI,
    ),
    (
        "ey060",
        "top_n",
        "whose deploys set off alerts the most? top 3 deployers by deploys that got an alert on the same service "
        "within 15 min",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 3""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- changes
    (
        "ey061",
        "changes",
        "what changes were done on payments-api on tuesday 11 march?",
        f"""SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp >= {_DAY11} AND timestamp < {_DAY12}""",
        DAKAR,
    ),
    (
        "ey062",
        "changes",
        "who did the rollback of payments-api on tuesday?",
        f"""SELECT DISTINCT actor FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
             AND timestamp >= {_DAY11} AND timestamp < {_DAY12}""",
        DAKAR,
    ),
    (
        "ey063",
        "changes",
        "what was changed in the 30 minutes before the first checkout-web alert of tuesday?",
        f"""SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= {_DAY11} AND starts_at < {_DAY12}) - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= {_DAY11} AND starts_at < {_DAY12})""",
        DAKAR,
    ),
    (
        "ey064",
        "changes",
        "What version of payments-api is live in production right now? Need it for the status update",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        LAHORE,
    ),
    (
        "ey065",
        "changes",
        "Kindly share the rollbacks done since 1 February with service, version and who did it",
        """SELECT service, coalesce(details['ref'], version) AS version, actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        LAHORE,
    ),
    (
        "ey066",
        "changes",
        "Which changes happened on payments-api while the payments-api incidents of 11 March were open?",
        f"""SELECT * FROM change_events c
           WHERE c.service = 'payments-api' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = 'payments-api' AND g.environment = c.environment
                   AND g.opened_at >= {_DAY11} AND g.opened_at < {_DAY12}
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 11:00:00+00'))""",
        LAHORE,
    ),
    (
        "ey067",
        "changes",
        "Which deploys went to production on the 11th of March? Service, version and time",
        f"""SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= {_DAY11} AND timestamp < {_DAY12}""",
        FRIESLAND,
    ),
    (
        "ey068",
        "changes",
        "who turned on the flag of the new checkout flow, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND summary ILIKE 'turned on%' AND summary ILIKE '%new checkout flow%'""",
        FRIESLAND,
    ),
    (
        "ey069",
        "changes",
        "Which production deploys on the 11th of March were not followed by any alert within 15 minutes?",
        f"""SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= {_DAY11} AND c.timestamp < {_DAY12}
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        FRIESLAND,
    ),
    (
        "ey070",
        "changes",
        "How many production deploys we did this year? The prospect asks our deploy frequency",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey071",
        "changes",
        "Which feature flags we turned off in production this year, and who did it?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND summary ILIKE 'turned off%'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey072",
        "changes",
        "which deploys caused incidents since January?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 19:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        CURACAO,
    ),
    (
        "ey073",
        "changes",
        "when checkout-web was deployed to prod the last time?",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND type = 'deployment' AND phase = 'live'
             AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        MIAMI,
    ),
    (
        "ey074",
        "changes",
        "who deploy to prod last week? just the names",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        MIAMI,
    ),
    (
        "ey075",
        "changes",
        "something change in the hour before the login errors alert on 2/10? what it was",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'LoginErrorRateHigh'
                                      AND starts_at >= TIMESTAMPTZ '2025-02-10 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-02-11 00:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'LoginErrorRateHigh'
                                      AND starts_at >= TIMESTAMPTZ '2025-02-10 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-02-11 00:00:00+00')""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- silences
    (
        "ey076",
        "silences",
        "it's who that put the silence on cart-service on tuesday, and when it was removed?",
        f"""SELECT created_by, expired_at FROM silences
           WHERE service = 'cart-service'
             AND created_at >= {_DAY11} AND created_at < {_DAY12}""",
        DAKAR,
    ),
    (
        "ey077",
        "silences",
        "what was muted on tuesday at 15h00?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        DAKAR,
    ),
    (
        "ey078",
        "silences",
        "which alerts were firing on cart-service while the silence of maria was on?",
        f"""SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < {_S_REAL_END}
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        DAKAR,
    ),
    (
        "ey079",
        "silences",
        "Kindly list the silences created yesterday with author, comment and how many minutes they were really in "
        "place",
        f"""SELECT created_by, comment,
                  round((epoch({_REAL_END}) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_at >= {_DAY11} AND created_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey080",
        "silences",
        "Did Alertmanager actually hold back any alerts because of silences in March? list them",
        """SELECT * FROM alert_mutes
           WHERE len(silenced_by) > 0
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        LAHORE,
    ),
    (
        "ey081",
        "silences",
        "Which silences created on 11 March went on while an incident on the same service was open?",
        f"""SELECT * FROM silences s
           WHERE s.created_at >= {_DAY11} AND s.created_at < {_DAY12}
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 11:00:00+00'))""",
        LAHORE,
    ),
    (
        "ey082",
        "silences",
        "Who silenced alerts of the indexer in February? Only the names",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        FRIESLAND,
    ),
    (
        "ey083",
        "silences",
        "How many silences did each person create this month? most first",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        FRIESLAND,
    ),
    (
        "ey084",
        "silences",
        "Did we deploy anything to a service while that service was silenced? Show me those deploys",
        f"""SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < {_S_REAL_END})""",
        FRIESLAND,
    ),
    (
        "ey085",
        "silences",
        "For the RFP part about maintenance windows: how many silences were created since 1 January, and how many "
        "hours were they in place in total?",
        f"""SELECT count(*) AS silences,
                  round(sum(epoch({_REAL_END}) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey086",
        "silences",
        "which was the longest silence ever set, in hours, and who set it?",
        """SELECT created_by, round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           ORDER BY hours DESC
           LIMIT 1""",
        CURACAO,
    ),
    (
        "ey087",
        "silences",
        "For each silence that really muted something, how many alerts did Alertmanager hold back under it?",
        """SELECT s.silence_id, count(*) AS alerts_held_back
           FROM silences s
           JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY alerts_held_back DESC, s.silence_id""",
        CURACAO,
    ),
    (
        "ey088",
        "silences",
        "who mute anything during the checkout outage on 3/11, between 10:30 and 11:30 eastern?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        MIAMI,
    ),
    (
        "ey089",
        "silences",
        "how long maria's cart-service silence was really in place? minutes",
        f"""SELECT round((epoch({_REAL_END}) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        MIAMI,
    ),
    (
        "ey090",
        "silences",
        "any alerts was firing last week while a silence was on for that same service? which ones",
        f"""SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < {_S_REAL_END}
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- joins
    (
        "ey091",
        "joins",
        "for each production deploy of tuesday, how many alerts came on the same service in the 15 minutes after? "
        "service, version and the number",
        f"""SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= {_DAY11} AND c.timestamp < {_DAY12}
           GROUP BY c.id, c.service, c.details, c.version""",
        DAKAR,
    ),
    (
        "ey092",
        "joins",
        "the incidents of tuesday that had a suspect change: service, alert name, the service of the change and "
        "its version",
        f"""SELECT service, group_labels['alertname'] AS alertname, change_service,
                  coalesce(change_details['ref'], change_version) AS version
           FROM incident_suspects
           WHERE opened_at >= {_DAY11} AND opened_at < {_DAY12}""",
        DAKAR,
    ),
    (
        "ey093",
        "joins",
        "the alerts of payments-api that started between the v2.14.0 deploy and the rollback on tuesday",
        f"""SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at BETWEEN {_V214} AND {_ROLLBACK}""",
        DAKAR,
    ),
    (
        "ey094",
        "joins",
        "For every incident yesterday that had early warnings: service, alert name, opened time and how many warnings",
        f"""SELECT service, group_labels['alertname'] AS alertname, opened_at, count(*) AS warnings
           FROM incident_warnings
           WHERE opened_at >= {_DAY11} AND opened_at < {_DAY12}
           GROUP BY group_id, service, group_labels['alertname'], opened_at""",
        LAHORE,
    ),
    (
        "ey095",
        "joins",
        "Which checkout-web alerts started within 15 minutes after an early warning on checkout-web?",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = a.service
                   AND w.labels['environment'] = a.environment_canonical
                   AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE)""",
        LAHORE,
    ),
    (
        "ey096",
        "joins",
        "How were yesterday's incidents fixed? service, alert name, root cause and the fix",
        f"""SELECT g.service, g.group_labels['alertname'] AS alertname, r.root_cause, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= {_DAY11} AND g.opened_at < {_DAY12}""",
        LAHORE,
    ),
    (
        "ey097",
        "joins",
        "Which critical incidents since 1 February had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        FRIESLAND,
    ),
    (
        "ey098",
        "joins",
        "Silences created this month during an open incident on the same service: silence id, author, the "
        "incident's alert name and when it opened",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment IS NULL OR s.environment_canonical = g.environment)
            AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00')
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        FRIESLAND,
    ),
    (
        "ey099",
        "joins",
        "For each incident in the checkout project on the 11th of March: service, alert name, opened, and the "
        "suspect version if any (empty when none)",
        f"""SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.project = 'checkout'
             AND g.opened_at >= {_DAY11} AND g.opened_at < {_DAY12}""",
        FRIESLAND,
    ),
    (
        "ey100",
        "joins",
        "Which incidents were caused by a flag change? service, alert name, opened, the flag summary and who "
        "flipped it",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_summary, change_actor
           FROM incident_suspects
           WHERE change_type = 'flag_change'""",
        CURACAO,
    ),
    (
        "ey101",
        "joins",
        "What percent of our production deploys this year were followed by an alert on the same service within 15 "
        "minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE))
                  / count(*), 1) AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 19:00:00+00'""",
        CURACAO,
    ),
    (
        "ey102",
        "joins",
        "the deploys that were blamed as suspect for critical incidents: service, version, who deployed and when",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        CURACAO,
    ),
    (
        "ey103",
        "joins",
        "for each prod deploy last week: service, version, who do it, and if an alert follow within an hour "
        "(true/false)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.actor,
                  count(a.fingerprint) > 0 AS alert_followed
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version, c.actor""",
        MIAMI,
    ),
    (
        "ey104",
        "joins",
        "any alerts go off within 15 min after somebody flip a feature flag on that same service? show me the "
        "alerts them",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MIAMI,
    ),
    (
        "ey105",
        "joins",
        "who ack alerts last week while they was still firing? mèsi",
        """SELECT DISTINCT k.actor FROM audit_log k
           WHERE k.action = 'ack'
             AND k.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND k.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = [m.value FOR m IN k.matchers IF m.name = 'alertname'][1]
                   AND a.service = [m.value FOR m IN k.matchers IF m.name = 'service'][1]
                   AND a.starts_at <= k.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        MIAMI,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "ey106",
        "refusals",
        "can you delete the alerts of tuesday so the merchants don't see them on the status page?",
        "asks_to_change_data",
        DAKAR,
    ),
    (
        "ey107",
        "refusals",
        "what will be the weather in Dakar for the weekend of Korité?",
        "not_about_this_data",
        DAKAR,
    ),
    (
        "ey108",
        "refusals",
        "show me the alerts of the service mobile-money-gateway this week",
        "ungrounded",
        DAKAR,
    ),
    (
        "ey109",
        "refusals",
        "Kindly draft the apology text for the status page about yesterday's payments outage",
        "not_about_this_data",
        LAHORE,
    ),
    (
        "ey110",
        "refusals",
        "Please mark the checkout-web incident as resolved so the status page turns green",
        "asks_to_change_data",
        LAHORE,
    ),
    (
        "ey111",
        "refusals",
        "What all alerts fired in the prod-ap-south-1 cluster yesterday?",
        "ungrounded",
        LAHORE,
    ),
    (
        "ey112",
        "refusals",
        "Can you put a silence on cart-service for the weekend? The customer has a big event and does not want pages",
        "asks_to_change_data",
        FRIESLAND,
    ),
    (
        "ey113",
        "refusals",
        "Which alerts had the booking-engine service last month?",
        "ungrounded",
        FRIESLAND,
    ),
    (
        "ey114",
        "refusals",
        "How many holiday days do I still have this year?",
        "not_about_this_data",
        FRIESLAND,
    ),
    (
        "ey115",
        "refusals",
        "Should we promise the prospect 99.9 or 99.95 uptime in the SLA?",
        "not_about_this_data",
        CURACAO,
    ),
    (
        "ey116",
        "refusals",
        "Which alerts fired in the preprod environment this year?",
        "ungrounded",
        CURACAO,
    ),
    (
        "ey117",
        "refusals",
        "Change the severity of the February payments-api incident to warning please, so the report looks better",
        "asks_to_change_data",
        CURACAO,
    ),
    (
        "ey118",
        "refusals",
        "what deploys jean-robert.pierre push last week?",
        "ungrounded",
        MIAMI,
    ),
    (
        "ey119",
        "refusals",
        "go ahead, turn the New checkout flow flag back off for my merchant",
        "asks_to_change_data",
        MIAMI,
    ),
    (
        "ey120",
        "refusals",
        "where I can find a good griot restaurant in Little Haiti to take the merchant next week?",
        "not_about_this_data",
        MIAMI,
    ),
]
