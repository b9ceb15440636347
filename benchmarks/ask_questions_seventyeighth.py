"""The seventy-eighth ask question set: ids ry001..ry120, 15 per category.

Written by an outside author who saw neither the parser nor its tests nor the paraphrases, at the same time as the
seventy-ninth set's author, whose file was never opened. What the author read, and nothing else: the brief
(``h_set_common.md``) and, in the same first command, the workplace's ``env/README.md`` about the machine;
``DESIGN.md`` whole; ``docs/store.md`` whole (the terminal cut its middle, which was printed again by line range); the
headings of ``docs/ask.md`` listed with grep and its "Shapes and joins" section alone, printed by line range in two
pieces (taken as the rules for the shape of every gold answer); the module docstring of ``ask_questions`` (the
terminal cut about eighty lines of its middle, which were not printed again) and the code of its ``_question`` and
``validate``; the module docstrings of the earlier sets, printed with ``ast`` into a scratch file and grepped for
people, cities, organisations, trades and languages (the forty-ninth's read whole, its "Conventions" followed where a
question leaves room, and the seventy-seventh's read whole for the latest wording); the first ten rows of
``ask_questions_thirtieth`` imported in Python and the lines defining its now constants (one grep), for the format;
the signature of ``sql_guard.safe`` (to call the gate, not its code); and the demo store, copied and opened read-only
(records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage).
Beyond that only file names seen in a listing of ``benchmarks/`` and an empty ``git status``. Each row is ``(id,
category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``, ``asks_to_change_data``,
``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views, each passed through the
gate and run on the copy, each returning rows.

Five people ask, none of whom an earlier docstring names (no Calgary, Cork, Pittsburgh, Stuttgart or Nagoya; no
children's hospital, parcel-locker network, language-learning app, e-bike maker or certification body). This time
the voices are plain workplace English of varied fluency rather than dialect. Each asks three questions in every
category (24 each, three of them refusals), with their own now:

- the on-call database administrator of a children's hospital in Calgary, whose patient portal signs in through the
  identity services and takes parking and pharmacy payments through checkout, paged at 03:40 MDT on Wednesday 12
  March (2025-03-12 09:40 UTC): clipped pager style, lower case, no articles, "yday", "rn", "svc", "pay-api",
  "ttr", "#" for number, "->" before the columns wanted, "w/", "pls"; thinks in Postgres, connection pools and Hikari;
- a junior SRE in the first week at a parcel-locker network in Cork (started Monday 10 March), at 10:15 GMT on
  Thursday 13 March (2025-03-13 10:15 UTC): polite, apologetic, unsure of the words ("sorry if this is a basic one",
  "I think", "silence = mute, right?", "not sure if a release is the same thing as a deploy here"), now and then
  says why it asks;
- a product manager of a language-learning app in Pittsburgh, whose subscriptions are paid through checkout, at
  11:00 EDT on Friday 14 March (2025-03-14 15:00 UTC): vague business words ("went wrong", "gut check", "ballpark",
  "what did we ship to customers", "gave us the most trouble", "a heads-up", "release quality", "the exec sync",
  "the quality review"), the product's parts for projects;
- a platform engineer on weekend call ("Bereitschaft") for an e-bike maker's web shop in Stuttgart, whose first
  language is German, at 09:00 CET on Saturday 15 March (2025-03-15 08:00 UTC): German translated word for word
  ("Which alerts have there been", "Give me please", "How much error log lines", "from whom", "Since when is ...
  firing", "came over Alertmanager", "So to say", "rounded on one decimal"), dates as "the 11.3.", clocks as "22 and
  6 o'clock";
- an external ISO/IEC 27001 surveillance auditor of a certification body in Nagoya, whose first language is Japanese,
  at 10:30 JST on Monday 17 March (2025-03-17 01:30 UTC): formal and literal ("Please teach me", "human persons",
  "which were done", "Each person only one time", "Please include also"), dates with their year, one clock with UTC.

42 of the 105 questions that are not refusals relate two kinds of record: filters ry002, ry005, ry008, ry011, ry014
(critical alerts after deploys, payments-api alerts after the v2.14.0 deploy, checkout alerts since the New checkout
flow flag, alerts in the half hour before a rollback, alerts firing under a silence of their service); time ry017,
ry018, ry021, ry027 (changes before the first Hikari alert, payments-api alerts firing when the rollback went live,
the first alert after the v2.14.0 deploy, changes before the first PaymentsAPIErrorBudgetBurn alert); aggregates
ry033, ry037, ry038, ry040, ry045 (alerts after each production deploy, the share of deploys followed by an alert,
the mean alerts in the hour after a deploy, payments-api error lines after the v2.14.0 deploy, the share of incidents
with an early warning); top_n ry048, ry050, ry056, ry060 (whose deploys were suspects, alerts after a service's own
deploys, early warnings per incident service, suspects per change type); changes ry063, ry066, ry068, ry072, ry074
(changes while an incident was open, deploys with no alert after, deploys blamed for incidents, checkout changes
before the first checkout-web alert, changes while the service was silenced); silences ry078, ry082, ry087, ry090
(silences created during incidents, silence authors while payments-api was down, alerts held back by kenji's
silences, silences that held something back); and all fifteen joins (ry091..ry105). The time from the v2.14.0
deploy to its rollback (ry024) relates two changes and is not counted.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (the pager, the boards and the audit scope
  all run on UTC), so no question is read in another zone. The nows: Calgary Wednesday 2025-03-12 09:40, Cork
  Thursday 2025-03-13 10:15, Pittsburgh Friday 2025-03-14 15:00, Stuttgart Saturday 2025-03-15 08:00, Nagoya Monday
  2025-03-17 01:30, all after every record. "Yday" (Calgary), "11 mar", "Tuesday", "the 11.3." are ``[2025-03-11,
  2025-03-12)``; "yesterday" (Cork) ``[2025-03-12, 2025-03-13)``; "since I started on Monday" and "this week"
  ``[2025-03-10, now]``; "last week" for the product manager ``[2025-03-03, 2025-03-10)``, for the auditor
  ``[2025-03-10, 2025-03-17)``; "this month" from 2025-03-01 to now; "in March 2025" and "created in March 2025"
  ``[2025-03-01, 2025-04-01)``; "February 2025", "1 February to 28 February 2025" ``[2025-02-01, 2025-03-01)``,
  "January" ``[2025-01-01, 2025-02-01)``; "1 January 2025 to 16 March 2025" ``[2025-01-01, 2025-03-17)``; "last 30d",
  "last 7d" ``(now - N days, now]``; "the night from Tuesday to Wednesday between 22 and 6 o'clock" ``[2025-03-11
  22:00, 2025-03-12 06:00)``; "at 3pm that day" and "at 2025-03-11 15:00 UTC" the instant. A thing is in a window by
  its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a sample's or a log line's
  ``timestamp``). "Still open rn", "firing right now", "at the moment" are the state at now; "was firing at" an
  instant the state then; "active at some point on Tuesday" a silence whose real span meets that day; a silence
  "ended this week" by the earlier of ``ends_at`` and ``expired_at``.
- Alerts are the ``alerts`` view's rows (every column for a list); "db alerts" and "db incidents" are the alert names
  that say database in their own words: ``PostgresqlTooManyConnections``, ``DBPoolPendingAcquiresHigh`` and
  ``HikariPoolPendingConnections`` (``group_labels['alertname']`` for incidents); "the hikari alert" is
  ``HikariPoolPendingConnections``; "checkout" and "the checkout project" are ``project = 'checkout'``; "identity
  svcs" for silences are the identity project's services (from its alerts and changes) beside a ``project`` matcher
  on identity; "part of the product" is the project; "went wrong", "gave us trouble", "fires the most" count alerts.
  Incidents are ``alert_groups`` rows, open from ``opened_at`` to ``resolved_at`` (to now while NULL); silences the
  ``silences`` view's rows, in place from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("really
  in place"), their "scheduled length" from ``starts_at`` to ``ends_at``. Changes are their ``phase = 'live'``
  reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is two rows),
  "rollbacks", "releases", "config changes", "feature flags switched" their types, "changes" every live report of
  any type. "The v2.14.0 deploy" is the live production deployment of payments-api v2.14.0 (2025-03-11 14:31:22);
  "the new checkout flow" the live production flag change whose summary names it; "the rollback" on Tuesday the live
  payments-api rollback (14:56:37). A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` /
  ``change_version`` in the incident views); "in prod rn" / "at the moment" is the version of the last live
  deployment or rollback of that service and environment. "Humans only, not the bots" and "human persons and not
  automatic tools" leave out ``argocd (automated)`` and ``deployment-controller``; people are as stored ("kenji",
  "maria" are ``ILIKE``). "Who" answers the people once each; "and who did it", "and from whom", "and by whom" keep
  the rows, which name their people. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``.
- Relations keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``): "w/in 30m after", "in the 15 minutes after", "within an hour" are ``[t, t +
  N]``; "the half hour before a rollback" and "in the hour before" ``[t - N, t]``; changes before an alert are those
  of its environment (production), any service unless the project is named (ry072: checkout). "Since we turned on the
  new checkout flow" runs from that one flag change to now; "the first alert after the v2.14.0 deploy" is the
  earliest start at or after it, any service; "from the v2.14.0 deploy to the rollback" runs to the first live
  payments-api production rollback at or after it; "how long was payments down on Tuesday" from the first of that
  day's payments-api alerts' start to the last one's end, and "while payments was down" is that same span, any
  service ("on any service"). A silence meets the other side on its service and, when it pins one, its environment:
  alerts "firing while a silence on the same service was in effect" share a moment with its real span (an alert still
  firing lasts until now); silences "created during an open incident" were created inside the incident's span, ends
  included; silences "created within an hour after an alert started" in ``[start, start + 60 min]``, one row per
  pair; changes "while that service was silenced" fall inside the silence's real span (start included, end
  excluded). Changes "while an incident of the same service was open" have their time inside the incident's span,
  ends included. Incidents "within 30 minutes after a production deploy" opened in ``[t, t + 30]``; early warnings
  meet deploys on their ``service`` and ``environment`` labels. "Suspect" is ``incident_suspects``: "whose deploys
  got blamed" counts distinct incidents per ``change_actor`` of suspect deployments; "which deploys caused
  incidents" are the ``change_events`` deployments some incident names as suspect; "which type of change was the
  suspect" counts distinct incidents per ``change_type``; "no suspect change" an anti-join. "Early warnings before"
  is ``incident_warnings``; "how many minutes ahead the first early warning came" its ``max(lead_min)`` per
  incident; "top 3 log patterns before" ``incident_log_patterns`` with ``rank <= 3``; "how they got fixed" and "a
  write-up of how they were fixed" join ``alert_groups`` to ``resolutions``. "For each" / "for every" is one row per
  thing with 0 where none met (a ``LEFT JOIN``), with the columns the question lists. "Held back" / "hide from us" /
  "really muted" is ``alert_mutes`` by ``silenced_by``. Acks name their alert by their ``alertname`` and ``service``
  equality matchers and were "done while the alert was still firing" when such an alert was on at the ack's time.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones, silences as really in place); percentages ``round(100.0 * part / whole, 1)`` over the rows the question
  selects (ry036 Tuesday's alerts, ry037 every live production deployment, ry045 every incident); "on average, how
  many alerts followed each production deploy within an hour" the mean of per-deploy counts, 0 included; "this week
  compared with last week" and "February vs January" two counts side by side named by their periods; "how many
  deploys and how many rollbacks per service" two counts side by side per service; counts per value most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("just the
  top one", "only the first", "the two persons" because third place is a tie). "Which two hours of the 11.3." are
  the UTC hour starts with their counts.
- Refusals: the service "patient-db", the service "locker-api", the service "lesson-player", the cluster
  "k8s-stuttgart-01" and the person "takahashi.k" are ungrounded; a Postgres ``max_connections`` recommendation,
  what an SLO is, a customer apology, a PodDisruptionBudget how-to and what ISO/IEC 27001 Annex A 8.32 requires are
  not about this data; acking alerts, silencing an alert, deleting staging alerts, lengthening a silence and writing
  an audit-log entry ask to change the data.
"""

