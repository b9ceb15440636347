"""The fifty-first ask question set: ids tz001..tz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
the brief, the project's design notes (/work/shared/DESIGN.md, printed whole with ``head``, and its line count taken),
docs/store.md (printed whole; its middle, cut off by the terminal, printed again by line range), the "Shapes and joins"
section of docs/ask.md printed alone (taken as the rules for the shape of every gold answer; the headings of docs/ask.md
were listed with grep to find its line range, the section printed by that range and its middle, cut off by the terminal,
printed again by a narrower range), the module docstring of ``ask_questions`` and its code (how a set is wired and
split, read whole in two pieces; this set is not wired in by its author), the module docstrings of the earlier sets
printed with ``ast`` into a scratch file and searched with grep for the bullet lines naming their people and for city,
country and language words (the forty-ninth's was read whole and its "Conventions" list followed where a question leaves
room), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format), and the demo store
itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of
the payments-api v2.14.0 outage; the last scheduled silence end is 2025-03-12 09:07:49). Nothing else was read, beyond
file names seen in directory listings of the project root and ``benchmarks/`` and in a read-only ``git status``; the set
written at the same time by another author (the fiftieth) was not read. Each row is ``(id, category, question, gold,
now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question
names a service, project, person or cluster the store does not hold, checked against every text column of every table);
any other gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of
rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Cape Town, Chicago,
Nairobi, Manila or Istanbul voice, and no South African, Kenyan, Philippine or Turkish English; support engineers,
engineering managers, auditors, database reliability engineers and new joiners on a phone have spoken before, but not
these ones, in these places, about these things). Each asks three questions in every category (24 each, three of them
refusals):

- a support engineer in Cape Town relaying a merchant's ticket about the March 11 checkout failures, at 13:00 SAST on
  Wednesday 12 March (2025-03-12 11:00 UTC); the merchant's screenshots and tickets are stamped in UTC, so every time
  said is UTC: South African English ("Howzit", "eish", "lekker", "shame" said in sympathy, "went pear-shaped",
  "kicked off" for started), the merchant's words set the scene ("the merchant says ...", "for the ticket", "for the
  customer email");
- an engineering manager in Chicago preparing Friday's weekly ops review, at 08:30 CDT on Friday 14 March (2025-03-14
  13:30 UTC), whose team keeps its boards on UTC: American business shorthand ("roll-up", "WoW", "net-net", "action
  item", "slide", "MTTR", "call out the clean ones"), counts per day, this week against last, suspects and warnings;
- a SOC 2 auditor in Nairobi reviewing the first quarter, at 10:00 EAT on Tuesday 18 March (2025-03-18 07:00 UTC):
  formal Kenyan English ("Kindly avail", "the said changes", "As at", "effected", "the period under review",
  "persons"), who changed, silenced, expired and acknowledged what, humans against automation;
- a database reliability engineer in Manila, at 09:00 PHT on Thursday 13 March (2025-03-13 01:00 UTC): Philippine
  English ("po" for politeness, "already" at the end, "For how long", "Can I see"), the database alerts (Postgres,
  connection pools, Hikari), hikaricp_connections_pending, resolutions that touched a pool, suspects of the database
  incidents, error log lines;
- a new joiner on a first on-call shift in Istanbul typing on a phone, at 13:30 TRT on Wednesday 12 March (2025-03-12
  10:30 UTC): lower case, very short, "rn", "yday", "pls", "w/in", "b4", "svc", "wk", the Turkish "abi" (bro), slips
  ("alrts", "stagng", "pyments-api" for payments-api, read as meant), UTC said where a clock matters.

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(checkout-web alerts after the v2.14.0 deploy, prod deploys followed by a critical alert, human changes followed by a
critical alert, HikariPool error lines after the deploy, search-api alerts after its own deploys), four in time (minutes
from the deploy to the first checkout-web alert, changes in the hour before the first error-budget alert, token-service
changes before the Postgres alert, alerts firing when kenji's silence was created), four in aggregates (alerts after
each prod deploy averaged, the share of incidents with a suspect, the share of silences that held back an alert, alerts
in the 30 minutes after the deploy), five in top_n (the service with most alerts after the deploy, whose deploys were
suspects, silence authors during open incidents, services of warned incidents, alerts after a same-service deploy), five
in changes (changes before the first checkout-web alert, deploys with no alert after them, changes during an open
incident, changes blamed for the database incidents, the last deploy before the Hikari alert), five in silences (alerts
firing under maria's silence, alerts held back per silence, silences created during incidents, alerts under the Postgres
upgrade silence, alerts started under a silence of their service) and all fifteen joins. The metric samples during an
alert (tz040) are not counted. One gold returns an empty result: tz086 (no identity production alert started during the
three hours of the 1 February Postgres upgrade silence).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the support engineer and the
  on-call newcomer say UTC where a clock matters; the others' teams keep UTC boards), so no question is read in another
  zone. The nows: support 2025-03-12 11:00, manager Friday 2025-03-14 13:30, auditor Tuesday 2025-03-18 07:00, DBRE
  2025-03-13 01:00, on-call 2025-03-12 10:30, all after every record. For the support engineer and the on-call newcomer
  "yesterday" / "yday" is Tuesday ``[2025-03-11, 2025-03-12)``, "today" from 2025-03-12 00:00 to now, "last night"
  ``[2025-03-11 18:00, 2025-03-12 06:00)`` and "this wk" ``[2025-03-10, now]``; "between 12:00 and 18:00 UTC
  yesterday" and "between 18:00 and 00:00 utc yday" include their start and exclude their end. For the manager "this
  week" is ``[2025-03-10, now]``, "last week (Mon-Sun)" ``[2025-03-03, 2025-03-10)``, "Monday through Wednesday"
  ``[2025-03-10, 2025-03-13)``, "month to date" ``[2025-03-01, now]`` and "Tuesday" 11 March. The auditor's "period
  under review" is ``[2025-01-01, now]``; "February 2025" and "between 1 and 28 February 2025" ``[2025-02-01,
  2025-03-01)``; "as at 22:00 UTC on Monday 10 March" is the state at that instant. The DBRE's "since Feb 1" runs from
  2025-02-01 to now, "in February" is that month, "11 March" that UTC day. "All time" has no window. A thing is in a
  window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, an audit entry's ``timestamp``, a sample's or a log line's ``timestamp``); "alerts between" two
  clocks and "went off between" are alerts that started in the span (for tz001 the overlap reading gives the same
  rows); "what was firing at" an instant and "what's firing rn" / "still firing" are the state at that instant or now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until the asker's now while it is NULL, so the KubePodNotReady incidents left
  open since January and early March count as open); silences the ``silences`` view's rows, in effect from
  ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that span; the "scheduled
  length" is ``starts_at`` to ``ends_at``). Changes are their ``phase = 'live'`` reports: "deploys" ``type =
  'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows, in tz033's base and in
  tz065, tz066, tz069 and tz103 too), "rollbacks", "config changes", "flag changes" / "flag flips" their types, "what
  changed", "what went live" and "changes" of any type every live report (scale events included). A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the
  version "live in production now" / "running ... right now" is that of the last live deployment or rollback of that
  service and environment, the version alone for one environment and ``environment, version`` for two. "When was
  user-profile last deployed to prod?" is that deployment's row (newest first, one row); "when exactly did the first
  ... fire" and "what time did the first ..." the earliest start alone. "Persons" and "a person (not argocd or the
  deployment controller)" are every actor but ``argocd (automated)`` and ``deployment-controller``; people are as stored
  (``lnovak`` and ``lucie.novak@acme.io`` count apart, as they do in tz053; "maria's" is ``ILIKE '%maria%'``). "The
  checkout services" are ``project = 'checkout'``. "The db alerts", "DB incidents (postgres, pool, hikari)" and "each DB
  alert" are the names ``PostgresqlTooManyConnections``, ``DBPoolPendingAcquiresHigh`` and
  ``HikariPoolPendingConnections`` (one alert each); "the first DB pool alert on user-profile" is
  ``DBPoolPendingAcquiresHigh``; "the Hikari alert" / "the Hikari incident" is the one ``HikariPoolPendingConnections``
  alert (group) of 11 March. "A fix that mentions a pool" is ``fix ILIKE '%pool%'`` ("transaction pooling" included).
  "payments-api v2.14.0 went live in production" / "the v2.14.0 prod deploy" is 2025-03-11 14:31:22; "the first
  checkout-web alert yesterday" started 14:43:24.431846, "the first PaymentsAPIErrorBudgetBurn alert on Tuesday"
  14:42:48.375564, the Hikari alert 14:35:54.431846 and the PostgresqlTooManyConnections alert 2025-02-25
  10:20:36.482461. "Maria's cart-service silence" is the only silence pinning cart-service; "the indexer reindex silence
  kenji put on last night" is his indexer silence created in that night (2025-03-12 01:55:38); "the identity-db Postgres
  upgrade silence of 1 Feb" is the silence whose comment mentions Postgres (project identity, production).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change, incident and log environments are already ``production`` / ``staging``):
  an alert, incident or log line "within N minutes after" / "in the N minutes after" a change starts (opens, is logged)
  in ``[t, t + N]``; "in the hour / 30 minutes before" an alert is ``[t - N, t]``, the changes being those of the
  alert's environment (production) and of any service unless named (tz025 names token-service, tz063 the checkout
  project); "after payments-api v2.14.0 went live" is a window from that one event on the services the question names,
  or on every service for "which service" (tz048, payments-api left out as asked). "How many minutes after ... did the
  first checkout-web alert fire" runs to the first checkout-web production alert at or after the deploy. "The last
  deploy b4 the hikari alert" is the latest live deployment of any service strictly before it. Alerts "firing while
  maria's silence was on" overlap its span; alerts that "started while the ... silence was in effect" and alerts that
  "fire while its svc was silenced" start inside a silence's span (start included, end excluded), the silence's service
  scope being the alert's service and its environment, when it pins one, the alert's, whatever its other matchers (so
  the DiskSpaceLow alert of 03:43 on 12 March falls in kenji's SearchReindexQueueBacklog silence on indexer); silences
  "created while an incident on the same service was open" have ``created_at`` inside the incident's span, ends
  included (tz084 one row per silence and incident, tz054 the silences counted per author, all authors, most first);
  silences "created within 15 minutes after an alert on the same service started" have ``created_at`` in ``[starts_at,
  starts_at + 15 min]``, one row per pair. Changes "made while an incident on the same service was open" have their
  time inside the incident's span, ends included. An acknowledgement's alert is the alert whose fingerprint is the
  ack's ``target`` (its alertname and service matchers name the same alert), taken "while still firing" when that
  alert was on at the ack's time. "Suspect" is ``incident_suspects``: "whose deploys got named the suspect for the most
  incidents" counts distinct incidents per ``change_actor`` of suspect deployments; "which changes were blamed" are the
  ``change_events`` rows some incident names as suspect; "incidents ... with their suspect change" the view's rows with
  the columns listed; "incidents open rn that have no suspect" the open groups absent from the view. "Preceded by an
  early warning" / "had an early warning before them" is a row in ``incident_warnings``; "how many minutes ahead the
  first warning came" is the largest ``lead_min`` of the incident, to one decimal; "lead time" listed for one incident
  is ``lead_min`` as stored. "How they got fixed" / "the fix written down" is ``resolutions.fix`` by ``group_id`` (NULL
  where none). "Held back by Alertmanager" is ``alert_mutes``: per silence the rows whose ``silenced_by`` names it, 0
  included; "actually held back at least one alert" a silence some row names.
- Aggregates: durations in minutes to one decimal (alerts and incidents from start to end over the resolved ones,
  "MTTR" / "time to resolve" the incidents'; silences as set, or as actually in place when said); "total silenced hours
  per silence author" sums the spans actually in place, in hours to one decimal, all authors, most first; averages and
  medians to one decimal; a metric's mean over the samples inside the named alert's firing (its end, or now while it
  fires), its maximum as stored; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects
  ("yesterday's production alerts", "this week's prod incidents", "this week's incidents" of any environment, "the
  silences created in the period under review"); "on average, how many alerts ... after each production deploy
  yesterday" is the mean of the per-deploy counts, deploys with none counting 0 (0.75 rounds to 0.8); "deploys per day
  on average, month to date" the mean over the UTC days that had deploys; "rollbacks this week vs last week" both counts
  side by side, this week first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("just the one",
  "the top one", "only the top one", "one" ask for one row; the two of tz047 tie with each other at 3 and the two of
  tz053 at 5, the next behind in both). "Top 3 people ... leave argocd and the deployment controller out" counts live
  deployment reports of every environment per actor.
- Refusals: the service "mobile-checkout", the "fulfilment" project, the person "tom.mwangi@acme.io", the cluster
  "prod-ap-southeast-1" (the store has prod-eu-west-1 and staging-eu-west-1) and the service "loyalty-svc" are
  ungrounded; an apology to a merchant, an on-call stipend, the SOC 2 criterion for change management, a recommended
  HikariCP pool size and setting up PagerDuty on a phone are not about this data; marking the checkout-web incident
  resolved, deleting staging alerts from the store, revoking a person's right to silence, adding a resolution to the
  Hikari incident and silencing the indexer ask to change the data.
"""

