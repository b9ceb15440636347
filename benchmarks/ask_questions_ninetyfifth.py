"""The ninety-fifth ask question set: ids ay001..ay120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the questions of any other set,
at the same time as another outside author writing the ninety-fourth set, whose file this author never opened (a
listing of ``benchmarks/ask_questions_ninety*`` early on did not show it yet). What the author read, and nothing else:

- the brief for this set and the short task note that came with it (set, ids, theme);
- the first fifty lines of the workplace's own environment note (the machine, the registries), which the session's
  instructions pointed at; nothing in it is about this project;
- ``shared/DESIGN.md``, printed whole;
- ``docs/store.md``, printed whole in two pieces (lines 1-350 and 350-703);
- the "Shapes and joins" section of ``docs/ask.md`` alone, taken as the rules for the shape of every gold answer: its
  line range found with ``grep -n '^## '``, printed in two pieces (190-300 and 300-419); the terminal cut lines out of
  the second piece, and they were printed again by line number (350-362 and 363-376). The rest of ``docs/ask.md`` was
  not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast`` (the terminal cut the middle of that docstring, the list of earlier sets, which was not printed again);
- the module docstrings of the earlier sets (``ast.get_docstring`` of every ``benchmarks/ask_questions_*.py`` present),
  written to a scratch file and grepped for cities, first languages, personal names, trades and time words (counts, and
  the single lines that named a few of them); the forty-ninth's was printed whole and its "Conventions" list followed
  where a question leaves room, and the first part of the ninety-third's (up to the start of its conventions) to see
  how a recent set names what it read;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, one grep for its module-level now constants,
  its first five lines (the start of its docstring) and the line number of its ``ROWS``, for the file's format only;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from
  2025-01-02 to 2025-03-12, most of them on Tuesday 11 March UTC, the day of the payments-api v2.14.0 outage); the UTC
  offsets of the zones below were checked there with DuckDB's ``timezone()``;
- the signature of ``signalcraft.copilot.sql_guard.safe`` (imported and called on every gold, its code not read), the
  file names in ``benchmarks/``, and the names (only) of the untracked files in one ``git status --short`` run, to
  check that this file was the only one this author added (the other author's file had appeared by then; it was not
  opened).

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
accepted by the gate and returning at least one row on the store copy. No question was put to ``signalcraft ask`` or
to any parser.

The theme: five people who live far from UTC and think in their own local day. Each says times the way people of
their place say them, in their own zone unless they name another one, and names the zone (or the town) when it
matters; their "now" is a real local time, written in the rows as UTC. No earlier docstring names their towns, their
first languages, their trades or their names (grepped: Malé, Darwin, Nuku'alofa, Regina, Papeete; Dhivehi, Tetum,
Tongan, Plautdietsch, Tahitian; seaplane, cattle, kava, canola, black pearl). Each asks three questions in every
category (24 each, three of them refusals), in the order below within each category:

- Aminath Shaheema, on-call backend engineer of a seaplane-transfer operator's resort booking platform in Malé,
  Maldives; first language Dhivehi, writing Maldivian English ("salaam", "kindly", "what all", "pls", "yesterday
  night", "shukuriyaa"); zone Indian/Maldives, MVT, UTC+05:00 (no daylight saving); her week starts on Sunday and her
  weekend is Friday and Saturday; it is Ramadan, and she tells time by iftar (18:12 the day before, as she writes it)
  and taraweeh; now Wednesday 12 March 15:00 MVT (2025-03-12 10:00 UTC);
- Jacinta Soares, SRE of a live-cattle exporter's livestock-tracking platform in Darwin; first language Tetum (grew up
  in Dili, Portuguese at school, "obrigada"), writing Top End Australian English ("arvo", "reckon", "fell over",
  "knock-off", "half nine", "ta", "mate"); zone Australia/Darwin, ACST, UTC+09:30 (the Northern Territory keeps no
  daylight saving, so in March 2025 she is an hour and a half behind Sydney's AEDT, UTC+11:00); her yard runs a night
  shift from 6pm to 6am; now Wednesday 12 March 16:30 ACST (2025-03-12 07:00 UTC);
- Sione Fifita, backend developer of a kava export co-operative's ordering platform in Nuku'alofa, Tonga; first
  language Tongan ("Mālō e lelei", "mālō"), careful, polite English with whole sentences; zone Pacific/Tongatapu, TOT,
  UTC+13:00 (Tonga has kept no daylight saving since 2017), so his Wednesday 12 March began at 2025-03-11 11:00 UTC and
  the payments outage fell in its early hours; now Thursday 13 March 08:30 TOT (2025-03-12 19:30 UTC);
- Abram Friesen, platform engineer of a canola crushing plant's truck-booking app in Regina, Saskatchewan; first
  language Plautdietsch (Mennonite Low German), with German habits in his English ("yet" for still, "already", "make
  me a list what ...", "na", "dankscheen") and prairie words ("after supper", "end of day", "before standup", "Monday
  just gone"); zone America/Regina, "Sask time", CST, UTC-06:00 all year (Saskatchewan does not switch clocks, so it is
  not Chicago's CDT, UTC-05:00, in March); now Wednesday 12 March 09:15 CST (2025-03-12 15:15 UTC);
- Hinatea Teriitahi, the only operations engineer of a black-pearl auction house's online bidding platform in Papeete,
  Tahiti; first language Tahitian ("Ia ora na", "māuruuru"), French at school, writing English in French word order
  with French clock words ("4h31", "7h30", "minuit", "midi", "this night" for the night just past, "the alerts
  critical", "the 3 alerts the most long"); zone Pacific/Tahiti, TAHT, UTC-10:00 (no daylight saving); her buyers are
  in California (PT, that is PDT, UTC-07:00, since 9 March 2025); now Tuesday 11 March 21:30 TAHT (2025-03-12 07:30
  UTC), so her "today" is still Tuesday 11 March and the outage fell in "this night".

43 of the 105 questions that are not refusals relate two kinds of record in time or by scope: five in filters
(ay002, ay006, ay009, ay012, ay015), three in time (ay018, ay024, ay030), five in aggregates (ay033, ay036, ay039,
ay042, ay045), five in top_n (ay048, ay051, ay054, ay057, ay060), five in changes (ay061, ay066, ay069, ay072, ay075),
five in silences (ay078, ay081, ay084, ay087, ay090) and all fifteen joins (ay091..ay105). Not counted: windows from a
moment someone else named (ay021, ay028, ay063), the version live at an instant (ay065), the changes before the
rollback (ay074, one kind) and a silence's own minutes (ay077). Every gold returns at least one row.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Every phrase of time is read in the asker's own zone (above) unless the question names another, and turned into a
  UTC window; timestamps are compared as stored. A window includes its start and excludes its end unless said here.
  A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's
  ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a log line's
  ``timestamp``).
- Days are local calendar days, 00:00 to 24:00 local. "Today" is the local day up to now (included); "yesterday", "the
  day before yesterday" and a weekday the asker names ("Wednesday", "Tuesday 11") are the most recent such local days;
  "Monday just gone" and "last Thursday" are the most recent Monday / Thursday before today. The resulting UTC windows:
  Aminath's yesterday ``[2025-03-10 19:00, 2025-03-11 19:00)``; Jacinta's yesterday ``[2025-03-10 14:30, 2025-03-11
  14:30)`` and her "since midnight" from 2025-03-11 14:30 to now; Sione's Wednesday / yesterday ``[2025-03-11 11:00,
  2025-03-12 11:00)``, his Tuesday / the day before yesterday ``[2025-03-10 11:00, 2025-03-11 11:00)``, the two
  together ``[2025-03-10 11:00, 2025-03-12 11:00)``, his last Thursday ``[2025-03-05 11:00, 2025-03-06 11:00)``;
  Abram's yesterday ``[2025-03-11 06:00, 2025-03-12 06:00)`` and his Monday just gone ``[2025-03-10 06:00, 2025-03-11
  06:00)``; Hinatea's today from 2025-03-11 10:00 to now.
- "The weekend" is Saturday and Sunday, 00:00 Saturday to 00:00 Monday local (Sione's: ``[2025-03-07 11:00,
  2025-03-09 11:00)``); Aminath's "our weekend" is the Maldivian one, Friday and Saturday (``[2025-03-06 19:00,
  2025-03-08 19:00)``). "This week" runs from the start of the asker's week to now: Sunday 00:00 for Aminath
  (2025-03-08 19:00 UTC), Monday 00:00 for Abram (2025-03-10 06:00 UTC). "The last / past fortnight" and "the last 2
  weeks" are ``(now - 14 days, now]``; "the past couple of hours" ``(now - 2 hours, now]``; "all time" has no window.
- Parts of the day are read as the askers spell them out: "the early hours" / "from midnight to 6 in the morning" /
  "this night between minuit and 6h" are 00:00-06:00 local of that day (Sione's Wednesday: ``[2025-03-11 11:00,
  17:00)``; Hinatea's Tuesday: ``[2025-03-11 10:00, 16:00)``); Jacinta's "night shift" is 18:00 the day before to
  06:00 today ACST (``[2025-03-11 08:30, 20:30)``); Abram's "overnight, from end of day yesterday (5pm) till standup at
  9" is ``[2025-03-11 23:00, 2025-03-12 15:00)``; Sione's "after lunch yesterday, from 1 till 5pm" is ``[2025-03-12
  00:00, 04:00)``; Hinatea's "this afternoon, from midi to 18h" is ``[2025-03-11 22:00, 2025-03-12 04:00)``. A clock
  with a part of the day is one moment: "8pm yesterday" (Malé) 2025-03-11 15:00, "half nine last night" (Darwin, 21:30
  the day before) 2025-03-11 12:00, "12:15am today" (Darwin) 2025-03-11 14:45, "quarter to 9 yesterday morning" (Sask)
  2025-03-11 14:45, "8 last night after supper" (Sask, 20:00) 2025-03-12 02:00; "since iftar yesterday (18:12)" starts
  at 2025-03-11 13:12, "since I arrived at 7h30 this morning" (Tahiti) at 2025-03-11 17:30, "since I came in at 8
  this morning" (Darwin) at 2025-03-11 22:30, all running to now.
- Other zones, when named: "1:30am Sydney time" (AEDT, UTC+11:00) is 2025-03-11 14:30 UTC, "in the 15 min after that"
  ``[14:30, 14:45]``; "between 7:30 and 8:30pm IST yesterday" (UTC+05:30) ``[2025-03-11 14:00, 15:00)``; "Tuesday 11
  between 6 and 8 in the morning California time (PT)" (PDT, UTC-07:00) ``[2025-03-11 13:00, 15:00)``. The clocks the
  askers give with a named moment ("4h31", "4h56 this morning in Tahiti") only restate that moment; the moment is read
  from the store.
- Breakdowns by hour or day count in the asker's wall clock: a day is ``CAST(timezone(zone, t) AS DATE)``, an hour
  ``date_trunc('hour', timezone(zone, t))`` (a TIMESTAMP without zone, in local time), so Jacinta's hours begin at
  half past the UTC hour. "Busiest hour" / "which hour had the most" is the first such bucket with its count.
- Kinds and shapes as in the forty-ninth set: alerts are the ``alerts`` view's rows (every column for a list; "firing at
  T" is ``starts_at <= T`` and not ended by ``T``); incidents ``alert_groups``' rows, open from ``opened_at`` until
  ``resolved_at`` or, while it is NULL, until now (so the old unresolved groups, KubePodNotReady, the status page probe,
  the crash loops and the reindex backlog, count as open, which matters in ay069 and ay101); silences the ``silences``
  view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and ``expired_at`` ("actually / really in
  place" is that span, the "planned" length ``starts_at`` to ``ends_at`` as the latest version says, "total silenced
  hours" the sum in hours); changes their ``phase = 'live'`` reports ("deploys" ``type = 'deployment'``, so the auth-api
  v4.2.1 production deploy reported by two tools is two rows; "rollbacks", "flags", "config changes" their types; "what
  changed" every live report, scale events included); a version is ``coalesce(details['ref'], version)``. "Humans only,
  no argocd or deployment-controller" leaves out ``argocd (automated)`` and ``deployment-controller``; people are as
  stored ("maria", "kenji" by ``ILIKE``). "The checkout project" / "service of checkout" is ``project = 'checkout'``.
- Relations meet on service and canonical environment (``alerts.environment_canonical`` against the change's or
  incident's ``environment``): "within N min after a deploy" is ``[t, t + N]``, "in the first hour after" 60 minutes;
  "the hour before the first payments-api alert" is ``[t - 60 min, t]`` over live changes of any service in the
  alert's environment (production). A silence meets the other side on its service and, when it pins one, its
  environment: alerts "firing while a silence was in effect" share a moment with its span (ay012); an alert that
  "went off" or an incident that "opened" while it was silenced, a deploy that "went out" while a silence was on and a
  change that "happened while a silence was in effect" have their own time inside ``[starts_at, end)``; silences
  created "during an incident" and incidents "that had a silence put on during them" have the silence's creation
  inside ``[opened_at, resolved_at or now]``, ends included; changes "made while an incident on the same service was
  still open" have their time inside that span. "Within 15 minutes after a deploy of another service in the same
  project" meets on project and environment with ``service <>``. "For each ... how many" is one row per thing of the
  first side with the columns asked and 0 where none (a ``LEFT JOIN``); "on average how many alerts after each deploy"
  is the mean of those per-deploy counts, zeros included. The early warnings "after v2.14.0 went live" are the
  ``warnings`` rows whose ``service`` and ``environment`` labels are payments-api and production, started in the hour
  after it; "for each early warning ... alerts on the same service" meets the alerts on the warning's ``service`` and
  ``environment`` labels; "incidents with / without an early warning" are rows (or none) in ``incident_warnings``;
  "services that had an incident within 15 minutes after an early warning" are the services of those rows with
  ``lead_min <= 15``. "Suspect" is ``incident_suspects``: "changes blamed as the suspect" the ``change_events`` rows
  whose id is a suspect of an incident opened in the window; "whose deploys got named the suspect for the most
  incidents" distinct incidents per ``change_actor`` of suspect deployments; "on average how many minutes before did
  its suspect change go live" the mean of ``lag_s / 60``. "How they were fixed" is ``alert_groups`` joined to
  ``resolutions``. Alertmanager's holding back is ``alert_mutes`` by ``silenced_by``.
- Aggregates: durations in minutes to one decimal (incidents from ``opened_at`` to ``resolved_at`` of resolved ones;
  alerts from ``starts_at`` to ``ends_at`` of resolved ones), hours to one decimal, percentages ``round(100.0 * part /
  whole, 1)`` over the rows the question selects, averages to one decimal; "how many snoozes and the avg snooze length"
  and "number of deploys and number of rollbacks per service" are two measures side by side. "When did ... start and
  when did they stop" is the first start and the last end, one row; "when did the first alert go off" and "what time did
  the checkout-web trouble start" the earliest start alone; "how many minutes from ... till the first payments-api alert
  after it" runs from the deploy going live to the first payments-api alert at or after it. "Which payments-api version
  was live at 12:15am" is the version of the last live production deployment or rollback at or before that moment;
  "the 3 last changes before the rollback went live" the three latest live changes of any service strictly before it.
- Top-N answers ``value, count`` most first, ties by the value; no tie crosses an N asked ("just one", "only the top
  one" ask for one row; ay057's three deployers tie at one deploy each, and there are only three). "The 3 alerts the
  most long of today, resolved ones, and how many minutes each" is those rows with their minutes. "Which flags got
  switched, by who and at what time" is the flag changes' rows (they carry actor and time); "silence id, who made it
  and the comment" and the other lists name their columns.
- Refusals: the services "seaplane-booking" and "pearl-auction", the cluster "prod-ap-southeast-2", the person
  "tevita.kupu" and the "uat" environment are ungrounded; iftar times, the tide at Stokes Hill Wharf, a translation into
  Tongan, Saskatchewan's clock changes and the XPF to USD rate are not about this data; silencing the indexer, snoozing
  HighLatencyP99, closing the checkout-web incident, deleting staging alerts and expiring the token-service silence ask
  to change the data.
"""

