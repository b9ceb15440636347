"""The seventh ask question set: ids j001..j160, 20 per category.

Written by an author who had not seen the parser (nor its tests, its documentation beyond the
answer shapes of docs/ask.md, or the rows of the earlier sets), after the parser had been tuned
on the sixth set's development half, from the needs in the feature's issue, docs/store.md and
the "Shapes and joins" rules of docs/ask.md, over the demo store (records mostly on
2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id, category, question, gold,
now)``; for a refusal the gold is its kind (``not_about_this_data``, ``asks_to_change_data``,
``ungrounded``: names a service, project, person, environment or cluster the store does not
have), otherwise one DuckDB SELECT whose result is compared as a multiset of rows. The
questions are in the words of people who wrote none of the earlier sets: an engineering manager
preparing a weekly review, an on-call engineer in their first week and a release manager. They
write full sentences or terse fragments, sometimes two conditions in one sentence, and use
their trade's words: regressions, hotfix, rollout, blast radius, toil, MTTR, paged, woke up,
burned, flaky, noisy.

Conventions (the fifth and sixth sets', kept so the sets agree, and what this set adds):

- Times are UTC. ``now`` is the row's own and every time in the gold is a literal computed
  from it. A question with no time phrase gets a ``now`` after every record
  (2025-03-12T06:00:00Z) and no upper bound. The other ``now`` values: Tuesday
  2025-03-11T17:00Z ("today" is March 11), Wednesday 2025-03-12T09:00Z ("yesterday" is March
  11, "this week"/"since monday" start Monday March 10), 2025-03-11T15:00Z and 14:30Z (around
  the payments-api incident), Friday 2025-03-14T12:00Z ("last week" is March 3 to 10) and,
  new here, Monday 2025-03-17T09:00Z for the weekly review ("last week" is March 10 to 17).
- "last N hours/minutes", "past 24 hours": closed ``[now - N, now]``. "today", "this week",
  "since monday", "since midnight", "this year": from the span's start to now, closed at now.
  "yesterday", "on feb 16th", "in january", "in march", "last week", "previous week": the
  whole calendar span, half-open ``[start, end)``. "from march 2 through march 8": ``[Mar 2,
  Mar 9)``. "this morning": ``[00:00, 12:00)``; "between 1 and 5 am", "between midnight and
  6am", "between 14:35 and 14:40": half-open on the day of now. "at midnight" (asked on the
  morning of March 12) is March 12 00:00. Weeks start on Monday. Day and hour buckets are UTC
  (``date_trunc``); "hour of the day" is ``hour(starts_at)``.
- A thing is "in" a window by its own time: an alert's ``starts_at``, a change's
  ``timestamp``, a silence's ``created_at``, an audit row's ``timestamp``, a log line's
  ``timestamp``, a warning's ``starts_at``, an incident's ``opened_at``.
- Alerts are the ``alerts`` view's rows ("pages", "what paged", "what fired", "what woke us
  up" are alerts); "still firing/still open"/"firing at T": ``starts_at <= T AND (ends_at IS
  NULL OR ends_at > T)``. Environments through ``environment_canonical`` for alerts and
  silences; ``change_events``/``log_events``/``alert_groups`` hold the canonical names and are
  compared directly. Alert names by words: a case-insensitive substring of ``name``, or the
  exact name when the question spells it; labels (``team``, ``cluster``, ``namespace``) by their
  full stored value. "below critical": ``severity_rank < 4``. "mention X": ``name``,
  ``annotations['summary']`` or ``annotations['description']`` contains it.
- Incidents are ``alert_groups``; "open incidents" are open at now (``resolved_at`` NULL or
  after now). "blamed"/"suspect"/"caused" means ``incident_suspects``.
- Changes are their ``phase = 'live'`` reports unless the question names a phase
  ("requested", "failed"). "deploy(s)/shipped/rollout/went out": ``type = 'deployment'``;
  "argo syncs": ``source = 'argocd'``; "what changed": every live change, scale events
  included; "releases" ``type = 'release'``. "which versions went out" lists
  ``coalesce(details['ref'], version)`` once each; "which version is running" is that of the
  last live deployment or rollback. People are matched by the exact stored spelling the
  question uses; counts per actor count the ``actor`` column as stored, bots included.
  "when was X last deployed" is the row of the last live deployment (``SELECT *``, newest,
  one row); "last deploy of each service" is ``service, max(timestamp)``.
- Silences are the ``silences`` view's rows; active at T: ``starts_at <= T AND ends_at > T
  AND (expired_at IS NULL OR expired_at > T)``; "running out in the next N hours": active at
  now and ``ends_at <= now + N``; a silence's length is ``ends_at - starts_at``; "scheduled
  ahead": ``starts_at > created_at``; "ended early": ``expired_early``. Snoozes and acks are
  ``audit_log`` rows, matched to an alert name or service by a rendered matcher
  ``name=value``. "muted alerts" are ``alert_mutes`` rows.
- Averages, medians and percentages are rounded to one decimal, durations in minutes (MTTR is
  the mean of ``ends_at - starts_at`` over resolved alerts). Top-N breaks ties by the grouped
  value; "who/which ... the most" is one row (value, count); "bottom/least" is least first.
- Joins in time keep the first kind named, one row per thing (``EXISTS``), joined on service
  and canonical environment: "within N min after X" is ``X.time <= t <= X.time + N``; "in the
  hour before X" ``X.time - 60 <= t <= X.time``; "either side" both; "while a silence was in
  effect" the silence's active window; "during an incident" ``opened_at <= t <= resolved_at``
  (open incidents have no end). "X followed by Y within N" is Y in ``[X.time, X.time + N]``.
  A version or person named with the change narrows the change.
- Words that only colour a question narrow nothing: "the flaky ones", "hotfixes included",
  "the regressions we shipped", "who are our noisy neighbours", "where we burned it",
  "trying to put a number on the toil", "blast radius" (the join the sentence spells out).
"""

