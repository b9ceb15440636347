"""The fifty-sixth ask question set: ids oz001..oz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor the rows of any
earlier set (beyond the ten allowed below). What the author read: the brief; the project's design notes (printed
whole); docs/store.md (printed whole, its middle, cut off by the terminal, printed again by line range); the headings of
docs/ask.md listed with grep and its "Shapes and joins" section printed by line range in pieces (taken as the rules for
the shape of every gold answer; one of the pieces ran past the section's end into "The gate" and the first lines of
"The optional language model", which were seen in passing); the module docstring of ``ask_questions`` and its code,
printed whole (how a set is wired and split; this set is not wired in by its author); the module docstrings of the
earlier sets, printed with ``ast`` into a scratch file, of which the forty-ninth's was read whole (its "Conventions"
list followed where a question leaves room) and the rest were searched with grep for city, country, language and role
words and for the bullet lines naming the people of the fiftieth to fifty-fifth; the first ten rows of
``ask_questions_thirtieth`` imported in Python (for the file's format) and, in passing, the lines defining that file's
module-level now constants (one grep); and the demo store itself, copied and opened read-only (records from 2025-01-02
to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing else was read,
beyond file names seen in directory listings of the project root, ``benchmarks/`` and the shared folder. Each row is
``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, person, environment or cluster the store does
not hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a
multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no voice from Perth,
Jakarta, Pune, Tallinn or Vancouver, no release train engineer and no account manager of a managed-services provider;
an incident commander, a FinOps person and mobile people have spoken before, but not these ones, in these places,
about these things). Each asks three questions in every category (24 each, three of them refusals):

- an incident commander in Perth writing the timeline of the March 11 payments outage for the review, at 16:00 AWST on
  Wednesday 12 March (2025-03-12 08:00 UTC): Australian English ("reckon", "copped" for got, "the lot", "ta"), every
  clock written in UTC with a "Z" because the timeline is kept in UTC; first alerts, minutes between events, what
  changed just before, what was muted, suspects and early warnings;
- an on-call engineer in Jakarta for the shop's mobile app, which calls payments-api and checkout-web, typing on a
  phone at 14:00 WIB on Wednesday 12 March (2025-03-12 07:00 UTC): lowercase, no apostrophes, "yday", "rn", "w/in",
  "svc", "wat", "alrts", "btw" for between, "ya", "pls"; what fired, what is firing and muted now, deploys and alerts;
- a release train engineer in Pune preparing the train's sync and the system demo, at 11:30 IST on Thursday 13 March
  (2025-03-13 06:00 UTC): Indian office English ("Kindly", "PFB query", "till date" for all time, "which all" and
  "what all" for which and what); deployments per environment and service, rollbacks, releases, versions, deploys
  with and without alerts after them;
- a FinOps analyst in Tallinn reviewing what observability and on-call cost, at 10:00 EET on Friday 14 March
  (2025-03-14 08:00 UTC): short statements for questions, "amount of" for number of, builds and storage in mind; log
  volumes, metric samples, scale-downs, silenced hours, incident minutes;
- an account manager at a managed-services provider in Vancouver preparing the client's monthly service review, at
  09:00 PDT on Monday 17 March (2025-03-17 16:00 UTC): "the client" (the store is the client's), "P1s" for critical
  alerts, "on file", "MTTR"; last week's incidents, resolutions, acks, who changed and who silenced what.

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters (oz002,
oz005, oz008, oz014), four in time (oz017, oz020, oz023, oz029), four in aggregates (oz032, oz035, oz038, oz044), four
in top_n (oz047, oz050, oz053, oz059), five in changes (oz062, oz065, oz068, oz072, oz074), five in silences (oz077,
oz080, oz084, oz086, oz089) and all fifteen joins. Deploys rolled back within the hour (oz012) and metric samples
during an alert (oz027) are not counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (the commander writes "Z",
  the others' teams keep UTC boards), so no question is read in another zone. "The 11th", "11th March", "Tuesday",
  "Tuesday the 11th" and the Jakarta engineer's "yday" are ``[2025-03-11, 2025-03-12)``; the Jakarta engineer's
  "today" is 2025-03-12 up to now; "this week" (Jakarta, Pune) runs from Monday 2025-03-10 to now; "last week" (the
  account manager, on Monday 17 March) is ``[2025-03-10, 2025-03-17)`` and "last month" February; "this month",
  "in March", "since 1 March" run from 2025-03-01 to now; "from 24 Feb to 2 March" is ``[2025-02-24, 2025-03-03)``;
  "last 3 hrs" is ``(now - 3 h, now]``; "between 14:30Z and 15:00Z", "btw 2am and 6am today" and "14:00Z and 15:00Z"
  include their start and exclude their end; "till date", "all time" and no time at all have no window. A thing is in
  a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a
  silence's ``created_at``, an ack's ``timestamp``, a warning's ``starts_at``, a sample's or a log line's
  ``timestamp``); "in effect at some moment on 24 February" and "in effect at any point during the payments outage,
  14:35Z to 15:20Z" share a moment with the window; "what was firing at 15:00 UTC", "at the moment the payments
  rollback went live", "still firing rn", "muted rn", "open at the moment maria put the cart-service silence on" are
  the state at that instant (every environment, the long-running firings included).
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL: several groups stay open as stored after their
  alert resolved, and are read as stored); silences the ``silences`` view's rows, in effect from ``starts_at`` until
  the earlier of ``ends_at`` and ``expired_at`` ("really in place"), "as scheduled" / "scheduled length" from
  ``starts_at`` to ``ends_at``. Changes are their ``phase = 'live'`` reports: "deploys" / "deployments"
  ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows: in oz035's
  base of eight deploys, oz037, oz038, oz039 and oz068), "rollbacks", "releases", "flag flips" / "flag changes",
  "config changes", "scale events" their types, "scale-downs" scale events whose ``details['replicas_to']`` is below
  ``details['replicas_from']`` (as integers), "changes" of any type every live report (scale events included). A
  version is ``coalesce(details['ref'], version)`` (``coalesce(change_details['ref'], change_version)`` in the
  incident views); the version "live in prod rn" / "as of now" is that of the last live deployment or rollback of that
  service and environment. "The v2.14.0 deploy", "payments-api v2.14.0 went live in prod" and "the payments-api prod
  deploy yday" are the live production deployment of payments-api at v2.14.0 (2025-03-11 14:31:22); "the payments
  (-api) rollback" of the 11th / Tuesday its live production rollback (14:56:37). "P1s" are critical alerts; "the
  client's people" every actor but ``argocd (automated)`` and ``deployment-controller``; "maria" and "kenji" are
  ``ILIKE '%maria%'`` / ``'%kenji%'`` on a silence's author; "the cart-service silence" is the only silence pinning
  cart-service (maria's); "the checkout incidents" / "checkout service" are ``project = 'checkout'``; "the identity
  project" ``project = 'identity'``; "the PaymentsAPIErrorBudgetBurn incident on the 11th" is that day's one group of
  that alert name, "the HikariPoolPendingConnections alert on 11 March" its one alert (its span, ends included). A
  "critical incident" is one whose ``max_severity`` is critical.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert or incident "within N min after" a change starts (opens) in ``[t, t + N]``; "in the one hour / 30 min before"
  an alert is ``[t - N, t]``, the changes being those of the alert's environment (production) and any service (oz023,
  oz065; oz065's "deploys" are deployments); windows "after v2.14.0 went live" count only the services the question
  names (oz005: cart-service and checkout-web; oz002 and oz047: every checkout service). "How many minutes from
  payments-api v2.14.0 going live ... to the first payments-api alert after it" runs to the first payments-api alert at
  or after it; "how long was checkout-web down on the 11th" from the first of that day's checkout-web alerts' start to
  the last one's end. A silence meets the other side on its service and, when it pins one, its environment: alerts
  "fired on cart-service while its silence was on" and production alerts that "fire while a silence on the same
  service was active" share a moment with its span (an alert still firing lasts until now; oz089 keeps the alerts
  that started last week); silences "made during an incident on the same svc" were created inside the incident's span,
  ends included; silences "created within 10 minutes after an alert on the same service started" are one row per
  silence and alert (silence id, author, alert name, alert start). Changes "made while a critical incident on the same
  service was open" have their time inside its span, ends included. Acks name their alert by their ``alertname`` and
  ``service`` equality matchers and count as taken "while the acked alert was still firing" when one such alert was on
  at the ack's time. "Suspect" is ``incident_suspects``: "had the v2.14.0 deploy pinned as the suspect" counts its
  distinct incidents; "whose deploys got blamed for the most incidents" counts distinct incidents per ``change_actor``
  of suspect deployments; "the change that got pinned as the suspect for the cart-service incident" and "which changes
  got blamed for last week's incidents" are the ``change_events`` rows named by those incidents' suspects (incidents
  opened last week); "incidents per suspect change type" counts distinct incidents per ``change_type``. "Early
  warnings before the ... incident" are its ``incident_warnings`` rows (every column); "w/o any early warning before
  them" no such row; "for each early warning on the indexer since 1 March" is every ``warnings`` row whose
  ``service`` label is indexer, started since 2025-03-01, its kind ``labels['alertname']``, with the indexer alerts
  of its ``environment`` label that started in ``[w, w + 15 min]`` (0 where none). "No resolution on file" is no
  ``resolutions`` row; "fixed by rolling back" a resolution whose fix says "rolled back", "roll back" or "rollback".
  "For every indexer silence, how many alerts did Alertmanager hold back under it" counts the ``alert_mutes`` rows
  whose ``silenced_by`` names it, all sixteen indexer silences listed. The "for each" questions are one row per thing
  with the columns they list and a count, 0 included (a ``LEFT JOIN``): oz093 deploy time, version, count; oz098
  service, version, count; oz099 flag change summary, time, count; oz102 kind, start, count. "Deploys yday followed by
  an alert ... - svc, version, who" is one row per deploy with those columns; "which svcs got alerts w/in 15m after
  their own deploys" the services, each once. Payments-api error log lines "during the PaymentsAPIErrorBudgetBurn
  incident" are production lines inside its span, ends included.
- Aggregates: durations in minutes to one decimal (an alert's "duration" from start to end of the resolved ones, an
  incident's "time to resolve" / "MTTR" from ``opened_at`` to ``resolved_at`` of the resolved ones); silenced hours
  summed per author to one decimal; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question
  selects ("percentage of production deployments till date ... followed by an alert": every live production
  deployment; "share of last week's production incidents had a suspect change": the production incidents opened last
  week); "on avg how many alerts in the 15 min after each prod deploy yday" is the mean of the per-deploy counts,
  deploys with none counting 0; "number of deployments and number of rollbacks ... side by side" is both counts in one
  row; counts "per environment", "per metric name", "each person" are a count per value, most first.
- Top-N answers ``value, measure`` most first, ties by the value, and every N asked is one no tie crosses ("just the
  one", "top 1", "only the top one" ask for one row). "Busiest hour yday, hour + count" is the hour's UTC start with its
  count; "incident minutes" sums resolved incidents' minutes; "the 3 longest production incidents last week, resolved
  ones only" are the whole ``alert_groups`` rows ranked by ``resolved_at - opened_at``. "Who ..., and when?" is the
  person and the time of each act ("who took the cart-service silence off, and when" its ``expired_by`` and
  ``expired_at``); "config changes ... who and when" the actor and time of each; "which all versions of auth-api went
  to staging" each version once; "checkout-web version in staging vs production" one row per environment. "Business
  hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``; "outside" them is any other time.
- Refusals: the service "loyalty-service", the service "android-app", the person "rahul.sharma", the cluster
  "prod-eu-central-1" (the store has prod-eu-west-1 and staging-eu-west-1) and the "uat" environment are ungrounded; a
  status-page post, push notifications on a phone, how to run PI planning, an EC2 on-demand price and an apology
  e-mail to the client are not about this data; marking the checkout flow incident resolved, restarting payments-api,
  deleting the requested-phase deployment records, dropping old log lines and silencing the indexer for a maintenance
  window ask to change the data.
"""

