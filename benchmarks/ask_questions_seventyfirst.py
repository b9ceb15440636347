"""The seventy-first ask question set: ids yy001..yy120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes (/work/shared/DESIGN.md, whole), docs/store.md (printed whole; its middle,
cut off by the terminal, printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone
(taken as the rules for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find its
line range, and the section's middle, cut off by the terminal, was printed again by range), the module docstring of
``ask_questions`` (its first 150 lines) and its code (the end of the file with blank lines dropped: how a set is wired
and split; this set is not wired in by its author), the module docstrings of the earlier sets up to the sixty-ninth,
printed with ``ast`` into a scratch file and grepped for roles, cities and languages (the forty-ninth's was read whole
and its "Conventions" list followed where a question leaves room; the seventieth set, written at the same time, was not
opened), the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format) and, in passing,
the lines defining that file's module-level now constants (one grep), and the demo store itself, copied and opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage). Nothing else was read, beyond file names seen in directory listings of ``benchmarks/``, the project root and
the folder the brief came from. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person,
environment or cluster the store does not hold); any other gold is a single DuckDB SELECT over the documented tables
and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no Armenian, Tunisian,
Zambian or Bosnian voice and nobody in Yerevan, Tunis, Lusaka, Sarajevo or Kochi; no concert-ticketing presale, no GxP
compliance officer, no online marketplace's seller support, no agritech startup and no bank branch technician;
ticketing has spoken before, a ski resort's lift passes, a ferry line and a concert stream, but not a presale). Each
asks three questions in every category (24 each, three of them refusals):

- the on-call engineer of a concert-ticketing platform in Yerevan during a big presale, typing on a phone at 13:00 AMT
  on Wednesday 12 March (2025-03-12 09:00 UTC); the platform's payment step calls payments-api and checkout-web:
  lower case, "yday", "rn", "n" for "and", "w/in", "wat", "anythng", "r", "svc", "crit", "hr", "mins", "kenjis";
- a GxP compliance officer of a pharmaceutical laboratory in Tunis assembling the data-integrity audit trail of the
  systems the lab's ordering portal depends on, at 10:00 CET on Friday 14 March (2025-03-14 09:00 UTC), whose first
  languages are Arabic and French: formal ("Please provide", "effected", "persons", "the period 1 - 28 February",
  "since the 1 February", "the month of March"), who changed, silenced, acked or ended what;
- the seller-support lead of an online marketplace in Lusaka relaying sellers' complaints about the checkout failures
  of 11 March, at 14:00 CAT on Wednesday 12 March (2025-03-12 12:00 UTC): Zambian English ("is it" as a tag, "Kindly"),
  gives clock times in UTC because the sellers' tickets are stamped so, screenshots from sellers;
- the only SRE of an agritech startup in Sarajevo (farm sensors feed a dashboard that signs in through the identity
  services and sells subscriptions through checkout) doing the weekly review, at 09:00 CET on Thursday 13 March
  (2025-03-13 08:00 UTC), whose first language is Bosnian: articles dropped ("deployment of same service"), "how much"
  for "how many", "was" for "were" ("Which scale-downs was there"), dates written day first ("11.03.");
- an IT technician of a regional bank's branches in Kochi, whose branch terminals sign in through auth-api, in the
  first weeks on the on-call rota, at 10:00 IST on Monday 17 March (2025-03-17 04:30 UTC): Indian English from a phone
  ("sir", "pls", "what all", "n", "i am new"), asks what a new on-caller needs to know about last week.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(payments-api alerts after the v2.14.0 deploy, deploys followed by a critical alert, cart-service alerts while v2.14.0
was live, incidents after a deploy of the same service, auth-api alerts after the Passkey login flag), four in time
(minutes from the v2.14.0 deploy to the first payments-api alert, changes in the hour before the Vault alert, changes
before the first checkout-web alert, alerts in the hour after the New checkout flow flag), five in aggregates (the
suspects' mean lag, the share of deploys followed by an alert, alerts after each deploy averaged, incidents with an
early warning, incidents with a suspect), five in top_n (the service with the most deploy-blamed incidents, whose
changes were suspects, the checkout service with most alerts after v2.14.0, alerts after a service's own deploys,
deployers whose deploys were followed by an alert), five in changes (deploys followed by a critical alert, deploys that
were suspects, deploys with no alert after them, changes during an open incident, last week's deploys that caused
incidents), five in silences (indexer alerts firing while kenji's silence was on, silences created during an incident,
alerts held back per silence, silences Alertmanager says muted something, alerts that fired during a silence) and all
fifteen joins (yy093 relates two kinds of change, deploys and rollbacks). No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the seller-support lead says
  "UTC" where a clock matters; the others' teams keep UTC boards), so no question is read in another zone. The nows:
  the ticketing on-call 2025-03-12 09:00, the compliance officer 2025-03-14 09:00, the seller-support lead 2025-03-12
  12:00, the agritech SRE 2025-03-13 08:00, the bank technician Monday 2025-03-17 04:30, all after every record.
  "Yday", "yesterday" are 11 March for the ticketing on-call and the seller-support lead (``[2025-03-11,
  2025-03-12)``); "the 11th", "11 March", "11.03." the same day; "last week" (the bank technician's) is Monday to
  Monday ``[2025-03-10, 2025-03-17)``; "last 7 days" and "last 12 hrs" are ``(now - N, now]``; "since the 1 February"
  and "the month of March" run to now; "the period 1 - 28 February" is ``[2025-02-01, 2025-03-01)``; "the incidents of
  March" from 2025-03-01 to now; a clock range ("between 12:00 and 18:00 UTC", "between 10 and 12 o'clock",
  "between 00:00 and 06:00") includes its start and excludes its end. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit
  entry's ``timestamp``, a log line's or sample's ``timestamp``); "what was firing at exactly 14:45" is the state at
  that instant; "rn", "open rn", "muted rn" the state at now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place", "really in place");
  "set for" is the scheduled ``starts_at`` to ``ends_at``. Changes are their ``phase = 'live'`` reports: "deploys"
  ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows and counts
  twice, e.g. in yy044 and yy092), "rollbacks", "config changes", "flag changes" / "flag flips", "scale-downs" (scale
  events whose ``details['replicas_to']`` is below ``details['replicas_from']`` as integers) their types; "every
  rollback of February, requested or live" alone asks for both phases. A version is ``coalesce(details['ref'],
  version)`` (``coalesce(change_details['ref'], change_version)`` in the incident views); the version "live in prod rn"
  and "as they are now" is that of the last live deployment or rollback of that service and environment; "what
  versions of auth-api went out to staging" each version once. People are as stored: "sokafor" is the actor
  ``sokafor`` (not ``sade.okafor@acme.io``, a different spelling the PagerDuty reports carry); "kenjis nightly reindex
  silence on the 11th" is the indexer silence kenji.tanaka@acme.io created that day. "The v2.14.0 deploy" is the live
  production deployment of payments-api v2.14.0 at 14:31:22 on 11 March; "the rollback" the live production rollback of
  payments-api at 14:56:37; "the Passkey login flag ... in staging" the live staging flag change at 09:49:00.401; "the
  New checkout flow flag ... in production" the one at 10:41:59.974; "the VaultLeaseRenewalFailures alert" and "the
  HikariPoolPendingConnections alert" each fired once. "Checkout service" is ``project = 'checkout'``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]``; "in the hour before" / "in the
  30 minutes before" an alert is ``[t - N, t]``, the changes being those of the alert's environment (production) and
  any service; "while payments-api v2.14.0 was live, from its deploy up to the rollback going live" is ``[14:31:22,
  14:56:37]``; alerts "in the hour after the New checkout flow flag went on, any service" are every alert that started
  in ``[t, t + 1 h]``. Changes "made while a production incident on the same service was open" have their time inside
  the incident's span, ends included. A silence meets alerts and incidents on its service and, when it pins one, its
  environment: alerts "firing while" a silence was on overlap its span; alerts that "fired during an active silence"
  started inside it (start included, end excluded); silences "created while an incident on the same service was open"
  were created inside the incident's span, ends included; silences "created within an hour after an alert on the same
  service started" in ``[start, start + 1 h]``, one row per pair. "Suspect" is ``incident_suspects``: "which
  deployments were named as the suspect" and "which deploys caused incidents" are the ``change_events`` deployment
  rows some incident's suspect names by ``change_id`` (any phase that is named; last week's by the change's own time);
  "whose changes were the suspect for the most incidents" counts distinct incidents per ``change_actor``; "the service
  with the most incidents blamed on a deploy" counts suspect rows of type deployment per incident service; "caused by
  a deployment of another service" is ``change_service <> service``; "avg mins between the suspect change n its
  incident" is the mean of ``lag_s`` in minutes. "Had an early warning before them" is a row in
  ``incident_warnings`` (yy097 lists its pairs, incident and warning, with ``lead_min``; "within 15 minutes after an
  early warning" is ``lead_min <= 15``); "for each early warning on checkout-web" is every ``warnings`` row whose
  ``service`` label is checkout-web, with the production checkout-web alerts that started in ``[w, w + 15 min]``.
  "Fixed by rolling back" is a ``resolutions`` row of the incident whose ``fix`` says "rolled back", "roll back" or
  "rollback"; "how they got fixed" joins ``resolutions`` on ``group_id``. "How many alerts did Alertmanager hold back
  under it" counts the ``alert_mutes`` rows whose ``silenced_by`` names the silence, every silence listed; "really
  muted something" is a silence ``alert_mutes`` names. A metric "while the X alert was firing" is its samples inside
  the alert's span. "For each prod deploy yday: svc, version n how many alerts in the 30 min after" is one row per
  deploy (a ``LEFT JOIN``, 0 included).
- Aggregates: durations in minutes to one decimal (hours for "silenced hours"); "MTTR last week" is the incidents'
  (opened last week and resolved, open to resolved); an average snooze is the mean ``duration_s``; percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects; "on average, how many alerts ... after each
  production deploy" is the mean of per-deploy counts, deploys with none counting 0; a metric's maximum and mean as
  stored (mean to one decimal). "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``; "outside"
  them any other time. "How much log lines per environment", "alerts per svc", "silences by each person",
  "silenced hours per author" are values with their counts (sums), most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("only the
  first one", "only top person", "only one" ask for one row; "the 3 least noisy services last week" are three with one
  alert each, the fourth has two). "Which hour yday had the most alerts" and "which day had most alerts" are the UTC
  bucket's start with its count; "which 2 metric keys" rank warnings per ``metric_key``; "the service with the most
  alerts starting within 30 minutes after its own deployments" counts distinct alerts. "Who ..., and when?" is the
  person and the time of each act; "who put the silence on cart-service, and who took it off" its ``created_by`` and
  ``expired_by``; "when was checkout-web last deployed to production" is that deploy's row.
- Refusals: the service "ticket-gateway", the service "seller-dashboard", the person "amira.bensalah@acme.io", the
  "preprod" environment (the store has production and staging only) and the cluster "prod-ap-south-1" (the store has
  prod-eu-west-1 and staging-eu-west-1) are ungrounded; a presale waiting-room size, the audit-trail requirements of
  21 CFR Part 11, the wording of a refund message to sellers, InfluxDB against TimescaleDB and ATM network failover
  are not about this data; muting payments-api, deleting audit entries, marking an incident resolved, rolling back
  payments-api and acking the firing alerts ask to change the data.
"""

