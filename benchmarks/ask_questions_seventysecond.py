"""The seventy-second ask question set: ids xy001..xy120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes (printed whole), docs/store.md (printed whole, its middle, cut off by the
terminal, printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules
for the shape of every gold answer; the headings of docs/ask.md were listed with grep to find its line range, and the
section was printed by that range, in the same command as the end of docs/store.md; the part the terminal cut off was
printed again in two pieces), the module docstring of ``ask_questions`` and its code (how a set is wired and split; its
first eighty lines were printed, then the rest with the lines that open the middle paragraphs filtered out and only the
last 250 lines shown, so most of those paragraphs were skipped; this set is not wired in by its author), the module
docstrings of the earlier sets printed with ``ast`` into a scratch file and grepped for the lines that introduce their
people and for cities, roles and languages (the forty-ninth's was read whole and its "Conventions" list followed where
a question leaves room), and the demo store itself, copied and opened read-only (records from 2025-01-02 to
2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). The rows of
``ask_questions_thirtieth`` were not opened: the brief gave the row format. Nothing else was read, beyond file names
seen in directory listings of ``benchmarks/``, the project root and the folder the brief came from. Each row is
``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, person, environment or cluster the store
does not hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with the
answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no one in Sofia,
Riga, New Orleans, Baku or Muscat, no Bulgarian, Latvian, Louisianan, Azerbaijani or Omani voice, and no bike-share
dispatcher, dairy cooperative, stadium network, translation agency or hospital pharmacy). Each asks three questions in
every category (24 each, three of them refusals):

- the dispatch on-call of a city bike-share in Sofia, whose rental app takes payment through the checkout services and
  signs riders in through auth-api, typing on a phone between two van runs at 08:30 EET on Wednesday 12 March
  (2025-03-12 06:30 UTC): lower case, no question marks, phone slips ("paymnets", "paymnts", "alrts", "wat"), "yday",
  "rn", "w/in", "svc", "hr", "crit", "n" for "and", "avg";
- the ERP administrator of a dairy cooperative in Riga, whose farmer portal signs in through the identity services and
  whose supply shop pays through payments-api, preparing the cooperative's monthly IT report at 09:00 EET on Thursday
  13 March (2025-03-13 07:00 UTC): full, careful sentences as in a ticket, "Please", "all time, all columns";
- the Wi-Fi network engineer of a stadium in New Orleans, whose mobile ticketing and concession ordering pay through
  the checkout services, at 08:00 CDT on Friday 14 March (2025-03-14 13:00 UTC), the morning before a game: Southern
  American English ("y'all", "all of 'em", "all up" for all time, "kicked off" for started, "just the
  winner"), lower case, the odd dash;
- the platform lead of a translation agency in Baku, whose client portal runs on the identity and search services,
  preparing the weekly platform review at 10:00 AZT on Monday 17 March (2025-03-17 06:00 UTC): short, exact, formal
  phrasing, full stops, no small talk;
- the systems analyst of a hospital pharmacy in Muscat, whose supplier orders pay through payments-api and whose staff
  sign in through auth-api, reviewing the quarter for the hospital's IT risk committee at 09:00 GST on Tuesday 18
  March (2025-03-18 05:00 UTC): polite Gulf office English ("Dear team, kindly", "Please list"), who acted, snoozes,
  acknowledgements, resolutions.

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (alerts
after v2.14.0 went live, on its service and on any service, alerts after a user-profile deploy, alerts that started
during a silence, alerts after a config change), three in time (changes before the first payments-api alert, what
fired when the cart-service silence was created, the warnings before the HighErrorRate incident), five in aggregates
(alerts after each production deploy averaged, incidents with an early warning, deploys followed by an alert as a
share, the suspects' mean lag, incidents with a suspect as a share), four in top_n (services by incidents blamed on a
deploy, services by alerts after their own deploys, people by suspect changes, silence authors during incidents), four
in changes (deploys followed by a critical alert, changes blamed for critical incidents, deploys with no alert after
them, changes during an incident), five in silences (alerts firing while the cart-service silence was on, alerts held
back per silence, silences created during an incident, silences that held something back, incidents that opened under
a silence) and all fifteen joins. The minutes between the v2.14.0 deploy and its rollback (xy018), the changes before
the rollback (xy027) and deploys followed by a rollback (xy075) relate two changes and are not counted. No gold returns
an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (their teams keep UTC
  boards), so no question is read in another zone. The nows: the bike-share dispatcher 2025-03-12 06:30, the ERP
  administrator 2025-03-13 07:00, the stadium engineer 2025-03-14 13:00, the translation agency lead Monday
  2025-03-17 06:00, the pharmacy analyst Tuesday 2025-03-18 05:00, all after every record. "yday" for the dispatcher
  is ``[2025-03-11, 2025-03-12)`` and "today" ``[2025-03-12, now]``; "yesterday" for the ERP administrator is
  ``[2025-03-12, 2025-03-13)``; "Tuesday", "the 11th", "Tuesday the 11th" are ``[2025-03-11, 2025-03-12)``; "this
  week" (the ERP administrator's) is ``[2025-03-10, now]``; "last week" (the translation agency lead's) is
  ``[2025-03-10, 2025-03-17)``; "this month", "in March" from 2025-03-01 to now; "in February" ``[2025-02-01,
  2025-03-01)``; "this year" from 2025-01-01 to now; "between 01:00 and 03:00 UTC" and "between 2 and 3pm UTC"
  include the start and exclude the end, as does "overnight from 11 March 18:00 to 12 March 06:00". "All time", "all
  up", "all of 'em" and a question with no time have no window. A thing is in a window by its own time (an alert's
  ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's
  ``timestamp``); "what was firing at 2:45pm" is the state at that instant; "muted rn" the silences active at now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL; the "3 longest incidents" count an open one until
  the asker's now); silences the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of
  ``ends_at`` and ``expired_at`` ("really in place" is that span; "set for longer than 2 hours" the scheduled span
  ``starts_at`` to ``ends_at``). An alert "lasted more than 60 minutes" from its start to its end, or to now while it
  fires. Changes are their ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in
  production on the 11th, reported by two tools, is two rows), "rollbacks", "config changes", "flags toggled",
  "releases", "scale events" their types, "changes" of any type every live report. A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the
  version "live in prod rn" is that of the last live deployment or rollback of that service in production. "v2.14.0
  went live in prod" is the live production deployment of payments-api v2.14.0 (its earliest report); "the rollback"
  after it is the first live production rollback of payments-api at or after it; "the payments-api rollback" alone
  (xy027) its latest. People are as stored (``lnovak`` and ``lucie.novak@acme.io`` are two actors); "humans only, not
  argocd" leaves out ``argocd (automated)`` and ``deployment-controller``; "who" and "which people" otherwise list
  every actor, tools included; "maria" and "kenji" are ``ILIKE`` matches. "The identity project", "identity services"
  are ``project = 'identity'``; "the search project" ``project = 'search'``; "checkout services" ``project =
  'checkout'``. "The cart-service silence" / "maria's cart-service silence" is the only silence pinning cart-service.
  "Alerts mentioning eu-west-1" look in the alert name, summary and description. "Came in through Grafana" and
  "arrived as PagerDuty events" are the alert ``source``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert "within N minutes after" / "in the N min after" a change starts in ``[t, t + N]`` ("within one hour" 60);
  "what changed in production in the hour before the first payments-api alert on Tuesday" is every live production
  change in ``[t - 60 min, t]``, any service; "the 5 latest changes before the rollback went live" are the five live
  reports of any service and type strictly before it. "Production alerts, any service" and "which checkout services
  had alerts" after v2.14.0 went live are windows from that one event, not joined on its service. A silence meets the
  other side on its service and, when it pins one, its environment: alerts "started during an active silence" started
  inside its span (start included, end excluded); alerts "firing on cart-service while its silence was on" overlap
  it; incidents that "opened while a silence ... was in effect" opened inside it; silences "created while an incident
  on the same service was open" were created inside the incident's span, ends included; deploys "followed by a
  silence on the same service within 24 hours" are met by its creation in ``[t, t + 24 h]``; "silences in effect
  while the payments-api HikariPoolPendingConnections incident was open, any svc" overlap that incident, whatever they
  pin. Changes "made while an incident on the same service was open" have their time inside the incident's span, ends
  included. Deploys "followed by a rollback of the same service within an hour" are met by a live rollback of that
  service and environment in ``(t, t + 60 min]``. "Suspect" is ``incident_suspects``: "blamed on a deploy" /
  "incidents caused by a deploy of another service" are suspects of ``change_type = 'deployment'`` (the second with
  ``change_service <> service``); "changes blamed for critical incidents" are the ``change_events`` rows that are the
  suspect of an incident whose ``max_severity`` is critical, and "who made" them their ``change_actor``s; "whose
  changes got pinned as the suspect" counts distinct incidents per ``change_actor``; the "average lag" is the mean of
  ``lag_s`` over every suspect row, in minutes. "Had an early warning before them" and "the early warnings in the hour
  before the HighErrorRate incident on payments-api" are ``incident_warnings`` (the second its rows for that
  incident, every column); "not preceded by an early warning" no row there. "For each early warning on payments-api"
  is every ``warnings`` row whose ``service`` label is payments-api, its kind ``labels['alertname']``, with the
  payments-api alerts that started in ``[w, w + 15 min]`` (0 where none). "How it got fixed" / "the fix and who
  resolved it" are ``alert_groups`` joined to ``resolutions``. "For each silence, how many alerts did Alertmanager
  hold back" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every silence listed; "actually held back
  any alerts" is a silence ``alert_mutes`` names. "Incidents yday w/ their suspect if any" keeps every incident that
  opened that day (a ``LEFT JOIN``, the version empty where there is no suspect). The payments-api error log lines
  "in the 5 min after v2.14.0 went live in prod" are its production ``is_error`` lines in ``[t, t + 5 min]``.
- Aggregates: durations in minutes to one decimal ("avg mins to resolve per svc" and "median time to resolve" over
  the resolved alerts; "maximum time to resolve an incident" over the resolved incidents); percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects ("what percent of prod deploys": every live
  production deployment, all time; "what percentage of all incidents": every incident); "on avg how many alerts in the
  15 min after each prod deploy yday" is the mean of the per-deploy counts, deploys with none counting 0; "deploys per
  day on average last week" the mean of the daily counts over the days that had deploys; "average number of alerts per
  incident" the mean of ``alert_count``; "total silenced hours per silence author" sums the real spans in hours, most
  first; "average snooze duration" the mean ``duration_s`` of the snoozes, in minutes.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses (the two of
  xy060 tie with each other, the third far behind; the top 4 of xy055 stop before a tie at 2). "Which hr yday had the
  most alerts" is the hour's UTC start with its count; "staging or production ... just the winner" the one environment
  with its count; "which kind of early warning fires the most" the ``labels['alertname']`` with its count; "the 3
  strongest early warnings by sigma" the ``warnings`` rows; "the 3 longest incidents" service, alert name and minutes.
  "Who ..., and when?" is the person and the time of each act; "which versions of auth-api went out to staging" each
  version once; "when was search-api last deployed" that deploy's row.
- Refusals: the service "dock-station-api", the service "milk-intake", the cluster "prod-us-south-1", the "uat"
  environment and the person "h.albalushi" are ungrounded (none appears in any table); rebalancing bikes between
  docks, posting a goods receipt in SAP, Wi-Fi channel widths in a stadium, choosing a translation tool and a drug
  dose are not about this data; silencing DiskSpaceLow, deleting old alerts, acking the critical alerts, renaming the
  search project and marking the token-service incident resolved ask to change the data.
"""

