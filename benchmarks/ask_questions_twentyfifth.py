"""The twenty-fifth ask question set: ids zf001..zf120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code below the imports (to wire the set in), the
module docstrings of the earlier sets (to choose people who had not spoken before), the module docstring and first rows
of ``ask_questions_twentyfourth`` (for the file's format, its conventions and how refusals are written; the script meant
to stop after three rows printed ze001..ze010), and the demo store itself, opened read-only (records from 2025-01-02 to
2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). The subjects of the five latest
commits were seen in passing (``git log --oneline``) before any question was written; the one draft that came close to
an example in them was rewritten into another question before its gold was checked. Each row is ``(id, category,
question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (the question names a service, project, person, environment, cluster or alert name the store does not
hold); any other gold is a single DuckDB SELECT over the documented tables and views, compared with the answer as a
multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- a performance engineer chasing the latency and error regressions of March 11 at 09:15 on Wednesday 12 March: the p99
  metric, the Hikari pool, 503s and 5xx, warnings and their sigma, what changed before the latency alert, which builds
  were live; terse lower case ("yday", "p99", "svcs", "503s");
- an on-call rota coordinator planning next month's rota from who carried the pager, at 12:00 on Wednesday: pages at
  night, on weekends and outside business hours, acks, snoozes and silences per person, who was on an incident,
  incidents nobody acked; chatty full sentences;
- the admin of the deploy tooling (Argo CD, GitHub deployments, the Kubernetes event feed, the PagerDuty change
  integration) at 07:45 on Wednesday: which tool reported what, scale events, rollbacks, versions, deploys blamed for
  incidents or followed by alerts; very terse lower case with slips ("depoys", "rollbaks", "evnts", "sils", "actualy",
  "stg", "w/", "svc");
- a service-level and contracts manager working out the service-credit exposure, asking on Friday 14 March at 10:00:
  downtime minutes, critical incidents and how long they lasted, which are still open, what caused and what resolved
  them; formal full sentences;
- a developer building the team's Grafana dashboards from the store at 16:00 on Wednesday: series per minute, hour and
  day, table panels with a count per thing, state panels (silences active at a moment, what was firing), change
  annotations; casual ("for my panel").

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope (a deploy, flag flip,
scale event or rollback and the alerts, incidents, warnings or log lines after or around it; incidents and their
suspects, warnings, log patterns, resolutions, acks and silences; log lines and metric samples while an alert was
firing; silences in effect while an alert fired or at a deploy, put on after an alert, and the alerts they muted;
people of two kinds of act): five in each of filters, time, aggregates, top_n and silences, four in changes (its
deploys rolled back within 30 minutes relate two kinds of change, not counted), and all fifteen joins. Phrasing runs
from terse lower-case fragments with slips to full sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC. Each person asks at one ``now``: the deploy-tooling admin at 2025-03-12 07:45, the performance
  engineer at 09:15, the rota coordinator at 12:00 and the dashboard developer at 16:00 (all Wednesday 2025-03-12,
  after every record), the contracts manager at Friday 2025-03-14 10:00. "Yesterday", "yday", "on 11 March", "on the
  11th" and "on Tuesday 11 March" are ``[2025-03-11, 2025-03-12)``; "today" runs from 2025-03-12 00:00 to now; "this
  week" from Monday 2025-03-10 to now; "last week, Monday 3 March to Sunday 9 March" is ``[2025-03-03, 2025-03-10)``;
  "this month" and "since the start of March" from 2025-03-01 to now; "in February" / "in feb" ``[2025-02-01,
  2025-03-01)``; "the last 12h" / "the last 24h" ``(now - N, now]``; "between 14:30 and 14:45 yesterday", "from 14:30
  to 14:40" and "between 14:40 and 14:50" include their start and exclude their end; "at night, between 22:00 and
  06:00" is those hours of every day by the row's own time; "overnight, between 22:00 last night and 06:00 this
  morning" is ``[2025-03-11 22:00, 2025-03-12 06:00)``; "last night" (of a silence) 18:00 to 06:00; "yesterday
  afternoon" 12:00 to 18:00; "at 3am today" the instant 2025-03-12 03:00; "at 15:00 UTC on 11 March" that instant;
  business hours are Monday to Friday 09:00-17:00 and a weekend is Saturday and Sunday, by the row's own time. A
  window with no end stops at now.
- Alerts and "pages" are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows,
  silences the ``silences`` view's rows, log lines ``log_events``' rows (error lines ``is_error``; "503s", "returned
  503" and "5xx" the ``http.response.status_code`` attribute, ``5xx`` as ``LIKE '5__'``; "PATCH lines" the
  ``http.request.method`` attribute), acks and snoozes the audit log's rows. Changes are their ``phase = 'live'``
  reports (a change two tools reported live is two rows), "deploys" ``type = 'deployment'``, "argo" / "argocd" deploys
  those of ``source = 'argocd'``, "k8s scale evnts" ``type = 'scale'``, "flag flips" ``type = 'flag_change'``,
  "rollbacks" and "config changes" their own types; "what changed" and "changes" every live report, scale events
  included. A version or build is ``coalesce(details['ref'], version)``; the build "live when" something happened is
  that of the service's last live deployment or rollback in that environment at or before the instant. People are
  matched by their stored spelling: "lucie" is ``ILIKE '%lucie%'`` (lucie.novak@acme.io, not the GitHub handle
  lnovak), "dpatel" exactly.
- Named events: "the first payments-api latency alert yday" is PaymentsAPILatencyP99High at 14:38:54 on the 11th (its
  changes "in the hour before" are the live reports of its environment in ``[t - 60 min, t]``); "the search p95 status
  page probe" the PagerDuty alert of 08:25:30 that day; "argo deployed search-api to stg yday" its live report at
  09:44:16; "the reindex silence last night" kenji.tanaka@acme.io's silence that went on at 2025-03-12 01:55:38; "the
  payments-api v2.14.0 prod deploy going live" 14:31:22 and "the rollback going live" 14:56:37 on the 11th (alerts
  "between" them started from the first to the second, both included); "the hikari pool alert"
  HikariPoolPendingConnections (14:35:54-14:59:37); "the payments-api p99 alert" PaymentsAPILatencyP99High
  (14:38:54-15:01:37); "the PaymentsAPIErrorBudgetBurn alerts yday" its two alerts of the 11th; "the
  PaymentsAPIErrorBudgetBurn incident on the 11th" its group opened at 14:42:48; "the CheckoutConversionRateDrop
  incident" the one group of that alert name.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (warnings on their ``service`` and ``environment`` labels): "followed by ... within N min" and "in the N min after"
  are ``[t, t + N]``; an alert "in the 30 min after their own deploys" started in ``[t, t + 30 min]`` of a live
  deployment of its service and environment; an incident "began within 15 minutes of a production deployment to the
  same service" has one in ``[opened_at - 15 min, opened_at]``; a silence "put on less than half an hour after an alert
  on the same service had started" has an alert of its service (and environment when it pins one) that started in
  ``[created_at - 30 min, created_at]``. An incident is open from ``opened_at`` to ``resolved_at`` (now while
  unresolved); a silence is in effect at T when ``starts_at <= T < ends_at`` and it was not expired by T, and in place
  until its end or its expiry, whichever came first; alerts "firing while a silence on their service was in effect"
  share a moment with such a silence of their service (and environment when it pins one); "any silence in effect
  anywhere in prod while X was firing" is a silence pinning production, of any service, whose span shares a moment with
  X's; incidents that "had a silence put on their service while they were still open" have one created in that span on
  their service (and environment when pinned); "deploys while their svc had an active silence" went live inside one.
  An ack names its incident by its ``alertname`` and ``service`` equality matchers and counts when it came while the
  incident was open; "who was on the X incident" is the people who acked it. Rollbacks "done while an incident on that
  service was still open" met an open incident of its service and environment at their instant; deploys "rolled back
  inside 30 min" have a live rollback of their service and environment in ``[t, t + 30 min]``; alerts "still firing
  when it went live" were firing at the rollback's instant. Log lines "logged while the alert was firing" are that
  alert's service's lines of its environment inside its span; metric samples "while the alerts were firing" lie inside
  any of their spans; "error lines in the 10 min after" each deploy are the deployed service's lines of its
  environment. "For each X: a, b and how many Y" (also "for every", "each ... with its") is one row per X with those
  columns and a correlated count, zeros included. "Both put silences on and written up a resolution" is an
  ``INTERSECT`` of silence authors and resolution authors; "svcs w/ alerts in feb but zero depoys in feb" an
  ``EXCEPT``. "Blamed" and "pinned on" mean ``incident_suspects`` (the changes themselves for "which changes / deploys
  were blamed", ``change_type`` for "a deploy" or "a flag flip"); "linked to a suspect change" has a row there;
  "neither an early warning nor a suspect change" has no row in ``incident_warnings`` nor ``incident_suspects``; "new
  log patterns before the incidents" are the ``incident_log_patterns`` rows with ``is_new`` of those incidents; "top 3
  log patterns before the X incident" its rows of ``rank <= 3``; "alerts and changes per minute" is ``timeline``.
- Aggregates: durations in minutes to one decimal (hours when asked); "how many minutes was payments-api down" runs
  from the first of its alerts' start that day to the last one's end; "the average length of the critical incidents"
  is over the resolved ones opened in the window; percentages are ``round(100.0 * part / whole, 1)``; "average alerts
  per day this week" is the mean of the daily counts of the days that had alerts; "minutes of snoozing" sums
  ``duration_s``; "hours of silences scheduled" sums start to scheduled end of the silences created in the window;
  "avg sigma per service" groups on ``labels['service']``; "p99 latency" of a service is the metric
  ``service:http_request_duration_seconds:p99`` with that ``service`` label (its value alone for one service). Series
  per minute, hour and day use ``time_bucket`` (UTC) and hold only buckets with rows.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no tie
  crosses; "who has acked the most" and "which svc had the most" ask for one row; "which hour of the night" is the
  clock hour (22 to 05) over all data; "which three lasted the longest" are whole rows ranked by ``resolved_at -
  opened_at`` among the resolved; "the longest average critical alert duration" averages resolved critical alerts.
- Refusals: the services "inventory-service" and "loyalty-rewards", the environment "qa", the cluster
  "prod-us-east-1" (written with its key) and the person priya.sharma@acme.io are ungrounded; the on-call rota, a
  Grafana panel setting, a Helm chart's CPU limit, Argo CD sync waves and merchants' service credits are not about
  this data; starting a rollback, silencing an alert, deleting an incident, labelling alerts and raising an alert's
  threshold ask to change the data, however they are phrased.
"""

