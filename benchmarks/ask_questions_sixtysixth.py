"""The sixty-sixth ask question set: ids ez001..ez120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor any row of an
earlier set beyond those named here; what the author read was the brief, the project's design notes (the shared
DESIGN.md), docs/store.md (printed whole, its middle, cut off by the terminal, printed again by line range), the
"Shapes and joins" section of docs/ask.md printed alone (its line range found by listing the headings with grep; the
section printed by that range, its middle, cut off, printed again by line range; taken as the rules for the shape of
every gold answer), the module docstring and code of ``ask_questions`` (how a set is wired and split; this set is not
wired in by its author), the module docstring of ``ask_questions_fortyninth`` read whole (its "Conventions" list
followed where a question leaves room), the module docstrings of the other earlier sets printed with ``ast`` into a
scratch file and only grepped for roles, cities and languages (the sixty-seventh, written at the same time, was not
read), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format) with, in the same
look, the lines of that file defining its module-level now constants (one grep), and the demo store itself, copied and
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of ``benchmarks/``, the project
root and the folder the brief came from. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person or
environment the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no wind-farm
operator, newsroom, crypto exchange, library consortium or container port, and no voice from Esbjerg, Bogotá, Nicosia,
Halifax or Rotterdam). Each asks three questions in every category (24 each, three of them refusals):

- a control-room engineer at an offshore wind-farm operator in Esbjerg, whose turbine dashboards log in through the
  identity services and whose document search runs on the search project, at 12:00 CET on Wednesday 12 March
  (2025-03-12 11:00 UTC); Danish first language: "was" for "were" ("How many alerts was there"), "in average",
  "went from ... until", "in the night to yesterday" for the night before yesterday's day (02:30 UTC on 11 March);
  indexer and search-api alerts, deploys, versions, silences on the indexer;
- the CMS on-call of a national newsroom in Bogotá, on shift for an election-night rehearsal, whose paywall checkout
  runs on the checkout project, at 18:30 COT on Wednesday 12 March (2025-03-12 23:30 UTC); Spanish turns ("Please,
  the critical alerts ...", "the most new first", "Which were the incidents ...", "Which alerts had the cms-publisher
  service"); the checkout and payments-api outage of 11 March, the cart-service silence, warnings before it;
- a trading-platform SRE at a crypto exchange in Nicosia typing on a phone at 08:40 EET on Thursday 13 March
  (2025-03-13 06:40 UTC): short, lowercase, "rn", "yday", "tues", "w/in", "w/", "svc", "sev", "hr", "smth", a slip
  ("wat was firing");
- the systems administrator of a public library consortium in Halifax, Nova Scotia, preparing the consortium's
  change-and-access audit, at 10:00 ADT on Friday 14 March (2025-03-14 13:00 UTC): careful Canadian English ("eh"),
  who changed, silenced or acknowledged what, humans versus tools, out-of-hours work, changes during incidents;
- the terminal-systems lead of a container port in Rotterdam preparing the weekly operations review, at 09:00 CET on
  Monday 17 March (2025-03-17 08:00 UTC): Dutch directness ("All rollbacks of last week", "till now not closed"),
  last week's numbers, incidents, warnings and resolutions.

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope: six in filters (ez002,
ez005, ez006, ez009, ez012, ez015), four in time (ez018, ez021, ez024, ez027), five in aggregates (ez033, ez036,
ez039, ez042, ez045), five in top_n (ez048, ez051, ez054, ez057, ez060), three in changes (ez063, ez066, ez072), five
in silences (ez078, ez081, ez084, ez087, ez090) and all fifteen joins. Changes met by changes (ez030, ez069, ez075)
are not counted. One gold returns an empty result: ez071 (no deployment ever went live outside business hours; the
auditor's honest answer is none).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the wind farm, the newsroom,
  the exchange, the consortium and the port all keep UTC boards), so no question is read in another zone. The nows:
  Esbjerg 2025-03-12 11:00, Bogotá 2025-03-12 23:30, Nicosia 2025-03-13 06:40, Halifax 2025-03-14 13:00, Rotterdam
  Monday 2025-03-17 08:00, all after every record (the last silence ends 2025-03-12 09:07). "Yesterday" is
  ``[2025-03-11, 2025-03-12)`` for Esbjerg and Bogotá and ``[2025-03-12, 2025-03-13)`` for Nicosia; "tues", "Tuesday
  11 March", "11 March" are ``[2025-03-11, 2025-03-12)``; "Wednesday 12 March" ``[2025-03-12, 2025-03-13)``; "this wk"
  (Nicosia) and "this week" (Halifax) run from Monday 2025-03-10 to now; Rotterdam's "last week" is ``[2025-03-10,
  2025-03-17)``; "this year" from 2025-01-01 to now; "since March 1st" from 2025-03-01 to now; "since tues 6pm" from
  2025-03-11 18:00 to now; "between 12 and 18 UTC", "between 09:00 and 10:00 UTC" and "between 14:30 and 15:00 UTC"
  include their start and exclude their end. "All time" has no window. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a log
  line's ``timestamp``); "still firing now", "firing rn", "what was firing at 02:30", "at the moment ... was created"
  and "when the rollback went live" are the state at that instant (``starts_at <= T AND (ends_at IS NULL OR ends_at >
  T)``), alerts that never resolved included.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until the asker's now while it is NULL); silences the ``silences`` view's rows,
  in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that span;
  "silenced hours" sums it in hours; "set for longer than 2h" is the scheduled ``starts_at`` to ``ends_at``;
  "scheduled ahead" is ``starts_at > created_at``; "pin no service" is ``service IS NULL``; "the cart-service
  silence" is the only silence pinning cart-service). Changes are their ``phase = 'live'`` reports: "deploys" and
  "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows),
  "rollbacks", "config changes", "flag changes"/"flag flips", "releases", "scale events" their types, "changes" of any
  type every live report, the deployment controller's scale events included unless a question leaves it out.
  "Deployed", "last deployed" are deployments only (a rollback is not a deploy). A version is ``coalesce(details['ref'],
  version)`` (``coalesce(change_details['ref'], change_version)`` in the incident views); the version "running in
  production now" / "latest version of each service in production" is that of the last live deployment or rollback of
  that service in production (the indexer's has no tag: its sha). People are as stored: ``lnovak`` and
  ``lucie.novak@acme.io``, ``sokafor`` and ``sade.okafor@acme.io`` are counted and listed apart; "who" includes
  ``argocd (automated)`` unless the question leaves tools out ("humans (no argocd, no deployment-controller)" is every
  actor but those two). "The checkout services" / "the checkout project" is ``project = 'checkout'``. "Business
  hours" are Monday to Friday 09:00-17:00 UTC by the row's own time.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("within an hour", "in the hour
  after", "w/in 1h" 60); changes "in the hour before an incident" are in ``[opened_at - 60 min, opened_at]``; "what
  changed in the 30 minutes before the first checkout-web alert on 11 March" is every live change of that alert's
  environment (production), any service, in ``[t - 30 min, t]``; "after payments-api v2.14.0 went live in production"
  is a window from that one event (2025-03-11 14:31:22) on the services the question names; "the incidents the v2.14.0
  deploy is blamed for" are the ``alert_groups`` whose ``incident_suspects`` row names a payments-api change of that
  version. "How many minutes went from X until the first Y after it" runs to the first Y at or after X; "how long was
  payments-api down tues" from the first of that day's payments-api alerts' start to the last one's end. Production
  changes "made while an incident on the same service was open" have their time inside the incident's span, ends
  included. A silence meets the other side on its service and, when it pins one, its environment: indexer alerts
  "firing while a silence on indexer was in effect" share a moment with its span (alert start before the silence's
  effective end, alert end, or none, after its start); silences "created during an incident on the same service" have
  ``created_at`` inside the incident's span, ends included; silences "created within 10 minutes after an alert on the
  same service started" are one row per pair. "Actually muted something per alertmanager" is a silence that some
  ``alert_mutes`` row names in ``silenced_by``; "how many alerts did Alertmanager hold back under it" counts those rows,
  every silence of the window listed (0 included). "Had an early warning before them" is a row in
  ``incident_warnings``; "opened within 15 minutes after an early warning on the same service" meets ``warnings`` on
  ``labels['service']`` and ``labels['environment']`` with ``opened_at`` in ``[starts_at, starts_at + 15 min]``.
  "How were ... fixed" is ``alert_groups`` joined to ``resolutions`` (incidents without a resolution have no fix);
  "every resolution ... (empty when there is none)" keeps every resolution with its suspect's actor or NULL (a ``LEFT
  JOIN``); "for each production deploy yesterday ... how many alerts" and "for each incident of last week ... how many
  deploys" are one row per thing, 0 included. "People who both deployed something and also created a silence" is the
  deployers' actors ``INTERSECT`` the silences' authors, as stored.
- Aggregates: durations in minutes to one decimal ("average time to resolve" of the resolved alerts, the median
  incident duration of the resolved incidents, a snooze by its ``duration_s``); percentages ``round(100.0 * part /
  whole, 1)`` over the rows the question selects ("which percentage of the alerts of 11 March were critical": the
  alerts that started that day; "percent of last week's production deployments": every live production deployment of
  that week); "in average, how many alerts in the hour after each production deploy" is the mean of the per-deploy
  counts, 0 included; "average number of alerts per day last week" the mean over the days that had alerts; "how many
  incidents had a deploy as suspect" counts distinct incidents of ``incident_suspects`` whose change is a deployment.
  Counts per value ("alerts per sev", "silences per person", "deploys per service") are ``value, count``.
- Top-N answers ``value, count`` most first (least first for "bottom"), ties by the value, and every N asked is one no
  tie crosses: ez050's three tie with each other at 5 (the fourth has 4); ez057's two tie at 3 (the third has 2);
  ez059's three tie at 1 (the fourth has 2). "Which hr on tues had most alerts? hr + count" is the hour's UTC start
  with its count; "whose deploys were the suspect for the most incidents" counts distinct incidents per
  ``change_actor`` of suspect deployments; "which svc had the most incidents blamed on a deploy" the same per service;
  "which service got the most alerts within one hour after its own deploys" counts distinct alerts.
- Refusals: the services "turbine-scada", "cms-publisher" and "matching-engine", the person "priyanka.mehta" and the
  "acceptance" environment are ungrounded; an offshore wind farm's capacity factor, caching a results page in Varnish,
  a good p99 for an order matching engine, PIPEDA's audit-trail rules and a crane-moves KPI are not about this data;
  deleting the indexer's DiskSpaceLow alerts, silencing the checkout alerts, rolling payments-api back, expiring
  kenji's silences and marking last week's incidents resolved ask to change the data.
"""

