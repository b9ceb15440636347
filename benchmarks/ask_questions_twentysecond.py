"""The twenty-second ask question set: ids zc001..zc120, 15 per category.

Written by an outside author who had seen neither the parser, nor its tests, nor the rows of any earlier
set nor the paraphrases; what the author read was docs/store.md, the "Shapes and joins" section of
docs/ask.md (taken as the rules for the shape of every gold answer), the module docstrings of
``ask_questions`` and ``ask_questions_twentyfirst``, and the demo store itself, opened read-only (records
from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage). Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB
SELECT over the documented tables and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom wrote an earlier set; each asks roughly a fifth of them,
across most categories:

- a new hire in the first week on call, who does not know the exact names yet and reaches for near
  ones that still point at one thing only (a service called by what it does, an alert by the
  technology in its name, a flag by its purpose), types quickly and sometimes misspells;
- a postmortem facilitator rebuilding the March 11 incident minute by minute: what fired first, what
  changed just before it, how long one thing took until the next, how long a service was down, what
  each incident's warnings, log patterns, suspects and resolutions were;
- a compliance auditor who wants the record over whole months: who changed what, who silenced and
  who acknowledged, how long the silences ran, which ones were ended by hand and by whom, whose
  changes were blamed for incidents;
- a mobile-app developer whose app calls payments-api and the checkout services, asking in terms of
  what the app saw (status codes, errors that mention payments-api, releases, versions, flags);
- an SRE cutting alert noise: the noisiest names and fingerprints, alerts that clear by themselves,
  what gets silenced or held back most, incidents that never had a suspect or an early warning,
  deploys that are or are not followed by pages, suggested rules.

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope (a
deploy or rollback and the alerts, log lines or warnings after it; silences and the incidents they
were created during; acks inside an incident; suspects, warnings, log patterns and resolutions of
incidents; the mutes a silence caused; the people of two kinds of act), at least four in every
category and all of the joins. Phrasing runs from terse lower-case fragments to full sentences.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC. Each persona asks at one ``now``: the new hire at 2025-03-12 06:00, the mobile
  developer at 07:30, the SRE at 08:00, the auditor at 09:00 and the facilitator at 10:00 (all on
  Wednesday 2025-03-12, after every record), so "yesterday" is ``[2025-03-11, 2025-03-12)``,
  "today" from 2025-03-12 00:00 to now, "this week" from Monday 2025-03-10 to now, "this month" from
  2025-03-01 to now, "in February" ``[2025-02-01, 2025-03-01)``; a window with no end stops at now.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``, silences
  the ``silences`` view's, log lines ``log_events``' rows, acks, snoozes and unsilences the audit log's.
  Changes are their ``phase = 'live'`` reports (each report a row: a change two tools reported live is
  two rows), "deploys" ``type = 'deployment'``, rollbacks ``type = 'rollback'``, "what changed" every
  live report, scale events included. A version is ``coalesce(details['ref'], version)``; "the version
  live now" is that of the last live deployment or rollback.
- Names the new hire gets near: "the payments service" is payments-api, "the profile service"
  user-profile, "the checkout website" checkout-web, "the auth api" auth-api, "the indexer thing"
  indexer, "that postgres alert" PostgresqlTooManyConnections, "the hikari one"
  HikariPoolPendingConnections, "the cert expiry alert" CertificateExpiringSoon, "that new checkout
  flag" the flag ``new-checkout-flow``. People are matched by their stored spelling (a full e-mail as
  written, a first name with ``ILIKE``); "lnovak" and "lucie.novak@acme.io" stay two actors.
- Named events: "the v2.14.0 deploy" is the live production deployment of payments-api v2.14.0 (14:31:22),
  "the rollback" on March 11 the live production rollback of payments-api (14:56:37; its request at
  14:53:53), "the first payments-api / checkout-web alert on March 11" the earliest production alert
  of that service that day. Lines or changes "in the N minutes before / after" an event are those in
  ``[t - N, t]`` / ``[t, t + N]``; changes before an alert are those of its environment (the questions
  say "in prod"); "still going when X" is firing at X's instant.
- Relations between kinds keep the first kind named and meet the other on service and canonical
  environment: *after* ``[t, t + N]``, *within N after a deploy* the deploy in ``[starts_at - N,
  starts_at]``; an incident is open from ``opened_at`` to ``resolved_at`` (now while unresolved); a
  silence is created during an incident when its ``created_at`` falls in that span, on the incident's
  service, and on its environment when the silence pins one; an alert started while a silence was active
  when its start lies in ``[starts_at, min(ends_at, expired_at))`` of a silence on its service. Warnings
  meet deploys on their ``service`` and ``environment`` labels. "For each X: a, b and how many Y" is one
  row per X with those columns and a count, zeros included. "Who" answers distinct people; "people who
  silenced but never acked" is an ``EXCEPT``; "both an alert and a deploy" an ``INTERSECT``.
- Aggregates: durations in minutes to one decimal (hours when asked), percentages
  ``round(100.0 * part / whole, 1)``, averages to one decimal; "down" runs from the first alert's start
  to the last one's end; "alerts per day on average" is the mean over days that hold an alert;
  "resolved themselves within N minutes" is a threshold on ``ends_at - starts_at``; "scheduled ahead"
  is ``starts_at > created_at``; a silence's length is ``starts_at`` to ``ends_at`` (for the one ended
  by hand, the view's ``ends_at`` is already its expiry), "in place before X took it off" runs to
  ``expired_at``; "held back" counts ``alert_mutes`` rows.
- Top-N answers ``value, count`` (ties by the value) or whole rows ranked; "most recent N" returns up to
  N rows; buckets "per minute / per hour / per day / per month" hold only buckets with rows, "by hour
  of day" is the UTC clock hour over all data; "top N log patterns before an incident" are its
  ``incident_log_patterns`` rows with ``rank <= N``; "top error templates" sum ``log_pattern_counts.errors``
  per template.
- Refusals: an alert on "card-gateway" (named only inside a resolution's text, not a service), the
  "android-app" service, the person priya.shah@acme.io, the "us-east-1" cluster and the alert
  BlackboxProbeFailed are ungrounded; the on-call rota, the weather, SOC 2 training, app-store reviews and
  the code behind a bug are not about this data; resolving an alert, writing a root cause, deleting audit
  entries, toggling a flag and expiring a silence ask to change the data, however politely or in passing.
"""

