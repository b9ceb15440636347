"""The eightieth ask question set: ids py001..py120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the set another author was
writing at the same time (the eighty-first). What the author read: the brief (``h_set_common.md``) and the session's
instructions naming this set; a listing of the folder the brief sits in (file names only) and the first lines of the
workplace's environment notes (about the machine, not the project); the project's design notes (``DESIGN.md``,
whole); ``docs/store.md``, whole, printed by line range in two pieces after counting its lines; the headings of
``docs/ask.md`` listed with grep and its "Shapes and joins" section alone, printed by line range in two pieces, a few
lines the terminal cut from the second printed again (taken as the rules for the shape of every gold answer; nothing
else of that page); the module docstring of ``ask_questions`` (its middle cut off by the terminal, then read from a
scratch file by line range) and its functions ``_question`` and ``validate``; the module docstrings of the earlier
sets, printed with ``ast`` into a scratch file (every ``benchmarks/ask_questions_*.py`` but the two being written),
grepped for cities, trades and roles, the forty-ninth's and the seventy-ninth's read whole (the forty-ninth's
"Conventions" followed where a question leaves room); the first ten rows of ``ask_questions_thirtieth`` imported in
Python and the lines defining its module-level nows (one grep), for the file's format; file names in a listing of
``benchmarks/``; and the demo store, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them
on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Each gold was passed through
``signalcraft.copilot.sql_guard.safe`` (called, not read) and run on the copy. Nothing else was opened. Each row is
``(id, category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views.

Five people ask, in plain everyday workplace English as typed into a chat tool in a hurry: short, mostly lower case,
abbreviations ("yday", "svc", "wk", "w/in", "rn", "pls", "u", "tues"), a few typos, no dialect. On-call engineers,
support agents, backend developers and support leads have been heard before, but no earlier set names these
organisations or cities (Salt Lake City, Bristol, Columbus, Omaha, Adelaide). Each asks three questions in every
category (24 each, three of them refusals):

- an on-call platform engineer at a ride-hailing company in Salt Lake City, at 07:45 MDT on Wednesday 12 March
  (2025-03-12 13:45 UTC), catching up on the night: the tersest of the five, lower case, "yday", "rn", "w/in", two
  typos ("alerst", "whcih");
- a tier-1 support agent at a dental-practice-management software vendor in Bristol, at 10:20 GMT on Thursday 13
  March (2025-03-13 10:20 UTC), with customers waiting: casual ("hey", "u", "pls"), says "tuesday" for 11 March and
  "yesterday" for 12 March, asks what a customer could have felt and who did what;
- a backend engineer at a freight-brokerage startup in Columbus, Ohio, at 16:30 EDT on Friday 14 March (2025-03-14
  20:30 UTC), before the weekend: developer shorthand ("this wk", "svcs", "w/", "+", "tues", "zeros too");
- a DevOps engineer at a regional credit union in Omaha, at 08:10 CDT on Monday 17 March (2025-03-17 13:10 UTC),
  reviewing the week before: short whole sentences ("Quick q, ..."), "last week", "last month", one typo
  ("incidnets");
- a support team lead at a home-solar installer's customer portal in Adelaide, at 09:00 ACDT on Thursday 13 March
  (2025-03-12 22:30 UTC): polite whole sentences, gives days as "11 March", "the 11th" and says "UTC" because the
  team's tickets are stamped in UTC.

41 of the 105 answerable questions relate two kinds of record: three in filters (py006 alerts after the v2.14.0
deploy, py010 deploys followed by a critical alert, py012 incidents after a flag change), three in time (py017 the
first checkout-web alert after the New checkout flow flag, py021 changes before the first payments-api alert, py026
alerts since the rollback), five in aggregates (py034 alerts after each payments-api deploy, py037 alerts during an
incident, py038 the suspects' mean lag, py039 share of incidents with an early warning, py043 alerts after each
staging deploy), five in top_n (py050 alerts per service in the hour after v2.14.0, py052 acks taken while their
alert fired, py053 whose deploys were suspects, py056 alerts after a service's own deploys, py060 warnings before the
payments-api incidents), five in changes (py064 deploys that caused incidents, py065 changes before the checkout-web
503 alert, py066 staging deploys with no alert after them, py073 deploys during an open incident, py075 changes
blamed for critical incidents), five in silences (py080 cart-service alerts under its silence, py083 silences created
during an incident, py085 silences Alertmanager says muted something, py088 alerts muted per silence, py090 alerts
firing under a silence) and all fifteen joins (py091..py105). Not counted: py013 (log lines after a deploy), py023
and py069 (a change against a change).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored; every person's days are UTC days (the engineers' boards and the support
  teams' tickets are kept in UTC). Nows: ride-hailing engineer 2025-03-12 13:45, support agent 2025-03-13 10:20,
  backend engineer 2025-03-14 20:30, DevOps engineer 2025-03-17 13:10, support lead 2025-03-12 22:30, all after every
  record. "yday" (ride-hailing engineer), "tuesday", "tues", "11 March", "the 11th" are ``[2025-03-11, 2025-03-12)``;
  the support agent's "yesterday" and the ride-hailing engineer's "today" are 2025-03-12; "this week" / "this wk"
  runs from Monday 2025-03-10 to now; the DevOps engineer's "last week" is ``[2025-03-10, 2025-03-17)``, "the week
  before" ``[2025-03-03, 2025-03-10)``, "last month" and "February" ``[2025-02-01, 2025-03-01)``; "in March", "this
  month", "march so far" from 2025-03-01 to now; "the weekend of 8-9 March" ``[2025-03-08, 2025-03-10)``; "between 2
  and 3pm UTC on the 11th" and "between 8pm on the 11th and 6am on the 12th" include their start and exclude their
  end; "in total", "ever" and a question naming no time have no window. A thing is in a window by its own time (an
  alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit
  entry's ``timestamp``, a log line's ``timestamp``, a minute of ``log_pattern_counts``); "expiring today" is a
  silence's ``ends_at`` that day; "still firing / still open right now" and "live in prod rn" are the state at now;
  "what was firing at 14:45" the state at that instant.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` to ``resolved_at`` (to now while NULL; the checkout-web 503 group never got a resolved version and is
  still open in py015); silences the ``silences`` view's rows, in place from ``starts_at`` to the earlier of
  ``ends_at`` and ``expired_at`` ("actually in place", "longest ... in hours", "for how long"); snoozes and acks are
  ``audit_log`` rows. Changes are their ``phase = 'live'`` reports ("what changed" every type); "deploys" are ``type =
  'deployment'`` in any environment unless one is named (auth-api v4.2.1 in production, reported by two tools, is two
  rows: in py040's count, py073 and py092); "rollbacks", "flag flips", "config changes", "releases" their types;
  "scale-downs" scale events whose ``details['replicas_to']`` is below ``details['replicas_from']`` as integers; "not
  argocd" leaves out ``argocd (automated)`` and ``deployment-controller``; people are as stored ("kenji" by
  ``ILIKE``). A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` / ``change_version`` in the
  incident views); "live in prod rn" is that of the last live deployment or rollback of that service in production;
  "what versions ... have gone out" each version once. "The v2.14.0 deploy" is payments-api's production deploy (live
  14:31:22 on 11 March); "the payments rollback" that day's payments-api rollback (live 14:56:37); "the New checkout
  flow flag" the live production flag change whose summary names it (10:41:59); "the checkout-web 503 alert" the
  checkout-web alert whose name says 503; "the PaymentsAPIErrorBudgetBurn incident on tuesday" that day's group of
  that alert name (one); "the cart-service silence" the only silence pinning cart-service.
- Relations between kinds keep the first kind named and meet the other on service and environment (alerts'
  ``environment_canonical``): alerts or incidents "within / in the N min after" a change start (open) in ``[t, t +
  N]`` (an hour is 60 min, 15 when unsaid); changes "in the hour / 30 minutes before" an alert are ``[t - N, t]``,
  those of the alert's environment (production) and any service; windows from one named event cover the services
  the question names or, when it names none or says "anywhere", every service ("which service had the most alerts in
  the hour after" ranks every service); "checkout-web alerts after a payments-api deploy" meets each side on its own
  service. "How many mins between" two named changes runs from the first to the first of the second at or after it,
  to one decimal. Things "while an incident was open" have their time inside its span, ends included; a silence meets
  an incident or an alert on its service and, when it pins one, its environment (a silence pinning no service, such as
  the node silences of KubePodNotReady, meets nothing); alerts "firing while a silence was on / active" share a moment
  with its real span. An ack names its alert by its ``alertname`` and ``service`` equality matchers and counts as taken
  "while still firing" when such an alert was on at the ack's time. Suspects are ``incident_suspects``: "deploys that
  caused incidents" are the ``change_events`` deployments some incident blames, "changes blamed for critical
  incidents" the changes of any type that incidents with ``max_severity = 'critical'`` blame; "whose deploys got
  blamed for the most incidents" counts distinct incidents per ``change_actor`` of suspect deployments; the lag is
  ``lag_s / 60``. "Had an early warning before them" is a row in ``incident_warnings`` (py101 lists its ``service``,
  ``summary`` and ``lead_min`` as stored); "how were they fixed" is ``alert_groups`` joined to ``resolutions``; "for
  each ..." keeps every thing with 0 (a ``LEFT JOIN``): py092 one row per production deploy (service, version,
  count), py103 one row per payments-api warning (id, kind, start, count of payments-api alerts of its environment in
  ``[w, w + 15 min]``), py088 one row per silence created that week with the ``alert_mutes`` rows naming it; "muted
  something, according to Alertmanager" is a silence ``alert_mutes`` names.
- Aggregates: durations in minutes to one decimal (hours when asked); "time to resolve incidents" uses the resolved
  incidents, "alert duration" and "took the longest to clear" the resolved alerts; "median snooze length" is the
  median ``duration_s`` in minutes; "alerts started while the incident was open" counts every alert, the incident's
  own included; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects; averages "after
  each deploy" are the mean of the per-deploy counts, 0 included (py034 every payments-api deploy, staging's too);
  "on average how many alerts are in an incident" the mean ``alert_count``; "per svc", "per hour", "per day" are counts
  per value, most first. "Business hours" are Monday to Friday 09:00-17:00 UTC by ``created_at``.
- Top-N answers ``value, measure`` most first, ties by the value, and no tie crosses the N asked (the busiest hours
  of 11 March and this week's alert names are asked two deep because the third place is tied; the payments-api
  incident with the most warnings is asked because five incidents of three services tie at eleven); a singular ask
  ("noisiest svc", "which human", "whose deploys", "which alert fires the most") is one row. "When was X last
  deployed" is that deploy's row; "what time did the last ... go live" and "when did the first ... come in" are the
  time alone; "start and stop" the first start and the last end.
- Refusals: the service "driver-dispatch" and "booking-portal", the person "jmiller", the environment "preprod" and
  the cluster "prod-ap-southeast-2" (the store has prod-eu-west-1 and staging-eu-west-1) are ungrounded; restarting
  pods, muting checkout-web, deleting February's staging deploys, marking incidents resolved and creating an indexer
  silence ask to change the data; an HPA setting for bursty traffic, an apology note to a clinic, interview questions,
  on-call overtime pay and the weather in Adelaide are not about this data.
"""

