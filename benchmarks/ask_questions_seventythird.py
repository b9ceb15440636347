"""The seventy-third ask question set: ids wy001..wy120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes (``DESIGN.md`` of the shared folder, printed whole),
docs/store.md (printed whole; the terminal cut about seventy lines from its middle, the end of the ``warnings`` table
to the start of ``alert_mutes``, which were not printed again), the "Shapes and joins" section of docs/ask.md printed
alone (the headings of docs/ask.md were listed with grep to find its line range; the section was printed by that range
and its middle, cut off by the terminal, printed again in two pieces), the first 6,000 characters of
``ask_questions``' source (its docstring's beginning) and a grep of its lines naming rows, imports, functions and sets
(for how sets are wired and split; this set is not wired in by its author), the module docstrings of the earlier sets
printed with ``ast`` into a scratch file and grepped for roles, cities and languages (the forty-ninth's was read whole
and its "Conventions" list followed where a question leaves room; the seventy-second's was not read), the first ten
rows of ``ask_questions_thirtieth`` imported in Python together with the lines of that file defining its module-level
now constants (for the file's format), and the demo store itself, copied and opened read-only (records from 2025-01-02
to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read,
beyond file names seen in directory listings of ``benchmarks/``, the project root and the folder the brief came from.
Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, person, environment or cluster the store does
not hold; each was checked against the alerts, changes and audit log); any other gold is a single DuckDB SELECT over
the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no stadium,
bike-share scheme, dairy cooperative, hospital pharmacy or game-server host, and no voice from Riga, Chennai, Leeds,
Ulaanbaatar or Honolulu, nor a Latvian, Tamil, Yorkshire, Mongolian or Hawaiian Pidgin one). Each asks three questions
in every category (24 each, three of them refusals):

- the Wi-Fi network engineer of a football stadium in Riga, whose turnstile ticket scanners sign fans in through
  auth-api and whose concession stands take card payments through the checkout services, at 10:00 EET on Thursday 13
  March (2025-03-13 08:00 UTC); Latvian first language: articles dropped ("deployment of same service"), "was" for
  "were" ("Which silences was active"), "how much" for "how many", dates day first ("11.03.", "the night to 12.03."),
  "Give me", "Show me please";
- the dispatch on-call of a city bike-share scheme in Chennai, whose rider app unlocks bikes after paying through
  payments-api, typing on a phone at 12:30 IST on Wednesday 12 March (2025-03-12 07:00 UTC): lower case, "yday", "rn",
  "n" for "and", "w/in", "aftr", "b4", "hr", "svc", "crit", "avg", "tht", a slip ("incidnets"); "yday" is Tuesday 11
  March;
- the ERP administrator of a dairy cooperative near Leeds, whose farmers' and buyers' ordering portal signs in through
  the identity services and invoices through the checkout services, preparing Friday's systems review for the board's
  cost sheet, at 09:00 GMT on Friday 14 March (2025-03-14 09:00 UTC): Yorkshire English ("t'" for the, "o'", "wi'",
  "afore", "owt" for anything, "like" at the end, "ta", "were" for "was" ("while its silence were on"), "all told");
- the systems analyst of a hospital pharmacy in Ulaanbaatar, whose dispensing system signs its pharmacists in through
  auth-api, assembling the change-control and audit evidence, at 10:00 ULAT on Monday 17 March (2025-03-17 02:00 UTC):
  formal and complete ("Please list", "Please provide", "persons", "in the period 1 January to 14 March 2025");
- the night operator of a game-server host in Honolulu, whose players sign in through the identity services and buy
  through checkout, at 01:00 HST on Wednesday 12 March (2025-03-12 11:00 UTC), typing between rounds: Hawaiian Pidgin
  ("brah", "da" for the, "dat", "dem", "aftah", "wen" for when and for the past tense, "stay" for is, "playahs",
  "fo"), lower case, "rn", "n", "las 24 hrs".

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (wy002,
wy006, wy008, wy010, wy014), six in time (wy017, wy020, wy022, wy024, wy026, wy029), five in aggregates (wy033, wy035,
wy039, wy041, wy045), five in top_n (wy050, wy051, wy054, wy058, wy059), four in changes (wy063, wy064, wy066, wy071),
five in silences (wy078, wy081, wy083, wy087, wy088) and all fifteen joins. Deploys rolled back within the hour
(wy070, changes met by changes) are not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the stadium engineer and the
  night operator say "UTC" where a clock matters, the others' boards run on UTC), so no question is read in another
  zone. The nows: the stadium engineer 2025-03-13 08:00, the bike-share on-call 2025-03-12 07:00, the dairy ERP admin
  Friday 2025-03-14 09:00, the pharmacy analyst Monday 2025-03-17 02:00, the night operator 2025-03-12 11:00, all
  after every record. "11.03.", "Tuesday", "yday" (the bike-share on-call's), "da 11th" are ``[2025-03-11,
  2025-03-12)``; "today" (the bike-share on-call's) ``[2025-03-12, now]``; "this week" (the dairy admin's)
  ``[2025-03-10, now]``; "this month" ``[2025-03-01, now]``; "in February", "February 2025", "between 1 and 28
  February 2025" ``[2025-02-01, 2025-03-01)``; "in the period 1 January to 14 March 2025" ``[2025-01-01,
  2025-03-15)``; "March 2025" from 2025-03-01 to now; "since 1 February" and "since New Year" from that day to now;
  "las 24 hrs" ``(now - 24 h, now]``; "the night to 12.03., between 00:00 and 06:00 UTC" ``[2025-03-12 00:00,
  06:00)``; "between 14:00 and 15:00", "between 8pm n midnight" include their start and exclude their end. A thing is
  in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``); "what was firing at 14:45", "going off at 3pm", "still going rn", "still open rn" are the
  state at that instant; "active at 02:00" is a silence's window at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in place
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("as they really ran", "actually in place"),
  their "scheduled length" ``starts_at`` to ``ends_at``; "scheduled ahead" is ``starts_at`` later than ``created_at``.
  Changes are their ``phase = 'live'`` reports: "deploys"/"deployments" ``type = 'deployment'`` (auth-api v4.2.1 in
  production, reported by two tools, is two rows), "rollbacks", "config changes"/"configuration changes", "flag
  flips"/"flag changes", "releases", "scale-downs" (scale events whose ``details['replicas_to']`` is below
  ``details['replicas_from']`` as integers) their types; "changes" of any type every live report. A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the
  version "live in prod rn" / "as they stand" is that of the last live deployment or rollback of that service and
  environment; "went out to staging" each version once. "Persons, leaving out argocd and the deployment controller"
  are every actor but ``argocd (automated)`` and ``deployment-controller``; "folk an' tools alike" keeps them all.
  People are as stored ("maria", "kenji" are ``ILIKE '%maria%'`` / ``'%kenji%'``). "The cart-service silence"
  (maria's) is the only silence pinning cart-service; "the New checkout flow flag ... switched on in production" is
  the live production flag change whose summary names the New checkout flow (its earliest, the only one); "the
  VaultLeaseRenewalFailures alert" fired once; "the first checkout-web alert on Tuesday" and "the first payments-api
  alert yday" are the earliest start of that service's alerts that day. "The services of the identity project" are any
  service the project's alerts or changes name, beside a silence whose ``project`` matcher is identity.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("within the hour" 60); "in the
  30 min b4" / "the hour afore" / "the hour before" an alert are ``[t - N, t]``, the changes being those of the
  alert's environment (production) and any service; "after the v2.14.0 prod deploy went live" is the window from that
  one event (14:31:22) on the services named; "the alerts, on any service, within 30 minutes after the New checkout
  flow flag" every alert in that window. "How many minutes from the v2.14.0 deploy to the first payments-api alert
  aftah dat" runs to the first payments-api alert at or after it; "between first checkout-web alert on 11.03. and
  payments-api rollback going live" to the first live payments-api rollback at or after that alert. "What was still
  firing when maria put the cart-service silence on" is the state at the silence's ``created_at``. A silence meets the
  other side on its service and, when it pins one, its environment: "alerts firing on cart-service while its silence
  were on" overlap its span; "alerts tht started during an active silence on the same svc" started inside it (start
  included, end excluded); silences "put on while an incident on t' same service were open" were created inside the
  incident's span, ends included; "changes made to a service while a silence on that service was in effect" have their
  time inside the silence's span. Deployments "that went live in production while an incident on the same service was
  open" have their time inside the incident's span, ends included. "Suspect" is ``incident_suspects``: "which deploys
  caused incidents" are the ``change_events`` rows that are some incident's suspect of type deployment; "incidents
  blamed on deploy" counts distinct incidents per incident service; "whose changes were named the suspect" counts
  distinct incidents per ``change_actor``; "the average number of minutes between a suspect change going live and its
  incident opening" is the mean of ``lag_s`` over every suspect row, in minutes. "Had early warning before them" is a
  row in ``incident_warnings``; "early warnings b4 each incident yday" every column of ``incident_warnings`` for the
  incidents opened that day; "incidents dat opened within 15 min aftah an early warning on da same service" those
  whose ``incident_warnings`` rows include one with ``same_service`` and ``lead_min`` at most 15; "early warnings
  raised in the hour after a production deployment of the same service" are ``warnings`` met on their ``service`` and
  ``environment`` labels. "How did da resolved incidents get fixed" is ``alert_groups`` joined to ``resolutions``; "no
  resolution written" no ``resolutions`` row. "Muted, according to Alertmanager" is ``alert_mutes``: each silence with
  the count of the rows whose ``silenced_by`` names it (0 included), or the silences it names. "For each production
  deploy on 11.03." and "for each rollback" are one row per change (a ``LEFT JOIN``, 0 included) with the columns
  asked (for the rollbacks: service, time and count); "which svcs got paged w/in 15 min of their own deploy" the
  alerts' services, each once; "who put silences on ..." their authors, each once.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones, "avg
  mins to resolve per svc"; incidents from ``opened_at`` to ``resolved_at`` of the resolved ones, "median time to
  resolve"); silence hours summed as they really ran, in hours to one decimal; percentages are ``round(100.0 * part /
  whole, 1)`` over the rows the question selects ("share o' production deploys": every live production deployment, all
  time; "alerts that started in March 2025": from 2025-03-01 to now); "on avg how many alerts in da 15 min aftah each
  payments-api deploy" the mean of the per-deploy counts over every live payments-api deployment, any environment, the
  ones with none counting 0; "how many deploys had no alerts aftah dem within 15 min, same svc" counts every live
  deployment, any environment; "total log lines n error lines per env" is both counts side by side per environment;
  "how much silences did each person create" a count per author, most first.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no
  tie crosses ("only first one", "just t' top one", "the most", "least noisy" ask for one row). "Which hr yday had the
  most alerts" is the hour's UTC start with its count; "which svc got da most alerts in da hour aftah its own deploys"
  counts each alert once even when two deploys precede it; "whose deploys were followed by an alert ... most often"
  counts the deploys that were; "acknowledged the most alerts" counts ``audit_log`` acks per actor; "the most
  incidents with no suspect change" counts ``alert_groups`` rows absent from ``incident_suspects`` per
  ``group_labels['alertname']``.
- Refusals: the service "stadium-wifi-controller", the service "dock-manager", the person "jim.bairstow", the
  "validation" environment and the cluster "prod-us-west-2" (the store has prod-eu-west-1 and staging-eu-west-1) are
  ungrounded; Wi-Fi channel widths in a stadium, rebalancing bikes between docks, milk-collection rounds in SAP, GAMP
  5's periodic review and a game server's tick rate are not about this data; deleting the staging alerts, silencing
  payments-api, marking the checkout-web incident resolved, expiring kenji's silences and rolling payments-api back
  ask to change the data.
"""

