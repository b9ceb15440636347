"""The sixty-third ask question set: ids hz001..hz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor the rows of any
earlier set, nor the sixty-second set written at the same time. What the author read: the brief; the project's design
notes (``DESIGN.md`` in the shared folder, printed whole); docs/store.md printed whole (its
middle cut off by the terminal and not printed again); the "Shapes and joins" section of docs/ask.md printed alone
(its line range found by listing the headings with grep; its middle, cut off by the terminal, printed again by range),
taken as the rules for the shape of every gold answer; the module docstring of ``ask_questions`` and its code (how a
set is wired and split; this set is not wired in by its author); the module docstrings of the earlier sets printed
with ``ast`` into a scratch file and grepped for roles, cities and languages (the forty-ninth's read whole and its
"Conventions" list followed where a question leaves room); the first ten rows of ``ask_questions_thirtieth`` imported
in Python (for the file's format) and, by one grep, the lines defining that file's module-level now constants; and the
demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC,
the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of
``benchmarks/``, the project root and the folder the brief came from. Each row is ``(id, category, question, gold,
now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question
names a service, person, environment or cluster the store does not hold); any other gold is a single DuckDB SELECT
over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Chilean,
Rwandan, Taiwanese, Nepali or Croatian voice, nobody in Santiago, Kigali, Taipei, Kathmandu or Split, and no energy
utility, nonprofit, insurer, hotel booking engine or ferry line). Each asks three questions in every category (24
each, three of them refusals):

- the platform lead of an energy utility in Santiago de Chile whose bill-pay portal pays through checkout-web and
  payments-api, preparing the utility's weekly operations review, at 09:00 CLST on Thursday 13 March (2025-03-13 12:00
  UTC): Chilean Spanish turns of English ("cachai?" for "you see?", "po", "al tiro" for right away, "the alerts of
  production", "how much" for "how many" once), review words ("for the ops review", "for the slide");
- the lone sysadmin of a nonprofit in Kigali whose donation page pays through checkout-web and payments-api, at 20:00
  CAT on Wednesday 12 March (2025-03-12 18:00 UTC), who was taught in French: "svp", "merci", "donc", "les" slipping in
  ("les changes"), "yesterday" for Tuesday 11 March, always "UTC" where a clock matters;
- a release manager of an insurance company in Taipei whose premium payments go through payments-api and whose
  policyholder login is auth-api, at 10:00 CST (UTC+8) on Friday 14 March (2025-03-14 02:00 UTC): Taiwanese English
  ("already" at the end, "or not", "pls help check", a dropped plural or past tense: "how many deploy", "when
  payments-api was last deployed");
- the on-call engineer of a hotel booking engine in Kathmandu whose room payments go through checkout-web, typing on a
  phone at 08:00 NPT on Thursday 13 March (2025-03-13 02:15 UTC): lower case, "dai" (brother), "rn", "tue", "wk",
  "svc", "w/in", "n" for and, slips ("wat", "whn", "r", "nite");
- a ticketing platform engineer of a ferry line in Split whose ticket sales pay through the checkout services, at
  09:00 CET on Monday 17 March (2025-03-17 08:00 UTC): Croatian turns of English (articles dropped: "Show me silences
  which were created ...", "Which incidents had early warning before them?"), precise and short.

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope: six in filters (alerts
after a service's own production deploys, deploys followed by a critical alert, auth-api staging alerts after a
staging deploy, alerts after a flag flip, production incidents without a suspect change, cart-service error lines
after the v2.14.0 deploy), five in time (minutes from the v2.14.0 deploy to the first payments-api alert, changes
before the first checkout-web alert, alerts firing as the cart-service silence was created, minutes from the first
checkout alert to the rollback, alerts before the cart-service config change), four in aggregates (alerts after
production deploys averaged, deploys followed by a critical alert as a share, the suspects' mean lag, incidents with an
early warning), three in top_n (whose deploys were suspects, the suspects' change type, the service with the most
error lines after the v2.14.0 deploy), five in changes (deploys before the first payments-api alert, staging deploys
with no alert after them, deploys that were suspects, alerts after each deploy of 11 March, changes made while an
incident was open), five in silences (indexer alerts while an indexer silence was on, incidents opened under a
silence, silences Alertmanager says muted something, mutes per silence, silences created after an alert) and all
fifteen joins. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the utility, the insurer
  and the ferry line keep UTC boards, the sysadmin says UTC, the hotel on-call's rota runs on UTC), so no question is
  read in another zone. The nows: the utility lead 2025-03-13 12:00, the sysadmin 2025-03-12 18:00, the release manager
  Friday 2025-03-14 02:00, the hotel on-call 2025-03-13 02:15, the ferry engineer Monday 2025-03-17 08:00, all after
  every record. "Tuesday", "tue", "11 March" and the sysadmin's "yesterday" are ``[2025-03-11, 2025-03-12)``; the
  sysadmin's "today" ``[2025-03-12, now]``; "in February" ``[2025-02-01, 2025-03-01)``; "in March" / "this month" from
  2025-03-01 to now; "this year" from 2025-01-01 to now; the hotel on-call's "this wk" ``[2025-03-10, now]``; the ferry
  engineer's "last week" ``[2025-03-10, 2025-03-17)``; "the last 7 days" and "the last 24h" are ``(now - 7 days, now]``
  and ``(now - 24 h, now]``; "between 14:30 and 15:00 UTC" and "between 12:00 and 18:00" include the start and exclude
  the end. "All of them", "whole history", "all time" have no window. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit
  entry's ``timestamp``, a warning's ``starts_at``, a log line's ``timestamp``); "were going in that window" shares a
  moment with it; "firing at 14:45" and "still firing when ..." are the state at that instant, "right now" and "rn"
  at now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("as it actually was"; "for how long" and
  "scheduled length" are ``starts_at`` to ``ends_at``). Changes are their ``phase = 'live'`` reports: "deploys" ``type
  = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows, in hz032, hz037,
  hz038 and hz070 too), "rollbacks", "config changes", "flag flips", "releases" their types, "changes" every live
  report. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the
  incident views); "the version live now" is that of the last live deployment or rollback of that service and
  environment. "The checkout project" and "checkout alerts" are ``project = 'checkout'``. "The cart-service silence"
  is the only silence pinning cart-service (maria's). "The cart-service config change on 11 March" is its only config
  update that day. "Error log lines" are ``is_error``. "Early warnings" are ``warnings`` rows; a warning's service and
  environment are its labels.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]``; "in the hour before" an alert is
  ``[t - 60 min, t]``, the changes being those of the alert's environment (production) and any service (hz020, hz064);
  "in the 5 / 15 minutes after payments-api v2.14.0 went live" is a window from its production deploy (14:31:22),
  on the service the question names (hz015) or, for "which svc", every service (hz056). "Alerts from any service, any
  environment, in the 30 minutes before the cart-service config change" is ``[t - 30 min, t]`` over every alert. A
  silence meets the other side on its service and, when it pins one, its environment: indexer alerts "firing while a
  silence on indexer was in effect" share a moment with its span (an alert still firing runs until now); incidents
  "opened while a silence on the same service was in effect" opened inside it (start included, end excluded); silences
  "created during an incident" on the same service were created inside the incident's span, ends included; deploys
  "while a silence on that service was in effect" went live inside it; silences "created within 15 minutes after an
  alert on the same service started" are pairs, one row per silence and alert. Changes "made while an incident on the
  same service was open" have their time inside the incident's span, ends included. Acks name their alert by their
  ``alertname`` and ``service`` equality matchers and count as taken "while the acked alert was still firing" when one
  such alert was on at the ack's time. "Suspect" is ``incident_suspects``; "which deploys / changes were blamed" are
  the ``change_events`` rows some incident's suspect names; "whose deploys were suspects for the most incidents" counts
  distinct incidents per ``change_actor`` of suspect deployments; "average lag" is the mean of ``lag_s`` over the
  suspect rows, in minutes. "Had an early warning before them" is a row in ``incident_warnings``. "For each ...: count
  (zero included)" and "for each ... how many" are one row per thing (a ``LEFT JOIN``), with the columns
  listed, or the thing's ``id`` and its count when none are (hz100). "Log patterns before the
  HikariPoolPendingConnections incident, top 3" are its ``incident_log_patterns`` rows of rank 1 to 3.
- Aggregates: durations in minutes to one decimal (hours when asked); averages and medians to one decimal;
  percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects; "how many X per Y" a count per
  value. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``; "outside" them any other time.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses (the 9 and 9
  of hz046 are both inside its three; "one name", "only one", "just one", "the most" ask for one row). "Busiest hour of
  11 March" is the hour's UTC start with its count; "which hour of the day" the hour on the clock (0-23) with its count.
  "Who ..." is the people, each once; "who and when" / "who and what comment" the listed columns, one row per act.
- Refusals: the service "meter-reading", the service "donations-api", the person "chen.wei", the cluster
  "prod-ap-south-1" and the "preprod" environment are ungrounded (the store has prod-eu-west-1 and staging-eu-west-1,
  production and staging); a recovery-time objective for a utility's billing portal, a thank-you letter to donors,
  what IFRS 17 is, Redis against Memcached for room availability and the weather on a ferry route are not about this
  data; silencing payments-api until Monday, deleting last week's staging alerts, rolling payments-api back, acking
  the payments alert and expiring jonas's silences ask to change the data.
"""

