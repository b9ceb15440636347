"""The sixty-ninth ask question set: ids bz001..bz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was the brief, the project's design notes (whole), docs/store.md (printed whole; its middle, cut off by the terminal,
printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the
shape of every gold answer; the headings of docs/ask.md were listed with grep to find its line range, the section was
printed by that range, the first part in the same command as the end of docs/store.md, and the parts the terminal cut
off printed again by range), the module docstring and code of ``ask_questions`` (how a set is wired and split; printed
in two pieces and a cut-off middle again; this set is not wired in by its author), the forty-ninth set's module
docstring printed with ``ast`` (its "Conventions" list followed where a question leaves room), the module docstrings of
the other earlier sets (the sixty-eighth's excepted) written with ``ast`` to a scratch file and grepped for roles,
cities and languages, the first two rows of ``ask_questions_thirtieth`` imported in Python (for the file's format; a
grep for its module-level now constants found none) and the demo store itself, copied and opened read-only (records
from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing
else was read, beyond file names seen in directory listings of ``benchmarks/``, the project root and the folder the
brief came from. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person,
environment or cluster the store does not hold); any other gold is a single DuckDB SELECT over the documented tables
and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no ski resort, vet
clinic, theatre, water utility or courier, and no Innsbruck, Edmonton, Manchester, Wellington or Recife). Each asks
three questions in every category (24 each, three of them refusals):

- the on-call engineer of an Innsbruck ski resort's lift-ticketing platform (the gates and the web shop call the
  checkout and identity services), at 08:30 CET on Wednesday 12 March (2025-03-12 07:30 UTC), typing on a phone on
  the chairlift: lowercase, "yday", "rn", "svc", "pls", "wat", "nite", "whos", doubled question marks;
- the IT lead of a veterinary clinic chain in Edmonton preparing the Friday ops review, at 15:00 MST on Friday 14
  March (2025-03-14 22:00 UTC): "this week", MTTR, shares, per-deploy counts, who deployed and what got blamed;
- the box-office systems administrator of a Manchester theatre relaying patrons' complaints about online ticket
  payments, at 10:00 GMT on Wednesday 12 March (2025-03-12 10:00 UTC), in British English, giving times in UTC;
- an IT engineer at a municipal water utility in Wellington (the office side, not the SCADA network) doing the
  quarterly audit of who silenced, acked or changed what, at 10:00 NZDT on Friday 14 March (2025-03-13 21:00 UTC);
  every day is a UTC day;
- a route-planning engineer at a courier company in Recife whose first language is Portuguese, at 09:00 BRT on
  Wednesday 12 March (2025-03-12 12:00 UTC): plain, a little formal, "give me", "of the last 7 days", lowercase
  starts.

37 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(bz003, bz005, bz009, bz011, bz015), two in time (bz020, bz024), five in aggregates (bz036, bz038, bz041, bz042,
bz045), four in top_n (bz051, bz052, bz058, bz060), three in changes (bz065, bz072, bz074), four in silences (bz082,
bz084, bz087, bz090) and fourteen joins (bz092, deploys followed by rollbacks, relates changes to changes and is not
counted; bz021, minutes from a deploy to its rollback, neither). No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and every day is a UTC day. The nows: the lift-ticketing on-call 2025-03-12 07:30, the vet chain's IT
  lead 2025-03-14 22:00, the box-office admin 2025-03-12 10:00, the water utility's engineer 2025-03-13 21:00, the
  courier engineer 2025-03-12 12:00, all after every record. "yday" / "yesterday" (asked on the 12th), "the 11th",
  "Tuesday", "11 March" are ``[2025-03-11, 2025-03-12)``; "this week" ``[2025-03-10, now]``; "in March" from
  2025-03-01 to now; "during february" ``[2025-02-01, 2025-03-01)``; "last 6h", "the last 24 hours", "the last 7
  days" are ``(now - N, now]``; "last nite" is 18:00 on the 11th to 06:00 on the 12th; "between 8pm on Tuesday and
  6am on Wednesday" and "between 14:00 and 16:00" include the start and exclude the end; "at 2am today", "at 14:50"
  are that instant (the alerts firing then: started at or before it, not ended by it); "rn", "right now", "still
  open" are the state at now. A thing is in a window by its own time (an alert's ``starts_at``, a change's
  ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a
  warning's ``starts_at``, a log line's ``timestamp``, a pattern count's ``minute``). "Weekend" is any Saturday or
  Sunday (``dayofweek`` 0 or 6); "business hours" Monday to Friday 09:00-17:00 UTC by ``created_at``.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("really in place"; "scheduled" is
  ``starts_at`` to ``ends_at``); "muted rn" is in effect at now. Changes are their ``phase = 'live'`` reports:
  "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is two rows and two
  actors), "rollbacks", "config changes", "flag changes", "releases", "scale-downs" (``details['replicas_to']`` below
  ``details['replicas_from']``, as integers) by type; "changes" and "what changed" every live report of any type. A
  version is ``coalesce(details['ref'], version)``; "payments-api v2.14.0 went live in production" / "the deploy of
  v2.14.0 in production" is that live deployment (its earliest), and "the rollback" the first live payments-api
  production rollback at or after it; "version in prod rn" that of the last live deployment or rollback up to now.
  "Humans" are every actor but ``argocd (automated)`` and ``deployment-controller``; people are as stored ("kenji" is
  ``ILIKE '%kenji%'``). "The New checkout flow flag" is the flag change whose summary names it; "the cart-service
  silence" the only silence pinning cart-service; "the PaymentsAPIErrorBudgetBurn incident of 11 March" the one
  incident of that alert name opened that day; "the CheckoutConversionRateDrop incident" the only one.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert "within N minutes after" a change starts in ``[t, t + N]`` (15 unless said; "within an hour" / "within the
  hour" 60); "who deployed in the 15 minutes before an incident opened" has the deploy in ``[opened - 15 min,
  opened]``; "deploys followed by a rollback within an hour" are met by a rollback of the same service and
  environment in ``[t, t + 60 min]``. A window from one named event (v2.14.0 going live) holds the services the
  question names, or every service for "which services" (bz052, bz058); bz105's checkout-web error lines are the
  production ones, the environment the deploy names. "What changed in the hour before the first checkout-web alert
  on 11 March" is every live change of production, any service, in ``[t - 60 min, t]``. A silence meets the other
  side on its service and, when it pins one, its environment: alerts "firing on cart-service while its silence was
  on" share a moment with its span; alerts that "fired during an active silence on the same svc" started inside it
  (start included, end excluded); silences created "while an incident on the same service was open" were created
  inside the incident's span, ends included; "silences in effect while the ... incident was open, any svc" share a
  moment with it on any service and environment. Acks name their alert by their ``alertname`` and ``service``
  equality matchers and count as taken "while the acked alert was still firing" when one such alert was on at the
  ack's time (bz101: one row per ack). "Suspect" and "blamed" are ``incident_suspects``: "whose deploys were blamed
  for the most incidents" counts distinct incidents per ``change_actor`` of suspect deployments; "which deploys were
  named the suspect" are the ``change_events`` deployments that are some incident's ``change_id``; "blamed on a
  deploy of a different service" is ``change_service <> service``; "with their suspect if any" a ``LEFT JOIN``.
  "Had an early warning before them" is a row in ``incident_warnings``; "for each early warning on payments-api on
  11 March" is every ``warnings`` row whose ``service`` label is payments-api, started that day, with the
  payments-api alerts of its ``environment`` label that started in ``[w, w + 15 min]`` (its id and the count, 0
  where none). "How were the payments-api incidents fixed" joins ``alert_groups`` to ``resolutions``. "How many
  alerts did Alertmanager hold back under each silence" counts the ``alert_mutes`` rows whose ``silenced_by`` names
  it, every silence listed (its id and the count); "really muted something, according to alertmanager" is a silence
  ``alert_mutes`` names. "For each production deploy this week: service, version and how many alerts ..." is one
  row per deploy (a ``LEFT JOIN``, 0 included).
- Aggregates: durations in minutes to one decimal (alerts of the resolved ones, ``status = 'resolved'``; MTTR the
  incidents' from ``opened_at`` to ``resolved_at`` of the resolved ones); silence lengths in hours to one decimal
  when hours are asked; percentages ``round(100.0 * part / whole, 1)`` over the rows the question selects ("this
  week's alerts"; "production deploys" every live production deployment, all time); "on average, how many alerts
  ... after each production deploy this week" the mean of the per-deploy counts, 0 included; "mean and max sigma"
  the mean to one decimal beside the maximum as stored; "how many snoozes on highlatencyp99" the ``audit_log``
  snoozes with an ``alertname=HighLatencyP99`` matcher; counts per value most first.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses (ties inside
  the N: bz050's first two, bz054's third and fourth, bz056's first two). "Top 5 checkout-web log patterns by error
  count" sums ``log_pattern_counts.errors`` per template (``template, errors``). "Which service got the most alerts
  in the 30 minutes after its own deploys" counts each alert once. "Who ..., and when?" is the person and the time;
  "who put the silence on ... and who took it off" its ``created_by`` and ``expired_by``; "when was each service
  last deployed to production" ``service`` and the latest ``timestamp``; "which versions of checkout-web went out to
  staging" each version once.
- Refusals: the service "lift-gateway", the service "box-office-api", the person "priya.sharma", the "scada"
  environment and the cluster "prod-sa-east-1" (the store has prod-eu-west-1 and staging-eu-west-1) are ungrounded;
  a ski-gate scanner's timeout, the on-call rotation size for a team of six, a ticketing platform for a theatre, NIST
  800-53 AU-6 and Postgres autovacuum tuning are not about this data; muting the search-api staging alerts, deleting
  old TokenCacheEvictionsHigh alerts, resolving the checkout-web 503 incident, expiring kenji's silences and rolling
  payments-api back ask to change the data.
"""

