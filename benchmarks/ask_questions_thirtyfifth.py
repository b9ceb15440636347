"""The thirty-fifth ask question set: ids zp001..zp120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep to find it), the module docstring of
``ask_questions`` and its code (how a set is wired and split; this set is not wired in by its author), the module
docstrings of the earlier sets (to choose people who had not spoken before and to keep their conventions; the earlier
sets' people were also read from the ``ask_questions`` docstring), the first ten rows of ``ask_questions_thirtieth``
(for the file's format) and, in passing, that file's module-level now constants just above its ``ROWS`` (a grep for
the lines defining constants, to see where the rows begin), and the demo store itself, opened read-only (records
from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Another
author was writing a set at the same time in the words of people who type search-box keywords or English as a second
language; this author saw none of it. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people of the incident process ask the questions, none of whom spoke in an earlier set (the suggested incident
commander, communications lead, postmortem facilitator and on-call trainee had spoken in the nineteenth,
twenty-fourth, twenty-second and twenty-second sets, and a first-line support agent was too near the twentieth set's
customer-support lead, so other roles of the process were chosen); each asks three questions in every category (24
each, three of them refusals):

- the secondary on-call engineer, escalated to on March 11 when the primary missed the first page, at 07:45 on
  Wednesday 12 March, about to hand the pager back: lower case, terse, chat shorthand ("rn", "fwiw", "tbh", "lmk",
  "w/", "u", "pls"), apostrophes dropped ("whats", "yesterdays"), "prod", "crit", "paged me";
- the engineer on call for checkout-web pulled onto the bridge as the responder of an impacted service, at 16:10 on
  Wednesday 12 March: run-on lower-case sentences that start with "ok so" and argue whether it was "us or upstream"
  (checkout-web against payments-api), with the defensive aside after the question ("cause we shipped nothing, i
  checked", "so basically our deploys were fine right");
- a tier-2 support escalation engineer working merchant tickets, at 14:20 on Thursday 13 March: the ticket first
  ("Ticket #48213: a merchant says ..."), then a polite, brisk question with dates written as "the 11th" / "11
  March" / "March 11" and UTC clock times, "please", "Thanks!";
- the problem manager (ITIL problem management: recurrence, repeat offenders, known errors, the problem backlog),
  at 10:00 on Friday 14 March: labelled, semi-formal requests ("Problem mgmt query: ...", "Recurrence check: ...",
  "Problem review: ...", "Known-error candidates: ...") over long windows ("since 1 January 2025", "since 1 March
  2025"), with units and precision stated ("in minutes to 1 dp");
- the duty manager on the management escalation rota, who was phoned during the outage, at 08:30 on Monday 17
  March: short, clipped, imperative notes ("Need: ...", "Confirm ...", "One number.", "Names only.", "Full rows."),
  P1 talk ("By P1 I mean critical alerts in production"), "last week" and "Tuesday".

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters
(alerts within 15 minutes after a deploy of their service, deploys followed by a critical alert, open incidents with
a suspect change and production incidents with none; its checkout-web alerts after a payments-api alert relate two
services' alerts and its rollbacks after a deploy two kinds of change, not counted), five in time (changes before
the first payments-api alert, alerts firing when the rollback went live, minutes from the v2.14.0 deploy to the first
checkout-web alert, early warnings before the PaymentsAPIErrorBudgetBurn incident, deploys before the payments-api
trouble), five in aggregates (alerts after each deploy on average, the share of deploys followed by an alert,
checkout-web error lines while the Hikari alert fired, the share of incidents with an early warning, the mean
suspect lag; the minutes v2.14.0 was live before its rollback relate two changes, not counted), five in top_n, five
in changes, five in silences (silences created while an incident of their service was open, the alerts jonas's
silences muted, cart-service alerts firing while its silence was in effect, silences that never muted anything,
incidents during which a silence on their service was in effect), and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the secondary on-call at
  Wednesday 2025-03-12 07:45, the checkout-web bridge responder at Wednesday 2025-03-12 16:10, the tier-2 support
  engineer at Thursday 2025-03-13 14:20, the problem manager at Friday 2025-03-14 10:00 and the duty manager at
  Monday 2025-03-17 08:30 (all after every record). "Yesterday" (both Wednesday askers), "the 11th", "11 March",
  "March 11", "11 March 2025" and "Tuesday" are ``[2025-03-11, 2025-03-12)``; "last night" and "overnight
  (18:00-06:00)" are ``[2025-03-11 18:00, 2025-03-12 06:00)``; "yesterday afternoon" is ``[12:00, 18:00)`` of the
  11th; "between 14:30 and 15:00 UTC" and "between 14:40 and 14:50" include their start and exclude their end; "this
  week" runs from Monday 2025-03-10 00:00 to now; "last week" (the duty manager's) is ``[2025-03-10, 2025-03-17)``
  and "the week before" ``[2025-03-03, 2025-03-10)``; "the last 7 days" is ``(now - 7 days, now]``; "since 1 March",
  "since 1 March 2025", "since January" and "since 1 January 2025" run from that day to now. A thing is in a window
  by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, a snooze's ``timestamp``, a log line's ``timestamp``; "incidents resolved on 11 March" by their
  resolution's ``resolved_at``, "took a silence off early this week" by ``expired_at``); "rn" / "right now" / "still
  open" is the state at now; "what alerts were firing ... between 14:00 and 16:00" is on at some moment of that span.
  Lists of the latest alerts are taken up to now.
- Alerts are the ``alerts`` view's rows (every column for a list; "P1s" are critical production alerts), incidents
  ``alert_groups``' rows, silences the ``silences`` view's rows, snoozes ``audit_log`` rows with ``action =
  'snooze'``, log lines ``log_events``' rows ("error lines" ``is_error``), early warnings the ``warnings`` rows and,
  before an incident, ``incident_warnings``. Changes are their ``phase = 'live'`` reports: "deploys" ``type =
  'deployment'``, "rollbacks" ``type = 'rollback'``, "releases" ``type = 'release'``, "feature flags flipped" ``type
  = 'flag_change'``, "changes" every live report, scale events included. Every live report is counted as stored (the
  auth-api v4.2.1 production deployment of 11 March has two live reports, from two tools, and counts twice). A
  version is ``coalesce(details['ref'], version)``; the version running in an environment is that of its last live
  deployment or rollback there. People are answered as stored ("who deployed" is ``DISTINCT actor``, so
  ``sokafor`` and ``sade.okafor@acme.io`` are two); "jonas" is ``created_by ILIKE '%jonas%'``.
- Named events: "the payments-api v2.14.0 (prod) deploy" is payments-api's live production deployment of v2.14.0
  (14:31:22 on the 11th), "the payments-api rollback" its live production rollback (14:56:37); "the first
  payments-api alert yesterday" / "the payments-api trouble started on Tuesday" and "the first checkout-web alert
  yesterday" are the earliest alert of that service on the 11th, a scalar subquery; "the HikariPoolPendingConnections
  alert" is the alert of that name on the 11th; "the PaymentsAPIErrorBudgetBurn incident on 11 March" is the
  ``alert_groups`` row of that alertname opened that day (its warnings from ``incident_warnings``); "the cart-service
  silence" is the one silence scoped to cart-service. Changes before a named alert are those of production (its
  environment) in ``[t - N, t]``, narrowed to the checkout project when the question names it; alerts "on any
  service" in the 30 minutes after the v2.14.0 deploy are every alert starting in ``[t, t + 30 min]``, counted per
  service; alerts "on any service" still firing when the rollback went live are the alerts firing at its instant;
  checkout-web error lines while the Hikari alert was firing are checkout-web's production error lines inside that
  alert's span.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``; warnings on their ``service`` and ``environment`` labels): an alert or incident "within N after" a
  deploy starts (opens) in ``[t, t + N]``; a deploy "followed by" an alert has one there, "no alerts ... in the 15 min
  after" / "not followed by any alert within an hour" none; checkout-web alerts "within 15 min after a payments-api
  deploy" meet each named service in the same environment, and "within 5 min after a payments-api alert" likewise;
  rollbacks "less than an hour after a deploy" have a live deployment of their service and environment in ``[t - 60
  min, t]``; "for each production rollback: ... how many alerts in the 30 minutes before it" counts ``[t - 30 min,
  t]``. An incident is open from ``opened_at`` to ``resolved_at`` (now while unresolved): a deploy "while an incident
  on the same service was still open" and a silence "created while an incident on that same service was open" have
  their time in that span. A silence is in effect from ``starts_at`` to its end or its expiry, whichever came first,
  and meets the other side on its service and, when it pins one, its environment: alerts "firing while the silence
  ... was in effect" and incidents that "had a silence in effect ... while they were open" share a moment with it.
  "Suspect change" is ``incident_suspects`` (the changes "blamed as the suspect" are the ``change_events`` rows it
  names; "incidents with no suspect change" have no row there; "whose changes were the suspect" counts its
  ``change_actor`` per incident); "preceded by an early warning" / "had an early warning before them" is a row in
  ``incident_warnings``; "a recorded resolution" a ``resolutions`` row; "fixed by rolling back" a resolution whose
  ``fix`` says "rolled back", "roll back" or "rollback"; the alerts "Alertmanager actually held back" under jonas's
  silences are ``alert_mutes`` rows whose ``silenced_by`` names one of them, and silences that "never muted
  anything" are named in no ``alert_mutes.silenced_by``. "For each X: a, b and how many Y" is one row per X with
  those columns and a count, zeros included (a ``LEFT JOIN``); "on average how many alerts ... after each prod
  deploy" is the mean of those counts over every live production deployment of the day; "what percentage of
  deploys were followed by ..." is over the live production deployments of the window.
- Aggregates: durations in minutes to one decimal; time to resolve of alerts runs from start to end of the resolved
  ones, of incidents from ``opened_at`` to ``resolved_at`` of the resolved ones (per service, most first); "how long
  payments-api was down on 11 March" runs from the first of its alerts' start that day to the last one's end (an
  alert still firing until now); "how long was the cart-service silence actually in place" runs from its start to its
  end or expiry, whichever came first, and "silence length as set" from ``starts_at`` to ``ends_at``; a suspect's lag
  is ``lag_s`` in minutes; "how many minutes between the v2.14.0 deploy going live and the first checkout-web alert
  after it" and "how many minutes was v2.14.0 live before the rollback went live" are the time between the two named
  events; percentages are ``round(100.0 * part / whole, 1)``, medians to one decimal; "how many log lines and how many
  error lines" are two counts side by side (``lines``, ``error_lines``); "last week vs the week before" the two
  periods' counts side by side (``alerts_last_week``, ``alerts_week_before``); per-hour, per-day, per-month and
  per-minute breakdowns are ``bucket, count`` most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "which
  service had the most", "who had the most", "whose changes ... the most", "just the top one" ask for one row;
  "the latest 5 critical alerts" and "most recent 3 alerts" are whole rows newest first; "the 3 longest resolved
  incidents" whole rows ranked by ``resolved_at - opened_at``; "which 3 incidents had the highest-scoring suspect
  change" the ``incident_suspects`` rows ranked by ``score``; log patterns are ranked by errors summed per template
  of ``log_pattern_counts``, answering the template text and the sum.
- Refusals: the services "billing-worker", "merchant-gateway" and "checkout-mobile", the "eu-central-2" cluster and
  the person arjun.mehta@acme.io are ungrounded (none appears in any alert, change, silence, log, metric, warning or
  resolution of the store); how to keep a primary from sleeping through pages, a merchant SLA credit policy, a
  circuit breaker between checkout-web and payments-api, ITIL's known-error database and the revenue lost in the
  outage are not about this data; acking an alert, closing an incident with a note, expiring a silence, opening a
  problem record and paging / escalating the on-call ask to change the data.
"""

