"""The eighty-second ask question set: ids ny001..ny120, 15 per category.

Written by an outside author who has seen neither the parser, its tests, the paraphrases nor any other set's questions.
What the author read: the brief; the project's design notes (shared/DESIGN.md, whole); docs/store.md, whole, printed
in three pieces by line range; the headings of docs/ask.md listed with grep, and its "Shapes and joins" section alone,
printed by line range in two pieces (the terminal cut the middle of the second piece, and those lines were printed
again by their own range), taken as the rules for the shape of every gold answer; the module docstring of
``ask_questions`` (its middle, cut by the terminal, read again by line range from a scratch copy) and its functions
``_question`` and ``validate``; the module docstrings of the earlier sets (``ask_questions_*``, the eightieth and
eighty-first included, docstrings only) printed with ``ast`` into a scratch file and grepped for roles, cities,
organisations and names, with the forty-ninth's read whole for its "Conventions"; the first ten rows of
``ask_questions_thirtieth`` imported in Python and the lines defining its module-level now constants (found with
grep, on the second try); and the demo store, copied to a scratch folder and opened read-only with the session time
zone set to UTC (records from 2025-01-02 to 2025-03-12, most of them on Tuesday 11 March, the day payments-api v2.14.0
went out to production at 14:31:22 UTC and was rolled back at 14:56:37). File names were seen in a listing of
``benchmarks/``; the eighty-third set's file did not exist when its name was checked and was never opened. The golds
were passed through ``signalcraft.copilot.sql_guard.safe`` (imported and called, its source not read) and run on the
copy. Nothing else was read. Each row is ``(id, category, question, gold, now)``; a refusal's gold is its kind
(``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``), any other gold one DuckDB SELECT over the documented
tables and views.

Five people ask, none of them an engineer, none of them (nor their city or organisation) heard in an earlier set.
They use the tool from Slack, in plain workplace English: some precise, some vague about the technical side. Each asks
three questions in every category (24 each, three of them refusals):

- Aino Virtanen, product manager of the checkout experience at a meal-kit subscription company in Tampere, at 09:00
  EET on Thursday 13 March (``PM``, 2025-03-13 07:00 UTC). Finnish is her first language; she writes short lower-case
  Slack English ("u", "pls", "rn", "mins") and names things the way product people do: "the new checkout flow" for
  the New checkout flow flag, "the payments thing" for payments-api, "checkout stuff", "the search services".
- Ioana Muresan, customer-success manager at a B2B invoicing software company in Cluj-Napoca, at 17:00 EET on
  Wednesday 12 March (``CSM``, 2025-03-12 15:00 UTC). She relays what customers report ("customer says ...",
  "customer is asking") and gives times in UTC because the tickets are stamped so; otherwise casual.
- Darnell Pruitt, compliance officer at a buy-now-pay-later lender in Louisville, Kentucky, at 10:00 EDT on Monday 17
  March (``COMPLIANCE``, 2025-03-17 14:00 UTC). Precise and formal: full dates with the year, "production
  environment", "please list", "inclusive", people versus automation, who made which change, audit entries.
- Harriet Greaves, finance and operations analyst at a garden-centre chain in Nottingham, at 10:00 GMT on Friday 14
  March (``FINANCE``, 2025-03-14 10:00 UTC). British English, numbers first: averages, medians, maxima, percentages,
  counts per day and per month, minutes and hours.
- Morag Lindsay, executive assistant to the chief executive of an online bookshop in Dundee, preparing the weekly
  status update, at 16:00 GMT on Thursday 13 March (``EA``, 2025-03-13 16:00 UTC). Vague about anything technical:
  "the big deploy" / "the big payments deploy", "when stuff broke", "the outage", "who silenced stuff".

42 of the 105 answerable questions relate two kinds of record: filters ny001, ny007, ny009, ny010; time ny016, ny020,
ny026, ny027; aggregates ny031, ny038, ny040, ny042, ny044; top_n ny051, ny052, ny053, ny057, ny059; changes ny065,
ny068, ny071, ny073, ny075; silences ny084, ny086, ny087, ny090; and all fifteen joins (ny091..ny105). Not counted:
ny008 (deployments met by rollbacks, both changes) and ny089 (silences with the alerts Alertmanager held back under
them).

Conventions (the shapes of docs/ask.md first, the forty-ninth set's readings where they apply, and these where a
question still leaves room):

- Times are UTC; every day is a UTC day (Ioana and Harriet say so, the others' teams report in UTC). "Tuesday", "on
  tuesday", "11 March", "the 11th" are ``[2025-03-11, 2025-03-12)``; "tuesday afternoon" is 12:00 to 18:00 (end
  excluded). "This week" runs from Monday 2025-03-10 00:00 to the asker's now; "this month", "in march", "March 2025 to
  date", "since 1 March" from 2025-03-01 to now; "this year", "in 2025", "this quarter", "so far this quarter" from
  2025-01-01 to now; "the first quarter of 2025" ``[2025-01-01, 2025-04-01)``; "in February" ``[2025-02-01,
  2025-03-01)``; "January 2025" ``[2025-01-01, 2025-02-01)``; "between 1 February and 16 March 2025, inclusive"
  ``[2025-02-01, 2025-03-17)``; "between 1 and 14 March" ``[2025-03-01, 2025-03-15)`` up to now; "the week of 10
  March" from 2025-03-10 up to now; "between 14:00 and 15:00" includes its start and excludes its end. A record is in
  a window by its own time: an alert's ``starts_at``, an incident's ``opened_at``, a change's ``timestamp``, a
  silence's ``created_at``, an audit entry's ``timestamp``. "Firing between 14:00 and 16:00" is on at some moment of
  that span; "still firing rn", "still firing right now" and "muted at 14:00" are the state at that instant; "since
  X" runs from X to the asker's now.
- Alerts are rows of the ``alerts`` view (every column for a list); incidents are ``alert_groups`` rows, open from
  ``opened_at`` to ``resolved_at`` (to the asker's now while NULL); silences are rows of the ``silences`` view, in
  effect from ``starts_at`` to the earlier of ``ends_at`` and ``expired_at``; acks and snoozes are ``audit_log`` rows.
  Changes are their ``phase = 'live'`` reports of any type, "deploys" / "deployments" those of type ``deployment``
  (auth-api v4.2.1 in production on the 11th, reported by two tools, counts twice), "rollbacks", "configuration
  changes", "feature flag changes" their types; a change's "description" is its ``summary``. A version is
  ``coalesce(details['ref'], version)`` (in the incident views ``coalesce(change_details['ref'], change_version)``);
  the version "live now" / "on staging vs prod right now" is that of the last live deployment or rollback of the
  service in that environment, up to now.
- Names: "the new checkout flow" / "the new checkout flow flag" is the live production flag change whose summary turns
  on the New checkout flow (2025-03-11 10:41:59.974); "the v2.14.0 deploy", "the big deploy", "the big payments deploy
  (to production)" and "the payments-api prod deploy on tuesday" are the live production deployment of payments-api
  v2.14.0 (14:31:22); "the payments rollback" is payments-api's live production rollback that day (14:56:37). "The
  payments thing broke" / "the payments-api trouble" / "the payments-api problems began" is the first payments-api
  alert of the 11th (14:35:54). "The checkout project", "checkout services", "the checkout services" and "checkout
  incidents" are ``project = 'checkout'`` (for silences: a service that the project's alerts or changes name, or a
  ``project`` matcher on checkout); "the search services" ``project = 'search'``; "checkout-web", "payments-api",
  "cart-service" are those services. People are as stored; "maria's silence" is ``created_by ILIKE '%maria%'``.
  "People", "individuals", "not counting argocd", "no bots", "excluding automation" leave out ``argocd (automated)``
  and ``deployment-controller``; "deployers" / "actors ..., automated tools included" keep them.
- Relations between kinds meet on service and canonical environment (``alerts.environment_canonical`` against the
  change's or incident's ``environment``). "After" a change is ``[t, t + N]`` with N as said ("in the hour after" 60
  minutes, "within 30 min" 30, "within 15 minutes" 15); "the 2 hours / the hour / the 30 minutes before" the first
  alert is ``[t - N, t]`` with the changes of the alert's environment (production), any service unless the question
  names a project (ny071); "in the hour after the big payments deploy ... any service" and "top 3 services by alerts
  in the hour after" count every service's alerts in that one window. "Followed by a rollback of the same service
  within one hour" is a live rollback in ``[t, t + 60 min]``. A silence meets the other side on its service and, when
  it pins one, its environment (one that pins none covers every environment): alerts "firing while" a silence was on
  share a moment with its span; silences "put on while there was an open incident" have ``created_at`` inside the
  incident's span, ends included; a deployment "while it had an active silence" falls inside the silence's span.
  Changes "made while an incident on the same service was open" have their time inside the incident's span, ends
  included (incidents that never resolved are still open, so older ones count). "Which deploys caused incidents" are
  the ``change_events`` rows some incident's suspect names; "what did the big deploy break" the ``alert_groups`` rows
  whose suspect is that deploy; "blamed on a deploy" is a suspect of ``change_type = 'deployment'``; "had a suspect
  change" is a row in ``incident_suspects``, "had an early warning before them" a row in ``incident_warnings``, "not
  preceded by an early warning" none. "Who was working on the payments incidents" is the people whose ack names one of
  those incidents by its ``alertname`` and ``service`` equality matchers and came while it was open. "How were the
  payments-api incidents fixed" joins ``alert_groups`` to ``resolutions``.
- Measures: durations in minutes to one decimal (hours when asked), an alert from ``starts_at`` to ``ends_at``, an
  incident from ``opened_at`` to ``resolved_at`` (averages and medians over the resolved ones), a silence "actually in
  place" to the earlier of its end and expiry, its "scheduled length" from ``starts_at`` to ``ends_at``, a snooze by
  ``duration_s``. "How long was checkout-web down" / "how long were the checkout services down" runs from the first of
  the day's alerts' start to the last one's end (gaps included). "Start and stop" is the first start and the last end
  (empty while one still fires). "How many minutes after the big deploy did the first payments-api alert go off" runs
  from the deploy to the first payments-api alert at or after it; "between the v2.14.0 deployment going live and the
  rollback that followed" to the first live payments-api production rollback at or after it; the rollback "from being
  requested to going live" from its ``requested`` report to its ``live`` one. Averages per day are the mean of the
  daily counts of days that had alerts; "the maximum number of alerts per hour" the largest hourly count; per-deploy
  averages and counts include the deploys that met none (0, a ``LEFT JOIN``). Percentages are ``round(100.0 * part /
  whole, 1)`` over the rows the question selects. "Business hours" are Monday to Friday 09:00-17:00 UTC by the row's
  own time; "outside" them is any other time. Breakdowns ("per day", "per hour", "per service", "per month", "per
  creator") are counts (or the named measure) per value, most first, ties by the value.
- Top-N answers are ``value, measure`` rows, most first, ties by the value; every N asked is crossed by no tie ("just
  the top one", "which person", "which service" one row; ny048's first two tie with each other, the third is clear).
  "Which alert went off the most" ranks alert names; "top 3 days" ranks UTC days.
- Lists with named columns return those columns only (ny018, ny061, ny062, ny063, ny078, ny081, ny091, ny093, ny097,
  ny098, ny101, ny102); "and by whom" on silences keeps the whole rows, which name their people (ny083); "who ..."
  answers the people, each once.
- Refusals: "billing-portal", "recipe-search" (services), "jsmith" (a person), the "eu-central-1" cluster (the store
  has prod-eu-west-1 and staging-eu-west-1) and the "uat" environment are ungrounded; downtime-cost benchmarks, booking
  a meeting room, a conversion-rate target, an apology e-mail and Regulation Z's record-keeping rules are not about this
  data; switching the flag off, marking an incident resolved, deleting audit entries, silencing the indexer and adding
  a note to an incident ask to change the data.
"""

