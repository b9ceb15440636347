"""The sixtieth ask question set: ids kz001..kz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, nor any row of an
earlier set beyond the first ten rows of ``ask_questions_thirtieth`` (imported in Python, for the file's format) and
the lines of that file defining its module-level now constants (one grep, seen in passing). What the author read: the
brief, the project's design notes (../shared/DESIGN.md), docs/store.md printed whole and its middle, cut off by the
terminal, printed again by line range; the "Shapes and joins" section of docs/ask.md printed alone (its line range found
by listing the headings with grep; its middle, cut off by the terminal, printed again by line range), taken as the rules
for the shape of every gold answer; the module docstring and code of ``ask_questions`` (how a set is wired and split;
this set is not wired in by its author); the module docstring of ``ask_questions_fortyninth``, printed with ``ast`` and
read whole, whose "Conventions" list is followed where a question leaves room; the module docstrings of the fiftieth to
fifty-ninth sets, printed with ``ast`` into a scratch file and grepped for their people, cities and roles, and every
earlier set's docstring searched with ``ast`` for the cities chosen here; and the demo store itself, copied and opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage). Nothing else was read, beyond file names seen in directory listings of the project root and the shared
folder. The sixty-first set, written at the same time by another outside author, was not read. Each row is ``(id,
category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (the question names a service, person, environment or cluster the store does not hold); any other gold
is a single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no one in Lima,
Ljubljana, Ottawa, Doha or Luxembourg, and no hospital, university, government-service, airline or bank change-control
voice). Each asks three questions in every category (24 each, three of them refusals):

- the IT on-call of a hospital group in Lima whose patient portal logs in through the identity services (auth-api,
  token-service, user-profile), typing on a phone between ward rounds at 08:00 PET on Wednesday 12 March (2025-03-12
  13:00 UTC): short, lowercase, phone slips and shorthand ("wich", "wat", "r", "rn", "yday", "n", "svc", "w/", "pls",
  "in min");
- a research-computing administrator at a university in Ljubljana, whose library catalogue search runs on the search
  services (indexer, search-api, query-suggest), at 10:00 CET on Thursday 13 March (2025-03-13 09:00 UTC), whose first
  language is Slovenian: articles dropped, "how much" for "how many", a question kept in statement order ("When
  search-api was scaled the last time", "Which indexer silences kenji created");
- an SRE of a government digital service in Ottawa preparing Friday's weekly service review, at 09:00 EDT on Friday 14
  March (2025-03-14 13:00 UTC): Canadian English ("eh", "Morning!"), review words, "this week" (Monday 10 March till
  now) and "last week" (3 to 9 March);
- an operations engineer of an airline in Doha whose ancillary sales (seats, bags) pay through the checkout services,
  at 07:00 AST on Thursday 13 March (2025-03-13 04:00 UTC): ops shorthand and times in Zulu ("1430Z", "Zulu", "ops
  wants the list", "hour + count");
- the change manager of a bank in Luxembourg preparing the change and incident report, at 09:00 CET on Monday 17 March
  (2025-03-17 08:00 UTC): formal ("Please list", "For the change report"), humans against tools, changes outside the
  window, changes during incidents, deployments rolled back, silence authors.

40 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters (indexer
alerts after indexer deployments, production alerts after flag flips, identity deploys followed by an alert, checkout
alerts firing while a silence on their service was in effect), two in time (changes in the 30 minutes before the 16:58
DiskSpaceLow alert, minutes from v2.14.0 going live to the first checkout-web alert after it), four in aggregates
(alerts after each production deploy averaged, deploys followed by a critical alert counted, deploys followed by an
incident as a share, the identity suspects' mean lag), five in top_n (incidents with a suspect per service, alerts in
the hour after v2.14.0 per checkout service, alerts after a service's own deploys, early-warning kinds before
incidents, whose deploys were suspects), six in changes (search deploys followed by an alert, deploys with no alert
after them, changes before the HikariPoolPendingConnections alert, changes while an incident was open, deployments
rolled back within the hour, deploys that caused incidents), four in silences (silences after an alert, alerts firing
when maria's silence went on, silence authors during incidents, silences Alertmanager says muted something) and all
fifteen joins. Releases never deployed to production (kz073) relate two kinds of change and are not counted. One gold
returns an empty result: kz024 (no deployment went live on a Saturday or Sunday).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the hospital and the airline
  keep UTC boards, the airline says "Z"; the others say "UTC" where a clock matters), so no question is read in another
  zone. The nows: Lima 2025-03-12 13:00, Ljubljana 2025-03-13 09:00, Ottawa Friday 2025-03-14 13:00, Doha 2025-03-13
  04:00, Luxembourg Monday 2025-03-17 08:00, all after every record. "yday" (Lima) is ``[2025-03-11, 2025-03-12)``,
  "today" ``[2025-03-12, now]``; "the 11th", "11 March", "Tuesday the 11th" ``[2025-03-11, 2025-03-12)``; "this week"
  (Lima, Ottawa) ``[2025-03-10, now]``; "last week" (Ottawa) ``[2025-03-03, 2025-03-10)`` and (Luxembourg, a Monday)
  ``[2025-03-10, 2025-03-17)``, its "Monday and Tuesday" ``[2025-03-10, 2025-03-12)``; "this month", "since 1 March",
  "in March" from 2025-03-01 to now; "this quarter" from 2025-01-01 to now; "since 1 February" from 2025-02-01 to now;
  "in feb", "February" ``[2025-02-01, 2025-03-01)``; "in last 7 days" and "the last 48 hrs" ``(now - 7 days, now]`` and
  ``(now - 48 h, now]``; "between 1430Z and 1500Z", "between 9 n 10 am", "between 14:00 and 15:00 UTC" include their
  start and exclude their end; "since 1400Z on the 11th" runs to now; "after 16:00 UTC" on a day runs to that day's
  end. "All time", "ever", "any date" have no window. A thing is in a window by its own time (an alert's ``starts_at``,
  a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log line's ``timestamp``, a
  sample's ``timestamp``); "firing at" a moment and "in effect at" a moment are the state at that instant; "still
  firing rn", "still open right now" the state at now; a silence "expiring today" has its ``ends_at`` that day.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that span in minutes;
  the "scheduled length" and "total scheduled silence minutes" are ``starts_at`` to ``ends_at``). Changes are their
  ``phase = 'live'`` reports: "deploys" and "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in production on the
  11th, reported by two tools, is two rows wherever it is in the base), "rollbacks", "config changes", "flag flips",
  "releases", "scale events" their types, "changes" of any type every live report (scale events included). A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); "the
  version live in prod" that of the last live deployment or rollback of that service in production. "Humans", "people
  only" and "not by argocd or the controller" are every actor but ``argocd (automated)`` and ``deployment-controller``;
  "who deployed to production the most" counts every actor as stored (argocd is first); "people who never created a
  silence" (kz099) are actors as stored that no silence names as ``created_by`` (the deploy tools among them, and
  ``dpatel``, ``lnovak``, ``mgonzalez`` and ``sokafor`` are not the same strings as any silence author); people named
  by a first name are ``ILIKE '%name%'``. "The identity stuff", "identity svcs" are ``project = 'identity'``; "the
  checkout project", "checkout svc" ``project = 'checkout'``; "the search project" ``project = 'search'``. "The
  cart-service silence" is the only silence pinning cart-service (maria's); "the HikariPoolPendingConnections alert"
  fired once, and its start is the moment; "the indexer DiskSpaceLow alert that started at 16:58 on 11 March" is the
  one that started in that minute. "Production silences" are those whose matchers pin production
  (``environment_canonical``).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("within 1h", "within an hour"
  60); "in the hour before" / "in 30 minutes before" an alert is ``[t - N, t]``, the changes being those of the alert's
  environment (production), any service unless one is named (kz068 names payments-api). "The v2.14.0 prod deploy" is
  its live production deployment at 2025-03-11 14:31:22; "the hour after" it ``[t, t + 60 min]`` on every checkout
  service; "the first checkout-web alert after it" the first at or after it. "How many minutes was payments-api down on
  the 11th" runs from the first of that day's payments-api alerts' start to the last one's end. A silence meets the
  other side on its service and, when it pins one, its environment: alerts "firing while a silence on the same service
  was in effect" overlap its span; silences "created within an hour after an alert on the same service started" have
  ``created_at`` in ``[a, a + 60 min]``; silences created "while an incident on the same service was open" and
  incidents "that had a silence created during them" have the silence's creation inside the incident's span, ends
  included; deploys "to a service that was silenced at the time" have their time inside the silence's span. Changes
  "made while an incident on the same service was open" have their time inside the incident's span, ends included.
  "What was still firing at the moment maria put her cart-service silence on" is every alert firing at its creation.
  "Deployments rolled back within an hour" are met by a live rollback of the same service and environment in ``[t, t +
  60 min]``; "releases never deployed to production" have no live production deployment of the same service and
  version. "Suspect" is ``incident_suspects``; "which deploys caused incidents" and "which changes were blamed for
  critical incidents" are the ``change_events`` rows some incident (a critical one: ``max_severity``) has as its
  suspect; "whose deployments were named the suspect for the most incidents" counts distinct incidents per
  ``change_actor`` of suspect deployments; "incidents with their suspect if any" keeps every incident (a ``LEFT
  JOIN``). "Early warnings before incidents" are ``incident_warnings`` rows ("kinds" of warning its
  ``warning_alertname``); "how they were fixed" ``alert_groups`` joined to ``resolutions``; "incidents resolved by
  lucie" the incidents her resolutions name. "How many alerts did each silence mute, zero included" counts the
  ``alert_mutes`` rows whose ``silenced_by`` names it, every silence listed; "really muted something, per
  Alertmanager" is a silence ``alert_mutes`` names. "For each ... deploy: ..., how many alerts in the next hour / 30
  min" and "for each incident ...: how many deployments in the hour before it" are one row per thing (a ``LEFT JOIN``,
  0 included), with the columns listed.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones, "time to resolve"; alert durations of resolved alerts); a metric's maximum as stored; percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects ("share of the alerts on the 11th": the alerts
  that started that day; "percentage of production deployments since 1 February": those live production deployments);
  "on average, how many alerts ... after each production deploy" is the mean of the per-deploy counts over every live
  production deployment, those with none counting 0; "number of deploys and number of rollbacks per service" is both
  counts side by side, per service with either; "how much error log lines per service" is a count per value, most
  first. "Business hours" are Monday to Friday 09:00-17:00 UTC by the row's own time; "outside" them any other time.
- Top-N answers ``value, count`` most first (the least first for "bottom"), ties by the value, and every N asked is one
  no tie crosses ("just the one", "one name", "which svc got the most" ask for one row; the three of kz058 tie with each
  other at one alert, the fourth has two). "Busiest hour ... hour + count" is the hour's UTC start with its count; "top
  3 indexer log patterns by error count" sums ``log_pattern_counts.errors`` per template. "When was indexer last
  deployed to production" and "when search-api was scaled the last time in production? Show the event" are that
  change's row. "Who ..., and when?" is the person and the time of each act; "who put the silence on cart-service and
  who took it off" its ``created_by`` and ``expired_by``; "which indexer versions went out to staging" each version
  once.
- Refusals: the services "patient-portal" and "booking-engine", the cluster "hpc-lj-01" (the store has prod-eu-west-1
  and staging-eu-west-1), the person "jtremblay" and the "UAT" environment (the store has production and staging) are
  ungrounded; on-call rotation advice, Slurm partitions, a government availability standard, seat-selection pricing
  and DORA Article 17 are not about this data; silencing the identity alerts, deleting old log lines, marking an
  incident resolved, rolling payments-api back and approving a change ask to change the data.
"""

