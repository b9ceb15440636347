"""The sixty-seventh ask question set: ids dz001..dz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor any row of an
earlier set beyond the ten named below. What the author read: the brief; the shared design notes; docs/store.md
(printed whole, its middle, cut off by the terminal, printed again by line range); the headings of docs/ask.md listed
with grep and its "Shapes and joins" section printed alone by that line range, in pieces (the first piece in the same
command as a middle range of docs/store.md; one piece cut off by the terminal was printed again), taken as the rules
for the shape of every gold answer; the module docstring of ``ask_questions`` and its code (how a set is wired and
split; this set is not wired in by its author); the module docstrings of the earlier sets printed with ``ast`` into a
scratch file (the sixty-sixth left out) and grepped for roles, cities and languages, the forty-ninth's read whole and
its "Conventions" list followed where a question leaves room; the first ten rows of ``ask_questions_thirtieth``
imported in Python and, in the same command, one grep that showed that file's module-level now constants; and the demo
store, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of
the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of the project
root, ``benchmarks/`` and the folder the brief came from. Each row is ``(id, category, question, gold, now)``. A
refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a
service, person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT
over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no wind-farm
control room, newsroom, hospital laboratory, crypto exchange or container port, and no one in Bilbao, Belfast, Leuven,
Tashkent or Gdansk). Each asks three questions in every category (24 each, three of them refusals), in this order
within each category:

- the CMS on-call of a regional newsroom in Belfast on the night of a council by-election count, typing on a phone at
  22:30 on Wednesday 12 March (Belfast is on UTC in March): lower case, "wee", "yous", "yday", "rn", "hw", "svc",
  "pls"; the paper's subscription checkout goes through checkout-web and payments-api and its article search through
  search-api and the indexer;
- a control-room engineer of a wind-farm operator in Bilbao, at 08:00 CET on Thursday 13 March (2025-03-13 07:00 UTC),
  whose first language is Spanish and who says "alarms" for alerts and "my night shift" for 18:00-06:00; the
  operator's customer and grid-trading portal logs in through the identity services; every time said is UTC;
- the lab-systems administrator of a university hospital in Leuven, at 10:00 CET on Friday 14 March (2025-03-14 09:00
  UTC): formal and careful ("Kindly", "Could you please", "with all columns"), asking who changed, silenced and
  acknowledged what; the lab-results portal logs in through auth-api;
- the trading-platform SRE of a crypto exchange in Tashkent, at 16:00 local on Thursday 13 March (2025-03-13 11:00
  UTC): short, lower case, articles dropped and "was" for "were" ("alerts which was coming in"), trading words ("fiat
  on-ramp", "token listing", "leaderboard"); the exchange's card on-ramp pays through payments-api;
- the terminal-systems lead of a container port in Gdansk preparing the weekly operations review, at 09:00 CET on
  Monday 17 March (2025-03-17 08:00 UTC), in Polish-flavoured English ("Give me please", "How many scale-downs we had
  last week?", "and when it was?"); the truck-slot booking pays through checkout-web and payments-api.

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (dz003,
dz005, dz008, dz011, dz014), four in time (dz018, dz021, dz024, dz030), five in aggregates (dz033, dz036, dz039,
dz042, dz045), five in top_n (dz048, dz051, dz054, dz057, dz060), four in changes (dz063, dz066, dz069, dz072), five in
silences (dz078, dz081, dz084, dz087, dz090) and all fifteen joins. dz027 (a deploy to its rollback) and dz075
(deploys followed by a rollback) relate two changes and are not counted. One gold returns an empty result: dz077
(nothing is muted at the newsroom's now; the last silences ended at 04:00 and 09:07 that day).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days. The nows: the newsroom
  2025-03-12 22:30, the wind-farm engineer 2025-03-13 07:00, the exchange SRE 2025-03-13 11:00, the lab administrator
  2025-03-14 09:00, the port lead Monday 2025-03-17 08:00, all after every record. "Today" is the asker's day up to
  now; "yday" / "Tuesday" / "11 March" are ``[2025-03-11, 2025-03-12)``; "early this morning" (the newsroom's) is
  2025-03-12 before noon; "since monday" ``[2025-03-10, now]``; "past 48h" ``(now - 48 h, now]``; "last week" (the port
  lead's) ``[2025-03-10, 2025-03-17)``; "in March" / "since 1 March" from 2025-03-01 to now; "in February"
  ``[2025-02-01, 2025-03-01)``; "the week of 3 to 9 March 2025" ``[2025-03-03, 2025-03-10)``; "my night shift, from
  18:00 Tuesday to 06:00 Wednesday" includes its start and excludes its end; "at the end of the week (Sunday midnight)"
  is 2025-03-17 00:00. "All time" and questions without a time have no window. A thing is in a window by its own time
  (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an
  audit entry's ``timestamp``, a warning's ``starts_at``, a log line's ``timestamp``); "active at 14:45", "still
  firing rn", "what's muted rn" are the state at that instant.
- Alerts (alarms) are the ``alerts`` view's rows (every column for a list); "not resolved yet" is ``status =
  'firing'``; incidents are ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it
  is NULL, so an incident never resolved in the data is open at every later moment); silences the ``silences`` view's
  rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that
  span in minutes; "as set" / "scheduled length" is ``starts_at`` to ``ends_at``); "expired before their planned end"
  / "took a silence off early" are the silences with an ``expired_at``. Changes are their ``phase = 'live'`` reports:
  "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is two rows), "rollbacks",
  "config changes", "flag changes" / "flag flips", "releases", their types, "scale-downs" scale events whose
  ``details['replicas_to']`` is below ``details['replicas_from']`` (as integers), "changes" of any type every live
  report, scale events included. "Who deployed" / "who made" are the actors as stored, bots included unless the
  question leaves them out ("only humans (not argocd, not the deployment-controller)"); "kenji" is ``ILIKE '%kenji%'``,
  and lucie.novak@acme.io is named as stored. A version is ``coalesce(details['ref'], version)``
  (``change_details['ref']`` and ``change_version`` in the incident views); the version "live in prod rn" is that of
  the last live deployment or rollback of that service in production. "The Passkey login flag being turned on in
  staging" is the live staging flag change whose summary names Passkey login; "the indexer silence from early this
  morning" is the indexer silence created on 2025-03-12 before noon (there is one); "the cart-service silence" is the
  only silence pinning cart-service. "Team=discovery" and "the team label" are ``labels['team']``; "came in through
  pagerduty" is ``source = 'pagerduty-events'``; "no runbook link" is ``annotations['runbook_url'] IS NULL``; "error
  log lines" are ``log_events`` rows with ``is_error``, every environment unless one is named.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``; a
  warning's by its ``service`` and ``environment`` labels): an alert or incident "within N minutes after" a change
  starts (opens) in ``[t, t + N]``; "in the hour before" / "the 30 min before" an alert or incident is ``[t - N, t]``.
  dz021 and dz063 name their scope (production, any service; the checkout project in production) around one event,
  the first payments-api (checkout-web) alert of 11 March. dz048 ranks every service's alerts in the hour from the
  v2.14.0 production deploy going live; dz030 counts every alert that started from it to the payments-api production
  rollback going live, both ends included; dz024 runs from the flag to the first staging auth-api alert at or after
  it, dz027 from the v2.14.0 production deploy to the first production payments-api rollback at or after it, minutes
  to one decimal. dz100 meets cart-service alerts with payments-api deploys in production. A silence meets the other
  side on its service and, when it pins one, its environment: alerts "firing while a silence ... was in effect" share
  a moment with its span; alerts that "started while" a silence was in effect started inside it (start included, end
  excluded); silences "created while an incident on the same service was open" were created inside the incident's
  span, ends included; silences "created within 30 min after an alert ... started" were created in ``[s, s + 30
  min]``, one row per pair; incidents "open while a silence ... was in effect" share a moment with it, one row per
  pair. Changes that "went live ... while a critical incident on that same service was open" have their time inside a
  critical incident's span, ends included. Acks name their alert by their ``alertname`` and ``service`` equality
  matchers and count as taken "while still firing" when the ack's time lies in the alert's span (ends included), one
  row per alert and person. "Suspect" is ``incident_suspects``: "whose changes were named the suspect of the most
  incidents" counts distinct incidents per ``change_actor``; "which deploys were blamed as suspect" are the
  ``change_events`` deployments that are some incident's suspect, once each; "how many minutes before each incident
  did its suspect change land" is ``lag_s / 60``. "Had an early warning before them" / "preceded by an early warning"
  is a row in ``incident_warnings`` (which meets on project and environment, so checkout-web and cart-service
  incidents count payments-api warnings); "within 15 minutes after an early warning" is ``lead_min <= 15``. "For
  each early warning on payments-api" is every ``warnings`` row whose ``service`` label is payments-api, its kind
  ``labels['alertname']``, with the payments-api alerts of its environment that started in ``[w, w + 15 min]`` (0
  where none). "How were they fixed" is ``alert_groups`` joined to ``resolutions``; "never got a resolution written
  up" no ``resolutions`` row. "For each silence, how many alerts did Alertmanager hold back under it" counts the
  ``alert_mutes`` rows whose ``silenced_by`` names it, every silence listed; "held back by the reindex silences" are
  the ``alert_mutes`` rows naming a silence whose comment mentions reindex. "For each prod deploy yday / every
  rollback: ... how many alerts" is one row per change (a ``LEFT JOIN``, 0 included); "w/ 0 alerts on their service in
  the 15 min after" is an anti-join. "Which services had no deploys last week" are the services the store knows from
  alerts and changes without a live deployment that week.
- Aggregates: durations in minutes to one decimal ("avg time to resolve" of alerts over the resolved ones; the
  incidents' median over the resolved ones); percentages ``round(100.0 * part / whole, 1)`` over the rows the question
  selects ("the alarms on Tuesday": every alert that started that day; "the production incidents": every production
  incident, all time; "last week's production deploys": the live production deployments that week); "on avg how many
  alerts in the 15 min after each prod deploy" is the mean of the per-deploy counts, 0 included; "average number of
  alerts per day" the mean of the daily counts of the days that hold alerts; "total snoozed minutes per person" sums
  ``duration_s`` of the snoozes; "avg silence length as set, per author" ``starts_at`` to ``ends_at`` per
  ``created_by``; "how many different people have acknowledged" counts distinct ack actors as stored; averages of
  sigma to one decimal.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("only the
  one", "just one name" ask for one row; the two of dz052 tie with each other at 7, the third has 3). "Which 3 hours of
  the day (utc, any date)" is ``hour(starts_at)`` over all alerts. "Top 3 log patterns of payments-api by number of
  error lines" sums ``log_pattern_counts.errors`` per template.
- Refusals: the service "liveblog", the cluster "prod-eu-south-2" (the store has prod-eu-west-1 and
  staging-eu-west-1), the service "lims-gateway", the service "matching-engine" and the "preprod" environment are
  ungrounded; a cache TTL for election results pages, a turbine's cut-in wind speed, validating HL7 messages for FHIR,
  sizing Kafka partitions for an order book and a truck gate-in time target are not about this data; silencing
  checkout-web, acknowledging the indexer's alarms, deleting audit entries, rolling back payments-api and marking
  incidents resolved ask to change the data.
"""

