"""The fiftieth ask question set: ids uz001..uz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read was
the brief, the project's design notes, docs/store.md (printed whole; the terminal cut off part of its middle, from the
end of the warnings table to the alert_mutes table, which was not printed again), the "Shapes and joins" section of
docs/ask.md printed alone (taken as the rules for the shape of every gold answer; the headings of docs/ask.md were
listed with grep to find its line range, and the section was printed by that range, its middle, cut off by the terminal,
printed again in two pieces), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this
set is not wired in by its author), the module docstrings of the earlier sets printed with ``ast`` into a scratch file
and grepped for roles, cities and languages (the forty-ninth's was read whole and its "Conventions" list followed where
a question leaves room), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format),
and the demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on
2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory
listings of ``benchmarks/`` and the project root. Each row is ``(id, category, question, gold, now)``. A refusal's gold
is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person or
environment the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Filipino,
Kenyan, South African or Turkish voice and no one in Manila, Nairobi, Lisbon, Johannesburg or Istanbul; a Sao Paulo
analyst once let a Portuguese word slip, but no manager from Portugal has spoken). Each asks three questions in every
category (24 each, three of them refusals):

- an on-call engineer in Manila typing on a phone at 16:30 PHT on Wednesday 12 March (2025-03-12 08:30 UTC), at the
  end of the shift before handover, whose team's boards run on UTC: lower case, Philippine English and Taglish
  particles ("po", "lang" for only, "pls", "b4", "w/in", "n" for and, "wat", "rn", "yday", "svc"), phone slips
  ("alrets", "paymnets");
- a support engineer in Nairobi relaying a merchant's complaint about March 11, at 14:00 EAT on Wednesday 12 March
  (2025-03-12 11:00 UTC), who gives every time in UTC because the tickets are stamped so: Kenyan English ("Kindly",
  "the client is saying", "need the number for the customer"), the customer's words first and the question after;
- an engineering manager in Lisbon preparing the weekly ops review, at 09:00 WET on Monday 17 March (Lisbon is on UTC
  in March), whose first language is Portuguese: "last week", MTTR, percentages, rankings, "the deploys of last week",
  "Which were ...", "How many alerts we had";
- a SOC 2 auditor in Johannesburg collecting evidence, at 10:00 SAST on Friday 14 March (2025-03-14 08:00 UTC): South
  African English, formal and exact ("For the SOC 2 evidence pack", "Just the human ones", "please"); who changed,
  silenced, acked and resolved what and when, humans versus bots, out-of-hours acts;
- a database reliability engineer in Istanbul, at 11:00 TRT on Thursday 13 March (2025-03-13 08:00 UTC), whose first
  language is Turkish: articles dropped, "was" for "were", "how much" for "how many"; the Postgres,
  DB-pool and Hikari alerts (``PostgresqlTooManyConnections``, ``DBPoolPendingAcquiresHigh``,
  ``HikariPoolPendingConnections``), ``hikaricp_connections_pending``, error log lines, fixes.

39 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters
(checkout-web alerts after the v2.14.0 deploy, checkout incidents with an early warning, deploys followed by a
critical alert, incidents opened after a deploy), two in time (changes before the first payments-api alert, deploys
before the Postgres alert), five in aggregates (alerts after each deploy averaged, alerts after v2.14.0 counted,
deploys followed by an alert as a share, February acks taken while their alert fired, the Hikari metric while its
alert fired), three in top_n (whose changes were suspects, which checkout service alerted most after v2.14.0, whose
changes were followed by an alert), six in changes (deploys followed by an alert, deploys not followed by one, human
production changes during an incident, suspect deploys, the database incidents' suspect deploys, config changes
followed by a critical alert), four in silences (alerts firing while a silence on their service was on, alerts held
back per silence, silences created during an incident, silences in effect while the Hikari alert fired) and all
fifteen joins. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the support engineer and
  the auditor write "UTC" where a time matters; the others' teams keep UTC boards). The nows: the on-call engineer
  2025-03-12 08:30, the support engineer 2025-03-12 11:00, the DBRE 2025-03-13 08:00, the auditor Friday 2025-03-14
  08:00, the manager Monday 2025-03-17 09:00, all after every record (lucie's token-service silence, scheduled to end
  at 09:07 on the 12th, is still on at the on-call engineer's now). "Yday", "11 March", "Tuesday 11 March" are
  ``[2025-03-11, 2025-03-12)``; "last week" (the manager's, on a Monday) is ``[2025-03-10, 2025-03-17)`` and "the
  week before" ``[2025-03-03, 2025-03-10)``; "this month" and "in March" from 2025-03-01 to now; "since 1 February"
  from 2025-02-01 to now; "February" ``[2025-02-01, 2025-03-01)``; "the last 6 hrs" ``(now - 6 h, now]``; "between
  14:30 and 15:30 UTC" includes its start and excludes its end. "All time", "overall", "has each person" have no
  window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a sample's or a log line's
  ``timestamp``); alerts "on at some point" in a window share a moment with it; "rn", "right now", "still open now"
  are the state at now; "at 02:30 UTC on 11 March" the state at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL, whatever a resolution row says); silences the
  ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at``
  ("actually in place" is that span in minutes; the "scheduled" length ``starts_at`` to ``ends_at``). Changes are
  their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th,
  reported by two tools, is two rows), "rollbacks", "config changes", "flag changes" / "feature flags" their types,
  "changes" of any type. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and
  ``change_version`` in the incident views); the version "live in prod rn" is that of the last live deployment or
  rollback of that service in production. "Humans" are every actor but ``argocd (automated)`` and
  ``deployment-controller``; people are as stored (``lnovak`` and ``lucie.novak@acme.io`` are two actors, as are
  ``sokafor`` and ``sade.okafor@acme.io``). "The checkout project" and "checkout service" are ``project = 'checkout'``.
  "Database alerts" / "database incidents" / "DB connection" alerts are the three names above (alerts by ``name``,
  incidents by ``group_labels['alertname']``). "The HikariPoolPendingConnections alert", "the
  PostgresqlTooManyConnections alert" each fired once, and their start is the moment; "the v2.14.0 deploy" is the live
  production deployment of payments-api v2.14.0 (2025-03-11 14:31:22); "the payments-api rollback on 11 March" is its
  requested and live reports; "the identity-db upgrade silence" is the one whose comment names identity-db; "the
  cart-service silence" is the only silence pinning cart-service. "How long was checkout-web down" runs from the first
  of that day's checkout-web alerts' start to the last one's end.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("in the hour after" 60,
  "within 2 hours" 120); "in the hour before" / "in 2 hours before" an alert is ``[t - N, t]``, the changes being
  those of the alert's environment (production) and any service; "in the 30 minutes before" an incident of the same
  service is ``[opened_at - 30 min, opened_at]``. "The 30 minutes before" a pasted moment (uz066) is every live change
  of the named project in ``[t - 30 min, t]``, any environment. "Within 30 minutes after payments-api v2.14.0 went
  live" is a window from that one event on the services the question names (uz003, uz036) or, for "which checkout
  service", every checkout service (uz051). A silence meets alerts and incidents on its ``service`` and, when it pins
  one, its canonical environment: alerts "that fired while a silence on the same svc was on" share a moment with its
  span; silences "created while an incident on the same service was open" have ``created_at`` inside the incident's
  span, ends included; silences "in effect while the HikariPoolPendingConnections alert was firing", any service,
  share a moment with that alert. Changes "made while an incident on the same service was open" have their time
  inside the incident's span, ends included. Acks name their alert by their ``alertname`` and ``service`` equality
  matchers and count as taken "while the acked alert was still firing" when one such alert was on at the ack's time
  (uz100 pairs each token-service ack with that alert; each of them met exactly one). "Suspect" is
  ``incident_suspects``: "whose changes got blamed for the most incidents" counts distinct incidents per
  ``change_actor``, any change type; "which deploys were named the suspect" are the ``change_events`` deployments
  some incident has as suspect. "Had an early warning before them" is a row in ``incident_warnings``; "how were the
  checkout incidents fixed" is ``alert_groups`` joined to ``resolutions``. "For
  each silence created since 1 March, how many alerts did Alertmanager hold back under it" counts the
  ``alert_mutes`` rows whose ``silenced_by`` names it, every such silence listed (0 included). "For each prod deploy
  yday: svc, version n how many alerts ..." is one row per deploy (a ``LEFT JOIN``, 0 included).
- Aggregates: durations in minutes to one decimal ("avg time to resolve" of alerts: resolved alerts from
  ``starts_at`` to ``ends_at``; of incidents, "MTTR": resolved incidents from ``opened_at`` to ``resolved_at``);
  averages of a metric to one decimal over the samples inside the named alert's firing (ends included) or the
  15 minutes after the named deploy; a metric's peak as stored; percentages are ``round(100.0 * part / whole, 1)``
  over the rows the question selects; "on avg how many alerts in the 15 min after each deploy yday" is the mean of the
  per-deploy counts, deploys with none counting 0; "number of deploys and number of rollbacks per service" both counts
  side by side; counts per value most first. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``;
  "outside" them is any other time. "How many minutes passed between the rollback being requested and it going live"
  runs from its earliest requested report to its earliest live one.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no tie
  crosses ("just 1", "top 1", "just the one name" ask for one row; the two of uz049, uz053's first two and uz057's two
  tie with each other, the next behind). "Which 5 incidents had most early warnings" is ``group_id`` with its count
  (five tie at 11, the sixth has 10). "Which pool had highest hikaricp_connections_pending, and the peak" is the
  ``pool`` label with its maximum. "Which service had the longest average alert duration last week" ranks the resolved
  alerts' mean minutes. "Who ..., and when?" is the person and the time of each act ("who took off the cart-service
  silence, and when" its ``expired_by`` and ``expired_at``); "which versions of payments-api went out to staging" each
  version once; "when was token-service last deployed to production" the deploy's row.
- Refusals: the service "mobile-bff", the service "mpesa-gateway", the service "orders-db", the environment
  "preprod" and the person "thabo.nkosi" are ungrounded; ringing a phone on silent, merchants' compensation, a deploy
  frequency target, what SOC 2 CC7.2 requires and a Postgres ``max_connections`` setting are not about this data;
  silencing DiskSpaceLow, adding a note to an incident, deleting alerts, taking a silence off and raising a pool size
  ask to change the data.
"""

