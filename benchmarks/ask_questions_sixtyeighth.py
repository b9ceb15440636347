"""The sixty-eighth ask question set: ids cz001..cz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the sixty-ninth set (not seen). What the author read: the brief; the project's design
notes; docs/store.md (printed whole; its middle, cut off by the terminal, printed again by line range); the "Shapes and
joins" section of docs/ask.md printed alone (the headings listed with grep to find its line range; the section printed
by that range in the same command as the end of docs/store.md, and the part the terminal cut off printed again by line
range), taken as the rules for the shape of every gold answer; the module docstring of ``ask_questions`` and its code
(how a set is wired and split; this set is not wired in by its author); the module docstrings of the earlier sets,
printed with ``ast`` into a scratch file and grepped for roles, cities and languages (the forty-ninth's was read whole
and its "Conventions" list followed where a question leaves room); the first ten rows of ``ask_questions_thirtieth``
imported in Python (for the file's format) and, in passing, the lines defining the forty-ninth file's module-level now
constants (one grep); and the demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12,
most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names
in directory listings of ``benchmarks/``, the project root and the folder the brief came from; one grep over the
``benchmarks/ask_questions_*.py`` files for the refusal names first chosen printed only the name of one matching file
(the sixty-ninth set's, none of its text), and all five of those names were then replaced by new ones checked against
the store alone. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person or cluster
the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with
the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Innsbruck, Galway,
Melbourne, Durban or Kraków voice, and no ski resort, veterinary chain, theatre box office, water utility or courier
company). Each asks three questions in every category (24 each, three of them refusals):

- the on-call engineer of a ski resort's lift-ticketing in Innsbruck, whose online lift-pass shop pays through the
  checkout services, on a phone between lift checks at 08:30 CET on Wednesday 12 March (2025-03-12 07:30 UTC): all
  lowercase, "yday", "rn", "w/in", "svc", "pls", "the checkout stuff" for the checkout project, question marks dropped;
- the IT lead of a veterinary clinic chain in Galway, whose appointment booking signs in through the identity services
  and takes deposits through checkout, preparing the weekly ops review for the clinic managers at 10:00 GMT on Friday
  14 March (2025-03-14 10:00 UTC): Irish English ("grand", "what's the story with", "would ya", "the lot", "them
  incidents", "sorted" for fixed, "kicked off" for started, "there" as a tag);
- the box-office systems administrator of a theatre in Melbourne, doing the quarterly access and change review for the
  venue's auditors at 13:00 AEDT on Thursday 13 March (2025-03-13 02:00 UTC): formal, full sentences, "UTC" written
  after every date because the store keeps UTC; who acknowledged, silenced, changed what;
- an IT engineer of a municipal water utility in Durban who looks after the billing portal's databases and
  dashboards, at 11:30 SAST on Wednesday 12 March (2025-03-12 09:30 UTC): South African English ("eish", "is it" as a
  tag), lowercase; log lines, metric samples, warnings, silenced hours;
- a route-planning engineer of a courier company in Kraków, whose route planner reads the shop's orders, at 09:00 CET
  on Monday 17 March (2025-03-17 08:00 UTC), writing English with Polish turns of phrase: articles dropped ("have
  suspect change", "in last week"), "How much deploys", "Show please", "one time" for once, "Only first one";
  rollbacks, deploys, suspects, versions.

37 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters (alerts
after the v2.14.0 deploy, incidents after a flag flip, warnings after the v2.14.0 deploy, deploys followed by a
critical alert), four in time (the first production alert after the New checkout flow flag, alerts firing when the
cart-service silence was created, changes before the first checkout-web alert, metric samples around the rollback),
four in aggregates (alerts after the v2.14.0 deploy counted, incidents with an early warning, the suspects' mean lag,
the share of incidents with a suspect), three in top_n (whose deploys were blamed most, which service's incidents
were blamed on deploys most, alerts after a service's own deploys), four in changes (changes during an open incident,
deploys that caused incidents, staging deploys followed by an alert, changes before the PaymentsAPIErrorBudgetBurn
incident), three in silences (alerts firing while the cart-service silence was on, silences Alertmanager held alerts
back under, silences created during an incident) and all fifteen joins. The minutes between the v2.14.0 deploy and
the rollback (cz029, two changes) are not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the lift, clinic, water and
  courier teams keep UTC boards; the box-office administrator writes "UTC"), so no question is read in another zone.
  The nows: the lift on-call 2025-03-12 07:30, the clinic IT lead 2025-03-14 10:00, the box-office administrator
  2025-03-13 02:00, the water utility engineer 2025-03-12 09:30, the courier engineer Monday 2025-03-17 08:00, all
  after every record. "Yday" and "yesterday" (the lift on-call, the water engineer), "Tuesday", "Tuesday the 11th" and
  "11 March" are ``[2025-03-11, 2025-03-12)``; "today" (the lift on-call) ``[2025-03-12, 2025-03-13)``; "this week" and
  "since Monday" (the clinic IT lead) ``[2025-03-10, now]``; "last week" and "last week, Monday to Sunday" (the courier
  engineer) ``[2025-03-10, 2025-03-17)``; "in March until now", "since the start of March", "since 1 March", "created in
  March" from 2025-03-01 to now; "since 1 February", "from 1 Feb till now" from 2025-02-01 to now; "opened in February"
  ``[2025-02-01, 2025-03-01)``; "between 10 and 12 March" ``[2025-03-10, 2025-03-13)``; "between 14:30 and 15:00 UTC"
  includes its start and excludes its end; "in the last 4h" is ``(now - 4 h, now]``. "All time" has no window. A thing
  is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a sample's or a log line's
  ``timestamp``); "what was firing at 14:45", "open at 15:00", "active at 02:30" are the state at that instant; "still
  firing rn", "muted rn", "still open right now" the state at now.
- Alerts are the ``alerts`` view's rows (every column for a list); "the checkout stuff" is ``project = 'checkout'``;
  "carried a runbook link" is ``annotations['runbook_url']`` present. Incidents are ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); "how many minutes it lasted" runs to
  ``resolved_at`` (to now for one still open). Silences are the ``silences`` view's rows, in effect from ``starts_at``
  until the earlier of ``ends_at`` and ``expired_at`` ("actually in place", "really in place" is that span; "total
  silenced hours" sums it, in hours; the "scheduled length" is ``starts_at`` to ``ends_at``); "silences that expire
  today" end (``ends_at``) that day; "put on this week" is ``created_at``; "took a silence off early" is
  ``expired_early`` with ``expired_at`` in the window, answered by ``expired_by`` and ``expired_at``. Snoozes and acks
  are ``audit_log`` rows of that action; "audit log entries" are its rows. Log "error lines" are ``is_error``.
- Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production on
  the 11th, reported by two tools, is two rows, in cz028, cz043, cz094 and cz067 too), "rollbacks", "config changes",
  "flags flipped", "scale events" their types; "flags turned on" flag changes whose summary starts "turned on";
  "changes" of any type every live report. A version is ``coalesce(details['ref'], version)``
  (``change_details['ref']`` and ``change_version`` in the incident views); the version "live in prod rn" is that of
  the last live deployment or rollback of that service and environment up to now. "People (not automation)" are every
  actor but ``argocd (automated)`` and ``deployment-controller``; people are as stored (``sokafor`` and
  ``sade.okafor@acme.io`` are two values). "When was search-api last deployed" is that deploy's row; "when did the last
  DiskSpaceLow on indexer start", "when did the first production alert after the flag start" and "at what time did the
  most recent early warning start" the time alone.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]``; "in the hour before the first
  checkout-web alert on 11 March" and "in 30 minutes before the PaymentsAPIErrorBudgetBurn incident of 11 March opened"
  are ``[t - N, t]`` with the production changes of any service; "the v2.14.0 deploy" and "yday's prod payments-api
  deploy" are the live production payments-api v2.14.0 deployment (2025-03-11 14:31:22), "yesterday's payments-api
  rollback" its live production rollback (14:56:37), and the minutes "until the rollback went live" run to the first
  live production payments-api rollback at or after the deploy; "which early warnings ..., any service" are every
  warning in the window. "The first production alert after the New checkout flow flag went on" is the earliest
  production alert of any service at or after the live production flag change whose summary names the flow. "The
  moment maria.gonzalez created her cart-service silence" is that silence's ``created_at`` (the only silence pinning
  cart-service). "Other alerts that started while the HikariPoolPendingConnections alert was firing" start inside its
  span, ends included; error lines "in the 10 min before" it started are ``[t - 10 min, t]``; samples "10 min either
  side" of the rollback ``[t - 10 min, t + 10 min]``. Changes "made while an incident on the same service was open"
  have their time inside the incident's span, ends included. A silence meets the other side on its service and, when
  it pins one, its environment: alerts "firing on cart-service while its silence was on" share a moment with its span;
  incidents "opened while a silence on the same service was in effect" opened inside it (start included, end
  excluded); silences "created during an incident on the same service" were created inside the incident's span, ends
  included; silences "created within 10 minutes after an alert on the same service started" are one row per pair.
  "Held alerts back under", per Alertmanager, is a silence named in ``alert_mutes.silenced_by``. "Suspect", "blamed"
  and "caused" are ``incident_suspects``: "which deploys caused incidents" are the ``change_events`` deployments that
  are some incident's suspect; "whose deploys got blamed for the most incidents" counts distinct incidents per
  ``change_actor`` of suspect deployments, "which service had the most incidents blamed on a deployment" per incident
  service; "caused by deployment of another service" is ``change_service <> service``; "changes that were the suspect
  of a critical incident" one row per change; the "minutes before their incident the suspect changes landed" is the
  mean of ``lag_s / 60`` over every suspect row. "Had an early warning ahead of them" is a row in
  ``incident_warnings``; "how many minutes ahead was the earliest warning" its largest ``lead_min`` per incident, to
  one decimal. "How did Tuesday's incidents get sorted" is ``alert_groups`` joined to ``resolutions``. "With their
  suspect if any" keeps every incident (a ``LEFT JOIN``); "for each ...: ... how many ... (zero included / 0 if
  none)" is one row per thing of the first side with its count (a ``LEFT JOIN``). "For each production rollback, which
  deploy went live just before it" is the latest live deployment of the same service and environment strictly before
  the rollback, its version. "The hour after its own deploys" counts each alert once that has a live deployment of its
  service and environment in the hour before it.
- Aggregates: durations in minutes to one decimal ("avg mins to resolve" over the resolved alerts; the median time to
  resolve over the resolved incidents); percentages are ``round(100.0 * part / whole, 1)`` over the rows the question
  selects (this week's alerts; the production incidents opened since 1 February); "on average how many alerts were in
  each incident" the mean of ``alert_count``; a metric's maximum as stored; "per kind of warning" is
  ``labels['alertname']``; "how many snoozes ... and what is average snooze length" both side by side; counts per
  value most first. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``; outside them is any other
  time. "Log lines per hour" are per UTC hour.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("one name",
  "top one only", "only the first one", "just first one" ask for one row). "Which hour yday had the most alerts? hour +
  count" is the hour's UTC start with its count; "the three silences with the longest scheduled length" rank by that
  length in minutes (1432, 240 and 180; the next is 120).
- Refusals: the services "skipass-gateway", "vetbook-scheduler" and "telemetry-historian", the person "bronwyn.tait"
  and the cluster "prod-ap-southeast-4" (the store has prod-eu-west-1 and staging-eu-west-1) are ungrounded; a polling
  interval for a snow depth sensor, the uptime to promise in a service agreement, a seat-map library, the water use of
  a data centre and vehicle routing in OR-Tools are not about this data; muting the checkout alerts, deleting staging
  alerts, marking the checkout-web incident resolved, rolling payments-api forward and turning off the Semantic ranking
  flag ask to change the data.
"""

