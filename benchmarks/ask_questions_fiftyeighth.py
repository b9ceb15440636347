"""The fifty-eighth ask question set: ids mz001..mz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor any earlier set's
rows (beyond the first ten rows of ``ask_questions_thirtieth``); what the author read was the brief, the project's
design notes (DESIGN.md in the shared folder), docs/store.md (printed whole, its middle, cut off by the terminal,
printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the
shape of every gold answer; the headings of docs/ask.md were listed with grep to find its line range, and the section
was printed by that range, its middle, cut off by the terminal, printed again), the module docstring of
``ask_questions`` and its code (how a set is wired and split; this set is not wired in by its author), the module
docstrings of the earlier sets (the fiftieth to fifty-seventh included) printed with ``ast`` into a scratch file and
grepped for roles, cities and languages (a few matching lines printed; the forty-ninth's docstring was read whole and
its "Conventions" list followed where a question leaves room), the first ten rows of ``ask_questions_thirtieth``
imported in Python (for the file's format) and the lines defining that file's module-level now constants (one grep), and
the demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11
UTC, the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names seen in directory listings of
``benchmarks/`` and the project root; the fifty-ninth set, written at the same time, was not opened. Each row is ``(id,
category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (the question names a service, person, environment or cluster the store does not hold); any other gold is
a single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Hungarian, Saudi,
Georgian, Ugandan or Belgian voice, no store-systems engineer, risk officer, NOC shift lead or data protection officer;
a CTO spoke before, preparing a board update, not this one). Each asks three questions in every category (24 each, three
of them refusals):

- a store-systems engineer in Budapest who looks after the tills and self-checkout kiosks of the shops, which call
  cart-service, payments-api and checkout-web, at 14:30 CET on Wednesday 12 March (2025-03-12 13:30 UTC), the day after
  shops could not take cards: Hungarian turns of English ("Which alerts had cart-service yesterday?", "When started the
  first ...", "How long lasted ... in average", "in the moment", an article dropped), a store ticket, the tills;
- a payments risk officer in Riyadh reviewing operational-risk events for the risk register, at 09:30 AST on Monday 17
  March (2025-03-17 06:30 UTC): formal Gulf business English ("Dear team", "Kindly advise", "Please revert with",
  "Please share", "as per"), Q1 so far, critical alerts, config and flag changes, rollbacks, suspects, unresolved
  incidents, silences outside business hours;
- the CTO of the company, in Tbilisi, doing everything at once between investor calls and typing on a phone, at 12:15
  GET on Thursday 13 March (2025-03-13 08:15 UTC): lowercase, "rn", "tue", "wk", "svc", "w/in", "15m", "mins", days by
  name, typos ("deplyos", "lenght"), a doubled question mark, "lol";
- the shift lead of the outsourced NOC in Kampala (a telecom operator's managed-services desk that watches the shop's
  alerts around the clock), writing the handover at the end of the day shift, at 18:00 EAT on Wednesday 12 March
  (2025-03-12 15:00 UTC): "alarms" for alerts, "kindly", "for the shift handover", "the weekly NOC report", present
  perfect ("have been raised"), UTC clocks because the NOC board runs on UTC;
- the data protection officer in Brussels checking the identity services (auth-api, token-service, user-profile, where
  the personal data lives) for the record of processing activities, at 11:00 CET on Friday 14 March (2025-03-14 10:00
  UTC): careful, formal, privacy words ("processor", "record of processing activities"), the identity project, the SMTP
  provider, lucie.novak@acme.io's changes, who silenced what.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (alerts on
the checkout services after v2.14.0 went live, production deploys followed by a critical alert, alerts after a flag
flip, staging alerts after a staging deploy, identity alerts after a flag change), five in time (what was firing when
the payments-api rollback went live, minutes from v2.14.0 to the first critical payments-api alert, changes before the
first checkout-web alert, what was firing when kenji's backlog silence went on, changes before the
DBPoolPendingAcquiresHigh alert), five in aggregates (alerts per checkout deploy averaged, the share of production
deploys followed by an alert, deploys with no alert after them, the duration of alerts that followed a deploy, the mean
lag of the identity suspects), four in top_n (whose deployments were suspects, the service with most alerts after its
own deploys, acks taken while their alert fired, the identity service with most alerts after a change), five in changes
(rollbacks during an open incident, production changes during a critical incident, a deploy before the checkout flow 503
page, deploys followed by an alarm, identity changes that were suspects), five in silences (cart-service alerts firing
while its silence was on, silences created during an incident, silences created after an alert, alarms held back per
weekly reindex silence, identity silences created after an alert) and all fifteen joins (mz096 meets deployments with
rollbacks, two types of change). mz048 (alerts starting while the Hikari alert fired) relates alerts to one alert and is
not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the NOC board, the risk
  register and the company's dashboards keep UTC; the store-systems engineer and the CTO give UTC where a clock
  matters), so no question is read in another zone. The nows: the store-systems engineer 2025-03-12 13:30, the risk
  officer 2025-03-17 06:30, the CTO 2025-03-13 08:15, the NOC shift lead 2025-03-12 15:00, the DPO 2025-03-14 10:00, all
  after every record. "Yesterday" is the UTC day before the asker's now (2025-03-11 for the store-systems engineer and
  the shift lead), "today" the asker's day, "tue" / "on 11 March" ``[2025-03-11, 2025-03-12)``; "tue night 22-06 utc"
  ``[2025-03-11 22:00, 2025-03-12 06:00)``; "since monday", "this wk (so far)" ``[2025-03-10, now]``; "in March", "this
  month" from 2025-03-01 to now; "Q1 2025 so far", "this year", "in 2025", "the first quarter so far", "since 1 January"
  from 2025-01-01 to now; "in February (2025)" ``[2025-02-01, 2025-03-01)``; "since 1 February" from 2025-02-01 to now;
  "between 10 and 16 March" ``[2025-03-10, 2025-03-17)``; "between 14:00 and 16:00 UTC" and "between 06:00 and 18:00
  UTC" include their start and exclude their end; "since 18:00 UTC yesterday" runs from 2025-03-11 18:00 to now; "the
  last 24 hours", "the last 48 hours" and "the last 7 days" are ``(now - N, now]``; "all time", "overall", "in total"
  and a question with no time have no window. A thing is in a window by its own time (an alert's ``starts_at``, a
  change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a
  warning's ``starts_at``, a log line's ``timestamp``); "still firing rn" and "active at 04:00 UTC today" are the state
  at that instant (``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``); "went off", "raised", "fired", "came" are
  the start.
- Alerts ("alarms" for the shift lead, "pages" for the CTO) are the ``alerts`` view's rows (every column for a list; the
  SearchReindexQueueBacklog alert, which fired on 11 and 12 March and never resolved, is two rows); incidents
  ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the
  ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually
  in place" is that span in minutes; "silence length" is ``starts_at`` to ``ends_at`` as the latest version says, which
  for the one silence expired early is its expiry too). Changes are their ``phase = 'live'`` reports: "deploys",
  "deployments" and "what shipped" ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two
  tools, is two rows), "rollbacks", "config changes", "flag changes" / "flag flips" their types, "changes" and "changes
  of any kind" every live report (the kubernetes scale events included). A version is ``coalesce(details['ref'],
  version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the version "now live in
  production" and "versions staging vs prod" are those of the last live deployment or rollback of that service in that
  environment; the "last deploy of each service in production" is its last live deployment (rollbacks left out). People
  and user accounts are as stored: ``dpatel`` and ``dev.patel@acme.io``, ``mgonzalez`` and ``maria.gonzalez@acme.io``
  are different accounts; "humans only, not argocd or the deployment controller" leaves out ``argocd (automated)`` and
  ``deployment-controller``; "kenji" is ``ILIKE '%kenji%'``. "The checkout services" and "a checkout service" are
  ``project = 'checkout'``; "the identity services" and "the identity project" are ``project = 'identity'`` for alerts,
  changes and incidents, and for silences any service the project's alerts or changes name, beside a ``project`` matcher
  on identity (mz088; mz090 needs a service to meet its alert on). "The cart-service silence" is the only silence
  pinning cart-service (maria's); "kenji's indexer backlog silence this morning" is his silence on indexer whose comment
  says backlog, created on 12 March (01:55:38); "the weekly reindex silences" are those whose comment says weekly ...
  reindex (nine, f8505b25 included); "the checkout flow 503 page" is the alert whose name is "Checkout flow (eu-west-1)
  failing: payment step returned 503"; "the SMTP delivery alert" the one alert whose name says SMTP; "alerts mentioning
  SMTP" match the name, summary or description.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``; warnings
  by their ``environment`` label): an alert "within N minutes after" a change starts in ``[t, t + N]`` (15 unless said,
  "within an hour" 60); "the 30 minutes before" / "the hour before" / "the 15 min before" an alert are ``[t - N, t]``,
  the changes being those of the alert's environment (production) and any service unless the question names the project
  (mz030: identity); "in the 30 minutes after payments-api v2.14.0 went live in production" is a window from that one
  event on the services the question names (the checkout services). "What was firing at the moment X" is the state at
  X's time (the rollback's live report, the silence's creation), on the services named (mz018) or any (mz027). "How many
  minutes passed between ... and the first critical payments-api alert after it" runs to the first one at or after the
  deploy, to one decimal. Rollbacks "while an incident on the same service was still open" and production changes "while
  a critical incident was open" have their time inside the incident's span, ends included (a critical incident:
  ``max_severity = 'critical'``); silences "created while an incident on the same service was open" likewise, a silence
  without an environment meeting every environment; incidents that "opened while a silence on the same service was in
  effect" opened inside its span (start included, end excluded); cart-service alerts "firing while its silence was on"
  overlap its span; silences "created within N after an alert on the same service started" have ``created_at`` in
  ``[start, start + N]``. Acks name their alert by their ``alertname`` and ``service`` equality matchers and count as
  taken "while still firing" when one such alert was on at the ack's time. Alerts "starting while the
  HikariPoolPendingConnections alert was firing" start inside its span, ends included, "other" leaving it out. "Suspect"
  is ``incident_suspects``: "whose deployments were named the suspect for the most incidents" counts distinct incidents
  per ``change_actor`` of suspect deployments; "which deploys caused incidents this month" are the ``change_events``
  deployments of March that are some incident's suspect; "changes ... named as the suspect of an incident" the
  ``change_events`` rows that are; "for yesterday's checkout incidents, what was the suspect change" lists the incidents
  that have one; "incidents this wk w/ their suspect if any" keeps every incident opened this week (a ``LEFT JOIN``, the
  version empty where none); "incidents with neither an early warning nor a suspect change" have no row in
  ``incident_warnings`` and none in ``incident_suspects``. "Had an early warning before them" is a row in
  ``incident_warnings``; "for each early warning on payments-api yesterday" is every ``warnings`` row whose ``service``
  label is payments-api, started that day, its kind ``labels['alertname']``, with the payments-api alerts of its
  environment that started in ``[w, w + 15 min]`` (0 where none). "No resolution recorded" is no ``resolutions`` row;
  "how were they fixed" and "who resolved it" are ``alert_groups`` joined to ``resolutions``. "For each weekly reindex
  silence, how many alarms did Alertmanager hold back" counts the ``alert_mutes`` rows whose ``silenced_by`` names it,
  zero included. "For each production deploy of a checkout service yesterday ... how many alerts in the next 30 minutes"
  is one row per deploy (a ``LEFT JOIN``, 0 included). "Deployments followed by a rollback of the same service within an
  hour" is one row per deployment and rollback met in ``[t, t + 60 min]``. Changes "in the 30 minutes before a critical
  identity incident" are one row per change and incident met on service and environment.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones;
  incidents from ``opened_at`` to ``resolved_at`` of the resolved ones for "mean time to resolve", "median time to
  resolve" and "the longest resolved incident"; a silence's hours to one decimal); percentages are ``round(100.0 * part
  / whole, 1)`` over the rows the question selects ("the February alerts": those that started in February; "production
  deployments": every live production deployment, all time); "on average, how many alerts ... after each production
  deploy of a checkout service" is the mean of the per-deploy counts, deploys with none counting 0; "avg alerts per day
  this wk" the mean of the UTC daily counts of the days that had alerts; "how many alarms per severity" and "per
  identity service, how many alerts" are counts per value, most first; "how many silences had more than two matchers"
  bounds ``len(matchers)``; "the average snooze length" averages ``duration_s``. "Business hours" are Monday to Friday
  09:00-17:00 UTC by ``created_at``; "outside" them is any other time.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("just the one",
  "one name", "which ... the most" ask for one row with its count). "Which 2 hours of yesterday had the most alarms?
  Hour and count" is each hour's UTC start with its count. "Which svc logged the most error lines" counts ``log_events``
  rows with ``is_error``. "Who deployed ..." and "who performed rollbacks ..." are the actors, each once; "the flag
  summary, who made it and when" is ``summary, actor, timestamp``; "who put the silence on cart-service, and what
  comment" is ``created_by, comment``; "which silences were expired early, and by whom" the silences' rows (they carry
  ``expired_by``); "who silenced anything on the identity services, and when was each silence created" is ``created_by,
  created_at`` per silence.
- Refusals: the service "pos-gateway", the person "faisal.alqahtani", the "canary" environment, the cluster
  "prod-af-south-1" (the store has prod-eu-west-1 and staging-eu-west-1) and the service "consent-service" are
  ungrounded; the best receipt-printer driver for Linux tills, what the Saudi Central Bank requires after a major
  incident, Kubernetes or Nomad for a small company, an escalation matrix template for a NOC and the GDPR's 72-hour
  breach notification are not about this data; silencing cart-service for the day, marking the checkout-web incident
  resolved, rolling payments-api back, acknowledging the open indexer alarms and deleting user-profile log lines ask to
  change the data.
"""