TIX = "2025-03-12T09:00:00Z"
GXP = "2025-03-14T09:00:00Z"
SELLER = "2025-03-12T12:00:00Z"
AGRI = "2025-03-13T08:00:00Z"
BRANCH = "2025-03-17T04:30:00Z"

D11 = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
D12 = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
V214 = "TIMESTAMPTZ '2025-03-11 14:31:22+00'"
WK0 = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
WK1 = "TIMESTAMPTZ '2025-03-17 00:00:00+00'"

ROWS = [
    # ---------------- filters ----------------
    (
        "yy001",
        "filters",
        "crit alerts in prod yday?? presale starts in 2h",
        f"SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production' "
        f"AND starts_at >= {D11} AND starts_at < {D12}",
        TIX,
    ),
    (
        "yy002",
        "filters",
        "wat fired on payments-api w/in 30min after the v2.14.0 deploy went out",
        f"SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
        f"AND starts_at BETWEEN {V214} AND {V214} + INTERVAL 30 MINUTE",
        TIX,
    ),
    (
        "yy003",
        "filters",
        "anythng still firing on indexer rn",
        "SELECT * FROM alerts WHERE service = 'indexer' AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')",
        TIX,
    ),
    (
        "yy004",
        "filters",
        "Good morning. For the audit trail, please provide the configuration changes effected in production "
        "since the 1 February.",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'",
        GXP,
    ),
    (
        "yy005",
        "filters",
        "Please list the production deployments which were followed by a critical alert on the same service "
        "within 30 minutes.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.environment = 'production' AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.severity = 'critical' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        GXP,
    ),
    (
        "yy006",
        "filters",
        "Please provide all the acknowledgements recorded in the month of March, all columns.",
        "SELECT * FROM audit_log WHERE action = 'ack' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'",
        GXP,
    ),
    (
        "yy007",
        "filters",
        "Our sellers are saying the checkout was failing yesterday afternoon, is it. Which checkout-web alerts "
        "fired between 12:00 and 18:00 UTC yesterday?",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'",
        SELLER,
    ),
    (
        "yy008",
        "filters",
        "Which cart-service alerts started while payments-api v2.14.0 was live in production, from its deploy up "
        "to the rollback going live?",
        f"SELECT * FROM alerts WHERE service = 'cart-service' AND starts_at >= {V214} "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'",
        SELLER,
    ),
    (
        "yy009",
        "filters",
        "Kindly show me the warning-level alerts for checkout-web, all of them",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND severity = 'warning'",
        SELLER,
    ),
    (
        "yy010",
        "filters",
        "Give me alerts on token-service in staging, all columns.",
        "SELECT * FROM alerts WHERE service = 'token-service' AND environment_canonical = 'staging'",
        AGRI,
    ),
    (
        "yy011",
        "filters",
        "Which incidents in production was opened within 15 minutes after deployment of same service?",
        "SELECT * FROM alert_groups g WHERE g.environment = 'production' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = g.service "
        "AND c.environment = g.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        AGRI,
    ),
    (
        "yy012",
        "filters",
        "Error log lines of payments-api in staging, please, whole rows",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'staging' AND is_error",
        AGRI,
    ),
    (
        "yy013",
        "filters",
        "sir, last week's rollbacks pls",
        f"SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        f"AND timestamp >= {WK0} AND timestamp < {WK1}",
        BRANCH,
    ),
    (
        "yy014",
        "filters",
        "which auth-api alerts came within 2 hours after the Passkey login flag was switched on in staging?",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging' "
        "AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 09:49:00.401+00' "
        "AND TIMESTAMPTZ '2025-03-11 09:49:00.401+00' + INTERVAL 2 HOUR",
        BRANCH,
    ),
    (
        "yy015",
        "filters",
        "what all incidents are open rn? first shift for me, pls help",
        "SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-17 04:30:00+00' "
        "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 04:30:00+00')",
        BRANCH,
    ),
    # ---------------- time ----------------
    (
        "yy016",
        "time",
        "when did the 1st payments-api alert fire yday",
        f"SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= {D11} "
        f"AND starts_at < {D12}",
        TIX,
    ),
    (
        "yy017",
        "time",
        "how many mins between v2.14.0 going live n the first payments-api alert after it",
        "SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) FROM alerts "
        f"WHERE service = 'payments-api' AND starts_at >= {V214}",
        TIX,
    ),
    (
        "yy018",
        "time",
        "alerts that started in the last 12 hrs",
        "SELECT * FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-11 21:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'",
        TIX,
    ),
    (
        "yy019",
        "time",
        "Please list the silences created in the period 1 - 28 February.",
        "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
        "AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        GXP,
    ),
    (
        "yy020",
        "time",
        "Which changes were effected in production in the hour before the VaultLeaseRenewalFailures alert started?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND timestamp BETWEEN TIMESTAMPTZ '2025-01-27 14:21:34.716957+00' - INTERVAL 1 HOUR "
        "AND TIMESTAMPTZ '2025-01-27 14:21:34.716957+00'",
        GXP,
    ),
    (
        "yy021",
        "time",
        "At what time did the last production deployment go live on 11 March?",
        f"SELECT max(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND environment = 'production' AND timestamp >= {D11} AND timestamp < {D12}",
        GXP,
    ),
    (
        "yy022",
        "time",
        "A seller sent a screenshot from 14:45 UTC yesterday. What was firing at exactly 14:45?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')",
        SELLER,
    ),
    (
        "yy023",
        "time",
        "What changed in the 30 minutes before the first checkout-web alert yesterday?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
        f"AND starts_at >= {D11} AND starts_at < {D12}) - INTERVAL 30 MINUTE "
        "AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
        f"AND starts_at >= {D11} AND starts_at < {D12})",
        SELLER,
    ),
    (
        "yy024",
        "time",
        "How long was the cart-service silence actually in place, in minutes?",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) "
        "FROM silences WHERE service = 'cart-service'",
        SELLER,
    ),
    (
        "yy025",
        "time",
        "Which alerts started on 12 March between 00:00 and 06:00 UTC?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        AGRI,
    ),
    (
        "yy026",
        "time",
        "Deploys on 11.03. between 10 and 12 o'clock, all columns",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'",
        AGRI,
    ),
    (
        "yy027",
        "time",
        "Alerts which started in the hour after the New checkout flow flag went on in production, any service?",
        "SELECT * FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 10:41:59.974+00' "
        "AND TIMESTAMPTZ '2025-03-11 10:41:59.974+00' + INTERVAL 1 HOUR",
        AGRI,
    ),
    ("yy028", "time", "what time did the latest alert start?", "SELECT max(starts_at) FROM alerts", BRANCH),
    (
        "yy029",
        "time",
        "alerts of last 7 days pls",
        "SELECT * FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-10 04:30:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-17 04:30:00+00'",
        BRANCH,
    ),
    (
        "yy030",
        "time",
        "how many minutes was payments-api v2.14.0 live in production before the rollback went live?",
        "SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00') - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) "
        "/ 60, 1)",
        BRANCH,
    ),
    # ---------------- aggregates ----------------
    (
        "yy031",
        "aggregates",
        "how many alerts r firing rn",
        "SELECT count(*) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')",
        TIX,
    ),
    (
        "yy032",
        "aggregates",
        "avg mins between the suspect change n its incident?",
        "SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects",
        TIX,
    ),
    (
        "yy033",
        "aggregates",
        "alerts per svc yday",
        f"SELECT service, count(*) AS n FROM alerts WHERE starts_at >= {D11} AND starts_at < {D12} "
        "GROUP BY service ORDER BY n DESC",
        TIX,
    ),
    (
        "yy034",
        "aggregates",
        "How many silences were created by each person, on the whole period?",
        "SELECT created_by, count(*) AS n FROM silences GROUP BY created_by ORDER BY n DESC",
        GXP,
    ),
    (
        "yy035",
        "aggregates",
        "What percentage of the production deployments were followed by an alert on the same service within "
        "15 minutes?",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1) "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
        GXP,
    ),
    (
        "yy036",
        "aggregates",
        "What is the average duration of a snooze, in minutes?",
        "SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'",
        GXP,
    ),
    (
        "yy037",
        "aggregates",
        "How many incidents did checkout-web have yesterday?",
        f"SELECT count(*) FROM alert_groups WHERE service = 'checkout-web' AND opened_at >= {D11} "
        f"AND opened_at < {D12}",
        SELLER,
    ),
    (
        "yy038",
        "aggregates",
        "On average, how many alerts started in the 15 minutes after each production deploy?",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) AS n "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production')",
        SELLER,
    ),
    (
        "yy039",
        "aggregates",
        "What share of yesterday's alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
        f"WHERE starts_at >= {D11} AND starts_at < {D12}",
        SELLER,
    ),
    (
        "yy040",
        "aggregates",
        "How much log lines per environment on 11.03.?",
        f"SELECT environment, count(*) AS n FROM log_events WHERE timestamp >= {D11} AND timestamp < {D12} "
        "GROUP BY environment ORDER BY n DESC",
        AGRI,
    ),
    (
        "yy041",
        "aggregates",
        "Max of hikaricp_connections_pending on 11 March?",
        f"SELECT max(value) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
        f"AND timestamp >= {D11} AND timestamp < {D12}",
        AGRI,
    ),
    (
        "yy042",
        "aggregates",
        "How many incidents had early warning before them?",
        "SELECT count(DISTINCT group_id) FROM incident_warnings",
        AGRI,
    ),
    (
        "yy043",
        "aggregates",
        "what was our MTTR last week? in mins",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups "
        f"WHERE resolved_at IS NOT NULL AND opened_at >= {WK0} AND opened_at < {WK1}",
        BRANCH,
    ),
    (
        "yy044",
        "aggregates",
        "how many deploys went to prod last week",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND environment = 'production' AND timestamp >= {WK0} AND timestamp < {WK1}",
        BRANCH,
    ),
    (
        "yy045",
        "aggregates",
        "how many incidents got a suspect change pinned on them?",
        "SELECT count(DISTINCT group_id) FROM incident_suspects",
        BRANCH,
    ),
    # ---------------- top_n ----------------
    (
        "yy046",
        "top_n",
        "top 3 noisiest alert names",
        "SELECT name, count(*) AS n FROM alerts GROUP BY name ORDER BY n DESC, name LIMIT 3",
        TIX,
    ),
    (
        "yy047",
        "top_n",
        "which svc had the most incidents blamed on a deploy",
        "SELECT service, count(*) AS n FROM incident_suspects WHERE change_type = 'deployment' "
        "GROUP BY service ORDER BY n DESC, service LIMIT 1",
        TIX,
    ),
    (
        "yy048",
        "top_n",
        "which hour yday had the most alerts",
        f"SELECT date_trunc('hour', starts_at) AS h, count(*) AS n FROM alerts WHERE starts_at >= {D11} "
        f"AND starts_at < {D12} GROUP BY h ORDER BY n DESC LIMIT 1",
        TIX,
    ),
    (
        "yy049",
        "top_n",
        "Who are the two persons who created the most silences?",
        "SELECT created_by, count(*) AS n FROM silences GROUP BY created_by ORDER BY n DESC, created_by LIMIT 2",
        GXP,
    ),
    (
        "yy050",
        "top_n",
        "Whose changes were the suspect for the most incidents? The top two persons.",
        "SELECT change_actor, count(DISTINCT group_id) AS n FROM incident_suspects GROUP BY change_actor "
        "ORDER BY n DESC, change_actor LIMIT 2",
        GXP,
    ),
    (
        "yy051",
        "top_n",
        "Which person has made the most flag changes? Only the first one.",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "GROUP BY actor ORDER BY n DESC, actor LIMIT 1",
        GXP,
    ),
    (
        "yy052",
        "top_n",
        "Which 2 services logged the most error lines yesterday?",
        f"SELECT service, count(*) AS n FROM log_events WHERE is_error AND timestamp >= {D11} AND timestamp < {D12} "
        "GROUP BY service ORDER BY n DESC, service LIMIT 2",
        SELLER,
    ),
    (
        "yy053",
        "top_n",
        "Which checkout service had the most alerts in the hour after the v2.14.0 deploy?",
        f"SELECT service, count(*) AS n FROM alerts WHERE project = 'checkout' AND starts_at BETWEEN {V214} "
        f"AND {V214} + INTERVAL 1 HOUR GROUP BY service ORDER BY n DESC, service LIMIT 1",
        SELLER,
    ),
    (
        "yy054",
        "top_n",
        "Top 3 services by alerts, all time",
        "SELECT service, count(*) AS n FROM alerts GROUP BY service ORDER BY n DESC, service LIMIT 3",
        SELLER,
    ),
    (
        "yy055",
        "top_n",
        "Which two metric keys raised the most warnings?",
        "SELECT metric_key, count(*) AS n FROM warnings GROUP BY metric_key ORDER BY n DESC, metric_key LIMIT 2",
        AGRI,
    ),
    (
        "yy056",
        "top_n",
        "Which service had the most alerts starting within 30 minutes after its own deployments? Only one.",
        "SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS n FROM alerts a "
        "JOIN change_events c ON c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE "
        "GROUP BY a.service ORDER BY n DESC, a.service LIMIT 1",
        AGRI,
    ),
    (
        "yy057",
        "top_n",
        "Which day had most alerts? Day and count only.",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS d, count(*) AS n FROM alerts GROUP BY d "
        "ORDER BY n DESC LIMIT 1",
        AGRI,
    ),
    (
        "yy058",
        "top_n",
        "top 3 deployers by deploys that were followed by an alert within 15 minutes",
        "SELECT c.actor, count(*) AS n FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) "
        "GROUP BY c.actor ORDER BY n DESC, c.actor LIMIT 3",
        BRANCH,
    ),
    (
        "yy059",
        "top_n",
        "who acked the most alerts? only top person",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY n DESC, actor LIMIT 1",
        BRANCH,
    ),
    (
        "yy060",
        "top_n",
        "the 3 least noisy services last week",
        f"SELECT service, count(*) AS n FROM alerts WHERE starts_at >= {WK0} AND starts_at < {WK1} "
        "GROUP BY service ORDER BY n ASC, service LIMIT 3",
        BRANCH,
    ),
    # ---------------- changes ----------------
    (
        "yy061",
        "changes",
        "which version of payments-api is live in prod rn",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "ORDER BY timestamp DESC LIMIT 1",
        TIX,
    ),
    (
        "yy062",
        "changes",
        "deploys yday followed by a crit alert within an hr",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        f"AND c.timestamp >= {D11} AND c.timestamp < {D12} AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment AND a.severity = 'critical' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)",
        TIX,
    ),
    (
        "yy063",
        "changes",
        "who deployed to prod yday",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        f"AND environment = 'production' AND timestamp >= {D11} AND timestamp < {D12}",
        TIX,
    ),
    (
        "yy064",
        "changes",
        "Who made configuration changes, and when?",
        "SELECT actor, timestamp FROM change_events WHERE type = 'config_update' AND phase = 'live'",
        GXP,
    ),
    (
        "yy065",
        "changes",
        "Which deployments were named as the suspect of an incident? The change records, please.",
        "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)",
        GXP,
    ),
    (
        "yy066",
        "changes",
        "Please list every rollback of February, requested or live.",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase IN ('requested', 'live') "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        GXP,
    ),
    (
        "yy067",
        "changes",
        "What versions of auth-api went out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        SELLER,
    ),
    (
        "yy068",
        "changes",
        "Which production deploys yesterday had no alert on the same service in the hour after them?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        f"AND c.environment = 'production' AND c.timestamp >= {D11} AND c.timestamp < {D12} "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)",
        SELLER,
    ),
    (
        "yy069",
        "changes",
        "When was checkout-web last deployed to production?",
        "SELECT * FROM change_events WHERE service = 'checkout-web' AND environment = 'production' "
        "AND type = 'deployment' AND phase = 'live' ORDER BY timestamp DESC LIMIT 1",
        SELLER,
    ),
    (
        "yy070",
        "changes",
        "Which scale-downs was there on indexer?",
        "SELECT * FROM change_events WHERE type = 'scale' AND service = 'indexer' "
        "AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)",
        AGRI,
    ),
    (
        "yy071",
        "changes",
        "Which changes was made while production incident on same service was open?",
        "SELECT * FROM change_events c WHERE c.phase = 'live' AND c.environment = 'production' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        "AND c.timestamp >= g.opened_at "
        "AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:00:00+00'))",
        AGRI,
    ),
    (
        "yy072",
        "changes",
        "Versions of checkout-web in staging vs production, as they are now?",
        "SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) FROM change_events "
        "WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "AND environment IN ('staging', 'production') GROUP BY environment",
        AGRI,
    ),
    (
        "yy073",
        "changes",
        "flag flips last week, who n when",
        "SELECT actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        f"AND timestamp >= {WK0} AND timestamp < {WK1}",
        BRANCH,
    ),
    (
        "yy074",
        "changes",
        "which deploys caused incidents last week",
        "SELECT * FROM change_events WHERE type = 'deployment' "
        f"AND timestamp >= {WK0} AND timestamp < {WK1} "
        "AND id IN (SELECT change_id FROM incident_suspects)",
        BRANCH,
    ),
    (
        "yy075",
        "changes",
        "how many deploys did sokafor do",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'sokafor'",
        BRANCH,
    ),
    # ---------------- silences ----------------
    (
        "yy076",
        "silences",
        "whats muted rn",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')",
        TIX,
    ),
    (
        "yy077",
        "silences",
        "which indexer alerts were firing while kenjis nightly reindex silence on the 11th was on",
        "SELECT a.* FROM alerts a, silences s WHERE s.service = 'indexer' AND s.created_by = 'kenji.tanaka@acme.io' "
        f"AND s.created_at >= {D11} AND s.created_at < {D12} AND a.service = 'indexer' "
        "AND a.environment_canonical = s.environment_canonical "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)",
        TIX,
    ),
    (
        "yy078",
        "silences",
        "who silenced the indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        TIX,
    ),
    (
        "yy079",
        "silences",
        "Which silences were ended by hand before their scheduled end? The silence id, its author and who ended it.",
        "SELECT silence_id, created_by, expired_by FROM silences WHERE expired_early",
        GXP,
    ),
    (
        "yy080",
        "silences",
        "Which silences were created while an incident on the same service was open?",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical) "
        "AND s.created_at >= g.opened_at "
        "AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))",
        GXP,
    ),
    (
        "yy081",
        "silences",
        "Please give the silences created outside the business hours.",
        "SELECT * FROM silences WHERE isodow(created_at) > 5 OR hour(created_at) < 9 OR hour(created_at) >= 17",
        GXP,
    ),
    (
        "yy082",
        "silences",
        "Who put the silence on cart-service, and who took it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        SELLER,
    ),
    (
        "yy083",
        "silences",
        "For every silence, how many alerts did Alertmanager hold back under it? Zero included, please.",
        "SELECT s.silence_id, count(m.id) FROM silences s LEFT JOIN alert_mutes m "
        "ON list_contains(m.silenced_by, s.silence_id) GROUP BY s.silence_id",
        SELLER,
    ),
    (
        "yy084",
        "silences",
        "Silences with a comment mentioning reindex",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        SELLER,
    ),
    (
        "yy085",
        "silences",
        "Total silenced hours per author, as silences were really in place?",
        "SELECT created_by, round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) "
        "/ 3600, 1) AS h FROM silences GROUP BY created_by ORDER BY h DESC",
        AGRI,
    ),
    (
        "yy086",
        "silences",
        "Silences with more than two matchers, all columns",
        "SELECT * FROM silences WHERE len(matchers) > 2",
        AGRI,
    ),
    (
        "yy087",
        "silences",
        "Which silences did Alertmanager say really muted something?",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        AGRI,
    ),
    (
        "yy088",
        "silences",
        "snoozes taken last week, all details",
        f"SELECT * FROM audit_log WHERE action = 'snooze' AND timestamp >= {WK0} AND timestamp < {WK1}",
        BRANCH,
    ),
    (
        "yy089",
        "silences",
        "alerts that fired during an active silence on the same service",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at >= s.starts_at AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        BRANCH,
    ),
    (
        "yy090",
        "silences",
        "how long is a silence set for on avg, in minutes",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences",
        BRANCH,
    ),
    # ---------------- joins ----------------
    (
        "yy091",
        "joins",
        "incidents yday w/ their suspect if any: svc, alert, opened, suspect version",
        "SELECT g.service, g.group_labels['alertname'], g.opened_at, "
        "coalesce(s.change_details['ref'], s.change_version) FROM alert_groups g "
        "LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id "
        f"WHERE g.opened_at >= {D11} AND g.opened_at < {D12}",
        TIX,
    ),
    (
        "yy092",
        "joins",
        "for each prod deploy yday: svc, version n how many alerts in the 30 min after (0 too)",
        "SELECT c.service, coalesce(c.details['ref'], c.version), count(a.fingerprint) FROM change_events c "
        "LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        f"AND c.timestamp >= {D11} AND c.timestamp < {D12} GROUP BY c.id, c.service, 2",
        TIX,
    ),
    (
        "yy093",
        "joins",
        "which deploys got rolled back within an hour, same svc",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS (SELECT 1 "
        "FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service "
        "AND r.environment = d.environment AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 1 HOUR)",
        TIX,
    ),
    (
        "yy094",
        "joins",
        "For each incident whose suspect is a configuration change: the service, the alert name, the opening time, "
        "the change summary and its actor.",
        "SELECT service, group_labels['alertname'], opened_at, change_summary, change_actor FROM incident_suspects "
        "WHERE change_type = 'config_update'",
        GXP,
    ),
    (
        "yy095",
        "joins",
        "Please list the incidents of March which were not preceded by an early warning.",
        "SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "AND g.opened_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM incident_warnings w WHERE w.group_id = g.id)",
        GXP,
    ),
    (
        "yy096",
        "joins",
        "Please list the incidents caused by a deployment of another service: the service, the alert name, the "
        "opening time and the service deployed.",
        "SELECT service, group_labels['alertname'], opened_at, change_service FROM incident_suspects "
        "WHERE change_type = 'deployment' AND change_service <> service",
        GXP,
    ),
    (
        "yy097",
        "joins",
        "Which incidents had an early warning before them? Give the service, the alert name, the warning's summary "
        "and how many minutes it came before.",
        "SELECT service, group_labels['alertname'], summary, lead_min FROM incident_warnings",
        SELLER,
    ),
    (
        "yy098",
        "joins",
        "For each early warning on checkout-web, how many checkout-web alerts started in the 15 minutes after it? "
        "The warning kind, when it started and the count.",
        "SELECT w.labels['alertname'], w.starts_at, (SELECT count(*) FROM alerts a WHERE a.service = 'checkout-web' "
        "AND a.environment_canonical = 'production' "
        "AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE) FROM warnings w "
        "WHERE w.labels['service'] = 'checkout-web'",
        SELLER,
    ),
    (
        "yy099",
        "joins",
        "Incidents that were fixed by rolling back: service, alert name, opened and the fix",
        "SELECT g.service, g.group_labels['alertname'], g.opened_at, r.fix FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id "
        "WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'",
        SELLER,
    ),
    (
        "yy100",
        "joins",
        "Which services had incidents within 15 minutes after an early warning?",
        "SELECT DISTINCT service FROM incident_warnings WHERE lead_min <= 15",
        AGRI,
    ),
    (
        "yy101",
        "joins",
        "Indexer incidents with how they got fixed: opened, resolved by, fix",
        "SELECT g.opened_at, r.resolved_by, r.fix FROM alert_groups g JOIN resolutions r ON r.group_id = g.id "
        "WHERE g.service = 'indexer'",
        AGRI,
    ),
    (
        "yy102",
        "joins",
        "Mean of hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing?",
        "SELECT round(avg(m.value), 1) FROM metric_points m WHERE m.name = 'hikaricp_connections_pending' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = 'HikariPoolPendingConnections' "
        "AND m.timestamp >= a.starts_at "
        "AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 08:00:00+00'))",
        AGRI,
    ),
    (
        "yy103",
        "joins",
        "incidents last week with no suspect change",
        f"SELECT * FROM alert_groups g WHERE g.opened_at >= {WK0} AND g.opened_at < {WK1} "
        "AND NOT EXISTS (SELECT 1 FROM incident_suspects s WHERE s.group_id = g.id)",
        BRANCH,
    ),
    (
        "yy104",
        "joins",
        "silences created within an hour after an alert on the same service started: silence id, its author, "
        "the alert name n when the alert started",
        "SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s JOIN alerts a "
        "ON a.service = s.service "
        "AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical) "
        "AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 1 HOUR",
        BRANCH,
    ),
    (
        "yy105",
        "joins",
        "for each incident last week that had early warnings before it: service, alert name, opened n how many "
        "warnings",
        "SELECT service, group_labels['alertname'], opened_at, count(*) FROM incident_warnings "
        f"WHERE opened_at >= {WK0} AND opened_at < {WK1} GROUP BY group_id, service, 2, opened_at",
        BRANCH,
    ),
    # ---------------- refusals ----------------
    ("yy106", "refusals", "is ticket-gateway ok rn? presale queue looks weird", "ungrounded", TIX),
    ("yy107", "refusals", "mute all payments-api alerts for 2h pls, presale", "asks_to_change_data", TIX),
    ("yy108", "refusals", "whats a good waiting-room queue size for a 50k-fan presale", "not_about_this_data", TIX),
    ("yy109", "refusals", "Please list the changes made by the person amira.bensalah@acme.io.", "ungrounded", GXP),
    (
        "yy110",
        "refusals",
        "What does 21 CFR Part 11 require for the audit trail of a computerised system?",
        "not_about_this_data",
        GXP,
    ),
    (
        "yy111",
        "refusals",
        "Please delete the audit entries of February, they were made in error.",
        "asks_to_change_data",
        GXP,
    ),
    ("yy112", "refusals", "Which alerts fired on seller-dashboard yesterday?", "ungrounded", SELLER),
    (
        "yy113",
        "refusals",
        "Kindly mark the checkout-web incident as resolved now, sellers are waiting.",
        "asks_to_change_data",
        SELLER,
    ),
    (
        "yy114",
        "refusals",
        "How should we word the refund message for sellers who lost orders?",
        "not_about_this_data",
        SELLER,
    ),
    ("yy115", "refusals", "Alerts in preprod environment last week?", "ungrounded", AGRI),
    ("yy116", "refusals", "Roll back payments-api to v2.13.2 in production.", "asks_to_change_data", AGRI),
    (
        "yy117",
        "refusals",
        "Which is better for sensor time series, InfluxDB or TimescaleDB?",
        "not_about_this_data",
        AGRI,
    ),
    ("yy118", "refusals", "alerts on cluster prod-ap-south-1 last week?", "ungrounded", BRANCH),
    ("yy119", "refusals", "pls ack all the firing alerts for me, i am new", "asks_to_change_data", BRANCH),
    ("yy120", "refusals", "how to configure ATM network failover between two ISPs?", "not_about_this_data", BRANCH),
]
