"""The twenty-seventh ask question set: ids zh001..zh120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code below the imports (to wire the set in), the
module docstrings of the earlier sets (to choose people who had not spoken before and to keep their conventions), the
first ten rows of ``ask_questions_twentysixth`` (for the file's format), and the demo store itself, opened read-only
(records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage).
Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded`` (the question names a service, project, person, environment, cluster or
alert name the store does not hold); any other gold is a single DuckDB SELECT over the documented tables and views,
compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- the admin of the alerting integrations (Alertmanager, Grafana, PagerDuty events and change events, the config
  service, LaunchDarkly), at 10:00 on Wednesday 12 March: what came in through which source, acks and snoozes, what
  Alertmanager held back, which silences muted anything; short, matter-of-fact questions;
- an engineer typing to the tool as a chat bot (``@signalcraft ...``) at 09:00 on Wednesday: command-like fragments
  with shorthand ("crit", "yday", "24h", "7d", "last wk", "svc", "sils", "rn", "w/", "<15m", "cnt", "avg ttr", "ver");
- an external reliability consultant writing an assessment at 10:00 on Friday 14 March, formal and precise, who
  states the review period ("1 January to 11 March 2025") where it matters: critical alerts, incidents with and
  without a suspect, automation versus people, rollbacks, silences expired early, lead times;
- an intern writing the internal incident newsletter at 14:00 on Wednesday, chatty and curious ("what was going
  off", "biggest incident ever", "who silenced stuff"), asking about yesterday, the night and the outage;
- a backend engineer on the payments team, at 08:00 on Wednesday the morning after the outage, who asks almost only
  about payments-api (naming it) and its neighbours cart-service and checkout-web: its alerts, logs, deploys,
  versions, the rollback, the cart-service silence and the incidents the v2.14.0 deploy was blamed for.

37 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys and the
alerts, incidents and log lines after them or none after them; alerts on services that had a flag change; warnings
and changes before a named alert; incidents and their suspects, warnings and resolutions; acks while an alert was
firing; silences created while an incident was open, in effect while alerts fired or incidents opened, and the
silences that muted something): five in filters, two in time, five in aggregates, three in top_n, two in changes
(its deploys followed by a rollback relate two kinds of change, not counted), five in silences and all fifteen
joins. Phrasing runs from chat-bot fragments and lower-case chat to formal full sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are returned as stored. Each person asks at one ``now``: the payments engineer at
  2025-03-12 08:00, the chat-bot user at 09:00, the integrations admin at 10:00, the intern at 14:00 (all Wednesday,
  after every record) and the consultant at Friday 2025-03-14 10:00. "Yesterday" and "the 11th" are
  ``[2025-03-11, 2025-03-12)``; "today" from 2025-03-12 00:00 to now; "since monday" from 2025-03-10 00:00 to now;
  "last wk" ``[2025-03-03, 2025-03-10)``; "in February" ``[2025-02-01, 2025-03-01)``; "this year" and "so far this
  year" from 2025-01-01 to now; "in March" from 2025-03-01 to now; "24h", "6h", "7d" and "30d" are ``(now - N,
  now]``; "the review period (1 January to 11 March 2025)" is ``[2025-01-01, 2025-03-12)``; "the weekend of 15-16
  February" ``[2025-02-15, 2025-02-17)``; "between 14:30 and 15:00", "between 14:00 and 15:00 UTC", "13:00-15:00
  yday" and "between midnight and 6am today" include their start and exclude their end; "lunchtime yesterday, around
  12:30" is the instant 2025-03-11 12:30 (what was firing then). A thing is in a window by its own time (an alert's
  or warning's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an
  ack's or snooze's ``timestamp``); weeks of February are ``time_bucket(INTERVAL 1 WEEK, ...)`` (Mondays, UTC) with
  rows, hours ``time_bucket(INTERVAL 1 HOUR, ...)``.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows, silences the
  ``silences`` view's rows, warnings the ``warnings`` table's, log lines ``log_events``' rows ("error logs" /
  "errors" ``is_error``), acks and snoozes the audit log's rows. Changes are their ``phase = 'live'`` reports (a
  change two tools reported live is two rows), "deploys" ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``,
  "releases" ``type = 'release'``, "flag changes" / "flag flips" ``type = 'flag_change'``, "configuration updates"
  ``type = 'config_update'``; "what changed" and "changes" every live report, scale events included. A flag "turned
  on" is one whose summary starts so. A version is ``coalesce(details['ref'], version)``; "ver payments-api prod" is
  that of the last live deployment or rollback there. Sources are named by the stored ``source``: "pagerduty" alerts
  ``pagerduty-events``, "the PagerDuty change events integration" ``pagerduty-change``, "the config service"
  ``config-service``, "launchdarkly" ``launchdarkly``, "grafana" ``grafana``. People are matched by their stored
  spelling; "lucie" and "maria" are ``ILIKE '%lucie%'`` / ``'%maria%'``; "automation rather than a person" is
  ``argocd (automated)`` and ``deployment-controller``; "who deployed" answers every deployer, argocd included.
- Named events: "v2.14.0 went live" / "the v2.14.0 prod deploy" / "hit prod" is payments-api's live production
  deployment of ``v2.14.0`` (14:31:22 on the 11th); "yesterday's rollback" is payments-api's live rollback of the 11th
  (14:56:37); "the first payments-api alert yesterday" is its earliest alert that day (14:35:54), and changes in the 30
  minutes before it are the live reports of its environment (production) in ``[t - 30 min, t]``; its early warnings in
  the hour before are the warnings whose ``service`` label is payments-api in ``[t - 1 h, t]``; log lines after a
  named change are the named service's lines in production in ``[t, t + N]``. "The cart-service silence" is the one
  silence that pins cart-service (maria.gonzalez's, created 14:47 on the 11th and expired by her at 15:14).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and silence environments are already ``production``
  and ``staging``): an alert "within N after" a deploy or flag change starts in ``[t, t + N]``; a deploy "followed by"
  or "with" an alert, rollback or incident "within N" has one in ``[t, t + N]``; "in the hour before" an alert or
  incident is ``[t - 1 h, t]``; "w/ 0 alerts" and "weren't followed by any alert" are anti-joins (15 minutes). An
  incident is open from ``opened_at`` to ``resolved_at`` (now while unresolved; several incidents of the store never
  resolved, so they count as open), an alert firing from ``starts_at`` to ``ends_at`` (now while firing). A silence is
  in effect from ``starts_at`` to its end or expiry, whichever came first; it meets the other kind on its service and,
  when it pins one, its environment; it was created "while an incident was open" when ``created_at`` lies in that
  span; alerts "firing while" a silence was on share a moment with its span; an incident "opened while a silence was
  in effect" opened inside it. An ack names its alert by its ``alertname`` and ``service`` equality matchers and
  counts when it came while the alert was firing. "The suspect" and "the deploy was blamed" mean
  ``incident_suspects``; "preceded by an early warning on the same service" is a row of ``incident_warnings`` with
  ``same_service``, "no early warning" no row at all; "a resolution written up" a row of ``resolutions``; "muted
  something" / "held back because of a silence" ``alert_mutes`` (``silenced_by``). "Services that have ever had a
  feature flag flipped" are read as a question of their own (``service IN (...)``). "For each X: a, b and the number
  of Y" is one row per X with those columns and a count, zeros included.
- Aggregates: durations in minutes to one decimal (hours when asked); "time to resolve" of alerts runs from start to
  end of the resolved ones, "ttr" of incidents from ``opened_at`` to ``resolved_at`` of the resolved ones; a silence's
  length is ``starts_at`` to ``ends_at``, "actually in place" ends at its expiry when that came first; total snoozed
  minutes sum ``duration_s``; percentages are ``round(100.0 * part / whole, 1)``; averages and medians to one
  decimal. Counts per value are ``value, count``, most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "the most",
  "busiest" and "biggest" ask for one row; "longest" incidents and alerts are whole rows ranked by duration (resolved
  ones); log patterns are ``log_pattern_counts`` summed per template text.
- Refusals: the services "notification-router", "fx-rates" and "payments-ledger", the person priya.shah@acme.io and
  the cluster prod-eu-central-1 are ungrounded; PagerDuty's prices, a lunch order, industry MTTR figures, a
  newsletter title and a choice of programming language are not about this data; paging someone, acking an alert,
  deleting incident records, resolving an incident and rolling a service back ask to change the data.
"""

