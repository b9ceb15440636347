"""The hundred-fourth ask question set: ids ix001..ix120, 15 per category.

Written by an outside author who had seen neither the parser nor its tests nor the paraphrases, at the same time as
another outside author wrote the hundred-fifth set (which this author never opened). What the author read: the brief
(``h_set_common.md``) and the task message naming this set; the project's design notes (``../shared/DESIGN.md``, whole);
``docs/store.md``, whole, printed in two line ranges after counting its lines; the headings of ``docs/ask.md`` listed
with grep and its "Shapes and joins" section alone, printed by its line range (the terminal cut its middle, which was
printed again in two ranges), taken as the rules for the shape of every gold answer and nothing else of that page; the
module docstring of ``ask_questions`` (its middle cut by the terminal and not printed again) and its functions
``_question`` and ``validate``, printed with ``ast``; the module docstrings of the earlier sets (every
``benchmarks/ask_questions_*.py`` but this one and the hundred-fifth), printed with ``ast`` into a scratch file and
grepped for cities, zones, organisations, trades, first names and surnames and for earlier chat-bot voices ("chat bot",
"@bot", "/ask", "slash", "Slack"), the hundred-third's read whole and the eightieth's first eighty lines read, for the
form; the rest only as single grep hits, a few with context (the twenty-seventh's, thirty-eighth's, forty-second's and
ninety-third's); the first ten rows of ``ask_questions_thirtieth`` imported in Python, for the file's format; the
``[tool.ruff]`` settings of ``pyproject.toml``; the signature of ``signalcraft.copilot.sql_guard.safe`` (its code not
opened), which every gold passes with ``limit=100000``; and the demo store, copied to a scratch folder and opened
read-only with ``SET TimeZone = 'UTC'`` (records from 2025-01-02 to 2025-03-12 05:59 UTC, most of them on 2025-03-11,
the day of the payments-api v2.14.0 outage). Nothing else was read beyond file names in listings of ``benchmarks/``,
``.venv/bin`` and the store's folder. This set is not wired into ``ask_questions`` by its author. Each row is ``(id,
category, question, gold, now)``; a refusal's gold is its kind (``not_about_this_data``, ``asks_to_change_data`` or
``ungrounded``), any other gold one DuckDB SELECT over the documented tables and views, compared with the answer as a
multiset of rows.

The theme is ChatOps: questions typed into the team channel's bot, terse and in chat shorthand, each opened by the
lead the asker's channel uses ("@bot", "/ask", "q:", "@signalcraft"), mostly lower case, articles dropped, a follow-up
run on in the same message ("n who made them", "+ only prod pls", "when + which version?", "n who took it off"), and
alert titles pasted as the notification showed them (``[FIRING:1] DiskSpaceLow (indexer production warning)``). The
seventeenth and twenty-seventh sets had a chat-bot user and the ninety-third people pasting into a chat tool; none of
these four people, cities, organisations or trades appears in an earlier docstring (grepped: no Moncton, Maputo,
Sapporo or Tegucigalpa, no New Brunswick, Mozambique or Honduras; no roadside-assistance or towing app, laundry
service, karaoke chain or vending-machine operator; no Gisèle, Edson, Haruto or Marisol, nor LeBlanc, Cossa, Kudo or
Zelaya). Their zones have been used before (an earlier set's Tokyo SRE also wrote JST and dropped articles, but in
careful, polite sentences with year/month/day dates; Haruto types one-line chat fragments). Each asks in every
category (Gisèle, Edson and Haruto four questions of each, Marisol three; in each category the order is Gisèle,
Edson, Haruto, Marisol, repeated):

- Gisèle LeBlanc, on-call platform engineer of a roadside-assistance (tow-truck dispatch) app in Moncton, New
  Brunswick (America/Moncton, ADT, UTC-3), paged awake and typing at 05:30 ADT on Wednesday 12 March
  (``2025-03-12T08:30:00Z``): "@bot" first, the tersest of the four ("yday", "rn", "w/in", "w/", "svc", "ppl", "n",
  "0 alerts in the 15m after");
- Edson Cossa, SRE of an on-demand laundry pickup app in Maputo (Africa/Maputo, CAT, UTC+2), at 09:15 CAT on Thursday
  13 March (``2025-03-13T07:15:00Z``): the channel's "/ask" slash command, pastes the alert notification's title
  before his question ("[FIRING:1] HighErrorRate (payments-api production warning) - how many of these ...?"), says
  "tuesday" for 11 March and "this week" from Monday 10 March, and "avg ttr", "30d", "w/o";
- Haruto Kudo, backend developer of a karaoke-box chain's room-booking site in Sapporo (Asia/Tokyo, JST, UTC+9), at
  18:00 JST on Wednesday 12 March (``2025-03-12T09:00:00Z``): "q:" first, articles dropped and nouns left singular
  ("q: which alert still firing in identity project now", "q: how many alert started each hour"), "pls", and "utc"
  added where a day or clock is meant in UTC;
- Marisol Zelaya, support-operations lead of a vending-machine operator's cashless-payments platform in Tegucigalpa
  (America/Tegucigalpa, CST, UTC-6), catching up on the week at 08:00 CST on Monday 17 March
  (``2025-03-17T14:00:00Z``): the bot's handle "@signalcraft" first, "last week", "pls", and run-on follow-ups ("+
  only prod pls", "who and when", "n who took it off", "within 15 min, same svc").

21 of the 105 questions that are not refusals relate two kinds of record (alert, change, incident, silence, early
warning, resolution): ix005 in filters; ix020, ix021, ix024 and ix029 in time; ix066 and ix069 in changes; and
fourteen of the fifteen joins (ix091..ix100, ix102..ix105); ix101 relates log lines to a deploy. Not counted: ix068
(a deploy against a rollback: changes both), ix082 and ix089 (silences and what Alertmanager muted). No gold returns an
empty result.

Conventions (the shapes of docs/ask.md, and these where a question leaves room):

- The lead ("@bot", "/ask", "q:", "@signalcraft") is the channel's way of addressing the bot and not part of the
  question. A pasted notification title ``[FIRING:1] Name (service environment severity)`` names the alert name, its
  service and its environment; the bracketed state and count are the notification's, not a filter ("every one of
  these since monday", "list em all" take every such alert), and the severity in it is that of every such alert in the
  store anyway.
- Times are UTC and compared as stored; every day is a UTC day (the channel, its notifications and the bot's answers are
  stamped in UTC; each asker adds "utc" where the day in their own zone would give other rows; every question that does
  not say "utc" was run again with its days on the asker's own calendar and gave the same rows). Nows: Gisèle 2025-03-12
  08:30, Edson 2025-03-13 07:15, Haruto 2025-03-12 09:00, Marisol 2025-03-17 14:00, all after every record. "yday"
  (Gisèle), "yesterday" (Haruto), "tuesday" (Edson) and "tue 11th" (Marisol) are ``[2025-03-11, 2025-03-12)``; "today"
  (Gisèle, Haruto) is 2025-03-12 ("expire today": an ``ends_at`` that day); "tue 20:00 to wed 06:00" ``[2025-03-11
  20:00, 2025-03-12 06:00)``; "this week" and "since monday" run from Monday 2025-03-10 00:00 to now; Marisol's "last
  week" is ``[2025-03-10, 2025-03-17)``; "this month" from 2025-03-01 to now; "february" ``[2025-02-01, 2025-03-01)``;
  "30d" the 30 days up to now; "since midnight utc" from 2025-03-12 00:00 to now; "all time", "ever" and a question
  naming no time have no window. Clock ranges ("between 2 and 3pm utc", "between 9 and 10 utc") include their start and
  exclude their end; "in the hour before 14:40 utc yday" is ``[13:40, 14:40]``; "w/in N min after X" and "in the N min
  after X" are ``[t, t + N]``, "in the 15 min before X" ``[t - 15, t]``, "since X" ``[t, now]``. A thing is in a window
  by its own time (an alert's ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's
  ``created_at``, an audit entry's ``timestamp``, a warning's ``starts_at``, a log line's ``timestamp``, a minute of
  ``log_pattern_counts``, an ``alert_mutes`` row's ``starts_at``). "Firing / still open at T" is ``starts_at <= T AND
  (ends_at IS NULL OR ends_at > T)`` (incidents: ``opened_at`` and ``resolved_at``); "muted right now" and "active at
  02:00" are the silences in effect then, ended or expired ones not.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` to ``resolved_at`` (to now while NULL); silences the ``silences`` view's rows; snoozes and acks
  ``audit_log`` rows; early warnings ``warnings``' rows (their service is ``labels['service']``); log lines
  ``log_events``' rows, "error" ones ``is_error``. Changes are their ``phase = 'live'`` reports ("what changed" every
  type, scale events included); "deploys" are ``type = 'deployment'`` in any environment unless one is named (auth-api
  v4.2.1 in production, reported by GitHub and by PagerDuty, is two deploys); "rollbacks", "releases", "flag changes /
  flips", "config changes" and "scale-downs" (``replicas_to < replicas_from``) their types. A version is
  ``coalesce(details['ref'], version)`` (a commit sha where a tool reported no tag); the version "live now" is that of
  the last live deployment or rollback in that environment; "what version of X went out to staging" each version once.
  "Done by argocd" is ``source = 'argocd'`` (every such report's actor is ``argocd (automated)``).
- People are as stored: "who deployed the most" counts every actor, ``argocd (automated)`` included; "lucie" in
  Gisèle's "lucie's silences" is ``lucie.novak@acme.io``, the only Lucie who made silences; "who and when", "who +
  how long", "n when" are those columns, one row per act; "who put the silence on ... n who took it off" its
  ``created_by`` beside its ``expired_by``; "which silence was expired early and by who" the silences' rows, which name
  their people.
- Aggregates: durations in minutes to one decimal (hours when asked): alerts from ``starts_at`` to ``ends_at`` of the
  resolved ones; incidents from ``opened_at`` to ``resolved_at`` of the resolved ones ("avg ttr prod incidents" over
  every resolved production incident); a silence's "scheduled length" from ``starts_at`` to ``ends_at`` as the view
  says (the cart-service silence, expired early, ends at its expiry there), "as it was really in place" until the
  earlier of ``ends_at`` and ``expired_at``; snoozes by ``duration_s``. "Median" is ``median``, "p90"
  ``quantile_cont(…, 0.9)``; "% of tuesday's alerts" ``round(100.0 * part / whole, 1)``; "average alert per incident"
  the mean ``alert_count``; "mean lag of suspect changes" ``lag_s / 60`` averaged over ``incident_suspects``. "Per
  hour / per day" buckets are ``date_trunc`` of the row's time, buckets without rows left out, most first (ties by
  the bucket); "max hikaricp_connections_pending" the largest sample value alone.
- Top-N answers are ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no
  tie crosses; "busiest hour", "which svc had the most", "which fingerprint fired the most", "which service have
  longest average" are one row. "Strongest 3 warnings by sigma" are the warnings' rows. "Top 3 payments-api log
  patterns by error count" sums ``log_pattern_counts.errors`` per current template over both environments, shown as
  ``template, errors``.
- Relations meet on service and environment (a change's ``environment`` against an alert's ``environment_canonical``
  or an incident's ``environment``), windows with both ends included. "What changed in the hour before the first
  checkout-web alert" and "prod changes in the 15 min before the first cart-service alert" are live changes of any
  service in production (the alert's environment, and the one Gisèle names) in the hour (15 minutes) up to that
  alert's start; "anything alerting, any svc, in the 30 min after New checkout flow flag got turned on" every alert in
  ``[10:41:59.974, + 30 min]``; "since yday's payments-api rollback went live" from 2025-03-11 14:56:37; "since the
  token-service staging silence went on" from its start, 2025-03-11 09:15:49.107 (when it was also created); "the
  v2.14.0 prod deploy" is payments-api's live production deployment at 2025-03-11 14:31:22. "Which change got blamed
  for tuesday's one" is the ``change_events`` row named by the suspect of the PaymentsAPIErrorBudgetBurn incident
  opened on 11 March; "which deploys caused incidents this month" the live deployments of March named by some
  ``incident_suspects`` row. "Early warnings before tuesday's one" are that incident's ``incident_warnings`` rows.
  "Rolled back within an hour" is a live rollback of the same service and environment in ``[t, t + 60 min]``.
  "Followed by a critical alert on the same svc within an hour" is a critical alert of that service and environment in
  ``[t, t + 60 min]``. "For each tuesday deploy, how many alerts (0 if none)" is a ``LEFT JOIN`` count per deploy
  report with the columns listed. "Which services had no deploys last week" are the services known from alerts and
  changes less those with a live deployment that week. "Checkout-web alert within 15 min after a payments-api deploy"
  meets each side on its own service and on the environment. "Checkout-web error log in 10 min after payments-api
  v2.14.0 went live in production" are checkout-web's production error lines in ``[14:31:22, 14:41:22]``. A silence
  meets an alert or incident on its ``service`` and, when its matchers pin one, its ``environment_canonical`` (one
  pinning no environment covers every one): "alerts that started while a silence was on for their service" start in
  ``[starts_at, earlier of ends_at and expired_at)`` of such a silence; "incidents that had a silence put on during
  them" had one created inside ``[opened_at, resolved_at]`` (to now while open). "How many alert did each silence
  mute, zero included" counts the ``alert_mutes`` rows naming each silence in ``silenced_by``, 0 where none; "which
  alerts did alertmanager actually hold back this week" are ``alert_mutes`` rows. "Silences created outside business
  hours (utc)" were created outside Monday to Friday 09:00-17:00 UTC. "Suggested inhibit rule" is the
  ``silence_suggestions`` row of that kind.
- Refusals: the service "tow-dispatch", the alert name "LaundryPickupDelayed" on "pickup-api", the team label value
  "vending", the environment "uat" and the region "ca-central-1" are ungrounded (checked against alerts, their labels
  and annotations, changes, log lines, warnings, silences and metric keys); the difference between a silence and an
  inhibit rule in general, a p99 latency target for a booking API, wiring the bot up as a Slack slash command, the
  lempira's exchange rate and an on-call rotation for a team of four are not about this data; deleting staging
  alerts, silencing DiskSpaceLow, marking an incident resolved with a root cause, acking an alert and rolling
  payments-api back ask to change the data.
"""