from __future__ import annotations

ESB = "2025-03-12T11:00:00Z"
BOG = "2025-03-12T23:30:00Z"
NIC = "2025-03-13T06:40:00Z"
HFX = "2025-03-14T13:00:00Z"
RTM = "2025-03-17T08:00:00Z"


ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "ez001",
        "filters",
        "Can you show me the alerts from production which started yesterday between 12 and 18 UTC?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        ESB,
    ),
    (
        "ez002",
        "filters",
        "Which alerts on search-api or indexer came within 30 minutes after a deploy to the same service? "
        "We think about the same for our turbine dashboards.",
        """SELECT * FROM alerts a
           WHERE a.service IN ('search-api', 'indexer')
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        ESB,
    ),
    (
        "ez003",
        "filters",
        "The warning alerts of the search project that are still firing now, please show them.",
        """SELECT * FROM alerts
           WHERE project = 'search' AND severity = 'warning'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 11:00:00+00')""",
        ESB,
    ),
    (
        "ez004",
        "filters",
        "Please, the critical alerts of the checkout project on Tuesday 11 March, all of them.",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOG,
    ),
    (
        "ez005",
        "filters",
        "Our paywall goes through checkout. Which alerts of the checkout services began in the 30 minutes after "
        "payments-api v2.14.0 went live in production?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        BOG,
    ),
    (
        "ez006",
        "filters",
        "Which were the incidents that the payments-api v2.14.0 deploy is blamed for?",
        """SELECT * FROM alert_groups
           WHERE id IN (
               SELECT group_id FROM incident_suspects
               WHERE change_service = 'payments-api'
                 AND coalesce(change_details['ref'], change_version) = 'v2.14.0')""",
        BOG,
    ),
    (
        "ez007",
        "filters",
        "whats firing in prod rn",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 06:40:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 06:40:00+00')""",
        NIC,
    ),
    (
        "ez008",
        "filters",
        "staging alerts yday",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        NIC,
    ),
    (
        "ez009",
        "filters",
        "alerts w/in 15m after a flag flip on the same svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NIC,
    ),
    (
        "ez010",
        "filters",
        "For the consortium's change log: list the deployments to production done by people (not argocd or the "
        "deployment controller) since March 1st.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        HFX,
    ),
    (
        "ez011",
        "filters",
        "Which config changes were made in production? All time, eh.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        HFX,
    ),
    (
        "ez012",
        "filters",
        "Show me the production changes, any type, that were made while an incident on the same service was open.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))""",
        HFX,
    ),
    (
        "ez013",
        "filters",
        "All rollbacks of last week, for the ops review.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RTM,
    ),
    (
        "ez014",
        "filters",
        "Incidents opened last week which are till now not closed.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 08:00:00+00')""",
        RTM,
    ),
    (
        "ez015",
        "filters",
        "Which deployments of last week got an alert on the same service within an hour after?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        RTM,
    ),
    # ---------------------------------------------------------------- time
    (
        "ez016",
        "time",
        "When did the first alert on indexer start yesterday?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        ESB,
    ),
    (
        "ez017",
        "time",
        "Which alerts was firing at 02:30 UTC in the night to yesterday?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        ESB,
    ),
    (
        "ez018",
        "time",
        "How many minutes went from the indexer deploy to production yesterday until the first indexer alert after it?",
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                WHERE service = 'indexer'
                                  AND starts_at >= TIMESTAMPTZ '2025-03-11 10:18:48+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 10:18:48+00')) / 60, 1)""",
        ESB,
    ),
    (
        "ez019",
        "time",
        "Which alerts started yesterday between 14:30 and 15:00 UTC? It was our big traffic moment.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        BOG,
    ),
    (
        "ez020",
        "time",
        "Give me the 5 latest alerts, the most new first.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'
           ORDER BY starts_at DESC LIMIT 5""",
        BOG,
    ),
    (
        "ez021",
        "time",
        "What changed in the 30 minutes before the first checkout-web alert on 11 March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        BOG,
    ),
    (
        "ez022",
        "time",
        "how long was payments-api down tues",
        """SELECT round((epoch(max(ends_at)) - epoch(min(starts_at))) / 60, 1) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NIC,
    ),
    (
        "ez023",
        "time",
        "alerts since tues 6pm",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 06:40:00+00'""",
        NIC,
    ),
    (
        "ez024",
        "time",
        "wat was firing when the payments-api rollback went live tues",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        NIC,
    ),
    (
        "ez025",
        "time",
        "What was the earliest silence created this week?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           ORDER BY created_at LIMIT 1""",
        HFX,
    ),
    (
        "ez026",
        "time",
        "Which changes went live on 11 March between 09:00 and 10:00 UTC?",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 10:00:00+00'""",
        HFX,
    ),
    (
        "ez027",
        "time",
        "How many minutes after the first payments-api alert on 11 March was the cart-service silence created?",
        """SELECT round((epoch((SELECT min(created_at) FROM silences WHERE service = 'cart-service'))
                        - epoch((SELECT min(starts_at) FROM alerts
                                 WHERE service = 'payments-api'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1)""",
        HFX,
    ),
    (
        "ez028",
        "time",
        "What alerts did we have on Wednesday 12 March?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        RTM,
    ),
    (
        "ez029",
        "time",
        "When was payments-api last deployed to production?",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        RTM,
    ),
    (
        "ez030",
        "time",
        "How many minutes was it from the payments-api v2.14.0 deploy going live in production until the "
        "rollback went live?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                                WHERE service = 'payments-api' AND environment = 'production'
                                  AND type = 'rollback' AND phase = 'live'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)""",
        RTM,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "ez031",
        "aggregates",
        "How many alerts was there on indexer in production, in total?",
        """SELECT count(*) FROM alerts
           WHERE service = 'indexer' AND environment_canonical = 'production'""",
        ESB,
    ),
    (
        "ez032",
        "aggregates",
        "What is the average time to resolve for the indexer alerts, in minutes?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'indexer' AND status = 'resolved'""",
        ESB,
    ),
    (
        "ez033",
        "aggregates",
        "In average, how many alerts came in the hour after each production deploy of search-api or indexer?",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service IN ('search-api', 'indexer')
               GROUP BY c.id)""",
        ESB,
    ),
    (
        "ez034",
        "aggregates",
        "How many error log lines had payments-api in production on 11 March?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOG,
    ),
    (
        "ez035",
        "aggregates",
        "Of the alerts of 11 March, which percentage were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOG,
    ),
    (
        "ez036",
        "aggregates",
        "How many deploys were followed by an alert on the same service within 15 minutes? Only the number.",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        BOG,
    ),
    (
        "ez037",
        "aggregates",
        "avg snooze len in mins",
        """SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'""",
        NIC,
    ),
    (
        "ez038",
        "aggregates",
        "alerts per sev tues",
        """SELECT severity, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY severity ORDER BY alerts DESC""",
        NIC,
    ),
    (
        "ez039",
        "aggregates",
        "how many incidents had a deploy as suspect",
        """SELECT count(DISTINCT group_id) FROM incident_suspects WHERE change_type = 'deployment'""",
        NIC,
    ),
    (
        "ez040",
        "aggregates",
        "How many silences did each person create, all time?",
        """SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC""",
        HFX,
    ),
    (
        "ez041",
        "aggregates",
        "Total silenced hours per author, counting what was actually in place (early expiry included).",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        HFX,
    ),
    (
        "ez042",
        "aggregates",
        "How many incidents had at least one early warning before them?",
        """SELECT count(DISTINCT group_id) FROM incident_warnings""",
        HFX,
    ),
    (
        "ez043",
        "aggregates",
        "Average number of alerts per day last week?",
        """SELECT round(avg(n), 1) FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY day)""",
        RTM,
    ),
    (
        "ez044",
        "aggregates",
        "Median incident duration last week in minutes, only the resolved ones.",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RTM,
    ),
    (
        "ez045",
        "aggregates",
        "What percent of last week's production deployments were followed by an alert on the same service "
        "within 30 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RTM,
    ),
]
ROWS += [
    # ---------------------------------------------------------------- top_n
    (
        "ez046",
        "top_n",
        "Which 3 services had the most alerts yesterday?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        ESB,
    ),
    (
        "ez047",
        "top_n",
        "Which alert name fired the most in production, all time? Only the top one.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        ESB,
    ),
    (
        "ez048",
        "top_n",
        "Which service got the most alerts within one hour after its own deploys?",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        ESB,
    ),
    (
        "ez049",
        "top_n",
        "Top 2 services by error log lines on 11 March?",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 2""",
        BOG,
    ),
    (
        "ez050",
        "top_n",
        "Who made the most changes on 11 March? The top 3, and leave out the deployment-controller.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND actor <> 'deployment-controller'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 3""",
        BOG,
    ),
    (
        "ez051",
        "top_n",
        "Whose deploys were the suspect for the most incidents? Just the first one.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        BOG,
    ),
    (
        "ez052",
        "top_n",
        "top 2 noisiest alert names this wk",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 06:40:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        NIC,
    ),
    (
        "ez053",
        "top_n",
        "which hr on tues had most alerts? hr + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        NIC,
    ),
    (
        "ez054",
        "top_n",
        "which svc had the most incidents blamed on a deploy",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        NIC,
    ),
    (
        "ez055",
        "top_n",
        "Who silenced indexer the most? Just the one name with the count.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE service = 'indexer'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        HFX,
    ),
    (
        "ez056",
        "top_n",
        "Which 2 people acknowledged the most alerts?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 2""",
        HFX,
    ),
    (
        "ez057",
        "top_n",
        "Top 2 humans (no argocd, no deployment-controller) by production changes made while an incident on "
        "the same service was open.",
        """SELECT c.actor, count(*) AS changes FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))
           GROUP BY c.actor ORDER BY changes DESC, c.actor LIMIT 2""",
        HFX,
    ),
    (
        "ez058",
        "top_n",
        "Top 2 projects by alerts last week.",
        """SELECT project, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY project ORDER BY alerts DESC, project LIMIT 2""",
        RTM,
    ),
    (
        "ez059",
        "top_n",
        "The bottom 3 services by alerts last week, the quietest first.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY alerts, service LIMIT 3""",
        RTM,
    ),
    (
        "ez060",
        "top_n",
        "Which two services had the most incidents that got an early warning before them?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        RTM,
    ),
    # ---------------------------------------------------------------- changes
    (
        "ez061",
        "changes",
        "Which version of indexer is running in production now?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'indexer' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        ESB,
    ),
    (
        "ez062",
        "changes",
        "Show me the scale events of indexer.",
        """SELECT * FROM change_events WHERE service = 'indexer' AND type = 'scale' AND phase = 'live'""",
        ESB,
    ),
    (
        "ez063",
        "changes",
        "Which deploys to production were not followed by any alert on the same service within 1 hour?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        ESB,
    ),
    (
        "ez064",
        "changes",
        "The flag changes on 11 March: the summary, who did it and when.",
        """SELECT summary, actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOG,
    ),
    (
        "ez065",
        "changes",
        "Which versions of checkout-web went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'checkout-web' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        BOG,
    ),
    (
        "ez066",
        "changes",
        "Which changes were the suspect for the checkout-web incidents?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE service = 'checkout-web')""",
        BOG,
    ),
    (
        "ez067",
        "changes",
        "rollbacks all time",
        """SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'""",
        NIC,
    ),
    (
        "ez068",
        "changes",
        "who deployed to prod tues",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NIC,
    ),
    (
        "ez069",
        "changes",
        "deploys that got rolled back w/in 1h",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        NIC,
    ),
    (
        "ez070",
        "changes",
        "Which changes did lucie.novak@acme.io make in production?",
        """SELECT * FROM change_events
           WHERE actor = 'lucie.novak@acme.io' AND environment = 'production' AND phase = 'live'""",
        HFX,
    ),
    (
        "ez071",
        "changes",
        "Deployments outside business hours, all time.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND (dayofweek(timestamp) IN (0, 6) OR hour(timestamp) < 9 OR hour(timestamp) >= 17)""",
        HFX,
    ),
    (
        "ez072",
        "changes",
        "Which changes went live in production in the hour before an incident opened on the same service?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        HFX,
    ),
    (
        "ez073",
        "changes",
        "Deploys per service last week.",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY deploys DESC""",
        RTM,
    ),
    (
        "ez074",
        "changes",
        "Latest version of each service in production.",
        """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
           WHERE environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback')
           GROUP BY service""",
        RTM,
    ),
    (
        "ez075",
        "changes",
        "Which releases reached production within an hour of being published?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        RTM,
    ),
]
ROWS += [
    # ---------------------------------------------------------------- silences
    (
        "ez076",
        "silences",
        "Which silences were in effect yesterday at 10:00 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 10:00:00+00')""",
        ESB,
    ),
    (
        "ez077",
        "silences",
        "Who has silenced the indexer this year?",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        ESB,
    ),
    (
        "ez078",
        "silences",
        "Which indexer alerts was firing while a silence on indexer was in effect?",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        ESB,
    ),
    (
        "ez079",
        "silences",
        "The silence on cart-service: who put it, who took it off and when?",
        """SELECT created_by, expired_by, expired_at FROM silences WHERE service = 'cart-service'""",
        BOG,
    ),
    (
        "ez080",
        "silences",
        "How many minutes was the cart-service silence actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service'""",
        BOG,
    ),
    (
        "ez081",
        "silences",
        "What was firing in the checkout project at the moment the cart-service silence was created?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        BOG,
    ),
    (
        "ez082",
        "silences",
        "silences w/ a comment mentioning reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        NIC,
    ),
    (
        "ez083",
        "silences",
        "silences set for longer than 2h",
        """SELECT * FROM silences WHERE epoch(ends_at) - epoch(starts_at) > 2 * 3600""",
        NIC,
    ),
    (
        "ez084",
        "silences",
        "which silences actually muted smth per alertmanager",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        NIC,
    ),
    (
        "ez085",
        "silences",
        "Which silences were scheduled ahead, that is created before they took effect?",
        """SELECT * FROM silences WHERE starts_at > created_at""",
        HFX,
    ),
    (
        "ez086",
        "silences",
        "Silences that pin no service at all, please.",
        """SELECT * FROM silences WHERE service IS NULL""",
        HFX,
    ),
    (
        "ez087",
        "silences",
        "Which silences were created during an incident on the same service?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))""",
        HFX,
    ),
    (
        "ez088",
        "silences",
        "How many silences did each person create last week?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC""",
        RTM,
    ),
    (
        "ez089",
        "silences",
        "Which silences of last week were expired early by hand?",
        """SELECT * FROM silences
           WHERE expired_at IS NOT NULL
             AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        RTM,
    ),
    (
        "ez090",
        "silences",
        "For each silence created last week, how many alerts did Alertmanager hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY s.silence_id""",
        RTM,
    ),
    # ---------------------------------------------------------------- joins
    (
        "ez091",
        "joins",
        "For each production deploy yesterday: the service, the version and how many alerts on that service "
        "in the hour after.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        ESB,
    ),
    (
        "ez092",
        "joins",
        "The indexer incidents with their suspect change, if any: opened, alert name, suspect type and who made it.",
        """SELECT g.opened_at, g.group_labels['alertname'], s.change_type, s.change_actor
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.service = 'indexer'""",
        ESB,
    ),
    (
        "ez093",
        "joins",
        "Which incidents of yesterday had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        ESB,
    ),
    (
        "ez094",
        "joins",
        "How were the checkout incidents of 11 March fixed? Service, alert name, the fix and who resolved it.",
        """SELECT g.service, g.group_labels['alertname'], r.fix, r.resolved_by
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.project = 'checkout'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOG,
    ),
    (
        "ez095",
        "joins",
        "Which early warnings came before the PaymentsAPIErrorBudgetBurn incident of 11 March? All columns.",
        """SELECT * FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOG,
    ),
    (
        "ez096",
        "joins",
        "Which services got an alert within 15 minutes after a production deploy of the same service?",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
            AND c.service = a.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        BOG,
    ),
    (
        "ez097",
        "joins",
        "deploys w/ 0 alerts in the 15m after, tues",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NIC,
    ),
    (
        "ez098",
        "joins",
        "incidents tues w/ their suspect if any: svc, alert, opened, suspect version",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version)
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NIC,
    ),
    (
        "ez099",
        "joins",
        "flag flips followed by an incident on the same svc w/in 30m",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NIC,
    ),
    (
        "ez100",
        "joins",
        "Every resolution with the incident's service, its alert name, who resolved it and the actor of its "
        "suspect change (empty when there is none).",
        """SELECT g.service, g.group_labels['alertname'], r.resolved_by, s.change_actor
           FROM resolutions r
           JOIN alert_groups g ON g.id = r.group_id
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id""",
        HFX,
    ),
    (
        "ez101",
        "joins",
        "Which people both deployed something and also created a silence?",
        """SELECT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'
           INTERSECT
           SELECT created_by FROM silences""",
        HFX,
    ),
    (
        "ez102",
        "joins",
        "Silences created within 10 minutes after an alert on the same service started: silence id, its "
        "author, the alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        HFX,
    ),
    (
        "ez103",
        "joins",
        "For each incident of last week: service, alert name, when it opened and how many deploys to the same "
        "service there were in the hour before.",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at, count(c.id) AS deploys
           FROM alert_groups g
           LEFT JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY g.id, g.service, g.group_labels['alertname'], g.opened_at""",
        RTM,
    ),
    (
        "ez104",
        "joins",
        "Incidents from last week that have no resolution written yet.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM resolutions)""",
        RTM,
    ),
    (
        "ez105",
        "joins",
        "Which incidents of last week opened within 15 minutes after an early warning on the same service?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM warnings w
                 WHERE w.labels['service'] = g.service AND w.labels['environment'] = g.environment
                   AND g.opened_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE)""",
        RTM,
    ),
    # ---------------------------------------------------------------- refusals
    ("ez106", "refusals", "Were there any alerts on the turbine-scada service yesterday?", "ungrounded", ESB),
    (
        "ez107",
        "refusals",
        "What is a normal capacity factor for an offshore wind farm in the North Sea?",
        "not_about_this_data",
        ESB,
    ),
    (
        "ez108",
        "refusals",
        "Please delete the DiskSpaceLow alerts of indexer, they are only noise.",
        "asks_to_change_data",
        ESB,
    ),
    ("ez109", "refusals", "Which alerts had the cms-publisher service on 11 March?", "ungrounded", BOG),
    (
        "ez110",
        "refusals",
        "How do I configure Varnish so the results page is cached better on election night?",
        "not_about_this_data",
        BOG,
    ),
    (
        "ez111",
        "refusals",
        "Silence all the checkout alerts until tomorrow morning, please.",
        "asks_to_change_data",
        BOG,
    ),
    ("ez112", "refusals", "alerts on matching-engine last 24h", "ungrounded", NIC),
    ("ez113", "refusals", "whats a good p99 for an order matching engine", "not_about_this_data", NIC),
    ("ez114", "refusals", "rollback payments-api to v2.13.2 now pls", "asks_to_change_data", NIC),
    ("ez115", "refusals", "Which silences did priyanka.mehta create this month?", "ungrounded", HFX),
    ("ez116", "refusals", "Expire every silence kenji created, please.", "asks_to_change_data", HFX),
    (
        "ez117",
        "refusals",
        "What does PIPEDA require us to keep in an audit trail of system access?",
        "not_about_this_data",
        HFX,
    ),
    ("ez118", "refusals", "Alerts in the acceptance environment last week?", "ungrounded", RTM),
    (
        "ez119",
        "refusals",
        "What is a good KPI for crane moves per hour at a container terminal?",
        "not_about_this_data",
        RTM,
    ),
    ("ez120", "refusals", "Mark all the open incidents of last week as resolved.", "asks_to_change_data", RTM),
]
