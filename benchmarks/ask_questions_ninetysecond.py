"""The ninety-second ask question set: ids dy001..dy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor the set written at the same
time (the ninety-third, whose file was not opened). What the author read, and nothing else: the brief; the project's
design notes (``../shared/DESIGN.md``, whole); ``docs/store.md`` whole (the terminal cut a stretch in its middle, the
rest of the ``warnings`` table, ``log_templates``, ``commits`` and the head of ``alert_mutes``, which was printed again
by line range); the headings of ``docs/ask.md`` listed with grep to find the "Shapes and joins" section, and that
section alone, printed by line range in two pieces (two stretches cut by the terminal were printed again by line
range), taken as the rules for the shape of every gold answer; the module docstring of ``benchmarks/ask_questions``
printed with ``ast`` (its middle, cut by the terminal, printed again from a scratch file) and its functions
``_question`` and ``validate``; the module docstrings of the earlier sets, written with ``ast.get_docstring`` into a
scratch file and grepped for first languages, cities, roles and kinds of organisation (the forty-ninth's printed whole
for its "Conventions", followed here where a question leaves room); the first ten rows of ``ask_questions_thirtieth``
imported in Python and, by one grep, the lines defining its module-level now constants (for the file's format only);
and the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from
2025-01-02 to 2025-03-12, most on 2025-03-11, the day of the payments-api v2.14.0 outage). A count of the
``ask_questions_*`` files in ``benchmarks/`` was taken, and ``git status --short`` showed the names of files others had
changed (none opened). Each gold was run through ``signalcraft.copilot.sql_guard.safe`` and on the store copy; no
question was given to ``signalcraft ask``, the ``Asker`` or any parser. Each row is ``(id, category, question,
gold, now)``; a refusal's gold is its kind.

Five site reliability and platform people ask, each of whom learned English late and writes it word for word from a
first language no earlier docstring names (none names Uzbek, Malayalam, Hausa, Malagasy or Quechua, nor Samarkand,
Thiruvananthapuram, Kano, Antananarivo or Cusco), keeping that language's word order, its own way of writing dates and
numbers (decimal commas, day-first dates, "11-mart") and some of its own words untranslated. Each asks three questions
in every category (24 each, three of them refusals):

- an SRE of a Silk Road tour operator's booking platform in Samarkand, first language Uzbek, at 10:00 (UTC+5) on
  Thursday 13 March (2025-03-13 05:00 UTC): the verb last and postpositions after the noun ("payments-api da" at,
  "15 minut ichida" within, "start dan ... gacha" from ... to, "bo'yicha" by, "uchun" for), the plural "-lar"
  ("alertlar", "deploylar"), "aka" for a colleague, "iltimos" (please), "kecha" (yesterday, 12 March), "hozir" (now),
  "qaysi" (which), "necha" (how many), "kim" (who), "soat" (hour), "11-mart" and "12.03.2025" for dates, "12,5" for a
  decimal;
- a platform engineer of a gold-loan company's customer app in Thiruvananthapuram (Technopark), first language
  Malayalam, at 15:30 IST on Wednesday 12 March (2025-03-12 10:00 UTC): Kerala English in Malayalam order, the
  locative "-il" ("production-il", "staging-il"), "innale" (yesterday, 11 March), "chetta" (elder brother), "eppo"
  (when), "mathram" (only), "aaya" (became), "cheyyu" (do), "venda" (not needed), "what all", "only" at the end,
  "11-03-2025" dates and "8.00 pm IST" clocks;
- an on-call SRE of an airtime and bill-payment app in Kano, first language Hausa, at 09:00 WAT on Friday 14 March
  (2025-03-14 08:00 UTC): Nigerian office English ("kindly", "did start", "abeg") with Hausa words, "Sannu" (hello),
  "don Allah" (please), "na gode" (thank you), "yanzu" (now), "ranar Talata" (on Tuesday, 11 March), dates as
  "11/03/2025" and "Monday 03/03";
- a platform engineer of a vanilla exporters' lot-traceability platform in Antananarivo, first language Malagasy
  (French the second), at 14:00 EAT on Thursday 13 March (2025-03-13 11:00 UTC): Malagasy's verb-object-subject order
  ("Did ack how many alerts the lucie", "Released which versions the auth-api"), "azafady" (please), "Talata"
  (Tuesday), French clocks "14h30" and dates "11/03", "01/02/2025";
- an on-call platform engineer of an Inca Trail permit and train-ticket booking site in Cusco, first language Quechua
  (Spanish the second), at 08:00 PET on Monday 17 March (2025-03-17 13:00 UTC): the verb last, Quechua suffixes on
  English nouns ("-qa" topic, "-pi" in, "-pa" of, "-manta" from among), "Allinllachu" (hello), "kunan" (now), "qayna
  simana" (last week, Monday 10 to Sunday 16 March), "hayk'a" (how many), Spanish "lunes", "viernes", "the 11 of
  March", dates as "03/03/25", "45,50 soles".

43 of the 105 questions that are not refusals relate two kinds of record: filters dy002, dy006, dy009, dy012, dy015;
time dy021, dy024, dy027, dy030; aggregates dy033, dy036, dy039, dy042, dy045; top_n dy048, dy051, dy054, dy057,
dy060; changes dy063, dy066, dy069, dy075; silences dy078, dy081, dy084, dy087, dy090; and all fifteen joins
(dy091..dy105). The two between changes of one kind (dy017 deploy to rollback, dy072 deploys followed by a rollback)
are not counted. Every gold returns at least one row on the demo store.

Conventions (the shapes of "Shapes and joins", the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored. The five keep their boards in UTC, so a day is a UTC day and a clock is UTC
  unless a zone is written: "8.00 pm to 8.30 pm IST" on 11-03-2025 is 14:30-15:00 UTC. The nows: Samarkand
  2025-03-13 05:00, Thiruvananthapuram 2025-03-12 10:00, Kano 2025-03-14 08:00, Antananarivo 2025-03-13 11:00, Cusco
  2025-03-17 13:00, all after every record. "11-mart", "innale", "ranar Talata", "Talata 11/03", "the 11 of March" are
  ``[2025-03-11, 2025-03-12)``; "kecha (12.03.2025)" ``[2025-03-12, 2025-03-13)``; "qayna simana" ``[2025-03-10,
  2025-03-17)``; Kano's "last week (Monday 03/03 to Sunday 09/03)" and Cusco's "03/03/25 to 09/03/25" ``[2025-03-03,
  2025-03-10)``; "February (1 to 28)" and "fevralda" ``[2025-02-01, 2025-03-01)``; "since 01/02/2025" and "from the 1
  of February until kunan" from 2025-02-01 to now; "this month (March)" from 2025-03-01 to now. A clock range
  "between 14h30 and 15h00" includes its start and excludes its end. "All time", "since always", "from the beginning"
  have no window. A thing is in a window by its own time (an alert's ``starts_at``, a change's ``timestamp``, an
  incident's ``opened_at``, a silence's ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a
  sample's or log line's ``timestamp``). "Still firing yanzu" and "firing at 02:00 UTC" are the state at that instant
  (``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``); silences "in effect at 03:00" are active then
  (``starts_at <= T AND ends_at > T`` and not expired by T).
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` to ``resolved_at`` (to the asker's now while NULL); silences the ``silences`` view's rows, in effect
  from ``starts_at`` to the earlier of ``ends_at`` and ``expired_at`` ("really in place"), their "planned length"
  ``starts_at`` to ``ends_at``; snoozes and acks ``audit_log`` rows by ``action``. Changes are their ``phase = 'live'``
  reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is two rows),
  "rollbacks", "flag changes", "config changes", "releases", "scaled" their types, "changes" every live report. A
  version is ``coalesce(details['ref'], version)`` (``change_details['ref']`` / ``change_version`` in the incident
  views); the version "running now" is that of the last live deployment or rollback of the service and environment;
  "which all versions went out ... each version one time" is each distinct version of its live deployments and
  rollbacks. "The payments-api v2.14.0 deploy" is its live production deployment (14:31:22); "the payments-api
  rollback" of the 11th its live production rollback (14:56:37); "the flag New checkout flow" its live production flag
  change (10:41:59); "maria's silence on cart-service" the only silence pinning cart-service (its ``created_at`` is the
  moment "when maria put her silence on"). People are as stored ("lucie", "kenji", "maria" are ``ILIKE``), and
  ``argocd (automated)`` counts as a deployer where people of deploys are asked.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change, incident and warning environments are already ``production`` /
  ``staging``); "after" is ``[t, t + N]``, "before" ``[t - N, t]``, with N as said (15 minutes, 30 minutes, one hour,
  two hours). "Any service" (dy009, dy030) drops the service match; dy030 keeps production, as asked; dy021's changes
  are those of production, the first checkout-web alert's environment, of any service. dy103 meets cart-service
  alerts with payments-api deploys of the same environment. Incidents opened "while was active a silence on the same
  service" (dy012) and alerts that "started while a silence ... was active" (dy087) start inside the silence's span
  (start included, end excluded, before any expiry); a silence without an environment covers every environment.
  Alerts "firing" on cart-service while its silence was in effect (dy078) share a moment with it. Incidents "that had a
  silence ... created during them" (dy081) and silences created "while an incident on same service was open" (dy051)
  have the silence's ``created_at`` inside the incident's span, ends included. Changes "made while an incident on the
  same service was open" (dy066) have their time inside it, ends included. Acks name their alert by their
  ``alertname`` and ``service`` equality matchers and count as taken "while still firing" when that alert was on at the
  ack's time (dy105 lists one row per alert and ack). "Suspect" is ``incident_suspects``: "which production deploylar
  ... suspect bo'lgan" are the ``change_events`` deployments some incident names; "whose deploylari ... suspect"
  counts distinct incidents per ``change_actor`` of suspect deployments; "incidents without a suspect change" have no
  row there; "a deploy of another service" is ``change_type = 'deployment' AND change_service <> service``; "on
  average how many minutes before the incident" is the mean ``lag_s / 60``. "Had early warning before them" is a row
  in ``incident_warnings``. "For each ...: ..., how many ..." is one row per thing with the columns named, those that
  met none counting 0 (a ``LEFT JOIN``). "Each silence how many alerts it muted" counts the ``alert_mutes`` rows whose
  ``silenced_by`` names it; "did Alertmanager really hold alerts back under them" is a silence some ``alert_mutes`` row
  names.
- Aggregates: durations in minutes to one decimal (hours when asked); an incident's duration and "time to resolve"
  ``opened_at`` to ``resolved_at`` of resolved ones; "how long was checkout-web down" the first of that day's
  checkout-web alerts' start to the last one's end; the median alert duration over resolved alerts; percentages
  ``round(100.0 * part / whole, 1)`` over the rows the question selects (dy045: every live production deployment, all
  time); "average alerts per day" the mean of the daily counts, days without alerts left out; "on average how many
  alert started" after each deploy the mean of the per-deploy counts, deploys with none counting 0; "log lines total
  and error lines" both counts side by side, both environments. "Office hours" are Monday to Friday 09:00-17:00 UTC by
  ``created_at``; "outside" any other time.
- Top-N answers are ``value, count`` most first, ties by the value, and no N asked is crossed by a tie; "just the one",
  "only one", "just the first" ask for one row; a breakdown "most first" with no N lists every value. Hours and days are
  UTC bucket starts. "When was indexer scaled the last time? Show me the event" is that scale event's row (any
  environment); "last deploy ... time mathram" is the time of that live deployment alone.
- Refusals: the service "visa-gateway", the service "gold-valuation-api", the cluster "prod-af-west-1" (the store has
  prod-eu-west-1 and staging-eu-west-1), the person "rakoto" and the "uat" environment are ungrounded; tomorrow's
  weather in Samarkand, a poem about on-call nights, the naira to dollar rate, the price of vanilla in Sambava and a
  calculation of on-call pay are not about this data; making a silence longer, deleting the v2.14.0 deploy rows, acking
  the certificate alert, putting a silence on the indexer and marking the Checkout flow incident resolved ask to change
  the data.
"""

