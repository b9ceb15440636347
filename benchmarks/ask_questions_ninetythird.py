"""The ninety-third ask question set: ids cy001..cy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the questions of any other set,
at the same time as another outside author writing the ninety-second set, whose file this author never opened. What the
author read, and nothing else:

- the brief for this set;
- ``shared/DESIGN.md``, printed whole in the same command as ``docs/store.md``;
- ``docs/store.md``: printed whole after the design notes; the terminal cut out its middle, so its headings were listed
  with ``grep -n`` and the middle printed again by line range (100-250 and 247-473 of the file);
- the "Shapes and joins" section of ``docs/ask.md`` alone, taken as the rules for the shape of every gold answer: its
  line range found with ``grep -n '^## '``, printed in two pieces (171-290 and 290-400); the terminal cut a few lines
  out of each piece, and those were printed again by line number (244-251 and 347-357). The rest of ``docs/ask.md`` was
  not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast`` (the terminal cut the middle of that docstring, the list of earlier sets, which was not printed again);
- the module docstrings of the earlier sets (``ast.get_docstring`` of every ``benchmarks/ask_questions_*.py`` present),
  written to a scratch file and grepped for cities, first languages, trades and roles (a grep for a few languages showed
  the single lines that name them); the forty-ninth's was printed whole and its "Conventions" list followed where a
  question leaves room, and the ninety-first's was printed up to its list of people, to see how a recent set names what
  it read;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, and one grep for its module-level now constants,
  for the file's format only;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from 2025-01-02
  to 2025-03-12, most of them on Tuesday 11 March, the day of the payments-api v2.14.0 outage);
- the names (only) of the files others were changing, seen in one ``git status --short`` run to check that this file was
  the only one this author added.

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
accepted by the gate (``sql_guard.safe``, imported and called, its code not read) and returning at least one row on the
store copy. No question was put to ``signalcraft ask`` or to any parser.

Five people ask, all of them through a chat tool, and all of them paste something into the message before they ask: a
line of a Slack thread, a ticket title, a log line, a Grafana panel title, an alert bot's notification, or a stack of
numbered questions of which only one is about this data ("this one 👆 fired again?", "2) this alert, when it started
the first time?"). No earlier docstring names their cities (Maribor, Samarkand, Kano, Thiruvananthapuram,
Antananarivo), and none names Uzbek, Hausa, Malayalam or Malagasy as a first language. Each asks three questions in
every category (24 each, three of them refusals), in the order engineering manager, QA lead, data engineer, mobile
developer, SRE within each category:

- an engineering manager of a school-meal ordering platform in Maribor, first language Slovene, who pastes excerpts
  of the team's Slack threads (``> [14:58] Žiga: payments is on fire again?? 🔥``) and asks what the thread was about:
  dates the Slovene way ("11.3."), "pls", articles dropped ("list me all critical alerts of checkout project"); her
  team board runs on UTC; now Thursday 13 March 09:00 CET (2025-03-13 08:00 UTC);
- a QA lead of a railway seat-reservation app in Samarkand, first language Uzbek, Russian the second, who opens every
  message with the title of the ticket he is working on (``QA-7731 [checkout-web] Payment step returns 503 on prod``):
  no articles, "was" for "were" ("how many alerts was in staging"), "in 2 hours after", dates as "11.03"; the tickets
  are stamped in UTC and so are his days; now Thursday 13 March 11:00 UZT (2025-03-13 06:00 UTC);
- a data engineer of a grain-commodity marketplace in Kano, first language Hausa, writing Nigerian English ("Sannu",
  "kindly", "I want the early warnings behind that panel"), who pastes log lines in backticks and Grafana panel and
  annotation titles; her dashboards are in UTC; now Wednesday 12 March 18:00 WAT (2025-03-12 17:00 UTC), so her
  "yesterday" is 11 March;
- a mobile developer of a houseboat booking app in Thiruvananthapuram, first language Malayalam, writing Indian
  English ("what all alerts", "full rows only", "by who", "list pls"), who pastes the lines the alert bot posts in
  ``#mobile-alerts`` (``🔴 CRITICAL: PaymentsAPIErrorBudgetBurn (payments-api, production)``), a Crashlytics digest
  and mobile ticket titles, and points at them with 👆; the bot posts UTC and he says "11th" for 11 March; now
  Thursday 13 March 10:30 IST (2025-03-13 05:00 UTC);
- an SRE of a vanilla exporter's logistics platform in Antananarivo, first language Malagasy, French the second, who
  pastes Alertmanager's notification line (``[FIRING:1] DiskSpaceLow (indexer production warning)``) and stacks numbered
  questions to the channel, one of them for the tool (lunch, the VPN, the football, a charger, the weather); French
  habits: "the 11 march", "18h26", "12h30", "since the 11 march", "this one resolve by itself"; the platform runs on
  UTC; now Thursday 13 March 10:00 EAT (2025-03-13 07:00 UTC).

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (cy002,
cy005, cy009, cy012, cy014), four in time (cy018, cy021, cy024, cy030), four in aggregates (cy035, cy040, cy042, cy044),
four in top_n (cy047, cy048, cy050, cy058), four in changes (cy063, cy066, cy068, cy074), five in silences (cy077,
cy081, cy083, cy085, cy090) and all fifteen joins (cy091..cy105). Not counted: the metric samples during an alert
(cy039), the rollbacks less than an hour after a deploy (cy072, two types of one kind), and the questions that only give
a moment copied from a pasted log line (cy007, cy023). Every gold returns at least one row.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- What is pasted sets the scene and is not the question: a quoted thread line, a ticket title, a bot line or a panel
  title adds nothing to the filters unless the question points at it ("this one 👆", "this silence from the thread",
  "the time of this line", "the early warnings behind that panel"); then it names the alert (by its name, and the
  service and environment the line shows), the silence, the moment or the scope it shows. Numbered questions about
  other things are left out. The quoted people (Žiga, Marta) are not people of the store.
- Times are UTC and every person's days are UTC days. The nows: the engineering manager 2025-03-13 08:00, the QA lead
  2025-03-13 06:00, the data engineer 2025-03-12 17:00, the mobile developer 2025-03-13 05:00, the SRE 2025-03-13 07:00,
  all after every record. "Tuesday", "11.3.", "11.03", "11th", "the 11 march", and the data engineer's "yesterday" are
  ``[2025-03-11, 2025-03-12)``; "since the 11 march" and "since 1 march" run from that day's start to now, both ends
  included; "in february" is ``[2025-02-01, 2025-03-01)``; "in march" and "since 1st March" run from 2025-03-01 to now;
  "the last 7 days" and "the last 30 days" are ``(now - N days, now]``; "between 18:00 and 23:00 UTC" and "14:40-15:10"
  include the start and exclude the end. "All time" and "ever" have no window. A thing is in a window by its own time
  (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an audit
  entry's ``timestamp``, a warning's ``starts_at``, a log line's ``timestamp``). "Were on during that window" shares a
  moment with it; "firing at exactly 14:45", "at the time of this line", "in effect at 14:50" and "still firing right
  now" are the state at that instant (``starts_at <= T`` and not ended by ``T``).
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until now while it is NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually in place" and "really in place" are
  that span; "total silenced hours" sums it in hours, "minutes" in minutes); early warnings the ``warnings`` rows, met
  by their ``project``, ``environment`` and ``service`` labels. Changes are their ``phase = 'live'`` reports: "deploys"
  ``type = 'deployment'`` (auth-api v4.2.1 in production on the 11th, reported by two tools, is two rows), "rollbacks",
  "config changes", "flag changes" and "scale events" their types, "scale-downs" scale events whose
  ``details['replicas_to']`` is below ``details['replicas_from']`` (as integers). A version is
  ``coalesce(details['ref'], version)`` (``coalesce(change_details['ref'], change_version)`` in the incident views); the
  version "live in prod right now" is that of the last live deployment or rollback of that service and environment, "in
  staging vs production right now" one row per environment. "Humans only (not argocd, not the deployment controller)"
  leaves out ``argocd (automated)`` and ``deployment-controller``; "dpatel" is that actor exactly. "The Passkey login
  flag" and "the New checkout flow flag" are the live flag changes whose summary names them, in the environment said;
  "payments-api v2.14.0 went live in prod" is 2025-03-11 14:31:22 and its rollback 14:56:37; "the DiskSpaceLow of 18h26"
  is the DiskSpaceLow alert that started in that minute; "the cart-service silence" / "maria's" is the only silence on
  cart-service, its moment its ``created_at``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment: "within N
  min after" a change or an alert is ``[t, t + N]`` ("in 15 min", "within next 15 min", "the hour after", "in the 4
  hours after", "in 2 hours after"); "in the N minutes/hours before" is ``[t - N, t]``; "on any service", "any service"
  and "all services" drop the service match, "all envs", "any env" and "every env" the environment. A change "made while
  an incident on the same service was open" has its time inside the incident's span, ends included; a silence "created
  while an incident on the same service was open" likewise by its ``created_at``; alerts "firing while a silence on same
  service was in effect" and incidents "open while the silence was in effect" share a moment with the silence's span;
  indexer alerts "that started while a silence on indexer was in effect" started inside it (start included, end
  excluded); a silence that pins no environment covers every environment. "NOT followed by any alert" and "with no
  incident ... in the hour after" are anti-joins. "For each production deploy: service, version and how many alerts" and
  "for each early warning ... (0 if none)" are one row per thing with a ``LEFT JOIN`` count (0 included). "Incidents ...
  with their suspect change if any" keep every incident (``LEFT JOIN`` on ``incident_suspects``). "Which incidents had
  an early warning before them, and how many minutes ahead was the earliest" is one row per incident of
  ``incident_warnings`` with its ``max(lead_min)``. "What did the v2.14.0 deploy break" is the ``alert_groups`` rows
  whose suspect it is; "which deploys caused incidents" the ``change_events`` deployments that are some incident's
  suspect, in the changes' own window; "blamed on a deploy" and "suspect for" count distinct incidents of
  ``incident_suspects`` with ``change_type = 'deployment'``. "The median lag of the suspect changes" is the median of
  ``lag_s / 60``. "Early warning before them" is a row in ``incident_warnings``; "incidents within 15 minutes after an
  early warning of the same service" are its rows with ``same_service`` and ``lead_min <= 15``. An ack names its alert
  by its ``alertname`` and ``service`` equality matchers and was taken "while still firing" when that alert was on at
  the ack's time. "People who silenced something but never acked anything" is silence authors ``EXCEPT`` ack actors.
  "Held back alerts, according to alertmanager" is a silence ``alert_mutes`` names in ``silenced_by``.
- Aggregates: durations in minutes (hours when asked) to one decimal, from start to end (an incident's "time to resolve"
  from ``opened_at`` to ``resolved_at``, resolved ones only; an alert's or a silence's duration of the resolved or as in
  place); "how long was payments-api down" from the first of that day's payments-api alerts' start to the last one's
  end; "how many minutes from X going live till the first alert after it" from the change to the first payments-api
  alert at or after it. Averages, medians and percentiles to one decimal (``quantile_cont`` for p90); percentages
  ``round(100.0 * part / whole, 1)`` over the rows the question selects; "on average how many alerts ... after each
  deploy" is the mean of the per-deploy counts, deploys with none counting 0; "max alerts in one hour" the largest
  hourly count; "both numbers" and "total log lines and error lines" two counts side by side; the mean of a metric while
  an alert fired takes its samples from the alert's start to its end.
- Top-N answers ``value, count`` most first, ties by the value, and no tie crosses the N asked ("just one", "one", "top
  1 only" are one row; the third deployer ties with the second, the fourth is behind). Per-hour and per-day breakdowns
  are UTC ``time_bucket`` buckets with their counts; "which day of the week" is ``dayname``; patterns "by error count"
  are ``log_pattern_counts`` summed per template. "Who and when" and "when ... and by who" are the actor and the
  ``timestamp`` of each act; "who ... and with which comment" the author and the comment; "who ... people only" each
  person once; "at what time ... only time" the timestamp alone; "show the event" the change's row.
- Business hours are Monday to Friday 09:00-17:00 UTC by ``created_at``; "outside" them any other time.
- Refusals: the services school-lunch-api, ledger-sync and mobile-gateway (with its alert AppStoreReviewRejected), the
  "perf" environment and the cluster prod-af-south-1 are ungrounded; a poem about the outage, smoke versus sanity
  testing, the naira to dollar rate, Flutter versus React Native and the weather in Antananarivo are not about this
  data; silencing the checkout alerts, closing and resolving the payments-api incident, deleting old log lines, turning
  the New checkout flow flag off and expiring kenji's silences ask to change the data.
"""

