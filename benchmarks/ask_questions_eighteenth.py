"""The eighteenth ask question set: ids y001..y120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth, sixteenth and
seventeenth sets only their docstrings and the tenth's ``now`` constants), from docs/store.md
and those rules, over the demo store (records mostly on 2025-03-11 UTC, from 2025-01-02 to
2025-03-12). Each row is ``(id, category, question, gold, now)``; for a refusal the gold is its
kind (``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``: names a service,
project, person, environment, cluster or alert name the store does not have), otherwise one
DuckDB SELECT whose result is compared as a multiset of rows.

The questions are in the words of five people who wrote none of the earlier sets, each about a
fifth of every category: an SRE manager preparing the Monday review, who thinks in weeks ("this
week so far", "last week", "in the past 7 days", "per weekday") and asks for totals,
breakdowns, shares and "which service / project had the most"; a compliance auditor who wants
to know who did what and when (who acked, snoozed, silenced or expired, who deployed or changed
config, acks and silences outside business hours, changes made by bots, silences longer than N
hours, silences expired early by someone else), formal and naming people by their stored
spelling; a new hire on a first on-call shift, vague and lowercase with small slips ("whats",
"rn", "user profile", "token service"), who asks "is anything broken right now" and what
fired around the incident; a release manager who asks about deploys, rollbacks, releases,
versions, flag toggles and config updates, which version is live where, what alerted after a
deploy, deploys that were requested but never went live, and what each rollback rolled back;
and a chat user typing terse shorthand ("svc", "env", "prd", "stg", "p99", "5xx", "depl", "sil",
"alrts", "cnt", "24h", "7d", "top3", "w/", "yday"). More than a third of the non-refusal
questions relate two kinds of records (changes, alerts, incidents, silences, acks, warnings,
log lines, log patterns, resolutions, suspects) in time or by scope, in every category: "in the
hour after lnovak's v4.2.1 staging deploy", "in the 15 minutes before they started", "while the
hikari alert was firing", "within 30 minutes after one of its own deploys", "while an incident
on the same service was still open", "while their service was silenced", "less than 10 minutes
after an alert on that service started", "followed by an incident ... within an hour", "with no
alert ... in the hour after them", "less than 20 minutes after a deploy", "made it to a
production deploy within an hour", "the version it replaced".

Conventions: the tenth set's conventions, kept unchanged, and the sixteenth's and
seventeenth's additions where they apply (times UTC; alerts from the ``alerts`` view; "still
firing" / "open" at a time; canonical environments, "prd"/"prod" production and "stg" staging;
incidents are ``alert_groups``; changes are their ``phase = 'live'`` reports unless a phase is
named, "deploys" / "shipped" ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``,
"releases" ``type = 'release'``, "what changed" every live report, ``scale`` included; versions
as ``coalesce(details['ref'], version)``; "which version is live" as that of the last live
deployment or rollback; people by their exact stored spelling, "kenji" ``ILIKE '%kenji%'``,
"lnovak" and "dpatel" exactly; counts per actor as stored, bots included; silences from the
``silences`` view, active at T; snoozes and acks from ``audit_log`` met through their
matchers; rounding to one decimal, durations in minutes unless hours are asked; top-N answering
``value, count`` with ties by the value; rankings of rows answering every column; joins in time
keeping the first kind named with ``EXISTS`` on service and canonical environment; warnings met
on their ``labels['service']`` and ``labels['environment']``; "for each X: a, b and how many
Y" as one row per X with a correlated count; a list of columns answering only those columns;
business hours Monday to Friday 09:00-17:00 UTC; "mttr" as the mean of ``ends_at -
starts_at`` of the window's resolved alerts; "the 3 longest alerts" among resolved ones;
"percentage" / "share" ``round(100.0 * part / whole, 1)``; "which hour / weekday" on the UTC
clock). Every question is asked at the tenth's ``NOW_AFTER`` (2025-03-12 06:00 UTC, a
Wednesday, after every record; no new ``now``), so "today" and "this morning" are
``[2025-03-12 00:00, now]``, "yesterday" ``[2025-03-11 00:00, 2025-03-12 00:00)``, "24h" and
"the last 2h" / "the last hour" end at now, "in March" is from 2025-03-01 to now. It adds,
precisely:

- "this week (so far)" is ``[2025-03-10 00:00, now]`` (the week starts on Monday); "last week"
  is ``[2025-03-03 00:00, 2025-03-10 00:00)``; "in the past 7 days" / "7d" and "in the past 30
  days" / "30d" are the 7 (30) days up to now (from 2025-03-05 06:00, 2025-02-10 06:00); "this
  month" is March from 2025-03-01 (incidents by ``opened_at``); "overnight, between midnight and
  6 this morning" is ``[2025-03-12 00:00, 2025-03-12 06:00]``; "between noon and 6pm yesterday",
  "on March 11 between 00:00 and 06:00", "yesterday between 14:30 and 15:30" are closed clock
  windows of that day.
- "per weekday" counts per ``dayname(ts AT TIME ZONE 'UTC')`` over all the rows, whatever the
  date; "per month so far" buckets by ``date_trunc('month', ...)``, only months that hold a row.
- "the discovery team" is the alert label ``team = 'discovery'`` (a label by its full value).
- The new hire's slips "user profile" and "token service" are the services ``user-profile`` and
  ``token-service``; "p99" of a service is the metric ``service:http_request_duration_seconds:p99``
  with that ``labels['service']``; "5xx alerts" are alerts whose name contains ``5xx``
  (``ILIKE '%5xx%'``); "argocd deploys" are the live deployments with ``source = 'argocd'``;
  "the checkout proj" is ``project = 'checkout'``.
- "bots" are the change actors ``argocd (automated)`` and ``deployment-controller``; every
  other actor is a person. "How many changes were made by bots" counts their live reports.
- "acks given outside business hours" / "silences created outside business hours" are judged by
  the ack's ``timestamp`` / the silence's ``created_at`` (UTC), as is the ranking over them.
- "a deploy that was requested but never went live" is a ``requested`` deployment report whose
  ``identifiers['github_deployment']`` no ``live`` report carries; "or that failed" adds the
  ``failed`` deployment reports (in this store the honest answer is none).
- "what each rollback replaced" is the version of the last live deployment of the same service
  and environment before the rollback; "the version it went back to" is the rollback's own.
- "the 2.14 deploy" is a live payments-api deployment of version ``v2.14.0`` ("after" it is
  after its first one); "the v2.14.0 production deploy" is the production one; "lnovak's v4.2.1
  staging deploy" is the live staging deployment of auth-api v4.2.1 whose actor is ``lnovak``;
  "yesterday's staging deploy of search-api" is its one live staging deployment on March 11;
  "who turned on the new checkout flow flag" is the actor of the live ``flag_change`` with
  ``details['flag_key'] = 'new-checkout-flow'`` whose summary starts "turned on"; "the hikari
  alert" is the alert named ``HikariPoolPendingConnections``; "the checkout flow alert" the
  alert whose name starts with "Checkout flow"; "the cart-service incident yesterday" is the
  cart-service ``alert_groups`` row opened on March 11, "the checkout incidents yesterday" those
  of project checkout opened that day, "the checkout-web alerts yesterday" (asking for their
  suspect) the checkout-web incidents opened that day.
- "a release that made it to a production deploy within an hour" is a live release with a live
  production deployment of the same service and the same version in ``[t, t + 60 min]``.
- "error logs of X in the N minutes before Y" are X's ``log_events`` rows with ``is_error`` in
  Y's environment in ``[t - N, t]`` (every column); "error lines X logged while Y was firing"
  counts those in Y's span ``[starts_at, ends_at)``.
- "critical alerts that had an early warning on the same service in the N minutes before they
  started": a warning with the alert's service and environment labels whose ``starts_at`` is in
  ``[starts_at - N, starts_at]``.
- A change "followed by an incident (on the same service) within N", and "who deployed within N
  minutes before an incident opened on the same service", meet an ``alert_groups`` row of the
  change's service and environment with ``opened_at`` in ``[t, t + N]``; "deploys that went out
  while an incident on the same service was still open" have their time in ``[opened_at,
  coalesce(resolved_at, now)]``; "silences put on while an incident on that service was open"
  meet it at their ``created_at`` the same way (on the silence's environment when it pins one; a
  silence that pins no service meets nothing); "deploys that went out while their service was
  silenced" have their time in the active span of a silence of that service (and environment,
  when it pins one).
- "which service racked up the most alerts within N minutes after its own deploys" counts the
  alerts with such a deploy before them; "whose deploys were followed by the most incidents
  within an hour" counts distinct incidents per deploy actor; "which service's incidents got the
  most early warnings" counts ``incident_warnings`` rows per incident service.
- "the average lead time of the early warnings before critical incidents" is the mean
  ``lead_min`` of the ``incident_warnings`` rows of critical incidents; "on average how many
  minutes before the incident did the suspect deploy go live" is the mean ``lag_s`` / 60 of the
  ``incident_suspects`` rows whose ``change_type`` is ``deployment``; "average alerts per deploy
  in the hour after" is the mean of the per-deploy counts, every live deployment counted, 0
  included.
- An ack acknowledges the ``alerts`` row named by its ``alertname`` and ``service`` equality
  matchers that was firing at the ack (``[starts_at, ends_at)``): "how many minutes after a
  TokenCacheEvictionsHigh alert started did someone acknowledge it" averages ``timestamp -
  starts_at`` over those pairs; "acknowledgements that took longer than three minutes after the
  alert started" are the acks with such an alert whose ``starts_at`` is more than 3 minutes
  before them.
- "silences longer than N hours" compare ``ends_at - starts_at``; "total silenced hours" and
  "average silence length" sum and average the same span; "scheduled ahead of time" is
  ``starts_at > created_at``; "silences ending today" have ``ends_at`` on 2025-03-12 (after now
  included); "expired before their scheduled end" is ``expired_early``; "expired early by
  someone other than the person who created them" adds ``expired_by <> created_by`` (none in
  this store).
- "indexer alerts that went off while a silence on the indexer was on" share a moment with the
  silence's active span (``starts_at`` to the earlier of ``ends_at`` and ``expired_at``; an alert
  still firing runs until now), on the silence's environment when it pins one.
- "new log patterns before the X incident" are its ``incident_log_patterns`` rows with
  ``is_new`` (every service's, every column).
- "top3 err templates 24h" ranks ``log_pattern_counts`` by ``sum(errors)`` per template text in
  the window (answering ``template, errors``); "top3 suspects by score" ranks the
  ``incident_suspects`` rows by ``score`` (every column).
- "which services had no deploys this week" are the services of ``alerts`` and
  ``change_events`` (``UNION``) with no live deployment this week; "svcs w/ alert + depl yday"
  is the ``INTERSECT`` of the services with an alert and with a live deployment on March 11.
- "the recommendations service", "billing-api", "geo-svc", a "us-east-1" cluster and the person
  ``priya.sharma@acme.io`` are not in the store (``ungrounded``); cloud spend, vacation days,
  sprint velocity, Wi-Fi passwords and bitcoin prices are not about this data; silencing,
  muting, resolving, deleting or updating anything asks to change the data.
"""