from __future__ import annotations

NOW_MANILA = "2025-03-12T08:30:00Z"
NOW_NAIROBI = "2025-03-12T11:00:00Z"
NOW_ISTANBUL = "2025-03-13T08:00:00Z"
NOW_JOBURG = "2025-03-14T08:00:00Z"
NOW_LISBON = "2025-03-17T09:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "uz001",
        "filters",
        "whats firing rn in prod po? need to know b4 handover",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        NOW_MANILA,
    ),
    (
        "uz002",
        "filters",
        "crit alrets yday pls",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz003",
        "filters",
        "checkout-web alerts w/in 30 min after paymnets-api v2.14.0 went live in prod?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        NOW_MANILA,
    ),
    (
        "uz004",
        "filters",
        "A merchant is complaining that checkout was failing yesterday afternoon. Kindly list the checkout-web alerts "
        "that were firing at some point between 14:00 and 18:00 UTC on 11 March.",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        NOW_NAIROBI,
    ),
    (
        "uz005",
        "filters",
        "The client is saying card payments were being declined on 11 March. Which critical payments-api alerts were "
        "raised that day?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz006",
        "filters",
        "The customer wants to know if we had any heads-up. Which checkout project incidents opened on 11 March had an "
        "early warning before them?",
        """SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        NOW_NAIROBI,
    ),
    (
        "uz007",
        "filters",
        "For the ops review: the rollbacks we did in production last week.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_LISBON,
    ),
    (
        "uz008",
        "filters",
        "Which incidents opened last week are still open now?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 09:00:00+00')""",
        NOW_LISBON,
    ),
    (
        "uz009",
        "filters",
        "Which were the deploys of last week that had a critical alert on the same service in the hour after?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        NOW_LISBON,
    ),
    (
        "uz010",
        "filters",
        "For the SOC 2 evidence pack: every config change made in production since 1 February, please.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        NOW_JOBURG,
    ),
    (
        "uz011",
        "filters",
        "Show me the changes made to production on Tuesday 11 March. Just the human ones, not argocd or the "
        "deployment-controller.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_JOBURG,
    ),
    (
        "uz012",
        "filters",
        "List the acks recorded in February, please.",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_JOBURG,
    ),
    (
        "uz013",
        "filters",
        "Which alerts we had about database connections? Postgres, Hikari, DB pool, all of them.",
        """SELECT * FROM alerts
           WHERE name IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                          'HikariPoolPendingConnections')""",
        NOW_ISTANBUL,
    ),
    (
        "uz014",
        "filters",
        "Show payments-api error log lines between 14:30 and 14:36 UTC on 11 March which mention HikariPool.",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND body ILIKE '%HikariPool%'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:36:00+00'""",
        NOW_ISTANBUL,
    ),
    (
        "uz015",
        "filters",
        "Which production incidents since 1 February was opened within 15 minutes after deployment of same service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ time
    (
        "uz016",
        "time",
        "when did the last DiskSpaceLow alert start?",
        """SELECT max(starts_at) FROM alerts
           WHERE name = 'DiskSpaceLow' AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz017",
        "time",
        "alerts in the last 6 hrs? any env",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 02:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz018",
        "time",
        "wat changed in prod in the hour b4 the first payments-api alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts
                  WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
             AND (SELECT min(starts_at) FROM alerts
                  WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        NOW_MANILA,
    ),
    (
        "uz019",
        "time",
        "The client is saying the problems started around 14:40 UTC on 11 March. What time did the first checkout-web "
        "alert that day start?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz020",
        "time",
        "How long was checkout-web down on 11 March, in minutes? The customer is asking for the total.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 11:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz021",
        "time",
        "Which checkout project alerts were on at some point between 14:30 and 15:30 UTC on 11 March?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        NOW_NAIROBI,
    ),
    (
        "uz022",
        "time",
        "How many alerts we had per day last week?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC""",
        NOW_LISBON,
    ),
    (
        "uz023",
        "time",
        "When did the first incident of last week open?",
        """SELECT min(opened_at) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_LISBON,
    ),
    (
        "uz024",
        "time",
        "Alerts of last week compared with the week before, the two counts please.",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        NOW_LISBON,
    ),
    (
        "uz025",
        "time",
        "Which silences were in effect at 02:30 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        NOW_JOBURG,
    ),
    (
        "uz026",
        "time",
        "Every action taken on alerts (acks, snoozes, silences) between midnight and 06:00 UTC on Tuesday 11 March.",
        """SELECT * FROM audit_log
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 06:00:00+00'""",
        NOW_JOBURG,
    ),
    (
        "uz027",
        "time",
        "How many minutes passed between the payments-api rollback on 11 March being requested and it going live?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))
                         - epoch((SELECT min(timestamp) FROM change_events
                                  WHERE type = 'rollback' AND phase = 'requested' AND service = 'payments-api'
                                    AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                    AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1)""",
        NOW_JOBURG,
    ),
    (
        "uz028",
        "time",
        "What was max of hikaricp_connections_pending between 14:30 and 15:30 UTC on 11 March?",
        """SELECT max(value) FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_ISTANBUL,
    ),
    (
        "uz029",
        "time",
        "How long HikariPoolPendingConnections alert was firing, in minutes?",
        """SELECT round((epoch(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 08:00:00+00')) - epoch(starts_at)) / 60, 1)
           FROM alerts
           WHERE name = 'HikariPoolPendingConnections'""",
        NOW_ISTANBUL,
    ),
    (
        "uz030",
        "time",
        "Which deploys happened in 2 hours before the PostgresqlTooManyConnections alert started?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts WHERE name = 'PostgresqlTooManyConnections') - INTERVAL 2 HOUR
             AND (SELECT min(starts_at) FROM alerts WHERE name = 'PostgresqlTooManyConnections')""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "uz031",
        "aggregates",
        "how many alerts still firing rn, all envs",
        """SELECT count(*) FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        NOW_MANILA,
    ),
    (
        "uz032",
        "aggregates",
        "avg time to resolve for alerts that started yday, in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz033",
        "aggregates",
        "on avg how many alerts in the 15 min after each deploy yday (same svc)? zero counts po",
        """SELECT round(avg(n), 1) FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY c.id)""",
        NOW_MANILA,
    ),
    (
        "uz034",
        "aggregates",
        "How many checkout-web error log lines were there in production between 14:30 and 15:30 UTC on 11 March? I "
        "need the number for the customer.",
        """SELECT count(*) FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz035",
        "aggregates",
        "What share of the alerts on 11 March were critical, as a percentage?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1)
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz036",
        "aggregates",
        "For the customer's RCA: how many alerts fired on payments-api, cart-service and checkout-web in production "
        "within 30 minutes after payments-api v2.14.0 went live?",
        """SELECT count(*) FROM alerts
           WHERE service IN ('payments-api', 'cart-service', 'checkout-web')
             AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        NOW_NAIROBI,
    ),
    (
        "uz037",
        "aggregates",
        "How many deploys went live last week per environment?",
        """SELECT environment, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY environment
           ORDER BY deploys DESC""",
        NOW_LISBON,
    ),
    (
        "uz038",
        "aggregates",
        "MTTR of last week's incidents in minutes, only the resolved ones.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_LISBON,
    ),
    (
        "uz039",
        "aggregates",
        "What percentage of the production deploys of last week were followed by an alert on the same service within "
        "15 minutes?",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                       SELECT 1 FROM alerts a
                       WHERE a.service = c.service AND a.environment_canonical = c.environment
                         AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
                   THEN 1 ELSE 0 END) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_LISBON,
    ),
    (
        "uz040",
        "aggregates",
        "How many silences has each person created, all time?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        NOW_JOBURG,
    ),
    (
        "uz041",
        "aggregates",
        "Total minutes of silence actually in place per silence author, for the silences created in March.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY created_by
           ORDER BY minutes DESC""",
        NOW_JOBURG,
    ),
    (
        "uz042",
        "aggregates",
        "How many of February's acks were taken while the acked alert was still firing?",
        """SELECT count(*) FROM audit_log k
           WHERE k.action = 'ack'
             AND k.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND k.timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = list_filter(k.matchers,
                                            m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value
                   AND a.service = list_filter(k.matchers,
                                               m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value
                   AND a.starts_at <= k.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        NOW_JOBURG,
    ),
    (
        "uz043",
        "aggregates",
        "Average hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing?",
        """SELECT round(avg(p.value), 1) FROM metric_points p
           WHERE p.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND p.timestamp >= a.starts_at
                   AND p.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 08:00:00+00'))""",
        NOW_ISTANBUL,
    ),
    (
        "uz044",
        "aggregates",
        "Average time to resolve for database incidents (Postgres, DB pool, Hikari), in minutes.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND group_labels['alertname'] IN ('PostgresqlTooManyConnections', 'DBPoolPendingAcquiresHigh',
                                               'HikariPoolPendingConnections')""",
        NOW_ISTANBUL,
    ),
    (
        "uz045",
        "aggregates",
        "How much error log lines per service in production on 11 March? Most first.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "uz046",
        "top_n",
        "top 2 noisiest alert names yday",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        NOW_MANILA,
    ),
    (
        "uz047",
        "top_n",
        "which svc had the most alerts yday? just 1",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        NOW_MANILA,
    ),
    (
        "uz048",
        "top_n",
        "whose changes got blamed as the suspect for the most incidents? top 1 lang",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        NOW_MANILA,
    ),
    (
        "uz049",
        "top_n",
        "Which 2 alert names have fired the most on the checkout project overall?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        NOW_NAIROBI,
    ),
    (
        "uz050",
        "top_n",
        "Top 3 services by error log lines in production on 11 March.",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        NOW_NAIROBI,
    ),
    (
        "uz051",
        "top_n",
        "Which checkout service had the most alerts in the hour after payments-api v2.14.0 went live?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        NOW_NAIROBI,
    ),
    (
        "uz052",
        "top_n",
        "Top 3 services by number of alerts last week.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        NOW_LISBON,
    ),
    (
        "uz053",
        "top_n",
        "Which were the 3 people with the most live changes last week? Humans only, no argocd nor the "
        "deployment-controller.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 3""",
        NOW_LISBON,
    ),
    (
        "uz054",
        "top_n",
        "Which service had the longest average alert duration last week?",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 1""",
        NOW_LISBON,
    ),
    (
        "uz055",
        "top_n",
        "Which person created the most silences? Just the one name.",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        NOW_JOBURG,
    ),
    (
        "uz056",
        "top_n",
        "Top 2 people by flag changes, all time.",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor
           LIMIT 2""",
        NOW_JOBURG,
    ),
    (
        "uz057",
        "top_n",
        "Which two people's changes were most often followed by an alert on the same service within 15 minutes? Humans "
        "only.",
        """SELECT c.actor, count(DISTINCT c.id) AS changes FROM change_events c
           JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.phase = 'live'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY c.actor
           ORDER BY changes DESC, c.actor
           LIMIT 2""",
        NOW_JOBURG,
    ),
    (
        "uz058",
        "top_n",
        "Which 2 services had most error log lines in February?",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 2""",
        NOW_ISTANBUL,
    ),
    (
        "uz059",
        "top_n",
        "Which pool had highest hikaricp_connections_pending, and what was the peak?",
        """SELECT labels['pool'] AS pool, max(value) AS peak FROM metric_points
           WHERE name = 'hikaricp_connections_pending' AND labels['pool'] IS NOT NULL
           GROUP BY pool
           ORDER BY peak DESC, pool
           LIMIT 1""",
        NOW_ISTANBUL,
    ),
    (
        "uz060",
        "top_n",
        "Which 5 incidents had most early warnings before them?",
        """SELECT group_id, count(*) AS warnings FROM incident_warnings
           GROUP BY group_id
           ORDER BY warnings DESC, group_id
           LIMIT 5""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ changes
    (
        "uz061",
        "changes",
        "wat version of payments-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        NOW_MANILA,
    ),
    (
        "uz062",
        "changes",
        "who rolled back paymnets-api yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz063",
        "changes",
        "deploys yday w/ an alert on the same svc w/in 10 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        NOW_MANILA,
    ),
    (
        "uz064",
        "changes",
        "Did anyone change checkout-web on 11 March? Kindly list the changes.",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz065",
        "changes",
        "Which versions of payments-api went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        NOW_NAIROBI,
    ),
    (
        "uz066",
        "changes",
        "The customer's trouble began at 14:43 UTC on 11 March. What changed in the checkout project in the 30 minutes "
        "before that?",
        """SELECT * FROM change_events
           WHERE project = 'checkout' AND phase = 'live'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:13:00+00' AND TIMESTAMPTZ '2025-03-11 14:43:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz067",
        "changes",
        "The deploys of last week that were not followed by any alert on the same service within 30 minutes.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_LISBON,
    ),
    (
        "uz068",
        "changes",
        "Number of deploys and number of rollbacks per service, last week.",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND type IN ('deployment', 'rollback')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service""",
        NOW_LISBON,
    ),
    (
        "uz069",
        "changes",
        "The rollbacks of last week: service, version and who did it.",
        """SELECT service, coalesce(details['ref'], version), actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_LISBON,
    ),
    (
        "uz070",
        "changes",
        "Which changes did humans make to production while an incident on the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 08:00:00+00'))""",
        NOW_JOBURG,
    ),
    (
        "uz071",
        "changes",
        "Who flipped feature flags in production since 1 February, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        NOW_JOBURG,
    ),
    (
        "uz072",
        "changes",
        "Which deploys were named the suspect of an incident?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        NOW_JOBURG,
    ),
    (
        "uz073",
        "changes",
        "Which deploys caused the database incidents (Postgres, DB pool, Hikari)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        WHERE group_labels['alertname'] IN ('PostgresqlTooManyConnections',
                                                            'DBPoolPendingAcquiresHigh',
                                                            'HikariPoolPendingConnections'))""",
        NOW_ISTANBUL,
    ),
    (
        "uz074",
        "changes",
        "When token-service was last deployed to production?",
        """SELECT * FROM change_events
           WHERE service = 'token-service' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        NOW_ISTANBUL,
    ),
    (
        "uz075",
        "changes",
        "Config changes that was followed by critical alert on same service within 2 hours?",
        """SELECT * FROM change_events c
           WHERE c.type = 'config_update' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 120 MINUTE)""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ silences
    (
        "uz076",
        "silences",
        "wats muted rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        NOW_MANILA,
    ),
    (
        "uz077",
        "silences",
        "who silenced the indexer this month",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz078",
        "silences",
        "alerts yday that fired while a silence on the same svc was on",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:30:00+00') > s.starts_at)""",
        NOW_MANILA,
    ),
    (
        "uz079",
        "silences",
        "The merchant asks if we muted anything during the outage. Kindly show the silences on cart-service.",
        """SELECT * FROM silences WHERE service = 'cart-service'""",
        NOW_NAIROBI,
    ),
    (
        "uz080",
        "silences",
        "Who took off the cart-service silence, and when?",
        """SELECT expired_by, expired_at FROM silences WHERE service = 'cart-service'""",
        NOW_NAIROBI,
    ),
    (
        "uz081",
        "silences",
        "Which alerts did Alertmanager actually hold back in March?",
        """SELECT * FROM alert_mutes
           WHERE observed_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND observed_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz082",
        "silences",
        "How many silences were created last week, per person?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        NOW_LISBON,
    ),
    (
        "uz083",
        "silences",
        "What was muted at 03:00 UTC on Wednesday 12 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        NOW_LISBON,
    ),
    (
        "uz084",
        "silences",
        "For each silence created since 1 March, how many alerts did Alertmanager hold back under it? Zero included.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00'
           GROUP BY s.silence_id
           ORDER BY muted DESC, s.silence_id""",
        NOW_LISBON,
    ),
    (
        "uz085",
        "silences",
        "Silences created outside business hours (Mon-Fri 09:00-17:00 UTC) since 1 February: who created them and "
        "when?",
        """SELECT created_by, created_at FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND NOT (isodow(created_at) <= 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        NOW_JOBURG,
    ),
    (
        "uz086",
        "silences",
        "Which silences have a comment that cites a change ticket (CHG-...)?",
        """SELECT * FROM silences WHERE comment ILIKE '%CHG-%'""",
        NOW_JOBURG,
    ),
    (
        "uz087",
        "silences",
        "Silences created on 11 March while an incident on the same service was open.",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 08:00:00+00'))""",
        NOW_JOBURG,
    ),
    (
        "uz088",
        "silences",
        "Silences for the identity project: who created them and why?",
        """SELECT created_by, comment FROM silences WHERE project = 'identity'""",
        NOW_ISTANBUL,
    ),
    (
        "uz089",
        "silences",
        "How long identity-db upgrade silence was scheduled for, in minutes?",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE comment ILIKE '%identity-db%'""",
        NOW_ISTANBUL,
    ),
    (
        "uz090",
        "silences",
        "Which silences was in effect while the HikariPoolPendingConnections alert was firing? Any service.",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.name = 'HikariPoolPendingConnections'
                 AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 08:00:00+00')
                 AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ joins
    (
        "uz091",
        "joins",
        "alerts yday w/in 15 min after a deploy of the same svc",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        NOW_MANILA,
    ),
    (
        "uz092",
        "joins",
        "incidents yday w/ their suspect: svc, alert name, suspect version n who",
        """SELECT service, group_labels['alertname'], coalesce(change_details['ref'], change_version), change_actor
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_MANILA,
    ),
    (
        "uz093",
        "joins",
        "for each prod deploy yday: svc, version n how many alerts in the next 30 min (0 if none)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS ver, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, ver""",
        NOW_MANILA,
    ),
    (
        "uz094",
        "joins",
        "Which incidents on 11 March had no suspect change?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        NOW_NAIROBI,
    ),
    (
        "uz095",
        "joins",
        "How were the checkout incidents fixed? The alert name, root cause and fix, please.",
        """SELECT g.group_labels['alertname'], r.root_cause, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.project = 'checkout'""",
        NOW_NAIROBI,
    ),
    (
        "uz096",
        "joins",
        "Early warnings before the checkout-web incidents on 11 March: the incident's alert name, the warning's kind, "
        "its service and how many minutes ahead it came.",
        """SELECT group_labels['alertname'], warning_alertname, warning_service, lead_min
           FROM incident_warnings
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        NOW_NAIROBI,
    ),
    (
        "uz097",
        "joins",
        "Last week's production deploys: service, version, when it went live and the number of alerts on the same "
        "service in the hour after, zeros included.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS ver, c.timestamp,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY c.id, c.service, ver, c.timestamp""",
        NOW_LISBON,
    ),
    (
        "uz098",
        "joins",
        "Which incidents of last week had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        NOW_LISBON,
    ),
    (
        "uz099",
        "joins",
        "Which services got an alert within 15 minutes after one of their own deploys last week?",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        NOW_LISBON,
    ),
    (
        "uz100",
        "joins",
        "For each ack on token-service: who acked, the alert it acknowledged and when that alert started.",
        """SELECT k.actor, a.name, a.starts_at
           FROM audit_log k
           JOIN alerts a
             ON a.name = list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value
            AND a.service = list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value
            AND a.starts_at <= k.timestamp
            AND (a.ends_at IS NULL OR a.ends_at > k.timestamp)
           WHERE k.action = 'ack'
             AND list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value
                 = 'token-service'""",
        NOW_JOBURG,
    ),
    (
        "uz101",
        "joins",
        "Who resolved each incident, its alert name, and how many minutes after the incident opened was the "
        "resolution written?",
        """SELECT r.resolved_by, g.group_labels['alertname'],
                  round((epoch(r.resolved_at) - epoch(g.opened_at)) / 60, 1)
           FROM resolutions r
           JOIN alert_groups g ON g.id = r.group_id""",
        NOW_JOBURG,
    ),
    (
        "uz102",
        "joins",
        "In February, which changes were made in the 30 minutes before an incident opened on the same service? The "
        "change's service, type and actor, and the incident's alert name.",
        """SELECT c.service, c.type, c.actor, g.group_labels['alertname']
           FROM change_events c
           JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at
           WHERE c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        NOW_JOBURG,
    ),
    (
        "uz103",
        "joins",
        "Top 3 log patterns before the HikariPoolPendingConnections incident.",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')
             AND rank <= 3""",
        NOW_ISTANBUL,
    ),
    (
        "uz104",
        "joins",
        "Which incidents was opened within 30 minutes after a flag change on same service?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = g.service AND c.environment = g.environment
                 AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        NOW_ISTANBUL,
    ),
    (
        "uz105",
        "joins",
        "Mean hikaricp_connections_pending in 15 minutes after payments-api v2.14.0 went live in production?",
        """SELECT round(avg(value), 1) FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        NOW_ISTANBUL,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "uz106",
        "refusals",
        "pls silence DiskSpaceLow on indexer for 2 hrs, its flapping again",
        "asks_to_change_data",
        NOW_MANILA,
    ),
    ("uz107", "refusals", "any alerts on mobile-bff yday?", "ungrounded", NOW_MANILA),
    (
        "uz108",
        "refusals",
        "how do i make the pagerduty app ring even when my phone is on silent",
        "not_about_this_data",
        NOW_MANILA,
    ),
    (
        "uz109",
        "refusals",
        "Kindly add a note to the 11 March payments incident saying the merchant has been refunded.",
        "asks_to_change_data",
        NOW_NAIROBI,
    ),
    (
        "uz110",
        "refusals",
        "A merchant in Nairobi is asking: were there any alerts on the mpesa-gateway service on 11 March?",
        "ungrounded",
        NOW_NAIROBI,
    ),
    (
        "uz111",
        "refusals",
        "What compensation do we normally give merchants for a 30-minute outage?",
        "not_about_this_data",
        NOW_NAIROBI,
    ),
    ("uz112", "refusals", "How many alerts did the preprod environment have last week?", "ungrounded", NOW_LISBON),
    (
        "uz113",
        "refusals",
        "What is a good deploy frequency target for a team of twelve engineers?",
        "not_about_this_data",
        NOW_LISBON,
    ),
    (
        "uz114",
        "refusals",
        "Please delete the staging HighLatencyP99 alerts of last week, they pollute the review numbers.",
        "asks_to_change_data",
        NOW_LISBON,
    ),
    ("uz115", "refusals", "What did thabo.nkosi silence this month?", "ungrounded", NOW_JOBURG),
    (
        "uz116",
        "refusals",
        "What does SOC 2 CC7.2 require us to keep as incident evidence?",
        "not_about_this_data",
        NOW_JOBURG,
    ),
    ("uz117", "refusals", "Take lucie's token-service silence off now, please.", "asks_to_change_data", NOW_JOBURG),
    ("uz118", "refusals", "Show alerts for orders-db service since February.", "ungrounded", NOW_ISTANBUL),
    (
        "uz119",
        "refusals",
        "Which max_connections is right for Postgres 16 on a machine with 64 GB RAM?",
        "not_about_this_data",
        NOW_ISTANBUL,
    ),
    (
        "uz120",
        "refusals",
        "Raise maximumPoolSize of payments-api Hikari pool to 50.",
        "asks_to_change_data",
        NOW_ISTANBUL,
    ),
]
