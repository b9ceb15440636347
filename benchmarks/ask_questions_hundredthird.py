"""The hundred-third ask question set: ids hx001..hx120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the hundred-second set (which this author never opened). What the author read: the brief
and the task message; the project's design notes (``../shared/DESIGN.md``, whole); ``docs/store.md``, whole, printed in
two line ranges; the headings of ``docs/ask.md`` listed with grep, and its "Shapes and joins" section alone printed by
its line range (the terminal cut its middle, which was printed again in two ranges), taken as the rules for the shape
of every gold answer; the module docstring of ``ask_questions`` (its middle, cut by the terminal, printed again by line
range) and its functions ``_question`` and ``validate``, printed with ``ast``; the module docstrings of the earlier
sets, printed with ``ast`` into a scratch file and grepped for cities, organisations, trades, roles and first names
(the hundredth's and the eighty-seventh's read whole, for the form and for the conventions of a set with a close
theme; no rows of any other set were opened); the first ten rows of ``ask_questions_thirtieth`` imported in Python;
the ``[tool.ruff]`` settings of ``pyproject.toml``; the signature of ``signalcraft.copilot.sql_guard.safe`` (its code
not opened), which every gold passes with ``limit=100000``; and the demo store, copied and opened read-only with ``SET
TimeZone = 'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11, the day of the
payments-api v2.14.0 outage). Nothing else was read beyond file names in listings of the repository's top level and of
``.venv/bin``. This set is not wired into ``ask_questions`` by its author. Each row is ``(id, category, question,
gold, now)``; a refusal's gold is its kind (``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``), any
other gold one DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

The theme is a quarterly operations review (Q1 2025): four people building slides ask for figures in management words
("noisiest", "pager load", "toil", "change volume", "MTTR", "change failure rate", "share of", "WoW", "busiest day",
"bottom 3") rather than column names: counts, rates, averages, comparisons between periods, services, teams and
environments, rankings and per-person summaries. None of their cities, organisations or first names appears in an
earlier set's docstring (grepped: no Trieste, Kaunas, Mendoza or Daejeon; no coffee roaster, gym chain, cycling-holiday
operator or brewery; no Benedetta, Rūta, Ezequiel or Ji-ho; their roles, and their zones, have been used before). Each
asks in every category (Benedetta, Rūta and Ezequiel four questions of each, Ji-ho three; in each category the order
is Benedetta, Rūta, Ezequiel, Ji-ho, repeated):

- Benedetta, head of platform of a speciality coffee roaster's subscription and wholesale platform in Trieste
  (Europe/Rome, CET, UTC+1), preparing the QBR deck: terse executive questions, "the quarter", "this week", "prod",
  "noisiest", "busiest", "pinned on"; now 09:00 CET on Friday 14 March (``2025-03-14T08:00:00Z``);
- Rūta, engineering manager of the identity team (alert label ``team=iam``) of a gym chain's class-booking app in
  Kaunas (Europe/Vilnius, EET, UTC+2), filling the week-over-week slide on Monday morning: Slack shorthand and small
  typos ("pls", "rn", "wk", "mnth", "diff", "WoW", "#", "w/o"); now 10:00 EET on Monday 17 March
  (``2025-03-17T08:00:00Z``);
- Ezequiel, finance and operations analyst of a cycling-holiday operator's booking platform in Mendoza
  (America/Argentina/Mendoza, ART, UTC-3), building the Q1 cost-of-operations workbook after the quarter closed: formal
  and exact, spreadsheet and finance words ("please provide", "proportion", "percentage", "each month of Q1 2025",
  "compared with", "both figures"), dates written in full and "(UTC)" where a day matters; now 10:00 ART on Tuesday 1
  April (``2025-04-01T13:00:00Z``);
- Ji-ho, reliability lead of a craft brewery's wholesale ordering and distribution platform in Daejeon (Asia/Seoul,
  KST, UTC+9), preparing the reliability section: lowercase SRE words ("p90", "flappy", "auto-resolved", "pager
  load", "lead time", "blamed", "held back", "qtr") and "UTC" written with every day or clock time; now 09:00 KST on
  Thursday 13 March (``2025-03-13T00:00:00Z``).

23 of the 105 questions that are not refusals relate two kinds of record (alert, change, incident, silence, early
warning, resolution): hx015 (incidents by their resolution's fix), hx039, hx041 and hx042 in aggregates, hx057 in
top_n, hx064 and hx072 in changes, hx087 in silences, and all fifteen joins (hx091..hx105); a deploy against a rollback
(hx068) is one kind, changes, and a silence against the alerts Alertmanager muted under it (hx083, hx089) is not
counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, and these where a question leaves room):

- Times are UTC and compared as stored; every window is a UTC one (the review deck is kept in UTC), and each question
  whose day would differ in the asker's own zone says "UTC" or gives the same rows either way (checked for Trieste's
  "this week", Kaunas's "last week" and "the week before", Mendoza's months and Q1). "This quarter", "Q1 to date" for
  Benedetta, Rūta and Ji-ho run from 2025-01-01 to their now; "Q1 2025" and "1 January to 31 March 2025" for Ezequiel
  are ``[2025-01-01, 2025-04-01)``; "this month" ``[2025-03-01, now]``; months ``[first day, first day of the next)``;
  "this week" (Benedetta) is Monday 2025-03-10 to now; "last week" (Rūta) ``[2025-03-10, 2025-03-17)`` and "the week
  before" ``[2025-03-03, 2025-03-10)``; "the last 7 days" ``(now - 7 days, now]`` and "the 7 days before that" the 7
  days before it. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an
  incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a
  resolution's ``resolved_at``, an ``alert_mutes`` row's ``starts_at``). Per-week buckets are
  ``date_trunc('week', …)`` (Monday weeks; the first bucket of the quarter is labelled Monday 2024-12-30), per-month and
  per-day buckets
  ``date_trunc`` of the row's time, buckets without rows left out. "Business hours" are Monday to Friday 09:00-17:00
  UTC as Rūta says; "weekends" Saturday and Sunday by ``dayofweek``. "Firing at" an instant is ``starts_at <= T AND
  (ends_at IS NULL OR ends_at > T)``; "open right now" the same for incidents at now.
- Alerts and "pager load" are the ``alerts`` view's rows (every column for a list); incidents are ``alert_groups``'
  rows, open from ``opened_at`` to ``resolved_at`` (until now while NULL); silences are the ``silences`` view's rows;
  snoozes and acks are ``audit_log`` rows of those actions; early warnings are ``warnings``' rows, and before an
  incident ``incident_warnings``'. Changes are their ``phase = 'live'`` reports: "deploys" are ``type = 'deployment'``
  (auth-api v4.2.1 in production, reported by GitHub and by PagerDuty, is two deploys; Kubernetes scale events are
  changes of type ``scale``, not deploys), "rollbacks", "releases", "flag changes / flips" and "config changes" their
  types; "change volume" and "changes of all types" count every live change, scale events included. A version is
  ``coalesce(details['ref'], version)``; the version "live right now" is that of the last live deployment or rollback.
- People are as stored: a GitHub handle and an e-mail address are two actors (the store does not link ``lnovak`` and
  ``lucie.novak@acme.io``), and no count or ranking of people here depends on that (hx048, hx051, hx058, hx077, hx078,
  hx101 and hx040 read only e-mail addresses). "Humans" (hx009) leaves out ``argocd (automated)`` and
  ``deployment-controller``. A team is the alerts' ``team`` label; per-team figures leave out the alerts that carry
  none (Rūta says so in hx032; hx049's answer is the same either way).
- Aggregates: durations in minutes to one decimal (hours when asked): alerts from ``starts_at`` to ``ends_at`` of the
  resolved ones; incidents from ``opened_at`` to ``resolved_at`` of the resolved ones ("MTTR" is the mean of these over
  the incidents opened in the window); silences "as scheduled" from ``starts_at`` to ``ends_at`` as the view says (the
  cart-service silence, expired early, ends at its expiry there), "actually in place" until the earlier of ``ends_at``
  and ``expired_at``; snoozes by ``duration_s``. "Median" is ``median``, "p90"
  ``quantile_cont(…, 0.9)``. Percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects;
  "toil" is Rūta's own gloss in hx040, said in the question: acks plus snoozes, ``audit_log`` rows counted per actor;
  "change failure rate" is Ezequiel's, also said in the question: the production deploys of Q1 that some incident
  names as its suspect (``incident_suspects.change_id``), as a percentage of all of them. "Average per day, counting
  only days with at least one" is the mean of the daily counts of days with rows. "Average alerts per incident" is the
  mean ``alert_count``. "Lead time of early warnings ahead of incidents" is the mean ``lead_min`` over every
  incident-warning row of ``incident_warnings``. "Mean minutes from suspect change to incident open" is ``lag_s / 60``
  averaged. "X vs Y", "compared with", "WoW", "both figures", "two numbers" are two counts side by side in one row.
- Top-N answers are ``value, count`` (or ``value, measure``) most first (least first for "bottom"), ties by the value,
  and every N asked is one no tie crosses; "noisiest", "busiest day", "the most", "which … had the longest" are one
  row.
  "Rank the environments" lists all of them. "The 3 longest resolved incidents: service, alert name and minutes" are
  those three columns. "Which services / who …" are the values, each once.
- Relations meet on service and environment (a change's ``environment`` against an alert's ``environment_canonical``
  or an incident's ``environment``); "within N minutes after" a change at ``t`` is ``[t, t + N]``, both ends included;
  "in the hour after" is 60 minutes. "Rolled back within the hour" is a live rollback of the same service and
  environment in ``[t, t + 60 min]`` after the live deploy. "Incidents with a suspect change" are those in
  ``incident_suspects``; "deploys blamed / that ended up as a suspect" the live deployments some suspect row names; "an
  incident blamed on a deploy" a suspect row whose ``change_type`` is deployment, counted per incident service. "Had an
  early warning before them" is a row in ``incident_warnings``. A silence meets an incident or alert on its ``service``
  and, when its matchers pin one, its ``environment_canonical`` (a silence pinning no environment covers every one, one
  pinning no service meets nothing): "put on while an incident was open" has ``created_at`` inside the incident's span,
  ends included; alerts "firing while a silence covered their service" share a moment with its real span (an alert
  still firing runs to now); silences "in effect at some point during" a span started before its end and had not ended
  or been expired before its start. "How many alerts did each silence mute, zeros too" counts ``alert_mutes`` rows
  naming the silence in ``silenced_by``, 0 where none; "held back under silences" counts the ``alert_mutes`` rows with a
  silence. "Which services had no prod deploys last week" are the services known from alerts and changes less those with
  a live production deployment that week. "For each … (0 if none)" is a ``LEFT JOIN`` count with the columns listed.
  "How many critical incidents did each person resolve" counts, per ``resolved_by``, the resolutions' incidents whose
  ``max_severity`` is critical. "Any service, in the hour after payments-api v2.14.0 went live in production" is every
  alert started in ``[2025-03-11 14:31:22, 15:31:22]``. "Whose recorded fix was a rollback" is a resolution whose
  ``fix`` says "rolled back", "roll back" or "rollback".
- Refusals: the environment "sandbox", the service "notification-service", the team label "mobile", the cluster
  "ap-northeast-2" and the person "priya.raman" are ungrounded (checked against alerts, changes, the audit log,
  resolutions, warnings and log lines); an MTTR target against industry benchmarks, an error-budget policy, the salary
  cost of an hour of toil, pitching an SRE hire to finance and the price of PagerDuty against Opsgenie are not about
  this data; deleting staging alerts, closing every open incident, silencing HighLatencyP99 until the quarter's end,
  editing an incident's root cause and marking alerts resolved ask to change the data.
"""

