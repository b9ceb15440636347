"""The seventeenth ask question set: ids x001..x120, 15 per category.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the sixteenth and tenth
sets only their docstrings and the tenth's ``now`` constants), from docs/store.md and those
rules, over the demo store (records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12).
Each row is ``(id, category, question, gold, now)``; for a refusal the gold is its kind
(``not_about_this_data``, ``asks_to_change_data``, ``ungrounded``: names a service, project,
person, environment or cluster the store does not have), otherwise one DuckDB SELECT whose
result is compared as a multiset of rows.

The questions are in the words of five people who wrote none of the earlier sets: an incident
commander writing the post-mortem of the 2025-03-11 incidents after the fact (timelines, "the
first checkout alert", "right before", "how many minutes between", "while ... was in effect",
which warnings, log lines and patterns came before, who acked, how it was fixed); a data
analyst at ease with SQL words who asks in half-technical English ("distinct", "grouped by",
"is null", "non-empty", "ratio", "median", "for every ... including zeros", "with no ... in the
following 60 minutes"); the lead of the platform team that owns the identity project
(auth-api, token-service, user-profile; "my services", "my identity services"), who spells
environments every way people do (prod, prd, production, stg, stage, staging) and asks about
their flags, config updates, deploys and on-call people (lucie, sade); an engineer whose
English is a second language ("which alerts was starting", "how much silences did kenji
make", "who did silence the indexer"), with imperfect grammar but one meaning; and a chat-bot
user typing terse commands ("alerts payments-api 24h", "deploys payments-api prd count", "top
2 noisy alerts 7d", "silences active rn"). More than a third of the non-refusal questions
relate two kinds of records (changes, alerts, incidents, silences, acks and snoozes, warnings,
log lines, log patterns, resolutions, suspects) in time or by scope: "at the moment the
rollback went live", "in the two minutes before the ... alert started", "between the rollback
being requested and it going live", "in the hour before the first checkout alert", "followed
by an alert ... within 15 minutes", "with no alert ... in the following 60 minutes", "while
maria's silence was in effect", "created while a checkout incident ... was open", "acked while
it was still firing", "the deploy before the ... incident", "early warnings from other
services before".

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's: times UTC, the ``now`` values and what "today", "yesterday", "since
midnight", "the last N minutes/hours" and clock windows mean under them, things in a window
by their own time, alerts from the ``alerts`` view, "still firing/open" at a time, canonical
environments, names by case-insensitive substring or exact spelling, labels by full value,
incidents are ``alert_groups``, changes are their ``phase = 'live'`` reports unless a phase is
named, "deploys" are ``type = 'deployment'``, versions as ``coalesce(details['ref'],
version)``, "which version is running" as that of the last live deployment or rollback,
people by their exact stored spelling, counts per actor as stored (bots included), silences
from the ``silences`` view and active at T, snoozes and acks from ``audit_log`` matched by a
matcher ``name=value``, rounding to one decimal and durations in minutes, top-N answering
``value, count`` with ties by the grouped value, rankings of rows answering every column,
joins in time keeping the first kind named with ``EXISTS`` on service and canonical
environment, warnings met on their ``labels['service']`` and ``labels['environment']``, "for
each X: a, b and how many Y" as one row per X with a correlated count, a list of columns
answering only those columns, business hours Monday to Friday 09:00-17:00 UTC), and the
sixteenth's additions where they apply. Every question is asked at the tenth's
``NOW_AFTER`` (2025-03-12 06:00 UTC, after every record; no new ``now``), so "today" and
"since midnight" are ``[2025-03-12 00:00, now]``, "yesterday", "on March 11", "on 11 march"
and "on 2025-03-11" are ``[2025-03-11 00:00, 2025-03-12 00:00)``, "24h" / "the last 2h" end at
now, "7d" / "30d" are the 7 (30) days up to now, and "in March" is from 2025-03-01 to now. It
adds, precisely:

- Environment spellings: "prod", "prd", "production" are ``production``; "stg", "stage",
  "staging" are ``staging`` (``environment_aliases``); on tables without
  ``environment_canonical`` the stored value, which in this store is already canonical.
- "my services", "my identity services", "our identity services" are the ``identity``
  project's (auth-api, token-service, user-profile); "silences that cover identity" are those
  whose scope pins the identity project or one of those services. "lucie", "sade", "kenji",
  "maria" are ``ILIKE '%name%'`` on the person column (so ``lucie.novak@acme.io`` and not
  ``lnovak``); "dpatel" is ``actor = 'dpatel'`` exactly.
- "the v2.14.0 (production) deploy" of payments-api is its live ``deployment`` report with
  ``coalesce(details['ref'], version) = 'v2.14.0'`` in production; "the (March 11)
  payments-api rollback" is its one live ``rollback`` report on 2025-03-11 ("being requested"
  is its ``requested`` report); "the first checkout alert on March 11" is the ``alerts`` row
  of project checkout with the earliest ``starts_at`` that day; "the X incident" is the
  ``alert_groups`` row whose ``group_labels['alertname']`` is X (with "on March 11" when there
  are several); "the 'Checkout flow' critical alert" is the alert whose name starts with
  "Checkout flow".
- "Show the first/last ..." answers that one row, every column (``ORDER BY ... LIMIT 1``);
  "the last log line ... before" is strictly before. "How many minutes between A and B" is one
  number, ``round((epoch(B) - epoch(A)) / 60, 1)``.
- "at the moment X went live" is the state at X's timestamp (``starts_at <= T AND (ends_at IS
  NULL OR ends_at > T)``), every service; "between A and B" is closed ``[A, B]``.
- "what changed (on X / in X)" is every live report of the scope, ``scale`` reports included
  (the tenth's "any kind of change"); a silence is "in February" (any window) by its
  ``created_at``.
- "mttr" / "median minutes to resolve" per service are the mean / median of ``ends_at -
  starts_at`` in minutes over the resolved alerts that started in the window.
- "how many minutes it stayed open" for an incident is ``resolved_at - opened_at`` (resolved
  ones only); "how long the silence was on before X expired it" is ``expired_at - starts_at``.
- "error log lines", "error logs", "error lines" are ``log_events`` rows with ``is_error``;
  "error log patterns" in ``incident_log_patterns`` are those with ``errors > 0``; "top error
  templates" rank ``log_pattern_counts`` by ``sum(errors)`` per template (answering
  ``template, errors``).
- An ack or snooze meets an alert through its matchers: an ack by its ``alertname`` and
  ``service`` equality matchers; "snoozes made while the HighLatencyP99 alert was firing" are
  the ``snooze`` rows with an ``alertname=HighLatencyP99`` matcher whose ``timestamp`` lies in
  the span of such an alert (``[starts_at, ends_at)``).
- "alerts firing while a silence was in effect" share a moment with the silence's active span
  (``starts_at`` to the earlier of ``ends_at`` and ``expired_at``; an alert still firing runs
  until now), met on the silence's service and, when it pins one, its environment.
- "silences created while a checkout incident on the same service was open" meet the
  incident at the silence's ``created_at`` within ``[opened_at, coalesce(resolved_at, now)]``;
  "silences created within an hour after an alert started on the same service": ``created_at``
  in ``[starts_at, starts_at + 60 min]``.
- "the deploy before the X incident" is the last live deployment of the incident's service
  and environment at or before its ``opened_at``.
- "alerts where a warning on the same service and environment started within 10 minutes
  before": the warning's ``starts_at`` in ``[starts_at - 10 min, starts_at]``.
- "for every deployment ..., including zeros": one row per live deployment (service,
  environment, timestamp) with a correlated count.
- "which identity services had no production deploy yesterday" are the identity services of
  ``alerts`` and ``change_events`` (``UNION``) with no live production deployment that day.
- "percentage / ratio ... as a percentage" is ``round(100.0 * part / whole, 1)`` over the
  window's rows; "median" is DuckDB's ``median``.
- "which hour of the day" buckets by the UTC hour on the clock (``hour(ts AT TIME ZONE
  'UTC')``), whatever the date; "grouped by hour" for one day buckets by
  ``time_bucket(INTERVAL 1 HOUR, ...)`` (UTC), only hours that hold a row; "a weekend" is
  Saturday or Sunday by the UTC date.
- "the biggest incident" is the highest ``alert_count``; "the 3 longest alerts" rank by
  ``ends_at - starts_at`` among resolved alerts.
- "notification-service", an "eu-central" cluster, an environment ``qa`` and a person "ana"
  are not in the store (``ungrounded``); revenue, salaries, cloud bills, tweets and weather
  are not about this data.
"""

