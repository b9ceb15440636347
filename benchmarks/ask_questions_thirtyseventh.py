"""The thirty-seventh ask question set: ids zr001..zr120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer; the headings of docs/ask.md were listed with grep to find it), the module docstring of
``ask_questions`` and its code (how a set is wired and split; this set is not wired in by its author), the module
docstrings of the earlier sets (to choose people who had not spoken before and to keep their conventions), the first
ten rows of ``ask_questions_thirtieth`` (for the file's format) and, in passing, the names of that file's module-level
now constants (a grep for the lines defining constants, to see where the rows begin), and the demo store itself,
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). Another author was writing a set at the same time in the words of people typing under time pressure
in chat tools; this author saw none of it. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its
kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over the
documented tables and views, compared with the answer as a multiset of rows.

Five people who came to SignalCraft from other tools and carry those tools' words ask the questions, none of whom spoke
in an earlier set (a Datadog user had spoken in the thirtieth set, ITIL people in the thirtieth, thirty-third and
thirty-fifth, a Nagios sysadmin in the thirty-second, so those were left out); each asks three questions in every
category (24 each, three of them refusals):

- a Kibana / Elastic user, at 13:00 on Wednesday 12 March: types KQL ``field:value`` filters with ``AND`` and
  wildcards (``service:payments-api AND severity:critical``, ``created_by:*kenji*``), "date histogram, 1h interval",
  "docs", "all fields", ISO dates ("2025-03-11T20:00");
- a Prometheus / Alertmanager user, at 09:15 on Wednesday 12 March: writes label matchers
  (``alerts{environment="staging", service=~"auth-api|token-service"}``, ``ALERTS{alertstate="firing"}``,
  ``alertname="DiskSpaceLow"``), "rn", "7d", "30m", terse lower case;
- an Opsgenie / PagerDuty escalation admin, at 15:00 on Thursday 13 March: polite full sentences ("Hi there",
  "Could you ...", "please"), "P1" for critical, "open" / "closed" alerts, "acknowledgements", "responders",
  "escalation policy", a slip to "maintenance windows" corrected to silences;
- a New Relic user, at 10:00 on Friday 14 March: "violations" are alerts, "incidents" alert groups, "entities"
  services, "deployment markers" live deployments, "muting rules" silences; NRQL-ish clauses ("SINCE 3 days ago",
  "FACET entity", "COMPARE WITH", "UNTIL");
- a Splunk user, at 09:00 on Monday 17 March: SPL-shaped searches (``index=alerts service=indexer earliest=-7d``,
  ``| stats count by actor | sort -count | head 2``, ``| timechart span=1d count``, ``| table ...``, US-style
  ``earliest=03/11/2025:14:30:00``), with the odd plain-English ``| where ...``.

42 of the 105 questions that are not refusals relate two kinds of record in time or by scope (alerts after deploys of
their service, alerts firing when the rollback went live or when the first checkout-web alert went off, alerts between
the v2.14.0 deploy and its rollback, incidents and their resolutions, suspects, early warnings and log patterns,
deploys before the first HighErrorRate / payments-api alert, error lines after the v2.14.0 deploy or while the hikari
alert was firing, deploys followed (or not) by alerts, changes during open incidents, silences created or in effect
during incidents, alerts started during a silence, silences in effect when v2.14.0 went live, silences that muted
something): four in filters, four in time, five in aggregates, five in top_n, four in changes (its deploys followed by
a rollback relate two kinds of change, not counted), five in silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the Prometheus user at
  2025-03-12 09:15 (Wednesday), the Kibana user at 2025-03-12 13:00, the Opsgenie admin at Thursday 2025-03-13 15:00,
  the New Relic user at Friday 2025-03-14 10:00 and the Splunk user at Monday 2025-03-17 09:00 (all after every
  record). "Yesterday" (asked on the 12th), "2025-03-11", "March 11", "on the 11th" and "03/11" are ``[2025-03-11,
  2025-03-12)``; "this week" / "so far this week" runs from Monday 2025-03-10 00:00 to now, "last week" (the New
  Relic user's comparison) ``[2025-03-03, 2025-03-10)``; "this month" and "since March 1" from 2025-03-01 to now;
  "SINCE N days ago", "SINCE 1 month ago", "earliest=-7d" / "-30d" and "last 7d" are ``(now - N, now]``; "between
  02/01/2025 and 02/28/2025" is February, ``[2025-02-01, 2025-03-01)``; a written span ("between 14:00 and 16:00 UTC",
  "2025-03-11T20:00 to 2025-03-12T06:00", ``earliest=... latest=...``, "SINCE ... UNTIL ...") includes its start
  and excludes its end. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an
  incident's ``opened_at``, a silence's ``created_at``, a snooze's ``timestamp``, a log line's ``timestamp``);
  "still firing rn", "still open right now" are the state at now; "at 02:00 UTC on March 11" the state at that
  instant. Per-hour and per-day counts are ``date_trunc`` buckets in UTC, most first; "hourOf(timestamp)" and
  "busiest hours of the day" are ``hour(starts_at)`` over all the data; "per weekday" ``dayname(created_at)``.
- Alerts ("violations", "events" of ``index=alerts``, "P1" = ``severity = 'critical'``) are the ``alerts`` view's
  rows (every column for a list; "open" = firing), incidents ``alert_groups``' rows, silences ("muting rules",
  "maintenance windows") the ``silences`` view's rows, snoozes and acknowledgements ``audit_log`` rows of that action,
  log lines ``log_events``' rows (``is_error=true`` / "error log lines" ``is_error``). Changes are their ``phase =
  'live'`` reports: "deploys" / "deployment markers" ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``,
  "flag changes" / "toggled flags" ``type = 'flag_change'``, "configuration changes" ``type = 'config_update'``,
  "scale events where replicas went down" ``type = 'scale'`` with ``replicas_to < replicas_from``; "changes" /
  "what changed (any type)" every live report, scale events included; "deployment requests ... the requested stage"
  ``phase = 'requested'``. A version is ``coalesce(details['ref'], version)``; the version live in production is
  that of the last live deployment or rollback there up to now. "The PagerDuty integration" is ``source =
  'pagerduty-events'``, ``source:grafana`` ``source = 'grafana'``; ``labels.cluster`` is ``labels['cluster']``
  (alerts without it left out), ``team="discovery"`` ``labels['team']``. People are answered as stored (bots
  included); ``*kenji*``, ``*jonas*``, ``*lucie*`` and "maria's" are ``ILIKE '%name%'``.
- Named events: "the v2.14.0 (production) deploy / deployment marker" is payments-api's live production deployment of
  v2.14.0 (14:31:22 on the 11th) and "the payments-api rollback (marker)" its live production rollback (14:56:37);
  alerts "between" the two run from the one to the other, both included. "The first service:checkout-web alert on
  2025-03-11", "the first alertname=HighErrorRate alert yesterday" and "the first service:payments-api alert on
  2025-03-11" are the earliest such alert that day (scalar subqueries); what was firing "any service" at it is every
  alert firing at that instant; the deploys / changes "in the 30m before" it are production's (the alert's
  environment) in ``[t - 30 min, t]``; alerts "within 10m either side of the payments-api rollback, any service" are
  every alert starting in ``[t - 10 min, t + 10 min]``; checkout-web's error lines "in the 15 min after v2.14.0 went
  live" are in ``[t, t + 15 min]``; payments-api's production error lines "while the HikariPoolPendingConnections
  alert was firing" lie inside that alert's span; "the HikariPoolPendingConnections / PaymentsAPIErrorBudgetBurn
  incident" is the ``alert_groups`` row(s) of that alert name.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; stored change, incident and log environments are already ``production`` /
  ``staging``): an alert or incident "within N after" a deploy or flag change starts (opens) in ``[t, t + N]``
  (15 minutes between changes and alerts unless said, "within the hour" 60); a deploy "followed by" an alert (or a
  rollback within 1h) has one there, "with no alerts in the 15m after" none; "deployed in the 15 minutes before an
  alert fired" is the same relation read from the people; checkout-web alerts after a payments-api deploy meet it on
  the environment alone; deploys "in the hour before" each incident are in ``[opened_at - 60 min, opened_at]``. An
  incident is open from ``opened_at`` to ``resolved_at`` (now while unresolved): a change "that went live while an
  incident on the same service was still open" and a silence "created while an incident on the same service was
  open" have their time in that span. A silence is in effect from ``starts_at`` to its end or expiry, whichever came
  first, and meets the other side on its service and, when it pins one, its environment: an alert "started while a
  silence on its service was in effect" started inside that span, a DiskSpaceLow incident and a muting rule "in effect
  at some point while an incident was open" share a moment with it; silences "in effect at the moment v2.14.0 went
  live" are every silence active at that instant. "Suspect change" is ``incident_suspects`` (the changes "blamed for a
  P1 incident" are the ``change_events`` rows it names for critical incidents; "whose changes were the suspect for the
  most incidents" counts ``change_actor`` per incident; "incidents with no suspect change" have no row there); "had
  an early warning before them" is a row in ``incident_warnings`` (anti-join for "no"); "no resolution record" no
  ``resolutions`` row; "muting rules that actually muted violations" are named in ``alert_mutes.silenced_by``; "how
  were the incidents fixed" joins ``alert_groups`` to ``resolutions``. "Services that both alerted and had a deploy
  go live yesterday" is an ``INTERSECT``. "For each X: a, b and how many Y (zeros too)" is one row per X with those
  columns and a count, zeros included (a ``LEFT JOIN``); "on average how many alerts in the 15 min after each deploy
  yesterday" is the mean of those counts over every live deployment of the day; "what % of production deployment
  markers were followed by ..." is over all live production deployments; "what % of incidents this month had a
  suspect change" over the incidents opened from 2025-03-01 to now.
- Aggregates: durations in minutes to one decimal (hours when asked); alert durations of the resolved ones, start to
  end; mean time to resolve of incidents from ``opened_at`` to ``resolved_at`` of the resolved ones; "resolved within
  30 minutes" counts those resolved no later than 30 minutes after opening, as a share of all the week's incidents;
  a silence's length "as set" is ``starts_at`` to ``ends_at`` and "total silenced minutes" its sum per author, "how
  long actually in place" until its end or expiry, whichever came first; a snooze's length is ``duration_s``; a
  suspect's lag is ``lag_s`` in minutes; medians are ``quantile_cont``; percentages ``round(100.0 * part / whole,
  1)``; "this week vs last week" are two counts side by side (``alerts_this_week``, ``alerts_last_week``); "how many
  minutes passed between the deploy going live and its rollback going live" the time between the two named events.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "which
  service", "which single person", "which alertname", "just the top person" ask for one row; "the 3 longest resolved
  critical alerts" and "which 3 incidents took the longest to resolve" are whole rows ranked by duration; "latest 5
  violations" whole rows newest first; log patterns are ranked by ``log_pattern_counts.errors`` summed per template,
  answering the template text and the sum; "which 2 services had the most incidents preceded by an early warning"
  counts distinct incidents of ``incident_warnings`` per service.
- Refusals: the services "billing-ledger" and "fraud-detector", the cluster "prod-us-west-2", the person
  "olga.petrova" and the environment "perf-lab" are ungrounded (none appears in any alert, change, silence or audit
  row of the store); an escalation-policy setup, Splunk SPL for a saved search, a Kibana Lens visualization, a
  Prometheus rule's ``for:`` duration, next week's on-call and New Relic versus SignalCraft are not about this data;
  adding a silence, deleting documents, acknowledging and assigning alerts and closing an incident ask to change the
  data.
"""