# The four people's "now", in UTC.
TRIESTE_NOW = "2025-03-14T08:00:00Z"  # Benedetta, Friday 14 March, 09:00 CET
KAUNAS_NOW = "2025-03-17T08:00:00Z"  # Rūta, Monday 17 March, 10:00 EET
MENDOZA_NOW = "2025-04-01T13:00:00Z"  # Ezequiel, Tuesday 1 April, 10:00 ART
DAEJEON_NOW = "2025-03-13T00:00:00Z"  # Ji-ho, Thursday 13 March, 09:00 KST

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "hx001",
        "filters",
        "For the QBR appendix: every critical production alert this quarter, all columns.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx002",
        "filters",
        "pls list the alerts still firing rn that carry team=iam",
        """SELECT * FROM alerts
           WHERE labels['team'] = 'iam'
             AND starts_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-17 08:00:00+00')""",
        KAUNAS_NOW,
    ),
    (
        "hx003",
        "filters",
        "Please list all rollbacks carried out in production during Q1 2025 (1 January to 31 March 2025).",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx004",
        "filters",
        "resolved incidents this quarter that stayed open for more than an hour, full rows",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND resolved_at - opened_at > INTERVAL 60 MINUTE
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx005",
        "filters",
        "Production deploys in the checkout project this month. Full rows.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND environment = 'production' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx006",
        "filters",
        "which alerts for my team (team=iam) fired in staging last wk? all cols",
        """SELECT * FROM alerts
           WHERE labels['team'] = 'iam' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx007",
        "filters",
        "Please list the incidents opened in February 2025 whose highest severity was critical.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx008",
        "filters",
        "alerts this quarter that auto-resolved within 10 minutes (the flappy ones), full rows",
        """SELECT * FROM alerts
           WHERE status = 'resolved' AND ends_at - starts_at <= INTERVAL 10 MINUTE
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx009",
        "filters",
        "All production changes made by humans this week. Leave out argocd and the deployment controller.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx010",
        "filters",
        "deploys to staging in the identity project last week, every column",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND environment = 'staging' AND project = 'identity'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx011",
        "filters",
        "Please provide the silences created in Q1 2025 whose scheduled length exceeded two hours.",
        """SELECT * FROM silences
           WHERE ends_at - starts_at > INTERVAL 2 HOUR
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx012",
        "filters",
        "early warnings with sigma above 100 this quarter, whole rows",
        """SELECT * FROM warnings
           WHERE sigma > 100
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx013",
        "filters",
        "Which production incidents are open right now?",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 08:00:00+00')""",
        TRIESTE_NOW,
    ),
    (
        "hx014",
        "filters",
        "all snoozes from last week pls",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx015",
        "filters",
        "Kindly list the incidents opened in Q1 2025 whose recorded fix was a rollback.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
             AND id IN (
                 SELECT group_id FROM resolutions
                 WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%')""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ time
    (
        "hx016",
        "time",
        "Alert count by month this quarter, one line per month.",
        """SELECT date_trunc('month', starts_at) AS month, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY month
           ORDER BY month""",
        TRIESTE_NOW,
    ),
    (
        "hx017",
        "time",
        "WoW slide: alerts last week vs the week before. just the two counts",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        KAUNAS_NOW,
    ),
    (
        "hx018",
        "time",
        "How many incidents were opened in each month of Q1 2025?",
        """SELECT date_trunc('month', opened_at) AS month, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY month
           ORDER BY month""",
        MENDOZA_NOW,
    ),
    (
        "hx019",
        "time",
        "When did the first alert of 11 March (UTC) start? Just the timestamp.",
        """SELECT min(starts_at) AS first_alert_at
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx020",
        "time",
        "Incidents per week this quarter for the trend line, weeks starting Monday.",
        """SELECT date_trunc('week', opened_at) AS week, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY week
           ORDER BY week""",
        TRIESTE_NOW,
    ),
    (
        "hx021",
        "time",
        "how many deploys went out each week since jan 1? prod and staging together",
        """SELECT date_trunc('week', timestamp) AS week, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY week
           ORDER BY week""",
        KAUNAS_NOW,
    ),
    (
        "hx022",
        "time",
        "How many production changes of all types were there in February 2025 compared with January 2025? "
        "Both figures, please.",
        """SELECT
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00') AS changes_february,
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-02-01 00:00:00+00') AS changes_january
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'""",
        MENDOZA_NOW,
    ),
    (
        "hx023",
        "time",
        "Which hour of the day (UTC) had the most alerts this quarter?",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY hour_of_day
           ORDER BY alerts DESC, hour_of_day
           LIMIT 1""",
        DAEJEON_NOW,
    ),
    (
        "hx024",
        "time",
        "How many alerts fired on weekends this quarter? Saturday or Sunday, UTC.",
        """SELECT count(*) AS alerts
           FROM alerts
           WHERE dayofweek(starts_at) IN (0, 6)
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx025",
        "time",
        "how many alerts came in outside business hours last week? biz hours = mon-fri 09-17 UTC",
        """SELECT count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT (dayofweek(starts_at) BETWEEN 1 AND 5
                      AND hour(starts_at) >= 9 AND hour(starts_at) < 17)""",
        KAUNAS_NOW,
    ),
    (
        "hx026",
        "time",
        "Please give the number of alerts per calendar day (UTC) from 10 to 12 March 2025 inclusive.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY day
           ORDER BY day""",
        MENDOZA_NOW,
    ),
    (
        "hx027",
        "time",
        "what was firing at 15:00 UTC on 11 March?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        DAEJEON_NOW,
    ),
    (
        "hx028",
        "time",
        "Deploys in the last 7 days vs the 7 days before that. Two numbers.",
        """SELECT
               count(*) FILTER (WHERE timestamp > TIMESTAMPTZ '2025-03-07 08:00:00+00'
                                  AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00') AS deploys_last_7_days,
               count(*) FILTER (WHERE timestamp > TIMESTAMPTZ '2025-02-28 08:00:00+00'
                                  AND timestamp <= TIMESTAMPTZ '2025-03-07 08:00:00+00') AS deploys_7_days_before
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'""",
        TRIESTE_NOW,
    ),
    (
        "hx029",
        "time",
        "when did the last prod deploy go out? just the time",
        """SELECT max(timestamp) AS last_deploy_at
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx030",
        "time",
        "How many silences were created in each month of Q1 2025?",
        """SELECT date_trunc('month', created_at) AS month, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY month
           ORDER BY month""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "hx031",
        "aggregates",
        "What's our MTTR this quarter? Incidents, opened to resolved, in minutes.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx032",
        "aggregates",
        "avg time to resolve alerts per team last week, mins (skip alerts w/o a team label)",
        """SELECT labels['team'] AS team,
                  round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alerts
           WHERE status = 'resolved' AND labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY team
           ORDER BY avg_minutes_to_resolve DESC, team""",
        KAUNAS_NOW,
    ),
    (
        "hx033",
        "aggregates",
        "What percentage of the alerts in Q1 2025 were of critical severity?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx034",
        "aggregates",
        "median alert duration this qtr, resolved alerts only, minutes",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx035",
        "aggregates",
        "On average, how many alerts per incident this quarter?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx036",
        "aggregates",
        "what share of last week's alerts were in staging? %",
        """SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'staging') / count(*), 1)
                  AS pct_staging
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx037",
        "aggregates",
        "What was the average number of production deployments per day in March 2025, counting only the days "
        "that had at least one?",
        """SELECT round(avg(deploys), 1) AS avg_deploys_per_day
           FROM (
               SELECT date_trunc('day', timestamp) AS day, count(*) AS deploys
               FROM change_events
               WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
                 AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
               GROUP BY day)""",
        MENDOZA_NOW,
    ),
    (
        "hx038",
        "aggregates",
        "p90 incident duration this quarter, open to resolved, in minutes",
        """SELECT round(quantile_cont(epoch(resolved_at) - epoch(opened_at), 0.9) / 60, 1) AS p90_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx039",
        "aggregates",
        "What share of this quarter's incidents had a suspect change pinned on them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1) AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx040",
        "aggregates",
        "toil check: # of manual acks + snoozes per person last week",
        """SELECT actor, count(*) AS acks_and_snoozes
           FROM audit_log
           WHERE action IN ('ack', 'snooze')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor
           ORDER BY acks_and_snoozes DESC, actor""",
        KAUNAS_NOW,
    ),
    (
        "hx041",
        "aggregates",
        "What proportion of the production deployments that went live in Q1 2025 were later named as the "
        "suspect change of an incident (our change failure rate)?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT change_id FROM incident_suspects))
                        / count(*), 1) AS change_failure_rate_pct
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx042",
        "aggregates",
        "avg lead time of early warnings ahead of incidents this quarter, mins",
        """SELECT round(avg(lead_min), 1) AS avg_lead_minutes
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx043",
        "aggregates",
        "Average silence length this quarter, as scheduled, in hours.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx044",
        "aggregates",
        "how many diff services alerted last wk?",
        """SELECT count(DISTINCT service) AS services
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx045",
        "aggregates",
        "What was the mean number of alerts per calendar day (UTC) in February 2025, over the days that had "
        "alerts?",
        """SELECT round(avg(alerts), 1) AS avg_alerts_per_day
           FROM (
               SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
               FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
               GROUP BY day)""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "hx046",
        "top_n",
        "Noisiest service this quarter?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        TRIESTE_NOW,
    ),
    (
        "hx047",
        "top_n",
        "top 4 alert names by count last wk",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 4""",
        KAUNAS_NOW,
    ),
    (
        "hx048",
        "top_n",
        "Which two people made the most flag and config changes in production in Q1 2025?",
        """SELECT actor, count(*) AS changes
           FROM change_events
           WHERE type IN ('flag_change', 'config_update') AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 2""",
        MENDOZA_NOW,
    ),
    (
        "hx049",
        "top_n",
        "which team label carried the most pager load this quarter, i.e. the most alerts?",
        """SELECT labels['team'] AS team, count(*) AS alerts
           FROM alerts
           WHERE labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY team
           ORDER BY alerts DESC, team
           LIMIT 1""",
        DAEJEON_NOW,
    ),
    (
        "hx050",
        "top_n",
        "Top 2 projects by number of incidents this quarter.",
        """SELECT project, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY project
           ORDER BY incidents DESC, project
           LIMIT 2""",
        TRIESTE_NOW,
    ),
    (
        "hx051",
        "top_n",
        "who acked the most alerts this quarter? top 2 + counts",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 08:00:00+00'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        KAUNAS_NOW,
    ),
    (
        "hx052",
        "top_n",
        "Which service had the longest mean alert duration in Q1 2025 (resolved alerts, in minutes)?",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 1""",
        MENDOZA_NOW,
    ),
    (
        "hx053",
        "top_n",
        "3 longest resolved incidents this quarter: service, alert name and minutes",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        DAEJEON_NOW,
    ),
    (
        "hx054",
        "top_n",
        "Busiest day of the quarter by alerts?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 1""",
        TRIESTE_NOW,
    ),
    (
        "hx055",
        "top_n",
        "bottom 3 services by alerts last wk (only the ones that had any)",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY alerts, service
           LIMIT 3""",
        KAUNAS_NOW,
    ),
    (
        "hx056",
        "top_n",
        "Please rank the environments by number of incidents in Q1 2025.",
        """SELECT environment, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY environment
           ORDER BY incidents DESC, environment""",
        MENDOZA_NOW,
    ),
    (
        "hx057",
        "top_n",
        "which service had the most incidents blamed on a deploy this quarter?",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        DAEJEON_NOW,
    ),
    (
        "hx058",
        "top_n",
        "Who created the most silences this quarter?",
        """SELECT created_by, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        TRIESTE_NOW,
    ),
    (
        "hx059",
        "top_n",
        "top 2 services by deploys last wk, prod+staging",
        """SELECT service, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service
           LIMIT 2""",
        KAUNAS_NOW,
    ),
    (
        "hx060",
        "top_n",
        "Which month of Q1 2025 had the highest number of production deployments?",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY month
           ORDER BY deploys DESC, month
           LIMIT 1""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ changes
    (
        "hx061",
        "changes",
        "How many prod deploys this quarter?",
        """SELECT count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx062",
        "changes",
        "change volume last week by type pls",
        """SELECT type, count(*) AS changes
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY type
           ORDER BY changes DESC, type""",
        KAUNAS_NOW,
    ),
    (
        "hx063",
        "changes",
        "Please provide the number of live changes per environment and type for Q1 2025.",
        """SELECT environment, type, count(*) AS changes
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY environment, type
           ORDER BY changes DESC, environment, type""",
        MENDOZA_NOW,
    ),
    (
        "hx064",
        "changes",
        "deploys this quarter that ended up as an incident's suspect, full rows",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects)
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx065",
        "changes",
        "Which version of payments-api is live in production right now?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        TRIESTE_NOW,
    ),
    (
        "hx066",
        "changes",
        "flag flips last week vs the week before, both numbers",
        """SELECT
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS flag_changes_last_week,
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS flag_changes_week_before
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'""",
        KAUNAS_NOW,
    ),
    (
        "hx067",
        "changes",
        "What share of the live production deployments in Q1 2025 were carried out by Argo CD?",
        """SELECT round(100.0 * count(*) FILTER (WHERE actor = 'argocd (automated)') / count(*), 1) AS pct_argocd
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx068",
        "changes",
        "prod deploys this quarter that got rolled back within the hour, full rows",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        DAEJEON_NOW,
    ),
    (
        "hx069",
        "changes",
        "Config changes this quarter: how many per environment?",
        """SELECT environment, count(*) AS config_changes
           FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY environment
           ORDER BY config_changes DESC, environment""",
        TRIESTE_NOW,
    ),
    (
        "hx070",
        "changes",
        "which services got no prod deploys last week?",
        """SELECT service FROM alerts
           UNION
           SELECT service FROM change_events
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx071",
        "changes",
        "How many rollbacks were there in each month of Q1 2025?",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS rollbacks
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY month
           ORDER BY month""",
        MENDOZA_NOW,
    ),
    (
        "hx072",
        "changes",
        "mean minutes from suspect change to incident open, by change type, this quarter",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_lag_minutes
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY change_type
           ORDER BY avg_lag_minutes DESC, change_type""",
        DAEJEON_NOW,
    ),
    (
        "hx073",
        "changes",
        "Which services had a rollback this quarter?",
        """SELECT DISTINCT service
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx074",
        "changes",
        "who flipped flags in prod last week?",
        """SELECT DISTINCT actor
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx075",
        "changes",
        "For each production deployment in March 2025, please give the service, the version and the time it "
        "went live.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp AS went_live_at
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           ORDER BY timestamp""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ silences
    (
        "hx076",
        "silences",
        "How many silences did we create this quarter?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx077",
        "silences",
        "silences created last wk per person, how many each",
        """SELECT created_by, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        KAUNAS_NOW,
    ),
    (
        "hx078",
        "silences",
        "What was the total scheduled silence time, in hours, per author in Q1 2025?",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS scheduled_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY created_by
           ORDER BY scheduled_hours DESC, created_by""",
        MENDOZA_NOW,
    ),
    (
        "hx079",
        "silences",
        "which silences were in effect at 02:30 UTC on 11 March?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:30:00+00')""",
        DAEJEON_NOW,
    ),
    (
        "hx080",
        "silences",
        "How many silences were ended early by hand this quarter?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE expired_early
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx081",
        "silences",
        "how many silences on the indexer this mnth?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-17 08:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx082",
        "silences",
        "What was the average scheduled silence length, in minutes, for each month of Q1 2025 (by month of "
        "creation)?",
        """SELECT date_trunc('month', created_at) AS month,
                  round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY month
           ORDER BY month""",
        MENDOZA_NOW,
    ),
    (
        "hx083",
        "silences",
        "how many alerts did alertmanager actually hold back under silences this quarter?",
        """SELECT count(*) AS muted_alerts
           FROM alert_mutes
           WHERE len(silenced_by) > 0
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx084",
        "silences",
        "Which silences were in effect at some point during the payments outage on 11 March, 14:42 to 15:18 UTC?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:18:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:42:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:42:00+00')""",
        TRIESTE_NOW,
    ),
    (
        "hx085",
        "silences",
        "avg snooze length last week in mins",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_minutes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx086",
        "silences",
        "What percentage of the silences created in Q1 2025 covered the indexer service?",
        """SELECT round(100.0 * count(*) FILTER (WHERE service = 'indexer') / count(*), 1) AS pct_indexer
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx087",
        "silences",
        "silences put on while an incident on the same service was open, this quarter, full rows",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 00:00:00+00'))""",
        DAEJEON_NOW,
    ),
    (
        "hx088",
        "silences",
        "Who ended silences early this quarter?",
        """SELECT DISTINCT expired_by
           FROM silences
           WHERE expired_early
             AND expired_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND expired_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx089",
        "silences",
        "for each silence created last week, how many alerts did it mute? zeros too",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        KAUNAS_NOW,
    ),
    (
        "hx090",
        "silences",
        "How many hours in total were silences actually in place in Q1 2025, counting each from its start "
        "until its scheduled end or its early expiry, whichever came first?",
        """SELECT round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                  AS hours_in_place
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ joins
    (
        "hx091",
        "joins",
        "How many production incidents this quarter had an early warning before them?",
        """SELECT count(DISTINCT group_id) AS incidents
           FROM incident_warnings
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx092",
        "joins",
        "for each prod deploy last week: service, version, when it went live, and # of alerts on that service "
        "in the 30 min after (0 if none)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp AS went_live_at,
                  count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version, c.timestamp
           ORDER BY c.timestamp""",
        KAUNAS_NOW,
    ),
    (
        "hx093",
        "joins",
        "What percentage of the production deployments in Q1 2025 were followed by an alert on the same service "
        "within 15 minutes?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE))
                  / count(*), 1) AS pct_followed_by_alert
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-04-01 00:00:00+00'""",
        MENDOZA_NOW,
    ),
    (
        "hx094",
        "joins",
        "how many incidents this quarter had neither a suspect change nor an early warning?",
        """SELECT count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        DAEJEON_NOW,
    ),
    (
        "hx095",
        "joins",
        "Which services got paged within 15 minutes after one of their own production deploys this quarter?",
        """SELECT DISTINCT a.service
           FROM alerts a
           JOIN change_events c
             ON c.service = a.service AND c.environment = a.environment_canonical
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
             AND a.starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'""",
        TRIESTE_NOW,
    ),
    (
        "hx096",
        "joins",
        "who deployed right before an alert fired on the same svc (within 15 min) last week?",
        """SELECT DISTINCT c.actor
           FROM change_events c
           JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx097",
        "joins",
        "For each incident opened in March 2025 that had a suspect change, please give the service, the alert "
        "name, the change type and how many minutes before the incident the change went live.",
        """SELECT service, group_labels['alertname'] AS alertname, change_type,
                  round(lag_s / 60, 1) AS minutes_before
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           ORDER BY opened_at""",
        MENDOZA_NOW,
    ),
    (
        "hx098",
        "joins",
        "alerts this quarter that were firing while a silence covered their service, full rows",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 00:00:00+00') > s.starts_at)""",
        DAEJEON_NOW,
    ),
    (
        "hx099",
        "joins",
        "For each incident this quarter that had early warnings: service, alert name, opened, number of "
        "warnings, and how many minutes ahead the earliest one came.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  count(*) AS warnings, max(lead_min) AS earliest_lead_min
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'
           GROUP BY group_id, service, alertname, opened_at
           ORDER BY opened_at""",
        TRIESTE_NOW,
    ),
    (
        "hx100",
        "joins",
        "deploys last week with zero alerts on the same service in the hour after, list them",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        KAUNAS_NOW,
    ),
    (
        "hx101",
        "joins",
        "How many critical incidents did each person resolve in Q1 2025?",
        """SELECT r.resolved_by, count(DISTINCT r.group_id) AS incidents
           FROM resolutions r
           JOIN alert_groups g ON g.id = r.group_id
           WHERE g.max_severity = 'critical'
             AND r.resolved_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND r.resolved_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
           GROUP BY r.resolved_by
           ORDER BY incidents DESC, r.resolved_by""",
        MENDOZA_NOW,
    ),
    (
        "hx102",
        "joins",
        "avg time to resolve, in minutes, of this quarter's incidents that had a suspect change",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND id IN (SELECT group_id FROM incident_suspects)
             AND opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        DAEJEON_NOW,
    ),
    (
        "hx103",
        "joins",
        "How many alerts fired, on any service, in the hour after payments-api v2.14.0 went live in production?",
        """SELECT count(*) AS alerts
           FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 60 MINUTE""",
        TRIESTE_NOW,
    ),
    (
        "hx104",
        "joins",
        "which identity services had an incident open within 30 min after one of their own deploys last week?",
        """SELECT DISTINCT g.service
           FROM alert_groups g
           JOIN change_events c
             ON c.service = g.service AND c.environment = g.environment
           WHERE g.project = 'identity'
             AND c.type = 'deployment' AND c.phase = 'live'
             AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        KAUNAS_NOW,
    ),
    (
        "hx105",
        "joins",
        "How many incidents in Q1 2025 were opened within 15 minutes after a flag change on the same service and "
        "environment?",
        """SELECT count(*) AS incidents
           FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-04-01 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MENDOZA_NOW,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "hx106",
        "refusals",
        "What MTTR target should we commit to for next quarter? Roughly what the industry benchmark is.",
        "not_about_this_data",
        TRIESTE_NOW,
    ),
    (
        "hx107",
        "refusals",
        "delete last week's staging alerts pls, they skew the WoW numbers",
        "asks_to_change_data",
        KAUNAS_NOW,
    ),
    (
        "hx108",
        "refusals",
        "How many deployments were made to the sandbox environment in Q1 2025?",
        "ungrounded",
        MENDOZA_NOW,
    ),
    (
        "hx109",
        "refusals",
        "whats a sane error budget policy for a 99.9% availability SLO?",
        "not_about_this_data",
        DAEJEON_NOW,
    ),
    (
        "hx110",
        "refusals",
        "Close out every incident that's still open so the QBR dashboard starts clean.",
        "asks_to_change_data",
        TRIESTE_NOW,
    ),
    (
        "hx111",
        "refusals",
        "alerts for notification-service last week, how many?",
        "ungrounded",
        KAUNAS_NOW,
    ),
    (
        "hx112",
        "refusals",
        "What does one hour of on-call toil cost the company in salary terms?",
        "not_about_this_data",
        MENDOZA_NOW,
    ),
    (
        "hx113",
        "refusals",
        "silence HighLatencyP99 in staging until the end of the quarter",
        "asks_to_change_data",
        DAEJEON_NOW,
    ),
    (
        "hx114",
        "refusals",
        "How many alerts did the mobile team (team=mobile) have this quarter?",
        "ungrounded",
        TRIESTE_NOW,
    ),
    (
        "hx115",
        "refusals",
        "how do i pitch another SRE hire to finance? any tips",
        "not_about_this_data",
        KAUNAS_NOW,
    ),
    (
        "hx116",
        "refusals",
        "Please update the root cause of the 11 March payments-api incident to read 'vendor outage' before the "
        "review.",
        "asks_to_change_data",
        MENDOZA_NOW,
    ),
    (
        "hx117",
        "refusals",
        "count of alerts in the ap-northeast-2 cluster this quarter?",
        "ungrounded",
        DAEJEON_NOW,
    ),
    (
        "hx118",
        "refusals",
        "Is PagerDuty or Opsgenie cheaper for a 40-person on-call rota?",
        "not_about_this_data",
        TRIESTE_NOW,
    ),
    (
        "hx119",
        "refusals",
        "mark the flappy staging latency alerts resolved so they drop out of the numbers",
        "asks_to_change_data",
        KAUNAS_NOW,
    ),
    (
        "hx120",
        "refusals",
        "How many incidents did priya.raman resolve in Q1 2025?",
        "ungrounded",
        MENDOZA_NOW,
    ),
]
