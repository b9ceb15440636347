"""The ninety-ninth ask question set: ids dx001..dx120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the questions of any other set,
at the same time as another outside author writing the ninety-eighth set, whose file this author never opened. What the
author read, and nothing else:

- the brief for these sets (``h_set_common.md``) and the short task message that named this set, its ids and its theme;
- ``shared/DESIGN.md``, printed whole, and ``docs/store.md``, printed whole in the same command; the terminal cut the
  middle of store.md (about its lines 95-323), which was printed again by line number (240-480, then 95-240);
- the "Shapes and joins" section of ``docs/ask.md`` alone, taken as the rules for the shape of every gold answer: its
  line range found with ``grep -n '^## '`` (which listed the five section headings and nothing else), printed in two
  pieces (190-310 and 310-424); the terminal cut lines out of both, and those were printed again by line number
  (262-270 and 364-381). The rest of ``docs/ask.md`` was not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast`` (the terminal cut the middle of that docstring, the paragraphs on about the thirty-third to the seventy-fifth
  sets, which were not printed again);
- the module docstrings of the earlier sets (``ast.get_docstring`` of every ``benchmarks/ask_questions_*.py`` present
  but the ninety-eighth's), written to a scratch file and grepped for cities, first languages, personal names and trades
  (counts, and the lines around the hits for Alaska, AKDT, "now-now", Bula, kava, seaplane, "fund admin", betting and
  pledge); the ninety-seventh's was printed whole and the forty-ninth's from its list of what was read to the end of its
  "Conventions", which is followed where a question leaves room;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, its first three lines, the line number of its
  ``ROWS`` and the lines around its module-level now constants (which showed the start of its first two rows), for the
  file's format only;
- the ``[tool.ruff]`` section of ``pyproject.toml`` (line length and rules), to keep this file ruff-clean;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from
  2025-01-02 to 2025-03-12, most of them on Tuesday 11 March UTC, the day of the payments-api v2.14.0 outage);
- the signature of ``signalcraft.copilot.sql_guard.safe`` (its code not read), called on every gold.

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
accepted by the gate and returning at least one row on the store copy. No question was put to ``signalcraft ask`` or
to any parser.

The theme: people who say WHEN in every way people say it. Dates day first ("11/03/2025", "11.03", "Tue 11/3"), month
first ("3/11", "Tues 3/11"), ISO with an offset ("2025-03-11T13:00+01:00"), with and without a weekday, "the 11th",
"Tuesday gone", "the week of 10/3", "the week commencing 10 March 2025", "the fortnight 1–14 March", "1 Jan to Mar 12";
ranges with and without "from"; parts of days ("the small hours of Wed 12/3", "over lunch on the 11th", "the night of
Monday to Tuesday, between 22h and 6h", "8 an' 11 in de morning"); shifts ("my shift last night, 7p-7a Central", "the
Mon night shift", "Tues day shift, 7a-7p"); relative times ("since the last deploy", "the 48 hours before the incident
opened", "the 30 minutes before the rollback went live", "in the 2 hrs after that silence went on"); and clocks named by
city or abbreviation (Suva time / FJT, Bridgetown time / AST, Mauritius time, CET, Central / CDT), including hours and
days counted on those clocks. No earlier docstring names their towns, their names or their trades (grepped: Suva, Fiji,
Bridgetown, Barbados, Port Louis, Mauritius, Kreol, Gibraltar, Llanito, Duluth; Litia, Marlon, Vidya, Joseph, Kayla,
Ravuvu, Brathwaite, Ramsurrun, Sacarello, Hrycak; rugby, rum, distillery, sugar cane, bunkering, radio); a Minnesotan
has spoken once before (a school district's IT coordinator in Minneapolis), none from Duluth or at night. Each asks
three questions in every category (24 each, three of them refusals), in the order below within each category:

- Litia Ravuvu, on-call backend engineer of a rugby union's match-ticketing site in Suva, Fiji (tickets pay through the
  checkout services); Fijian English in lower-case chat ("bula", "vinaka", "isa", "kicked off", "lol", "pls"); zone
  Pacific/Fiji, FJT, UTC+12:00 (no summer time in 2025), so the outage fell in her small hours of Wednesday 12 March;
  she names Suva time or FJT whenever a clock or a day is hers; now Thursday 13 March 08:30 FJT (2025-03-12 20:30 UTC);
- Marlon Brathwaite, release manager of a rum distillery's export web shop in Bridgetown, Barbados; Bajan English
  ("wunna", "de", "dat", "dem", "an'", "fuh", "how much" for how many, "Tuesday gone", "does do", verbs without tense
  marks: "What change", "get blame"), dates day first; zone America/Barbados, AST, UTC-04:00 all year; now Thursday 13
  March 09:00 AST (2025-03-13 13:00 UTC);
- Vidya Ramsurrun, SRE of a sugar-cane growers' payments portal in Port Louis, Mauritius; first languages Mauritian
  Kreol and French, writing English with French habits ("the alerts of", "22h", "16h30", "11.03", "the night of Monday
  to Tuesday", "how much minutes", "which had", "have started"); zone Indian/Mauritius, MUT, UTC+04:00; now Wednesday
  12 March 16:30 MUT (2025-03-12 12:30 UTC);
- Joseph Sacarello, change manager of a ship-bunkering company's order and delivery platform in Gibraltar; British
  English with Llanito words ("oye", "pues", "vale", "listen"), change-ticket stamps in ISO 8601 with their offset,
  dates day first ("11/3"); zone Europe/Gibraltar, which he calls CET, UTC+01:00 (summer time only from 30 March); now
  Friday 14 March 10:00 CET (2025-03-14 09:00 UTC);
- Kayla Hrycak, night on-call (7p-7a Central) of a public radio station's member-donation platform in Duluth,
  Minnesota (donations pay through the checkout services); American English in lower-case chat, month-first dates
  ("3/11", "Tues 3/11"), 12-hour clocks ("8:55pm", "11:58am"), "Central" and "CDT"; zone America/Chicago, CDT,
  UTC-05:00 since 9 March (CST, UTC-06:00, before it); now Wednesday 12 March 07:00 CDT (2025-03-12 12:00 UTC), the end
  of her Tuesday-night shift.

45 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters (dx002,
dx005, dx008, dx011, dx014), five in time (dx018, dx021, dx024, dx027, dx030), five in aggregates (dx032, dx035, dx038,
dx041, dx044), five in top_n (dx047, dx050, dx053, dx056, dx059), five in changes (dx062, dx065, dx068, dx071, dx074),
five in silences (dx077, dx080, dx083, dx086, dx089) and all fifteen joins (dx091..dx105). Not counted: a change or an
alert placed against a shift or a clock (dx013, dx028), the rollback's own request and live reports (dx075). Every gold
returns at least one row.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored. A day, hour or clock said without a zone is UTC; one said with a
  city or an abbreviation is read on that clock and turned into UTC bounds: Suva time / FJT is UTC+12, Bridgetown time
  is UTC-4, Mauritius time is UTC+4, Joseph's CET is Europe/Gibraltar (UTC+1 in March), Central / CDT is America/Chicago
  (UTC-5 from 9 March, UTC-6 before). So "Wed 12/3 Suva time" is ``[2025-03-11 12:00, 2025-03-12 12:00)``; "the small
  hours of Wed 12/3, Suva time (midnight to 6am FJT)" ``[2025-03-11 12:00, 18:00)``; "Tuesday gone, 11/03/2025,
  Bridgetown time" ``[2025-03-11 04:00, 2025-03-12 04:00)``; "between 8 an' 11 in de morning on Tue 11 Mar, Bridgetown
  time" ``[12:00, 15:00)``; "the night of Monday to Tuesday (10→11/03), Mauritius time, between 22h and 6h"
  ``[2025-03-10 18:00, 2025-03-11 02:00)``; "11/03 (Mauritius day)" ``[2025-03-10 20:00, 2025-03-11 20:00)``; "over
  lunch on the 11th, 12:00 to 14:00 our time (CET)" ``[11:00, 13:00)``; "11/3 vs 12/3, both days in CET" are
  ``[2025-03-10 23:00, 2025-03-11 23:00)`` and the day after; "my shift last night, 7p-7a Central (3/11 into 3/12)"
  ``[2025-03-12 00:00, 12:00)``, "the Mon night shift" ``[2025-03-11 00:00, 12:00)``, "Tues day shift, 7a-7p" ``[12:00,
  2025-03-12 00:00)``, "Tues 3/11 Central time" ``[05:00, 2025-03-12 05:00)``; "the week of 3/3, Central time (Mon 3/3
  thru Sun 3/9)" ``[2025-03-03 06:00, 2025-03-10 05:00)`` (the clocks changed inside it). Hours and days "in Suva time",
  "Mauritius hours", "on the Mauritius clock", "Central hours" and "counted in Suva days" are buckets on that wall clock
  (``timezone(zone, ts)``); "UTC hours", "UTC days" are UTC buckets.
- A window includes its start and excludes its end; a period that runs past the asker's now ends at now ("this week",
  "the week of 10/3, Monday to Sunday", "the week commencing 10 March 2025", "March so far", "from 1st Feb till now",
  "this quarter so far (1 Jan to today)", "from 1 March up to now", "March 2025"). Ranges of days include both days
  ("between 10/03 an' 12/03", "between Mon 10/03 an' Wed 12/03", "1 Jan 2025 to 28 Feb 2025 inclusive", "from Jan 1 to
  Mar 12 2025", "the fortnight 1–14 March 2025", "between 1 and 28 February 2025"). "From 2025-03-11T13:00+01:00 to
  2025-03-11T17:00+01:00" is ``[12:00, 16:00)`` UTC. "From Tuesday 11/03 10h (Mauritius time) until now" runs from 06:00
  UTC to now, both ends. "Since the last deploy" runs from the latest live deployment of any service up to now
  (user-profile, 2025-03-11 16:59:45). "Before my shift started (7pm Central, Tues 3/11)" is before 2025-03-12 00:00;
  "before 12/03 in Mauritius" before 2025-03-11 20:00. A thing is in a window by its own time (an alert's ``starts_at``,
  a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a snooze's ``timestamp``, a
  warning's ``starts_at``, a log line's ``timestamp``; "silences expiring" by ``ends_at``, "alerts which ended" by
  ``ends_at``). "Still open / still firing / active / muted at" a moment is the state at that instant ("8am this morning
  FJT, Thu 13 March" 2025-03-12 20:00; "16h30 today, Mauritius time" 12:30; "15:45 CET on Tuesday the 11th" 14:45; "3am
  Suva time on Wed 12/3" 2025-03-11 15:00; "3am Central this morning" 2025-03-12 08:00); "was going at some point
  between 9:30 and 10am Central" shares a moment with ``[14:30, 15:00)``.
- Kinds and shapes as in the forty-ninth set: alerts are the ``alerts`` view's rows (every column for a list); incidents
  ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until the asker's now while it is NULL);
  silences the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at`` ("really in place" is that span, "as dem was scheduled" / "set for" is ``starts_at`` to ``ends_at``);
  snoozes the ``audit_log`` rows of ``action = 'snooze'``; changes their ``phase = 'live'`` reports (deploys ``type =
  'deployment'``, so the auth-api v4.2.1 production deploy reported by two tools is two rows; "everything, not only
  deploys" and "what changed" every type, scale events included; "the deployments in the requested phase" ``phase =
  'requested'``); a version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version``
  in ``incident_suspects``), "live in prod right now" the version of the last live deployment or rollback. "When did the
  last deploy go out" and "when indexer was deployed the last time" are the deploy's row; "what time did the first
  payments-api alert start" and "de earliest an' de latest alert start" the times alone. "Humans (not argocd, not the
  deployment-controller)" leave out ``argocd (automated)`` and ``deployment-controller``; "de bots an' all" keeps them.
  People are as stored and named with ``ILIKE`` ("Maria", "kenji", "jonas", "Lucie"). "The checkout project" is
  ``project = 'checkout'``.
- Named moments are read from the store: "v2.14.0 went live in prod" is its live production deployment (14:31:22); "the
  rollback of payments-api went live on the 11.03" its live rollback (14:56:37); "the first payments-api alert on de
  11th" 14:35:54; "the first PaymentsAPIErrorBudgetBurn alert of 11/03" 14:42:48; the "PaymentsAPIErrorBudgetBurn
  incident of 11/3" its first group (same time); "the checkout-web 'payment step returned 503' alert" the alert whose
  name says so (14:44:24); "the DiskSpaceLow alert that started 11:58am Central on Tues 3/11" the one that started in
  that minute (16:58:44 UTC); "the New checkout flow flag went on in prod" its live production flag change; "that 8:55pm
  silence ... Tues night (3/11, Central)" the indexer silence created at 2025-03-12 01:55:38 and "the one he put on
  8:55pm Central Mon 3/10" kenji's nightly reindex silence of 2025-03-11 01:55:09; "Maria silence" / "her silence on
  cart-service" the only silence pinning cart-service; "auth-api v4.2.2 went out" its live staging deployment.
- Relations meet on service and canonical environment (``alerts.environment_canonical`` against the change's or
  incident's ``environment``): "within N min after" a change is ``[t, t + N]`` ("a quarter of an hour" 15, "within the
  hour" 60, "in de 30 minutes after" 30), "15 minutes either side" ``[t - 15, t + 15]``; "in the hour / the 20 min / the
  30 minutes before" an alert or a rollback is ``[t - N, t]`` over the live changes (or alerts) of production, any
  service ("All services", "any service"); "the 48 hours before the ... incident opened" ``[t - 48 h, t]`` over
  production deploys; "the 2 hrs after that silence went on" ``[created_at, created_at + 2 h]`` on the silence's service
  and environment; "in the 4 hours after the flag went on ... any service" ``[t, t + 4 h]`` over every alert; "early
  warnings in the hour before the first payments-api alert" every warning whose ``starts_at`` is in ``[t - 60 min, t]``,
  counted per ``labels['service']``. A silence meets the other side on its service and, when it pins one, its
  environment: alerts "firing while a silence was on / in effect" share a moment with its span (start included, end
  excluded); silences "created during / while an incident on the same service was (still) open" have ``created_at``
  inside ``[opened_at, resolved_at or now]``, ends included; silences "made within a hour after a alert on de same
  service start" have ``created_at`` in ``[starts_at, starts_at + 60 min]``; "staging silences in effect when auth-api
  v4.2.2 went out" the ``environment = 'staging'`` silences active at that deploy's moment. Changes "while an incident
  on the same service was open" (dx011) and "on payments-api ... while a payments-api incident was open" (dx068) have
  their time inside the span of such an incident of their environment, ends included. "Had a suspect change" is a row in
  ``incident_suspects``, "NO suspect change" none; "whose deploys get blame as de suspect" counts distinct incidents per
  ``change_actor`` of suspect deployments; "had an early warning before them" is a row in ``incident_warnings``,
  "without any early warning" none; "the early warnings before each incident" every column of ``incident_warnings``;
  "for each incident ... which had early warnings: ..., the number of warnings and how much minutes ahead the earliest
  one was" one row per incident with ``count(*)`` and ``max(lead_min)``. "Alertmanager say really mute something" is a
  silence named in some ``alert_mutes.silenced_by``; "how many alerts did alertmanager actually hold back under silences
  jonas created" counts the ``alert_mutes`` rows whose ``silenced_by`` names one of his. "For each / every / fuh every
  ... how many" is one row per thing with a ``LEFT JOIN`` count, 0 included.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones,
  incidents "from opened to resolved" of the resolved ones); "how long was payments-api down on Tuesday 11/03,
  Bridgetown time" runs from the first start to the last end of that day's payments-api alerts; "total of minutes
  silenced per author ... like they were really in place" sums each silence's real span, "total hours o' silence per
  author, as dem was scheduled" its scheduled span in hours; "how much minutes after X did Y" and "how many minutes
  between X and the first Y after it" are the minutes from one moment to the other; "how many minutes did the rollback
  take from being requested to going live" from its ``requested`` report to its ``live`` one. Percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects; "on average how many alerts ... after each prod
  deploy, count the deploys with none as 0" the mean of the per-deploy counts; "max alerts in a single hour" the largest
  per-hour count; "per day", "per hour" counts per bucket, most first. "Number of alerts on 11/3 vs 12/3, ... just the
  two counts" is one row with both counts.
- Top-N answers ``value, count`` (or ``value, average``) most first, ties by the value, and no tie crosses an N asked
  (dx059's second and third tie with each other at 2, the fourth has 1; dx052's second and third tie at 6, the fourth
  has 5). "Which day o' de week" is ``dayname`` of the UTC start; "which 3 hours of the day on the Mauritius clock" the
  hour on that clock (0–23); "top 2 hours ... hours in Central" the hour buckets on that clock. "The 3 longest alerts
  which ended on 11/03: name, service and the minutes" are those three columns. "Rank the people by ..." lists every
  person, most first.
- Refusals: the service "ticket-scanner", the "uat" environment, the person "vramsurrun", the cluster "prod-eu-west-3"
  (the store has prod-eu-west-1 and staging-eu-west-1) and the service "donor-api" are ungrounded; a rugby kickoff time,
  a sunset time, the time difference between Mauritius and Réunion, the date Gibraltar's clocks go forward and an
  overtime rate are not about this data; snoozing the DiskSpaceLow alerts, deleting staging alerts, extending a silence,
  creating a recurring silence and marking an incident resolved ask to change the data.
"""