SAMARKAND = "2025-03-13T05:00:00+00:00"
TRIVANDRUM = "2025-03-12T10:00:00+00:00"
KANO = "2025-03-14T08:00:00+00:00"
TANA = "2025-03-13T11:00:00+00:00"
CUSCO = "2025-03-17T13:00:00+00:00"

_DAY11 = "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_V214 = (
    "(SELECT min(timestamp) FROM change_events WHERE type = 'deployment' AND phase = 'live'"
    " AND service = 'payments-api' AND environment = 'production'"
    " AND coalesce(details['ref'], version) = 'v2.14.0')"
)
_ROLLBACK = (
    "(SELECT min(timestamp) FROM change_events WHERE type = 'rollback' AND phase = 'live'"
    " AND service = 'payments-api' AND environment = 'production'"
    " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')"
)

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "dy001",
        "filters",
        "Aka, 11-mart production da critical alertlar, all of them show, iltimos.",
        f"SELECT * FROM alerts WHERE severity = 'critical' AND environment_canonical = 'production' AND {_DAY11}",
        SAMARKAND,
    ),
    (
        "dy002",
        "filters",
        "payments-api v2.14.0 production ga went live, after that 15 minut ichida payments-api da started alerts which,"
        " list give",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND environment_canonical = 'production'"
        f" AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE",
        SAMARKAND,
    ),
    (
        "dy003",
        "filters",
        "Kecha (12.03.2025, UTC kun) indexer da started alertlar which ones, hammasini show",
        "SELECT * FROM alerts WHERE service = 'indexer'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'",
        SAMARKAND,
    ),
    (
        "dy004",
        "filters",
        "chetta, innale (11-03-2025) checkout project-il came warning alerts all one list make and give, full rows"
        " only",
        f"SELECT * FROM alerts WHERE project = 'checkout' AND severity = 'warning' AND {_DAY11}",
        TRIVANDRUM,
    ),
    (
        "dy005",
        "filters",
        "innale identity project staging-il live aaya deployments what all? full details pls",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND project = 'identity'"
        " AND environment = 'staging'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        TRIVANDRUM,
    ),
    (
        "dy006",
        "filters",
        "production deployments after which within 30 minutes same service-il one critical alert came, those deploys"
        " only show, all time",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND d.environment = 'production' AND EXISTS (SELECT 1 FROM alerts a WHERE a.severity = 'critical'"
        " AND a.service = d.service AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)",
        TRIVANDRUM,
    ),
    (
        "dy007",
        "filters",
        "Sannu. Alerts of identity project which are still firing yanzu, kindly list them",
        "SELECT * FROM alerts WHERE project = 'identity'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 08:00:00+00')",
        KANO,
    ),
    (
        "dy008",
        "filters",
        "Flag changes of production ranar Talata (11/03/2025), don Allah show me all of them",
        "SELECT * FROM change_events WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        KANO,
    ),
    (
        "dy009",
        "filters",
        "Any service at all: alerts which did start in the 10 minutes after payments-api v2.14.0 went live in"
        " production, list them",
        f"SELECT * FROM alerts WHERE starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 10 MINUTE",
        KANO,
    ),
    (
        "dy010",
        "filters",
        "Show azafady the alerts started on Talata 11/03 between 14h30 and 15h00 UTC, of payments-api",
        "SELECT * FROM alerts WHERE service = 'payments-api'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TANA,
    ),
    (
        "dy011",
        "filters",
        "Show the rollbacks of production since 01/02/2025, all of them",
        "SELECT * FROM change_events WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'",
        TANA,
    ),
    (
        "dy012",
        "filters",
        "Opened which incidents while was active a silence on the same service? All the columns.",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND g.opened_at >= s.starts_at AND g.opened_at < s.ends_at"
        " AND (s.expired_at IS NULL OR g.opened_at < s.expired_at))",
        TANA,
    ),
    (
        "dy013",
        "filters",
        "Allinllachu. Qayna simana (lunes 10 to domingo 16 of March) staging-qa critical alerts, list please",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging' AND severity = 'critical'"
        " AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'",
        CUSCO,
    ),
    (
        "dy014",
        "filters",
        "Production-qa config changes, from the 1 of February until kunan, all show me",
        "SELECT * FROM change_events WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-17 13:00:00+00'",
        CUSCO,
    ),
    (
        "dy015",
        "filters",
        "Staging-qa alerts which started inside 15 minutes after a staging deploy of the same service, list",
        "SELECT * FROM alerts a WHERE a.environment_canonical = 'staging' AND EXISTS (SELECT 1 FROM change_events d"
        " WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'staging' AND d.service = a.service"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)",
        CUSCO,
    ),
    # ------------------------------------------------------------------- time
    (
        "dy016",
        "time",
        "11-mart UTC soat by soat alerts how many started? hour and count",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        f" WHERE {_DAY11} GROUP BY hour ORDER BY hour",
        SAMARKAND,
    ),
    (
        "dy017",
        "time",
        "v2.14.0 production ga live bo'lgan moment from, payments-api rollback live bo'lgan moment until, how many"
        " minutes passed? (masalan 12,5)",
        f"SELECT round((epoch({_ROLLBACK}) - epoch({_V214})) / 60, 1) AS minutes",
        SAMARKAND,
    ),
    (
        "dy018",
        "time",
        "12.03.2025 soat 02:00 UTC da qaysi alerts firing were? exactly that moment",
        "SELECT * FROM alerts WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'"
        " AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')",
        SAMARKAND,
    ),
    (
        "dy019",
        "time",
        "innale (11-03-2025) 8.00 pm to 8.30 pm IST, started alerts what all?",
        "SELECT * FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00' AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'",
        TRIVANDRUM,
    ),
    (
        "dy020",
        "time",
        "payments-api production-il last deploy eppo happened? time mathram",
        "SELECT timestamp FROM change_events WHERE type = 'deployment' AND phase = 'live'"
        " AND service = 'payments-api' AND environment = 'production'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-12 10:00:00+00' ORDER BY timestamp DESC LIMIT 1",
        TRIVANDRUM,
    ),
    (
        "dy021",
        "time",
        "innale first checkout-web alert came, before that one hour-il production-il what all changes happened?",
        "SELECT * FROM change_events WHERE phase = 'live' AND environment = 'production'"
        " AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        f" AND {_DAY11}) - INTERVAL 60 MINUTE"
        f" AND (SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web' AND {_DAY11})",
        TRIVANDRUM,
    ),
    (
        "dy022",
        "time",
        "Alerts per day for last week (Monday 03/03 to Sunday 09/03), how many each day?",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'"
        " GROUP BY day ORDER BY day",
        KANO,
    ),
    (
        "dy023",
        "time",
        "What time did the first payments-api alert start ranar Talata? Only the time",
        f"SELECT min(starts_at) AS first_start FROM alerts WHERE service = 'payments-api' AND {_DAY11}",
        KANO,
    ),
    (
        "dy024",
        "time",
        "When maria put her silence on cart-service, which alerts were still firing at that moment?",
        "SELECT * FROM alerts"
        " WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service'"
        " AND created_by ILIKE '%maria%')"
        " AND (ends_at IS NULL OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'"
        " AND created_by ILIKE '%maria%'))",
        KANO,
    ),
    (
        "dy025",
        "time",
        "Lasted how many minutes the incident PaymentsAPIErrorBudgetBurn of Talata 11/03, from opened until resolved?",
        "SELECT round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes FROM alert_groups"
        " WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'"
        " AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        TANA,
    ),
    (
        "dy026",
        "time",
        "Show me azafady the 5 latest alerts of staging",
        "SELECT * FROM alerts WHERE environment_canonical = 'staging'"
        " AND starts_at <= TIMESTAMPTZ '2025-03-13 11:00:00+00' ORDER BY starts_at DESC LIMIT 5",
        TANA,
    ),
    (
        "dy027",
        "time",
        "Came how many minutes after the flag New checkout flow went on in production the first alert of checkout-web?",
        "SELECT round((epoch((SELECT min(starts_at) FROM alerts WHERE service = 'checkout-web'"
        " AND starts_at >= (SELECT min(timestamp) FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND environment = 'production' AND summary ILIKE '%New checkout flow%')))"
        " - epoch((SELECT min(timestamp) FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND environment = 'production' AND summary ILIKE '%New checkout flow%'))) / 60, 1) AS minutes",
        TANA,
    ),
    (
        "dy028",
        "time",
        "Qayna simana alerts per day hayk'a? the day and the number",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'"
        " GROUP BY day ORDER BY day",
        CUSCO,
    ),
    (
        "dy029",
        "time",
        "Checkout-web-qa the 11 of March how long was down? minutes, with one decimal",
        "SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-17 13:00:00+00'))) - epoch(min(starts_at)))"
        f" / 60, 1) AS minutes FROM alerts WHERE service = 'checkout-web' AND {_DAY11}",
        CUSCO,
    ),
    (
        "dy030",
        "time",
        "The payments-api rollback went live the 11, before that 30 minutes-pi which alerts started? production, any"
        " service",
        "SELECT * FROM alerts WHERE environment_canonical = 'production'"
        f" AND starts_at BETWEEN {_ROLLBACK} - INTERVAL 30 MINUTE AND {_ROLLBACK}",
        CUSCO,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "dy031",
        "aggregates",
        "11-mart production alertlar among, critical ones share percent how much? (masalan 12,5%)",
        "SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS critical_pct"
        f" FROM alerts WHERE environment_canonical = 'production' AND {_DAY11}",
        SAMARKAND,
    ),
    (
        "dy032",
        "aggregates",
        "All silences average planned length (start dan planned end gacha) necha minut?",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences",
        SAMARKAND,
    ),
    (
        "dy033",
        "aggregates",
        "Har bir production deploy after 15 minut ichida same service da on average how many alert started? zero"
        " bo'lgan deploys ham counted",
        "SELECT round(avg(n), 1) AS avg_alerts FROM (SELECT d.id, count(a.fingerprint) AS n FROM change_events d"
        " LEFT JOIN alerts a ON a.service = d.service AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE"
        " WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production' GROUP BY d.id)",
        SAMARKAND,
    ),
    (
        "dy034",
        "aggregates",
        "resolved incidents-il average time to resolve per service, minutes. incidents only, not alerts",
        "SELECT service, round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM alert_groups"
        " WHERE resolved_at IS NOT NULL GROUP BY service ORDER BY avg_minutes DESC",
        TRIVANDRUM,
    ),
    (
        "dy035",
        "aggregates",
        "innale payments-api log lines total how much, error lines how much? both numbers",
        "SELECT count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines FROM log_events"
        " WHERE service = 'payments-api'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        TRIVANDRUM,
    ),
    (
        "dy036",
        "aggregates",
        "suspect changes on average how many minutes before the incident they landed? one decimal only",
        "SELECT round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects",
        TRIVANDRUM,
    ),
    (
        "dy037",
        "aggregates",
        "How many silences did each person create, from the beginning till now?",
        "SELECT created_by, count(*) AS silences FROM silences GROUP BY created_by ORDER BY silences DESC",
        KANO,
    ),
    (
        "dy038",
        "aggregates",
        "Max value of hikaricp_connections_pending ranar Talata, what is it?",
        "SELECT max(value) AS max_value FROM metric_points WHERE name = 'hikaricp_connections_pending'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        KANO,
    ),
    (
        "dy039",
        "aggregates",
        "Incidents opened this month (March), what percent had early warning before them?",
        "SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings)) / count(*), 1)"
        " AS pct FROM alert_groups"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " AND opened_at <= TIMESTAMPTZ '2025-03-14 08:00:00+00'",
        KANO,
    ),
    (
        "dy040",
        "aggregates",
        "Did ack how many alerts the lucie, since the beginning?",
        "SELECT count(*) AS acks FROM audit_log WHERE action = 'ack' AND actor ILIKE '%lucie%'",
        TANA,
    ),
    (
        "dy041",
        "aggregates",
        "Is how many minutes the median duration of the alerts HighLatencyP99 of staging?",
        "SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes FROM alerts"
        " WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'",
        TANA,
    ),
    (
        "dy042",
        "aggregates",
        "For each rollback of production: the service, when went live, and how many alerts started on the same"
        " service in the hour before it",
        "SELECT r.service, r.timestamp, count(a.fingerprint) AS alerts FROM change_events r"
        " LEFT JOIN alerts a ON a.service = r.service AND a.environment_canonical = r.environment"
        " AND a.starts_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp"
        " WHERE r.type = 'rollback' AND r.phase = 'live' AND r.environment = 'production'"
        " GROUP BY r.id, r.service, r.timestamp ORDER BY r.timestamp",
        TANA,
    ),
    (
        "dy043",
        "aggregates",
        "February (1 to 28) average alerts per day hayk'a? the days with zero not counted",
        "SELECT round(avg(n), 1) AS avg_per_day FROM (SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day,"
        " count(*) AS n FROM alerts"
        " WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'"
        " GROUP BY day)",
        CUSCO,
    ),
    (
        "dy044",
        "aggregates",
        "Silence authors-pa total silenced hours, how they really were in place (until the end or until expired),"
        " per author",
        "SELECT created_by, round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at))"
        " / 3600, 1) AS hours FROM silences GROUP BY created_by ORDER BY hours DESC",
        CUSCO,
    ),
    (
        "dy045",
        "aggregates",
        "Production deploys-manta what percent had an alert of the same service inside 15 minutes after?",
        "SELECT round(100.0 * count(*) FILTER (WHERE EXISTS (SELECT 1 FROM alerts a WHERE a.service = d.service"
        " AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)) / count(*), 1) AS pct"
        " FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'",
        CUSCO,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "dy046",
        "top_n",
        "All time eng ko'p alert bergan 3 service which? service and count",
        "SELECT service, count(*) AS alerts FROM alerts GROUP BY service ORDER BY alerts DESC, service LIMIT 3",
        SAMARKAND,
    ),
    (
        "dy047",
        "top_n",
        "11-mart eng busy 2 soat (UTC) alerts bo'yicha, hour and count",
        "SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts"
        f" WHERE {_DAY11} GROUP BY hour ORDER BY alerts DESC, hour LIMIT 2",
        SAMARKAND,
    ),
    (
        "dy048",
        "top_n",
        "Whose deploylari eng ko'p incidents uchun suspect bo'lgan? just one person, incidents count bilan",
        "SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects"
        " WHERE change_type = 'deployment' GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1",
        SAMARKAND,
    ),
    (
        "dy049",
        "top_n",
        "all time most fired 3 alert names, count also",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 3",
        TRIVANDRUM,
    ),
    (
        "dy050",
        "top_n",
        "innale error log lines most wrote top 3 services which?",
        "SELECT service, count(*) AS error_lines FROM log_events WHERE is_error"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY service ORDER BY error_lines DESC, service LIMIT 3",
        TRIVANDRUM,
    ),
    (
        "dy051",
        "top_n",
        "while an incident on same service was open, who all created silences? person and how many, most first",
        "SELECT s.created_by, count(*) AS silences FROM silences s WHERE EXISTS (SELECT 1 FROM alert_groups g"
        " WHERE g.service = s.service AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at >= g.opened_at"
        " AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))"
        " GROUP BY s.created_by ORDER BY silences DESC, s.created_by",
        TRIVANDRUM,
    ),
    (
        "dy052",
        "top_n",
        "Who did acknowledge alerts the most? Only the top one, with the number",
        "SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack' GROUP BY actor"
        " ORDER BY acks DESC, actor LIMIT 1",
        KANO,
    ),
    (
        "dy053",
        "top_n",
        "Top 3 metric series by number of early warnings, metric key and count",
        "SELECT metric_key, count(*) AS warnings FROM warnings GROUP BY metric_key"
        " ORDER BY warnings DESC, metric_key LIMIT 3",
        KANO,
    ),
    (
        "dy054",
        "top_n",
        "Which service had the most alerts that started within 15 minutes after one of its own deploys? Just one",
        "SELECT a.service, count(*) AS alerts FROM alerts a WHERE EXISTS (SELECT 1 FROM change_events d"
        " WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = a.service"
        " AND d.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)"
        " GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1",
        KANO,
    ),
    (
        "dy055",
        "top_n",
        "Received the most alerts which team (the label team)? The first 2 with their number",
        "SELECT labels['team'] AS team, count(*) AS alerts FROM alerts WHERE labels['team'] IS NOT NULL"
        " GROUP BY team ORDER BY alerts DESC, team LIMIT 2",
        TANA,
    ),
    (
        "dy056",
        "top_n",
        "Creates the longest silences on average who (the planned length)? Only one",
        "SELECT created_by, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences"
        " GROUP BY created_by ORDER BY avg_minutes DESC, created_by LIMIT 1",
        TANA,
    ),
    (
        "dy057",
        "top_n",
        "Has the most incidents without a suspect change which alert name? Just the first",
        "SELECT group_labels['alertname'] AS alertname, count(*) AS incidents FROM alert_groups"
        " WHERE id NOT IN (SELECT group_id FROM incident_suspects)"
        " GROUP BY alertname ORDER BY incidents DESC, alertname LIMIT 1",
        TANA,
    ),
    (
        "dy058",
        "top_n",
        "The 3 longest incidents already resolved: service, alert name and minutes",
        "SELECT service, group_labels['alertname'] AS alertname,"
        " round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes FROM alert_groups"
        " WHERE resolved_at IS NOT NULL ORDER BY minutes DESC LIMIT 3",
        CUSCO,
    ),
    (
        "dy059",
        "top_n",
        "Which 2 days had most alerts, since always? the day and the count",
        "SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts FROM alerts"
        " GROUP BY day ORDER BY alerts DESC, day LIMIT 2",
        CUSCO,
    ),
    (
        "dy060",
        "top_n",
        "Top 3 deployers by deploys that had an alert of the same service within 15 minutes after, with the number",
        "SELECT d.actor, count(*) AS deploys FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM alerts a WHERE a.service = d.service AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)"
        " GROUP BY d.actor ORDER BY deploys DESC, d.actor LIMIT 3",
        CUSCO,
    ),
    # ---------------------------------------------------------------- changes
    (
        "dy061",
        "changes",
        "11-mart staging ga deploylar: service, versiya, who made, show",
        "SELECT service, coalesce(details['ref'], version) AS version, actor FROM change_events"
        " WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SAMARKAND,
    ),
    (
        "dy062",
        "changes",
        "payments-api production da hozir which version running?",
        "SELECT coalesce(details['ref'], version) AS version FROM change_events"
        " WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'"
        " AND type IN ('deployment', 'rollback') AND timestamp <= TIMESTAMPTZ '2025-03-13 05:00:00+00'"
        " ORDER BY timestamp DESC LIMIT 1",
        SAMARKAND,
    ),
    (
        "dy063",
        "changes",
        "Which production deploylar incidents uchun suspect bo'lgan? hamma vaqt (all time), full rows",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND id IN (SELECT change_id FROM incident_suspects)",
        SAMARKAND,
    ),
    (
        "dy064",
        "changes",
        "production-il flags who all flipped, and when? person, flag summary, time",
        "SELECT actor, summary, timestamp FROM change_events WHERE type = 'flag_change' AND phase = 'live'"
        " AND environment = 'production' ORDER BY timestamp",
        TRIVANDRUM,
    ),
    (
        "dy065",
        "changes",
        "auth-api staging-il which all versions went out? each version one time only",
        "SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events"
        " WHERE service = 'auth-api' AND environment = 'staging' AND type IN ('deployment', 'rollback')"
        " AND phase = 'live'",
        TRIVANDRUM,
    ),
    (
        "dy066",
        "changes",
        "innale, changes made while an incident on the same service was open, what all?",
        "SELECT * FROM change_events c WHERE c.phase = 'live'"
        " AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment"
        " AND c.timestamp >= g.opened_at"
        " AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))",
        TRIVANDRUM,
    ),
    (
        "dy067",
        "changes",
        "Kindly list all the rollbacks in production: service, version, who did it, and the time",
        "SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp FROM change_events"
        " WHERE type = 'rollback' AND phase = 'live' AND environment = 'production' ORDER BY timestamp",
        KANO,
    ),
    (
        "dy068",
        "changes",
        "When was indexer scaled the last time? Show me the event",
        "SELECT * FROM change_events WHERE type = 'scale' AND phase = 'live' AND service = 'indexer'"
        " AND timestamp <= TIMESTAMPTZ '2025-03-14 08:00:00+00' ORDER BY timestamp DESC LIMIT 1",
        KANO,
    ),
    (
        "dy069",
        "changes",
        "Deploys of ranar Talata that no alert of the same service came within 15 minutes after them, list them",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = d.service"
        " AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)",
        KANO,
    ),
    (
        "dy070",
        "changes",
        "Released which versions the auth-api, and when?",
        "SELECT coalesce(details['ref'], version) AS version, timestamp FROM change_events"
        " WHERE type = 'release' AND phase = 'live' AND service = 'auth-api' ORDER BY timestamp",
        TANA,
    ),
    (
        "dy071",
        "changes",
        "Changed the config who, since 01/02/2025? The persons only",
        "SELECT DISTINCT actor FROM change_events WHERE type = 'config_update' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND timestamp <= TIMESTAMPTZ '2025-03-13 11:00:00+00'",
        TANA,
    ),
    (
        "dy072",
        "changes",
        "Were followed by a rollback of the same service within one hour which deployments?",
        "SELECT * FROM change_events d WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback' AND r.phase = 'live'"
        " AND r.service = d.service AND r.environment = d.environment"
        " AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)",
        TANA,
    ),
    (
        "dy073",
        "changes",
        "Production-pi deploys from 03/03/25 to 09/03/25, list",
        "SELECT * FROM change_events WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-03 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-10 00:00:00+00'",
        CUSCO,
    ),
    (
        "dy074",
        "changes",
        "Search-api-qa the 11 of March what changed? all the changes",
        "SELECT * FROM change_events WHERE service = 'search-api' AND phase = 'live'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        CUSCO,
    ),
    (
        "dy075",
        "changes",
        "Flag changes after which inside 1 hour an incident opened on the same service, which ones?",
        "SELECT * FROM change_events c WHERE c.type = 'flag_change' AND c.phase = 'live'"
        " AND EXISTS (SELECT 1 FROM alert_groups g WHERE g.service = c.service AND g.environment = c.environment"
        " AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)",
        CUSCO,
    ),
    # --------------------------------------------------------------- silences
    (
        "dy076",
        "silences",
        "12.03.2025 soat 03:00 UTC da qaysi silences in effect edi?",
        "SELECT * FROM silences WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'"
        " AND ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00'"
        " AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')",
        SAMARKAND,
    ),
    (
        "dy077",
        "silences",
        "Kenji aka fevralda created silences, comment bilan, hammasini show",
        "SELECT * FROM silences WHERE created_by ILIKE '%kenji%'"
        " AND created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00' AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'",
        SAMARKAND,
    ),
    (
        "dy078",
        "silences",
        "cart-service silence in effect bo'lgan vaqtda, cart-service da firing alerts qaysi?",
        "SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM silences s"
        " WHERE s.service = 'cart-service' AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))"
        " AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))",
        SAMARKAND,
    ),
    (
        "dy079",
        "silences",
        "lucie created silences: silence id, comment and how many hours it was set for (planned)",
        "SELECT silence_id, comment, round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences"
        " WHERE created_by ILIKE '%lucie%'",
        TRIVANDRUM,
    ),
    (
        "dy080",
        "silences",
        "early expire aaya silences, who expired and when, that only",
        "SELECT expired_by, expired_at FROM silences WHERE expired_at IS NOT NULL",
        TRIVANDRUM,
    ),
    (
        "dy081",
        "silences",
        "incidents that had a silence on same service created during them, list the incidents",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = g.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)"
        " AND s.created_at >= g.opened_at"
        " AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 10:00:00+00'))",
        TRIVANDRUM,
    ),
    (
        "dy082",
        "silences",
        "Snoozes ranar Talata, who did them and how many each?",
        "SELECT actor, count(*) AS snoozes FROM audit_log WHERE action = 'snooze'"
        " AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY actor ORDER BY snoozes DESC",
        KANO,
    ),
    (
        "dy083",
        "silences",
        "Which silences did Alertmanager really hold alerts back under them? list",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        KANO,
    ),
    (
        "dy084",
        "silences",
        "Silences created within 10 minutes after an alert of the same service started: silence id, the author, the"
        " alert name and when the alert started",
        "SELECT s.silence_id, s.created_by, a.name, a.starts_at FROM silences s JOIN alerts a"
        " ON a.service = s.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE",
        KANO,
    ),
    (
        "dy085",
        "silences",
        "Pin the environment staging which silences?",
        "SELECT * FROM silences WHERE environment_canonical = 'staging'",
        TANA,
    ),
    (
        "dy086",
        "silences",
        "Was in place really how many minutes the silence of maria on cart-service?",
        "SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1) AS minutes"
        " FROM silences WHERE service = 'cart-service' AND created_by ILIKE '%maria%'",
        TANA,
    ),
    (
        "dy087",
        "silences",
        "Started while a silence on the same service was active which alerts?",
        "SELECT * FROM alerts a WHERE EXISTS (SELECT 1 FROM silences s WHERE s.service = a.service"
        " AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)"
        " AND a.starts_at >= s.starts_at AND a.starts_at < s.ends_at"
        " AND (s.expired_at IS NULL OR a.starts_at < s.expired_at))",
        TANA,
    ),
    (
        "dy088",
        "silences",
        "Indexer-pa silences hayk'a were created in total?",
        "SELECT count(*) AS silences FROM silences WHERE service = 'indexer'",
        CUSCO,
    ),
    (
        "dy089",
        "silences",
        "Silences created outside office hours (lunes to viernes, 9 to 17 UTC), which ones?",
        "SELECT * FROM silences WHERE NOT (isodow(created_at) BETWEEN 1 AND 5"
        " AND hour(created_at) >= 9 AND hour(created_at) < 17)",
        CUSCO,
    ),
    (
        "dy090",
        "silences",
        "Each silence how many alerts it muted? zero also. silence id, author and the number",
        "SELECT s.silence_id, s.created_by, count(m.id) AS muted FROM silences s"
        " LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)"
        " GROUP BY s.silence_id, s.created_by ORDER BY muted DESC",
        CUSCO,
    ),
    # ------------------------------------------------------------------ joins
    (
        "dy091",
        "joins",
        "Each incident uchun suspect change: service, alert name, opened time, suspect versiya, kim (who). only suspect"
        " bor incidents",
        "SELECT service, group_labels['alertname'] AS alertname, opened_at,"
        " coalesce(change_details['ref'], change_version) AS version, change_actor FROM incident_suspects",
        SAMARKAND,
    ),
    (
        "dy092",
        "joins",
        "11-mart deploylar after 15 minut ichida same service da alert came, servicelar which? each one bir marta",
        "SELECT DISTINCT d.service FROM change_events d JOIN alerts a ON a.service = d.service"
        " AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE"
        " WHERE d.type = 'deployment' AND d.phase = 'live'"
        " AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'",
        SAMARKAND,
    ),
    (
        "dy093",
        "joins",
        "Early warning bo'lgan incidents: har biri uchun service, opened time va necha warning",
        "SELECT service, opened_at, count(*) AS warnings FROM incident_warnings"
        " GROUP BY group_id, service, opened_at ORDER BY opened_at",
        SAMARKAND,
    ),
    (
        "dy094",
        "joins",
        "resolved incidents how they fixed: service, alert name, fix and who resolved, all of them",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix, r.resolved_by FROM alert_groups g"
        " JOIN resolutions r ON r.group_id = g.id",
        TRIVANDRUM,
    ),
    (
        "dy095",
        "joins",
        "innale production deploys each one: service, version and next 15 min same service-il alerts count, zero also",
        "SELECT d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts"
        " FROM change_events d LEFT JOIN alerts a ON a.service = d.service"
        " AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE"
        " WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'"
        " AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY d.id, d.service, coalesce(d.details['ref'], d.version) ORDER BY alerts DESC",
        TRIVANDRUM,
    ),
    (
        "dy096",
        "joins",
        "innale opened incidents which had no early warning before them, list",
        "SELECT * FROM alert_groups"
        " WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " AND id NOT IN (SELECT group_id FROM incident_warnings)",
        TRIVANDRUM,
    ),
    (
        "dy097",
        "joins",
        "Incidents after which a rollback of the same service went live within one hour, kindly list them",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events r WHERE r.type = 'rollback'"
        " AND r.phase = 'live' AND r.service = g.service AND r.environment = g.environment"
        " AND r.timestamp BETWEEN g.opened_at AND g.opened_at + INTERVAL 60 MINUTE)",
        KANO,
    ),
    (
        "dy098",
        "joins",
        "For each early warning on payments-api ranar Talata: the warning name, when it started, and how many"
        " payments-api alerts started in the 15 minutes after it",
        "SELECT w.labels['alertname'] AS warning, w.starts_at, count(a.fingerprint) AS alerts FROM warnings w"
        " LEFT JOIN alerts a ON a.service = 'payments-api'"
        " AND a.environment_canonical = w.labels['environment']"
        " AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE"
        " WHERE w.labels['service'] = 'payments-api'"
        " AND w.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'"
        " AND w.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
        " GROUP BY w.id, warning, w.starts_at ORDER BY w.starts_at",
        KANO,
    ),
    (
        "dy099",
        "joins",
        "Which incidents had a flag change on the same service in the one hour before they opened?",
        "SELECT * FROM alert_groups g WHERE EXISTS (SELECT 1 FROM change_events c WHERE c.type = 'flag_change'"
        " AND c.phase = 'live' AND c.service = g.service AND c.environment = g.environment"
        " AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)",
        KANO,
    ),
    (
        "dy100",
        "joins",
        "Deployed right before an alert of the same service (within 15 minutes) who?",
        "SELECT DISTINCT d.actor FROM change_events d JOIN alerts a ON a.service = d.service"
        " AND a.environment_canonical = d.environment"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE"
        " WHERE d.type = 'deployment' AND d.phase = 'live'",
        TANA,
    ),
    (
        "dy101",
        "joins",
        "Opened within 15 minutes after a deploy of the same service which incidents? Service, alert name, opened,"
        " and the version of the deploy",
        "SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,"
        " coalesce(d.details['ref'], d.version) AS version FROM alert_groups g JOIN change_events d"
        " ON d.type = 'deployment' AND d.phase = 'live' AND d.service = g.service AND d.environment = g.environment"
        " AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE",
        TANA,
    ),
    (
        "dy102",
        "joins",
        "Was followed by no alert of the same service within 2 hours which releases?",
        "SELECT * FROM change_events c WHERE c.type = 'release' AND c.phase = 'live'"
        " AND NOT EXISTS (SELECT 1 FROM alerts a WHERE a.service = c.service"
        " AND a.environment_canonical = c.environment"
        " AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 2 HOUR)",
        TANA,
    ),
    (
        "dy103",
        "joins",
        "Cart-service-pa alerts which came inside 15 minutes after a payments-api deploy, list",
        "SELECT * FROM alerts a WHERE a.service = 'cart-service' AND EXISTS (SELECT 1 FROM change_events d"
        " WHERE d.type = 'deployment' AND d.phase = 'live' AND d.service = 'payments-api'"
        " AND d.environment = a.environment_canonical"
        " AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)",
        CUSCO,
    ),
    (
        "dy104",
        "joins",
        "Incidents whose suspect was a deploy of another service, which ones?",
        "SELECT * FROM incident_suspects WHERE change_type = 'deployment' AND change_service <> service",
        CUSCO,
    ),
    (
        "dy105",
        "joins",
        "Alerts acked while still firing: alert name, service, start and who acked",
        "SELECT a.name, a.service, a.starts_at, l.actor FROM audit_log l JOIN alerts a"
        " ON a.name = list_filter(l.matchers, m -> m.name = 'alertname' AND m.is_equal AND NOT m.is_regex)[1].value"
        " AND a.service = list_filter(l.matchers, m -> m.name = 'service' AND m.is_equal AND NOT m.is_regex)[1].value"
        " AND a.starts_at <= l.timestamp AND (a.ends_at IS NULL OR a.ends_at > l.timestamp)"
        " WHERE l.action = 'ack'",
        CUSCO,
    ),
    # --------------------------------------------------------------- refusals
    (
        "dy106",
        "refusals",
        "Ertaga Samarqand da ob-havo qanday bo'ladi? tomorrow weather how will be",
        "not_about_this_data",
        SAMARKAND,
    ),
    (
        "dy107",
        "refusals",
        "token-service staging dagi KubePodCrashLooping silence ni 2 soat longer qilib qo'ying, iltimos",
        "asks_to_change_data",
        SAMARKAND,
    ),
    ("dy108", "refusals", "visa-gateway da 11-mart how many alerts bo'lgan?", "ungrounded", SAMARKAND),
    (
        "dy109",
        "refusals",
        "chetta, one small poem write about night on-call, Malayalam-il only",
        "not_about_this_data",
        TRIVANDRUM,
    ),
    (
        "dy110",
        "refusals",
        "innale payments-api v2.14.0 deploy rows delete cheyyu, report-il venda",
        "asks_to_change_data",
        TRIVANDRUM,
    ),
    ("dy111", "refusals", "gold-valuation-api-il innale how many alerts came?", "ungrounded", TRIVANDRUM),
    ("dy112", "refusals", "What is the naira to dollar rate today, abeg?", "not_about_this_data", KANO),
    (
        "dy113",
        "refusals",
        "Kindly ack the CertificateExpiringSoon alert on auth-api for me, na gode",
        "asks_to_change_data",
        KANO,
    ),
    ("dy114", "refusals", "Alerts of cluster prod-af-west-1 ranar Talata, how many?", "ungrounded", KANO),
    (
        "dy115",
        "refusals",
        "Is how much the price of vanilla per kilo in Sambava this week?",
        "not_about_this_data",
        TANA,
    ),
    ("dy116", "refusals", "Put azafady a silence on the indexer for 2 hours", "asks_to_change_data", TANA),
    ("dy117", "refusals", "Deployed what the rakoto on Talata?", "ungrounded", TANA),
    (
        "dy118",
        "refusals",
        "How much is my on-call pay for 3 nights of March? calculate please, 45,50 soles per night",
        "not_about_this_data",
        CUSCO,
    ),
    (
        "dy119",
        "refusals",
        "The incident Checkout flow 503-qa still open, mark it as resolved please",
        "asks_to_change_data",
        CUSCO,
    ),
    ("dy120", "refusals", "Uat environment-pi alerts of qayna simana, list", "ungrounded", CUSCO),
]