PM = "2025-03-13T07:00:00+00:00"
CSM = "2025-03-12T15:00:00+00:00"
COMPLIANCE = "2025-03-17T14:00:00+00:00"
FINANCE = "2025-03-14T10:00:00+00:00"
EA = "2025-03-13T16:00:00+00:00"

_HUMANS = "NOT IN ('argocd (automated)', 'deployment-controller')"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "ny001",
        "filters",
        "can u pull up the checkout-web alerts since we switched on the new checkout flow in prod on tuesday?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        PM,
    ),
    (
        "ny002",
        "filters",
        "Customer says checkout was broken Tuesday afternoon. Which checkout-web alerts were firing between 14:00 and "
        "16:00 UTC on 11 March?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        CSM,
    ),
    (
        "ny003",
        "filters",
        "Please list all configuration changes applied to the production environment between 1 February and 16 March "
        "2025, inclusive.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny004",
        "filters",
        "Could I have the resolved production alerts from 11 March that took longer than 20 minutes to clear?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND epoch(ends_at) - epoch(starts_at) > 20 * 60""",
        FINANCE,
    ),
    (
        "ny005",
        "filters",
        "can you pull the alerts for the checkout project from tuesday afternoon? that's when stuff broke",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        EA,
    ),
    (
        "ny006",
        "filters",
        "is anything on the search services still firing rn?",
        """SELECT * FROM alerts
           WHERE project = 'search'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 07:00:00+00')""",
        PM,
    ),
    (
        "ny007",
        "filters",
        "which payments-api alerts came in within 30 min after the v2.14.0 deploy went live?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        CSM,
    ),
    (
        "ny008",
        "filters",
        "Please list the production deployments that were reversed by a rollback of the same service within one hour "
        "of going live.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        COMPLIANCE,
    ),
    (
        "ny009",
        "filters",
        "Which production incidents opened in February had a suspect change?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.id IN (SELECT group_id FROM incident_suspects)""",
        FINANCE,
    ),
    (
        "ny010",
        "filters",
        "which alerts went off in the hour after the big payments deploy to production on tuesday? any service",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE""",
        EA,
    ),
    (
        "ny011",
        "filters",
        "critical alerts in prod this week pls",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        PM,
    ),
    (
        "ny012",
        "filters",
        "any critical or error alerts on the checkout project since 1 March?",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity IN ('critical', 'error')
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        CSM,
    ),
    (
        "ny013",
        "filters",
        "Please provide the audit log entries recording alert acknowledgements made on 11 March 2025.",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny014",
        "filters",
        "Which production deployments since 1 March happened during business hours (Monday to Friday, 09:00-17:00 "
        "UTC)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND isodow(timestamp) BETWEEN 1 AND 5
             AND hour(timestamp) >= 9 AND hour(timestamp) < 17""",
        FINANCE,
    ),
    (
        "ny015",
        "filters",
        "is anything still firing right now in production?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 16:00:00+00')""",
        EA,
    ),
    # ------------------------------------------------------------------ time
    (
        "ny016",
        "time",
        "when did the first checkout-web alert go off after we turned on the new checkout flow?",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:41:59.974+00'""",
        PM,
    ),
    (
        "ny017",
        "time",
        "customer wants to know when the payments-api problems began on 11 March, UTC time pls",
        """SELECT min(starts_at) AS started FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny018",
        "time",
        "At what date and time did the payments-api v2.14.0 deployment go live in production, and who performed it?",
        """SELECT actor, timestamp FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND coalesce(details['ref'], version) = 'v2.14.0'""",
        COMPLIANCE,
    ),
    (
        "ny019",
        "time",
        "alerts per day in the week of 10 March, UTC days please",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        FINANCE,
    ),
    (
        "ny020",
        "time",
        "how many minutes after the big deploy went live did the first payments-api alert go off?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        EA,
    ),
    (
        "ny021",
        "time",
        "alerts per hour on tuesday (utc), all services",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        PM,
    ),
    (
        "ny022",
        "time",
        "how long was checkout-web down on 11 March? in minutes",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 15:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny023",
        "time",
        "How many minutes elapsed between the payments-api v2.14.0 deployment going live in production and the "
        "rollback that followed it going live?",
        """SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1) AS minutes
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') d,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'rollback'
                   AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00') r""",
        COMPLIANCE,
    ),
    (
        "ny024",
        "time",
        "on 11 March, what time did the payments-api alerts begin and what time did the last one clear?",
        """SELECT min(starts_at) AS started,
                  CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL ELSE max(ends_at) END AS stopped
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "ny025",
        "time",
        "how long were the checkout services down on tuesday, in minutes? from the first alert to the last one "
        "clearing",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 16:00:00+00'))) - epoch(min(starts_at)))
                        / 60, 1) AS minutes_down
           FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EA,
    ),
    (
        "ny026",
        "time",
        "what changed in prod in the hour before the first payments-api alert on tuesday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        PM,
    ),
    (
        "ny027",
        "time",
        "what was still firing on checkout-web at the moment the payments rollback went live on 11 March?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        CSM,
    ),
    (
        "ny028",
        "time",
        "Please list all changes made to the production environment between 14:00 and 15:00 UTC on 11 March 2025.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny029",
        "time",
        "what was the maximum number of alerts per hour on 11 March?",
        """SELECT max(alerts) AS max_alerts_per_hour FROM (
               SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY hour)""",
        FINANCE,
    ),
    (
        "ny030",
        "time",
        "what time was the payments rollback done on tuesday?",
        """SELECT timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EA,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "ny031",
        "aggregates",
        "how many alerts has the checkout project had since the new checkout flow went live?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE project = 'checkout' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        PM,
    ),
    (
        "ny032",
        "aggregates",
        "how many alerts fired across all services on 11 March (UTC)?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny033",
        "aggregates",
        "How many production changes were made by people, excluding argocd and the deployment controller, in March "
        "2025 to date?",
        f"""SELECT count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND actor {_HUMANS}
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny034",
        "aggregates",
        "what was the average number of alerts per day between 1 and 14 March?",
        """SELECT round(avg(alerts), 1) AS avg_alerts_per_day FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-15 00:00:00+00'
                 AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
               GROUP BY day)""",
        FINANCE,
    ),
    (
        "ny035",
        "aggregates",
        "how many alerts did we get this week in total?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:00:00+00'""",
        EA,
    ),
    (
        "ny036",
        "aggregates",
        "avg time to resolve for checkout incidents this week, in mins?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE project = 'checkout' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        PM,
    ),
    (
        "ny037",
        "aggregates",
        "what's the average alert duration for payments-api, in minutes? resolved ones only",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'""",
        CSM,
    ),
    (
        "ny038",
        "aggregates",
        "What percentage of production incidents opened since 1 January 2025 had a suspect change identified?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                  AS pct_with_suspect
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny039",
        "aggregates",
        "what was the median duration, in minutes, of resolved production incidents in February?",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        FINANCE,
    ),
    (
        "ny040",
        "aggregates",
        "how many of tuesday's incidents had a suspect change?",
        """SELECT count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EA,
    ),
    (
        "ny041",
        "aggregates",
        "what % of this week's alerts were on the checkout project?",
        """SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1) AS pct_checkout
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        PM,
    ),
    (
        "ny042",
        "aggregates",
        "how many of the incidents on 11 March had an early warning before them?",
        """SELECT count(DISTINCT group_id) AS incidents FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny043",
        "aggregates",
        "How many silences were created outside business hours (Monday to Friday, 09:00-17:00 UTC) in 2025?",
        """SELECT count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        COMPLIANCE,
    ),
    (
        "ny044",
        "aggregates",
        "after a production deployment this year, how many alerts did the same service typically get in the next 15 "
        "minutes? average per deployment, counting the ones with none",
        """SELECT round(avg(n), 1) AS avg_alerts_after_deploy FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.workspace_id = c.workspace_id AND a.service = c.service
                AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                 AND c.timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
               GROUP BY c.id)""",
        FINANCE,
    ),
    (
        "ny045",
        "aggregates",
        "how many deploys went out this week? all environments",
        """SELECT count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 16:00:00+00'""",
        EA,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "ny046",
        "top_n",
        "which service had the most alerts this week? just the top one",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        PM,
    ),
    (
        "ny047",
        "top_n",
        "which 2 alert names fired the most on 11 March?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        CSM,
    ),
    (
        "ny048",
        "top_n",
        "Which three individuals made the most production changes in 2025? Please exclude automation.",
        f"""SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND actor {_HUMANS}
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 3""",
        COMPLIANCE,
    ),
    (
        "ny049",
        "top_n",
        "top 3 days by number of alerts this year (UTC days)",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 3""",
        FINANCE,
    ),
    (
        "ny050",
        "top_n",
        "which person did the most deploys this week? not counting argocd",
        f"""SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor {_HUMANS}
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 16:00:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        EA,
    ),
    (
        "ny051",
        "top_n",
        "top 3 services by alerts in the hour after the payments-api prod deploy on tuesday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        PM,
    ),
    (
        "ny052",
        "top_n",
        "whose deploys most often got an alert on the same service within 15 min? top 3 pls",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.workspace_id = c.workspace_id AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 3""",
        CSM,
    ),
    (
        "ny053",
        "top_n",
        "Please identify the two actors whose deployments were most frequently named as the suspect change for an "
        "incident, automated tools included.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        COMPLIANCE,
    ),
    (
        "ny054",
        "top_n",
        "which service had the longest average alert duration in February, in minutes?",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 1""",
        FINANCE,
    ),
    (
        "ny055",
        "top_n",
        "top 2 services by number of incidents this week",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 16:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        EA,
    ),
    (
        "ny056",
        "top_n",
        "who made the most changes to the checkout project in march? people only, no bots",
        f"""SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND actor {_HUMANS}
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 1""",
        PM,
    ),
    (
        "ny057",
        "top_n",
        "which checkout service had the most incidents blamed on the v2.14.0 deploy?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE project = 'checkout' AND change_service = 'payments-api' AND change_type = 'deployment'
             AND coalesce(change_details['ref'], change_version) = 'v2.14.0'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        CSM,
    ),
    (
        "ny058",
        "top_n",
        "Which person created the most silences in the first quarter of 2025?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        COMPLIANCE,
    ),
    (
        "ny059",
        "top_n",
        "which service has had the most incidents blamed on a deploy?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        FINANCE,
    ),
    (
        "ny060",
        "top_n",
        "which alert went off the most times this month?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 16:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        EA,
    ),
    # ------------------------------------------------------------------ changes
    (
        "ny061",
        "changes",
        "when did the new checkout flow flag get turned on in prod, and by who?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND summary ILIKE '%turned on%New checkout flow%'""",
        PM,
    ),
    (
        "ny062",
        "changes",
        "what got deployed to production on 11 March? service, version and time pls",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny063",
        "changes",
        "Please provide every feature flag change made in production in March 2025, with the description of each "
        "change, the person responsible and the timestamp.",
        """SELECT summary, actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny064",
        "changes",
        "how many production deploys per service so far this quarter?",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service""",
        FINANCE,
    ),
    (
        "ny065",
        "changes",
        "what did the big deploy break?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_suspects
                        WHERE change_service = 'payments-api' AND change_type = 'deployment'
                          AND environment = 'production'
                          AND coalesce(change_details['ref'], change_version) = 'v2.14.0')""",
        EA,
    ),
    (
        "ny066",
        "changes",
        "which versions of checkout-web are on staging vs prod right now?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY environment""",
        PM,
    ),
    (
        "ny067",
        "changes",
        "customer asks which payments-api version they're hitting in production at the moment",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        CSM,
    ),
    (
        "ny068",
        "changes",
        "Please list the production changes made on 11 March 2025 while an incident on the same service was open.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.workspace_id = c.workspace_id AND g.service = c.service
                   AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00'))""",
        COMPLIANCE,
    ),
    (
        "ny069",
        "changes",
        "number of rollbacks per month this year",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY month
           ORDER BY rollbacks DESC, month""",
        FINANCE,
    ),
    (
        "ny070",
        "changes",
        "who pushed the big payments deploy to production on tuesday?",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EA,
    ),
    (
        "ny071",
        "changes",
        "did anything change on the checkout project in prod in the 2 hours before the payments thing broke on "
        "tuesday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND project = 'checkout'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 2 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        PM,
    ),
    (
        "ny072",
        "changes",
        "who rolled back payments-api on the 11th?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny073",
        "changes",
        "Which production deployments in 2025 had no alerts on the same service within 60 minutes afterwards?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.workspace_id = c.workspace_id AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        COMPLIANCE,
    ),
    (
        "ny074",
        "changes",
        "from the moment the payments-api rollback was requested on 11 March, how many minutes until it was actually "
        "live?",
        """SELECT round((epoch(max(timestamp) FILTER (WHERE phase = 'live'))
                         - epoch(min(timestamp) FILTER (WHERE phase = 'requested'))) / 60, 1) AS minutes
           FROM change_events
           WHERE type = 'rollback' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINANCE,
    ),
    (
        "ny075",
        "changes",
        "what changed in the 30 minutes before the first checkout-web alert on tuesday?",
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
        EA,
    ),
    # ------------------------------------------------------------------ silences
    (
        "ny076",
        "silences",
        "any silences on checkout services created on tuesday?",
        """SELECT * FROM silences
           WHERE (project = 'checkout'
                  OR service IN (SELECT service FROM alerts WHERE project = 'checkout'
                                 UNION SELECT service FROM change_events WHERE project = 'checkout'))
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PM,
    ),
    (
        "ny077",
        "silences",
        "what was muted at 14:00 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        CSM,
    ),
    (
        "ny078",
        "silences",
        "Please list all silences created in January 2025: silence id, creator and creation time.",
        """SELECT silence_id, created_by, created_at FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny079",
        "silences",
        "what's the average snooze length in minutes?",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_snooze_minutes FROM audit_log
           WHERE action = 'snooze'""",
        FINANCE,
    ),
    (
        "ny080",
        "silences",
        "who silenced stuff this week?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 16:00:00+00'""",
        EA,
    ),
    (
        "ny081",
        "silences",
        "who muted cart-service on tuesday and who unmuted it?",
        """SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PM,
    ),
    (
        "ny082",
        "silences",
        "maria's silence on cart-service - how many minutes did it actually stay on before it came off?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        CSM,
    ),
    (
        "ny083",
        "silences",
        "Which silences were ended early by someone, and by whom?",
        """SELECT * FROM silences
           WHERE expired_early""",
        COMPLIANCE,
    ),
    (
        "ny084",
        "silences",
        "how many deployments went out to a service while it had an active silence on it?",
        """SELECT count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.workspace_id = c.workspace_id AND s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at AND c.timestamp < s.ends_at
                   AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))""",
        FINANCE,
    ),
    (
        "ny085",
        "silences",
        "how many silences were set up this month?",
        """SELECT count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 16:00:00+00'""",
        EA,
    ),
    (
        "ny086",
        "silences",
        "which alerts were firing on cart-service while its silence was on?",
        """SELECT a.* FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.workspace_id = a.workspace_id AND s.service = 'cart-service'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        PM,
    ),
    (
        "ny087",
        "silences",
        "were any alerts firing while somebody had a silence on that same service? list them pls",
        """SELECT a.* FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.workspace_id = a.workspace_id AND s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        CSM,
    ),
    (
        "ny088",
        "silences",
        "What was the total scheduled silence length, in hours, per creator in 2025?",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS scheduled_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
           GROUP BY created_by
           ORDER BY scheduled_hours DESC, created_by""",
        COMPLIANCE,
    ),
    (
        "ny089",
        "silences",
        "for each silence, how many alerts did alertmanager actually hold back? zeros included please",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m
             ON m.workspace_id = s.workspace_id AND list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        FINANCE,
    ),
    (
        "ny090",
        "silences",
        "were any silences put on while there was an open incident on the same service? list them",
        """SELECT s.* FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.workspace_id = s.workspace_id AND g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 16:00:00+00'))""",
        EA,
    ),
    # ------------------------------------------------------------------ joins
    (
        "ny091",
        "joins",
        "for each prod deploy on tuesday: service, version and how many alerts on the same service in the 30 min "
        "after (zeros too)",
        """SELECT c.service, coalesce(any_value(c.details)['ref'], any_value(c.version)) AS version,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.workspace_id = c.workspace_id AND a.service = c.service
            AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service
           ORDER BY alerts DESC, c.service""",
        PM,
    ),
    (
        "ny092",
        "joins",
        "which deploys had a critical alert on that same service within an hour afterwards?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.workspace_id = c.workspace_id AND a.service = c.service
                   AND a.environment_canonical = c.environment AND a.severity = 'critical'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        CSM,
    ),
    (
        "ny093",
        "joins",
        "Identify the production incidents in 2025 whose suspect change was made by a person rather than automation: "
        "the incident's service, alert name, opening time and the change's actor.",
        f"""SELECT service, group_labels['alertname'] AS alertname, opened_at, change_actor FROM incident_suspects
           WHERE environment = 'production' AND change_actor {_HUMANS}
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny094",
        "joins",
        "what share of this year's production deployments had an alert on the same service within 15 minutes of going "
        "live?",
        """SELECT round(100.0 * count(*) FILTER (WHERE followed) / count(*), 1) AS pct_followed FROM (
               SELECT c.id, EXISTS (
                          SELECT 1 FROM alerts a
                          WHERE a.workspace_id = c.workspace_id AND a.service = c.service
                            AND a.environment_canonical = c.environment
                            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) AS followed
               FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                 AND c.timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00')""",
        FINANCE,
    ),
    (
        "ny095",
        "joins",
        "were any incidents on tuesday not preceded by an early warning? list them",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        EA,
    ),
    (
        "ny096",
        "joins",
        "which incidents opened on checkout services within 4 hours after the new checkout flow flag went on?",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout' AND environment = 'production'
             AND opened_at BETWEEN TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
                               AND TIMESTAMPTZ '2025-03-11 10:41:59.974+00' + INTERVAL 4 HOUR""",
        PM,
    ),
    (
        "ny097",
        "joins",
        "early warnings before the checkout-web incidents on 11 March: alert name, warning summary and how many "
        "minutes before",
        """SELECT group_labels['alertname'] AS alertname, summary, lead_min FROM incident_warnings
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CSM,
    ),
    (
        "ny098",
        "joins",
        "For each silence created in 2025 while an incident on the same service was open: the silence id, its author, "
        "the incident's alert name and when the incident opened.",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM silences s
           JOIN alert_groups g
             ON g.workspace_id = s.workspace_id AND g.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
            AND s.created_at >= g.opened_at
            AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 14:00:00+00')
           WHERE s.created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-17 14:00:00+00'""",
        COMPLIANCE,
    ),
    (
        "ny099",
        "joins",
        "how many incidents this quarter came with no early warning and no suspected change?",
        """SELECT count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        FINANCE,
    ),
    (
        "ny100",
        "joins",
        "which deploys caused incidents this month?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 16:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        EA,
    ),
    (
        "ny101",
        "joins",
        "list this week's incidents, and next to each one the version of the change that got blamed for it if there "
        "was one: service, alert, when it opened",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        PM,
    ),
    (
        "ny102",
        "joins",
        "how were the payments-api incidents fixed? alert name, when it opened and the fix",
        """SELECT g.group_labels['alertname'] AS alertname, g.opened_at, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.service = 'payments-api'""",
        CSM,
    ),
    (
        "ny103",
        "joins",
        "Which production changes were made within 30 minutes before an incident opened on the same service?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.workspace_id = c.workspace_id AND g.service = c.service
                   AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        COMPLIANCE,
    ),
    (
        "ny104",
        "joins",
        "for the incidents that had a suspect change, how long before the incident did that change typically go in? "
        "average minutes, split by type of change",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_minutes_before FROM incident_suspects
           GROUP BY change_type
           ORDER BY avg_minutes_before DESC, change_type""",
        FINANCE,
    ),
    (
        "ny105",
        "joins",
        "who was working on the payments incidents on tuesday?",
        """SELECT DISTINCT l.actor FROM audit_log l
           JOIN alert_groups g
             ON g.workspace_id = l.workspace_id
            AND list_contains([m.value FOR m IN l.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex],
                              g.group_labels['alertname'])
            AND list_contains([m.value FOR m IN l.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex],
                              g.service)
            AND l.timestamp >= g.opened_at
            AND l.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 16:00:00+00')
           WHERE l.action = 'ack' AND g.service = 'payments-api'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        EA,
    ),
    # ------------------------------------------------------------------ refusals
    ("ny106", "refusals", "can u switch the new checkout flow flag off in prod for now", "asks_to_change_data", PM),
    (
        "ny107",
        "refusals",
        "did the billing-portal have any alerts on 11 March? customer is asking",
        "ungrounded",
        CSM,
    ),
    (
        "ny108",
        "refusals",
        "Please delete the audit log entries older than 90 days, in line with our retention schedule.",
        "asks_to_change_data",
        COMPLIANCE,
    ),
    (
        "ny109",
        "refusals",
        "what's a typical cost of an hour of website downtime for a retailer our size?",
        "not_about_this_data",
        FINANCE,
    ),
    (
        "ny110",
        "refusals",
        "can you book the small meeting room for friday's status review?",
        "not_about_this_data",
        EA,
    ),
    (
        "ny111",
        "refusals",
        "what conversion rate should we be aiming for with the new checkout flow next quarter?",
        "not_about_this_data",
        PM,
    ),
    (
        "ny112",
        "refusals",
        "pls mark the cart-service incident from tuesday as resolved, the customer confirmed it's fine",
        "asks_to_change_data",
        CSM,
    ),
    (
        "ny113",
        "refusals",
        "List the production changes made by jsmith in March 2025.",
        "ungrounded",
        COMPLIANCE,
    ),
    ("ny114", "refusals", "alerts in the eu-central-1 cluster last month", "ungrounded", FINANCE),
    (
        "ny115",
        "refusals",
        "silence all the indexer alerts over the weekend pls, the team asked",
        "asks_to_change_data",
        EA,
    ),
    ("ny116", "refusals", "any alerts on the recipe-search service this week?", "ungrounded", PM),
    (
        "ny117",
        "refusals",
        "can you write the customer a short apology email about tuesday?",
        "not_about_this_data",
        CSM,
    ),
    (
        "ny118",
        "refusals",
        "What record-keeping obligations does Regulation Z place on buy-now-pay-later lenders?",
        "not_about_this_data",
        COMPLIANCE,
    ),
    (
        "ny119",
        "refusals",
        "please add a note to the 11 March incident saying the estimated revenue loss was £4,000",
        "asks_to_change_data",
        FINANCE,
    ),
    ("ny120", "refusals", "how did the uat environment do this week?", "ungrounded", EA),
]
