"""The fortieth ask question set: ids zu001..zu120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases; what the author read
was docs/store.md, the "Shapes and joins" section of docs/ask.md printed alone (taken as the rules for the shape of
every gold answer), the module docstring of ``ask_questions`` and its code (how a set is wired and split), the module
docstrings of the earlier sets, printed with ``ast`` (to choose people who had not spoken before and to keep their
conventions), the first ten rows of ``ask_questions_thirtieth`` (for the file's format), and the demo store itself,
opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api
v2.14.0 outage). No deviation from that list. Each row is ``(id, category, question, gold, now)``. A refusal's gold is
its kind: ``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, project,
person, environment, cluster or alert name the store does not hold); any other gold is a single DuckDB SELECT over
the documented tables and views, compared with the answer as a multiset of rows.

Five people who think in statistics and service levels ask the questions, none of whom spoke in an earlier set. The
roles the brief suggested had all been heard (a data scientist in the thirteenth and twenty-third sets, an SRE manager
in the eighteenth, a FinOps / capacity person in the fourteenth, a capacity planner and a reliability analyst in the
twenty-first, a service-level and contracts manager in the twenty-fifth, a DORA analyst in the twenty-sixth), so
others of the same bent stand in for them. Each asks three questions in every category (24 each, three of them
refusals):

- a quantitative risk analyst who came from a trading firm's risk desk, at 11:40 on Wednesday 12 March: tails,
  outliers, medians, p95, standard deviations and sigma; very terse lower case with shorthand ("yday", "svc", "w/in",
  "15m", "1dp", "n of", "#", "full rows");
- a Six Sigma black belt brought in from manufacturing to run the reliability-improvement programme, at 15:10 on
  Thursday 13 March: "defects" and "multi-defect events", Pareto charts, control charts, shares and mean time to
  resolve; plain, mid-length sentences, sentence case;
- an actuary in the risk-transfer team pricing business-interruption cover for the outages, at 10:30 on Friday 14
  March: formal full sentences opening "Please list / state / identify ...", dates with their year ("between 1
  January 2025 and 11 March 2025 inclusive", "the week commencing 3 March 2025"), frequency and severity, hours of
  critical firing, how long payments-api was affected;
- the engineer who owns the SLO tooling (SLIs, burn-rate alerts, error budgets), at 17:45 on Wednesday 12 March:
  lower case with the odd slip ("thier", "sils", "rn", "w/in", "svc", "1dp"), about burn alerts, p90 time to
  resolve, the Hikari pool and the p99 metric while alerts fired, silences that might have hidden burn;
- an operations-research analyst modelling the on-call queue, at 09:20 on Monday 17 March: alerts as arrivals,
  arrival rates per hour, day and week, "service time" for how long an alert ran, deploys as work that triggers
  work; polite, sometimes with the model's reason first ("Thinking of deploys as arrivals ...").

47 of the 105 questions that are not refusals relate two kinds of record in time or by scope (deploys and the alerts,
incidents or error log lines after them or none after them; changes and scale events before a named alert; alerts and
log lines between the v2.14.0 deploy and its rollback; incidents and their suspects, early warnings, resolutions,
deploys before them and silences in effect while they were open; alerts that started under a silence, alerts after a
flag flip or another service's alerts, warnings and the alerts after them; silences in effect at a named moment,
created during an incident or after an alert, the silences that muted something and how many each muted; metric
samples while an alert was firing): five in each of filters, time, aggregates and top_n, six in changes (its deploys
followed by a rollback relate two kinds of change, not counted), six in silences, and all fifteen joins.

Conventions (the shapes of docs/ask.md, and these readings where a question leaves room):

- Times are UTC and timestamps are compared as stored. Each person asks at one ``now``: the quant at Wednesday
  2025-03-12 11:40, the SLO engineer at Wednesday 2025-03-12 17:45, the black belt at Thursday 2025-03-13 15:10, the
  actuary at Friday 2025-03-14 10:30 and the operations-research analyst at Monday 2025-03-17 09:20 (all after every
  record). Wednesday's "yday" is ``[2025-03-11, 2025-03-12)``, "today" / "this morning" the 12th up to now; the black
  belt's "yesterday" is ``[2025-03-12, 2025-03-13)``; "on 11 March (2025)" / "mar 11" are ``[2025-03-11,
  2025-03-12)``; "this month" runs from 2025-03-01 to now, "since mar 1" / "since 1 March" / "since 1 January (2025)"
  from that day to now; "last week (Mon 10 to Sun 16 March)" / "last week, Monday to Sunday" is ``[2025-03-10,
  2025-03-17)``, "the week commencing 3 March 2025" ``[2025-03-03, 2025-03-10)``, "the weekend of 8-9 March"
  ``[2025-03-08, 2025-03-10)``, "February 2025" ``[2025-02-01, 2025-03-01)``; "between 1 January 2025 and 28 February
  2025 inclusive" and "... and 11 March 2025 inclusive" end at the start of the next day; "between 14:30 and 15:30 utc
  yday" and "22:00 yday to 06:00 today" include their start and exclude their end. A thing is in a window by its own
  time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a
  log line's ``timestamp``). "Active at 09:00", "still open at 09:00 UTC on 12 March" and "in effect at the instant"
  are the state at that moment.
- Alerts ("defects" for the black belt, "arrivals" for the operations-research analyst) are the ``alerts`` view's
  rows (every column for a list), incidents ``alert_groups``' rows, silences the ``silences`` view's rows, log lines
  ``log_events``' rows ("error lines" ``is_error``), early warnings the ``warnings`` rows. Changes are their ``phase =
  'live'`` reports: "deploys" ``type = 'deployment'``, "rollbacks" ``type = 'rollback'``, "flag flips" ``type =
  'flag_change'``, "configuration changes" ``type = 'config_update'``, "scale events" ``type = 'scale'``, "what
  changed" every live report, scale events included. A version is ``coalesce(details['ref'], version)``; the version
  live in an environment is that of its last live deployment or rollback. People are answered as stored, bots
  included; "kenji.tanaka@acme.io" is matched exactly. "Burn alerts" are the alerts whose name contains
  ``ErrorBudgetBurn``.
- Named events: "the v2.14.0 (prod) deploy" is payments-api's live production deployment of v2.14.0 (14:31:22 on the
  11th) and "the rollback" that day its live production rollback (14:56:37), both written as their instants; "the
  first payments-api alert on 11 March", "the first auth-api staging alert yday" and "the first DiskSpaceLow alert on
  12 March" are the earliest such alert's ``starts_at``, a scalar subquery. Changes before a named alert are those of
  its environment (production for payments-api, its scale events included, and staging for the auth-api
  staging alert) in ``[t - N, t]``; alerts, error lines and silences "any svc" /
  "any service" around one are every row in the window; rows "between" the deploy and the rollback lie from the one
  to the other, both included ("checkout-web production log lines" as said). "The rollback took from being
  requested to going live" is from its first ``requested`` report to its ``live`` one that day.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; the stored change, incident and log environments are already ``production`` and
  ``staging``; warnings on their ``service`` and ``environment`` labels): an alert "within N after" a deploy or flag
  flip starts in ``[t, t + N]``; a deploy "followed by" an alert, critical alert, incident or rollback has one there
  (15 minutes between changes and alerts unless said, 60 when "within an hour" / "within 60 minutes"), "with no alert
  in the 30m after" none; deploys / scale events "in the hour before" an incident or alert have its start in ``[t,
  t + 60 min]``; checkout-web alerts "within 15m after a payments-api alert" start in ``[p, p + 15 min]`` of one in
  the same environment. An incident is open from ``opened_at`` to ``resolved_at`` (now while unresolved). A silence
  is in effect from ``starts_at`` to its end or its expiry, whichever came first, and meets the other side on its
  service and, when it pins one, its environment: an alert "that started while a silence on their svc was in effect"
  started inside that span; an incident "with a silence in effect at some point while open" shares a moment with it;
  a silence "created while an incident on the same service was open" was created in the incident's span, one
  "created within an hour after an alert" in ``[starts_at, starts_at + 60 min]`` of an alert of its service. Metric
  samples "while the X alert was firing" lie inside any span of the alerts of that name (those of the 11th when
  "yday" is said), of every series of the metric unless a service is named. "Suspect change" means
  ``incident_suspects`` ("whose changes" its ``change_actor``; "the changes named the suspect" the ``change_events``
  rows it names; "no suspect change" no row there); "preceded by an early warning" is a row in
  ``incident_warnings``, "neither ... nor" neither view; "actually muted alerts" named in ``alert_mutes.silenced_by``
  and "how many alerts each silence held back" a ``LEFT JOIN`` on it. "For each X: a, b and how many Y" is one row
  per X with those columns and a count, zeros included; "mean # of alerts after each deploy" and "deploys in the hour
  before each incident" average those counts, zeros included; percentages of deploys followed by something are over
  the deploys the question selects.
- Aggregates: durations in minutes to one decimal (hours when asked); an alert's duration runs from ``starts_at`` to
  ``ends_at`` of those that ended, an incident's from ``opened_at`` to ``resolved_at`` of the resolved ones (mean /
  p90 time to resolve, standard deviation ``stddev_samp``); "hours for which resolved critical alerts were firing"
  sums the resolved critical alerts' durations; "how long payments-api was affected" runs from the first of its
  alerts' start that day to the last one's end; a silence's length "as set" is ``starts_at`` to ``ends_at``;
  percentages are ``round(100.0 * part / whole, 1)``, medians and percentiles ``quantile_cont`` / ``median`` to one
  decimal; "mean daily arrival rate" averages the per-day counts of days that had alerts; per-value breakdowns are
  ordered most first (ties by the value), per-hour / per-day / per-week / per-month buckets are UTC
  ``time_bucket`` / ``date_trunc`` values beside their counts.
- Top-N answers ``value, count`` (or ``value, max``) most first, ties by the value, and every N asked is one no tie
  crosses (the busiest hour on the clock is ``hour(starts_at)`` over all the data); "the 3 longest resolved
  incidents" and "top 5 early warnings by sigma" are whole rows ranked by duration and by ``sigma``.
- Refusals: the services "billing-engine", "loyalty-points" and "quota-enforcer", the "ap-southeast-2" cluster and
  the "dr-tokyo" environment are ungrounded (none occurs in any alert, change, log line, silence or metric label);
  a paging sigma threshold in general, a DPMO target and six sigma, an insurance premium, multi-window burn-rate
  alerting advice and Little's law are not about this data; deleting outlier alerts or duplicate scale events,
  reclassifying alerts' severity, closing an incident with a resolution and setting an SLO target ask to change the
  data.
"""

