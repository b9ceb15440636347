"""The eighty-seventh ask question set: ids iy001..iy120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the eighty-sixth set (which this author never opened). What the author read: the brief;
the project's design notes (``../shared/DESIGN.md``, whole); docs/store.md printed whole, then its middle (cut off by
the terminal) printed again by line range; the headings of docs/ask.md listed with grep, and its "Shapes and joins"
section printed by line range in pieces (a block the terminal cut was printed again; a cut of 126 characters inside
one row, about lists of columns, was not), taken as the rules for the shape of every gold answer. One slip is owned
here: before that section, the author printed a wrong line range of docs/ask.md, about eighty lines of the section
before it ("How a question is read": the list of time phrases, who counts as a bot, how written forms and misspellings
are read, what is refused as ungrounded); nothing was done to hide that, and no question was written to match or to
dodge what it says. Also read: the module docstring of ``ask_questions`` and its functions ``_question`` and
``validate`` (the docstring's middle was cut by the terminal); the module docstrings of the earlier sets, printed with
``ast`` into a scratch file and grepped for roles, cities and first languages (the forty-ninth's read whole, its
"Conventions" list followed where a question leaves room); the first ten rows of ``ask_questions_thirtieth`` imported
in Python and the lines defining its module-level nows (for the file's format); and the demo store, copied and opened
read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC, the day of the payments-api v2.14.0
outage). Nothing else was read beyond file names in a listing of ``benchmarks/``. Each row is ``(id, category,
question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded`` (a service, person, environment or cluster the store does not hold, checked against alerts, changes and
the audit log); any other gold is a single DuckDB SELECT over the documented tables and views, compared with the
answer as a multiset of rows.

Five people ask, four engineering managers and a reliability lead, all building the numbers of a weekly operations
report or a quarterly review for leadership and pasting them into slides. None spoke in an earlier set (the earlier
docstrings name no Galician, Gujarati, Khmer or Macedonian speaker and none of these cities). Each asks three questions
in every category (24 each, three of them refusals):

- an engineering manager of the checkout team at a seafood-export marketplace in Vigo, at 09:30 CET on Thursday 13
  March (2025-03-13 08:30 UTC), writing the weekly ops report; first language Galician, English with Romance habits:
  "actually" for right now, "incidences" for incidents, "how many alerts there were", "the 11 of March", "with more"
  for the most, "persons";
- the reliability lead of a textile B2B marketplace in Ahmedabad, at 12:00 IST on Friday 14 March (2025-03-14 06:30
  UTC), preparing the Q1 review; first language Gujarati, Indian office English: "kindly share", "till date", "as on
  date", "date wise", "service wise", "who all", "outages", "MTTR";
- an engineering manager of a mobile remittance app in Phnom Penh, at 09:00 ICT on Monday 17 March (2025-03-17 02:00
  UTC), writing the report for the week just ended; first language Khmer: plurals and articles dropped, verbs not
  inflected ("which deploy make incident"), "have" for there is / there are, "or not" tags, words put first for the
  topic ("Last week, incident open each day how many?");
- an engineering manager of an online pharmacy in Skopje, at 10:00 CET on Wednesday 19 March (2025-03-19 09:00 UTC),
  preparing the quarterly review; first language Macedonian: "how much" for how many, "followed from" for followed
  by, "in average", "were with critical severity", "which is the";
- an engineering manager of an ag-tech company in Boise, at 09:00 MDT on Tuesday 18 March (2025-03-18 15:00 UTC),
  building the ops deck and the week-over-week slide; American English in business words: "pages", "prod", "WoW",
  "the deck", "shipped", "mutes", "MTTR", often two asks in one sentence.

44 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (iy003
incidents after a deploy, iy006 alerts after a flag change, iy009 deploys followed by an alert, iy012 incidents with an
early warning, iy015 pages after a deploy), five in time (iy018 alerts before the rollback, iy021 changes before the
first checkout-web alert, iy024 minutes from the v2.14.0 deploy to the first cart-service alert, iy027 minutes from the
first payments-api alert to the rollback, iy030 minutes from the deploy to the first page), five in aggregates (iy033
deploys followed by an alert, iy036 share of incidents with a suspect, iy039 mean alerts per deploy, iy042 suspects'
mean lag per change type, iy045 share of deploys followed by a page), five in top_n (iy048 incidents with a suspect
deploy per service, iy051 deployers of suspects, iy054 alerts after own deploys per service, iy057 silence authors
during incidents, iy060 deployers by deploys followed by a page), four in changes (iy063 changes during an incident,
iy066 deploys with no alert after them, iy069 deploys that are suspects, iy075 who shipped the suspect deploys; iy072,
deploys followed by a rollback, relates two types of change and is not counted), five in silences (iy078 alerts during
maria's silence, iy081 silences after an alert, iy084 alerts that started under a silence, iy087 alerts held back per
silence, iy090 silences created during an incident) and all fifteen joins (iy091..iy105).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC; every team of the five keeps its board in UTC, so every day, hour and week is a UTC one and no
  question is read in another zone. The nows: Vigo 2025-03-13 08:30, Ahmedabad 2025-03-14 06:30, Phnom Penh
  2025-03-17 02:00, Skopje 2025-03-19 09:00, Boise 2025-03-18 15:00, all after every record. Weeks run Monday to
  Monday: "this week" (Vigo) is ``[2025-03-10, now]``; "last week" (Phnom Penh and Boise) ``[2025-03-10,
  2025-03-17)``; "the week before" ``[2025-03-03, 2025-03-10)``; "week by week" buckets are ``date_trunc('week', …)``
  (the first bucket of the year starts Monday 30 December). "This quarter", "Q1 till date" are ``[2025-01-01, now]``;
  "this month", "in March", "March until now" ``[2025-03-01, now]``; "February" ``[2025-02-01, 2025-03-01)``,
  "January" likewise; "last 7 days" ``(now - 7 days, now]``; "the 11 of March", "11th March", "Tuesday the 11th"
  ``[2025-03-11, 2025-03-12)``; "from 10 to 12 March" ``[2025-03-10, 2025-03-13)``, and "between 14:00 and 15:00"
  said with it is that hour of each of those days by the row's own time. "Till date", "all time", "since the
  beginning", "until now" have no lower bound. A thing is in a window by its own time (an alert's ``starts_at``, a
  change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a
  warning's ``starts_at``); "still firing actually / in this moment", "still open as on date" are the state at now;
  "what was paging at 3pm", "open at 15:00 exactly" the state at that instant (``starts_at <= T AND (ends_at IS NULL
  OR ends_at > T)``, incidents by ``opened_at`` / ``resolved_at``); "in effect on the 11 of March" shares a moment
  with the day.
- Alerts and "pages" are the ``alerts`` view's rows (every column for a list); incidents, "incidences" and "outages"
  are ``alert_groups`` rows, open from ``opened_at`` to ``resolved_at`` (until now while it is NULL); silences and
  "mutes" are the ``silences`` view's rows, in place from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at`` ("really", "actually in place") or until ``ends_at`` ("as set", "as scheduled"). Changes are their
  ``phase = 'live'`` reports: "deploys" and "deployments" ``type = 'deployment'`` (auth-api v4.2.1 in production on
  the 11th, reported by two tools, is two deploys), "releases", "rollbacks", "config changes", "flag changes / flips"
  their types. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` / ``change_version`` in
  the incident views); "which version is in production actually" is that of the last live deployment or rollback of
  that service there. People are as stored; "not the robots (argocd and that)" leaves out ``argocd (automated)`` and
  ``deployment-controller``. "Severity critical or error" names both. "The silence of maria" is the only silence
  maria.gonzalez made (on cart-service).
- Relations keep the first kind named and meet the other on service and canonical environment (``alerts``'
  ``environment_canonical``; changes and incidents already say ``production`` / ``staging``): "within / in the N
  minutes after" a change is ``[t, t + N]`` by the alert's start or the incident's opening; "in the hour before" an
  incident ``[opened_at - 60 min, opened_at]``; changes "in the 30 minutes before the first checkout-web alert" are
  the live changes of any service in that alert's environment (production) in ``[t - 30 min, t]``; alerts "in the hour
  before the rollback of payments-api went live" are every service's alerts in ``[t - 60 min, t]``; pages "in the 15
  minutes after payments-api v2.14.0 went live, any service" every production alert in ``[t, t + 15 min]``. "How many
  minutes from A to the first B after it" runs from A's earliest row to B's first row at or after it, minutes to one
  decimal. Changes "made while an incidence of the same service was open" have their time inside the incident's span,
  ends included. A silence meets the other side on its service and, when its matchers pin one, its environment (a
  silence pinning none covers every environment); alerts "firing while the silence was on" overlap its real span;
  alerts that "start while a silence is active" start inside it (start included, end excluded), as do incidents
  "opened while a silence was active"; silences created "during / while an incident was open" have ``created_at``
  inside the incident's span, ends included; silences "created within 60 minutes after an alert started" have
  ``created_at`` in ``[starts_at, starts_at + 60 min]``. An ack names its alert by its ``alertname`` and ``service``
  equality matchers and was taken "while still firing" when it came inside the alert's span. "Suspect" is
  ``incident_suspects``; "deploys that caused / made an incident" are the live deployments some incident's suspect
  names; "a suspect deploy" a suspect whose ``change_type`` is deployment. "Had an early warning before them" is a
  row in ``incident_warnings``. "For each … / per … deploy, including zero" is a ``LEFT JOIN`` with 0 for none.
- Aggregates: durations in minutes to one decimal (hours when asked), alerts and incidents from start to end of the
  resolved ones only (``ends_at`` / ``resolved_at`` not NULL); MTTR is the incidents' mean time from opened to
  resolved; "median", "p95" are ``median`` / ``quantile_cont(…, 0.95)``; percentages ``round(100.0 * part / whole,
  1)`` over the rows the question selects; "on average how many alerts after each deploy" the mean of per-deploy
  counts, deploys with none counting 0; "average alert count per incident" the mean of ``alert_count``; "X vs Y",
  "compared with", "WoW" are two numbers side by side; "how many … and average …" both measures side by side.
- Top-N answers ``value, count`` (or the measure) most first, ties by the value, and every N asked is one no tie
  crosses ("only the first", "just the winner", "the most" are one row). "Which day of the week" is ``dayname``;
  "which hour of day" the hour 0-23 on the clock. Per-day / per-hour / per-month breakdowns are ``date_trunc`` of the
  row's time with a count, days or hours without rows left out.
- Refusals: the service "inventory-api", the service "warehouse-sync", the environment "uat", the person
  "ivana.petrovska" and the cluster "prod-us-east-2" are ungrounded; an MTTR objective for a team, an on-call
  allowance payout, a poem for the team, the weather in Ohrid and talking points for a headcount ask are not about
  this data; deleting January's alerts, marking every open incident resolved, silencing DiskSpaceLow, creating a
  weekend silence for checkout-web and rolling checkout-web back ask to change the data.
"""

