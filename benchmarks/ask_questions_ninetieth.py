"""The ninetieth ask question set: ids fy001..fy120, 15 per category.

Written by an outside author who saw neither the parser, its tests, the paraphrases nor any other set's rows, and who
did not open the ninety-first set, written at the same time by another author. What the author read, and nothing else:

- the brief for this set;
- ``shared/DESIGN.md``, printed whole in the same command as ``docs/store.md``; the terminal cut the middle of that
  output (from inside the ``audit_log`` table to inside the ``alert_mutes`` table), so ``docs/store.md`` was printed
  again by line range (92-240 and 240-480) and its end had already come through;
- the "Shapes and joins" section of ``docs/ask.md`` alone, found with ``grep -n '^## '`` and printed in two pieces
  (171-290 and 290-400); the terminal cut lines out of the middle of each, which were printed again by number (244-251
  and 347-357). It was taken as the rules for the shape of every gold answer; the rest of ``docs/ask.md`` was not read;
- the module docstring of ``benchmarks/ask_questions`` and its functions ``_question`` and ``validate``, printed with
  ``ast``; the terminal cut the middle of that docstring (about a hundred and forty lines of the paragraphs that
  describe the thirty-third to sixty-third sets) and it was not printed again;
- the module docstrings of the earlier sets (every ``benchmarks/ask_questions_*.py`` but the ninety-first, the
  ``ask_questions_data`` module included), written with ``ast.get_docstring`` into a scratch file and grepped for
  voices, dictation, first languages, cities and trades; the forty-ninth's, the eighty-eighth's, the eighty-ninth's and
  ``ask_questions_data``'s were printed whole, and the forty-ninth's "Conventions" list is followed where a question
  leaves room;
- the first ten rows of ``ask_questions_thirtieth``, imported in Python, and one grep for its module-level now
  constants, for the file's format only;
- the demo store, copied to a scratch folder and opened read-only with ``SET TimeZone = 'UTC'``: records from 2025-01-02
  to 2025-03-12 06:00 UTC, most of them on Tuesday 11 March, the day of the payments-api v2.14.0 outage;
- beside these, file names seen in a listing of ``benchmarks/``.

Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind (``not_about_this_data``,
``asks_to_change_data`` or ``ungrounded``); any other gold is one DuckDB SELECT over the documented tables and views,
passed through the gate (``signalcraft.copilot.sql_guard.safe``, called, its code not read) and run on the store copy,
where every one returns at least one row. No question was put to ``signalcraft ask`` or to any parser.

The five people ask by voice while moving: a phone's dictation or a car's voice assistant turns their speech into the
text the tool receives. So the questions are what speech-to-text writes: numbers spelled out ("the last forty eight
hours", "quarter to three", "two point fourteen point zero", "oh two hundred zulu"), almost no punctuation, filler words
("okay so", "um", "uh", "hey so"), run-on sentences, corrections said aloud ("the card service no wait I mean check out
web", "between one and two no sorry between two and three pm", "the ten no the five", "in January no February"), and
names the transcriber heard wrong but a person reading the store would still place: "card service" for cart-service,
"check out web" for checkout-web, "off API" and "oath API" for auth-api, "hickory CP connections pending" and "the
hickory pool incident" for hikaricp / HikariPoolPendingConnections, "token cash evictions" for TokenCacheEvictionsHigh,
"role back" for rollback, "the ploy" for deploy, "Argo see D" for argocd, "re index" for reindex, "Maria Gonzales" for
maria.gonzalez, "Lucy Novak" for lucie.novak, "S M T P", "E U west one". No earlier docstring names Liverpool, Harare,
Amman, Lahore or Anchorage, a Scouse, Shona, Levantine Arabic, Punjabi or Alaskan voice, or a home-care agency, a
prepaid-electricity vendor, a car-auction site, a wedding-hall booking platform or a sled-dog race tracker. Each asks
three questions in every category (24 each, three of them refusals):

- the only on-call engineer of a home-care agency's carer-rostering and visit-logging app in Liverpool, dictating to the
  car's voice assistant between visits, a native speaker of Scouse English ("la", "show us it", "em" for them, "all
  told"), at 08:40 GMT on Wednesday 12 March (2025-03-12 08:40 UTC, now ``SCOUSE``); "yesterday" is 11 March;
- a backend engineer of a prepaid-electricity token vendor in Harare (customers buy meter tokens with mobile money),
  dictating on a kombi on the way in, first language Shona, Zimbabwean English ("eish", "now now" for right now, "is it"
  as a tag, "ah"), at 07:30 CAT on Thursday 13 March (2025-03-13 05:30 UTC, now ``HARARE``); says "Tuesday" for 11
  March;
- the platform lead of a used-car auction website in Amman, dictating in a taxi in traffic, first language Arabic
  (Levantine), English with Arabic fillers ("yalla", "ya'ni", "wallah") and the odd agreement slip ("what share of the
  alerts ... was critical"), at 09:00 Jordan time on Sunday 16 March, the first day of the Jordanian working week
  (2025-03-16 06:00 UTC, now ``AMMAN``);
- the on-call engineer of a wedding-hall and catering booking platform in Lahore, speaking into an earpiece at traffic
  signals on a motorbike, first language Punjabi (Urdu the second), Pakistani English ("ji", "acha", "kindly", "do one
  thing", "till date"), at 11:00 PKT on Friday 14 March (2025-03-14 06:00 UTC, now ``LAHORE``); says "Tuesday" for 11
  March;
- the lead developer of the live GPS tracker of a long-distance sled-dog race, driving the Glenn Highway out of
  Anchorage to a checkpoint and talking to the phone's assistant, a native speaker of American English who flew bush
  planes and still says "zulu" for UTC and clock times as "oh two hundred", at 07:30 AKDT on Wednesday 12 March
  (2025-03-12 15:30 UTC, now ``ANCHORAGE``); "yesterday" and "today" are his tracker's UTC days, 11 and 12 March.

41 of the 105 answerable questions relate two kinds of record: in filters fy004, fy006, fy010, fy013; in time fy018,
fy024, fy026, fy029; in aggregates fy032, fy035, fy038, fy041, fy044; in top_n fy047, fy051, fy055, fy058; in changes
fy063, fy066, fy069, fy072, fy074; in silences fy078, fy080, fy085, fy089; and all fifteen joins (fy091..fy105). Not
counted: the silences Alertmanager says muted something and the alerts held back per silence (fy082, fy088).

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and compared as stored. Every one of the five keeps a UTC board (the Anchorage developer says "zulu"),
  so days are UTC days and no question is read in a local zone. The nows: Liverpool 2025-03-12 08:40, Harare 2025-03-13
  05:30, Amman 2025-03-16 06:00, Lahore 2025-03-14 06:00, Anchorage 2025-03-12 15:30, all after every record.
- Windows: a day ("yesterday" for Liverpool and Anchorage, "Tuesday", "Tuesday the eleventh", "the eleventh") is ``[day,
  day + 1)``; "February" and "in February" ``[2025-02-01, 2025-03-01)``; "since the first of March", "since March
  first", "this month", "in March" run from 2025-03-01 to now, "since the first of February" from 2025-02-01 to now,
  "this year till date" from 2025-01-01 to now; "the last forty eight hours" and "the last twenty four hours" are ``(now
  - N h, now]``; "last night between ten pm and six this morning" is ``[2025-03-11 22:00, 2025-03-12 06:00)``; "between
  two and three pm on Tuesday" is ``[14:00, 15:00)`` that day, and alerts "firing" in it are those on at some moment of
  it; "at like quarter to three yesterday afternoon" is the instant 2025-03-11 14:45 and "oh two hundred zulu today" the
  instant 2025-03-12 02:00 (the state at that moment); "right now", "now now", "still open right now" are the state at
  now. A spoken correction replaces what it corrects. No time said means all time. A thing is in a window by its own
  time: an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, an
  audit entry's ``timestamp``, a warning's ``starts_at``, a sample's or a log line's ``timestamp``.
- Kinds: alerts are the ``alerts`` view's rows, every column for a list, ``environment_canonical`` for "prod" /
  "production" / "staging"; incidents are ``alert_groups`` rows, open from ``opened_at`` until ``resolved_at`` (until
  now while it is NULL); silences are the ``silences`` view's rows, really in place from ``starts_at`` until the earlier
  of ``ends_at`` and ``expired_at`` ("actually in place", "really in place", "in effect", "muted right now"; "scheduled"
  uses ``starts_at`` to ``ends_at``); snoozes and acks are ``audit_log`` rows of that action. Changes are their ``phase
  = 'live'`` reports: "deploys" are ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools, is
  two rows), "role backs" / "roll back" ``rollback``, "flag changes" / "flags flipped" / "toggled flags"
  ``flag_change``, "config changes" ``config_update``, "scale downs" scale events whose ``details['replicas_to']`` is
  below ``details['replicas_from']`` as integers, "changes" and "what changed" every type. A version is
  ``coalesce(details['ref'], version)``; the version "live in production now" is that of the last live deployment or
  rollback of the service there. "Version two point fourteen point zero went live in production" is the live
  payments-api production deployment at 2025-03-11 14:31:22, "the payments API roll back on the eleventh" its live
  rollback at 14:56:37, "oath API four point two point one went out to production" the earliest live production
  deployment of auth-api v4.2.1 (12:11:50). "The S M T P thing" is the alert whose name starts with SMTP; "the error
  budget burn incident on Tuesday" is the PaymentsAPIErrorBudgetBurn incident opened that day; "the hickory pool
  incident" the HikariPoolPendingConnections incident. People are as stored: "Maria Gonzales" is ``ILIKE '%maria%'``
  (her cart-service silence is the only one pinning cart-service), "Lucy Novak" ``ILIKE '%lucie%'``, "Argo see D" the
  actor ``argocd (automated)``; "who ..." is each person once, as the rows spell them.
- Relations keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical`` against a change's or incident's ``environment``; a warning's ``labels['service']``
  and ``labels['environment']``): "within N minutes after" a change is ``[t, t + N]`` ("half an hour" 30, "one hour" /
  "an hour" 60, "right before an alert fired" 15); "the hour before" / "the thirty minutes before" one named alert or
  incident is ``[t - N, t]`` and takes the changes of its environment (production) of any service; "prod alerts ... in
  the hour before the roll back went live, any service" are every production alert in ``[t - 60 min, t]``; "what changes
  were done on payments API while the ... incident was open" are payments-api's live changes inside the incident's span,
  ends included; "which silences were in effect when" a deploy went out is the state of every silence at that moment;
  "what was still firing when Maria put the silence on" is the state of every alert at the silence's creation. A silence
  meets the other side on its service and, when it pins one, its environment (one that pins no service meets nothing):
  alerts "firing while a silence was in effect" share a moment with its real span; deploys that "went out while a
  silence was on" fall inside it (start included, end excluded); silences "created while an incident on the same service
  was open" and incidents "that had a silence put on during them" meet at the silence's creation inside the incident's
  span, ends included; silences "created within an hour after an alert ... started" are created in ``[start, start + 60
  min]``. Acks name their alert by their ``alertname`` and ``service`` equality matchers: "acks done while the alert was
  still going off" came while one such alert was on, and incidents "nobody acked while they were open" have no such ack
  between ``opened_at`` and ``resolved_at`` (now while open). "Suspect" is ``incident_suspects``: "whose deploys got
  blamed" counts distinct incidents per ``change_actor`` of suspect deployments; "changes blamed as the suspect for
  incidents in February" and "deploys that caused incidents" are the ``change_events`` live rows that are some
  incident's suspect, the first in February by the change's own time; "incidents that didn't have a suspect change" are
  ``alert_groups`` rows that view does not hold. "Early warnings before them" is a row of ``incident_warnings``;
  "incidents within fifteen minutes after an early warning" have a warning there with ``lead_min`` at most 15. "For each
  incident resolved in February" joins ``alert_groups`` to ``resolutions`` by the resolution's time. "For each ...
  deploy / every roll back ... how many" is one row per change with the columns the question lists, 0 included (a ``LEFT
  JOIN``). "Check out web alerts within ten minutes after a payments API alert" meet each side on its named service and
  on the environment. "People who silenced something but never acked anything" are silence authors ``EXCEPT`` ack
  actors.
- Aggregates: durations in minutes to one decimal (hours where asked); "how long was payments API down" runs from the
  first of that day's payments-api alerts' start to the last one's end; "average time to resolve the incidents" is over
  resolved incidents, ``opened_at`` to ``resolved_at``; "median alert duration" over resolved alerts; "the average
  snooze" is ``avg(duration_s) / 60``; percentages are ``round(100.0 * part / whole, 1)`` over the rows the question
  selects; "on average how many alerts ... after each production deploy even the ones that got zero" is the mean of the
  per-deploy counts with 0 counted; "on average how many alerts a day" is the mean of the daily counts of the days that
  had alerts; "critical versus warning" and "total log lines and error lines" are counts side by side; a metric's "max"
  is ``max(value)`` of its samples in the window.
- Top-N answers are the value and its count, most first (fewest first for "fewest"), ties by the value, and no N asked
  is crossed by a tie ("only the top one", "just one name" ask for one row; fy049's two are tied and are the only two
  people who rolled back; fy056's two and fy058's two are tied, the third well behind). "Which hour ... had the most" is
  the hour's UTC start with its count; "the three longest resolved incidents" rank by minutes open; "top three warnings
  by sigma" and "the five most recent alerts" are the rows.
- Refusals: the services "bid-engine", "rota-service" and "musher-tracker", the "QA" environment and the person "Tendai
  Moyo" are ungrounded (none is in the alerts, the changes, the audit log or the logs); a poem about the card service,
  the ZiG exchange rate, the northern lights over Palmer, knafeh near Rainbow Street and a cricket score are not about
  this data; deleting old alerts, rolling payments-api back, silencing DiskSpaceLow, creating an indexer silence and
  acking and resolving a checkout-web alert ask to change the data.
"""