_N6 = "2025-03-12T06:00:00Z"    # the new hire, on call at night
_P10 = "2025-03-12T10:00:00Z"   # the postmortem facilitator, next morning
_A9 = "2025-03-12T09:00:00Z"    # the auditor
_M730 = "2025-03-12T07:30:00Z"  # the mobile developer
_S8 = "2025-03-12T08:00:00Z"    # the noise-reducing SRE


def _ts(iso: str) -> str:
    return f"TIMESTAMPTZ '{iso}'"


_D11 = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_D12 = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_WEEK = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
_MAR = "TIMESTAMPTZ '2025-03-01 00:00:00+00'"
_FEB = "TIMESTAMPTZ '2025-02-01 00:00:00+00'"
_JAN = "TIMESTAMPTZ '2025-01-01 00:00:00+00'"
_LIVE_DEPLOY = "type = 'deployment' AND phase = 'live'"
_V214 = ("(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production' "
         "AND type = 'deployment' AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')")
_RB = ("(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production' "
       f"AND type = 'rollback' AND phase = 'live' AND timestamp >= {_D11} AND timestamp < {_D12})")
_RB_REQ = ("(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production' "
           f"AND type = 'rollback' AND phase = 'requested' AND timestamp >= {_D11} AND timestamp < {_D12})")
_PAY1 = ("(SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
         f"AND starts_at >= {_D11} AND starts_at < {_D12})")
_CW1 = ("(SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' AND environment_canonical = 'production' "
        f"AND starts_at >= {_D11} AND starts_at < {_D12})")
_HIKARI = "(SELECT min(starts_at) FROM alerts WHERE name = 'HikariPoolPendingConnections')"


def _firing_at(t: str) -> str:
    return f"starts_at <= {t} AND (ends_at IS NULL OR ends_at > {t})"


def _mins(a: str, b: str) -> str:
    """Minutes from a to b, one decimal."""
    return f"round((epoch({b}) - epoch({a})) / 60, 1)"