VIGO = "2025-03-13T08:30:00+00:00"
AHMEDABAD = "2025-03-14T06:30:00+00:00"
PHNOM_PENH = "2025-03-17T02:00:00+00:00"
SKOPJE = "2025-03-19T09:00:00+00:00"
BOISE = "2025-03-18T15:00:00+00:00"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "iy001",
        "filters",
        "Hello, for the weekly report I need the critical alerts of production from this week, only the ones of the "
        "checkout project.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production' AND project = 'checkout'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy002",
        "filters",
        "Which alerts are still firing actually in production? I mean in this moment, it is for the slide of the open "
        "problems.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 08:30:00+00')""",
        VIGO,
    ),
    (
        "iy003",
        "filters",
        "Give me the incidences of this week that were opened in the 15 minutes after a deploy of the same service.",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        VIGO,
    ),
    (
        "iy004",
        "filters",
        "Kindly share the list of critical alerts in production for this quarter till date.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'""",
        AHMEDABAD,
    ),
    (
        "iy005",
        "filters",
        "Please provide the incidents which are still open as on date, all environments.",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 06:30:00+00')""",
        AHMEDABAD,
    ),
    (
        "iy006",
        "filters",
        "Kindly list the alerts which fired within 30 mins after any flag change on the same service.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        AHMEDABAD,
    ),
    (
        "iy007",
        "filters",
        "Show me warning alert in staging last week. All column.",
        """SELECT * FROM alerts
           WHERE severity = 'warning' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy008",
        "filters",
        "Have any rollback in production last week? Show me.",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy009",
        "filters",
        "Which deploy in production last week have alert on same service in 30 minute after? I need for report.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PHNOM_PENH,
    ),
    (
        "iy010",
        "filters",
        "Please, I need the list of the incidents from February which were with critical severity, for the quarterly "
        "review.",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        SKOPJE,
    ),
    (
        "iy011",
        "filters",
        "Which releases were made in March until now? Only the releases, not the deploys.",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-19 09:00:00+00'""",
        SKOPJE,
    ),
    (
        "iy012",
        "filters",
        "Give me the list of the incidents in March which had an early warning before them.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
             AND id IN (SELECT group_id FROM incident_warnings)""",
        SKOPJE,
    ),
    (
        "iy013",
        "filters",
        "For the ops deck: every page that hit prod last week that was critical or error. Full detail is fine.",
        """SELECT * FROM alerts
           WHERE severity IN ('critical', 'error') AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        BOISE,
    ),
    (
        "iy014",
        "filters",
        "Which config changes went live in prod this month? Need them for the change-mgmt slide.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 15:00:00+00'""",
        BOISE,
    ),
    (
        "iy015",
        "filters",
        "Pull the pages that fired in prod last week within 15 minutes after a deploy of the same service.",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'production'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        BOISE,
    ),
    # ------------------------------------------------------------------ time
    (
        "iy016",
        "time",
        "How many alerts there were each day of this week? Per day, for the report.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        VIGO,
    ),
    (
        "iy017",
        "time",
        "Give me the 5 last alerts of the checkout project, the newest first.",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND starts_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        VIGO,
    ),
    (
        "iy018",
        "time",
        "What alerts started in the hour before the rollback of payments-api on the 11 of March went live?",
        """SELECT * FROM alerts
           WHERE starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        VIGO,
    ),
    (
        "iy019",
        "time",
        "What is the count of alerts per hour on 11th March (UTC)? Kindly give hour wise.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        AHMEDABAD,
    ),
    (
        "iy020",
        "time",
        "Kindly share date wise count of incidents opened in last 7 days.",
        """SELECT date_trunc('day', opened_at) AS day, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at > TIMESTAMPTZ '2025-03-07 06:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY day
           ORDER BY incidents DESC, day""",
        AHMEDABAD,
    ),
    (
        "iy021",
        "time",
        "Which changes happened in the 30 minutes before the first checkout-web alert on 11th March?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'checkout-web'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
             AND timestamp <= (SELECT min(starts_at) FROM alerts
                               WHERE service = 'checkout-web'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        AHMEDABAD,
    ),
    (
        "iy022",
        "time",
        "Last week, incident open each day how many? Per day please.",
        """SELECT date_trunc('day', opened_at) AS day, count(*) AS incidents
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY day
           ORDER BY incidents DESC, day""",
        PHNOM_PENH,
    ),
    (
        "iy023",
        "time",
        "Which alert start between 14:00 and 15:00 UTC, from 10 to 12 March? Show all.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
             AND hour(starts_at) = 14""",
        PHNOM_PENH,
    ),
    (
        "iy024",
        "time",
        "After the payments-api v2.14.0 deploy go live in production, first alert on cart-service come how many "
        "minute later?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(d.live_at)) / 60, 1) AS minutes
           FROM alerts a,
                (SELECT min(timestamp) AS live_at FROM change_events
                 WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                   AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0') d
           WHERE a.service = 'cart-service' AND a.starts_at >= d.live_at
           GROUP BY d.live_at""",
        PHNOM_PENH,
    ),
    (
        "iy025",
        "time",
        "How much alerts we had in each week of this quarter? Week by week, with Monday as the start.",
        """SELECT date_trunc('week', starts_at) AS week, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
           GROUP BY week
           ORDER BY week""",
        SKOPJE,
    ),
    (
        "iy026",
        "time",
        "Which incidents were open on 11 March at 15:00 UTC exactly?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        SKOPJE,
    ),
    (
        "iy027",
        "time",
        "For 11 March: how many minutes passed from the first payments-api alert to the payments-api rollback going "
        "live?",
        """SELECT round((epoch(min(c.timestamp)) - epoch(f.first_at)) / 60, 1) AS minutes
           FROM change_events c,
                (SELECT min(starts_at) AS first_at FROM alerts
                 WHERE service = 'payments-api'
                   AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') f
           WHERE c.type = 'rollback' AND c.phase = 'live' AND c.service = 'payments-api'
             AND c.timestamp >= f.first_at
           GROUP BY f.first_at""",
        SKOPJE,
    ),
    (
        "iy028",
        "time",
        "Week-over-week for the deck: alerts last week vs the week before. Just the two counts.",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS alerts_last_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS alerts_week_before
           FROM alerts""",
        BOISE,
    ),
    (
        "iy029",
        "time",
        "What was paging at 3pm UTC on Tuesday the 11th? Anything still open at that point.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        BOISE,
    ),
    (
        "iy030",
        "time",
        "How many minutes from the v2.14.0 prod deploy going live to the first page after it, whatever service?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(d.live_at)) / 60, 1) AS minutes
           FROM alerts a,
                (SELECT min(timestamp) AS live_at FROM change_events
                 WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
                   AND coalesce(details['ref'], version) = 'v2.14.0') d
           WHERE a.starts_at >= d.live_at
           GROUP BY d.live_at""",
        BOISE,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "iy031",
        "aggregates",
        "Which percent of the alerts of this week were critical? Only one number for the slide.",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy032",
        "aggregates",
        "Which is the MTTR of the incidences opened this week, in minutes?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy033",
        "aggregates",
        "From the deploys to production of this week, how many had an alert of the same service in the next 15 "
        "minutes?",
        """SELECT count(*) AS deploys
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        VIGO,
    ),
    (
        "iy034",
        "aggregates",
        "What is the median time to resolve for production alerts this quarter, service wise? In minutes.",
        """SELECT service, round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY service
           ORDER BY median_minutes DESC""",
        AHMEDABAD,
    ),
    (
        "iy035",
        "aggregates",
        "Kindly provide the average silence duration in minutes, as it was set, for silences created this quarter.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'""",
        AHMEDABAD,
    ),
    (
        "iy036",
        "aggregates",
        "What % of incidents till date had a suspect change identified?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
                   AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'""",
        AHMEDABAD,
    ),
    (
        "iy037",
        "aggregates",
        "Last week, average how long alert take to resolve? In minute.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy038",
        "aggregates",
        "How many snooze last week, and average snooze time in minute?",
        """SELECT count(*) AS snoozes, round(avg(duration_s) / 60, 1) AS avg_minutes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy039",
        "aggregates",
        "Each deploy in production last week, have how many alert on same service in 30 minute after? Give me the "
        "average.",
        """SELECT round(avg(n), 1) AS avg_alerts
           FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
               GROUP BY c.id) per_deploy""",
        PHNOM_PENH,
    ),
    (
        "iy040",
        "aggregates",
        "How much incidents we had in February compared with January? Both numbers.",
        """SELECT
               count(*) FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                                  AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00') AS incidents_february,
               count(*) FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                                  AND opened_at < TIMESTAMPTZ '2025-02-01 00:00:00+00') AS incidents_january
           FROM alert_groups""",
        SKOPJE,
    ),
    (
        "iy041",
        "aggregates",
        "Which is the average number of alerts per incident, for all incidents until now?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident
           FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'""",
        SKOPJE,
    ),
    (
        "iy042",
        "aggregates",
        "In average, how many minutes before the incident was the suspect change, grouped on change type?",
        """SELECT change_type, round(avg(lag_s) / 60, 1) AS avg_minutes_before
           FROM incident_suspects
           GROUP BY change_type
           ORDER BY avg_minutes_before DESC""",
        SKOPJE,
    ),
    (
        "iy043",
        "aggregates",
        "What's our MTTR for incidents last week vs the week before? Two numbers for the WoW slide.",
        """SELECT
               round(avg(epoch(resolved_at) - epoch(opened_at))
                     FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                               AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00') / 60, 1) AS mttr_last_week,
               round(avg(epoch(resolved_at) - epoch(opened_at))
                     FILTER (WHERE opened_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                               AND opened_at < TIMESTAMPTZ '2025-03-10 00:00:00+00') / 60, 1) AS mttr_week_before
           FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        BOISE,
    ),
    (
        "iy044",
        "aggregates",
        "Median and p95 alert duration in prod this quarter, in minutes.",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes,
                  round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.95) / 60, 1) AS p95_minutes
           FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'""",
        BOISE,
    ),
    (
        "iy045",
        "aggregates",
        "What share of last week's prod deploys were followed by a page on the same service within 30 min?",
        """SELECT round(100.0 * count(*) FILTER (WHERE c.id IN (
                       SELECT c2.id FROM change_events c2 JOIN alerts a
                         ON a.service = c2.service AND a.environment_canonical = c2.environment
                        AND a.starts_at BETWEEN c2.timestamp AND c2.timestamp + INTERVAL 30 MINUTE))
                   / count(*), 1) AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        BOISE,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "iy046",
        "top_n",
        "Which are the 3 services with more alerts this week? With the numbers, please.",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        VIGO,
    ),
    (
        "iy047",
        "top_n",
        "Who made more deploys in March? The top 2 persons, not the robots (argocd and that).",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 2""",
        VIGO,
    ),
    (
        "iy048",
        "top_n",
        "Which service had the most incidences with a suspect deploy, counting all the history? Only the first one.",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        VIGO,
    ),
    (
        "iy049",
        "top_n",
        "Top 3 alert names by count for this quarter, production only.",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        AHMEDABAD,
    ),
    (
        "iy050",
        "top_n",
        "Which day of the week is having maximum alerts, considering all data till date?",
        """SELECT dayname(starts_at) AS weekday, count(*) AS alerts
           FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY weekday
           ORDER BY alerts DESC, weekday
           LIMIT 1""",
        AHMEDABAD,
    ),
    (
        "iy051",
        "top_n",
        "Top 3 deployers whose deploys got marked as suspect for incidents - kindly give name and incident count.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 3""",
        AHMEDABAD,
    ),
    (
        "iy052",
        "top_n",
        "Last week which hour of day have most alert? Give top 2 hour with the count.",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY hour_of_day
           ORDER BY alerts DESC, hour_of_day
           LIMIT 2""",
        PHNOM_PENH,
    ),
    (
        "iy053",
        "top_n",
        "Who snooze the most? Name and how many time.",
        """SELECT actor, count(*) AS snoozes
           FROM audit_log
           WHERE action = 'snooze'
           GROUP BY actor
           ORDER BY snoozes DESC, actor
           LIMIT 1""",
        PHNOM_PENH,
    ),
    (
        "iy054",
        "top_n",
        "Since the beginning of data, which service get most alert in 1 hour after its own deploy? Top 2.",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 2""",
        PHNOM_PENH,
    ),
    (
        "iy055",
        "top_n",
        "Which 3 services had the longest average duration of the alerts this quarter? Give me the average in "
        "minutes too.",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 3""",
        SKOPJE,
    ),
    (
        "iy056",
        "top_n",
        "From which source come the most alerts? Only the first.",
        """SELECT source, count(*) AS alerts
           FROM alerts
           GROUP BY source
           ORDER BY alerts DESC, source
           LIMIT 1""",
        SKOPJE,
    ),
    (
        "iy057",
        "top_n",
        "Which 2 persons created the most silences while an incident on the same service was open?",
        """SELECT s.created_by, count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-19 09:00:00+00'))
           GROUP BY s.created_by
           ORDER BY silences DESC, s.created_by
           LIMIT 2""",
        SKOPJE,
    ),
    (
        "iy058",
        "top_n",
        "Top 2 noisiest alert names last week, prod + staging together, with counts.",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        BOISE,
    ),
    (
        "iy059",
        "top_n",
        "Which team label had the most pages this quarter? Just the winner.",
        """SELECT labels['team'] AS team, count(*) AS alerts
           FROM alerts
           WHERE labels['team'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
           GROUP BY team
           ORDER BY alerts DESC, team
           LIMIT 1""",
        BOISE,
    ),
    (
        "iy060",
        "top_n",
        "Top 3 deployers by deploys that were followed by a page on the same service within 30 min, all time. "
        "Names + counts.",
        """SELECT c.actor, count(*) AS deploys
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 3""",
        BOISE,
    ),
    # ------------------------------------------------------------------ changes
    (
        "iy061",
        "changes",
        "Which deploys went to production this week? The full list.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy062",
        "changes",
        "Which version of payments-api is in production actually?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        VIGO,
    ),
    (
        "iy063",
        "changes",
        "This week, which changes in production were made while an incidence of the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:30:00+00'))""",
        VIGO,
    ),
    (
        "iy064",
        "changes",
        "Kindly share count of production deploys month wise for this quarter.",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY month
           ORDER BY deploys DESC, month""",
        AHMEDABAD,
    ),
    (
        "iy065",
        "changes",
        "Who all did rollbacks in production till date?",
        """SELECT DISTINCT actor
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 06:30:00+00'""",
        AHMEDABAD,
    ),
    (
        "iy066",
        "changes",
        "Kindly provide the production deploys of this quarter which are not followed by any alert of the same "
        "service within 60 minutes.",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        AHMEDABAD,
    ),
    (
        "iy067",
        "changes",
        "Last week flag change in production, who do it and when?",
        """SELECT actor, timestamp
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy068",
        "changes",
        "Last week deploy per service how many? All environment.",
        """SELECT service, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service""",
        PHNOM_PENH,
    ),
    (
        "iy069",
        "changes",
        "Which deploy last week make incident? I mean the suspect one.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        PHNOM_PENH,
    ),
    (
        "iy070",
        "changes",
        "How much releases and how much rollbacks we had this quarter? Two numbers.",
        """SELECT count(*) FILTER (WHERE type = 'release') AS releases,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-19 09:00:00+00'""",
        SKOPJE,
    ),
    (
        "iy071",
        "changes",
        "Which versions of auth-api went out in staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        SKOPJE,
    ),
    (
        "iy072",
        "changes",
        "Which deployments were followed from rollback of the same service in 1 hour?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        SKOPJE,
    ),
    (
        "iy073",
        "changes",
        "How many prod deploys did we ship last week vs the week before? WoW for the release slide.",
        """SELECT
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00') AS deploys_last_week,
               count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
                                  AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00') AS deploys_week_before
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'""",
        BOISE,
    ),
    (
        "iy074",
        "changes",
        "Every flag flip in prod this month: who did it, the summary and when.",
        """SELECT actor, summary, timestamp
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-18 15:00:00+00'""",
        BOISE,
    ),
    (
        "iy075",
        "changes",
        "Which prod deploys caused incidents last week? I just need who shipped them.",
        """SELECT DISTINCT actor
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        BOISE,
    ),
    # ------------------------------------------------------------------ silences
    (
        "iy076",
        "silences",
        "Which silences were created this week and who created them?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy077",
        "silences",
        "How many silences were in effect on the 11 of March?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        VIGO,
    ),
    (
        "iy078",
        "silences",
        "Which alerts were firing on cart-service while the silence of maria was on?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.created_by ILIKE '%maria%' AND s.service = 'cart-service'
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        VIGO,
    ),
    (
        "iy079",
        "silences",
        "Kindly provide total silenced hours per author, as the silences were actually in place, for this quarter.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY created_by
           ORDER BY hours DESC""",
        AHMEDABAD,
    ),
    (
        "iy080",
        "silences",
        "What is the count of snoozes and acks done till date, action wise?",
        """SELECT action, count(*) AS actions
           FROM audit_log
           WHERE action IN ('snooze', 'ack')
             AND timestamp <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY action
           ORDER BY actions DESC, action""",
        AHMEDABAD,
    ),
    (
        "iy081",
        "silences",
        "Which silences were created within 60 mins after an alert started on the same service?",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        AHMEDABAD,
    ),
    (
        "iy082",
        "silences",
        "Last week who create silence? Only the name.",
        """SELECT DISTINCT created_by
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy083",
        "silences",
        "For each silence of last week give me the silence id, who make it and how many minute it really stay on.",
        """SELECT silence_id, created_by,
                  round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy084",
        "silences",
        "Any alert start while silence active on same service last week? Show me the alert.",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        PHNOM_PENH,
    ),
    (
        "iy085",
        "silences",
        "Which silences were expired before their end time, and by who?",
        """SELECT * FROM silences WHERE expired_early""",
        SKOPJE,
    ),
    (
        "iy086",
        "silences",
        "How much silences each person created in this quarter? Per person.",
        """SELECT created_by, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        SKOPJE,
    ),
    (
        "iy087",
        "silences",
        "For each silence in March, how many alerts did Alertmanager hold back under it? Also the zero ones.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        SKOPJE,
    ),
    (
        "iy088",
        "silences",
        "Total mute time in hours by person last week, as scheduled.",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY created_by
           ORDER BY hours DESC""",
        BOISE,
    ),
    (
        "iy089",
        "silences",
        "How many mutes were set up outside business hours this quarter?",
        """SELECT count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-18 15:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        BOISE,
    ),
    (
        "iy090",
        "silences",
        "Did anyone mute stuff during an open incident last week? Who, and which mutes?",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-18 15:00:00+00'))""",
        BOISE,
    ),
    # ------------------------------------------------------------------ joins
    (
        "iy091",
        "joins",
        "For each production deploy of this week: service, version and how many alerts came in the next 30 minutes.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 08:30:00+00'
           GROUP BY c.id, c.service, c.details, c.version
           ORDER BY alerts DESC, c.service""",
        VIGO,
    ),
    (
        "iy092",
        "joins",
        "Which incidences of this week have a suspect change? Service, alert name, opening time and the suspect "
        "version.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS suspect_version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy093",
        "joins",
        "Which early warnings came before the incidences of payments-api this week? I want the service of the "
        "warning, the summary and how many minutes before.",
        """SELECT warning_service, summary, lead_min
           FROM incident_warnings
           WHERE service = 'payments-api'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 08:30:00+00'""",
        VIGO,
    ),
    (
        "iy094",
        "joins",
        "Kindly share how the resolved incidents were fixed this quarter - incident service, alert name, fix and "
        "resolved by.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'""",
        AHMEDABAD,
    ),
    (
        "iy095",
        "joins",
        "Incidents which had no early warning and also no suspect change - what is the count till date?",
        """SELECT count(*) AS incidents
           FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        AHMEDABAD,
    ),
    (
        "iy096",
        "joins",
        "Per production deploy in March, count of alerts of the same service within 15 min after - kindly include "
        "deploys with zero. Give deploy time, service and count.",
        """SELECT c.timestamp, c.service, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-14 06:30:00+00'
           GROUP BY c.id, c.timestamp, c.service
           ORDER BY c.timestamp""",
        AHMEDABAD,
    ),
    (
        "iy097",
        "joins",
        "Last week, which service get page within 15 minute after its own deploy? Only service name.",
        """SELECT DISTINCT a.service
           FROM alerts a
           JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = a.service AND c.environment = a.environment_canonical
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy098",
        "joins",
        "Each incident last week, have suspect or not? Show me service, alert name, open time and suspect version, "
        "empty if don't have.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy099",
        "joins",
        "Last week which alert get ack while it still firing? Alert name, service, start time and who ack.",
        """SELECT a.name, a.service, a.starts_at, l.actor
           FROM alerts a
           JOIN audit_log l
             ON l.action = 'ack'
            AND list_contains([m.name || '=' || m.value FOR m IN l.matchers IF m.is_equal AND NOT m.is_regex],
                              'alertname=' || a.name)
            AND list_contains([m.name || '=' || m.value FOR m IN l.matchers IF m.is_equal AND NOT m.is_regex],
                              'service=' || a.service)
            AND l.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR l.timestamp < a.ends_at)
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        PHNOM_PENH,
    ),
    (
        "iy100",
        "joins",
        "How much incidents in March were opened without any deploy of the same service in the hour before?",
        """SELECT count(*) AS incidents
           FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        SKOPJE,
    ),
    (
        "iy101",
        "joins",
        "For each early warning of 11 March, how many alerts of the same service came in the 15 minutes after it? "
        "Warning kind, service, start time and the count, the zero ones included.",
        """SELECT w.labels['alertname'] AS kind, w.labels['service'] AS service, w.starts_at,
                  count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, w.labels, w.starts_at
           ORDER BY w.starts_at""",
        SKOPJE,
    ),
    (
        "iy102",
        "joins",
        "Which incidents were opened while a silence on the same service was active? All of them until now.",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at <= TIMESTAMPTZ '2025-03-19 09:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND g.opened_at >= s.starts_at
                   AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        SKOPJE,
    ),
    (
        "iy103",
        "joins",
        "Which deploys last week were followed by a critical page on the same service within an hour? Service, "
        "version, who shipped.",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.actor
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        BOISE,
    ),
    (
        "iy104",
        "joins",
        "How many incidents last week had an early warning before them, and what % is that of all last week's "
        "incidents?",
        """SELECT count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) AS with_warning,
                  round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
                      AS pct_with_warning
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        BOISE,
    ),
    (
        "iy105",
        "joins",
        "Which pages fired in prod in the 15 minutes after payments-api v2.14.0 went live, any service?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0')
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live' AND service = 'payments-api'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 15 MINUTE""",
        BOISE,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "iy106",
        "refusals",
        "Can you delete the old alerts of January from the store? They make the report ugly.",
        "asks_to_change_data",
        VIGO,
    ),
    (
        "iy107",
        "refusals",
        "How many alerts had the service inventory-api this week?",
        "ungrounded",
        VIGO,
    ),
    (
        "iy108",
        "refusals",
        "Which is a good MTTR objective for a checkout team of 6 persons?",
        "not_about_this_data",
        VIGO,
    ),
    (
        "iy109",
        "refusals",
        "Kindly mark all the open incidents as resolved before the review meeting.",
        "asks_to_change_data",
        AHMEDABAD,
    ),
    (
        "iy110",
        "refusals",
        "Please share count of outages for the warehouse-sync service this quarter.",
        "ungrounded",
        AHMEDABAD,
    ),
    (
        "iy111",
        "refusals",
        "Kindly share the on-call allowance payout for March as per the HR policy.",
        "not_about_this_data",
        AHMEDABAD,
    ),
    (
        "iy112",
        "refusals",
        "Please silence the DiskSpaceLow alert on indexer for 2 hour, it make too much noise.",
        "asks_to_change_data",
        PHNOM_PENH,
    ),
    (
        "iy113",
        "refusals",
        "How many alert in environment uat last week?",
        "ungrounded",
        PHNOM_PENH,
    ),
    (
        "iy114",
        "refusals",
        "Write me short poem for the team about we survive the outage.",
        "not_about_this_data",
        PHNOM_PENH,
    ),
    (
        "iy115",
        "refusals",
        "Which deploys made the person ivana.petrovska in March?",
        "ungrounded",
        SKOPJE,
    ),
    (
        "iy116",
        "refusals",
        "Please create a new silence for the checkout-web alerts for all the weekend.",
        "asks_to_change_data",
        SKOPJE,
    ),
    (
        "iy117",
        "refusals",
        "What will be the weather in Ohrid on Saturday, for the team offsite?",
        "not_about_this_data",
        SKOPJE,
    ),
    (
        "iy118",
        "refusals",
        "How many pages did the prod-us-east-2 cluster throw last week?",
        "ungrounded",
        BOISE,
    ),
    (
        "iy119",
        "refusals",
        "Go ahead and roll back checkout-web to v5.1.9 in prod.",
        "asks_to_change_data",
        BOISE,
    ),
    (
        "iy120",
        "refusals",
        "Draft me three talking points on why our Q2 headcount ask is justified.",
        "not_about_this_data",
        BOISE,
    ),
]