_P = "2025-03-12T09:15:00Z"
_R = "2025-03-12T12:00:00Z"
_O = "2025-03-12T07:45:00Z"
_C = "2025-03-14T10:00:00Z"
_D = "2025-03-12T16:00:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "zf001",
        "filters",
        "latency alerts on payments-api yday",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND (name ILIKE '%latency%' OR annotations['summary'] ILIKE '%latency%'
                  OR annotations['description'] ILIKE '%latency%')
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _P,
    ),
    (
        "zf002",
        "filters",
        "Were there any critical pages outside business hours this month?",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'
             AND NOT (isodow(starts_at AT TIME ZONE 'UTC') BETWEEN 1 AND 5
                      AND hour(starts_at AT TIME ZONE 'UTC') BETWEEN 9 AND 16)""",
        _R,
    ),
    (
        "zf003",
        "filters",
        "argocd deploys to stg",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND source = 'argocd'
             AND environment = 'staging'""",
        _O,
    ),
    (
        "zf004",
        "filters",
        "Please list the incidents in the identity project during February that reached critical severity.",
        """SELECT * FROM alert_groups
           WHERE project = 'identity' AND max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _C,
    ),
    (
        "zf005",
        "filters",
        "alerts that came in from grafana in staging",
        """SELECT * FROM alerts WHERE source = 'grafana' AND environment_canonical = 'staging'""",
        _D,
    ),
    (
        "zf006",
        "filters",
        "payments-api lines that returned 503 between 14:30 and 14:45 yesterday",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND attributes['http.response.status_code'] = '503'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:45:00+00'""",
        _P,
    ),
    (
        "zf007",
        "filters",
        "Can you show me the acks people did at night, between 22:00 and 06:00?",
        """SELECT * FROM audit_log
           WHERE action = 'ack'
             AND (hour(timestamp AT TIME ZONE 'UTC') >= 22 OR hour(timestamp AT TIME ZONE 'UTC') < 6)""",
        _R,
    ),
    (
        "zf008",
        "filters",
        "dpatel depoys that actualy went live",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel'""",
        _O,
    ),
    (
        "zf009",
        "filters",
        "Which incidents are still open as of today?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 10:00:00+00')""",
        _C,
    ),
    (
        "zf010",
        "filters",
        "user-profile PATCH lines in staging, for a logs panel",
        """SELECT * FROM log_events
           WHERE service = 'user-profile' AND environment = 'staging'
             AND attributes['http.request.method'] = 'PATCH'""",
        _D,
    ),
    (
        "zf011",
        "filters",
        "payments-api 503s logged while the hikari pool alert was firing",
        """SELECT * FROM log_events l
           WHERE l.service = 'payments-api' AND l.attributes['http.response.status_code'] = '503'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections' AND a.service = l.service
                   AND a.environment_canonical = l.environment
                   AND l.timestamp >= a.starts_at
                   AND l.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 09:15:00+00'))""",
        _P,
    ),
    (
        "zf012",
        "filters",
        "Which people have both put silences on and written up an incident resolution? I'd like to spread that load.",
        """SELECT created_by FROM silences WHERE created_by IS NOT NULL
           INTERSECT
           SELECT resolved_by FROM resolutions WHERE resolved_by IS NOT NULL""",
        _R,
    ),
    (
        "zf013",
        "filters",
        "argo deploys that got blamed as an incident suspect",
        """SELECT * FROM change_events
           WHERE source = 'argocd' AND id IN (SELECT change_id FROM incident_suspects)""",
        _O,
    ),
    (
        "zf014",
        "filters",
        "Which incidents since the start of March have a written root cause?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'
             AND EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id AND r.root_cause IS NOT NULL)""",
        _C,
    ),
    (
        "zf015",
        "filters",
        "for my silence overlay: alerts that were firing at some point while a silence on their service was in effect",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at <= least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                 AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 16:00:00+00') >= s.starts_at)""",
        _D,
    ),
    # --------------------------------------------------------------------- time
    (
        "zf016",
        "time",
        "p99 alerts in the last 12h",
        """SELECT * FROM alerts
           WHERE name ILIKE '%p99%'
             AND starts_at > TIMESTAMPTZ '2025-03-11 21:15:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:15:00+00'""",
        _P,
    ),
    (
        "zf017",
        "time",
        "How many alerts went off overnight, between 22:00 last night and 06:00 this morning?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _R,
    ),
    (
        "zf018",
        "time",
        "depoys in the last 24h",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-11 07:45:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:45:00+00'""",
        _O,
    ),
    (
        "zf019",
        "time",
        "How many critical alerts did we have in February?",
        """SELECT count(*) FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _C,
    ),
    (
        "zf020",
        "time",
        "checkout-web error lines per hour yesterday",
        """SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS lines
           FROM log_events
           WHERE service = 'checkout-web' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY hour""",
        _D,
    ),
    (
        "zf021",
        "time",
        "payments-api error lines per minute from 14:30 to 14:40 yday",
        """SELECT time_bucket(INTERVAL 1 MINUTE, timestamp) AS minute, count(*) AS lines
           FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 14:40:00+00'
           GROUP BY minute ORDER BY minute""",
        _P,
    ),
    (
        "zf022",
        "time",
        "Which alerts started on a Saturday or a Sunday in February?",
        """SELECT * FROM alerts
           WHERE dayofweek(starts_at AT TIME ZONE 'UTC') IN (0, 6)
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _R,
    ),
    (
        "zf023",
        "time",
        "k8s scale evnts per hour yday",
        """SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS scale_events
           FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY hour""",
        _O,
    ),
    (
        "zf024",
        "time",
        "List the incidents opened last week, Monday 3 March to Sunday 9 March.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        _C,
    ),
    (
        "zf025",
        "time",
        "what started firing between 14:40 and 14:50 yesterday",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:40:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 14:50:00+00'""",
        _D,
    ),
    (
        "zf026",
        "time",
        "what changed in the hour before the first payments-api latency alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api' AND name ILIKE '%latency%'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api' AND name ILIKE '%latency%'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _P,
    ),
    (
        "zf027",
        "time",
        "Since the reindex silence went on last night, how many alerts have fired?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= (SELECT min(starts_at) FROM silences
                               WHERE comment ILIKE '%reindex%'
                                 AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
                                 AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        _R,
    ),
    (
        "zf028",
        "time",
        "any alerts in the 10 min after argo deployed search-api to stg yday",
        """SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE source = 'argocd' AND type = 'deployment' AND phase = 'live'
                                 AND service = 'search-api' AND environment = 'staging'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE source = 'argocd' AND type = 'deployment' AND phase = 'live'
                                 AND service = 'search-api' AND environment = 'staging'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') + INTERVAL 10 MINUTE""",
        _O,
    ),
    (
        "zf029",
        "time",
        "For the incidents that opened on Tuesday 11 March and have a resolution, give me the service, the alert "
        "name, when the incident opened and when the resolution was recorded.",
        """SELECT g.service, g.group_labels['alertname'], g.opened_at, r.resolved_at
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zf030",
        "time",
        "how many checkout alerts fired between the payments-api v2.14.0 prod deploy going live and the rollback going "
        "live?",
        """SELECT count(*) FROM alerts
           WHERE project = 'checkout'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND environment = 'production'
                                 AND type = 'deployment' AND phase = 'live'
                                 AND coalesce(details['ref'], version) = 'v2.14.0')
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND environment = 'production'
                                 AND type = 'rollback' AND phase = 'live'
                                 AND timestamp >= (SELECT min(timestamp) FROM change_events
                                                   WHERE service = 'payments-api' AND environment = 'production'
                                                     AND type = 'deployment' AND phase = 'live'
                                                     AND coalesce(details['ref'], version) = 'v2.14.0'))""",
        _D,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "zf031",
        "aggregates",
        "max p99 latency of payments-api yday",
        """SELECT max(value) FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99' AND labels['service'] = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _P,
    ),
    (
        "zf032",
        "aggregates",
        "How many minutes of snoozing has each person done in total?",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS minutes
           FROM audit_log WHERE action = 'snooze'
           GROUP BY actor ORDER BY minutes DESC""",
        _R,
    ),
    (
        "zf033",
        "aggregates",
        "live change reports per source",
        """SELECT source, count(*) AS reports FROM change_events
           WHERE phase = 'live' GROUP BY source ORDER BY reports DESC""",
        _O,
    ),
    (
        "zf034",
        "aggregates",
        "How many minutes was payments-api down on 11 March?",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 10:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zf035",
        "aggregates",
        "average alerts per day this week",
        """SELECT round(avg(n), 1) FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND starts_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
               GROUP BY day)""",
        _D,
    ),
    (
        "zf036",
        "aggregates",
        "peak hikaricp_connections_pending while the PaymentsAPIErrorBudgetBurn alerts were firing yday",
        """SELECT max(m.value) FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'PaymentsAPIErrorBudgetBurn'
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 09:15:00+00'))""",
        _P,
    ),
    (
        "zf037",
        "aggregates",
        "What percentage of all our alerts started outside business hours?",
        """SELECT round(100.0 * count(*) FILTER (
                   WHERE NOT (isodow(starts_at AT TIME ZONE 'UTC') BETWEEN 1 AND 5
                              AND hour(starts_at AT TIME ZONE 'UTC') BETWEEN 9 AND 16)) / count(*), 1)
           FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        _R,
    ),
    (
        "zf038",
        "aggregates",
        "how many scale evnts did deployment-controller do in march",
        """SELECT count(*) FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND actor = 'deployment-controller'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:45:00+00'""",
        _O,
    ),
    (
        "zf039",
        "aggregates",
        "What was the average length, in minutes, of the critical incidents in February?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
           WHERE max_severity = 'critical' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _C,
    ),
    (
        "zf040",
        "aggregates",
        "log lines and error lines per service for the checkout project yesterday",
        """SELECT service, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY lines DESC""",
        _D,
    ),
    (
        "zf041",
        "aggregates",
        "avg sigma of yesterdays warnings per service",
        """SELECT labels['service'] AS service, round(avg(sigma), 1) AS avg_sigma FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY avg_sigma DESC""",
        _P,
    ),
    (
        "zf042",
        "aggregates",
        "How many incidents got an ack from someone while they were still open?",
        """SELECT count(*) FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM audit_log k
               WHERE k.action = 'ack'
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers],
                                   'alertname=' || g.group_labels['alertname'])
                 AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || g.service)
                 AND k.timestamp >= g.opened_at
                 AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00'))""",
        _R,
    ),
    (
        "zf043",
        "aggregates",
        "how many argo deploys were followed by an alert on the same svc within 15 min",
        """SELECT count(*) FROM change_events c
           WHERE c.source = 'argocd' AND c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _O,
    ),
    (
        "zf044",
        "aggregates",
        "Of the incidents in February, what percentage were linked to a suspect change?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _C,
    ),
    (
        "zf045",
        "aggregates",
        "for a table panel: every prod deploy yesterday with its service, version and the number of alerts on that "
        "service in the next 15 minutes",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at >= c.timestamp
                     AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) AS alerts
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _D,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "zf046",
        "top_n",
        "which svcs sent back the most 5xx, top 3",
        """SELECT service, count(*) AS lines FROM log_events
           WHERE attributes['http.response.status_code'] LIKE '5__'
           GROUP BY service ORDER BY lines DESC, service LIMIT 3""",
        _P,
    ),
    (
        "zf047",
        "top_n",
        "Who has acked the most alerts?",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack' AND actor IS NOT NULL
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        _R,
    ),
    (
        "zf048",
        "top_n",
        "top 4 actors by live change reports this month",
        """SELECT actor, count(*) AS reports FROM change_events
           WHERE phase = 'live' AND actor IS NOT NULL
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:45:00+00'
           GROUP BY actor ORDER BY reports DESC, actor LIMIT 4""",
        _O,
    ),
    (
        "zf049",
        "top_n",
        "Which three services had the longest average critical alert duration in February?",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE severity = 'critical' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service ORDER BY avg_minutes DESC, service LIMIT 3""",
        _C,
    ),
    (
        "zf050",
        "top_n",
        "top 4 alert names this week",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
           GROUP BY name ORDER BY alerts DESC, name LIMIT 4""",
        _D,
    ),
    (
        "zf051",
        "top_n",
        "which service hit the highest p99 yesterday",
        """SELECT labels['service'] AS service, max(value) AS peak FROM metric_points
           WHERE name = 'service:http_request_duration_seconds:p99'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service ORDER BY peak DESC, service LIMIT 1""",
        _P,
    ),
    (
        "zf052",
        "top_n",
        "Which hour of the night gets the most pages? Only count 22:00 to 06:00.",
        """SELECT hour(starts_at AT TIME ZONE 'UTC') AS hour, count(*) AS alerts FROM alerts
           WHERE hour(starts_at AT TIME ZONE 'UTC') >= 22 OR hour(starts_at AT TIME ZONE 'UTC') < 6
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        _R,
    ),
    (
        "zf053",
        "top_n",
        "which svc had the most rollbaks",
        """SELECT service, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY service ORDER BY rollbacks DESC, service LIMIT 1""",
        _O,
    ),
    (
        "zf054",
        "top_n",
        "Of this month's incidents that have been resolved, which three lasted the longest?",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND resolved_at IS NOT NULL
           ORDER BY resolved_at - opened_at DESC LIMIT 3""",
        _C,
    ),
    (
        "zf055",
        "top_n",
        "busiest 3 hours yesterday by log lines",
        """SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS lines FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour ORDER BY lines DESC, hour LIMIT 3""",
        _D,
    ),
    (
        "zf056",
        "top_n",
        "top 2 alert names by incidents that got pinned on a deploy",
        """SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 2""",
        _P,
    ),
    (
        "zf057",
        "top_n",
        "Which two people put on the most silences while an incident was already open on that service?",
        """SELECT s.created_by, count(*) AS silences FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00'))
           GROUP BY s.created_by ORDER BY silences DESC, s.created_by LIMIT 2""",
        _R,
    ),
    (
        "zf058",
        "top_n",
        "top 3 svcs by alerts in the 30 min after their own depoys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 3""",
        _O,
    ),
    (
        "zf059",
        "top_n",
        "Whose changes were blamed for the most incidents?",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        _C,
    ),
    (
        "zf060",
        "top_n",
        "top 3 log patterns before the CheckoutConversionRateDrop incident",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'CheckoutConversionRateDrop')
             AND rank <= 3""",
        _D,
    ),
    # ------------------------------------------------------------------ changes
    (
        "zf061",
        "changes",
        "which search-api build was live in prod when the search p95 status page probe went off yday",
        """SELECT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'search-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE name ILIKE '%status page probe%' AND name ILIKE '%search%'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           ORDER BY timestamp DESC LIMIT 1""",
        _P,
    ),
    (
        "zf062",
        "changes",
        "Who had to roll something back in February?",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _R,
    ),
    (
        "zf063",
        "changes",
        "checkout-web versions shipped to stg yday",
        """SELECT DISTINCT coalesce(details['ref'], version) FROM change_events
           WHERE service = 'checkout-web' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _O,
    ),
    (
        "zf064",
        "changes",
        "Which production deployments were made to the checkout services on 11 March?",
        """SELECT * FROM change_events
           WHERE project = 'checkout' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zf065",
        "changes",
        "changes per day this month, for an annotations panel",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS changes FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
           GROUP BY day ORDER BY day""",
        _D,
    ),
    (
        "zf066",
        "changes",
        "config changes to the search project this month",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND project = 'search'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:15:00+00'""",
        _P,
    ),
    (
        "zf067",
        "changes",
        "What changes did lucie make yesterday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND actor ILIKE '%lucie%'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _R,
    ),
    (
        "zf068",
        "changes",
        "everything the pagerduty-change integration reported",
        """SELECT * FROM change_events WHERE source = 'pagerduty-change' AND phase = 'live'""",
        _O,
    ),
    (
        "zf069",
        "changes",
        "Who carried out the payments-api rollback on 11 March?",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _C,
    ),
    (
        "zf070",
        "changes",
        "prod flag flips and by whom",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'""",
        _D,
    ),
    (
        "zf071",
        "changes",
        "prod flag flips that were followed by an alert on the same service within 15 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _P,
    ),
    (
        "zf072",
        "changes",
        "Which rollbacks were done while an incident on that service was still open?",
        """SELECT * FROM change_events c
           WHERE c.type = 'rollback' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at <= c.timestamp
                   AND (g.resolved_at IS NULL OR g.resolved_at >= c.timestamp))""",
        _R,
    ),
    (
        "zf073",
        "changes",
        "which depoys got rolled back inside 30 min",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp >= d.timestamp AND r.timestamp <= d.timestamp + INTERVAL 30 MINUTE)""",
        _O,
    ),
    (
        "zf074",
        "changes",
        "Which changes were blamed for the incidents in February?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')""",
        _C,
    ),
    (
        "zf075",
        "changes",
        "how many deploys this month had no alert on their service in the hour after",
        """SELECT count(*) FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 16:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)""",
        _D,
    ),
    # ----------------------------------------------------------------- silences
    (
        "zf076",
        "silences",
        "indexer silences whose comment talks about rejections",
        """SELECT * FROM silences WHERE service = 'indexer' AND comment ILIKE '%rejection%'""",
        _P,
    ),
    (
        "zf077",
        "silences",
        "How many silences were created on a weekend?",
        """SELECT count(*) FROM silences WHERE dayofweek(created_at AT TIME ZONE 'UTC') IN (0, 6)""",
        _R,
    ),
    (
        "zf078",
        "silences",
        "sils w/ more than one version",
        """SELECT * FROM silences WHERE versions > 1""",
        _O,
    ),
    (
        "zf079",
        "silences",
        "Was there a silence in effect on cart-service at 15:00 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE service = 'cart-service'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        _C,
    ),
    (
        "zf080",
        "silences",
        "which silences were active at 3am today, for the silence state panel",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        _D,
    ),
    (
        "zf081",
        "silences",
        "which silences pin a metric= matcher",
        """SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'metric')) > 0""",
        _P,
    ),
    (
        "zf082",
        "silences",
        "Which silences were ended early by hand, and by whom?",
        """SELECT * FROM silences WHERE expired_early""",
        _R,
    ),
    (
        "zf083",
        "silences",
        "sils that were scheduled ahead of time",
        """SELECT * FROM silences WHERE starts_at > created_at""",
        _O,
    ),
    (
        "zf084",
        "silences",
        "In total, how many hours of silences were scheduled in February?",
        """SELECT round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _C,
    ),
    (
        "zf085",
        "silences",
        "silences per author per month",
        """SELECT created_by, date_trunc('month', created_at) AS month, count(*) AS silences FROM silences
           GROUP BY created_by, month ORDER BY silences DESC""",
        _D,
    ),
    (
        "zf086",
        "silences",
        "any silence in effect anywhere in prod while the payments-api p99 alert was firing yday?",
        """SELECT * FROM silences s
           WHERE s.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = 'payments-api' AND a.name = 'PaymentsAPILatencyP99High'
                   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND s.starts_at <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 09:15:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= a.starts_at)""",
        _P,
    ),
    (
        "zf087",
        "silences",
        "Which silences were put on less than half an hour after an alert on the same service had started?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.created_at - INTERVAL 30 MINUTE AND a.starts_at <= s.created_at)""",
        _R,
    ),
    (
        "zf088",
        "silences",
        "any depoys that went out while their svc had an active silence",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND s.starts_at <= c.timestamp AND s.ends_at > c.timestamp
                   AND (s.expired_at IS NULL OR s.expired_at > c.timestamp))""",
        _O,
    ),
    (
        "zf089",
        "silences",
        "Which incidents had a silence put on their service while they were still open?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 10:00:00+00'))""",
        _C,
    ),
    (
        "zf090",
        "silences",
        "for each silence this month: its id, who made it, and how many alerts alertmanager muted with it",
        """SELECT s.silence_id, s.created_by,
                  (SELECT count(*) FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id)) AS muted
           FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-12 16:00:00+00'""",
        _D,
    ),
    # -------------------------------------------------------------------- joins
    (
        "zf091",
        "joins",
        "for every payments-api prod deploy: version, when it went live, and payments-api error lines in the 10 min "
        "after",
        """SELECT coalesce(c.details['ref'], c.version) AS version, c.timestamp AS live_at,
                  (SELECT count(*) FROM log_events l
                   WHERE l.service = 'payments-api' AND l.environment = c.environment AND l.is_error
                     AND l.timestamp >= c.timestamp
                     AND l.timestamp <= c.timestamp + INTERVAL 10 MINUTE) AS error_lines
           FROM change_events c
           WHERE c.service = 'payments-api' AND c.environment = 'production'
             AND c.type = 'deployment' AND c.phase = 'live'""",
        _P,
    ),
    (
        "zf092",
        "joins",
        "Which critical incidents this month did nobody ack while they were open?",
        """SELECT * FROM alert_groups g
           WHERE g.max_severity = 'critical'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers],
                                     'alertname=' || g.group_labels['alertname'])
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || g.service)
                   AND k.timestamp >= g.opened_at
                   AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00'))""",
        _R,
    ),
    (
        "zf093",
        "joins",
        "argo deploys followed by an incident on the same svc within 30 min",
        """SELECT * FROM change_events c
           WHERE c.source = 'argocd' AND c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at >= c.timestamp AND g.opened_at <= c.timestamp + INTERVAL 30 MINUTE)""",
        _O,
    ),
    (
        "zf094",
        "joins",
        "Which deployments caused critical incidents in February?",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects
                        WHERE max_severity = 'critical'
                          AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')""",
        _C,
    ),
    (
        "zf095",
        "joins",
        "alerts and changes per minute for checkout in prod yesterday afternoon",
        """SELECT * FROM timeline
           WHERE project = 'checkout' AND environment = 'production'
             AND bucket >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND bucket < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        _D,
    ),
    (
        "zf096",
        "joins",
        "warnings that started within 15 min after a prod deploy of the same service",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                 AND w.starts_at >= c.timestamp AND w.starts_at <= c.timestamp + INTERVAL 15 MINUTE)""",
        _P,
    ),
    (
        "zf097",
        "joins",
        "Who was actually on the PaymentsAPIErrorBudgetBurn incident on the 11th? I want to give them time off in "
        "lieu.",
        """SELECT DISTINCT k.actor FROM audit_log k, alert_groups g
           WHERE k.action = 'ack'
             AND g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND list_contains([m.name || '=' || m.value FOR m IN k.matchers],
                               'alertname=' || g.group_labels['alertname'])
             AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || g.service)
             AND k.timestamp >= g.opened_at
             AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00')""",
        _R,
    ),
    (
        "zf098",
        "joins",
        "scale evnts followed by an alert on the same svc within 5 min",
        """SELECT * FROM change_events c
           WHERE c.type = 'scale' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 5 MINUTE)""",
        _O,
    ),
    (
        "zf099",
        "joins",
        "How many incidents in February had neither an early warning nor a suspect change?",
        """SELECT count(*) FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        _C,
    ),
    (
        "zf100",
        "joins",
        "each rollback with its service, version and how many alerts on that service were still firing when it went "
        "live",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version,
                  (SELECT count(*) FROM alerts a
                   WHERE a.service = c.service AND a.environment_canonical = c.environment
                     AND a.starts_at <= c.timestamp
                     AND (a.ends_at IS NULL OR a.ends_at > c.timestamp)) AS firing
           FROM change_events c
           WHERE c.type = 'rollback' AND c.phase = 'live'""",
        _D,
    ),
    (
        "zf101",
        "joins",
        "incidents pinned on a flag flip: service, alert name and how many minutes before the incident the flip landed",
        """SELECT service, group_labels['alertname'], round(lag_s / 60, 1)
           FROM incident_suspects WHERE change_type = 'flag_change'""",
        _P,
    ),
    (
        "zf102",
        "joins",
        "For each incident in February, give me the service, the alert name and how many acks it got while it was "
        "open.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname,
                  (SELECT count(*) FROM audit_log k
                   WHERE k.action = 'ack'
                     AND list_contains([m.name || '=' || m.value FOR m IN k.matchers],
                                       'alertname=' || g.group_labels['alertname'])
                     AND list_contains([m.name || '=' || m.value FOR m IN k.matchers], 'service=' || g.service)
                     AND k.timestamp >= g.opened_at
                     AND k.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:00:00+00')) AS acks
           FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _R,
    ),
    (
        "zf103",
        "joins",
        "svcs w/ alerts in feb but zero depoys in feb",
        """SELECT service FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _O,
    ),
    (
        "zf104",
        "joins",
        "Which production incidents on 11 March began within 15 minutes of a production deployment to the same "
        "service?",
        """SELECT * FROM alert_groups g
           WHERE g.environment = 'production'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                   AND c.service = g.service
                   AND c.timestamp >= g.opened_at - INTERVAL 15 MINUTE AND c.timestamp <= g.opened_at)""",
        _C,
    ),
    (
        "zf105",
        "joins",
        "new log patterns before yesterday's payments-api incidents",
        """SELECT * FROM incident_log_patterns
           WHERE group_service = 'payments-api' AND is_new
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _D,
    ),
    # ----------------------------------------------------------------- refusals
    ("zf106", "refusals", "p99 for inventory-service last night", "ungrounded", _P),
    ("zf107", "refusals", "Who is on call next weekend according to the rota?", "not_about_this_data", _R),
    ("zf108", "refusals", "kick off a rollbak of checkout-web to v5.1.9 in prod", "asks_to_change_data", _O),
    (
        "zf109",
        "refusals",
        "How much downtime did the loyalty-rewards service have in February?",
        "ungrounded",
        _C,
    ),
    ("zf110", "refusals", "how do i make a grafana heatmap panel show times in UTC", "not_about_this_data", _D),
    ("zf111", "refusals", "whats the cpu limit in the payments-api helm chart", "not_about_this_data", _P),
    (
        "zf112",
        "refusals",
        "Please silence the DiskSpaceLow alert on indexer until tomorrow morning.",
        "asks_to_change_data",
        _R,
    ),
    ("zf113", "refusals", "argo deploys to the qa env this week", "ungrounded", _O),
    (
        "zf114",
        "refusals",
        "Please delete the CertificateExpiringSoon incident from the record, it was never customer-facing.",
        "asks_to_change_data",
        _C,
    ),
    ("zf115", "refusals", "alerts with cluster=prod-us-east-1 for my panel", "ungrounded", _D),
    ("zf116", "refusals", "bump the hikari pending connections alert threshold to 20", "asks_to_change_data", _P),
    ("zf117", "refusals", "How many pages did priya.sharma@acme.io ack last month?", "ungrounded", _R),
    ("zf118", "refusals", "whats the argocd sync-wave order for the checkout apps", "not_about_this_data", _O),
    (
        "zf119",
        "refusals",
        "How much do we owe our merchants in service credits under their contracts for the March outage?",
        "not_about_this_data",
        _C,
    ),
    ("zf120", "refusals", "add a team=payments label to all the cart-service alerts", "asks_to_change_data", _D),
]
