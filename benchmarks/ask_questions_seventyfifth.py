"""The seventy-fifth ask question set: ids uy001..uy120, 15 per category.

Written by an outside author who saw neither the parser, nor its tests, nor the paraphrases, nor any other set's
questions, and who never opened the seventy-fourth set's file (written at the same time by another author; its name
was not yet in the ``benchmarks/`` listing when the author looked, and showed up later only as a name in ``git status``,
which also listed the names of files being changed elsewhere). What the author read, and nothing more:

- the brief (``h_set_common.md``) and the few lines that named this set's file, ids and docstring opening;
- ``DESIGN.md`` of the shared folder, printed whole;
- ``docs/store.md``, printed whole in the same command as DESIGN.md; the terminal cut the middle of that output, so
  the cut part was printed again by line range (lines 150-242 and 240-480 of store.md) and read;
- of ``docs/ask.md`` only its headings (``grep -n '^## '``) and the section "Shapes and joins", printed by its line
  range in two pieces (165-280 and 280-384), taken as the rules for the shape of every gold answer;
- the module docstring of ``ask_questions`` printed with ``ast`` (the terminal cut its middle; the cut lines were
  printed again by range) and the source of its ``_question`` and ``validate``;
- the module docstrings of the earlier sets, dumped with ``ast.get_docstring`` into a scratch file and grepped for
  roles, organisations, cities and languages (the grep hits showed single lines of many of them, and a few lines of the
  fifty-seventh's list of people); the forty-ninth's was read whole and its "Conventions" followed where a question
  leaves room;
- the first ten rows of ``ask_questions_thirtieth`` imported in Python, and the lines defining its module-level nows
  (one grep), for the file's format;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'`` (records from
  2025-01-02 to 2025-03-12 05:27 UTC, most of them on Tuesday 2025-03-11, the day payments-api v2.14.0 went out to
  production at 14:31:22 and was rolled back at 14:56:37).

File names were seen in directory listings of ``benchmarks/`` and in ``git status``. The gate
``signalcraft.copilot.sql_guard.safe`` was imported and called on every gold (its source was not read). Each row is
``(id, category, question, gold, now)``. A refusal's gold is its kind: ``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``; every other gold is one DuckDB SELECT over the documented tables and views,
which the gate accepts and which returns at least one row on the demo store.

Five people ask, none of them heard in an earlier set (the earlier docstrings name no Cockney, Icelandic, Bengali,
Catalan or Trinidadian voice, no national lottery, tram operator, wine cooperative, whale-watching company or
Carnival band, and nobody in London, Húsavík, Kolkata, Vilafranca del Penedès or Port of Spain; Reykjavik, an ERP
administrator of a dairy cooperative and "IST" as a zone did appear before, in other people). Each asks three
questions in every category, 24 in all, three of them refusals:

- a payments engineer on the payments team of a national lottery operator, in Stratford, East London, whose ticket
  shop pays through payments-api (the checkout project): Thursday 13 March, 09:15 GMT (``2025-03-13T09:15:00+00:00``).
  Cockney: dropped h's ("'ow", "'ad", "'alf"), "wot", "oo" for who, "anyfink", "innit", "guv", "bruv", "the lot",
  "nought" for zero, "free" for three, and rhyming slang ("'ave a butcher's" for have a look, "can't Adam and Eve it"
  for can't believe it); "Tuesday" is 11 March and "yesterday" 12 March;
- the developer of the booking platform of a whale-watching tour company in Húsavík, north Iceland, whose booking
  site searches through search-api and signs customers in through the identity services: Friday 14 March, 08:30
  (Iceland keeps UTC all year; ``2025-03-14T08:30:00+00:00``). English as a second language with Icelandic habits:
  dates written "11.3.", clocks "kl. 14:00", "jæja" and "takk", "made" for created, "how many percent", "most"
  without its article, short and exact;
- a systems engineer in the control room of Kolkata's tram operator, whose smart-card top-up app signs in through the
  identity services and pays through checkout: Saturday 15 March, 10:30 IST (``2025-03-15T05:00:00+00:00``). Indian
  English with Bengali turns: "kindly", "please give", "itself" and "only" for emphasis, "who all", "hour-wise",
  "person-wise", "as per", "na?"; clock times are given in IST where said ("8 pm to 9 pm IST"), days otherwise read
  on the UTC board the whole company shares;
- the systems manager of a cava-producing wine cooperative in Vilafranca del Penedès, whose ERP's wine-club shop pays
  through payments-api and whose members log in through auth-api, preparing Monday's IT review: Monday 17 March,
  09:00 CET (``2025-03-17T08:00:00+00:00``). English with Catalan turns: "the day 11" (el dia 11), "incidences"
  (incidències) for incidents, "which alerts there were", "more" for most ("the 3 services with more alerts", "who
  did more changes"), "since always" (des de sempre), "not needed already" (ja no), a verb before its subject ("has
  created lucie"), clocks "14h"; clock times are said in UTC;
- the on-call engineer of the online costume and fete-ticket store of a Carnival mas band in Port of Spain, whose
  store pays through checkout, typing on a phone: Wednesday 12 March, 19:30 AST (``2025-03-12T23:30:00+00:00``).
  Trinidadian English Creole: "it have" for there is / are, "is who" for who, "allyuh" for you all, "de", "dey",
  "dem", "dat", "dis", "wha", "nah" softening a request, "boi", "does" for a habit, "get blame", "he silence" for his
  silence, "how much" for how many, "rn"; "today" is 12 March and "yesterday" 11 March, UTC days (said "UTC" where
  the answer would differ on Trinidad's clock).

45 of the 105 questions that are not refusals relate two kinds of record, in time or by scope: five in filters
(uy002, uy005, uy008 alerts after deploys of their service; uy011 incidents after a change of their service; uy014
alerts since a flag flip), five in time (uy018 changes before an alert; uy021 alerts firing when a silence was made;
uy024 and uy029 minutes from a deploy to an alert; uy026 alerts firing when a rollback went live), five in aggregates
(uy032 and uy038 alerts per deploy; uy035 incidents with a warning before them; uy041 deploys followed by an alert;
uy044 incidents with a suspect change), five in top_n (uy047 suspects' people; uy050 incidents with warnings per
service; uy053 alerts after their service's deploys; uy056 alerts of the services that had a flag change; uy059
deployers whose deploys were followed by an alert), five in changes (uy063 deploys followed by a critical alert;
uy065 changes before an alert; uy068 deploys followed by no alert; uy071 changes while an incident was open; uy074
deploys that are incidents' suspects), five in silences (uy077 alerts firing while a silence was on; uy080 silences
Alertmanager says muted something; uy083 silences made after an alert started; uy086 incidents opened inside a
silence; uy089 alerts firing when a silence was made) and all fifteen joins (uy091..uy105). No gold returns an empty
result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored. Days are UTC days: "Tuesday", "the 11th", "11th March", "11.3.", "the day 11"
  and the mas-band engineer's "yesterday" are ``[2025-03-11, 2025-03-12)``; the lottery engineer's "yesterday" and the
  mas-band engineer's "today" are ``[2025-03-12, 2025-03-13)`` (today's up to now); "this week" (the tram engineer's)
  is ``[2025-03-10, now]``; "last week" (the cooperative's, asked on a Monday) is ``[2025-03-10, 2025-03-17)``; "this
  year" is ``[2025-01-01, now]``; "all time", "ever", "since always" have no window. A clock range includes its start
  and excludes its end: "kl. 14:00 to kl. 16:00 on 11.3." is ``[14:00, 16:00)``, "8 pm to 9 pm IST on 11th March" is
  ``[14:30, 15:30)`` UTC, "between 6 and 10 pm UTC" ``[18:00, 22:00)``, "the night from Tuesday 11 to Wednesday 12,
  between 22h and 6h UTC" ``[2025-03-11 22:00, 2025-03-12 06:00)``. A thing is in a window by its own time (an
  alert's ``starts_at``: "came", "went off", "kicked off", "pop off", "started"; an incident's ``opened_at``; a
  change's ``timestamp``; a silence's ``created_at``; an audit entry's or log line's ``timestamp``; a warning's
  ``starts_at``). "Still firing right now", "still going on rn", "still not closed" are the state at now
  (``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``, for incidents ``opened_at`` / ``resolved_at``); "firing at
  the moment X" is the state at X's time.
- Alerts are the ``alerts`` view's rows (every column for a list, ``environment_canonical`` for "prod" / "staging");
  incidents ("incidences") ``alert_groups``' rows, open from ``opened_at`` until ``resolved_at`` (until now while it is
  NULL); silences the ``silences`` view's rows, in effect from ``starts_at`` until the earlier of ``ends_at`` and
  ``expired_at``; early warnings the ``warnings`` rows, "for indexer" / "on payments-api" by ``labels['service']``,
  their kind ``labels['alertname']``. Changes are their ``phase = 'live'`` reports; "deploys" and "deployments"
  ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is two rows), "rollbacks",
  "releases", "config changes", "flags turned on or off" their types; "a change" any type; "scale-downs" scale events
  whose ``details['replicas_to']`` is below ``details['replicas_from']`` as integers, any environment. A version is
  ``coalesce(details['ref'], version)`` (``change_details['ref']`` and ``change_version`` in the incident views); the
  version "live in prod right now" / "in staging and in production now" is that of the last live deployment or
  rollback of that service and environment. "Persons, not argocd nor the deployment-controller" and "not counting the
  robots" leave out ``argocd (automated)`` and ``deployment-controller``; people are as stored ("maria", "lucie",
  "kenji" are ``ILIKE`` matches). "The New checkout flow flag" and "the Passkey login flag in prod" are the live
  production flag changes whose summaries name them; "maria's silence" / "the cart-service silence" is the only
  silence pinning cart-service; "kenji's silence today (UTC)" his only silence created on 12 March; "the DiskSpaceLow
  alert kl. 16:58" the one that started in that minute; "the HikariPoolPendingConnections incident" the incident of
  that alert name (there is one).
- Relations between kinds meet on service and canonical environment (``alerts.environment_canonical``; changes and
  incidents already say ``production`` / ``staging``): "within N minutes after" a change is ``[t, t + N]`` ("in the hour
  after" 60, "within the hour after" 60, default 15 between changes and alerts), "in the 'alf hour before" an alert
  ``[t - 30 min, t]`` and "in the 2 hours before" ``[t - 2 h, t]``, the changes being those of the alert's environment
  (production), of any service unless one is named (uy065 names search-api); "in the hour before dem" (incidents)
  ``[opened_at - 60 min, opened_at]``. "Since dey flip on de flag" runs from the flag change to now. "The cart-service
  alerts in the 15 minutes after a deploy of payments-api" meets each named service on its own, same environment. A
  silence meets the other side on its service and, when it pins one, its environment (one that pins none covers every
  environment): alerts "firing while maria's silence was on" overlap its span; incidents that "opened while a silence
  of the same service was in effect" opened inside it (start included, end excluded); silences created "during an
  incident" have ``created_at`` inside the incident's span, ends included; silences "created within 10 minutes after
  an alert started" have ``created_at`` in ``[starts_at, starts_at + 10 min]``, one row per pair with the columns
  listed. Changes done "while an incidence of the same service was open" have their time inside the incident's span,
  ends included. "Had an early warning before them" is a row in ``incident_warnings``; "with a suspect change" /
  "blamed as the suspect" is ``incident_suspects`` (a deploy blamed is the ``change_events`` row whose id is a suspect's
  ``change_id``); "how many minutes before the incident the suspect change came" is ``lag_s / 60``. "Muted really some
  alert, according to Alertmanager" is a silence ``alert_mutes.silenced_by`` names. "Fixed by rolling back" is a
  resolution whose ``fix`` says "rolled back", "roll back" or "rollback"; "how the payments-api incidents got fixed"
  joins ``alert_groups`` to ``resolutions``. "For each early warning on payments-api on 11.3." is every such warning
  with the payments-api alerts of its environment that started in ``[w, w + 15 min]``, 0 included; "for each
  deployment in production on 11th March" is one row per live production deploy with its count (a ``LEFT JOIN``);
  "incidences of last week with their suspect version, empty when there is none" keeps every incident of the week.
  "The first payments-api alert after" v2.14.0 went live, and "the first critical alert" after it, are the first such
  alerts at or after its live report; the minutes between are to one decimal.
- Aggregates: durations in minutes to one decimal ("average time to resolve on payments-api alerts" over the resolved
  alerts, ``starts_at`` to ``ends_at``; "the average duration of the incidences of payments-api, of the ones resolved"
  ``opened_at`` to ``resolved_at``; "median duration of the HighLatencyP99 alerts in staging" over the resolved ones;
  "how long allyuh does set a silence for, as scheduled" ``starts_at`` to ``ends_at`` over every silence; maria's
  silence "actually in place" until its expiry); "total silenced hours per author, as actually in place" sums
  ``starts_at`` to the earlier of end and expiry, in hours; "total snooze duration in minutes person-wise" sums
  ``duration_s``; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question selects (Tuesday's
  alerts; every production incident; every live deploy of last week, any environment; every incident opened on 11
  March); "on average how many alerts per incident" is the mean ``alert_count``; "on average how many payments-api
  alerts in the 15 minutes after each prod deploy" the mean of per-deploy counts, quiet deploys counting 0; "how many
  deploys and how many rollbacks" two counts side by side; "count of alerts hour-wise" one count per UTC hour, most
  first. "Error log lines" are ``log_events`` rows with ``is_error``, any environment unless one is named (uy093 says
  prod).
- Top-N answers ``value, count``, most first, ties by the value, and every N asked is one no tie crosses ("just the
  one name", "top one only", "which one", "who acked most" ask for one row; the two services tied at 9 in uy055 are
  the second and third, the fourth has 5). "Top free services" is three. Log patterns "by error count" sum
  ``log_pattern_counts.errors`` per template text (both environments); metric keys "as per number of warnings" count
  ``warnings`` per ``metric_key``; "whose deploys got named the suspect for the most incidents" counts distinct
  incidents per ``change_actor`` of suspect deployments; "which service got the most alerts within 15 minutes after its
  own deployments" counts each such alert once; "of the services that had some flag change ever" keeps the alerts (any
  environment) of services with a live flag change and ranks them.
- Lists with named columns return only those columns ("service, version and time only", "the service, the version
  and who did them", "silence id, its author, the alert name and the alert start time only", "kind of warning, when it
  started, and the count", "when each one opened, the root cause an' the fix"); "who put de silence on ... and who take
  it off" is ``created_by`` beside ``expired_by``; "is who flip on ..., and when" the actor and the change's time; "who
  all", "who snoozed", "who rolled back", "each name once" are the people, each once; "all the columns" and "every
  column" are whole rows; "which flags were turned on or off ..., and by who" is the whole change rows, which name
  their people. "Silences which somebody expired early" are those with ``expired_early``.
- Refusals: the service "draw-engine", the person "guðrún", the service "tram-tracker", the environment "preprod" and
  the service "costume-store" are ungrounded (no alert, change or audit entry holds them); a lottery jackpot, the
  weather on Skjálfandi bay, StatefulSet versus Deployment, the cava for a calçotada and this year's road march tune
  are not about this data; putting a silence on payments-api, deleting old staging alerts, acknowledging an alert,
  expiring the token-service silence and rolling back checkout-web ask to change the data.
"""

