"""The sixty-fourth ask question set: ids gz001..gz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes (../shared/DESIGN.md), docs/store.md (printed whole; its middle, cut off by
the terminal, printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the
rules for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find its line range,
and the section's middle, cut off by the terminal, was printed again by line range), the module docstring of
``ask_questions`` and its code (how a set is wired and split; its middle paragraphs were printed again with ``ast``;
this set is not wired in by its author), the module docstrings of the earlier sets (the sixty-fifth excepted) printed
with ``ast`` into a scratch file and grepped for city, language and role words (a few matching lines printed; the
forty-ninth's was printed whole and its "Conventions" list followed where a question leaves room), the first ten rows
of ``ask_questions_thirtieth`` imported in Python (for the file's format), and the demo store itself, copied and
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of ``benchmarks/``, the project
root, the shared folder and the folder the brief came from. Each row is ``(id, category, question, gold, now)``. A
refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a
service, person or cluster the store does not hold); any other gold is a single DuckDB SELECT over the documented
tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Slovak, Maltese,
Kazakh or Minnesotan voice, and no warehouse robotics, sports-betting, satellite ground-station, e-discovery or school
district role). Each asks three questions in every category (24 each, three of them refusals). Each treats the
store's services as the ones their own platform runs on, and every team keeps its boards in UTC:

- a controls engineer at a robotics fulfilment warehouse in Bratislava, at 10:00 CET on Wednesday 12 March
  (2025-03-12 09:00 UTC), whose first language is Slovak: articles dropped ("Show alerts on indexer which
  started ...", "first alert of yesterday"), "how much" for "how many", "was" for "were", a polite "Please," in front
  and "is it possible?" behind; the order and payment services the sorter robots wait on;
- a sports-betting platform's on-call in Valletta typing on a phone during an evening match, at 20:45 CET on
  Wednesday 12 March (2025-03-12 19:45 UTC): lower case, "yday", "w/in", "svc", "rn", "n" for "and", "hr", "abt",
  typos ("wat", "then" for "than", "kenjis"); short asks between goals;
- a satellite ground-station operator in Almaty, at 08:00 local time on Thursday 13 March (2025-03-13 03:00 UTC),
  whose first language is Russian and who writes times the station's way ("1430Z", "0100Z"): articles dropped,
  "which" for "that", "was" for "were", a question kept in statement order ("Which incidents there was ...");
- an SRE of a legal e-discovery platform in Boston, at 10:00 EDT on Friday 14 March (2025-03-14 14:00 UTC), keeping
  a chain-of-custody record of who changed, silenced or acknowledged what: formal verbs ("Provide", "Enumerate",
  "Identify", "State"), the custody log, full sentences;
- a school district's IT coordinator in Minneapolis, at 10:00 CDT on Monday 17 March (2025-03-17 15:00 UTC), who
  is not an SRE: plain words ("went off", "the user-profile thing", "turned off alerts", "blamed on a change",
  "how long did it take to fix"), last week's review for the district office.

37 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(gz002, gz005, gz009, gz012, gz014), three in time (gz017, gz021, gz025), five in aggregates (gz033, gz035, gz041,
gz042, gz045), two in top_n (gz048, gz053), three in changes (gz066, gz067, gz071), four in silences (gz081, gz083,
gz087, gz090) and all fifteen joins. A deploy met by a rollback (gz024, gz072) is counted as one kind. No gold returns
an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days. "Yesterday" / "yday" for
  the warehouse engineer and the betting on-call is 11 March, ``[2025-03-11, 2025-03-12)``; "since midnight" is
  ``[2025-03-12 00:00, now]``; "now" / "rn" is the asker's now; "last week" (the IT coordinator's, on a Monday) is
  ``[2025-03-10, 2025-03-17)`` and "the week before" ``[2025-03-03, 2025-03-10)``; "the weekend of March 8" is
  Saturday 8 and Sunday 9 March; "this year" from 2025-01-01 to now; "in february" ``[2025-02-01, 2025-03-01)``;
  "between 1430Z and 1500Z", "between 8 and 9 in the morning" and "between 0100Z and 0500Z" include their start and
  exclude their end; "all time" / "ever" / "over all time" have no window. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a
  warning's ``starts_at``); "was firing at 12:30 yesterday" and "still firing the moment ..." are the state at that
  instant (alerts that never resolved included); "in effect yesterday, at any moment" shares a moment with the day.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until the asker's now while it is NULL); silences the ``silences`` view's
  rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place", "as
  they were really in place"; "scheduled for longer than 3 hours" is ``ends_at - starts_at``). Changes are their
  ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools,
  is two rows), "rollbacks", "flag changes", "configuration changes", "releases" their types; "changes" of any type,
  scale events included (gz017, gz023, gz067, gz073, gz074, gz102). A version is ``coalesce(details['ref'], version)``
  (``coalesce(change_details['ref'], change_version)`` in ``incident_suspects``); the version "live in production now"
  is that of the last live deployment or rollback. "The payments-api v2.14.0 prod deploy" went live at 14:31:22 on 11
  March; "the New checkout flow flag turned on in production" is the live flag change at 10:41:59.974 that day; "the
  cart-service silence" (maria's) is the only silence pinning cart-service; "the silences jonas made" and "kenjis
  silences" are ``created_by ILIKE`` the name; "the identity project" silence is the one whose ``project`` is identity;
  "team=payments" and "which team" are ``labels['team']`` (alerts without a team left out of the ranking).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): "within
  N minutes after" is ``[t, t + N]``, "in the hour before" / "in 60 minutes before" ``[t - 60 min, t]``. "What changed
  in 30 minutes before first payments-api alert yesterday" are the live production changes of any service in the 30
  minutes up to that alert's start; "in the 2 hours before 2025-03-11T14:42:48Z" the same up to that moment; "alerts
  w/in 10 min after the payments-api v2.14.0 prod deploy, any svc" every service's alerts in that one window; "alerts
  for checkout-web after the New checkout flow flag got turned on" the checkout-web alerts from that moment to now and
  "the first checkout-web alert after" it the earliest start at or after it; "from the v2.14.0 deploy going live to the
  rollback going live" runs to the first live production payments-api rollback at or after it. A silence meets
  incidents on its service and, when it pins one, its environment, at its creation: "silences made during an incident"
  and "incidents that had a silence created during them" have ``created_at`` inside the incident's span, ends
  included; alerts "firing while the cart-service silence was in effect" overlap its span. Changes "made while an
  incident on the same service was open" have their time inside the incident's span, ends included (incidents never
  resolved stay open until now, so every later change of their service counts). Acks name their alert by their
  ``alertname`` and ``service`` equality matchers and were made "while the alert was still firing" when one such alert
  was on at the ack's time. "Blamed on a change", "suspect" and "whose changes was suspect" are ``incident_suspects``
  (distinct incidents per ``change_actor``); "deployments identified as the suspect" are the ``change_events``
  deployments some incident names as its suspect; "resolutions of incidents whose suspect was a deployment" join
  ``alert_groups`` to ``resolutions``. "Preceded by an early warning" / "without any early warning" is
  ``incident_warnings``. "For each early warning on payments-api on 11 March" is every ``warnings`` row whose
  ``service`` label is payments-api started that day, its kind ``labels['alertname']``, with the payments-api alerts of
  the warning's environment label that started in ``[w, w + 15 min]`` (0 where none). "Silences Alertmanager actually
  muted stuff with" are those ``alert_mutes`` names; "for each silence ..., zero included" every silence with its count
  of ``alert_mutes`` rows.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones for "time to resolve" / "how long did it take to fix"; the median alert duration over the resolved alerts that
  started that day); "total silenced hours ..., as really in place" sums the actual spans in hours per author;
  percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects ("share of crit alerts yday":
  the alerts that started that day; "percentage of the live production deployments ... by argocd": every live
  production deployment, the actor ``argocd (automated)``; "percent of all our incidents": every incident); "on avg how
  many alerts in the 30 min after each prod deploy" is the mean of the per-deploy counts over every live production
  deployment, deploys with none counting 0; "how many deploys went out each day last week" a count per UTC day (one
  day had deploys); "how many alerts ... compared with the week before" both counts side by side; "how many silences
  ... per author" counts per ``created_by``, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("top 1",
  "only one", "the one" ask for one row). "Who deployed the most" counts live deployments per actor, tools included
  (argocd leads with 9, the next two have 5); "which service had most alerts in 30 minutes after its own deploys"
  counts each alert once per service; "which hr yday" is the hour's UTC start with its count; "the three resolved
  incidents that took the longest to resolve" are ranked by minutes; "which kind of early warning" is
  ``labels['alertname']``; "least noisy, fewest alerts ever" is the bottom one. "Which of our services didn't get any
  deploys last week" are the services the store knows from alerts and changes without a live deployment in that week.
  "Who made changes to production last week" and "who rolled back payments-api" are the actors, each once, tools
  included.
- Refusals: the services "conveyor-controller", "odds-feed" and "gradebook", the cluster "prod-ap-central-1" (the
  store has prod-eu-west-1 and staging-eu-west-1) and the person "j.harrington@acme.io" are ungrounded; the best PLC for
  sorter robots, the score of a football match, the elevation of the next ISS pass, the FRCP's retention period for
  electronically stored information and resetting a Chromebook are not about this data; deleting kenji's silences,
  acking the payments alert, creating a silence on the indexer, purging old log events and turning the New checkout
  flow flag off ask to change the data.
"""