N1 = "2025-03-12T06:30:00+00:00"
N2 = "2025-03-13T07:00:00+00:00"
N3 = "2025-03-14T13:00:00+00:00"
N4 = "2025-03-17T06:00:00+00:00"
N5 = "2025-03-18T05:00:00+00:00"

_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production' "
    "AND type = 'deployment' AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')"
)
_CART_SILENCE = "(SELECT created_at FROM silences WHERE service = 'cart-service')"
_IN_EFFECT = "least(s.ends_at, coalesce(s.expired_at, s.ends_at))"

ROWS = [
    # filters
    (
        "xy001",
        "filters",
        "crit alerts on paymnets-api yday?",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical' "
        "AND starts_at >= '2025-03-11' AND starts_at < '2025-03-12'",
        N1,
    ),
    (
        "xy002",
        "filters",
        "staging alrts for identity, this month",
        "SELECT * FROM alerts WHERE project = 'identity' AND environment = 'staging' AND starts_at >= '2025-03-01'",
        N1,
    ),
    (
        "xy003",
        "filters",
        "payments-api alerts in the 15 min after v2.14.0 went live in prod",
        "SELECT a.* FROM alerts a WHERE a.service = 'payments-api' AND a.environment_canonical = 'production' "
        f"AND a.starts_at >= {_V214} AND a.starts_at <= {_V214} + INTERVAL 15 MINUTE",
        N1,
    ),
    (
        "xy004",
        "filters",
        "Which token-service alerts had severity warning? All time, all columns.",
        "SELECT * FROM alerts WHERE service = 'token-service' AND severity = 'warning'",
        N2,
    ),
    (
        "xy005",
        "filters",
        "Show me the alerts that came in through Grafana.",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        N2,
    ),
    (
        "xy006",
        "filters",
        "Alerts on user-profile within one hour after a user-profile deploy, please.",
        "SELECT a.* FROM alerts a WHERE a.service = 'user-profile' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'user-profile' "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        N2,
    ),
    (
        "xy007",
        "filters",
        "y'all got any alerts mentioning eu-west-1? every column",
        "SELECT * FROM alerts WHERE name ILIKE '%eu-west-1%' OR annotations['summary'] ILIKE '%eu-west-1%' "
        "OR annotations['description'] ILIKE '%eu-west-1%'",
        N3,
    ),
    (
        "xy008",
        "filters",
        "checkout-web alerts from Tuesday the 11th, all columns",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at >= '2025-03-11' "
        "AND starts_at < '2025-03-12'",
        N3,
    ),
    (
        "xy009",
        "filters",
        "production alerts, any service, that kicked off in the 10 minutes after payments-api v2.14.0 went live",
        "SELECT a.* FROM alerts a WHERE a.environment_canonical = 'production' "
        f"AND a.starts_at >= {_V214} AND a.starts_at <= {_V214} + INTERVAL 10 MINUTE",
        N3,
    ),
    (
        "xy010",
        "filters",
        "Warning-level alerts of the search project in production last week.",
        "SELECT * FROM alerts WHERE project = 'search' AND environment_canonical = 'production' "
        "AND severity = 'warning' AND starts_at >= '2025-03-10' AND starts_at < '2025-03-17'",
        N4,
    ),
    (
        "xy011",
        "filters",
        "Alerts that arrived as PagerDuty events (all fields).",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        N4,
    ),
    (
        "xy012",
        "filters",
        "Alerts that started during an active silence on the same service.",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        f"AND a.starts_at >= s.starts_at AND a.starts_at < {_IN_EFFECT})",
        N4,
    ),
    (
        "xy013",
        "filters",
        "Dear team, kindly list the auth-api alerts in production during February.",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'production' "
        "AND starts_at >= '2025-02-01' AND starts_at < '2025-03-01'",
        N5,
    ),
    (
        "xy014",
        "filters",
        "Which token-service alerts lasted more than 60 minutes?",
        "SELECT * FROM alerts WHERE service = 'token-service' "
        "AND coalesce(ends_at, TIMESTAMPTZ '2025-03-18 05:00:00+00') - starts_at > INTERVAL 60 MINUTE",
        N5,
    ),
    (
        "xy015",
        "filters",
        "Which alerts started within 30 minutes after a config change on the same service?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'config_update' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        N5,
    ),
    # time
    (
        "xy016",
        "time",
        "when did the first indexer alert fire today",
        "SELECT min(starts_at) FROM alerts WHERE service = 'indexer' AND starts_at >= '2025-03-12'",
        N1,
    ),
    (
        "xy017",
        "time",
        "wat was firing at 2:45pm utc yday",
        "SELECT * FROM alerts WHERE starts_at <= '2025-03-11 14:45:00+00' "
        "AND (ends_at IS NULL OR ends_at > '2025-03-11 14:45:00+00')",
        N1,
    ),
    (
        "xy018",
        "time",
        "how many mins was v2.14.0 live in prod before the rollback went live",
        "SELECT round((epoch(r) - epoch(d)) / 60, 1) FROM (SELECT "
        f"{_V214} AS d, (SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND type = 'rollback' AND phase = 'live' "
        f"AND timestamp >= {_V214}) AS r)",
        N1,
    ),
    (
        "xy019",
        "time",
        "How many alerts started yesterday between 01:00 and 03:00 UTC?",
        "SELECT count(*) FROM alerts WHERE starts_at >= '2025-03-12 01:00:00+00' "
        "AND starts_at < '2025-03-12 03:00:00+00'",
        N2,
    ),
    (
        "xy020",
        "time",
        "Alerts per day this week, in UTC days.",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= '2025-03-10' GROUP BY day ORDER BY alerts DESC",
        N2,
    ),
    (
        "xy021",
        "time",
        "What changed in production in the hour before the first payments-api alert on Tuesday?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' "
        "AND starts_at >= '2025-03-11' AND starts_at < '2025-03-12') - INTERVAL 1 HOUR "
        "AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' "
        "AND starts_at >= '2025-03-11' AND starts_at < '2025-03-12')",
        N2,
    ),
    (
        "xy022",
        "time",
        "which alerts started between 2 and 3pm UTC on tuesday the 11th? whole rows",
        "SELECT * FROM alerts WHERE starts_at >= '2025-03-11 14:00:00+00' AND starts_at < '2025-03-11 15:00:00+00'",
        N3,
    ),
    (
        "xy023",
        "time",
        "what time did the last search-api alert in staging start?",
        "SELECT max(starts_at) FROM alerts WHERE service = 'search-api' AND environment = 'staging'",
        N3,
    ),
    (
        "xy024",
        "time",
        "what was still firing the moment maria put her cart-service silence on?",
        f"SELECT * FROM alerts WHERE starts_at <= {_CART_SILENCE} AND (ends_at IS NULL OR ends_at > {_CART_SILENCE})",
        N3,
    ),
    (
        "xy025",
        "time",
        "Number of alerts per day last week (UTC days).",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= '2025-03-10' AND starts_at < '2025-03-17' GROUP BY day ORDER BY alerts DESC",
        N4,
    ),
    (
        "xy026",
        "time",
        "List the alerts of the identity project that started in February.",
        "SELECT * FROM alerts WHERE project = 'identity' AND starts_at >= '2025-02-01' AND starts_at < '2025-03-01'",
        N4,
    ),
    (
        "xy027",
        "time",
        "The 5 latest changes before the payments-api rollback went live.",
        "SELECT * FROM change_events WHERE phase = 'live' AND timestamp < (SELECT max(timestamp) FROM change_events "
        "WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live') ORDER BY timestamp DESC LIMIT 5",
        N4,
    ),
    (
        "xy028",
        "time",
        "Which alerts started overnight from 11 March 18:00 to 12 March 06:00 UTC?",
        "SELECT * FROM alerts WHERE starts_at >= '2025-03-11 18:00:00+00' AND starts_at < '2025-03-12 06:00:00+00'",
        N5,
    ),
    (
        "xy029",
        "time",
        "When did the earliest alert of this year start?",
        "SELECT min(starts_at) FROM alerts WHERE starts_at >= '2025-01-01'",
        N5,
    ),
    (
        "xy030",
        "time",
        "Which early warnings started in the hour before the HighErrorRate incident on payments-api opened?",
        "SELECT * FROM incident_warnings WHERE service = 'payments-api' "
        "AND group_labels['alertname'] = 'HighErrorRate'",
        N5,
    ),
    # aggregates
    (
        "xy031",
        "aggregates",
        "how many alerts total yday",
        "SELECT count(*) FROM alerts WHERE starts_at >= '2025-03-11' AND starts_at < '2025-03-12'",
        N1,
    ),
    (
        "xy032",
        "aggregates",
        "avg mins to resolve per svc yday",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts "
        "WHERE starts_at >= '2025-03-11' AND starts_at < '2025-03-12' AND ends_at IS NOT NULL "
        "GROUP BY service ORDER BY avg_minutes DESC",
        N1,
    ),
    (
        "xy033",
        "aggregates",
        "on avg how many alerts in the 15 min after each prod deploy yday",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.fingerprint) AS n FROM change_events c "
        "LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= '2025-03-11' AND c.timestamp < '2025-03-12' GROUP BY c.id)",
        N1,
    ),
    (
        "xy034",
        "aggregates",
        "What share of Tuesday's alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
        "WHERE starts_at >= '2025-03-11' AND starts_at < '2025-03-12'",
        N2,
    ),
    (
        "xy035",
        "aggregates",
        "Average number of alerts per incident, all time?",
        "SELECT round(avg(alert_count), 1) FROM alert_groups",
        N2,
    ),
    (
        "xy036",
        "aggregates",
        "How many incidents had an early warning before them?",
        "SELECT count(DISTINCT group_id) FROM incident_warnings",
        N2,
    ),
    (
        "xy037",
        "aggregates",
        "median time to resolve for the search project's alerts, in minutes",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
        "WHERE project = 'search' AND ends_at IS NOT NULL",
        N3,
    ),
    (
        "xy038",
        "aggregates",
        "how many distinct alert names ever fired in production",
        "SELECT count(DISTINCT name) FROM alerts WHERE environment_canonical = 'production'",
        N3,
    ),
    (
        "xy039",
        "aggregates",
        "what percent of prod deploys got followed by an alert on the same service within 30 minutes?",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)) / count(*), 1) "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
        N3,
    ),
    (
        "xy040",
        "aggregates",
        "What is the average snooze duration, in minutes?",
        "SELECT round(avg(duration_s) / 60, 1) FROM audit_log WHERE action = 'snooze'",
        N4,
    ),
    (
        "xy041",
        "aggregates",
        "How many deploys went live per day on average last week?",
        "SELECT round(avg(n), 1) FROM (SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS n "
        "FROM change_events WHERE type = 'deployment' AND phase = 'live' AND timestamp >= '2025-03-10' "
        "AND timestamp < '2025-03-17' GROUP BY day)",
        N4,
    ),
    (
        "xy042",
        "aggregates",
        "Average lag in minutes between a suspect change and its incident opening.",
        "SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects",
        N4,
    ),
    (
        "xy043",
        "aggregates",
        "How many acknowledgements were recorded in total?",
        "SELECT count(*) FROM audit_log WHERE action = 'ack'",
        N5,
    ),
    (
        "xy044",
        "aggregates",
        "What was the maximum time to resolve an incident opened in February, in minutes?",
        "SELECT round(max(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups "
        "WHERE opened_at >= '2025-02-01' AND opened_at < '2025-03-01' AND resolved_at IS NOT NULL",
        N5,
    ),
    (
        "xy045",
        "aggregates",
        "What percentage of all incidents had a suspect change?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1) "
        "FROM alert_groups",
        N5,
    ),
    # top_n
    (
        "xy046",
        "top_n",
        "top 3 svcs by alerts yday",
        "SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= '2025-03-11' AND starts_at < '2025-03-12' "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        N1,
    ),
    (
        "xy047",
        "top_n",
        "which hr yday had the most alerts, hr + count",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= '2025-03-11' AND starts_at < '2025-03-12' GROUP BY hour ORDER BY alerts DESC LIMIT 1",
        N1,
    ),
    (
        "xy048",
        "top_n",
        "which svc had the most incidents blamed on a deploy",
        "SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects WHERE change_type = 'deployment' "
        "GROUP BY service ORDER BY incidents DESC, service LIMIT 1",
        N1,
    ),
    (
        "xy049",
        "top_n",
        "Top 2 alert names by number of alerts in production?",
        "SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' "
        "GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
        N2,
    ),
    (
        "xy050",
        "top_n",
        "Who are the top 3 people by live deployments? Humans only, not argocd.",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND actor NOT IN ('argocd (automated)', 'deployment-controller') GROUP BY actor "
        "ORDER BY deploys DESC, actor LIMIT 3",
        N2,
    ),
    (
        "xy051",
        "top_n",
        "Which two services had the most alerts within an hour after their own deploys?",
        "SELECT c.service, count(DISTINCT a.fingerprint || a.starts_at::VARCHAR) AS alerts FROM change_events c "
        "JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live' GROUP BY c.service ORDER BY alerts DESC, c.service LIMIT 2",
        N2,
    ),
    (
        "xy052",
        "top_n",
        "the 3 longest incidents - service, alert name, minutes",
        "SELECT service, group_labels['alertname'] AS alertname, "
        "round((epoch(coalesce(resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00')) - epoch(opened_at)) / 60, 1) "
        "AS minutes FROM alert_groups ORDER BY minutes DESC LIMIT 3",
        N3,
    ),
    (
        "xy053",
        "top_n",
        "staging or production, which one had more alerts all up? just the winner w/ its count",
        "SELECT environment_canonical, count(*) AS alerts FROM alerts GROUP BY environment_canonical "
        "ORDER BY alerts DESC LIMIT 1",
        N3,
    ),
    (
        "xy054",
        "top_n",
        "whose changes got pinned as the suspect for the most incidents? top 2",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects "
        "GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 2",
        N3,
    ),
    (
        "xy055",
        "top_n",
        "Top 4 alert names last week by number of alerts.",
        "SELECT name, count(*) AS alerts FROM alerts WHERE starts_at >= '2025-03-10' AND starts_at < '2025-03-17' "
        "GROUP BY name ORDER BY alerts DESC, name LIMIT 4",
        N4,
    ),
    (
        "xy056",
        "top_n",
        "Which project had the most alerts last week?",
        "SELECT project, count(*) AS alerts FROM alerts WHERE starts_at >= '2025-03-10' AND starts_at < '2025-03-17' "
        "GROUP BY project ORDER BY alerts DESC, project LIMIT 1",
        N4,
    ),
    (
        "xy057",
        "top_n",
        "Which kind of early warning fires the most? The kind and how many.",
        "SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings GROUP BY kind "
        "ORDER BY warnings DESC, kind LIMIT 1",
        N4,
    ),
    (
        "xy058",
        "top_n",
        "Please show the 3 strongest early warnings by sigma.",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3",
        N5,
    ),
    (
        "xy059",
        "top_n",
        "Who acknowledged the most alerts?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor "
        "ORDER BY acks DESC, actor LIMIT 1",
        N5,
    ),
    (
        "xy060",
        "top_n",
        "Which two people created the most silences while an incident on the same service was open?",
        "SELECT s.created_by, count(*) AS silences FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 05:00:00+00')) "
        "GROUP BY s.created_by ORDER BY silences DESC, s.created_by LIMIT 2",
        N5,
    ),
    # changes
    (
        "xy061",
        "changes",
        "who deployed paymnts-api yday",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'deployment' "
        "AND phase = 'live' AND timestamp >= '2025-03-11' AND timestamp < '2025-03-12'",
        N1,
    ),
    (
        "xy062",
        "changes",
        "which version of checkout-web is live in prod rn",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'checkout-web' "
        "AND environment = 'production' AND type IN ('deployment', 'rollback') AND phase = 'live' "
        "ORDER BY timestamp DESC LIMIT 1",
        N1,
    ),
    (
        "xy063",
        "changes",
        "deploys yday followed by a crit alert w/in an hour",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.timestamp >= '2025-03-11' AND c.timestamp < '2025-03-12' AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment AND a.severity = 'critical' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        N1,
    ),
    (
        "xy064",
        "changes",
        "List the config changes of this week.",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND timestamp >= '2025-03-10'",
        N2,
    ),
    (
        "xy065",
        "changes",
        "Which flags were toggled in production: the flag summary, who and when?",
        "SELECT summary, actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND environment = 'production'",
        N2,
    ),
    (
        "xy066",
        "changes",
        "Which changes were blamed for critical incidents?",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects "
        "WHERE max_severity = 'critical')",
        N2,
    ),
    (
        "xy067",
        "changes",
        "rollbacks in prod, all of 'em",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'",
        N3,
    ),
    (
        "xy068",
        "changes",
        "when was search-api last deployed to production?",
        "SELECT * FROM change_events WHERE service = 'search-api' AND environment = 'production' "
        "AND type = 'deployment' AND phase = 'live' ORDER BY timestamp DESC LIMIT 1",
        N3,
    ),
    (
        "xy069",
        "changes",
        "prod deploys with no alert on the same service in the 30 min after 'em",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.environment = 'production' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        N3,
    ),
    (
        "xy070",
        "changes",
        "Which versions of auth-api went out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        N4,
    ),
    (
        "xy071",
        "changes",
        "How many scale events were there last week?",
        "SELECT count(*) FROM change_events WHERE type = 'scale' AND phase = 'live' "
        "AND timestamp >= '2025-03-10' AND timestamp < '2025-03-17'",
        N4,
    ),
    (
        "xy072",
        "changes",
        "Changes made on a service while an incident on that same service was open.",
        "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = c.service AND g.environment = c.environment "
        "AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 06:00:00+00'))",
        N4,
    ),
    (
        "xy073",
        "changes",
        "Please list the releases published in March.",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' AND timestamp >= '2025-03-01'",
        N5,
    ),
    (
        "xy074",
        "changes",
        "Who changed the configuration of token-service, and when?",
        "SELECT actor, timestamp FROM change_events WHERE service = 'token-service' AND type = 'config_update' "
        "AND phase = 'live'",
        N5,
    ),
    (
        "xy075",
        "changes",
        "Which deploys were followed by a rollback of the same service within an hour?",
        "SELECT d.* FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS (SELECT 1 "
        "FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service "
        "AND r.environment = d.environment "
        "AND r.timestamp > d.timestamp AND r.timestamp <= d.timestamp + INTERVAL 60 MINUTE)",
        N5,
    ),
    # silences
    (
        "xy076",
        "silences",
        "whats muted rn",
        "SELECT * FROM silences WHERE starts_at <= '2025-03-12 06:30:00+00' AND ends_at > '2025-03-12 06:30:00+00' "
        "AND (expired_at IS NULL OR expired_at > '2025-03-12 06:30:00+00')",
        N1,
    ),
    (
        "xy077",
        "silences",
        "who silenced indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        N1,
    ),
    (
        "xy078",
        "silences",
        "alerts firing on cart-service while its silence was on",
        "SELECT a.* FROM alerts a JOIN silences s ON s.service = 'cart-service' WHERE a.service = 'cart-service' "
        f"AND a.starts_at < {_IN_EFFECT} AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)",
        N1,
    ),
    (
        "xy079",
        "silences",
        "How many silences were created in February?",
        "SELECT count(*) FROM silences WHERE created_at >= '2025-02-01' AND created_at < '2025-03-01'",
        N2,
    ),
    (
        "xy080",
        "silences",
        "Silences with a comment mentioning reindex.",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        N2,
    ),
    (
        "xy081",
        "silences",
        "For each silence, how many alerts did Alertmanager hold back under it? Zero included.",
        "SELECT s.silence_id, count(m.id) AS muted FROM silences s LEFT JOIN alert_mutes m "
        "ON list_contains(m.silenced_by, s.silence_id) GROUP BY s.silence_id",
        N2,
    ),
    (
        "xy082",
        "silences",
        "which silences did maria expire",
        "SELECT * FROM silences WHERE expired_by ILIKE '%maria%'",
        N3,
    ),
    (
        "xy083",
        "silences",
        "silences set for longer than 2 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 2 HOUR",
        N3,
    ),
    (
        "xy084",
        "silences",
        "silences created while an incident on the same service was open",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))",
        N3,
    ),
    (
        "xy085",
        "silences",
        "Total silenced hours per silence author, as the silences were really in place.",
        "SELECT created_by, "
        "round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)"
        " AS hours FROM silences GROUP BY created_by ORDER BY hours DESC",
        N4,
    ),
    (
        "xy086",
        "silences",
        "Production silences created last week.",
        "SELECT * FROM silences WHERE environment_canonical = 'production' AND created_at >= '2025-03-10' "
        "AND created_at < '2025-03-17'",
        N4,
    ),
    (
        "xy087",
        "silences",
        "Which silences actually held back any alerts, according to Alertmanager?",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        N4,
    ),
    (
        "xy088",
        "silences",
        "Which silences have more than two matchers?",
        "SELECT * FROM silences WHERE len(matchers) > 2",
        N5,
    ),
    (
        "xy089",
        "silences",
        "Please list the snoozes made by kenji.",
        "SELECT * FROM audit_log WHERE action = 'snooze' AND actor ILIKE '%kenji%'",
        N5,
    ),
    (
        "xy090",
        "silences",
        "Which incidents opened while a silence on the same service was in effect?",
        "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        f"AND g.opened_at >= s.starts_at AND g.opened_at < {_IN_EFFECT})",
        N5,
    ),
    # joins
    (
        "xy091",
        "joins",
        "alerts w/in 15 min after a flag change on the same svc",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        N1,
    ),
    (
        "xy092",
        "joins",
        "incidents yday w/ their suspect if any: svc, alert, opened, suspect version",
        "SELECT g.service, g.group_labels['alertname'], g.opened_at, "
        "coalesce(s.change_details['ref'], s.change_version) FROM alert_groups g LEFT JOIN incident_suspects s "
        "ON s.group_id = g.id AND s.workspace_id = g.workspace_id "
        "WHERE g.opened_at >= '2025-03-11' AND g.opened_at < '2025-03-12'",
        N1,
    ),
    (
        "xy093",
        "joins",
        "how many payments-api error log lines in the 5 min after v2.14.0 went live in prod",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
        "AND is_error "
        f"AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 5 MINUTE",
        N1,
    ),
    (
        "xy094",
        "joins",
        "For each incident opened on Tuesday that has a resolution: service, alert name, root cause and fix.",
        "SELECT g.service, g.group_labels['alertname'], r.root_cause, r.fix FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id WHERE g.opened_at >= '2025-03-11' AND g.opened_at < '2025-03-12'",
        N2,
    ),
    (
        "xy095",
        "joins",
        "Incidents in March with no suspect change.",
        "SELECT * FROM alert_groups WHERE opened_at >= '2025-03-01' "
        "AND id NOT IN (SELECT group_id FROM incident_suspects)",
        N2,
    ),
    (
        "xy096",
        "joins",
        "Deploys that were followed by a silence on the same service within 24 hours.",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 "
        "FROM silences s WHERE s.service = c.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
        "AND s.created_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 24 HOUR)",
        N2,
    ),
    (
        "xy097",
        "joins",
        "which checkout services had alerts within 30 min after payments-api v2.14.0 went live",
        "SELECT DISTINCT service FROM alerts WHERE project = 'checkout' "
        f"AND starts_at >= {_V214} AND starts_at <= {_V214} + INTERVAL 30 MINUTE",
        N3,
    ),
    (
        "xy098",
        "joins",
        "incidents caused by a deploy of another service",
        "SELECT * FROM incident_suspects WHERE change_type = 'deployment' AND change_service <> service",
        N3,
    ),
    (
        "xy099",
        "joins",
        "silences in effect while the payments-api HikariPoolPendingConnections incident was open, any svc",
        "SELECT s.* FROM silences s, alert_groups g WHERE g.service = 'payments-api' "
        "AND g.group_labels['alertname'] = 'HikariPoolPendingConnections' "
        "AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00') "
        f"AND {_IN_EFFECT} > g.opened_at",
        N3,
    ),
    (
        "xy100",
        "joins",
        "For each early warning on payments-api, its kind, when it started and how many payments-api alerts "
        "started in the 15 minutes after it (zero included).",
        "SELECT w.labels['alertname'], w.starts_at, count(a.fingerprint) FROM warnings w LEFT JOIN alerts a "
        "ON a.service = 'payments-api' AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE "
        "WHERE w.labels['service'] = 'payments-api' GROUP BY w.id, w.labels['alertname'], w.starts_at",
        N4,
    ),
    (
        "xy101",
        "joins",
        "Incidents last week that were not preceded by an early warning.",
        "SELECT * FROM alert_groups WHERE opened_at >= '2025-03-10' AND opened_at < '2025-03-17' "
        "AND id NOT IN (SELECT group_id FROM incident_warnings)",
        N4,
    ),
    (
        "xy102",
        "joins",
        "Which people made production changes while an incident on the same service was open?",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.phase = 'live' AND c.environment = 'production' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        "AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 06:00:00+00'))",
        N4,
    ),
    (
        "xy103",
        "joins",
        "Which incidents had a flag change as their suspect?",
        "SELECT * FROM incident_suspects WHERE change_type = 'flag_change'",
        N5,
    ),
    (
        "xy104",
        "joins",
        "For the incidents on identity services, please give service, alert name, the fix and who resolved it.",
        "SELECT g.service, g.group_labels['alertname'], r.fix, r.resolved_by FROM alert_groups g "
        "JOIN resolutions r ON r.group_id = g.id WHERE g.project = 'identity'",
        N5,
    ),
    (
        "xy105",
        "joins",
        "Who made the changes that were blamed for critical incidents?",
        "SELECT DISTINCT change_actor FROM incident_suspects WHERE max_severity = 'critical'",
        N5,
    ),
    # refusals
    ("xy106", "refusals", "silence DiskSpaceLow on indexer for 2h pls", "asks_to_change_data", N1),
    ("xy107", "refusals", "any alerts on dock-station-api yday", "ungrounded", N1),
    ("xy108", "refusals", "best algo for rebalancing bikes between docks at rush hour?", "not_about_this_data", N1),
    ("xy109", "refusals", "Please delete the resolved alerts older than January.", "asks_to_change_data", N2),
    ("xy110", "refusals", "Show the deploys of the milk-intake service this week.", "ungrounded", N2),
    ("xy111", "refusals", "How do I post a goods receipt for raw milk in SAP S/4HANA?", "not_about_this_data", N2),
    ("xy112", "refusals", "ack all the critical alerts for me real quick", "asks_to_change_data", N3),
    ("xy113", "refusals", "alerts in cluster prod-us-south-1 on game day", "ungrounded", N3),
    (
        "xy114",
        "refusals",
        "what channel width should we run on 5 GHz in a 70,000-seat dome?",
        "not_about_this_data",
        N3,
    ),
    ("xy115", "refusals", "Rename the search project to lookup.", "asks_to_change_data", N4),
    ("xy116", "refusals", "Incidents in the uat environment last week.", "ungrounded", N4),
    (
        "xy117",
        "refusals",
        "Which CAT tool handles legal translations best, memoQ or Trados?",
        "not_about_this_data",
        N4,
    ),
    ("xy118", "refusals", "Kindly list the deployments made by h.albalushi.", "ungrounded", N5),
    ("xy119", "refusals", "Please mark the token-service incident as resolved.", "asks_to_change_data", N5),
    ("xy120", "refusals", "What is the maximum safe daily dose of paracetamol for adults?", "not_about_this_data", N5),
]
