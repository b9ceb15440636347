"""The twenty-fourth ask question set: ids ze001..ze120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md (taken as the rules for the shape of every gold
answer; a page range taken too wide also showed the author that page's opening sections, "How a question is read"
among them, before any question was written), the module docstring of ``ask_questions``, the module docstrings of the
earlier sets (to choose people who had not spoken before), the module docstring and first few rows of
``ask_questions_twentythird`` (for the file's format, its conventions and how refusals are written), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). While the set was being written, a ``ruff format --check`` diff of
``ask_questions_twentythird`` showed its question lines in passing (not its golds); the drafts here that came close to
one of them were rewritten into other questions before any gold was checked. Each row is ``(id, category, question,
gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the
question names a service, project, person, environment, cluster or alert name the store does not hold); any other gold
is a single DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- the engineer who runs the log pipeline and the pattern miner, at 06:30 on Wednesday 12 March after a night of
  watching volumes: log lines and error lines per hour, attributes (``db.system``, ``queue``, routes, status codes),
  error templates, and what the logs did around deploys, alerts, silences and incidents; terse, lower case, slips;
- the developer who maintains the change-correlation scoring, checking how its suspects and candidates held up:
  scores, ranks, lags, incidents with and without a candidate, changes blamed for incidents; precise, uses the
  store's own words (suspect, candidate, rank, score, lag);
- an incident-communications manager drafting the public status-page post about March 11, in full sentences: when
  things started and stopped, how long customers were affected, what was rolled back, what was silenced;
- an SRE writing runbooks and on-call training material: alerts without a runbook link, how incidents were
  resolved and by whom, who acks and who snoozes, how quickly alerts clear or get acked, what silences muted;
- a chaos / game-day engineer planning next week's game day from how the system reacted to past flag flips, scale
  events, config changes and rollbacks, asking on Thursday 13 March; lower-case fragments with slips ("svc", "evnts",
  "tues").

50 of the 105 questions that are not refusals relate two kinds of record in time or by scope (a deploy, flag flip or
scale event and the alerts, incidents or log lines after it; incidents and their suspects, candidates, warnings, log
patterns, resolutions and acks; silences in effect at a moment, created during incidents or after alerts, the alerts
they muted, the log lines logged under them; people of two kinds of act): six in filters, five in time, six in
aggregates, six in top_n, five in changes (its rollbacks after deploys relate two kinds of change, not counted),
seven in silences, and all fifteen joins. Phrasing runs from terse lower-case fragments with slips to full
sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC. Each person asks at one ``now``: the log-pipeline engineer at 2025-03-12 06:30, the correlation
  developer at 10:00, the communications manager at 14:00 and the runbook writer at 16:30 (all Wednesday
  2025-03-12, after every record), the game-day engineer at Thursday 2025-03-13 10:00. For the first four
  "yesterday", "the 11th" and "on March 11" are ``[2025-03-11, 2025-03-12)``; for the game-day engineer "tuesday"
  is that day and "yesterday" is ``[2025-03-12, 2025-03-13)``. "This week" and "since monday" run from Monday
  2025-03-10 to now, "last week" ``[2025-03-03, 2025-03-10)``, "last month" and "in february" ``[2025-02-01,
  2025-03-01)``, "this month" / "in march" / "since feb" from the 1st to now; "the last 2 hours" and "the last 7
  days" are ``(now - N, now]``; "yesterday afternoon" is 12:00 to 18:00; "at night (22:00-06:00)" is those hours
  of every day by the row's own time; "between 14:00 and 15:00" includes its start and excludes its end; "at 3am
  last night" is the instant 2025-03-12 03:00. A window with no end stops at now.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, log lines ``log_events``' rows (error lines ``is_error``), acks and snoozes the audit
  log's rows, muted alerts ``alert_mutes``' rows. Changes are their ``phase = 'live'`` reports (a change two tools
  reported live is two rows), "deploys" ``type = 'deployment'``, "rollbacks", "flag flips", "config changes" and
  "scale events" their own types; "what changed" is every live report, scale events included. A version is
  ``coalesce(details['ref'], version)``; the version "running now" is that of the last live deployment or rollback
  there. People are matched by their stored spelling ("kenji" is kenji.tanaka@acme.io, who alone made silences
  under that name). A log line's service is its own; a question naming no environment for log lines reads both,
  except where it says "prod".
- Named events: "v2.14.0 going live in prod" is payments-api's live production deployment at 14:31:22 on the 11th;
  "the rollback" that day is payments-api's live production rollback at 14:56:37; "the first payments-api alert"
  that day started at 14:35:54, the first checkout-web alert at 14:43:24; "the new checkout flow flag got turned
  on" at 10:41:59 on the 11th; "the typo tolerance v2 flag went on" at 12:25:13 on 18 February; "the
  HikariPoolPendingConnections incident" and "the PaymentsAPIErrorBudgetBurn incident" yesterday are the groups of
  those alert names; "the cart-service silence" yesterday is maria.gonzalez@acme.io's, created at 14:47:48 and
  expired at 15:14:37. The time between two named events is in minutes to one decimal, the second being the
  first of its kind at or after the first; rows "between" two events are those whose own time lies from the first
  to the second, both included; "since" an event runs from it to now.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment: "within
  N minutes after" a change is ``[t, t + N]`` of its live report; "a deploy of a different service in the same
  project" meets on project and environment with ``<>`` service; a rollback "less than 20 min after a deploy" has a
  live deployment of its service and environment in ``[t - 20 min, t]``; a checkout-web alert "less than 2 minutes
  after a payments-api alert" started in ``[t, t + 2 min]`` of one in the same environment; an alert "acked within 5
  minutes" has an ack whose ``target`` is its fingerprint in ``[starts_at, starts_at + 5 min]`` (its ``alertname``
  and ``service`` matchers name the same alerts). An incident is open from ``opened_at`` to ``resolved_at`` (now
  while unresolved); a silence is created during an incident when its ``created_at`` falls in that span, on the
  incident's service and on its environment when the silence pins one; a silence is in effect at T when ``starts_at
  <= T < ends_at`` and it was not expired by T, and in place until its end or its expiry, whichever came first; a
  deploy "while its service had an active silence" lies in that span on the same service; a silence "created within
  30 min after an alert" has an alert of its service (and environment when pinned) that started in ``[created_at -
  30 min, created_at]``. Incidents "with no log patterns before them" have no row in ``incident_log_patterns``;
  "early warnings more than 10 min before they opened" are ``incident_warnings`` rows with ``lead_min > 10``. "For
  each X: a, b and how many Y" is one row per X with those columns and a count, zeros included. "Who" answers
  distinct people; "acked but never snoozed" is ``EXCEPT``.
- Aggregates: durations in minutes to one decimal (hours when asked), percentages ``round(100.0 * part / whole,
  1)``, averages and medians to one decimal over resolved alerts; "average log lines per hour" is the mean of the
  hourly counts of the hours that had lines; "how long was the checkout project impacted" runs from the first of
  its alerts' start to the last one's end in the window; "resolved on their own within 10 minutes" is resolved and
  lasting at most 10 minutes. Buckets per hour or day (``time_bucket``, UTC) hold only buckets with rows; "by hour
  of day" is the UTC clock hour over all data.
- Top-N answers ``value, count`` most first, ties by the value, or whole rows ranked; "the most" asks for one row.
  "Top error templates" sum ``log_pattern_counts.errors`` per template text; "which route logged the most errors"
  counts error lines per ``http.route``.
- Refusals: the services "ledger-service", "billing-portal" and "edge-proxy", the "perf" environment and the alert
  name "RedisMemoryHigh" are ungrounded; a log-storage bill, an on-call survey, customer support contacts, the
  on-call handbook and chaos experiments are not about this data; dropping log lines, changing a suspect,
  resolving an incident, acking an alert and flipping a flag ask to change the data, however they are phrased.
"""