LOTTO = "2025-03-13T09:15:00+00:00"
WHALE = "2025-03-14T08:30:00+00:00"
TRAM = "2025-03-15T05:00:00+00:00"
CAVA = "2025-03-17T08:00:00+00:00"
MAS = "2025-03-12T23:30:00+00:00"

_D11 = "TIMESTAMPTZ '2025-03-11 00:00:00+00'"
_D12 = "TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_D13 = "TIMESTAMPTZ '2025-03-13 00:00:00+00'"
_V2140 = (
    "(SELECT min(timestamp) FROM change_events WHERE service = 'payments-api' AND type = 'deployment'"
    " AND phase = 'live' AND environment = 'production' AND coalesce(details['ref'], version) = 'v2.14.0')"
)

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "uy001",
        "filters",
        "oi, 'ave a butcher's at every critical alert payments-api's ever 'ad, the lot",
        "SELECT * FROM alerts WHERE service = 'payments-api' AND severity = 'critical'",
        LOTTO,
    ),
    (
        "uy002",
        "filters",
        "which payments-api alerts kicked off within 15 minutes after a payments-api deploy? same environment, "
        "proper list like",
        """SELECT * FROM alerts a
           WHERE a.service = 'payments-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LOTTO,
    ),
    (
        "uy003",
        "filters",
        "anyfink still goin' off in prod right now? gimme the lot, every column",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 09:15:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 09:15:00+00')""",
        LOTTO,
    ),
    (
        "uy004",
        "filters",
        "Jæja. List the early warnings for indexer on 11.3., takk.",
        f"""SELECT * FROM warnings
           WHERE labels['service'] = 'indexer' AND starts_at >= {_D11} AND starts_at < {_D12}""",
        WHALE,
    ),
    (
        "uy005",
        "filters",
        "Which search-api alerts came in the hour after a deploy of search-api? In the same environment.",
        """SELECT * FROM alerts a
           WHERE a.service = 'search-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'search-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        WHALE,
    ),
    (
        "uy006",
        "filters",
        "Show me the incidents in production that are still not closed.",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-14 08:30:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-14 08:30:00+00')""",
        WHALE,
    ),
    (
        "uy007",
        "filters",
        "Kindly share the list of alerts of identity project which came in staging this week itself.",
        """SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 05:00:00+00'""",
        TRAM,
    ),
    (
        "uy008",
        "filters",
        "Please give the auth-api alerts which came within 30 minutes after any deployment of auth-api only, "
        "same environment.",
        """SELECT * FROM alerts a
           WHERE a.service = 'auth-api'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'auth-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        TRAM,
    ),
    (
        "uy009",
        "filters",
        "What are the critical alerts which came between 8 pm and 9 pm IST on 11th March?",
        """SELECT * FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        TRAM,
    ),
    (
        "uy010",
        "filters",
        "Which alerts there were in checkout-web the day 11, please?",
        f"SELECT * FROM alerts WHERE service = 'checkout-web' AND starts_at >= {_D11} AND starts_at < {_D12}",
        CAVA,
    ),
    (
        "uy011",
        "filters",
        "The incidences of the checkout project that opened in the 30 minutes after a change of the same "
        "service, which are?",
        """SELECT * FROM alert_groups g
           WHERE g.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live' AND c.service = g.service AND c.environment = g.environment
                   AND g.opened_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        CAVA,
    ),
    (
        "uy012",
        "filters",
        "The deploys to production of last week, only the ones of persons, not argocd nor the deployment-controller.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')""",
        CAVA,
    ),
    (
        "uy013",
        "filters",
        "it have any alerts still firing in staging right now or wha?",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 23:30:00+00')""",
        MAS,
    ),
    (
        "uy014",
        "filters",
        "show me all de checkout-web alerts since dey flip on de New checkout flow flag yesterday",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web'
             AND starts_at >= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
                                 AND summary ILIKE '%New checkout flow%'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                 AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'""",
        MAS,
    ),
    (
        "uy015",
        "filters",
        "it have any early warnings still going on rn?",
        """SELECT * FROM warnings
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 23:30:00+00')""",
        MAS,
    ),
    # ---------------------------------------------------------------- time
    (
        "uy016",
        "time",
        "'ow many alerts went off yesterday then, all in?",
        f"SELECT count(*) FROM alerts WHERE starts_at >= {_D12} AND starts_at < {_D13}",
        LOTTO,
    ),
    (
        "uy017",
        "time",
        "wot time did the first payments-api alert go off on Tuesday? just the time, ta",
        f"""SELECT min(starts_at) FROM alerts
           WHERE service = 'payments-api' AND starts_at >= {_D11} AND starts_at < {_D12}""",
        LOTTO,
    ),
    (
        "uy018",
        "time",
        "wot changed in the 'alf hour before the first payments-api alert on Tuesday? any service mate",
        f"""SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api' AND starts_at >= {_D11} AND starts_at < {_D12})
                                   - INTERVAL 30 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api' AND starts_at >= {_D11} AND starts_at < {_D12})""",
        LOTTO,
    ),
    (
        "uy019",
        "time",
        "How many alerts came between kl. 14:00 and kl. 16:00 on 11.3.?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'""",
        WHALE,
    ),
    (
        "uy020",
        "time",
        "When did the last DiskSpaceLow alert on indexer begin? Only the time.",
        "SELECT max(starts_at) FROM alerts WHERE service = 'indexer' AND name = 'DiskSpaceLow'",
        WHALE,
    ),
    (
        "uy021",
        "time",
        "What was firing at the moment when the cart-service silence was made?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences WHERE service = 'cart-service')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences WHERE service = 'cart-service'))""",
        WHALE,
    ),
    (
        "uy022",
        "time",
        "Kindly tell the count of alerts hour-wise for 11th March UTC, in UTC hours only.",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= {_D11} AND starts_at < {_D12}
           GROUP BY hour ORDER BY alerts DESC, hour""",
        TRAM,
    ),
    (
        "uy023",
        "time",
        "From 8 pm to 9 pm IST on 11th, how many error log lines came from payments-api?",
        """SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        TRAM,
    ),
    (
        "uy024",
        "time",
        "How many minutes were there between payments-api v2.14.0 going live in production and the first "
        "payments-api alert after that?",
        f"""SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                 WHERE service = 'payments-api' AND starts_at >= {_V2140}))
                          - epoch({_V2140})) / 60, 1) AS minutes""",
        TRAM,
    ),
    (
        "uy025",
        "time",
        "How many incidences were opened last week in production?",
        """SELECT count(*) FROM alert_groups
           WHERE environment = 'production'
             AND opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CAVA,
    ),
    (
        "uy026",
        "time",
        "Which alerts of the checkout project were firing in the moment that the rollback of payments-api "
        "went live, the day 11?",
        f"""SELECT * FROM alerts
           WHERE project = 'checkout'
             AND starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                 AND timestamp >= {_D11} AND timestamp < {_D12})
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
                                  AND timestamp >= {_D11} AND timestamp < {_D12}))""",
        CAVA,
    ),
    (
        "uy027",
        "time",
        "The night from Tuesday 11 to Wednesday 12, between 22h and 6h UTC, which alerts started?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        CAVA,
    ),
    (
        "uy028",
        "time",
        "wha time de last alert start today?",
        f"""SELECT max(starts_at) FROM alerts
           WHERE starts_at >= {_D12} AND starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'""",
        MAS,
    ),
    (
        "uy029",
        "time",
        "how long after de v2.14.0 deploy go live de first critical alert pop off? minutes",
        f"""SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                 WHERE severity = 'critical' AND starts_at >= {_V2140}))
                          - epoch({_V2140})) / 60, 1) AS minutes""",
        MAS,
    ),
    (
        "uy030",
        "time",
        "how much alerts start yesterday evening between 6 and 10 pm UTC?",
        """SELECT count(*) FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 18:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 22:00:00+00'""",
        MAS,
    ),
    # ---------------------------------------------------------------- aggregates
    (
        "uy031",
        "aggregates",
        "wot's the average time to resolve on payments-api alerts, in minutes? all time innit",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'""",
        LOTTO,
    ),
    (
        "uy032",
        "aggregates",
        "on average 'ow many payments-api alerts come in the 15 minutes after each prod deploy of payments-api? "
        "count the quiet ones as nought",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                 AND c.environment = 'production'
               GROUP BY c.id)""",
        LOTTO,
    ),
    (
        "uy033",
        "aggregates",
        "wot percentage of Tuesday's alerts was critical? can't Adam and Eve it was that many",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts WHERE starts_at >= {_D11} AND starts_at < {_D12}""",
        LOTTO,
    ),
    (
        "uy034",
        "aggregates",
        "What is the median duration of the HighLatencyP99 alerts in staging, in minutes?",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes FROM alerts
           WHERE name = 'HighLatencyP99' AND environment_canonical = 'staging' AND status = 'resolved'""",
        WHALE,
    ),
    (
        "uy035",
        "aggregates",
        "Of the incidents in production, how many percent had an early warning before them?",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings))
                        / count(*), 1) AS pct_warned
           FROM alert_groups WHERE environment = 'production'""",
        WHALE,
    ),
    (
        "uy036",
        "aggregates",
        "What is the average sigma of the warnings on indexer?",
        "SELECT round(avg(sigma), 1) AS avg_sigma FROM warnings WHERE labels['service'] = 'indexer'",
        WHALE,
    ),
    (
        "uy037",
        "aggregates",
        "Kindly tell the total snooze duration in minutes person-wise.",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS minutes FROM audit_log
           WHERE action = 'snooze' GROUP BY actor ORDER BY minutes DESC, actor""",
        TRAM,
    ),
    (
        "uy038",
        "aggregates",
        "For each deployment in production on 11th March, how many alerts came on the same service in the next "
        "15 minutes? Zero also please. Service, version and count only.",
        f"""SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= {_D11} AND c.timestamp < {_D12}
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        TRAM,
    ),
    (
        "uy039",
        "aggregates",
        "What is the average number of alerts per incident, na?",
        "SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups",
        TRAM,
    ),
    (
        "uy040",
        "aggregates",
        "How many deploys and how many rollbacks there were in production last week?",
        """SELECT count(*) FILTER (WHERE type = 'deployment') AS deploys,
                  count(*) FILTER (WHERE type = 'rollback') AS rollbacks
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CAVA,
    ),
    (
        "uy041",
        "aggregates",
        "Which percentage of the deploys of last week were followed by an alert of the same service in the 15 "
        "minutes after?",
        """SELECT round(100.0 * count(*) FILTER (WHERE d.id IN (
                      SELECT c.id FROM change_events c JOIN alerts a
                        ON a.service = c.service AND a.environment_canonical = c.environment
                       AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE))
                  / count(*), 1) AS pct_followed
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CAVA,
    ),
    (
        "uy042",
        "aggregates",
        "The average duration in minutes of the incidences of payments-api, of the ones resolved.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes FROM alert_groups
           WHERE service = 'payments-api' AND resolved_at IS NOT NULL""",
        CAVA,
    ),
    (
        "uy043",
        "aggregates",
        "how much alerts in staging today so far, UTC day",
        f"""SELECT count(*) FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= {_D12} AND starts_at <= TIMESTAMPTZ '2025-03-12 23:30:00+00'""",
        MAS,
    ),
    (
        "uy044",
        "aggregates",
        "wha percent of de incidents yesterday (UTC) had a suspect change?",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1) AS pct_with_suspect
           FROM alert_groups WHERE opened_at >= {_D11} AND opened_at < {_D12}""",
        MAS,
    ),
    (
        "uy045",
        "aggregates",
        "on average how long allyuh does set a silence for? minutes, as scheduled",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes FROM silences",
        MAS,
    ),
    # ---------------------------------------------------------------- top_n
    (
        "uy046",
        "top_n",
        "gimme the top free services by 'ow many alerts they 'ad on Tuesday",
        f"""SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= {_D11} AND starts_at < {_D12}
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        LOTTO,
    ),
    (
        "uy047",
        "top_n",
        "oo's deploys got named the suspect for the most incidents? just the one name, guv",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor ORDER BY incidents DESC, change_actor LIMIT 1""",
        LOTTO,
    ),
    (
        "uy048",
        "top_n",
        "the four noisiest alert names, all time, by 'ow many times they fired",
        "SELECT name, count(*) AS alerts FROM alerts GROUP BY name ORDER BY alerts DESC, name LIMIT 4",
        LOTTO,
    ),
    (
        "uy049",
        "top_n",
        "Which 2 hours of 11.3. had most alerts? Hour and count, takk.",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= {_D11} AND starts_at < {_D12}
           GROUP BY hour ORDER BY alerts DESC, hour LIMIT 2""",
        WHALE,
    ),
    (
        "uy050",
        "top_n",
        "Which 2 services had most incidents with an early warning before them?",
        """SELECT service, count(DISTINCT group_id) AS incidents FROM incident_warnings
           GROUP BY service ORDER BY incidents DESC, service LIMIT 2""",
        WHALE,
    ),
    (
        "uy051",
        "top_n",
        "Who acked most alerts? Person and number.",
        """SELECT actor, count(*) AS acks FROM audit_log WHERE action = 'ack'
           GROUP BY actor ORDER BY acks DESC, actor LIMIT 1""",
        WHALE,
    ),
    (
        "uy052",
        "top_n",
        "Kindly tell top 3 metric keys as per number of warnings.",
        """SELECT metric_key, count(*) AS warnings FROM warnings
           GROUP BY metric_key ORDER BY warnings DESC, metric_key LIMIT 3""",
        TRAM,
    ),
    (
        "uy053",
        "top_n",
        "Which service got the most alerts within 15 minutes after its own deployments? Top one only.",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service
                 AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service ORDER BY alerts DESC, a.service LIMIT 1""",
        TRAM,
    ),
    (
        "uy054",
        "top_n",
        "Top 5 payments-api log patterns by error count, please.",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
           GROUP BY template ORDER BY errors DESC, template LIMIT 5""",
        TRAM,
    ),
    (
        "uy055",
        "top_n",
        "Which are the 3 services with more alerts in production, since always?",
        """SELECT service, count(*) AS alerts FROM alerts WHERE environment_canonical = 'production'
           GROUP BY service ORDER BY alerts DESC, service LIMIT 3""",
        CAVA,
    ),
    (
        "uy056",
        "top_n",
        "Of the services that had some flag change ever, which one had more alerts?",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE service IN (SELECT service FROM change_events WHERE type = 'flag_change' AND phase = 'live')
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        CAVA,
    ),
    (
        "uy057",
        "top_n",
        "Who did more changes in production last week, not counting the robots (argocd, deployment-controller)? "
        "Only one.",
        """SELECT actor, count(*) AS changes FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY actor ORDER BY changes DESC, actor LIMIT 1""",
        CAVA,
    ),
    (
        "uy058",
        "top_n",
        "which service had de most alerts yesterday boi",
        f"""SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= {_D11} AND starts_at < {_D12}
           GROUP BY service ORDER BY alerts DESC, service LIMIT 1""",
        MAS,
    ),
    (
        "uy059",
        "top_n",
        "top 2 deployers by deploys dat get followed by a alert on de same service within 15 min",
        """SELECT d.actor, count(*) AS deploys FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY d.actor ORDER BY deploys DESC, d.actor LIMIT 2""",
        MAS,
    ),
    (
        "uy060",
        "top_n",
        "which kind of early warning does fire de most?",
        """SELECT labels['alertname'] AS kind, count(*) AS warnings FROM warnings
           GROUP BY kind ORDER BY warnings DESC, kind LIMIT 1""",
        MAS,
    ),
    # ---------------------------------------------------------------- changes
    (
        "uy061",
        "changes",
        "oo rolled back payments-api on Tuesday?",
        f"""SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= {_D11} AND timestamp < {_D12}""",
        LOTTO,
    ),
    (
        "uy062",
        "changes",
        "wot version of payments-api is live in prod right now, bruv?",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
           ORDER BY timestamp DESC LIMIT 1""",
        LOTTO,
    ),
    (
        "uy063",
        "changes",
        "which deploys 'ad a critical alert on the same service within the hour after? the lot, all columns",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = d.service
                   AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        LOTTO,
    ),
    (
        "uy064",
        "changes",
        "Which flags were turned on or off in production on 11.3., and by who?",
        f"""SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= {_D11} AND timestamp < {_D12}""",
        WHALE,
    ),
    (
        "uy065",
        "changes",
        "What was changed on search-api in the 2 hours before the DiskSpaceLow alert kl. 16:58 on 11.3.?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND service = 'search-api' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00') - INTERVAL 2 HOUR
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE name = 'DiskSpaceLow'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 16:58:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-11 16:59:00+00')""",
        WHALE,
    ),
    (
        "uy066",
        "changes",
        "Which versions of auth-api went out to staging? Each one once.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND service = 'auth-api' AND environment = 'staging'""",
        WHALE,
    ),
    (
        "uy067",
        "changes",
        "Kindly tell who all did config changes this week.",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 05:00:00+00'""",
        TRAM,
    ),
    (
        "uy068",
        "changes",
        "Which deployments in production on 11th March were not followed by any alert of the same service "
        "within 15 minutes?",
        f"""SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= {_D11} AND d.timestamp < {_D12}
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        TRAM,
    ),
    (
        "uy069",
        "changes",
        "Please give the rollbacks of this year, with service, version and time only.",
        """SELECT service, coalesce(details['ref'], version) AS version, timestamp FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 05:00:00+00'""",
        TRAM,
    ),
    (
        "uy070",
        "changes",
        "The releases of last week, please: the service, the version and who did them.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CAVA,
    ),
    (
        "uy071",
        "changes",
        "Which changes were done in the checkout project while an incidence of the same service was open?",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live' AND c.project = 'checkout'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-17 08:00:00+00'))""",
        CAVA,
    ),
    (
        "uy072",
        "changes",
        "Which version of checkout-web is in staging and which in production, now?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'checkout-web' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND environment IN ('staging', 'production')
           GROUP BY environment""",
        CAVA,
    ),
    (
        "uy073",
        "changes",
        "is who flip on de Passkey login flag in prod, and when?",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND summary ILIKE '%Passkey login%'""",
        MAS,
    ),
    (
        "uy074",
        "changes",
        "which deploys yesterday get blame as de suspect for a incident?",
        f"""SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= {_D11} AND timestamp < {_D12}
             AND id IN (SELECT change_id FROM incident_suspects)""",
        MAS,
    ),
    (
        "uy075",
        "changes",
        "how much scale-downs it had on payments-api?",
        """SELECT count(*) FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'
             AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)""",
        MAS,
    ),
    # ---------------------------------------------------------------- silences
    (
        "uy076",
        "silences",
        "oo's been puttin' silences on this year? each name once",
        """SELECT DISTINCT created_by FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 09:15:00+00'""",
        LOTTO,
    ),
    (
        "uy077",
        "silences",
        "which alerts was firin' on cart-service while maria's silence was on?",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at))
                   AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        LOTTO,
    ),
    (
        "uy078",
        "silences",
        "'ow many minutes was maria's cart-service silence actually in place for?",
        """SELECT round((epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 60, 1)
                  AS minutes
           FROM silences WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        LOTTO,
    ),
    (
        "uy079",
        "silences",
        "Show me the silences on indexer which have a comment about reindex.",
        "SELECT * FROM silences WHERE service = 'indexer' AND comment ILIKE '%reindex%'",
        WHALE,
    ),
    (
        "uy080",
        "silences",
        "Which silences really muted some alert, according to Alertmanager?",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        WHALE,
    ),
    (
        "uy081",
        "silences",
        "Who snoozed alerts on 11.3.?",
        f"""SELECT DISTINCT actor FROM audit_log
           WHERE action = 'snooze' AND timestamp >= {_D11} AND timestamp < {_D12}""",
        WHALE,
    ),
    (
        "uy082",
        "silences",
        "Kindly share the silences which somebody expired early, before they ran their full course.",
        "SELECT * FROM silences WHERE expired_early",
        TRAM,
    ),
    (
        "uy083",
        "silences",
        "Which silences were created within 10 minutes after an alert on the same service started? Silence id, "
        "its author, the alert name and the alert start time only.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 10 MINUTE""",
        TRAM,
    ),
    (
        "uy084",
        "silences",
        "What are the total silenced hours per author, as the silences were actually in place?",
        """SELECT created_by,
                  round(sum(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                      AS hours
           FROM silences GROUP BY created_by ORDER BY hours DESC, created_by""",
        TRAM,
    ),
    (
        "uy085",
        "silences",
        "Which silences were in effect the day 11 between 14h and 16h UTC?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND least(ends_at, coalesce(expired_at, ends_at)) > TIMESTAMPTZ '2025-03-11 14:00:00+00'""",
        CAVA,
    ),
    (
        "uy086",
        "silences",
        "Which incidences opened while a silence of the same service was in effect?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND g.opened_at >= s.starts_at
                 AND g.opened_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        CAVA,
    ),
    (
        "uy087",
        "silences",
        "Which silences has created lucie? All the columns, please.",
        "SELECT * FROM silences WHERE created_by ILIKE '%lucie%'",
        CAVA,
    ),
    (
        "uy088",
        "silences",
        "who put de silence on cart-service yesterday and who take it off?",
        f"""SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service' AND created_at >= {_D11} AND created_at < {_D12}""",
        MAS,
    ),
    (
        "uy089",
        "silences",
        "which alerts was firing when kenji put on he silence today (UTC)?",
        f"""SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE created_by ILIKE '%kenji%' AND created_at >= {_D12})
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE created_by ILIKE '%kenji%' AND created_at >= {_D12}))""",
        MAS,
    ),
    (
        "uy090",
        "silences",
        "how much snoozes it had yesterday, UTC time?",
        f"SELECT count(*) FROM audit_log WHERE action = 'snooze' AND timestamp >= {_D11} AND timestamp < {_D12}",
        MAS,
    ),
    # ---------------------------------------------------------------- joins
    (
        "uy091",
        "joins",
        "Tuesday's incidents wiv their suspect change, every column",
        f"SELECT * FROM incident_suspects WHERE opened_at >= {_D11} AND opened_at < {_D12}",
        LOTTO,
    ),
    (
        "uy092",
        "joins",
        "the payments-api incidents wot got fixed: when each one opened, the root cause an' the fix",
        """SELECT g.opened_at, r.root_cause, r.fix
           FROM alert_groups g JOIN resolutions r ON r.group_id = g.id
           WHERE g.service = 'payments-api'""",
        LOTTO,
    ),
    (
        "uy093",
        "joins",
        "'ow many error log lines did payments-api chuck out in the 10 minutes after v2.14.0 went live in prod?",
        f"""SELECT count(*) FROM log_events
           WHERE service = 'payments-api' AND environment = 'production' AND is_error
             AND timestamp BETWEEN {_V2140} AND {_V2140} + INTERVAL 10 MINUTE""",
        LOTTO,
    ),
    (
        "uy094",
        "joins",
        "For each early warning on payments-api on 11.3., how many payments-api alerts started in the 15 "
        "minutes after it? Also the ones with zero. Kind of warning, when it started, and the count.",
        f"""SELECT w.labels['alertname'] AS kind, w.starts_at, count(a.fingerprint) AS alerts
           FROM warnings w
           LEFT JOIN alerts a
             ON a.service = 'payments-api' AND a.environment_canonical = w.labels['environment']
            AND a.starts_at BETWEEN w.starts_at AND w.starts_at + INTERVAL 15 MINUTE
           WHERE w.labels['service'] = 'payments-api' AND w.starts_at >= {_D11} AND w.starts_at < {_D12}
           GROUP BY w.id, w.labels['alertname'], w.starts_at""",
        WHALE,
    ),
    (
        "uy095",
        "joins",
        "Which production incidents on 11.3. had no early warning before them?",
        f"""SELECT * FROM alert_groups
           WHERE environment = 'production' AND opened_at >= {_D11} AND opened_at < {_D12}
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        WHALE,
    ),
    (
        "uy096",
        "joins",
        "The log patterns before the HikariPoolPendingConnections incident, the first 3 by rank.",
        """SELECT p.* FROM incident_log_patterns p JOIN alert_groups g ON g.id = p.group_id
           WHERE g.group_labels['alertname'] = 'HikariPoolPendingConnections' AND p.rank <= 3""",
        WHALE,
    ),
    (
        "uy097",
        "joins",
        "Kindly tell which deployments were followed by a critical incident on the same service within 30 "
        "minutes. Service, version and deploy time only.",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, d.timestamp
           FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.max_severity = 'critical' AND g.service = d.service AND g.environment = d.environment
                   AND g.opened_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE)""",
        TRAM,
    ),
    (
        "uy098",
        "joins",
        "Who all created silences during an incident on the same service? Names only.",
        """SELECT DISTINCT s.created_by FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-15 05:00:00+00'))""",
        TRAM,
    ),
    (
        "uy099",
        "joins",
        "For each incident of this week with a suspect change, kindly tell the incident service, the alert name "
        "and how many minutes before the incident the suspect change came.",
        """SELECT service, group_labels['alertname'] AS alertname, round(lag_s / 60, 1) AS minutes_before
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-15 05:00:00+00'""",
        TRAM,
    ),
    (
        "uy100",
        "joins",
        "The incidences of last week with their suspect version, empty when there is none: service, alert name, "
        "when it opened and the suspect version.",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, g.opened_at,
                  coalesce(s.change_details['ref'], s.change_version) AS suspect_version
           FROM alert_groups g
           LEFT JOIN incident_suspects s ON s.group_id = g.id AND s.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        CAVA,
    ),
    (
        "uy101",
        "joins",
        "Which log patterns were new before the incidences of checkout-web?",
        "SELECT * FROM incident_log_patterns WHERE group_service = 'checkout-web' AND is_new",
        CAVA,
    ),
    (
        "uy102",
        "joins",
        "The alerts of cart-service in the 15 minutes after a deploy of payments-api, in the same environment.",
        """SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = 'payments-api'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        CAVA,
    ),
    (
        "uy103",
        "joins",
        "which services get paged within 15 min after a deploy of dey own?",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = a.service
                 AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        MAS,
    ),
    (
        "uy104",
        "joins",
        "which incidents yesterday had a deploy of de same service in de hour before dem?",
        f"""SELECT * FROM alert_groups g
           WHERE g.opened_at >= {_D11} AND g.opened_at < {_D12}
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live' AND c.service = g.service
                   AND c.environment = g.environment
                   AND c.timestamp BETWEEN g.opened_at - INTERVAL 60 MINUTE AND g.opened_at)""",
        MAS,
    ),
    (
        "uy105",
        "joins",
        "which incidents allyuh fix by rolling back?",
        """SELECT * FROM alert_groups
           WHERE id IN (SELECT group_id FROM resolutions
                        WHERE fix ILIKE '%rolled back%' OR fix ILIKE '%roll back%' OR fix ILIKE '%rollback%')""",
        MAS,
    ),
    # ---------------------------------------------------------------- refusals
    ("uy106", "refusals", "wot's the jackpot lookin' like for Sat'day's draw then?", "not_about_this_data", LOTTO),
    (
        "uy107",
        "refusals",
        "stick a silence on payments-api for the rest of the day, there's a good lad",
        "asks_to_change_data",
        LOTTO,
    ),
    (
        "uy108",
        "refusals",
        "any alerts on draw-engine this week? the ticket lot reckon it's been dodgy",
        "ungrounded",
        LOTTO,
    ),
    (
        "uy109",
        "refusals",
        "What will the weather be on Skjálfandi bay tomorrow, can the boats go out?",
        "not_about_this_data",
        WHALE,
    ),
    ("uy110", "refusals", "Which silences did guðrún create last month?", "ungrounded", WHALE),
    (
        "uy111",
        "refusals",
        "Please delete the old HighLatencyP99 alerts from staging, they are only noise.",
        "asks_to_change_data",
        WHALE,
    ),
    ("uy112", "refusals", "Kindly share alerts of tram-tracker service in production.", "ungrounded", TRAM),
    (
        "uy113",
        "refusals",
        "What is the difference between StatefulSet and Deployment in Kubernetes? Kindly explain in short.",
        "not_about_this_data",
        TRAM,
    ),
    (
        "uy114",
        "refusals",
        "Please acknowledge the SearchReindexQueueBacklog alert on my behalf, I am going for lunch.",
        "asks_to_change_data",
        TRAM,
    ),
    (
        "uy115",
        "refusals",
        "Expire the silence of token-service in staging, please, it is not needed already.",
        "asks_to_change_data",
        CAVA,
    ),
    ("uy116", "refusals", "Which alerts had the environment preprod last week?", "ungrounded", CAVA),
    (
        "uy117",
        "refusals",
        "Which cava of the Penedès goes better with a calçotada?",
        "not_about_this_data",
        CAVA,
    ),
    ("uy118", "refusals", "wha de best soca tune for de road march dis year?", "not_about_this_data", MAS),
    ("uy119", "refusals", "show me de alerts on costume-store from last night", "ungrounded", MAS),
    ("uy120", "refusals", "roll back checkout-web to v5.1.9 for me nah", "asks_to_change_data", MAS),
]