_P = "2025-03-12T08:00:00Z"
_B = "2025-03-12T09:00:00Z"
_A = "2025-03-12T10:00:00Z"
_N = "2025-03-12T14:00:00Z"
_C = "2025-03-14T10:00:00Z"

_V214 = """(SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')"""

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "zh001",
        "filters",
        "anything come in through pagerduty?",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        _A,
    ),
    (
        "zh002",
        "filters",
        "grafana alerts on services that have ever had a feature flag flipped",
        """SELECT * FROM alerts
           WHERE source = 'grafana'
             AND service IN (SELECT service FROM change_events WHERE type = 'flag_change' AND phase = 'live')""",
        _A,
    ),
    (
        "zh003",
        "filters",
        "deploys that came in from the PagerDuty change events integration",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND source = 'pagerduty-change'""",
        _A,
    ),
    (
        "zh004",
        "filters",
        "@signalcraft alerts cart-service 24h",
        """SELECT * FROM alerts
           WHERE service = 'cart-service'
             AND starts_at > TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        _B,
    ),
    (
        "zh005",
        "filters",
        "@signalcraft crit alerts prod yday",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _B,
    ),
    (
        "zh006",
        "filters",
        "@signalcraft search-api prod deploys w/ an alert <15m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.service = 'search-api' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _B,
    ),
    (
        "zh007",
        "filters",
        "Please list all critical production alerts raised between 1 and 28 February 2025, inclusive.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _C,
    ),
    (
        "zh008",
        "filters",
        "Which production incidents opened within 15 minutes after a deployment of the same service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at)""",
        _C,
    ),
    (
        "zh009",
        "filters",
        "Provide every configuration update that was applied to production.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'""",
        _C,
    ),
    (
        "zh010",
        "filters",
        "what was going off at lunchtime yesterday, around 12:30?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 12:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 12:30:00+00')""",
        _N,
    ),
    (
        "zh011",
        "filters",
        "which incidents had more than one alert in them?",
        "SELECT * FROM alert_groups WHERE alert_count > 1",
        _N,
    ),
    (
        "zh012",
        "filters",
        "payments-api error logs in prod in the 5 minutes after v2.14.0 went live",
        f"""SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN {_V214} AND {_V214} + INTERVAL 5 MINUTE""",
        _N,
    ),
    (
        "zh013",
        "filters",
        "critical payments-api alerts this year",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        _P,
    ),
    (
        "zh014",
        "filters",
        "payments-api log lines where db.system is postgresql",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND attributes['db.system'] = 'postgresql'""",
        _P,
    ),
    (
        "zh015",
        "filters",
        "payments-api alerts that started within 10 min after one of its own prod deploys",
        """SELECT * FROM alerts a
           WHERE a.service = 'payments-api' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)""",
        _P,
    ),
    # ------------------------------------------------------------------ time
    (
        "zh016",
        "time",
        "pagerduty alerts since monday",
        """SELECT * FROM alerts
           WHERE source = 'pagerduty-events'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        _A,
    ),
    (
        "zh017",
        "time",
        "acks in february",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _A,
    ),
    (
        "zh018",
        "time",
        "list the snoozes from yesterday",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _A,
    ),
    (
        "zh019",
        "time",
        "@signalcraft alerts last 6h",
        """SELECT * FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        _B,
    ),
    (
        "zh020",
        "time",
        "@signalcraft prod changes yday after 4pm",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _B,
    ),
    (
        "zh021",
        "time",
        "@signalcraft deploys 13:00-15:00 yday",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 13:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        _B,
    ),
    (
        "zh022",
        "time",
        "How many alerts were raised in each week of February 2025 (weeks starting on Monday)?",
        """SELECT time_bucket(INTERVAL 1 WEEK, starts_at) AS week, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY week
           ORDER BY week""",
        _C,
    ),
    (
        "zh023",
        "time",
        "List the incidents opened over the weekend of 15-16 February 2025.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-15 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'""",
        _C,
    ),
    (
        "zh024",
        "time",
        "Which changes were made in production on 11 March 2025 between 14:00 and 15:00 UTC?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        _C,
    ),
    (
        "zh025",
        "time",
        "what fired overnight, between midnight and 6am today?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _N,
    ),
    (
        "zh026",
        "time",
        "which of yesterday's incidents were closed within half an hour?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND resolved_at IS NOT NULL
             AND resolved_at <= opened_at + INTERVAL 30 MINUTE""",
        _N,
    ),
    (
        "zh027",
        "time",
        "were there any payments-api early warnings in the hour before its first alert yesterday?",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'payments-api'
             AND starts_at BETWEEN
                 (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                 AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _N,
    ),
    (
        "zh028",
        "time",
        "payments-api deploys so far this year",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        _P,
    ),
    (
        "zh029",
        "time",
        "payments-api alerts between 14:30 and 15:00 on the 11th",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        _P,
    ),
    (
        "zh030",
        "time",
        "payments-api error lines in prod in the 10 minutes after yesterday's rollback went live",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN
                 (SELECT min(timestamp) FROM change_events
                   WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                     AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                     AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
                 AND (SELECT min(timestamp) FROM change_events
                   WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                     AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                     AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') + INTERVAL 10 MINUTE""",
        _P,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "zh031",
        "aggregates",
        "how many alerts per source?",
        """SELECT source, count(*) AS alerts FROM alerts
           GROUP BY source ORDER BY alerts DESC, source""",
        _A,
    ),
    (
        "zh032",
        "aggregates",
        "number of acks per person",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor""",
        _A,
    ),
    (
        "zh033",
        "aggregates",
        "what share of our alerts arrive via pagerduty?",
        """SELECT round(100.0 * count(*) FILTER (WHERE source = 'pagerduty-events') / count(*), 1) AS pct
           FROM alerts""",
        _A,
    ),
    (
        "zh034",
        "aggregates",
        "@signalcraft cnt alerts per env 7d",
        """SELECT environment, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-05 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
           GROUP BY environment ORDER BY alerts DESC, environment""",
        _B,
    ),
    (
        "zh035",
        "aggregates",
        "@signalcraft avg ttr prod incidents",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        _B,
    ),
    (
        "zh036",
        "aggregates",
        "@signalcraft prod deploys: svc, ver, time + # alerts next 15m",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version), c.timestamp
           ORDER BY c.timestamp""",
        _B,
    ),
    (
        "zh037",
        "aggregates",
        "What was the median time to resolve, in minutes, of the critical alerts raised during the review period "
        "(1 January to 11 March 2025)?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE severity = 'critical' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zh038",
        "aggregates",
        "What percentage of the production incidents opened during the review period (1 January to 11 March 2025) "
        "had a suspect change identified?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                  AS pct
           FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zh039",
        "aggregates",
        "What is the average lead time, in minutes, of the early warnings that preceded incidents?",
        "SELECT round(avg(lead_min), 1) AS avg_lead_min FROM incident_warnings",
        _C,
    ),
    (
        "zh040",
        "aggregates",
        "how many alerts did we get yesterday in total?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _N,
    ),
    (
        "zh041",
        "aggregates",
        "how many incidents have a resolution written up?",
        "SELECT count(*) FROM alert_groups WHERE id IN (SELECT group_id FROM resolutions)",
        _N,
    ),
    (
        "zh042",
        "aggregates",
        "on average, how many alerts are there per incident?",
        "SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups",
        _N,
    ),
    (
        "zh043",
        "aggregates",
        "how many error log lines did payments-api write in prod yesterday",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _P,
    ),
    (
        "zh044",
        "aggregates",
        "avg duration of payments-api alerts yesterday in mins",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _P,
    ),
    (
        "zh045",
        "aggregates",
        "how many payments-api alerts fired in the hour after the v2.14.0 prod deploy?",
        f"""SELECT count(*) FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 1 HOUR""",
        _P,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "zh046",
        "top_n",
        "which alert source sends us the most alerts?",
        """SELECT source, count(*) AS alerts FROM alerts
           GROUP BY source ORDER BY alerts DESC, source LIMIT 1""",
        _A,
    ),
    (
        "zh047",
        "top_n",
        "top 2 services by grafana alerts",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE source = 'grafana'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 2""",
        _A,
    ),
    (
        "zh048",
        "top_n",
        "who acks the most?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        _A,
    ),
    (
        "zh049",
        "top_n",
        "@signalcraft top3 noisiest svc 7d",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-05 09:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        _B,
    ),
    (
        "zh050",
        "top_n",
        "@signalcraft top 5 payments-api log patterns by errors",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template ORDER BY errors DESC, template LIMIT 5""",
        _B,
    ),
    (
        "zh051",
        "top_n",
        "@signalcraft top 3 deployers by deploys followed by an alert within 15m",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 3""",
        _B,
    ),
    (
        "zh052",
        "top_n",
        "Which three services had the most incidents with no suspect change during the review period "
        "(1 January to 11 March 2025)?",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE id NOT IN (SELECT group_id FROM incident_suspects)
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY incidents DESC, service LIMIT 3""",
        _C,
    ),
    (
        "zh053",
        "top_n",
        "Identify the five longest resolved incidents of the review period (1 January to 11 March 2025).",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY resolved_at - opened_at DESC LIMIT 5""",
        _C,
    ),
    (
        "zh054",
        "top_n",
        "Which person has created the most silences?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1""",
        _C,
    ),
    (
        "zh055",
        "top_n",
        "what was the biggest incident ever, by number of alerts?",
        "SELECT * FROM alert_groups ORDER BY alert_count DESC LIMIT 1",
        _N,
    ),
    (
        "zh056",
        "top_n",
        "which service got the most alerts within 15 minutes after one of its own deploys?",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        _N,
    ),
    (
        "zh057",
        "top_n",
        "what was the busiest hour for alerts yesterday?",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        _N,
    ),
    (
        "zh058",
        "top_n",
        "top 2 payments-api alert names this year",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 2""",
        _P,
    ),
    (
        "zh059",
        "top_n",
        "which service logged the most errors in prod yesterday?",
        """SELECT service, count(*) AS errors FROM log_events
           WHERE environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY errors DESC, service LIMIT 1""",
        _P,
    ),
    (
        "zh060",
        "top_n",
        "the 3 longest payments-api alerts",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'
           ORDER BY ends_at - starts_at DESC LIMIT 3""",
        _P,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zh061",
        "changes",
        "changes reported by the config service",
        "SELECT * FROM change_events WHERE phase = 'live' AND source = 'config-service'",
        _A,
    ),
    (
        "zh062",
        "changes",
        "every report of the auth-api v4.2.1 prod deploy, from whichever tool sent it",
        """SELECT * FROM change_events
           WHERE service = 'auth-api' AND environment = 'production' AND type = 'deployment'
             AND phase = 'live' AND coalesce(details['ref'], version) = 'v4.2.1'""",
        _A,
    ),
    (
        "zh063",
        "changes",
        "who has made changes through launchdarkly?",
        "SELECT DISTINCT actor FROM change_events WHERE source = 'launchdarkly' AND phase = 'live'",
        _A,
    ),
    (
        "zh064",
        "changes",
        "@signalcraft rollbacks 30d",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-02-10 09:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        _B,
    ),
    (
        "zh065",
        "changes",
        "@signalcraft ver payments-api prod",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        _B,
    ),
    (
        "zh066",
        "changes",
        "@signalcraft flag flips prod yday",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _B,
    ),
    (
        "zh067",
        "changes",
        "Please list the production deployments performed by automation rather than by a person during the review "
        "period (1 January to 11 March 2025).",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zh068",
        "changes",
        "Which production deployments were followed by a rollback of the same service within one hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 1 HOUR)""",
        _C,
    ),
    (
        "zh069",
        "changes",
        "Who published releases in March?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'""",
        _C,
    ),
    (
        "zh070",
        "changes",
        "what changed in the 30 minutes before the first payments-api alert yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN
                 (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                 AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'
                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _N,
    ),
    (
        "zh071",
        "changes",
        "when was checkout-web last deployed to prod?",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC LIMIT 1""",
        _N,
    ),
    (
        "zh072",
        "changes",
        "which feature flags has lucie turned on?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND actor ILIKE '%lucie%' AND summary ILIKE 'turned on%'""",
        _N,
    ),
    (
        "zh073",
        "changes",
        "which payments-api versions went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        _P,
    ),
    (
        "zh074",
        "changes",
        "everything that changed on payments-api on the 11th",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _P,
    ),
    (
        "zh075",
        "changes",
        "payments-api deploys that weren't followed by any alert within 15 min",
        """SELECT * FROM change_events c
           WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _P,
    ),
    # ------------------------------------------------------------------ silences
    (
        "zh076",
        "silences",
        "alertmanager silences that never actually muted anything",
        """SELECT * FROM silences
           WHERE silence_id NOT IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        _A,
    ),
    (
        "zh077",
        "silences",
        "which alerts did alertmanager hold back because of a silence?",
        "SELECT * FROM alert_mutes WHERE len(silenced_by) > 0",
        _A,
    ),
    (
        "zh078",
        "silences",
        "total snoozed minutes per person",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS minutes FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor ORDER BY minutes DESC, actor""",
        _A,
    ),
    (
        "zh079",
        "silences",
        "@signalcraft sils active rn",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')""",
        _B,
    ),
    (
        "zh080",
        "silences",
        "@signalcraft indexer sils last wk",
        """SELECT * FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        _B,
    ),
    (
        "zh081",
        "silences",
        "@signalcraft sils created while an incident on the same svc was open",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 09:00:00+00'))""",
        _B,
    ),
    (
        "zh082",
        "silences",
        "Which silences were expired before their scheduled end?",
        "SELECT * FROM silences WHERE expired_early",
        _C,
    ),
    (
        "zh083",
        "silences",
        "What was the average length of a silence, in hours, over the review period (1 January to 11 March 2025)?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zh084",
        "silences",
        "Which production alerts were firing at some point while a silence on the same service was in effect?",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 10:00:00+00') > s.starts_at)""",
        _C,
    ),
    (
        "zh085",
        "silences",
        "who silenced stuff yesterday?",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _N,
    ),
    (
        "zh086",
        "silences",
        "how long was maria's cart-service silence actually in place, in minutes?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        _N,
    ),
    (
        "zh087",
        "silences",
        "which silences actually muted something?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        _N,
    ),
    (
        "zh088",
        "silences",
        "has anyone silenced payments-api, cart-service or checkout-web?",
        "SELECT * FROM silences WHERE service IN ('payments-api', 'cart-service', 'checkout-web')",
        _P,
    ),
    (
        "zh089",
        "silences",
        "who put the silence on cart-service during the outage, and who took it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        _P,
    ),
    (
        "zh090",
        "silences",
        "payments-api alerts that were firing while the cart-service silence was on",
        """SELECT * FROM alerts a
           WHERE a.service = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:00:00+00') > s.starts_at)""",
        _P,
    ),
    # ------------------------------------------------------------------ joins
    (
        "zh091",
        "joins",
        "grafana alerts that had a deploy of the same service in the hour before",
        """SELECT * FROM alerts a
           WHERE a.source = 'grafana'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND c.timestamp BETWEEN a.starts_at - INTERVAL 1 HOUR AND a.starts_at)""",
        _A,
    ),
    (
        "zh092",
        "joins",
        "how many alerts got acked while they were still firing?",
        """SELECT count(*) FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM audit_log k
               WHERE k.action = 'ack'
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                   'alertname=' || a.name)
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                   'service=' || a.service)
                 AND k.timestamp >= a.starts_at
                 AND k.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))""",
        _A,
    ),
    (
        "zh093",
        "joins",
        "which services got paged within 15 minutes after a flag change?",
        """SELECT DISTINCT a.service FROM alerts a
           JOIN change_events c
             ON c.type = 'flag_change' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE""",
        _A,
    ),
    (
        "zh094",
        "joins",
        "@signalcraft deploys w/ 0 alerts in the 15m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _B,
    ),
    (
        "zh095",
        "joins",
        "@signalcraft incidents yday w/ no suspect",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        _B,
    ),
    (
        "zh096",
        "joins",
        "@signalcraft cart-service err logs 10m after payments-api v2.14.0 hit prod",
        f"""SELECT * FROM log_events
           WHERE service = 'cart-service' AND environment = 'production' AND is_error
             AND timestamp BETWEEN {_V214} AND {_V214} + INTERVAL 10 MINUTE""",
        _B,
    ),
    (
        "zh097",
        "joins",
        "For each production rollback, give its service, its time and the number of alerts on the same service in "
        "the 60 minutes before it.",
        """SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp - INTERVAL 60 MINUTE AND c.timestamp
           WHERE c.type = 'rollback' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.service, c.timestamp
           ORDER BY c.timestamp""",
        _C,
    ),
    (
        "zh098",
        "joins",
        "Which incidents were preceded by an early warning on the same service?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM incident_warnings WHERE same_service)""",
        _C,
    ),
    (
        "zh099",
        "joins",
        "Identify who deployed to production in the hour before an incident opened on the same service.",
        """SELECT DISTINCT c.actor FROM change_events c
           JOIN alert_groups g
             ON g.service = c.service AND g.environment = c.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 1 HOUR AND g.opened_at
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'""",
        _C,
    ),
    (
        "zh100",
        "joins",
        "were there any checkout-web alerts within 15 mins after a payments-api alert?",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api'
                   AND p.environment_canonical = a.environment_canonical
                   AND a.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 15 MINUTE)""",
        _N,
    ),
    (
        "zh101",
        "joins",
        "which incidents opened while a silence was in effect on that service?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        _N,
    ),
    (
        "zh102",
        "joins",
        "which of yesterday's incidents had no early warning before them?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        _N,
    ),
    (
        "zh103",
        "joins",
        "incidents where the payments-api v2.14.0 deploy was the suspect",
        """SELECT * FROM incident_suspects
           WHERE change_service = 'payments-api'
             AND coalesce(change_details['ref'], change_version) = 'v2.14.0'""",
        _P,
    ),
    (
        "zh104",
        "joins",
        "payments-api incidents and how they were fixed: when it opened, the alert name and the fix",
        """SELECT g.opened_at, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'payments-api'""",
        _P,
    ),
    (
        "zh105",
        "joins",
        "payments-api deploys that were followed by an incident on cart-service or checkout-web within an hour",
        """SELECT * FROM change_events c
           WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service IN ('cart-service', 'checkout-web')
                   AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)""",
        _P,
    ),
    # ------------------------------------------------------------------ refusals
    ("zh106", "refusals", "page whoever is on call for payments-api in pagerduty", "asks_to_change_data", _A),
    ("zh107", "refusals", "how much are we paying pagerduty per seat?", "not_about_this_data", _A),
    ("zh108", "refusals", "alerts from the notification-router service this week", "ungrounded", _A),
    ("zh109", "refusals", "@signalcraft ack HighLatencyP99 stg", "asks_to_change_data", _B),
    ("zh110", "refusals", "@signalcraft alerts fx-rates 24h", "ungrounded", _B),
    ("zh111", "refusals", "@signalcraft lunch order for the team?", "not_about_this_data", _B),
    (
        "zh112",
        "refusals",
        "Please delete the January incident records; they fall outside the scope of the review.",
        "asks_to_change_data",
        _C,
    ),
    (
        "zh113",
        "refusals",
        "What MTTR do comparable fintech companies typically achieve?",
        "not_about_this_data",
        _C,
    ),
    (
        "zh114",
        "refusals",
        "How many incidents affected the prod-eu-central-1 cluster during the review period?",
        "ungrounded",
        _C,
    ),
    ("zh115", "refusals", "can you mark the checkout incident as resolved for me?", "asks_to_change_data", _N),
    ("zh116", "refusals", "what's a catchy title for this month's incident newsletter?", "not_about_this_data", _N),
    ("zh117", "refusals", "what did priya.shah@acme.io deploy last week?", "ungrounded", _N),
    ("zh118", "refusals", "roll payments-api back to v2.13.2 in staging", "asks_to_change_data", _P),
    ("zh119", "refusals", "should we rewrite payments-api in go?", "not_about_this_data", _P),
    ("zh120", "refusals", "alerts on the payments-ledger service yesterday", "ungrounded", _P),
]