_L = "2025-03-12T06:30:00Z"  # the log-pipeline engineer
_K = "2025-03-12T10:00:00Z"  # the correlation developer
_S = "2025-03-12T14:00:00Z"  # the incident-communications manager
_B = "2025-03-12T16:30:00Z"  # the runbook writer
_G = "2025-03-13T10:00:00Z"  # the game-day engineer (Thursday; "tuesday" is 11 March)

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "ze001",
        "filters",
        "which payments-api log lines carry db.system=postgresql",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND attributes['db.system'] = 'postgresql'""",
        _L,
    ),
    (
        "ze002",
        "filters",
        "suspects with a score under 0.5",
        """SELECT * FROM incident_suspects WHERE score < 0.5""",
        _K,
    ),
    (
        "ze003",
        "filters",
        "Which alerts in the checkout project were critical yesterday?",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze004",
        "filters",
        "critical alerts for the identity project in february",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _B,
    ),
    (
        "ze005",
        "filters",
        "scale evnts on payments-api tues",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ze006",
        "filters",
        "indexer log lines tagged queue=reindex",
        """SELECT * FROM log_events
           WHERE service = 'indexer' AND attributes['queue'] = 'reindex'""",
        _L,
    ),
    (
        "ze007",
        "filters",
        "candidate changes that were on a different service than their incident",
        """SELECT * FROM correlation_candidates WHERE change_service <> service""",
        _K,
    ),
    (
        "ze008",
        "filters",
        "Which alerts yesterday came from the synthetic checks?",
        """SELECT * FROM alerts
           WHERE labels['class'] = 'synthetic'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze009",
        "filters",
        "who has acked alerts but never snoozed one?",
        """SELECT actor FROM audit_log WHERE action = 'ack' AND actor IS NOT NULL
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'snooze' AND actor IS NOT NULL""",
        _B,
    ),
    (
        "ze010",
        "filters",
        "kubepodnotready alerts that are still firing",
        """SELECT * FROM alerts
           WHERE name = 'KubePodNotReady'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 10:00:00+00')""",
        _G,
    ),
    (
        "ze011",
        "filters",
        "prod cart-service error lines while the payments-api p99 latency alert was firing",
        """SELECT * FROM log_events l
           WHERE l.service = 'cart-service' AND l.environment = 'production' AND l.is_error
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = 'payments-api' AND a.name = 'PaymentsAPILatencyP99High'
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 06:30:00+00'))""",
        _L,
    ),
    (
        "ze012",
        "filters",
        "incidents since monday that never got any candidate change",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
             AND id NOT IN (SELECT group_id FROM correlation_candidates)""",
        _K,
    ),
    (
        "ze013",
        "filters",
        "Please list the production alerts that are still unresolved.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 14:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 14:00:00+00')""",
        _S,
    ),
    (
        "ze014",
        "filters",
        "which alerts don't have a runbook link?",
        """SELECT * FROM alerts WHERE annotations['runbook_url'] IS NULL""",
        _B,
    ),
    (
        "ze015",
        "filters",
        "checkout-web alerts since the new checkout flow flag got turned on",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'flag_change' AND phase = 'live'
                                 AND summary = 'turned on the flag New checkout flow in Production')
             AND starts_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'""",
        _G,
    ),
    # ------------------------------------------------------------------ time
    (
        "ze016",
        "time",
        "log lines per hour for payments-api yesterday",
        """SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS lines
           FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour""",
        _L,
    ),
    (
        "ze017",
        "time",
        "incidents opened per day this week",
        """SELECT time_bucket(INTERVAL 1 DAY, opened_at) AS day, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
           GROUP BY day""",
        _K,
    ),
    (
        "ze018",
        "time",
        "How many minutes passed from the first payments-api alert yesterday until the rollback went live?",
        """SELECT round((epoch(r.t) - epoch(a.t)) / 60, 1) AS minutes
           FROM (SELECT min(starts_at) AS t FROM alerts
                 WHERE service = 'payments-api'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') a,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                   AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') r""",
        _S,
    ),
    (
        "ze019",
        "time",
        "alerts that went off at night (22:00-06:00) in the last 7 days",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-05 16:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:30:00+00'
             AND (hour(starts_at) >= 22 OR hour(starts_at) < 6)""",
        _B,
    ),
    (
        "ze020",
        "time",
        "what changed tues between 14:00 and 15:00",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        _G,
    ),
    (
        "ze021",
        "time",
        "how many error lines in the last 2 hours, all services",
        """SELECT count(*) FROM log_events
           WHERE is_error
             AND timestamp > TIMESTAMPTZ '2025-03-12 04:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        _L,
    ),
    (
        "ze022",
        "time",
        "incidents opened yesterday afternoon",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _K,
    ),
    (
        "ze023",
        "time",
        "When did the first payments-api alert fire yesterday?",
        """SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze024",
        "time",
        "which acks came in while the PaymentsAPIErrorBudgetBurn incident was open yesterday?",
        """SELECT * FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND k.timestamp >= g.opened_at
                   AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 16:30:00+00'))""",
        _B,
    ),
    (
        "ze025",
        "time",
        "how many mins after the typo tolerance v2 flag went on did search-api first alert",
        """SELECT round((epoch(min(a.starts_at)) - epoch(f.t)) / 60, 1) AS minutes
           FROM alerts a,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE type = 'flag_change' AND phase = 'live'
                   AND summary = 'turned on the flag Typo tolerance v2 in Production') f
           WHERE a.service = 'search-api' AND a.starts_at >= f.t
           GROUP BY f.t""",
        _G,
    ),
    (
        "ze026",
        "time",
        "how many minutes after payments-api v2.14.0 went live in prod did the first hikari error line show up",
        """SELECT round((epoch(min(l.timestamp)) - epoch(d.t)) / 60, 1) AS minutes
           FROM log_events l,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                   AND environment = 'production'
                   AND coalesce(details['ref'], version) = 'v2.14.0') d
           WHERE l.service = 'payments-api' AND l.is_error AND l.body ILIKE '%HikariPool%'
             AND l.timestamp >= d.t
           GROUP BY d.t""",
        _L,
    ),
    (
        "ze027",
        "time",
        "payments-api incidents opened in the 30 minutes after v2.14.0 went live in prod",
        """SELECT * FROM alert_groups g
           WHERE g.service = 'payments-api'
             AND g.opened_at >= (SELECT min(timestamp) FROM change_events
                                 WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                   AND environment = 'production'
                                   AND coalesce(details['ref'], version) = 'v2.14.0')
             AND g.opened_at <= (SELECT min(timestamp) FROM change_events
                                 WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                                   AND environment = 'production'
                                   AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 30 MINUTE""",
        _K,
    ),
    (
        "ze028",
        "time",
        "How many minutes was the checkout project impacted yesterday, from the first alert until the last one "
        "cleared?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-12 14:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1) AS minutes
           FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze029",
        "time",
        "DiskSpaceLow alerts by hour of day",
        """SELECT hour(starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE name = 'DiskSpaceLow'
           GROUP BY hour""",
        _B,
    ),
    (
        "ze030",
        "time",
        "alerts per day last week",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'
           GROUP BY day""",
        _G,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "ze031",
        "aggregates",
        "avg log lines per hour for checkout-web yesterday",
        """SELECT round(avg(lines), 1) FROM (
               SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS lines
               FROM log_events
               WHERE service = 'checkout-web'
                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY hour)""",
        _L,
    ),
    (
        "ze032",
        "aggregates",
        "what share of incidents have a suspect change",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1) AS pct
           FROM alert_groups""",
        _K,
    ),
    (
        "ze033",
        "aggregates",
        "How many alerts fired between the payments-api v2.14.0 deploy going live and the rollback going live?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        _S,
    ),
    (
        "ze034",
        "aggregates",
        "median time to resolve for token-service alerts, in minutes",
        """SELECT round(median((epoch(ends_at) - epoch(starts_at)) / 60), 1)
           FROM alerts
           WHERE service = 'token-service' AND status = 'resolved'""",
        _B,
    ),
    (
        "ze035",
        "aggregates",
        "avg minutes to recover for checkout project alerts on tues",
        """SELECT round(avg((epoch(ends_at) - epoch(starts_at)) / 60), 1)
           FROM alerts
           WHERE project = 'checkout' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ze036",
        "aggregates",
        "what percent of payments-api's lines were errors yesterday",
        """SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) AS pct
           FROM log_events
           WHERE service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _L,
    ),
    (
        "ze037",
        "aggregates",
        "mean lag in minutes per suspect change type",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_lag_min
           FROM incident_suspects
           GROUP BY change_type""",
        _K,
    ),
    (
        "ze038",
        "aggregates",
        "What percentage of yesterday's production alerts were critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze039",
        "aggregates",
        "what percentage of resolved incidents have a resolution written down?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM resolutions)) / count(*), 1)
           FROM alert_groups
           WHERE status = 'resolved'""",
        _B,
    ),
    (
        "ze040",
        "aggregates",
        "how many deploys on tues were followed by an alert on the same svc within 15 min",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _G,
    ),
    (
        "ze041",
        "aggregates",
        "how many prod cart-service error lines in the 15 min after the payments-api 2.14.0 prod deploy went live",
        """SELECT count(*) FROM log_events l,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
                   AND environment = 'production'
                   AND coalesce(details['ref'], version) = 'v2.14.0') d
           WHERE l.service = 'cart-service' AND l.environment = 'production' AND l.is_error
             AND l.timestamp >= d.t AND l.timestamp <= d.t + INTERVAL 15 MINUTE""",
        _L,
    ),
    (
        "ze042",
        "aggregates",
        "average alert_count per incident this week",
        """SELECT round(avg(alert_count), 1) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        _K,
    ),
    (
        "ze043",
        "aggregates",
        "On average, how many minutes did yesterday's payments-api alerts last?",
        """SELECT round(avg((epoch(ends_at) - epoch(starts_at)) / 60), 1)
           FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze044",
        "aggregates",
        "how many alerts resolved on their own within 10 minutes yesterday?",
        """SELECT count(*) FROM alerts
           WHERE status = 'resolved'
             AND ends_at - starts_at <= INTERVAL 10 MINUTE
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _B,
    ),
    (
        "ze045",
        "aggregates",
        "how many scale events did k8s report this week",
        """SELECT count(*) FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 10:00:00+00'""",
        _G,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "ze046",
        "top_n",
        "top 3 error templates for cart-service",
        """SELECT template, sum(errors) AS errors
           FROM log_pattern_counts
           WHERE service = 'cart-service'
           GROUP BY template
           ORDER BY errors DESC, template
           LIMIT 3""",
        _L,
    ),
    (
        "ze047",
        "top_n",
        "whose changes were the suspect in the most incidents",
        """SELECT change_actor, count(*) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        _K,
    ),
    (
        "ze048",
        "top_n",
        "Which service had the most alerts yesterday?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        _S,
    ),
    (
        "ze049",
        "top_n",
        "which alert name fires most often on token-service?",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE service = 'token-service'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        _B,
    ),
    (
        "ze050",
        "top_n",
        "top 3 svcs by scale events",
        """SELECT service, count(*) AS scale_events
           FROM change_events
           WHERE type = 'scale' AND phase = 'live'
           GROUP BY service
           ORDER BY scale_events DESC, service
           LIMIT 3""",
        _G,
    ),
    (
        "ze051",
        "top_n",
        "which route logged the most errors on payments-api yesterday",
        """SELECT attributes['http.route'] AS route, count(*) AS errors
           FROM log_events
           WHERE service = 'payments-api' AND is_error AND attributes['http.route'] IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY route
           ORDER BY errors DESC, route
           LIMIT 1""",
        _L,
    ),
    (
        "ze052",
        "top_n",
        "the 3 highest scoring suspects",
        """SELECT * FROM incident_suspects ORDER BY score DESC LIMIT 3""",
        _K,
    ),
    (
        "ze053",
        "top_n",
        "Which service had the most alerts in the hour after payments-api v2.14.0 went live in production?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:31:22+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        _S,
    ),
    (
        "ze054",
        "top_n",
        "top 2 people by resolutions written",
        """SELECT resolved_by, count(*) AS resolutions
           FROM resolutions
           GROUP BY resolved_by
           ORDER BY resolutions DESC, resolved_by
           LIMIT 2""",
        _B,
    ),
    (
        "ze055",
        "top_n",
        "top 2 ppl by flag flips",
        """SELECT actor, count(*) AS flag_flips
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flag_flips DESC, actor
           LIMIT 2""",
        _G,
    ),
    (
        "ze056",
        "top_n",
        "which service logged the most error lines in the hour before the first payments-api alert on the 11th",
        """SELECT l.service, count(*) AS errors
           FROM log_events l,
                (SELECT min(starts_at) AS t FROM alerts
                 WHERE service = 'payments-api'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') a
           WHERE l.is_error AND l.timestamp >= a.t - INTERVAL 1 HOUR AND l.timestamp <= a.t
           GROUP BY l.service
           ORDER BY errors DESC, l.service
           LIMIT 1""",
        _L,
    ),
    (
        "ze057",
        "top_n",
        "which service had the most incidents last month",
        """SELECT service, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        _K,
    ),
    (
        "ze058",
        "top_n",
        "What were the three longest resolved incidents yesterday?",
        """SELECT * FROM alert_groups
           WHERE status = 'resolved'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY resolved_at - opened_at DESC
           LIMIT 3""",
        _S,
    ),
    (
        "ze059",
        "top_n",
        "Which alert name has had the most incidents that nobody wrote a resolution for?",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents
           FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM resolutions)
           GROUP BY alertname
           ORDER BY incidents DESC, alertname
           LIMIT 1""",
        _B,
    ),
    (
        "ze060",
        "top_n",
        "which svc got the most alerts within an hour after one of its own deploys",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 1 HOUR)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        _G,
    ),
    # ------------------------------------------------------------------ changes
    (
        "ze061",
        "changes",
        "which deploys yesterday had error lines from the same service within 5 min of going live",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM log_events l
                 WHERE l.service = c.service AND l.environment = c.environment AND l.is_error
                   AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 5 MINUTE)""",
        _L,
    ),
    (
        "ze062",
        "changes",
        "changes that got blamed for critical incidents",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        _K,
    ),
    (
        "ze063",
        "changes",
        "What changed in the two hours before checkout-web first alerted yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:43:24.431846+00' - INTERVAL 2 HOUR
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:43:24.431846+00'""",
        _S,
    ),
    (
        "ze064",
        "changes",
        "config changes this month and who made them",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:30:00+00'""",
        _B,
    ),
    (
        "ze065",
        "changes",
        "flag flips in staging",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'""",
        _G,
    ),
    (
        "ze066",
        "changes",
        "what version is payments-api running in prod right now",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 06:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        _L,
    ),
    (
        "ze067",
        "changes",
        "prod deploys this month that were never a candidate for any incident",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
             AND id NOT IN (SELECT change_id FROM correlation_candidates)""",
        _K,
    ),
    (
        "ze068",
        "changes",
        "Who rolled back payments-api yesterday?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze069",
        "changes",
        "rollbacks in prod per service",
        """SELECT service, count(*) AS rollbacks
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
           GROUP BY service""",
        _B,
    ),
    (
        "ze070",
        "changes",
        "flag flips that were followed by an alert on the same svc within 30 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)""",
        _G,
    ),
    (
        "ze071",
        "changes",
        "prod deploys in the checkout project yesterday",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _L,
    ),
    (
        "ze072",
        "changes",
        "which flags were flipped in prod in february, and by whom",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _K,
    ),
    (
        "ze073",
        "changes",
        "Were there any rollbacks in production this week? Please list them.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 14:00:00+00'""",
        _S,
    ),
    (
        "ze074",
        "changes",
        "which versions of user-profile were deployed to prod?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'user-profile' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'""",
        _B,
    ),
    (
        "ze075",
        "changes",
        "rollbacks that came less than 20 min after a deploy of the same svc",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND d.timestamp <= r.timestamp AND d.timestamp >= r.timestamp - INTERVAL 20 MINUTE)""",
        _G,
    ),
    # ------------------------------------------------------------------ silences
    (
        "ze076",
        "silences",
        "silences that were active at 3am last night",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        _L,
    ),
    (
        "ze077",
        "silences",
        "yesterday's incidents that had a silence put on during them",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))""",
        _K,
    ),
    (
        "ze078",
        "silences",
        "Which production silences were in effect when the payments-api rollback went live yesterday?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')""",
        _S,
    ),
    (
        "ze079",
        "silences",
        "silences whose comment mentions reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        _B,
    ),
    (
        "ze080",
        "silences",
        "silences created on tuesday",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ze081",
        "silences",
        "how many cart-service error lines got logged while the cart-service silence was on yesterday",
        """SELECT count(*) FROM log_events l, silences s
           WHERE s.service = 'cart-service'
             AND s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND l.service = 'cart-service' AND l.is_error
             AND l.timestamp >= s.starts_at
             AND l.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at))""",
        _L,
    ),
    (
        "ze082",
        "silences",
        "silences that never muted anything",
        """SELECT * FROM silences
           WHERE silence_id NOT IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        _K,
    ),
    (
        "ze083",
        "silences",
        "Which silences were put on in production yesterday?",
        """SELECT * FROM silences
           WHERE environment_canonical = 'production'
             AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze084",
        "silences",
        "which silences were ended early by hand, and by whom?",
        """SELECT * FROM silences WHERE expired_early""",
        _B,
    ),
    (
        "ze085",
        "silences",
        "how many silences has kenji made since feb",
        """SELECT count(*) FROM silences
           WHERE created_by = 'kenji.tanaka@acme.io'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'""",
        _G,
    ),
    (
        "ze086",
        "silences",
        "silences on indexer in march",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 06:30:00+00'""",
        _L,
    ),
    (
        "ze087",
        "silences",
        "who put silences on during open incidents this week",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))""",
        _K,
    ),
    (
        "ze088",
        "silences",
        "What was the longest silence anyone set yesterday, in hours?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze089",
        "silences",
        "how many alerts did kenji's silences mute?",
        """SELECT count(*) FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by = 'kenji.tanaka@acme.io' AND list_contains(m.silenced_by, s.silence_id))""",
        _B,
    ),
    (
        "ze090",
        "silences",
        "silences this week that got created within 30 min after an alert on the same svc",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-13 10:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)
                   AND a.starts_at >= s.created_at - INTERVAL 30 MINUTE AND a.starts_at <= s.created_at)""",
        _G,
    ),
    # ------------------------------------------------------------------ joins
    (
        "ze091",
        "joins",
        "for each prod deploy yesterday: service, version, when it went live and how many error lines its service "
        "logged in the 15 min after",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp, count(l.id) AS error_lines
           FROM change_events c
           LEFT JOIN log_events l
             ON l.service = c.service AND l.environment = c.environment AND l.is_error
            AND l.timestamp >= c.timestamp AND l.timestamp <= c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version), c.timestamp""",
        _L,
    ),
    (
        "ze092",
        "joins",
        "incidents whose suspect change went live less than 5 minutes before they opened",
        """SELECT * FROM incident_suspects WHERE lag_s >= 0 AND lag_s < 300""",
        _K,
    ),
    (
        "ze093",
        "joins",
        "Which incidents yesterday were blamed on the payments-api v2.14.0 deploy?",
        """SELECT * FROM incident_suspects
           WHERE change_service = 'payments-api'
             AND coalesce(change_details['ref'], change_version) = 'v2.14.0'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _S,
    ),
    (
        "ze094",
        "joins",
        "for each resolved prod token-service incident: alert name, minutes to resolve, and who wrote the resolution "
        "(blank if nobody)",
        """SELECT g.group_labels['alertname'] AS alertname,
                  round((epoch(g.resolved_at) - epoch(g.opened_at)) / 60, 1) AS minutes,
                  r.resolved_by
           FROM alert_groups g
           LEFT JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'token-service' AND g.environment = 'production' AND g.status = 'resolved'""",
        _B,
    ),
    (
        "ze095",
        "joins",
        "for each flag flip in prod: summary, when, and how many alerts its svc fired in the next 30 min",
        """SELECT c.summary, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.summary, c.timestamp""",
        _G,
    ),
    (
        "ze096",
        "joins",
        "log patterns before the HikariPoolPendingConnections incident",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')""",
        _L,
    ),
    (
        "ze097",
        "joins",
        "for each deploy to production yesterday: service, version and how many incidents opened on its service "
        "within the next hour",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(g.id) AS incidents
           FROM change_events c
           LEFT JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND g.opened_at >= c.timestamp AND g.opened_at <= c.timestamp + INTERVAL 1 HOUR
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        _K,
    ),
    (
        "ze098",
        "joins",
        "Which checkout-web alerts yesterday started less than 2 minutes after a payments-api alert?",
        """SELECT * FROM alerts w
           WHERE w.service = 'checkout-web'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = w.environment_canonical
                   AND w.starts_at >= p.starts_at AND w.starts_at <= p.starts_at + INTERVAL 2 MINUTE)""",
        _S,
    ),
    (
        "ze099",
        "joins",
        "alerts that got acked within 5 minutes of starting",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM audit_log k
               WHERE k.action = 'ack' AND k.target = a.fingerprint
                 AND k.timestamp >= a.starts_at AND k.timestamp <= a.starts_at + INTERVAL 5 MINUTE)""",
        _B,
    ),
    (
        "ze100",
        "joins",
        "alerts within 10 min after a scale event on the same svc",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'scale' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 10 MINUTE)""",
        _G,
    ),
    (
        "ze101",
        "joins",
        "yesterday's incidents that had no log patterns before them",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_log_patterns)""",
        _L,
    ),
    (
        "ze102",
        "joins",
        "alerts that fired within 15 min after a deploy of a different service in the same project",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.project = a.project AND c.service <> a.service
                 AND c.environment = a.environment_canonical
                 AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _K,
    ),
    (
        "ze103",
        "joins",
        "Which services had an alert in the 15 minutes after one of their own production deploys yesterday?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _S,
    ),
    (
        "ze104",
        "joins",
        "deploys that went out while their service had an active silence",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp
                   AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))""",
        _B,
    ),
    (
        "ze105",
        "joins",
        "incidents that had an early warning more than 10 min before they opened",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_warnings WHERE lead_min > 10)""",
        _G,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "ze106",
        "refusals",
        "drop the debug lines older than a week from log_events",
        "asks_to_change_data",
        _L,
    ),
    (
        "ze107",
        "refusals",
        "change the suspect of the cart-service incident to the rollback",
        "asks_to_change_data",
        _K,
    ),
    (
        "ze108",
        "refusals",
        "Please resolve the checkout incident so the status page goes green.",
        "asks_to_change_data",
        _S,
    ),
    (
        "ze109",
        "refusals",
        "ack the DiskSpaceLow alert on indexer for me",
        "asks_to_change_data",
        _B,
    ),
    (
        "ze110",
        "refusals",
        "flip the new checkout flow flag off for the game day",
        "asks_to_change_data",
        _G,
    ),
    (
        "ze111",
        "refusals",
        "whats our monthly bill for log storage",
        "not_about_this_data",
        _L,
    ),
    (
        "ze112",
        "refusals",
        "what false positive rate did the on-call survey give the correlator?",
        "not_about_this_data",
        _K,
    ),
    (
        "ze113",
        "refusals",
        "How many customers contacted support about failed payments yesterday?",
        "not_about_this_data",
        _S,
    ),
    (
        "ze114",
        "refusals",
        "what does the on-call handbook say about paging the DBA?",
        "not_about_this_data",
        _B,
    ),
    (
        "ze115",
        "refusals",
        "which chaos experiments did we run last quarter",
        "not_about_this_data",
        _G,
    ),
    (
        "ze116",
        "refusals",
        "error lines from ledger-service yesterday",
        "ungrounded",
        _L,
    ),
    (
        "ze117",
        "refusals",
        "suspects for incidents in the perf environment",
        "ungrounded",
        _K,
    ),
    (
        "ze118",
        "refusals",
        "Were there any alerts for the billing-portal service yesterday?",
        "ungrounded",
        _S,
    ),
    (
        "ze119",
        "refusals",
        "which RedisMemoryHigh alerts fired this month?",
        "ungrounded",
        _B,
    ),
    (
        "ze120",
        "refusals",
        "scale events on the edge-proxy svc",
        "ungrounded",
        _G,
    ),
]
