"""The twelfth ask question set: ids r001..r080, 80 joins.

Written by an outside author who had not seen the parser (nor its tests, nor the rows of the
earlier sets; of docs/ask.md only its "Shapes and joins" section, of the tenth set only its
docstring and its ``now`` constants), from docs/store.md and those rules, over the demo store
(records mostly on 2025-03-11 UTC, from 2025-01-02 to 2025-03-12). Each row is ``(id,
category, question, gold, now)``; every row is in category ``joins``: each question relates two
kinds of records (alerts and changes, incidents and their suspects or candidates, silences,
acks and snoozes and alerts or incidents, early warnings and alerts or incidents, log lines and
log patterns and incidents, resolutions and incidents, alerts of one service and alerts of
another, muted alerts and the silences that muted them). The gold is one DuckDB SELECT whose
result is compared as a multiset of rows.

The questions are in the words of four people: an SRE writing a postmortem ("postmortem prep",
"in the 20 minutes leading up to a rollback", "preceded by"), a reliability analyst counting
and breaking things down ("per service", "how many ... had a suspect", "for each ..."), an
incident commander who wants the state at a moment ("still open when", "while still firing",
"hot on the heels of") and a team lead auditing their team's deploy hygiene ("dpatel's deploys",
"which deploys went out while ...", "services that alerted but never deployed"). About half
are "which X had a Y within/before/after/during ..." lists in both directions, a quarter are
negations and anti-joins, a quarter counts, per-thing breakdowns and pairs. Windows run from
90 seconds to 2 hours and "later the same day"; scopes are the same service and environment,
another service of the same project, or a named pair of services.

Conventions: the tenth set's, kept unchanged so the sets agree (and through it the ninth's,
eighth's and seventh's): times UTC and its ``now`` values (this set adds none; a question with
no time phrase is asked at ``NOW_AFTER``), alerts from the ``alerts`` view, changes are their
``phase = 'live'`` reports, "deploys" ``type = 'deployment'`` only, "rollbacks", "releases",
"flag changes"/"flag flips", "config changes" their own ``type``, "changes of any kind" every
live report (``scale`` included), incidents are ``alert_groups``, silences the ``silences``
view, snoozes and acks ``audit_log`` rows matched by a matcher ``name=value``, warnings met on
``labels['service']`` and ``labels['environment']``, "which versions" as
``coalesce(details['ref'], version)``, people by their exact stored spelling, joins in time
keeping the first kind named (``EXISTS``) on service and canonical environment, *after* as
``[t, t + N]``, *before*/"leading up to" as ``[t - N, t]``, windows closed at both ends, "still
open/firing at T" as ``start <= T AND (end IS NULL OR end > T)``, "for each X: a, b and how many
Y" as one row per X with a correlated count (zero included), "changes blamed for incidents" as
the ``incident_suspects`` changes, "incidents with no early warning" as ``alert_groups`` rows in
no ``incident_warnings.group_id``, "services that never had X" as the services of the other
kind that no X row carries. It adds, precisely:

- The canonical environment of a ``change_events``, ``alert_groups``, ``log_events`` or warning
  row is spelled in the golds as a ``CASE`` over the ``environment_aliases`` pairs (``prod``,
  ``prd``, ``live`` -> ``production``; ``stg``, ``stage`` -> ``staging``; ``dev`` ->
  ``development``; else the lower case), because the gate does not open
  ``environment_aliases``; ``alerts`` and ``silences`` use their ``environment_canonical``.
- An incident's span is ``[opened_at, resolved_at]`` (open when ``resolved_at`` is NULL, as for
  the groups the demo left ``created`` although their alert resolved); "while it was open",
  "during", "coincided with" put the other kind's time inside that span.
- A silence's span is ``[starts_at, least(ends_at, expired_at))``; a silence is met at its
  ``created_at`` unless the question says it was in effect; "overlapped"/"firing at some point
  while it was in effect" means the two spans share a moment. A silence that pins no
  environment covers every environment; one that pins no service meets nothing on "that
  service".
- "Later the same day (UTC)" is ``[t, next UTC midnight)``.
- "Any service of the project" / "a different service of the same project" matches
  ``project`` and canonical environment instead of ``service`` (``<>`` for "different").
- Alerts of one service against alerts of another meet on the canonical environment;
  "within N after a payments-api alert" is ``[p.starts_at, p.starts_at + N]``.
- An ack or snooze meets an incident or alert through its equality matchers (``alertname`` and
  ``service``, or ``alertname`` and ``environment`` for the staging snoozes), with its
  ``timestamp`` inside the other's span; "acked an alert on a service" is an ack whose matchers
  pin that ``service``.
- A suspect's "version" is ``coalesce(change_details['ref'], change_version)``; "went live
  less than N minutes before" uses ``lag_s`` (``0 <= lag_s < 60 N``); the suspect's person is
  ``change_actor`` compared to ``resolved_by`` as stored (``lnovak`` is not
  ``lucie.novak@acme.io``).
- "The last deploy before" a rollback or an alert is the live deployment of the same service
  and canonical environment with the latest ``timestamp`` before it (``arg_max``).
- Log lines before an incident are ``log_events`` of the incident's service and canonical
  environment; "error" lines are ``is_error``. Log patterns before an incident are
  ``incident_log_patterns`` rows (its hour); "brand-new error pattern from their own service" is
  ``same_service AND is_new AND errors > 0``.
- A "whether ..." column is a boolean ``EXISTS``; "which ... and how many" columns follow the
  order the question names them.
"""

# the tenth set's "now" values, shared
from benchmarks.ask_questions_tenth import FRI_1200, MON_0900, NOW_AFTER, TUE_1500, TUE_1700, WED_0900