from __future__ import annotations

IC = "2025-03-12T08:00:00Z"  # incident commander, Perth, Wed 16:00 AWST
MOBILE = "2025-03-12T07:00:00Z"  # mobile-app on-call, Jakarta, Wed 14:00 WIB
RTE = "2025-03-13T06:00:00Z"  # release train engineer, Pune, Thu 11:30 IST
FINOPS = "2025-03-14T08:00:00Z"  # FinOps analyst, Tallinn, Fri 10:00 EET
MSP = "2025-03-17T16:00:00Z"  # MSP account manager, Vancouver, Mon 09:00 PDT

_D11 = "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_V214 = """(SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')"""
_PAY_RB = """(SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'rollback' AND phase = 'live'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                     AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')"""
_LASTWEEK_G = "opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"

ROWS = [
    # ---------------------------------------------------------------- filters
    ("oz001", "filters",
     "Building the timeline: every payments-api alert that kicked off between 14:30Z and 15:00Z on the 11th, "
     "all columns ta.",
     """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
               AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
     IC),
    ("oz002", "filters",
     "Which checkout incidents opened within 15 min after payments-api v2.14.0 went live in prod? Reckon it's most "
     "of them.",
     f"""SELECT * FROM alert_groups
           WHERE project = 'checkout'
             AND opened_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE""",
     IC),
    ("oz003", "filters",
     "Which alerts on the 11th came in through PagerDuty rather than Alertmanager?",
     f"""SELECT * FROM alerts WHERE source = 'pagerduty-events' AND {_D11}""",
     IC),
    ("oz004", "filters",
     "any checkout-web alrts yday? show em",
     f"""SELECT * FROM alerts WHERE service = 'checkout-web' AND {_D11}""",
     MOBILE),
    ("oz005", "filters",
     "cart or checkout-web alerts w/in 15m after the payments-api prod deploy yday",
     f"""SELECT * FROM alerts
           WHERE service IN ('cart-service', 'checkout-web') AND environment_canonical = 'production'
             AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE""",
     MOBILE),
    ("oz006", "filters",
     "whats still firing in prod rn ya",
     """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
     MOBILE),
    ("oz007", "filters",
     "Kindly share all the rollbacks done in production till date.",
     """SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'""",
     RTE),
    ("oz008", "filters",
     "Please list this week's deployments which were followed by an alert on the same service within 30 minutes.",
     """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
               AND d.timestamp <= TIMESTAMPTZ '2025-03-13 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
     RTE),
    ("oz009", "filters",
     "PFB query: which all releases were published on 11th March?",
     """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     RTE),
    ("oz010", "filters",
     "Scale-downs of payments-api in production, all of them.",
     """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
     FINOPS),
    ("oz011", "filters",
     "Which samples of service:http_errors:ratio_rate1m came as NaN or infinite?",
     """SELECT * FROM metric_points WHERE name = 'service:http_errors:ratio_rate1m' AND NOT isfinite(value)""",
     FINOPS),
    ("oz012", "filters",
     "Production deployments that got rolled back within one hour. For me these are wasted builds.",
     """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
     FINOPS),
    ("oz013", "filters",
     "The client wants last week's P1s for the monthly service review: critical alerts, production only.",
     """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
               AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     MSP),
    ("oz014", "filters",
     "Which of last week's production incidents still have no resolution on file?",
     f"""SELECT * FROM alert_groups
           WHERE environment = 'production' AND {_LASTWEEK_G}
             AND id NOT IN (SELECT group_id FROM resolutions WHERE group_id IS NOT NULL)""",
     MSP),
    ("oz015", "filters",
     "Staging alerts from the identity project last week, please.",
     """SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
               AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     MSP),
    # ---------------------------------------------------------------- time
    ("oz016", "time",
     "What time did the first cart-service alert fire on the 11th?",
     f"""SELECT min(starts_at) FROM alerts WHERE service = 'cart-service' AND {_D11}""",
     IC),
    ("oz017", "time",
     "How many minutes from payments-api v2.14.0 going live in prod to the first payments-api alert after it?",
     f"""SELECT round((epoch(min(a.starts_at)) - epoch({_V214})) / 60, 1)
           FROM alerts a
           WHERE a.service = 'payments-api' AND a.starts_at >= {_V214}""",
     IC),
    ("oz018", "time",
     "How long was checkout-web down on the 11th, in minutes?",
     f"""SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 08:00:00+00'))) - epoch(min(starts_at))) /
           60, 1)
           FROM alerts WHERE service = 'checkout-web' AND {_D11}""",
     IC),
    ("oz019", "time",
     "alerts last 3 hrs?",
     """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 04:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
     MOBILE),
    ("oz020", "time",
     "wat was firing at the moment the payments rollback went live yday",
     f"""SELECT * FROM alerts
           WHERE starts_at <= {_PAY_RB} AND (ends_at IS NULL OR ends_at > {_PAY_RB})""",
     MOBILE),
    ("oz021", "time",
     "alerts btw 2am and 6am today pls",
     """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
     MOBILE),
    ("oz022", "time",
     "Kindly tell me at what time the last production deployment went live on 11th March.",
     """SELECT max(timestamp) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     RTE),
    ("oz023", "time",
     "What all changes went live in production in the one hour before the first PaymentsAPIErrorBudgetBurn alert "
     "on 11th?",
     f"""SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn' AND {_D11}) - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'PaymentsAPIErrorBudgetBurn' AND {_D11})""",
     RTE),
    ("oz024", "time",
     "Please share the deployments done from 24 Feb to 2 March.",
     """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-24 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-03 00:00:00+00'""",
     RTE),
    ("oz025", "time",
     "Which silences were in effect at some moment on 24 February?",
     """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-02-25 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-02-24 00:00:00+00'""",
     FINOPS),
    ("oz026", "time",
     "First and last log timestamp for cart-service in production.",
     """SELECT min(timestamp), max(timestamp) FROM log_events
           WHERE service = 'cart-service' AND environment = 'production'""",
     FINOPS),
    ("oz027", "time",
     "hikaricp_connections_pending samples during the HikariPoolPendingConnections alert on 11 March, please.",
     """SELECT m.* FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 08:00:00+00'))""",
     FINOPS),
    ("oz028", "time",
     "When did the most recent production incident open?",
     """SELECT max(opened_at) FROM alert_groups WHERE environment = 'production'""",
     MSP),
    ("oz029", "time",
     "Which incidents were open at the moment maria put the cart-service silence on?",
     """SELECT * FROM alert_groups
           WHERE opened_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (resolved_at IS NULL OR resolved_at > (SELECT min(created_at) FROM silences
                                                        WHERE service = 'cart-service'
                                                          AND created_by ILIKE '%maria%'))""",
     MSP),
    ("oz030", "time",
     "What was firing at 15:00 UTC on Tuesday the 11th?",
     """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
     MSP),
]

ROWS += [
    # ---------------------------------------------------------------- aggregates
    ("oz031", "aggregates",
     "How many prod alerts did we cop on the 11th, in total?",
     f"""SELECT count(*) FROM alerts WHERE environment_canonical = 'production' AND {_D11}""",
     IC),
    ("oz032", "aggregates",
     "How many incidents had the v2.14.0 deploy pinned as the suspect?",
     """SELECT count(DISTINCT group_id) FROM incident_suspects
           WHERE coalesce(change_details['ref'], change_version) = 'v2.14.0'""",
     IC),
    ("oz033", "aggregates",
     "Average time to resolve, in minutes, for the checkout incidents that opened on the 11th (the resolved ones)?",
     """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE project = 'checkout' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     IC),
    ("oz034", "aggregates",
     "how many payments-api error log lines yday",
     """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     MOBILE),
    ("oz035", "aggregates",
     "on avg how many alerts in the 15 min after each prod deploy yday",
     """SELECT round(avg(n), 1) FROM (
             SELECT d.id, count(a.fingerprint) AS n
             FROM change_events d
             LEFT JOIN alerts a
               ON a.service = d.service AND a.environment_canonical = d.environment
              AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
             WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
               AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             GROUP BY d.id)""",
     MOBILE),
    ("oz036", "aggregates",
     "median alert duration for indexer in prod, mins",
     """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'indexer' AND environment_canonical = 'production' AND ends_at IS NOT NULL""",
     MOBILE),
    ("oz037", "aggregates",
     "Kindly give the count of deployments per environment for this week.",
     """SELECT environment, count(*) AS deployments FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 06:00:00+00'
           GROUP BY environment ORDER BY deployments DESC""",
     RTE),
    ("oz038", "aggregates",
     "What percentage of production deployments till date were followed by an alert on the same service within "
     "15 minutes?",
     """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'""",
     RTE),
    ("oz039", "aggregates",
     "Number of deployments and number of rollbacks in production on 11th March, side by side please.",
     """SELECT count(*) FILTER (WHERE type = 'deployment'), count(*) FILTER (WHERE type = 'rollback')
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     RTE),
    ("oz040", "aggregates",
     "Total silenced hours per silence author, counting how long each silence was really in place. Biggest first.",
     """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
     FINOPS),
    ("oz041", "aggregates",
     "Amount of log lines per environment in March.",
     """SELECT environment, count(*) AS lines FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY environment ORDER BY lines DESC""",
     FINOPS),
    ("oz042", "aggregates",
     "How many metric samples are stored per metric name? Biggest first.",
     """SELECT name, count(*) AS samples FROM metric_points GROUP BY name ORDER BY samples DESC""",
     FINOPS),
    ("oz043", "aggregates",
     "MTTR for last week's production incidents, in minutes.",
     f"""SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL AND {_LASTWEEK_G}""",
     MSP),
    ("oz044", "aggregates",
     "What share of last week's production incidents had a suspect change?",
     f"""SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups WHERE environment = 'production' AND {_LASTWEEK_G}""",
     MSP),
    ("oz045", "aggregates",
     "How many acks did the on-call team log in February?",
     """SELECT count(*) FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
     MSP),
    # ---------------------------------------------------------------- top_n
    ("oz046", "top_n",
     "Top 3 services by alerts on the 11th.",
     f"""SELECT service, count(*) AS alerts FROM alerts WHERE {_D11}
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
     IC),
    ("oz047", "top_n",
     "Which checkout service copped the most alerts in the 30 min after v2.14.0 went live in prod? Just the one.",
     f"""SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout' AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 30 MINUTE
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
     IC),
    ("oz048", "top_n",
     "Which alert name fired the most on the 11th, and how many times?",
     f"""SELECT name, count(*) AS alerts FROM alerts WHERE {_D11}
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
     IC),
    ("oz049", "top_n",
     "top 2 alert names in prod this week",
     """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
     MOBILE),
    ("oz050", "top_n",
     "whose deploys got blamed for the most incidents? top 1 only",
     """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
     MOBILE),
    ("oz051", "top_n",
     "busiest hour yday by alerts? hour + count",
     f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts WHERE {_D11}
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
     MOBILE),
    ("oz052", "top_n",
     "Top 2 services by number of staging deployments this week.",
     """SELECT service, count(*) AS deployments FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 06:00:00+00'
           GROUP BY service ORDER BY deployments DESC, service LIMIT 2""",
     RTE),
    ("oz053", "top_n",
     "Which 2 services had the most alerts within 60 minutes after their own deployments, till date?",
     """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = a.service AND d.environment = a.environment_canonical
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 2""",
     RTE),
    ("oz054", "top_n",
     "Top 3 alert names by number of incidents till date.",
     """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 3""",
     RTE),
    ("oz055", "top_n",
     "Top 3 services by log lines in production.",
     """SELECT service, count(*) AS lines FROM log_events WHERE environment = 'production'
           GROUP BY service ORDER BY lines DESC, service LIMIT 3""",
     FINOPS),
    ("oz056", "top_n",
     "Which silence author has the most silenced hours in total, as the silences were scheduled? Only the top one.",
     """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences
           GROUP BY created_by ORDER BY hours DESC, created_by LIMIT 1""",
     FINOPS),
    ("oz057", "top_n",
     "Top 2 services by incident minutes in production this month, resolved incidents only.",
     """SELECT service, round(sum(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY service ORDER BY minutes DESC, service LIMIT 2""",
     FINOPS),
    ("oz058", "top_n",
     "Top 2 services by production incidents last week.",
     f"""SELECT service, count(*) AS incidents FROM alert_groups
           WHERE environment = 'production' AND {_LASTWEEK_G}
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
     MSP),
    ("oz059", "top_n",
     "Which person acked the most alerts while those alerts were still firing? Just the top one.",
     """SELECT k.actor, count(*) AS acks FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE list_contains([m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                   AND NOT m.is_regex], a.name)
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                     AND NOT m.is_regex], a.service)
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))
           GROUP BY k.actor ORDER BY acks DESC, k.actor LIMIT 1""",
     MSP),
    ("oz060", "top_n",
     "The 3 longest production incidents last week, resolved ones only.",
     f"""SELECT * FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL AND {_LASTWEEK_G}
           ORDER BY epoch(resolved_at) - epoch(opened_at) DESC LIMIT 3""",
     MSP),
]

ROWS += [
    # ---------------------------------------------------------------- changes
    ("oz061", "changes",
     "What changed in prod between 14:00Z and 15:00Z on the 11th?",
     """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
     IC),
    ("oz062", "changes",
     "Show me the change that got pinned as the suspect for the cart-service incident on the 11th.",
     """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE service = 'cart-service'
                          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
     IC),
    ("oz063", "changes",
     "Who rolled back payments-api on the 11th, and when?",
     """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     IC),
    ("oz064", "changes",
     "wat version of payments-api is live in prod rn",
     """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback') AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
     MOBILE),
    ("oz065", "changes",
     "any deploys in the 30 min before the first checkout-web alert yday?",
     f"""SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' AND {_D11})
                                   - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' AND {_D11})""",
     MOBILE),
    ("oz066", "changes",
     "flag flips yday?",
     """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     MOBILE),
    ("oz067", "changes",
     "Which all versions of auth-api went to staging?",
     """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
     RTE),
    ("oz068", "changes",
     "Kindly list the production deployments of 11th March that had no alert on the same service within 60 minutes "
     "after them.",
     """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
     RTE),
    ("oz069", "changes",
     "checkout-web version in staging vs production as of now?",
     """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
     RTE),
    ("oz070", "changes",
     "Scale events of the indexer, every environment, all time.",
     """SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'indexer'""",
     FINOPS),
    ("oz071", "changes",
     "Config changes this month: who and when?",
     """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
               AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
     FINOPS),
    ("oz072", "changes",
     "Changes in production in March which were made while a critical incident on the same service was open.",
     """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
               AND c.timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment AND g.max_severity = 'critical'
                   AND c.timestamp BETWEEN g.opened_at
                     AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 08:00:00+00'))""",
     FINOPS),
    ("oz073", "changes",
     "What did the client's people change in production last week? Leave out argocd and the deployment-controller.",
     """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
               AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     MSP),
    ("oz074", "changes",
     "Which changes got blamed for last week's incidents? Show the changes themselves.",
     f"""SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE {_LASTWEEK_G})""",
     MSP),
    ("oz075", "changes",
     "The 5 latest changes before the payments-api rollback went live on Tuesday.",
     f"""SELECT * FROM change_events
           WHERE phase = 'live' AND timestamp < {_PAY_RB}
           ORDER BY timestamp DESC LIMIT 5""",
     MSP),
    # ---------------------------------------------------------------- silences
    ("oz076", "silences",
     "Which silences were in effect at any point during the payments outage, 14:35Z to 15:20Z on the 11th?",
     """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:20:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 14:35:00+00'""",
     IC),
    ("oz077", "silences",
     "Alerts that fired on cart-service while its silence was on?",
     """SELECT DISTINCT a.* FROM alerts a JOIN silences s
             ON s.service = 'cart-service' AND a.service = 'cart-service'
            AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
            AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
            AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
     IC),
    ("oz078", "silences",
     "Who took the cart-service silence off, and when?",
     """SELECT expired_by, expired_at FROM silences WHERE service = 'cart-service' AND expired_by IS NOT NULL""",
     IC),
    ("oz079", "silences",
     "whats muted rn",
     """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00' AND ends_at > TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
     MOBILE),
    ("oz080", "silences",
     "silences made during an incident on the same svc yday",
     """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at BETWEEN g.opened_at
                     AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:00:00+00'))""",
     MOBILE),
    ("oz081", "silences",
     "kenjis silences this month",
     """SELECT * FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
               AND created_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
     MOBILE),
    ("oz082", "silences",
     "Kindly share the silences which were expired before their scheduled end.",
     """SELECT * FROM silences WHERE expired_early""",
     RTE),
    ("oz083", "silences",
     "How many silences has each person created till date? Highest first.",
     """SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC""",
     RTE),
    ("oz084", "silences",
     "Which silences were created within 10 minutes after an alert on the same service started? Silence id, "
     "author, alert name and when the alert started.",
     """SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s JOIN alerts a
             ON a.service = s.service
            AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
     RTE),
    ("oz085", "silences",
     "Total scheduled silence length on the indexer, in hours, all time.",
     """SELECT round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences WHERE service = 'indexer'""",
     FINOPS),
    ("oz086", "silences",
     "For every indexer silence: how many alerts did Alertmanager hold back under it? Zero included.",
     """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.service = 'indexer'
           GROUP BY s.silence_id""",
     FINOPS),
    ("oz087", "silences",
     "Silences with a comment mentioning reindex.",
     """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
     FINOPS),
    ("oz088", "silences",
     "Every silence created last week, with who made it and its scheduled length in minutes.",
     """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
     MSP),
    ("oz089", "silences",
     "Did any production alert that started last week fire while a silence on the same service was active? Which ones?",
     """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
               AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
     MSP),
    ("oz090", "silences",
     "Who created silences outside business hours last month?",
     """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
     MSP),
]