from __future__ import annotations

QUANT = "2025-03-12T11:40:00Z"
SLO = "2025-03-12T17:45:00Z"
BELT = "2025-03-13T15:10:00Z"
ACTUARY = "2025-03-14T10:30:00Z"
OPS = "2025-03-17T09:20:00Z"

ROWS = [
    (
        "zu001",
        "filters",
        "crit alerts yday, full rows. want the raw sample before i look at tails",
        (
            "SELECT * FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
            "AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        QUANT,
    ),
    (
        "zu002",
        "filters",
        "alerts that started w/in 15m after a prod deploy of their own svc, since mar 1",
        (
            "SELECT * FROM alerts a WHERE a.environment_canonical = 'production' AND a.starts_at >= TIMESTAMPTZ "
            "'2025-03-01 00:00:00+00' AND a.starts_at <= TIMESTAMPTZ '2025-03-12 11:40:00+00' AND EXISTS (SELECT 1 "
            "FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production' "
            "AND c.service = a.service AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        QUANT,
    ),
    (
        "zu003",
        "filters",
        "outliers pls: resolved alerts whose duration was over 30 min",
        "SELECT * FROM alerts WHERE ends_at IS NOT NULL AND ends_at - starts_at > INTERVAL 30 MINUTE",
        QUANT,
    ),
    (
        "zu004",
        "filters",
        (
            "Which defects were still open at 09:00 UTC on 12 March? By defects I mean alerts that were firing at that "
            "instant."
        ),
        (
            "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' AND (ends_at IS NULL OR "
            "ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')"
        ),
        BELT,
    ),
    (
        "zu005",
        "filters",
        "Show me the incidents with more than one alert in them (our multi-defect events).",
        "SELECT * FROM alert_groups WHERE alert_count > 1",
        BELT,
    ),
    (
        "zu006",
        "filters",
        "Which incidents had no suspect change at all? Full rows please, I'm sorting root causes into buckets.",
        "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_suspects)",
        BELT,
    ),
    (
        "zu007",
        "filters",
        "Please list every critical incident opened between 1 January 2025 and 28 February 2025 inclusive.",
        (
            "SELECT * FROM alert_groups WHERE max_severity = 'critical' AND opened_at >= TIMESTAMPTZ '2025-01-01 "
            "00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu008",
        "filters",
        "Please list the production incidents that were preceded by an early warning.",
        (
            "SELECT * FROM alert_groups WHERE environment = 'production' AND id IN (SELECT group_id FROM "
            "incident_warnings)"
        ),
        ACTUARY,
    ),
    (
        "zu009",
        "filters",
        "Please list the alerts raised on payments-api in production on 11 March 2025.",
        (
            "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production' AND "
            "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu010",
        "filters",
        "burn alerts - anything w/ ErrorBudgetBurn in the alert name, all rows",
        "SELECT * FROM alerts WHERE name ILIKE '%ErrorBudgetBurn%'",
        SLO,
    ),
    (
        "zu011",
        "filters",
        "alerts that started while a silence on thier svc was in effect? wondering if we hid burn from ourselves",
        (
            "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service AND "
            "(s.environment IS NULL OR s.environment_canonical = a.environment_canonical) AND a.starts_at >= "
            "s.starts_at AND a.starts_at < s.ends_at AND (s.expired_at IS NULL OR a.starts_at < s.expired_at))"
        ),
        SLO,
    ),
    (
        "zu012",
        "filters",
        "the SearchAPILatencySLOBreach alerts on search-api in prod",
        (
            "SELECT * FROM alerts WHERE name = 'SearchAPILatencySLOBreach' AND service = 'search-api' AND "
            "environment_canonical = 'production'"
        ),
        SLO,
    ),
    (
        "zu013",
        "filters",
        "Could I have every alert that arrived last week (Mon 10 to Sun 16 March), all columns?",
        (
            "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ "
            "'2025-03-17 00:00:00+00'"
        ),
        OPS,
    ),
    (
        "zu014",
        "filters",
        "Alerts whose service time (start to resolve) was ten minutes or less, resolved ones only please.",
        "SELECT * FROM alerts WHERE status = 'resolved' AND ends_at - starts_at <= INTERVAL 10 MINUTE",
        OPS,
    ),
    (
        "zu015",
        "filters",
        (
            "Thinking of deploys as arrivals that can trigger work: which live production deployments were followed by "
            "an incident on the same service within 60 minutes?"
        ),
        (
            "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
            "'production' AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = "
            "c.environment AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)"
        ),
        OPS,
    ),
    (
        "zu016",
        "time",
        "alerts per hour yday, utc buckets",
        (
            "SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts FROM alerts WHERE starts_at >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY 1 "
            "ORDER BY 2 DESC, 1"
        ),
        QUANT,
    ),
    (
        "zu017",
        "time",
        "n of payments-api error log lines in the 10m after v2.14.0 went live in prod",
        (
            "SELECT count(*) FROM log_events WHERE service = 'payments-api' AND environment = 'production' AND "
            "is_error AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 "
            "14:31:22+00' + INTERVAL 10 MINUTE"
        ),
        QUANT,
    ),
    (
        "zu018",
        "time",
        "alerts between 14:30 and 15:30 utc yday",
        (
            "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ "
            "'2025-03-11 15:30:00+00'"
        ),
        QUANT,
    ),
    (
        "zu019",
        "time",
        "Per day, how many alerts have we raised this month so far? Day and count.",
        (
            "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts WHERE starts_at >= "
            "TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 15:10:00+00' GROUP BY 1 "
            "ORDER BY 2 DESC, 1"
        ),
        BELT,
    ),
    (
        "zu020",
        "time",
        "What changed in production in the hour before the first payments-api alert on 11 March?",
        (
            "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production' AND timestamp BETWEEN "
            "(SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE AND "
            "(SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        ),
        BELT,
    ),
    (
        "zu021",
        "time",
        "How many incidents opened yesterday?",
        (
            "SELECT count(*) FROM alert_groups WHERE opened_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND opened_at < "
            "TIMESTAMPTZ '2025-03-13 00:00:00+00'"
        ),
        BELT,
    ),
    (
        "zu022",
        "time",
        "Please state the number of alerts raised in the week commencing 3 March 2025.",
        (
            "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < "
            "TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu023",
        "time",
        (
            "Please list the alerts that started between the payments-api v2.14.0 production deployment going live and "
            "the rollback going live on 11 March 2025."
        ),
        (
            "SELECT * FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ "
            "'2025-03-11 14:56:37+00'"
        ),
        ACTUARY,
    ),
    (
        "zu024",
        "time",
        (
            "Please state, per calendar month, the number of incidents opened between 1 January 2025 and 11 March 2025 "
            "inclusive."
        ),
        (
            "SELECT date_trunc('month', opened_at) AS month, count(*) AS incidents FROM alert_groups WHERE opened_at "
            ">= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY 1 "
            "ORDER BY 2 DESC, 1"
        ),
        ACTUARY,
    ),
    (
        "zu025",
        "time",
        "how many alerts fired today so far",
        (
            "SELECT count(*) FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at <= "
            "TIMESTAMPTZ '2025-03-12 17:45:00+00'"
        ),
        SLO,
    ),
    (
        "zu026",
        "time",
        "alerts in the 15 min after the v2.14.0 prod deploy went live, any svc",
        (
            "SELECT * FROM alerts WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ "
            "'2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE"
        ),
        SLO,
    ),
    (
        "zu027",
        "time",
        "staging alerts overnight, 22:00 yday to 06:00 today",
        (
            "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND starts_at >= TIMESTAMPTZ '2025-03-11 "
            "22:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'"
        ),
        SLO,
    ),
    (
        "zu028",
        "time",
        "Daily alert arrivals for last week, Monday to Sunday: the day and the count.",
        (
            "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts WHERE starts_at >= "
            "TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00' GROUP BY 1 "
            "ORDER BY 2 DESC, 1"
        ),
        OPS,
    ),
    (
        "zu029",
        "time",
        (
            "How many checkout-web production log lines were written between the v2.14.0 deploy going live and the "
            "rollback going live?"
        ),
        (
            "SELECT count(*) FROM log_events WHERE service = 'checkout-web' AND environment = 'production' AND "
            "timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:56:37+00'"
        ),
        OPS,
    ),
    (
        "zu030",
        "time",
        "Anything arrive over the weekend of 8-9 March? The alerts, please.",
        (
            "SELECT * FROM alerts WHERE starts_at >= TIMESTAMPTZ '2025-03-08 00:00:00+00' AND starts_at < TIMESTAMPTZ "
            "'2025-03-10 00:00:00+00'"
        ),
        OPS,
    ),
    (
        "zu031",
        "aggregates",
        "median and p95 alert duration, resolved alerts, mins 1dp",
        (
            "SELECT round(median(epoch(ends_at - starts_at)) / 60, 1) AS median_min, round(quantile_cont(epoch(ends_at "
            "- starts_at), 0.95) / 60, 1) AS p95_min FROM alerts WHERE ends_at IS NOT NULL"
        ),
        QUANT,
    ),
    (
        "zu032",
        "aggregates",
        "mean # of alerts in the 15m after each live prod deploy (zeros count), 1dp",
        (
            "SELECT round(avg(n), 1) FROM (SELECT c.id, count(a.fingerprint) AS n FROM change_events c LEFT JOIN "
            "alerts a ON a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at BETWEEN "
            "c.timestamp AND c.timestamp + INTERVAL 15 MINUTE WHERE c.type = 'deployment' AND c.phase = 'live' AND "
            "c.environment = 'production' GROUP BY c.id)"
        ),
        QUANT,
    ),
    (
        "zu033",
        "aggregates",
        "std dev of incident duration, resolved incidents, mins 1dp",
        (
            "SELECT round(stddev_samp(epoch(resolved_at - opened_at)) / 60, 1) FROM alert_groups WHERE resolved_at IS "
            "NOT NULL"
        ),
        QUANT,
    ),
    (
        "zu034",
        "aggregates",
        "What percentage of this month's alerts were critical? One decimal.",
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) FROM alerts WHERE "
            "starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-13 15:10:00+00'"
        ),
        BELT,
    ),
    (
        "zu035",
        "aggregates",
        "What share of all incidents had a suspect change? Percentage to one decimal.",
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), "
            "1) FROM alert_groups"
        ),
        BELT,
    ),
    (
        "zu036",
        "aggregates",
        "Mean time to resolve per service, incidents only, minutes to one decimal.",
        (
            "SELECT service, round(avg(epoch(resolved_at - opened_at)) / 60, 1) AS mttr_min FROM alert_groups WHERE "
            "resolved_at IS NOT NULL GROUP BY service ORDER BY 2 DESC"
        ),
        BELT,
    ),
    (
        "zu037",
        "aggregates",
        (
            "Please state the total number of hours for which resolved critical alerts were firing between 1 January "
            "2025 and 11 March 2025 inclusive, to one decimal."
        ),
        (
            "SELECT round(sum(epoch(ends_at - starts_at)) / 3600, 1) FROM alerts WHERE severity = 'critical' AND "
            "ends_at IS NOT NULL AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND starts_at < TIMESTAMPTZ "
            "'2025-03-12 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu038",
        "aggregates",
        (
            "Please state the percentage of live production deployments since 1 January 2025 that were followed by an "
            "incident of the same service within 60 minutes, to one decimal."
        ),
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = "
            "c.service AND g.environment = c.environment AND g.opened_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 60 MINUTE)) / count(*), 1) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
            "AND c.environment = 'production' AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND c.timestamp "
            "<= TIMESTAMPTZ '2025-03-14 10:30:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu039",
        "aggregates",
        "For how many minutes was payments-api affected on 11 March 2025?",
        (
            "SELECT round(epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 10:30:00+00')) - min(starts_at)) / 60, "
            "1) FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND "
            "starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu040",
        "aggregates",
        "p90 time to resolve for prod incidents, mins 1dp",
        (
            "SELECT round(quantile_cont(epoch(resolved_at - opened_at), 0.9) / 60, 1) FROM alert_groups WHERE "
            "environment = 'production' AND resolved_at IS NOT NULL"
        ),
        SLO,
    ),
    (
        "zu041",
        "aggregates",
        "avg hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing, 1dp",
        (
            "SELECT round(avg(m.value), 1) FROM metric_points m WHERE m.name = 'hikaricp_connections_pending' AND "
            "EXISTS (SELECT 1 FROM alerts a WHERE a.name = 'HikariPoolPendingConnections' AND m.timestamp >= "
            "a.starts_at AND (a.ends_at IS NULL OR m.timestamp <= a.ends_at))"
        ),
        SLO,
    ),
    (
        "zu042",
        "aggregates",
        "avg sigma of early warnings per service, 1dp",
        (
            "SELECT labels['service'] AS service, round(avg(sigma), 1) AS avg_sigma FROM warnings GROUP BY 1 ORDER BY "
            "2 DESC"
        ),
        SLO,
    ),
    (
        "zu043",
        "aggregates",
        "What was the mean daily alert arrival rate in February 2025? Only days that had alerts, one decimal.",
        (
            "SELECT round(avg(n), 1) FROM (SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n FROM "
            "alerts WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 "
            "00:00:00+00' GROUP BY 1)"
        ),
        OPS,
    ),
    (
        "zu044",
        "aggregates",
        "On average, how many deploys landed in the hour before each incident? Zeros count, one decimal.",
        (
            "SELECT round(avg(n), 1) FROM (SELECT g.id, count(c.id) AS n FROM alert_groups g LEFT JOIN change_events c "
            "ON c.type = 'deployment' AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment "
            "AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at GROUP BY g.id)"
        ),
        OPS,
    ),
    (
        "zu045",
        "aggregates",
        "Median alert duration per project, resolved alerts, minutes to one decimal please.",
        (
            "SELECT project, round(median(epoch(ends_at - starts_at)) / 60, 1) AS median_min FROM alerts WHERE ends_at "
            "IS NOT NULL GROUP BY project ORDER BY 2 DESC"
        ),
        OPS,
    ),
    (
        "zu046",
        "top_n",
        "top 3 svcs by alert count, whole history",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY 2 DESC, 1 LIMIT 3",
        QUANT,
    ),
    (
        "zu047",
        "top_n",
        "which 2 svcs logged the most error lines in the 15m after the v2.14.0 prod deploy went live",
        (
            "SELECT service, count(*) AS errors FROM log_events WHERE is_error AND timestamp BETWEEN TIMESTAMPTZ "
            "'2025-03-11 14:31:22+00' AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE GROUP BY service "
            "ORDER BY 2 DESC, 1 LIMIT 2"
        ),
        QUANT,
    ),
    (
        "zu048",
        "top_n",
        "top 5 early warnings by sigma, full rows",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 5",
        QUANT,
    ),
    (
        "zu049",
        "top_n",
        "Pareto time: the top 4 alert names by number of alerts.",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY 2 DESC, 1 LIMIT 4",
        BELT,
    ),
    (
        "zu050",
        "top_n",
        "Whose changes were the suspect for the most incidents? Just the top person.",
        "SELECT change_actor, count(*) AS incidents FROM incident_suspects GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        BELT,
    ),
    (
        "zu051",
        "top_n",
        "The 3 longest resolved incidents, full rows.",
        "SELECT * FROM alert_groups WHERE resolved_at IS NOT NULL ORDER BY resolved_at - opened_at DESC LIMIT 3",
        BELT,
    ),
    (
        "zu052",
        "top_n",
        "Please identify the two projects with the most critical alerts since 1 January 2025.",
        (
            "SELECT project, count(*) AS alerts FROM alerts WHERE severity = 'critical' AND starts_at >= TIMESTAMPTZ "
            "'2025-01-01 00:00:00+00' AND starts_at <= TIMESTAMPTZ '2025-03-14 10:30:00+00' GROUP BY 1 ORDER BY 2 "
            "DESC, 1 LIMIT 2"
        ),
        ACTUARY,
    ),
    (
        "zu053",
        "top_n",
        "Please identify the two services with the most incidents that were preceded by an early warning.",
        (
            "SELECT service, count(*) AS incidents FROM alert_groups WHERE id IN (SELECT group_id FROM "
            "incident_warnings) GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2"
        ),
        ACTUARY,
    ),
    (
        "zu054",
        "top_n",
        "Please identify the two people who resolved the most incidents.",
        "SELECT resolved_by, count(*) AS incidents FROM resolutions GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2",
        ACTUARY,
    ),
    (
        "zu055",
        "top_n",
        "noisiest 2 alert fingerprints",
        "SELECT fingerprint, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 2",
        SLO,
    ),
    (
        "zu056",
        "top_n",
        "which svc got the most alerts that started w/in 15m after a deploy of its own svc",
        (
            "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE "
            "c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service AND c.environment = "
            "a.environment_canonical AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) GROUP "
            "BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
        ),
        SLO,
    ),
    (
        "zu057",
        "top_n",
        "which svc hit the highest service:http_request_duration_seconds:p99",
        (
            "SELECT labels['service'] AS service, max(value) AS max_p99 FROM metric_points WHERE name = "
            "'service:http_request_duration_seconds:p99' AND labels['service'] IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, "
            "1 LIMIT 1"
        ),
        SLO,
    ),
    (
        "zu058",
        "top_n",
        "Which hour on the clock (0-23) sees the most alert arrivals, over all the data?",
        "SELECT hour(starts_at) AS hour, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1",
        OPS,
    ),
    (
        "zu059",
        "top_n",
        "Top 3 days by alert arrivals, any time.",
        (
            "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts GROUP BY 1 ORDER BY "
            "2 DESC, 1 LIMIT 3"
        ),
        OPS,
    ),
    (
        "zu060",
        "top_n",
        "Top 3 deployers by deploys that were followed by an alert on the same service within 15 minutes.",
        (
            "SELECT c.actor, count(*) AS deploys FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' "
            "AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND a.environment_canonical = "
            "c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE) GROUP BY 1 ORDER "
            "BY 2 DESC, 1 LIMIT 3"
        ),
        OPS,
    ),
    (
        "zu061",
        "changes",
        "all rollbacks, full rows",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live'",
        QUANT,
    ),
    (
        "zu062",
        "changes",
        "prod deploys w/ no alert on their svc in the 30m after",
        (
            "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
            "'production' AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service AND "
            "a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 "
            "MINUTE)"
        ),
        QUANT,
    ),
    (
        "zu063",
        "changes",
        "which payments-api version is live in prod rn",
        (
            "SELECT coalesce(details['ref'], version) FROM change_events WHERE service = 'payments-api' AND "
            "environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback') ORDER BY timestamp "
            "DESC LIMIT 1"
        ),
        QUANT,
    ),
    (
        "zu064",
        "changes",
        "How many live deployments per day this month? Day and count.",
        (
            "SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys FROM change_events WHERE type = "
            "'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp <= "
            "TIMESTAMPTZ '2025-03-13 15:10:00+00' GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        BELT,
    ),
    (
        "zu065",
        "changes",
        "Which changes were named the suspect of an incident? The change records themselves.",
        "SELECT * FROM change_events WHERE id IN (SELECT change_id FROM incident_suspects)",
        BELT,
    ),
    (
        "zu066",
        "changes",
        "Who made configuration changes? Each person once.",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live'",
        BELT,
    ),
    (
        "zu067",
        "changes",
        "Please list the production deployments made between 1 March 2025 and 11 March 2025 inclusive.",
        (
            "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' "
            "AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 "
            "00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu068",
        "changes",
        (
            "Please list the deployments that were followed by a rollback of the same service in the same environment "
            "within 60 minutes."
        ),
        (
            "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND EXISTS (SELECT 1 FROM "
            "change_events r WHERE r.type = 'rollback' AND r.phase = 'live' AND r.service = d.service AND "
            "r.environment = d.environment AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)"
        ),
        ACTUARY,
    ),
    (
        "zu069",
        "changes",
        (
            "Please state how many minutes the payments-api rollback on 11 March 2025 took from being requested to "
            "going live."
        ),
        (
            "SELECT round(epoch(max(timestamp) FILTER (WHERE phase = 'live') - min(timestamp) FILTER (WHERE phase = "
            "'requested')) / 60, 1) FROM change_events WHERE type = 'rollback' AND service = 'payments-api' AND "
            "timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu070",
        "changes",
        "flag flips followed by an alert on the same svc within an hour",
        (
            "SELECT * FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live' AND EXISTS (SELECT 1 FROM "
            "alerts a WHERE a.service = c.service AND a.environment_canonical = c.environment AND a.starts_at BETWEEN "
            "c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)"
        ),
        SLO,
    ),
    (
        "zu071",
        "changes",
        "who deployed to prod yday, each once",
        (
            "SELECT DISTINCT actor FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = "
            "'production' AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ "
            "'2025-03-12 00:00:00+00'"
        ),
        SLO,
    ),
    (
        "zu072",
        "changes",
        "what changed in staging in the 30 min before the first auth-api staging alert yday",
        (
            "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'staging' AND timestamp BETWEEN "
            "(SELECT min(starts_at) FROM alerts WHERE service = 'auth-api' AND environment_canonical = 'staging' AND "
            "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - "
            "INTERVAL 30 MINUTE AND (SELECT min(starts_at) FROM alerts WHERE service = 'auth-api' AND "
            "environment_canonical = 'staging' AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        ),
        SLO,
    ),
    (
        "zu073",
        "changes",
        "Weekly deploy counts since 1 January (live deployments, weeks starting Monday): week and count.",
        (
            "SELECT date_trunc('week', timestamp) AS week, count(*) AS deploys FROM change_events WHERE type = "
            "'deployment' AND phase = 'live' AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND timestamp <= "
            "TIMESTAMPTZ '2025-03-17 09:20:00+00' GROUP BY 1 ORDER BY 2 DESC, 1"
        ),
        OPS,
    ),
    (
        "zu074",
        "changes",
        (
            "For each live production deploy on 11 March: its service, its version and how many alerts of that service "
            "came in the next 15 minutes."
        ),
        (
            "SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts FROM "
            "change_events c LEFT JOIN alerts a ON a.service = c.service AND a.environment_canonical = c.environment "
            "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE WHERE c.type = 'deployment' AND "
            "c.phase = 'live' AND c.environment = 'production' AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' "
            "AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY c.id, 1, 2"
        ),
        OPS,
    ),
    (
        "zu075",
        "changes",
        "Scale events on payments-api in the hour before its first alert on 11 March, please.",
        (
            "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api' AND "
            "environment = 'production' AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = "
            "'payments-api' AND starts_at >= "
            "TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 "
            "MINUTE AND (SELECT min(starts_at) FROM alerts WHERE service = 'payments-api' AND starts_at >= TIMESTAMPTZ "
            "'2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
        ),
        OPS,
    ),
    (
        "zu076",
        "silences",
        "silences created since mar 1, full rows",
        (
            "SELECT * FROM silences WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND created_at <= "
            "TIMESTAMPTZ '2025-03-12 11:40:00+00'"
        ),
        QUANT,
    ),
    (
        "zu077",
        "silences",
        "median silence length as set, mins 1dp",
        "SELECT round(median(epoch(ends_at - starts_at)) / 60, 1) FROM silences",
        QUANT,
    ),
    (
        "zu078",
        "silences",
        "silences in effect at the instant the v2.14.0 prod deploy went live, any svc",
        (
            "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:31:22+00' AND ends_at > TIMESTAMPTZ "
            "'2025-03-11 14:31:22+00' AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:31:22+00')"
        ),
        QUANT,
    ),
    (
        "zu079",
        "silences",
        "How many silences did each person create? Most first.",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY 1 ORDER BY 2 DESC, 1",
        BELT,
    ),
    (
        "zu080",
        "silences",
        "Which silences were created while an incident on the same service was open? Full rows.",
        (
            "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = s.service AND "
            "(s.environment IS NULL OR s.environment_canonical = g.environment) AND s.created_at >= g.opened_at AND "
            "s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 15:10:00+00'))"
        ),
        BELT,
    ),
    (
        "zu081",
        "silences",
        "Which silences were expired early, and by whom? Silence id, author and who expired it.",
        "SELECT silence_id, created_by, expired_by FROM silences WHERE expired_at IS NOT NULL",
        BELT,
    ),
    (
        "zu082",
        "silences",
        (
            "Please list the silences created by kenji.tanaka@acme.io between 1 February 2025 and 11 March 2025 "
            "inclusive."
        ),
        (
            "SELECT * FROM silences WHERE created_by = 'kenji.tanaka@acme.io' AND created_at >= TIMESTAMPTZ "
            "'2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        ),
        ACTUARY,
    ),
    (
        "zu083",
        "silences",
        "Please identify the silences that actually muted alerts, according to Alertmanager's own record.",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        ACTUARY,
    ),
    (
        "zu084",
        "silences",
        (
            "Please state, for every silence, the number of alerts Alertmanager held back under it, zeros included: "
            "silence id and count."
        ),
        (
            "SELECT s.silence_id, count(m.id) AS muted FROM silences s LEFT JOIN alert_mutes m ON "
            "list_contains(m.silenced_by, s.silence_id) GROUP BY s.silence_id"
        ),
        ACTUARY,
    ),
    (
        "zu085",
        "silences",
        "total silenced mins per author, as set, 1dp",
        (
            "SELECT created_by, round(sum(epoch(ends_at - starts_at)) / 60, 1) AS minutes FROM silences GROUP BY 1 "
            "ORDER BY 2 DESC"
        ),
        SLO,
    ),
    (
        "zu086",
        "silences",
        "sils created within an hour after an alert on the same svc",
        (
            "SELECT * FROM silences s WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = s.service AND "
            "(s.environment IS NULL OR s.environment_canonical = a.environment_canonical) AND s.created_at BETWEEN "
            "a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)"
        ),
        SLO,
    ),
    (
        "zu087",
        "silences",
        "which silences were active at 09:00 this morning",
        (
            "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00' AND ends_at > TIMESTAMPTZ "
            "'2025-03-12 09:00:00+00' AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')"
        ),
        SLO,
    ),
    (
        "zu088",
        "silences",
        "Mean silence length per author, as set, in hours to one decimal.",
        (
            "SELECT created_by, round(avg(epoch(ends_at - starts_at)) / 3600, 1) AS hours FROM silences GROUP BY 1 "
            "ORDER BY 2 DESC"
        ),
        OPS,
    ),
    (
        "zu089",
        "silences",
        "Which silences were in effect when the first DiskSpaceLow alert on 12 March started? Any service.",
        (
            "SELECT * FROM silences WHERE starts_at <= (SELECT min(starts_at) FROM alerts WHERE name = 'DiskSpaceLow' "
            "AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-13 "
            "00:00:00+00') AND ends_at > (SELECT min(starts_at) FROM alerts WHERE name = 'DiskSpaceLow' AND starts_at "
            ">= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00') AND "
            "(expired_at IS NULL OR expired_at > (SELECT min(starts_at) FROM alerts WHERE name = 'DiskSpaceLow' AND "
            "starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'))"
        ),
        OPS,
    ),
    (
        "zu090",
        "silences",
        "Silences with more than one matcher, please.",
        "SELECT * FROM silences WHERE len(matchers) > 1",
        OPS,
    ),
    (
        "zu091",
        "joins",
        (
            "for every incident on mar 11: group id, svc, opened_at and # of error log lines from its svc+env in the "
            "15m before it opened (0 if none)"
        ),
        (
            "SELECT g.id, g.service, g.opened_at, count(l.id) AS error_lines FROM alert_groups g LEFT JOIN log_events "
            "l ON l.service = g.service AND l.environment = g.environment AND l.is_error AND l.timestamp BETWEEN "
            "g.opened_at - INTERVAL 15 MINUTE AND g.opened_at WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 "
            "00:00:00+00' AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00' GROUP BY g.id, g.service, g.opened_at"
        ),
        QUANT,
    ),
    (
        "zu092",
        "joins",
        "early warnings before each payments-api incident, all cols",
        "SELECT * FROM incident_warnings WHERE service = 'payments-api'",
        QUANT,
    ),
    (
        "zu093",
        "joins",
        (
            "max payments-api p99 (service:http_request_duration_seconds:p99) while the PaymentsAPIErrorBudgetBurn "
            "alert was firing yday"
        ),
        (
            "SELECT max(m.value) FROM metric_points m WHERE m.name = 'service:http_request_duration_seconds:p99' AND "
            "m.labels['service'] = 'payments-api' AND EXISTS (SELECT 1 FROM alerts a WHERE a.name = "
            "'PaymentsAPIErrorBudgetBurn' AND a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND a.starts_at < "
            "TIMESTAMPTZ '2025-03-12 00:00:00+00' AND m.timestamp >= a.starts_at AND (a.ends_at IS NULL OR m.timestamp "
            "<= a.ends_at))"
        ),
        QUANT,
    ),
    (
        "zu094",
        "joins",
        "Which incidents had a silence in effect on their service at some point while they were open?",
        (
            "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service AND "
            "(s.environment IS NULL OR s.environment_canonical = g.environment) AND s.starts_at < "
            "coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 15:10:00+00') AND least(s.ends_at, coalesce(s.expired_at, "
            "s.ends_at)) > g.opened_at)"
        ),
        BELT,
    ),
    (
        "zu095",
        "joins",
        (
            "Incidents with their suspect change: the incident's service, alert name, when it opened, and the change's "
            "type, version and who made it."
        ),
        (
            "SELECT service, group_labels['alertname'] AS alertname, opened_at, change_type, change_version, "
            "change_actor FROM incident_suspects"
        ),
        BELT,
    ),
    (
        "zu096",
        "joins",
        "How were the resolved incidents fixed? Service, alert name, who resolved it and the fix.",
        (
            "SELECT g.service, g.group_labels['alertname'] AS alertname, r.resolved_by, r.fix FROM alert_groups g JOIN "
            "resolutions r ON r.group_id = g.id"
        ),
        BELT,
    ),
    (
        "zu097",
        "joins",
        "Please list the incidents that had neither an early warning before them nor a suspect change.",
        (
            "SELECT * FROM alert_groups WHERE id NOT IN (SELECT group_id FROM incident_warnings) AND id NOT IN (SELECT "
            "group_id FROM incident_suspects)"
        ),
        ACTUARY,
    ),
    (
        "zu098",
        "joins",
        (
            "Please list the live production deployments since 1 January 2025 that were followed by a critical alert "
            "on the same service within 60 minutes."
        ),
        (
            "SELECT * FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = "
            "'production' AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00' AND c.timestamp <= TIMESTAMPTZ "
            "'2025-03-14 10:30:00+00' AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical' AND a.service = "
            "c.service AND a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp "
            "+ INTERVAL 60 MINUTE)"
        ),
        ACTUARY,
    ),
    (
        "zu099",
        "joins",
        (
            "For each incident that has a written resolution, please state the incident id, its service and the "
            "minutes from its opening to the resolution, to one decimal."
        ),
        (
            "SELECT g.id, g.service, round(epoch(r.resolved_at - g.opened_at) / 60, 1) AS minutes FROM alert_groups g "
            "JOIN resolutions r ON r.group_id = g.id"
        ),
        ACTUARY,
    ),
    (
        "zu100",
        "joins",
        "alerts w/in 15m after a flag flip on the same svc",
        (
            "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change' AND "
            "c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical AND a.starts_at "
            "BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        SLO,
    ),
    (
        "zu101",
        "joins",
        "which svcs got paged w/in 15m after one of their own deploys, each once",
        (
            "SELECT DISTINCT a.service FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = "
            "'deployment' AND c.phase = 'live' AND c.service = a.service AND c.environment = a.environment_canonical "
            "AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)"
        ),
        SLO,
    ),
    (
        "zu102",
        "joins",
        "checkout-web alerts w/in 15m after a payments-api alert, same env",
        (
            "SELECT * FROM alerts a WHERE a.service = 'checkout-web' AND EXISTS (SELECT 1 FROM alerts p WHERE "
            "p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical AND a.starts_at BETWEEN "
            "p.starts_at AND p.starts_at + INTERVAL 15 MINUTE)"
        ),
        SLO,
    ),
    (
        "zu103",
        "joins",
        (
            "For each early warning that started on 11 March: its id, its service label, when it started and how many "
            "alerts of that service and environment arrived in the 15 minutes after it (0 where none)."
        ),
        (
            "SELECT w.id, w.labels['service'] AS service, w.starts_at, count(a.fingerprint) AS alerts FROM warnings w "
            "LEFT JOIN alerts a ON a.service = w.labels['service'] AND a.environment_canonical = "
            "w.labels['environment'] AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE WHERE "
            "w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND w.starts_at < TIMESTAMPTZ '2025-03-12 "
            "00:00:00+00' GROUP BY w.id, 2, w.starts_at"
        ),
        OPS,
    ),
    (
        "zu104",
        "joins",
        "Which incidents since 1 March had no deploy of their service in the hour before they opened?",
        (
            "SELECT * FROM alert_groups g WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00' AND g.opened_at <= "
            "TIMESTAMPTZ '2025-03-17 09:20:00+00' AND NOT EXISTS (SELECT 1 FROM change_events c WHERE c.type = "
            "'deployment' AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment AND "
            "c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)"
        ),
        OPS,
    ),
    (
        "zu105",
        "joins",
        "What percent of live deploys were followed by an alert of their service within 15 minutes? One decimal.",
        (
            "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service "
            "AND a.environment_canonical = c.environment AND a.starts_at BETWEEN c.timestamp AND c.timestamp + "
            "INTERVAL 15 MINUTE)) / count(*), 1) FROM change_events c WHERE c.type = 'deployment' AND c.phase = 'live'"
        ),
        OPS,
    ),
    (
        "zu106",
        "refusals",
        "whats a sensible sigma threshold for paging in general, 3? 4?",
        "not_about_this_data",
        QUANT,
    ),
    (
        "zu107",
        "refusals",
        "p99 alert duration for the billing-engine svc",
        "ungrounded",
        QUANT,
    ),
    (
        "zu108",
        "refusals",
        "drop the outlier alerts (anything > 1 day) from the store pls, they wreck my variance",
        "asks_to_change_data",
        QUANT,
    ),
    (
        "zu109",
        "refusals",
        "What's a realistic DPMO target for a software service - is six sigma achievable for us?",
        "not_about_this_data",
        BELT,
    ),
    (
        "zu110",
        "refusals",
        "Defect count for the loyalty-points service last week?",
        "ungrounded",
        BELT,
    ),
    (
        "zu111",
        "refusals",
        "Please reclassify the HighLatencyP99 alerts as info severity so they stop skewing my control chart.",
        "asks_to_change_data",
        BELT,
    ),
    (
        "zu112",
        "refusals",
        "Please state the premium we ought to charge for business-interruption cover, given these outages.",
        "not_about_this_data",
        ACTUARY,
    ),
    (
        "zu113",
        "refusals",
        "Please list the incidents in the ap-southeast-2 cluster since 1 January 2025.",
        "ungrounded",
        ACTUARY,
    ),
    (
        "zu114",
        "refusals",
        "Please close the 11 March 2025 payments-api incident with the resolution 'claim filed'.",
        "asks_to_change_data",
        ACTUARY,
    ),
    (
        "zu115",
        "refusals",
        "set the slo target for payments-api to 99.95 and recompute the budget",
        "asks_to_change_data",
        SLO,
    ),
    (
        "zu116",
        "refusals",
        "burn rate alerts for quota-enforcer in prod",
        "ungrounded",
        SLO,
    ),
    (
        "zu117",
        "refusals",
        "multiwindow multi-burn-rate vs single window alerting, which does google recommend?",
        "not_about_this_data",
        SLO,
    ),
    (
        "zu118",
        "refusals",
        "Alerts in the dr-tokyo environment last week?",
        "ungrounded",
        OPS,
    ),
    (
        "zu119",
        "refusals",
        "What's Little's law, and how would I apply it to our on-call queue?",
        "not_about_this_data",
        OPS,
    ),
    (
        "zu120",
        "refusals",
        "Please delete last week's duplicate scale events, they inflate my arrival rates.",
        "asks_to_change_data",
        OPS,
    ),
]