ROWS: list[tuple[str, str, str, str, str]] = [
    # ---------------------------------------------------------------- filters
    ("zc001", "filters", "show me the alerts from the payments service in prod yesterday",
     "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
     f"AND starts_at >= {_D11} AND starts_at < {_D12}", _N6),
    ("zc002", "filters", "that postgres alert - what service was it on and when did it start?",
     "SELECT service, starts_at FROM alerts WHERE name = 'PostgresqlTooManyConnections'", _N6),
    ("zc003", "filters", "did the profile service alert at all in staging on march 11? show me",
     "SELECT * FROM alerts WHERE service = 'user-profile' AND environment_canonical = 'staging' "
     f"AND starts_at >= {_D11} AND starts_at < {_D12}", _N6),
    ("zc004", "filters", "Critical alerts that started on 11 March between 14:30 and 15:00 UTC.",
     "SELECT * FROM alerts WHERE severity = 'critical' "
     "AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' AND TIMESTAMPTZ '2025-03-11 15:00:00+00'", _P10),
    ("zc005", "filters",
     "For the timeline: payments-api's production log lines from the 2 minutes before its first alert on March 11.",
     "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
     f"AND timestamp >= {_PAY1} - INTERVAL 2 MINUTE AND timestamp <= {_PAY1}", _P10),
    ("zc006", "filters", "List every acknowledgement recorded in the audit log during February 2025.",
     f"SELECT * FROM audit_log WHERE action = 'ack' AND timestamp >= {_FEB} AND timestamp < {_MAR}", _A9),
    ("zc007", "filters",
     "Which audit log entries record a silence being ended by hand (an unsilence), over the whole history?",
     "SELECT * FROM audit_log WHERE action = 'unsilence'", _A9),
    ("zc008", "filters", "payments-api prod log lines from yesterday where /v1/payments answered 503 to our app",
     "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
     "AND attributes['http.route'] = '/v1/payments' AND attributes['http.response.status_code'] = '503' "
     f"AND timestamp >= {_D11} AND timestamp < {_D12}", _M730),
    ("zc009", "filters", "checkout-web errors in production that mention payments-api",
     "SELECT * FROM log_events WHERE service = 'checkout-web' AND environment = 'production' AND is_error "
     "AND body ILIKE '%payments-api%'", _M730),
    ("zc010", "filters",
     "any checkout-web error logs in prod in the 10 min after the payments-api rollback went live yesterday?",
     "SELECT * FROM log_events WHERE service = 'checkout-web' AND environment = 'production' AND is_error "
     f"AND timestamp >= {_RB} AND timestamp <= {_RB} + INTERVAL 10 MINUTE", _M730),
    ("zc011", "filters", "every HighLatencyP99 alert in staging this week",
     "SELECT * FROM alerts WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' "
     f"AND starts_at >= {_WEEK} AND starts_at <= {_ts(_S8)}", _S8),
    ("zc012", "filters", "alerts that resolved themselves within 10 minutes",
     "SELECT * FROM alerts WHERE status = 'resolved' AND ends_at - starts_at <= INTERVAL 10 MINUTE", _S8),
    ("zc013", "filters", "which warning-severity alerts are stil firing? looking for stale ones",
     f"SELECT * FROM alerts WHERE severity = 'warning' AND {_firing_at(_ts(_S8))}", _S8),
    ("zc014", "filters",
     "which checkout website alerts were still going when the payments-api rollback went live yesterday?",
     f"SELECT * FROM alerts WHERE service = 'checkout-web' AND {_firing_at(_RB)}", _N6),
    ("zc015", "filters",
     "Show the acks that came in while the PaymentsAPIErrorBudgetBurn incident of March 11 was open.",
     "SELECT * FROM audit_log WHERE action = 'ack' AND EXISTS (SELECT 1 FROM alert_groups g "
     "WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
     f"AND g.opened_at >= {_D11} AND g.opened_at < {_D12} "
     f"AND audit_log.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, {_ts(_A9)}))", _A9),
    # ------------------------------------------------------------------- time
    ("zc016", "time", "minute by minute, how many alerts started on March 11 between 14:30 and 15:00 UTC?",
     "SELECT date_trunc('minute', starts_at) AS minute, count(*) AS alerts FROM alerts "
     "WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00' AND TIMESTAMPTZ '2025-03-11 15:00:00+00' "
     "GROUP BY minute", _P10),
    ("zc017", "time", "What was the very first payments-api alert on March 11?",
     "SELECT * FROM alerts WHERE service = 'payments-api' "
     f"AND starts_at >= {_D11} AND starts_at < {_D12} ORDER BY starts_at LIMIT 1", _P10),
    ("zc018", "time",
     "In minutes: from payments-api v2.14.0 going live in production to the first payments-api alert after that.",
     f"SELECT {_mins(_V214, 'min(starts_at)')} AS minutes FROM alerts WHERE service = 'payments-api' "
     f"AND environment_canonical = 'production' AND starts_at >= {_V214}", _P10),
    ("zc019", "time",
     "how long from the first checkout-web alert on march 11 until the payments-api rollback went live? minutes pls",
     f"SELECT {_mins(_CW1, _RB)} AS minutes", _P10),
    ("zc020", "time", "At what time did the last of the March 11 payments-api alerts clear?",
     "SELECT max(ends_at) AS last_cleared FROM alerts WHERE service = 'payments-api' "
     f"AND starts_at >= {_D11} AND starts_at < {_D12}", _P10),
    ("zc021", "time", "Number of silences created per month, across the whole record.",
     "SELECT date_trunc('month', created_at) AS month, count(*) AS silences FROM silences GROUP BY month", _A9),
    ("zc022", "time", "How many acknowledgements were recorded in each month?",
     "SELECT date_trunc('month', timestamp) AS month, count(*) AS acks FROM audit_log WHERE action = 'ack' "
     "GROUP BY month", _A9),
    ("zc023", "time", "payments-api prod error lines per hour yesterday",
     "SELECT time_bucket(INTERVAL 1 HOUR, timestamp) AS hour, count(*) AS errors FROM log_events "
     "WHERE service = 'payments-api' AND environment = 'production' AND is_error "
     f"AND timestamp >= {_D11} AND timestamp < {_D12} GROUP BY hour", _M730),
    ("zc024", "time", "when did checkout-web last go out to prod?",
     f"SELECT * FROM change_events WHERE service = 'checkout-web' AND environment = 'production' AND {_LIVE_DEPLOY} "
     "ORDER BY timestamp DESC LIMIT 1", _M730),
    ("zc025", "time", "what changed on payments-api in prod in the hour before the first checkout-web alert yesterday?",
     "SELECT * FROM change_events WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live' "
     f"AND timestamp >= {_CW1} - INTERVAL 60 MINUTE AND timestamp <= {_CW1}", _M730),
    ("zc026", "time", "alerts by hour of day (UTC), all data",
     "SELECT hour(starts_at AT TIME ZONE 'UTC') AS hour, count(*) AS alerts FROM alerts GROUP BY hour", _S8),
    ("zc027", "time", "alerts per day this week",
     "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts "
     f"WHERE starts_at >= {_WEEK} AND starts_at <= {_ts(_S8)} GROUP BY day", _S8),
    ("zc028", "time", "on average how many alerts per day did we get in february?",
     "SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (SELECT date_trunc('day', starts_at) AS day, count(*) AS n "
     f"FROM alerts WHERE starts_at >= {_FEB} AND starts_at < {_MAR} GROUP BY day)", _S8),
    ("zc029", "time", "did anything go off today so far?",
     f"SELECT * FROM alerts WHERE starts_at >= {_D12} AND starts_at <= {_ts(_N6)}", _N6),
    ("zc030", "time",
     "how many other alerts have started since the hikari one kicked off on the 11th? any service",
     f"SELECT count(*) AS alerts FROM alerts WHERE starts_at > {_HIKARI} AND starts_at <= {_ts(_N6)}", _N6),
    # ------------------------------------------------------------- aggregates
    ("zc031", "aggregates", "how many alerts never ended up in any alert group?",
     "SELECT count(*) AS alerts FROM alerts a WHERE NOT EXISTS (SELECT 1 FROM alert_groups g "
     "WHERE list_contains(g.fingerprints, a.fingerprint))", _S8),
    ("zc032", "aggregates", "avg minutes to resolve for HighLatencyP99 in staging?",
     "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts "
     "WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'", _S8),
    ("zc033", "aggregates", "what % of this month's alerts were warnings?",
     "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'warning') / count(*), 1) AS pct_warning FROM alerts "
     f"WHERE starts_at >= {_MAR} AND starts_at <= {_ts(_S8)}", _S8),
    ("zc034", "aggregates", "how many incidents never had a suspect change pinned on them?",
     "SELECT count(*) AS incidents FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_suspects)", _S8),
    ("zc035", "aggregates", "How many minutes was payments-api down on March 11?",
     f"SELECT {_mins('min(starts_at)', f'max(coalesce(ends_at, {_ts(_P10)}))')} AS minutes FROM alerts "
     f"WHERE service = 'payments-api' AND starts_at >= {_D11} AND starts_at < {_D12}", _P10),
    ("zc036", "aggregates",
     "The PaymentsAPIErrorBudgetBurn incident on March 11: how many minutes after it opened was its resolution "
     "written down?",
     f"SELECT {_mins('g.opened_at', 'r.resolved_at')} AS minutes FROM alert_groups g "
     "JOIN resolutions r ON r.group_id = g.id WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
     f"AND g.opened_at >= {_D11} AND g.opened_at < {_D12}", _P10),
    ("zc037", "aggregates",
     "How many payments-api error lines were logged in prod between v2.14.0 going live and the rollback going live?",
     "SELECT count(*) AS error_lines FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
     f"AND is_error AND timestamp >= {_V214} AND timestamp <= {_RB}", _P10),
    ("zc038", "aggregates", "Total hours silenced per silence author.",
     "SELECT created_by, round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1) "
     "AS hours FROM silences GROUP BY created_by", _A9),
    ("zc039", "aggregates", "Number of acks per person in February.",
     "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' "
     f"AND timestamp >= {_FEB} AND timestamp < {_MAR} GROUP BY actor", _A9),
    ("zc040", "aggregates", "What is the average snooze length, in minutes?",
     "SELECT round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log WHERE action = 'snooze'", _A9),
    ("zc041", "aggregates", "How many alerts did Alertmanager actually hold back because of kenji's silences?",
     "SELECT count(*) AS muted FROM alert_mutes m WHERE EXISTS (SELECT 1 FROM silences s "
     "WHERE s.created_by ILIKE '%kenji%' AND list_contains(m.silenced_by, s.silence_id))", _A9),
    ("zc042", "aggregates", "what % of payments-api prod log lines yesterday were errors?",
     "SELECT round(100.0 * count(*) FILTER (WHERE is_error) / count(*), 1) AS pct_errors FROM log_events "
     "WHERE service = 'payments-api' AND environment = 'production' "
     f"AND timestamp >= {_D11} AND timestamp < {_D12}", _M730),
    ("zc043", "aggregates", "on average how many alerts were in each payments-api incident?",
     "SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups WHERE service = 'payments-api'", _M730),
    ("zc044", "aggregates", "how many alerts are goin off right now",
     f"SELECT count(*) AS alerts FROM alerts WHERE {_firing_at(_ts(_N6))}", _N6),
    ("zc045", "aggregates", "how long has the cert expiry alert been firing, in hours?",
     f"SELECT round((epoch({_ts(_N6)}) - epoch(starts_at)) / 3600, 1) AS hours FROM alerts "
     f"WHERE name = 'CertificateExpiringSoon' AND {_firing_at(_ts(_N6))}", _N6),
    # ------------------------------------------------------------------ top_n
    ("zc046", "top_n", "top 4 noisiest alert names of all time",
     "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 4", _S8),
    ("zc047", "top_n", "which 3 fingerprints repeat the most?",
     "SELECT fingerprint, count(*) AS alerts FROM alerts GROUP BY fingerprint "
     "ORDER BY alerts DESC, fingerprint LIMIT 3", _S8),
    ("zc048", "top_n", "top 3 services by number of incidents this month",
     f"SELECT service, count(*) AS incidents FROM alert_groups WHERE opened_at >= {_MAR} AND opened_at <= {_ts(_S8)} "
     "GROUP BY service ORDER BY incidents DESC, service LIMIT 3", _S8),
    ("zc049", "top_n", "which alert name has the most incidents with no suspect change?",
     "SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups "
     "WHERE id NOT IN (SELECT group_id FROM incident_suspects) GROUP BY alertname "
     "ORDER BY incidents DESC, alertname LIMIT 1", _S8),
    ("zc050", "top_n", "The 3 longest resolved alerts that started on March 11.",
     f"SELECT * FROM alerts WHERE status = 'resolved' AND starts_at >= {_D11} AND starts_at < {_D12} "
     "ORDER BY ends_at - starts_at DESC LIMIT 3", _P10),
    ("zc051", "top_n",
     "Top 3 services by production error log lines in the 30 minutes after payments-api v2.14.0 went live.",
     "SELECT service, count(*) AS error_lines FROM log_events WHERE environment = 'production' AND is_error "
     f"AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 30 MINUTE "
     "GROUP BY service ORDER BY error_lines DESC, service LIMIT 3", _P10),
    ("zc052", "top_n", "top 3 log patterns before the HikariPoolPendingConnections incident",
     "SELECT * FROM incident_log_patterns WHERE rank <= 3 AND group_id IN (SELECT id FROM alert_groups "
     "WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')", _P10),
    ("zc053", "top_n", "Who created the most silences in February?",
     f"SELECT created_by, count(*) AS silences FROM silences WHERE created_at >= {_FEB} AND created_at < {_MAR} "
     "GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1", _A9),
    ("zc054", "top_n", "Who has made the most configuration updates?",
     "SELECT actor, count(*) AS config_updates FROM change_events WHERE type = 'config_update' AND phase = 'live' "
     "GROUP BY actor ORDER BY config_updates DESC, actor LIMIT 1", _A9),
    ("zc055", "top_n", "Which person has acked the most alerts?",
     "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor "
     "ORDER BY acks DESC, actor LIMIT 1", _A9),
    ("zc056", "top_n", "top 3 payments-api error templates yesterday by error count",
     "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api' "
     f"AND minute >= {_D11} AND minute < {_D12} GROUP BY template ORDER BY errors DESC, template LIMIT 3", _M730),
    ("zc057", "top_n", "top 3 http status codes checkout-web sent back in prod",
     "SELECT attributes['http.response.status_code'] AS status_code, count(*) AS lines FROM log_events "
     "WHERE service = 'checkout-web' AND environment = 'production' "
     "AND attributes['http.response.status_code'] IS NOT NULL "
     "GROUP BY status_code ORDER BY lines DESC, status_code LIMIT 3", _M730),
    ("zc058", "top_n", "last 2 payments-api deploys to prod",
     f"SELECT * FROM change_events WHERE service = 'payments-api' AND environment = 'production' AND {_LIVE_DEPLOY} "
     "ORDER BY timestamp DESC LIMIT 2", _M730),
    ("zc059", "top_n", "5 most recent alerts on the checkout website",
     f"SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at <= {_ts(_N6)} ORDER BY starts_at DESC LIMIT 5",
     _N6),
    ("zc060", "top_n", "which service got the most alerts in the 30 min after one of its own deploys?",
     "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
     f"WHERE c.{_LIVE_DEPLOY} AND c.service = a.service AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 30 MINUTE) "
     "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1", _N6),
    # ---------------------------------------------------------------- changes
    ("zc061", "changes", "what got deployed to payments-api in prod yesterday?",
     f"SELECT * FROM change_events WHERE service = 'payments-api' AND environment = 'production' AND {_LIVE_DEPLOY} "
     f"AND timestamp >= {_D11} AND timestamp < {_D12}", _M730),
    ("zc062", "changes", "any flag flips on payments-api or checkout-web?",
     "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "AND service IN ('payments-api', 'checkout-web')", _M730),
    ("zc063", "changes", "which payments-api version is live in prod right now?",
     "SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service = 'payments-api' "
     "AND environment = 'production' AND type IN ('deployment', 'rollback') AND phase = 'live' "
     f"AND timestamp <= {_ts(_M730)} ORDER BY timestamp DESC LIMIT 1", _M730),
    ("zc064", "changes", "payments-api rollbacks that went live less than an hour after a deploy of it",
     "SELECT * FROM change_events r WHERE r.service = 'payments-api' AND r.type = 'rollback' AND r.phase = 'live' "
     f"AND EXISTS (SELECT 1 FROM change_events d WHERE d.{_LIVE_DEPLOY} AND d.service = r.service "
     "AND d.environment = r.environment AND d.timestamp <= r.timestamp "
     "AND d.timestamp >= r.timestamp - INTERVAL 60 MINUTE)", _M730),
    ("zc065", "changes", "Every configuration change made in production since February 1st.",
     "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production' "
     f"AND timestamp >= {_FEB} AND timestamp <= {_ts(_A9)}", _A9),
    ("zc066", "changes", "Who has ever changed configuration on token-service?",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live' "
     "AND service = 'token-service'", _A9),
    ("zc067", "changes", "All changes made by lucie.novak@acme.io in January and February.",
     "SELECT * FROM change_events WHERE phase = 'live' AND actor = 'lucie.novak@acme.io' "
     f"AND timestamp >= {_JAN} AND timestamp < {_MAR}", _A9),
    ("zc068", "changes", "Who made the changes that were blamed for incidents opened in February?",
     f"SELECT DISTINCT change_actor FROM incident_suspects WHERE opened_at >= {_FEB} AND opened_at < {_MAR}", _A9),
    ("zc069", "changes", "Everything that changed between 14:00 and 15:00 UTC on March 11.",
     "SELECT * FROM change_events WHERE phase = 'live' "
     "AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:00:00+00' AND TIMESTAMPTZ '2025-03-11 15:00:00+00'", _P10),
    ("zc070", "changes",
     "How many minutes did the March 11 payments-api rollback take from being requested to going live?",
     f"SELECT {_mins(_RB_REQ, _RB)} AS minutes", _P10),
    ("zc071", "changes",
     "What changed in production in the 15 minutes before the first payments-api alert on March 11?",
     "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
     f"AND timestamp >= {_PAY1} - INTERVAL 15 MINUTE AND timestamp <= {_PAY1}", _P10),
    ("zc072", "changes", "which deploys got followed by an alert on the same service within 15 min?",
     f"SELECT * FROM change_events c WHERE c.{_LIVE_DEPLOY} AND EXISTS (SELECT 1 FROM alerts a "
     "WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", _S8),
    ("zc073", "changes", "this week's deploys that had zero alerts in the hour after them",
     f"SELECT * FROM change_events c WHERE c.{_LIVE_DEPLOY} AND c.timestamp >= {_WEEK} "
     f"AND c.timestamp <= {_ts(_S8)} AND NOT EXISTS (SELECT 1 FROM alerts a "
     "WHERE a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)", _S8),
    ("zc074", "changes", "who turned on that new checkout flag in prod?",
     "SELECT DISTINCT actor FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
     "AND environment = 'production' AND details['flag_key'] = 'new-checkout-flow'", _N6),
    ("zc075", "changes", "whats the latest version of the auth api that went out to staging",
     "SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service = 'auth-api' "
     "AND environment = 'staging' AND type IN ('deployment', 'rollback') AND phase = 'live' "
     f"AND timestamp <= {_ts(_N6)} ORDER BY timestamp DESC LIMIT 1", _N6),
    # --------------------------------------------------------------- silences
    ("zc076", "silences", "List the silences created in February.",
     f"SELECT * FROM silences WHERE created_at >= {_FEB} AND created_at < {_MAR}", _A9),
    ("zc077", "silences", "Which silences were ended early by hand? Silence id, who ended it and when.",
     "SELECT silence_id, expired_by, expired_at FROM silences WHERE expired_at IS NOT NULL", _A9),
    ("zc078", "silences", "How many minutes was the cart-service silence in place before maria took it off?",
     f"SELECT {_mins('starts_at', 'expired_at')} AS minutes FROM silences WHERE service = 'cart-service' "
     "AND expired_by ILIKE '%maria%'", _A9),
    ("zc079", "silences", "Who created silences pinned to production in March?",
     "SELECT DISTINCT created_by FROM silences WHERE environment_canonical = 'production' "
     f"AND created_at >= {_MAR} AND created_at <= {_ts(_A9)}", _A9),
    ("zc080", "silences", "whats the longest anyone has ever muted something for? in hours",
     "SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences", _N6),
    ("zc081", "silences", "Silences that were put on while an incident on the same service was open.",
     "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service "
     "AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical) "
     f"AND s.created_at >= g.opened_at AND s.created_at <= coalesce(g.resolved_at, {_ts(_A9)}))", _A9),
    ("zc082", "silences", "which service gets silenced most often?",
     "SELECT service, count(*) AS silences FROM silences WHERE service IS NOT NULL GROUP BY service "
     "ORDER BY silences DESC, service LIMIT 1", _S8),
    ("zc083", "silences", "how many silences were scheduled ahead of time (start later than they were created)?",
     "SELECT count(*) AS silences FROM silences WHERE starts_at > created_at", _S8),
    ("zc084", "silences", "alerts that started while a silence on their service was active",
     "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service "
     "AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) "
     "AND a.starts_at >= s.starts_at AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))", _S8),
    ("zc085", "silences", "suggested inhibit rules?",
     "SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'", _S8),
    ("zc086", "silences", "which alerts did alertmanager hold back because of the weekly reindex silences",
     "SELECT * FROM alert_mutes m WHERE EXISTS (SELECT 1 FROM silences s "
     "WHERE s.comment ILIKE '%weekly full reindex%' AND list_contains(m.silenced_by, s.silence_id))", _S8),
    ("zc087", "silences", "is anything muted at the moment?",
     f"SELECT * FROM silences WHERE starts_at <= {_ts(_N6)} AND ends_at > {_ts(_N6)} "
     f"AND (expired_at IS NULL OR expired_at > {_ts(_N6)})", _N6),
    ("zc088", "silences", "who's been silencng the indexer thing?",
     "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'", _N6),
    ("zc089", "silences", "Silences created while the March 11 payments-api incidents were open, on any service.",
     "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = 'payments-api' "
     f"AND g.opened_at >= {_D11} AND g.opened_at < {_D12} "
     f"AND s.created_at >= g.opened_at AND s.created_at <= coalesce(g.resolved_at, {_ts(_P10)}))", _P10),
    ("zc090", "silences",
     "any silences on payments-api, checkout-web or cart-service? the stuff behind our app's checkout",
     "SELECT * FROM silences WHERE service IN ('payments-api', 'checkout-web', 'cart-service')", _M730),
    # ------------------------------------------------------------------ joins
    ("zc091", "joins",
     "For each production deploy on March 11: the service, the version, and how many alerts hit that service in the "
     "15 minutes after it went live.",
     "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, (SELECT count(*) FROM alerts a "
     "WHERE a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at >= c.timestamp "
     "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE) AS alerts FROM change_events c "
     f"WHERE c.{_LIVE_DEPLOY} AND c.environment = 'production' AND c.timestamp >= {_D11} AND c.timestamp < {_D12}",
     _P10),
    ("zc092", "joins", "Which payments-api alerts cleared within 10 minutes after the rollback went live on March 11?",
     f"SELECT * FROM alerts WHERE service = 'payments-api' AND ends_at >= {_RB} "
     f"AND ends_at <= {_RB} + INTERVAL 10 MINUTE", _P10),
    ("zc093", "joins", "early warnings before the HikariPoolPendingConnections incident",
     "SELECT * FROM incident_warnings WHERE group_labels['alertname'] = 'HikariPoolPendingConnections'", _P10),
    ("zc094", "joins", "How were the incidents that opened on March 11 fixed? Alert name and fix.",
     "SELECT g.group_labels['alertname'] AS alertname, r.fix FROM alert_groups g "
     "JOIN resolutions r ON r.group_id = g.id "
     f"WHERE g.opened_at >= {_D11} AND g.opened_at < {_D12}", _P10),
    ("zc095", "joins", "Who put silences on while an incident on that same service was still open?",
     "SELECT DISTINCT s.created_by FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
     "WHERE g.service = s.service AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical) "
     f"AND s.created_at >= g.opened_at AND s.created_at <= coalesce(g.resolved_at, {_ts(_A9)}))", _A9),
    ("zc096", "joins",
     "Incidents opened in February with their suspect change: the alert name, the change type and who made the change.",
     "SELECT group_labels['alertname'] AS alertname, change_type, change_actor FROM incident_suspects "
     f"WHERE opened_at >= {_FEB} AND opened_at < {_MAR}", _A9),
    ("zc097", "joins", "People who have silenced something but never acked anything.",
     "SELECT created_by FROM silences EXCEPT SELECT actor FROM audit_log WHERE action = 'ack'", _A9),
    ("zc098", "joins", "checkout-web alerts within 15 min after a payments-api deploy",
     "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM change_events c "
     f"WHERE c.{_LIVE_DEPLOY} AND c.service = 'payments-api' AND c.environment = a.environment_canonical "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", _M730),
    ("zc099", "joins",
     "yesterday's payments-api incidents + their suspect: alert name, the suspect's version and how many minutes "
     "before the incident it landed",
     "SELECT group_labels['alertname'] AS alertname, coalesce(change_details['ref'], change_version) AS version, "
     "round(lag_s / 60, 1) AS minutes_before FROM incident_suspects WHERE service = 'payments-api' "
     f"AND opened_at >= {_D11} AND opened_at < {_D12}", _M730),
    ("zc100", "joins",
     "how many checkout-web error lines got logged while the payments-api HighErrorRate incident was open?",
     "SELECT count(*) AS error_lines FROM log_events l JOIN alert_groups g "
     "ON g.service = 'payments-api' AND g.group_labels['alertname'] = 'HighErrorRate' "
     "WHERE l.service = 'checkout-web' AND l.environment = g.environment AND l.is_error "
     f"AND l.timestamp >= g.opened_at AND l.timestamp <= coalesce(g.resolved_at, {_ts(_M730)})", _M730),
    ("zc101", "joins", "incidents that had no early warnings before them",
     "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings)", _S8),
    ("zc102", "joins", "which alert names fired within 15 minutes after a flag change on the same service?",
     "SELECT DISTINCT a.name FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
     "WHERE c.type = 'flag_change' AND c.phase = 'live' AND c.service = a.service "
     "AND c.environment = a.environment_canonical AND a.starts_at >= c.timestamp "
     "AND a.starts_at <= c.timestamp + INTERVAL 15 MINUTE)", _S8),
    ("zc103", "joins", "which deploys got followed by a critical page within an hour?",
     f"SELECT * FROM change_events c WHERE c.{_LIVE_DEPLOY} AND EXISTS (SELECT 1 FROM alerts a "
     "WHERE a.severity = 'critical' AND a.service = c.service AND a.environment_canonical = c.environment "
     "AND a.starts_at >= c.timestamp AND a.starts_at <= c.timestamp + INTERVAL 60 MINUTE)", _N6),
    ("zc104", "joins", "which services had both an alert and a deploy yesterday?",
     f"SELECT service FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12} "
     f"INTERSECT SELECT service FROM change_events WHERE {_LIVE_DEPLOY} AND timestamp >= {_D11} AND timestamp < {_D12}",
     _N6),
    ("zc105", "joins", "the early warning things that showed up within an hour after a prod deploy of the same service",
     "SELECT * FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events c "
     f"WHERE c.{_LIVE_DEPLOY} AND c.environment = 'production' AND c.service = w.labels['service'] "
     "AND c.environment = w.labels['environment'] AND w.starts_at >= c.timestamp "
     "AND w.starts_at <= c.timestamp + INTERVAL 60 MINUTE)", _N6),
    # --------------------------------------------------------------- refusals
    ("zc106", "refusals", "any alerts on card-gateway last night?", "ungrounded", _N6),
    ("zc107", "refusals", "where can i find the on-call rota for next week", "not_about_this_data", _N6),
    ("zc108", "refusals", "can you mark the cert expiry alert as resolved? it's just noise",
     "asks_to_change_data", _N6),
    ("zc109", "refusals", "What was the weather in Dublin while checkout was failing on March 11?",
     "not_about_this_data", _P10),
    ("zc110", "refusals",
     "Set the root cause of the checkout-web incidents to 'payments-api v2.14.0', then list them for the timeline.",
     "asks_to_change_data", _P10),
    ("zc111", "refusals", "Which alerts fired in the us-east-1 cluster during the March 11 outage?",
     "ungrounded", _P10),
    ("zc112", "refusals", "What did priya.shah@acme.io silence in February?", "ungrounded", _A9),
    ("zc113", "refusals",
     "The January audit entries were test data: please delete them, then show me what is left.",
     "asks_to_change_data", _A9),
    ("zc114", "refusals", "Which of these engineers have finished their SOC 2 training this quarter?",
     "not_about_this_data", _A9),
    ("zc115", "refusals", "alerts on the android-app service this week?", "ungrounded", _M730),
    ("zc116", "refusals", "how many 1-star app store reviews mention failed payments since v2.14.0?",
     "not_about_this_data", _M730),
    ("zc117", "refusals",
     "could you switch the new checkout flow flag off in prod for me and then tell me if checkout-web errors drop?",
     "asks_to_change_data", _M730),
    ("zc118", "refusals", "how often has BlackboxProbeFailed flapped this month?", "ungrounded", _S8),
    ("zc119", "refusals", "PR 482 is merged, so please expire the token-service silence now, thanks!",
     "asks_to_change_data", _S8),
    ("zc120", "refusals", "which line of the payments-api code set the connection pool wrong?",
     "not_about_this_data", _S8),
]