PROMETHEUS = "2025-03-12T09:15:00Z"
KIBANA = "2025-03-12T13:00:00Z"
OPSGENIE = "2025-03-13T15:00:00Z"
NEWRELIC = "2025-03-14T10:00:00Z"
SPLUNK = "2025-03-17T09:00:00Z"

ROWS = [
    (
        "zr001",
        "filters",
        "service:payments-api AND severity:critical — yesterday's alerts, all fields pls",
        (
            "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical' AND starts_at >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        KIBANA,
    ),
    (
        "zr002",
        "filters",
        'alerts{environment="staging", service=~"auth-api|token-service"} that started yesterday',
        (
            "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND service IN ('auth-api', "
            "'token-service') AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        PROMETHEUS,
    ),
    (
        "zr003",
        "filters",
        (
            "Hi there — could you list the P1 alerts (critical, in Opsgenie speak) that came in through the "
            "PagerDuty integration since March 1?"
        ),
        (
            "SELECT * FROM alerts WHERE severity = 'critical' AND source = 'pagerduty-events' AND starts_at "
            ">= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr004",
        "filters",
        "deployment markers on production entities SINCE 3 days ago",
        (
            "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = "
            "'production' AND timestamp > TIMESTAMPTZ '2025-03-14 10:00:00+00' - INTERVAL 3 DAY AND timestamp "
            "<= TIMESTAMPTZ '2025-03-14 10:00:00+00'"
        ),
        NEWRELIC,
    ),
    (
        "zr005",
        "filters",
        "index=alerts service=indexer severity=warning earliest=-7d, just the raw events",
        (
            "SELECT * FROM alerts WHERE service = 'indexer' AND severity = 'warning' AND starts_at > "
            "TIMESTAMPTZ '2025-03-17 09:00:00+00' - INTERVAL 7 DAY AND starts_at <= TIMESTAMPTZ '2025-03-17 "
            "09:00:00+00'"
        ),
        SPLUNK,
    ),
    (
        "zr006",
        "filters",
        ("environment:production alerts from yesterday that fired within 15 min after a deploy of the same service"),
        (
            "SELECT * FROM alerts a WHERE a.environment_canonical = 'production' AND a.starts_at >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND "
            "EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND "
            "c.service = a.service AND c.environment = a.environment_canonical AND a.starts_at BETWEEN "
            "c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        KIBANA,
    ),
    (
        "zr007",
        "filters",
        ('ALERTS{alertstate="firing"} at the instant the payments-api rollback went live on the 11th, any service'),
        (
            "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00' AND (ends_at IS "
            "NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:56:37+00')"
        ),
        PROMETHEUS,
    ),
    (
        "zr008",
        "filters",
        ("Could you show me the alerts for the search project that are still open (not closed) right now, please?"),
        (
            "SELECT * FROM alerts WHERE project = 'search' AND starts_at <= TIMESTAMPTZ '2025-03-13 "
            "15:00:00+00' AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 15:00:00+00')"
        ),
        OPSGENIE,
    ),
    (
        "zr009",
        "filters",
        ("violations on payments-api that opened between the v2.14.0 deployment marker and the rollback marker"),
        (
            "SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 "
            "14:31:22+00' AND starts_at <= TIMESTAMPTZ '2025-03-11 14:56:37+00'"
        ),
        NEWRELIC,
    ),
    (
        "zr010",
        "filters",
        "sourcetype=change_events type=flag_change actor=*lucie* earliest=03/01/2025:00:00:00",
        (
            "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND actor ILIKE "
            "'%lucie%' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ "
            "'2025-03-17 09:00:00+00'"
        ),
        SPLUNK,
    ),
    (
        "zr011",
        "filters",
        "source:grafana alerts, whole time range",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        KIBANA,
    ),
    (
        "zr012",
        "filters",
        '{severity="warning", environment="production"} still firing right now?',
        (
            "SELECT * FROM alerts WHERE severity = 'warning' AND environment_canonical = 'production' AND "
            "starts_at <= TIMESTAMPTZ '2025-03-12 09:15:00+00' AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ "
            "'2025-03-12 09:15:00+00')"
        ),
        PROMETHEUS,
    ),
    (
        "zr013",
        "filters",
        "Please list the incidents opened on March 11 that have no resolution record attached to them.",
        (
            "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at "
            "< TIMESTAMPTZ '2025-03-12 00:00:00+00' AND id NOT IN (SELECT group_id FROM resolutions)"
        ),
        OPSGENIE,
    ),
    (
        "zr014",
        "filters",
        "violations WHERE entity = 'user-profile' SINCE 1 month ago, any env — just the rows",
        (
            "SELECT * FROM alerts WHERE service = 'user-profile' AND starts_at > TIMESTAMPTZ '2025-03-14 "
            "10:00:00+00' - INTERVAL 1 MONTH AND starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'"
        ),
        NEWRELIC,
    ),
    (
        "zr015",
        "filters",
        ("index=logs service=payments-api is_error=true earliest=03/11/2025:14:30:00 latest=03/11/2025:15:00:00"),
        (
            "SELECT * FROM log_events WHERE service = 'payments-api' AND is_error AND timestamp >= "
            "TIMESTAMPTZ '2025-03-11 14:30:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'"
        ),
        SPLUNK,
    ),
    (
        "zr016",
        "time",
        "date histogram, 1h interval: alert count per hour for service:search-api on 2025-03-11",
        (
            "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts WHERE service = "
            "'search-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ "
            "'2025-03-12 00:00:00+00' GROUP BY hour ORDER BY alerts DESC, hour"
        ),
        KIBANA,
    ),
    (
        "zr017",
        "time",
        'how many alerts with project="checkout" started between 14:00 and 16:00 UTC yesterday',
        (
            "SELECT count(*) FROM alerts WHERE project = 'checkout' AND starts_at >= TIMESTAMPTZ '2025-03-11 "
            "14:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'"
        ),
        PROMETHEUS,
    ),
    (
        "zr018",
        "time",
        "Good afternoon! How many alerts have we received each day so far this week?",
        (
            "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts WHERE starts_at >= "
            "TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00' GROUP "
            "BY day ORDER BY alerts DESC, day"
        ),
        OPSGENIE,
    ),
    (
        "zr019",
        "time",
        "violations SINCE '2025-03-11 00:00' UNTIL '2025-03-11 06:00' FACET entity",
        (
            "SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 "
            "00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00' GROUP BY service ORDER BY "
            "alerts DESC, service"
        ),
        NEWRELIC,
    ),
    (
        "zr020",
        "time",
        "index=alerts earliest=-30d | timechart span=1d count",
        (
            "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts WHERE starts_at > "
            "TIMESTAMPTZ '2025-03-17 09:00:00+00' - INTERVAL 30 DAY AND starts_at <= TIMESTAMPTZ '2025-03-17 "
            "09:00:00+00' GROUP BY day ORDER BY alerts DESC, day"
        ),
        SPLUNK,
    ),
    (
        "zr021",
        "time",
        ("what was firing (any service) at the moment the first service:checkout-web alert went off on 2025-03-11?"),
        (
            "SELECT * FROM alerts WHERE starts_at <= (SELECT min(starts_at) FROM alerts WHERE service = "
            "'checkout-web' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ "
            "'2025-03-12 00:00:00+00') AND (ends_at IS NULL OR ends_at > (SELECT min(starts_at) FROM alerts "
            "WHERE service = 'checkout-web' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))"
        ),
        KIBANA,
    ),
    (
        "zr022",
        "time",
        'which deploys went live in the 30m before the first alertname="HighErrorRate" alert yesterday',
        (
            "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = "
            "'production' AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE name = "
            "'HighErrorRate' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE AND (SELECT min(starts_at) FROM "
            "alerts WHERE name = 'HighErrorRate' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        ),
        PROMETHEUS,
    ),
    (
        "zr023",
        "time",
        "When exactly did the first P1 alert fire on March 11?",
        (
            "SELECT min(starts_at) FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr024",
        "time",
        "violations across all data FACET hourOf(timestamp) — which hours of the day are busiest",
        (
            "SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts FROM alerts GROUP BY hour_of_day ORDER "
            "BY alerts DESC, hour_of_day"
        ),
        NEWRELIC,
    ),
    (
        "zr025",
        "time",
        (
            "index=logs service=checkout-web is_error=true in the 15 min after payments-api v2.14.0 went live "
            "in prod | stats count"
        ),
        (
            "SELECT count(*) FROM log_events WHERE service = 'checkout-web' AND is_error AND timestamp "
            "BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL "
            "15 MINUTE"
        ),
        SPLUNK,
    ),
    (
        "zr026",
        "time",
        "environment:staging alerts between 2025-03-11T20:00 and 2025-03-12T06:00",
        (
            "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND starts_at >= TIMESTAMPTZ "
            "'2025-03-11 20:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'"
        ),
        KIBANA,
    ),
    (
        "zr027",
        "time",
        'count of alerts{team="discovery"} per day over the last 7d',
        (
            "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts WHERE labels['team'] "
            "= 'discovery' AND starts_at > TIMESTAMPTZ '2025-03-12 09:15:00+00' - INTERVAL 7 DAY AND "
            "starts_at <= TIMESTAMPTZ '2025-03-12 09:15:00+00' GROUP BY day ORDER BY alerts DESC, day"
        ),
        PROMETHEUS,
    ),
    (
        "zr028",
        "time",
        (
            "How many minutes passed between the payments-api v2.14.0 production deploy going live and its "
            "rollback going live?"
        ),
        (
            "SELECT round((epoch(TIMESTAMPTZ '2025-03-11 14:56:37+00') - epoch(TIMESTAMPTZ '2025-03-11 "
            "14:31:22+00')) / 60, 1) AS minutes"
        ),
        OPSGENIE,
    ),
    (
        "zr029",
        "time",
        "violations this week COMPARE WITH last week — just the two numbers",
        (
            "SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= "
            "TIMESTAMPTZ '2025-03-14 10:00:00+00') AS alerts_this_week, count(*) FILTER (WHERE starts_at >= "
            "TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS "
            "alerts_last_week FROM alerts"
        ),
        NEWRELIC,
    ),
    (
        "zr030",
        "time",
        (
            "index=logs service=payments-api is_error=true while the HikariPoolPendingConnections alert was "
            "firing | stats count"
        ),
        (
            "SELECT count(*) FROM log_events l WHERE l.service = 'payments-api' AND l.environment = "
            "'production' AND l.is_error AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = "
            "'HikariPoolPendingConnections' AND l.timestamp >= a.starts_at AND l.timestamp <= "
            "coalesce(a.ends_at, TIMESTAMPTZ '2025-03-17 09:00:00+00'))"
        ),
        SPLUNK,
    ),
    (
        "zr031",
        "aggregates",
        "avg duration in minutes of resolved alerts for service:indexer",
        (
            "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts WHERE "
            "service = 'indexer' AND status = 'resolved'"
        ),
        KIBANA,
    ),
    (
        "zr032",
        "aggregates",
        'what % of alerts{environment="production"} have severity="critical"',
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS "
            "pct_critical FROM alerts WHERE environment_canonical = 'production'"
        ),
        PROMETHEUS,
    ),
    (
        "zr033",
        "aggregates",
        "What's our mean time to resolve for production incidents this month, in minutes?",
        (
            "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes FROM "
            "alert_groups WHERE environment = 'production' AND resolved_at IS NOT NULL AND opened_at >= "
            "TIMESTAMPTZ '2025-03-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr034",
        "aggregates",
        ("median lag in minutes between a suspect change and the incident it's blamed for, across all incidents"),
        "SELECT round(quantile_cont(lag_s / 60, 0.5), 1) AS median_lag_minutes FROM incident_suspects",
        NEWRELIC,
    ),
    (
        "zr035",
        "aggregates",
        "index=alerts earliest=-7d | stats count by severity",
        (
            "SELECT severity, count(*) AS alerts FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-17 "
            "09:00:00+00' - INTERVAL 7 DAY AND starts_at <= TIMESTAMPTZ '2025-03-17 09:00:00+00' GROUP BY "
            "severity ORDER BY alerts DESC, severity"
        ),
        SPLUNK,
    ),
    (
        "zr036",
        "aggregates",
        "on average how many alerts landed in the 15 min after each deploy yesterday (same service)",
        (
            "SELECT round(avg(n), 1) AS avg_alerts FROM (SELECT c.id, count(a.fingerprint) AS n FROM "
            "change_events c LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = "
            "c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE WHERE "
            "c.type = 'deployment' AND c.phase = 'live' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 "
            "00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY c.id)"
        ),
        KIBANA,
    ),
    (
        "zr037",
        "aggregates",
        'how many distinct alertname values have fired with service="search-api"',
        "SELECT count(DISTINCT name) FROM alerts WHERE service = 'search-api'",
        PROMETHEUS,
    ),
    (
        "zr038",
        "aggregates",
        "What percentage of this week's incidents were resolved within 30 minutes of opening?",
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE resolved_at IS NOT NULL AND resolved_at - opened_at "
            "<= INTERVAL 30 MINUTE) / count(*), 1) AS pct FROM alert_groups WHERE opened_at >= TIMESTAMPTZ "
            "'2025-03-10 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-13 15:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr039",
        "aggregates",
        ("what % of production deployment markers were followed by a violation on the same entity within 15 min"),
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = "
            "c.service AND a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND "
            "c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1) AS pct FROM change_events c WHERE c.type = "
            "'deployment' AND c.phase = 'live' AND c.environment = 'production'"
        ),
        NEWRELIC,
    ),
    (
        "zr040",
        "aggregates",
        "index=audit action=snooze | stats avg(duration_s) by actor, in minutes please",
        (
            "SELECT actor, round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log WHERE action = "
            "'snooze' GROUP BY actor ORDER BY avg_minutes DESC, actor"
        ),
        SPLUNK,
    ),
    (
        "zr041",
        "aggregates",
        "total silenced minutes per created_by (as the silences were set)",
        (
            "SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS silenced_minutes "
            "FROM silences GROUP BY created_by ORDER BY silenced_minutes DESC, created_by"
        ),
        KIBANA,
    ),
    (
        "zr042",
        "aggregates",
        "how many incidents had at least one early warning fire before them?",
        "SELECT count(DISTINCT group_id) FROM incident_warnings",
        PROMETHEUS,
    ),
    (
        "zr043",
        "aggregates",
        "How many acknowledgements has each person made, in total?",
        ("SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY acks DESC, actor"),
        OPSGENIE,
    ),
    (
        "zr044",
        "aggregates",
        "median violation duration in minutes FACET severity (closed ones only)",
        (
            "SELECT severity, round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.5), 1) AS "
            "median_minutes FROM alerts WHERE status = 'resolved' GROUP BY severity ORDER BY median_minutes "
            "DESC, severity"
        ),
        NEWRELIC,
    ),
    (
        "zr045",
        "aggregates",
        "index=incidents suspect_change_type=flag_change | stats count",
        "SELECT count(*) FROM incident_suspects WHERE change_type = 'flag_change'",
        SPLUNK,
    ),
    (
        "zr046",
        "top_n",
        "top 3 service values by alert count on 2025-03-11",
        (
            "SELECT service, count(*) AS alerts FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 "
            "00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY service ORDER BY "
            "alerts DESC, service LIMIT 3"
        ),
        KIBANA,
    ),
    (
        "zr047",
        "top_n",
        'top 3 alertname by count where environment="production"',
        (
            "SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production' GROUP BY "
            "name ORDER BY alerts DESC, name LIMIT 3"
        ),
        PROMETHEUS,
    ),
    (
        "zr048",
        "top_n",
        "Which single person has acknowledged the most alerts?",
        (
            "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor ORDER BY acks "
            "DESC, actor LIMIT 1"
        ),
        OPSGENIE,
    ),
    (
        "zr049",
        "top_n",
        "top 2 entities by incident count SINCE 30 days ago",
        (
            "SELECT service, count(*) AS incidents FROM alert_groups WHERE opened_at > TIMESTAMPTZ "
            "'2025-03-14 10:00:00+00' - INTERVAL 30 DAY AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00' "
            "GROUP BY service ORDER BY incidents DESC, service LIMIT 2"
        ),
        NEWRELIC,
    ),
    (
        "zr050",
        "top_n",
        "index=changes type=deployment earliest=-30d | stats count by actor | sort -count | head 2",
        (
            "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = "
            "'live' AND timestamp > TIMESTAMPTZ '2025-03-17 09:00:00+00' - INTERVAL 30 DAY AND timestamp <= "
            "TIMESTAMPTZ '2025-03-17 09:00:00+00' GROUP BY actor ORDER BY deploys DESC, actor LIMIT 2"
        ),
        SPLUNK,
    ),
    (
        "zr051",
        "top_n",
        "which service got the most alerts within 15 min after its own deploys?",
        (
            "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
            "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service AND c.environment = "
            "a.environment_canonical AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 "
            "MINUTE) GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1"
        ),
        KIBANA,
    ),
    (
        "zr052",
        "top_n",
        'the 3 longest resolved alerts with severity="critical"',
        (
            "SELECT * FROM alerts WHERE severity = 'critical' AND status = 'resolved' ORDER BY ends_at - "
            "starts_at DESC LIMIT 3"
        ),
        PROMETHEUS,
    ),
    (
        "zr053",
        "top_n",
        "Whose changes were the suspect for the most incidents? Just the top person, please.",
        (
            "SELECT change_actor, count(*) AS incidents FROM incident_suspects GROUP BY change_actor ORDER BY "
            "incidents DESC, change_actor LIMIT 1"
        ),
        OPSGENIE,
    ),
    (
        "zr054",
        "top_n",
        "latest 5 violations, any entity",
        (
            "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00' ORDER BY starts_at "
            "DESC LIMIT 5"
        ),
        NEWRELIC,
    ),
    (
        "zr055",
        "top_n",
        "index=alerts | stats count by labels.cluster | sort -count | head 2",
        (
            "SELECT labels['cluster'] AS cluster, count(*) AS alerts FROM alerts WHERE labels['cluster'] IS "
            "NOT NULL GROUP BY cluster ORDER BY alerts DESC, cluster LIMIT 2"
        ),
        SPLUNK,
    ),
    (
        "zr056",
        "top_n",
        "which 2 services had the most incidents that were preceded by an early warning",
        (
            "SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings GROUP BY service "
            "ORDER BY incidents DESC, service LIMIT 2"
        ),
        KIBANA,
    ),
    (
        "zr057",
        "top_n",
        "which alertname has the most incidents with no suspect change",
        (
            "SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups WHERE id "
            "NOT IN (SELECT group_id FROM incident_suspects) GROUP BY alertname ORDER BY incidents DESC, "
            "alertname LIMIT 1"
        ),
        PROMETHEUS,
    ),
    (
        "zr058",
        "top_n",
        "Which 3 incidents took the longest to resolve?",
        ("SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3"),
        OPSGENIE,
    ),
    (
        "zr059",
        "top_n",
        ("top 3 deployers by deployment markers that were followed by a violation on the same entity within 15 min"),
        (
            "SELECT c.actor, count(*) AS deploys FROM change_events c WHERE c.type = 'deployment' AND c.phase "
            "= 'live' AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND "
            "a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 15 MINUTE) GROUP BY c.actor ORDER BY deploys DESC, c.actor LIMIT 3"
        ),
        NEWRELIC,
    ),
    (
        "zr060",
        "top_n",
        "index=logpatterns service=payments-api | stats sum(errors) by template | sort -sum | head 3",
        (
            "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
            "GROUP BY template_id, template ORDER BY errors DESC, template LIMIT 3"
        ),
        SPLUNK,
    ),
    (
        "zr061",
        "changes",
        "type:rollback change events, all of them",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'",
        KIBANA,
    ),
    (
        "zr062",
        "changes",
        'which version of payments-api is live in environment="production" rn',
        (
            "SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service = "
            "'payments-api' AND environment = 'production' AND type IN ('deployment', 'rollback') AND phase = "
            "'live' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:15:00+00' ORDER BY timestamp DESC LIMIT 1"
        ),
        PROMETHEUS,
    ),
    (
        "zr063",
        "changes",
        "Who made configuration changes in production this month?",
        (
            "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live' AND "
            "environment = 'production' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp "
            "<= TIMESTAMPTZ '2025-03-13 15:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr064",
        "changes",
        "deployment markers SINCE 7 days ago FACET entity",
        (
            "SELECT service, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = "
            "'live' AND timestamp > TIMESTAMPTZ '2025-03-14 10:00:00+00' - INTERVAL 7 DAY AND timestamp <= "
            "TIMESTAMPTZ '2025-03-14 10:00:00+00' GROUP BY service ORDER BY deploys DESC, service"
        ),
        NEWRELIC,
    ),
    (
        "zr065",
        "changes",
        "index=changes type=deployment | where a rollback of the same service followed within 1h",
        (
            "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS "
            "(SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = "
            "d.service AND r.environment = d.environment AND r.timestamp BETWEEN d.timestamp AND d.timestamp "
            "+ INTERVAL 60 MINUTE)"
        ),
        SPLUNK,
    ),
    (
        "zr066",
        "changes",
        "type:flag_change AND actor:*jonas*",
        ("SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND actor ILIKE '%jonas%'"),
        KIBANA,
    ),
    (
        "zr067",
        "changes",
        'deploys to environment="production" yesterday with no alerts in the 15m after them',
        (
            "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment "
            "= 'production' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = "
            "c.service AND a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND "
            "c.timestamp + INTERVAL 15 MINUTE)"
        ),
        PROMETHEUS,
    ),
    (
        "zr068",
        "changes",
        ("Could you list the deployment requests raised on March 11 (the requested stage, not the go-live)?"),
        (
            "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'requested' AND timestamp >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr069",
        "changes",
        "which versions of auth-api went out to staging, each once",
        (
            "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events WHERE service = "
            "'auth-api' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'"
        ),
        NEWRELIC,
    ),
    (
        "zr070",
        "changes",
        (
            "index=changes | where it went live while an incident on the same service was still open | table "
            "service type timestamp actor"
        ),
        (
            "SELECT c.service, c.type, c.timestamp, c.actor FROM change_events c WHERE c.phase = 'live' AND "
            "EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = "
            "c.environment AND c.timestamp >= g.opened_at AND c.timestamp <= coalesce(g.resolved_at, "
            "TIMESTAMPTZ '2025-03-17 09:00:00+00'))"
        ),
        SPLUNK,
    ),
    (
        "zr071",
        "changes",
        (
            "what changed in production (any type) in the 30 min before the first service:payments-api alert "
            "on 2025-03-11"
        ),
        (
            "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' AND timestamp "
            "BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - "
            "INTERVAL 30 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND "
            "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 "
            "00:00:00+00')"
        ),
        KIBANA,
    ),
    (
        "zr072",
        "changes",
        'when was service="indexer" last deployed to environment="production"',
        (
            "SELECT * FROM change_events WHERE service = 'indexer' AND environment = 'production' AND type = "
            "'deployment' AND phase = 'live' AND timestamp <= TIMESTAMPTZ '2025-03-12 09:15:00+00' ORDER BY "
            "timestamp DESC LIMIT 1"
        ),
        PROMETHEUS,
    ),
    (
        "zr073",
        "changes",
        "Which changes were blamed as the suspect for a P1 (critical) incident?",
        (
            "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects WHERE "
            "max_severity = 'critical')"
        ),
        OPSGENIE,
    ),
    (
        "zr074",
        "changes",
        "who toggled flags on the search-api entity — names only",
        (
            "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND "
            "service = 'search-api'"
        ),
        NEWRELIC,
    ),
    (
        "zr075",
        "changes",
        "index=changes type=scale replicas_to<replicas_from | table service environment timestamp",
        (
            "SELECT service, environment, timestamp FROM change_events WHERE type = 'scale' AND phase = "
            "'live' AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS "
            "INTEGER)"
        ),
        SPLUNK,
    ),
    (
        "zr076",
        "silences",
        "silences created_by:*kenji*, all fields",
        "SELECT * FROM silences WHERE created_by ILIKE '%kenji%'",
        KIBANA,
    ),
    (
        "zr077",
        "silences",
        'silences whose matchers pin service="indexer" and environment="production"',
        "SELECT * FROM silences WHERE service = 'indexer' AND environment = 'production'",
        PROMETHEUS,
    ),
    (
        "zr078",
        "silences",
        "Which maintenance windows — sorry, silences — were active at 02:00 UTC on March 11?",
        (
            "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:00:00+00' AND ends_at > "
            "TIMESTAMPTZ '2025-03-11 02:00:00+00' AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ "
            "'2025-03-11 02:00:00+00')"
        ),
        OPSGENIE,
    ),
    (
        "zr079",
        "silences",
        "muting rules that actually muted violations (per alertmanager's own record)",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        NEWRELIC,
    ),
    (
        "zr080",
        "silences",
        "index=silences created between 02/01/2025 and 02/28/2025 | stats count by created_by",
        (
            "SELECT created_by, count(*) AS silences FROM silences WHERE created_at >= TIMESTAMPTZ "
            "'2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' GROUP BY "
            "created_by ORDER BY silences DESC, created_by"
        ),
        SPLUNK,
    ),
    (
        "zr081",
        "silences",
        "silences created while an incident on the same service was open",
        (
            "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
            "AND (s.environment IS NULL OR s.environment_canonical = g.environment) AND s.created_at >= "
            "g.opened_at AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 13:00:00+00'))"
        ),
        KIBANA,
    ),
    (
        "zr082",
        "silences",
        "silences that got expired early, and by whom: silence_id, created_by, expired_by",
        "SELECT silence_id, created_by, expired_by FROM silences WHERE expired_at IS NOT NULL",
        PROMETHEUS,
    ),
    (
        "zr083",
        "silences",
        "How long was maria's cart-service silence actually in place, in minutes?",
        (
            "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) "
            "AS minutes FROM silences WHERE created_by ILIKE '%maria%' AND service = 'cart-service'"
        ),
        OPSGENIE,
    ),
    (
        "zr084",
        "silences",
        "snoozes SINCE 30 days ago",
        (
            "SELECT * FROM audit_log WHERE action = 'snooze' AND timestamp > TIMESTAMPTZ '2025-03-14 "
            "10:00:00+00' - INTERVAL 30 DAY AND timestamp <= TIMESTAMPTZ '2025-03-14 10:00:00+00'"
        ),
        NEWRELIC,
    ),
    (
        "zr085",
        "silences",
        (
            "index=alerts | where a silence on their service was in effect when they started | table name "
            "service starts_at"
        ),
        (
            "SELECT a.name, a.service, a.starts_at FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE "
            "s.service = a.service AND (s.environment IS NULL OR s.environment_canonical = "
            "a.environment_canonical) AND a.starts_at >= s.starts_at AND a.starts_at < least(s.ends_at, "
            "coalesce(s.expired_at, s.ends_at)))"
        ),
        SPLUNK,
    ),
    (
        "zr086",
        "silences",
        "avg silence length as set, in hours, for created_by:*jonas*",
        (
            "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours FROM silences WHERE "
            "created_by ILIKE '%jonas%'"
        ),
        KIBANA,
    ),
    (
        "zr087",
        "silences",
        "silences with more than two matchers",
        "SELECT * FROM silences WHERE len(matchers) > 2",
        PROMETHEUS,
    ),
    (
        "zr088",
        "silences",
        (
            "Were any silences in effect at the moment the payments-api v2.14.0 deploy went live in "
            "production? Please list them."
        ),
        (
            "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND ends_at > "
            "TIMESTAMPTZ '2025-03-11 14:31:22+00' AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ "
            "'2025-03-11 14:31:22+00')"
        ),
        OPSGENIE,
    ),
    (
        "zr089",
        "silences",
        "muting rules that were in effect at some point while an incident on the same entity was open",
        (
            "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
            "AND (s.environment IS NULL OR s.environment_canonical = g.environment) AND s.starts_at <= "
            "coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 10:00:00+00') AND least(s.ends_at, "
            "coalesce(s.expired_at, s.ends_at)) >= g.opened_at)"
        ),
        NEWRELIC,
    ),
    (
        "zr090",
        "silences",
        'index=silences | eval weekday=strftime(created_at, "%A") | stats count by weekday',
        (
            "SELECT dayname(created_at) AS weekday, count(*) AS silences FROM silences GROUP BY weekday ORDER "
            "BY silences DESC, weekday"
        ),
        SPLUNK,
    ),
    (
        "zr091",
        "joins",
        (
            "for each deploy on 2025-03-11 with environment:production: service, version and number of alerts "
            "in the 15 min after"
        ),
        (
            "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS "
            "alerts FROM change_events c LEFT JOIN alerts a ON a.service = c.service AND "
            "a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 15 MINUTE WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
            "'production' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY c.id, c.service, c.details['ref'], c.version ORDER "
            "BY alerts DESC, c.service"
        ),
        KIBANA,
    ),
    (
        "zr092",
        "joins",
        'incidents with service="payments-api" and their suspect change',
        "SELECT * FROM incident_suspects WHERE service = 'payments-api'",
        PROMETHEUS,
    ),
    (
        "zr093",
        "joins",
        "Which incidents were opened within the hour after a flag change on the same service?",
        (
            "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = "
            "'flag_change' AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment "
            "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)"
        ),
        OPSGENIE,
    ),
    (
        "zr094",
        "joins",
        "production incidents SINCE 3 days ago that had no early warning before them",
        (
            "SELECT * FROM alert_groups WHERE environment = 'production' AND opened_at > TIMESTAMPTZ "
            "'2025-03-14 10:00:00+00' - INTERVAL 3 DAY AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00' "
            "AND id NOT IN (SELECT group_id FROM incident_warnings)"
        ),
        NEWRELIC,
    ),
    (
        "zr095",
        "joins",
        "index=alerts within 10m either side of the payments-api rollback on 03/11, any service",
        (
            "SELECT * FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 10 "
            "MINUTE AND TIMESTAMPTZ '2025-03-11 14:56:37+00' + INTERVAL 10 MINUTE"
        ),
        SPLUNK,
    ),
    (
        "zr096",
        "joins",
        "service:checkout-web alerts within 15 min after a service:payments-api deploy",
        (
            "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM change_events "
            "c WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live' AND "
            "c.environment = a.environment_canonical AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 15 MINUTE)"
        ),
        KIBANA,
    ),
    (
        "zr097",
        "joins",
        ('alertname="DiskSpaceLow" incidents that had a silence in effect at some point while they were open'),
        (
            "SELECT * FROM alert_groups g WHERE g.group_labels['alertname'] = 'DiskSpaceLow' AND EXISTS "
            "(SELECT 1 FROM silences s WHERE s.service = g.service AND (s.environment IS NULL OR "
            "s.environment_canonical = g.environment) AND s.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ "
            "'2025-03-12 09:15:00+00') AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) >= "
            "g.opened_at)"
        ),
        PROMETHEUS,
    ),
    (
        "zr098",
        "joins",
        (
            "How were the incidents opened on March 11 fixed? The incident's service, alert name, the fix and "
            "who resolved it, please."
        ),
        (
            "SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix, r.resolved_by FROM "
            "alert_groups g JOIN resolutions r ON r.group_id = g.id WHERE g.opened_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        OPSGENIE,
    ),
    (
        "zr099",
        "joins",
        (
            "for each payments-api incident on 2025-03-11: opened_at and how many deployment markers on "
            "payments-api in the hour before it (zeros too)"
        ),
        (
            "SELECT g.opened_at, count(c.id) AS deploys FROM alert_groups g LEFT JOIN change_events c ON "
            "c.service = g.service AND c.environment = g.environment AND c.type = 'deployment' AND c.phase = "
            "'live' AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at WHERE g.service "
            "= 'payments-api' AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY g.id, g.opened_at ORDER BY g.opened_at"
        ),
        NEWRELIC,
    ),
    (
        "zr100",
        "joins",
        "index=logpatterns before the HikariPoolPendingConnections incident | where rank<=3",
        (
            "SELECT * FROM incident_log_patterns WHERE group_id IN (SELECT id FROM alert_groups WHERE "
            "group_labels['alertname'] = 'HikariPoolPendingConnections') AND rank <= 3"
        ),
        SPLUNK,
    ),
    (
        "zr101",
        "joins",
        "services that both alerted and had a deploy go live yesterday",
        (
            "SELECT service FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at "
            "< TIMESTAMPTZ '2025-03-12 00:00:00+00' INTERSECT SELECT service FROM change_events WHERE type = "
            "'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        KIBANA,
    ),
    (
        "zr102",
        "joins",
        'early warnings before the alertname="PaymentsAPIErrorBudgetBurn" incident',
        (
            "SELECT * FROM incident_warnings WHERE group_id IN (SELECT id FROM alert_groups WHERE "
            "group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn')"
        ),
        PROMETHEUS,
    ),
    (
        "zr103",
        "joins",
        "Which people deployed in the 15 minutes before an alert fired on the same service?",
        (
            "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
            "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = "
            "c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        OPSGENIE,
    ),
    (
        "zr104",
        "joins",
        "what % of incidents this month had a suspect change",
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / "
            "count(*), 1) AS pct FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' "
            "AND opened_at <= TIMESTAMPTZ '2025-03-14 10:00:00+00'"
        ),
        NEWRELIC,
    ),
    (
        "zr105",
        "joins",
        (
            "index=changes type=deployment service=payments-api earliest=-30d | for each one: timestamp, "
            "version, count of payments-api alerts in the 60m after"
        ),
        (
            "SELECT c.timestamp, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS "
            "alerts FROM change_events c LEFT JOIN alerts a ON a.service = c.service AND "
            "a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 60 MINUTE WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = "
            "'live' AND c.timestamp > TIMESTAMPTZ '2025-03-17 09:00:00+00' - INTERVAL 30 DAY AND c.timestamp "
            "<= TIMESTAMPTZ '2025-03-17 09:00:00+00' GROUP BY c.id, c.timestamp, c.details['ref'], c.version "
            "ORDER BY c.timestamp"
        ),
        SPLUNK,
    ),
    (
        "zr106",
        "refusals",
        "service:billing-ledger alerts from yesterday",
        "ungrounded",
        KIBANA,
    ),
    (
        "zr107",
        "refusals",
        'add a silence for {alertname="DiskSpaceLow", service="indexer"} for the next 2h',
        "asks_to_change_data",
        PROMETHEUS,
    ),
    (
        "zr108",
        "refusals",
        ("How should I set up our escalation policy so P1s page the secondary after 5 minutes unacknowledged?"),
        "not_about_this_data",
        OPSGENIE,
    ),
    (
        "zr109",
        "refusals",
        "violations on the fraud-detector entity SINCE 1 week ago",
        "ungrounded",
        NEWRELIC,
    ),
    (
        "zr110",
        "refusals",
        "what's the SPL to alert when 5xx errors spike? | need a saved search",
        "not_about_this_data",
        SPLUNK,
    ),
    (
        "zr111",
        "refusals",
        "delete all docs where source:grafana",
        "asks_to_change_data",
        KIBANA,
    ),
    (
        "zr112",
        "refusals",
        'alerts{cluster="prod-us-west-2"} over the last 7d',
        "ungrounded",
        PROMETHEUS,
    ),
    (
        "zr113",
        "refusals",
        "Please acknowledge all open P1 alerts and assign them to the payments team as responders.",
        "asks_to_change_data",
        OPSGENIE,
    ),
    (
        "zr114",
        "refusals",
        "close the open incident on checkout-web, it's fine now",
        "asks_to_change_data",
        NEWRELIC,
    ),
    (
        "zr115",
        "refusals",
        "index=audit action=ack user=olga.petrova earliest=-7d",
        "ungrounded",
        SPLUNK,
    ),
    (
        "zr116",
        "refusals",
        "how do I build a Lens visualization of alerts per service in Kibana?",
        "not_about_this_data",
        KIBANA,
    ),
    (
        "zr117",
        "refusals",
        "what's a sensible for: duration for a HighErrorRate alerting rule?",
        "not_about_this_data",
        PROMETHEUS,
    ),
    (
        "zr118",
        "refusals",
        "Who is on call for the identity team next week?",
        "not_about_this_data",
        OPSGENIE,
    ),
    (
        "zr119",
        "refusals",
        "how does New Relic applied intelligence compare to SignalCraft's correlation?",
        "not_about_this_data",
        NEWRELIC,
    ),
    (
        "zr120",
        "refusals",
        "index=alerts environment=perf-lab | stats count by service",
        "ungrounded",
        SPLUNK,
    ),
]
