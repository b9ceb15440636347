"""The fifty-seventh ask question set: ids nz001..nz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the fifty-sixth set (not read: neither its rows nor its docstring). What the author read
was the brief; the project's design notes (shared/DESIGN.md, whole); docs/store.md (printed whole, its middle, cut
off by the terminal, printed again by line range); the "Shapes and joins" section of docs/ask.md printed alone (its
line range found by listing the headings with grep, the section printed by that range and its middle, cut off by the
terminal, printed again), taken as the rules for the shape of every gold answer; ``ask_questions``' module docstring
and code (printed in two pieces, whole; this set is not wired in by its author); the module docstrings of the earlier
sets (the fifty-sixth excepted) printed with ``ast`` into a scratch file and grepped for roles, cities, languages and
the first line of each persona (the forty-ninth's read whole and its "Conventions" followed where a question leaves
room); the first ten rows of ``ask_questions_thirtieth`` imported in Python (for the file's format) and, in passing,
that file's module-level now constants (one grep); the ruff section of pyproject.toml (the line length); and the
demo store, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most on 2025-03-11 UTC, the day of
the payments-api v2.14.0 outage), where every gold was run. Nothing else was read, beyond file names seen in
directory listings of the project root, ``benchmarks/`` and the shared folder. Each row is ``(id, category,
question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (the question names a service, environment or cluster the store does not hold; checked against the
text of the alert, change, audit, log, metric, warning, incident, resolution, mute and suggestion tables, where "uat"
shows only inside two random payment ids); any other gold is a single DuckDB SELECT over the documented tables and
views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no one in Jakarta,
Prague, Brisbane, Reykjavik or Vancouver; on-call engineers on phones, a FinOps / capacity person, a data engineer of
the nightly pipelines and an MSP's NOC operator have spoken before, but not these people, in these places, about these
things). Each asks three questions in every category (24 each, three of them refusals):

- an on-call engineer of the shop's mobile-app team in Jakarta (the Android and iOS apps call payments-api and
  checkout-web), typing on a phone at 15:30 WIB on Wednesday 12 March (2025-03-12 08:30 UTC): lower case, "yday",
  "rn", "svcs", "wk", "w/in", "n of", "pls", "wat", "hw", and thumbs that slip on service names ("chekout-web",
  "pymnts-api", read as checkout-web and payments-api); what broke yesterday, what is firing or muted now;
- a release train engineer of the checkout and identity agile release train in Prague, at 10:00 CET on Friday 14
  March (2025-03-14 09:00 UTC), whose first language is Czech: articles dropped ("followed by critical alert on same
  service", "Which service had most rollbacks"), "which" for "that", "PI" for the programme increment; deploys,
  rollbacks, releases, versions, suspects;
- a FinOps analyst in Brisbane, at 09:00 AEST on Monday 17 March (2025-03-16 23:00 UTC): Australian English ("G'day",
  "keen", "all up" for all time, "fortnight", "shedding replicas"); log volume, metric samples, scale-downs, silenced
  hours, what costs storage;
- a data engineer on call for the search-indexing pipelines in Reykjavik (Iceland keeps UTC all year), at 08:00 on
  Thursday 13 March: short, exact questions about the indexer, the reindex queue, its metrics, warnings, log lines and
  the reindex silences; "Tuesday" and "Wednesday" are 11 and 12 March;
- an account manager of the managed-services provider that runs the client's on-call, in Vancouver, preparing the
  client's monthly service report at 08:00 PDT on Tuesday 18 March (2025-03-18 15:00 UTC): formal, "the client",
  "P1 incidents" (critical), "MTTR", "service report", "written up".

38 of the 105 questions that are not refusals relate two kinds of record in time or by scope: six in filters (nz002,
nz004, nz006 alerts and deploys; nz009 log lines after a deploy; nz010 alerts during silences; nz014 incidents without
a resolution), three in time (nz017 changes before an alert, nz021 alerts firing when a rollback went live, nz026 log
lines before an alert), four in aggregates (nz031, nz034 alerts after deploys; nz035 suspect changes and their
incidents; nz044 incidents with an early warning), two in top_n (nz049 deploys followed by an alert, nz051 incidents
with a suspect), four in changes (nz063, nz071 deploys and the alerts after them, nz072 changes before an alert, nz074
deploys that were suspects), four in silences (nz078 alerts during maria's silence, nz079 silences made during an
incident, nz087 and nz090 silences and what Alertmanager held back) and all fifteen joins. Releases met by deploys
(nz065) and deploys met by rollbacks (nz066) relate changes with changes and are not counted. No gold returns an empty
result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (the mobile team's board, the train's
  calendar, the FinOps reports and the client's service report are all kept in UTC; Reykjavik is on UTC), so no
  question is read in another zone. The nows: the mobile on-call 2025-03-12 08:30, the release train engineer
  2025-03-14 09:00, the FinOps analyst 2025-03-16 23:00, the data engineer 2025-03-13 08:00, the account manager
  2025-03-18 15:00, all after every record. "yday" (the mobile on-call's), "on 11 March", "the 11th", "Tuesday" (the
  data engineer's) are ``[2025-03-11, 2025-03-12)``; "Wednesday" ``[2025-03-12, 2025-03-13)``; "since Tuesday" from
  2025-03-11 to now; "this wk" and "this week so far, Monday till now" ``[2025-03-10, now]``; "last week" (the account
  manager's, on a Tuesday) ``[2025-03-10, 2025-03-17)`` and "the week before" ``[2025-03-03, 2025-03-10)``; "this
  month", "in March", "since march 1" from 2025-03-01 to now; "this quarter", "this year" from 2025-01-01 to now;
  "since 1 Feb" from 2025-02-01 to now; "February", "1-28 February" ``[2025-02-01, 2025-03-01)``; "between 10 and 12
  March" ``[2025-03-10, 2025-03-13)``; "between 1 and 15 March" ``[2025-03-01, 2025-03-16)``; "the last 24h" ``(now -
  24 h, now]``; "the past fortnight" ``(now - 14 days, now]``, counted per UTC day; "from 8pm on the 11th until 6am on
  the 12th" includes its start and excludes its end. "All up", "whole history" and a question with no time have no
  window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a sample's or
  a log line's ``timestamp``, a resolution's ``resolved_at``); "still firing rn", "active rn" and "still open now"
  are the state at now; "open at 15:00 UTC on 11 March" and "firing at the moment the rollback went live" the state
  at that instant; "in effect at any point during 14:35 to 15:20" shares a moment with that span.
- Alerts are the ``alerts`` view's rows (every column for a list; "in prod" is ``environment_canonical =
  'production'``); incidents ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it
  is NULL), "P1 incidents" those whose ``max_severity`` is critical; silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("as it actually ran", "actually in place"),
  "set to run" / "scheduled length" from ``starts_at`` to ``ends_at``. Changes are their ``phase = 'live'`` reports:
  deploys ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows, in
  nz034's base, nz036 and nz093 too), rollbacks, releases, flag flips, config changes and scale events their types,
  "scale-downs" scale events whose ``details['replicas_to']`` is below ``details['replicas_from']`` as integers (every
  stored scale event is one), "went out through Argo CD" ``source = 'argocd'``, "changes" every live report of any
  type. A version is ``coalesce(details['ref'], version)``; the version "live in prod rn" that of the last live
  deployment or rollback of that service in production. "The v2.14.0 prod deploy" is its live production report
  (2025-03-11 14:31:22); "the rollback" after it the first live production payments-api rollback at or after it
  (14:56:37); "the DiskSpaceLow alert at 16:58 on Tuesday" the indexer alert that started at 16:58:44; "the
  SearchReindexQueueBacklog alert" of a day the one that started that day (once each day); "the first chekout-web
  alert yday" the earliest checkout-web start of the 11th. People are as stored: "who" lists distinct actors,
  ``argocd (automated)`` included (it is the actor with the most production deploys in March, nz048, and the first
  deployer of nz049); "dpatel" is the stored actor ``dpatel``; "maria's silence" is the silence whose ``created_by``
  contains maria, "the cart-service silence" the only silence pinning cart-service (hers).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): a
  thing "within N minutes after" / "in the N minutes after" another starts (opens) in ``[t, t + N]`` ("within one
  hour" 60, "the next 15 min" 15); "in the N minutes before" is ``[t - N, t]`` (nz094: the alerts in the 30 minutes
  before each rollback went live). Changes before an alert (nz017, nz072) are those of the alert's environment,
  production, of any service; log lines around one event are those of the service and environment the question names
  (nz009, nz026). A silence meets an alert or a deploy on its service and, when it pins one, its environment (one
  that pins no service meets nothing): alerts "firing while a silence was in effect" / "while maria's silence was on"
  share a moment with its actual span; silences "created while an incident on the same service was open" have their
  ``created_at`` inside the incident's span, ends included (the SearchIndexerLagHigh incident of 3 March never
  resolved, so every later indexer silence counts); deploys "while it was under an active silence" have their time
  inside the silence's actual span (start included, end excluded). Log lines "written while a DiskSpaceLow alert was
  firing" fall inside any such alert's span, each line once. An ack names its alert by its ``alertname`` and
  ``service`` equality matchers and came "while it was still firing" when one such alert was on at the ack's time.
  "Suspect" is ``incident_suspects``: "which deploys caused incidents" are the ``change_events`` deployments that are
  the suspect of an incident opened in the window; "incidents with a suspect change" count distinct incidents per
  service; "no suspect change" is no row there; "the minutes between suspect change going live and its incident
  opening" is ``lag_s / 60``, averaged over every suspect row of a change type. "Had an early warning before them" is
  a row in ``incident_warnings``; "how many minutes before opening the first warning came" its largest ``lead_min``
  per incident. "For each early warning on the indexer" is every ``warnings`` row whose ``service`` label is indexer,
  with the indexer alerts of the warning's ``environment`` label that started in ``[w, w + 30 min]``. "Fixed by
  rolling back" is a resolution whose ``fix`` says "rolled back", "roll back" or "rollback", joined to its incident;
  "no resolution written up" no ``resolutions`` row. "For each indexer silence, how many alerts did Alertmanager hold
  back" counts the ``alert_mutes`` rows whose ``silenced_by`` names it, every one of the sixteen silences pinning the
  indexer listed; "never muted anything, according to Alertmanager" is a silence no ``alert_mutes`` row names. "For
  each prod deploy yday", "for each rollback" and "for each scale event on the 11th" are one row per change report (a
  ``LEFT JOIN``, 0 included) with the columns listed. Releases "never deployed to production" are live releases
  that no live production deployment of the same service and version ever met; deployments "followed by rollback of
  same service and environment within one hour" meet a live rollback in ``[t, t + 60 min]``.
- Aggregates: durations in minutes to one decimal ("avg time to resolve" of the resolved alerts, "median duration",
  the "MTTR" of incidents from ``opened_at`` to ``resolved_at`` over the resolved ones, "how many minutes passed
  between"), hours when asked (silenced hours summed per author as the silences actually ran, the mean scheduled
  length of the indexer silences); percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects
  (every live production deployment of the whole history; this year's alerts; this month's incidents); "average log
  lines per hour" and "average number of alerts per day ... (days with alerts only)" are the means of the per-bucket
  counts, buckets with none left out; "number of deployments and number of rollbacks per service" both counts side by
  side; "last week, compared with the week before" both counts side by side, last week first; "how many incidents did
  each person resolve" a count per ``resolved_by``; "on a weekend (Saturday or Sunday)" any such UTC day; "max
  search_indexer_queue_depth" the value as stored. "Outside business hours" is any time but Monday to Friday
  09:00-17:00 UTC, by ``created_at``.
- Top-N answers ``value, count`` most first (least first for "bottom"), ties by the value, and every N asked is one
  no tie crosses ("the noisiest", "just the one", "only the top one", "which service had most" ask for one row): the
  three services of nz060 tie at one alert each, the fourth has two; search-api and user-profile tie at three in
  nz059, the fourth has two. "Which hour on Tuesday had the most indexer log lines? Hour and count" is the hour's UTC
  start with its count; "which metric has the most samples" counts per metric ``name``; "which two metric keys raised
  the most warnings" per ``metric_key``; "which alert name produced the most incidents" per
  ``group_labels['alertname']``. "When was indexer last deployed to prod" and "the most recent rollback" are that
  change's row; "when did the first payments-api alert fire yday" and "what time did the ... alert start" the time
  alone; "which auth-api versions went out to staging" each version once.
- Refusals: the service "payments-android", the service "settlement-service", the cluster "prod-ap-southeast-2" (the
  store has prod-eu-west-1 and staging-eu-west-1), the service "airflow-scheduler" and the "uat" environment are
  ungrounded; clearing a Gradle cache, the length of a SAFe programme increment, the AWS bill, Kafka against Kinesis
  and the service credit to offer for an outage are not about this data; silencing checkout-web, creating a change
  record, deleting old log lines, restarting the indexer pods and closing February's incidents ask to change the data.
"""

