"""The seventy-fourth ask question set: ids vy001..vy120, 15 per category.

Written by an outside author who saw neither the parser nor its tests nor the paraphrases. What the author read: the
brief (and a listing of the folder it came from); the project's design notes (``DESIGN.md`` of the shared folder,
printed whole); docs/store.md, printed whole, with its middle (the end of the ``audit_log`` table to the start of
``alert_mutes``) cut off by the terminal and printed again by line range; the headings of docs/ask.md listed with grep,
and its "Shapes and joins" section alone, printed by line range in two pieces (taken as the rules for the shape of every
gold answer); the module docstring of ``ask_questions`` printed with ``ast`` (its middle paragraphs cut off by the
terminal, part of them printed again by line range) and the source of its ``_question`` and ``validate`` (this set is
not wired in by its author); the module docstrings of the earlier sets, printed with ``ast`` into a scratch file and
grepped for roles, cities and languages, the forty-ninth's and the seventy-third's printed whole (three lines of the
forty-ninth's "Conventions", cut off, printed again) and the forty-ninth's conventions followed where a question leaves
room; the first ten rows of ``ask_questions_thirtieth`` imported in Python and the lines of that file defining its
module-level now constants (one grep); the signature and docstring of ``sql_guard.safe`` (to call the gate); and the
demo store itself, copied and opened read-only (records from 2025-01-02 to 2025-03-12, most of them on 2025-03-11 UTC,
the day of the payments-api v2.14.0 outage). Nothing else was read, beyond file names in a listing of ``benchmarks/``
and in ``git status``. Each row is ``(id, category, question, gold, now)``. A refusal's gold is its kind:
``not_about_this_data``, ``asks_to_change_data`` or ``ungrounded`` (the question names a service, person, environment or
cluster the store does not hold; each name was looked for in the alerts, the changes, the audit log, the resolutions and
the log lines); any other gold is one DuckDB SELECT over the documented tables and views, compared with the answer as a
multiset of rows.

Five people ask the questions; the earlier docstrings name no blood bank, drone delivery, Carnival mas band, tour
operator or restaurant group, and no voice from Glasgow, Dar es Salaam, Port of Spain, St. John's (Newfoundland) or
Hong Kong, nor a Glaswegian, Swahili-English, Trinidadian, Newfoundland or Cantonese-English one. Each asks three
questions in every category (24 each, three of them refusals):

- the logistics coordinator of a regional blood transfusion service in Glasgow, whose hospital ordering portal signs
  clinicians in through auth-api and the identity services and whose courier bookings are paid through checkout, at
  08:30 GMT on Thursday 13 March (2025-03-13 08:30 UTC): Glaswegian ("whit", "wis", "wir", "oan", "efter", "afore",
  "fae", "aw" for all, "ony", "hud", "maist", "the wan" / "the top yin", "the wance", "gie us", "jist", "like" at the
  end, "aye"); "yesterday" is Wednesday 12 March;
- the on-call engineer of a medical-supplies drone delivery startup in Dar es Salaam, whose clinics pay for deliveries
  through payments-api and checkout and whose pilots sign in through auth-api, typing on a phone at 11:00 EAT on
  Wednesday 12 March (2025-03-12 08:00 UTC) in Swahili and English mixed: "jana" (yesterday, Tuesday 11 March),
  "wiki hii" (this week), "sasa hivi" (right now), "ngapi" (how many), "gani" (which), "nani" (who), "nipe" (give
  me), "zote" (all), "baada ya" (after), "ndani ya" (within), "kila" (each), "bado" (still), "wakati" (while / when),
  "hiyo hiyo" (the same), "tafadhali", "zero pia" / "zero zihesabiwe" (zeros counted too), "svc", lower case;
- the registration and payments lead of a Carnival mas band in Port of Spain, whose masqueraders sign in through
  auth-api and pay their costume balances through checkout and payments-api (Tuesday 11 March was the balance
  deadline), at 09:00 AST on Friday 14 March (2025-03-14 13:00 UTC): Trinidadian English ("allyuh", "wha", "dem",
  "dey", "nah", "eh", "buss" for broke down, "quick quick", "Tuesday gone" for last Tuesday, the bare verb for the past:
  "Who roll back ...", "which alerts start firing"); "Carnival Tuesday" is 4 March 2025;
- the platform engineer of a whale-watching and sea-kayak tour operator in St. John's, Newfoundland, whose booking site
  takes deposits through checkout, whose guides' app signs in through auth-api and whose tour search runs on
  search-api, at 09:30 NDT on Monday 17 March, St. Patrick's Day (2025-03-17 12:00 UTC): Newfoundland English ("b'y",
  "me son", "some" for very, "after" for a done thing: "was X after deployin'", "o'", "an' all", "the once", "goin'");
  "last week" is Monday 10 to Sunday 16 March;
- the on-call engineer of a dim-sum restaurant group's online ordering and table-booking app in Hong Kong, whose diners
  sign in through the identity services and pay through checkout, at 10:00 HKT on Saturday 15 March (2025-03-15 02:00
  UTC), before the weekend yum cha rush: Hong Kong English with Cantonese ("la", "ah", "m goi" for please, "gei do" for
  how many, "got" for did / are there, "n" for and), lower case, dropped "are" ("while they still firing").

41 of the 105 questions that are not refusals relate two kinds of record in time or by scope: four in filters (vy002,
vy011, vy012, vy013), three in time (vy021, vy025, vy029), five in aggregates (vy032, vy038, vy040, vy041, vy043), four
in top_n (vy049, vy050, vy055, vy058), five in changes (vy066, vy067, vy071, vy072, vy075), five in silences (vy081,
vy083, vy084, vy087, vy090) and all fifteen joins. Deploys rolled back within the hour (vy065) and releases deployed
within the hour (vy069), changes met by changes, and the silences of the identity project's services (vy086) are not
counted. No gold returns an empty result.

Conventions (the shapes of docs/ask.md, the forty-ninth set's readings, and these where a question leaves room):

- Times are UTC and timestamps are compared as stored; every person's days are UTC days (their boards and tickets run
  on UTC; the Glasgow coordinator and the Port of Spain lead say "UTC" where a clock matters), so no question is read
  in another zone. The nows: the Glasgow coordinator 2025-03-13 08:30, the Dar es Salaam on-call 2025-03-12 08:00,
  the Port of Spain lead 2025-03-14 13:00, the St. John's engineer 2025-03-17 12:00, the Hong Kong on-call 2025-03-15
  02:00, all after every record. "Tuesday", "Tuesday the 11th", "Tuesday gone", "jana", "Tue 11 Mar", "the 11th" are
  ``[2025-03-11, 2025-03-12)``; the Glasgow coordinator's "yesterday, Wednesday" ``[2025-03-12, 2025-03-13)``;
  "Carnival Tuesday, 4 March" ``[2025-03-04, 2025-03-05)``; "wiki hii" (this week) ``[2025-03-10, now]``; "last week"
  (the St. John's engineer's) ``[2025-03-10, 2025-03-17)``; "this month" ``[2025-03-01, now]``; "last 24 hrs"
  ``(now - 24 h, now]``; "between 14:30 and 15:30 UTC" includes its start and excludes its end. "All time", "aw
  time" and questions with no time have no window. A thing is in a window by its own time (an alert's
  ``starts_at``, a change's ``timestamp``, an incident's ``opened_at``, a silence's ``created_at``, a warning's
  ``starts_at``, a log line's or sample's ``timestamp``). "What was firing at 14:45 UTC", "still firing now" and
  "still firing at that moment" are the state at that instant (``starts_at <= T`` and not ended by ``T``); "silences in
  effect at 02:00" and "active right now" a silence's window at that instant, an early expiry ending it.
- Alerts are the ``alerts`` view's rows (every column for a list); incidents ``alert_groups``' rows, open from
  ``opened_at`` until ``resolved_at`` (until the asker's now while it is NULL, so "open over an hour" counts the ones
  still open up to now); silences the ``silences`` view's rows, in place from ``starts_at`` until the earlier of
  ``ends_at`` and ``expired_at`` ("as they really ran", "actually in place"), their length "as scheduled"
  ``starts_at`` to ``ends_at``; "scheduled ahead" is ``starts_at`` later than ``created_at``. Changes are their
  ``phase = 'live'`` reports: "deploys" ``type = 'deployment'`` (auth-api v4.2.1 in production, reported by two tools,
  is two rows), "rollbacks", "config changes", "flag flips" / "toggle flags" / "flag changes", "releases" their types,
  "scale-downs" scale events whose ``details['replicas_to']`` is below ``details['replicas_from']`` as integers;
  "changes" of any type every live report. A version is ``coalesce(details['ref'], version)`` (``change_details['ref']``
  and ``change_version`` in the incident views); the version "live in prod right now" / "running in production right
  now" is that of the last live deployment or rollback of that service and environment up to now; "went out to
  staging, each one the once" each version once. "Humans, not argocd nor the deployment controller" and "watu tu, bila
  argocd na deployment-controller" are every actor but ``argocd (automated)`` and ``deployment-controller``; otherwise
  actors are as stored ("kenji", "maria" are ``ILIKE '%kenji%'`` / ``'%maria%'``; ``sokafor`` and
  ``sade.okafor@acme.io`` stay two people, as stored). "The cart-service silence" (maria's) is the only silence
  pinning cart-service; "the payments-api rollback jana" is its one live rollback that day (14:56:37); "the first
  checkout-web alert on Tuesday" the earliest start of that service's alerts that day; "the PaymentsAPIErrorBudgetBurn
  incident on Tuesday / on the 11th" the one incident of that alert name opened that day; "the identity services" any
  service the identity project's alerts or changes name, beside a silence whose ``project`` matcher is identity.
  "Came in from pagerduty" is ``source = 'pagerduty-events'``; "log error lines" are ``log_events`` rows with
  ``is_error``; "sigma over 100" is ``sigma > 100``.
- Relations between kinds keep the first kind named and meet the other on service and canonical environment
  (``alerts.environment_canonical``; change and incident environments are already ``production`` / ``staging``): an
  alert, incident or warning "within N minutes after" a change starts (opens) in ``[t, t + N]`` ("a quarter hour" 15,
  "the hour after" / "saa 1" 60); "in the hour before" / "the 30 minutes before" an alert or incident is ``[t - N,
  t]``, the changes being those of its environment (production) and any service. "In the hour after payments-api
  v2.14.0 go live in prod" is the window from that one event (2025-03-11 14:31:22) on the checkout project's
  services; "checkout-web alerts within 15 min after a payments-api deploy, prod" meets each named service on its own
  side. "Minutes between v2.14.0 going live and the first payments-api alert after it" runs to the first payments-api
  alert at or after the deploy; "how long payments-api was down on Tuesday" from the first of that day's payments-api
  alerts' start to the last one's end. A silence meets the other side on its service and, when it pins one, its
  environment (a silence pinning no service meets nothing): alerts "firing on cart-service while its silence was on"
  overlap its span; alerts "that started while a silence was active on the same service" started inside it (start
  included, end excluded); silences "created while an incident on the same service was open" and incidents "that had a
  silence on the same service put on while they were open" meet at the silence's ``created_at`` inside the incident's
  span, ends included; silences "created within an hour after an alert started" have ``created_at`` in ``[a, a + 60
  min]``, one row per pair; changes made "while its silence was active" have their time inside the silence's span.
  Changes and deployments "during an open incident" have their time inside the incident's span, ends included (a
  "DIFFERENT service of same project" is another service of the deploy's project, same environment). Acks name their
  alert by their ``alertname`` and ``service`` equality matchers; an alert counts as "acked while still firing" when
  one such ack came at or after its start and before its end (an alert never resolved is still firing, so the
  query-suggest KubePodNotReady alert of 21 January, never resolved, counts through the ack of 16 February). "Suspect"
  is ``incident_suspects``: "whose changes got named the suspect for the most incidents" counts distinct incidents per
  ``change_actor``; "who deployed something that got blamed" is the distinct ``change_actor`` of suspect deployments
  (argocd included); "incidents caused by a deploy of another service" have a suspect deployment whose
  ``change_service`` differs from the incident's service; "minutes between a suspect change going live and its
  incident opening" is ``lag_s / 60``. Early warnings "before" incidents are ``incident_warnings`` rows ("no early
  warning" none, "incidents with early warnings" counted per service as distinct incidents); early warnings "within an
  hour after a prod deploy of the same service" are ``warnings`` met on their ``service`` and ``environment`` labels.
  "How the resolved incidents got fixed" is ``alert_groups`` joined to ``resolutions``. "Log patterns before the
  incident, top 3" is that incident's ``incident_log_patterns`` rows of rank 1 to 3, every column. "Muted something,
  according to Alertmanager" is a silence ``alert_mutes`` names in ``silenced_by``; "for each silence, how many alerts
  did Alertmanager hold back" counts those rows per silence, every silence listed, zeros included. "For each
  production deploy on Tuesday" and "for each rollback" are one row per change (a ``LEFT JOIN``, 0 included) with the
  columns asked; "which services got paged within 15 minutes after one of their own deploys" the alerts' services, each
  once; "deploys not followed by any alert within 15 min" is an anti-join over every live production deployment.
- Aggregates: durations in minutes to one decimal (alerts from ``starts_at`` to ``ends_at`` of the resolved ones, "p95
  of alert duration", "last the longest on average"; incidents from ``opened_at`` to ``resolved_at`` of the resolved
  ones, "average time to resolve", "standard deviation of incident duration"); silence hours in hours to one decimal
  (summed as they really ran per author; averaged as scheduled); the median snooze from ``duration_s``; percentages are
  ``round(100.0 * part / whole, 1)`` over the rows the question selects ("of Tuesday alerts": the alerts that started
  that day; "of incidents": every incident, all time; "per service": each service's own share); "on avg alerts ngapi
  ndani ya 15 min baada ya kila payments-api deploy" the mean of the per-deploy counts over every live payments-api
  deployment, any environment, the ones with none counting 0; "alerts per incident on average" the mean of
  ``alert_count``; "log lines and error lines per environment" both counts side by side; "max
  hikaricp_connections_pending jana" the largest sample that day.
- Top-N answers ``value, count`` (or ``value, measure``) most first, ties by the value, and every N asked is one no tie
  crosses (the two of vy047 tie with each other, the third behind; "top one", "just the one name", "the top yin", "the
  wan hour" ask for one row). "Which hour got the most alerts" on one day is the UTC hour's start with its count; "which
  hour o' the day, ony day" the hour on the clock (0-23); "top 3 days" UTC days; "alerts by day of the week" a count per
  weekday name; "which service got the most alerts within 15 min after its own deploys" counts each alert once;
  "acked the maist alerts" counts ``audit_log`` acks per actor; "makes the most silences" counts silences per
  ``created_by``.
- Refusals: the service "blood-stock-api", the service "flight-planner", the "carnival-prod" environment, the person
  "marcel.fitzpatrick" and the cluster "prod-ap-east-1" (the store has prod-eu-west-1 and staging-eu-west-1) are
  ungrounded; the storage temperature of platelets, tomorrow's wind for drone flights in Dar es Salaam, a calypso about
  the outage, the weather for whale watching off Cape Spear and a dim-sum place in Sheung Wan are not about this data;
  silencing the indexer's disk alerts, deleting the staging alerts, rolling checkout-web back, marking the checkout-web
  incident resolved and creating a silence on search-api ask to change the data.
"""