ROWS: list[tuple[str, str, str, str, str]] = [
    (
        "r001",
        "joins",
        (
            "Postmortem prep: which deploys were followed by an alert on the same service and environment within 10 "
            "minutes?"
        ),
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND EXISTS (SELECT 1 "
            "FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE WHEN lower(c.environment) IN "
            "('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END AND a.starts_at "
            "BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r002",
        "joins",
        "alerts that started in the 90 seconds after a deploy of the same service in the same env",
        (
            "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events d WHERE d.phase = 'live' AND d.type = "
            "'deployment' AND d.service = a.service AND CASE WHEN lower(d.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(d.environment) = "
            "'dev' THEN 'development' ELSE lower(d.environment) END = a.environment_canonical AND a.starts_at BETWEEN "
            "d.timestamp AND d.timestamp + INTERVAL 90 SECOND)"
        ),
        NOW_AFTER,
    ),
    (
        "r003",
        "joins",
        (
            "As IC I want to know: which incidents were still open at the moment their own service got rolled back "
            "(same environment)?"
        ),
        (
            "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' AND "
            "c.type = 'rollback' AND c.service = g.service AND CASE WHEN lower(c.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND g.opened_at <= c.timestamp AND (g.resolved_at IS NULL OR g.resolved_at > c.timestamp))"
        ),
        NOW_AFTER,
    ),
    (
        "r004",
        "joins",
        (
            "Did any alerts go off within half an hour after somebody flipped a feature flag on that same service? "
            "list them"
        ),
        (
            "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' AND c.type = "
            "'flag_change' AND c.service = a.service AND CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') "
            "THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) "
            "= 'dev' THEN 'development' ELSE lower(c.environment) END = a.environment_canonical AND a.starts_at "
            "BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r005",
        "joins",
        (
            "For each deploy yesterday, give me the service, when it went live and how many alerts that service fired "
            "in the 30 minutes after it (same environment). Keep the deploys that got none, with 0."
        ),
        (
            "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = c.service AND "
            "a.environment_canonical = CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' "
            "WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN "
            "'development' ELSE lower(c.environment) END AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 30 MINUTE) AS alerts FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND "
            "c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 "
            "00:00:00+00'"
        ),
        WED_0900,
    ),
    (
        "r006",
        "joins",
        "quick one for the reliability review: how many incidents had a suspect?",
        "SELECT count(DISTINCT group_id) FROM incident_suspects",
        NOW_AFTER,
    ),
    (
        "r007",
        "joins",
        (
            "List each incident with its suspect change's version and who made it: the incident's service, alert name, "
            "when it opened, the version and the person."
        ),
        (
            "SELECT service, group_labels['alertname'], opened_at, coalesce(change_details['ref'], change_version), "
            "change_actor FROM incident_suspects"
        ),
        NOW_AFTER,
    ),
    (
        "r008",
        "joins",
        "Team lead audit: which services alerted but never deployed?",
        (
            "SELECT DISTINCT service FROM alerts WHERE service NOT IN (SELECT service FROM change_events WHERE phase = "
            "'live' AND type = 'deployment')"
        ),
        NOW_AFTER,
    ),
    (
        "r009",
        "joins",
        "deploys that weren't folowed by any alert on that service+env in the next 30 min",
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND NOT EXISTS (SELECT 1 "
            "FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE WHEN lower(c.environment) IN "
            "('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END AND a.starts_at "
            "BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r010",
        "joins",
        (
            "which payments-api alerts in prod fired hot on the heels of a payments-api prod deploy, i.e. within 5 "
            "minutes of it going live?"
        ),
        (
            "SELECT a.* FROM alerts a WHERE a.service = 'payments-api' AND a.environment_canonical = 'production' AND "
            "a.starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00' AND EXISTS (SELECT 1 FROM change_events d WHERE "
            "d.phase = 'live' AND d.type = 'deployment' AND d.service = a.service AND CASE WHEN lower(d.environment) "
            "IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) END = "
            "a.environment_canonical AND d.timestamp <= TIMESTAMPTZ '2025-03-11 15:00:00+00' AND a.starts_at BETWEEN "
            "d.timestamp AND d.timestamp + INTERVAL 5 MINUTE)"
        ),
        TUE_1500,
    ),
    (
        "r011",
        "joins",
        (
            "Of the prod incidents that opened on March 11, which ones had nobody create a silence on that service "
            "while they were open?"
        ),
        (
            "SELECT g.* FROM alert_groups g WHERE CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = "
            "'dev' THEN 'development' ELSE lower(g.environment) END = 'production' AND g.opened_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND NOT EXISTS (SELECT 1 "
            "FROM silences s WHERE s.service = g.service AND (s.environment_canonical IS NULL OR "
            "s.environment_canonical = CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' "
            "WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN "
            "'development' ELSE lower(g.environment) END) AND s.created_at >= g.opened_at AND (g.resolved_at IS NULL "
            "OR s.created_at <= g.resolved_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r012",
        "joins",
        "which services got a prod deploy on march 11 but had no prod alerts at all that day?",
        (
            "SELECT DISTINCT c.service FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND CASE "
            "WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN "
            "('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE "
            "lower(c.environment) END = 'production' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND c.service NOT IN (SELECT a.service FROM alerts a "
            "WHERE a.environment_canonical = 'production' AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        ),
        NOW_AFTER,
    ),
    (
        "r013",
        "joins",
        "Which silences were created while an incident on the same service was still open?",
        (
            "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service AND "
            "(s.environment_canonical IS NULL OR s.environment_canonical = CASE WHEN lower(g.environment) IN ('prod', "
            "'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END) AND g.opened_at <= "
            "s.created_at AND (g.resolved_at IS NULL OR g.resolved_at >= s.created_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r014",
        "joins",
        "early warnings that started within 30 min after a deploy of the same service & environment",
        (
            "SELECT w.* FROM warnings w WHERE EXISTS (SELECT 1 FROM change_events d WHERE d.phase = 'live' AND d.type "
            "= 'deployment' AND d.service = w.labels['service'] AND CASE WHEN lower(d.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) END = CASE WHEN "
            "lower(w.labels['environment']) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(w.labels['environment']) IN ('stg', 'stage') THEN 'staging' WHEN lower(w.labels['environment']) = "
            "'dev' THEN 'development' ELSE lower(w.labels['environment']) END AND w.starts_at BETWEEN d.timestamp AND "
            "d.timestamp + INTERVAL 30 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r015",
        "joins",
        (
            "Reliability question: which checkout-web alerts started within 2 minutes after a payments-api alert in "
            "the same environment?"
        ),
        (
            "SELECT a.* FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM alerts p WHERE "
            "p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical AND a.starts_at BETWEEN "
            "p.starts_at AND p.starts_at + INTERVAL 2 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r016",
        "joins",
        "Critical alerts with no deploy of that service (same env) in the 2 hours leading up to them?",
        (
            "SELECT a.* FROM alerts a WHERE a.severity = 'critical' AND NOT EXISTS (SELECT 1 FROM change_events d "
            "WHERE d.phase = 'live' AND d.type = 'deployment' AND d.service = a.service AND CASE WHEN "
            "lower(d.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(d.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) "
            "END = a.environment_canonical AND d.timestamp BETWEEN a.starts_at - INTERVAL 2 HOUR AND a.starts_at)"
        ),
        NOW_AFTER,
    ),
    (
        "r017",
        "joins",
        "which critical incidents have no suspect change at all?",
        (
            "SELECT g.* FROM alert_groups g WHERE g.max_severity = 'critical' AND g.id NOT IN (SELECT group_id FROM "
            "incident_suspects)"
        ),
        NOW_AFTER,
    ),
    (
        "r018",
        "joins",
        (
            "For every rollback, show the service, when the rollback went live, the version it went back to, and the "
            "version and author of the last deploy of that service and environment before it."
        ),
        (
            "SELECT r.service, r.timestamp, coalesce(r.details['ref'], r.version), (SELECT "
            "arg_max(coalesce(d.details['ref'], d.version), d.timestamp) FROM change_events d WHERE d.phase = 'live' "
            "AND d.type = 'deployment' AND d.service = r.service AND CASE WHEN lower(d.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) END = CASE WHEN "
            "lower(r.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(r.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(r.environment) = 'dev' THEN 'development' ELSE lower(r.environment) "
            "END AND d.timestamp < r.timestamp), (SELECT arg_max(d.actor, d.timestamp) FROM change_events d WHERE "
            "d.phase = 'live' AND d.type = 'deployment' AND d.service = r.service AND CASE WHEN lower(d.environment) "
            "IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) END = CASE WHEN "
            "lower(r.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(r.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(r.environment) = 'dev' THEN 'development' ELSE lower(r.environment) "
            "END AND d.timestamp < r.timestamp) FROM change_events r WHERE r.phase = 'live' AND r.type = 'rollback'"
        ),
        NOW_AFTER,
    ),
    (
        "r019",
        "joins",
        "How many deploys were followed by an incident on the same service (and env) within 15 minutes?",
        (
            "SELECT count(*) FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND EXISTS (SELECT "
            "1 FROM alert_groups g WHERE g.service = c.service AND CASE WHEN lower(g.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r020",
        "joins",
        "last week, which prod incidents opened with no change of any kind on that service in the hour before?",
        (
            "SELECT g.* FROM alert_groups g WHERE CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = "
            "'dev' THEN 'development' ELSE lower(g.environment) END = 'production' AND g.opened_at >= TIMESTAMPTZ "
            "'2025-03-10 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00' AND NOT EXISTS (SELECT 1 "
            "FROM change_events c WHERE c.phase = 'live' AND c.service = g.service AND CASE WHEN lower(c.environment) "
            "IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)"
        ),
        MON_0900,
    ),
    (
        "r021",
        "joins",
        "Which incidents were preceded by an early warning on the very same service in the hour before they opened?",
        "SELECT g.* FROM alert_groups g WHERE g.id IN (SELECT group_id FROM incident_warnings WHERE same_service)",
        NOW_AFTER,
    ),
    (
        "r022",
        "joins",
        "show me the TokenCacheEvictionsHigh incidents nobody acked while they were open",
        (
            "SELECT g.* FROM alert_groups g WHERE g.group_labels['alertname'] = 'TokenCacheEvictionsHigh' AND NOT "
            "EXISTS (SELECT 1 FROM audit_log l WHERE l.action = 'ack' AND list_contains([m.name || '=' || m.value FOR "
            "m IN l.matchers IF m.is_equal AND NOT m.is_regex], 'alertname=' || g.group_labels['alertname']) AND "
            "list_contains([m.name || '=' || m.value FOR m IN l.matchers IF m.is_equal AND NOT m.is_regex], 'service=' "
            "|| g.service) AND l.timestamp >= g.opened_at AND (g.resolved_at IS NULL OR l.timestamp <= g.resolved_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r023",
        "joins",
        "yesterday's HighLatencyP99 alerts on search-api staging that nobody snoozed while they were firing",
        (
            "SELECT a.* FROM alerts a WHERE a.name = 'HighLatencyP99' AND a.service = 'search-api' AND "
            "a.environment_canonical = 'staging' AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND NOT EXISTS (SELECT 1 FROM audit_log l WHERE "
            "l.action = 'snooze' AND list_contains([m.name || '=' || m.value FOR m IN l.matchers IF m.is_equal AND NOT "
            "m.is_regex], 'alertname=' || a.name) AND list_contains([m.name || '=' || m.value FOR m IN l.matchers IF "
            "m.is_equal AND NOT m.is_regex], 'environment=' || a.environment) AND l.timestamp >= a.starts_at AND "
            "(a.ends_at IS NULL OR l.timestamp <= a.ends_at))"
        ),
        WED_0900,
    ),
    (
        "r024",
        "joins",
        "For each person who resolved incidents, how many of the incidents they resolved had a suspect change?",
        (
            "SELECT r.resolved_by, count(DISTINCT r.group_id) FILTER (WHERE r.group_id IN (SELECT group_id FROM "
            "incident_suspects)) FROM resolutions r GROUP BY r.resolved_by"
        ),
        NOW_AFTER,
    ),
    (
        "r025",
        "joins",
        (
            "which alerts were firing at some point while a silence on the same service was in effect? (env has to "
            "match too, unless the silence didn't pin one)"
        ),
        (
            "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service AND "
            "(s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical) AND a.starts_at < "
            "least(s.ends_at, coalesce(s.expired_at, s.ends_at)) AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r026",
        "joins",
        (
            "dpatel's deploys: for each one, the version, when it went live and how many alerts hit that service+env "
            "in the 15 minutes after"
        ),
        (
            "SELECT coalesce(c.details['ref'], c.version), c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service "
            "= c.service AND a.environment_canonical = CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = "
            "'dev' THEN 'development' ELSE lower(c.environment) END AND a.starts_at BETWEEN c.timestamp AND "
            "c.timestamp + INTERVAL 15 MINUTE) FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' "
            "AND c.actor = 'dpatel'"
        ),
        NOW_AFTER,
    ),
    (
        "r027",
        "joins",
        (
            "Which changes got blamed as the suspect for more than one incident? Give the change's service, its "
            "version and how many incidents."
        ),
        (
            "SELECT change_service, coalesce(change_details['ref'], change_version), count(DISTINCT group_id) FROM "
            "incident_suspects GROUP BY change_id, change_service, coalesce(change_details['ref'], change_version) "
            "HAVING count(DISTINCT group_id) > 1"
        ),
        NOW_AFTER,
    ),
    (
        "r028",
        "joins",
        "Which rollbacks went out while an incident on that same service and environment was still open?",
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'rollback' AND EXISTS (SELECT 1 FROM "
            "alert_groups g WHERE g.service = c.service AND CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') "
            "THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) "
            "= 'dev' THEN 'development' ELSE lower(g.environment) END = CASE WHEN lower(c.environment) IN ('prod', "
            "'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END AND g.opened_at <= "
            "c.timestamp AND (g.resolved_at IS NULL OR g.resolved_at > c.timestamp))"
        ),
        NOW_AFTER,
    ),
    (
        "r029",
        "joins",
        "Which of the March 11 deploys were followed by an alert on that service (same env) later the same day, UTC?",
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND c.timestamp >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS "
            "(SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND a.starts_at >= c.timestamp AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        ),
        NOW_AFTER,
    ),
    (
        "r030",
        "joins",
        (
            "was anything deployed in the checkout project (any of its services) in the 20 minutes leading up to a "
            "checkout-web alert, same env?"
        ),
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND c.project = "
            "'checkout' AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = 'checkout-web' AND a.project = c.project "
            "AND a.environment_canonical = CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' "
            "WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN "
            "'development' ELSE lower(c.environment) END AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 20 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r031",
        "joins",
        (
            "incidents and how they were fixed: for each incident that has a resolution, its service, alert name, when "
            "it opened, who resolved it and the fix"
        ),
        (
            "SELECT g.service, g.group_labels['alertname'], g.opened_at, r.resolved_by, r.fix FROM alert_groups g JOIN "
            "resolutions r ON r.group_id = g.id"
        ),
        NOW_AFTER,
    ),
    (
        "r032",
        "joins",
        "how many of yesterday's incidents opened within 15 min after a deploy of the same service in the same env?",
        (
            "SELECT count(*) FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND EXISTS (SELECT 1 FROM change_events d WHERE "
            "d.phase = 'live' AND d.type = 'deployment' AND d.service = g.service AND CASE WHEN lower(d.environment) "
            "IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)"
        ),
        WED_0900,
    ),
    (
        "r033",
        "joins",
        "releases that weren't followed by an incident on the same service and environment within the next 2h",
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'release' AND NOT EXISTS (SELECT 1 "
            "FROM alert_groups g WHERE g.service = c.service AND CASE WHEN lower(g.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 2 HOUR)"
        ),
        NOW_AFTER,
    ),
    (
        "r034",
        "joins",
        "Services we deployed to staging last week that never had a staging incident last week?",
        (
            "SELECT DISTINCT c.service FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND CASE "
            "WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN "
            "('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE "
            "lower(c.environment) END = 'staging' AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND "
            "c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00' AND c.service NOT IN (SELECT g.service FROM "
            "alert_groups g WHERE CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN "
            "'development' ELSE lower(g.environment) END = 'staging' AND g.opened_at >= TIMESTAMPTZ '2025-03-10 "
            "00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00')"
        ),
        MON_0900,
    ),
    (
        "r035",
        "joins",
        "Which alerts today started while an early warning for the same service and env was already firing?",
        (
            "SELECT a.* FROM alerts a WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at <= "
            "TIMESTAMPTZ '2025-03-11 17:00:00+00' AND EXISTS (SELECT 1 FROM warnings w WHERE w.labels['service'] = "
            "a.service AND CASE WHEN lower(w.labels['environment']) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(w.labels['environment']) IN ('stg', 'stage') THEN 'staging' WHEN lower(w.labels['environment']) = "
            "'dev' THEN 'development' ELSE lower(w.labels['environment']) END = a.environment_canonical AND "
            "w.starts_at <= a.starts_at AND (w.ends_at IS NULL OR w.ends_at > a.starts_at))"
        ),
        TUE_1700,
    ),
    (
        "r036",
        "joins",
        (
            "For each payments-api incident: when it opened and how many changes of any kind hit payments-api (same "
            "env) in the 2h before it"
        ),
        (
            "SELECT g.opened_at, (SELECT count(*) FROM change_events c WHERE c.phase = 'live' AND c.service = "
            "g.service AND CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN "
            "'development' ELSE lower(c.environment) END = CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') "
            "THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) "
            "= 'dev' THEN 'development' ELSE lower(g.environment) END AND c.timestamp BETWEEN g.opened_at - INTERVAL 2 "
            "HOUR AND g.opened_at) FROM alert_groups g WHERE g.service = 'payments-api'"
        ),
        NOW_AFTER,
    ),
    (
        "r037",
        "joins",
        (
            "How many error log lines did payments-api write in the 10 minutes before each of its March 11 incidents? "
            "opening time + count please"
        ),
        (
            "SELECT g.opened_at, (SELECT count(*) FROM log_events l WHERE l.service = g.service AND CASE WHEN "
            "lower(l.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(l.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(l.environment) = 'dev' THEN 'development' ELSE lower(l.environment) "
            "END = CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN "
            "'development' ELSE lower(g.environment) END AND l.is_error AND l.timestamp BETWEEN g.opened_at - INTERVAL "
            "10 MINUTE AND g.opened_at) FROM alert_groups g WHERE g.service = 'payments-api' AND g.opened_at >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        NOW_AFTER,
    ),
    (
        "r038",
        "joins",
        "which early warnings were NOT followed by any incident on the same service and environment within the hour?",
        (
            "SELECT w.* FROM warnings w WHERE NOT EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = "
            "w.labels['service'] AND CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN "
            "'development' ELSE lower(g.environment) END = CASE WHEN lower(w.labels['environment']) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(w.labels['environment']) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(w.labels['environment']) = 'dev' THEN 'development' ELSE lower(w.labels['environment']) END AND "
            "g.opened_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 60 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r039",
        "joins",
        "who created a silence while an incident on that service was still open?",
        (
            "SELECT DISTINCT s.created_by FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = "
            "s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END) AND g.opened_at <= s.created_at AND (g.resolved_at IS NULL OR g.resolved_at >= s.created_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r040",
        "joins",
        (
            "Team lead here. Which deploys went out while that service already had an alert firing in the same "
            "environment?"
        ),
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND EXISTS (SELECT 1 "
            "FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE WHEN lower(c.environment) IN "
            "('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END AND a.starts_at <= "
            "c.timestamp AND (a.ends_at IS NULL OR a.ends_at > c.timestamp))"
        ),
        NOW_AFTER,
    ),
    (
        "r041",
        "joins",
        "postmortem: alerts that fired in the 20 minutes leading up to a rollback of the same service (same env)",
        (
            "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' AND c.type = "
            "'rollback' AND c.service = a.service AND CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = "
            "'dev' THEN 'development' ELSE lower(c.environment) END = a.environment_canonical AND a.starts_at BETWEEN "
            "c.timestamp - INTERVAL 20 MINUTE AND c.timestamp)"
        ),
        NOW_AFTER,
    ),
    (
        "r042",
        "joins",
        (
            "Which incidents coincided with a feature flag change on the same service and env, i.e. the flag was "
            "flipped while the incident was open?"
        ),
        (
            "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' AND "
            "c.type = 'flag_change' AND c.service = g.service AND CASE WHEN lower(c.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND c.timestamp >= g.opened_at AND (g.resolved_at IS NULL OR c.timestamp <= g.resolved_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r043",
        "joins",
        (
            "per service: how many alerts started in the hour after one of that service's own deploys (same env)? "
            "every service that ever deployed, zeros included"
        ),
        (
            "SELECT s.service, (SELECT count(*) FROM alerts a WHERE a.service = s.service AND EXISTS (SELECT 1 FROM "
            "change_events d WHERE d.phase = 'live' AND d.type = 'deployment' AND d.service = a.service AND CASE WHEN "
            "lower(d.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(d.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) "
            "END = a.environment_canonical AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)) "
            "FROM (SELECT DISTINCT service FROM change_events WHERE phase = 'live' AND type = 'deployment') s"
        ),
        NOW_AFTER,
    ),
    (
        "r044",
        "joins",
        "prod incidents from yesterday that had no early warning at all",
        (
            "SELECT g.* FROM alert_groups g WHERE CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = "
            "'dev' THEN 'development' ELSE lower(g.environment) END = 'production' AND g.opened_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' AND g.id NOT IN (SELECT "
            "group_id FROM incident_warnings)"
        ),
        WED_0900,
    ),
    (
        "r045",
        "joins",
        "who acked an alert on a service within an hour after that service got deployed?",
        (
            "SELECT DISTINCT l.actor FROM audit_log l WHERE l.action = 'ack' AND EXISTS (SELECT 1 FROM change_events c "
            "WHERE c.phase = 'live' AND c.type = 'deployment' AND list_contains([m.name || '=' || m.value FOR m IN "
            "l.matchers IF m.is_equal AND NOT m.is_regex], 'service=' || c.service) AND l.timestamp BETWEEN "
            "c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r046",
        "joins",
        "Any snoozes taken in the 5 minutes after a search-api deploy to staging?",
        (
            "SELECT l.* FROM audit_log l WHERE l.action = 'snooze' AND EXISTS (SELECT 1 FROM change_events c WHERE "
            "c.phase = 'live' AND c.type = 'deployment' AND c.service = 'search-api' AND CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END = 'staging' AND l.timestamp BETWEEN c.timestamp AND c.timestamp + INTERVAL 5 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r047",
        "joins",
        (
            "new search-api log patterns in the hour before each search-api incident: when the incident opened and the "
            "pattern text"
        ),
        (
            "SELECT opened_at, template FROM incident_log_patterns WHERE group_service = 'search-api' AND service = "
            "'search-api' AND is_new"
        ),
        NOW_AFTER,
    ),
    (
        "r048",
        "joins",
        "Which of lnovak's deploys were followed within 15 minutes by an incident on the same service and environment?",
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND c.actor = 'lnovak' "
            "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND CASE WHEN lower(g.environment) "
            "IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r049",
        "joins",
        "which projects had incidents but no changes of any kind, ever? pls",
        (
            "SELECT DISTINCT project FROM alert_groups WHERE project NOT IN (SELECT project FROM change_events WHERE "
            "phase = 'live')"
        ),
        NOW_AFTER,
    ),
    (
        "r050",
        "joins",
        "auditing dpatel: deploys of theirs NOT followed by an alert on the same service/env within 30 min",
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND c.actor = 'dpatel' "
            "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE "
            "WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN "
            "('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE "
            "lower(c.environment) END AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r051",
        "joins",
        (
            "Silences (ones that name a service) created when nothing at all was firing on that service in the "
            "silence's environment"
        ),
        (
            "SELECT s.* FROM silences s WHERE s.service IS NOT NULL AND NOT EXISTS (SELECT 1 FROM alerts a WHERE "
            "a.service = s.service AND (s.environment_canonical IS NULL OR a.environment_canonical = "
            "s.environment_canonical) AND a.starts_at <= s.created_at AND (a.ends_at IS NULL OR a.ends_at > "
            "s.created_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r052",
        "joins",
        "Which cart-service alerts started while a payments-api alert in the same environment was still firing?",
        (
            "SELECT a.* FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM alerts p WHERE "
            "p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical AND p.starts_at <= "
            "a.starts_at AND (p.ends_at IS NULL OR p.ends_at > a.starts_at))"
        ),
        NOW_AFTER,
    ),
    (
        "r053",
        "joins",
        (
            "For each rollback: the service, when it went live, and how many alerts were firing on that service (same "
            "env) at that moment"
        ),
        (
            "SELECT c.service, c.timestamp, (SELECT count(*) FROM alerts a WHERE a.service = c.service AND "
            "a.environment_canonical = CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' "
            "WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN "
            "'development' ELSE lower(c.environment) END AND a.starts_at <= c.timestamp AND (a.ends_at IS NULL OR "
            "a.ends_at > c.timestamp)) FROM change_events c WHERE c.phase = 'live' AND c.type = 'rollback'"
        ),
        NOW_AFTER,
    ),
    (
        "r054",
        "joins",
        (
            "in the wake of the payments-api v2.14.0 prod deploy, which OTHER checkout services alerted in prod within "
            "15 minutes?"
        ),
        (
            "SELECT DISTINCT a.service FROM alerts a, change_events c WHERE c.phase = 'live' AND c.type = 'deployment' "
            "AND c.service = 'payments-api' AND coalesce(c.details['ref'], c.version) = 'v2.14.0' AND c.environment = "
            "'production' AND a.project = 'checkout' AND a.service <> 'payments-api' AND a.environment_canonical = "
            "'production' AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        ),
        NOW_AFTER,
    ),
    (
        "r055",
        "joins",
        (
            "Which incidents had a feature-flag flip as their suspect? incident service, alert name, when it opened, "
            "the flag change's summary and who flipped it"
        ),
        (
            "SELECT service, group_labels['alertname'], opened_at, change_summary, change_actor FROM incident_suspects "
            "WHERE change_type = 'flag_change'"
        ),
        NOW_AFTER,
    ),
    (
        "r056",
        "joins",
        "incidents where one of the candidate changes was a scale event",
        (
            "SELECT g.* FROM alert_groups g WHERE g.id IN (SELECT group_id FROM correlation_candidates WHERE "
            "change_type = 'scale')"
        ),
        NOW_AFTER,
    ),
    (
        "r057",
        "joins",
        (
            "yesterday's staging deploys: service, version, and whether an alert followed on that service in staging "
            "within an hour (true/false)"
        ),
        (
            "SELECT c.service, coalesce(c.details['ref'], c.version), EXISTS (SELECT 1 FROM alerts a WHERE a.service = "
            "c.service AND a.environment_canonical = 'staging' AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 60 MINUTE) FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END = 'staging' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ "
            "'2025-03-12 00:00:00+00'"
        ),
        WED_0900,
    ),
    (
        "r058",
        "joins",
        "how many deploys had zero alerts on their service+env in the following 30 mins?",
        (
            "SELECT count(*) FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND NOT EXISTS "
            "(SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r059",
        "joins",
        (
            "Which incidents had their resolution written up within an hour after a rollback of the same service and "
            "environment?"
        ),
        (
            "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM resolutions r, change_events c WHERE "
            "r.group_id = g.id AND c.phase = 'live' AND c.type = 'rollback' AND c.service = g.service AND CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END = CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN "
            "'development' ELSE lower(g.environment) END AND r.resolved_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 60 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r060",
        "joins",
        "which incidents opened less than 5 minutes after their suspect change went live?",
        (
            "SELECT g.* FROM alert_groups g WHERE g.id IN (SELECT group_id FROM incident_suspects WHERE lag_s >= 0 AND "
            "lag_s < 300)"
        ),
        NOW_AFTER,
    ),
    (
        "r061",
        "joins",
        "incidents that opened not long after a config chnage to the same service, say within 20 min (same env)",
        (
            "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.phase = 'live' AND "
            "c.type = 'config_update' AND c.service = g.service AND CASE WHEN lower(c.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 20 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r062",
        "joins",
        (
            "Which deploys happened during an open incident on a DIFFERENT service of the same project, in the same "
            "environment?"
        ),
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND EXISTS (SELECT 1 "
            "FROM alert_groups g WHERE g.project = c.project AND g.service <> c.service AND CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END = CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN "
            "'development' ELSE lower(c.environment) END AND g.opened_at <= c.timestamp AND (g.resolved_at IS NULL OR "
            "g.resolved_at >= c.timestamp))"
        ),
        NOW_AFTER,
    ),
    (
        "r063",
        "joins",
        (
            "between 9am and noon UTC yesterday, which deploys were followed within 10 mins by an alert on the same "
            "service and env?"
        ),
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND c.timestamp >= "
            "TIMESTAMPTZ '2025-03-11 09:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00' AND EXISTS "
            "(SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 10 MINUTE)"
        ),
        WED_0900,
    ),
    (
        "r064",
        "joins",
        "how many incidents were preceded by a deploy of the same service and env in the 2h before they opened?",
        (
            "SELECT count(*) FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events d WHERE d.phase = 'live' "
            "AND d.type = 'deployment' AND d.service = g.service AND CASE WHEN lower(d.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(d.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND d.timestamp BETWEEN g.opened_at - INTERVAL 2 HOUR AND g.opened_at)"
        ),
        NOW_AFTER,
    ),
    (
        "r065",
        "joins",
        (
            "For each silence on the indexer: its id, who created it, and how many indexer alerts overlapped it (were "
            "firing at some point while it was in effect, env matching when the silence pins one). Zero is fine."
        ),
        (
            "SELECT s.silence_id, s.created_by, (SELECT count(*) FROM alerts a WHERE a.service = s.service AND "
            "(s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical) AND a.starts_at < "
            "least(s.ends_at, coalesce(s.expired_at, s.ends_at)) AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)) "
            "FROM silences s WHERE s.service = 'indexer'"
        ),
        NOW_AFTER,
    ),
    (
        "r066",
        "joins",
        (
            "pair up each payments-api alert from March 11 with the version of the most recent payments-api deploy "
            "before it in the same env: alert name, alert start, version"
        ),
        (
            "SELECT a.name, a.starts_at, (SELECT arg_max(coalesce(c.details['ref'], c.version), c.timestamp) FROM "
            "change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND c.service = a.service AND CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END = a.environment_canonical AND c.timestamp <= a.starts_at) FROM alerts a WHERE a.service = "
            "'payments-api' AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at < TIMESTAMPTZ "
            "'2025-03-12 00:00:00+00'"
        ),
        NOW_AFTER,
    ),
    (
        "r067",
        "joins",
        "alerts that showed up within 10 minutes after an early warning on the same service and environment",
        (
            "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM warnings w WHERE w.labels['service'] = a.service AND "
            "CASE WHEN lower(w.labels['environment']) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(w.labels['environment']) IN ('stg', 'stage') THEN 'staging' WHEN lower(w.labels['environment']) = "
            "'dev' THEN 'development' ELSE lower(w.labels['environment']) END = a.environment_canonical AND "
            "a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 10 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r068",
        "joins",
        "Which incidents were preceded by a brand-new error log pattern from their own service?",
        (
            "SELECT g.* FROM alert_groups g WHERE g.id IN (SELECT group_id FROM incident_log_patterns WHERE "
            "same_service AND is_new AND errors > 0)"
        ),
        NOW_AFTER,
    ),
    (
        "r069",
        "joins",
        "which token-service incidents had no token-service log pattern flagged in the hour before them?",
        (
            "SELECT g.* FROM alert_groups g WHERE g.service = 'token-service' AND g.id NOT IN (SELECT group_id FROM "
            "incident_log_patterns WHERE service = 'token-service')"
        ),
        NOW_AFTER,
    ),
    (
        "r070",
        "joins",
        (
            "Deploys between 14:00 and 15:00 UTC on March 11 and the alerts that followed each within 15 minutes on "
            "the same service/env, one row per deploy-alert pair: deploy service, deploy time, alert name, alert start"
        ),
        (
            "SELECT c.service, c.timestamp, a.name, a.starts_at FROM change_events c JOIN alerts a ON a.service = "
            "c.service AND a.environment_canonical = CASE WHEN lower(c.environment) IN ('prod', 'prd', 'live') THEN "
            "'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(c.environment) = "
            "'dev' THEN 'development' ELSE lower(c.environment) END AND a.starts_at BETWEEN c.timestamp AND "
            "c.timestamp + INTERVAL 15 MINUTE WHERE c.phase = 'live' AND c.type = 'deployment' AND c.timestamp >= "
            "TIMESTAMPTZ '2025-03-11 14:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'"
        ),
        NOW_AFTER,
    ),
    (
        "r071",
        "joins",
        "Which incidents opened while a silence covering that service was already in effect?",
        (
            "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service AND "
            "(s.environment_canonical IS NULL OR s.environment_canonical = CASE WHEN lower(g.environment) IN ('prod', "
            "'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END) AND s.starts_at <= "
            "g.opened_at AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at)"
        ),
        NOW_AFTER,
    ),
    (
        "r072",
        "joins",
        "which alerts did alertmanager actually hold back because of a silence kenji created?",
        (
            "SELECT m.* FROM alert_mutes m WHERE EXISTS (SELECT 1 FROM silences s WHERE list_contains(m.silenced_by, "
            "s.silence_id) AND s.created_by = 'kenji.tanaka@acme.io')"
        ),
        NOW_AFTER,
    ),
    (
        "r073",
        "joins",
        (
            "For every early warning on payments-api: the warning's alertname, when it started, and how many "
            "payments-api incidents (same env) opened in the hour after it"
        ),
        (
            "SELECT w.labels['alertname'], w.starts_at, (SELECT count(*) FROM alert_groups g WHERE g.service = "
            "w.labels['service'] AND CASE WHEN lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN "
            "lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN "
            "'development' ELSE lower(g.environment) END = CASE WHEN lower(w.labels['environment']) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(w.labels['environment']) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(w.labels['environment']) = 'dev' THEN 'development' ELSE lower(w.labels['environment']) END AND "
            "g.opened_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 60 MINUTE) FROM warnings w WHERE "
            "w.labels['service'] = 'payments-api'"
        ),
        NOW_AFTER,
    ),
    (
        "r074",
        "joins",
        "who deployed something that ended up as some incident's suspect?",
        "SELECT DISTINCT change_actor FROM incident_suspects WHERE change_type = 'deployment'",
        NOW_AFTER,
    ),
    (
        "r075",
        "joins",
        "incidents where somebody created a silence on that service in the first 10 minutes after the incident opened",
        (
            "SELECT g.* FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service AND "
            "(s.environment_canonical IS NULL OR s.environment_canonical = CASE WHEN lower(g.environment) IN ('prod', "
            "'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END) AND s.created_at BETWEEN "
            "g.opened_at AND g.opened_at + INTERVAL 10 MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r076",
        "joins",
        (
            "Deploy hygiene check: which deploys went out in the 30 minutes after an incident on that same service and "
            "env had resolved?"
        ),
        (
            "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.type = 'deployment' AND EXISTS (SELECT 1 "
            "FROM alert_groups g WHERE g.service = c.service AND CASE WHEN lower(g.environment) IN ('prod', 'prd', "
            "'live') THEN 'production' WHEN lower(g.environment) IN ('stg', 'stage') THEN 'staging' WHEN "
            "lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) END = CASE WHEN "
            "lower(c.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) "
            "END AND g.resolved_at IS NOT NULL AND c.timestamp BETWEEN g.resolved_at AND g.resolved_at + INTERVAL 30 "
            "MINUTE)"
        ),
        NOW_AFTER,
    ),
    (
        "r077",
        "joins",
        "last week: alerts within 15 min either side of a prod deploy of the same service",
        (
            "SELECT a.* FROM alerts a WHERE a.environment_canonical = 'production' AND a.starts_at >= TIMESTAMPTZ "
            "'2025-03-03 00:00:00+00' AND a.starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00' AND EXISTS (SELECT 1 FROM "
            "change_events d WHERE d.phase = 'live' AND d.type = 'deployment' AND d.service = a.service AND CASE WHEN "
            "lower(d.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(d.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(d.environment) = 'dev' THEN 'development' ELSE lower(d.environment) "
            "END = a.environment_canonical AND a.starts_at BETWEEN d.timestamp - INTERVAL 15 MINUTE AND d.timestamp + "
            "INTERVAL 15 MINUTE)"
        ),
        FRI_1200,
    ),
    (
        "r078",
        "joins",
        (
            "How many alerts across the whole checkout project in prod were firing at the moment the March 11 "
            "payments-api rollback went live?"
        ),
        (
            "SELECT count(*) FROM alerts a, change_events c WHERE c.phase = 'live' AND c.type = 'rollback' AND "
            "c.service = 'payments-api' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00' AND a.project = 'checkout' AND a.environment_canonical = "
            "'production' AND a.starts_at <= c.timestamp AND (a.ends_at IS NULL OR a.ends_at > c.timestamp)"
        ),
        NOW_AFTER,
    ),
    (
        "r079",
        "joins",
        (
            "every change (any type) in the 30 minutes before each critical incident on the same service+env, one row "
            "per pair: incident service, alert name, opened at, change type, change time"
        ),
        (
            "SELECT g.service, g.group_labels['alertname'], g.opened_at, c.type, c.timestamp FROM alert_groups g JOIN "
            "change_events c ON c.phase = 'live' AND c.service = g.service AND CASE WHEN lower(c.environment) IN "
            "('prod', 'prd', 'live') THEN 'production' WHEN lower(c.environment) IN ('stg', 'stage') THEN 'staging' "
            "WHEN lower(c.environment) = 'dev' THEN 'development' ELSE lower(c.environment) END = CASE WHEN "
            "lower(g.environment) IN ('prod', 'prd', 'live') THEN 'production' WHEN lower(g.environment) IN ('stg', "
            "'stage') THEN 'staging' WHEN lower(g.environment) = 'dev' THEN 'development' ELSE lower(g.environment) "
            "END AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at WHERE g.max_severity = "
            "'critical'"
        ),
        NOW_AFTER,
    ),
    (
        "r080",
        "joins",
        (
            "Which incidents were resolved by the very same person who made their suspect change (exact same name as "
            "stored)?"
        ),
        (
            "SELECT g.* FROM alert_groups g JOIN incident_suspects i ON i.group_id = g.id JOIN resolutions r ON "
            "r.group_id = g.id WHERE r.resolved_by = i.change_actor"
        ),
        NOW_AFTER,
    ),
]