DBA = "2025-03-12T09:40:00+00:00"
JUNIOR = "2025-03-13T10:15:00+00:00"
PM = "2025-03-14T15:00:00+00:00"
GERMAN = "2025-03-15T08:00:00+00:00"
AUDITOR = "2025-03-17T01:30:00+00:00"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "ry001",
        "filters",
        "db alerts in prod, all time. full rows pls",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                          'HikariPoolPendingConnections')""",
        DBA,
    ),
    (
        "ry002",
        "filters",
        "crit alerts w/in 30m after a prod deploy, same svc",
        """SELECT * FROM alerts a
           WHERE a.severity = 'critical' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        DBA,
    ),
    (
        "ry003",
        "filters",
        "token-service alerts still open rn? any env",
        """SELECT * FROM alerts
           WHERE service = 'token-service'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:40:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 09:40:00+00')""",
        DBA,
    ),
    (
        "ry004",
        "filters",
        "Sorry if this is a basic one: which alerts are firing right now in production? The ones that haven't "
        "cleared yet, I mean.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 10:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 10:15:00+00')""",
        JUNIOR,
    ),
    (
        "ry005",
        "filters",
        "I'm reading up on Tuesday's outage. Which payments-api alerts went off in the 15 minutes after the v2.14.0 "
        "deploy went out to production?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN (
                     SELECT min(timestamp) FROM change_events
                     WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                       AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
                 AND (
                     SELECT min(timestamp) FROM change_events
                     WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                       AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 15 MINUTE""",
        JUNIOR,
    ),
    (
        "ry006",
        "filters",
        "yesterday's alerts with severity warning please - I mean the alert severity, not the early warnings "
        "feature, if those are different things",
        """SELECT * FROM alerts
           WHERE severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        JUNIOR,
    ),
    (
        "ry007",
        "filters",
        "Can you pull up everything that went wrong in checkout on Tuesday? The alerts are fine.",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PM,
    ),
    (
        "ry008",
        "filters",
        "Since we turned on the new checkout flow in production, what alerts has checkout had?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= (
                 SELECT min(timestamp) FROM change_events
                 WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                   AND summary ILIKE '%new checkout flow%')
             AND starts_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        PM,
    ),
    (
        "ry009",
        "filters",
        "Quick gut check before the exec sync: are any incidents still open right now?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 15:00:00+00')""",
        PM,
    ),
    (
        "ry010",
        "filters",
        "Which alerts with severity critical have there been in staging on the 11.3.?",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        GERMAN,
    ),
    (
        "ry011",
        "filters",
        "Give me please all alerts which came in the half hour before a rollback of the same service. So to say, "
        "what brought the people to roll back.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'rollback' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp - INTERVAL 30 MINUTE AND c.timestamp)""",
        GERMAN,
    ),
    (
        "ry012",
        "filters",
        "Which alerts came this week not over Alertmanager but over another way?",
        """SELECT * FROM alerts
           WHERE source <> 'alertmanager'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 08:00:00+00'""",
        GERMAN,
    ),
    (
        "ry013",
        "filters",
        "Please show me the changes in production which were done by human persons and not by automatic tools "
        "(argocd, deployment-controller) in last week.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        AUDITOR,
    ),
    (
        "ry014",
        "filters",
        "Please teach me the alerts which were firing while a silence on the same service was in effect.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                 AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-17 01:30:00+00') > s.starts_at)""",
        AUDITOR,
    ),
    (
        "ry015",
        "filters",
        "I would like to see all snooze records of the audit log in March 2025.",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ time
    (
        "ry016",
        "time",
        "alerts/hr 11 mar, prod, utc",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        DBA,
    ),
    (
        "ry017",
        "time",
        "what changed in the 2h before 1st hikari alert yday? prod, any svc",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE name = 'HikariPoolPendingConnections'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 2 HOUR
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE name = 'HikariPoolPendingConnections'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        DBA,
    ),
    (
        "ry018",
        "time",
        "pay-api alerts still firing at the moment yday's rollback went live?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at <= (
                 SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL OR ends_at > (
                 SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        DBA,
    ),
    (
        "ry019",
        "time",
        "Since I started on Monday, how many alerts have there been each day?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 10:15:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        JUNIOR,
    ),
    (
        "ry020",
        "time",
        "I'm trying to follow the outage timeline from Tuesday - what was firing at 3pm that day?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        JUNIOR,
    ),
    (
        "ry021",
        "time",
        "After the payments-api v2.14.0 deploy went live, when did the first alert start? Just the time is fine.",
        """SELECT min(starts_at) AS first_alert_at
           FROM alerts
           WHERE starts_at >= (
                   SELECT min(timestamp) FROM change_events
                   WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                     AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
             AND starts_at <= TIMESTAMPTZ '2025-03-13 10:15:00+00'""",
        JUNIOR,
    ),
    (
        "ry022",
        "time",
        "How many alerts did we get this week compared with last week?",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00') AS alerts_this_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_last_week
           FROM alerts""",
        PM,
    ),
    (
        "ry023",
        "time",
        "Ballpark, how long was payments down on Tuesday? Minutes is fine.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 15:00:00+00')))
                        - epoch(min(starts_at))) / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PM,
    ),
    (
        "ry024",
        "time",
        "From the payments v2.14.0 deploy going live in production to the rollback going live, how many minutes "
        "passed?",
        """SELECT round((epoch((
                   SELECT min(timestamp) FROM change_events
                   WHERE service = 'payments-api' AND environment = 'production' AND type = 'rollback'
                     AND phase = 'live'
                     AND timestamp >= (
                         SELECT min(timestamp) FROM change_events
                         WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                           AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')))
                 - epoch((
                   SELECT min(timestamp) FROM change_events
                   WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                     AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0'))) / 60, 1) AS minutes""",
        PM,
    ),
    (
        "ry025",
        "time",
        "Since when is the KubePodCrashLooping alert of token-service in staging firing? Only the time please.",
        """SELECT min(starts_at) AS firing_since
           FROM alerts
           WHERE name = 'KubePodCrashLooping' AND service = 'token-service' AND environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-15 08:00:00+00')""",
        GERMAN,
    ),
    (
        "ry026",
        "time",
        "What was in the night from Tuesday to Wednesday between 22 and 6 o'clock? All alerts please.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        GERMAN,
    ),
    (
        "ry027",
        "time",
        "Which changes were made in production in the 15 minutes before the first PaymentsAPIErrorBudgetBurn alert "
        "on the 11.3. began?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE name = 'PaymentsAPIErrorBudgetBurn'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 15 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE name = 'PaymentsAPIErrorBudgetBurn'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        GERMAN,
    ),
    (
        "ry028",
        "time",
        "Please tell me the number of changes in production for each day of February 2025.",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS changes
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY day
           ORDER BY changes DESC, day""",
        AUDITOR,
    ),
    (
        "ry029",
        "time",
        "I need to confirm the state at one moment: which silences were in effect at 2025-03-11 15:00 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        AUDITOR,
    ),
    (
        "ry030",
        "time",
        "For the review period 1 February to 28 February 2025, please give me the number of incidents per week.",
        """SELECT date_trunc('week', opened_at) AS week, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY week
           ORDER BY incidents DESC, week""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "ry031",
        "aggregates",
        "avg ttr db incidents, mins",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE group_labels['alertname'] IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                                               'HikariPoolPendingConnections')
             AND resolved_at IS NOT NULL""",
        DBA,
    ),
    (
        "ry032",
        "aggregates",
        "max hikaricp_connections_pending 11 mar",
        """SELECT max(value) AS max_value
           FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DBA,
    ),
    (
        "ry033",
        "aggregates",
        "# alerts in 15m after each prod deploy, zeros too -> svc, ver, time, count",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY ALL
           ORDER BY c.timestamp""",
        DBA,
    ),
    (
        "ry034",
        "aggregates",
        "how many alerts have we had since Monday in total? just alerts, not incidents (I'm told those are different)",
        """SELECT count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 10:15:00+00'""",
        JUNIOR,
    ),
    (
        "ry035",
        "aggregates",
        "on average how long does an incident stay open before it gets resolved? in minutes please",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_open
           FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        JUNIOR,
    ),
    (
        "ry036",
        "aggregates",
        "what share of Tuesday's alerts were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        JUNIOR,
    ),
    (
        "ry037",
        "aggregates",
        "What percent of our production deploys were followed by an alert within 15 minutes? Trying to get a feel "
        "for release quality.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
                  AS pct_followed_by_alert
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        PM,
    ),
    (
        "ry038",
        "aggregates",
        "On average, how many alerts followed each production deploy within an hour?",
        """SELECT round(avg(alerts), 1) AS avg_alerts_per_deploy
           FROM (
               SELECT c.id, count(a.fingerprint) AS alerts
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        PM,
    ),
    (
        "ry039",
        "aggregates",
        "Incidents in February vs January - how many each?",
        """SELECT
               count(*) FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                                  AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00') AS incidents_february,
               count(*) FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                                  AND opened_at < TIMESTAMPTZ '2025-02-01 00:00:00+00') AS incidents_january
           FROM alert_groups""",
        PM,
    ),
    (
        "ry040",
        "aggregates",
        "How much error log lines had payments-api in the 30 minutes after the v2.14.0 deploy?",
        """SELECT count(*) AS error_lines
           FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN (
                     SELECT min(timestamp) FROM change_events
                     WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                       AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')
                 AND (
                     SELECT min(timestamp) FROM change_events
                     WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                       AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 30 MINUTE""",
        GERMAN,
    ),
    (
        "ry041",
        "aggregates",
        "How many deploys and how many rollbacks were there per service, over the whole time?",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND type IN ('deployment', 'rollback')
           GROUP BY service
           ORDER BY deploys DESC, service""",
        GERMAN,
    ),
    (
        "ry042",
        "aggregates",
        "Give me please the average sigma of the early warnings for each metric, rounded on one decimal.",
        """SELECT metric_key, round(avg(sigma), 1) AS avg_sigma
           FROM warnings
           GROUP BY metric_key
           ORDER BY avg_sigma DESC""",
        GERMAN,
    ),
    (
        "ry043",
        "aggregates",
        "Please tell me the average length of the silences in minutes, as they were really in place (until their "
        "end or until somebody expired them).",
        """SELECT round(avg(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                  AS avg_minutes_in_place
           FROM silences""",
        AUDITOR,
    ),
    (
        "ry044",
        "aggregates",
        "How many acknowledgements did each person make? Person and number, please.",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor""",
        AUDITOR,
    ),
    (
        "ry045",
        "aggregates",
        "What percent of the incidents had an early warning before them? For the whole recorded period.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
                  AS pct_with_early_warning
           FROM alert_groups""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "ry046",
        "top_n",
        "top 3 svcs by crit alerts, all time",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE severity = 'critical'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        DBA,
    ),
    (
        "ry047",
        "top_n",
        "top 5 payments-api log patterns by err count",
        """SELECT template, sum(errors) AS errors
           FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template_id, template
           ORDER BY errors DESC, template
           LIMIT 5""",
        DBA,
    ),
    (
        "ry048",
        "top_n",
        "whose deploys got blamed (suspect) for the most incidents? top 1 only",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        DBA,
    ),
    (
        "ry049",
        "top_n",
        "which alert fires the most? the name of it, just the top one",
        """SELECT name, count(*) AS alerts
           FROM alerts
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        JUNIOR,
    ),
    (
        "ry050",
        "top_n",
        "which 3 services got the most alerts within 15 min after one of their own deploys?",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 3""",
        JUNIOR,
    ),
    (
        "ry051",
        "top_n",
        "who makes the most silences? top 2 people",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 2""",
        JUNIOR,
    ),
    (
        "ry052",
        "top_n",
        "Which part of the product had the most incidents this month? By project, just the top one.",
        """SELECT project, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY project
           ORDER BY incidents DESC, project
           LIMIT 1""",
        PM,
    ),
    (
        "ry053",
        "top_n",
        "Which 3 services gave us the most trouble this week, going by alerts?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        PM,
    ),
    (
        "ry054",
        "top_n",
        "Who are our most active deployers? Top 3, humans only, not the bots.",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 3""",
        PM,
    ),
    (
        "ry055",
        "top_n",
        "Which two hours of the 11.3. had the most alerts?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 2""",
        GERMAN,
    ),
    (
        "ry056",
        "top_n",
        "Which service had the most early warnings before its incidents, all together? Only the first.",
        """SELECT service, count(*) AS warnings
           FROM incident_warnings
           GROUP BY service
           ORDER BY warnings DESC, service
           LIMIT 1""",
        GERMAN,
    ),
    (
        "ry057",
        "top_n",
        "Who has made the most config changes? Only the top one.",
        """SELECT actor, count(*) AS config_changes
           FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
           GROUP BY actor
           ORDER BY config_changes DESC, actor
           LIMIT 1""",
        GERMAN,
    ),
    (
        "ry058",
        "top_n",
        "Please show me the two persons who acknowledged the most alerts, with the number.",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        AUDITOR,
    ),
    (
        "ry059",
        "top_n",
        "Which alert name was held back by Alertmanager most often? Please only the first one.",
        """SELECT name, count(*) AS held_back
           FROM alert_mutes
           GROUP BY name
           ORDER BY held_back DESC, name
           LIMIT 1""",
        AUDITOR,
    ),
    (
        "ry060",
        "top_n",
        "Which type of change was the suspect for the most incidents? Please show the type and the number.",
        """SELECT change_type, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           GROUP BY change_type
           ORDER BY incidents DESC, change_type
           LIMIT 1""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ changes
    (
        "ry061",
        "changes",
        "prod deploys to identity svcs, last 30d",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND project = 'identity' AND environment = 'production'
             AND timestamp > TIMESTAMPTZ '2025-03-12 09:40:00+00' - INTERVAL 30 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:40:00+00'""",
        DBA,
    ),
    (
        "ry062",
        "changes",
        "token-service ver in prod rn?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'token-service' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        DBA,
    ),
    (
        "ry063",
        "changes",
        "prod changes made while an incident was open on same svc, last 7d",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp > TIMESTAMPTZ '2025-03-12 09:40:00+00' - INTERVAL 7 DAY
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 09:40:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:40:00+00'))""",
        DBA,
    ),
    (
        "ry064",
        "changes",
        "not sure if a release is the same thing as a deploy here, but can you list this week's releases?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 10:15:00+00'""",
        JUNIOR,
    ),
    (
        "ry065",
        "changes",
        "which deploys went out to staging on Tuesday?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        JUNIOR,
    ),
    (
        "ry066",
        "changes",
        "which production deploys had no alerts at all in the 15 minutes after them? (trying to learn what a clean "
        "deploy looks like)",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        JUNIOR,
    ),
    (
        "ry067",
        "changes",
        "What did we ship to customers on Tuesday? Just the production deploys.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PM,
    ),
    (
        "ry068",
        "changes",
        "Which deploys caused incidents? I want a list for the quality review.",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        PM,
    ),
    (
        "ry069",
        "changes",
        "Did we have to roll anything back this month, and who did it?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        PM,
    ),
    (
        "ry070",
        "changes",
        "Which versions of auth-api are in staging and in production at the moment?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'auth-api' AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        GERMAN,
    ),
    (
        "ry071",
        "changes",
        "Which feature flags were switched in production this week, and from whom?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 08:00:00+00'""",
        GERMAN,
    ),
    (
        "ry072",
        "changes",
        "Which changes in the checkout project were there in the hour before the first alert of checkout-web on the "
        "11.3.?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'checkout-web'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'checkout-web'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        GERMAN,
    ),
    (
        "ry073",
        "changes",
        "Please provide the list of configuration changes in production in the period from 1 January 2025 to 16 "
        "March 2025.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        AUDITOR,
    ),
    (
        "ry074",
        "changes",
        "Were there changes on a service while that service was silenced? I would like to see these changes.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        AUDITOR,
    ),
    (
        "ry075",
        "changes",
        "Please tell me who made the rollbacks. Each person only one time.",
        """SELECT DISTINCT actor
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ silences
    (
        "ry076",
        "silences",
        "silences on identity svcs, all time",
        """SELECT * FROM silences
           WHERE project = 'identity'
              OR service IN (
                  SELECT service FROM alerts WHERE project = 'identity'
                  UNION
                  SELECT service FROM change_events WHERE project = 'identity')""",
        DBA,
    ),
    (
        "ry077",
        "silences",
        "who snoozed HighLatencyP99, # each",
        """SELECT actor, count(*) AS snoozes
           FROM audit_log
           WHERE action = 'snooze'
             AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0
           GROUP BY actor
           ORDER BY snoozes DESC, actor""",
        DBA,
    ),
    (
        "ry078",
        "silences",
        "silences made during an open incident on same svc -> id, author, comment",
        """SELECT s.silence_id, s.created_by, s.comment
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:40:00+00'))""",
        DBA,
    ),
    (
        "ry079",
        "silences",
        "which silences were active at some point on Tuesday? (silence = mute, right?)",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        JUNIOR,
    ),
    (
        "ry080",
        "silences",
        "who put the silence on cart-service, and who took it off?",
        """SELECT created_by, expired_by
           FROM silences
           WHERE service = 'cart-service'""",
        JUNIOR,
    ),
    (
        "ry081",
        "silences",
        "how many silences has kenji created in total?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE created_by ILIKE '%kenji%'""",
        JUNIOR,
    ),
    (
        "ry082",
        "silences",
        "Did anyone mute anything, on any service, while payments was down on Tuesday? Who?",
        """SELECT DISTINCT created_by
           FROM silences
           WHERE created_at >= (
                   SELECT min(starts_at) FROM alerts
                   WHERE service = 'payments-api'
                     AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                     AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND created_at <= (
                   SELECT max(ends_at) FROM alerts
                   WHERE service = 'payments-api'
                     AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                     AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        PM,
    ),
    (
        "ry083",
        "silences",
        "How many alerts did our silences actually hide from us? One number is enough.",
        """SELECT count(*) AS alerts_held_back
           FROM alert_mutes
           WHERE len(silenced_by) > 0""",
        PM,
    ),
    (
        "ry084",
        "silences",
        "Which silences ended this week?",
        """SELECT * FROM silences
           WHERE least(ends_at, coalesce(expired_at, ends_at)) >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) <= TIMESTAMPTZ '2025-03-14 15:00:00+00'""",
        PM,
    ),
    (
        "ry085",
        "silences",
        "Which silences have been created outside of the business hours?",
        """SELECT * FROM silences
           WHERE NOT (dayofweek(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        GERMAN,
    ),
    (
        "ry086",
        "silences",
        "How long was the silence of maria on cart-service really in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                  AS minutes_in_place
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        GERMAN,
    ),
    (
        "ry087",
        "silences",
        "Which alerts were held back by the silences of kenji?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%kenji%' AND list_contains(m.silenced_by, s.silence_id))""",
        GERMAN,
    ),
    (
        "ry088",
        "silences",
        "Please show me the silences which were ended before their planned end, and by whom.",
        """SELECT * FROM silences
           WHERE expired_early""",
        AUDITOR,
    ),
    (
        "ry089",
        "silences",
        "For each silence created in March 2025, please tell me the author and the scheduled length in minutes.",
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS scheduled_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        AUDITOR,
    ),
    (
        "ry090",
        "silences",
        "Which silences really muted some alert, according to Alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ joins
    (
        "ry091",
        "joins",
        "incidents w/ suspect, last 30d -> svc, alertname, opened, suspect ver, lag mins",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS suspect_version,
                  round(lag_s / 60, 1) AS lag_minutes
           FROM incident_suspects
           WHERE opened_at > TIMESTAMPTZ '2025-03-12 09:40:00+00' - INTERVAL 30 DAY
             AND opened_at <= TIMESTAMPTZ '2025-03-12 09:40:00+00'""",
        DBA,
    ),
    (
        "ry092",
        "joins",
        "early warnings before the hikari incident, all cols",
        """SELECT * FROM incident_warnings
           WHERE group_labels['alertname'] = 'HikariPoolPendingConnections'""",
        DBA,
    ),
    (
        "ry093",
        "joins",
        "db incidents w/ resolution -> svc, alert, root cause, fix, who",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.root_cause, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.group_labels['alertname'] IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                                                 'HikariPoolPendingConnections')""",
        DBA,
    ),
    (
        "ry094",
        "joins",
        "which incidents have a suspect change? (that's the deploy that probably caused it, I think?)",
        """SELECT * FROM incident_suspects""",
        JUNIOR,
    ),
    (
        "ry095",
        "joins",
        "for every deploy on Tuesday: service, environment, when it went live and how many alerts fired on that "
        "service in the 30 min after",
        """SELECT c.service, c.environment, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.environment, c.timestamp""",
        JUNIOR,
    ),
    (
        "ry096",
        "joins",
        "which silences were created within an hour after an alert started on the same service? silence id, who "
        "made it, the alert name and when the alert started",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE""",
        JUNIOR,
    ),
    (
        "ry097",
        "joins",
        "Which incidents started within 30 minutes after a production deploy of the same service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PM,
    ),
    (
        "ry098",
        "joins",
        "For this week's incidents that we got a heads-up on: service, alert name and how many minutes ahead the "
        "first early warning came.",
        """SELECT service, group_labels['alertname'] AS alertname, max(lead_min) AS minutes_ahead
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 15:00:00+00'
           GROUP BY group_id, service, alertname""",
        PM,
    ),
    (
        "ry099",
        "joins",
        "Which of Tuesday's incidents have a write-up of how they were fixed? The incident's service, alert name and "
        "the fix.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PM,
    ),
    (
        "ry100",
        "joins",
        "Which early warnings came in the hour after a production deploy of the same service? All columns of the "
        "warnings.",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                 AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        GERMAN,
    ),
    (
        "ry101",
        "joins",
        "Which incidents from the 11.3. in production had no suspect change?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        GERMAN,
    ),
    (
        "ry102",
        "joins",
        "For each incident of payments-api on the 11.3., which were the top 3 log patterns before it? Incident, "
        "pattern and lines.",
        """SELECT group_id, template, lines
           FROM incident_log_patterns
           WHERE group_service = 'payments-api' AND rank <= 3
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        GERMAN,
    ),
    (
        "ry103",
        "joins",
        "Please tell me who made changes in production while an incident of the same service was open. Each one "
        "only one time.",
        """SELECT DISTINCT c.actor
           FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 01:30:00+00'))""",
        AUDITOR,
    ),
    (
        "ry104",
        "joins",
        "How many alerts did Alertmanager hold back under each silence? Please include also the silences with zero.",
        """SELECT s.silence_id, count(m.id) AS alerts_held_back
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY alerts_held_back DESC, s.silence_id""",
        AUDITOR,
    ),
    (
        "ry105",
        "joins",
        "Please list the acknowledgements which were done while the acknowledged alert was still firing.",
        """SELECT * FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = (list_filter(l.matchers, m -> m.name = 'alertname'))[1].value
                   AND a.service = (list_filter(l.matchers, m -> m.name = 'service'))[1].value
                   AND a.starts_at <= l.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))""",
        AUDITOR,
    ),
    # ------------------------------------------------------------------ refusals
    ("ry106", "refusals", "ack all open pay-api alerts pls, paging me every 5 min", "asks_to_change_data", DBA),
    ("ry107", "refusals", "patient-db alerts last 24h?", "ungrounded", DBA),
    ("ry108", "refusals", "sane max_connections for pg 16 behind pgbouncer? 64GB box", "not_about_this_data", DBA),
    (
        "ry109",
        "refusals",
        "sorry, unrelated: can you explain what an SLO actually is? my lead keeps saying it in standup",
        "not_about_this_data",
        JUNIOR,
    ),
    (
        "ry110",
        "refusals",
        "could you silence the HighLatencyP99 alert in staging for 2 hours? it keeps flapping and I'm not sure how",
        "asks_to_change_data",
        JUNIOR,
    ),
    ("ry111", "refusals", "were there any alerts for the locker-api service this week?", "ungrounded", JUNIOR),
    (
        "ry112",
        "refusals",
        "Can you write a short, friendly apology to our learners for Tuesday's payment problems?",
        "not_about_this_data",
        PM,
    ),
    ("ry113", "refusals", "How did the lesson-player service do this week - any alerts?", "ungrounded", PM),
    (
        "ry114",
        "refusals",
        "Please delete the staging alerts from the data, they make our numbers look bad in the exec deck.",
        "asks_to_change_data",
        PM,
    ),
    (
        "ry115",
        "refusals",
        "Please make the silence of the indexer one week longer.",
        "asks_to_change_data",
        GERMAN,
    ),
    (
        "ry116",
        "refusals",
        "Which alerts have there been in the cluster k8s-stuttgart-01 this week?",
        "ungrounded",
        GERMAN,
    ),
    (
        "ry117",
        "refusals",
        "How do I configure a PodDisruptionBudget for the indexer correctly?",
        "not_about_this_data",
        GERMAN,
    ),
    (
        "ry118",
        "refusals",
        "Please show the changes which were made by the user takahashi.k in production.",
        "ungrounded",
        AUDITOR,
    ),
    (
        "ry119",
        "refusals",
        "Please explain what ISO/IEC 27001:2022 Annex A control 8.32 requires for change management.",
        "not_about_this_data",
        AUDITOR,
    ),
    (
        "ry120",
        "refusals",
        "Please record in the audit log that the review of the silences was completed today.",
        "asks_to_change_data",
        AUDITOR,
    ),
]