_G = "2025-03-12T08:30:00Z"
_E = "2025-03-13T07:15:00Z"
_H = "2025-03-12T09:00:00Z"
_M = "2025-03-17T14:00:00Z"

ROWS: list[tuple[str, str, str, str, str]] = [
    # filters
    (
        "ix001",
        "filters",
        "@bot crit alerts yday in prod",
        """SELECT * FROM alerts
           WHERE severity = 'critical' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix002",
        "filters",
        "/ask [FIRING:1] DiskSpaceLow (indexer production warning) - show me every one of these since monday",
        """SELECT * FROM alerts
           WHERE name = 'DiskSpaceLow' AND service = 'indexer' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'""",
        _E,
    ),
    (
        "ix003",
        "filters",
        "q: which alert still firing in identity project now, pls",
        """SELECT * FROM alerts
           WHERE project = 'identity'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 09:00:00+00')""",
        _H,
    ),
    (
        "ix004",
        "filters",
        "@signalcraft pls show flag changes from last week n who made them",
        """SELECT * FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix005",
        "filters",
        "@bot payments-api alerts w/in 15 min after the v2.14.0 prod deploy",
        """SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 15 MINUTE""",
        _G,
    ),
    (
        "ix006",
        "filters",
        "/ask alerts that came in via grafana this week",
        """SELECT * FROM alerts
           WHERE source = 'grafana'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'""",
        _E,
    ),
    (
        "ix007",
        "filters",
        "q: error log line of payments-api in staging yesterday (utc) pls",
        """SELECT * FROM log_events
           WHERE service = 'payments-api' AND environment = 'staging' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    (
        "ix008",
        "filters",
        "@signalcraft any incidents still open right now? + only prod pls",
        """SELECT * FROM alert_groups
           WHERE environment = 'production'
             AND opened_at <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
             AND (resolved_at IS NULL OR resolved_at > TIMESTAMPTZ '2025-03-17 14:00:00+00')""",
        _M,
    ),
    (
        "ix009",
        "filters",
        "@bot payments-api warnings yday w/ sigma over 40",
        """SELECT * FROM warnings
           WHERE labels['service'] = 'payments-api' AND sigma > 40
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix010",
        "filters",
        "/ask [RESOLVED] HighLatencyP99 (search-api staging warning) keeps coming back - list em all for tuesday",
        """SELECT * FROM alerts
           WHERE name = 'HighLatencyP99' AND service = 'search-api' AND environment_canonical = 'staging'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix011",
        "filters",
        "q: production deploy yesterday done by argocd (utc day)",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production' AND source = 'argocd'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    (
        "ix012",
        "filters",
        "@signalcraft checkout-web alerts last week - critical only pls",
        """SELECT * FROM alerts
           WHERE service = 'checkout-web' AND severity = 'critical'
             AND starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix013",
        "filters",
        "@bot info level alerts still open rn",
        """SELECT * FROM alerts
           WHERE severity = 'info'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        _G,
    ),
    (
        "ix014",
        "filters",
        "/ask pagerduty alerts tuesday",
        """SELECT * FROM alerts
           WHERE source = 'pagerduty-events'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix015",
        "filters",
        "q: alert of user-profile with severity error or above, in february",
        """SELECT * FROM alerts
           WHERE service = 'user-profile' AND severity IN ('error', 'critical')
             AND starts_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _H,
    ),
    # time
    (
        "ix016",
        "time",
        "@bot what was firing at 14:45 utc yday",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        _G,
    ),
    (
        "ix017",
        "time",
        "/ask latest 5 alerts",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        _E,
    ),
    (
        "ix018",
        "time",
        "q: when did first payments-api alert fire yesterday (utc)?",
        """SELECT min(starts_at) AS first_start FROM alerts
           WHERE service = 'payments-api'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    (
        "ix019",
        "time",
        "@signalcraft what alerts started tue 11th between 2 and 3pm utc",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:00:00+00'""",
        _M,
    ),
    (
        "ix020",
        "time",
        "@bot alerts since yday's payments-api rollback went live",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:56:37+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        _G,
    ),
    (
        "ix021",
        "time",
        "/ask what changed in the hour before the first checkout-web alert on tuesday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web'
                                      AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _E,
    ),
    (
        "ix022",
        "time",
        "q: how many alert started each hour yesterday utc",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        _H,
    ),
    (
        "ix023",
        "time",
        "@signalcraft earliest alert last week, just the time n service pls",
        """SELECT starts_at, service FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           ORDER BY starts_at
           LIMIT 1""",
        _M,
    ),
    (
        "ix024",
        "time",
        "@bot anything alerting, any svc, in the 30 min after New checkout flow flag got turned on",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 10:41:59.974+00'
                               AND TIMESTAMPTZ '2025-03-11 10:41:59.974+00' + INTERVAL 30 MINUTE""",
        _G,
    ),
    (
        "ix025",
        "time",
        "/ask alerts that started between 20:00 tue and 06:00 wed utc",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 20:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 06:00:00+00'""",
        _E,
    ),
    (
        "ix026",
        "time",
        "q: deploy to staging between 9 and 10 utc yesterday",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 09:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-11 10:00:00+00'""",
        _H,
    ),
    (
        "ix027",
        "time",
        "@signalcraft payments-api last prod deploy - when + which version?",
        """SELECT timestamp, coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-17 14:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        _M,
    ),
    (
        "ix028",
        "time",
        "@bot what started firing in the hour before 14:40 utc yday",
        """SELECT * FROM alerts
           WHERE starts_at BETWEEN TIMESTAMPTZ '2025-03-11 13:40:00+00'
                               AND TIMESTAMPTZ '2025-03-11 14:40:00+00'""",
        _G,
    ),
    (
        "ix029",
        "time",
        "/ask alerts since the token-service staging silence went on",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 09:15:49.107+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'""",
        _E,
    ),
    (
        "ix030",
        "time",
        "q: which alert was firing at 03:00 utc today",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 03:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-12 03:00:00+00')""",
        _H,
    ),
    # aggregates
    (
        "ix031",
        "aggregates",
        "@bot how many alerts yday (utc)",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix032",
        "aggregates",
        "/ask avg ttr prod incidents",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes_to_resolve
           FROM alert_groups
           WHERE environment = 'production' AND resolved_at IS NOT NULL""",
        _E,
    ),
    (
        "ix033",
        "aggregates",
        "q: alert count per service yesterday utc",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service""",
        _H,
    ),
    (
        "ix034",
        "aggregates",
        "@signalcraft how many deploys went out last week, all envs",
        """SELECT count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix035",
        "aggregates",
        "@bot median alert duration on indexer, mins",
        """SELECT round(median(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS median_minutes
           FROM alerts
           WHERE service = 'indexer' AND status = 'resolved'""",
        _G,
    ),
    (
        "ix036",
        "aggregates",
        "/ask what % of tuesday's alerts were critical",
        """SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix037",
        "aggregates",
        "q: average alert per incident?",
        """SELECT round(avg(alert_count), 1) AS avg_alerts_per_incident FROM alert_groups""",
        _H,
    ),
    (
        "ix038",
        "aggregates",
        "@signalcraft total snooze minutes per person last week",
        """SELECT actor, round(sum(duration_s) / 60, 1) AS snoozed_minutes
           FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY actor
           ORDER BY snoozed_minutes DESC, actor""",
        _M,
    ),
    (
        "ix039",
        "aggregates",
        "@bot number of error log lines from cart-service yday, utc day",
        """SELECT count(*) AS error_lines FROM log_events
           WHERE service = 'cart-service' AND is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix040",
        "aggregates",
        "/ask [FIRING:1] HighErrorRate (payments-api production warning) - how many of these fired tuesday?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE name = 'HighErrorRate' AND service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix041",
        "aggregates",
        "q: how many alert per day this week (utc)",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts
           FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day""",
        _H,
    ),
    (
        "ix042",
        "aggregates",
        "@signalcraft avg scheduled length of silences created last week, in hours",
        """SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix043",
        "aggregates",
        "@bot mean lag of suspect changes in min",
        """SELECT round(avg(lag_s) / 60, 1) AS avg_lag_minutes FROM incident_suspects""",
        _G,
    ),
    (
        "ix044",
        "aggregates",
        "/ask p90 alert duration in prod, minutes",
        """SELECT round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.9) / 60, 1) AS p90_minutes
           FROM alerts
           WHERE environment_canonical = 'production' AND status = 'resolved'""",
        _E,
    ),
    (
        "ix045",
        "aggregates",
        "q: max hikaricp_connections_pending yesterday utc",
        """SELECT max(value) AS max_value FROM metric_points
           WHERE name = 'hikaricp_connections_pending'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    # top_n
    (
        "ix046",
        "top_n",
        "@bot top 3 noisiest services this week",
        """SELECT service, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        _G,
    ),
    (
        "ix047",
        "top_n",
        "/ask who deployed the most, all time",
        """SELECT actor, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 1""",
        _E,
    ),
    (
        "ix048",
        "top_n",
        "q: top 2 alert name by count in staging",
        """SELECT name, count(*) AS alerts FROM alerts
           WHERE environment_canonical = 'staging'
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        _H,
    ),
    (
        "ix049",
        "top_n",
        "@signalcraft which svc had the most incidents last week",
        """SELECT service, count(*) AS incidents FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 1""",
        _M,
    ),
    (
        "ix050",
        "top_n",
        "@bot busiest hour yday by alerts",
        """SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        _G,
    ),
    (
        "ix051",
        "top_n",
        "/ask top 3 payments-api log patterns by error count on tuesday (utc)",
        """SELECT template, sum(errors) AS errors FROM log_pattern_counts
           WHERE service = 'payments-api'
             AND minute >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND minute < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY template_id, template
           ORDER BY errors DESC, template
           LIMIT 3""",
        _E,
    ),
    (
        "ix052",
        "top_n",
        "q: which 2 person acked most alerts",
        """SELECT actor, count(*) AS acks FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 2""",
        _H,
    ),
    (
        "ix053",
        "top_n",
        "@signalcraft top 2 services by staging deploys last week",
        """SELECT service, count(*) AS deploys FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
           GROUP BY service
           ORDER BY deploys DESC, service
           LIMIT 2""",
        _M,
    ),
    (
        "ix054",
        "top_n",
        "@bot strongest 3 warnings by sigma this week",
        """SELECT * FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
           ORDER BY sigma DESC
           LIMIT 3""",
        _G,
    ),
    (
        "ix055",
        "top_n",
        "/ask which alert fingerprint fired the most",
        """SELECT fingerprint, count(*) AS alerts FROM alerts
           GROUP BY fingerprint
           ORDER BY alerts DESC, fingerprint
           LIMIT 1""",
        _E,
    ),
    (
        "ix056",
        "top_n",
        "q: which service have longest average alert duration",
        """SELECT service, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved'
           GROUP BY service
           ORDER BY avg_minutes DESC, service
           LIMIT 1""",
        _H,
    ),
    (
        "ix057",
        "top_n",
        "@signalcraft top 3 silence authors by number of silences",
        """SELECT created_by, count(*) AS silences FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 3""",
        _M,
    ),
    (
        "ix058",
        "top_n",
        "@bot top 2 ppl flipping flags",
        """SELECT actor, count(*) AS flag_changes FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor
           LIMIT 2""",
        _G,
    ),
    (
        "ix059",
        "top_n",
        "/ask which 2 days had most alerts, utc days",
        """SELECT date_trunc('day', starts_at) AS day, count(*) AS alerts FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 2""",
        _E,
    ),
    (
        "ix060",
        "top_n",
        "q: top 3 services by error log line yesterday utc",
        """SELECT service, count(*) AS error_lines FROM log_events
           WHERE is_error
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        _H,
    ),
    # changes
    (
        "ix061",
        "changes",
        "@bot what changed on payments-api yday",
        """SELECT * FROM change_events
           WHERE service = 'payments-api' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix062",
        "changes",
        "/ask who rolled back payments-api tuesday",
        """SELECT DISTINCT actor FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND service = 'payments-api'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix063",
        "changes",
        "q: which version of auth-api is live in production now",
        """SELECT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'auth-api' AND environment = 'production' AND phase = 'live'
             AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        _H,
    ),
    (
        "ix064",
        "changes",
        "@signalcraft config changes last week, who and when",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'config_update' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix065",
        "changes",
        "@bot releases yday",
        """SELECT * FROM change_events
           WHERE type = 'release' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix066",
        "changes",
        "/ask [RESOLVED] PaymentsAPIErrorBudgetBurn (payments-api production critical) - which change got blamed for "
        "tuesday's one?",
        """SELECT * FROM change_events
           WHERE id IN (SELECT change_id FROM incident_suspects
                        WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                          AND service = 'payments-api'
                          AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                          AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        _E,
    ),
    (
        "ix067",
        "changes",
        "q: what version of token-service went out to staging",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version FROM change_events
           WHERE service = 'token-service' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        _H,
    ),
    (
        "ix068",
        "changes",
        "@signalcraft deploys last week that got rolled back within an hour",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        _M,
    ),
    (
        "ix069",
        "changes",
        "@bot prod changes in the 15 min before the first cart-service alert yday",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:40:54.431846+00' - INTERVAL 15 MINUTE
                               AND TIMESTAMPTZ '2025-03-11 14:40:54.431846+00'""",
        _G,
    ),
    (
        "ix070",
        "changes",
        "/ask deploys by dpatel this week",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND actor = 'dpatel'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:15:00+00'""",
        _E,
    ),
    (
        "ix071",
        "changes",
        "q: scale-down of payments-api yesterday utc",
        """SELECT * FROM change_events
           WHERE type = 'scale' AND phase = 'live' AND service = 'payments-api'
             AND CAST(details['replicas_to'] AS INTEGER) < CAST(details['replicas_from'] AS INTEGER)
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _H,
    ),
    (
        "ix072",
        "changes",
        "@signalcraft which services had no deploys last week",
        """SELECT service FROM (SELECT service FROM alerts UNION SELECT service FROM change_events)
           EXCEPT
           SELECT service FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix073",
        "changes",
        "@bot who flipped flags yday n when",
        """SELECT actor, timestamp FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _G,
    ),
    (
        "ix074",
        "changes",
        "/ask rollbacks 30d",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-13 07:15:00+00' - INTERVAL 30 DAY
             AND timestamp <= TIMESTAMPTZ '2025-03-13 07:15:00+00'""",
        _E,
    ),
    (
        "ix075",
        "changes",
        "q: latest version of each service in production pls",
        """SELECT service, arg_max(coalesce(details['ref'], version), timestamp) AS version
           FROM change_events
           WHERE environment = 'production' AND phase = 'live' AND type IN ('deployment', 'rollback')
             AND timestamp <= TIMESTAMPTZ '2025-03-12 09:00:00+00'
           GROUP BY service""",
        _H,
    ),
    # silences
    (
        "ix076",
        "silences",
        "@bot whats muted right now",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:30:00+00')""",
        _G,
    ),
    (
        "ix077",
        "silences",
        "/ask who keeps silencing indexer",
        """SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'""",
        _E,
    ),
    (
        "ix078",
        "silences",
        "q: silences with comment mention reindex",
        """SELECT * FROM silences WHERE comment ILIKE '%reindex%'""",
        _H,
    ),
    (
        "ix079",
        "silences",
        "@signalcraft who put the silence on cart-service last week n who took it off",
        """SELECT created_by, expired_by FROM silences
           WHERE service = 'cart-service'
             AND created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix080",
        "silences",
        "@bot silences that expire today",
        """SELECT * FROM silences
           WHERE ends_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND ends_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'""",
        _G,
    ),
    (
        "ix081",
        "silences",
        "/ask snoozes on tuesday - who + how long (min)",
        """SELECT actor, round(duration_s / 60, 1) AS minutes FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix082",
        "silences",
        "q: how many alert did each silence mute, zero included",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m
             ON m.workspace_id = s.workspace_id AND list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        _H,
    ),
    (
        "ix083",
        "silences",
        "@signalcraft silences created outside business hours last week (utc)",
        """SELECT * FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND NOT (dayofweek(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        _M,
    ),
    (
        "ix084",
        "silences",
        "@bot all of lucie's silences",
        """SELECT * FROM silences WHERE created_by = 'lucie.novak@acme.io'""",
        _G,
    ),
    (
        "ix085",
        "silences",
        "/ask silences active at 02:00 utc tuesday",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-11 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-11 02:00:00+00')""",
        _E,
    ),
    (
        "ix086",
        "silences",
        "q: which silence was expired early and by who",
        """SELECT * FROM silences WHERE expired_early""",
        _H,
    ),
    (
        "ix087",
        "silences",
        "@signalcraft longest silence last week in hours? as it was really in place",
        """SELECT round(max(epoch(least(ends_at, coalesce(expired_at, ends_at))) - epoch(starts_at)) / 3600, 1)
                  AS longest_hours
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        _M,
    ),
    (
        "ix088",
        "silences",
        "@bot snoozes since midnight utc",
        """SELECT * FROM audit_log
           WHERE action = 'snooze'
             AND timestamp >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'""",
        _G,
    ),
    (
        "ix089",
        "silences",
        "/ask which alerts did alertmanager actually hold back this week",
        """SELECT * FROM alert_mutes
           WHERE starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND starts_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'""",
        _E,
    ),
    (
        "ix090",
        "silences",
        "q: suggested inhibit rule pls",
        """SELECT * FROM silence_suggestions WHERE kind = 'inhibit_rule'""",
        _H,
    ),
    # joins
    (
        "ix091",
        "joins",
        "@bot alerts w/in 15 min after a deploy of the same svc yday",
        """SELECT * FROM alerts a
           WHERE EXISTS (
               SELECT 1 FROM change_events c
               WHERE c.type = 'deployment' AND c.phase = 'live'
                 AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                 AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
                 AND c.service = a.service AND c.environment = a.environment_canonical
                 AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _G,
    ),
    (
        "ix092",
        "joins",
        "/ask tuesday deploys: service, version + how many alerts on that svc in the 15 min after (0 if none)",
        """SELECT c.service, coalesce(c.details['ref'], c.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events c
           LEFT JOIN alerts a
             ON a.service = c.service AND a.environment_canonical = c.environment
            AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY c.id, c.service, coalesce(c.details['ref'], c.version)""",
        _E,
    ),
    (
        "ix093",
        "joins",
        "q: incident with their suspect change, this month",
        """SELECT * FROM incident_suspects
           WHERE opened_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-12 09:00:00+00'""",
        _H,
    ),
    (
        "ix094",
        "joins",
        "@signalcraft which deploys last week were followed by a critical alert on the same svc within an hour",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical'
                   AND a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 60 MINUTE)""",
        _M,
    ),
    (
        "ix095",
        "joins",
        "@bot prod deploys yday w/ 0 alerts in the 15m after",
        """SELECT * FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live' AND c.environment = 'production'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _G,
    ),
    (
        "ix096",
        "joins",
        "/ask [FIRING:1] PaymentsAPIErrorBudgetBurn (payments-api production critical) - any early warnings before "
        "tuesday's one?",
        """SELECT * FROM incident_warnings
           WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn' AND service = 'payments-api'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        _E,
    ),
    (
        "ix097",
        "joins",
        "q: february incident and their fix - service, alert name, fix",
        """SELECT g.service, g.group_labels['alertname'] AS alertname, r.fix
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id AND r.workspace_id = g.workspace_id
           WHERE g.opened_at >= TIMESTAMPTZ '2025-02-01 00:00:00+00'
             AND g.opened_at < TIMESTAMPTZ '2025-03-01 00:00:00+00'""",
        _H,
    ),
    (
        "ix098",
        "joins",
        "@signalcraft alerts that started while a silence was on for their service, last week",
        """SELECT * FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        _M,
    ),
    (
        "ix099",
        "joins",
        "@bot which deploys caused incidents this month",
        """SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND id IN (SELECT change_id FROM incident_suspects)""",
        _G,
    ),
    (
        "ix100",
        "joins",
        "/ask incidents w/o early warnings this week",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        _E,
    ),
    (
        "ix101",
        "joins",
        "q: checkout-web error log in 10 min after payments-api v2.14.0 went live in production",
        """SELECT * FROM log_events
           WHERE service = 'checkout-web' AND environment = 'production' AND is_error
             AND timestamp BETWEEN TIMESTAMPTZ '2025-03-11 14:31:22+00'
                               AND TIMESTAMPTZ '2025-03-11 14:31:22+00' + INTERVAL 10 MINUTE""",
        _H,
    ),
    (
        "ix102",
        "joins",
        "@signalcraft who deployed right before an alert fired last week? within 15 min, same svc",
        """SELECT DISTINCT c.actor FROM change_events c
           WHERE c.type = 'deployment' AND c.phase = 'live'
             AND c.timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND c.timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = c.service AND a.environment_canonical = c.environment
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _M,
    ),
    (
        "ix103",
        "joins",
        "@bot which svcs got alerts w/in 15 min after their own deploy this week",
        """SELECT DISTINCT a.service FROM alerts a
           WHERE a.starts_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND a.starts_at <= TIMESTAMPTZ '2025-03-12 08:30:00+00'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'deployment' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _G,
    ),
    (
        "ix104",
        "joins",
        "/ask incidents that had a silence put on during them, this week",
        """SELECT * FROM alert_groups g
           WHERE g.opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND g.opened_at <= TIMESTAMPTZ '2025-03-13 07:15:00+00'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment_canonical IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 07:15:00+00'))""",
        _E,
    ),
    (
        "ix105",
        "joins",
        "q: checkout-web alert within 15 min after a payments-api deploy",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web'
             AND EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.service = 'payments-api' AND c.type = 'deployment' AND c.phase = 'live'
                   AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        _H,
    ),
    # refusals
    ("ix106", "refusals", "@bot alerts for tow-dispatch svc yday", "ungrounded", _G),
    (
        "ix107",
        "refusals",
        "/ask whats the difference between a silence and an inhibit rule in alertmanager, generally",
        "not_about_this_data",
        _E,
    ),
    ("ix108", "refusals", "q: delete staging alert older than 1 week pls", "asks_to_change_data", _H),
    ("ix109", "refusals", "@signalcraft alerts with team=vending last week", "ungrounded", _M),
    ("ix110", "refusals", "@bot silence DiskSpaceLow on indexer for 2h pls", "asks_to_change_data", _G),
    (
        "ix111",
        "refusals",
        "/ask [FIRING:1] LaundryPickupDelayed (pickup-api production warning) - how many of these this week?",
        "ungrounded",
        _E,
    ),
    ("ix112", "refusals", "q: what is good p99 latency target for booking api?", "not_about_this_data", _H),
    (
        "ix113",
        "refusals",
        "@signalcraft mark the checkout-web 503 incident resolved n set root cause to payments rollback",
        "asks_to_change_data",
        _M,
    ),
    ("ix114", "refusals", "@bot how do i wire u up as a slash command in slack", "not_about_this_data", _G),
    ("ix115", "refusals", "/ask ack PaymentsAPIErrorBudgetBurn for me", "asks_to_change_data", _E),
    ("ix116", "refusals", "q: deploys to uat environment this week", "ungrounded", _H),
    ("ix117", "refusals", "@signalcraft lempira to usd rate today?", "not_about_this_data", _M),
    ("ix118", "refusals", "@bot alerts in ca-central-1 yday", "ungrounded", _G),
    ("ix119", "refusals", "/ask good on-call rotation for a team of 4?", "not_about_this_data", _E),
    ("ix120", "refusals", "q: rollback payments-api to v2.13.2 now pls", "asks_to_change_data", _H),
]