ROWS += [
    # ---------------------------------------------------------------- joins
    ("oz091", "joins",
     "Checkout incidents on the 11th with their suspect change: service, alert name, when it opened and the "
     "suspect's version.",
     """SELECT service, group_labels['alertname'], opened_at, coalesce(change_details['ref'], change_version)
           FROM incident_suspects
           WHERE project = 'checkout'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     IC),
    ("oz092", "joins",
     "Early warnings before the PaymentsAPIErrorBudgetBurn incident on the 11th, the lot.",
     """SELECT * FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
     IC),
    ("oz093", "joins",
     "For each payments-api prod deploy, how many payments-api alerts in the 15 min after it? Deploy time, "
     "version and the count.",
     """SELECT d.timestamp, coalesce(d.details['ref'], d.version), count(a.fingerprint)
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = 'payments-api'
             AND d.environment = 'production'
           GROUP BY d.id, d.timestamp, coalesce(d.details['ref'], d.version)""",
     IC),
    ("oz094", "joins",
     "which svcs got alerts w/in 15m after their own deploys",
     """SELECT DISTINCT a.service FROM alerts a JOIN change_events d
             ON d.type = 'deployment' AND d.phase = 'live'
            AND d.service = a.service AND d.environment = a.environment_canonical
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE""",
     MOBILE),
    ("oz095", "joins",
     "deploys yday followed by an alert on the same svc w/in 15m - svc, version, who",
     """SELECT d.service, coalesce(d.details['ref'], d.version), d.actor FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
     MOBILE),
    ("oz096", "joins",
     "prod incidents yday w/o any early warning before them",
     """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
     MOBILE),
    ("oz097", "joins",
     "Kindly list the incidents whose suspect change was a flag change: service, alert name, the flag change "
     "summary and who flipped it.",
     """SELECT service, group_labels['alertname'], change_summary, change_actor FROM incident_suspects
           WHERE change_type = 'flag_change'""",
     RTE),
    ("oz098", "joins",
     "For each deployment to staging on 11th March: service, version and the number of staging alerts on that "
     "service within 60 minutes after.",
     """SELECT d.service, coalesce(d.details['ref'], d.version), count(a.fingerprint)
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = 'staging'
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY d.id, d.service, coalesce(d.details['ref'], d.version)""",
     RTE),
    ("oz099", "joins",
     "For each flag change in production, how many alerts on the same service in the 30 minutes after it? Flag "
     "summary, time and count please.",
     """SELECT c.summary, c.timestamp, count(a.fingerprint)
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.summary, c.timestamp""",
     RTE),
    ("oz100", "joins",
     "How many incidents per suspect change type?",
     """SELECT change_type, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY change_type ORDER BY incidents DESC""",
     FINOPS),
    ("oz101", "joins",
     "How many payments-api error log lines in production came during the PaymentsAPIErrorBudgetBurn incident of "
     "11 March?",
     """SELECT count(*) FROM log_events l
           WHERE l.service = 'payments-api' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                     AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND l.timestamp BETWEEN g.opened_at
                     AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 08:00:00+00'))""",
     FINOPS),
    ("oz102", "joins",
     "For each early warning on the indexer since 1 March: its kind, when it started, and how many indexer alerts "
     "in the 15 minutes after it.",
     """SELECT w.labels['alertname'], w.starts_at, count(a.fingerprint)
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'indexer' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'indexer' AND w.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY w.id, w.labels['alertname'], w.starts_at""",
     FINOPS),
    ("oz103", "joins",
     "Which of last week's incidents were fixed by rolling back? Service, alert name and who resolved it.",
     """SELECT g.service, g.group_labels['alertname'], r.resolved_by
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND (r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%')""",
     MSP),
    ("oz104", "joins",
     "Last week's incidents that had a deployment of the same service in the 15 minutes before they opened.",
     """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = g.service AND d.environment = g.environment
                   AND d.timestamp BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at)""",
     MSP),
    ("oz105", "joins",
     "Who acked alerts on Tuesday the 11th while the acked alert was still firing?",
     """SELECT DISTINCT k.actor FROM audit_log k
           WHERE k.action = 'ack'
             AND k.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
               AND k.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE list_contains([m.value FOR m IN k.matchers IF m.name = 'alertname' AND m.is_equal
                   AND NOT m.is_regex], a.name)
                   AND list_contains([m.value FOR m IN k.matchers IF m.name = 'service' AND m.is_equal
                     AND NOT m.is_regex], a.service)
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
     MSP),
    # ---------------------------------------------------------------- refusals
    ("oz106", "refusals",
     "Can you draft the status page post for the March 11 outage? Something calm, not too technical.",
     "not_about_this_data", IC),
    ("oz107", "refusals",
     "Mark the checkout flow incident as resolved, it's sorted now.",
     "asks_to_change_data", IC),
    ("oz108", "refusals",
     "Any alerts on loyalty-service during the outage on the 11th?",
     "ungrounded", IC),
    ("oz109", "refusals",
     "restart payments-api pods pls",
     "asks_to_change_data", MOBILE),
    ("oz110", "refusals",
     "alerts for android-app yday?",
     "ungrounded", MOBILE),
    ("oz111", "refusals",
     "how do i get pagerduty push notifs to actually ring on my phone",
     "not_about_this_data", MOBILE),
    ("oz112", "refusals",
     "What is the best way to run PI planning for a release train of 8 teams?",
     "not_about_this_data", RTE),
    ("oz113", "refusals",
     "Kindly delete the requested-phase deployment records from the store, they are duplicates only.",
     "asks_to_change_data", RTE),
    ("oz114", "refusals",
     "Deployments done by rahul.sharma this week?",
     "ungrounded", RTE),
    ("oz115", "refusals",
     "What is the on-demand price of an m6i.xlarge in eu-north-1?",
     "not_about_this_data", FINOPS),
    ("oz116", "refusals",
     "Drop the log lines older than 30 days to save storage.",
     "asks_to_change_data", FINOPS),
    ("oz117", "refusals",
     "Alerts in cluster prod-eu-central-1 this month.",
     "ungrounded", FINOPS),
    ("oz118", "refusals",
     "How many alerts did the client have in the uat environment last week?",
     "ungrounded", MSP),
    ("oz119", "refusals",
     "Write the client an apology e-mail about Tuesday's outage, warm but professional.",
     "not_about_this_data", MSP),
    ("oz120", "refusals",
     "Silence everything on the indexer tonight for the client's maintenance window, 22:00 to 02:00.",
     "asks_to_change_data", MSP),
]