MALE = "2025-03-12T10:00:00+00:00"
DARWIN = "2025-03-12T07:00:00+00:00"
TONGA = "2025-03-12T19:30:00+00:00"
REGINA = "2025-03-12T15:15:00+00:00"
PAPEETE = "2025-03-12T07:30:00+00:00"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "ay001",
        "filters",
        "salaam. kindly what all critical alerts came yesterday, Malé time?",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 19:00:00+00'""",
        MALE,
    ),
    (
        "ay002",
        "filters",
        "yesterday night after iftar the payments-api v2.14.0 went to production. which payments-api alerts started "
        "in the first hour after it went live?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE""",
        MALE,
    ),
    (
        "ay003",
        "filters",
        "pls the staging alerts since iftar yesterday (18:12 Malé time) till now",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 13:12:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        MALE,
    ),
    (
        "ay004",
        "filters",
        "what's gone off in prod since midnight? Darwin time. obrigada",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        DARWIN,
    ),
    (
        "ay005",
        "filters",
        "which prod deploys went out during the night shift? shift was 6pm last night to 6am this morning ACST",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 08:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 20:30:00+00'""",
        DARWIN,
    ),
    (
        "ay006",
        "filters",
        "any alerts since midnight (our time, ACST) that popped within 15 min of a deploy to the same service?",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DARWIN,
    ),
    (
        "ay007",
        "filters",
        "Mālō e lelei. Please show me the alerts that came in the early hours of Wednesday, Tonga time, from "
        "midnight to 6 in the morning.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 17:00:00+00'""",
        TONGA,
    ),
    (
        "ay008",
        "filters",
        "The weekend just gone, Saturday and Sunday in Tonga, which alerts went off?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-07 11:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-09 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay009",
        "filters",
        "Which incidents opened yesterday (Wednesday, Tonga time) within 15 minutes after a deploy to the same "
        "service?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        TONGA,
    ),
    (
        "ay010",
        "filters",
        "make me a list what is yet firing in prod right now. it is 9:15 in the morning here in Regina",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 15:15:00+00')""",
        REGINA,
    ),
    (
        "ay011",
        "filters",
        "prod alerts overnight, from end of day yesterday (5pm) till standup at 9 this morning, Sask time",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 23:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 15:00:00+00'""",
        REGINA,
    ),
    (
        "ay012",
        "filters",
        "which alerts from yesterday (the whole day, Sask time) were firing while a silence on the same service "
        "was in effect?",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        REGINA,
    ),
    (
        "ay013",
        "filters",
        "Ia ora na. the alerts critical of this night, between minuit and 6h, heure de Tahiti",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        PAPEETE,
    ),
    (
        "ay014",
        "filters",
        "the alerts in prod since I arrived at 7h30 this morning (Tahiti)",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 17:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'""",
        PAPEETE,
    ),
    (
        "ay015",
        "filters",
        "the deploys of today (Tahiti day) which were followed by an alert on the same service in the 30 minutes after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        PAPEETE,
    ),
    # --------------------------------------------------------------------- time
    (
        "ay016",
        "time",
        "what all was firing at 8pm yesterday, Malé time?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 15:00:00+00')""",
        MALE,
    ),
    (
        "ay017",
        "time",
        "alerts per day this week pls. our week, from Sunday, counted in Malé days",
        """SELECT CAST(timezone('Indian/Maldives', starts_at) AS DATE) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-08 19:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
           GROUP BY day
           ORDER BY day""",
        MALE,
    ),
    (
        "ay018",
        "time",
        "how many minutes from the payments-api v2.14.0 going live in production till the first payments-api alert "
        "after it?",
        """SELECT round((epoch(min(a.starts_at)) - epoch(d.t)) / 60, 1) AS minutes
           FROM alerts a,
                (SELECT min(timestamp) AS t FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0') d
           WHERE a.service = 'payments-api' AND a.starts_at >= d.t
           GROUP BY d.t""",
        MALE,
    ),
    (
        "ay019",
        "time",
        "alerts per hour since midnight, Darwin hours not UTC pls",
        """SELECT date_trunc('hour', timezone('Australia/Darwin', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY hour
           ORDER BY hour""",
        DARWIN,
    ),
    (
        "ay020",
        "time",
        "when did the first alert of the night shift go off? shift ran 6pm yesterday to 6am today, Darwin time",
        """SELECT min(starts_at) AS first_alert FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 08:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 20:30:00+00'""",
        DARWIN,
    ),
    (
        "ay021",
        "time",
        "the Sydney office reckons payments fell over at 1:30am Sydney time. what alerts started in the 15 min "
        "after that?",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:30:00+00'
                               AND TIMESTAMPTZ '2025-03-11 14:45:00+00'""",
        DARWIN,
    ),
    (
        "ay022",
        "time",
        "What time did the checkout-web trouble start on Wednesday, Tonga time?",
        """SELECT min(starts_at) AS started FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay023",
        "time",
        "How many alerts on each day of the last fortnight? Count them in Tonga days please.",
        """SELECT CAST(timezone('Pacific/Tongatapu', starts_at) AS DATE) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-02-26 19:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 19:30:00+00'
           GROUP BY day
           ORDER BY day""",
        TONGA,
    ),
    (
        "ay024",
        "time",
        "What changed in the hour before the first payments-api alert on Wednesday, Tonga time?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 11:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 11:00:00+00')""",
        TONGA,
    ),
    (
        "ay025",
        "time",
        "what was firing at quarter to 9 yesterday morning, Sask time?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        REGINA,
    ),
    (
        "ay026",
        "time",
        "how many alerts did we get Monday just gone? Sask time, we don't switch the clocks here",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00'""",
        REGINA,
    ),
    (
        "ay027",
        "time",
        "when did the payments-api alerts start and when did they stop, yesterday in Regina time?",
        """SELECT min(starts_at) AS started,
                  CASE WHEN count(*) FILTER (WHERE ends_at IS NULL) > 0 THEN NULL ELSE max(ends_at) END AS ended
           FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        REGINA,
    ),
    (
        "ay028",
        "time",
        "which alerts started on Tuesday 11 between 6 and 8 in the morning California time (PT)? our buyers are there",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 13:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        PAPEETE,
    ),
    (
        "ay029",
        "time",
        "the alerts per hour of this afternoon, from midi to 18h, in hours of Tahiti",
        """SELECT date_trunc('hour', timezone('Pacific/Tahiti', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 04:00:00+00'
           GROUP BY hour
           ORDER BY hour""",
        PAPEETE,
    ),
    (
        "ay030",
        "time",
        "what was still firing at the moment the rollback of payments-api went live, 4h56 this morning in Tahiti?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'))""",
        PAPEETE,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "ay031",
        "aggregates",
        "how many alerts we got this week? our week starts Sunday, Malé time",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-08 19:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 10:00:00+00'""",
        MALE,
    ),
    (
        "ay032",
        "aggregates",
        "average time to resolve for the production incidents of yesterday (Malé day), in minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 19:00:00+00'""",
        MALE,
    ),
    (
        "ay033",
        "aggregates",
        "on average how many alerts came in the 15 min after each production deploy, over the last 2 weeks?",
        """SELECT round(avg(n), 1) AS avg_alerts_per_deploy FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.timestamp > TIMESTAMPTZ '2025-02-26 10:00:00+00'
                 AND c.timestamp <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
               GROUP BY c.id)""",
        MALE,
    ),
    (
        "ay034",
        "aggregates",
        "how many snoozes since midnight Darwin time, and the avg snooze length in mins?",
        """SELECT count(*) AS snoozes, round(avg(duration_s) / 60, 1) AS avg_minutes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        DARWIN,
    ),
    (
        "ay035",
        "aggregates",
        "what share of the alerts since midnight (ACST) were prod ones? percent",
        """SELECT round(100.0 * count(*) FILTER (WHERE environment_canonical = 'production') / count(*), 1)
                  AS pct_production
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        DARWIN,
    ),
    (
        "ay036",
        "aggregates",
        "what percent of prod deploys this past fortnight got an alert on the same service within 15 min after?",
        """SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (
                      SELECT 1 FROM alerts a
                      WHERE a.service = c.service AND a.environment_canonical = c.environment
                        AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)) / count(*), 1)
                  AS pct_followed
           FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp > TIMESTAMPTZ '2025-02-26 07:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'""",
        DARWIN,
    ),
    (
        "ay037",
        "aggregates",
        "How many incidents opened on Wednesday, Tonga time?",
        """SELECT count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay038",
        "aggregates",
        "On Wednesday in Tonga time, on average how many alerts were in one incident?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay039",
        "aggregates",
        "How many of the incidents of yesterday, Wednesday our time in Tonga, had an early warning before them?",
        """SELECT count(DISTINCT group_id) AS incidents FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay040",
        "aggregates",
        "median alert duration in minutes yesterday, Sask time, only the ones that resolved already",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        REGINA,
    ),
    (
        "ay041",
        "aggregates",
        "number of deploys and number of rollbacks per service this week, since Monday Sask time",
        """SELECT service,
                  count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND type IN ('deployment', 'rollback')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 06:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:15:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service""",
        REGINA,
    ),
    (
        "ay042",
        "aggregates",
        "for the incidents of yesterday (Sask day), on average how many minutes before the incident opened did its "
        "suspect change go live?",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_minutes_before
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        REGINA,
    ),
    (
        "ay043",
        "aggregates",
        "how many error log lines of payments-api this night between minuit and 6h (Tahiti)?",
        """SELECT count(*) AS error_lines FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        PAPEETE,
    ),
    (
        "ay044",
        "aggregates",
        "the log lines with errors in the past couple of hours, how many per service?",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp > TIMESTAMPTZ '2025-03-12 05:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service""",
        PAPEETE,
    ),
    (
        "ay045",
        "aggregates",
        "how many silences were created today (Tahiti) during an incident on the same service?",
        """SELECT count(*) AS silences FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND s.created_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:30:00+00'))""",
        PAPEETE,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "ay046",
        "top_n",
        "which service had most alerts yesterday Malé time? just one pls",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 19:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        MALE,
    ),
    (
        "ay047",
        "top_n",
        "top 4 persons who made changes in production this week (our week, from Sunday, Malé). humans only, no "
        "argocd or deployment-controller",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-08 19:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 10:00:00+00'
           GROUP BY actor
           ORDER BY changes DESC, actor
           LIMIT 4""",
        MALE,
    ),
    (
        "ay048",
        "top_n",
        "yesterday (Malé time) which services got alerts within 15 min after their own deploys? rank them by how "
        "many such alerts",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-11 19:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service""",
        MALE,
    ),
    (
        "ay049",
        "top_n",
        "busiest hour since midnight, Darwin time. which hour and how many alerts?",
        """SELECT date_trunc('hour', timezone('Australia/Darwin', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        DARWIN,
    ),
    (
        "ay050",
        "top_n",
        "which service has logged the most error lines since I came in at 8 this morning (Darwin)? just the one",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 22:30:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 1""",
        DARWIN,
    ),
    (
        "ay051",
        "top_n",
        "whose deploys got named the suspect for the most incidents over the past fortnight? just the top one, mate",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
             AND opened_at > TIMESTAMPTZ '2025-02-26 07:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        DARWIN,
    ),
    (
        "ay052",
        "top_n",
        "Which hour of Wednesday, Tonga time, had the most alerts? The hour and the count please.",
        """SELECT date_trunc('hour', timezone('Pacific/Tongatapu', starts_at)) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        TONGA,
    ),
    (
        "ay053",
        "top_n",
        "After lunch yesterday, from 1 till 5pm Tonga time, which alert fired the most? Only the top one, mālō.",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 04:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        TONGA,
    ),
    (
        "ay054",
        "top_n",
        "Over the day before yesterday and yesterday (Tonga time), which service had the most incidents with an early "
        "warning before them? Only the top one.",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 11:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        TONGA,
    ),
    (
        "ay055",
        "top_n",
        "which 2 services had the most alerts yesterday, Sask time?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 2""",
        REGINA,
    ),
    (
        "ay056",
        "top_n",
        "na, who snoozed the most yesterday? Sask time",
        """SELECT actor, count(*) AS snoozes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC, actor
           LIMIT 1""",
        REGINA,
    ),
    (
        "ay057",
        "top_n",
        "top 3 deployers this week already (since Monday, Sask time) by deploys that were followed by an alert within "
        "15 minutes",
        """SELECT c.actor, count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 06:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-12 15:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY c.actor
           ORDER BY deploys DESC, c.actor
           LIMIT 3""",
        REGINA,
    ),
    (
        "ay058",
        "top_n",
        "the 3 services with the most log lines this night, minuit to 6h Tahiti",
        """SELECT service, count(*) AS lines FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00'
           GROUP BY service
           ORDER BY lines DESC, service
           LIMIT 3""",
        PAPEETE,
    ),
    (
        "ay059",
        "top_n",
        "the 3 alerts the most long of today (Tahiti), resolved ones, and how many minutes each",
        """SELECT *, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'
           ORDER BY minutes DESC
           LIMIT 3""",
        PAPEETE,
    ),
    (
        "ay060",
        "top_n",
        "which service of checkout had the most alerts in the hour after payments-api v2.14.0 went live (4h31 Tahiti)?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        PAPEETE,
    ),
    # ------------------------------------------------------------------ changes
    (
        "ay061",
        "changes",
        "kindly, the production deploys of yesterday (Malé time) that had no alert on the same service in the 30 min "
        "after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 19:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        MALE,
    ),
    (
        "ay062",
        "changes",
        "what all changed over our weekend? Friday and Saturday here in Malé",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-06 19:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-08 19:00:00+00'""",
        MALE,
    ),
    (
        "ay063",
        "changes",
        "the Bengaluru team is saying the trouble was between 7:30 and 8:30pm IST yesterday. which changes went live "
        "in that hour?",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        MALE,
    ),
    (
        "ay064",
        "changes",
        "what changed on the checkout project during the night shift? (6pm-6am ACST)",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND project = 'checkout'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 08:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 20:30:00+00'""",
        DARWIN,
    ),
    (
        "ay065",
        "changes",
        "which payments-api version was live in prod at 12:15am today, Darwin time?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        DARWIN,
    ),
    (
        "ay066",
        "changes",
        "which changes got blamed as the suspect for an incident since midnight (ACST)?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE opened_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
                          AND opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00')""",
        DARWIN,
    ),
    (
        "ay067",
        "changes",
        "What went out to staging on Tuesday, the day before yesterday, Tonga time?",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 11:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay068",
        "changes",
        "Which versions of auth-api went to staging over the day before yesterday and yesterday, in Tonga time?",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 11:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay069",
        "changes",
        "The changes made on Wednesday (Tonga time) while an incident on the same service was still open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 11:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 19:30:00+00'))""",
        TONGA,
    ),
    (
        "ay070",
        "changes",
        "rollbacks in the last fortnight",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-02-26 15:15:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:15:00+00'""",
        REGINA,
    ),
    (
        "ay071",
        "changes",
        "who deployed to prod yesterday, Sask time? only the names, dankscheen",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        REGINA,
    ),
    (
        "ay072",
        "changes",
        "the deploys yesterday (Sask) that went out while a silence on the same service was on",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        REGINA,
    ),
    (
        "ay073",
        "changes",
        "which flags got switched today (Tahiti day), by who and at what time?",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 07:30:00+00'""",
        PAPEETE,
    ),
    (
        "ay074",
        "changes",
        "the 3 last changes before the rollback of payments-api went live this morning (Tahiti)",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND timestamp < (SELECT min(timestamp) FROM change_events
                              WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                AND timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00')
           ORDER BY timestamp DESC
           LIMIT 3""",
        PAPEETE,
    ),
    (
        "ay075",
        "changes",
        "the config changes which had an alert on the same service in the hour after",
        """SELECT * FROM change_events c
           WHERE c.type = 'config_update' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        PAPEETE,
    ),
    # ----------------------------------------------------------------- silences
    (
        "ay076",
        "silences",
        "silences created yesterday, Malé time",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 19:00:00+00'""",
        MALE,
    ),
    (
        "ay077",
        "silences",
        "how many minutes was maria's cart-service silence actually in place?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_by ILIKE '%maria%' AND service = 'cart-service'""",
        MALE,
    ),
    (
        "ay078",
        "silences",
        "which alerts were still firing at the moment maria put her cart-service silence on, after iftar yesterday?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE created_by ILIKE '%maria%' AND service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE created_by ILIKE '%maria%' AND service = 'cart-service'))""",
        MALE,
    ),
    (
        "ay079",
        "silences",
        "what silences were on at half nine last night, Darwin time?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 12:00:00+00')""",
        DARWIN,
    ),
    (
        "ay080",
        "silences",
        "silences that got made during the night shift (6pm-6am ACST): silence id, who made it and the comment",
        """SELECT silence_id, created_by, comment FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 08:30:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 20:30:00+00'""",
        DARWIN,
    ),
    (
        "ay081",
        "silences",
        "any incidents since midnight (Darwin) that opened while a silence on the same service was in effect?",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND g.opened_at >= s.starts_at
                   AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        DARWIN,
    ),
    (
        "ay082",
        "silences",
        "Which silences were created last Thursday, Tonga time?",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-05 11:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-06 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay083",
        "silences",
        "How many silences did kenji put on in the past fortnight?",
        """SELECT count(*) AS silences FROM silences
           WHERE created_by ILIKE '%kenji%'
             AND created_at > TIMESTAMPTZ '2025-02-26 19:30:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 19:30:00+00'""",
        TONGA,
    ),
    (
        "ay084",
        "silences",
        "For each silence created the day before yesterday or yesterday (Tonga time), how many alerts did "
        "alertmanager hold back under it? Zero also.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-10 11:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        TONGA,
    ),
    (
        "ay085",
        "silences",
        "which silences were active at 8 last night after supper, Sask time?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        REGINA,
    ),
    (
        "ay086",
        "silences",
        "total silenced hours per author this week (since Monday, Sask time), as the silences were really in place",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 06:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 15:15:00+00'
           GROUP BY created_by
           ORDER BY hours DESC, created_by""",
        REGINA,
    ),
    (
        "ay087",
        "silences",
        "alerts that went off yesterday (Sask time) on a service that was silenced already at the time",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        REGINA,
    ),
    (
        "ay088",
        "silences",
        "the silences of today (Tahiti): silence id, who made it, and the length planned in minutes",
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'""",
        PAPEETE,
    ),
    (
        "ay089",
        "silences",
        "which silences got taken off early by hand, who did it and at what time? māuruuru",
        """SELECT silence_id, expired_by, expired_at FROM silences
           WHERE expired_early""",
        PAPEETE,
    ),
    (
        "ay090",
        "silences",
        "the changes which happened while a silence was in effect on the same service, this night between minuit "
        "and 6h Tahiti",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        PAPEETE,
    ),
    # -------------------------------------------------------------------- joins
    (
        "ay091",
        "joins",
        "for each production deploy yesterday (Malé time): the service, the version and how many alerts on that "
        "service in the next 30 minutes",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 19:00:00+00'
           GROUP BY c.id, c.service, c.details['ref'], c.version
           ORDER BY alerts DESC, c.service""",
        MALE,
    ),
    (
        "ay092",
        "joins",
        "yesterday's incidents (Malé day) with their suspect change: service, alert name, opened time and the "
        "suspect's version. shukuriyaa",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS suspect_version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 19:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 19:00:00+00'""",
        MALE,
    ),
    (
        "ay093",
        "joins",
        "the early warnings on payments-api in the first hour after v2.14.0 went live in production",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'payments-api' AND labels['environment'] = 'production'
             AND starts_at BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 60 MINUTE""",
        MALE,
    ),
    (
        "ay094",
        "joins",
        "for each incident since midnight (Darwin time) that had early warnings: service, alert name, when it opened "
        "and how many warnings",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, count(*) AS warnings
           FROM incident_warnings
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
           GROUP BY group_id, service, group_labels['alertname'], opened_at
           ORDER BY opened_at""",
        DARWIN,
    ),
    (
        "ay095",
        "joins",
        "incidents since midnight (ACST) that had a silence put on during them",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-12 07:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 07:00:00+00'))""",
        DARWIN,
    ),
    (
        "ay096",
        "joins",
        "alerts that went off within 15 min after a flag flip on the same service, all time",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        DARWIN,
    ),
    (
        "ay097",
        "joins",
        "The incidents of the day before yesterday and yesterday (Tonga time) and how they were fixed: service, "
        "alert name and the fix.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 11:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'""",
        TONGA,
    ),
    (
        "ay098",
        "joins",
        "The checkout-web alerts within 15 minutes after a payments-api deploy, yesterday in Tonga time.",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND c.timestamp >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
                   AND c.timestamp < TIMESTAMPTZ '2025-03-12 11:00:00+00'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        TONGA,
    ),
    (
        "ay099",
        "joins",
        "For every incident of Wednesday (Tonga time): the service, alert name, when it opened and how many deploys "
        "of that service were in the hour before it. Also the ones with zero.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at, count(c.id) AS deploys
           FROM alert_groups g
           LEFT JOIN change_events c
             ON c.type = 'deployment' AND c.phase = 'live'
            AND c.service = g.service AND c.environment = g.environment
            AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-11 11:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 11:00:00+00'
           GROUP BY g.id, g.service, g.group_labels['alertname'], g.opened_at
           ORDER BY g.opened_at""",
        TONGA,
    ),
    (
        "ay100",
        "joins",
        "for each early warning yesterday (Sask time): its alert name, the service, when it started and how many "
        "alerts on the same service came in the 15 minutes after it",
        """SELECT w.labels['alertname'] AS alertname, w.labels['service'] AS service, w.starts_at,
                  count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = w.labels['service'] AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND w.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY w.id, w.labels['alertname'], w.labels['service'], w.starts_at
           ORDER BY w.starts_at""",
        REGINA,
    ),
    (
        "ay101",
        "joins",
        "who put silences on during incidents yesterday, Sask time?",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment_canonical IS NULL OR g.environment = s.environment_canonical)
                   AND s.created_at BETWEEN g.opened_at
                                        AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 15:15:00+00'))""",
        REGINA,
    ),
    (
        "ay102",
        "joins",
        "critical alerts yesterday (Sask time) that came within 15 minutes after a deploy of another service in the "
        "same project",
        """SELECT * FROM alerts a
           WHERE a.severity = 'critical'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.project = a.project AND c.service <> a.service
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        REGINA,
    ),
    (
        "ay103",
        "joins",
        "how many error log lines of checkout-web in the 10 minutes after payments-api v2.14.0 went live in prod "
        "(4h31 Tahiti)?",
        """SELECT count(*) AS error_lines FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0')
                               AND (SELECT min(timestamp) FROM change_events
                                    WHERE service = 'payments-api' AND environment = 'production'
                                      AND type = 'deployment' AND phase = 'live'
                                      AND coalesce(details['ref'], version) = 'v2.14.0') + INTERVAL 10 MINUTE""",
        PAPEETE,
    ),
    (
        "ay104",
        "joins",
        "the incidents of this night (minuit to 6h Tahiti) which had no early warning before them",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        PAPEETE,
    ),
    (
        "ay105",
        "joins",
        "which services had an incident within 15 minutes after an early warning, today in Tahiti?",
        """SELECT DISTINCT service FROM incident_warnings
           WHERE lead_min <= 15
             AND opened_at >= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 07:30:00+00'""",
        PAPEETE,
    ),
    # ----------------------------------------------------------------- refusals
    ("ay106", "refusals", "what time is iftar in Malé tomorrow?", "not_about_this_data", MALE),
    (
        "ay107",
        "refusals",
        "pls silence the indexer DiskSpaceLow alerts until after taraweeh tonight, 10pm Malé time",
        "asks_to_change_data",
        MALE,
    ),
    (
        "ay108",
        "refusals",
        "any alerts on the seaplane-booking service since Sunday (Malé time)?",
        "ungrounded",
        MALE,
    ),
    (
        "ay109",
        "refusals",
        "what's gone off on the prod-ap-southeast-2 cluster since midnight, Darwin time?",
        "ungrounded",
        DARWIN,
    ),
    (
        "ay110",
        "refusals",
        "snooze the staging HighLatencyP99 till knock-off, 5pm ACST. ta",
        "asks_to_change_data",
        DARWIN,
    ),
    ("ay111", "refusals", "what's the tide doing at Stokes Hill Wharf this arvo?", "not_about_this_data", DARWIN),
    (
        "ay112",
        "refusals",
        "Mālō. Can you translate 'your payment did not go through' into Tongan for our app?",
        "not_about_this_data",
        TONGA,
    ),
    ("ay113", "refusals", "What did tevita.kupu deploy on Wednesday, Tonga time?", "ungrounded", TONGA),
    (
        "ay114",
        "refusals",
        "Please close the checkout-web incident, it is fine since Wednesday morning our time.",
        "asks_to_change_data",
        TONGA,
    ),
    (
        "ay115",
        "refusals",
        "delete the staging HighLatencyP99 alerts from overnight (Sask time), they are just junk",
        "asks_to_change_data",
        REGINA,
    ),
    ("ay116", "refusals", "what is yet firing in the uat environment right now?", "ungrounded", REGINA),
    (
        "ay117",
        "refusals",
        "when do the clocks change here in Saskatchewan this spring?",
        "not_about_this_data",
        REGINA,
    ),
    ("ay118", "refusals", "the alerts of the pearl-auction service this night, heure de Tahiti", "ungrounded", PAPEETE),
    ("ay119", "refusals", "what is the change of XPF to USD today?", "not_about_this_data", PAPEETE),
    (
        "ay120",
        "refusals",
        "expire now the token-service silence please, the fix is deployed",
        "asks_to_change_data",
        PAPEETE,
    ),
]
