"""The third question set of the ask benchmark: fresh questions, ids ``f001``…``f240``.

Written by an author who had not seen the parser, from the issue's list of needs (filters,
time phrases, counts, top-N, per-day/per-hour breakdowns, latest-N, still firing now, changes
and silences, the joins people ask for, refusals) and the store's documentation
(``docs/store.md``), over the store the demo scenario leaves behind
(``signalcraft demo --db PATH``). It measures the parser on questions it was never tuned on.
The set is split half/half between development and held-out within each category by a hash
of the id (``benchmarks.ask_questions``); only the development half may be read while tuning.

Rows are ``(id, category, question, gold, now)`` as ``benchmarks.ask_questions._question``
takes them: for a refusal, category ``refusals`` and ``gold`` is the refusal kind
(``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``); otherwise ``gold`` is
DuckDB SQL over the documented tables and views, with every time spelled as a literal
``TIMESTAMPTZ`` computed from that row's ``now``.

Conventions (times are UTC; ``now`` is 2025-03-11T16:00:00Z, a Tuesday, for most questions,
and 2025-03-12T06:00:00Z, after the last record, for questions without a time phrase or about
"yesterday"):

- "last/past N hours|days" (also "last 24h", "past 2 weeks"): ``now - N < t <= now``.
- "today": from 00:00 of now's day to now, inclusive; "yesterday": the previous calendar day,
  ``[00:00, next 00:00)``; "this week" and "since monday": from Monday 00:00 to now;
  "this month so far": from the 1st 00:00 to now; "last week (mon-sun)": the previous
  Monday-to-Monday week; "on <date>" and "in <month>": that calendar day or month, half open;
  "between 2 and 4 pm": ``[14:00, 16:00)``; "since 8am": from 08:00 to now; "from march 1
  through march 7": ``[03-01, 03-08)``.
- Alerts come from the ``alerts`` view (one row per alert; ``environment_canonical`` for
  environment aliases such as prod/prd/stg/stage). An alert is "in" a window when it started
  in it; "resolved in" a window uses ``ends_at``. "Firing at T" / "still firing now" /
  "unresolved" is the documented ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)`` with
  T = now unless a time is named. Lists of alerts are ``SELECT *`` from the view.
- Changes come from ``change_events``. A "deploy" (deployed, rollout, shipped, went out) is a
  row with ``type = 'deployment' AND phase = 'live'`` (the report of the deploy taking effect;
  its ``requested`` and ``in_progress`` reports and Kubernetes scale events are phases of the
  same deploy); a rollback is ``type = 'rollback' AND phase = 'live'``; a "release" is
  ``type = 'release'``; "changes"/"what changed" without more is every ``change_events`` row.
  People named by first name match every spelling of them in ``actor`` (login and e-mail).
  Lists of changes are ``SELECT *``; "who ..." is ``SELECT DISTINCT actor``.
- Silences come from ``silence_scopes`` (one row per silence with its service/environment
  scope, author and early expiry); "created" uses ``created_at``, "active at T" is
  ``starts_at <= T AND ends_at > T``; snoozes and acks are ``audit_log`` rows of that
  ``action``; an alertname named in a silence/snooze/ack is matched on its matchers.
- Incidents are alert groups (``alert_groups``); an incident's suspect change is its row of
  ``incident_suspects``.
- Joins: "within N minutes after a deploy/change" is ``change < alert.starts_at <= change + N``
  measured from the change's ``timestamp``; "same service" matches ``service`` (and the
  environment too where the question says so); "before X" windows are half open and end at X.
- Counts are ``count(*)`` (one number); breakdowns are ``(key, count)`` pairs with
  ``date_trunc`` buckets for per-day/per-hour/per-week; top-N is ``ORDER BY count DESC LIMIT
  N``, and N was chosen so that no tie straddles the cut.
- Where a need is ambiguous the question was reworded to remove the ambiguity (e.g. "alerts
  per team, only alerts that have a team label", "same service and environment").
"""

from __future__ import annotations

NOW = "2025-03-11T16:00:00Z"
LATE = "2025-03-12T06:00:00Z"

