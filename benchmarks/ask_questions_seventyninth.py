"""The seventy-ninth ask question set: ids qy001..qy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the set another author was
writing at the same time (the seventy-eighth). What the author read: the brief (``h_set_common.md``) and the
session's own instructions naming this set; ``git status`` (a clean tree); the project's design notes
(``DESIGN.md``, whole); ``docs/store.md``, printed whole, its middle cut off by the terminal and printed again by line
range; the headings of ``docs/ask.md`` listed with grep, and its "Shapes and joins" section alone, printed by line
range in two pieces (taken as the rules for the shape of every gold answer; nothing else of that page); the module
docstring of ``ask_questions`` (printed whole, its middle cut off by the terminal and read again from a scratch file
by line range) and its functions ``_question`` and ``validate``; the module docstrings of every earlier set, printed
with ``ast`` into a scratch file and grepped for roles, cities, trades and languages (the forty-ninth's printed
whole, its "Conventions" followed where a question leaves room); the first ten rows of ``ask_questions_thirtieth``
imported in Python and the lines defining its module-level nows (one grep), for the file's format; file names seen in
a listing of ``benchmarks/``; and the demo store, copied and opened read-only (records from 2025-01-02 to
2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0 outage). Each gold was passed through
``signalcraft.copilot.sql_guard.safe`` (called, not read) and run on the copy. Nothing else was opened. Each row is
``(id, category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views.

Five people ask. Incident commanders, finance analysts, QA leads, support engineers and a Chinese-flavoured English
(a support engineer in Shanghai) have been heard before, but no earlier set names these organisations or cities
(Phoenix, Charlotte, Wroclaw, Cork, Chengdu). They write plain workplace English of different fluency rather than a
dialect. Each asks three questions in every category (24 each, three of them refusals):

- an incident commander at a grocery-delivery app in Phoenix, writing the 11 March payments outage timeline for the
  review, at 09:00 MST on Thursday 13 March (2025-03-13 16:00 UTC): terse notes, times in UTC with a "Z", "Tue",
  "prod", "for the timeline", "full rows";
- a finance analyst at an online furniture retailer in Charlotte costing outages for the quarterly report, at 10:30
  EDT on Friday 14 March (2025-03-14 14:30 UTC): polite full sentences, business words (service credit, revenue-loss
  estimate, cost model, "so far this year"), says why she asks;
- a QA lead at an insurance-comparison site in Wroclaw whose first language is Polish, at 09:15 CET on Wednesday 12
  March (2025-03-12 08:15 UTC): lower case, articles dropped ("after staging deploy of same service"), "on staging",
  "which ... was", release and regression minded;
- a support engineer at a point-of-sale software company in Cork, at 13:40 GMT on Wednesday 12 March (2025-03-12 13:40
  UTC): pastes what the customer wrote in quotes, then asks in quick casual English ("their IT guy", "just the one");
- a backend developer at a cross-border e-commerce logistics company in Chengdu who translates literally from Chinese,
  at 10:30 CST on Monday 17 March (2025-03-17 02:30 UTC): "Please help me check ...", "have how many", "after ... 15
  minutes inside" for within 15 minutes after, "most many", topic first ("User sokafor in staging did which
  changes?").

41 of the 105 answerable questions relate two kinds of record: four in filters (qy002 alerts after the v2.14.0 deploy,
qy006 deploys followed by a critical alert, qy008 staging alerts after a staging deploy, qy014 checkout alerts after
v2.14.0), three in time (qy018 changes before the first payments-api alert, qy027 alerts since the rollback, qy029
minutes from the first payments-api alert to the rollback), six in aggregates (qy031 alerts during an incident, qy032
the suspects' mean lag, qy033 share of incidents with a warning, qy036 share of deploys followed by a critical alert,
qy039 alerts after each staging deploy, qy044 error lines after v2.14.0), five in top_n (qy047 the incident warned
earliest, qy054 services by alerts after their own deploys, qy057 error lines after v2.14.0 per service, qy059 whose
changes were suspects, qy060), four in changes (qy063 suspect changes, qy064 deploys followed by an incident, qy069
staging deploys with no alert after, qy072 deploys before the 503 alert), four in silences (qy076 silences during an
incident, qy080 silences while an incident on their service was open, qy084 alerts firing under a silence, qy089
alerts held back per silence) and all fifteen joins (qy091..qy105). Change-to-change questions (qy017, qy023, qy028,
qy065, qy075) are not counted.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored. Every person's days are UTC days (the commander's timeline, the QA board and
  the Chengdu team's logs are kept in UTC; the support engineer's GMT is UTC; the analyst's dates are whole UTC days),
  and the questions whose rows would change with a local day say "UTC". Nows: commander 2025-03-13 16:00, analyst
  2025-03-14 14:30, QA lead 2025-03-12 08:15, support engineer 2025-03-12 13:40, developer 2025-03-17 02:30, all after
  every record. "Yesterday" (QA lead, support engineer) and "Tue", "11 Mar", "March 11" are ``[2025-03-11,
  2025-03-12)``; "today" (QA lead, support engineer) is 2025-03-12; "February" ``[2025-02-01, 2025-03-01)``; "this
  year", "so far this year" from 2025-01-01 to now; "last 12 hours" ``(now - 12 h, now]``; "between 14:00 and 15:00"
  includes its start and excludes its end; "all time", "ever", "all history" have no window. A thing is in a window by
  its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, a warning's ``starts_at``, a log line's ``timestamp``, an ack's ``timestamp``); alerts "firing
  between" two times, "in effect at some point on" a day and "started before also count" share a moment with the
  window; "still firing now", "right now", "muted right now" are the state at now.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` to ``resolved_at`` (to now while NULL; "lasted longer than an hour" counts an open one until now);
  silences the ``silences`` view's rows, in place from ``starts_at`` to the earlier of ``ends_at`` and ``expired_at``
  ("actually / really in place"), "set for" is ``starts_at`` to ``ends_at``, "expire today" is ``ends_at`` that day,
  "muted on staging" a silence pinning staging or no environment. Changes are their ``phase = 'live'`` reports (a scale
  event, release or flag flip is a change too; "what changed" lists every type); "deploys" ``type = 'deployment'``
  (auth-api v4.2.1 in production, reported by two tools, is two rows), "rollbacks", "flag changes" their types;
  "people rather than automation" every actor but ``argocd (automated)`` and ``deployment-controller``; people are as
  stored ("kenji", "maria", "sokafor" by ``ILIKE``). A version is ``coalesce(details['ref'], version)``; the version
  "live now" is that of the last live deployment or rollback of that service and environment. "The cart-service
  silence" is maria's (the only one pinning cart-service); "the PaymentsAPIErrorBudgetBurn incident on 11 Mar" is that
  day's group of that alert name (one); "the checkout-web 503 alert" is the checkout-web alert whose name says 503;
  "payments-api v2.14.0" named without an environment is its production deploy (live 14:31:22); "the rollback" on 11
  March is the payments-api production rollback (live 14:56:37), "from request until go live" its first
  ``requested`` report to its first ``live`` one.
- Relations between kinds keep the first kind named and meet the other on service and environment (alerts'
  ``environment_canonical``): "within / in N min after" a change is ``[t, t + N]`` (an hour 60 min); "in the hour /
  2 hours before" an alert is ``[t - N, t]``, the changes being those of the alert's environment (production) and any
  service unless one is named; the Chengdu developer's "before 2 hours inside" the v2.14.0 deploy lists the production
  changes in ``[t - 2 h, t)``, the deploy itself left out. Windows from one named event ("after the v2.14.0 deploy",
  "since the rollback went live") cover the services the question names, or any service when it says so; "checkout
  project" is ``project = 'checkout'``; "which service logged the most error lines" in such a window ranks every
  service. "Minutes from X to Y" runs from the first of X to the first Y at or after it, to one decimal. Alerts or
  changes "while the incident was open" have their time inside its span, ends included; silences "created while" an
  incident was open likewise, met on the incident's environment (a silence pinning none covers every one) and on its
  service when the question says "same service"; alerts "firing while a silence was active" overlap its real span.
  Acks name their alert by their ``alertname`` and ``service`` equality matchers and count when that alert was firing
  at the ack's time. Suspects are ``incident_suspects``: "suspect change is other service's" is ``change_service <>
  service``; "whose changes are blamed ... most" counts distinct incidents per ``change_actor``; the mean lag is
  ``lag_s / 60``. "Had an early warning before them" is a row in ``incident_warnings``; "the incident whose first
  warning came longest before it" is the largest ``lead_min``. "How were they fixed" is ``alert_groups`` joined to
  ``resolutions``; "no resolution written" has no ``resolutions`` row. "For each / for every ... how many" keeps every
  thing with 0 (a ``LEFT JOIN``); "how many alerts did each silence hold back" counts ``alert_mutes`` rows naming it.
- Aggregates: durations in minutes to one decimal (hours when asked); "how long was payments-api down" from the first
  of that day's alerts' start to the last one's end; "total alert time / minutes" sums each alert's duration (until
  now while firing); averages and medians of time to resolve use resolved incidents; percentages are ``round(100.0 *
  part / whole, 1)`` over the rows the question selects; "per service", "each month", "every hour" are counts per
  value, most first. Top-N answers ``value, measure`` most first, ties by the value, and no tie crosses the N asked
  (qy048's three are tied at two deploys, the fourth has one); "latest 3" are rows newest first up to now.
- Refusals: the service "fraud-scoring" (named only inside a resolution's text) and "warehouse-api", the environment
  "uat", the person "bob.murphy" and the cluster "prod-ap-southeast-1" are ungrounded; paging on-call and opening a
  bridge, deleting February's incidents, marking staging incidents resolved, silencing checkout-web and rolling
  payments-api back ask to change the data; a severity matrix, revenue, a test plan, an apology e-mail and the weather
  are not about this data.
"""