from __future__ import annotations

LIMA = "2025-03-12T13:00:00Z"
LJUBLJANA = "2025-03-13T09:00:00Z"
OTTAWA = "2025-03-14T13:00:00Z"
DOHA = "2025-03-13T04:00:00Z"
LUXEMBOURG = "2025-03-17T08:00:00Z"

HUMANS = "('argocd (automated)', 'deployment-controller')"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "kz001",
        "filters",
        "crit alerts on the identity stuff yday?",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LIMA,
    ),
    (
        "kz002",
        "filters",
        "wich identity alerts r still firing rn",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 13:00:00+00')""",
        LIMA,
    ),
    (
        "kz003",
        "filters",
        "Show me indexer alerts which started within 30 minutes after indexer deployment in production.",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'indexer'
                   AND c.environment = 'production'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        LJUBLJANA,
    ),
    (
        "kz004",
        "filters",
        "Give me early warnings for indexer with sigma above 5.",
        """SELECT * FROM warnings WHERE labels['service'] = 'indexer' AND sigma > 5""",
        LJUBLJANA,
    ),
    (
        "kz005",
        "filters",
        "Morning! Can you pull up every rollback that went live in production this month, eh?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        OTTAWA,
    ),
    (
        "kz006",
        "filters",
        "For the service review: which production alerts started within 15 minutes after a flag flip on the same "
        "service? Any date.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        OTTAWA,
    ),
    (
        "kz007",
        "filters",
        "checkout project alerts that started between 1430Z and 1500Z on the 11th",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        DOHA,
    ),
    (
        "kz008",
        "filters",
        "every critical on payments-api we ever had, ops wants the list",
        """SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'""",
        DOHA,
    ),
    (
        "kz009",
        "filters",
        "Please list all configuration changes made in production since 1 March.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        LUXEMBOURG,
    ),
    (
        "kz010",
        "filters",
        "Show me the production deployments of last week that were made by humans, not by argocd or the controller.",
        f"""SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor NOT IN {HUMANS}
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        LUXEMBOURG,
    ),
    (
        "kz011",
        "filters",
        "prod deploys of the identity svcs that were followed by an alert on the same svc within 1h",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.project = 'identity'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        LIMA,
    ),
    (
        "kz012",
        "filters",
        "staging incidents opened this week that are still open right now?",
        """SELECT * FROM alert_groups
           WHERE environment = 'staging'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 13:00:00+00')""",
        OTTAWA,
    ),
    (
        "kz013",
        "filters",
        "Which error log lines had search-api in staging on 11 March?",
        """SELECT * FROM log_events
           WHERE service = 'search-api' AND environment = 'staging' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LJUBLJANA,
    ),
    (
        "kz014",
        "filters",
        "any checkout project alerts that were firing while a silence on the same service was in effect?",
        """SELECT * FROM alerts a
           WHERE a.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        DOHA,
    ),
    (
        "kz015",
        "filters",
        "For the change report: which changes went live on Tuesday 11 March after 16:00 UTC, once the change window "
        "had closed? Any environment.",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LUXEMBOURG,
    ),
    # ------------------------------------------------------------------- time
    (
        "kz016",
        "time",
        "wat was firing at 3am today on identity",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        LIMA,
    ),
    (
        "kz017",
        "time",
        "when did the last user-profile alert start",
        """SELECT max(starts_at) FROM alerts WHERE service = 'user-profile'""",
        LIMA,
    ),
    (
        "kz018",
        "time",
        "How many alerts had indexer per day in last 7 days?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE service = 'indexer'
             AND starts_at > TIMESTAMPTZ '2025-03-06 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 09:00:00+00'
           GROUP BY day ORDER BY alerts DESC, day""",
        LJUBLJANA,
    ),
    (
        "kz019",
        "time",
        "What changed in production in 30 minutes before the indexer DiskSpaceLow alert that started at 16:58 on "
        "11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'indexer'
                                      AND name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'indexer'
                                      AND name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00')""",
        LJUBLJANA,
    ),
    (
        "kz020",
        "time",
        "alerts per hour on Tuesday the 11th, UTC please",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour""",
        OTTAWA,
    ),
    (
        "kz021",
        "time",
        "which silences were in effect at noon UTC on March 11?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 12:00:00+00')""",
        OTTAWA,
    ),
    (
        "kz022",
        "time",
        "how many minutes from payments-api v2.14.0 going live in prod to the first checkout-web alert after it",
        """SELECT round((epoch(min(a.starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)
           FROM alerts a
           WHERE a.service = 'checkout-web' AND a.starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        DOHA,
    ),
    (
        "kz023",
        "time",
        "payments-api alerts since 1400Z on the 11th",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 04:00:00+00'""",
        DOHA,
    ),
    (
        "kz024",
        "time",
        "Which deployments went live on a weekend (Saturday or Sunday)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND dayofweek(timestamp) IN (0, 6)""",
        LUXEMBOURG,
    ),
    (
        "kz025",
        "time",
        "Production changes between 14:00 and 15:00 UTC on 11 March, please.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        LUXEMBOURG,
    ),
    (
        "kz026",
        "time",
        "alerts yday between 9 n 10 am",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 10:00:00+00'""",
        LIMA,
    ),
    (
        "kz027",
        "time",
        "When was indexer last deployed to production?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'indexer' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        LJUBLJANA,
    ),
    (
        "kz028",
        "time",
        "how many alerts this week, compared with last week?",
        """SELECT
             count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                               AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00') AS alerts_this_week,
             count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                               AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_last_week
           FROM alerts""",
        OTTAWA,
    ),
    (
        "kz029",
        "time",
        "what was firing in the checkout project at 1445Z on the 11th",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        DOHA,
    ),
    (
        "kz030",
        "time",
        "Alerts on Monday and Tuesday of last week.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LUXEMBOURG,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "kz031",
        "aggregates",
        "avg time to resolve identity incidents, in min",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE project = 'identity' AND resolved_at IS NOT NULL""",
        LIMA,
    ),
    (
        "kz032",
        "aggregates",
        "how many alerts did token-service have in feb",
        """SELECT count(*) FROM alerts
           WHERE service = 'token-service'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        LIMA,
    ),
    (
        "kz033",
        "aggregates",
        "How much error log lines per service in production on 11 March?",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY errors DESC, service""",
        LJUBLJANA,
    ),
    (
        "kz034",
        "aggregates",
        "What was maximum of search_indexer_queue_depth on 11 March?",
        """SELECT max(value) FROM metric_points
           WHERE name = 'search_indexer_queue_depth'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LJUBLJANA,
    ),
    (
        "kz035",
        "aggregates",
        "what share of the alerts on the 11th were in production?",
        """SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'production') / count(*), 1)
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        OTTAWA,
    ),
    (
        "kz036",
        "aggregates",
        "On average, how many alerts on the same service in the 15 min after each production deploy?",
        """SELECT round(avg(n), 1) FROM (
             SELECT c.id, count(a.fingerprint) AS n
             FROM change_events c
             LEFT JOIN alerts a
               ON a.service = c.service AND a.environment_canonical = c.environment
              AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
             WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             GROUP BY c.id)""",
        OTTAWA,
    ),
    (
        "kz037",
        "aggregates",
        "median payments-api alert duration, minutes",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'payments-api' AND ends_at IS NOT NULL""",
        DOHA,
    ),
    (
        "kz038",
        "aggregates",
        "how many deploys were followed by a critical alert on the same service within an hour",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        DOHA,
    ),
    (
        "kz039",
        "aggregates",
        "What percentage of production deployments since 1 February were followed by an incident on the same "
        "service within 30 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        LUXEMBOURG,
    ),
    (
        "kz040",
        "aggregates",
        "Total scheduled silence minutes per author, for the silences created in March.",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY created_by ORDER BY minutes DESC, created_by""",
        LUXEMBOURG,
    ),
    (
        "kz041",
        "aggregates",
        "avg lag in min of the suspect changes of identity incidents",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects WHERE project = 'identity'""",
        LIMA,
    ),
    (
        "kz042",
        "aggregates",
        "Mean sigma of indexer warnings per metric key?",
        """SELECT metric_key, round(avg(sigma), 1) AS mean_sigma FROM warnings
           WHERE labels['service'] = 'indexer'
           GROUP BY metric_key ORDER BY mean_sigma DESC, metric_key""",
        LJUBLJANA,
    ),
    (
        "kz043",
        "aggregates",
        "number of deploys and number of rollbacks per service this week",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND type IN ('deployment', 'rollback')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service ORDER BY deploys DESC, service""",
        OTTAWA,
    ),
    (
        "kz044",
        "aggregates",
        "how many minutes was payments-api down on the 11th",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 04:00:00+00'))) - epoch(min(starts_at)))
                     / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DOHA,
    ),
    (
        "kz045",
        "aggregates",
        "How many silences were created outside business hours last week (Mon-Fri 09:00-17:00 UTC being business)?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) BETWEEN 9 AND 16)""",
        LUXEMBOURG,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "kz046",
        "top_n",
        "top 3 svcs by alerts yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        LIMA,
    ),
    (
        "kz047",
        "top_n",
        "who acked the most alerts? just the one",
        """SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        LIMA,
    ),
    (
        "kz048",
        "top_n",
        "Which two alert names fired the most on indexer, all time?",
        """SELECT name, count(*) AS alerts FROM alerts WHERE service = 'indexer'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        LJUBLJANA,
    ),
    (
        "kz049",
        "top_n",
        "Top 3 indexer log patterns by error count?",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'indexer'
           GROUP BY template ORDER BY errors DESC, template LIMIT 3""",
        LJUBLJANA,
    ),
    (
        "kz050",
        "top_n",
        "which service had the most incidents with a suspect change?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        OTTAWA,
    ),
    (
        "kz051",
        "top_n",
        "who deployed to production the most this quarter? one name",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        OTTAWA,
    ),
    (
        "kz052",
        "top_n",
        "which checkout svc got the most alerts in the hour after the v2.14.0 prod deploy",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        DOHA,
    ),
    (
        "kz053",
        "top_n",
        "busiest hour for alerts on the 11th, Zulu. hour + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        DOHA,
    ),
    (
        "kz054",
        "top_n",
        "Which person made the most production changes in February? People only, no argocd or controller.",
        f"""SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND actor NOT IN {HUMANS}
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 1""",
        LUXEMBOURG,
    ),
    (
        "kz055",
        "top_n",
        "Which three people created the most silences?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 3""",
        LUXEMBOURG,
    ),
    (
        "kz056",
        "top_n",
        "which svc got the most alerts within 15 min after its own deploys",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        LIMA,
    ),
    (
        "kz057",
        "top_n",
        "Which two kinds of early warning came before incidents most often?",
        """SELECT warning_alertname, count(*) AS warnings FROM incident_warnings
           GROUP BY warning_alertname ORDER BY warnings DESC, warning_alertname LIMIT 2""",
        LJUBLJANA,
    ),
    (
        "kz058",
        "top_n",
        "bottom 3 services by alerts this week",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY service ORDER BY alerts, service LIMIT 3""",
        OTTAWA,
    ),
    (
        "kz059",
        "top_n",
        "top 2 alert names on payments-api, all time",
        """SELECT name, count(*) AS alerts FROM alerts WHERE service = 'payments-api'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        DOHA,
    ),
    (
        "kz060",
        "top_n",
        "Whose deployments were named the suspect for the most incidents? The top two.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2""",
        LUXEMBOURG,
    ),
    # ---------------------------------------------------------------- changes
    (
        "kz061",
        "changes",
        "who deployed auth-api to prod this wk",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 13:00:00+00'""",
        LIMA,
    ),
    (
        "kz062",
        "changes",
        "which version of user-profile is live in prod",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'user-profile' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        LIMA,
    ),
    (
        "kz063",
        "changes",
        "Which indexer versions went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'indexer' AND environment = 'staging'""",
        LJUBLJANA,
    ),
    (
        "kz064",
        "changes",
        "Which deploys of search project were followed by alert on the same service within 15 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.project = 'search'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LJUBLJANA,
    ),
    (
        "kz065",
        "changes",
        "flag flips in prod this week - who and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        OTTAWA,
    ),
    (
        "kz066",
        "changes",
        "deploys this week with no alert on the same service in the 30 min after them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        OTTAWA,
    ),
    (
        "kz067",
        "changes",
        "list the payments-api rollbacks",
        """SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'""",
        DOHA,
    ),
    (
        "kz068",
        "changes",
        "what changed on payments-api in the hour before the HikariPoolPendingConnections alert",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'HikariPoolPendingConnections') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'HikariPoolPendingConnections')""",
        DOHA,
    ),
    (
        "kz069",
        "changes",
        "Which production changes were made while an incident on the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00'))""",
        LUXEMBOURG,
    ),
    (
        "kz070",
        "changes",
        "Production deployments that were rolled back within an hour.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        LUXEMBOURG,
    ),
    (
        "kz071",
        "changes",
        "config changes lucie did?",
        """SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND actor ILIKE '%lucie%'""",
        LIMA,
    ),
    (
        "kz072",
        "changes",
        "When search-api was scaled the last time in production? Show the event.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'search-api' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        LJUBLJANA,
    ),
    (
        "kz073",
        "changes",
        "which releases never got deployed to production?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version))""",
        OTTAWA,
    ),
    (
        "kz074",
        "changes",
        "which deploys caused incidents",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)""",
        DOHA,
    ),
    (
        "kz075",
        "changes",
        "Who changed configuration in production, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        LUXEMBOURG,
    ),
    # --------------------------------------------------------------- silences
    (
        "kz076",
        "silences",
        "who silenced token-service",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'token-service'""",
        LIMA,
    ),
    (
        "kz077",
        "silences",
        "any silences expiring today?",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        LIMA,
    ),
    (
        "kz078",
        "silences",
        "Which indexer silences kenji created in February?",
        """SELECT * FROM silences
           WHERE service = 'indexer' AND created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        LJUBLJANA,
    ),
    (
        "kz079",
        "silences",
        "How many alerts did each silence mute, according to Alertmanager? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id""",
        LJUBLJANA,
    ),
    (
        "kz080",
        "silences",
        "silences created within an hour after an alert on the same service started",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        OTTAWA,
    ),
    (
        "kz081",
        "silences",
        "silences with more than two matchers",
        """SELECT * FROM silences WHERE len(matchers) > 2""",
        OTTAWA,
    ),
    (
        "kz082",
        "silences",
        "who put the silence on cart-service and who took it off",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        DOHA,
    ),
    (
        "kz083",
        "silences",
        "what was still firing at the moment maria put her cart-service silence on",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences
                                                WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))""",
        DOHA,
    ),
    (
        "kz084",
        "silences",
        "Which production silences were created outside business hours in March?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) BETWEEN 9 AND 16)""",
        LUXEMBOURG,
    ),
    (
        "kz085",
        "silences",
        "Who created silences while an incident on the same service was open?",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00'))""",
        LUXEMBOURG,
    ),
    (
        "kz086",
        "silences",
        "how long was the cart-service silence actually in place, min",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service'""",
        LIMA,
    ),
    (
        "kz087",
        "silences",
        "Which silences really muted something, per Alertmanager?",
        """SELECT * FROM silences s
           WHERE EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        LJUBLJANA,
    ),
    (
        "kz088",
        "silences",
        "active silences at 22:00 UTC on Monday the 10th?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-10 22:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-10 22:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-10 22:00:00+00')""",
        OTTAWA,
    ),
    (
        "kz089",
        "silences",
        "silences created in the last 48 hrs",
        """SELECT * FROM silences
           WHERE created_at > TIMESTAMPTZ '2025-03-11 04:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 04:00:00+00'""",
        DOHA,
    ),
    (
        "kz090",
        "silences",
        "For each silence created last week, its author and its scheduled length in minutes.",
        """SELECT created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        LUXEMBOURG,
    ),
    # ------------------------------------------------------------------ joins
    (
        "kz091",
        "joins",
        "for each prod deploy of an identity svc: svc, version, time n how many alerts on that svc in the next hour",
        """SELECT c.service, coalesce(c.details['ref'], c.version), c.timestamp, count(a.fingerprint)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.project = 'identity'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version), c.timestamp""",
        LIMA,
    ),
    (
        "kz092",
        "joins",
        "identity incidents in feb w/ their suspect if any: svc, alert name, opened, suspect version",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version)
           FROM alert_groups g LEFT JOIN incident_suspects s ON s.group_id = g.id
           WHERE g.project = 'identity'
             AND g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        LIMA,
    ),
    (
        "kz093",
        "joins",
        "Which early warnings came before the indexer incidents? All columns.",
        """SELECT * FROM incident_warnings WHERE service = 'indexer'""",
        LJUBLJANA,
    ),
    (
        "kz094",
        "joins",
        "How were indexer incidents fixed? Opened time, alert name and the fix.",
        """SELECT g.opened_at, g.group_labels['alertname'], r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'indexer'""",
        LJUBLJANA,
    ),
    (
        "kz095",
        "joins",
        "which services got paged within 15 min of one of their own deploys this week?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        OTTAWA,
    ),
    (
        "kz096",
        "joins",
        "incidents since March 1 with neither an early warning nor a suspect change",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_warnings)
             AND g.id NOT IN (SELECT group_id FROM incident_suspects)""",
        OTTAWA,
    ),
    (
        "kz097",
        "joins",
        "for each payments-api prod deploy: version and how many payments-api alerts in the next 30 min",
        """SELECT coalesce(c.details['ref'], c.version), count(a.fingerprint)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = 'production'
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'payments-api' AND c.environment = 'production'
           GROUP BY c.id, coalesce(c.details['ref'], c.version)""",
        DOHA,
    ),
    (
        "kz098",
        "joins",
        "checkout-web alerts within 5 min after a payments-api alert",
        """SELECT * FROM alerts w
           WHERE w.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = w.environment_canonical
                   AND w.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 5 MINUTE)""",
        DOHA,
    ),
    (
        "kz099",
        "joins",
        "Deployments made by people who never created a silence.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN (SELECT created_by FROM silences WHERE created_by IS NOT NULL)""",
        LUXEMBOURG,
    ),
    (
        "kz100",
        "joins",
        "Which changes were blamed for critical incidents?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        LUXEMBOURG,
    ),
    (
        "kz101",
        "joins",
        "incidents resolved by lucie",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM resolutions WHERE resolved_by ILIKE '%lucie%')""",
        LIMA,
    ),
    (
        "kz102",
        "joins",
        "Which log patterns came before the search-api ContainerOOMKilled incident?",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE service = 'search-api' AND group_labels['alertname'] = 'ContainerOOMKilled')""",
        LJUBLJANA,
    ),
    (
        "kz103",
        "joins",
        "incidents that had a silence created during them, same service",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))""",
        OTTAWA,
    ),
    (
        "kz104",
        "joins",
        "deploys to a service that was silenced at the time",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp
                   AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))""",
        DOHA,
    ),
    (
        "kz105",
        "joins",
        "For each incident opened since 1 March: service, alert name, opened time and how many deployments of the "
        "same service went live in the hour before it.",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at, count(c.id)
           FROM alert_groups g
           LEFT JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY g.id, g.service, g.group_labels['alertname'], g.opened_at""",
        LUXEMBOURG,
    ),
    # --------------------------------------------------------------- refusals
    (
        "kz106",
        "refusals",
        "pls silence all the identity alerts for 2 hrs, patient portal maintenance",
        "asks_to_change_data",
        LIMA,
    ),
    ("kz107", "refusals", "whats a good on call rotation for a team of 4 ppl", "not_about_this_data", LIMA),
    ("kz108", "refusals", "alerts on patient-portal yday?", "ungrounded", LIMA),
    (
        "kz109",
        "refusals",
        "Delete old indexer log lines from January, we need the disk.",
        "asks_to_change_data",
        LJUBLJANA,
    ),
    ("kz110", "refusals", "Which Slurm partition had most failed jobs this week?", "not_about_this_data", LJUBLJANA),
    ("kz111", "refusals", "Show me alerts on cluster hpc-lj-01.", "ungrounded", LJUBLJANA),
    ("kz112", "refusals", "can you mark the checkout-web incident as resolved, eh?", "asks_to_change_data", OTTAWA),
    (
        "kz113",
        "refusals",
        "how does the Treasury Board standard define availability for a public service?",
        "not_about_this_data",
        OTTAWA,
    ),
    ("kz114", "refusals", "deploys by jtremblay this week", "ungrounded", OTTAWA),
    ("kz115", "refusals", "roll payments-api back to v2.13.2 now", "asks_to_change_data", DOHA),
    ("kz116", "refusals", "best way to price seat selection on long-haul?", "not_about_this_data", DOHA),
    ("kz117", "refusals", "booking-engine alerts last night", "ungrounded", DOHA),
    (
        "kz118",
        "refusals",
        "Please approve change CHG-4471 and record it as implemented.",
        "asks_to_change_data",
        LUXEMBOURG,
    ),
    (
        "kz119",
        "refusals",
        "What does DORA Article 17 require for classifying ICT-related incidents?",
        "not_about_this_data",
        LUXEMBOURG,
    ),
    ("kz120", "refusals", "Show me the changes made in the UAT environment last week.", "ungrounded", LUXEMBOURG),
]