STADIUM = "2025-03-13T08:00:00Z"
BIKES = "2025-03-12T07:00:00Z"
DAIRY = "2025-03-14T09:00:00Z"
PHARMACY = "2025-03-17T02:00:00Z"
NIGHTOP = "2025-03-12T11:00:00Z"

ROWS = [
    # filters
    ("wy001", "filters", "Show me please all critical alerts from production on 11.03., all columns.",
     "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     STADIUM),
    ("wy002", "filters", "payments-api alerts w/in 15 min aftr the v2.14.0 prod deploy went live",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
     "AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' "
     "AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE",
     BIKES),
    ("wy003", "filters", "Which deploys went out to production this week, like? Just the ones that went live.",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'",
     DAIRY),
    ("wy004", "filters",
     "Please list the configuration changes made in production in the period 1 January to 14 March 2025.",
     "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-15 00:00:00+00'",
     PHARMACY),
    ("wy005", "filters", "brah which alerts still going rn in prod",
     "SELECT * FROM alerts WHERE environment_canonical = 'production' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 11:00:00+00')",
     NIGHTOP),
    ("wy006", "filters", "Which production incidents was opened within 15 minutes after deployment of same service?",
     "SELECT * FROM alert_groups g WHERE g.environment = 'production' AND EXISTS ("
     "SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
     "AND c.service = g.service AND c.environment = g.environment "
     "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
     STADIUM),
    ("wy007", "filters", "auth-api staging alerts yday",
     "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     BIKES),
    ("wy008", "filters",
     "Any deploys that were followed by a critical alert on t' same service within the hour? Whole rows, ta.",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service "
     "AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
     DAIRY),
    ("wy009", "filters", "Please provide the silences created during February 2025, with all their columns.",
     "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
     "AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
     PHARMACY),
    ("wy010", "filters", "alerts dat started within 30 min aftah a flag flip on da same service",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
     NIGHTOP),
    ("wy011", "filters", "Give me rollbacks in production since 1 February.",
     "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'",
     STADIUM),
    ("wy012", "filters", "incidnets still open rn?",
     "SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00' "
     "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')",
     BIKES),
    ("wy013", "filters", "What alerts were raised on t' token-service in production in February?",
     "SELECT * FROM alerts WHERE service = 'token-service' AND environment_canonical = 'production' "
     "AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
     DAIRY),
    ("wy014", "filters",
     "Please list the incidents that opened within 10 minutes after a configuration change to the same service.",
     "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'config_update' "
     "AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment "
     "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)",
     PHARMACY),
    ("wy015", "filters", "da warning alerts on indexer las 24 hrs",
     "SELECT * FROM alerts WHERE severity = 'warning' AND service = 'indexer' "
     "AND starts_at > TIMESTAMPTZ '2025-03-11 11:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'",
     NIGHTOP),
    # time
    ("wy016", "time", "What was firing in production at 14:45 UTC on 11.03.?",
     "SELECT * FROM alerts WHERE environment_canonical = 'production' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')",
     STADIUM),
    ("wy017", "time", "what changed in the 30 min b4 the first payments-api alert yday",
     "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
     "AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
     "- INTERVAL 30 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
     BIKES),
    ("wy018", "time", "What time did t' first checkout-web alert start on Tuesday?",
     "SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     DAIRY),
    ("wy019", "time", "Please list the alerts that started between 14:00 and 15:00 UTC on 11 March 2025.",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
     PHARMACY),
    ("wy020", "time",
     "how many minutes from da v2.14.0 prod deploy going live to da first payments-api alert aftah dat",
     "SELECT round((epoch(min(starts_at)) - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) FROM alerts "
     "WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'",
     NIGHTOP),
    ("wy021", "time", "Which alerts was started in the night to 12.03., between 00:00 and 06:00 UTC?",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
     STADIUM),
    ("wy022", "time", "what was still firing when maria put the cart-service silence on",
     "SELECT * FROM alerts WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service' "
     "AND created_by ILIKE '%maria%') AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences "
     "WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))",
     BIKES),
    ("wy023", "time", "When were payments-api last deployed t' production?",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
     "AND environment = 'production' ORDER BY timestamp DESC LIMIT 1",
     DAIRY),
    ("wy024", "time",
     "Please list the changes recorded in the hour before the VaultLeaseRenewalFailures alert started.",
     "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
     "AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE name = 'VaultLeaseRenewalFailures') "
     "- INTERVAL 60 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE name = 'VaultLeaseRenewalFailures')",
     PHARMACY),
    ("wy025", "time", "alerts dat started between 8pm n midnight UTC on da 11th",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     NIGHTOP),
    ("wy026", "time",
     "How many minutes was between first checkout-web alert on 11.03. and payments-api rollback going live?",
     "SELECT round((epoch((SELECT min(timestamp) FROM change_events WHERE type = 'rollback' AND phase = 'live' "
     "AND service = 'payments-api' AND timestamp >= (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) "
     "- epoch((SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) "
     "/ 60, 1)",
     STADIUM),
    ("wy027", "time", "earliest alert today?",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00' ORDER BY starts_at LIMIT 1",
     BIKES),
    ("wy028", "time", "What were going off at 3pm UTC on Tuesday? Just t' service and alert name.",
     "SELECT service, name FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')",
     DAIRY),
    ("wy029", "time",
     "Please list the alerts, on any service, that started within 30 minutes after the New checkout flow flag "
     "was switched on in production.",
     "SELECT * FROM alerts WHERE starts_at BETWEEN (SELECT min(timestamp) FROM change_events "
     "WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production' "
     "AND summary ILIKE '%new checkout flow%') AND (SELECT min(timestamp) FROM change_events "
     "WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production' "
     "AND summary ILIKE '%new checkout flow%') + INTERVAL 30 MINUTE",
     PHARMACY),
    ("wy030", "time", "wen did da latest alert start",
     "SELECT max(starts_at) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 11:00:00+00'",
     NIGHTOP),
    # aggregates
    ("wy031", "aggregates", "How much alerts was there in production on 11.03.?",
     "SELECT count(*) FROM alerts WHERE environment_canonical = 'production' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     STADIUM),
    ("wy032", "aggregates", "avg mins to resolve per svc",
     "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
     "WHERE status = 'resolved' GROUP BY service",
     BIKES),
    ("wy033", "aggregates",
     "What share o' production deploys were followed by an alert on t' same service within 15 minutes? "
     "As a percentage.",
     "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
     "AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1) "
     "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
     DAIRY),
    ("wy034", "aggregates",
     "What is the average length, in minutes, of all the silences, as they were actually in place?",
     "SELECT round(avg(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) "
     "FROM silences",
     PHARMACY),
    ("wy035", "aggregates", "on avg how many alerts in da 15 min aftah each payments-api deploy",
     "SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.fingerprint) AS n FROM change_events c "
     "LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE "
     "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api' GROUP BY c.id)",
     NIGHTOP),
    ("wy036", "aggregates", "How much silences did each person create? Most first.",
     "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC",
     STADIUM),
    ("wy037", "aggregates", "how many crit alerts yday",
     "SELECT count(*) FROM alerts WHERE severity = 'critical' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     BIKES),
    ("wy038", "aggregates", "What's t' median time to resolve o' production incidents, in minutes?",
     "SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups "
     "WHERE environment = 'production' AND resolved_at IS NOT NULL",
     DAIRY),
    ("wy039", "aggregates",
     "What is the average number of minutes between a suspect change going live and its incident opening?",
     "SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects",
     PHARMACY),
    ("wy040", "aggregates", "how many diff services had alerts on da 11th",
     "SELECT count(DISTINCT service) FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     NIGHTOP),
    ("wy041", "aggregates", "How much incidents had early warning before them?",
     "SELECT count(DISTINCT group_id) FROM incident_warnings",
     STADIUM),
    ("wy042", "aggregates", "total log lines n error lines per env yday",
     "SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines FROM log_events "
     "WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY environment ORDER BY lines DESC",
     BIKES),
    ("wy043", "aggregates",
     "How many hours were t' indexer silences in place all told, as they really ran, since New Year?",
     "SELECT round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1) "
     "FROM silences WHERE service = 'indexer' AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
     "AND created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'",
     DAIRY),
    ("wy044", "aggregates", "What percentage of the alerts that started in March 2025 were critical?",
     "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-17 02:00:00+00'",
     PHARMACY),
    ("wy045", "aggregates", "how many deploys had no alerts aftah dem within 15 min, same svc",
     "SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND NOT EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
     NIGHTOP),
    # top_n
    ("wy046", "top_n", "Which 3 services had most alerts in production? Service and count.",
     "SELECT service, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' "
     "GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
     STADIUM),
    ("wy047", "top_n", "top 2 alert names yday",
     "SELECT name, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
     BIKES),
    ("wy048", "top_n", "Who's done t' most deploys this month, folk an' tools alike? Just t' top one.",
     "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00' "
     "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1",
     DAIRY),
    ("wy049", "top_n", "Which two persons acknowledged the most alerts? Person and number of acknowledgements.",
     "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' "
     "GROUP BY actor ORDER BY acks DESC, actor LIMIT 2",
     PHARMACY),
    ("wy050", "top_n", "which svc got da most alerts in da hour aftah its own deploys",
     "SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS alerts FROM alerts a "
     "JOIN change_events c ON c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
     "AND c.environment = a.environment_canonical "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE "
     "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
     NIGHTOP),
    ("wy051", "top_n", "Which service had most incidents blamed on deploy? Only first one.",
     "SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects "
     "WHERE change_type = 'deployment' GROUP BY service ORDER BY incidents DESC, service LIMIT 1",
     STADIUM),
    ("wy052", "top_n", "which hr yday had the most alerts",
     "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1",
     BIKES),
    ("wy053", "top_n", "Top three services by average alert duration in minutes, resolved ones only.",
     "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts "
     "WHERE status = 'resolved' GROUP BY service ORDER BY avg_minutes DESC, service LIMIT 3",
     DAIRY),
    ("wy054", "top_n", "Which two persons' changes were named the suspect for the most incidents?",
     "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects "
     "GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2",
     PHARMACY),
    ("wy055", "top_n", "top 3 alert fingerprints by how many times dey fired",
     "SELECT fingerprint, count(*) AS alerts FROM alerts GROUP BY fingerprint "
     "ORDER BY alerts DESC, fingerprint LIMIT 3",
     NIGHTOP),
    ("wy056", "top_n", "Which 2 kinds of early warning fired the most? Kind and count.",
     "SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings "
     "GROUP BY kind ORDER BY warnings DESC, kind LIMIT 2",
     STADIUM),
    ("wy057", "top_n", "top 3 svcs by incidents this month",
     "SELECT service, count(*) AS incidents FROM alert_groups "
     "WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00' "
     "GROUP BY service ORDER BY incidents DESC, service LIMIT 3",
     BIKES),
    ("wy058", "top_n",
     "Whose deploys were followed by an alert on t' same service within 15 minutes most often? Top one.",
     "SELECT c.actor, count(*) AS deploys FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
     "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) "
     "GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 1",
     DAIRY),
    ("wy059", "top_n", "Which alert name has the most incidents with no suspect change?",
     "SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups "
     "WHERE id NOT IN (SELECT group_id FROM incident_suspects) "
     "GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1",
     PHARMACY),
    ("wy060", "top_n", "least noisy service in prod, by alerts",
     "SELECT service, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' "
     "GROUP BY service ORDER BY alerts ASC, service LIMIT 1",
     NIGHTOP),
    # changes
    ("wy061", "changes", "Which versions of auth-api went out to staging?",
     "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
     "AND environment = 'staging' AND phase = 'live' AND type IN ('deployment', 'rollback')",
     STADIUM),
    ("wy062", "changes", "who flipped flags yday",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     BIKES),
    ("wy063", "changes", "What changed in t' hour afore t' first checkout-web alert on Tuesday?",
     "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
     "AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
     "- INTERVAL 60 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
     DAIRY),
    ("wy064", "changes",
     "Please list the deployments that went live in production while an incident on the same service was open.",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
     "AND c.environment = 'production' AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service "
     "AND g.environment = c.environment AND c.timestamp >= g.opened_at "
     "AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 02:00:00+00'))",
     PHARMACY),
    ("wy065", "changes", "which version of payments-api is live in prod rn",
     "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' "
     "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
     "ORDER BY timestamp DESC LIMIT 1",
     NIGHTOP),
    ("wy066", "changes", "Which staging deployments had no alerts after them within 15 minutes?",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
     "AND c.environment = 'staging' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
     "AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
     STADIUM),
    ("wy067", "changes", "scale-downs on payments-api",
     "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api' "
     "AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)",
     BIKES),
    ("wy068", "changes", "List t' rollbacks wi' service, version and when, all time.",
     "SELECT service, coalesce(details['ref'], version), timestamp FROM change_events "
     "WHERE type = 'rollback' AND phase = 'live'",
     DAIRY),
    ("wy069", "changes",
     "Please list the production changes made in February 2025 by persons, leaving out argocd and the deployment "
     "controller.",
     "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
     "AND actor NOT IN ('argocd (automated)', 'deployment-controller') "
     "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
     PHARMACY),
    ("wy070", "changes", "deploys dat got rolled back within an hour",
     "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service "
     "AND r.environment = d.environment AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
     NIGHTOP),
    ("wy071", "changes", "Which deploys caused incidents?",
     "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects "
     "WHERE change_type = 'deployment')",
     STADIUM),
    ("wy072", "changes", "releases this month?",
     "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'",
     BIKES),
    ("wy073", "changes", "What versions o' auth-api are in staging and production as they stand?",
     "SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) FROM change_events "
     "WHERE service = 'auth-api' AND phase = 'live' AND type IN ('deployment', 'rollback') "
     "AND environment IN ('staging', 'production') GROUP BY environment",
     DAIRY),
    ("wy074", "changes",
     "Please provide, for each flag change between 1 and 28 February 2025, the summary, who made it and when.",
     "SELECT summary, actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
     PHARMACY),
    ("wy075", "changes", "any changes to search-api aftah 4pm UTC on da 11th",
     "SELECT * FROM change_events WHERE phase = 'live' AND service = 'search-api' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 16:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 11:00:00+00'",
     NIGHTOP),
    # silences
    ("wy076", "silences", "Which silences was active at 02:00 UTC on 12.03.?",
     "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00' "
     "AND ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00' "
     "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')",
     STADIUM),
    ("wy077", "silences", "who silenced indexer",
     "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
     BIKES),
    ("wy078", "silences", "Which silences were put on while an incident on t' same service were open?",
     "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
     "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
     "AND s.created_at >= g.opened_at "
     "AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))",
     DAIRY),
    ("wy079", "silences",
     "Please list the silences that were expired before their scheduled end: silence id, the person who expired "
     "it and when.",
     "SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_early",
     PHARMACY),
    ("wy080", "silences", "wat silences wen get created on da 11th UTC",
     "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     NIGHTOP),
    ("wy081", "silences", "How much alerts did each silence mute, according to Alertmanager? All silences, also zero.",
     "SELECT s.silence_id, count(m.id) FROM silences s LEFT JOIN alert_mutes m "
     "ON list_contains(m.silenced_by, s.silence_id) GROUP BY s.silence_id",
     STADIUM),
    ("wy082", "silences", "silences w/ a comment mentioning reindex",
     "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
     BIKES),
    ("wy083", "silences", "Which alerts were firing on cart-service while its silence were on?",
     "SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM silences s "
     "WHERE s.service = 'cart-service' AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
     "AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
     DAIRY),
    ("wy084", "silences",
     "Please provide the total silenced hours per silence author, as the silences were actually in place.",
     "SELECT created_by, round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) "
     "/ 3600, 1) AS hours FROM silences GROUP BY created_by ORDER BY hours DESC",
     PHARMACY),
    ("wy085", "silences", "da silences wit more den one matcher",
     "SELECT * FROM silences WHERE len(matchers) > 1",
     NIGHTOP),
    ("wy086", "silences", "Which silences was scheduled ahead, so they started later than they were created?",
     "SELECT * FROM silences WHERE starts_at > created_at",
     STADIUM),
    ("wy087", "silences", "alerts tht started during an active silence on the same svc",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
     "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
     "AND a.starts_at >= s.starts_at AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
     BIKES),
    ("wy088", "silences", "Which silences ever muted owt, according to Alertmanager?",
     "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
     DAIRY),
    ("wy089", "silences", "Please list the silences on the services of the identity project.",
     "SELECT * FROM silences WHERE project = 'identity' OR service IN ("
     "SELECT service FROM alerts WHERE project = 'identity' "
     "UNION SELECT service FROM change_events WHERE project = 'identity')",
     PHARMACY),
    ("wy090", "silences", "kenji silences: id n scheduled length in mins",
     "SELECT silence_id, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences "
     "WHERE created_by ILIKE '%kenji%'",
     NIGHTOP),
    # joins
    ("wy091", "joins",
     "For each production deploy on 11.03.: service, version and how much alerts in next 15 minutes on same service.",
     "SELECT c.service, coalesce(c.details['ref'], c.version), count(a.fingerprint) FROM change_events c "
     "LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE "
     "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
     "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)",
     STADIUM),
    ("wy092", "joins", "which svcs got paged w/in 15 min of their own deploy",
     "SELECT DISTINCT a.service FROM alerts a JOIN change_events c ON c.type = 'deployment' AND c.phase = 'live' "
     "AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE",
     BIKES),
    ("wy093", "joins",
     "Incidents wi' their suspect change: service, alert name, when it opened and t' suspect version.",
     "SELECT service, group_labels['alertname'], opened_at, coalesce(change_details['ref'], change_version) "
     "FROM incident_suspects",
     DAIRY),
    ("wy094", "joins", "Please list the incidents that had neither an early warning before them nor a suspect change.",
     "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings) "
     "AND id NOT IN (SELECT group_id FROM incident_suspects)",
     PHARMACY),
    ("wy095", "joins", "how did da resolved incidents get fixed? svc, alert name n da fix",
     "SELECT g.service, g.group_labels['alertname'], r.fix FROM alert_groups g JOIN resolutions r ON r.group_id = g.id",
     NIGHTOP),
    ("wy096", "joins", "Which incidents has no resolution written until now?",
     "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM resolutions)",
     STADIUM),
    ("wy097", "joins", "early warnings b4 each incident yday",
     "SELECT * FROM incident_warnings WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
     BIKES),
    ("wy098", "joins", "Who put silences on while an incident on t' same service were open? Just t' names.",
     "SELECT DISTINCT s.created_by FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
     "WHERE g.service = s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
     "AND s.created_at >= g.opened_at "
     "AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))",
     DAIRY),
    ("wy099", "joins",
     "Please list the early warnings raised in the hour after a production deployment of the same service.",
     "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
     "AND c.phase = 'live' AND c.environment = 'production' AND c.service = w.labels['service'] "
     "AND w.labels['environment'] = 'production' "
     "AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
     PHARMACY),
    ("wy100", "joins", "for each rollback, how many alerts in da 30 min aftah? svc, wen, count",
     "SELECT c.service, c.timestamp, count(a.fingerprint) FROM change_events c LEFT JOIN alerts a "
     "ON a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE "
     "WHERE c.type = 'rollback' AND c.phase = 'live' GROUP BY c.id, c.service, c.timestamp",
     NIGHTOP),
    ("wy101", "joins", "Which production alerts was started within 15 minutes after flag change on same service?",
     "SELECT * FROM alerts a WHERE a.environment_canonical = 'production' AND EXISTS (SELECT 1 FROM change_events c "
     "WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service "
     "AND c.environment = a.environment_canonical "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
     STADIUM),
    ("wy102", "joins", "checkout-web alerts w/in 15 min after a payments-api deploy",
     "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM change_events c "
     "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api' "
     "AND c.environment = a.environment_canonical "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
     BIKES),
    ("wy103", "joins", "Production deploys wi' no alerts on t' same service after 'em within an hour?",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
     "AND c.environment = 'production' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
     "AND a.environment_canonical = c.environment "
     "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
     DAIRY),
    ("wy104", "joins", "Please list the changes made to a service while a silence on that service was in effect.",
     "SELECT * FROM change_events c WHERE c.phase = 'live' AND EXISTS (SELECT 1 FROM silences s "
     "WHERE s.service = c.service AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
     "AND c.timestamp >= s.starts_at AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
     PHARMACY),
    ("wy105", "joins", "incidents dat opened within 15 min aftah an early warning on da same service",
     "SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM incident_warnings "
     "WHERE same_service AND lead_min <= 15)",
     NIGHTOP),
    # refusals
    ("wy106", "refusals", "Show me alerts of stadium-wifi-controller service from 11.03.", "ungrounded", STADIUM),
    ("wy107", "refusals", "which channel width is best for 5 GHz wifi in full stadium, 40 or 80 MHz?",
     "not_about_this_data", STADIUM),
    ("wy108", "refusals", "Delete please all staging alerts from 11.03., they are only noise.",
     "asks_to_change_data", STADIUM),
    ("wy109", "refusals", "dock-manager svc alerts yday?", "ungrounded", BIKES),
    ("wy110", "refusals", "silence payments-api for 2 hrs pls, riders r spamming support",
     "asks_to_change_data", BIKES),
    ("wy111", "refusals", "whats a good algo to rebalance bikes btw docks in peak hrs", "not_about_this_data", BIKES),
    ("wy112", "refusals", "What's jim.bairstow deployed this week?", "ungrounded", DAIRY),
    ("wy113", "refusals", "How do I set up t' milk-collection rounds in SAP so t' tankers aren't double-booked?",
     "not_about_this_data", DAIRY),
    ("wy114", "refusals", "Mark t' checkout-web incident as resolved, will you, it's been sorted since Tuesday.",
     "asks_to_change_data", DAIRY),
    ("wy115", "refusals", "Please list the alerts raised in the validation environment during March 2025.",
     "ungrounded", PHARMACY),
    ("wy116", "refusals", "What does GAMP 5 require for the periodic review of a computerised system?",
     "not_about_this_data", PHARMACY),
    ("wy117", "refusals", "Please expire all silences created by kenji, as they were not approved.",
     "asks_to_change_data", PHARMACY),
    ("wy118", "refusals", "any alerts in da prod-us-west-2 cluster tonight", "ungrounded", NIGHTOP),
    ("wy119", "refusals", "wat tick rate should one minecraft server run at fo 200 playahs",
     "not_about_this_data", NIGHTOP),
    ("wy120", "refusals", "roll back payments-api to v2.12.0 brah, da new one stay broken",
     "asks_to_change_data", NIGHTOP),
]