IC = "2025-03-13T16:00:00+00:00"
FIN = "2025-03-14T14:30:00+00:00"
QA = "2025-03-12T08:15:00+00:00"
SUP = "2025-03-12T13:40:00+00:00"
CDU = "2025-03-17T02:30:00+00:00"

_DAY11 = "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_V214 = "TIMESTAMPTZ '2025-03-11 14:31:22+00'"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "qy001",
        "filters",
        "Timeline, section 3: every payments-api alert that started in prod between 14:30Z and 15:30Z on Tue 11 Mar. "
        "Full rows.",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'",
        IC,
    ),
    (
        "qy002",
        "filters",
        "Which prod alerts started in the 15 min after payments-api v2.14.0 went live? Any service.",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' "
        f"AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE",
        IC,
    ),
    (
        "qy003",
        "filters",
        "Critical alerts in the checkout project on 11 Mar (UTC day). All columns, they go straight into the doc.",
        f"SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'critical' AND {_DAY11}",
        IC,
    ),
    (
        "qy004",
        "filters",
        "Could you pull every critical production alert from February, please? I need the complete rows for the "
        "outage cost model.",
        "SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production' "
        "AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        FIN,
    ),
    (
        "qy005",
        "filters",
        "Which incidents so far this year lasted longer than an hour? Those are the ones that count against the "
        "service credit.",
        "SELECT * FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
        "AND opened_at <= TIMESTAMPTZ '2025-03-14 14:30:00+00' "
        "AND epoch(coalesce(resolved_at, TIMESTAMPTZ '2025-03-14 14:30:00+00')) - epoch(opened_at) > 3600",
        FIN,
    ),
    (
        "qy006",
        "filters",
        "Please list the production deployments that were followed by a critical alert on the same service within "
        "an hour.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
        "'production' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = c.service "
        "AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        FIN,
    ),
    (
        "qy007",
        "filters",
        "staging alerts which started yesterday and are still firing now",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' "
        f"AND {_DAY11} AND starts_at <= TIMESTAMPTZ '2025-03-12 08:15:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:15:00+00')",
        QA,
    ),
    (
        "qy008",
        "filters",
        "please show alerts on staging which started in 30 min after staging deploy of same service",
        "SELECT * FROM alerts a WHERE a.environment_canonical = 'staging' AND EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging' AND c.service = a.service "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        QA,
    ),
    (
        "qy009",
        "filters",
        "early warnings for checkout project on 11 march with sigma more than 10",
        f"SELECT * FROM warnings WHERE labels['project'] = 'checkout' AND sigma > 10 AND {_DAY11}",
        QA,
    ),
    (
        "qy010",
        "filters",
        'Customer (cafe chain, 3 sites) wrote: "card payments kept failing at the till yesterday, roughly 14:40 to '
        '15:00". Which payments-api alerts were firing between 14:40 and 15:00 UTC yesterday?',
        "SELECT * FROM alerts WHERE service = 'payments-api' "
        "AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:40:00+00')",
        SUP,
    ),
    (
        "qy011",
        "filters",
        'Customer: "is everything ok on your side today?" - what\'s still firing in production right now?',
        "SELECT * FROM alerts WHERE environment_canonical = 'production' "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 13:40:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 13:40:00+00')",
        SUP,
    ),
    (
        "qy012",
        "filters",
        "their IT guy wants to know how often we roll back. can I get the rollbacks done in production this year?",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-12 13:40:00+00'",
        SUP,
    ),
    (
        "qy013",
        "filters",
        "Please help me check March 11 (UTC) which alerts the level is critical. All environments.",
        f"SELECT * FROM alerts WHERE severity = 'critical' AND {_DAY11}",
        CDU,
    ),
    (
        "qy014",
        "filters",
        "payments-api v2.14.0 deploy after, 30 minutes inside, checkout project have which alerts? Please give me "
        "list.",
        "SELECT * FROM alerts WHERE project = 'checkout' AND environment_canonical = 'production' "
        f"AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 30 MINUTE",
        CDU,
    ),
    (
        "qy015",
        "filters",
        "User sokafor in staging did which changes? Please list all.",
        "SELECT * FROM change_events WHERE actor ILIKE '%sokafor%' AND environment = 'staging' AND phase = 'live'",
        CDU,
    ),
    # ------------------------------------------------------------------- time
    (
        "qy016",
        "time",
        "Timeline anchor: when did the first payments-api alert fire on 11 Mar? Timestamp only.",
        f"SELECT min(starts_at) AS first_alert FROM alerts WHERE service = 'payments-api' AND {_DAY11}",
        IC,
    ),
    (
        "qy017",
        "time",
        "Minutes from payments-api v2.14.0 going live in prod to the rollback going live?",
        "WITH d AS (SELECT min(timestamp) AS t FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND type = 'deployment' AND phase = 'live' "
        "AND coalesce(details['ref'], version) = 'v2.14.0'), "
        "r AS (SELECT min(c.timestamp) AS t FROM change_events c, d WHERE c.service = 'payments-api' "
        "AND c.environment = 'production' AND c.type = 'rollback' AND c.phase = 'live' AND c.timestamp >= d.t) "
        "SELECT round((epoch(r.t) - epoch(d.t)) / 60, 1) AS minutes FROM d, r",
        IC,
    ),
    (
        "qy018",
        "time",
        "What changed in prod in the hour before the first payments-api alert on Tue? Any service.",
        "WITH f AS (SELECT min(starts_at) AS t FROM alerts WHERE service = 'payments-api' "
        f"AND {_DAY11}) "
        "SELECT c.* FROM change_events c, f WHERE c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp BETWEEN f.t - INTERVAL 60 MINUTE AND f.t",
        IC,
    ),
    (
        "qy019",
        "time",
        "How long was payments-api down on 11 March, in minutes? It goes into the revenue-loss estimate.",
        "SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 14:30:00+00'))) - epoch(min(starts_at))) "
        f"/ 60, 1) AS minutes_down FROM alerts WHERE service = 'payments-api' AND {_DAY11}",
        FIN,
    ),
    (
        "qy020",
        "time",
        "How many incidents did we have in each month this year? It's for the quarterly cost report.",
        "SELECT date_trunc('month', opened_at) AS month, count(*) AS incidents FROM alert_groups "
        "WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-14 14:30:00+00' "
        "GROUP BY month ORDER BY incidents DESC, month",
        FIN,
    ),
    (
        "qy021",
        "time",
        "When did the checkout-web alerts start, and when did they stop, on Tuesday 11 March?",
        "SELECT min(starts_at) AS started, CASE WHEN bool_or(ends_at IS NULL) THEN NULL ELSE max(ends_at) END AS ended "
        f"FROM alerts WHERE service = 'checkout-web' AND {_DAY11}",
        FIN,
    ),
    (
        "qy022",
        "time",
        "which staging alerts started today between 00:00 and 06:00 UTC",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' "
        "AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'",
        QA,
    ),
    (
        "qy023",
        "time",
        "how many minutes after staging deploy of payments-api v2.14.0 the prod deploy of same version went live?",
        "WITH s AS (SELECT min(timestamp) AS t FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live' "
        "AND coalesce(details['ref'], version) = 'v2.14.0'), "
        "p AS (SELECT min(c.timestamp) AS t FROM change_events c, s WHERE c.service = 'payments-api' "
        "AND c.environment = 'production' AND c.type = 'deployment' AND c.phase = 'live' "
        "AND coalesce(c.details['ref'], c.version) = 'v2.14.0' AND c.timestamp >= s.t) "
        "SELECT round((epoch(p.t) - epoch(s.t)) / 60, 1) AS minutes FROM s, p",
        QA,
    ),
    (
        "qy024",
        "time",
        "alerts on staging in last 12 hours?",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' "
        "AND starts_at > TIMESTAMPTZ '2025-03-12 08:15:00+00' - INTERVAL 12 HOUR "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 08:15:00+00'",
        QA,
    ),
    (
        "qy025",
        "time",
        'Ticket says: "our web shop was down for about half an hour yesterday, when did it start on your end?" '
        "What time did the first checkout-web alert start yesterday?",
        f"SELECT min(starts_at) AS first_alert FROM alerts WHERE service = 'checkout-web' AND {_DAY11}",
        SUP,
    ),
    (
        "qy026",
        "time",
        "Which alerts started between 14:00 and 15:00 UTC yesterday? customer wants to know what was going on",
        "SELECT * FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        SUP,
    ),
    (
        "qy027",
        "time",
        "Since the payments-api rollback went live yesterday, what alerts have fired? Any service - customer wants "
        "to know if things settled down.",
        "WITH r AS (SELECT min(timestamp) AS t FROM change_events WHERE service = 'payments-api' AND type = 'rollback' "
        "AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
        "AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT a.* FROM alerts a, r WHERE a.starts_at >= r.t AND a.starts_at <= TIMESTAMPTZ '2025-03-12 13:40:00+00'",
        SUP,
    ),
    (
        "qy028",
        "time",
        "March 11, payments-api v2.14.0 production deploy before 2 hours inside, production have which changes? "
        "Please list.",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        f"AND timestamp >= {_V214} - INTERVAL 2 HOUR AND timestamp < {_V214}",
        CDU,
    ),
    (
        "qy029",
        "time",
        "From first payments-api alert on March 11 until payments-api rollback go live, how many minutes?",
        f"WITH f AS (SELECT min(starts_at) AS t FROM alerts WHERE service = 'payments-api' AND {_DAY11}), "
        "r AS (SELECT min(c.timestamp) AS t FROM change_events c, f WHERE c.service = 'payments-api' "
        "AND c.type = 'rollback' AND c.phase = 'live' AND c.timestamp >= f.t) "
        "SELECT round((epoch(r.t) - epoch(f.t)) / 60, 1) AS minutes FROM f, r",
        CDU,
    ),
    (
        "qy030",
        "time",
        "Please tell me March 12 (UTC) 00:00 to 06:00, production which alerts was firing? Started before also count.",
        "SELECT * FROM alerts WHERE environment_canonical = 'production' "
        "AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00' "
        "AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        CDU,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "qy031",
        "aggregates",
        "How many alerts started in prod while the PaymentsAPIErrorBudgetBurn incident of 11 Mar was open? Any "
        "service.",
        "WITH g AS (SELECT opened_at, resolved_at FROM alert_groups "
        "WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
        "AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') "
        "SELECT count(*) AS alerts FROM alerts a WHERE a.environment_canonical = 'production' AND EXISTS (SELECT 1 "
        "FROM g "
        "WHERE a.starts_at >= g.opened_at "
        "AND a.starts_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 16:00:00+00'))",
        IC,
    ),
    (
        "qy032",
        "aggregates",
        "Avg minutes between the suspect change and the incident opening, for incidents opened 11 Mar?",
        "SELECT round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects "
        "WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        IC,
    ),
    (
        "qy033",
        "aggregates",
        "What % of the incidents opened on 11 Mar (UTC) had an early warning before them?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1) "
        "AS pct FROM alert_groups "
        "WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        IC,
    ),
    (
        "qy034",
        "aggregates",
        "What was our average time to resolve for production incidents in February, in minutes?",
        "SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM alert_groups "
        "WHERE environment = 'production' AND resolved_at IS NOT NULL "
        "AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        FIN,
    ),
    (
        "qy035",
        "aggregates",
        "What is the total alert time on payments-api so far this year, in minutes? Adding up each alert's duration "
        "is fine.",
        "SELECT round(sum(epoch(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 14:30:00+00')) - epoch(starts_at)) / 60, 1) "
        "AS total_minutes FROM alerts WHERE service = 'payments-api' "
        "AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-14 14:30:00+00'",
        FIN,
    ),
    (
        "qy036",
        "aggregates",
        "What share of this year's production deployments were followed by a critical alert on the same service "
        "within an hour? A percentage, please.",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical' "
        "AND a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)) / count(*), 1) AS pct "
        "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND c.timestamp <= TIMESTAMPTZ '2025-03-14 "
        "14:30:00+00'",
        FIN,
    ),
    (
        "qy037",
        "aggregates",
        "how many deploys to staging yesterday, per service",
        "SELECT service, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'staging' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY service ORDER BY deploys DESC, service",
        QA,
    ),
    (
        "qy038",
        "aggregates",
        "average duration of HighLatencyP99 alerts on staging, in minutes",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts "
        "WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'",
        QA,
    ),
    (
        "qy039",
        "aggregates",
        "for every staging deploy yesterday: service, deploy time and how many staging alerts of same service came in "
        "next 30 min (0 also)",
        "SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts FROM change_events c LEFT JOIN alerts a "
        "ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00' "
        "GROUP BY c.id, c.service, c.timestamp ORDER BY c.timestamp",
        QA,
    ),
    (
        "qy040",
        "aggregates",
        "how many alerts did checkout-web have yesterday in total? customer just wants a number",
        f"SELECT count(*) AS alerts FROM alerts WHERE service = 'checkout-web' AND {_DAY11}",
        SUP,
    ),
    (
        "qy041",
        "aggregates",
        "what share of yesterday's alerts were critical? my lead wants a %",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical "
        f"FROM alerts WHERE {_DAY11}",
        SUP,
    ),
    (
        "qy042",
        "aggregates",
        "how many error log lines did payments-api write between 14:30 and 15:30 UTC yesterday?",
        "SELECT count(*) AS error_lines FROM log_events WHERE service = 'payments-api' AND is_error "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'",
        SUP,
    ),
    (
        "qy043",
        "aggregates",
        "Please calculate March 11 every hour have how many alerts (UTC hour).",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts "
        f"WHERE {_DAY11} GROUP BY hour ORDER BY alerts DESC, hour",
        CDU,
    ),
    (
        "qy044",
        "aggregates",
        "payments-api v2.14.0 deploy after 15 minutes inside, payments-api error log lines have how many?",
        "SELECT count(*) AS error_lines FROM log_events WHERE service = 'payments-api' AND environment = 'production' "
        f"AND is_error AND timestamp BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE",
        CDU,
    ),
    (
        "qy045",
        "aggregates",
        "February incidents which are resolved, the median time to resolve is how many minutes?",
        "SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes FROM alert_groups "
        "WHERE resolved_at IS NOT NULL "
        "AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        CDU,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "qy046",
        "top_n",
        "Top 3 services by alert count on 11 Mar, UTC day.",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE {_DAY11} "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        IC,
    ),
    (
        "qy047",
        "top_n",
        "Of the 11 Mar incidents, which one got its first early warning the longest before it opened? Just that one, "
        "with the lead in minutes.",
        "SELECT group_id, round(max(lead_min), 1) AS lead_min FROM incident_warnings "
        "WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY group_id ORDER BY lead_min DESC, group_id LIMIT 1",
        IC,
    ),
    (
        "qy048",
        "top_n",
        "Top 3 people by prod deploys on 11 Mar, with counts.",
        "SELECT actor, count(*) AS deploys FROM change_events WHERE type = 'deployment' AND phase = 'live' "
        "AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "GROUP BY actor ORDER BY deploys DESC, actor LIMIT 3",
        IC,
    ),
    (
        "qy049",
        "top_n",
        "Which three services had the most incidents so far this year? I'm allocating the downtime cost by service.",
        "SELECT service, count(*) AS incidents FROM alert_groups "
        "WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-14 14:30:00+00' "
        "GROUP BY service ORDER BY incidents DESC, service LIMIT 3",
        FIN,
    ),
    (
        "qy050",
        "top_n",
        "Which service had the most alert minutes in total in February? Only the top one, please.",
        "SELECT service, round(sum(epoch(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 14:30:00+00')) - epoch(starts_at)) "
        "/ 60, 1) AS alert_minutes FROM alerts "
        "WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00' "
        "GROUP BY service ORDER BY alert_minutes DESC, service LIMIT 1",
        FIN,
    ),
    (
        "qy051",
        "top_n",
        "What were the two longest resolved incidents this year? Service, alert name and duration in minutes.",
        "SELECT service, group_labels['alertname'] AS alertname, "
        "round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes FROM alert_groups "
        "WHERE resolved_at IS NOT NULL AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
        "ORDER BY minutes DESC LIMIT 2",
        FIN,
    ),
    (
        "qy052",
        "top_n",
        "which alert name fires most on staging? all time, only top 1",
        "SELECT name, count(*) AS alerts FROM alerts WHERE environment_canonical = 'staging' "
        "GROUP BY name ORDER BY alerts DESC, name LIMIT 1",
        QA,
    ),
    (
        "qy053",
        "top_n",
        "which 2 staging services had most alerts yesterday",
        f"SELECT service, count(*) AS alerts FROM alerts WHERE environment_canonical = 'staging' AND {_DAY11} "
        "GROUP BY service ORDER BY alerts DESC, service LIMIT 2",
        QA,
    ),
    (
        "qy054",
        "top_n",
        "top 3 services by alerts which came within 30 min after a deploy of same service (staging and prod together, "
        "all time)",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service "
        "AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 3",
        QA,
    ),
    (
        "qy055",
        "top_n",
        "latest 3 checkout-web alerts?",
        "SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at <= TIMESTAMPTZ '2025-03-12 13:40:00+00' "
        "ORDER BY starts_at DESC LIMIT 3",
        SUP,
    ),
    (
        "qy056",
        "top_n",
        "top 5 alert names yesterday by how often they fired - customer asked what our noisiest alarms are",
        f"SELECT name, count(*) AS alerts FROM alerts WHERE {_DAY11} GROUP BY name ORDER BY alerts DESC, name LIMIT 5",
        SUP,
    ),
    (
        "qy057",
        "top_n",
        "which service logged the most error lines in the 15 minutes after the payments-api v2.14.0 deploy? "
        "just the one",
        "SELECT service, count(*) AS error_lines FROM log_events WHERE is_error "
        f"AND timestamp BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE "
        "GROUP BY service ORDER BY error_lines DESC, service LIMIT 1",
        SUP,
    ),
    (
        "qy058",
        "top_n",
        "Please give me the 3 warnings which sigma is biggest, March 11.",
        f"SELECT * FROM warnings WHERE {_DAY11} ORDER BY sigma DESC LIMIT 3",
        CDU,
    ),
    (
        "qy059",
        "top_n",
        "Whose changes are blamed as suspect for most many incidents? Only first one.",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects "
        "GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1",
        CDU,
    ),
    (
        "qy060",
        "top_n",
        "After deploy 15 minutes inside, which service get alerts most many? Same service deploy, production, all "
        "history, only top 1.",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE a.environment_canonical = 'production' "
        "AND EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.environment = 'production' AND c.service = a.service "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) "
        "GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        CDU,
    ),
    # ---------------------------------------------------------------- changes
    (
        "qy061",
        "changes",
        "Every change that went live in prod between 14:00Z and 15:00Z on 11 Mar, for the timeline.",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        IC,
    ),
    (
        "qy062",
        "changes",
        "Which payments-api version is live in prod right now?",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service = 'payments-api' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "AND timestamp <= TIMESTAMPTZ '2025-03-13 16:00:00+00' ORDER BY timestamp DESC LIMIT 1",
        IC,
    ),
    (
        "qy063",
        "changes",
        "Which prod changes were the suspect of an incident opened on 11 Mar? The change rows themselves.",
        "SELECT * FROM change_events WHERE environment = 'production' AND id IN (SELECT change_id FROM "
        "incident_suspects "
        "WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')",
        IC,
    ),
    (
        "qy064",
        "changes",
        "How many production deployments in February were followed by an incident on the same service within the hour?",
        "SELECT count(*) AS deploys FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
        "AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-01 "
        "00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment "
        "AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        FIN,
    ),
    (
        "qy065",
        "changes",
        "Which production deploys this year were rolled back within an hour? I want to put a cost on each failed "
        "release.",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = "
        "'production' "
        "AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live' "
        "AND r.service = d.service AND r.environment = d.environment "
        "AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        FIN,
    ),
    (
        "qy066",
        "changes",
        "Which production changes this year were made by people rather than automation (so not Argo CD and not the "
        "deployment controller)?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' "
        "AND actor NOT IN ('argocd (automated)', 'deployment-controller') "
        "AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-14 14:30:00+00'",
        FIN,
    ),
    (
        "qy067",
        "changes",
        "which auth-api versions went to staging yesterday",
        "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events WHERE service = 'auth-api' "
        "AND environment = 'staging' AND type = 'deployment' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        QA,
    ),
    (
        "qy068",
        "changes",
        "checkout-web version on staging vs prod, now",
        "SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version FROM change_events "
        "WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "AND environment IN ('staging', 'production') AND timestamp <= TIMESTAMPTZ '2025-03-12 08:15:00+00' "
        "GROUP BY environment",
        QA,
    ),
    (
        "qy069",
        "changes",
        "staging deploys from yesterday which had no alert on same service in the 30 min after",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00' "
        "AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = "
        "c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        QA,
    ),
    (
        "qy070",
        "changes",
        'Customer: "did you push something to the web checkout yesterday?" What changed on checkout-web yesterday?',
        "SELECT * FROM change_events WHERE service = 'checkout-web' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SUP,
    ),
    (
        "qy071",
        "changes",
        "who switched on the New checkout flow flag, and when?",
        "SELECT actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND summary ILIKE '%turned on%New checkout flow%'",
        SUP,
    ),
    (
        "qy072",
        "changes",
        "was anything deployed to payments-api in the 2 hours before the checkout-web 503 alert started yesterday?",
        "WITH a AS (SELECT min(starts_at) AS t FROM alerts WHERE service = 'checkout-web' AND name ILIKE '%503%' "
        f"AND {_DAY11}) "
        "SELECT c.* FROM change_events c, a WHERE c.service = 'payments-api' AND c.type = 'deployment' "
        "AND c.phase = 'live' AND c.environment = 'production' AND c.timestamp BETWEEN a.t - INTERVAL 2 HOUR AND a.t",
        SUP,
    ),
    (
        "qy073",
        "changes",
        "Please list March 11 (UTC) all flag changes: which flag, who did, what time.",
        "SELECT summary, actor, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "ORDER BY timestamp",
        CDU,
    ),
    (
        "qy074",
        "changes",
        "user-profile in production now is running which version?",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events WHERE service = 'user-profile' "
        "AND environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') "
        "AND timestamp <= TIMESTAMPTZ '2025-03-17 02:30:00+00' ORDER BY timestamp DESC LIMIT 1",
        CDU,
    ),
    (
        "qy075",
        "changes",
        "The rollback mgonzalez did on March 11, from request until go live, take how many minutes?",
        "WITH q AS (SELECT min(timestamp) AS t FROM change_events WHERE type = 'rollback' AND phase = 'requested' "
        "AND actor = 'mgonzalez' "
        "AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'), "
        "l AS (SELECT min(c.timestamp) AS t FROM change_events c, q WHERE c.type = 'rollback' AND c.phase = 'live' "
        "AND c.actor = 'mgonzalez' AND c.timestamp >= q.t) "
        "SELECT round((epoch(l.t) - epoch(q.t)) / 60, 1) AS minutes FROM q, l",
        CDU,
    ),
    # --------------------------------------------------------------- silences
    (
        "qy076",
        "silences",
        "Silences created while the PaymentsAPIErrorBudgetBurn incident was open on 11 Mar - any service.",
        "SELECT s.* FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00' "
        "AND (s.environment IS NULL OR s.environment = g.environment) "
        "AND s.created_at BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 16:00:00+00'))",
        IC,
    ),
    (
        "qy077",
        "silences",
        "Who put the cart-service silence on, and who took it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        IC,
    ),
    (
        "qy078",
        "silences",
        "How many minutes was the cart-service silence actually in place?",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes "
        "FROM silences WHERE service = 'cart-service'",
        IC,
    ),
    (
        "qy079",
        "silences",
        "Total silenced hours per person for the silences created in February, counting only the time they were "
        "really in place.",
        "SELECT created_by, round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / "
        "3600, 1) "
        "AS hours FROM silences "
        "WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-01 "
        "00:00:00+00' "
        "GROUP BY created_by ORDER BY hours DESC, created_by",
        FIN,
    ),
    (
        "qy080",
        "silences",
        "How many silences this year were put on while an incident on the same service was still open?",
        "SELECT count(*) AS silences FROM silences s WHERE s.created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' "
        "AND s.created_at <= TIMESTAMPTZ '2025-03-14 14:30:00+00' AND EXISTS (SELECT 1 FROM alert_groups g "
        "WHERE g.service = s.service AND (s.environment IS NULL OR s.environment = g.environment) "
        "AND s.created_at >= g.opened_at "
        "AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 14:30:00+00'))",
        FIN,
    ),
    (
        "qy081",
        "silences",
        "Which silences were in effect at some point on Tuesday 11 March (UTC)?",
        "SELECT * FROM silences WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' "
        "AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'",
        FIN,
    ),
    (
        "qy082",
        "silences",
        "what is muted on staging right now?",
        "SELECT * FROM silences WHERE (environment = 'staging' OR environment IS NULL) "
        "AND starts_at <= TIMESTAMPTZ '2025-03-12 08:15:00+00' AND ends_at > TIMESTAMPTZ '2025-03-12 08:15:00+00' "
        "AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:15:00+00')",
        QA,
    ),
    (
        "qy083",
        "silences",
        "who made silences on staging, ever? only names",
        "SELECT DISTINCT created_by FROM silences WHERE environment = 'staging'",
        QA,
    ),
    (
        "qy084",
        "silences",
        "staging alerts which were firing while a silence on same service was active",
        "SELECT * FROM alerts a WHERE a.environment_canonical = 'staging' AND EXISTS (SELECT 1 FROM silences s "
        "WHERE s.service = a.service AND (s.environment IS NULL OR s.environment = 'staging') "
        "AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 08:15:00+00') "
        "AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)",
        QA,
    ),
    (
        "qy085",
        "silences",
        'Customer asks "did you mute the alarms while our payments were failing??" Which silences were created '
        "yesterday between 14:00 and 16:00 UTC?",
        "SELECT * FROM silences "
        "WHERE created_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-11 "
        "16:00:00+00'",
        SUP,
    ),
    (
        "qy086",
        "silences",
        "what comment did maria put on her cart-service silence?",
        "SELECT comment FROM silences WHERE service = 'cart-service' AND created_by ILIKE '%maria%'",
        SUP,
    ),
    (
        "qy087",
        "silences",
        "which silences expire today?",
        "SELECT * FROM silences "
        "WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'",
        SUP,
    ),
    (
        "qy088",
        "silences",
        "Silences kenji created, each one is set for how many minutes? Please list silence id and minutes.",
        "SELECT silence_id, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences "
        "WHERE created_by ILIKE '%kenji%'",
        CDU,
    ),
    (
        "qy089",
        "silences",
        "Each silence, Alertmanager really held back how many alerts? Silence with zero also list.",
        "SELECT s.silence_id, count(m.id) AS muted_alerts FROM silences s "
        "LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id) "
        "GROUP BY s.silence_id ORDER BY muted_alerts DESC, s.silence_id",
        CDU,
    ),
    (
        "qy090",
        "silences",
        "Silences on indexer, which person created most many? Person and how many.",
        "SELECT created_by, count(*) AS silences FROM silences WHERE service = 'indexer' "
        "GROUP BY created_by ORDER BY silences DESC, created_by LIMIT 1",
        CDU,
    ),
    # ------------------------------------------------------------------ joins
    (
        "qy091",
        "joins",
        "11 Mar incidents with their suspect change: service, alert name, opened, suspect version, who shipped it.",
        "SELECT service, group_labels['alertname'] AS alertname, opened_at, "
        "coalesce(change_details['ref'], change_version) AS version, change_actor FROM incident_suspects "
        "WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        IC,
    ),
    (
        "qy092",
        "joins",
        "Early warnings before the PaymentsAPIErrorBudgetBurn incident on 11 Mar: warning name, service, minutes "
        "before.",
        "SELECT w.warning_alertname, w.warning_service, w.lead_min FROM incident_warnings w "
        "JOIN alert_groups g ON g.id = w.group_id WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00'",
        IC,
    ),
    (
        "qy093",
        "joins",
        "Changes that went live in prod, any service, while the PaymentsAPIErrorBudgetBurn incident was open on 11 "
        "Mar.",
        "SELECT c.* FROM change_events c WHERE c.phase = 'live' AND c.environment = 'production' "
        "AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' "
        "AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00' "
        "AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 16:00:00+00'))",
        IC,
    ),
    (
        "qy094",
        "joins",
        "How were February's resolved incidents fixed? Service, alert name, opened time, root cause and fix, please.",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, r.root_cause, r.fix "
        "FROM alert_groups g JOIN resolutions r ON r.group_id = g.id "
        "WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-01 "
        "00:00:00+00'",
        FIN,
    ),
    (
        "qy095",
        "joins",
        "Which incidents this year had a deployment as their suspect? I'd like to total up the cost of bad deploys.",
        "SELECT * FROM incident_suspects WHERE change_type = 'deployment' "
        "AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND opened_at <= TIMESTAMPTZ '2025-03-14 14:30:00+00'",
        FIN,
    ),
    (
        "qy096",
        "joins",
        "For each production deployment in February: the service, version, time and how many alerts that service had "
        "in the hour after it (zeros included).",
        "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp, count(a.fingerprint) AS "
        "alerts "
        "FROM change_events c LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE "
        "WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
        "AND c.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND c.timestamp < TIMESTAMPTZ '2025-03-01 "
        "00:00:00+00' "
        "GROUP BY c.id, c.service, c.details, c.version, c.timestamp ORDER BY c.timestamp",
        FIN,
    ),
    (
        "qy097",
        "joins",
        "alerts which came within 1 hour after a feature flag change on same service and environment",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' "
        "AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        QA,
    ),
    (
        "qy098",
        "joins",
        "which services had an alert on staging within 1 hour after a staging deploy of same service? service names "
        "only",
        "SELECT DISTINCT a.service FROM alerts a JOIN change_events c ON c.service = a.service "
        "AND c.environment = a.environment_canonical AND c.type = 'deployment' AND c.phase = 'live' "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE "
        "WHERE a.environment_canonical = 'staging'",
        QA,
    ),
    (
        "qy099",
        "joins",
        "incidents on staging with no resolution written",
        "SELECT * FROM alert_groups g WHERE g.environment = 'staging' "
        "AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)",
        QA,
    ),
    (
        "qy100",
        "joins",
        "Which production deploys, of any service, were followed within 30 minutes by a checkout-web alert? Customer "
        "thinks a release broke their web checkout.",
        "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
        "'production' "
        "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = 'checkout-web' AND a.environment_canonical = "
        "c.environment "
        "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)",
        SUP,
    ),
    (
        "qy101",
        "joins",
        "who acked alerts yesterday while they were still firing?",
        "SELECT DISTINCT k.actor FROM audit_log k WHERE k.action = 'ack' "
        "AND k.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND k.timestamp < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00' "
        "AND EXISTS (SELECT 1 FROM alerts a "
        "WHERE a.name = list_extract(list_filter(k.matchers, m -> m.name = 'alertname' AND m.is_equal "
        "AND NOT m.is_regex), 1).value "
        "AND a.service = list_extract(list_filter(k.matchers, m -> m.name = 'service' AND m.is_equal "
        "AND NOT m.is_regex), 1).value "
        "AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))",
        SUP,
    ),
    (
        "qy102",
        "joins",
        "which incidents yesterday had no early warning before them?",
        "SELECT * FROM alert_groups g "
        "WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 "
        "00:00:00+00' "
        "AND g.id NOT IN (SELECT group_id FROM incident_warnings)",
        SUP,
    ),
    (
        "qy103",
        "joins",
        "Silence created within 1 hour after an alert of same service started: please list silence id, who created, "
        "alert name, alert start time.",
        "SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s JOIN alerts a ON a.service = s.service "
        "AND (s.environment IS NULL OR s.environment = a.environment_canonical) "
        "AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE",
        CDU,
    ),
    (
        "qy104",
        "joins",
        "payments-api v2.14.0 deploy after 30 minutes inside, which early warnings came out? Any service.",
        "SELECT * FROM warnings WHERE labels['environment'] = 'production' "
        f"AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 30 MINUTE",
        CDU,
    ),
    (
        "qy105",
        "joins",
        "Incidents whose suspect change is other service's change: incident service, alert name, suspect change "
        "service.",
        "SELECT service, group_labels['alertname'] AS alertname, change_service FROM incident_suspects "
        "WHERE change_service <> service",
        CDU,
    ),
    # --------------------------------------------------------------- refusals
    (
        "qy106",
        "refusals",
        "Page the payments on-call and open a Sev-1 bridge for checkout, I'm declaring.",
        "asks_to_change_data",
        IC,
    ),
    (
        "qy107",
        "refusals",
        "Timeline check: what did fraud-scoring alert on between 14:30Z and 15:00Z on 11 Mar?",
        "ungrounded",
        IC,
    ),
    (
        "qy108",
        "refusals",
        "What's the usual industry severity matrix for calling something a Sev-1 vs a Sev-2?",
        "not_about_this_data",
        IC,
    ),
    (
        "qy109",
        "refusals",
        "What was our total online revenue on 11 March, compared with a normal Tuesday?",
        "not_about_this_data",
        FIN,
    ),
    (
        "qy110",
        "refusals",
        "Could you show me the alerts for the warehouse-api service in February?",
        "ungrounded",
        FIN,
    ),
    (
        "qy111",
        "refusals",
        "Please delete the February incidents from the store - they have been billed already.",
        "asks_to_change_data",
        FIN,
    ),
    (
        "qy112",
        "refusals",
        "show alerts from uat environment yesterday",
        "ungrounded",
        QA,
    ),
    (
        "qy113",
        "refusals",
        "mark the staging HighLatencyP99 incidents as resolved please, they are flaky anyway",
        "asks_to_change_data",
        QA,
    ),
    (
        "qy114",
        "refusals",
        "how to write good regression test plan for payment flow?",
        "not_about_this_data",
        QA,
    ),
    (
        "qy115",
        "refusals",
        'Customer asks "can you write us a nice apology email about the downtime?" - can you draft one?',
        "not_about_this_data",
        SUP,
    ),
    (
        "qy116",
        "refusals",
        "silence the checkout-web alerts for 2 hours, the customer is running a load test against us",
        "asks_to_change_data",
        SUP,
    ),
    (
        "qy117",
        "refusals",
        "which alerts did bob.murphy silence yesterday?",
        "ungrounded",
        SUP,
    ),
    (
        "qy118",
        "refusals",
        "Please help me check cluster prod-ap-southeast-1 have which alerts.",
        "ungrounded",
        CDU,
    ),
    (
        "qy119",
        "refusals",
        "Please help me roll back payments-api to v2.13.2 in production.",
        "asks_to_change_data",
        CDU,
    ),
    (
        "qy120",
        "refusals",
        "Please tell me tomorrow Chengdu weather is how, will it rain?",
        "not_about_this_data",
        CDU,
    ),
]
