"""The thirty-second ask question set: ids zm001..zm120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split; this set is
not wired in by its author), the module docstrings of the earlier sets (to choose people who had not spoken before and
to keep their conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo
store itself, opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the
payments-api v2.14.0 outage). The thirty-first set was being written at the same time by another author, with
customer- and product-facing people; this author saw none of it. Each row is ``(id, category, question, gold, now)``. A
refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a
service, project, person, environment, cluster or alert name the store does not hold); any other gold is a single
DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set; each asks three questions in every category
(24 each, three of them refusals):

- the operator of the Kafka / streaming platform that feeds the store, at 07:45 on Wednesday 12 March: volumes per
  minute and per hour, error lines, what came in after the v2.14.0 deploy; very terse lower case with shorthand
  ("yday", "rn", "svc", "w/", "#", "1dp", "15m", "utc buckets", "any svc");
- an infrastructure-as-code / cloud engineer (Terraform, autoscaling), at 11:00 on Thursday 13 March: config changes,
  scale events, who applied what, change failure; lower case, names in backticks (`token-service`, `checkout`,
  `prod-us-central-1`), "+" for "and";
- a Unix sysadmin who came from a Nagios shop and keeps its words, at 14:20 on Wednesday 12 March: "problems" are
  alerts, "CRITICAL" in capitals is the critical severity, "scheduled downtimes" are silences, "acknowledgements" are
  acks; polite full sentences ("Could you ...", "Right. ...", "please");
- the coordinator of the OS patching and maintenance windows, at 16:30 on Friday 14 March: explicit UTC windows
  ("Tuesday 11 March, 01:00 to 04:00 UTC", "our maintenance window", "MW"), restarts, scale events, silences in
  effect during a window, releases; formal, to the point;
- a disaster-recovery engineer typing on a phone whose autocorrect slips, at 19:10 on Sunday 16 March: "alters" for
  alerts, "deplores" for deploys, "incidence" for incidents, "prof" for prod, "roll back(s)" for rollback(s),
  "payments api" / "checkout web" without the hyphen, "Whats"; time to restore, rollbacks, resolutions, downtime.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope (warnings and alerts
after the v2.14.0 deploy; alerts after config changes, scale events and deploys; alerts raised while a silence on
their service was in effect; deploys while an incident was open; incidents without a resolution or a suspect;
changes before the first payments-api alert and deploys before the rollback; incidents and their suspects, early
warnings, log patterns and resolutions; silences that muted something, created during an incident or after an alert,
or in effect when the rollback went live; acks while their alert fired; releases that reached production): five in
each of filters, time, aggregates, top_n and silences, four in changes (its scale events after a deployment relate
two kinds of change, not counted), and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the streaming operator at
  2025-03-12 07:45 (Wednesday), the sysadmin at 2025-03-12 14:20 (Wednesday), the infrastructure engineer at Thursday
  2025-03-13 11:00, the patch coordinator at Friday 2025-03-14 16:30 and the DR engineer at Sunday 2025-03-16 19:10
  (all after every record). The Wednesday askers' "yday" / "yesterday", "tuesday", "the 11th", "Tuesday" and
  "Tuesday 11 March" are ``[2025-03-11, 2025-03-12)``; "today" / "this morning" is 2025-03-12; "this week" / "this
  week so far" runs from Monday 2025-03-10 00:00 to now; the DR engineer's "last week? Mon to Sun" is
  ``[2025-03-03, 2025-03-10)``; "this month", "in March", "since march 1" from 2025-03-01 to now; "since the start
  of February" / "since feb 1" from 2025-02-01 to now; "February 2025" ``[2025-02-01, 2025-03-01)``; "this year"
  from 2025-01-01 to now; "the last 24h" and "the last seven days" are ``(now - N, now]``. Clock ranges ("14:30-14:35",
  "between 10:00 and 13:00", "01:00 to 04:00 UTC") include their start and exclude their end. A thing is in a window
  by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, a log line's ``timestamp``); "still open / unresolved / right now / at this moment" and "at 06:00
  this morning" are the state at that instant; "silences in effect during the maintenance window" share a moment
  with it.
- Alerts ("problems", "alters") are the ``alerts`` view's rows (every column for a list), incidents ("incidence")
  ``alert_groups``' rows, silences ("scheduled downtimes") the ``silences`` view's rows, log lines ``log_events``'
  rows ("error lines" ``is_error``), early warnings ``warnings`` rows. Changes are their ``phase = 'live'`` reports:
  "deploys" / "deployments" / "deplores" ``type = 'deployment'``, "rollbacks" / "roll backs" ``rollback``, "config
  changes / updates" ``config_update``, "flag flips" ``flag_change``, "scale events" ``scale``, "restarts"
  ``restart`` (none stored), "releases" ``release``; "changes" every live report, scale events included. A version is
  ``coalesce(details['ref'], version)``; "the version live in prod rn" is that of the last live deployment or
  rollback there up to now. People are answered as stored, bots included ("bots included" says so for the top
  actors); "Kenji" is ``created_by ILIKE '%kenji%'``; "jonas.lindqvist@acme.io" and "kenji.tanaka@acme.io" are matched
  exactly. "Who" answers each person once.
- Named events: "the v2.14.0 (prod) deploy" / "the payments api deploy" is payments-api's live production deployment
  of v2.14.0 (14:31:22 on the 11th); "the payments api roll back ... Tuesday" its live rollback that day (14:56:37),
  a scalar subquery; "the first payments-api alert on the 11th" the earliest payments-api alert that day;
  "kenji.tanaka@acme.io's config change on Tuesday (the Elasticsearch timeout one)" his live ``config_update`` that
  day. Early warnings "from any service" and alerts "any svc" / "on any service" around one of them are every row in
  the window; the changes "in the 2 hours before the first payments-api alert" are payments-api's production changes
  (the alert's environment) in ``[t - 2 h, t]``; what "got deployed in the hour before the rollback" is every live
  production deployment in ``[t - 60 min, t]``; the silences "in effect when the rollback went live" are every silence
  active at that instant; "between the deploy and the roll back" runs from the one to the other, both included;
  "minutes between the deploy going live and the first payments api alter after it" is to the first payments-api
  alert starting at or after it.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; stored change, incident and log environments are already ``production`` /
  ``staging``; warnings on their ``service`` and ``environment`` labels): "within / in the N min after" is
  ``[t, t + N]``, "before" ``[t - N, t]``. A deploy "while an incident on the same service was open" lies in
  ``[opened_at, coalesce(resolved_at, now)]``; a silence is in effect from ``starts_at`` until its end or its expiry,
  whichever came first, covers the service it pins and, when it pins one, its environment (one that pins no service
  covers no service); an alert "raised while a scheduled downtime was in effect" started inside that span; a silence
  "created while an incident was open" or "within an hour after an alert started" is met at ``created_at``.
  "Actually muted something" is named in ``alert_mutes.silenced_by``; an ack meets its alert through its
  ``alertname`` and ``service`` matchers and came while it fired (start included, end excluded). "Caused / blamed"
  is ``incident_suspects`` (changes are the ``change_events`` rows it names; "no suspect change" no row there);
  "early warning before them" is ``incident_warnings``; "brand new log patterns before them" ``incident_log_patterns``
  with ``is_new``; "a written resolution" a ``resolutions`` row. "Releases that reached production within an hour"
  have a live production deployment of the same service and version in ``[t, t + 60 min]``. "For each X: a, b and how
  many Y" is one row per X (duplicate reports included) with those columns and a count, zeros included; "services that
  had a staging deploy but never alerted in staging" is ``EXCEPT``; "scale events within 5 min after a deployment" are
  scale reports of the same service and environment.
- Aggregates: durations in minutes (hours when asked) to one decimal; an alert's duration runs from start to end of
  the resolved ones; time to resolve / restore of incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones; "fixed by rolling back" is a resolution whose fix says "rolled back", "roll back" or "rollback"; "how long was
  payments api down" runs from the first of that day's payments-api alerts' start to the last one's end; a silence's
  length is as set (``starts_at`` to ``ends_at``); a snooze's by ``duration_s``; a suspect's lag is ``lag_s``;
  percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects (the change failure rate over
  every live production deployment, the share of incidents with a warning over every incident); medians
  ``quantile_cont``; "average alerts per day" counts only days with alerts; "on avg how many alerts in the 15m after
  each prod deploy" is the mean of the per-deploy counts over every live production deployment.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses; "which ... the
  most" is one row; "the three longest silences" and "3 longest resolved incidence" are whole rows ranked by duration;
  "busiest hour yday" is the hour bucket of that day; "which day of the week" is ``dayname`` over all the data; "who
  made the most acknowledgements" counts ack rows; "top 2 people by incidence resolved" counts ``resolutions`` rows
  per ``resolved_by``; "whose changes were blamed for the most incidence" counts ``incident_suspects`` per
  ``change_actor``.
- Refusals: the service "schema-registry", the cluster "prod-us-central-1", the service "ldap-proxy", the environment
  "preprod" and the person "ravi" are ungrounded; a topic's partition count, Terraform versus Pulumi, converting Nagios
  checks to blackbox probes, Microsoft's Patch Tuesday and a payments database's RPO are not about this data; dropping
  log lines, marking a change as reviewed, scheduling a downtime, extending a silence and resolving incidents ask to
  change the data.
"""