from __future__ import annotations

NEWS = "2025-03-12T22:30:00Z"
WIND = "2025-03-13T07:00:00Z"
CRYPTO = "2025-03-13T11:00:00Z"
LAB = "2025-03-14T09:00:00Z"
PORT = "2025-03-17T08:00:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "dz001",
        "filters",
        "wee q - any crit alerts on checkout-web yday?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NEWS,
    ),
    (
        "dz002",
        "filters",
        "yous got anything in the search project still firing rn? results search feels slow",
        """SELECT * FROM alerts
           WHERE project = 'search'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 22:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 22:30:00+00')""",
        NEWS,
    ),
    (
        "dz003",
        "filters",
        "search-api alerts that went off within 15 min after a search-api deploy (any env), wee list pls",
        """SELECT * FROM alerts a
           WHERE a.service = 'search-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NEWS,
    ),
    (
        "dz004",
        "filters",
        "Show me the alarms of the identity project in staging from Tuesday, the ones of that day.",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WIND,
    ),
    (
        "dz005",
        "filters",
        "Which alarms started in the 30 minutes after a flag change on the same service?",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        WIND,
    ),
    (
        "dz006",
        "filters",
        "The alarms with team=discovery that are not resolved yet, please.",
        """SELECT * FROM alerts
           WHERE labels['team'] = 'discovery' AND status = 'firing'""",
        WIND,
    ),
    (
        "dz007",
        "filters",
        "Kindly list the production deployments of auth-api (the reports of them going live), all columns.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'production'""",
        LAB,
    ),
    (
        "dz008",
        "filters",
        "Which incidents were opened within 15 minutes after a change of any type went live on the same service "
        "and environment?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live' AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LAB,
    ),
    (
        "dz009",
        "filters",
        "Could you please list the alerts that have no runbook link in their annotations?",
        """SELECT * FROM alerts WHERE annotations['runbook_url'] IS NULL""",
        LAB,
    ),
    (
        "dz010",
        "filters",
        "fiat on-ramp was flaky. payments-api alerts in past 48h, all columns",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at > TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 11:00:00+00'""",
        CRYPTO,
    ),
    (
        "dz011",
        "filters",
        "prod deploys that got critical alert on same service within 30 min after them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CRYPTO,
    ),
    (
        "dz012",
        "filters",
        "alerts which was coming in through pagerduty",
        """SELECT * FROM alerts WHERE source = 'pagerduty-events'""",
        CRYPTO,
    ),
    (
        "dz013",
        "filters",
        "Give me please the early warnings on payments-api from last week.",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    (
        "dz014",
        "filters",
        "Which alerts of the checkout project were firing while a silence on the same service was in effect?",
        """SELECT * FROM alerts a
           WHERE a.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        PORT,
    ),
    (
        "dz015",
        "filters",
        "Critical alerts in production last week which are already resolved.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    # ---------------------------------------------------------------- time
    (
        "dz016",
        "time",
        "hw many alerts so far today",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 22:30:00+00'""",
        NEWS,
    ),
    (
        "dz017",
        "time",
        "what time did the first alert of today start",
        """SELECT min(starts_at) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 22:30:00+00'""",
        NEWS,
    ),
    (
        "dz018",
        "time",
        "what was still firing at the moment the indexer silence went on early this morning",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'indexer'
                                 AND created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 12:00:00+00')
             AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences
                               WHERE service = 'indexer'
                                 AND created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'))""",
        NEWS,
    ),
    (
        "dz019",
        "time",
        "Which alarms were active at 14:45 UTC on Tuesday?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        WIND,
    ),
    (
        "dz020",
        "time",
        "The alarms that started during my night shift, from 18:00 Tuesday to 06:00 Wednesday.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        WIND,
    ),
    (
        "dz021",
        "time",
        "In the hour before the first payments-api alarm on Tuesday, which changes went live in production? Any "
        "service.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        WIND,
    ),
    (
        "dz022",
        "time",
        "How many alerts were raised in the week of 3 to 9 March 2025?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        LAB,
    ),
    (
        "dz023",
        "time",
        "At what time did the most recent auth-api alert start?",
        """SELECT max(starts_at) FROM alerts WHERE service = 'auth-api'""",
        LAB,
    ),
    (
        "dz024",
        "time",
        "How many minutes passed between the Passkey login flag being turned on in staging and the first staging "
        "auth-api alert after it?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(f.timestamp)) / 60, 1)
           FROM alerts a,
                (SELECT min(timestamp) AS timestamp FROM change_events
                 WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'
                   AND summary ILIKE '%passkey login%') f
           WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
             AND a.starts_at >= f.timestamp
           GROUP BY f.timestamp""",
        LAB,
    ),
    (
        "dz025",
        "time",
        "alerts per hour on 11 march, utc",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour""",
        CRYPTO,
    ),
    (
        "dz026",
        "time",
        "since monday how many deploys went live? need number for change freeze before token listing",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'""",
        CRYPTO,
    ),
    (
        "dz027",
        "time",
        "how many minutes from payments-api v2.14.0 going live in prod to rollback going live",
        """SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1)
           FROM (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                   AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0') d,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                   AND environment = 'production'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00') r""",
        CRYPTO,
    ),
    (
        "dz028",
        "time",
        "For the weekly review: alerts per day last week.",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day ORDER BY alerts DESC, day""",
        PORT,
    ),
    (
        "dz029",
        "time",
        "Incidents opened last week that were still open at the end of the week (Sunday midnight).",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 00:00:00+00')""",
        PORT,
    ),
    (
        "dz030",
        "time",
        "How many alerts started between the payments-api v2.14.0 deploy and its rollback on 11 March?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        PORT,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "dz031",
        "aggregates",
        "avg time to resolve for search-api alerts yday in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'search-api' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NEWS,
    ),
    (
        "dz032",
        "aggregates",
        "how many error log lines did checkout-web spit out yday",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NEWS,
    ),
    (
        "dz033",
        "aggregates",
        "on avg how many alerts in the 15 min after each prod deploy yday",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY c.id)""",
        NEWS,
    ),
    (
        "dz034",
        "aggregates",
        "What percentage of the alarms on Tuesday were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WIND,
    ),
    (
        "dz035",
        "aggregates",
        "The median duration of the resolved incidents in production, in minutes.",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        WIND,
    ),
    (
        "dz036",
        "aggregates",
        "What share of the production incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (
                   WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups WHERE environment = 'production'""",
        WIND,
    ),
    (
        "dz037",
        "aggregates",
        "What is the average scheduled length of the silences, from start to planned end, in minutes?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences""",
        LAB,
    ),
    (
        "dz038",
        "aggregates",
        "How many different people have acknowledged alerts?",
        """SELECT count(DISTINCT actor) FROM audit_log WHERE action = 'ack'""",
        LAB,
    ),
    (
        "dz039",
        "aggregates",
        "How many alerts started while a silence on the same service was in effect?",
        """SELECT count(*) FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        LAB,
    ),
    (
        "dz040",
        "aggregates",
        "avg sigma of early warnings for payments-api, all of them",
        """SELECT round(avg(sigma), 1) FROM warnings WHERE labels['service'] = 'payments-api'""",
        CRYPTO,
    ),
    (
        "dz041",
        "aggregates",
        "total log lines and error lines per environment",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events GROUP BY environment ORDER BY lines DESC""",
        CRYPTO,
    ),
    (
        "dz042",
        "aggregates",
        "on average how many minutes before each incident did its suspect change land, by change type",
        """SELECT change_type, round(avg(lag_s) / 60, 1) FROM incident_suspects GROUP BY change_type""",
        CRYPTO,
    ),
    (
        "dz043",
        "aggregates",
        "Average number of alerts per day last week.",
        """SELECT round(avg(n), 1) FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY day)""",
        PORT,
    ),
    (
        "dz044",
        "aggregates",
        "How many minutes in total did each person snooze last week?",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS minutes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor ORDER BY minutes DESC""",
        PORT,
    ),
    (
        "dz045",
        "aggregates",
        "What percent of last week's production deploys were followed by an alert on the same service within 15 "
        "minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "dz046",
        "top_n",
        "top 3 noisiest services yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        NEWS,
    ),
    (
        "dz047",
        "top_n",
        "which alert name fired the most today",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 22:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        NEWS,
    ),
    (
        "dz048",
        "top_n",
        "which svc got the most alerts in the hour after the v2.14.0 prod deploy",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:31:22+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        NEWS,
    ),
    (
        "dz049",
        "top_n",
        "Which two teams (the team label) had the most alarms in March?",
        """SELECT labels['team'] AS team, count(*) AS alerts FROM alerts
           WHERE labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY team ORDER BY alerts DESC, team LIMIT 2""",
        WIND,
    ),
    (
        "dz050",
        "top_n",
        "Who made the most changes in production in March? Only humans (not argocd, not the deployment-controller), "
        "only the one.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 1""",
        WIND,
    ),
    (
        "dz051",
        "top_n",
        "Which service had the most alarms starting in the 60 minutes after one of its own deployments?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        WIND,
    ),
    (
        "dz052",
        "top_n",
        "Which two people have resolved the most incidents?",
        """SELECT resolved_by, count(DISTINCT group_id) AS incidents FROM resolutions
           WHERE resolved_by IS NOT NULL
           GROUP BY resolved_by ORDER BY incidents DESC, resolved_by LIMIT 2""",
        LAB,
    ),
    (
        "dz053",
        "top_n",
        "What are the top 3 log patterns of payments-api by number of error lines?",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template ORDER BY errors DESC, template LIMIT 3""",
        LAB,
    ),
    (
        "dz054",
        "top_n",
        "Whose changes were named the suspect of the most incidents? Only the first person.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        LAB,
    ),
    (
        "dz055",
        "top_n",
        "top 4 alert names of all time, like a leaderboard",
        """SELECT name, count(*) AS alerts FROM alerts
           GROUP BY name ORDER BY alerts DESC, name LIMIT 4""",
        CRYPTO,
    ),
    (
        "dz056",
        "top_n",
        "which 3 hours of the day (utc, any date) has most alerts",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts FROM alerts
           GROUP BY hour_of_day ORDER BY alerts DESC, hour_of_day LIMIT 3""",
        CRYPTO,
    ),
    (
        "dz057",
        "top_n",
        "top 2 services by incidents which have a suspect change",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        CRYPTO,
    ),
    (
        "dz058",
        "top_n",
        "For the review, the top 3 services by error log lines last week.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 3""",
        PORT,
    ),
    (
        "dz059",
        "top_n",
        "Who created the most silences last week? Just one name.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        PORT,
    ),
    (
        "dz060",
        "top_n",
        "Which two services had the most incidents last week that were preceded by an early warning?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        PORT,
    ),
    # ---------------------------------------------------------------- changes
    (
        "dz061",
        "changes",
        "who deployed to prod yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NEWS,
    ),
    (
        "dz062",
        "changes",
        "whats the checkout-web version live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 22:30:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        NEWS,
    ),
    (
        "dz063",
        "changes",
        "what changed in the checkout project in prod in the 30 min before the first checkout-web alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NEWS,
    ),
    (
        "dz064",
        "changes",
        "List the service, version and time of every rollback.",
        """SELECT service, coalesce(details['ref'], version), timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'""",
        WIND,
    ),
    (
        "dz065",
        "changes",
        "Which config changes were made in production since 1 March?",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        WIND,
    ),
    (
        "dz066",
        "changes",
        "Which deployments to staging were not followed by any alarm on the same service within 30 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        WIND,
    ),
    (
        "dz067",
        "changes",
        "Which versions of auth-api were deployed to staging? Each version once, please.",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        LAB,
    ),
    (
        "dz068",
        "changes",
        "Please list the feature flag changes made by lucie.novak@acme.io: the summary and when.",
        """SELECT summary, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND actor = 'lucie.novak@acme.io'""",
        LAB,
    ),
    (
        "dz069",
        "changes",
        "Which changes went live on a service while a critical incident on that same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical' AND g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))""",
        LAB,
    ),
    (
        "dz070",
        "changes",
        "for each service when was its last prod deployment? service + time",
        """SELECT service, max(timestamp) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           GROUP BY service""",
        CRYPTO,
    ),
    (
        "dz071",
        "changes",
        "releases on 11 march: service, version, who",
        """SELECT service, coalesce(details['ref'], version), actor FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        CRYPTO,
    ),
    (
        "dz072",
        "changes",
        "which deploys were blamed as suspect for incident? service, version, actor",
        """SELECT service, coalesce(details['ref'], version), actor FROM change_events
           WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)""",
        CRYPTO,
    ),
    (
        "dz073",
        "changes",
        "How many scale-downs we had last week?",
        """SELECT count(*) FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    (
        "dz074",
        "changes",
        "Which services had no deploys at all last week?",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events)
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    (
        "dz075",
        "changes",
        "Which deploys last week were followed by a rollback of the same service within one hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        PORT,
    ),
    # ---------------------------------------------------------------- silences
    (
        "dz076",
        "silences",
        "who silenced stuff yday",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NEWS,
    ),
    (
        "dz077",
        "silences",
        "whats muted rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 22:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 22:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 22:30:00+00')""",
        NEWS,
    ),
    (
        "dz078",
        "silences",
        "indexer alerts that were firing while the indexer silence from early this morning was on",
        """SELECT a.* FROM alerts a, silences s
           WHERE a.service = 'indexer' AND s.service = 'indexer'
             AND s.created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'
             AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
             AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
        NEWS,
    ),
    (
        "dz079",
        "silences",
        "Which silences did kenji create in February? Silence id, start and end.",
        """SELECT silence_id, starts_at, ends_at FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        WIND,
    ),
    (
        "dz080",
        "silences",
        "How long was the cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service'""",
        WIND,
    ),
    (
        "dz081",
        "silences",
        "Which silences were created while an incident on the same service was open?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:00:00+00'))""",
        WIND,
    ),
    (
        "dz082",
        "silences",
        "Which silences were expired before their planned end, and by whom?",
        """SELECT silence_id, expired_by FROM silences WHERE expired_at IS NOT NULL""",
        LAB,
    ),
    (
        "dz083",
        "silences",
        "How many silences are scoped to the production environment?",
        """SELECT count(*) FROM silences WHERE environment_canonical = 'production'""",
        LAB,
    ),
    (
        "dz084",
        "silences",
        "For each silence, how many alerts did Alertmanager hold back under it? Include those with zero.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id""",
        LAB,
    ),
    (
        "dz085",
        "silences",
        "silences where comment is mentioning reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        CRYPTO,
    ),
    (
        "dz086",
        "silences",
        "avg silence length as set, per author, minutes",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences
           GROUP BY created_by ORDER BY avg_minutes DESC""",
        CRYPTO,
    ),
    (
        "dz087",
        "silences",
        "silences created within 30 min after an alert on same service started: silence id, author, alert name, "
        "alert start",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s, alerts a
           WHERE a.service = s.service
             AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
             AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 30 MINUTE""",
        CRYPTO,
    ),
    (
        "dz088",
        "silences",
        "Silences created last week outside business hours (Mon-Fri 09:00-17:00 UTC).",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (isodow(created_at) IN (6, 7) OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        PORT,
    ),
    (
        "dz089",
        "silences",
        "Who took a silence off early last week, and when it was?",
        """SELECT expired_by, expired_at FROM silences
           WHERE expired_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND expired_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    (
        "dz090",
        "silences",
        "Which alerts were held back by the reindex silences?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.comment ILIKE '%reindex%' AND list_contains(m.silenced_by, s.silence_id))""",
        PORT,
    ),
    # ---------------------------------------------------------------- joins
    (
        "dz091",
        "joins",
        "for each prod deploy yday: service, version and how many alerts on that service in the next 30 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version), count(a.fingerprint)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        NEWS,
    ),
    (
        "dz092",
        "joins",
        "incidents yday w their suspect if any: svc, alert name, opened, suspect version",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version)
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NEWS,
    ),
    (
        "dz093",
        "joins",
        "which svcs got alerts within 15 min after a flag flip on the same svc",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NEWS,
    ),
    (
        "dz094",
        "joins",
        "Which production incidents opened in March had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        WIND,
    ),
    (
        "dz095",
        "joins",
        "For each early warning on payments-api: when it started, its kind, and how many payments-api alarms began "
        "in the 15 minutes after it.",
        """SELECT w.starts_at, w.labels['alertname'], count(a.fingerprint)
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
           GROUP BY w.id, w.starts_at, w.labels""",
        WIND,
    ),
    (
        "dz096",
        "joins",
        "Which deployments were followed by an incident on the same service within 15 minutes? Give the service, the "
        "version, the deploy time and the incident's alert name.",
        """SELECT c.service, coalesce(c.details['ref'], c.version), c.timestamp, g.group_labels['alertname']
           FROM change_events c
           JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'""",
        WIND,
    ),
    (
        "dz097",
        "joins",
        "How were the token-service incidents fixed? The opening time, the alert name and the fix, please.",
        """SELECT g.opened_at, g.group_labels['alertname'], r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.service = 'token-service'""",
        LAB,
    ),
    (
        "dz098",
        "joins",
        "Which alerts were acknowledged while they were still firing? The alert name, the service, its start and "
        "who acknowledged it.",
        """SELECT DISTINCT a.name, a.service, a.starts_at, k.actor
           FROM audit_log k, alerts a
           WHERE k.action = 'ack'
             AND a.name = list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value
             AND a.service = list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value
             AND k.timestamp >= a.starts_at
             AND k.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 09:00:00+00')""",
        LAB,
    ),
    (
        "dz099",
        "joins",
        "Which incidents were open while a silence on the same service was in effect? Service, alert name, opening "
        "time and the silence id.",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at, s.silence_id
           FROM alert_groups g, silences s
           WHERE s.service = g.service
             AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
             AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
             AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00') > s.starts_at""",
        LAB,
    ),
    (
        "dz100",
        "joins",
        "cart-service alerts in prod within 15 min after a payments-api deploy",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = 'payments-api' AND c.environment = 'production'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CRYPTO,
    ),
    (
        "dz101",
        "joins",
        "for every rollback: service, time, and number of alerts on same svc in 60 min after",
        """SELECT c.service, c.timestamp, count(a.fingerprint)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'rollback' AND c.phase = 'live'
           GROUP BY c.id, c.service, c.timestamp""",
        CRYPTO,
    ),
    (
        "dz102",
        "joins",
        "prod deploys in march w/ 0 alerts on their service in the 15 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CRYPTO,
    ),
    (
        "dz103",
        "joins",
        "Last week's incidents that never got a resolution written up: service, alert name, opened.",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        PORT,
    ),
    (
        "dz104",
        "joins",
        "Which changes went live on the same service in the 30 minutes before each critical incident last week? "
        "Incident alert name, opened, change type, change time.",
        """SELECT g.group_labels['alertname'], g.opened_at, c.type, c.timestamp
           FROM alert_groups g
           JOIN change_events c
             ON c.service = g.service AND c.environment = g.environment AND c.phase = 'live'
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at
           WHERE g.max_severity = 'critical'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    (
        "dz105",
        "joins",
        "Which services had incidents last week within 15 minutes after an early warning?",
        """SELECT DISTINCT service FROM incident_warnings
           WHERE lead_min <= 15
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PORT,
    ),
    # ---------------------------------------------------------------- refusals
    ("dz106", "refusals", "any alerts on the liveblog service tonight", "ungrounded", NEWS),
    ("dz107", "refusals", "whats a sensible cache ttl for live election results pages", "not_about_this_data", NEWS),
    ("dz108", "refusals", "silence checkout-web till 2am pls, the count is on", "asks_to_change_data", NEWS),
    ("dz109", "refusals", "Alarms on the cluster prod-eu-south-2 this week?", "ungrounded", WIND),
    (
        "dz110",
        "refusals",
        "What is the usual cut-in wind speed of a 3 MW onshore turbine?",
        "not_about_this_data",
        WIND,
    ),
    ("dz111", "refusals", "Acknowledge all the alarms of the indexer, please.", "asks_to_change_data", WIND),
    ("dz112", "refusals", "Kindly show the alerts of the lims-gateway service.", "ungrounded", LAB),
    (
        "dz113",
        "refusals",
        "How should we validate HL7 v2 messages before converting them to FHIR resources?",
        "not_about_this_data",
        LAB,
    ),
    (
        "dz114",
        "refusals",
        "Please delete the audit log entries older than 1 February.",
        "asks_to_change_data",
        LAB,
    ),
    ("dz115", "refusals", "alerts on matching-engine in past 48h", "ungrounded", CRYPTO),
    (
        "dz116",
        "refusals",
        "how many kafka partitions should order book topic have for 50k msg/s",
        "not_about_this_data",
        CRYPTO,
    ),
    ("dz117", "refusals", "roll back payments-api to v2.13.2 now", "asks_to_change_data", CRYPTO),
    ("dz118", "refusals", "Alerts in the preprod environment last week.", "ungrounded", PORT),
    (
        "dz119",
        "refusals",
        "What is a reasonable gate-in time target for trucks at a container terminal?",
        "not_about_this_data",
        PORT,
    ),
    (
        "dz120",
        "refusals",
        "Mark last week's open incidents as resolved.",
        "asks_to_change_data",
        PORT,
    ),
]