GLA = "2025-03-13T08:30:00+00:00"
DAR = "2025-03-12T08:00:00+00:00"
POS = "2025-03-14T13:00:00+00:00"
YYT = "2025-03-17T12:00:00+00:00"
HKG = "2025-03-15T02:00:00+00:00"

_TUE = "starts_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND starts_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_TUE_TS = "timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00' AND timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'"
_V214 = """(SELECT min(timestamp) FROM change_events
                 WHERE service = 'payments-api' AND environment = 'production' AND type = 'deployment'
                   AND phase = 'live' AND coalesce(details['ref'], version) = 'v2.14.0')"""
_REALLY_ENDS = "least(ends_at, coalesce(expired_at, ends_at))"
_S_REALLY_ENDS = "least(s.ends_at, coalesce(s.expired_at, s.ends_at))"

ROWS = [
    # ---------------------------------------------------------------- filters
    (
        "vy001",
        "filters",
        "Mornin. Whit alerts did the identity project get oan Tuesday the 11th? Jist the production wans, aw the "
        "columns.",
        f"""SELECT * FROM alerts
           WHERE project = 'identity' AND environment_canonical = 'production'
             AND {_TUE}""",
        GLA,
    ),
    (
        "vy002",
        "filters",
        "nipe payments-api alerts za jana zilizoanza within 15 min baada ya v2.14.0 prod deploy",
        f"""SELECT * FROM alerts
           WHERE service = 'payments-api' AND environment_canonical = 'production'
             AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 15 MINUTE""",
        DAR,
    ),
    (
        "vy003",
        "filters",
        "Wha alerts allyuh had on checkout-web Tuesday gone? Give me all of dem, every column.",
        f"""SELECT * FROM alerts
           WHERE service = 'checkout-web' AND {_TUE}""",
        POS,
    ),
    (
        "vy004",
        "filters",
        "Which rollbacks went live in production last week, b'y?",
        """SELECT * FROM change_events
           WHERE type = 'rollback' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        YYT,
    ),
    (
        "vy005",
        "filters",
        "m goi list the alerts still firing now in production la",
        """SELECT * FROM alerts
           WHERE environment_canonical = 'production'
             AND starts_at <= TIMESTAMPTZ '2025-03-15 02:00:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-15 02:00:00+00')""",
        HKG,
    ),
    (
        "vy006",
        "filters",
        "Can ye show us the silences that were in effect at 02:00 UTC yesterday? Wednesday the 12th, like.",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 02:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 02:00:00+00')""",
        GLA,
    ),
    (
        "vy007",
        "filters",
        "deploys zote za staging jana, list tafadhali",
        f"""SELECT * FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'staging'
             AND {_TUE_TS}""",
        DAR,
    ),
    (
        "vy008",
        "filters",
        "Show me every config change allyuh make in production this month, nah.",
        """SELECT * FROM change_events
           WHERE type = 'config_update' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'""",
        POS,
    ),
    (
        "vy009",
        "filters",
        "Which incidents were open some long, b'y, more than an hour? The ones still goin' are in too, open up to now.",
        """SELECT * FROM alert_groups
           WHERE epoch(coalesce(resolved_at, TIMESTAMPTZ '2025-03-17 12:00:00+00')) - epoch(opened_at) > 3600""",
        YYT,
    ),
    (
        "vy010",
        "filters",
        "kenji got create any silence on indexer this month ah? list them",
        """SELECT * FROM silences
           WHERE service = 'indexer' AND created_by ILIKE '%kenji%'
             AND created_at >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-15 02:00:00+00'""",
        HKG,
    ),
    (
        "vy011",
        "filters",
        "Wis there ony alerts that started within a quarter hour efter a flag flip oan the same service? Gie us "
        "the alerts.",
        """SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events c
                 WHERE c.type = 'flag_change' AND c.phase = 'live'
                   AND c.service = a.service AND c.environment = a.environment_canonical
                   AND a.starts_at BETWEEN c.timestamp AND c.timestamp + INTERVAL 15 MINUTE)""",
        GLA,
    ),
    (
        "vy012",
        "filters",
        "alerts gani zilikuwa bado zinafire wakati payments-api rollback ilipoenda live jana?",
        f"""SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(timestamp) FROM change_events
                               WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                 AND {_TUE_TS})
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(timestamp) FROM change_events
                                WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'
                                  AND {_TUE_TS}))""",
        DAR,
    ),
    (
        "vy013",
        "filters",
        "Which production deploys had a critical alert on the same service within the hour after, eh?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.severity = 'critical' AND a.service = d.service
                   AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        POS,
    ),
    (
        "vy014",
        "filters",
        "Show me the warnings with a sigma over 100, b'y.",
        "SELECT * FROM warnings WHERE sigma > 100",
        YYT,
    ),
    (
        "vy015",
        "filters",
        "which alerts came in from pagerduty ah? list all",
        "SELECT * FROM alerts WHERE source = 'pagerduty-events'",
        HKG,
    ),
    # ------------------------------------------------------------------- time
    (
        "vy016",
        "time",
        "How many alerts wis there per hour oan Tuesday the 11th? UTC hours, aye.",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE {_TUE}
           GROUP BY hour
           ORDER BY alerts DESC, hour""",
        GLA,
    ),
    (
        "vy017",
        "time",
        "nini ilikuwa firing saa 14:45 utc jana?",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-11 14:45:00+00'
             AND (ends_at IS NULL OR ends_at > TIMESTAMPTZ '2025-03-11 14:45:00+00')""",
        DAR,
    ),
    (
        "vy018",
        "time",
        "Between 14:30 and 15:30 UTC Tuesday, which alerts start firing? Gimme the list.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-11 14:30:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-11 15:30:00+00'""",
        POS,
    ),
    (
        "vy019",
        "time",
        "What were the 5 latest alerts, me son? Newest first.",
        """SELECT * FROM alerts
           WHERE starts_at <= TIMESTAMPTZ '2025-03-17 12:00:00+00'
           ORDER BY starts_at DESC
           LIMIT 5""",
        YYT,
    ),
    (
        "vy020",
        "time",
        "deploys per day this month la, production only",
        """SELECT time_bucket(INTERVAL 1 DAY, timestamp) AS day, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 02:00:00+00'
           GROUP BY day
           ORDER BY deploys DESC, day""",
        HKG,
    ),
    (
        "vy021",
        "time",
        "Whit changes went live in the hour afore the first checkout-web alert oan Tuesday?",
        f"""SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web' AND {_TUE}) - INTERVAL 60 MINUTE
                               AND (SELECT min(starts_at) FROM alerts
                                    WHERE service = 'checkout-web' AND {_TUE})""",
        GLA,
    ),
    (
        "vy022",
        "time",
        "deploy ya mwisho ya auth-api kwenye staging ilikuwa lini? nipe hiyo deploy",
        """SELECT * FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        DAR,
    ),
    (
        "vy023",
        "time",
        "How long payments-api was down on Tuesday? In minutes, just the one number.",
        f"""SELECT round((epoch(max(coalesce(ends_at, TIMESTAMPTZ '2025-03-14 13:00:00+00')))
                         - epoch(min(starts_at))) / 60, 1) AS minutes_down
           FROM alerts
           WHERE service = 'payments-api' AND {_TUE}""",
        POS,
    ),
    (
        "vy024",
        "time",
        "Alerts by day of the week, all time. Which days are some busy, b'y?",
        """SELECT dayname(starts_at) AS weekday, count(*) AS alerts
           FROM alerts
           GROUP BY weekday
           ORDER BY alerts DESC, weekday""",
        YYT,
    ),
    (
        "vy025",
        "time",
        "when maria put her cart-service silence on, which alerts still firing at that moment ah?",
        """SELECT * FROM alerts
           WHERE starts_at <= (SELECT min(created_at) FROM silences
                               WHERE service = 'cart-service' AND created_by ILIKE '%maria%')
             AND (ends_at IS NULL
                  OR ends_at > (SELECT min(created_at) FROM silences
                                WHERE service = 'cart-service' AND created_by ILIKE '%maria%'))""",
        HKG,
    ),
    (
        "vy026",
        "time",
        "Whit wis the earliest alert yesterday? Wednesday, like. Jist the wan.",
        """SELECT * FROM alerts
           WHERE starts_at >= TIMESTAMPTZ '2025-03-12 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-13 00:00:00+00'
           ORDER BY starts_at
           LIMIT 1""",
        GLA,
    ),
    (
        "vy027",
        "time",
        "alerts ngapi last 24 hrs?",
        """SELECT count(*) AS alerts FROM alerts
           WHERE starts_at > TIMESTAMPTZ '2025-03-12 08:00:00+00' - INTERVAL 24 HOUR
             AND starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        DAR,
    ),
    (
        "vy028",
        "time",
        "Carnival Tuesday, 4 March. Anything buss that day? Which early warnings fire?",
        """SELECT * FROM warnings
           WHERE starts_at >= TIMESTAMPTZ '2025-03-04 00:00:00+00'
             AND starts_at < TIMESTAMPTZ '2025-03-05 00:00:00+00'""",
        POS,
    ),
    (
        "vy029",
        "time",
        "How many minutes between payments-api v2.14.0 going live in production and the first payments-api alert "
        "after it, b'y?",
        f"""SELECT round((epoch((SELECT min(starts_at) FROM alerts
                                 WHERE service = 'payments-api' AND starts_at >= {_V214}))
                         - epoch({_V214})) / 60, 1) AS minutes""",
        YYT,
    ),
    (
        "vy030",
        "time",
        "Tue 11 Mar which hour got the most alerts la? hour n count",
        f"""SELECT date_trunc('hour', starts_at) AS hour, count(*) AS alerts
           FROM alerts
           WHERE {_TUE}
           GROUP BY hour
           ORDER BY alerts DESC, hour
           LIMIT 1""",
        HKG,
    ),
    # ------------------------------------------------------------- aggregates
    (
        "vy031",
        "aggregates",
        "Whit's the average time tae resolve fer incidents in the identity project? In minutes, resolved wans.",
        """SELECT round(avg(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS avg_minutes
           FROM alert_groups
           WHERE project = 'identity' AND resolved_at IS NOT NULL""",
        GLA,
    ),
    (
        "vy032",
        "aggregates",
        "on avg alerts ngapi ndani ya 15 min baada ya kila payments-api deploy? same svc, zero zihesabiwe",
        """SELECT round(avg(n), 1) AS avg_alerts FROM (
               SELECT d.id, count(a.fingerprint) AS n
               FROM change_events d
               LEFT JOIN alerts a
                 ON a.service = d.service AND a.environment_canonical = d.environment
                AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
               WHERE d.service = 'payments-api' AND d.type = 'deployment' AND d.phase = 'live'
               GROUP BY d.id)""",
        DAR,
    ),
    (
        "vy033",
        "aggregates",
        "What percentage of Tuesday alerts was critical? Tuesday 11 March, UTC.",
        f"""SELECT round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           WHERE {_TUE}""",
        POS,
    ),
    (
        "vy034",
        "aggregates",
        "Median snooze length, b'y, in minutes.",
        "SELECT round(median(duration_s) / 60, 1) AS median_minutes FROM audit_log WHERE action = 'snooze'",
        YYT,
    ),
    (
        "vy035",
        "aggregates",
        "each incident got gei do alerts on average ah? i mean how many alerts per incident",
        "SELECT round(avg(alert_count), 1) AS avg_alerts FROM alert_groups",
        HKG,
    ),
    (
        "vy036",
        "aggregates",
        "Total hours silenced per person, as the silences really ran. Aw time, maist first.",
        f"""SELECT created_by,
                  round(sum(epoch({_REALLY_ENDS}) - epoch(starts_at)) / 3600, 1) AS hours
           FROM silences
           GROUP BY created_by
           ORDER BY hours DESC""",
        GLA,
    ),
    (
        "vy037",
        "aggregates",
        "p95 ya alert duration ni ngapi? minutes, zile zilizoresolve",
        """SELECT round(quantile_cont(epoch(ends_at) - epoch(starts_at), 0.95) / 60, 1) AS p95_minutes
           FROM alerts
           WHERE status = 'resolved' AND ends_at IS NOT NULL""",
        DAR,
    ),
    (
        "vy038",
        "aggregates",
        "On average how many minutes between a suspect change going live and its incident opening?",
        "SELECT round(avg(lag_s) / 60, 1) AS avg_minutes FROM incident_suspects",
        POS,
    ),
    (
        "vy039",
        "aggregates",
        "How many log lines and how many error lines per environment, b'y?",
        """SELECT environment, count(*) AS lines, count(*) FILTER (WHERE is_error) AS error_lines
           FROM log_events
           GROUP BY environment
           ORDER BY lines DESC""",
        YYT,
    ),
    (
        "vy040",
        "aggregates",
        "how many alerts got acked while they still firing ah?",
        """SELECT count(*) AS acked_alerts FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM (
                     SELECT timestamp,
                            list_filter(matchers, m -> m.name = 'alertname' AND m.is_equal
                                                       AND NOT m.is_regex)[1].value AS alertname,
                            list_filter(matchers, m -> m.name = 'service' AND m.is_equal
                                                       AND NOT m.is_regex)[1].value AS service
                     FROM audit_log
                     WHERE action = 'ack') k
                 WHERE k.alertname = a.name AND k.service = a.service
                   AND k.timestamp >= a.starts_at
                   AND (a.ends_at IS NULL OR k.timestamp < a.ends_at))""",
        HKG,
    ),
    (
        "vy041",
        "aggregates",
        "Whit share o' incidents hud a suspect change pinned oan them? Per cent.",
        """SELECT round(100.0 * count(*) FILTER (WHERE id IN (SELECT group_id FROM incident_suspects))
                        / count(*), 1) AS pct_with_suspect
           FROM alert_groups""",
        GLA,
    ),
    (
        "vy042",
        "aggregates",
        "max ya hikaricp_connections_pending jana ilikuwa ngapi?",
        f"""SELECT max(value) AS max_value FROM metric_points
           WHERE name = 'hikaricp_connections_pending' AND {_TUE_TS}""",
        DAR,
    ),
    (
        "vy043",
        "aggregates",
        "For each production deploy on Tuesday, how many alerts on the same service come in the 30 minutes after? "
        "Service, version and the count, zero too.",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 30 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY d.id, d.service, 2""",
        POS,
    ),
    (
        "vy044",
        "aggregates",
        "What's the standard deviation of incident duration in minutes, for the ones that got resolved?",
        """SELECT round(stddev_samp(epoch(resolved_at) - epoch(opened_at)) / 60, 1) AS stddev_minutes
           FROM alert_groups
           WHERE resolved_at IS NOT NULL""",
        YYT,
    ),
    (
        "vy045",
        "aggregates",
        "percentage of alerts that are critical, per service la",
        """SELECT service,
                  round(100.0 * count(*) FILTER (WHERE severity = 'critical') / count(*), 1) AS pct_critical
           FROM alerts
           GROUP BY service
           ORDER BY pct_critical DESC, service""",
        HKG,
    ),
    # ------------------------------------------------------------------ top_n
    (
        "vy046",
        "top_n",
        "Which three services hud the maist alerts in production? Aw time, service an' count.",
        """SELECT service, count(*) AS alerts
           FROM alerts
           WHERE environment_canonical = 'production'
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 3""",
        GLA,
    ),
    (
        "vy047",
        "top_n",
        "nani alideploy zaidi? top 2 deployers, watu tu, bila argocd na deployment-controller",
        """SELECT actor, count(*) AS deploys
           FROM change_events
           WHERE type = 'deployment' AND phase = 'live'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
           GROUP BY actor
           ORDER BY deploys DESC, actor
           LIMIT 2""",
        DAR,
    ),
    (
        "vy048",
        "top_n",
        "Top 2 alert names on Tuesday by how many times dey fire?",
        f"""SELECT name, count(*) AS alerts
           FROM alerts
           WHERE {_TUE}
           GROUP BY name
           ORDER BY alerts DESC, name
           LIMIT 2""",
        POS,
    ),
    (
        "vy049",
        "top_n",
        "Whose changes got named the suspect for the most incidents, b'y? Top one only.",
        """SELECT change_actor, count(DISTINCT group_id) AS incidents
           FROM incident_suspects
           GROUP BY change_actor
           ORDER BY incidents DESC, change_actor
           LIMIT 1""",
        YYT,
    ),
    (
        "vy050",
        "top_n",
        "which service got the most alerts within 15 min after its own deploys ah? top 1 only",
        """SELECT a.service, count(*) AS alerts
           FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = a.service AND d.environment = a.environment_canonical
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)
           GROUP BY a.service
           ORDER BY alerts DESC, a.service
           LIMIT 1""",
        HKG,
    ),
    (
        "vy051",
        "top_n",
        "Who acked the maist alerts? Jist the top yin, wi' the count.",
        """SELECT actor, count(*) AS acks
           FROM audit_log
           WHERE action = 'ack'
           GROUP BY actor
           ORDER BY acks DESC, actor
           LIMIT 1""",
        GLA,
    ),
    (
        "vy052",
        "top_n",
        "top 3 services kwa log error lines jana",
        f"""SELECT service, count(*) AS error_lines
           FROM log_events
           WHERE is_error AND {_TUE_TS}
           GROUP BY service
           ORDER BY error_lines DESC, service
           LIMIT 3""",
        DAR,
    ),
    (
        "vy053",
        "top_n",
        "Which person make the most silences? Just the one name and how many.",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by
           LIMIT 1""",
        POS,
    ),
    (
        "vy054",
        "top_n",
        "Top 2 metric keys by how many warnings they raised, b'y.",
        """SELECT metric_key, count(*) AS warnings
           FROM warnings
           GROUP BY metric_key
           ORDER BY warnings DESC, metric_key
           LIMIT 2""",
        YYT,
    ),
    (
        "vy055",
        "top_n",
        "which 2 services got the most incidents with early warnings before them ah?",
        """SELECT service, count(DISTINCT group_id) AS incidents
           FROM incident_warnings
           GROUP BY service
           ORDER BY incidents DESC, service
           LIMIT 2""",
        HKG,
    ),
    (
        "vy056",
        "top_n",
        "Which hour o' the day gets the maist alerts, ony day at aw? Jist the wan hour an' its count.",
        """SELECT hour(starts_at) AS hour_of_day, count(*) AS alerts
           FROM alerts
           GROUP BY hour_of_day
           ORDER BY alerts DESC, hour_of_day
           LIMIT 1""",
        GLA,
    ),
    (
        "vy057",
        "top_n",
        "nani anabadilisha flags zaidi? top 1 actor kwa flag changes",
        """SELECT actor, count(*) AS flag_changes
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live'
           GROUP BY actor
           ORDER BY flag_changes DESC, actor
           LIMIT 1""",
        DAR,
    ),
    (
        "vy058",
        "top_n",
        "In the hour after payments-api v2.14.0 go live in prod, which checkout service get the most alerts? "
        "Service and count, top one.",
        f"""SELECT service, count(*) AS alerts
           FROM alerts
           WHERE project = 'checkout'
             AND starts_at BETWEEN {_V214} AND {_V214} + INTERVAL 60 MINUTE
           GROUP BY service
           ORDER BY alerts DESC, service
           LIMIT 1""",
        POS,
    ),
    (
        "vy059",
        "top_n",
        "Which 2 alert names last the longest on average, b'y? Resolved ones, in minutes.",
        """SELECT name, round(avg(epoch(ends_at) - epoch(starts_at)) / 60, 1) AS avg_minutes
           FROM alerts
           WHERE status = 'resolved' AND ends_at IS NOT NULL
           GROUP BY name
           ORDER BY avg_minutes DESC, name
           LIMIT 2""",
        YYT,
    ),
    (
        "vy060",
        "top_n",
        "top 3 days by number of alerts la, all time",
        """SELECT time_bucket(INTERVAL 1 DAY, starts_at) AS day, count(*) AS alerts
           FROM alerts
           GROUP BY day
           ORDER BY alerts DESC, day
           LIMIT 3""",
        HKG,
    ),
    # ---------------------------------------------------------------- changes
    (
        "vy061",
        "changes",
        "Whit changes went live in the identity project oan Tuesday? Gie us the lot.",
        f"""SELECT * FROM change_events
           WHERE project = 'identity' AND phase = 'live' AND {_TUE_TS}""",
        GLA,
    ),
    (
        "vy062",
        "changes",
        "version gani ya payments-api iko live prod sasa hivi?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'payments-api' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        DAR,
    ),
    (
        "vy063",
        "changes",
        "Who roll back payments-api, and when?",
        """SELECT actor, timestamp
           FROM change_events
           WHERE service = 'payments-api' AND type = 'rollback' AND phase = 'live'""",
        POS,
    ),
    (
        "vy064",
        "changes",
        "What versions of auth-api went out to staging, b'y? Each one the once.",
        """SELECT DISTINCT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'auth-api' AND environment = 'staging'
             AND type = 'deployment' AND phase = 'live'""",
        YYT,
    ),
    (
        "vy065",
        "changes",
        "which deploys got rolled back within 1 hour ah? same service same env",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events r
                 WHERE r.type = 'rollback' AND r.phase = 'live'
                   AND r.service = d.service AND r.environment = d.environment
                   AND r.timestamp BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        HKG,
    ),
    (
        "vy066",
        "changes",
        "Which production deploys were followed by an alert oan the same service within 15 minutes? Aw time.",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        GLA,
    ),
    (
        "vy067",
        "changes",
        "changes za token-service staging jana zilizofanyika wakati silence yake ilikuwa active",
        f"""SELECT * FROM change_events c
           WHERE c.service = 'token-service' AND c.environment = 'staging' AND c.phase = 'live'
             AND {_TUE_TS}
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = c.service
                   AND (s.environment IS NULL OR s.environment_canonical = c.environment)
                   AND c.timestamp >= s.starts_at
                   AND c.timestamp < least(s.ends_at, coalesce(s.expired_at, s.ends_at)))""",
        DAR,
    ),
    (
        "vy068",
        "changes",
        "Any scale-downs on checkout-web? Show me dem.",
        """SELECT * FROM change_events
           WHERE service = 'checkout-web' AND type = 'scale' AND phase = 'live'
             AND TRY_CAST(details['replicas_to'] AS INTEGER) < TRY_CAST(details['replicas_from'] AS INTEGER)""",
        POS,
    ),
    (
        "vy069",
        "changes",
        "Which releases made it to production within an hour o' being published, b'y?",
        """SELECT * FROM change_events r
           WHERE r.type = 'release' AND r.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = r.service
                   AND coalesce(d.details['ref'], d.version) = coalesce(r.details['ref'], r.version)
                   AND d.timestamp BETWEEN r.timestamp AND r.timestamp + INTERVAL 60 MINUTE)""",
        YYT,
    ),
    (
        "vy070",
        "changes",
        "who toggle flags in production this month ah? each person once",
        """SELECT DISTINCT actor
           FROM change_events
           WHERE type = 'flag_change' AND phase = 'live' AND environment = 'production'
             AND timestamp >= TIMESTAMPTZ '2025-03-01 00:00:00+00'
             AND timestamp <= TIMESTAMPTZ '2025-03-15 02:00:00+00'""",
        HKG,
    ),
    (
        "vy071",
        "changes",
        "Whit changed in the 30 minutes afore the PaymentsAPIErrorBudgetBurn incident opened oan Tuesday?",
        """SELECT * FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND timestamp BETWEEN (SELECT min(opened_at) FROM alert_groups
                                    WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00') - INTERVAL 30 MINUTE
                               AND (SELECT min(opened_at) FROM alert_groups
                                    WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                      AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                      AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        GLA,
    ),
    (
        "vy072",
        "changes",
        "deploys za production ambazo hazikufuatwa na alert yoyote ndani ya 15 min, same svc",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND NOT EXISTS (
                 SELECT 1 FROM alerts a
                 WHERE a.service = d.service AND a.environment_canonical = d.environment
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        DAR,
    ),
    (
        "vy073",
        "changes",
        "What version of checkout-web running in production right now?",
        """SELECT coalesce(details['ref'], version) AS version
           FROM change_events
           WHERE service = 'checkout-web' AND environment = 'production'
             AND type IN ('deployment', 'rollback') AND phase = 'live'
             AND timestamp <= TIMESTAMPTZ '2025-03-14 13:00:00+00'
           ORDER BY timestamp DESC
           LIMIT 1""",
        POS,
    ),
    (
        "vy074",
        "changes",
        "Changes made by humans in production last week, not argocd nor the deployment controller. Who and when, b'y?",
        """SELECT actor, timestamp
           FROM change_events
           WHERE phase = 'live' AND environment = 'production'
             AND actor NOT IN ('argocd (automated)', 'deployment-controller')
             AND timestamp >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND timestamp < TIMESTAMPTZ '2025-03-17 00:00:00+00'""",
        YYT,
    ),
    (
        "vy075",
        "changes",
        "changes made during an open incident on the same service la, list them",
        """SELECT * FROM change_events c
           WHERE c.phase = 'live'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = c.service AND g.environment = c.environment
                   AND c.timestamp >= g.opened_at
                   AND c.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-15 02:00:00+00'))""",
        HKG,
    ),
    # --------------------------------------------------------------- silences
    (
        "vy076",
        "silences",
        "Who's been silencin' the indexer, then? Each person the wance.",
        "SELECT DISTINCT created_by FROM silences WHERE service = 'indexer'",
        GLA,
    ),
    (
        "vy077",
        "silences",
        "silences gani ziko active sasa hivi?",
        """SELECT * FROM silences
           WHERE starts_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND ends_at > TIMESTAMPTZ '2025-03-12 08:00:00+00'
             AND (expired_at IS NULL OR expired_at > TIMESTAMPTZ '2025-03-12 08:00:00+00')""",
        DAR,
    ),
    (
        "vy078",
        "silences",
        "Who put the silence on cart-service, and who take it off?",
        "SELECT created_by, expired_by FROM silences WHERE service = 'cart-service'",
        POS,
    ),
    (
        "vy079",
        "silences",
        "How long was maria's cart-service silence actually in place, b'y? Minutes.",
        f"""SELECT round((epoch({_REALLY_ENDS}) - epoch(starts_at)) / 60, 1) AS minutes
           FROM silences
           WHERE service = 'cart-service' AND created_by ILIKE '%maria%'""",
        YYT,
    ),
    (
        "vy080",
        "silences",
        "which silences were scheduled ahead la? means start later than created",
        "SELECT * FROM silences WHERE starts_at > created_at",
        HKG,
    ),
    (
        "vy081",
        "silences",
        "Which alerts wir firin' oan cart-service while its silence wis oan?",
        f"""SELECT * FROM alerts a
           WHERE a.service = 'cart-service'
             AND EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = 'cart-service'
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at < {_S_REALLY_ENDS}
                   AND coalesce(a.ends_at, TIMESTAMPTZ '2025-03-13 08:30:00+00') > s.starts_at)""",
        GLA,
    ),
    (
        "vy082",
        "silences",
        "silences zilizoundwa wiki hii: silence id, nani aliiunda na comment",
        """SELECT silence_id, created_by, comment
           FROM silences
           WHERE created_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND created_at <= TIMESTAMPTZ '2025-03-12 08:00:00+00'""",
        DAR,
    ),
    (
        "vy083",
        "silences",
        "Which silences was created while an incident on the same service was open?",
        """SELECT * FROM silences s
           WHERE EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.service = s.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-14 13:00:00+00'))""",
        POS,
    ),
    (
        "vy084",
        "silences",
        "For each silence, how many alerts did Alertmanager hold back under it? Every silence, zeros an' all.",
        """SELECT s.silence_id, count(m.id) AS muted_alerts
           FROM silences s
           LEFT JOIN alert_mutes m ON list_contains(m.silenced_by, s.silence_id)
           GROUP BY s.silence_id
           ORDER BY muted_alerts DESC, s.silence_id""",
        YYT,
    ),
    (
        "vy085",
        "silences",
        "avg silence length in hours la, as scheduled",
        "SELECT round(avg(epoch(ends_at) - epoch(starts_at)) / 3600, 1) AS avg_hours FROM silences",
        HKG,
    ),
    (
        "vy086",
        "silences",
        "Whit silences hae been put oan ony o' the identity services? The project's services, like, an' ony that "
        "pin the project itsel'.",
        """SELECT * FROM silences
           WHERE project = 'identity'
              OR service IN (SELECT service FROM alerts WHERE project = 'identity'
                             UNION SELECT service FROM change_events WHERE project = 'identity')""",
        GLA,
    ),
    (
        "vy087",
        "silences",
        "alerts gani zilianza wakati kuna silence active kwenye svc hiyo hiyo?",
        f"""SELECT * FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = a.service
                   AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
                   AND a.starts_at >= s.starts_at
                   AND a.starts_at < {_S_REALLY_ENDS})""",
        DAR,
    ),
    (
        "vy088",
        "silences",
        "How many silences each person create? Most first.",
        """SELECT created_by, count(*) AS silences
           FROM silences
           GROUP BY created_by
           ORDER BY silences DESC, created_by""",
        POS,
    ),
    (
        "vy089",
        "silences",
        "Which silences were created outside business hours, b'y? Mon to Fri, 9 to 5 UTC.",
        """SELECT * FROM silences
           WHERE NOT (isodow(created_at) BETWEEN 1 AND 5
                      AND hour(created_at) >= 9 AND hour(created_at) < 17)""",
        YYT,
    ),
    (
        "vy090",
        "silences",
        "which silences really muted something ah, according to alertmanager?",
        "SELECT * FROM silences WHERE silence_id IN (SELECT unnest(silenced_by) FROM alert_mutes)",
        HKG,
    ),
    # ------------------------------------------------------------------ joins
    (
        "vy091",
        "joins",
        "Incidents wi' their suspect change: the incident's service, alert name, when it opened, an' the suspect's "
        "version an' who made it.",
        """SELECT service, group_labels['alertname'] AS alertname, opened_at,
                  coalesce(change_details['ref'], change_version) AS version, change_actor
           FROM incident_suspects""",
        GLA,
    ),
    (
        "vy092",
        "joins",
        "kwa kila prod deploy jana: svc, version na alerts ngapi ndani ya 15 min baada yake (zero pia)",
        """SELECT d.service, coalesce(d.details['ref'], d.version) AS version, count(a.fingerprint) AS alerts
           FROM change_events d
           LEFT JOIN alerts a
             ON a.service = d.service AND a.environment_canonical = d.environment
            AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND d.timestamp >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND d.timestamp < TIMESTAMPTZ '2025-03-12 00:00:00+00'
           GROUP BY d.id, d.service, 2""",
        DAR,
    ),
    (
        "vy093",
        "joins",
        "Which early warnings come before the checkout-web incidents on Tuesday? The incident alert name, the "
        "warning summary and how many minutes before.",
        """SELECT group_labels['alertname'] AS alertname, summary, lead_min
           FROM incident_warnings
           WHERE service = 'checkout-web'
             AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00'""",
        POS,
    ),
    (
        "vy094",
        "joins",
        "Which incidents had no early warning before them, b'y? Last week only.",
        """SELECT * FROM alert_groups
           WHERE opened_at >= TIMESTAMPTZ '2025-03-10 00:00:00+00'
             AND opened_at < TIMESTAMPTZ '2025-03-17 00:00:00+00'
             AND id NOT IN (SELECT group_id FROM incident_warnings)""",
        YYT,
    ),
    (
        "vy095",
        "joins",
        "how did the resolved incidents get fixed ah? alert name, when opened, the fix n who fixed",
        """SELECT g.group_labels['alertname'] AS alertname, g.opened_at, r.fix, r.resolved_by
           FROM alert_groups g
           JOIN resolutions r ON r.group_id = g.id""",
        HKG,
    ),
    (
        "vy096",
        "joins",
        "Which silences were created within an hour efter an alert oan the same service started? Silence id, its "
        "author, the alert name an' when the alert started.",
        """SELECT s.silence_id, s.created_by, a.name, a.starts_at
           FROM silences s
           JOIN alerts a
             ON a.service = s.service
            AND (s.environment IS NULL OR s.environment_canonical = a.environment_canonical)
            AND s.created_at BETWEEN a.starts_at AND a.starts_at + INTERVAL 60 MINUTE""",
        GLA,
    ),
    (
        "vy097",
        "joins",
        "checkout-web alerts ndani ya 15 min baada ya payments-api deploy, prod",
        """SELECT * FROM alerts a
           WHERE a.service = 'checkout-web' AND a.environment_canonical = 'production'
             AND EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.service = 'payments-api' AND d.type = 'deployment' AND d.phase = 'live'
                   AND d.environment = 'production'
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        DAR,
    ),
    (
        "vy098",
        "joins",
        "Who deploy something that get blamed as the suspect for an incident? Each one once.",
        "SELECT DISTINCT change_actor FROM incident_suspects WHERE change_type = 'deployment'",
        POS,
    ),
    (
        "vy099",
        "joins",
        "Top 3 log patterns before the PaymentsAPIErrorBudgetBurn incident on the 11th, b'y.",
        """SELECT * FROM incident_log_patterns
           WHERE rank <= 3
             AND group_id IN (SELECT id FROM alert_groups
                              WHERE group_labels['alertname'] = 'PaymentsAPIErrorBudgetBurn'
                                AND opened_at >= TIMESTAMPTZ '2025-03-11 00:00:00+00'
                                AND opened_at < TIMESTAMPTZ '2025-03-12 00:00:00+00')""",
        YYT,
    ),
    (
        "vy100",
        "joins",
        "incidents caused by a deploy of another service la? incident service, alert name, suspect service",
        """SELECT service, group_labels['alertname'] AS alertname, change_service
           FROM incident_suspects
           WHERE change_type = 'deployment' AND change_service <> service""",
        HKG,
    ),
    (
        "vy101",
        "joins",
        "Which incidents hud a silence oan the same service put oan while they were open?",
        """SELECT * FROM alert_groups g
           WHERE EXISTS (
                 SELECT 1 FROM silences s
                 WHERE s.service = g.service
                   AND (s.environment IS NULL OR s.environment_canonical = g.environment)
                   AND s.created_at >= g.opened_at
                   AND s.created_at <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-13 08:30:00+00'))""",
        GLA,
    ),
    (
        "vy102",
        "joins",
        "early warnings ndani ya saa 1 baada ya prod deploy ya svc hiyo hiyo",
        """SELECT * FROM warnings w
           WHERE EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
                   AND d.service = w.labels['service'] AND d.environment = w.labels['environment']
                   AND w.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 60 MINUTE)""",
        DAR,
    ),
    (
        "vy103",
        "joins",
        "For each rollback, how many alerts on the same service fire in the hour before it? Service, when the "
        "rollback went live, and the count.",
        """SELECT r.service, r.timestamp, count(a.fingerprint) AS alerts
           FROM change_events r
           LEFT JOIN alerts a
             ON a.service = r.service AND a.environment_canonical = r.environment
            AND a.starts_at BETWEEN r.timestamp - INTERVAL 60 MINUTE AND r.timestamp
           WHERE r.type = 'rollback' AND r.phase = 'live'
           GROUP BY r.id, r.service, r.timestamp""",
        POS,
    ),
    (
        "vy104",
        "joins",
        "Which services got paged within 15 minutes after one of their own deploys, b'y? Each service once.",
        """SELECT DISTINCT a.service
           FROM alerts a
           WHERE EXISTS (
                 SELECT 1 FROM change_events d
                 WHERE d.type = 'deployment' AND d.phase = 'live'
                   AND d.service = a.service AND d.environment = a.environment_canonical
                   AND a.starts_at BETWEEN d.timestamp AND d.timestamp + INTERVAL 15 MINUTE)""",
        YYT,
    ),
    (
        "vy105",
        "joins",
        "prod deploys made during an open incident on a DIFFERENT service of same project ah?",
        """SELECT * FROM change_events d
           WHERE d.type = 'deployment' AND d.phase = 'live' AND d.environment = 'production'
             AND EXISTS (
                 SELECT 1 FROM alert_groups g
                 WHERE g.project = d.project AND g.service <> d.service AND g.environment = d.environment
                   AND d.timestamp >= g.opened_at
                   AND d.timestamp <= coalesce(g.resolved_at, TIMESTAMPTZ '2025-03-15 02:00:00+00'))""",
        HKG,
    ),
    # --------------------------------------------------------------- refusals
    (
        "vy106",
        "refusals",
        "Can ye silence the indexer disk alerts fer the rest o' the week? They're daein' ma heid in.",
        "asks_to_change_data",
        GLA,
    ),
    (
        "vy107",
        "refusals",
        "Whit's the right temperature tae keep platelets at in the van? Is it 22 degrees?",
        "not_about_this_data",
        GLA,
    ),
    (
        "vy108",
        "refusals",
        "Ony alerts fae blood-stock-api since Monday?",
        "ungrounded",
        GLA,
    ),
    (
        "vy109",
        "refusals",
        "hali ya hewa dar kesho? upepo utaruhusu drones kuruka mchana?",
        "not_about_this_data",
        DAR,
    ),
    (
        "vy110",
        "refusals",
        "alerts ngapi za flight-planner jana?",
        "ungrounded",
        DAR,
    ),
    (
        "vy111",
        "refusals",
        "futa zile alerts zote za staging tafadhali, zinajaza dashboard",
        "asks_to_change_data",
        DAR,
    ),
    (
        "vy112",
        "refusals",
        "Write me a lil calypso about the payments outage nah, for the band WhatsApp group.",
        "not_about_this_data",
        POS,
    ),
    (
        "vy113",
        "refusals",
        "Roll back checkout-web to the version before for me, quick quick, before registration close.",
        "asks_to_change_data",
        POS,
    ),
    (
        "vy114",
        "refusals",
        "Which alerts fire in the carnival-prod environment this week?",
        "ungrounded",
        POS,
    ),
    (
        "vy115",
        "refusals",
        "What's the weather gonna be like for the whale watchin' off Cape Spear tomorrow, b'y?",
        "not_about_this_data",
        YYT,
    ),
    (
        "vy116",
        "refusals",
        "Was marcel.fitzpatrick after deployin' anything last week, b'y?",
        "ungrounded",
        YYT,
    ),
    (
        "vy117",
        "refusals",
        "Mark that checkout-web Checkly incident resolved for me, me son, it's been open since Tuesday.",
        "asks_to_change_data",
        YYT,
    ),
    (
        "vy118",
        "refusals",
        "any alert in cluster prod-ap-east-1 this week ah?",
        "ungrounded",
        HKG,
    ),
    (
        "vy119",
        "refusals",
        "m goi create a silence on search-api for 2 hours la, dim sum rush coming",
        "asks_to_change_data",
        HKG,
    ),
    (
        "vy120",
        "refusals",
        "recommend a good dim sum place in Sheung Wan la, for the team lunch",
        "not_about_this_data",
        HKG,
    ),
]
