"""The sixty-fifth ask question set: ids fz001..fz120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases nor the rows of any
earlier set (beyond the first ten rows of ``ask_questions_thirtieth``); what the author read was the brief, the
project's design notes (the shared DESIGN.md), docs/store.md (printed whole, its middle, cut off by the terminal,
printed again by line range), the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for
the shape of every gold answer; the headings of docs/ask.md were listed with grep to find its line range, and the
section, printed in the same command as the end of docs/store.md, had its middle cut off by the terminal), the first
150 lines of ``ask_questions`` (the beginning of its module docstring, up to the twenty-eighth set; its code was not
reached, and this set is not wired in by its author), the module docstrings of the earlier sets (up to the
sixty-third) printed with ``ast`` into a scratch file and grepped for roles, cities and languages (the forty-ninth's
was read whole and its "Conventions" list followed where a question leaves room), the first ten rows of
``ask_questions_thirtieth`` imported in Python (for the file's format) and, in the same command, the lines defining
that file's module-level now constants (one grep), and the demo store itself, copied and opened read-only (records
from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Nothing
else was read, beyond file names seen in directory listings of ``benchmarks/``, the project root and the folder the
brief came from. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person,
environment or cluster the store does not hold); any other gold is a single DuckDB SELECT over the documented tables
and views, compared with the answer as a multiset of rows.

Five people ask the questions, none of whom spoke in an earlier set (the earlier docstrings name no robotics
warehouse, school district, sports-betting platform, museum or legal e-discovery platform, and no voice from
Eindhoven, Winnipeg, Valletta, Vienna or Boston). Each asks three questions in every category (24 each, three of them
refusals):

- the controls engineer of a robotics fulfilment warehouse in Eindhoven, at 09:00 CET on Thursday 13 March
  (2025-03-13 08:00 UTC), whose pick robots release orders only once the webshop's cart and payment calls
  (cart-service, checkout-web, payments-api) come back: Dutch English ("Is it so that ...", "how much alerts",
  "on Tuesday" for 11 March, "the robots stood still"), cares about the checkout services
  and what changed just before they broke;
- the IT coordinator of a school district in Winnipeg, at 08:00 CDT on Wednesday 12 March (2025-03-12 13:00 UTC),
  whose parent and student portal signs in through the identity services (auth-api, token-service, user-profile):
  careful, polite, not an SRE ("the sign-in services", "Could you"), asks about staging as "the
  test environment", and writes "today" and "yesterday" for the UTC days of 12 and 11 March;
- the on-call engineer of a sports-betting platform in Valletta, typing on a phone at 21:30 CET on Wednesday 12 March
  (2025-03-12 20:30 UTC) during a Champions League match, whose bet-slip payments go through payments-api and the
  checkout services: lower case, no apostrophes, "tues", "rn", "n" for "and", "w/in", "svc", "payments api" without the
  hyphen, "crit", the odd typo ("payemnts", "silnce", "alrts");
- the web team lead of an art museum in Vienna, at 10:00 CET on Friday 14 March (2025-03-14 09:00 UTC), whose online
  collection search runs on the search project (search-api, query-suggest, indexer): Austrian German English, formal
  ("Please list", "Have there been", "lasted the longest"), "the search services" for the search project;
- the SRE of a legal e-discovery platform in Boston, at 09:00 EDT on Monday 17 March (2025-03-17 13:00 UTC), whose
  document review search runs on the indexer and who answers the compliance team: precise, audit-minded ("attributable
  to", "on the record", "as recorded"), who changed, silenced, acked or expired what, people versus automation.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (alerts
after the v2.14.0 deploy, auth-api alerts after an auth-api deploy, payments-api alerts between the v2.14.0 deploy and
the rollback, indexer alerts after an indexer deploy, alerts after a config change), four in time (minutes from the
New checkout flow flag to the first checkout-web alert, staging changes before the first LoginSuccessRateLow alert,
what was firing when kenji's 12 March silence was created, changes before the Vault incident), five in aggregates
(alerts after checkout deploys averaged, identity incidents with a suspect, the suspects' median lag, the early
warnings' lead before search incidents, production deploys named suspect as a share), four in top_n (the checkout
service with most alerts after v2.14.0, whose deploys were identity suspects, the search service with most warned
incidents, whose changes were suspects most), five in changes (production changes before the first cart-service alert,
staging deploys followed by an alert, changes before the Hikari alert, search changes before the 12:22 DiskSpaceLow
alert, people's changes made while an incident was open), six in silences (alerts under the cart-service silence,
token-service alerts under a silence, silences made during the payments-api incidents, alerts held back per indexer
silence, silences in effect while the indexer backlog alert fired, silences that muted something) and all fifteen
joins. The alerts that started while the Hikari alert fired (fz053) and the minutes from the deploy to the rollback
(fz023) relate records of one kind and are not counted. One gold returns an empty result: fz082 (nothing is muted at
the betting on-call's now; the last silence ended at 09:07:49 that day). Some answers are thin but honest: the early
warnings' lead before search incidents (fz041) rests on one incident; every ack on the record was taken while its
alert fired (fz103 lists all nine); auth-api v4.2.1's production deploy, reported by two tools, is two rows of fz091.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (each team keeps its boards
  in UTC; the Winnipeg coordinator's "today" and "yesterday" are the UTC days 12 and 11 March), so no question is read
  in another zone. The nows: the controls engineer 2025-03-13 08:00, the IT coordinator 2025-03-12 13:00, the betting
  on-call 2025-03-12 20:30, the museum web lead 2025-03-14 09:00, the e-discovery SRE Monday 2025-03-17 13:00, all
  after every record. "Tuesday", "tues", "11 March", "on the 11th" are ``[2025-03-11, 2025-03-12)``; "this week" (the
  coordinator's) ``[2025-03-10, now]``; "this month", "in March", "since 1 March" from 2025-03-01 to now; "in February"
  ``[2025-02-01, 2025-03-01)``; "last 24h" and "last 48h" are ``(now - 24 h, now]`` and ``(now - 48 h, now]``; a clock
  range "between 01:00 and 06:00 UTC" includes its start and excludes its end. "All time", "ever", "on the record"
  have no window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an
  incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a log line's ``timestamp``);
  "still firing right now", "muted rn", "active at 08:00" are the state at that instant; an
  alert still firing has fired until now. Per-day and per-hour buckets
  are UTC (``timezone('UTC', ...)``); weekdays are UTC weekdays.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" is that span in minutes;
  the "scheduled length" is ``starts_at`` to ``ends_at``). Changes are their ``phase = 'live'`` reports: "deploys"
  ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows), "rollbacks",
  "config changes", "flag changes" / "turned feature flags on or off", "releases" their types, "changes" of any type
  every live report. "The launch flag" / "the New checkout flow flag" is the live production flag change whose summary
  names the New checkout flow. A version is ``coalesce(details['ref'], version)`` (``coalesce(change_details['ref'],
  change_version)`` in the incident views); "live in production now" is that of the last live deployment or rollback
  of that service and environment. "People" and "not argocd or the deployment controller" are every actor but
  ``argocd (automated)`` and ``deployment-controller``; people are as stored ("kenji" is ``ILIKE '%kenji%'``, "maria"
  ``ILIKE '%maria%'``; lnovak and lucie.novak@acme.io stay two actors as stored). "The checkout services" are
  ``project = 'checkout'`` (cart-service, checkout-web, payments-api); "the sign-in services" / "identity services"
  ``project = 'identity'``; "the search services" ``project = 'search'``; for silences, whose matchers rarely name a
  project, the same services by ``service`` beside a ``project`` matcher on that project. "The test environment" is
  ``staging``. "The cart-service silence" is the only silence pinning cart-service (maria's); "the Hikari alert" /
  "the HikariPoolPendingConnections alert" fired once and its start is the moment; "kenji's 12 March silence" is the
  silence he created that day (6df8fbac...).
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert "within N minutes after" a change starts in ``[t, t + N]``; "in the hour before" / "the 15 minutes before" /
  "the 2 hours before" an alert or incident is ``[t - N, t]``, the changes being those of the alert's environment
  (production unless it is a staging alert) and any service unless the question names the services (fz071 names the
  search services); "after payments-api v2.14.0 went live" and "between the v2.14.0 deploy and the rollback" are
  windows from those events (its production deploy, 2025-03-11 14:31:22, and the production rollback at 14:56:37), on
  the services the question names. A silence meets the other side on its service and, when it pins one, its
  environment; silences that pin no service are left out of such joins. Alerts "firing while" a silence was in effect
  overlap its span; alerts that "started while" one was in force start inside it (start included, end excluded);
  silences "made while" an incident was open have ``created_at`` inside the incident's span (ends included, any
  service when the question says so, fz083); silences "created within an hour after" an alert on the same service
  started: ``created_at`` in ``[starts_at, starts_at + 1 h]``. Changes "made while an incident on the same service was
  open" have their time inside the incident's span, ends included (an incident still open runs until now, so stale
  open incidents count; fz074 reads them so). Acks name their alert by their ``alertname`` and ``service`` equality
  matchers and count as taken "while the acked alert was still firing" when one such alert was on at the ack's time.
  "Suspect" is ``incident_suspects``: "whose deploys were named the suspect of the most identity incidents" counts
  distinct incidents per ``change_actor`` of suspect deployments; "what share of production deploys were named as a
  suspect" is the live production deployments (all time) whose id is some suspect's ``change_id``; the "median lag of
  the suspects" is the median of ``lag_s`` in minutes. "Had an early warning before them" is a row in
  ``incident_warnings``, "the earliest warning's lead" its largest ``lead_min``; "for each early warning on the
  indexer" is every ``warnings`` row whose ``service`` label is indexer, its id and start, with the indexer alerts of
  its environment label (canonical) that started in ``[w, w + 15 min]`` (0 where none). Resolutions are
  ``resolutions`` rows joined on ``group_id``; "no resolution written up" no ``resolutions`` row. "For each indexer
  silence, how many alerts did Alertmanager hold back under it" counts the ``alert_mutes`` rows whose ``silenced_by``
  names it, every indexer silence listed (0 included); "actually muted something according to Alertmanager" is a
  silence ``alert_mutes`` names. "For each production deploy on 11 March: service, version and how many alerts ..." is
  one row per deploy report (a ``LEFT JOIN``, 0 included).
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  "average time to resolve"; "the longest resolved indexer alert" the maximum of those); percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects; "on average, how many alerts ... after each
  production deploy of a checkout service" is the mean of the per-deploy counts on the deployed service, deploys with
  none counting 0; "average number of alerts per day" the mean over the days that had alerts; "how many distinct
  people" counts actors other than the two bots. "Business hours" are Monday to Friday 09:00-17:00 UTC by
  ``created_at``; "outside" them is any other time. "When did payments api alerts start n stop" is the first start and
  the last end of that day's payments-api alerts, side by side.
- Top-N answers ``value, count`` most first, ties by the value, and every N asked is one no tie crosses ("the most",
  "just the top person", "top one" ask for one row; the two of fz052 tie with each other, the third far behind). "The
  busiest hour" is the hour's UTC start with its count. "Log templates" are the current ones (``replaced_by IS
  NULL``), ranked by ``error_count``. "Which versions of search-api went to production" each version
  once. "Who ..., and when?" is the person and the time of each act; "who ... and which ones" the person and the
  silence id.
- Refusals: the services "fleet-manager", "parent-portal" and "odds-feed", the cluster "prod-eu-central-1" (the store
  has prod-eu-west-1 and staging-eu-west-1) and the person "priya.raman" are ungrounded; thresholds for robot battery
  levels, resetting a student's password in Google Workspace, the score of the match, the best image format for
  painting scans and the preservation duty under FRCP Rule 37(e) are not about this data; silencing cart-service
  until Monday, deleting the staging alerts of 11 March, rolling payments-api back, marking the indexer backlog alert
  resolved and expiring kenji's silences while removing his audit entries ask to change the data.

fz100's gold was rewritten without ``environment_aliases`` (not readable by questions), with a CASE over its
aliases that returns the same rows.
"""