from benchmarks.ask_questions_tenth import NOW_AFTER  # the tenth set's "now" value

_NOW = "TIMESTAMPTZ '2025-03-12 06:00:00+00'"
_TODAY = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_YDAY = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_WEEK = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
_LAST_WEEK = "TIMESTAMPTZ '2025-03-03 00:00:00+00'"
_D7 = "TIMESTAMPTZ '2025-03-05 06:00:00+00'"
_H24 = "TIMESTAMPTZ '2025-03-11 06:00:00+00'"
_D30 = "TIMESTAMPTZ '2025-02-10 06:00:00+00'"
_DEPLOY = "type = 'deployment' AND phase = 'live'"


def _outside_hours(ts: str) -> str:
    """Outside Monday to Friday 09:00-17:00 UTC, by the column ``ts``."""
    return (
        f"(dayname({ts} AT TIME ZONE 'UTC') IN ('Saturday', 'Sunday') "
        f"OR hour({ts} AT TIME ZONE 'UTC') NOT BETWEEN 9 AND 16)"
    )


def _firing_at(t: str) -> str:
    return f"starts_at <= {t} AND (ends_at IS NULL OR ends_at > {t})"


def _eq_matchers(alias: str) -> str:
    """The equality matchers of an audit_log row as ``name=value`` strings."""
    return f"[m.name || '=' || m.value FOR m IN {alias}.matchers IF m.is_equal AND NOT m.is_regex]"


ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "y001",
        "filters",
        "is anything broken right now? like what alerts are still firing",
        f"SELECT * FROM alerts WHERE {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "y002",
        "filters",
        "crit alrts prd 24h",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production' "
        f"AND starts_at >= {_H24}",
        NOW_AFTER,
    ),
    (
        "y003",
        "filters",
        "List every feature-flag change made by jonas.lindqvist@acme.io.",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND actor = 'jonas.lindqvist@acme.io'",
        NOW_AFTER,
    ),
    (
        "y004",
        "filters",
        "Which alerts came from the discovery team last week?",
        f"SELECT * FROM alerts WHERE labels['team'] = 'discovery' AND starts_at >= {_LAST_WEEK} "
        f"AND starts_at < {_WEEK}",
        NOW_AFTER,
    ),
    (
        "y005",
        "filters",
        "can you show me the staging alerts for user profile",
        "SELECT * FROM alerts WHERE service = 'user-profile' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "y006",
        "filters",
        "Show me the silences that were expired before their scheduled end.",
        "SELECT * FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "y007",
        "filters",
        "rollbacks to production, all of them",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "y008",
        "filters",
        "sil list env=stg",
        "SELECT * FROM silences WHERE environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "y009",
        "filters",
        "Which incidents in the identity project are still open?",
        f"SELECT * FROM alert_groups WHERE project = 'identity' AND opened_at <= {_NOW} "
        f"AND (resolved_at IS NULL OR resolved_at > {_NOW})",
        NOW_AFTER,
    ),
    (
        "y010",
        "filters",
        "argocd deploys that went to staging",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND source = 'argocd' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "y011",
        "filters",
        "Show the acknowledgements recorded by sade.okafor@acme.io.",
        "SELECT * FROM audit_log WHERE action = 'ack' AND actor = 'sade.okafor@acme.io'",
        NOW_AFTER,
    ),
    (
        "y012",
        "filters",
        "were there error logs from checkout-web in the 10 minutes before the checkout flow alert fired?",
        "SELECT l.* FROM log_events l, alerts a WHERE a.name LIKE 'Checkout flow%' "
        "AND l.service = 'checkout-web' AND l.environment = a.environment_canonical AND l.is_error "
        "AND l.timestamp BETWEEN a.starts_at - INTERVAL 10 MINUTE AND a.starts_at",
        NOW_AFTER,
    ),
    (
        "y013",
        "filters",
        "depl ver v4.2.1",
        f"SELECT * FROM change_events WHERE {_DEPLOY} AND coalesce(details['ref'], version) = 'v4.2.1'",
        NOW_AFTER,
    ),
    (
        "y014",
        "filters",
        "Critical alerts that had an early warning on the same service in the 15 minutes before they started",
        "SELECT a.* FROM alerts a WHERE a.severity = 'critical' AND EXISTS (SELECT 1 FROM warnings w "
        "WHERE w.labels['service'] = a.service AND w.labels['environment'] = a.environment_canonical "
        "AND w.starts_at BETWEEN a.starts_at - INTERVAL 15 MINUTE AND a.starts_at)",
        NOW_AFTER,
    ),
    (
        "y015",
        "filters",
        "auth-api alerts in staging in the hour after lnovak's v4.2.1 staging deploy",
        "SELECT a.* FROM alerts a, change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = 'auth-api' AND c.environment = 'staging' AND c.actor = 'lnovak' "
        "AND coalesce(c.details['ref'], c.version) = 'v4.2.1' AND a.service = 'auth-api' "
        "AND a.environment_canonical = 'staging' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ time
    (
        "y016",
        "time",
        "How many alerts fired this week so far?",
        f"SELECT count(*) FROM alerts WHERE starts_at >= {_WEEK} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "y017",
        "time",
        "Give me the alert count per weekday across the whole history.",
        "SELECT dayname(starts_at AT TIME ZONE 'UTC') AS weekday, count(*) AS alerts FROM alerts GROUP BY 1",
        NOW_AFTER,
    ),
    (
        "y018",
        "time",
        "alrts 7d by svc",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= {_D7} GROUP BY service",
        NOW_AFTER,
    ),
    (
        "y019",
        "time",
        "what went off overnight, between midnight and 6 this morning?",
        f"SELECT * FROM alerts WHERE starts_at >= {_TODAY} AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "y020",
        "time",
        "Which acknowledgements were given outside business hours?",
        f"SELECT * FROM audit_log WHERE action = 'ack' AND {_outside_hours('timestamp')}",
        NOW_AFTER,
    ),
    (
        "y021",
        "time",
        "what did we ship yesterday between noon and 6pm?",
        f"SELECT * FROM change_events WHERE {_DEPLOY} "
        "AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 12:00:00+00' AND TIMESTAMPTZ '2025-03-11 18:00:00+00'",
        NOW_AFTER,
    ),
    (
        "y022",
        "time",
        "sil created 7d",
        f"SELECT * FROM silences WHERE created_at >= {_D7}",
        NOW_AFTER,
    ),
    (
        "y023",
        "time",
        "How many incidents did we open per month so far?",
        "SELECT date_trunc('month', opened_at) AS month, count(*) AS incidents FROM alert_groups GROUP BY 1",
        NOW_AFTER,
    ),
    (
        "y024",
        "time",
        "did anything alert in the last hour",
        f"SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 05:00:00+00' AND starts_at <= {_NOW}",
        NOW_AFTER,
    ),
    (
        "y025",
        "time",
        "Snoozes taken on March 11 between 00:00 and 06:00 UTC.",
        "SELECT * FROM audit_log WHERE action = 'snooze' "
        f"AND timestamp BETWEEN {_YDAY} AND TIMESTAMPTZ '2025-03-11 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "y026",
        "time",
        "which of the releases we published in March made it to a production deploy within an hour?",
        "SELECT r.* FROM change_events r WHERE r.type = 'release' AND r.phase = 'live' "
        "AND r.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND EXISTS (SELECT 1 FROM change_events d "
        "WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = r.service "
        "AND d.environment = 'production' "
        "AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version) "
        "AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    (
        "y027",
        "time",
        "err logs payments-api last 2h cnt",
        "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-12 04:00:00+00'",
        NOW_AFTER,
    ),
    (
        "y028",
        "time",
        "whats the earliest alert from today",
        f"SELECT * FROM alerts WHERE starts_at >= {_TODAY} ORDER BY starts_at LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y029",
        "time",
        "Who acknowledged alerts in February?",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "y030",
        "time",
        "any search-api alerts in the 10 min after yesterday's staging deploy of search-api?",
        "SELECT a.* FROM alerts a, change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        f"AND c.service = 'search-api' AND c.environment = 'staging' AND c.timestamp >= {_YDAY} "
        f"AND c.timestamp < {_TODAY} AND a.service = 'search-api' AND a.environment_canonical = 'staging' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "y031",
        "aggregates",
        "What share of this week's alerts were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
        f"WHERE starts_at >= {_WEEK}",
        NOW_AFTER,
    ),
    (
        "y032",
        "aggregates",
        "MTTR per service for the alerts that started in the past 7 days, in minutes.",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS mttr_minutes FROM alerts "
        f"WHERE ends_at IS NOT NULL AND starts_at >= {_D7} GROUP BY service",
        NOW_AFTER,
    ),
    (
        "y033",
        "aggregates",
        "What was the average lead time, in minutes, of the early warnings that came before critical incidents?",
        "SELECT round(avg(lead_min), 1) FROM incident_warnings WHERE max_severity = 'critical'",
        NOW_AFTER,
    ),
    (
        "y034",
        "aggregates",
        "Total silenced hours per silence author.",
        "SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences "
        "GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "y035",
        "aggregates",
        "How many silences did kenji create?",
        "SELECT count(*) FROM silences WHERE created_by ILIKE '%kenji%'",
        NOW_AFTER,
    ),
    (
        "y036",
        "aggregates",
        "On average, how many minutes after a TokenCacheEvictionsHigh alert started did someone acknowledge it?",
        "SELECT round(avg(epoch(l.timestamp) - epoch(a.starts_at)) / 60, 1) FROM audit_log l JOIN alerts a "
        f"ON list_contains({_eq_matchers('l')}, 'alertname=' || a.name) "
        f"AND list_contains({_eq_matchers('l')}, 'service=' || a.service) "
        "AND l.timestamp >= a.starts_at AND (a.ends_at IS NULL OR l.timestamp < a.ends_at) "
        "WHERE l.action = 'ack' AND a.name = 'TokenCacheEvictionsHigh'",
        NOW_AFTER,
    ),
    (
        "y037",
        "aggregates",
        "how many alerts are firing rn",
        f"SELECT count(*) FROM alerts WHERE {_firing_at(_NOW)}",
        NOW_AFTER,
    ),
    (
        "y038",
        "aggregates",
        "what percent of cart-service logs yesterday were errors",
        "SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) FROM log_events "
        f"WHERE service = 'cart-service' AND timestamp >= {_YDAY} AND timestamp < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "y039",
        "aggregates",
        "how many error lines did payments-api log while the hikari alert was firing?",
        "SELECT count(*) FROM log_events l, alerts a WHERE a.name = 'HikariPoolPendingConnections' "
        "AND l.service = 'payments-api' AND l.environment = a.environment_canonical AND l.is_error "
        f"AND l.timestamp >= a.starts_at AND l.timestamp < coalesce(a.ends_at, {_NOW})",
        NOW_AFTER,
    ),
    (
        "y040",
        "aggregates",
        "on average how many deploys per day in march?",
        "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', timestamp) AS day, count(*) AS n "
        f"FROM change_events WHERE {_DEPLOY} AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY 1)",
        NOW_AFTER,
    ),
    (
        "y041",
        "aggregates",
        "How many different auth-api versions got deployed to staging?",
        "SELECT count(DISTINCT coalesce(details['ref'], version)) FROM change_events "
        f"WHERE {_DEPLOY} AND service = 'auth-api' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "y042",
        "aggregates",
        "on average how many minutes before the incident did the suspect deploy go live?",
        "SELECT round(avg(lag_s) / 60, 1) FROM incident_suspects WHERE change_type = 'deployment'",
        NOW_AFTER,
    ),
    (
        "y043",
        "aggregates",
        "avg alrts per depl 1h after",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, (SELECT count(*) FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR) AS n "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live')",
        NOW_AFTER,
    ),
    (
        "y044",
        "aggregates",
        "max p99 payments-api 24h",
        "SELECT max(value) FROM metric_points WHERE name = 'service:http_request_duration_seconds:p99' "
        f"AND labels['service'] = 'payments-api' AND timestamp >= {_H24}",
        NOW_AFTER,
    ),
    (
        "y045",
        "aggregates",
        "avg sigma warnings by svc",
        "SELECT labels['service'] AS service, round(avg(sigma), 1) AS avg_sigma FROM warnings GROUP BY 1",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "y046",
        "top_n",
        "Which service had the most alerts in the past 30 days?",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= {_D30} GROUP BY service "
        "ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y047",
        "top_n",
        "Which project had the most incidents this week?",
        f"SELECT project, count(*) AS incidents FROM alert_groups WHERE opened_at >= {_WEEK} GROUP BY project "
        "ORDER BY incidents DESC, project LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y048",
        "top_n",
        "Which service racked up the most alerts within 30 minutes after one of its own deploys?",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y049",
        "top_n",
        "Which person created the most silences outside business hours?",
        f"SELECT created_by, count(*) AS silences FROM silences WHERE {_outside_hours('created_at')} "
        "GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y050",
        "top_n",
        "Who acknowledged the most alerts?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor "
        "ORDER BY acks DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y051",
        "top_n",
        "Top 2 silence authors by number of silences.",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
        "ORDER BY silences DESC, created_by LIMIT 2",
        NOW_AFTER,
    ),
    (
        "y052",
        "top_n",
        "which alert goes off the most",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y053",
        "top_n",
        "what are the 3 longest alerts",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "y054",
        "top_n",
        "which service's incidents got the most early warnings before them?",
        "SELECT service, count(*) AS warnings FROM incident_warnings GROUP BY service "
        "ORDER BY warnings DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y055",
        "top_n",
        "who deploys the most?",
        f"SELECT actor, count(*) AS deploys FROM change_events WHERE {_DEPLOY} GROUP BY actor "
        "ORDER BY deploys DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y056",
        "top_n",
        "whose deploys were followed by the most incidents within an hour?",
        "SELECT c.actor, count(DISTINCT g.id) AS incidents FROM change_events c JOIN alert_groups g "
        "ON g.service = c.service AND g.environment = c.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR "
        "WHERE c.type = 'deployment' AND c.phase = 'live' GROUP BY c.actor "
        "ORDER BY incidents DESC, c.actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y057",
        "top_n",
        "who toggled the most flags?",
        "SELECT actor, count(*) AS flag_changes FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "GROUP BY actor ORDER BY flag_changes DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y058",
        "top_n",
        "top2 alrts by name 30d",
        f"SELECT name, count(*) AS alerts FROM alerts WHERE starts_at >= {_D30} GROUP BY name "
        "ORDER BY alerts DESC, name LIMIT 2",
        NOW_AFTER,
    ),
    (
        "y059",
        "top_n",
        "top3 err templates 24h",
        f"SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE minute >= {_H24} "
        "GROUP BY template ORDER BY errors DESC, template LIMIT 3",
        NOW_AFTER,
    ),
    (
        "y060",
        "top_n",
        "top3 suspects by score",
        "SELECT * FROM incident_suspects ORDER BY score DESC LIMIT 3",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ changes
    (
        "y061",
        "changes",
        "How many changes of each type went live this week?",
        f"SELECT type, count(*) AS changes FROM change_events WHERE phase = 'live' AND timestamp >= {_WEEK} "
        "GROUP BY type",
        NOW_AFTER,
    ),
    (
        "y062",
        "changes",
        "How many deploys this week were followed by an incident on the same service within an hour?",
        f"SELECT count(*) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        f"AND c.timestamp >= {_WEEK} AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service "
        "AND g.environment = c.environment AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    (
        "y063",
        "changes",
        "Which services had no deploys at all this week?",
        "SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events) "
        f"WHERE service NOT IN (SELECT service FROM change_events WHERE {_DEPLOY} AND timestamp >= {_WEEK})",
        NOW_AFTER,
    ),
    (
        "y064",
        "changes",
        "How many of the changes were made by bots (argocd, the kubernetes deployment-controller) "
        "rather than by people?",
        "SELECT count(*) FROM change_events WHERE phase = 'live' "
        "AND actor IN ('argocd (automated)', 'deployment-controller')",
        NOW_AFTER,
    ),
    (
        "y065",
        "changes",
        "Who changed the configuration of cart-service?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live' "
        "AND service = 'cart-service'",
        NOW_AFTER,
    ),
    (
        "y066",
        "changes",
        "Deploys that went out while an incident on the same service was still open.",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        f"AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "y067",
        "changes",
        "what changed on search-api yesterday",
        "SELECT * FROM change_events WHERE phase = 'live' AND service = 'search-api' "
        f"AND timestamp >= {_YDAY} AND timestamp < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "y068",
        "changes",
        "show me any payments-api rollbacks after the 2.14 deploy",
        "SELECT r.* FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND r.service = 'payments-api' AND r.timestamp > (SELECT min(timestamp) FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
        "AND coalesce(details['ref'], version) = 'v2.14.0')",
        NOW_AFTER,
    ),
    (
        "y069",
        "changes",
        "who turned on the new checkout flow flag?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND details['flag_key'] = 'new-checkout-flow' AND summary ILIKE 'turned on%'",
        NOW_AFTER,
    ),
    (
        "y070",
        "changes",
        "which version of payments-api is live in production right now?",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events "
        "WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND service = 'payments-api' "
        "AND environment = 'production' ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "y071",
        "changes",
        "Any deploys that got requested but never went live, or that failed?",
        "SELECT r.* FROM change_events r WHERE r.type = 'deployment' AND (r.phase = 'failed' "
        "OR (r.phase = 'requested' AND NOT EXISTS (SELECT 1 FROM change_events l WHERE l.phase = 'live' "
        "AND l.identifiers['github_deployment'] = r.identifiers['github_deployment'])))",
        NOW_AFTER,
    ),
    (
        "y072",
        "changes",
        "For each rollback: the service, the version it went back to and the version it replaced.",
        "SELECT r.service, coalesce(r.details['ref'], r.version) AS rolled_back_to, "
        "(SELECT coalesce(d.details['ref'], d.version) FROM change_events d WHERE d.type = 'deployment' "
        "AND d.phase = 'live' AND d.service = r.service AND d.environment = r.environment "
        "AND d.timestamp < r.timestamp ORDER BY d.timestamp DESC LIMIT 1) AS replaced "
        "FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'",
        NOW_AFTER,
    ),
    (
        "y073",
        "changes",
        "flags toggled prd 24h",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        f"AND environment = 'production' AND timestamp >= {_H24}",
        NOW_AFTER,
    ),
    (
        "y074",
        "changes",
        "last depl per svc in checkout proj: svc, ver, time",
        "SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version, "
        f"max(timestamp) AS time FROM change_events WHERE {_DEPLOY} AND project = 'checkout' GROUP BY service",
        NOW_AFTER,
    ),
    (
        "y075",
        "changes",
        "cfg chg w/ incident <1h after",
        "SELECT c.* FROM change_events c WHERE c.type = 'config_update' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ silences
    (
        "y076",
        "silences",
        "How many silences were created last week?",
        f"SELECT count(*) FROM silences WHERE created_at >= {_LAST_WEEK} AND created_at < {_WEEK}",
        NOW_AFTER,
    ),
    (
        "y077",
        "silences",
        "Average silence length in minutes, per author.",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences "
        "GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "y078",
        "silences",
        "What share of our silences were scheduled ahead of time?",
        "SELECT round(100.0 * count(*) FILTER (WHERE starts_at > created_at) / count(*), 1) FROM silences",
        NOW_AFTER,
    ),
    (
        "y079",
        "silences",
        "Silences longer than 3 hours.",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 3 HOUR",
        NOW_AFTER,
    ),
    (
        "y080",
        "silences",
        "Which silences were expired early by someone other than the person who created them?",
        "SELECT * FROM silences WHERE expired_early AND expired_by <> created_by",
        NOW_AFTER,
    ),
    (
        "y081",
        "silences",
        "Silences created outside business hours.",
        f"SELECT * FROM silences WHERE {_outside_hours('created_at')}",
        NOW_AFTER,
    ),
    (
        "y082",
        "silences",
        "whats muted right now",
        f"SELECT * FROM silences WHERE starts_at <= {_NOW} AND ends_at > {_NOW} "
        f"AND (expired_at IS NULL OR expired_at > {_NOW})",
        NOW_AFTER,
    ),
    (
        "y083",
        "silences",
        "are there silences on token service",
        "SELECT * FROM silences WHERE service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "y084",
        "silences",
        "which indexer alerts went off while a silence on the indexer was on?",
        "SELECT a.* FROM alerts a WHERE a.service = 'indexer' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = 'indexer' AND (s.environment_canonical IS NULL "
        "OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        f"AND coalesce(a.ends_at, {_NOW}) > s.starts_at)",
        NOW_AFTER,
    ),
    (
        "y085",
        "silences",
        "Which deploys went out while their service was silenced?",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM silences s WHERE s.service = c.service "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment) "
        "AND c.timestamp >= s.starts_at AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOW_AFTER,
    ),
    (
        "y086",
        "silences",
        "Which silences were put in place less than 10 minutes after an alert on that service started firing?",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = s.service "
        "AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical) "
        "AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE)",
        NOW_AFTER,
    ),
    (
        "y087",
        "silences",
        "silences created yesterday between 14:30 and 15:30, during the payments outage",
        "SELECT * FROM silences WHERE created_at BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND TIMESTAMPTZ '2025-03-11 15:30:00+00'",
        NOW_AFTER,
    ),
    (
        "y088",
        "silences",
        "sil by author cnt",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by",
        NOW_AFTER,
    ),
    (
        "y089",
        "silences",
        "sil ending today",
        f"SELECT * FROM silences WHERE ends_at >= {_TODAY} AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "y090",
        "silences",
        "sil w/ comment reindex",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ joins
    (
        "y091",
        "joins",
        "For each deploy this week: service, who shipped it, when, and how many alerts hit that service "
        "in the following hour.",
        "SELECT c.service, c.actor, c.timestamp, "
        "(SELECT count(*) FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR) AS alerts "
        f"FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.timestamp >= {_WEEK}",
        NOW_AFTER,
    ),
    (
        "y092",
        "joins",
        "How many incidents this week had an early warning?",
        f"SELECT count(DISTINCT group_id) FROM incident_warnings WHERE opened_at >= {_WEEK}",
        NOW_AFTER,
    ),
    (
        "y093",
        "joins",
        "Which incidents this month got a resolution, and how were they fixed? Give me the alert name, "
        "the service, who resolved it and the fix.",
        "SELECT g.group_labels['alertname'] AS alertname, g.service, r.resolved_by, r.fix "
        "FROM alert_groups g JOIN resolutions r ON r.group_id = g.id "
        "WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "y094",
        "joins",
        "Who deployed within 15 minutes before an incident opened on the same service?",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "y095",
        "joins",
        "Were any silences put on while an incident on that service was open?",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
        "AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical) "
        f"AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, {_NOW}))",
        NOW_AFTER,
    ),
    (
        "y096",
        "joins",
        "Which acknowledgements took longer than three minutes after the alert they acknowledged started firing?",
        "SELECT l.* FROM audit_log l WHERE l.action = 'ack' AND EXISTS (SELECT 1 FROM alerts a "
        f"WHERE list_contains({_eq_matchers('l')}, 'alertname=' || a.name) "
        f"AND list_contains({_eq_matchers('l')}, 'service=' || a.service) "
        "AND l.timestamp > a.starts_at + INTERVAL 3 MINUTE AND (a.ends_at IS NULL OR l.timestamp < a.ends_at))",
        NOW_AFTER,
    ),
    (
        "y097",
        "joins",
        "did any warnings show up before the checkout incidents yesterday",
        f"SELECT * FROM incident_warnings WHERE project = 'checkout' AND opened_at >= {_YDAY} AND opened_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "y098",
        "joins",
        "what new log patterns showed up before the cart-service incident yesterday?",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'cart-service' AND is_new "
        f"AND opened_at >= {_YDAY} AND opened_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "y099",
        "joins",
        "what was the suspect change for the checkout-web alerts yesterday",
        "SELECT * FROM incident_suspects WHERE service = 'checkout-web' "
        f"AND opened_at >= {_YDAY} AND opened_at < {_TODAY}",
        NOW_AFTER,
    ),
    (
        "y100",
        "joins",
        "which payments-api alerts fired in the 30 minutes after the v2.14.0 production deploy?",
        "SELECT a.* FROM alerts a, change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.service = 'payments-api' AND c.environment = 'production' "
        "AND coalesce(c.details['ref'], c.version) = 'v2.14.0' AND a.service = 'payments-api' "
        "AND a.environment_canonical = 'production' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE",
        NOW_AFTER,
    ),
    (
        "y101",
        "joins",
        "Deploys this week with no alert on that service in the hour after them.",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        f"AND c.timestamp >= {_WEEK} AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)",
        NOW_AFTER,
    ),
    (
        "y102",
        "joins",
        "Rollbacks that came less than 20 minutes after a deploy of the same service.",
        "SELECT r.* FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND EXISTS (SELECT 1 FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' "
        "AND d.service = r.service AND d.environment = r.environment "
        "AND d.timestamp BETWEEN r.timestamp - INTERVAL 20 MINUTE AND r.timestamp)",
        NOW_AFTER,
    ),
    (
        "y103",
        "joins",
        "incidents w/o suspect 7d",
        f"SELECT * FROM alert_groups WHERE opened_at >= {_D7} AND id NOT IN (SELECT group_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "y104",
        "joins",
        "5xx alrts w/in 30m after a flag chg on same svc",
        "SELECT a.* FROM alerts a WHERE a.name ILIKE '%5xx%' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        NOW_AFTER,
    ),
    (
        "y105",
        "joins",
        "svcs w/ alert + depl yday",
        f"SELECT service FROM alerts WHERE starts_at >= {_YDAY} AND starts_at < {_TODAY} "
        f"INTERSECT SELECT service FROM change_events WHERE {_DEPLOY} "
        f"AND timestamp >= {_YDAY} AND timestamp < {_TODAY}",
        NOW_AFTER,
    ),
    # ------------------------------------------------------------------ refusals
    ("y106", "refusals", "What did we spend on AWS per team last month?", "not_about_this_data", NOW_AFTER),
    ("y107", "refusals", "Which employees took vacation days in February?", "not_about_this_data", NOW_AFTER),
    ("y108", "refusals", "whats the wifi password for the office", "not_about_this_data", NOW_AFTER),
    (
        "y109",
        "refusals",
        "what's the checkout team's sprint velocity this quarter?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    ("y110", "refusals", "btc price 24h", "not_about_this_data", NOW_AFTER),
    ("y111", "refusals", "Mute every indexer alert until Monday morning.", "asks_to_change_data", NOW_AFTER),
    ("y112", "refusals", "Delete the audit log entries from February.", "asks_to_change_data", NOW_AFTER),
    ("y113", "refusals", "pls silence HighLatencyP99 on search-api for 2h", "asks_to_change_data", NOW_AFTER),
    (
        "y114",
        "refusals",
        "update the version on the last payments-api deploy to v2.14.1",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    ("y115", "refusals", "resolve all alrts prd", "asks_to_change_data", NOW_AFTER),
    (
        "y116",
        "refusals",
        "How many alerts did the us-east-1 cluster raise last week?",
        "ungrounded",
        NOW_AFTER,
    ),
    ("y117", "refusals", "Which silences did priya.sharma@acme.io create?", "ungrounded", NOW_AFTER),
    ("y118", "refusals", "is anything firing on the recommendations service?", "ungrounded", NOW_AFTER),
    ("y119", "refusals", "which version of billing-api is live in prod?", "ungrounded", NOW_AFTER),
    ("y120", "refusals", "alrts geo-svc 24h", "ungrounded", NOW_AFTER),
]