MARIBOR = "2025-03-13T08:00:00+00:00"
SAMARKAND = "2025-03-13T06:00:00+00:00"
KANO = "2025-03-12T17:00:00+00:00"
TVM = "2025-03-13T05:00:00+00:00"
TANA = "2025-03-13T07:00:00+00:00"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "cy001",
        "filters",
        "> [14:58] Žiga: payments is on fire again?? 🔥\n> [14:59] Marta: looking\n"
        "this was our thread on Tuesday 👆 pls list me all critical alerts of checkout project from that day (11.3.)",
        """SELECT * FROM alerts
           WHERE project = 'checkout' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARIBOR,
    ),
    (
        "cy002",
        "filters",
        "> [14:52] Marta: why is cart-service red now, we didn't deploy anything\n"
        "answer for Marta: which cart-service alerts started in 15 min after payments-api v2.14.0 went live in "
        "production?",
        """SELECT * FROM alerts
           WHERE service = 'cart-service' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        MARIBOR,
    ),
    (
        "cy003",
        "filters",
        "> [08:51] Marta: morning all, standup in 10 ☕\n"
        "before standup — which alerts are still firing right now in prod?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 08:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 08:00:00+00')""",
        MARIBOR,
    ),
    (
        "cy004",
        "filters",
        "QA-7731 [checkout-web] Payment step returns 503 on prod — regression?\n"
        "Show all alerts of checkout-web from 11.03, full rows please",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SAMARKAND,
    ),
    (
        "cy005",
        "filters",
        "QA-7740 Login fails on staging after passkey toggle\n"
        "which auth-api alerts in staging was starting in 2 hours after Passkey login flag was turned on in staging?",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 09:49:00+00'
                               AND TIMESTAMPTZ '2025-03-11 09:49:00+00' + INTERVAL 2 HOUR""",
        SAMARKAND,
    ),
    (
        "cy006",
        "filters",
        "QA-7760 Smoke tests red on staging in the evening 11.03\n"
        "please list staging alerts which started between 18:00 and 23:00 UTC on 11.03",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00'""",
        SAMARKAND,
    ),
    (
        "cy007",
        "filters",
        "Sannu. pasting from our log explorer:\n"
        "`2025-03-11T14:36:02Z ERROR payments-api HikariPool-1 - Connection is not available, request timed out "
        "after 30001ms`\nkindly show me the payments-api alerts that were firing at the time of this line",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at <= TIMESTAMPTZ '2025-03-11 14:36:02+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:36:02+00')""",
        KANO,
    ),
    (
        "cy008",
        "filters",
        "Grafana panel title: 'Early warnings — checkout (production)'. I want the early warnings behind that panel "
        "for yesterday, all of them",
        """SELECT * FROM warnings
           WHERE labels['project'] = 'checkout' AND labels['environment'] = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KANO,
    ),
    (
        "cy009",
        "filters",
        '`level=error ts=2025-03-11T14:33:40Z service=checkout-web msg="payment step upstream 503"`\n'
        "that kind of line — kindly give me the checkout-web error lines in the 5 minutes after payments-api v2.14.0 "
        "went live in production",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND is_error AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 5 MINUTE""",
        KANO,
    ),
    (
        "cy010",
        "filters",
        "#mobile-alerts bot: '🔴 CRITICAL: PaymentsAPIErrorBudgetBurn (payments-api, production)'\n"
        "this one 👆 — show all the times it fired, full rows only",
        """SELECT * FROM alerts
           WHERE name = 'PaymentsAPIErrorBudgetBurn' AND service = 'payments-api'
             AND environment_canonical = 'production'""",
        TVM,
    ),
    (
        "cy011",
        "filters",
        "Crashlytics digest says: 'Checkout crash-free users dropped 11 Mar 14:40–15:10 UTC'. which alerts of the "
        "checkout services were on during that window?",
        """SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:10:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:40:00+00')""",
        TVM,
    ),
    (
        "cy012",
        "filters",
        "ticket MOB-2210 'iOS 7.4 payments failing — backend deploy?'\n"
        "production deploys on 11th which had an alert on the same service within next 15 min, list pls",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        TVM,
    ),
    (
        "cy013",
        "filters",
        "[FIRING:1] DiskSpaceLow (indexer production warning)\n"
        "again this one. Question 1: who has the key of the server room? Question 2: give me all DiskSpaceLow alerts "
        "of indexer since the 11 march",
        """SELECT * FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        TANA,
    ),
    (
        "cy014",
        "filters",
        "3 things: (a) lunch at 12h30 is ok for everybody? (b) the VPN is slow for you also? (c) the alerts of the 11 "
        "march that started in the 15 minutes after a deploy of the same service",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        TANA,
    ),
    (
        "cy015",
        "filters",
        "[RESOLVED] HighLatencyP99 (search-api staging warning)\n"
        "this one resolve by itself all the time. show me the HighLatencyP99 alerts in staging that resolved within "
        "5 minutes",
        """SELECT * FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging'
             AND status = 'resolved' AND ends_at - starts_at <= INTERVAL 5 MINUTE""",
        TANA,
    ),
    # --------------------------------------------------------------------- time
    (
        "cy016",
        "time",
        "> [14:49] Žiga: who pushed to payments just now??\n"
        "this is from #incidents on Tuesday. when did the first payments-api alert start that day?",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARIBOR,
    ),
    (
        "cy017",
        "time",
        "> [16:05] Marta: is it all green now? can I tell the schools?\n"
        "how long was payments-api down on 11.3.? in minutes",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 08:00:00+00')))
                        - epoch(min(starts_at))) / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARIBOR,
    ),
    (
        "cy018",
        "time",
        "how many minutes from payments-api v2.14.0 going live in prod till the first payments-api alert after it?",
        """SELECT round((epoch((SELECT min(starts_at) FROM alerts
                               WHERE service = 'payments-api'
                                 AND starts_at >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        MARIBOR,
    ),
    (
        "cy019",
        "time",
        "QA-7760 Smoke tests red on staging 11.03\nhow many staging alerts per hour was on 11.03? UTC hours",
        """SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        SAMARKAND,
    ),
    (
        "cy020",
        "time",
        "QA-7745 cart-service regression on staging after v3.7.5\n"
        "at what time cart-service v3.7.5 went live in staging? only time",
        """SELECT timestamp FROM change_events
           WHERE service = 'cart-service' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'
             AND coalesce(details['ref'], version) = 'v3.7.5'""",
        SAMARKAND,
    ),
    (
        "cy021",
        "time",
        "QA-7731 Payment step 503 on prod\n"
        "before we blame payments team: alerts on any service in 30 minutes before payments-api v2.14.0 went live "
        "in prod? list",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00' - INTERVAL 30 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00'""",
        SAMARKAND,
    ),
    (
        "cy022",
        "time",
        "Grafana panel 'Log lines / min — payments-api (prod)' has a wall yesterday afternoon. at what time did "
        "payments-api in production log its first HikariPool error yesterday?",
        """SELECT min(timestamp) AS first_line FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND body ILIKE '%HikariPool%'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KANO,
    ),
    (
        "cy023",
        "time",
        "log line: `2025-03-11T14:42:48Z WARN checkout-web upstream payments-api slow (p99 2.3s)`\n"
        "what changed in the hour before that? any service, any env",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:42:48+00' - INTERVAL 1 HOUR
                               AND TIMESTAMPTZ '2025-03-11 14:42:48+00'""",
        KANO,
    ),
    (
        "cy024",
        "time",
        "kindly: between the payments-api v2.14.0 deploy and its rollback, how many error log lines did payments-api "
        "write in production?",
        """SELECT count(*) AS error_lines FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        KANO,
    ),
    (
        "cy025",
        "time",
        "#mobile-alerts bot: '⚠️ CheckoutConversionRateDrop fired (checkout-web)'\n"
        "this 👆 started when, first time ever?",
        """SELECT min(starts_at) AS first_start FROM alerts
           WHERE name = 'CheckoutConversionRateDrop'""",
        TVM,
    ),
    (
        "cy026",
        "time",
        "bot msg: '✅ RESOLVED: UpstreamDependencyErrors (cart-service, production)'\n"
        "how many minutes was this one firing on 11th?",
        """SELECT round((epoch(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 05:00:00+00')) - epoch(starts_at)) / 60, 1)
                  AS minutes
           FROM alerts
           WHERE name = 'UpstreamDependencyErrors' AND service = 'cart-service'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TVM,
    ),
    (
        "cy027",
        "time",
        "our app had payment errors then — what all alerts were firing at exactly 14:45 UTC on 11th?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        TVM,
    ),
    (
        "cy028",
        "time",
        "[FIRING:1] SearchReindexQueueBacklog (indexer production warning)\n"
        "questions: 1) somebody knows a good garage near Analakely? 2) this alert, when it started the first time?",
        """SELECT min(starts_at) AS first_start FROM alerts
           WHERE name = 'SearchReindexQueueBacklog'""",
        TANA,
    ),
    (
        "cy029",
        "time",
        "alerts per day since the 11 march, UTC days please",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        TANA,
    ),
    (
        "cy030",
        "time",
        "the DiskSpaceLow of 18h26 on the 11 — which changes in the 2 hours before it? all envs, all services",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 18:26:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 18:27:00+00') - INTERVAL 2 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 18:26:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 18:27:00+00')""",
        TANA,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "cy031",
        "aggregates",
        "for my 1:1 next week, pasted from #deploys:\n"
        "> dpatel deployed payments-api v2.14.0 (63544dc) to production\n"
        "how many deploys dpatel did in total? only the ones that went live",
        """SELECT count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel'""",
        MARIBOR,
    ),
    (
        "cy032",
        "aggregates",
        "avg time to resolve of incidents in february, minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        MARIBOR,
    ),
    (
        "cy033",
        "aggregates",
        "what % of tuesday's (11.3.) production alerts was critical?",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARIBOR,
    ),
    (
        "cy034",
        "aggregates",
        "QA-7752 Staging is noisy\nhow many alerts was in staging on 11.03 and how many on 12.03? both numbers",
        """SELECT count(*) FILTER (WHERE starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') AS alerts_2025_03_11,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00') AS alerts_2025_03_12
           FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        SAMARKAND,
    ),
    (
        "cy035",
        "aggregates",
        "QA-7731\non average how many alerts came in 15 minutes after each production deploy since 1.03 (same "
        "service)? deploys without alerts count as 0",
        """SELECT round(avg(n), 1) AS avg_alerts_per_deploy FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND c.timestamp <= TIMESTAMPTZ '2025-03-13 06:00:00+00'
               GROUP BY c.id)""",
        SAMARKAND,
    ),
    (
        "cy036",
        "aggregates",
        "QA-7780 HighLatencyP99 flaky on staging\naverage duration of HighLatencyP99 alerts in staging, minutes",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'""",
        SAMARKAND,
    ),
    (
        "cy037",
        "aggregates",
        "Grafana panel 'Error lines per env (24h)'. kindly give me total log lines and error lines per environment "
        "for yesterday",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY environment
           ORDER BY lines DESC""",
        KANO,
    ),
    (
        "cy038",
        "aggregates",
        "from our log explorer: `ERROR payments-api HikariPool-1 - Connection is not available, request timed out "
        "after 30001ms`\nwhat share of payments-api's production error lines yesterday mention HikariPool?",
        """SELECT round(100.0 * count(*) FILTER (WHERE body ILIKE '%HikariPool%') / count(*), 1) AS pct_hikaripool
           FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KANO,
    ),
    (
        "cy039",
        "aggregates",
        "mean of hikaricp_connections_pending while the HikariPoolPendingConnections alert was firing, one decimal",
        """SELECT round(avg(m.value), 1) AS mean_pending
           FROM metric_points m
           WHERE m.name = 'hikaricp_connections_pending'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = 'HikariPoolPendingConnections'
                   AND m.timestamp >= a.starts_at
                   AND m.timestamp <= coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 17:00:00+00'))""",
        KANO,
    ),
    (
        "cy040",
        "aggregates",
        "what percent of production deploys since 1st March were followed by an alert on the same service within "
        "15 min?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
                  AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 05:00:00+00'""",
        TVM,
    ),
    (
        "cy041",
        "aggregates",
        "p90 of alert duration for checkout project alerts on 11th, in minutes",
        """SELECT round(quantile_cont((epoch(ends_at) - epoch(starts_at)) / 60, 0.9), 1) AS p90_minutes
           FROM alerts
           WHERE project = 'checkout' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TVM,
    ),
    (
        "cy042",
        "aggregates",
        "what percent of incidents on 11th had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)
                  AS pct_warned
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TVM,
    ),
    (
        "cy043",
        "aggregates",
        "[FIRING:1] SearchReindexQueueBacklog (indexer production warning)\n"
        "1) the coffee machine of 3rd floor is repaired? 2) total silenced hours on indexer since 1 march, as the "
        "silences were really in place",
        """SELECT round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                  AS silenced_hours
           FROM silences
           WHERE service = 'indexer'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        TANA,
    ),
    (
        "cy044",
        "aggregates",
        "median lag of the suspect changes for incidents of march, in minutes",
        """SELECT round(median(lag_s / 60), 1) AS median_lag_minutes
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'""",
        TANA,
    ),
    (
        "cy045",
        "aggregates",
        "max alerts in one hour on the 11 march (UTC)",
        """SELECT max(n) AS max_alerts_in_an_hour FROM (
               SELECT time_bucket(INTERVAL 1 HOUR, starts_at) AS hour, count(*) AS n
               FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY hour)""",
        TANA,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "cy046",
        "top_n",
        "> [09:30] Marta: who deploys the most with us? need it for the hiring doc\n"
        "answer Marta pls — top 3 deployers by live deploys, all time",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 3""",
        MARIBOR,
    ),
    (
        "cy047",
        "top_n",
        "which service had the most incidents blamed on a deploy? just one",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        MARIBOR,
    ),
    (
        "cy048",
        "top_n",
        "whose deploys were suspect for most incidents? top 2 people",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        MARIBOR,
    ),
    (
        "cy049",
        "top_n",
        "QA-7752 Staging is noisy\ntop 3 alert names in staging by number of alerts, all time",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 3""",
        SAMARKAND,
    ),
    (
        "cy050",
        "top_n",
        "QA-7731\nwhich checkout service had most alerts in the hour after payments-api v2.14.0 went live in prod? one",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 1 HOUR
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        SAMARKAND,
    ),
    (
        "cy051",
        "top_n",
        "QA-7790 Flaky staging per day\nwhich 2 days had most staging alerts?",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 2""",
        SAMARKAND,
    ),
    (
        "cy052",
        "top_n",
        "Grafana panel 'Top talkers — error lines'. which 3 services logged the most error lines yesterday?",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        KANO,
    ),
    (
        "cy053",
        "top_n",
        "which two metric keys raised the most early warnings?",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key
           ORDER BY warnings DESC, metric_key
           LIMIT 2""",
        KANO,
    ),
    (
        "cy054",
        "top_n",
        "top 5 payments-api log patterns by error count yesterday",
        """SELECT template_id, template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template_id, template
           ORDER BY errors DESC, template
           LIMIT 5""",
        KANO,
    ),
    (
        "cy055",
        "top_n",
        "bot: '🔥 HighErrorRate / PaymentsAPILatencyP99High / HikariPoolPendingConnections (payments-api)'\n"
        "which alert name fired the most on payments-api on 11th?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        TVM,
    ),
    (
        "cy056",
        "top_n",
        "which day of the week has the most alerts, all time?",
        """SELECT dayname(starts_at) AS weekday, count(*) AS alerts FROM alerts
           GROUP BY weekday
           ORDER BY alerts DESC, weekday
           LIMIT 1""",
        TVM,
    ),
    (
        "cy057",
        "top_n",
        "who acked the most alerts? top 1 only",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        TVM,
    ),
    (
        "cy058",
        "top_n",
        "1) somebody has the wifi password of meeting room Nosy Be? 2) which service had the most alerts in the 4 "
        "hours after the New checkout flow flag went on in production? any service",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 10:41:59+00'
                               AND TIMESTAMPTZ '2025-03-11 10:41:59+00' + INTERVAL 4 HOUR
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        TANA,
    ),
    (
        "cy059",
        "top_n",
        "[FIRING:1] DiskSpaceLow (indexer production warning)\n"
        "this fingerprint fire again and again. top 3 fingerprints by number of alerts",
        """SELECT fingerprint, count(*) AS alerts FROM alerts
           GROUP BY fingerprint
           ORDER BY alerts DESC, fingerprint
           LIMIT 3""",
        TANA,
    ),
    (
        "cy060",
        "top_n",
        "who created the most silences in march?",
        """SELECT created_by, count(*) AS silences FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        TANA,
    ),
    # ------------------------------------------------------------------ changes
    (
        "cy061",
        "changes",
        "> [13:31] Žiga: v2.14.0 released 🎉\n> [14:58] Marta: ...and now it's rolled back?\n"
        "who rolled back payments-api on Tuesday, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARIBOR,
    ),
    (
        "cy062",
        "changes",
        "which version of payments-api is live in prod right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND phase = 'live' AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC
           LIMIT 1""",
        MARIBOR,
    ),
    (
        "cy063",
        "changes",
        "changes in production on 11.3. made while an incident on the same service was open",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:00:00+00'))""",
        MARIBOR,
    ),
    (
        "cy064",
        "changes",
        "QA-7745 cart-service regression\nwhich versions of cart-service went out to staging?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'cart-service' AND environment = 'staging'
             AND phase = 'live' AND type IN ('deployment', 'rollback')""",
        SAMARKAND,
    ),
    (
        "cy065",
        "changes",
        "QA-7801 Staging auth flows broken\nflag changes in staging on 11.03 — who and when",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SAMARKAND,
    ),
    (
        "cy066",
        "changes",
        "QA-7731\nproduction deploys on 11.03 which was NOT followed by any alert on same service in 15 minutes",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SAMARKAND,
    ),
    (
        "cy067",
        "changes",
        "Grafana annotation 'config_update token-service' on my dashboard. kindly list all config changes of the last "
        "7 days, every env",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-12 17:00:00+00' - INTERVAL 7 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-12 17:00:00+00'""",
        KANO,
    ),
    (
        "cy068",
        "changes",
        "what did the payments-api v2.14.0 deploy break? the incidents it was suspect for",
        """SELECT * FROM alert_groups
           WHERE id IN (
               SELECT group_id FROM incident_suspects
               WHERE change_service = 'payments-api' AND change_type = 'deployment'
                 AND coalesce(change_details['ref'], change_version) = 'v2.14.0')""",
        KANO,
    ),
    (
        "cy069",
        "changes",
        "production deploys yesterday by humans only (not argocd, not the deployment controller)",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KANO,
    ),
    (
        "cy070",
        "changes",
        "ticket 'MOB-2231 Passkey login broken on Android' — when was the Passkey login flag turned on in production "
        "and by who?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND summary ILIKE '%turned on%' AND summary ILIKE '%Passkey login%'""",
        TVM,
    ),
    (
        "cy071",
        "changes",
        "for my release notes: checkout-web versions in staging vs production right now",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        TVM,
    ),
    (
        "cy072",
        "changes",
        "rollbacks that came less than an hour after a deploy of the same service, list",
        """SELECT * FROM change_events r
           WHERE r.type = 'rollback' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = r.service AND d.environment = r.environment
                   AND r.timestamp >= d.timestamp AND r.timestamp < d.timestamp + INTERVAL 60 MINUTE)""",
        TVM,
    ),
    (
        "cy073",
        "changes",
        "[FIRING:1] DiskSpaceLow (indexer production warning)\n"
        "1) you still have my charger? 2) when indexer was deployed the last time in production? show the event",
        """SELECT * FROM change_events
           WHERE service = 'indexer' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
           ORDER BY timestamp DESC
           LIMIT 1""",
        TANA,
    ),
    (
        "cy074",
        "changes",
        "changes in production in the 30 minutes before the first payments-api alert of the 11 march, any service",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        TANA,
    ),
    (
        "cy075",
        "changes",
        "scale-downs of payments-api in production on the 11 march",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        TANA,
    ),
    # ----------------------------------------------------------------- silences
    (
        "cy076",
        "silences",
        "> [14:48] Maria: silencing cart-service upstream errors, it's payments not us\n"
        "this silence from the thread — how many minutes was it actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service'""",
        MARIBOR,
    ),
    (
        "cy077",
        "silences",
        "who created silences in production while an incident on the same service was open? people only",
        """SELECT DISTINCT s.created_by
           FROM silences s
           JOIN alert_groups g
             ON g.service = s.service AND g.environment = s.environment_canonical
            AND s.created_at >= g.opened_at
            AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:00:00+00')
           WHERE s.environment_canonical = 'production'""",
        MARIBOR,
    ),
    (
        "cy078",
        "silences",
        "which silences were in effect at 14:50 UTC on Tuesday 11.3.?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 14:50:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 14:50:00+00')""",
        MARIBOR,
    ),
    (
        "cy079",
        "silences",
        "QA-7801 token-service crashloop on staging ignored?\n"
        "who silenced token-service in staging and with which comment?",
        """SELECT created_by, comment FROM silences
           WHERE service = 'token-service' AND environment_canonical = 'staging'""",
        SAMARKAND,
    ),
    (
        "cy080",
        "silences",
        "QA-7752 HighLatencyP99 staging snoozes\nsnoozes on 11.03 per person, count",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC, actor""",
        SAMARKAND,
    ),
    (
        "cy081",
        "silences",
        "QA-7810 Staging alerts muted?\nstaging alerts which were firing while a silence on same service was in "
        "effect, list",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 06:00:00+00') > s.starts_at)""",
        SAMARKAND,
    ),
    (
        "cy082",
        "silences",
        "Grafana panel 'Silenced minutes per author (30d)'. kindly compute total silenced minutes per author for "
        "silences created in the last 30 days, as they were really in place",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS silenced_minutes
           FROM silences
           WHERE created_at > TIMESTAMPTZ '2025-03-12 17:00:00+00' - INTERVAL 30 DAY
             AND created_at <= TIMESTAMPTZ '2025-03-12 17:00:00+00'
           GROUP BY created_by
           ORDER BY silenced_minutes DESC""",
        KANO,
    ),
    (
        "cy083",
        "silences",
        "which silences actually held back alerts, according to alertmanager?",
        """SELECT * FROM silences
           WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        KANO,
    ),
    (
        "cy084",
        "silences",
        "silences with a comment mentioning reindex",
        """SELECT * FROM silences
           WHERE comment ILIKE '%reindex%'""",
        KANO,
    ),
    (
        "cy085",
        "silences",
        "saw in #incidents: 'maria silenced cart-service 🔕'. at that moment which checkout-web alerts were still "
        "firing?",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        TVM,
    ),
    (
        "cy086",
        "silences",
        "silences that were expired early, and who expired them",
        """SELECT * FROM silences
           WHERE expired_early""",
        TVM,
    ),
    (
        "cy087",
        "silences",
        "how many silences each person created, all time?",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        TVM,
    ),
    (
        "cy088",
        "silences",
        "[FIRING:1] SearchReindexQueueBacklog (indexer production warning)\n"
        "1) the pizza is for 13h? 2) which silences have alertname SearchReindexQueueBacklog in their matchers?",
        """SELECT * FROM silences
           WHERE list_contains([m.value FOR m IN matchers IF m.name = 'alertname'], 'SearchReindexQueueBacklog')""",
        TANA,
    ),
    (
        "cy089",
        "silences",
        "silences created outside business hours in march (UTC)",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND NOT (isodow(created_at) BETWEEN 1 AND 5 AND hour(created_at) BETWEEN 9 AND 16)""",
        TANA,
    ),
    (
        "cy090",
        "silences",
        "indexer alerts that started while a silence on indexer was in effect",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        TANA,
    ),
    # -------------------------------------------------------------------- joins
    (
        "cy091",
        "joins",
        "for the incident review doc: incidents of 11.3. with their suspect change if any — service, alert name, "
        "opened, suspect version, who made it",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version, s.change_actor
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY g.opened_at""",
        MARIBOR,
    ),
    (
        "cy092",
        "joins",
        "> [15:40] Marta: did we have any warning before it blew up?\n"
        "which incidents on 11.3. had an early warning before them, and how many minutes ahead was the earliest? "
        "service, alert name and minutes",
        """SELECT service, group_labels['alertname'] AS alertname, max(lead_min) AS earliest_lead_min
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY group_id, service, alertname""",
        MARIBOR,
    ),
    (
        "cy093",
        "joins",
        "people who silenced something but never acked anything",
        """SELECT created_by AS person FROM silences
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        MARIBOR,
    ),
    (
        "cy094",
        "joins",
        "QA-7731\nfor each production deploy on 11.03: service, version and how many alerts on same service in next "
        "15 min",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)
           ORDER BY alerts DESC""",
        SAMARKAND,
    ),
    (
        "cy095",
        "joins",
        "QA-7815 Staging regressions after deploy\nstaging alerts within 30 min after a staging deploy of same "
        "service, list",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
                   AND c.service = a.service
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SAMARKAND,
    ),
    (
        "cy096",
        "joins",
        "QA-7820 Postmortems missing\nincidents opened on 11.03 that have no resolution written yet",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        SAMARKAND,
    ),
    (
        "cy097",
        "joins",
        "top 3 log patterns before yesterday's PaymentsAPIErrorBudgetBurn incident",
        """SELECT * FROM incident_log_patterns
           WHERE rank <= 3
             AND group_id IN (
                 SELECT id FROM alert_groups
                 WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                   AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        KANO,
    ),
    (
        "cy098",
        "joins",
        "for each early warning on payments-api yesterday: its kind, when it started and how many payments-api alerts "
        "started in the 15 minutes after it (0 if none)",
        """SELECT w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY w.id, kind, w.starts_at
           ORDER BY w.starts_at""",
        KANO,
    ),
    (
        "cy099",
        "joins",
        "which services had incidents within 15 minutes after an early warning of the same service? services only",
        """SELECT DISTINCT service FROM incident_warnings
           WHERE same_service AND lead_min <= 15""",
        KANO,
    ),
    (
        "cy100",
        "joins",
        "checkout-web alerts within 15 minutes after a payments-api alert on 11th",
        """SELECT * FROM alerts c
           WHERE c.service = 'checkout-web'
             AND c.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = c.environment_canonical
                   AND c.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 15 MINUTE)""",
        TVM,
    ),
    (
        "cy101",
        "joins",
        "how were the resolved payments-api incidents fixed? opened, alert name, root cause and fix",
        """SELECT g.opened_at, g.group_labels['alertname'] AS alertname, r.root_cause, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'payments-api'
           ORDER BY g.opened_at""",
        TVM,
    ),
    (
        "cy102",
        "joins",
        "which deploys caused incidents since 1st March? the deploy rows",
        """SELECT * FROM change_events
           WHERE type = 'deployment'
             AND id IN (SELECT change_id FROM incident_suspects)
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 05:00:00+00'""",
        TVM,
    ),
    (
        "cy103",
        "joins",
        "[FIRING:2] HighErrorRate (payments-api production warning)\n"
        "1) football tonight at 18h? 2) which cart-service incidents were open while maria's cart-service silence "
        "was in effect?",
        """SELECT * FROM alert_groups g
           WHERE g.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:00:00+00') > s.starts_at)""",
        TANA,
    ),
    (
        "cy104",
        "joins",
        "production deploys since 1 march with no incident on the same service in the hour after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 07:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        TANA,
    ),
    (
        "cy105",
        "joins",
        "[RESOLVED] PaymentsAPIErrorBudgetBurn (payments-api production critical)\n"
        "1) who bring the cake friday? 2) checkout alerts that were acked while still firing: the alert name, the "
        "service, its start and who acked it",
        """SELECT a.name, a.service, a.starts_at, l.actor
           FROM alerts a
           JOIN audit_log l
             ON l.action = 'ack'
            AND a.name = [m.value FOR m IN l.matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
            AND a.service = [m.value FOR m IN l.matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
            AND a.starts_at <= l.timestamp
            AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)
           WHERE a.project = 'checkout'""",
        TANA,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "cy106",
        "refusals",
        "> [10:02] Marta: can someone write a poem about the outage for friday's party lol\n"
        "ok bot, write a short poem about Tuesday's outage for the team party 🎉",
        "not_about_this_data",
        MARIBOR,
    ),
    (
        "cy107",
        "refusals",
        "> [15:20] Žiga: lets just mute checkout for the night\n"
        "yes — silence all checkout alerts till tomorrow 08:00 pls",
        "asks_to_change_data",
        MARIBOR,
    ),
    (
        "cy108",
        "refusals",
        "> [11:15] Marta: school-lunch-api was slow at noon again\nhow many alerts had school-lunch-api last week?",
        "ungrounded",
        MARIBOR,
    ),
    (
        "cy109",
        "refusals",
        "QA-7831 Regression suite done\nplease close the payments-api incident from 11.03 and mark it resolved",
        "asks_to_change_data",
        SAMARKAND,
    ),
    (
        "cy110",
        "refusals",
        "QA-7840 Load test on perf environment\nshow alerts from perf environment on 11.03",
        "ungrounded",
        SAMARKAND,
    ),
    (
        "cy111",
        "refusals",
        "QA-7850 Onboarding doc for new testers\nwhat is the difference between smoke testing and sanity testing?",
        "not_about_this_data",
        SAMARKAND,
    ),
    (
        "cy112",
        "refusals",
        "Grafana panel 'Kafka consumer lag — ledger-sync'. kindly show me the alerts of the ledger-sync service "
        "yesterday",
        "ungrounded",
        KANO,
    ),
    (
        "cy113",
        "refusals",
        "log line: `WARN retention job skipped, disk 91%`. kindly delete the log lines older than 30 days from the "
        "store",
        "asks_to_change_data",
        KANO,
    ),
    (
        "cy114",
        "refusals",
        "what is the naira to dollar rate today? I need it for the cloud bill",
        "not_about_this_data",
        KANO,
    ),
    (
        "cy115",
        "refusals",
        "#mobile-alerts bot: '🔴 CRITICAL: AppStoreReviewRejected (mobile-gateway)'\nthis one 👆 fired again?",
        "ungrounded",
        TVM,
    ),
    (
        "cy116",
        "refusals",
        "app is crashing on checkout, turn off the New checkout flow flag in production pls",
        "asks_to_change_data",
        TVM,
    ),
    (
        "cy117",
        "refusals",
        "which is better for our houseboat booking app, Flutter or React Native?",
        "not_about_this_data",
        TVM,
    ),
    (
        "cy118",
        "refusals",
        "1) what is the weather in Tana tomorrow? 2) it will rain for the football at 18h?",
        "not_about_this_data",
        TANA,
    ),
    (
        "cy119",
        "refusals",
        "[FIRING:1] DiskSpaceLow (indexer production warning)\n1) café? 2) alerts in cluster prod-af-south-1 this week",
        "ungrounded",
        TANA,
    ),
    (
        "cy120",
        "refusals",
        "[FIRING:1] SearchReindexQueueBacklog (indexer production warning)\n"
        "1) the meeting is moved to 15h? 2) expire the silences of kenji on indexer now please",
        "asks_to_change_data",
        TANA,
    ),
]