from __future__ import annotations

STREAM = "2025-03-12T07:45:00Z"
INFRA = "2025-03-13T11:00:00Z"
SYSADMIN = "2025-03-12T14:20:00Z"
PATCH = "2025-03-14T16:30:00Z"
DR = "2025-03-16T19:10:00Z"

_DEPLOY = "TIMESTAMPTZ '2025-03-11 14:31:22+00'"
_ROLLBACK = """(SELECT min(timestamp) FROM change_events
                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')"""
_TUE = """TIMESTAMPTZ '2025-03-11 00:00:00+00' AND {c} < TIMESTAMPTZ '2025-03-12 00:00:00+00'"""


def _tue(column: str) -> str:
    return f"{column} >= " + _TUE.format(c=column)


ROWS = [
    # filters
    (
        "zm001",
        "filters",
        "crit alerts from the prod-eu-west-1 cluster that started yday",
        f"""SELECT * FROM alerts
         WHERE labels['cluster'] = 'prod-eu-west-1' AND severity = 'critical' AND {_tue("starts_at")}""",
        STREAM,
    ),
    (
        "zm002",
        "filters",
        "payments-api error log lines 14:30-14:35 yday, want to line them up w/ our consumer lag graph",
        """SELECT * FROM log_events
         WHERE service = 'payments-api' AND is_error
           AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
           AND timestamp < TIMESTAMPTZ '2025-03-11 14:35:00+00'""",
        STREAM,
    ),
    (
        "zm003",
        "filters",
        "early warnings from any service in the 10 min after payments-api v2.14.0 went live in prod",
        f"""SELECT * FROM warnings
         WHERE starts_at BETWEEN {_DEPLOY} AND {_DEPLOY} + INTERVAL 10 MINUTE""",
        STREAM,
    ),
    (
        "zm004",
        "filters",
        "config changes that touched `token-service`, any env",
        """SELECT * FROM change_events
         WHERE type = 'config_update' AND phase = 'live' AND service = 'token-service'""",
        INFRA,
    ),
    (
        "zm005",
        "filters",
        "scale events in the `checkout` project on tuesday (the 11th)",
        f"""SELECT * FROM change_events
         WHERE type = 'scale' AND phase = 'live' AND project = 'checkout' AND {_tue("timestamp")}""",
        INFRA,
    ),
    (
        "zm006",
        "filters",
        "prod alerts that started within 15 min after a config change on the same service",
        """SELECT * FROM alerts a
         WHERE a.environment_canonical = 'production'
           AND EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'config_update' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        INFRA,
    ),
    (
        "zm007",
        "filters",
        "Could you show me all the CRITICAL problems on the identity project since the start of February, please?",
        """SELECT * FROM alerts
         WHERE severity = 'critical' AND project = 'identity'
           AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
           AND starts_at <= TIMESTAMPTZ '2025-03-12 14:20:00+00'""",
        SYSADMIN,
    ),
    (
        "zm008",
        "filters",
        "Right. Which problems in production are still unresolved at this moment?",
        """SELECT * FROM alerts
         WHERE environment_canonical = 'production'
           AND starts_at <= TIMESTAMPTZ '2025-03-12 14:20:00+00'
           AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 14:20:00+00')""",
        SYSADMIN,
    ),
    (
        "zm009",
        "filters",
        "Which problems were raised on a service while a scheduled downtime covering that service was in effect?",
        """SELECT * FROM alerts a
         WHERE EXISTS (
             SELECT 1 FROM silences s
             WHERE s.service = a.service
               AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
               AND a.starts_at >= s.starts_at AND a.starts_at < s.ends_at
               AND (s.expired_at IS NULL OR a.starts_at < s.expired_at))""",
        SYSADMIN,
    ),
    (
        "zm010",
        "filters",
        "Patch window check: restarts or scale events on Tuesday 11 March between 09:00 and 12:00 UTC.",
        """SELECT * FROM change_events
         WHERE type IN ('restart', 'scale') AND phase = 'live'
           AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
           AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        PATCH,
    ),
    (
        "zm011",
        "filters",
        "For the MW calendar: all production deployments done by argocd (automated) in March.",
        """SELECT * FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           AND actor = 'argocd (automated)'
           AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-14 16:30:00+00'""",
        PATCH,
    ),
    (
        "zm012",
        "filters",
        "Which production deployments went out while an incident on the same service was still open?",
        """SELECT * FROM change_events d
         WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
           AND EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = d.service AND g.environment = d.environment
                 AND d.timestamp >= g.opened_at
                 AND d.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 16:30:00+00'))""",
        PATCH,
    ),
    (
        "zm013",
        "filters",
        "Show me the rollbacks in prof this year",
        """SELECT * FROM change_events
         WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
           AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-16 19:10:00+00'""",
        DR,
    ),
    (
        "zm014",
        "filters",
        "Which incidence are still open right now?",
        """SELECT * FROM alert_groups
         WHERE opened_at <= TIMESTAMPTZ '2025-03-16 19:10:00+00'
           AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-16 19:10:00+00')""",
        DR,
    ),
    (
        "zm015",
        "filters",
        "Resolved incidence that nobody wrote a resolution for?",
        """SELECT * FROM alert_groups
         WHERE resolved_at IS NOT NULL
           AND id NOT IN (SELECT group_id FROM resolutions)""",
        DR,
    ),
    # time
    (
        "zm016",
        "time",
        "alerts per hour yday, utc buckets",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
         WHERE {_tue("starts_at")}
         GROUP BY hour ORDER BY alerts DESC, hour""",
        STREAM,
    ),
    (
        "zm017",
        "time",
        "payments-api error lines per minute between 14:30 and 14:45 yday",
        """SELECT date_trunc('minute', timestamp) AS minute, count(*) AS error_lines FROM log_events
         WHERE service = 'payments-api' AND is_error
           AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
           AND timestamp < TIMESTAMPTZ '2025-03-11 14:45:00+00'
         GROUP BY minute ORDER BY error_lines DESC, minute""",
        STREAM,
    ),
    (
        "zm018",
        "time",
        "# of alerts, any svc, in the 30m after the v2.14.0 prod deploy went live",
        f"""SELECT count(*) FROM alerts
         WHERE starts_at BETWEEN {_DEPLOY} AND {_DEPLOY} + INTERVAL 30 MINUTE""",
        STREAM,
    ),
    (
        "zm019",
        "time",
        "live changes per day this month, all types incl. scale events",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS changes FROM change_events
         WHERE phase = 'live'
           AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'
         GROUP BY day ORDER BY changes DESC, day""",
        INFRA,
    ),
    (
        "zm020",
        "time",
        "what changed on `auth-api` between 10:00 and 13:00 on tuesday?",
        """SELECT * FROM change_events
         WHERE phase = 'live' AND service = 'auth-api'
           AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
           AND timestamp < TIMESTAMPTZ '2025-03-11 13:00:00+00'""",
        INFRA,
    ),
    (
        "zm021",
        "time",
        "changes to `payments-api` in the 2 hours before the first payments-api alert on the 11th",
        f"""SELECT * FROM change_events
         WHERE phase = 'live' AND service = 'payments-api' AND environment = 'production'
           AND timestamp BETWEEN
               (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND {_tue("starts_at")})
                   - INTERVAL 2 HOUR
               AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND {_tue("starts_at")})""",
        INFRA,
    ),
    (
        "zm022",
        "time",
        "How many problems were raised on each day over the last seven days?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
         WHERE starts_at > TIMESTAMPTZ '2025-03-12 14:20:00+00' - INTERVAL 7 DAY
           AND starts_at <= TIMESTAMPTZ '2025-03-12 14:20:00+00'
         GROUP BY day ORDER BY alerts DESC, day""",
        SYSADMIN,
    ),
    (
        "zm023",
        "time",
        "What was sitting in a problem state at 06:00 this morning?",
        """SELECT * FROM alerts
         WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'
           AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')""",
        SYSADMIN,
    ),
    (
        "zm024",
        "time",
        "Which problems, on any service, started in the hour after kenji.tanaka@acme.io's config change on Tuesday "
        "(the Elasticsearch timeout one)?",
        f"""SELECT * FROM alerts
         WHERE starts_at BETWEEN
             (SELECT min(timestamp) FROM change_events
              WHERE type = 'config_update' AND phase = 'live' AND actor = 'kenji.tanaka@acme.io'
                AND {_tue("timestamp")})
             AND (SELECT min(timestamp) FROM change_events
                  WHERE type = 'config_update' AND phase = 'live' AND actor = 'kenji.tanaka@acme.io'
                    AND {_tue("timestamp")}) + INTERVAL 60 MINUTE""",
        SYSADMIN,
    ),
    (
        "zm025",
        "time",
        "During our maintenance window on Tuesday 11 March, 01:00 to 04:00 UTC, which alerts fired?",
        """SELECT * FROM alerts
         WHERE starts_at >= TIMESTAMPTZ '2025-03-11 01:00:00+00'
           AND starts_at < TIMESTAMPTZ '2025-03-11 04:00:00+00'""",
        PATCH,
    ),
    (
        "zm026",
        "time",
        "Log lines per hour for indexer in production on 12 March between 00:00 and 06:00 UTC (all levels).",
        """SELECT date_trunc('hour', timestamp) AS hour, count(*) AS lines FROM log_events
         WHERE service = 'indexer' AND environment = 'production'
           AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
           AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'
         GROUP BY hour ORDER BY lines DESC, hour""",
        PATCH,
    ),
    (
        "zm027",
        "time",
        "Which production alerts started within 30 minutes after a scale event of the same service?",
        """SELECT * FROM alerts a
         WHERE a.environment_canonical = 'production'
           AND EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'scale' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PATCH,
    ),
    (
        "zm028",
        "time",
        "When did the first payments api alter fire on Tuesday?",
        f"""SELECT min(starts_at) FROM alerts
         WHERE service = 'payments-api' AND {_tue("starts_at")}""",
        DR,
    ),
    (
        "zm029",
        "time",
        "How many alters fired this week so far?",
        """SELECT count(*) FROM alerts
         WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
           AND starts_at <= TIMESTAMPTZ '2025-03-16 19:10:00+00'""",
        DR,
    ),
    (
        "zm030",
        "time",
        "What got deployed in the hour before the payments api roll back went live Tuesday?",
        f"""SELECT * FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           AND timestamp BETWEEN {_ROLLBACK} - INTERVAL 60 MINUTE AND {_ROLLBACK}""",
        DR,
    ),
    # aggregates
    (
        "zm031",
        "aggregates",
        "avg alert duration (mins, 1dp) for the alerts that started yday and resolved",
        f"""SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts
         WHERE status = 'resolved' AND {_tue("starts_at")}""",
        STREAM,
    ),
    (
        "zm032",
        "aggregates",
        "what % of yday's log lines were errors, 1dp",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) FROM log_events
         WHERE {_tue("timestamp")}""",
        STREAM,
    ),
    (
        "zm033",
        "aggregates",
        "on avg how many alerts on the same svc in the 15m after each prod deploy",
        """SELECT round(avg(n), 1) FROM (
             SELECT d.id, count(a.fingerprint) AS n
             FROM change_events d
             LEFT JOIN alerts a
               ON a.service = d.service AND a.environment_canonical = d.environment
              AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
             WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             GROUP BY d.id)""",
        STREAM,
    ),
    (
        "zm034",
        "aggregates",
        "median time to resolve for production incidents, in minutes",
        """SELECT round(quantile_cont((epoch(resolved_at) - epoch(opened_at)) / 60, 0.5), 1) FROM alert_groups
         WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        INFRA,
    ),
    (
        "zm035",
        "aggregates",
        "how many scale events in total since feb 1?",
        """SELECT count(*) FROM change_events
         WHERE type = 'scale' AND phase = 'live'
           AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'""",
        INFRA,
    ),
    (
        "zm036",
        "aggregates",
        "what % of prod deployments were followed by a prod incident on the same service within an hour?",
        """SELECT round(100.0 * count(*) FILTER (WHERE d.id IN (
                 SELECT d2.id FROM change_events d2 JOIN alert_groups g
                   ON g.service = d2.service AND g.environment = d2.environment
                  AND g.opened_at BETWEEN d2.timestamp AND d2.timestamp + INTERVAL 60 MINUTE)) / count(*), 1)
         FROM change_events d
         WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'""",
        INFRA,
    ),
    (
        "zm037",
        "aggregates",
        "How many distinct services raised a problem on Tuesday?",
        f"""SELECT count(DISTINCT service) FROM alerts WHERE {_tue("starts_at")}""",
        SYSADMIN,
    ),
    (
        "zm038",
        "aggregates",
        "What is the longest any scheduled downtime has been set for, in hours?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences""",
        SYSADMIN,
    ),
    (
        "zm039",
        "aggregates",
        "What percentage of incidents had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
         FROM alert_groups""",
        SYSADMIN,
    ),
    (
        "zm040",
        "aggregates",
        "Average number of alerts per day in February 2025, counting only the days that had alerts.",
        """SELECT round(avg(n), 1) FROM (
             SELECT date_trunc('day', starts_at) AS day, count(*) AS n FROM alerts
             WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
               AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             GROUP BY day)""",
        PATCH,
    ),
    (
        "zm041",
        "aggregates",
        "Total snoozed minutes per person, please.",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS minutes FROM audit_log
         WHERE action = 'snooze'
         GROUP BY actor ORDER BY minutes DESC""",
        PATCH,
    ),
    (
        "zm042",
        "aggregates",
        "What is the median lag, in minutes, between a suspect change and the incident it is blamed for?",
        """SELECT round(quantile_cont(lag_s / 60, 0.5), 1) FROM incident_suspects""",
        PATCH,
    ),
    (
        "zm043",
        "aggregates",
        "Whats the average time to restore for incidence that were fixed by rolling back? Minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups
         WHERE resolved_at IS NOT NULL
           AND id IN (SELECT group_id FROM resolutions
                      WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%')""",
        DR,
    ),
    (
        "zm044",
        "aggregates",
        "How long was payments api down on Tuesday in minutes?",
        f"""SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-16 19:10:00+00')))
                       - epoch(min(starts_at))) / 60, 1)
         FROM alerts
         WHERE service = 'payments-api' AND {_tue("starts_at")}""",
        DR,
    ),
    (
        "zm045",
        "aggregates",
        "How many incidence had no suspect change at all?",
        """SELECT count(*) FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_suspects)""",
        DR,
    ),
    # top_n
    (
        "zm046",
        "top_n",
        "top 3 services by log lines yday (all envs together)",
        f"""SELECT service, count(*) AS lines FROM log_events
         WHERE {_tue("timestamp")}
         GROUP BY service ORDER BY lines DESC, service LIMIT 3""",
        STREAM,
    ),
    (
        "zm047",
        "top_n",
        "busiest hour for alerts yday",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
         WHERE {_tue("starts_at")}
         GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1""",
        STREAM,
    ),
    (
        "zm048",
        "top_n",
        "which svc got the most alerts within 15m after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
         WHERE EXISTS (
             SELECT 1 FROM change_events d
             WHERE d.type = 'deployment' AND d.phase = 'live'
               AND d.service = a.service AND d.environment = a.environment_canonical
               AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
         GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        STREAM,
    ),
    (
        "zm049",
        "top_n",
        "top 2 actors by live changes of any kind this month, bots included",
        """SELECT actor, count(*) AS changes FROM change_events
         WHERE phase = 'live'
           AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'
         GROUP BY actor ORDER BY changes DESC, actor LIMIT 2""",
        INFRA,
    ),
    (
        "zm050",
        "top_n",
        "which service had the most scale events overall?",
        """SELECT service, count(*) AS scale_events FROM change_events
         WHERE type = 'scale' AND phase = 'live'
         GROUP BY service ORDER BY scale_events DESC, service LIMIT 1""",
        INFRA,
    ),
    (
        "zm051",
        "top_n",
        "which change type got blamed as the suspect for the most incidents?",
        """SELECT change_type, count(*) AS incidents FROM incident_suspects
         GROUP BY change_type ORDER BY incidents DESC, change_type LIMIT 1""",
        INFRA,
    ),
    (
        "zm052",
        "top_n",
        "Which four alert names have raised the most problems overall?",
        """SELECT name, count(*) AS alerts FROM alerts
         GROUP BY name ORDER BY alerts DESC, name LIMIT 4""",
        SYSADMIN,
    ),
    (
        "zm053",
        "top_n",
        "Which team label has had the most CRITICAL problems?",
        """SELECT labels['team'] AS team, count(*) AS alerts FROM alerts
         WHERE severity = 'critical' AND labels['team'] IS NOT NULL
         GROUP BY team ORDER BY alerts DESC, team LIMIT 1""",
        SYSADMIN,
    ),
    (
        "zm054",
        "top_n",
        "Who made the most acknowledgements that came in while the problem was still firing?",
        """SELECT k.actor, count(*) AS acks FROM audit_log k
         WHERE k.action = 'ack'
           AND EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname')[1].value
                 AND a.service = list_filter(k.matchers, m -> m.name = 'service')[1].value
                 AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))
         GROUP BY k.actor ORDER BY acks DESC, k.actor LIMIT 1""",
        SYSADMIN,
    ),
    (
        "zm055",
        "top_n",
        "Which day of the week has had the most alerts, across all the data?",
        """SELECT dayname(starts_at) AS weekday, count(*) AS alerts FROM alerts
         GROUP BY weekday ORDER BY alerts DESC, weekday LIMIT 1""",
        PATCH,
    ),
    (
        "zm056",
        "top_n",
        "The three longest silences, by the length they were set for.",
        """SELECT * FROM silences ORDER BY epoch(ends_at) - epoch(starts_at) DESC LIMIT 3""",
        PATCH,
    ),
    (
        "zm057",
        "top_n",
        "Top 3 services by deployments that were followed by an alert on the same service within 30 minutes.",
        """SELECT d.service, count(*) AS deployments FROM change_events d
         WHERE d.type = 'deployment' AND d.phase = 'live'
           AND EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = d.service AND a.environment_canonical = d.environment
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)
         GROUP BY d.service ORDER BY deployments DESC, d.service LIMIT 3""",
        PATCH,
    ),
    (
        "zm058",
        "top_n",
        "Top 2 people by incidence resolved?",
        """SELECT resolved_by, count(*) AS incidents FROM resolutions
         GROUP BY resolved_by ORDER BY incidents DESC, resolved_by LIMIT 2""",
        DR,
    ),
    (
        "zm059",
        "top_n",
        "3 longest resolved incidence ever?",
        """SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL
         ORDER BY epoch(resolved_at) - epoch(opened_at) DESC LIMIT 3""",
        DR,
    ),
    (
        "zm060",
        "top_n",
        "Whose changes were blamed for the most incidence?",
        """SELECT change_actor, count(*) AS incidents FROM incident_suspects
         GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        DR,
    ),
    # changes
    (
        "zm061",
        "changes",
        "deploys to prod yday",
        f"""SELECT * FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' AND {_tue("timestamp")}""",
        STREAM,
    ),
    (
        "zm062",
        "changes",
        "payments-api version live in prod rn?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
         WHERE type IN ('deployment', 'rollback') AND phase = 'live'
           AND service = 'payments-api' AND environment = 'production'
           AND timestamp <= TIMESTAMPTZ '2025-03-12 07:45:00+00'
         ORDER BY timestamp DESC LIMIT 1""",
        STREAM,
    ),
    (
        "zm063",
        "changes",
        "prod deploys w/ no alerts on the same svc in the 15m after",
        """SELECT * FROM change_events d
         WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
           AND NOT EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = d.service AND a.environment_canonical = d.environment
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        STREAM,
    ),
    (
        "zm064",
        "changes",
        "flag flips on `search-api`, and by whom",
        """SELECT * FROM change_events
         WHERE type = 'flag_change' AND phase = 'live' AND service = 'search-api'""",
        INFRA,
    ),
    (
        "zm065",
        "changes",
        "config updates applied in prod since march 1",
        """SELECT * FROM change_events
         WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
           AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'""",
        INFRA,
    ),
    (
        "zm066",
        "changes",
        "scale events that came within 5 min after a deployment of the same service + env",
        """SELECT * FROM change_events s
         WHERE s.type = 'scale' AND s.phase = 'live'
           AND EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = s.service AND d.environment = s.environment
                 AND s.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 5 MINUTE)""",
        INFRA,
    ),
    (
        "zm067",
        "changes",
        "Who has deployed anything to production in March, please?",
        """SELECT DISTINCT actor FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
           AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
           AND timestamp <= TIMESTAMPTZ '2025-03-12 14:20:00+00'""",
        SYSADMIN,
    ),
    (
        "zm068",
        "changes",
        "Which versions of auth-api have gone out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        SYSADMIN,
    ),
    (
        "zm069",
        "changes",
        "Which changes were blamed for the CRITICAL incidents?",
        """SELECT * FROM change_events
         WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')""",
        SYSADMIN,
    ),
    (
        "zm070",
        "changes",
        "How many production rollbacks were there in February 2025?",
        """SELECT count(*) FROM change_events
         WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
           AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
           AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        PATCH,
    ),
    (
        "zm071",
        "changes",
        "Please list the releases published on Tuesday 11 March.",
        f"""SELECT * FROM change_events
         WHERE type = 'release' AND phase = 'live' AND {_tue("timestamp")}""",
        PATCH,
    ),
    (
        "zm072",
        "changes",
        "Which releases reached production within an hour of being published?",
        """SELECT * FROM change_events r
         WHERE r.type = 'release' AND r.phase = 'live'
           AND EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.service = r.service
                 AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                 AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        PATCH,
    ),
    (
        "zm073",
        "changes",
        "When was checkout web last deployed to prof?",
        """SELECT * FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND service = 'checkout-web' AND environment = 'production'
           AND timestamp <= TIMESTAMPTZ '2025-03-16 19:10:00+00'
         ORDER BY timestamp DESC LIMIT 1""",
        DR,
    ),
    (
        "zm074",
        "changes",
        "Who did the roll backs?",
        """SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'""",
        DR,
    ),
    (
        "zm075",
        "changes",
        "Which deplores caused incidence?",
        """SELECT * FROM change_events
         WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)""",
        DR,
    ),
    # silences
    (
        "zm076",
        "silences",
        "silences active at 02:00 today",
        """SELECT * FROM silences
         WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00' AND ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00'
           AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        STREAM,
    ),
    (
        "zm077",
        "silences",
        "silences created in the last 24h",
        """SELECT * FROM silences
         WHERE created_at > TIMESTAMPTZ '2025-03-12 07:45:00+00' - INTERVAL 24 HOUR
           AND created_at <= TIMESTAMPTZ '2025-03-12 07:45:00+00'""",
        STREAM,
    ),
    (
        "zm078",
        "silences",
        "silences that actually muted something",
        """SELECT * FROM silences
         WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        STREAM,
    ),
    (
        "zm079",
        "silences",
        "silences whose matchers include a `node` label",
        """SELECT * FROM silences WHERE len(list_filter(matchers, m -> m.name = 'node')) > 0""",
        INFRA,
    ),
    ("zm080", "silences", "silences someone expired early", """SELECT * FROM silences WHERE expired_early""", INFRA),
    (
        "zm081",
        "silences",
        "silences created while an incident on the same service was open",
        """SELECT * FROM silences s
         WHERE EXISTS (
             SELECT 1 FROM alert_groups g
             WHERE g.service = s.service
               AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
               AND s.created_at >= g.opened_at
               AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 11:00:00+00'))""",
        INFRA,
    ),
    (
        "zm082",
        "silences",
        "Which scheduled downtimes did jonas.lindqvist@acme.io put in, and what comment did he leave? "
        "Downtime id, start, end and comment will do.",
        """SELECT silence_id, starts_at, ends_at, comment FROM silences
         WHERE created_by = 'jonas.lindqvist@acme.io'""",
        SYSADMIN,
    ),
    (
        "zm083",
        "silences",
        "How many scheduled downtimes were set up in advance, i.e. starting later than they were created?",
        """SELECT count(*) FROM silences WHERE starts_at > created_at""",
        SYSADMIN,
    ),
    (
        "zm084",
        "silences",
        "How many problems were raised on the indexer while one of its scheduled downtimes was in effect?",
        """SELECT count(*) FROM alerts a
         WHERE a.service = 'indexer'
           AND EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = 'indexer'
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at >= s.starts_at AND a.starts_at < s.ends_at
                 AND (s.expired_at IS NULL OR a.starts_at < s.expired_at))""",
        SYSADMIN,
    ),
    (
        "zm085",
        "silences",
        "Every silence in effect at some point during Tuesday's maintenance window, 01:00 to 04:00 UTC on 11 March.",
        """SELECT * FROM silences
         WHERE starts_at < TIMESTAMPTZ '2025-03-11 04:00:00+00'
           AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 01:00:00+00'""",
        PATCH,
    ),
    (
        "zm086",
        "silences",
        "How many silences did each person create in February 2025?",
        """SELECT created_by, count(*) AS silences FROM silences
         WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
           AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
         GROUP BY created_by ORDER BY silences DESC, created_by""",
        PATCH,
    ),
    (
        "zm087",
        "silences",
        "Which silences were created within an hour after an alert on the same service started?",
        """SELECT * FROM silences s
         WHERE EXISTS (
             SELECT 1 FROM alerts a
             WHERE a.service = s.service
               AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
               AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        PATCH,
    ),
    (
        "zm088",
        "silences",
        "Silences on the indexer last week? Mon to Sun",
        """SELECT * FROM silences
         WHERE service = 'indexer'
           AND created_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
           AND created_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'""",
        DR,
    ),
    (
        "zm089",
        "silences",
        "How many silences has Kenji made?",
        """SELECT count(*) FROM silences WHERE created_by ILIKE '%kenji%'""",
        DR,
    ),
    (
        "zm090",
        "silences",
        "Which silences were in effect when the payments api roll back went live on Tuesday?",
        f"""SELECT * FROM silences
         WHERE starts_at <= {_ROLLBACK} AND ends_at > {_ROLLBACK}
           AND (expired_at IS NULL OR expired_at > {_ROLLBACK})""",
        DR,
    ),
    # joins
    (
        "zm091",
        "joins",
        "for each prod deploy yday: svc, version, # alerts on that svc in the 30m after",
        f"""SELECT service, version, alerts FROM (
             SELECT d.id, d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts
             FROM change_events d
             LEFT JOIN alerts a
               ON a.service = d.service AND a.environment_canonical = d.environment
              AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
             WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
               AND {_tue("d.timestamp")}
             GROUP BY d.id, d.service, coalesce(d.details['ref'], d.version))""",
        STREAM,
    ),
    (
        "zm092",
        "joins",
        "how many checkout-web error lines in prod in the 10m after payments-api v2.14.0 went live",
        f"""SELECT count(*) FROM log_events
         WHERE service = 'checkout-web' AND environment = 'production' AND is_error
           AND timestamp BETWEEN {_DEPLOY} AND {_DEPLOY} + INTERVAL 10 MINUTE""",
        STREAM,
    ),
    (
        "zm093",
        "joins",
        "incidents w/ their suspect change: incident svc, alertname, opened_at, suspect svc, version, actor",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_service,
                coalesce(change_details['ref'], change_version) AS version, change_actor
         FROM incident_suspects""",
        STREAM,
    ),
    (
        "zm094",
        "joins",
        "incidents that opened within 15 min after a config change on the same service",
        """SELECT * FROM alert_groups g
         WHERE EXISTS (
             SELECT 1 FROM change_events c
             WHERE c.type = 'config_update' AND c.phase = 'live'
               AND c.service = g.service AND c.environment = g.environment
               AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        INFRA,
    ),
    (
        "zm095",
        "joins",
        "for every prod scale event on tuesday: service, time, and how many alerts on that service in the following "
        "15 min",
        f"""SELECT service, timestamp, alerts FROM (
             SELECT s.id, s.service, s.timestamp, count(a.fingerprint) AS alerts
             FROM change_events s
             LEFT JOIN alerts a
               ON a.service = s.service AND a.environment_canonical = s.environment
              AND a.starts_at BETWEEN s.timestamp AND s.timestamp + INTERVAL 15 MINUTE
             WHERE s.type = 'scale' AND s.phase = 'live' AND s.environment = 'production'
               AND {_tue("s.timestamp")}
             GROUP BY s.id, s.service, s.timestamp)""",
        INFRA,
    ),
    (
        "zm096",
        "joins",
        "services that had a staging deploy but never alerted in staging",
        """SELECT service FROM change_events
         WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
         EXCEPT
         SELECT service FROM alerts WHERE environment_canonical = 'staging'""",
        INFRA,
    ),
    (
        "zm097",
        "joins",
        "Which CRITICAL incidents had no early warning before them?",
        """SELECT * FROM alert_groups
         WHERE max_severity = 'critical' AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        SYSADMIN,
    ),
    (
        "zm098",
        "joins",
        "For the incidents that have a written resolution, show me the service, when it opened, who resolved it "
        "and the fix.",
        """SELECT g.service, g.opened_at, r.resolved_by, r.fix
         FROM alert_groups g JOIN resolutions r ON r.group_id = g.id""",
        SYSADMIN,
    ),
    (
        "zm099",
        "joins",
        "Which acknowledgements came in while the problem they acknowledged was still firing? Who, when, and the "
        "alert name.",
        """SELECT k.actor, k.timestamp, list_filter(k.matchers, m -> m.name = 'alertname')[1].value AS alertname
         FROM audit_log k
         WHERE k.action = 'ack'
           AND EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.name = list_filter(k.matchers, m -> m.name = 'alertname')[1].value
                 AND a.service = list_filter(k.matchers, m -> m.name = 'service')[1].value
                 AND k.timestamp >= a.starts_at AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        SYSADMIN,
    ),
    (
        "zm100",
        "joins",
        "For each production rollback: the service, when it went live, and how many alerts on that service started "
        "in the 30 minutes before it.",
        """SELECT service, timestamp, alerts FROM (
             SELECT r.id, r.service, r.timestamp, count(a.fingerprint) AS alerts
             FROM change_events r
             LEFT JOIN alerts a
               ON a.service = r.service AND a.environment_canonical = r.environment
              AND a.starts_at BETWEEN r.timestamp - INTERVAL 30 MINUTE AND r.timestamp
             WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'
             GROUP BY r.id, r.service, r.timestamp)""",
        PATCH,
    ),
    (
        "zm101",
        "joins",
        "Early warnings that started in the hour after a production deployment of the same service.",
        """SELECT * FROM warnings w
         WHERE EXISTS (
             SELECT 1 FROM change_events d
             WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
               AND d.service = w.labels['service'] AND d.environment = w.labels['environment']
               AND w.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        PATCH,
    ),
    (
        "zm102",
        "joins",
        "Which incidents were caused by flag changes?",
        """SELECT * FROM incident_suspects WHERE change_type = 'flag_change'""",
        PATCH,
    ),
    (
        "zm103",
        "joins",
        "Which incidence had brand new log patterns show up before them?",
        """SELECT * FROM alert_groups WHERE id IN (SELECT group_id FROM incident_log_patterns WHERE is_new)""",
        DR,
    ),
    (
        "zm104",
        "joins",
        "How many alters fired between the payments api deploy and the roll back on Tuesday?",
        f"""SELECT count(*) FROM alerts
         WHERE starts_at BETWEEN {_DEPLOY} AND {_ROLLBACK}""",
        DR,
    ),
    (
        "zm105",
        "joins",
        "How many minutes between the payments api v2.14.0 deploy going live in prof and the first payments api "
        "alter after it?",
        f"""SELECT round((epoch((SELECT min(starts_at) FROM alerts
                              WHERE service = 'payments-api' AND starts_at >= {_DEPLOY}))
                       - epoch({_DEPLOY})) / 60, 1)""",
        DR,
    ),
    # refusals
    ("zm106", "refusals", "consumer lag alerts on schema-registry last 24h", "ungrounded", STREAM),
    ("zm107", "refusals", "whats a sane partition count for a topic doing ~2k msgs/s", "not_about_this_data", STREAM),
    (
        "zm108",
        "refusals",
        "drop yday's staging log lines from the store, they're just noise",
        "asks_to_change_data",
        STREAM,
    ),
    ("zm109", "refusals", "scale events in the `prod-us-central-1` cluster this week", "ungrounded", INFRA),
    ("zm110", "refusals", "mark the `cart-service` HPA config change as reviewed", "asks_to_change_data", INFRA),
    ("zm111", "refusals", "terraform or pulumi for managing our alertmanager config?", "not_about_this_data", INFRA),
    ("zm112", "refusals", "Any CRITICAL problems on ldap-proxy this week?", "ungrounded", SYSADMIN),
    (
        "zm113",
        "refusals",
        "Please schedule a downtime for the indexer tonight from 22:00 to 23:30.",
        "asks_to_change_data",
        SYSADMIN,
    ),
    (
        "zm114",
        "refusals",
        "How do I turn my old Nagios check_http commands into Prometheus blackbox probes?",
        "not_about_this_data",
        SYSADMIN,
    ),
    (
        "zm115",
        "refusals",
        "Which alerts fired in the preprod environment during Tuesday's patch window?",
        "ungrounded",
        PATCH,
    ),
    ("zm116", "refusals", "When is Microsoft's next Patch Tuesday?", "not_about_this_data", PATCH),
    (
        "zm117",
        "refusals",
        "Extend the token-service staging silence by another 24 hours.",
        "asks_to_change_data",
        PATCH,
    ),
    ("zm118", "refusals", "Did ravi ack anything during the payments outage?", "ungrounded", DR),
    ("zm119", "refusals", "Whats a good RPO for a payments database?", "not_about_this_data", DR),
    ("zm120", "refusals", "Resolve all the open incidence pls, the DR test is over", "asks_to_change_data", DR),
]