from __future__ import annotations

SKI = "2025-03-12T07:30:00Z"
"""The lift-ticketing on-call in Innsbruck: 08:30 CET on Wednesday 12 March."""
VET = "2025-03-14T10:00:00Z"
"""The veterinary clinic chain's IT lead in Galway: 10:00 GMT on Friday 14 March."""
BOX = "2025-03-13T02:00:00Z"
"""The theatre box-office systems admin in Melbourne: 13:00 AEDT on Thursday 13 March."""
WATER = "2025-03-12T09:30:00Z"
"""The water utility's IT engineer in Durban: 11:30 SAST on Wednesday 12 March."""
COURIER = "2025-03-17T08:00:00Z"
"""The courier company's route-planning engineer in Kraków: 09:00 CET on Monday 17 March."""

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "cz001",
        "filters",
        "whats still firing rn in prod?? lift pass shop is slow",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:30:00+00')""",
        SKI,
    ),
    (
        "cz002",
        "filters",
        "crit alerts on the checkout stuff yday",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz003",
        "filters",
        "alerts on payments-api w/in 10 min after the v2.14.0 deploy went live in prod",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        SKI,
    ),
    (
        "cz004",
        "filters",
        "Grand, so for the clinic managers' review: which production incidents opened this week and are still open "
        "right now? Give me the lot.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 10:00:00+00')""",
        VET,
    ),
    (
        "cz005",
        "filters",
        "What's the story with auth-api in staging since Monday? List out the alerts, would ya.",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz006",
        "filters",
        "Were there production incidents that opened within 15 minutes after a feature flag got flipped on the same "
        "service? Show me them incidents.",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        VET,
    ),
    (
        "cz007",
        "filters",
        "For the access review, list every acknowledgement recorded in the audit log between 10 and 12 March (UTC).",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        BOX,
    ),
    (
        "cz008",
        "filters",
        "Show me every configuration change applied to production, all time, full records please.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        BOX,
    ),
    (
        "cz009",
        "filters",
        "Which alerts that started on 11 March UTC carried a runbook link? Full rows.",
        """SELECT * FROM alerts
           WHERE annotations['runbook_url'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOX,
    ),
    (
        "cz010",
        "filters",
        "eish, show me the token-service alerts in prod from 1 Feb till now",
        """SELECT * FROM alerts
           WHERE service = 'token-service' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:30:00+00'""",
        WATER,
    ),
    (
        "cz011",
        "filters",
        "the error log lines payments-api wrote between 14:30 and 14:35 UTC yesterday, all of them",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:00+00'""",
        WATER,
    ),
    (
        "cz012",
        "filters",
        "which early warnings started in the half hour after the payments-api v2.14.0 deploy went live? any service",
        """SELECT * FROM warnings
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        WATER,
    ),
    (
        "cz013",
        "filters",
        "Show please all rollbacks in production since 1 February.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        COURIER,
    ),
    (
        "cz014",
        "filters",
        "Deploys to production which were followed by critical alert on same service within one hour, all columns.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        COURIER,
    ),
    (
        "cz015",
        "filters",
        "Give me staging alerts from last week with severity warning, full list please.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        COURIER,
    ),
    # ---------------------------------------------------------------- time
    (
        "cz016",
        "time",
        "when did the last DiskSpaceLow on indexer start",
        """SELECT max(starts_at) FROM alerts
           WHERE service = 'indexer' AND name = 'DiskSpaceLow'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'""",
        SKI,
    ),
    (
        "cz017",
        "time",
        "alerts in the last 4h",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 07:30:00+00' - INTERVAL 4 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'""",
        SKI,
    ),
    (
        "cz018",
        "time",
        "what was firing at 14:45 yday",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        SKI,
    ),
    (
        "cz019",
        "time",
        "Each payments-api incident from Tuesday, with its alert name and how many minutes it lasted?",
        """SELECT group_labels['alertname'],
                  round((epoch(coalesce(resolved_at, TIMESTAMPTZ '2025-03-14 10:00:00+00')) - epoch(opened_at)) / 60, 1)
           FROM alert_groups
           WHERE service = 'payments-api'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VET,
    ),
    (
        "cz020",
        "time",
        "Which alerts kicked off between 14:30 and 15:00 UTC on Tuesday the 11th?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        VET,
    ),
    (
        "cz021",
        "time",
        "When did the first production alert after the New checkout flow flag went on start?",
        """SELECT min(a.starts_at) FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= (SELECT min(timestamp) FROM change_events
                                 WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                   AND summary ILIKE '%New checkout flow%')""",
        VET,
    ),
    (
        "cz022",
        "time",
        "At the moment maria.gonzalez created her cart-service silence, which alerts were firing?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT created_at FROM silences WHERE service = 'cart-service')
             AND (ends_at IS NULL OR ends_at > (SELECT created_at FROM silences WHERE service = 'cart-service'))""",
        BOX,
    ),
    (
        "cz023",
        "time",
        "List the audit log entries recorded between 14:30 and 15:30 UTC on 11 March.",
        """SELECT * FROM audit_log
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        BOX,
    ),
    (
        "cz024",
        "time",
        "What changes went live in the hour before the first checkout-web alert on 11 March (UTC)?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        BOX,
    ),
    (
        "cz025",
        "time",
        "payments-api log lines per hour yesterday, UTC hours",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY lines DESC""",
        WATER,
    ),
    (
        "cz026",
        "time",
        "time and value of each hikaricp_connections_pending sample 10 min either side of yesterday's payments-api "
        "rollback",
        """SELECT timestamp, value FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 10 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00' + INTERVAL 10 MINUTE""",
        WATER,
    ),
    (
        "cz027",
        "time",
        "at what time did the most recent early warning start?",
        """SELECT max(starts_at) FROM warnings WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:30:00+00'""",
        WATER,
    ),
    (
        "cz028",
        "time",
        "What was deployed to production last week, Monday to Sunday? Service, version and time please.",
        """SELECT service, coalesce(details['ref'], version), timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        COURIER,
    ),
    (
        "cz029",
        "time",
        "How many minutes passed from payments-api v2.14.0 going live in production until the rollback went live?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND environment = 'production'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                         - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1)""",
        COURIER,
    ),
    (
        "cz030",
        "time",
        "Which incidents were open at 15:00 UTC on 11 March? All columns.",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        COURIER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "cz031",
        "aggregates",
        "how many alerts yday",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz032",
        "aggregates",
        "avg mins to resolve payments-api alerts yday",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz033",
        "aggregates",
        "how many payments-api alerts in the 30 min after yday's prod payments-api deploy",
        """SELECT count(*) FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        SKI,
    ),
    (
        "cz034",
        "aggregates",
        "What share of this week's alerts were critical, as a percentage?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz035",
        "aggregates",
        "On average how many alerts were in each incident this week?",
        """SELECT round(avg(alert_count), 1) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz036",
        "aggregates",
        "How many production incidents this week had an early warning ahead of them?",
        """SELECT count(DISTINCT group_id) FROM incident_warnings
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz037",
        "aggregates",
        "How many silences has each person created, all time? Most first.",
        """SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC""",
        BOX,
    ),
    (
        "cz038",
        "aggregates",
        "Number of audit log entries per actor on 11 March UTC.",
        """SELECT actor, count(*) AS entries FROM audit_log
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor ORDER BY entries DESC""",
        BOX,
    ),
    (
        "cz039",
        "aggregates",
        "On average, how many minutes before their incident did the suspect changes land?",
        """SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects""",
        BOX,
    ),
    (
        "cz040",
        "aggregates",
        "max of hikaricp_connections_pending yesterday",
        """SELECT max(value) FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WATER,
    ),
    (
        "cz041",
        "aggregates",
        "how many error log lines did each service write yesterday?",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY errors DESC""",
        WATER,
    ),
    (
        "cz042",
        "aggregates",
        "mean sigma of the warnings per kind of warning",
        """SELECT labels['alertname'] AS kind, round(avg(sigma), 1) FROM warnings GROUP BY kind""",
        WATER,
    ),
    (
        "cz043",
        "aggregates",
        "How much deploys went to production in March until now?",
        """SELECT count(*) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        COURIER,
    ),
    (
        "cz044",
        "aggregates",
        "What percentage of production incidents since 1 February have suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        COURIER,
    ),
    (
        "cz045",
        "aggregates",
        "Median time to resolve of incidents opened in February, in minutes.",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        COURIER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "cz046",
        "top_n",
        "top 3 noisiest services yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        SKI,
    ),
    (
        "cz047",
        "top_n",
        "which alert name fired the most yday",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        SKI,
    ),
    (
        "cz048",
        "top_n",
        "which hour yday had the most alerts? hour + count",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        SKI,
    ),
    (
        "cz049",
        "top_n",
        "Which two services had the most incidents this week?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        VET,
    ),
    (
        "cz050",
        "top_n",
        "Top 2 alert names in production since the start of March, by number of alerts",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        VET,
    ),
    (
        "cz051",
        "top_n",
        "Whose deploys got blamed for the most incidents? Just the one name.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        VET,
    ),
    (
        "cz052",
        "top_n",
        "Which person created the most silences on the indexer? One name.",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE service = 'indexer'
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        BOX,
    ),
    (
        "cz053",
        "top_n",
        "The three silences with the longest scheduled length: silence id, author and minutes.",
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences ORDER BY minutes DESC LIMIT 3""",
        BOX,
    ),
    (
        "cz054",
        "top_n",
        "Which actor acknowledged the most alerts? Top one only.",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        BOX,
    ),
    (
        "cz055",
        "top_n",
        "which kind of early warning fires the most?",
        """SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings
           GROUP BY kind ORDER BY warnings DESC, kind LIMIT 1""",
        WATER,
    ),
    (
        "cz056",
        "top_n",
        "which two metric keys raised the most warnings",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 2""",
        WATER,
    ),
    (
        "cz057",
        "top_n",
        "top 2 services by error log lines yesterday, is it",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY errors DESC, service LIMIT 2""",
        WATER,
    ),
    (
        "cz058",
        "top_n",
        "Which service had the most incidents blamed on a deployment? Only the first one.",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 1""",
        COURIER,
    ),
    (
        "cz059",
        "top_n",
        "Which service was rolled back in production most times, all time?",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
           GROUP BY service ORDER BY rollbacks DESC, service LIMIT 1""",
        COURIER,
    ),
    (
        "cz060",
        "top_n",
        "Since 1 March, which service had most alerts in the hour after its own deploys? Just first one.",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        COURIER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "cz061",
        "changes",
        "who rolled back payments-api yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz062",
        "changes",
        "what changed on checkout-web yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'checkout-web'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz063",
        "changes",
        "which version of payments-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE type IN ('deployment', 'rollback') AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        SKI,
    ),
    (
        "cz064",
        "changes",
        "Who's been flipping feature flags this week?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz065",
        "changes",
        "Which flags were turned on in production, all time? The whole change records, please.",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND summary ILIKE 'turned on%'""",
        VET,
    ),
    (
        "cz066",
        "changes",
        "Deploys of auth-api to staging this week: version and when, sure.",
        """SELECT coalesce(details['ref'], version), timestamp FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz067",
        "changes",
        "List the changes people (not automation) made in production on 11 March UTC: who, what type, which "
        "service and when.",
        """SELECT actor, type, service, timestamp FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        BOX,
    ),
    (
        "cz068",
        "changes",
        "Which changes were made in production while an incident on the same service was open? Full records.",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 02:00:00+00'))""",
        BOX,
    ),
    (
        "cz069",
        "changes",
        "Who has made configuration changes, all time?",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live'""",
        BOX,
    ),
    (
        "cz070",
        "changes",
        "which deploys caused incidents?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)""",
        WATER,
    ),
    (
        "cz071",
        "changes",
        "what scale events did indexer have yesterday",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'indexer'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        WATER,
    ),
    (
        "cz072",
        "changes",
        "which staging deploys yesterday were followed by an alert on the same service within 30 min?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        WATER,
    ),
    (
        "cz073",
        "changes",
        "When was search-api last deployed to production?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'search-api' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        COURIER,
    ),
    (
        "cz074",
        "changes",
        "Which versions of auth-api went out to staging? Each version one time please.",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND service = 'auth-api' AND environment = 'staging'""",
        COURIER,
    ),
    (
        "cz075",
        "changes",
        "Which changes went live in production in 30 minutes before the PaymentsAPIErrorBudgetBurn incident of 11 "
        "March opened?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT opened_at FROM alert_groups
                                    WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT opened_at FROM alert_groups
                                    WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        COURIER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "cz076",
        "silences",
        "whats muted rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 07:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:30:00+00')""",
        SKI,
    ),
    (
        "cz077",
        "silences",
        "who silenced the indexer yday",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz078",
        "silences",
        "silences that expire today",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        SKI,
    ),
    (
        "cz079",
        "silences",
        "Which silences were put on this week? The whole lot.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz080",
        "silences",
        "Did anyone take a silence off early this week? Who and when?",
        """SELECT expired_by, expired_at FROM silences
           WHERE expired_early
             AND expired_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND expired_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        VET,
    ),
    (
        "cz081",
        "silences",
        "Were any alerts firing on cart-service while its silence was on? List them out.",
        """SELECT a.* FROM alerts a, silences s
           WHERE s.service = 'cart-service' AND a.service = 'cart-service'
             AND (s.environment IS NULL OR a.environment_canonical = s.environment_canonical)
             AND a.starts_at < coalesce(least(s.ends_at, s.expired_at), s.ends_at)
             AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
        VET,
    ),
    (
        "cz082",
        "silences",
        "For every silence created in March (UTC): silence id, author and how many minutes it was actually in place.",
        """SELECT silence_id, created_by,
                  round((epoch(coalesce(least(ends_at, expired_at), ends_at)) - epoch(starts_at)) / 60, 1)
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 02:00:00+00'""",
        BOX,
    ),
    (
        "cz083",
        "silences",
        "Which silences did Alertmanager actually hold any alerts back under? Full silence rows.",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        BOX,
    ),
    (
        "cz084",
        "silences",
        "Who created silences outside business hours (Monday to Friday, 09:00-17:00 UTC)?",
        """SELECT DISTINCT created_by FROM silences
           WHERE isodow(created_at) IN (6, 7)
              OR hour(created_at) < 9 OR hour(created_at) >= 17""",
        BOX,
    ),
    (
        "cz085",
        "silences",
        "total silenced hours per author, as the silences were really in place",
        """SELECT created_by,
                  round(sum(epoch(coalesce(least(ends_at, expired_at), ends_at)) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        WATER,
    ),
    (
        "cz086",
        "silences",
        "silences with a comment mentioning reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        WATER,
    ),
    (
        "cz087",
        "silences",
        "silences created during an incident on the same service",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:30:00+00'))""",
        WATER,
    ),
    (
        "cz088",
        "silences",
        "How many snoozes were there in total, and what is average snooze length in minutes?",
        """SELECT count(*), round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'""",
        COURIER,
    ),
    (
        "cz089",
        "silences",
        "Which silences were active at 02:30 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        COURIER,
    ),
    (
        "cz090",
        "silences",
        "Who snoozed alerts in last week?",
        """SELECT DISTINCT actor FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        COURIER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "cz091",
        "joins",
        "alerts yday that started w/in 15 min after a deploy of the same svc",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SKI,
    ),
    (
        "cz092",
        "joins",
        "incidents yday w/ their suspect if any: svc, alert, opened, suspect version",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version)
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SKI,
    ),
    (
        "cz093",
        "joins",
        "which deploys yday had no alerts on the same svc in the hour after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        SKI,
    ),
    (
        "cz094",
        "joins",
        "For each production deploy this week: service, version and how many alerts that service had in the hour "
        "after it, zero included.",
        """SELECT c.service, coalesce(c.details['ref'], c.version), count(a.starts_at)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version""",
        VET,
    ),
    (
        "cz095",
        "joins",
        "Which incidents this week had an early warning before them, and how many minutes ahead was the earliest "
        "warning? Service, alert name and minutes.",
        """SELECT service, group_labels['alertname'], round(max(lead_min), 1)
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
           GROUP BY group_id, service, group_labels['alertname']""",
        VET,
    ),
    (
        "cz096",
        "joins",
        "How did Tuesday's incidents get sorted? Alert name, service, who resolved it and the fix.",
        """SELECT g.group_labels['alertname'], g.service, r.resolved_by, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VET,
    ),
    (
        "cz097",
        "joins",
        "Silences created within 10 minutes after an alert on the same service started: silence id, its author, the "
        "alert name and when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s JOIN alerts a
             ON a.service = s.service
            AND (s.environment IS NULL OR a.environment_canonical = s.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        BOX,
    ),
    (
        "cz098",
        "joins",
        "Which incidents opened while a silence on the same service was in effect? Incident id, service, alert name "
        "and silence id.",
        """SELECT g.id, g.service, g.group_labels['alertname'], s.silence_id
           FROM alert_groups g JOIN silences s
             ON s.service = g.service
            AND (s.environment IS NULL OR g.environment = s.environment_canonical)
            AND g.opened_at >= s.starts_at
            AND g.opened_at < coalesce(least(s.ends_at, s.expired_at), s.ends_at)""",
        BOX,
    ),
    (
        "cz099",
        "joins",
        "Which changes were the suspect of a critical incident? Change id, type, service and actor.",
        """SELECT DISTINCT change_id, change_type, change_service, change_actor
           FROM incident_suspects WHERE max_severity = 'critical'""",
        BOX,
    ),
    (
        "cz100",
        "joins",
        "for each early warning on payments-api yesterday: its kind, when it started and how many payments-api "
        "alerts started in the 15 minutes after it (0 if none)",
        """SELECT w.labels['alertname'], w.starts_at, count(a.starts_at)
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = 'production'
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, w.labels['alertname'], w.starts_at""",
        WATER,
    ),
    (
        "cz101",
        "joins",
        "how many error log lines did payments-api write in the 10 min before the HikariPoolPendingConnections alert "
        "started?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE name = 'HikariPoolPendingConnections')
                                   - INTERVAL 10 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE name = 'HikariPoolPendingConnections')""",
        WATER,
    ),
    (
        "cz102",
        "joins",
        "other alerts that started while the HikariPoolPendingConnections alert was firing",
        """SELECT a.* FROM alerts a, alerts h
           WHERE h.name = 'HikariPoolPendingConnections' AND a.name <> 'HikariPoolPendingConnections'
             AND a.starts_at >= h.starts_at
             AND a.starts_at <= coalesce(h.ends_at, TIMESTAMPTZ '2025-03-12 09:30:00+00')""",
        WATER,
    ),
    (
        "cz103",
        "joins",
        "Incidents caused by deployment of another service: incident service, alert name and suspect's service.",
        """SELECT service, group_labels['alertname'], change_service FROM incident_suspects
           WHERE change_type = 'deployment' AND change_service <> service""",
        COURIER,
    ),
    (
        "cz104",
        "joins",
        "For each production rollback, which deploy of the same service went live just before it? Rollback time, "
        "service and version of that deploy.",
        """SELECT r.timestamp, r.service,
                  (SELECT arg_max(coalesce(d.details['ref'], d.version), d.timestamp) FROM change_events d
                   WHERE d.type = 'deployment' AND d.phase = 'live'
                     AND d.service = r.service AND d.environment = r.environment
                     AND d.timestamp < r.timestamp)
           FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'""",
        COURIER,
    ),
    (
        "cz105",
        "joins",
        "Number of alerts on same service within 30 minutes after each flag change in production: flag change "
        "summary, time and count, zero included.",
        """SELECT c.summary, c.timestamp, count(a.starts_at)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.summary, c.timestamp""",
        COURIER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "cz106",
        "refusals",
        "mute all the checkout alerts for the next 2h pls, im on the chairlift",
        "asks_to_change_data",
        SKI,
    ),
    ("cz107", "refusals", "any alerts on skipass-gateway yday", "ungrounded", SKI),
    ("cz108", "refusals", "whats a sane polling interval for a snow depth sensor", "not_about_this_data", SKI),
    ("cz109", "refusals", "Are there alerts on the vetbook-scheduler service this week at all?", "ungrounded", VET),
    ("cz110", "refusals", "Delete last week's staging alerts there, they're only noise.", "asks_to_change_data", VET),
    (
        "cz111",
        "refusals",
        "What's a reasonable uptime to promise the clinics in our IT service agreement?",
        "not_about_this_data",
        VET,
    ),
    ("cz112", "refusals", "Which silences did bronwyn.tait create, and when?", "ungrounded", BOX),
    (
        "cz113",
        "refusals",
        "Please mark the checkout-web incident as resolved in the store.",
        "asks_to_change_data",
        BOX,
    ),
    (
        "cz114",
        "refusals",
        "What's the best seat-map library for a React box-office front end?",
        "not_about_this_data",
        BOX,
    ),
    ("cz115", "refusals", "any alerts on telemetry-historian yesterday?", "ungrounded", WATER),
    ("cz116", "refusals", "eish, roll payments-api forward to v2.14.0 again for me", "asks_to_change_data", WATER),
    (
        "cz117",
        "refusals",
        "how many litres of water does a data centre use per day, roughly",
        "not_about_this_data",
        WATER,
    ),
    ("cz118", "refusals", "Alerts on cluster prod-ap-southeast-4 last week, please.", "ungrounded", COURIER),
    ("cz119", "refusals", "Please turn off the Semantic ranking flag in production.", "asks_to_change_data", COURIER),
    (
        "cz120",
        "refusals",
        "How to model vehicle routing with time windows in OR-Tools?",
        "not_about_this_data",
        COURIER,
    ),
]
