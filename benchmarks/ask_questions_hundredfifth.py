"""The hundred-fifth ask question set: ids jx001..jx120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the hundred-fourth set (which this author never opened). What the author read: the brief
and the task message; the project's design notes (``../shared/DESIGN.md``, whole); ``docs/store.md``, whole, printed
in two pieces (the terminal cut the middle of the first, which was printed again by line range); the headings of
``docs/ask.md`` listed with grep, and its "Shapes and joins" section printed by its line range (the terminal cut its
middle, printed again in two ranges), taken as the rules for the shape of every gold answer. One slip to own: meaning
to print the rest of ``docs/store.md``, the author printed lines 48-117 of ``docs/ask.md`` instead, which lie in its
"How a question is read" section (the end of its paragraphs on pasted text and on conditions on named columns, its
"vocabulary from the store" and "alert names by their words" items and the start of its list of time phrases);
nothing more of that section was read, and the questions were written to the theme, not to those lines. Further: the
module docstring of ``ask_questions`` (its middle, cut by the terminal, only grepped in a scratch file) and its
functions ``_question`` and ``validate``, printed with ``ast``; the module docstrings of the earlier sets, written
with ``ast`` into a scratch file (the hundred-fourth's skipped by its name, unopened) and grepped for cities, zones,
organisations, trades, first names and the game-day theme (the hundred-third's read whole, for the form; otherwise
only the lines around the hits; no rows of any other set were opened); the first ten rows of ``ask_questions_thirtieth``
imported in Python; the ``[tool.ruff]`` settings of ``pyproject.toml``; the signature of
``signalcraft.copilot.sql_guard.safe`` (its code not opened), which every gold passes with ``limit=100000``; and the
demo store, copied and opened read-only with ``SET TimeZone = 'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59
UTC). Nothing else was read beyond file names in listings of ``.venv/bin`` and a count of the ``benchmarks``
question files. This set is not wired into ``ask_questions`` by its author. Each row is ``(id, category, question,
gold, now)``; a refusal's gold is its kind (``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded``), any
other gold one DuckDB SELECT over the documented tables and views, compared with the answer as a multiset of rows.

The theme is the write-up of game days and chaos drills: reliability engineers compare what fired inside a drill
window with the same window on ordinary days, sort out which changes, silences and snoozes belonged to the exercise,
who acknowledged what and how quickly things cleared, in the precise-but-casual words of an exercise report ("drill
window", "control window", "endex", "the drill night", "fallout", "written up"). The store holds no drill as such;
each person names the windows their exercise ran in, and those are what the questions read:

- the node-loss game days GD-01 (Tuesday 21 January 2025, 06:55-07:45 UTC), GD-02 (Sunday 16 February, 02:45-03:30
  UTC) and GD-03 (Sunday 2 March, 04:05-04:45 UTC), in which a node went NotReady (``KubeNodeNotReady`` and the
  ``KubePodNotReady`` alerts of its pods, node label ``ip-10-42-28-16`` or ``ip-10-42-29-25``);
- a staging chaos day on Tuesday 11 March, 09:00-12:00 UTC;
- an overnight disk-pressure drill on the production indexer, from 16:30 UTC Tuesday 11 March to 06:00 UTC Wednesday
  12 March (``DiskSpaceLow``);
- three bad-deploy-and-rollback drills in February (payments-api v2.12.0 on the 5th, auth-api v4.1.0 on the 10th,
  user-profile v1.11.0 on the 28th), set against the real payments-api outage of 11 March.

Four people ask, none of whom appears in an earlier docstring (grepped in the scratch file, whole words, no hits:
Punta Arenas, Podgorica, Whitehorse, Makassar, Yukon, Montenegrin, Patagonia, Sulawesi; the zones
America/Punta_Arenas, Europe/Podgorica, America/Whitehorse and Asia/Makassar and the abbreviation WITA; Catalina,
Milica, Tamsin and Wahyu; Antarctic, expedition, manifest, campsite, Durmitor, national park, outfitter, canoe,
chocolate and cacao. Valparaíso, Poznań and Davao were first chosen and dropped because Santiago de Chile, Gdańsk,
Warsaw and Manila share their zones; the role of a chaos / game-day engineer was used once before, in the
twenty-fourth set, planning a game day rather than writing one up, and chaos experiments are among its refusals).
Each asks in every category
(30 questions each: four in six categories, three in two; in each category the order is Catalina, Milica, Tamsin,
Wahyu):

- Catalina, game-day lead of an Antarctic expedition-logistics company's cargo and passenger manifest platform in
  Punta Arenas (America/Punta_Arenas, UTC-3 all year), writing the quarter's node-loss exercise report: structured and
  exact, "GD-01/02/03", "drill window", "control window", full dates with "UTC", column lists; now 10:00 local time on
  Friday 14 March 2025 (``2025-03-14T13:00:00Z``);
- Milica, SRE of a national park's campsite and entry-permit booking platform in Podgorica (Europe/Podgorica, CET,
  UTC+1), the morning after the staging chaos day she ran: lowercase chat shorthand ("gd", "stg", "svc", "utc", "rn",
  "n", "w/", "endex", "0s incl"); now 09:30 CET on Wednesday 12 March 2025 (``2025-03-12T08:30:00Z``);
- Tamsin, the observer and scribe of the disk drill at a wilderness outfitter's canoe and cabin rental booking
  platform in Whitehorse (America/Whitehorse, UTC-7 all year), writing it up the next morning: chatty, asides,
  "folks", "the drill night", "the stuff that wasn't us", "not our Yukon clock"; now 07:00 local time on Wednesday
  12 March 2025 (``2025-03-12T14:00:00Z``);
- Wahyu, incident-response lead of a bean-to-bar chocolate maker's cacao-traceability and wholesale-ordering platform
  in Makassar (Asia/Makassar, WITA, UTC+8), comparing the February rollback drills with the real outage: polite
  Indonesian office English ("Kindly", "May I know", "Please help to", "for the writeup"); now 09:00 WITA on Thursday
  13 March 2025 (``2025-03-13T01:00:00Z``).

15 of the 105 questions that are not refusals relate two kinds of record (alert, change, incident, silence, ack,
resolution): jx014 in filters and jx091-jx093 and jx095-jx105 in joins; jx094 (alerts against another alert), jx074
(deploys against rollbacks) and jx079 (silences against what Alertmanager muted) relate one kind and are not counted.
No gold returns an empty result.

Conventions (the shapes of docs/ask.md, and these where a question leaves room):

- Times are UTC and compared as stored. Every clock time and day in a question is said in UTC (or "(UTC)", "UTC
  day"), or gives the same rows in the asker's zone (checked for February and March in Makassar, "this quarter" in
  Punta Arenas, "since feb 1" in Podgorica); "Sundays" are UTC days (GD-02 began on a Saturday evening in Punta
  Arenas). Windows are ``[start, end)``; "this quarter" and "since 1 January" run from 2025-01-01 to now, "up to now"
  and "right now"/"rn" are the row's now; a period that runs past now ("10 to 16 March") stops at now.
- An alert "started", "went off" or "fired" in a window when its ``starts_at`` is in it; "what was firing at T" is
  ``starts_at <= T AND (ends_at IS NULL OR ends_at > T)``; "firing at any point during" a window is on at some moment
  of it; alerts of a window "still firing" at a later moment started in the window and had not ended by it. The
  "control window" or "the same window on other days" is the clock range the question says, by the hour of
  ``starts_at`` in UTC, on every other day the store holds up to now.
- Alerts are the ``alerts`` view's rows (every column for a list), incidents ``alert_groups``' rows (open from
  ``opened_at`` to ``resolved_at``), silences the ``silences`` view's rows, snoozes and acks ``audit_log`` rows of those
  actions. Changes are their ``phase = 'live'`` reports ("all changes" and "what went live" include Kubernetes scale
  events, type ``scale``), deploys ``type = 'deployment'``, rollbacks, flags and config changes their types; "requested
  deployments" the ``requested`` phase. A version is ``coalesce(details['ref'], version)``; the version "live right
  now" is that of the last live deployment or rollback of the service in that environment.
- People are as stored: a GitHub handle and an e-mail address are two actors, and no answer here depends on joining
  them (jx058 counts GitHub handles, jx050, jx059 and jx089 e-mail addresses). "Who" is the people, each once.
- An ack names its alert by its ``alertname`` and ``service`` equality matchers and acknowledged it when it came while
  the alert was firing (from its start to its end, both included); in jx091 and jx092 the alerts are those that
  started in the GD-02 window.
- Aggregates: durations in minutes to one decimal (hours when asked) over the rows that ended (alerts start to end,
  incidents opened to resolved, silences as scheduled from ``starts_at`` to ``ends_at``, snoozes by ``duration_s``);
  "MTTR" and "time to resolve" of incidents are the mean of opened-to-resolved; "median" is ``median``; a share is
  ``round(100.0 * part / whole, 1)`` over the rows the question selects; "average per hour, only hours that had any"
  is the mean of the hourly counts of hours with rows; "how many minutes from requested to live" of one rollback is
  its first requested report to its live one; "the longest any … lasted" is the maximum. "X compared with Y", "both
  counts", "both numbers" are two counts side by side in one row.
- Per-day and per-hour breakdowns are ``date_trunc`` of the row's time, buckets without rows left out. Top-N answers
  are ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no tie crosses;
  "which … the most" is one row.
- Relations meet on service and canonical environment (a change's ``environment`` against an alert's
  ``environment_canonical``); "within N minutes after" a change at ``t`` is ``[t, t + N]``, both ends included, "in the
  15 minutes before" ``[t - 15, t]``; "a change on any service" (jx098) meets on time alone. "Followed by a rollback of
  the same service within an hour" is a live rollback of that service and environment in ``[t, t + 60 min]``. A silence
  meets an alert on its ``service`` and, when its matchers pin one, its environment; "firing while a silence was in
  effect" shares a moment with the silence's real span (until ``ends_at`` or ``expired_at``, whichever came first; an
  alert still firing runs to now); "silences created within 15 minutes after an alert started" have ``created_at`` in
  ``[starts_at, starts_at + 15 min]``, one row per pair. "Other alerts that started while the GD-02 node alert was
  firing" start inside the span of the KubeNodeNotReady alert of 16 February, itself left out. "For each … (0s too)"
  is a ``LEFT JOIN`` count with the columns listed; "incidents with no resolution written up" have no
  ``resolutions`` row; "which silences actually held alerts back, and how many each" counts ``alert_mutes`` rows per
  silence id in ``silenced_by``; "the minutes between the v2.12.0 deploy going live and the first payments-api alert
  after it" are from its live report to the first alert that started at or after it.
- Refusals: the node ``ip-10-42-31-7``, the environment "chaos", the services "campsite-api", "cabin-booking" and
  "cacao-ledger" and the label ``drill`` are ungrounded (checked against alert labels, changes, the audit log,
  resolutions, warnings and log lines); how often to run game days, Chaos Mesh against Litmus, filling a disk safely and
  a game day against a tabletop exercise are not about this data; deleting the drill alerts, acking an alert, tagging
  alerts, extending a silence and rolling a service back ask to change the data.
"""