MOBILE = "2025-03-12T08:30:00Z"
TRAIN = "2025-03-14T09:00:00Z"
FINOPS = "2025-03-16T23:00:00Z"
PIPES = "2025-03-13T08:00:00Z"
MSP = "2025-03-18T15:00:00Z"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "nz001",
        "filters",
        "crit alerts on payments-api yday?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "nz002",
        "filters",
        "which alerts fired on chekout-web w/in 15 min after the pymnts-api v2.14.0 prod deploy",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        MOBILE,
    ),
    (
        "nz003",
        "filters",
        "anything still firing in prod rn",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        MOBILE,
    ),
    (
        "nz004",
        "filters",
        "Show me deployments to production on 11 March which were followed by critical alert on same service "
        "within 30 minutes.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = c.service
                   AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        TRAIN,
    ),
    (
        "nz005",
        "filters",
        "List service, version and actor of every production rollback in this quarter.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        TRAIN,
    ),
    (
        "nz006",
        "filters",
        "Which staging alerts started in the hour after staging deployment of same service, on 11 March?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        TRAIN,
    ),
    (
        "nz007",
        "filters",
        "G'day - which scale-downs happened in production this month? Keen to see where we're shedding replicas.",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND environment = 'production'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-16 23:00:00+00'""",
        FINOPS,
    ),
    (
        "nz008",
        "filters",
        "resolved alerts that took over an hour to clear, all up",
        """SELECT * FROM alerts
           WHERE status = 'resolved' AND ends_at - starts_at > INTERVAL 60 MINUTE""",
        FINOPS,
    ),
    (
        "nz009",
        "filters",
        "payments-api prod log lines at ERROR or worse in the 10 minutes after v2.14.0 went live in production",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        FINOPS,
    ),
    (
        "nz010",
        "filters",
        "Which production indexer alerts were firing while a silence on the indexer was in effect?",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = 'production')
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        PIPES,
    ),
    (
        "nz011",
        "filters",
        "DiskSpaceLow alerts on indexer since Tuesday",
        """SELECT * FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        PIPES,
    ),
    (
        "nz012",
        "filters",
        "Which indexer:queue_drain_seconds samples came back not finite (inf or NaN)?",
        """SELECT * FROM metric_points
           WHERE name = 'indexer:queue_drain_seconds' AND NOT isfinite(value)""",
        PIPES,
    ),
    (
        "nz013",
        "filters",
        "For the client's monthly service report: the P1 incidents of February, meaning incidents whose highest "
        "severity was critical, opened 1-28 February.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        MSP,
    ),
    (
        "nz014",
        "filters",
        "Which of this month's incidents still have no resolution written up?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        MSP,
    ),
    (
        "nz015",
        "filters",
        "Please pull the client's production alerts that came in through the PagerDuty integration this month.",
        """SELECT * FROM alerts
           WHERE source = 'pagerduty-events' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'""",
        MSP,
    ),
    # ---------------------------------------------------------------- time
    (
        "nz016",
        "time",
        "when did the first payments-api alert fire yday",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "nz017",
        "time",
        "wat changed in the 30 min before the first chekout-web alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'checkout-web'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND (
                     SELECT min(starts_at) FROM alerts
                     WHERE service = 'checkout-web'
                       AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                       AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        MOBILE,
    ),
    (
        "nz018",
        "time",
        "alerts in the last 24h",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 08:30:00+00' - INTERVAL 24 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        MOBILE,
    ),
    (
        "nz019",
        "time",
        "How many minutes passed between payments-api v2.14.0 going live in production and the rollback going live?",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                                WHERE service = 'payments-api' AND environment = 'production'
                                  AND type = 'rollback' AND phase = 'live'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                         - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        TRAIN,
    ),
    (
        "nz020",
        "time",
        "Which changes went live in production this week so far, Monday till now?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        TRAIN,
    ),
    (
        "nz021",
        "time",
        "What was firing in production at the moment when the payments-api rollback went live on 11 March?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        TRAIN,
    ),
    (
        "nz022",
        "time",
        "how many alerts landed on a weekend (Saturday or Sunday) since 1 Feb?",
        """SELECT count(*) FROM alerts
           WHERE dayofweek(starts_at) IN (0, 6)
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-16 23:00:00+00'""",
        FINOPS,
    ),
    (
        "nz023",
        "time",
        "alerts from 8pm on the 11th until 6am on the 12th, UTC",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        FINOPS,
    ),
    (
        "nz024",
        "time",
        "log lines per day over the past fortnight",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS lines FROM log_events
           WHERE timestamp > TIMESTAMPTZ '2025-03-16 23:00:00+00' - INTERVAL 14 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-16 23:00:00+00'
           GROUP BY day ORDER BY lines DESC""",
        FINOPS,
    ),
    (
        "nz025",
        "time",
        "What time did the SearchReindexQueueBacklog alert start on Wednesday?",
        """SELECT min(starts_at) FROM alerts
           WHERE name = 'SearchReindexQueueBacklog'
             AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        PIPES,
    ),
    (
        "nz026",
        "time",
        "prod indexer error log lines in the hour before the SearchReindexQueueBacklog alert started on Tuesday",
        """SELECT * FROM log_events
           WHERE service = 'indexer' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 01:51:55.639478+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 01:51:55.639478+00'""",
        PIPES,
    ),
    (
        "nz027",
        "time",
        "Early warnings that started on 11 March between 01:00 and 03:00 UTC?",
        """SELECT * FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 01:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 03:00:00+00'""",
        PIPES,
    ),
    (
        "nz028",
        "time",
        "How many alerts did the client have last week, compared with the week before?",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        MSP,
    ),
    (
        "nz029",
        "time",
        "Which incidents were open at 15:00 UTC on 11 March?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        MSP,
    ),
    (
        "nz030",
        "time",
        "Incidents opened between 1 and 15 March that are still open now.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-16 00:00:00+00'
             AND resolved_at IS NULL""",
        MSP,
    ),
]

ROWS += [
    # ---------------------------------------------------------------- aggregates
    (
        "nz031",
        "aggregates",
        "how many alerts on payments-api in the 30 min after the v2.14.0 prod deploy",
        """SELECT count(*) FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 30 MINUTE""",
        MOBILE,
    ),
    (
        "nz032",
        "aggregates",
        "avg time to resolve for checkout-web alerts yday, in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE service = 'checkout-web' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "nz033",
        "aggregates",
        "how many snoozes since march 1",
        """SELECT count(*) FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        MOBILE,
    ),
    (
        "nz034",
        "aggregates",
        "What percentage of production deployments were followed by critical alert on the same service within "
        "30 minutes? Whole history.",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.severity = 'critical' AND a.service = c.service
                        AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE))
                  / count(*), 1) AS pct
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        TRAIN,
    ),
    (
        "nz035",
        "aggregates",
        "Average minutes between suspect change going live and its incident opening, per change type.",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects
           GROUP BY change_type ORDER BY avg_minutes DESC""",
        TRAIN,
    ),
    (
        "nz036",
        "aggregates",
        "Number of deployments and number of rollbacks per service in production, this quarter.",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deployments,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production' AND type IN ('deployment', 'rollback')
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY service ORDER BY deployments DESC, service""",
        TRAIN,
    ),
    (
        "nz037",
        "aggregates",
        "total silenced hours per silence author, counting each silence as it actually ran",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC""",
        FINOPS,
    ),
    (
        "nz038",
        "aggregates",
        "average log lines per hour for checkout-web in prod on the 11th",
        """SELECT round(avg(lines), 1) FROM (
               SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines FROM log_events
               WHERE service = 'checkout-web' AND environment = 'production'
                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY hour)""",
        FINOPS,
    ),
    (
        "nz039",
        "aggregates",
        "what share of this year's alerts came from staging?",
        """SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'staging') / count(*), 1) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-16 23:00:00+00'""",
        FINOPS,
    ),
    (
        "nz040",
        "aggregates",
        "max search_indexer_queue_depth on Wednesday",
        """SELECT max(value) FROM metric_points
           WHERE name = 'search_indexer_queue_depth'
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        PIPES,
    ),
    (
        "nz041",
        "aggregates",
        "Average number of alerts per day on the indexer since 1 March (days with alerts only).",
        """SELECT round(avg(n), 1) FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n FROM alerts
               WHERE service = 'indexer'
                 AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND starts_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
               GROUP BY day)""",
        PIPES,
    ),
    (
        "nz042",
        "aggregates",
        "median duration in minutes of the indexer DiskSpaceLow alerts",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer' AND status = 'resolved'""",
        PIPES,
    ),
    (
        "nz043",
        "aggregates",
        "What was the MTTR in minutes for the client's critical incidents in February?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE max_severity = 'critical' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        MSP,
    ),
    (
        "nz044",
        "aggregates",
        "What percentage of this month's incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE g.id IN (SELECT group_id FROM incident_warnings))
                        / count(*), 1) AS pct
           FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'""",
        MSP,
    ),
    (
        "nz045",
        "aggregates",
        "How many incidents did each person resolve this quarter?",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
           WHERE resolved_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND resolved_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
           GROUP BY resolved_by ORDER BY incidents DESC, resolved_by""",
        MSP,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "nz046",
        "top_n",
        "top 3 svcs by alerts yday",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        MOBILE,
    ),
    (
        "nz047",
        "top_n",
        "noisiest alert name this wk",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 1""",
        MOBILE,
    ),
    (
        "nz048",
        "top_n",
        "who deployed to prod the most this month",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1""",
        MOBILE,
    ),
    (
        "nz049",
        "top_n",
        "Top 3 deployers by deployments which were followed by alert on same service within 15 minutes.",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 3""",
        TRAIN,
    ),
    (
        "nz050",
        "top_n",
        "Which service had most rollbacks in this quarter?",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY service ORDER BY rollbacks DESC, service LIMIT 1""",
        TRAIN,
    ),
    (
        "nz051",
        "top_n",
        "Which two services had most incidents with a suspect change?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        TRAIN,
    ),
    (
        "nz052",
        "top_n",
        "top 5 services by log lines in prod, all up",
        """SELECT service, count(*) AS lines FROM log_events
           WHERE environment = 'production'
           GROUP BY service ORDER BY lines DESC, service LIMIT 5""",
        FINOPS,
    ),
    (
        "nz053",
        "top_n",
        "which metric has the most samples stored? just the one",
        """SELECT name, count(*) AS samples FROM metric_points
           GROUP BY name ORDER BY samples DESC, name LIMIT 1""",
        FINOPS,
    ),
    (
        "nz054",
        "top_n",
        "top 3 silence authors by total hours silenced, as the silences actually ran",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC, created_by LIMIT 3""",
        FINOPS,
    ),
    (
        "nz055",
        "top_n",
        "Which two metric keys raised the most warnings?",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 2""",
        PIPES,
    ),
    (
        "nz056",
        "top_n",
        "Which hour on Tuesday had the most indexer log lines? Hour and count.",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines FROM log_events
           WHERE service = 'indexer'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY lines DESC, hour LIMIT 1""",
        PIPES,
    ),
    (
        "nz057",
        "top_n",
        "which alert fingerprint fired the most?",
        """SELECT fingerprint, count(*) AS alerts FROM alerts
           GROUP BY fingerprint ORDER BY alerts DESC, fingerprint LIMIT 1""",
        PIPES,
    ),
    (
        "nz058",
        "top_n",
        "Which alert name produced the most incidents this quarter? Only the top one, please.",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1""",
        MSP,
    ),
    (
        "nz059",
        "top_n",
        "Top 3 services by critical alerts this year.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        MSP,
    ),
    (
        "nz060",
        "top_n",
        "Bottom 3 services by number of alerts last week.",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service ORDER BY alerts ASC, service LIMIT 3""",
        MSP,
    ),
]

