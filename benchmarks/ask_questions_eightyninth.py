"""The eighty-ninth ask question set: ids gy001..gy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor any other set's rows, and who
did not see the eighty-eighth set, written at the same time. What the author read, in full:

- the brief for this set;
- ``shared/DESIGN.md``, printed whole;
- ``docs/store.md``, printed whole in two pieces (lines 1-350, then 350-703);
- the "Shapes and joins" section of ``docs/ask.md`` alone: its line range was found with ``grep -n '^## '``, the section
  was printed in two pieces (171-290 and 290-400), and the terminal cut lines out of the middle of each piece, which
  were then printed by line range (243-252 and 346-358); taken as the rules for the shape of every gold answer. The rest
  of ``docs/ask.md`` was not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast``; the terminal cut the docstring's middle, so it was written to a scratch file and that middle printed by line
  range;
- the module docstrings of the earlier sets (every ``benchmarks/ask_questions_*.py`` but this one and the
  eighty-eighth), written with ``ast.get_docstring`` into a scratch file and grepped for first languages, cities and
  roles; the forty-ninth's was printed whole and its "Conventions" list followed where a question leaves room;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, and one grep for that file's now constants, for
  the file's format only;
- the demo store, copied to a scratch folder and opened read-only (``SET TimeZone = 'UTC'``): records from 2025-01-02
  to 2025-03-12, most of them on Tuesday 11 March, the day of the payments-api v2.14.0 outage;
- beside these, the workplace's own notes on the machine (nothing of the project), and file names seen in directory
  listings of ``benchmarks/``.

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
accepted by ``sql_guard.safe`` and returning at least one row on the demo store. Every gold was run on the copy; no
question was put to ``signalcraft ask`` or any parser.

The five people work in security operations and compliance and read changes and silences as evidence. None spoke in an
earlier set: the earlier docstrings name no Burmese, Basque, Sinhala or Kurdish first language, and no Yangon,
Donostia, Kandy, Erbil or Hartford. Each asks three questions in every category (24 each, three of them refusals):

- a security analyst on the night shift of a mobile-money provider's SOC in Yangon, first language Burmese, at 01:00
  MMT on Thursday 13 March (2025-03-12 18:30 UTC); the SIEM runs on UTC and so does everything said. Short, lower case,
  plurals and articles dropped ("how many alert", "who silence indexer"), "or not?", "already", "pls", "show me them";
  asks who muted or changed what while something was burning, and what was firing at a given moment;
- an external IT auditor of an audit firm in Donostia-San Sebastián testing a cooperative bank's IT general controls
  for SOX and ISO 27001, first language Basque (Spanish the second), at 09:00 CET on Monday 17 March (2025-03-17 08:00
  UTC). Formal evidence-request English with Spanish turns ("Please, provide", "realised" for carried out, "persons",
  "complete registers", "the listing ... with the following attributes"), day-first dates ("01/03/2025–07/03/2025",
  "11/03/2025 14:30"), "Q1 FY25" (the bank's fiscal year is the calendar year, as she says once), and lists of named
  columns; the evidence extracts are in UTC, and one question names CET;
- a change manager at an insurer in Kandy, first language Sinhala, at 10:30 SLST on Friday 14 March (2025-03-14 05:00
  UTC), checking that changes went through the process for the CAB and a post-implementation review: Sri Lankan English
  ("Kindly", "What are the changes that were done", "She is having two accounts", "Who all", "isn't it", "zero also",
  "up to now"), ITIL words (CAB, PIR); his change calendar runs on UTC;
- a privacy officer of a telecom operator in Erbil, first language Kurdish (Sorani, Arabic the second), at 09:30 AST on
  Sunday 16 March (2025-03-16 06:30 UTC), the first working day of her week: "was" for were, present progressive for
  habits ("This service is keeping the personal data"), "which persons", "the information of them", "what comment he
  wrote", a day-first date ("01/02/2025"); cares about the identity project (user-profile, auth-api, token-service),
  silences that hid its alerts and who touched it;
- a platform lead at an insurer in Hartford, Connecticut, a native speaker of American English, at 10:00 EDT on Tuesday
  18 March (2025-03-18 14:00 UTC), answering the external auditor's PBC ("provided by client") list: "prod", "PBC item
  4", "the auditors want", month-first dates ("between 2/1 and 2/28", "since 3/1", "on 3/7"), "Q1 so far", "bots"
  versus "humans", "whole rows", "(true/false)".

42 of the 105 answerable questions relate two kinds of record in time, by scope or by person: in filters gy003, gy008,
gy012, gy015; in time gy017, gy021, gy027, gy030; in aggregates gy032, gy036, gy039, gy042, gy045; in top_n gy047,
gy051, gy054, gy057, gy059; in changes gy061, gy065, gy067, gy072, gy074; in silences gy078, gy082, gy087, gy090; and
all fifteen joins (gy091..gy105). Not counted: the silences found through the services the identity project's alerts
and changes name (gy041, gy085) and the alerts Alertmanager held back per silence (gy088).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (each says or works on UTC), and only gy081
  names another zone: CET there is UTC+1 (every record is before summer time starts on 30 March). The nows: the
  analyst 2025-03-12 18:30, the auditor 2025-03-17 08:00, the change manager 2025-03-14 05:00, the privacy officer
  2025-03-16 06:30, the platform lead 2025-03-18 14:00, all after every record.
- Windows: a day ("11 Mar", "11th March", "11/03/2025", "on 3/7", "28/02/2025", "on 12th March") is ``[day, day + 1)``;
  the auditor's ranges are day first with both ends whole days, so "01/03/2025–07/03/2025" is ``[2025-03-01,
  2025-03-08)``, "01/02/2025–28/02/2025" February, "01/01/2025–12/03/2025" ``[2025-01-01, 2025-03-13)``,
  "01/03/2025–12/03/2025" ``[2025-03-01, 2025-03-13)``, "the week 10/03/2025–16/03/2025" ``[2025-03-10, 2025-03-17)``;
  the platform lead's dates are month first ("between 2/1 and 2/28" is February, "since 3/1" and "since 1/1" run from
  that day to now). "Q1 FY25", "Q1", "Q1 so far" run from 2025-01-01 to now (the quarter is not over). "February", "the
  month of February", "opened in February" are ``[2025-02-01, 2025-03-01)``; "from 1 February until now" runs to now;
  "the last 24 hours", "the last 3 days", "the last 7 days" are ``(now - N, now]``; "between 11/03/2025 14:30 and
  11/03/2025 15:00 (UTC)" and "between 14:00 and 16:00 UTC" include the start and exclude the end; "at 14:50 UTC" is an
  instant. "Up to now", "all time", "all the environments" and no time at all mean no window. A row is in a window by
  its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``); silences "in effect on 01/02/2025" share a moment with that day; silences "scheduled to end on 12th
  March" have their ``ends_at`` that day.
- Kinds: alerts are the ``alerts`` view's rows, every column for a list; incidents are ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences are the ``silences`` view's rows, really in
  place from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("as it really was", "really in place",
  "in effect", "was on"), scheduled from ``starts_at`` to ``ends_at`` ("scheduled length", "scheduled for longer
  than"), active at T as docs/store.md says; "expired early", "expired before their scheduled end" is
  ``expired_early``. Changes are their ``phase = 'live'`` reports: "changes" are every type, the deployment
  controller's scale events included; "deploys", "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in production
  on the 11th, reported by two tools, is two rows); "rollbacks", "config changes" / "config updates" / "config_update",
  "flag changes", "releases" their types. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']``
  and ``change_version`` in the incident views); the version "running in production as of now" is that of the last live
  deployment or rollback of the service there. "The payments-api v2.14.0 deploy going live in production up to the
  rollback going live" runs to the first live production payments-api rollback at or after it. "The Avatar CDN v2 flag"
  turned on is the flag change whose summary says so; "the SMTP provider alert" is the alert whose name says SMTP
  provider; "the first PaymentsAPIErrorBudgetBurn alert of 11/03/2025" and "the DBPoolPendingAcquiresHigh alert of
  28/02/2025" are the earliest of that name that day, "the search-api deploy on 3/7" the only one.
- People are as stored: "argocd (automated)" and "deployment-controller" are the automatic accounts and the "bots";
  "persons", "humans", "only human" leave those two out where the question says so; "Lucie" with her two accounts named
  (gy009) and dpatel with dev.patel@acme.io (gy063) are the accounts named; "maria" is ``ILIKE '%maria%'`` (the silence
  author maria.gonzalez@acme.io); "people who also created a silence", "who did deploy and also put silence", "created
  silences but never realised a deployment", "silenced stuff but never acked" compare the stored strings (a silence's
  ``created_by``, a change's ``actor``, an ack's ``actor``), so mgonzalez and maria.gonzalez@acme.io are two people
  there.
- Relations keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production``/``staging``): "within N
  minutes after" a change is ``[t, t + N]`` ("in the next 30 minutes", "in the hour after" 60); "the N minutes before"
  an alert or an incident is ``[t - N, t]``, the changes of the alert's environment (production) and any service unless
  one is named (gy021, gy027), and "changes realised in the 15 minutes before a critical incident on the same service
  was opened" are ``[opened_at - 15 min, opened_at]`` on its service; "alerts ... in the hour after the search-api
  deploy on 3/7, any service" are every production alert in that window. A change or a silence made "while an incident
  was (already, still) open on the same service", "during an open incident", "between the opening and the resolution"
  has its time inside the incident's span, ends included. A silence meets the other side on its service and, when it
  pins one, its environment (a silence that pins no service meets nothing): alerts firing "while a silence was on / in
  effect" overlap its real span; deployments "while a silence was active" fall inside it; silences "created within 60
  minutes (1 hour) after an alert on the same service started" were created in ``[start, start + 60 min]``. "Suspect" is
  ``incident_suspects``: "had a suspect change" is a row there, "no suspect change" none; "designated as suspect for the
  highest number of incidents" counts distinct incidents per ``change_actor``; "blamed on a change to a different
  service" is ``change_service <> service``. "Resolved, who resolved it and the root cause" is ``alert_groups`` joined
  to ``resolutions``. "The silences on the services of identity project" and "silences on identity services" are the
  silences whose ``project`` is identity or whose service is one the identity project's alerts or changes name.
- Aggregates: durations in minutes to one decimal (hours where asked: gy041, gy089); "MTTR" and "average time to
  resolve" are incidents from ``opened_at`` to ``resolved_at``, resolved ones; percentages are ``round(100.0 * part /
  whole, 1)`` over the rows the question selects; "on average how many alerts ... after each production deployment,
  zero also" is the mean of per-deploy counts with a ``LEFT JOIN``; "both numbers" and "bots vs humans" are two counts
  side by side; "for each environment", "each day", "by month", "per person", "per hour" are counts per value, most
  first. Business hours are Monday to Friday 09:00-17:00 by ``created_at``, in UTC (gy031) or CET (gy081).
- Top-N answers are the value and its count, most first, ties by the value, and every N asked is one no tie crosses
  ("top 1", "only the first one", "one name" ask for one row); "the 3 longest ... incidents" rank by minutes open.
- A list of named columns returns those columns of the rows the question reads, in that order; "whole rows", "full
  rows", "all columns", "complete registers", "all the fields", "full details" are every column; "names only" is each
  person once.
- Refusals: the service "fraud-gateway", the user "aitor.etxeberria", the "uat" environment, the service
  "consent-service" and the cluster "us-east-2" are ungrounded (none is in the alerts, the changes or the audit log);
  the best SIEM, SOX 404 against ISO 27001 A.8.32, a CAB agenda, whether a CDN outside the EU breaks the GDPR and a SOX
  test's sample size are not about this data; expiring the indexer silence, recording a CAB approval, deleting a
  duplicate deployment record, removing log lines with e-mail addresses and creating a silence ask to change the data.
"""