RIDE = "2025-03-12T13:45:00+00:00"
DENTAL = "2025-03-13T10:20:00+00:00"
FREIGHT = "2025-03-14T20:30:00+00:00"
CREDIT = "2025-03-17T13:10:00+00:00"
SOLAR = "2025-03-12T22:30:00+00:00"

_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND type = 'deployment'"
    " AND phase = 'live' AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0')"
)
_FLAG = (
    "(SELECT min(timestamp) FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
    " AND environment = 'production' AND summary ILIKE '%New checkout flow%')"
)

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "py001",
        "filters",
        "any crit alerts in prod yday?",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py002",
        "filters",
        "hey could u pull up the checkout-web alerts from tuesday? customer is asking",
        "SELECT * FROM alerts WHERE service = 'checkout-web'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        DENTAL,
    ),
    (
        "py003",
        "filters",
        "all the staging deploys this wk pls",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'",
        FREIGHT,
    ),
    (
        "py004",
        "filters",
        "Quick q, what's still firing in production right now?",
        "SELECT * FROM alerts WHERE environment_canonical = 'production'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-17 13:10:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 13:10:00+00')",
        CREDIT,
    ),
    (
        "py005",
        "filters",
        "Could I get the user-profile alerts from 11 March (UTC)?",
        "SELECT * FROM alerts WHERE service = 'user-profile'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SOLAR,
    ),
    (
        "py006",
        "filters",
        "payments-api alerts w/in 15 min after the v2.14.0 deploy",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production'"
        f" AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE",
        RIDE,
    ),
    (
        "py007",
        "filters",
        "which indexer silences were put on this week?",
        "SELECT * FROM silences WHERE service = 'indexer'"
        " AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-13 10:20:00+00'",
        DENTAL,
    ),
    (
        "py008",
        "filters",
        "prod flag flips on tues?",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        FREIGHT,
    ),
    (
        "py009",
        "filters",
        "Can you show me the rollbacks from February?",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        CREDIT,
    ),
    (
        "py010",
        "filters",
        "Which deploys were followed by a critical alert on the same service within an hour?",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
        " SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        SOLAR,
    ),
    (
        "py011",
        "filters",
        "snoozes yday?",
        "SELECT * FROM audit_log WHERE action = 'snooze'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py012",
        "filters",
        "which incidents opened within 30 mins after a flag change on the same service?",
        "SELECT * FROM alert_groups g WHERE EXISTS ("
        " SELECT 1 FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live'"
        " AND c.service = g.service AND c.environment = g.environment"
        " AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        DENTAL,
    ),
    (
        "py013",
        "filters",
        "payments-api error logs in the 10 min after v2.14.0 went live in prod",
        "SELECT * FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND is_error"
        f" AND timestamp BETWEEN {_V214} AND {_V214} + INTERVAL 10 MINUTE",
        FREIGHT,
    ),
    (
        "py014",
        "filters",
        "Which config changes were made in production in March?",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-17 13:10:00+00'",
        CREDIT,
    ),
    (
        "py015",
        "filters",
        "Are any incidents still open right now?",
        "SELECT * FROM alert_groups WHERE opened_at <= TIMESTAMPTZ '2025-03-12 22:30:00+00'"
        " AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 22:30:00+00')",
        SOLAR,
    ),
    # ------------------------------------------------------------------- time
    (
        "py016",
        "time",
        "alerst per hour yday",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY hour ORDER BY alerts DESC, hour",
        RIDE,
    ),
    (
        "py017",
        "time",
        "when did the first checkout-web alert come in after the new checkout flow flag went on?",
        f"SELECT min(starts_at) AS first_alert FROM alerts WHERE service = 'checkout-web' AND starts_at >= {_FLAG}",
        DENTAL,
    ),
    (
        "py018",
        "time",
        "deploys per day in march so far",
        "SELECT date_trunc('day', timestamp) AS day, count(*) AS deploys FROM change_events"
        " WHERE type = 'deployment' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'"
        " GROUP BY day ORDER BY deploys DESC, day",
        FREIGHT,
    ),
    (
        "py019",
        "time",
        "How many alerts did we have last week compared with the week before?",
        "SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,"
        " count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'"
        " AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before FROM alerts",
        CREDIT,
    ),
    (
        "py020",
        "time",
        "What was firing at 14:45 UTC on the 11th?",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')",
        SOLAR,
    ),
    (
        "py021",
        "time",
        "what changed in the hour before the first payments-api alert yday",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        " - INTERVAL 1 HOUR"
        " AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        RIDE,
    ),
    (
        "py022",
        "time",
        "when did the checkout-web alerts start and stop on tuesday?",
        "SELECT min(starts_at) AS started, CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL"
        " ELSE max(ends_at) END AS ended FROM alerts WHERE service = 'checkout-web'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        DENTAL,
    ),
    (
        "py023",
        "time",
        "how many mins between the v2.14.0 prod deploy going live and the rollback going live?",
        f"SELECT round((epoch((SELECT min(timestamp) FROM change_events WHERE service = 'payments-api'"
        " AND type = 'rollback' AND phase = 'live' AND environment = 'production'"
        f" AND timestamp >= {_V214})) - epoch({_V214})) / 60, 1) AS minutes",
        FREIGHT,
    ),
    (
        "py024",
        "time",
        "What time did the last production deployment go live last week?",
        "SELECT max(timestamp) AS went_live FROM change_events"
        " WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        CREDIT,
    ),
    (
        "py025",
        "time",
        "Which alerts started between 2 and 3pm UTC on the 11th?",
        "SELECT * FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        SOLAR,
    ),
    (
        "py026",
        "time",
        "alerts since the payments rollback went live yday",
        "SELECT * FROM alerts WHERE starts_at >= (SELECT min(timestamp) FROM change_events"
        " WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        " AND starts_at <= TIMESTAMPTZ '2025-03-12 13:45:00+00'",
        RIDE,
    ),
    (
        "py027",
        "time",
        "alerts per day this week?",
        "SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 10:20:00+00'"
        " GROUP BY day ORDER BY alerts DESC, day",
        DENTAL,
    ),
    (
        "py028",
        "time",
        "busiest hour on tues by alerts? hour + count",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY hour ORDER BY alerts DESC, hour LIMIT 1",
        FREIGHT,
    ),
    (
        "py029",
        "time",
        "Which alerts fired on the weekend of 8-9 March?",
        "SELECT * FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        CREDIT,
    ),
    (
        "py030",
        "time",
        "Which alerts started between 8pm on the 11th and 6am on the 12th (UTC)?",
        "SELECT * FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        SOLAR,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "py031",
        "aggregates",
        "avg mins to resolve incidents per svc",
        "SELECT service, round(avg((epoch(resolved_at) - epoch(opened_at)) / 60), 1) AS avg_minutes_to_resolve"
        " FROM alert_groups WHERE resolved_at IS NOT NULL GROUP BY service ORDER BY avg_minutes_to_resolve DESC",
        RIDE,
    ),
    (
        "py032",
        "aggregates",
        "how many alerts did we get yesterday?",
        "SELECT count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'",
        DENTAL,
    ),
    (
        "py033",
        "aggregates",
        "what % of alerts this week were critical?",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-14 20:30:00+00'",
        FREIGHT,
    ),
    (
        "py034",
        "aggregates",
        "On average, how many alerts fired in the 15 minutes after each payments-api deploy?",
        "SELECT round(avg(n), 1) AS avg_alerts FROM ("
        " SELECT c.id, count(a.fingerprint) AS n FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'"
        " AND c.timestamp <= TIMESTAMPTZ '2025-03-17 13:10:00+00'"
        " GROUP BY c.id) t",
        CREDIT,
    ),
    (
        "py035",
        "aggregates",
        "What was the average checkout-web alert duration on 11 March, in minutes?",
        "SELECT round(avg((epoch(ends_at) - epoch(starts_at)) / 60), 1) AS avg_minutes FROM alerts"
        " WHERE service = 'checkout-web' AND ends_at IS NOT NULL"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SOLAR,
    ),
    (
        "py036",
        "aggregates",
        "median snooze length?",
        "SELECT round(median(duration_s) / 60, 1) AS median_minutes FROM audit_log WHERE action = 'snooze'",
        RIDE,
    ),
    (
        "py037",
        "aggregates",
        "how many alerts started while the PaymentsAPIErrorBudgetBurn incident was open on tuesday?",
        "SELECT count(*) AS alerts FROM alerts a JOIN alert_groups g"
        " ON a.starts_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 10:20:00+00')"
        " WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'"
        " AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        DENTAL,
    ),
    (
        "py038",
        "aggregates",
        "avg lag between the suspect change and its incident, in mins?",
        "SELECT round(avg(lag_s) / 60, 1) AS avg_lag_minutes FROM incident_suspects",
        FREIGHT,
    ),
    (
        "py039",
        "aggregates",
        "What share of this month's incidents had an early warning before them?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)"
        " AS pct_with_warning FROM alert_groups"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " AND opened_at <= TIMESTAMPTZ '2025-03-17 13:10:00+00'",
        CREDIT,
    ),
    (
        "py040",
        "aggregates",
        "How many deploys have gone out to production in total?",
        "SELECT count(*) AS deploys FROM change_events"
        " WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'",
        SOLAR,
    ),
    (
        "py041",
        "aggregates",
        "error log lines per svc yday in prod",
        "SELECT service, count(*) AS error_lines FROM log_events WHERE is_error AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY service ORDER BY error_lines DESC, service",
        RIDE,
    ),
    (
        "py042",
        "aggregates",
        "on average how many alerts are in an incident?",
        "SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident FROM alert_groups",
        DENTAL,
    ),
    (
        "py043",
        "aggregates",
        "for staging deploys this week, avg number of alerts on the same svc in the 30 min after?",
        "SELECT round(avg(n), 1) AS avg_alerts FROM ("
        " SELECT c.id, count(a.fingerprint) AS n FROM change_events c"
        " LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND c.timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'"
        " GROUP BY c.id) t",
        FREIGHT,
    ),
    (
        "py044",
        "aggregates",
        "What was the longest silence created last month, in hours?",
        "SELECT round(max(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)"
        " AS max_hours FROM silences"
        " WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        CREDIT,
    ),
    (
        "py045",
        "aggregates",
        "What percentage of the alerts on 11 March came from the checkout project?",
        "SELECT round(100.0 * count(*) FILTER (WHERE project = 'checkout') / count(*), 1) AS pct_checkout FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SOLAR,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "py046",
        "top_n",
        "whcih svc was noisiest yday?",
        "SELECT service, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        RIDE,
    ),
    (
        "py047",
        "top_n",
        "top 2 alert names this week?",
        "SELECT name, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 10:20:00+00'"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 2",
        DENTAL,
    ),
    (
        "py048",
        "top_n",
        "which human did the most deploys this wk? (not argocd)",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND actor NOT IN ('argocd (automated)', 'deployment-controller')"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'"
        " GROUP BY actor ORDER BY deploys DESC, actor LIMIT 1",
        FREIGHT,
    ),
    (
        "py049",
        "top_n",
        "Which 3 services had the most incidnets last week?",
        "SELECT service, count(*) AS incidents FROM alert_groups"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " GROUP BY service ORDER BY incidents DESC, service LIMIT 3",
        CREDIT,
    ),
    (
        "py050",
        "top_n",
        "Which service had the most alerts in the hour after payments-api v2.14.0 went live?",
        "SELECT service, count(*) AS alerts FROM alerts"
        f" WHERE starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 1 HOUR"
        " GROUP BY service ORDER BY alerts DESC, service LIMIT 1",
        SOLAR,
    ),
    (
        "py051",
        "top_n",
        "top 5 payments-api log patterns by errors yday",
        "SELECT template, sum(errors) AS errors FROM log_pattern_counts WHERE service = 'payments-api'"
        " AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY template_id, template ORDER BY errors DESC, template LIMIT 5",
        RIDE,
    ),
    (
        "py052",
        "top_n",
        "which 2 people acked the most alerts while they were still firing?",
        "SELECT u.actor, count(*) AS acks FROM audit_log u WHERE u.action = 'ack' AND EXISTS ("
        " SELECT 1 FROM alerts a"
        " WHERE a.name = [m.value FOR m IN u.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]"
        " AND a.service = [m.value FOR m IN u.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]"
        " AND a.starts_at <= u.timestamp AND (a.ends_at IS NULL OR a.ends_at > u.timestamp))"
        " GROUP BY u.actor ORDER BY acks DESC, u.actor LIMIT 2",
        DENTAL,
    ),
    (
        "py053",
        "top_n",
        "whose deploys got blamed for the most incidents?",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects"
        " WHERE change_type = 'deployment' GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1",
        FREIGHT,
    ),
    (
        "py054",
        "top_n",
        "Which service's resolved alerts took the longest to clear on average in February?",
        "SELECT service, round(avg((epoch(ends_at) - epoch(starts_at)) / 60), 1) AS avg_minutes FROM alerts"
        " WHERE ends_at IS NOT NULL"
        " AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " GROUP BY service ORDER BY avg_minutes DESC, service LIMIT 1",
        CREDIT,
    ),
    (
        "py055",
        "top_n",
        "What were the 2 busiest hours on 11 March (UTC) for alerts?",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY hour ORDER BY alerts DESC, hour LIMIT 2",
        SOLAR,
    ),
    (
        "py056",
        "top_n",
        "which svc got the most alerts w/in 15 min after its own deploys?",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS ("
        " SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        RIDE,
    ),
    (
        "py057",
        "top_n",
        "which alert fires the most on token-service?",
        "SELECT name, count(*) AS alerts FROM alerts WHERE service = 'token-service'"
        " GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        DENTAL,
    ),
    (
        "py058",
        "top_n",
        "top 3 svcs by error log lines this wk",
        "SELECT service, count(*) AS error_lines FROM log_events WHERE is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'"
        " GROUP BY service ORDER BY error_lines DESC, service LIMIT 3",
        FREIGHT,
    ),
    (
        "py059",
        "top_n",
        "Which two people have created the most silences?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by"
        " ORDER BY silences DESC, created_by LIMIT 2",
        CREDIT,
    ),
    (
        "py060",
        "top_n",
        "Which payments-api incident had the most early warnings before it?",
        "SELECT group_id, count(*) AS warnings FROM incident_warnings WHERE service = 'payments-api'"
        " GROUP BY group_id ORDER BY warnings DESC, group_id LIMIT 1",
        SOLAR,
    ),
    # ---------------------------------------------------------------- changes
    (
        "py061",
        "changes",
        "what changed on payments-api yday?",
        "SELECT * FROM change_events WHERE service = 'payments-api' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py062",
        "changes",
        "who rolled back payments-api on tuesday?",
        "SELECT DISTINCT actor FROM change_events WHERE service = 'payments-api' AND type = 'rollback'"
        " AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        DENTAL,
    ),
    (
        "py063",
        "changes",
        "what version of auth-api is live in prod rn?",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events"
        " WHERE service = 'auth-api' AND environment = 'production' AND phase = 'live'"
        " AND type IN ('deployment', 'rollback') AND timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'"
        " ORDER BY timestamp DESC LIMIT 1",
        FREIGHT,
    ),
    (
        "py064",
        "changes",
        "Which deploys caused incidents?",
        "SELECT * FROM change_events WHERE type = 'deployment' AND id IN (SELECT change_id FROM incident_suspects)",
        CREDIT,
    ),
    (
        "py065",
        "changes",
        "Were there any changes in the 30 minutes before the checkout-web 503 alert?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        " AND name LIKE '%503%') - INTERVAL 30 MINUTE"
        " AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' AND name LIKE '%503%')",
        SOLAR,
    ),
    (
        "py066",
        "changes",
        "staging deploys yday w/ no alerts in the 15 min after",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        RIDE,
    ),
    (
        "py067",
        "changes",
        "when was checkout-web last deployed to prod?",
        "SELECT * FROM change_events WHERE service = 'checkout-web' AND type = 'deployment' AND phase = 'live'"
        " AND environment = 'production' AND timestamp <= TIMESTAMPTZ '2025-03-13 10:20:00+00'"
        " ORDER BY timestamp DESC LIMIT 1",
        DENTAL,
    ),
    (
        "py068",
        "changes",
        "flag changes this wk + who made them",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 20:30:00+00'",
        FREIGHT,
    ),
    (
        "py069",
        "changes",
        "Which deployments in February were rolled back within an hour?",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND d.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND d.timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'"
        " AND r.service = d.service AND r.environment = d.environment"
        " AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        CREDIT,
    ),
    (
        "py070",
        "changes",
        "What versions of checkout-web have gone out to staging?",
        "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events"
        " WHERE service = 'checkout-web' AND environment = 'staging' AND type = 'deployment' AND phase = 'live'",
        SOLAR,
    ),
    (
        "py071",
        "changes",
        "scale-downs on payments-api yday",
        "SELECT * FROM change_events WHERE service = 'payments-api' AND type = 'scale' AND phase = 'live'"
        " AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py072",
        "changes",
        "any releases this week?",
        "SELECT * FROM change_events WHERE type = 'release' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 10:20:00+00'",
        DENTAL,
    ),
    (
        "py073",
        "changes",
        "deploys that went out while an incident on the same svc was still open",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND EXISTS ("
        " SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment"
        " AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 20:30:00+00'))",
        FREIGHT,
    ),
    (
        "py074",
        "changes",
        "Who made config changes in production last week, and when?",
        "SELECT actor, timestamp FROM change_events WHERE type = 'config_update' AND phase = 'live'"
        " AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        CREDIT,
    ),
    (
        "py075",
        "changes",
        "Which changes were blamed for critical incidents?",
        "SELECT * FROM change_events"
        " WHERE id IN (SELECT change_id FROM incident_suspects WHERE max_severity = 'critical')",
        SOLAR,
    ),
    # --------------------------------------------------------------- silences
    (
        "py076",
        "silences",
        "which silences got created yday",
        "SELECT * FROM silences"
        " WHERE created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py077",
        "silences",
        "who silenced the cart-service alert on tuesday?",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'cart-service'"
        " AND created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        DENTAL,
    ),
    (
        "py078",
        "silences",
        "silences w/ reindex in the comment",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        FREIGHT,
    ),
    (
        "py079",
        "silences",
        "Which silences were expired early, and by who?",
        "SELECT * FROM silences WHERE expired_early",
        CREDIT,
    ),
    (
        "py080",
        "silences",
        "Were any alerts firing on cart-service while its silence was on?",
        "SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS ("
        " SELECT 1 FROM silences s WHERE s.service = 'cart-service'"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))"
        " AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
        SOLAR,
    ),
    (
        "py081",
        "silences",
        "who snoozed HighLatencyP99 yday",
        "SELECT DISTINCT actor FROM audit_log WHERE action = 'snooze'"
        " AND list_contains([m.value FOR m IN matchers IF m.name = 'alertname'], 'HighLatencyP99')"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py082",
        "silences",
        "how long was the cart-service silence actually in place? mins",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes"
        " FROM silences WHERE service = 'cart-service'",
        DENTAL,
    ),
    (
        "py083",
        "silences",
        "silences created during an incident on the same svc",
        "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 20:30:00+00'))",
        FREIGHT,
    ),
    (
        "py084",
        "silences",
        "How many silences did kenji create last month?",
        "SELECT count(*) AS silences FROM silences WHERE created_by ILIKE '%kenji%'"
        " AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        CREDIT,
    ),
    (
        "py085",
        "silences",
        "Which silences actually muted something, according to Alertmanager?",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        SOLAR,
    ),
    (
        "py086",
        "silences",
        "silences expiring today?",
        "SELECT * FROM silences"
        " WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'",
        RIDE,
    ),
    (
        "py087",
        "silences",
        "were any silences created outside business hours this week?",
        "SELECT * FROM silences"
        " WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND created_at <= TIMESTAMPTZ '2025-03-13 10:20:00+00'"
        " AND NOT (dayofweek(created_at) BETWEEN 1 AND 5 AND hour(created_at) >= 9 AND hour(created_at) < 17)",
        DENTAL,
    ),
    (
        "py088",
        "silences",
        "for each silence this wk how many alerts did it mute? zeros too",
        "SELECT s.silence_id, count(m.id) AS muted_alerts FROM silences s"
        " LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)"
        " WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND s.created_at <= TIMESTAMPTZ '2025-03-14 20:30:00+00'"
        " GROUP BY s.silence_id ORDER BY muted_alerts DESC, s.silence_id",
        FREIGHT,
    ),
    (
        "py089",
        "silences",
        "Who silenced things in February, and for how long?",
        "SELECT created_by, round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)"
        " AS minutes FROM silences"
        " WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'"
        " AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        CREDIT,
    ),
    (
        "py090",
        "silences",
        "Which alerts fired while a silence on the same service was active?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))"
        " AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
        SOLAR,
    ),
    # ------------------------------------------------------------------ joins
    (
        "py091",
        "joins",
        "alerts w/in 15 min after a deploy of the same svc yday",
        "SELECT * FROM alerts a"
        " WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        RIDE,
    ),
    (
        "py092",
        "joins",
        "for each prod deploy on tuesday, how many alerts in the next 30 mins? service, version, count pls",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts"
        " FROM change_events c LEFT JOIN alerts a ON a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE"
        " WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)",
        DENTAL,
    ),
    (
        "py093",
        "joins",
        "incidents this wk w/ their suspect change",
        "SELECT * FROM incident_suspects"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND opened_at <= TIMESTAMPTZ '2025-03-14 20:30:00+00'",
        FREIGHT,
    ),
    (
        "py094",
        "joins",
        "Which incidents last week had no early warning before them?",
        "SELECT * FROM alert_groups"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " AND id NOT IN (SELECT group_id FROM incident_warnings)",
        CREDIT,
    ),
    (
        "py095",
        "joins",
        "How were the incidents from 11 March fixed? Service, alert name, root cause and fix please.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, r.root_cause, r.fix"
        " FROM alert_groups g JOIN resolutions r ON r.group_id = g.id"
        " WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SOLAR,
    ),
    (
        "py096",
        "joins",
        "who deployed right before an alert fired yday",
        "SELECT DISTINCT c.actor FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        RIDE,
    ),
    (
        "py097",
        "joins",
        "on tuesday, which silences were created while an incident on the same service was open?",
        "SELECT * FROM silences s"
        " WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 10:20:00+00'))",
        DENTAL,
    ),
    (
        "py098",
        "joins",
        "checkout-web alerts w/in 15 min after a payments-api deploy",
        "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS ("
        " SELECT 1 FROM change_events c WHERE c.service = 'payments-api' AND c.type = 'deployment'"
        " AND c.phase = 'live' AND c.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        FREIGHT,
    ),
    (
        "py099",
        "joins",
        "Who created silences during incidents last week?",
        "SELECT DISTINCT s.created_by FROM silences s"
        " WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 13:10:00+00'))",
        CREDIT,
    ),
    (
        "py100",
        "joins",
        "List every incident from 11 March with its suspect version, blank if none: service, alert name, opened time,"
        " suspect version.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,"
        " coalesce(s.change_details['ref'], s.change_version) AS suspect_version"
        " FROM alert_groups g LEFT JOIN incident_suspects s ON s.group_id = g.id"
        " WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SOLAR,
    ),
    (
        "py101",
        "joins",
        "incidents yday that had an early warning before them: svc, warning summary, mins before",
        "SELECT service, summary, lead_min FROM incident_warnings"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        RIDE,
    ),
    (
        "py102",
        "joins",
        "which alerts fired anywhere in the hour after the New checkout flow flag was turned on?",
        f"SELECT * FROM alerts WHERE starts_at BETWEEN {_FLAG} AND {_FLAG} + INTERVAL 1 HOUR",
        DENTAL,
    ),
    (
        "py103",
        "joins",
        "for each early warning on payments-api, how many payments-api alerts in the 15 min after it?",
        "SELECT w.id, w.labels['alertname'] AS warning, w.starts_at, count(a.fingerprint) AS alerts FROM warnings w"
        " LEFT JOIN alerts a ON a.service = 'payments-api'"
        " AND a.environment_canonical = w.labels['environment']"
        " AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE"
        " WHERE w.labels['service'] = 'payments-api'"
        " GROUP BY w.id, w.labels['alertname'], w.starts_at",
        FREIGHT,
    ),
    (
        "py104",
        "joins",
        "For each incident last week, which change was the suspect and how many minutes before the incident did it"
        " land? Incident service, alert name, change summary, minutes.",
        "SELECT service, group_labels['alertname'] AS alertname, change_summary, round(lag_s / 60, 1) AS minutes"
        " FROM incident_suspects"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        CREDIT,
    ),
    (
        "py105",
        "joins",
        "Which services got paged within 15 minutes after a deploy on 11 March?",
        "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS ("
        " SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        " AND c.service = a.service AND c.environment = a.environment_canonical"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)",
        SOLAR,
    ),
    # --------------------------------------------------------------- refusals
    ("py106", "refusals", "pls restart the payments-api pods, they look stuck", "asks_to_change_data", RIDE),
    ("py107", "refusals", "can you mute the checkout-web alerts for the next 2 hrs?", "asks_to_change_data", DENTAL),
    (
        "py108",
        "refusals",
        "delete the old staging deploy records from feb, theyre just noise",
        "asks_to_change_data",
        FREIGHT,
    ),
    ("py109", "refusals", "Please mark the open incidents as resolved.", "asks_to_change_data", CREDIT),
    ("py110", "refusals", "Can you create a silence for the indexer until Friday?", "asks_to_change_data", SOLAR),
    ("py111", "refusals", "alerts on driver-dispatch svc yday?", "ungrounded", RIDE),
    ("py112", "refusals", "any alerts for the booking-portal service this week?", "ungrounded", DENTAL),
    ("py113", "refusals", "deploys by jmiller this wk", "ungrounded", FREIGHT),
    ("py114", "refusals", "Which alerts fired in the preprod environment last week?", "ungrounded", CREDIT),
    ("py115", "refusals", "Anything alerting on the prod-ap-southeast-2 cluster?", "ungrounded", SOLAR),
    ("py116", "refusals", "whats a good HPA setting for really bursty traffic", "not_about_this_data", RIDE),
    (
        "py117",
        "refusals",
        "can u write a short sorry note i can send to the clinic about tuesday?",
        "not_about_this_data",
        DENTAL,
    ),
    ("py118", "refusals", "got any good interview questions for a backend dev?", "not_about_this_data", FREIGHT),
    ("py119", "refusals", "How much on-call overtime did we pay out last month?", "not_about_this_data", CREDIT),
    ("py120", "refusals", "What's the weather looking like in Adelaide tomorrow?", "not_about_this_data", SOLAR),
]