ROWS += [
    # ---------------------------------------------------------------- changes
    (
        "nz061",
        "changes",
        "what version of payments-api is live in prod rn",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        MOBILE,
    ),
    (
        "nz062",
        "changes",
        "who flipped flags yday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MOBILE,
    ),
    (
        "nz063",
        "changes",
        "checkout-web deploys with no alerts in the 15 min after",
        """SELECT * FROM change_events c
           WHERE c.service = 'checkout-web' AND c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MOBILE,
    ),
    (
        "nz064",
        "changes",
        "Which auth-api versions went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        TRAIN,
    ),
    (
        "nz065",
        "changes",
        "Releases which were never deployed to production.",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version))""",
        TRAIN,
    ),
    (
        "nz066",
        "changes",
        "Show deployments that were followed by rollback of same service and environment within one hour.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        TRAIN,
    ),
    (
        "nz067",
        "changes",
        "who changed config in prod this month?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-16 23:00:00+00'""",
        FINOPS,
    ),
    (
        "nz068",
        "changes",
        "scale events per service on the 11th",
        """SELECT service, count(*) AS scale_events FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY scale_events DESC, service""",
        FINOPS,
    ),
    (
        "nz069",
        "changes",
        "what changed on search-api in prod on the 11th?",
        """SELECT * FROM change_events
           WHERE service = 'search-api' AND environment = 'production' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        FINOPS,
    ),
    (
        "nz070",
        "changes",
        "When was indexer last deployed to prod?",
        """SELECT * FROM change_events
           WHERE service = 'indexer' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        PIPES,
    ),
    (
        "nz071",
        "changes",
        "indexer deploys that were followed by an alert on indexer within one hour",
        """SELECT * FROM change_events c
           WHERE c.service = 'indexer' AND c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = 'indexer' AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        PIPES,
    ),
    (
        "nz072",
        "changes",
        "Changes in the hour before the DiskSpaceLow alert at 16:58 on Tuesday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 16:58:44.368367+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 16:58:44.368367+00'""",
        PIPES,
    ),
    (
        "nz073",
        "changes",
        "Which production deployments last week went out through Argo CD?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' AND source = 'argocd'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        MSP,
    ),
    (
        "nz074",
        "changes",
        "Which deploys caused incidents this quarter? I need the changes themselves.",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                          AND opened_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00')""",
        MSP,
    ),
    (
        "nz075",
        "changes",
        "What was the client's most recent rollback?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
           ORDER BY timestamp DESC LIMIT 1""",
        MSP,
    ),
    # ---------------------------------------------------------------- silences
    (
        "nz076",
        "silences",
        "who muted cart-service",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'cart-service'""",
        MOBILE,
    ),
    (
        "nz077",
        "silences",
        "any silences active rn?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        MOBILE,
    ),
    (
        "nz078",
        "silences",
        "alerts that fired on cart-service while maria's silence was on",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        MOBILE,
    ),
    (
        "nz079",
        "silences",
        "Which silences were created while an incident on same service was open?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND (g.resolved_at IS NULL OR s.created_at <= g.resolved_at))""",
        TRAIN,
    ),
    (
        "nz080",
        "silences",
        "Who expired a silence before its end, and when?",
        """SELECT expired_by, expired_at FROM silences WHERE expired_early""",
        TRAIN,
    ),
    (
        "nz081",
        "silences",
        "Silences created in production between 10 and 12 March.",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        TRAIN,
    ),
    (
        "nz082",
        "silences",
        "how long was the cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
           FROM silences WHERE service = 'cart-service'""",
        FINOPS,
    ),
    (
        "nz083",
        "silences",
        "average scheduled length of the indexer silences, in hours",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences
           WHERE service = 'indexer'""",
        FINOPS,
    ),
    (
        "nz084",
        "silences",
        "silences set to run longer than 3 hours",
        """SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 3 HOUR""",
        FINOPS,
    ),
    (
        "nz085",
        "silences",
        "Who silenced the indexer in March?",
        """SELECT DISTINCT created_by FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'""",
        PIPES,
    ),
    (
        "nz086",
        "silences",
        "silences whose comment mentions reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        PIPES,
    ),
    (
        "nz087",
        "silences",
        "For each indexer silence, how many alerts did Alertmanager hold back under it? Zeros included.",
        """SELECT s.silence_id, count(m.id) AS muted FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.service = 'indexer'
           GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id""",
        PIPES,
    ),
    (
        "nz088",
        "silences",
        "Silences the client's staff created outside business hours this month.",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
             AND (dayofweek(created_at) IN (0, 6) OR hour(created_at) < 9 OR hour(created_at) >= 17)""",
        MSP,
    ),
    (
        "nz089",
        "silences",
        "Which silences were in effect at any point during the outage window on 11 March, 14:35 to 15:20 UTC?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:20:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 14:35:00+00'""",
        MSP,
    ),
    (
        "nz090",
        "silences",
        "Which silences never muted anything, according to Alertmanager?",
        """SELECT * FROM silences s
           WHERE NOT EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))""",
        MSP,
    ),
]