NOW_SUPPORT = "2025-03-12T11:00:00Z"
NOW_MANAGER = "2025-03-14T13:30:00Z"
NOW_AUDITOR = "2025-03-18T07:00:00Z"
NOW_DBRE = "2025-03-13T01:00:00Z"
NOW_ONCALL = "2025-03-12T10:30:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "tz001",
        "filters",
        "Howzit. A merchant says card payments kept failing on their side yesterday afternoon. Which payments-api "
        "alerts went off in prod between 12:00 and 18:00 UTC yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz002",
        "filters",
        "eish, the customer's screenshot shows a 503 on the payment step. which checkout-web alerts were critical "
        "yesterday?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz003",
        "filters",
        "The merchant reckons checkout broke right after a payments release. Which checkout-web alerts kicked off "
        "within 15 minutes after payments-api v2.14.0 went live in production?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        NOW_SUPPORT,
    ),
    (
        "tz004",
        "filters",
        "For Friday's ops review slide: critical prod incidents opened this week, full rows please.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production' AND max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz005",
        "filters",
        "Which prod deploys this week got followed by a critical alert on the same service within 30 min? That's an "
        "action item for the review if there are any.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = d.service
                   AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_MANAGER,
    ),
    (
        "tz006",
        "filters",
        "Show me the staging alerts from Monday through Wednesday, minus the HighLatencyP99 noise - I want to see "
        "what's left once that's filtered out.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging' AND name <> 'HighLatencyP99'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz007",
        "filters",
        "Kindly avail the configuration changes applied to production in the period under review (1 January 2025 "
        "to date).",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz008",
        "filters",
        "Kindly list the feature flag changes effected in production by lucie.novak@acme.io during the period under "
        "review.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND actor = 'lucie.novak@acme.io'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz009",
        "filters",
        "Which production changes made by a person (not by argocd or the deployment controller) were followed "
        "within 15 minutes by a critical alert on the same service? The said changes only.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_AUDITOR,
    ),
    (
        "tz010",
        "filters",
        "Good morning po. Can I see the db alerts in prod since Feb 1? The Postgres, connection pool and Hikari ones.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 01:00:00+00'""",
        NOW_DBRE,
    ),
    (
        "tz011",
        "filters",
        "Kindly show the payments-api error log lines mentioning HikariPool in the 5 minutes after v2.14.0 went live "
        "in production.",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND body ILIKE '%HikariPool%'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        NOW_DBRE,
    ),
    (
        "tz012",
        "filters",
        "which resolutions have a fix that mentions a pool? want to see how many times we fixed things by touching "
        "the pool already",
        """SELECT * FROM resolutions WHERE fix ILIKE '%pool%'""",
        NOW_DBRE,
    ),
    (
        "tz013",
        "filters",
        "whats firing rn in prod",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 10:30:00+00')""",
        NOW_ONCALL,
    ),
    (
        "tz014",
        "filters",
        "crit alerts in prod yday??",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz015",
        "filters",
        "search-api alerts w/in 10 min after its own deploys",
        """SELECT * FROM alerts a
           WHERE a.service = 'search-api'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = 'search-api'
                   AND d.environment = a.environment_canonical
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 10 MINUTE)""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- time
    (
        "tz016",
        "time",
        "The merchant says it all went pear-shaped from about half two. When exactly did the first checkout-web "
        "alert fire yesterday?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz017",
        "time",
        "They've got a failed payment stamped 14:50 UTC yesterday. What was firing on payments-api at that exact "
        "moment?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        NOW_SUPPORT,
    ),
    (
        "tz018",
        "time",
        "How many minutes after payments-api v2.14.0 went live in production did the first checkout-web alert "
        "fire? Just the number, for the ticket.",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz019",
        "time",
        "Alerts per day this week, UTC days - I need the roll-up for the review.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
           GROUP BY day ORDER BY alerts DESC""",
        NOW_MANAGER,
    ),
    (
        "tz020",
        "time",
        "How many incidents did we open last week (Mon-Sun)? Need the WoW comparison.",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz021",
        "time",
        "What went live in production in the hour before the first PaymentsAPIErrorBudgetBurn alert on Tuesday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48.375564+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:42:48.375564+00'""",
        NOW_MANAGER,
    ),
    (
        "tz022",
        "time",
        "Kindly provide the silences created in February 2025.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz023",
        "time",
        "As at 22:00 UTC on Monday 10 March 2025, which silences were in effect?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-10 22:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-10 22:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-10 22:00:00+00')""",
        NOW_AUDITOR,
    ),
    (
        "tz024",
        "time",
        "Kindly state the number of acknowledgements recorded between 1 and 28 February 2025.",
        """SELECT count(*) FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz025",
        "time",
        "what changed on token-service in the 30 mins before the PostgresqlTooManyConnections alert fired?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'token-service' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-02-25 10:20:36.482461+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-02-25 10:20:36.482461+00'""",
        NOW_DBRE,
    ),
    (
        "tz026",
        "time",
        "For how long was the HikariPoolPendingConnections alert firing on 11 March? In minutes po.",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'HikariPoolPendingConnections'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DBRE,
    ),
    (
        "tz027",
        "time",
        "What time did the first DB pool alert on user-profile fire in February?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'user-profile' AND name = 'DBPoolPendingAcquiresHigh'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_DBRE,
    ),
    (
        "tz028",
        "time",
        "alerts since 00:00 utc today pls",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz029",
        "time",
        "how many alrts between 18:00 and 00:00 utc yday",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz030",
        "time",
        "what was still firing when kenji put the indexer reindex silence on last night",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT created_at FROM silences
                               WHERE service = 'indexer' AND created_by = 'kenji.tanaka@acme.io'
                                 AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00')
             AND (ends_at IS NULL OR ends_at > (SELECT created_at FROM silences
                               WHERE service = 'indexer' AND created_by = 'kenji.tanaka@acme.io'
                                 AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'))""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "tz031",
        "aggregates",
        "What share of yesterday's production alerts were on the checkout services? A percentage is lekker.",
        """SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1) FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz032",
        "aggregates",
        "On average, how long did the checkout-web alerts last yesterday, in minutes?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'checkout-web' AND ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz033",
        "aggregates",
        "On average, how many alerts fired on the same service in the 15 minutes after each production deploy "
        "yesterday?",
        """SELECT round(avg(n), 1) FROM (
               SELECT d.id, count(a.fingerprint) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY d.id)""",
        NOW_SUPPORT,
    ),
    (
        "tz034",
        "aggregates",
        "What's our MTTR this week for production incidents, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz035",
        "aggregates",
        "How many deploys per day are we doing on average, month to date?",
        """SELECT round(avg(n), 1) FROM (
               SELECT date_trunc('day', timestamp) AS day, count(*) AS n FROM change_events
               WHERE type = 'deployment' AND phase = 'live'
                 AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
               GROUP BY day)""",
        NOW_MANAGER,
    ),
    (
        "tz036",
        "aggregates",
        "What percent of this week's prod incidents had a suspect change pinned on them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz037",
        "aggregates",
        "Kindly compute the average scheduled length, in minutes, of the silences created in the period under review.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz038",
        "aggregates",
        "How many distinct persons created silences in the period under review?",
        """SELECT count(DISTINCT created_by) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz039",
        "aggregates",
        "Of the silences created in the period under review, what percentage actually held back at least one alert "
        "according to Alertmanager?",
        """SELECT round(100.0 * count(*) FILTER (
                   WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)) / count(*), 1)
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz040",
        "aggregates",
        "What was the mean hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing?",
        """SELECT round(avg(m.value), 1) FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 01:00:00+00'))""",
        NOW_DBRE,
    ),
    (
        "tz041",
        "aggregates",
        "median time to resolve for the DB incidents (postgres, pool, hikari), all time, in mins",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE group_labels['alertname'] IN
                 ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')
             AND resolved_at IS NOT NULL""",
        NOW_DBRE,
    ),
    (
        "tz042",
        "aggregates",
        "What was the max of hikaricp_connections_pending on 11 March?",
        """SELECT max(value) FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DBRE,
    ),
    (
        "tz043",
        "aggregates",
        "how many alerts r still firing",
        """SELECT count(*) FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 10:30:00+00')""",
        NOW_ONCALL,
    ),
    (
        "tz044",
        "aggregates",
        "avg how long do the HighLatencyP99 stagng alerts last? mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND ends_at IS NOT NULL""",
        NOW_ONCALL,
    ),
    (
        "tz045",
        "aggregates",
        "how many alerts on payments-api in the 30 min after the v2.14.0 prod deploy",
        """SELECT count(*) FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "tz046",
        "top_n",
        "Which service had the most alerts yesterday? Just the one, with its count.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_SUPPORT,
    ),
    (
        "tz047",
        "top_n",
        "Top 2 alert names for the checkout project, all time, with counts - the merchant wants to know if this "
        "happens often, shame.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        NOW_SUPPORT,
    ),
    (
        "tz048",
        "top_n",
        "Apart from payments-api itself, which service took the most alerts in the hour after v2.14.0 went live in "
        "production?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE service <> 'payments-api'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 1 HOUR
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NOW_SUPPORT,
    ),
    (
        "tz049",
        "top_n",
        "Top 2 noisiest alert names this week?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        NOW_MANAGER,
    ),
    (
        "tz050",
        "top_n",
        "Who shipped the most deploys this week, any environment? Top 3 people - leave argocd and the deployment "
        "controller out of it.",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3""",
        NOW_MANAGER,
    ),
    (
        "tz051",
        "top_n",
        "Whose deploys got named the suspect for the most incidents? Just the top person and the number.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        NOW_MANAGER,
    ),
    (
        "tz052",
        "top_n",
        "Kindly identify the three persons who created the most silences in the period under review, with the "
        "count for each.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 3""",
        NOW_AUDITOR,
    ),
    (
        "tz053",
        "top_n",
        "Which two persons made the most production changes in the period under review, automation excluded? "
        "Names as recorded, with counts.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 07:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 2""",
        NOW_AUDITOR,
    ),
    (
        "tz054",
        "top_n",
        "Which silence authors created silences while an incident on the same service was open? Kindly rank them "
        "by the number of such silences.",
        """SELECT s.created_by, count(*) AS silences FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 07:00:00+00'))
           GROUP BY s.created_by ORDER BY silences DESC, s.created_by""",
        NOW_AUDITOR,
    ),
    (
        "tz055",
        "top_n",
        "Which production service logged the most error lines on 11 March? Only the top one.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 1""",
        NOW_DBRE,
    ),
    (
        "tz056",
        "top_n",
        "which 2 metric keys raised the most early warnings already?",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 2""",
        NOW_DBRE,
    ),
    (
        "tz057",
        "top_n",
        "Which service had the most incidents that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        NOW_DBRE,
    ),
    (
        "tz058",
        "top_n",
        "noisiest alert pls, all time",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        NOW_ONCALL,
    ),
    (
        "tz059",
        "top_n",
        "top 3 svcs by alerts in staging",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NOW_ONCALL,
    ),
    (
        "tz060",
        "top_n",
        "which svc got the most alerts w/in 30m after a deploy of the same svc",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = a.service
                   AND d.environment = a.environment_canonical
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- changes
    (
        "tz061",
        "changes",
        "What changed on checkout-web yesterday? The merchant swears nothing on their side did.",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz062",
        "changes",
        "Which version of payments-api is live in production now? The merchant's dev is asking.",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_SUPPORT,
    ),
    (
        "tz063",
        "changes",
        "What changed on any of the checkout services in the 30 minutes before the first checkout-web alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz064",
        "changes",
        "Rollbacks this week vs last week - how many each?",
        """SELECT count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                    AND timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00') AS this_week,
                  count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                    AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS last_week
           FROM change_events WHERE type = 'rollback' AND phase = 'live'""",
        NOW_MANAGER,
    ),
    (
        "tz065",
        "changes",
        "Every prod deploy this week -> service, version, who, when.",
        """SELECT service, coalesce(details['ref'], version), actor, timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz066",
        "changes",
        "Which of this week's prod deploys had no alert on the same service within an hour after? I want to call "
        "out the clean ones.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 1 HOUR)""",
        NOW_MANAGER,
    ),
    (
        "tz067",
        "changes",
        "Kindly provide, for each rollback executed in production during the period under review, the service, "
        "the version rolled back to, the person responsible and the time.",
        """SELECT service, coalesce(details['ref'], version), actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz068",
        "changes",
        "Which changes were made to production by automation (argocd or the deployment controller) on 11 March 2025?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz069",
        "changes",
        "Kindly list the production changes of 11 March 2025 that were made while an incident on the same service "
        "was open.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 07:00:00+00'))""",
        NOW_AUDITOR,
    ),
    (
        "tz070",
        "changes",
        "which version of token-service is running in staging and in prod right now?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) FROM change_events
           WHERE service = 'token-service' AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        NOW_DBRE,
    ),
    (
        "tz071",
        "changes",
        "When was user-profile last deployed to prod?",
        """SELECT * FROM change_events
           WHERE service = 'user-profile' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_DBRE,
    ),
    (
        "tz072",
        "changes",
        "Which changes were blamed for the DB incidents (the Postgres, pool and Hikari ones)? The changes "
        "themselves kindly.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE group_labels['alertname'] IN
                              ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                               'HikariPoolPendingConnections'))""",
        NOW_DBRE,
    ),
    (
        "tz073",
        "changes",
        "flag flips yday",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz074",
        "changes",
        "who rolled back pyments-api yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz075",
        "changes",
        "last deploy b4 the hikari alert? just that one",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:54.431846+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- silences
    (
        "tz076",
        "silences",
        "Was somebody muting cart-service during the outage? Show me the silences on cart-service.",
        """SELECT * FROM silences WHERE service = 'cart-service'""",
        NOW_SUPPORT,
    ),
    (
        "tz077",
        "silences",
        "Which cart-service alerts were firing while maria's cart-service silence was on?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        NOW_SUPPORT,
    ),
    (
        "tz078",
        "silences",
        "How long was maria's cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        NOW_SUPPORT,
    ),
    (
        "tz079",
        "silences",
        "How many silences got created this week?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz080",
        "silences",
        "Silences per person this week, most first.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        NOW_MANAGER,
    ),
    (
        "tz081",
        "silences",
        "For each silence created this week, how many alerts did Alertmanager actually hold back under it? Zeros "
        "included.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
           GROUP BY s.silence_id""",
        NOW_MANAGER,
    ),
    (
        "tz082",
        "silences",
        "Kindly provide the silence id, its creator, the person who expired it and the time of expiry, for every "
        "silence expired before its scheduled end.",
        """SELECT silence_id, created_by, expired_by, expired_at FROM silences WHERE expired_early""",
        NOW_AUDITOR,
    ),
    (
        "tz083",
        "silences",
        "Kindly list the silences in the period under review that were defined with more than two matchers.",
        """SELECT * FROM silences
           WHERE len(matchers) > 2
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 07:00:00+00'""",
        NOW_AUDITOR,
    ),
    (
        "tz084",
        "silences",
        "Which silences were created while an incident on the same service was open? Kindly give the silence id, "
        "its creator and the alert name of the incident.",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname'] FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
            AND s.created_at >= g.opened_at
            AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 07:00:00+00')""",
        NOW_AUDITOR,
    ),
    (
        "tz085",
        "silences",
        "Are there silences whose comment mentions postgres? Kindly show them.",
        """SELECT * FROM silences WHERE comment ILIKE '%postgres%'""",
        NOW_DBRE,
    ),
    (
        "tz086",
        "silences",
        "Which identity prod alerts started while the identity-db Postgres upgrade silence of 1 Feb was in effect?",
        """SELECT * FROM alerts a
           WHERE a.project = 'identity' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.comment ILIKE '%postgres%' AND s.project = 'identity'
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NOW_DBRE,
    ),
    (
        "tz087",
        "silences",
        "Total silenced hours per silence author, as actually in place, all time?",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        NOW_DBRE,
    ),
    (
        "tz088",
        "silences",
        "who silenced the indexer last night",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz089",
        "silences",
        "how many snoozes on HighLatencyP99 yday",
        """SELECT count(*) FROM audit_log
           WHERE action = 'snooze'
             AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_ONCALL,
    ),
    (
        "tz090",
        "silences",
        "this wk did any alert fire while its svc was silenced",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- joins
    (
        "tz091",
        "joins",
        "Which incidents yesterday had the payments-api v2.14.0 deploy as their suspect? Service, alert name and "
        "when each opened.",
        """SELECT service, group_labels['alertname'], opened_at FROM incident_suspects
           WHERE change_service = 'payments-api'
             AND coalesce(change_details['ref'], change_version) = 'v2.14.0'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_SUPPORT,
    ),
    (
        "tz092",
        "joins",
        "For the checkout incidents yesterday that had an early warning before them: service, alert name, and how "
        "many minutes ahead the first warning came.",
        """SELECT service, alertname, minutes FROM (
               SELECT group_id, service, group_labels['alertname'] AS alertname,
                      round(max(lead_min), 1) AS minutes
               FROM incident_warnings
               WHERE project = 'checkout'
                 AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY group_id, service, group_labels['alertname'])""",
        NOW_SUPPORT,
    ),
    (
        "tz093",
        "joins",
        "How many error lines did checkout-web log in the 10 minutes after payments-api v2.14.0 went live in "
        "production? Need the number for the customer email.",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        NOW_SUPPORT,
    ),
    (
        "tz094",
        "joins",
        "Incidents this week with their suspect change: service, alert name, what kind of change it was and who "
        "made it.",
        """SELECT service, group_labels['alertname'], change_type, change_actor FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz095",
        "joins",
        "What share of this week's incidents were preceded by an early warning? Net-net, is the warning feed "
        "earning its keep.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:30:00+00'""",
        NOW_MANAGER,
    ),
    (
        "tz096",
        "joins",
        "How many deploys this week were followed by an incident on the same service within 30 minutes?",
        """SELECT count(*) FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 13:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = d.service AND g.environment = d.environment
                   AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_MANAGER,
    ),
    (
        "tz097",
        "joins",
        "Kindly list the acknowledgements taken while the acknowledged alert was still firing: the person, the "
        "alert name, when the alert started and when it was acknowledged.",
        """SELECT l.actor, a.name, a.starts_at, l.timestamp
           FROM audit_log l
           JOIN alerts a
             ON a.fingerprint = l.target
            AND a.starts_at <= l.timestamp
            AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)
           WHERE l.action = 'ack'""",
        NOW_AUDITOR,
    ),
    (
        "tz098",
        "joins",
        "For the production incidents whose suspect change was made by a person rather than automation: the "
        "person, the type of change and the incident's alert name.",
        """SELECT change_actor, change_type, group_labels['alertname'] FROM incident_suspects
           WHERE environment = 'production'
             AND change_actor NOT IN ('argocd (automated)', 'deployment-controller')""",
        NOW_AUDITOR,
    ),
    (
        "tz099",
        "joins",
        "Kindly list the silences created within 15 minutes after an alert on the same service started: silence "
        "id, its author, the alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 15 MINUTE""",
        NOW_AUDITOR,
    ),
    (
        "tz100",
        "joins",
        "what early warnings came before the Hikari incident on 11 March? metric key, sigma and lead time in "
        "minutes pls",
        """SELECT metric_key, sigma, lead_min FROM incident_warnings
           WHERE group_labels['alertname'] = 'HikariPoolPendingConnections'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_DBRE,
    ),
    (
        "tz101",
        "joins",
        "Identity incidents that were blamed on a deploy: the alert name, the version deployed, and the fix written "
        "down (if any already).",
        """SELECT s.group_labels['alertname'], coalesce(s.change_details['ref'], s.change_version), r.fix
           FROM incident_suspects s
           LEFT JOIN resolutions r ON r.group_id = s.group_id
           WHERE s.project = 'identity' AND s.change_type = 'deployment'""",
        NOW_DBRE,
    ),
    (
        "tz102",
        "joins",
        "For each DB alert (postgres, pool, hikari), how many error lines did its service log in the 15 min before "
        "it fired?",
        """SELECT a.name, count(l.id) AS error_lines FROM alerts a
           LEFT JOIN log_events l
             ON l.service = a.service AND l.environment = a.environment_canonical AND l.is_error
            AND l.timestamp BETWEEN a.starts_at - INTERVAL 15 MINUTE AND a.starts_at
           WHERE a.name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh', 'HikariPoolPendingConnections')
           GROUP BY a.name, a.fingerprint, a.starts_at""",
        NOW_DBRE,
    ),
    (
        "tz103",
        "joins",
        "deploys yday with no alerts on the same svc in the 30m after",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        NOW_ONCALL,
    ),
    (
        "tz104",
        "joins",
        "which incidents open rn have no suspect",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-12 10:30:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 10:30:00+00')
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        NOW_ONCALL,
    ),
    (
        "tz105",
        "joins",
        "abi any alerts w/in 15 min after a flag flip on the same svc?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_ONCALL,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "tz106",
        "refusals",
        "Can you draft a reply to the merchant apologising for yesterday's checkout outage? Something friendly.",
        "not_about_this_data",
        NOW_SUPPORT,
    ),
    (
        "tz107",
        "refusals",
        "Which alerts fired for the mobile-checkout service yesterday? The merchant uses our app.",
        "ungrounded",
        NOW_SUPPORT,
    ),
    (
        "tz108",
        "refusals",
        "Please mark the checkout-web 503 incident as resolved so the merchant sees it closed.",
        "asks_to_change_data",
        NOW_SUPPORT,
    ),
    (
        "tz109",
        "refusals",
        "What's a fair on-call stipend per incident hour for a team our size?",
        "not_about_this_data",
        NOW_MANAGER,
    ),
    (
        "tz110",
        "refusals",
        "How many alerts did the fulfilment project have this week? It should be on the slide too.",
        "ungrounded",
        NOW_MANAGER,
    ),
    (
        "tz111",
        "refusals",
        "Delete the staging HighLatencyP99 alerts from the store so they stop skewing my weekly numbers.",
        "asks_to_change_data",
        NOW_MANAGER,
    ),
    (
        "tz112",
        "refusals",
        "Kindly list the production changes made by tom.mwangi@acme.io in the period under review.",
        "ungrounded",
        NOW_AUDITOR,
    ),
    (
        "tz113",
        "refusals",
        "Which SOC 2 trust services criterion covers change management, and what evidence does it require?",
        "not_about_this_data",
        NOW_AUDITOR,
    ),
    (
        "tz114",
        "refusals",
        "Kindly revoke lucie.novak@acme.io's ability to create silences with immediate effect.",
        "asks_to_change_data",
        NOW_AUDITOR,
    ),
    (
        "tz115",
        "refusals",
        "Which alerts fired on the prod-ap-southeast-1 cluster last week?",
        "ungrounded",
        NOW_DBRE,
    ),
    (
        "tz116",
        "refusals",
        "What maximumPoolSize do you recommend for HikariCP on an 8-core box po?",
        "not_about_this_data",
        NOW_DBRE,
    ),
    (
        "tz117",
        "refusals",
        "Kindly add a resolution to the Hikari incident saying we raised maximumPoolSize to 40.",
        "asks_to_change_data",
        NOW_DBRE,
    ),
    (
        "tz118",
        "refusals",
        "alerts on loyalty-svc rn?",
        "ungrounded",
        NOW_ONCALL,
    ),
    (
        "tz119",
        "refusals",
        "silence indexer for 2h pls",
        "asks_to_change_data",
        NOW_ONCALL,
    ),
    (
        "tz120",
        "refusals",
        "hw do i set up pagerduty push notifs on my phone",
        "not_about_this_data",
        NOW_ONCALL,
    ),
]