from benchmarks.ask_questions_tenth import NOW_AFTER  # the tenth set's "now" value

ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    (
        "x001",
        "filters",
        "alerts payments-api 24h",
        "SELECT * FROM alerts WHERE service = 'payments-api' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x002",
        "filters",
        "Show me every alert we've had on auth-api in stg.",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "x003",
        "filters",
        "which alerts from token-service is still firing now?",
        "SELECT * FROM alerts WHERE service = 'token-service' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "x004",
        "filters",
        "distinct severity_text values in log_events where service is token-service",
        "SELECT DISTINCT severity_text FROM log_events WHERE service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "x005",
        "filters",
        "Which checkout alerts on March 11 were critical?",
        "SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'critical' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x006",
        "filters",
        "Which alerts were still firing at the moment the March 11 payments-api rollback went live?",
        "WITH r AS (SELECT timestamp AS t FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT a.* FROM alerts a, r WHERE a.starts_at <= r.t AND (a.ends_at IS NULL OR a.ends_at > r.t)",
        NOW_AFTER,
    ),
    (
        "x007",
        "filters",
        "silences token-service stg",
        "SELECT * FROM silences WHERE service = 'token-service' AND environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "x008",
        "filters",
        "Any flag changes on our identity services in stage?",
        "SELECT * FROM change_events WHERE project = 'identity' AND environment = 'staging' "
        "AND type = 'flag_change' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "x009",
        "filters",
        "show me the deploys what dpatel did to production",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel' "
        "AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "x010",
        "filters",
        "alerts where ends_at is null and severity is not 'warning'",
        "SELECT * FROM alerts WHERE ends_at IS NULL AND severity <> 'warning'",
        NOW_AFTER,
    ),
    (
        "x011",
        "filters",
        "Show the checkout-web error log lines in production from the two minutes before the "
        "'Checkout flow' critical alert started.",
        "WITH t AS (SELECT starts_at AS t FROM alerts WHERE service = 'checkout-web' AND name ILIKE 'Checkout flow%') "
        "SELECT l.* FROM log_events l, t WHERE l.service = 'checkout-web' AND l.environment = 'production' "
        "AND l.is_error AND l.timestamp >= t.t - INTERVAL 2 MINUTE AND l.timestamp <= t.t",
        NOW_AFTER,
    ),
    (
        "x012",
        "filters",
        "Config updates to token-service, prod or staging, doesn't matter which.",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND service = 'token-service'",
        NOW_AFTER,
    ),
    (
        "x013",
        "filters",
        "warnings payments-api prd firing",
        "SELECT * FROM warnings WHERE labels['service'] = 'payments-api' AND labels['environment'] = 'production' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "x014",
        "filters",
        "which snoozes was made while the HighLatencyP99 alert was firing?",
        "SELECT s.* FROM audit_log s WHERE s.action = 'snooze' "
        "AND len(list_filter(s.matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0 "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = 'HighLatencyP99' AND s.timestamp >= a.starts_at "
        "AND (a.ends_at IS NULL OR s.timestamp < a.ends_at))",
        NOW_AFTER,
    ),
    (
        "x015",
        "filters",
        "resolutions where root_cause contains 'pool', case-insensitive",
        "SELECT * FROM resolutions WHERE root_cause ILIKE '%pool%'",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- time
    (
        "x016",
        "time",
        "Show the first checkout alert on 2025-03-11.",
        "SELECT * FROM alerts WHERE project = 'checkout' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' ORDER BY starts_at LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x017",
        "time",
        "How many minutes passed between the payments-api v2.14.0 production deploy going live and the first "
        "payments-api alert after it?",
        "WITH d AS (SELECT timestamp AS t FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'payments-api' AND environment = 'production' "
        "AND coalesce(details['ref'], version) = 'v2.14.0'), "
        "a AS (SELECT min(starts_at) AS t FROM alerts, d WHERE service = 'payments-api' "
        "AND environment_canonical = 'production' AND starts_at >= d.t) "
        "SELECT round((epoch(a.t) - epoch(d.t)) / 60, 1) AS minutes FROM a, d",
        NOW_AFTER,
    ),
    (
        "x018",
        "time",
        "How many minutes from the first checkout alert on March 11 until the payments-api rollback went live?",
        "WITH f AS (SELECT min(starts_at) AS t FROM alerts WHERE project = 'checkout' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'), "
        "r AS (SELECT timestamp AS t FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT round((epoch(r.t) - epoch(f.t)) / 60, 1) AS minutes FROM f, r",
        NOW_AFTER,
    ),
    (
        "x019",
        "time",
        "alerts last 2h",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 04:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x020",
        "time",
        "What changed on token-service yesterday?",
        "SELECT * FROM change_events WHERE service = 'token-service' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x021",
        "time",
        "which alerts was starting between 14:30 and 15:00 on 11 march?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x022",
        "time",
        "count of alerts grouped by hour (UTC) for 2025-03-11, only the hours that have any",
        "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY 1 ORDER BY alerts DESC, hour",
        NOW_AFTER,
    ),
    (
        "x023",
        "time",
        "What was the last log line payments-api wrote in production before its v2.14.0 deploy went live there?",
        "WITH d AS (SELECT timestamp AS t FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'payments-api' AND environment = 'production' "
        "AND coalesce(details['ref'], version) = 'v2.14.0') "
        "SELECT l.* FROM log_events l, d WHERE l.service = 'payments-api' AND l.environment = 'production' "
        "AND l.timestamp < d.t ORDER BY l.timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x024",
        "time",
        "snoozes today",
        "SELECT * FROM audit_log WHERE action = 'snooze' AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x025",
        "time",
        "When did the stg token-service KubePodCrashLooping incident open, and when was its resolution recorded?",
        "SELECT g.opened_at, r.resolved_at FROM alert_groups g JOIN resolutions r ON r.group_id = g.id "
        "WHERE g.service = 'token-service' AND g.environment = 'staging' "
        "AND g.group_labels['alertname'] = 'KubePodCrashLooping'",
        NOW_AFTER,
    ),
    (
        "x026",
        "time",
        "in the last 30 minutes before the payments-api rollback go live, how many error logs payments-api was "
        "writing in prod?",
        "WITH r AS (SELECT timestamp AS t FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT count(*) FROM log_events l, r WHERE l.service = 'payments-api' AND l.environment = 'production' "
        "AND l.is_error AND l.timestamp >= r.t - INTERVAL 30 MINUTE AND l.timestamp <= r.t",
        NOW_AFTER,
    ),
    (
        "x027",
        "time",
        "min and max log timestamp per service in staging, grouped by service",
        "SELECT service, min(timestamp) AS first_log, max(timestamp) AS last_log FROM log_events "
        "WHERE environment = 'staging' GROUP BY service",
        NOW_AFTER,
    ),
    (
        "x028",
        "time",
        "For each checkout incident opened on March 11, give its alert name and how many minutes it stayed open "
        "(resolved ones only).",
        "SELECT group_labels['alertname'] AS alertname, "
        "round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes FROM alert_groups "
        "WHERE project = 'checkout' AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND resolved_at IS NOT NULL",
        NOW_AFTER,
    ),
    (
        "x029",
        "time",
        "deploys since midnight",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x030",
        "time",
        "Which alerts on my identity services started on a weekend?",
        "SELECT * FROM alerts WHERE project = 'identity' AND dayofweek(starts_at AT TIME ZONE 'UTC') IN (0, 6)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "x031",
        "aggregates",
        "count distinct fingerprint in alerts where project = 'search'",
        "SELECT count(DISTINCT fingerprint) FROM alerts WHERE project = 'search'",
        NOW_AFTER,
    ),
    (
        "x032",
        "aggregates",
        "ratio of critical alerts to all alerts yesterday, as a percentage",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x033",
        "aggregates",
        "median minutes to resolve per service, over alerts whose ends_at is not null",
        "SELECT service, round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes FROM alerts "
        "WHERE ends_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "x034",
        "aggregates",
        "deploys payments-api prd count",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'payments-api' AND environment = 'production'",
        NOW_AFTER,
    ),
    (
        "x035",
        "aggregates",
        "how much silences did kenji make?",
        "SELECT count(*) FROM silences WHERE created_by ILIKE '%kenji%'",
        NOW_AFTER,
    ),
    (
        "x036",
        "aggregates",
        "Number of error log lines per identity service in prd yesterday.",
        "SELECT service, count(*) AS errors FROM log_events WHERE project = 'identity' AND environment = 'production' "
        "AND is_error AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY service ORDER BY errors DESC",
        NOW_AFTER,
    ),
    (
        "x037",
        "aggregates",
        "How many payments-api alerts fired in the 30 minutes after the v2.14.0 production deploy went live?",
        "WITH d AS (SELECT timestamp AS t FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND service = 'payments-api' AND environment = 'production' "
        "AND coalesce(details['ref'], version) = 'v2.14.0') "
        "SELECT count(*) FROM alerts a, d WHERE a.service = 'payments-api' AND a.environment_canonical = 'production' "
        "AND a.starts_at >= d.t AND a.starts_at <= d.t + INTERVAL 30 MINUTE",
        NOW_AFTER,
    ),
    (
        "x038",
        "aggregates",
        "How many error lines did cart-service log in production between the payments-api rollback being requested "
        "and it going live?",
        "WITH q AS (SELECT timestamp AS t FROM change_events WHERE type = 'rollback' AND phase = 'requested' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'), "
        "r AS (SELECT timestamp AS t FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT count(*) FROM log_events l, q, r WHERE l.service = 'cart-service' AND l.environment = 'production' "
        "AND l.is_error AND l.timestamp >= q.t AND l.timestamp <= r.t",
        NOW_AFTER,
    ),
    (
        "x039",
        "aggregates",
        "average alert_count of the incidents whose id appears in incident_suspects",
        "SELECT round(avg(alert_count), 1) FROM alert_groups WHERE id IN (SELECT group_id FROM incident_suspects)",
        NOW_AFTER,
    ),
    (
        "x040",
        "aggregates",
        "How many acks did sade and lucie each do?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' "
        "AND (actor ILIKE '%sade%' OR actor ILIKE '%lucie%') GROUP BY actor ORDER BY acks DESC",
        NOW_AFTER,
    ),
    (
        "x041",
        "aggregates",
        "what is the average of sigma for the warnings of payments-api?",
        "SELECT round(avg(sigma), 1) FROM warnings WHERE labels['service'] = 'payments-api'",
        NOW_AFTER,
    ),
    (
        "x042",
        "aggregates",
        "mttr per svc 7d",
        "SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS mttr_minutes FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-05 06:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND ends_at IS NOT NULL GROUP BY service",
        NOW_AFTER,
    ),
    (
        "x043",
        "aggregates",
        "For each checkout incident opened on March 11: its alert name and how many early warnings came before it.",
        "SELECT g.group_labels['alertname'] AS alertname, "
        "(SELECT count(*) FROM incident_warnings w WHERE w.group_id = g.id) AS warnings FROM alert_groups g "
        "WHERE g.project = 'checkout' AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x044",
        "aggregates",
        "total log lines and how many of them have is_error = true, for payments-api in production on 2025-03-11",
        "SELECT count(*) AS lines, count(*) FILTER (WHERE is_error) AS errors FROM log_events "
        "WHERE service = 'payments-api' AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x045",
        "aggregates",
        "How many alerts on my identity services started within 15 minutes after a deploy of the same service "
        "in the same env?",
        "SELECT count(*) FROM alerts a WHERE a.project = 'identity' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "x046",
        "top_n",
        "top 2 noisy alerts 7d",
        "SELECT name, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-05 06:00:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
        NOW_AFTER,
    ),
    (
        "x047",
        "top_n",
        "top 5 services by count of current log templates (replaced_by is null)",
        "SELECT service, count(*) AS templates FROM log_templates WHERE replaced_by IS NULL "
        "GROUP BY service ORDER BY templates DESC, service LIMIT 5",
        NOW_AFTER,
    ),
    (
        "x048",
        "top_n",
        "which person was making the most silences?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
        "ORDER BY silences DESC, created_by LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x049",
        "top_n",
        "Top 5 payments-api log patterns by error count on March 11.",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
        "AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY template_id, template ORDER BY errors DESC, template LIMIT 5",
        NOW_AFTER,
    ),
    (
        "x050",
        "top_n",
        "Which of my identity services got the most alerts in stg?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE project = 'identity' "
        "AND environment_canonical = 'staging' GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x051",
        "top_n",
        "top 2 deployers 30d",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-10 06:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 2",
        NOW_AFTER,
    ),
    (
        "x052",
        "top_n",
        "the 3 longest alerts by ends_at - starts_at, ignoring the ones where ends_at is null",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 3",
        NOW_AFTER,
    ),
    (
        "x053",
        "top_n",
        "Which change was the suspect for the most incidents on March 11? Its change id and the number of incidents.",
        "SELECT change_id, count(*) AS incidents FROM incident_suspects "
        "WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY change_id ORDER BY incidents DESC, change_id LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x054",
        "top_n",
        "what is the biggest incident by number of alerts?",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x055",
        "top_n",
        "Who acked the most token-service alerts?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' "
        "AND len(list_filter(matchers, m -> m.name = 'service' AND m.value = 'token-service')) > 0 "
        "GROUP BY actor ORDER BY acks DESC, actor LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x056",
        "top_n",
        "top 2 error templates checkout-web yday",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'checkout-web' "
        "AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY template_id, template ORDER BY errors DESC, template LIMIT 2",
        NOW_AFTER,
    ),
    (
        "x057",
        "top_n",
        "top 3 services by number of alerts that started within 60 minutes after a live change of any type on the "
        "same service and environment",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 3",
        NOW_AFTER,
    ),
    (
        "x058",
        "top_n",
        "Between 14:30 and 15:30 on March 11, which service had the most alerts?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-11 15:30:00+00' GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x059",
        "top_n",
        "which hour of the day have the most error logs for payments-api?",
        "SELECT hour(timestamp AT TIME ZONE 'UTC') AS hour, count(*) AS errors FROM log_events "
        "WHERE service = 'payments-api' AND is_error GROUP BY 1 ORDER BY errors DESC, hour LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x060",
        "top_n",
        "Least noisy of my identity services in production, by alert count?",
        "SELECT service, count(*) AS alerts FROM alerts WHERE project = 'identity' "
        "AND environment_canonical = 'production' GROUP BY service ORDER BY alerts, service LIMIT 1",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "x061",
        "changes",
        "Which auth-api versions went out to stg?",
        "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'",
        NOW_AFTER,
    ),
    (
        "x062",
        "changes",
        "deploys auth-api stg yday count",
        "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' "
        "AND environment = 'staging' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x063",
        "changes",
        "Who rolled back payments-api on March 11?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND service = 'payments-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x064",
        "changes",
        "What changed in the checkout project in production in the hour before the first checkout alert on March 11?",
        "WITH f AS (SELECT min(starts_at) AS t FROM alerts WHERE project = 'checkout' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT c.* FROM change_events c, f WHERE c.project = 'checkout' AND c.environment = 'production' "
        "AND c.phase = 'live' AND c.timestamp >= f.t - INTERVAL 60 MINUTE AND c.timestamp <= f.t",
        NOW_AFTER,
    ),
    (
        "x065",
        "changes",
        "which version of payments-api is running in prod now?",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "ORDER BY timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    (
        "x066",
        "changes",
        "count of live changes grouped by type and source",
        "SELECT type, source, count(*) AS changes FROM change_events WHERE phase = 'live' GROUP BY type, source",
        NOW_AFTER,
    ),
    (
        "x067",
        "changes",
        "Who has been toggling flags on my identity services?",
        "SELECT DISTINCT actor FROM change_events WHERE project = 'identity' AND type = 'flag_change' "
        "AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "x068",
        "changes",
        "rollbacks 30d",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-02-10 06:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x069",
        "changes",
        "Which deploys on March 11 were followed by an alert on the same service and environment within 15 minutes?",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "x070",
        "changes",
        "List the service, actor and time of every config update on my identity services.",
        "SELECT service, actor, timestamp FROM change_events WHERE project = 'identity' "
        "AND type = 'config_update' AND phase = 'live'",
        NOW_AFTER,
    ),
    (
        "x071",
        "changes",
        "what did dpatel deploy on 11 march? which service, which env and which version",
        "SELECT service, environment, coalesce(details['ref'], version) AS version FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x072",
        "changes",
        "live deployments on 2025-03-11 with no alert on the same service and environment in the following 60 minutes",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "x073",
        "changes",
        "Were there any rollbacks in March that came less than an hour after a deploy of the same service?",
        "SELECT r.* FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND r.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "AND r.timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND EXISTS (SELECT 1 FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' "
        "AND d.service = r.service AND d.environment = r.environment "
        "AND d.timestamp >= r.timestamp - INTERVAL 60 MINUTE "
        "AND d.timestamp <= r.timestamp)",
        NOW_AFTER,
    ),
    (
        "x074",
        "changes",
        "releases 7d",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-05 06:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x075",
        "changes",
        "Which of my identity services had no production deploy yesterday?",
        "WITH svc AS (SELECT service FROM alerts WHERE project = 'identity' "
        "UNION SELECT service FROM change_events WHERE project = 'identity') "
        "SELECT service FROM svc WHERE service NOT IN (SELECT service FROM change_events "
        "WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "x076",
        "silences",
        "silences active rn",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')",
        NOW_AFTER,
    ),
    (
        "x077",
        "silences",
        "who did silence the indexer in february?",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer' "
        "AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x078",
        "silences",
        "Which silences were created while a checkout incident on the same service was open on March 11?",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.project = 'checkout' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND g.service = s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment) "
        "AND s.created_at >= g.opened_at "
        "AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 06:00:00+00'))",
        NOW_AFTER,
    ),
    (
        "x079",
        "silences",
        "Silences that cover identity: pinned to the identity project or to auth-api, token-service or user-profile.",
        "SELECT * FROM silences WHERE project = 'identity' OR service IN ('auth-api', 'token-service', 'user-profile')",
        NOW_AFTER,
    ),
    (
        "x080",
        "silences",
        "silences where expired_early is true",
        "SELECT * FROM silences WHERE expired_early",
        NOW_AFTER,
    ),
    (
        "x081",
        "silences",
        "Which cart-service alerts were firing while maria's cart-service silence was in effect?",
        "SELECT a.* FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.created_by ILIKE '%maria%' AND s.service = 'cart-service' "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:00:00+00') > s.starts_at)",
        NOW_AFTER,
    ),
    (
        "x082",
        "silences",
        "silences expiring next 24h",
        "SELECT * FROM silences WHERE ends_at >= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND ends_at <= TIMESTAMPTZ '2025-03-13 06:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x083",
        "silences",
        "Who has ever silenced anything in staging?",
        "SELECT DISTINCT created_by FROM silences WHERE environment_canonical = 'staging'",
        NOW_AFTER,
    ),
    (
        "x084",
        "silences",
        "how long the cart-service silence was on before maria expire it, in minutes?",
        "SELECT round((epoch(expired_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences "
        "WHERE service = 'cart-service' AND expired_by ILIKE '%maria%'",
        NOW_AFTER,
    ),
    (
        "x085",
        "silences",
        "count of silences grouped by created_by and environment_canonical, nulls as their own group",
        "SELECT created_by, environment_canonical, count(*) AS silences FROM silences "
        "GROUP BY created_by, environment_canonical",
        NOW_AFTER,
    ),
    (
        "x086",
        "silences",
        "Show the silences created on March 11 within an hour after an alert started on the same service.",
        "SELECT s.* FROM silences s WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = s.service "
        "AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical) "
        "AND s.created_at >= a.starts_at AND s.created_at <= a.starts_at + INTERVAL 60 MINUTE)",
        NOW_AFTER,
    ),
    (
        "x087",
        "silences",
        "snoozes by actor",
        "SELECT actor, count(*) AS snoozes FROM audit_log WHERE action = 'snooze' GROUP BY actor ORDER BY snoozes DESC",
        NOW_AFTER,
    ),
    (
        "x088",
        "silences",
        "Which silences did lucie create? Silence id and comment only.",
        "SELECT silence_id, comment FROM silences WHERE created_by ILIKE '%lucie%'",
        NOW_AFTER,
    ),
    (
        "x089",
        "silences",
        "alert_mutes rows with a non-empty silenced_by, counted per alert name",
        "SELECT name, count(*) AS mutes FROM alert_mutes WHERE len(silenced_by) > 0 GROUP BY name",
        NOW_AFTER,
    ),
    (
        "x090",
        "silences",
        "which alert was firing in token-service while there was a silence on it?",
        "SELECT a.* FROM alerts a WHERE a.service = 'token-service' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = 'token-service' "
        "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
        "AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)) "
        "AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:00:00+00') > s.starts_at)",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "x091",
        "joins",
        "List the March 11 checkout incidents that have a suspect change: the incident's alert name, and the "
        "suspect's service, version and who made it.",
        "SELECT group_labels['alertname'] AS alertname, change_service, "
        "coalesce(change_details['ref'], change_version) AS version, change_actor FROM incident_suspects "
        "WHERE project = 'checkout' AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x092",
        "joins",
        "alert_groups with status = 'resolved' that have no row in resolutions",
        "SELECT * FROM alert_groups WHERE status = 'resolved' AND id NOT IN (SELECT group_id FROM resolutions)",
        NOW_AFTER,
    ),
    (
        "x093",
        "joins",
        "Which log patterns were new in the hour before the HikariPoolPendingConnections incident?",
        "SELECT p.* FROM incident_log_patterns p JOIN alert_groups g ON g.id = p.group_id "
        "WHERE g.group_labels['alertname'] = 'HikariPoolPendingConnections' AND p.is_new",
        NOW_AFTER,
    ),
    (
        "x094",
        "joins",
        "who acked alert while it still firing in payments-api?",
        "SELECT DISTINCT k.actor FROM audit_log k WHERE k.action = 'ack' AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = 'payments-api' "
        "AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'alertname=' || a.name) "
        "AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || a.service) "
        "AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))",
        NOW_AFTER,
    ),
    (
        "x095",
        "joins",
        "Which prd deploys of my identity services were followed within 15 minutes by an alert on the same service?",
        "SELECT c.* FROM change_events c WHERE c.project = 'identity' AND c.environment = 'production' "
        "AND c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "x096",
        "joins",
        "incidents w/o early warnings yday",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND id NOT IN (SELECT group_id FROM incident_warnings)",
        NOW_AFTER,
    ),
    (
        "x097",
        "joins",
        "How were the incidents that opened on March 11 fixed? The alert name, root cause, fix and who resolved it.",
        "SELECT g.group_labels['alertname'] AS alertname, r.root_cause, r.fix, r.resolved_by "
        "FROM alert_groups g JOIN resolutions r ON r.group_id = g.id "
        "WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x098",
        "joins",
        "for every live deployment on 2025-03-11: service, environment, timestamp and the count of alerts on the same "
        "service and environment in the following 15 minutes, including zeros",
        "SELECT c.service, c.environment, c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = c.service "
        "AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) AS alerts FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        NOW_AFTER,
    ),
    (
        "x099",
        "joins",
        "which services got alert in 15 minute after somebody deploy them, on 11 march?",
        "SELECT DISTINCT a.service FROM alerts a WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)",
        NOW_AFTER,
    ),
    (
        "x100",
        "joins",
        "Which early warnings from other services came before the March 11 PaymentsAPIErrorBudgetBurn incident?",
        "SELECT w.* FROM incident_warnings w WHERE NOT w.same_service AND w.group_id IN (SELECT id FROM alert_groups "
        "WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
        "AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        NOW_AFTER,
    ),
    (
        "x101",
        "joins",
        "auth-api alerts in stage that came within 2 hours after a flag change on auth-api in stage",
        "SELECT a.* FROM alerts a WHERE a.service = 'auth-api' AND a.environment_canonical = 'staging' "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' "
        "AND c.service = 'auth-api' AND c.environment = 'staging' AND a.starts_at >= c.timestamp "
        "AND a.starts_at <= c.timestamp + INTERVAL 2 HOUR)",
        NOW_AFTER,
    ),
    (
        "x102",
        "joins",
        "incidents caused by flag changes",
        "SELECT * FROM incident_suspects WHERE change_type = 'flag_change'",
        NOW_AFTER,
    ),
    (
        "x103",
        "joins",
        "alerts joined with warnings on service and environment labels, where the warning started within 10 minutes "
        "before the alert",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM warnings w WHERE w.labels['service'] = a.service "
        "AND w.labels['environment'] = a.environment_canonical AND w.starts_at >= a.starts_at - INTERVAL 10 MINUTE "
        "AND w.starts_at <= a.starts_at)",
        NOW_AFTER,
    ),
    (
        "x104",
        "joins",
        "Which cart-service error log patterns showed up in the hour before the UpstreamDependencyErrors incident? "
        "Just the templates.",
        "SELECT p.template FROM incident_log_patterns p JOIN alert_groups g ON g.id = p.group_id "
        "WHERE g.group_labels['alertname'] = 'UpstreamDependencyErrors' AND p.service = 'cart-service' "
        "AND p.errors > 0",
        NOW_AFTER,
    ),
    (
        "x105",
        "joins",
        "the deploy before the HikariPoolPendingConnections incident, who made it and what version?",
        "SELECT c.actor, coalesce(c.details['ref'], c.version) AS version FROM change_events c, alert_groups g "
        "WHERE g.group_labels['alertname'] = 'HikariPoolPendingConnections' AND c.type = 'deployment' "
        "AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment "
        "AND c.timestamp <= g.opened_at ORDER BY c.timestamp DESC LIMIT 1",
        NOW_AFTER,
    ),
    # ---------------------------------------------------------------- refusals
    (
        "x106",
        "refusals",
        "For the post-mortem: how much revenue did we lose during the March 11 checkout outage?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "x107",
        "refusals",
        "median salary of the people in the on-call rotation, grouped by team",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "x108",
        "refusals",
        "How much did the AWS bill for my identity services go up last month?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "x109",
        "refusals",
        "which customers was complaining on twitter during the payments problem?",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "x110",
        "refusals",
        "weather berlin tmrw",
        "not_about_this_data",
        NOW_AFTER,
    ),
    (
        "x111",
        "refusals",
        "Could you please extend the token-service silence in staging by another day?",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "x112",
        "refusals",
        "Please record a resolution for the 'Checkout flow' incident: root cause bad deploy v2.14.0, fixed by the "
        "rollback.",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "x113",
        "refusals",
        "please delete the snoozes of kenji, they are wrong",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "x114",
        "refusals",
        "ack HighLatencyP99 stg",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "x115",
        "refusals",
        "kindly update change_events set actor = 'dev.patel@acme.io' where actor = 'dpatel'",
        "asks_to_change_data",
        NOW_AFTER,
    ),
    (
        "x116",
        "refusals",
        "how much silences did ana make?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "x117",
        "refusals",
        "alerts billing-api 24h",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "x118",
        "refusals",
        "Which alerts fired on my services in the eu-central cluster?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "x119",
        "refusals",
        "Did notification-service alert at any point during the March 11 checkout incident?",
        "ungrounded",
        NOW_AFTER,
    ),
    (
        "x120",
        "refusals",
        "count alerts grouped by severity where environment = 'qa'",
        "ungrounded",
        NOW_AFTER,
    ),
]