SOC = "2025-03-12T18:30:00+00:00"
AUDIT = "2025-03-17T08:00:00+00:00"
CAB = "2025-03-14T05:00:00+00:00"
PRIVACY = "2025-03-16T06:30:00+00:00"
PLATFORM = "2025-03-18T14:00:00+00:00"

_BOTS = "('argocd (automated)', 'deployment-controller')"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "gy001",
        "filters",
        "pls give me all config change in production, full row. need it for shift log, all time",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        SOC,
    ),
    (
        "gy002",
        "filters",
        "auth-api got any alert still firing now or not? show me them",
        """SELECT * FROM alerts
           WHERE service = 'auth-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 18:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 18:30:00+00')""",
        SOC,
    ),
    (
        "gy003",
        "filters",
        "alerts which start within 15 min after somebody change config on same service. list all of them",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'config_update' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SOC,
    ),
    (
        "gy004",
        "filters",
        "Please, provide the complete listing of the changes realised in production in the period "
        "01/03/2025–07/03/2025, with all the fields.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-08 00:00:00+00'""",
        AUDIT,
    ),
    (
        "gy005",
        "filters",
        "For the sample of Q1 FY25 (our fiscal year is the calendar year), I need the rollbacks executed in "
        "production, all the columns.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        AUDIT,
    ),
    (
        "gy006",
        "filters",
        "Please, list the production deployments that were executed by the automatic account argocd (automated) "
        "and not by a person. Complete registers.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor = 'argocd (automated)'""",
        AUDIT,
    ),
    (
        "gy007",
        "filters",
        "Kindly list the config updates and the flag changes that were done in production on 11th March. "
        "All the columns please.",
        """SELECT * FROM change_events
           WHERE type IN ('config_update', 'flag_change') AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CAB,
    ),
    (
        "gy008",
        "filters",
        "For the CAB: kindly list the production deployments that were done while an incident was already open "
        "on the same service. Full details.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 05:00:00+00'))""",
        CAB,
    ),
    (
        "gy009",
        "filters",
        "What are the changes that were done by Lucie up to now? She is having two accounts, lnovak and "
        "lucie.novak@acme.io, kindly take both the same.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND actor IN ('lnovak', 'lucie.novak@acme.io')""",
        CAB,
    ),
    (
        "gy010",
        "filters",
        "Please show me the alerts of user-profile service in production from 1 February until now. This "
        "service is keeping the personal data of the customers.",
        """SELECT * FROM alerts
           WHERE service = 'user-profile' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-16 06:30:00+00'""",
        PRIVACY,
    ),
    (
        "gy011",
        "filters",
        "Which alerts was coming from PagerDuty? I want all the information of them.",
        """SELECT * FROM alerts WHERE source = 'pagerduty-events'""",
        PRIVACY,
    ),
    (
        "gy012",
        "filters",
        "Please list the alerts of identity project which was started in the 30 minutes after a flag change on "
        "the same service.",
        """SELECT * FROM alerts a
           WHERE a.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PRIVACY,
    ),
    (
        "gy013",
        "filters",
        "PBC item 4: every prod deploy between 2/1 and 2/28, full records. Deploys only, no scale events.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        PLATFORM,
    ),
    (
        "gy014",
        "filters",
        "Need all the critical alerts in prod for Q1 so far, all columns - I'm dumping it straight into the "
        "evidence folder.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 14:00:00+00'""",
        PLATFORM,
    ),
    (
        "gy015",
        "filters",
        "Which prod deploys were followed by a critical alert on the same service within 30 min? Whole rows please.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PLATFORM,
    ),
    # --------------------------------------------------------------------- time
    (
        "gy016",
        "time",
        "what alert was firing at 14:50 UTC on 11 Mar? list pls",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        SOC,
    ),
    (
        "gy017",
        "time",
        "when maria put her silence on cart-service, which alerts still firing at that moment? show me",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences
                                                WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))""",
        SOC,
    ),
    (
        "gy018",
        "time",
        "how many alert per hour in the last 24 hours? UTC hour pls",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 18:30:00+00' - INTERVAL 24 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 18:30:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        SOC,
    ),
    (
        "gy019",
        "time",
        "Please, indicate the changes realised in production between 11/03/2025 14:30 and 11/03/2025 15:00 "
        "(UTC), with all the fields.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        AUDIT,
    ),
    (
        "gy020",
        "time",
        "For the week 10/03/2025–16/03/2025, how many silences were created each day? One number per day, please.",
        """SELECT time_bucket(INTERVAL 1 DAY, created_at) AS day, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY silences DESC, day""",
        AUDIT,
    ),
    (
        "gy021",
        "time",
        "Which changes were realised in the 60 minutes before the first PaymentsAPIErrorBudgetBurn alert of "
        "11/03/2025? The complete listing, please.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        AUDIT,
    ),
    (
        "gy022",
        "time",
        "Kindly tell me what are the changes that were done in production in the last 3 days. Full list.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp > TIMESTAMPTZ '2025-03-14 05:00:00+00' - INTERVAL 3 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-14 05:00:00+00'""",
        CAB,
    ),
    (
        "gy023",
        "time",
        "For the CAB minutes: how many deployments were there in production each day for the month of February?",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deployments
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY day
           ORDER BY deployments DESC, day""",
        CAB,
    ),
    (
        "gy024",
        "time",
        "How many minutes it took from the payments-api v2.14.0 deploy going live in production up to the "
        "rollback going live?",
        """SELECT round((epoch((SELECT min(r.timestamp) FROM change_events r
                                WHERE r.type = 'rollback' AND r.phase = 'live'
                                  AND r.service = 'payments-api' AND r.environment = 'production'
                                  AND r.timestamp >= (SELECT min(d.timestamp) FROM change_events d
                                                      WHERE d.type = 'deployment' AND d.phase = 'live'
                                                        AND d.service = 'payments-api'
                                                        AND d.environment = 'production'
                                                        AND coalesce(d.details['ref'], d.version) = 'v2.14.0')))
                       - epoch((SELECT min(d.timestamp) FROM change_events d
                                WHERE d.type = 'deployment' AND d.phase = 'live'
                                  AND d.service = 'payments-api' AND d.environment = 'production'
                                  AND coalesce(d.details['ref'], d.version) = 'v2.14.0'))) / 60, 1) AS minutes""",
        CAB,
    ),
    (
        "gy025",
        "time",
        "Which silences was in effect on 01/02/2025? It was Saturday, the database upgrade of identity.",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-02-02 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-02-01 00:00:00+00'""",
        PRIVACY,
    ),
    (
        "gy026",
        "time",
        "When did the SMTP provider alert start on 11 March and when it stopped?",
        """SELECT min(starts_at) AS first_start, max(ends_at) AS last_end
           FROM alerts
           WHERE name ILIKE '%SMTP provider%'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PRIVACY,
    ),
    (
        "gy027",
        "time",
        "In the 30 minutes before the DBPoolPendingAcquiresHigh alert of 28/02/2025 started, which changes was "
        "made in production? All changes, any service.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DBPoolPendingAcquiresHigh'
                                      AND starts_at >= TIMESTAMPTZ '2025-02-28 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DBPoolPendingAcquiresHigh'
                                      AND starts_at >= TIMESTAMPTZ '2025-02-28 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')""",
        PRIVACY,
    ),
    (
        "gy028",
        "time",
        "What time did the last prod deploy of auth-api go live? Just the timestamp, that's all the auditor wants.",
        """SELECT max(timestamp) AS went_live
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'production'""",
        PLATFORM,
    ),
    (
        "gy029",
        "time",
        "Prod deploys by month since 1/1 - the auditors want a monthly count.",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 14:00:00+00'
           GROUP BY month
           ORDER BY deploys DESC, month""",
        PLATFORM,
    ),
    (
        "gy030",
        "time",
        "Alerts that fired in prod in the hour after the search-api deploy on 3/7, any service.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live'
                                      AND service = 'search-api' AND environment = 'production'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-07 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-08 00:00:00+00')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'deployment' AND phase = 'live'
                                      AND service = 'search-api' AND environment = 'production'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-07 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-08 00:00:00+00') + INTERVAL 60 MINUTE""",
        PLATFORM,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "gy031",
        "aggregates",
        "how many silence was created outside business hour? business hour = mon-fri 09-17 UTC",
        """SELECT count(*) AS silences
           FROM silences
           WHERE NOT (isodow(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        SOC,
    ),
    (
        "gy032",
        "aggregates",
        "how many silence was created within 1 hour after an alert started on same service? total only",
        """SELECT count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        SOC,
    ),
    (
        "gy033",
        "aggregates",
        "average silence length in minutes, as it really was (until the end or until somebody expire it)",
        """SELECT round(avg(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                  AS avg_minutes
           FROM silences""",
        SOC,
    ),
    (
        "gy034",
        "aggregates",
        "Please, indicate the percentage of the production changes of Q1 FY25 that were executed by the automatic "
        "accounts (argocd (automated) and deployment-controller).",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE actor IN {_BOTS}) / count(*), 1) AS pct_automatic
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        AUDIT,
    ),
    (
        "gy035",
        "aggregates",
        "What is the number of distinct persons who realised changes in production in the period "
        "01/02/2025–28/02/2025, excluding the automatic accounts argocd (automated) and deployment-controller?",
        f"""SELECT count(DISTINCT actor) AS persons
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN {_BOTS}
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        AUDIT,
    ),
    (
        "gy036",
        "aggregates",
        "Of the production deployments of Q1 FY25, which percentage were followed by an incident on the same "
        "service within 30 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE followed) / count(*), 1) AS pct_followed
           FROM (
               SELECT c.id,
                      EXISTS (SELECT 1 FROM alert_groups g
                              WHERE g.service = c.service AND g.environment = c.environment
                                AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
                          AS followed
               FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                 AND c.timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           )""",
        AUDIT,
    ),
    (
        "gy037",
        "aggregates",
        "Up to now how many rollbacks were there in production, and how many deployments? Both numbers kindly.",
        """SELECT count(*) FILTER (WHERE type = 'rollback') AS rollbacks,
                  count(*) FILTER (WHERE type = 'deployment') AS deployments
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND type IN ('rollback', 'deployment')""",
        CAB,
    ),
    (
        "gy038",
        "aggregates",
        "What is the average time to resolve for the production incidents that were opened in February, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        CAB,
    ),
    (
        "gy039",
        "aggregates",
        "On average how many alerts came in the 15 minutes after each production deployment? Deployments with "
        "zero also counted, isn't it.",
        """SELECT round(avg(n), 1) AS avg_alerts_after_deploy
           FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id
           )""",
        CAB,
    ),
    (
        "gy040",
        "aggregates",
        "How many alerts had the identity project in total, for each environment?",
        """SELECT environment, count(*) AS alerts
           FROM alerts
           WHERE project = 'identity'
           GROUP BY environment
           ORDER BY alerts DESC, environment""",
        PRIVACY,
    ),
    (
        "gy041",
        "aggregates",
        "What is the total hours the silences on identity services was really in place? I mean until it ended "
        "or somebody expire it.",
        """SELECT round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                  AS total_hours
           FROM silences
           WHERE project = 'identity'
              OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                             UNION SELECT service FROM change_events WHERE project = 'identity')""",
        PRIVACY,
    ),
    (
        "gy042",
        "aggregates",
        "How many incidents of identity project had a suspect change?",
        """SELECT count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE project = 'identity'""",
        PRIVACY,
    ),
    (
        "gy043",
        "aggregates",
        "MTTR for prod incidents in Q1, in minutes. Just the one number.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-18 14:00:00+00'""",
        PLATFORM,
    ),
    (
        "gy044",
        "aggregates",
        "How many prod changes did the bots make vs the humans? Bots = argocd (automated) and deployment-controller.",
        f"""SELECT count(*) FILTER (WHERE actor IN {_BOTS}) AS bots,
                  count(*) FILTER (WHERE actor NOT IN {_BOTS}) AS humans
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'""",
        PLATFORM,
    ),
    (
        "gy045",
        "aggregates",
        "How many silences were created while a prod incident on the same service was open?",
        """SELECT count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.environment = 'production' AND g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 14:00:00+00'))""",
        PLATFORM,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "gy046",
        "top_n",
        "top 3 person who create most silence, all time. name and how many",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 3""",
        SOC,
    ),
    (
        "gy047",
        "top_n",
        "which service got most change while incident was still open on same service? human change only, not "
        "argocd or deployment-controller. top 1",
        f"""SELECT c.service, count(*) AS changes
           FROM change_events c
           WHERE c.phase = 'live' AND c.actor NOT IN {_BOTS}
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 18:30:00+00'))
           GROUP BY c.service
           ORDER BY changes DESC, c.service
           LIMIT 1""",
        SOC,
    ),
    (
        "gy048",
        "top_n",
        "which service got most alert in last 7 days? top 2 pls",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 18:30:00+00' - INTERVAL 7 DAY
             AND starts_at <= TIMESTAMPTZ '2025-03-12 18:30:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        SOC,
    ),
    (
        "gy049",
        "top_n",
        "Please, the three persons with the highest number of production changes in Q1 FY25, excluding the "
        "automatic accounts. Person and number.",
        f"""SELECT actor, count(*) AS changes
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN {_BOTS}
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 3""",
        AUDIT,
    ),
    (
        "gy050",
        "top_n",
        "Which service received the highest number of changes in production in the period "
        "01/03/2025–12/03/2025? Only the first one.",
        """SELECT service, count(*) AS changes
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY service
           ORDER BY changes DESC, service
           LIMIT 1""",
        AUDIT,
    ),
    (
        "gy051",
        "top_n",
        "Which two actors (persons or automatic accounts) realised the changes that were designated as suspect "
        "for the highest number of incidents?",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        AUDIT,
    ),
    (
        "gy052",
        "top_n",
        "Which service was rolled back the most times? Only the top one kindly.",
        """SELECT service, count(*) AS rollbacks
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY service
           ORDER BY rollbacks DESC, service
           LIMIT 1""",
        CAB,
    ),
    (
        "gy053",
        "top_n",
        "Top 2 persons by number of flag changes, all the environments.",
        """SELECT actor, count(*) AS flag_changes
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor
           LIMIT 2""",
        CAB,
    ),
    (
        "gy054",
        "top_n",
        "In production, which service had the most deployments that were followed by an alert on the same "
        "service within 30 minutes?",
        """SELECT c.service, count(*) AS deployments
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY c.service
           ORDER BY deployments DESC, c.service
           LIMIT 1""",
        CAB,
    ),
    (
        "gy055",
        "top_n",
        "Which identity service had the most alerts from 1 February until now? Only the first one.",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE project = 'identity'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-16 06:30:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        PRIVACY,
    ),
    (
        "gy056",
        "top_n",
        "Which persons acknowledged the most alerts? The first two, with how many.",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        PRIVACY,
    ),
    (
        "gy057",
        "top_n",
        "Which service had the most silences created during an open incident on the same service? One name.",
        """SELECT s.service, count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-16 06:30:00+00'))
           GROUP BY s.service
           ORDER BY silences DESC, s.service
           LIMIT 1""",
        PRIVACY,
    ),
    (
        "gy058",
        "top_n",
        "Top 3 alert names in prod by number of alerts since 1/1.",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 14:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        PLATFORM,
    ),
    (
        "gy059",
        "top_n",
        "Which service got hit by the most incidents blamed on a change to a different service? Top one.",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_service <> service
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        PLATFORM,
    ),
    (
        "gy060",
        "top_n",
        "The 3 longest prod incidents in Q1 so far, resolved ones: service, alert name and minutes.",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        PLATFORM,
    ),
    # ------------------------------------------------------------------ changes
    (
        "gy061",
        "changes",
        "which change was done while incident open on same service, on 11 Mar between 14:00 and 16:00 UTC? show "
        "the change rows",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 18:30:00+00'))""",
        SOC,
    ),
    (
        "gy062",
        "changes",
        "who did flag change in production? names only",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'""",
        SOC,
    ),
    (
        "gy063",
        "changes",
        "show me all change from dpatel and dev.patel@acme.io on 11 Mar. i think same person, two account",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND actor IN ('dpatel', 'dev.patel@acme.io')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SOC,
    ),
    (
        "gy064",
        "changes",
        "Please, provide the changes of type config_update of Q1 FY25 with the following attributes: date, "
        "service, environment, summary, actor, old value and new value.",
        """SELECT timestamp, service, environment, summary, actor, details['old'] AS old_value,
                  details['new'] AS new_value
           FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        AUDIT,
    ),
    (
        "gy065",
        "changes",
        "Which production changes were realised in the 15 minutes before a critical incident on the same "
        "service was opened, in the period 01/01/2025–12/03/2025? Complete registers.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical'
                   AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at)""",
        AUDIT,
    ),
    (
        "gy066",
        "changes",
        "Please, list the releases that were published, with the tag, service, actor and date.",
        """SELECT coalesce(details['ref'], version) AS version, service, actor, timestamp
           FROM change_events
           WHERE type = 'release' AND phase = 'live'""",
        AUDIT,
    ),
    (
        "gy067",
        "changes",
        "Kindly list the production deployments which were not followed by any alert on the same service within "
        "30 minutes. These are the clean ones for the PIR.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CAB,
    ),
    (
        "gy068",
        "changes",
        "Who all did the rollbacks? Names only.",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'""",
        CAB,
    ),
    (
        "gy069",
        "changes",
        "Which version of payments-api is running in production as of now?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        CAB,
    ),
    (
        "gy070",
        "changes",
        "Which changes was made on user-profile in production? All changes, all the time.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'user-profile' AND environment = 'production'""",
        PRIVACY,
    ),
    (
        "gy071",
        "changes",
        "Who turned on the Avatar CDN v2 flag, and when? This flag is sending the pictures of the users to the CDN.",
        """SELECT actor, timestamp
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND summary ILIKE 'turned on the flag Avatar CDN v2%'""",
        PRIVACY,
    ),
    (
        "gy072",
        "changes",
        "Which changes on identity project was followed by an alert on the same service within 15 minutes? Full rows.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        PRIVACY,
    ),
    (
        "gy073",
        "changes",
        "For each prod deploy since 3/1: service, version, who, and when it went live.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 14:00:00+00'""",
        PLATFORM,
    ),
    (
        "gy074",
        "changes",
        "Prod deploys by people who also created at least one silence - the auditors want to see if the folks "
        "shipping are also muting stuff.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor IN (SELECT created_by FROM silences)""",
        PLATFORM,
    ),
    (
        "gy075",
        "changes",
        "Which versions of auth-api went out to staging? Each one once.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'""",
        PLATFORM,
    ),
    # ----------------------------------------------------------------- silences
    (
        "gy076",
        "silences",
        "who silence indexer? names only",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""",
        SOC,
    ),
    (
        "gy077",
        "silences",
        "silence which somebody expire early, show all",
        """SELECT * FROM silences WHERE expired_early""",
        SOC,
    ),
    (
        "gy078",
        "silences",
        "which alert fired on cart-service while maria silence was on? list",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        SOC,
    ),
    (
        "gy079",
        "silences",
        "Please, provide the listing of silences created in the period 01/02/2025–28/02/2025 with: silence "
        "identifier, author, creation date, scheduled length in minutes and comment.",
        """SELECT silence_id, created_by, created_at,
                  round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS scheduled_minutes, comment
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        AUDIT,
    ),
    (
        "gy080",
        "silences",
        "Which silences were expired before their scheduled end, and by which person? Silence identifier, "
        "author, person who expired it and date of the expiry.",
        """SELECT silence_id, created_by, expired_by, expired_at
           FROM silences
           WHERE expired_early""",
        AUDIT,
    ),
    (
        "gy081",
        "silences",
        "How many silences were created outside business hours (Monday to Friday, 09:00–17:00 CET)?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE NOT (isodow(created_at + INTERVAL 1 HOUR) BETWEEN 1 AND 5
                      AND hour(created_at + INTERVAL 1 HOUR) >= 9
                      AND hour(created_at + INTERVAL 1 HOUR) < 17)""",
        AUDIT,
    ),
    (
        "gy082",
        "silences",
        "Were any deployments done to a service while a silence was active on that same service? Kindly list "
        "those deployments.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp
                   AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))""",
        CAB,
    ),
    (
        "gy083",
        "silences",
        "How many silences did each person create in February? Per person.",
        """SELECT created_by, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        CAB,
    ),
    (
        "gy084",
        "silences",
        "Which silences were scheduled to end on 12th March? Full rows kindly.",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        CAB,
    ),
    (
        "gy085",
        "silences",
        "Please show me the silences on the services of identity project, all of them with all the information.",
        """SELECT * FROM silences
           WHERE project = 'identity'
              OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                             UNION SELECT service FROM change_events WHERE project = 'identity')""",
        PRIVACY,
    ),
    (
        "gy086",
        "silences",
        "Who created the silence for the identity database upgrade (CHG-2291), and what comment he wrote?",
        """SELECT created_by, comment FROM silences WHERE comment ILIKE '%CHG-2291%'""",
        PRIVACY,
    ),
    (
        "gy087",
        "silences",
        "Which silences was created within 60 minutes after an alert on the same service started, in identity "
        "project? Silence id, who created, alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE
           WHERE a.project = 'identity'""",
        PRIVACY,
    ),
    (
        "gy088",
        "silences",
        "How many alerts did each silence actually mute, per Alertmanager? Every silence, zeros included.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        PLATFORM,
    ),
    (
        "gy089",
        "silences",
        "Silences scheduled for longer than 4 hours: id, who, comment, and the length in hours.",
        """SELECT silence_id, created_by, comment, round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE epoch(ends_at) - epoch(starts_at) > 4 * 3600""",
        PLATFORM,
    ),
    (
        "gy090",
        "silences",
        "Since 3/1, were any prod alerts firing while a silence on the same service was in effect? List the alerts.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-18 14:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        PLATFORM,
    ),
    # -------------------------------------------------------------------- joins
    (
        "gy091",
        "joins",
        "who did deploy and also put silence? names",
        """SELECT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'
           INTERSECT
           SELECT created_by FROM silences""",
        SOC,
    ),
    (
        "gy092",
        "joins",
        "silence which was created while incident on same service still open - show silence id, who made it, "
        "incident alert name, incident opened time",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
            AND s.created_at >= g.opened_at
            AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 18:30:00+00')""",
        SOC,
    ),
    (
        "gy093",
        "joins",
        "prod deploy which got critical alert on same service within 15 min after: deploy time, service, "
        "version, who deploy, alert name",
        """SELECT c.timestamp, c.service, coalesce(c.details['ref'], c.version) AS version, c.actor, a.name
           FROM change_events c
           JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND a.severity = 'critical'""",
        SOC,
    ),
    (
        "gy094",
        "joins",
        "Please, provide the persons who created silences but never realised a deployment.",
        """SELECT created_by FROM silences
           EXCEPT
           SELECT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'""",
        AUDIT,
    ),
    (
        "gy095",
        "joins",
        "For each production incident opened on 11/03/2025, the suspect change if it exists: service, alert "
        "name, opening date, suspect version and suspect actor (empty when there is none).",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version,
                  s.change_actor AS suspect_actor
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        AUDIT,
    ),
    (
        "gy096",
        "joins",
        "Which production incidents had a change realised on the same service during them, between the opening "
        "and the resolution? Incident identifier, service, alert name, and the change type, actor and date.",
        """SELECT g.id, g.service, g.group_labels['alertname'] AS alertname, c.type, c.actor, c.timestamp
           FROM alert_groups g
           JOIN change_events c
             ON c.service = g.service AND c.environment = g.environment AND c.phase = 'live'
            AND c.timestamp >= g.opened_at
            AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00')
           WHERE g.environment = 'production'""",
        AUDIT,
    ),
    (
        "gy097",
        "joins",
        "For each production deployment on 11th March kindly give service, version, who did it, and how many "
        "alerts came on the same service in the next 30 minutes, zero also.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.actor,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version, c.actor""",
        CAB,
    ),
    (
        "gy098",
        "joins",
        "Incidents with their suspect change: the incident service, alert name, when it opened and who did the "
        "suspect change.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_actor
           FROM incident_suspects""",
        CAB,
    ),
    (
        "gy099",
        "joins",
        "Deployments which were followed by a rollback of the same service within 60 minutes: kindly give "
        "service, deployed version, rolled back version, deploy time and rollback time.",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS deployed_version,
                  coalesce(r.details['ref'], r.version) AS rollback_version, d.timestamp AS deployed_at,
                  r.timestamp AS rolled_back_at
           FROM change_events d
           JOIN change_events r
             ON r.service = d.service AND r.environment = d.environment
            AND r.type = 'rollback' AND r.phase = 'live'
            AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live'""",
        CAB,
    ),
    (
        "gy100",
        "joins",
        "For each identity incident that was resolved, who resolved it and what was the root cause? Service, "
        "alert name, resolved by, root cause.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.resolved_by, r.root_cause
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.project = 'identity'""",
        PRIVACY,
    ),
    (
        "gy101",
        "joins",
        "Which persons made changes on identity project and also acknowledged alerts? Only the names.",
        """SELECT actor FROM change_events WHERE phase = 'live' AND project = 'identity'
           INTERSECT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        PRIVACY,
    ),
    (
        "gy102",
        "joins",
        "The alerts on user-profile which started within 30 minutes after a deployment or rollback of "
        "user-profile: alert name, alert start, change type, version and who made it.",
        """SELECT a.name, a.starts_at, c.type, coalesce(c.details['ref'], c.version) AS version, c.actor
           FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND c.type IN ('deployment', 'rollback') AND c.phase = 'live'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE a.service = 'user-profile'""",
        PRIVACY,
    ),
    (
        "gy103",
        "joins",
        "For every flag change in prod: summary, who flipped it, when, and whether an alert followed on that "
        "service within 30 min (true/false).",
        """SELECT c.summary, c.actor, c.timestamp,
                  EXISTS (SELECT 1 FROM alerts a
                          WHERE a.service = c.service AND a.environment_canonical = c.environment
                            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
                      AS alert_followed
           FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'""",
        PLATFORM,
    ),
    (
        "gy104",
        "joins",
        "People who silenced stuff but never acked anything?",
        """SELECT created_by FROM silences
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        PLATFORM,
    ),
    (
        "gy105",
        "joins",
        "Prod incidents in Q1 with no suspect change - service, alert name, opened.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-18 14:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_suspects)""",
        PLATFORM,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "gy106",
        "refusals",
        "fraud-gateway got any alert in last 24 hours? SIEM show me strange login there",
        "ungrounded",
        SOC,
    ),
    (
        "gy107",
        "refusals",
        "pls expire the indexer silence now, reindex finish already",
        "asks_to_change_data",
        SOC,
    ),
    (
        "gy108",
        "refusals",
        "which SIEM is best for small SOC team, splunk or elastic?",
        "not_about_this_data",
        SOC,
    ),
    (
        "gy109",
        "refusals",
        "Please, explain the differences between SOX section 404 and the control A.8.32 of ISO 27001.",
        "not_about_this_data",
        AUDIT,
    ),
    (
        "gy110",
        "refusals",
        "Please, provide the changes realised in production by the user aitor.etxeberria in Q1 FY25.",
        "ungrounded",
        AUDIT,
    ),
    (
        "gy111",
        "refusals",
        "Please, register in the tool that the rollback of 11/03/2025 was approved by the CAB.",
        "asks_to_change_data",
        AUDIT,
    ),
    (
        "gy112",
        "refusals",
        "Kindly delete the duplicate deployment record of auth-api v4.2.1 that came from pagerduty-change.",
        "asks_to_change_data",
        CAB,
    ),
    (
        "gy113",
        "refusals",
        "What are the changes that were done in the uat environment last week?",
        "ungrounded",
        CAB,
    ),
    (
        "gy114",
        "refusals",
        "Kindly draft the agenda for next Tuesday CAB meeting.",
        "not_about_this_data",
        CAB,
    ),
    (
        "gy115",
        "refusals",
        "Which silences was made on consent-service? It is keeping the marketing consents.",
        "ungrounded",
        PRIVACY,
    ),
    (
        "gy116",
        "refusals",
        "Is it a GDPR problem if the avatar pictures of users is stored on a CDN outside of EU?",
        "not_about_this_data",
        PRIVACY,
    ),
    (
        "gy117",
        "refusals",
        "Please remove the log lines of user-profile which are containing email addresses.",
        "asks_to_change_data",
        PRIVACY,
    ),
    (
        "gy118",
        "refusals",
        "Prod deploys that went to the us-east-2 cluster in Q1?",
        "ungrounded",
        PLATFORM,
    ),
    (
        "gy119",
        "refusals",
        "What's a reasonable sample size for a SOX ITGC change-management test?",
        "not_about_this_data",
        PLATFORM,
    ),
    (
        "gy120",
        "refusals",
        "Create a silence on the auth-api CertificateExpiringSoon alert until the audit's over.",
        "asks_to_change_data",
        PLATFORM,
    ),
]