from __future__ import annotations

NOW_BRATISLAVA = "2025-03-12T09:00:00Z"
NOW_VALLETTA = "2025-03-12T19:45:00Z"
NOW_ALMATY = "2025-03-13T03:00:00Z"
NOW_BOSTON = "2025-03-14T14:00:00Z"
NOW_MINNEAPOLIS = "2025-03-17T15:00:00Z"

A = NOW_BRATISLAVA
B = NOW_VALLETTA
C = NOW_ALMATY
D = NOW_BOSTON
E = NOW_MINNEAPOLIS

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "gz001",
        "filters",
        "Please, critical alerts from yesterday in production, all of them.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        A,
    ),
    (
        "gz002",
        "filters",
        "Show alerts on indexer which started within 30 minutes after indexer was deployed to production.",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'indexer' AND c.environment = 'production'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        A,
    ),
    (
        "gz003",
        "filters",
        "Alerts from cluster staging-eu-west-1 which are still firing now, is it possible?",
        """SELECT * FROM alerts
           WHERE labels['cluster'] = 'staging-eu-west-1'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')""",
        A,
    ),
    (
        "gz004",
        "filters",
        "payments-api alerts yday",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz005",
        "filters",
        "alerts w/in 10 min after the payments-api v2.14.0 prod deploy, any svc",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        B,
    ),
    (
        "gz006",
        "filters",
        "staging search-api warnings yday that lasted more then 10 min",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at - starts_at > INTERVAL 10 MINUTE""",
        B,
    ),
    (
        "gz007",
        "filters",
        "List production alerts which started between 1430Z and 1500Z on 11 March.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        C,
    ),
    (
        "gz008",
        "filters",
        "Which alerts with team=payments fired on 11 March?",
        """SELECT * FROM alerts
           WHERE labels['team'] = 'payments'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        C,
    ),
    (
        "gz009",
        "filters",
        "Show production deploys which were followed by critical alert on same service within 30 minutes.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        C,
    ),
    (
        "gz010",
        "filters",
        "For the custody log, provide every configuration change recorded against production. All columns.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        D,
    ),
    (
        "gz011",
        "filters",
        "List the feature flag changes made by lucie.novak@acme.io.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND actor = 'lucie.novak@acme.io'""",
        D,
    ),
    (
        "gz012",
        "filters",
        "Which incidents were opened within 15 minutes after a flag change on the same service?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        D,
    ),
    (
        "gz013",
        "filters",
        "can you show me the alerts for the user-profile thing in staging",
        """SELECT * FROM alerts
           WHERE service = 'user-profile' AND environment_canonical = 'staging'""",
        E,
    ),
    (
        "gz014",
        "filters",
        "Were there any alerts for checkout-web after the New checkout flow flag got turned on in production? "
        "If so list them please",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 15:00:00+00'""",
        E,
    ),
    (
        "gz015",
        "filters",
        "Did anything go off on the weekend of March 8? Show me.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        E,
    ),
    # ---------------------------------------------------------------- time
    (
        "gz016",
        "time",
        "When did first alert of yesterday start?",
        """SELECT min(starts_at) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        A,
    ),
    (
        "gz017",
        "time",
        "What changed in 30 minutes before first payments-api alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'payments-api'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        A,
    ),
    (
        "gz018",
        "time",
        "Which alerts was firing at 12:30 yesterday?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 12:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 12:30:00+00')""",
        A,
    ),
    (
        "gz019",
        "time",
        "alerts since midnight?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 19:45:00+00'""",
        B,
    ),
    (
        "gz020",
        "time",
        "when did the last payments-api alert start yday",
        """SELECT max(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz021",
        "time",
        "wat was still firing the moment maria put her cart-service silence on",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences
                                                WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))""",
        B,
    ),
    (
        "gz022",
        "time",
        "Alerts between 0100Z and 0500Z on 12 March, list please.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 05:00:00+00'""",
        C,
    ),
    (
        "gz023",
        "time",
        "In the 2 hours before 2025-03-11T14:42:48Z, which changes went live in production?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48+00' - INTERVAL 2 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:42:48+00'""",
        C,
    ),
    (
        "gz024",
        "time",
        "How many minutes passed from payments-api v2.14.0 production deploy going live to the rollback going live?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                                 WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                   AND environment = 'production'
                                   AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)""",
        C,
    ),
    (
        "gz025",
        "time",
        "State the time at which the first checkout-web alert started after the New checkout flow flag was turned on "
        "in production.",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:41:59.974+00'""",
        D,
    ),
    (
        "gz026",
        "time",
        "List the silences that were in effect at 02:30 UTC on 11 March.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        D,
    ),
    (
        "gz027",
        "time",
        "Provide the payments-api and checkout-web alerts that started on 11 March between 14:00 and 15:00 UTC.",
        """SELECT * FROM alerts
           WHERE service IN ('payments-api', 'checkout-web')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        D,
    ),
    (
        "gz028",
        "time",
        "Which alerts happened between 8 and 9 in the morning on Tuesday March 11?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 08:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 09:00:00+00'""",
        E,
    ),
    (
        "gz029",
        "time",
        "what time did the most recent production deployment go live?",
        """SELECT max(timestamp) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'""",
        E,
    ),
    (
        "gz030",
        "time",
        "How many alerts did we have last week compared with the week before?",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        E,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "gz031",
        "aggregates",
        "How much alerts per service yesterday?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service""",
        A,
    ),
    (
        "gz032",
        "aggregates",
        "Average time to resolve incidents in production, in minutes, please.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        A,
    ),
    (
        "gz033",
        "aggregates",
        "How many alerts started within 15 minutes after deploy of same service in production?",
        """SELECT count(*) FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        A,
    ),
    (
        "gz034",
        "aggregates",
        "how many alerts yday",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz035",
        "aggregates",
        "on avg how many alerts in the 30 min after each prod deploy (same svc)",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        B,
    ),
    (
        "gz036",
        "aggregates",
        "whats the share of crit alerts yday",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz037",
        "aggregates",
        "What is median duration of alerts which started on 11 March, in minutes?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE ends_at IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        C,
    ),
    (
        "gz038",
        "aggregates",
        "How many silences was created per author?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by""",
        C,
    ),
    (
        "gz039",
        "aggregates",
        "Total silenced hours per silence author, as the silences were really in place.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           GROUP BY created_by ORDER BY hours DESC, created_by""",
        C,
    ),
    (
        "gz040",
        "aggregates",
        "What percentage of the live production deployments were performed by argocd?",
        """SELECT round(100.0 * count(*) FILTER (WHERE actor = 'argocd (automated)') / count(*), 1)
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'""",
        D,
    ),
    (
        "gz041",
        "aggregates",
        "State the number of acknowledgements that were made while the acknowledged alert was still firing.",
        """SELECT count(*) FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal)[1].value
                   AND a.service = list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal)[1].value
                   AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))""",
        D,
    ),
    (
        "gz042",
        "aggregates",
        "How many incidents were preceded by at least one early warning?",
        """SELECT count(DISTINCT group_id) FROM incident_warnings""",
        D,
    ),
    (
        "gz043",
        "aggregates",
        "how many deploys went out each day last week?",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day ORDER BY deploys DESC, day""",
        E,
    ),
    (
        "gz044",
        "aggregates",
        "On average how long did it take to fix the incidents from last week, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        E,
    ),
    (
        "gz045",
        "aggregates",
        "What percent of all our incidents got blamed on a change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups""",
        E,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "gz046",
        "top_n",
        "Which 3 services had most alerts yesterday?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        A,
    ),
    (
        "gz047",
        "top_n",
        "Top 2 alert names in production yesterday, by count.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        A,
    ),
    (
        "gz048",
        "top_n",
        "Which service had most alerts in 30 minutes after its own deploys? Only one.",
        """SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        A,
    ),
    (
        "gz049",
        "top_n",
        "who deployed the most, top 1",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        B,
    ),
    (
        "gz050",
        "top_n",
        "top 3 noisiest alerts all time",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name ORDER BY alerts DESC, name LIMIT 3""",
        B,
    ),
    (
        "gz051",
        "top_n",
        "which hr yday had the most alerts? hr + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        B,
    ),
    (
        "gz052",
        "top_n",
        "Which 2 services had most incidents over all time?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        C,
    ),
    (
        "gz053",
        "top_n",
        "Whose changes was suspect for the most incidents? Top one person.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        C,
    ),
    (
        "gz054",
        "top_n",
        "Which kind of early warning fires the most? Give the one.",
        """SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings
           GROUP BY kind ORDER BY warnings DESC, kind LIMIT 1""",
        C,
    ),
    (
        "gz055",
        "top_n",
        "Identify the two individuals who created the most silences.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2""",
        D,
    ),
    (
        "gz056",
        "top_n",
        "Which alert name has Alertmanager held back the most?",
        """SELECT name, count(*) AS mutes FROM alert_mutes
           GROUP BY name ORDER BY mutes DESC, name LIMIT 1""",
        D,
    ),
    (
        "gz057",
        "top_n",
        "The three resolved incidents that took the longest to resolve: service, alert name and minutes.",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
           ORDER BY minutes DESC LIMIT 3""",
        D,
    ),
    (
        "gz058",
        "top_n",
        "Which team had the most alerts last week?",
        """SELECT labels['team'] AS team, count(*) AS alerts FROM alerts
           WHERE labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY team ORDER BY alerts DESC, team LIMIT 1""",
        E,
    ),
    (
        "gz059",
        "top_n",
        "What were the 3 busiest days for alerts this year?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC, day LIMIT 3""",
        E,
    ),
    (
        "gz060",
        "top_n",
        "which service is the least noisy, fewest alerts ever?",
        """SELECT service, count(*) AS alerts FROM alerts
           GROUP BY service ORDER BY alerts ASC, service LIMIT 1""",
        E,
    ),
    # ---------------------------------------------------------------- changes
    (
        "gz061",
        "changes",
        "Deploys to production yesterday: service, version, time.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        A,
    ),
    (
        "gz062",
        "changes",
        "Who rolled back payments-api?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'""",
        A,
    ),
    (
        "gz063",
        "changes",
        "Which version of payments-api is live in production now?",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
           ORDER BY timestamp DESC LIMIT 1""",
        A,
    ),
    (
        "gz064",
        "changes",
        "any rollbacks yday?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz065",
        "changes",
        "which flags got flipped yday n by who",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz066",
        "changes",
        "yday deploys w/ 0 alerts in the 15m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        B,
    ),
    (
        "gz067",
        "changes",
        "Which changes happened in 60 minutes before each critical incident, same service?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical'
                   AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        C,
    ),
    (
        "gz068",
        "changes",
        "List releases which were published on 11 March.",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        C,
    ),
    (
        "gz069",
        "changes",
        "Which versions of auth-api went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'""",
        C,
    ),
    (
        "gz070",
        "changes",
        "Enumerate the configuration changes made on 11 March: the service, the actor and the time.",
        """SELECT service, actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        D,
    ),
    (
        "gz071",
        "changes",
        "Which deployments were identified as the suspect of an incident? Provide the change records.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)""",
        D,
    ),
    (
        "gz072",
        "changes",
        "Which deployments were followed by a rollback of the same service within one hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        D,
    ),
    (
        "gz073",
        "changes",
        "what got changed on cart-service last week?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'cart-service'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        E,
    ),
    (
        "gz074",
        "changes",
        "Who made changes to production last week?",
        """SELECT DISTINCT actor FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        E,
    ),
    (
        "gz075",
        "changes",
        "which of our services didn't get any deploys last week?",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events)
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        E,
    ),
    # ---------------------------------------------------------------- silences
    (
        "gz076",
        "silences",
        "Who silenced indexer?",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""",
        A,
    ),
    (
        "gz077",
        "silences",
        "Which silences were in effect yesterday, at any moment?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        A,
    ),
    (
        "gz078",
        "silences",
        "How long was cart-service silence actually in place? Minutes.",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service'""",
        A,
    ),
    (
        "gz079",
        "silences",
        "silences created yday?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        B,
    ),
    (
        "gz080",
        "silences",
        "kenjis silences w/ a comment abt reindex",
        """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%' AND comment ILIKE '%reindex%'""",
        B,
    ),
    (
        "gz081",
        "silences",
        "which silences did alertmanager actually mute stuff with",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        B,
    ),
    (
        "gz082",
        "silences",
        "Which silences was scheduled for longer than 3 hours?",
        """SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 3 HOUR""",
        C,
    ),
    (
        "gz083",
        "silences",
        "For each silence, how many alerts Alertmanager held back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id""",
        C,
    ),
    (
        "gz084",
        "silences",
        "Silences which comment mentions catalog.",
        """SELECT * FROM silences WHERE comment ILIKE '%catalog%'""",
        C,
    ),
    (
        "gz085",
        "silences",
        "Which silences were created outside business hours (Monday to Friday, 09:00 to 17:00 UTC)?",
        """SELECT * FROM silences
           WHERE NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) BETWEEN 9 AND 16)""",
        D,
    ),
    (
        "gz086",
        "silences",
        "Which silences were expired before their scheduled end? The silence id, who expired it and when.",
        """SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_at IS NOT NULL""",
        D,
    ),
    (
        "gz087",
        "silences",
        "Which alerts on cart-service were firing while the cart-service silence was in effect?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        D,
    ),
    (
        "gz088",
        "silences",
        "Who muted the alerts for the identity project, and when did the mute start and end?",
        """SELECT created_by, starts_at, ends_at FROM silences WHERE project = 'identity'""",
        E,
    ),
    (
        "gz089",
        "silences",
        "how many silences did people set up in february?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        E,
    ),
    (
        "gz090",
        "silences",
        "Were any alerts actually muted by the silences jonas made? List them.",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.created_by ILIKE '%jonas%' AND list_contains(m.silenced_by, s.silence_id))""",
        E,
    ),
    # ---------------------------------------------------------------- joins
    (
        "gz091",
        "joins",
        "For each production deploy yesterday: service, version and how many alerts in next 30 minutes.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        A,
    ),
    (
        "gz092",
        "joins",
        "Incidents with their suspect change: service, alert name, opened time, change type and version.",
        """SELECT service, group_labels['alertname'], opened_at, change_type,
                  coalesce(change_details['ref'], change_version)
           FROM incident_suspects""",
        A,
    ),
    (
        "gz093",
        "joins",
        "Which services got alerts within 15 minutes after their own deploy?",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        A,
    ),
    (
        "gz094",
        "joins",
        "alerts in the 15 min after a flag flip on the same svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        B,
    ),
    (
        "gz095",
        "joins",
        "silences made during an incident on the same svc",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 19:45:00+00'))""",
        B,
    ),
    (
        "gz096",
        "joins",
        "who deployed right before an alert fired on the same svc, within 15 min",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        B,
    ),
    (
        "gz097",
        "joins",
        "Which incidents there was without any early warning before them?",
        """SELECT * FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_warnings)""",
        C,
    ),
    (
        "gz098",
        "joins",
        "For each early warning on payments-api on 11 March: its kind, when it started, and how many payments-api "
        "alerts started in 15 minutes after it.",
        """SELECT w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, kind, w.starts_at""",
        C,
    ),
    (
        "gz099",
        "joins",
        "Which incidents had silence on same service created during them?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 03:00:00+00'))""",
        C,
    ),
    (
        "gz100",
        "joins",
        "Provide the resolutions of incidents whose suspect was a deployment: the incident's service, alert name, "
        "who resolved it and the fix.",
        """SELECT g.service, g.group_labels['alertname'], r.resolved_by, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.id IN (SELECT group_id FROM incident_suspects WHERE change_type = 'deployment')""",
        D,
    ),
    (
        "gz101",
        "joins",
        "Which persons acknowledged an alert while that alert was still firing?",
        """SELECT DISTINCT l.actor FROM audit_log l
           WHERE l.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal)[1].value
                   AND a.service = list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal)[1].value
                   AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))""",
        D,
    ),
    (
        "gz102",
        "joins",
        "Identify the production changes made while an incident on the same service was open.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 14:00:00+00'))""",
        D,
    ),
    (
        "gz103",
        "joins",
        "which incidents had a deploy of that same service in the hour before they opened?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        E,
    ),
    (
        "gz104",
        "joins",
        "who were the people that resolved incidents which got blamed on a change?",
        """SELECT DISTINCT resolved_by FROM resolutions
           WHERE group_id IN (SELECT group_id FROM incident_suspects)""",
        E,
    ),
    (
        "gz105",
        "joins",
        "Which services had alerts within 15 minutes after a config change on the same service?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'config_update' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        E,
    ),
    # ---------------------------------------------------------------- refusals
    ("gz106", "refusals", "Show alerts from conveyor-controller service yesterday.", "ungrounded", A),
    ("gz107", "refusals", "Please delete all silences of kenji, they are old.", "asks_to_change_data", A),
    ("gz108", "refusals", "Which PLC is best for sorter robots, Siemens or Beckhoff?", "not_about_this_data", A),
    ("gz109", "refusals", "any alerts on odds-feed rn??", "ungrounded", B),
    ("gz110", "refusals", "ack the payments alert for me pls", "asks_to_change_data", B),
    ("gz111", "refusals", "whos winning the match, valletta or hibs", "not_about_this_data", B),
    ("gz112", "refusals", "Alerts in cluster prod-ap-central-1 during last pass?", "ungrounded", C),
    ("gz113", "refusals", "Create silence for indexer for next 2 hours.", "asks_to_change_data", C),
    ("gz114", "refusals", "What is elevation angle of next ISS pass over Almaty?", "not_about_this_data", C),
    ("gz115", "refusals", "List every change made by j.harrington@acme.io in production.", "ungrounded", D),
    ("gz116", "refusals", "Purge the log events older than thirty days from the store.", "asks_to_change_data", D),
    (
        "gz117",
        "refusals",
        "What retention period does the FRCP require for electronically stored information?",
        "not_about_this_data",
        D,
    ),
    ("gz118", "refusals", "were there any alerts for the gradebook service last week?", "ungrounded", E),
    ("gz119", "refusals", "Can you turn the New checkout flow flag back off?", "asks_to_change_data", E),
    (
        "gz120",
        "refusals",
        "how do I reset a student chromebook that's stuck on the login screen",
        "not_about_this_data",
        E,
    ),
]