EINDHOVEN = "2025-03-13T08:00:00Z"
WINNIPEG = "2025-03-12T13:00:00Z"
VALLETTA = "2025-03-12T20:30:00Z"
VIENNA = "2025-03-14T09:00:00Z"
BOSTON = "2025-03-17T13:00:00Z"

_D11 = "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_T11 = "timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_BOTS = "('argocd (automated)', 'deployment-controller')"


def _v214(t):
    """The payments-api v2.14.0 production deploy, its live report, as alias ``t``."""
    return (
        f"{t}.type = 'deployment' AND {t}.phase = 'live' AND {t}.service = 'payments-api'"
        f" AND {t}.environment = 'production' AND coalesce({t}.details['ref'], {t}.version) = 'v2.14.0'"
    )


_SEARCH_SVCS = "('search-api', 'query-suggest', 'indexer')"
_ID_SVCS = "('auth-api', 'token-service', 'user-profile')"
_CO_SVCS = "('cart-service', 'checkout-web', 'payments-api')"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "fz001",
        "filters",
        "Good morning. Is it so that cart-service had alerts on Tuesday 11 March? Please give me those alerts, all "
        "columns.",
        f"SELECT * FROM alerts WHERE service = 'cart-service' AND {_D11}",
        EINDHOVEN,
    ),
    (
        "fz002",
        "filters",
        "Our robots stood still after the payments-api v2.14.0 deploy went live in production. Which alerts started "
        "on cart-service or checkout-web within 30 minutes after it?",
        "SELECT a.* FROM alerts a, change_events c\n"
        f" WHERE {_v214('c')}\n"
        "   AND a.service IN ('cart-service', 'checkout-web') AND a.environment_canonical = 'production'\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE",
        EINDHOVEN,
    ),
    (
        "fz003",
        "filters",
        "Which critical alerts have there been in the checkout project since 1 March?",
        "SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'critical'\n"
        "   AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        EINDHOVEN,
    ),
    (
        "fz004",
        "filters",
        "Hello, could you show me the alerts from the test environment for the sign-in services (auth-api, "
        "token-service, user-profile) yesterday?",
        f"SELECT * FROM alerts WHERE environment_canonical = 'staging' AND service IN {_ID_SVCS} AND {_D11}",
        WINNIPEG,
    ),
    (
        "fz005",
        "filters",
        "Which auth-api alerts started within an hour after an auth-api deployment went live in the same "
        "environment?",
        "SELECT * FROM alerts a WHERE a.service = 'auth-api' AND EXISTS (\n"
        "  SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'\n"
        "   AND c.service = 'auth-api' AND c.environment = a.environment_canonical\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR)",
        WINNIPEG,
    ),
    (
        "fz006",
        "filters",
        "Are there alerts on user-profile that are still firing right now? Please list them.",
        "SELECT * FROM alerts WHERE service = 'user-profile'\n"
        "   AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'\n"
        "   AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 13:00:00+00')",
        WINNIPEG,
    ),
    (
        "fz007",
        "filters",
        "crit alrts on payments api tues",
        f"SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical' AND {_D11}",
        VALLETTA,
    ),
    (
        "fz008",
        "filters",
        "payments api alerts that started between the v2.14.0 deploy n the rollback going live",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production'\n"
        "   AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'",
        VALLETTA,
    ),
    (
        "fz009",
        "filters",
        "payemnts api alerts error or crit sev last 48h",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity IN ('error', 'critical')\n"
        "   AND starts_at > TIMESTAMPTZ '2025-03-10 20:30:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-12 20:30:00+00'",
        VALLETTA,
    ),
    (
        "fz010",
        "filters",
        "Please list all alerts of the search services in production on 11 March.",
        f"SELECT * FROM alerts WHERE project = 'search' AND environment_canonical = 'production' AND {_D11}",
        VIENNA,
    ),
    (
        "fz011",
        "filters",
        "Which indexer alerts began within three hours after an indexer deployment went live in the same "
        "environment?",
        "SELECT * FROM alerts a WHERE a.service = 'indexer' AND EXISTS (\n"
        "  SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'\n"
        "   AND c.service = 'indexer' AND c.environment = a.environment_canonical\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 3 HOUR)",
        VIENNA,
    ),
    (
        "fz012",
        "filters",
        "Show me the alerts of query-suggest with severity warning, all of them since the beginning.",
        "SELECT * FROM alerts WHERE service = 'query-suggest' AND severity = 'warning'",
        VIENNA,
    ),
    (
        "fz013",
        "filters",
        "List every indexer alert that is unresolved as of this moment.",
        "SELECT * FROM alerts WHERE service = 'indexer'\n"
        "   AND starts_at <= TIMESTAMPTZ '2025-03-17 13:00:00+00'\n"
        "   AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 13:00:00+00')",
        BOSTON,
    ),
    (
        "fz014",
        "filters",
        "For the compliance file: which production alerts started within 15 minutes after a config change to the "
        "same service?",
        "SELECT * FROM alerts a WHERE a.environment_canonical = 'production' AND EXISTS (\n"
        "  SELECT 1 FROM change_events c WHERE c.type = 'config_update' AND c.phase = 'live'\n"
        "   AND c.service = a.service AND c.environment = a.environment_canonical\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        BOSTON,
    ),
    (
        "fz015",
        "filters",
        "Which alerts on the record came in through PagerDuty? Full rows.",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        BOSTON,
    ),
    # ------------------------------------------------------------------ time
    (
        "fz016",
        "time",
        "At what time did the first cart-service alert start on Tuesday?",
        f"SELECT min(starts_at) FROM alerts WHERE service = 'cart-service' AND {_D11}",
        EINDHOVEN,
    ),
    (
        "fz017",
        "time",
        "How much minutes were there between the New checkout flow flag going on in production and the first "
        "checkout-web alert after it?",
        "SELECT round((epoch(min(a.starts_at)) - epoch(f.timestamp)) / 60, 1)\n"
        "  FROM change_events f, alerts a\n"
        " WHERE f.type = 'flag_change' AND f.phase = 'live' AND f.environment = 'production'\n"
        "   AND f.summary ILIKE '%New checkout flow%'\n"
        "   AND a.service = 'checkout-web' AND a.starts_at >= f.timestamp\n"
        " GROUP BY f.timestamp",
        EINDHOVEN,
    ),
    (
        "fz018",
        "time",
        "How much alerts were there per hour on Tuesday 11 March, all services together?",
        "SELECT date_trunc('hour', timezone('UTC', starts_at)) AS hour, count(*) AS alerts FROM alerts\n"
        f" WHERE {_D11} GROUP BY 1 ORDER BY alerts DESC, hour",
        EINDHOVEN,
    ),
    (
        "fz019",
        "time",
        "What time did the last alert for auth-api in the test environment start yesterday?",
        "SELECT max(starts_at) FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging'\n"
        f"   AND {_D11}",
        WINNIPEG,
    ),
    (
        "fz020",
        "time",
        "In the hour before the first LoginSuccessRateLow alert yesterday, what changes went live in the test "
        "environment?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'staging'\n"
        "   AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 09:18:40.080894+00' - INTERVAL 1 HOUR\n"
        "                     AND TIMESTAMPTZ '2025-03-11 09:18:40.080894+00'",
        WINNIPEG,
    ),
    (
        "fz021",
        "time",
        "How many alerts did the sign-in services have on each day this week?",
        "SELECT CAST(timezone('UTC', starts_at) AS DATE) AS day, count(*) AS alerts FROM alerts\n"
        " WHERE project = 'identity' AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'\n"
        "   AND starts_at <= TIMESTAMPTZ '2025-03-12 13:00:00+00'\n"
        " GROUP BY 1 ORDER BY alerts DESC, day",
        WINNIPEG,
    ),
    (
        "fz022",
        "time",
        "when did payments api alerts start n stop on tues",
        f"SELECT min(starts_at), max(ends_at) FROM alerts WHERE service = 'payments-api' AND {_D11}",
        VALLETTA,
    ),
    (
        "fz023",
        "time",
        "how many min between the v2.14.0 deploy n the rollback going live",
        "SELECT round((epoch(r.timestamp) - epoch(d.timestamp)) / 60, 1)\n"
        "  FROM change_events d, change_events r\n"
        f" WHERE {_v214('d')}\n"
        "   AND r.type = 'rollback' AND r.phase = 'live' AND r.service = 'payments-api'\n"
        "   AND r.environment = 'production' AND r.timestamp = (\n"
        "     SELECT min(x.timestamp) FROM change_events x WHERE x.type = 'rollback' AND x.phase = 'live'\n"
        "        AND x.service = 'payments-api' AND x.environment = 'production' AND x.timestamp >= d.timestamp)",
        VALLETTA,
    ),
    (
        "fz024",
        "time",
        "how many alerts last 24h",
        "SELECT count(*) FROM alerts WHERE starts_at > TIMESTAMPTZ '2025-03-11 20:30:00+00'\n"
        "   AND starts_at <= TIMESTAMPTZ '2025-03-12 20:30:00+00'",
        VALLETTA,
    ),
    (
        "fz025",
        "time",
        "Which alerts of the search services started between 01:00 and 06:00 UTC on 12 March?",
        "SELECT * FROM alerts WHERE project = 'search'\n"
        "   AND starts_at >= TIMESTAMPTZ '2025-03-12 01:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        VIENNA,
    ),
    (
        "fz026",
        "time",
        "What was firing on the indexer at the moment Kenji created his silence on 12 March?",
        "SELECT a.* FROM alerts a, silences s\n"
        " WHERE s.created_by ILIKE '%kenji%' AND s.created_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        "   AND s.created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'\n"
        "   AND a.service = 'indexer' AND a.starts_at <= s.created_at\n"
        "   AND (a.ends_at IS NULL OR a.ends_at > s.created_at)",
        VIENNA,
    ),
    (
        "fz027",
        "time",
        "On which days of this month had the indexer alerts, and how many each day?",
        "SELECT CAST(timezone('UTC', starts_at) AS DATE) AS day, count(*) AS alerts FROM alerts\n"
        " WHERE service = 'indexer' AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'\n"
        "   AND starts_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'\n"
        " GROUP BY 1 ORDER BY alerts DESC, day",
        VIENNA,
    ),
    (
        "fz028",
        "time",
        "At what time did the first production deployment go live on March 11?",
        "SELECT min(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live'\n"
        f"   AND environment = 'production' AND {_T11}",
        BOSTON,
    ),
    (
        "fz029",
        "time",
        "For the VaultLeaseRenewalFailures incident, which changes went live in production in the 30 minutes "
        "before it opened?",
        "SELECT c.* FROM change_events c, alert_groups g\n"
        " WHERE g.group_labels['alertname'] = 'VaultLeaseRenewalFailures'\n"
        "   AND c.phase = 'live' AND c.environment = 'production'\n"
        "   AND c.timestamp BETWEEN g.opened_at - INTERVAL 30 MINUTE AND g.opened_at",
        BOSTON,
    ),
    (
        "fz030",
        "time",
        "Alerts by day of the week, all time, as recorded.",
        "SELECT dayname(timezone('UTC', starts_at)) AS weekday, count(*) AS alerts FROM alerts\n"
        " GROUP BY 1 ORDER BY alerts DESC, weekday",
        BOSTON,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "fz031",
        "aggregates",
        "How much alerts had the checkout project on Tuesday 11 March in total?",
        f"SELECT count(*) FROM alerts WHERE project = 'checkout' AND {_D11}",
        EINDHOVEN,
    ),
    (
        "fz032",
        "aggregates",
        "On average, how many alerts started on the deployed service in the 30 minutes after each production deploy "
        "of a checkout service?",
        "SELECT round(avg(n), 1) FROM (\n"
        "  SELECT c.id, count(a.fingerprint) AS n FROM change_events c\n"
        "  LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE\n"
        "  WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'\n"
        "    AND c.project = 'checkout'\n"
        "  GROUP BY c.id)",
        EINDHOVEN,
    ),
    (
        "fz033",
        "aggregates",
        "Which percentage of the checkout project's alerts on 11 March was critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts\n"
        f" WHERE project = 'checkout' AND {_D11}",
        EINDHOVEN,
    ),
    (
        "fz034",
        "aggregates",
        "What is the average time to resolve, in minutes, for the auth-api alerts in the test environment?",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts\n"
        " WHERE service = 'auth-api' AND environment_canonical = 'staging' AND ends_at IS NOT NULL",
        WINNIPEG,
    ),
    (
        "fz035",
        "aggregates",
        "How many incidents on the sign-in services had a suspect change?",
        "SELECT count(DISTINCT group_id) FROM incident_suspects WHERE project = 'identity'",
        WINNIPEG,
    ),
    (
        "fz036",
        "aggregates",
        "How many distinct people made changes to the sign-in services in March (not counting argocd or the "
        "deployment controller)?",
        "SELECT count(DISTINCT actor) FROM change_events WHERE phase = 'live' AND project = 'identity'\n"
        f"   AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND actor NOT IN {_BOTS}",
        WINNIPEG,
    ),
    (
        "fz037",
        "aggregates",
        "avg mins to resolve payments api alerts tues",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts\n"
        f" WHERE service = 'payments-api' AND ends_at IS NOT NULL AND {_D11}",
        VALLETTA,
    ),
    (
        "fz038",
        "aggregates",
        "median lag of the suspects on tues in mins",
        "SELECT round(median(lag_s) / 60, 1) FROM incident_suspects\n"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        VALLETTA,
    ),
    (
        "fz039",
        "aggregates",
        "how many error log lines payments api tues",
        f"SELECT count(*) FROM log_events WHERE service = 'payments-api' AND is_error AND {_T11}",
        VALLETTA,
    ),
    (
        "fz040",
        "aggregates",
        "What is the average number of alerts per day for the search services in March?",
        "SELECT round(avg(n), 1) FROM (\n"
        "  SELECT CAST(timezone('UTC', starts_at) AS DATE) AS day, count(*) AS n FROM alerts\n"
        "   WHERE project = 'search' AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'\n"
        "     AND starts_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'\n"
        "   GROUP BY 1)",
        VIENNA,
    ),
    (
        "fz041",
        "aggregates",
        "What is the average lead time, in minutes, of the early warnings before the incidents of the search "
        "services?",
        "SELECT round(avg(lead_min), 1) FROM incident_warnings WHERE project = 'search'",
        VIENNA,
    ),
    (
        "fz042",
        "aggregates",
        "How long, in minutes, lasted the longest resolved indexer alert?",
        "SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM alerts\n"
        " WHERE service = 'indexer' AND ends_at IS NOT NULL",
        VIENNA,
    ),
    (
        "fz043",
        "aggregates",
        "How many acknowledgements are on the record for February, per person?",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack'\n"
        "   AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'\n"
        "   AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'\n"
        " GROUP BY actor ORDER BY acks DESC, actor",
        BOSTON,
    ),
    (
        "fz044",
        "aggregates",
        "What percentage of production deployments were named as the suspect of some incident?",
        "SELECT round(100.0 * count(*) FILTER (WHERE c.id IN (SELECT change_id FROM incident_suspects))\n"
        "       / count(*), 1)\n"
        "  FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'",
        BOSTON,
    ),
    (
        "fz045",
        "aggregates",
        "What is the average scheduled length, in minutes, of the silences attributable to kenji?",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) FROM silences\n"
        " WHERE created_by ILIKE '%kenji%'",
        BOSTON,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "fz046",
        "top_n",
        "Which were the three services with the most alerts on Tuesday 11 March?",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE {_D11}\n"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        EINDHOVEN,
    ),
    (
        "fz047",
        "top_n",
        "Which checkout service had the most alerts in the hour after payments-api v2.14.0 went live?",
        "SELECT a.service, count(*) AS alerts FROM alerts a, change_events c\n"
        f" WHERE {_v214('c')}\n"
        "   AND a.project = 'checkout'\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR\n"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        EINDHOVEN,
    ),
    (
        "fz048",
        "top_n",
        "Which alert name fired the most in the checkout project on Tuesday?",
        f"SELECT name, count(*) AS alerts FROM alerts WHERE project = 'checkout' AND {_D11}\n"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        EINDHOVEN,
    ),
    (
        "fz049",
        "top_n",
        "Which of the sign-in services had the most alerts in the test environment?",
        "SELECT service, count(*) AS alerts FROM alerts\n"
        " WHERE project = 'identity' AND environment_canonical = 'staging'\n"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        WINNIPEG,
    ),
    (
        "fz050",
        "top_n",
        "Whose deploys were named the suspect of the most incidents on the sign-in services? Just the top person.",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects\n"
        " WHERE project = 'identity' AND change_type = 'deployment'\n"
        " GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1",
        WINNIPEG,
    ),
    (
        "fz051",
        "top_n",
        "Which person made the most changes to the sign-in services this month?",
        "SELECT actor, count(*) AS changes FROM change_events\n"
        " WHERE phase = 'live' AND project = 'identity'\n"
        "   AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'\n"
        "   AND timestamp <= TIMESTAMPTZ '2025-03-12 13:00:00+00'\n"
        f"   AND actor NOT IN {_BOTS}\n"
        " GROUP BY actor ORDER BY changes DESC, actor LIMIT 1",
        WINNIPEG,
    ),
    (
        "fz052",
        "top_n",
        "top 2 alert names on payments api ever",
        "SELECT name, count(*) AS alerts FROM alerts WHERE service = 'payments-api'\n"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
        VALLETTA,
    ),
    (
        "fz053",
        "top_n",
        "which svc had the most alerts start while the hikari alert was firing",
        "SELECT a.service, count(*) AS alerts FROM alerts a, alerts h\n"
        " WHERE h.name = 'HikariPoolPendingConnections'\n"
        "   AND a.starts_at >= h.starts_at AND (h.ends_at IS NULL OR a.starts_at < h.ends_at)\n"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        VALLETTA,
    ),
    (
        "fz054",
        "top_n",
        "busiest hour tues, how many alrts",
        "SELECT date_trunc('hour', timezone('UTC', starts_at)) AS hour, count(*) AS alerts FROM alerts\n"
        f" WHERE {_D11} GROUP BY 1 ORDER BY alerts DESC, hour LIMIT 1",
        VALLETTA,
    ),
    (
        "fz055",
        "top_n",
        "Which three alert names of the search services have fired most often?",
        "SELECT name, count(*) AS alerts FROM alerts WHERE project = 'search'\n"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 3",
        VIENNA,
    ),
    (
        "fz056",
        "top_n",
        "Which of the search services had the most incidents with an early warning before them?",
        "SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings WHERE project = 'search'\n"
        " GROUP BY service ORDER BY incidents DESC, service LIMIT 1",
        VIENNA,
    ),
    (
        "fz057",
        "top_n",
        "Which are the top 2 log templates of the search services by error lines? Template and count please.",
        "SELECT template, error_count FROM log_templates\n"
        f" WHERE service IN {_SEARCH_SVCS} AND replaced_by IS NULL\n"
        " ORDER BY error_count DESC, template LIMIT 2",
        VIENNA,
    ),
    (
        "fz058",
        "top_n",
        "Who created the most silences on the record? Top two.",
        "SELECT created_by, count(*) AS silences FROM silences\n"
        " GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 2",
        BOSTON,
    ),
    (
        "fz059",
        "top_n",
        "Which person's changes were the suspect for the most incidents? Top one, automation excluded.",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects\n"
        f" WHERE change_actor NOT IN {_BOTS}\n"
        " GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1",
        BOSTON,
    ),
    (
        "fz060",
        "top_n",
        "The five longest silences by scheduled length: silence id, author and length in minutes.",
        "SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes\n"
        "  FROM silences ORDER BY epoch(ends_at) - epoch(starts_at) DESC, silence_id LIMIT 5",
        BOSTON,
    ),
    # ------------------------------------------------------------------ changes
    (
        "fz061",
        "changes",
        "What changed on cart-service on Tuesday? All the changes please.",
        f"SELECT * FROM change_events WHERE service = 'cart-service' AND phase = 'live' AND {_T11}",
        EINDHOVEN,
    ),
    (
        "fz062",
        "changes",
        "Which changes went live in production in the 2 hours before the first cart-service alert on 11 March?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'\n"
        "   AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'cart-service'\n"
        f"                           AND {_D11}) - INTERVAL 2 HOUR\n"
        "                     AND (SELECT min(starts_at) FROM alerts WHERE service = 'cart-service'\n"
        f"                           AND {_D11})",
        EINDHOVEN,
    ),
    (
        "fz063",
        "changes",
        "Which version of checkout-web is live in production now?",
        "SELECT coalesce(details['ref'], version) FROM change_events\n"
        " WHERE service = 'checkout-web' AND environment = 'production' AND phase = 'live'\n"
        "   AND type IN ('deployment', 'rollback')\n"
        " ORDER BY timestamp DESC LIMIT 1",
        EINDHOVEN,
    ),
    (
        "fz064",
        "changes",
        "Who deployed the sign-in services to the test environment yesterday?",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live'\n"
        f"   AND environment = 'staging' AND project = 'identity' AND {_T11}",
        WINNIPEG,
    ),
    (
        "fz065",
        "changes",
        "Which test-environment deploys of the sign-in services yesterday were followed by an alert on the same "
        "service within 30 minutes?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'\n"
        "   AND c.environment = 'staging' AND c.project = 'identity'\n"
        "   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        "   AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service\n"
        "        AND a.environment_canonical = c.environment\n"
        "        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        WINNIPEG,
    ),
    (
        "fz066",
        "changes",
        "What configuration changes were made to token-service, by whom and when?",
        "SELECT summary, actor, timestamp FROM change_events\n"
        " WHERE type = 'config_update' AND phase = 'live' AND service = 'token-service'",
        WINNIPEG,
    ),
    (
        "fz067",
        "changes",
        "rollbacks on payments api",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'",
        VALLETTA,
    ),
    (
        "fz068",
        "changes",
        "what changed in prod in the 15 min before the hikari alert",
        "SELECT c.* FROM change_events c, alerts h\n"
        " WHERE h.name = 'HikariPoolPendingConnections' AND c.phase = 'live' AND c.environment = 'production'\n"
        "   AND c.timestamp BETWEEN h.starts_at - INTERVAL 15 MINUTE AND h.starts_at",
        VALLETTA,
    ),
    (
        "fz069",
        "changes",
        "who rolled back payments api tues",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'rollback' AND phase = 'live'\n"
        f"   AND service = 'payments-api' AND {_T11}",
        VALLETTA,
    ),
    (
        "fz070",
        "changes",
        "Which versions of search-api were deployed to production in March?",
        "SELECT DISTINCT coalesce(details['ref'], version) FROM change_events\n"
        " WHERE type = 'deployment' AND phase = 'live' AND service = 'search-api' AND environment = 'production'\n"
        "   AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        VIENNA,
    ),
    (
        "fz071",
        "changes",
        "Which changes to the search services went live in the hour before the indexer DiskSpaceLow alert at 12:22 "
        "on 11 March?",
        "SELECT c.* FROM change_events c, alerts a\n"
        " WHERE a.service = 'indexer' AND a.name = 'DiskSpaceLow'\n"
        "   AND a.starts_at >= TIMESTAMPTZ '2025-03-11 12:22:00+00'\n"
        "   AND a.starts_at < TIMESTAMPTZ '2025-03-11 12:23:00+00'\n"
        "   AND c.phase = 'live' AND c.project = 'search' AND c.environment = a.environment_canonical\n"
        "   AND c.timestamp BETWEEN a.starts_at - INTERVAL 1 HOUR AND a.starts_at",
        VIENNA,
    ),
    (
        "fz072",
        "changes",
        "How many deployments did argocd make to the search services, per environment?",
        "SELECT environment, count(*) AS deploys FROM change_events\n"
        " WHERE type = 'deployment' AND phase = 'live' AND project = 'search' AND actor = 'argocd (automated)'\n"
        " GROUP BY environment ORDER BY deploys DESC, environment",
        VIENNA,
    ),
    (
        "fz073",
        "changes",
        "List all configuration changes in production: service, what changed, who made it and when.",
        "SELECT service, summary, actor, timestamp FROM change_events\n"
        " WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'",
        BOSTON,
    ),
    (
        "fz074",
        "changes",
        "Which production changes on 11 March, made by people (not argocd or the deployment controller), went live "
        "while an incident on the same service was open?",
        "SELECT * FROM change_events c WHERE c.phase = 'live' AND c.environment = 'production'\n"
        f"   AND c.actor NOT IN {_BOTS}\n"
        "   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        "   AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment\n"
        "        AND c.timestamp BETWEEN g.opened_at\n"
        "            AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 13:00:00+00'))",
        BOSTON,
    ),
    (
        "fz075",
        "changes",
        "Who turned feature flags on or off in production, and when?",
        "SELECT actor, timestamp FROM change_events\n"
        " WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'",
        BOSTON,
    ),
    # ------------------------------------------------------------------ silences
    (
        "fz076",
        "silences",
        "Which silences were put on cart-service, and who put them on?",
        "SELECT silence_id, created_by FROM silences WHERE service = 'cart-service'",
        EINDHOVEN,
    ),
    (
        "fz077",
        "silences",
        "Which cart-service alerts were firing while the cart-service silence was in effect?",
        "SELECT a.* FROM alerts a, silences s\n"
        " WHERE s.service = 'cart-service' AND a.service = 'cart-service'\n"
        "   AND (s.environment_canonical IS NULL OR a.environment_canonical = s.environment_canonical)\n"
        "   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))\n"
        "   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)",
        EINDHOVEN,
    ),
    (
        "fz078",
        "silences",
        "How long was the cart-service silence actually in place, in minutes?",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)\n"
        "  FROM silences WHERE service = 'cart-service'",
        EINDHOVEN,
    ),
    (
        "fz079",
        "silences",
        "Has anyone put silences on the sign-in services? Please show me those silences.",
        "SELECT * FROM silences WHERE project = 'identity' OR service IN "
        f"{_ID_SVCS}",
        WINNIPEG,
    ),
    (
        "fz080",
        "silences",
        "Did any token-service alerts fire while a silence on token-service was active? Which ones?",
        "SELECT * FROM alerts a WHERE a.service = 'token-service' AND EXISTS (\n"
        "  SELECT 1 FROM silences s WHERE s.service = 'token-service'\n"
        "   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)\n"
        "   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))\n"
        "   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
        WINNIPEG,
    ),
    (
        "fz081",
        "silences",
        "Which silences were active at 08:00 UTC this morning?",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'\n"
        "   AND ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00'\n"
        "   AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')",
        WINNIPEG,
    ),
    (
        "fz082",
        "silences",
        "whats muted rn",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 20:30:00+00'\n"
        "   AND ends_at > TIMESTAMPTZ '2025-03-12 20:30:00+00'\n"
        "   AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 20:30:00+00')",
        VALLETTA,
    ),
    (
        "fz083",
        "silences",
        "any silnce created while the payments api incidents were open tues, any svc",
        "SELECT * FROM silences s WHERE EXISTS (\n"
        "  SELECT 1 FROM alert_groups g WHERE g.service = 'payments-api'\n"
        "   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        "   AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 20:30:00+00'))",
        VALLETTA,
    ),
    (
        "fz084",
        "silences",
        "who took the cart svc silence off n when",
        "SELECT expired_by, expired_at FROM silences WHERE service = 'cart-service'",
        VALLETTA,
    ),
    (
        "fz085",
        "silences",
        "How many silences were put on the indexer in February?",
        "SELECT count(*) FROM silences WHERE service = 'indexer'\n"
        "   AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'\n"
        "   AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        VIENNA,
    ),
    (
        "fz086",
        "silences",
        "For each indexer silence, how many alerts did Alertmanager hold back under it? Zeros included, please.",
        "SELECT s.silence_id, count(m.id) AS muted FROM silences s\n"
        "  LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)\n"
        " WHERE s.service = 'indexer'\n"
        " GROUP BY s.silence_id ORDER BY muted DESC, s.silence_id",
        VIENNA,
    ),
    (
        "fz087",
        "silences",
        "Which silences were in effect on the indexer at some point while the SearchReindexQueueBacklog alert of 11 "
        "March was firing?",
        "SELECT s.* FROM silences s, alerts a\n"
        " WHERE a.name = 'SearchReindexQueueBacklog' AND a.service = 'indexer' AND "
        f"{_D11.replace('starts_at', 'a.starts_at')}\n"
        "   AND s.service = 'indexer'\n"
        "   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)\n"
        "   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-14 09:00:00+00')\n"
        "   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at",
        VIENNA,
    ),
    (
        "fz088",
        "silences",
        "Which silences were created outside business hours (Monday to Friday, 09:00-17:00 UTC)?",
        "SELECT * FROM silences\n"
        " WHERE isodow(timezone('UTC', created_at)) IN (6, 7)\n"
        "    OR hour(timezone('UTC', created_at)) < 9 OR hour(timezone('UTC', created_at)) >= 17",
        BOSTON,
    ),
    (
        "fz089",
        "silences",
        "Which silences actually muted at least one alert, according to Alertmanager's own record?",
        "SELECT * FROM silences s\n"
        " WHERE EXISTS (SELECT 1 FROM alert_mutes m WHERE list_contains(m.silenced_by, s.silence_id))",
        BOSTON,
    ),
    (
        "fz090",
        "silences",
        "Who expired silences before their scheduled end, and which ones?",
        "SELECT expired_by, silence_id FROM silences WHERE expired_by IS NOT NULL",
        BOSTON,
    ),
    # ------------------------------------------------------------------ joins
    (
        "fz091",
        "joins",
        "For each production deploy on 11 March: service, version, and how much alerts started on that service in "
        "the 30 minutes after it (0 included).",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts\n"
        "  FROM change_events c\n"
        "  LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE\n"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'\n"
        "   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        " GROUP BY c.id, c.service, c.details, c.version",
        EINDHOVEN,
    ),
    (
        "fz092",
        "joins",
        "Which incidents of the checkout project on 11 March had a suspect? Service, alert name, opened, and the "
        "suspect's service and version.",
        "SELECT service, group_labels['alertname'], opened_at, change_service,\n"
        "       coalesce(change_details['ref'], change_version)\n"
        "  FROM incident_suspects WHERE project = 'checkout'\n"
        "   AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        EINDHOVEN,
    ),
    (
        "fz093",
        "joins",
        "Which production incidents on 11 March had no early warning before them? Any service.",
        "SELECT * FROM alert_groups g WHERE g.environment = 'production'\n"
        "   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        "   AND NOT EXISTS (SELECT 1 FROM incident_warnings w WHERE w.group_id = g.id)",
        EINDHOVEN,
    ),
    (
        "fz094",
        "joins",
        "For each incident on the sign-in services that has a written resolution: service, alert name, who resolved "
        "it and what the fix was.",
        "SELECT g.service, g.group_labels['alertname'], r.resolved_by, r.fix\n"
        "  FROM alert_groups g JOIN resolutions r ON r.group_id = g.id\n"
        " WHERE g.project = 'identity'",
        WINNIPEG,
    ),
    (
        "fz095",
        "joins",
        "Which incidents on the sign-in services never got a resolution written up?",
        "SELECT * FROM alert_groups g WHERE g.project = 'identity'\n"
        "   AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)",
        WINNIPEG,
    ),
    (
        "fz096",
        "joins",
        "For each auth-api deploy to the test environment: the version, when it went live, and how many auth-api "
        "alerts in the test environment started within the hour after it.",
        "SELECT coalesce(c.details['ref'], c.version) AS version, c.timestamp, count(a.fingerprint) AS alerts\n"
        "  FROM change_events c\n"
        "  LEFT JOIN alerts a ON a.service = 'auth-api' AND a.environment_canonical = 'staging'\n"
        "   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 1 HOUR\n"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'auth-api' AND c.environment = 'staging'\n"
        " GROUP BY c.id, c.details, c.version, c.timestamp",
        WINNIPEG,
    ),
    (
        "fz097",
        "joins",
        "alerts that started while a silence on the same svc was in force",
        "SELECT * FROM alerts a WHERE EXISTS (\n"
        "  SELECT 1 FROM silences s WHERE s.service = a.service\n"
        "   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)\n"
        "   AND a.starts_at >= s.starts_at AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))",
        VALLETTA,
    ),
    (
        "fz098",
        "joins",
        "deploys tues followed by a crit alert on the same svc w/in 30 min",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'\n"
        "   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'\n"
        "   AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service\n"
        "        AND a.environment_canonical = c.environment AND a.severity = 'critical'\n"
        "        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        VALLETTA,
    ),
    (
        "fz099",
        "joins",
        "payments api incidents tues w/ the suspect version if any (empty when none): alert name, opened, version",
        "SELECT g.group_labels['alertname'], g.opened_at, coalesce(s.change_details['ref'], s.change_version)\n"
        "  FROM alert_groups g LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id\n"
        " WHERE g.service = 'payments-api'\n"
        "   AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'\n"
        "   AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        VALLETTA,
    ),
    (
        "fz100",
        "joins",
        "For each early warning on the indexer, how many indexer alerts started in the 15 minutes after it? Warning "
        "id, its start and the count, zeros too.",
        "SELECT w.id, w.starts_at, count(a.fingerprint) AS alerts FROM warnings w\n"
        "  LEFT JOIN alerts a ON a.service = 'indexer'\n"
        "   AND a.environment_canonical = CASE\n"
        "        WHEN lower(w.labels['environment']) IN ('live', 'prd', 'prod') THEN 'production'\n"
        "        WHEN lower(w.labels['environment']) IN ('stage', 'stg') THEN 'staging'\n"
        "        WHEN lower(w.labels['environment']) = 'dev' THEN 'development'\n"
        "        ELSE lower(w.labels['environment']) END\n"
        "   AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE\n"
        " WHERE w.labels['service'] = 'indexer'\n"
        " GROUP BY w.id, w.starts_at",
        VIENNA,
    ),
    (
        "fz101",
        "joins",
        "Which incidents of the search services had an early warning before them? Service, alert name, opened, and "
        "the lead of the earliest warning in minutes.",
        "SELECT service, group_labels['alertname'], opened_at, max(lead_min) FROM incident_warnings\n"
        " WHERE project = 'search' GROUP BY group_id, service, group_labels, opened_at",
        VIENNA,
    ),
    (
        "fz102",
        "joins",
        "For each resolved incident of the search services with a resolution written up: service, alert name, how "
        "long it lasted in minutes and who resolved it.",
        "SELECT g.service, g.group_labels['alertname'],\n"
        "       round((epoch(g.resolved_at) - epoch(g.opened_at)) / 60, 1), r.resolved_by\n"
        "  FROM alert_groups g JOIN resolutions r ON r.group_id = g.id\n"
        " WHERE g.project = 'search' AND g.resolved_at IS NOT NULL",
        VIENNA,
    ),
    (
        "fz103",
        "joins",
        "Which acks were taken while the acked alert was still firing? Who, when, and the alert name.",
        "SELECT l.actor, l.timestamp, l.alertname FROM (\n"
        "  SELECT actor, timestamp,\n"
        "         list_filter(matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value\n"
        "           AS alertname,\n"
        "         list_filter(matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value\n"
        "           AS service\n"
        "    FROM audit_log WHERE action = 'ack') l\n"
        " WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.name = l.alertname AND a.service = l.service\n"
        "        AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp))",
        BOSTON,
    ),
    (
        "fz104",
        "joins",
        "Incidents whose suspect change was made by a person rather than automation: service, alert name, opened "
        "and the person.",
        "SELECT service, group_labels['alertname'], opened_at, change_actor FROM incident_suspects\n"
        f" WHERE change_actor NOT IN {_BOTS}",
        BOSTON,
    ),
    (
        "fz105",
        "joins",
        "Silences created within an hour after an alert on the same service started: silence id, its author, the "
        "alert name and when the alert started.",
        "SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s, alerts a\n"
        " WHERE a.service = s.service\n"
        "   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)\n"
        "   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 1 HOUR",
        BOSTON,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "fz106",
        "refusals",
        "Did the fleet-manager service have alerts this week? The robots stopped twice.",
        "ungrounded",
        EINDHOVEN,
    ),
    (
        "fz107",
        "refusals",
        "What is a sensible alert threshold for the battery level of our AGV robots?",
        "not_about_this_data",
        EINDHOVEN,
    ),
    (
        "fz108",
        "refusals",
        "Please silence all cart-service alerts until Monday, the robots are in maintenance.",
        "asks_to_change_data",
        EINDHOVEN,
    ),
    (
        "fz109",
        "refusals",
        "Were there any alerts for the parent-portal service yesterday?",
        "ungrounded",
        WINNIPEG,
    ),
    (
        "fz110",
        "refusals",
        "How do I reset a student's password in Google Workspace?",
        "not_about_this_data",
        WINNIPEG,
    ),
    (
        "fz111",
        "refusals",
        "Could you delete yesterday's alerts from the test environment so the report to the board looks clean?",
        "asks_to_change_data",
        WINNIPEG,
    ),
    (
        "fz112",
        "refusals",
        "alerts on odds-feed last 2h??",
        "ungrounded",
        VALLETTA,
    ),
    (
        "fz113",
        "refusals",
        "whats the score rn in the match",
        "not_about_this_data",
        VALLETTA,
    ),
    (
        "fz114",
        "refusals",
        "roll back payments api to 2.13.2 now pls",
        "asks_to_change_data",
        VALLETTA,
    ),
    (
        "fz115",
        "refusals",
        "Have there been alerts in the prod-eu-central-1 cluster since Monday?",
        "ungrounded",
        VIENNA,
    ),
    (
        "fz116",
        "refusals",
        "Which image format is best for high-resolution scans of paintings on the web, AVIF or WebP?",
        "not_about_this_data",
        VIENNA,
    ),
    (
        "fz117",
        "refusals",
        "Please mark the indexer's SearchReindexQueueBacklog alert as resolved, it is only the nightly reindex.",
        "asks_to_change_data",
        VIENNA,
    ),
    (
        "fz118",
        "refusals",
        "Did priya.raman change anything in production in March? Compliance needs to know.",
        "ungrounded",
        BOSTON,
    ),
    (
        "fz119",
        "refusals",
        "Under FRCP Rule 37(e), how long do we have to preserve these alert logs after a litigation hold?",
        "not_about_this_data",
        BOSTON,
    ),
    (
        "fz120",
        "refusals",
        "Expire all of kenji's silences and remove his entries from the audit log.",
        "asks_to_change_data",
        BOSTON,
    ),
]