ROWS += [
    # ---------------------------------------------------------------- joins
    (
        "nz091",
        "joins",
        "payments-api alerts within 10 min after a payments-api deploy, any env",
        """SELECT * FROM alerts a
           WHERE a.service = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        MOBILE,
    ),
    (
        "nz092",
        "joins",
        "which svcs got paged within 15 min of their own deploy",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MOBILE,
    ),
    (
        "nz093",
        "joins",
        "for each prod deploy yday: service, version, n of alerts on that svc in the next 15 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version) ORDER BY alerts DESC""",
        MOBILE,
    ),
    (
        "nz094",
        "joins",
        "For each rollback: service, version and how many alerts on same service came in the 30 minutes before "
        "it went live.",
        """SELECT r.service, coalesce(r.details['ref'], r.version) AS version, count(a.starts_at) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 30 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live'
           GROUP BY r.id, r.service, coalesce(r.details['ref'], r.version) ORDER BY alerts DESC""",
        TRAIN,
    ),
    (
        "nz095",
        "joins",
        "Incidents whose suspect was a deployment made by dpatel - service, alert name and when it opened.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at FROM incident_suspects
           WHERE change_type = 'deployment' AND change_actor = 'dpatel'""",
        TRAIN,
    ),
    (
        "nz096",
        "joins",
        "Which deploys went out to a service while it was under an active silence?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        TRAIN,
    ),
    (
        "nz097",
        "joins",
        "for each scale event on the 11th, how many alerts on that service in the 15 min after? service, time and "
        "count, zeros too",
        """SELECT c.service, c.timestamp, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'scale' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.timestamp ORDER BY alerts DESC""",
        FINOPS,
    ),
    (
        "nz098",
        "joins",
        "this month's incidents that had no suspect change",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-16 23:00:00+00'
             AND g.id NOT IN (SELECT group_id FROM incident_suspects)""",
        FINOPS,
    ),
    (
        "nz099",
        "joins",
        "which incidents got fixed by rolling back? service, alert name and who fixed it",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.resolved_by
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE r.fix ILIKE '%rolled back%' OR r.fix ILIKE '%roll back%' OR r.fix ILIKE '%rollback%'""",
        FINOPS,
    ),
    (
        "nz100",
        "joins",
        "For each early warning on the indexer: when it started, its metric key, and how many indexer alerts "
        "started in the 30 minutes after it (0 where none).",
        """SELECT w.starts_at, w.metric_key, count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'indexer' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 30 MINUTE
           WHERE w.labels['service'] = 'indexer'
           GROUP BY w.id, w.starts_at, w.metric_key ORDER BY w.starts_at""",
        PIPES,
    ),
    (
        "nz101",
        "joins",
        "prod indexer error log lines written while a DiskSpaceLow alert on the indexer was firing",
        """SELECT * FROM log_events l
           WHERE l.service = 'indexer' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'DiskSpaceLow' AND a.service = 'indexer'
                   AND a.environment_canonical = 'production'
                   AND l.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR l.timestamp <= a.ends_at))""",
        PIPES,
    ),
    (
        "nz102",
        "joins",
        "Staging deploys on Tuesday that were not followed by any alert on the same service within 30 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PIPES,
    ),
    (
        "nz103",
        "joins",
        "Which production incidents opened within 15 minutes after a feature flag change on the same service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MSP,
    ),
    (
        "nz104",
        "joins",
        "Which critical incidents this quarter had early warnings before them? The service, the alert name and how "
        "many minutes before opening the first warning came.",
        """SELECT service, group_labels['alertname'] AS alertname, round(max(lead_min), 1) AS first_warning_min_before
           FROM incident_warnings
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
           GROUP BY group_id, service, alertname""",
        MSP,
    ),
    (
        "nz105",
        "joins",
        "Who acked alerts while they were still firing this quarter? Names only.",
        """SELECT DISTINCT k.actor FROM audit_log k
           WHERE k.action = 'ack'
             AND k.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND k.timestamp <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = (SELECT m.value FROM unnest(k.matchers) AS t(m)
                                 WHERE m.name = 'alertname' AND m.is_equal AND NOT m.is_regex LIMIT 1)
                   AND a.service = (SELECT m.value FROM unnest(k.matchers) AS t(m)
                                    WHERE m.name = 'service' AND m.is_equal AND NOT m.is_regex LIMIT 1)
                   AND a.starts_at <= k.timestamp
                   AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        MSP,
    ),
    # ---------------------------------------------------------------- refusals
    ("nz106", "refusals", "pls silence checkout-web for 2h im driving", "asks_to_change_data", MOBILE),
    ("nz107", "refusals", "any alerts on payments-android yday", "ungrounded", MOBILE),
    ("nz108", "refusals", "hw do i clear the gradle cache on my mac", "not_about_this_data", MOBILE),
    (
        "nz109",
        "refusals",
        "Please create change record for payments-api v2.15.0 deployment on Monday.",
        "asks_to_change_data",
        TRAIN,
    ),
    ("nz110", "refusals", "Show deployments of settlement-service in last PI.", "ungrounded", TRAIN),
    (
        "nz111",
        "refusals",
        "What is recommended length of Program Increment in SAFe, 8 or 10 weeks?",
        "not_about_this_data",
        TRAIN,
    ),
    ("nz112", "refusals", "what did we spend on AWS in Feb, roughly?", "not_about_this_data", FINOPS),
    (
        "nz113",
        "refusals",
        "delete the log lines older than 30 days, they're costing us storage",
        "asks_to_change_data",
        FINOPS,
    ),
    ("nz114", "refusals", "scale events in the prod-ap-southeast-2 cluster this month", "ungrounded", FINOPS),
    ("nz115", "refusals", "Alerts on airflow-scheduler last night?", "ungrounded", PIPES),
    ("nz116", "refusals", "Restart the indexer pods in production.", "asks_to_change_data", PIPES),
    (
        "nz117",
        "refusals",
        "Is Kafka or Kinesis better for an ingest pipeline like ours?",
        "not_about_this_data",
        PIPES,
    ),
    ("nz118", "refusals", "Incidents for the client in the uat environment this quarter.", "ungrounded", MSP),
    (
        "nz119",
        "refusals",
        "Please close out all of February's incidents as resolved so the report looks clean.",
        "asks_to_change_data",
        MSP,
    ),
    (
        "nz120",
        "refusals",
        "What service-credit percentage should we offer for a 30-minute outage?",
        "not_about_this_data",
        MSP,
    ),
]