SECONDARY = "2025-03-12T07:45:00Z"
BRIDGE = "2025-03-12T16:10:00Z"
TIER2 = "2025-03-13T14:20:00Z"
PROBLEM = "2025-03-14T10:00:00Z"
DUTY = "2025-03-17T08:30:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "zp001",
        "filters",
        "ok whats still firing rn? just need the list before i hand the pager back",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:45:00+00')""",
        SECONDARY,
    ),
    (
        "zp002",
        "filters",
        "crit alerts on payments-api yesterday, the ones that paged me",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp003",
        "filters",
        "fwiw primary missed the first page so i'm piecing it together. which prod alerts yesterday fired within "
        "15 min after a deploy of the same service?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SECONDARY,
    ),
    (
        "zp004",
        "filters",
        "Ticket #48213: a merchant says card payments kept failing on the 11th. Could you pull every alert from the "
        "checkout project on that day? Thanks!",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIER2,
    ),
    (
        "zp005",
        "filters",
        "Ticket #48230 - customer got 503s on the payment step. Which checkout-web alerts fired between 14:30 and "
        "15:00 UTC on March 11?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        TIER2,
    ),
    (
        "zp006",
        "filters",
        "Ticket #48251: the merchant asks whether a release caused it. Can you show me the production deploys on 11 "
        "March that were followed by a critical alert on the same service within 30 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        TIER2,
    ),
    (
        "zp007",
        "filters",
        "ok so of the checkout-web alerts yesterday which ones were actually critical",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRIDGE,
    ),
    (
        "zp008",
        "filters",
        "we're still arguing on the bridge whether it was us or upstream so list every warning level alert from "
        "cart-service or checkout-web yesterday",
        """SELECT * FROM alerts
           WHERE service IN ('cart-service', 'checkout-web') AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRIDGE,
    ),
    (
        "zp009",
        "filters",
        "yesterday which checkout-web alerts came within 5 min after a payments-api alert, because if they all did "
        "then its not our bug",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical
                   AND a.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 5 MINUTE)""",
        BRIDGE,
    ),
    (
        "zp010",
        "filters",
        "Problem mgmt query: list all DiskSpaceLow alerts on indexer since 1 March 2025.",
        """SELECT * FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        PROBLEM,
    ),
    (
        "zp011",
        "filters",
        "Problem mgmt query: which incidents are still open right now and already have a suspect change against them?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 10:00:00+00')
             AND id IN (SELECT group_id FROM incident_suspects)""",
        PROBLEM,
    ),
    (
        "zp012",
        "filters",
        "For the problem backlog: production incidents that have no suspect change at all.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        PROBLEM,
    ),
    (
        "zp013",
        "filters",
        "Need: all P1s last week. By P1 I mean critical alerts in production.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    (
        "zp014",
        "filters",
        "Confirm which production incidents opened on Tuesday with a max severity of critical.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production' AND max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DUTY,
    ),
    (
        "zp015",
        "filters",
        "Production rollbacks last week that came less than an hour after a deploy of the same service. List them.",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
             AND r.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND r.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND d.timestamp BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp)""",
        DUTY,
    ),
    # --------------------------------------------------------------------- time
    (
        "zp016",
        "time",
        "how many alerts fired last night, like 18:00 to 06:00",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp017",
        "time",
        "alerts per hour yesterday afternoon pls, utc",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        SECONDARY,
    ),
    (
        "zp018",
        "time",
        "what changed in the 30 min before the first payments-api alert yesterday? tbh i think i know but lmk",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        SECONDARY,
    ),
    (
        "zp019",
        "time",
        "Ticket #48302: customer says checkout was broken on the afternoon of the 11th. What alerts were firing for "
        "checkout-web between 14:00 and 16:00 UTC that day?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        TIER2,
    ),
    (
        "zp020",
        "time",
        "For my weekly ticket summary: how many alerts per day so far this week?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 14:20:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        TIER2,
    ),
    (
        "zp021",
        "time",
        "Ticket #48317 asks what was still broken at the moment we rolled back. Which alerts, on any service, were "
        "still firing when the payments-api rollback went live on 11 March?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        TIER2,
    ),
    (
        "zp022",
        "time",
        "what time did the checkout-web trouble actually start yesterday, like the very first alert",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRIDGE,
    ),
    (
        "zp023",
        "time",
        "how many minutes between the payments-api v2.14.0 prod deploy going live and the first checkout-web alert "
        "after it",
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                WHERE service = 'checkout-web'
                                  AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        BRIDGE,
    ),
    (
        "zp024",
        "time",
        "checkout-web error log lines per minute between 14:40 and 14:50 yesterday, want to see when it peaked",
        """SELECT date_trunc('minute', timestamp) AS minute, count(*) AS lines FROM log_events
           WHERE service = 'checkout-web' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:50:00+00'
           GROUP BY minute
           ORDER BY lines DESC, minute""",
        BRIDGE,
    ),
    (
        "zp025",
        "time",
        "Recurrence check: number of alerts per month since January 2025, all services.",
        """SELECT date_trunc('month', starts_at) AS month, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY month
           ORDER BY alerts DESC, month""",
        PROBLEM,
    ),
    (
        "zp026",
        "time",
        "Which alerts started on a weekend (Saturday or Sunday)? Weekend recurrences are a separate problem record.",
        """SELECT * FROM alerts
           WHERE dayofweek(starts_at) IN (0, 6)""",
        PROBLEM,
    ),
    (
        "zp027",
        "time",
        "List the early warnings that came in the hour before the PaymentsAPIErrorBudgetBurn incident opened on 11 "
        "March 2025.",
        """SELECT * FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        PROBLEM,
    ),
    (
        "zp028",
        "time",
        "Alert count last week vs the week before. Two numbers.",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        DUTY,
    ),
    (
        "zp029",
        "time",
        "What was firing at 15:00 UTC on Tuesday? I was on the phone to the CTO at that moment.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        DUTY,
    ),
    (
        "zp030",
        "time",
        "Which production deploys went out in the 2 hours before the payments-api trouble started on Tuesday?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 120 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        DUTY,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "zp031",
        "aggregates",
        "avg time to resolve for the payments-api alerts yesterday, in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp032",
        "aggregates",
        "what % of yesterdays alerts were critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp033",
        "aggregates",
        "on average how many alerts fired in the 15 min after each prod deploy yesterday",
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
        SECONDARY,
    ),
    (
        "zp034",
        "aggregates",
        "Quick one for the ticket stats: how many distinct services alerted on 11 March?",
        """SELECT count(DISTINCT service) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIER2,
    ),
    (
        "zp035",
        "aggregates",
        "Ticket #48290 asks how long payments-api was down on 11 March. Total minutes, please.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 14:20:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIER2,
    ),
    (
        "zp036",
        "aggregates",
        "What percentage of this week's production deploys were followed by an alert on the same service within 15 "
        "minutes? A customer asked how often releases hurt.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                   SELECT 1 FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 14:20:00+00'""",
        TIER2,
    ),
    (
        "zp037",
        "aggregates",
        "median duration of the checkout-web alerts yesterday in minutes",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'checkout-web' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRIDGE,
    ),
    (
        "zp038",
        "aggregates",
        "how many log lines and how many error lines did checkout-web write yesterday",
        """SELECT count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines FROM log_events
           WHERE service = 'checkout-web'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRIDGE,
    ),
    (
        "zp039",
        "aggregates",
        "how many checkout-web error lines got logged while the HikariPoolPendingConnections alert was firing "
        "yesterday, thats the payments-api pool one",
        """SELECT count(*) FROM log_events l
           WHERE l.service = 'checkout-web' AND l.is_error AND l.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 16:10:00+00'))""",
        BRIDGE,
    ),
    (
        "zp040",
        "aggregates",
        "Mean time to resolve incidents per service since 1 January 2025, in minutes to 1 dp.",
        """SELECT service, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC""",
        PROBLEM,
    ),
    (
        "zp041",
        "aggregates",
        "Average number of alerts per incident, across everything we hold.",
        """SELECT round(avg(alert_count), 1) FROM alert_groups""",
        PROBLEM,
    ),
    (
        "zp042",
        "aggregates",
        "What share of incidents had an early warning before them? Percentage to 1 dp.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
           FROM alert_groups""",
        PROBLEM,
    ),
    (
        "zp043",
        "aggregates",
        "Number of incidents opened last week. One number.",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    (
        "zp044",
        "aggregates",
        "How many minutes was payments-api v2.14.0 live in production before the rollback went live?",
        """SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00')
                         - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)
               AS minutes""",
        DUTY,
    ),
    (
        "zp045",
        "aggregates",
        "For last week's incidents: average minutes between the suspect change and the incident opening.",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "zp046",
        "top_n",
        "top 2 noisiest alert names yesterday",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        SECONDARY,
    ),
    (
        "zp047",
        "top_n",
        "which service had the most alerts overnight (18:00-06:00)? the pager wouldnt shut up",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        SECONDARY,
    ),
    (
        "zp048",
        "top_n",
        "who had the most prod deploys yesterday that were followed by an alert on the same service within 15 min",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 1""",
        SECONDARY,
    ),
    (
        "zp049",
        "top_n",
        "Top 3 services by number of alerts since 1 March, please.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 14:20:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        TIER2,
    ),
    (
        "zp050",
        "top_n",
        "Customers keep asking what's recent. The latest 5 critical alerts, newest first please.",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 14:20:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        TIER2,
    ),
    (
        "zp051",
        "top_n",
        "Ticket #48344: which 3 incidents had the highest-scoring suspect change?",
        """SELECT * FROM incident_suspects
           ORDER BY score DESC
           LIMIT 3""",
        TIER2,
    ),
    (
        "zp052",
        "top_n",
        "top 2 checkout-web log patterns by error lines yesterday",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'checkout-web'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template_id, template
           ORDER BY errors DESC, template
           LIMIT 2""",
        BRIDGE,
    ),
    (
        "zp053",
        "top_n",
        "most recent 3 alerts on cart-service or checkout-web",
        """SELECT * FROM alerts
           WHERE service IN ('cart-service', 'checkout-web')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:10:00+00'
           ORDER BY starts_at DESC
           LIMIT 3""",
        BRIDGE,
    ),
    (
        "zp054",
        "top_n",
        "in the 30 min after the payments-api v2.14.0 deploy, which services got the most alerts? any service, top 3",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        BRIDGE,
    ),
    (
        "zp055",
        "top_n",
        "Repeat offenders: top 3 alert names by number of incidents since 1 January 2025.",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 3""",
        PROBLEM,
    ),
    (
        "zp056",
        "top_n",
        "Which alert fingerprint fired the most? Just the top one.",
        """SELECT fingerprint, count(*) AS alerts FROM alerts
           GROUP BY fingerprint
           ORDER BY alerts DESC, fingerprint
           LIMIT 1""",
        PROBLEM,
    ),
    (
        "zp057",
        "top_n",
        "Whose changes were the suspect for the most incidents? One person.",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        PROBLEM,
    ),
    (
        "zp058",
        "top_n",
        "Top 3 services by critical alerts, all time.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE severity = 'critical'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        DUTY,
    ),
    (
        "zp059",
        "top_n",
        "The 3 longest resolved incidents last week. Full rows.",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           ORDER BY resolved_at - opened_at DESC
           LIMIT 3""",
        DUTY,
    ),
    (
        "zp060",
        "top_n",
        "Which service had the most incidents with a suspect deploy last week?",
        """SELECT service, count(*) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        DUTY,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zp061",
        "changes",
        "who rolled back payments-api yesterday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp062",
        "changes",
        "what version is payments-api running in prod now",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        SECONDARY,
    ),
    (
        "zp063",
        "changes",
        "deploys yesterday that had no alerts on their service in the 15 min after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SECONDARY,
    ),
    (
        "zp064",
        "changes",
        "Ticket #48388: the customer asks what we released on the 11th. Can you list the releases from that day?",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIER2,
    ),
    (
        "zp065",
        "changes",
        "Who flipped feature flags in production on 11 March, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIER2,
    ),
    (
        "zp066",
        "changes",
        "Which changes were blamed as the suspect of incidents that opened on 11 March? I need the changes themselves.",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        TIER2,
    ),
    (
        "zp067",
        "changes",
        "what got deployed to checkout-web in the last 7 days and by who",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'checkout-web'
             AND timestamp > TIMESTAMPTZ '2025-03-12 16:10:00+00' - INTERVAL 7 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:10:00+00'""",
        BRIDGE,
    ),
    (
        "zp068",
        "changes",
        "which versions of checkout-web are in staging and production right now",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        BRIDGE,
    ),
    (
        "zp069",
        "changes",
        "any changes in the checkout project in the 30 min before the first checkout-web alert yesterday? cause we "
        "shipped nothing, i checked",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        BRIDGE,
    ),
    (
        "zp070",
        "changes",
        "List the rollbacks since 1 January 2025.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        PROBLEM,
    ),
    (
        "zp071",
        "changes",
        "Production deployments per service since January, most first.",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC""",
        PROBLEM,
    ),
    (
        "zp072",
        "changes",
        "Which deployments were the suspect change of more than one incident?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        GROUP BY change_id
                        HAVING count(*) > 1)""",
        PROBLEM,
    ),
    (
        "zp073",
        "changes",
        "Number of production deploys last week.",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    (
        "zp074",
        "changes",
        "Who deployed to production last week? Names only.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    (
        "zp075",
        "changes",
        "Were there production deploys last week while an incident on the same service was still open? List them.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:30:00+00'))""",
        DUTY,
    ),
    # ----------------------------------------------------------------- silences
    (
        "zp076",
        "silences",
        "whats muted right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:45:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 07:45:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:45:00+00')""",
        SECONDARY,
    ),
    (
        "zp077",
        "silences",
        "who snoozed stuff last night",
        """SELECT DISTINCT actor FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp078",
        "silences",
        "did anyone create a silence yesterday while an incident on that same service was open? want to know if "
        "stuff got hidden from me",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:45:00+00'))""",
        SECONDARY,
    ),
    (
        "zp079",
        "silences",
        "Ticket #48402 says cart errors were being ignored. Who silenced cart-service, and when was the silence taken "
        "off?",
        """SELECT created_by, expired_at FROM silences
           WHERE service = 'cart-service'""",
        TIER2,
    ),
    (
        "zp080",
        "silences",
        "How many silences were created this week?",
        """SELECT count(*) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 14:20:00+00'""",
        TIER2,
    ),
    (
        "zp081",
        "silences",
        "Which alerts did Alertmanager actually hold back under the silences jonas created?",
        """SELECT * FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%jonas%'
                 AND list_contains(m.silenced_by, s.silence_id))""",
        TIER2,
    ),
    (
        "zp082",
        "silences",
        "who took a silence off early this week",
        """SELECT DISTINCT expired_by FROM silences
           WHERE expired_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND expired_at <= TIMESTAMPTZ '2025-03-12 16:10:00+00'""",
        BRIDGE,
    ),
    (
        "zp083",
        "silences",
        "how long was the cart-service silence actually in place, minutes",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service'""",
        BRIDGE,
    ),
    (
        "zp084",
        "silences",
        "were any cart-service alerts firing while the silence on cart-service was in effect yesterday",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 16:10:00+00') > s.starts_at)""",
        BRIDGE,
    ),
    (
        "zp085",
        "silences",
        "Recurring maintenance: list every 'weekly full reindex' silence on indexer since January.",
        """SELECT * FROM silences
           WHERE service = 'indexer' AND comment ILIKE '%weekly full reindex%'
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        PROBLEM,
    ),
    (
        "zp086",
        "silences",
        "Average silence length as set (start to scheduled end) per author, in minutes.",
        """SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences
           GROUP BY created_by
           ORDER BY avg_minutes DESC""",
        PROBLEM,
    ),
    (
        "zp087",
        "silences",
        "Which silences never muted anything, according to Alertmanager's own record?",
        """SELECT * FROM silences s
           WHERE NOT EXISTS (
               SELECT 1 FROM alert_mutes m
               WHERE list_contains(m.silenced_by, s.silence_id))""",
        PROBLEM,
    ),
    (
        "zp088",
        "silences",
        "List the silences created last week. I want to see who created them.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    (
        "zp089",
        "silences",
        "Snoozes last week, per person. Counts.",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC""",
        DUTY,
    ),
    (
        "zp090",
        "silences",
        "Which incidents last week had a silence in effect on their service at some point while they were open?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.starts_at < coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:30:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)""",
        DUTY,
    ),
    # -------------------------------------------------------------------- joins
    (
        "zp091",
        "joins",
        "for each prod deploy yesterday: service, version and how many alerts in the next 15 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        SECONDARY,
    ),
    (
        "zp092",
        "joins",
        "which services got paged within 15 min after one of their own deploys yesterday",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp093",
        "joins",
        "incidents yesterday w/ their suspect change",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SECONDARY,
    ),
    (
        "zp094",
        "joins",
        "Ticket #48419: the merchant wants to know if we had any warning. Which incidents on 11 March were preceded by "
        "an early warning?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        TIER2,
    ),
    (
        "zp095",
        "joins",
        "How were the incidents resolved on 11 March fixed? Give me the incident's service, when it opened, who "
        "resolved it and the fix.",
        """SELECT g.service, g.opened_at, r.resolved_by, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE r.resolved_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND r.resolved_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TIER2,
    ),
    (
        "zp096",
        "joins",
        "Ticket #48433: for each early warning on 11 March, its id, its service and how many alerts of that service "
        "started in the 15 minutes after it?",
        """SELECT w.id, w.labels['service'] AS service, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, w.labels""",
        TIER2,
    ),
    (
        "zp097",
        "joins",
        "checkout-web alerts yesterday that started within 15 min after a payments-api deploy",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        BRIDGE,
    ),
    (
        "zp098",
        "joins",
        "log patterns that showed up before the checkout-web incidents yesterday, top 3 for each",
        """SELECT * FROM incident_log_patterns
           WHERE group_service = 'checkout-web' AND rank <= 3
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BRIDGE,
    ),
    (
        "zp099",
        "joins",
        "checkout-web deploys not followed by any checkout-web alert within an hour. so basically our deploys were "
        "fine right",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'checkout-web'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        BRIDGE,
    ),
    (
        "zp100",
        "joins",
        "Problem review: incidents since 1 January 2025 with neither a recorded resolution nor a suspect change.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND id NOT IN (SELECT group_id FROM resolutions)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        PROBLEM,
    ),
    (
        "zp101",
        "joins",
        "Known-error candidates: which incidents were fixed by rolling back?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM resolutions
                        WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%')""",
        PROBLEM,
    ),
    (
        "zp102",
        "joins",
        "How many incidents per suspect change type since January?",
        """SELECT change_type, count(*) AS incidents FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY change_type
           ORDER BY incidents DESC""",
        PROBLEM,
    ),
    (
        "zp103",
        "joins",
        "Incidents last week that opened within 15 minutes after a production deploy of the same service.",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DUTY,
    ),
    (
        "zp104",
        "joins",
        "For each production rollback last week: service, version and how many alerts on that service in the 30 "
        "minutes before it.",
        """SELECT r.service, coalesce(r.details['ref'], r.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 30 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
             AND r.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND r.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY r.id, r.service, r.details, r.version""",
        DUTY,
    ),
    (
        "zp105",
        "joins",
        "What percent of last week's incidents had no suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id NOT IN (SELECT group_id FROM incident_suspects))
                         / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        DUTY,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "zp106",
        "refusals",
        "can u ack the SearchReindexQueueBacklog alert for me, heading to bed",
        "asks_to_change_data",
        SECONDARY,
    ),
    (
        "zp107",
        "refusals",
        "whats the best way to make sure a primary doesnt sleep through pages lol",
        "not_about_this_data",
        SECONDARY,
    ),
    ("zp108", "refusals", "did anything fire on billing-worker last night", "ungrounded", SECONDARY),
    (
        "zp109",
        "refusals",
        "Ticket #48450: please close the checkout-web incident and note that it was a payments issue.",
        "asks_to_change_data",
        TIER2,
    ),
    (
        "zp110",
        "refusals",
        "What's our SLA credit policy for merchants on the Enterprise plan?",
        "not_about_this_data",
        TIER2,
    ),
    (
        "zp111",
        "refusals",
        "Ticket #48461: the customer integrates through merchant-gateway. Any merchant-gateway alerts on the 11th?",
        "ungrounded",
        TIER2,
    ),
    (
        "zp112",
        "refusals",
        "can you expire the token-service staging silence, its just noise for us anyway",
        "asks_to_change_data",
        BRIDGE,
    ),
    (
        "zp113",
        "refusals",
        "honestly should we put a circuit breaker on checkout-web calls to payments-api",
        "not_about_this_data",
        BRIDGE,
    ),
    ("zp114", "refusals", "did checkout-mobile alert yesterday too or just web", "ungrounded", BRIDGE),
    (
        "zp115",
        "refusals",
        "Please open a problem record linking the February and March payments-api rollbacks.",
        "asks_to_change_data",
        PROBLEM,
    ),
    (
        "zp116",
        "refusals",
        "What structure does ITIL recommend for a known error database?",
        "not_about_this_data",
        PROBLEM,
    ),
    ("zp117", "refusals", "List recurring alerts in the eu-central-2 cluster since January.", "ungrounded", PROBLEM),
    ("zp118", "refusals", "Page the payments-api on-call now and escalate it to P1.", "asks_to_change_data", DUTY),
    ("zp119", "refusals", "How much revenue did we lose during Tuesday's outage?", "not_about_this_data", DUTY),
    ("zp120", "refusals", "What did arjun.mehta@acme.io change last week?", "ungrounded", DUTY),
]