UTIL = "2025-03-13T12:00:00Z"
NGO = "2025-03-12T18:00:00Z"
INSURE = "2025-03-14T02:00:00Z"
HOTEL = "2025-03-13T02:15:00Z"
FERRY = "2025-03-17T08:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "hz001",
        "filters",
        "For the ops review, cachai: the critical alerts of production in February, all of them.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        UTIL,
    ),
    (
        "hz002",
        "filters",
        "Our bill-pay portal depends on payments-api and checkout-web. Which alerts of those two started within 30 "
        "minutes after a production deploy of the same service?",
        """SELECT * FROM alerts a
           WHERE a.service IN ('payments-api', 'checkout-web')
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        UTIL,
    ),
    (
        "hz003",
        "filters",
        "which incidents are still open right now, po?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-13 12:00:00+00')""",
        UTIL,
    ),
    (
        "hz004",
        "filters",
        "svp, show me the checkout-web alerts of yesterday (UTC)",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NGO,
    ),
    (
        "hz005",
        "filters",
        "which deploys donc were followed by a critical alert on the same service within one hour?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NGO,
    ),
    (
        "hz006",
        "filters",
        "error log lines from payments-api in production between 14:30 and 15:00 UTC yesterday, merci",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        NGO,
    ),
    (
        "hz007",
        "filters",
        "Pls help check: the rollbacks in production, all of them.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'""",
        INSURE,
    ),
    (
        "hz008",
        "filters",
        "Which auth-api staging alerts started within 15 minutes after an auth-api deploy in staging? Our login "
        "tests run there.",
        """SELECT * FROM alerts a
           WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = 'auth-api'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        INSURE,
    ),
    (
        "hz009",
        "filters",
        "Which releases got deployed to production already? I mean a live production deploy of the same version of "
        "that service came after the release.",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp >= r.timestamp)""",
        INSURE,
    ),
    (
        "hz010",
        "filters",
        "whats firing rn in prod dai",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 02:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 02:15:00+00')""",
        HOTEL,
    ),
    (
        "hz011",
        "filters",
        "prod alerts w/in 15 min after a flag flip on the same svc",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        HOTEL,
    ),
    (
        "hz012",
        "filters",
        "guests cudnt pay for rooms on tue 14:40-15:00 utc. which checkout-web or payments-api alerts were going in "
        "that window",
        """SELECT * FROM alerts
           WHERE service IN ('checkout-web', 'payments-api')
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:40:00+00')""",
        HOTEL,
    ),
    (
        "hz013",
        "filters",
        "Show me early warnings for checkout-web, all of them.",
        """SELECT * FROM warnings WHERE labels['service'] = 'checkout-web'""",
        FERRY,
    ),
    (
        "hz014",
        "filters",
        "Which incidents in production had no suspect change?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        FERRY,
    ),
    (
        "hz015",
        "filters",
        "Error log lines of cart-service in production in 5 minutes after payments-api v2.14.0 went live in "
        "production.",
        """SELECT * FROM log_events
           WHERE service = 'cart-service' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        FERRY,
    ),
    # ------------------------------------------------------------------ time
    (
        "hz016",
        "time",
        "At what time did the first alert of payments-api start on 11 March?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        UTIL,
    ),
    (
        "hz017",
        "time",
        "For the slide: how many minutes between payments-api v2.14.0 going live in production and the first "
        "payments-api alert after it?",
        """SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)
           FROM alerts
           WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        UTIL,
    ),
    (
        "hz018",
        "time",
        "alerts per day in the last 7 days, cachai?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-06 12:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'
           GROUP BY day ORDER BY alerts DESC""",
        UTIL,
    ),
    (
        "hz019",
        "time",
        "what was firing at 14:45 UTC yesterday? our donation page was down then",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        NGO,
    ),
    (
        "hz020",
        "time",
        "les changes in the hour before the first checkout-web alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NGO,
    ),
    (
        "hz021",
        "time",
        "how many alerts today so far (UTC)?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 18:00:00+00'""",
        NGO,
    ),
    (
        "hz022",
        "time",
        "When payments-api was last deployed to production?",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        INSURE,
    ),
    (
        "hz023",
        "time",
        "From payments-api v2.14.0 going live in production until the rollback went live, how many minutes?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND environment = 'production'
                                 AND type = 'rollback' AND phase = 'live'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)""",
        INSURE,
    ),
    (
        "hz024",
        "time",
        "How many alerts per hour between 12:00 and 18:00 UTC on 11 March?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour ORDER BY alerts DESC""",
        INSURE,
    ),
    (
        "hz025",
        "time",
        "whn did the latest alert start, any svc",
        """SELECT max(starts_at) FROM alerts""",
        HOTEL,
    ),
    (
        "hz026",
        "time",
        "alerts in the last 24h dai",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 02:15:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 02:15:00+00'""",
        HOTEL,
    ),
    (
        "hz027",
        "time",
        "wat was still firing at the moment maria put her cart-service silence on",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        HOTEL,
    ),
    (
        "hz028",
        "time",
        "Alerts in production which started on weekend (Saturday or Sunday), any weekend.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production' AND dayofweek(starts_at) IN (0, 6)""",
        FERRY,
    ),
    (
        "hz029",
        "time",
        "How many minutes from first alert of checkout project on 11 March until rollback of payments-api went live "
        "in production?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND environment = 'production'
                                 AND type = 'rollback' AND phase = 'live'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'))
                        - epoch((SELECT min(starts_at) FROM alerts
                                 WHERE project = 'checkout'
                                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1)""",
        FERRY,
    ),
    (
        "hz030",
        "time",
        "Which alerts from any service, any environment, started in 30 minutes before cart-service config change on "
        "11 March?",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'cart-service' AND type = 'config_update' AND phase = 'live'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'cart-service' AND type = 'config_update' AND phase = 'live'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        FERRY,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "hz031",
        "aggregates",
        "Average time to resolve of production incidents in February, in minutes, for the review.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        UTIL,
    ),
    (
        "hz032",
        "aggregates",
        "On average, how much alerts in the 30 minutes after each production deploy?",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        UTIL,
    ),
    (
        "hz033",
        "aggregates",
        "What share of the production alerts in March were critical, al tiro pls?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        UTIL,
    ),
    (
        "hz034",
        "aggregates",
        "how many error log lines did checkout-web have yesterday?",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NGO,
    ),
    (
        "hz035",
        "aggregates",
        "how many silences did each person create, svp?",
        """SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC""",
        NGO,
    ),
    (
        "hz036",
        "aggregates",
        "median duration of payments-api alerts in minutes donc",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'""",
        NGO,
    ),
    (
        "hz037",
        "aggregates",
        "How many deploy to production per month this year?",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 02:00:00+00'
           GROUP BY month ORDER BY deploys DESC""",
        INSURE,
    ),
    (
        "hz038",
        "aggregates",
        "What percentage of production deploys were followed by a critical alert on the same service within 1 hour?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.severity = 'critical'
                     AND a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        INSURE,
    ),
    (
        "hz039",
        "aggregates",
        "Average lag in minutes between the suspect change and its incident, all incidents.",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        INSURE,
    ),
    (
        "hz040",
        "aggregates",
        "how many alerts fired on tue",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HOTEL,
    ),
    (
        "hz041",
        "aggregates",
        "avg alerts per incident",
        """SELECT round(avg(alert_count), 1) FROM alert_groups""",
        HOTEL,
    ),
    (
        "hz042",
        "aggregates",
        "count of snoozes per person dai",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze' GROUP BY actor ORDER BY snoozes DESC""",
        HOTEL,
    ),
    (
        "hz043",
        "aggregates",
        "How many incidents had early warning before them?",
        """SELECT count(DISTINCT group_id) FROM incident_warnings""",
        FERRY,
    ),
    (
        "hz044",
        "aggregates",
        "Total silenced hours per silence author, as silence actually was.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        FERRY,
    ),
    (
        "hz045",
        "aggregates",
        "Count of alerts and count of critical alerts per service in production.",
        """SELECT service, count(*) AS alerts, count(*) FILTER (WHERE severity = 'critical') AS critical_alerts
           FROM alerts WHERE environment_canonical = 'production'
           GROUP BY service ORDER BY alerts DESC""",
        FERRY,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "hz046",
        "top_n",
        "Top 3 services by alerts in production, all time, for the slide.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        UTIL,
    ),
    (
        "hz047",
        "top_n",
        "Whose deploys were named the suspect for the most incidents? One name po.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        UTIL,
    ),
    (
        "hz048",
        "top_n",
        "Busiest hour of 11 March by alerts? Hour and count.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        UTIL,
    ),
    (
        "hz049",
        "top_n",
        "top 2 services with the most error log lines yesterday",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 2""",
        NGO,
    ),
    (
        "hz050",
        "top_n",
        "which alert name fired the most in staging? only one svp",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        NGO,
    ),
    (
        "hz051",
        "top_n",
        "who created the most silences, top 2?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2""",
        NGO,
    ),
    (
        "hz052",
        "top_n",
        "Which service got rolled back the most times in production? Just one.",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
           GROUP BY service ORDER BY rollbacks DESC, service LIMIT 1""",
        INSURE,
    ),
    (
        "hz053",
        "top_n",
        "Which 2 services had the most incidents in production?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE environment = 'production'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        INSURE,
    ),
    (
        "hz054",
        "top_n",
        "Which type of change was the suspect of the most incidents? Only the top one.",
        """SELECT change_type, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_type ORDER BY incidents DESC, change_type LIMIT 1""",
        INSURE,
    ),
    (
        "hz055",
        "top_n",
        "top 2 noisiest alert names this wk",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 02:15:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        HOTEL,
    ),
    (
        "hz056",
        "top_n",
        "which svc logged the most errors in the 15 min after payments-api v2.14.0 went live",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE
           GROUP BY service ORDER BY error_lines DESC, service LIMIT 1""",
        HOTEL,
    ),
    (
        "hz057",
        "top_n",
        "who acked the most alerts",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        HOTEL,
    ),
    (
        "hz058",
        "top_n",
        "Top 3 metric keys by number of early warnings.",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 3""",
        FERRY,
    ),
    (
        "hz059",
        "top_n",
        "Top 2 services by deploys in staging.",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
           GROUP BY service ORDER BY deploys DESC, service LIMIT 2""",
        FERRY,
    ),
    (
        "hz060",
        "top_n",
        "Which hour of day (UTC) has most alerts, over whole history?",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts FROM alerts
           GROUP BY hour_of_day ORDER BY alerts DESC, hour_of_day LIMIT 1""",
        FERRY,
    ),
    # ------------------------------------------------------------------ changes
    (
        "hz061",
        "changes",
        "What changed on payments-api in production on 11 March?",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        UTIL,
    ),
    (
        "hz062",
        "changes",
        "Which versions of auth-api are in staging and production now? Our portal login goes through it.",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'auth-api' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        UTIL,
    ),
    (
        "hz063",
        "changes",
        "Flag flips in production this month, who and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        UTIL,
    ),
    (
        "hz064",
        "changes",
        "deploys in the hour before the first payments-api alert of yesterday",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NGO,
    ),
    (
        "hz065",
        "changes",
        "les config changes, all of them svp",
        """SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live'""",
        NGO,
    ),
    (
        "hz066",
        "changes",
        "deploys in staging with no alert on the same service in the 30 minutes after them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NGO,
    ),
    (
        "hz067",
        "changes",
        "Which versions of auth-api went to staging already?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'""",
        INSURE,
    ),
    (
        "hz068",
        "changes",
        "Rollbacks that came less than 1 hour after a deploy of the same service, pls help check.",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        INSURE,
    ),
    (
        "hz069",
        "changes",
        "Pls help check which production deploys caused incidents.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        INSURE,
    ),
    (
        "hz070",
        "changes",
        "deploys on tue in prod",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HOTEL,
    ),
    (
        "hz071",
        "changes",
        "who flipped flags on tue",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HOTEL,
    ),
    (
        "hz072",
        "changes",
        "wat version of payments-api is running in prod rn",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        HOTEL,
    ),
    (
        "hz073",
        "changes",
        "Which services had no deploys last week?",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events)
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        FERRY,
    ),
    (
        "hz074",
        "changes",
        "For each production deploy on 11 March: service, version and how many alerts on same service in 30 "
        "minutes after (zero included).",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        FERRY,
    ),
    (
        "hz075",
        "changes",
        "Changes in production on 11 March which were made while incident on same service was open.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00'))""",
        FERRY,
    ),
    # ------------------------------------------------------------------ silences
    (
        "hz076",
        "silences",
        "Silences created in March: the author and the comment, for the review.",
        """SELECT created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 12:00:00+00'""",
        UTIL,
    ),
    (
        "hz077",
        "silences",
        "Which indexer alerts were firing while a silence on indexer was in effect, cachai?",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment IS NULL OR s.environment = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 12:00:00+00') > s.starts_at)""",
        UTIL,
    ),
    (
        "hz078",
        "silences",
        "Silences that were in effect at some moment on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        UTIL,
    ),
    (
        "hz079",
        "silences",
        "who silenced things in february, and for how long (minutes)?",
        """SELECT created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NGO,
    ),
    (
        "hz080",
        "silences",
        "which silence was taken off before its end, and who took it off? silence id and the person svp",
        """SELECT silence_id, expired_by FROM silences WHERE expired_early""",
        NGO,
    ),
    (
        "hz081",
        "silences",
        "which incidents opened while a silence on the same service was in effect?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment IS NULL OR s.environment = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        NGO,
    ),
    (
        "hz082",
        "silences",
        "How many silences have more than two matchers?",
        """SELECT count(*) FROM silences WHERE len(matchers) > 2""",
        INSURE,
    ),
    (
        "hz083",
        "silences",
        "For each silence created on 11 March, its author and its scheduled length in minutes.",
        """SELECT created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        INSURE,
    ),
    (
        "hz084",
        "silences",
        "Which silences really muted something, according to Alertmanager or not?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        INSURE,
    ),
    (
        "hz085",
        "silences",
        "who put the silence on cart-service n who took it off",
        """SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'""",
        HOTEL,
    ),
    (
        "hz086",
        "silences",
        "snoozes on tue",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HOTEL,
    ),
    (
        "hz087",
        "silences",
        "indexer silences w a comment about reindex",
        """SELECT * FROM silences WHERE service = 'indexer' AND comment ILIKE '%reindex%'""",
        HOTEL,
    ),
    (
        "hz088",
        "silences",
        "Show me silences which were created outside business hours.",
        """SELECT * FROM silences
           WHERE NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        FERRY,
    ),
    (
        "hz089",
        "silences",
        "For each silence, how many alerts did Alertmanager hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id ORDER BY muted DESC""",
        FERRY,
    ),
    (
        "hz090",
        "silences",
        "Silences created within 15 minutes after alert on same service started: silence id, its author, alert "
        "name and when alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment IS NULL OR s.environment = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 15 MINUTE""",
        FERRY,
    ),
    # ------------------------------------------------------------------ joins
    (
        "hz091",
        "joins",
        "Incidents with their suspect change: service, alert name, when it opened, the suspect version and who made "
        "it.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects""",
        UTIL,
    ),
    (
        "hz092",
        "joins",
        "How were the resolved production incidents of February fixed? Service, alert name and the fix.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        UTIL,
    ),
    (
        "hz093",
        "joins",
        "For each early warning on payments-api on 11 March: its kind, when it started and how many payments-api "
        "alerts started in the 15 minutes after it.",
        """SELECT w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, kind, w.starts_at""",
        UTIL,
    ),
    (
        "hz094",
        "joins",
        "which services got paged within 15 min after their own deploy?",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'""",
        NGO,
    ),
    (
        "hz095",
        "joins",
        "production incidents of yesterday without any early warning before them",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        NGO,
    ),
    (
        "hz096",
        "joins",
        "who created silences during incidents on the same service?",
        """SELECT DISTINCT s.created_by FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment IS NULL OR s.environment = g.environment)
            AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 18:00:00+00')""",
        NGO,
    ),
    (
        "hz097",
        "joins",
        "For each production rollback: service, version, and how many alerts on that service in the 15 minutes before "
        "it went live.",
        """SELECT r.service, coalesce(r.details['ref'], r.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 15 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
           GROUP BY r.id, r.service, coalesce(r.details['ref'], r.version)""",
        INSURE,
    ),
    (
        "hz098",
        "joins",
        "Which changes were blamed for critical incidents already?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        INSURE,
    ),
    (
        "hz099",
        "joins",
        "Production deploys followed by an incident on the same service within 30 minutes: service, version, the "
        "incident's alert name and when it opened.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  g.group_labels['alertname'] AS alertname, g.opened_at
           FROM change_events c
           JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        INSURE,
    ),
    (
        "hz100",
        "joins",
        "count alerts after each payments-api deploy w/in 15m",
        """SELECT c.id, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
           GROUP BY c.id""",
        HOTEL,
    ),
    (
        "hz101",
        "joins",
        "top 3 log patterns before the HikariPoolPendingConnections incident",
        """SELECT p.* FROM incident_log_patterns p
           JOIN alert_groups g ON g.id = p.group_id
           WHERE g.group_labels['alertname'] = 'HikariPoolPendingConnections' AND p.rank <= 3""",
        HOTEL,
    ),
    (
        "hz102",
        "joins",
        "acks that came while the acked alert was still firing",
        """SELECT * FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE list_contains([m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                                      AND NOT m.is_regex], a.name)
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                                      AND NOT m.is_regex], a.service)
                   AND a.starts_at <= k.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        HOTEL,
    ),
    (
        "hz103",
        "joins",
        "Deploys to service which had a silence in effect at the time of the deploy.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment IS NULL OR s.environment = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        FERRY,
    ),
    (
        "hz104",
        "joins",
        "Incidents in production on 11 March with their suspect version, empty when none: service, alert name, "
        "opened, suspect version.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FERRY,
    ),
    (
        "hz105",
        "joins",
        "Early warnings which started in 15 minutes after production deploy of same service.",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                 AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        FERRY,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "hz106",
        "refusals",
        "Alerts of the meter-reading service this week, for the ops review?",
        "ungrounded",
        UTIL,
    ),
    (
        "hz107",
        "refusals",
        "What is a reasonable RTO for the billing portal of an electricity utility, cachai?",
        "not_about_this_data",
        UTIL,
    ),
    (
        "hz108",
        "refusals",
        "Put a silence on payments-api until Monday, al tiro.",
        "asks_to_change_data",
        UTIL,
    ),
    (
        "hz109",
        "refusals",
        "alerts on donations-api yesterday svp",
        "ungrounded",
        NGO,
    ),
    (
        "hz110",
        "refusals",
        "can you write a short thank-you letter to our donors about the downtime, merci",
        "not_about_this_data",
        NGO,
    ),
    (
        "hz111",
        "refusals",
        "delete the staging alerts of last week donc, they are noise",
        "asks_to_change_data",
        NGO,
    ),
    (
        "hz112",
        "refusals",
        "How many deploy did chen.wei make this month?",
        "ungrounded",
        INSURE,
    ),
    (
        "hz113",
        "refusals",
        "Pls roll back payments-api to v2.13.2 in production.",
        "asks_to_change_data",
        INSURE,
    ),
    (
        "hz114",
        "refusals",
        "What is IFRS 17 and does it affect our release calendar or not?",
        "not_about_this_data",
        INSURE,
    ),
    (
        "hz115",
        "refusals",
        "alerts in the prod-ap-south-1 cluster rn",
        "ungrounded",
        HOTEL,
    ),
    (
        "hz116",
        "refusals",
        "ack the payments alert 4 me dai",
        "asks_to_change_data",
        HOTEL,
    ),
    (
        "hz117",
        "refusals",
        "redis or memcached better for caching room availability?",
        "not_about_this_data",
        HOTEL,
    ),
    (
        "hz118",
        "refusals",
        "Alerts in preprod environment last week.",
        "ungrounded",
        FERRY,
    ),
    (
        "hz119",
        "refusals",
        "Expire all silences of jonas.",
        "asks_to_change_data",
        FERRY,
    ),
    (
        "hz120",
        "refusals",
        "What is weather forecast for Split-Hvar ferry route tomorrow?",
        "not_about_this_data",
        FERRY,
    ),
]