LITIA = "2025-03-12T20:30:00+00:00"
MARLON = "2025-03-13T13:00:00+00:00"
VIDYA = "2025-03-12T12:30:00+00:00"
JOSEPH = "2025-03-14T09:00:00+00:00"
KAYLA = "2025-03-12T12:00:00+00:00"

ROWS = [
    # filters
    (
        "dx001",
        "filters",
        "Bula! which alerts kicked off on checkout-web in the small hours of Wed 12/3, Suva time (midnight to"
        " 6am FJT)? i slept through the whole thing lol",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'""",
        LITIA,
    ),
    (
        "dx002",
        "filters",
        "vinaka. now pls list the payments-api alerts that started within 15 min after v2.14.0 went live in "
        "prod (that was 2.31am Wednesday our time)",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND summary LIKE '%v2.14.0%')
                 AND (SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND summary LIKE '%v2.14.0%') + INTERVAL 15 MINUTE""",
        LITIA,
    ),
    (
        "dx003",
        "filters",
        "isa, which incidents were still open at 8am this morning FJT, Thu 13 March?",
        """SELECT * FROM alert_groups
           WHERE opened_at <= TIMESTAMPTZ '2025-03-12 20:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-12 20:00:00+00')""",
        LITIA,
    ),
    (
        "dx004",
        "filters",
        "Wunna show me de critical alerts from Tuesday gone, 11/03/2025, Bridgetown time.",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 04:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 04:00:00+00'""",
        MARLON,
    ),
    (
        "dx005",
        "filters",
        "Which alerts was firing on cart-service while Maria silence was on, Tuesday 11th March?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.created_by ILIKE '%maria%' AND s.service = 'cart-service'
                   AND s.created_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                   AND s.created_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                   AND (s.environment IS NULL OR s.environment = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        MARLON,
    ),
    (
        "dx006",
        "filters",
        "Show me de deploys to production between 8 an' 11 in de morning on Tue 11 Mar, Bridgetown time (AST).",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        MARLON,
    ),
    (
        "dx007",
        "filters",
        "Good afternoon. Please give the alerts of the night of Monday to Tuesday (10→11/03), Mauritius time,"
        " between 22h and 6h.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 02:00:00+00'""",
        VIDYA,
    ),
    (
        "dx008",
        "filters",
        "Which production alerts have started in the 30 minutes before the rollback of payments-api went live"
        " on the 11.03? All services.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                      AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        VIDYA,
    ),
    (
        "dx009",
        "filters",
        "Which warning alerts are still firing at 16h30 today, Mauritius time?",
        """SELECT * FROM alerts
           WHERE severity = 'warning'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 12:30:00+00')""",
        VIDYA,
    ),
    (
        "dx010",
        "filters",
        "Oye, the config changes in prod for the week of 10/3 please, Monday to Sunday, CET.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-09 23:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx011",
        "filters",
        "Listen, which changes went live in production over lunch on the 11th, 12:00 to 14:00 our time (CET),"
        " while an incident on the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))""",
        JOSEPH,
    ),
    (
        "dx012",
        "filters",
        "Pues, give me the snoozes taken between 01:00 and 02:00 CET on Tue 11/3.",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 01:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx013",
        "filters",
        "alerts from my shift last night pls, 7p-7a Central (3/11 into 3/12)",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        KAYLA,
    ),
    (
        "dx014",
        "filters",
        "did anything alert on indexer in the 2 hrs after that 8:55pm silence went on Tues night (3/11, Central)?",
        """SELECT * FROM alerts
           WHERE service = 'indexer' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(created_at) FROM silences
                                    WHERE service = 'indexer'
                                      AND created_at >= TIMESTAMPTZ '2025-03-12 01:55:00+00'
                                      AND created_at < TIMESTAMPTZ '2025-03-12 01:56:00+00')
                               AND (SELECT min(created_at) FROM silences
                                    WHERE service = 'indexer'
                                      AND created_at >= TIMESTAMPTZ '2025-03-12 01:55:00+00'
                                      AND created_at < TIMESTAMPTZ '2025-03-12 01:56:00+00') + INTERVAL 2 HOUR""",
        KAYLA,
    ),
    (
        "dx015",
        "filters",
        "show me every alert that was going at some point between 9:30 and 10am Central on Tues 3/11",
        """SELECT * FROM alerts
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:30:00+00')""",
        KAYLA,
    ),
    # time
    (
        "dx016",
        "time",
        "what time did the first payments-api alert start on Wednesday 12 March, Suva time?",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        LITIA,
    ),
    (
        "dx017",
        "time",
        "alerts per hour from midnight to 6am FJT on 12/3, with the hours in Suva time pls",
        """SELECT date_trunc('hour', timezone('Pacific/Fiji', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        LITIA,
    ),
    (
        "dx018",
        "time",
        "how many minutes between payments-api v2.14.0 going live in prod and the first checkout-web alert after it?",
        """SELECT round((epoch(min(starts_at)) - epoch((SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND summary LIKE '%v2.14.0%'))) / 60, 1) AS minutes
           FROM alerts
           WHERE service = 'checkout-web' AND starts_at >= (SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND summary LIKE '%v2.14.0%')""",
        LITIA,
    ),
    (
        "dx019",
        "time",
        "How long was payments-api down on Tuesday 11/03, Bridgetown time? In minutes.",
        """SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 13:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1)
               AS minutes_down
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 04:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 04:00:00+00'""",
        MARLON,
    ),
    (
        "dx020",
        "time",
        "De earliest an' de latest alert start on Wed 12 March, UTC?",
        """SELECT min(starts_at) AS earliest, max(starts_at) AS latest FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        MARLON,
    ),
    (
        "dx021",
        "time",
        "What change in de hour before de first payments-api alert on de 11th?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        MARLON,
    ),
    (
        "dx022",
        "time",
        "On 11/03, in Mauritius hours, at what hour there was the most alerts? The hour and how many.",
        """SELECT date_trunc('hour', timezone('Indian/Mauritius', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 20:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        VIDYA,
    ),
    (
        "dx023",
        "time",
        "How many alerts we had from Tuesday 11/03 10h (Mauritius time) until now?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'""",
        VIDYA,
    ),
    (
        "dx024",
        "time",
        "How much minutes after the first PaymentsAPIErrorBudgetBurn alert of 11/03 did Maria put her silence"
        " on cart-service?",
        """SELECT round((epoch((SELECT min(created_at) FROM silences
                                 WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))
                         - epoch((SELECT min(starts_at) FROM alerts
                                  WHERE name = 'PaymentsAPIErrorBudgetBurn'
                                    AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                    AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'))) / 60, 1) AS minutes""",
        VIDYA,
    ),
    (
        "dx025",
        "time",
        "What was firing at 15:45 CET on Tuesday the 11th?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        JOSEPH,
    ),
    (
        "dx026",
        "time",
        "From 2025-03-11T13:00+01:00 to 2025-03-11T17:00+01:00, how many alerts started per hour? UTC hours are fine.",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        JOSEPH,
    ),
    (
        "dx027",
        "time",
        "Vale, which payments-api alerts were still firing at the moment the payments-api rollback went live on 11/3?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND (ends_at IS NULL OR ends_at > (SELECT min(timestamp) FROM change_events
                                                WHERE type = 'rollback' AND phase = 'live'
                                                  AND service = 'payments-api'
                                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                                  AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'))""",
        JOSEPH,
    ),
    (
        "dx028",
        "time",
        "when did the last deploy go out before my shift started (7pm Central, Tues 3/11)?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        KAYLA,
    ),
    (
        "dx029",
        "time",
        "alerts per hour on my shift 3/11-3/12, 7p to 7a CDT. Central hours please, not UTC",
        """SELECT date_trunc('hour', timezone('America/Chicago', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        KAYLA,
    ),
    (
        "dx030",
        "time",
        "since the last deploy, how many alerts have fired?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= (SELECT max(timestamp) FROM change_events
                               WHERE type = 'deployment' AND phase = 'live'
                                 AND timestamp <= TIMESTAMPTZ '2025-03-12 12:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        KAYLA,
    ),
    # aggregates
    (
        "dx031",
        "aggregates",
        "how many alerts per day this week (Mon 10 to Sun 16 March), counted in Suva days?",
        """SELECT CAST(timezone('Pacific/Fiji', starts_at) AS DATE) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-09 12:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 20:30:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        LITIA,
    ),
    (
        "dx032",
        "aggregates",
        "on average how many alerts came in the 30 min after each prod deploy on 11 March (UTC day)? count "
        "the deploys with none as 0",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT d.id, count(a.starts_at) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
               WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                 AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY d.id)""",
        LITIA,
    ),
    (
        "dx033",
        "aggregates",
        "median time to resolve, in minutes, for the alerts that started on Wed 12/3 Suva time?",
        """SELECT round(median((epoch(ends_at) - epoch(starts_at)) / 60), 1) AS median_minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        LITIA,
    ),
    (
        "dx034",
        "aggregates",
        "How much deploys per day we had between 10/03 an' 12/03? UTC days does do.",
        """SELECT date_trunc('day', timestamp) AS day, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY day
           ORDER BY deploys DESC, day""",
        MARLON,
    ),
    (
        "dx035",
        "aggregates",
        "What share o' de incidents dat open on Tuesday 11/03 (UTC) had a suspect change? Percentage.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects)) / count(*), 1)
               AS pct_with_suspect
           FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARLON,
    ),
    (
        "dx036",
        "aggregates",
        "Average alert duration in minutes fuh de checkout project, 11 March 2025.",
        """SELECT round(avg((epoch(ends_at) - epoch(starts_at)) / 60), 1) AS avg_minutes FROM alerts
           WHERE project = 'checkout' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        MARLON,
    ),
    (
        "dx037",
        "aggregates",
        "Total of minutes silenced per author for the silences created in February 2025, like they were "
        "really in place.",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY created_by
           ORDER BY minutes DESC, created_by""",
        VIDYA,
    ),
    (
        "dx038",
        "aggregates",
        "For each prod deploy of 11/03: the service, the version, the time and how many alerts on the same "
        "service in the 15 minutes after.",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp,
                  count(a.starts_at) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY d.id, d.service, d.details, d.version, d.timestamp""",
        VIDYA,
    ),
    (
        "dx039",
        "aggregates",
        "Average duration of the snoozes, in minutes, for the snoozes between 11/03 00h and 12/03 00h Mauritius time.",
        """SELECT round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 20:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 20:00:00+00'""",
        VIDYA,
    ),
    (
        "dx040",
        "aggregates",
        "Number of alerts on 11/3 vs 12/3, both days in CET. Just the two counts.",
        """SELECT count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 23:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-11 23:00:00+00') AS alerts_11_march,
                  count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 23:00:00+00'
                                     AND starts_at < TIMESTAMPTZ '2025-03-12 23:00:00+00') AS alerts_12_march
           FROM alerts""",
        JOSEPH,
    ),
    (
        "dx041",
        "aggregates",
        "What percentage of the production deployments since 1 March were followed by an alert on the same "
        "service within 15 minutes?",
        """SELECT round(100.0 * sum(CASE WHEN EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = d.service AND a.environment_canonical = d.environment
                        AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
                  THEN 1 ELSE 0 END) / count(*), 1) AS pct_followed
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND d.timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx042",
        "aggregates",
        "Average minutes from opened to resolved for the incidents opened in the fortnight 1–14 March 2025.",
        """SELECT round(avg((epoch(resolved_at) - epoch(opened_at)) / 60), 1) AS avg_minutes FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-15 00:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx043",
        "aggregates",
        "how many error log lines did payments-api throw between 9:30 and 10:15am Central on Tues 3/11?",
        """SELECT count(*) AS error_lines FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:15:00+00'""",
        KAYLA,
    ),
    (
        "dx044",
        "aggregates",
        "how many incidents that opened between 7am and 7pm Central on 3/11 had an early warning before them?",
        """SELECT count(DISTINCT group_id) AS incidents FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KAYLA,
    ),
    (
        "dx045",
        "aggregates",
        "max alerts in a single hour on 3/11, UTC hours",
        """SELECT max(n) AS max_alerts_per_hour FROM (
               SELECT date_trunc('hour', starts_at) AS h, count(*) AS n FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
               GROUP BY h)""",
        KAYLA,
    ),
    # top_n
    (
        "dx046",
        "top_n",
        "top 3 services by alerts on Wed 12/3 Suva time?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        LITIA,
    ),
    (
        "dx047",
        "top_n",
        "which service had the most alerts in the 4 hours after the New checkout flow flag went on in prod? "
        "any service",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE a.starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                      WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                        AND summary ILIKE '%New checkout flow%')
                                 AND (SELECT min(timestamp) FROM change_events
                                      WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                        AND summary ILIKE '%New checkout flow%') + INTERVAL 4 HOUR
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        LITIA,
    ),
    (
        "dx048",
        "top_n",
        "top 2 alert names from 1 March up to now?",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 20:30:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        LITIA,
    ),
    (
        "dx049",
        "top_n",
        "Who make de most live changes in Feb 2025, de bots an' all? Top 3.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 3""",
        MARLON,
    ),
    (
        "dx050",
        "top_n",
        "Whose deploys get blame as de suspect fuh de most incidents, all time? Top 2.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 2""",
        MARLON,
    ),
    (
        "dx051",
        "top_n",
        "Which day o' de week does get de most alerts? All time, UTC.",
        """SELECT dayname(starts_at) AS weekday, count(*) AS alerts FROM alerts
           GROUP BY weekday
           ORDER BY alerts DESC, weekday
           LIMIT 1""",
        MARLON,
    ),
    (
        "dx052",
        "top_n",
        "Which 3 hours of the day on the Mauritius clock have the most alerts, over all the data?",
        """SELECT hour(timezone('Indian/Mauritius', starts_at)) AS hour_of_day, count(*) AS alerts FROM alerts
           GROUP BY hour_of_day
           ORDER BY alerts DESC, hour_of_day
           LIMIT 3""",
        VIDYA,
    ),
    (
        "dx053",
        "top_n",
        "Which service had the most early warnings in the hour before the first payments-api alert of 11/03?",
        """SELECT labels['service'] AS service, count(*) AS warnings FROM warnings
           WHERE starts_at BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')
           GROUP BY service
           ORDER BY warnings DESC, service
           LIMIT 1""",
        VIDYA,
    ),
    (
        "dx054",
        "top_n",
        "The 3 longest alerts which ended on 11/03 (UTC): name, service and the minutes.",
        """SELECT name, service, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM alerts
           WHERE ends_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        VIDYA,
    ),
    (
        "dx055",
        "top_n",
        "Top 4 alert names by number of alerts, 1 Jan 2025 to 28 Feb 2025 inclusive.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 4""",
        JOSEPH,
    ),
    (
        "dx056",
        "top_n",
        "Rank the people by how many silences they created while an incident on the same service was still open.",
        """SELECT s.created_by, count(*) AS silences FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR s.environment = g.environment)
                 AND s.created_at >= g.opened_at
                 AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00'))
           GROUP BY s.created_by
           ORDER BY silences DESC, s.created_by""",
        JOSEPH,
    ),
    (
        "dx057",
        "top_n",
        "Which 2 services had the longest average alert duration this quarter so far (1 Jan to today)?",
        """SELECT service, round(avg((epoch(ends_at) - epoch(starts_at)) / 60), 1) AS avg_minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 2""",
        JOSEPH,
    ),
    (
        "dx058",
        "top_n",
        "top 2 hours by alerts on Tues 3/11 Central time, hours in Central",
        """SELECT date_trunc('hour', timezone('America/Chicago', starts_at)) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 05:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 05:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 2""",
        KAYLA,
    ),
    (
        "dx059",
        "top_n",
        "which 3 services got the most alerts within 15 min after one of their own deploys? all time",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events d
               WHERE d.type = 'deployment' AND d.phase = 'live'
                 AND d.service = a.service AND d.environment = a.environment_canonical
                 AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 3""",
        KAYLA,
    ),
    (
        "dx060",
        "top_n",
        "who acked the most alerts in Feb? just the top person",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        KAYLA,
    ),
    # changes
    (
        "dx061",
        "changes",
        "what went out to prod on Wed 12/3 Suva time? everything, not only deploys",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        LITIA,
    ),
    (
        "dx062",
        "changes",
        "which changes landed in the 20 min before the checkout-web 'payment step returned 503' alert kicked off?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name ILIKE '%payment step returned 503%') - INTERVAL 20 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name ILIKE '%payment step returned 503%')""",
        LITIA,
    ),
    (
        "dx063",
        "changes",
        "who rolled things back, and when? all the rollbacks we have",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           ORDER BY timestamp""",
        LITIA,
    ),
    (
        "dx064",
        "changes",
        "Which version o' payments-api live in prod right now?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        MARLON,
    ),
    (
        "dx065",
        "changes",
        "De deploys on Tuesday 11/03 (UTC) dat had no alert on de same service in de 30 minutes after dem.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        MARLON,
    ),
    (
        "dx066",
        "changes",
        "Every flag flip from 1st Feb till now: de summary, who do it an' when.",
        """SELECT summary, actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 13:00:00+00'
           ORDER BY timestamp""",
        MARLON,
    ),
    (
        "dx067",
        "changes",
        "Please list the deployments in the requested phase on 11.03 (UTC day).",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'requested'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        VIDYA,
    ),
    (
        "dx068",
        "changes",
        "Which changes on payments-api were done while a payments-api incident was open, on 11/03?",
        """SELECT * FROM change_events c
           WHERE c.service = 'payments-api' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = 'payments-api' AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 12:30:00+00'))""",
        VIDYA,
    ),
    (
        "dx069",
        "changes",
        "When indexer was deployed the last time before 12/03 in Mauritius (so before midnight of the 11 our time)?",
        """SELECT * FROM change_events
           WHERE service = 'indexer' AND type = 'deployment' AND phase = 'live'
             AND timestamp < TIMESTAMPTZ '2025-03-11 20:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        VIDYA,
    ),
    (
        "dx070",
        "changes",
        "Changes made by humans (not argocd, not the deployment-controller) in production on Tue 11/3 between"
        " 10:00 and 16:00 CET.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx071",
        "changes",
        "Which production deploys were followed by a critical alert on the same service within the hour? All "
        "of them, since records began.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 1 HOUR)""",
        JOSEPH,
    ),
    (
        "dx072",
        "changes",
        "What versions of auth-api went out to staging in the week commencing 10 March 2025?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx073",
        "changes",
        "what changed during the Mon night shift, 7p Central 3/10 to 7a Central 3/11?",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        KAYLA,
    ),
    (
        "dx074",
        "changes",
        "what changed in the hour before the DiskSpaceLow alert that started 11:58am Central on Tues 3/11?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00') - INTERVAL 1 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00')""",
        KAYLA,
    ),
    (
        "dx075",
        "changes",
        "how many minutes did the payments-api rollback on 3/11 take from being requested to going live?",
        """SELECT round((epoch(max(timestamp) FILTER (WHERE phase = 'live'))
                         - epoch(min(timestamp) FILTER (WHERE phase = 'requested'))) / 60, 1) AS minutes
           FROM change_events
           WHERE type = 'rollback' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        KAYLA,
    ),
    # silences
    (
        "dx076",
        "silences",
        "which silences were active at 3am Suva time on Wed 12/3?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        LITIA,
    ),
    (
        "dx077",
        "silences",
        "silences created during an incident on the same service, March so far",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-12 20:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR s.environment = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 20:30:00+00'))""",
        LITIA,
    ),
    (
        "dx078",
        "silences",
        "how long was each of kenji's nightly reindex silences set for? silence id, when it started and the minutes",
        """SELECT silence_id, starts_at, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM silences
           WHERE created_by ILIKE '%kenji%' AND comment ILIKE '%nightly reindex%'""",
        LITIA,
    ),
    (
        "dx079",
        "silences",
        "Who put on silences between Mon 10/03 an' Wed 12/03, an' when?",
        """SELECT created_by, created_at FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           ORDER BY created_at""",
        MARLON,
    ),
    (
        "dx080",
        "silences",
        "Which silences from March 2025 Alertmanager say really mute something?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 13:00:00+00'
             AND silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)""",
        MARLON,
    ),
    (
        "dx081",
        "silences",
        "Total hours o' silence per author, as dem was scheduled, fuh silences made from Jan 1 to Mar 12 2025.",
        """SELECT created_by, round(sum(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           GROUP BY created_by
           ORDER BY hours DESC, created_by""",
        MARLON,
    ),
    (
        "dx082",
        "silences",
        "Which silences are expiring between 12h and 14h today, Mauritius time?",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        VIDYA,
    ),
    (
        "dx083",
        "silences",
        "Which alerts of indexer started in March and were firing while a silence on indexer was in effect?",
        """SELECT * FROM alerts a
           WHERE a.service = 'indexer'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 12:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'indexer'
                   AND (s.environment IS NULL OR s.environment = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        VIDYA,
    ),
    (
        "dx084",
        "silences",
        "The silences of Lucie: the comment and how much minutes each was really in place.",
        """SELECT comment,
                  round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                      AS minutes
           FROM silences
           WHERE created_by ILIKE '%lucie%'""",
        VIDYA,
    ),
    (
        "dx085",
        "silences",
        "Which silences were created outside business hours, Monday to Friday 09:00–17:00 our time (CET)?",
        """SELECT * FROM silences
           WHERE NOT (isodow(timezone('Europe/Gibraltar', created_at)) BETWEEN 1 AND 5
                      AND hour(timezone('Europe/Gibraltar', created_at)) BETWEEN 9 AND 16)""",
        JOSEPH,
    ),
    (
        "dx086",
        "silences",
        "Which staging silences were in effect when auth-api v4.2.2 went out?",
        """SELECT * FROM silences
           WHERE environment = 'staging'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'
                                 AND coalesce(details['ref'], version) = 'v4.2.2')
             AND ends_at > (SELECT min(timestamp) FROM change_events
                            WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'
                              AND coalesce(details['ref'], version) = 'v4.2.2')
             AND (expired_at IS NULL OR expired_at > (SELECT min(timestamp) FROM change_events
                                                      WHERE service = 'auth-api' AND type = 'deployment'
                                                        AND phase = 'live'
                                                        AND coalesce(details['ref'], version) = 'v4.2.2'))""",
        JOSEPH,
    ),
    (
        "dx087",
        "silences",
        "Silences with a comment mentioning reindex, created between 1 and 28 February 2025.",
        """SELECT * FROM silences
           WHERE comment ILIKE '%reindex%'
             AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx088",
        "silences",
        "what was muted at 3am Central this morning (Wed 3/12)?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        KAYLA,
    ),
    (
        "dx089",
        "silences",
        "how many alerts did alertmanager actually hold back under silences jonas created? all time",
        """SELECT count(*) AS muted_alerts FROM alert_mutes m
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.created_by ILIKE '%jonas%' AND list_contains(m.silenced_by, s.silence_id))""",
        KAYLA,
    ),
    (
        "dx090",
        "silences",
        "list the silences people made the week of 3/3, Central time (Mon 3/3 thru Sun 3/9)",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-03 06:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-10 05:00:00+00'""",
        KAYLA,
    ),
    # joins
    (
        "dx091",
        "joins",
        "incidents that opened on Wed 12/3 Suva time with their suspect change: service, alert name, opened, "
        "suspect version",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS suspect_version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 12:00:00+00'""",
        LITIA,
    ),
    (
        "dx092",
        "joins",
        "for each early warning on payments-api in the small hours of Wed 12/3 Suva time (midnight-6am FJT): "
        "its name, when it started and how many payments-api alerts came in the 15 min after it",
        """SELECT w.labels['alertname'] AS warning, w.starts_at, count(a.starts_at) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api'
             AND w.starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-11 18:00:00+00'
           GROUP BY w.id, w.labels['alertname'], w.starts_at""",
        LITIA,
    ),
    (
        "dx093",
        "joins",
        "which alerts fired within a quarter of an hour after a flag change on the same service? all time",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LITIA,
    ),
    (
        "dx094",
        "joins",
        "De incidents on Tuesday 11/03 Bridgetown time dat had NO suspect change.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 04:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 04:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        MARLON,
    ),
    (
        "dx095",
        "joins",
        "Which silences was made within a hour after a alert on de same service start, in March?",
        """SELECT * FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-13 13:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = s.service
                   AND (s.environment IS NULL OR s.environment = a.environment_canonical)
                   AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 1 HOUR)""",
        MARLON,
    ),
    (
        "dx096",
        "joins",
        "Fuh every rollback: de service, when it went live an' how much alerts on dat service in de 30 minutes after.",
        """SELECT r.service, r.timestamp AS live_at, count(a.starts_at) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp AND r.timestamp + INTERVAL 30 MINUTE
           WHERE r.type = 'rollback' AND r.phase = 'live'
           GROUP BY r.id, r.service, r.timestamp""",
        MARLON,
    ),
    (
        "dx097",
        "joins",
        "Which deploys of 11/03 (Mauritius day) were followed in 15 minutes by an alert on the same service? "
        "Service, version, time.",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 20:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        VIDYA,
    ),
    (
        "dx098",
        "joins",
        "The incidents without any early warning before them, opened on 11/03 between 18h and 19h Mauritius time.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        VIDYA,
    ),
    (
        "dx099",
        "joins",
        "For each incident of 11/03 (UTC) which had early warnings: service, alert name, opened, the number "
        "of warnings and how much minutes ahead the earliest one was.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, count(*) AS warnings,
                  max(lead_min) AS earliest_lead_min
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY group_id, service, group_labels['alertname'], opened_at""",
        VIDYA,
    ),
    (
        "dx100",
        "joins",
        "Silences created while an incident on the same service was open, this quarter so far: silence id, "
        "author, the incident's alert name and when it opened.",
        """SELECT s.silence_id, s.created_by, g.group_labels['alertname'] AS alertname, g.opened_at
           FROM silences s
           JOIN alert_groups g
             ON g.service = s.service
            AND (s.environment IS NULL OR s.environment = g.environment)
            AND s.created_at >= g.opened_at
            AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 09:00:00+00')
           WHERE s.created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-14 09:00:00+00'""",
        JOSEPH,
    ),
    (
        "dx101",
        "joins",
        "Who deployed to production in the 48 hours before the PaymentsAPIErrorBudgetBurn incident of 11/3 "
        "opened? Names only.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(opened_at) FROM alert_groups
                                    WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 48 HOUR
                               AND (SELECT min(opened_at) FROM alert_groups
                                    WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        JOSEPH,
    ),
    (
        "dx102",
        "joins",
        "For each config change in production: its summary, when, and how many alerts on the same service "
        "started within 15 minutes either side of it.",
        """SELECT c.summary, c.timestamp, count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp - INTERVAL 15 MINUTE AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'config_update' AND c.phase = 'live' AND c.environment = 'production'
           GROUP BY c.id, c.summary, c.timestamp""",
        JOSEPH,
    ),
    (
        "dx103",
        "joins",
        "which services got paged within 15 min of one of their own deploys during Tues day shift, 7a-7p Central 3/11?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = a.service AND d.environment = a.environment_canonical
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        KAYLA,
    ),
    (
        "dx104",
        "joins",
        "early warnings before each incident that opened on the Mon night shift (7p 3/10 to 7a 3/11 Central),"
        " all of it",
        """SELECT * FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        KAYLA,
    ),
    (
        "dx105",
        "joins",
        "alerts that were firing on indexer during kenji's nightly reindex silence, the one he put on 8:55pm "
        "Central Mon 3/10",
        """SELECT a.* FROM alerts a
           JOIN silences s
             ON s.created_by ILIKE '%kenji%' AND s.comment ILIKE '%nightly reindex%'
            AND s.created_at >= TIMESTAMPTZ '2025-03-11 01:55:00+00'
            AND s.created_at < TIMESTAMPTZ '2025-03-11 01:56:00+00'
           WHERE a.service = 'indexer'
             AND (s.environment IS NULL OR s.environment = a.environment_canonical)
             AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
             AND (a.ends_at IS NULL OR a.ends_at > s.starts_at)""",
        KAYLA,
    ),
    # refusals
    (
        "dx106",
        "refusals",
        "any alerts on ticket-scanner on Wed 12/3 Suva time? the gate scanners at the stadium were slow",
        "ungrounded",
        LITIA,
    ),
    (
        "dx107",
        "refusals",
        "what time is kickoff for Fiji v Tonga this Saturday, in Suva time?",
        "not_about_this_data",
        LITIA,
    ),
    (
        "dx108",
        "refusals",
        "pls snooze the indexer DiskSpaceLow alerts till 6am Suva time tomorrow",
        "asks_to_change_data",
        LITIA,
    ),
    (
        "dx109",
        "refusals",
        "What time de sun setting in Bridgetown on 20/03?",
        "not_about_this_data",
        MARLON,
    ),
    (
        "dx110",
        "refusals",
        "Show me de alerts in de uat environment on 11/03/2025, Bridgetown time.",
        "ungrounded",
        MARLON,
    ),
    (
        "dx111",
        "refusals",
        "Delete de staging alerts from 11/03 before 9 in de morning Bridgetown time, dem is just noise.",
        "asks_to_change_data",
        MARLON,
    ),
    (
        "dx112",
        "refusals",
        "Which silences did vramsurrun create since 01/03?",
        "ungrounded",
        VIDYA,
    ),
    (
        "dx113",
        "refusals",
        "What is the time difference between Mauritius and Réunion in the winter?",
        "not_about_this_data",
        VIDYA,
    ),
    (
        "dx114",
        "refusals",
        "Please extend the token-service silence until 12h tomorrow, Mauritius time.",
        "asks_to_change_data",
        VIDYA,
    ),
    (
        "dx115",
        "refusals",
        "Create a silence on indexer from 22:00 to 23:30 CET every Monday, pues.",
        "asks_to_change_data",
        JOSEPH,
    ),
    (
        "dx116",
        "refusals",
        "Alerts on the prod-eu-west-3 cluster between 10:00 and 12:00 CET on Tue 11/3?",
        "ungrounded",
        JOSEPH,
    ),
    (
        "dx117",
        "refusals",
        "When do the clocks go forward in Gibraltar this year?",
        "not_about_this_data",
        JOSEPH,
    ),
    (
        "dx118",
        "refusals",
        "whats the overtime rate for a night shift in Minnesota",
        "not_about_this_data",
        KAYLA,
    ),
    (
        "dx119",
        "refusals",
        "any alerts on donor-api during my shift last night (7p-7a Central)?",
        "ungrounded",
        KAYLA,
    ),
    (
        "dx120",
        "refusals",
        "mark the 3/11 checkout-web 503 incident resolved as of 10:05am Central",
        "asks_to_change_data",
        KAYLA,
    ),
]