_A = "2025-03-14T13:00:00Z"  # Catalina, Punta Arenas: 10:00 (UTC-3) on Friday 14 March 2025
_B = "2025-03-12T08:30:00Z"  # Milica, Podgorica: 09:30 CET on Wednesday 12 March 2025
_C = "2025-03-12T14:00:00Z"  # Tamsin, Whitehorse: 07:00 MST on Wednesday 12 March 2025
_D = "2025-03-13T01:00:00Z"  # Wahyu, Makassar: 09:00 WITA on Thursday 13 March 2025

ROWS: list[tuple[str, str, str, str, str]] = [
    # ------------------------------------------------------------------ filters
    (
        "jx001",
        "filters",
        "For the GD-02 report: list every alert that started in the drill window, Sunday 16 February 2025, "
        "02:45 to 03:30 UTC.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
             AND starts_at < TIMESTAMPTZ '2025-02-16 03:30:00+00'""",
        _A,
    ),
    (
        "jx002",
        "filters",
        "Which of the alerts that started during GD-01 (Tuesday 21 January 2025, 06:55-07:45 UTC) are still "
        "firing now? Those should have cleared when the node came back.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
             AND starts_at < TIMESTAMPTZ '2025-01-21 07:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-14 13:00:00+00')""",
        _A,
    ),
    (
        "jx003",
        "filters",
        "Show me every alert labelled node=ip-10-42-28-16.eu-west-1.compute.internal. That is the node we took "
        "down in GD-01 and again in GD-03.",
        """SELECT * FROM alerts
           WHERE labels['node'] = 'ip-10-42-28-16.eu-west-1.compute.internal'""",
        _A,
    ),
    (
        "jx004",
        "filters",
        "All alerts with team=platform since 1 January 2025. I expect nothing but the node alerts from our "
        "three drills, but I want to see it.",
        """SELECT * FROM alerts
           WHERE labels['team'] = 'platform'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        _A,
    ),
    (
        "jx005",
        "filters",
        "stg alerts that went off in the gd window, tue 11 mar 09:00-12:00 utc",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx006",
        "filters",
        "was anything in prod firing at any point during the gd window (11 mar 09:00-12:00 utc)? "
        "want to be sure we didnt leak out of stg",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 09:00:00+00')""",
        _B,
    ),
    (
        "jx007",
        "filters",
        "crashloop alerts in stg since feb 1 - the gd one + any organic ones",
        """SELECT * FROM alerts
           WHERE name = 'KubePodCrashLooping' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        _B,
    ),
    (
        "jx008",
        "filters",
        "auth-api stg alerts 11 mar between 09 and 12 utc, warning sev only",
        """SELECT * FROM alerts
           WHERE service = 'auth-api' AND environment_canonical = 'staging' AND severity = 'warning'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx009",
        "filters",
        "Could you pull every indexer alert that went off during the disk drill? That ran from 16:30 UTC on "
        "Tuesday 11 March to 06:00 UTC on Wednesday 12 March.",
        """SELECT * FROM alerts
           WHERE service = 'indexer'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx010",
        "filters",
        "Which DiskSpaceLow alerts fired in March before the drill kicked off at 16:30 UTC on the 11th? "
        "Those are the 'normal' ones we compare against.",
        """SELECT * FROM alerts
           WHERE name = 'DiskSpaceLow'
             AND starts_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 16:30:00+00'""",
        _C,
    ),
    (
        "jx011",
        "filters",
        "Staging alerts that started during the disk drill window (11 Mar 16:30 UTC to 12 Mar 06:00 UTC) - "
        "basically the stuff that wasn't us.",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx012",
        "filters",
        "Of the alerts that started during the drill night (16:30 UTC Tuesday 11 March to 06:00 UTC Wednesday "
        "12 March), which ones are still firing right now?",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 14:00:00+00')""",
        _C,
    ),
    (
        "jx013",
        "filters",
        "Please help to list the critical production alerts from February 2025 (UTC), so we can mark which ones "
        "were from our drills.",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "jx014",
        "filters",
        "May I know the payments-api alerts that started within 30 minutes after the v2.12.0 drill deploy "
        "went live in production on 5 February?",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-02-05 14:54:02+00'
                               AND TIMESTAMPTZ '2025-02-05 14:54:02+00' + INTERVAL 30 MINUTE""",
        _D,
    ),
    (
        "jx015",
        "filters",
        "Please show the resolutions written by Lucie Novak in February 2025, for the drill writeup.",
        """SELECT * FROM resolutions
           WHERE resolved_by = 'lucie.novak@acme.io'
             AND resolved_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND resolved_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    # --------------------------------------------------------------------- time
    (
        "jx016",
        "time",
        "Control window for GD-02: which alerts started between 02:00 and 04:00 UTC on any day other than "
        "Sunday 16 February 2025?",
        """SELECT * FROM alerts
           WHERE hour(starts_at) >= 2 AND hour(starts_at) < 4
             AND NOT (starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00'
                      AND starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00')
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        _A,
    ),
    (
        "jx017",
        "time",
        "How many alerts started in the GD-03 window (Sunday 2 March 2025, 04:05-04:45 UTC) compared with the "
        "same forty minutes one week earlier, Sunday 23 February? Both counts, please.",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-02 04:45:00+00') AS gd03,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-02-23 04:05:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-02-23 04:45:00+00') AS week_before
           FROM alerts""",
        _A,
    ),
    (
        "jx018",
        "time",
        "What was firing at 07:30 UTC on 21 January 2025, about halfway through GD-01?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-01-21 07:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-01-21 07:30:00+00')""",
        _A,
    ),
    (
        "jx019",
        "time",
        "Alerts per UTC day over the GD-02 weekend, Saturday 15 and Sunday 16 February 2025.",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-15 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        _A,
    ),
    (
        "jx020",
        "time",
        "alerts per hour on 11 mar from 06:00 to 15:00 utc, want to see if the 09-12 gd block stands out",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 06:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        _B,
    ),
    (
        "jx021",
        "time",
        "same window on normal days: alerts between 09:00 and 12:00 utc on each day last week (mon 3 - sun 9 mar), "
        "count per day",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-03 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND hour(starts_at) >= 9 AND hour(starts_at) < 12
           GROUP BY day
           ORDER BY alerts DESC, day""",
        _B,
    ),
    (
        "jx022",
        "time",
        "any alerts in the hour after we called endex, 11 mar 12:00-13:00 utc? any env",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 13:00:00+00'""",
        _B,
    ),
    (
        "jx023",
        "time",
        "which stg alerts that started in the gd window (11 mar 09:00-12:00 utc) were still firing at 12:00 utc "
        "when we stopped",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 12:00:00+00')""",
        _B,
    ),
    (
        "jx024",
        "time",
        "Alerts per hour across the drill night, from 16:00 UTC Tuesday 11 March to 06:00 UTC Wednesday 12 March?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        _C,
    ),
    (
        "jx025",
        "time",
        "What was still firing at 06:00 UTC on Wednesday the 12th of March, the moment we called the disk drill done?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 06:00:00+00')""",
        _C,
    ),
    (
        "jx026",
        "time",
        "How many alerts started during the drill night (11 Mar 16:30 UTC to 12 Mar 06:00 UTC) compared with "
        "the same hours the night before (10 Mar 16:30 UTC to 11 Mar 06:00 UTC)? Just the two numbers.",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00') AS drill_night,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 16:30:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-03-11 06:00:00+00') AS night_before
           FROM alerts""",
        _C,
    ),
    (
        "jx027",
        "time",
        "May I know how many alerts we had on each of our three drill days, 5 February, 10 February and "
        "28 February 2025 (UTC days)?",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE (starts_at >= TIMESTAMPTZ '2025-02-05 00:00:00+00'
               AND starts_at < TIMESTAMPTZ '2025-02-06 00:00:00+00')
              OR (starts_at >= TIMESTAMPTZ '2025-02-10 00:00:00+00'
                  AND starts_at < TIMESTAMPTZ '2025-02-11 00:00:00+00')
              OR (starts_at >= TIMESTAMPTZ '2025-02-28 00:00:00+00'
                  AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00')
           GROUP BY day
           ORDER BY alerts DESC, day""",
        _D,
    ),
    (
        "jx028",
        "time",
        "For the baseline: the alerts that started between 14:00 and 16:00 UTC on the February weekdays other "
        "than our two afternoon drill days (5 and 10 February).",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND hour(starts_at) >= 14 AND hour(starts_at) < 16
             AND dayofweek(starts_at) BETWEEN 1 AND 5
             AND day(starts_at) NOT IN (5, 10)""",
        _D,
    ),
    (
        "jx029",
        "time",
        "What was firing at 15:20 UTC on 5 February 2025, right after the drill rollback went live?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-02-05 15:20:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-02-05 15:20:00+00')""",
        _D,
    ),
    (
        "jx030",
        "time",
        "Please compare the week of our first drill (3 to 9 February 2025) with the week of the real outage "
        "(10 to 16 March 2025): how many alerts in each? Both figures.",
        """SELECT
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-02-03 00:00:00+00'
                                  AND starts_at < TIMESTAMPTZ '2025-02-10 00:00:00+00') AS drill_week,
               count(*) FILTER (WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
                                  AND starts_at <= TIMESTAMPTZ '2025-03-13 01:00:00+00') AS outage_week
           FROM alerts""",
        _D,
    ),
    # --------------------------------------------------------------- aggregates
    (
        "jx031",
        "aggregates",
        "Average minutes from start to resolution of the KubeNodeNotReady alerts this quarter - in practice "
        "that's our three node-loss drills.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE name = 'KubeNodeNotReady' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        _A,
    ),
    (
        "jx032",
        "aggregates",
        "How many distinct services had a KubePodNotReady alert start during the three drill windows? "
        "GD-01 21 Jan 06:55-07:45, GD-02 16 Feb 02:45-03:30, GD-03 2 Mar 04:05-04:45, all UTC, 2025.",
        """SELECT count(DISTINCT service) AS services
           FROM alerts
           WHERE name = 'KubePodNotReady'
             AND ((starts_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
                 AND starts_at < TIMESTAMPTZ '2025-01-21 07:45:00+00')
               OR (starts_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-02-16 03:30:00+00')
               OR (starts_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-02 04:45:00+00'))""",
        _A,
    ),
    (
        "jx033",
        "aggregates",
        "Median time to resolve, in minutes, of the resolved incidents that opened in the drill windows "
        "(21 Jan 06:55-07:45, 16 Feb 02:45-03:30 and 2 Mar 04:05-04:45 UTC, 2025).",
        """SELECT round(median(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS median_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND ((opened_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
                 AND opened_at < TIMESTAMPTZ '2025-01-21 07:45:00+00')
               OR (opened_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                   AND opened_at < TIMESTAMPTZ '2025-02-16 03:30:00+00')
               OR (opened_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                   AND opened_at < TIMESTAMPTZ '2025-03-02 04:45:00+00'))""",
        _A,
    ),
    (
        "jx034",
        "aggregates",
        "What share of all production alerts so far this quarter were KubePodNotReady? I'd like to say how much "
        "of our prod noise was drill fallout.",
        """SELECT round(100.0 * count(*) FILTER (WHERE name = 'KubePodNotReady') / count(*), 1) AS pct
           FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        _A,
    ),
    (
        "jx035",
        "aggregates",
        "avg alerts per hour during the gd block (11 mar 09:00-12:00 utc), only counting hours that had any",
        """SELECT round(avg(alerts), 1) AS avg_per_hour
           FROM (SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
                 FROM alerts
                 WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
                   AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'
                 GROUP BY hour)""",
        _B,
    ),
    (
        "jx036",
        "aggregates",
        "how many snoozes on 11 mar (utc) and their avg length in min",
        """SELECT count(*) AS snoozes, round(avg(duration_s) / 60, 1) AS avg_minutes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _B,
    ),
    (
        "jx037",
        "aggregates",
        "mttr of the stg incidents opened in the gd window 11 mar 09:00-12:00 utc (resolved ones)",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS mttr_minutes
           FROM alert_groups
           WHERE environment = 'staging' AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx038",
        "aggregates",
        "Okay, tally time: how many DiskSpaceLow alerts fired during the disk drill (16:30 UTC Tuesday 11 March "
        "to 06:00 UTC Wednesday 12 March)?",
        """SELECT count(*) AS alerts
           FROM alerts
           WHERE name = 'DiskSpaceLow'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx039",
        "aggregates",
        "On average how long did the DiskSpaceLow alerts of the drill night last, in minutes? Same window, "
        "11 Mar 16:30 UTC to 12 Mar 06:00 UTC.",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE name = 'DiskSpaceLow' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx040",
        "aggregates",
        "What's the longest any DiskSpaceLow alert lasted during the drill night (11 Mar 16:30 UTC to 12 Mar "
        "06:00 UTC), in minutes?",
        """SELECT round(max(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS max_minutes
           FROM alerts
           WHERE name = 'DiskSpaceLow' AND status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx041",
        "aggregates",
        "How many snoozes did folks put on during the drill night, 16:30 UTC Tue 11 Mar to 06:00 UTC Wed 12 Mar?",
        """SELECT count(*) AS snoozes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx042",
        "aggregates",
        "What was the average time to resolve, in minutes, of our three February drill incidents: "
        "PaymentsAPIErrorBudgetBurn, LoginErrorRateHigh and DBPoolPendingAcquiresHigh?",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE group_labels['alertname'] IN ('PaymentsAPIErrorBudgetBurn', 'LoginErrorRateHigh',
                                               'DBPoolPendingAcquiresHigh')
             AND resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "jx043",
        "aggregates",
        "For comparison with the drills: the mean lag in minutes between the suspect change and the incident, "
        "over all incidents opened in February 2025.",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_lag_minutes
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "jx044",
        "aggregates",
        "How many rollbacks went live this quarter up to now, and how many of those in February? Both numbers please.",
        """SELECT count(*) AS rollbacks,
                  count(*) FILTER (WHERE timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
                                     AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00') AS in_february
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 01:00:00+00'""",
        _D,
    ),
    (
        "jx045",
        "aggregates",
        "How many minutes did the 5 February payments-api rollback take from being requested to going live?",
        """SELECT round((epoch(max(timestamp) FILTER (WHERE phase = 'live'))
                        - epoch(min(timestamp) FILTER (WHERE phase = 'requested'))) / 60, 1) AS minutes
           FROM change_events
           WHERE type = 'rollback' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-02-05 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-02-06 00:00:00+00'""",
        _D,
    ),
    # -------------------------------------------------------------------- top_n
    (
        "jx046",
        "top_n",
        "Across the three node-loss drills, which service had the most alerts? Windows: 21 Jan 06:55-07:45, "
        "16 Feb 02:45-03:30, 2 Mar 04:05-04:45, UTC, 2025.",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE (starts_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
               AND starts_at < TIMESTAMPTZ '2025-01-21 07:45:00+00')
              OR (starts_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                  AND starts_at < TIMESTAMPTZ '2025-02-16 03:30:00+00')
              OR (starts_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                  AND starts_at < TIMESTAMPTZ '2025-03-02 04:45:00+00')
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        _A,
    ),
    (
        "jx047",
        "top_n",
        "Which node shows up on the most alerts this quarter (the node label)?",
        """SELECT labels['node'] AS node, count(*) AS alerts
           FROM alerts
           WHERE labels['node'] IS NOT NULL
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY node
           ORDER BY alerts DESC, node
           LIMIT 1""",
        _A,
    ),
    (
        "jx048",
        "top_n",
        "Top 2 alert names on Sundays (UTC days) this quarter, drill or not.",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE dayofweek(starts_at) = 0
             AND starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        _A,
    ),
    (
        "jx049",
        "top_n",
        "top 3 svcs by alerts in the gd window 11 mar 09:00-12:00 utc",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        _B,
    ),
    (
        "jx050",
        "top_n",
        "who snoozed the most on 11 mar (utc day)",
        """SELECT actor, count(*) AS snoozes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY actor
           ORDER BY snoozes DESC, actor
           LIMIT 1""",
        _B,
    ),
    (
        "jx051",
        "top_n",
        "which hour of 11 mar (utc) had the most alerts? pretty sure it wasnt the gd",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        _B,
    ),
    (
        "jx052",
        "top_n",
        "top 2 svcs by stg deploys that went live in the gd window (11 mar 09:00-12:00 utc)",
        """SELECT service, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service
           LIMIT 2""",
        _B,
    ),
    (
        "jx053",
        "top_n",
        "Which alert fired the most times during the drill night (11 Mar 16:30 UTC to 12 Mar 06:00 UTC)? "
        "Hoping it's the one we were poking.",
        """SELECT name, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 1""",
        _C,
    ),
    (
        "jx054",
        "top_n",
        "Top 3 services by number of alerts on the drill night - 11 Mar 16:30 UTC to 12 Mar 06:00 UTC, so UTC, "
        "not our Yukon clock.",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        _C,
    ),
    (
        "jx055",
        "top_n",
        "Which two hours of the drill night (11 Mar 16:30 UTC to 12 Mar 06:00 UTC) had the most alerts?",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 2""",
        _C,
    ),
    (
        "jx056",
        "top_n",
        "Which service had the longest average alert duration during the drill night (same window, 11 Mar "
        "16:30 UTC to 12 Mar 06:00 UTC)? Minutes, please.",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 1""",
        _C,
    ),
    (
        "jx057",
        "top_n",
        "Which service had the most critical alerts in February 2025?",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        _D,
    ),
    (
        "jx058",
        "top_n",
        "Kindly give the top 2 people by rollbacks that went live this quarter.",
        """SELECT actor, count(*) AS rollbacks
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 01:00:00+00'
           GROUP BY actor
           ORDER BY rollbacks DESC, actor
           LIMIT 2""",
        _D,
    ),
    (
        "jx059",
        "top_n",
        "Top 3 people by number of incidents resolved since 1 January 2025, please.",
        """SELECT resolved_by, count(*) AS incidents
           FROM resolutions
           WHERE resolved_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND resolved_at <= TIMESTAMPTZ '2025-03-13 01:00:00+00'
           GROUP BY resolved_by
           ORDER BY incidents DESC, resolved_by
           LIMIT 3""",
        _D,
    ),
    (
        "jx060",
        "top_n",
        "Which incident took the longest to resolve in February 2025? The service, alert name and minutes.",
        """SELECT service, group_labels['alertname'] AS alertname,
                  round((epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL
             AND opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           ORDER BY minutes DESC
           LIMIT 1""",
        _D,
    ),
    # ------------------------------------------------------------------ changes
    (
        "jx061",
        "changes",
        "Change-freeze check for GD-03: every change that went live in production from Sunday 23 February to "
        "Saturday 1 March 2025 (UTC), both days included.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-23 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-02 00:00:00+00'""",
        _A,
    ),
    (
        "jx062",
        "changes",
        "Who deployed to production in the week before GD-02, Sunday 9 to Saturday 15 February 2025 (UTC)?",
        """SELECT DISTINCT actor
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-02-09 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-02-16 00:00:00+00'""",
        _A,
    ),
    (
        "jx063",
        "changes",
        "Production deployments per month this quarter (January, February and March so far), for the "
        "exercise calendar.",
        """SELECT date_trunc('month', timestamp) AS month, count(*) AS deployments
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY month
           ORDER BY deployments DESC, month""",
        _A,
    ),
    (
        "jx064",
        "changes",
        "Before we plan the next identity drill: which auth-api version is live right now in production and "
        "which in staging?",
        """SELECT environment, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE service = 'auth-api' AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND environment IN ('production', 'staging')
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           GROUP BY environment""",
        _A,
    ),
    (
        "jx065",
        "changes",
        "all changes that went live in stg during the gd window 11 mar 09:00-12:00 utc",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx066",
        "changes",
        "which flags got flipped during the gd (11 mar 09:00-12:00 utc) n by who",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx067",
        "changes",
        "what version of token-service is in stg rn",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'token-service' AND environment = 'staging'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        _B,
    ),
    (
        "jx068",
        "changes",
        "config changes on 11 mar (utc), who and when",
        """SELECT actor, timestamp
           FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _B,
    ),
    (
        "jx069",
        "changes",
        "What went live in production during the drill night (16:30 UTC Tue 11 Mar to 06:00 UTC Wed 12 Mar)? "
        "Only the changes, not the alerts.",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx070",
        "changes",
        "When was the indexer last deployed to production before the disk drill started at 16:30 UTC on 11 March?",
        """SELECT * FROM change_events
           WHERE service = 'indexer' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp < TIMESTAMPTZ '2025-03-11 16:30:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        _C,
    ),
    (
        "jx071",
        "changes",
        "Which version did user-profile ship to production during the drill night (11 Mar 16:30 UTC to "
        "12 Mar 06:00 UTC)? Somebody deployed in the middle of our exercise.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'user-profile' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx072",
        "changes",
        "How many changes of each type went live on Tuesday 11 March (the UTC day)?",
        """SELECT type, count(*) AS changes
           FROM change_events
           WHERE phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY type
           ORDER BY changes DESC, type""",
        _C,
    ),
    (
        "jx073",
        "changes",
        "Please list the February 2025 rollbacks with the service, the version rolled back to, who did it and "
        "when it went live.",
        """SELECT service, coalesce(details['ref'], version) AS version, actor, timestamp
           FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "jx074",
        "changes",
        "Production deployments in February 2025 that were followed by a rollback of the same service within "
        "an hour - these should be exactly our drills.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        _D,
    ),
    (
        "jx075",
        "changes",
        "Kindly show the requested production deployments of payments-api, auth-api and user-profile in "
        "February 2025 - the drill deploys before they went out.",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'requested' AND environment = 'production'
             AND service IN ('payments-api', 'auth-api', 'user-profile')
             AND timestamp >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    # ----------------------------------------------------------------- silences
    (
        "jx076",
        "silences",
        "Which silences were created during our node-loss drills? Windows: 21 Jan 06:55-07:45, 16 Feb "
        "02:45-03:30 and 2 Mar 04:05-04:45, UTC, 2025.",
        """SELECT * FROM silences
           WHERE (created_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
               AND created_at < TIMESTAMPTZ '2025-01-21 07:45:00+00')
              OR (created_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                  AND created_at < TIMESTAMPTZ '2025-02-16 03:30:00+00')
              OR (created_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                  AND created_at < TIMESTAMPTZ '2025-03-02 04:45:00+00')""",
        _A,
    ),
    (
        "jx077",
        "silences",
        "Who silenced node ip-10-42-28-16.eu-west-1.compute.internal, and when? It was our drill node both times.",
        """SELECT created_by, created_at
           FROM silences
           WHERE len(list_filter(matchers, m -> m.name = 'node'
                                 AND m.value = 'ip-10-42-28-16.eu-west-1.compute.internal')) > 0""",
        _A,
    ),
    (
        "jx078",
        "silences",
        "For each silence created during the drills (21 Jan 06:55-07:45, 16 Feb 02:45-03:30, 2 Mar "
        "04:05-04:45 UTC, 2025): silence id, author and its scheduled length in minutes.",
        """SELECT silence_id, created_by, round((epoch(ends_at) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE (created_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
               AND created_at < TIMESTAMPTZ '2025-01-21 07:45:00+00')
              OR (created_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                  AND created_at < TIMESTAMPTZ '2025-02-16 03:30:00+00')
              OR (created_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                  AND created_at < TIMESTAMPTZ '2025-03-02 04:45:00+00')""",
        _A,
    ),
    (
        "jx079",
        "silences",
        "Which silences actually held alerts back this quarter, according to Alertmanager, and how many alerts "
        "did each one mute?",
        """SELECT silence_id, count(*) AS muted_alerts
           FROM (SELECT unnest(silenced_by) AS silence_id
                 FROM alert_mutes
                 WHERE starts_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
                   AND starts_at <= TIMESTAMPTZ '2025-03-14 13:00:00+00')
           GROUP BY silence_id
           ORDER BY muted_alerts DESC, silence_id""",
        _A,
    ),
    (
        "jx080",
        "silences",
        "silences active at 10:00 utc on 11 mar, mid-gd",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 10:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 10:00:00+00')""",
        _B,
    ),
    (
        "jx081",
        "silences",
        "who silenced token-service in stg during the gd (11 mar 09:00-12:00 utc) and w/ what comment",
        """SELECT created_by, comment
           FROM silences
           WHERE service = 'token-service' AND environment_canonical = 'staging'
             AND created_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx082",
        "silences",
        "snoozes during the gd, 11 mar 09:00-12:00 utc",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx083",
        "silences",
        "how long was the token-service stg silence set for, in hours",
        """SELECT round((epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           WHERE service = 'token-service' AND environment_canonical = 'staging'""",
        _B,
    ),
    (
        "jx084",
        "silences",
        "Which silences were in effect at some point during the drill night, 16:30 UTC Tuesday 11 March to "
        "06:00 UTC Wednesday 12 March?",
        """SELECT * FROM silences
           WHERE starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 16:30:00+00')""",
        _C,
    ),
    (
        "jx085",
        "silences",
        "Who put silences on during the drill night (11 Mar 16:30 UTC to 12 Mar 06:00 UTC)? Just the names.",
        """SELECT DISTINCT created_by
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx086",
        "silences",
        "Were there snoozes during the drill window (11 Mar 16:30 UTC to 12 Mar 06:00 UTC)? Who, which "
        "matchers, and when.",
        """SELECT actor, matchers, timestamp
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx087",
        "silences",
        "Kindly list the silences on payments-api or cart-service this quarter: silence id, author and comment.",
        """SELECT silence_id, created_by, comment
           FROM silences
           WHERE service IN ('payments-api', 'cart-service')
             AND created_at >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-13 01:00:00+00'""",
        _D,
    ),
    (
        "jx088",
        "silences",
        "Please show the silences that someone expired before their scheduled end.",
        """SELECT * FROM silences
           WHERE expired_early""",
        _D,
    ),
    (
        "jx089",
        "silences",
        "How many silences did each person create in February 2025?",
        """SELECT created_by, count(*) AS silences
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        _D,
    ),
    (
        "jx090",
        "silences",
        "What was the average scheduled length, in minutes, of the silences created in February 2025?",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    # -------------------------------------------------------------------- joins
    (
        "jx091",
        "joins",
        "For the GD-02 write-up: which alerts that started in the drill window (16 Feb 2025, 02:45-03:30 UTC) "
        "were acknowledged while they were still firing? Alert name, service, its start and who acked it.",
        """SELECT a.name, a.service, a.starts_at, l.actor
           FROM alerts a
           JOIN (SELECT actor, timestamp,
                        [m.value FOR m IN matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
                            AS alertname,
                        [m.value FOR m IN matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
                            AS service
                 FROM audit_log
                 WHERE action = 'ack') l
             ON l.alertname = a.name AND l.service = a.service
            AND l.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR l.timestamp <= a.ends_at)
           WHERE a.starts_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-02-16 03:30:00+00'""",
        _A,
    ),
    (
        "jx092",
        "joins",
        "How many of the acks logged during GD-02 (16 Feb 2025, 02:45-03:30 UTC) came more than 3 minutes "
        "after the alert they acknowledged had started?",
        """SELECT count(*) AS late_acks
           FROM (SELECT actor, timestamp,
                        [m.value FOR m IN matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
                            AS alertname,
                        [m.value FOR m IN matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
                            AS service
                 FROM audit_log
                 WHERE action = 'ack'
                   AND timestamp >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                   AND timestamp < TIMESTAMPTZ '2025-02-16 03:30:00+00') l
           WHERE EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.name = l.alertname AND a.service = l.service
                   AND a.starts_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                   AND a.starts_at < TIMESTAMPTZ '2025-02-16 03:30:00+00'
                   AND (a.ends_at IS NULL OR l.timestamp <= a.ends_at)
                   AND l.timestamp > a.starts_at + INTERVAL 3 MINUTE)""",
        _A,
    ),
    (
        "jx093",
        "joins",
        "Which incidents that opened in the three drill windows have no resolution written up? Windows: 21 Jan "
        "06:55-07:45, 16 Feb 02:45-03:30 and 2 Mar 04:05-04:45, UTC, 2025.",
        """SELECT * FROM alert_groups g
           WHERE ((g.opened_at >= TIMESTAMPTZ '2025-01-21 06:55:00+00'
               AND g.opened_at < TIMESTAMPTZ '2025-01-21 07:45:00+00')
               OR (g.opened_at >= TIMESTAMPTZ '2025-02-16 02:45:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-02-16 03:30:00+00')
               OR (g.opened_at >= TIMESTAMPTZ '2025-03-02 04:05:00+00'
                   AND g.opened_at < TIMESTAMPTZ '2025-03-02 04:45:00+00'))
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        _A,
    ),
    (
        "jx094",
        "joins",
        "Which other alerts started while the GD-02 node alert (KubeNodeNotReady on 16 February 2025) was firing?",
        """SELECT * FROM alerts a
           WHERE a.name <> 'KubeNodeNotReady'
             AND EXISTS (
                 SELECT 1 FROM alerts k
                 WHERE k.name = 'KubeNodeNotReady'
                   AND k.starts_at >= TIMESTAMPTZ '2025-02-16 00:00:00+00'
                   AND k.starts_at < TIMESTAMPTZ '2025-02-17 00:00:00+00'
                   AND a.starts_at >= k.starts_at
                   AND a.starts_at <= coalesce(k.ends_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))""",
        _A,
    ),
    (
        "jx095",
        "joins",
        "stg alerts within 15 min after a stg deploy of the same svc, gd window only (11 mar 09:00-12:00 utc)",
        """SELECT * FROM alerts a
           WHERE a.environment_canonical = 'staging'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _B,
    ),
    (
        "jx096",
        "joins",
        "for each stg deploy that went live in the gd window (11 mar 09:00-12:00 utc): svc, version, time and "
        "how many alerts on that svc in the next 15 min (0s too)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, c.timestamp,
                  count(a.starts_at) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'staging'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-11 12:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version), c.timestamp""",
        _B,
    ),
    (
        "jx097",
        "joins",
        "incidents opened in the gd window (11 mar 09:00-12:00 utc) that got a suspect change: svc, alert, "
        "suspect version",
        """SELECT service, group_labels['alertname'] AS alertname,
                  coalesce(change_details['ref'], change_version) AS suspect_version
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-11 12:00:00+00'""",
        _B,
    ),
    (
        "jx098",
        "joins",
        "Which DiskSpaceLow alerts of the drill night (11 Mar 16:30 UTC to 12 Mar 06:00 UTC) had a change on "
        "any service - not just the indexer - go live in the 15 minutes before they started?",
        """SELECT * FROM alerts a
           WHERE a.name = 'DiskSpaceLow'
             AND a.starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.phase = 'live'
                   AND c.timestamp BETWEEN a.starts_at - INTERVAL 15 MINUTE AND a.starts_at)""",
        _C,
    ),
    (
        "jx099",
        "joins",
        "Which alerts that started on the drill night (11 Mar 16:30 UTC to 12 Mar 06:00 UTC) were firing while "
        "a silence on the same service was in effect?",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND s.starts_at < coalesce(a.ends_at, TIMESTAMPTZ '2025-03-12 14:00:00+00')
                   AND least(s.ends_at, coalesce(s.expired_at, s.ends_at)) > a.starts_at)""",
        _C,
    ),
    (
        "jx100",
        "joins",
        "Did the DiskSpaceLow incidents from the drill night get written up? List the ones opened between "
        "16:30 UTC on 11 March and 06:00 UTC on 12 March that have no resolution.",
        """SELECT * FROM alert_groups g
           WHERE g.group_labels['alertname'] = 'DiskSpaceLow'
             AND g.opened_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'
             AND NOT EXISTS (SELECT 1 FROM resolutions r WHERE r.group_id = g.id)""",
        _C,
    ),
    (
        "jx101",
        "joins",
        "Silences created within 15 minutes after an alert on the same service started, during the drill night "
        "(11 Mar 16:30 UTC to 12 Mar 06:00 UTC): silence id, its author, the alert name and when the alert "
        "started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 15 MINUTE
           WHERE s.created_at >= TIMESTAMPTZ '2025-03-11 16:30:00+00'
             AND s.created_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _C,
    ),
    (
        "jx102",
        "joins",
        "Kindly list the February 2025 incidents with their suspect change: service, alert name, when it "
        "opened, the suspect's type, its version and who made it.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at, change_type,
                  coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _D,
    ),
    (
        "jx103",
        "joins",
        "Which production deployments this quarter were followed by a critical alert on the same service "
        "within 15 minutes?",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-01-01 00:00:00+00'
             AND c.timestamp <= TIMESTAMPTZ '2025-03-13 01:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.severity = 'critical'
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _D,
    ),
    (
        "jx104",
        "joins",
        "How many minutes passed between the payments-api v2.12.0 deploy going live in production on "
        "5 February and the first payments-api alert after it?",
        """SELECT round((epoch((SELECT min(a.starts_at) FROM alerts a
                               WHERE a.service = 'payments-api'
                                 AND a.starts_at >= (SELECT min(c.timestamp) FROM change_events c
                                                     WHERE c.service = 'payments-api' AND c.type = 'deployment'
                                                       AND c.phase = 'live' AND c.environment = 'production'
                                                       AND coalesce(c.details['ref'], c.version) = 'v2.12.0')))
                        - epoch((SELECT min(c.timestamp) FROM change_events c
                                 WHERE c.service = 'payments-api' AND c.type = 'deployment'
                                   AND c.phase = 'live' AND c.environment = 'production'
                                   AND coalesce(c.details['ref'], c.version) = 'v2.12.0'))) / 60, 1) AS minutes""",
        _D,
    ),
    (
        "jx105",
        "joins",
        "Which alerts that started on 11 March 2025 (UTC) were acknowledged while still firing? The alert name, "
        "the service, its start and who acknowledged it.",
        """SELECT a.name, a.service, a.starts_at, l.actor
           FROM alerts a
           JOIN (SELECT actor, timestamp,
                        [m.value FOR m IN matchers IF m.name = 'alertname' AND m.is_equal AND NOT m.is_regex][1]
                            AS alertname,
                        [m.value FOR m IN matchers IF m.name = 'service' AND m.is_equal AND NOT m.is_regex][1]
                            AS service
                 FROM audit_log
                 WHERE action = 'ack') l
             ON l.alertname = a.name AND l.service = a.service
            AND l.timestamp >= a.starts_at
            AND (a.ends_at IS NULL OR l.timestamp <= a.ends_at)
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _D,
    ),
    # ----------------------------------------------------------------- refusals
    (
        "jx106",
        "refusals",
        "Generally speaking, is a node-loss game day worth running monthly, or is quarterly enough?",
        "not_about_this_data",
        _A,
    ),
    (
        "jx107",
        "refusals",
        "Please delete the GD-01, GD-02 and GD-03 alerts from the store so they stop skewing our quarterly MTTR.",
        "asks_to_change_data",
        _A,
    ),
    (
        "jx108",
        "refusals",
        "Which alerts fired on node ip-10-42-31-7.eu-west-1.compute.internal during the drills?",
        "ungrounded",
        _A,
    ),
    (
        "jx109",
        "refusals",
        "alerts w/ environment=chaos from the gd on 11 mar",
        "ungrounded",
        _B,
    ),
    (
        "jx110",
        "refusals",
        "ack the token-service crashloop alert in stg pls, its from the gd",
        "asks_to_change_data",
        _B,
    ),
    (
        "jx111",
        "refusals",
        "chaos mesh vs litmus for the next gd, which is less pain on k8s?",
        "not_about_this_data",
        _B,
    ),
    (
        "jx112",
        "refusals",
        "which gd alerts fired for campsite-api in stg",
        "ungrounded",
        _B,
    ),
    (
        "jx113",
        "refusals",
        "Can you tag every DiskSpaceLow alert from the drill night with drill=true so the monthly report skips them?",
        "asks_to_change_data",
        _C,
    ),
    (
        "jx114",
        "refusals",
        "What's the safest way to fill a disk for a chaos drill without actually taking the node down?",
        "not_about_this_data",
        _C,
    ),
    (
        "jx115",
        "refusals",
        "Who acked the cabin-booking alerts during the drill night?",
        "ungrounded",
        _C,
    ),
    (
        "jx116",
        "refusals",
        "Extend kenji's reindex silence to Friday so it covers our next drill too.",
        "asks_to_change_data",
        _C,
    ),
    (
        "jx117",
        "refusals",
        "Kindly roll payments-api back to v2.13.2 again for next week's drill.",
        "asks_to_change_data",
        _D,
    ),
    (
        "jx118",
        "refusals",
        "May I know the difference between a game day and a tabletop exercise?",
        "not_about_this_data",
        _D,
    ),
    (
        "jx119",
        "refusals",
        "Please help to show the deployments of cacao-ledger in February 2025.",
        "ungrounded",
        _D,
    ),
    (
        "jx120",
        "refusals",
        "Which February incidents carry the label drill=yes?",
        "ungrounded",
        _D,
    ),
]