from __future__ import annotations

N0 = "2025-03-12T06:00:00Z"
NA = "2025-03-11T17:00:00Z"
NB = "2025-03-12T09:00:00Z"
NC = "2025-03-11T15:00:00Z"
ND = "2025-03-11T14:30:00Z"
NF = "2025-03-14T12:00:00Z"
NM = "2025-03-17T09:00:00Z"

_DUR = "round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1)"
_ACTIVE = ("starts_at <= TIMESTAMPTZ '{t}' AND ends_at > TIMESTAMPTZ '{t}' "
           "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '{t}')")

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    ("j001", "filters", "first week on call here: which alerts are still firing on auth-api in production?",
     "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'production' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')", N0),
    ("j002", "filters", "critical pages for the checkout project",
     "SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'critical'", N0),
    ("j003", "filters", "user-profile alerts, staging only",
     "SELECT * FROM alerts WHERE service = 'user-profile' AND environment_canonical = 'staging'", N0),
    ("j004", "filters", "Show me the warning-severity alerts that belong to the discovery team.",
     "SELECT * FROM alerts WHERE labels['team'] = 'discovery' AND severity = 'warning'", N0),
    ("j005", "filters", "critical alerts for the iam team on cluster prod-eu-west-1",
     "SELECT * FROM alerts WHERE labels['team'] = 'iam' AND labels['cluster'] = 'prod-eu-west-1' "
     "AND severity = 'critical'", N0),
    ("j006", "filters", "is anything crashlooping in staging?",
     "SELECT * FROM alerts WHERE name ILIKE '%crashloop%' AND environment_canonical = 'staging'", N0),
    ("j007", "filters", "which alerts came in through pagerduty",
     "SELECT * FROM alerts WHERE source = 'pagerduty-events'", N0),
    ("j008", "filters", "alerts that mention redis",
     "SELECT * FROM alerts WHERE name ILIKE '%redis%' OR annotations['summary'] ILIKE '%redis%' "
     "OR annotations['description'] ILIKE '%redis%'", N0),
    ("j009", "filters", "the flaky HighLatencyP99 alerts on search-api in stg that have already resolved",
     "SELECT * FROM alerts WHERE name = 'HighLatencyP99' AND service = 'search-api' "
     "AND environment_canonical = 'staging' AND status = 'resolved'", N0),
    ("j010", "filters", "payments-api alerts in prod that were below critical",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
     "AND severity_rank < 4", N0),
    ("j011", "filters", "any alerts at error severity?",
     "SELECT * FROM alerts WHERE severity = 'error'", N0),
    ("j012", "filters", "OOMKilled alerts on search-api",
     "SELECT * FROM alerts WHERE name ILIKE '%oomkilled%' AND service = 'search-api'", N0),
    ("j013", "filters", "alerts in the search namespace with severity info or warning",
     "SELECT * FROM alerts WHERE labels['namespace'] = 'search' AND severity IN ('info', 'warning')", N0),
    ("j014", "filters", "list every alert raised by kube-state-metrics",
     "SELECT * FROM alerts WHERE service = 'kube-state-metrics'", N0),
    ("j015", "filters", "Which alerts mention the error budget? want to see where we burned it",
     "SELECT * FROM alerts WHERE name ILIKE '%error budget%' OR annotations['summary'] ILIKE '%error budget%' "
     "OR annotations['description'] ILIKE '%error budget%'", N0),
    ("j016", "filters", "alerts from grafana for auth-api in staging",
     "SELECT * FROM alerts WHERE source = 'grafana' AND service = 'auth-api' "
     "AND environment_canonical = 'staging'", N0),
    ("j017", "filters", "token-service alerts that sent more than one notification",
     "SELECT * FROM alerts WHERE service = 'token-service' AND notifications > 1", N0),
    ("j018", "filters", "query-suggest prod alerts that are still open",
     "SELECT * FROM alerts WHERE service = 'query-suggest' AND environment_canonical = 'production' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')", N0),
    ("j019", "filters", "checkout-web alerts that come with a runbook link",
     "SELECT * FROM alerts WHERE service = 'checkout-web' AND annotations['runbook_url'] IS NOT NULL", N0),
    ("j020", "filters", "everything that paged for checkout-web in production",
     "SELECT * FROM alerts WHERE service = 'checkout-web' AND environment_canonical = 'production'", N0),
    # ------------------------------------------------------------------ time
    ("j021", "time", "alerts in the last 6 hours",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00'", NA),
    ("j022", "time", "what fired overnight, between midnight and 6am?",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'", NB),
    ("j023", "time", "indexer alerts yesterday",
     "SELECT * FROM alerts WHERE service = 'indexer' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("j024", "time", "For the weekly review: the critical alerts from last week.",
     "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'", NM),
    ("j025", "time", "how many alerts woke us up between 1 and 5 am today?",
     "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 01:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-11 05:00:00+00'", NA),
    ("j026", "time", "alerts on feb 16th",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'", N0),
    ("j027", "time", "search-api staging alerts since monday",
     "SELECT * FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging' "
     "AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("j028", "time", "alerts in january",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'", N0),
    ("j029", "time", "what was firing at 14:50 today?",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')", NC),
    ("j030", "time", "alerts in the past 30 minutes",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 14:30:00+00'", ND),
    ("j031", "time", "search-api alerts this morning",
     "SELECT * FROM alerts WHERE service = 'search-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'", NA),
    ("j032", "time", "did anything fire between 14:35 and 14:40 today",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:35:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-11 14:40:00+00'", NC),
    ("j033", "time", "alerts from march 2 through march 8",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-02 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-09 00:00:00+00'", N0),
    ("j034", "time", "what changed in the last 2 hours?",
     "SELECT * FROM change_events WHERE phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 13:00:00+00' "
     "AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'", NC),
    ("j035", "time", "silences created this week",
     "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND created_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00'", NF),
    ("j036", "time", "payments-api error logs from the last 15 minutes",
     "SELECT * FROM log_events WHERE service = 'payments-api' AND is_error "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:45:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00'", NC),
    ("j037", "time", "alerts during the previous week",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'", NB),
    ("j038", "time", "acks in february",
     "SELECT * FROM audit_log WHERE action = 'ack' AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' "
     "AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'", N0),
    ("j039", "time", "deploys so far today",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'", NA),
    ("j040", "time", "early warnings raised in the last 24 hours",
     "SELECT * FROM warnings WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    # ------------------------------------------------------------------ aggregates
    ("j041", "aggregates", "weekly review: alerts per service last week",
     "SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00' GROUP BY service ORDER BY alerts DESC", NM),
    ("j042", "aggregates", "MTTR per service",
     f"SELECT service, {_DUR} AS mttr_min FROM alerts WHERE ends_at IS NOT NULL GROUP BY service", N0),
    ("j043", "aggregates", "alerts per hour today",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
     "GROUP BY hour ORDER BY alerts DESC", NA),
    ("j044", "aggregates", "how many different services paged us yesterday?",
     "SELECT count(DISTINCT service) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("j045", "aggregates", "what percentage of our alerts are critical",
     "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts", N0),
    ("j046", "aggregates", "mean time to resolve a critical alert, in minutes",
     f"SELECT {_DUR} FROM alerts WHERE severity = 'critical' AND ends_at IS NOT NULL", N0),
    ("j047", "aggregates", "number of alerts per day this week",
     "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-14 12:00:00+00' "
     "GROUP BY day ORDER BY alerts DESC", NF),
    ("j048", "aggregates", "count alerts by severity and environment",
     "SELECT severity, environment_canonical, count(*) AS alerts FROM alerts "
     "GROUP BY severity, environment_canonical ORDER BY alerts DESC", N0),
    ("j049", "aggregates", "on average how many deploys per day did we do in march?",
     "SELECT round(avg(n), 1) FROM (SELECT date_trunc('day', timestamp) AS day, count(*) AS n FROM change_events "
     "WHERE type = 'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00' GROUP BY day)", N0),
    ("j050", "aggregates", "average number of alerts per incident",
     "SELECT round(avg(alert_count), 1) FROM alert_groups", N0),
    ("j051", "aggregates", "median time to resolve token-service alerts",
     "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts "
     "WHERE service = 'token-service' AND ends_at IS NOT NULL", N0),
    ("j052", "aggregates", "error log lines per service today",
     "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
     "GROUP BY service ORDER BY errors DESC", NA),
    ("j053", "aggregates", "how many alerts were still firing at midnight?",
     "SELECT count(*) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 00:00:00+00')", NB),
    ("j054", "aggregates", "what was the peak of hikaricp_connections_pending today?",
     "SELECT max(value) FROM metric_points WHERE name = 'hikaricp_connections_pending' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'", NA),
    ("j055", "aggregates", "how many snoozes this week? trying to put a number on the toil",
     "SELECT count(*) FROM audit_log WHERE action = 'snooze' AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("j056", "aggregates", "projects with at least 10 alerts",
     "SELECT project, count(*) AS alerts FROM alerts GROUP BY project HAVING count(*) >= 10 ORDER BY alerts DESC", N0),
    ("j057", "aggregates", "critical vs warning alerts this week",
     "SELECT severity, count(*) AS alerts FROM alerts WHERE severity IN ('critical', 'warning') "
     "AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
     "GROUP BY severity", NB),
    ("j058", "aggregates", "how many incidents are still open",
     "SELECT count(*) FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')", N0),
    ("j059", "aggregates", "alerts per team (leave out the ones with no team label)",
     "SELECT labels['team'] AS team, count(*) AS alerts FROM alerts WHERE labels['team'] IS NOT NULL "
     "GROUP BY team ORDER BY alerts DESC", N0),
    ("j060", "aggregates", "what share of alerts came from staging",
     "SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'staging') / count(*), 1) FROM alerts", N0),
    # ------------------------------------------------------------------ top_n
    ("j061", "top_n", "top 3 noisiest services, who are our noisy neighbours?",
     "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 3", N0),
    ("j062", "top_n", "noisiest alert last week",
     "SELECT name, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00' GROUP BY name ORDER BY alerts DESC, name LIMIT 1", NM),
    ("j063", "top_n", "who deploys the most?",
     "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1", N0),
    ("j064", "top_n", "top 5 payments-api log patterns by error count today",
     "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
     "AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND minute <= TIMESTAMPTZ '2025-03-11 17:00:00+00' "
     "GROUP BY template ORDER BY errors DESC, template LIMIT 5", NA),
    ("j065", "top_n", "which hour yesterday had the most alerts",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1", NB),
    ("j066", "top_n", "bottom 3 services by number of alerts",
     "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts, service LIMIT 3", N0),
    ("j067", "top_n", "the 3 longest alerts that have resolved",
     "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 3", N0),
    ("j068", "top_n", "who created the most silences",
     "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by "
     "ORDER BY silences DESC, created_by LIMIT 1", N0),
    ("j069", "top_n", "top 2 projects by critical alerts this year",
     "SELECT project, count(*) AS alerts FROM alerts WHERE severity = 'critical' "
     "AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "GROUP BY project ORDER BY alerts DESC, project LIMIT 2", N0),
    ("j070", "top_n", "latest 5 alerts",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "ORDER BY starts_at DESC LIMIT 5", N0),
    ("j071", "top_n", "top 3 early warnings by sigma",
     "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3", N0),
    ("j072", "top_n", "which alert fires most often on the indexer?",
     "SELECT name, count(*) AS alerts FROM alerts WHERE service = 'indexer' GROUP BY name "
     "ORDER BY alerts DESC, name LIMIT 1", N0),
    ("j073", "top_n", "who acked the most alerts",
     "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor "
     "ORDER BY acks DESC, actor LIMIT 1", N0),
    ("j074", "top_n", "top 3 services by error log lines in the past 24 hours",
     "SELECT service, count(*) AS errors FROM log_events WHERE is_error "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
     "GROUP BY service ORDER BY errors DESC, service LIMIT 3", NB),
    ("j075", "top_n", "what was the biggest incident (most alerts)?",
     "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1", N0),
    ("j076", "top_n", "earliest alert today",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 17:00:00+00' ORDER BY starts_at LIMIT 1", NA),
    ("j077", "top_n", "top 3 services by MTTR, slowest first",
     f"SELECT service, {_DUR} AS mttr_min FROM alerts WHERE ends_at IS NOT NULL GROUP BY service "
     "ORDER BY mttr_min DESC, service LIMIT 3", N0),
    ("j078", "top_n", "least noisy project last week",
     "SELECT project, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' "
     "AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00' GROUP BY project ORDER BY alerts, project LIMIT 1", NF),
    ("j079", "top_n", "which day in march had the most alerts?",
     "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
     "WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-04-01 00:00:00+00' "
     "GROUP BY day ORDER BY alerts DESC, day LIMIT 1", N0),
    ("j080", "top_n", "top 3 people by flag toggles",
     "SELECT actor, count(*) AS flag_changes FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "GROUP BY actor ORDER BY flag_changes DESC, actor LIMIT 3", N0),
    # ------------------------------------------------------------------ changes
    ("j081", "changes", "who shipped to prod today?",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND timestamp <= TIMESTAMPTZ '2025-03-11 17:00:00+00'", NA),
    ("j082", "changes", "rollbacks this week",
     "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'", NF),
    ("j083", "changes", "when was payments-api last deployed to production?",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api' "
     "AND environment = 'production' ORDER BY timestamp DESC LIMIT 1", N0),
    ("j084", "changes", "which version of token-service is running in prod",
     "SELECT coalesce(details['ref'], version) AS version FROM change_events "
     "WHERE type IN ('deployment', 'rollback') AND phase = 'live' AND service = 'token-service' "
     "AND environment = 'production' ORDER BY timestamp DESC LIMIT 1", N0),
    ("j085", "changes", "who toggled feature flags on search-api",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "AND service = 'search-api'", N0),
    ("j086", "changes", "what changed on cart-service yesterday",
     "SELECT * FROM change_events WHERE phase = 'live' AND service = 'cart-service' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", NB),
    ("j087", "changes", "which versions of checkout-web went out to staging?",
     "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events "
     "WHERE type = 'deployment' AND phase = 'live' AND service = 'checkout-web' AND environment = 'staging'", N0),
    ("j088", "changes", "any failed deployments?",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'failed'", N0),
    ("j089", "changes", "config changes in prod this month",
     "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 12:00:00+00'", NF),
    ("j090", "changes", "who rolled back payments-api",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live' "
     "AND service = 'payments-api'", N0),
    ("j091", "changes", "how many argo syncs went out to production",
     "SELECT count(*) FROM change_events WHERE source = 'argocd' AND phase = 'live' "
     "AND environment = 'production'", N0),
    ("j092", "changes", "release manager here: which releases were cut this week, hotfixes included?",
     "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("j093", "changes", "deployment requests opened by dpatel",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND actor = 'dpatel'", N0),
    ("j094", "changes", "who made config changes?",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live'", N0),
    ("j095", "changes", "last deploy of each service",
     "SELECT service, max(timestamp) AS last_deploy FROM change_events WHERE type = 'deployment' "
     "AND phase = 'live' GROUP BY service", N0),
    ("j096", "changes", "any changes about egress?",
     "SELECT * FROM change_events WHERE phase = 'live' AND summary ILIKE '%egress%'", N0),
    ("j097", "changes", "deploys per person this week",
     "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
     "AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00' "
     "GROUP BY actor ORDER BY deploys DESC", NB),
    ("j098", "changes", "who released auth-api v4.2.1",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'release' AND phase = 'live' AND service = 'auth-api' "
     "AND (version = 'v4.2.1' OR details['ref'] = 'v4.2.1')", N0),
    ("j099", "changes", "what did kenji.tanaka@acme.io change?",
     "SELECT * FROM change_events WHERE phase = 'live' AND actor = 'kenji.tanaka@acme.io'", N0),
    ("j100", "changes", "argocd deploys to production in march",
     "SELECT * FROM change_events WHERE source = 'argocd' AND type = 'deployment' AND phase = 'live' "
     "AND environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'", N0),
    # ------------------------------------------------------------------ silences
    ("j101", "silences", "what's silenced right now?",
     "SELECT * FROM silences WHERE " + _ACTIVE.format(t="2025-03-11 17:00:00+00"), NA),
    ("j102", "silences", "who silenced the indexer",
     "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'", N0),
    ("j103", "silences", "silences kenji.tanaka@acme.io created in march",
     "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io' "
     "AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'", N0),
    ("j104", "silences", "silences running out in the next hour",
     "SELECT * FROM silences WHERE " + _ACTIVE.format(t="2025-03-12 09:00:00+00")
     + " AND ends_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'", NB),
    ("j105", "silences", "silences that were ended early",
     "SELECT * FROM silences WHERE expired_early", N0),
    ("j106", "silences", "who expired a silence before it ran out?",
     "SELECT DISTINCT expired_by FROM silences WHERE expired_early", N0),
    ("j107", "silences", "silences longer than 3 hours",
     "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 3 HOUR", N0),
    ("j108", "silences", "silences that were scheduled ahead of time",
     "SELECT * FROM silences WHERE starts_at > created_at", N0),
    ("j109", "silences", "how many silences has each person created",
     "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC", N0),
    ("j110", "silences", "silences on staging",
     "SELECT * FROM silences WHERE environment_canonical = 'staging'", N0),
    ("j111", "silences", "silences with a comment mentioning reindex",
     "SELECT * FROM silences WHERE comment ILIKE '%reindex%'", N0),
    ("j112", "silences", "who snoozed HighLatencyP99?",
     "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' "
     "AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'alertname=HighLatencyP99')", N0),
    ("j113", "silences", "snoozes since midnight",
     "SELECT * FROM audit_log WHERE action = 'snooze' AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00' "
     "AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'", NB),
    ("j114", "silences", "who acked the payments-api alerts",
     "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' "
     "AND list_contains([m.name || '=' || m.value FOR m IN matchers], 'service=payments-api')", N0),
    ("j115", "silences", "show me the muted alerts",
     "SELECT * FROM alert_mutes", N0),
    ("j116", "silences", "indexer silences jonas.lindqvist@acme.io scheduled ahead of time",
     "SELECT * FROM silences WHERE created_by = 'jonas.lindqvist@acme.io' AND service = 'indexer' "
     "AND starts_at > created_at", N0),
    ("j117", "silences", "silences on prod cart-service",
     "SELECT * FROM silences WHERE service = 'cart-service' AND environment_canonical = 'production'", N0),
    ("j118", "silences", "what's the average length of a silence, in minutes?",
     f"SELECT {_DUR} FROM silences", N0),
    ("j119", "silences", "any suggested mute time intervals?",
     "SELECT * FROM silence_suggestions WHERE kind = 'mute_time_interval'", N0),
    ("j120", "silences", "how many silences were in effect at 10pm on march 10th",
     "SELECT count(*) FROM silences WHERE " + _ACTIVE.format(t="2025-03-10 22:00:00+00"), N0),
    # ------------------------------------------------------------------ joins
    ("j121", "joins", "alerts that started less than 15 minutes after a deployment to the same service",
     "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("j122", "joins", "which rollouts were followed by a page within 10 minutes?",
     "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)", N0),
    ("j123", "joins", "which rollouts had no alerts in the hour after them?",
     "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND NOT EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)", N0),
    ("j124", "joins", "which services got paged within 15 min after one of their own deploys",
     "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
     "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
     "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
     "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("j125", "joins", "whose deploys were followed by an alert within 15 minutes? just the names",
     "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("j126", "joins", "for each incident, what's the suspect change?",
     "SELECT * FROM incident_suspects", N0),
    ("j127", "joins", "which deployments were blamed for an incident, i.e. the regressions we shipped?",
     "SELECT * FROM change_events WHERE type = 'deployment' "
     "AND id IN (SELECT change_id FROM incident_suspects)", N0),
    ("j128", "joins", "incidents with no suspect change",
     "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_suspects)", N0),
    ("j129", "joins", "alerts that fired while a silence was in effect on the same service",
     "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
     "AND s.environment_canonical = a.environment_canonical AND s.starts_at <= a.starts_at "
     "AND s.ends_at > a.starts_at AND (s.expired_at IS NULL OR s.expired_at > a.starts_at))", N0),
    ("j130", "joins", "silences created during an incident on the same service",
     "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
     "AND g.environment = s.environment_canonical AND s.created_at >= g.opened_at "
     "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))", N0),
    ("j131", "joins", "which early warnings came before the payments-api incidents?",
     "SELECT * FROM incident_warnings WHERE service = 'payments-api'", N0),
    ("j132", "joins", "who silenced alerts during incidents?",
     "SELECT DISTINCT s.created_by FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
     "WHERE g.service = s.service AND g.environment = s.environment_canonical AND s.created_at >= g.opened_at "
     "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))", N0),
    ("j133", "joins", "alerts within 15 minutes either side of a flag change on the same service",
     "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp - INTERVAL 15 MINUTE AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("j134", "joins", "incidents during which someone created a silence on the same service",
     "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service "
     "AND s.environment_canonical = g.environment AND s.created_at >= g.opened_at "
     "AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))", N0),
    ("j135", "joins", "alerts in the hour before a rollback of the same service",
     "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'rollback' "
     "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp - INTERVAL 60 MINUTE AND a.starts_at <= c.timestamp)", N0),
    ("j136", "joins", "error log lines in the 5 minutes after the payments-api v2.14.0 prod deploy",
     "SELECT l.* FROM log_events l WHERE l.is_error AND EXISTS (SELECT 1 FROM change_events c "
     "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api' "
     "AND c.environment = 'production' AND (c.version = 'v2.14.0' OR c.details['ref'] = 'v2.14.0') "
     "AND l.service = c.service AND l.environment = c.environment AND l.timestamp >= c.timestamp "
     "AND l.timestamp <= c.timestamp + INTERVAL 5 MINUTE)", N0),
    ("j137", "joins", "which deploys had to be rolled back within the hour?",
     "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = c.service "
     "AND r.environment = c.environment AND r.timestamp >= c.timestamp "
     "AND r.timestamp <= c.timestamp + INTERVAL 60 MINUTE)", N0),
    ("j138", "joins", "what was the blast radius of dpatel's deploys: alerts within 30 minutes after them "
     "on the same service",
     "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' "
     "AND c.phase = 'live' AND c.actor = 'dpatel' AND c.service = a.service "
     "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
     "AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)", N0),
    ("j139", "joins", "flag changes followed by an alert on the same service within 15 minutes",
     "SELECT c.* FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND EXISTS ("
     "SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", N0),
    ("j140", "joins", "incidents that still have no resolution written down",
     "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM resolutions)", N0),
    # ------------------------------------------------------------------ refusals
    ("j141", "refusals", "what's the weather going to be like in Dublin tomorrow?", "not_about_this_data", N0),
    ("j142", "refusals", "write me a short poem about being on call", "not_about_this_data", N0),
    ("j143", "refusals", "how do I center a div in css", "not_about_this_data", N0),
    ("j144", "refusals", "what's the headcount budget for Q3?", "not_about_this_data", N0),
    ("j145", "refusals", "who won the football last night", "not_about_this_data", N0),
    ("j146", "refusals", "book me a meeting room for the weekly review at 3pm", "not_about_this_data", N0),
    ("j147", "refusals", "delete all the resolved alerts, they're just noise", "asks_to_change_data", N0),
    ("j148", "refusals", "silence the indexer for the next 2 hours", "asks_to_change_data", N0),
    ("j149", "refusals", "expire the token-service silence now", "asks_to_change_data", N0),
    ("j150", "refusals", "roll back payments-api to v2.13.2", "asks_to_change_data", N0),
    ("j151", "refusals", "mark the checkout incident as resolved", "asks_to_change_data", N0),
    ("j152", "refusals", "ack every alert that's still firing", "asks_to_change_data", N0),
    ("j153", "refusals", "change the severity of DiskSpaceLow to info", "asks_to_change_data", N0),
    ("j154", "refusals", "alerts for billing-service in prod", "ungrounded", N0),
    ("j155", "refusals", "what did priya.sharma@acme.io deploy last week", "ungrounded", N0),
    ("j156", "refusals", "incidents in the marketing project", "ungrounded", N0),
    ("j157", "refusals", "rollbacks of inventory-api this month", "ungrounded", N0),
    ("j158", "refusals", "silences created by tom.hughes@acme.io", "ungrounded", N0),
    ("j159", "refusals", "alerts on the us-east-2 cluster", "ungrounded", N0),
    ("j160", "refusals", "critical alerts in the perf-test environment", "ungrounded", N0),
]