SCOUSE = "2025-03-12T08:40:00+00:00"
HARARE = "2025-03-13T05:30:00+00:00"
AMMAN = "2025-03-16T06:00:00+00:00"
LAHORE = "2025-03-14T06:00:00+00:00"
ANCHORAGE = "2025-03-12T15:30:00+00:00"

_MAR11 = "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_REAL_END = "least(s.ends_at, coalesce(s.expired_at, s.ends_at))"

ROWS = [
    # ------------------------------------------------------------------ filters
    (
        "fy001",
        "filters",
        "okay so show me the critical alerts from yesterday on the card service no wait I mean check out web",
        f"""SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity = 'critical' AND {_MAR11}""",
        SCOUSE,
    ),
    (
        "fy002",
        "filters",
        "eish which alerts are still firing on the indexer now now",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 05:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-13 05:30:00+00')""",
        HARARE,
    ),
    (
        "fy003",
        "filters",
        "okay yalla give me all the flag changes in production since the first of March",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-16 06:00:00+00'""",
        AMMAN,
    ),
    (
        "fy004",
        "filters",
        "acha kindly list the payments API alerts that came in the fifteen minutes after version two point fourteen "
        "point zero went live in production",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        LAHORE,
    ),
    (
        "fy005",
        "filters",
        "hey so uh staging alerts on the off API yesterday",
        f"""SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging' AND {_MAR11}""",
        ANCHORAGE,
    ),
    (
        "fy006",
        "filters",
        "um which deploys yesterday had an alert on the same service within like half an hour after em",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE)""",
        SCOUSE,
    ),
    (
        "fy007",
        "filters",
        "ah show me the early warnings where the sigma is more than one hundred",
        "SELECT * FROM warnings WHERE sigma > 100",
        HARARE,
    ),
    (
        "fy008",
        "filters",
        "the incidents that are still open right now in production ya'ni not resolved yet",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-16 06:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-16 06:00:00+00')""",
        AMMAN,
    ),
    (
        "fy009",
        "filters",
        "ji show me all the role backs done in production this year till date",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 06:00:00+00'""",
        LAHORE,
    ),
    (
        "fy010",
        "filters",
        "okay which prod alerts fired in the hour before the payments API roll back went live on the eleventh any "
        "service",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:56:37+00' - INTERVAL 60 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:56:37+00'""",
        ANCHORAGE,
    ),
    (
        "fy011",
        "filters",
        "what's that S M T P thing that went off on user profile show us it la",
        "SELECT * FROM alerts WHERE service = 'user-profile' AND name LIKE 'SMTP%'",
        SCOUSE,
    ),
    (
        "fy012",
        "filters",
        "show me the alerts that came in through Grafana is it",
        "SELECT * FROM alerts WHERE source = 'grafana'",
        HARARE,
    ),
    (
        "fy013",
        "filters",
        "production deploys that got followed by a critical alert on the same service within one hour wallah I need "
        "the list",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        AMMAN,
    ),
    (
        "fy014",
        "filters",
        "acha search API staging alerts on Tuesday that lasted more than ten minutes",
        f"""SELECT * FROM alerts
           WHERE service = 'search-api' AND environment_canonical = 'staging' AND {_MAR11}
             AND ends_at IS NOT NULL AND ends_at - starts_at > INTERVAL 10 MINUTE""",
        LAHORE,
    ),
    (
        "fy015",
        "filters",
        "okay critical alerts on cluster prod E U west one since March first",
        """SELECT * FROM alerts
           WHERE labels['cluster'] = 'prod-eu-west-1' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'""",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ time
    (
        "fy016",
        "time",
        "what was firing at like quarter to three yesterday afternoon",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        SCOUSE,
    ),
    (
        "fy017",
        "time",
        "ah how many alerts came in the last forty eight hours",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-13 05:30:00+00' - INTERVAL 48 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-13 05:30:00+00'""",
        HARARE,
    ),
    (
        "fy018",
        "time",
        "okay so we had the big outage on the eleventh and I want to know what changed in the hour before the first "
        "payments API alert",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'payments-api'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        AMMAN,
    ),
    (
        "fy019",
        "time",
        "between one and two no sorry between two and three pm on Tuesday the eleventh which alerts were firing",
        """SELECT * FROM alerts
           WHERE starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:00:00+00')""",
        LAHORE,
    ),
    (
        "fy020",
        "time",
        "hey so when did the last disk space low alert go off",
        """SELECT max(starts_at) AS last_started FROM alerts
           WHERE name = 'DiskSpaceLow' AND starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'""",
        ANCHORAGE,
    ),
    (
        "fy021",
        "time",
        "alerts last night between ten pm and six this morning la",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 22:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        SCOUSE,
    ),
    (
        "fy022",
        "time",
        "how many alerts per hour on Tuesday the eleventh",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE {_MAR11}
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        HARARE,
    ),
    (
        "fy023",
        "time",
        "how many minutes from the two point fourteen the ploy going live on payments API until the role back went "
        "live",
        """SELECT round((epoch((SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                 AND environment = 'production'
                                 AND timestamp >= TIMESTAMPTZ '2025-03-11 14:31:22+00'))
                        - epoch(TIMESTAMPTZ '2025-03-11 14:31:22+00')) / 60, 1) AS minutes""",
        AMMAN,
    ),
    (
        "fy024",
        "time",
        "which silences were in effect when oath API four point two point one went out to production on Tuesday",
        """SELECT * FROM silences
           WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'
                                 AND environment = 'production'
                                 AND coalesce(details['ref'], version) = 'v4.2.1')
             AND ends_at > (SELECT min(timestamp) FROM change_events
                            WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'
                              AND environment = 'production'
                              AND coalesce(details['ref'], version) = 'v4.2.1')
             AND (expired_at IS NULL
                  OR expired_at > (SELECT min(timestamp) FROM change_events
                                   WHERE service = 'auth-api' AND type = 'deployment' AND phase = 'live'
                                     AND environment = 'production'
                                     AND coalesce(details['ref'], version) = 'v4.2.1'))""",
        LAHORE,
    ),
    (
        "fy025",
        "time",
        "okay what deploys went out in the last twenty four hours",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp > TIMESTAMPTZ '2025-03-12 15:30:00+00' - INTERVAL 24 HOUR
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:30:00+00'""",
        ANCHORAGE,
    ),
    (
        "fy026",
        "time",
        "what was still firing when Maria Gonzales put the silence on the card service",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))""",
        SCOUSE,
    ),
    (
        "fy027",
        "time",
        "eish how long was payments API down on Tuesday in minutes",
        f"""SELECT round((epoch(max(least(coalesce(ends_at, TIMESTAMPTZ '2025-03-13 05:30:00+00'),
                                          TIMESTAMPTZ '2025-03-13 05:30:00+00')))
                         - epoch(min(starts_at))) / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api' AND {_MAR11}""",
        HARARE,
    ),
    (
        "fy028",
        "time",
        "alerts that started on a weekend in February Saturday or Sunday",
        """SELECT * FROM alerts
           WHERE dayofweek(starts_at) IN (0, 6)
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        AMMAN,
    ),
    (
        "fy029",
        "time",
        "what changes were done on payments API while the error budget burn incident was open on Tuesday",
        """SELECT c.* FROM change_events c, alert_groups g
           WHERE c.phase = 'live' AND c.service = 'payments-api' AND c.environment = g.environment
             AND g.service = 'payments-api' AND g.group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND c.timestamp BETWEEN g.opened_at AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 06:00:00+00')""",
        LAHORE,
    ),
    (
        "fy030",
        "time",
        "what was firing at oh two hundred zulu today",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ aggregates
    (
        "fy031",
        "aggregates",
        "how many silences has Lucy Novak put on all told",
        "SELECT count(*) AS silences FROM silences WHERE created_by ILIKE '%lucie%'",
        SCOUSE,
    ),
    (
        "fy032",
        "aggregates",
        "on average how many alerts came in the fifteen minutes after each production deploy even the ones that got "
        "zero",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT c.id, count(a.fingerprint) AS n
               FROM change_events c
               LEFT JOIN alerts a
                 ON a.service = c.service AND a.environment_canonical = c.environment
                AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
               GROUP BY c.id)""",
        HARARE,
    ),
    (
        "fy033",
        "aggregates",
        "what is the average time to resolve the incidents in February in minutes",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        AMMAN,
    ),
    (
        "fy034",
        "aggregates",
        "how many alerts per severity since first of February no March since first of March",
        """SELECT severity, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 06:00:00+00'
           GROUP BY severity
           ORDER BY alerts DESC, severity""",
        LAHORE,
    ),
    (
        "fy035",
        "aggregates",
        "uh what percent of incidents had an early warning before them",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_warnings))
                      / count(*), 1) AS pct_warned
           FROM alert_groups""",
        ANCHORAGE,
    ),
    (
        "fy036",
        "aggregates",
        "what's the average snooze in minutes",
        "SELECT round(avg(duration_s) / 60, 1) AS avg_minutes FROM audit_log WHERE action = 'snooze'",
        SCOUSE,
    ),
    (
        "fy037",
        "aggregates",
        "how many critical versus warning alerts on Tuesday",
        f"""SELECT severity, count(*) AS alerts FROM alerts
           WHERE severity IN ('critical', 'warning') AND {_MAR11}
           GROUP BY severity
           ORDER BY alerts DESC""",
        HARARE,
    ),
    (
        "fy038",
        "aggregates",
        "on average how many minutes before each incident did its suspect change land",
        "SELECT round(avg(lag_s) / 60, 1) AS avg_minutes_before FROM incident_suspects",
        AMMAN,
    ),
    (
        "fy039",
        "aggregates",
        "median alert duration for payments API in minutes",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE service = 'payments-api' AND status = 'resolved'""",
        LAHORE,
    ),
    (
        "fy040",
        "aggregates",
        "okay so total log lines and error lines per service yesterday zulu",
        """SELECT service, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           WHERE timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY lines DESC, service""",
        ANCHORAGE,
    ),
    (
        "fy041",
        "aggregates",
        "how many acks were done while the alert was still going off",
        """SELECT count(*) AS acks FROM audit_log k
           WHERE k.action = 'ack'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'alertname=' || a.name)
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'service=' || a.service)
                   AND a.starts_at <= k.timestamp AND (a.ends_at IS NULL OR a.ends_at > k.timestamp))""",
        SCOUSE,
    ),
    (
        "fy042",
        "aggregates",
        "what was the max of hickory CP connections pending on Tuesday",
        """SELECT max(value) AS max_value FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HARARE,
    ),
    (
        "fy043",
        "aggregates",
        "what share of the alerts in March was critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-16 06:00:00+00'""",
        AMMAN,
    ),
    (
        "fy044",
        "aggregates",
        "how many production deploys had no alert after them within fifteen minutes",
        """SELECT count(*) AS deploys FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LAHORE,
    ),
    (
        "fy045",
        "aggregates",
        "on average how many alerts a day in March",
        """SELECT round(avg(n), 1) AS avg_alerts_per_day FROM (
               SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS n
               FROM alerts
               WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
                 AND starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'
               GROUP BY day)""",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "fy046",
        "top_n",
        "top three services for alerts yesterday",
        f"""SELECT service, count(*) AS alerts FROM alerts
           WHERE {_MAR11}
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        SCOUSE,
    ),
    (
        "fy047",
        "top_n",
        "whose deploys got blamed as the suspect for the most incidents only the top one",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           WHERE change_type = 'deployment'
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        HARARE,
    ),
    (
        "fy048",
        "top_n",
        "top four noisiest alert names since the first of February",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-16 06:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 4""",
        AMMAN,
    ),
    (
        "fy049",
        "top_n",
        "top two people by role backs",
        """SELECT actor, count(*) AS rollbacks FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
           GROUP BY actor
           ORDER BY rollbacks DESC, actor
           LIMIT 2""",
        LAHORE,
    ),
    (
        "fy050",
        "top_n",
        "which hour on the eleventh had the most alerts",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE {_MAR11}
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        ANCHORAGE,
    ),
    (
        "fy051",
        "top_n",
        "which service got the most alerts within fifteen minutes after its own deploys",
        """SELECT a.service, count(*) AS alerts FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        SCOUSE,
    ),
    (
        "fy052",
        "top_n",
        "the three longest resolved incidents",
        """SELECT * FROM alert_groups
           WHERE resolved_at IS NOT NULL
           ORDER BY resolved_at - opened_at DESC
           LIMIT 3""",
        HARARE,
    ),
    (
        "fy053",
        "top_n",
        "top three warnings by sigma",
        "SELECT * FROM warnings ORDER BY sigma DESC LIMIT 3",
        AMMAN,
    ),
    (
        "fy054",
        "top_n",
        "which person acked the most alerts just one name",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        LAHORE,
    ),
    (
        "fy055",
        "top_n",
        "which service had the most incidents with an early warning before them",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_warnings
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        ANCHORAGE,
    ),
    (
        "fy056",
        "top_n",
        "top two days for alerts in February",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 2""",
        SCOUSE,
    ),
    (
        "fy057",
        "top_n",
        "the ten no the five most recent alerts",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 05:30:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        HARARE,
    ),
    (
        "fy058",
        "top_n",
        "which two people made the most silences during incidents on the same service",
        """SELECT s.created_by, count(*) AS silences
           FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-16 06:00:00+00'))
           GROUP BY s.created_by
           ORDER BY silences DESC, s.created_by
           LIMIT 2""",
        AMMAN,
    ),
    (
        "fy059",
        "top_n",
        "top three services by error log lines on Tuesday",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        LAHORE,
    ),
    (
        "fy060",
        "top_n",
        "which project had the fewest alerts in March",
        """SELECT project, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 15:30:00+00'
           GROUP BY project
           ORDER BY alerts, project
           LIMIT 1""",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ changes
    (
        "fy061",
        "changes",
        "who deployed the card service yesterday",
        """SELECT DISTINCT actor FROM change_events
           WHERE service = 'cart-service' AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCOUSE,
    ),
    (
        "fy062",
        "changes",
        "which version of payments API is live in production now now",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 05:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        HARARE,
    ),
    (
        "fy063",
        "changes",
        "what changes went out in the thirty minutes before the payments API error budget burn incident opened on "
        "the eleventh",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(opened_at) FROM alert_groups
                                    WHERE service = 'payments-api'
                                      AND group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(opened_at) FROM alert_groups
                                    WHERE service = 'payments-api'
                                      AND group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        AMMAN,
    ),
    (
        "fy064",
        "changes",
        "do one thing list the config changes this month",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 06:00:00+00'""",
        LAHORE,
    ),
    (
        "fy065",
        "changes",
        "when was search API last deployed to staging no I mean production",
        """SELECT * FROM change_events
           WHERE service = 'search-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        ANCHORAGE,
    ),
    (
        "fy066",
        "changes",
        "which deploys yesterday were not followed by any alert within fifteen minutes",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        SCOUSE,
    ),
    (
        "fy067",
        "changes",
        "which flags were flipped on Tuesday and by whom",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        HARARE,
    ),
    (
        "fy068",
        "changes",
        "which versions of auth API went out to staging",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        AMMAN,
    ),
    (
        "fy069",
        "changes",
        "which changes were blamed as the suspect for incidents in February",
        """SELECT * FROM change_events
           WHERE phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects)
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        LAHORE,
    ),
    (
        "fy070",
        "changes",
        "how many deploys did Argo see D do since March first",
        """SELECT count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor = 'argocd (automated)'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 15:30:00+00'""",
        ANCHORAGE,
    ),
    (
        "fy071",
        "changes",
        "what changed on payments API yesterday",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCOUSE,
    ),
    (
        "fy072",
        "changes",
        "for each production deploy on Tuesday give me the service the version and how many alerts in the next "
        "thirty minutes",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 30 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, c.details, c.version
           ORDER BY alerts DESC""",
        HARARE,
    ),
    (
        "fy073",
        "changes",
        "who toggled flags in production",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'""",
        AMMAN,
    ),
    (
        "fy074",
        "changes",
        "ji tell me which deploys caused incidents",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        LAHORE,
    ),
    (
        "fy075",
        "changes",
        "scale downs on payments API in production",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live'
             AND service = 'payments-api' AND environment = 'production'
             AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)""",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ silences
    (
        "fy076",
        "silences",
        "who silenced the indexer",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        SCOUSE,
    ),
    (
        "fy077",
        "silences",
        "which silences were in effect on Tuesday",
        f"""SELECT * FROM silences s
           WHERE s.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND {_REAL_END} > TIMESTAMPTZ '2025-03-11 00:00:00+00'""",
        HARARE,
    ),
    (
        "fy078",
        "silences",
        "silences that were created while an incident on the same service was open",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alert_groups g
               WHERE g.service = s.service
                 AND (s.environment IS NULL OR g.environment = s.environment_canonical)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-16 06:00:00+00'))""",
        AMMAN,
    ),
    (
        "fy079",
        "silences",
        "silences with a comment that mentions re index",
        "SELECT * FROM silences WHERE comment ILIKE '%reindex%'",
        LAHORE,
    ),
    (
        "fy080",
        "silences",
        "any deploys that went out while a silence was on the same service",
        f"""SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at AND c.timestamp < {_REAL_END})""",
        ANCHORAGE,
    ),
    (
        "fy081",
        "silences",
        "how long was Maria Gonzales's card service silence actually in place in minutes",
        f"""SELECT round((epoch({_REAL_END}) - epoch(s.starts_at)) / 60, 1) AS minutes
           FROM silences s
           WHERE s.service = 'cart-service' AND s.created_by ILIKE '%maria%'""",
        SCOUSE,
    ),
    (
        "fy082",
        "silences",
        "how many alerts did each silence mute",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        HARARE,
    ),
    (
        "fy083",
        "silences",
        "silences created outside business hours in January no February",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND NOT (dayofweek(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        AMMAN,
    ),
    (
        "fy084",
        "silences",
        "who snoozed stuff on Tuesday",
        """SELECT DISTINCT actor FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        LAHORE,
    ),
    (
        "fy085",
        "silences",
        "which alerts were firing while a silence was in effect on the same service",
        f"""SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = a.service
                 AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND a.starts_at < {_REAL_END}
                 AND (a.ends_at IS NULL OR a.ends_at > s.starts_at))""",
        ANCHORAGE,
    ),
    (
        "fy086",
        "silences",
        "what's muted right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:40:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:40:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:40:00+00')""",
        SCOUSE,
    ),
    (
        "fy087",
        "silences",
        "total silenced hours per person as they were really in place",
        f"""SELECT s.created_by, round(sum(epoch({_REAL_END}) - epoch(s.starts_at)) / 3600, 1) AS hours
           FROM silences s
           GROUP BY s.created_by
           ORDER BY hours DESC, s.created_by""",
        HARARE,
    ),
    (
        "fy088",
        "silences",
        "which silences actually muted something according to alert manager",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        AMMAN,
    ),
    (
        "fy089",
        "silences",
        "silences created within an hour after an alert on the same service started",
        """SELECT * FROM silences s
           WHERE EXISTS (
               SELECT 1 FROM alerts a
               WHERE a.service = s.service
                 AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                 AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE)""",
        LAHORE,
    ),
    (
        "fy090",
        "silences",
        "what's the longest silence anyone has scheduled in hours",
        "SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours FROM silences",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ joins
    (
        "fy091",
        "joins",
        "incidents yesterday with their suspect change",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        SCOUSE,
    ),
    (
        "fy092",
        "joins",
        "alerts that started within fifteen minutes after a flag change on the same service",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'flag_change' AND c.phase = 'live'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        HARARE,
    ),
    (
        "fy093",
        "joins",
        "the early warnings before the payments API incidents",
        "SELECT * FROM incident_warnings WHERE service = 'payments-api'",
        AMMAN,
    ),
    (
        "fy094",
        "joins",
        "for each incident resolved in February give me the service the alert name who resolved it and the fix",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.resolved_by, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id
           WHERE r.resolved_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND r.resolved_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        LAHORE,
    ),
    (
        "fy095",
        "joins",
        "for every roll back how many alerts in the hour before it on the same service give me the service the time "
        "and the count",
        """SELECT c.service, c.timestamp, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp - INTERVAL 60 MINUTE AND c.timestamp
           WHERE c.type = 'rollback' AND c.phase = 'live'
           GROUP BY c.id, c.service, c.timestamp
           ORDER BY c.timestamp""",
        ANCHORAGE,
    ),
    (
        "fy096",
        "joins",
        "incidents that had a silence put on during them",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
               SELECT 1 FROM silences s
               WHERE s.service = g.service
                 AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                 AND s.created_at BETWEEN g.opened_at
                                      AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-12 08:40:00+00'))""",
        SCOUSE,
    ),
    (
        "fy097",
        "joins",
        "deploys followed by a roll back within an hour",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        HARARE,
    ),
    (
        "fy098",
        "joins",
        "which services had incidents within fifteen minutes after an early warning",
        "SELECT DISTINCT service FROM incident_warnings WHERE lead_min <= 15",
        AMMAN,
    ),
    (
        "fy099",
        "joins",
        "who deployed right before an alert fired",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        LAHORE,
    ),
    (
        "fy100",
        "joins",
        "critical incidents that didn't have a suspect change",
        """SELECT * FROM alert_groups
           WHERE max_severity = 'critical'
             AND id NOT IN (SELECT group_id FROM incident_suspects)""",
        ANCHORAGE,
    ),
    (
        "fy101",
        "joins",
        "check out web alerts within ten minutes after a payments API alert",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM alerts p
                 WHERE p.service = 'payments-api' AND p.environment_canonical = a.environment_canonical
                   AND a.starts_at BETWEEN p.starts_at AND p.starts_at + INTERVAL 10 MINUTE)""",
        SCOUSE,
    ),
    (
        "fy102",
        "joins",
        "log patterns before the hickory pool incident",
        """SELECT * FROM incident_log_patterns
           WHERE group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'HikariPoolPendingConnections')""",
        HARARE,
    ),
    (
        "fy103",
        "joins",
        "early warnings in the hour after a production deploy of the same service",
        """SELECT * FROM warnings w
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
                 AND c.service = w.labels['service'] AND c.environment = w.labels['environment']
                 AND w.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        AMMAN,
    ),
    (
        "fy104",
        "joins",
        "which incidents in February nobody acked while they were open",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM audit_log k
                 WHERE k.action = 'ack'
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'alertname=' || g.group_labels['alertname'])
                   AND list_contains([m.name || '=' || m.value FOR m IN k.matchers IF m.is_equal AND NOT m.is_regex],
                                     'service=' || g.service)
                   AND k.timestamp BETWEEN g.opened_at
                                       AND coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 06:00:00+00'))""",
        LAHORE,
    ),
    (
        "fy105",
        "joins",
        "people who silenced something but never acked anything",
        """SELECT created_by AS person FROM silences
           EXCEPT
           SELECT actor FROM audit_log WHERE action = 'ack'""",
        ANCHORAGE,
    ),
    # ------------------------------------------------------------------ refusals
    (
        "fy106",
        "refusals",
        "write us a little poem about the card service for the team chat la",
        "not_about_this_data",
        SCOUSE,
    ),
    (
        "fy107",
        "refusals",
        "delete the old token cash evictions high alerts from February",
        "asks_to_change_data",
        HARARE,
    ),
    ("fy108", "refusals", "show me the alerts on the bid engine service since Thursday", "ungrounded", AMMAN),
    (
        "fy109",
        "refusals",
        "kindly roll back payments API to two point thirteen point two",
        "asks_to_change_data",
        LAHORE,
    ),
    ("fy110", "refusals", "are the northern lights gonna be out tonight over Palmer", "not_about_this_data", ANCHORAGE),
    ("fy111", "refusals", "show me the alerts on the rota service from yesterday", "ungrounded", SCOUSE),
    ("fy112", "refusals", "what's the exchange rate for ZiG to US dollars today", "not_about_this_data", HARARE),
    (
        "fy113",
        "refusals",
        "silence the disk space low alert on the indexer for two hours",
        "asks_to_change_data",
        AMMAN,
    ),
    ("fy114", "refusals", "alerts in the QA environment since Monday", "ungrounded", LAHORE),
    (
        "fy115",
        "refusals",
        "um create a silence for the indexer tonight from twenty two hundred to midnight zulu",
        "asks_to_change_data",
        ANCHORAGE,
    ),
    ("fy116", "refusals", "ack the check out web alert for me and mark it resolved", "asks_to_change_data", SCOUSE),
    ("fy117", "refusals", "which deploys did Tendai Moyo do this month", "ungrounded", HARARE),
    ("fy118", "refusals", "where can I get good knafeh near Rainbow Street", "not_about_this_data", AMMAN),
    ("fy119", "refusals", "what's the score in the Lahore Qalandars match", "not_about_this_data", LAHORE),
    ("fy120", "refusals", "alerts from the musher tracker service in the last day", "ungrounded", ANCHORAGE),
]