from __future__ import annotations

NOW_LIFT = "2025-03-12T07:30:00Z"
NOW_VET = "2025-03-14T22:00:00Z"
NOW_BOX = "2025-03-12T10:00:00Z"
NOW_WATER = "2025-03-13T21:00:00Z"
NOW_COURIER = "2025-03-12T12:00:00Z"

_D11 = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_D12 = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_W10 = "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND environment = 'production'"
    " AND type = 'deployment' AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')"
)
_BOTS = "('argocd (automated)', 'deployment-controller')"
_REAL_END = "least(ends_at, coalesce(expired_at, ends_at))"
_ACK_EQ = "[m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex]"


def _ts(now: str) -> str:
    return f"TIMESTAMPTZ '{now.replace('T', ' ').replace('Z', '+00')}'"


_LIFT, _VET, _BOX, _WATER, _COURIER = (_ts(n) for n in (NOW_LIFT, NOW_VET, NOW_BOX, NOW_WATER, NOW_COURIER))

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "bz001",
        "filters",
        "crit alerts yday in prod??",
        f"SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'"
        f" AND starts_at >= {_D11} AND starts_at < {_D12}",
        NOW_LIFT,
    ),
    (
        "bz002",
        "filters",
        "anything still firing on indexer rn",
        f"SELECT * FROM alerts WHERE service = 'indexer' AND starts_at <= {_LIFT}"
        f" AND (ends_at IS NULL OR ends_at > {_LIFT})",
        NOW_LIFT,
    ),
    (
        "bz003",
        "filters",
        "staging search-api alerts w/in 15 min after its staging deploy yday",
        "SELECT a.* FROM alerts a WHERE a.service = 'search-api' AND a.environment_canonical = 'staging'"
        " AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        f" AND c.service = 'search-api' AND c.environment = 'staging' AND c.timestamp >= {_D11}"
        f" AND c.timestamp < {_D12}"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_LIFT,
    ),
    (
        "bz004",
        "filters",
        "For the Friday ops review: every alert in the checkout project this week, all columns.",
        f"SELECT * FROM alerts WHERE project = 'checkout' AND starts_at >= {_W10} AND starts_at <= {_VET}",
        NOW_VET,
    ),
    (
        "bz005",
        "filters",
        "Which payments-api alerts in production started between v2.14.0 going live in prod and the rollback"
        " going live?",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production'"
        f" AND starts_at >= {_V214} AND starts_at <= (SELECT min(timestamp) FROM change_events"
        " WHERE service = 'payments-api' AND environment = 'production' AND type = 'rollback'"
        f" AND phase = 'live' AND timestamp >= {_V214})",
        NOW_VET,
    ),
    (
        "bz006",
        "filters",
        "Any warning-severity alerts on auth-api in staging this week?",
        "SELECT * FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'"
        f" AND severity = 'warning' AND starts_at >= {_W10} AND starts_at <= {_VET}",
        NOW_VET,
    ),
    (
        "bz007",
        "filters",
        "A patron rang the box office to say she couldn't pay for her tickets on Tuesday afternoon. Which"
        " checkout-web alerts fired between 14:00 and 16:00 UTC on 11 March?",
        "SELECT * FROM alerts WHERE service = 'checkout-web'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'",
        NOW_BOX,
    ),
    (
        "bz008",
        "filters",
        "Were there any user-profile alerts on 11 March? All columns, please, it's going in the complaint log.",
        f"SELECT * FROM alerts WHERE service = 'user-profile' AND starts_at >= {_D11} AND starts_at < {_D12}",
        NOW_BOX,
    ),
    (
        "bz009",
        "filters",
        "Which alerts started within 15 minutes after a flag change on the same service?",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change'"
        " AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_BOX,
    ),
    (
        "bz010",
        "filters",
        "List the HTTP5xxRatioHigh alerts, whatever the service.",
        "SELECT * FROM alerts WHERE name = 'HTTP5xxRatioHigh'",
        NOW_WATER,
    ),
    (
        "bz011",
        "filters",
        "token-service alerts in production that started within an hour after a config change to token-service",
        "SELECT a.* FROM alerts a WHERE a.service = 'token-service' AND a.environment_canonical = 'production'"
        " AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'config_update' AND c.phase = 'live'"
        " AND c.service = 'token-service' AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        NOW_WATER,
    ),
    (
        "bz012",
        "filters",
        "Which production alerts are still open right now, with no end recorded?",
        f"SELECT * FROM alerts WHERE environment_canonical = 'production' AND starts_at <= {_WATER}"
        f" AND (ends_at IS NULL OR ends_at > {_WATER})",
        NOW_WATER,
    ),
    (
        "bz013",
        "filters",
        "alerts of severity error or critical in the identity project during february",
        "SELECT * FROM alerts WHERE project = 'identity' AND severity IN ('error', 'critical')"
        " AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_COURIER,
    ),
    (
        "bz014",
        "filters",
        "the alerts of query-suggest from the last 7 days, in any environment",
        f"SELECT * FROM alerts WHERE service = 'query-suggest' AND starts_at > {_COURIER} - INTERVAL 7 DAY"
        f" AND starts_at <= {_COURIER}",
        NOW_COURIER,
    ),
    (
        "bz015",
        "filters",
        "payments-api alerts which started in the 30 minutes after the deploy of v2.14.0 in production",
        f"SELECT * FROM alerts WHERE service = 'payments-api' AND starts_at >= {_V214}"
        f" AND starts_at <= {_V214} + INTERVAL 30 MINUTE",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- time
    (
        "bz016",
        "time",
        "when did the 1st diskspacelow fire yday",
        f"SELECT min(starts_at) FROM alerts WHERE name = 'DiskSpaceLow' AND starts_at >= {_D11} AND starts_at < {_D12}",
        NOW_LIFT,
    ),
    (
        "bz017",
        "time",
        "alerts last 6h pls",
        f"SELECT * FROM alerts WHERE starts_at > {_LIFT} - INTERVAL 6 HOUR AND starts_at <= {_LIFT}",
        NOW_LIFT,
    ),
    (
        "bz018",
        "time",
        "wat was firing at 2am today",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')",
        NOW_LIFT,
    ),
    (
        "bz019",
        "time",
        "How many alerts per day this week?",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts"
        f" WHERE starts_at >= {_W10} AND starts_at <= {_VET} GROUP BY day ORDER BY alerts DESC",
        NOW_VET,
    ),
    (
        "bz020",
        "time",
        "What time did the first payments-api alert go off after v2.14.0 went live in production?",
        f"SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= {_V214}",
        NOW_VET,
    ),
    (
        "bz021",
        "time",
        "How many minutes was payments-api v2.14.0 live in production before the rollback went live?",
        "SELECT round((epoch((SELECT min(timestamp) FROM change_events WHERE service = 'payments-api'"
        " AND environment = 'production' AND type = 'rollback' AND phase = 'live'"
        f" AND timestamp >= {_V214})) - epoch({_V214})) / 60, 1)",
        NOW_VET,
    ),
    (
        "bz022",
        "time",
        "Which alerts were firing at 14:50 UTC on Tuesday 11 March?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')",
        NOW_BOX,
    ),
    (
        "bz023",
        "time",
        "Could I have the alerts between 8pm on Tuesday and 6am on Wednesday, UTC?",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_BOX,
    ),
    (
        "bz024",
        "time",
        "What changed in the hour before the first checkout-web alert on 11 March?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp >= (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        f" AND starts_at >= {_D11} AND starts_at < {_D12}) - INTERVAL 60 MINUTE"
        " AND timestamp <= (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        f" AND starts_at >= {_D11} AND starts_at < {_D12})",
        NOW_BOX,
    ),
    (
        "bz025",
        "time",
        "Alerts per hour on 11 March, UTC hours.",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        f" WHERE starts_at >= {_D11} AND starts_at < {_D12} GROUP BY hour ORDER BY alerts DESC",
        NOW_WATER,
    ),
    (
        "bz026",
        "time",
        "Alerts that started on a weekend (Saturday or Sunday).",
        "SELECT * FROM alerts WHERE dayofweek(starts_at) IN (0, 6)",
        NOW_WATER,
    ),
    (
        "bz027",
        "time",
        "When did the token-service alerts start and stop in February?",
        "SELECT min(starts_at), CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL"
        " ELSE max(ends_at) END FROM alerts WHERE service = 'token-service'"
        " AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        NOW_WATER,
    ),
    (
        "bz028",
        "time",
        "alerts in the last 24 hours by hour",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        f" WHERE starts_at > {_COURIER} - INTERVAL 24 HOUR AND starts_at <= {_COURIER}"
        " GROUP BY hour ORDER BY alerts DESC",
        NOW_COURIER,
    ),
    (
        "bz029",
        "time",
        "which alerts started between 01:00 and 03:00 UTC on 12 March",
        "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-12 03:00:00+00'",
        NOW_COURIER,
    ),
    (
        "bz030",
        "time",
        "give me the latest 5 alerts",
        f"SELECT * FROM alerts WHERE starts_at <= {_COURIER} ORDER BY starts_at DESC LIMIT 5",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "bz031",
        "aggregates",
        "how many alerts yday",
        f"SELECT count(*) FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12}",
        NOW_LIFT,
    ),
    (
        "bz032",
        "aggregates",
        "avg mins to resolve diskspacelow",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts"
        " WHERE name = 'DiskSpaceLow' AND status = 'resolved'",
        NOW_LIFT,
    ),
    (
        "bz033",
        "aggregates",
        "how many snoozes on highlatencyp99 yday",
        "SELECT count(*) FROM audit_log WHERE action = 'snooze'"
        " AND len(list_filter(matchers, m -> m.name = 'alertname' AND m.value = 'HighLatencyP99')) > 0"
        f" AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_LIFT,
    ),
    (
        "bz034",
        "aggregates",
        "What's our MTTR for this week's incidents?",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) FROM alert_groups"
        f" WHERE opened_at >= {_W10} AND opened_at <= {_VET} AND resolved_at IS NOT NULL",
        NOW_VET,
    ),
    (
        "bz035",
        "aggregates",
        "What share of this week's alerts were in production?",
        "SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'production') / count(*), 1)"
        f" FROM alerts WHERE starts_at >= {_W10} AND starts_at <= {_VET}",
        NOW_VET,
    ),
    (
        "bz036",
        "aggregates",
        "On average, how many alerts fired in the 15 minutes after each production deploy this week?",
        "SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.fingerprint) AS n FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'"
        f" AND c.timestamp >= {_W10} AND c.timestamp <= {_VET} GROUP BY c.id)",
        NOW_VET,
    ),
    (
        "bz037",
        "aggregates",
        "How many alerts did checkout-web have on 11 March? I need the number for the customer reply.",
        f"SELECT count(*) FROM alerts WHERE service = 'checkout-web' AND starts_at >= {_D11} AND starts_at < {_D12}",
        NOW_BOX,
    ),
    (
        "bz038",
        "aggregates",
        "How many incidents had an early warning before them?",
        "SELECT count(DISTINCT group_id) FROM incident_warnings",
        NOW_BOX,
    ),
    (
        "bz039",
        "aggregates",
        "What's the median length of the checkout project's alerts, in minutes?",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts"
        " WHERE project = 'checkout' AND status = 'resolved'",
        NOW_BOX,
    ),
    (
        "bz040",
        "aggregates",
        "Average scheduled silence length, in hours.",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) FROM silences",
        NOW_WATER,
    ),
    (
        "bz041",
        "aggregates",
        "How many acks were taken while the acked alert was still firing?",
        "SELECT count(*) FROM audit_log k WHERE k.action = 'ack' AND EXISTS (SELECT 1 FROM alerts a"
        f" WHERE list_contains({_ACK_EQ}, 'alertname=' || a.name)"
        f" AND list_contains({_ACK_EQ}, 'service=' || a.service)"
        " AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))",
        NOW_WATER,
    ),
    (
        "bz042",
        "aggregates",
        "How many config changes were followed by an alert on the same service within the hour?",
        "SELECT count(*) FROM change_events c WHERE c.type = 'config_update' AND c.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        NOW_WATER,
    ),
    (
        "bz043",
        "aggregates",
        "how many error log lines per service in production on 11 March",
        "SELECT service, count(*) AS lines FROM log_events WHERE is_error AND environment = 'production'"
        f" AND timestamp >= {_D11} AND timestamp < {_D12} GROUP BY service ORDER BY lines DESC",
        NOW_COURIER,
    ),
    (
        "bz044",
        "aggregates",
        "mean and max sigma of the warnings",
        "SELECT round(avg(sigma), 1), max(sigma) FROM warnings",
        NOW_COURIER,
    ),
    (
        "bz045",
        "aggregates",
        "what percent of production deploys were followed by an alert on the same service within 15 minutes",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)"
        " FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "bz046",
        "top_n",
        "top 2 alert names yday",
        f"SELECT name, count(*) AS n FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12}"
        " GROUP BY name ORDER BY n DESC, name LIMIT 2",
        NOW_LIFT,
    ),
    (
        "bz047",
        "top_n",
        "which svc had most alerts yday",
        f"SELECT service, count(*) AS n FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12}"
        " GROUP BY service ORDER BY n DESC, service LIMIT 1",
        NOW_LIFT,
    ),
    (
        "bz048",
        "top_n",
        "who snoozes the most",
        "SELECT actor, count(*) AS n FROM audit_log WHERE action = 'snooze' GROUP BY actor ORDER BY n DESC, actor"
        " LIMIT 1",
        NOW_LIFT,
    ),
    (
        "bz049",
        "top_n",
        "Top 2 services by incidents this week.",
        f"SELECT service, count(*) AS n FROM alert_groups WHERE opened_at >= {_W10} AND opened_at <= {_VET}"
        " GROUP BY service ORDER BY n DESC, service LIMIT 2",
        NOW_VET,
    ),
    (
        "bz050",
        "top_n",
        "Who shipped the most deploys this week? Top 3.",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        f" AND timestamp >= {_W10} AND timestamp <= {_VET} GROUP BY actor ORDER BY n DESC, actor LIMIT 3",
        NOW_VET,
    ),
    (
        "bz051",
        "top_n",
        "Whose deploys were blamed for the most incidents? Just the one name.",
        "SELECT change_actor, count(DISTINCT group_id) AS n FROM incident_suspects WHERE change_type = 'deployment'"
        " GROUP BY change_actor ORDER BY n DESC, change_actor LIMIT 1",
        NOW_VET,
    ),
    (
        "bz052",
        "top_n",
        "Which three services had the most alerts in the hour after payments-api v2.14.0 went live in production?",
        f"SELECT service, count(*) AS n FROM alerts WHERE starts_at >= {_V214}"
        f" AND starts_at <= {_V214} + INTERVAL 60 MINUTE GROUP BY service ORDER BY n DESC, service LIMIT 3",
        NOW_BOX,
    ),
    (
        "bz053",
        "top_n",
        "What's the noisiest alert name of all time?",
        "SELECT name, count(*) AS n FROM alerts GROUP BY name ORDER BY n DESC, name LIMIT 1",
        NOW_BOX,
    ),
    (
        "bz054",
        "top_n",
        "Top 5 checkout-web log patterns by error count on 11 March.",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'checkout-web'"
        f" AND minute >= {_D11} AND minute < {_D12} GROUP BY template_id, template"
        " ORDER BY errors DESC, template LIMIT 5",
        NOW_BOX,
    ),
    (
        "bz055",
        "top_n",
        "Who created the most silences?",
        "SELECT created_by, count(*) AS n FROM silences GROUP BY created_by ORDER BY n DESC, created_by LIMIT 1",
        NOW_WATER,
    ),
    (
        "bz056",
        "top_n",
        "Top 3 types of change in production in March, with their counts.",
        "SELECT type, count(*) AS n FROM change_events WHERE phase = 'live' AND environment = 'production'"
        f" AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= {_WATER}"
        " GROUP BY type ORDER BY n DESC, type LIMIT 3",
        NOW_WATER,
    ),
    (
        "bz057",
        "top_n",
        "Top 2 people by flag changes.",
        "SELECT actor, count(*) AS n FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " GROUP BY actor ORDER BY n DESC, actor LIMIT 2",
        NOW_WATER,
    ),
    (
        "bz058",
        "top_n",
        "which 2 services logged the most error lines in the 30 min after payments-api v2.14.0 went live in prod",
        f"SELECT service, count(*) AS n FROM log_events WHERE is_error AND timestamp >= {_V214}"
        f" AND timestamp <= {_V214} + INTERVAL 30 MINUTE GROUP BY service ORDER BY n DESC, service LIMIT 2",
        NOW_COURIER,
    ),
    (
        "bz059",
        "top_n",
        "which metric key raised the most warnings",
        "SELECT metric_key, count(*) AS n FROM warnings GROUP BY metric_key ORDER BY n DESC, metric_key LIMIT 1",
        NOW_COURIER,
    ),
    (
        "bz060",
        "top_n",
        "which service got the most alerts in the 30 minutes after its own deploys",
        "SELECT a.service, count(DISTINCT (a.fingerprint, a.starts_at)) AS n FROM alerts a JOIN change_events c"
        " ON c.service = a.service AND c.environment = a.environment_canonical AND c.type = 'deployment'"
        " AND c.phase = 'live' AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE"
        " GROUP BY a.service ORDER BY n DESC, a.service LIMIT 1",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- changes
    (
        "bz061",
        "changes",
        "what got deployed to prod yday",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        f" AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_LIFT,
    ),
    (
        "bz062",
        "changes",
        "whos the one that rolled back payments-api",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        " AND service = 'payments-api'",
        NOW_LIFT,
    ),
    (
        "bz063",
        "changes",
        "payments-api version in prod rn",
        "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api'"
        " AND environment = 'production' AND type IN ('deployment', 'rollback') AND phase = 'live'"
        f" AND timestamp <= {_LIFT} ORDER BY timestamp DESC LIMIT 1",
        NOW_LIFT,
    ),
    (
        "bz064",
        "changes",
        "Rollbacks this week?",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        f" AND timestamp >= {_W10} AND timestamp <= {_VET}",
        NOW_VET,
    ),
    (
        "bz065",
        "changes",
        "Which deploys this week were followed by a critical alert on the same service within an hour?",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        f" AND c.timestamp >= {_W10} AND c.timestamp <= {_VET}"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        NOW_VET,
    ),
    (
        "bz066",
        "changes",
        "Who flipped the New checkout flow flag, and when?",
        "SELECT actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND summary ILIKE '%New checkout flow%'",
        NOW_VET,
    ),
    (
        "bz067",
        "changes",
        "Were there any config changes on Tuesday 11 March? Service, who and when, please.",
        "SELECT service, actor, timestamp FROM change_events WHERE type = 'config_update' AND phase = 'live'"
        f" AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_BOX,
    ),
    (
        "bz068",
        "changes",
        "Which versions of checkout-web went out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events WHERE service = 'checkout-web'"
        " AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        NOW_BOX,
    ),
    (
        "bz069",
        "changes",
        "What changed on cart-service on 11 March?",
        "SELECT * FROM change_events WHERE service = 'cart-service' AND phase = 'live'"
        f" AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_BOX,
    ),
    (
        "bz070",
        "changes",
        "Changes made by humans (not argocd, not the deployment controller) in production on 11 March.",
        f"SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' AND actor NOT IN {_BOTS}"
        f" AND timestamp >= {_D11} AND timestamp < {_D12}",
        NOW_WATER,
    ),
    (
        "bz071",
        "changes",
        "Releases published in March: service, version and who published them.",
        "SELECT service, coalesce(details['ref'], version), actor FROM change_events WHERE type = 'release'"
        f" AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= {_WATER}",
        NOW_WATER,
    ),
    (
        "bz072",
        "changes",
        "Which deploys were named the suspect of an incident?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)",
        NOW_WATER,
    ),
    (
        "bz073",
        "changes",
        "scale-downs of payments-api",
        "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'"
        " AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)",
        NOW_COURIER,
    ),
    (
        "bz074",
        "changes",
        "staging deploys on 11 March that had no alert on the same service in the 15 minutes after",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        f" AND c.environment = 'staging' AND c.timestamp >= {_D11} AND c.timestamp < {_D12}"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_COURIER,
    ),
    (
        "bz075",
        "changes",
        "when was each service last deployed to production",
        "SELECT service, max(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        f" AND environment = 'production' AND timestamp <= {_COURIER} GROUP BY service",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- silences
    (
        "bz076",
        "silences",
        "whats muted rn",
        f"SELECT * FROM silences WHERE starts_at <= {_LIFT} AND ends_at > {_LIFT}"
        f" AND (expired_at IS NULL OR expired_at > {_LIFT})",
        NOW_LIFT,
    ),
    (
        "bz077",
        "silences",
        "who silenced the indexer last nite",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'"
        " AND created_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        NOW_LIFT,
    ),
    (
        "bz078",
        "silences",
        "how many silences has kenji made",
        "SELECT count(*) FROM silences WHERE created_by ILIKE '%kenji%'",
        NOW_LIFT,
    ),
    (
        "bz079",
        "silences",
        "Silences created this week: who, when and the comment.",
        f"SELECT created_by, created_at, comment FROM silences WHERE created_at >= {_W10} AND created_at <= {_VET}",
        NOW_VET,
    ),
    (
        "bz080",
        "silences",
        "Which silences were ended early, and by whom? Silence id and who ended it.",
        "SELECT silence_id, expired_by FROM silences WHERE expired_at IS NOT NULL",
        NOW_VET,
    ),
    (
        "bz081",
        "silences",
        "Total silenced hours per author, as the silences were really in place.",
        f"SELECT created_by, round(sum(epoch({_REAL_END}) - epoch(starts_at)) / 3600, 1) AS hours FROM silences"
        " GROUP BY created_by ORDER BY hours DESC",
        NOW_VET,
    ),
    (
        "bz082",
        "silences",
        "Were any alerts firing on cart-service while its silence was on?",
        "SELECT a.* FROM alerts a JOIN silences s ON s.service = 'cart-service' AND a.service = 'cart-service'"
        " AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))"
        " AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)",
        NOW_BOX,
    ),
    (
        "bz083",
        "silences",
        "Silences with a comment mentioning reindex.",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        NOW_BOX,
    ),
    (
        "bz084",
        "silences",
        "How many alerts did Alertmanager hold back under each silence? Include the ones that held back none.",
        "SELECT s.silence_id, count(m.id) FROM silences s LEFT JOIN alert_mutes m"
        " ON list_contains(m.silenced_by, s.silence_id) GROUP BY s.silence_id",
        NOW_BOX,
    ),
    (
        "bz085",
        "silences",
        "Silences created outside business hours.",
        "SELECT * FROM silences WHERE NOT (dayofweek(created_at) BETWEEN 1 AND 5"
        " AND hour(created_at) >= 9 AND hour(created_at) < 17)",
        NOW_WATER,
    ),
    (
        "bz086",
        "silences",
        "Who put the silence on cart-service, and who took it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        NOW_WATER,
    ),
    (
        "bz087",
        "silences",
        "Silences created while an incident on the same service was open.",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service"
        " AND (s.environment IS NULL OR s.environment_canonical = g.environment)"
        f" AND s.created_at >= g.opened_at AND s.created_at <= coalesce(g.resolved_at, {_WATER}))",
        NOW_WATER,
    ),
    (
        "bz088",
        "silences",
        "silences scheduled for longer than 2 hours",
        "SELECT * FROM silences WHERE ends_at - starts_at > INTERVAL 2 HOUR",
        NOW_COURIER,
    ),
    (
        "bz089",
        "silences",
        "silences that were in effect at some point on 11 March",
        f"SELECT * FROM silences WHERE starts_at < {_D12} AND {_REAL_END} > {_D11}",
        NOW_COURIER,
    ),
    (
        "bz090",
        "silences",
        "which silences really muted something, according to alertmanager",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- joins
    (
        "bz091",
        "joins",
        "alerts that fired during an active silence on the same svc",
        "SELECT a.* FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service"
        " AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at >= s.starts_at AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        NOW_LIFT,
    ),
    (
        "bz092",
        "joins",
        "deploys followed by a rollback within an hour",
        "SELECT d.* FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'"
        " AND r.service = d.service AND r.environment = d.environment"
        " AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        NOW_LIFT,
    ),
    (
        "bz093",
        "joins",
        "For each production deploy this week: service, version and how many alerts in the next 15 minutes.",
        "SELECT c.service, coalesce(c.details['ref'], c.version), count(a.fingerprint) FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'"
        f" AND c.timestamp >= {_W10} AND c.timestamp <= {_VET}"
        " GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)",
        NOW_VET,
    ),
    (
        "bz094",
        "joins",
        "This week's incidents with their suspect if any: service, alert name, opened, suspect version.",
        "SELECT g.service, g.group_labels['alertname'], g.opened_at,"
        " coalesce(s.change_details['ref'], s.change_version) FROM alert_groups g"
        " LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id"
        f" WHERE g.opened_at >= {_W10} AND g.opened_at <= {_VET}",
        NOW_VET,
    ),
    (
        "bz095",
        "joins",
        "Which incidents were blamed on a deploy of a different service?",
        "SELECT * FROM incident_suspects WHERE change_type = 'deployment' AND change_service <> service",
        NOW_VET,
    ),
    (
        "bz096",
        "joins",
        "Which early warnings came before the CheckoutConversionRateDrop incident?",
        "SELECT * FROM incident_warnings WHERE group_labels['alertname'] = 'CheckoutConversionRateDrop'",
        NOW_BOX,
    ),
    (
        "bz097",
        "joins",
        "How were the payments-api incidents fixed? When each opened, the alert name and the fix.",
        "SELECT g.opened_at, g.group_labels['alertname'], r.fix FROM alert_groups g"
        " JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id"
        " WHERE g.service = 'payments-api'",
        NOW_BOX,
    ),
    (
        "bz098",
        "joins",
        "Which silences were in effect while the PaymentsAPIErrorBudgetBurn incident of 11 March was open, any svc?",
        "SELECT s.* FROM silences s JOIN alert_groups g ON g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'"
        f" AND g.opened_at >= {_D11} AND g.opened_at < {_D12}"
        f" AND s.starts_at < coalesce(g.resolved_at, {_BOX})"
        " AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > g.opened_at",
        NOW_BOX,
    ),
    (
        "bz099",
        "joins",
        "Who deployed in the 15 minutes before an incident opened on the same service?",
        "SELECT DISTINCT c.actor FROM change_events c JOIN alert_groups g ON g.service = c.service"
        " AND g.environment = c.environment"
        " AND c.timestamp BETWEEN g.opened_at - INTERVAL 15 MINUTE AND g.opened_at"
        " WHERE c.type = 'deployment' AND c.phase = 'live'",
        NOW_WATER,
    ),
    (
        "bz100",
        "joins",
        "February incidents with no suspect change.",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " AND id NOT IN (SELECT group_id FROM incident_suspects)",
        NOW_WATER,
    ),
    (
        "bz101",
        "joins",
        "Acks taken while the acked alert was still firing: who acked, the alert name and its service.",
        "SELECT actor, name, service FROM (SELECT DISTINCT k.id, k.actor, a.name, a.service FROM audit_log k"
        " JOIN alerts a"
        f" ON list_contains({_ACK_EQ}, 'alertname=' || a.name)"
        f" AND list_contains({_ACK_EQ}, 'service=' || a.service)"
        " AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp)"
        " WHERE k.action = 'ack')",
        NOW_WATER,
    ),
    (
        "bz102",
        "joins",
        "for each early warning on payments-api on 11 March, how many payments-api alerts started in the 15 minutes"
        " after it",
        "SELECT w.id, count(a.fingerprint) FROM warnings w LEFT JOIN alerts a ON a.service = 'payments-api'"
        " AND a.environment_canonical = w.labels['environment']"
        " AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE"
        f" WHERE w.labels['service'] = 'payments-api' AND w.starts_at >= {_D11} AND w.starts_at < {_D12}"
        " GROUP BY w.id",
        NOW_COURIER,
    ),
    (
        "bz103",
        "joins",
        "production deploys on 11 March with zero alerts on the same service in the 15 min after",
        "SELECT c.* FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        f" AND c.environment = 'production' AND c.timestamp >= {_D11} AND c.timestamp < {_D12}"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        NOW_COURIER,
    ),
    (
        "bz104",
        "joins",
        "which services got paged within 15 min after one of their own deploys",
        "SELECT DISTINCT a.service FROM alerts a JOIN change_events c ON c.service = a.service"
        " AND c.environment = a.environment_canonical AND c.type = 'deployment' AND c.phase = 'live'"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE",
        NOW_COURIER,
    ),
    (
        "bz105",
        "joins",
        "how many error lines did checkout-web log in the 10 minutes after payments-api v2.14.0 went live in"
        " production",
        "SELECT count(*) FROM log_events WHERE service = 'checkout-web' AND environment = 'production' AND is_error"
        f" AND timestamp >= {_V214} AND timestamp <= {_V214} + INTERVAL 10 MINUTE",
        NOW_COURIER,
    ),
    # ---------------------------------------------------------------- refusals
    ("bz106", "refusals", "alerts on lift-gateway yday?", "ungrounded", NOW_LIFT),
    (
        "bz107",
        "refusals",
        "how do i set the timeout on a skidata gate scanner",
        "not_about_this_data",
        NOW_LIFT,
    ),
    ("bz108", "refusals", "mute all search-api staging alerts for 2h", "asks_to_change_data", NOW_LIFT),
    (
        "bz109",
        "refusals",
        "How many deploys did priya.sharma do this week?",
        "ungrounded",
        NOW_VET,
    ),
    (
        "bz110",
        "refusals",
        "What's a sensible on-call rotation size for a team of six?",
        "not_about_this_data",
        NOW_VET,
    ),
    (
        "bz111",
        "refusals",
        "Please delete the old TokenCacheEvictionsHigh alerts before the review.",
        "asks_to_change_data",
        NOW_VET,
    ),
    ("bz112", "refusals", "Any alerts on box-office-api on 11 March?", "ungrounded", NOW_BOX),
    (
        "bz113",
        "refusals",
        "Which ticketing platform would you recommend for a 900-seat theatre?",
        "not_about_this_data",
        NOW_BOX,
    ),
    (
        "bz114",
        "refusals",
        "Could you mark the checkout-web 503 incident as resolved, please?",
        "asks_to_change_data",
        NOW_BOX,
    ),
    ("bz115", "refusals", "Silences in the scada environment.", "ungrounded", NOW_WATER),
    (
        "bz116",
        "refusals",
        "What does NIST 800-53 control AU-6 require for audit review?",
        "not_about_this_data",
        NOW_WATER,
    ),
    ("bz117", "refusals", "Expire kenji's indexer silences now.", "asks_to_change_data", NOW_WATER),
    ("bz118", "refusals", "alerts in cluster prod-sa-east-1 today", "ungrounded", NOW_COURIER),
    (
        "bz119",
        "refusals",
        "how do i tune postgres autovacuum for a table with many updates",
        "not_about_this_data",
        NOW_COURIER,
    ),
    ("bz120", "refusals", "roll back payments-api to v2.12.0 in production", "asks_to_change_data", NOW_COURIER),
]