ROWS = [
    # --------------------------------------------------------------- filters
    ("f001", "filters", "show me all critical alerts for payments",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'", LATE),
    ("f002", "filters", "list prod alerts on the auth api",
     "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'production'", LATE),
    ("f003", "filters", "any alerts in stg for token-service?",
     "SELECT * FROM alerts WHERE service = 'token-service' AND environment_canonical = 'staging'", LATE),
    ("f004", "filters", "OOM kills on search-api",
     "SELECT * FROM alerts WHERE service = 'search-api' AND name = 'ContainerOOMKilled'", LATE),
    ("f005", "filters", "show k8s pod not ready alerts",
     "SELECT * FROM alerts WHERE name = 'KubePodNotReady'", LATE),
    ("f006", "filters", "crashlooping pods in staging",
     "SELECT * FROM alerts WHERE name = 'KubePodCrashLooping' AND environment_canonical = 'staging'", LATE),
    ("f007", "filters", "which alerts came from grafana",
     "SELECT * FROM alerts WHERE source = 'grafana'", LATE),
    ("f008", "filters", "alerts for team iam",
     "SELECT * FROM alerts WHERE labels['team'] = 'iam'", LATE),
    ("f009", "filters", "warning severity alerts in the checkout project",
     "SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'warning'", LATE),
    ("f010", "filters", "http 5xx ratio alerts on user-profile",
     "SELECT * FROM alerts WHERE service = 'user-profile' AND name = 'HTTP5xxRatioHigh'", LATE),
    ("f011", "filters", "disk space low alerts on indexer-0",
     "SELECT * FROM alerts WHERE name = 'DiskSpaceLow' AND labels['instance'] = 'indexer-0'", LATE),
    ("f012", "filters", "alerts from the platform project",
     "SELECT * FROM alerts WHERE project = 'platform'", LATE),
    ("f013", "filters", "critcal alerts in staging",
     "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'staging'", LATE),
    ("f014", "filters", "info level alerts",
     "SELECT * FROM alerts WHERE severity = 'info'", LATE),
    ("f015", "filters", "critical alerts in namespace identity",
     "SELECT * FROM alerts WHERE labels['namespace'] = 'identity' AND severity = 'critical'", LATE),
    ("f016", "filters", "search-api alerts in prd, critical only",
     "SELECT * FROM alerts WHERE service = 'search-api' AND environment_canonical = 'production' AND severity = "
     "'critical'", LATE),
    ("f017", "filters", "alerts that came in thru pagerduty",
     "SELECT * FROM alerts WHERE source = 'pagerduty-events'", LATE),
    ("f018", "filters", "unresolved alerts for user-profile",
     "SELECT * FROM alerts WHERE service = 'user-profile' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' "
     "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')", LATE),
    ("f019", "filters", "error budget burn alerts",
     "SELECT * FROM alerts WHERE name = 'PaymentsAPIErrorBudgetBurn'", LATE),
    ("f020", "filters", "p99 latency alerts in stage",
     "SELECT * FROM alerts WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging'", LATE),
    ("f021", "filters", "alerts on node ip-10-42-29-25.eu-west-1.compute.internal",
     "SELECT * FROM alerts WHERE labels['node'] = 'ip-10-42-29-25.eu-west-1.compute.internal'", LATE),
    ("f022", "filters", "cart svc alerts",
     "SELECT * FROM alerts WHERE service = 'cart-service'", LATE),
    ("f023", "filters", "alerts with severity error",
     "SELECT * FROM alerts WHERE severity = 'error'", LATE),
    ("f024", "filters", "login success rate low alerts on auth-api",
     "SELECT * FROM alerts WHERE service = 'auth-api' AND name = 'LoginSuccessRateLow'", LATE),
    ("f025", "filters", "token cache eviction alerts",
     "SELECT * FROM alerts WHERE name = 'TokenCacheEvictionsHigh'", LATE),
    ("f026", "filters", "querry-suggest alerts in production",
     "SELECT * FROM alerts WHERE service = 'query-suggest' AND environment_canonical = 'production'", LATE),
    ("f027", "filters", "alerts for the discovery team in prod",
     "SELECT * FROM alerts WHERE labels['team'] = 'discovery' AND environment_canonical = 'production'", LATE),
    ("f028", "filters", "any vault lease renewal failures?",
     "SELECT * FROM alerts WHERE name = 'VaultLeaseRenewalFailures'", LATE),
    ("f029", "filters", "critical or error alerts in identity",
     "SELECT * FROM alerts WHERE project = 'identity' AND severity IN ('critical', 'error')", LATE),
    ("f030", "filters", "kube node not ready alerts",
     "SELECT * FROM alerts WHERE name = 'KubeNodeNotReady'", LATE),
    ("f031", "filters", "search-api alerts in cluster staging-eu-west-1",
     "SELECT * FROM alerts WHERE service = 'search-api' AND labels['cluster'] = 'staging-eu-west-1'", LATE),
    ("f032", "filters", "hikari pool alerts for payments",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND name = 'HikariPoolPendingConnections'", LATE),
    ("f033", "filters", "show heartbeat missing alerts",
     "SELECT * FROM alerts WHERE name = 'HeartbeatMissing'", LATE),
    ("f034", "filters", "resolved alerts on checkout-web",
     "SELECT * FROM alerts WHERE service = 'checkout-web' AND status = 'resolved'", LATE),
    ("f035", "filters", "alerts that took more than an hour to resolve",
     "SELECT * FROM alerts WHERE ends_at IS NOT NULL AND ends_at - starts_at > INTERVAL 1 HOUR", LATE),
    # ------------------------------------------------------------------ time
    ("f036", "time", "any high-latency alerts on payments in the last 24 hours?",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND name = 'PaymentsAPILatencyP99High' AND starts_at "
     "> TIMESTAMPTZ '2025-03-10 16:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f037", "time", "alerts in the last 3 hours",
     "SELECT * FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-11 13:00:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00'", NOW),
    ("f038", "time", "what fired yesterday",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-12 00:00:00+00'", LATE),
    ("f039", "time", "alerts since monday",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00'", NOW),
    ("f040", "time", "this week's critical alerts",
     "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f041", "time", "alerts on march 3rd",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-04 00:00:00+00'", NOW),
    ("f042", "time", "alerts between 2 and 4 pm today",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00'", NOW),
    ("f043", "time", "anything fire in the past 30 min?",
     "SELECT * FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-11 14:20:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-11 14:50:00+00'", "2025-03-11T14:50:00Z"),
    ("f044", "time", "what was firing at 3pm yesterday",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' AND (ends_at IS NULL OR "
     "ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')", LATE),
    ("f045", "time", "alerts last week (mon-sun)",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-10 00:00:00+00'", NOW),
    ("f046", "time", "identity alerts in the last 7 days",
     "SELECT * FROM alerts WHERE project = 'identity' AND starts_at > TIMESTAMPTZ '2025-03-04 16:00:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f047", "time", "payments-api alerts today",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f048", "time", "alerts in february",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-01 00:00:00+00'", NOW),
    ("f049", "time", "staging alerts between midnight and 6am today",
     "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND starts_at >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'", NOW),
    ("f050", "time", "alerts from the last 24 hours that are still firing",
     "SELECT * FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-10 16:00:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00' AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 16:00:00+00')", NOW),
    ("f051", "time", "alerts that started after 9pm yesterday",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 21:00:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-12 06:00:00+00'", LATE),
    ("f052", "time", "what fired on feb 16",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-02-17 00:00:00+00'", NOW),
    ("f053", "time", "show alerts from jan 21st",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-01-21 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-01-22 00:00:00+00'", NOW),
    ("f054", "time", "alerts from march 1 through march 7",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-08 00:00:00+00'", NOW),
    ("f055", "time", "alerts resolved in the last 2 hours",
     "SELECT * FROM alerts WHERE ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00' AND ends_at <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00'", NOW),
    ("f056", "time", "prod alerts in the last 6h",
     "SELECT * FROM alerts WHERE environment_canonical = 'production' AND starts_at > TIMESTAMPTZ '2025-03-11 "
     "10:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f057", "time", "since 8am anything on the search project?",
     "SELECT * FROM alerts WHERE project = 'search' AND starts_at >= TIMESTAMPTZ '2025-03-11 08:00:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f058", "time", "what paged us on the 30th of january",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-01-30 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-01-31 00:00:00+00'", NOW),
    ("f059", "time", "token-service alerts on feb 14",
     "SELECT * FROM alerts WHERE service = 'token-service' AND starts_at >= TIMESTAMPTZ '2025-02-14 "
     "00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-02-15 00:00:00+00'", NOW),
    ("f060", "time", "critical alerts in the last 48h",
     "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at > TIMESTAMPTZ '2025-03-10 06:00:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'", LATE),
    ("f061", "time", "indexer alerts in the past 12 hours",
     "SELECT * FROM alerts WHERE service = 'indexer' AND starts_at > TIMESTAMPTZ '2025-03-11 18:00:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'", LATE),
    ("f062", "time", "alerts between 14:30 and 14:45 on march 11",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-03-11 14:45:00+00'", LATE),
    ("f063", "time", "what was still firing at midnight last night",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND (ends_at IS NULL OR "
     "ends_at > TIMESTAMPTZ '2025-03-12 00:00:00+00')", LATE),
    ("f064", "time", "alerts this month so far",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00'", NOW),
    ("f065", "time", "auth-api alerts in the past 2 weeks",
     "SELECT * FROM alerts WHERE service = 'auth-api' AND starts_at > TIMESTAMPTZ '2025-02-25 16:00:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f066", "time", "which alerts fired between jan 10 and jan 20",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-01-10 00:00:00+00' AND starts_at < TIMESTAMPTZ "
     "'2025-01-21 00:00:00+00'", NOW),
    ("f067", "time", "checkout alerts in the last hour and a half",
     "SELECT * FROM alerts WHERE project = 'checkout' AND starts_at > TIMESTAMPTZ '2025-03-11 13:30:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'", "2025-03-11T15:00:00Z"),
    ("f068", "time", "alerts yesterday for the search-api in stg",
     "SELECT * FROM alerts WHERE service = 'search-api' AND environment_canonical = 'staging' AND starts_at >= "
     "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f069", "time", "what was firing on march 5 at noon",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-05 12:00:00+00' AND (ends_at IS NULL OR "
     "ends_at > TIMESTAMPTZ '2025-03-05 12:00:00+00')", NOW),
    ("f070", "time", "warning alerts today before 9am",
     "SELECT * FROM alerts WHERE severity = 'warning' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
     "starts_at < TIMESTAMPTZ '2025-03-11 09:00:00+00'", NOW),
    # ------------------------------------------------------------ aggregates
    ("f071", "aggregates", "how many alerts did payments-api fire today",
     "SELECT count(*) FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f072", "aggregates", "count of critical alerts per service",
     "SELECT service, count(*) FROM alerts WHERE severity = 'critical' GROUP BY service", LATE),
    ("f073", "aggregates", "alerts per day this week",
     "SELECT date_trunc('day', starts_at) AS day, count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ "
     "'2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' GROUP BY day", LATE),
    ("f074", "aggregates", "payments alerts per hour today",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) FROM alerts WHERE service = 'payments-api' AND "
     "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' "
     "GROUP BY hour", NOW),
    ("f075", "aggregates", "how many alerts are firing right now",
     "SELECT count(*) FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' AND (ends_at IS NULL "
     "OR ends_at > TIMESTAMPTZ '2025-03-11 16:00:00+00')", NOW),
    ("f076", "aggregates", "number of alerts by severity in staging",
     "SELECT severity, count(*) FROM alerts WHERE environment_canonical = 'staging' GROUP BY severity", LATE),
    ("f077", "aggregates", "how many distinct alert names fired in prod this week",
     "SELECT count(DISTINCT name) FROM alerts WHERE environment_canonical = 'production' AND starts_at >= "
     "TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f078", "aggregates", "alert count per environment",
     "SELECT environment_canonical, count(*) FROM alerts GROUP BY environment_canonical", LATE),
    ("f079", "aggregates", "give me alert counts per project",
     "SELECT project, count(*) FROM alerts GROUP BY project", LATE),
    ("f080", "aggregates", "how many times did HighLatencyP99 fire in staging yesterday",
     "SELECT count(*) FROM alerts WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND "
     "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f081", "aggregates", "total number of alerts in february",
     "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < "
     "TIMESTAMPTZ '2025-03-01 00:00:00+00'", NOW),
    ("f082", "aggregates", "per-day breakdown of critical alerts in feb",
     "SELECT date_trunc('day', starts_at) AS day, count(*) FROM alerts WHERE severity = 'critical' AND "
     "starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' "
     "GROUP BY day", NOW),
    ("f083", "aggregates", "how many incidents opened today",
     "SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at "
     "<= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f084", "aggregates", "number of alerts per source",
     "SELECT source, count(*) FROM alerts GROUP BY source", LATE),
    ("f085", "aggregates", "alerts per team, only alerts that have a team label",
     "SELECT labels['team'] AS team, count(*) FROM alerts WHERE labels['team'] IS NOT NULL GROUP BY team", LATE),
    ("f086", "aggregates", "how many critical incidents in january",
     "SELECT count(*) FROM alert_groups WHERE max_severity = 'critical' AND opened_at >= TIMESTAMPTZ "
     "'2025-01-01 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-02-01 00:00:00+00'", NOW),
    ("f087", "aggregates", "alerts per service in the checkout project today",
     "SELECT service, count(*) FROM alerts WHERE project = 'checkout' AND starts_at >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY service", NOW),
    ("f088", "aggregates", "how many flag changes this week",
     "SELECT count(*) FROM change_events WHERE type = 'flag_change' AND timestamp >= TIMESTAMPTZ '2025-03-10 "
     "00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f089", "aggregates", "change events per type on march 11",
     "SELECT type, count(*) FROM change_events WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
     "timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY type", LATE),
    ("f090", "aggregates", "how many rollbacks have there been",
     "SELECT count(*) FROM change_events WHERE type = 'rollback' AND phase = 'live'", LATE),
    ("f091", "aggregates", "indexer alerts per day over the last 3 days",
     "SELECT date_trunc('day', starts_at) AS day, count(*) FROM alerts WHERE service = 'indexer' AND starts_at "
     "> TIMESTAMPTZ '2025-03-09 06:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' GROUP BY day", LATE),
    ("f092", "aggregates", "how many different services alerted today",
     "SELECT count(DISTINCT service) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
     "starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f093", "aggregates", "search project alerts: staging vs production counts",
     "SELECT environment_canonical, count(*) FROM alerts WHERE project = 'search' GROUP BY "
     "environment_canonical", LATE),
    ("f094", "aggregates", "mean time to resolve payments-api alerts, in minutes",
     "SELECT avg(epoch(ends_at) - epoch(starts_at)) / 60 FROM alerts WHERE service = 'payments-api' AND ends_at "
     "IS NOT NULL", LATE),
    ("f095", "aggregates", "count alerts by status",
     "SELECT status, count(*) FROM alerts GROUP BY status", LATE),
    ("f096", "aggregates", "how many warning alerts in identity this month",
     "SELECT count(*) FROM alerts WHERE project = 'identity' AND severity = 'warning' AND starts_at >= "
     "TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f097", "aggregates", "number of deploys per service to staging this week",
     "SELECT service, count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment "
     "= 'staging' AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00' GROUP BY service", NOW),
    ("f098", "aggregates", "payments alerts by severity, last 24h",
     "SELECT severity, count(*) FROM alerts WHERE service = 'payments-api' AND starts_at > TIMESTAMPTZ "
     "'2025-03-10 16:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY severity", NOW),
    ("f099", "aggregates", "how many silences has kenji created",
     "SELECT count(*) FROM silence_scopes WHERE created_by = 'kenji.tanaka@acme.io'", LATE),
    ("f100", "aggregates", "alerts per hour between 2pm and 4pm today",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ "
     "'2025-03-11 14:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY hour", NOW),
    ("f101", "aggregates", "how many alerts has each alertname produced for the indexer",
     "SELECT name, count(*) FROM alerts WHERE service = 'indexer' GROUP BY name", LATE),
    ("f102", "aggregates", "how many deplyos went to prod in february",
     "SELECT count(*) FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = "
     "'production' AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ "
     "'2025-03-01 00:00:00+00'", NOW),
    ("f103", "aggregates", "number of alerts each week in february, per week starting monday",
     "SELECT date_trunc('week', starts_at) AS week, count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ "
     "'2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY week", NOW),
    ("f104", "aggregates", "how many incidents per service today",
     "SELECT service, count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
     "opened_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY service", NOW),
    ("f105", "aggregates", "how many snoozes per person",
     "SELECT actor, count(*) FROM audit_log WHERE action = 'snooze' GROUP BY actor", LATE),
    # ----------------------------------------------------------------- top_n
    ("f106", "top_n", "top 4 noisiest alert names",
     "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC LIMIT 4", LATE),
    ("f107", "top_n", "which service had the most alerts this week",
     "SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY service ORDER BY alerts DESC LIMIT 1", NOW),
    ("f108", "top_n", "top 3 services by critical alerts",
     "SELECT service, count(*) AS alerts FROM alerts WHERE severity = 'critical' GROUP BY service ORDER BY "
     "alerts DESC LIMIT 3", LATE),
    ("f109", "top_n", "latest 5 alerts",
     "SELECT * FROM alerts ORDER BY starts_at DESC LIMIT 5", LATE),
    ("f110", "top_n", "last 3 alerts on payments-api",
     "SELECT * FROM alerts WHERE service = 'payments-api' ORDER BY starts_at DESC LIMIT 3", LATE),
    ("f111", "top_n", "most recent deploy to prod",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
     "ORDER BY timestamp DESC LIMIT 1", LATE),
    ("f112", "top_n", "which account did the most deploys in the last 30 days",
     "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' AND "
     "timestamp > TIMESTAMPTZ '2025-02-09 16:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00' "
     "GROUP BY actor ORDER BY deploys DESC LIMIT 1", NOW),
    ("f113", "top_n", "top 2 alert names in staging",
     "SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'staging' GROUP BY name ORDER "
     "BY alerts DESC LIMIT 2", LATE),
    ("f114", "top_n", "which project had the most critical alerts in feb",
     "SELECT project, count(*) AS alerts FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ "
     "'2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY project ORDER BY "
     "alerts DESC LIMIT 1", NOW),
    ("f115", "top_n", "5 longest resolved alerts",
     "SELECT * FROM alerts WHERE ends_at IS NOT NULL ORDER BY ends_at - starts_at DESC LIMIT 5", LATE),
    ("f116", "top_n", "busiest hour for alerts today",
     "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts WHERE starts_at >= "
     "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' GROUP BY hour "
     "ORDER BY alerts DESC LIMIT 1", NOW),
    ("f117", "top_n", "top 2 days by number of alerts",
     "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts GROUP BY day ORDER BY alerts "
     "DESC LIMIT 2", LATE),
    ("f118", "top_n", "oldest alert in the store",
     "SELECT * FROM alerts ORDER BY starts_at LIMIT 1", LATE),
    ("f119", "top_n", "first payments-api alert today",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
     "AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' ORDER BY starts_at LIMIT 1", NOW),
    ("f120", "top_n", "last 5 change events",
     "SELECT * FROM change_events ORDER BY timestamp DESC LIMIT 5", LATE),
    ("f121", "top_n", "which service gets silenced the most",
     "SELECT service, count(*) AS silences FROM silence_scopes WHERE service IS NOT NULL GROUP BY service ORDER "
     "BY silences DESC LIMIT 1", LATE),
    ("f122", "top_n", "who creates the most silences",
     "SELECT created_by, count(*) AS silences FROM silence_scopes GROUP BY created_by ORDER BY silences DESC "
     "LIMIT 1", LATE),
    ("f123", "top_n", "which service has had the most flag flips",
     "SELECT service, count(*) AS flag_changes FROM change_events WHERE type = 'flag_change' GROUP BY service "
     "ORDER BY flag_changes DESC LIMIT 1", LATE),
    ("f124", "top_n", "3 most recent rollbacks",
     "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' ORDER BY timestamp DESC LIMIT 3", LATE),
    ("f125", "top_n", "which alert fires most often on token-service",
     "SELECT name, count(*) AS alerts FROM alerts WHERE service = 'token-service' GROUP BY name ORDER BY alerts "
     "DESC LIMIT 1", LATE),
    ("f126", "top_n", "latest critical alert",
     "SELECT * FROM alerts WHERE severity = 'critical' ORDER BY starts_at DESC LIMIT 1", LATE),
    ("f127", "top_n", "top 3 services by alert count in prod",
     "SELECT service, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' GROUP BY "
     "service ORDER BY alerts DESC LIMIT 3", LATE),
    ("f128", "top_n", "which environment had the most alerts yesterday",
     "SELECT environment_canonical, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY environment_canonical ORDER BY "
     "alerts DESC LIMIT 1", LATE),
    ("f129", "top_n", "3 newest silences",
     "SELECT * FROM silence_scopes ORDER BY created_at DESC LIMIT 3", LATE),
    ("f130", "top_n", "the 10 most recent alerts in staging",
     "SELECT * FROM alerts WHERE environment_canonical = 'staging' ORDER BY starts_at DESC LIMIT 10", LATE),
    ("f131", "top_n", "which service had the most deploys today",
     "SELECT service, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' AND "
     "timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00' "
     "GROUP BY service ORDER BY deploys DESC LIMIT 1", NOW),
    ("f132", "top_n", "top 3 incidents that took longest to resolve",
     "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3", LATE),
    ("f133", "top_n", "top 3 teams by alerts",
     "SELECT labels['team'] AS team, count(*) AS alerts FROM alerts WHERE labels['team'] IS NOT NULL GROUP BY "
     "team ORDER BY alerts DESC LIMIT 3", LATE),
    ("f134", "top_n", "oldest alert that's still firing",
     "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00' AND (ends_at IS NULL OR "
     "ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00') ORDER BY starts_at LIMIT 1", LATE),
    ("f135", "top_n", "biggest incident by number of alerts",
     "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1", LATE),
    # --------------------------------------------------------------- changes
    ("f136", "changes", "who deployed payments-api today",
     "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'deployment' AND phase "
     "= 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 "
     "16:00:00+00'", NOW),
    ("f137", "changes", "list deploys to prod in the last 24h",
     "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
     "AND timestamp > TIMESTAMPTZ '2025-03-10 16:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 "
     "16:00:00+00'", NOW),
    ("f138", "changes", "what changed in the last 3 hours",
     "SELECT * FROM change_events WHERE timestamp > TIMESTAMPTZ '2025-03-11 13:00:00+00' AND timestamp <= "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f139", "changes", "show flag changes this week",
     "SELECT * FROM change_events WHERE type = 'flag_change' AND timestamp >= TIMESTAMPTZ '2025-03-10 "
     "00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f140", "changes", "who toggled the semantic-ranking flag",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND details['flag_key'] = "
     "'semantic-ranking'", LATE),
    ("f141", "changes", "what did lucie change",
     "SELECT * FROM change_events WHERE actor IN ('lucie.novak@acme.io', 'lnovak')", LATE),
    ("f142", "changes", "rollbacks in febuary",
     "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND timestamp >= TIMESTAMPTZ "
     "'2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'", NOW),
    ("f143", "changes", "config updates",
     "SELECT * FROM change_events WHERE type = 'config_update'", LATE),
    ("f144", "changes", "what version of token-service went out to staging",
     "SELECT DISTINCT version FROM change_events WHERE service = 'token-service' AND environment = 'staging' "
     "AND type = 'deployment' AND phase = 'live'", LATE),
    ("f145", "changes", "what has argocd deployed to production",
     "SELECT * FROM change_events WHERE actor = 'argocd (automated)' AND environment = 'production' AND type = "
     "'deployment' AND phase = 'live'", LATE),
    ("f146", "changes", "launchdarkly changes yesterday",
     "SELECT * FROM change_events WHERE source = 'launchdarkly' AND timestamp >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f147", "changes", "any indexer rollouts this month?",
     "SELECT * FROM change_events WHERE service = 'indexer' AND type = 'deployment' AND phase = 'live' AND "
     "timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f148", "changes", "checkout-web deploys to prod",
     "SELECT * FROM change_events WHERE service = 'checkout-web' AND environment = 'production' AND type = "
     "'deployment' AND phase = 'live'", LATE),
    ("f149", "changes", "list all github releases",
     "SELECT * FROM change_events WHERE type = 'release'", LATE),
    ("f150", "changes", "what did sade ship",
     "SELECT * FROM change_events WHERE actor IN ('sokafor', 'sade.okafor@acme.io') AND type = 'deployment' AND "
     "phase = 'live'", LATE),
    ("f151", "changes", "changes to the identity project in prod today",
     "SELECT * FROM change_events WHERE project = 'identity' AND environment = 'production' AND timestamp >= "
     "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f152", "changes", "who changed the es request timeout",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND details['key'] = "
     "'es.request_timeout'", LATE),
    ("f153", "changes", "flag changes by dev",
     "SELECT * FROM change_events WHERE type = 'flag_change' AND actor IN ('dev.patel@acme.io', 'dpatel')", LATE),
    ("f154", "changes", "who turned on passkey login in prod",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND details['flag_key'] = "
     "'passkey-login' AND environment = 'production' AND details['on'] = 'false → true'", LATE),
    ("f155", "changes", "deploys by maria in march",
     "SELECT * FROM change_events WHERE actor IN ('mgonzalez', 'maria.gonzalez@acme.io') AND type = "
     "'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f156", "changes", "what went out to staging between 9 and 12 today",
     "SELECT * FROM change_events WHERE environment = 'staging' AND type = 'deployment' AND phase = 'live' AND "
     "timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'", NOW),
    ("f157", "changes", "k8s events for payments-api in prod today",
     "SELECT * FROM change_events WHERE source = 'kubernetes-event' AND service = 'payments-api' AND "
     "environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f158", "changes", "which services got a config change",
     "SELECT DISTINCT service FROM change_events WHERE type = 'config_update'", LATE),
    ("f159", "changes", "show pagerduty change events",
     "SELECT * FROM change_events WHERE source = 'pagerduty-change'", LATE),
    ("f160", "changes", "every change to search-api on march 11",
     "SELECT * FROM change_events WHERE service = 'search-api' AND timestamp >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f161", "changes", "who rolled back payments",
     "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'rollback'", LATE),
    ("f162", "changes", "last change to the auth api in prod",
     "SELECT * FROM change_events WHERE service = 'auth-api' AND environment = 'production' ORDER BY timestamp "
     "DESC LIMIT 1", LATE),
    ("f163", "changes", "changes since 2pm",
     "SELECT * FROM change_events WHERE timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND timestamp <= "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f164", "changes", "show the flag changes that switched a flag off",
     "SELECT * FROM change_events WHERE type = 'flag_change' AND details['on'] = 'true → false'", LATE),
    ("f165", "changes", "what did kenji change in february",
     "SELECT * FROM change_events WHERE actor IN ('kenji.tanaka@acme.io', 'ktanaka') AND timestamp >= "
     "TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'", NOW),
    # -------------------------------------------------------------- silences
    ("f166", "silences", "who silenced the indexer",
     "SELECT DISTINCT created_by FROM silence_scopes WHERE service = 'indexer'", LATE),
    ("f167", "silences", "silences active right now",
     "SELECT * FROM silence_scopes WHERE starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00' AND ends_at > "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f168", "silences", "silences created yesterday",
     "SELECT * FROM silence_scopes WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND created_at < "
     "TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f169", "silences", "list all silences by jonas",
     "SELECT * FROM silence_scopes WHERE created_by = 'jonas.lindqvist@acme.io'", LATE),
    ("f170", "silences", "which silences were expired early",
     "SELECT * FROM silence_scopes WHERE expired_at IS NOT NULL", LATE),
    ("f171", "silences", "who expired the cart-service silence",
     "SELECT DISTINCT expired_by FROM silence_scopes WHERE service = 'cart-service' AND expired_by IS NOT NULL", LATE),
    ("f172", "silences", "what have we muted in stg",
     "SELECT * FROM silence_scopes WHERE environment_canonical = 'staging'", LATE),
    ("f173", "silences", "silences whose comment mentions reindex",
     "SELECT * FROM silence_scopes WHERE comment ILIKE '%reindex%'", LATE),
    ("f174", "silences", "production silences created since monday",
     "SELECT * FROM silence_scopes WHERE environment_canonical = 'production' AND created_at >= TIMESTAMPTZ "
     "'2025-03-10 00:00:00+00' AND created_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f175", "silences", "snoozes on HighLatencyP99",
     "SELECT * FROM audit_log WHERE action = 'snooze' AND len(list_filter(matchers, m -> m.name = 'alertname' "
     "AND m.value = 'HighLatencyP99')) > 0", LATE),
    ("f176", "silences", "who snoozed alerts yesterday",
     "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze' AND timestamp >= TIMESTAMPTZ '2025-03-11 "
     "00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f177", "silences", "how many times was the staging p99 latency alert snoozed",
     "SELECT count(*) FROM audit_log WHERE action = 'snooze' AND len(list_filter(matchers, m -> m.name = "
     "'alertname' AND m.value = 'HighLatencyP99')) > 0", LATE),
    ("f178", "silences", "acks on token cache evictions",
     "SELECT * FROM audit_log WHERE action = 'ack' AND len(list_filter(matchers, m -> m.name = 'alertname' AND "
     "m.value = 'TokenCacheEvictionsHigh')) > 0", LATE),
    ("f179", "silences", "who acked the payments error budget burn alert",
     "SELECT DISTINCT actor FROM audit_log WHERE action = 'ack' AND len(list_filter(matchers, m -> m.name = "
     "'alertname' AND m.value = 'PaymentsAPIErrorBudgetBurn')) > 0", LATE),
    ("f180", "silences", "longest silence",
     "SELECT * FROM silence_scopes ORDER BY ends_at - starts_at DESC LIMIT 1", LATE),
    ("f181", "silences", "silences that match on project identity",
     "SELECT * FROM silence_scopes WHERE project = 'identity'", LATE),
    ("f182", "silences", "silences created between feb 1 and feb 14",
     "SELECT * FROM silence_scopes WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND created_at < "
     "TIMESTAMPTZ '2025-02-15 00:00:00+00'", NOW),
    ("f183", "silences", "silences for KubePodNotReady",
     "SELECT * FROM silence_scopes WHERE len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = "
     "'KubePodNotReady')) > 0", LATE),
    ("f184", "silences", "silences per person",
     "SELECT created_by, count(*) FROM silence_scopes GROUP BY created_by", LATE),
    ("f185", "silences", "silences longer than 3 hours",
     "SELECT * FROM silence_scopes WHERE ends_at - starts_at > INTERVAL 3 HOUR", LATE),
    ("f186", "silences", "what reason was given for the token-service silence in staging",
     "SELECT comment FROM silence_scopes WHERE service = 'token-service' AND environment_canonical = 'staging'", LATE),
    ("f187", "silences", "when does the staging token-service silence end",
     "SELECT ends_at FROM silence_scopes WHERE service = 'token-service' AND environment_canonical = 'staging'", NOW),
    ("f188", "silences", "silences made in the last 24h",
     "SELECT * FROM silence_scopes WHERE created_at > TIMESTAMPTZ '2025-03-10 16:00:00+00' AND created_at <= "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f189", "silences", "silences created on march 3",
     "SELECT * FROM silence_scopes WHERE created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND created_at < "
     "TIMESTAMPTZ '2025-03-04 00:00:00+00'", NOW),
    ("f190", "silences", "which alerts did alertmanager actually hold back because of a silence",
     "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0", LATE),
    # ----------------------------------------------------------------- joins
    ("f191", "joins", "alerts that started within 30 minutes after a deploy of the same service",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND "
     "c.phase = 'live' AND c.service = a.service AND a.starts_at > c.timestamp AND a.starts_at <= c.timestamp + "
     "INTERVAL 30 MINUTE)", LATE),
    ("f192", "joins", "incidents with their suspect change",
     "SELECT * FROM incident_suspects", LATE),
    ("f193", "joins", "what's the suspect for the LoginErrorRateHigh incident",
     "SELECT * FROM incident_suspects WHERE group_labels['alertname'] = 'LoginErrorRateHigh'", LATE),
    ("f194", "joins", "who deployed payments-api in the hour before its first alert today",
     "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'deployment' AND phase "
     "= 'live' AND timestamp >= (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at "
     ">= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00') - INTERVAL "
     "1 HOUR AND timestamp < (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= "
     "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00')", NOW),
    ("f195", "joins", "deploys that were followed by an alert on the same service within 15 min",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS (SELECT 1 FROM "
     "alerts a WHERE a.service = c.service AND a.starts_at > c.timestamp AND a.starts_at <= c.timestamp + "
     "INTERVAL 15 MINUTE)", LATE),
    ("f196", "joins", "silences that were active during the payments-api error budget burn incident on march 11",
     "SELECT s.* FROM silence_scopes s JOIN alert_groups g ON s.starts_at < g.resolved_at AND s.ends_at > "
     "g.opened_at WHERE g.service = 'payments-api' AND g.group_labels['alertname'] = "
     "'PaymentsAPIErrorBudgetBurn' AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < "
     "TIMESTAMPTZ '2025-03-12 00:00:00+00'", LATE),
    ("f197", "joins", "changes in the 30 min before the auth-api LoginErrorRateHigh incident opened",
     "SELECT c.* FROM change_events c JOIN alert_groups g ON c.timestamp >= g.opened_at - INTERVAL 30 MINUTE "
     "AND c.timestamp < g.opened_at WHERE g.service = 'auth-api' AND g.group_labels['alertname'] = "
     "'LoginErrorRateHigh'", LATE),
    ("f198", "joins", "suspect changes for critical incidents this month",
     "SELECT * FROM incident_suspects WHERE max_severity = 'critical' AND opened_at >= TIMESTAMPTZ '2025-03-01 "
     "00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f199", "joins", "incidents with no suspect change",
     "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_suspects)", LATE),
    ("f200", "joins", "alerts that fired within 15 min after a flag change on the same service in the same environment",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' AND "
     "c.service = a.service AND c.environment = a.environment AND a.starts_at > c.timestamp AND a.starts_at <= "
     "c.timestamp + INTERVAL 15 MINUTE)", LATE),
    ("f201", "joins", "which deploys were blamed as the suspect of an incident",
     "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)", LATE),
    ("f202", "joins", "who made the suspect changes behind critical incidents",
     "SELECT DISTINCT change_actor FROM incident_suspects WHERE max_severity = 'critical'", LATE),
    ("f203", "joins", "today's alerts on services that also had a deploy today",
     "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00' AND service IN (SELECT service FROM change_events WHERE type = 'deployment' AND "
     "phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp <= TIMESTAMPTZ "
     "'2025-03-11 16:00:00+00')", NOW),
    ("f204", "joins", "suspect change for yesterday's indexer DiskSpaceLow incident at 16:58",
     "SELECT * FROM incident_suspects WHERE service = 'indexer' AND group_labels['alertname'] = 'DiskSpaceLow' "
     "AND opened_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00' AND opened_at < TIMESTAMPTZ '2025-03-11 "
     "16:59:00+00'", LATE),
    ("f205", "joins", "root causes of incidents whose suspect was a flag change",
     "SELECT r.root_cause FROM resolutions r JOIN incident_suspects s ON r.group_id = s.group_id WHERE "
     "s.change_type = 'flag_change'", LATE),
    ("f206", "joins", "cart-service alerts that were firing while its silence was in effect",
     "SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM silence_scopes s WHERE "
     "s.service = a.service AND a.starts_at < s.ends_at AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))", LATE),
    ("f207", "joins", "payments-api alerts that started within an hour after a payments-api deploy",
     "SELECT * FROM alerts a WHERE a.service = 'payments-api' AND EXISTS (SELECT 1 FROM change_events c WHERE "
     "c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live' AND a.starts_at > c.timestamp "
     "AND a.starts_at <= c.timestamp + INTERVAL 1 HOUR)", LATE),
    ("f208", "joins", "incidents that had an early warning before them",
     "SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM incident_warnings)", LATE),
    ("f209", "joins", "what changed in the hour before the checkout-web HTTP5xxRatioHigh alert today",
     "SELECT c.* FROM change_events c JOIN alerts a ON c.timestamp >= a.starts_at - INTERVAL 1 HOUR AND "
     "c.timestamp < a.starts_at WHERE a.service = 'checkout-web' AND a.name = 'HTTP5xxRatioHigh' AND "
     "a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at <= TIMESTAMPTZ '2025-03-11 "
     "16:00:00+00'", NOW),
    ("f210", "joins", "incidents whose suspect was deployed by argo",
     "SELECT * FROM incident_suspects WHERE change_actor = 'argocd (automated)'", LATE),
    ("f211", "joins", "incidents from the last 24h and their suspects",
     "SELECT * FROM incident_suspects WHERE opened_at > TIMESTAMPTZ '2025-03-10 16:00:00+00' AND opened_at <= "
     "TIMESTAMPTZ '2025-03-11 16:00:00+00'", NOW),
    ("f212", "joins", "who deployed token-service last before the PostgresqlTooManyConnections incident",
     "SELECT actor FROM change_events c WHERE c.service = 'token-service' AND c.type = 'deployment' AND c.phase "
     "= 'live' AND c.timestamp < (SELECT min(opened_at) FROM alert_groups WHERE service = 'token-service' AND "
     "group_labels['alertname'] = 'PostgresqlTooManyConnections') ORDER BY c.timestamp DESC LIMIT 1", LATE),
    ("f213", "joins", "prod deploys not followed by any alert on that service within 30 minutes",
     "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
     "'production' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.starts_at > "
     "c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)", LATE),
    ("f214", "joins", "flag changes that came less than 15 min before an incident on the same service and env",
     "SELECT * FROM change_events c WHERE c.type = 'flag_change' AND EXISTS (SELECT 1 FROM alert_groups g WHERE "
     "g.service = c.service AND g.environment = c.environment AND g.opened_at > c.timestamp AND g.opened_at < "
     "c.timestamp + INTERVAL 15 MINUTE)", LATE),
    ("f215", "joins", "suspect for the query-suggest 5xx incident in january",
     "SELECT * FROM incident_suspects WHERE service = 'query-suggest' AND group_labels['alertname'] = "
     "'HTTP5xxRatioHigh' AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND opened_at < TIMESTAMPTZ "
     "'2025-02-01 00:00:00+00'", NOW),
    ("f216", "joins", "alerts within 20 minutes after a config change to the same service",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'config_update' AND "
     "c.service = a.service AND a.starts_at > c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 20 MINUTE)", LATE),
    ("f217", "joins", "silences created while an incident on the same service and environment was open",
     "SELECT * FROM silence_scopes s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service AND "
     "g.environment = s.environment AND g.opened_at <= s.created_at AND (g.resolved_at IS NULL OR g.resolved_at "
     "> s.created_at))", LATE),
    ("f218", "joins", "incidents where the suspect came from launchdarkly",
     "SELECT * FROM incident_suspects WHERE change_source = 'launchdarkly'", LATE),
    ("f219", "joins", "how were the incidents with a suspect deploy fixed",
     "SELECT r.fix FROM resolutions r JOIN incident_suspects s ON r.group_id = s.group_id WHERE s.change_type = "
     "'deployment'", LATE),
    ("f220", "joins", "prod alerts that started within 10 minutes after a prod deploy of the same service",
     "SELECT * FROM alerts a WHERE a.environment_canonical = 'production' AND EXISTS (SELECT 1 FROM "
     "change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' AND "
     "c.service = a.service AND a.starts_at > c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)", LATE),
    # -------------------------------------------------------------- refusals
    ("f221", "refusals", "what's the weather in dublin tomorrow", "not_about_this_data", NOW),
    ("f222", "refusals", "write me a haiku about being on call", "not_about_this_data", NOW),
    ("f223", "refusals", "who won the champions league last year", "not_about_this_data", NOW),
    ("f224", "refusals", "recommend a good pizza place near the office", "not_about_this_data", NOW),
    ("f225", "refusals", "translate 'incident postmortem' into german", "not_about_this_data", NOW),
    ("f226", "refusals", "what is the capital of australia", "not_about_this_data", NOW),
    ("f227", "refusals", "mute HighLatencyP99 in staging for 2h", "asks_to_change_data", NOW),
    ("f228", "refusals", "delete all silences created by kenji", "asks_to_change_data", NOW),
    ("f229", "refusals", "ack the payments error budget burn alert", "asks_to_change_data", NOW),
    ("f230", "refusals", "resolve every alert that is still firing", "asks_to_change_data", NOW),
    ("f231", "refusals", "roll back payments-api to v2.13.2", "asks_to_change_data", NOW),
    ("f232", "refusals", "drop table alert_events", "asks_to_change_data", NOW),
    ("f233", "refusals", "change the severity of DiskSpaceLow to info", "asks_to_change_data", NOW),
    ("f234", "refusals", "expire the token-service silence in staging now", "asks_to_change_data", NOW),
    ("f235", "refusals", "alerts for the billing-service in prod", "ungrounded", NOW),
    ("f236", "refusals", "deploys to the qa environment last week", "ungrounded", NOW),
    ("f237", "refusals", "what did priya deploy yesterday", "ungrounded", NOW),
    ("f238", "refusals", "silences on the notification-gateway service", "ungrounded", NOW),
    ("f239", "refusals", "alerts from the ml-platform project this week", "ungrounded", NOW),
    ("f240", "refusals", "show RedisMemoryHigh alerts", "ungrounded", NOW),
]