from __future__ import annotations

STORE = "2025-03-12T13:30:00Z"
RISK = "2025-03-17T06:30:00Z"
CTO = "2025-03-13T08:15:00Z"
NOC = "2025-03-12T15:00:00Z"
DPO = "2025-03-14T10:00:00Z"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "mz001",
        "filters",
        "The tills in two shops could not take cards yesterday afternoon. Which alerts had cart-service yesterday? All"
        " columns please, I attach them to the store ticket.",
        "SELECT * FROM alerts WHERE service = 'cart-service'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        STORE,
    ),
    (
        "mz002",
        "filters",
        "show me critical alerts of checkout-web since monday",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'critical'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 13:30:00+00'",
        STORE,
    ),
    (
        "mz003",
        "filters",
        "Which alerts fired on the checkout services in the 30 minutes after payments-api v2.14.0 went live in"
        " production? Service, alert name and start time is enough.",
        "SELECT service, name, starts_at FROM alerts WHERE project = 'checkout'"
        " AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events WHERE service = 'payments-api'"
        " AND type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND coalesce(details['ref'], version) = 'v2.14.0')"
        " AND (SELECT min(timestamp) FROM change_events WHERE service = 'payments-api'"
        " AND type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 30 MINUTE",
        STORE,
    ),
    (
        "mz004",
        "filters",
        "Dear team, kindly list all critical payments-api alerts of Q1 2025 so far, with every column.",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'"
        " AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-17 06:30:00+00'",
        RISK,
    ),
    (
        "mz005",
        "filters",
        "Please share the production deployments that were followed by a critical alert on the same service within"
        " 30 minutes.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.environment = 'production' AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical'"
        " AND a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        RISK,
    ),
    (
        "mz006",
        "filters",
        "As per our change-control review, please show me the config changes done on production since 1 February,"
        " all columns.",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-17 06:30:00+00'",
        RISK,
    ),
    (
        "mz007",
        "filters",
        "prod alerts still firing rn?",
        "SELECT * FROM alerts WHERE environment_canonical = 'production'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 08:15:00+00')",
        CTO,
    ),
    (
        "mz008",
        "filters",
        "auth-api alerts in staging on tue",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        CTO,
    ),
    (
        "mz009",
        "filters",
        "which alerts went off w/in 15 min after a flag flip on the same svc",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change'"
        " AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        CTO,
    ),
    (
        "mz010",
        "filters",
        "For the shift handover: list the indexer alarms raised since 18:00 UTC yesterday, all fields.",
        "SELECT * FROM alerts WHERE service = 'indexer'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'",
        NOC,
    ),
    (
        "mz011",
        "filters",
        "Which alarms came in through PagerDuty yesterday?",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOC,
    ),
    (
        "mz012",
        "filters",
        "Kindly show the staging alarms that came within 15 minutes after a staging deploy of the same service"
        " yesterday.",
        "SELECT * FROM alerts a WHERE a.environment_canonical = 'staging' AND EXISTS (SELECT 1 FROM change_events c"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND c.service = a.service AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOC,
    ),
    (
        "mz013",
        "filters",
        "For our record of processing activities, please list every alert raised on the identity project in"
        " February 2025, all columns.",
        "SELECT * FROM alerts WHERE project = 'identity'"
        " AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        DPO,
    ),
    (
        "mz014",
        "filters",
        "Which alerts mention SMTP? Our e-mail provider is a processor, so I need to know.",
        "SELECT * FROM alerts WHERE name ILIKE '%smtp%' OR annotations['summary'] ILIKE '%smtp%'"
        " OR annotations['description'] ILIKE '%smtp%'",
        DPO,
    ),
    (
        "mz015",
        "filters",
        "Were there identity alerts within an hour after a feature flag change on the same service? Please list the"
        " alerts.",
        "SELECT * FROM alerts a WHERE a.project = 'identity' AND EXISTS (SELECT 1 FROM change_events c"
        " WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        DPO,
    ),
    # --------------------------------------------------------------------- time
    (
        "mz016",
        "time",
        "How many alerts had the checkout project yesterday between 14:00 and 16:00 UTC?",
        "SELECT count(*) FROM alerts WHERE project = 'checkout'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        STORE,
    ),
    (
        "mz017",
        "time",
        "When started the first cart-service alert on 11 March?",
        "SELECT min(starts_at) FROM alerts WHERE service = 'cart-service'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        STORE,
    ),
    (
        "mz018",
        "time",
        "What was firing on the checkout services in the moment the payments-api rollback went live yesterday?",
        "SELECT * FROM alerts WHERE project = 'checkout'"
        " AND starts_at <= (SELECT min(timestamp) FROM change_events WHERE service = 'payments-api'"
        " AND type = 'rollback' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        " AND (ends_at IS NULL OR ends_at > (SELECT min(timestamp) FROM change_events WHERE service = 'payments-api'"
        " AND type = 'rollback' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))",
        STORE,
    ),
    (
        "mz019",
        "time",
        "Kindly provide the number of alerts raised between 10 and 16 March.",
        "SELECT count(*) FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        RISK,
    ),
    (
        "mz020",
        "time",
        "Please revert with the payments-api alerts that started between 14:30 and 14:45 UTC on 11 March: service,"
        " alert name and start time.",
        "SELECT service, name, starts_at FROM alerts WHERE service = 'payments-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 14:45:00+00'",
        RISK,
    ),
    (
        "mz021",
        "time",
        "How many minutes passed between payments-api v2.14.0 going live in production and the first critical"
        " payments-api alert after it?",
        "SELECT round((epoch((SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'"
        " AND severity = 'critical' AND starts_at >= (SELECT min(timestamp) FROM change_events"
        " WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND coalesce(details['ref'], version) = 'v2.14.0')))"
        " - epoch((SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND type = 'deployment'"
        " AND phase = 'live' AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0')))"
        " / 60, 1)",
        RISK,
    ),
    (
        "mz022",
        "time",
        "what went off tue night 22-06 utc",
        "SELECT * FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        CTO,
    ),
    (
        "mz023",
        "time",
        "how many prod alerts this wk so far",
        "SELECT count(*) FROM alerts WHERE environment_canonical = 'production'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'",
        CTO,
    ),
    (
        "mz024",
        "time",
        "what changed in the 30 min before the first checkout-web alert on tue",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        " - INTERVAL 30 MINUTE"
        " AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        CTO,
    ),
    (
        "mz025",
        "time",
        "How many alarms have been raised in the last 24 hours?",
        "SELECT count(*) FROM alerts"
        " WHERE starts_at > TIMESTAMPTZ '2025-03-11 15:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'",
        NOC,
    ),
    (
        "mz026",
        "time",
        "Which alarms were active at 04:00 UTC today?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 04:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 04:00:00+00')",
        NOC,
    ),
    (
        "mz027",
        "time",
        "What was still firing at the moment kenji put on the indexer backlog silence this morning?",
        "SELECT * FROM alerts WHERE starts_at <= (SELECT min(created_at) FROM silences"
        " WHERE created_by ILIKE '%kenji%' AND service = 'indexer' AND comment ILIKE '%backlog%'"
        " AND created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        " AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences"
        " WHERE created_by ILIKE '%kenji%' AND service = 'indexer' AND comment ILIKE '%backlog%'"
        " AND created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'))",
        NOC,
    ),
    (
        "mz028",
        "time",
        "How many alerts were raised on the identity project in the first quarter so far?",
        "SELECT count(*) FROM alerts WHERE project = 'identity'"
        " AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'",
        DPO,
    ),
    (
        "mz029",
        "time",
        "When did the SMTP delivery alert on user-profile start, and when did it end?",
        "SELECT starts_at, ends_at FROM alerts WHERE service = 'user-profile' AND name ILIKE '%smtp%'",
        DPO,
    ),
    (
        "mz030",
        "time",
        "Which changes were made to the identity services in the hour before the DBPoolPendingAcquiresHigh alert on"
        " 28 February?",
        "SELECT * FROM change_events WHERE phase = 'live' AND project = 'identity' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE name = 'DBPoolPendingAcquiresHigh'"
        " AND starts_at >= TIMESTAMPTZ '2025-02-28 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')"
        " - INTERVAL 60 MINUTE"
        " AND (SELECT min(starts_at) FROM alerts WHERE name = 'DBPoolPendingAcquiresHigh'"
        " AND starts_at >= TIMESTAMPTZ '2025-02-28 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')",
        DPO,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "mz031",
        "aggregates",
        "How long lasted the checkout alerts yesterday in average, in minutes?",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts WHERE project = 'checkout'"
        " AND status = 'resolved'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        STORE,
    ),
    (
        "mz032",
        "aggregates",
        "How many different services of the checkout project had alert in March?",
        "SELECT count(DISTINCT service) FROM alerts WHERE project = 'checkout'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 13:30:00+00'",
        STORE,
    ),
    (
        "mz033",
        "aggregates",
        "On average, how many alerts came in the 15 minutes after each production deploy of a checkout service?",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.fingerprint) AS n FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'"
        " AND c.project = 'checkout' GROUP BY c.id)",
        STORE,
    ),
    (
        "mz034",
        "aggregates",
        "What percentage of the February alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        RISK,
    ),
    (
        "mz035",
        "aggregates",
        "Kindly advise the mean time to resolve of payments-api incidents, in minutes.",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups"
        " WHERE service = 'payments-api' AND resolved_at IS NOT NULL",
        RISK,
    ),
    (
        "mz036",
        "aggregates",
        "What share of production deployments were followed by an alert on the same service within 15 minutes?",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)"
        " FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
        RISK,
    ),
    (
        "mz037",
        "aggregates",
        "avg alerts per day this wk",
        "SELECT round(avg(n), 1) FROM (SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS d, count(*) AS n FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'"
        " GROUP BY d)",
        CTO,
    ),
    (
        "mz038",
        "aggregates",
        "median time to resolve for incidents in march, mins",
        "SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups"
        " WHERE resolved_at IS NOT NULL"
        " AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'",
        CTO,
    ),
    (
        "mz039",
        "aggregates",
        "how many deplyos had 0 alerts in the 15m after",
        "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        CTO,
    ),
    (
        "mz040",
        "aggregates",
        "How many alarms per severity yesterday?",
        "SELECT severity, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY severity ORDER BY alerts DESC, severity",
        NOC,
    ),
    (
        "mz041",
        "aggregates",
        "Kindly, what is the average snooze length in minutes?",
        "SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'",
        NOC,
    ),
    (
        "mz042",
        "aggregates",
        "For the alarms that started within 15 minutes after a deployment of the same service, what was their"
        " average duration in minutes?",
        "SELECT round(avg(epoch(a.ends_at) - epoch(a.starts_at)) / 60, 1) FROM alerts a WHERE a.status = 'resolved'"
        " AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOC,
    ),
    (
        "mz043",
        "aggregates",
        "How long, in minutes, did the longest resolved incident on the identity project last?",
        "SELECT round(max(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups"
        " WHERE project = 'identity' AND resolved_at IS NOT NULL",
        DPO,
    ),
    (
        "mz044",
        "aggregates",
        "Per identity service, how many alerts since 1 January?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE project = 'identity'"
        " AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'"
        " GROUP BY service ORDER BY alerts DESC, service",
        DPO,
    ),
    (
        "mz045",
        "aggregates",
        "On average, how many minutes before each identity incident did its suspect change go live?",
        "SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects WHERE project = 'identity'",
        DPO,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "mz046",
        "top_n",
        "Top 3 services by number of alerts yesterday?",
        "SELECT service, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        STORE,
    ),
    (
        "mz047",
        "top_n",
        "Which checkout service had the most alerts in March? Just the one.",
        "SELECT service, count(*) AS alerts FROM alerts WHERE project = 'checkout'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 13:30:00+00'"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        STORE,
    ),
    (
        "mz048",
        "top_n",
        "Which service had the most other alerts starting while the HikariPoolPendingConnections alert was firing?"
        " Service and count.",
        "SELECT a.service, count(*) AS alerts FROM alerts a JOIN alerts h"
        " ON h.name = 'HikariPoolPendingConnections'"
        " AND a.starts_at >= h.starts_at AND (h.ends_at IS NULL OR a.starts_at <= h.ends_at)"
        " WHERE a.name <> 'HikariPoolPendingConnections'"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        STORE,
    ),
    (
        "mz049",
        "top_n",
        "Please share the top 3 alert names by number of alerts since 1 January.",
        "SELECT name, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-17 06:30:00+00'"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 3",
        RISK,
    ),
    (
        "mz050",
        "top_n",
        "Which user account made the most production changes in March? Humans only, not argocd or the"
        " deployment controller.",
        "SELECT actor, count(*) AS changes FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND actor NOT IN ('argocd (automated)', 'deployment-controller')"
        " AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-17 06:30:00+00'"
        " GROUP BY actor ORDER BY changes DESC, actor LIMIT 1",
        RISK,
    ),
    (
        "mz051",
        "top_n",
        "Whose deployments were named the suspect for the most incidents? The top two actors, with the number of"
        " incidents.",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects"
        " WHERE change_type = 'deployment' GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2",
        RISK,
    ),
    (
        "mz052",
        "top_n",
        "top 2 noisiest alert names this wk",
        "SELECT name, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
        CTO,
    ),
    (
        "mz053",
        "top_n",
        "which svc logged the most error lines on tue? need one name for the investor update lol",
        "SELECT service, count(*) AS errors FROM log_events WHERE is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY service ORDER BY errors DESC, service LIMIT 1",
        CTO,
    ),
    (
        "mz054",
        "top_n",
        "which svc got the most alerts w/in 15m after its own deploys",
        "SELECT a.service, count(DISTINCT a.fingerprint || a.starts_at::VARCHAR) AS alerts FROM alerts a"
        " JOIN change_events c ON c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        CTO,
    ),
    (
        "mz055",
        "top_n",
        "Which 2 hours of yesterday had the most alarms? Hour and count.",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY hour ORDER BY alerts DESC, hour LIMIT 2",
        NOC,
    ),
    (
        "mz056",
        "top_n",
        "Top 3 services by number of alarms over the last 7 days, for the weekly NOC report.",
        "SELECT service, count(*) AS alerts FROM alerts"
        " WHERE starts_at > TIMESTAMPTZ '2025-03-05 15:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        NOC,
    ),
    (
        "mz057",
        "top_n",
        "Which person acked the most alarms while they were still firing?",
        "SELECT l.actor, count(*) AS acks FROM audit_log l WHERE l.action = 'ack' AND EXISTS (SELECT 1 FROM alerts a"
        " WHERE a.name = list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value"
        " AND a.service = list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value"
        " AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))"
        " GROUP BY l.actor ORDER BY acks DESC, l.actor LIMIT 1",
        NOC,
    ),
    (
        "mz058",
        "top_n",
        "Which identity service had the most incidents in February? One name.",
        "SELECT service, count(*) AS incidents FROM alert_groups WHERE project = 'identity'"
        " AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " GROUP BY service ORDER BY incidents DESC, service LIMIT 1",
        DPO,
    ),
    (
        "mz059",
        "top_n",
        "Which two people created the most silences overall?",
        "SELECT created_by, count(*) AS silences FROM silences"
        " GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2",
        DPO,
    ),
    (
        "mz060",
        "top_n",
        "Which identity service had the most alerts within an hour after a change on the same service? Service and"
        " count.",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE a.project = 'identity' AND EXISTS (SELECT 1"
        " FROM change_events c WHERE c.phase = 'live' AND c.service = a.service"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        DPO,
    ),
    # ------------------------------------------------------------------ changes
    (
        "mz061",
        "changes",
        "Which version of cart-service is now live in production? The tills call it.",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'cart-service'"
        " AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback')"
        " ORDER BY timestamp DESC LIMIT 1",
        STORE,
    ),
    (
        "mz062",
        "changes",
        "Who deployed to the checkout services yesterday?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' AND project = 'checkout'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        STORE,
    ),
    (
        "mz063",
        "changes",
        "Which rollbacks went live while an incident on the same service was still open?",
        "SELECT * FROM change_events c WHERE c.type = 'rollback' AND c.phase = 'live' AND EXISTS (SELECT 1"
        " FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment"
        " AND g.opened_at <= c.timestamp AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))",
        STORE,
    ),
    (
        "mz064",
        "changes",
        "Please list every production flag change this year: the flag summary, who made it and when.",
        "SELECT summary, actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-17 06:30:00+00'",
        RISK,
    ),
    (
        "mz065",
        "changes",
        "Who performed rollbacks in production in 2025?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        " AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-17 06:30:00+00'",
        RISK,
    ),
    (
        "mz066",
        "changes",
        "Which production changes were made while a critical incident was open on the same service?",
        "SELECT * FROM change_events c WHERE c.phase = 'live' AND c.environment = 'production' AND EXISTS (SELECT 1"
        " FROM alert_groups g WHERE g.max_severity = 'critical' AND g.service = c.service"
        " AND g.environment = c.environment"
        " AND g.opened_at <= c.timestamp AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))",
        RISK,
    ),
    (
        "mz067",
        "changes",
        "what shipped to prod on tue",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        CTO,
    ),
    (
        "mz068",
        "changes",
        "payments-api versions staging vs prod",
        "SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events"
        " WHERE service = 'payments-api' AND phase = 'live' AND type IN ('deployment', 'rollback')"
        " AND environment IN ('staging', 'production') GROUP BY environment",
        CTO,
    ),
    (
        "mz069",
        "changes",
        "any deploy in the 15 min before the checkout flow 503 page??",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE name ILIKE '%checkout flow%503%')"
        " - INTERVAL 15 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE name ILIKE '%checkout flow%503%')",
        CTO,
    ),
    (
        "mz070",
        "changes",
        "How many changes went live in production yesterday between 06:00 and 18:00 UTC?",
        "SELECT count(*) FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 06:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 18:00:00+00'",
        NOC,
    ),
    (
        "mz071",
        "changes",
        "Last deploy of each service in production: service, version and time.",
        "SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version, max(timestamp) AS at"
        " FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " GROUP BY service",
        NOC,
    ),
    (
        "mz072",
        "changes",
        "Which deploys yesterday were followed by an alarm on the same service within 15 minutes? Service, version"
        " and time.",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp FROM change_events c"
        " WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOC,
    ),
    (
        "mz073",
        "changes",
        "Which changes did lucie.novak@acme.io make on the identity project this year? All columns.",
        "SELECT * FROM change_events WHERE phase = 'live' AND actor = 'lucie.novak@acme.io' AND project = 'identity'"
        " AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'",
        DPO,
    ),
    (
        "mz074",
        "changes",
        "Which feature flag changes were made on auth-api? The flag summary, the person and the time.",
        "SELECT summary, actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND service = 'auth-api'",
        DPO,
    ),
    (
        "mz075",
        "changes",
        "Which changes to the identity services were named as the suspect of an incident? All columns of the change.",
        "SELECT * FROM change_events WHERE project = 'identity' AND id IN (SELECT change_id FROM incident_suspects)",
        DPO,
    ),
    # ----------------------------------------------------------------- silences
    (
        "mz076",
        "silences",
        "Who put the silence on cart-service, and what comment did they write?",
        "SELECT created_by, comment FROM silences WHERE service = 'cart-service'",
        STORE,
    ),
    (
        "mz077",
        "silences",
        "How many minutes was the cart-service silence actually in place?",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)"
        " FROM silences WHERE service = 'cart-service'",
        STORE,
    ),
    (
        "mz078",
        "silences",
        "Which cart-service alerts were firing while its silence was on?",
        "SELECT a.* FROM alerts a JOIN silences s ON s.service = 'cart-service' AND a.service = 'cart-service'"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))"
        " AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)",
        STORE,
    ),
    (
        "mz079",
        "silences",
        "Kindly list the silences created outside business hours this year, all columns.",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-17 06:30:00+00'"
        " AND (isodow(created_at) IN (6, 7) OR hour(created_at) < 9 OR hour(created_at) >= 17)",
        RISK,
    ),
    (
        "mz080",
        "silences",
        "Which silences were expired early, and by whom?",
        "SELECT * FROM silences WHERE expired_at IS NOT NULL",
        RISK,
    ),
    (
        "mz081",
        "silences",
        "Were any silences created while an incident on the same service was open? Please list them.",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))",
        RISK,
    ),
    (
        "mz082",
        "silences",
        "silences kenji made this month",
        "SELECT * FROM silences WHERE created_by ILIKE '%kenji%'"
        " AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'",
        CTO,
    ),
    (
        "mz083",
        "silences",
        "avg silence lenght in hrs",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences",
        CTO,
    ),
    (
        "mz084",
        "silences",
        "silences created w/in 10 min after an alert on the same svc started: silence id, author, alert name, alert"
        " start",
        "SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s JOIN alerts a"
        " ON a.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE",
        CTO,
    ),
    (
        "mz085",
        "silences",
        "List the silences created in the last 48 hours.",
        "SELECT * FROM silences"
        " WHERE created_at > TIMESTAMPTZ '2025-03-10 15:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-12 15:00:00+00'",
        NOC,
    ),
    (
        "mz086",
        "silences",
        "How many silences has kenji created in total?",
        "SELECT count(*) FROM silences WHERE created_by ILIKE '%kenji%'",
        NOC,
    ),
    (
        "mz087",
        "silences",
        "For each weekly reindex silence, how many alarms did Alertmanager hold back under it? Zero included.",
        "SELECT s.silence_id, count(m.id) AS muted FROM silences s"
        " LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)"
        " WHERE s.comment ILIKE '%weekly%reindex%' GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id",
        NOC,
    ),
    (
        "mz088",
        "silences",
        "Who silenced anything on the identity services, and when was each silence created?",
        "SELECT created_by, created_at FROM silences WHERE project = 'identity'"
        " OR service IN (SELECT service FROM alerts WHERE project = 'identity'"
        " UNION SELECT service FROM change_events WHERE project = 'identity')",
        DPO,
    ),
    (
        "mz089",
        "silences",
        "How many silences had more than two matchers?",
        "SELECT count(*) FROM silences WHERE len(matchers) > 2",
        DPO,
    ),
    (
        "mz090",
        "silences",
        "Which silences on the identity services were created within an hour after an alert on the same service"
        " started?",
        "SELECT * FROM silences s WHERE s.service IN (SELECT service FROM alerts WHERE project = 'identity'"
        " UNION SELECT service FROM change_events WHERE project = 'identity') AND EXISTS (SELECT 1 FROM alerts a"
        " WHERE a.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)",
        DPO,
    ),
    # -------------------------------------------------------------------- joins
    (
        "mz091",
        "joins",
        "For each production deploy of a checkout service yesterday: service, version and how many alerts on that"
        " service in the next 30 minutes.",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts"
        " FROM change_events c LEFT JOIN alerts a ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' AND c.project = 'checkout'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY c.id, c.service, c.details, c.version",
        STORE,
    ),
    (
        "mz092",
        "joins",
        "Which incidents on the checkout services had an early warning before them? Service, alert name and when it"
        " opened.",
        "SELECT DISTINCT g.service, g.group_labels['alertname'] AS alertname, g.opened_at FROM alert_groups g"
        " WHERE g.project = 'checkout' AND g.id IN (SELECT group_id FROM incident_warnings)",
        STORE,
    ),
    (
        "mz093",
        "joins",
        "For yesterday's checkout incidents, what was the suspect change? Incident service, alert name, suspect"
        " service and its version.",
        "SELECT service, group_labels['alertname'] AS alertname, change_service,"
        " coalesce(change_details['ref'], change_version) AS version FROM incident_suspects"
        " WHERE project = 'checkout'"
        " AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        STORE,
    ),
    (
        "mz094",
        "joins",
        "Kindly list the critical incidents that have no resolution recorded: service, alert name and opening time.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at FROM alert_groups g"
        " WHERE g.max_severity = 'critical' AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)",
        RISK,
    ),
    (
        "mz095",
        "joins",
        "How were the payments-api incidents fixed? Opening time, alert name, root cause and fix.",
        "SELECT g.opened_at, g.group_labels['alertname'] AS alertname, r.root_cause, r.fix FROM alert_groups g"
        " JOIN resolutions r ON r.group_id = g.id WHERE g.service = 'payments-api'",
        RISK,
    ),
    (
        "mz096",
        "joins",
        "Please list the deployments that were followed by a rollback of the same service within an hour: service,"
        " deployed version, deploy time and rollback time.",
        "SELECT d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp AS deployed_at,"
        " r.timestamp AS rolled_back_at FROM change_events d JOIN change_events r ON r.type = 'rollback'"
        " AND r.phase = 'live' AND r.service = d.service AND r.environment = d.environment"
        " AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE"
        " WHERE d.type = 'deployment' AND d.phase = 'live'",
        RISK,
    ),
    (
        "mz097",
        "joins",
        "incidents this wk w/ their suspect if any: svc, alert, opened, suspect version",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,"
        " coalesce(s.change_details['ref'], s.change_version) AS suspect_version FROM alert_groups g"
        " LEFT JOIN incident_suspects s ON s.group_id = g.id"
        " WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND g.opened_at <= TIMESTAMPTZ '2025-03-13 08:15:00+00'",
        CTO,
    ),
    (
        "mz098",
        "joins",
        "which deploys caused incidents this month",
        "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)"
        " AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 08:15:00+00'",
        CTO,
    ),
    (
        "mz099",
        "joins",
        "how many incidents had neither an early warning nor a suspect change",
        "SELECT count(*) FROM alert_groups g WHERE g.id NOT IN (SELECT group_id FROM incident_warnings)"
        " AND g.id NOT IN (SELECT group_id FROM incident_suspects)",
        CTO,
    ),
    (
        "mz100",
        "joins",
        "For each early warning on payments-api yesterday, how many payments-api alarms started in the 15 minutes"
        " after it? Warning kind, its start and the count.",
        "SELECT w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts FROM warnings w"
        " LEFT JOIN alerts a ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']"
        " AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE"
        " WHERE w.labels['service'] = 'payments-api'"
        " AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY w.id, kind, w.starts_at",
        NOC,
    ),
    (
        "mz101",
        "joins",
        "Which services had alarms within 15 minutes after a change of any kind on the same service?",
        "SELECT DISTINCT a.service FROM alerts a JOIN change_events c ON c.phase = 'live' AND c.service = a.service"
        " AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE",
        NOC,
    ),
    (
        "mz102",
        "joins",
        "Which incidents opened while a silence on the same service was in effect? Service, alert name and opening"
        " time.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at FROM alert_groups g"
        " WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND g.opened_at >= s.starts_at AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOC,
    ),
    (
        "mz103",
        "joins",
        "For the identity incidents that have a written resolution: service, alert name, root cause and who resolved"
        " it.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, r.root_cause, r.resolved_by FROM alert_groups g"
        " JOIN resolutions r ON r.group_id = g.id WHERE g.project = 'identity'",
        DPO,
    ),
    (
        "mz104",
        "joins",
        "Which silences were created during an incident on the identity services, and by whom? Silence id, author"
        " and the incident's alert name.",
        "SELECT s.silence_id, s.created_by, g.group_labels['alertname'] AS alertname FROM silences s"
        " JOIN alert_groups g ON g.project = 'identity' AND g.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at)",
        DPO,
    ),
    (
        "mz105",
        "joins",
        "Which changes to the identity services came in the 30 minutes before a critical identity incident? Change"
        " summary, who made it and the incident's alert name.",
        "SELECT c.summary, c.actor, g.group_labels['alertname'] AS alertname FROM change_events c"
        " JOIN alert_groups g ON g.project = 'identity' AND g.max_severity = 'critical' AND g.service = c.service"
        " AND g.environment = c.environment"
        " AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at"
        " WHERE c.phase = 'live' AND c.project = 'identity'",
        DPO,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "mz106",
        "refusals",
        "Which alerts did pos-gateway raise yesterday? The tills talk to it.",
        "ungrounded",
        STORE,
    ),
    (
        "mz107",
        "refusals",
        "Which receipt printer driver works best on Linux tills?",
        "not_about_this_data",
        STORE,
    ),
    (
        "mz108",
        "refusals",
        "Please silence the cart-service alerts for the rest of the day, the shops are closing anyway.",
        "asks_to_change_data",
        STORE,
    ),
    (
        "mz109",
        "refusals",
        "Kindly list the production deployments made by faisal.alqahtani this quarter.",
        "ungrounded",
        RISK,
    ),
    (
        "mz110",
        "refusals",
        "What does SAMA require us to report after a major operational incident, and within how many hours?",
        "not_about_this_data",
        RISK,
    ),
    (
        "mz111",
        "refusals",
        "Dear team, kindly mark the open checkout-web incident as resolved so it is off the risk register.",
        "asks_to_change_data",
        RISK,
    ),
    (
        "mz112",
        "refusals",
        "any alerts in canary rn",
        "ungrounded",
        CTO,
    ),
    (
        "mz113",
        "refusals",
        "k8s or nomad for a 12 person startup, honestly?",
        "not_about_this_data",
        CTO,
    ),
    (
        "mz114",
        "refusals",
        "roll payments-api back to v2.13.2 in prod pls",
        "asks_to_change_data",
        CTO,
    ),
    (
        "mz115",
        "refusals",
        "Which alarms came from cluster prod-af-south-1 today?",
        "ungrounded",
        NOC,
    ),
    (
        "mz116",
        "refusals",
        "Kindly acknowledge all the open indexer alarms on my behalf before handover.",
        "asks_to_change_data",
        NOC,
    ),
    (
        "mz117",
        "refusals",
        "What is a good escalation matrix template for a NOC with three shifts?",
        "not_about_this_data",
        NOC,
    ),
    (
        "mz118",
        "refusals",
        "Which alerts did consent-service raise in February?",
        "ungrounded",
        DPO,
    ),
    (
        "mz119",
        "refusals",
        "Under the GDPR, do we have 72 hours to notify the supervisory authority after a personal data breach?",
        "not_about_this_data",
        DPO,
    ),
    (
        "mz120",
        "refusals",
        "Please delete the user-profile log lines that contain e-mail addresses.",
        "asks_to_change_data",
        DPO,
    ),
]
